// Shared by the Public Feedback form and list (hooks: doctype_js, doctype_list_js)
frappe.provide("campaign_app");

// One or more feedbacks of one unit become one problem (Campaign Issue), linked both ways
campaign_app.feedback_to_issue = (names, defaults, done) => {
	const dialog = new frappe.ui.Dialog({
		title: __("Turn into a Problem"),
		fields: [
			{ fieldname: "title", label: __("Problem"), fieldtype: "Data", reqd: 1, default: defaults.title },
			{ fieldname: "area", label: __("Area"), fieldtype: "Link", options: "Campaign Issue Area", reqd: 1, default: defaults.area },
			{
				fieldname: "level",
				label: __("Issue Level"),
				fieldtype: "Select",
				reqd: 1,
				default: "Leadership Team",
				options: ["Leadership Team", "Leading Cadre", "Individual"].map((v) => ({ value: v, label: __(v) })),
			},
			{ fieldname: "cadre", label: __("Cadre"), fieldtype: "Link", options: "Cadre", depends_on: "eval:doc.level != 'Leadership Team'" },
		],
		primary_action_label: __("Create"),
		primary_action(values) {
			frappe
				.call({ method: "campaign_app.api.feedback.make_issue", args: { feedbacks: names, ...values } })
				.then((r) => {
					dialog.hide();
					done && done();
					frappe.set_route("Form", "Campaign Issue", r.message);
				});
		},
	});
	dialog.show();
};
