# Copyright (c) 2026, campaign_app developers and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from campaign_app.domain import appraisal as rule

JOB = "campaign_app.campaign_app.doctype.campaign_appraisal_round.campaign_appraisal_round.create_round_appraisals"


class CampaignAppraisalRound(Document):
	def validate(self):
		self.validate_template_fits()
		self.take_template_levels()

	def onload(self):
		self.set_onload("summary", self.summary())

	def validate_template_fits(self):
		template = frappe.db.get_value(
			"Campaign Appraisal Template", self.template, ["target_type", "is_active"], as_dict=True
		)
		if not template.is_active:
			frappe.throw(_("The appraisal template {0} is not active").format(self.template))
		if template.target_type != self.target_type:
			frappe.throw(_("The appraisal template {0} is not for this appraisee type").format(self.template))

	def take_template_levels(self):
		if self.target_type != rule.CADRE:
			self.levels = []
			return
		if not self.levels:
			for row in frappe.get_doc("Campaign Appraisal Template", self.template).levels:
				self.append("levels", {"level": row.level})

	@frappe.whitelist()
	def create_appraisals(self):
		"""Create the round's appraisals in the background; running it again adds only the missing ones."""
		self.check_permission("write")
		frappe.enqueue(
			JOB,
			round_name=self.name,
			queue="long",
			enqueue_after_commit=True,
			now=frappe.flags.in_test,
		)
		frappe.msgprint(_("The appraisals are being created in the background"), alert=True)

	def summary(self) -> dict:
		rows = frappe.get_all(
			"Campaign Appraisal",
			filters={"appraisal_round": self.name},
			fields=["name", "appraisee_name", "workflow_state"],
			order_by="appraisee_name",
		)
		return rule.summary((r.name, r.appraisee_name, r.workflow_state or rule.DRAFT) for r in rows)

	def targets(self) -> list[str]:
		if self.target_type == rule.UNIT:
			return frappe.get_all("Campaign Unit", filters={"is_active": 1}, order_by="lft", pluck="name")
		levels = [row.level for row in self.levels]
		return frappe.get_all(
			"Cadre", filters={"is_active": 1, "level": ("in", levels)}, order_by="name", pluck="name"
		)


def create_round_appraisals(round_name: str) -> int:
	"""One appraisal per target of the round that has none yet; returns how many were created."""
	round_doc = frappe.get_doc("Campaign Appraisal Round", round_name)
	field = "target_unit" if round_doc.target_type == rule.UNIT else "cadre"
	done = set(frappe.get_all("Campaign Appraisal", filters={"appraisal_round": round_name}, pluck=field))
	created = 0
	for target in round_doc.targets():
		if target in done:
			continue
		frappe.get_doc(
			{
				"doctype": "Campaign Appraisal",
				"appraisal_round": round_name,
				"campaign": round_doc.campaign,
				"template": round_doc.template,
				"period": round_doc.period,
				"target_type": round_doc.target_type,
				field: target,
			}
		).insert(ignore_permissions=True)
		created += 1
	return created
