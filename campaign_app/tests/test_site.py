"""The app on a real site: roles, Chinese desk strings, the workspace and the demo bureau."""

import frappe
from frappe.tests.utils import FrappeTestCase

from campaign_app.setup.install import ROLES


class TestSite(FrappeTestCase):
	def test_roles_exist_with_desk_access(self):
		for role in ROLES:
			self.assertEqual(frappe.db.get_value("Role", role, "desk_access"), 1, role)

	def test_app_strings_reach_the_desk_in_chinese(self):
		self.assertEqual(frappe._("Campaign Unit", lang="zh"), "单位")
		self.assertEqual(frappe._("Study Education", lang="zh"), "学习教育")
		self.assertEqual(frappe._("Level", lang="zh", context="Cadre"), "干部层级")
		from frappe.translate import get_all_translations

		self.assertEqual(get_all_translations("zh").get("Leadership Member"), "局领导班子成员")

	def test_frappe_desk_strings_that_read_wrong_in_chinese_are_corrected(self):
		"""Frappe's own zh file says 21米 (metres) for "21 minutes ago" and 锶 (strontium) for the 序号 column."""
		from frappe.translate import get_all_translations

		desk = get_all_translations("zh")  # what the browser receives
		self.assertEqual(desk.get("{0} m"), "{0}分钟")
		self.assertEqual(desk.get("Sr"), "序号")
		self.assertEqual(desk.get("{0} last edited this"), "{0} 最后编辑了此文档")
		self.assertEqual(
			desk.get("This form is not editable due to a Workflow."), "当前流程状态下不能编辑此表单。"
		)

	def test_workspace_links_the_foundation(self):
		ws = frappe.get_doc("Workspace", "Study Education")
		targets = {link.link_to for link in ws.links if link.type == "Link"}
		self.assertTrue({"Campaign Unit", "Cadre", "Study Campaign"} <= targets)


class TestDemo(FrappeTestCase):
	def test_demo_is_idempotent(self):
		from campaign_app.demo import data
		from campaign_app.demo.loader import load_demo

		first = load_demo()
		second = load_demo()
		for key in ("units", "cadres", "campaigns", "issues", "items"):
			self.assertEqual(first[key], second[key], key)
		self.assertEqual(second["users_created"], 0)
		self.assertIsNone(second["password"])
		self.assertGreaterEqual(second["cadres"], len(data.CADRES))
		campaign = frappe.get_doc("Study Campaign", {"title": data.CAMPAIGN["title"]})
		self.assertEqual(str(campaign.start_date), "2026-02-24")
		self.assertEqual(str(campaign.end_date), "2026-07-31")
		leader = [row for row in campaign.leading_group if row.group_role == "Leader"]
		self.assertEqual(frappe.db.get_value("Cadre", leader[0].cadre, "full_name"), "王建国")
		levels = set(
			frappe.get_all("Cadre", filters={"email": ("like", f"%@{data.EMAIL_DOMAIN}")}, pluck="level")
		)
		self.assertEqual(
			levels, {"Leadership Member", "Principal Leader", "Unit Leader", "Party Cadre", "Frontline Staff"}
		)
		self.assertEqual(frappe.db.get_value("User", f"gaofeng@{data.EMAIL_DOMAIN}", "language"), "zh")
		self.assertEqual(second["items_created"], 0)
		# the office's first steps are done; entering the bureau's real mail server is not
		steps = dict(frappe.get_all("Onboarding Step", fields=["name", "is_complete"], as_list=True))
		self.assertEqual(steps["Create the Campaign"], 1)
		self.assertEqual(steps["Record the First Problems and Items"], 1)
		self.assertEqual(steps["Set Up the Outgoing Mail Account"], 0)
		from campaign_app.tasks import update_lights

		update_lights()  # other tests may have run the job on frozen dates
		demo_items = frappe.get_all(
			"Rectification Item",
			filters={"campaign": campaign.name},
			fields=["workflow_state", "light", "relapse_count", "kind", "unit"],
		)
		self.assertEqual(
			{i.workflow_state for i in demo_items}, {"草稿", "待审核", "整改中", "待销号", "已销号"}
		)
		self.assertEqual({i.light for i in demo_items}, {"Green", "Yellow", "Red"})
		self.assertEqual({i.kind for i in demo_items}, {"Immediate", "Long-term"})
		self.assertTrue(any(i.relapse_count for i in demo_items))
		# the bureau in full swing: every unit has problems, and items in more than one state
		units = {name for name, _type, _parent in data.UNITS}
		problems = frappe.get_all("Campaign Issue", filters={"campaign": campaign.name}, pluck="unit")
		self.assertEqual(units - set(problems), set())
		for unit in units:
			states = {i.workflow_state for i in demo_items if i.unit == unit}
			self.assertGreaterEqual(len(states), 2, unit)
