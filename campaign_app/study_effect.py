"""学习成效 (STUDY, APPR-1): the study record of a cadre, or of the cadres of a unit and the units below
it, in a campaign, as one 0..100 score for an appraisal indicator. Four grouped queries whatever the size."""

import frappe

from campaign_app.domain import study as rule
from campaign_app.item_rules import unit_subtree


def study_effect(campaign: str, unit: str | None = None, cadre: str | None = None) -> float | None:
	if not (cadre or unit):
		return None
	who = "c.name = %(cadre)s" if cadre else unit_subtree("c.unit", unit)
	args = {"campaign": campaign, "cadre": cadre}
	attendance = dict(
		frappe.db.sql(
			f"""select a.status, count(*) from `tabStudy Attendance` a
			join `tabStudy Session` s on s.name = a.parent and a.parenttype = 'Study Session'
			join `tabCadre` c on c.name = a.cadre
			where s.campaign = %(campaign)s and {who}
			group by a.status""",
			args,
		)
	)
	done, owed = outputs(who, args)
	tests = [
		rule.test_percent(score or 0, full or 0)
		for score, full in frappe.db.sql(
			f"""select r.score, t.full_marks from `tabStudy Test Result` r
			join `tabStudy Test` t on t.name = r.study_test
			join `tabCadre` c on c.name = r.cadre
			where t.campaign = %(campaign)s and {who}""",
			args,
		)
	]
	return rule.effectiveness(attendance, done, owed, tests)


def outputs(who: str, args: dict) -> tuple[int, int]:
	"""(reviewed outputs, each type capped at what the cadre's level owes; outputs owed) of the cadres."""
	owed = frappe.db.sql(
		f"""select c.name, o.output_type, o.count from `tabCadre` c
		join `tabCadre Level Output` o on o.parent = c.level and o.parenttype = 'Cadre Level Requirement'
		where c.is_active = 1 and {who}""",
		args,
	)
	delivered = {
		(cadre, kind): n
		for cadre, kind, n in frappe.db.sql(
			f"""select so.cadre, so.output_type, count(*) from `tabStudy Output` so
			join `tabCadre` c on c.name = so.cadre
			where so.campaign = %(campaign)s and so.stage = %(reviewed)s and {who}
			group by so.cadre, so.output_type""",
			{**args, "reviewed": rule.REVIEWED},
		)
	}
	done = sum(min(delivered.get((cadre, kind), 0), n or 0) for cadre, kind, n in owed)
	return done, sum(n or 0 for _c, _k, n in owed)
