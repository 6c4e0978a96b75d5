#!/usr/bin/env python3
"""Build Sources/App/Resources/reference/thailand-map.json: a compact map of
Thailand's 77 provinces for inline SVG, plus a point for each industrial estate.

Inputs (read-only):
  ../shared/data/thai-province-boundaries/th_adm1.geojson  (provinces, ADM1_PCODE "TH10".."TH96")
  ../shared/data/thai-province-boundaries/th_adm2.geojson  (districts, ADM2_PCODE "THxxxx")
  Sources/App/Resources/reference/estates.csv

Geometry: OCHA COD-AB Thailand from the Royal Thai Survey Department (2019),
CC BY-IGO 3.0, packaged by github.com/piyayut-ch/mapthai (MIT).

Projection: equirectangular, longitude scaled by cos(mid latitude), fitted to
width 300 with a 4-unit margin, y downwards. Rings are simplified with
Douglas-Peucker in projected units and written as compact SVG path data.

Standard library only. Re-runnable:
  python3 scripts/make-province-map.py [--boundaries DIR] [--estates CSV] [--out JSON]
"""

import argparse
import csv
import json
import math
import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_BOUNDARIES = os.path.join(os.path.dirname(REPO), "shared", "data", "thai-province-boundaries")
DEFAULT_ESTATES = os.path.join(REPO, "Sources", "App", "Resources", "reference", "estates.csv")
DEFAULT_OUT = os.path.join(REPO, "Sources", "App", "Resources", "reference", "thailand-map.json")

WIDTH = 300.0
MARGIN = 4.0
TOLERANCE = 0.6      # Douglas-Peucker tolerance, projected units
MIN_AREA = 0.5       # drop rings smaller than this (square units), except each province's largest

ATTRIBUTION_TH = "ขอบเขตจังหวัด: กรมแผนที่ทหาร / OCHA (CC BY-IGO 3.0)"
ATTRIBUTION_EN = "Boundaries: Royal Thai Survey Department / OCHA (CC BY-IGO 3.0)"

DISTRICT_PREFIXES = ("กิ่งอำเภอ", "อำเภอ", "เขต", "อ.")


# ---------------------------------------------------------------- geometry

def polygons_of(geometry):
    """List of polygons; each polygon is a list of rings of [lon, lat]."""
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["coordinates"]
    raise ValueError("unsupported geometry type " + geometry["type"])


def open_ring(ring):
    """Drop the closing duplicate point, if any."""
    if len(ring) > 1 and ring[0] == ring[-1]:
        return ring[:-1]
    return ring


def signed_area(ring):
    """Shoelace signed area of an open ring of (x, y)."""
    a = 0.0
    n = len(ring)
    for i in range(n):
        x1, y1 = ring[i]
        x2, y2 = ring[(i + 1) % n]
        a += x1 * y2 - x2 * y1
    return a / 2.0


def centroid(ring):
    """Area-weighted centroid of an open ring; falls back to the vertex mean."""
    a = signed_area(ring)
    if abs(a) < 1e-12:
        n = len(ring)
        return (sum(p[0] for p in ring) / n, sum(p[1] for p in ring) / n)
    cx = cy = 0.0
    n = len(ring)
    for i in range(n):
        x1, y1 = ring[i]
        x2, y2 = ring[(i + 1) % n]
        cross = x1 * y2 - x2 * y1
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    return (cx / (6.0 * a), cy / (6.0 * a))


def point_in_ring(pt, ring):
    """Even-odd ray casting test for an open ring."""
    x, y = pt
    inside = False
    n = len(ring)
    j = n - 1
    for i in range(n):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > y) != (yj > y):
            xcross = xi + (y - yi) * (xj - xi) / (yj - yi)
            if x < xcross:
                inside = not inside
        j = i
    return inside


def widest_span_point(ring, steps=200):
    """Centre of the widest horizontal span inside the ring (scanning rows)."""
    ys = [p[1] for p in ring]
    y0, y1 = min(ys), max(ys)
    best = None
    n = len(ring)
    for k in range(1, steps):
        y = y0 + (y1 - y0) * k / steps
        xs = []
        for i in range(n):
            xa, ya = ring[i]
            xb, yb = ring[(i + 1) % n]
            if (ya > y) != (yb > y):
                xs.append(xa + (y - ya) * (xb - xa) / (yb - ya))
        xs.sort()
        for i in range(0, len(xs) - 1, 2):
            w = xs[i + 1] - xs[i]
            if best is None or w > best[0]:
                best = (w, ((xs[i] + xs[i + 1]) / 2.0, y))
    if best is None:
        return centroid(ring)
    return best[1]


def label_point(ring):
    """A point inside the ring: its centroid, or the widest-span centre if that falls outside."""
    c = centroid(ring)
    if point_in_ring(c, ring):
        return c, False
    return widest_span_point(ring), True


def perp_dist(p, a, b):
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    if dx == 0 and dy == 0:
        return math.hypot(px - ax, py - ay)
    t = ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)
    t = max(0.0, min(1.0, t))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def douglas_peucker(points, tol):
    """Simplify an open polyline (first and last points are kept)."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        i, j = stack.pop()
        dmax, idx = 0.0, -1
        for k in range(i + 1, j):
            d = perp_dist(points[k], points[i], points[j])
            if d > dmax:
                dmax, idx = d, k
        if idx >= 0 and dmax > tol:
            keep[idx] = True
            stack.append((i, idx))
            stack.append((idx, j))
    return [p for p, k in zip(points, keep) if k]


def simplify_ring(ring, tol):
    """Simplify a closed (open-stored) ring: split at the vertex farthest from
    the first one and simplify both halves, so the ring never degenerates to a line."""
    if len(ring) < 4:
        return list(ring)
    p0 = ring[0]
    far = max(range(len(ring)), key=lambda i: (ring[i][0] - p0[0]) ** 2 + (ring[i][1] - p0[1]) ** 2)
    first = douglas_peucker(ring[: far + 1], tol)
    second = douglas_peucker(ring[far:] + [p0], tol)
    return first[:-1] + second[:-1]


def to_tenths(ring):
    """Round to 1 decimal as integer tenths; drop consecutive duplicates."""
    out = []
    for x, y in ring:
        q = (int(round(x * 10)), int(round(y * 10)))
        if not out or out[-1] != q:
            out.append(q)
    while len(out) > 1 and out[0] == out[-1]:
        out.pop()
    return out


def fmt_tenths(v):
    """Integer tenths -> shortest plain decimal text: 123 -> '12.3', -4 -> '-0.4', 50 -> '5'."""
    s = "-" if v < 0 else ""
    whole, frac = divmod(abs(v), 10)
    return s + str(whole) + ("." + str(frac) if frac else "")


def join_numbers(nums):
    """Space-separated, except no space is needed before a minus sign."""
    out = ""
    for t in nums:
        if out and not t.startswith("-"):
            out += " "
        out += t
    return out


def ring_path(ring_tenths):
    """'M x y l dx dy dx dy ... z' with relative moves, from integer tenths."""
    x0, y0 = ring_tenths[0]
    parts = "M" + join_numbers([fmt_tenths(x0), fmt_tenths(y0)])
    nums = []
    px, py = x0, y0
    for x, y in ring_tenths[1:]:
        nums.append(fmt_tenths(x - px))
        nums.append(fmt_tenths(y - py))
        px, py = x, y
    if nums:
        parts += "l" + join_numbers(nums)
    return parts + "z"


# ---------------------------------------------------------------- names

def norm_district(name):
    n = name.strip().replace(" ", "")
    changed = True
    while changed:
        changed = False
        for p in DISTRICT_PREFIXES:
            if n.startswith(p) and len(n) > len(p):
                n = n[len(p):].strip()
                changed = True
    return n


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--boundaries", default=DEFAULT_BOUNDARIES, help="folder with th_adm1.geojson and th_adm2.geojson")
    ap.add_argument("--estates", default=DEFAULT_ESTATES, help="estates.csv")
    ap.add_argument("--out", default=DEFAULT_OUT, help="output JSON")
    ap.add_argument("--tolerance", type=float, default=TOLERANCE, help="Douglas-Peucker tolerance (projected units)")
    args = ap.parse_args()

    with open(os.path.join(args.boundaries, "th_adm1.geojson"), encoding="utf-8") as f:
        adm1 = json.load(f)["features"]
    with open(os.path.join(args.boundaries, "th_adm2.geojson"), encoding="utf-8") as f:
        adm2 = json.load(f)["features"]
    if len(adm1) != 77:
        print("warning: expected 77 provinces, found %d" % len(adm1), file=sys.stderr)

    # Bounding box of the whole country.
    lons, lats = [], []
    for feat in adm1:
        for poly in polygons_of(feat["geometry"]):
            for ring in poly:
                for lon, lat in ring:
                    lons.append(lon)
                    lats.append(lat)
    min_lon, max_lon, min_lat, max_lat = min(lons), max(lons), min(lats), max(lats)
    k = math.cos(math.radians((min_lat + max_lat) / 2.0))
    scale = (WIDTH - 2 * MARGIN) / ((max_lon - min_lon) * k)
    height = math.ceil((max_lat - min_lat) * scale + 2 * MARGIN)

    def project(lon, lat):
        return (MARGIN + (lon - min_lon) * k * scale, MARGIN + (max_lat - lat) * scale)

    def project_ring(ring):
        return [project(lon, lat) for lon, lat in open_ring(ring)]

    provinces = []
    province_point = {}
    province_rings = {}
    stats = {"rings_in": 0, "rings_out": 0, "points_in": 0, "points_out": 0}
    for feat in adm1:
        p = feat["properties"]
        pcode = p["ADM1_PCODE"]
        code = int(pcode[2:])
        kept = []  # (area, tenths ring, is_hole)
        candidates = []
        for poly in polygons_of(feat["geometry"]):
            for ri, ring in enumerate(poly):
                pr = project_ring(ring)
                stats["rings_in"] += 1
                stats["points_in"] += len(pr)
                t = to_tenths(simplify_ring(pr, args.tolerance))
                area = abs(signed_area(t)) / 100.0 if len(t) >= 3 else 0.0
                candidates.append((area, t, ri > 0, pr))
        largest = max((c for c in candidates if not c[2]), key=lambda c: (len(c[1]) >= 3, c[0]))
        for c in candidates:
            if c is largest or (len(c[1]) >= 3 and c[0] >= MIN_AREA):
                kept.append(c)
        if len(largest[1]) < 3:
            # Degenerate after simplification/rounding: fall back to the unsimplified ring.
            print("note: %s largest ring collapsed; using it unsimplified" % pcode)
            kept = [(c[0], to_tenths(c[3]), c[2], c[3]) if c is largest else c for c in kept]
            largest = [c for c in kept if not c[2]][0]
        # Exterior rings clockwise on screen, holes counter-clockwise, so nonzero fill works.
        paths = []
        for area, t, is_hole, _ in kept:
            cw = signed_area(t) > 0  # y down: positive shoelace area = clockwise on screen
            if cw == is_hole:
                t = [t[0]] + t[1:][::-1]
            paths.append(ring_path(t))
            stats["rings_out"] += 1
            stats["points_out"] += len(t)
        main_ring = [(x / 10.0, y / 10.0) for x, y in max((c for c in kept if not c[2]), key=lambda c: c[0])[1]]
        (lx, ly), moved = label_point(main_ring)
        if moved:
            print("label: %s %s centroid outside its ring, used widest-span centre" % (pcode, p["ADM1_EN"]))
        province_point[code] = (round(lx, 1), round(ly, 1))
        province_rings[code] = [[(x / 10.0, y / 10.0) for x, y in c[1]] for c in kept if not c[2]]
        provinces.append({
            "code": code,
            "name_th": p["ADM1_TH"].strip(),
            "name_en": p["ADM1_EN"].strip(),
            "d": " ".join(paths),
            "x": province_point[code][0],
            "y": province_point[code][1],
        })
    provinces.sort(key=lambda e: e["code"])

    # District label points, keyed by (province code, normalised Thai name).
    districts = {}
    for feat in adm2:
        p = feat["properties"]
        pcode = p["ADM2_PCODE"]
        prov = int(pcode[2:4])
        rings = []
        for poly in polygons_of(feat["geometry"]):
            pr = project_ring(poly[0])
            if len(pr) >= 3:
                rings.append(pr)
        ring = max(rings, key=lambda r: abs(signed_area(r)))
        pt, _ = label_point(ring)
        key = (prov, norm_district(p["ADM2_TH"]))
        if key in districts:
            print("warning: duplicate district name %s in province %d" % (key[1], prov), file=sys.stderr)
        districts[key] = (round(pt[0], 1), round(pt[1], 1), pcode)

    estates = []
    fell_back = []
    with open(args.estates, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            code = row["code"].strip()
            prov = int(row["province_code"])
            if prov not in province_point:
                raise SystemExit("estate %s: unknown province %d" % (code, prov))
            first = (row.get("district_th") or "").split("/")[0].strip()
            hit = districts.get((prov, norm_district(first))) if first else None
            if hit:
                x, y = hit[0], hit[1]
                if not any(point_in_ring((x, y), r) for r in province_rings[prov]):
                    print("note: estate %s (%s) lies outside the simplified outline of province %d"
                          % (code, first, prov))
            else:
                x, y = province_point[prov]
                fell_back.append((code, prov, first))
            estates.append({"code": code, "x": x, "y": y})

    out = {
        "width": int(WIDTH),
        "height": int(height),
        "attribution_th": ATTRIBUTION_TH,
        "attribution_en": ATTRIBUTION_EN,
        "provinces": provinces,
        "estates": estates,
    }
    text = json.dumps(out, ensure_ascii=False, separators=(",", ":"))
    # One province / estate per line keeps diffs readable at almost no cost.
    text = text.replace(',"provinces":[{', ',\n"provinces":[\n{').replace('},{"code"', '},\n{"code"')
    text = text.replace('],"estates":[', '],\n"estates":[\n')
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(text + "\n")

    size = os.path.getsize(args.out)
    print("wrote %s: %d bytes, %dx%d, %d provinces, %d estates" % (
        os.path.relpath(args.out), size, out["width"], out["height"], len(provinces), len(estates)))
    print("rings %d -> %d, points %d -> %d (tolerance %.2f, cos(%.2f deg) = %.4f)" % (
        stats["rings_in"], stats["rings_out"], stats["points_in"], stats["points_out"],
        args.tolerance, (min_lat + max_lat) / 2.0, k))
    print("estates placed at province point (no district match): %d" % len(fell_back))
    for code, prov, first in fell_back:
        print("  fallback %s (province %d, district_th %r)" % (code, prov, first))


if __name__ == "__main__":
    main()
