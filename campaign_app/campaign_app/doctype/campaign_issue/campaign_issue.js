// Copyright (c) 2026, campaign_app developers and contributors
// For license information, please see license.txt

// A problem leads to its rectification items: 创建 → 整改事项 opens a new item with the problem set, and
// the item takes the problem's unit and cadre (fetched, editable).
frappe.ui.form.on("Campaign Issue", {
	refresh(frm) {
		if (frm.is_new() || !frappe.model.can_create("Rectification Item")) return;
		frm.add_custom_button(
			__("Rectification Item"),
			() => frappe.new_doc("Rectification Item", { issue: frm.doc.name }),
			__("Create")
		);
	},
});
