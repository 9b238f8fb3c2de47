// Returning an appraisal asks for the reason (public/js/workflow_reason.js); the server requires it.

frappe.ui.form.on("Campaign Appraisal", {
	refresh(frm) {
		// the indicators come from the template
		frm.set_df_property("scores", "cannot_add_rows", true);
		frm.set_df_property("scores", "cannot_delete_rows", true);
		// the reviewer's scores start as the self scores when the self-assessment is submitted:
		// in a draft there is none yet, so the column is empty rather than 0
		const in_draft = !frm.doc.stage || frm.doc.stage === "Draft";
		const grid = frm.fields_dict.scores.grid;
		grid.update_docfield_property("reviewer_score", "read_only", in_draft ? 1 : 0);
		grid.update_docfield_property("reviewer_score", "formatter", in_draft ? () => "" : undefined);
	},
	before_workflow_action(frm) {
		return campaign_app.ask_return_reason(frm);
	},
});
