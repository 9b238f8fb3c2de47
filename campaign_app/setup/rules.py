"""建章立制 (RULE-1), seeded once: the rule review workflow 起草 → 待审批 → 已批准 → 已发布 with 退回修改,
and the seed's rule to build (局党组议事决策规则) when a unit exists to own it. Administrators edit both."""

import frappe

from campaign_app.domain import supervision as rule
from campaign_app.setup.workflow import seed_workflow

WORKFLOW = "Rule Review Workflow"
STYLES = {
	rule.R_DRAFT: "",
	rule.R_SUBMITTED: "Warning",
	rule.R_APPROVED: "Primary",
	rule.R_PUBLISHED: "Success",
}
EDITORS = {
	rule.R_DRAFT: rule.DRAFTER_ROLES,
	rule.R_SUBMITTED: rule.APPROVER_ROLES,
	rule.R_APPROVED: ("Campaign Manager",),
	rule.R_PUBLISHED: ("Campaign Manager",),
}


def ensure_rules_setup():
	seed_workflow(
		WORKFLOW, "Rule Review", STYLES, EDITORS, list(rule.RULE_TRANSITIONS), rule.RULE_STATE_NAMES
	)
	ensure_webhooks()


def seed_rules(unit: str):
	"""The seed's rules to build, owned by `unit` (the demo's bureau); once."""
	for title, domain, decision, reason in rule.SEED_RULES:
		if not frappe.db.exists("Rule Review", {"rule_title": title}):
			frappe.get_doc(
				{
					"doctype": "Rule Review",
					"rule_title": title,
					"domain": domain,
					"decision": decision,
					"unit": unit,
					"reason": reason,
				}
			).insert(ignore_permissions=True)


# Group robots (企业微信 / 钉钉) through Frappe's Webhook records: seeded once, disabled, for the office to
# paste its robot's address and enable in the desk (no code). The marker keeps a second run from adding
# them again after an administrator edited or deleted them.
WEBHOOK_MARKER = "campaign_app_webhooks_seeded"
ALERT_TEXT = '{"msgtype": "text", "text": {"content": "【偏差预警】{{ doc.detail }}（{{ doc.name }}）"}}'
WEBHOOKS = (
	(
		"企业微信群机器人-偏差预警",
		"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=REPLACE-WITH-ROBOT-KEY",
	),
	("钉钉群机器人-偏差预警", "https://oapi.dingtalk.com/robot/send?access_token=REPLACE-WITH-ROBOT-TOKEN"),
)


def ensure_webhooks():
	if frappe.db.get_default(WEBHOOK_MARKER):
		return
	for name, url in WEBHOOKS:
		if frappe.db.exists("Webhook", name):
			continue
		frappe.get_doc(
			{
				"doctype": "Webhook",
				"name": name,
				"webhook_doctype": "Deviation Warning",
				"webhook_docevent": "after_insert",
				"enabled": 0,
				"request_url": url,
				"request_method": "POST",
				"request_structure": "JSON",
				"webhook_json": ALERT_TEXT,
				"webhook_headers": [{"key": "Content-Type", "value": "application/json"}],
			}
		).insert(ignore_permissions=True)
	frappe.db.set_default(WEBHOOK_MARKER, "1")
