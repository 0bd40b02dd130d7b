"""Browser tests: the real server on a temporary SQLite file and a free port, driven by
Debian's Chromium through chromedriver. Set MENTOR_BIN to the built `mentor` executable."""
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

ARTIFACTS = Path(__file__).parent / "artifacts"
# Where the running test server keeps its database, for tests that also use the command line.
STATE = {}
DEMO_PASSWORD = "mentor-demo"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def mentor_binary() -> str:
    binary = os.environ.get("MENTOR_BIN")
    if binary:
        return binary
    root = Path(__file__).parent.parent
    path = subprocess.run(["swift", "build", "--show-bin-path"], cwd=root, capture_output=True, text=True, check=True).stdout.strip()
    return str(Path(path) / "mentor")


def healthy(base, seconds=60) -> bool:
    """Waits until the server at `base` answers GET /health with 200."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(base + "/health", timeout=1) as response:
                if response.status == 200:
                    return True
        except OSError:
            time.sleep(0.3)
    return False


@pytest.fixture(scope="session")
def server():
    folder = tempfile.mkdtemp(prefix="mentor-e2e-")
    port = free_port()
    env = dict(os.environ, MENTOR_DB=os.path.join(folder, "e2e.sqlite"), LOG_LEVEL="warning")
    STATE["env"] = env
    STATE["binary"] = mentor_binary()
    env.pop("DATABASE_URL", None)
    log = open(os.path.join(folder, "server.log"), "w")
    process = subprocess.Popen([STATE["binary"], "serve", "--demo", "--port", str(port)], env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
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


@pytest.fixture
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM_BIN", "/usr/bin/chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en-GB"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER_BIN", "/usr/bin/chromedriver")), options=options)
    driver.implicitly_wait(2)
    yield driver
    driver.quit()


def click_and_wait(browser, element):
    """Clicks something that loads a new page and waits until the old page is gone."""
    page = browser.find_element(By.TAG_NAME, "html")
    element.click()

    def gone(_):
        # Chromium sometimes answers "node does not belong to the document" instead of "stale".
        try:
            return expected_conditions.staleness_of(page)(browser)
        except WebDriverException:
            return True

    WebDriverWait(browser, 10).until(gone)


def sign_in(browser, server, email, password=DEMO_PASSWORD):
    browser.get(server + "/signin")
    browser.find_element(By.ID, "f-email").send_keys(email)
    browser.find_element(By.ID, "f-password").send_keys(password)
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.stack button[type=submit]"))


def screenshot(browser, name):
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / f"{name}.png"))


class MailSink:
    """A local SMTP server (aiosmtpd) that keeps every message it receives, and the msmtp command
    (`MENTOR_SENDMAIL`) that sends to it, with its configuration written into `folder`.
    `delay_seconds` makes each hand-over slower, so that several servers overlap while sending."""

    def __init__(self, folder, delay_seconds=0):
        from aiosmtpd.controller import Controller

        self.messages = []
        port = free_port()
        self.controller = Controller(self, hostname="127.0.0.1", port=port)
        config = os.path.join(folder, "msmtprc")
        with open(config, "w") as out:
            out.write(f"defaults\nauth off\ntls off\naccount default\nhost 127.0.0.1\nport {port}\nfrom mentor-mirror@example.org\n")
        os.chmod(config, 0o600)
        self.sendmail = (f"sleep {delay_seconds}; " if delay_seconds else "") + f"msmtp -C {config} -t"

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.rcpt_tos, envelope.content))
        return "250 OK"

    def start(self):
        self.controller.start()
        return self

    def stop(self):
        self.controller.stop()
