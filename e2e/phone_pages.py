"""Shared by test_phone.py and test_accessibility.py: a Dutch Chromium at a chosen width, and
the main pages of each demo role, found by following the links a person would follow."""
import os
import re
import urllib.request
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

from conftest import ARTIFACTS, sign_in

WIDTHS = (1366, 390)
ROLES = ("admin", "coordinator", "mentor", "mentee")
EMAILS = {role: f"{role}@demo.example" for role in ROLES}
UUID = r"[0-9A-Fa-f-]{36}"
# Screenshots of the test run at 390 px; a few are copied by hand into docs/screenshots.
SHOTS = ARTIFACTS / "phone"


def dutch_browser(width, javascript=True):
    """Chromium asking for Dutch, its viewport `width` CSS pixels wide (a phone at 390)."""
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM_BIN", "/usr/bin/chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--lang=nl-NL", f"--window-size={width},900"):
        options.add_argument(argument)
    prefs = {"intl.accept_languages": "nl-NL,nl"}
    if not javascript:
        prefs["profile.managed_default_content_settings.javascript"] = 2
    options.add_experimental_option("prefs", prefs)
    driver = webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER_BIN", "/usr/bin/chromedriver")), options=options)
    driver.implicitly_wait(1)
    driver.set_script_timeout(90)
    set_width(driver, width)
    return driver


def set_width(driver, width, height=844):
    """The layout viewport exactly `width` wide; at phone width as a phone (the viewport meta counts)."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height if width < 800 else 900, "deviceScaleFactor": 1, "mobile": width < 800})


def links(driver, pattern):
    """The site paths of the links in the page's main content matching `pattern`, in page order."""
    found = []
    for anchor in driver.find_elements(By.CSS_SELECTOR, "main a[href]"):
        href = anchor.get_attribute("href") or ""
        path = re.sub(r"^https?://[^/]+", "", href)
        if re.fullmatch(pattern, path) and path not in found:
            found.append(path)
    return found


def first_link(driver, server, page, pattern, what):
    driver.get(server + page)
    found = links(driver, pattern)
    assert found, f"no link to {what} on {page}"
    return found[0]


def main_pages(driver, server, role):
    """(name, path) of the role's main pages; the driver is signed in as that role afterwards."""
    sign_in(driver, server, EMAILS[role])
    pages = [("home", "/")]
    if role == "admin":
        pages += [(name, "/admin/" + name) for name in ("organisation", "values", "people", "programmes", "lists", "guidance", "audit", "outbox")]
        pages.append(("people-import", "/admin/people/import"))
        pages.append(("person-edit", first_link(driver, server, "/admin/people", rf"/admin/people/{UUID}/edit", "a person")))
        pages.append(("programme-edit", first_link(driver, server, "/admin/programmes", rf"/admin/programmes/{UUID}/edit", "a programme")))
        pages.append(("person-new", "/admin/people/new"))
    if role in ("coordinator", "mentor", "mentee"):
        pages.append(("pairs", "/mentorships"))
        pair = first_link(driver, server, "/mentorships", rf"/mentorships/{UUID}", "a pair")
        pages.append(("pair", pair))
        if role != "coordinator":
            pages.append(("conversation", first_link(driver, server, pair, rf"/conversations/{UUID}", "a conversation")))
    if role == "coordinator":
        driver.get(server + "/")
        health = links(driver, rf"/programmes/{UUID}/health")
        assert health, "no link to a programme's health on the coordinator's home"
        pages.append(("health", health[0]))
        pages.append(("matching", health[0].replace("/health", "/matching")))
        pages.append(("compare", "/programmes/compare"))
    if role == "mentor":
        pages.append(("mirror", "/mirror"))
        pages.append(("pair-mirror", first_link(driver, server, "/mirror", rf"/mentorships/{UUID}/mirror", "a mentee's mirror")))
        pages.append(("reflections", "/mirror/reflections"))
    if role == "mentee":
        pages.append(("mentors", "/mentors"))
        pair = dict(pages)["pair"]
        pages.append(("goal", first_link(driver, server, pair, rf"/goals/{UUID}", "a goal")))
        pages.append(("progress", pair + "/progress"))
    pages += [("notifications", "/notifications"), ("account", "/account")]
    return pages


def raw_html(driver, server, path):
    """The page's HTML as the server sent it, fetched with the browser's session cookie."""
    cookies = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
    request = urllib.request.Request(server + path, headers={"Cookie": cookies, "Accept-Language": "nl-NL,nl"})
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:  # an error page is a page too
        return error.code, error.read().decode("utf-8")


def full_page_screenshot(driver, path: Path):
    """The whole page at the current width (up to 5000 px high)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    width = driver.execute_script("return document.documentElement.clientWidth")
    height = min(5000, driver.execute_script("return document.documentElement.scrollHeight"))
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 800})
    driver.save_screenshot(str(path))
    set_width(driver, width)
