# Copyright (c) 2026, campaign_app developers and contributors
# For license information, please see license.txt

from frappe.model.document import Document


class StudySessionType(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from campaign_app.campaign_app.doctype.study_session_type_level.study_session_type_level import (
			StudySessionTypeLevel,
		)

		attendee_levels: DF.Table[StudySessionTypeLevel]
		description: DF.SmallText | None
		each_leader_gives_one: DF.Check
		frequency: DF.Literal["", "Monthly", "Quarterly", "Once per Campaign"]
		frequency_unit_type: DF.Literal["", "Bureau", "Section", "Subordinate Unit", "Party Branch", "Other"]
		is_active: DF.Check
		minimum_days: DF.Int
		type_name: DF.Data
	# end: auto-generated types
	pass
