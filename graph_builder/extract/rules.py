"""Rules on characters: official titles, people's names, roles and references.

pkuseg glues a name's last character to the next word now and then
(`刘|涛带|领市`), so names are found on the characters of the text, in the
contexts where Chinese newspapers write them: after a title (`副市长孙起鹏`),
in a leader list (`市领导李民生、闫小杏出席`), as a bare later mention of a
person already introduced (`王小平指出`), or opening a clause with a speech
verb (`”苗绍勇说`). Local news names ordinary people too: after a description
(`困难党员X`, `某村村民X`), a kinship word or an age (`六女儿X`, `46岁的X`), in
closing lists (`出席会议的还有X`), as the people visited (`慰问了X`), and before an
age, a person word or a speech verb (`X老人`, `X一行`, `X告诉记者`). Token
boundaries from the segmenter break ties; names found on weak evidence need a
given name of given-name characters, and rare surnames (和, 有) the segmenter's word.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..clean import BYLINE, TELLER_LABEL, TOLD, is_cjk
from .lexicon import NAME_DOTS, Lexicons

CLAUSE_START = set("。，；：！？“”\n")
AFTER_CLAUSE_START = re.compile("[" + "".join(sorted(CLAUSE_START)) + "]")

# Characters of Uyghur and Kazakh names after a dot that are no transliteration characters
# elsewhere (阿不都热合曼, 托合塔尔别克, 艾则孜, 哈力木), inside the part, more name after them
AFTER_DOT_CHARS = set("不都合别则力地外江")  # (Uyghur syllables: 吐尔地, 阿不都外力, 麦麦提江)
# Of them, those that end a name too (吐尔地, 艾力, 麦麦提江); 则 and 都 are words there (某某·某某则表示)
LAST_SYLLABLES = set("地外江力")
# Prepositions that no transliterated first name holds: 某某对马丁·霍夫曼 is two people.
DOTTED_NAME_BREAKS = set("对向给把被跟与为同在")
# Verbs that make someone do something (让, 使, 令), before a name
LETS = set("让使令")
# 皮埃尔·勒菲弗用略显生硬的汉语说, 帕提古丽·吾拉木家中: prepositions (and a home) a foreign name
# ends before, though the segmenter glues them on
PREPOSITIONS_AFTER_NAMES = DOTTED_NAME_BREAKS | set("用以从将家")
# (a part may join two names by a hyphen: 汉斯-彼得·沃尔夫, 让-吕克·某某)
NAME_HYPHENS = "-－"
DOTTED_NAME = re.compile(rf"[\u4e00-\u9fff]{{1,6}}(?:[{NAME_HYPHENS}][\u4e00-\u9fff]{{1,6}})?(?:[{NAME_DOTS}][\u4e00-\u9fff]{{1,8}})+")
TITLE_CHARS = re.compile(r"[\u4e00-\u9fff（）()0-9A-Za-z０-９]")
DIGITS = set("0123456789０１２３４５６７８９")
CHINESE_NUMERALS = set("〇零一二三四五六七八九十百千万")
DATE_UNITS = set("年月日号时分点")
MAX_TITLE = 30
# A visit told right after a foreign office, no name written (美国总统访华, 首相出访非洲).
TRAVEL_AFTER_OFFICE = re.compile(r"(?:出|来|回|互|到)?访|来华|赴|抵达?|离[华京任]")
# The longest foreign name with no dot read after an office (总统康斯坦丁内斯库 has seven).
MAX_TRANSLITERATED = 8
# 该支队, 该院, 该案, 该行, 该协会: the body or the case a story's 该 points back to ends on one of these
POINTER_ENDS = set("市县区镇乡村校局队厅委部司院所案行会厂站社店庭心团园组位门道")
# The end of an organisation or a place written before a description (某中学高三学生).
DESCRIPTION_ORG_END = re.compile(r"[村组镇乡县市区省局所队司厂校院会社站部委办心团协店场园馆署处科行庭系]")
SCHOOLS = ("中学", "小学", "大学", "街道")  # (and a city district's 街道: 某街道低保户)
# A third character that joins the next word, not the name: 班子和, 方式的.
JOINING_CHARS = set("和与及的等在是")
# One-character words that glue onto a name's end (罗宏说, 王刚等, 李华家): with a
# two-character name before them, they start the next word.
GLUE_CHARS = set("说等在看家讲称和与及的是也都就又还将把被对向让给到去曾已均为以却则便即才并")
# The first character of a word that follows names, glued to a name's end by the segmenter,
# and how the word goes on (某某正|在值夜班, 某某参|与庭审, 副主席某某作|关于…的报告)
GLUED_ONSETS = {"正": ("在", "对着", "带领", "忙着", "准备"), "参": ("与", "加"), "作": ("关于", "了", "报告", "题为", "工作报告")}
# Verbs by which a name takes a post (某某担任审判长, 由某某任组长)
POST_TAKEN = re.compile(r"(?:担任|出任|兼任|当选|[任为])$")
# Particles after a verb (宰了, 穿着, 来过): the character before them is no name's
ASPECT_PARTICLES = set("了着过")
# One-character words that end a foreign name after a foreign office (某某某某率团, 某某某一行,
# 某某某某发来贺信, 某某某致信).
FOREIGN_NAME_AFTER = set("率在和一等向与及对为发致")
# One-character words a foreign or minority name ends before (某某·某某为群众义诊, 某某·某某等)
NAME_ENDERS = PREPOSITIONS_AFTER_NAMES | FOREIGN_NAME_AFTER | set("说等")
# One-character words after a foreign name that end it (莱利在, 采卡和, 某某率团).
FOREIGN_NAME_GLUE = GLUE_CHARS | {"率"}
# Glue characters that end given names too (永和, 德才): before punctuation, a
# follower or a speech verb they are the name's.
NAME_FINAL_GLUE = set("和才均")
# What no 和 joining two nouns stands before (皇甫庆和与某某, 高某和等, 晏庆和把…, 某兆和作宣讲报告):
# the 和 ends the name
AFTER_NAME_FINAL_HE = ("等", "与", "及", "把", "被", "作报告", "作宣讲", "作讲话", "作重要", "作交流", "作工作",
                       "作动员", "作专题", "作了")
# Function characters no given name is made of (有了, 时在座).
NOT_IN_GIVEN_NAMES = set("了的是等也都就又还将把被让给着过们个这那而或吗呢吧啊你我他她它您咱仍及却不")
# Surname characters that are mostly function words (向记者, 但俗话, 曾有人): the
# segmenter must see the whole name as one word.
FUNCTION_SURNAMES = set("向但应以那可要将位")
# More surnames that begin function words (曾有人, 常提), common enough as surnames
# (于某, 曾某) that only weak evidence asks for the segmenter's word.
FUNCTION_SURNAMES_WEAK = FUNCTION_SURNAMES | set("曾于常全")
# Rare surnames that are verbs far more often (干部有保健大夫, 原来): never cut from a given name.
VERB_SURNAMES = set("有原来过问第")
# Place words that end a phrase, not a name: 在贺信中指出, 空荡荡的田野上.
LOCATIVE_ENDS = set("中上下里内时")
# Organisation words no name ends with (督查队, 某某局).
NOT_LAST_IN_NAMES = set("队局厅委办部处站所校村乡镇县市区省组协联院馆路网赛节")  # (and events: 龙舟赛, 火把节)
# Surname characters that more often end a noun begun by a description (会员国, 教练席,
# 理事国人员): glued to a description, they are no name's start.
NOUN_ENDS = set("国席人员家们者长上下里中内外间处证费")
# The last characters of places, and of the villages and towns that lie in them.
PLACE_ENDS = set("省市县区镇乡村街")
VILLAGE_ENDS = set("村镇乡庄屯寨社")
# what ends a noun, not a name: 严重性, 高端化, 黄金期, 罗马式; 龙凤园, 丁字桥, 龙马湖, 某某巷
# (路 ends no name anywhere: NOT_LAST_IN_NAMES)
NOUN_SUFFIXES = set("性化期式型率度园桥湖港湾岛巷")
# Suffixes of abstract nouns no given name ends with (原真性, 新模式, 满意度)
ABSTRACT_NOUN_ENDS = set("性式型率度期")
IDEOLOGY_AFTER = re.compile(r"思想|理论|主义|精神|同志的")
DESCRIPTION_LAST = set("者户员")  # 释放者, 工商户, 队员
# Joining words inside an organisation's name (劳动和经济工作部, 呼和浩特市委): the title
# scan goes on over them when an organisation word follows and a word or place precedes.
JOINS_IN_NAMES = {"和", "与", "及"}
# Last characters of organisations: 区政府同志 are its staff, no person named 区政府.
ORG_LAST = NOT_LAST_IN_NAMES | set("会院科社馆协府厂司行团")
ORG_SUFFIX = re.compile(r"[部局厅委办会院所站处科队社馆中心协]")
# People in stories: an age before or after a name (46岁的周林中, 年过七旬的X, 苏才荣107岁, 张三，男，).
AGE_BEFORE = re.compile(r"(?:(?:\d{1,3}|[一二三四五六七八九十百]{1,4})(?:周)?岁"
                        r"|年(?:过|近|逾|届|已)(?:[六七八九]旬|古稀|花甲|半百|耄耋|不惑|知天命|期颐|百岁)(?:之年)?)(?:的|老人)")
AGE_AFTER = re.compile(r"(?:[，,](?:今年|现年)|[（(])?(?:\d{1,3}|[一二三四五六七八九十百]{1,4})(?:周)?岁|[，,](?:男|女)[，,]")
LIVES_AT = re.compile(r"家住[\u4e00-\u9fff\d号栋单元楼室组]{2,30}?的")
# Who told a reader's story: 讲述人 X, 口述：X (the teller, not a reporter).
TELLER = re.compile(rf"{TELLER_LABEL}\s*[：:]?\s*")
TOLD_BY = re.compile(rf"\s*(?:{TOLD}|提供)(?=[）)\s])")  # （王某口述）, （王某 提供）
# Closing lists of who else took part: 出席会议的还有, 参加活动的有, 获奖者：; and who won
# (荣获一等奖的有X、Y; not households, 的有X家庭, whose names the segmenter cuts badly).
CLOSING_LIST = re.compile(r"(?:出席|参加|列席|参与|陪同|参观|到场|就座|就坐|在座)[\u4e00-\u9fff]{0,12}?的"
                          r"(?:市领导|县领导|区领导|省领导|领导|同志|嘉宾|人员)?(?:还)?有[：:]?"
                          r"|(?:荣获|获得|获评|被评为|被授予)[^，。；！？\n]{0,16}?的(?:还)?有[：:]?"
                          r"(?![\u4e00-\u9fff]{2,3}家庭)"
                          r"|(?:获奖者|获奖人员|受表彰的|当选的|名单如下|分别是|他们是)[：:]?|的有[：:]|图为")
# A photo caption's position marks after a name: 王某（右二）.
PHOTO_POSITION = re.compile(r"[（(](?:(?:左|右|中|前|后)[一二三四五六七八九]?|化名|音)[）)]")
# Awards and elections after a name: 王某荣获, 李某被评为, 张某当选.
AWARDED = re.compile(r"荣获|获评|被评为|被授予|当选为|获得了?[\u4e00-\u9fff]{0,8}?(?:奖|称号|荣誉)")
# A jump note that ends where a title would start: （上接第一版）县委常委.
CONTINUATION_BEFORE = re.compile(r"[（(](?:上接|下转|接|转)[^（）()]{0,10}[）)]$")
# A note between a title and its name: 副市长（挂职）, 县长（代）.
# A byline's bracket closing before a title: （中央社记者王某台北9日电）行政院长, 新华社北京4月10日电
# （记者 王某）国务院总理, （记者王某/新竹报导）县长: the byline is no part of the title.
BYLINE_BRACKET_BEFORE = re.compile(r"[（(](?:[^（）()]{0,40}?(?:记者|通讯员|实习生)[^（）()]{0,24}"
                                   r"|[^（）()]{0,40}?(?:\d日专?电|报[导道]))[）)]$")
# A dateline glued to the text (中央社记者王某台北10日电经济部长, where a column broke its line).
DATELINE_BEFORE = re.compile(r"\d日专?电$")
ACTING = {"代", "代理"}
BRACKET_NOTE = re.compile(r"[（(][\u4e00-\u9fff0-9０-９]{1,6}[）)]")
# Between a name and a title set off after it: 王某，某村村民, 李某现任某公司总经理.
APPOSITION = re.compile(r"[，,](?:现任|系|是|为|担任|时任)?|现任|系|担任|时任")
APPOSITION_FORMS = ("，现任", "，系", "，担任", "，时任", "现任", "担任", "时任", "，")
# The last item of a list of names may follow 和 (王某、李某和赵某).
LIST_LAST = set("和与及")
PARTNER_JOINS = LIST_LAST | {"同"}
# 等节目, 等特色产品: what a list of short words ends in when its items are no people
THINGS_LISTED = re.compile(r"等[\u4e00-\u9fff]{0,2}?(?:节目|项目|产品|作品|曲目|剧目|歌曲|舞蹈|乐器|品种|企业|单位|景点|地区|国家"
                           r"|城市|菜品|特产|小吃|品牌|课程|赛事)")
# 科某先生, 艾某小姐: a foreign name stands before these as a Chinese one does.
HONORIFICS = {"先生", "女士", "小姐", "夫人"}
# 韩某某的《岁月》, 洪某《菜根谭》, 戴某笔下, 高某著的: an author before the work, or the word for the work.
WORK_TITLE_AFTER = re.compile(r"的?《|笔下|(?:著|主编|编著|执导|主演|作词|作曲)(?:的|《|，|。)")
# Story cues right before a name: 一位名叫X的老人, 她叫X, 女工叫X.
NAMED = re.compile(r"名叫|叫作|叫做|(?<=[位个她他工孩娃人妹姐哥弟儿女])叫")
# Frames that hold a person in features (在X看来, 对于X来说, 在X的带领下, 像X这样的):
# the word before the name and a pattern after it.
FRAMES = [
    (("在",), re.compile(r"看来|眼里|眼中|心中|心里|身上|的(?:带领|帮助|指导|鼓励|影响|感召|带动|推动|支持|关心|陪伴|"
                        r"建议|倡议|号召|组织|协调)下")),
    (("对于", "对"), re.compile(r"来说|而言")),
    (("经过", "通过", "在"), re.compile(r"的(?:努力|精心|悉心|耐心|坚持)")),
    (("像", "和", "与", "跟", "同"), re.compile(r"(?:这样|那样|一样|一起|一道)")),
    (("以",), re.compile(r"为(?:代表|榜样|原型)")),
    (("让", "令", "使"), re.compile(r"(?:没有?想到|想不到|感动|欣慰|难忘|自豪|意外|惊喜|感慨|骄傲)")),
    # 由X获得, 由X担任, 被X发现: the name is who acts, between 由 or 被 and the verb
    (("由",), re.compile(r"获得|担任|负责|发现|讲述|执教|主讲|演唱|捐赠|牵头|创作|颁发")),
    (("被",), re.compile(r"发现|救起|救出|看到|看见|认出|拉住|抱住|扶起|送到|送往")),
    # 与X有着三十年的交情, 与X结下友谊, 与X交往 (not 与高温有关; 和, 同 join words: 和平依然有, 同时积极有序)
    (("与",), re.compile(r"有着|有(?![关所利助效望力])|结下|结识|相识|相恋|交往|共事|相处")),
]
# Verbs of stories whose object is a person (跟着X干, 随着X的一声令下, 遇到了X), and a
# dash that sets a name off after its description (好心人——X).
STORY_CUES = re.compile(r"(?:跟着|随着|带着|领着|找到|遇到|遇见|碰到|碰见|联系上)了?|—{2,3}")
# 葛玉梅家的院子, 柏永年家庭: a home after a name, glued to it by the segmenter
HOME = re.compile(r"家庭?")
# A delegation or a group led by a person: 以X为首的, 以X副书记为团长的.
LED_BY_END = re.compile(r"为(?:首|核心|团长|副团长|组长|队长|领队|主编|代表)")
# Where a speech was made, between the speaker and the verb: 在讲话中, 在会上, 在致辞时.
SPEECH_OCCASION = re.compile(r"在[\u4e00-\u9fff]{1,10}?(?:中|上|时)[，,]?")
# Followers too common after ordinary words to show a name at a clause's start.
WEAK_FOLLOWERS = {"今年", "现场", "作为", "共同", "一起", "正在", "代表", "希望", "家中"}
# Prepositions that make the next word an object (给奶奶, 为老人, 和妻子).
OBJECT_MARKERS = set("给为向陪带跟帮替")
# Characters that may stand right before a name: function words and punctuation.
LEFT_EDGE = set("的了和与及对向给为由请让被把同跟是在从将到")
ALIAS = re.compile(r"([\u4e00-\u9fff])(书记|市长|县长|区长|主任|主席|部长|局长|厅长|院长|校长|董事长|省长)(?![\u4e00-\u9fff]{0,1}[、])")
# 王某、李某是一对夫妻, 郑某、胡某两位同志: what names listed at a clause's start are
# (a single name there needs a verb: 王国是 may be a country)
LIST_PREDICATE = re.compile(r"是|都|均|也|俩|夫妇|夫妻|[两二三四五六七八九十]位|[两二三四五六七八九十]人")
# Directions and results after a verb (戴上, 拿起, 走进): no one-character given name
VERB_COMPLEMENTS = set("上下起出进到完好来去回")
VERB_PARTICLES = {"起来", "下来", "出来", "上来", "进来", "过来", "回来", "下去", "上去", "出去", "过去", "起去"}
# Prepositions: no one-character given name either (总统曾于去年致函)
PREPOSITIONS = set("于在从向对把被将与以")
# 曾 (once) after a word of time: 少年时曾在, 采访时曾说; no one-character given name
ONCE = set("曾")
# Prepositions that end verbs (定于, 位于, 属于, 在于): no two-character given name ends with one.
TRAILING_PREPOSITIONS = set("于")
# Words that stand before a post, no given name after a surname character (各县区分管负责同志,
# 乡主要负责人): they qualify the post.
# Which ones, right before a post: no part of the title (有关负责同志, 相关负责人, 各位负责人).
WHICH_ONES = {"有关", "相关", "各位"}
POST_QUALIFIERS = {"分管", "主管", "主要", "有关", "相关", "具体", "直接", "负责", "牵头"}
# Aspect markers: what they follow is a verb, no given name (路|修好|了).
ASPECT_MARKERS = set("了着过")
# Surname characters that are directions too: before a place they make a place (东伦敦).
DIRECTIONS = set("东南西北")
# 王某任组长, 李某为组长: a verb that gives a name its post
APPOINTED = set("任为")
# 研究会首任会长, 前任局长: which holder of the post, no verb that ends the title
HOLDER_ORDINALS = set("首前历继原现")
# 王某当选为市长, 李某兼任秘书长: a name elected or appointed to the post after it
APPOINTED_TO = re.compile(r"(?:新)?(?:当选为?|[出兼担升调改继连]?任)$")
# 孙某和丈夫, 周某的儿子: a name joined to a kinship word
KIN_JOINS = set("和与的同跟")
# Areas of China's peoples, where names often break the Han pattern (多吉次珠, 阿苦日吉)
MINORITY_AREA = re.compile(r"自治[区州县旗]|西藏|新疆|内蒙古|苏木|嘎查|[\u4e00-\u9fff]{1,3}族")
# 李某（女，45岁，回族，某镇卫生院院长）: sex, age, people before the title in brackets
BRACKETED_PERSON_NOTE = re.compile(r"[（(](?:(?:男|女|\d{1,3}岁|[\u4e00-\u9fff]{1,4}族|中共党员)[，,、])+$")
SIGNATURE_AFTER_NAME = re.compile(r"总书记|同志|新时代中国特色社会主义思想")
# Short names (or dotted ones) joined by 、: 姚红磊、郭宁、裴嘉伟.


def clause_starts(text: str, lex: Lexicons, lead: int | None) -> list[int]:
    """The text's start, where it starts after a news head glued to it (lead), and every
    position after a clause mark, in order (a regex finds the marks: a loop over every
    character was a fifth of the name rules); also after a word that opens a clause
    there (这时, 于是)."""
    starts = [0, *([lead] if lead else []), *([byline_end(text)] if byline_end(text) else []),
              *(m.end() for m in AFTER_CLAUSE_START.finditer(text))]
    openers = [m.end() for m in (lex.clause_opener_pattern.match(text, i) for i in starts) if m]
    return sorted(set(starts) | set(openers))


def byline_end(text: str) -> int | None:
    """Where the text starts after a bracketed byline (本报讯（记者某某）高某指出: the
    bracket closes the byline, a clause starts after it), or None."""
    byline = BYLINE.match(text)
    end = byline.end() if byline else 0
    return end if end and text[end - 1] in "）)】]" else None


def lead_end(text: str) -> int | None:
    """Where the text starts after a news head glued to it (本报讯孙某和丈夫…: the column
    layout dropped the space after 本报讯), or None."""
    byline = BYLINE.match(text)
    end = byline.end() if byline else 0
    return end if end and is_cjk(text[end - 1]) and text[end:end + 1] not in CLAUSE_START else None


@dataclass
class TitleSpan:
    start: int
    end: int
    post_start: int


@dataclass
class Mention:
    start: int
    end: int
    via: str


@dataclass
class PersonFound:
    name: str
    mentions: list[Mention] = field(default_factory=list)
    titles: list[TitleSpan] = field(default_factory=list)
    roles: list[tuple[str, int]] = field(default_factory=list)  # (role, offset of the verb)
    reference_only: bool = True
    interviewed: bool = False  # 接受记者采访: the interview is an activity even where none is reported
    seen_at_work: bool = False  # 正忙着修车: a scene of work the reporter saw is an activity too

    def take(self, titles: list["TitleSpan"]) -> None:
        """Titles found with a mention (or with a shorter reading of the name): each span once."""
        for t in titles:
            if not any(t.start == u.start and t.end == u.end for u in self.titles):
                self.titles.append(t)

    def hold(self, title: "TitleSpan") -> None:
        """A title found after a mention: once for each place it starts at."""
        if not any(u.start == title.start for u in self.titles):
            self.titles.append(title)

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)


# 代表团, 主席团, 秘书处, 代表们: a post word that goes on into a body or a plural
COLLECTIVE_OF_POSTS = set("团处们")


def find_titles(text: str, lex: Lexicons, token_starts: set[int] | None = None) -> list[TitleSpan]:
    """Every post word with the organisation written to its left (`修武县委`+`书记`), and
    every description of a person (`某村老党员`) that starts where a word starts."""
    titles = []
    for m in lex.post_pattern.finditer(text):
        if text[m.end():m.end() + 1] in COLLECTIVE_OF_POSTS:
            continue  # 代表团审议, 书记处, 委员们: a body or a group of the post's holders, no one's title
        if m.group(0).endswith("校") and text.startswith("长", m.end()) and text[m.start() - 1:m.start()] in CHINESE_NUMERALS:
            # 沧州一中校长: the school's head (一中|校长), not a lieutenant colonel (中校)
            post_start = m.start() + 1
            titles.append(TitleSpan(title_start(text, post_start, lex, token_starts), m.end() + 1, post_start))
            continue
        if m.group(0) in lex.descriptions:
            head = m.start() if not token_starts or m.start() in token_starts \
                else shorter_description_start(text, m, lex, token_starts)
            if head is None:
                continue  # 确保安全 holds no 保安
            titles.append(TitleSpan(description_start(text, head, lex, token_starts), m.end(), head))
        else:
            titles.append(TitleSpan(title_start(text, m.start(), lex, token_starts), m.end(), m.start()))
    return titles


def shorter_description_start(text: str, m: re.Match[str], lex: Lexicons, token_starts: set[int]) -> int | None:
    """A description inside the one matched that starts where a word does, when the
    match itself starts inside a word: 村民组|老|党员 where the segmenter cut 组老|党员
    gives 党员 (the modifier 老 is taken back as modifiers are); 确保安全 holds none."""
    for k in range(m.start() + 1, m.end() - 1):
        if k in token_starts and text[k:m.end()] in lex.descriptions:
            return k
    return None


# The disease's name of early 2020 (新型冠状病毒感染的肺炎), its 的 inside a title
COVID_2020 = "病毒感染的肺炎"
NEIGHBOURHOODS = ("社区", "小区", "街道")
BUS_ROUTE_BEFORE = re.compile(r"(?<![\d.])\d{1,3}路(?:公交车|公交|车)?$")
HERITAGE_HEADS = ("传承人", "代表性传承人", "非遗传承人")


def representatives_post(text: str, head_start: int, lex: Lexicons) -> int | None:
    """Where a post starts that 代表 at head_start speaks for (第一书记代表, 村主任代表), or None."""
    if not text.startswith("代表", head_start):
        return None
    return next((head_start - n for n in (5, 4, 3, 2) if text[head_start - n:head_start] in lex.posts), None)


def description_start(text: str, head_start: int, lex: Lexicons, token_starts: set[int] | None = None) -> int:
    """Modifiers (困难, 退休, 老) before the head, and before them an organisation or a
    place only: 某村村民组老党员, 城关派出所民警; 引导广大党员 gives 党员."""
    post = representatives_post(text, head_start, lex)
    if post is not None:
        return title_start(text, post, lex, token_starts)  # 驻村第一书记代表: the post with its place
    k = modifiers_start(text, head_start, lex)
    route = BUS_ROUTE_BEFORE.search(text, 0, k)
    if route:
        k = route.start()  # 某公交集团18路公交车驾驶员, 33路驾驶员: the route is the driver's post
    # field nouns, words of the segmenter's, where no organisation or place stands:
    # 医改专家, 著名水稻专家, 劳动奖章获得者 (not 引导广大党员; 某分公司青年党员 keeps
    # its company); and before them a short quoted name (全国“五一”劳动奖章获得者)
    for _ in range(2):
        if not org_or_place_before(text, k, lex, token_starts) and k >= 2 and text[k - 2:k] in lex.description_fields \
                and (not token_starts or (k - 2) in token_starts):
            k = modifiers_start(text, k - 2, lex)
    quote = quoted_before(text, k)
    if quote is not None and quote > 0 and TITLE_CHARS.match(text[quote - 1]):
        k = modifiers_start(text, quote, lex)
    k = modifiers_start(text, native_place_start(text, k, lex), lex)
    if text.startswith(HERITAGE_HEADS, head_start):
        # 妈祖祭典非遗传承人, 漳州布袋木偶戏非遗传承人: the heritage item whose line is carried
        # on opens the description, as an organisation opens a post
        return title_start(text, k, lex, token_starts)
    country = longest_ending_at(text, k, lex.countries)
    if country:
        return k - country  # 途经菲律宾侨商某某: a country opens the description (no organisation is one's)
    if org_or_place_before(text, k, lex, token_starts) or text.startswith(NEIGHBOURHOODS, k):
        # (社区居民 is a description of its own: the named neighbourhood before it, 北街社区居民)
        start = title_start(text, k, lex, token_starts)
        # 走进某村贫困户X家, 慰问某村五保户X: the place is where the visit went, not
        # part of the description.
        return k if text.endswith(lex.visit_verbs, 0, start) else start
    return k


def native_place_start(text: str, k: int, lex: Lexicons) -> int:
    """Where the place of `<place>籍` before a description starts (河南籍选手, 白俄罗斯籍研究生,
    在京焦作籍企业家; the Hakka's 客籍), or k where there is none."""
    if text[k - 1:k] != "籍":
        return k
    end = k - 2 if text[k - 2:k - 1] == "客" else k - 1
    place = longest_ending_at(text, end, lex.places)
    return end - place if place else (end if end < k - 1 else k)


def longest_ending_at(text: str, k: int, words: set[str]) -> int:
    """The length of the longest of words (two to eight characters) that ends at k, 0 for none."""
    return next((n for n in range(8, 1, -1) if k - n >= 0 and text[k - n:k] in words), 0)


# The longest line of a list of honours: a name, a place, an organisation and a post
LIST_ITEM_MAX = 40
# A row of a table or list of people, as the cleaner writes it (一等奖：柯某亮（县供电公司）)
# A list of people, each with a unit or post in brackets (章某英（某幼儿园园长）、项某军（某中学）、…)
BRACKETED_ITEM = r"[\u4e00-\u9fff]{2,4}（[^（）\n]{2,40}）"
BRACKETED_LIST = re.compile(rf"(?<![\u4e00-\u9fff]){BRACKETED_ITEM}(?:、{BRACKETED_ITEM}){{2,}}")
TABLE_ROW = re.compile(r"^(?:(?:[^：:\n（]{1,8}[：:])?(?P<name>[\u4e00-\u9fff]{2,4})(?:（[\u4e00-\u9fff]{1,3}）)?"
                       r"（[^（）\n]{2,40}）|(?![^：:\n]*(?:审|编|记者|作者|来源|通讯员|摄|监制|统筹|策划|校对|责任))[^：:\n]{4,30}[：:]"
                       r"(?P<last>[\u4e00-\u9fff]{2,4}))$", re.M)  # (not the credits: 一审：某某, 编辑：某某)


# A school's year or class before a description: 1987届校友, 高三（5）班学生, 2020级新生;
# a building: 5号楼居民.
# 县委理论学习中心组组长, 市委党史学习教育督导组组长: a study group or campaign, 学习 no verb here
STUDY_GROUP = ("中心组", "教育")
COHORT_BEFORE = re.compile(r"(?:(?:19|20)\d{2}[届级]|[高初][一二三](?:[（(]\d{1,2}[）)]班)?|[一二三四五六七八九][（(]\d{1,2}[）)]班|[一二三四五六]年级"
                           r"(?:[（(]?\d{1,2}[）)]?班)?"
                           # and where a resident lives: 5号楼居民, 3单元住户
                           r"|\d{1,4}(?:号楼|栋|幢|单元|号院)"
                           # and the generation of a line of craftsmen: 第五代传人
                           r"|第[一二三四五六七八九十\d]{1,3}代)$")


# The art a line of masters keeps, with its family's school: 陈氏太极拳, 杨式太极拳, 某派剪纸, 某家拳
LINEAGE_ART = re.compile(r"(?:[\u4e00-\u9fff][氏式家派])?[\u4e00-\u9fff]{1,4}?(?:拳|功|剑|刀|枪|棍|掌|戏|剧|医|针灸|剪纸|技艺)$")


def modifiers_start(text: str, k: int, lex: Lexicons) -> int:
    """Back over modifiers (困难, 退休, 国家一级), another description (农民工代表) or a
    school's year or class (1987届校友, 高三（5）班学生)."""
    while True:
        for n in (4, 3, 2, 1):
            if k - n >= 0 and (text[k - n:k] in lex.description_modifiers or text[k - n:k] in lex.descriptions):
                k -= n
                break
        else:
            cohort = COHORT_BEFORE.search(text, max(0, k - 10), k)
            if not cohort:
                return k
            k = cohort.start()
            art = LINEAGE_ART.search(text, max(0, k - 9), k) if text.startswith("第", k) else None
            if art:
                k = art.start()  # 陈氏太极拳第十二代传人: the art and its school, whose line it is


# What a quoted name before a post names, when it opens the title: a ship, a boat, a team
SHIPS_AND_TEAMS = ("船", "轮", "号", "队", "舰", "艇")
QUOTED = re.compile(r"“[\u4e00-\u9fff0-9０-９A-Za-z]{1,12}”$")  # (and a ship's: “粤湛江渔01588”船船长)


def quoted_before(text: str, k: int) -> int | None:
    """Where a short quoted name (“五一”, “三八”) that ends at k opens, or None."""
    m = QUOTED.search(text, max(0, k - 14), k) if text[k - 1:k] == "”" else None
    return m.start() if m else None


def org_or_place_before(text: str, k: int, lex: Lexicons, token_starts: set[int] | None = None) -> bool:
    """An organisation's last character, or a place, ends at k. A place must start
    where a word does: 赵国平和伤残军人 holds no 平和 (a county's short name)."""
    return k > 0 and (DESCRIPTION_ORG_END.match(text, k - 1) is not None or text.endswith(SCHOOLS, 0, k)
                      or any(text[k - n:k] in lex.places and (not token_starts or k - n in token_starts)
                             for n in range(2, 9)))


def title_start(text: str, post_start: int, lex: Lexicons, token_starts: set[int] | None = None) -> int:
    """Scan left over the organisation part until punctuation or a boundary word."""
    k = post_start
    limit = max(0, post_start - MAX_TITLE)
    while k > limit and (TITLE_CHARS.match(text[k - 1]) or text[k - 1] == "”" or text.endswith(COVID_2020, 0, k)):
        if text.endswith(COVID_2020, 0, k):
            k -= len(COVID_2020)  # 市新型冠状病毒感染的肺炎疫情防控工作领导小组组长: the disease's name of early 2020
            continue
        if text[k - 1] == "”":  # 省“三八”红旗手: a short quoted name inside the title
            quote = quoted_before(text, k)
            if quote is None:
                break
            if quote == 0 or not TITLE_CHARS.match(text[quote - 1]):
                # “粤湛江渔01588”船船长: a ship's or a team's quoted name opens the title
                k = quote if text[k:post_start] in SHIPS_AND_TEAMS else k
                break
            k = quote
            continue
        if text[k - 1] in "）)" and CONTINUATION_BEFORE.search(text, max(0, k - 16), k):
            break  # （上接第一版）县委常委: a jump note opens the article, not the title
        if text[k - 1] in "）)" and BYLINE_BRACKET_BEFORE.search(text, max(0, k - 70), k) \
                or text[k - 1] == "电" and DATELINE_BEFORE.search(text, max(0, k - 5), k):
            break
        if date_before(text, k):
            break  # 4月9日市长: a date before a title is no part of it (市12345热线, 2019年度 are)
        if text[k - 1] == "岁" and text[k - 2:k - 1].isdigit():
            break  # 61岁某街道居民: an age is no part of the description (百岁老人 is one)
        boundary = next((n for n, words in lex.boundaries_by_length if text[k - n:k] in words), 0)
        if boundary and not joins_inside_name(text, k, post_start, lex, token_starts) \
                and not text.startswith(STUDY_GROUP, k) \
                and not (boundary == 1 and (ends_a_word(text, k, lex, token_starts)
                                            or starts_a_word(text, k, token_starts)
                                            or ends_a_brand(text, k, post_start, lex, token_starts))) \
                and not text.startswith("党的", k - 2) \
                and text[k - 2:k] not in lex.description_modifiers \
                and not any(text[k - 1:k - 1 + n] in lex.description_modifiers for n in (2, 3, 4)):
            # (两名 cuts, 著名, 被困 and 受捐赠 do not)
            break
        if text[k - 1] == "任" and appointed_name_before(text, k - 1, lex):
            break  # 由陈某某任组长: the name and the verb that gives it the post
        if text[k - 1] == "导" and lex.group_pattern.match(text, max(0, k - 4)):
            break  # 市领导 before a title is a group word, not part of the title
        k -= 1
    # An opening bracket with no closing one after it opens the title (张某（某公司董事长）):
    # the text before it is not part of the title.
    opening = max(text.rfind("（", k, post_start), text.rfind("(", k, post_start))
    if opening >= 0 and not re.search(r"[）)]", text[opening:post_start]):
        k = opening + 1
    if text.startswith("记", k) and k and text[k - 1] in "—-－" and k + 1 < post_start:
        k += 1  # a feature's subtitle: ——记某村第一书记王某
    if k + 2 == post_start and text[k:k + 2] in WHICH_ONES:
        return post_start  # 有关负责同志 gives 负责同志 (有关部门负责人 keeps its 有关)
    for pointer in lex.title_pointers:  # 该县县委书记 gives 县委书记
        if text.startswith(pointer, k) and k + len(pointer) <= post_start \
                and text[k + len(pointer):k + len(pointer) + 1] not in COLLECTIVE_OF_POSTS:
            return k + len(pointer)  # (代表团团长 is the delegation's head: no pointer 代表 there)
    return pointer_end(text, k, post_start, lex, token_starts) or k


def pointer_end(text: str, k: int, post_start: int, lex: Lexicons, token_starts: set[int] | None) -> int | None:
    """Where 该 and what it points back to end (该支队支队长 gives 支队长, 该案主审法官
    主审法官): on a body's last character that opens no word with the next (该行|业专家
    is no pointer, 该社|区 goes on to 该社区) nor leaves one character before the post."""
    if not text.startswith("该", k):
        return None
    for end in range(k + 2, min(k + 5, post_start) + 1):
        if text[end - 1] in POINTER_ENDS and not lex.is_word(text[end - 1:end + 1]) \
                and (not token_starts or end in token_starts) and post_start - end != 1:  # (该会|社副会长)
            return end
    return None


def appointed_name_before(text: str, verb: int, lex: Lexicons) -> bool:
    """Two or three characters before 任 are a surname and a given name after a clause's
    edge (由陈某某任组长, 、张某任副组长), not which holder of the post (首任会长)."""
    if text[verb - 1:verb] in HOLDER_ORDINALS:
        return False
    return any(verb - n >= 0 and lex.surname_length(text, verb - n) and not lex.is_word(text[verb - n:verb])
               and (verb - n == 0 or not is_cjk(text[verb - n - 1]) or text[verb - n - 1] in "由以")
               for n in (3, 2))


def word_around(i: int, token_starts: set[int], limit: int) -> tuple[int, int]:
    """The segmenter's word that holds text[i], as (start, end); limit ends the last."""
    start = max((b for b in token_starts if b <= i), default=0)
    end = min((b for b in token_starts if b > i), default=limit)
    return start, end


def ends_a_word(text: str, k: int, lex: Lexicons, token_starts: set[int] | None) -> bool:
    """The one-character boundary word before k ends a longer word of the segmenter's
    that the dictionary knows: 高等专科学校 holds no 等, 平等 no 等."""
    if not token_starts or text[k - 1] in JOINS_IN_NAMES:
        return False
    start, end = word_around(k - 1, token_starts, len(text))
    return end == k and k - start >= 2 and text[start:k] in lex.common_words


def ends_a_brand(text: str, k: int, post_start: int, lex: Lexicons, token_starts: set[int] | None) -> bool:
    """The one-character boundary word before k ends a word of the segmenter's right before
    the rest of an organisation's name: a hospital's, a firm's or a fund's own name (协和|医院,
    大和|物产株式会社, 见义勇为|基金会), not a function word (作为, 因为) nor a word before a
    place (此案由|郓城县人民法院副院长: the place opens the organisation)."""
    if not token_starts or k >= post_start:
        return False
    start, end = word_around(k - 1, token_starts, len(text))
    word = text[start:end]
    return end == k and 2 <= len(word) <= 4 and word not in lex.function_words \
        and not any(text[k:k + n] in lex.places for n in (2, 3, 4)) \
        and not any(word[-n:] in words for n, words in lex.boundaries_by_length if 2 <= n <= len(word))


def starts_a_word(text: str, k: int, token_starts: set[int] | None) -> bool:
    """The one-character boundary word before k starts a two-character word of the
    segmenter's inside an organisation's name: 中国人民对外友好协会 holds no 对, 县对口帮扶
    办公室 none either (对|外事办公室 does)."""
    if not token_starts or text[k - 1] in JOINS_IN_NAMES or (k - 1) not in token_starts or k in token_starts:
        return False
    return (k + 1) in token_starts and TITLE_CHARS.match(text[k]) is not None


def inside_long_word(i: int, token_starts: set[int], limit: int) -> bool:
    """text[i] lies inside one segmenter's word with two or more characters on each side."""
    start, end = word_around(i, token_starts, limit)
    return i - start >= 2 and end - i - 1 >= 2


def date_before(text: str, k: int) -> bool:
    """text[:k] ends in a date or a time (4月9日, 10时), not a year's (2019年度)."""
    unit_at = k - 1 if text[k - 1:k] in DATE_UNITS else k if text[k - 1:k] in DIGITS else None
    if unit_at is None or text[unit_at:unit_at + 1] not in DATE_UNITS or text[unit_at - 1:unit_at] not in DIGITS:
        return False
    return not text.startswith("年度", unit_at)


def joins_inside_name(text: str, k: int, post_start: int, lex: Lexicons,
                      token_starts: set[int] | None = None) -> bool:
    """The boundary word ending at text[k] is inside a place's or an organisation's
    name: 犍为县, 呼和浩特市委 (a place spans it), 劳动和经济工作部, 文化广电和旅游局
    (和 with an organisation word after it and an ordinary word before it)."""
    for length in range(2, 9):
        for j in range(max(0, k - length), k - 1):
            if j + length > k - 1 and j + length >= k and text[j:j + length] in lex.places \
                    and (not token_starts or j == 0 or j in token_starts):  # 王小平和市长: no 平和 county
                return True
    # a place of three or more that the boundary character opens (以色列; 和县 is too short to tell)
    if any(text[k - 1:k - 1 + n] in lex.places for n in range(3, 9)):
        return True
    # a village or town of two characters after the place it lies in: 西向镇西向村, 某镇和平村
    if text[k:k + 1] in VILLAGE_ENDS and k >= 3 and text[k - 3] in PLACE_ENDS:
        return True
    # a company named with 和 (天和集团, 祥和公司): an organisation word with no name of its own after it
    if text[k - 1] == "和" and text.startswith(COMPANY_WORDS, k):
        return True
    # the organisation word may open the post (中央和国家机关|工委副书记; 市民和局长 has none)
    if text[k - 1] not in JOINS_IN_NAMES or not (ORG_SUFFIX.search(text, k, post_start)
                                                 or ORG_SUFFIX.match(text, post_start + 1)):
        return False
    if token_starts and inside_long_word(k - 1, token_starts, post_start):
        return True  # 国家发展和改革委员会: one word of the segmenter's holds 和 with two or more on each side
    if k < 3 or name_after_post(text, k - 1, lex):
        return False
    if text.endswith(STUDIED, 0, k - 1):
        return False  # 传达全国“两会”精神和省委书记某某讲话: what was studied, then whose words
    if any(text[k:k + n] in lex.places for n in range(2, 9)) and (not token_starts or k in token_starts):
        return False  # 在某宾馆与山西省晋城市委书记: a place after the join opens the next title
    if token_starts and k >= 4 and {k - 4, k - 1} <= token_starts and (k - 2) not in token_starts \
            and lex.surname_length(text, k - 4) == 1:
        return False  # 佟国强与某公司董事长 (or 阮|建勋|与): a name the segmenter keeps whole or cuts ends before 与
    # the two characters before 和 are a word: the dictionary's, or the segmenter's that
    # starts with no surname (住房和城乡建设局; 郭凯和市总工会 joins a name to a title)
    return text[k - 3:k - 1] in lex.common_words or text[k - 3:k - 1] in lex.description_fields or bool(
        token_starts and (k - 3) in token_starts and (k - 1) in token_starts and (k - 2) not in token_starts
        and not lex.surname_length(text, k - 3, rare=True))


COMPANY_WORDS = ("集团", "公司", "有限公司", "股份", "实业", "置业", "药业", "酒业")
# What a meeting studies, never part of an organisation's name before 和
STUDIED = ("精神", "讲话", "指示", "批示", "要求", "部署")


def name_after_post(text: str, join: int, lex: Lexicons) -> bool:
    """A post, then two to four characters, then the join (区长詹丽华与某公司总经理, 市长欧阳某某与):
    a titled person joined to the next, no organisation's name."""
    return any(lex.post_pattern.fullmatch(text, max(0, join - n - m), join - n)
               for n in (2, 3, 4) for m in range(2, 7) if join - n - m >= 0)


class NameFinder:
    """Finds titles and names in one text. Token boundaries are optional."""

    def __init__(self, text: str, lex: Lexicons, token_bounds: set[int] | None = None,
                 titles: list[TitleSpan] | None = None):
        self.text = text
        self.lex = lex
        self.bounds = token_bounds or set()
        self.titles = find_titles(text, lex, self.bounds) if titles is None else titles
        self.persons: dict[str, PersonFound] = {}
        self.lead_end = lead_end(text)
        self.clause_starts = clause_starts(text, lex, self.lead_end)

    def chain_before(self, title: TitleSpan) -> list[TitleSpan]:
        """Titles joined by 、 that end at this one: 市委书记、市人大常委会主任."""
        by_end = {t.end: t for t in self.titles}
        chain = [title]
        # 市纪委书记，市监委主任王某: a title that ends at a comma has no name of its own
        while chain[0].start >= 1 and self.text[chain[0].start - 1] in "、，," and (chain[0].start - 1) in by_end:
            before = by_end[chain[0].start - 1]
            if self.text[chain[0].start - 1] != "、" and POST_TAKEN.search(self.text, max(0, before.start - 2), before.start):
                break  # 庭长某某担任审判长，法官助理某某: the post the name before took, no title of the next
            chain.insert(0, before)
        return chain

    # --- names --------------------------------------------------------------

    def boundary_at(self, end: int) -> bool:
        text = self.text
        return end >= len(text) or not is_cjk(text[end]) or self.lex.follower_pattern.match(text, end) is not None

    def is_token(self, start: int, end: int) -> bool:
        """The segmenter saw text[start:end] as one word."""
        return (start == 0 or start in self.bounds) and end in self.bounds and \
            not any(k in self.bounds for k in range(start + 1, end))

    def plausible(self, start: int, end: int, sl: int, weak: bool = False, titled: bool = False) -> bool:
        """Surname + given name that is not an ordinary word, a place or a post. Found
        on weak evidence (weak), the given name is made of given-name characters."""
        text, lex = self.text, self.lex
        cand = text[start:end]
        if weak and not all(c in lex.given_name_chars for c in cand[sl:]):
            return False
        if cand[0] in (FUNCTION_SURNAMES_WEAK if weak else FUNCTION_SURNAMES) and self.bounds \
                and not self.is_token(start, end) and not (titled and self.given_word_after_office(start, end)):
            return False  # (校长位|红军: right after an office, a given name the segmenter kept whole)
        if end > len(text) or not all(is_cjk(c) for c in cand) or lex.is_word(cand) or lex.post_pattern.match(cand, sl) \
                or cand in lex.descriptions:
            return False  # (党员楼栋长: a description, not 楼 and a given name)
        if end - start - sl == 1 and cand[-1] in "家氏":
            return False  # 提起司马家, 王氏: the family, no given name
        if end - start - sl == 2 and cand[sl:] in VERB_PARTICLES:
            return False  # 农民富起来: a verb and its complement
        if end - start - sl == 2 and cand[sl] in CHINESE_NUMERALS and cand[-1] in "成倍层":
            return False  # 占六成, 增三倍: a share or a multiple, no given name
        if any(c in NOT_IN_GIVEN_NAMES for c in cand[sl:]) or cand[-1] in NOT_LAST_IN_NAMES \
                or cand[sl:] in POST_QUALIFIERS or cand[sl:] in lex.speech_verbs:
            return False  # 韩振|江建议: a speech verb is no given name
        if end - start - sl == 2 and cand[-1] in TRAILING_PREPOSITIONS:
            return False  # 原定于下月: a verb and its preposition (定于, 位于), no given name
        if weak and end - start - sl == 2 and cand[-1] in ABSTRACT_NOUN_ENDS and self.is_token(start, end):
            return False  # 古城的原真性: an abstract noun the segmenter keeps whole
        if cand[sl] in ONCE and cand[-1] in PREPOSITIONS | ONCE:
            return False  # 少年时曾在, 时曾: an adverb (and a preposition), no given name
        if end - start - sl == 1 and cand[-1] in VERB_COMPLEMENTS | PREPOSITIONS:
            return False  # 为学生代表戴上成人帽: a verb and its complement; 总统曾于去年: a preposition
        if end - start - sl in (1, 2) and cand[-1] in APPOINTED and self.post_after(end):
            return False  # 王刚任组长, 陈某|安任组长: 任 gives the post
        follower = lex.follower_pattern.match(text, start + sl)
        if follower and len(follower.group(0)) >= 2:
            return False  # 时在座: the rest is a word that follows names
        if end - start - sl == 2 and lex.is_word(cand[:-1]):
            # 班子和, 干部进: a word and one more character, unless the segmenter keeps them whole.
            # (the segmenter may cut 程|志明 but not 纪念|堂)
            whole = (end - 1 not in self.bounds and (self.boundary_at(end) or end in self.bounds)) \
                if self.bounds else self.boundary_at(end)
            # (right after an office, a word that follows names closes it: 区长包立|新|陪同)
            # (right after an office, written twice the same way: 书记包立|新|对… 包立|新|在…, a name)
            return cand[-1] not in JOINING_CHARS and (bool(whole) or titled and (
                self.strong_end(end) or self.text.count(cand) >= 2 and self.boundary_at(end))
                and cand[-1] in lex.given_name_chars - LOCATIVE_ENDS - set("地得")
                and not self.ordinary_two_char_word(cand[:-1]))
        return True

    def name_at(self, i: int, strict: bool = False, weak: bool = False,
                titled: bool = False) -> tuple[int, int] | None:
        """A name starting at i. titled: right after an office, where a rare surname
        (荀, 萧) needs punctuation or a follower after the name, not the segmenter's
        word (特级教师荀某萍出席)."""
        text = self.text
        if i >= len(text):
            return None
        dotted = DOTTED_NAME.match(text, i)
        first_part = re.split(f"[{NAME_DOTS}]", dotted.group(0))[0] if dotted else ""
        if dotted and first_part[:1] in LETS and len(first_part) > 2 and first_part[1] not in NAME_HYPHENS:
            return None  # 让热某古丽·某某一家: the name starts after the verb
        if dotted and not self.lex.post_pattern.search(first_part) \
                and not any(c in DOTTED_NAME_BREAKS for c in first_part[1:]):  # 由议长萨阿东·哈马迪: the name follows the post
            span = self.dotted_name(i, dotted.end())
            if span:
                return span
        foreign = self.japanese_name_at(i) or self.vietnamese_name_at(i) or self.minority_name_at(i) \
            or self.dai_name_at(i)
        if foreign:
            return foreign
        if text[i] not in self.lex.name_initials:
            return None  # no surname starts here, not even a rare one
        sl = self.lex.surname_length(text, i)
        rare = not sl
        if rare:  # 原, 和, 有: surnames that are mostly words need the segmenter's word
            sl = self.lex.surname_length(text, i, rare=True)
            if not sl:
                return None
        candidates = [i + sl + gl for gl in (2, 1) if self.plausible(i, i + sl + gl, sl, weak or rare, titled)]
        if rare:
            # right after an office, a surname that is hardly a word and a given name the segmenter
            # cut anywhere (綦立|新), up to the end of its word: the longer reading
            cut_whole = titled and text[i] in self.lex.surname_only and (i + sl + 2) in self.bounds
            # (专家和权威: 和 joins, it opens no name)
            candidates = [end for end in candidates
                          if cut_whole and end == i + sl + 2 or self.written_often(i, end, sl)
                          # (馆长堵|建新|等: right after an office, a given name the segmenter kept whole)
                          or titled and self.given_word_after_office(i, end) and self.boundary_at(end)
                          or (self.is_token(i, end) or titled and self.strong_end(end) and text[i] not in PARTNER_JOINS)
                          and (self.boundary_at(end) or titled and self.is_token(i, end) and (
                              text[i] in self.lex.surname_only
                              # 主任医师刀丽芬一边: three characters the segmenter keeps whole, a given name's
                              or end - i == 3 and all(c in self.lex.given_name_chars for c in text[i + 1:end])))]
        if len(candidates) == 2 and text[candidates[0] - 1] in GLUE_CHARS and (
                self.boundary_at(candidates[1]) or candidates[1] in self.bounds) and not (
                text[candidates[0] - 1] in NAME_FINAL_GLUE and (
                    self.strong_end(candidates[0]) or self.speech_after(candidates[0]))):
            candidates.reverse()  # 罗宏说：the 说 is the verb; 郑永和出席: the 和 is the name's
        if len(candidates) == 2:
            longer, shorter = max(candidates), min(candidates)
            if text[longer - 1] in GLUE_CHARS - NAME_FINAL_GLUE and shorter in self.bounds \
                    and not is_cjk(text[longer:longer + 1] or "a"):
                return i, shorter  # 王某以２∶０战胜: 以 is a preposition before the score
        if sl == 2 and text[i:i + 2] in self.lex.yi_clan_names and len(candidates) == 2 \
                and (self.strong_end(max(candidates)) and not self.strong_end(min(candidates))
                     or text[max(candidates) - 1] == "则" and max(candidates) in self.bounds) \
                and text[max(candidates) - 1] not in JOINING_CHARS | PREPOSITIONS:
            # 阿苏拉则出席: a clan name and two characters, the last no word after it (某来日则信心满满:
            # 则 the name's last syllable, a word after it)
            return i, max(candidates)
        if len(candidates) == 2 and text[max(candidates) - 1] in NAME_FINAL_GLUE \
                and text.startswith(AFTER_NAME_FINAL_HE, max(candidates)):
            return i, max(candidates)  # 高某和等, 皇甫庆和与某某, 村医晏庆和把…: no 和 joins a noun to these
        for end in candidates:
            if text[end:end + 1] in APPOINTED and self.post_after(end + 1):
                return i, end  # 王刚任组长, 李明为组长: the post the name is given follows
        for end in candidates:
            if self.boundary_at(end):
                return i, end
        if strict:
            return None
        for end in candidates:  # 贫困户马合营家走访: a one-character word glued on after the name
            if text[end:end + 1] in "家等" and text[end - 1] not in GLUE_CHARS \
                    and end + 1 in self.bounds and end not in self.bounds:
                return i, end
        if len(candidates) == 2 and text[candidates[0] - 1] in GLUE_CHARS and text[candidates[0]:candidates[0] + 1] in ASPECT_MARKERS:
            return i, candidates[1]  # 赵某看着新房: 看着 is the verb, whatever the segmenter's words
        for end in candidates:
            if end in self.bounds:
                return i, end
        return None

    def minority_name_at(self, i: int) -> tuple[int, int] | None:
        """`副书记乌力吉巴雅尔出席`, `州长更登才让，`, `村民旦增说`: a Tibetan or Mongolian
        name, one to three of the words such names are made of, the longest that ends where
        a name can; one word alone must be no ordinary word or place (扎西 is a town too)."""
        text, words = self.text, self.lex.minority_name_words
        ends = {i: 0}  # where a run of name words ends: how many words it holds
        frontier = [i]
        while frontier:
            pos = frontier.pop()
            for n in (4, 3, 2):
                if text[pos:pos + n] in words and ends[pos] < 3 and pos + n not in ends:
                    ends[pos + n] = ends[pos] + 1
                    frontier.append(pos + n)
        for end in sorted((e for e in ends if e > i), reverse=True):
            # (two name words or more may end where the segmenter's word does: 敖登格|日乐|演唱)
            # (and one name word of three characters or more: 旗委副书记其其格|随队慰问)
            if (self.boundary_at(end) or (ends[end] >= 2 or end - i >= 3) and end in self.bounds) \
                    and (ends[end] >= 2 or not self.lex.is_word(text[i:end])):
                return i, end
        return None

    def dai_name_at(self, i: int) -> tuple[int, int] | None:
        """`副州长岩温叫一同调研`, `傣族老人玉香恩`: a Dai name, 岩 (a man) or 玉 (a woman) and
        two Dai syllables, up to where a name can end and no ordinary word."""
        text, lex = self.text, self.lex
        if text[i:i + 1] not in lex.dai_initials or lex.is_word(text[i:i + 2]):
            return None
        # (one syllable too where the name ends before punctuation or a word that follows
        # names or tells what its bearer did: 茶农岩三告诉, 村民玉香和姐妹们: 和 joins)
        for end in (i + 3, i + 2):
            if end <= len(text) and all(c in lex.dai_syllables for c in text[i + 1:end]) \
                    and not lex.is_word(text[i:end]) \
                    and (self.boundary_at(end) or lex.role_pattern.match(text, end) or self.speech_after(end)
                         or end == i + 2 and text[end:end + 1] in JOINING_CHARS):
                return i, end
        return None

    def written_often(self, start: int, end: int, sl: int) -> bool:
        """`市委书记木|正华|到…, 木正华走进…, 木正华要求`: a surname that is mostly a word
        (木) and a two-character given name, written three times or more up to where a name
        can end: the story's person, whatever the segmenter cut."""
        text = self.text
        name = text[start:end]
        if end - start - sl != 2 or text[start] in PARTNER_JOINS | VERB_SURNAMES | FUNCTION_SURNAMES_WEAK \
                or not all(c in self.lex.given_name_chars for c in name[sl:]):
            return False
        return sum(self.boundary_at(m.end()) for m in re.finditer(re.escape(name), text)) >= 3

    def japanese_name_at(self, i: int) -> tuple[int, int] | None:
        """`田中一郎`, `桥本龙太郎`, `吉田健二一行`: a Japanese family name and the longest
        Japanese given name after it that ends where a name can (not 吉田健 and 二一行),
        and is no word that follows names (市长中田一行: 一行 is a given name too), nor
        ends as a place or a body does (金城乡党委: a township)."""
        text, lex = self.text, self.lex
        for sl in (3, 2):
            if text[i:i + sl] not in lex.japanese_surnames:
                continue
            follower = lex.follower_pattern.match(text, i + sl)
            for gl in (3, 2, 1):
                end = i + sl + gl
                if text[i + sl:end] in lex.japanese_given_names and end <= len(text) \
                        and (self.boundary_at(end) or end in self.bounds) \
                        and text[end - 1] not in NOT_LAST_IN_NAMES \
                        and not (follower and follower.end() >= end):
                    return i, end
        return None

    def find_dotted_names(self) -> None:
        """`美国友人约翰·史密斯参加`, `临时代办彭尼·理查兹参加`: a transliterated name
        written with a name dot is a person wherever it stands. Its first part runs back
        over transliteration characters; a place on either side (郑州·焦作) is no name."""
        text, chars = self.text, self.lex.transliteration_chars
        for dot in re.finditer(f"[{NAME_DOTS}]", text):
            d = dot.start()
            start = d
            while start > 0 and d - start < 6 and text[start - 1] in chars:
                start -= 1
            if start > 0 and text[start - 1] in chars:
                continue
            start = self.dotted_word_start(start, d)
            while d - start > 2 and text[start] in DOTTED_NAME_BREAKS | LETS and text[start + 1] not in NAME_HYPHENS:
                start += 1  # 让热某古丽·某某一家喜笑颜开: the verb before the name (让·雷诺 is Jean)
            # 主席沙曼·维雅吉: 席 is a transliteration character too; the name starts a word
            # (or where a post ends: 副府尹|颂猜·某某, the segmenter's word 尹颂猜)
            post_ends = {t.end for t in self.titles}
            start = next((k for k in range(start, d - 1) if not self.bounds or k in self.bounds or k in post_ends), d)
            if d - start < 2 or text[start:d] in self.lex.places:
                continue
            whole = DOTTED_NAME.match(text, start)
            span = self.dotted_name(start, whole.end()) if whole else None
            if span and self.bounds and span[1] not in self.bounds \
                    and text[span[1]] not in PREPOSITIONS_AFTER_NAMES \
                    and not self.lex.follower_pattern.match(text, span[1]) \
                    and not self.opens_a_word_after_name(span[1]):  # 约翰·史|密斯: on to the segmenter's word end
                # (某某·吾守尔|率调研组: a word that follows names ends it)
                word_end = min((b for b in self.bounds if b > span[1]), default=span[1])
                if word_end - span[1] <= 3 and not any(text[k:word_end] in self.lex.places
                                                        for k in range(span[0], word_end - 1)):
                    span = (span[0], word_end)  # (not over a country: 克洛德·谢松|法国)
            if span and text[d + 1:span[1]] not in self.lex.places:
                self.add(span, "dotted")

    def opens_with_activity(self, k: int) -> bool:
        """Two characters at k that name an activity or are a function word (会见, 同时)."""
        word = self.text[k:k + 2]
        return word in self.lex.event_type_of or word in self.lex.function_words

    def name_word_completed(self, start: int, end: int) -> int:
        """Where a name ends that the segmenter cut inside a Mongolian or Tibetan name word
        (乌日根达|来 holds 达来, 韩特木|尔 holds 特木尔): at that word's end, one or two
        characters on, when no word of the sentence starts there (某达|来到 is 来到); or on over
        a whole name word after a name of transliteration characters."""
        text, words = self.text, self.lex.minority_name_words
        for k in range(max(start, end - 2), end):
            for n in (3, 2):
                if k + n in (end + 1, end + 2) and text[k:k + n] in words \
                        and not self.lex.follower_pattern.match(text, end) and not self.opens_a_word_after_name(end):
                    return k + n
        # 苏日根|达来|介绍: a name of transliteration characters, a whole name word after it
        if all(c in self.lex.transliteration_chars for c in text[start:end]):
            return next((end + n for n in (3, 2) if text[end:end + n] in words and self.strong_end(end + n)), end)
        return end

    def without_glued_words(self, start: int, end: int) -> tuple[int, int]:
        """A dotted name without what the segmenter glued on: before it, what is done (在会见
        某某·某某一行时); after it, an adverb (某某·米切尔|格外引人注目), a word that
        follows foreign names (某某·宋提蓬|率团), a verb its aspect particle shows
        (某某·哈力木|宰了一只羊). Two characters of each part stay."""
        text = self.text
        first_dot = min(k for k in (text.find(dot, start, end) for dot in NAME_DOTS) if k >= 0)
        while first_dot - start > 2 and text[start] in DOTTED_NAME_BREAKS and text[start + 1] not in NAME_HYPHENS:
            start += 1
        while first_dot - start > 3 and self.opens_with_activity(start):
            start += 2
        last_part = max(text.rfind(dot, start, end) for dot in NAME_DOTS) + 1
        inside = next((k for k in range(last_part + 2, end) if text[k:k + 2] in self.lex.function_words
                       and not all(c in self.lex.transliteration_chars for c in text[k:k + 2])), None)
        if inside is not None:
            return start, inside
        tail = text[end - 1]
        if end - last_part >= 3 and tail not in self.lex.transliteration_chars and tail not in AFTER_DOT_CHARS \
                and end < len(text) and is_cjk(text[end]) \
                and (tail in FOREIGN_NAME_AFTER | GLUE_CHARS or text[end] in ASPECT_PARTICLES
                     or self.lex.follower_pattern.match(text, end - 1)):
            return start, end - 1
        return start, end

    def opens_a_word_after_name(self, k: int) -> bool:
        """An adverb or a word of the sentence starts at k (某某·阿德巴约|则表示): the name
        ends there, whatever the segmenter glued."""
        text = self.text
        return text[k] in GLUE_CHARS | {"则"} or text[k:k + 2] in self.lex.function_words or self.lex.is_word(text[k:k + 2])

    def dotted_word_start(self, start: int, dot: int) -> int:
        """`吐尔逊·托合提`: the first part of a dotted name holds a character that is no
        transliteration character (吐): it starts where the segmenter's word does, one to
        three characters back, unless a post ends inside that word (主席沙曼·维雅吉) or it
        is a numeral (一二·九 is a date)."""
        text = self.text
        word_start = max((b for b in self.bounds if b <= start), default=0)
        if not 0 < start - word_start <= 3 or dot - word_start > 6 \
                or not all(is_cjk(c) and c not in CHINESE_NUMERALS for c in text[word_start:start]) \
                or self.lex.post_pattern.search(text, word_start, dot) \
                or any(word_start < t.end <= start for t in self.titles):
            return min([start] + [t.end for t in self.titles if word_start < t.end <= start])
        return word_start

    def dotted_name(self, i: int, limit: int) -> tuple[int, int] | None:
        """`穆罕默德·纳瓦兹·谢里夫`: the last part goes on over transliteration characters
        (比尔·盖茨直言: 直言 is a word) and ends where punctuation or a word that follows
        names does, else where they end (the segmenter cuts foreign names anywhere)."""
        span = self.dotted_span(i, limit)
        return None if span and self.quoted_slogan(*span) else span

    def dotted_span(self, i: int, limit: int) -> tuple[int, int] | None:
        text = self.text
        last_dot = max(text.rfind(d, i, limit) for d in NAME_DOTS)
        run = last_dot + 1
        while run < limit and (text[run] in self.lex.transliteration_chars or self.uyghur_name_char(run, limit)):
            run += 1
        # 吐尔洪·沙吾提高兴地说: the part ends before an ordinary word that describes the speaker
        run = next((k for k in range(last_dot + 3, run) if text[k:k + 2] in self.lex.function_words
                    and text[k + 2:k + 3] in "地得"), run)
        for end in range(run, last_dot + 1, -1):
            if self.boundary_at(end):
                return i, end
        if run > last_dot + 1 and text[run:run + 1] in PREPOSITIONS_AFTER_NAMES:
            return i, run  # 皮埃尔·勒菲弗用略显生硬的汉语说: a preposition after the name
        longer = self.dotted_part_to_strong_end(run, limit)
        if longer:
            return i, longer
        if run > last_dot + 1:
            return i, run
        if self.bounds:  # 汤马索·姜尼拉突然看见: the segmenter's words after the dot, while foreign
            return i, self.foreign_words_end(last_dot + 1, limit)
        return next(((i, end) for end in range(last_dot + 2, limit + 1) if self.boundary_at(end)), None)

    def uyghur_name_char(self, k: int, limit: int) -> bool:
        """A character of AFTER_DOT_CHARS inside a dotted name's last part (阿不都热合曼,
        托合塔尔别克), where more of the name follows and it opens no word (某某·布朗|不久前:
        a name and an adverb)."""
        text = self.text
        if text[k] in LAST_SYLLABLES and text[k - 1] in self.lex.transliteration_chars | AFTER_DOT_CHARS \
                and (k + 1 >= limit or text[k + 1] in NAME_ENDERS or self.strong_end(k + 1)):
            return True  # the name's last syllable (某某·吐尔地为群众义诊, 某某·阿不都外力介绍)
        return text[k] in AFTER_DOT_CHARS and k + 1 < limit and (
            text[k + 1] in self.lex.transliteration_chars or text[k + 1] in AFTER_DOT_CHARS) \
            and text[k:k + 2] not in self.lex.function_words and not self.lex.is_word(text[k:k + 2])

    def quoted_slogan(self, start: int, end: int) -> bool:
        """`“学雷锋·暖夕阳”志愿服务`, `“书香·家庭”`: a dotted phrase that a pair of quotes holds
        alone, a few characters before it at most, is an activity's or a campaign's name (not
        “某某·某某联合阵线”, a person's name in an organisation's)."""
        if self.text[end:end + 1] != "”":
            return False
        opening = self.text.rfind("“", max(0, start - 4), start)
        return opening >= 0 and all(is_cjk(c) for c in self.text[opening + 1:start])

    def dotted_part_to_strong_end(self, run: int, limit: int) -> int | None:
        """`副县长某某某·哈|力木别克，`, `某某·哈力|木拜|主持`: a minority name's last part holds
        characters that are no transliteration characters (力, 别); it goes on to the end of
        the segmenter's word it stopped in, and over one more word that is no ordinary word
        or post, when punctuation or a word that follows names comes next (not
        保罗·德桑蒂斯|开着|汽车, 某某·某某|发起|“)."""
        ends = sorted(b for b in self.bounds if run < b <= limit)[:2]
        if run not in self.bounds and ends:
            last = ends[0] - 1
            if last > run and self.text[last] not in AFTER_DOT_CHARS and self.strong_end(ends[0]) \
                    and self.lex.follower_pattern.fullmatch(self.text, last, ends[0]):
                return last  # 某某·吾守尔率|调研组: the segmenter glued a word that follows names on
            if self.strong_end(ends[0]):
                return ends[0]  # 某某某·哈力木拜克，: the segmenter kept the name whole
            run, ends = ends[0], ends[1:]
        if not ends:
            return None
        word = self.text[run:ends[0]]
        if not 2 <= len(word) <= 4 or self.lex.is_word(word) or self.ordinary_two_char_word(word) \
                or self.lex.post_pattern.search(word) or any(c in NOT_IN_GIVEN_NAMES for c in word):
            return None
        return ends[0] if self.strong_end(ends[0]) else None

    def foreign_words_end(self, start: int, limit: int) -> int:
        """The end of the segmenter's word at start and of the words after it made of
        transliteration characters only."""
        ends = sorted(b for b in self.bounds if start < b <= limit) or [limit]
        end = ends[0]
        for nxt in ends[1:]:
            if not all(c in self.lex.transliteration_chars for c in self.text[end:nxt]):
                break
            end = nxt
        return end

    def name_ending_at(self, end: int, clear_left: bool = False) -> tuple[int, int] | None:
        """A name that ends where a right-hand context begins (杨明华老人, 王沛然一行):
        the longest candidate whose left edge is clear (punctuation, a function word,
        or, unless clear_left, a token start)."""
        text = self.text
        # (a compound surname or a Yi clan name and two characters first: 勒格伍沙, not 伍沙)
        compound = end >= 4 and (self.lex.surname_length(text, end - 4) == 2 or text[end - 4:end - 2] in self.lex.yi_clan_names)
        for length in ((4, 3, 2) if compound else (3, 2, 4)):
            start = end - length
            if length == 4 and compound and text[start:start + 2] in self.lex.yi_clan_names \
                    and (not start or not is_cjk(text[start - 1]) or text[start - 1] in LEFT_EDGE):
                return start, end  # 吉伍阿呷、某某当选: a Yi clan name and a given name of Yi syllables
            if start < 0:
                continue
            sl = self.lex.surname_length(text, start)
            if not sl or length - sl not in (1, 2) or not self.plausible(start, end, sl, weak=True):
                continue
            if length - sl == 2 and (text[end - 1] in GLUE_CHARS or text[end - 1] == "为"):
                continue  # 陈湘为老人送上: the 为 belongs to what follows
            before = text[start - 1] if start else ""
            if before == "在" and text[end - 1] in LOCATIVE_ENDS:
                continue  # 在贺信中指出: the place of the speech
            if start >= 1 and start not in self.bounds and {start - 1, start + 1} <= self.bounds:
                continue  # 同时|刘某表示: 时 ends the segmenter's two-character word 同时, it starts no name
            if not before or not is_cjk(before) or before in LEFT_EDGE or (start in self.bounds and not clear_left) \
                    or start == self.lead_end:
                return start, end
        return None

    def transliterated_at(self, i: int, strong: bool = False, listed: bool = False) -> tuple[int, int] | None:
        """A foreign or minority name of three or more characters with no Chinese
        surname, right after an office (议长维克托) or, up to punctuation or a word
        that follows names (strong), a description (蒙古族歌手乌兰图雅): none of its
        beginnings is a word."""
        chars, text = self.lex.transliteration_chars, self.text
        end = i
        while end < len(text) and end - i < MAX_TRANSLITERATED and text[end] in chars:
            end += 1
        for stop in range(end, i + 2, -1):
            ends = (self.strong_end(stop) if strong else self.boundary_at(stop)) or self.foreign_name_ends(stop) \
                or (listed and stop in self.bounds)  # a list item ends where the segmenter's word does
            # in a list of such names only the whole item must be no word (乌兰其其格 holds 乌兰)
            if ends and not any(self.lex.is_word(text[i:k]) for k in ([stop] if listed else range(i + 2, stop + 1))):
                return i, stop
        return None

    def foreign_word_at(self, i: int) -> tuple[int, int] | None:
        """`总统曼德拉访问`, `外长利维本周`: after a title, one word of the segmenter's, two
        to six transliteration characters, that is no ordinary word, place or post."""
        if not self.bounds or i not in self.bounds:
            return None
        end = next((k for k in range(i + 1, min(len(self.text), i + 6) + 1) if k in self.bounds or k == len(self.text)), None)
        word = self.text[i:end] if end else ""
        if len(word) >= 2 and all(c in self.lex.transliteration_chars for c in word) \
                and not self.lex.is_word(word) and not self.lex.post_pattern.search(word):
            return i, end
        return None

    def foreign_word_ending_at(self, end: int) -> tuple[int, int] | None:
        """`克林顿总统`, `曼德拉总统会见`: before an office, the segmenter's word before it,
        as foreign_word_at reads one after an office."""
        start = next((k for k in range(end - 2, max(-1, end - 7), -1) if k == 0 or k in self.bounds), None)
        if start is None or not self.bounds:
            return None
        span = self.foreign_word_at(start)
        return span if span and span[1] == end else None

    def foreign_speaker_ending_at(self, end: int) -> tuple[int, int] | None:
        """`来自澳大利亚的詹妮弗说`: a transliterated word of three or more before a speech
        verb, after 的 or where a clause starts."""
        span = self.foreign_word_ending_at(end)
        if not span or span[1] - span[0] < 3:
            return None
        before = self.text[span[0] - 1:span[0]]
        if self.part_of_dotted_name(*span):
            return None
        return span if not before or before == "的" or not is_cjk(before) else None

    def part_of_dotted_name(self, start: int, end: int) -> bool:
        """A dot right before or after the word, or the word is the last part of a dotted
        name of the text (阿兰·布朗特 … 布朗特说: a later mention of it)."""
        word = self.text[start:end]
        return self.text[start - 1:start] in NAME_DOTS and start > 0 or self.text[end:end + 1] in NAME_DOTS \
            and end < len(self.text) or any(dot + word in self.text for dot in NAME_DOTS)

    def glued_names(self, i: int, limit: int = 8) -> list[tuple[int, int]]:
        """Two or more names written without a separator (spaces lost in the layout:
        `副市长张三李四出席`), up to punctuation or a word that follows names. Of the
        readings, the one with most three-character names."""
        best: list[tuple[int, int]] = []

        def walk(pos: int, spans: list[tuple[int, int]]) -> None:
            nonlocal best
            # 院长王德云称：is one name and a verb, not 王德 and 云称
            if len(spans) >= 2 and self.strong_end(pos) and self.text[pos - 1] not in GLUE_CHARS:
                if sum(b - a == 3 for a, b in spans) > sum(b - a == 3 for a, b in best) or not best:
                    best = list(spans)
            if len(spans) >= limit:
                return
            sl = self.lex.surname_length(self.text, pos)
            for gl in (1, 2):
                if sl and self.plausible(pos, pos + sl + gl, sl, weak=True):
                    walk(pos + sl + gl, spans + [(pos, pos + sl + gl)])

        walk(i, [])
        return best

    def foreign_name_at(self, title: TitleSpan) -> tuple[int, int] | None:
        """After an office of a foreign country (日本某市议会议长) or of a minority area
        (某彝族自治州副州长, 西藏自治区…副主席), two to four characters up to punctuation
        or a word that follows names: names that break the Han pattern."""
        text = self.text
        org = text[title.start:title.post_start]
        if not self.lex.country_pattern.match(org) and not self.lex.stationed_pattern.search(org) \
                and not MINORITY_AREA.search(org) or TRAVEL_AFTER_OFFICE.match(text, title.end):
            return None
        for end in range(title.end + 4, title.end + 1, -1):
            # 议长某某某某率团, 某某某一行: a one-character word after three or more characters,
            # none of them a post or a joining word (新闻秘书在, 首相兼外交与)
            loose = end - title.end >= 3 and text[end:end + 1] in FOREIGN_NAME_AFTER \
                and not self.lex.post_pattern.search(text, title.end, end) and text[title.end] not in "兼及和与"
            if end <= len(text) and all(is_cjk(c) for c in text[title.end:end]) \
                    and (self.strong_end(end) or loose) and not self.follower_inside(title.end, end) \
                    and not self.ordinary_word_after_foreign_office(text[title.end:end]):
                return title.end, end
        return None

    def ordinary_word_after_foreign_office(self, word: str) -> bool:
        """A word, not the name after a foreign office (山田太郎: 山田 is a word too). A
        word in transliteration characters only that is no place is a name there: the
        dictionary lists foreign names among its words (外长利维, 总统布约亚)."""
        if word in self.lex.transliteration_words and word not in self.lex.places \
                and word not in self.lex.not_names:
            return False
        return self.lex.is_word(word)

    def follower_inside(self, start: int, end: int) -> bool:
        """A word that follows names (今天, 出席) starts between start and end: 丹增今天指出
        ends the name at 丹增."""
        return any((m := self.lex.follower_pattern.match(self.text, p)) and len(m.group(0)) >= 2
                   for p in range(start, end))

    def foreign_name_ends(self, end: int) -> bool:
        """Where a foreign name after its title may end besides punctuation (策略师凯利斯认为,
        议长渡边某某率团): a speech verb, or a one-character verb glued on."""
        return self.lex.speech_pattern.match(self.text, end) is not None or (
            self.text[end:end + 1] in FOREIGN_NAME_GLUE and (not self.bounds or end + 1 in self.bounds))

    def strong_end(self, end: int) -> bool:
        """Punctuation, or a word of two or more characters that follows names."""
        if end >= len(self.text) or not is_cjk(self.text[end]):
            return True
        m = self.lex.follower_pattern.match(self.text, end)
        return m is not None and len(m.group(0)) >= 2

    def settled(self, span: tuple[int, int]) -> tuple[int, int]:
        """A name's span where the segmenter cut it wrong, whichever rule found it: a dotted
        name without the words glued on and with its last syllable (某某·吐尔|地为); the onset
        of a following word off (书记员某翔|参与庭审); a minority name word completed."""
        text = self.text
        if any(dot in text[span[0]:span[1]] for dot in NAME_DOTS):
            span = self.without_glued_words(*span)
            while span[1] < len(text) and text[span[1]] in LAST_SYLLABLES and self.uyghur_name_char(span[1], len(text)):
                span = (span[0], span[1] + 1)
            return span
        if span[1] - span[0] >= 3 and text.startswith(GLUED_ONSETS.get(text[span[1] - 1], ()), span[1]):
            return span[0], span[1] - 1
        return span[0], self.name_word_completed(*span)

    def add(self, span: tuple[int, int], via: str, titles: list[TitleSpan] | None = None) -> str | None:
        if span[0] and self.text[span[0] - 1] in DIGITS:
            return None  # 19时许，今年47岁的…: no name starts right after a number
        span = self.settled(span)
        name = self.text[span[0]:span[1]]
        person = self.persons.setdefault(name, PersonFound(name))
        if not any(m.start == span[0] for m in person.mentions):
            person.mentions.append(Mention(span[0], span[1], via))
        person.take(titles or [])
        return name

    def follow_list(self, end: int, titles: list[TitleSpan], weak: bool = False) -> None:
        """`副主任张建设、李立江、白富海`: names after 、 share the list's titles
        unless a title of their own stands before them."""
        title_starts = {t.start for t in self.titles}
        listed = False
        end = self.past_note(end)
        while end < len(self.text) and self.text[end] == "、" and (end + 1) not in title_starts:
            span = self.name_at(end + 1, strict=True, weak=weak, titled=bool(titles)) or self.list_item_at(end + 1) or (
                self.transliterated_at(end + 1, strong=True, listed=True) if self.transliterated_before(end) else None) \
                or self.last_item_before_verb(end + 1)
            if not span:
                return
            self.add(span, "list", titles)
            end, listed = self.past_note(span[1]), True
        # 王某、李某和赵某: the last item after 和; it shares the titles of a list only, or a
        # description's (市民某某和某某见状: two of the kind); a name the segmenter keeps whole may
        # have its verb after it.
        if self.text[end:end + 1] in LIST_LAST and (end + 1) not in title_starts:
            span = self.name_at(end + 1, strict=True, weak=True) or self.last_item_before_verb(end + 1)
            # (个体户某某和柯某某做了二十年邻居: a person told of before is the partner 和 names)
            described = bool(titles) and all(self.text[t.post_start:t.end] in self.lex.descriptions for t in titles) \
                and span is not None and self.text.find(self.text[span[0]:span[1]]) == span[0]
            if span:
                self.add(span, "list", titles if listed or described else [])

    def past_note(self, end: int) -> int:
        """`副市长某某（挂职）、某某`: past a note on a list item, where the list goes on."""
        note = BRACKET_NOTE.match(self.text, end)
        return note.end() if note and self.text.startswith("、", note.end()) else end

    def last_item_before_verb(self, i: int) -> tuple[int, int] | None:
        """`获奖代表刘某、马秀兰上台领奖`: after 、, a three-character name the segmenter
        keeps whole, with a verb after it that is no word that follows names."""
        span = self.name_at(i, weak=True)
        if span and span[1] - i == 3 and self.lex.surname_length(self.text, i) == 1 \
                and i in self.bounds and span[1] in self.bounds:
            return span
        return None

    def transliterated_before(self, end: int) -> bool:
        """The list item ending at `end` is a foreign or minority name (巴特尔、乌兰其其格):
        the items after it may break the Han pattern too."""
        start = next((m.start for p in self.persons.values() for m in p.mentions if m.end == end), end)
        return end - start >= 3 and all(c in self.lex.transliteration_chars for c in self.text[start:end])

    def vietnamese_name_at(self, i: int) -> tuple[int, int] | None:
        """`芒街市人民议会主席黎氏青兰出席`: in a text about Vietnam, a woman's name of a
        surname, 氏 and a given name of one or two characters, up to a word that follows
        names or punctuation."""
        text = self.text
        sl = self.lex.surname_length(text, i)
        if not sl or text[i + sl:i + sl + 1] != "氏" or "越南" not in text:
            return None
        for end in (i + sl + 3, i + sl + 2):
            glued = end == i + sl + 3 and text[end - 1] in GLUE_CHARS | self.lex.speech_verbs  # 阮氏花说
            if all(is_cjk(c) for c in text[i + sl + 1:end]) and self.boundary_at(end) and not glued:
                return i, end
        return None

    def first_of_titled_list(self, i: int) -> tuple[int, int] | None:
        """`会员高山、林某峰、向某菊`: right after a title, the first item of a list of names
        that is a word too (高山, 万里) is a name as the other items are."""
        span = self.list_item_at(i)
        if not span or not self.text.startswith("、", span[1]) or not self.list_item_shaped(*span):
            return None
        # (the next item a name by itself: 为群众解难题、办实事 lists no people)
        return span if self.name_at(span[1] + 1, strict=True) else None

    def list_item_at(self, i: int) -> tuple[int, int] | None:
        """Inside a list of names, an item that fails the checks for a name alone but
        stands between list marks (副县长王某、万里、林立出席): two or three characters
        with a surname, not a place or a post, with a list mark or strong end after."""
        for end in (i + 3, i + 2):
            item = self.text[i:end]
            # (a place's name between two names is a name too: 时某、江华、文某民)
            if end <= len(self.text) and all(is_cjk(c) for c in item) \
                    and self.lex.surname_length(item, 0, rare=True) \
                    and (item not in self.lex.places or self.text.startswith("、", end)
                         and self.name_at(end + 1, strict=True) is not None) \
                    and not self.lex.post_pattern.search(item) and item[-1] not in NOT_LAST_IN_NAMES \
                    and (self.text.startswith("、", end) or self.strong_end(end)):
                return i, end
        return None

    def find_after_titles(self) -> None:
        for title in self.titles:
            described = self.text[title.post_start:title.end] in self.lex.descriptions
            chain = self.chain_before(title)
            if self.bounds and title.end not in self.bounds:
                # 主席国, 委员会, 大使馆: the post word is part of a longer word, unless
                # the segmenter glued a name's surname to it (种粮大户史|大勇)
                span = self.name_glued_to_title(title, described) or self.foreign_name_glued_to_title(title, described)
                if span:
                    self.add(span, "title", chain)
                    self.follow_list(span[1], chain, weak=described)
                continue
            span = self.name_at(title.end, strict=True, weak=described, titled=not described)
            if not span:
                glued = self.glued_names(title.end)
                foreign = glued and (self.transliterated_at(title.end, strong=True) or (
                    None if described else self.foreign_name_at(title)))
                if foreign and foreign[1] >= glued[-1][1]:
                    glued = []  # 村民阿依古丽, 州长麦克林托: one foreign name, not 阿依 and 古丽
                if glued and self.name_word_cut(glued[0]):
                    glued = []  # 环卫工人李桂兰|接力|施救: one name the segmenter kept whole, not 李桂 and 兰接力
                for glued_span in glued:
                    self.add(glued_span, "list", chain)
                if glued:
                    continue
                # (after a description too, a surname that is hardly a word opens a name: 下岗职工雒建|民家|中)
                span = self.name_at(title.end, weak=described,
                                    titled=not described or self.text[title.end:title.end + 1] in self.lex.surname_only) or \
                    self.rare_surname_cut_at(title.end, self.speech_or_punctuation, described, titled=True) or \
                    self.preposition_surname_cut_at(title.end, office=not described) or \
                    self.transliterated_at(title.end, strong=described) or \
                    self.foreign_word_at(title.end) or \
                    (None if described else self.foreign_name_at(title)) or \
                    self.name_after_note(title.end) or \
                    self.first_of_titled_list(title.end) or \
                    (None if described else self.word_name_after_office(title.end)) or \
                    self.three_char_name_after_title(title.end)
            note = BRACKET_NOTE.match(self.text, title.end)
            if span and note and span[0] == note.end() and note.group(0)[1:-1] in ACTING:
                # 县长（代）某某: acting is part of the post (副市长（挂职）某某 is a note on it)
                chain = chain[:-1] + [TitleSpan(title.start, note.end(), title.post_start)]
            if span:
                span = self.third_char_glued_on(span)
                self.add(span, "title", chain)
                self.follow_list(span[1], chain, weak=described)

    def three_char_name_after_title(self, i: int) -> tuple[int, int] | None:
        """Right after a title, a surname (rare ones too) and two given-name characters that
        the segmenter cut or glued anyhow (退休教师仝振邦站|了, 村民向|德明|摸着, 民警者|文斌):
        a Han name's usual length, when the third character and the next make no word
        (市长李强调研 reads 李强 elsewhere, or no one)."""
        text, lex = self.text, self.lex
        sl = lex.surname_length(text, i, rare=True)
        end = i + sl + 2
        # (向 too: 向 and a word is where the text turns to someone, 向群众, 向记者)
        if not sl or end > len(text) or sl == 1 and text[i] in (FUNCTION_SURNAMES - {"向"}) | PARTNER_JOINS | VERB_SURNAMES:
            return None
        cand, given = text[i:end], text[i + sl:end]
        if not all(c in lex.given_name_chars for c in given) or lex.is_word(cand) or lex.is_word(given) \
                or self.ordinary_two_char_word(given) or lex.post_pattern.match(cand, sl) or cand in lex.descriptions:
            return None
        joined = text[end - 1:end + 1]  # the third character and the next: 养羊增|收, 都能掌|握
        if lex.is_word(joined) or joined in lex.function_words or lex.is_word(text[end - 2:end + 1]) \
                or sl == 1 and (lex.is_word(text[i:i + 2]) or text[i:i + 2] in lex.function_words) \
                or any(c in NOT_IN_GIVEN_NAMES for c in given) or given[-1] in NOT_LAST_IN_NAMES | PREPOSITIONS | PREPOSITIONS_AFTER_NAMES:
            return None  # (裁判员代表|兰某某: 代表 is the title's)
        if not lex.surname_length(text, i) and text[i] not in lex.surname_only \
                and not (self.strong_end(end) or end in self.bounds):
            return None  # a rare surname that is mostly a word (都应在, 从吴厂长): the name must end where a word does
        if lex.country_pattern.search(text, max(0, i - 12), i):
            return None  # 日本选手田岛宁子, 摩洛哥议长艾赛义德: a foreign name, not a Han one
        return (i, end) if self.plausible(i, end, sl, weak=True, titled=True) else None

    def third_char_glued_on(self, span: tuple[int, int]) -> tuple[int, int]:
        """`村医常国|华守在`, `村民揭长|福拉起`: after a title, a surname and one character the
        segmenter kept as a word, and the next word of the segmenter opening with a
        given-name character and known to no lexicon: the name's last character glued to
        the verb after it."""
        start, end = span
        if end - start != 2 or not self.is_token(start, end) or self.lex.surname_length(self.text, start, rare=True) != 1:
            return span
        _, word_end = word_around(end, self.bounds, len(self.text))
        word = self.text[end:word_end]
        if len(word) < 2 or word[0] not in self.lex.given_name_chars or not all(is_cjk(c) for c in word) \
                or self.lex.is_word(word) or self.ordinary_two_char_word(word[:2]) or word in self.lex.descriptions \
                or self.lex.post_pattern.match(word) or self.lex.is_word(self.text[start:end + 1]) \
                or self.lex.follower_pattern.match(self.text, end) or word[0] in GLUE_CHARS:
            return span
        return start, end + 1

    def word_name_after_office(self, i: int) -> tuple[int, int] | None:
        """`主任冷静，`, `副县长高峰、`, `副主席甘露分别陪同`, `教授安宁建议`: right after an office
        and before punctuation, a word that follows names, a speech verb or 等, a frequent
        surname and one given character that the dictionary knows as a word (calm, peak)
        — a name, unless a place, a frequent noun or a word that is never one."""
        text, lex, end = self.text, self.lex, i + 2
        word = text[i:end]
        closed = text[end:end + 1] in ("，", "、", "。", "；", "等") or self.strong_end(end) or self.speech_after(end)
        if not closed or not self.is_token(i, end) \
                or lex.surname_length(text, i) != 1 or not lex.is_word(word):
            return None
        if word in lex.not_names or word in lex.places or word in lex.speech_verbs or lex.follower_pattern.match(text, i) \
                or word in lex.description_fields or lex.post_pattern.match(word) or word[1] in NOT_LAST_IN_NAMES:
            return None  # 科学家宣布，: what the person did
        return i, end

    def name_word_cut(self, span: tuple[int, int]) -> bool:
        """A two-character name that ends inside a three-character word of the segmenter's
        made of a surname and given-name characters (李桂|兰 of 李桂兰)."""
        start, end = span
        whole = start + 3
        return end - start == 2 and self.is_token(start, whole) and self.lex.surname_length(self.text, start) == 1 \
            and all(c in self.lex.given_name_chars for c in self.text[start + 1:whole]) \
            and not self.lex.is_word(self.text[start:whole])

    def name_glued_to_title(self, title: TitleSpan, described: bool) -> tuple[int, int] | None:
        """A name whose start the segmenter glued to the title before it (大户史|大勇,
        上校石|国强, 理事常思远): the glued word is no dictionary word and the name ends
        where a word does."""
        glued_start, glued_end = word_around(title.end, self.bounds, len(self.text))
        if glued_end - title.end > 3 or self.text[title.end] in NOUN_ENDS \
                or self.text[glued_start:glued_end] in self.lex.descriptions:
            return None
        span = self.name_at(title.end, weak=described) or self.rest_of_glued_word_named(title.end, glued_end)
        # (a compound surname is hardly ever part of a word: 技术官司|徒俊, 参谋尉|迟刚)
        compound = bool(span) and self.lex.surname_length(self.text, span[0]) >= 2
        if span and self.lex.is_word(self.text[glued_start:glued_end]) and not self.given_name_word(span) and not compound:
            return None  # 主席国|期间: a word; 指挥长武|红霞: a place's name glued, the name after whole
        if not span or span[1] not in self.bounds or span[1] < glued_end:
            return None
        if compound and self.boundary_at(span[1]):
            return span
        # after an office, punctuation or a word that follows names must end the name
        # (上校石|国强出席, 理事常思远，), not any word (主席国|期间), unless the given name is
        # a word of its own of given-name characters (护士长丘|晓梅|带着: 长丘 took the surname)
        return span if described or self.strong_end(span[1]) or self.given_name_word(span) else None

    def rest_of_glued_word_named(self, start: int, glued_end: int) -> tuple[int, int] | None:
        """`执行主|席时伟、`: the rest of the word the segmenter glued to the title, a surname
        that is mostly a word (时, 原) and given-name characters, up to punctuation."""
        rest = self.text[start:glued_end]
        if not 2 <= len(rest) <= 3 or not self.lex.surname_length(rest, 0, rare=True) \
                or rest[0] in FUNCTION_SURNAMES_WEAK | PARTNER_JOINS | VERB_SURNAMES \
                or not all(c in self.lex.given_name_chars for c in rest[1:]) \
                or is_cjk(self.text[glued_end:glued_end + 1] or "a"):
            return None
        return start, glued_end

    def given_name_word(self, span: tuple[int, int]) -> bool:
        """A frequent surname and a two-character given name that the segmenter keeps as a
        word of its own, of given-name characters and no ordinary word (丘|晓梅, not 国|期间)."""
        start, end = span
        given = self.text[start + 1:end]
        return end - start == 3 and self.lex.surname_length(self.text, start) == 1 and self.is_token(start + 1, end) \
            and all(c in self.lex.given_name_chars for c in given) and not self.ordinary_two_char_word(given)

    def foreign_name_glued_to_title(self, title: TitleSpan, described: bool) -> tuple[int, int] | None:
        """A foreign name whose start the segmenter glued to a foreign office (知事大村|秀树),
        not an organisation the post begins (大使馆, 总统府, 议会), nor a word after a
        Chinese one (中国体育用品业中领袖群伦)."""
        if described or self.text[title.end] in ORG_LAST or self.text.startswith(("中国", "中华"), title.start):
            return None
        return self.foreign_name_at(title)

    def name_after_note(self, i: int) -> tuple[int, int] | None:
        """`副市长（挂职）王某`, `县长（代）李某`: a short note in brackets between a title and its name."""
        note = BRACKET_NOTE.match(self.text, i)
        return self.name_at(note.end(), strict=True) if note else None

    def find_after_words(self, pattern: re.Pattern[str], via: str, whole_word: bool = False,
                         weak: bool = False, not_after: set[str] | frozenset[str] = frozenset(),
                         strict: bool = True, office_like: bool = False) -> None:
        """A name (or a list of names) right after one of the words: group words
        (`市领导李民生、闫小杏`) or election and appointment words (`补选王建修为`).
        whole_word: the word must end where a token ends (慰问金 is no 慰问). office_like: the
        words name officials, and a surname that is hardly a word opens a name after them as
        after an office (市领导毋某某、闫某某)."""
        for m in pattern.finditer(self.text):
            if whole_word and self.bounds and m.end() not in self.bounds:
                continue
            if not_after and m.start() and self.text[m.start() - 1] in not_after:
                continue  # 给奶奶祝寿: the word is an object, a verb follows
            span = self.name_at(m.end(), strict=strict, weak=weak) or (
                self.name_at(m.end(), weak=weak, titled=True)
                if office_like and self.text[m.end():m.end() + 1] in self.lex.surname_only else None)
            if span:
                self.add(span, via)
                self.follow_list(span[1], [], weak=weak)
            else:
                for span in self.glued_names(m.end()):
                    self.add(span, via)

    def find_bare_lists(self) -> None:
        """Three or more short names joined by 、 with no title (姚红磊、郭宁、裴嘉伟), or
        two and 等 (张三、李四等)."""
        for m in self.lex.bare_list_pattern.finditer(self.text):
            if THINGS_LISTED.match(self.text, m.end() - 1) or THINGS_LISTED.match(self.text, m.end()):
                continue  # 好来宝、呼麦、安代舞等节目: a list of things
            items = self.lex.bare_list_separator.split(m.group(0))
            if len(items) >= 3 and all(items) and len({item[0] for item in items}) == 1:
                continue  # 边建设、边投产、边招商: parallel phrases, not a family
            if len(items) >= 2 and all(items) and len({item[-1] for item in items}) == 1 and items[0][-1] in NOUN_SUFFIXES:
                continue  # 高端化、智能化、安全化: nouns of one suffix, not people
            if len(items[-1]) == 3 and not self.boundary_at(m.end()) and self.boundary_at(m.end() - 1):
                items[-1] = items[-1][:2]  # 林立出席: the list ends before the verb
            elif len(items[-1]) == 3 and items[-1].endswith("等"):
                items[-1] = items[-1][:2]  # 王强等10名: 等 closes the list
            elif any(d in items[-1] for d in NAME_DOTS) and "等" in items[-1]:
                items[-1] = items[-1][:items[-1].index("等")]  # 艾力·吐尔逊等受表彰代表: and the same
            if len(items) < 3 and not self.text.startswith("等", m.start() + len("、".join(items))):
                continue
            spans, item_spans, pos = [], [], m.start()
            if len(items[0]) == 3 and not self.bare_list_item(items[0]) and self.bare_list_item(items[0][1:]):
                items[0], pos = items[0][1:], pos + 1  # 活动的张某、…: the first item took the 的 before it
            inside = next((t.end for t in self.titles if t.start < pos < t.end), None)
            if inside is not None and 0 < inside - pos < len(items[0]) - 1:
                # 执行主席时伟、…: the first item starts inside a title; the name after it
                items[0], pos = items[0][inside - pos:], inside
            for item in items:
                spans.append((pos, pos + len(item)) if self.bare_list_item(item) else None)
                item_spans.append((pos, pos + len(item)))
                pos += len(item) + 1
            after_and = pos - len(items[-1]) - 1
            if not m.group(0).endswith("、" + items[-1]):
                # 张某、李某和赵某: the item after 和 is a name up to punctuation or a word that
                # follows names (万某及区直各部门 holds none; 以及 joins no names)
                spans[-1] = None if self.text[after_and - 2:after_and] == "以及" else \
                    self.name_at(after_and, strict=True, weak=True)
                if spans[-1] is None:
                    spans.pop()
                    if len(spans) < 3:
                        continue  # without it, two names and no 等: no list
            names = [span for span in spans if span]
            # A long list holds a name the checks miss now and then (a common word
            # as a name, 高峰): three in four, or two in three before 等, is a list of
            # names all the same, and its other items shaped like names are names too.
            closed = self.text.startswith("等", m.end())
            if len(names) >= 2 and (len(names) == len(spans) or (len(names) >= 3 and 4 * len(names) >= 3 * len(spans))
                                    or (closed and 3 * len(names) >= 2 * len(spans))):
                for span, item_span in zip(spans, item_spans):
                    if span or self.list_item_shaped(*item_span):
                        self.add(span or item_span, "list")

    def list_item_shaped(self, start: int, end: int) -> bool:
        """An item of a list of names that is a word too (高峰, 万里): a surname and one or
        two characters, not a place or a post."""
        item = self.text[start:end]
        return 2 <= len(item) <= 3 and self.lex.surname_length(item, 0, rare=True) == 1 \
            and item not in self.lex.places and not self.lex.post_pattern.search(item) \
            and item[-1] not in NOT_LAST_IN_NAMES and not any(c in NOT_IN_GIVEN_NAMES for c in item[1:])

    def bare_list_item(self, item: str) -> bool:
        return bool(DOTTED_NAME.fullmatch(item)) or bool(
            self.lex.surname_length(item, 0) and not self.lex.is_word(item)
            and item[-1] not in "区县市镇村乡省局委办厅部所站院校队组" and not self.lex.post_pattern.search(item))

    def rare_surname_cut_at(self, i: int, context_after, described: bool = False,
                            titled: bool = False) -> tuple[int, int] | None:
        """`村民宓|海波告诉记者`, `糜|海峰介绍`: a rare surname (not a function word) that the
        segmenter cut from a two-character given name of given-name characters. Never on
        weak evidence alone: context_after (a speech verb, punctuation) must hold after it.
        Right after a description (described: 快递员相|国强, 困难职工全|淑英) the name may end
        before any word, and a frequent surname that is mostly an adverb (全, 常) is one too;
        right after an office (titled), so may a surname that is hardly ever a word (主任医师蒯|某明一上午)."""
        c, lex = self.text[i:i + 1], self.lex
        adverb = described and c in FUNCTION_SURNAMES_WEAK - FUNCTION_SURNAMES
        if not adverb and (c not in lex.rare_surnames or c in FUNCTION_SURNAMES_WEAK | PARTNER_JOINS | VERB_SURNAMES):
            return None
        end = self.given_name_cut_off(i)
        if end is None or not self.plausible(i, end, 1, weak=not adverb):
            return None
        return (i, end) if described or context_after(end) or (titled and c in lex.surname_only) else None

    def preposition_surname_cut_at(self, i: int, office: bool = False) -> tuple[int, int] | None:
        """`县长向|某华，`, `乡村医生向|某明，`: right after a title, a surname that is mostly a
        preposition (向) and a given name the segmenter cut off as a word of its own, of
        given-name characters and no ordinary word, up to punctuation or a word that follows
        names. 县长向|全县|人民, 院长向|德国|客人, 书记向|大家 are prepositions and their objects."""
        text = self.text
        # after an office also 和 (副州长和|某斌出席: an office runs on into no second person
        # with 和; 专家和权威 after a description is two nouns)
        surnames = FUNCTION_SURNAMES | ({"和"} if office else set())
        if text[i:i + 1] not in surnames or not self.lex.surname_length(text, i, rare=True):
            return None
        # (before punctuation or 等 a place is no object: 市长向|东明，, 教授向|东林|等 are names)
        listed = text[i + 3:i + 4] == "等"
        end = self.given_name_cut_off(i, place_given=not is_cjk(text[i + 3:i + 4] or "a") or listed)
        if end is None or self.lex.is_word(text[i:end]) \
                or not (self.strong_end(end) or self.speech_after(end) or listed and end == i + 3):
            return None
        if text[i] == "和" and (self.lex.is_word(text[i + 1:end])
                               or not is_cjk(text[end:end + 1] or "a") and not text.startswith("、", end)):
            return None  # 专家和权威。: two nouns; a name after 和 is one a verb or a list mark follows
        return i, end

    def given_name_cut_off(self, i: int, place_given: bool = False) -> int | None:
        """The end of a two-character given name of given-name characters that the segmenter
        cut off from the surname at i as a word of its own (宓|海波)."""
        end = i + 3
        if self.surname_then_given_word(i, end, place_given) \
                and all(c in self.lex.given_name_chars for c in self.text[i + 1:end]):
            return end
        return None

    def speech_or_punctuation(self, end: int) -> bool:
        return not is_cjk(self.text[end:end + 1] or "a") or self.speech_after(end)

    def speech_after(self, end: int) -> bool:
        return self.lex.speech_pattern.match(self.text, end) is not None

    def find_clause_openers(self) -> None:
        """`”苗绍勇说`: a name opening a clause with a speech verb; or, with any verb, a
        three-character word of the segmenter made of a frequent surname and given-name
        characters (临行前，王某国站在排头). Not after an opening quote (“某某红” is a
        brand or a nickname), nor a word of transliteration characters only (阿拉伯), nor
        a city glued to what it opens (许昌瑞|祥公司, 许昌银|保监分局)."""
        for i in self.clause_starts:
            span = self.name_at(i, strict=True)
            if span and self.acts_after(span[1]):
                self.add(span, "clause")
                continue
            foreign = self.foreign_speaker_at(i)
            if foreign:
                self.add(foreign, "clause")
                continue
            rare = self.rare_surname_cut_at(i, self.speech_after)
            if rare:
                self.add(rare, "clause")
                continue
            listed = self.list_acting(span) if span else []
            for item in listed:  # 李某、张某分别发言: two names and what they did
                self.add(item, "clause")
            if listed:
                continue
            span = self.name_at(i, weak=True)
            if span and span[1] - i == 3 and (self.is_token(*span) or self.surname_then_given_word(*span)) \
                    and self.text[i - 1:i] != "“" and self.lex.surname_length(self.text, i) == 1 \
                    and not self.city_glued(i, span[1]) \
                    and not self.transliteration_only(*span):
                self.add(span, "clause")
            elif span and self.compound_surname_cut(*span):
                self.add(span, "clause")

    def foreign_speaker_at(self, i: int) -> tuple[int, int] | None:
        """`恩某在记者招待会上说`, `巴某尔强烈抨击`: a foreign name opening a clause, one word of
        the segmenter's in transliteration characters that is no word or place, before a
        speech verb (or the occasion of the speech first); three characters or more before
        any act too. Not after an opening quote (“某某” is a brand)."""
        span = self.foreign_word_at(i)
        if not span or self.text[i - 1:i] == "“" or span[1] - i > 5 or self.part_of_dotted_name(*span):
            return None
        end = span[1]
        occasion = SPEECH_OCCASION.match(self.text, end)
        speech = self.speech_after(end) or bool(occasion and self.speech_after(occasion.end()))
        return span if speech or (end - i >= 3 and self.acts_after(end)) else None

    def compound_surname_cut(self, start: int, end: int) -> bool:
        """`欧阳|晓峰|站在门口`: a compound surname and a two-character given name, each a word
        of the segmenter's, the given name no ordinary word."""
        sl = self.lex.surname_length(self.text, start)
        return sl == 2 and end - start == 4 and self.is_token(start, start + 2) and self.is_token(start + 2, end) \
            and not self.ordinary_two_char_word(self.text[start + 2:end]) and self.text[start - 1:start] != "“"

    def transliteration_only(self, start: int, end: int) -> bool:
        """Made of transliteration characters only (拜占庭, 利库德): a foreign word more likely."""
        return all(c in self.lex.transliteration_chars for c in self.text[start:end])

    def segmenter_name_word(self, start: int, end: int) -> bool:
        """Three characters that the segmenter keeps as one word or cuts into a surname and a
        given name (被救的计小明已经, 过路的岑|晓峰跳进): a name whatever verb follows, unless
        the given part is an ordinary word (高水平; in one word a place may be a given name: 秀英)."""
        given = self.text[start + 1:end]
        directed_place = self.text[start] in DIRECTIONS and given in self.lex.places  # 东伦敦
        return end - start == 3 and not directed_place and (
            self.is_token(start, end) and not self.ordinary_two_char_word(given, places=False)
            or self.surname_then_given_word(start, end))

    def given_word_after_office(self, start: int, end: int) -> bool:
        """Right after an office, a surname that is mostly a word or rare and a given name of
        given-name characters the segmenter kept whole (校长位|红军, 馆长堵|建新): a name
        (主持人问|巴图 is a question asked, 专家和|权威 two nouns)."""
        return self.text[start] not in VERB_SURNAMES | PARTNER_JOINS and self.surname_then_given_word(start, end) \
            and all(c in self.lex.given_name_chars for c in self.text[start + 1:end])

    def surname_then_given_word(self, start: int, end: int, place_given: bool = False) -> bool:
        """The segmenter cut a three-character name into its surname and a two-character
        given name (宁|晓静|从小就喜欢画画), each a word of its own. place_given: a place's
        short name may be the given name (市长向|东明，)."""
        given = self.text[start + 1:end]
        # after a surname that is hardly a word, a place's short name is a given name (蒯|秀英)
        places = self.text[start] not in self.lex.surname_only and not place_given
        # (曾|专程|拜访: after a surname that is an adverb too, a word that is no noun is what is done)
        return self.is_token(start, start + 1) and self.is_token(start + 1, end) \
            and not self.ordinary_two_char_word(given, places) and self.text[end:end + 1] not in ASPECT_MARKERS \
            and not (self.text[start] in FUNCTION_SURNAMES_WEAK and given in self.lex.function_words)

    def ordinary_two_char_word(self, word: str, places: bool = True) -> bool:
        """A frequent noun, a place, or a word that is no noun (高|水平, 阿|政府, 原|以为):
        after a one-character word, no given name."""
        lex = self.lex
        return word in lex.description_fields or word in lex.function_words or (places and word in lex.places)

    def list_acting(self, first: tuple[int, int]) -> list[tuple[int, int]]:
        """Names joined by 、 from a clause's start, when what follows the last one is an
        act (speech, a role verb, 分别, 一同): all of them, else none."""
        spans = [first]
        while self.text.startswith("、", spans[-1][1]) and len(spans) < 8:
            nxt = self.name_at(spans[-1][1] + 1, strict=True, weak=True)
            if not nxt:  # 郑某、胡某两位同志: the list's last name before what the names are
                nxt = self.name_at(spans[-1][1] + 1, weak=True)
                nxt = nxt if nxt and nxt[1] in self.bounds and LIST_PREDICATE.match(self.text, nxt[1]) else None
            if not nxt:
                return []
            spans.append(nxt)
        end = spans[-1][1]
        return spans if len(spans) >= 2 and (self.acts_after(end) or LIST_PREDICATE.match(self.text, end)) else []

    def acts_after(self, end: int) -> bool:
        """A speech verb, or a word of two or more characters that follows names (主持,
        出席, 带领, 一行, 调研), right after a name at a clause's start; or the occasion
        of the speech first (王某在讲话中指出, 李某在会上强调)."""
        if self.speech_after(end):
            return True
        occasion = SPEECH_OCCASION.match(self.text, end)
        if occasion and self.speech_after(occasion.end()):
            return True
        if self.deputy_speaks(end):
            return True
        m = self.lex.follower_pattern.match(self.text, end)
        return m is not None and len(m.group(0)) >= 2 and m.group(0) not in WEAK_FOLLOWERS

    def find_signature_contexts(self) -> None:
        """Contexts that only a person's name stands in: 习近平总书记, 习近平新时代…."""
        for m in SIGNATURE_AFTER_NAME.finditer(self.text):
            for length in (3, 2):
                start = m.start() - length
                cand = self.text[start:m.start()] if start >= 0 else ""
                if cand and self.lex.surname_length(cand, 0) and all(is_cjk(c) for c in cand) and \
                        not any(c in NOT_IN_GIVEN_NAMES for c in cand[1:]) and \
                        (not self.lex.is_word(cand) or self.name_shaped_word(cand)) and \
                        (not self.bounds or start in self.bounds):  # 有关负责同志 is no name
                    self.add((start, m.start()), "signature")
                    self.names_listed_before(start, "signature")
                    break

    def names_listed_before(self, start: int, via: str) -> None:
        """`刘某某、朱某同志`: names joined by 、 before a name share its context."""
        while self.text[start - 1:start] == "、":
            span = self.name_ending_at(start - 1)
            if not span:
                return
            self.add(span, via)
            start = span[0]

    def name_shaped_word(self, word: str) -> bool:
        """A three-character dictionary word shaped like a name (a frequent surname and
        two given-name characters): the dictionary lists some people as words (刘某涛 as
        a noun); only a context that holds names alone (…同志) trusts it."""
        return len(word) == 3 and word[0] in self.lex.surnames and word not in self.lex.not_names \
            and word not in self.lex.places and all(c in self.lex.given_name_chars for c in word[1:]) \
            and word[-1] not in ORG_LAST

    def find_in_stories(self) -> None:
        """People of features and reader stories, named with no title: after a kinship
        word or an age (六女儿周清秀, 46岁的周林中, 家住…的X), before an age, a person
        word or a speech verb (苏才荣107岁, 杨明华老人, 王沛然一行, X介绍说)."""
        # Stories go on with a verb after the name (其子周某唱了): the segmenter's word ends it.
        self.find_after_words(self.lex.kin_pattern, "kin", weak=True, not_after=OBJECT_MARKERS, strict=False)
        for m in self.lex.kin_pattern.finditer(self.text):
            if self.text[m.start() - 1:m.start()] in KIN_JOINS and m.start() >= 3:
                span = self.name_ending_at(m.start() - 1, clear_left=True)
                if span:
                    self.add(span, "kin")
        for pattern, via, strict in ((AGE_BEFORE, "age", False), (LIVES_AT, "story", False), (NAMED, "story", True), (TELLER, "story", True),
                                     (self.lex.object_pattern, "object", True), (CLOSING_LIST, "list", True)):
            self.find_after_words(pattern, via, whole_word=True, weak=True, strict=strict)
        for pattern, via, clear_left in ((AGE_AFTER, "age", True), (self.lex.person_noun_pattern, "story", False),
                                         (WORK_TITLE_AFTER, "story", True),
                                         (PHOTO_POSITION, "caption", False), (TOLD_BY, "story", True),
                                         (self.lex.speech_pattern, "clause", False), (AWARDED, "story", False)):
            for m in pattern.finditer(self.text):
                span = self.name_ending_at(m.start(), clear_left) or (
                    self.foreign_word_ending_at(m.start()) if m.group(0) in HONORIFICS else None) or (
                    self.foreign_speaker_ending_at(m.start()) if via == "clause" else None)
                if span:
                    self.add(span, via)

    def find_after_story_cues(self) -> None:
        """`跟着蒋某干`, `随着何某的一声令下`, `遇到了潘某`, `好心人——景某`: a name after a
        verb of stories or a dash, up to punctuation or a word that follows names, or a
        name the segmenter sees before any word. After a dash, a title before it is the name's."""
        by_end = {t.end: t for t in self.titles}
        for m in STORY_CUES.finditer(self.text):
            if self.bounds and m.end() not in self.bounds:
                continue  # 带着|想 … the cue must end a word
            span = self.story_name_at(m.end())
            if span:
                title = by_end.get(m.start()) if m.group(0).startswith("—") else None
                self.add(span, "story", self.chain_before(title) if title else [])

    def story_name_at(self, i: int) -> tuple[int, int] | None:
        span = self.name_at(i, strict=True, weak=True)
        if span and (span[1] - i >= 3 or not is_cjk(self.text[span[1]:span[1] + 1] or "a")):
            return span  # a two-character name needs punctuation after it (随着严冬的到来)
        span = self.name_at(i, weak=True)
        return span if span and self.lex.surname_length(self.text, i) == 1 and self.segmenter_name_word(*span) \
            and not self.transliteration_only(*span) else None

    def find_segmenter_names(self) -> None:
        """`刑满释放者贾|某波用刀`, `某阳县邢|某斌个人兴办`, `个体工商户刘某成１０年来`: with no
        title or verb to go by, one of the hundred most frequent surnames and a two-character
        given name that the segmenter keeps as one word or cuts into surname and given name,
        with a clear left edge (punctuation, a function word, or the end of a place, an
        organisation or a description: 村, 县, 者, 户, 员) and no noun's ending after it."""
        inside_titles = {k for t in self.titles for k in range(t.start + 1, t.end)}
        for i in sorted(self.bounds - inside_titles):
            if self.frequent_name_word_at(i) and self.clear_left_edge(i):
                self.add((i, i + 3), "anywhere")

    def frequent_name_word_at(self, i: int) -> bool:
        """A frequent surname and a two-character given name at i, shaped and placed as a name."""
        text, end = self.text, i + 3
        if end > len(text) or text[i] not in self.lex.top_surnames or text[i] in FUNCTION_SURNAMES_WEAK \
                or text[end - 1] in GLUE_CHARS:
            return False
        if not (self.surname_then_given_word(i, end) or self.is_token(i, end)) or not self.plausible(i, end, 1, weak=True) \
                or self.transliteration_only(i, end) or self.lex.is_word(text[i + 1:end]):
            return False
        if text[i - 1:i] in PREPOSITIONS and self.is_token(i, end) and text[i + 1:end] in self.lex.function_words:
            return False  # 在苏研发: a place's one-character name and what is done there
        if text[i - 1:i] in DIGITS or any(c in CHINESE_NUMERALS for c in text[i - 1:end]):
            return False  # ７０００元|兴修, １００米|仰泳: a measure word after a number
        if self.city_glued(i, end):
            return False
        # 龙凤园实业, 严重性, “金标准”, 毛泽东思想: a place, a noun, a quoted word, a doctrine
        return (self.boundary_at(end) or end in self.bounds) and text[end:end + 1] not in ORG_LAST | PLACE_ENDS | VILLAGE_ENDS \
            and text[end - 1] not in NOUN_SUFFIXES and text[i - 1:i] not in "“《" and not IDEOLOGY_AFTER.match(text, end)

    def city_glued(self, i: int, end: int) -> bool:
        """A city's or county's name opens text[i:end] and the word goes on after it
        (许昌瑞|祥公司, 许昌银|保监分局, 龙游商|会): a place and what it opens, no name."""
        return self.text[i:i + 2] in self.lex.places and not self.boundary_at(end)

    def clear_left_edge(self, i: int) -> bool:
        """Punctuation or a function word before i, or the last character of a word that
        ends a place, an organisation or a description (中阳县|, 释放者|), not one that
        ends inside a longer word."""
        before = self.text[i - 1:i]
        return not before or not is_cjk(before) or before in LEFT_EDGE \
            or before in ORG_LAST | PLACE_ENDS | DESCRIPTION_LAST and i - 2 not in self.bounds

    def find_glued_to_home(self) -> None:
        """`葛某梅家的院子`, `柏|永年|家庭`: a three-character name the segmenter glued to
        家 or cut before 家庭, with its left edge clear."""
        starts = set(self.clause_starts)
        for m in HOME.finditer(self.text):
            start, end = m.start() - 3, m.start()
            if start < 0 or self.lex.surname_length(self.text, start) != 1 \
                    or not self.plausible(start, end, 1, weak=True):
                continue
            glued = self.is_token(start, m.end())
            cut = self.surname_then_given_word(start, end) and m.end() in self.bounds
            before = self.text[start - 1:start]
            clear = start in starts or start in self.bounds or not is_cjk(before) or before in LEFT_EDGE
            if (glued or cut) and clear:
                self.add((start, end), "story")

    def find_in_frames(self) -> None:
        """`在范某看来`, `对于柯某来说`, `在柴某的带领下`, `像仇某这样的`: a name between the
        two parts of a frame of features."""
        for before, after in FRAMES:
            for m in after.finditer(self.text):
                span = self.name_in_frame(m.start(), before)
                if span:
                    self.add(span, "story")

    def name_in_frame(self, end: int, before: tuple[str, ...]) -> tuple[int, int] | None:
        """A name that ends at end, right after one of the words before."""
        for length in (3, 2, 4):
            start = end - length
            sl = self.lex.surname_length(self.text, start) if start > 0 else 0
            if sl and length - sl in (1, 2) and self.text.endswith(before, 0, start) \
                    and self.plausible(start, end, sl, weak=True) and not self.person_word(start, end):
                return start, end
        return None

    def person_word(self, start: int, end: int) -> bool:
        """A kinship word or a word for a person (和孙子一起, 像老师一样), no name."""
        word = self.text[start:end]
        return word in self.lex.kin_words or word in self.lex.person_nouns or word in self.lex.descriptions

    def post_after(self, end: int) -> re.Match[str] | None:
        """An office (not a description) written right after a name: 王某书记, 彭某所长; and
        a deputy who speaks (某某代表说)."""
        m = self.lex.post_pattern.match(self.text, end)
        return m if m and (m.group(0) not in self.lex.descriptions or self.deputy_speaks(end)) else None

    def deputy_speaks(self, end: int) -> bool:
        """`某某代表说`: 代表 after the name and a speech verb, the deputy speaking (某某代表市委讲话
        is someone acting for a body)."""
        return self.text.startswith("代表", end) and self.speech_after(end + 2)

    def find_before_posts(self) -> None:
        """`陈某副秘书长指出`, `彭某所长介绍`, `李某总理、`, `叶某总统曾`: a name right before
        an office that punctuation, a speech verb, a function word or a word that follows names ends."""
        text = self.text
        for title in self.titles:  # each post word of the text heads one title
            start, end = title.post_start, title.end
            if text[start:end] in self.lex.descriptions or (self.bounds and start not in self.bounds):
                continue
            if not (self.boundary_at(end) or text[end:end + 1] in GLUE_CHARS or self.lex.speech_pattern.match(text, end)):
                continue
            span = self.name_ending_at(start) or self.foreign_word_ending_at(start) or self.name_word_ending_at(start)
            if span:
                self.add(span, "title", [TitleSpan(start, end, start)])
            if span and self.text[span[0] - 1:span[0]] == "、":
                self.names_listed_before(span[0], "title")

    def name_word_ending_at(self, end: int) -> tuple[int, int] | None:
        """`李某总理和朱某某副总理`: before an office, a segmenter's word of three characters
        that is a name by its shape (surname, no ordinary word), its given name of any
        characters (镕 is rare), its left edge clear."""
        start = end - 3
        if start < 0 or not self.is_token(start, end) or self.lex.surname_length(self.text, start) != 1 \
                or not self.plausible(start, end, 1):
            return None
        before = self.text[start - 1:start]
        return (start, end) if not before or not is_cjk(before) or before in LEFT_EDGE else None

    def find_led_and_chaired(self) -> None:
        """`以X为首的`, `以X副书记为团长的` (who leads a group), `由X主持` (who chairs)."""
        text = self.text
        for m in re.finditer("[以由]", text):
            if m.group(0) == "由":
                span = self.name_at(m.end(), strict=True)
                if span and self.acts_after(span[1]):
                    self.add(span, "cue")
                continue
            span = self.name_at(m.end(), weak=True) or self.foreign_word_at(m.end())
            if not span:
                continue
            post = self.post_after(span[1])
            if LED_BY_END.match(text, post.end() if post else span[1]):
                self.add(span, "cue", [TitleSpan(span[1], post.end(), span[1])] if post else [])

    def find_before_appointments(self) -> None:
        """`王某当选为市长`, `由李某任组长、张某任副组长`: a name before the verb that gives
        it the post after (the post is what the name became, not the title it is written with)."""
        for title in self.titles:
            verb = APPOINTED_TO.search(self.text, max(0, title.start - 4), title.start)
            if not verb:
                continue
            # 陈某新当选市长 or 陈某|新|当选: the name without 新 first
            ends = [verb.start() + 1, verb.start()] if self.text[verb.start()] == "新" else [verb.start()]
            span = next(filter(None, (self.name_ending_at(end) for end in ends if end > 0)), None)
            while span:
                self.add(span, "title")
                # (喻某某、勒格伍沙当选为副书记: every name of the list before the verb)
                span = self.name_ending_at(span[0] - 1) if self.text[span[0] - 1:span[0]] == "、" else None

    def find_before_apposed_titles(self) -> None:
        """`王某，村党支部书记，`, `李某现任某公司总经理。`: a name before a title set off
        after it, that no name follows."""
        starts = {t.start for t in self.titles}
        for title in self.titles:
            if self.text[title.end:title.end + 1] not in "，,。；;" or title.start < 2 or (title.end + 1) in starts:
                continue
            for form in APPOSITION_FORMS:
                k = title.start - len(form)
                if k > 0 and self.text.startswith(form, k):
                    span = self.name_ending_at(k, clear_left=True)
                    if span:
                        self.add(span, "title", [title])
                    break

    def find_names_opening_list_items(self) -> None:
        """`某某 某县某医院院长` on a line of a list of honours: a name opening a short
        paragraph, its place and post after it up to the paragraph's end."""
        text = self.text
        for title in self.titles:
            start = text.rfind("\n", 0, title.start) + 1
            if text[title.end:title.end + 1] not in ("\n", "") or title.end - start > LIST_ITEM_MAX \
                    or re.search(r"[，。、；：,;:！？]", text[start:title.end]):
                continue
            sl = self.lex.surname_length(text, start, rare=True)  # (the line's start is evidence enough)
            for n in (3, 2, 4):
                end = start + n
                if sl and n - sl in (1, 2) and self.plausible(start, end, sl, weak=True) \
                        and any(text[end:end + k] in self.lex.places for k in range(2, 7)):
                    self.add((start, end), "title", [TitleSpan(end, title.end, title.post_start)])
                    break

    def find_in_table_rows(self) -> None:
        """`一等奖：柯某亮（县供电公司）`, `丁某兵（县公安局交警大队）`, `县人民医院：晏某华`: rows of
        a table or list of people (the cleaner writes a table's row so), two or more a text,
        or items of a list joined by 、: the name opens the item, its unit or post in brackets
        after it, or closes it after its unit."""
        rows = list(TABLE_ROW.finditer(self.text))
        rows = rows if len(rows) >= 2 else []
        starts = [m.start("name") for m in rows if m.group("name")]
        # (and a list of three or more, each in brackets, joined by 、)
        for m in BRACKETED_LIST.finditer(self.text):
            starts += [m.start()] + [k + 1 for k in range(m.start(), m.end()) if self.text[k] == "、"]
        for start in starts:
            end = self.text.index("（", start)
            close = self.text.index("）", end)
            if self.text.startswith("（", close + 1):
                close = self.text.index("）", close + 1)  # 郭某（女）（某医院护士长）
            self.add_row_name(start, end, self.titles_filling(self.text.rfind("（", 0, close) + 1, close))
        for m in rows:
            if m.group("last"):
                self.add_row_name(*m.span("last"), [])

    def add_row_name(self, start: int, end: int, titles: list[TitleSpan]) -> None:
        sl = self.lex.surname_length(self.text, start, rare=True)
        if sl and end - start - sl in (1, 2) and self.plausible(start, end, sl, weak=True):
            self.add((start, end), "list", titles)

    def titles_filling(self, start: int, end: int) -> list[TitleSpan]:
        """The titles that fill start..end, joined by 、 (县委常委、宣传部部长)."""
        by_start = {t.start: t for t in self.titles}
        chain = self.joined_after(by_start[start], by_start) if start in by_start else []
        return chain if chain and chain[-1].end == end else []

    def joined_after(self, title: TitleSpan, by_start: dict[int, TitleSpan]) -> list[TitleSpan]:
        """The title and those joined to it by 、 after it: 县委常委、宣传部部长."""
        chain = [title]
        while self.text[chain[-1].end:chain[-1].end + 1] == "、" and chain[-1].end + 1 in by_start:
            chain.append(by_start[chain[-1].end + 1])
        return chain

    def find_before_bracketed_titles(self) -> None:
        """`张某（某公司董事长）`, `孟某（县委常委、宣传部部长）`: a name right before
        titles in brackets."""
        by_start = {t.start: t for t in self.titles}
        for title in self.titles:
            opening = self.bracket_opening_before(title.start)
            if opening is None:
                continue
            chain = self.joined_after(title, by_start)  # 孟某（县委常委、宣传部部长）: titles joined inside the brackets
            if self.text[chain[-1].end:chain[-1].end + 1] in "）)":
                span = self.name_ending_at(opening) or self.item_before_bracket(opening)
                if span:
                    self.add(span, "title", chain)

    def item_before_bracket(self, opening: int) -> tuple[int, int] | None:
        """`有：向某民（市某局副局长）、和某新（市财政局副局长）`: between punctuation and the
        bracket of titles, two or three characters with a surname, even one that is
        mostly a word (向, 和, 于), are a name."""
        for start in (opening - 3, opening - 2):
            if start < 0 or (start and is_cjk(self.text[start - 1])) or not all(is_cjk(c) for c in self.text[start:opening]):
                continue
            if self.list_item_shaped(start, opening) and not self.lex.is_word(self.text[start:opening]):
                return start, opening
        return None

    def bracket_opening_before(self, k: int) -> int | None:
        """Where the bracket opens that a title at k stands in, right after it or after a
        note on the person (李某（女，45岁，某镇卫生院院长）), or None."""
        if k and self.text[k - 1] in "（(":
            return k - 1
        m = BRACKETED_PERSON_NOTE.search(self.text, max(0, k - 16), k)
        return m.start() if m else None

    def find_after_de(self) -> None:
        """`刚从地里回来的李春生。`, `某村的宋某是`: a three-character name after 的, up to
        punctuation or a word that follows names, or before any verb when the segmenter
        sees a name (被救的计小明已经), with no word at its start."""
        for m in re.finditer("的", self.text):
            i = m.end()
            span, strict_end = self.name_at(i, strict=True, weak=True), True
            if not span:
                span, strict_end = self.name_at(i, weak=True), False
                span = span if span and self.segmenter_name_word(*span) and not self.transliteration_only(*span) else None
            if span and self.text[span[1] - 1] in LIST_LAST and not self.speech_after(span[1]) \
                    and not self.follower_inside(span[1], span[1] + 1):
                continue  # 党组织的关怀和“七一”问候: 和 joins two nouns, unless a verb follows (的郑某和说)
            if span and span[1] - i == 3 and self.lex.surname_length(self.text, i) == 1 \
                    and self.text[span[1] - 1] not in LOCATIVE_ENDS \
                    and not self.lex.is_word(self.text[i:i + 2]) \
                    and (self.strong_end(span[1]) or self.text[span[1]] in "是说在也就等和" or not strict_end
                         or self.segmenter_name_word(*span) and self.text[span[1]] not in LIST_LAST):
                self.add(span, "story")  # 蓝图成为: 为 starts no clause of its own
                self.follow_list(span[1], [], weak=True)  # 获奖的李某、张某

    def find_known_mentions(self) -> None:
        """Later bare mentions of people already found, and a post right after a name."""
        names = sorted(self.persons, key=len, reverse=True)
        if not names:
            return
        pattern = re.compile("|".join(map(re.escape, names)))
        taken: list[tuple[int, int]] = []
        for m in pattern.finditer(self.text):
            span = (m.start(), m.end())
            if self.boundary_at(span[1]) or span[1] in self.bounds or self.post_after(span[1]):
                self.add(span, self.persons[m.group(0)].mentions[0].via if any(
                    x.start == span[0] for x in self.persons[m.group(0)].mentions) else "bare")
                taken.append(span)
        self.find_partners(taken)
        by_start = {t.start: t for t in self.titles}
        for name, person in self.persons.items():
            for mention in person.mentions:
                # 张某（某公司董事长）: a title in brackets right after the name is its own.
                inner = by_start.get(mention.end + 1)
                if self.text[mention.end:mention.end + 1] in "（(" and inner is not None \
                        and self.text[inner.end:inner.end + 1] in "）)":
                    person.hold(inner)
                for t in self.apposed_titles(mention.end, by_start):
                    person.hold(t)
                post = self.post_after(mention.end)
                if post:
                    person.hold(TitleSpan(mention.end, post.end(), mention.end))

    def find_partners(self, known: list[tuple[int, int]]) -> None:
        """`张某和刘某来到田间`, `刘某与张某`: a name joined by 和/与/及/同 to a person
        already found, up to punctuation or a word that follows names."""
        text = self.text
        for start, end in known:
            if text[end:end + 1] in PARTNER_JOINS:
                span = self.name_at(end + 1, strict=True, weak=True)
                if span:
                    self.add(span, "list")
            if start >= 3 and text[start - 1] in PARTNER_JOINS:
                span = self.name_ending_at(start - 1, clear_left=True)
                if span:
                    self.add(span, "list")

    def apposed_titles(self, end: int, by_start: dict[int, TitleSpan]) -> list[TitleSpan]:
        """`王某，某村党支部书记。`, `李某现任某公司总经理，`: titles set off after a name
        (a chain joined by 、 too) that no name of their own follows."""
        m = APPOSITION.match(self.text, end)
        if not m or m.end() == end:
            return []
        found, k = [], m.end()
        while k in by_start:
            t = by_start[k]
            if self.text[t.end:t.end + 1] not in "、，,。；;":
                return []  # a name follows: the title is that name's
            found.append(t)
            if self.text[t.end:t.end + 1] != "、":
                # 王某，市委常委、市纪委书记，市监委主任李某: the chain goes on to the next name
                return [] if (t.end + 1) in by_start else found
            k = t.end + 1
        return []

    def find_aliases(self) -> None:
        """`王书记`, `吕市长`: a surname and a post stand for the one person of the
        article with that surname who holds that post; `魏斯曼` for `托马斯·魏斯曼`, the
        family name of a dotted name, which is no person of its own."""
        for name in [n for n in self.persons if not any(d in n for d in NAME_DOTS)]:
            whole = [n for n in self.persons if any(d in n for d in NAME_DOTS) and re.split(f"[{NAME_DOTS}]", n)[-1] == name]
            if len(whole) == 1:
                self.persons[whole[0]].mentions.extend(self.persons.pop(name).mentions)
        for m in ALIAS.finditer(self.text):
            surname, post = m.group(1), m.group(2)
            if m.start() and is_cjk(self.text[m.start() - 1]) and self.text[m.start() - 1] not in "和与及对向由是在":
                continue
            holders = [p for p in self.persons.values() if p.name.startswith(surname) and any(
                self.text[t.post_start:t.end].endswith(post) for t in p.titles)]
            if len(holders) == 1:
                person = holders[0]
                if not any(x.start == m.start() for x in person.mentions):
                    person.mentions.append(Mention(m.start(), m.end(), "alias"))

    def run(self) -> dict[str, PersonFound]:
        self.find_after_titles()
        self.find_after_words(self.lex.group_pattern, "group", office_like=True)
        self.find_after_words(self.lex.cue_pattern, "cue")
        self.find_bare_lists()
        self.find_clause_openers()
        self.find_signature_contexts()
        self.find_in_stories()
        self.find_in_frames()
        self.find_after_story_cues()
        self.find_glued_to_home()
        self.find_after_de()
        self.find_before_bracketed_titles()
        self.find_before_apposed_titles()
        self.find_names_opening_list_items()
        self.find_in_table_rows()
        self.find_before_appointments()
        self.find_before_posts()
        self.find_dotted_names()
        self.find_led_and_chaired()
        self.find_segmenter_names()
        self.find_known_mentions()
        self.extend_by_the_char_always_after()
        self.join_known_longer_names()
        self.drop_overlapping_names()
        self.find_aliases()
        return self.persons

    def extend_by_the_char_always_after(self) -> None:
        """`吉克某|呷率视察组`, `吉克某呷指出`, `吉克某呷要求`: a name written two or more times,
        each time with the same character after it and then punctuation or a word that
        follows names, ends with that character (a minority name longer than a Han one)."""
        text = self.text
        for name, person in list(self.persons.items()):
            ends = [m.end() for m in re.finditer(re.escape(name), text)]
            nexts = {text[e:e + 1] for e in ends}
            if len(ends) < 2 or len(nexts) != 1 or len(name) not in (2, 3) or "·" in name:
                continue
            c = nexts.pop()
            if not is_cjk(c) or c in GLUE_CHARS | NOT_IN_GIVEN_NAMES | ASPECT_MARKERS | PREPOSITIONS \
                    or self.lex.is_word(name + c) or any(self.lex.follower_pattern.match(text, e) for e in ends) \
                    or not all(self.boundary_at(e + 1) for e in ends) or (name + c) in self.persons:
                continue
            del self.persons[name]
            person.name = name + c
            person.mentions = [Mention(m.start, m.end + 1, m.via) for m in person.mentions]
            self.persons[name + c] = person

    def join_known_longer_names(self) -> None:
        """`51岁的郇全|喜顾不上` read as 郇全 where 郇全喜 is found elsewhere in the text: the
        mention is of the longer name the next character makes."""
        text = self.text
        for name, person in list(self.persons.items()):
            moved = [m for m in person.mentions if text[m.start:m.end + 1] != name
                     and text[m.start:m.end + 1] in self.persons and len(name) in (2, 3)]
            for m in moved:
                self.add((m.start, m.end + 1), m.via, person.titles)
            person.mentions = [m for m in person.mentions if m not in moved]
            if not person.mentions:
                del self.persons[name]

    def drop_overlapping_names(self) -> None:
        """Names do not overlap. A short name inside a longer one found at the same place
        is the longer one; of two that cross (盛云龙听说 read also as 云龙听), the one a
        rule found first (the rules run strongest first) stays."""
        rank = {name: k for k, name in enumerate(self.persons)}

        def loses(m: Mention, name: str, o: Mention, other: str) -> bool:
            if not (o.start < m.end and m.start < o.end) or (o.start, o.end) == (m.start, m.end):
                return False
            if o.start <= m.start and m.end <= o.end:
                return True  # inside a longer name
            if m.start <= o.start and o.end <= m.end:
                return False  # holds the other
            return rank[other] < rank[name]

        for name in list(self.persons):
            person = self.persons[name]
            kept = []
            for m in person.mentions:
                winner = next((other for other, q in self.persons.items()
                               if other != name and any(loses(m, name, o, other) for o in q.mentions)), None)
                if winner is None:
                    kept.append(m)
                elif any(o.start == m.start and o.end > m.end for o in self.persons[winner].mentions):
                    # 副府尹颂猜·某某 read also as 颂猜: the longer name takes the titles before it
                    self.persons[winner].take([t for t in person.titles if t.end <= m.start])
            person.mentions = kept
            if not person.mentions:
                del self.persons[name]
