"""Demo problems and rectification items, driven through the workflow by the people who would act."""

import frappe
from frappe.utils import add_days, getdate, today

from campaign_app.demo.actions import run_as
from campaign_app.demo.rectification_data import ISSUES, ITEMS
from campaign_app.domain import rectification as rule

OFFICE, VERIFIER = "chenjing", "zhouwenbin"
# the workflow path to each demo state: (action, who acts: "head", "leader", "responsible", "office", "verifier")
PATHS = {
	rule.DRAFT: [],
	rule.REVIEW: [(rule.SUBMIT, "office")],
	rule.RECTIFYING: [(rule.SUBMIT, "office"), (rule.APPROVE, "leader")],
	rule.CLOSE_REQUESTED: [
		(rule.SUBMIT, "office"),
		(rule.APPROVE, "leader"),
		(rule.REQUEST_CLOSE, "responsible"),
	],
	rule.CLOSED: [
		(rule.SUBMIT, "office"),
		(rule.APPROVE, "leader"),
		(rule.REQUEST_CLOSE, "responsible"),
		(rule.VERIFY, "verifier"),
	],
	rule.LOOK_BACK: [
		(rule.SUBMIT, "office"),
		(rule.APPROVE, "leader"),
		(rule.REQUEST_CLOSE, "responsible"),
		(rule.VERIFY, "verifier"),
		(rule.LOOK_BACK, "office"),
	],
}


def make_rectification(email_of, campaign: str) -> int:
	"""Returns how many items were created (0 on a second run)."""
	if frappe.db.exists("Campaign Issue", {"title": ISSUES[0][-1]}):
		return 0
	issues = {key: make_issue(spec, email_of, campaign) for key, *spec in ISSUES}
	for spec in ITEMS:
		make_item(spec, issues, email_of)
	from campaign_app.tasks import update_lights

	update_lights()
	return len(ITEMS)


def cadre(login, email_of):
	return frappe.db.get_value("Cadre", {"email": email_of(login)})


def make_issue(spec, email_of, campaign) -> str:
	level, unit, login, area, source, theme, programmes, title = spec
	return (
		frappe.get_doc(
			{
				"doctype": "Campaign Issue",
				"title": title,
				"campaign": campaign,
				"level": level,
				"unit": unit,
				"cadre": cadre(login, email_of) if login else None,
				"area": area,
				"source": source,
				"theme": theme,
				"programmes": [{"programme": p} for p in programmes],
				"found_on": add_days(today(), -210),
				"cause_thinking": 1,
				"cause_style": int(source in ("Petition or Hotline", "Public Opinion")),
				"cause_system": int(level == "Leadership Team"),
			}
		)
		.insert(ignore_permissions=True)
		.name
	)


def make_item(spec, issues, email_of):
	key, measure, login, unit, leader, kind, ledger, start, deadline, target, progress = spec
	doc = frappe.get_doc(
		{
			"doctype": "Rectification Item",
			"issue": issues[key],
			"measure": measure,
			"kind": kind,
			"ledger": ledger,
			"start_date": add_days(today(), start),
			"deadline": add_days(today(), deadline),
			"unit": unit,
			"responsible_cadre": cadre(login, email_of),
			"leader_in_charge": cadre(leader, email_of),
		}
	)
	if kind == rule.LONG_TERM:
		middle = add_days(today(), (start + deadline) // 2)
		doc.append(
			"stage_goals",
			{
				"goal": "完成排查摸底和方案制定",
				"due_date": add_days(today(), start + 30),
				"done_on": add_days(today(), start + 28),
			},
		)
		doc.append("stage_goals", {"goal": "完成主体整改任务", "due_date": middle})
	if progress:
		doc.append(
			"progress_reports",
			{"report_date": add_days(today(), -7), "percent": progress, "work_done": "按计划推进整改"},
		)
	doc.insert(ignore_permissions=True)
	people = {
		"office": email_of(OFFICE),
		"leader": email_of(leader),
		"responsible": email_of(login),
		"verifier": email_of(VERIFIER) if VERIFIER != login else email_of(OFFICE),
	}
	for action, who in PATHS[target]:
		prepare(doc.name, action)
		run_as(people[who], "Rectification Item", doc.name, action)


def prepare(name, action):
	if action == rule.REQUEST_CLOSE:
		evidence = frappe.get_doc(
			{
				"doctype": "File",
				"file_name": f"{name}-整改佐证.txt",
				"content": "整改佐证材料：制度文件、现场照片、台账截图",
				"attached_to_doctype": "Rectification Item",
				"attached_to_name": name,
				"is_private": 1,
			}
		).insert(ignore_permissions=True)
		frappe.db.set_value(
			"Rectification Item",
			name,
			{"closeout_summary": "整改措施已落实到位", "closeout_evidence": evidence.file_url},
		)
	if action in (rule.RETURN, rule.LOOK_BACK):
		frappe.db.set_value("Rectification Item", name, "return_reason", "回头看发现问题反弹，需重新整改")
