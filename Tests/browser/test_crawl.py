"""A crawler over every same-site link, as every demo role, on a 360-px phone.

It signs in as each role, follows links breadth-first from the home page (GET only), and fails on
any server error, any page that shows internals (a stack trace, a database error, a file path), and
any page wider than the phone. Pages of one kind (a person, a course) are sampled a few at a time,
so the crawl covers every kind of page without walking all 2,000 people.

Where the server counts its SQL statements (`SANFAN_COUNT_STATEMENTS`, as CI runs it), every page must
stay within the budget its route sets in routes.swift: a change that adds a query per row fails here.
"""
import re
from collections import deque
from urllib.parse import urljoin, urlsplit, urlunsplit

import pytest

from conftest import BASE_URL, sign_in

ROLES = ["demo-admin", "demo-officer", "demo-officer-lcb", "demo-trainer", "demo-partner", "demo-assessor", "demo-employer", "demo-viewer"]
MAX_PAGES = 220
PER_KIND = 3
UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
INTERNALS = re.compile(
    r"Fatal error|Stack trace|Traceback|SQLiteError|PSQLError|row value misused|constraint failed|"
    r"\.swift:\d+|/work/|/Sources/|Abort\.|DecodingError|FluentKit|NIOCore",
)


def kind(url):
    """The page's kind: its path with ids replaced, and the names of its query parameters."""
    parts = urlsplit(url)
    # The stage a list is narrowed to is a kind of its own: "enrolled" must be visited, not only "completed".
    names = sorted({pair if pair.startswith("stage=") else pair.split("=", 1)[0] for pair in parts.query.split("&") if pair})
    return UUID.sub("{id}", parts.path) + "?" + "&".join(names)


def same_site(url):
    return urlsplit(url).netloc == urlsplit(BASE_URL).netloc


@pytest.mark.parametrize("role", ROLES)
def test_every_link_as_every_role_answers_without_error_and_fits_a_phone(browser, role):
    context = browser.new_context(base_url=BASE_URL, viewport={"width": 360, "height": 740}, is_mobile=True)
    page = context.new_page()
    try:
        sign_in(page, role)
        start = urljoin(BASE_URL, "/")
        queue, seen, kinds, problems = deque([start]), {start}, {}, []
        visited = 0
        while queue and visited < MAX_PAGES:
            url = queue.popleft()
            path = urlsplit(url).path
            if path.endswith((".csv", ".json", ".xlsx")) or path.startswith("/exports/"):
                status = page.request.get(url).status  # a download, not a page
                if status >= 500:
                    problems.append(f"{status} {url}")
                continue
            response = page.goto(url)
            visited += 1
            status = response.status if response else 0
            headers = response.all_headers() if response else {}
            if "x-sanfan-statements" in headers:
                statements = int(headers["x-sanfan-statements"])
                budget = int(headers["x-sanfan-statement-budget"])
                if statements > budget:
                    problems.append(f"{statements} SQL statements, over the budget of {budget}: {url}")
                print(f"statements {statements:3d} / {budget:3d}  {role}  {kind(url)}")
            body = page.content()
            if status >= 500:
                problems.append(f"{status} {url}")
            if INTERNALS.search(body):
                problems.append(f"internals shown on {url}: {INTERNALS.search(body).group(0)}")
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > 360:
                problems.append(f"{width} px wide at 360: {url}")
            if "/login" in page.url and url != start:
                problems.append(f"signed out by {url}")
                sign_in(page, role)
            # Links inside SVG (chart bars, map provinces) carry their href as an attribute only.
            for href in page.eval_on_selector_all(
                "a[href]", "links => links.map(a => new URL(a.getAttribute('href'), document.baseURI).href)"
            ):
                link = urlunsplit(urlsplit(href)._replace(fragment=""))
                if not same_site(link) or link in seen or "/logout" in link:
                    continue
                seen.add(link)
                if kinds.get(kind(link), 0) >= PER_KIND:
                    continue
                kinds[kind(link)] = kinds.get(kind(link), 0) + 1
                queue.append(link)
        assert visited > 3, f"{role} reached only {visited} pages"
        assert not problems, f"{role}: " + "\n".join(problems[:40])
    finally:
        context.close()
