"""spaCy components, registered as factories and configured from config.yaml.

    gb_titles  official titles on characters → doc._.gb_titles, doc.spans["titles"]
    gb_names   people on characters, tokens retokenized to the names → doc.ents,
               doc._.gb_persons
    gb_events  the article's event, roles and participants → doc._.gb_event
"""
from __future__ import annotations

import bisect

from spacy.language import Language
from spacy.tokens import Doc

from .events import assign_roles, find_event
from .lexicon import load_lexicons
from .rules import NameFinder, find_titles

for _attr in ("gb_titles", "gb_persons", "gb_event"):
    if not Doc.has_extension(_attr):
        Doc.set_extension(_attr, default=None)


def text_of(doc: Doc) -> str:
    """Doc.text joins every token each time it is read: read it once per doc."""
    if "gb_text" not in doc.user_data:
        doc.user_data["gb_text"] = doc.text
    return doc.user_data["gb_text"]


def token_starts(doc: Doc) -> set[int]:
    """A token ends where the next begins: token starts are all the boundaries."""
    if "gb_token_starts" not in doc.user_data:
        doc.user_data["gb_token_starts"] = set(doc.to_array("IDX").tolist())
    return doc.user_data["gb_token_starts"]


def _lexicons(lexicon_dir: str | None):
    return load_lexicons((lexicon_dir,) if lexicon_dir else ())


class TitleComponent:
    def __init__(self, lexicon_dir: str | None):
        self.lex = _lexicons(lexicon_dir)

    def __call__(self, doc: Doc) -> Doc:
        doc._.gb_titles = find_titles(text_of(doc), self.lex, token_starts(doc))
        return doc


class NameComponent:
    def __init__(self, lexicon_dir: str | None):
        self.lex = _lexicons(lexicon_dir)

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        bounds = token_starts(doc) | {len(text)}
        ext = doc._  # each `doc._` makes a new accessor object
        titles = ext.gb_titles if ext.gb_titles is not None else find_titles(text, self.lex, bounds)
        persons = NameFinder(text, self.lex, bounds, titles).run()
        ext.gb_persons = persons
        spans = sorted({(m.start, m.end) for p in persons.values() for m in p.mentions})
        retokenize_to(doc, spans)
        doc.ents = [s for s in (doc.char_span(a, b, label="PERSON") for a, b in spans) if s is not None]
        attached = {id(t) for p in persons.values() for t in p.titles}  # the very title objects people hold
        doc.spans["titles"] = [s for s in (doc.char_span(t.start, t.end, label="TITLE", alignment_mode="expand")
                                           for t in titles if id(t) in attached) if s is not None
                               and not any(a < s.end_char and s.start_char < b for a, b in spans)]
        return doc


class EventComponent:
    def __init__(self, lexicon_dir: str | None):
        self.lex = _lexicons(lexicon_dir)

    def __call__(self, doc: Doc) -> Doc:
        ext = doc._
        persons = ext.gb_persons or {}
        text = text_of(doc)
        assign_roles(text, persons, self.lex)
        ext.gb_event = find_event(text, self.lex, ext.gb_titles or [], doc.user_data.get("gb_headline_start"))
        return doc


def retokenize_to(doc: Doc, spans: list[tuple[int, int]]) -> None:
    """Split tokens that cross a name's edge (`涛带`), then merge each name into one token."""
    if not spans:
        return
    cuts = sorted({c for span in spans for c in span})
    starts = doc.to_array("IDX").tolist()
    crossing = {bisect.bisect_right(starts, c) - 1 for c in cuts} - {-1}
    with doc.retokenize() as retokenizer:
        for i in sorted(crossing):
            token = doc[i]
            inner = [c - token.idx for c in cuts if token.idx < c < token.idx + len(token.text)]
            if inner:
                edges = [0, *inner, len(token.text)]
                pieces = [token.text[a:b] for a, b in zip(edges, edges[1:])]
                retokenizer.split(token, pieces, heads=[(token, 0)] * len(pieces))
    with doc.retokenize() as retokenizer:
        for a, b in spans:
            span = doc.char_span(a, b)
            if span is not None and len(span) > 1:
                retokenizer.merge(span)


@Language.factory("gb_titles", default_config={"lexicon_dir": None})
def make_titles(nlp: Language, name: str, lexicon_dir: str | None):
    return TitleComponent(lexicon_dir)


@Language.factory("gb_names", default_config={"lexicon_dir": None})
def make_names(nlp: Language, name: str, lexicon_dir: str | None):
    return NameComponent(lexicon_dir)


@Language.factory("gb_events", default_config={"lexicon_dir": None})
def make_events(nlp: Language, name: str, lexicon_dir: str | None):
    return EventComponent(lexicon_dir)

