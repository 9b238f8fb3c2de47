#!/usr/bin/env bash
# Load test (#13), bounded and on localhost only: gunicorn with W workers serves the benchmark site
# (1,000,000 items; `bash scripts/benchmark.sh` builds it), while N real users (the benchmark's unit
# head, leader and staff, logged in through /api/method/login) work the desk's requests for a fixed time:
# list view, form, the 整改进度 report, the staff's progress reports with an uploaded photo, and workflow
# moves (the staff ask for close-out with evidence, the leader returns with a reason).
# Prints throughput, p50/p95/p99 per action, errors (must be 0) and lost updates (must be 0).
#
#   bash scripts/loadtest.sh [SITE]     SITE defaults to campaign-bench.localhost
# Settings: LOAD_WORKERS (gunicorn workers, 2), LOAD_SECONDS (60), LOAD_STAFF (8), LOAD_PORT (8010).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SITE=${1:-campaign-bench.localhost}
WORKERS=${LOAD_WORKERS:-2}
SECONDS_=${LOAD_SECONDS:-60}
STAFF=${LOAD_STAFF:-8}
PORT=${LOAD_PORT:-8010}

require_bench
link_app
[ -d "$BENCH/sites/$SITE" ] || { echo "no site $SITE: run scripts/benchmark.sh first" >&2; exit 1; }

password=$("$BENCH/env/bin/python" -c 'import secrets; print(secrets.token_urlsafe(12))')
prepared=$(bench_ --site "$SITE" execute campaign_app.tools.loadtest.prepare \
	--kwargs "{'password': '$password', 'staff': $STAFF}" 2>>"$LOG_DIR/loadtest.log" | tail -1)

say "gunicorn with $WORKERS workers on 127.0.0.1:$PORT"
(cd "$BENCH/sites" && exec "$BENCH/env/bin/gunicorn" -b "127.0.0.1:$PORT" -w "$WORKERS" -t 120 \
	--log-file "$LOG_DIR/gunicorn.log" frappe.app:application) &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 60); do
	curl -fs -o /dev/null -H "X-Frappe-Site-Name: $SITE" "http://127.0.0.1:$PORT/api/method/ping" && break
	sleep 1
done

say "$(printf '%s' "$prepared" | "$BENCH/env/bin/python" -c 'import json,sys; print(len(json.load(sys.stdin)["people"]))') users for $SECONDS_ s"
"$BENCH/env/bin/python" "$REPO/scripts/loadtest.py" "http://127.0.0.1:$PORT" "$SITE" "$prepared" "$password" "$SECONDS_"
