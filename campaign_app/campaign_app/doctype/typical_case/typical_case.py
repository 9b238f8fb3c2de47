# Copyright (c) 2026, campaign_app developers and contributors
# For license information, please see license.txt

from frappe.model.document import Document
from frappe.utils import today

from campaign_app.guard.files import check_attach_fields
from campaign_app.server_owned import refuse_client_changes

SERVER_OWNED = ("published_on",)


class TypicalCase(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		attachment: DF.Attach | None
		cadre: DF.Link | None
		campaign: DF.Link
		image: DF.AttachImage | None
		kind: DF.Literal["Advanced Example", "Negative Example"]
		published: DF.Check
		published_on: DF.Date | None
		story: DF.TextEditor
		title: DF.Data
		unit: DF.Link

	# end: auto-generated types
	def validate(self):
		refuse_client_changes(self, SERVER_OWNED)
		check_attach_fields(self)
		self.set_published_on()

	def set_published_on(self):
		if not self.published:
			self.published_on = None
		elif not self.published_on:
			self.published_on = today()
