"""The whole extraction flow: read → clean → split into articles → extract → records.

    nlp = build_nlp()
    for result in extract_paths(["data/samples/pages"], nlp=nlp):
        if isinstance(result, PageError): ...   # named file, problem; batch goes on
        else: result.page, result.articles        # records.PageResult
"""
from __future__ import annotations

import datetime as dt
import os
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from .read import PageError, PageFile, iter_page_files, read_page
from .records import PageResult


def build_nlp(config_path: str | None = None):
    """spaCy zh pipeline: pkuseg tokenizer + the components named in config.yaml."""
    from .extract.nlp import build_nlp as _build

    return _build(config_path)


@lru_cache(maxsize=1)
def shared_nlp():
    """One pipeline per process (the pkuseg model takes ~900 MB and ~4 s to load)."""
    return build_nlp()


def extract_one(path: Path | PageFile, nlp=None, issue_date: dt.date | None = None) -> PageResult | PageError:
    """One page; a page that cannot be read or breaks extraction comes back as a
    PageError naming the file, so that the rest of the batch goes on."""
    try:
        raw = read_page(path, issue_date=issue_date)
    except PageError as err:
        return err
    from .extract.page import extract_page

    try:
        return extract_page(nlp or shared_nlp(), raw)
    except Exception as exc:  # noqa: BLE001 — reported per file, never fatal to the batch
        return PageError(getattr(path, "path", path), f"extraction failed: {type(exc).__name__}: {exc}")


def extract_paths(paths: Iterable[str | Path | PageFile], nlp=None, issue_date: dt.date | None = None,
                  processes: int = 1, ray: str | None = None,
                  records: Path | None = None) -> Iterator[PageResult | PageError]:
    """Yield one PageResult per readable page, or the PageError of a bad one, in
    input order. With processes > 1 each worker loads its own pipeline; with
    `ray` (an address, or "local") the workers of a Ray cluster do. With
    `records` (a shard directory) pages a shard holds are read from it and the
    others are extracted and written to new shards: the order is then shards first."""
    page_paths = list(iter_page_files(paths))
    if records is not None:
        from .shards import extract_resuming

        yield from extract_resuming(page_paths, Path(records),
                                    lambda todo: extract_paths(todo, nlp, issue_date, processes, ray))
        return
    if ray:
        from .cluster import extract_on_ray, ray_session

        with ray_session(ray):
            yield from extract_on_ray(page_paths, issue_date)
        return
    if processes <= 1 or len(page_paths) < 2:
        for path in page_paths:
            yield extract_one(path, nlp, issue_date)
        return
    import multiprocessing

    context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    with context.Pool(processes) as pool:
        yield from pool.imap(_worker_extract, [(p, issue_date) for p in page_paths])


def _worker_extract(job: tuple[PageFile, dt.date | None]) -> PageResult | PageError:
    path, issue_date = job
    return extract_one(path, None, issue_date)
