#!/usr/bin/env bash
# The public verify page over HTTP at 64 connections (wrk, random codes from a million, each request
# from its own client address, so the per-client limit does not step in), beside GET /health as the
# raw baseline in the same run; and the printout of a round of 100 certificates (HTML with 100 QR
# codes) for a signed-in officer. A benchmark, not a test: run it by hand on an idle machine and
# copy the figures into docs/benchmarks.md. Usage: scripts/bench-verify.sh [certificates]
set -euo pipefail
cd "$(dirname "$0")/.."
CERTIFICATES=${1:-1000000}
BIN=${BIN:-.build-release/release/sanfan}
export SANFAN_DATA_DIR=${SANFAN_DATA_DIR:-./bench-certificates}
export LOG_LEVEL=${LOG_LEVEL:-warning}
PORT=${PORT:-8182}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-64}

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -x "$BIN" ] || swift build -c release --product sanfan --scratch-path .build-release

CODES=$(mktemp)
OUTPUT=$("$BIN" bench-certificates --certificates "$CERTIFICATES" --iterations 1000 --codes "$CODES" --token)
echo "$OUTPUT" | grep -v -E "^(token|password):"
PASSWORD=$(echo "$OUTPUT" | awk '/^password:/ {print $2}')
ROUND=$(echo "$OUTPUT" | awk '/^print round:/ {print $3}')

# Behind a (pretend) proxy, so each request can come from its own address.
# shellcheck source=scripts/bench-lib.sh
. scripts/bench-lib.sh
SANFAN_TRUST_PROXY=true start_server

LUA=$(mktemp --suffix=.lua)
cat >"$LUA" <<LUA
local codes = {}
for line in io.lines("$CODES") do codes[#codes + 1] = line end
local n = 0
request = function()
  n = n + 1
  local code = codes[math.random(#codes)]
  local client = "10." .. (n % 250) .. "." .. (math.floor(n / 250) % 250) .. "." .. math.random(1, 250)
  return wrk.format("GET", "/verify/" .. code, { ["X-Forwarded-For"] = client })
end
LUA

run() {
    echo "### $1"
    shift
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$@" | grep -E "Latency|50%|99%|Requests/sec|Non-2xx"
}
run "baseline: GET /health" "http://127.0.0.1:$PORT/health"
run "GET /verify/{code}, random codes" -s "$LUA" "http://127.0.0.1:$PORT"

sign_in "$PASSWORD"
echo "### print a round's certificates (the bench-print round: 100), one connection"
for _ in 1 2 3; do
    curl -s -o /dev/null -w "%{http_code} %{size_download} bytes %{time_total} s\n" \
        -H "Cookie: sanfan-session=$SESSION" "http://127.0.0.1:$PORT/assessments/$ROUND/certificates/print"
done
