// Returning an appraisal asks for the reason (public/js/workflow_reason.js); the server requires it.

frappe.ui.form.on("Campaign Appraisal", {
	refresh(frm) {
		// the indicators come from the template
		frm.set_df_property("scores", "cannot_add_rows", true);
		frm.set_df_property("scores", "cannot_delete_rows", true);
	},
	before_workflow_action(frm) {
		return campaign_app.ask_return_reason(frm, ["退回"]);
	},
});
