"""Open rectification items past their deadline (FIX-6), scoped to the user, longest overdue first."""

import frappe

from campaign_app import item_rules
from campaign_app.campaign_app.report.items import ITEM, columns, rows

EQUAL = {"campaign": f"{ITEM}.campaign", "ledger": f"{ITEM}.ledger"}
COLUMNS = (
	"item",
	"problem",
	"measure",
	"unit",
	"responsible_cadre",
	"leader_in_charge",
	"deadline",
	"days_overdue",
	"workflow_state",
	"progress",
)


def execute(filters=None):
	return columns(*COLUMNS), data(frappe._dict(filters or {}))


def data(filters):
	return rows(
		filters,
		EQUAL,
		extra_select=f", datediff(%(today)s, {ITEM}.deadline) as days_overdue",
		condition=item_rules.overdue(ITEM),
		values=item_rules.values(**filters),
	)
