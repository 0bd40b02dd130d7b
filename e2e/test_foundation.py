"""Signing in as each demo role, switching language, and what the home page shows."""
import pytest
from selenium.webdriver.common.by import By

from conftest import click_and_wait, screenshot, sign_in

ROLES = {
    "admin@demo.example": ("Sanne Vermeer", "/admin/people"),
    "coordinator@demo.example": ("Marieke Bos", None),
    "mentor@demo.example": ("Jeroen de Graaf", None),
    "mentee@demo.example": ("Daan Visser", None),
}


@pytest.mark.parametrize("email", sorted(ROLES))
def test_each_demo_role_signs_in_and_sees_their_home(browser, server, email):
    name, admin_link = ROLES[email]
    sign_in(browser, server, email)
    heading = browser.find_element(By.TAG_NAME, "h1").text
    assert name in heading
    nav_links = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "nav.site-nav a")]
    if admin_link:
        assert any(link.endswith(admin_link) for link in nav_links)
    else:
        assert not any("/admin/" in link for link in nav_links)
    screenshot(browser, "home-" + email.split("@")[0])


def test_mentor_home_lists_mentees_with_signals(browser, server):
    sign_in(browser, server, "mentor@demo.example")
    table = browser.find_element(By.CSS_SELECTOR, "main table").text
    assert "Daan Visser" in table and "Emma Jansen" in table


def test_mentee_home_shows_mentor_actions_and_goals(browser, server):
    sign_in(browser, server, "mentee@demo.example")
    card = browser.find_element(By.CSS_SELECTOR, "main .card").text
    assert "Jeroen de Graaf" in card


def test_language_switch_changes_the_page_and_html_lang(browser, server):
    sign_in(browser, server, "mentor@demo.example")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.language-switch button[value=nl]"))
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "nl"
    assert "Je mentees" in browser.page_source
    screenshot(browser, "home-mentor-nl")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.language-switch button[value=en]"))
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    assert "Your mentees" in browser.page_source


def test_wrong_password_shows_a_message(browser, server):
    sign_in(browser, server, "mentor2@demo.example", "not-the-password")
    assert "do not match" in browser.find_element(By.CSS_SELECTOR, ".error-summary").text


def test_sign_out_returns_to_the_sign_in_page(browser, server):
    sign_in(browser, server, "coordinator@demo.example")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, ".site-nav__signout button"))
    assert "/signin" in browser.current_url
    browser.get(server + "/account")
    assert "/signin" in browser.current_url
