"""Records seeded once for administrators to edit in the desk: masters, settings and notifications.

Each is created only when missing, so an administrator's changes survive `bench migrate`.
"""

import frappe

AREAS = ("规划编制", "项目建设", "道路养护", "运输服务", "行业执法", "民生保障", "安全生产监管", "其他")
THEMES = (
	"形象工程/政绩工程",
	"建设养护数据造假",
	"漠视群众出行需求",
	"形式主义官僚主义",
	"违规决策",
	"执法不规范",
	"审批效率低",
)
PROGRAMMES = (
	"中央巡视整改",
	"八项规定精神整改",
	"生态环保督察整改",
	"“十五五”交通运输发展规划实施",
	"农村公路管养体制改革",
)

ITEM = "Rectification Item"
LINK = '<a href="{{ frappe.utils.get_url_to_form(doc.doctype, doc.name) }}">{{ doc.name }}</a>'
SUMMARY = (
	"\n\n- 问题：{{ frappe.db.get_value('Campaign Issue', doc.issue, 'title') }}"
	"\n- 整改措施：{{ doc.measure }}\n- 时限：{{ frappe.utils.formatdate(doc.deadline) }}\n- 事项：" + LINK
)

# name: (event, extra fields, recipients, subject, message), for rectification items
NOTIFICATIONS = {
	"Rectification Assigned": (
		"New",
		{},
		[{"receiver_by_document_field": "responsible_user"}],
		"【整改任务】{{ doc.measure[:30] }}",
		"您被确定为以下整改事项的责任人，请按时限推进整改并定期报告进度。" + SUMMARY,
	),
	"Rectification Due Soon": (
		"Days Before",
		{
			"date_changed": "deadline",
			"days_in_advance": 3,
			"channel": "System Notification",
			"condition": "doc.stage != 'Closed'",
		},
		[{"receiver_by_document_field": "responsible_user"}],
		"【即将到期】整改事项 {{ doc.name }} 将于 {{ frappe.utils.formatdate(doc.deadline) }} 到期",
		"整改事项即将到期，请抓紧推进。" + SUMMARY,
	),
	"Rectification Overdue": (
		"Days After",
		{
			"date_changed": "deadline",
			"days_in_advance": 1,
			"channel": "System Notification",
			"condition": "doc.stage != 'Closed'",
		},
		[{"receiver_by_document_field": "responsible_user"}, {"receiver_by_document_field": "leader_user"}],
		"【已逾期】整改事项 {{ doc.name }} 已超过时限",
		"整改事项已超过时限仍未销号，请尽快整改到位。" + SUMMARY,
	),
	"Rectification Close-out Requested": (
		"Method",
		{"method": "on_close_requested"},
		[{"receiver_by_role": "Campaign Manager"}, {"receiver_by_document_field": "leader_user"}],
		"【销号申请】整改事项 {{ doc.name }} 申请销号，请核验",
		"责任人已申请销号，请核验整改佐证材料后销号或退回。\n\n整改情况：{{ doc.closeout_summary }}"
		+ SUMMARY,
	),
	"Rectification Returned": (
		"Method",
		{"method": "on_return"},
		[{"receiver_by_document_field": "responsible_user"}],
		"【退回】整改事项 {{ doc.name }} 被退回",
		"整改事项被退回（当前状态：{{ doc.workflow_state }}）。\n\n退回原因：{{ doc.last_return_reason }}"
		+ SUMMARY,
	),
	"Rectification Reopened": (
		"Method",
		{"method": "on_reopen"},
		[{"receiver_by_document_field": "responsible_user"}, {"receiver_by_document_field": "leader_user"}],
		"【回头看】已销号事项 {{ doc.name }} 重新整改",
		"回头看发现问题反弹，事项已重新打开整改（第 {{ doc.relapse_count }} 次）。\n\n原因：{{ doc.last_return_reason }}"
		+ SUMMARY,
	),
	"Rectification Turned Red": (
		"Method",
		{"method": "on_red"},
		[{"receiver_by_document_field": "leader_user"}, {"receiver_by_role": "Campaign Manager"}],
		"【红灯预警】整改事项 {{ doc.name }} 已逾期",
		"以下整改事项已逾期未销号，亮红灯，请分管领导督办。" + SUMMARY,
	),
	"Rectification Deadline Change Requested": (
		"Method",
		{"method": "on_deadline_request"},
		[{"receiver_by_document_field": "leader_user"}, {"receiver_by_role": "Campaign Manager"}],
		"【时限调整申请】整改事项 {{ doc.name }} 申请将时限调整为 {{ frappe.utils.formatdate(doc.requested_deadline) }}",
		"申请人：{{ frappe.utils.get_fullname(doc.deadline_requested_by) }}\n\n理由：{{ doc.deadline_request_reason }}\n\n"
		"批准前原时限和灯色不变，请在事项表单中批准或驳回。" + SUMMARY,
	),
	"Evaluation Remedial Work": (
		"New",
		{"condition": "doc.evaluation_survey"},
		[{"receiver_by_role": "Campaign Manager"}, {"receiver_by_document_field": "responsible_user"}],
		"【成效评议补课】{{ doc.unit }} 群众评议不满意率超过阈值，限期补课",
		"成效评议（{{ doc.evaluation_survey }}）中群众对以下单位或事项不满意的比例超过设定阈值，"
		"已生成限期补课的整改事项，请按时限整改到位。" + SUMMARY,
	),
}

APPRAISAL = "Campaign Appraisal"
APPRAISAL_LINK = LINK + "（{{ doc.appraisee_name }}，{{ doc.period }}）"
APPRAISAL_NOTIFICATIONS = {
	"Appraisal Awaiting Self-assessment": (
		"New",
		{"condition": "doc.appraisee_user"},
		[{"receiver_by_document_field": "appraisee_user"}],
		"【考核自评】请完成 {{ doc.appraisee_name }} 的考核自评",
		"考核已开始，请对照各项指标填写自评分和自评小结后提交自评。\n\n考核单：" + APPRAISAL_LINK,
	),
	"Appraisal Awaiting Review": (
		"Value Change",
		{"value_changed": "stage", "condition": "doc.stage == 'Self-assessed'"},
		[{"receiver_by_role": "Campaign Manager"}],
		"【考核审核】{{ doc.appraisee_name }} 已提交自评，待审核",
		"被考核对象已提交自评，请审核评分（审核人不能是被考核对象本人）。\n\n考核单：" + APPRAISAL_LINK,
	),
	"Appraisal Returned": (
		"Method",
		{"method": "on_return"},
		[{"receiver_by_document_field": "appraisee_user"}],
		"【考核退回】{{ doc.appraisee_name }} 的考核被退回",
		"考核被退回（当前状态：{{ doc.workflow_state }}）。\n\n退回原因：{{ doc.last_return_reason }}\n\n考核单："
		+ APPRAISAL_LINK,
	),
}


OUTPUT = "Study Output"
OUTPUT_LINK = LINK + "（{{ doc.title }}）"
STUDY_NOTIFICATIONS = {
	"Study Output Awaiting Review": (
		"Value Change",
		{"value_changed": "stage", "condition": "doc.stage == 'Submitted'"},
		[{"receiver_by_role": "Campaign Manager"}],
		"【待审阅】{{ frappe.db.get_value('Cadre', doc.cadre, 'full_name') }} 提交了学习成果，请审阅",
		"学习成果已提交，请审阅后通过或退回修改（审阅人不能是作者本人）。\n\n学习成果：" + OUTPUT_LINK,
	),
	"Study Output Reviewed": (
		"Value Change",
		{"value_changed": "stage", "condition": "doc.stage == 'Reviewed'", "channel": "System Notification"},
		[{"receiver_by_document_field": "author_user"}],
		"【审阅通过】您的学习成果 {{ doc.title }} 已审阅通过",
		"学习成果：" + OUTPUT_LINK,
	),
	"Study Output Returned": (
		"Method",
		{"method": "on_return"},
		[{"receiver_by_document_field": "author_user"}],
		"【退回修改】您的学习成果 {{ doc.title }} 被退回",
		"学习成果被退回修改。\n\n退回原因：{{ doc.last_return_reason }}\n\n学习成果：" + OUTPUT_LINK,
	),
}
MAKE_UP_NOTIFICATIONS = {
	"Study Make-up Due Soon": (
		"Days Before",
		{
			"date_changed": "date",
			"days_in_advance": 2,
			"channel": "System Notification",
			"condition": "doc.reference_type == 'Study Session' and doc.status == 'Open'",
		},
		[{"receiver_by_document_field": "allocated_to"}],
		"【补学提醒】请于 {{ frappe.utils.formatdate(doc.date) }} 前完成补学",
		"您缺席了应参加的学习活动，请按时补学，补学后由组织者登记补学日期。\n\n{{ doc.description }}",
	),
}

FEEDBACK = "Public Feedback"
FEEDBACK_LINK = LINK + "（{{ doc.summary }}）"
FEEDBACK_SUMMARY = (
	"\n\n- 渠道：{{ _(doc.channel) }}\n- 内容：{{ doc.content }}\n- 答复时限：{{ frappe.utils.formatdate(doc.due_date) }}"
	"\n- 意见建议：" + FEEDBACK_LINK
)
FEEDBACK_NOTIFICATIONS = {
	"Feedback Received": (
		"New",
		{},
		[{"receiver_by_role": "Campaign Manager"}],
		"【意见建议】收到新的意见建议 {{ doc.name }}",
		"收到一条意见建议，请确定承办单位后受理。" + FEEDBACK_SUMMARY,
	),
	"Feedback Awaiting Response": (
		"Value Change",
		{"value_changed": "stage", "condition": "doc.stage == 'Handling'"},
		[{"receiver_by_document_field": "handler_user"}],
		"【待答复】意见建议 {{ doc.name }} 请于 {{ frappe.utils.formatdate(doc.due_date) }} 前答复",
		"以下意见建议已交由本单位办理，请按时限办理并答复群众。" + FEEDBACK_SUMMARY,
	),
	"Feedback Overdue": (
		"Days After",
		{
			"date_changed": "due_date",
			"days_in_advance": 1,
			"channel": "System Notification",
			"condition": "doc.stage in ('Received', 'Handling')",
		},
		[{"receiver_by_document_field": "handler_user"}, {"receiver_by_role": "Campaign Manager"}],
		"【超期未答复】意见建议 {{ doc.name }} 已超过答复时限",
		"以下意见建议已超过答复时限仍未答复，请尽快答复群众。" + FEEDBACK_SUMMARY,
	),
	"Feedback Replied": (
		"Value Change",
		{"value_changed": "stage", "condition": "doc.stage == 'Replied'"},
		[{"receiver_by_role": "Campaign Manager"}],
		"【已答复】意见建议 {{ doc.name }} 已答复，请审核办结",
		"承办单位已答复：{{ doc.reply }}" + FEEDBACK_SUMMARY,
	),
	"Feedback Returned": (
		"Method",
		{"method": "on_return"},
		[{"receiver_by_document_field": "handler_user"}],
		"【退回重办】意见建议 {{ doc.name }} 被退回",
		"答复被退回重办。\n\n退回原因：{{ doc.last_return_reason }}" + FEEDBACK_SUMMARY,
	),
	"Feedback Rated": (
		"Value Change",
		{"value_changed": "rating", "condition": "doc.rating"},
		[{"receiver_by_role": "Campaign Manager"}, {"receiver_by_document_field": "handler_user"}],
		"【群众评价】意见建议 {{ doc.name }} 的提出人评价为：{{ _(doc.rating) }}",
		"群众对整改结果的评价：{{ _(doc.rating) }}" + FEEDBACK_SUMMARY,
	),
}

WARNING_NOTIFICATIONS = {
	"Deviation Warning Raised": (
		"New",
		{},
		[{"receiver_by_role": "Campaign Manager"}, {"receiver_by_document_field": "unit_head_user"}],
		"【偏差预警】{{ _(doc.cause) }}：{{ doc.unit or '' }}",
		"政绩观偏差预警：{{ doc.detail }}\n\n请核实情况；领导小组办公室核实处置后填写说明关闭预警。\n\n预警："
		+ LINK,
	),
}

SUPERVISION_NOTIFICATIONS = {
	"Supervision Criticism Notice": (
		"Value Change",
		{"value_changed": "outcome", "condition": "doc.outcome == 'Criticism Notice'"},
		[{"receiver_by_document_field": "unit_head_user"}, {"receiver_by_role": "Campaign Manager"}],
		"【督导通报】{{ doc.unit }} 被通报批评，请于 {{ frappe.utils.formatdate(doc.reply_deadline) }} 前回复",
		"督导组对 {{ doc.unit }} 开展督导检查后予以通报批评，请在督导检查记录中填写整改回复。\n\n{{ doc.summary or '' }}\n\n督导检查："
		+ LINK,
	),
}
RULE_NOTIFICATIONS = {
	"Rule Review Awaiting Approval": (
		"Value Change",
		{"value_changed": "stage", "condition": "doc.stage == 'Submitted'"},
		[{"receiver_by_role": "Campaign Leader"}, {"receiver_by_role": "Campaign Manager"}],
		"【制度审批】{{ doc.rule_title }}（{{ _(doc.decision) }}）待审批",
		"{{ doc.unit }} 提交了制度清理意见，请审批（审批人不能是起草人）。\n\n理由：{{ doc.reason }}\n\n制度清理："
		+ LINK,
	),
}


def ensure_settings_defaults():
	"""A settings field added by an upgrade starts at its default, once: Frappe stores a Single's fields
	only when the form is saved, and a save before then would store 0 and turn a rule off. A value an
	administrator set (any stored row) is never touched."""
	stored = {
		row[0]
		for row in frappe.db.sql("select field from `tabSingles` where doctype = 'Rectification Settings'")
	}
	for df in frappe.get_meta("Rectification Settings").fields:
		if (
			df.default is not None
			and df.fieldname not in stored
			and df.fieldtype in ("Int", "Percent", "Check", "Data")
		):
			frappe.db.set_single_value("Rectification Settings", df.fieldname, df.default)


def ensure_records():
	ensure_settings_defaults()
	_ensure_names("Campaign Issue Area", "area_name", AREAS)
	_ensure_names("Campaign Theme", "theme_name", THEMES)
	_ensure_names("Rectification Programme", "programme_name", PROGRAMMES)
	ensure_notifications()


def _ensure_names(doctype: str, field: str, names):
	for name in names:
		if not frappe.db.exists(doctype, name):
			frappe.get_doc({"doctype": doctype, field: name}).insert(ignore_permissions=True)


def seeded_notifications():
	"""(doctype, {name: spec}) of every notification the app seeds."""
	return (
		(ITEM, NOTIFICATIONS),
		(APPRAISAL, APPRAISAL_NOTIFICATIONS),
		(OUTPUT, STUDY_NOTIFICATIONS),
		(FEEDBACK, FEEDBACK_NOTIFICATIONS),
		("Deviation Warning", WARNING_NOTIFICATIONS),
		("Supervision Visit", SUPERVISION_NOTIFICATIONS),
		("Rule Review", RULE_NOTIFICATIONS),
		("ToDo", MAKE_UP_NOTIFICATIONS),
	)


def ensure_notifications():
	for doctype, notifications in seeded_notifications():
		for name, spec in notifications.items():
			if not frappe.db.exists("Notification", name):
				_insert_notification(name, doctype, *spec)


def _insert_notification(name, doctype, event, extra, recipients, subject, message):
	frappe.get_doc(
		{
			"doctype": "Notification",
			"name": name,
			"document_type": doctype,
			"event": event,
			"channel": "Email",
			"send_system_notification": 1,  # in the desk's bell as well as by mail (FW-3)
			"enabled": 1,
			"subject": subject,
			"message": message,
			"message_type": "Markdown",
			"recipients": recipients,
			**extra,
		}
	).insert(ignore_permissions=True)
