#!/usr/bin/env bash
# Property-based fuzzing of the JSON API against the document it serves (schemathesis).
# Passes only with no server error and no answer the document does not describe: status, content
# type, headers and body schema. Usage: Tests/api/fuzz.sh http://127.0.0.1:PORT [max-examples]
# The server must hold the demo data; the run changes it (it registers people, adds sessions).
set -euo pipefail
BASE=${1:?base URL}
EXAMPLES=${2:-40}
WORK=$(mktemp -d /tmp/sanfan-fuzz.XXXXXX)
CHECKS=not_a_server_error,status_code_conformance,content_type_conformance,response_headers_conformance,response_schema_conformance

token() {
    curl -fsS -X POST -H 'Content-Type: application/json' \
        -d "{\"username\":\"$1\",\"password\":\"sanfan-demo\"}" "$BASE/api/v1/auth/token" |
        python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])'
}
first() { python3 -c "import json, sys; d = json.load(sys.stdin); print($1)"; }

ADMIN=$(token demo-admin)
auth=(-H "Authorization: Bearer $ADMIN")
# Real identifiers, so the operations on one record reach a record instead of a 404 every time.
CYCLE=$(curl -fsS "${auth[@]}" "$BASE/api/v1/cycles" | first 'd[-1]["id"]')
COURSE=$(curl -fsS "${auth[@]}" "$BASE/api/v1/courses" | first 'd["items"][0]["id"]')
SESSION=$(curl -fsS "${auth[@]}" "$BASE/api/v1/courses/$COURSE" | first 'd["sessions"][0]["id"]')
PERSON=$(curl -fsS "${auth[@]}" "$BASE/api/v1/participants?limit=1" | first 'd["items"][0]["id"]')
ENROLMENT=$(curl -fsS "${auth[@]}" "$BASE/api/v1/courses/$COURSE/enrolments" | first 'd["items"][0]["id"]')
COMMUNITY=$(curl -fsS "${auth[@]}" "$BASE/api/v1/communities" | first 'd["items"][0]["id"]')
ROUND=$(curl -fsS "${auth[@]}" "$BASE/api/v1/assessments" | first 'd["items"][0]["id"]')
cat >"$WORK/schemathesis.toml" <<TOML
[parameters]
"path.cycleID" = "$CYCLE"
"path.courseID" = "$COURSE"
"path.sessionID" = "$SESSION"
"path.participantID" = "$PERSON"
"path.enrolmentID" = "$ENROLMENT"
"path.communityID" = "$COMMUNITY"
"path.roundID" = "$ROUND"
TOML

run() {
    schemathesis --config-file "$WORK/schemathesis.toml" run "$BASE/api/openapi.json" --checks "$CHECKS" \
        --max-examples "$EXAMPLES" --workers 1 --seed 20261129 --phases examples,coverage,fuzzing \
        --no-color --warnings off "$@"
}

echo "== every operation but the token's, as HQ, an estate officer, a bank, an assessor and an employer"
# Revoking the token would end the run's own session; issuing one is fuzzed last (it locks addresses).
for user in demo-admin demo-officer demo-partner demo-assessor demo-employer; do
    echo "-- as $user"
    run -H "Authorization: Bearer $(token "$user")" --exclude-path /api/v1/auth/token
done
echo "== issuing tokens (last: wrong passwords lock this address for 15 minutes)"
run --include-path /api/v1/auth/token --include-method POST
