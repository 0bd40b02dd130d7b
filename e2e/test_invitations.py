"""Calendar invitations by e-mail, read as a calendar program reads them: the real server with
the demo data sends through msmtp into a local SMTP sink (aiosmtpd); the pages are used over
HTTP as a browser would send their forms; each e-mail's `text/calendar` part is parsed with the
`icalendar` package. A planned, a moved and a cancelled conversation: one e-mail to each side
every time, the same UID, SEQUENCE 0, 1, 2, METHOD REQUEST, REQUEST, CANCEL.

The mentee who plans it works in London (chosen on the account page, the mentor keeps the firm's
Europe/Amsterdam): the event is written in the organiser's zone with TZID=Europe/London and a
VTIMEZONE that agrees with the tz database; each e-mail names the time on its reader's clock."""
import datetime
import email
import email.policy
import http.cookiejar
import os
import re
import shutil
import subprocess
import tempfile
import time
import urllib.parse
import urllib.request
import zoneinfo
from html.parser import HTMLParser

import icalendar
import pytest

from conftest import DEMO_PASSWORD, MailSink, free_port, healthy, mentor_binary

BASE_URL = "https://mentor.example.org"
MENTOR, MENTEE = "mentor@demo.example", "mentee@demo.example"

pytestmark = pytest.mark.skipif(shutil.which("msmtp") is None, reason="needs msmtp")


class Forms(HTMLParser):
    """Every form of a page with the values a browser would send: inputs, the selected option
    (or the first) of each select, textareas; no buttons."""

    def __init__(self):
        super().__init__()
        self.forms, self._form, self._select, self._textarea = [], None, None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self._form = {"action": attrs.get("action", ""), "fields": {}}
            self.forms.append(self._form)
        elif self._form is None:
            return
        elif tag == "input" and attrs.get("name") and attrs.get("type") not in ("submit", "button"):
            if attrs.get("type") in ("checkbox", "radio") and "checked" not in attrs:
                return
            self._form["fields"][attrs["name"]] = attrs.get("value") or ""
        elif tag == "select":
            self._select = attrs.get("name")
        elif tag == "option" and self._select:
            fields = self._form["fields"]
            if self._select not in fields or "selected" in attrs:
                fields[self._select] = attrs.get("value", "")
        elif tag == "textarea":
            self._textarea = attrs.get("name")
            self._form["fields"][self._textarea] = ""

    def handle_data(self, data):
        if self._form is not None and self._textarea:
            self._form["fields"][self._textarea] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None


class Browser:
    """Cookies, redirects and forms over plain HTTP."""

    def __init__(self, base):
        self.base = base
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def get(self, path):
        with self.opener.open(self.base + path, timeout=10) as response:
            return response.geturl(), response.read().decode()

    def submit(self, page, action, typed=None):
        """Opens `page`, fills its form for `action` with `typed` and sends it; returns the final address and page."""
        _, html = self.get(page)
        parser = Forms()
        parser.feed(html)
        form = next((f for f in parser.forms if f["action"] == action), None)
        assert form is not None, f"no form for {action} on {page}"
        fields = dict(form["fields"], **(typed or {}))
        data = urllib.parse.urlencode(fields).encode()
        with self.opener.open(urllib.request.Request(self.base + action, data=data), timeout=10) as response:
            return response.geturl(), response.read().decode()

    def sign_in(self, address):
        self.submit("/signin", "/signin", {"email": address, "password": DEMO_PASSWORD})


def invitations(sink):
    """(recipient, subject, parsed calendar) of each e-mail that carries an invitation."""
    found = []
    for recipients, content in sink.messages:
        message = email.message_from_bytes(content, policy=email.policy.default)
        for part in message.walk():
            if part.get_content_type() == "text/calendar":
                calendar = icalendar.Calendar.from_ical(part.get_payload(decode=True))
                found.append((recipients[0], str(message["Subject"]), part.get_param("method"), calendar,
                              message.get_body(("plain",)).get_content()))
    return found


def offset(text):
    """`+0100` or `-0500` as a timedelta."""
    sign = -1 if text.startswith("-") else 1
    return sign * datetime.timedelta(hours=int(text[1:3]), minutes=int(text[3:5]))


def check_vtimezone(calendar, identifier, year):
    """The calendar's VTIMEZONE for `identifier` agrees with the tz database at each onset of `year`."""
    zones = [z for z in calendar.walk("VTIMEZONE") if str(z["TZID"]) == identifier]
    assert len(zones) == 1, [str(z["TZID"]) for z in calendar.walk("VTIMEZONE")]
    tz = zoneinfo.ZoneInfo(identifier)
    onsets = 0
    for observance in zones[0].subcomponents:
        assert observance.name in ("STANDARD", "DAYLIGHT")
        raw = observance.to_ical().decode()
        start = re.search(r"DTSTART:(\d{8}T\d{6})", raw).group(1)
        before = re.search(r"TZOFFSETFROM:([+-]\d{4})", raw).group(1)
        after = re.search(r"TZOFFSETTO:([+-]\d{4})", raw).group(1)
        local = datetime.datetime.strptime(start, "%Y%m%dT%H%M%S")
        if local.year < year:
            continue
        onsets += 1
        moment = (local - offset(before)).replace(tzinfo=datetime.timezone.utc)
        assert moment.astimezone(tz).utcoffset() == offset(after), (identifier, start, after)
        assert (moment - datetime.timedelta(seconds=1)).astimezone(tz).utcoffset() == offset(before), (identifier, start, before)
        assert (observance.name == "DAYLIGHT") == bool(moment.astimezone(tz).dst())
    if identifier == "Europe/London":
        assert onsets >= 2  # British Summer Time starts and ends every year


def wait_for(sink, count, seconds=30):
    deadline = time.time() + seconds
    while time.time() < deadline and len(invitations(sink)) < count:
        time.sleep(0.3)
    time.sleep(1)  # a few more scheduler rounds: nothing more may arrive
    return invitations(sink)


def test_a_planned_moved_and_cancelled_conversation_reach_both_calendars():
    # setup: the demo data, an SMTP sink, msmtp pointing at it, a server sending every fifth of a second
    folder = tempfile.mkdtemp(prefix="mentor-invitations-")
    sink = MailSink(folder).start()
    env = dict(os.environ, MENTOR_DB=os.path.join(folder, "invitations.sqlite"), LOG_LEVEL="warning",
               MENTOR_SENDMAIL=sink.sendmail, MENTOR_BASE_URL=BASE_URL, MENTOR_MAIL_FROM="mentor-mirror@example.org")
    env.pop("DATABASE_URL", None)
    port = free_port()
    log = open(os.path.join(folder, "server.log"), "w")
    process = subprocess.Popen([mentor_binary(), "serve", "--demo", "--port", str(port), "--scheduler-seconds", "0.2"],
                               env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        assert healthy(base), "server did not start"
        mentee = Browser(base)
        mentee.sign_in(MENTEE)
        # the mentee works in London: chosen on the account page as a browser sends it
        address, page = mentee.submit("/account", "/account/time-zone", {"zone": "Europe/London"})
        assert address.endswith("/account#time-zone") or address.endswith("/account"), address
        assert 'value="Europe/London" selected="selected"' in page
        _, pairs = mentee.get("/mentorships")
        pair = re.search(r'href="/mentorships/([0-9a-fA-F-]{36})"', pairs).group(1)
        day = (datetime.date.today() + datetime.timedelta(days=6)).isoformat()

        # act 1: the mentee plans a conversation
        address, _ = mentee.submit(f"/mentorships/{pair}/conversations/new", f"/mentorships/{pair}/conversations",
                                   {"date": day, "time": "15:00", "durationMinutes": "60", "place": "Kantoor Utrecht, zaal 3",
                                    "status": "planned"})
        conversation = re.search(r"/conversations/([0-9a-fA-F-]{36})", address).group(1)
        planned = wait_for(sink, 2)
        # act 2: the mentee moves it; act 3: the mentor cancels it
        mentee.submit(f"/conversations/{conversation}/reschedule", f"/conversations/{conversation}/reschedule", {"time": "16:30"})
        moved = wait_for(sink, 4)[2:]
        mentor = Browser(base)
        mentor.sign_in(MENTOR)
        mentor.submit(f"/conversations/{conversation}/cancel", f"/conversations/{conversation}/cancel")
        cancelled = wait_for(sink, 6)[4:]

        # validate: each change reached both sides exactly once
        assert len(invitations(sink)) == 6, [(r, s) for r, s, *_ in invitations(sink)]
        uid = f"{conversation.lower()}@mentor-mirror"
        for batch, method, sequence, status in ((planned, "REQUEST", 0, "CONFIRMED"), (moved, "REQUEST", 1, "CONFIRMED"),
                                                (cancelled, "CANCEL", 2, "CANCELLED")):
            assert sorted(recipient for recipient, *_ in batch) == [MENTEE, MENTOR]
            for recipient, subject, part_method, calendar, text in batch:
                assert part_method == method
                assert calendar["METHOD"] == method
                events = calendar.walk("VEVENT")
                assert len(events) == 1
                event = events[0]
                assert str(event["UID"]) == uid
                assert int(event["SEQUENCE"]) == sequence
                assert str(event["STATUS"]) == status
                assert str(event["URL"]) == f"{BASE_URL}/conversations/{conversation}"
                assert str(event["LOCATION"]) == "Kantoor Utrecht, zaal 3"
                # the organiser is the mentee, who planned it; both are attendees
                assert str(event["ORGANIZER"]) == "mailto:" + MENTEE
                assert event["ORGANIZER"].params["CN"] == "Daan Visser"
                attendees = event["ATTENDEE"] if isinstance(event["ATTENDEE"], list) else [event["ATTENDEE"]]
                assert sorted(str(a) for a in attendees) == ["mailto:" + MENTEE, "mailto:" + MENTOR]
                for attendee in attendees:
                    assert attendee.params["ROLE"] == "REQ-PARTICIPANT" and attendee.params["PARTSTAT"] == "NEEDS-ACTION"
                other = "Daan Visser" if recipient == MENTOR else "Jeroen de Graaf"
                assert other in str(event["SUMMARY"]) and other in subject
                assert f"{BASE_URL}/conversations/{conversation}" in text
                start, end = event.decoded("DTSTART"), event.decoded("DTEND")
                assert start.tzinfo is not None and end - start == datetime.timedelta(minutes=60)
                # in the organiser's zone, with its VTIMEZONE
                assert event["DTSTART"].params["TZID"] == "Europe/London" and event["DTEND"].params["TZID"] == "Europe/London"
                check_vtimezone(calendar, "Europe/London", start.year)
                assert event.decoded("DTSTAMP").tzinfo is not None
        first_start = planned[0][3].walk("VEVENT")[0].decoded("DTSTART")
        moved_start = moved[0][3].walk("VEVENT")[0].decoded("DTSTART")
        assert moved_start - first_start == datetime.timedelta(minutes=90)
        # 15:00 typed in London is 15:00 in London, whatever a calendar shows it in
        london = first_start.astimezone(zoneinfo.ZoneInfo("Europe/London"))
        assert (london.hour, london.minute) == (15, 0), first_start
        # each e-mail's text names the time on its reader's clock: 15:00 London, 16:00 Amsterdam in winter
        amsterdam = first_start.astimezone(zoneinfo.ZoneInfo("Europe/Amsterdam"))
        for recipient, subject, _, _, text in planned:
            expected = f"{london.hour:02d}:00" if recipient == MENTEE else f"{amsterdam.hour:02d}:00"
            assert expected in text, (recipient, text)

        # the single download carries the same UID, SEQUENCE 2 and LAST-MODIFIED
        _, download = mentee.get(f"/conversations/{conversation}/calendar.ics")
        event = icalendar.Calendar.from_ical(download).walk("VEVENT")[0]
        assert str(event["UID"]) == uid and int(event["SEQUENCE"]) == 2 and str(event["STATUS"]) == "CANCELLED"
        assert event.decoded("LAST-MODIFIED").tzinfo is not None
    finally:
        process.terminate()  # ended by its own process id
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()
        sink.stop()
        shutil.rmtree(folder, ignore_errors=True)
