// Rectification items by workflow stage, scoped on the server to the user's items.

frappe.query_reports["Rectification Items by Stage"] = {
	filters: [
		{
			fieldname: "campaign",
			label: __("Campaign", null, "Rectification Item"),
			fieldtype: "Link",
			options: "Study Campaign",
			default: frappe.defaults.get_default("study_campaign"),
		},
	],
};
