// Loaded with the forms of Rectification Item and Campaign Appraisal (hooks.py doctype_js).
// A workflow action that needs a reason asks for it in a dialog first; the server requires it too.

frappe.provide("campaign_app");

campaign_app.ask_return_reason = (frm, actions) => {
	const action = frm.selected_workflow_action;
	if (!actions.includes(action) || (frm.doc.return_reason || "").trim()) return;
	return new Promise((resolve, reject) => {
		let given = false;
		const dialog = frappe.prompt(
			{ fieldname: "reason", fieldtype: "Small Text", label: __("Reason for Return or Reopening"), reqd: 1 },
			async ({ reason }) => {
				given = true;
				await frm.set_value("return_reason", reason);
				await frm.save();
				resolve();
			},
			__(action)
		);
		// closing the dialog without a reason cancels the action
		dialog.onhide = () => given || reject();
	});
};
