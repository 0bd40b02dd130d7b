"""The conversation page shows what each side did with the talk, measured from the demo pair's
uploaded transcript, to the mentor (in English) and the mentee (in Dutch), readable on a
laptop and on a phone: the table scrolls inside its own labelled region, never the page."""
from selenium.webdriver.common.by import By

from conftest import click_and_wait, screenshot, sign_in


def open_conversation_with_transcript(browser, server, other):
    browser.get(server + "/mentorships")
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, other))
    links = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "a[href*='/conversations/']")]
    for link in links:
        browser.get(link)
        if browser.find_elements(By.ID, "talk-moves"):
            return
    raise AssertionError(f"no conversation with measured moves among {len(links)} conversations with {other}")


def check_layout(browser, width, name):
    browser.set_window_size(width, 900)
    section = browser.find_element(By.ID, "talk-moves")
    browser.execute_script("arguments[0].scrollIntoView()", section)
    # The page itself never scrolls sideways; a wide table scrolls within its region.
    overflow = browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"page is {overflow}px wider than the window at {width}px"
    region = section.find_element(By.CSS_SELECTOR, ".table-wrap")
    assert region.get_attribute("tabindex") == "0" and region.get_attribute("aria-label")
    assert region.size["width"] <= width
    screenshot(browser, name)


def test_both_sides_moves_on_the_conversation_page(browser, server):
    sign_in(browser, server, "mentor@demo.example")
    open_conversation_with_transcript(browser, server, "Emma Jansen")
    section = browser.find_element(By.ID, "talk-moves").text.lower()
    # (the column headings are set in capitals by the style sheet)
    assert "jeroen de graaf" in section and "emma jansen" in section
    assert "open questions" in section and "reflecting back" in section and "not measurable" in section
    check_layout(browser, 1366, "talk-moves-mentor-1366")
    check_layout(browser, 390, "talk-moves-mentor-390")
    # On a phone the sign-out button sits in the folded menu; sign out from the wide layout.
    browser.set_window_size(1366, 900)
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, ".site-nav__signout button"))

    # The mentee sees the same figures, in Dutch.
    sign_in(browser, server, "mentee2@demo.example")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.language-switch button[value=nl]"))
    open_conversation_with_transcript(browser, server, "Jeroen de Graaf")
    section = browser.find_element(By.ID, "talk-moves").text.lower()
    assert "jeroen de graaf" in section and "emma jansen" in section
    assert "open vragen" in section and "teruggeven" in section and "niet te meten" in section
    check_layout(browser, 390, "talk-moves-mentee-390")
