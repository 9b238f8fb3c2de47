# Copyright (c) 2026, campaign_app developers and contributors
# For license information, please see license.txt

from frappe.model.document import Document


class EvaluationAnswer(Document):
	pass
