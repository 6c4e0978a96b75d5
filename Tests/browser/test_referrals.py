"""A referral under consent: an officer refers a person who consents to GSB, the GSB user sees
them; the consent is withdrawn and the GSB user no longer does."""
from playwright.sync_api import expect

from conftest import BASE_URL, sign_in


def consent_form(page, item):
    return page.locator(f"form[action$='/consent']:has(input[name=item][value='{item}'])")


def test_a_bank_sees_a_referred_person_only_while_they_consent(browser):
    officer = browser.new_context(base_url=BASE_URL)
    o = officer.new_page()
    sign_in(o, "demo-officer")
    o.goto("/participants")
    person = o.eval_on_selector("table.people a[href^='/participants/']", "a => a.getAttribute('href')")
    o.goto(person)
    name = o.locator("h1").inner_text().strip()
    # Make sure the person consents to GSB (give it if not yet given).
    form = consent_form(o, "finance:GSB")
    if form.locator("input[name=granted]").get_attribute("value") == "1":
        form.locator("button").click()
        o.goto(person)
    o.click("text=ส่งต่อธนาคาร >> nth=-1")
    expect(o.locator("h1")).to_contain_text("การส่งต่อธนาคาร")
    gsb = o.locator("#bank_id option", has_text="ธนาคารออมสิน").get_attribute("value")
    o.select_option("#bank_id", gsb)
    o.select_option("#purpose", "working_capital")
    o.fill("#amount_sought", "80,000")
    o.click("form.inline-form button[type=submit]")
    expect(o.locator(".flash, [role=status]").first).to_contain_text("ส่งต่อธนาคารแล้ว")

    bank = browser.new_context(base_url=BASE_URL, viewport={"width": 360, "height": 740}, java_script_enabled=False)
    b = bank.new_page()
    sign_in(b, "demo-partner")
    b.goto("/referrals")
    expect(b.locator("main table")).to_contain_text(name)

    # Withdrawn: gone from the bank's list at once.
    o.goto(person)
    consent_form(o, "finance:GSB").locator("button").click()
    b.reload()
    expect(b.locator("main")).not_to_contain_text(name)
    bank.close()
    officer.close()
