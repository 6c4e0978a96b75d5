#!/usr/bin/env bash
# Restores a dump made by scripts/pg-backup.sh into an empty PostgreSQL database, then checks that
# a sample of its national IDs opens with the key in this environment (SANFAN_ID_KEY) before the
# restore is trusted (docs/operations.md).
#
#   SANFAN_ID_KEY=… scripts/pg-restore.sh FILE DATABASE_URL
set -euo pipefail
file=${1:?usage: pg-restore.sh FILE DATABASE_URL}
url=${2:?usage: pg-restore.sh FILE DATABASE_URL}
bin=${SANFAN_BIN:-.build/release/sanfan}
tables=$(psql "${url%%\?*}" -Atq -c "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
[ "$tables" = "0" ] || { echo "the target database has $tables tables: restore only into an empty one" >&2; exit 1; }
pg_restore --no-owner --exit-on-error --single-transaction --dbname="${url%%\?*}" "$file"
DATABASE_URL="$url" "$bin" check-keys
echo "Restored $file. Run \`sanfan migrate\` if this build is newer, then start the app servers."
