"""Drives `descent serve`'s page in a real headless browser (Debian's chromium through
chromedriver and Selenium), as a person would: shared by the end-to-end tests
(test_live_page.py) and the latency benchmark (scripts/bench-live.sh)."""
import hashlib
import os
import re
import shutil
import subprocess
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DESCENT = os.environ.get("DESCENT", os.path.join(ROOT, ".build", "debug", "descent"))


class Served:
    """`descent serve SCENE --port 0` on a copy of a scene in a folder of its own."""

    def __init__(self, scene_text, name="s.yaml", files=()):
        self.folder = tempfile.mkdtemp(prefix="descent-browser-")
        for path in files:
            target = os.path.join(self.folder, os.path.relpath(path, os.path.join(ROOT, "scenes")))
            os.makedirs(os.path.dirname(target), exist_ok=True)
            if os.path.isdir(path):
                shutil.copytree(path, target)
            else:
                shutil.copy(path, target)
        self.scene = os.path.join(self.folder, name)
        with open(self.scene, "w") as f:
            f.write(scene_text)
        self.process = subprocess.Popen([DESCENT, "serve", name, "--port", "0"], cwd=self.folder,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.process.stdout.readline()
        match = re.match(r"serving (http://127\.0\.0\.1:\d+/)", line)
        if not match:
            self.process.kill()
            raise RuntimeError("descent serve did not start: " + line + self.process.stderr.read())
        self.url = match.group(1)

    def save(self, text):
        """Writes the scene as an editor does: a new file renamed over the old one."""
        temporary = self.scene + ".swp"
        with open(temporary, "w") as f:
            f.write(text)
        os.rename(temporary, self.scene)

    def stop(self):
        """Ctrl-C, then the exit status."""
        self.process.send_signal(2)
        try:
            status = self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            status = None
        shutil.rmtree(self.folder, ignore_errors=True)
        return status


def browser(width=1400, height=900):
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     f"--window-size={width},{height}", "--hide-scrollbars", "--force-device-scale-factor=1"]:
        options.add_argument(argument)
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)


def wait(driver, script, seconds=60, message="timed out"):
    """Waits until `script` (a JS expression) is truthy; returns its value."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        value = driver.execute_script("return " + script)
        if value:
            return value
        time.sleep(0.02)
    raise AssertionError(message + ": " + script)


def open_page(driver, url, controls=True):
    """Loads the page and waits for its figure (and, unless told otherwise, its sliders)."""
    driver.get(url)
    sliders = " && document.querySelectorAll('#runs input[type=range]').length > 0" if controls else ""
    wait(driver, "state.controls && state.info && document.getElementById('figure').naturalWidth > 0" + sliders, seconds=300,
         message="the page shows no figure or no controls")


def figure_hash(driver):
    """A digest of the pixels on screen in the figure's image."""
    data = driver.execute_script("""
        const img = document.getElementById('figure');
        const c = document.createElement('canvas');
        c.width = img.naturalWidth; c.height = img.naturalHeight;
        const g = c.getContext('2d'); g.drawImage(img, 0, 0);
        return Array.from(g.getImageData(0, 0, c.width, c.height).data.filter((_, i) => i % 97 === 0)).join(',');""")
    return hashlib.sha256(data.encode()).hexdigest()


def settled(driver):
    """True when no figure is being drawn or waiting to be."""
    return driver.execute_script("return !state.inFlight && !state.pending")


def move_slider(driver, key, position):
    """Sets the range input for `key` to `position` (0…1000) as a drag does: an input event."""
    driver.execute_script("""
        const input = document.querySelector(`input[data-key="${arguments[0]}"]`);
        input.value = arguments[1];
        input.dispatchEvent(new Event('input', {bubbles: true}));""", key, position)


def console_errors(driver):
    return [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
