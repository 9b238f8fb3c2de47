"""ORG-4: a unit head sees their unit's subtree, not a sibling unit, through every REST path.

The requests go through Frappe's real WSGI application with real API tokens of real users, so the
permission hooks are exercised exactly as a browser or an API client would exercise them.
"""

import frappe
from frappe.tests.utils import FrappeTestCase

from campaign_app.tests.utils import api_token, delete_records, make_bureau, rest

P = "zscope-"  # every record of this test starts with it (units) or its logins do (cadres)


class TestUnitScopeOverREST(FrappeTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		b = make_bureau(P)
		cls.center, cls.station, cls.sibling = b.center, b.station, b.sibling
		cls.head, cls.worker, cls.staff, cls.other, cls.office = (
			b.head,
			b.worker,
			b.staff,
			b.other_head,
			b.office,
		)
		cls.everyone = {
			c.name for c in (b.head, b.worker, b.staff, b.other_head, b.leader, b.leader2, b.office)
		}
		cls.tokens = {c.name: api_token(c.user) for c in (cls.head, cls.staff)}
		frappe.db.commit()  # nosemgrep: the WSGI requests below run on their own connection

	@classmethod
	def tearDownClass(cls):
		delete_records(P)
		frappe.db.commit()  # nosemgrep
		super().tearDownClass()

	def call(self, who, method, path, params=None, body=None):
		return rest(self.tokens[who.name], method, path, params, body)

	def names(self, response):
		self.assertEqual(response.status_code, 200, response.text)
		data = response.json.get("data", response.json.get("message"))
		if isinstance(data, dict) and "values" in data:  # reportview packs keys and values
			return {row[0] for row in data["values"]}
		return {row["name"] if isinstance(row, dict) else row for row in data}

	# ---- lists

	def test_resource_list_shows_the_subtree_only(self):
		r = self.call(self.head, "get", "/api/resource/Cadre", {"filters": [["email", "like", f"{P}%"]]})
		self.assertEqual(self.names(r), {self.head.name, self.worker.name, self.staff.name})
		r = self.call(
			self.head, "get", "/api/resource/Campaign Unit", {"filters": [["name", "like", f"{P}%"]]}
		)
		self.assertEqual(self.names(r), {self.center, self.station})

	def test_client_get_list_and_reportview(self):
		args = {"doctype": "Cadre", "filters": [["email", "like", f"{P}%"]], "fields": ["name"]}
		r = self.call(self.head, "post", "/api/method/frappe.client.get_list", body=args)
		self.assertEqual(self.names(r), {self.head.name, self.worker.name, self.staff.name})
		r = self.call(self.head, "post", "/api/method/frappe.desk.reportview.get", body=args)
		self.assertEqual(self.names(r), {self.head.name, self.worker.name, self.staff.name})

	def test_get_value_of_a_sibling_unit_cadre_is_empty(self):
		args = {"doctype": "Cadre", "fieldname": "full_name", "filters": {"name": self.other.name}}
		r = self.call(self.head, "post", "/api/method/frappe.client.get_value", body=args)
		self.assertEqual(r.status_code, 200)
		self.assertFalse(r.json.get("message"))
		args["filters"] = {"name": self.worker.name}
		r = self.call(self.head, "post", "/api/method/frappe.client.get_value", body=args)
		self.assertEqual(r.json["message"]["full_name"], self.worker.full_name)

	def test_link_search_offers_the_subtree_only(self):
		args = {"doctype": "Campaign Unit", "txt": P, "page_length": 50}
		r = self.call(self.head, "post", "/api/method/frappe.desk.search.search_link", body=args)
		self.assertEqual(r.status_code, 200, r.text)
		found = {row["value"] for row in r.json["message"]}
		self.assertEqual(found, {self.center, self.station})

	# ---- single documents

	def test_sibling_documents_are_forbidden(self):
		r = self.call(self.head, "get", f"/api/resource/Cadre/{self.other.name}")
		self.assertEqual(r.status_code, 403)
		r = self.call(self.head, "get", f"/api/resource/Campaign Unit/{self.sibling}")
		self.assertEqual(r.status_code, 403)
		r = self.call(
			self.head,
			"post",
			"/api/method/frappe.client.get",
			body={"doctype": "Cadre", "name": self.other.name},
		)
		self.assertEqual(r.status_code, 403)
		r = self.call(self.head, "get", f"/api/resource/Cadre/{self.worker.name}")
		self.assertEqual(r.status_code, 200)

	def test_sibling_cadre_cannot_be_changed_or_created(self):
		r = self.call(self.head, "put", f"/api/resource/Cadre/{self.other.name}", body={"post": "被篡改"})
		self.assertEqual(r.status_code, 403)
		self.assertNotEqual(frappe.db.get_value("Cadre", self.other.name, "post"), "被篡改")
		new = {"full_name": f"{P}new", "unit": self.sibling, "level": "Party Cadre"}
		r = self.call(self.head, "post", "/api/resource/Cadre", body=new)
		self.assertEqual(r.status_code, 403)
		self.assertFalse(frappe.db.exists("Cadre", {"full_name": f"{P}new"}))
		# moving a cadre of the subtree out of it is refused too
		r = self.call(
			self.head, "put", f"/api/resource/Cadre/{self.worker.name}", body={"unit": self.sibling}
		)
		self.assertEqual(r.status_code, 403)
		self.assertEqual(frappe.db.get_value("Cadre", self.worker.name, "unit"), self.station)

	def test_unit_head_manages_cadres_in_the_subtree(self):
		new = {"full_name": f"{P}新人", "unit": self.station, "level": "Frontline Staff"}
		r = self.call(self.head, "post", "/api/resource/Cadre", body=new)
		self.assertEqual(r.status_code, 200, r.text)
		name = r.json["data"]["name"]
		frappe.delete_doc("Cadre", name, force=True, ignore_permissions=True)
		frappe.db.commit()  # nosemgrep

	# ---- staff and the office

	def test_staff_sees_own_unit_not_the_units_below(self):
		r = self.call(self.staff, "get", "/api/resource/Cadre", {"filters": [["email", "like", f"{P}%"]]})
		self.assertEqual(self.names(r), {self.head.name, self.staff.name})
		r = self.call(self.staff, "put", f"/api/resource/Cadre/{self.staff.name}", body={"post": "自改"})
		self.assertEqual(r.status_code, 403)

	def test_office_and_administrator_see_everything(self):
		frappe.set_user("Administrator")
		cadres = {"email": ("like", f"{P}%")}
		self.assertEqual(set(frappe.get_list("Cadre", filters=cadres, pluck="name")), self.everyone)
		frappe.set_user(self.office.user)  # the leading group office sees every unit
		try:
			self.assertEqual(set(frappe.get_list("Cadre", filters=cadres, pluck="name")), self.everyone)
		finally:
			frappe.set_user("Administrator")

	def test_tree_view_starts_at_the_users_own_unit(self):
		from campaign_app.api.units import get_children

		frappe.set_user(self.head.user)
		try:
			top = get_children("Campaign Unit")
			self.assertEqual([n.value for n in top], [self.center])
			self.assertEqual([n.value for n in get_children("Campaign Unit", self.center)], [self.station])
			# below a unit outside the scope only the in-scope children appear
			self.assertEqual([n.value for n in get_children("Campaign Unit", f"{P}局")], [self.center])
		finally:
			frappe.set_user("Administrator")
