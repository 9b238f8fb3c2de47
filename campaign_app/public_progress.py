"""The public progress page's figures (PUB-1, PUB-2): what the office chose to publish, read once every
few minutes and kept in the cache; names of people are masked, contacts never read."""

import frappe
from frappe import _

from campaign_app import item_rules
from campaign_app.current_campaign import current_campaign
from campaign_app.domain import feedback as feedback_rule
from campaign_app.domain.feedback import mask_name

CACHE_SECONDS = 300
VERSION = 2  # raise when the cached shape changes


def progress_data() -> dict | None:
	name = current_campaign()
	if not name:
		return None
	campaign = frappe.db.get_value(
		"Study Campaign", name, ["name", "title", "start_date", "end_date"], as_dict=True
	)
	key = f"campaign_app:public_progress:{VERSION}:{campaign.name}:{frappe.local.lang}"
	cached = frappe.cache.get_value(key)
	if cached:
		return cached
	data = {
		"campaign": {
			"title": campaign.title,
			"start": str(campaign.start_date),
			"end": str(campaign.end_date),
		},
		"totals": totals(campaign.name),
		"units": by_unit(campaign.name),
		"projects": projects(campaign.name),
		"feedback": feedback(campaign.name),
		"public_items": public_items(campaign.name),
		"cases": cases(campaign.name),
	}
	frappe.cache.set_value(key, data, expires_in_sec=CACHE_SECONDS)
	return data


def totals(campaign: str) -> dict:
	row = frappe.db.sql(
		f"""select {item_rules.counts("ri")} from {item_rules.ITEM} ri where ri.campaign = %(campaign)s""",
		item_rules.values(campaign=campaign),
		as_dict=True,
	)[0]
	items, closed = int(row["items"] or 0), int(row["closed"] or 0)
	return {
		"problems": frappe.db.count("Campaign Issue", {"campaign": campaign}),
		"item_count": items,
		"closed": closed,
		"overdue": int(row["overdue"] or 0),
		"rate": round(100.0 * closed / items, 1) if items else 0,
	}


def by_unit(campaign: str) -> list[dict]:
	"""Completion by the bureau's units one level below the root (each with the units below it)."""
	root = frappe.get_all("Campaign Unit", filters={"parent_campaign_unit": ("is", "not set")}, pluck="name")
	units = frappe.get_all(
		"Campaign Unit",
		filters={"parent_campaign_unit": ("in", root or [""]), "is_active": 1},
		fields=["name"],
		order_by="lft",
	)
	out = []
	for u in units:
		counts = item_rules.item_counts(campaign, unit=u.name)
		if counts["items"]:
			rate = round(100.0 * counts["closed"] / counts["items"], 1)
			out.append(
				{"unit": u.name, "item_count": counts["items"], "closed": counts["closed"], "rate": rate}
			)
	return out


def projects(campaign: str) -> list[dict]:
	rows = frappe.get_all(
		"Livelihood Project",
		filters={"campaign": campaign, "is_public": 1},
		fields=["title", "unit", "target", "deadline", "progress", "light", "status"],
		order_by="deadline",
	)
	for r in rows:
		r.deadline = str(r.deadline)
		r.light_label = _(r.light, context="Rectification Item")
		r.status = _(r.status, context="Livelihood Project")
	return rows


def feedback(campaign: str) -> dict:
	rows = frappe.get_all(
		"Public Feedback", filters={"campaign": campaign}, fields=["stage", "due_date", "replied_on"]
	)
	answered = [r for r in rows if r.stage in feedback_rule.ANSWERED]
	on_time = [r for r in answered if feedback_rule.answered_on_time(r.replied_on, r.due_date)]
	return {
		"received": len(rows),
		"answered": len(answered),
		"on_time_rate": round(100.0 * len(on_time) / len(answered), 1) if answered else None,
	}


def public_items(campaign: str) -> list[dict]:
	rows = frappe.db.sql(
		"""select ri.measure, ri.unit, ri.deadline, ri.progress, ri.light, ri.workflow_state, c.full_name
		from `tabRectification Item` ri left join `tabCadre` c on c.name = ri.responsible_cadre
		where ri.campaign = %s and ri.is_public = 1
		order by ri.deadline""",
		campaign,
		as_dict=True,
	)
	return [
		{
			"measure": r.measure,
			"unit": r.unit,
			"deadline": str(r.deadline),
			"progress": r.progress or 0,
			"light_label": _(r.light or "Green", context="Rectification Item"),
			"light": r.light or "Green",
			"state": _(r.workflow_state),
			"responsible": mask_name(r.full_name),
		}
		for r in rows
	]


def cases(campaign: str) -> list[dict]:
	rows = frappe.db.sql(
		"""select tc.title, tc.kind, tc.unit, tc.story, tc.image, tc.published_on, c.full_name
		from `tabTypical Case` tc left join `tabCadre` c on c.name = tc.cadre
		where tc.campaign = %s and tc.published = 1
		order by tc.published_on desc""",
		campaign,
		as_dict=True,
	)
	return [
		{
			"title": r.title,
			"kind": _(r.kind),
			"unit": r.unit,
			"story": r.story,
			"image": r.image if (r.image or "").startswith("/files/") else None,
			"cadre": mask_name(r.full_name),
			"published_on": str(r.published_on or ""),
		}
		for r in rows
	]
