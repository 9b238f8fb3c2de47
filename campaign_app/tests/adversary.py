"""The adversarial sweep's machinery: its cases are derived from Frappe's whitelisted methods, the app's
doctypes and workflows, so that a new endpoint, doctype or transition is covered without editing a test.
"""

import importlib
import inspect
import json
import pkgutil

import frappe

from campaign_app.guard.paths import DOCTYPE_PARAMS

CANARY = "zadv-canary-7f3a"
NOWHERE = "zadv-no-such-record"
NAME_PARAMS = (
	"name",
	"docname",
	"dn",
	"reference_name",
	"doc_name",
	"ref_docname",
	"document_name",
	"parent",
	"value",
	"docnames",
	"names",
	"items",
)
PLURAL = ("docnames", "names", "items")
FILTER_PARAMS = ("filters", "current_filters", "or_filters")
SKIPPED_PACKAGES = (".tests", ".test_", ".patches", ".commands", "frappe.integrations.doctype.")


def whitelisted_methods() -> list[tuple[str, object]]:
	"""Every whitelisted function of Frappe that takes a doctype, by its dotted name."""
	import frappe as package

	for module in pkgutil.walk_packages(package.__path__, "frappe."):
		if any(part in module.name for part in SKIPPED_PACKAGES):
			continue
		try:
			importlib.import_module(module.name)
		except Exception:
			continue
	found = {}
	for fn in frappe.whitelisted:
		if not fn.__module__.startswith("frappe.") or "." in fn.__qualname__:
			continue
		params = inspect.signature(fn).parameters
		if set(params) & set(DOCTYPE_PARAMS):
			found[f"{fn.__module__}.{fn.__qualname__}"] = fn
	return sorted(found.items())


def arguments(fn, doctype: str, name: str) -> dict | None:
	"""Arguments aimed at one record; None when the method needs something the sweep cannot give."""
	args = {}
	for param, spec in inspect.signature(fn).parameters.items():
		if spec.kind in (spec.VAR_POSITIONAL, spec.VAR_KEYWORD):
			continue
		if param in DOCTYPE_PARAMS:
			args[param] = doctype
		elif param in NAME_PARAMS:
			args[param] = json.dumps([name]) if param in PLURAL else name
		elif param in FILTER_PARAMS:
			args[param] = json.dumps({"name": name})
		elif param in ("txt", "text", "search_text", "content"):
			args[param] = name
		elif param in ("fields", "filter_fields"):
			args[param] = json.dumps(["*"]) if param == "fields" else json.dumps(["name"])
		elif param in ("field", "fieldname", "searchfield"):
			args[param] = "name"
		elif param == "doc":
			args[param] = json.dumps({"doctype": doctype, "name": name})
		elif spec.default is inspect.Parameter.empty:
			return None
	return args


def http_method(fn) -> str:
	allowed = frappe.allowed_http_methods_for_whitelisted_func.get(fn) or ["GET", "POST"]
	return "post" if "POST" in allowed else allowed[0].lower()


def leaked(victim, nowhere, name: str) -> bool:
	"""The answer about the record differs from the answer about a record that does not exist (an
	oracle), or carries the record's content."""
	if CANARY in victim.get_data(as_text=True):
		return True
	if victim.status_code >= 400:
		return False
	return normalise(victim, name) != normalise(nowhere, NOWHERE)


def normalise(response, name: str) -> tuple:
	body = response.json if response.is_json else response.get_data(as_text=True)
	text = json.dumps((body or {}).get("message") if isinstance(body, dict) else body, sort_keys=True)
	return (response.status_code < 400, text.replace(name, "@"))


def mentions_canary(response) -> bool:
	return CANARY in response.get_data(as_text=True)


class Tally:
	"""Attempts, refusals and what went through, printed as one line for the log."""

	def __init__(self):
		self.attempts = self.refused = 0
		self.through = []

	def add(self, case: str, refused: bool, leak: bool):
		self.attempts += 1
		self.refused += refused
		if leak:
			self.through.append(case)

	def line(self) -> str:
		answered = self.attempts - self.refused - len(self.through)
		return (
			f"adversarial sweep: {self.attempts} attempts, {self.refused} refused, "
			f"{answered} answered with nothing out of scope, {len(self.through)} let through"
		)


def derived_victims(user: str, planted: dict) -> dict:
	"""For every doctype of the app, a record `user` may not read: the planted one (its text carries the
	canary), or else any such record on the site. A new doctype is swept once it has a record."""
	victims = {}
	for dt in frappe.get_all("DocType", filters={"module": "Campaign App", "issingle": 0}, pluck="name"):
		if dt in planted:
			victims[dt] = planted[dt]
			continue
		meta = frappe.get_meta(dt)
		fields = ["name", "parenttype", "parent"] if meta.istable else ["name"]
		for row in frappe.get_all(dt, fields=fields, limit=200, order_by="creation desc"):
			target = (row.parenttype, row.parent) if meta.istable else (dt, row.name)
			if not (target[0] and frappe.db.exists(*target)):
				continue  # a row whose parent is gone
			if not frappe.has_permission(target[0], "read", target[1], user=user):
				victims[dt] = row.name
				break
	victims.update({dt: name for dt, name in planted.items() if dt not in victims})
	return victims


def server_owned_targets(preferred: dict) -> dict:
	"""{doctype: (its controller's SERVER_OWNED fields, a record)} for every app doctype that declares them:
	the preferred record, or the newest."""
	targets = {}
	for dt in frappe.get_all("DocType", filters={"module": "Campaign App", "istable": 0}, pluck="name"):
		scrubbed = frappe.scrub(dt)
		module = importlib.import_module(f"campaign_app.campaign_app.doctype.{scrubbed}.{scrubbed}")
		fields = getattr(module, "SERVER_OWNED", ())
		name = fields and (preferred.get(dt) or frappe.db.get_value(dt, {}, "name", order_by="creation desc"))
		if name:
			targets[dt] = (fields, name)
	return targets
