"""FW-7: with ERPNext on the site, cadres link to Employees and units to Departments.

Runs only on a site that has ERPNext; the test command runs it on such a site as well.
"""

import frappe
from frappe.tests.utils import FrappeTestCase

from campaign_app.api import employees
from campaign_app.integrations import erpnext
from campaign_app.tests.utils import delete_records, make_unit

P = "zerp-"
COMPANY = "zerp-县交通运输局"


def make_company() -> str:
	"""A company without ERPNext's setup wizard: enough for Departments and Employees."""
	for gender in ("Male", "Female"):
		if not frappe.db.exists("Gender", gender):
			frappe.get_doc({"doctype": "Gender", "gender": gender}).insert(ignore_permissions=True)
	if not frappe.db.exists("Company", COMPANY):
		frappe.local.flags.ignore_chart_of_accounts = True
		try:
			company = {
				"doctype": "Company",
				"company_name": COMPANY,
				"abbr": "ZJT",
				"default_currency": "CNY",
			}
			frappe.get_doc({**company, "country": "China"}).insert(ignore_permissions=True)
		finally:
			frappe.local.flags.ignore_chart_of_accounts = False
	return COMPANY


class TestERPNextIntegration(FrappeTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		if not erpnext.is_installed():
			raise __import__("unittest").SkipTest("ERPNext is not installed on this site")
		cls.company = make_company()

	def setUp(self):
		delete_records(P)

	def test_link_fields_are_present(self):
		self.assertEqual(frappe.get_meta("Cadre").get_field("employee").options, "Employee")
		self.assertEqual(frappe.get_meta("Campaign Unit").get_field("department").options, "Department")

	def test_fields_follow_erpnext_being_uninstalled_and_installed(self):
		erpnext.before_app_uninstall("erpnext")
		self.assertFalse(frappe.db.exists("Custom Field", {"dt": "Cadre", "fieldname": "employee"}))
		self.assertIsNone(frappe.get_meta("Cadre").get_field("employee"))
		erpnext.after_app_install("erpnext")
		self.assertTrue(frappe.db.exists("Custom Field", {"dt": "Cadre", "fieldname": "employee"}))

	def test_cadre_from_employee(self):
		dept = frappe.get_doc(
			{"doctype": "Department", "department_name": f"{P}养护部", "company": self.company}
		).insert(ignore_if_duplicate=True)
		unit = make_unit(f"{P}养护中心", unit_type="Subordinate Unit")
		frappe.db.set_value("Campaign Unit", unit, "department", dept.name)
		emp = frappe.get_doc(
			{
				"doctype": "Employee",
				"first_name": f"{P}张三",
				"gender": "Male",
				"date_of_birth": "1985-05-01",
				"date_of_joining": "2010-07-01",
				"company": self.company,
				"department": dept.name,
				"designation": None,
				"status": "Active",
			}
		).insert()
		name = employees.make_cadre_from_employee(emp.name)
		cadre = frappe.get_doc("Cadre", name)
		self.assertEqual(cadre.employee, emp.name)
		self.assertEqual(cadre.unit, unit)
		self.assertEqual(cadre.full_name, emp.employee_name)
		self.assertEqual(
			employees.make_cadre_from_employee(emp.name), name, "a second call returns the same cadre"
		)
		frappe.delete_doc("Cadre", name, force=True)
		frappe.delete_doc("Employee", emp.name, force=True)

	def test_employee_without_linked_unit_is_refused(self):
		employee = {
			"doctype": "Employee",
			"first_name": f"{P}无部门",
			"gender": "Female",
			"date_of_birth": "1990-01-01",
			"date_of_joining": "2015-01-01",
			"company": self.company,
			"status": "Active",
		}
		emp_name = frappe.get_doc(employee).insert().name
		lang, frappe.local.lang = frappe.local.lang, "zh"
		try:
			with self.assertRaises(frappe.ValidationError) as ctx:
				employees.make_cadre_from_employee(emp_name)
		finally:
			frappe.local.lang = lang
		self.assertIn("尚未关联单位", str(ctx.exception))
		self.assertFalse(frappe.db.exists("Cadre", {"employee": emp_name}))
