const LIGHT_COLORS = { Green: "green", Yellow: "yellow", Red: "red" };

frappe.listview_settings["Rectification Item"] = {
	add_fields: ["light", "workflow_state"],
	has_indicator_for_draft: true,
	get_indicator(doc) {
		return [__(doc.light, null, "Rectification Item"), LIGHT_COLORS[doc.light] || "gray", "light,=," + doc.light];
	},
	formatters: {
		// the list's own Select column translates without context: Green would read 绿色, not 绿灯
		light(value) {
			if (!value) return "";
			const label = frappe.utils.escape_html(__(value, null, "Rectification Item"));
			return `<span class="filterable indicator-pill ${LIGHT_COLORS[value] || "gray"} ellipsis"
				data-filter="light,=,${frappe.utils.escape_html(value)}"><span class="ellipsis">${label}</span></span>`;
		},
	},
};
