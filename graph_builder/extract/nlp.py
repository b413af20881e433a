"""Build the spaCy zh pipeline: pkuseg tokenizer plus the components in config.yaml."""
from __future__ import annotations

import re

import spacy
from spacy.tokens import Doc

from ..config import load_config, resolve_path
from ..pkuseg_model import model_dir_or_raise
from . import components  # noqa: F401  (registers the factories)
from .segment import PkusegCutter

DEFAULT_COMPONENTS = ["gb_titles", "gb_names", "gb_events"]


# pkuseg.cut splits its input on whitespace and cuts each fragment on its own.
FRAGMENT = re.compile(r"\S+")


def words_and_spaces(cut, text: str) -> tuple[list[str], list[bool]]:
    """The Doc's words and spaces as spaCy's pkuseg tokenizer makes them, a fragment
    at a time: whitespace only falls between fragments, so no word is searched for in
    the text (spacy.util.get_words_and_spaces does: 2–3% of the pipeline's time)."""
    words: list[str] = []
    spaces: list[bool] = []
    pos = 0
    for m in FRAGMENT.finditer(text):
        add_gap(words, spaces, text[pos:m.start()])
        fragment_words = cut(m.group())
        if "".join(fragment_words) != m.group():
            raise ValueError(f"pkuseg's words do not spell the text: {m.group()[:40]!r}")
        words += fragment_words
        spaces += [False] * len(fragment_words)
        pos = m.end()
    add_gap(words, spaces, text[pos:])
    return words, spaces


def add_gap(words: list[str], spaces: list[bool], gap: str) -> None:
    """One space after a word is its trailing space; other whitespace is a token."""
    if gap and words and gap[0] == " ":
        spaces[-1] = True
        gap = gap[1:]
    if gap:
        words.append(gap)
        spaces.append(False)


class TextKeepingTokenizer:
    """The pkuseg tokenizer, keeping the input text on the Doc: Doc.text joins every
    token each time it is read, a tenth of the pipeline's time (components.text_of).
    It cuts with segment.PkusegCutter: pkuseg's words, in two thirds of its time."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer
        self.cut = PkusegCutter(tokenizer.pkuseg_seg).cut

    def __call__(self, text: str):
        words, spaces = words_and_spaces(self.cut, text)
        doc = Doc(self.tokenizer.vocab, words=words, spaces=spaces)
        doc.user_data["gb_text"] = text
        return doc

    def __getattr__(self, name):
        return getattr(self.tokenizer, name)


def build_nlp(config_path: str | None = None):
    config = load_config(config_path)
    pipeline = config.get("pipeline") or {}
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "pkuseg"}}})
    nlp.tokenizer.initialize(pkuseg_model=str(model_dir_or_raise()))
    nlp.tokenizer = TextKeepingTokenizer(nlp.tokenizer)
    for name in pipeline.get("components") or DEFAULT_COMPONENTS:
        settings = dict(pipeline.get(name) or {})
        if settings.get("lexicon_dir"):
            settings["lexicon_dir"] = str(resolve_path(settings["lexicon_dir"], config_path))
        nlp.add_pipe(name, config=settings)
    return nlp
