"""The public requests (意见建议) readable by machines in the shape of the Open311 GeoReport v2 read API
(PUB-1, ★): a provincial hotline platform or another tool follows a request by its id, no login.

	GET /api/method/campaign_app.api.open311.requests?service_request_id=FB-2026-00001[,FB-…]
	GET /api/method/campaign_app.api.open311.services

Each request: service_request_id, status (open / closed), status_notes (the state), service_name (the
area), agency_responsible (the unit), requested_datetime, updated_datetime; nothing personal (no content,
contact, reply or rating). Rate-limited like the public lookup.
"""

import frappe
from frappe.utils import get_datetime

from campaign_app.api.feedback import limit
from campaign_app.domain import feedback as rule

MAX_IDS = 20


@frappe.whitelist(allow_guest=True, methods=["GET"])
def requests(service_request_id: str | None = None) -> list[dict]:
	limit()
	ids = [i.strip().upper() for i in (service_request_id or "").split(",") if i.strip()][:MAX_IDS]
	if not ids:
		return []
	rows = frappe.get_all(
		"Public Feedback",
		filters={"name": ("in", ids)},
		fields=["name", "stage", "workflow_state", "area", "unit", "creation", "modified"],
	)
	return [
		{
			"service_request_id": r.name,
			"status": "closed" if r.stage == rule.CLOSED else "open",
			"status_notes": frappe._(r.workflow_state) if r.workflow_state else "",
			"service_name": r.area or "",
			"agency_responsible": r.unit or "",
			"requested_datetime": get_datetime(r.creation).isoformat(timespec="seconds"),
			"updated_datetime": get_datetime(r.modified).isoformat(timespec="seconds"),
		}
		for r in sorted(rows, key=lambda r: ids.index(r.name))
	]


@frappe.whitelist(allow_guest=True, methods=["GET"])
def services() -> list[dict]:
	"""GeoReport v2 service list: the problem areas."""
	limit()
	return [
		{"service_code": name, "service_name": name, "metadata": False, "type": "realtime"}
		for name in frappe.get_all("Campaign Issue Area", pluck="name", order_by="name")
	]
