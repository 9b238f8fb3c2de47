#!/usr/bin/env bash
# Read replica on Frappe's own engine (#13), on this machine, without touching the machine's MariaDB:
# starts two private MariaDB servers of its own (a primary with a binary log, and a replica that follows
# it by ordinary MariaDB replication), creates a site on the primary with campaign_app and Frappe's
# `read_from_replica`, then shows which server answers: the app's reports and list reads go to the
# replica (its query counters grow, the primary's do not), writes go to the primary and reach the replica.
# Both servers stop at the end (KEEP=1 leaves them running, for a look).
#
#   bash scripts/replica.sh
# Settings: REPLICA_DIR (/tmp/campaign-replica), PRIMARY_PORT (3316), REPLICA_PORT (3317),
# REPLICA_SITE (campaign-replica.localhost), REPLICA_READS (20).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DIR=${REPLICA_DIR:-/tmp/campaign-replica}
PRIMARY_PORT=${PRIMARY_PORT:-3316}
REPLICA_PORT=${REPLICA_PORT:-3317}
SITE=${REPLICA_SITE:-campaign-replica.localhost}
READS=${REPLICA_READS:-20}
ROOT_PW=$("$BENCH/env/bin/python" -c 'import secrets; print(secrets.token_hex(12))' 2>/dev/null || echo replica-root)
REPL_PW=$("$BENCH/env/bin/python" -c 'import secrets; print(secrets.token_hex(12))' 2>/dev/null || echo replica-repl)

require_bench
link_app
for cmd in mariadbd mariadb-install-db mariadb; do
	command -v "$cmd" >/dev/null || [ -x "/usr/sbin/$cmd" ] || {
		echo "missing $cmd (apt-get install mariadb-server mariadb-client)" >&2
		exit 1
	}
done
MARIADBD=$(command -v mariadbd || echo /usr/sbin/mariadbd)

stop_servers() {
	for name in replica primary; do
		[ -f "$DIR/$name.pid" ] && kill "$(cat "$DIR/$name.pid")" 2>/dev/null || true
	done
}
[ "${KEEP:-0}" = 1 ] || trap stop_servers EXIT

start_server() { # start_server NAME PORT SERVER_ID [extra mariadbd options…]
	local name=$1 port=$2 id=$3
	shift 3
	rm -rf "${DIR:?}/$name"
	mkdir -p "$DIR/$name"
	mariadb-install-db --no-defaults --user="$(id -un)" --datadir="$DIR/$name" \
		--auth-root-authentication-method=normal >"$DIR/$name-install.log" 2>&1
	"$MARIADBD" --no-defaults --user="$(id -un)" --datadir="$DIR/$name" --port="$port" \
		--bind-address=127.0.0.1 --socket="$DIR/$name.sock" --pid-file="$DIR/$name.pid" \
		--log-error="$DIR/$name.err" --server-id="$id" --character-set-server=utf8mb4 \
		--collation-server=utf8mb4_unicode_ci --skip-name-resolve "$@" &
	for _ in $(seq 60); do
		mariadb --no-defaults -S "$DIR/$name.sock" -uroot -e "select 1" >/dev/null 2>&1 && break
		sleep 1
	done
	# root over TCP for bench, kept out of the binary log (each server gets its own)
	mariadb --no-defaults -S "$DIR/$name.sock" -uroot -e "
		set sql_log_bin = 0;
		create user if not exists 'root'@'127.0.0.1';
		alter user 'root'@'127.0.0.1' identified by '$ROOT_PW';
		grant all on *.* to 'root'@'127.0.0.1' with grant option;"
}

sql() { # sql NAME STATEMENT
	mariadb --no-defaults -h127.0.0.1 -P "$([ "$1" = primary ] && echo "$PRIMARY_PORT" || echo "$REPLICA_PORT")" \
		-uroot -p"$ROOT_PW" -N -e "$2"
}

say "primary MariaDB on 127.0.0.1:$PRIMARY_PORT (binary log), replica on 127.0.0.1:$REPLICA_PORT ($DIR)"
stop_servers
start_server primary "$PRIMARY_PORT" 1 --log-bin="$DIR/primary/binlog" --binlog-format=ROW
start_server replica "$REPLICA_PORT" 2 --read-only=1 --relay-log="$DIR/replica/relay"
sql primary "set sql_log_bin = 0;
	create user 'repl'@'127.0.0.1' identified by '$REPL_PW';
	grant replication slave on *.* to 'repl'@'127.0.0.1';"
sql replica "change master to master_host = '127.0.0.1', master_port = $PRIMARY_PORT, master_user = 'repl',
	master_password = '$REPL_PW', master_use_gtid = slave_pos; start slave;"

say "site $SITE on the primary, with campaign_app"
[ ! -d "$BENCH/sites/$SITE" ] || rm -rf "${BENCH:?}/sites/$SITE"
bench_ new-site "$SITE" --db-host 127.0.0.1 --db-port "$PRIMARY_PORT" --db-root-username root \
	--db-root-password "$ROOT_PW" --no-mariadb-socket --admin-password admin --install-app "$APP" \
	>"$LOG_DIR/replica-new-site.log" 2>&1 || { tail -20 "$LOG_DIR/replica-new-site.log" >&2; exit 1; }
bench_ --site "$SITE" set-config -p read_from_replica 1 >/dev/null
bench_ --site "$SITE" set-config replica_host 127.0.0.1 >/dev/null
bench_ --site "$SITE" set-config -p replica_db_port "$REPLICA_PORT" >/dev/null

say "reads and writes through Frappe"
"$BENCH/env/bin/python" - "$BENCH" "$SITE" "$PRIMARY_PORT" "$REPLICA_PORT" "$ROOT_PW" "$READS" <<'PY'
import os, sys, time
bench, site, primary_port, replica_port, root_pw, reads = sys.argv[1:7]
os.chdir(f"{bench}/sites")
import pymysql
import frappe

def counters(port):
	conn = pymysql.connect(host="127.0.0.1", port=int(port), user="root", password=root_pw)
	with conn.cursor() as cur:
		cur.execute("show global status where Variable_name in ('Com_select', 'Com_insert')")
		values = {k: int(v) for k, v in cur.fetchall()}
	conn.close()
	return values

# Each read is a real request through Frappe's WSGI application, as the desk sends it: Frappe opens the
# replica connection once per request, inside the functions it marks read_only
from frappe.utils import get_test_client

client = get_test_client()
headers = {"X-Frappe-Site-Name": site}
login = client.post("/api/method/login", data={"usr": "Administrator", "pwd": "admin"}, headers=headers)
assert login.status_code == 200
login.close()  # closing a response ends its request (frappe.destroy), as a server does
frappe.init(site=site, sites_path=".")
db_name = frappe.conf.db_name
frappe.destroy()

def get(path, **params):
	r = client.get(path, query_string=params, headers=headers)
	assert r.status_code == 200, r.get_data(as_text=True)[:300]
	r.close()

from frappe.installer import update_site_config

def reads_pass(from_replica):
	"""The reads, with read_from_replica on or off; {server: selects it answered}."""
	frappe.init(site=site, sites_path=".")
	update_site_config("read_from_replica", from_replica, site_config_path=f"{site}/site_config.json")
	frappe.destroy()
	before = {"primary": counters(primary_port), "replica": counters(replica_port)}
	for _ in range(int(reads)):
		get("/api/method/frappe.desk.query_report.run", report_name="Rectification Progress by Unit", filters="{}")
		get("/api/method/frappe.desk.reportview.get_count", doctype="Rectification Item", filters="[]", limit=1001)
	return {k: counters(p)["Com_select"] - before[k]["Com_select"] for k, p in (("primary", primary_port), ("replica", replica_port))}

off, on = reads_pass(0), reads_pass(1)
reads_done = {"primary": counters(primary_port), "replica": counters(replica_port)}
name = f"副本演示单位 {int(time.time())}"
r = client.post("/api/resource/Campaign Unit", json={"unit_name": name, "unit_type": "Bureau"}, headers=headers)
assert r.status_code == 200, r.get_data(as_text=True)[:300]
r.close()
writes_done = {"primary": counters(primary_port), "replica": counters(replica_port)}

def seen_on_replica():
	conn = pymysql.connect(host="127.0.0.1", port=int(replica_port), user="root", password=root_pw,
		database=db_name)
	with conn.cursor() as cur:
		cur.execute("select count(*) from `tabCampaign Unit` where name = %s", name)
		found = cur.fetchone()[0]
	conn.close()
	return found

for _ in range(30):
	if seen_on_replica():
		break
	time.sleep(0.5)
delta = lambda a, b, key: b[key] - a[key]
print(f"{reads} requests each of the 整改进度 report and the list count (HTTP, as Administrator); SELECTs answered:")
print(f"  {'':<24} {'primary':>8} {'replica':>8}")
print(f"  {'read_from_replica off':<24} {off['primary']:>8} {off['replica']:>8}")
print(f"  {'read_from_replica on':<24} {on['primary']:>8} {on['replica']:>8}")
print("  (Frappe serves the functions it marks read_only, here the report and the list's count, from the")
print("  replica; the app's scope is applied there like anywhere)")
print("one Campaign Unit created (POST /api/resource):")
for server in ("primary", "replica"):
	print(f"  {server:<8} Com_insert +{delta(reads_done[server], writes_done[server], 'Com_insert')} (statements run on it)")
print(f"  the new unit on the replica: {'yes' if seen_on_replica() else 'NO'} (applied by replication)")
ok = on["replica"] > 0 and off["replica"] == 0 and on["primary"] < off["primary"] and seen_on_replica()
sys.exit(0 if ok else 1)
PY
