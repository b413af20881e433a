"""One page through the pipeline: clean, split, run spaCy over the articles, assemble records."""
from __future__ import annotations

import collections
import datetime as dt
import re

from ..articles import ArticleBlock, split_articles
from ..clean import BYLINE, EDITOR_ROLE, ROLE_CORE, SENTENCE_PUNCT, clean_page, is_free_text
from ..papers import Paper, home_org, paper_named
from ..read import RawPage
from ..script import AsWritten, simplified
from ..records import (Article, Event, Evidence, Organization, PageResult, Participation, Person,
                       PersonMention, TitleMention)
from .events import ROC_YEAR_ZERO, normalise_date
from .rules import TitleSpan

SENTENCE_END = "。！？!?\n"
ORG_ENDINGS = ("股份有限公司", "有限责任公司", "有限公司", "集团", "大学", "医院", "研究院", "研究中心", "合作社")
ORG_NAME = re.compile(r"[\u4e00-\u9fff（）()]{2,24}?(?:" + "|".join(ORG_ENDINGS) + ")")
CITY_PREFIX = re.compile(r"^([\u4e00-\u9fff]{2,3})市")
MONTH_DAY = re.compile(r"(?<!\d)(\d{1,2})月(\d{1,2})日")
YEAR = re.compile(r"(20\d{2})年")
FULL_DATE = re.compile(r"(20\d{2})年(\d{1,2})月(\d{1,2})日")
# Taiwan's full dates count the Republic's years: 113年4月9日 is 2024's.
ROC_FULL_DATE = re.compile(r"(?<!\d)(?:民国)?(1\d\d)年(\d{1,2})月(\d{1,2})日")


def article_text_and_offsets(block: ArticleBlock, width: int) -> tuple[str, list[int], int | None]:
    """Paragraphs joined by newlines; a newline maps to just after its paragraph. The
    headline comes last: its people and titles are the article's (马村区区长王某带队…),
    and the lead, where date and activity are read, stays first. A headline line the
    column filled runs on into the next (——记某镇 / 某村第一书记王某: one title).
    Also where the headline starts in the text (None without one)."""
    text_parts, offsets = [], []
    parts = block.paragraphs + block.headline
    headline_start = None
    for k, para in enumerate(parts):
        wrapped = k > len(block.paragraphs) and not is_free_text(width) and len(parts[k - 1].text) >= width - 2
        if k and not wrapped:
            text_parts.append("\n")
            offsets.append(offsets[-1] + 1 if offsets else para.start)
        if k == len(block.paragraphs):
            headline_start = len(offsets)
        text_parts.append(para.text)
        offsets.extend(para.offsets)
    return "".join(text_parts), offsets, headline_start


def article_doc(nlp, text: str, headline_start: int | None):
    """The article's Doc before the components run, told where its headline starts
    (the headline names the activity: components.EventComponent)."""
    doc = nlp.make_doc(text)
    doc.user_data["gb_headline_start"] = headline_start
    return doc


def sentence_around(text: str, start: int, end: int) -> str:
    """The one sentence the span starts in: bounded by sentence punctuation and paragraph breaks."""
    left = max(text.rfind(c, 0, start) for c in SENTENCE_END) + 1
    rights = [i for i in (text.find(c, start) for c in SENTENCE_END) if i >= 0]
    right = min(rights) + 1 if rights else len(text)
    return text[left:right].strip()


def infer_issue_date(text: str) -> dt.date | None:
    """The day after the latest date written on the page. The year: the latest
    full date's, else the year written most often (the later one on a tie)."""
    full = [_date(y, m, d) for y, m, d in FULL_DATE.findall(text)] + \
        [_date(str(int(y) + ROC_YEAR_ZERO), m, d) for y, m, d in ROC_FULL_DATE.findall(text)]
    full = [d for d in full if d]
    years = collections.Counter(int(y) for y in YEAR.findall(text) if 2000 <= int(y) <= 2100)
    if full:
        year = max(full).year
    elif years:
        year = max(years.items(), key=lambda kv: (kv[1], kv[0]))[0]
    else:
        return None
    days = [d for d in (_date(str(year), m, d) for m, d in MONTH_DAY.findall(text)) if d]
    if not days:
        return None
    # Reports are of the last days before the issue; other dates (plans, history) scatter.
    month = collections.Counter(d.month for d in days).most_common(1)[0][0]
    return max(d for d in days if d.month == month) + dt.timedelta(days=1)


def _date(y: str, m: str, d: str) -> dt.date | None:
    try:
        return dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


class OrgResolver:
    """`市委` is the home city's of the page's paper, `该市委`/`该市` the city the article is about."""

    def __init__(self, article_text: str, paper: Paper):
        self.paper = paper
        self.home = paper.home_city
        cities = re.findall(r"([\u4e00-\u9fff]{2,3})市(?:委|政府|人大|政协|领导|召开)", article_text)
        self.local = collections.Counter(c for c in cities if c != self.home).most_common(1)
        self.local_city = self.local[0][0] if self.local else None

    def resolve(self, org: str | None) -> str | None:
        if org and org.startswith("该市") and self.local_city:
            return self.local_city + "市" + org[2:]
        return home_org(org, self.paper)


def title_records(text: str, offsets: list[int], titles: list[TitleSpan], resolver: OrgResolver) -> list[TitleMention]:
    """In a chain `孟州市委书记、市人大常委会主任`, a bare 市 is the chain's own city."""
    out: list[TitleMention] = []
    chain_city: str | None = None
    for i, t in enumerate(titles):
        in_chain = i > 0 and t.start == titles[i - 1].end + 1 and text[titles[i - 1].end] == "、"
        org, post_start = congress_number(text[t.start:t.post_start], text[t.post_start:t.end], t.post_start)
        if not in_chain:
            chain_city = None
        if org and (m := CITY_PREFIX.match(org)) and m.group(1) != resolver.home:
            chain_city = m.group(1)
        resolved = chain_city + org if (in_chain and chain_city and org and org.startswith("市")) \
            else resolver.resolve(org)
        out.append(TitleMention(text=text[t.start:t.end], org=org, org_resolved=resolved,
                                post=text[post_start:t.end], start=offsets[t.start], end=offsets[t.end - 1] + 1))
    return out


CONGRESS_NUMBER = re.compile(r"(?:党的)?([一二三四五六七八九十]{1,3})$")


def congress_number(org: str, post: str, post_start: int) -> tuple[str | None, int]:
    """`党的十九大代表`: the congress's number belongs to the post (十九大代表), it is no
    organisation; other titles keep the organisation written before the post."""
    m = CONGRESS_NUMBER.search(org)
    if post == "大代表" and m and m.start() == 0:
        return None, post_start - len(m.group(1))
    return org or None, post_start


# 编辑：某某, 责任编辑 某某: an editor credited under the article.
EDITOR_BEFORE = re.compile(rf"{EDITOR_ROLE}\s*$")


# 王某, 何某某, 李某三: a surname and 某 for the name the paper withholds
ANONYMISED = re.compile(r"^[\u4e00-\u9fff]{1,2}某{1,2}$")
CLOSING_BRACKET = re.compile(r"[（(](?P<inner>[^（）()。，]{2,30})[）)]\s*$")
# (the roles of the byline grammar, a photo's 摄, 文/ and 图/, and what sets names apart)
CREDIT_ROLE_WORDS = re.compile(rf"{ROLE_CORE}|摄影|摄|[文图]/|[/\s·]")


def closing_credit_span(body: str, reporters: list[str]) -> tuple[int, int]:
    """Where the bracket closing the text after its last sentence holds the reporters'
    names and nothing else (…陪同检查。（陈思尹航）, the column glued 陈思 and 尹航): a credit,
    no one of the story is read there. (0, 0) where there is none."""
    m = CLOSING_BRACKET.search(body)
    if not m or not reporters:
        return 0, 0
    inner = CREDIT_ROLE_WORDS.sub("", m.group("inner"))
    names = "".join(reporters)
    return (m.start(), m.end()) if len(inner) == len(names) and all(r in inner for r in reporters) else (0, 0)


def build_article(doc, block: ArticleBlock, text: str, offsets: list[int], page, index: int) -> Article:
    article_id = f"{page.page_id}:{index:03d}"
    ext = doc._
    found = ext.gb_event
    persons_found = ext.gb_persons or {}
    resolver = OrgResolver(text, paper_named(page.paper))
    event_type = found.type if found else "none"

    def evidence(start: int, end: int) -> Evidence:
        return Evidence(article_id=article_id, start=offsets[start], end=offsets[end - 1] + 1,
                        sentence=sentence_around(text, start, end))

    persons: list[Person] = []
    participations: list[Participation] = []
    reporters = set(block.reporters)
    # credit lines of their own (a byline that the lead runs on from holds people of the story)
    in_credits = {o for p in block.credit_paragraphs if len(p.text) <= 24 and not SENTENCE_PUNCT.search(p.text)
                  for o in p.offsets}
    # the news head and byline the text opens with (南丰讯（记者某某）): no one of the story
    head = BYLINE.match(text)
    head_end = head.end() if head else 0
    headline_start = doc.user_data.get("gb_headline_start")
    closing = closing_credit_span(text[:headline_start].rstrip() if headline_start is not None else text, block.reporters)
    for name, pf in sorted(persons_found.items(), key=lambda kv: kv[1].first):
        if ANONYMISED.search(name):
            continue  # 被告人何某某, 患者王某: a name the paper withheld names no one
        if name in reporters or all(EDITOR_BEFORE.search(text, max(0, m.start - 8), m.start)
                                    or offsets[m.start] in in_credits or m.end <= head_end
                                    or closing[0] <= m.start < closing[1] for m in pf.mentions):
            # the article's reporters, its editors (编辑：某某), and anyone read inside its
            # credits (（宋 鹏 马某某） glued) are no people of the story
            continue
        titles = sorted(pf.titles, key=lambda t: t.start)
        participant = (event_type != "none" or pf.interviewed or pf.seen_at_work) and not pf.reference_only
        roles = list(dict.fromkeys(role for role, _ in pf.roles)) if participant else []
        if participant and pf.interviewed and "spoke" not in roles:
            roles.append("spoke")  # an interview: what the person said is the activity
        if participant and not roles:
            roles = ["attended"]
        persons.append(Person(
            name=name,
            titles=list(dict.fromkeys(text[t.start:t.end] for t in titles)),
            title_mentions=title_records(text, offsets, titles, resolver),
            participant=participant,
            roles=roles,
            mentions=[PersonMention(name=name, start=offsets[m.start], end=offsets[m.end - 1] + 1,
                                    sentence=sentence_around(text, m.start, m.end))
                      for m in sorted(pf.mentions, key=lambda m: m.start)],
        ))
        if participant:
            role_at = {role: pos for role, pos in pf.roles}
            first = min(pf.mentions, key=lambda m: m.start)
            for role in roles:
                pos = role_at.get(role)
                # the mention the role verb follows, in the verb's own sentence
                m = first if pos is None else max((m for m in pf.mentions if m.start <= pos), key=lambda m: m.start,
                                                  default=first)
                span = (m.start, m.end) if pos is None else (m.start, pos + 1)
                participations.append(Participation(person=name, role=role, evidence=evidence(*span)))

    issue = page.issue_date
    date = normalise_date(found.date_text if found else None, issue)
    event = None
    if found and event_type != "none":
        anchor = found.trigger_start if found.trigger_start is not None else 0
        event = Event(event_id=f"{article_id}:event", type=event_type, trigger=found.trigger,
                      date_text=found.date_text, date=date, place=found.place,
                      evidence=evidence(anchor, anchor + len(found.trigger or " ")))
    organizations = organizations_in(text, offsets)
    headline = block.headline_text
    headline_span = (block.headline[0].start, block.headline[-1].end) if block.headline else None
    return Article(
        article_id=article_id, source=page.source, page_id=page.page_id, paper=page.paper, index=index,
        start=offsets[0] if offsets else 0, end=offsets[-1] + 1 if offsets else 0, text=text,
        headline=headline, headline_span=headline_span, date_text=found.date_text if found else None,
        date=date, event_type=event_type, reporters=block.reporters, persons=persons,
        organizations=organizations, event=event, participations=participations,
    )


def organizations_in(text: str, offsets: list[int]) -> list[Organization]:
    """Companies, universities, hospitals: names that end with one of ORG_ENDINGS (most
    articles hold none, and the lazy pattern tries some twenty lengths at each character)."""
    if not any(ending in text for ending in ORG_ENDINGS):
        return []
    return [Organization(name=m.group(0), start=offsets[m.start()], end=offsets[m.end() - 1] + 1)
            for m in ORG_NAME.finditer(text)]


def extract_page(nlp, raw: RawPage) -> PageResult:
    page = raw.page
    shadow = simplified(raw.text)  # traditional characters: analysed in simplified, reported as written
    cleaned = clean_page(shadow)
    page.continuations = cleaned.continuations
    if page.issue_date is None:
        inferred = infer_issue_date("\n".join(p.text for p in cleaned.paragraphs))
        if inferred:
            page.issue_date, page.issue_date_source, page.issue_date_inferred = inferred, "text", True
    blocks = split_articles(cleaned)
    texts = [article_text_and_offsets(b, cleaned.column_width) for b in blocks]
    docs = nlp.pipe(article_doc(nlp, text, headline_start) for text, _, headline_start in texts)
    articles = [build_article(doc, block, text, offsets, page, i)
                for i, (doc, block, (text, offsets, _)) in enumerate(zip(docs, blocks, texts))]
    if shadow != raw.text:
        as_written = AsWritten(raw.text, [(p.text, p.offsets) for p in cleaned.paragraphs])
        for article, (text, offsets, _) in zip(articles, texts):
            article.text = AsWritten.chars(raw.text, text, offsets)
            as_written.record(article)
        as_written.record(page.continuations)
    return PageResult(page=page, articles=articles)
