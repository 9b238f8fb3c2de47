// Included in every desk page (hooks.py app_include_js). The 帮助 item of a form's workflow menu, in the
// user's language: Frappe's dialog heads it "Workflow: <name>" in English and prints the workflow's name,
// states, actions and roles as stored, untranslated. This one says the same (the current state, who may
// edit the document in it, the next actions and who may take them) with each name translated.

frappe.provide("campaign_app");

campaign_app.workflow_help = async (frm, state) => {
	frappe.workflow.setup(frm.doctype);
	const workflow = frappe.workflow.workflows[frm.doctype] || {};
	const bold = (text) => `<b>${frappe.utils.escape_html(__(text))}</b>`;
	const transitions = await frappe.workflow.get_transitions(frm.doc);
	// one line an action, with every role that may take it
	const roles = new Map();
	for (const t of transitions) roles.set(t.action, [...(roles.get(t.action) || []), t.allowed]);
	const next = [...roles].map(([action, allowed]) =>
		__("{0} by {1}", [bold(action), [...new Set(allowed)].map(bold).join("、")])
	);
	const editors = frappe.workflow.get_document_state_roles(frm.doctype, state).map(bold);
	const rows = [
		[__("Current status"), bold(state)],
		[__("Document is only editable by users with role"), editors.join("、") || __("None")],
		[__("Next actions"), next.join("；") || bold(__("None: End of Workflow"))],
	];
	const dialog = new frappe.ui.Dialog({ title: `${__("Workflow")}：${__(workflow.name || frm.doctype)}` });
	$(dialog.body)
		.html(
			rows.map(([label, value]) => `<p>${label}：${value}</p>`).join("") +
				`<p class="text-muted">${__("Other permission rules may also apply")}</p>`
		)
		.css({ padding: "15px" });
	dialog.show();
};

frappe.ui.form.States.prototype.setup_help = function () {
	this.frm.page.add_action_item(__("Help"), () => campaign_app.workflow_help(this.frm, this.get_state()), true);
};
