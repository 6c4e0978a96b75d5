#!/usr/bin/env python3
"""The raw baseline for the import benchmark on PostgreSQL: the same rows, with COPY.

Reads the benchmark's CSV, writes each line as a participants row (the columns Sanfan fills,
values prepared in advance: nothing checked, encrypted or looked up), then - timed - loads them
with COPY into `raw_people` and `raw_consents` (a consent per person, as the import records),
empty copies of participants and consents with their indexes (made by scripts/bench-import.sh),
in one transaction. Prints the rate.

usage: raw-postgres-copy.py DATABASE_URL CSV
"""
import csv, os, subprocess, sys, tempfile, time, uuid

url, sheet = sys.argv[1:3]
columns = ("id, created_at, updated_at, estate_id, prefix, first_name_th, last_name_th, gender, birth_date, "
           "national_id_sealed, national_id_index, phone, house_no, moo, subdistrict_code, education_level, "
           "prior_occupation, baseline_income_satang, sort_key, first_name_key, last_name_key, duplicate_key")
consent_columns = "id, created_at, participant_id, purpose, granted, text_version, given_on, channel, recorded_by_name"
rows = 0
consents_file = tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, newline="", encoding="utf-8")
consents = csv.writer(consents_file)
with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, newline="", encoding="utf-8") as out, \
        open(sheet, encoding="utf-8-sig", newline="") as source:
    writer = csv.writer(out)
    reader = csv.reader(source)
    next(reader)
    estate = str(uuid.uuid4())
    for r in reader:
        name = r[1].split(" ")
        first, last = name[0], name[-1]
        pid = uuid.uuid4()
        consents.writerow([uuid.uuid4(), "2026-11-29 00:00:00+00", pid, "programme", "true", "1", "2026-11-29",
                           "paper_imported", "raw"])
        writer.writerow([pid, "2026-11-29 00:00:00+00", "2026-11-29 00:00:00+00", estate, "นาย", first, last,
                         "male", r[3], r[4], r[4], r[5], r[6], int(r[7]), 110101, r[11], r[12], int(r[13]) * 100,
                         first + "\x02" + last, first, last, first + " " + last + "|" + r[3]])
        rows += 1
consents_file.close()
start = time.perf_counter()
subprocess.run(["psql", url.split("?")[0], "-q", "-1",
                "-c", f"\\copy raw_people ({columns}) FROM '{out.name}' WITH (FORMAT csv)",
                "-c", f"\\copy raw_consents ({consent_columns}) FROM '{consents_file.name}' WITH (FORMAT csv)"],
               check=True)
seconds = time.perf_counter() - start
os.remove(out.name)
os.remove(consents_file.name)
print(f"raw PostgreSQL COPY: {rows} rows in {seconds:.2f} s = {rows / seconds:.0f} rows/s")
