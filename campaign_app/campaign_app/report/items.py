"""What the item-level reports (ledger, overdue list) share: their columns and their one scoped query."""

import frappe
from frappe import _

from campaign_app.campaign_app.report.filters import where
from campaign_app.permissions import rectification_item_condition

ITEM = "`tabRectification Item`"
RI = "Rectification Item"


def _column(fieldname, label, fieldtype="Data", width=90, options=None):
	column = {"fieldname": fieldname, "label": label, "fieldtype": fieldtype, "width": width}
	if options:
		column["options"] = options
	return column


def columns(*fieldnames: str) -> list[dict]:
	"""The named columns, in that order, labelled in the user's language."""
	known = {
		"item": _column("item", _("Rectification Item"), "Link", 120, RI),
		"problem": _column("problem", _("Problem"), width=200),
		"issue_level": _column("issue_level", _("Issue Level"), width=100),
		"measure": _column("measure", _("Measure"), width=240),
		"kind": _column("kind", _("Kind", context=RI), width=80),
		"ledger": _column("ledger", _("Ledger", context=RI), width=80),
		"unit": _column("unit", _("Responsible Unit"), "Link", 140, "Campaign Unit"),
		"responsible_cadre": _column("responsible_cadre", _("Responsible Cadre")),
		"leader_in_charge": _column("leader_in_charge", _("Leader in Charge")),
		"deadline": _column("deadline", _("Deadline"), "Date", 100),
		"days_overdue": _column("days_overdue", _("Days Overdue"), "Int"),
		"light": _column("light", _("Light", context=RI), width=70),
		"workflow_state": _column("workflow_state", _("Workflow State")),
		"progress": _column("progress", _("Progress"), "Percent", 80),
	}
	return [known[name] for name in fieldnames]


def rows(filters: dict, equal: dict[str, str], extra_select: str = "", condition: str = "", values=None):
	"""One row per item the user may see, with its problem and people by name, earliest deadline first.

	`equal` maps filter keys to columns (the issue's columns as ci.*); extra_select and condition add to
	the query.
	"""
	scope = where(filters, equal, f"{ITEM}.unit", rectification_item_condition())
	if condition:
		scope = f"{condition} and {scope}"
	return frappe.db.sql(
		f"""select {ITEM}.name as item, ci.title as problem, ci.level as issue_level, {ITEM}.measure,
			{ITEM}.kind, {ITEM}.ledger, {ITEM}.unit, rc.full_name as responsible_cadre,
			lc.full_name as leader_in_charge, {ITEM}.deadline, {ITEM}.light, {ITEM}.workflow_state,
			{ITEM}.progress {extra_select}
		from {ITEM}
		join `tabCampaign Issue` ci on ci.name = {ITEM}.issue
		left join `tabCadre` rc on rc.name = {ITEM}.responsible_cadre
		left join `tabCadre` lc on lc.name = {ITEM}.leader_in_charge
		where {scope}
		order by {ITEM}.deadline, {ITEM}.name""",
		values if values is not None else filters,
		as_dict=True,
	)
