"""Issue 15's walk-through: an officer imports people from a sheet as Thai Excel saves it, maps a
column the import did not know, sees the rows it refuses and why, downloads them as an error sheet,
uploads the corrected sheet and commits it; then merges a duplicate and undoes the merge. Without
JavaScript, on a phone."""
import csv
import io
import pathlib
import random

from playwright.sync_api import expect

from conftest import shot, sign_in


def national_id():
    """A valid, random national ID: twelve digits and their check digit."""
    first = str(random.randint(1, 8)) + "".join(str(random.randint(0, 9)) for _ in range(11))
    total = sum(int(d) * (13 - i) for i, d in enumerate(first))
    return first + str((11 - total % 11) % 10)


def test_officer_imports_fixes_the_errors_from_the_error_sheet_then_merges_a_duplicate_and_undoes_it(phone):
    page = phone
    sign_in(page, "demo-officer")
    surname = "นำเข้า" + "".join(random.choice("กขคงจฉชซ") for _ in range(6))
    header = "ลำดับ,ชื่อ-นามสกุล,เพศ,วันเดือนปีเกิด,เลขบัตรประชาชน,เบอร์ติดต่อ,ตำบล,อำเภอ,จังหวัด\r\n"
    first, second, third, fourth = (national_id() for _ in range(4))
    good = (
        f"1,นางสาวสมศรี {surname},หญิง,15 มี.ค. 2510,{first},๐๘๑-๒๓๔-๕๖๗๘,ต.ปากน้ำ,อ.เมืองสมุทรปราการ,จ.สมุทรปราการ\r\n"
        f"2,นายสมชาย {surname},ชาย,01/02/2520,{second},0891234567,สำโรงเหนือ,เมืองสมุทรปราการ,สมุทรปราการ\r\n"
    )
    sheet = (header + good + f"3,นางมาลี {surname},x,31/02/2520,{third},,ปากน้ำ,เมืองสมุทรปราการ,สมุทรปราการ\r\n").encode(
        "cp874"
    )

    page.goto("/participants")
    page.click("text=นำเข้ารายชื่อ")
    expect(page.locator("h1")).to_have_text("นำเข้ารายชื่อจากแฟ้ม")
    page.set_input_files("#sheet", files=[{"name": "รายชื่อ.csv", "mimeType": "text/csv", "buffer": sheet}])
    page.check("input[name=consent_confirmed]")
    page.click("main form button[type=submit]")

    # The dry run: two rows would be added; the third has two errors, named by row and column in Thai.
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

    # The error sheet: the rows as uploaded, with a column saying what is wrong with each.
    with page.expect_download() as download:
        page.click("text=ดาวน์โหลดแฟ้มนี้พร้อมคอลัมน์ข้อผิดพลาด")
    rows = list(csv.reader(io.StringIO(pathlib.Path(download.value.path()).read_bytes().decode("utf-8-sig"))))
    assert rows[0][-1] == "ข้อผิดพลาด"
    assert 'อ่านเพศ "x" ไม่ได้' in rows[3][-1] and 'อ่านวันที่ "31/02/2520" ไม่ได้' in rows[3][-1]
    assert rows[1][-1] == "" and rows[2][-1] == ""

    # The corrected sheet, with one more row: the same woman again under another ID (a typo).
    corrected = (
        header
        + good
        + f"3,นางมาลี {surname},หญิง,28/02/2520,{third},,ปากน้ำ,เมืองสมุทรปราการ,สมุทรปราการ\r\n"
        + f"4,นางสาวสมศรี {surname},หญิง,15/03/2510,{fourth},,ปากน้ำ,เมืองสมุทรปราการ,สมุทรปราการ\r\n"
    ).encode("cp874")
    page.goto("/imports")
    page.set_input_files("#sheet", files=[{"name": "รายชื่อ-แก้แล้ว.csv", "mimeType": "text/csv", "buffer": corrected}])
    page.check("input[name=consent_confirmed]")
    page.click("main form button[type=submit]")
    # The column chosen for the first sheet is remembered for this one.
    expect(page.locator("#map_phone")).to_have_value("5")
    expect(page.locator(".summary")).to_have_text("อ่านได้ 4 แถว: เพิ่มใหม่ได้ 4 · ลงทะเบียนไว้แล้ว 0 · มีข้อผิดพลาด 0")

    # Committed in the background: without JavaScript the page reloads itself until it is done.
    page.click("button:has-text('บันทึกทุกแถว')")
    expect(page.locator("main")).to_contain_text("เพิ่มเข้าทะเบียนแล้ว 4 คน", timeout=60_000)
    shot(page, "61-import-committed")
    page.goto("/participants?q=" + surname)
    expect(page.locator("table.people tbody tr")).to_have_count(4)
    expect(page.locator("table.people")).to_contain_text("0812345678")

    # The duplicate review finds the two Somsris: same birth date, same name.
    page.goto("/duplicates")
    page.click("button:has-text('ตรวจหารายชื่อซ้ำอีกครั้ง')")
    pair = page.locator("tr", has_text="สมศรี " + surname)
    expect(pair).to_contain_text("วันเกิดเดียวกัน ชื่อคล้ายกัน")
    pair.locator("a:has-text('เปรียบเทียบ')").click()
    expect(page.locator(".side-by-side section")).to_have_count(2)
    shot(page, "62-duplicate-compare")
    page.locator(".side-by-side section").first.locator("button:has-text('เก็บคนนี้ไว้')").click()
    expect(page.locator(".flash")).to_contain_text("รวมแล้ว")
    page.goto("/participants?q=" + surname)
    expect(page.locator("table.people tbody tr")).to_have_count(3)

    # And undone: both records are back.
    page.goto("/duplicates")
    merge = page.locator("li", has_text="สมศรี " + surname)
    merge.locator("button:has-text('ยกเลิกการรวม')").click()
    expect(page.locator(".flash")).to_have_text("ยกเลิกการรวมแล้ว ข้อมูลกลับเป็นเหมือนก่อนรวม")
    page.goto("/participants?q=" + surname)
    expect(page.locator("table.people tbody tr")).to_have_count(4)
