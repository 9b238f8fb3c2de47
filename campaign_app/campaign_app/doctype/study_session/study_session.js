// Copyright (c) 2026, campaign_app developers and contributors
// For license information, please see license.txt

frappe.ui.form.on("Study Session", {
	refresh(frm) {
		if (frm.is_new() || !frm.perm[0]?.write) return;
		frm.add_custom_button(__("Fill Attendance from the Unit"), () =>
			frappe
				.call({ method: "campaign_app.api.study.fill_attendance", args: { session: frm.doc.name } })
				.then(() => frm.reload_doc())
		);
	},
});
