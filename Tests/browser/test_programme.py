"""Issue 4's walk-through: a course from creation to completion, the register on a phone, a
Windows-874 target sheet, and target against actual."""
import uuid

from playwright.sync_api import expect

from conftest import shot, sign_in


def test_officer_creates_a_course_enrols_three_and_the_phone_register_computes_completion(browser, page):
    venue = f"ศาลาประชาคม ทดสอบ {uuid.uuid4().hex[:6]}"
    sign_in(page, "demo-officer-lcb")
    page.click("text=หลักสูตรอบรม")
    page.click("text=เพิ่มหลักสูตร")
    page.select_option("#occupation_id", label="ทำสบู่")
    page.select_option("#provider_id", label="กพร. · กรมพัฒนาฝีมือแรงงาน")
    page.fill("#venue", venue)
    page.fill("#first_day", "2/3/2563")
    page.fill("#last_day", "3/3/2563")
    page.fill("#hours", "12")
    page.fill("#capacity", "3")
    shot(page, "20-course-form")
    page.click("main form button[type=submit]")
    expect(page.locator(".flash")).to_have_text("บันทึกหลักสูตรแล้ว")
    expect(page.locator("dl.facts")).to_contain_text(venue)
    course_url = page.url

    # A session outside the course's days is refused beside its field; one inside is added.
    page.fill("#day", "9/3/2563")
    page.fill("#topic", "ทำสบู่ก้อน")
    page.click("#sessions form button[type=submit]")
    expect(page.locator("#day-error")).to_contain_text("นอกช่วงวันอบรม")
    page.fill("#day", "2/3/2563")
    page.click("#sessions form button[type=submit]")
    expect(page.locator(".flash")).to_have_text("เพิ่มวันอบรมแล้ว")

    # Enrol three people, ticked in the registry list.
    page.click("text=เพิ่มผู้เข้าอบรม")
    boxes = page.locator(".pick-list input[type=checkbox]:not([disabled])")
    for index in range(3):
        boxes.nth(index).check()
    shot(page, "21-enrol")
    page.click("text=เพิ่มผู้ที่เลือก")
    expect(page.locator(".flash")).to_have_text("เพิ่มผู้เข้าอบรม 3 คนแล้ว")
    expect(page.locator("table.roster tbody tr")).to_have_count(3)

    # The trainer's phone: 360 px, no JavaScript.
    phone = browser.new_context(
        base_url=page.url.split("/courses")[0], viewport={"width": 360, "height": 740}, java_script_enabled=False,
        is_mobile=True,
    ).new_page()
    sign_in(phone, "demo-officer-lcb")
    phone.goto(course_url)
    phone.click("text=เช็กชื่อ")
    expect(phone.locator("h1")).to_have_text("เช็กชื่อ")
    people = phone.locator(".register-list li")
    expect(people).to_have_count(3)
    people.nth(0).locator("input[value=present]").check()
    people.nth(1).locator("input[value=late]").check()
    people.nth(2).locator("input[value=absent]").check()
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, f"the register is {width}px wide on a 360px phone"
    shot(phone, "22-register-phone")
    phone.click("text=บันทึกการเข้าเรียน")
    expect(phone.locator(".flash")).to_have_text("บันทึกการเข้าเรียน 3 คนแล้ว")
    phone.context.close()

    # One 6-hour session, the whole course so far: present and late complete, absent does not.
    page.goto(course_url)
    roster = page.locator("table.roster")
    expect(roster.locator("text=ผ่าน (ตามเวลาเรียน)")).to_have_count(2)
    expect(roster.locator("text=ยังไม่ผ่าน")).to_have_count(1)
    shot(page, "23-course-completion")

    # The sign-in sheet prints on A4.
    page.click("text=พิมพ์ใบลงชื่อ")
    expect(page.locator("h1")).to_have_text("ใบลงชื่อเข้าอบรม")
    expect(page.locator("table.sheet tbody tr")).to_have_count(3)
    page.emulate_media(media="print")
    shot(page, "24-sign-in-sheet")


def test_a_windows_874_target_sheet_imports_with_thai_names_intact_and_totals_link_to_people(page):
    sign_in(page, "demo-admin")
    page.click("text=รอบโครงการและเป้าหมาย")
    page.click("text=ปีงบประมาณ 2563 (ขยาย 10 นิคม)")
    page.click("text=แก้ไขเป้าหมาย")
    target = 100 + uuid.uuid4().int % 800
    # Saved by Excel on Thai Windows as "CSV": Windows-874 bytes, the estate named only in Thai,
    # Thai digits in the numbers.
    thai_digits = str(target).translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))
    sheet = (
        "รหัสนิคม,ชื่อนิคม,เป้าหมายผู้ผ่านการฝึกอบรม (คน),เป้าหมายผู้ได้รับใบรับรอง (คน),"
        "เป้าหมายธุรกิจหรือการจ้างงาน,รายได้ชุมชนต่อชุมชนต่อปี (บาท)\r\n"
        f",นิคมอุตสาหกรรมแหลมฉบัง,{thai_digits},๘๐,๒๕,\"5,000,000\"\r\n"
    ).encode("cp874")
    page.set_input_files("#sheet", files=[{"name": "เป้าหมาย.csv", "mimeType": "text/csv", "buffer": sheet}])
    page.click("text=นำเข้า >> nth=-1")
    expect(page.locator(".flash")).to_have_text("นำเข้าเป้าหมาย 1 นิคมแล้ว")
    row = page.locator("table.grid tr", has_text="นิคมอุตสาหกรรมแหลมฉบัง")
    expect(row.locator("input").first).to_have_value(str(target))
    shot(page, "25-targets-imported")

    # A sheet naming an estate that does not exist is refused, per row, and nothing changes.
    bad = "estate_code,trained,certified,livelihoods\nATLANTIS,1,1,1\n".encode("utf-8")
    page.set_input_files("#sheet", files=[{"name": "bad.csv", "mimeType": "text/csv", "buffer": bad}])
    page.click("text=นำเข้า >> nth=-1")
    expect(page.locator(".sheet-errors")).to_contain_text('แถวที่ 2: ไม่รู้จักนิคม "ATLANTIS"')

    # Target against actual: the estate's row shows the imported target, and its numbers open the people.
    page.click(".breadcrumb a")
    progress = page.locator("table.progress:not(.outcomes) tr", has_text="นิคมอุตสาหกรรมแหลมฉบัง")
    expect(progress.locator("td").nth(0)).to_have_text(str(target))
    shot(page, "26-target-vs-actual")
    progress.locator("td").nth(3).locator("a").click()
    expect(page.locator(".notice")).to_contain_text("ผู้ผ่านการอบรมในรอบปีงบประมาณ 2563")
    expect(page.locator("table.people")).to_contain_text("นิคมอุตสาหกรรมแหลมฉบัง")
