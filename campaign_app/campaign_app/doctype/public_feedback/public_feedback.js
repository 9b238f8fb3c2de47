// Copyright (c) 2026, campaign_app developers and contributors
// For license information, please see license.txt

frappe.ui.form.on("Public Feedback", {
	refresh(frm) {
		if (frm.is_new() || frm.doc.campaign_issue || !frm.perm[0]?.write || !frm.doc.unit) return;
		frm.add_custom_button(__("Turn into a Problem"), () =>
			campaign_app.feedback_to_issue([frm.doc.name], { title: frm.doc.summary, area: frm.doc.area }, () => frm.reload_doc())
		);
	},
});
