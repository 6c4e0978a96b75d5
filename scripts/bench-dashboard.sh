#!/usr/bin/env bash
# The dashboard and the exports at scale, over HTTP, against a database filled by `sanfan bench`
# (a million people, the benchmark cycle's enrolments and livelihood records); `sanfan
# bench-dashboard` adds the benchmark cycle's assessments and certificates once and prints the
# in-process figures beside the raw statement. `GET /health` in the same run is the HTTP baseline.
# A benchmark, not a test: run it by hand on an idle machine and copy the figures into
# docs/benchmarks.md. Usage: scripts/bench-dashboard.sh
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.build-release/release/sanfan}
export SANFAN_DATA_DIR=${SANFAN_DATA_DIR:-./bench-data}
export LOG_LEVEL=${LOG_LEVEL:-warning}
PORT=${PORT:-8282}
DURATION=${DURATION:-20s}

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -x "$BIN" ] || swift build -c release --product sanfan --scratch-path .build-release
[ -f "$SANFAN_DATA_DIR/sanfan.sqlite" ] || { echo "run scripts/bench-cycle.sh first (it fills the database)" >&2; exit 1; }

REPORT=$("$BIN" bench-dashboard --iterations "${ITERATIONS:-3}" --token)
echo "$REPORT" | grep -v -E '^(token|password):'
PASSWORD=$(echo "$REPORT" | awk '/^password:/ {print $2}')
TOKEN=$(echo "$REPORT" | awk '/^token:/ {print $2}')

# shellcheck source=scripts/bench-lib.sh
. scripts/bench-lib.sh
start_server
sign_in "$PASSWORD"
COOKIE="Cookie: sanfan-session=$SESSION"

curl -s -o /dev/null -w "dashboard: %{http_code}, %{size_download} bytes, %{time_total} s\n" -H "$COOKIE" \
    "http://127.0.0.1:$PORT/dashboard"
run() {
    echo "### $1 ($2 connections)"
    wrk -t"$(( $2 < 2 ? 1 : 2 ))" -c"$2" -d"$DURATION" --latency -H "$3" "http://127.0.0.1:$PORT$4" \
        | grep -E "50%|90%|99%|Requests/sec|Non-2xx"
}
for connections in 1 4; do
    run "baseline: GET /health" "$connections" "X-Bench: 1" "/health"
    run "GET /dashboard (every cycle)" "$connections" "$COOKIE" "/dashboard"
    run "GET /api/v1/indicators?group_by=estate" "$connections" "Authorization: Bearer $TOKEN" \
        "/api/v1/indicators?group_by=estate"
done

# Exports of the whole registry: time to the first byte, total time, rows, and the server's
# memory (resident before; peak during, after resetting the peak with clear_refs).
export_run() {
    local format=$1
    local before peak out
    out=$(mktemp --suffix=".$format")
    before=$(awk '/VmRSS/ {print $2}' "/proc/$SERVER/status")
    echo 5 > "/proc/$SERVER/clear_refs"
    curl -s -o "$out" -w "registry .$format: %{http_code}, %{size_download} bytes, first byte %{time_starttransfer} s, total %{time_total} s\n" \
        -H "$COOKIE" "http://127.0.0.1:$PORT/exports/registry?format=$format"
    peak=$(awk '/VmHWM/ {print $2}' "/proc/$SERVER/status")
    echo "  server memory: $((before / 1024)) MB before, peak $((peak / 1024)) MB during (growth $(((peak - before) / 1024)) MB)"
    if [ "$format" = csv ]; then echo "  rows (with header): $(wc -l < "$out")"; fi
    if [ "$format" = xlsx ] && command -v python3 >/dev/null && python3 -c 'import openpyxl' 2>/dev/null; then
        python3 -c "import openpyxl,sys; wb=openpyxl.load_workbook(sys.argv[1], read_only=True); ws=wb.worksheets[0]; print('  rows (with header):', ws.max_row)" "$out"
    fi
    rm -f "$out"
}
export_run csv
export_run xlsx
