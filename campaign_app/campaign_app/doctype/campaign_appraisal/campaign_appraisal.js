// Returning an appraisal asks for the reason (public/js/workflow_reason.js); the server requires it.

frappe.ui.form.on("Campaign Appraisal", {
	before_workflow_action(frm) {
		return campaign_app.ask_return_reason(frm, ["退回"]);
	},
});
