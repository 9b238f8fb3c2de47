// Copyright (c) 2026, campaign_app developers and contributors
// For license information, please see license.txt

frappe.ui.form.on("Cadre", {
	refresh(frm) {
		if (frm.doc.user) {
			frm.add_custom_button(__("Desk User"), () => frappe.set_route("Form", "User", frm.doc.user));
		}
	},
});
