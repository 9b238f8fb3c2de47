// Copyright (c) 2026, campaign_app developers and contributors
// For license information, please see license.txt

frappe.ui.form.on("Campaign Unit", {
	refresh(frm) {
		if (!frm.is_new()) {
			frm.add_custom_button(__("Cadres"), () =>
				frappe.set_route("List", "Cadre", { unit: frm.doc.name })
			);
		}
	},
});
