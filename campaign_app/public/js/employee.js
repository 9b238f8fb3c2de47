// Added to ERPNext's Employee form when campaign_app is installed beside ERPNext.
frappe.ui.form.on("Employee", {
	refresh(frm) {
		if (frm.is_new() || !frappe.model.can_create("Cadre")) return;
		frm.add_custom_button(
			__("Cadre"),
			() =>
				frappe
					.xcall("campaign_app.api.employees.make_cadre_from_employee", {
						employee: frm.doc.name,
					})
					.then((name) => frappe.set_route("Form", "Cadre", name)),
			__("Create")
		);
	},
});
