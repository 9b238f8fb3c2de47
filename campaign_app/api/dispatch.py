"""定期调度 (FIX-4): chase the units that did not report, compile the bulletin, download it as PDF or
Word (.docx)."""

import frappe
from frappe import _
from frappe.desk.form import assign_to
from frappe.utils import now_datetime, today

from campaign_app import dispatch

ROUND = "Dispatch Round"


def office_round(name: str):
	doc = frappe.get_doc(ROUND, name)
	doc.check_permission("write")
	return doc


@frappe.whitelist(methods=["POST"])
def chase(round_name: str) -> int:
	"""A task (ToDo) for the head of each unit that has not reported in the period; returns how many."""
	doc = office_round(round_name)
	doc.save()  # recount first
	chased = 0
	for row in doc.units:
		if row.reported:
			continue
		head = frappe.db.get_value("Campaign Unit", row.unit, "head")
		user = head and frappe.db.get_value("Cadre", head, "user")
		if user and frappe.has_permission(ROUND, "read", doc=doc, user=user):
			assign_to.add(
				{
					"assign_to": [user],
					"doctype": ROUND,
					"name": doc.name,
					"description": _("Report the progress of {0}'s rectification items for {1}").format(
						row.unit, doc.title
					),
					"date": doc.report_due,
				},
				ignore_permissions=True,
			)
			row.chased_on = today()
			chased += 1
	doc.flags.server_write = True
	doc.save()
	return chased


@frappe.whitelist(methods=["POST"])
def compile_bulletin(round_name: str) -> str:
	doc = office_round(round_name)
	doc.save()
	doc.bulletin = dispatch.render_html(dispatch.bulletin_data(doc))
	doc.compiled_on = now_datetime()
	doc.flags.server_write = True
	doc.save()
	return doc.name


@frappe.whitelist()
def download(round_name: str, fmt: str = "pdf"):
	"""The compiled bulletin as a PDF or a Word document."""
	doc = frappe.get_doc(ROUND, round_name)
	doc.check_permission("read")
	if not doc.bulletin:
		frappe.throw(_("Compile the bulletin first"), title=_("No Bulletin"))
	if fmt == "docx":
		content, ext = dispatch.docx_bytes(dispatch.bulletin_data(doc)), "docx"
	else:
		content, ext = dispatch.pdf_bytes(doc.bulletin), "pdf"
	frappe.local.response.filename = f"{doc.title}.{ext}"
	frappe.local.response.filecontent = content
	frappe.local.response.type = "download"
