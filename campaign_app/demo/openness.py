"""Demo of 开门教育 (FIND-2, FIND-3, FIX-8, PUB-1, PUB-2): feedback from several channels in every state
(one overdue, one rated after its rectification closed), livelihood projects led by the leadership
(one member leads none, as the report shows), typical cases, and items the office made public."""

import frappe
from frappe.utils import add_days, today

from campaign_app.demo.actions import run_as
from campaign_app.domain import feedback as rule
from campaign_app.domain.rectification import CLOSED

OFFICE = "chenjing"
# (channel, content, area, unit, received days ago, last step, reply)
FEEDBACK = (
	(
		"12328 Hotline",
		"X032线李家湾段路面坑槽多，雨天积水，过往车辆绕行",
		"道路养护",
		"公路养护中心",
		40,
		"closed",
		"已安排乡村公路养护站对坑槽进行修补，并增设排水沟。",
	),
	(
		"Driver and Public Interview",
		"城乡公交末班车太早，务工人员下班后无车可坐",
		"运输服务",
		"运输管理所",
		30,
		"replied",
		"已协调公交公司将末班车延长至19:30，下月起执行。",
	),
	(
		"Enterprise Forum",
		"道路运输证年审需要跑两次，希望一次办结",
		"运输服务",
		"运输管理所",
		20,
		"handling",
		"",
	),
	("Suggestion Box", "客运站候车厅缺少老人休息座椅", "民生保障", "运输管理所", 12, "handling", ""),
	(
		"Reporting Phone",
		"执法人员在治超站对货车司机态度生硬",
		"行业执法",
		"交通综合行政执法大队",
		15,
		"replied",
		"已对相关执法人员批评教育，并开展文明执法培训。",
	),
	("Online Platform", "建议在学校周边道路增设减速带和警示标志", "安全生产监管", None, 2, "received", ""),
	("Grassroots Visit", "村民反映新修通村路两侧排水不畅", "项目建设", "公路养护中心", 25, "handling", ""),
	("Petition Reception", "施工单位拖欠农民工工资，项目停工", "项目建设", "规划建设股", 9, "received", ""),
)
# (title, lead leader, unit, target, start, deadline, public, milestones: (name, due days from start, done))
PROJECTS = (
	(
		"农村公路“畅返不畅”路段整治",
		"lihongmei",
		"公路养护中心",
		"完成42公里“畅返不畅”路段整治，路况优良率提升5个百分点",
		"2026-03-01",
		"2026-12-31",
		1,
		(
			("摸排建档", 30, True),
			("方案批复", 75, True),
			("施工完成60%", 180, True),
			("全部完工验收", 300, False),
		),
	),
	(
		"建制村通客车提质",
		"zhaozhiqiang",
		"运输管理所",
		"实现建制村客车通达率100%，优化12条农村客运班线",
		"2026-03-10",
		"2026-11-30",
		1,
		(("线路调研", 40, True), ("班线优化", 120, True), ("通达率100%", 260, False)),
	),
	(
		"客运站适老化改造",
		"zhaozhiqiang",
		"运输管理所",
		"完成县客运站无障碍通道、爱心窗口和休息区改造",
		"2026-04-01",
		"2026-10-31",
		0,
		(("设计", 30, True), ("施工", 150, True), ("验收", 200, True)),
	),
	(
		"涉企执法“首违不罚”清单推行",
		"sunliping",
		"交通综合行政执法大队",
		"制定并公开首违不罚清单，涉企执法投诉下降30%",
		"2026-03-15",
		"2027-01-31",
		1,
		(("清单制定", 45, True), ("公开推行", 90, True), ("成效评估", 300, False)),
	),
	(
		"县城主干道交通安全隐患整治",
		"wangjianguo",
		"交通综合行政执法大队",
		"整治县城主干道安全隐患点28处",
		"2026-03-01",
		"2026-09-30",
		1,
		(("隐患排查", 30, True), ("整治完成", 180, False)),
	),
)
CASES = (
	(
		"城关养护站雨夜抢修保畅通",
		"Advanced Example",
		"城关养护站",
		"shenguo",
		"<p>暴雨夜间，城关养护站职工连续奋战6小时清理塌方，保障道路当晚恢复通行。</p>",
	),
	(
		"某中队违规异地执法被通报",
		"Negative Example",
		"执法一中队",
		None,
		"<p>执法一中队个别人员违规开展异地执法，已责令整改并严肃追责，教育全队引以为戒。</p>",
	),
)


def make_openness(campaign: str, cadre_of, email_of) -> int:
	"""Returns how many feedbacks were created (0 on a second run)."""
	if frappe.db.exists("Public Feedback", {"campaign": campaign}):
		return 0
	for row in FEEDBACK:
		make_feedback(campaign, email_of, *row)
	rate_one(campaign)
	for row in PROJECTS:
		make_project(campaign, cadre_of, *row)
	for title, kind, unit, login, story in CASES:
		frappe.get_doc(
			{
				"doctype": "Typical Case",
				"title": title,
				"kind": kind,
				"campaign": campaign,
				"unit": unit,
				"cadre": login and cadre_of(login),
				"story": story,
				"published": 1,
			}
		).insert(ignore_permissions=True)
	for name in frappe.get_all(
		"Rectification Item", filters={"campaign": campaign, "stage": CLOSED}, pluck="name", limit=3
	):
		frappe.db.set_value("Rectification Item", name, "is_public", 1, update_modified=False)
	return len(FEEDBACK)


def make_feedback(campaign, email_of, channel, content, area, unit, days_ago, last, reply):
	doc = frappe.get_doc(
		{
			"doctype": "Public Feedback",
			"channel": channel,
			"campaign": campaign,
			"content": content,
			"area": area,
			"unit": unit,
			"received_on": add_days(today(), -days_ago),
			"anonymous": 1 if channel in ("Reporting Phone", "Suggestion Box") else 0,
			"contact_name": None if channel in ("Reporting Phone", "Suggestion Box") else "群众",
		}
	).insert(ignore_permissions=True)
	if last == "received":
		return
	office = email_of(OFFICE)
	run_as(office, "Public Feedback", doc.name, rule.ACCEPT)
	if last == "handling":
		return
	handler = frappe.db.get_value("Public Feedback", doc.name, "handler_user") or office
	frappe.db.set_value("Public Feedback", doc.name, "reply", reply)
	run_as(handler, "Public Feedback", doc.name, rule.REPLY)
	if last == "closed":
		run_as(office, "Public Feedback", doc.name, rule.CLOSE)


def rate_one(campaign):
	"""The closed feedback about the road is linked to a problem whose items are all closed, and rated."""
	closed = frappe.get_all(
		"Public Feedback", filters={"campaign": campaign, "stage": rule.CLOSED}, pluck="name", limit=1
	)
	issue = frappe.get_all(
		"Campaign Issue", filters={"campaign": campaign, "status": "Rectified"}, pluck="name", limit=1
	)
	if closed and issue:
		frappe.db.set_value(
			"Public Feedback",
			closed[0],
			{"campaign_issue": issue[0], "rating": "Satisfied", "rated_on": frappe.utils.now_datetime()},
		)


def make_project(campaign, cadre_of, title, leader, unit, target, start, deadline, public, milestones):
	frappe.get_doc(
		{
			"doctype": "Livelihood Project",
			"title": title,
			"campaign": campaign,
			"lead_leader": cadre_of(leader),
			"unit": unit,
			"target": target,
			"start_date": start,
			"deadline": deadline,
			"is_public": public,
			"milestones": [
				{
					"milestone": name,
					"due_date": add_days(start, days),
					"done_on": add_days(start, days - 3) if done else None,
				}
				for name, days, done in milestones
			],
			"progress_reports": [
				{
					"report_date": add_days(start, milestones[-2][1] if len(milestones) > 1 else 30),
					"progress": round(100 * sum(1 for m in milestones if m[2]) / len(milestones)),
					"note": "按节点推进",
				}
			],
		}
	).insert(ignore_permissions=True)
