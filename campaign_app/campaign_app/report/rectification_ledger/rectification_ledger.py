"""The four lists (问题、整改、责任、时限清单), one row per rectification item, scoped to the user (FIX-7)."""

import frappe
from frappe import _

from campaign_app.campaign_app.report.items import ITEM, RI, columns, rows
from campaign_app.item_rules import unit_subtree

EQUAL = {
	"campaign": f"{ITEM}.campaign",
	"ledger": f"{ITEM}.ledger",
	"light": f"{ITEM}.light",
	"stage": f"{ITEM}.stage",
	"issue_level": "ci.level",
	"theme": "ci.theme",
}
COLUMNS = (
	"item",
	"problem",
	"issue_level",
	"measure",
	"kind",
	"ledger",
	"unit",
	"responsible_cadre",
	"leader_in_charge",
	"deadline",
	"light",
	"workflow_state",
	"progress",
)
TRANSLATED = ("issue_level", "kind", "ledger", "light")


def ledger_condition(filters) -> tuple[str, dict]:
	"""一人一账 (the user's own items), 一班一账 (their unit's and the units' below), and a programme
	(FIX-9: tagged on the item or on its problem)."""
	parts, values = [], {"me": frappe.session.user}
	if filters.get("own") == "Mine":
		parts.append(f"{ITEM}.responsible_user = %(me)s")
	if filters.get("own") == "My Team":
		unit = frappe.db.get_value("Cadre", {"user": frappe.session.user, "is_active": 1}, "unit")
		parts.append(unit_subtree(f"{ITEM}.unit", unit) or "1=0")
	if filters.get("programme"):
		parts.append(
			f"""(exists (select 1 from `tabCampaign Issue Programme` p where p.programme = %(programme)s
			and ((p.parenttype = 'Rectification Item' and p.parent = {ITEM}.name)
			or (p.parenttype = 'Campaign Issue' and p.parent = {ITEM}.issue))))"""
		)
	return " and ".join(parts), values


def execute(filters=None):
	return columns(*COLUMNS), data(frappe._dict(filters or {}))


def data(filters):
	condition, values = ledger_condition(filters)
	result = rows(filters, EQUAL, condition=condition, values={**filters, **values})
	for row in result:
		for key in TRANSLATED:
			row[key] = _(row[key], context=RI) if row[key] else row[key]
	return result
