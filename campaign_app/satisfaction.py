"""Public satisfaction with a unit (APPR-2, APPR-3): the rate over the answers of a campaign's surveys."""

import frappe

from campaign_app.domain import evaluation as rule
from campaign_app.item_rules import unit_subtree


def satisfaction_of_unit(campaign: str, unit: str, subtree: bool = True) -> float | None:
	"""Satisfaction rate of the answers about a unit (and the units below it) in a campaign's surveys, and
	of the ratings citizens gave the results of their feedback to it."""

	def about(column: str) -> str:
		return unit_subtree(column, unit) if subtree else f"{column} = %(unit)s"

	rows = frappe.db.sql(
		f"""select a.rating, count(*) from `tabEvaluation Answer` a
		join `tabEvaluation Response` r on r.name = a.parent and a.parenttype = 'Evaluation Response'
		where r.campaign = %(campaign)s and {about("a.unit")}
		group by a.rating""",
		{"campaign": campaign, "unit": unit},
	)
	# the citizens' ratings of the results of their own feedback count as answers too (FIND-3)
	rated = frappe.db.sql(
		f"""select f.rating, count(*) from `tabPublic Feedback` f
		where f.campaign = %(campaign)s and ifnull(f.rating, '') != '' and {about("f.unit")}
		group by f.rating""",
		{"campaign": campaign, "unit": unit},
	)
	return rule.satisfaction_rate(rule.tally_counted([*rows, *rated]))
