frappe.listview_settings["Rectification Item"] = {
	add_fields: ["light", "workflow_state"],
	has_indicator_for_draft: true,
	get_indicator(doc) {
		const colors = { Green: "green", Yellow: "yellow", Red: "red" };
		return [__(doc.light, null, "Rectification Item"), colors[doc.light] || "gray", "light,=," + doc.light];
	},
};
