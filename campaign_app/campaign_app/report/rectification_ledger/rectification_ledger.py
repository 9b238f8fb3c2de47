"""The four lists (问题、整改、责任、时限清单), one row per rectification item, scoped to the user (FIX-7)."""

import frappe
from frappe import _

from campaign_app.campaign_app.report.filters import where
from campaign_app.permissions import rectification_item_condition

ITEM = "`tabRectification Item`"
EQUAL = {
	"campaign": f"{ITEM}.campaign",
	"ledger": f"{ITEM}.ledger",
	"light": f"{ITEM}.light",
	"workflow_state": f"{ITEM}.workflow_state",
	"issue_level": "ci.level",
	"theme": "ci.theme",
}
TRANSLATED = ("issue_level", "kind", "ledger", "light")


def execute(filters=None):
	return columns(), data(frappe._dict(filters or {}))


def columns():
	return [
		{
			"fieldname": "item",
			"label": _("Rectification Item"),
			"fieldtype": "Link",
			"options": "Rectification Item",
			"width": 120,
		},
		{"fieldname": "problem", "label": _("Problem"), "fieldtype": "Data", "width": 200},
		{"fieldname": "issue_level", "label": _("Issue Level"), "fieldtype": "Data", "width": 100},
		{"fieldname": "measure", "label": _("Measure"), "fieldtype": "Data", "width": 240},
		{
			"fieldname": "kind",
			"label": _("Kind", context="Rectification Item"),
			"fieldtype": "Data",
			"width": 80,
		},
		{
			"fieldname": "ledger",
			"label": _("Ledger", context="Rectification Item"),
			"fieldtype": "Data",
			"width": 80,
		},
		{
			"fieldname": "unit",
			"label": _("Responsible Unit"),
			"fieldtype": "Link",
			"options": "Campaign Unit",
			"width": 140,
		},
		{"fieldname": "responsible_cadre", "label": _("Responsible Cadre"), "fieldtype": "Data", "width": 90},
		{"fieldname": "leader_in_charge", "label": _("Leader in Charge"), "fieldtype": "Data", "width": 90},
		{"fieldname": "deadline", "label": _("Deadline"), "fieldtype": "Date", "width": 100},
		{
			"fieldname": "light",
			"label": _("Light", context="Rectification Item"),
			"fieldtype": "Data",
			"width": 70,
		},
		{"fieldname": "workflow_state", "label": _("Workflow State"), "fieldtype": "Data", "width": 90},
		{"fieldname": "progress", "label": _("Progress"), "fieldtype": "Percent", "width": 80},
	]


def data(filters):
	rows = frappe.db.sql(
		f"""select {ITEM}.name as item, ci.title as problem, ci.level as issue_level, {ITEM}.measure,
			{ITEM}.kind, {ITEM}.ledger, {ITEM}.unit, rc.full_name as responsible_cadre,
			lc.full_name as leader_in_charge, {ITEM}.deadline, {ITEM}.light, {ITEM}.workflow_state,
			{ITEM}.progress
		from {ITEM}
		join `tabCampaign Issue` ci on ci.name = {ITEM}.issue
		left join `tabCadre` rc on rc.name = {ITEM}.responsible_cadre
		left join `tabCadre` lc on lc.name = {ITEM}.leader_in_charge
		where {where(filters, EQUAL, f"{ITEM}.unit", rectification_item_condition())}
		order by {ITEM}.deadline, {ITEM}.name""",
		filters,
		as_dict=True,
	)
	for row in rows:
		for key in TRANSLATED:
			row[key] = _(row[key], context="Rectification Item") if row[key] else row[key]
	return rows
