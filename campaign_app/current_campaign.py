"""The campaign the desk and the public pages start from: the latest one in progress (else none).

Kept as Frappe's global default `study_campaign`, so that report filters open on it
(`frappe.defaults.get_default("study_campaign")`) the way ERPNext's open on the default company.
"""

import frappe

DEFAULT_KEY = "study_campaign"


def current_campaign() -> str | None:
	rows = frappe.get_all(
		"Study Campaign",
		filters={"status": "In Progress"},
		order_by="start_date desc, creation desc",
		limit=1,
		pluck="name",
	)
	return rows[0] if rows else None


def refresh_default(*_args, **_kwargs):
	"""After a campaign is saved or deleted: the global default follows the latest one in progress."""
	name = current_campaign() or ""
	if (frappe.db.get_default(DEFAULT_KEY) or "") != name:
		frappe.db.set_default(DEFAULT_KEY, name)
