"""Indexes Frappe does not add by itself, for the scoped reports and the daily light job at scale."""

import frappe


def add_rectification_indexes():
	frappe.db.add_index("Rectification Item", ["unit", "workflow_state", "deadline"], "unit_state_deadline")
