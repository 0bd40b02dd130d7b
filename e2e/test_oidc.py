"""Sign-in through a real OpenID Connect provider (issue 17): the PyPI package
`oidc-provider-mock` on a loopback port, configured as the demo organisation's provider through
the administrator's page, and people signing in through its pages at 1366 and 390 px.

The mock signs every token with its own RS256 key, but it copies a person's claims into the ID
token after the ones it sets itself (authlib's OpenIDCode.encode_id_token: `claims.update(user_info)`
after iss, aud, exp, iat and the request's nonce; the mock's `_user_claims_for_scope` only holds
back the standard profile, e-mail, address and phone claims that the scope does not ask for). A
person whose claims hold "aud", "nonce" or "exp" therefore gets a correctly signed token for
another audience, with another nonce or already expired: those three refusals are tested here,
through the provider's own pages.

The fourth, a token signed by another key, cannot be shaped with this mock: it has one key per
process, and a new process publishes its new key. That refusal (and the others once more) is
tested in the server tests with a provider faked in-process
(Tests/MentorServerTests/OpenIDConnectTests.swift, OpenIDConnectTests).
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

from conftest import DEMO_PASSWORD, click_and_wait, free_port, healthy, mentor_binary, screenshot, sign_in

MENTEE = "mentee@demo.example"
CLIENT_ID = "mentor-mirror-e2e"


def wait_for(url, seconds=30):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                if response.status == 200:
                    return True
        except OSError:
            time.sleep(0.3)
    return False


@pytest.fixture(scope="module")
def provider():
    """oidc-provider-mock with two people to choose from: the demo mentee and someone outside the demo's domain."""
    port = free_port()
    users = [
        {"sub": "daan", "email": MENTEE, "email_verified": True, "name": "Daan Visser"},
        {"sub": "outsider", "email": "someone@elsewhere.example", "email_verified": True},
        {"sub": "unchecked", "email": "mentor@demo.example", "email_verified": False},
    ]
    command = [sys.executable, "-m", "oidc_provider_mock", "--host", "127.0.0.1", "--port", str(port)]
    for user in users:
        command += ["--user-claims", json.dumps(user)]
    folder = tempfile.mkdtemp(prefix="mentor-oidc-")
    log = open(os.path.join(folder, "provider.log"), "w")
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    issuer = f"http://127.0.0.1:{port}"
    if not wait_for(issuer + "/.well-known/openid-configuration"):
        process.kill()
        raise RuntimeError("oidc-provider-mock did not start: " + open(os.path.join(folder, "provider.log")).read())
    yield issuer
    process.terminate()  # ended by its own process id
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
    log.close()
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def mentor():
    """A demo server of its own: MENTOR_BASE_URL must name its real address, which becomes the redirect URI."""
    folder = tempfile.mkdtemp(prefix="mentor-e2e-oidc-")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = dict(os.environ, MENTOR_DB=os.path.join(folder, "e2e.sqlite"), LOG_LEVEL="warning", MENTOR_BASE_URL=base)
    env.pop("DATABASE_URL", None)
    log = open(os.path.join(folder, "server.log"), "w")
    process = subprocess.Popen([mentor_binary(), "serve", "--demo", "--port", str(port)], env=env, stdout=log, stderr=subprocess.STDOUT)
    if not healthy(base):
        process.kill()
        raise RuntimeError("server did not start: " + open(os.path.join(folder, "server.log")).read())
    yield base
    process.terminate()  # ended by its own process id
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
    log.close()
    shutil.rmtree(folder, ignore_errors=True)


def no_sideways_scroll(browser):
    return browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth + 1")


def sign_out(browser):
    """The header's sign-out form; at 390 px it sits behind the folded menu, so it is submitted directly."""
    form = browser.find_element(By.CSS_SELECTOR, "form[action='/signout']")
    page = browser.find_element(By.TAG_NAME, "html")
    browser.execute_script("arguments[0].requestSubmit()", form)
    WebDriverWait(browser, 10).until(expected_conditions.staleness_of(page))


def configure(browser, mentor, provider, only="no"):
    """The administrator fills in the settings page as a firm's administrator would."""
    sign_in(browser, mentor, "admin@demo.example", DEMO_PASSWORD)
    browser.get(mentor + "/admin/organisation")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "a[href='/admin/identity-provider']"))
    page = browser.page_source
    assert mentor + "/signin/callback" in page, "the redirect URI to register is shown"
    browser.find_element(By.CSS_SELECTOR, "#f-enabled option[value='yes']").click()
    for field, value in (("issuer", provider), ("clientID", CLIENT_ID), ("clientSecret", "e2e-client-secret-value"),
                         ("allowedDomains", "demo.example")):
        element = browser.find_element(By.ID, f"f-{field}")
        element.clear()
        element.send_keys(value)
    browser.find_element(By.CSS_SELECTOR, f"#f-onlyProvider option[value='{only}']").click()
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form[action='/admin/identity-provider'] button[type=submit]"))
    assert browser.find_element(By.ID, "f-issuer").get_attribute("value") == provider
    assert "e2e-client-secret-value" not in browser.page_source, "the secret is never shown again"
    sign_out(browser)


def through_provider(browser, mentor, address, choose):
    """Starts on the sign-in page with the work address and picks a person on the provider's page."""
    browser.get(mentor + "/signin")
    browser.find_element(By.ID, "f-address").send_keys(address)
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form[action='/signin/provider'] button[type=submit]"))
    # A link, not a redirect: the pages' CSP (form-action 'self') keeps forms from leading to another site.
    assert no_sideways_scroll(browser)
    click_and_wait(browser, browser.find_element(By.ID, "provider-continue"))
    assert browser.current_url.startswith(PROVIDER["issuer"]), browser.current_url
    if choose == "deny":
        button = browser.find_element(By.CSS_SELECTOR, "button[name=action][value=deny]")
    else:
        button = browser.find_element(By.CSS_SELECTOR, f"button[name=sub][value='{choose}']")
    click_and_wait(browser, button)


PROVIDER = {}


def put_user(issuer, sub, claims):
    """The mock's own API (PUT /users/{sub}): the person and the claims its next ID token carries."""
    request = urllib.request.Request(f"{issuer}/users/{sub}", data=json.dumps(claims).encode(), method="PUT",
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=5) as response:
        assert response.status == 204, response.status


def through_provider_as(browser, mentor, address, sub):
    """As `through_provider`, but types the subject into the provider's page, as for a person made through its API."""
    browser.get(mentor + "/signin")
    browser.find_element(By.ID, "f-address").send_keys(address)
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form[action='/signin/provider'] button[type=submit]"))
    click_and_wait(browser, browser.find_element(By.ID, "provider-continue"))
    assert browser.current_url.startswith(PROVIDER["issuer"]), browser.current_url
    browser.find_element(By.CSS_SELECTOR, "input[name=sub]").send_keys(sub)
    click_and_wait(browser, browser.find_element(By.XPATH, "//form[.//input[@name='sub']]//button[@type='submit']"))


def not_signed_in(browser, mentor):
    """No session was made: the home page and the account page both send to the password form."""
    for path in ("/", "/account"):
        browser.get(mentor + path)
        assert "/signin" in browser.current_url, f"{path} did not ask to sign in: {browser.current_url}"
        assert browser.find_element(By.ID, "f-password").is_displayed()
        assert "Daan Visser" not in browser.page_source


def test_a_person_signs_in_through_the_provider_and_out(browser, mentor, provider):
    PROVIDER["issuer"] = provider
    configure(browser, mentor, provider)
    for width in (1366, 390):
        browser.set_window_size(width, 900)
        browser.get(mentor + "/signin")
        assert browser.find_element(By.ID, "provider-signin").is_displayed()
        assert no_sideways_scroll(browser), f"the sign-in page scrolls sideways at {width} px"
        screenshot(browser, f"oidc-signin-{width}")
        through_provider(browser, mentor, MENTEE, "daan")
        assert browser.current_url.rstrip("/") == mentor, browser.current_url
        assert "Daan Visser" in browser.page_source
        assert no_sideways_scroll(browser), f"the home page scrolls sideways at {width} px"
        screenshot(browser, f"oidc-home-{width}")
        browser.get(mentor + "/account")
        sign_out(browser)
        browser.get(mentor + "/account")
        assert "/signin" in browser.current_url, "signing out ended the session made through the provider"


def test_refusals_end_on_the_sign_in_page_with_their_reason(browser, mentor, provider):
    PROVIDER["issuer"] = provider
    configure(browser, mentor, provider)
    for width in (1366, 390):
        browser.set_window_size(width, 900)
        through_provider(browser, mentor, MENTEE, "outsider")
        assert "provider_error=domain_not_allowed" in browser.current_url
        alert = browser.find_element(By.CSS_SELECTOR, ".error-summary[role=alert]").text
        assert "does not sign in people with that e-mail address" in alert, alert
        assert no_sideways_scroll(browser)
        screenshot(browser, f"oidc-refused-{width}")
        through_provider(browser, mentor, MENTEE, "unchecked")
        assert "provider_error=email_not_verified" in browser.current_url
        through_provider(browser, mentor, MENTEE, "deny")
        assert "provider_error=provider_refused" in browser.current_url
        assert "did not let you through" in browser.find_element(By.CSS_SELECTOR, ".error-summary").text
    # The administrator reads every refusal in the audit log.
    sign_in(browser, mentor, "admin@demo.example", DEMO_PASSWORD)
    browser.get(mentor + "/admin/audit")
    assert "e-mail domain not allowed" in browser.page_source
    sign_out(browser)


# The product's words for each refusal (Sources/MentorServer/Localization/Catalog+OpenIDConnect.swift,
# T.identityRefusal) and the audit log's (IdentityRefusalWording.reasons).
BAD_TOKENS = (
    ("wrong_audience", lambda now: {"aud": "someone-else"},
     "The sign-in answer was meant for another application, so it was refused.", "Refused: meant for another application"),
    ("wrong_nonce", lambda now: {"nonce": "not-the-one"},
     "The sign-in answer belonged to another sign-in, so it was refused. Start again.", "Refused: nonce did not match"),
    # Ten minutes past, well beyond the product's leeway of 60 seconds; issued before it expired.
    ("expired", lambda now: {"iat": now - 900, "exp": now - 600},
     "The sign-in answer had expired. Start again.", "Refused: token expired"),
)


def test_a_token_for_another_audience_with_another_nonce_or_expired_is_refused(browser, mentor, provider):
    PROVIDER["issuer"] = provider
    configure(browser, mentor, provider)
    for width in (1366, 390):
        browser.set_window_size(width, 900)
        for reason, shape, message, _ in BAD_TOKENS:
            sub = reason.replace("_", "-")
            # Otherwise the demo mentee, whom a correct token would sign in; the times fresh for each attempt.
            put_user(provider, sub, {"email": MENTEE, "email_verified": True, "name": "Daan Visser", **shape(int(time.time()))})
            through_provider_as(browser, mentor, MENTEE, sub)
            assert browser.current_url.startswith(mentor + "/signin"), browser.current_url
            assert f"provider_error={reason}" in browser.current_url, browser.current_url
            alert = browser.find_element(By.CSS_SELECTOR, ".error-summary[role=alert]")
            assert alert.is_displayed()
            assert alert.text.strip() == message, alert.text
            assert no_sideways_scroll(browser), f"the refusal for {reason} scrolls sideways at {width} px"
            screenshot(browser, f"oidc-refused-{sub}-{width}")
            not_signed_in(browser, mentor)
    # The same person with a correct token does sign in: the refusals came from the three claims alone.
    put_user(provider, "correct", {"email": MENTEE, "email_verified": True, "name": "Daan Visser"})
    through_provider_as(browser, mentor, MENTEE, "correct")
    assert browser.current_url.rstrip("/") == mentor, browser.current_url
    assert "Daan Visser" in browser.page_source
    browser.get(mentor + "/account")
    sign_out(browser)
    # The administrator reads each reason in the audit log.
    sign_in(browser, mentor, "admin@demo.example", DEMO_PASSWORD)
    browser.get(mentor + "/admin/audit")
    for _, _, _, audit in BAD_TOKENS:
        assert audit in browser.page_source, audit
    sign_out(browser)



# Last in the file: once only the provider signs in demo.example, the administrator's password is refused too.
def test_only_through_the_provider_refuses_the_password_and_links_to_it(browser, mentor, provider):
    PROVIDER["issuer"] = provider
    configure(browser, mentor, provider, only="yes")
    for width in (1366, 390):
        browser.set_window_size(width, 900)
        sign_in(browser, mentor, MENTEE, DEMO_PASSWORD)
        alert = browser.find_element(By.CSS_SELECTOR, ".error-summary[role=alert]")
        assert "not with a password here" in alert.text, alert.text
        assert no_sideways_scroll(browser)
        screenshot(browser, f"oidc-only-provider-{width}")
        click_and_wait(browser, alert.find_element(By.CSS_SELECTOR, "a[href='/signin/provider/demo']"))
        assert browser.current_url.startswith(provider)
        click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "button[name=sub][value='daan']"))
        assert browser.current_url.rstrip("/") == mentor
        browser.get(mentor + "/account")
        sign_out(browser)
