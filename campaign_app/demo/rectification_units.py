"""The rest of the demo bureau's problems and items, so that every unit of demo/data.py has problems and
items in several states, lights and both kinds: the seed's 六(二) 查摆 (规划, 建设, 养护, 运输服务, 执法, 安全,
作风) and 六(三) 整改整治, unit by unit, in the formats of rectification_data.

Dates are days from the day the demo is loaded. An item belongs to its problem's unit; its leader in charge
is that unit's 分管 leader (as in the leading group's duties) unless the row names one; its ledger is
一班一账 (Team) for a leadership team's problem, else 一人一账 (Person).
"""

from campaign_app.domain import rectification as rule

TEAM, CADRE, PERSON = "Leadership Team", "Leading Cadre", "Individual"
IM, LT = rule.IMMEDIATE, rule.LONG_TERM
DRAFT, REVIEW, RECTIFYING = rule.DRAFT, rule.REVIEW, rule.RECTIFYING
ASKED, CLOSED, REOPENED = rule.CLOSE_REQUESTED, rule.CLOSED, rule.LOOK_BACK
RETURNED = "Returned at close-out"  # asked to close, sent back by the verifier for more evidence

# the leader in charge (分管) of each unit
LEADER_OF = {
	"县交通运输局": "wangjianguo",
	"局机关": "wangjianguo",
	"办公室": "wangjianguo",
	"局机关党支部": "wangjianguo",
	"规划建设股": "lihongmei",
	"公路管理股": "lihongmei",
	"公路养护中心": "lihongmei",
	"城关养护站": "lihongmei",
	"乡村公路养护站": "lihongmei",
	"公路养护中心党支部": "lihongmei",
	"运输管理股": "zhaozhiqiang",
	"安全监督股": "zhaozhiqiang",
	"运输管理所": "zhaozhiqiang",
	"客运站场管理组": "zhaozhiqiang",
	"运输管理所党支部": "zhaozhiqiang",
	"交通综合行政执法大队": "zhaozhiqiang",
	"执法一中队": "zhaozhiqiang",
	"执法二中队": "zhaozhiqiang",
	"执法大队党支部": "zhaozhiqiang",
	"财务审计股": "sunliping",
	"政策法规股": "sunliping",
}

# Units whose last progress reports are more than a month old: the dispatch round chases them (FIX-4)
LATE_REPORTERS = ("局机关", "乡村公路养护站", "执法一中队")
# Deviations the early-warning rules should find in the demo (RULE-3): one close-out photo set reused on
# two items, and one item whose progress jumps to 100 % without evidence (its row gives the reports).
SHARED_EVIDENCE = ("对城区过境路段排水设施全面疏通", "对近一年养护台账开展自查，纠正补记问题")

# The tables read row by row: ruff would put each field on a line of its own.
# fmt: off
# (key, level, unit, cadre login or None, area, source, theme or None, programmes, title)
ISSUES = [
	("assess", TEAM, "县交通运输局", None, "其他", "Pointed Out by Superiors", "形象工程/政绩工程", ["“十五五”交通运输发展规划实施"], "政绩考核存在“唯项目数量”“唯投资金额”倾向，养护质量和群众满意度权重偏低"),
	("burden", TEAM, "县交通运输局", None, "其他", "Supervision", "形式主义官僚主义", ["八项规定精神整改"], "文件会议偏多，督查检查考核过频，为基层减负落实不到位"),
	("research", TEAM, "局机关", None, "其他", "Democratic Life Meeting", "形式主义官僚主义", [], "局机关调查研究浮于表面，到基层一线解决实际问题少"),
	("duty", CADRE, "局机关", "sunliping", "其他", "Raised by Peers", None, [], "履行“一岗双责”不到位，对分管股室整改督促不够"),
	("papers", PERSON, "办公室", "zhengyu", "其他", "Self Inspection", "形式主义官僚主义", [], "学习教育材料层层加码，重留痕轻实效"),
	("hotline", CADRE, "办公室", "chenjing", "民生保障", "Petition or Hotline", "漠视群众出行需求", [], "12328热线转办件办理超时，回访不及时"),
	("showcase", CADRE, "规划建设股", "liuyang", "项目建设", "Supervision", "形象工程/政绩工程", ["中央巡视整改"], "个别项目贪大求洋，县城景观大道提升工程超出实际需要"),
	("wages", PERSON, "规划建设股", "hanbing", "项目建设", "Petition or Hotline", None, [], "对施工单位拖欠农民工工资问题督促不力"),
	("roadchief", CADRE, "公路管理股", "yangfan", "道路养护", "Self Inspection", None, ["农村公路管养体制改革"], "农村公路“路长制”落实不到位，县乡村三级路长职责不清"),
	("roadside", PERSON, "公路管理股", "tangwei", "行业执法", "Public Opinion", None, [], "路政巡查不到位，公路两侧违法建筑和占道堆物清理不及时"),
	("logistics", CADRE, "运输管理股", "huangli", "运输服务", "Solicited Opinion", "漠视群众出行需求", ["“十五五”交通运输发展规划实施"], "农村物流配送体系建设滞后，快递进村“最后一公里”不畅"),
	("taxi", PERSON, "运输管理股", "fengxue", "运输服务", "Petition or Hotline", None, [], "出租车、网约车投诉处理不及时，拒载绕路问题反映多"),
	("cliffs", CADRE, "安全监督股", "wuqiang", "安全生产监管", "Pointed Out by Superiors", None, [], "临水临崖路段安全防护设施缺失，隐患整治推进缓慢"),
	("funds", CADRE, "财务审计股", "xuhui", "道路养护", "Supervision", None, ["中央巡视整改"], "养护资金拨付审核把关不严，重拨付轻绩效"),
	("expenses", PERSON, "财务审计股", "xiaoyun", "其他", "Self Inspection", None, ["八项规定精神整改"], "公务接待和差旅费报销审核不细，个别票据附件不全"),
	("legalcheck", PERSON, "政策法规股", "chengming", "行业执法", "Self Inspection", "执法不规范", [], "行政执法“三项制度”落实不到位，重大执法决定法制审核走过场"),
	("branch_hq", TEAM, "局机关党支部", None, "其他", "Organisational Life Meeting", "形式主义官僚主义", [], "“三会一课”质量不高，组织生活会批评和自我批评辣味不足"),
	("upkeep", TEAM, "公路养护中心", None, "道路养护", "Democratic Life Meeting", "形象工程/政绩工程", ["农村公路管养体制改革"], "重建设轻养护，日常养护投入不足，部分农村公路“畅返不畅”"),
	("testing", PERSON, "公路养护中心", "caoli", "道路养护", "Pointed Out by Superiors", "建设养护数据造假", [], "养护工程质量检测数据不实，个别路段压实度报告与现场不符"),
	("potholes", PERSON, "城关养护站", "fuqiang", "道路养护", "Petition or Hotline", "漠视群众出行需求", [], "县城过境路段坑槽修补不及时，雨后积水影响通行"),
	("x032", CADRE, "乡村公路养护站", "heping", "道路养护", "Public Opinion", "漠视群众出行需求", ["农村公路管养体制改革"], "X032线等农村公路坑槽多、排水不畅，群众多次反映未彻底解决"),
	("machines", PERSON, "乡村公路养护站", "pengyi", "道路养护", "Self Inspection", None, [], "养护机械设备管理粗放，带病作业、保养记录缺失"),
	("branch_road", TEAM, "公路养护中心党支部", None, "其他", "Organisational Life Meeting", None, [], "支部党建与养护业务“两张皮”，一线党员先锋作用发挥不明显"),
	("lastbus", CADRE, "运输管理所", "guoxiaoyan", "运输服务", "Solicited Opinion", "漠视群众出行需求", [], "城乡公交末班车发车过早，务工人员下班后无车可乘"),
	("inspect", PERSON, "运输管理所", "yuanbo", "行业执法", "Solicited Opinion", "执法不规范", [], "运输市场稽查重处罚轻服务，对企业指导帮扶不够"),
	("elderly", CADRE, "客运站场管理组", "maliang", "民生保障", "Solicited Opinion", None, [], "客运站适老化设施不足，候车厅缺少老人休息座椅和无障碍通道"),
	("peak", PERSON, "客运站场管理组", "luxia", "运输服务", "Public Opinion", None, [], "节假日客流高峰售票窗口开放不足，旅客排队时间长"),
	("branch_transport", TEAM, "运输管理所党支部", None, "其他", "Organisational Life Meeting", None, [], "支部对党员日常教育管理不严，个别党员窗口服务意识淡薄"),
	("fines", TEAM, "交通综合行政执法大队", None, "行业执法", "Pointed Out by Superiors", "执法不规范", ["中央巡视整改"], "存在“以罚代管”倾向，罚没收入与考核挂钩"),
	("manner", PERSON, "交通综合行政执法大队", "denghua", "行业执法", "Petition or Hotline", "执法不规范", [], "治超站执法人员对货车司机态度生硬，执法用语不规范"),
	("auxiliary", CADRE, "执法一中队", "liangchao", "行业执法", "Supervision", "执法不规范", [], "执法辅助人员超越职权独立执法，持证上岗制度执行不严"),
	("repeatcheck", PERSON, "执法二中队", "caiyu", "行业执法", "Public Opinion", "执法不规范", [], "对运输企业检查频次过多、重复检查，影响企业正常经营"),
	("nightpatrol", PERSON, "执法二中队", "jiadong", "安全生产监管", "Self Inspection", "形式主义官僚主义", [], "夜间路面巡查流于形式，巡查记录与执法记录仪轨迹不一致"),
	("branch_law", TEAM, "执法大队党支部", None, "其他", "Organisational Life Meeting", None, [], "对执法队员廉洁从政教育针对性不强，警示教育形式单一"),
]

# (issue key, measure, responsible login, kind, start, deadline, target, progress or the reports'
#  percents, leader login when not the 分管 leader of the problem's unit, which is the item's unit too)
ROWS = [
	("assess", "修订局机关及下属单位考核评价办法，增设养护质量、安全生产、群众满意度指标", "chenjing", IM, -100, 20, CLOSED, 100),
	("assess", "建立重点项目“前评估+后评价”制度，对已建成项目开展绩效后评价", "chenjing", LT, -90, 150, RECTIFYING, 35),
	("burden", "精简会议文件，局发文件和会议数量压减三成以上", "zhengyu", IM, -80, 40, ASKED, 100),
	("burden", "统筹督查检查考核事项，实行年度计划和备案管理", "chenjing", IM, -30, 60, REVIEW, 0),
	("research", "建立局领导班子成员基层联系点制度，每人每季度到联系点调研不少于2次", "chenjing", LT, -120, 60, RECTIFYING, 55),
	("research", "建立调研成果转化台账，调研所提问题逐项明确责任股室", "zhengyu", IM, -45, -3, RECTIFYING, 70),
	("duty", "建立分管领导每月听取分管股室和下属单位整改情况汇报制度", "zhengyu", IM, -20, 40, DRAFT, 0, "sunliping"),
	("papers", "清理学习教育材料报送要求，取消非必要台账和痕迹材料", "zhengyu", IM, -60, 10, CLOSED, 100),
	("papers", "推行基层报表“一表通”，同一数据只报一次", "zhengyu", LT, -40, 120, RECTIFYING, 30),
	("hotline", "实行12328热线转办件限时办结和回访制度，每月通报办理情况", "chenjing", IM, -50, 2, RECTIFYING, 80),
	("showcase", "对在建和拟建项目开展必要性复核，叫停超标准景观提升内容", "liuyang", IM, -100, 5, CLOSED, 100),
	("showcase", "将项目建设标准审查纳入“三重一大”决策前置程序", "hanbing", IM, -15, 45, DRAFT, 0),
	("wages", "建立在建交通项目农民工工资支付月度核查台账", "hanbing", IM, -10, 20, REVIEW, 0),
	("roadchief", "制定农村公路县乡村三级路长职责清单，建立路长巡查通报制度", "yangfan", IM, -90, 10, CLOSED, 100),
	("roadchief", "推进农村公路管养体制改革，落实乡镇养护主体责任和养护资金", "yangfan", LT, -150, 60, RECTIFYING, 60),
	("roadside", "开展公路两侧违法建筑和占道堆物集中清理", "tangwei", IM, -40, 15, ASKED, 100),
	("logistics", "整合客货邮资源，建设县乡村三级物流配送节点", "huangli", LT, -120, 180, RECTIFYING, 45),
	("logistics", "开通3条农村客货邮融合线路", "fengxue", IM, -60, -2, RECTIFYING, 75),
	("taxi", "建立出租车、网约车投诉受理、调查、反馈闭环机制，7个工作日内办结", "fengxue", IM, -75, 10, CLOSED, 100),
	("taxi", "开展出租车行业服务质量专项整治", "huangli", IM, -60, 20, CLOSED, 100),
	("cliffs", "对临水临崖、急弯陡坡路段逐段排查，建立隐患清单", "dongpeng", IM, -120, -10, CLOSED, 100),
	("cliffs", "实施农村公路生命安全防护工程，完成42公里护栏安装", "wuqiang", LT, -100, 120, RECTIFYING, 30),
	("cliffs", "在全县中小学校周边道路增设减速带、警示标志和标线", "dongpeng", IM, -20, 25, DRAFT, 0),
	("funds", "建立养护资金拨付前现场核验制度，按养护质量考核结果拨付", "xuhui", IM, -90, 15, CLOSED, 100),
	("funds", "开展近三年农村公路养护资金使用情况专项审计", "xiaoyun", LT, -60, 60, RECTIFYING, 55),
	("expenses", "逐笔复核2025年以来公务接待和差旅报销凭证，补齐附件", "xiaoyun", IM, -45, 10, ASKED, 100),
	("expenses", "修订局机关财务报销审核细则", "xuhui", IM, -30, 2, RETURNED, 90),
	("legalcheck", "制定重大执法决定法制审核目录清单，审核意见书面留存", "chengming", IM, -60, 20, ASKED, 100),
	("legalcheck", "清理规范性文件，对不符合正确政绩观要求的规定提出废改立建议", "zhulei", LT, -90, 90, RECTIFYING, 55),
	("legalcheck", "建立执法案卷季度评查和通报制度", "chengming", IM, -10, 50, REVIEW, 0),
	("branch_hq", "制定“三会一课”年度计划，每季度开展一次主题党日现场教学", "xieting", IM, -90, 10, CLOSED, 100),
	("branch_hq", "建立支部书记讲党课和党员发言点评制度", "xieting", LT, -60, 120, RECTIFYING, 25),
	("branch_hq", "组织党员到农村公路建设一线开展“我为群众办实事”实践活动", "xieting", IM, -20, 40, REVIEW, 0),
	("upkeep", "编制农村公路养护五年规划，明确年度养护里程和资金", "gaofeng", LT, -150, 90, RECTIFYING, 70),
	("upkeep", "推行农村公路日常养护市场化改革，养护作业公开招标", "caoli", LT, 5, 200, REVIEW, 0),
	("testing", "对2025年以来养护工程质量检测报告逐份复核，不实报告严肃追责", "caoli", IM, -60, -8, RECTIFYING, 70),
	("testing", "引入第三方检测机构开展养护工程质量抽检", "gaofeng", IM, -90, 10, CLOSED, 100),
	("potholes", "建立坑槽病害24小时发现、72小时修复快速处置机制", "linhai", IM, -40, 1, RECTIFYING, 90),
	("potholes", "对城区过境路段排水设施全面疏通", "fuqiang", IM, -30, 15, ASKED, 100),
	("potholes", "雨季前完成城关片区易积水点位改造", "shenguo", LT, -20, 120, RECTIFYING, 20),
	("x032", "完成X032线李家湾段坑槽修补和排水沟增设", "zengli", IM, -40, 5, CLOSED, 100),
	("x032", "对辖区农村公路逐线建立病害台账，实行挂图作战", "heping", LT, -90, 90, RECTIFYING, 40),
	("machines", "建立养护机械设备台账和定期保养记录制度", "pengyi", IM, -50, -5, RECTIFYING, 60),
	("machines", "开展养护机械操作人员安全操作培训和考核", "heping", IM, -30, 20, REVIEW, 0),
	("branch_road", "在养护一线设立党员先锋岗和党员责任路段", "caoli", IM, -60, 15, CLOSED, 100),
	("branch_road", "将党员责任路段养护质量纳入党员积分管理", "caoli", LT, -60, 150, RECTIFYING, 10),
	("branch_road", "组织一线职工开展“讲政绩观、比养护实绩”岗位练兵", "caoli", IM, -5, 45, DRAFT, 0),
	("lastbus", "协调公交企业将城乡公交末班车延长至19:30", "guoxiaoyan", IM, -30, 10, CLOSED, 100),
	("lastbus", "建立城乡公交线路和班次动态调整机制，每半年征求一次群众意见", "yuanbo", LT, 3, 150, DRAFT, 0),
	("inspect", "推行运输企业轻微违法“首违不罚”和执法回访制度", "yuanbo", IM, -45, -1, RECTIFYING, 80),
	("inspect", "对重点运输企业开展安全生产和经营规范上门指导", "guoxiaoyan", IM, -60, 30, ASKED, (25, 100)),
	("elderly", "分步实施客运站适老化和无障碍改造，候车厅增设爱心座椅和母婴室", "maliang", LT, -90, 10, CLOSED, 100),
	("elderly", "设立老年旅客购票绿色通道，保留人工售票窗口", "luxia", IM, -30, 2, RECTIFYING, 85),
	("peak", "制定节假日客流高峰应急预案，高峰时段增开临时售票窗口", "maliang", IM, -20, 30, REVIEW, 0),
	("branch_transport", "开展“党员示范窗口”创建，实行服务承诺公示", "yuanbo", IM, -60, 10, CLOSED, 100),
	("branch_transport", "建立党员服务群众评价和积分管理制度", "yuanbo", LT, -100, -4, RECTIFYING, 65),
	("fines", "取消罚没收入考核指标，建立执法质量和服务对象满意度评价", "luojun", IM, -90, 10, CLOSED, 100),
	("fines", "推行执法全过程记录，执法记录仪配备和使用率达到100%", "denghua", LT, -120, 60, CLOSED, 100),
	("manner", "开展文明执法专题培训，制定执法规范用语和行为清单", "denghua", IM, -15, 1, ASKED, 100),
	("manner", "在治超站设立执法监督公示牌和意见箱", "luojun", IM, -10, 30, DRAFT, 0),
	("auxiliary", "清理执法辅助人员岗位职责，严禁辅助人员独立开展执法", "liangchao", IM, -60, 5, CLOSED, 100),
	("auxiliary", "组织执法人员参加执法资格轮训和考试", "xujie", IM, -40, -6, RECTIFYING, 50),
	("auxiliary", "执法辅助人员岗前培训全覆盖，培训合格后方可上岗", "jiangnan", LT, -60, 60, RETURNED, 90),
	("repeatcheck", "推行“综合查一次”，制定年度涉企检查计划并公示", "songtao", LT, -100, 15, ASKED, 100),
	("repeatcheck", "建立涉企检查登记备案制度，未备案不得入企检查", "caiyu", IM, -35, -3, RECTIFYING, 40),
	("nightpatrol", "夜间巡查实行执法记录仪全程记录和轨迹比对", "songtao", IM, -70, -20, REOPENED, 100),
	("nightpatrol", "规范巡查登记，每周抽查巡查记录", "jiadong", IM, -10, 25, DRAFT, 0),
	("branch_law", "每季度开展一次执法领域典型案例警示教育", "denghua", IM, -60, 20, CLOSED, 100),
	("branch_law", "建立执法队员廉政档案和家访谈心制度", "denghua", LT, -45, 135, RECTIFYING, 20),
	("branch_law", "签订廉洁执法承诺书并在执法窗口公示", "denghua", IM, -5, 30, REVIEW, 0),
]
# fmt: on


def expand(row: tuple) -> tuple:
	"""A row in the 11 fields of rectification_data.ITEMS."""
	key, measure, login, kind, start, deadline, target, progress, *leader = row
	level, unit = next(i[1:3] for i in ISSUES if i[0] == key)
	leader = leader[0] if leader else LEADER_OF[unit]
	ledger = "Team" if level == TEAM else "Person"
	return (key, measure, login, unit, leader, kind, ledger, start, deadline, target, progress)


ITEMS = [expand(row) for row in ROWS]
