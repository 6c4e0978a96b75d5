"""Issue 15's walk-through, first part: an officer imports people from a sheet as Thai Excel saves
it, maps a column the import did not know, sees the rows it refuses and why, and commits the rest;
without JavaScript, on a phone."""
import random

from playwright.sync_api import expect

from conftest import shot, sign_in


def national_id():
    """A valid, random national ID: twelve digits and their check digit."""
    first = str(random.randint(1, 8)) + "".join(str(random.randint(0, 9)) for _ in range(11))
    total = sum(int(d) * (13 - i) for i, d in enumerate(first))
    return first + str((11 - total % 11) % 10)


def test_officer_imports_a_windows_874_sheet_fixes_a_column_and_commits_the_valid_rows(phone):
    page = phone
    sign_in(page, "demo-officer")
    surname = "นำเข้า" + "".join(random.choice("กขคงจฉชซ") for _ in range(6))
    sheet = (
        "ลำดับ,ชื่อ-นามสกุล,เพศ,วันเดือนปีเกิด,เลขบัตรประชาชน,เบอร์ติดต่อ,ตำบล,อำเภอ,จังหวัด\r\n"
        f"1,นางสาวสมศรี {surname},หญิง,15 มี.ค. 2510,{national_id()},๐๘๑-๒๓๔-๕๖๗๘,ต.ปากน้ำ,อ.เมืองสมุทรปราการ,จ.สมุทรปราการ\r\n"
        f"2,นายสมชาย {surname},ชาย,01/02/2520,{national_id()},0891234567,สำโรงเหนือ,เมืองสมุทรปราการ,สมุทรปราการ\r\n"
        f"3,นางมาลี {surname},x,31/02/2520,,,ปากน้ำ,เมืองสมุทรปราการ,สมุทรปราการ\r\n"
    ).encode("cp874")

    page.goto("/participants")
    page.click("text=นำเข้ารายชื่อ")
    expect(page.locator("h1")).to_have_text("นำเข้ารายชื่อจากแฟ้ม")
    page.set_input_files("#sheet", files=[{"name": "รายชื่อ.csv", "mimeType": "text/csv", "buffer": sheet}])
    page.check("input[name=consent_confirmed]")
    page.click("main form button[type=submit]")

    # The check: two rows would be added, one has two problems, named by row and column in Thai.
    expect(page.locator(".summary")).to_have_text("อ่านได้ 3 แถว: เพิ่มใหม่ได้ 2 · ลงทะเบียนไว้แล้ว 0 · มีข้อผิดพลาด 1")
    errors = page.locator("section", has_text="แถวที่มีข้อผิดพลาด")
    expect(errors).to_contain_text('อ่านเพศ "x" ไม่ได้')
    expect(errors).to_contain_text('อ่านวันที่ "31/02/2520" ไม่ได้')
    shot(page, "60-import-checked")

    # The phone column's header is not one the import knows: map it, and check again.
    page.select_option("#map_phone", "5")
    with page.expect_navigation():
        page.click("button:has-text('ตรวจอีกครั้ง')")
    expect(page.locator("#map_phone")).to_have_value("5")

    # Only the valid rows; the flash says how many, and the sheet cannot be committed twice.
    page.click("button:has-text('บันทึกเฉพาะแถวที่ถูกต้อง (2 แถว)')")
    expect(page.locator(".flash")).to_have_text("เพิ่มเข้าทะเบียนแล้ว 2 คน")
    expect(page.locator(".notice")).to_contain_text("แฟ้มนี้บันทึกไปแล้ว")
    shot(page, "61-import-committed")

    # The people are in the registry, with the phone read from the mapped column.
    page.goto("/participants?q=" + surname)
    expect(page.locator("table.people tbody tr")).to_have_count(2)
    expect(page.locator("table.people")).to_contain_text("0812345678")
