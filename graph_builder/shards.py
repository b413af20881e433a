"""Records as shards: extraction's output kept on disk as a directory of
gzip-compressed JSON Lines files, one per batch of pages, so that extracting and
loading can run at different times on different machines.

A shard's first line is its header, the pages it holds (page key and sha256); every
further line is one `PageResult`. Its name is made of its pages' hashes, and it is
written under a temporary name and renamed when complete: a run that dies leaves
whole shards only, and the next run extracts just the pages no shard holds.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import os
from pathlib import Path
from typing import Iterator

from .read import PageError, PageFile, iter_page_files, page_sha
from .records import PageResult

SUFFIX = ".jsonl.gz"
PAGES_PER_SHARD = 64

PageKey = tuple[str, str]  # (page key in the graph, sha256): a page at its content


def page_key(result: PageResult) -> PageKey:
    return result.page.source, result.page.sha256


def shard_name(results: list[PageResult]) -> str:
    digest = hashlib.sha256("\n".join(sorted(r.page.sha256 for r in results)).encode()).hexdigest()
    return f"pages-{digest[:24]}{SUFFIX}"


def write_shard(directory: Path, results: list[PageResult]) -> Path:
    """One shard, complete or not at all."""
    directory.mkdir(parents=True, exist_ok=True)
    final = directory / shard_name(results)
    partial = directory / f".{final.name}.{os.getpid()}.tmp"
    with gzip.open(partial, "wt", encoding="utf-8", compresslevel=6) as fh:
        fh.write(json.dumps({"pages": [page_key(r) for r in results]}, ensure_ascii=False) + "\n")
        for r in results:
            fh.write(r.model_dump_json() + "\n")
    os.replace(partial, final)
    return final


def shard_paths(directory: Path) -> list[Path]:
    return sorted(directory.glob(f"*{SUFFIX}")) if directory.is_dir() else []


def read_header(path: Path) -> list[PageKey]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [tuple(k) for k in json.loads(fh.readline())["pages"]]


def read_shard(path: Path) -> Iterator[PageResult]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        fh.readline()
        for line in fh:
            yield PageResult.model_validate_json(line)


def index(directory: Path) -> dict[PageKey, Path]:
    """Which shard holds each page (headers only: cheap on a big directory)."""
    return {key: path for path in shard_paths(directory) for key in read_header(path)}


def read_all(directory: Path) -> list[PageResult]:
    """Every page in the shards, one record a page, sorted by page key."""
    results: dict[PageKey, PageResult] = {}
    for path in shard_paths(directory):
        for r in read_shard(path):
            results[page_key(r)] = r
    return [results[k] for k in sorted(results)]


def file_key(file: PageFile) -> PageKey | None:
    """A file's key, or None when it cannot be read (extraction then says why)."""
    try:
        return file.source, page_sha(file.path)
    except PageError:
        return None


def extract_resuming(page_files: list[PageFile | Path], directory: Path, extract,
                     pages_per_shard: int | None = None) -> Iterator[PageResult | PageError]:
    """Pages some shard holds are read from it; the others go through `extract`
    (an `extract_paths`-like function) and are written to new shards as they come."""
    pages_per_shard = pages_per_shard or PAGES_PER_SHARD
    page_files = list(iter_page_files(page_files))
    held = index(directory)
    keys = {f: file_key(f) for f in page_files}
    wanted = {keys[f] for f in page_files if keys[f] in held}
    for shard in sorted({held[k] for k in wanted}):
        for r in read_shard(shard):
            if page_key(r) in wanted:
                wanted.discard(page_key(r))  # a page two shards hold comes once
                yield r
    todo = [f for f in page_files if keys[f] not in held]
    batch: list[PageResult] = []
    for result in extract(todo):
        if isinstance(result, PageResult):
            batch.append(result)
            if len(batch) >= pages_per_shard:
                write_shard(directory, batch)
                batch = []
        yield result
    if batch:
        write_shard(directory, batch)
