// The public link of an open survey, and its satisfaction figures one click away.

frappe.ui.form.on("Evaluation Survey", {
	refresh(frm) {
		if (frm.is_new()) return;
		if (frm.doc.status === "Open") {
			frm.dashboard.set_headline_alert(
				`${__("Public form")}: <a href="${frm.doc.public_url}" target="_blank">${frm.doc.public_url}</a>`,
				"blue"
			);
		}
		frm.add_custom_button(__("Satisfaction Statistics"), () =>
			frappe.set_route("query-report", "Satisfaction Statistics", { survey: frm.doc.name })
		);
		frm.add_custom_button(__("Enter a Paper Form"), () =>
			frappe.new_doc("Evaluation Response", { survey: frm.doc.name })
		);
	},
});
