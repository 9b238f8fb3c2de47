frappe.listview_settings["Cadre"] = {
	add_fields: ["is_active", "level"],
	get_indicator(doc) {
		return doc.is_active ? [__(doc.level), "blue", "level,=," + doc.level] : [__("Inactive"), "gray", "is_active,=,0"];
	},
};
