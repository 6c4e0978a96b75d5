"""A server killed in the middle of an import (issue 15): nothing of the import is in the registry,
and once a server runs again the import completes, every row once. On SQLite, and on PostgreSQL
when SANFAN_PG_URL names an empty database the test may wipe.

Real processes, killed with SIGKILL: no in-process test client can lose a server mid-transaction.
.ci/run runs it with the debug build (SANFAN_BIN).
"""
import http.cookiejar
import os
import pathlib
import re
import signal
import socket
import sqlite3
import subprocess
import tempfile
import time
import urllib.parse
import urllib.request
import uuid

import pytest

BIN = os.environ.get("SANFAN_BIN", ".build/debug/sanfan")
PG_URL = os.environ.get("SANFAN_PG_URL", "")
ROWS = 20_000
PASSWORD = "kill-test-password-1"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, env, port):
        self.env, self.port = env, port
        self.process = None
        self.log = open(os.environ.get("SANFAN_KILL_TEST_LOG", os.devnull), "ab")

    def start(self):
        self.process = subprocess.Popen(
            [BIN, "serve", "--hostname", "127.0.0.1", "--port", str(self.port)],
            env=self.env, stdout=self.log, stderr=subprocess.STDOUT,
        )
        for _ in range(240):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{self.port}/health", timeout=1)
                return
            except Exception:
                time.sleep(0.25)
        raise RuntimeError("the server did not start")

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)


class Browser:
    """Cookies and the CSRF token, as a browser keeps them."""

    def __init__(self, port):
        self.base = f"http://127.0.0.1:{port}"
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect)

    def get(self, path):
        with self.opener.open(self.base + path, timeout=60) as response:
            return response.read().decode()

    def csrf(self, html):
        return re.search(r'name="_csrf" value="([^"]+)"', html).group(1)

    def post(self, path, fields, files=None):
        token = self.csrf(self.get("/imports" if path.startswith("/imports") else "/login"))
        fields = [("_csrf", token)] + fields
        if files:
            boundary = uuid.uuid4().hex
            body = b""
            for name, value in fields:
                body += f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
            for name, (filename, data) in files.items():
                body += (f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                         f"Content-Type: text/csv\r\n\r\n").encode() + data + b"\r\n"
            body += f"--{boundary}--\r\n".encode()
            kind = f"multipart/form-data; boundary={boundary}"
        else:
            body, kind = urllib.parse.urlencode(fields).encode(), "application/x-www-form-urlencoded"
        request = urllib.request.Request(self.base + path, data=body, headers={"Content-Type": kind})
        try:
            with self.opener.open(request, timeout=120) as response:
                return response.status, response.headers.get("Location"), response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.headers.get("Location"), error.read().decode()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def count(env, sql):
    if "DATABASE_URL" in env:
        out = subprocess.run(["psql", env["DATABASE_URL"].split("?")[0], "-tAc", sql], capture_output=True, text=True, check=True)
        return out.stdout.strip()
    with sqlite3.connect(pathlib.Path(env["SANFAN_DATA_DIR"]) / "sanfan.sqlite") as db:
        return str(db.execute(sql).fetchone()[0])


databases = ["sqlite"] + (["postgres"] if PG_URL else [])


@pytest.mark.parametrize("database", databases)
def test_a_server_killed_mid_import_leaves_nothing_and_the_import_then_completes(database):
    with tempfile.TemporaryDirectory() as directory:
        env = dict(os.environ, SANFAN_DATA_DIR=directory, SANFAN_ID_KEY="a2lsbC10ZXN0LWtleS0zMi1ieXRlcy1sb25nLi4uLi4=")
        if database == "postgres":
            env["DATABASE_URL"] = PG_URL
            subprocess.run(["psql", PG_URL.split("?")[0], "-qc", "DROP SCHEMA public CASCADE; CREATE SCHEMA public"], check=True)
        subprocess.run([BIN, "migrate"], env=env, check=True, capture_output=True)
        subprocess.run([BIN, "user", "create", "--username", "kill.officer", "--role", "estate_officer",
                        "--estate", "BANGPOO", "--name", "ทดสอบ"], env=env, input=PASSWORD + "\n", text=True,
                       check=True, capture_output=True)
        sheet = pathlib.Path(directory) / "people.csv"
        subprocess.run([BIN, "bench-import-sheet", "--people", str(ROWS), "--out", str(sheet)], env=env, check=True,
                       capture_output=True)
        port = free_port()
        server = Server(env, port)
        server.start()
        try:
            browser = Browser(port)
            login = browser.get("/login")
            status, _, _ = browser.post("/login", [("username", "kill.officer"), ("password", PASSWORD)])
            assert status == 303, login
            form = browser.get("/imports")
            estate = re.search(r'<option value="([0-9A-Fa-f-]{36})"[^>]*selected', form) or re.search(
                r'<option value="([0-9A-Fa-f-]{36})"', form)
            status, location, body = browser.post(
                "/imports", [("estate_id", estate.group(1)), ("consent_confirmed", "1")],
                files={"sheet": ("people.csv", sheet.read_bytes())},
            )
            assert status == 303, body[:2000]
            checked = browser.get(location)
            assert f"อ่านได้ {ROWS:,} แถว: เพิ่มใหม่ได้ {ROWS:,}" in checked
            import_id = location.rsplit("/", 1)[1]
            status, _, _ = browser.post(location + "/commit", [("mode", "all")])
            assert status == 303

            # Killed while it runs: some batches are written inside its open transaction.
            deadline = time.time() + 120
            while time.time() < deadline:
                page = browser.get(location)
                progress = re.search(r"ตรวจและบันทึกแล้ว ([0-9,]+) จาก", page)
                if progress and int(progress.group(1).replace(",", "")) >= 2_000:
                    break
                time.sleep(0.05)
            else:
                pytest.fail("the import never showed progress")
            server.kill()
            added = f"SELECT COUNT(*) FROM consents WHERE import_id = '{import_id}'" if database == "postgres" else \
                f"SELECT COUNT(*) FROM consents WHERE lower(import_id) = '{import_id}'"
            assert count(env, added) == "0"
            assert count(env, "SELECT COUNT(*) FROM participants") == "0"

            # Another start: the job is taken up again and completes, every row once.
            server.start()
            deadline = time.time() + 300
            while time.time() < deadline:
                if "เพิ่มเข้าทะเบียนแล้ว" in browser.get(location):
                    break
                time.sleep(0.5)
            else:
                pytest.fail("the import did not complete after the restart")
            assert count(env, "SELECT COUNT(*) FROM participants") == str(ROWS)
            assert count(env, added) == str(ROWS)
            assert count(env, "SELECT COUNT(DISTINCT national_id_index) FROM participants") == str(ROWS)
            assert int(count(env, "SELECT MAX(attempts) FROM imports")) >= 2
        finally:
            server.stop()
