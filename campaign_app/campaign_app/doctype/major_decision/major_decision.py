# Copyright (c) 2026, campaign_app developers and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate, today

from campaign_app.domain import supervision as rule
from campaign_app.guard.files import check_attach_fields


class MajorDecision(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from campaign_app.campaign_app.doctype.decision_correction.decision_correction import (
			DecisionCorrection,
		)
		from campaign_app.campaign_app.doctype.decision_step.decision_step import DecisionStep

		category: DF.Literal[
			"Major Matter", "Cadre Appointment", "Major Project", "Large Fund Use", "Planning Adjustment"
		]
		corrections: DF.Table[DecisionCorrection]
		decided_on: DF.Date | None
		decision: DF.SmallText | None
		status: DF.Literal["Proposed", "Decided"]
		steps: DF.Table[DecisionStep]
		title: DF.Data
		unit: DF.Link

	# end: auto-generated types
	def validate(self):
		check_attach_fields(self)
		self.check_steps()
		self.check_decided()

	def check_steps(self):
		seen = set()
		for row in self.steps:
			if row.step in seen:
				frappe.throw(_("Row {0}: the step {1} is listed twice").format(row.idx, _(row.step)))
			seen.add(row.step)
			if row.done_on and getdate(row.done_on) > getdate(today()):
				frappe.throw(_("Row {0}: a step cannot be done in the future").format(row.idx))

	def check_decided(self):
		"""Decided only with every step its category requires done (三重一大), and a date."""
		if self.status != rule.DECIDED:
			return
		missing = rule.missing_steps(self.category, {r.step: bool(r.done_on) for r in self.steps})
		if missing:
			frappe.throw(
				_("It cannot be marked decided before these steps are done: {0}").format(
					"、".join(_(step) for step in missing)
				),
				title=_("Required Steps Missing"),
			)
		if not self.decided_on:
			self.decided_on = today()
