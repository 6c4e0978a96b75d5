"""Browser tests: a real Chromium (Debian's) driven by Playwright against `sanfan serve --demo`.

.ci/run starts the server and passes its address in SANFAN_URL.
"""
import os
import pathlib

import pytest
from playwright.sync_api import sync_playwright

BASE_URL = os.environ.get("SANFAN_URL", "http://127.0.0.1:8080")
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
SHOTS = pathlib.Path(os.environ.get("SANFAN_SCREENSHOTS", "artifacts/screenshots"))


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(base_url=BASE_URL, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def phone(browser):
    """A 360-px-wide phone, JavaScript off: everything must still work."""
    context = browser.new_context(
        base_url=BASE_URL, viewport={"width": 360, "height": 740}, java_script_enabled=False, is_mobile=True
    )
    page = context.new_page()
    yield page
    context.close()


def shot(page, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def sign_in(page, username, password="sanfan-demo"):
    page.goto("/login")
    page.fill("#username", username)
    page.fill("#password", password)
    page.click("main button[type=submit]")
