#!/usr/bin/env bash
# Province-scale benchmark (not part of the test suite): 1,000,000 rectification items over 5,000 units;
# times the unit progress report and the daily light job against bare SQL and prints the ratios.
#
#   bash scripts/benchmark.sh [SITE]          SITE defaults to campaign-bench.localhost
#
# Uses the existing bench at $FRAPPE_BENCH (default /opt/frappe-bench). Creates the site with the app
# when it is missing and never drops an existing one; the fixture stays on the site and is reused by the
# next run (the first run builds it, a few minutes). Settings: BENCH_ITEMS (1000000), BENCH_UNITS (5000),
# BENCH_REPEAT (3).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SITE=${1:-campaign-bench.localhost}
ITEMS=${BENCH_ITEMS:-1000000}
UNITS=${BENCH_UNITS:-5000}
REPEAT=${BENCH_REPEAT:-3}

require_bench
link_app

if [ ! -d "$BENCH/sites/$SITE" ]; then
	say "creating $SITE with $APP"
	mapfile -t site_args < <(new_site_args)
	log="$LOG_DIR/new-site-$SITE.log"
	if ! bench_ new-site "$SITE" --admin-password "${ADMIN_PASSWORD:-admin}" "${site_args[@]}" \
		--install-app "$APP" >"$log" 2>&1; then
		tr '\r' '\n' <"$log" | grep -v 'Updating DocTypes' | tail -30 >&2
		exit 1
	fi
elif ! bench_ --site "$SITE" list-apps 2>/dev/null | grep -q "^$APP"; then
	say "installing $APP on $SITE"
	bench_ --site "$SITE" install-app "$APP"
else
	say "migrating $SITE (indexes)"
	bench_ --site "$SITE" migrate >"$LOG_DIR/migrate-$SITE.log" 2>&1 || {
		tail -30 "$LOG_DIR/migrate-$SITE.log" >&2
		exit 1
	}
fi

say "benchmark on $SITE: $ITEMS items, $UNITS units, $REPEAT runs"
bench_ --site "$SITE" execute campaign_app.tools.benchmark.run \
	--kwargs "{'items': $ITEMS, 'units': $UNITS, 'repeat': $REPEAT}"
