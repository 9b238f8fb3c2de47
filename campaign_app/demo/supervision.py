"""Demo of 督导 and 建章立制 (SUP-1, RULE-1..3): a supervision visit to the maintenance centre with its
random sample (one item failed re-verification and reopened), findings turned into problems and a
criticism notice; rule reviews in several states; 三重一大 decisions; the early warnings of today's data."""

import frappe
from frappe.utils import add_days, today

from campaign_app.demo.actions import run_as
from campaign_app.deviation import raise_warnings
from campaign_app.domain import supervision as rule
from campaign_app.setup.rules import seed_rules

SUPERVISOR = "zhouwenbin"  # 纪检组长: leads the supervision group
BUREAU = "县交通运输局"
RULES = (
	(
		"公路养护资金使用管理办法",
		"Maintenance",
		rule.REVISE,
		"公路养护中心",
		"资金拨付前缺少现场核验环节，需修订",
		"published",
	),
	(
		"交通行政执法自由裁量基准",
		"Enforcement and Service",
		rule.REVISE,
		"交通综合行政执法大队",
		"裁量档次过宽，群众反映执法尺度不一",
		"submitted",
	),
	(
		"客运站服务质量考核办法（2015）",
		"Transport Management",
		rule.ABOLISH,
		"运输管理所",
		"已被新办法替代，条款过时",
		"draft",
	),
)
DECISIONS = (
	("X032线改造工程项目安排", rule.PROJECT, "公路养护中心", rule.STEPS, rule.DECIDED),
	(
		"2026年农村公路养护资金分配",
		rule.FUNDS,
		BUREAU,
		(rule.RESEARCH, rule.RISK, rule.COLLECTIVE),
		rule.PROPOSED,
	),
)


def make_supervision(campaign: str, cadre_of, email_of) -> int:
	"""Returns how many visits were created (0 on a second run)."""
	if frappe.db.exists("Supervision Visit", {"campaign": campaign}):
		return 0
	frappe.get_doc("User", email_of(SUPERVISOR)).add_roles("Campaign Supervisor")
	visit = frappe.get_doc(
		{
			"doctype": "Supervision Visit",
			"title": "公路养护中心专项督导",
			"campaign": campaign,
			"unit": "公路养护中心",
			"visit_date": add_days(today(), -7),
			"method_site": 1,
			"method_random": 1,
			"method_documents": 1,
			"group_members": [{"cadre": cadre_of(SUPERVISOR)}, {"cadre": cadre_of("zhengyu")}],
			"checklist": [
				{"check_item": "整改台账是否完整", "result": "Pass"},
				{"check_item": "销号佐证是否真实", "result": "Fail", "note": "一项销号佐证与现场不符"},
			],
			"findings": [
				{"finding": "养护巡查记录存在补记现象", "area": "道路养护", "cadre": cadre_of("linhai")},
			],
			"sample_units": 2,
			"sample_items": 2,
		}
	).insert(ignore_permissions=True)
	from campaign_app.api.supervision import draw_sample

	current = frappe.session.user
	frappe.set_user(email_of(SUPERVISOR))
	try:
		draw_sample(visit.name)
		visit.reload()
		if visit.samples:
			visit.samples[0].result, visit.samples[0].note = rule.FAILED, "现场复核发现路面病害仍未处理"
			for row in visit.samples[1:]:
				row.result = rule.CONFIRMED
		visit.status, visit.outcome = rule.DONE, rule.CRITICISM
		visit.reply_deadline = add_days(today(), 7)
		visit.save()
	finally:
		frappe.set_user(current)
	make_rules(email_of)
	for title, category, unit, steps, status in DECISIONS:
		frappe.get_doc(
			{
				"doctype": "Major Decision",
				"title": title,
				"category": category,
				"unit": unit,
				"status": status,
				"decision": "经局党组会议集体研究决定" if status == rule.DECIDED else None,
				"steps": [{"step": s, "done_on": add_days(today(), -20 + i)} for i, s in enumerate(steps)],
			}
		).insert(ignore_permissions=True)
	raise_warnings()
	make_dispatch(campaign)
	return 1


def make_dispatch(campaign):
	"""This month's dispatch round, chased and compiled, as the office would."""
	from campaign_app.api.dispatch import chase, compile_bulletin

	doc = frappe.get_doc(
		{
			"doctype": "Dispatch Round",
			"title": "第11期整改工作调度",
			"campaign": campaign,
			"period_start": add_days(today(), -30),
			"period_end": today(),
			"report_due": add_days(today(), 3),
		}
	).insert(ignore_permissions=True)
	chase(doc.name)
	compile_bulletin(doc.name)


def make_rules(email_of):
	seed_rules(BUREAU)
	for title, domain, decision, unit, reason, last in RULES:
		doc = frappe.get_doc(
			{
				"doctype": "Rule Review",
				"rule_title": title,
				"domain": domain,
				"decision": decision,
				"unit": unit,
				"reason": reason,
			}
		).insert(ignore_permissions=True)
		if last == "draft":
			continue
		head = frappe.db.get_value("Cadre", frappe.db.get_value("Campaign Unit", unit, "head"), "user")
		run_as(head, "Rule Review", doc.name, rule.SUBMIT)
		if last == "published":
			run_as(email_of("sunliping"), "Rule Review", doc.name, rule.APPROVE)
			run_as(email_of("chenjing"), "Rule Review", doc.name, rule.PUBLISH)
