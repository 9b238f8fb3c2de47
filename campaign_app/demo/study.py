"""Demo of the campaign's study half-way through (STUDY-1..4, FIND-4): sessions with attendance (an
absence with its make-up task, a leave, a make-up), study outputs in every state, a test with scores,
and review meetings held, planned and missing, one with problems that became campaign issues."""

import frappe
from frappe.utils import add_days

from campaign_app.demo.actions import run_as
from campaign_app.domain import study as rule

BUREAU, ORGAN = "县交通运输局", "局机关"
OFFICE = "chenjing"  # reviews the leaders' materials for the level above
# (title, type, unit, start, end, host, place, {login: (status, reason or make-up date)})
SESSIONS = (
	(
		"3月理论学习中心组：习近平总书记关于树立和践行正确政绩观的重要论述",
		"理论学习中心组学习",
		BUREAU,
		"2026-03-06",
		None,
		"wangjianguo",
		"局三楼会议室",
		{},
	),
	(
		"4月理论学习中心组：新时代交通运输高质量发展",
		"理论学习中心组学习",
		BUREAU,
		"2026-04-08",
		None,
		"wangjianguo",
		"局三楼会议室",
		{"zhouwenbin": (rule.LEAVE, "参加市纪委会议")},
	),
	(
		"5月理论学习中心组：以案为鉴警示教育",
		"理论学习中心组学习",
		BUREAU,
		"2026-05-09",
		None,
		"wangjianguo",
		"局三楼会议室",
		{},
	),
	(
		"正确政绩观专题读书班",
		"专题读书班",
		ORGAN,
		"2026-03-02",
		"2026-03-04",
		"wangjianguo",
		"县委党校",
		{"xuhui": (rule.ABSENT, None)},
	),
	(
		"专题党课：践行正确政绩观推动县域交通运输高质量发展",
		"专题党课",
		BUREAU,
		"2026-04-15",
		None,
		"wangjianguo",
		"局一楼报告厅",
		{"fuqiang": (rule.MADE_UP, "2026-04-22")},
	),
	(
		"专题党课：农村公路建设要算长远账",
		"专题党课",
		"公路养护中心",
		"2026-05-12",
		None,
		"lihongmei",
		"公路养护中心会议室",
		{"shenguo": (rule.ABSENT, None)},
	),
	(
		"三会一课：3月支部党员大会",
		"三会一课",
		"公路养护中心党支部",
		"2026-03-18",
		None,
		"caoli",
		"公路养护中心会议室",
		{},
	),
	(
		"三会一课：4月党课",
		"三会一课",
		"公路养护中心党支部",
		"2026-04-16",
		None,
		"caoli",
		"公路养护中心会议室",
		{},
	),
	(
		"三会一课：3月支部委员会",
		"三会一课",
		"运输管理所党支部",
		"2026-03-20",
		None,
		"yuanbo",
		"运输管理所会议室",
		{},
	),
	(
		"主题党日：走进客运站听民意",
		"主题党日",
		"执法大队党支部",
		"2026-04-01",
		None,
		"denghua",
		"县汽车客运站",
		{},
	),
	(
		"现场教学：“四好农村路”示范路段",
		"现场教学",
		"乡村公路养护站",
		"2026-05-20",
		None,
		"heping",
		"X032线示范路段",
		{},
	),
)
# (login, output type, title, reviewer or None, last step: draft / submitted / reviewed / returned)
OUTPUTS = (
	("wangjianguo", "Research Report", "关于全县农村公路养护长效机制的调研报告", OFFICE, "reviewed"),
	("lihongmei", "Research Report", "重大交通项目前期论证情况调研", OFFICE, "reviewed"),
	("lihongmei", "Seminar Speech", "树牢正确政绩观 不搞形象工程", OFFICE, "submitted"),
	("zhaozhiqiang", "Research Report", "城乡客运一体化服务调研", OFFICE, "returned"),
	("gaofeng", "Study Reflection", "养护工作要重质量、算长远账", "lihongmei", "reviewed"),
	("guoxiaoyan", "Study Reflection", "从群众出行需求看运输服务短板", "zhaozhiqiang", "reviewed"),
	("luojun", "Study Reflection", "规范执法就是最好的政绩", None, "draft"),
	("zhengyu", "Study Reflection", "以文辅政，服务基层", "chenjing", "reviewed"),
	("shenguo", "Study Reflection", "一名养护工眼中的正确政绩观", "linhai", "submitted"),
	("caiyu", "Study Reflection", "执法窗口里的为民服务", "songtao", "reviewed"),
)
TEST = ("正确政绩观应知应会测试", "2026-04-20", 100, 60)
SCORES = {
	"wangjianguo": 96,
	"lihongmei": 92,
	"zhaozhiqiang": 88,
	"sunliping": 90,
	"zhouwenbin": 94,
	"chenjing": 91,
	"gaofeng": 85,
	"guoxiaoyan": 82,
	"luojun": 78,
	"zhengyu": 88,
	"caoli": 80,
	"shenguo": 72,
	"fuqiang": 55,
	"zengli": 64,
	"jiadong": 48,
	"caiyu": 86,
}


def make_study(campaign: str, cadre_of) -> int:
	"""Returns how many sessions were created (0 on a second run)."""
	if frappe.db.exists("Study Session", {"campaign": campaign}):
		return 0
	for title, kind, unit, start, end, host, place, marks in SESSIONS:
		make_session(campaign, cadre_of, title, kind, unit, start, end, host, place, marks)
	make_outputs(campaign, cadre_of)
	make_test(campaign, cadre_of)
	make_meetings(campaign, cadre_of)
	return len(SESSIONS)


def make_session(campaign, cadre_of, title, kind, unit, start, end, host, place, marks):
	from campaign_app.api.study import fill_attendance

	doc = frappe.get_doc(
		{
			"doctype": "Study Session",
			"title": title,
			"campaign": campaign,
			"session_type": kind,
			"unit": unit,
			"start_date": start,
			"end_date": end,
			"host": cadre_of(host),
			"place": place,
		}
	).insert(ignore_permissions=True)
	fill_attendance(doc.name)
	doc.reload()
	by_cadre = {cadre_of(login): mark for login, mark in marks.items()}
	for row in doc.attendance:
		status, extra = by_cadre.get(row.cadre, (rule.PRESENT, None))
		row.status = status
		row.reason = extra if status == rule.LEAVE else None
		row.made_up_on = extra if status == rule.MADE_UP else None
	doc.save(ignore_permissions=True)


def user_of(cadre: str) -> str:
	return frappe.db.get_value("Cadre", cadre, "user")


def make_output(campaign, cadre, kind, title, content=None) -> str:
	current = frappe.session.user
	frappe.set_user(user_of(cadre))
	try:
		return (
			frappe.get_doc(
				{
					"doctype": "Study Output",
					"title": title,
					"cadre": cadre,
					"output_type": kind,
					"campaign": campaign,
					"content": content
					or f"<p>{title}。结合岗位实际，对照正确政绩观查找差距，提出改进措施。</p>",
				}
			)
			.insert()
			.name
		)
	finally:
		frappe.set_user(current)


def advance(name, author, reviewer, last):
	"""Take an output from draft to its last step as the people who would act."""
	if last == "draft":
		return
	run_as(user_of(author), "Study Output", name, rule.SUBMIT)
	if last == "reviewed":
		run_as(user_of(reviewer), "Study Output", name, rule.APPROVE)
	elif last == "returned":
		frappe.db.set_value(
			"Study Output", name, "return_reason", "调研数据不够具体，请补充典型案例和整改建议"
		)
		run_as(user_of(reviewer), "Study Output", name, rule.RETURN)


def make_outputs(campaign, cadre_of):
	for login, kind, title, reviewer, last in OUTPUTS:
		name = make_output(campaign, cadre_of(login), kind, title)
		advance(name, cadre_of(login), reviewer and cadre_of(reviewer), last)


def make_test(campaign, cadre_of):
	title, day, full, pass_mark = TEST
	test = frappe.get_doc(
		{
			"doctype": "Study Test",
			"title": title,
			"campaign": campaign,
			"test_date": day,
			"full_marks": full,
			"pass_mark": pass_mark,
		}
	).insert(ignore_permissions=True)
	for login, score in SCORES.items():
		frappe.get_doc(
			{
				"doctype": "Study Test Result",
				"study_test": test.name,
				"cadre": cadre_of(login),
				"score": score,
			}
		).insert(ignore_permissions=True)


# (title, type, unit, date, participants, reviewer of their materials, held, problems:
# (kind, raised by, about (None: the team), problem, area))
MEETINGS = (
	(
		"局党组专题民主生活会",
		rule.DEMOCRATIC,
		BUREAU,
		"2026-06-25",
		("wangjianguo", "lihongmei", "zhaozhiqiang", "sunliping", "zhouwenbin"),
		OFFICE,
		True,
		(
			(
				"Self-criticism",
				"wangjianguo",
				None,
				"重大项目决策前调研论证不够充分，存在重建设轻养护倾向",
				"项目建设",
			),
			(
				"Criticism",
				"zhouwenbin",
				"lihongmei",
				"深入基层养护一线调研次数偏少，掌握情况不够及时",
				"道路养护",
			),
		),
	),
	(
		"公路养护中心党支部专题组织生活会",
		rule.ORGANISATIONAL,
		"公路养护中心党支部",
		"2026-06-18",
		("caoli", "gaofeng", "shenguo"),
		"lihongmei",
		True,
		(("Criticism", "caoli", "shenguo", "路面病害巡查记录填写不规范，问题上报不及时", "道路养护"),),
	),
	(
		"运输管理所党支部专题组织生活会",
		rule.ORGANISATIONAL,
		"运输管理所党支部",
		"2026-12-10",
		("yuanbo", "guoxiaoyan"),
		None,
		False,
		(),
	),
)


def make_meetings(campaign, cadre_of):
	for title, kind, unit, day, people, reviewer, held, problems in MEETINGS:
		participants = []
		for login in people:
			material = None
			if reviewer:
				material = make_output(
					campaign, cadre_of(login), "Personal Analysis Material", f"{title}个人剖析材料"
				)
				advance(material, cadre_of(login), cadre_of(reviewer), "reviewed")
				# the review happened before the meeting (the demo's story dates lie in the past)
				frappe.db.set_value("Study Output", material, "reviewed_on", add_days(day, -5))
			participants.append({"cadre": cadre_of(login), "material": material})
		doc = frappe.get_doc(
			{
				"doctype": "Review Meeting",
				"title": title,
				"meeting_type": kind,
				"campaign": campaign,
				"unit": unit,
				"meeting_date": day,
				"host": cadre_of(people[0]),
				"participants": participants,
				"problems": [
					{
						"kind": k,
						"raised_by": cadre_of(by),
						"cadre": about and cadre_of(about),
						"problem": text,
						"area": area,
					}
					for k, by, about, text, area in problems
				],
			}
		)
		if kind == rule.DEMOCRATIC:
			team = make_output(
				campaign, cadre_of(people[0]), "Self-examination Material", "局党组班子对照检查材料"
			)
			advance(team, cadre_of(people[0]), cadre_of(reviewer), "reviewed")
			frappe.db.set_value("Study Output", team, "reviewed_on", add_days(day, -5))
			doc.team_material = team
		doc.insert(ignore_permissions=True)
		if held:
			doc.status = rule.HELD
			doc.save(ignore_permissions=True)
