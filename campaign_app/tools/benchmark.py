"""Province-scale benchmark: the unit progress report and the daily light job against bare SQL.

Not a test and not part of the suite. It fills the site with a fixture (by default 1,000,000
Rectification Items over a 1 → 100 → 4,900 unit tree) with bulk SQL, then times, `repeat` times each,

- the report `Rectification Progress by Unit` as Administrator and as a Unit Head of one of the 100
  mid-level units, each next to the same GROUP BY in bare SQL (all rows; rows of the unit subtree);
- `campaign_app.tasks.update_lights()` next to one bare `UPDATE ... SET light = CASE ... END`,

and prints the medians and their ratios (aims: report ≤ 1.5 × bare SQL, job ≤ 3 × bare UPDATE).

    bench --site campaign-bench.localhost execute campaign_app.tools.benchmark.run --kwargs "{'items': 1000000}"

or `bash scripts/benchmark.sh`. The fixture is reused when present (its rows are counted; an interrupted
build resumes), so only the first run pays for the build (a few minutes for 1M rows). Use a site of its
own: the fixture's rows stay there.
"""

from __future__ import annotations

import importlib
import os
import random
import statistics
import time
from datetime import date, timedelta

import frappe
from frappe.utils import getdate, now, today

from campaign_app import tasks
from campaign_app.domain import rectification as rule
from campaign_app.setup.indexes import add_rectification_indexes

PREFIX = "BM"
ITEM_PREFIX = f"{PREFIX}-RI-"
GOAL_PREFIX = f"{PREFIX}-SG-"
ROOT_UNIT = f"{PREFIX} Bureau"
MAIL_DOMAIN = "bench.campaign.example"
CAMPAIGN_TITLE = f"{PREFIX} province-scale benchmark campaign"
AREA = f"{PREFIX} Area"
ISSUES = 20
STAFF = 8
BATCH = 10_000
SEED = 20260227

REPORT = "rectification_progress_by_unit"
REPORT_MODULE = f"campaign_app.campaign_app.report.{REPORT}.{REPORT}"
REPORT_FILE = os.path.join(
	os.path.dirname(os.path.dirname(__file__)), "campaign_app", "report", REPORT, f"{REPORT}.py"
)

# (stage, weight): a campaign in full swing
STATE_WEIGHTS = (
	(rule.DRAFT, 5),
	(rule.REVIEW, 10),
	(rule.RECTIFYING, 50),
	(rule.CLOSE_REQUESTED, 10),
	(rule.CLOSED, 25),
)

AIMS = {
	"report_admin": 1.5,
	"report_unit_head": 1.5,
	"light_job": 3.0,
	"list_unit_head": 2.0,
	"list_staff": 2.0,
	"overdue_office": 1.5,
}


# ---------------------------------------------------------------- entry point


QUICK_SECONDS = 1.0  # a measure faster than this is run QUICK_REPEAT times
QUICK_REPEAT = 15


def run(items: int = 1_000_000, units: int = 5000, repeat: int = 3) -> dict:
	"""Build (or reuse) the fixture, time the report and the light job against bare SQL, print and return."""
	items, units, repeat = int(items), int(units), max(int(repeat), 1)
	frappe.set_user("Administrator")
	started = time.perf_counter()
	fixture = ensure_fixture(items, units)
	# the indexes the code declares, also on a site migrated before they changed: `bench migrate` runs
	# on_doctype_update only for a doctype whose JSON changed
	add_rectification_indexes()
	build_seconds = time.perf_counter() - started
	prepare_for_job(fixture)

	report_execute, report_source = load_report()
	measures = {
		"report_admin": {"label": "report, Administrator (all rows)"},
		"report_unit_head": {"label": f"report, Unit Head of {fixture['head_unit']} (subtree)"},
		"light_job": {"label": "tasks.update_lights() vs bare UPDATE"},
		"list_unit_head": {"label": "desk list (20 newest + count), Unit Head"},
		"list_staff": {"label": "desk list (20 newest + count), staff (own unit)"},
		"overdue_office": {"label": "逾期清单 report, leading group (all rows)"},
	}
	framework = {key: [] for key in measures}
	bare = {key: [] for key in measures}
	checks = {}
	filters = {"campaign": fixture["campaign"]}
	head_scope = (fixture["head_lft"], fixture["head_rgt"])
	staff_cadre, staff_user = fixture["staff"][0]
	leader_user = fixture["leader"][1]
	staff_unit = frappe.db.get_value("Cadre", staff_cadre, "unit")

	def time_report_admin():
		frappe.set_user("Administrator")
		return timed(lambda: report_execute(frappe._dict(filters)))

	def time_report_head():
		frappe.set_user(fixture["head_user"])
		try:
			return timed(lambda: report_execute(frappe._dict(filters)))
		finally:
			frappe.set_user("Administrator")

	def time_job():
		reset_lights()
		return timed(tasks.update_lights)

	def time_bare_update():
		reset_lights()
		return timed(bare_update_lights)

	pairs = {
		"report_admin": (time_report_admin, lambda: timed(lambda: bare_report(fixture["campaign"]))),
		"report_unit_head": (
			time_report_head,
			lambda: timed(lambda: bare_report(fixture["campaign"], head_scope, fixture["head_user"])),
		),
		"light_job": (time_job, time_bare_update),
		"list_unit_head": (
			lambda: timed(lambda: desk_list(fixture["head_user"])),
			lambda: timed(lambda: bare_list(fixture["head_user"], head_scope)),
		),
		"list_staff": (
			lambda: timed(lambda: desk_list(staff_user)),
			lambda: timed(lambda: bare_list(staff_user, unit=staff_unit)),
		),
		"overdue_office": (lambda: timed(lambda: overdue_report(leader_user)), lambda: timed(bare_overdue)),
	}
	for i in range(repeat):
		for key, (measure_framework, measure_bare) in pairs.items():
			# alternate which goes first, so a warmer cache does not always favour the same side
			order = (measure_framework, measure_bare) if i % 2 else (measure_bare, measure_framework)
			for fn in order:
				seconds, result = fn()
				(framework if fn is measure_framework else bare)[key].append(seconds)
				if i == 0:
					checks.setdefault(key, {})["framework" if fn is measure_framework else "bare"] = result
		print(f"  run {i + 1}/{repeat} done", flush=True)
	# a measure of milliseconds moves with whatever else the machine does: more runs for its median
	quick = [key for key in pairs if statistics.median(framework[key]) < QUICK_SECONDS]
	for i in range(repeat, max(repeat, QUICK_REPEAT)):
		for key in quick:
			measure_framework, measure_bare = pairs[key]
			order = (measure_framework, measure_bare) if i % 2 else (measure_bare, measure_framework)
			for fn in order:
				(framework if fn is measure_framework else bare)[key].append(fn()[0])
	if quick:
		print(f"  {max(repeat, QUICK_REPEAT)} runs of the measures under {QUICK_SECONDS} s", flush=True)

	result = {
		"site": frappe.local.site,
		"items": count_items(),
		"units": fixture["units"],
		"repeat": repeat,
		"quick_repeat": max(repeat, QUICK_REPEAT),
		"report": report_source,
		"fixture_build_seconds": round(build_seconds, 1),
		"buffer_pool_mb": buffer_pool_mb(),
		"data_mb": table_mb("Rectification Item"),
		"measures": {},
		"checks": summarize_checks(checks),
	}
	for key, meta in measures.items():
		f, b = statistics.median(framework[key]), statistics.median(bare[key])
		result["measures"][key] = {
			"label": meta["label"],
			"framework_s": round(f, 3),
			"bare_s": round(b, 3),
			"ratio": round(f / b, 2) if b else None,
			"aim": AIMS[key],
			"ok": bool(b) and f / b <= AIMS[key],
			"framework_runs": [round(s, 3) for s in framework[key]],
			"bare_runs": [round(s, 3) for s in bare[key]],
		}
	print_table(result)
	return result


# ---------------------------------------------------------------- the measured calls


def timed(fn):
	started = time.perf_counter()
	value = fn()
	return time.perf_counter() - started, value


def load_report():
	"""The real report when its module exists; otherwise the placeholder below."""
	if not os.path.exists(REPORT_FILE):
		return placeholder_report, "placeholder (the report module does not exist yet)"
	module = importlib.import_module(REPORT_MODULE)
	try:
		module.execute(frappe._dict())
	except Exception as e:
		# the report is being written: measure its query part while its Python tail is unfinished
		if not hasattr(module, "progress"):
			raise
		print(f"report execute() failed ({e!r}); measuring its query, progress(filters)", flush=True)
		return module.progress, f"real, progress() only: execute() raised {type(e).__name__}: {e}"
	return module.execute, "real execute()"


# What the report reads per unit, as the real report's GROUP BY does: items, closed, closed on time,
# overdue, relapses (a null-safe comparison with the closed stage)
AGGREGATE = """
	count(*) as items,
	sum(ri.stage <=> 'Closed') as closed,
	sum(ri.stage <=> 'Closed' and ri.closed_on <= ri.deadline) as on_time,
	sum(not (ri.stage <=> 'Closed') and ri.deadline < %(today)s) as overdue,
	sum(ri.relapse_count) as relapses
"""


def placeholder_report(filters):
	"""Stand-in until the real report exists: the aggregate with the user's scope from permissions.py."""
	from campaign_app.permissions import rectification_item_condition

	scope = rectification_item_condition(frappe.session.user).replace("`tabRectification Item`", "ri")
	rows = frappe.db.sql(
		f"""select ri.unit, {AGGREGATE} from `tabRectification Item` ri
		where ri.campaign = %(campaign)s {"and " + scope if scope else ""}
		group by ri.unit""",
		{"campaign": filters.get("campaign"), "today": getdate(today())},
		as_dict=True,
	)
	columns = [{"fieldname": "unit", "label": "Unit", "fieldtype": "Link", "options": "Campaign Unit"}]
	return columns, rows


def bare_report(campaign: str, subtree: tuple[int, int] | None = None, user: str | None = None):
	"""The same GROUP BY as bare SQL: all rows, or the rows a unit head sees (a join on their subtree's lft
	range, and apart the items they answer for elsewhere, as responsible cadre or leader in charge)."""
	values = {"campaign": campaign, "today": getdate(today())}
	if not subtree:
		return frappe.db.sql(
			f"""select ri.unit, {AGGREGATE} from `tabRectification Item` ri
			where ri.campaign = %(campaign)s group by ri.unit""",
			values,
		)
	values.update(lft=subtree[0], rgt=subtree[1], user=user)
	fields = "ri.unit, ri.stage, ri.closed_on, ri.deadline, ri.relapse_count"
	outside = """ri.campaign = %(campaign)s and ri.unit not in
		(select name from `tabCampaign Unit` where lft between %(lft)s and %(rgt)s)"""
	return frappe.db.sql(
		f"""select ri.unit, {AGGREGATE} from (
			select {fields} from `tabCampaign Unit` u join `tabRectification Item` ri on ri.unit = u.name
			where u.lft between %(lft)s and %(rgt)s and ri.campaign = %(campaign)s
			union all
			select {fields} from `tabRectification Item` ri where ri.responsible_user = %(user)s and {outside}
			union all
			select {fields} from `tabRectification Item` ri
			where ri.leader_user = %(user)s and ri.responsible_user <> %(user)s and {outside}
		) ri group by ri.unit""",
		values,
	)


LIST_FIELDS = ["name", "measure", "workflow_state", "deadline", "light", "unit", "modified"]
COUNT_UPPER_BOUND = 1001  # the desk's list view counts up to this many rows (list_view.js)


def desk_list(user: str):
	"""What the desk's list view asks as this user: the 20 newest items, and the count up to 1001."""
	# the count as the desk asks it: through the app's override of frappe.desk.reportview.get_count
	name = "frappe.desk.reportview.get_count"
	get_count = frappe.get_attr(frappe.get_hooks("override_whitelisted_methods").get(name, [name])[-1])
	frappe.set_user(user)
	try:
		page = frappe.get_list(
			"Rectification Item",
			fields=LIST_FIELDS,
			order_by="`tabRectification Item`.`modified` desc",
			limit_start=0,
			limit_page_length=20,
		)
		frappe.local.form_dict = frappe._dict(
			doctype="Rectification Item", filters="[]", limit=COUNT_UPPER_BOUND
		)
		return [r.name for r in page], get_count()
	finally:
		frappe.local.form_dict = frappe._dict()
		frappe.set_user("Administrator")


def bare_list(user: str, subtree: tuple[int, int] | None = None, unit: str | None = None):
	"""The same page and count as bare SQL: the rows of the subtree (or of the one unit) or of the person,
	each half on its index."""
	values = {"user": user, "unit": unit, "bound": COUNT_UPPER_BOUND}
	values.update({"lft": subtree[0], "rgt": subtree[1]} if subtree else {})
	by_unit = (
		"""select ri.name from `tabCampaign Unit` u join `tabRectification Item` ri on ri.unit = u.name
		where u.lft between %(lft)s and %(rgt)s"""
		if subtree
		else "select name from `tabRectification Item` where unit = %(unit)s"
	)
	mine = f"""{by_unit}
		union select name from `tabRectification Item` where responsible_user = %(user)s
		union select name from `tabRectification Item` where leader_user = %(user)s"""
	page = frappe.db.sql(
		f"""select {", ".join(LIST_FIELDS)} from `tabRectification Item`
		where name in ({mine}) order by modified desc limit 20""",
		values,
		as_dict=True,
	)
	count = frappe.db.sql(f"select count(*) from ({mine} limit %(bound)s) p", values)[0][0]
	return [r.name for r in page], count


def overdue_report(user: str) -> int:
	"""The 逾期清单 report as the user runs it: every overdue item they may see, with names."""
	from campaign_app.campaign_app.report.overdue_rectification_items import overdue_rectification_items

	frappe.set_user(user)
	try:
		return len(overdue_rectification_items.execute({})[1])
	finally:
		frappe.set_user("Administrator")


def bare_overdue() -> int:
	"""The same rows as bare SQL: open items past their deadline, with their problem and people."""
	return len(
		frappe.db.sql(
			"""select ri.name, ci.title, ci.level, ri.measure, ri.kind, ri.ledger, ri.unit, rc.full_name,
			lc.full_name, ri.deadline, ri.light, ri.workflow_state, ri.progress,
			datediff(%(today)s, ri.deadline)
		from `tabRectification Item` ri
		join `tabCampaign Issue` ci on ci.name = ri.issue
		left join `tabCadre` rc on rc.name = ri.responsible_cadre
		left join `tabCadre` lc on lc.name = ri.leader_in_charge
		where ri.stage != %(closed)s and ri.deadline < %(today)s
		order by ri.deadline, ri.name""",
			{"closed": rule.CLOSED, "today": getdate(today())},
		)
	)


def bare_update_lights():
	"""One UPDATE of every item's light with the rule of FIX-6, written here independently of tasks.py."""
	from campaign_app.settings import yellow_days

	values = {"today": getdate(today()), "yellow_days": yellow_days(), "closed": rule.CLOSED}
	frappe.db.sql(
		"""update `tabRectification Item` ri set ri.light = case
			when ri.stage = %(closed)s then 'Green'
			when ri.deadline < %(today)s then 'Red'
			when ri.deadline <= %(today)s + interval %(yellow_days)s day then 'Yellow'
			when ri.kind = 'Long-term' and (
				exists (select 1 from `tabRectification Stage Goal` sg
					where sg.parent = ri.name and sg.parenttype = 'Rectification Item'
					and sg.done_on is null and sg.due_date < %(today)s)
				or ifnull(ri.progress, 0) < 100 * least(greatest(datediff(%(today)s, ri.start_date), 0),
					greatest(datediff(ri.deadline, ri.start_date), 1))
					/ greatest(datediff(ri.deadline, ri.start_date), 1)
			) then 'Yellow'
			else 'Green'
		end""",
		values,
	)
	frappe.db.commit()  # nosemgrep: the job commits its UPDATE as well


def reset_lights():
	"""Every run starts from the same stale lights (all green), so each run has the same rows to change."""
	frappe.db.sql("update `tabRectification Item` set light = 'Green' where light != 'Green'")
	frappe.db.commit()  # nosemgrep


def prepare_for_job(fixture):
	"""Items that are red today count as already alerted: the job is then measured as the set-based
	recompute, not as sending thousands of alerts (deadlines are fixed, so a later day has new reds)."""
	frappe.db.sql(
		"""update `tabRectification Item` set red_alerted = 1
		where name like %(prefix)s and red_alerted = 0 and stage != %(closed)s
		and deadline < %(today)s""",
		{"prefix": f"{ITEM_PREFIX}%", "closed": rule.CLOSED, "today": getdate(today())},
	)
	frappe.db.commit()  # nosemgrep


def summarize_checks(checks: dict) -> dict:
	"""Do the report and its bare SQL see the same rows? Does the job send no alert?"""
	out = {}
	for key in ("report_admin", "report_unit_head"):
		framework, bare = checks[key]["framework"], checks[key]["bare"]
		# execute() returns (columns, rows, ...); the report's progress() returns the rows
		rows = framework[1] if isinstance(framework, tuple) else framework
		out[key] = {"report_rows": len(rows or []), "bare_rows": len(bare)}
	out["light_job"] = {"red_alerts": (checks["light_job"]["framework"] or {}).get("red_alerts")}
	out["overdue_office"] = {
		"report_rows": checks["overdue_office"]["framework"],
		"bare_rows": checks["overdue_office"]["bare"],
	}
	for key in ("list_unit_head", "list_staff"):
		framework, bare = checks[key]["framework"], checks[key]["bare"]
		out[key] = {"same_page": framework[0] == bare[0], "counts": [framework[1], bare[1]]}
	return out


# ---------------------------------------------------------------- output


def print_table(result: dict):
	lines = [
		"",
		f"campaign_app benchmark on {result['site']}: {result['items']:,} Rectification Items, "
		f"{result['units']:,} units, report: {result['report']}, median of {result['repeat']} runs "
		f"({result['quick_repeat']} for a measure under {QUICK_SECONDS:g} s)",
		f"{'measure':<52} {'app (s)':>9} {'bare (s)':>9} {'ratio':>7} {'aim':>6}  ok",
	]
	for m in result["measures"].values():
		lines.append(
			f"{m['label']:<52} {m['framework_s']:>9.3f} {m['bare_s']:>9.3f} {m['ratio']:>7.2f} "
			f"{'≤' + str(m['aim']):>6}  {'yes' if m['ok'] else 'NO'}"
		)
	checks = result["checks"]
	lines += [
		"",
		f"rows returned: report/bare as Administrator {checks['report_admin']['report_rows']}"
		f"/{checks['report_admin']['bare_rows']}, as Unit Head {checks['report_unit_head']['report_rows']}"
		f"/{checks['report_unit_head']['bare_rows']}; red alerts sent by the job: "
		f"{checks['light_job']['red_alerts']}; desk list and bare SQL show the same page: "
		f"{checks['list_unit_head']['same_page']}, counts (up to {COUNT_UPPER_BOUND}) "
		f"{checks['list_unit_head']['counts']}",
		"notes:",
		"- the fixture's red items are already red_alerted = 1, so the job is measured as its set-based",
		"  recompute (UPDATE + the query for newly red items + commit), not as sending alerts;",
		"  lights are reset to green before every job and bare UPDATE run, so each run changes the same rows",
		f"- MariaDB innodb_buffer_pool_size = {result['buffer_pool_mb']} MB (the server's setting, not tuned "
		"here)",
		f"  for {result['data_mb']} MB of Rectification Item data and indexes: what is not answered from an",
		"  index reads from disk; size the buffer pool to the data in production",
		"- shared 2-core machine, other jobs running: absolute times are noisy, compare the ratios",
		f"- fixture built or checked in {result['fixture_build_seconds']} s",
		"",
	]
	print("\n".join(lines), flush=True)


def buffer_pool_mb() -> int:
	return int(frappe.db.sql("select @@innodb_buffer_pool_size")[0][0]) // (1024 * 1024)


def table_mb(doctype: str) -> int:
	size = frappe.db.sql(
		"""select data_length + index_length from information_schema.tables
		where table_schema = database() and table_name = %s""",
		f"tab{doctype}",
	)
	return int(size[0][0] or 0) // (1024 * 1024) if size else 0


# ---------------------------------------------------------------- the fixture


def count_items() -> int:
	return frappe.db.sql("select count(*) from `tabRectification Item`")[0][0]


def ensure_fixture(items: int, units: int) -> dict:
	fixture = ensure_units(units)
	fixture.update(ensure_people(fixture))
	fixture.update(ensure_campaign_and_issues(fixture))
	ensure_items(fixture, items)
	return fixture


def unit_names(units: int) -> tuple[list[str], list[str]]:
	"""A 1 → mids → leaves tree: 5,000 units below the root are 100 sections of 49 units each."""
	mids = max(1, units // 50)
	per_mid = max(1, (units - mids) // mids)
	mid_names = [f"{PREFIX} Section {m:03d}" for m in range(1, mids + 1)]
	leaf_names = [f"{PREFIX} Unit {m:03d}-{k:02d}" for m in range(1, mids + 1) for k in range(1, per_mid + 1)]
	return mid_names, leaf_names


def ensure_units(units: int) -> dict:
	mids, leaves = unit_names(units)
	per_mid = len(leaves) // len(mids)
	have = frappe.db.sql(
		"select count(*) from `tabCampaign Unit` where name = %s or name like %s or name like %s",
		(ROOT_UNIT, f"{PREFIX} Section %", f"{PREFIX} Unit %"),
	)[0][0]
	if have != 1 + len(mids) + len(leaves):
		if have:
			frappe.throw(
				f"The site has another benchmark unit tree ({have} units); use a fresh site for {units} units"
			)
		print(f"building the unit tree: 1 → {len(mids)} → {len(leaves)}", flush=True)
		base = frappe.db.sql("select ifnull(max(rgt), 0) from `tabCampaign Unit`")[0][0]
		rows, counter = [], base
		counter += 1
		root_lft = counter
		for m, mid in enumerate(mids):
			counter += 1
			mid_lft = counter
			for leaf in leaves[m * per_mid : (m + 1) * per_mid]:
				rows.append((leaf, "Party Branch", mids[m], 0, counter + 1, counter + 2))
				counter += 2
			counter += 1
			rows.append((mid, "Section", ROOT_UNIT, 1, mid_lft, counter))
		counter += 1
		rows.append((ROOT_UNIT, "Bureau", None, 1, root_lft, counter))
		ts = now()
		insert_rows(
			"Campaign Unit",
			["unit_name", "unit_type", "parent_campaign_unit", "is_group", "lft", "rgt"],
			[(r[0], *r) for r in rows],
			ts,
			extra=["is_active"],
			extra_values=(1,),
		)
		frappe.db.commit()  # nosemgrep
	head_unit = mids[len(mids) // 2]
	lft, rgt = frappe.db.get_value("Campaign Unit", head_unit, ["lft", "rgt"])
	return {
		"units": 1 + len(mids) + len(leaves),
		"mids": mids,
		"leaves": leaves,
		"head_unit": head_unit,
		"head_lft": lft,
		"head_rgt": rgt,
	}


def ensure_people(fixture: dict) -> dict:
	"""Real cadres with desk users (created by Cadre's own code, so their roles are the real ones)."""

	def cadre(login: str, unit: str, level: str) -> tuple[str, str]:
		email = f"{login}@{MAIL_DOMAIN}"
		name = frappe.db.get_value("Cadre", {"email": email})
		if not name:
			name = (
				frappe.get_doc(
					{"doctype": "Cadre", "full_name": login, "unit": unit, "level": level, "email": email}
				)
				.insert(ignore_permissions=True)
				.name
			)
		return name, frappe.db.get_value("Cadre", name, "user")

	head = cadre("bm-unit-head", fixture["head_unit"], "Unit Leader")
	leader = cadre("bm-leader", ROOT_UNIT, "Leadership Member")
	# staff sit in leaves outside the unit head's subtree, so the head's "responsible for / leader of"
	# criteria add no rows and the report and its bare SQL see the same rows
	leaves = [
		leaf
		for leaf in fixture["leaves"]
		if not leaf.startswith(fixture["head_unit"].replace("Section", "Unit"))
	]
	staff = [cadre(f"bm-staff-{k}", leaves[k * len(leaves) // STAFF], "Party Cadre") for k in range(STAFF)]
	frappe.db.commit()  # nosemgrep
	return {"head_user": head[1], "leader": leader, "staff": staff}


def ensure_campaign_and_issues(fixture: dict) -> dict:
	campaign = frappe.db.get_value("Study Campaign", {"title": CAMPAIGN_TITLE})
	if not campaign:
		start = getdate(today()) - timedelta(days=120)
		campaign = (
			frappe.get_doc(
				{
					"doctype": "Study Campaign",
					"title": CAMPAIGN_TITLE,
					"status": "In Progress",
					"start_date": start,
					"end_date": start + timedelta(days=365),
					"office_unit": ROOT_UNIT,
				}
			)
			.insert(ignore_permissions=True)
			.name
		)
	if not frappe.db.exists("Campaign Issue Area", AREA):
		frappe.get_doc({"doctype": "Campaign Issue Area", "area_name": AREA}).insert(ignore_permissions=True)
	issues = frappe.get_all(
		"Campaign Issue", filters={"campaign": campaign}, pluck="name", order_by="name", limit=ISSUES
	)
	for k in range(len(issues), ISSUES):
		issues.append(
			frappe.get_doc(
				{
					"doctype": "Campaign Issue",
					"title": f"{PREFIX} problem {k + 1}",
					"campaign": campaign,
					"level": "Leadership Team",
					"unit": fixture["mids"][k % len(fixture["mids"])],
					"found_on": getdate(today()) - timedelta(days=100),
					"area": AREA,
					"source": "Self Inspection",
				}
			)
			.insert(ignore_permissions=True)
			.name
		)
	frappe.db.commit()  # nosemgrep
	return {"campaign": campaign, "issues": issues}


ITEM_FIELDS = [
	"issue",
	"campaign",
	"measure",
	"kind",
	"ledger",
	"light",
	"workflow_state",
	"stage",
	"start_date",
	"deadline",
	"progress",
	"unit",
	"responsible_cadre",
	"responsible_user",
	"leader_in_charge",
	"leader_user",
	"closeout_requested_by",
	"verified_by",
	"closed_on",
	"relapse_count",
	"red_alerted",
]
GOAL_FIELDS = ["parent", "parentfield", "parenttype", "goal", "due_date", "done_on"]


def ensure_items(fixture: dict, items: int):
	"""Insert the items in batches of BATCH rows; each batch is generated from its own seed, so an
	interrupted build resumes at the first missing batch and the fixture is the same either way."""
	have = frappe.db.sql(
		"select count(*) from `tabRectification Item` where name like %s", f"{ITEM_PREFIX}%"
	)[0][0]
	if have == items:
		print(f"reusing the fixture: {have:,} items", flush=True)
		return
	first_batch = min(have, items) // BATCH
	# drop a partial last batch, or the rows beyond `items`
	start = first_batch * BATCH
	frappe.db.sql(
		"delete from `tabRectification Stage Goal` where parent >= %s and parent like %s",
		(item_name(start), f"{ITEM_PREFIX}%"),
	)
	frappe.db.sql(
		"delete from `tabRectification Item` where name >= %s and name like %s",
		(item_name(start), f"{ITEM_PREFIX}%"),
	)
	frappe.db.commit()  # nosemgrep
	print(f"inserting {items - start:,} items in batches of {BATCH:,}", flush=True)
	started = time.perf_counter()
	for batch in range(first_batch, (items + BATCH - 1) // BATCH):
		item_rows, goal_rows = make_batch(fixture, batch, min(BATCH, items - batch * BATCH))
		ts = now()
		insert_rows("Rectification Item", ITEM_FIELDS, item_rows, ts)
		if goal_rows:
			insert_rows("Rectification Stage Goal", GOAL_FIELDS, goal_rows, ts)
		frappe.db.commit()  # nosemgrep
		done = (batch + 1) * BATCH
		if batch % 10 == 9 or done >= items:
			print(f"  {min(done, items):,} items, {time.perf_counter() - started:.0f} s", flush=True)


def item_name(i: int) -> str:
	return f"{ITEM_PREFIX}{i + 1:07d}"


def make_batch(fixture: dict, batch: int, size: int) -> tuple[list, list]:
	rng = random.Random(SEED * 1_000_003 + batch)
	on = getdate(today())
	yellow = 3
	leaves, issues, staff = fixture["leaves"], fixture["issues"], fixture["staff"]
	leader_cadre, leader_user = fixture["leader"]
	states = [s for s, _w in STATE_WEIGHTS]
	weights = [w for _s, w in STATE_WEIGHTS]
	items, goals = [], []
	for k in range(size):
		i = batch * BATCH + k
		name = item_name(i)
		state = rng.choices(states, weights)[0]
		kind = rule.LONG_TERM if rng.random() < 0.3 else rule.IMMEDIATE
		deadline = on + timedelta(days=rng.randint(-60, 120))
		start = deadline - timedelta(days=rng.randint(30, 180))
		closed = state == rule.CLOSED
		if state in (rule.DRAFT, rule.REVIEW):
			progress = 0
		elif state == rule.RECTIFYING:
			progress = rng.randint(0, 100)
		else:
			progress = 100
		cadre_name, user = staff[rng.randrange(len(staff))]
		relapses = rng.choice((1, 1, 2)) if state in rule.STARTED and rng.random() < 0.05 else 0
		closed_on = None
		if closed:
			closed_on = max(start, min(on, deadline + timedelta(days=rng.randint(-20, 10))))
		stage_dues = []
		if kind == rule.LONG_TERM and i % 10 == 0:
			span = (deadline - start).days
			for g in (1, 2):
				due = start + timedelta(days=span * g // 3)
				done = due if (closed or due >= on or rng.random() < 0.7) else None
				stage_dues.append((due, done))
				goals.append(
					(
						f"{GOAL_PREFIX}{i + 1:07d}-{g}",
						name,
						"stage_goals",
						"Rectification Item",
						f"阶段目标 {g}",
						due,
						done,
					)
				)
		light = rule.light(on, deadline, closed, yellow, kind, start, progress, stage_dues)
		items.append(
			(
				name,
				issues[i % len(issues)],
				fixture["campaign"],
				f"整改措施 {i + 1}",
				kind,
				"Team" if rng.random() < 0.2 else "Person",
				light,
				rule.STATE_NAMES[state],
				state,
				start,
				deadline,
				progress,
				leaves[rng.randrange(len(leaves))],
				cadre_name,
				user,
				leader_cadre,
				leader_user,
				user if state in (rule.CLOSE_REQUESTED, rule.CLOSED) else None,
				leader_user if closed else None,
				closed_on,
				relapses,
				1 if light == rule.RED else 0,
			)
		)
	return items, goals


def insert_rows(doctype: str, fields: list[str], rows: list[tuple], ts: str, extra=(), extra_values=()):
	"""One multi-row INSERT: `rows` start with the name; standard columns are filled in here."""
	columns = ["name", *fields, *extra, "creation", "modified", "owner", "modified_by", "docstatus", "idx"]
	tail = (*extra_values, ts, ts, "Administrator", "Administrator", 0, 0)
	values = ",\n".join("(" + ",".join(literal(v) for v in (*row, *tail)) + ")" for row in rows)
	frappe.db.sql(f"insert into `tab{doctype}` ({', '.join(f'`{c}`' for c in columns)}) values {values}")


def literal(value) -> str:
	if value is None:
		return "null"
	if isinstance(value, bool | int | float):
		return str(int(value)) if isinstance(value, bool) else str(value)
	if isinstance(value, date):
		return f"'{value.isoformat()}'"
	return frappe.db.escape(str(value))
