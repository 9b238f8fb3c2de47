"""Names moved from one shared counter (format:XX-{#####}) to a counter per prefix (XX-.#####).

Each prefix's counter starts above the highest number already used under it, so no new name can
collide with an existing one.
"""

import frappe

DOCTYPES = (
	"Cadre",
	"Study Campaign",
	"Campaign Issue",
	"Rectification Item",
	"Campaign Appraisal",
	"Campaign Appraisal Round",
	"Evaluation Survey",
	"Evaluation Response",
)


def execute():
	for doctype in DOCTYPES:
		if not frappe.db.table_exists(doctype):
			continue
		# one pass over the primary key per doctype, also at a million rows
		for prefix, number in frappe.db.sql(
			f"""select regexp_replace(name, '[0-9]+$', '') as prefix,
				max(cast(regexp_substr(name, '[0-9]+$') as unsigned)) as number
			from `tab{doctype}` where name regexp '-[0-9]+$'
			group by prefix"""
		):
			frappe.db.sql(
				"""insert into `tabSeries` (name, current) values (%s, %s)
				on duplicate key update current = greatest(current, values(current))""",
				(prefix, int(number)),
			)
