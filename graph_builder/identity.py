"""Person identity: which person mentions are one real person.

The policy (schemas/IDENTITY.md):
- Mentions with the same name in the same paper are one person, unless the
  evidence says otherwise.
- Evidence against: two posts held at the same time (within `SAME_TIME_DAYS`)
  that one person cannot hold together — the head posts of two different
  places (修武县委书记 and 温县委书记 in one month) — or an ordinary person's
  occupation (村民) beside an official post (副市长); or a split in the
  overrides file.
- When a name splits, each appearance goes to the place it was seen at; an
  appearance with no post is ambiguous and stays with the plain name, and the
  review report lists it.
- Person ids hash the paper, the name and the split label: they do not change
  when more pages arrive, unless a new conflict splits the name.
"""
from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Iterable

import yaml

from .extract.lexicon import is_description
from .records import Article, Person
from .script import simplified

SAME_TIME_DAYS = 31
HEAD_POSTS = ("书记", "县长", "市长", "区长", "镇长", "乡长", "省长", "局长", "厅长", "主席")
PLACE = re.compile(r"^(?:[\u4e00-\u9fff]{0,8}?)([\u4e00-\u9fff]{2,4}?[省市县区镇乡村])")


class OverridesError(ValueError):
    pass


@dataclass(frozen=True)
class Appearance:
    """One person as seen in one article."""

    name: str
    article_id: str
    date: dt.date | None
    titles: tuple[tuple[str | None, str, str], ...]  # (organisation in context, post, as written)

    # cached: a busy official has thousands of appearances, each compared often
    @cached_property
    def places(self) -> frozenset[str]:
        return frozenset(p for org, post, _ in self.titles if post.endswith(HEAD_POSTS) and (p := place_of(org)))

    @cached_property
    def ordinary(self) -> bool:
        return any(is_description(post) for _, post, _ in self.titles)

    @cached_property
    def official(self) -> bool:
        return any(not is_description(post) for _, post, _ in self.titles)


@dataclass
class SplitRule:
    label: str
    org_contains: list[str] = field(default_factory=list)
    since: dt.date | None = None
    until: dt.date | None = None

    def matches(self, app: Appearance) -> bool:
        if self.since and (app.date is None or app.date < self.since):
            return False
        if self.until and (app.date is None or app.date > self.until):
            return False
        if self.org_contains:
            written = " ".join(f"{org or ''}{text}" for org, _, text in app.titles)
            return any(word in written for word in self.org_contains)
        return True


# The paper of a person's id when an override merges the name across papers.
ACROSS_PAPERS = "*"


@dataclass
class Overrides:
    splits: dict[str, list[SplitRule]] = field(default_factory=dict)
    merges: dict[str, str] = field(default_factory=dict)  # form → name
    across_papers: set[str] = field(default_factory=set)  # names that are one person in every paper

    @classmethod
    def load(cls, path: str | Path | None) -> "Overrides":
        if not path or not Path(path).exists():
            return cls()
        try:
            data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
            splits = {
                item["name"]: [SplitRule(label=str(p["label"]), org_contains=list(p.get("org_contains") or []),
                                         since=_as_date(p.get("since")), until=_as_date(p.get("until")))
                               for p in item["people"]]
                for item in data.get("split") or []}
            merge_items = data.get("merge") or []
            merges = {form: item["into"] for item in merge_items for form in item.get("names") or []}
            across = {item["into"] for item in merge_items if item.get("across_papers")}
        except (KeyError, TypeError, ValueError, AttributeError, yaml.YAMLError) as exc:
            raise OverridesError(f"{path}: not a valid identities file ({exc})") from None
        return cls(splits, merges, across)


def _as_date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def place_of(org: str | None) -> str | None:
    if not org:
        return None
    m = PLACE.match(org)
    return m.group(1) if m else None


def person_id(paper: str, name: str, label: str = "") -> str:
    digest = hashlib.sha1(f"{paper}|{name}|{label}".encode("utf-8")).hexdigest()
    return f"p-{digest[:16]}"


def appearance_of(article: Article, person: Person, name: str | None = None) -> Appearance:
    titles = tuple((t.org_resolved or t.org, t.post, t.text) for t in person.title_mentions)
    return Appearance(name or person.name, article.article_id, article.date, titles)


@dataclass
class Conflict:
    name: str
    kind: str  # simultaneous-posts | ordinary-and-official | jump
    left: Appearance
    right: Appearance

    def describe(self) -> str:
        def side(a: Appearance) -> str:
            titles = "、".join(text for _, _, text in a.titles) or "(no title)"
            return f"{a.article_id} {a.date or '?'} {titles}"
        return f"{self.name}: {self.kind}\n    {side(self.left)}\n    {side(self.right)}"


def conflicts_of(name: str, apps: list[Appearance]) -> list[Conflict]:
    """Evidence that one name is several people. Linear in the appearances but for
    the month-wide window of simultaneous posts: years of pages name an official thousands of times."""
    dated = sorted(apps, key=lambda a: (a.date or dt.date.min, a.article_id))
    found = ordinary_and_official(name, dated)
    # Head posts at two places at the same time.
    placed = [a for a in dated if a.places and a.date]
    for i, a in enumerate(placed):
        for b in placed[i + 1:]:
            if (b.date - a.date).days > SAME_TIME_DAYS:
                break
            if not (a.places & b.places):
                found.append(Conflict(name, "simultaneous-posts", a, b))
    # Weak evidence, shown for review only: consecutive appearances at unrelated places.
    titled = [a for a in dated if a.places]
    for a, b in zip(titled, titled[1:]):
        if not (a.places & b.places) and not _same_time(a, b):
            found.append(Conflict(name, "jump", a, b))
    return found


def ordinary_and_official(name: str, dated: list[Appearance]) -> list[Conflict]:
    """Each appearance as an ordinary person (村民, 工人) against the nearest one as an official."""
    officials = [a for a in dated if a.official and not a.ordinary]
    if not officials:
        return []
    days = [(a.date or dt.date.min).toordinal() for a in officials]
    found = []
    for a in (x for x in dated if x.ordinary):
        day = (a.date or dt.date.min).toordinal()
        i = bisect.bisect_left(days, day)
        b = min(officials[max(0, i - 1):i + 1], key=lambda o: abs((o.date or dt.date.min).toordinal() - day))
        found.append(Conflict(name, "ordinary-and-official", *sorted((a, b), key=lambda x: (x.date or dt.date.min,
                                                                                             x.article_id))))
    return found


def _same_time(a: Appearance, b: Appearance) -> bool:
    return a.date is not None and b.date is not None and abs((a.date - b.date).days) <= SAME_TIME_DAYS


class IdentityResolver:
    """Assigns each (article, person name) a stable person id. Names are people
    within one paper (an article's `paper`, else the default paper given here),
    unless an override merges a name across papers."""

    def __init__(self, paper: str, overrides: Overrides | None = None):
        self.paper = paper
        self.overrides = overrides or Overrides()
        self.by_name: dict[tuple[str, str], list[Appearance]] = defaultdict(list)  # (paper, name) → appearances
        # (article id, name) → the forms written there (王麗華 filed under 王丽华)
        self.written: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.traditional_forms: dict[tuple[str, str], set[str]] = defaultdict(set)  # (paper, 王丽华) → {王麗華}

    def canonical(self, name: str) -> str:
        return self.overrides.merges.get(name, name)

    def paper_of(self, article: Article, name: str) -> str:
        return ACROSS_PAPERS if name in self.overrides.across_papers else (article.paper or self.paper)

    def add_articles(self, articles: Iterable[Article]) -> None:
        for article in articles:
            for person in article.persons:
                name = self.canonical(person.name)
                paper = self.paper_of(article, name)
                name = self.meet_simplified(paper, name)
                self.by_name[(paper, name)].append(appearance_of(article, person, name))
                if person.name != name:
                    self.written[(article.article_id, name)].add(person.name)

    def meet_simplified(self, paper: str, name: str) -> str:
        """A name in traditional characters is the person of its simplified form
        once that form is seen (a repost of a local report); alone, it stays as
        written. 李昇 is a simplified name too: nothing is converted unseen."""
        plain = simplified(name)
        if plain != name:
            if (paper, plain) in self.by_name:
                return plain
            self.traditional_forms[(paper, plain)].add(name)
            return name
        for form in self.traditional_forms.pop((paper, name), ()):
            for app in self.by_name.pop((paper, form), []):
                self.by_name[(paper, name)].append(replace(app, name=name))
                self.written[(app.article_id, name)] |= self.written.pop((app.article_id, form), set()) | {form}
        return name

    def conflicts(self) -> list[Conflict]:
        return [c for (_, name), apps in sorted(self.by_name.items()) for c in conflicts_of(name, apps)]

    def labels(self) -> dict[tuple[str, str], tuple[str, str]]:
        """(article id, name) → (paper, split label: '' for the plain name)."""
        out: dict[tuple[str, str], tuple[str, str]] = {}
        for (paper, name), apps in self.by_name.items():
            rules = self.overrides.splits.get(name)
            strong = [c for c in conflicts_of(name, apps) if c.kind != "jump"] if not rules else []
            for app in apps:
                out[(app.article_id, name)] = (paper, self._label(app, rules, bool(strong)))
        return out

    @staticmethod
    def _label(app: Appearance, rules: list[SplitRule] | None, split_by_evidence: bool) -> str:
        if rules:
            return next((r.label for r in rules if r.matches(app)), "")
        if not split_by_evidence:
            return ""
        if app.ordinary and not app.official:
            return "群众"
        places = sorted(app.places)
        return places[0] if places else ""

    def resolve(self) -> dict[tuple[str, str], "ResolvedPerson"]:
        """(article id, name as written) → the person it is."""
        labels = self.labels()
        reverse = defaultdict(list)
        for form, name in self.overrides.merges.items():
            reverse[name].append(form)
        out: dict[tuple[str, str], ResolvedPerson] = {}
        for (article_id, name), (paper, label) in labels.items():
            resolved = ResolvedPerson(person_id(paper, name, label), name, label)
            out[(article_id, name)] = resolved
            for form in [*reverse.get(name, []), *self.written.get((article_id, name), ())]:
                out[(article_id, form)] = resolved
        return out


@dataclass(frozen=True)
class ResolvedPerson:
    id: str
    name: str
    label: str


def review_report(resolver: IdentityResolver) -> str:
    conflicts = resolver.conflicts()
    if not conflicts:
        return "No conflicting facts: every name is one person."
    lines = [f"{len(conflicts)} conflict(s) to review; write decisions into identities.yaml:"]
    lines += [c.describe() for c in conflicts]
    return "\n".join(lines)
