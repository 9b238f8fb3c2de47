"""Checks the test command runs on a whole site between bench commands (migrate, uninstall).

Run as `bench --site S execute campaign_app.tools.site_checks.<name>`; each prints one JSON line.
"""

import json

import frappe

from campaign_app.setup.install import APP_DOCTYPES, ROLES

TWEAK_LABEL = "岗位（管理员改）"


def _print(value):
	print(json.dumps(value, default=str, sort_keys=True, ensure_ascii=False))


def fingerprint():
	"""What a migrate could change: the app's doctypes, schema, roles, workspace and customisations."""
	_print(
		{
			"doctypes": frappe.get_all(
				"DocType", {"module": "Campaign App"}, ["name", "modified"], order_by="name"
			),
			"workspaces": frappe.get_all("Workspace", {"module": "Campaign App"}, ["name", "modified"]),
			"roles": frappe.get_all("Role", {"name": ("in", ROLES)}, ["name", "modified", "desk_access"]),
			"custom_fields": frappe.get_all(
				"Custom Field", {"dt": ("in", APP_DOCTYPES)}, ["name", "modified"], order_by="name"
			),
			"property_setters": frappe.get_all(
				"Property Setter", {"doc_type": ("in", APP_DOCTYPES)}, ["name", "value"], order_by="name"
			),
			"tables": {
				dt: frappe.db.sql(f"show create table `tab{dt}`")[0][1]
				for dt in APP_DOCTYPES
				if not frappe.get_meta(dt).issingle
			},
		}
	)


def tweak():
	"""What an administrator does in the desk: Customize Form on Cadre, an edited workspace and role."""
	from frappe.custom.doctype.property_setter.property_setter import make_property_setter

	make_property_setter("Cadre", "post", "label", TWEAK_LABEL, "Data")
	ws = frappe.get_doc("Workspace", "Study Education")
	ws.shortcuts[0].color = "Red"
	ws.save(ignore_permissions=True)
	frappe.db.set_value("Role", "Campaign Supervisor", "two_factor_auth", 1)
	frappe.db.set_value("Notification", "Rectification Assigned", "subject", TWEAK_LABEL)
	workflow = frappe.get_doc("Workflow", "Rectification Item Workflow")
	workflow.transitions = [
		t for t in workflow.transitions if t.allowed != "Campaign Leader" or t.action != "批准"
	]
	workflow.save(ignore_permissions=True)
	frappe.db.commit()  # nosemgrep: bench execute does not commit
	_print({"tweaked": True})


def tweaks_present():
	_print(
		{
			"label": frappe.get_meta("Cadre").get_label("post") == TWEAK_LABEL,
			"workspace": frappe.get_doc("Workspace", "Study Education").shortcuts[0].color == "Red",
			"role": frappe.db.get_value("Role", "Campaign Supervisor", "two_factor_auth") == 1,
			"notification": frappe.db.get_value("Notification", "Rectification Assigned", "subject")
			== TWEAK_LABEL,
			"workflow": not frappe.db.exists(
				"Workflow Transition",
				{"parent": "Rectification Item Workflow", "allowed": "Campaign Leader", "action": "批准"},
			),
		}
	)


def app_doctypes_sql():
	"""The app's doctypes as a SQL list, for the checks after uninstall (the app is gone by then)."""
	print(", ".join(frappe.db.escape(dt) for dt in APP_DOCTYPES))


def security():
	"""The demo's security baseline (System Settings) and who among the cadres is a System Manager."""
	from campaign_app.setup.security import BASELINE

	settings = frappe.get_single("System Settings")
	_print(
		{
			"baseline": all(str(settings.get(k)) == str(v) for k, v in BASELINE.items()),
			"cadres_with_system_manager": frappe.db.sql(
				"""select count(*) from `tabCadre` c join `tabHas Role` r
				on r.parent = c.user and r.parenttype = 'User' and r.role = 'System Manager'"""
			)[0][0],
		}
	)


STATE_RENAMES = {"已销号": "销号完成", "整改中": "正在整改", "自评": "已自评"}


def figures():
	"""What users read, keyed by meaning: lights, the progress report, the overdue list, the number cards,
	the due-soon notification's condition and the appraisals' computed indicators."""
	from frappe.desk.doctype.number_card.number_card import get_result

	from campaign_app import tasks
	from campaign_app.campaign_app.report.overdue_rectification_items import overdue_rectification_items
	from campaign_app.campaign_app.report.rectification_progress_by_unit import (
		rectification_progress_by_unit as progress,
	)

	item = "Rectification Item"
	tasks.update_lights()
	condition = frappe.db.get_value("Notification", "Rectification Due Soon", "condition")
	appraisals = []
	for name in frappe.get_all("Campaign Appraisal", pluck="name", order_by="name"):
		doc = frappe.get_doc("Campaign Appraisal", name)
		doc.compute_indicators()
		appraisals.append([r.computed_score for r in doc.scores])
	_print(
		{
			"lights": frappe.db.sql(f"select light, count(*) from `tab{item}` group by light order by light"),
			"progress": progress.summary(progress.progress(frappe._dict())),
			"overdue": len(overdue_rectification_items.execute({})[1]),
			"cards": {
				c: get_result(frappe.get_doc("Number Card", c), [])
				for c in ("Open Rectification Items", "Red Rectification Items", "Items Closed This Month")
			},
			"due_soon": sum(
				bool(frappe.safe_eval(condition, None, {"doc": frappe.get_doc(item, n)}))
				for n in frappe.get_all(item, pluck="name")
			),
			"appraisals": appraisals,
		}
	)
	frappe.db.rollback()  # the light job's commit aside, nothing here is kept


def rename_states():
	"""An administrator renames workflow states (the Workflow State records) in the desk."""
	_rename(STATE_RENAMES)
	_print(
		frappe.get_all(
			"Workflow Document State", filters={"parent": "Rectification Item Workflow"}, pluck="state"
		)
	)


def restore_states():
	_rename({new: old for old, new in STATE_RENAMES.items()})
	_print({"restored": True})


def _rename(names: dict):
	for old, new in names.items():
		if frappe.db.exists("Workflow State", old):
			merge = bool(frappe.db.exists("Workflow State", new))
			frappe.rename_doc("Workflow State", old, new, force=True, merge=merge)
	frappe.db.commit()  # nosemgrep: bench execute does not commit
