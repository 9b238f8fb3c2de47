# Copyright (c) 2026, campaign_app developers and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from campaign_app.domain import appraisal as rule
from campaign_app.workflow_rules import state_names

JOB = "campaign_app.campaign_app.doctype.campaign_appraisal_round.campaign_appraisal_round.create_round_appraisals"


class CampaignAppraisalRound(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from campaign_app.campaign_app.doctype.campaign_appraisal_level.campaign_appraisal_level import (
			CampaignAppraisalLevel,
		)

		campaign: DF.Link
		levels: DF.Table[CampaignAppraisalLevel]
		period: DF.Data
		target_type: DF.Literal["Unit", "Cadre"]
		template: DF.Link

	# end: auto-generated types
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
			fields=["name", "appraisee_name", "stage"],
			order_by="appraisee_name",
		)
		summary = rule.summary((r.name, r.appraisee_name, r.stage or rule.DRAFT) for r in rows)
		names = state_names("Campaign Appraisal")  # each stage as its state is named now
		summary["counts"] = {names.get(stage, stage): n for stage, n in summary["counts"].items()}
		return summary

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
