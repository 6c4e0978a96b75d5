#!/usr/bin/env bash
# The cycle page (target against actual, livelihood figures, income per community) over HTTP,
# against a database filled by `sanfan bench` (a million people, the benchmark cycle's enrolments
# and livelihood records), with `GET /health` in the same run as the raw baseline.
# A benchmark, not a test: run it by hand on an idle machine and copy the figures into
# docs/benchmarks.md. Usage: scripts/bench-cycle.sh [people]   (default 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
PEOPLE=${1:-1000000}
BIN=${BIN:-.build-release/release/sanfan}
export SANFAN_DATA_DIR=${SANFAN_DATA_DIR:-./bench-data}
export LOG_LEVEL=${LOG_LEVEL:-warning}
PORT=${PORT:-8181}
DURATION=${DURATION:-20s}

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -x "$BIN" ] || swift build -c release --product sanfan --scratch-path .build-release

# Fills the database once (later runs reuse it), prints the in-process figures, the cycle and a password.
REPORT=$("$BIN" bench --people "$PEOPLE" --iterations "${ITERATIONS:-50}" --token)
echo "$REPORT" | sed -n '/^fiscal year /,/^cycle:/p'
# The demo's pilot year (a real year's size), then the benchmark cycle (tens of thousands).
CYCLES=$(echo "$REPORT" | awk '/^cycle:/ {print $2}')
PASSWORD=$(echo "$REPORT" | awk '/^password:/ {print $2}')

# shellcheck source=scripts/bench-lib.sh
. scripts/bench-lib.sh
start_server
sign_in "$PASSWORD"
for CYCLE in $CYCLES; do
    curl -s -o /dev/null -w "cycle page $CYCLE: %{http_code}, %{size_download} bytes, %{time_total} s\n" \
        -H "Cookie: sanfan-session=$SESSION" "http://127.0.0.1:$PORT/cycles/$CYCLE"
done

run() {
    echo "### $1 ($2 connections)"
    wrk -t"$(( $2 < 2 ? 1 : 2 ))" -c"$2" -d"$DURATION" --latency -H "$3" "http://127.0.0.1:$PORT$4" \
        | grep -E "50%|99%|Requests/sec|Non-2xx"
}
for connections in 1 8; do
    run "baseline: GET /health" "$connections" "X-Bench: 1" "/health"
    for CYCLE in $CYCLES; do
        run "GET /cycles/$CYCLE (HTML, all columns)" "$connections" "Cookie: sanfan-session=$SESSION" "/cycles/$CYCLE"
    done
done
