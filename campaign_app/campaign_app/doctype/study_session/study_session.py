# Copyright (c) 2026, campaign_app developers and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.desk.form import assign_to
from frappe.model.document import Document
from frappe.utils import add_days, getdate

from campaign_app.domain import study as rule
from campaign_app.guard.files import check_attach_fields


class StudySession(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from campaign_app.campaign_app.doctype.study_attendance.study_attendance import StudyAttendance

		attendance: DF.Table[StudyAttendance]
		campaign: DF.Link
		end_date: DF.Date | None
		host: DF.Link | None
		materials: DF.Attach | None
		place: DF.Data | None
		session_type: DF.Link
		start_date: DF.Date
		summary: DF.SmallText | None
		title: DF.Data
		unit: DF.Link

	# end: auto-generated types
	def validate(self):
		check_attach_fields(self)
		self.validate_length()
		self.validate_attendance()

	def on_update(self):
		self.assign_make_up()

	# ---- rules

	def validate_length(self):
		minimum = frappe.db.get_value("Study Session Type", self.session_type, "minimum_days") or 0
		problem = rule.length_problem(
			minimum, getdate(self.start_date), self.end_date and getdate(self.end_date)
		)
		if problem == "ends_before_start":
			frappe.throw(_("The end date cannot be before the start date"), title=_("Invalid Dates"))
		if problem:
			frappe.throw(
				_("A {0} lasts at least {1} days").format(_(self.session_type), minimum),
				title=_("Session Too Short"),
			)

	def validate_attendance(self):
		seen = set()
		for row in self.attendance:
			if row.cadre in seen:
				frappe.throw(_("Row {0}: {1} is listed twice").format(row.idx, row.cadre_name or row.cadre))
			seen.add(row.cadre)
			problem = rule.attendance_problem(row.status, row.reason, row.made_up_on)
			if problem == "leave_needs_reason":
				frappe.throw(
					_("Row {0}: a leave needs its reason").format(row.idx), title=_("Missing Reason")
				)
			if problem == "made_up_needs_date":
				frappe.throw(_("Row {0}: give the date of the make-up study").format(row.idx))

	# ---- side effects

	def assign_make_up(self):
		"""A cadre absent from a session they must attend gets a make-up task (ToDo); it closes when made up."""
		levels = self.required_levels()
		cadres = {
			c.name: c
			for c in frappe.get_all(
				"Cadre",
				filters={"name": ("in", [row.cadre for row in self.attendance] or [""])},
				fields=["name", "user", "level"],
			)
		}
		todos = {
			t.allocated_to: t
			for t in frappe.get_all(
				"ToDo",
				filters={"reference_type": self.doctype, "reference_name": self.name},
				fields=["name", "allocated_to", "status"],
				order_by="status asc",  # Open sorts last, so an open task wins over closed ones
			)
		}
		for row in self.attendance:
			cadre = cadres.get(row.cadre)
			if not cadre or not cadre.user or not rule.must_attend(cadre.level, levels):
				continue
			todo = todos.get(cadre.user)
			if row.status == rule.ABSENT and not (todo and todo.status == "Open"):
				assign_to.add(
					{
						"assign_to": [cadre.user],
						"doctype": self.doctype,
						"name": self.name,
						"description": _("Make-up study: {0}").format(self.title),
						"date": add_days(self.end_date or self.start_date, rule.MAKE_UP_DAYS),
					},
					ignore_permissions=True,
				)
			elif row.status != rule.ABSENT and todo and todo.status == "Open":
				frappe.db.set_value("ToDo", todo.name, "status", "Closed")

	def required_levels(self) -> list[str]:
		return frappe.get_all(
			"Study Session Type Level",
			filters={"parent": self.session_type, "parenttype": "Study Session Type"},
			pluck="level",
		)
