"""The mirror in the browser, on paper, and on the command line."""
import base64
import json
import subprocess

from selenium.webdriver.common.by import By
from selenium.webdriver.common.print_page_options import PrintOptions

from conftest import ARTIFACTS as ARTIFACTS_DIR, STATE, click_and_wait, screenshot, sign_in


def test_mentor_reads_the_mirror_of_a_mentee(browser, server):
    sign_in(browser, server, "mentor@demo.example")
    browser.get(server + "/mirror")
    overview = browser.find_element(By.TAG_NAME, "main").text
    assert "Daan Visser" in overview and "Emma Jansen" in overview
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Daan Visser"))
    page = browser.find_element(By.TAG_NAME, "main").text
    for heading in ("1. ", "2. ", "3. ", "4. "):
        assert heading in page
    # Daan's goal is about work organisation and he prepares little: the article's pattern.
    assert "work organisation" in page.lower()
    assert len(browser.find_elements(By.CSS_SELECTOR, "svg.chart title")) >= 3
    screenshot(browser, "mirror-mentor")


def test_the_mirror_of_one_mentee_prints_on_two_a4_pages(browser, server):
    sign_in(browser, server, "mentor@demo.example")
    browser.get(server + "/mirror")
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Daan Visser"))
    options = PrintOptions()
    options.page_width = 21.0
    options.page_height = 29.7
    pdf = base64.b64decode(browser.print_page(options))
    (ARTIFACTS_DIR / "mirror-print.pdf").write_bytes(pdf) if ARTIFACTS_DIR.exists() else None
    pages = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
    assert 1 <= pages <= 2, pages


def test_mentees_cannot_open_the_mirror(browser, server):
    sign_in(browser, server, "mentee@demo.example")
    browser.get(server + "/mirror")
    assert "Not for your role" in browser.page_source or "Niet voor jouw rol" in browser.page_source


def test_mirror_command_prints_the_documented_json(server):
    result = subprocess.run([STATE["binary"], "mirror", "--mentor", "mentor@demo.example", "--format", "json"],
                            env=STATE["env"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    output = json.loads(result.stdout)
    assert output["mentor"] == "mentor@demo.example"
    first = output["mentorships"][0]
    for key in ("conversationInitiative", "agendaInitiative", "talkShare", "agreement", "coreValues",
                "learningGoals", "goalDirectedness", "balance", "attitude"):
        assert key in first
    share = first["conversationInitiative"]["menteeShare"]
    assert share is None or 0 <= share <= 1
    single = subprocess.run([STATE["binary"], "mirror", "--mentor", "mentor@demo.example", "--mentorship", first["pairID"]],
                            env=STATE["env"], capture_output=True, text=True, timeout=60)
    assert json.loads(single.stdout)["pairID"] == first["pairID"]
    bad = subprocess.run([STATE["binary"], "mirror", "--mentor", "nobody@demo.example"], env=STATE["env"], capture_output=True, text=True, timeout=60)
    assert bad.returncode != 0 and "No account" in bad.stderr
