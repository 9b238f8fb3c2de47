"""Desk views seeded once: a Kanban board of rectification items by workflow state (FIX-7).

Created only when missing, so an administrator's changes to the board survive `bench migrate`.
"""

import json

import frappe
from frappe.custom.doctype.property_setter.property_setter import make_property_setter

from campaign_app.domain import rectification as rule

KANBAN_BOARD = "Rectification Board"
BOARD_FIELDS = ["light", "deadline", "progress"]  # what each card shows under the measure
INDICATORS = {
	rule.DRAFT: "Gray",
	rule.REVIEW: "Orange",
	rule.RECTIFYING: "Blue",
	rule.CLOSE_REQUESTED: "Cyan",
	rule.CLOSED: "Green",
}


def ensure_views():
	ensure_doctype_settings()
	if frappe.db.exists("Kanban Board", KANBAN_BOARD):
		return
	board = frappe.get_doc(
		{
			"doctype": "Kanban Board",
			"kanban_board_name": KANBAN_BOARD,
			"reference_doctype": "Rectification Item",
			"field_name": "workflow_state",
			"private": 0,
			"show_labels": 1,
			"fields": json.dumps(BOARD_FIELDS),
		}
	).insert(ignore_permissions=True)
	# Columns added after the insert: on insert Frappe would store every item's name as the column order
	for stage in rule.STAGES:
		board.append(
			"columns",
			{"column_name": rule.STATE_NAMES[stage], "status": "Active", "indicator": INDICATORS[stage]},
		)
	board.save(ignore_permissions=True)


# Set once on Frappe's doctypes; an administrator who turns one off keeps it off (#14):
# people show by name, not by account id, wherever a User is linked (forms, lists, prints); a print
# format shows by its name in the user's language (the print view's 打印格式: 整改事项单, not its key)
DOCTYPE_SETTINGS = (("User", "show_title_field_in_link"), ("Print Format", "translated_doctype"))


def ensure_doctype_settings():
	for doctype, setting in DOCTYPE_SETTINGS:
		if frappe.db.exists("Property Setter", {"doc_type": doctype, "property": setting}):
			continue
		make_property_setter(
			doctype, None, setting, 1, "Check", for_doctype=True, validate_fields_for_doctype=False
		)


def remove_views():
	"""For uninstall: the board is data, not a module record, so Frappe would leave it behind."""
	frappe.delete_doc("Kanban Board", KANBAN_BOARD, ignore_permissions=True, force=True, ignore_missing=True)
