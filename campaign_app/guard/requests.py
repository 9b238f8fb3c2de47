"""A gate in front of Frappe's generic endpoints for the app's doctypes (an `auth_hooks` entry: it runs
for every request once the user is known, before the request is handled).

Deny by default: a method of Frappe that names one of the app's doctypes anywhere in its arguments
runs only when it is on ALLOWED, the desk's own paths, each of which applies the app's
`permission_query_conditions` and `has_permission` (or is wrapped in `api/overrides.py` so that it does).
A new endpoint of a later Frappe is refused for the app's data until someone checks it and adds it.
"""

import json

import frappe
from frappe import _

from campaign_app.desk_profile import blocked_modules
from campaign_app.guard.paths import (
	ALLOWED,
	ATTACHMENT_METHODS,
	CALENDAR,
	CLIENT_CARDS,
	CLIENT_CHART,
	DESKTOP_PAGE,
	DOCTYPE_PARAMS,
	FILTER_PARAMS,
	REPORT_RESULTS,
	UPLOAD_METHODS,
	request_target,
)

MAX_SCAN = 200_000  # characters of one argument read for doctype names
# Named as the doctype of a request, File is guarded like the app's own doctypes: its records carry the
# app's private evidence
FILES = frozenset({"File"})


def app_doctypes() -> tuple[frozenset, frozenset]:
	"""(every doctype of the app, its child doctypes), cached until the next migrate."""

	def load():
		rows = frappe.get_all("DocType", filters={"module": "Campaign App"}, fields=["name", "istable"])
		return [r.name for r in rows], [r.name for r in rows if r.istable]

	names, children = frappe.cache.get_value("campaign_app:doctypes", load)
	return frozenset(names), frozenset(children)


def before_request():
	"""auth_hooks entry: refuse what the app's scope cannot follow."""
	user = frappe.session.user
	if not getattr(frappe.local, "request", None) or user == "Administrator":
		return
	if "System Manager" in frappe.get_roles(user):
		return
	kind, target = request_target(frappe.local.request.path, frappe.form_dict)
	if not kind:
		return
	doctypes, children = app_doctypes()
	if kind == "resource":
		if target in children:
			refuse()
		return
	if any(is_raw_filter(frappe.form_dict.get(p)) for p in FILTER_PARAMS) and not names_by_string(target):
		refuse(_("Filters must be field conditions"))
	named = {str(frappe.form_dict.get(p)) for p in DOCTYPE_PARAMS if frappe.form_dict.get(p)}
	if named & children:
		refuse()
	if target in UPLOAD_METHODS:
		check_upload()
		return
	if target in ATTACHMENT_METHODS:
		from campaign_app.guard.files import check_file_names

		check_file_names(frappe.form_dict.get("attachments"))
	check_client_config(target, doctypes)
	check_prepared_result(target)
	if target.startswith("campaign_app.") or target in ALLOWED:
		return
	if named & (doctypes | FILES) or mentions(frappe.form_dict, doctypes):
		refuse()


def names_by_string(target: str) -> bool:
	"""frappe.client.get_value reads a bare string filter as a record's name (the desk asks for a
	report's doctype that way), never as SQL."""
	return target == "frappe.client.get_value" and not frappe.form_dict.get("or_filters")


def check_client_config(target: str, doctypes: frozenset):
	"""Charts, cards and calendars whose configuration the client sends: no raw SQL in it, and a chart
	on the app's doctypes only by the name of one of the site's charts."""
	form = frappe.form_dict
	if target == CLIENT_CHART and form.get("chart") and mentions(form.get("chart"), doctypes):
		refuse()
	if target in CLIENT_CARDS and form.get("doc"):
		card = frappe.parse_json(form.get("doc"))
		card = card if isinstance(card, dict) else {}
		if is_raw_filter(card.get("filters_json")) or is_raw_filter(card.get("dynamic_filters_json")):
			refuse(_("Filters must be field conditions"))
	if target == DESKTOP_PAGE and not workspace_permitted(form.get("page")):
		refuse()
	if target == CALENDAR:
		field_map = frappe.parse_json(form.get("field_map") or "{}")
		values = field_map.values() if isinstance(field_map, dict) else [field_map]
		if any(not str(v).replace("_", "").isalnum() for v in values if v):
			refuse(_("Filters must be field conditions"))


def check_prepared_result(target: str):
	"""A prepared report's result is read by whom it was prepared for: Frappe's report page loads one by
	the name given in the filters, and `run` takes the user whose result to load from the request."""
	if target not in REPORT_RESULTS:
		return
	from campaign_app.prepared_reports import may_read

	form = frappe.form_dict
	if form.get("user") and form.get("user") != frappe.session.user:
		refuse()
	filters = form.get("filters")
	if isinstance(filters, str):  # not raw SQL by now (is_raw_filter): JSON or nothing
		try:
			filters = json.loads(filters) if filters.strip() else None
		except ValueError:
			refuse(_("Filters must be field conditions"))
	name = filters.get("prepared_report_name") if isinstance(filters, dict) else None
	if name and not may_read(name):
		refuse()


def workspace_permitted(page) -> bool:
	"""A workspace restricted to roles opens only for them, and one of a module blocked for the user
	(the campaign users' module profile) not at all: Frappe checks both for the sidebar, not when the
	page itself is asked for."""
	page = frappe.parse_json(page or "{}")
	name = page.get("name") if isinstance(page, dict) else None
	module = frappe.db.get_value("Workspace", name, "module") if isinstance(name, str) else None
	if module and module in blocked_modules(frappe.session.user):
		return False
	roles = frappe.get_all("Has Role", filters={"parent": name, "parenttype": "Workspace"}, pluck="role")
	return not roles or bool(set(roles) & set(frappe.get_roles()))


def refuse(message: str | None = None):
	request = frappe.local.request
	frappe.logger("campaign_app.guard").info(
		f"refused {frappe.session.user}: {request.method} {request.path} {frappe.form_dict.get('cmd') or ''}"
	)
	frappe.throw(
		message or _("This request is not available for the campaign's records"),
		frappe.PermissionError,
		title=_("Not Allowed"),
	)


def is_raw_filter(value) -> bool:
	"""A filter given as a bare string is raw SQL to Frappe's query builder: never from a client."""
	if isinstance(value, str):
		value = value.strip()
		if not value or value[0] not in "[{":
			return bool(value)
		try:
			value = json.loads(value)
		except ValueError:
			return True
	if isinstance(value, list):
		return any(isinstance(f, str) for f in value)
	return False


def mentions(value, names: frozenset, depth: int = 0) -> bool:
	"""Whether any string in the arguments (JSON included) is one of `names`."""
	if depth > 6:
		return False
	if isinstance(value, str):
		if value in names:
			return True
		text = value.strip()
		if text[:1] in ("[", "{") and len(text) < MAX_SCAN:
			try:
				return mentions(json.loads(text), names, depth + 1)
			except ValueError:
				return False
		return False
	if isinstance(value, dict):
		return any(mentions(k, names, depth + 1) or mentions(v, names, depth + 1) for k, v in value.items())
	if isinstance(value, list | tuple):
		return any(mentions(v, names, depth + 1) for v in value)
	return False


def check_upload():
	"""An upload lands on a document only when the user may write it; a private file already on the
	server is reused only by someone who may read it."""
	form = frappe.form_dict
	if form.doctype and form.docname and not frappe.has_permission(form.doctype, "write", form.docname):
		refuse(_("You cannot attach files to this document"))
	if form.doctype and not form.docname and not frappe.has_permission(form.doctype, "create"):
		refuse(_("You cannot attach files to this document"))
	from campaign_app.guard.files import check_private_url

	check_private_url(form.file_url)
