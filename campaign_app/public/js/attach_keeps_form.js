// Loaded with the forms of the app's doctypes that take photos and files in their rows (hooks.py
// doctype_js). Frappe saves the whole document as soon as a file is uploaded to an Attach field of a
// saved document; here an upload on one of the app's forms only fills the field and attaches the file,
// and the form waits, unsaved, for the user's 保存 (a half-filled progress report is not saved with it).

frappe.provide("campaign_app");

if (!campaign_app.attach_keeps_form) {
	campaign_app.attach_keeps_form = true;
	const frappe_upload_complete = frappe.ui.form.ControlAttach.prototype.on_upload_complete;
	frappe.ui.form.ControlAttach.prototype.on_upload_complete = async function (attachment) {
		const frm = this.frm;
		const ours = frm && !frm.is_new() && frappe.get_meta(frm.doctype)?.module === "Campaign App";
		if (!ours) return frappe_upload_complete.call(this, attachment);
		await this.parse_validate_and_set_in_model(attachment.file_url);
		frm.attachments.update_attachment(attachment);
		this.set_value(attachment.file_url);
	};
}
