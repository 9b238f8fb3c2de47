"""Demo appraisals: a round over the bureau's units and one over its leaders, some self-assessed,
reviewed and approved by the people who would act, so that the ranking has figures."""

import frappe

from campaign_app.campaign_app.doctype.campaign_appraisal_round.campaign_appraisal_round import (
	create_round_appraisals,
)
from campaign_app.demo.actions import run_as
from campaign_app.domain import appraisal as rule
from campaign_app.setup.appraisal_workflow import ensure_template

PERIOD = "2026年度"
LEADER_TEMPLATE = "领导班子成员考核模板"
REVIEWER, APPROVER, DEPUTY_APPROVER = "zhouwenbin", "wangjianguo", "lihongmei"
# units whose appraisal goes through the workflow in the demo: unit → last state reached
DRIVEN = {
	"公路养护中心": rule.APPROVED,
	"运输管理所": rule.APPROVED,
	"交通综合行政执法大队": rule.REVIEWED,
	"局机关": rule.SELF_ASSESSED,
	"办公室": rule.SELF_ASSESSED,
}


def make_appraisals(campaign: str, email_of) -> int:
	"""Returns how many appraisals were created (0 on a second run)."""
	if frappe.db.exists("Campaign Appraisal Round", {"campaign": campaign, "period": PERIOD}):
		return 0
	ensure_leader_template()
	created = 0
	for template, target_type in ((rule.DEFAULT_TEMPLATE, rule.UNIT), (LEADER_TEMPLATE, rule.CADRE)):
		round_doc = frappe.get_doc(
			{
				"doctype": "Campaign Appraisal Round",
				"campaign": campaign,
				"template": template,
				"period": PERIOD,
				"target_type": target_type,
			}
		).insert(ignore_permissions=True)
		created += create_round_appraisals(round_doc.name)
	give_self_scores(campaign)
	drive_workflow(campaign, email_of)
	return created


def ensure_leader_template():
	ensure_template(LEADER_TEMPLATE, rule.CADRE, levels=("Principal Leader", "Leadership Member"))


def give_self_scores(campaign: str):
	"""Self scores: the computed value where an indicator has one, else a figure that varies by appraisee."""
	for n, name in enumerate(
		frappe.get_all("Campaign Appraisal", filters={"campaign": campaign}, pluck="name", order_by="name")
	):
		doc = frappe.get_doc("Campaign Appraisal", name)
		for i, row in enumerate(doc.scores):
			row.self_score = row.computed_score if row.data_source and row.computed_score is not None else 0
			if not row.self_score:
				row.self_score = 72 + (n * 7 + i * 5) % 27
		doc.self_summary = "对照核心指标逐项自评，整改任务按计划推进。"
		doc.save(ignore_permissions=True)


def drive_workflow(campaign: str, email_of):
	path = [(rule.SUBMIT_SELF, None), (rule.REVIEW, REVIEWER), (rule.APPROVE, APPROVER)]
	for unit, last in DRIVEN.items():
		name = frappe.db.get_value("Campaign Appraisal", {"campaign": campaign, "target_unit": unit})
		if not name:
			continue
		for action, login in path[: rule.STAGES.index(last)]:
			doc = frappe.get_doc("Campaign Appraisal", name)
			user = doc.appraisee_user if login is None else email_of(login)
			if user == doc.appraisee_user and login:
				user = email_of(DEPUTY_APPROVER)
			if action == rule.REVIEW:
				doc.review_comment = "自评基本客观，评分属实。"
				for row in doc.scores:
					row.reviewer_score = max(0, (row.self_score or 0) - 3)
				doc.save(ignore_permissions=True)
			run_as(user, "Campaign Appraisal", name, action)
