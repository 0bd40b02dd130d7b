"""A full mentoring cycle in the browser: the mentee (in Dutch) plans a conversation and adds
agenda items, the mentor (in English) logs it with notes, an action, goal evidence, a value
score and an observation, and both confirm the expectations agreement."""
import datetime

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import click_and_wait, screenshot, sign_in


def set_value(browser, element_id, value):
    """Date and time inputs are filled the same way whatever the browser's locale."""
    element = browser.find_element(By.ID, element_id)
    browser.execute_script("arguments[0].value = arguments[1]", element, value)


def switch_language(browser, code):
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, f"form.language-switch button[value={code}]"))


def submit_form(browser, action_suffix):
    form = browser.find_element(By.CSS_SELECTOR, f"form[action$='{action_suffix}']")
    click_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))


def open_pair_with(browser, server, name):
    browser.get(server + "/mentorships")
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, name))


def test_full_cycle_of_a_mentee_and_a_mentor(browser, server):
    in_five_days = (datetime.date.today() + datetime.timedelta(days=5)).isoformat()
    yesterday = (datetime.date.today() - datetime.timedelta(days=1)).isoformat()
    today = datetime.date.today().isoformat()

    # The mentee, in Dutch, plans a conversation and puts two items on the agenda.
    sign_in(browser, server, "mentee@demo.example")
    switch_language(browser, "nl")
    open_pair_with(browser, server, "Jeroen de Graaf")
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Gesprek plannen of vastleggen"))
    set_value(browser, "f-date", in_five_days)
    set_value(browser, "f-time", "15:00")
    browser.find_element(By.ID, "f-place").send_keys("Kantoor Utrecht")
    submit_form(browser, "/conversations")
    assert "Het gesprek is opgeslagen." in browser.page_source
    conversation_url = browser.current_url
    for text in ("Hoe plan ik mijn week?", "Feedback op mijn memo"):
        browser.find_element(By.ID, "f-agendaText").send_keys(text)
        submit_form(browser, "/agenda")
    agenda = browser.find_element(By.XPATH, "//h2[text()='Agenda']/..").text
    assert "Hoe plan ik mijn week?" in agenda and "vooraf toegevoegd" in agenda
    assert "privénotities" not in browser.page_source.lower()
    screenshot(browser, "conversation-mentee-nl")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, ".site-nav__signout button"))

    # The mentor, in English, logs it as held with notes and the rest.
    sign_in(browser, server, "mentor@demo.example")
    switch_language(browser, "en")
    browser.get(conversation_url)
    assert "Mentee" in browser.find_element(By.TAG_NAME, "main").text  # the initiative is the mentee's
    browser.find_element(By.CSS_SELECTOR, "details summary").click()
    set_value(browser, "f-date", yesterday)
    Select(browser.find_element(By.ID, "f-status")).select_by_value("held")
    submit_form(browser, conversation_url.split(server)[1])
    assert "The conversation has been saved." in browser.page_source

    browser.find_element(By.ID, "f-sharedNotes").send_keys("We made a plan for the busy season.")
    browser.find_element(By.ID, "f-privateNotes").send_keys("I talked too much at the start.")
    browser.find_element(By.ID, "f-talkShare").send_keys("55")
    submit_form(browser, "/notes")

    browser.find_element(By.ID, "f-actionText").send_keys("Share the weekly plan on Monday")
    set_value(browser, "f-dueOn", in_five_days)
    submit_form(browser, "/actions")

    browser.find_element(By.ID, "f-evidenceText").send_keys("Came with a plan of his own for the first time.")
    submit_form(browser, "/evidence")

    browser.find_element(By.ID, "f-behaviour").send_keys("Raised a deadline at risk himself.")
    Select(browser.find_element(By.ID, "f-score")).select_by_value("4")
    submit_form(browser, "/scores")

    Select(browser.find_element(By.ID, "f-pattern")).select_by_value("takes_initiative")
    Select(browser.find_element(By.ID, "f-effect")).select_by_value("helps")
    browser.find_element(By.ID, "f-observationNote").send_keys("Opened the conversation with his own question.")
    submit_form(browser, "/observations")

    page = browser.find_element(By.TAG_NAME, "main").text
    for expected in ("Share the weekly plan on Monday", "Came with a plan of his own", "4/5",
                     "Raised a deadline at risk himself.", "Takes initiative", "I talked too much at the start."):
        assert expected in page, expected
    screenshot(browser, "conversation-mentor-en")

    # The agreement: discussed out loud today, confirmed by the mentor ...
    browser.get(conversation_url.rsplit("/conversations/", 1)[0])
    open_pair_with(browser, server, "Daan Visser")
    click_and_wait(browser, browser.find_element(By.PARTIAL_LINK_TEXT, "Expectations agreement"))
    set_value(browser, "f-discussedOn", today)
    submit_form(browser, "/agreement")
    submit_form(browser, "/agreement/confirm")
    assert "You confirmed the agreement." in browser.page_source
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, ".site-nav__signout button"))

    # ... and by the mentee, who sees the mentor's private notes nowhere.
    sign_in(browser, server, "mentee@demo.example")
    browser.get(conversation_url)
    assert "I talked too much at the start." not in browser.page_source
    assert "We made a plan for the busy season." in browser.page_source
    open_pair_with(browser, server, "Jeroen de Graaf")
    click_and_wait(browser, browser.find_element(By.PARTIAL_LINK_TEXT, "Mentorafspraken"))
    submit_form(browser, "/agreement/confirm")
    screenshot(browser, "agreement-mentee-nl")
    assert "Besproken en door beiden bevestigd" in browser.page_source, browser.find_element(By.TAG_NAME, "main").text
    screenshot(browser, "agreement-mentee-nl")
