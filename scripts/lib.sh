# Shared by scripts/test.sh, scripts/demo.sh and scripts/setup-bench.sh. The test command uses an existing
# Frappe v15 bench and refuses to run without one; the demo builds one first (setup-bench.sh).
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH=${FRAPPE_BENCH:-/opt/frappe-bench}
APP=campaign_app
LOG_DIR=${LOG_DIR:-$(mktemp -d -t campaign_app.XXXX)}

say() { printf '\033[1m[%s] %s\033[0m\n' "$(date +%H:%M:%S)" "$*"; }

bench_() { (cd "$BENCH" && bench "$@"); }

require_bench() {
	local missing=""
	[ -d "$BENCH/apps/frappe" ] || missing="$missing\n  - a Frappe v15 bench at $BENCH (no $BENCH/apps/frappe); set FRAPPE_BENCH to use another"
	[ -x "$BENCH/env/bin/python" ] || missing="$missing\n  - the bench's Python environment ($BENCH/env/bin/python)"
	command -v bench >/dev/null || missing="$missing\n  - the bench command (pip install frappe-bench)"
	if [ -z "$missing" ]; then
		"$BENCH/env/bin/python" - "$BENCH" <<'PY' || missing="$missing\n  - the bench's MariaDB or Redis (see the lines above)"
import json, socket, sys
from urllib.parse import urlparse
conf = json.load(open(f"{sys.argv[1]}/sites/common_site_config.json"))
ok = True
for key, default in (("db_host", "127.0.0.1"), ("redis_cache", None), ("redis_queue", None)):
	value = conf.get(key) or default
	if not value:
		print(f"  common_site_config.json has no {key}"); ok = False; continue
	url = urlparse(value if "://" in value else f"tcp://{value}")
	port = url.port or (3306 if key == "db_host" else 6379)
	try:
		socket.create_connection((url.hostname, port), timeout=3).close()
	except OSError as e:
		print(f"  cannot reach {key} at {url.hostname}:{port}: {e}"); ok = False
sys.exit(0 if ok else 1)
PY
	fi
	if [ -n "$missing" ]; then
		printf 'campaign_app needs an existing Frappe v15 bench; missing:%b\n' "$missing" >&2
		printf 'See README.md, "Prerequisites"; scripts/setup-bench.sh (run by scripts/demo.sh) builds one.\n' >&2
		return 1
	fi
}

# Put this checkout into the bench as the app: a link, an editable install, and apps.txt.
link_app() {
	if [ "$(readlink -f "$BENCH/apps/$APP")" != "$REPO" ]; then
		rm -rf "${BENCH:?}/apps/$APP"
		ln -s "$REPO" "$BENCH/apps/$APP"
	fi
	"$BENCH/env/bin/python" -m pip install --quiet --no-build-isolation --no-deps -e "$REPO" 2>/dev/null ||
		"$BENCH/env/bin/python" -m pip install --quiet --no-deps -e "$REPO"
	# the app's public files under /assets/campaign_app (the cadre template), as `bench build` links them
	mkdir -p "$BENCH/sites/assets"
	ln -sfn "$BENCH/apps/$APP/$APP/public" "$BENCH/sites/assets/$APP"
	if ! grep -qx "$APP" "$BENCH/sites/apps.txt"; then
		[ -n "$(tail -c1 "$BENCH/sites/apps.txt")" ] && printf '\n' >>"$BENCH/sites/apps.txt"
		printf '%s\n' "$APP" >>"$BENCH/sites/apps.txt"
	fi
}

db_root_args() {
	if [ -n "${DB_ROOT_PASSWORD:-}" ]; then printf -- '--db-root-password\n%s\n' "$DB_ROOT_PASSWORD"; fi
}

# Arguments of `bench new-site` for the scripts' own sites: the root password, and the site's database
# user allowed from any host ('%'), so that it logs in over TCP (db_host 127.0.0.1) even where MariaDB
# runs with skip-name-resolve, which makes a user@localhost unusable over TCP.
new_site_args() {
	db_root_args
	printf -- '--no-mariadb-socket\n'
}

# A new, empty site with the given apps (drops any site of that name first).
fresh_site() {
	local site=$1; shift
	local args=() app
	mapfile -t root < <(db_root_args)
	mapfile -t site_args < <(new_site_args)
	for app in "$@"; do args+=(--install-app "$app"); done
	if [ -d "$BENCH/sites/$site" ]; then
		bench_ drop-site "$site" --force --no-backup "${root[@]}" >/dev/null 2>&1 || rm -rf "${BENCH:?}/sites/$site"
	fi
	local log="$LOG_DIR/new-site-$site.log"
	if ! bench_ new-site "$site" --force --admin-password "${ADMIN_PASSWORD:-admin}" "${site_args[@]}" "${args[@]}" >"$log" 2>&1; then
		tr '\r' '\n' <"$log" | grep -v 'Updating DocTypes' | tail -30 >&2
		return 1
	fi
}
