// Frappe shows a Select value outside its dropdown (grid rows, report view) translated without the
// field's doctype as context. Some of our options (Green, Open, General, Person) mean something else
// elsewhere in Frappe, so their Chinese is given for our doctype only: show that one when there is one.
// Every other value is shown as before.
if (!frappe.form.formatters.Select.in_context) {
	const without_context = frappe.form.formatters.Select;
	frappe.form.formatters.Select = function (value, df, ...rest) {
		const in_context = df && df.parent && value && frappe._messages[`${value}:${df.parent}`];
		return without_context(in_context || value, df, ...rest);
	};
	frappe.form.formatters.Select.in_context = true;
}
