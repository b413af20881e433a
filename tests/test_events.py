"""Event type and date of an article's lead (made-up text)."""
import pytest

from graph_builder.extract.events import find_event, normalise_date
from graph_builder.extract.lexicon import load_lexicons


def event_of(text: str):
    return find_event(text, load_lexicons(), [])


@pytest.mark.parametrize("text, kind", [
    ("近日，家住某小区的韦老人度过了百岁生日，邻里为老人祝寿。", "other"),
    ("5月28日上午，一名女孩不慎落水，路过的青年跳入水中施救。", "other"),
    ("5月3日，市里召开志愿服务工作推进会。", "meeting"),  # a typed trigger wins over an activity word
    ("7月9日，记者从省科技厅获悉，该区与上级部门沟通对接，申报项目通过初评。", "none"),
    ("记者近日从市人社局获悉，全市将继续加大就业帮扶力度。", "none"),  # the source after a date
    ("昨日下午，市人大常委会召开工业经济发展座谈会。", "meeting"),  # 召开工业 is not 开工
    ("4月2日，省长在某市检查指导工作后，于当晚主持召开联防联控会议。", "meeting"),
    ("大河网讯（河南日报全媒体记者 温向阳）3日上午，县文学艺术院揭牌仪式举行。", "ceremony"),
    ("今年以来，该区全面推进垃圾分类，生活垃圾日产日清。", "none"),
    ("连日来，某街道扎实做好防汛工作，确保安全度汛。\n该街道召开防汛专题会议部署工作。", "none"),
    ("连日来，某街道召开防汛专题会议，部署防汛工作。", "meeting"),
    ("6月2日，市长会晤了来访的友好城市代表团。", "talks"),
    ("5月16日，某国友好城市代表团访问我市。", "talks"),
    ("昨日，新图书馆落成，市民排队入馆。", "ceremony"),
    ("9月9日，县里举办乡村振兴论坛。", "meeting"),
    ("6月7日，市委书记在会上要求，各级各部门要提高认识。", "meeting"),  # a speech at a meeting
    ("12月26日，某某大桥正式通车。", "ceremony"),
    ("1月9日，经过村调解员的多次上门协调，两户邻居终于握手言和。", "other"),  # neighbours reconciled
    ("6月2日晚，在社区干部的协调下，舞友和居民当场商定音量减半。", "other"),  # a dispute settled
    ("近日，某区人民法院审结了这起网络侵害名誉权纠纷案。", "other"),  # a case concluded
    ("9月17日晚，二十多名业主代表和社区工作者围坐一堂，为小区停车难题出主意。", "meeting"),  # sitting together
    ("经过评审，确定8部作品为扶持项目。\n某市2022年度文艺精品扶持重点项目评审结果公示", "none"),  # 评审结果: no case
    ("2月6日晚上9点，网格员和志愿者们仍在小区门口的执勤点值守。", "other"),  # a post kept on duty
    ("7月3日中午，一名老人晕倒在路边，路过的护士跪地为他做心肺复苏。", "other"),  # first aid on the spot
    ("3月5日，市委书记到某县实地查看项目进展。", "inspection"),
    ("4月9日，某县举行新兵入伍欢送会。", "meeting"),  # a gathering the lexicon does not name
    ("4月9日，某村举办了一场家风故事会。", "meeting"),
    ("4月9日，某县人民法院公开开庭审理一起案件。", "other"),
    ("昨天上午，某区人民法院把法庭搬到村里的田头，巡回审理一起土地承包纠纷案。", "other"),  # a hearing in the field
    ("经过专家评审会评审，确定了十个项目。", "none"),  # the step a result came through
    ("今年以来，该区签约23个项目，总投资50亿元。", "none"),  # signings counted over a period
    ("一季度，全县累计签约项目12个。", "none"),
    ("4月9日，某区与某集团签约。", "signing"),
    ("近日，在全市重点项目观摩评价活动中，某区接受观摩的4个项目总成绩位居第一。", "none"),  # the result it gave
    ("4月20日，在某村的育苗棚里，村民李某正忙着拔红薯苗。", "other"),  # a caption: people at work
    ("昨日上午10时许，某小区居民楼突发火灾，快递员挨户敲门，二十余名居民安全撤离。", "other"),  # help in an emergency
    ("8月5日下午，一名游客游泳时抽筋，救生员三分钟将其救回岸边。", "other"),
    ("□本报评论员\n边境开放，贵在互利。去年，两地签约项目12个，口岸贸易额大增。", "none"),  # a commentary
    ("■简讯\n本报讯 日前，某镇志愿服务队走进某村，为独居老人免费理发。", "other"),  # under a column label
    # the rest of an article from another page: its opening and date are there
    ("（上接第一版②）日子越过越红火。\n随后，某某某一行来到某街道，看望慰问了老战士。", "other"),
    ("近日，五名志愿者来到敬老院，为老人们打扫卫生。", "other"),  # acts of service and help
    ("4月9日下午，市委书记会见客商。", "talks"),  # 会见 is no field of 客商
    ("4月9日，市委书记在北京拜会某集团董事长。", "talks"),
    ("4月9日，全市经济运行分析会召开。", "meeting"),  # a gathering named before it is held
    ("4月9日，县书法家协会举行书画展，展出作品百余幅。", "other"),  # an organisation, not a gathering
    ("4月9日，市委理论学习中心组举行集中学习。", "meeting"),
    ("4月9日，市委书记为新任职干部讲授专题党课。", "other"),
    ("4月9日，市长到某市，就重点项目开工建设情况进行调研。", "inspection"),  # what the visit looks into
    ("4月9日，第二届太极拳文化节在某县拉开帷幕。", "ceremony"),
    ("4月9日，全市首届农民丰收节隆重举行。", "other"),  # a festival held
    ("4月9日，市长到某新区启动区调研基础设施建设。", "inspection"),  # 启动区 is a zone
    ("4月9日，全市一季度新开工项目观摩活动举行。", "inspection"),
    ("4月9日，某小学的30名学生来到烈士陵园，缅怀革命先烈。", "other"),  # going somewhere on the day
    ("4月9日，某中学举行“成人礼”。", "other"),
    ("4月9日，记者走进某村，只见一排排大棚整齐排列。", "none"),  # the reporter's visit
    ("近日，某县开展“清明祭英烈”主题教育。", "none"),  # no definite day: a campaign, maybe
    ("今年以来，某县组织开展各类培训。", "none"),
    ("4月9日，省考核组对我市脱贫攻坚工作进行考核。", "inspection"),
    ("5月28日上午，市民听到呼救声，立即跳入水中，将女孩救上岸。", "other"),
    ("昨日，一位老人在楼下摔倒，环卫工人及时将她送往医院。", "other"),
    ("今年一季度，全市新签约项目23个，签约金额50亿元。", "none"),  # what was signed, counted
    ("该公司自去年签约以来，累计投资8亿元。", "none"),  # the period a signing opened
    ("9月9日，全县最美教师表彰大会举行，县领导为获奖教师颁发证书。", "ceremony"),  # awards handed over
    ("7月21日夜，某村300余名群众被困。接到求援后，武警官兵连夜冒雨赶赴现场，逐户搜救。", "other"),  # a rescue
    ("近日，记者走访了市区多家农贸市场，蔬菜价格总体平稳。", "none"),  # the reporter's own rounds
    ("9月9日，全县教育工作表彰大会召开，会议总结了一年来的工作。", "meeting"),
    ("今年以来，我市坚持“签约即开工”的理念。截至目前，已有35个项目开工建设。", "none"),  # a slogan; a tally
    ("4月9日，全市表彰大会暨颁奖仪式在市会展中心举行。", "ceremony"),  # a joint name: its head was held
    ("9月9日，全市优秀教师表彰大会举行，200名优秀教师受到表彰。", "ceremony"),  # commended by number
    ("9月3日凌晨，一艘渔船失去动力。经过5个多小时的接力救援，9名渔民全部获救。", "other"),  # through a rescue
    ("12月14日晚，城郊派出所接到群众报警，称一名老人在站台旁徘徊。", "other"),  # the police answer a call
    ("9月20日，某村村民柯金枝（左）和邻居在晾晒刚收获的玉米。本报通讯员 甘宇 摄", "other"),  # people in a caption
    ("5月10日，在某镇高标准农田示范区，收割机正在抢收小麦。本报记者 卓雷 摄", "none"),  # machines, no one
    ("5月8日，某县为10名见义勇为先进个人颁发证书和奖金。", "ceremony"),  # awards handed over
    ("上周六，“某某讲坛”第二十三讲在市图书馆报告厅开讲。", "other"),  # a lecture series
    ("3月上旬，“运河记忆——文物图片展”在市博物馆开展，已接待观众1.5万人次。", "other"),  # a show, its visitors
    ("4月9日，全市重点项目集中开工暨观摩活动举行。", "inspection"),
    ("4月9日，某文化节开幕式暨招商推介大会举行。", "ceremony"),  # a meeting is a ceremony's setting
    ("日前，市妇联来到某村，为留守儿童送去书包。", "other"),  # a visit on a vague day
    ("4月9日，书画家们为村民书写春联。", "other"),  # a service done for people that day
    ("该镇是农业大镇，盛产小麦。\n镇里与某公司签约，建设面粉厂。", "none"),  # undated: a feature's background
    ("目前，该项目正在加紧建设，预计年底投用。" * 10, "none"),  # a report, not a caption
    # work over a period summed up first: a meeting told after it is an example
    ("今年以来，某县先后出台政策措施20余项。4月9日，县里召开营商环境推进会。", "none"),
    ("今年以来，某街道推进改革。3月份，街道召开专题会议，研究部署工作。", "none"),
    ("4月9日，我市与某市就跨区域生态补偿机制进行会商。", "talks"),
    ("4月9日，某区“道德讲堂”开课，市劳模讲述了自己的成长故事。", "other"),  # a lecture series
    ("4月9日，长篇小说《太行山下》首发式在市图书馆举行。", "ceremony"),
    ("4月12日，第十届全市中小学生运动会闭幕式在市体育场举行。", "ceremony"),
    ("4月9日，市十五届人大三次会议胜利闭幕。", "meeting"),
    ("4月9日，县协会商户代表来到敬老院，为老人送去米面。", "other"),  # 协会商户 is not 会商
    # an inspection word inside the name of a meeting held
    ("按照省委统一部署，4月9日，我市召开全市巡视整改工作推进会。", "meeting"),
    ("4月9日，全县项目对接工作座谈会在县行政中心召开。", "meeting"),
    ("4月9日，县长到某镇督导秸秆禁烧工作，并召开座谈会。", "inspection"),
    ("4月9日，县长到某镇检查去年10月开工的某项目建设情况。", "inspection"),  # 开工的: a modifier
    ("4月9日，市长到已签约的某公司调研。", "inspection"),
    ("清明节前夕，4月9日，某中学组织学生到烈士陵园祭扫。", "other"),  # the day after the season
    # tallies over a period, standing practices, a group named for its task
    ("某区持续推动项目建设。截至目前，全区35个重点项目已开工31个。", "none"),
    ("一年来，该局累计开展执法检查230余次，查处违法案件45起。", "none"),
    ("该县建立了常态化会商机制，每月召开一次联席会议。", "none"),
    ("4月9日，某市考察团来我县学习交流，双方进行了座谈。", "talks"),
    ("4月9日，省督导组莅临我市。", "inspection"),  # the group's name tells what it came for
    ("4月9日，市长到某县调研3个重点项目。", "inspection"),  # what was visited, not how often
    ("4月9日下午至10日，全市主题教育读书班在市委党校举办。", "meeting"),
    ("记者温秀秀多年来很少回老家。这次她参加了大型采风活动。", "other"),  # a life over the years
    ("9日，春雨绵绵。当天，某社区志愿者走进敬老院为老人理发。", "other"),  # the day said again
    ("“当天下午，他又赶到了另一个村。”说起老支书，村民们都很感动。", "none"),  # a day in quoted words
    ("从4月15日起至5月15日，全市开展为期一个月的交通秩序集中整治。", "none"),  # a campaign's period
    # the day said again at the next paragraph's start, its act there
    ("“阿姨，您先别急着转账！”2月10日上午，某银行柜员甘婷婷成功拦截一起电信诈骗。\n当天10时许，储户李女士来到柜台。", "other"),
    # lost money picked up and returned
    ("3月5日晚，出租车司机甘建华在车上捡到一个装有5万元现金的挎包，将挎包完璧归赵。", "other"),
    # a gathering for matching banks and firms is a meeting
    ("5月17日上午，由市政府主办的2011年某市银企对接洽谈会在市会展中心召开。", "meeting"),
    # good deeds and emergencies told as a story; a commentary on the paper's earlier report
    ("7月14日傍晚，一名男孩失足滑入江中。路过的货车司机甘德勇跳入江中，把孩子救上了岸。", "other"),
    ("3月8日晚，在某派出所，客商柯国华接过失而复得的黑色提包，激动得连声道谢。", "other"),
    ("3月9日7时40分许，两车相撞，司机被困。路过的居民卓峰赶紧拨打119、120。", "other"),
    ("10月7日凌晨，村党支部书记甘建业带着村干部挨家挨户敲门，组织村民转移。", "other"),
    ("前不久，本报报道了快递员甘志坚拾金不昧的事：他捡到一个手提包，把包交还给了失主。", "none"),
    # anniversaries celebrated; a doctor's examination is no inspection
    ("9月22日上午，某集团有限公司建厂60周年庆典在新厂区举行。", "ceremony"),
    ("10月13日上午，某中学建校80周年庆祝大会在该校体育场隆重举行。", "ceremony"),
    ("11月10日，某医院团队为一名患者实施了手术。\n患者家住某县，检查显示，老人的主动脉瓣严重钙化。", "none"),
    # a checkpoint's duty for those who pass, stem cells given
    ("2月6日，寒风中，某村的防控卡点前，老党员甘天赐一丝不苟地为过往群众登记、测温。", "other"),
    ("2月18日上午，快递小哥柯鹏飞经过近4个小时的采集，成功捐献了220毫升造血干细胞混悬液。", "other"),
])
def test_event_type(text, kind):
    assert event_of(text).type == kind


def test_a_lead_that_tells_only_who_attended_reports_an_activity():
    assert event_of("4月6日，县委书记、县长、县人大常委会主任等四大班子领导出席。").type == "other"
    assert event_of("4月6日，县委书记等县领导出席会议。").type == "meeting"
    assert event_of("4月6日，记者从县统计局获悉，县领导出席。").type == "none"


@pytest.mark.parametrize("text, date", [
    ("农历正月初七，节后上班第一天，园区里机器轰鸣。", "农历正月初七"),
    ("428日，区长主持召开重点项目推进会。", "428日"),
    ("本报北京4月2日电（特派记者 高明远）4月1日下午，代表团分组审议报告。", "4月1日下午"),
    ("□晚报记者 钱多多\n这次采风活动让她多年心愿得偿。", None),
    # the date of the activity, not of what came before it
    ("7月18日晚至19日，全市下起暴雨。7月19日5时30分，区委书记冒雨督导检查防汛工作。", "7月19日5时30分"),
    ("为落实4月1日全省会议精神，昨日下午，市里召开推进会。", "昨日下午"),
    # a feature that opens on a scene: the date that opens a later paragraph
    ("村道整洁，绿树成行，恍惚间以为身处城区。\n4月16日，春雨初歇，村里空气清新。", "4月16日"),
    ("今年年初以来，该镇打造党员课堂。\n课堂每月开课，26日又有新课。", None),
    # days of the week, of this month, and times named by a festival
    ("上周五，县长到乡镇督导工作。", "上周五"),
    ("本月8日，市委书记会见了客商。", "本月8日"),
    ("春节前夕，市委书记走访慰问困难群众。", "春节前夕"),
    ("春节前夕，1月20日上午，市委书记到某村慰问。", "1月20日上午"),
    ("周一鸣主持召开会议。", None),  # a name, not a Monday
    ("8月1日前夕，区委常委带队走访慰问老战士。", "8月1日前夕"),
    ("前天下午，市委书记到某县调研。", "前天下午"),
    # as Taiwan, Hong Kong and Macau write them (in the simplified shadow)
    ("县长昨（9）日上午前往某乡视察灾情。", "昨（9）日上午"),
    ("县长于113年4月9日上午主持县务会议。", "113年4月9日上午"),
    ("４月９日（周二）上午10时，某府举行授勋典礼。", "４月９日（周二）上午10时"),
    ("行政长官昨日（9日）上午在政府总部会见代表团。", "昨日（9日）上午"),
    ("局长星期一（4月15日）上午出席启动礼。", "星期一（4月15日）上午"),
    ("某县政府于民国113年元旦上午举行升旗典礼。", "民国113年元旦上午"),
    # the day just named, spans of days, a period's bound
    ("为庆祝“三八”妇女节，当天，某社区组织妇女开展趣味运动会。", "当天"),
    ("当日上午，县委召开常委会会议。", "当日上午"),
    ("4月9日是某县“志愿服务日”，当天，200余名志愿者走上街头。", "4月9日"),
    ("在志愿服务活动当天，志愿者们早早来到广场。", None),  # 活动当天 opens no clause
    ("4月9日—10日，全市宣传部长培训班举办。", "4月9日—10日"),
    ("9日到11日，省督导组在我市督导。", "9日到11日"),
    ("4月9日上午至下午，县长先后到5个乡镇检查防汛工作。", "4月9日上午至下午"),
    ("“当天下午，他又赶到了另一个村。”说起老支书，村民们都很感动。", None),
    ("近日，市公交公司发布公告，自4月15日起调整3路公交线路走向。", "近日"),
    ("近日，县政府发布通告，截至4月30日，城区禁止燃放烟花爆竹。", "近日"),
    ("近日，县政府发布通告，4月30日前完成整治。", "近日"),
    ("日前，副市长到某区调研。4月9日，某区召开会议落实调研要求。", "日前"),
    ("7月21日夜，受强降雨影响，某村积水上涨。", "7月21日夜"),  # the night of a day
    # part of a month, when no day is written; never a deadline
    ("4月上旬，市安委会暗访组深入企业检查。", "4月上旬"),
    ("本月初，省卫健委公布了优秀乡村医生名单。", "本月初"),
    ("力争6月底前，全面完成整治任务。", None),
    ("11月下旬，督导组来县督导。11月25日，县里召开会议。", "11月下旬"),
    # the hour after the time of day, also of a relative day; dawn and dusk
    ("9月6日清晨5时许，天刚蒙蒙亮，环卫工人拾得一个手提包。", "9月6日清晨5时许"),
    ("本报讯 昨日上午10时许，某小区一居民楼突发火灾。", "昨日上午10时许"),
    # with no day in the lead, the dateline's
    ("本报某地6月12日讯（记者 某某）上午9时，某州与某公司签署合作协议。", "6月12日"),
])
def test_first_date_as_written(text, date):
    assert event_of(text).date_text == date


def test_dates_that_name_no_day_normalise_to_none():
    import datetime as dt
    assert normalise_date("农历正月初七", dt.date(2021, 2, 20)) is None
    assert normalise_date("428日", dt.date(2021, 5, 1)) is None
    assert normalise_date("4月28日", dt.date(2021, 5, 1)) == dt.date(2021, 4, 28)
    assert normalise_date("上周五", dt.date(2019, 4, 10)) == dt.date(2019, 4, 5)
    assert normalise_date("周一上午", dt.date(2019, 4, 10)) == dt.date(2019, 4, 8)
    assert normalise_date("上月28日", dt.date(2019, 1, 10)) == dt.date(2018, 12, 28)
    assert normalise_date("春节前夕", dt.date(2019, 1, 10)) is None
    assert normalise_date("前天下午", dt.date(2019, 4, 10)) == dt.date(2019, 4, 8)


def test_the_activity_after_a_destination_and_talks_with_a_party():
    from graph_builder.pipeline import shared_nlp
    nlp = shared_nlp()
    assert nlp("4月9日，市委书记王某到某县重点项目开工现场调研。")._.gb_event.type == "inspection"
    assert nlp("4月9日，市长王某与某集团董事长李某座谈。")._.gb_event.type == "talks"
    assert nlp("4月9日，市委召开座谈会。")._.gb_event.type == "meeting"


def test_study_sessions_and_standing_committees_are_meetings():
    from graph_builder.pipeline import shared_nlp
    nlp = shared_nlp()
    assert nlp("4月9日，市委理论学习中心组举行集体学习。")._.gb_event.type == "meeting"
    assert nlp("4月9日，市委书记王某到某县调研，并召开座谈会。")._.gb_event.type == "inspection"


def test_a_trigger_that_names_a_place_is_not_the_activity():
    from graph_builder.pipeline import shared_nlp
    nlp = shared_nlp()
    assert nlp("4月9日，市委书记王某在市委会议室会见了某集团董事长李某一行。")._.gb_event.type == "talks"
    assert nlp("4月9日，某县举行启动现场会。")._.gb_event.type == "meeting"


def test_the_headline_names_the_activity_the_lead_reports():
    lead = "4月9日，某集团董事长李某一行来我市座谈，双方签订合作协议。\n"
    signing = find_event(lead + "某集团项目签约仪式举行", load_lexicons(), [], len(lead))
    assert (signing.type, signing.trigger, signing.date_text) == ("signing", "签约", "4月9日")
    inspection = "4月9日，市长到某县调研重点项目建设。\n"  # the headline's aim is no activity of the day
    assert find_event(inspection + "加快项目建设 确保早日竣工投产", load_lexicons(), [], len(inspection)).type \
        == "inspection"
    commentary = "今年以来，该区全面推进垃圾分类。\n"  # no activity in the lead: none, whatever the headline says
    assert find_event(commentary + "垃圾分类推进会召开", load_lexicons(), [], len(commentary)).type == "none"
    awards = "4月29日上午，全市劳动模范表彰大会隆重召开。市委书记出席大会并为劳模代表颁奖。\n"
    assert find_event(awards + "全市劳动模范表彰大会召开", load_lexicons(), [], len(awards)).type == "ceremony"
    caption = "6月27日，在港北区庆丰镇的稻田里，农机手黎春生驾驶收割机抢收早稻。\n"  # a dated scene of work
    assert find_event(caption, load_lexicons(), []).type == "other"
    seedlings = "3月22日，在某镇一处辣椒育苗基地，村民郏春兰、沙永贵正在大棚内移栽辣椒苗。\n"
    assert find_event(seedlings, load_lexicons(), []).type == "other"
    fields = "5月10日，在某镇万亩高标准农田示范区，麦浪翻滚，丰收在望。\n"  # a scene with no one at work
    assert find_event(fields, load_lexicons(), []).type == "none"
    policy = "为进一步释放冰雪消费潜力，我市从发放冰雪消费券、开通旅游专线等方面推出18条举措。\n"
    assert find_event(policy, load_lexicons(), []).type == "none"
    weather = "昨日，受强冷空气影响，我市气温骤降。预报员提醒，驾车出行要注意道路结冰，提前检查车辆防冻液。\n"
    assert find_event(weather, load_lexicons(), []).type == "none"  # what people are told to do
    forum = "7月15日下午，市委书记主持召开民营企业家座谈会，听取意见建议。\n"  # the lead names the act more fully
    assert find_event(forum + "市领导与民营企业家座谈", load_lexicons(), [], len(forum)).type == "meeting"


def test_a_lead_with_no_date_takes_the_headline_s():
    lead = "会议传达学习了全省春耕生产工作会议精神，对我县春耕生产工作进行了安排部署。\n"
    found = find_event(lead + "全县春耕生产工作会议4月9日召开", load_lexicons(), [], len(lead))
    assert (found.type, found.date_text) == ("meeting", "4月9日")
    dated = "昨日，县里召开春耕生产工作会议。\n"  # the lead's date wins over the headline's
    assert find_event(dated + "春耕生产工作会议9日召开", load_lexicons(), [], len(dated)).date_text == "昨日"
    assert normalise_date("当天", dt_date(2019, 4, 10)) is None


def dt_date(*ymd):
    import datetime as dt
    return dt.date(*ymd)


def test_an_interviewee_takes_part_in_an_article_that_reports_no_activity(tmp_path):
    from graph_builder.pipeline import extract_one

    page = tmp_path / "interview.txt"
    page.write_text("本报讯（记者 王某）今年以来，某公司产值增长两成。公司董事长张某国在接受记者采访时说，"
                    "明年将再建一条生产线。据统计局局长李某明介绍，全市工业稳中有进。\n", encoding="utf-8")
    article = extract_one(page).articles[0]
    people = {p.name: p for p in article.persons}
    assert article.event_type == "none"
    assert people["张某国"].participant and people["张某国"].roles == ["spoke"]
    assert not people["李某明"].participant


def test_a_model_held_up_in_a_speech_takes_no_part(tmp_path):
    from graph_builder.pipeline import extract_one

    page = tmp_path / "opening.txt"
    page.write_text("本报讯（记者 王某）9月1日上午，某中学举行开学典礼。校长訾建华致辞，他以该校校友、航天专家"
                    "孟宪华的成长经历勉励同学们。\n", encoding="utf-8")
    people = {p.name: p.participant for p in extract_one(page).articles[0].persons}
    assert people == {"訾建华": True, "孟宪华": False}


def test_the_teller_of_a_readers_story_is_a_person_who_spoke(tmp_path):
    from graph_builder.pipeline import extract_one

    for credit in ("（刘桂兰口述）", "讲述人 刘桂兰。"):
        page = tmp_path / "story.txt"
        page.write_text(f"我的入党故事\n那一年我十八岁，在村里当民兵，暗暗下定决心要加入党组织。\n{credit}\n", encoding="utf-8")
        article = extract_one(page).articles[0]
        assert article.reporters == [] and [(p.name, p.participant) for p in article.persons] == [("刘桂兰", True)]


def test_taiwan_and_hong_kong_dates_normalise():
    import datetime as dt
    issue = dt.date(2024, 4, 16)
    assert normalise_date("113年4月9日上午", None) == dt.date(2024, 4, 9)  # the Republic's year 113
    assert normalise_date("民国113年元旦上午", None) == dt.date(2024, 1, 1)
    assert normalise_date("昨（9）日上午", issue) == dt.date(2024, 4, 9)
    assert normalise_date("今（11）日", None) is None
    assert normalise_date("４月９日（周二）上午10时", issue) == dt.date(2024, 4, 9)
    assert normalise_date("昨日（9日）上午", issue) == dt.date(2024, 4, 9)
    assert normalise_date("星期一（4月15日）上午", issue) == dt.date(2024, 4, 15)
    assert normalise_date("元旦期间", issue) is None


def test_a_taiwan_full_date_gives_the_issue_year():
    import datetime as dt
    from graph_builder.extract.page import infer_issue_date
    assert infer_issue_date("县长于113年4月9日上午主持会议。") == dt.date(2024, 4, 10)


@pytest.mark.parametrize("text, kind", [
    ("行政院长郑宏远今天上午主持院会，听取报告。", "meeting"),
    ("某市议会定期会昨（8）日开议，议长主持。", "meeting"),
    ("立法会议员黄国安星期六上午联同区议员探访独居长者。", "other"),
])
def test_taiwan_and_hong_kong_activities(text, kind):
    assert event_of(text).type == kind


def test_who_told_the_reporter_or_was_seen_at_work_takes_part_in_a_feature(tmp_path):
    from graph_builder.pipeline import extract_one

    page = tmp_path / "feature.txt"
    page.write_text("本报讯（记者 王某）节后上班第一天，某产业集聚区内机器轰鸣。\n"
                    "“订单排到了6月份。”某公司副总经理柴立江笑着告诉记者。车间里，带班班长蔺卫民和工友们"
                    "不顾寒冷，正在为设备调试忙碌着。村民闫小军对记者说，今年收成好。市医保局局长邓振华表示，"
                    "将扩大报销范围。\n", encoding="utf-8")
    article = extract_one(page).articles[0]
    people = {p.name: p for p in article.persons}
    assert article.event_type == "none"
    assert people["柴立江"].participant and people["柴立江"].roles == ["spoke"]
    assert people["闫小军"].participant
    assert people["蔺卫民"].participant and people["蔺卫民"].roles == ["attended"]
    assert not people["邓振华"].participant  # quoted, not interviewed


@pytest.mark.parametrize("text", [
    "本报讯（记者 王某）11月8日是记者节。市委书记韩立新向记者节致以问候。\n",  # a greeting to the press
    "本报讯（记者 王某）近年来，某县大力发展旅游。县长田晓光正在谋划的二期工程总投资50亿元。\n",
    "本报讯（记者 王某）今年以来，某社区服务更贴心。" + "社区开设了老年食堂和日间照料中心，为居民提供便利。" * 6
    + "居民易国强的妻子正忙着做饭。\n",  # longer than a photo's caption
])
def test_no_interview_nor_scene_of_work_where_the_cue_words_stand_otherwise(tmp_path, text):
    from graph_builder.pipeline import extract_one

    page = tmp_path / "commentary.txt"
    page.write_text(text, encoding="utf-8")
    article = extract_one(page).articles[0]
    assert article.event_type == "none"
    assert not [p.name for p in article.persons if p.participant]


@pytest.mark.parametrize("text, absent, present", [
    ("本报讯（记者 王某）11月20日，我市举行纪念卢振华同志诞辰100周年座谈会。市委书记韩立新出席并讲话。"
     "他说，要以卢振华同志为榜样。\n", "卢振华", "韩立新"),
    ("本报讯（记者 王某）4月4日，某局组织干部到烈士陵园祭扫。局长蔺海涛带领大家重温了烈士庞国栋生前的感人事迹。\n",
     "庞国栋", "蔺海涛"),
    ("本报讯（记者 王某）5月8日，县长郝文斌到西村乡调研茶产业。去年4月，省委副书记孔昌明曾到该乡调研。\n",
     "孔昌明", "郝文斌"),
    ("本报讯（记者 王某）3月22日，副市长胡凤英督导大气污染防治工作。据本报此前报道，某局局长季长春曾就此作出部署。\n",
     "季长春", "胡凤英"),
    ("本报讯（记者 王某）4月23日，市图书馆举行读书日活动。馆长韩笑笑引用作家路明远在《远方》中写道的话。\n",
     "路明远", "韩笑笑"),
    ("本报讯（记者 王某）6月6日，县委常委会召开会议。会议指出，在省委书记楼志成的亲切关怀下，我县取得新成效。"
     "县委书记梁春明主持会议。\n", "楼志成", "梁春明"),
    ("本报讯（记者 王某）4月10日上午，某县隆重举行纪念抗联英雄关振民殉国70周年公祭仪式。县委书记伊德明出席。"
     "关振民1908年出生于南山城镇。伊德明在讲话中指出，关振民等抗联英雄用生命谱写了壮歌。\n", "关振民", "伊德明"),
    ("本报讯（记者 王某）11月6日，某项目签约仪式举行。副市长任春生在致辞中说，今年5月，市委书记伍德明"
     "在德国考察期间与集团高层进行了洽谈。\n", "伍德明", "任春生"),
    ("本报讯（记者 王某）1月9日，市长邢立国调研冰雪旅游。习近平总书记指出，“冰天雪地也是金山银山”。\n",
     "习近平", "邢立国"),
    ("本报讯（记者 王某）6月29日下午，县委书记周海英讲授专题党课。她讲述了革命烈士游伯林在敌人屠刀下"
     "宁死不屈的英勇事迹。\n", "游伯林", "周海英"),
    ("本报讯（记者 王某）11月17日晚，道德模范颁奖典礼举行。市长柯海峰出席。见义勇为模范、村民甘立水"
     "今年7月为救落水儿童不幸牺牲，他的妻子代他领奖。\n", "甘立水", "柯海峰"),
    ("本报讯（记者 王某）6月29日，纪念章颁发仪式举行。市委书记卓文华出席。对因年老体弱未能到场的老党员"
     "韦长山，将委托所在乡镇送达。\n", "韦长山", "卓文华"),
    ("本报讯（记者 王某）1月20日，市委书记宁振华走访慰问困难群众。老党员甘守福说，去年春节前，"
     "副市长柯清泉也曾来家里看望过他。\n", "柯清泉", "宁振华"),
])
def test_someone_remembered_or_told_of_in_the_past_is_no_participant(tmp_path, text, absent, present):
    from graph_builder.pipeline import extract_one

    page = tmp_path / "remembered.txt"
    page.write_text(text, encoding="utf-8")
    people = {p.name: p for p in extract_one(page).articles[0].persons}
    assert not people[absent].participant and people[present].participant


def test_the_past_or_a_model_s_deeds_told_before_taking_part_leave_a_participant(tmp_path):
    from graph_builder.pipeline import extract_one

    page = tmp_path / "past.txt"
    page.write_text("本报讯（记者 王某）3月12日，某街道组织党员开展义务植树活动。2008年，老党员李满仓曾带头捐款。"
                    "当天，李满仓和年轻党员一起挥锹培土。市委书记韩立新在《某某日报》创刊座谈会上讲话后，"
                    "介绍了闻秀兰的先进事迹，闻秀兰作了发言。\n", encoding="utf-8")
    people = {p.name: p for p in extract_one(page).articles[0].persons}
    assert all(people[name].participant for name in ("李满仓", "韩立新", "闻秀兰"))


def test_who_chairs_and_then_conveys_the_spirit_of_a_meeting_takes_part(tmp_path):
    page = tmp_path / "a.txt"
    page.write_text("本报讯（记者 韦小川）1月22日，全市双拥工作会议召开。副市长柯淑兰主持会议并传达了自治区会议精神。\n")
    from graph_builder.pipeline import extract_one
    article = extract_one(page).articles[0]
    assert [(p.name, p.participant) for p in article.persons] == [("柯淑兰", True)]


def test_a_study_session_that_invites_a_lecturer_is_no_speech_studied(tmp_path):
    from graph_builder.pipeline import extract_one

    page = tmp_path / "study.txt"
    page.write_text("本报讯（记者 王某）昨日上午，市委理论学习中心组举行集体学习。学习会邀请某大学教授甘文清"
                    "作专题辅导报告。\n", encoding="utf-8")
    people = {p.name: p for p in extract_one(page).articles[0].persons}
    assert people["甘文清"].participant


def test_a_closing_credit_glued_in_the_column_holds_no_one_of_the_story(tmp_path):
    from graph_builder.pipeline import extract_one

    page = tmp_path / "credit.txt"
    page.write_text("7月12日，副市长甘国平到某县检查防汛工作，察看了河道堤防。县长柯文斌陪同检\n"
                    "查。（陈思\n尹航）\n", encoding="utf-8")
    article = extract_one(page).articles[0]
    assert article.reporters == ["陈思", "尹航"]
    assert [p.name for p in article.persons] == ["甘国平", "柯文斌"]


def test_a_name_the_paper_withholds_is_no_one(tmp_path):
    from graph_builder.pipeline import extract_one

    page = tmp_path / "court.txt"
    page.write_text("本报讯（记者 甘雨桐）12月17日上午，某区人民法院公开开庭审理被告人何某某诈骗一案。"
                    "被害人张某出庭。审判长柯国华当庭宣判。\n", encoding="utf-8")
    assert [p.name for p in extract_one(page).articles[0].persons] == ["柯国华"]


def test_a_dated_caption_of_people_at_leisure_shows_an_activity():
    text = "4月12日，在市人民公园，市民甘秀英（右二）和老姐妹们在盛开的海棠花下跳起了扇子舞。本报记者 卓晓东 摄"
    assert event_of(text).type == "other"


def test_an_emergency_told_after_a_definite_day_is_an_incident_with_its_hour(tmp_path):
    from graph_builder.pipeline import extract_one

    page = tmp_path / "rescue.txt"
    page.write_text("　　本报讯（记者 韦志刚）10月22日早上7点40分左右，某市1路公交车行驶至广场站附近时，"
                    "车上一名老人突然晕倒。司机郝建华立即停车施救。\n", encoding="utf-8")
    (article,) = extract_one(page).articles
    assert (article.event_type, article.date_text) == ("other", "10月22日早上7点40分左右")
    assert [(p.name, p.participant) for p in article.persons] == [("郝建华", True)]
    # a feature's scene at dawn tells no incident
    page.write_text("　　7月25日凌晨4时，天还没亮，环卫工人卓玉梅已经推着保洁车上路了。她说，这份活儿她干了十年。\n",
                    encoding="utf-8")
    assert extract_one(page).articles[0].event_type == "none"


def test_a_deed_the_headline_names_over_a_lead_on_a_definite_day(tmp_path):
    from graph_builder.pipeline import extract_one

    page = tmp_path / "deed.txt"
    page.write_text("的哥路边苦等两小时 八万元现金物归原主\n\n　　8月12日晚，出租车司机卓永哲送完一位乘客后，"
                    "看到后座上有一个黑色手包。他守着手包等到深夜。\n", encoding="utf-8")
    (article,) = extract_one(page).articles
    assert article.event_type == "other" and [(p.name, p.participant) for p in article.persons] == [("卓永哲", True)]


def test_a_delegation_come_to_look_and_exchange_views_holds_talks(tmp_path):
    from graph_builder.pipeline import extract_one

    page = tmp_path / "talks.txt"
    page.write_text("某区考察团来我县 对接东西部协作工作\n\n　　本报讯（记者 甘丽萍）11月5日至6日，某市某区委副书记卓国栋率考察团到我县，"
                    "对接东西部协作工作。\n\n某区党政代表团来我区考察交流\n\n　　本报讯（记者 甘晓丽）8月20日，某市某区党政代表团来我区考察交流。"
                    "区委书记卓德华与代表团一行座谈。\n", encoding="utf-8")
    assert [a.event_type for a in extract_one(page).articles] == ["talks", "talks"]


def test_the_police_and_courts_at_work_on_a_case_report_an_activity_but_not_a_record_of_years(tmp_path):
    from graph_builder.pipeline import extract_one

    page = tmp_path / "case.txt"
    page.write_text("　　本报讯（记者 甘晓兰）近日，某区公安分局成功破获一起电信诈骗案，抓获犯罪嫌疑人12名。"
                    "副局长卓文涛任专案组组长。\n", encoding="utf-8")
    assert extract_one(page).articles[0].event_type == "other"
    page.write_text("　　7年来，这支老党员义务巡逻队累计巡逻2500多次，协助公安机关抓获盗窃嫌疑人5名。"
                    "队长卓德顺说，大家图的是社区平安。\n", encoding="utf-8")
    assert extract_one(page).articles[0].event_type == "none"
    page.write_text("　　本报讯 女童被送往医院检查，并无大碍。8月2日，农民工卓洪才在楼下接住了坠落的孩子。\n", encoding="utf-8")
    assert extract_one(page).articles[0].event_type != "inspection"


@pytest.mark.parametrize("page_text, kind", [
    # a race started or a tournament run
    ("　　本报讯（记者 甘文轩）10月21日，某省公路自行车巡回赛第六赛段在我市鸣枪开赛。挪威车手卓文森率先冲过终点。\n", "other"),
    # a headline that says an activity was held, over a lead that names none
    ("我市举行援鄂医疗队队员欢迎仪式\n\n　　本报讯（记者 甘丽萍）4月8日上午，我市援鄂医疗队47名队员平安回到家乡。"
     "市委书记卓文远和市民代表一起，在现场迎接英雄凯旋。\n", "ceremony"),
])
def test_an_activity_of_the_day_and_everyone_at_it(tmp_path, page_text, kind):
    from graph_builder.pipeline import extract_one

    page = tmp_path / "activity.txt"
    page.write_text(page_text, encoding="utf-8")
    (article,) = extract_one(page).articles
    assert article.event_type == kind and all(p.participant for p in article.persons)


def test_a_fraud_stopped_or_wages_won_back_is_an_activity(tmp_path):
    from graph_builder.pipeline import extract_one

    page = tmp_path / "stopped.txt"
    page.write_text("民警银行联手拦下8万元\n\n　　本报讯（通讯员 甘晓兰）3月6日下午，在某银行营业大厅，一位老人拉着民警卓文涛的手连声道谢。\n\n"
                    "法援律师帮农民工讨回欠薪\n\n　　本报讯（记者 甘丽）3月2日，在某市仲裁院调解室，农民工卓洪才从公司负责人手中接过了工资。\n",
                    encoding="utf-8")
    assert [a.event_type for a in extract_one(page).articles] == ["other", "other"]


def test_the_solar_day_outranks_its_lunar_name_written_after_it():
    assert event_of("1月27日，正月初三。市委书记深入高速公路出口检查疫情防控工作。").date_text == "1月27日"
    assert event_of("3月13日（农历二月初七），某镇举办庙会。").date_text == "3月13日"
