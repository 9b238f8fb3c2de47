"""Scheduled jobs. They work on sets of rows with SQL, never with a loop of saves (FIX-6)."""

import frappe
from frappe import _

from campaign_app import item_rules, prepared_reports
from campaign_app.deviation import raise_warnings
from campaign_app.domain import feedback as feedback_rule
from campaign_app.domain import rectification as rule
from campaign_app.settings import yellow_days

# Up to this many items turning red in one run are alerted one by one (the admin-editable notification
# 红灯预警); more (the first run after an import, a holiday) make one digest per leader and for the office
DIGEST_AT = 20
DIGEST_ROWS = 200  # items listed in one digest mail; the rest are counted


def update_lights(on_date=None) -> dict:
	"""Recompute every item's light in one UPDATE, then alert once for each item that turned red."""
	values = item_rules.values(on_date, yellow_days=yellow_days())
	# MariaDB assigns left to right, so red_alerted sees the new light: leaving red re-arms the alert
	frappe.db.sql(
		f"""update `tabRectification Item` ri
		set ri.light = {item_rules.LIGHT}, ri.red_alerted = if(ri.light = 'Red', ri.red_alerted, 0)""",
		values,
	)
	newly_red = frappe.db.sql(
		"""select name, leader_user, unit, measure, deadline from `tabRectification Item`
		where light = %s and red_alerted = 0 order by deadline, name""",
		rule.RED,
		as_dict=True,
	)
	if len(newly_red) <= DIGEST_AT:
		for row in newly_red:
			frappe.get_doc("Rectification Item", row.name).run_method("on_red")
	else:
		send_red_digests(newly_red)
	if newly_red:
		frappe.db.sql(
			"update `tabRectification Item` set red_alerted = 1 where light = %s and red_alerted = 0",
			rule.RED,
		)
	frappe.db.commit()  # nosemgrep: a scheduled job commits its own work
	return {"red_alerts": len(newly_red), "digest": len(newly_red) > DIGEST_AT}


def send_red_digests(rows: list) -> int:
	"""One mail and one desk notice to each leader in charge listing their newly red items, and one to the
	office listing all of them: never one per item. Returns how many digests were sent."""
	by_user: dict[str, list] = {}
	for row in rows:
		if row.leader_user:
			by_user.setdefault(row.leader_user, []).append(row)
	office = frappe.db.sql_list(
		"""select distinct u.name from `tabUser` u
		join `tabHas Role` r on r.parent = u.name and r.parenttype = 'User'
		where r.role = 'Campaign Manager' and u.enabled = 1"""
	)
	for user in office:
		by_user[user] = rows
	subject = _("Red warning: {0} rectification items turned red")
	for user, items in by_user.items():
		message = frappe.render_template(
			"campaign_app/templates/emails/red_digest.html",
			{"items": items[:DIGEST_ROWS], "more": max(0, len(items) - DIGEST_ROWS)},
		)
		frappe.sendmail(
			recipients=[user],
			subject=subject.format(len(items)),
			message=message,
			reference_doctype="User",
			reference_name=user,
		)
		frappe.get_doc(
			{
				"doctype": "Notification Log",
				"for_user": user,
				"type": "Alert",
				"subject": subject.format(len(items)),
				"email_content": message,
			}
		).insert(ignore_permissions=True)
	return len(by_user)


def send_digests() -> int:
	"""One mail a day to each responsible cadre listing their yellow and red items (not one per item)."""
	rows = frappe.db.sql(
		"""select responsible_user, name, measure, deadline, light from `tabRectification Item`
		where light in ('Yellow', 'Red') and stage != %s and ifnull(responsible_user, '') != ''
		order by responsible_user, field(light, 'Red', 'Yellow'), deadline""",
		rule.CLOSED,
		as_dict=True,
	)
	by_user: dict[str, list] = {}
	for row in rows:
		by_user.setdefault(row.responsible_user, []).append(row)
	for user, items in by_user.items():
		frappe.sendmail(
			recipients=[user],
			subject=_("Rectification warning: {0} items need your attention").format(len(items)),
			message=frappe.render_template(
				"campaign_app/templates/emails/rectification_digest.html", {"items": items}
			),
			reference_doctype="User",
			reference_name=user,
		)
	return len(by_user)


def check_open_surveys():
	"""Remedial work for every open survey, in case a submission's own check did not run."""
	from campaign_app.remedial import check_remedial

	for survey in frappe.get_all("Evaluation Survey", filters={"status": "Open"}, pluck="name"):
		check_remedial(survey)
		frappe.db.commit()  # nosemgrep: release the survey's row lock before the next


def update_feedback_overdue(on_date=None) -> None:
	"""Flag the public feedback past its reply day and not yet answered, in one UPDATE (FIND-2)."""
	frappe.db.sql(
		"""update `tabPublic Feedback`
		set overdue = (stage not in %(answered)s and due_date < %(today)s)""",
		{"answered": feedback_rule.ANSWERED, "today": on_date or frappe.utils.today()},
	)
	frappe.db.commit()  # nosemgrep: a scheduled job commits its own work


def update_livelihood_lights(on_date=None) -> int:
	"""Recompute the light of the livelihood projects not yet completed (tens per campaign, not rows by the
	million: each read once with its milestones, written only when its light changed)."""
	from campaign_app.domain import livelihood

	day = frappe.utils.getdate(on_date or frappe.utils.today())
	projects = frappe.get_all(
		"Livelihood Project",
		filters={"status": ("!=", livelihood.COMPLETED)},
		fields=["name", "start_date", "deadline", "progress", "light"],
	)
	milestones = {}
	for m in frappe.get_all(
		"Livelihood Milestone",
		filters={"parenttype": "Livelihood Project", "parent": ("in", [p.name for p in projects] or [""])},
		fields=["parent", "due_date", "done_on"],
	):
		milestones.setdefault(m.parent, []).append((m.due_date, m.done_on))
	changed = 0
	for p in projects:
		light = livelihood.light(
			day, p.start_date, p.deadline, milestones.get(p.name, []), p.progress or 0, yellow_days()
		)
		if light != p.light:
			frappe.db.set_value("Livelihood Project", p.name, "light", light, update_modified=False)
			changed += 1
	frappe.db.commit()  # nosemgrep: a scheduled job commits its own work
	return changed


def daily():
	update_lights()
	send_digests()
	check_open_surveys()
	update_feedback_overdue()
	update_livelihood_lights()
	raise_warnings()
	prepared_reports.apply()  # the data grew past the setting's number, or shrank below it
