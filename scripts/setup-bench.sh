#!/usr/bin/env bash
# Build a Frappe v15 bench at $FRAPPE_BENCH (default /opt/frappe-bench) when there is none, the standard
# way (pip install frappe-bench; bench init --frappe-branch version-15), then stop. Nothing is built when
# the bench exists. It never installs or restarts MariaDB or Redis: it says what is missing instead.
#
# Sources (a git URL or a local clone), overridable:
#   FRAPPE_SOURCE    default https://github.com/frappe/frappe      FRAPPE_BRANCH default version-15
#   ERPNEXT_SOURCE   optional (ERPNext is optional)                 ERPNEXT_BRANCH default version-15
#   AIR_DATEPICKER_SOURCE  optional: a clone of frappe/air-datepicker for a machine that cannot reach
#                    GitHub (Frappe's package.json fetches that one dependency as a GitHub tarball)
#   DB_ROOT_PASSWORD MariaDB's root password (kept in the bench's common_site_config.json)
#   REDIS_URL        default redis://127.0.0.1:6379 (cache, queue and socketio)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

FRAPPE_SOURCE=${FRAPPE_SOURCE:-https://github.com/frappe/frappe}
FRAPPE_BRANCH=${FRAPPE_BRANCH:-version-15}
ERPNEXT_BRANCH=${ERPNEXT_BRANCH:-version-15}
REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379}
PYTHON=${PYTHON:-$(command -v python3.11 || command -v python3)}

if [ -d "$BENCH/apps/frappe" ]; then
	say "a bench exists at $BENCH: nothing to build"
	exit 0
fi

# ---- what the machine must already have
missing=""
need() { command -v "$1" >/dev/null || missing="$missing\n  - $1: $2"; }
need git "install git (apt-get install git)"
need node "install Node.js 18 or newer (https://nodejs.org or apt-get install nodejs)"
need npm "install npm (apt-get install npm)"
need mysql "install the MariaDB client (apt-get install mariadb-client)"
[ -n "$PYTHON" ] || missing="$missing\n  - python3.10 or newer (apt-get install python3 python3-venv python3-dev)"
if [ -n "$PYTHON" ] && ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 10))'; then
	missing="$missing\n  - Python 3.10 or newer ($PYTHON is $("$PYTHON" -V 2>&1))"
fi
reachable() {
	"${PYTHON:-python3}" -c "import socket,sys; socket.create_connection((sys.argv[1], int(sys.argv[2])), timeout=3)" "$1" "$2" 2>/dev/null
}
reachable 127.0.0.1 3306 || missing="$missing\n  - MariaDB 10.6+ running on 127.0.0.1:3306 (apt-get install mariadb-server; utf8mb4, see README)"
redis_host=$(printf '%s' "$REDIS_URL" | sed -E 's#^redis://([^:/]+).*#\1#')
redis_port=$(printf '%s' "$REDIS_URL" | sed -nE 's#^redis://[^:/]+:([0-9]+).*#\1#p')
reachable "$redis_host" "${redis_port:-6379}" || missing="$missing\n  - Redis running at $REDIS_URL (apt-get install redis-server)"
if [ -n "$missing" ]; then
	printf 'Cannot build a bench at %s; missing:%b\n' "$BENCH" "$missing" >&2
	exit 1
fi
command -v yarn >/dev/null || { say "installing yarn (npm install -g yarn)"; npm install -g yarn >/dev/null; }
command -v bench >/dev/null || { say "installing the bench command (pip install frappe-bench)"; "$PYTHON" -m pip install --quiet frappe-bench; }

work=$(mktemp -d -t campaign-bench.XXXX)
frappe_src="$FRAPPE_SOURCE"
if [ -n "${AIR_DATEPICKER_SOURCE:-}" ]; then
	# a local copy of Frappe whose package.json takes air-datepicker from the given clone
	say "Frappe $FRAPPE_BRANCH from $FRAPPE_SOURCE, air-datepicker from $AIR_DATEPICKER_SOURCE"
	git clone --quiet --branch "$FRAPPE_BRANCH" "$FRAPPE_SOURCE" "$work/frappe"
	git clone --quiet "$AIR_DATEPICKER_SOURCE" "$work/air-datepicker"
	sed -i "s#\"air-datepicker\": \"[^\"]*\"#\"air-datepicker\": \"file:$work/air-datepicker\"#" "$work/frappe/package.json"
	git -C "$work/frappe" -c user.email=setup@localhost -c user.name=setup commit --quiet -am "air-datepicker from a local clone"
	frappe_src="$work/frappe"
fi

# bench refuses to run as root unless the bench's config names the user; give it one to start from
mkdir -p "$work/init/sites"
[ "$(id -u)" != 0 ] || printf '{"frappe_user": "root"}\n' >"$work/init/sites/common_site_config.json"
say "bench init $BENCH (Frappe $FRAPPE_BRANCH; about ten minutes)"
(cd "$work/init" && bench init --no-backups --skip-redis-config-generation --frappe-path "$frappe_src" \
	--frappe-branch "$FRAPPE_BRANCH" --python "$PYTHON" "$BENCH") >"$LOG_DIR/bench-init.log" 2>&1 ||
	{ tail -30 "$LOG_DIR/bench-init.log" >&2; exit 1; }
"$BENCH/env/bin/python" -m pip install --quiet 'setuptools<81'  # Frappe 15 still imports pkg_resources
[ "$(id -u)" != 0 ] || bench_ set-config -g frappe_user root >/dev/null
for key in redis_cache redis_queue redis_socketio; do bench_ set-config -g "$key" "$REDIS_URL" >/dev/null; done
bench_ set-config -g db_host 127.0.0.1 >/dev/null
[ -z "${DB_ROOT_PASSWORD:-}" ] || bench_ set-config -g root_password "$DB_ROOT_PASSWORD" >/dev/null
if [ -n "${ERPNEXT_SOURCE:-}" ]; then
	say "bench get-app erpnext from $ERPNEXT_SOURCE"
	git clone --quiet --branch "$ERPNEXT_BRANCH" "$ERPNEXT_SOURCE" "$work/erpnext" 2>/dev/null ||
		git clone --quiet "$ERPNEXT_SOURCE" "$work/erpnext"
	bench_ get-app "$work/erpnext" >"$LOG_DIR/get-erpnext.log" 2>&1 || { tail -30 "$LOG_DIR/get-erpnext.log" >&2; exit 1; }
fi
say "bench ready at $BENCH"
