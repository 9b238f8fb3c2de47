"""The unit tree view's nodes (ORG-1): the units a user may see, from the top of their scope."""

import frappe

from campaign_app.permissions import get_scope


@frappe.whitelist()
def get_children(doctype: str, parent: str | None = None, is_root: bool = False, **filters):
	"""Tree view nodes: the user's top units first (all roots, or the user's own unit), then children."""
	fields = ["name as value", "unit_name as title", "is_group as expandable"]
	if not parent:
		scope = get_scope()
		if scope.everything:
			top = [["parent_campaign_unit", "is", "not set"]]
		elif scope.unit:
			top = [["name", "=", scope.unit]]
		else:
			return []
		return frappe.get_list("Campaign Unit", fields=fields, filters=top, order_by="lft")
	return frappe.get_list(
		"Campaign Unit", fields=fields, filters={"parent_campaign_unit": parent}, order_by="lft"
	)
