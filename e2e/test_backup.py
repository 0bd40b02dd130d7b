"""`mentor backup` copies the running server's SQLite database; `mentor restore` puts it back."""
import os
import sqlite3
import subprocess
import tempfile

from conftest import STATE


def test_backup_while_serving_and_restore(server):
    folder = tempfile.mkdtemp(prefix="mentor-backup-")
    backup = os.path.join(folder, "backup.sqlite")
    env = STATE["env"]
    # act: a backup while the server runs
    made = subprocess.run([STATE["binary"], "backup", "--to", backup], env=env, capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    assert "Backup written to" in made.stdout
    # a second backup to the same file is refused with a message, not overwritten
    again = subprocess.run([STATE["binary"], "backup", "--to", backup], env=env, capture_output=True, text=True)
    assert again.returncode != 0 and "already exists" in (again.stderr + again.stdout)
    # restore into a new database file and find the same people as the live database
    target = os.path.join(folder, "restored.sqlite")
    restored = subprocess.run([STATE["binary"], "restore", "--from", backup], env=dict(env, MENTOR_DB=target), capture_output=True, text=True)
    assert restored.returncode == 0, restored.stderr
    live = sqlite3.connect(env["MENTOR_DB"]).execute("SELECT email FROM people ORDER BY email").fetchall()
    copy = sqlite3.connect(target).execute("SELECT email FROM people ORDER BY email").fetchall()
    assert live and copy == live
    # restoring over an existing database needs --force
    refused = subprocess.run([STATE["binary"], "restore", "--from", backup], env=dict(env, MENTOR_DB=target), capture_output=True, text=True)
    assert refused.returncode != 0 and "--force" in (refused.stderr + refused.stdout)
