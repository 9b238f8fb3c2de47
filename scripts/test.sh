#!/usr/bin/env bash
# Every test of campaign_app: the offline suite, then the integration suite on fresh disposable sites
# of an existing bench ($FRAPPE_BENCH, default /opt/frappe-bench): one with Frappe alone, one with
# ERPNext when the bench has it. Ends with one line "campaign_app: N passed, N failed, N skipped".
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SITE=${TEST_SITE:-campaign-test.localhost}
ERP_SITE=${TEST_ERP_SITE:-campaign-test-erpnext.localhost}
PYTHON=${PYTHON:-python3}
PASSED=0 FAILED=0 SKIPPED=0

finish() {
	echo
	say "logs: $LOG_DIR"
	grep -h "adversarial sweep:" "$LOG_DIR"/integration-*.log 2>/dev/null || true
	echo "campaign_app: $PASSED passed, $FAILED failed, $SKIPPED skipped"
	[ "$FAILED" -eq 0 ] && exit 0 || exit 1
}

num() { grep -oE "[0-9]+ $1" "$2" | tail -1 | grep -oE '^[0-9]+' || echo 0; }

check() { # check "what a user would see" command...
	local what=$1; shift
	if "$@"; then
		PASSED=$((PASSED + 1)); say "ok: $what"
	else
		FAILED=$((FAILED + 1)); say "FAILED: $what"
	fi
}

offline_suite() {
	say "offline suite (no Frappe): tests/"
	"$PYTHON" -c "import pytest" 2>/dev/null || "$PYTHON" -m pip install --quiet pytest
	local log="$LOG_DIR/offline.log"
	(cd "$REPO" && "$PYTHON" -m pytest -q -p no:cacheprovider tests) 2>&1 | tee "$log"
	local passed failed errors
	passed=$(num passed "$log") failed=$(num failed "$log") errors=$(num error "$log")
	if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then errors=$((errors + 1)); fi
	PASSED=$((PASSED + passed)) FAILED=$((FAILED + failed + errors))
}

integration_suite() { # integration_suite SITE: every FrappeTestCase of the app, as CI does (CI=1)
	local site=$1 log="$LOG_DIR/integration-$1.log"
	say "integration suite on $site"
	bench_ --site "$site" set-config allow_tests true >/dev/null
	CI=1 bench_ --site "$site" run-tests --app "$APP" >"$log" 2>&1
	tr '\r' '\n' <"$log" | grep -v -E '^\s*$|Updating DocTypes'
	local ran failures errors skipped
	ran=$(grep -oE '^Ran [0-9]+ test' "$log" | grep -oE '[0-9]+' | tail -1)
	if [ -z "$ran" ]; then
		say "the integration suite on $site did not run to its end"
		FAILED=$((FAILED + 1)); return
	fi
	failures=$(grep -oE 'failures=[0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || echo 0)
	errors=$(grep -oE 'errors=[0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || echo 0)
	skipped=$(grep -oE 'skipped=[0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || echo 0)
	PASSED=$((PASSED + ran - failures - errors - skipped))
	FAILED=$((FAILED + failures + errors)) SKIPPED=$((SKIPPED + skipped))
}

site_json() { bench_ --site "$1" execute "$APP.tools.site_checks.$2" 2>>"$LOG_DIR/execute.log" | tail -1; }
migrate() { bench_ --site "$1" migrate >"$LOG_DIR/migrate-$1.log" 2>&1; }

# The demo's output on stderr, its first line (the counts) on stdout. Never `tee /dev/stderr`: that
# reopens a log file that stderr may be, and truncates it.
demo_counts() {
	local out
	out=$(bench_ --site "$1" campaign-demo) || return 1
	printf '%s\n' "$out" >&2
	printf '%s\n' "${out%%$'\n'*}"
}

demo_is_idempotent() {
	local first second
	first=$(demo_counts "$1") || return 1
	second=$(demo_counts "$1") || return 1
	[ "${first%%;*}" = "${second%%;*}" ] && [[ $second == *"0 desk users created"* ]]
}

demo_is_secure() {
	local found
	found=$(site_json "$1" security)
	echo "  $found"
	[ "$found" = '{"baseline": true, "cadres_with_system_manager": 0}' ]
}

second_migrate_changes_nothing() {
	migrate "$1" || return 1
	local before after
	before=$(site_json "$1" fingerprint)
	migrate "$1" || return 1
	after=$(site_json "$1" fingerprint)
	[ -n "$before" ] && [ "$before" = "$after" ] || { diff <(echo "$before") <(echo "$after") | head -5; return 1; }
}

admin_tweaks_survive_migrate() {
	site_json "$1" tweak >/dev/null && migrate "$1" || return 1
	local present
	present=$(site_json "$1" tweaks_present)
	echo "  $present"
	[ "$present" = '{"label": true, "notification": true, "role": true, "workflow": true, "workspace": true}' ]
}

renamed_states_keep_the_figures() {
	local before after
	before=$(site_json "$1" figures) || return 1
	site_json "$1" rename_states >/dev/null && migrate "$1" || return 1
	after=$(site_json "$1" figures)
	site_json "$1" restore_states >/dev/null
	echo "  ${before:0:160}…"
	[ -n "$before" ] && [ "$before" = "$after" ] || { diff <(echo "$before") <(echo "$after") | head -5; return 1; }
}

uninstall_leaves_nothing() {
	local dts left
	dts=$(bench_ --site "$1" execute "$APP.tools.site_checks.app_doctypes_sql" 2>>"$LOG_DIR/execute.log" | tail -1)
	[ -n "$dts" ] || return 1
	bench_ --site "$1" uninstall-app "$APP" --yes --no-backup --force >"$LOG_DIR/uninstall-$1.log" 2>&1 || return 1
	left=$(bench_ --site "$1" mariadb -N -B -e "select
		(select count(*) from \`tabCustom Field\` where dt in ($dts)),
		(select count(*) from \`tabProperty Setter\` where doc_type in ($dts)),
		(select count(*) from \`tabDocType\` where module = 'Campaign App'),
		(select count(*) from information_schema.tables where table_schema = database()
			and substr(table_name, 4) in ($dts)),
		(select count(*) from \`tabNotification\` where document_type in ($dts)),
		(select count(*) from \`tabWorkflow\` where document_type in ($dts))")
	echo "  left after uninstall (custom fields, property setters, doctypes, tables, notifications, workflows): $left"
	[ "$(echo "$left" | tr -s ' \t' ' ')" = "0 0 0 0 0 0" ]
}

# The browser walk (scripts/walkthrough.mjs) of each role's pages and tasks on a fresh demo site that
# `bench serve` shows on a free local port, in Debian's chromium with playwright-core from npm.
WALK_SITE=${TEST_WALK_SITE:-campaign-walk.localhost}
WALK_PORT=${WALK_PORT:-8011}
walk_tools() {
	CHROMIUM=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
	[ -n "$CHROMIUM" ] && command -v node >/dev/null || return 1
	WALK_MODULES=${WALK_NODE_MODULES:-$BENCH/.walkthrough/node_modules}
	[ -d "$WALK_MODULES/playwright-core" ] ||
		npm install --silent --prefix "$(dirname "$WALK_MODULES")" playwright-core >"$LOG_DIR/npm.log" 2>&1
	[ -d "$WALK_MODULES/playwright-core" ]
}

browser_walk() {
	local site=$1 out password server rc
	out=$(bench_ --site "$site" campaign-demo 2>>"$LOG_DIR/walk-demo.log") || return 1
	password=$(printf '%s\n' "$out" | sed -n 's/.*(shown once): //p')
	[ -n "$password" ] || return 1
	bench_ --site "$site" set-config host_name "http://127.0.0.1:$WALK_PORT" >/dev/null
	setsid bash -c "cd '$BENCH' && exec bench --site '$site' serve --port $WALK_PORT" >"$LOG_DIR/walk-serve.log" 2>&1 &
	server=$!
	for _ in $(seq 60); do curl -fs -o /dev/null "http://127.0.0.1:$WALK_PORT/login" && break; sleep 1; done
	CHROMIUM=$CHROMIUM NODE_PATH=$WALK_MODULES node "$REPO/scripts/walkthrough.mjs" \
		"http://127.0.0.1:$WALK_PORT" "$password" "$LOG_DIR/walkthrough" >"$LOG_DIR/walkthrough.log" 2>&1
	rc=$?
	kill -- "-$server" 2>/dev/null
	cut -c1-240 "$LOG_DIR/walkthrough.log" | tail -40
	return $rc
}

offline_suite
if ! require_bench; then
	FAILED=$((FAILED + 1))
	finish
fi
link_app

say "fresh site $SITE (Frappe and $APP)"
if fresh_site "$SITE" "$APP"; then
	integration_suite "$SITE"
	check "campaign-demo run twice gives the same counts" demo_is_idempotent "$SITE"
	check "the demo applies the security baseline and gives no cadre System Manager" demo_is_secure "$SITE"
	check "a second bench migrate changes nothing" second_migrate_changes_nothing "$SITE"
	check "admin tweaks (Customize Form, workspace, role, notification, workflow) survive bench migrate" admin_tweaks_survive_migrate "$SITE"
	check "renamed workflow states keep every figure (lights, reports, cards, notifications, appraisals) after bench migrate" renamed_states_keep_the_figures "$SITE"
else
	check "a fresh site with $APP installs" false
fi

if walk_tools; then
	say "browser walk on a fresh demo site $WALK_SITE (screenshots in $LOG_DIR/walkthrough)"
	if fresh_site "$WALK_SITE" "$APP"; then
		check "each role's pages and tasks in chromium show no English, account id, null, blank page or error" \
			browser_walk "$WALK_SITE"
	else
		check "a fresh site for the browser walk installs" false
	fi
else
	SKIPPED=$((SKIPPED + 1))
	say "SKIPPED: no chromium (Debian's package chromium) or no node/npm, so the browser walk did not run"
fi

if [ -d "$BENCH/apps/erpnext" ]; then
	say "fresh site $ERP_SITE (Frappe, ERPNext and $APP)"
	if fresh_site "$ERP_SITE" erpnext "$APP"; then
		integration_suite "$ERP_SITE"
		check "uninstalling $APP leaves no custom field, table or doctype" uninstall_leaves_nothing "$ERP_SITE"
	else
		check "a fresh site with ERPNext and $APP installs" false
	fi
else
	SKIPPED=$((SKIPPED + 1))
	say "SKIPPED: the bench has no ERPNext app, so the ERPNext integration was not tested"
fi
finish
