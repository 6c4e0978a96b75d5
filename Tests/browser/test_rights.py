"""A PDPA access request, as an officer answers one (issue 16): recorded from the person's page
with the identity check, found on the work list with its deadline, the document of everything held
opened and printed to A4, the JSON file downloaded and read, and the request closed."""
import io
import json
import re

import pypdf

from playwright.sync_api import expect

from conftest import BASE_URL, shot, sign_in


def test_an_officer_answers_an_access_request_and_hands_over_the_data(browser, tmp_path):
    context = browser.new_context(base_url=BASE_URL, accept_downloads=True)
    page = context.new_page()
    sign_in(page, "demo-officer")
    page.goto("/participants")
    person = page.eval_on_selector("table.people a[href^='/participants/']", "a => a.getAttribute('href')")
    page.goto(person)
    name = page.locator("h1").inner_text().strip()
    page.click("main .page-head a:has-text('คำขอตามสิทธิ PDPA')")
    expect(page.locator("h1")).to_contain_text(name)

    # Without the identity check: refused, in Thai, beside the field.
    page.select_option("#kind", "access")
    page.select_option("#channel", "in_person")
    page.click("form.inline-form button[type=submit]")
    if page.locator("#identity_check:invalid").count():
        # The browser refuses an empty required field itself; the server refuses it too.
        page.evaluate("document.querySelector('#identity_check').removeAttribute('required')")
        page.click("form.inline-form button[type=submit]")
    expect(page.locator("#identity_check-error")).to_be_visible()

    page.fill("#identity_check", "บัตรประชาชนตัวจริง ตรวจต่อหน้า")
    page.fill("#details", "ขอดูข้อมูลทั้งหมดที่โครงการเก็บไว้")
    page.click("form.inline-form button[type=submit]")
    expect(page.locator(".flash, [role=status]").first).to_contain_text("บันทึกคำขอแล้ว")
    expect(page.locator("main")).to_contain_text("เหลือ 30 วัน")
    request = page.url

    page.goto("/data-requests")
    expect(page.locator("main table").first).to_contain_text(name)
    shot(page, "data-requests")

    # The document: the person's record with the ID opened, fitting A4 when printed.
    page.goto(request)
    document_link = page.locator("a:has-text('เอกสารข้อมูลทั้งหมด')").get_attribute("href")
    doc = context.new_page()
    doc.goto(document_link)
    expect(doc.locator("h1")).to_contain_text(name)
    expect(doc.locator("main, article").first).to_contain_text("เลขประจำตัวประชาชน")
    assert re.search(r"\d-\d{4}-\d{5}-\d{2}-\d", doc.locator("article").inner_text())
    reader = pypdf.PdfReader(io.BytesIO(doc.pdf(format="A4", print_background=True)))
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - 595) < 2 and abs(float(box.height) - 842) < 2, "not A4"
    # (Thai text comes out of a PDF with the font's own tone-mark glyphs: match the ID's digits.)
    assert re.search(r"\d-\d{4}-\d{5}-\d{2}-\d", reader.pages[0].extract_text())
    # The printable width of the sheet (A4 less the margins, about 660 px): nothing runs off it.
    doc.emulate_media(media="print")
    doc.set_viewport_size({"width": 660, "height": 900})
    assert doc.evaluate("document.documentElement.scrollWidth") <= 660
    shot(doc, "subject-document")
    doc.close()

    # The JSON file: machine-readable, the same person.
    with page.expect_download() as download:
        page.click("a:has-text('JSON')")
    path = tmp_path / "data.json"
    download.value.save_as(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "sanfan-subject-data/1"
    assert data["record"]["first_name_th"] in name
    assert "consents" in data["sections"] and "audit" in data["sections"]

    # Closed with what was done: no longer on the open list.
    page.fill("#outcome", "มอบเอกสารและไฟล์ให้เจ้าของข้อมูลแล้ว")
    page.click("form.inline-form button[type=submit]")
    expect(page.locator(".flash, [role=status]").first).to_contain_text("ปิดคำขอแล้ว")
    expect(page.locator("main")).to_contain_text("มอบเอกสารและไฟล์ให้เจ้าของข้อมูลแล้ว")
    context.close()
