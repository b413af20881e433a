"""Titles as written → the posts they name, each with its organisation.

A title's organisation is what extraction resolved it to (`市委` → 焦作市委), or,
when the title does not write one, or writes only a fragment (`集团`, `管委会`,
`宣传部长`):
- the chain it is written in: `孟州市委副书记、市长` → 孟州市 市长,
  `党工委书记、管委会主任` → that body's 管委会;
- the body named before it in the sentence: `与集团党组书记` after
  `国家能源投资集团` → that group; `市政协副主席买万国和秘书长田晋源` → 市政协;
- the paper's home city or province for a 市 or 省 post (`副市长`, `市委常委`);
- a post that goes unwritten with its organisation (`post_orgs.txt`: 总书记).
Where none is found the post is the article's own: keyed by title and article,
never shared by unrelated people. Occupations (`村民`, `脱贫户`:
`descriptions.txt`) are descriptions of a person, not posts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..extract.lexicon import Lexicons, configured_lexicons, is_description
from ..identity import place_of
from ..papers import Paper, home_org
from ..records import Article, TitleMention

SENTENCE_END = "。！？!?\n"
GOVERNMENT_HEADS = ("市长", "区长", "县长", "省长", "镇长", "乡长")
# Party committees written into the post word itself (市委常委).
COMMITTEE_PREFIXES = ("市委", "县委", "区委", "省委")
PLACE_END = "省市县区镇乡村国"
FRAGMENT_MAX = 3
# Where a body's name stops, reading leftwards from its last word: punctuation or a linking word.
NAME_STOP = set("到与在对由和及同向从把将被为是的、，。；：！？（）() \n")
NAME_MAX = 20


@dataclass(frozen=True)
class PostRef:
    org: str | None
    post: str
    article_id: str | None = None  # set when no organisation was found: the post is the article's own

    @property
    def post_id(self) -> str:
        return f"{self.org or ''}|{self.post}" + (f"|{self.article_id}" if self.article_id else "")

    @property
    def title(self) -> str:
        return (self.org or "") + self.post


@dataclass
class Placed:
    mention: TitleMention
    pos: int  # offset in the article's cleaned text
    end: int


def place_titles(article: Article) -> dict[tuple[int, int], Placed]:
    """Each title (by its file offsets) at its place in the cleaned text, in order."""
    out: dict[tuple[int, int], Placed] = {}
    cursor = 0
    mentions = sorted({(t.start, t.end): t for p in article.persons for t in p.title_mentions}.items())
    for key, t in mentions:
        pos = article.text.find(t.text, cursor)
        if pos < 0:
            pos = article.text.find(t.text)
        if pos >= 0:
            out[key] = Placed(t, pos, pos + len(t.text))
            cursor = pos
    return out


class ArticlePosts:
    """The posts of one article's titles, resolved in reading order so that a
    chain's later titles see the organisation of its earlier ones."""

    def __init__(self, article: Article, paper: Paper, lex: Lexicons | None = None):
        self.article = article
        self.paper = paper
        self.lex = lex or configured_lexicons()
        self.placed = place_titles(article)
        self.orgs: dict[tuple[int, int], str | None] = {}  # resolved organisation of each placed title
        self.refs: dict[tuple[int, int], PostRef | None] = {}
        for key in self.placed:
            self.refs[key] = self.resolve(key)

    def post_of(self, t: TitleMention) -> PostRef | None:
        """The post a title names, or None for a description of the person."""
        key = (t.start, t.end)
        return self.refs[key] if key in self.refs else self.resolve_unplaced(t)

    def resolve_unplaced(self, t: TitleMention) -> PostRef | None:
        if is_description(t.post, self.lex):
            return None
        org = t.org_resolved or t.org
        return PostRef(org, t.post) if org else PostRef(None, t.post, self.article.article_id)

    # --- resolution ----------------------------------------------------------

    def resolve(self, key: tuple[int, int]) -> PostRef | None:
        t = self.placed[key].mention
        if is_description(t.post, self.lex):
            self.orgs[key] = None
            return None
        org, post = t.org_resolved or t.org, t.post
        prefix = next((p for p in COMMITTEE_PREFIXES if post.startswith(p) and len(post) > len(p)), None)
        if prefix and not org:
            org, post = home_org(prefix, self.paper), post[len(prefix):]
        if org and is_fragment(org):
            org = self.whole_of(key, org, post)
        if not org:
            org = self.unwritten_org(key, post)
        self.orgs[key] = org
        return PostRef(org, post) if org else PostRef(None, post, self.article.article_id)

    def chain_before(self, key: tuple[int, int]) -> tuple[int, int] | None:
        """The title just before this one in a chain joined by 、."""
        pos = self.placed[key].pos
        if pos < 1 or self.article.text[pos - 1] != "、":
            return None
        return next((k for k, p in self.placed.items() if p.end == pos - 1 and k in self.orgs), None)

    def whole_of(self, key: tuple[int, int], fragment: str, post: str) -> str:
        """`宣传`+`部长` → 焦作市委宣传部, `管委会` → 示范区（高新区）管委会, `集团` → the group named before."""
        if post.startswith("部") and not fragment.endswith("部"):
            fragment += "部"
        before = self.chain_before(key)
        if before and self.orgs.get(before):
            return self.orgs[before] + fragment
        return self.named_before(self.placed[key].pos, fragment) or fragment

    def named_before(self, pos: int, word: str) -> str | None:
        """The body ending in `word` named earlier in the sentence: `国家能源投资集团`."""
        text = self.article.text
        start = sentence_start(text, pos)
        found = text.rfind(word, start, pos)
        if found < 0:
            return None
        left = found
        while left > start and found - left < NAME_MAX and text[left - 1] not in NAME_STOP:
            left -= 1
        return text[left:found] + word if left < found else None

    def unwritten_org(self, key: tuple[int, int], post: str) -> str | None:
        before = self.chain_before(key)
        chain_org = self.orgs.get(before) if before else None
        if post.endswith(GOVERNMENT_HEADS):  # 孟州市委副书记、市长 → 孟州市; 副市长 → the home city
            if chain_org:
                return place_of(chain_org) or chain_org
            if "市" in post:
                return home_org("市", self.paper) if self.paper.home_city else None
            if "省" in post:
                return home_org("省", self.paper) if self.paper.home_province else None
            return None
        if chain_org:
            return chain_org
        return self.lex.post_orgs.get(post) or self.org_earlier_in_sentence(key)

    def org_earlier_in_sentence(self, key: tuple[int, int]) -> str | None:
        """The organisation of the nearest title before this one in its sentence."""
        pos = self.placed[key].pos
        start = sentence_start(self.article.text, pos)
        earlier = [(p.pos, self.orgs[k]) for k, p in self.placed.items()
                   if start <= p.pos < pos and self.orgs.get(k)]
        return max(earlier)[1] if earlier else None


def is_fragment(org: str) -> bool:
    """`宣传`, `集团`, `管委会`: part of a body's name, not a name (英国 is a place)."""
    return len(org) <= FRAGMENT_MAX and org[-1] not in PLACE_END


def sentence_start(text: str, pos: int) -> int:
    return max(text.rfind(c, 0, pos) for c in SENTENCE_END) + 1
