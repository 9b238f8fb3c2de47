"""Problems raised in a review meeting or a supervision visit become Campaign Issues, linked both ways:
the row keeps the issue, the issue keeps the meeting or visit (both kept by the server)."""

import frappe

from campaign_app.domain.study import problem_level


def raise_issue(parent, row, text: str, source: str, link_field: str, found_on) -> str:
	"""A Campaign Issue for a row (problem, area, cadre about) of `parent`; returns its name."""
	cadre = row.cadre and frappe.db.get_value("Cadre", row.cadre, ["unit", "level"], as_dict=True)
	issue = frappe.get_doc(
		{
			"doctype": "Campaign Issue",
			"title": text.strip().splitlines()[0][:140],
			"description": text,
			"campaign": parent.campaign,
			"level": problem_level(cadre.level if cadre else None),
			"unit": cadre.unit if cadre else parent.unit,
			"cadre": row.cadre,
			"area": row.area,
			"source": source,
			"found_on": found_on,
			link_field: parent.name,
		}
	)
	issue.flags.server_write = True
	issue.insert(ignore_permissions=True)
	return issue.name
