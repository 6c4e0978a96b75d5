"""Issue 3's walk-through: register, find, refuse a duplicate, keep other estates out."""
import uuid

from playwright.sync_api import expect

from conftest import shot, sign_in

def valid_id(twelve: str) -> str:
    digits = [int(c) for c in twelve]
    check = (11 - sum(d * (13 - i) for i, d in enumerate(digits)) % 11) % 10
    return twelve + str(check)


def test_officer_registers_finds_and_is_refused_a_duplicate_and_other_estates_cannot_look(browser, page):
    suffix = uuid.uuid4().int % 10**6
    national_id = valid_id(f"310050{suffix:06d}")
    first = "ทดสอบ" + "กขคงจฉ"[suffix % 6] + "สุข"

    sign_in(page, "demo-officer")
    page.click("text=ทะเบียนผู้เข้าร่วม")
    page.click("text=ลงทะเบียนผู้เข้าร่วม")
    page.fill("#prefix", "นางสาว")
    page.fill("#first_name_th", first)
    page.fill("#last_name_th", "ใจงาม")
    page.select_option("#gender", "female")
    page.fill("#birth_date", "14/2/2530")
    page.fill("#national_id", national_id)
    page.fill("#phone", "089-111-2233")
    page.fill("#house_no", "99/1")
    page.select_option("#subdistrict_code", "110101")
    page.fill("#baseline_income", "8,500")
    page.check("input[name='consents[]'][value='finance:GSB']")
    shot(page, "10-register-form")
    page.click("form.person-form button.button[type=submit]:not([name])")
    expect(page.locator(".flash")).to_have_text("ลงทะเบียนเรียบร้อยแล้ว")
    expect(page.locator("h1")).to_have_text(f"นางสาว{first} ใจงาม")
    expect(page.locator("#national-id")).to_contain_text("xxxxx")
    person_url = page.url
    shot(page, "11-person")

    # Found by part of the name.
    page.goto("/participants")
    page.fill("#q", first[:6])
    page.click("form.filters button[type=submit]")
    expect(page.locator("table.people")).to_contain_text(f"นางสาว{first} ใจงาม")
    shot(page, "12-search")

    # The same ID again is refused, naming the estate where it is registered.
    page.goto("/participants/new")
    page.fill("#prefix", "นาย")
    page.fill("#first_name_th", "ซ้ำ")
    page.fill("#last_name_th", "ทดลอง")
    page.select_option("#gender", "male")
    page.fill("#birth_date", "1/1/1980")
    page.fill("#national_id", national_id)
    page.select_option("#subdistrict_code", "110101")
    page.click("form.person-form button.button[type=submit]:not([name])")
    expect(page.locator("#national_id-error")).to_contain_text("ลงทะเบียนไว้แล้วที่นิคมอุตสาหกรรมบางปู")
    expect(page.locator("#first_name_th")).to_have_value("ซ้ำ")
    shot(page, "13-duplicate-refused")

    # An admin creates an officer for another estate, who cannot open the person.
    admin = browser.new_context(base_url=page.url.split("/participants")[0]).new_page()
    sign_in(admin, "demo-admin")
    admin.goto("/admin/users/new")
    other = f"plee{suffix}"
    admin.fill("#username", other)
    admin.fill("#display_name", "เจ้าหน้าที่บางพลี")
    admin.fill("#password", "another-long-password")
    admin.select_option("#role", "estate_officer")
    admin.check("label:has-text('(BANGPLEE)') input")
    admin.click("form.card button.button[type=submit]")
    expect(admin.locator(".flash")).to_have_text("สร้างผู้ใช้งานแล้ว")
    admin.context.close()

    outsider = browser.new_context(base_url=page.url.split("/participants")[0]).new_page()
    sign_in(outsider, other, "another-long-password")
    response = outsider.goto(person_url)
    assert response.status in (403, 404)
    outsider.goto("/participants?q=" + first[:6])
    expect(outsider.locator("main")).not_to_contain_text(first)
    shot(outsider, "14-other-estate-refused")
    outsider.context.close()


def test_registry_works_on_a_phone_without_javascript(phone):
    sign_in(phone, "demo-officer")
    phone.goto("/participants")
    expect(phone.locator("table.people tbody tr").first).to_be_visible()
    phone.goto("/participants/new")
    # Without JavaScript the province button reloads the subdistricts.
    phone.select_option("#province_code", "20")
    phone.click("button[name=refresh]")
    expect(phone.locator("#subdistrict_code")).to_contain_text("ศรีราชา")
    shot(phone, "15-register-phone")
