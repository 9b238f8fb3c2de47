"""With ERPNext: an Employee's form offers Create → Cadre (FW-7)."""

import frappe
from frappe import _

from campaign_app.integrations.erpnext import is_installed


@frappe.whitelist()
def make_cadre_from_employee(employee: str) -> str:
	"""The cadre of this employee: the existing one, or a new one in the unit of the employee's department."""
	if not is_installed():
		frappe.throw(_("ERPNext is not installed on this site"))
	emp = frappe.get_doc("Employee", employee)
	emp.check_permission("read")
	existing = frappe.db.get_value("Cadre", {"employee": emp.name})
	if existing:
		return existing
	unit = emp.department and frappe.db.get_value("Campaign Unit", {"department": emp.department})
	if not unit:
		frappe.throw(
			_("No campaign unit is linked to department {0}: link a unit to it first").format(
				emp.department or "-"
			)
		)
	user_email = emp.user_id and frappe.db.get_value("User", emp.user_id, "email")
	cadre = frappe.get_doc(
		{
			"doctype": "Cadre",
			"full_name": emp.employee_name,
			"gender": emp.gender if emp.gender in ("Male", "Female") else "",
			"unit": unit,
			"post": emp.designation,
			"level": "Party Cadre",
			"phone": emp.cell_number,
			"email": user_email or emp.personal_email or emp.company_email,
			"user": emp.user_id,
			"employee": emp.name,
		}
	)
	cadre.insert()
	return cadre.name
