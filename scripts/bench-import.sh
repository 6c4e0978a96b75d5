#!/usr/bin/env bash
# The import benchmark (issue 15): N synthetic people from one CSV, into a fresh database, through
# `sanfan import-people` (streamed, checked by the form's rules, IDs sealed and blind-indexed, one
# transaction), beside the raw baseline in the same run: the same rows inserted straight into SQLite
# (scripts/raw-sqlite-insert.py), or on PostgreSQL with COPY.
#
#   PEOPLE=1000000 bash scripts/bench-import.sh              # SQLite
#   PEOPLE=1000000 DATABASE_URL=postgres://… bash scripts/bench-import.sh   # PostgreSQL (an empty database)
set -euo pipefail
cd "$(dirname "$0")/.."
PEOPLE=${PEOPLE:-1000000}
WORK=${WORK:-/tmp/sanfan-bench-import}
BIN=${BIN:-.build-release/release/sanfan}
[ -x "$BIN" ] || swift build -c release --product sanfan --scratch-path .build-release
rm -rf "$WORK" && mkdir -p "$WORK"
export SANFAN_DATA_DIR="$WORK/data"
export SANFAN_ID_KEY=${SANFAN_ID_KEY:-$(head -c 32 /dev/urandom | base64)}
"$BIN" migrate >/dev/null 2>&1
echo "bench-import-password" | "$BIN" user create --username bench.importer --role admin --name "bench" >/dev/null
"$BIN" bench-import-sheet --people "$PEOPLE" --out "$WORK/people.csv" | tail -1
# The raw copies need the disk too: a million people is about 2 GB of database and as much WAL.
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; $(date -u +%F)"
if [ -n "${DATABASE_URL:-}" ]; then
  # COPY the same rows' columns into an empty copy of the two tables (indexes kept, no triggers).
  PSQL_URL=${DATABASE_URL%%\?*}
  psql "$PSQL_URL" -q -c "DROP TABLE IF EXISTS raw_people, raw_consents" \
    -c "CREATE TABLE raw_people (LIKE participants INCLUDING DEFAULTS INCLUDING INDEXES)" \
    -c "CREATE TABLE raw_consents (LIKE consents INCLUDING DEFAULTS INCLUDING INDEXES)"
  python3 scripts/raw-postgres-copy.py "$DATABASE_URL" "$WORK/people.csv"
  psql "$PSQL_URL" -q -c "DROP TABLE raw_people, raw_consents"
else
  python3 scripts/raw-sqlite-insert.py "$WORK/data/sanfan.sqlite" "$WORK/people.csv" "$WORK/raw.sqlite"
fi
/usr/bin/time -f "peak memory: %M KiB" "$BIN" import-people "$WORK/people.csv" --estate BANGPOO --user bench.importer 2>&1 | grep -v "rows…"
rm -rf "$WORK"
