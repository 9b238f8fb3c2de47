"""Factories for integration tests: real units, cadres and desk users on a real site."""

import json

import frappe
from frappe.tests.utils import FrappeTestCase
from frappe.utils.nestedset import rebuild_tree

DOMAIN = "test.campaign.example"


def make_unit(name: str, parent: str | None = None, unit_type: str = "Section") -> str:
	if not frappe.db.exists("Campaign Unit", name):
		frappe.get_doc(
			{
				"doctype": "Campaign Unit",
				"unit_name": name,
				"unit_type": unit_type,
				"parent_campaign_unit": parent,
				"is_group": 1,
			}
		).insert(ignore_permissions=True)
	return name


def make_cadre(
	login: str, unit: str, level: str = "Party Cadre", full_name: str | None = None
) -> "frappe.Document":
	email = f"{login}@{DOMAIN}"
	# the suite creates more desk users in an hour than Frappe's default throttle_user_limit (60) allows
	frappe.local.conf.throttle_user_limit = max(frappe.local.conf.get("throttle_user_limit") or 60, 1000)
	name = frappe.db.get_value("Cadre", {"email": email})
	if name:
		return frappe.get_doc("Cadre", name)
	return frappe.get_doc(
		{
			"doctype": "Cadre",
			"full_name": full_name or login,
			"unit": unit,
			"level": level,
			"email": email,
		}
	).insert(ignore_permissions=True)


def make_bureau(p: str):
	"""The bureau every integration test uses: units p局 → p中心 → p站 and the sibling p大队; the head
	of the centre, a worker at the station, a party cadre at the centre, the sibling's head, two leaders
	and the leading group office (Campaign Manager), all real desk users; and a campaign."""
	b = frappe._dict()
	root = make_unit(f"{p}局", unit_type="Bureau")
	b.center = make_unit(f"{p}中心", root, "Subordinate Unit")
	b.station = make_unit(f"{p}站", b.center, "Subordinate Unit")
	b.sibling = make_unit(f"{p}大队", root, "Subordinate Unit")
	b.head = make_cadre(f"{p}head", b.center, "Unit Leader")
	b.worker = make_cadre(f"{p}worker", b.station, "Frontline Staff")
	b.other_head = make_cadre(f"{p}otherhead", b.sibling, "Unit Leader")
	b.leader = make_cadre(f"{p}leader", root, "Leadership Member")
	b.leader2 = make_cadre(f"{p}leader2", root, "Leadership Member")
	b.staff = make_cadre(f"{p}staff", b.center, "Party Cadre")
	b.office = make_cadre(f"{p}office", root, "Party Cadre")
	frappe.get_doc("User", b.office.user).add_roles("Campaign Manager")
	title = f"{p}学习教育"
	b.campaign = frappe.db.get_value("Study Campaign", {"title": title})
	if not b.campaign:
		campaign = frappe.get_doc(
			{
				"doctype": "Study Campaign",
				"title": title,
				"start_date": "2026-02-24",
				"end_date": "2026-07-31",
			}
		)
		campaign.append("leading_group", {"cadre": b.leader.name, "group_role": "Leader"})
		b.campaign = campaign.insert(ignore_permissions=True).name
	return b


def set_stage(doctype: str, name: str, stage: str, **values):
	"""Put a document straight into the workflow state that carries `stage` (a fixture, as the database
	would hold it), with the stage and any other values."""
	from campaign_app.workflow_rules import state_names

	frappe.db.set_value(
		doctype, name, {"workflow_state": state_names(doctype)[stage], "stage": stage, **values}
	)


def state(doctype: str, stage: str) -> str:
	"""The name of the workflow state that carries `stage`, as a client would send it."""
	from campaign_app.workflow_rules import state_names

	return state_names(doctype)[stage]


def as_user(user, fn, *args):
	"""Run fn(*args) as `user`, then go back to Administrator."""
	frappe.set_user(user)
	try:
		return fn(*args)
	finally:
		frappe.set_user("Administrator")


def api_token(user: str) -> str:
	"""A real API key and secret for the user: REST calls then run as that user."""
	key = frappe.db.get_value("User", user, "api_key") or frappe.generate_hash(length=15)
	secret = frappe.generate_hash(length=15)
	user_doc = frappe.get_doc("User", user)
	user_doc.api_key = key
	user_doc.api_secret = secret
	user_doc.save(ignore_permissions=True)
	return f"token {key}:{secret}"


def delete_records(prefix: str):
	"""Remove a test's cadres, then its units from the leaves up.

	Their desk users stay (Frappe refuses to delete users while only Administrator is a System
	Manager): a later cadre with the same email links the same user again, as it would in the desk.
	"""
	for cadre in frappe.get_all("Cadre", filters={"email": ("like", f"{prefix}%@{DOMAIN}")}, pluck="name"):
		frappe.delete_doc("Cadre", cadre, force=True, ignore_permissions=True)
	units = frappe.get_all(
		"Campaign Unit", filters={"name": ("like", f"{prefix}%")}, order_by="lft desc", pluck="name"
	)
	for unit in units:
		frappe.delete_doc("Campaign Unit", unit, force=True, ignore_permissions=True)
	rebuild_tree("Campaign Unit", "parent_campaign_unit")


def delete_campaign_records(prefix: str):
	"""Remove a test's items (by measure), problems and campaigns (by title), then its cadres and units."""
	for doctype, field in (
		("Rectification Item", "measure"),
		("Campaign Issue", "title"),
		("Study Campaign", "title"),
	):
		for name in frappe.get_all(doctype, filters={field: ("like", f"{prefix}%")}, pluck="name"):
			frappe.delete_doc(doctype, name, force=True, ignore_permissions=True)
	delete_records(prefix)


def rest(
	token: str | None,
	method: str,
	path: str,
	params: dict | None = None,
	body: dict | None = None,
	headers: dict | None = None,
	remote_addr: str | None = None,
):
	"""One request through Frappe's real WSGI application, authenticated by an API token (None: a guest),
	from the client address `remote_addr` (the connection's own, default 127.0.0.1).

	The request runs on its own database connection, so what the test wrote is committed first.
	"""
	from frappe.tests.test_api import make_request
	from frappe.utils import get_test_client

	frappe.db.commit()  # nosemgrep: the request must see this test's rows
	kwargs = {"headers": {**({"Authorization": token} if token else {}), **(headers or {})}}
	if params is not None:
		kwargs["query_string"] = {k: v if isinstance(v, str) else json.dumps(v) for k, v in params.items()}
	if body is not None:
		kwargs["json"] = body
	if remote_addr:
		kwargs["environ_base"] = {"REMOTE_ADDR": remote_addr}
	return make_request(target=getattr(get_test_client(), method), args=(path,), kwargs=kwargs)


def messages(response) -> str:
	"""The messages a REST response shows the user, as the desk would."""
	shown = json.loads((response.json or {}).get("_server_messages") or "[]")
	return " ".join(json.loads(m).get("message", "") for m in shown)


def set_site_language(lang: str) -> str:
	"""Set the site's language (System Settings) and return the previous one.

	Requests authenticated by an API token speak the site's language, not the user's.
	"""
	settings = frappe.get_single("System Settings")
	previous = settings.language
	settings.language = lang
	settings.flags.ignore_mandatory = True
	settings.save(ignore_permissions=True)
	frappe.clear_cache()
	return previous


class ChineseTestCase(FrappeTestCase):
	"""Runs as a Chinese user sees the app. With `chinese_site`, the site's language is Chinese too, for
	requests authenticated by an API token speak the site's language, not the user's."""

	chinese_site = False

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls._lang, frappe.local.lang = frappe.local.lang, "zh"
		if cls.chinese_site:
			cls._site_lang = set_site_language("zh")
			frappe.db.commit()  # nosemgrep: REST requests run on their own connection

	@classmethod
	def tearDownClass(cls):
		frappe.local.lang = cls._lang
		if cls.chinese_site:
			set_site_language(cls._site_lang)
			frappe.db.commit()  # nosemgrep
		super().tearDownClass()

	def assertRefused(self, fn, *fragments, exc=frappe.ValidationError):
		"""`fn` fails with `exc`, and its message holds every fragment; returns the message."""
		with self.assertRaises(exc) as ctx:
			fn()
		message = str(ctx.exception)
		for fragment in fragments:
			self.assertIn(fragment, message)
		return message
