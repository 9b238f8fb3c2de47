"""Server side of the load test (`scripts/loadtest.sh`): the benchmark site's real people and the items
each may report on. Run with `bench --site SITE execute campaign_app.tools.loadtest.prepare`."""

import frappe
from frappe.utils.password import update_password

from campaign_app.domain import rectification as rule
from campaign_app.tools.benchmark import MAIL_DOMAIN

ITEMS_PER_WRITER = 50


def prepare(password: str, staff: int = 8) -> list[dict]:
	"""Give the benchmark's unit head, staff and leader a password; return (bench execute prints it as
	JSON) each with the open
	items they may report progress on (the staff's own items in 整改中)."""
	logins = ["bm-unit-head", "bm-leader"] + [f"bm-staff-{k}" for k in range(int(staff))]
	people = []
	for login in logins:
		user = frappe.db.get_value("User", {"email": f"{login}@{MAIL_DOMAIN}"})
		if not user:
			continue
		update_password(user, password)
		writable = frappe.get_all(
			"Rectification Item",
			filters={"responsible_user": user, "stage": rule.RECTIFYING},
			pluck="name",
			limit=ITEMS_PER_WRITER,
		)
		people.append({"user": user, "role": login.split("-")[1], "items": writable})
	frappe.db.commit()  # nosemgrep: a bench command's unit of work
	return people
