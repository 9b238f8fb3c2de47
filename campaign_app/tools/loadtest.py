"""Server side of the load test (`scripts/loadtest.sh`): the benchmark site's real people, the items each
may report on, and the items moved through the workflow. Run with
`bench --site SITE execute campaign_app.tools.loadtest.prepare`."""

import frappe
from frappe.utils.password import update_password

from campaign_app.domain import rectification as rule
from campaign_app.tools.benchmark import MAIL_DOMAIN
from campaign_app.workflow_rules import state_names, workflow_of

ITEM = "Rectification Item"
ITEMS_PER_WRITER = 25  # items a staff member reports progress on; as many again are moved


def prepare(password: str, staff: int = 8) -> dict:
	"""Give the benchmark's unit head, leader and staff a password; return (bench execute prints it as
	JSON) the people, each with the items they report progress on (`items`, the staff's own items in
	整改中) and the items they move through the workflow (`moves`: a staff member asks for close-out of
	their own, the leader returns them), and the workflow's actions for those two moves."""
	logins = ["bm-unit-head", "bm-leader"] + [f"bm-staff-{k}" for k in range(int(staff))]
	people, all_moves = [], []
	for login in logins:
		user = frappe.db.get_value("User", {"email": f"{login}@{MAIL_DOMAIN}"})
		if not user:
			continue
		update_password(user, password)
		own = frappe.get_all(
			ITEM,
			filters={"responsible_user": user, "stage": rule.RECTIFYING},
			pluck="name",
			order_by="name",
			limit=2 * ITEMS_PER_WRITER,
		)
		items, moves = own[:ITEMS_PER_WRITER], own[ITEMS_PER_WRITER:]
		all_moves += moves
		people.append({"user": user, "role": login.split("-")[1], "items": items, "moves": moves})
	returns = (
		dict(
			frappe.get_all(
				ITEM, filters={"name": ("in", all_moves)}, fields=["name", "return_count"], as_list=True
			)
		)
		if all_moves
		else {}
	)
	for person in people:
		if person["role"] == "leader":
			person["moves"] = all_moves
	ensure_outgoing_mail()
	frappe.db.commit()  # nosemgrep: a bench command's unit of work
	return {"people": people, "actions": actions(), "stages": stages(), "returns": returns}


def stages() -> dict:
	return {"open": rule.RECTIFYING, "asked": rule.CLOSE_REQUESTED}


def actions() -> dict:
	"""The workflow's actions (the administrators' words) for asking close-out and returning it."""
	names = state_names(ITEM)
	found = {}
	for t in workflow_of(ITEM).transitions:
		if t.state == names[rule.RECTIFYING] and t.next_state == names[rule.CLOSE_REQUESTED]:
			found.setdefault("ask", t.action)
		if t.state == names[rule.CLOSE_REQUESTED] and t.next_state == names[rule.RECTIFYING]:
			found.setdefault("return", t.action)
	return found


def ensure_outgoing_mail():
	"""A site in use sends its notifications through an outgoing mail account; without one, Frappe refuses
	every save that sends one (OutgoingEmailError). The benchmark site gets an account that only queues:
	no scheduler runs there, so nothing leaves the machine."""
	if frappe.db.get_value("Email Account", {"default_outgoing": 1, "enable_outgoing": 1}):
		return
	name = frappe.db.get_value("Email Account", {"email_id": "loadtest@localhost"})
	if not name:
		account = frappe.new_doc("Email Account")
		account.update(
			{
				"email_account_name": "Load Test (queue only)",
				"email_id": "loadtest@localhost",
				"service": "",
				"smtp_server": "127.0.0.1",
				"smtp_port": 25,
				"no_smtp_authentication": 1,
			}
		)
		account.flags.ignore_validate = True
		account.db_insert()
		name = account.name
	frappe.db.set_value("Email Account", name, {"enable_outgoing": 1, "default_outgoing": 1})
