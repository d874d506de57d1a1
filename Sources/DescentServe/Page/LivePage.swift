/// The live page: one HTML document, its style and its script, served by `LiveServer`.
enum LivePage {
    /// `GET /`.
    static let html = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>descent</title>
        <link rel="icon" href="data:,">
        <link rel="stylesheet" href="/page.css">
        </head>
        <body>
        <header>
          <h1 id="title">descent</h1>
          <span id="status" aria-live="polite"></span>
        </header>
        <main>
          <section id="stage">
            <div id="error" role="alert" hidden></div>
            <div id="frame">
              <img id="figure" alt="the figure">
              <canvas id="overlay" title="click or drag to move the start"></canvas>
            </div>
            <div id="player" hidden>
              <button id="play" type="button" aria-label="play">▶</button>
              <input id="scrub" type="range" min="0" max="1" value="0" aria-label="frame">
              <span id="frame-label"></span>
              <button id="still" type="button">figure</button>
            </div>
          </section>
          <aside id="panel">
            <div id="runs"></div>
            <div id="sweep"></div>
            <div id="actions">
              <button id="save" type="button">Save to scene</button>
              <span>Download <a id="download-png" href="/figure.png">PNG</a>
                <a id="download-svg" href="/figure.svg?download=1">SVG</a>
                <a id="download-pdf" href="/figure.pdf?download=1">PDF</a></span>
            </div>
            <p id="message" aria-live="polite"></p>
          </aside>
        </main>
        <script src="/page.js"></script>
        </body>
        </html>

        """

    /// `GET /page.css`.
    static let style = """
        * { box-sizing: border-box; }
        body { margin: 0; font: 14px/1.4 system-ui, sans-serif; color: #222; background: #f6f6f4; }
        header { display: flex; align-items: baseline; gap: 1em; padding: 0.6em 1.2em; background: #fff; border-bottom: 1px solid #ddd; }
        h1 { font-size: 1.15em; margin: 0; font-weight: 600; }
        #status { color: #777; font-size: 0.9em; }
        main { display: flex; gap: 1.2em; padding: 1em 1.2em; align-items: flex-start; }
        #stage { flex: 1 1 auto; min-width: 0; }
        #frame { position: relative; display: inline-block; max-width: 100%; line-height: 0; background: #fff;
                 box-shadow: 0 1px 3px #0002; }
        #figure { display: block; max-width: 100%; max-height: calc(100vh - 8em); width: auto; height: auto; }
        #overlay { position: absolute; left: 0; top: 0; width: 100%; height: 100%; cursor: crosshair; touch-action: none; }
        #error { background: #fde8e8; color: #8a1c1c; border: 1px solid #f3b8b8; padding: 0.5em 0.8em; margin-bottom: 0.6em;
                 font-family: ui-monospace, monospace; font-size: 0.9em; white-space: pre-wrap; }
        #player { display: flex; align-items: center; gap: 0.6em; margin-top: 0.6em; }
        #scrub { flex: 1; }
        #panel { flex: 0 0 22em; max-height: calc(100vh - 5em); overflow-y: auto; background: #fff; padding: 0.8em; box-shadow: 0 1px 3px #0002; }
        .run { border-bottom: 1px solid #eee; padding: 0.3em 0 0.6em; }
        .run > label { font-weight: 600; display: flex; gap: 0.4em; align-items: center; }
        .control { display: grid; grid-template-columns: 6.4em 1fr 4.6em; gap: 0.4em; align-items: center; margin: 0.2em 0; }
        .control span:last-child { text-align: right; font-variant-numeric: tabular-nums; }
        .control input { width: 100%; }
        .off .control { opacity: 0.4; }
        h2 { font-size: 1em; margin: 0.6em 0 0.2em; }
        #actions { display: flex; flex-wrap: wrap; gap: 0.8em; align-items: center; margin-top: 0.8em; }
        #actions a { margin-left: 0.3em; }
        #message { color: #555; min-height: 1.4em; font-size: 0.9em; }

        """
}
