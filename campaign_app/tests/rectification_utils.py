"""Fixtures for rectification tests: a small bureau, its people, a campaign and items."""

import email
from email.header import decode_header, make_header

import frappe


def ensure_outbox():
	"""Notifications need an outgoing email account; in tests nothing leaves the machine."""
	if not frappe.db.exists("Email Account", {"default_outgoing": 1, "enable_outgoing": 1}):
		frappe.get_doc(
			{
				"doctype": "Email Account",
				"email_account_name": "Campaign Test Outbox",
				"email_id": "campaign-outbox@example.com",
				"enable_outgoing": 1,
				"default_outgoing": 1,
				"smtp_server": "localhost",
				"no_smtp_authentication": 1,
			}
		).insert(ignore_permissions=True)


def make_issue(b, title="养护巡查不到位", unit=None, found_on="2026-03-01", **extra):
	return frappe.get_doc(
		{
			"doctype": "Campaign Issue",
			"title": title,
			"campaign": b.campaign,
			"level": "Individual",
			"unit": unit or b.station,
			"cadre": b.worker.name,
			"area": "道路养护",
			"source": "Self Inspection",
			"found_on": found_on,
			**extra,
		}
	).insert()


def item_doc(b, issue, **extra):
	values = {
		"doctype": "Rectification Item",
		"issue": issue,
		"measure": "建立农村公路巡查台账，每周巡查一次",
		"kind": "Immediate",
		"ledger": "Person",
		"start_date": "2026-03-02",
		"deadline": "2026-12-31",
		"unit": b.station,
		"responsible_cadre": b.worker.name,
		"leader_in_charge": b.leader.name,
	}
	values.update(extra)
	return frappe.get_doc(values)


def attach_evidence(item_name: str) -> str:
	f = frappe.get_doc(
		{
			"doctype": "File",
			"file_name": f"{item_name}-evidence.txt",
			"content": f"整改完成照片与台账 {item_name} {frappe.generate_hash(length=8)}",
			"attached_to_doctype": "Rectification Item",
			"attached_to_name": item_name,
			"is_private": 1,
		}
	).insert(ignore_permissions=True)
	return f.file_url


def queued_mail(name: str, doctype: str = "Rectification Item") -> list[tuple[str, set[str]]]:
	"""(subject, recipients) of every mail queued for the document."""
	out = []
	for q in frappe.get_all(
		"Email Queue",
		filters={"reference_doctype": doctype, "reference_name": name},
		fields=["name", "message"],
	):
		subject = str(make_header(decode_header(email.message_from_string(q.message)["Subject"])))
		recipients = set(
			frappe.get_all("Email Queue Recipient", filters={"parent": q.name}, pluck="recipient")
		)
		out.append((subject, recipients))
	return out
