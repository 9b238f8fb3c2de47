"""#14: cadres imported with Frappe's Data Import from the template with Chinese columns
(`campaign_app/public/templates/cadres.csv`): the desk users are created with the roles their levels
give, and a bad row is reported in Chinese while the others are imported."""

import csv
import io
import json

import frappe

from campaign_app.desk_profile import PROFILE
from campaign_app.domain.org import LEVEL_ROLES
from campaign_app.tests.utils import DOMAIN, ChineseTestCase, delete_records, make_unit

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
		with open(TEMPLATE, encoding="utf-8") as f:
			header = next(csv.reader(f))
		rows = [
			[f"干部{i:03d}", station, "科员", frappe._(LEVELS[i % 3]), "1", "", f"{P}{i:03d}@{DOMAIN}"]
			for i in range(200)
		]
		rows[57][3] = "处长"  # no such level
		out = io.StringIO()
		csv.writer(out).writerows([header, *rows])

		sysadmin = self.system_manager()
		frappe.set_user(sysadmin)
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
		finally:
			frappe.set_user("Administrator")

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

	def system_manager(self) -> str:
		email = f"{P}sysadmin@example.com"
		if not frappe.db.exists("User", email):
			user = frappe.get_doc({"doctype": "User", "email": email, "first_name": "系统管理员"}).insert()
			user.add_roles("System Manager")
		frappe.db.set_value("User", email, "language", "zh")
		return email
