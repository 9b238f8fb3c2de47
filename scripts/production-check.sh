#!/usr/bin/env bash
# Production layout check (#13): the bench's own production configuration, generated as
# `bench setup production` generates it (supervisor programs and nginx), run for a few minutes on this
# machine and checked, then stopped. Not part of the test command; it needs Debian's nginx and supervisor
# (`apt-get install nginx supervisor`) and never touches the system's own nginx or supervisor services:
# both run from a folder of their own on PROD_PORT, and stop when the script ends.
#
#   bash scripts/production-check.sh [SITE]     SITE defaults to campaign-prod.localhost (the demo)
#
# Checks: gunicorn, the scheduler, the short and long workers run under supervisor; the desk answers
# through nginx; nginx overwrites X-Forwarded-For (a login through nginx with a forged header is logged
# from nginx's address, one straight to gunicorn from the forged one); the daily job runs on the `long`
# queue, by the long worker, and the remedial check on `short`. Writes the bench's config/supervisor.conf
# and config/nginx.conf (as `bench setup supervisor` / `bench setup nginx` do) and sets dns_multitenant.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SITE=${1:-campaign-prod.localhost}
PORT=${PROD_PORT:-8090}
WORK="$LOG_DIR/production"
mkdir -p "$WORK/tmp"

missing=""
command -v nginx >/dev/null || missing="$missing nginx"
command -v supervisord >/dev/null || missing="$missing supervisor"
if [ -n "$missing" ]; then
	echo "the production check needs:$missing (Debian: apt-get install$missing)" >&2
	exit 1
fi
require_bench
link_app

if [ ! -d "$BENCH/sites/$SITE" ]; then
	say "creating $SITE with the demo"
	mapfile -t site_args < <(new_site_args)
	bench_ new-site "$SITE" --admin-password "${ADMIN_PASSWORD:-admin}" "${site_args[@]}" \
		--install-app "$APP" >"$WORK/new-site.log" 2>&1 || { tail -20 "$WORK/new-site.log" >&2; exit 1; }
	bench_ --site "$SITE" campaign-demo >"$WORK/demo.log" 2>&1 || { tail -20 "$WORK/demo.log" >&2; exit 1; }
fi

say "the bench's production configuration (bench setup supervisor / nginx)"
bench_ config dns_multitenant on
bench_ setup supervisor --skip-redis --yes >"$WORK/setup.log" 2>&1
bench_ setup nginx --yes >>"$WORK/setup.log" 2>&1
grep -q 'proxy_set_header X-Forwarded-For $remote_addr;' "$BENCH/config/nginx.conf" ||
	{ echo "nginx.conf does not overwrite X-Forwarded-For" >&2; exit 1; }

# nginx on PROD_PORT from this folder, with the bench's server block as generated
sed -e "s/listen 80;/listen $PORT;/" -e '/listen \[::\]:80;/d' "$BENCH/config/nginx.conf" >"$WORK/bench-nginx.conf"
cat >"$WORK/nginx.conf" <<EOF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 256; }
http {
	include /etc/nginx/mime.types;
	# as bench's own nginx.conf template defines it for the site blocks
	log_format main '\$remote_addr - \$remote_user [\$time_local] "\$request" \$status \$body_bytes_sent '
		'"\$http_referer" "\$http_user_agent" "\$http_x_forwarded_for"';
	access_log $WORK/nginx-access.log;
	client_body_temp_path $WORK/tmp/body;
	proxy_temp_path $WORK/tmp/proxy;
	fastcgi_temp_path $WORK/tmp/fastcgi;
	uwsgi_temp_path $WORK/tmp/uwsgi;
	scgi_temp_path $WORK/tmp/scgi;
	include $WORK/bench-nginx.conf;
}
EOF
cat >"$WORK/supervisord.conf" <<EOF
[unix_http_server]
file=$WORK/supervisor.sock
[supervisord]
logfile=$WORK/supervisord.log
pidfile=$WORK/supervisord.pid
childlogdir=$WORK
[rpcinterface:supervisor]
supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface
[supervisorctl]
serverurl=unix://$WORK/supervisor.sock
[include]
files=$BENCH/config/supervisor.conf
EOF

stop() {
	supervisorctl -c "$WORK/supervisord.conf" shutdown >/dev/null 2>&1 || true
	nginx -c "$WORK/nginx.conf" -p "$WORK" -s stop 2>/dev/null || true
	bench_ --site "$SITE" disable-scheduler >/dev/null 2>&1 || true
}
trap stop EXIT

web_port=$("$BENCH/env/bin/python" -c "import json; print(json.load(open('$BENCH/sites/common_site_config.json')).get('webserver_port', 8000))")
if curl -s -o /dev/null "http://127.0.0.1:$web_port/"; then
	echo "port $web_port (the bench's webserver_port) is in use: stop what serves it first" >&2
	exit 1
fi

say "supervisord with the bench's programs; nginx on 127.0.0.1:$PORT"
nginx -t -c "$WORK/nginx.conf" -p "$WORK" 2>&1 | tail -1
log="$BENCH/logs/worker.log"
log_start=$(($(cat "$log" 2>/dev/null | wc -l) + 1))  # the workers' lines of this run only
nginx -c "$WORK/nginx.conf" -p "$WORK"
supervisord -c "$WORK/supervisord.conf"
bench_ --site "$SITE" enable-scheduler >/dev/null
for _ in $(seq 90); do
	curl -fs -o /dev/null -H "Host: $SITE" "http://127.0.0.1:$PORT/api/method/ping" && break
	sleep 1
done
sleep 5
supervisorctl -c "$WORK/supervisord.conf" status | sed 's/^/  /'

fails=0
check() { # label, condition result (0 = ok)
	if [ "$2" = 0 ]; then echo "  ok    $1"; else echo "  FAIL  $1"; fails=$((fails + 1)); fi
}
running() { supervisorctl -c "$WORK/supervisord.conf" status "$1" 2>/dev/null | grep -q RUNNING && echo 0 || echo 1; }
check "gunicorn (web) runs" "$(running frappe-bench-web:frappe-bench-frappe-web)"
check "the scheduler runs" "$(running frappe-bench-workers:frappe-bench-frappe-schedule)"
check "the short worker runs" "$(running frappe-bench-workers:frappe-bench-frappe-short-worker-0)"
check "the long worker runs" "$(running frappe-bench-workers:frappe-bench-frappe-long-worker-0)"

code=$(curl -s -o /dev/null -w '%{http_code}' -H "Host: $SITE" "http://127.0.0.1:$PORT/login")
check "the login page answers through nginx ($code)" "$([ "$code" = 200 ] && echo 0 || echo 1)"
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Host: $SITE" "http://127.0.0.1:$PORT/assets/campaign_app/templates/cadres.csv")
check "nginx serves the app's assets ($code)" "$([ "$code" = 200 ] && echo 0 || echo 1)"

since=$(bench_ --site "$SITE" execute frappe.utils.now | tail -1 | tr -d '"')
login() { # base URL: Administrator logs in with a forged X-Forwarded-For
	curl -s -o /dev/null -H "Host: $SITE" -H "X-Forwarded-For: 203.0.113.9" \
		--data-urlencode "usr=Administrator" --data-urlencode "pwd=${ADMIN_PASSWORD:-admin}" "$1/api/method/login"
}
login "http://127.0.0.1:$PORT"
login "http://127.0.0.1:$web_port"
addresses=$(bench_ --site "$SITE" execute campaign_app.tools.production.login_addresses \
	--kwargs "{'user': 'Administrator', 'since': '$since'}" | tail -1)
echo "  logins logged from (through nginx, then straight to gunicorn): $addresses"
check "through nginx the forged address is overwritten" "$(printf '%s' "$addresses" | grep -q '^\["127.0.0.1", "203.0.113.9"\]$' && echo 0 || echo 1)"

queued=$(bench_ --site "$SITE" execute campaign_app.tools.production.enqueue_jobs | tail -1)
echo "  queued: $queued"
# the status a server function returns, asked every 2 s until it is one of the final ones (at most 4 min)
wait_status() { # function, kwargs, final status…
	local fn=$1 kwargs=$2 status="" _
	shift 2
	for _ in $(seq 120); do
		status=$(bench_ --site "$SITE" execute "campaign_app.tools.production.$fn" --kwargs "$kwargs" | tail -1 | tr -d '"')
		case " $* " in *" $status "*) break ;; esac
		sleep 2
	done
	printf '%s' "$status"
}
status=$(wait_status daily_log "{'since': '$since'}" Complete Failed)
check "the daily job ran by the scheduler's queue ($status)" "$([ "$status" = Complete ] && echo 0 || echo 1)"
found() { tail -n "+$log_start" "$log" | grep -q "$1" && echo 0 || echo 1; }
check "the daily job ran on the long queue" "$(found "long: Job OK ($SITE::scheduled_job::campaign_app.tasks.daily)")"
if printf '%s' "$queued" | grep -q remedial; then
	check "the remedial check ran on the short queue" "$(found "short: .*campaign_app.remedial.check_remedial")"
fi

prepared=$(bench_ --site "$SITE" execute campaign_app.tools.production.prepare_report | tail -1 | tr -d '"')
status=$(wait_status prepared_status "{'name': '$prepared'}" Completed Error)
bench_ --site "$SITE" execute campaign_app.tools.production.restore_threshold >/dev/null
check "逾期清单 as a prepared report, made by the long worker ($status)" "$([ "$status" = Completed ] && echo 0 || echo 1)"
check "  … on the long queue" "$(found "long: .*'prepared_report': '$prepared'")"

say "production check: $fails failed"
[ "$fails" = 0 ]
