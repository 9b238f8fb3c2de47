#!/usr/bin/env bash
# A demo site with campaign_app and the seed's county Transport Bureau, served in the desk.
# Creates the site, or refreshes it (migrate) when it exists, loads the demo (idempotent), then serves
# it on $CAMPAIGN_PORT (default 8000) until Ctrl-C. Uses the bench at $FRAPPE_BENCH, and builds one
# there first when there is none (scripts/setup-bench.sh: its sources are overridable).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SITE=${CAMPAIGN_SITE:-campaign.localhost}
PORT=${CAMPAIGN_PORT:-8000}
# Administrator's password: ADMIN_PASSWORD, or a random one for a new site (printed once); a refreshed
# site keeps the one it has unless ADMIN_PASSWORD is given
ADMIN_PASSWORD=${ADMIN_PASSWORD:-}

[ -d "$BENCH/apps/frappe" ] || bash "$REPO/scripts/setup-bench.sh"
require_bench
link_app
if [ -f "$BENCH/sites/$SITE/site_config.json" ]; then
	say "refreshing $SITE (bench migrate)"
	grep -qx "$APP" <(bench_ --site "$SITE" list-apps 2>/dev/null | awk '{print $1}') ||
		bench_ --site "$SITE" install-app "$APP"
	bench_ --site "$SITE" migrate >"$LOG_DIR/migrate.log" 2>&1 || { tail -30 "$LOG_DIR/migrate.log"; exit 1; }
else
	say "creating $SITE"
	[ -n "$ADMIN_PASSWORD" ] || ADMIN_PASSWORD=$(python3 -c 'import secrets; print(secrets.token_urlsafe(12))')
	fresh_site "$SITE" "$APP"
fi
[ -z "$ADMIN_PASSWORD" ] || bench_ --site "$SITE" set-admin-password "$ADMIN_PASSWORD" >/dev/null
say "loading the demo bureau"
bench_ --site "$SITE" campaign-demo
bench_ use "$SITE" >/dev/null

cat <<INFO

  campaign_app demo: http://127.0.0.1:$PORT/app/study-education
  log in as Administrator / ${ADMIN_PASSWORD:-(the password it had before; unchanged)}
  or as a demo cadre (e.g. chenjing@jtj.example.cn, the leading group office) with the demo
  password printed above when the users were first created.
  Ctrl-C stops the server.

INFO
cd "$BENCH" && exec bench serve --port "$PORT" --noreload
