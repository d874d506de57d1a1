"""End-to-end: `descent serve` in a real headless browser. Run by scripts/browser-test.sh."""
import os
import time

import pytest

from live_page import Served, browser, console_errors, figure_hash, move_slider, open_page, settled, wait

SCENE = """# A bowl with a rate to drag.
title: "Bowl"
surface: {name: quadratic}
view: {x: [-2, 2], y: [-2, 2], levels: 10}
start: [-1.5, 1.2]
steps: 60
runs:
  - optimizer: sgd
    lr: 0.05   # try 0.5
  - optimizer: adam
    lr: 0.1
animation: {frames: 8, size: [400, 300]}
output: {name: bowl, size: [720, 540], formats: [png]}
"""


@pytest.fixture
def served():
    s = Served(SCENE)
    yield s
    assert s.stop() == 0, "descent serve did not exit cleanly on Ctrl-C"


@pytest.fixture
def driver():
    d = browser()
    yield d
    d.quit()


def test_moving_the_lr_slider_redraws_the_figure(served, driver):
    open_page(driver, served.url)
    before = figure_hash(driver)
    render = driver.execute_script("return state.info.id")
    for position in range(520, 900, 20):
        move_slider(driver, "runs[0].lr", position)
        time.sleep(0.005)
    wait(driver, "window.descentTimings.length > 0 && !state.inFlight && !state.pending")
    assert driver.execute_script("return state.info.id") > render
    assert figure_hash(driver) != before
    # Newest wins: far fewer renders than slider moves, and the last one is the last value.
    assert len(driver.execute_script("return window.descentTimings")) < 19
    assert driver.execute_script("return state.info.source") == "overrides"
    value = driver.execute_script("return state.values['runs[0].lr']")
    assert abs(value - 0.05 * 10000 ** ((880 / 1000) - 0.5)) / value < 0.01
    assert console_errors(driver) == []


def test_the_page_follows_the_file_and_shows_a_bad_edit(served, driver):
    open_page(driver, served.url)
    before = figure_hash(driver)
    served.save(SCENE.replace('title: "Bowl"', 'title: "Bowl, edited"').replace("lr: 0.05", "lr: 0.5"))
    wait(driver, "document.getElementById('title').textContent === 'Bowl, edited'", message="the title did not follow the file")
    wait(driver, "state.info.source === 'file' && document.getElementById('figure').complete")
    assert figure_hash(driver) != before
    good = figure_hash(driver)
    served.save(SCENE.replace("lr: 0.05", "lr: -1"))
    message = wait(driver, "!document.getElementById('error').hidden && document.getElementById('error').textContent")
    assert message == "s.yaml:9: runs[0].lr: must be > 0, got -1"
    assert figure_hash(driver) == good
    served.save(SCENE)
    wait(driver, "document.getElementById('error').hidden && document.getElementById('title').textContent === 'Bowl'")
    assert console_errors(driver) == []


def test_a_click_on_the_panel_moves_the_start_and_save_writes_it(served, driver):
    open_page(driver, served.url)
    before = figure_hash(driver)
    panel = driver.execute_script("return state.info.panels[0]")
    scale = driver.execute_script("return document.getElementById('figure').clientWidth / state.info.width")
    overlay = driver.find_element("id", "overlay")
    # The plane's point (1, -1): three quarters across the box, three quarters down.
    x = (panel["x"] + 0.75 * panel["width"]) * scale - overlay.size["width"] / 2
    y = (panel["y"] + 0.75 * panel["height"]) * scale - overlay.size["height"] / 2
    from selenium.webdriver import ActionChains
    ActionChains(driver).move_to_element_with_offset(overlay, int(x), int(y)).click().perform()
    wait(driver, "window.descentTimings.length > 0 && !state.inFlight && !state.pending")
    start = driver.execute_script("return state.values['start']")
    assert abs(start[0] - 1) < 0.05 and abs(start[1] + 1) < 0.05
    assert figure_hash(driver) != before
    driver.find_element("id", "save").click()
    wait(driver, "document.getElementById('message').textContent.startsWith('saved')")
    with open(served.scene) as f:
        saved = f.read()
    assert saved.startswith("# A bowl with a rate to drag.\n") and "lr: 0.05   # try 0.5" in saved
    assert f"start: [{start[0]:g}, {start[1]:g}]" in saved
    assert console_errors(driver) == []


def test_the_scrubber_draws_the_animation_frames(served, driver):
    open_page(driver, served.url)
    assert driver.execute_script("return !document.getElementById('player').hidden")
    driver.execute_script("""
        const s = document.getElementById('scrub'); s.value = 7; s.dispatchEvent(new Event('input'));""")
    wait(driver, "document.getElementById('frame-label').textContent === 'frame 8 / 8'")
    assert driver.execute_script("return document.getElementById('figure').naturalWidth") == 400
    driver.find_element("id", "play").click()
    wait(driver, "!state.playing && document.getElementById('frame-label').textContent === 'frame 8 / 8'", seconds=30)
    driver.find_element("id", "still").click()
    wait(driver, "document.getElementById('figure').naturalWidth === 720")
    assert console_errors(driver) == []


def test_screenshot_for_the_readme(driver):
    """With DESCENT_SCREENSHOT set: the page on a gallery scene, for README."""
    target = os.environ.get("DESCENT_SCREENSHOT")
    if not target:
        pytest.skip("DESCENT_SCREENSHOT not set")
    from live_page import ROOT
    with open(os.path.join(ROOT, "scenes", "lr-too-large.yaml")) as f:
        served = Served(f.read())
    try:
        open_page(driver, served.url)
        time.sleep(0.5)
        driver.save_screenshot(target)
    finally:
        served.stop()
