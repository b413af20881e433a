"""Script: pages in traditional characters are analysed in a simplified shadow.

The shadow is converted character by character with OpenCC's character table
(TSCharacters, from `opencc-python-reimplemented`): one character for one, so
every offset is the same in the page and in its shadow and the rules, lexicons
and segmenter built for simplified text work unchanged. What is found is then
read back from the page itself: names, titles and sentences as written.
Taiwan and Hong Kong punctuation is folded the same way into the marks the
grammar reads (〔记者X／台中报导〕 as 【记者X/台中报导】, 「」 as “”).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel


# Marks of Taiwan, Hong Kong and Macau pages, one for one as the characters are:
# the byline's brackets and slash, and the corner quotes that open speech.
PUNCTUATION = {"／": "/", "〔": "【", "〕": "】", "「": "“", "」": "”", "『": "‘", "』": "’"}


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    import opencc

    path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    table: dict[int, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        traditional, _, candidates = line.partition("\t")
        first = candidates.split(" ", 1)[0]
        if len(traditional) == 1 and len(first) == 1:  # one for one keeps the offsets
            table[ord(traditional)] = first
    table.update({ord(mark): folded for mark, folded in PUNCTUATION.items()})
    return table


@lru_cache(maxsize=1)
def _traditional() -> frozenset[str]:
    return frozenset(map(chr, _table()))


def simplified(text: str) -> str:
    # Most pages hold no character to convert: a set finds that three times sooner
    # than str.translate looks every character up in the table.
    return text if _traditional().isdisjoint(text) else text.translate(_table())


class AsWritten:
    """Maps strings of the shadow back to the page's own characters. `spans` are
    (shadow text, file offsets of its characters) pairs, e.g. cleaned paragraphs."""

    def __init__(self, original: str, spans: list[tuple[str, list[int]]]):
        self.shadow = "\n".join(text for text, _ in spans)
        self.written = "\n".join(self.chars(original, text, offsets) for text, offsets in spans)

    @staticmethod
    def chars(original: str, text: str, offsets: list[int]) -> str:
        """The page's character where the shadow's came from it (cleaning may insert one)."""
        table = _table()
        return "".join(original[o] if o < len(original) and table.get(ord(original[o]), original[o]) == ch
                       and original[o] != ch else ch for ch, o in zip(text, offsets))

    def string(self, s: str) -> str:
        i = self.shadow.find(s) if s else -1
        if i < 0 and " " in s:  # a headline of several lines, joined by spaces: each line as written
            return " ".join(self.string(part) for part in s.split(" "))
        return self.written[i:i + len(s)] if i >= 0 else s

    def record(self, value: Any) -> Any:
        """Every string in a record, as written (ids, types and dates are not in the text)."""
        if isinstance(value, str):
            return self.string(value)
        if isinstance(value, list):
            return [self.record(v) for v in value]
        if isinstance(value, BaseModel):
            for name in type(value).model_fields:
                setattr(value, name, self.record(getattr(value, name)))
        return value
