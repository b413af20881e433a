"""Rules on characters: official titles, people's names, roles and references.

pkuseg glues a name's last character to the next word now and then
(`刘|涛带|领市`), so names are found on the characters of the text, in the
contexts where Chinese newspapers write them: after a title (`副市长孙起鹏`),
in a leader list (`市领导李民生、闫小杏出席`), as a bare later mention of a
person already introduced (`王小平指出`), or opening a clause with a speech
verb (`”苗绍勇说`). Token boundaries from the segmenter break ties.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..clean import is_cjk
from .lexicon import Lexicons

CLAUSE_START = set("。，；：！？“”\n")
DOTTED_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}")
TITLE_CHARS = re.compile(r"[\u4e00-\u9fff（）()]")
MAX_TITLE = 30
# Posts that may follow a name and then count as its title (习近平总书记, 王小平书记).
POSTS_AFTER_NAME = ("总书记", "书记", "主席", "市长", "县长", "区长", "主任", "部长", "局长")
SPEECH_AFTER_CLAUSE_START = ("说", "表示", "指出", "强调", "介绍", "认为", "告诉记者", "主持", "要求")
POINTER = re.compile(r"该[\u4e00-\u9fff]{0,3}?[市县区镇乡村校局队厅委部司院]")
# A third character that joins the next word, not the name: 班子和, 方式的.
JOINING_CHARS = set("和与及的等在是")
ALIAS = re.compile(r"([\u4e00-\u9fff])(书记|市长|县长|区长|主任|主席|部长|局长|厅长|院长|校长|董事长|省长)(?![\u4e00-\u9fff]{0,1}[、])")
SIGNATURE_AFTER_NAME = re.compile(r"总书记|同志|新时代中国特色社会主义思想")


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

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)


def find_titles(text: str, lex: Lexicons) -> list[TitleSpan]:
    """Every post word with the organisation written to its left (`修武县委`+`书记`)."""
    return [TitleSpan(title_start(text, m.start(), lex), m.end(), m.start())
            for m in lex.post_pattern.finditer(text)]


def title_start(text: str, post_start: int, lex: Lexicons) -> int:
    """Scan left over the organisation part until punctuation or a boundary word."""
    k = post_start
    limit = max(0, post_start - MAX_TITLE)
    while k > limit and TITLE_CHARS.match(text[k - 1]):
        if any(text[k - n:k] in words for n, words in lex.boundaries_by_length):
            break
        if text[k - 1] == "导" and lex.group_pattern.match(text, max(0, k - 4)):
            break  # 市领导 before a title is a group word, not part of the title
        k -= 1
    # An opening bracket with no closing one inside belongs to the text before.
    while k < post_start and text[k] in "（(" and not re.search(r"[）)]", text[k:post_start]):
        k += 1
    for pointer in lex.title_pointers:  # 该县县委书记 gives 县委书记
        if text.startswith(pointer, k) and k + len(pointer) <= post_start:
            return k + len(pointer)
    m = POINTER.match(text, k)  # 该支队支队长 gives 支队长
    return m.end() if m and m.end() <= post_start else k


class NameFinder:
    """Finds titles and names in one text. Token boundaries are optional."""

    def __init__(self, text: str, lex: Lexicons, token_bounds: set[int] | None = None,
                 titles: list[TitleSpan] | None = None):
        self.text = text
        self.lex = lex
        self.bounds = token_bounds or set()
        self.titles = find_titles(text, lex) if titles is None else titles
        self.persons: dict[str, PersonFound] = {}

    def chain_before(self, title: TitleSpan) -> list[TitleSpan]:
        """Titles joined by 、 that end at this one: 市委书记、市人大常委会主任."""
        by_end = {t.end: t for t in self.titles}
        chain = [title]
        while chain[0].start >= 1 and self.text[chain[0].start - 1] == "、" and (chain[0].start - 1) in by_end:
            chain.insert(0, by_end[chain[0].start - 1])
        return chain

    # --- names --------------------------------------------------------------

    def boundary_at(self, end: int) -> bool:
        text = self.text
        return end >= len(text) or not is_cjk(text[end]) or self.lex.follower_pattern.match(text, end) is not None

    def name_at(self, i: int, strict: bool = False) -> tuple[int, int] | None:
        text = self.text
        if i >= len(text):
            return None
        dotted = DOTTED_NAME.match(text, i)
        if dotted:
            dot = text.index("·", i)
            for end in range(dot + 2, dotted.end() + 1):
                if self.boundary_at(end):
                    return i, end
        sl = self.lex.surname_length(text, i)
        if not sl:
            return None
        candidates = []
        for gl in (2, 1):
            end = i + sl + gl
            cand = text[i:end]
            if end <= len(text) and all(is_cjk(c) for c in cand) and cand not in self.lex.not_names \
                    and not self.lex.post_pattern.match(cand, sl) \
                    and not (gl == 2 and cand[-1] in JOINING_CHARS and cand[:-1] in self.lex.not_names):
                candidates.append(end)
        for end in candidates:
            if self.boundary_at(end):
                return i, end
        if strict:
            return None
        for end in candidates:
            if end in self.bounds:
                return i, end
        return None

    def add(self, span: tuple[int, int], via: str, titles: list[TitleSpan] | None = None) -> str:
        name = self.text[span[0]:span[1]]
        person = self.persons.setdefault(name, PersonFound(name))
        if not any(m.start == span[0] for m in person.mentions):
            person.mentions.append(Mention(span[0], span[1], via))
        for t in titles or []:
            if not any(t.start == u.start and t.end == u.end for u in person.titles):
                person.titles.append(t)
        return name

    def follow_list(self, end: int, titles: list[TitleSpan]) -> None:
        """`副主任张建设、李立江、白富海`: names after 、 share the list's titles
        unless a title of their own stands before them."""
        title_starts = {t.start for t in self.titles}
        while end < len(self.text) and self.text[end] == "、" and (end + 1) not in title_starts:
            span = self.name_at(end + 1, strict=True)
            if not span:
                return
            self.add(span, "list", titles)
            end = span[1]

    def find_after_titles(self) -> None:
        for title in self.titles:
            span = self.name_at(title.end)
            if span:
                chain = self.chain_before(title)
                self.add(span, "title", chain)
                self.follow_list(span[1], chain)

    def find_after_words(self, pattern: re.Pattern[str], via: str) -> None:
        """A name (or a list of names) right after one of the words: group words
        (`市领导李民生、闫小杏`) or election and appointment words (`补选王建修为`)."""
        for m in pattern.finditer(self.text):
            span = self.name_at(m.end(), strict=True)
            if span:
                self.add(span, via)
                self.follow_list(span[1], [])

    def find_bare_lists(self) -> None:
        """Three or more short names joined by 、 with no title: 姚红磊、郭宁、裴嘉伟."""
        pattern = re.compile(r"[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3}){2,}")
        for m in pattern.finditer(self.text):
            items = m.group(0).split("、")
            pos = m.start()
            spans = []
            for item in items:
                span = (pos, pos + len(item))
                pos += len(item) + 1
                if self.lex.surname_length(item, 0) and item not in self.lex.not_names \
                        and item[-1] not in "区县市镇村乡省局委办厅部所站院校队组" \
                        and not self.lex.post_pattern.search(item):
                    spans.append(span)
            if len(spans) == len(items):
                for span in spans:
                    self.add(span, "list")

    def find_clause_openers(self) -> None:
        """`”苗绍勇说`: a name opening a clause with a speech verb."""
        text = self.text
        for i, ch in enumerate(text):
            if i and text[i - 1] not in CLAUSE_START:
                continue
            span = self.name_at(i, strict=True)
            if span and text.startswith(SPEECH_AFTER_CLAUSE_START, span[1]):
                self.add(span, "clause")

    def find_signature_contexts(self) -> None:
        """Contexts that only a person's name stands in: 习近平总书记, 习近平新时代…."""
        for m in SIGNATURE_AFTER_NAME.finditer(self.text):
            for length in (3, 2):
                start = m.start() - length
                if start >= 0 and self.lex.surname_length(self.text, start) and \
                        all(is_cjk(c) for c in self.text[start:m.start()]) and \
                        self.text[start:m.start()] not in self.lex.not_names:
                    self.add((start, m.start()), "signature")
                    break

    def find_known_mentions(self) -> None:
        """Later bare mentions of people already found, and a post right after a name."""
        names = sorted(self.persons, key=len, reverse=True)
        if not names:
            return
        pattern = re.compile("|".join(map(re.escape, names)))
        taken: list[tuple[int, int]] = []
        for m in pattern.finditer(self.text):
            span = (m.start(), m.end())
            if self.boundary_at(span[1]) or span[1] in self.bounds or self.text.startswith(POSTS_AFTER_NAME, span[1]):
                self.add(span, self.persons[m.group(0)].mentions[0].via if any(
                    x.start == span[0] for x in self.persons[m.group(0)].mentions) else "bare")
                taken.append(span)
        for name, person in self.persons.items():
            for mention in person.mentions:
                for post in POSTS_AFTER_NAME:
                    if self.text.startswith(post, mention.end):
                        t = TitleSpan(mention.end, mention.end + len(post), mention.end)
                        if not any(u.start == t.start for u in person.titles):
                            person.titles.append(t)
                        break

    def find_aliases(self) -> None:
        """`王书记`, `吕市长`: a surname and a post stand for the one person of the
        article with that surname who holds that post."""
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
        self.find_after_words(self.lex.group_pattern, "group")
        self.find_after_words(self.lex.cue_pattern, "cue")
        self.find_bare_lists()
        self.find_clause_openers()
        self.find_signature_contexts()
        self.find_known_mentions()
        self.drop_nested_names()
        self.find_aliases()
        return self.persons

    def drop_nested_names(self) -> None:
        """A short name inside a longer one found at the same place is the longer one."""
        for name in list(self.persons):
            person = self.persons[name]
            person.mentions = [m for m in person.mentions if not any(
                other.name != name and any(o.start <= m.start and m.end <= o.end and (o.end - o.start) > (m.end - m.start)
                                           for o in other.mentions)
                for other in self.persons.values())]
            if not person.mentions:
                del self.persons[name]
