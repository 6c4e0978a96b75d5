"""The programme dashboard as its readers meet it: on a desktop and a 360-px phone with the Thai font
loaded; a bar that opens exactly the people behind it; a province on the map that filters the page
(a plain link); a viewer who sees only protected counts; exports that real readers open (openpyxl,
Python's csv, LibreOffice); a bank that exports only its own loans; the annual report printed to A4."""
import csv
import io
import re
import shutil
import subprocess
import tempfile
from urllib.parse import parse_qs, urlparse

import openpyxl
import pypdf
import pytest
from playwright.sync_api import expect

from conftest import BASE_URL, SHOTS, shot, sign_in

TRAINED = "ผ่านการอบรม"
BOM = b"\xef\xbb\xbf"


def signed_in(browser, username, width=1280, height=900):
    context = browser.new_context(base_url=BASE_URL, viewport={"width": width, "height": height})
    page = context.new_page()
    sign_in(page, username)
    page.wait_for_load_state()
    return context, page


def open_dashboard(page):
    response = page.goto("/dashboard")
    assert response.status == 200
    expect(page.locator("h1")).to_have_text("ภาพรวมโครงการ")


def indicators(page):
    """The indicators table as the reader sees it: {indicator: actual}, e.g. {"ผ่านการอบรม": "1,223"}."""
    return dict(
        page.eval_on_selector_all(
            "table.indicators tbody tr",
            """rows => rows.map(r => [r.querySelector('th').firstChild.textContent.trim(),
                                      r.querySelector('td.actual').textContent.trim()])""",
        )
    )


def number(text):
    return int(text.replace(",", ""))


def choose_pilot_cycle(page):
    """Tick the fiscal year 2562 cycle (and only it) in the filters, and apply them, as a user does."""
    cycles = page.locator("form.dashboard-filters fieldset.cycles label")
    for index in range(cycles.count()):
        box = cycles.nth(index).locator("input[type=checkbox]")
        if "2562" in cycles.nth(index).inner_text():
            box.check()
            pilot = box.get_attribute("value")
        else:
            box.uncheck()
    page.locator("form.dashboard-filters button[type=submit]").click()
    page.wait_for_load_state()
    assert f"cycle={pilot}" in page.url
    expect(page.locator(f"fieldset.cycles input[value='{pilot}']")).to_be_checked()
    return pilot


# 1 -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("width,height", [(1280, 900), (360, 740)])
def test_the_dashboard_fits_desktop_and_phone_with_thai_charts_map_and_font(browser, width, height):
    context, page = signed_in(browser, "demo-admin", width, height)
    fonts = []
    page.on("response", lambda r: fonts.append(r) if "/fonts/" in r.url else None)
    open_dashboard(page)
    page.wait_for_load_state("networkidle")
    page.evaluate("document.fonts.ready.then(() => true)")
    shot(page, f"dashboard-{width}")

    # The charts and the map fit the screen.
    funnel = page.locator("#chart-funnel svg.chart-svg")
    country = page.locator("figure.map svg.map-svg")
    expect(funnel).to_be_visible()
    expect(country).to_be_visible()
    for element in (funnel, country):
        box = element.bounding_box()
        assert box["width"] > 100 and box["height"] > 100, f"a chart is drawn {box['width']}x{box['height']} px"
        assert box["x"] >= 0 and box["x"] + box["width"] <= width + 1, "a chart runs off the screen"
    expect(page.locator("figure.map")).to_contain_text("CC BY-IGO 3.0")

    # The charts speak Thai: their labels, their title and their description.
    labels = funnel.locator("text.label").all_text_contents()
    assert TRAINED in labels, labels
    assert "ลงทะเบียน" in labels
    expect(page.locator("#chart-funnel svg title").first).to_have_text("เส้นทางของผู้เข้าร่วม")
    assert TRAINED in page.locator("#chart-funnel svg desc").text_content()
    estates = page.locator("#chart-estates svg text.label").all_text_contents()
    assert any(name.startswith("นิคมอุตสาหกรรม") for name in estates), estates

    # The served Thai font is what draws them, not a fallback.
    loaded = page.evaluate(
        """async () => {
            await document.fonts.ready;
            return [...document.fonts]
                .filter(f => f.family.replace(/["']/g, '') === 'Sanfan Sarabun' && f.status === 'loaded')
                .map(f => f.weight);
        }"""
    )
    assert loaded, "the Sanfan Sarabun font did not load"
    assert page.evaluate("""document.fonts.check('16px "Sanfan Sarabun"', 'ผ่านการอบรม')""")
    assert all(r.status == 200 for r in fonts) and fonts, [f"{r.url} {r.status}" for r in fonts]
    family = page.evaluate("getComputedStyle(document.querySelector('#chart-funnel svg text.label')).fontFamily")
    assert family.strip('"\'').startswith("Sanfan Sarabun"), family

    # The buttons that apply the filters and the map's indicator look and tap like the page's
    # other buttons ("ล้างตัวกรอง" beside them), not as a small unstyled control.
    clear = page.locator("form.dashboard-filters a.button", has_text="ล้างตัวกรอง").bounding_box()
    problems = []
    for form in ("form.dashboard-filters", "form.map-choice"):
        button = page.locator(f"{form} button[type=submit]")
        expect(button).to_have_text("กรอง")
        height = button.bounding_box()["height"]
        if height < 40:
            problems.append(
                f"the '{form}' submit button is {height:.0f} px tall ('ล้างตัวกรอง' is {clear['height']:.0f} px)"
            )

    # Nothing on the page runs off the side of the screen, the filters included.
    wide = page.eval_on_selector_all(
        "main *",
        """(els, width) => els
            .filter(e => e.getBoundingClientRect().right > width + 1 && !e.closest('.table-wrap'))
            .map(e => `${e.localName}.${e.getAttribute('class')} ${Math.round(e.getBoundingClientRect().right)} px`)""",
        width,
    )
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    if scroll_width > width + 1:
        problems.append(f"the dashboard is {scroll_width} px wide on a {width}-px screen: {wide[:5]}")
    assert not problems, "; ".join(problems)
    context.close()


# 2 -------------------------------------------------------------------------------------------


def test_a_bar_for_an_estate_opens_exactly_the_people_behind_it(page):
    sign_in(page, "demo-admin")
    open_dashboard(page)
    pilot = choose_pilot_cycle(page)
    assert indicators(page)[TRAINED] == "1,223", "the pilot year trained 1,223 people"

    # The estate with the most people trained: its bar is a link (its tooltip names estate and figure).
    bars = page.eval_on_selector_all(
        "#chart-estates svg a",
        "links => links.map(a => [a.getAttribute('href'), a.querySelector('title').textContent])",
    )
    assert bars, "the estates chart has no links for an administrator with one cycle chosen"
    trained = []
    for href, title in bars:
        match = re.fullmatch(r"(.+) · (.+): ([\d,]+)", title)
        if match and match.group(2) == TRAINED:
            trained.append((number(match.group(3)), match.group(1), href))
    value, estate_name, href = max(trained)
    assert value > 0
    bar = page.locator(f"#chart-estates svg a[href='{href}'] rect.bar")
    expect(bar).to_be_visible()
    bar.click(position={"x": 2, "y": bar.bounding_box()["height"] / 2})
    page.wait_for_load_state()

    # The participants list of that cycle, stage and estate, and it says so.
    url = urlparse(page.url)
    query = parse_qs(url.query)
    assert url.path == "/participants"
    assert query["cycle"] == [pilot] and query["stage"] == ["completed"], page.url
    estate = query["estate"][0]
    expect(page.locator("h1")).to_contain_text("ทะเบียนผู้เข้าร่วม")
    expect(page.locator("main .notice").first).to_contain_text("แสดงเฉพาะผู้ผ่านการอบรม")
    expect(page.locator("main .notice").first).to_contain_text("2562")

    # The filters show what is applied: that estate, not "all estates" (else a search from here
    # silently drops the estate and lists the whole year).
    estate_filter = page.locator("select#estate option:checked").inner_text().strip()

    # Page by page ("หน้าถัดไป"), everyone listed is of that estate, and they add up to the bar.
    listed = 0
    pages = 0
    while True:
        rows = page.locator("table.people tbody tr")
        count = rows.count()
        assert 0 < count <= value, f"{count} people on one page behind a bar of {value}"
        estates = set(page.locator("table.people tbody td[data-label='นิคมอุตสาหกรรม']").all_inner_texts())
        assert estates == {estate_name}, estates
        listed += count
        pages += 1
        following = page.locator(".pager a", has_text="หน้าถัดไป")
        if not following.count():
            break
        assert pages < 50
        following.click()
        page.wait_for_load_state()
        assert [e.lower() for e in parse_qs(urlparse(page.url).query)["estate"]] == [estate.lower()]
    assert listed == value, f"the bar says {value} people trained at {estate_name}; the list has {listed}"

    assert estate_filter == estate_name, (
        f"the list holds only {estate_name}'s people, but its estate filter shows '{estate_filter}'"
    )


def test_each_occupations_bar_opens_its_own_people(page):
    """A bar for one occupation must not open the same list as the bar for another."""
    sign_in(page, "demo-admin")
    open_dashboard(page)
    choose_pilot_cycle(page)
    bars = page.eval_on_selector_all(
        "#chart-occupations svg a",
        "links => links.map(a => [a.getAttribute('href'), a.querySelector('title').textContent])",
    )
    trained = {}
    for href, title in bars:
        match = re.fullmatch(r"(.+) · (.+): ([\d,]+)", title)
        if match and match.group(2) == TRAINED:
            trained.setdefault(href, []).append(f"{match.group(1)} ({match.group(3)})")
    shared = {href: names for href, names in trained.items() if len(names) > 1}
    assert not shared, "different occupations' bars open one and the same list: " + "; ".join(
        f"{href} for {', '.join(names)}" for href, names in shared.items()
    )


# 3 -------------------------------------------------------------------------------------------


def test_clicking_a_province_on_the_map_filters_the_dashboard(browser):
    context = browser.new_context(base_url=BASE_URL, viewport={"width": 1280, "height": 900}, java_script_enabled=False)
    page = context.new_page()
    sign_in(page, "demo-admin")
    open_dashboard(page)
    everyone = number(indicators(page)[TRAINED])

    # The province with the most people trained, short of all of them.
    provinces = page.eval_on_selector_all(
        "svg.map-svg a", "links => links.map(a => [a.getAttribute('href'), a.getAttribute('aria-label')])"
    )
    candidates = []
    for href, label in provinces:
        match = re.fullmatch(r"(.+): ([\d,]+)", label)
        if match and 0 < number(match.group(2)) < everyone:
            candidates.append((number(match.group(2)), match.group(1), href))
    value, name, href = max(candidates)
    code = parse_qs(urlparse(href).query)["province"][0]

    # Click a point of the province itself (not the middle of its box, which may be its neighbour).
    path = page.locator(f"svg.map-svg a[href='{href}'] path.province")
    path.scroll_into_view_if_needed()
    box = path.bounding_box()
    point = page.evaluate(
        """([href, box]) => {
            for (let i = 1; i < 12; i++) for (let j = 1; j < 12; j++) {
                const x = box.x + box.width * i / 12, y = box.y + box.height * j / 12;
                const a = document.elementFromPoint(x, y)?.closest('a');
                if (a && a.getAttribute('href') === href) return [x, y];
            }
            return null;
        }""",
        [href, box],
    )
    assert point, f"no point of {name} can be clicked"
    with page.expect_navigation():
        page.mouse.click(*point)
    page.wait_for_load_state()

    assert parse_qs(urlparse(page.url).query).get("province") == [code], page.url
    expect(page.locator("#f-province")).to_have_value(code)
    assert page.locator("#f-province option:checked").inner_text().strip() == name
    expect(page.locator(f"svg.map-svg a[href$='province={code}'] path.province.selected")).to_have_count(1)
    narrowed = number(indicators(page)[TRAINED])
    assert narrowed < everyone, f"{name}: {narrowed} trained, the whole programme {everyone}"
    assert narrowed == value, f"the map said {value} trained in {name}; filtered to it, the dashboard says {narrowed}"
    shot(page, "dashboard-province")
    context.close()


# 4 -------------------------------------------------------------------------------------------


def test_a_viewer_sees_protected_counts_and_no_way_to_the_people(browser):
    context, page = signed_in(browser, "demo-viewer")
    open_dashboard(page)
    choose_pilot_cycle(page)
    # A small group, where counts of one to four people occur.
    page.select_option("#f-age_group", label="ผู้สูงอายุ")
    page.locator("form.dashboard-filters button[type=submit]").click()
    page.wait_for_load_state()
    expect(page.locator("#f-age_group")).to_have_value("elderly")

    assert page.locator("a[href*='/participants']").count() == 0, "a viewer is offered links to people"
    assert page.locator("#chart-funnel svg a, #chart-estates svg a, #chart-occupations svg a").count() == 0
    note = page.locator("main .notice", has_text="<5")
    expect(note).to_have_count(1)
    expect(note).to_contain_text("1–4")

    # Every count on the page: "<5" where small, as text, never a number from one to four.
    cells = page.eval_on_selector_all(
        "table.indicators td.actual, table.figures td.number, svg.chart-svg text.value",
        "cells => cells.map(c => [c.textContent.trim(), !!c.closest('a')])",
    )
    cells += [
        (label.rsplit(": ", 1)[1], False)
        for label in page.eval_on_selector_all("svg.map-svg a", "l => l.map(a => a.getAttribute('aria-label'))")
    ]
    assert len(cells) > 50
    small = [text for text, _ in cells if re.fullmatch(r"[1-4]", text)]
    assert not small, f"a viewer sees counts of 1–4: {small}"
    fewer = [linked for text, linked in cells if text == "<5"]
    assert all(not linked for linked in fewer)
    if fewer:
        # Drawn as text beside the smallest bar, with the same "<5" in its tooltip.
        value_text = page.locator("svg.chart-svg text.value", has_text="<5").first
        expect(value_text).to_have_text("<5")
        expect(page.locator("svg.chart-svg rect.bar title", has_text="<5").first).to_be_attached()

        # And in the viewer's workbook it is a text cell, not a number.
        response = page.request.get(page.locator("a[href^='/dashboard.xlsx']").get_attribute("href"))
        assert response.status == 200
        workbook = openpyxl.load_workbook(io.BytesIO(response.body()))
        cells = [cell for ws in workbook.worksheets for row in ws.iter_rows(min_row=2) for cell in row]
        seen = [cell for cell in cells if cell.value == "<5"]
        assert seen and all(cell.data_type == "s" for cell in seen)
        counts = [
            cell.value
            for cell in cells
            if cell.data_type == "n" and cell.number_format == "General" and cell.value in (1, 2, 3, 4)
        ]
        assert not counts, f"the viewer's workbook holds counts of 1–4: {counts}"
    shot(page, "dashboard-viewer")
    context.close()


# 5 -------------------------------------------------------------------------------------------


def download(page, path, kind):
    response = page.request.get(path)
    assert response.status == 200, f"{path}: {response.status}"
    assert kind in response.headers["content-type"], response.headers["content-type"]
    assert "attachment" in response.headers.get("content-disposition", ""), path
    return response.body()


def widths_are_set(ws):
    for column in range(1, ws.max_column + 1):
        letter = openpyxl.utils.get_column_letter(column)
        assert letter in ws.column_dimensions, f"{ws.title}: column {letter} has no width"
        assert ws.column_dimensions[letter].width >= 8, f"{ws.title}: column {letter} is too narrow"


def test_exports_open_in_real_readers_with_thai_numbers_and_dates(page):
    sign_in(page, "demo-admin")
    open_dashboard(page)
    shown = indicators(page)

    # The dashboard's workbook: a Thai sheet per table, counts as numbers, first row frozen.
    workbook = openpyxl.load_workbook(io.BytesIO(download(page, "/dashboard.xlsx", "spreadsheetml")))
    assert workbook.sheetnames[0] == "ตัวชี้วัด" and "นิคมอุตสาหกรรม" in workbook.sheetnames
    for ws in workbook.worksheets:
        assert ws.freeze_panes == "A2", ws.title
        widths_are_set(ws)
        header = [cell.value for cell in ws[1]]
        assert all(isinstance(h, str) and h for h in header), header
        assert re.search("[\u0e00-\u0e7f]", header[0]), header
    sheet = workbook["ตัวชี้วัด"]
    assert [cell.value for cell in sheet[1]][:3] == ["ตัวชี้วัด", "เป้าหมาย", "ผลจริง"]
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    trained = rows[TRAINED]
    assert trained[1].data_type == "n" and trained[2].data_type == "n"
    assert trained[2].value == number(shown[TRAINED]), "the workbook and the page disagree"
    estates = workbook["นิคมอุตสาหกรรม"]
    for row in estates.iter_rows(min_row=2):
        assert row[0].data_type == "s" and row[0].value
        assert all(cell.data_type == "n" for cell in row[1:] if cell.value is not None), [c.value for c in row]

    # The registry's workbook: Thai headings, registration dates as dates, phones keep their 0.
    registry = openpyxl.load_workbook(io.BytesIO(download(page, "/exports/registry?format=xlsx", "spreadsheetml")))
    ws = registry.worksheets[0]
    assert ws.freeze_panes == "A2"
    widths_are_set(ws)
    header = [cell.value for cell in ws[1]]
    assert "ชื่อ-นามสกุล" in header and "วันที่ลงทะเบียน" in header, header
    name_column = header.index("ชื่อ-นามสกุล")
    assert ws.column_dimensions[openpyxl.utils.get_column_letter(name_column + 1)].width >= 20
    registered = header.index("วันที่ลงทะเบียน")
    phone = header.index("โทรศัพท์") if "โทรศัพท์" in header else None
    people = 0
    for row in ws.iter_rows(min_row=2):
        people += 1
        assert re.search("[\u0e00-\u0e7f]", row[name_column].value), row[name_column].value
        assert row[registered].is_date, f"registered on {row[registered].value!r} is not a date"
        if phone is not None and row[phone].value:
            assert row[phone].data_type == "s" and str(row[phone].value).startswith("0"), row[phone].value
    # Everyone the dashboard counts as registered (the registry may also hold people outside any cycle).
    assert people >= number(shown["ลงทะเบียน"]) > 0

    # CSVs: a BOM for Excel, then rows that Python's reader takes back, Thai intact.
    data = download(page, "/dashboard.csv", "text/csv")
    assert data.startswith(BOM)
    text = data.decode("utf-8-sig")
    assert "\ufffd" not in text and "à¸" not in text
    sections = [[]]
    for row in csv.reader(io.StringIO(text)):
        if row:
            sections[-1].append(row)
        else:
            sections.append([])
    sections = [s for s in sections if s]
    assert len(sections) == len(workbook.sheetnames)
    for section in sections:
        title, headings, *body = section
        assert len(title) == 1 and title[0] in workbook.sheetnames, title
        assert body, title
        for row in body:
            assert len(row) == len(headings), f"{title[0]}: {row} has {len(row)} columns, its header {len(headings)}"
    figures = {row[0]: row for row in sections[0][2:]}
    assert figures[TRAINED][2] == str(number(shown[TRAINED]))

    data = download(page, "/exports/registry?format=csv", "text/csv")
    assert data.startswith(BOM)
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == header
    assert len(rows) - 1 == people, "the CSV and the workbook hold different numbers of people"
    for row in rows[1:]:
        assert len(row) == len(header), row
        assert re.search("[\u0e00-\u0e7f]", row[name_column]), row
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", row[registered]), row[registered]

    # LibreOffice opens the workbook and reads the Thai back.
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if not office:
        pytest.skip("LibreOffice is not installed")
    with tempfile.TemporaryDirectory() as folder:
        book = f"{folder}/dashboard.xlsx"
        with open(book, "wb") as out:
            out.write(download(page, "/dashboard.xlsx", "spreadsheetml"))
        subprocess.run(
            [
                office, f"-env:UserInstallation=file://{folder}/profile", "--headless",
                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", f"{folder}/out", book,
            ],
            check=True, capture_output=True, timeout=180,
        )
        with open(f"{folder}/out/dashboard.csv", "rb") as converted:
            text = converted.read().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:3] == ["ตัวชี้วัด", "เป้าหมาย", "ผลจริง"], rows[0]
    found = [row for row in rows if row and row[0] == TRAINED]
    assert found and number(found[0][2]) == number(shown[TRAINED]), found


# 6 -------------------------------------------------------------------------------------------


def test_a_bank_exports_only_its_own_loans_and_not_the_registry(browser):
    context, page = signed_in(browser, "demo-partner")
    open_dashboard(page)
    assert page.locator("a[href^='/exports/registry']").count() == 0, "a bank is offered the registry"
    expect(page.locator("a[href='/exports/loans?format=xlsx']")).to_be_visible()

    workbook = openpyxl.load_workbook(io.BytesIO(download(page, "/exports/loans?format=xlsx", "spreadsheetml")))
    ws = workbook.worksheets[0]
    assert ws.freeze_panes == "A2"
    header = [cell.value for cell in ws[1]]
    assert "ธนาคาร" in header, header
    bank = header.index("ธนาคาร")
    banks = [row[bank] for row in ws.iter_rows(min_row=2, values_only=True)]
    assert banks, "the bank's export is empty"
    assert set(banks) == {"ออมสิน"}, set(banks)
    for path in ("/exports/registry?format=xlsx", "/exports/registry?format=csv"):
        assert page.request.get(path).status == 403, path
    context.close()

    # HQ's export holds every bank's loans: the bank's was narrowed to its own.
    context, page = signed_in(browser, "demo-admin")
    data = download(page, "/exports/loans?format=csv", "text/csv")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    every = [row[rows[0].index("ธนาคาร")] for row in rows[1:]]
    assert len(set(every)) > 1 and every.count("ออมสิน") == len(banks)
    context.close()


# 7 -------------------------------------------------------------------------------------------


def test_the_annual_report_prints_to_a4(page):
    sign_in(page, "demo-admin")
    open_dashboard(page)
    choose_pilot_cycle(page)
    page.locator("main .page-head a", has_text="รายงานประจำปี").click()
    page.wait_for_load_state("networkidle")
    assert urlparse(page.url).path == "/dashboard/report"
    title = page.locator("h1")
    expect(title).to_contain_text("รายงานผลการดำเนินโครงการ")
    expect(title).to_contain_text("2562")
    expect(title).not_to_contain_text("2563")
    expect(page.locator("body")).to_contain_text("1,223")
    assert page.locator("link[rel=stylesheet][href*='print.css']").count() == 1
    assert page.evaluate("document.fonts.ready.then(() => document.fonts.check('16px \"Sanfan Sarabun\"', 'ก'))")

    page.emulate_media(media="print")
    pdf = page.pdf(format="A4", print_background=True)
    SHOTS.mkdir(parents=True, exist_ok=True)
    (SHOTS / "annual-report.pdf").write_bytes(pdf)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    pages = len(reader.pages)
    assert 4 <= pages <= 20, f"the annual report prints on {pages} pages"
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - 595) < 2 and abs(float(box.height) - 842) < 2, "not A4"
    assert "2562" in reader.pages[0].extract_text()
    print(f"annual report: {pages} pages")
