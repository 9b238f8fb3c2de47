"""FW-3, #14: every seeded notification also reaches the desk's bell; the leader's 待我销号 and the
cadre's 我的未销号事项 cards count the user's own items, through the app's scope, over HTTP."""

import json

import frappe

from campaign_app.desk_profile import PROFILE, apply_desk_profile, blocked_modules
from campaign_app.domain.rectification import CLOSE_REQUESTED
from campaign_app.setup.records import seeded_notifications
from campaign_app.tests.rectification_utils import item_doc, make_issue
from campaign_app.tests.utils import ChineseTestCase, api_token, make_bureau, rest, set_stage

P = "zdesk-"
CARD = "/api/method/frappe.desk.doctype.number_card.number_card.get_result"


class TestDesk(ChineseTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.b = make_bureau(P)
		cls.tokens = {who: api_token(getattr(cls.b, who).user) for who in ("leader", "leader2", "worker")}
		frappe.db.commit()  # nosemgrep: REST requests run on their own connection

	def test_every_mail_notification_also_rings_the_bell(self):
		for _doctype, specs in seeded_notifications():
			for name in specs:
				channel, bell = frappe.db.get_value(
					"Notification", name, ["channel", "send_system_notification"]
				)
				self.assertTrue(channel == "System Notification" or bell, name)

	def card(self, who, name, dynamic_field):
		doc = frappe.get_doc("Number Card", name)
		user = getattr(self.b, who).user
		filters = [*json.loads(doc.filters_json), ["Rectification Item", dynamic_field, "=", user, False]]
		r = rest(self.tokens[who], "post", CARD, body={"doc": doc.as_json(), "filters": json.dumps(filters)})
		self.assertEqual(r.status_code, 200, r.text)
		return r.json["message"]

	def test_the_leader_counts_the_close_outs_waiting_for_them(self):
		issue = make_issue(self.b, f"{P}问题").name
		for _ in range(2):
			name = item_doc(self.b, issue).insert().name
			set_stage("Rectification Item", name, CLOSE_REQUESTED)
		mine = frappe.db.count(
			"Rectification Item", {"leader_user": self.b.leader.user, "stage": CLOSE_REQUESTED}
		)
		self.assertEqual(self.card("leader", "Awaiting My Verification", "leader_user"), mine)
		self.assertEqual(self.card("leader2", "Awaiting My Verification", "leader_user"), 0)
		open_items = frappe.db.count(
			"Rectification Item", {"responsible_user": self.b.worker.user, "stage": ("!=", "Closed")}
		)
		self.assertEqual(self.card("worker", "My Open Items", "responsible_user"), open_items)

	def test_the_leader_desk_counts_the_items_in_their_charge(self):
		issue = make_issue(self.b, f"{P}分管").name
		red = item_doc(self.b, issue, start_date="2026-01-05", deadline="2026-03-31").insert().name
		item_doc(self.b, issue).insert()
		set_stage("Rectification Item", red, "Rectifying")
		frappe.db.set_value("Rectification Item", red, "light", "Red")
		for name, extra in (("Red Items in My Charge", {"light": "Red"}), ("Open Items in My Charge", {})):
			for who in ("leader", "leader2"):
				mine = frappe.db.count(
					"Rectification Item",
					{"leader_user": getattr(self.b, who).user, "stage": ("!=", "Closed"), **extra},
				)
				self.assertEqual(self.card(who, name, "leader_user"), mine, (name, who))
		self.assertGreater(self.card("leader", "Red Items in My Charge", "leader_user"), 0)


class TestRoleDesks(ChineseTestCase):
	def test_each_level_opens_on_its_own_workspace_which_others_cannot_open(self):
		b = make_bureau(P)
		expected = {b.head: "My Unit", b.worker: "My Desk", b.leader: "Leader Desk"}
		for cadre, workspace in expected.items():
			self.assertEqual(frappe.db.get_value("User", cadre.user, "default_workspace"), workspace)
		page = json.dumps({"name": "My Unit", "title": "My Unit", "public": 1})
		frappe.db.commit()  # nosemgrep
		head = rest(
			api_token(b.head.user),
			"post",
			"/api/method/frappe.desk.desktop.get_desktop_page",
			body={"page": page},
		)
		self.assertEqual(head.status_code, 200, head.text)
		staff = rest(
			api_token(b.worker.user),
			"post",
			"/api/method/frappe.desk.desktop.get_desktop_page",
			body={"page": page},
		)
		self.assertEqual(staff.status_code, 403, staff.text)
		# an administrator's own choice for a user stays when the cadre is saved again
		frappe.db.set_value("User", b.worker.user, "default_workspace", "Welcome Workspace")
		frappe.get_doc("Cadre", b.worker.name).save()
		self.assertEqual(frappe.db.get_value("User", b.worker.user, "default_workspace"), "Welcome Workspace")


ADMIN_WORKSPACES = {"Users", "Website", "Tools", "Integrations", "Build"}
PAGE = "/api/method/frappe.desk.desktop.get_desktop_page"


class TestDeskProfile(ChineseTestCase):
	"""#14: Frappe's admin workspaces stay out of a campaign user's desk, by sidebar, URL and API."""

	def sidebar(self, user: str) -> set[str]:
		from frappe.desk.desktop import get_workspace_sidebar_items

		frappe.set_user(user)
		try:
			return {page["name"] for page in get_workspace_sidebar_items()["pages"]}
		finally:
			frappe.set_user("Administrator")

	def test_campaign_users_do_not_see_frappe_admin_workspaces(self):
		b = make_bureau(P)
		for cadre in (b.worker, b.head, b.leader):
			self.assertEqual(frappe.db.get_value("User", cadre.user, "module_profile"), PROFILE)
			pages = self.sidebar(cadre.user)
			self.assertFalse(pages & ADMIN_WORKSPACES, (cadre.user, pages))
		self.assertIn("My Desk", self.sidebar(b.worker.user))
		frappe.db.commit()  # nosemgrep: REST requests run on their own connection
		page = json.dumps({"name": "Users", "title": "Users", "public": 1})
		r = rest(api_token(b.worker.user), "post", PAGE, body={"page": page})
		self.assertEqual(r.status_code, 403, r.text)

	def test_system_managers_keep_them_and_an_edit_of_the_profile_reaches_its_users(self):
		b = make_bureau(P)
		email = f"{P}sysadmin@example.com"
		if frappe.db.exists("User", email):
			admin = frappe.get_doc("User", email)
		else:
			admin = frappe.get_doc({"doctype": "User", "email": email, "first_name": "系统管理员"})
			admin.insert(ignore_permissions=True)
		admin.add_roles("System Manager")
		apply_desk_profile(admin.name)
		self.assertFalse(frappe.db.get_value("User", admin.name, "module_profile"))
		self.assertIn("Users", self.sidebar(admin.name))

		profile = frappe.get_doc("Module Profile", PROFILE)
		kept = [row.module for row in profile.block_modules]
		self.assertIn("Website", kept)
		try:
			profile.set("block_modules", [{"module": m} for m in kept if m != "Website"])
			profile.save()
			self.assertNotIn("Website", blocked_modules(b.worker.user))
			self.assertIn("Website", self.sidebar(b.worker.user))
		finally:
			profile.reload()
			profile.set("block_modules", [{"module": m} for m in kept])
			profile.save()
		self.assertIn("Website", blocked_modules(b.worker.user))


class TestOnboarding(ChineseTestCase):
	"""#14: an office starting from an empty site has a guided path, and a site set up for China gets
	China's formats."""

	def test_the_office_is_guided_from_the_campaign_to_the_mail_account(self):
		onboarding = frappe.get_doc("Module Onboarding", "Campaign Setup")
		steps = [frappe.get_doc("Onboarding Step", row.step) for row in onboarding.steps]
		self.assertEqual(
			[frappe._(s.title) for s in steps],
			[
				"创建学习教育活动",
				"建立单位树",
				"导入干部",
				"组建领导小组",
				"录入首批问题和整改事项",
				"设置发件邮箱",
			],
		)
		self.assertEqual(
			[s.reference_document or s.path for s in steps],
			[
				"Study Campaign",
				"campaign-unit/view/tree",
				"data-import/new",
				"study-campaign",
				"Campaign Issue",
				"Email Account",
			],
		)
		self.assertIn("Campaign Manager", {r.role for r in onboarding.allow_roles})
		content = json.loads(frappe.db.get_value("Workspace", "Study Education", "content"))
		self.assertIn("Campaign Setup", [b["data"].get("onboarding_name") for b in content])
		for s in steps:
			self.assertNotRegex(frappe._(s.description), r"^[A-Za-z]")

	def test_a_site_set_up_for_china_gets_china_formats_once(self):
		from campaign_app.setup import china

		settings = frappe.get_single("System Settings")
		kept = {key: settings.get(key) for key in (*china.CHINA_DEFAULTS, "language", "country")}
		marker, currency = frappe.db.get_default(china.MARKER), frappe.db.get_default("currency")
		try:
			frappe.db.set_default(china.MARKER, "")
			frappe.db.set_single_value("System Settings", "date_format", "mm-dd-yyyy")
			frappe.db.set_default("currency", "USD")
			china.after_setup_wizard({"country": "India"})
			self.assertEqual(frappe.db.get_single_value("System Settings", "date_format"), "mm-dd-yyyy")
			china.after_setup_wizard({"country": "China"})
			for key, value in china.CHINA_DEFAULTS.items():
				self.assertEqual(frappe.db.get_single_value("System Settings", key), value, key)
			self.assertEqual(frappe.db.get_default("currency"), "CNY")
			# once: an administrator's later choice stays
			frappe.db.set_single_value("System Settings", "date_format", "dd.mm.yyyy")
			china.after_setup_wizard({"country": "China"})
			self.assertEqual(frappe.db.get_single_value("System Settings", "date_format"), "dd.mm.yyyy")
		finally:
			for key, value in kept.items():
				frappe.db.set_single_value("System Settings", key, value)
			frappe.db.set_default(china.MARKER, marker or "")
			frappe.db.set_default("currency", currency or "")
