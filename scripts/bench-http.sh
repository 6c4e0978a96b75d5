#!/usr/bin/env bash
# Every kind of page and API call over HTTP at 64 connections and at 1 (wrk), each beside `GET /health` in
# the same run, against a database filled by `sanfan bench` (and `sanfan bench-cycle` for the courses).
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

command -v sqlite3 >/dev/null || { apt-get update -qq && apt-get install -y -qq sqlite3 >/dev/null; }
DB="$SANFAN_DATA_DIR/sanfan.sqlite"
# One record of each kind to open: the benchmark cycle, one of its courses and a person on it, and a
# session of a demo course (the benchmark's courses have no sessions).
CYCLE=$(sqlite3 "$DB" "SELECT lower(id) FROM cycles ORDER BY fiscal_year DESC LIMIT 1")
COURSE=$(sqlite3 "$DB" "SELECT lower(id) FROM courses WHERE cycle_id = upper('$CYCLE') LIMIT 1")
SESSION_ID=$(sqlite3 "$DB" "SELECT lower(id) FROM course_sessions LIMIT 1")
PERSON=$(sqlite3 "$DB" "SELECT lower(participant_id) FROM enrolments WHERE course_id = upper('$COURSE') LIMIT 1")

# run NAME HEADER PATH CONNECTIONS: prints requests/s and p99, and the ratio to /health at the
# same connections (measured first, in the same run).
declare -A HEALTH
run() {
    local out rps p99
    out=$(wrk -t"$(( $4 < 2 ? 1 : 2 ))" -c"$4" -d"$DURATION" --latency -H "$2" "http://127.0.0.1:$PORT$3")
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
    [ "$1" = "GET /health" ] && HEALTH[$4]=$rps
    if echo "$out" | grep -q "Non-2xx"; then echo "  ($1: $(echo "$out" | grep Non-2xx))"; fi
    printf "| %s | %s | %s | %s | %.3f |\n" "$1" "$4" "$rps" "$p99" "$(echo "$rps / ${HEALTH[$4]}" | bc -l)"
}
TOKEN_H="Authorization: Bearer $TOKEN"
COOKIE_H="Cookie: sanfan-session=$SESSION"
SOMCHAI=%E0%B8%AA%E0%B8%A1%E0%B8%8A%E0%B8%B2%E0%B8%A2   # สมชาย
echo "| endpoint | connections | requests/s | p99 | ÷ /health |"
echo "|---|---:|---:|---:|---:|"
for connections in ${CONNECTION_LIST:-64 1}; do
    run "GET /health" "X-Bench: 1" "/health" "$connections"
    run "GET /api/v1/me (token only)" "$TOKEN_H" "/api/v1/me" "$connections"
    run "GET /api/v1/participants" "$TOKEN_H" "/api/v1/participants" "$connections"
    run "GET /api/v1/participants?q=สมชาย" "$TOKEN_H" "/api/v1/participants?q=$SOMCHAI" "$connections"
    run "GET /participants (HTML)" "$COOKIE_H" "/participants" "$connections"
    run "GET /participants/{id} (a person)" "$COOKIE_H" "/participants/$PERSON" "$connections"
    run "GET / (home)" "$COOKIE_H" "/" "$connections"
    run "GET /cycles/{id} (the benchmark cycle)" "$COOKIE_H" "/cycles/$CYCLE" "$connections"
    run "GET /courses/{id}" "$COOKIE_H" "/courses/$COURSE" "$connections"
    run "GET /sessions/{id}/attendance" "$COOKIE_H" "/sessions/$SESSION_ID/attendance" "$connections"
done
