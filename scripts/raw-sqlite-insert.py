#!/usr/bin/env python3
"""The raw baseline for the import benchmark: the same rows, straight into SQLite.

Reads the benchmark's CSV, then - timed - inserts one participants row and one consents row per
line into an empty copy of Sanfan's two tables (same columns, same indexes, no triggers) with
prepared statements in one transaction, as plain SQLite does it at its fastest from Python's C
driver. Nothing is checked, encrypted or looked up: that is the work Sanfan adds.

usage: raw-sqlite-insert.py SANFAN_DB CSV SCRATCH_DB
"""
import csv, sqlite3, sys, time, uuid, os

source, sheet, scratch = sys.argv[1:4]
if os.path.exists(scratch):
    os.remove(scratch)
db = sqlite3.connect(scratch, isolation_level=None)
db.execute("PRAGMA journal_mode=WAL")
db.execute("PRAGMA synchronous=NORMAL")
# The settings Sanfan gives each connection (SQLiteTuning).
db.execute("PRAGMA mmap_size = 2147418112")
db.execute("PRAGMA cache_size = -65536")
db.execute("PRAGMA temp_store = MEMORY")
schema = sqlite3.connect(source)
for (sql,) in schema.execute(
    "SELECT sql FROM sqlite_master WHERE tbl_name IN ('participants','consents') AND type IN ('table','index') AND sql IS NOT NULL ORDER BY type DESC"
):
    # Foreign keys point at tables the scratch database does not have: they are not enforced anyway.
    db.execute(sql)
rows = []
with open(sheet, encoding="utf-8-sig", newline="") as f:
    reader = csv.reader(f)
    next(reader)
    for r in reader:
        rows.append(r)
estate = str(uuid.uuid4()).upper()
now = time.time()
people, consents = [], []
for r in rows:
    pid = str(uuid.uuid4()).upper()
    name = r[1].split(" ")
    first, last = name[0], name[-1]
    people.append((pid, now, now, None, estate, None, "", first, last, None, None, "male", r[3], r[4], r[4],
                   None, r[5], r[6], int(r[7]), None, None, 110101, r[11], r[12], int(r[13]) * 100, None, None,
                   first + "\x02" + last, first, last, None, first + " " + last + "|" + r[3]))
    consents.append((str(uuid.uuid4()).upper(), now, pid, "programme", None, 1, "1", "2026-11-29",
                     "paper_imported", None, "raw", None))
p_sql = "INSERT INTO participants VALUES (" + ",".join("?" * 32) + ")"
c_sql = "INSERT INTO consents VALUES (" + ",".join("?" * 12) + ")"
start = time.perf_counter()
db.execute("BEGIN")
db.executemany(p_sql, people)
db.executemany(c_sql, consents)
db.execute("COMMIT")
seconds = time.perf_counter() - start
print(f"raw SQLite: {len(rows)} rows in {seconds:.2f} s = {len(rows) / seconds:.0f} rows/s")
db.close()
for suffix in ("", "-wal", "-shm"):
    if os.path.exists(scratch + suffix):
        os.remove(scratch + suffix)
