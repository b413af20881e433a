"""Articles: split a cleaned page into articles, attach headlines, read bylines.

Two page layouts occur. In print pages (焦作日报 column text) an article runs
from its byline (`本报讯（记者…）`) to an end mark (`①3`, `（下转…）`, a credit
`（陈露）`) and its headline is printed *after* it. In web text and markdown
pages the headline comes first. The layout is read off the page's first block.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .clean import (BULLETS, BYLINE, CAPTION_MARK, EDITOR_LINE, HAN, HEADLINE_LINES, HEADLINE_PHRASE, NEWS_LEAD, NOT_REPORTER_ROLE, OUTLET, ROLE,
                    ROLE_AFTER_NAME, ROLE_CORE, SENTENCE_PUNCT, TEXT_AND_PHOTO, TOLD, TOP_CREDIT_LINE, CleanPage, Paragraph,
                    closes_article, is_comma_subtitle, is_credit, is_free_text, is_headline_like, is_punctuated_headline_block,
                    is_structural_start, opens_on_its_day)
from .extract.lexicon import NAME_DOTS, load_lexicons

ROLE_SPLIT = re.compile(rf"({NOT_REPORTER_ROLE})|{ROLE}")
OUTLET_ONLY = re.compile(rf"{OUTLET}")
# Words that close an article where a bare credit could stand: 全文完, 待续.
END_WORDS = ("完", "全文完", "待续", "未完待续", "未完")
CREDIT_PAREN = re.compile(r"^[（(](?P<inner>[^）)]{2,34})[）)]$")
CONTINUATION_START = re.compile(r"^[（(]\s*上接")
TRAILING_CREDIT = re.compile(r"(?:[。！？”]\s*[（(](?P<inner>[^）)]{2,24})[）)]|[;；]\s*(?P<src>[\u4e00-\u9fff]{2,4}))$")
# A credit with no brackets after the last sentence: `…春意。 李太昭`, `…。王拓 崔骏`, glued in columns.
# Or on a line of its own, set to the right: `            李太昭`.
BARE_CREDIT = re.compile(r"(?:[。！？”]\s*|^\s*)(?P<bare>[\u4e00-\u9fff]{2,4}\s+[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,8})$")
PHOTO_CREDIT = re.compile(
    r"(?:^|[。！？”\s（(])(?P<inner>(?:本报)?(?:见习|特约)?(?:记者)?[\u4e00-\u9fff ·]{2,12})\s*摄影?[）)]?$")
# A credit line of its own: 文/图 本报记者 X, 摄影：X, 图/文 X Y.
CREDIT_LINE = re.compile(rf"^(?:{TEXT_AND_PHOTO}|摄影|图|记者|通讯员|撰文|文字)\s*[:：/ ]\s*"
                         rf"(?P<inner>(?:{ROLE})?\s*[\u4e00-\u9fff ·、]{{2,20}}(?:\s*{NOT_REPORTER_ROLE}.{{2,20}})?)$")
# What the credited did, after the names: 记者 万 千 摄, 记者X报道, X整理.
CREDIT_VERB = re.compile(r"\s*(?:摄影?|报道|整理|供图|制图|供稿|撰文|执笔)\s*[：:]?\s*$")
# A credit with the role after the names, on a line of its own: 张三 文/图, 李四 摄影.
NAMES_THEN_ROLE = re.compile(r"^(?P<inner>[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4})?)\s*(?:文/图|图/文|/文|/图|摄影?)$")
# The last sentence's end: a credit may follow it on the same line (…祝福。 文/图 记者 汪洋).
LAST_SENTENCE_END = re.compile(r"[。！？”][^。！？”]*$")
# 张三/文 李四/图, and glued in columns 张三/文李四/图: a role after a name (文/图 and 文/张三 put it before)
SUFFIX_ROLE = re.compile(r"(?<=[\u4e00-\u9fff])(?<![文图摄])/\s*(?:文|图|摄)(?!\s*/)")
# A credited name: two to five characters, or a minority or foreign name of parts joined
# by a dot (记者 古丽某·艾合某某, parts of up to eight characters).
# (any of the dots transliterated names are written with: 某某·某某, 某某•某某)
HAN_NAME = re.compile(rf"^(?:[{HAN}·]{{2,5}}|[{HAN}]{{1,8}}(?:[{NAME_DOTS}][{HAN}]{{1,8}})+)$")
# Who supplied a picture or told the story, in a closing credit: （王某 提供）, （图片由王某提供）,
# （王某口述 本报记者李某整理）. No reporter: a person of the story.
SUPPLIED = re.compile(r"^(?:图片|照片|资料)?由")
GIVEN_BY = re.compile(rf"[\u4e00-\u9fff·]{{2,5}}?\s*(?:提供|{TOLD})(?=\s|$)")


@dataclass
class ArticleBlock:
    paragraphs: list[Paragraph] = field(default_factory=list)
    headline: list[Paragraph] = field(default_factory=list)
    reporters: list[str] = field(default_factory=list)
    credit_paragraphs: list[Paragraph] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)

    @property
    def headline_text(self) -> str | None:
        if not self.headline:
            return None
        return " ".join(p.text for p in self.headline)


def page_layout(paragraphs: list[Paragraph]) -> str:
    """'before' when the page opens with a headline, 'after' when with a byline. A page
    that opens with the rest of an article from another page (（上接第一版）) has that
    article's headline there: the first headline or byline after it tells."""
    if paragraphs and CONTINUATION_START.match(paragraphs[0].text):
        paragraphs = [p for p in paragraphs[1:] if is_headline_para(p) or is_structural_start(p.text)]
    for p in paragraphs:
        if is_headline_para(p):  # 记者 张三 on top reads like a headline but for its spaces
            return "before"
        return "after"
    return "after"


# A photo caption is short: a sentence or two and its credit
CAPTION_TEXT = 200


def is_caption_credit(p: Paragraph) -> bool:
    return p.text.endswith("摄")




def is_stand_alone_photo_credit(p: Paragraph) -> bool:
    """`本报记者 张三 摄` on its own, not a caption that ends with its credit
    (`图为群众在参观。 张三 摄`): only the former takes the paragraph before it."""
    return is_caption_credit(p) and len(p.text) <= 20 and not SENTENCE_PUNCT.search(p.text)


def closes_the_page(paras: list[Paragraph], i: int) -> bool:
    """Nothing but credits and the editors' line after paragraph i."""
    return all(is_credit(q.text) or EDITOR_LINE.match(q.text) for q in paras[i + 1:])


def is_uncredited_caption(p: Paragraph, nxt: Paragraph | None) -> bool:
    """A one-sentence photo caption with no credit of its own (an item of its
    own ends with `摄`, or has a credit line after it)."""
    return (len(p.text) <= 60 and CAPTION_MARK.search(p.text) is not None and not is_caption_credit(p)
            and not is_structural_start(p.text) and not (nxt is not None and is_caption_credit(nxt)))


def is_kicker(art: ArticleBlock) -> bool:
    """An article so far of one short bulleted line that ends no sentence (`■两会特别报道`):
    the label on top of the article whose byline follows."""
    return len(art.paragraphs) == 1 and is_kicker_line(art.paragraphs[0].text)


def is_kicker_line(text: str) -> bool:
    return len(text) <= 30 and text[0] in BULLETS and text[-1] not in "。！？!?；;…”" \
        and not BYLINE.match(text) and not TOP_CREDIT_LINE.match(text)


def heads_a_part(paras: list[Paragraph], i: int) -> bool:
    """A bulleted line that ends no sentence, before text that opens no article
    (`■帮办代办暖人心` / `该中心组建…`): the sub-head of a part of the article it stands in."""
    nxt = paras[i + 1] if i + 1 < len(paras) else None
    return (is_kicker_line(paras[i].text) or PROFILE_SUBHEAD.match(paras[i].text) is not None) \
        and nxt is not None and not is_structural_start(nxt.text) \
        and not is_headline_para(nxt) and not is_credit(nxt.text)


def is_headline_para(p: Paragraph) -> bool:
    raw = p.raw.strip()
    if CREDIT_LINE.match(raw) or TOP_CREDIT_LINE.match(raw) or NAMES_THEN_ROLE.match(raw) or p.row:
        return False  # 记者 张三 通讯员 李四: a credit line, short and unpunctuated like a headline (a table's row too)
    return (p.heading_level in (1, 2)) or (not p.heading_level and (p.headline_like or is_headline_like(p.text)))


# 各县（市）、区妇联，市直各单位：: the addressees an official notice opens with, under its title
SALUTATION = re.compile(r"^各[^。！？：:]{1,40}[：:]")


def headline_groups(paragraphs: list[Paragraph], layout: str = "before", web: bool = False) -> dict[int, list[int]]:
    """Runs of headline-shaped paragraphs that stand between articles, keyed by
    their first index. A run counts only where an article boundary is: after a
    closing paragraph or at the page start, or before a byline, heading, credit,
    caption or the page end; in print pages also where it sums up the text before
    it. Others are sub-heads inside an article."""
    groups: dict[int, list[int]] = {}
    i, n = 0, len(paragraphs)
    start = 0  # the first paragraph of the article that runs up to here
    by_wording: list[tuple[int, int]] = []  # runs whose wording alone may set them between articles
    while i < n:
        j = comma_headline(paragraphs, i)
        if j:
            groups[i] = list(range(i, j))
            start = i = j
            continue
        if not heads_here(paragraphs, i):
            i += 1
            continue
        j = i
        while j < n and (heads_here(paragraphs, j) or i < j < i + HEADLINE_LINES and is_comma_subtitle(paragraphs[j].text)) \
                and not (j > i and is_author_line(paragraphs, j, web)):
            j += 1
        if j - i > LIST_RUN:
            # a list's short lines (名单 / 某某 某单位主任 / …), a headline after its last break at most
            i = max((k for k in range(i + 1, j) if paragraphs[k].blank_before), default=j)
            if i == j:
                continue
        run = list(range(i, j))
        after_close = i == 0 or closes_article(paragraphs[i - 1])
        nxt = paragraphs[j] if j < n else None
        if heads_rows(paragraphs, j) or web and PROFILE_SUBHEAD.match(paragraphs[i].text) and start < i \
                and not closes_article(paragraphs[i - 1]):
            # 附：某某名单 over the rows of a table of people: the list's heading; on a web page,
            # 【见义勇为】某某：… inside an article, over one of the profiles a list of honours tells
            i = j
            continue
        before_start = nxt is None or is_structural_start(nxt.text) or nxt.heading_level in (1, 2) \
            or opens_with_credit_line(paragraphs, j) \
            or is_caption_credit(nxt) or is_credit(nxt.text) \
            or (j + 1 < n and is_caption_credit(paragraphs[j + 1]) and not is_structural_start(nxt.text)) \
            or opens_item_without_byline(paragraphs[i:j], nxt) or is_profile_subtitle(paragraphs[j - 1]) \
            or SALUTATION.match(nxt.text) is not None or is_author_line(paragraphs, j, web)
        # (the rest of an article from another page has no sub-heads: a headline after its
        # last sentence opens the next article, bylined or not)
        after_jump = start < i and CONTINUATION_START.match(paragraphs[start].text) is not None \
            and ends_a_sentence(paragraphs[i - 1]) and nxt is not None and not is_headline_para(nxt) \
            and paragraphs[i].blank_before and nxt.blank_before
        at_boundary = after_close or before_start or after_jump or paragraphs[i].heading_level in (1, 2)
        summed_up = not at_boundary and layout == "after" and sums_up_the_text_before(paragraphs, start, i, j)
        if at_boundary or summed_up:
            groups[i] = run
            start = j
            if j < n and is_author_line(paragraphs, j, web):
                j += 1  # the author's name under it opens the text
        if layout == "after" and (summed_up or i not in groups):
            by_wording.append((i, j))
        i = j
    for i, j in reversed(by_wording):  # from the page's end: the next headline is settled first
        if i not in groups and leaves_the_text_before_to_itself(paragraphs, groups, i, j):
            groups[i] = list(range(i, j))
    for i, j in by_wording:
        if i in groups and repeats_the_next_headline(paragraphs, groups, i, j):
            del groups[i]
    return dict(sorted(groups.items()))


# （排名不分先后）: a note over a list
LIST_NOTE = re.compile(r"[（(][^（）()]{1,12}[）)]")
# 【助人为乐】某某：二十年如一日照料孤寡老人: the sub-head of one profile in a list of honours
PROFILE_SUBHEAD = re.compile(r"^【[^】]{2,8}】[\u4e00-\u9fff·]{2,8}[：:]")


def heads_rows(paragraphs: list[Paragraph], j: int) -> bool:
    """Paragraph j is a row of a table of people, or a note in brackets over them (（排名不分先后）)."""
    note = j < len(paragraphs) and LIST_NOTE.fullmatch(paragraphs[j].text) is not None
    k = j + 1 if note else j
    return k < len(paragraphs) and paragraphs[k].row


# The author's name alone under a headline (web pages: 标题 / 张三 / 正文): 1–3 names set apart by spaces
AUTHOR_NAMES = re.compile(r"^[\u4e00-\u9fff·]{2,4}(?:[ \u3000]+[\u4e00-\u9fff·]{2,4}){0,2}$")


def is_author_line(paragraphs: list[Paragraph], j: int, web: bool) -> bool:
    """Name-shaped words alone on the line under a headline line, over text: the author's
    byline, not the headline's last line (a headline naming its subject leads to the
    name: 追记某某, 人物：, ——). In columns it stands apart: a headline's line may end in
    a name-shaped piece (邻里相聚送 / 祝福)."""
    if j == 0 or j + 1 >= len(paragraphs) or not AUTHOR_NAMES.match(paragraphs[j].raw.strip()) \
            or not (web or paragraphs[j].blank_before):
        return False
    above, below = paragraphs[j - 1].text, paragraphs[j + 1]
    return len(above) >= 6 and not re.search(r"(?:记|访|：|:|—|-|之|的|是|和|与|、)$", above) and not is_headline_para(below) \
        and all(is_name_shaped(n) for n in paragraphs[j].raw.split())


def heads_here(paragraphs: list[Paragraph], i: int) -> bool:
    return is_headline_para(paragraphs[i]) or punctuated_headline_alone(paragraphs, i)


def punctuated_headline_alone(paragraphs: list[Paragraph], i: int) -> bool:
    """A headline with a comma in it, or one that exclaims or asks, standing alone between
    blank lines right after a sentence's end (printed after its text): a headline-shaped
    run like any other."""
    return 0 < i and is_punctuated_headline_block(paragraphs[i]) and paragraphs[i - 1].text.endswith(("。", "！", "？", "”")) \
        and (i + 1 == len(paragraphs) or paragraphs[i + 1].blank_before)


# 风雨中，子弟兵来了: a headline of two short phrases split by a comma; the first may be
# the day (9月26日，我市37个项目集中开工), the second may quote a word (她和扫帚一起“醒来”).
COMMA_HEADLINE = re.compile(rf"^(?:\d{{1,2}}月\d{{1,2}}日|[^，。；,;！？!?“”‘’：:\d]{{2,10}})[，,]"
                            rf"(?:{HEADLINE_PHRASE}|“[^，。；,;！？!?“”：:]{{1,10}}”){{2,20}}[！？!?]?$")


def comma_headline(paragraphs: list[Paragraph], i: int) -> int:
    """A short line of two phrases split by a comma, on a line of its own at the page's
    start or after an article that closed, right before a byline (or before the other
    lines of its headline and then a byline): a headline. Returns the end of the
    headline's paragraphs, 0 where there is none."""
    # (or after a sentence's end and a blank line: the byline under it, looked for below, tells)
    if not (i == 0 or closes_article(paragraphs[i - 1])
            or paragraphs[i].blank_before and ends_a_sentence(paragraphs[i - 1])):
        return 0
    if is_profile_subtitle(paragraphs[i]):
        return i + 1  # 一根扁担，挑了三十年——记…: the column joined the headline to its subtitle
    # (明年起，某某比例提高——某局负责人解读新政: the subtitle the column joined to it)
    main, dash, subtitle = paragraphs[i].text.partition("——")
    if COMMA_HEADLINE.match(main) is None or dash and not is_headline_like(subtitle):
        return 0
    j = i + 1
    while j < len(paragraphs) and j - i < HEADLINE_LINES and is_headline_para(paragraphs[j]) \
            and not is_profile_subtitle(paragraphs[j]):
        j += 1
    if j >= len(paragraphs):
        return 0
    if is_profile_subtitle(paragraphs[j]):
        return j + 1
    byline = BYLINE.match(paragraphs[j].text) or TOP_CREDIT_LINE.match(paragraphs[j].raw.strip())
    # (or on top of the page, over a paragraph of the story: a feature with no byline)
    story = i == 0 and len(paragraphs[j].text) >= 60 and ends_a_sentence(paragraphs[j])
    return j if byline is not None and bool(byline.group(0)) or story else 0


# ——记开元街道一位普通修鞋匠: the subtitle of a profile, under its headline
# (a headline line the column joined to it: 凌晨四点的街巷——记…)
# (and a commentary's, ——论…, ——评…, or the occasion, ——写在…之际)
PROFILE_SUBTITLE = re.compile(r"^(?:[^。；！？—－]{2,24})?[—－]{1,2}(?:记|论|评|写在)[^，。；！？]{2,30}$")


def is_profile_subtitle(p: Paragraph) -> bool:
    """A profile's headline heads a feature, byline or not."""
    return PROFILE_SUBTITLE.match(p.text) is not None


# A numbered or bulleted line heads a part of a long article (一、项目建设提速增效, （二）…,
# 3．…, ■延时服务不打烊), never a whole one.
NUMBERED_SUBHEAD = re.compile(rf"^(?:[{BULLETS}]|[一二三四五六七八九十]{{1,3}}[、．.]|[（(][一二三四五六七八九十\d]{{1,3}}[）)]"
                              r"|\d{1,2}[、．.](?!\d)|第[一二三四五六七八九十]{1,3}[，,、])")
# How much of a headline's wording (its pairs of characters) its article repeats: 市政府召开
# 常务会议 after `市长…主持召开市政府常务会议`; a main title with a subtitle or a second line needs less.
SUMMARY_SHARE = 0.5
SUMMARY_SHARE_OF_LINES = 0.25
HAN_PAIR_TEXT = re.compile(rf"[{HAN}]+")


def sums_up_the_text_before(paragraphs: list[Paragraph], start: int, i: int, j: int) -> bool:
    """Print pages put a headline after its article, and a headline repeats the article's
    words (`我市开展防汛应急演练` after `…市防汛抗旱指挥部…组织开展防汛应急演练`): a run
    that repeats the text before it more than the text after it closes that text, also
    where the next article opens with no byline (a scene, a quote, `今年以来，`). A sub-head
    sums up the part after it; numbered ones (一、…) and ones set in parallel
    (`聚焦主业 做强实体` … `完善治理 激发活力`) never close the article."""
    end = next_headline(paragraphs, j)
    if not may_close_here(paragraphs, start, i, j, end):
        return False
    run = paragraphs[i:j]
    words = texts(run)
    share_before = pair_share(words, texts(paragraphs[start:i]))
    share_after = pair_share(words, texts(paragraphs[j:end]))
    needed = SUMMARY_SHARE if len(run) == 1 else SUMMARY_SHARE_OF_LINES
    return share_before >= needed and share_before > share_after


# The next headline leaves out the text before a run when it repeats less than this part of
# what it repeats of the text after the run.
LEFT_OUT_SHARE = 1 / 3


# A sub-head that the next headline nearly contains (`多措并举稳就业` before `我市多措并举稳就业`)
# heads a part of that headline's article.
CONTAINED_SHARE = 0.75


def repeats_the_next_headline(paragraphs: list[Paragraph], groups: dict[int, list[int]], i: int, j: int) -> bool:
    following = next_group(groups, i)
    if following is None:
        return False
    headline = texts([paragraphs[k] for k in groups[following]])
    return pair_share(texts(paragraphs[i:j]), headline) >= CONTAINED_SHARE


def leaves_the_text_before_to_itself(paragraphs: list[Paragraph], groups: dict[int, list[int]], i: int, j: int) -> bool:
    """A headline whose words its article hardly repeats (`夜经济点亮城市烟火气`) still closes it
    where the next headline repeats the opening of the text after the run, not the text
    before it (`我市开展防汛应急演练` repeats `…开展防汛应急演练`, not `随着气温回升，山阳区
    的夜市…`): a sub-head's article names its subject in its opening, before the sub-head,
    and its headline repeats that."""
    start = max((k + len(run) for k, run in groups.items() if k < i), default=0)
    end = next_group(groups, i)
    if end is None or not may_close_here(paragraphs, start, i, j):
        return False
    if i - start < 2:
        return False  # a sub-head after the opening paragraph alone (`天刚蒙蒙亮，老赵…` / `数据种田 省心省力`)
    headline = texts([paragraphs[k] for k in groups[end]])
    # the opening of the text after the run, up to a sub-head of its own: where its headline's words are
    opening = next_headline(paragraphs, j, end)
    before, after = texts(paragraphs[start:i]), texts(paragraphs[j:opening])
    run = texts(paragraphs[i:j])
    share_after = pair_share(headline, after)
    return share_after >= SUMMARY_SHARE_OF_LINES and pair_share(headline, before) <= share_after * LEFT_OUT_SHARE \
        and pair_share(run, before) >= pair_share(run, after)


def texts(paragraphs: list[Paragraph]) -> str:
    return "".join(p.text for p in paragraphs)


def next_headline(paragraphs: list[Paragraph], j: int, limit: int | None = None) -> int:
    """The first headline-shaped paragraph from j on (before limit), else limit or the end."""
    limit = len(paragraphs) if limit is None else limit
    return next((k for k in range(j, limit) if is_headline_para(paragraphs[k])), limit)


def next_group(groups: dict[int, list[int]], i: int) -> int | None:
    """Where the first headline run after paragraph i starts."""
    return min((k for k in groups if k > i), default=None)


def may_close_here(paragraphs: list[Paragraph], start: int, i: int, j: int, end: int | None = None) -> bool:
    """After a sentence's end, and neither numbered nor set in parallel with another
    headline-shaped line of the article: where a headline may close it."""
    run, before = paragraphs[i:j], paragraphs[start:i]
    if not before or not ends_a_sentence(before[-1]) or any(NUMBERED_SUBHEAD.match(p.text) for p in run):
        return False
    if len(before) == 1 and len(texts(run)) < NEWS_HEADLINE_MIN:
        return False  # a short line after the opening paragraph: a sub-head
    end = next_headline(paragraphs, j) if end is None else end  # the next headline-shaped line
    return not (len(run) == 1 and set_in_parallel(run[0], paragraphs[start:i] + paragraphs[end:end + 1]))


def ends_a_sentence(p: Paragraph) -> bool:
    return p.lines[-1].ends_sentence if p.lines else p.text[-1:] in "。！？!?”"


def pair_share(words: str, text: str) -> float:
    """The share of the pairs of Han characters in `words` that `text` has too."""
    pairs = han_pairs(words)
    return len(pairs & han_pairs(text)) / len(pairs) if pairs else 0.0


def han_pairs(text: str) -> set[str]:
    return {run[k:k + 2] for run in HAN_PAIR_TEXT.findall(text) for k in range(len(run) - 1)}


def set_in_parallel(p: Paragraph, others: list[Paragraph]) -> bool:
    """Another headline-shaped line of the same article built the same way: parts of the
    same lengths set apart by spaces (`聚焦主业 做强实体`, `完善治理 激发活力`), or the same
    length and opening (`逻辑点二再造`, `逻辑点三换道`) or punctuation: sub-heads of one article."""
    shape = [len(part) for part in p.raw.split()]
    return any(is_headline_para(q) and [len(part) for part in q.raw.split()] == shape
               and (len(shape) >= 2 or q.text[:2] == p.text[:2] or same_marks(p.text, q.text))
               for q in others if q is not p)


def same_marks(a: str, b: str) -> bool:
    """Punctuation at the same places (`调解纠纷的“和事佬”`, `普法宣传的“热心人”`)."""
    marks = [(k, ch) for k, ch in enumerate(a) if not HAN_PAIR_TEXT.match(ch)]
    return bool(marks) and len(a) == len(b) and marks == [(k, ch) for k, ch in enumerate(b) if not HAN_PAIR_TEXT.match(ch)]


# More headline-shaped paragraphs in a row than a headline after one article and one over
# the next take: the lines of a list (an honours list, a signature and its date).
LIST_RUN = 7
# A news headline says who did what; shorter headline-shaped lines are mostly sub-heads (角色转换快).
NEWS_HEADLINE_MIN = 8


def opens_item_without_byline(run: list[Paragraph], nxt: Paragraph) -> bool:
    """A headline before a paragraph that opens like a news item (`据《某报》报道，`,
    `记者从市交通局获悉`, `昨日，`): the item has no byline, and the article before
    it, no closing credit; the headline stands between them."""
    return sum(len(p.text) for p in run) >= NEWS_HEADLINE_MIN and NEWS_LEAD.match(nxt.text) is not None


def opens_with_credit_line(paragraphs: list[Paragraph], j: int) -> bool:
    """A credit line with text after it (文/张三 图/李四, 记者 张三 报道, 特约通讯员 李四, or
    the editors alone: 统筹：张三): the top of an article, so the headline-shaped run
    before it stands between articles."""
    credit = TOP_CREDIT_LINE.match(paragraphs[j].raw.strip()) or EDITOR_LINE.match(paragraphs[j].text)
    return j + 1 < len(paragraphs) and credit is not None and not is_headline_para(paragraphs[j + 1])


# 某某在某地调研时强调: a headline's lead-in line, what a leader said announced by the line under it
LEAD_IN = re.compile(r"(?:时|上)?(?:强调|指出|要求|表示|提出)$")


def trim_headline(run: list[Paragraph]) -> list[Paragraph]:
    """Markdown: the last heading of a run is the article's (with a lead-in over it).
    Print: all lines, but a `——` subtitle belongs to the line before it; lines before
    that pair are another article's headline."""
    if any(p.heading_level for p in run):
        # (a lead-in one level up that announces the title under it: 某某在某地检查时强调 / 全力以赴…)
        if len(run) >= 2 and 0 < run[-2].heading_level < run[-1].heading_level and LEAD_IN.search(run[-2].text):
            return run[-2:]
        return [run[-1]]
    for k, p in enumerate(run):
        if p.text.startswith("——") and k >= 2:
            return run[: k - 1]
    return run


def tucked_under(paras: list[Paragraph], run: list[int]) -> bool:
    """A headline set right under the text before it, a blank line after it: that text's,
    whatever the page does elsewhere (a page may print some headlines over their text,
    some under it)."""
    last = run[-1]
    return run[0] > 0 and not paras[run[0]].blank_before and not paras[run[0] - 1].headline_like \
        and (last + 1 == len(paras) or paras[last + 1].blank_before)


def split_articles(page: CleanPage) -> list[ArticleBlock]:
    paras = page.paragraphs
    web = is_free_text(page.column_width)
    layout = page_layout(paras)
    groups = headline_groups(paras, layout, web)
    in_group = {k for run in groups.values() for k in run}
    articles: list[ArticleBlock] = []
    current: ArticleBlock | None = None
    pending_headline: list[Paragraph] = []
    headed_from_above: set[int] = set()  # ids of the articles that took the headline over their text
    closed = True

    def start_article() -> ArticleBlock:
        nonlocal pending_headline
        art = ArticleBlock()
        if pending_headline:
            art.headline, pending_headline = pending_headline, []
            headed_from_above.add(id(art))
        articles.append(art)
        return art

    for i, p in enumerate(paras):
        if i in groups and credits_the_article_before(paras, i, groups, current):
            current.paragraphs.append(p)
            current.credit_paragraphs.append(p)
            closed = True
            rest = groups.pop(i)[1:]
            if rest:
                groups[i + 1] = rest  # the headline after the credit
            continue
        if i in groups:
            run = trim_headline([paras[k] for k in groups[i]])
            if (layout == "after" or tucked_under(paras, groups[i])) and current is not None and not current.headline:
                current.headline = run
            else:
                if pending_headline and current is not None and current.paragraphs and not current.headline:
                    # two headlines between two articles, the next one's after the first: the
                    # first is the one before's, printed under its text (山沟里的“背包医生”——记…)
                    current.headline = pending_headline
                pending_headline = run
            closed = True
            continue
        if i in in_group:
            continue
        follows_current = current is not None and bool(current.paragraphs) and current.paragraphs[-1] is paras[i - 1]
        if closed and follows_current and is_uncredited_caption(p, paras[i + 1] if i + 1 < len(paras) else None):
            current.paragraphs.append(p)  # the photo of the article before, credited by its 文/图
            continue
        if is_stand_alone_photo_credit(p) and current is not None and not closed:
            # A stand-alone photo credit closes a one-paragraph caption; but a caption of the
            # article's scene (图为签约现场。) on a web page, or in columns run on from the text
            # or showing the scene (现场), is the article's photo, and so is a credit closing a
            # web page (the photo shown on top) or a page that holds one long article.
            last = current.paragraphs[-1].text
            scene = last.startswith("图为") and (web or "现场" in last or not current.paragraphs[-1].blank_before)
            sole = web or len(articles) == 1 and len(current.paragraphs) >= 4
            if len(current.paragraphs) >= 2 and is_structural_start(current.paragraphs[0].text) \
                    and not scene and not (sole and closes_the_page(paras, i)):
                caption = current.paragraphs.pop()
                current = start_article()
                current.paragraphs.append(caption)
            current.paragraphs.append(p)
            current.credit_paragraphs.append(p)
            closed = True
            continue
        # headline, 文/图 张三, text; or, after a blank line, 文/图 张三 right over the text it credits
        credit_on_top = p.blank_before and i + 1 < len(paras) and not paras[i + 1].blank_before \
            and opens_with_credit_line(paras, i)
        top_of_next = credit_on_top or i - 1 in in_group and opens_with_credit_line(paras, i)
        over_rows = heads_rows(paras, i)  # (（排名不分先后） over a list: no credit, the list goes on)
        credit_line = is_credit(p.text) and len(p.text) <= 20 and not over_rows
        if credit_line and current is not None and not top_of_next:
            # 本报评论员 after the headline, （陈露） on its own line: the article's credit.
            current.paragraphs.append(p)
            current.credit_paragraphs.append(p)
            # (but the frame's author and editors under the headline, 作者：某某 / 编辑：某某 审核：某某,
            # stand over the text still to come)
            closed = not (current.headline and all(is_credit(q.text) or EDITOR_LINE.match(q.text)
                                                   or TOP_CREDIT_LINE.match(q.raw.strip()) for q in current.paragraphs))
            continue
        byline = is_structural_start(p.text) or CONTINUATION_START.match(p.text) is not None
        if byline and not closed and current is not None and heads_a_part(paras, i):
            byline = False  # ■延时服务不打烊 over text inside an open article: a sub-head
        if byline and current is not None and current.paragraphs and (all(
                TOP_CREDIT_LINE.match(q.raw.strip()) or q in current.credit_paragraphs for q in current.paragraphs)
                or is_kicker(current)):
            # □本报记者 张华 / 本报通讯员 李明, or a column label: lines on top of one article
            byline = False
        if current is None or closed or byline or credit_on_top or dated_caption_after(current, p) \
                or brief_after_brief(current, p):
            current = start_article()
        current.paragraphs.append(p)
        if is_credit(p.text) or i - 1 in in_group and is_author_line(paras, i, web):
            current.credit_paragraphs.append(p)
        # (a credit right under the headline, 本报评论员, opens the article it credits)
        closed = closes_article(p) and not top_of_next and not over_rows \
            and not (current.headline and current.paragraphs == [p] and credit_line) \
            and not points_at_a_photo(paras, i) and not photo_told_inside(paras, i, web)
    settle_headlines(articles, paras, pending_headline, headed_from_above)
    for art in articles:
        art.reporters = read_reporters(art)
        # credit lines on top (记者 张三 通讯员 李四 文/图) hold no one of the story either
        art.credit_paragraphs += [p for p in art.paragraphs[:3] if TOP_CREDIT_LINE.match(p.raw.strip())
                                  and p not in art.credit_paragraphs]
    share_jump_headlines(articles)
    return [a for a in articles if a.paragraphs]


# A brief is short: its news head and two or three sentences (本台讯 8月19日，某镇举办…).
BRIEF_CHARS = 220


def brief_after_brief(current: ArticleBlock, p: Paragraph) -> bool:
    """`本台讯（通讯员 某某）8月19日，…2600余万元。` / (blank) / `8月17日，某镇组织…`: in a run of
    briefs with no headlines, a news lead on a day of its own after a brief that opened on its
    news head and ended a sentence opens the next brief, bylined or not."""
    return p.blank_before and opens_on_its_day(p.text) \
        and not current.headline and 0 < len(current.paragraphs) <= 2 and len(current.text) <= BRIEF_CHARS \
        and is_structural_start(current.paragraphs[0].text) and ends_a_sentence(current.paragraphs[-1])


def is_photo_told(p: Paragraph) -> bool:
    """`图为…。 记者 某某 摄`: a caption that tells what the photo shows, credited."""
    return p.text.startswith("图为") and is_caption_credit(p)


def photo_told_inside(paras: list[Paragraph], i: int, web: bool) -> bool:
    """`图为某某在某公园检查赛道准备情况。 记者 某某 摄` between paragraphs of a web page's
    one story, the next going on with it (随后，某某来到…): the story's photo, not its end."""
    p, nxt = paras[i], paras[i + 1] if i + 1 < len(paras) else None
    return web and is_photo_told(p) and nxt is not None \
        and not is_headline_para(nxt) and not is_structural_start(nxt.text) and not is_credit(nxt.text) \
        and not is_caption_credit(nxt)


def points_at_a_photo(paras: list[Paragraph], i: int) -> bool:
    """A bare number (①) after a paragraph that the text runs on from, no byline, headline,
    news lead or credit after it (…按时复查。① / 在眼科诊台前，副主任医师…): the photo the
    paragraph tells of, not the article's end (①3 and a mark before a new item are)."""
    p, nxt = paras[i], paras[i + 1] if i + 1 < len(paras) else None
    return p.photo_mark and not is_credit(p.text) and nxt is not None and not is_headline_para(nxt) \
        and not is_structural_start(nxt.text) and not NEWS_LEAD.match(nxt.text) and not is_credit(nxt.text) \
        and not is_caption_credit(nxt)


def dated_caption_after(current: ArticleBlock | None, p: Paragraph) -> bool:
    """`6月16日，某村果农某某在…采摘杨梅。…本报记者 某某 摄` after a blank line under an
    article: a photo of its own, dated and credited in one paragraph, not that article's
    (a photo of the article's scene says so: 图为…, …现场)."""
    return current is not None and len(current.paragraphs) >= 2 and p.blank_before \
        and NEWS_LEAD.match(p.text) is not None and PHOTO_CREDIT.search(p.raw.strip()) is not None \
        and "现场" not in p.text and len(p.text) <= 160


def settle_headlines(articles: list[ArticleBlock], paras: list[Paragraph], pending: list[Paragraph],
                     headed_from_above: set[int]) -> None:
    """Where a page prints one article's headline after its text and the next one's over
    its text, the headlines between two articles are shared out once the page is read."""
    last = articles[-1] if articles else None
    if pending and last is not None:
        # the page ends on a headline: the last article's; where that article took the
        # headline over its text, that one is the headline of the article before it, which
        # has none
        if not last.headline:
            last.headline = pending
        elif id(last) in headed_from_above and len(articles) > 1 and not articles[-2].headline:
            articles[-2].headline, last.headline = last.headline, pending
        else:
            split_item_before(articles, len(articles), pending)
    for k in range(len(articles) - 1, 0, -1):
        art = articles[k]
        if id(art) in headed_from_above and art.headline and is_photo_caption(art) and articles[k - 1].headline:
            # a photo caption under a headline, the article before headed: the headline is an
            # item's that ran on from that article, printed under it (captions have none)
            if split_item_before(articles, k, art.headline):
                art.headline = []
    share_headline_blocks(articles, paras, headed_from_above)
    split_items_without_byline(articles, paras, headed_from_above)
    for before, art in zip(articles, articles[1:]):
        # `…风尚。①3` / headline / `（上接第一版）…`: the rest of an article from another page
        # has its headline there; the one over it is the headline of the article before
        if art.headline and not before.headline and id(art) in headed_from_above \
                and art.paragraphs and CONTINUATION_START.match(art.paragraphs[0].text):
            before.headline, art.headline = art.headline, []
    share_out_by_wording(articles, paras)


# A headline block stays with the article the layout gave it unless another reading of the
# page's headlines repeats the articles' words by this much more, block for block.
LAYOUT_PRIOR = 0.15


def share_out_by_wording(articles: list[ArticleBlock], paras: list[Paragraph]) -> None:
    """Where headline blocks (apart by blank lines) stand between articles, each goes to
    the article before it (printed under that text) or after it (over that text), each
    article taking blocks from one side at most: the reading of the whole page whose
    blocks repeat the words of their articles most, the layout's reading unless another is
    clearly better (a page may print some headlines over their text, some under it)."""
    gaps = headline_gaps(articles, paras)
    if gaps is None:
        return
    # best[side] after gap k: the score of the best reading so far where the article after
    # gap k takes blocks (side 1) or not (side 0) from that gap, and the cuts that give it
    best: dict[int, tuple[float, list[int]]] = {0: (0.0, [])}
    for k, blocks in enumerate(gaps):
        nxt: dict[int, tuple[float, list[int]]] = {}
        for side, (score, cuts) in best.items():
            for cut in range(len(blocks) + 1):
                if k == 0 and cut or k == len(gaps) - 1 and cut < len(blocks):
                    continue  # over the first text, under the last: one article only
                if side and cut:
                    continue  # the article took blocks over its text already
                gain = sum(block_score(b, articles[k - 1], owner == k - 1) for b, owner in blocks[:cut]) \
                    + sum(block_score(b, articles[k], owner == k) for b, owner in blocks[cut:])
                new_side = int(cut < len(blocks))
                if new_side not in nxt or score + gain > nxt[new_side][0]:
                    nxt[new_side] = (score + gain, cuts + [cut])
        best = nxt
    _, cuts = max(best.values(), key=lambda sc: sc[0])
    for art in articles:
        art.headline = []
    for k, (blocks, cut) in enumerate(zip(gaps, cuts)):
        for n, (block, _) in enumerate(blocks):
            owner = articles[k - 1] if n < cut else articles[k]
            owner.headline.extend(block)


def block_score(block: list[Paragraph], art: ArticleBlock, where_laid: bool) -> float:
    return pair_share(texts(block), art.text) + (LAYOUT_PRIOR if where_laid else 0.0)


def headline_gaps(articles: list[ArticleBlock], paras: list[Paragraph]
                  ) -> list[list[tuple[list[Paragraph], int]]] | None:
    """The headline blocks before the first article's text, between each two articles'
    texts and after the last one's, each with the index of the article that has it now;
    None where a headline stands elsewhere (inside a text) or the page has one article."""
    if len(articles) < 2 or any(not a.paragraphs for a in articles):
        return None
    index = {id(p): k for k, p in enumerate(paras)}
    bounds = [(index[id(a.paragraphs[0])], index[id(a.paragraphs[-1])]) for a in articles]
    gaps: list[list[tuple[int, int]]] = [[] for _ in range(len(articles) + 1)]
    for n, art in enumerate(articles):
        for p in art.headline:
            k = index[id(p)]
            gap = n if k < bounds[n][0] else n + 1 if k > bounds[n][1] else None
            if gap is None:
                return None
            lo = bounds[gap - 1][1] if gap else -1
            hi = bounds[gap][0] if gap < len(articles) else len(paras)
            if not lo < k < hi:
                return None
            gaps[gap].append((k, n))
    return [blocks_of(sorted(gap), paras) for gap in gaps]


def blocks_of(gap: list[tuple[int, int]], paras: list[Paragraph]) -> list[tuple[list[Paragraph], int]]:
    """Headline paragraphs cut into blocks at blank lines (a `——` subtitle stays with the
    line over it) and where their owner changes."""
    blocks: list[tuple[list[Paragraph], int]] = []
    for k, owner in gap:
        p = paras[k]
        new = not blocks or blocks[-1][1] != owner or (p.blank_before or stacked_headlines(blocks[-1][0][-1], p)) \
            and not p.text.startswith("——") and not blocks[-1][0][-1].text.endswith("——")
        if new:
            blocks.append(([p], owner))
        else:
            blocks[-1][0].append(p)
    return blocks


STACKED_CHARS = 12


def stacked_headlines(upper: Paragraph, lower: Paragraph) -> bool:
    """Two lines each printed across columns, one over the other with no blank line: each may
    be a headline of its own (…在洛阳美术馆开幕 / 纪念…座谈会在新安召开)."""
    return len(upper.lines) == 1 and len(lower.lines) == 1 and min(len(upper.text), len(lower.text)) >= STACKED_CHARS


def share_headline_blocks(articles: list[ArticleBlock], paras: list[Paragraph],
                          headed_from_above: set[int]) -> None:
    """`…贡献。①3` / `甲在我市调研时强调` / `加快…` / (blank) / `乙参加代表团讨论` / `本报讯…`:
    where the page printed one headline after its text and the next over its text, two
    headlines stand between the articles, a blank line between them. An article left
    with no headline, right under the headline the one before it took, takes its last
    block; an article left with none right over the headline the one after it took from
    above takes its first block."""
    index = {id(p): k for k, p in enumerate(paras)}
    for before, art in zip(articles, articles[1:]):
        if not art.paragraphs or not before.paragraphs:
            continue
        if not art.headline and len(before.headline) >= 2 \
                and index[id(before.headline[-1])] + 1 == index[id(art.paragraphs[0])]:
            cut = max((k for k, p in enumerate(before.headline) if k and p.blank_before), default=0)
            if cut:
                before.headline, art.headline = before.headline[:cut], before.headline[cut:]
        elif not before.headline and len(art.headline) >= 2 and id(art) in headed_from_above \
                and index[id(before.paragraphs[-1])] + 1 == index[id(art.headline[0])]:
            cut = min((k for k, p in enumerate(art.headline) if k and p.blank_before), default=0)
            if cut:
                before.headline, art.headline = art.headline[:cut], art.headline[cut:]


def split_items_without_byline(articles: list[ArticleBlock], paras: list[Paragraph],
                               headed_from_above: set[int]) -> None:
    """`…1600余件。` / `日前，市委督查室…暗访。（某 某）` / `市委督查室开展…暗访` / (blank) /
    `“运河记忆”文物展…` / `本报讯…`: an item with no byline, its headline under it, runs on
    from the article before, which has its headline over its text; the next article takes
    both headlines. The first headline block belongs to the item, which starts where its
    lead repeats that block (item_start)."""
    index = {id(p): k for k, p in enumerate(paras)}
    k = 0
    while k + 1 < len(articles):
        before, art = articles[k], articles[k + 1]
        k += 1
        if id(before) not in headed_from_above or id(art) not in headed_from_above or len(before.paragraphs) < 2 \
                or not art.headline or index[id(art.headline[0])] != index[id(before.paragraphs[-1])] + 1:
            continue
        cut = min((j for j, p in enumerate(art.headline) if j and p.blank_before), default=0)
        if cut and split_item_before(articles, k, art.headline[:cut]):
            art.headline = art.headline[cut:]
            k += 1


def split_item_before(articles: list[ArticleBlock], k: int, headline: list[Paragraph]) -> bool:
    """`…标题一 / 本报讯…。` / `6月14日端午节当天，…龙舟赛… 文/图 记者某某` / `汉江龙舟赛…`: a
    headline after article k - 1, which has one over its text, where the page ends or a photo
    caption follows: an item with no byline ran on from that article, where its lead repeats
    the headline (in an article credited twice, the first paragraph that shares the headline's
    words starts it). Split it off after that article with the headline; whether it was."""
    before = articles[k - 1]
    start = item_start(before.paragraphs, texts(headline))
    if start is None and credited_twice(before):
        start = first_sharing(before.paragraphs, texts(headline))
    if start is None:
        return False
    item = ArticleBlock(paragraphs=before.paragraphs[start:], headline=headline,
                        credit_paragraphs=[p for p in before.credit_paragraphs if p in before.paragraphs[start:]])
    before.paragraphs = before.paragraphs[:start]
    before.credit_paragraphs = [p for p in before.credit_paragraphs if p in before.paragraphs]
    articles.insert(k, item)
    return True


def credited_twice(art: ArticleBlock) -> bool:
    """A byline on top and, closing the text, a credit of other names (本报讯（记者 甲）… /
    …（记者 乙 通讯员 丙）), one of them at least: two items, the second with no byline of its own."""
    last = art.paragraphs[-1].text if art.paragraphs else ""
    if len(art.paragraphs) < 3 or not is_structural_start(art.paragraphs[0].text) or not is_credit(last) \
            or EDITOR_LINE.match(last):
        return False  # (编辑：某某 closes a web page: the editor, no item's writer)
    top = BYLINE.match(art.paragraphs[0].raw.strip())
    closing = CREDIT_PAREN.match(art.paragraphs[-1].raw.strip()) or TRAILING_CREDIT.search(art.paragraphs[-1].raw.strip())
    if not top or not closing:
        return False
    on_top = set(split_names(next((g for g in top.groupdict().values() if g), "")))
    # (one correspondent may write both: 记者 甲 通讯员 乙 … （乙 丙）)
    return bool(on_top) and not set(split_names(closing.group("inner") or "")) <= on_top


def first_sharing(paragraphs: list[Paragraph], headline: str) -> int | None:
    """The first paragraph after a sentence's end that shares words with the headline, none
    before it doing so."""
    for j in range(1, len(paragraphs)):
        if pair_share(headline, paragraphs[j].text) > 0:
            return j if ends_a_sentence(paragraphs[j - 1]) and pair_share(headline, texts(paragraphs[:j])) == 0 else None
    return None


def is_photo_caption(art: ArticleBlock) -> bool:
    """A short text closed by its photo credit (…指导学生剪纸。 本报记者 某某 摄)."""
    return bool(art.paragraphs) and is_caption_credit(art.paragraphs[-1]) and len(art.text) <= CAPTION_TEXT


def item_start(paragraphs: list[Paragraph], headline: str) -> int | None:
    """The first paragraph after a sentence's end whose words repeat the headline (an item's
    lead says what its headline says) where the text before it hardly does (LEFT_OUT_SHARE
    of what the lead repeats)."""
    for j in range(1, len(paragraphs)):
        if not ends_a_sentence(paragraphs[j - 1]) or is_credit(paragraphs[j].text):
            continue
        share = pair_share(headline, paragraphs[j].text)
        if share >= SUMMARY_SHARE_OF_LINES:
            return j if pair_share(headline, texts(paragraphs[:j])) <= share * LEFT_OUT_SHARE else None
    return None


def credits_the_article_before(paras: list[Paragraph], i: int, groups: dict[int, list[int]],
                               current: ArticleBlock | None) -> bool:
    """A line of one or two bare names (`            李太昭`) after an article's last
    sentence, before a headline, a byline or the page's end: its credit, not a headline."""
    nxt = i + 1
    if current is None or not current.paragraphs:
        return False
    if len(groups[i]) == 1 and nxt < len(paras) and nxt not in groups and not is_structural_start(paras[nxt].text):
        return False  # 张某某 over a text: a profile's headline
    names = paras[i].raw.split()
    return current.paragraphs[-1].text.endswith(("。", "！", "？", "”")) and 1 <= len(names) <= 2 \
        and all(is_name_shaped(n) for n in names)


def share_jump_headlines(articles: list[ArticleBlock]) -> None:
    """Two articles that both jump to another page (下转) and stand side by side are
    printed under one headline: the second takes the first's."""
    for prev, art in zip(articles, articles[1:]):
        if not art.headline and prev.headline and _jumps(prev) and _jumps(art):
            art.headline = prev.headline


def _jumps(art: ArticleBlock) -> bool:
    return bool(art.paragraphs) and re.search(r"[（(]下转[^）)]*[）)]$", art.paragraphs[-1].text) is not None


def split_names(inner: str) -> list[str]:
    """`记者翟倩倩 实习生蒋子涵`, `赵春营 卢亚星`, `万 千`, `王拓崔骏` → names."""
    names: list[str] = []
    parts = ROLE_SPLIT.split(GIVEN_BY.sub(" ", inner))
    # re.split gives text, the editor role (or None), text, …: names after an editor role are not reporters
    for k in range(0, len(parts), 2):
        if k and parts[k - 1]:
            continue
        part = CREDIT_VERB.sub("", SUFFIX_ROLE.sub(" ", parts[k]))  # 张三/文 李四/图
        for chunk in re.split(r"[、，,；;/：:]", part):
            tokens = [t for t in chunk.split() if not OUTLET_ONLY.fullmatch(t)]
            merged: list[str] = []
            for j, tok in enumerate(tokens):
                if tok in ROLE_AFTER_NAME and merged and len(merged[-1]) > 1:
                    continue  # 记者 张三 文 李四 图: the role after a whole name, no half of one
                # A one-character token is half a name that the layout spaced out; two of them
                # after a whole name are a name of their own (宓某华 杭　琳).
                pair_opens = len(tok) == 1 and j + 1 < len(tokens) and len(tokens[j + 1]) == 1 \
                    and bool(merged) and len(merged[-1]) > 1
                if merged and not pair_opens and (len(tok) == 1 or len(merged[-1]) == 1):
                    merged[-1] += tok
                else:
                    merged.append(tok)
            # names the layout kept apart by spaces are whole (杨某 阿牛某日: a Yi name, not two)
            spaced = len(merged) >= 2
            names.extend(n for t in merged for n in ([t] if spaced and len(t) == 4 else split_glued(t))
                         if HAN_NAME.match(n))
    return names


def split_glued(chunk: str) -> list[str]:
    """Two names the column layout glued together (`（王拓 崔骏）` → `王拓崔骏`):
    split where a surname starts so that both parts have a name's length (2–3,
    or 3–4 with a compound surname). A 4-character name with a compound surname
    (欧阳小明) stays whole; 3 characters are one name."""
    if len(chunk) < 4 or chunk[0] == "·":
        return [chunk]
    lex = load_lexicons()
    first = lex.surname_length(chunk, 0)
    if not first or (first > 1 and len(chunk) <= first + 2):
        return [chunk]
    splits = [k for k in range(first + 1, min(first + 2, len(chunk) - 2) + 1)
              if (n := lex.surname_length(chunk, k)) and n + 1 <= len(chunk) - k <= n + 2]
    if not splits:
        return [chunk]
    k = splits[-1]  # both fit: the longer first name (3 characters is the common length)
    return [chunk[:k], *split_glued(chunk[k:])]


def is_name_shaped(name: str) -> bool:
    """Starts with a surname and has a Han name's length: a bare credit, not a word."""
    lex = load_lexicons()
    n = lex.surname_length(name, 0)
    return bool(n) and n + 1 <= len(name) <= n + 2 and name not in END_WORDS and not lex.is_word(name)


# □记者 张三　3月下旬，…, 通讯员 张三 报道 为进一步…: a credit on top, set off from the lead
# by an ideographic space, before a spaced date, or closed by 报道
LEAD_CREDIT = re.compile(rf"^[{BULLETS}]?\s*(?P<inner>(?:{OUTLET})?{ROLE_CORE}[{HAN}· ]{{2,30}}?)"
                         r"(?:\u3000+(?=\S)|\s+(?=\d{1,2}\s*月|[昨今前近日]日|日前|近日|当天)|\s*报道[：:]?\s*(?=\S))")
# 记者 其其格, 通讯员岩温, 实习生 妥晓婷: a role right before the name says it is one, surname or not
LABELLED = r"(?:{role})[：:]?\s*{name}(?![{han}])"


def labelled(name: str, text: str) -> bool:
    if not HAN_NAME.match(name) or len(name) > 4 and not any(d in name for d in NAME_DOTS):
        return False
    spaced = r"\s?".join(map(re.escape, name))
    return re.search(LABELLED.format(role=ROLE_CORE, name=spaced, han=HAN), text) is not None


def read_reporters(art: ArticleBlock) -> list[str]:
    found: list[str] = []
    for k, para in enumerate(art.paragraphs[:3]):  # a byline, or one to three credit lines on top
        first = para.raw.strip()
        if k == 0 and is_kicker_line(para.text):
            continue
        if k == 0 and art.headline and len(art.paragraphs) > 1 and AUTHOR_NAMES.match(first) \
                and para in art.credit_paragraphs:
            found += first.split()
            break
        top = TOP_CREDIT_LINE.match(first)
        m = next((m for m in (top, LEAD_CREDIT.match(first), BYLINE.match(first)) if m and m.group(0)), None)
        if not m:
            break
        # every named group of the two grammars holds the credited names; one of them matched
        groups = m.groupdict()
        found += dateline_names(groups["dateline"]) if groups.get("dateline") else \
            split_names(next((g for g in groups.values() if g), ""))
        if not top:
            break
    for p in filter(is_photo_told, art.paragraphs[1:-2]):  # the story's photo between its paragraphs
        m = PHOTO_CREDIT.search(p.raw.strip())
        found += split_names(m.group("inner") or m.group("src")) if m else []
    for p in [q for q in art.paragraphs if not EDITOR_LINE.match(q.text)][-2:]:  # 编辑：某某 follows the credit
        raw = p.raw.strip()
        m = (CREDIT_PAREN.match(raw) or TRAILING_CREDIT.search(raw)) if is_credit(p.text) else None
        m = m or PHOTO_CREDIT.search(raw)
        if m and SUPPLIED.search(m.group("inner") or ""):
            continue
        if m:
            found += split_names(m.group("inner") or m.group("src"))
        else:
            found += closing_credit_line(raw)
    found += bare_credit(art)
    credits = "\n".join(p.raw for p in art.paragraphs[:3] + art.paragraphs[-2:])
    return [n for n in dict.fromkeys(found) if could_be_a_name(n) or labelled(n, credits)]


def dateline_names(dateline: str) -> list[str]:
    """An agency's dateline (记者王某、李某台北): the names, the place the last one is glued to taken off."""
    names = re.sub(rf"^{ROLE_CORE}", "", dateline).split("、")
    return [n for n in names[:-1] + [without_place(names[-1])] if HAN_NAME.match(n)]


def without_place(chunk: str) -> str:
    """王某某台北 → 王某某: a place the lexicon knows, else a name of the usual length
    (surname and two characters) when at least two characters are left for the place."""
    lex = load_lexicons()
    for n in (4, 3, 2):
        if chunk[-n:] in lex.places and 2 <= len(chunk) - n <= 4:
            return chunk[:-n]
    surname = lex.surname_length(chunk, 0) or 1
    return chunk[:surname + 2] if len(chunk) - surname - 2 >= 2 else chunk[:surname + 1]


def closing_credit_line(raw: str) -> list[str]:
    """A credit that closes an article, on a line of its own or after the last
    sentence: 文/图 记者 X, 文/本报记者 X 图/本报记者 Y, X 文/图. Names only when
    each one is name-shaped."""
    end = LAST_SENTENCE_END.search(raw)
    tail = raw[end.start() + 1:].strip() if end else raw
    for m in (CREDIT_LINE.match(tail), TOP_CREDIT_LINE.match(tail), NAMES_THEN_ROLE.match(tail)):
        inner = next((g for g in m.groupdict().values() if g), "") if m else ""
        names = split_names(inner) if inner else []
        if names and all(is_name_shaped(n) or labelled(n, tail) for n in names):
            return names
    return []


def could_be_a_name(name: str) -> bool:
    """A credited name starts with a surname, rare ones too, unless transliterated
    (·); an outlet, a note or a township (新华社, 综合, 某某镇) is not one. Words are
    (万千, 东方): the credit's place says it is a name."""
    return (any(d in name for d in NAME_DOTS) or load_lexicons().surname_length(name, 0, rare=True) > 0) \
        and not OUTLET_ONLY.fullmatch(name) and not (len(name) >= 3 and name.endswith(PLACE_ENDS))


# The township or office a credit names before its writer (（某某镇 张三）): no name
PLACE_ENDS = ("镇", "乡", "街道", "社区", "村", "县", "区", "市")


def bare_credit(art: ArticleBlock) -> list[str]:
    """`…春意。 李太昭` closing the article: names only when each one is name-shaped."""
    m = BARE_CREDIT.search(art.paragraphs[-1].raw.strip()) if art.paragraphs else None
    if not m:
        return []
    names = split_names(m.group("bare"))
    return names if names and all(is_name_shaped(n) for n in names) else []
