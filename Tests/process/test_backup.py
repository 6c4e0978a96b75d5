"""Backups and restores (issue 16), with the real commands and servers: the embedded database is
copied while a server runs and another process writes, checked, and restored only into an empty
data folder with the key that opens it; a PostgreSQL dump restores into an empty database and is
trusted only once its IDs open (docs/operations.md).

.ci/run runs it with the debug build (SANFAN_BIN) and, for PostgreSQL, SANFAN_PG_URL.
"""
import base64
import os
import pathlib
import shutil
import sqlite3
import subprocess
import tempfile
import threading

import pytest

from test_kill_import import BIN, PG_URL, Browser, Server, free_port

PASSWORD = "backup-test-password-1"
OTHER_KEY = base64.b64encode(b"another-key-of-thirty-two-bytes!").decode()


def sanfan(args, env, **kwargs):
    return subprocess.run([BIN, *args], env=env, capture_output=True, text=True, **kwargs)


def rows(path, sql):
    with sqlite3.connect(path) as db:
        return db.execute(sql).fetchone()[0]


def test_the_embedded_database_is_copied_while_it_runs_and_restores_only_where_it_should():
    with tempfile.TemporaryDirectory() as directory:
        root = pathlib.Path(directory)
        data = root / "data"
        env = dict(os.environ, SANFAN_DATA_DIR=str(data))
        env.pop("SANFAN_ID_KEY", None)
        env.pop("DATABASE_URL", None)
        assert sanfan(["demo", "--people", "400"], env).returncode == 0
        created = sanfan(["user", "create", "--username", "backup.admin", "--role", "estate_officer", "--estate",
                         "BANGPOO", "--name", "ทดสอบ"], env,
                         input=PASSWORD + "\n")
        assert created.returncode == 0, created.stderr
        server = Server(env, free_port())
        server.start()
        backup = root / "sanfan-backup.sqlite"
        try:
            # Another process adds 3,000 people meanwhile.
            writer = threading.Thread(target=lambda: sanfan(["demo", "--people", "3000", "--seed", "7"], env))
            writer.start()
            made = sanfan(["backup", "--to", str(backup)], env)
            writer.join()
            assert made.returncode == 0, made.stdout + made.stderr
            assert "integrity ok" in made.stdout and "MiB" in made.stdout
            people = rows(backup, "SELECT COUNT(*) FROM participants")
            # The writer commits 2,000 people a transaction: whole transactions only, never part of one.
            assert people in (400, 2400, 3400), people
            assert f"{people:,} people" in made.stdout
            assert rows(backup, "PRAGMA integrity_check") == "ok"
            assert backup.stat().st_mode & 0o077 == 0, "a backup holds everyone's record: its owner's eyes only"

            # The live file itself is no backup: its log beside it holds committed changes.
            live_target = root / "from-live"
            live_target.mkdir()
            shutil.copytree(data / "keys", live_target / "keys")
            live = sanfan(["restore", str(data / "sanfan.sqlite")], dict(env, SANFAN_DATA_DIR=str(live_target)))
            assert live.returncode != 0 and "live database" in live.stdout + live.stderr

            again = sanfan(["backup", "--to", str(backup)], env)
            assert again.returncode != 0 and "exists already" in again.stdout + again.stderr
        finally:
            server.stop()

        # Into an empty folder without the key: refused, and no made-up key is left behind.
        restored = root / "restored"
        env2 = dict(env, SANFAN_DATA_DIR=str(restored))
        refused = sanfan(["restore", str(backup)], env2)
        assert refused.returncode != 0
        assert "cannot be opened with the key present" in refused.stdout + refused.stderr
        assert not (restored / "keys" / "national-id.key").exists()
        assert not (restored / "keys" / "credential-signing.json").exists()
        assert not (restored / "sanfan.sqlite").exists(), "the refused restore left a made-up database"

        # With the key folder put back first: restored exactly, and a server runs on it.
        shutil.rmtree(restored)
        restored.mkdir()
        shutil.copytree(data / "keys", restored / "keys")
        done = sanfan(["restore", str(backup)], env2)
        assert done.returncode == 0, done.stdout + done.stderr
        database = restored / "sanfan.sqlite"
        assert rows(database, "SELECT COUNT(*) FROM participants") == people
        for table in ("participants", "consents", "audit_events", "users"):
            assert rows(database, f"SELECT COUNT(*) FROM {table}") == rows(backup, f"SELECT COUNT(*) FROM {table}")
        assert sanfan(["check-keys"], env2).returncode == 0
        server = Server(env2, free_port())
        server.start()
        try:
            browser = Browser(server.port)
            browser.get("/login")
            status, _, _ = browser.post("/login", [("username", "backup.admin"), ("password", PASSWORD)])
            assert status == 303
            assert "ทะเบียน" in browser.get("/participants")
        finally:
            server.stop()

        # A folder that holds a database already: refused, and it is left as it was.
        onto = sanfan(["restore", str(backup)], env2)
        assert onto.returncode != 0 and "empty data folder" in onto.stdout + onto.stderr
        assert rows(database, "SELECT COUNT(*) FROM participants") == people

        # A damaged copy, and a file that is no database: refused before anything is replaced.
        for name, content in (("half.sqlite", backup.read_bytes()[: backup.stat().st_size // 2]),
                              ("notes.sqlite", b"not a database at all\n" * 1000)):
            bad = root / name
            bad.write_bytes(content)
            target = root / ("into-" + name)
            target.mkdir()
            shutil.copytree(data / "keys", target / "keys")
            result = sanfan(["restore", str(bad)], dict(env, SANFAN_DATA_DIR=str(target)))
            assert result.returncode != 0
            assert "damaged" in result.stdout + result.stderr, result.stdout + result.stderr
            assert not (target / "sanfan.sqlite").exists() or rows(
                target / "sanfan.sqlite", "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'") == 0


@pytest.mark.skipif(not PG_URL, reason="SANFAN_PG_URL names no PostgreSQL server")
def test_a_postgres_dump_restores_into_an_empty_database_and_is_trusted_once_its_ids_open():
    server = PG_URL.split("?")[0].rsplit("/", 1)[0]
    source, target = server + "/sanfan_backup_source", server + "/sanfan_backup_target"
    for name in ("sanfan_backup_source", "sanfan_backup_target"):
        subprocess.run(["psql", server + "/postgres", "-qc", f"DROP DATABASE IF EXISTS {name}", "-c",
                        f"CREATE DATABASE {name}"], check=True, capture_output=True)
    key = base64.b64encode(b"the-right-key-of-thirty-two-byte").decode()
    env = dict(os.environ, DATABASE_URL=source + "?tlsmode=disable", SANFAN_ID_KEY=key, SANFAN_BIN=BIN)
    assert sanfan(["migrate"], env).returncode == 0
    assert sanfan(["demo", "--people", "300"], env).returncode == 0

    def psql(url, sql):
        return subprocess.run(["psql", url, "-Atqc", sql], capture_output=True, text=True, check=True).stdout.strip()

    fingerprint = ("SELECT COUNT(*) || ':' || md5(string_agg(id::text || national_id_sealed || national_id_index, ',' "
                   "ORDER BY id)) FROM participants")
    with tempfile.TemporaryDirectory() as directory:
        dump = pathlib.Path(directory) / "sanfan.dump"
        made = subprocess.run(["scripts/pg-backup.sh", source, str(dump)], env=env, capture_output=True, text=True)
        assert made.returncode == 0, made.stderr
        # The wrong key: the data goes in, but the restore is not trusted.
        wrong = subprocess.run(["scripts/pg-restore.sh", str(dump), target + "?tlsmode=disable"],
                               env=dict(env, SANFAN_ID_KEY=OTHER_KEY), capture_output=True, text=True)
        assert wrong.returncode != 0
        assert "cannot be opened with the key present" in wrong.stdout + wrong.stderr
        # Into a database that holds tables: refused.
        again = subprocess.run(["scripts/pg-restore.sh", str(dump), target + "?tlsmode=disable"], env=env,
                               capture_output=True, text=True)
        assert again.returncode != 0 and "restore only into an empty one" in again.stderr
        subprocess.run(["psql", server + "/postgres", "-qc", "DROP DATABASE sanfan_backup_target", "-c",
                        "CREATE DATABASE sanfan_backup_target"], check=True, capture_output=True)
        done = subprocess.run(["scripts/pg-restore.sh", str(dump), target + "?tlsmode=disable"], env=env,
                              capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr
        assert "sampled national IDs open" in done.stdout
    assert psql(target, fingerprint) == psql(source, fingerprint)
    assert psql(target, "SELECT COUNT(*) FROM participants") == "300"
    assert psql(target, "SELECT COUNT(*) FROM _fluent_migrations") == psql(source, "SELECT COUNT(*) FROM _fluent_migrations")
