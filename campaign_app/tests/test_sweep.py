"""The adversarial sweep (ORG-4, FIX-5, APPR-2, FW-2): as real users over HTTP, every whitelisted
method of Frappe that takes a doctype, every REST route, every transition of every workflow and every
field the server owns, aimed at records the user may not see or change. Prints one summary line."""

import json

import frappe

from campaign_app.domain import appraisal as appraisal_rule
from campaign_app.domain import rectification as rule
from campaign_app.tests import adversary
from campaign_app.tests.adversary import CANARY, NOWHERE
from campaign_app.tests.rectification_utils import item_doc, make_issue
from campaign_app.tests.utils import ChineseTestCase, api_token, make_bureau, rest, set_stage

P = "zadv-"
TALLY = adversary.Tally()


class TestSweep(ChineseTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		b = cls.b = make_bureau(P)
		issue = make_issue(b, title=f"问题 {CANARY}", description=CANARY)
		item = item_doc(b, issue.name, measure=f"措施 {CANARY}", kind=rule.LONG_TERM)
		item.append("stage_goals", {"goal": CANARY, "due_date": "2026-06-30"})
		item.append("progress_reports", {"report_date": "2026-04-01", "percent": 20, "work_done": CANARY})
		item.insert()
		template = frappe.db.get_value(
			"Campaign Appraisal Template", {"template_name": appraisal_rule.DEFAULT_TEMPLATE}
		)
		appraisal = frappe.get_doc(
			{
				"doctype": "Campaign Appraisal",
				"campaign": b.campaign,
				"template": template,
				"period": CANARY,
				"target_type": appraisal_rule.UNIT,
				"target_unit": b.station,
				"self_summary": CANARY,
			}
		).insert()
		frappe.db.set_value("Cadre", b.worker.name, {"post": CANARY, "phone": CANARY})
		survey = frappe.get_doc(
			{
				"doctype": "Evaluation Survey",
				"title": f"{P}问卷",
				"campaign": b.campaign,
				"status": "Open",
				"questions": [{"question": "总体成效", "target_type": "General"}],
			}
		).insert()
		sheet = frappe.get_doc(
			{
				"doctype": "Evaluation Response",
				"survey": survey.name,
				"respondent_type": "Bus Driver",
				"respondent_name": CANARY,
				"contact": CANARY,
				"comment": CANARY,
				"answers": [{"question_id": survey.questions[0].name, "rating": "Dissatisfied"}],
			}
		).insert()
		evidence = frappe.get_doc(
			{
				"doctype": "File",
				"file_name": f"{CANARY}.txt",
				"content": CANARY,
				"attached_to_doctype": "Rectification Item",
				"attached_to_name": item.name,
				"is_private": 1,
			}
		).insert(ignore_permissions=True)
		frappe.get_doc(
			{
				"doctype": "Comment",
				"comment_type": "Comment",
				"reference_doctype": "Rectification Item",
				"reference_name": item.name,
				"content": CANARY,
			}
		).insert(ignore_permissions=True)
		# records out of the sibling unit head's scope, planted with the canary in their text, by doctype
		# (child rows by their own name); every other doctype of the app gets one found on the site
		planted = {
			"Rectification Item": item.name,
			"Rectification Stage Goal": item.stage_goals[0].name,
			"Rectification Progress": item.progress_reports[0].name,
			"Campaign Issue": issue.name,
			"Campaign Appraisal": appraisal.name,
			"Campaign Appraisal Score": appraisal.scores[0].name,
			"Cadre": b.worker.name,
			"Evaluation Response": sheet.name,
			"Evaluation Answer": sheet.answers[0].name,
			"File": evidence.name,
		}
		cls.victims = adversary.derived_victims(b.other_head.user, planted)
		cls.item, cls.appraisal = item.name, appraisal.name
		cls.tokens = {
			who: api_token(getattr(b, who).user)
			for who in ("head", "worker", "other_head", "leader", "office")
		}
		cls.attacker = cls.tokens["other_head"]
		frappe.db.commit()  # nosemgrep: REST requests run on their own connection

	@classmethod
	def tearDownClass(cls):
		print("\n" + TALLY.line())
		for case in TALLY.through:
			print(f"  let through: {case}")
		super().tearDownClass()

	def call(self, token, method, path, params=None, body=None):
		if method == "get":
			return rest(token, "get", path, params or {})
		return rest(token, method, path, body=body or {})

	# ---- scope on every endpoint that takes a doctype

	def test_frappe_methods_keep_to_the_scope(self):
		through = []
		for dotted, fn in adversary.whitelisted_methods():
			for doctype, name in self.victims.items():
				args = adversary.arguments(fn, doctype, name)
				if args is None:
					continue
				nowhere_args = json.loads(json.dumps(args).replace(name, NOWHERE))
				method = adversary.http_method(fn)
				path = f"/api/method/{dotted}"
				victim = self.call(self.attacker, method, path, args, args)
				nowhere = self.call(self.attacker, method, path, nowhere_args, nowhere_args)
				leak = adversary.leaked(victim, nowhere, name)
				TALLY.add(f"{dotted} on {doctype}", victim.status_code >= 400, leak)
				if leak:
					through.append(
						f"{dotted} on {doctype}: {victim.status_code} {victim.get_data(as_text=True)[:200]}"
					)
		self.assertFalse(through, "\n".join(through))

	def test_rest_routes_keep_to_the_scope(self):
		through = []
		for doctype, name in self.victims.items():
			parent = (
				frappe.db.get_value(doctype, name, "parenttype") if frappe.get_meta(doctype).istable else None
			)
			cases = [
				("get", f"/api/resource/{doctype}/{name}", None),
				(
					"get",
					f"/api/resource/{doctype}",
					{
						"filters": [["name", "=", name]],
						"fields": ["*"],
						**({"parent": parent} if parent else {}),
					},
				),
				("get", f"/api/v2/document/{doctype}/{name}", None),
				("get", f"/api/v2/doctype/{doctype}/count", {"filters": [["name", "=", name]]}),
				("put", f"/api/resource/{doctype}/{name}", {"modified_by": "x"}),
				("delete", f"/api/resource/{doctype}/{name}", None),
			]
			for method, path, params in cases:
				r = self.call(self.attacker, method, path, params, params)
				data = (r.json or {}).get("data") if r.is_json else None
				leak = adversary.mentions_canary(r) or (r.status_code < 400 and data not in ([], 0, None))
				if method in ("put", "delete"):
					leak = r.status_code < 400
				TALLY.add(f"{method.upper()} {path}", r.status_code >= 400, leak)
				if leak:
					through.append(
						f"{method.upper()} {path}: {r.status_code} {r.get_data(as_text=True)[:200]}"
					)
			self.assertTrue(frappe.db.exists(doctype, name))
		self.assertFalse(through, "\n".join(through))

	# ---- every transition of every workflow, by a plain write

	def test_no_state_change_by_a_plain_write_that_the_workflow_does_not_give(self):
		through = []
		targets = {"Rectification Item": self.item, "Campaign Appraisal": self.appraisal}
		for workflow in frappe.get_all(
			"Workflow", filters={"is_active": 1}, fields=["name", "document_type"]
		):
			name = targets.get(workflow.document_type)
			if not name:
				continue
			wf = frappe.get_doc("Workflow", workflow.name)
			states = [s.state for s in wf.states]
			for who, token in self.tokens.items():
				roles = set(frappe.get_roles(getattr(self.b, who).user))
				for old in dict.fromkeys(states):
					for new in dict.fromkeys(states):
						given = any(
							t.state == old and t.next_state == new and t.allowed in roles
							for t in wf.transitions
						)
						if old == new or given:
							continue
						stage = next(s.update_value for s in wf.states if s.state == old)
						frappe.db.set_value(
							workflow.document_type, name, {wf.workflow_state_field: old, "stage": stage}
						)
						frappe.db.commit()  # nosemgrep
						path = f"/api/resource/{workflow.document_type}/{name}"
						r = rest(token, "put", path, body={wf.workflow_state_field: new})
						after = frappe.db.get_value(workflow.document_type, name, wf.workflow_state_field)
						leak = after != old
						TALLY.add(f"{who}: {old} → {new} by PUT", r.status_code >= 400, leak)
						if leak:
							through.append(f"{who} moved {workflow.document_type} {old} → {new}")
		self.assertFalse(through, "\n".join(through))

	# ---- every field the server owns

	def test_fields_the_server_owns_are_refused(self):
		through = []
		preferred = {"Rectification Item": self.item, "Campaign Appraisal": self.appraisal}
		for doctype, (fields, name) in adversary.server_owned_targets(preferred).items():
			meta = frappe.get_meta(doctype)
			if meta.get_field("stage"):
				set_stage(doctype, name, meta.get_field("stage").default)
				frappe.db.commit()  # nosemgrep
			for field in fields:
				before = frappe.db.get_value(doctype, name, field)
				body = {field: forged(meta.get_field(field))}
				r = rest(self.tokens["office"], "put", f"/api/resource/{doctype}/{name}", body=body)
				leak = str(frappe.db.get_value(doctype, name, field)) != str(before)
				TALLY.add(f"office sets {doctype}.{field}", r.status_code >= 400, leak)
				if leak:
					through.append(f"{doctype}.{field} taken from the request")
		self.assertFalse(through, "\n".join(through))


def forged(df):
	"""A value a forger would send for the field."""
	return {
		"Link": "Administrator",
		"Int": 99,
		"Check": 1,
		"Date": "2026-01-01",
		"Small Text": "伪造",
		"Data": "伪造",
	}.get(df.fieldtype, "伪造")
