"""Two `mentor serve` processes on one PostgreSQL database, e-mail through msmtp into a local
SMTP sink (aiosmtpd): every reminder is created once and every e-mail arrives once.
Needs DATABASE_URL (CI runs the browser tests under scripts/with-temp-postgres) and msmtp."""
import email
import os
import shutil
import subprocess
import tempfile
import time
import urllib.request
import uuid

import pytest

from conftest import MailSink, free_port, healthy, mentor_binary

DATABASE_URL = os.environ.get("DATABASE_URL", "")
pytestmark = pytest.mark.skipif(not DATABASE_URL.startswith("postgres"), reason="needs DATABASE_URL (run under scripts/with-temp-postgres)")


def psql(url, query):
    return subprocess.run(["psql", url, "-At", "-c", query], capture_output=True, text=True, check=True).stdout.strip()


def test_two_servers_send_each_reminder_exactly_once():
    # setup: a database of its own with the demo data, an SMTP sink and msmtp pointing at it.
    name = "sched_" + uuid.uuid4().hex[:12]
    psql(DATABASE_URL, f"CREATE DATABASE {name}")
    url = DATABASE_URL.replace("/mentor?", f"/{name}?")
    folder = tempfile.mkdtemp(prefix="mentor-scheduler-")
    sink = MailSink(folder, delay_seconds=0.1).start()
    env = dict(os.environ, DATABASE_URL=url, LOG_LEVEL="warning", MENTOR_SENDMAIL=sink.sendmail,
               MENTOR_BASE_URL="https://mentor.example.org", MENTOR_MAIL_FROM="mentor-mirror@example.org")
    binary = mentor_binary()
    subprocess.run([binary, "demo"], env=env, check=True, capture_output=True)
    servers = []
    try:
        # act: two servers, checking for due jobs five times a second, started together; each e-mail takes
        # a tenth of a second to hand over, so both servers see pending messages while the other is sending.
        for index in range(2):
            port = free_port()
            log = open(os.path.join(folder, f"server{index}.log"), "w")
            process = subprocess.Popen([binary, "serve", "--port", str(port), "--scheduler-seconds", "0.2"], env=env, stdout=log, stderr=subprocess.STDOUT)
            servers.append((process, log, f"http://127.0.0.1:{port}"))
        for _, _, base in servers:
            assert healthy(base), "server did not start at " + base
        deadline = time.time() + 60
        while time.time() < deadline:
            pending = int(psql(url, "SELECT count(*) FROM outbox_messages WHERE status <> 'sent'"))
            total = int(psql(url, "SELECT count(*) FROM outbox_messages"))
            if total > 0 and pending == 0 and len(sink.messages) >= total:
                break
            time.sleep(0.5)
        time.sleep(2)  # a few more scheduler rounds on both servers: nothing new may appear
        # validate
        notifications = int(psql(url, "SELECT count(*) FROM notifications"))
        distinct = int(psql(url, "SELECT count(DISTINCT (person_id, key)) FROM notifications"))
        sent = int(psql(url, "SELECT count(*) FROM outbox_messages WHERE status = 'sent'"))
        total = int(psql(url, "SELECT count(*) FROM outbox_messages"))
        assert notifications > 0 and notifications == distinct
        assert total > 0 and sent == total, (sent, total)
        assert len(sink.messages) == total, (len(sink.messages), total)
        parsed = [email.message_from_bytes(content) for _, content in sink.messages]
        ids = [message["Message-ID"] for message in parsed]
        assert len(set(ids)) == len(ids), "an e-mail was delivered twice"
        assert all("https://mentor.example.org/" in message.get_payload(decode=True).decode() for message in parsed)
        # Both servers ran the scheduler: each logged no errors and is still healthy.
        for process, _, base in servers:
            assert process.poll() is None
            with urllib.request.urlopen(base + "/health", timeout=2) as response:
                assert response.status == 200
    finally:
        for process, log, _ in servers:
            process.terminate()  # ended by its own process id
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
            log.close()
        sink.stop()
        shutil.rmtree(folder, ignore_errors=True)
        subprocess.run(["psql", DATABASE_URL, "-c", f"DROP DATABASE IF EXISTS {name}"], capture_output=True)
