"""Records → plain graph data (nodes and relationships as dicts), shared by the
Neo4j writer and the embedded networkx store so that the two cannot drift.

Node keys: Page.source, Paper.name, Article.article_id, Person.person_id,
Organization.name, Post.post_id, Event.event_id. Fact relationships carry their
evidence: article_id, start and end (offsets into the original page file) and
sentence. Derived relationships (HELD, CO_ATTENDED) and Person.descriptions are
computed from the facts.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable, Iterable

from ..extract.events import lead_of
from ..extract.page import sentence_around
from ..identity import ResolvedPerson
from ..papers import Paper, paper_named
from ..records import Article, Event, PageResult, Person
from .posts import ArticlePosts

NODE_KEYS = {"Page": "source", "Paper": "name", "Article": "article_id", "Person": "person_id",
             "Organization": "name", "Post": "post_id", "Event": "event_id"}
# type → (start label, end label)
REL_ENDS = {
    "IN": ("Page", "Paper"),
    "ON": ("Article", "Page"),
    "WROTE": ("Person", "Article"),
    "MENTIONED_IN": ("Person", "Article"),
    "REPORTED_IN": ("Event", "Article"),
    "ATTENDED": ("Person", "Event"),
    "TITLED": ("Person", "Post"),
    "OF": ("Post", "Organization"),
}
DERIVED_RELS = {"HELD": ("Person", "Post"), "CO_ATTENDED": ("Person", "Person")}
ALL_REL_ENDS = {**REL_ENDS, **DERIVED_RELS}
# Structure, not facts: one edge between two nodes however often the text implies it.
STRUCTURE_RELS = {"IN", "ON", "OF"}
# One ATTENDED per person and event: the strongest role the article gives.
ROLE_STRENGTH = ("presided", "spoke", "led", "received", "accompanied", "attended")
# Roles of older records, as the documented role they mean.
ROLE_ALIASES = {"participated": "attended"}
CAPTION_CHARS = 20
JUMP_NOTE = re.compile(r"[（(][^）)]*[）)]")

Resolve = Callable[[str, str], ResolvedPerson]


@dataclass
class GraphData:
    nodes: dict[str, dict[str, dict]] = field(default_factory=lambda: defaultdict(dict))
    rels: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))
    structure: set[tuple[str, str, str]] = field(default_factory=set)  # structure edges already added

    def node(self, node_label: str, key: str, **props) -> str:
        props[NODE_KEYS[node_label]] = key
        existing = self.nodes[node_label].get(key)
        if existing is None:
            self.nodes[node_label][key] = {k: v for k, v in props.items()}
        else:
            for k, v in props.items():
                if k == "names":
                    existing[k] = sorted(set(existing.get(k, [])) | set(v))
                elif v is not None:
                    existing[k] = v
        return key

    def rel(self, rel_type: str, from_key: str, to_key: str, **props) -> None:
        if rel_type in STRUCTURE_RELS:
            if (rel_type, from_key, to_key) in self.structure:
                return
            self.structure.add((rel_type, from_key, to_key))
        self.rels[rel_type].append({"start": from_key, "end": to_key, "props": props})

    def count_rels(self) -> int:
        return sum(len(v) for v in self.rels.values())


def iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def post_id(org: str | None, post: str) -> str:
    return f"{org or ''}|{post}"


def evidence(article_id: str, start: int, end: int, sentence: str) -> dict:
    return {"article_id": article_id, "start": start, "end": end, "sentence": sentence}


def assignment_hash(result: PageResult, resolve: Resolve) -> str:
    """Which person each mention of the page went to: changes when identities move."""
    pairs = sorted((a.article_id, p.name, resolve(a.article_id, p.name).id)
                   for a in result.articles for p in a.persons)
    pairs += sorted((a.article_id, r, resolve(a.article_id, r).id) for a in result.articles for r in a.reporters)
    return hashlib.sha1(json.dumps(pairs, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]


def page_graph(result: PageResult, resolve: Resolve, data: GraphData | None = None) -> GraphData:
    data = data or GraphData()
    page = result.page
    paper = paper_named(page.paper)
    data.node("Page", page.source, page_id=page.page_id, path=page.path, sha256=page.sha256,
              encoding=page.encoding, issue_date=iso(page.issue_date),
              issue_date_inferred=page.issue_date_inferred, articles=len(result.articles), paper=paper.name,
              copy_of=page.copy_of, records=result.model_dump_json(), assignment=assignment_hash(result, resolve))
    data.node("Paper", paper.name, home_city=paper.home_city, home_province=paper.home_province)
    data.rel("IN", page.source, paper.name)
    for article in result.articles:
        add_article(data, article, page.source, page.issue_date, paper, resolve)
    return data


def event_name(event: Event, day: str | None) -> str:
    """What a person reads on the event: `2019-04-09 座谈 焦作迎宾馆`."""
    return " ".join(x for x in (iso(event.date) or day, event.name or event.trigger, event.place) if x)


def caption(article: Article) -> str:
    """The headline, or the article's first words after its byline and jump notes (`（上接A01版①）`)."""
    if article.headline:
        return article.headline
    _, lead = lead_of(article.text)
    lines = [line.strip() for line in (lead + "\n" + article.text).split("\n")]
    words = next((line for line in lines if line and not JUMP_NOTE.fullmatch(line)), "")
    return words[:CAPTION_CHARS] + ("…" if len(words) > CAPTION_CHARS else "")


def add_article(data: GraphData, article: Article, source: str, issue: dt.date | None, paper: Paper,
                resolve: Resolve) -> None:
    day = iso(article.date or issue)
    ev = article.event
    aid = data.node("Article", article.article_id, page=source, index=article.index, headline=article.headline,
                    caption=caption(article), date=day, date_text=article.date_text, event_type=article.event_type,
                    activity=event_name(ev, day) if ev else None, start=article.start, end=article.end,
                    text=article.text)
    data.rel("ON", aid, source)
    byline = sentence_around(article.text, 0, 1)  # the sentence the byline opens
    for name in article.reporters:
        who = resolve(article.article_id, name)
        pid = data.node("Person", who.id, name=who.name, qualifier=who.label, names=[name])
        data.rel("WROTE", pid, aid, **evidence(aid, article.start, article.start + len(byline), byline))
    event_key = None
    if ev and article.participations:  # an event nobody is said to attend stays the article's activity
        event_key = data.node("Event", ev.event_id, type=ev.type, trigger=ev.trigger, name=event_name(ev, day),
                              date=iso(ev.date) or day, date_text=ev.date_text, place=ev.place,
                              headline=article.headline)
        if ev.evidence:
            data.rel("REPORTED_IN", event_key, aid, **ev.evidence.model_dump())
    posts = ArticlePosts(article, paper)
    for person in article.persons:
        add_person(data, article, person, aid, day, event_key, source, posts, resolve)


def add_person(data: GraphData, article: Article, person: Person, aid: str, day: str | None,
               event_key: str | None, source: str, posts: ArticlePosts, resolve: Resolve) -> None:
    who = resolve(article.article_id, person.name)
    pid = data.node("Person", who.id, name=who.name, qualifier=who.label, names=[person.name])
    first = person.mentions[0] if person.mentions else None
    offices = [(t, ref) for t in person.title_mentions if (ref := posts.post_of(t))]
    described = list(dict.fromkeys(t.text for t in person.title_mentions if posts.post_of(t) is None))
    data.rel("MENTIONED_IN", pid, aid, count=len(person.mentions), name_as_written=person.name,
             titles=list(dict.fromkeys(t.text for t, _ in offices)), described_as=described,
             participant=person.participant,
             **evidence(aid, first.start if first else article.start, first.end if first else article.start,
                        first.sentence if first else ""))
    for t, ref in offices:
        post = data.node("Post", ref.post_id, post=ref.post, org=ref.org, title=ref.title)
        if ref.org:
            data.node("Organization", ref.org)
            data.rel("OF", post, ref.org)
        sentence = next((m.sentence for m in person.mentions if m.start >= t.end), first.sentence if first else "")
        data.rel("TITLED", pid, post, title=t.text, date=day, page=source,
                 **evidence(aid, t.start, t.end, sentence))
    if event_key:
        mine = [p for p in article.participations if p.person == person.name]
        if mine:
            strongest = min(mine, key=lambda p: ROLE_STRENGTH.index(documented_role(p.role)))
            data.rel("ATTENDED", pid, event_key, role=documented_role(strongest.role), date=day,
                     **strongest.evidence.model_dump())


def documented_role(role: str) -> str:
    return ROLE_ALIASES.get(role, role)


def build_graph(results: Iterable[PageResult], resolve: Resolve) -> GraphData:
    data = GraphData()
    for result in results:
        page_graph(result, resolve, data)
    return data


# --- derived relationships (the embedded store; Neo4j computes them in Cypher) ---

def descriptions_from(mentioned: list[dict]) -> dict[str, list[str]]:
    """Person key → every description its mentions carry (村民, 脱贫户), first seen first."""
    out: dict[str, list[str]] = defaultdict(list)
    for r in mentioned:
        for d in r["props"].get("described_as") or []:
            if d not in out[r["start"]]:
                out[r["start"]].append(d)
    return out


def held_from_titled(titled: list[dict]) -> list[dict]:
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in titled:
        groups[(r["start"], r["end"])].append(r)
    out = []
    for (pid, post), rs in groups.items():
        rs.sort(key=lambda r: (r["props"].get("date") or "", r["props"]["article_id"], r["props"]["start"]))
        first, last = rs[0]["props"], rs[-1]["props"]
        out.append({"start": pid, "end": post, "props": {
            "title": first["title"], "first_seen": first.get("date"), "last_seen": last.get("date"),
            "count": len(rs), "article_id": first["article_id"], "start": first["start"], "end": first["end"],
            "sentence": first["sentence"]}})
    return out


def co_attended_from(attended: list[dict], events: dict[str, dict]) -> list[dict]:
    by_event: dict[str, set[str]] = defaultdict(set)
    for r in attended:
        by_event[r["end"]].add(r["start"])
    pairs: dict[tuple[str, str], list[str]] = defaultdict(list)
    for event, people in by_event.items():
        ordered = sorted(people)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                pairs[(a, b)].append(event)
    out = []
    for (a, b), evs in pairs.items():
        evs.sort(key=lambda e: (events.get(e, {}).get("date") or "", e))
        dates = [events.get(e, {}).get("date") for e in evs]
        out.append({"start": a, "end": b, "props": {
            "count": len(evs), "first": dates[0], "last": dates[-1], "events": evs,
            "article_ids": [e.rsplit(":", 1)[0] for e in evs]}})
    return out
