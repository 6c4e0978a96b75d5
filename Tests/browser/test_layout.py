"""What a new user sees: pages that fit a phone and a desktop, print that fits A4, and no serious
accessibility barrier (axe-core, WCAG 2.1 A/AA) on the main pages of every role."""
import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from conftest import BASE_URL, shot, sign_in

ROLES = ["demo-admin", "demo-officer", "demo-officer-lcb", "demo-trainer", "demo-partner", "demo-assessor", "demo-employer", "demo-viewer"]


def first_link(page, selector):
    href = page.eval_on_selector_all(selector, "links => links.map(a => a.getAttribute('href'))")
    assert href, f"no link matches {selector} on {page.url}"
    return href[0]


def pilot_cycle(page):
    page.goto("/cycles")
    links = page.eval_on_selector_all("main a[href^='/cycles/']", "l => l.map(a => a.getAttribute('href'))")
    return [link for link in links if re.fullmatch(r"/cycles/[0-9a-f-]{36}", link)][-1]


def fits(page, width):
    assert page.evaluate("document.documentElement.scrollWidth") <= width, f"{page.url} is wider than {width} px"


@pytest.mark.parametrize("width,height", [(360, 740), (1280, 900)])
def test_cycle_page_and_people_list_fit_phone_and_desktop(browser, width, height):
    context = browser.new_context(base_url=BASE_URL, viewport={"width": width, "height": height})
    page = context.new_page()
    sign_in(page, "demo-admin")
    page.goto(pilot_cycle(page))
    expect(page.locator("table.progress:not(.outcomes) tfoot")).to_contain_text("1,223")
    expect(page.locator("table.progress:not(.outcomes) tfoot")).to_contain_text("122.3 %")
    fits(page, width)
    # Every column of target against actual is on screen without scrolling sideways.
    table = page.locator("table.progress:not(.outcomes)").bounding_box()
    assert table["x"] + table["width"] <= width
    shot(page, f"20-cycle-{width}")

    page.goto("/participants")
    fits(page, width)
    first = page.locator("table.people tbody tr").first.bounding_box()
    if width == 360:
        # The header folds away and the first person is on the first screen.
        assert page.locator(".site-header").bounding_box()["height"] < 120
        assert first["y"] < height, f"the first person starts {first['y']} px down"
    shot(page, f"21-people-{width}")
    context.close()


def test_the_phone_menu_unfolds_without_javascript(phone):
    sign_in(phone, "demo-officer")
    expect(phone.locator(".site-nav")).to_be_hidden()
    phone.click("label.menu-button")
    expect(phone.locator(".site-nav")).to_be_visible()
    phone.click(".site-nav >> text=ทะเบียนผู้เข้าร่วม")
    expect(phone.locator("h1")).to_contain_text("ทะเบียนผู้เข้าร่วม")


def test_printed_forms_fit_a4_and_repeat_their_heading(browser):
    context = browser.new_context(base_url=BASE_URL, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    sign_in(page, "demo-admin")
    page.goto("/participants")
    person = first_link(page, "table.people a[href^='/participants/']")
    page.goto(person + "/consent-form")
    fits(page, 1280)
    shot(page, "27-consent-form-1280")
    pdf = page.pdf(format="A4", print_background=True)
    # The whole consent form, signatures and date included, fits on one sheet.
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert pages == 1, f"the consent form prints on {pages} pages"

    # A sign-in sheet of a full course, 22 names a page, each page with the heading (the table's head).
    page.goto("/courses")
    courses = page.eval_on_selector_all("main a[href^='/courses/']", "l => l.map(a => a.getAttribute('href'))")
    # A full course: the pilot year's run up to 30 people.
    for course in [link for link in courses if re.fullmatch(r"/courses/[0-9a-f-]{36}", link)][:30]:
        page.goto(course)
        page.goto(first_link(page, "a[href$='/sign-in-sheet']"))
        rows = page.locator("table.sheet tbody tr").count()
        if rows >= 25:
            break
    assert rows >= 25
    pdf = page.pdf(format="A4", print_background=True)
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert pages <= max(1, (rows + 21) // 22), f"{rows} people print on {pages} pages"
    expect(page.locator("table.sheet thead")).to_contain_text("ใบลงชื่อ")
    fits(page, 1280)
    shot(page, "30-sign-in-sheet-1280")

    sheet = page.url
    context.close()

    phone = browser.new_context(base_url=BASE_URL, viewport={"width": 360, "height": 740}, is_mobile=True)
    p = phone.new_page()
    sign_in(p, "demo-admin")
    for path, name in [(person + "/consent-form", "28-consent-form-360"), (sheet, "29-sign-in-sheet-360")]:
        p.goto(path)
        fits(p, 360)
        shot(p, name)
    phone.close()


@pytest.mark.parametrize("role", ROLES)
def test_main_pages_have_no_serious_accessibility_violation(browser, role):
    context = browser.new_context(base_url=BASE_URL, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    sign_in(page, role)
    paths = ["/", "/cycles", pilot_cycle(page)]
    nav = page.eval_on_selector_all(".site-nav a", "links => links.map(a => a.getAttribute('href'))")
    paths += [path for path in nav if path not in paths]
    axe = Axe()
    problems = []
    for path in paths:
        page.goto(path)
        result = axe.run(page)
        for violation in result.response["violations"]:
            if violation["impact"] in ("serious", "critical"):
                problems.append(f"{path}: {violation['id']} ({violation['impact']}): {violation['help']}")
    assert not problems, "\n".join(problems)
    context.close()
