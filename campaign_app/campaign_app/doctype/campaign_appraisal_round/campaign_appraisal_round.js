// Copyright (c) 2026, campaign_app developers and contributors
// For license information, please see license.txt

frappe.ui.form.on("Campaign Appraisal Round", {
	refresh(frm) {
		render_summary(frm);
		if (frm.is_new() || !frm.has_perm("write")) return;
		frm.add_custom_button(__("Create Appraisals"), () =>
			frm.call("create_appraisals").then(() => setTimeout(() => frm.reload_doc(), 3000))
		);
	},
});

function render_summary(frm) {
	const s = (frm.doc.__onload || {}).summary;
	if (!s) return frm.get_field("summary_html").$wrapper.empty();
	const counts = Object.entries(s.counts)
		.map(([state, n]) => `${__(state)}: ${n}`)
		.join("　");
	const people = (rows) =>
		rows.length
			? rows
					.map(([name, who]) => `<a href="/app/campaign-appraisal/${name}">${frappe.utils.escape_html(who || name)}</a>`)
					.join("、")
			: __("Nobody");
	frm.get_field("summary_html").$wrapper.html(`
		<p>${__("Appraisals: {0}", [s.total])}　${counts}</p>
		<p>${__("Not self-assessed")}: ${people(s.not_self_assessed)}</p>
		<p>${__("Not reviewed")}: ${people(s.not_reviewed)}</p>`);
}
