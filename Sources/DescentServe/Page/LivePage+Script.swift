extension LivePage {
    /// `GET /page.js`: builds the controls from `/controls`, sends their values to `POST
    /// /render` (one request in flight, the newest values waiting: no queue of stale renders),
    /// follows `/events`, moves start points by click or drag, plays the animation's frames.
    /// `window.descentTimings` records, per figure shown, the milliseconds from the change
    /// that asked for it to the frame that shows it (the benchmark reads them).
    static let script = #"""
        "use strict";
        const $ = (id) => document.getElementById(id);
        const state = {
          controls: null, info: null, values: {}, hidden: new Set(), selected: 0,
          inFlight: false, pending: false, changedAt: null, mode: "still",
          frame: 0, playing: false, frameInFlight: false, framePending: false, dragging: false,
        };
        window.descentTimings = [];

        // Sliders work on 0…1000; scale maps that to the value and back.
        const STEPS = 1000;
        function toValue(s, t) {
          let v;
          if (s.scale === "log") v = Math.exp(Math.log(s.min) + t * (Math.log(s.max) - Math.log(s.min)));
          else if (s.scale === "log1m") v = 1 - Math.exp(Math.log(1 - s.min) + t * (Math.log(1 - s.max) - Math.log(1 - s.min)));
          else v = s.min + t * (s.max - s.min);
          if (s.integer) return Math.round(v);
          if (s.scale === "log1m") return 1 - Number((1 - v).toPrecision(3));
          if (s.scale === "log") return Number(v.toPrecision(3));
          const step = (s.max - s.min) / STEPS;
          return Number((Math.round(v / step) * step).toPrecision(6));
        }
        function toPosition(s, v) {
          let t;
          if (s.scale === "log") t = (Math.log(v) - Math.log(s.min)) / (Math.log(s.max) - Math.log(s.min));
          else if (s.scale === "log1m") t = (Math.log(1 - v) - Math.log(1 - s.min)) / (Math.log(1 - s.max) - Math.log(1 - s.min));
          else t = (v - s.min) / (s.max - s.min);
          return Math.round(Math.min(Math.max(t, 0), 1) * STEPS);
        }
        const shown = (v) => (Math.abs(v) >= 1e4 || (v !== 0 && Math.abs(v) < 1e-3)) ? v.toExponential(2) : String(Number(v.toPrecision(4)));

        // The value a slider shows: an override given, else the scene's.
        function current(s) {
          const given = state.values[s.key];
          if (given === undefined) return s.value;
          return s.part === undefined ? given : given[s.part];
        }

        function slider(s) {
          const row = document.createElement("div");
          row.className = "control";
          const name = document.createElement("span");
          name.textContent = s.name;
          const input = document.createElement("input");
          input.type = "range"; input.min = 0; input.max = STEPS; input.step = 1;
          input.dataset.key = s.key;
          input.setAttribute("aria-label", s.key + (s.part === undefined ? "" : "[" + s.part + "]"));
          const value = document.createElement("span");
          const show = () => { const v = current(s); input.value = toPosition(s, v); value.textContent = shown(v); };
          input.addEventListener("input", () => {
            const v = toValue(s, Number(input.value) / STEPS);
            if (s.part === undefined) state.values[s.key] = v;
            else {
              const pair = (state.values[s.key] || s.pair).slice();
              pair[s.part] = v;
              state.values[s.key] = pair;
            }
            value.textContent = shown(v);
            changed();
          });
          show();
          row.append(name, input, value);
          return row;
        }

        function build() {
          const c = state.controls;
          $("title").textContent = c.title;
          document.title = c.title + " · descent";
          const runs = $("runs");
          runs.replaceChildren();
          c.runs.forEach((run, index) => {
            const box = document.createElement("div");
            box.className = "run" + (state.hidden.has(index) ? " off" : "");
            const label = document.createElement("label");
            const toggle = document.createElement("input");
            toggle.type = "checkbox";
            toggle.checked = !state.hidden.has(index);
            toggle.setAttribute("aria-label", "show " + run.key);
            toggle.addEventListener("change", () => {
              if (toggle.checked) state.hidden.delete(index); else state.hidden.add(index);
              box.className = "run" + (toggle.checked ? "" : " off");
              changed();
            });
            label.append(toggle, document.createTextNode((index + 1) + ". " + run.label));
            box.append(label, ...run.sliders.map(slider));
            runs.append(box);
          });
          const sweep = $("sweep");
          sweep.replaceChildren();
          if (c.sweep.length) {
            const h = document.createElement("h2");
            h.textContent = "sweep";
            sweep.append(h, ...c.sweep.map(slider));
          }
          state.selected = Math.min(state.selected, Math.max(c.starts.length - 1, 0));
          $("download-png").download = c.name + ".png";
        }

        function overrides() {
          const out = Object.assign({}, state.values);
          for (const i of state.hidden) out["runs[" + i + "]"] = null;
          return out;
        }

        function showInfo(info) {
          state.info = info;
          $("status").textContent = "render " + info.id + " · " + info.milliseconds + " ms";
          const a = info.animation;
          $("player").hidden = !a;
          if (a) { $("scrub").max = a.frames - 1; }
          drawHandles();
        }

        function showError(message) {
          $("error").hidden = !message;
          $("error").textContent = message || "";
        }

        // Puts an image on screen; resolves once a frame showing it has been painted.
        function display(src) {
          const img = $("figure");
          const next = new Image();
          next.src = src;
          return next.decode().then(() => {
            img.src = src;
            return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          });
        }

        // A control moved: draw now if nothing is being drawn, else once the drawing ends.
        function changed() {
          state.changedAt = state.changedAt ?? performance.now();
          if (state.inFlight) { state.pending = true; return; }
          send();
        }

        async function send() {
          state.inFlight = true;
          const since = state.changedAt;
          state.changedAt = null;
          try {
            const response = await fetch("/render", {
              method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(overrides()),
            });
            if (response.ok) {
              const info = JSON.parse(response.headers.get("X-Descent-Render"));
              const url = URL.createObjectURL(await response.blob());
              if (state.mode === "still") {
                await display(url);
                window.descentTimings.push({ ms: performance.now() - since, server: info.milliseconds, id: info.id });
              }
              showInfo(info);
              showError(null);
              if (state.mode === "frames") requestFrame();
            } else if (response.status !== 409) {
              showError(await response.text());
            }
          } catch (error) {
            showError("the server does not answer: " + error.message);
          } finally {
            state.inFlight = false;
            if (state.pending) { state.pending = false; send(); }
          }
        }

        async function load() {
          const response = await fetch("/controls");
          if (!response.ok) { setTimeout(load, 300); return; }
          const page = await response.json();
          state.controls = page.controls;
          state.values = {};
          state.hidden = new Set();
          for (const [key, value] of Object.entries(page.overrides)) {
            const run = /^runs\[(\d+)\]$/.exec(key);
            if (run && value === null) state.hidden.add(Number(run[1])); else state.values[key] = value;
          }
          build();
          if (state.mode === "still") await display("/figure.png?render=" + page.info.id);
          showInfo(page.info);
          showError(page.error);
          if (state.mode === "frames") requestFrame();
        }

        // Start points: a handle on every 2D panel; a click moves the selected start there, a
        // drag moves the start it began on.
        function startOf(s) { return state.values[s.key] || s.value; }
        function toImage(panel, p) {
          const [x0, x1, y0, y1] = panel.box;
          return [panel.x + (p[0] - x0) / (x1 - x0) * panel.width, panel.y + (y1 - p[1]) / (y1 - y0) * panel.height];
        }
        function toPlane(panel, q) {
          const [x0, x1, y0, y1] = panel.box;
          const x = x0 + (q[0] - panel.x) / panel.width * (x1 - x0), y = y1 - (q[1] - panel.y) / panel.height * (y1 - y0);
          const digits = Math.max(0, Math.ceil(-Math.log10((x1 - x0) / 1000)));
          return [Number(x.toFixed(digits)), Number(y.toFixed(digits))];
        }
        function drawHandles() {
          const canvas = $("overlay"), img = $("figure");
          canvas.width = img.clientWidth; canvas.height = img.clientHeight;
          const g = canvas.getContext("2d");
          g.clearRect(0, 0, canvas.width, canvas.height);
          if (!state.controls || !state.info || state.mode !== "still" || !img.naturalWidth) return;
          const k = img.clientWidth / state.info.width;
          for (const panel of state.info.panels) {
            state.controls.starts.forEach((s, i) => {
              const [x, y] = toImage(panel, startOf(s));
              g.beginPath();
              g.arc(x * k, y * k, i === state.selected ? 8 : 6, 0, 2 * Math.PI);
              g.lineWidth = 2;
              g.strokeStyle = i === state.selected ? "#fff" : "#ffffffaa";
              g.stroke();
            });
          }
        }
        function pointer(event) {
          const img = $("figure"), k = state.info.width / img.clientWidth;
          const rect = img.getBoundingClientRect();
          const q = [(event.clientX - rect.left) * k, (event.clientY - rect.top) * k];
          const panel = state.info.panels.find((p) => q[0] >= p.x && q[0] <= p.x + p.width && q[1] >= p.y && q[1] <= p.y + p.height);
          return { q, panel, k };
        }
        $("overlay").addEventListener("pointerdown", (event) => {
          if (!state.controls || !state.controls.starts.length || state.mode !== "still") return;
          const { q, panel, k } = pointer(event);
          if (!panel) return;
          let nearest = -1, best = 14 * k;
          state.controls.starts.forEach((s, i) => {
            const [x, y] = toImage(panel, startOf(s));
            const d = Math.hypot(x - q[0], y - q[1]);
            if (d < best) { best = d; nearest = i; }
          });
          if (nearest >= 0) state.selected = nearest;
          state.dragging = true;
          $("overlay").setPointerCapture(event.pointerId);
          moveStart(panel, q);
        });
        $("overlay").addEventListener("pointermove", (event) => {
          if (!state.dragging) return;
          const { q, panel } = pointer(event);
          if (panel) moveStart(panel, q);
        });
        $("overlay").addEventListener("pointerup", () => { state.dragging = false; });
        function moveStart(panel, q) {
          const s = state.controls.starts[state.selected];
          state.values[s.key] = toPlane(panel, q);
          drawHandles();
          changed();
        }
        window.addEventListener("resize", drawHandles);
        $("figure").addEventListener("load", drawHandles);

        // The animation: frames drawn by the server as `descent animate` draws them.
        function requestFrame() {
          if (state.frameInFlight) { state.framePending = true; return; }
          state.frameInFlight = true;
          const index = state.frame, started = performance.now();
          fetch("/frames/" + index + ".png").then(async (response) => {
            if (response.ok) {
              await display(URL.createObjectURL(await response.blob()));
              $("frame-label").textContent = "frame " + (index + 1) + " / " + state.info.animation.frames;
            } else {
              state.playing = false;
              showError(await response.text());
            }
          }).finally(() => {
            state.frameInFlight = false;
            if (state.framePending) { state.framePending = false; requestFrame(); return; }
            if (state.playing) {
              const wait = Math.max(0, 1000 / state.info.animation.fps - (performance.now() - started));
              setTimeout(advance, wait);
            }
          });
        }
        function advance() {
          if (!state.playing) return;
          if (state.frame >= state.info.animation.frames - 1) { setPlaying(false); return; }
          state.frame += 1;
          $("scrub").value = state.frame;
          requestFrame();
        }
        function setPlaying(on) {
          state.playing = on;
          $("play").textContent = on ? "⏸" : "▶";
          $("play").setAttribute("aria-label", on ? "pause" : "play");
        }
        function framesMode() {
          state.mode = "frames";
          drawHandles();
        }
        $("play").addEventListener("click", () => {
          framesMode();
          if (state.playing) { setPlaying(false); return; }
          if (state.frame >= state.info.animation.frames - 1) { state.frame = 0; $("scrub").value = 0; }
          setPlaying(true);
          requestFrame();
        });
        $("scrub").addEventListener("input", () => {
          framesMode();
          setPlaying(false);
          state.frame = Number($("scrub").value);
          requestFrame();
        });
        $("still").addEventListener("click", () => {
          setPlaying(false);
          state.mode = "still";
          $("frame-label").textContent = "";
          display("/figure.png?render=" + state.info.id).then(drawHandles);
        });

        $("save").addEventListener("click", async () => {
          const hidden = state.hidden.size;
          if (hidden && !confirm("Saving removes the " + hidden + " hidden run(s) from the scene file. Save?")) return;
          const response = await fetch("/save", {
            method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(overrides()),
          });
          const text = await response.text();
          $("message").textContent = response.ok ? "saved to " + JSON.parse(text).saved : text;
        });

        // The page follows the file: a save in an editor redraws it, a bad edit shows its error.
        const events = new EventSource("/events");
        events.addEventListener("rendered", (event) => {
          const info = JSON.parse(event.data);
          if (info.source === "file") { $("message").textContent = ""; load(); }
        });
        events.addEventListener("failed", (event) => showError(JSON.parse(event.data).message));

        load();

        """#
}
