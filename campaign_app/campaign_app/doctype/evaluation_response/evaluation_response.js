// Paper forms: choosing the survey lists its questions, each to be rated as on the paper.

frappe.ui.form.on("Evaluation Response", {
	setup(frm) {
		frm.set_query("survey", () => ({ filters: { status: ["!=", "Draft"] } }));
	},
	refresh(frm) {
		// one row per question of the survey, never more or fewer
		frm.set_df_property("answers", "cannot_add_rows", true);
		frm.set_df_property("answers", "cannot_delete_rows", true);
		if (frm.is_new() && frm.doc.survey && !(frm.doc.answers || []).length) frm.trigger("survey");
	},
	async survey(frm) {
		frm.clear_table("answers");
		if (frm.doc.survey) {
			const survey = await frappe.db.get_doc("Evaluation Survey", frm.doc.survey);
			for (const q of survey.questions) {
				frm.add_child("answers", {
					question_id: q.name,
					question: q.question,
					target_type: q.target_type,
					unit: q.unit,
					rectification_item: q.rectification_item,
				});
			}
		}
		frm.refresh_field("answers");
	},
});
