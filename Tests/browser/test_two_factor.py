"""Two-step sign-in as an admin meets it (issue 16): a new admin account turns it on by scanning the
QR code (read here by zxing-cpp, as a phone's camera would), confirms a code the app would show,
keeps its recovery codes, then signs in with the password and a freshly generated code."""
import base64
import hashlib
import hmac
import io
import struct
import time
import urllib.parse
import uuid

import zxingcpp
from PIL import Image
from playwright.sync_api import expect

from conftest import BASE_URL, shot, sign_in


def totp(secret, at=None):
    """RFC 6238 with SHA-1, 30 s, 6 digits: what an authenticator app computes."""
    step = int((at if at is not None else time.time()) // 30)
    mac = hmac.new(secret, struct.pack(">Q", step), hashlib.sha1).digest()
    offset = mac[-1] & 0x0F
    return "%06d" % ((struct.unpack(">I", mac[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000), step


def test_an_admin_turns_on_two_step_sign_in_by_scanning_the_qr_code_and_signs_in_with_a_code(browser):
    username = f"hq{uuid.uuid4().hex[:6]}"
    password = "a-long-admin-password"
    admin = browser.new_context(base_url=BASE_URL).new_page()
    sign_in(admin, "demo-admin")
    admin.goto("/admin/users/new")
    admin.fill("#username", username)
    admin.fill("#display_name", "ผู้ดูแลระบบใหม่")
    admin.fill("#password", password)
    admin.select_option("#role", "admin")
    admin.click("form.card button.button[type=submit]")
    expect(admin.locator(".flash")).to_have_text("สร้างผู้ใช้งานแล้ว")
    admin.context.close()

    context = browser.new_context(base_url=BASE_URL, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    sign_in(page, username, password)
    page.goto("/account/two-factor")
    shot(page, "two-factor-enrol")
    image = Image.open(io.BytesIO(page.locator("#two-factor-qr svg").screenshot(scale="device")))
    found = zxingcpp.read_barcodes(image)
    assert found, "zxing-cpp found no QR code"
    uri = urllib.parse.urlparse(found[0].text)
    assert uri.scheme == "otpauth" and uri.netloc == "totp"
    params = urllib.parse.parse_qs(uri.query)
    assert params["issuer"] == ["Sanfan IEAT"] and params["digits"] == ["6"] and params["period"] == ["30"]
    assert urllib.parse.unquote(uri.path).endswith(":" + username)
    encoded = params["secret"][0]
    secret = base64.b32decode(encoded + "=" * (-len(encoded) % 8))
    # The key printed for typing by hand is the same secret.
    assert page.locator("#two-factor-secret").inner_text().replace(" ", "") == encoded

    code, enrolled_step = totp(secret)
    page.fill("#password", password)
    page.fill("#code", code)
    page.click("form.inline-form button[type=submit]")
    expect(page.locator("h1")).to_contain_text("รหัสกู้คืน")
    assert page.locator("ul.recovery-codes li").count() == 10
    page.click("text=เก็บรหัสแล้ว")
    page.click("form[action='/logout'] button")

    # Password first, then the code: a code for a later step than the one used to turn it on.
    page.goto("/login")
    page.fill("#username", username)
    page.fill("#password", password)
    page.click("main button[type=submit]")
    expect(page.locator("h1")).to_contain_text("รหัสยืนยันตัวตนขั้นที่สอง")
    assert page.goto("/participants").url.split("?")[0].endswith("/login")
    page.go_back()
    page.goto("/login/code")
    code, step = totp(secret)
    while step <= enrolled_step:
        time.sleep(1)
        code, step = totp(secret)
    page.fill("#code", code)
    page.click("main button[type=submit]")
    expect(page.locator(".who")).to_contain_text("ผู้ดูแลระบบใหม่")
    assert page.goto("/participants").status == 200
    context.close()
