#!/usr/bin/env bash
# Every kind of page and API call over HTTP at 64 connections and at 1 (wrk), each beside `GET /health` in
# the same run, against a database filled by `sanfan bench` (and `sanfan bench-cycle` for the courses).
# A benchmark, not a test: run it by hand on an idle machine and copy the figures into
# docs/benchmarks.md. Usage: scripts/bench-http.sh [people]   (default 1000000)
#
# On PostgreSQL (DATABASE_URL, SANFAN_ID_KEY and SANFAN_SIGNING_KEY_FILE set as for production),
# SERVERS=2 starts two app servers on one database, as production runs them, and splits each run's
# connections between them: requests/s is their sum, p99 the worse of the two.
set -euo pipefail
cd "$(dirname "$0")/.."
PEOPLE=${1:-1000000}
BIN=${BIN:-.build-release/release/sanfan}
export SANFAN_DATA_DIR=${SANFAN_DATA_DIR:-./bench-data}
export LOG_LEVEL=${LOG_LEVEL:-warning}
PORT=${PORT:-8181}
DURATION=${DURATION:-20s}
SERVERS=${SERVERS:-1}

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -x "$BIN" ] || swift build -c release --product sanfan --scratch-path .build-release

# Fills the database once (later runs reuse it), then prints a token and the bench-admin password.
CREDENTIALS=$("$BIN" bench --people "$PEOPLE" --iterations 1 --token)
TOKEN=$(echo "$CREDENTIALS" | awk '/^token:/ {print $2}')
PASSWORD=$(echo "$CREDENTIALS" | awk '/^password:/ {print $2}')

# shellcheck source=scripts/bench-lib.sh
. scripts/bench-lib.sh
start_server
PORTS=("$PORT")
if [ "$SERVERS" = 2 ]; then
    FIRST_SERVER=$SERVER
    PORT=$((PORT + 1)) start_server
    trap 'kill $FIRST_SERVER $SERVER 2>/dev/null || true' EXIT
    PORTS+=("$((PORT + 1))")
fi
sign_in "$PASSWORD"

# sql QUERY: one value from the database, SQLite's file or PostgreSQL's (ids lower case either way).
if [ -n "${DATABASE_URL:-}" ]; then
    command -v psql >/dev/null || { apt-get update -qq && apt-get install -y -qq postgresql-client >/dev/null; }
    sql() { psql "${DATABASE_URL%%\?*}" -tA -c "$1"; }
    ID=id::text PID=participant_id::text
else
    command -v sqlite3 >/dev/null || { apt-get update -qq && apt-get install -y -qq sqlite3 >/dev/null; }
    sql() { sqlite3 "$SANFAN_DATA_DIR/sanfan.sqlite" "$1"; }
    ID=id PID=participant_id
fi
# One record of each kind to open: the benchmark cycle, one of its courses and a person on it, and a
# session of a demo course (the benchmark's courses have no sessions).
CYCLE=$(sql "SELECT lower($ID) FROM cycles ORDER BY fiscal_year DESC LIMIT 1")
COURSE=$(sql "SELECT lower($ID) FROM courses WHERE lower(cycle_id${ID#id}) = '$CYCLE' LIMIT 1")
SESSION_ID=$(sql "SELECT lower($ID) FROM course_sessions LIMIT 1")
PERSON=$(sql "SELECT lower($PID) FROM enrolments WHERE lower(course_id${ID#id}) = '$COURSE' LIMIT 1")

# run NAME HEADER PATH CONNECTIONS: prints requests/s and p99, and the ratio to /health at the
# same connections (measured first, in the same run).
declare -A HEALTH
run() {
    local out rps p99 each=$(( $4 / ${#PORTS[@]} > 0 ? $4 / ${#PORTS[@]} : 1 )) port
    out=$(for port in "${PORTS[@]}"; do
        wrk -t"$(( each < 2 ? 1 : 2 ))" -c"$each" -d"$DURATION" --latency -H "$2" "http://127.0.0.1:$port$3" &
    done; wait)
    rps=$(echo "$out" | awk '/Requests\/sec/ {s += $2} END {printf "%.2f", s}')
    # The worse p99 of the servers, in ms.
    p99=$(echo "$out" | awk '$1 == "99%" {v = $2; if (v ~ /us$/) ms = v / 1000; else if (v ~ /ms$/) ms = v + 0; \
        else ms = v * 1000; if (ms > m) m = ms} END {printf "%.2fms", m}')
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
