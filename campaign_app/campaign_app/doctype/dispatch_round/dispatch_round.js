// Copyright (c) 2026, campaign_app developers and contributors
// For license information, please see license.txt

frappe.ui.form.on("Dispatch Round", {
	refresh(frm) {
		if (frm.is_new()) return;
		if (frm.perm[0]?.write) {
			frm.add_custom_button(__("Chase the Units That Did Not Report"), () =>
				frappe
					.call({ method: "campaign_app.api.dispatch.chase", args: { round_name: frm.doc.name } })
					.then(() => frm.reload_doc())
			);
			frm.add_custom_button(__("Compile the Bulletin"), () =>
				frappe
					.call({ method: "campaign_app.api.dispatch.compile_bulletin", args: { round_name: frm.doc.name } })
					.then(() => frm.reload_doc())
			);
		}
		if (frm.doc.bulletin) {
			for (const [fmt, label] of [["pdf", __("Download PDF")], ["docx", __("Download Word")]]) {
				frm.add_custom_button(
					label,
					() =>
						window.open(
							`/api/method/campaign_app.api.dispatch.download?round_name=${encodeURIComponent(frm.doc.name)}&fmt=${fmt}`
						),
					__("Bulletin")
				);
			}
			frm.get_field("bulletin").$wrapper.html(frm.doc.bulletin);
		}
	},
});
