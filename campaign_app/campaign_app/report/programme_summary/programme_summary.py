"""按专项整改统计 (FIX-9): per rectification programme, the problems tagged with it and the items that
serve it (tagged on the item or on its problem), closed, overdue, completion rate. Items are read through
the user's scope; each figure equals a count in the item list with the same filters."""

import frappe
from frappe import _

from campaign_app import item_rules
from campaign_app.permissions import campaign_issue_condition, rectification_item_condition

ITEM = item_rules.ITEM


def execute(filters=None):
	filters = frappe._dict(filters or {})
	campaign = "and ri.campaign = %(campaign)s" if filters.campaign else ""
	item_scope = rectification_item_condition().replace(ITEM, "ri") or "1=1"
	issue_scope = campaign_issue_condition() or "1=1"
	values = item_rules.values(campaign=filters.campaign)
	items = frappe.db.sql(
		f"""select p.programme, {item_rules.counts("ri")}
		from (select distinct tag.programme, ri.name as item
			from `tabCampaign Issue Programme` tag
			join {ITEM} ri on (tag.parenttype = 'Rectification Item' and tag.parent = ri.name)
				or (tag.parenttype = 'Campaign Issue' and tag.parent = ri.issue)
			where {item_scope} {campaign}) p
		join {ITEM} ri on ri.name = p.item
		group by p.programme""",
		values,
		as_dict=True,
	)
	issues = dict(
		frappe.db.sql(
			f"""select tag.programme, count(distinct `tabCampaign Issue`.name)
			from `tabCampaign Issue Programme` tag
			join `tabCampaign Issue` on tag.parenttype = 'Campaign Issue' and tag.parent = `tabCampaign Issue`.name
			where {issue_scope} {campaign.replace("ri.", "`tabCampaign Issue`.")}
			group by tag.programme""",
			values,
		)
	)
	by_programme = {r.programme: r for r in items}
	rows = []
	for programme in frappe.get_all("Rectification Programme", pluck="name", order_by="name"):
		r = by_programme.get(programme) or {}
		total, closed = int(r.get("items") or 0), int(r.get("closed") or 0)
		rows.append(
			{
				"programme": programme,
				"problems": issues.get(programme, 0),
				"items": total,
				"closed": closed,
				"overdue": int(r.get("overdue") or 0),
				"rate": round(100.0 * closed / total, 1) if total else None,
			}
		)
	columns = [
		{
			"fieldname": "programme",
			"label": _("Programme"),
			"fieldtype": "Link",
			"options": "Rectification Programme",
			"width": 220,
		},
		{"fieldname": "problems", "label": _("Problems"), "fieldtype": "Int", "width": 90},
		{"fieldname": "items", "label": _("Items"), "fieldtype": "Int", "width": 90},
		{"fieldname": "closed", "label": _("Closed"), "fieldtype": "Int", "width": 90},
		{"fieldname": "overdue", "label": _("Overdue"), "fieldtype": "Int", "width": 90},
		{"fieldname": "rate", "label": _("Completion Rate"), "fieldtype": "Percent", "width": 110},
	]
	return columns, rows
