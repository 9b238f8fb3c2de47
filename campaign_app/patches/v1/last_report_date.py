"""Items saved before the field existed get the date of their latest progress report, in one UPDATE."""

import frappe


def execute():
	frappe.db.sql(
		"""update `tabRectification Item` i
		join (
			select parent, max(report_date) as last_report_on
			from `tabRectification Progress`
			where parenttype = 'Rectification Item'
			group by parent
		) p on p.parent = i.name
		set i.last_report_on = p.last_report_on
		where i.last_report_on is null"""
	)
