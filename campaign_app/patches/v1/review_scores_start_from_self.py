"""A reviewer's score now counts from the self-assessment on, 0 included (it starts as the self score).

Before, a reviewer score of 0 meant "not given" and the self score counted. Rows of appraisals past the draft
with a reviewer score of 0 take the self score, so every final score stays what it was.
"""

import frappe

from campaign_app.domain.appraisal import DRAFT


def execute():
	frappe.db.sql(
		"""update `tabCampaign Appraisal Score` s
		join `tabCampaign Appraisal` a on a.name = s.parent
		set s.reviewer_score = s.self_score
		where s.parenttype = 'Campaign Appraisal' and s.reviewer_score = 0
			and coalesce(a.stage, '') not in ('', %(draft)s)""",
		{"draft": DRAFT},
	)
