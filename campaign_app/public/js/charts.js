// Included in every desk page (hooks.py app_include_js). Charts whose x-axis names are Chinese (units,
// people): Frappe's chart library spaces the names it shows by their number of characters, taken as seven
// pixels each, and a Chinese character is about twice as wide, so unit names overlap on a dashboard and
// the report page cuts each to one character and "...". Here such a chart names its bars as a series
// (every few bars named in full, the tooltip names each) and a zero-width space after each wide character
// makes the library count it twice; nothing of it is seen.

frappe.provide("campaign_app");

const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g;
const AXIS_TYPES = ["bar", "line", "axis-mixed"];

campaign_app.axis_label = (label) => {
	const text = String(label ?? "");
	return text.includes("\u200b") ? text : text.replace(WIDE, "$&\u200b");
};

campaign_app.chart_data = (data) => {
	const labels = data?.labels;
	if (!labels?.some((label) => String(label ?? "").match(WIDE))) return data;
	return { ...data, labels: labels.map(campaign_app.axis_label) };
};

const FrappeChart = frappe.Chart;
frappe.Chart = class extends FrappeChart {
	constructor(parent, options = {}) {
		const data = AXIS_TYPES.includes(options.type) ? campaign_app.chart_data(options.data) : options.data;
		if (data !== options.data) {
			options = { ...options, data, axisOptions: { ...(options.axisOptions || {}), xIsSeries: 1 } };
		}
		super(parent, options);
		// a dashboard chart refreshed with new figures
		if (AXIS_TYPES.includes(options.type) && typeof this.update === "function") {
			const frappe_update = this.update.bind(this);
			this.update = (next) => frappe_update(campaign_app.chart_data(next));
		}
	}
};
