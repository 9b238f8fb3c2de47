"""Load the demo bureau into a site, idempotently: a second run finds every record and adds nothing."""

import secrets

import frappe
from frappe.utils.password import update_password

from campaign_app.demo import data
from campaign_app.demo.appraisal import make_appraisals
from campaign_app.demo.evaluation import make_evaluation
from campaign_app.demo.openness import make_openness
from campaign_app.demo.rectification import make_rectification
from campaign_app.demo.study import make_study
from campaign_app.demo.supervision import make_supervision
from campaign_app.integrations import erpnext
from campaign_app.setup.china import apply_china_defaults
from campaign_app.setup.security import apply_baseline

OFFICE_LOGIN = "chenjing"  # 办公室主任: runs the leading group office
# The site's administrator for day-to-day system settings: not a cadre. Frappe gives System Manager to
# the first desk user saved while nobody but Administrator holds it; this account holds it instead, so
# that no cadre does (a cadre's scope must come from their level alone).
SYSADMIN_LOGIN = "xitongguanliyuan"


def email_of(login: str) -> str:
	return f"{login}@{data.EMAIL_DOMAIN}"


def load_demo() -> dict:
	"""Returns counts and, when users were created in this run, their one-time password."""
	set_chinese_defaults()
	apply_baseline()
	make_units()
	password, created = make_cadres()
	set_unit_heads()
	campaign = make_campaign()
	items = make_rectification(email_of, campaign)
	sheets = make_evaluation(campaign)
	appraisals = make_appraisals(campaign, email_of)
	sessions = make_study(campaign, cadre_of)
	feedbacks = make_openness(campaign, cadre_of, email_of)
	visits = make_supervision(campaign, cadre_of, email_of)
	mark_onboarding_done()
	frappe.db.commit()  # nosemgrep: the bench command loads the demo as one unit of work
	return {
		"units": frappe.db.count("Campaign Unit"),
		"cadres": frappe.db.count("Cadre"),
		"campaigns": frappe.db.count("Study Campaign"),
		"issues": frappe.db.count("Campaign Issue"),
		"items": frappe.db.count("Rectification Item"),
		"responses": frappe.db.count("Evaluation Response"),
		"appraisals": frappe.db.count("Campaign Appraisal"),
		"items_created": items,
		"sheets_created": sheets,
		"appraisals_created": appraisals,
		"study_sessions": frappe.db.count("Study Session"),
		"study_outputs": frappe.db.count("Study Output"),
		"review_meetings": frappe.db.count("Review Meeting"),
		"study_sessions_created": sessions,
		"feedback": frappe.db.count("Public Feedback"),
		"livelihood_projects": frappe.db.count("Livelihood Project"),
		"feedback_created": feedbacks,
		"supervision_visits_created": visits,
		"deviation_warnings": frappe.db.count("Deviation Warning"),
		"users_created": created,
		"password": password if created else None,
		"office_user": email_of(OFFICE_LOGIN),
		"sysadmin_user": email_of(SYSADMIN_LOGIN),
	}


def set_chinese_defaults():
	"""Chinese system settings; on plain Frappe also what the setup wizard would have set.

	With ERPNext the setup wizard creates the company and its accounts, so it is left to the user.
	"""
	apply_china_defaults()
	if not frappe.db.get_single_value("System Settings", "setup_complete") and not erpnext.is_installed():
		frappe.db.set_single_value("System Settings", "setup_complete", 1)
		frappe.db.set_single_value("System Settings", "enable_onboarding", 1)  # as the wizard does
		frappe.db.set_default("desktop:home_page", "workspace")
	ensure_outbox()
	# the public evaluation form shows the bureau's name in the website's top bar
	if not frappe.db.get_single_value("Website Settings", "brand_html"):
		frappe.db.set_single_value("Website Settings", "brand_html", data.BUREAU)


# The office's first steps that the demo has taken; the outgoing mail account it made is a placeholder,
# so the workspace still points the office to entering the bureau's real one
DONE_STEPS = (
	"Create the Campaign",
	"Build the Unit Tree",
	"Import the Cadres",
	"Form the Leading Group",
	"Record the First Problems and Items",
)


def mark_onboarding_done():
	for step in DONE_STEPS:
		if frappe.db.exists("Onboarding Step", step):
			frappe.db.set_value("Onboarding Step", step, "is_complete", 1, update_modified=False)


def ensure_outbox():
	"""Notifications need an outgoing email account. The demo's names a placeholder server: mail waits in
	the Email Queue until an administrator enters the bureau's real one."""
	if frappe.db.exists("Email Account", {"default_outgoing": 1, "enable_outgoing": 1}):
		return
	frappe.get_doc(
		{
			"doctype": "Email Account",
			"email_account_name": "演示发件箱",
			"email_id": f"office@{data.EMAIL_DOMAIN}",
			"enable_outgoing": 1,
			"default_outgoing": 1,
			"smtp_server": f"smtp.{data.EMAIL_DOMAIN}",
			"no_smtp_authentication": 1,
		}
	).insert(ignore_permissions=True)


def make_units():
	for name, unit_type, parent in data.UNITS:
		if frappe.db.exists("Campaign Unit", name):
			continue
		frappe.get_doc(
			{
				"doctype": "Campaign Unit",
				"unit_name": name,
				"unit_type": unit_type,
				"parent_campaign_unit": parent,
				"is_group": 1,
			}
		).insert(ignore_permissions=True)


def make_sysadmin(password: str) -> bool:
	"""The demo's system administrator (系统管理员), created once; then no cadre keeps System Manager."""
	email = email_of(SYSADMIN_LOGIN)
	created = not frappe.db.exists("User", email)
	if created:
		user = frappe.get_doc(
			{
				"doctype": "User",
				"email": email,
				"first_name": "系统管理员",
				"user_type": "System User",
				"send_welcome_email": 0,
				"language": "zh",
				"roles": [{"role": "System Manager"}],
			}
		).insert(ignore_permissions=True)
		update_password(user.name, password)
	for cadre_user in frappe.get_all("Cadre", filters={"user": ("is", "set")}, pluck="user"):
		if "System Manager" in frappe.get_roles(cadre_user):
			frappe.get_doc("User", cadre_user).remove_roles("System Manager")
	return created


def make_cadres() -> tuple[str, int]:
	password = secrets.token_urlsafe(9)
	created = 0
	# Frappe refuses more than 60 new users an hour (throttle_user_limit); the demo is a bulk load
	frappe.local.conf.throttle_user_limit = max(frappe.local.conf.get("throttle_user_limit") or 60, 1000)
	created += make_sysadmin(password)
	for login, full_name, gender, unit, post, level, party, _head_of in data.CADRES:
		if frappe.db.exists("Cadre", {"email": email_of(login)}):
			continue
		cadre = frappe.get_doc(
			{
				"doctype": "Cadre",
				"full_name": full_name,
				"gender": gender,
				"unit": unit,
				"post": post,
				"level": level,
				"is_party_member": party,
				"email": email_of(login),
			}
		).insert(ignore_permissions=True)
		update_password(cadre.user, password)
		frappe.db.set_value("User", cadre.user, "language", "zh")
		if login == OFFICE_LOGIN:
			frappe.get_doc("User", cadre.user).add_roles("Campaign Manager")
		created += 1
	return password, created


def cadre_of(login: str) -> str:
	return frappe.db.get_value("Cadre", {"email": email_of(login)})


def set_unit_heads():
	for login, *_rest, head_of in data.CADRES:
		if head_of and not frappe.db.get_value("Campaign Unit", head_of, "head"):
			frappe.db.set_value("Campaign Unit", head_of, "head", cadre_of(login))


def make_campaign() -> str:
	existing = frappe.db.get_value("Study Campaign", {"title": data.CAMPAIGN["title"]})
	if existing:
		return existing
	campaign = frappe.get_doc({"doctype": "Study Campaign", **data.CAMPAIGN})
	for login, role, duty in data.LEADING_GROUP:
		campaign.append("leading_group", {"cadre": cadre_of(login), "group_role": role, "duty": duty})
	return campaign.insert(ignore_permissions=True).name
