frappe.treeview_settings["Campaign Unit"] = {
	get_tree_nodes: "campaign_app.api.units.get_children",
	breadcrumb: "Study Education",
	ignore_fields: ["parent_campaign_unit"],
	fields: [
		{ fieldtype: "Data", fieldname: "unit_name", label: __("Unit Name"), reqd: true },
		{
			fieldtype: "Select",
			fieldname: "unit_type",
			label: __("Unit Type"),
			options: ["Bureau", "Section", "Subordinate Unit", "Party Branch", "Other"].map((v) => ({
				value: v,
				label: __(v),
			})),
			default: "Section",
			reqd: true,
		},
		{ fieldtype: "Check", fieldname: "is_group", label: __("Is Group", null, "Campaign Unit"), default: 1 },
	],
	// a node leads to the problems and items of its unit and the units below it
	extend_toolbar: true,
	toolbar: ["Rectification Item", "Campaign Issue"].map((doctype) => ({
		label: __(doctype),
		condition: (node) => !node.is_root,
		click: (node) =>
			frappe.set_route("List", doctype, { unit: ["descendants of (inclusive)", node.data.value] }),
	})),
};
