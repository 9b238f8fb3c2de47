"""The REST API refuses what the desk refuses: wrong unit, wrong role, self verification, no evidence."""

import json

import frappe

from campaign_app.domain import rectification as rule
from campaign_app.tests.rectification_utils import attach_evidence, item_doc, make_issue
from campaign_app.tests.test_rectification import RectificationCase
from campaign_app.tests.utils import api_token, rest, set_stage, state


class TestRectificationOverREST(RectificationCase):
	chinese_site = True  # token requests speak the site's language

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		b = cls.b
		cls.tokens = {
			who: api_token(getattr(b, who).user) for who in ("head", "worker", "other_head", "office")
		}

	def setUp(self):
		b = self.b
		self.item = item_doc(b, make_issue(b).name).insert().name
		set_stage("Rectification Item", self.item, rule.RECTIFYING)

	def apply(self, who, action):
		doc = frappe.get_doc("Rectification Item", self.item).as_dict()
		body = {"doc": json.dumps(doc, default=str), "action": action}
		return rest(self.tokens[who], "post", "/api/method/frappe.model.workflow.apply_workflow", body=body)

	def state(self):
		return frappe.db.get_value("Rectification Item", self.item, "stage")

	def test_sibling_unit_head_cannot_read_change_or_act(self):
		path = f"/api/resource/Rectification Item/{self.item}"
		self.assertEqual(rest(self.tokens["other_head"], "get", path).status_code, 403)
		self.assertEqual(
			rest(self.tokens["other_head"], "put", path, body={"measure": "篡改"}).status_code, 403
		)
		listed = rest(
			self.tokens["other_head"],
			"get",
			"/api/resource/Rectification Item",
			{"filters": [["name", "=", self.item]]},
		)
		self.assertEqual(listed.json["data"], [])
		self.assertNotEqual(self.apply("other_head", rule.REQUEST_CLOSE).status_code, 200)
		printed = rest(
			self.tokens["other_head"],
			"get",
			"/api/method/frappe.www.printview.get_html_and_style",
			{"doc": "Rectification Item", "name": self.item, "print_format": "Standard"},
		)
		self.assertEqual(printed.status_code, 403)
		self.assertEqual(self.state(), rule.RECTIFYING)
		self.assertEqual(rest(self.tokens["head"], "get", path).status_code, 200)

	def test_close_out_without_evidence_is_refused(self):
		r = self.apply("worker", rule.REQUEST_CLOSE)
		self.assertEqual(r.status_code, 417, r.text)
		self.assertIn("佐证材料", str(r.json))
		self.assertEqual(self.state(), rule.RECTIFYING)

	def test_wrong_role_and_self_verification_are_refused(self):
		frappe.db.set_value(
			"Rectification Item",
			self.item,
			{"closeout_summary": "完成", "closeout_evidence": attach_evidence(self.item)},
		)
		self.assertEqual(self.apply("office", rule.REQUEST_CLOSE).status_code, 200)
		self.assertEqual(self.state(), rule.CLOSE_REQUESTED)
		r = self.apply("worker", rule.VERIFY)  # a staff member has no verify transition
		self.assertNotEqual(r.status_code, 200)
		r = self.apply("office", rule.VERIFY)  # the requester may not verify
		self.assertEqual(r.status_code, 403, r.text)
		self.assertIn("不能核验", str(r.json))
		self.assertEqual(self.state(), rule.CLOSE_REQUESTED)
		# and a staff member cannot set the state by a plain update either
		path = f"/api/resource/Rectification Item/{self.item}"
		r = rest(
			self.tokens["worker"],
			"put",
			path,
			body={"workflow_state": state("Rectification Item", rule.CLOSED)},
		)
		self.assertNotEqual(r.status_code, 200)
		self.assertEqual(self.state(), rule.CLOSE_REQUESTED)

	@classmethod
	def tearDownClass(cls):
		frappe.db.delete("Rectification Item", {"unit": ("in", [cls.b.station, cls.b.center])})
		frappe.db.delete("Campaign Issue", {"title": ("like", "%"), "campaign": cls.b.campaign})
		frappe.db.commit()  # nosemgrep: the REST tests committed their rows
		super().tearDownClass()
