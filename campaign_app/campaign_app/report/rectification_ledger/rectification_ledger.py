"""The four lists (问题、整改、责任、时限清单), one row per rectification item, scoped to the user (FIX-7)."""

import frappe
from frappe import _

from campaign_app.campaign_app.report.items import ITEM, RI, columns, rows

EQUAL = {
	"campaign": f"{ITEM}.campaign",
	"ledger": f"{ITEM}.ledger",
	"light": f"{ITEM}.light",
	"stage": f"{ITEM}.stage",
	"issue_level": "ci.level",
	"theme": "ci.theme",
}
COLUMNS = (
	"item",
	"problem",
	"issue_level",
	"measure",
	"kind",
	"ledger",
	"unit",
	"responsible_cadre",
	"leader_in_charge",
	"deadline",
	"light",
	"workflow_state",
	"progress",
)
TRANSLATED = ("issue_level", "kind", "ledger", "light")


def execute(filters=None):
	return columns(*COLUMNS), data(frappe._dict(filters or {}))


def data(filters):
	result = rows(filters, EQUAL)
	for row in result:
		for key in TRANSLATED:
			row[key] = _(row[key], context=RI) if row[key] else row[key]
	return result
