// Copyright (c) 2026, campaign_app developers and contributors
// For license information, please see license.txt

frappe.ui.form.on("Supervision Visit", {
	refresh(frm) {
		if (frm.is_new() || frm.doc.sample_seed || !frm.perm[0]?.write) return;
		if (!frappe.user.has_role(["Campaign Manager", "Campaign Supervisor"])) return;
		frm.add_custom_button(__("Draw the Sample"), () =>
			frappe
				.call({ method: "campaign_app.api.supervision.draw_sample", args: { visit: frm.doc.name } })
				.then(() => frm.reload_doc())
		);
	},
});
