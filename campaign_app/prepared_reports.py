"""Heavy reports as Frappe's Prepared Reports when the data is large (#13), and whose results a user may
read.

A report that lists items one by one (整改台账 with its four lists, 逾期清单) takes tens of seconds at a
million items. Above the number of items set in 整改设置, those reports run as Prepared Reports: the desk
queues them on the `long` queue and shows the result when it is ready. The setting is the source: it is
applied to the reports when it is saved, after every migrate (a report's JSON may come back) and daily.

Frappe lets anyone who may open a report read every other user's prepared result of it. A unit head's
result holds the rows of their own subtree, so a prepared result is read by the user who asked for it
(and a System Manager) only: the permission hooks below, and the request gate for the paths that load a
result by name (`prepared_report_name`, a `user` argument).
"""

import frappe
from frappe.utils import cint

from campaign_app.current_campaign import current_campaign

HEAVY_REPORTS = ("Rectification Ledger", "Overdue Rectification Items")
DEFAULT_THRESHOLD = 200_000


def threshold() -> int:
	"""Items above which the heavy reports are prepared; 0: never."""
	value = frappe.db.get_single_value("Rectification Settings", "prepared_report_items")
	return DEFAULT_THRESHOLD if value is None else cint(value)


def should_prepare(items: int, limit: int) -> bool:
	return limit > 0 and items > limit


def item_count() -> int:
	return frappe.db.count("Rectification Item")


def apply():
	"""Turn the heavy reports into Prepared Reports, or back, as the setting and the data say."""
	prepare = int(should_prepare(item_count(), threshold()))
	for report in HEAVY_REPORTS:
		if frappe.db.exists("Report", report):
			# the report's timestamp is kept, so that migrate does not take the change for a new version
			frappe.db.set_value("Report", report, "prepared_report", prepare, update_modified=False)


def is_privileged(user: str) -> bool:
	return user == "Administrator" or "System Manager" in frappe.get_roles(user)


def condition(user: str | None = None, doctype: str | None = None) -> str:
	"""permission_query_conditions of Prepared Report: one's own results."""
	user = user or frappe.session.user
	if is_privileged(user):
		return ""
	return f"`tabPrepared Report`.owner = {frappe.db.escape(user)}"


def has_permission(doc, ptype=None, user=None, debug=False):
	"""has_permission of Prepared Report: another user's result is refused; one's own goes on to Frappe's
	own check (may the user open the report)."""
	user = user or frappe.session.user
	if is_privileged(user) or doc.owner == user:
		return None
	return False


def may_read(name) -> bool:
	"""Whether the session user may read the Prepared Report `name` (one that does not exist: yes, Frappe
	then has nothing to show)."""
	if not isinstance(name, str):
		return False
	return not frappe.db.exists("Prepared Report", name) or frappe.has_permission(
		"Prepared Report", "read", name
	)


def name_campaign(report_name: str, filters):
	"""A prepared result is found again by the exact text of its filters, and the desk asks for it once
	before the campaign filter's default has arrived (Frappe checks a link's value first): for a prepared
	report, no campaign means the current one, the same on asking for the result and on preparing it."""
	if report_name not in HEAVY_REPORTS or not frappe.db.get_value("Report", report_name, "prepared_report"):
		return filters
	parsed = frappe.parse_json(filters) if isinstance(filters, str) and filters.strip() else filters
	parsed = parsed or {}
	if not isinstance(parsed, dict) or parsed.get("campaign"):
		return filters
	campaign = current_campaign()
	return {**parsed, "campaign": campaign} if campaign else filters
