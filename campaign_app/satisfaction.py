"""Public satisfaction with a unit (APPR-2, APPR-3): the rate over the answers of a campaign's surveys."""

import frappe

from campaign_app.domain import evaluation as rule
from campaign_app.item_rules import unit_subtree


def satisfaction_of_unit(campaign: str, unit: str, subtree: bool = True) -> float | None:
	"""Satisfaction rate of the answers about a unit (and the units below it) in a campaign's surveys."""
	where = unit_subtree("a.unit", unit) if subtree else "a.unit = %(unit)s"
	rows = frappe.db.sql(
		f"""select a.rating, count(*) from `tabEvaluation Answer` a
		join `tabEvaluation Response` r on r.name = a.parent and a.parenttype = 'Evaluation Response'
		where r.campaign = %(campaign)s and {where}
		group by a.rating""",
		{"campaign": campaign, "unit": unit},
	)
	return rule.satisfaction_rate(rule.tally_counted(rows))
