// Returning a study output asks for the reason (public/js/workflow_reason.js); the server requires it.

frappe.ui.form.on("Study Output", {
	before_workflow_action(frm) {
		return campaign_app.ask_return_reason(frm);
	},
});
