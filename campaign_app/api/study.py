"""Study sessions (STUDY-1): the attendance list filled from the units and levels the type names."""

import frappe
from frappe import _

from campaign_app.domain import study as rule
from campaign_app.item_rules import unit_subtree


@frappe.whitelist(methods=["POST"])
def fill_attendance(session: str) -> int:
	"""Add every active cadre of the session's unit (and the units below it) whose level must attend;
	returns how many rows were added. Rows already there stay as they are."""
	doc = frappe.get_doc("Study Session", session)
	doc.check_permission("write")
	levels = doc.required_levels()
	listed = {row.cadre for row in doc.attendance}
	cadres = frappe.db.sql(
		f"""select c.name, c.level from `tabCadre` c
		where c.is_active = 1 and {unit_subtree("c.unit", doc.unit)}
		order by c.unit, c.name""",
		as_dict=True,
	)
	added = 0
	for cadre in cadres:
		if cadre.name not in listed and rule.must_attend(cadre.level, levels):
			doc.append("attendance", {"cadre": cadre.name, "status": rule.PRESENT})
			added += 1
	doc.save()
	frappe.msgprint(_("{0} cadres added to the attendance").format(added), alert=True)
	return added
