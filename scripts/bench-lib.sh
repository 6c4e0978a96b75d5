# Shared by the HTTP benchmarks (sourced, not run): start the release server on $PORT, stop it on
# exit, and sign in as bench-admin through the sign-in form (with its CSRF token).

# start_server: runs "$BIN serve" in the background as $SERVER and waits for /health.
# The benchmark's accounts are synthetic ones on a scratch database: no second sign-in step.
export SANFAN_REQUIRE_TWO_FACTOR=${SANFAN_REQUIRE_TWO_FACTOR:-false}

start_server() {
    "$BIN" serve --hostname 127.0.0.1 --port "$PORT" >"/tmp/sanfan-bench-server-$PORT.log" 2>&1 &
    SERVER=$!
    trap 'kill $SERVER 2>/dev/null || true' EXIT
    # Up to ten minutes: a server brings the figure store up to date before it listens, which after
    # a bulk load rebuilds it (about a minute at a million people).
    for _ in $(seq 1 600); do curl -fsS "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break; sleep 1; done
}

# sign_in PASSWORD: sets $SESSION to a browser session of bench-admin, or exits.
sign_in() {
    [ -n "$1" ] || { echo "no password from sanfan bench" >&2; exit 1; }
    local jar csrf
    jar=$(mktemp)
    csrf=$(curl -s -c "$jar" "http://127.0.0.1:$PORT/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
    curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "_csrf=$csrf" --data-urlencode "username=bench-admin" \
        --data-urlencode "password=$1" "http://127.0.0.1:$PORT/login"
    SESSION=$(awk '$6 == "sanfan-session" {print $7}' "$jar")
    rm -f "$jar"
    [ -n "$SESSION" ] || { echo "sign-in failed" >&2; exit 1; }
}
