"""The county Transport Bureau of the seed plan (../shared/seed/campaign-plan.zh.txt), as demo data."""

BUREAU = "县交通运输局"
EMAIL_DOMAIN = "jtj.example.cn"

# (unit name, unit type, parent unit)
UNITS = [
	(BUREAU, "Bureau", None),
	("局机关", "Bureau", BUREAU),
	("办公室", "Section", "局机关"),
	("规划建设股", "Section", "局机关"),
	("公路管理股", "Section", "局机关"),
	("运输管理股", "Section", "局机关"),
	("安全监督股", "Section", "局机关"),
	("财务审计股", "Section", "局机关"),
	("政策法规股", "Section", "局机关"),
	("局机关党支部", "Party Branch", "局机关"),
	("公路养护中心", "Subordinate Unit", BUREAU),
	("城关养护站", "Subordinate Unit", "公路养护中心"),
	("乡村公路养护站", "Subordinate Unit", "公路养护中心"),
	("公路养护中心党支部", "Party Branch", "公路养护中心"),
	("运输管理所", "Subordinate Unit", BUREAU),
	("客运站场管理组", "Subordinate Unit", "运输管理所"),
	("运输管理所党支部", "Party Branch", "运输管理所"),
	("交通综合行政执法大队", "Subordinate Unit", BUREAU),
	("执法一中队", "Subordinate Unit", "交通综合行政执法大队"),
	("执法二中队", "Subordinate Unit", "交通综合行政执法大队"),
	("执法大队党支部", "Party Branch", "交通综合行政执法大队"),
]

L, P, U, C, F = "Leadership Member", "Principal Leader", "Unit Leader", "Party Cadre", "Frontline Staff"

# (login, full name, gender, unit, post, level, party member, heads this unit)
CADRES = [
	("wangjianguo", "王建国", "Male", "局机关", "党组书记、局长", P, 1, BUREAU),
	("lihongmei", "李红梅", "Female", "局机关", "党组成员、副局长", L, 1, "局机关"),
	("zhaozhiqiang", "赵志强", "Male", "局机关", "党组成员、副局长", L, 1, None),
	("sunliping", "孙丽萍", "Female", "局机关", "党组成员、副局长", L, 1, None),
	("zhouwenbin", "周文斌", "Male", "局机关", "党组成员、纪检组长", L, 1, None),
	("chenjing", "陈静", "Female", "办公室", "办公室主任", U, 1, "办公室"),
	("liuyang", "刘洋", "Male", "规划建设股", "股长", U, 1, "规划建设股"),
	("yangfan", "杨帆", "Male", "公路管理股", "股长", U, 1, "公路管理股"),
	("huangli", "黄莉", "Female", "运输管理股", "股长", U, 1, "运输管理股"),
	("wuqiang", "吴强", "Male", "安全监督股", "股长", U, 1, "安全监督股"),
	("xuhui", "徐慧", "Female", "财务审计股", "股长", U, 1, "财务审计股"),
	("zhulei", "朱磊", "Male", "政策法规股", "股长", U, 1, "政策法规股"),
	("gaofeng", "高峰", "Male", "公路养护中心", "主任", U, 1, "公路养护中心"),
	("linhai", "林海", "Male", "城关养护站", "站长", U, 1, "城关养护站"),
	("heping", "何平", "Male", "乡村公路养护站", "站长", U, 1, "乡村公路养护站"),
	("guoxiaoyan", "郭晓燕", "Female", "运输管理所", "所长", U, 1, "运输管理所"),
	("maliang", "马良", "Male", "客运站场管理组", "组长", U, 1, "客运站场管理组"),
	("luojun", "罗军", "Male", "交通综合行政执法大队", "大队长", U, 1, "交通综合行政执法大队"),
	("liangchao", "梁超", "Male", "执法一中队", "中队长", U, 1, "执法一中队"),
	("songtao", "宋涛", "Male", "执法二中队", "中队长", U, 1, "执法二中队"),
	("zhengyu", "郑宇", "Male", "办公室", "综合文字岗", C, 1, None),
	("xieting", "谢婷", "Female", "办公室", "党建专干", C, 1, "局机关党支部"),
	("hanbing", "韩冰", "Female", "规划建设股", "项目管理岗", C, 1, None),
	("tangwei", "唐伟", "Male", "公路管理股", "路政管理岗", C, 1, None),
	("fengxue", "冯雪", "Female", "运输管理股", "运政管理岗", C, 1, None),
	("dongpeng", "董鹏", "Male", "安全监督股", "安全监管岗", C, 1, None),
	("xiaoyun", "萧云", "Female", "财务审计股", "会计", C, 1, None),
	("chengming", "程明", "Male", "政策法规股", "法制审核岗", C, 1, None),
	("caoli", "曹丽", "Female", "公路养护中心", "技术员", C, 1, "公路养护中心党支部"),
	("yuanbo", "袁博", "Male", "运输管理所", "稽查员", C, 1, "运输管理所党支部"),
	("denghua", "邓华", "Male", "交通综合行政执法大队", "法制员", C, 1, "执法大队党支部"),
	("xujie", "许杰", "Male", "执法一中队", "执法队员", C, 1, None),
	("fuqiang", "傅强", "Male", "城关养护站", "养护工", F, 0, None),
	("shenguo", "沈国", "Male", "城关养护站", "养护工", F, 1, None),
	("zengli", "曾立", "Male", "乡村公路养护站", "养护工", F, 0, None),
	("pengyi", "彭毅", "Male", "乡村公路养护站", "机械操作员", F, 1, None),
	("luxia", "卢霞", "Female", "客运站场管理组", "站务员", F, 0, None),
	("jiangnan", "蒋楠", "Male", "执法一中队", "执法辅助员", F, 0, None),
	("caiyu", "蔡雨", "Female", "执法二中队", "执法队员", F, 1, None),
	("jiadong", "贾东", "Male", "执法二中队", "执法辅助员", F, 0, None),
]

CAMPAIGN = {
	"title": "树立和践行正确政绩观学习教育",
	"start_date": "2026-02-24",
	"end_date": "2026-07-31",
	"status": "In Progress",
	"office_unit": "办公室",
	"goals": (
		"<ol>"
		"<li>思想认识深化：把握正确政绩观核心要义，破除重建设轻养护、重短期轻长远、重数量轻质量等错误认知。</li>"
		"<li>问题查摆精准：查找交通规划编制、项目建设、道路养护、运输服务、行业执法、民生保障等方面的差距。</li>"
		"<li>整改整治有力：边查边改、立行立改，切实解决交通领域群众急难愁盼问题。</li>"
		"<li>制度机制完善：健全科学决策、考核评价、监督管理、养护服务等机制。</li>"
		"<li>担当作为提升：把学习教育成果转化为交通干事创业的实际行动。</li>"
		"</ol>"
	),
}

# (login, role in the leading group, duty)
LEADING_GROUP = [
	("wangjianguo", "Leader", "统筹推进学习教育各项工作"),
	("lihongmei", "Deputy Leader", "分管规划建设、公路管理"),
	("zhaozhiqiang", "Deputy Leader", "分管运输管理、安全监督"),
	("sunliping", "Deputy Leader", "分管财务审计、政策法规"),
	("zhouwenbin", "Deputy Leader", "监督执纪、督导检查"),
	("liuyang", "Member", ""),
	("yangfan", "Member", ""),
	("huangli", "Member", ""),
	("wuqiang", "Member", ""),
	("xuhui", "Member", ""),
	("zhulei", "Member", ""),
	("gaofeng", "Member", ""),
	("guoxiaoyan", "Member", ""),
	("luojun", "Member", ""),
	("chenjing", "Office", "领导小组办公室主任，负责日常组织协调"),
	("zhengyu", "Office", "材料报送、督促指导"),
]
