"""Supervision visits (SUP-1): the random sample of closed items a visit re-verifies."""

import secrets

import frappe
from frappe import _

from campaign_app.domain import supervision as rule
from campaign_app.domain.rectification import CLOSED
from campaign_app.item_rules import unit_subtree

SAMPLERS = {"Campaign Manager", "Campaign Supervisor"}


@frappe.whitelist(methods=["POST"])
def draw_sample(visit: str) -> int:
	"""Draw the visit's sample once, with a recorded seed: units in the visited unit's subtree, closed
	items of the campaign in each. Returns how many items were drawn."""
	doc = frappe.get_doc("Supervision Visit", visit)
	doc.check_permission("write")
	if not SAMPLERS & set(frappe.get_roles()):
		frappe.throw(_("Only the supervisors draw the sample"), frappe.PermissionError)
	if doc.samples or doc.sample_seed:
		frappe.throw(
			_("The sample is already drawn (seed {0})").format(doc.sample_seed), title=_("Already Drawn")
		)
	candidates = {}
	for name, unit in frappe.db.sql(
		f"""select ri.name, ri.unit from `tabRectification Item` ri
		where ri.campaign = %(campaign)s and ri.stage = %(closed)s and {unit_subtree("ri.unit", doc.unit)}""",
		{"campaign": doc.campaign, "closed": CLOSED},
	):
		candidates.setdefault(unit, []).append(name)
	seed = secrets.randbelow(10**9)
	for unit, item in rule.draw(candidates, doc.sample_units or 0, doc.sample_items or 0, seed):
		doc.append("samples", {"unit": unit, "rectification_item": item})
	doc.sample_seed = seed
	doc.flags.server_write = True
	doc.save()
	return len(doc.samples)
