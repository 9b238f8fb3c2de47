"""Bad input on units, cadres and campaigns: refused with a clear Chinese message, nothing saved."""

import frappe

from campaign_app.tests.utils import DOMAIN, ChineseTestCase, delete_records, make_cadre, make_unit

P = "zrules-"


class TestUnitTree(ChineseTestCase):
	def setUp(self):
		delete_records(P)
		self.top = make_unit(f"{P}局", unit_type="Bureau")
		self.mid = make_unit(f"{P}中心", self.top)
		self.low = make_unit(f"{P}站", self.mid)

	def test_unit_cannot_be_its_own_parent(self):
		unit = frappe.get_doc("Campaign Unit", self.mid)
		unit.parent_campaign_unit = self.mid
		self.assertRefused(unit.save, "单位不能以自身为上级单位")
		self.assertEqual(frappe.db.get_value("Campaign Unit", self.mid, "parent_campaign_unit"), self.top)

	def test_unit_cannot_move_below_its_own_child(self):
		unit = frappe.get_doc("Campaign Unit", self.top)
		unit.parent_campaign_unit = self.low
		self.assertRefused(unit.save, "是", "的下级单位，不能作为其上级单位")
		self.assertFalse(frappe.db.get_value("Campaign Unit", self.top, "parent_campaign_unit"))

	def test_tree_columns_are_indexed(self):
		indexes = frappe.db.sql("show index from `tabCampaign Unit` where Column_name = 'lft'", as_dict=True)
		self.assertTrue(indexes)


class TestCadreUser(ChineseTestCase):
	def setUp(self):
		delete_records(P)
		self.unit = make_unit(f"{P}股", unit_type="Section")

	def test_saving_a_cadre_with_email_creates_a_desk_user_with_the_level_role(self):
		cadre = make_cadre(f"{P}head", self.unit, "Unit Leader")
		self.assertEqual(cadre.user, f"{P}head@{DOMAIN}")
		self.assertIn("Unit Head", frappe.get_roles(cadre.user))
		self.assertEqual(frappe.db.get_value("User", cadre.user, "user_type"), "System User")

	def test_existing_user_is_linked_not_duplicated(self):
		email = f"{P}known@{DOMAIN}"
		if not frappe.db.exists("User", email):
			user = {"doctype": "User", "email": email, "first_name": "known", "send_welcome_email": 0}
			frappe.get_doc(user).insert(ignore_permissions=True)
		cadre = make_cadre(f"{P}known", self.unit, "Party Cadre")
		self.assertEqual(cadre.user, email)
		self.assertEqual(frappe.db.count("User", {"email": email}), 1)
		self.assertIn("Campaign Staff", frappe.get_roles(email))

	def test_level_change_swaps_the_role(self):
		cadre = make_cadre(f"{P}promoted", self.unit, "Party Cadre")
		cadre.level = "Unit Leader"
		cadre.save()
		roles = frappe.get_roles(cadre.user)
		self.assertIn("Unit Head", roles)
		self.assertNotIn("Campaign Staff", roles)

	def test_email_used_by_another_cadre_is_refused(self):
		make_cadre(f"{P}first", self.unit)
		before = frappe.db.count("Cadre")
		dup = frappe.get_doc(
			{
				"doctype": "Cadre",
				"full_name": "重复",
				"unit": self.unit,
				"level": "Party Cadre",
				"email": f"{P}first@{DOMAIN}",
			}
		)
		self.assertRefused(dup.insert, "已被干部", "使用", exc=frappe.DuplicateEntryError)
		self.assertEqual(frappe.db.count("Cadre"), before)

	def test_one_cadre_per_user(self):
		first = make_cadre(f"{P}one", self.unit)
		second = frappe.get_doc(
			{"doctype": "Cadre", "full_name": "二号", "unit": self.unit, "level": "Party Cadre"}
		)
		second.user = first.user
		self.assertRefused(second.insert, "已关联干部", exc=frappe.DuplicateEntryError)

	def test_unit_head_cannot_make_a_leader(self):
		head = make_cadre(f"{P}boss", self.unit, "Unit Leader")
		frappe.set_user(head.user)
		try:
			cadre = frappe.get_doc(
				{
					"doctype": "Cadre",
					"full_name": "越权",
					"unit": self.unit,
					"level": "Leadership Member",
					"email": f"{P}x@{DOMAIN}",
				}
			)
			self.assertRefused(cadre.insert, "只有领导小组办公室", exc=frappe.PermissionError)
		finally:
			frappe.set_user("Administrator")
		self.assertFalse(frappe.db.exists("User", f"{P}x@{DOMAIN}"))


class TestStudyCampaign(ChineseTestCase):
	def setUp(self):
		delete_records(P)
		unit = make_unit(f"{P}办", unit_type="Section")
		self.leader = make_cadre(f"{P}leader", unit, "Principal Leader").name
		self.deputy = make_cadre(f"{P}deputy", unit, "Leadership Member").name

	def campaign(self, start="2026-02-24", end="2026-07-31", group=None):
		doc = frappe.get_doc(
			{"doctype": "Study Campaign", "title": f"{P}活动", "start_date": start, "end_date": end}
		)
		for cadre, role in group if group is not None else [(self.leader, "Leader")]:
			doc.append("leading_group", {"cadre": cadre, "group_role": role})
		return doc

	def test_valid_campaign_saves(self):
		doc = self.campaign(group=[(self.leader, "Leader"), (self.deputy, "Deputy Leader")]).insert()
		self.assertTrue(doc.name.startswith("CMP-"))
		frappe.delete_doc("Study Campaign", doc.name)

	def test_ending_before_start_is_refused(self):
		before = frappe.db.count("Study Campaign")
		self.assertRefused(self.campaign(start="2026-07-31", end="2026-02-24").insert, "不能早于开始日期")
		self.assertEqual(frappe.db.count("Study Campaign"), before)

	def test_leading_group_needs_one_leader(self):
		self.assertRefused(self.campaign(group=[(self.deputy, "Deputy Leader")]).insert, "有且只有一名组长")
		group = [(self.leader, "Leader"), (self.deputy, "Leader")]
		self.assertRefused(self.campaign(group=group).insert, "有且只有一名组长")

	def test_a_cadre_only_once(self):
		group = [(self.leader, "Leader"), (self.deputy, "Member"), (self.deputy, "Office")]
		self.assertRefused(self.campaign(group=group).insert, "在领导小组中重复出现")

	def test_leader_must_be_a_cadre(self):
		self.assertRefused(
			self.campaign(group=[("CAD-NOPE", "Leader")]).insert, exc=frappe.LinkValidationError
		)
