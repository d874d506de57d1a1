"""Latency of the live page: from a slider change to the new figure on screen, per scene.
Usage: python bench_live.py MOVES SCENE... (run by scripts/bench-live.sh). For each scene it
serves a copy (with the data files it names), opens the page in headless chromium, waits for
the first figure, then moves the first run's lr slider MOVES times, one change at a time,
waiting each time until the new figure is painted. The page itself measures: from the input
event to the second animation frame after the new image decoded (window.descentTimings)."""
import os
import statistics
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "Tests", "Browser"))
from live_page import ROOT, Served, browser, move_slider, open_page, wait  # noqa: E402


def data_files(scene):
    folder = os.path.join(ROOT, "scenes", "data")
    text = open(scene).read()
    return [os.path.join(folder, name) for name in os.listdir(folder) if name in text] if os.path.isdir(folder) else []


def measure(driver, scene, moves):
    served = Served(open(scene).read(), files=data_files(scene))
    try:
        open_page(driver, served.url, controls=False)
        key = driver.execute_script(
            "const s = state.controls.runs.flatMap(r => r.sliders).find(s => s.name === 'lr'); return s && s.key")
        if not key:
            return None
        for i in range(moves):
            count = driver.execute_script("return window.descentTimings.length")
            move_slider(driver, key, 350 + (i * 37) % 300)
            wait(driver, f"window.descentTimings.length > {count} && !state.inFlight && !state.pending", seconds=120)
        timings = driver.execute_script("return window.descentTimings")
        return [t["ms"] for t in timings], [t["server"] for t in timings], driver.execute_script("return state.info.width")
    finally:
        served.stop()


def main():
    moves, scenes = int(sys.argv[1]), sys.argv[2:]
    driver = browser()
    print("| scene | figure | slider → on screen, median | p90 | server render, median |")
    print("|---|---|---|---|---|")
    try:
        for scene in scenes:
            result = measure(driver, scene, moves)
            name = os.path.basename(scene)[:-5]
            if result is None:
                continue
            screen, server, width = result
            p90 = sorted(screen)[int(0.9 * (len(screen) - 1))]
            print(f"| {name} | {width} px wide | {statistics.median(screen):.0f} ms | {p90:.0f} ms "
                  f"| {statistics.median(server):.0f} ms |", flush=True)
    finally:
        driver.quit()


main()
