// Included in every desk page (hooks.py app_include_js); each part applies to the app's doctypes only.
//
// People by name: Frappe names the people of a form (who created and last edited it, who a notification
// went to) by the names it already knows from the form's other entries, and prints an account id for
// anyone else. On the app's forms their names are fetched once and the sidebar and timeline drawn again.

frappe.provide("campaign_app");

// Some of Frappe's classes are set when their page or bundle loads (the print page's PrintView, the report
// bundle's DataTable): patch(Class) applies to the class set at owner[key] now and to each one set later
campaign_app.patch_class = (owner, key, patch) => {
	let current = owner[key];
	if (current) patch(current);
	Object.defineProperty(owner, key, {
		configurable: true,
		get: () => current,
		set: (next) => {
			if (next) patch(next);
			current = next;
		},
	});
};

// Each person as the sidebar and the timeline look them up: Frappe splits a notification's recipients on
// "," without trimming, so " lihongmei@…" is looked up with its space
campaign_app.people_of = (frm) => {
	const people = [frm.doc.owner, frm.doc.modified_by];
	for (const message of frm.get_docinfo()?.automated_messages || []) {
		for (const field of ["recipients", "cc", "bcc"]) people.push(...(message[field] || "").split(","));
	}
	return people.filter((key) => key && key.trim());
};

campaign_app.name_people = async (frm) => {
	if (frm.is_new() || frm.meta.module !== "Campaign App") return;
	const keys = campaign_app.people_of(frm).filter((key) => !frappe.boot.user_info[key]);
	if (!keys.length) return;
	const unknown = [...new Set(keys.map((key) => key.trim()))].filter((user) => !frappe.boot.user_info[user]);
	if (unknown.length) {
		const info = await frappe.xcall("frappe.desk.form.load.get_user_info_for_viewers", {
			users: JSON.stringify(unknown),
		});
		frappe.update_user_info(info);
	}
	for (const key of keys) {
		const known = frappe.boot.user_info[key.trim()];
		if (known && !frappe.boot.user_info[key]) frappe.boot.user_info[key] = known;
	}
	frm.sidebar?.refresh();
	frm.timeline?.refresh();
};

$(document).on("form-refresh", (_event, frm) => campaign_app.name_people(frm));

// A file shows by its name, not its address on the server ("/private/files/…"): in a form's Attach
// field and in the columns of its tables, on the app's doctypes
campaign_app.file_name = (url) => decodeURIComponent(String(url).split("?")[0].split("/").pop());
campaign_app.is_ours = (doctype) => frappe.get_meta(doctype)?.module === "Campaign App";

for (const type of ["Attach", "AttachImage"]) {
	const frappe_formatter = frappe.form.formatters[type];
	frappe.form.formatters[type] = (value, df, options, doc) => {
		if (!value || !campaign_app.is_ours(df?.parent)) return frappe_formatter(value, df, options, doc);
		const href = encodeURI(value);
		return `<a href="${href}" target="_blank">${frappe.utils.escape_html(campaign_app.file_name(value))}</a>`;
	};
}

const frappe_attach_input = frappe.ui.form.ControlAttach.prototype.set_input;
frappe.ui.form.ControlAttach.prototype.set_input = function (value, dataurl) {
	frappe_attach_input.call(this, value, dataurl);
	if (value && campaign_app.is_ours(this.df?.parent || this.frm?.doctype || this.df?.options?.doctype)) {
		this.$value.find(".attached-file-link").text(campaign_app.file_name(value));
	}
};

// A time on the app's forms is the bureau's own (the site's time zone): Frappe writes the zone's name
// ("Asia/Shanghai") under every date-and-time field
const frappe_datetime_description = frappe.ui.form.ControlDatetime.prototype.set_description;
frappe.ui.form.ControlDatetime.prototype.set_description = function () {
	if (campaign_app.is_ours(this.df?.parent || this.frm?.doctype)) this.df.hide_timezone = 1;
	return frappe_datetime_description.call(this);
};

// A form the user may not open (a link from outside their scope) shows Frappe's "not permitted" page;
// Frappe only shows a dialog and leaves the page blank or as it was
$(document).ajaxError((_event, xhr, settings) => {
	if (xhr.status !== 403 || !String(settings.url).includes("frappe.desk.form.load.getdoc")) return;
	const [view, doctype, ...name] = frappe.get_route() || [];
	if (view !== "Form" || !campaign_app.is_ours(doctype)) return;
	frappe.show_not_permitted(`${__(doctype)} ${name.join("/")}`);
});

// Frappe saves the whole document as soon as a file is uploaded to an Attach field of a saved document;
// on the app's forms the upload only fills the field and attaches the file, and the form waits, unsaved,
// for the user's 保存 (a half-filled progress report is not saved with it)
const frappe_upload_complete = frappe.ui.form.ControlAttach.prototype.on_upload_complete;
frappe.ui.form.ControlAttach.prototype.on_upload_complete = async function (attachment) {
	const frm = this.frm;
	if (!frm || frm.is_new() || !campaign_app.is_ours(frm.doctype)) {
		return frappe_upload_complete.call(this, attachment);
	}
	await this.parse_validate_and_set_in_model(attachment.file_url);
	frm.attachments.update_attachment(attachment);
	this.set_value(attachment.file_url);
};
