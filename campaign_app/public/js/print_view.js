// Included in every desk page (hooks.py app_include_js). The print view's 打印格式 shows a format by its
// name in the user's language (整改事项单, not "Rectification Item Sheet"): Frappe writes the format's key
// into the box and reads it back from there, so the box shows the translation and the view reads the
// key it stands for.

frappe.provide("campaign_app");

campaign_app.print_format_key = (doctype, shown) => {
	if (!shown) return shown;
	const formats = frappe.meta.get_print_formats(doctype);
	return formats.includes(shown) ? shown : formats.find((name) => __(name) === shown) || shown;
};

// The print page's script defines frappe.ui.form.PrintView when the page is first opened: each class
// set there gets these two methods
campaign_app.translate_print_view = (View) => {
	const PrintView = View.prototype;
	if (!PrintView || PrintView.campaign_app_names) return;
	PrintView.campaign_app_names = true;

	PrintView.selected_format = function () {
		return campaign_app.print_format_key(this.frm.doctype, this.print_format_selector.val()) || "Standard";
	};

	PrintView.set_default_print_format = function () {
		const shown = this.print_format_selector.val();
		const known = frappe.meta.get_print_formats(this.frm.doctype).includes(this.selected_format());
		if ((shown && known) || !this.frm.meta.default_print_format) return;
		this.print_format_selector.val(__(this.frm.meta.default_print_format));
	};
};

campaign_app.patch_class(frappe.ui.form, "PrintView", campaign_app.translate_print_view);
