"""What the printed forms show (#14): names rather than account ids, the evidence as a list of file names,
and who signed what and when. Called from the print templates (`jinja` methods in hooks.py) on a document
the user may already read."""

import frappe
from frappe import _
from frappe.utils import strip_html


def closeout_form(doc) -> frappe._dict:
	"""整改销号审批表 of a rectification item."""
	issue = frappe.db.get_value("Campaign Issue", doc.issue, ["title", "description"], as_dict=True) or {}
	verifier_role = None
	if doc.verified_by:
		verifier_role = "leader" if doc.verified_by == doc.leader_user else "office"
	return frappe._dict(
		campaign=frappe.db.get_value("Study Campaign", doc.campaign, "title") if doc.campaign else "",
		issue_title=issue.get("title") or doc.issue,
		# the problem's description is rich text: printed as plain text, escaped by the template
		issue_description=strip_html(issue.get("description") or "").strip(),
		unit=doc.unit or "",
		responsible=cadre_name(doc.responsible_cadre),
		leader=cadre_name(doc.leader_in_charge),
		requested_by=person(doc.closeout_requested_by),
		requested_on=doc.closeout_requested_on,
		verified_by=person(doc.verified_by),
		verified_on=doc.closed_on,
		verifier_role=verifier_role,
		progress=[
			frappe._dict(date=r.report_date, percent=r.percent, work_done=r.work_done)
			for r in doc.progress_reports
		],
		evidence=evidence_list(doc),
	)


def item_sheet(doc) -> frappe._dict:
	"""整改事项单: the close-out form's names, dates and evidence, and the item's choices in words."""
	sheet = closeout_form(doc)
	sheet.update(
		kind=_(doc.kind) if doc.kind else "",
		ledger=_(doc.ledger, context=doc.doctype) if doc.ledger else "",
		light=_(doc.light, context=doc.doctype) if doc.light else "",
	)
	return sheet


def evidence_list(doc) -> list[frappe._dict]:
	"""Each piece of evidence once, by its file name: the close-out evidence, the progress reports'
	attachments and the files attached to the item."""
	urls = [(doc.closeout_evidence, _("Close-out Evidence"))]
	urls += [(r.evidence, _("Progress Report") + f" {r.report_date or ''}") for r in doc.progress_reports]
	names = dict(
		frappe.get_all(
			"File",
			filters={"attached_to_doctype": doc.doctype, "attached_to_name": doc.name},
			fields=["file_url", "file_name"],
			as_list=True,
		)
	)
	seen, rows = set(), []
	for url, source in [*urls, *((u, _("Attachment")) for u in names)]:
		if not url or url in seen:
			continue
		seen.add(url)
		name = names.get(url) or frappe.db.get_value("File", {"file_url": url}, "file_name")
		rows.append(frappe._dict(file_name=name or url.rsplit("/", 1)[-1], source=source))
	return rows


def person(user: str | None) -> str:
	if not user:
		return ""
	return frappe.db.get_value("User", user, "full_name") or user


def cadre_name(cadre: str | None) -> str:
	return (frappe.db.get_value("Cadre", cadre, "full_name") or cadre) if cadre else ""
