// Frappe's form timeline names a changed child-table field by its label as stored (English):
// "第 1 行Self Score：由 0 改为 84". For the app's own doctypes, give that label in the user's language,
// with the doctype as context like every other label of ours. Other doctypes are left as they are.
if (!frappe.meta.get_label.in_context) {
	const as_stored = frappe.meta.get_label;
	frappe.meta.get_label = function (dt, fn, dn) {
		const label = as_stored.call(frappe.meta, dt, fn, dn);
		const meta = dt && locals.DocType && locals.DocType[dt];
		return meta && meta.module === "Campaign App" ? __(label, null, dt) : label;
	};
	frappe.meta.get_label.in_context = true;
}
