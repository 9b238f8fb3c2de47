"""意见建议办理情况 (FIND-2): per channel or target unit, the feedback received, answered, answered on
time, still open past its reply day, and the citizens' ratings. Read through the user's scope."""

import frappe
from frappe import _
from frappe.utils import getdate, today

from campaign_app.current_campaign import current_campaign
from campaign_app.domain import feedback as rule
from campaign_app.domain.evaluation import satisfaction_rate, tally

GROUPS = {"channel": "channel", "unit": "unit"}


def execute(filters=None):
	filters = frappe._dict(filters or {})
	filters.campaign = filters.campaign or current_campaign()
	group = GROUPS.get(filters.group_by or "channel", "channel")
	if not filters.campaign:
		return columns(group), []
	now = getdate(today())
	groups = {}
	for f in frappe.get_list(
		"Public Feedback",
		filters={"campaign": filters.campaign},
		fields=["channel", "unit", "stage", "due_date", "replied_on", "rating"],
		limit_page_length=0,
	):
		groups.setdefault(f.get(group) or "", []).append(f)
	rows = []
	for key, items in sorted(groups.items()):
		answered = [f for f in items if f.stage in rule.ANSWERED]
		on_time = [f for f in answered if rule.answered_on_time(getdate(f.replied_on), getdate(f.due_date))]
		ratings = [f.rating for f in items if f.rating]
		rows.append(
			{
				"group": _(key) if group == "channel" else key or _("Not Assigned"),
				"received": len(items),
				"answered": len(answered),
				"on_time": len(on_time),
				"on_time_rate": round(100.0 * len(on_time) / len(answered), 1) if answered else None,
				"overdue": sum(rule.is_overdue(f.stage, getdate(f.due_date), now) for f in items),
				"rated": len(ratings),
				"satisfaction": satisfaction_rate(tally(ratings)),
			}
		)
	return columns(group), rows


def columns(group: str) -> list[dict]:
	first = (
		{"fieldname": "group", "label": _("Channel"), "fieldtype": "Data", "width": 160}
		if group == "channel"
		else {"fieldname": "group", "label": _("Target Unit"), "fieldtype": "Data", "width": 180}
	)
	return [
		first,
		{"fieldname": "received", "label": _("Received"), "fieldtype": "Int", "width": 90},
		{"fieldname": "answered", "label": _("Answered"), "fieldtype": "Int", "width": 90},
		{"fieldname": "on_time", "label": _("Answered on Time"), "fieldtype": "Int", "width": 110},
		{"fieldname": "on_time_rate", "label": _("On-time Rate %"), "fieldtype": "Percent", "width": 110},
		{"fieldname": "overdue", "label": _("Overdue Unanswered"), "fieldtype": "Int", "width": 120},
		{"fieldname": "rated", "label": _("Rated"), "fieldtype": "Int", "width": 80},
		{
			"fieldname": "satisfaction",
			"label": _("Satisfaction Rate %"),
			"fieldtype": "Percent",
			"width": 120,
		},
	]
