# Copyright (c) 2026, campaign_app developers and contributors
# For license information, please see license.txt

from frappe.model.document import Document

from campaign_app import prepared_reports


class RectificationSettings(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from campaign_app.campaign_app.doctype.campaign_holiday.campaign_holiday import CampaignHoliday

		dissatisfaction_threshold: DF.Percent
		feedback_response_days: DF.Int
		holidays: DF.Table[CampaignHoliday]
		lookup_rate_limit: DF.Int
		office_email: DF.Data | None
		prepared_report_items: DF.Int
		public_follows_browser: DF.Check
		remedial_days: DF.Int
		remedial_min_answers: DF.Int
		survey_rate_limit: DF.Int
		trusted_proxies: DF.SmallText | None
		warn_bulk_close: DF.Int
		warn_deadline_moves: DF.Int
		warn_progress_jump: DF.Int
		warn_red_items: DF.Int
		warn_returns: DF.Int
		warn_same_evidence_items: DF.Int
		warn_same_measure_units: DF.Int
		warn_satisfaction_drop: DF.Int
		yellow_days: DF.Int
	# end: auto-generated types

	def on_update(self):
		prepared_reports.apply()
