"""Demo problems and rectification items, driven through the workflow by the people who would act."""

import frappe
from frappe.utils import add_days, today

from campaign_app.demo import rectification_data, rectification_units
from campaign_app.demo.actions import run_as
from campaign_app.demo.rectification_units import LATE_REPORTERS, RETURNED, SHARED_EVIDENCE
from campaign_app.domain import rectification as rule

ISSUES = rectification_data.ISSUES + rectification_units.ISSUES
ITEMS = rectification_data.ITEMS + rectification_units.ITEMS
OFFICE, VERIFIER = "chenjing", "zhouwenbin"
STYLE_THEMES = ("形式主义官僚主义", "执法不规范", "漠视群众出行需求")
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
	RETURNED: [
		(rule.SUBMIT, "office"),
		(rule.APPROVE, "leader"),
		(rule.REQUEST_CLOSE, "responsible"),
		(rule.RETURN, "verifier"),
	],
}
REASONS = {
	rule.RETURN: "销号佐证材料不充分，请补充现场照片和验收记录后重新申请",
	rule.LOOK_BACK: "回头看发现问题反弹，需重新整改",
}


def make_rectification(email_of, campaign: str) -> int:
	"""Creates the problems and items a site does not have yet (found by title, and by problem and
	measure); returns how many items were created (0 on a second run)."""
	starts = {}
	for key, _measure, *_who, start, _deadline, _target, _progress in ITEMS:
		starts[key] = min(starts.get(key, start), start)
	issues = {
		key: find_or_make_issue(spec, starts.get(key, -30), email_of, campaign) for key, *spec in ISSUES
	}
	created = 0
	for spec in ITEMS:
		if not frappe.db.exists("Rectification Item", {"issue": issues[spec[0]], "measure": spec[1]}):
			make_item(spec, issues, email_of)
			created += 1
	if created:
		from campaign_app.tasks import update_lights

		update_lights()
	return created


def cadre(login, email_of):
	return frappe.db.get_value("Cadre", {"email": email_of(login)})


def find_or_make_issue(spec, first_start: int, email_of, campaign) -> str:
	"""The problem is found a week before its first item starts."""
	level, unit, login, area, source, theme, programmes, title = spec
	existing = frappe.db.get_value("Campaign Issue", {"campaign": campaign, "title": title})
	if existing:
		return existing
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
				"found_on": add_days(today(), min(first_start - 7, -1)),
				"cause_thinking": 1,
				"cause_style": int(
					source in ("Petition or Hotline", "Public Opinion") or theme in STYLE_THEMES
				),
				"cause_system": int(level == "Leadership Team" or bool(programmes)),
			}
		)
		.insert(ignore_permissions=True)
		.name
	)


def make_item(spec, issues, email_of):
	key, measure, login, unit, leader, kind, ledger, start, deadline, target, progress = spec
	percents = list(progress) if isinstance(progress, tuple) else steps(progress)
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
			# the programmes (FIX-9) the problem is tagged with
			"programmes": [
				{"programme": row.programme}
				for row in frappe.get_doc("Campaign Issue", issues[key]).programmes
			],
		}
	)
	if kind == rule.LONG_TERM:
		for goal, due, done in stage_goals(start, deadline, target, percents):
			doc.append("stage_goals", {"goal": goal, "due_date": day(due), "done_on": day(done)})
	for report_day, percent in reports(start, deadline, target, percents, unit in LATE_REPORTERS):
		doc.append(
			"progress_reports",
			{"report_date": day(report_day), "percent": percent, "work_done": work_done(percent)},
		)
	doc.insert(ignore_permissions=True)
	people = {
		"office": email_of(OFFICE),
		"leader": email_of(leader),
		"responsible": email_of(login),
		"verifier": email_of(VERIFIER) if VERIFIER != login else email_of(OFFICE),
	}
	for action, who in PATHS[target]:
		prepare(doc.name, action, measure)
		run_as(people[who], "Rectification Item", doc.name, action)


def day(offset: int | None):
	return None if offset is None else add_days(today(), offset)


def steps(progress: int) -> list[int]:
	"""The percents of the reports that led to `progress`: one to three, never a jump of half the work."""
	if not progress:
		return []
	n = 1 if progress < 40 else 2 if progress < 70 else 3
	return [5 * round(progress * (i + 1) / n / 5) for i in range(n - 1)] + [progress]


def reports(start: int, deadline: int, target, percents: list[int], late: bool) -> list[tuple[int, int]]:
	"""(day, percent) of each report, evenly spread until three days ago; a late reporter, or an overdue
	item that is not finished, last reported over a month ago (the dispatch round chases its unit)."""
	if not percents:
		return []
	last = -3
	if late or (deadline < 0 and percents[-1] < 100 and target != rule.CLOSED):
		last = max(start + 5, -35)
	n = len(percents)
	return [(start + (last - start) * (i + 1) // n, p) for i, p in enumerate(percents)]


def stage_goals(start: int, deadline: int, target, percents: list[int]):
	"""(goal, due day, done day or None) of a long-term item: the plan, the main work, the follow-up."""
	plan = start + 30
	middle = (start + deadline) // 2
	progress = percents[-1] if percents else 0
	finished = target in (rule.CLOSE_REQUESTED, rule.CLOSED, rule.LOOK_BACK, RETURNED)
	return [
		("完成排查摸底和整改方案制定", plan, plan - 2 if plan - 2 < 0 else None),
		("完成主体整改任务", middle, middle - 2 if middle < 0 and progress >= 60 else None),
		("巩固整改成果，形成长效机制", deadline, -2 if finished else None),
	]


def work_done(percent: int) -> str:
	if percent >= 100:
		return "整改任务全部完成，制度文件、现场照片等佐证材料已整理归档"
	if percent >= 70:
		return "主体整改任务基本完成，正在查漏补缺、巩固成效"
	if percent >= 40:
		return "整改措施推进过半，已建立工作台账，每周调度"
	return "完成问题排查和整改方案制定，明确责任人和时间节点"


def prepare(name, action, measure):
	"""What the person acting fills in first: the close-out summary and evidence, or the reason."""
	if action == rule.REQUEST_CLOSE:
		# each item's own evidence, except the one set of photos reused on two items (a deviation warning)
		content = "整改佐证材料：制度文件、现场照片、台账截图"
		if measure not in SHARED_EVIDENCE:
			content = f"{content}（{name}：{measure}）"
		evidence = frappe.get_doc(
			{
				"doctype": "File",
				"file_name": f"{name}-整改佐证.txt",
				"content": content,
				"attached_to_doctype": "Rectification Item",
				"attached_to_name": name,
				"is_private": 1,
			}
		).insert(ignore_permissions=True)
		frappe.db.set_value(
			"Rectification Item",
			name,
			{"closeout_summary": f"已完成：{measure}", "closeout_evidence": evidence.file_url},
		)
	if action in REASONS:
		frappe.db.set_value("Rectification Item", name, "return_reason", REASONS[action])
