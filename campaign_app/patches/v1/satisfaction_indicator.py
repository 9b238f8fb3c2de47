"""Sites installed before public evaluation: the default template's 群众满意度 takes its score from it.

Runs once; only fills a data source left empty, so an administrator's choice stays.
"""

import frappe

from campaign_app.domain import appraisal as rule


def execute():
	frappe.db.sql(
		"""update `tabCampaign Appraisal Indicator` set data_source = %s
		where parent = %s and parenttype = 'Campaign Appraisal Template'
		and indicator_name = '群众满意度' and ifnull(data_source, '') = ''""",
		(rule.SATISFACTION, rule.DEFAULT_TEMPLATE),
	)
