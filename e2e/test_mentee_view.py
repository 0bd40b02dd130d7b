"""The mentee's view (issue 14) in the browser: the mentee answers two questions after held
conversations on their own page; the mentor's mirror shows nothing with two answers and the
distribution with three, at 1366 and at 390 px wide."""
import json
import subprocess

from selenium.webdriver.common.by import By

from conftest import STATE, click_and_wait, screenshot, sign_in

MENTEE = "mentee2@demo.example"  # Emma Jansen: the demo gives her no answers yet
MENTOR = "mentor@demo.example"


def held_conversation_pages(browser, server):
    """The mentee's pair page lists conversations newest first; the held ones link to the questions."""
    browser.get(server + "/")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "main a[href^='/mentorships/']"))
    pair = browser.current_url
    hrefs = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "main a[href^='/conversations/']")]
    hrefs = [h for h in hrefs if h.rstrip("/").count("/") == 4]  # the conversation pages themselves
    return pair, list(dict.fromkeys(hrefs))


def answer(browser, conversation, room, challenge):
    browser.get(conversation)
    click_and_wait(browser, browser.find_element(By.PARTIAL_LINK_TEXT, "Your view of this conversation"))
    text = browser.find_element(By.TAG_NAME, "main").text
    assert "What your mentor sees" in text and "at least 3 times" in text
    browser.find_element(By.CSS_SELECTOR, f"label[for='f-room-{room}']").click()
    browser.find_element(By.CSS_SELECTOR, f"label[for='f-challenge-{challenge}']").click()
    click_and_wait(browser, browser.find_element(By.XPATH, "//button[normalize-space()='Send my answers']"))
    assert "Thank you, your answers are saved." in browser.find_element(By.TAG_NAME, "body").text
    assert browser.find_element(By.ID, f"f-room-{room}").is_selected()


def mentee_view_block(browser, server, pair_url):
    browser.get(pair_url.rstrip("/") + "/mirror")
    return browser.find_element(By.ID, "mentee-view")


def no_sideways_scroll(browser):
    return browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth + 1")


def test_the_mentee_answers_and_the_mentor_sees_the_distribution_after_three(browser, server):
    browser.set_window_size(1366, 900)
    sign_in(browser, server, MENTEE)
    pair_url, conversations = held_conversation_pages(browser, server)
    held = []
    for href in conversations:
        browser.get(href)
        if browser.find_elements(By.PARTIAL_LINK_TEXT, "Your view of this conversation"):
            held.append(href)
        if len(held) == 3:
            break
    assert len(held) == 3, conversations
    answer(browser, held[0], 2, 4)
    answer(browser, held[1], 3, 4)
    # The mentor: two answers show nothing, not even their number.
    browser.delete_all_cookies()
    sign_in(browser, server, MENTOR)
    block = mentee_view_block(browser, server, pair_url)
    assert "Shown once your mentee has answered" in block.text
    assert "Times given" not in block.text
    # The mentee answers a third time, on a phone.
    browser.delete_all_cookies()
    browser.set_window_size(390, 844)
    sign_in(browser, server, MENTEE)
    answer(browser, held[2], 2, 3)
    assert no_sideways_scroll(browser)
    screenshot(browser, "mentee-view-form-390")
    # The mentor sees the distribution beside the estimate, at both widths.
    browser.delete_all_cookies()
    browser.set_window_size(1366, 900)
    sign_in(browser, server, MENTOR)
    for width, height in ((1366, 900), (390, 844)):
        browser.set_window_size(width, height)
        block = mentee_view_block(browser, server, pair_url)
        text = block.text
        assert "3 answers in this period" in text, text
        rows = {row.find_elements(By.TAG_NAME, "td")[0].text: row.find_elements(By.TAG_NAME, "td")[1].text.split()[0]
                for row in block.find_elements(By.CSS_SELECTOR, "tbody tr")}
        # room 2, 3, 2 -> "2 – Little" twice, "3 – Some" once; challenge 4, 4, 3.
        assert rows["2 – Little"] == "2" and rows["3 – Some"] == "1", rows
        assert rows["4 – Too much"] == "2" and rows["3 – About right"] == "1", rows
        # Beside the estimate: right after "How well you judge your own share".
        assert browser.execute_script(
            "return document.getElementById('calibration').compareDocumentPosition(document.getElementById('mentee-view')) & 4") == 4
        assert no_sideways_scroll(browser)
        browser.execute_script("document.getElementById('mentee-view').scrollIntoView()")
        screenshot(browser, f"mentee-view-mirror-{width}")
    # The command line carries the same figure under `menteeView` (docs/mirror.md).
    result = subprocess.run([STATE["binary"], "mirror", "--mentor", MENTOR, "--format", "json"],
                            env=STATE["env"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    emma = next(m for m in json.loads(result.stdout)["mentorships"] if m["menteeName"] == "Emma Jansen")
    assert emma["menteeView"] == {"shown": True, "threshold": 3, "answers": 3,
                                  "room": [0, 2, 1, 0, 0], "challenge": [0, 0, 1, 2, 0]}, emma["menteeView"]
    daan = next(m for m in json.loads(result.stdout)["mentorships"] if m["menteeName"] == "Daan Visser")
    assert daan["menteeView"]["shown"] is True and daan["menteeView"]["answers"] == 3  # the demo's own answers
