# Copyright (c) 2026, campaign_app developers and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from campaign_app.dispatch import period_problem, unit_rows
from campaign_app.server_owned import refuse_client_changes

# Kept by the server: the units' reporting, recounted on each save, and the compiled bulletin
SERVER_OWNED = ("bulletin", "compiled_on")


class DispatchRound(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from campaign_app.campaign_app.doctype.dispatch_unit.dispatch_unit import DispatchUnit

		bulletin: DF.HTMLEditor | None
		campaign: DF.Link
		compiled_on: DF.Datetime | None
		meeting: DF.Link | None
		period_end: DF.Date
		period_start: DF.Date
		report_due: DF.Date | None
		title: DF.Data
		units: DF.Table[DispatchUnit]

	# end: auto-generated types
	def validate(self):
		refuse_client_changes(self, SERVER_OWNED, tables=("units",))
		self.check_period()
		self.refresh_units()

	def check_period(self):
		if period_problem(self.period_start, self.period_end):
			frappe.throw(_("The period cannot end before it starts"), title=_("Invalid Dates"))

	def refresh_units(self):
		"""Every unit responsible for open items, with its reports in the period; a chase is remembered."""
		chased = {row.unit: row.chased_on for row in self.units}
		self.set("units", [])
		for row in unit_rows(self.campaign, self.period_start, self.period_end):
			self.append("units", {**row, "chased_on": chased.get(row.unit)})
