"""From a round's results to a certificate anyone can check: an assessor records results on a
phone without JavaScript, an officer prints the round's certificates on A4 landscape, a real
decoder (zxing-cpp) reads the printed QR code and follows it to the verify page, which says
"valid" and then "revoked"; the downloaded credential verifies with joserfc and the published
keys, and not once one character of it changes."""
import base64
import io
import json
import re

import zxingcpp
from joserfc import jws
from joserfc.jwk import KeySet
from PIL import Image
from playwright.sync_api import expect

from conftest import BASE_URL, shot, sign_in


def rounds(page):
    page.goto("/assessments")
    links = page.eval_on_selector_all("main a[href^='/assessments/']", "l => l.map(a => a.getAttribute('href'))")
    return [link for link in links if re.fullmatch(r"/assessments/[0-9a-f-]{36}", link)]


def test_an_assessor_records_results_on_a_phone_without_javascript(phone):
    sign_in(phone, "demo-assessor")
    expect(phone.locator(".site-nav")).to_contain_text("การประเมิน")
    # A round of the running year whose results are still to come.
    for round_path in rounds(phone):
        phone.goto(round_path)
        if phone.locator("table.cards .result-pending").count() > 0:
            break
    assert phone.locator("table.cards .result-pending").count() > 0, "no round awaits results"
    phone.click("main >> text=บันทึกผลการประเมิน")
    expect(phone.locator("h1")).to_contain_text("บันทึกผลการประเมิน")
    # The first person passes every unit; the second is not yet competent in the first.
    people = phone.locator(".register-list > li")
    first = people.nth(0)
    name = first.locator(".person-name").inner_text().split("·")[0].strip()
    units = first.locator("fieldset")
    for i in range(units.count()):
        units.nth(i).locator(".mark-pass").click()
    second = people.nth(1)
    other = second.locator(".person-name").inner_text().split("·")[0].strip()
    second.locator("fieldset").first.locator(".mark-not_yet_competent").click()
    shot(phone, "40-results-360")
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, f"the results page is {width} px wide"
    phone.click("form.results .sticky-actions button[type=submit]")
    expect(phone.locator(".flash, [role=status]").first).to_contain_text("บันทึกผลการประเมินแล้ว")
    expect(phone.locator("table.cards tr", has_text=name).first).to_contain_text("ผ่าน")
    # One unit failed and the rest not yet recorded: still pending, never "passed".
    expect(phone.locator("table.cards tr", has_text=other).first).to_contain_text("รอผล")


def test_printed_certificates_scan_to_the_verify_page_which_follows_revocation(browser):
    context = browser.new_context(base_url=BASE_URL, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    # The estate's officer prints a round of their estate with several valid certificates.
    sign_in(page, "demo-officer")
    for round_path in rounds(page):
        page.goto(round_path)
        if page.locator("table tr", has_text="ใช้ได้").count() >= 2:
            break
    codes = page.eval_on_selector_all("table a.code", "l => l.map(a => a.textContent)")
    valid = page.locator("table tr", has_text="ใช้ได้").count()
    assert valid >= 2
    page.goto(round_path + "/certificates/print")
    sheets = page.locator("article.certificate-sheet")
    assert sheets.count() == valid
    shot(page, "41-certificates-print")
    pdf = page.pdf(prefer_css_page_size=True, print_background=True)
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert pages == valid, f"{valid} certificates print on {pages} pages"
    # Landscape A4: 842 × 595 points.
    box = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf)
    assert box and float(box.group(1)) > float(box.group(2)), "certificates print in landscape"

    # A real decoder reads the first sheet's QR code.
    qr = sheets.first.locator(".qr svg")
    image = Image.open(io.BytesIO(qr.screenshot(scale="device")))
    found = zxingcpp.read_barcodes(image)
    assert found, "zxing-cpp found no QR code"
    url = found[0].text
    assert re.fullmatch(r"https?://[^/]+/verify/[2-9A-HJ-NP-Z]{12}", url), url
    printed = sheets.first.locator(".certificate-foot .code").inner_text().replace("-", "")
    assert url.endswith("/" + printed)
    context.close()

    visitor = browser.new_context(base_url=BASE_URL, viewport={"width": 360, "height": 740}, java_script_enabled=False)
    v = visitor.new_page()
    v.goto(url.replace(re.match(r"https?://[^/]+", url).group(0), BASE_URL))
    expect(v.locator(".verdict")).to_contain_text("ใช้ได้")
    shot(v, "42-verify-valid-360")

    # Revoked by the issuing estate's officer: the same link now says so, and why.
    admin = browser.new_context(base_url=BASE_URL)
    a = admin.new_page()
    sign_in(a, "demo-officer")
    a.goto("/verify/" + printed)
    a.goto(round_path)
    a.click(f"table a.code:text('{printed[:4]}-{printed[4:8]}-{printed[8:]}')")
    a.select_option("#reason", "withdrawn_by_body")
    a.click("form[action$='/revoke'] button[type=submit]")
    expect(a.locator(".standing")).to_contain_text("ถูกเพิกถอน")
    admin.close()
    v.reload()
    expect(v.locator(".verdict")).to_contain_text("ถูกเพิกถอน")
    expect(v.locator(".verdict")).to_contain_text("หน่วยรับรองเพิกถอนคุณวุฒิ")
    shot(v, "43-verify-revoked-360")
    visitor.close()
    assert codes


def test_a_downloaded_credential_verifies_with_joserfc_and_the_published_keys(browser):
    context = browser.new_context(base_url=BASE_URL)
    page = context.new_page()
    sign_in(page, "demo-officer")
    page.goto(rounds(page)[0])
    certificate = page.eval_on_selector("table a.code", "a => a.getAttribute('href')")
    download = page.request.get(certificate + "/credential.json")
    assert download.ok
    token = download.json()["credential"]
    keys = KeySet.import_key_set(page.request.get("/.well-known/jwks.json").json())
    verified = jws.deserialize_compact(token, keys, algorithms=["EdDSA"])
    claims = json.loads(verified.payload)
    assert "OpenBadgeCredential" in claims["vc"]["type"]
    assert claims["vc"]["credentialSubject"]["identifier"][0]["hashed"] is True

    # One character of the payload changed: joserfc refuses it, and so does the verify page.
    header, payload, signature = token.split(".")
    data = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    data["vc"]["name"] = data["vc"]["name"] + "X"
    forged_payload = base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()
    forged = ".".join([header, forged_payload, signature])
    try:
        jws.deserialize_compact(forged, keys, algorithms=["EdDSA"])
        raise AssertionError("an altered credential verified")
    except AssertionError:
        raise
    except Exception:
        pass
    visitor = browser.new_context(base_url=BASE_URL, java_script_enabled=False)
    v = visitor.new_page()
    v.goto("/verify")
    v.fill("#credential", token)
    v.click("text=ตรวจสอบ >> nth=-1")
    expect(v.locator(".signature-ok")).to_be_visible()
    v.goto("/verify")
    v.fill("#credential", forged)
    v.click("text=ตรวจสอบ >> nth=-1")
    expect(v.locator(".verdict")).to_contain_text("ลายมือชื่อดิจิทัลไม่ถูกต้อง")
    visitor.close()
    context.close()
