// Copyright (c) 2026, campaign_app developers and contributors
// For license information, please see license.txt

frappe.ui.form.on("Study Campaign", {
	setup(frm) {
		frm.set_query("cadre", "leading_group", () => ({ filters: { is_active: 1 } }));
	},
});
