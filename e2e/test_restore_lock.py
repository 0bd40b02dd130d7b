"""`mentor restore --force` refuses while the server uses the database; files are owner-only."""
import os
import stat
import subprocess
import tempfile
import urllib.request

from conftest import STATE


def test_restore_is_refused_while_the_server_runs(server):
    # setup: a backup of the running server's database
    folder = tempfile.mkdtemp(prefix="mentor-restore-lock-")
    backup = os.path.join(folder, "backup.sqlite")
    env = STATE["env"]
    made = subprocess.run([STATE["binary"], "backup", "--to", backup], env=env, capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    live = env["MENTOR_DB"]
    before = os.stat(live)
    # act: restore over the live database while `serve` runs
    refused = subprocess.run([STATE["binary"], "restore", "--from", backup, "--force"], env=env, capture_output=True, text=True)
    # validate: refused with the reason, the database untouched and the server still answering
    assert refused.returncode != 0
    assert "is in use" in (refused.stderr + refused.stdout)
    after = os.stat(live)
    assert (after.st_ino, after.st_dev) == (before.st_ino, before.st_dev)
    assert not [name for name in os.listdir(os.path.dirname(live)) if "before-restore" in name]
    with urllib.request.urlopen(server + "/health", timeout=5) as response:
        assert response.status == 200
    # the backup, the database and its lock file are readable by their owner only
    for path in (backup, live, live + ".lock"):
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600, path
