"""A mentor logs a whole conversation on one page and saves it once (issue 15): the agenda
outcome, notes, two new action items, an open one done, goal evidence, a value score and an
observation, in at most 8 clicks besides typing, on a desktop (1366 px) and on a phone
(390 px). Every click of the log is counted; setting up the conversation is not."""
import datetime

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import click_and_wait, screenshot, sign_in

MAX_CLICKS = 8


class Clicks:
    """Clicks the person makes, counted."""

    def __init__(self, browser):
        self.browser = browser
        self.count = 0

    def click(self, element):
        self.count += 1
        element.click()

    def click_and_wait(self, element):
        self.count += 1
        click_and_wait(self.browser, element)


def set_value(browser, element, value):
    """Date and time inputs are filled the same way whatever the browser's locale (typing)."""
    browser.execute_script("arguments[0].value = arguments[1]", element, value)


def type_into(browser, name, text):
    element = browser.find_element(By.NAME, name)
    element.clear()
    element.send_keys(text)


def plan_held_conversation(browser, server, time_of_day):
    """Setup, not counted: a conversation held yesterday with two agenda items the mentee brought."""
    browser.get(server + "/mentorships")
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Daan Visser"))
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Plan or log a conversation"))
    yesterday = (datetime.date.today() - datetime.timedelta(days=1)).isoformat()
    set_value(browser, browser.find_element(By.ID, "f-date"), yesterday)
    set_value(browser, browser.find_element(By.ID, "f-time"), time_of_day)
    Select(browser.find_element(By.ID, "f-status")).select_by_value("held")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form[action$='/conversations'] button[type=submit]"))
    topics = (f"Workload in the busy season {time_of_day}", f"Feedback on my memo {time_of_day}")
    for text in topics:
        browser.find_element(By.ID, "f-agendaText").send_keys(text)
        Select(browser.find_element(By.ID, "f-broughtBy")).select_by_value("mentee")
        click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form[action$='/agenda'] button[type=submit]"))
    return browser.current_url.split("?")[0].split("#")[0], topics


@pytest.mark.parametrize("width,time_of_day", [(1366, "09:00"), (390, "14:00")])
def test_a_full_log_in_at_most_eight_clicks(browser, server, width, time_of_day):
    sign_in(browser, server, "mentor@demo.example")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.language-switch button[value=en]"))
    conversation_url, topics = plan_held_conversation(browser, server, time_of_day)
    browser.set_window_size(width, 900)
    browser.get(conversation_url)
    in_a_week = (datetime.date.today() + datetime.timedelta(days=7)).isoformat()
    clicks = Clicks(browser)
    tag = f"{width}px"

    # The log: one page, one form.
    clicks.click_and_wait(browser.find_element(By.LINK_TEXT, "Log the whole conversation on one page"))
    assert len(browser.find_elements(By.CSS_SELECTOR, "form#log")) == 1
    assert browser.execute_script("return document.documentElement.scrollWidth") <= width + 1, "the log page scrolls sideways"
    # The two topics discussed are ticked; anything carried from before and not discussed stays unticked.
    for topic in topics:
        label = browser.find_element(By.XPATH, f"//label[starts-with(normalize-space(.), {topic!r})]")
        clicks.click(browser.find_element(By.ID, label.get_attribute("for")))
    open_actions = browser.find_elements(By.CSS_SELECTOR, "input[name='done[]']")
    done_text = None
    if open_actions:
        done_text = browser.find_element(By.CSS_SELECTOR, f"label[for='{open_actions[0].get_attribute('id')}']").text.split(" · ")[0]
        clicks.click(open_actions[0])
    type_into(browser, "sharedNotes", f"We planned the busy season ({tag}).")
    type_into(browser, "privateNotes", f"I talked too much at the start ({tag}).")
    type_into(browser, "talkShare", "55")
    type_into(browser, "actions[0][text]", f"Share the weekly plan on Monday ({tag})")
    set_value(browser, browser.find_element(By.NAME, "actions[0][due]"), in_a_week)
    type_into(browser, "actions[1][text]", f"Introduce Daan to the tax partner ({tag})")
    clicks.click(browser.find_element(By.CSS_SELECTOR, "input[name='actions[1][owner]'][value=mentor]"))
    has_goals = bool(browser.find_elements(By.NAME, "evidence[0][text]"))
    if has_goals:
        type_into(browser, "evidence[0][text]", f"Came with a plan of his own ({tag}).")
    type_into(browser, "scores[0][score]", "4")
    type_into(browser, "scores[0][behaviour]", f"Raised a deadline at risk himself ({tag}).")
    clicks.click(browser.find_element(By.CSS_SELECTOR, "input[name='observations[0][effect]'][value=helps]"))
    type_into(browser, "observations[0][note]", f"Opened with his own question ({tag}).")
    screenshot(browser, f"conversation-log-{width}")
    clicks.click_and_wait(browser.find_element(By.CSS_SELECTOR, "form#log button[name=save]"))

    # Saved once, back on the conversation at the message, with every record on the page.
    print(f"conversation log at {width} px: {clicks.count} clicks")
    assert clicks.count <= MAX_CLICKS, f"{clicks.count} clicks"
    assert browser.current_url.startswith(conversation_url) and browser.current_url.endswith("#saved"), browser.current_url
    message = browser.find_element(By.ID, "saved")
    assert "The conversation has been logged." in message.text
    top = browser.execute_script("return arguments[0].getBoundingClientRect().top", message)
    assert -1 <= top < browser.execute_script("return window.innerHeight"), f"the message is out of view ({top})"
    page = browser.find_element(By.TAG_NAME, "main").text
    expected = [f"We planned the busy season ({tag}).", f"I talked too much at the start ({tag}).",
                f"Share the weekly plan on Monday ({tag})", f"Introduce Daan to the tax partner ({tag})",
                f"Raised a deadline at risk himself ({tag}).", f"Opened with his own question ({tag}).", "4/5"]
    if has_goals:
        expected.append(f"Came with a plan of his own ({tag}).")
    for text in expected:
        assert text in page, text
    for topic in topics:
        item = browser.find_element(By.XPATH, f"//h2[text()='Agenda']/following-sibling::ul[1]/li[starts-with(normalize-space(.), {topic!r})]")
        assert "Covered" in item.text, item.text
    actions = browser.find_element(By.XPATH, "//h2[text()='Action items']/..").text
    assert f"Introduce Daan to the tax partner ({tag}) · Mentor" in actions
    screenshot(browser, f"conversation-logged-{width}")
    if done_text:
        # The action ticked done is no longer offered as open.
        browser.get(conversation_url + "/log")
        offered = [label.text for label in browser.find_elements(By.CSS_SELECTOR, "label[for^='log-done-']")]
        assert not any(text.startswith(done_text + " · ") for text in offered), offered
    browser.delete_all_cookies()
