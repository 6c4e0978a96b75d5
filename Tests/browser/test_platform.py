from playwright.sync_api import expect

from conftest import shot, sign_in


def test_admin_signs_in_in_thai_switches_to_english_and_signs_out(page):
    page.goto("/")
    # A visitor lands on the Thai sign-in page.
    assert "/login" in page.url
    expect(page.locator("html")).to_have_attribute("lang", "th")
    expect(page.locator("h1")).to_have_text("เข้าสู่ระบบ")
    shot(page, "01-sign-in-th")

    sign_in(page, "demo-admin")
    expect(page.locator("h1")).to_contain_text("สวัสดี")
    expect(page.locator(".site-nav")).to_contain_text("ผู้ใช้งาน")
    expect(page.locator("main")).to_contain_text("ผ่านการอบรม 1,223 จากเป้าหมาย 1,000 คน")
    shot(page, "02-home-th")

    page.click(".lang-switch button")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("h1")).to_contain_text("Hello")
    expect(page.locator("main")).to_contain_text("1,223 completed of a target of 1,000")
    expect(page.locator("main")).to_contain_text("FY 2019 (BE 2562)")
    shot(page, "03-home-en")

    page.click("text=Users")
    expect(page.locator("h1")).to_have_text("Users")
    expect(page.locator("table")).to_contain_text("demo-officer")
    shot(page, "04-users-en")

    # Back to Thai (the choice is saved on the account), then sign out.
    page.click(".lang-switch button")
    expect(page.locator("html")).to_have_attribute("lang", "th")
    page.click("text=ออกจากระบบ")
    expect(page.locator(".notice")).to_have_text("ออกจากระบบเรียบร้อยแล้ว")
    page.goto("/")
    assert "/login" in page.url


def test_officer_on_a_phone_without_javascript_cannot_open_admin_pages(phone):
    sign_in(phone, "demo-officer")
    expect(phone.locator("h1")).to_contain_text("สวัสดี")
    expect(phone.locator(".site-nav")).not_to_contain_text("ผู้ใช้งาน")
    shot(phone, "05-officer-phone")
    response = phone.goto("/admin/users")
    assert response.status == 403
    expect(phone.locator("h1")).to_have_text("ไม่มีสิทธิ์เข้าถึง")
    shot(phone, "06-forbidden-phone")


def test_wrong_password_is_refused_with_a_thai_message(page):
    sign_in(page, "demo-viewer", "not-the-password")
    expect(page.locator(".error-summary")).to_have_text("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง")
    # The username typed is kept; the password is not.
    expect(page.locator("#username")).to_have_value("demo-viewer")
    expect(page.locator("#password")).to_have_value("")


def test_unknown_page_is_a_friendly_404(page):
    response = page.goto("/no-such-page")
    assert response.status == 404
    expect(page.locator("h1")).to_have_text("ไม่พบหน้าที่ต้องการ")
    # A person's message, never an internal one.
    assert "Abort" not in page.content()
    assert "notFound" not in page.content()
