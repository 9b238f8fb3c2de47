"""民生实事进展 (FIX-8): each livelihood project of a campaign with its progress, milestones and light;
and each member of the leadership with the projects they lead (red where none). Read through the user's
scope."""

import frappe
from frappe import _

from campaign_app.current_campaign import current_campaign
from campaign_app.domain import livelihood as rule


def execute(filters=None):
	filters = frappe._dict(filters or {})
	filters.campaign = filters.campaign or current_campaign()
	if not filters.campaign:
		return [], []
	return leaders(filters) if filters.view == "leaders" else projects(filters)


def projects(filters):
	rows = frappe.get_list(
		"Livelihood Project",
		filters={"campaign": filters.campaign},
		fields=["name", "title", "lead_leader_name", "unit", "deadline", "progress", "light", "status"],
		order_by="deadline",
		limit_page_length=0,
	)
	done = {}
	for m in frappe.get_all(
		"Livelihood Milestone",
		filters={"parent": ("in", [r.name for r in rows] or [""]), "parenttype": "Livelihood Project"},
		fields=["parent", "done_on"],
	):
		total, finished = done.get(m.parent, (0, 0))
		done[m.parent] = (total + 1, finished + (1 if m.done_on else 0))
	for r in rows:
		total, finished = done.get(r.name, (0, 0))
		r.milestones = f"{finished}/{total}"
		r.light_label = _(r.light, context="Rectification Item")
		r.status = _(r.status, context="Livelihood Project")
	columns = [
		{
			"fieldname": "name",
			"label": _("Livelihood Project"),
			"fieldtype": "Link",
			"options": "Livelihood Project",
			"width": 120,
		},
		{"fieldname": "title", "label": _("Project"), "fieldtype": "Data", "width": 220},
		{"fieldname": "lead_leader_name", "label": _("Lead Leader"), "fieldtype": "Data", "width": 90},
		{
			"fieldname": "unit",
			"label": _("Responsible Unit"),
			"fieldtype": "Link",
			"options": "Campaign Unit",
			"width": 140,
		},
		{"fieldname": "deadline", "label": _("Deadline"), "fieldtype": "Date", "width": 100},
		{"fieldname": "milestones", "label": _("Milestones Done"), "fieldtype": "Data", "width": 90},
		{"fieldname": "progress", "label": _("Progress"), "fieldtype": "Percent", "width": 90},
		{"fieldname": "light_label", "label": _("Light"), "fieldtype": "Data", "width": 80},
		{"fieldname": "status", "label": _("Status"), "fieldtype": "Data", "width": 90},
	]
	return columns, rows


def leaders(filters):
	led = {}
	for p in frappe.get_list(
		"Livelihood Project",
		filters={"campaign": filters.campaign},
		fields=["lead_leader", "title"],
		limit_page_length=0,
	):
		led.setdefault(p.lead_leader, []).append(p.title)
	rows = [
		{
			"cadre": c.name,
			"full_name": c.full_name,
			"led": len(led.get(c.name, [])),
			"titles": "、".join(led.get(c.name, [])),
		}
		for c in frappe.get_all(
			"Cadre",
			filters={"is_active": 1, "level": ("in", rule.LEADER_LEVELS)},
			fields=["name", "full_name"],
			order_by="level desc, name",
		)
	]
	columns = [
		{"fieldname": "cadre", "label": _("Cadre"), "fieldtype": "Link", "options": "Cadre", "width": 120},
		{"fieldname": "full_name", "label": _("Full Name"), "fieldtype": "Data", "width": 100},
		{"fieldname": "led", "label": _("Projects Led"), "fieldtype": "Int", "width": 100},
		{"fieldname": "titles", "label": _("Projects"), "fieldtype": "Data", "width": 360},
	]
	return columns, rows
