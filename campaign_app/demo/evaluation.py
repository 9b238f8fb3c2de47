"""Demo public evaluation: an open survey of the demo bureau, answers from paper and from the web,
and the remedial item (补课) that the dissatisfied answers about one unit call for."""

import frappe

from campaign_app.domain import evaluation as rule
from campaign_app.remedial import check_remedial

TITLE = "树立和践行正确政绩观学习教育成效评议问卷"
S, B, D = rule.SATISFIED, rule.BASIC, rule.DISSATISFIED
# (question, about, unit) — the item question is added for the first item of 运输管理所
QUESTIONS = [
	("您对农村公路养护质量和整改成效是否满意？", rule.ABOUT_UNIT, "公路养护中心"),
	("您对城乡客运服务和出行便利的改善是否满意？", rule.ABOUT_UNIT, "运输管理所"),
	("您对交通执法规范、文明、公正是否满意？", rule.ABOUT_UNIT, "交通综合行政执法大队"),
	("您对全局学习教育的整体成效是否满意？", rule.GENERAL, None),
]
ITEM_QUESTION = "您对以下整改事项的落实情况是否满意？"
# one row per answer sheet: respondent type, ratings in question order (the item question last), comment
SHEETS = [
	("Public Representative", (S, S, D, S, S), "执法时态度生硬，希望改进"),
	("Public Representative", (S, B, D, B, S), ""),
	("Transport Company Head", (B, S, D, S, B), "检查频次过多，影响正常经营"),
	("Transport Company Head", (S, S, B, S, S), ""),
	("Bus Driver", (S, B, D, B, S), "<script>alert('xss')</script>罚款标准不透明"),
	("Bus Driver", (B, S, S, S, S), ""),
	("Bus Driver", (S, S, D, S, B), ""),
	("Village Cadre", (S, S, B, S, S), "村道修好了，群众很满意"),
	("Village Cadre", (B, B, S, B, S), ""),
	("Other", (S, D, B, S, S), "客运班次偏少"),
	("Public Representative", (S, S, S, S, S), ""),
	("Village Cadre", (S, B, D, S, S), ""),
]


def make_evaluation(campaign: str) -> int:
	"""Returns how many answer sheets were entered (0 on a second run)."""
	if frappe.db.exists("Evaluation Survey", {"title": TITLE}):
		return 0
	questions = [{"question": q, "target_type": about, "unit": unit} for q, about, unit in QUESTIONS]
	item = frappe.db.get_value(
		"Rectification Item", {"campaign": campaign, "unit": "运输管理所"}, "name", order_by="creation asc"
	)
	if item:
		questions.append(
			{"question": ITEM_QUESTION, "target_type": rule.ABOUT_ITEM, "rectification_item": item}
		)
	survey = frappe.get_doc(
		{
			"doctype": "Evaluation Survey",
			"title": TITLE,
			"campaign": campaign,
			"status": rule.OPEN,
			"introduction": "学习教育结束后，请群众代表、运输企业负责人、客运司机、基层村组干部等服务对象对全局"
			"学习教育成效进行评议。可匿名填写，评议结果作为整改整治“回头看”和年度考核评价的重要依据。",
			"questions": questions,
		}
	).insert(ignore_permissions=True)
	ids = [q.name for q in survey.questions]
	for n, (who, ratings, comment) in enumerate(SHEETS):
		response = frappe.get_doc(
			{
				"doctype": "Evaluation Response",
				"survey": survey.name,
				"respondent_type": who,
				"comment": comment,
				"answers": [{"question_id": qid, "rating": r} for qid, r in zip(ids, ratings, strict=False)],
			}
		)
		response.flags.online = n % 2 == 0  # half from the web form, half from paper
		response.insert(ignore_permissions=True)
	check_remedial(survey.name)
	return len(SHEETS)
