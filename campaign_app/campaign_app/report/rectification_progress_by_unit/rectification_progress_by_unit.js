// Rectification progress per responsible unit, scoped on the server to the user's units.

frappe.query_reports["Rectification Progress by Unit"] = {
	filters: [
		{
			fieldname: "campaign",
			label: __("Campaign", null, "Rectification Item"),
			fieldtype: "Link",
			options: "Study Campaign",
			default: frappe.defaults.get_default("study_campaign"),
		},
		{
			fieldname: "unit",
			label: __("Responsible Unit"),
			fieldtype: "Link",
			options: "Campaign Unit",
			description: __("The unit and every unit below it"),
		},
	],
};
