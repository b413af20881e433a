"""Events: what activity an article reports, when and where, and who took part how."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..articles import AUTHOR_NAMES, CAPTION_TEXT, is_name_shaped
from ..clean import BULLETS, BYLINE, OUTLET, ROLE_CORE, TELLER_LABEL, TOLD, TOP_CREDIT_LINE
from .lexicon import Lexicons
from .rules import PersonFound, TitleSpan

TIME_OF_DAY = r"(?:[上中下]午|晚上?|早上|清晨|早晨|凌晨|傍晚|黄昏|夜间|深夜|夜里|夜)"
# Lunar dates: 农历正月初七, 腊月二十三, 大年初一.
LUNAR = (r"(?:农历)?(?:正|腊|冬|[一二三四五六七八九十]{1,2})月(?:初[一二三四五六七八九十]|十[一二三四五六七八九]"
         r"|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十)|大年初[一二三四五六七八九十]")
# Times named by a festival: 春节前夕, “五一”期间, 中秋节来临之际 (vague: a date wins).
FESTIVALS = (r"(?:春节|元旦|元宵节?|清明节?|端午节?|中秋节?|国庆节?|重阳节?|“?(?:五一|七一|八一|三八|六一)”?"
             r"(?:国际)?(?:劳动节|建军节|妇女节|儿童节|建党节)?)(?:前夕|期间|当天|来临之际|到来之际)")
# Days of the week and days of this or last month: 上周五, 星期三, 本月8日.
WEEKDAYS = "一二三四五六日天"
# The year: 2024年, or the Republic's as Taiwan writes it (民国113年, 113年 = 2024).
YEAR = r"(?:(?P<y>\d{4})|民国(?P<roc>\d{2,3})|(?P<roc3>1\d\d))年"
YEAR_PLAIN = r"(?:\d{4}年|今年|去年)"
ROC_YEAR_ZERO = 1911
# What Taiwan, Hong Kong and Macau papers put in brackets by a day: the weekday (4月9日（周二）),
# the day itself (昨日（9日）, 星期一（4月15日）).
WEEKDAY_NOTE = r"[（(](?:周|星期)[一二三四五六日天][）)]"


def day_note(group: str) -> str:
    """The day in brackets, caught as `group`: 昨日（9日）, 星期一（4月15日）."""
    return rf"[（(](?P<{group}>(?:\d{{1,2}}月)?\d{{1,2}}日)[）)]"


# The end of a span of days: 4月9日至10日, 4月9日—10日, 9日到11日, 4月9日上午至下午.
RANGE_TO = r"(?:至|到|—|－|-|~|～)"
# 9时许, 7点40分左右, 8点多, 6点半: the hour written after the day
CLOCK = r"(?:\d{1,2}(?:时|点(?=\d|半|多|许|左右|[，,钟]))(?:\d{1,2}分|半|多)?钟?(?:许|左右)?)?"
# A day as written, all its digits (`428日`, a misprint, stays whole).
DATE = re.compile(
    rf"(?<!\d)(?:{YEAR})?(?:(?:(?P<m>\d{{1,2}})月|(?P<rm>本月|上月|当月))?(?P<d>\d{{1,3}})日(?:{WEEKDAY_NOTE})?"
    rf"(?:{TIME_OF_DAY}?{RANGE_TO}(?:(?:\d{{1,2}}月)?\d{{1,2}}日|(?={TIME_OF_DAY})))?"
    rf"(?:前夕)?{TIME_OF_DAY}?{CLOCK}"
    rf"|(?<=年)(?P<new_year>元旦){TIME_OF_DAY}?)"  # 民国113年元旦: a day, where 元旦期间 is a season
    # Taiwan's 昨（9）日, 今（11）日上午: yesterday or today, and its day of the month
    rf"|(?P<tw_rel>[昨今前])[（(](?P<tw_d>\d{{1,2}})[）)]日{TIME_OF_DAY}?{CLOCK}"
    rf"|(?P<rel>昨日|昨天|昨晚|今日|今天|前日|前天|近日|日前|连日来|近期)(?:{day_note('noted')})?{TIME_OF_DAY}?"
    rf"(?:(?<=[午上晨间晚里夜])\d{{1,2}}时(?:\d{{1,2}}分)?许?)?"
    # the day just named, opening a clause (当天，当日上午): not 活动当天
    rf"|(?<![\u4e00-\u9fff])(?P<same_day>当天|当日){TIME_OF_DAY}?"
    rf"|(?P<lunar>{LUNAR}){TIME_OF_DAY}?"
    rf"|(?<![每一两三四五六七八九十几])(?P<week>上|本|这)?(?:周|星期)(?P<wd>[{WEEKDAYS}])"
    rf"(?:{day_note('wd_noted')}{TIME_OF_DAY}?|{TIME_OF_DAY}|(?=[，,、在到至]|$))"  # not a name (周一鸣主持)
    rf"|(?P<fest>{FESTIVALS})"
    # part of a month (4月上旬, 本月初, 11月下旬): the activity's time when no day is written;
    # not a deadline (力争6月底前完成)
    rf"|(?P<month_part>(?:{YEAR_PLAIN})?(?:\d{{1,2}}月|本月|上月|当月)(?:上旬|中旬|下旬|初|底|末))(?!之?前|以来|起|止|完成){TIME_OF_DAY}?")
# After a trigger, words that make it a modifier or a reference: 培训班学员, 会议精神.
NOT_THE_ACTIVITY = ("精神", "学员", "成员", "期间", "结束后", "之际", "前夕",
                    # a period it opened: 自去年签约以来, 开幕以来
                    "以来",
                    # the place named for it: 会议室, 会见厅, 会议中心, 开工现场
                    "室", "厅", "中心", "大楼", "楼", "现场", "基地",
                    # what a visit looks into: 就项目开工建设情况进行调研
                    "情况", "进展", "进度", "建设情况", "建设进展", "建设进度", "和建设",
                    # a standing arrangement named for it: 会商机制, 联席会议制度
                    "机制", "制度",
                    # visitors received at a show or a site, counted: 接待观众1.5万人次, 接待游客
                    "观众", "游客", "市民", "群众", "参观者",
                    # a doctor's examination and what it showed: 检查显示, 检查结果
                    "显示", "结果")
# An opening word that qualifies a noun or a period tells of no ceremony: 新开工项目,
# 启动区, 开工率, 投产企业, 开业以来; nor does one before 的 (去年开工的项目, 已签约的企业).
OPENING_AS_MODIFIER = ("项目", "区", "率", "企业", "以来", "后", "至今")
# 签约项目23个, 签约金额50亿元: what was signed, counted; no signing is reported.
SIGNED_SUMS = ("项目", "金额", "资金", "总额", "额")
# 签约23个项目, 累计签约, 共签订合同5份: how many were signed, over a period.
SIGNED_COUNT = re.compile(r"(?:了)?[\d一二两三四五六七八九十百千万]+(?:个|家|项|份|宗|批)")
SIGNED_OVER_TIME = ("累计", "共", "共计", "先后", "累积", "已")
# 开展执法检查230余次, 召开调度会12场: how often, over a period, not one activity.
TIMES_COUNTED = re.compile(r"了?[\d一二两三四五六七八九十百千万]+余?(?:次|场|轮|批次)")
# 每月召开一次联席会议, 定期开展督查: a standing practice, not the day's activity.
HABITUAL = re.compile(r"每[月周年季天日]|定期|常态化|经常")
# What a sentence sums up over years (7年来，…累计巡逻2500多次): counted, not one activity
COUNTED_UP = re.compile(r"累计|共计")
CLAUSE_END = re.compile(r"[。；！？\n]")
LEAD_CHARS = 160
PLACE = re.compile(r"在([\u4e00-\u9fff（）()]{2,20}?)(?:召开|举行|举办|开幕|启动)")
# YMG全媒体记者由某丽通讯员栾某江: a credit line on top, its spaces gone
CREDIT_ONLY_LINE = re.compile(rf"^(?:[A-Z]{{2,6}}|{OUTLET})?{ROLE_CORE}[\u4e00-\u9fff·、/]{{2,30}}$")
# □本报评论员, 本报特约评论员 某某: a commentary's credit on top
COMMENTARY = re.compile(rf"^[{BULLETS}]?\s*(?:本报|本刊|本台)?(?:特约)?评论员")
# ■简讯, ◆图片新闻: the column's label on top of an item
COLUMN_LABEL = re.compile(rf"^[{BULLETS}][^。！？；]{{1,12}}$")
CONTINUED = re.compile(r"[（(]\s*(?:上接|接上|紧接)")
# With no byline, a bracket at the start is a note or credit (（上接A01版②）).
LEADING_NOTE = re.compile(rf"(?:[{BULLETS}]\s*)?[（(][^）)]{{0,40}}[）)]")


@dataclass
class EventFound:
    type: str
    trigger: str | None
    trigger_start: int | None
    date_text: str | None
    date_start: int | None
    place: str | None


def lead_of(text: str) -> tuple[int, str]:
    """The article's opening, after its byline or credit lines: where the activity is stated."""
    start = 0
    while True:
        line_end = text.find("\n", start)
        line = text[start:line_end if line_end >= 0 else len(text)]
        if line_end < 0 or not (TOP_CREDIT_LINE.match(line) or CREDIT_ONLY_LINE.match(line) or COLUMN_LABEL.match(line)
                                or AUTHOR_NAMES.match(line) and is_name_shaped(line)):  # 标题 / 张三 / 正文
            break
        start = line_end + 1
    m = BYLINE.match(text, start) or LEADING_NOTE.match(text, start)
    start = m.end() if m else start
    if m and m.group(0) and text.startswith("\n", start):
        start += 1  # a dateline on a line of its own (中央社记者王某台北10日电): the text follows it
    return start, text[start:start + LEAD_CHARS]


VAGUE_DATES = ("近日", "日前", "连日来", "近期")


def is_vague(date: re.Match) -> bool:
    return date.group("rel") in VAGUE_DATES or date.group("fest") is not None or date.group("month_part") is not None


# A day that bounds a period, not the day of an act: 自4月15日起, 截至4月9日, 4月30日前.
PERIOD_FROM = (re.compile(r"(?:自|从)$"), re.compile(r"起|开始|以来"))
PERIOD_UNTIL = (re.compile(r"(?:截至|截止|截止到|至)$"), re.compile(r"之?前(?!夕)|止|为止"))


def bounds_a_period(date: re.Match) -> bool:
    text, start, end = date.string, date.start(), date.end()
    before = text[max(0, start - 3):start]
    return (PERIOD_FROM[0].search(before) is not None and PERIOD_FROM[1].match(text, end) is not None) \
        or PERIOD_UNTIL[0].search(before) is not None or PERIOD_UNTIL[1].match(text, end) is not None


def gives_way(date: re.Match) -> bool:
    """A date a definite day of the act outranks: a vague one (日前), the day just
    named (4月9日是…，当天), a period's bound (近日…发布公告，自4月15日起调整), the
    lunar name of the day just written (1月27日，正月初三。)."""
    return is_vague(date) or date.group("same_day") is not None or bounds_a_period(date) \
        or date.group("lunar") is not None and SOLAR_DAY_BEFORE.search(date.string, 0, date.start()) is not None


# 1月27日，正月初三 / 1月27日（正月初三）: the solar day right before a lunar one
SOLAR_DAY_BEFORE = re.compile(r"\d{1,2}日[，,（(]?(?:农历)?$")


def lead_dates(lead: str) -> list[re.Match]:
    """Dates of the opening paragraph; when it has none (a feature opening on a
    scene), a date that opens a later paragraph of the lead (`4月16日，春雨初歇`)."""
    first_para = lead.split("\n", 1)[0]
    # not a day in someone's words (“当天下午，他又赶到了另一个村。”)
    own = [m for m in DATE.finditer(first_para) if not inside_quote(first_para, m.start())]
    opening_later = [m for m in DATE.finditer(lead, len(first_para)) if lead[m.start() - 1] == "\n"]
    # (and the day said again at the next paragraph's start: 2月10日上午，… / 当天10时许，…)
    return own + [m for m in opening_later if m.group("same_day")] if own else opening_later[:1]


def activity_date(found: list[re.Match], trigger_at: int | None) -> re.Match | None:
    """The date of the activity: the last one written before its trigger
    (为落实4月1日会议精神，昨日，…召开; 7月18日晚暴雨。7月19日5时30分，…督导), else
    the first; a vague one (日前, 近日) gives way to a definite one."""
    if not found:
        return None
    before = [m for m in found if trigger_at is not None and m.start() < trigger_at]
    if before:
        definite = [m for m in before if not gives_way(m)]
        return (definite or before)[-1]
    definite = [m for m in found if not gives_way(m)]
    return found[0] if not gives_way(found[0]) or not definite else definite[0]


def find_date(text: str, trigger_at: int | None = None) -> tuple[str | None, int | None]:
    """The activity's date as written, and where it starts in the text."""
    start, lead = lead_of(text)
    m = activity_date(lead_dates(lead), trigger_at)
    if m:
        return m.group(0), start + m.start()
    dateline = dateline_day(text, start)
    return (dateline.group(0), dateline.start()) if dateline else (None, None)


def dateline_day(text: str, lead_start: int) -> re.Match | None:
    """本报某地6月12日讯（记者…）上午9时，…: the day of the dateline, for a lead that writes none."""
    m = DATE.search(text, 0, lead_start)
    return m if m and m.group("d") else None


def normalise_date(date_text: str | None, issue: dt.date | None) -> dt.date | None:
    """`4月9日上午` → 2019-04-09 with the issue's year; `昨日` → the day before the issue."""
    if not date_text:
        return None
    m = DATE.match(date_text)
    if not m:
        return None
    if m.group("lunar") or m.group("fest") or m.group("same_day") or m.group("month_part"):
        return None  # the lunar calendar needs a table, a festival's eve or 当天 names no day: the date stays as written
    if m.group("noted") or m.group("wd_noted"):  # 昨日（9日）, 星期一（4月15日）: the day in brackets says it
        return normalise_date(m.group("noted") or m.group("wd_noted"), issue)
    if m.group("tw_d"):  # 昨（9）日: the day of the issue's month
        return normalise_date(m.group("tw_d") + "日", issue)
    if m.group("rel"):
        if issue is None:
            return None
        offsets = {"昨日": -1, "昨天": -1, "昨晚": -1, "前日": -2, "前天": -2, "今日": 0, "今天": 0}
        off = offsets.get(m.group("rel"))
        return issue + dt.timedelta(days=off) if off is not None else None
    if m.group("wd"):
        return weekday_before(issue, WEEKDAYS.index(m.group("wd")), m.group("week") == "上")
    year = written_year(m) or (issue.year if issue else None)
    month = 1 if m.group("new_year") else int(m.group("m")) if m.group("m") else (issue.month if issue else None)
    if year is None or month is None:
        return None
    if m.group("rm") == "上月":
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    try:
        day = dt.date(year, month, 1 if m.group("new_year") else int(m.group("d")))
    except ValueError:
        return None
    if issue and not written_year(m) and day > issue + dt.timedelta(days=31):
        day = day.replace(year=year - 1)  # a December date in a January issue
    return day


def written_year(m: re.Match) -> int | None:
    """2024年 as written; 民国113年 and 113年 are the Republic's years (2024)."""
    if m.group("y"):
        return int(m.group("y"))
    roc = m.group("roc") or m.group("roc3")
    return int(roc) + ROC_YEAR_ZERO if roc else None


def weekday_before(issue: dt.date | None, weekday: int, last_week: bool) -> dt.date | None:
    """周三 in an issue: the last such day up to the issue (周日 and 周天 are the
    seventh); 上周三: that day of the week before the issue's week."""
    if issue is None:
        return None
    weekday = min(weekday, 6)
    if last_week:
        return issue - dt.timedelta(days=issue.weekday() + 7 - weekday)
    return issue - dt.timedelta(days=(issue.weekday() - weekday) % 7)


# event_triggers.txt: an `activity` word (植树, 祝寿, 施救, 活动) makes the event
# `other`, but only when the lead names no activity of a typed kind.
WEAK_KIND = "activity"
# A lead that passes on news from a source reports no attended activity:
# 记者从省科技厅获悉, 从市委宣传部传来喜讯.
# (No `^`: it is matched from the lead's first date on, and `^` never matches after pos.)
NEWS_FROM_SOURCE = re.compile(r"[^。！？\n]{0,24}?从[^。！？，,\n]{2,30}?(?:获悉|了解到|传来)")
# An opening on a period (连日来, 今年以来, 近年来) tells of work over time, not of one
# activity, unless its first paragraph names one.
ONGOING = re.compile(r"以来|连日来|近年来|近期")
# A lead whose first clause is a period: 今年以来，, 一年来，, 该县自去年以来，.
OPENS_ON_A_PERIOD = re.compile(r"[^，,。！？\n]{0,16}?(?:以来|连日来|近年来|近期|(?:[一二两三四五六七八九十几多]|\d+)年来)[，,]")
COMMA_CLAUSE_END = re.compile(r"[，,。；！？\n]")
# Verbs of going somewhere: what follows them up to the activity is a place (到…现场调研).
MOTION = re.compile(r"到|赴|深入|走进|来到|前往|莅临|走访")
# A trigger whose first character ends another word: 召开工业 is not 开工.
OVERLAPPING_WORDS = ("召开", "展开", "公开", "打开", "离开", "放开", "拉开",
                     # 协会商户 is not 会商, 社会见闻 not 会见
                     "协会", "工会", "学会", "社会", "机会")


# Awards handed over at a commendation meeting make it a ceremony (表彰大会…颁发奖牌).
# (or people and bodies commended by name and number: 200名优秀教师…受到表彰, 宣读表彰决定)
AWARDS_GIVEN = re.compile(r"颁奖|颁发|授牌|授予|受到表彰|宣读(?:了)?(?:表彰|嘉奖)(?:决定|通报)")


def awards_handed_over(text: str, word: str, at: int) -> bool:
    """A commendation meeting (表彰大会, 表彰会; in the lead or the headline) at which, the
    article tells, awards were handed over (为获奖者颁奖): an award ceremony."""
    return "表彰" in text[max(0, at - 2):at + len(word)] and AWARDS_GIVEN.search(text) is not None


def find_event(text: str, lex: Lexicons, titles: list[TitleSpan], headline_start: int | None = None) -> EventFound:
    start, lead = lead_of(text)
    dates = lead_dates(lead)
    # The activity is told after its first date (为深入贯彻…，4月9日，…洽谈): look there first.
    from_date = dates[0].start() if dates else 0
    trigger = first_trigger(lead, lex, from_date, titles, start) or first_trigger(lead, lex, 0, titles, start) \
        or first_trigger(lead, lex, 0, titles, start, kind=WEAK_KIND) or gathering_held(lead, from_date) \
        or scene_of_work(text, lead, lex)
    source = NEWS_FROM_SOURCE.match(lead, from_date)
    if trigger and source and trigger[1] >= source.end():
        trigger = None
    if not trigger and not source:
        trigger = attendance_told(text, lex, titles, headline_start, lead) or dated_act(lead, dates) \
            or caption_scene(text, lead, dates) or deed_in_headline(text, lex, titles, headline_start, dates, start)
    first_para_end = lead.find("\n") if "\n" in lead else len(lead)
    # (the rest of an article from another page: its opening, and its date, are there)
    continued = CONTINUED.match(text) is not None
    if trigger and trigger[1] > first_para_end and not continued \
            and (ONGOING.search(lead, 0, first_para_end) or not dates):
        # 连日来，某街道扎实做好防汛工作: a campaign told, its meetings only examples; an
        # undated opening paragraph that names no activity: a feature, its signings background
        trigger = None
    if trigger and told_over_a_period(lead, trigger[1]):
        trigger = None
    if COMMENTARY.match(text):
        trigger = None  # □本报评论员: a commentary argues, it reports no activity
    date = activity_date(dates, trigger[1] if trigger else None)
    date_start = start + date.start() if date else None
    if date is None and headline_start is not None:
        # 全县春耕生产工作会议4月9日召开, its lead undated: the headline tells the day
        date = DATE.search(text, headline_start)
        date_start = date.start() if date else None
    if date is None:
        date = dateline_day(text, start)
        date_start = date.start() if date else None
    place_m = PLACE.search(lead)
    trigger_start = start + trigger[1] if trigger else None
    named = headline_trigger(text, lex, titles, headline_start) if trigger else None
    if named and named[0][0] in trigger[0] and named[0][0] != trigger[0]:
        named = None  # 市领导与企业家座谈 over 召开企业家座谈会: the lead names the same act more fully
    if named:
        trigger, trigger_start = named
    kind = kind_of(lex, trigger[0]) if trigger else "none"
    if kind == "meeting" and awards_handed_over(text, trigger[0], trigger_start):
        kind = "ceremony"
    return EventFound("other" if kind == WEAK_KIND else kind, trigger[0] if trigger else None, trigger_start,
                      date.group(0) if date else None, date_start,
                      place_m.group(1) if place_m else None)


SENTENCE_END = re.compile(r"[。！？\n]")


def told_over_a_period(lead: str, trigger_at: int) -> bool:
    """The first sentence opens on a period and sums up work over it (今年以来，某县先后出台
    政策20余项。), naming no activity: a meeting told after it is an example of that work
    (not 某某多年来很少回老家。这次参加采风活动: a life, not work, over the years)."""
    end = SENTENCE_END.search(lead)
    return trigger_at > (end.start() if end else len(lead)) and OPENS_ON_A_PERIOD.match(lead) is not None


# Going somewhere or holding something on a given day (4月9日，学生们来到烈士陵园；
# 某中学举行“成人礼”): an activity, though no event word names it. Going somewhere and a
# service done for people there (为村民书写春联, 为老人送去慰问品) tell of a visit even on a
# vague day (日前，市妇联来到某村…); holding or carrying out something on a vague day may
# be a campaign (近日，某县开展主题教育).
VISIT_OR_SERVICE = (r"来到|走进|走入|深入|前往|赶赴|赶到"
                    r"|为[^，。；！？\n]{1,12}?(?:送去|送上|送来|表演|演出|书写|提供|讲解|打扫|义诊|理发"
                    # (and the checks and the registering of a checkpoint's or a clinic's duty)
                    r"|登记|测温|测量|检测|体检|检查身体|维修|修理)"
                    r"|帮助[^，。；！？\n]{1,8}?(?:抢收|收割|搬运|打扫|清理|采摘|收获|栽种|插秧|修缮)")
ACT_ON_A_VAGUE_DAY = re.compile(VISIT_OR_SERVICE)
ACT_ON_THE_DAY = re.compile(VISIT_OR_SERVICE + "|举行|举办|开展|组织|进行")


def dated_act(lead: str, dates: list[re.Match]) -> tuple[str, int] | None:
    """The lead's first sentence tells, after a definite date, of people going
    somewhere or holding, organising or carrying out something; after a vague one
    (近日, 日前; not a festival, not a period), of a visit or a service. The day said
    again at a later sentence's start tells it there (9日，春雨绵绵。当天，志愿者走进敬老院)."""
    # a festival's eve sets the season, a day after it the act (清明节前夕，4月9日，某中学组织…);
    # a period's bound is no day of an act (从4月15日起，全市开展整治)
    days = [m for m in dates if not m.group("fest") and not bounds_a_period(m)]
    if not days or ONGOING.match(lead, days[0].start()):
        return None
    for day in [days[0]] + [m for m in days[1:] if m.group("same_day")]:
        act = act_after(lead, day)
        if act:
            return act
    return None


# A photo caption, credited (…。本报通讯员 某某 摄): short, the credit closing it after a sentence
CAPTION_CREDIT = re.compile(r"[。！]\s*(?:本报|本刊)?(?:记者|通讯员|特约摄影|摄影)?[\u4e00-\u9fff\s·]{0,12}摄[）)]?\s*$")
# What a caption shows people doing where they are: 在晾晒…, 互相泼水祝福, 欢度…, and who they are
# (or at leisure: 在海棠花下跳起了扇子舞, 唱起, 赏花)
SCENE_OF_PEOPLE = re.compile(r"在[\u4e00-\u9fff]{0,16}?(?:[晾晒收割采摘劳作演练参观体验表演练习施工巡查检查比赛游玩观看跳唱舞赏]|忙)"
                             r"|互相|欢度|欢庆|喜迎|正忙|忙着")
PEOPLE_IN_SCENE = re.compile(r"村民|群众|游客|市民|居民|队员|学生|工人|农民|农户|志愿者|官兵|民警|职工|师生|孩子|老人|选手|演员")


def caption_scene(text: str, lead: str, dates: list[re.Match]) -> tuple[str, int] | None:
    """`9月20日，某村村民某某（左）和邻居在晾晒刚收获的玉米。…本报通讯员 某某 摄`: a dated
    photo caption of people at work or at a feast shows an activity of that day."""
    days = [m for m in dates if not is_vague(m)]
    if len(text) > CAPTION_TEXT or not CAPTION_CREDIT.search(text) or not days:
        return None
    end = CLAUSE_END.search(lead, days[0].end())
    stop = end.start() if end else len(lead)
    m = SCENE_OF_PEOPLE.search(lead, days[0].end(), stop)
    # (people in the picture: 收割机正在抢收小麦 shows a harvest, no one's activity)
    return ("活动", m.start()) if m and PEOPLE_IN_SCENE.search(lead, days[0].end(), stop) else None


# An emergency or a call for help told after a definite day (4日14时许，…冰层突然塌陷; 7月22日上午，
# …一名男子跑到岗亭前求助): an incident, as police and rescue stories tell theirs; the help
# given that day is the article's activity (a feature's scene at dawn, a death, tell none).
INCIDENT = re.compile(r"晕倒|昏倒|昏迷|倒地|落水|落入|掉进|掉入|坠入|坠落|塌陷|被困|受困|困在|求助|呼救|起火|着火|失火"
                      r"|火灾|车祸|相撞|侧翻|溺水|走失|迷路|遗落|遗失|丢失|落下一个|落下了")


def act_after(lead: str, day: re.Match) -> tuple[str, int] | None:
    sentence_end = CLAUSE_END.search(lead, day.end())
    paragraph_end = lead.find("\n", day.end())
    incident = INCIDENT.search(lead, day.end(), paragraph_end if paragraph_end >= 0 else len(lead))
    if incident and not is_vague(day) and "记者" not in lead[day.end():incident.start()]:
        return "活动", day.end()
    acts = ACT_ON_A_VAGUE_DAY if is_vague(day) else ACT_ON_THE_DAY
    m = acts.search(lead, day.end(), sentence_end.start() if sentence_end else len(lead))
    if not m or "记者" in lead[day.end():m.start()]:
        return None  # 记者走进某村，只见…: the reporter's visit is how the story is told
    return "活动", m.start()


# People attending, presiding or accompanying in the lead's first sentence: some
# activity is reported even where no trigger names it.
ATTENDANCE = re.compile(r"(?:出席|参加|主持|陪同|参会|带队)(?:了)?(?P<what>会议|活动|仪式)?[。，,；]")


def attendance_told(text: str, lex: Lexicons, titles: list[TitleSpan], headline_start: int | None,
                    lead: str) -> tuple[str, int] | None:
    """The lead tells who attended (某某、某某等出席。) and names no activity: the
    headline's activity if it names one, else an activity of no typed kind."""
    first_sentence = re.split(r"[。！？\n]", lead, maxsplit=1)[0] + "。"
    m = ATTENDANCE.search(first_sentence)
    if not m:
        return None
    named = headline_trigger(text, lex, titles, headline_start)
    # what they attended, when the lead says so (出席会议, 出席仪式), else an activity
    return named[0] if named else (m.group("what") or "活动", m.start())


# A headline's aim for the work it reports is no activity of the day: 确保项目早日竣工,
# 推动景区按期开园.
AIMED_AT = re.compile(r"(?:确保|力争|争取|推动|推进|加快|促进|助力|早日|按期|尽快|如期)[^，。！？\s]{0,6}$")


def headline_trigger(text: str, lex: Lexicons, titles: list[TitleSpan],
                     headline_start: int | None) -> tuple[tuple[str, int], int] | None:
    """The activity the headline names (某项目签约仪式举行, 市领导到某县调研): the
    lead's first trigger may be an earlier step of the day (座谈 before the signing).
    Only a typed trigger whose kind the body names too, and no aim (确保早日竣工); the lead
    decides whether an activity is reported at all."""
    if headline_start is None:
        return None
    headline = text[headline_start:]
    found = first_trigger(headline, lex, 0, titles, headline_start)
    if not found or AIMED_AT.search(headline, 0, found[1]) \
            or headline.startswith(GROUP_NAMED_FOR, found[1] + len(found[0])):
        return None  # (某区考察团来我县: the group's name, what it did the lead tells)
    kind = lex.event_type_of[found[0]]
    if not any(lex.event_type_of[m.group(0)] == kind for m in lex.event_pattern.finditer(text, 0, headline_start)):
        return None
    return found, headline_start + found[1]


# A headline that says an activity was held (某市举行…仪式, 某县召开…会议)
HELD_IN_HEADLINE = re.compile(r"举行|举办|召开")


def deed_in_headline(text: str, lex: Lexicons, titles: list[TitleSpan], headline_start: int | None,
                     dates: list[re.Match], lead_start: int) -> tuple[str, int] | None:
    """A lead that opens on a definite day and tells a story the headline names as a deed or a
    rescue (的哥拾得8万元现金 物归原主 over `8月12日晚9时许，出租车司机某某送完乘客后…`).
    Where it is found is given from the lead's start, as the lead's triggers are."""
    if headline_start is None or not dates or is_vague(dates[0]) or dates[0].group("fest"):
        return None
    headline = text[headline_start:]
    found = first_trigger(headline, lex, 0, titles, headline_start, kind=WEAK_KIND)
    held = HELD_IN_HEADLINE.search(headline)
    if held and (not found or held.start() < found[1]):
        # 我市举行医疗队队员欢迎仪式 over `4月8日上午，…队员平安回到家乡`: the act held, of its kind
        found = first_trigger(headline, lex, held.end(), titles, headline_start) or found
    return (found[0], headline_start - lead_start + found[1]) if found else None


# 召开/举行/举办 … 会: a gathering the lexicon does not name (新兵入伍欢送会) is a meeting.
GATHERING = re.compile(r"(?:召开|举行|举办)了?([^，。；！？\n]{1,15}?会)(?=[，。；！？\n]|$)")


# 全市经济运行分析会召开, 某会在某地举行: the gathering named first, then held
# (not an organisation: 市书法家协会举行, 县委常委会召开).
GATHERING_NAMED_FIRST = re.compile(r"([\u4e00-\u9fff“”]{2,15}?会)(?:议)?(?:在[^，。；！？\n]{1,20}?)?(?:召开|举行|举办|开幕)")
ORGANISATIONS_IN_HUI = ("协会", "学会", "工会", "商会", "委员会", "常委会", "基金会", "联合会", "研究会", "促进会",
                        "理事会", "董事会", "监事会", "社会", "机会", "红十字会", "总会", "分会", "妇联会", "联谊会")


def gathering_held(lead: str, pos: int) -> tuple[str, int] | None:
    m = GATHERING.search(lead, pos)
    if m:
        return m.group(1), m.start(1)
    for m in GATHERING_NAMED_FIRST.finditer(lead, pos):
        if not m.group(1).endswith(ORGANISATIONS_IN_HUI):
            return m.group(1), m.start(1)
    m = FESTIVITY_HELD.search(lead, pos)
    return (m.group(1), m.start(1)) if m else None


# 农民丰收节隆重举行, 太极拳文化节拉开帷幕, 技能大赛开赛: a festival, contest or week held
# is an attended activity of no typed kind.
FESTIVITY_HELD = re.compile(r"([\u4e00-\u9fff“”]{2,15}?(?:节|赛|周))(?:在[^，。；！？\n]{1,20}?)?"
                            r"(?:隆重|正式|盛大)?(?:举行|举办|开幕|拉开帷幕|启幕|开赛|开启)")


# A photo's caption shows people at work (村民某某正忙着…): an activity, though no event word names it.
AT_WORK = re.compile(r"正(?:忙着|忙于|在忙)")
CAPTION_MAX = 160


# 6月27日，在某镇的稻田里，农机手某某驾驶收割机抢收早稻; 3月22日，…村民某某正在大棚内移栽:
# a dated scene where someone works
DATED_SCENE = re.compile(r"^(?:\d{1,2}\s*月\s*\d{1,2}\s*日[上下]?午?|近日|日前)[，,][^。；！？\n]{0,40}?"
                         r"(?:正在|在[^，。；\n]{2,12}?(?:里|上|内|旁|边|间))")


def scene_of_work(text: str, lead: str, lex: Lexicons) -> tuple[str, int] | None:
    """A short caption of people at work: 正忙着, or a dated scene with someone described
    in it (村民, 农机手; a photo of fields alone shows no activity)."""
    if len(text) > CAPTION_MAX:
        return None
    m = AT_WORK.search(lead)
    if not m:
        m = DATED_SCENE.match(lead)
        first = lead[:m.end() + 20] if m else ""
        m = m if m and any(word in first for word in lex.descriptions) else None
    return (m.group(0), m.start()) if m else None


def kind_of(lex: Lexicons, trigger: str) -> str:
    """The lexicon's kind of a trigger; a gathering held (欢送会) is a meeting, a scene
    of work (正忙着) or a festival held (丰收节) an activity."""
    if trigger in lex.event_type_of:
        return lex.event_type_of[trigger]
    return "meeting" if trigger.endswith("会") else WEAK_KIND


def names_the_event(lead: str, end: int) -> bool:
    """`“运河记忆——大运河文物图片展”在市博物馆开展`: a quoted name whose head is the
    trigger, held (not “签约即开工”的理念, a slogan that qualifies a noun)."""
    return lead.startswith("”", end) and not lead.startswith("的", end + 1)


def first_trigger(lead: str, lex: Lexicons, pos: int, titles: list[TitleSpan],
                  offset: int = 0, kind: str | None = None) -> tuple[str, int] | None:
    """The earliest trigger from pos on (of the given kind, else of any typed kind),
    not inside a title (市人大常委会主任), a studied or conveyed reference
    (传达…会议精神), nor a clause of what was done before (检查…工作后，召开会议)."""
    aspects = [a.span() for a in ASPECTS.finditer(lead)]
    for m in lex.event_pattern.finditer(lead, pos):
        if not of_kind(lex, m.group(0), kind):
            continue
        if any(t.start <= m.start() + offset and m.end() + offset <= t.end for t in titles):  # not 市委常委|会
            continue
        clause_start = max(lead.rfind(c, 0, m.start()) for c in "，。；：\n") + 1
        before = lead[clause_start:m.start()]
        after = lead[m.end():m.end() + 6]
        studied = any(cue in before.replace("学习中心组", "") for cue in ("传达", "学习", "贯彻", "落实"))
        trigger_kind = lex.event_type_of[m.group(0)]
        # 经过专家评审会评审，确定…: the step a result came through, not the activity
        # (经过…接力救援，渔民全部获救: through a rescue, the rescue is the activity)
        if (studied and "学习" not in m.group(0)) or after.startswith(NOT_THE_ACTIVITY) \
                or before.startswith("经过") and trigger_kind != WEAK_KIND \
                or result_in_frame(lead, m.start()) \
                or TIMES_COUNTED.match(lead, m.end()) or HABITUAL.search(before) \
                or (trigger_kind in ("signing", "ceremony") and works_counted_or_qualified(lead, m, before)) \
                or (trigger_kind == "ceremony" and after.startswith(OPENING_AS_MODIFIER)):
            continue
        if m.start() and lead[m.start() - 1] + m.group(0)[0] in OVERLAPPING_WORDS:
            continue
        if inside_quote(lead, m.start()) and not names_the_event(lead, m.end()):
            continue  # a slogan or a name (“签约即开工”的理念), not the activity
        if any(a <= m.start() < b for a, b in aspects):
            continue  # 从发放消费券、开通旅游专线…等方面推出18条举措: what a policy covers
        if ADVISED.search(before):
            continue  # 驾车出行要注意…，提前检查车辆: what people are told to do
        if m.group(0) == "检查" and before.endswith(("医院", "医院做", "医院进行")):
            continue  # 女童被送往医院检查: a doctor's examination, no inspection
        if REPORTED_EARLIER.search(lead, 0, m.start()):
            break  # 前不久，本报报道了某某拾金不昧的事: a commentary on news told before
        if kind == WEAK_KIND and "记者" in before:
            continue  # 记者走访了多家农贸市场: the reporter's own rounds tell the story
        if kind == WEAK_KIND and (OPENS_ON_A_PERIOD.match(lead, start_of_sentence(lead, m.start()))
                                  or COUNTED_UP.search(before)):
            continue  # 7年来，…累计巡逻2500多次，协助抓获嫌疑人5名: a record over years, no activity
        if re.match(r"[^，。；！？\n]{0,16}?(?:之后|以后|后)[，,]", lead[m.end():]):
            continue
        later = act_of_named_group(lead, lex, m, kind) \
            or verb_after_destination(lead, lex, m, clause_start, kind) or joint_head(lead, lex, m) \
            or gathering_head(lead, lex, m, before)
        return later or (m.group(0), m.start())
    return None


# The paper's own earlier report, which a commentary or a follow-up opens on
REPORTED_EARLIER = re.compile(r"^[^。！？\n]{0,8}?(?:本报|本刊|本台|本网)(?:此前|曾经|曾|日前|近日)?(?:报道|刊发|报导)(?:了|过)?")
ASPECTS = re.compile(r"从[^。；！？\n]{2,60}?等(?:方面|领域|环节)")
ADVISED = re.compile(r"(?:提前|务必|尽量|建议|提醒|请)[^，。；！？\n]{0,2}$")
# 在全市观摩评价活动中，某区…位居第一: a result the activity gave, reported as news.
RESULT_FRAME = re.compile(r"在[^，。；！？\n]{2,40}?中[，,][^。；！？\n]{0,60}?(?:位居|名列|排名|位列|荣获|获评|获得|夺得|斩获)")


def result_in_frame(lead: str, pos: int) -> bool:
    """The trigger stands in a sentence that tells what an activity gave (在…中，…位居,
    荣获): the article reports the result, not the activity."""
    return any(m.start() <= pos < m.end() for m in RESULT_FRAME.finditer(lead))


# 已有35个签约项目开工建设, 共有12家企业签约: a tally of works, not one ceremony.
COUNTED_BEFORE = re.compile(r"(?:已有|共有|累计|共计|先后有)[\d一二两三四五六七八九十百千万]+(?:个|家|项|批|宗)[^，。；！？\n]{0,12}$")


def works_counted_or_qualified(lead: str, m: re.Match, before: str) -> bool:
    """The signing or opening is counted (签约项目23个, 签约23个项目, 累计签约, 已开工31个,
    已有35个项目开工) or qualifies a noun (去年开工的项目): a result, not the activity the
    article reports."""
    after = lead[m.end():m.end() + 8]
    return after.startswith(SIGNED_SUMS) or SIGNED_COUNT.match(after) is not None \
        or lead[:m.start()].endswith(SIGNED_OVER_TIME) or COUNTED_BEFORE.search(before) is not None \
        or after.startswith("的")


def of_kind(lex: Lexicons, trigger: str, kind: str | None) -> bool:
    """An activity word when asked for that kind, else a trigger of a typed kind."""
    return (lex.event_type_of[trigger] == WEAK_KIND) == (kind == WEAK_KIND)


def verb_after_destination(lead: str, lex: Lexicons, m: re.Match, clause_start: int,
                           kind: str | None) -> tuple[str, int] | None:
    """`到某项目开工现场调研`: a trigger inside the place a motion verb goes to names the
    place; the activity is the trigger after it in the same clause."""
    if not MOTION.search(lead, clause_start, m.start()):
        return None
    clause_end = COMMA_CLAUSE_END.search(lead, m.end())  # 到某县调研，并召开座谈会: 调研 is the verb
    for later in lex.event_pattern.finditer(lead, m.end(), clause_end.start() if clause_end else len(lead)):
        if of_kind(lex, later.group(0), kind) and not lead.startswith("的", later.end()):
            return later.group(0), later.start()
    return None


# 考察团, 调研组, 督导组: a group named for what it came to do.
GROUP_NAMED_FOR = ("团", "组")


def act_of_named_group(lead: str, lex: Lexicons, m: re.Match, kind: str | None) -> tuple[str, int] | None:
    """A group named by a trigger (某市考察团来我县学习交流，双方进行了座谈) does what its
    sentence says it does; if the sentence names nothing, the group's name tells it."""
    if not lead.startswith(GROUP_NAMED_FOR, m.end()):
        return None
    end = SENTENCE_END.search(lead, m.end())
    for later in lex.event_pattern.finditer(lead, m.end(), end.start() if end else len(lead)):
        if of_kind(lex, later.group(0), kind) and not lead.startswith(GROUP_NAMED_FOR, later.end()):
            return later.group(0), later.start()
    return None


# A gathering held, named by its subject: 召开巡视整改工作推进会, 督导工作汇报会在某地召开.
HOLDING = re.compile(r"召开|举行|举办")
NAME_RUNS_ON = re.compile(r"[^，。；！？、\n]{0,16}")
NAME_ENDS = re.compile(r"[，。；！？\n]|$|在|召开|举行|举办|上")
NAME_HELD_AFTER = re.compile(r"(?:在[^，。；！？\n]{1,20}?)?(?:召开|举行|举办)")


def gathering_head(lead: str, lex: Lexicons, m: re.Match, before: str) -> tuple[str, int] | None:
    """An inspection or talks word inside the name of a meeting held (召开全市巡视整改工作推进会,
    对接工作座谈会在某地召开): the meeting is the activity."""
    if lex.event_type_of[m.group(0)] not in ("inspection", "talks"):
        return None
    name = NAME_RUNS_ON.match(lead, m.end())
    for later in lex.event_pattern.finditer(lead, m.end(), name.end()):
        if lex.event_type_of[later.group(0)] != "meeting" or not NAME_ENDS.match(lead, later.end()):
            continue
        if HOLDING.search(before) or NAME_HELD_AFTER.match(lead, later.end()):
            return later.group(0), later.start()
    return None


# A joint name: 表彰大会暨颁奖仪式, 集中开工暨观摩活动.
JOINT = re.compile(r"[^，。；！？\n]{0,12}?暨[^，。；！？\n]{1,24}")
JOINT_END = re.compile(r"召开|举行|举办|开幕|在|[，。；！？\n]")


def joint_head(lead: str, lex: Lexicons, m: re.Match) -> tuple[str, int] | None:
    """In a joint name (动员大会暨启动仪式, 项目集中开工暨观摩活动) the last typed
    trigger is the head: what was held."""
    joint = JOINT.match(lead, m.end())
    if not joint:
        return None
    end = JOINT_END.search(lead, lead.index("暨", m.end()) + 1, joint.end())
    head, head_at = m.group(0), m.start()
    for later in lex.event_pattern.finditer(lead, m.end(), end.start() if end else joint.end()):
        kind = lex.event_type_of[later.group(0)]
        # a meeting is the setting of a ceremony or signing (开幕式暨招商推介大会)
        if kind != WEAK_KIND and not (kind == "meeting" and lex.event_type_of[head] in ("ceremony", "signing")):
            head, head_at = later.group(0), later.start()
    return (head, head_at) if head_at != m.start() else None


def clause_after(text: str, pos: int) -> str:
    m = CLAUSE_END.search(text, pos)
    return text[pos:m.start() if m else len(text)]


def clause_before(text: str, pos: int, width: int = 12) -> str:
    start = max(0, pos - width)
    cut = max(text.rfind(c, start, pos) for c in "。；！？\n，")
    return text[max(start, cut + 1):pos]


# 受某某委托 is a reference cue; 代表某某 (on behalf of) right before the title chain is too
ON_BEHALF_OF = ("代表",)
# Verbs of passing a text on: the one who does it is present (传达了…精神, 宣读了…决定).
CONVEYING = ("传达", "宣读", "领学", "解读", "通报", "宣讲", "带领学习", "领读")
# What the speaker did first (主持会议并, 在会上): nothing of anyone else's words
ACTS_BEFORE_CONVEYING = re.compile(r"(?:[^，,；;。精神讲话指示批示]{0,12}?(?:并|后|时|上|，))?")


# Right after a name, words that tell of someone remembered or read, not present: 纪念某某同志诞辰,
# 某某烈士生前, 学习某某的先进事迹, 以某某为榜样, 以某某的成长经历勉励同学们, 作家某某在《平凡的世界》中写道.
REMEMBERED_AFTER = re.compile(r"(?:同志|烈士|先生|老人|老师)?(?:诞辰|逝世|生前|殉国|殉职|牺牲|就义|遇难|\d{4}年出生|出生于"
                              r"|追思会|追悼会|遗体告别"
                              r"|的?[\u4e00-\u9fff]{0,2}事迹|为榜样|的?《"
                              r"|的(?:成长|奋斗|创业|求学|人生)?(?:经历|故事)(?:勉励|激励|教育|启发|告诉)"
                              r"|在《[^》\n]{1,30}》[中里]?(?:写道|写到|说|指出)"
                              # 某某今年7月为救落水儿童不幸牺牲: a hero who died, honoured now
                              r"|[^。！？；\n]{0,30}?(?:不幸|英勇)(?:牺牲|遇难|去世|离世|逝世))")
# 因年老体弱未能到场的老党员某某, 本报曾报道过的务工人员某某: absent, or named in an earlier report
NOT_THERE_BEFORE = re.compile(r"(?:未能|没能|未|无法|不能)(?:到场|出席|参加|到会)的[^。，,；！？\n]{0,12}$"
                              r"|(?:本报|记者|媒体)(?:曾经?|此前)?报道过?的[^。，,；！？\n]{0,12}$")
# 去年4月，某某曾到该乡调研; 据本报此前报道，某某曾作出部署: a past visit told as background.
DID_BEFORE = re.compile(r"(?:同志)?[也还]?曾")
PAST_MARKERS = re.compile(r"去年|前年|此前|以前|早前|过去|早在|\d{4}年|据[^，。；！？\n]{0,10}报道")


def remembered(text: str, start: int, end: int) -> bool:
    """Someone commemorated, studied as a model, quoted from a book, or told of as having
    done something in the past (a sentence opening on 去年 or 据…报道, then 某某曾…). Only
    when every mention is such: 某某曾 may begin the story of someone who then takes part."""
    if REMEMBERED_AFTER.match(text, end):
        return True
    sentence_start = start_of_sentence(text, start)
    if NOT_THERE_BEFORE.search(text, sentence_start, start):
        return True
    return DID_BEFORE.match(text, end) is not None and PAST_MARKERS.search(text, sentence_start, start) is not None \
        or RECALLED.search(text[sentence_start:start]) is not None \
        or STORY_TOLD.search(text[sentence_start:start]) is not None and DEEDS_AFTER.match(text, end) is not None


# 她讲述了革命烈士某某在敌人屠刀下宁死不屈的英勇事迹: whose deeds a speaker tells
STORY_TOLD = re.compile(r"(?:讲述|讲起|讲了|介绍了|回顾了|宣讲了)[^。！？\n]{0,16}$")
DEEDS_AFTER = re.compile(r"[^。！？；\n]{0,40}?(?:事迹|故事)")


# 某某在致辞中说，今年5月，市委书记某某在德国考察期间…: a speaker tells of an earlier time;
# who acted then is spoken of, not present
RECALLED = re.compile(r"(?:说|介绍|表示|回忆|指出)[，,：:](?:[^。！？\n]{0,6}[，,])?"
                      r"(?:去年|前年|此前|早前|早在|上月|上周|前不久|今年\d{1,2}月|\d{4}年)[^。！？\n]*$")


def is_reference(text: str, start: int, end: int, lex: Lexicons) -> bool:
    """A mention inside a studied speech, an instruction or an entrustment, or
    the object of an election or appointment (补选王建修为代表)."""
    before = clause_before(text, start)
    for word in lex.reference_not:  # 受表彰的模范有：X is no entrustment (受X委托)
        before = before.replace(word, "")
    after = re.split(r"[，,；;。]", clause_after(text, end), maxsplit=1)[0][:30]
    conveys = re.search("|".join(CONVEYING), after)
    if conveys and ACTS_BEFORE_CONVEYING.fullmatch(after, 0, conveys.start()):
        after = ""  # 某某传达了会议精神, 某某主持会议并传达了…精神: the speaker conveys the spirit, present
    # (代表市委书记某某: spoken for, not present)
    return any(cue in before for cue in lex.reference_before) or before.endswith(tuple(lex.name_cues)) \
        or before.endswith(ON_BEHALF_OF) or any(cue in after for cue in lex.reference_after)


# 某某在讲话中指出，关某等抗联英雄用生命…: a name inside what a speaker said
SPOKEN_OF = re.compile(r"(?:指出|强调|表示|说|讲道|介绍)[，,：:][^。！？；\n]*$")


def spoken_of(text: str, pos: int) -> bool:
    """Named in someone's reported words: told of, unless named anywhere else."""
    return SPOKEN_OF.search(text, start_of_sentence(text, pos), pos) is not None


def start_of_sentence(text: str, pos: int) -> int:
    return max(text.rfind(c, 0, pos) for c in "。！？\n") + 1


def inside_quote(text: str, pos: int) -> bool:
    """Inside someone's quoted words (“…苏某107岁了…”): a person named only there was
    spoken of, not present."""
    para = text.rfind("\n", 0, pos) + 1
    return text.count("“", para, pos) > text.count("”", para, pos)


def mention_start(text: str, person: PersonFound, mention) -> int:
    """A titled mention starts where its title chain starts (受市委书记、…王小平委托)."""
    starts = [t.start for t in person.titles
              if t.start < mention.start and mention.start - t.end <= 40
              and not CLAUSE_END.search(text, t.start, mention.start)]
    return min(starts, default=mention.start)


# Who was interviewed: 某某在接受记者采访时说, 记者专访了某某, 某某告诉记者, 某某笑着对笔者说,
# 某某向记者介绍 (not 向记者致以问候: a greeting to the press is no interview); who told a
# reader's story (（某某口述）, 讲述人 某某).
TOLD_THE_REPORTER = r"告诉(?:本报)?(?:记者|笔者)|[对向跟](?:本报)?(?:记者|笔者)(?:说|表示|介绍|讲|谈|坦言|感叹|透露|算)"
INTERVIEWED_AFTER = re.compile(r"[^。；！？\n]{0,12}?(?:接受[^。；！？\n]{0,12}?(?:采访|专访)|做客"
                               rf"|{TOLD_THE_REPORTER})|\s*{TOLD}[）)]")
INTERVIEWED_BEFORE = re.compile(r"(?:采访了|专访了|走访了)[^。；！？，,\n]{0,16}$"
                                rf"|(?:^|[\n。！？]){TELLER_LABEL}\s*[：:]?\s*$")


def interviewed(text: str, person: PersonFound) -> bool:
    return any(INTERVIEWED_AFTER.match(text, m.end) or INTERVIEWED_BEFORE.search(text, max(0, m.start - 20), m.start)
               for m in person.mentions)


# Someone the reporter found busy (带班班长某某和工友们不顾寒冷，正在为调试忙碌着; 某某正忙着
# 修车): a scene of work witnessed, an activity though the article reports none.
BUSY_AFTER = re.compile(r"(?![的之])[^。；！？\n]{0,16}?(?:正忙|正在忙|忙碌着|正在[^。；！？，,\n]{1,12}?忙碌)")


def seen_at_work(text: str, person: PersonFound) -> bool:
    return any(BUSY_AFTER.match(text, m.end) for m in person.mentions)


def assign_roles(text: str, persons: dict[str, PersonFound], lex: Lexicons) -> None:
    for person in persons.values():
        person.roles = []
        person.interviewed = interviewed(text, person)
        person.seen_at_work = seen_at_work(text, person)
        mentions = sorted(person.mentions, key=lambda m: m.start)
        # Introduced inside a studied speech or an entrustment, later mentions
        # speak of that speech too (认清王国生书记讲话的重大意义).
        person.reference_only = is_reference(text, mention_start(text, person, mentions[0]), mentions[0].end, lex) \
            or all(inside_quote(text, m.start) or remembered(text, m.start, m.end) or spoken_of(text, m.start)
                   for m in mentions)
        if person.reference_only:
            continue
        for mention in mentions:
            if is_reference(text, mention_start(text, person, mention), mention.end, lex):
                continue
            clause = clause_after(text, mention.end)
            for m in lex.role_pattern.finditer(clause[:40]):
                role = lex.role_of[m.group(0)]
                if (role, mention.end + m.start()) not in person.roles:
                    person.roles.append((role, mention.end + m.start()))
                break
