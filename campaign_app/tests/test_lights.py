"""FIX-6: the daily light job on frozen dates, its red alert once, and the daily digest."""

from datetime import date

import frappe
from frappe.utils import getdate

from campaign_app import tasks
from campaign_app.domain import rectification as rule
from campaign_app.tests.rectification_utils import item_doc, make_issue, queued_mail
from campaign_app.tests.test_rectification import RectificationCase
from campaign_app.tests.utils import set_stage

ON = date(2026, 5, 1)


class TestLights(RectificationCase):
	def setUp(self):
		frappe.db.delete("Rectification Item", {"unit": ("in", [self.b.station, self.b.center])})
		b = self.b
		issue = make_issue(b).name
		self.items = {}
		cases = {
			"green": {"deadline": "2026-06-30"},
			"due_soon": {"deadline": "2026-05-03"},
			"overdue": {"deadline": "2026-04-20"},
			"behind_pace": {"kind": "Long-term", "start_date": "2026-03-01", "deadline": "2026-06-29"},
			"on_pace": {"kind": "Long-term", "start_date": "2026-03-01", "deadline": "2026-06-29"},
			"stage_late": {"kind": "Long-term", "start_date": "2026-03-01", "deadline": "2026-07-31"},
			"closed_overdue": {"deadline": "2026-04-20"},
		}
		for key, values in cases.items():
			doc = item_doc(b, issue, **values)
			if key == "on_pace":
				doc.append(
					"progress_reports",
					{"report_date": "2026-04-25", "percent": 70, "work_done": "按计划推进"},
				)
			if key == "stage_late":
				doc.append(
					"progress_reports", {"report_date": "2026-04-25", "percent": 90, "work_done": "主体完成"}
				)
				doc.append("stage_goals", {"goal": "完成排查", "due_date": "2026-04-15"})
			self.items[key] = doc.insert().name
		set_stage("Rectification Item", self.items["closed_overdue"], rule.CLOSED)

	def lights(self):
		return {k: frappe.db.get_value("Rectification Item", n, "light") for k, n in self.items.items()}

	def test_job_lights_match_the_rule_on_a_frozen_date(self):
		tasks.update_lights(on_date=ON)
		expected = {
			"green": rule.GREEN,
			"due_soon": rule.YELLOW,
			"overdue": rule.RED,
			"behind_pace": rule.YELLOW,
			"on_pace": rule.GREEN,
			"stage_late": rule.YELLOW,
			"closed_overdue": rule.GREEN,
		}
		self.assertEqual(self.lights(), expected)
		# the SQL of the job and the Python rule of the form agree on every item
		for name in self.items.values():
			doc = frappe.get_doc("Rectification Item", name)
			python = rule.light(
				today=ON,
				deadline=getdate(doc.deadline),
				closed=doc.stage == rule.CLOSED,
				yellow_days=3,
				kind=doc.kind,
				start=getdate(doc.start_date),
				progress=doc.progress or 0,
				stage_dues=[(getdate(s.due_date), s.done_on and getdate(s.done_on)) for s in doc.stage_goals],
			)
			self.assertEqual(doc.light, python, name)

	def test_red_alert_goes_out_once_and_again_only_after_leaving_red(self):
		overdue = self.items["overdue"]

		def red_mails():
			return [m for m in queued_mail(overdue) if m[0].startswith("【红灯预警】")]

		first = tasks.update_lights(on_date=ON)
		second = tasks.update_lights(on_date=ON)
		self.assertEqual((first["red_alerts"], second["red_alerts"]), (1, 0))
		self.assertEqual(len(red_mails()), 1)
		_subject, recipients = red_mails()[0]
		self.assertIn(self.b.leader.user, recipients)  # the leader in charge
		self.assertIn(self.b.office.user, recipients)  # the office (Campaign Manager)
		# the deadline is extended: no longer red, so a later overdue alerts again
		tasks.update_lights(on_date=date(2026, 4, 1))
		self.assertEqual(
			frappe.db.get_value("Rectification Item", overdue, ["light", "red_alerted"]), (rule.GREEN, 0)
		)
		tasks.update_lights(on_date=ON)
		self.assertEqual(len(red_mails()), 2)

	def test_many_items_turning_red_together_make_one_digest_per_leader_and_for_the_office(self):
		issue = make_issue(self.b).name
		many = [
			item_doc(self.b, issue, deadline="2026-04-20", measure=f"批量逾期措施{i}").insert().name
			for i in range(tasks.DIGEST_AT + 5)
		]
		for user in (self.b.leader.user, self.b.office.user):  # the job commits: earlier runs' digests stay
			frappe.db.delete("Email Queue", {"reference_doctype": "User", "reference_name": user})
		result = tasks.update_lights(on_date=ON)
		self.assertTrue(result["digest"] and result["red_alerts"] >= len(many), result)
		# not one mail per item, one digest to the leader in charge and one to the office
		self.assertFalse([m for name in many for m in queued_mail(name) if m[0].startswith("【红灯预警】")])
		for user in (self.b.leader.user, self.b.office.user):
			digests = [m for m in queued_mail(user, doctype="User") if m[0].startswith("【红灯预警】")]
			self.assertEqual(len(digests), 1, (user, digests))
			self.assertTrue(
				frappe.db.exists("Notification Log", {"for_user": user, "subject": digests[0][0]})
			)
		self.assertEqual(
			frappe.db.count("Rectification Item", {"name": ("in", many), "red_alerted": 1}), len(many)
		)

	def test_daily_digest_is_one_mail_per_person(self):
		tasks.update_lights(on_date=ON)
		frappe.db.delete("Email Queue", {"reference_doctype": "User", "reference_name": self.b.worker.user})
		tasks.send_digests()
		digests = queued_mail(self.b.worker.user, doctype="User")
		self.assertEqual(len(digests), 1, digests)
		subject, recipients = digests[0]
		self.assertEqual(recipients, {self.b.worker.user})
		self.assertTrue(subject.startswith("整改预警"), subject)
