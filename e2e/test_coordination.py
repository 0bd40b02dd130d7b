"""The coordinator's health page and a mentee answering the pulse survey from a notification."""
import time

from selenium.webdriver.common.by import By

from conftest import click_and_wait, screenshot, sign_in


def test_coordinator_sees_programme_health_in_figures(browser, server):
    sign_in(browser, server, "coordinator@demo.example")
    click_and_wait(browser, browser.find_element(By.PARTIAL_LINK_TEXT, "Programme health"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Programme health: Mentorprogramma 2026"
    assert browser.find_elements(By.CSS_SELECTOR, "svg[aria-labelledby='talk-histogram-title talk-histogram-desc']")
    body = browser.find_element(By.TAG_NAME, "body").text
    # The demo's pulse round was answered by more than three people: totals are shown.
    assert "answers from" in body and "average" in body
    # Pairs against the cadence are numbered, not named; the demo's waiting request is named.
    assert "Requests waiting for an answer" in body
    screenshot(browser, "health-en")
    chart = browser.find_element(By.CSS_SELECTOR, "svg[aria-labelledby='talk-histogram-title talk-histogram-desc']")
    browser.execute_script("arguments[0].scrollIntoView()", chart)
    screenshot(browser, "health-chart-en")
    click_and_wait(browser, browser.find_element(By.PARTIAL_LINK_TEXT, "Programmes compared"))
    assert "Mentorprogramma 2026" in browser.find_element(By.TAG_NAME, "table").text


def test_a_mentee_answers_the_pulse_survey_from_a_notification(browser, server):
    # Sophie's pair did not answer the current round in the demo: the scheduler told her at start.
    sign_in(browser, server, "mentee4@demo.example")
    deadline = time.time() + 20
    while True:
        browser.get(server + "/notifications")
        buttons = [b for b in browser.find_elements(By.CSS_SELECTOR, "form button.link-button") if "Two short questions" in b.text]
        if buttons or time.time() > deadline:
            break
        time.sleep(1)
    assert buttons, "no pulse notification: " + browser.find_element(By.TAG_NAME, "main").text
    assert "Notifications (" in browser.find_element(By.CSS_SELECTOR, "nav.site-nav").text
    click_and_wait(browser, buttons[0])
    assert "Pulse survey" in browser.find_element(By.TAG_NAME, "h1").text
    browser.find_element(By.CSS_SELECTOR, "input[name=value][value='4']").click()
    browser.find_element(By.ID, "improvement").send_keys("Meet at the office now and then.")
    screenshot(browser, "pulse-en")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.stack button[type=submit]"))
    assert "your answer is counted anonymously" in browser.find_element(By.CSS_SELECTOR, ".flash").text
