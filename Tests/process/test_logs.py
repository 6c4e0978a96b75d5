"""The server's logs (issue 16): JSON lines, each request with its id, and no personal data. A real
server on the demo data, the main flows run against it as an officer (search by name, open a
person, reveal their national ID, the API's search, a registration refused with a name, ID and
phone typed in), then the captured output is searched for those people's names, IDs and phones.

.ci/run runs it with the debug build (SANFAN_BIN).
"""
import json
import os
import pathlib
import re
import sqlite3
import subprocess
import tempfile
import urllib.error
import urllib.parse
import urllib.request

from test_kill_import import BIN, Browser, Server, free_port


def test_the_logs_are_json_lines_with_request_ids_and_hold_no_personal_data():
    with tempfile.TemporaryDirectory() as directory:
        env = dict(os.environ, SANFAN_DATA_DIR=directory)
        for name in ("SANFAN_ID_KEY", "DATABASE_URL", "SANFAN_LOG_FORMAT", "LOG_LEVEL"):
            env.pop(name, None)
        log_path = pathlib.Path(directory) / "server.log"
        env["SANFAN_KILL_TEST_LOG"] = str(log_path)
        port = free_port()
        server = Server(env, port)
        # The demo: its accounts and people.
        server.process = subprocess.Popen(
            [BIN, "serve", "--demo", "--hostname", "127.0.0.1", "--port", str(port)],
            env=env, stdout=open(log_path, "ab"), stderr=subprocess.STDOUT,
        )
        for _ in range(480):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=1)
                break
            except Exception:
                import time
                time.sleep(0.25)
        try:
            with sqlite3.connect(pathlib.Path(directory) / "sanfan.sqlite") as db:
                people = db.execute(
                    "SELECT lower(p.id), p.first_name_th, p.last_name_th, p.phone FROM participants p "
                    "JOIN estates e ON e.id = p.estate_id WHERE e.code = 'BANGPOO' AND p.phone IS NOT NULL "
                    "AND p.national_id_sealed IS NOT NULL LIMIT 5"
                ).fetchall()
            assert len(people) == 5
            browser = Browser(port)
            browser.get("/login")
            status, _, _ = browser.post("/login", [("username", "demo-officer"), ("password", "sanfan-demo")])
            assert status == 303
            secrets = []
            for pid, first, last, phone in people:
                secrets += [f"{first} {last}", last, phone]
                assert first in browser.get("/participants?q=" + urllib.parse.quote(first))
                page = browser.get(f"/participants/{pid}")
                token = browser.csrf(page)
                request = urllib.request.Request(
                    f"{browser.base}/participants/{pid}/reveal-id",
                    data=urllib.parse.urlencode({"_csrf": token}).encode(),
                    headers={"Content-Type": "application/x-www-form-urlencoded"},
                )
                with browser.opener.open(request, timeout=60) as response:
                    revealed = re.search(r'id="national-id">([0-9-]{17})<', response.read().decode()).group(1)
                secrets += [revealed, revealed.replace("-", "")]
            # The API's search, by name.
            body = json.dumps({"username": "demo-officer", "password": "sanfan-demo"}).encode()
            token = json.load(urllib.request.urlopen(urllib.request.Request(
                f"{browser.base}/api/v1/auth/token", data=body, headers={"Content-Type": "application/json"})))["token"]
            first = people[0][1]
            urllib.request.urlopen(urllib.request.Request(
                f"{browser.base}/api/v1/participants?q={urllib.parse.quote(first)}",
                headers={"Authorization": f"Bearer {token}"}))
            # A registration refused, with a name, an ID and a phone typed in.
            typed = ["ล็อกทดสอบ", "ไม่ควรปรากฏ", "1234545678781", "0811234567"]
            form = browser.get("/participants/new")
            request = urllib.request.Request(
                f"{browser.base}/participants",
                data=urllib.parse.urlencode([
                    ("_csrf", browser.csrf(form)), ("first_name_th", typed[0]), ("last_name_th", typed[1]),
                    ("national_id", typed[2]), ("phone", typed[3]),
                ]).encode(),
                headers={"Content-Type": "application/x-www-form-urlencoded"},
            )
            try:
                browser.opener.open(request, timeout=60)
                raise AssertionError("an incomplete registration was accepted")
            except urllib.error.HTTPError as error:
                assert error.code == 422
            secrets += typed
        finally:
            server.stop()

        output = log_path.read_text(encoding="utf-8", errors="replace")
        lines = [line for line in output.splitlines() if line.startswith("{")]
        records = [json.loads(line) for line in lines]
        assert all({"time", "level", "label", "message"} <= record.keys() for record in records)
        requests = [r for r in records if re.match(r"(GET|POST) /", r["message"])]
        assert len(requests) >= 20, "every request is logged"
        assert all("request-id" in r for r in requests)
        assert any(r["message"].startswith("GET /participants ") for r in requests)
        for secret in secrets:
            assert secret not in output, f"{secret!r} is in the server's log"
