"""`scripts/load-attack` against a demo server: 50 concurrent writers and 100 parallel wrong
sign-ins at once, with no server error and no lost write.

The attack locks demo accounts and trips the per-address sign-in limit, which would lock the
other browser tests out of the shared `server`, so this test starts a demo server of its own
(same binary, its own SQLite file and port) with the helpers of conftest.py."""
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from conftest import free_port, healthy, mentor_binary

SCRIPT = Path(__file__).parent.parent / "scripts" / "load-attack"


@pytest.fixture
def own_server():
    folder = tempfile.mkdtemp(prefix="mentor-load-")
    port = free_port()
    env = dict(os.environ, MENTOR_DB=os.path.join(folder, "load.sqlite"), LOG_LEVEL="warning")
    env.pop("DATABASE_URL", None)
    log_path = os.path.join(folder, "server.log")
    log = open(log_path, "w")
    process = subprocess.Popen([mentor_binary(), "serve", "--demo", "--port", str(port)], env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        if not healthy(base, seconds=120):
            raise RuntimeError("server did not start: " + open(log_path).read())
        yield base, log_path
    finally:
        process.terminate()  # ended by its own process id
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()
        shutil.rmtree(folder, ignore_errors=True)


def test_fifty_writers_and_a_sign_in_attack_get_no_server_error(own_server):
    base, log_path = own_server
    # act
    run = subprocess.run([sys.executable, str(SCRIPT), "--base", base, "--writers", "50", "--attackers", "100", "--seconds", "150"],
                         capture_output=True, text=True, timeout=240)
    # validate
    print(run.stdout)
    assert run.returncode == 0, run.stdout + run.stderr + "\nserver log:\n" + open(log_path).read()[-4000:]
    assert "server errors (5xx): 0" in run.stdout
    assert "agenda" in run.stdout and "sign-in (wrong password)" in run.stdout


def test_the_script_refuses_an_address_that_is_not_loopback():
    run = subprocess.run([sys.executable, str(SCRIPT), "--base", "http://192.0.2.1:8080"], capture_output=True, text=True, timeout=30)
    assert run.returncode != 0 and "loopback" in run.stderr
