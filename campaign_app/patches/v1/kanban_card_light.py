"""Boards seeded before the cards showed the light: the light comes first on each card, once (an
administrator who removes it later keeps it removed)."""

import json

import frappe

from campaign_app.setup.views import KANBAN_BOARD


def execute():
	if not frappe.db.exists("Kanban Board", KANBAN_BOARD):
		return
	fields = json.loads(frappe.db.get_value("Kanban Board", KANBAN_BOARD, "fields") or "[]")
	if "light" not in fields:
		frappe.db.set_value("Kanban Board", KANBAN_BOARD, "fields", json.dumps(["light", *fields]))
