"""Open rectification items past their deadline (FIX-6), scoped to the user, longest overdue first."""

import frappe
from frappe import _
from frappe.utils import today

from campaign_app.campaign_app.report.filters import where
from campaign_app.domain.rectification import CLOSED
from campaign_app.permissions import rectification_item_condition

ITEM = "`tabRectification Item`"
EQUAL = {"campaign": f"{ITEM}.campaign", "ledger": f"{ITEM}.ledger"}


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
		{"fieldname": "measure", "label": _("Measure"), "fieldtype": "Data", "width": 220},
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
		{"fieldname": "days_overdue", "label": _("Days Overdue"), "fieldtype": "Int", "width": 90},
		{"fieldname": "workflow_state", "label": _("Workflow State"), "fieldtype": "Data", "width": 90},
		{"fieldname": "progress", "label": _("Progress"), "fieldtype": "Percent", "width": 80},
	]


def data(filters):
	values = {**filters, "closed_state": CLOSED, "today": today()}
	scope = where(filters, EQUAL, f"{ITEM}.unit", rectification_item_condition())
	return frappe.db.sql(
		f"""select {ITEM}.name as item, ci.title as problem, {ITEM}.measure, {ITEM}.unit,
			rc.full_name as responsible_cadre, lc.full_name as leader_in_charge, {ITEM}.deadline,
			datediff(%(today)s, {ITEM}.deadline) as days_overdue, {ITEM}.workflow_state, {ITEM}.progress
		from {ITEM}
		join `tabCampaign Issue` ci on ci.name = {ITEM}.issue
		left join `tabCadre` rc on rc.name = {ITEM}.responsible_cadre
		left join `tabCadre` lc on lc.name = {ITEM}.leader_in_charge
		where {ITEM}.deadline < %(today)s and not ({ITEM}.workflow_state <=> %(closed_state)s) and {scope}
		order by {ITEM}.deadline, {ITEM}.name""",
		values,
		as_dict=True,
	)
