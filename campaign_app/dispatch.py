"""定期调度 (FIX-4): who reported progress in a period, the chase of those who did not, and the dispatch
bulletin (调度通报) — red and yellow lists, the ranking, the units that did not report and good
practices — as HTML for the form and print, PDF, and Word (.docx) in the official layout."""

import frappe
from frappe import _
from frappe.utils import formatdate, getdate

from campaign_app import docx
from campaign_app.domain.appraisal import ranks
from campaign_app.domain.rectification import CLOSED, RED, YELLOW
from campaign_app.domain.supervision import GOOD_PRACTICE

LIST_LIMIT = 50


def unit_rows(campaign: str, start, end) -> list[dict]:
	"""Each unit responsible for open items: how many, its progress reports in the period, the last one."""
	rows = frappe.db.sql(
		"""select ri.unit, count(distinct ri.name) as open_items,
			count(p.name) as reports, max(p.report_date) as last_report_on
		from `tabRectification Item` ri
		left join `tabRectification Progress` p on p.parent = ri.name and p.parenttype = 'Rectification Item'
			and p.report_date between %(start)s and %(end)s
		where ri.campaign = %(campaign)s and ri.stage != %(closed)s and ifnull(ri.unit, '') != ''
		group by ri.unit order by ri.unit""",
		{"campaign": campaign, "start": start, "end": end, "closed": CLOSED},
		as_dict=True,
	)
	for r in rows:
		r.reported = 1 if r.reports else 0
	return rows


def bulletin_data(doc) -> dict:
	items = frappe.db.sql(
		"""select ri.name, ri.measure, ri.unit, ri.deadline, ri.light, ri.stage, ri.progress, c.full_name
		from `tabRectification Item` ri left join `tabCadre` c on c.name = ri.responsible_cadre
		where ri.campaign = %s order by ri.deadline, ri.name""",
		doc.campaign,
		as_dict=True,
	)
	open_items = [i for i in items if i.stage != CLOSED]
	by_unit = {}
	for i in items:
		total, closed = by_unit.get(i.unit, (0, 0))
		by_unit[i.unit] = (total + 1, closed + (1 if i.stage == CLOSED else 0))
	ranking = sorted(
		(
			(unit, total, closed, round(100.0 * closed / total, 1))
			for unit, (total, closed) in by_unit.items()
			if unit
		),
		key=lambda r: (-r[3], r[0]),
	)
	places = ranks([r[3] for r in ranking])
	return {
		"title": doc.title,
		"campaign": frappe.db.get_value("Study Campaign", doc.campaign, "title"),
		"period": f"{formatdate(doc.period_start)} — {formatdate(doc.period_end)}",
		"totals": {
			"items": len(items),
			"closed": len(items) - len(open_items),
			"red": sum(1 for i in open_items if i.light == RED),
			"yellow": sum(1 for i in open_items if i.light == YELLOW),
		},
		"red": [i for i in open_items if i.light == RED][:LIST_LIMIT],
		"yellow": [i for i in open_items if i.light == YELLOW][:LIST_LIMIT],
		"ranking": [(p, *r) for p, r in zip(places, ranking, strict=True)],
		"silent": [row.unit for row in doc.units if not row.reported],
		"good": good_practices(doc.campaign),
	}


def good_practices(campaign: str) -> list[str]:
	visits = frappe.get_all(
		"Supervision Visit",
		filters={"campaign": campaign, "outcome": GOOD_PRACTICE},
		fields=["unit", "summary", "title"],
	)
	cases = frappe.get_all(
		"Typical Case",
		filters={"campaign": campaign, "published": 1, "kind": "Advanced Example"},
		fields=["unit", "title"],
	)
	return [f"{v.unit}：{v.summary or v.title}" for v in visits] + [f"{c.unit}：{c.title}" for c in cases]


def render_html(data: dict) -> str:
	return frappe.render_template("campaign_app/templates/dispatch_bulletin.html", {"data": data, "_": _})


def pdf_bytes(html: str) -> bytes:
	from weasyprint import HTML  # Frappe v15's own PDF engine for its new print formats

	return HTML(string=html).write_pdf()


def docx_bytes(data: dict) -> bytes:
	t = data["totals"]
	item_header = [_("Item"), _("Measure"), _("Responsible Unit"), _("Responsible Cadre"), _("Deadline")]

	def item_rows(items):
		return [[i.name, i.measure, i.unit, i.full_name, formatdate(i.deadline)] for i in items]

	blocks = [
		docx.title(_("Dispatch Bulletin"), color="C00000"),
		docx.paragraph(f"{data['title']}（{data['period']}）", align="center", indent=False),
		docx.heading(_("1. Overall Progress")),
		docx.paragraph(
			_("{0}: {1} rectification items, {2} closed, {3} red and {4} yellow.").format(
				data["campaign"], t["items"], t["closed"], t["red"], t["yellow"]
			)
		),
		docx.heading(_("2. Red List")),
		docx.table(item_header, item_rows(data["red"])),
		docx.heading(_("3. Yellow List")),
		docx.table(item_header, item_rows(data["yellow"])),
		docx.heading(_("4. Ranking")),
		docx.table(
			[_("Rank"), _("Unit"), _("Items"), _("Closed"), _("Completion Rate")],
			[[p, u, n, c, f"{r}%"] for p, u, n, c, r in data["ranking"]],
		),
		docx.heading(_("5. Units That Did Not Report")),
		docx.paragraph("、".join(data["silent"]) or _("None")),
		docx.heading(_("6. Good Practices")),
		*[docx.paragraph(g) for g in data["good"] or [_("None")]],
	]
	return docx.document(blocks)


def period_problem(start, end) -> bool:
	return getdate(end) < getdate(start)
