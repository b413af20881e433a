"""Lexicons: plain text data files that a user extends without touching code.

Each file holds one entry a line (or several separated by spaces), `#` starts a
comment. Files with a tab are `key<TAB>value` tables. A user directory given in
config.yaml is read after the shipped one, so its entries add to ours. Lexicons
generated from outside sources (scripts/make_lexicons.py) have a `NAME_extra.txt`
sibling for entries kept by hand; both are read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

SHIPPED_DIR = Path(__file__).resolve().parent.parent / "lexicons"


def read_entries(path: Path) -> list[str]:
    entries: list[str] = []
    if not path.exists():
        return entries
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            entries.extend(line.split("\t") if "\t" in line else line.split())
    return entries


def read_table(path: Path) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    if not path.exists():
        return rows
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].rstrip()
        if "\t" in line:
            key, value = line.split("\t", 1)
            rows.append((key.strip(), value.strip()))
    return rows


NAME_DOTS = "·•‧・"  # the dots inside transliterated names (穆罕默德·谢里夫)
# Facilities named after the place they stand in (周口港, 信阳站, 胶州湾): a place and one of these;
# and a prefecture by its short name (昌吉州, 恩施州).
PLACE_FACILITY_ENDS = set("港站湾桥州")


def alternation(words: set[str] | list[str]) -> re.Pattern[str]:
    """A regex that matches the longest of the words at a position. The words are
    written as a trie (书记(?:员)?|主(?:任|席)): the regex engine then tries one branch
    a character instead of every word in turn (a flat list of 700 posts and
    descriptions was a fifth of the name rules' time)."""
    trie: dict = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return re.compile(_trie_pattern(trie) if trie else r"(?!)")


def _trie_pattern(node: dict) -> str:
    # At a node only one branch can match the next character, so taking the branch
    # before stopping (a greedy optional group) gives the longest word.
    ends_here = "" in node
    branches = [(re.escape(ch), _trie_pattern(child)) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    singles = [ch for ch, rest in branches if not rest]
    if len(singles) == len(branches) and len(singles) > 1:
        body = "[" + "".join(singles) + "]"
    elif len(branches) == 1:
        body = branches[0][0] + branches[0][1]
    else:
        body = "(?:" + "|".join(ch + rest for ch, rest in branches) + ")"
    if ends_here:
        return body + "?" if len(branches) == 1 and not branches[0][1] else "(?:" + body + ")?"
    return body


@dataclass
class Lexicons:
    surnames: set[str]
    compound_surnames: set[str]
    posts: set[str]
    generic_groups: set[str]
    name_cues: set[str]
    title_boundaries: list[str]
    title_pointers: list[str]
    name_followers: list[str]
    not_names: set[str]
    reference_before: list[str]
    reference_after: list[str]
    reference_not: list[str]
    role_triggers: list[tuple[str, str]]
    event_triggers: list[tuple[str, str]]
    rare_surnames: set[str] = field(default_factory=set)
    surname_only: set[str] = field(default_factory=set)  # rare surnames hardly ever words: 蒯, 訾, 荀
    top_surnames: set[str] = field(default_factory=set)  # the hundred most frequent: 王, 李 … 常
    descriptions: set[str] = field(default_factory=set)
    description_modifiers: set[str] = field(default_factory=set)
    description_fields: set[str] = field(default_factory=set)
    common_words: set[str] = field(default_factory=set)
    # words written only in transliteration characters (昂扬, 利维): a foreign name after
    # a foreign office may be one, the dictionary lists names it read as places
    transliteration_words: set[str] = field(default_factory=set)
    function_words: set[str] = field(default_factory=set)  # two-character words that are no nouns: 以为, 正好
    places: set[str] = field(default_factory=set)
    kin_words: set[str] = field(default_factory=set)
    clause_openers: set[str] = field(default_factory=set)
    person_nouns: set[str] = field(default_factory=set)
    object_cues: set[str] = field(default_factory=set)
    transliteration_chars: set[str] = field(default_factory=set)
    given_name_chars: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    speech_verbs: set[str] = field(default_factory=set)
    visit_verbs: tuple[str, ...] = ()
    post_orgs: dict[str, str] = field(default_factory=dict)  # posts whose organisation goes unwritten
    japanese_surnames: set[str] = field(default_factory=set)  # 田中, 铃木, 佐佐木
    japanese_given_names: set[str] = field(default_factory=set)  # 一郎, 健二, 龙太郎
    minority_name_words: set[str] = field(default_factory=set)  # 扎西, 顿珠, 巴特尔
    dai_initials: set[str] = field(default_factory=set)  # 岩, 玉 (岩温罕, 玉香恩)
    dai_syllables: set[str] = field(default_factory=set)
    yi_clan_names: set[str] = field(default_factory=set)  # 吉克, 沙马 (吉克某呷)
    post_pattern: re.Pattern[str] = field(init=False)
    follower_pattern: re.Pattern[str] = field(init=False)
    group_pattern: re.Pattern[str] = field(init=False)
    cue_pattern: re.Pattern[str] = field(init=False)
    kin_pattern: re.Pattern[str] = field(init=False)
    clause_opener_pattern: re.Pattern[str] = field(init=False)
    person_noun_pattern: re.Pattern[str] = field(init=False)
    object_pattern: re.Pattern[str] = field(init=False)
    speech_pattern: re.Pattern[str] = field(init=False)
    country_pattern: re.Pattern[str] = field(init=False)
    stationed_pattern: re.Pattern[str] = field(init=False)
    role_pattern: re.Pattern[str] = field(init=False)
    event_pattern: re.Pattern[str] = field(init=False)
    role_of: dict[str, str] = field(init=False)
    boundaries_by_length: list[tuple[int, set[str]]] = field(init=False)
    event_type_of: dict[str, str] = field(init=False)
    compound_initials: set[str] = field(init=False)
    name_initials: set[str] = field(init=False)

    def __post_init__(self) -> None:
        # Descriptions of ordinary people (村民, 困难党员) stand before a name as posts do.
        self.post_pattern = alternation(self.posts | self.descriptions)
        # 六女儿, 五哥: a numeral or 大/小/长/次 before a kinship word.
        self.kin_pattern = re.compile("(?:[大二三四五六七八九十小长次幺](?:哥|姐|弟|妹)|"
                                      + alternation(self.kin_words).pattern + ")")
        self.person_noun_pattern = alternation(self.person_nouns)
        self.clause_opener_pattern = alternation(self.clause_openers)
        self.speech_pattern = alternation(self.speech_verbs)
        self.country_pattern = alternation({c for c in self.countries if len(c) >= 2})
        self.stationed_pattern = re.compile("驻(?:" + self.country_pattern.pattern + ")")  # 驻沈阳总领事馆 of 俄罗斯
        self.object_pattern = re.compile("(?:" + alternation(self.object_cues).pattern + ")了?")
        # A name ends where a role verb or an activity word begins, too.
        self.follower_pattern = alternation(
            set(self.name_followers) | {v for _, v in self.role_triggers} | {t for _, t in self.event_triggers}
            | self.person_nouns)
        self.group_pattern = alternation(self.generic_groups)
        self.cue_pattern = alternation(self.name_cues)
        lengths = sorted({len(w) for w in self.title_boundaries}, reverse=True)
        self.boundaries_by_length = [(n, {w for w in self.title_boundaries if len(w) == n}) for n in lengths]
        self.role_of = {verb: role for role, verb in self.role_triggers}
        self.role_pattern = alternation(self.role_of)
        self.event_type_of = {trigger: kind for kind, trigger in self.event_triggers}
        self.event_pattern = alternation(self.event_type_of)
        # jieba calls 会见, 座谈, 督导 nouns; before a description they are what is done
        # (会见客商), not the field of the people (医改专家).
        self.description_fields -= set(self.event_type_of) | set(self.role_of) | set(self.visit_verbs)
        # A bare list of names (姚某、郭某、欧阳某某和裴某): items of two or three characters,
        # four with a compound surname, or dotted; 和 may join the last.
        compound = rf"|(?:{alternation(self.compound_surnames).pattern})[\u4e00-\u9fff]{{2}}" if self.compound_surnames else ""
        item = rf"(?:[\u4e00-\u9fff]{{1,4}}(?:[{NAME_DOTS}][\u4e00-\u9fff]{{1,8}})+{compound}|[\u4e00-\u9fff]{{2,3}})"
        self.bare_list_pattern = re.compile(f"{item}(?:、{item})+(?:[和与及]{item})?")
        self.bare_list_separator = re.compile(f"、|[和与及](?={item}$)")  # 王某、李某和赵某: 和 before the last item
        # First characters of surnames: most positions are ruled out before any slicing.
        self.compound_initials = {s[0] for s in self.compound_surnames}
        self.name_initials = self.compound_initials | self.surnames | self.rare_surnames

    def is_word(self, candidate: str) -> bool:
        """An ordinary word or a place, never a person's name (高度, 关于, 孟州), nor a
        word of the event and role lexicons (祝寿, 主持), nor a kinship word (孙子)."""
        return candidate in self.not_names or candidate in self.common_words or candidate in self.places \
            or candidate in self.kin_words \
            or candidate in self.event_type_of or candidate in self.role_of \
            or candidate[-1:] in PLACE_FACILITY_ENDS and candidate[:-1] in self.places

    def surname_length(self, text: str, i: int, rare: bool = False) -> int:
        """Length of the surname that starts at text[i], or 0. Rare surnames (和, 有,
        都: mostly ordinary words) count only when asked for."""
        c = text[i:i + 1]
        if c in self.compound_initials:
            for n in (4, 3, 2):
                if text[i:i + n] in self.compound_surnames:
                    return n
        return 1 if c in self.surnames or (rare and c in self.rare_surnames) else 0


def load_lexicons(dirs: tuple[str, ...] = ()) -> Lexicons:
    return _load(tuple(str(d) for d in dirs))


TOP_SURNAMES = 100  # the national ranking's first hundred carry about 85% of the people


@lru_cache(maxsize=8)
def _load(dirs: tuple[str, ...]) -> Lexicons:
    folders = [SHIPPED_DIR, *(Path(d) for d in dirs)]

    def entries(name: str) -> list[str]:
        extra = name.replace(".txt", "_extra.txt")
        return [e for folder in folders for n in (name, extra) for e in read_entries(folder / n)]

    def table(name: str) -> list[tuple[str, str]]:
        return [row for folder in folders for row in read_table(folder / name)]

    ranked = entries("surnames_frequent.txt")
    frequent = set(ranked)
    surnames = frequent | set(entries("surnames.txt"))
    references = table("reference_cues.txt")
    dai_parts = [(part, c) for part, chars in table("dai_name_parts.txt") for c in chars.split()]
    posts = set(entries("posts.txt"))
    return Lexicons(
        surnames={s for s in frequent if len(s) == 1},
        rare_surnames={s for s in surnames - frequent if len(s) == 1},
        surname_only=set(entries("surname_only_chars.txt")) - frequent,
        top_surnames={s for s in ranked[:TOP_SURNAMES] if len(s) == 1},
        compound_surnames={s for s in surnames if len(s) > 1},
        posts=posts,
        generic_groups=set(entries("generic_groups.txt")),
        name_cues=set(entries("name_cues.txt")),
        title_boundaries=sorted(set(entries("title_boundaries.txt")), key=len, reverse=True),
        title_pointers=sorted(set(entries("title_pointers.txt")), key=len, reverse=True),
        name_followers=entries("name_followers.txt"),
        not_names=set(entries("not_names.txt")),
        reference_before=[v for k, v in references if k == "before"],
        reference_after=[v for k, v in references if k == "after"],
        reference_not=[v for k, v in references if k == "not"],
        role_triggers=table("role_triggers.txt"),
        event_triggers=table("event_triggers.txt"),
        descriptions=(set(entries("descriptions.txt")) | set(entries("occupations.txt"))) - posts,  # a post is an office
        description_modifiers=set(entries("description_modifiers.txt")),
        description_fields=set(entries("description_fields.txt")),
        common_words=set(entries("common_words.txt")) | set(entries("transliteration_words.txt")),
        transliteration_words=set(entries("transliteration_words.txt")),
        function_words=set(entries("function_words.txt")),
        places=set(entries("places.txt")),
        kin_words=set(entries("kin_words.txt")),
        clause_openers=set(entries("clause_openers.txt")),
        person_nouns=set(entries("person_nouns.txt")),
        object_cues=set(entries("object_cues.txt")),
        transliteration_chars=set(entries("transliteration_chars.txt")) | set(entries("transliteration_name_chars.txt")),
        given_name_chars=set(entries("given_name_chars.txt")),
        countries=set(entries("countries.txt")),
        speech_verbs=set(entries("speech_verbs.txt")),
        visit_verbs=tuple(sorted(set(entries("visit_verbs.txt")), key=len, reverse=True)),
        post_orgs=dict(table("post_orgs.txt")),
        japanese_surnames=set(entries("japanese_surnames.txt")),
        japanese_given_names=set(entries("japanese_given_names.txt")),
        minority_name_words=set(entries("minority_name_words.txt")),
        yi_clan_names=set(entries("yi_clan_names.txt")),
        dai_initials={c for part, c in dai_parts if part == "initial"},
        dai_syllables={c for part, c in dai_parts if part == "syllable"},
    )


@lru_cache(maxsize=1)
def configured_lexicons() -> Lexicons:
    """The lexicons of the title grammar as config.yaml configures it: what the
    later stages (assembly, identity) read too."""
    from ..config import resolve_path, section

    folder = (section("pipeline").get("gb_titles") or {}).get("lexicon_dir")
    return load_lexicons((str(resolve_path(folder)),) if folder else ())


def is_description(post: str, lex: Lexicons | None = None) -> bool:
    """村民, 脱贫户, 种植大户: a description of an ordinary person, not an office.
    A word of posts.txt is an office (总编辑, though it ends as 编辑 does)."""
    lex = lex or configured_lexicons()
    return post in lex.descriptions or (post not in lex.posts and post.endswith(tuple(lex.descriptions)))
