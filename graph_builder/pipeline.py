"""The whole extraction flow: read → clean → split into articles → extract → records.

    nlp = build_nlp()
    for result in extract_paths(["data/samples/pages"], nlp=nlp):
        if isinstance(result, PageError): ...   # named file, problem; batch goes on
        else: result.page, result.articles        # records.PageResult
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from .read import PageError, RawPage, iter_page_paths, read_page
from .records import PageResult


def build_nlp(config_path: str | None = None):
    """spaCy zh pipeline: pkuseg tokenizer + the components named in config.yaml."""
    from .extract.nlp import build_nlp as _build

    return _build(config_path)


@lru_cache(maxsize=1)
def shared_nlp():
    """One pipeline per process (the pkuseg model takes ~900 MB and ~4 s to load)."""
    return build_nlp()


def extract_raw_page(nlp, raw: RawPage) -> PageResult:
    from .extract.page import extract_page

    return extract_page(nlp, raw)


def extract_paths(paths: Iterable[str | Path], nlp=None, issue_date: dt.date | None = None,
                  ) -> Iterator[PageResult | PageError]:
    """Yield one PageResult per readable page, or the PageError of a bad one."""
    nlp = nlp or shared_nlp()
    for path in iter_page_paths(paths):
        try:
            raw = read_page(path, issue_date=issue_date)
            yield extract_raw_page(nlp, raw)
        except PageError as err:
            yield err
