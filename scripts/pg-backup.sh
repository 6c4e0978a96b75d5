#!/usr/bin/env bash
# A logical backup of Sanfan's PostgreSQL database (docs/operations.md): one consistent snapshot
# with pg_dump's custom format, taken while the app servers run, then read back as a check.
#
#   scripts/pg-backup.sh DATABASE_URL FILE
set -euo pipefail
url=${1:?usage: pg-backup.sh DATABASE_URL FILE}
file=${2:?usage: pg-backup.sh DATABASE_URL FILE}
[ -e "$file" ] && { echo "$file exists already: choose a new file" >&2; exit 1; }
pg_dump --format=custom --no-owner --file="$file" "${url%%\?*}"
# The dump's table of contents must list the registry and the migrations it was made at.
# (Listed into a variable first: `grep -q` stops reading at the first match, and with pipefail
# pg_restore's broken pipe would then fail the check at random.)
listing=$(pg_restore --list "$file")
grep -q "TABLE DATA public participants" <<<"$listing" \
    || { echo "the dump holds no registry: removed" >&2; rm -f "$file"; exit 1; }
echo "Backed up to $file: $(du -h "$file" | cut -f1). Keep SANFAN_ID_KEY and the signing key file apart from it."
