"""#14: cadres imported with Frappe's Data Import from the template with Chinese columns
(`campaign_app/public/templates/cadres.csv`): the desk users are created with the roles their levels
give, and a bad row is reported in Chinese while the others are imported."""

import csv
import io
import json

import frappe

from campaign_app.desk_profile import PROFILE
from campaign_app.domain.org import LEVEL_ROLES
from campaign_app.tests.utils import (
	DOMAIN,
	ChineseTestCase,
	api_token,
	delete_records,
	make_bureau,
	make_unit,
	rest,
)

P = "zimp-"
TEMPLATE = frappe.get_app_path("campaign_app", "public", "templates", "cadres.csv")
LEVELS = ("Frontline Staff", "Party Cadre", "Unit Leader")


class TestCadreImport(ChineseTestCase):
	def tearDown(self):
		delete_records(P)
		frappe.db.commit()  # nosemgrep: the import committed its rows
		super().tearDown()

	def test_two_hundred_cadres_from_the_template_and_a_bad_row_in_chinese(self):
		root = make_unit(f"{P}局", unit_type="Bureau")
		station = make_unit(f"{P}站", root, "Subordinate Unit")
		data_import = self.import_cadres(self.system_manager(), station, 200, bad=57)
		imported = frappe.get_all(
			"Cadre", filters={"email": ("like", f"{P}%@{DOMAIN}")}, fields=["email", "level", "user"]
		)
		self.assertEqual(len(imported), 199)
		self.assertNotIn(f"{P}057@{DOMAIN}", {c.email for c in imported})
		for cadre in imported:
			i = int(cadre.email[len(P) : len(P) + 3])
			self.assertEqual(cadre.level, LEVELS[i % 3])
			self.assertTrue(cadre.user)
			roles = set(frappe.get_roles(cadre.user))
			self.assertIn(LEVEL_ROLES[cadre.level], roles)
			self.assertEqual(frappe.db.get_value("User", cadre.user, "module_profile"), PROFILE)

		failed = frappe.get_all(
			"Data Import Log",
			filters={"data_import": data_import.name, "success": 0},
			fields=["messages", "exception", "row_indexes"],
		)
		self.assertEqual(len(failed), 1)
		self.assertEqual(json.loads(failed[0].row_indexes), [59])  # the file's row 59: header is row 1
		shown = " ".join(m.get("message", "") for m in json.loads(failed[0].messages or "[]"))
		self.assertIn("干部层级“处长”无法识别", shown)
		self.assertEqual(frappe.db.get_value("Data Import", data_import.name, "status"), "Partial Success")

	def import_cadres(self, user: str, unit: str, count: int, bad: int | None = None):
		"""Data Import of `count` cadres of `unit` from the template, as `user`; row `bad` has no such level."""
		with open(TEMPLATE, encoding="utf-8") as f:
			header = next(csv.reader(f))
		rows = [
			[f"干部{i:03d}", unit, "科员", frappe._(LEVELS[i % 3]), "1", "", f"{P}{i:03d}@{DOMAIN}"]
			for i in range(count)
		]
		if bad is not None:
			rows[bad][3] = "处长"
		out = io.StringIO()
		csv.writer(out).writerows([header, *rows])
		frappe.set_user(user)
		try:
			file = frappe.get_doc(
				{"doctype": "File", "file_name": f"{P}cadres.csv", "content": out.getvalue(), "is_private": 1}
			).insert()
			data_import = frappe.get_doc(
				{
					"doctype": "Data Import",
					"reference_doctype": "Cadre",
					"import_type": "Insert New Records",
					"import_file": file.file_url,
					"mute_emails": 1,
				}
			).insert()
			data_import.start_import()
			return data_import
		finally:
			frappe.set_user("Administrator")

	def test_the_office_imports_cadres_and_a_staff_member_cannot(self):
		b = make_bureau(P)
		data_import = self.import_cadres(b.office.user, b.sibling, 3)
		self.assertEqual(frappe.db.get_value("Data Import", data_import.name, "status"), "Success")
		self.assertEqual(frappe.db.count("Cadre", {"email": ("like", f"{P}00_@{DOMAIN}")}), 3)
		frappe.db.commit()  # nosemgrep: REST requests run on their own connection
		template = "/api/method/frappe.core.doctype.data_import.data_import.download_template"
		args = {
			"doctype": "Cadre",
			"export_fields": {"Cadre": ["full_name", "unit", "level_name", "email"]},
			"export_records": "blank_template",
			"file_type": "CSV",
		}
		office = rest(api_token(b.office.user), "get", template, params=args)
		self.assertEqual(office.status_code, 200, office.text[:300])
		self.assertTrue(office.get_data())
		# a staff member imports nothing, and a template with records holds only what they may read
		self.assertFalse(frappe.has_permission("Data Import", "create", user=b.worker.user))
		staff = rest(api_token(b.worker.user), "get", template, params={**args, "export_records": "all"})
		if staff.status_code == 200:
			exported = {row[-1] for row in csv.reader(io.StringIO(staff.get_data(as_text=True))) if row}
			frappe.set_user(b.worker.user)
			try:
				readable = set(frappe.get_list("Cadre", pluck="email"))
			finally:
				frappe.set_user("Administrator")
			self.assertLessEqual(exported - {"邮箱", "Email"}, readable)
			self.assertNotIn(f"{P}000@{DOMAIN}", exported)  # a cadre of another unit
		else:
			self.assertEqual(staff.status_code, 403, staff.text[:300])

	def system_manager(self) -> str:
		email = f"{P}sysadmin@example.com"
		if not frappe.db.exists("User", email):
			user = frappe.get_doc({"doctype": "User", "email": email, "first_name": "系统管理员"}).insert()
			user.add_roles("System Manager")
		frappe.db.set_value("User", email, "language", "zh")
		return email
