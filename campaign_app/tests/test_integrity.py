"""Integrity over HTTP, as real users (ORG-4, FIX-5, APPR-2, FW-2): what the desk forbids, no other
write path allows; the server owns who asked, who verified and what was copied; a second person holds
deadline changes and close-out; two verifiers at once land one transition."""

import json
from threading import Barrier

import frappe
from frappe.tests.test_api import ThreadWithReturnValue
from frappe.utils import get_test_client

from campaign_app.domain import appraisal as appraisal_rule
from campaign_app.domain import rectification as rule
from campaign_app.tests.rectification_utils import attach_evidence, item_doc, make_issue
from campaign_app.tests.utils import (
	ChineseTestCase,
	api_token,
	make_bureau,
	make_cadre,
	messages,
	rest,
	set_stage,
	state,
)

P = "zint-"
ITEM = "Rectification Item"


class IntegrityCase(ChineseTestCase):
	chinese_site = True

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		b = cls.b = make_bureau(P)
		b.colleague = make_cadre(f"{P}colleague", b.station, "Frontline Staff")
		cls.tokens = {
			who: api_token(getattr(b, who).user)
			for who in ("head", "worker", "colleague", "other_head", "leader", "leader2", "office")
		}
		frappe.db.commit()  # nosemgrep: REST requests run on their own connection

	def new_item(self, state=rule.RECTIFYING, **extra) -> str:
		name = item_doc(self.b, make_issue(self.b).name, **extra).insert().name
		set_stage(ITEM, name, state)
		return name

	def put(self, who, name, doctype=ITEM, **values):
		return rest(self.tokens[who], "put", f"/api/resource/{doctype}/{name}", body=values)

	def act(self, who, name, action, doctype=ITEM):
		doc = frappe.get_doc(doctype, name).as_dict()
		body = {"doc": json.dumps(doc, default=str), "action": action}
		return rest(self.tokens[who], "post", "/api/method/frappe.model.workflow.apply_workflow", body=body)

	def value(self, name, field, doctype=ITEM):
		return frappe.db.get_value(doctype, name, field)

	def ready_to_verify(self, name, requested_by):
		evidence = attach_evidence(name)
		frappe.db.set_value(
			ITEM,
			name,
			{
				"workflow_state": state(ITEM, rule.CLOSE_REQUESTED),
				"stage": rule.CLOSE_REQUESTED,
				"closeout_summary": "完成",
				"closeout_evidence": evidence,
				"closeout_requested_by": requested_by,
			},
		)


class TestTransitionsByAnyWrite(IntegrityCase):
	def test_the_creator_cannot_approve_their_own_plan_by_a_plain_update(self):
		b = self.b
		frappe.set_user(b.head.user)
		try:
			name = item_doc(b, make_issue(b).name).insert().name
		finally:
			frappe.set_user("Administrator")
		set_stage(ITEM, name, rule.REVIEW)
		r = self.put("head", name, workflow_state=state(ITEM, rule.RECTIFYING))
		self.assertEqual(r.status_code, 403, r.text)
		self.assertIn("不能批准本人创建的", messages(r))
		r = rest(
			self.tokens["head"],
			"post",
			"/api/method/frappe.client.set_value",
			body={
				"doctype": ITEM,
				"name": name,
				"fieldname": "workflow_state",
				"value": state(ITEM, rule.RECTIFYING),
			},
		)
		self.assertEqual(r.status_code, 403, r.text)
		self.assertEqual(self.value(name, "stage"), rule.REVIEW)
		# another unit head over the item approves it
		self.assertEqual(self.act("office", name, rule.APPROVE).status_code, 200)

	def test_sending_another_requester_does_not_let_the_requester_verify(self):
		name = self.new_item()
		self.ready_to_verify(name, self.b.office.user)
		r = self.put(
			"office", name, workflow_state=state(ITEM, rule.CLOSED), closeout_requested_by=self.b.leader.user
		)
		self.assertIn(r.status_code, (403, 417), r.text)
		self.assertEqual(self.value(name, "stage"), rule.CLOSE_REQUESTED)
		self.assertEqual(self.value(name, "closeout_requested_by"), self.b.office.user)

	def test_responsibility_cannot_move_in_the_same_write_as_the_verification(self):
		b = self.b
		name = self.new_item(responsible_cadre=b.leader2.name, leader_in_charge=b.leader.name)
		self.ready_to_verify(name, b.office.user)
		r = self.put(
			"leader2", name, workflow_state=state(ITEM, rule.CLOSED), responsible_cadre=b.worker.name
		)
		self.assertEqual(r.status_code, 403, r.text)
		self.assertEqual(self.value(name, "stage"), rule.CLOSE_REQUESTED)
		self.assertEqual(self.value(name, "responsible_cadre"), b.leader2.name)

	def test_a_colleague_cannot_ask_to_close_someone_elses_item(self):
		name = self.new_item(closeout_summary="完成")
		frappe.db.set_value(ITEM, name, "closeout_evidence", attach_evidence(name))
		r = self.act("colleague", name, rule.REQUEST_CLOSE)
		self.assertEqual(r.status_code, 403, r.text)
		self.assertIn("只有责任人或其所在单位负责人", messages(r))
		self.assertEqual(self.value(name, "stage"), rule.RECTIFYING)
		# the head of the unit above may ask for it
		self.assertEqual(self.act("head", name, rule.REQUEST_CLOSE).status_code, 200)
		self.assertEqual(self.value(name, "closeout_requested_by"), self.b.head.user)


class TestServerOwnedFields(IntegrityCase):
	def test_counters_history_and_who_acted_are_refused_and_nothing_is_saved(self):
		b = self.b
		name = self.new_item()
		frappe.db.set_value(ITEM, name, "relapse_count", 2)
		history = frappe.get_doc(ITEM, name)
		history.append("deadline_changes", {"old_deadline": "2026-11-30", "new_deadline": "2026-12-31"})
		history.save()  # as the server: the history has a row
		frappe.db.commit()  # nosemgrep
		for field, value in (
			("relapse_count", 0),
			("verified_by", b.worker.user),
			("closeout_requested_by", b.worker.user),
			("closed_on", "2026-03-01"),
			("deadline_changes", []),
		):
			r = self.put("office", name, **{field: value}, measure="篡改")
			self.assertEqual(r.status_code, 403, (field, r.text))
			self.assertIn("由系统维护", messages(r))
		self.assertEqual(self.value(name, "relapse_count"), 2)
		self.assertNotEqual(self.value(name, "measure"), "篡改")

	def test_an_appraisee_cannot_set_weights_or_switch_the_target(self):
		b = self.b
		template = frappe.db.get_value(
			"Campaign Appraisal Template", {"template_name": appraisal_rule.DEFAULT_TEMPLATE}
		)
		doc = frappe.get_doc(
			{
				"doctype": "Campaign Appraisal",
				"campaign": b.campaign,
				"template": template,
				"period": "2026年度",
				"target_type": appraisal_rule.UNIT,
				"target_unit": b.center,
			}
		).insert()
		rows = [
			{"name": r.name, "indicator": r.indicator, "weight": 100, "self_score": 90} for r in doc.scores
		]
		r = self.put("head", doc.name, "Campaign Appraisal", scores=rows)
		self.assertEqual(r.status_code, 403, r.text)
		weights = frappe.get_all(
			"Campaign Appraisal Score", filters={"parent": doc.name}, pluck="weight", order_by="idx"
		)
		self.assertEqual(sum(weights), 100)
		r = self.put("head", doc.name, "Campaign Appraisal", target_unit=b.sibling)
		self.assertEqual(r.status_code, 403, r.text)
		self.assertEqual(self.value(doc.name, "target_unit", "Campaign Appraisal"), b.center)
		# a new appraisal sent with its own weights takes the template's
		sent = {
			"campaign": b.campaign,
			"template": template,
			"period": "2027年度",
			"target_type": appraisal_rule.UNIT,
			"target_unit": b.station,
			"scores": [{"indicator": r.indicator, "weight": 100} for r in doc.scores],
		}
		r = rest(self.tokens["head"], "post", "/api/resource/Campaign Appraisal", body=sent)
		self.assertEqual(r.status_code, 200, r.text)
		self.assertEqual(sum(row["weight"] for row in r.json["data"]["scores"]), 100)


class TestDeadlineChangeNeedsASecondPerson(IntegrityCase):
	def test_the_responsible_cadre_asks_and_the_leader_approves(self):
		b = self.b
		name = self.new_item(deadline="2026-12-31")
		r = self.put("worker", name, deadline="2027-03-31", deadline_change_reason="雨季无法施工")
		self.assertEqual(r.status_code, 200, r.text)
		self.assertEqual(str(self.value(name, "deadline")), "2026-12-31")  # the old deadline stands
		self.assertEqual(str(self.value(name, "requested_deadline")), "2027-03-31")
		self.assertEqual(self.value(name, "deadline_requested_by"), b.worker.user)
		decide = "/api/method/campaign_app.api.rectification.decide_deadline_change"
		for who in ("worker", "colleague", "other_head"):
			r = rest(self.tokens[who], "post", decide, body={"item": name, "approve": 1})
			self.assertEqual(r.status_code, 403, (who, r.text))
		self.assertEqual(str(self.value(name, "deadline")), "2026-12-31")
		r = rest(self.tokens["leader"], "post", decide, body={"item": name, "approve": 1})
		self.assertEqual(r.status_code, 200, r.text)
		doc = frappe.get_doc(ITEM, name)
		self.assertEqual(str(doc.deadline), "2027-03-31")
		self.assertIsNone(doc.requested_deadline)
		change = doc.deadline_changes[-1]
		self.assertEqual(
			(str(change.old_deadline), str(change.new_deadline), change.reason),
			("2026-12-31", "2027-03-31", "雨季无法施工"),
		)
		self.assertEqual((change.changed_by, change.approved_by), (b.worker.user, b.leader.user))

	def test_a_rejected_request_leaves_the_deadline(self):
		name = self.new_item(deadline="2026-12-31")
		self.put("worker", name, deadline="2027-06-30", deadline_change_reason="资金未到位")
		decide = "/api/method/campaign_app.api.rectification.decide_deadline_change"
		r = rest(self.tokens["office"], "post", decide, body={"item": name, "approve": 0})
		self.assertEqual(r.status_code, 417, r.text)  # a rejection needs a reason
		r = rest(
			self.tokens["office"], "post", decide, body={"item": name, "approve": 0, "reason": "理由不足"}
		)
		self.assertEqual(r.status_code, 200, r.text)
		self.assertEqual(str(self.value(name, "deadline")), "2026-12-31")
		self.assertIsNone(self.value(name, "requested_deadline"))

	def test_the_leader_in_charge_moves_a_deadline_at_once(self):
		name = self.new_item(deadline="2026-12-31")
		set_stage(ITEM, name, rule.REVIEW)
		r = self.put("leader", name, deadline="2027-01-31", deadline_change_reason="统筹安排")
		self.assertEqual(r.status_code, 200, r.text)
		doc = frappe.get_doc(ITEM, name)
		self.assertEqual(str(doc.deadline), "2027-01-31")
		self.assertEqual(doc.deadline_changes[-1].approved_by, self.b.leader.user)


class TestCommentsAndFiles(IntegrityCase):
	def test_a_comment_is_stored_under_the_writers_name(self):
		name = self.new_item()
		r = rest(
			self.tokens["worker"],
			"post",
			"/api/method/frappe.desk.form.utils.add_comment",
			body={
				"reference_doctype": ITEM,
				"reference_name": name,
				"content": "已完成",
				"comment_email": self.b.leader.user,
				"comment_by": "分管领导",
			},
		)
		self.assertEqual(r.status_code, 200, r.text)
		comment = frappe.get_last_doc("Comment", filters={"reference_name": name, "comment_type": "Comment"})
		self.assertEqual(comment.comment_email, self.b.worker.user)
		self.assertNotEqual(comment.comment_by, "分管领导")

	def test_files_of_an_item_out_of_scope_stay_out_of_reach(self):
		name = self.new_item()
		url = attach_evidence(name)
		file_name = frappe.db.get_value("File", {"file_url": url, "attached_to_name": name})
		outsider = self.tokens["other_head"]
		listed = rest(outsider, "get", "/api/resource/File", {"filters": [["attached_to_name", "=", name]]})
		self.assertEqual(listed.json.get("data"), [])
		self.assertEqual(rest(outsider, "get", f"/api/resource/File/{file_name}").status_code, 403)
		self.assertEqual(rest(outsider, "get", url).status_code, 403)
		upload = rest(
			outsider,
			"post",
			"/api/method/upload_file",
			body={"doctype": ITEM, "docname": name, "file_url": "/files/x.txt", "file_name": "x.txt"},
		)
		self.assertEqual(upload.status_code, 403, upload.text)
		reuse = rest(outsider, "post", "/api/method/upload_file", body={"file_url": url, "is_private": 1})
		self.assertEqual(reuse.status_code, 403, reuse.text)
		copied = rest(
			outsider,
			"post",
			"/api/method/frappe.utils.file_manager.add_attachments",
			body={"doctype": "ToDo", "name": "x", "attachments": json.dumps([file_name])},
		)
		self.assertEqual(copied.status_code, 403, copied.text)
		self.assertEqual(frappe.db.count("File", {"file_url": url}), 1)
		# the responsible cadre reads it
		self.assertEqual(rest(self.tokens["worker"], "get", url).status_code, 200)


class TestTwoVerifiersAtOnce(IntegrityCase):
	def test_exactly_one_transition_lands(self):
		name = self.new_item()
		self.ready_to_verify(name, self.b.worker.user)
		frappe.db.commit()  # nosemgrep: both requests run on their own connections
		doc = frappe.get_doc(ITEM, name).as_dict()
		body = {"doc": json.dumps(doc, default=str), "action": rule.VERIFY}
		start = Barrier(2)

		def verify(token):
			start.wait()
			return get_test_client().post(
				"/api/method/frappe.model.workflow.apply_workflow",
				json=body,
				headers={"Authorization": token},
			)

		threads = [
			ThreadWithReturnValue(target=verify, args=(self.tokens[who],), site=frappe.local.site)
			for who in ("leader", "office")
		]
		for t in threads:
			t.start()
		results = [t.join() for t in threads]
		codes = sorted(r.status_code for r in results)
		self.assertEqual(codes[0], 200, [r.text for r in results])
		self.assertNotEqual(codes[1], 200, [r.text for r in results])
		loser = next(r for r in results if r.status_code != 200)
		self.assertTrue(messages(loser), loser.text)
		frappe.db.rollback()
		self.assertEqual(self.value(name, "stage"), rule.CLOSED)
		self.assertIn(self.value(name, "verified_by"), (self.b.leader.user, self.b.office.user))
		verifications = frappe.get_all(
			"Comment", filters={"reference_name": name, "comment_type": "Workflow"}, pluck="content"
		)
		self.assertEqual(len(verifications), 1)
