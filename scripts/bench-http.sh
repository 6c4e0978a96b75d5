#!/usr/bin/env bash
# The registry over HTTP at 64 connections (wrk; CONNECTIONS=1 for latency without queueing), against a database filled by `sanfan bench`.
# A benchmark, not a test: run it by hand on an idle machine and copy the figures into
# docs/benchmarks.md. Usage: scripts/bench-http.sh [people]   (default 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
PEOPLE=${1:-1000000}
BIN=${BIN:-.build-release/release/sanfan}
export SANFAN_DATA_DIR=${SANFAN_DATA_DIR:-./bench-data}
export LOG_LEVEL=${LOG_LEVEL:-warning}
PORT=${PORT:-8181}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-64}

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -x "$BIN" ] || swift build -c release --product sanfan --scratch-path .build-release

# Fills the database once (later runs reuse it), then prints a token and the bench-admin password.
CREDENTIALS=$("$BIN" bench --people "$PEOPLE" --iterations 1 --token)
TOKEN=$(echo "$CREDENTIALS" | awk '/^token:/ {print $2}')
PASSWORD=$(echo "$CREDENTIALS" | awk '/^password:/ {print $2}')

# shellcheck source=scripts/bench-lib.sh
. scripts/bench-lib.sh
start_server
sign_in "$PASSWORD"

run() {
    echo "### $1"
    wrk -t"$(( CONNECTIONS < 2 ? 1 : 2 ))" -c"$CONNECTIONS" -d"$DURATION" --latency -H "$2" "http://127.0.0.1:$PORT$3" | grep -E "Latency|50%|99%|Requests/sec|Non-2xx"
}
SOMCHAI=%E0%B8%AA%E0%B8%A1%E0%B8%8A%E0%B8%B2%E0%B8%A2   # สมชาย
SOM=%E0%B8%AA%E0%B8%A1                                  # สม
run "API list, first page" "Authorization: Bearer $TOKEN" "/api/v1/participants"
run "API search สมชาย" "Authorization: Bearer $TOKEN" "/api/v1/participants?q=$SOMCHAI"
run "API search สม" "Authorization: Bearer $TOKEN" "/api/v1/participants?q=$SOM"
run "HTML list page" "Cookie: sanfan-session=$SESSION" "/participants"
run "HTML search สมชาย" "Cookie: sanfan-session=$SESSION" "/participants?q=$SOMCHAI"
