#!/usr/bin/env python3
"""Screenshots for docs/screenshots: every demo role's main pages at 1366 and 390 px in Dutch,
and both mirror pages (the overview across mentees and one pair's mirror) in Dutch and English,
each the full height of the page.

It starts `mentor serve --demo` on a temporary SQLite file and a free port, as the browser tests
do (e2e/conftest.py), finds each role's pages by following links (e2e/phone_pages.py), and
drives Debian's Chromium headless through chromedriver. Files are named
`<language>-<width>-<role>-<page>.png`, e.g. `nl-1366-mentor-mirror.png`.

    swift build && MENTOR_BIN="$(swift build --show-bin-path)/mentor" python3 scripts/screenshots.py
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "e2e"))

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

from conftest import free_port, healthy, mentor_binary  # noqa: E402
from phone_pages import WIDTHS, main_pages, set_width  # noqa: E402

# The pages shown per role, by the names e2e/phone_pages.py gives them (`--all` takes every one).
PAGES = {
    "admin": ["home", "people", "values", "programmes", "audit"],
    "coordinator": ["home", "pairs", "pair", "health", "matching"],
    "mentor": ["home", "pairs", "pair", "conversation", "mirror", "pair-mirror", "reflections"],
    "mentee": ["home", "pair", "conversation", "goal", "progress"],
}
# Both mirror pages are also taken in English.
MIRRORS = ["mirror", "pair-mirror"]
ACCEPT = {"nl": "nl-NL,nl", "en": "en-GB,en"}


@contextmanager
def demo_server():
    """`mentor serve --demo` on a temporary SQLite file and a free port; yields its address."""
    folder = tempfile.mkdtemp(prefix="mentor-screenshots-")
    port = free_port()
    env = dict(os.environ, MENTOR_DB=os.path.join(folder, "screenshots.sqlite"), LOG_LEVEL="warning")
    env.pop("DATABASE_URL", None)
    with open(os.path.join(folder, "server.log"), "w") as log:
        process = subprocess.Popen([mentor_binary(), "serve", "--demo", "--no-scheduler", "--port", str(port)],
                                   env=env, stdout=log, stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{port}"
        try:
            if not healthy(base):
                raise RuntimeError("server did not start: " + Path(folder, "server.log").read_text())
            yield base
        finally:
            process.terminate()  # ended by its own process id
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
            shutil.rmtree(folder, ignore_errors=True)


def browser(width, language):
    """Chromium asking for `language`, its viewport `width` CSS pixels wide (a phone at 390)."""
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM_BIN", "/usr/bin/chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--hide-scrollbars",
                     f"--lang={ACCEPT[language].split(',')[0]}", f"--window-size={width},900"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": ACCEPT[language]})
    driver = webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER_BIN", "/usr/bin/chromedriver")), options=options)
    driver.implicitly_wait(1)
    set_width(driver, width)
    return driver


def full_page(driver, width, path):
    """The whole page: the window as high as the page's scroll height, then back."""
    height = driver.execute_script("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)")
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 800})
    time.sleep(0.2)  # let the taller viewport lay out
    driver.save_screenshot(str(path))
    set_width(driver, width)


def shoot(server, out, language, width, role, names, every):
    """Signs in as `role` and saves the named pages; returns the files written."""
    driver = browser(width, language)
    written = []
    try:
        pages = main_pages(driver, server, role)
        for name, page in pages:
            if not every and name not in names:
                continue
            driver.get(server + page)
            path = out / f"{language}-{width}-{role}-{name}.png"
            full_page(driver, width, path)
            written.append(path)
            if role == "admin" and name == "home" and width < 800 and language == "nl":
                # The phone's menu, opened.
                driver.find_element(By.CSS_SELECTOR, "label.nav-toggle__label").click()
                path = out / f"{language}-{width}-{role}-menu.png"
                full_page(driver, width, path)
                written.append(path)
    finally:
        driver.quit()
    return written


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots", help="where the PNGs go (default docs/screenshots)")
    parser.add_argument("--all", action="store_true", help="every main page of each role, not only the ones the docs show")
    arguments = parser.parse_args()
    arguments.out.mkdir(parents=True, exist_ok=True)
    written = []
    with demo_server() as server:
        for width in WIDTHS:
            for role, names in PAGES.items():
                written += shoot(server, arguments.out, "nl", width, role, names, arguments.all)
            written += shoot(server, arguments.out, "en", width, "mentor", MIRRORS, False)
    for path in written:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    print(f"{len(written)} screenshots")


if __name__ == "__main__":
    main()
