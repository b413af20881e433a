"""`graph-builder build PATH...`: extract pages and load them into the graph.

The store is Neo4j when one answers at the configured URI (`--store auto`, the
default), else the embedded networkx store under `output.dir`. `load()` is
also the engine of the nightly `refresh`.
"""
from __future__ import annotations

import hashlib
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from ..cli import iso_date
from ..config import resolve_path, section
from ..identity import IdentityResolver, Overrides, ResolvedPerson, person_id
from ..read import PageError, iter_page_paths
from ..records import Article, PageResult
from .model import assignment_hash, build_graph

Progress = Callable[[int, int, str], None]


@dataclass
class Summary:
    store: str
    pages_seen: int = 0
    pages_loaded: int = 0
    pages_unchanged: int = 0
    pages_reassigned: int = 0
    pages_pruned: int = 0
    failed: list[str] = field(default_factory=list)
    nodes: int = 0
    relationships: int = 0
    seconds: float = 0.0
    changes: dict[str, list] = field(default_factory=dict)
    location: str = ""


def overrides_path() -> Path:
    return resolve_path(section("identity").get("overrides") or "identities.yaml")


def overrides_digest() -> str:
    path = overrides_path()
    return hashlib.sha1(path.read_bytes()).hexdigest()[:16] if path.exists() else "none"


def identity_resolver(articles: Iterable[Article]) -> IdentityResolver:
    """The resolver of the configured paper, its overrides applied, over these articles."""
    resolver = IdentityResolver(paper_name(), Overrides.load(overrides_path()))
    resolver.add_articles(articles)
    return resolver


def paper_name() -> str:
    return section("paper").get("name") or ""


def make_resolver(results: list[PageResult]) -> Callable[[str, str], ResolvedPerson]:
    table = identity_resolver(a for r in results for a in r.articles).resolve()
    paper = paper_name()

    def resolve(article_id: str, name: str) -> ResolvedPerson:
        # Reporters are not in the table: one person per byline name.
        return table.get((article_id, name)) or ResolvedPerson(person_id(paper, name, "记者"), name, "记者")
    return resolve


def file_sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def extract(paths: list[Path], issue_date, processes: int, summary: Summary,
            progress: Progress | None) -> list[PageResult]:
    from ..pipeline import extract_paths

    results: list[PageResult] = []
    for i, result in enumerate(extract_paths(paths, issue_date=issue_date, processes=processes), 1):
        if isinstance(result, PageError):
            print(f"error: {result}", file=sys.stderr)
            summary.failed.append(result.path)
        else:
            results.append(result)
        if progress:
            progress(i, len(paths), getattr(result, "path", None) or result.page.source)
    return results


def load_embedded(paths: list[Path], issue_date=None, processes: int = 1,
                  progress: Progress | None = None) -> Summary:
    from .embedded import export_dir, save, with_derived

    summary = Summary(store="embedded")
    summary.pages_seen = len(paths)
    t0 = time.perf_counter()
    results = extract(paths, issue_date, processes, summary, progress)
    data = with_derived(build_graph(results, make_resolver(results)))
    out_dir = export_dir()
    save(data, out_dir)
    summary.pages_loaded = len(results)
    summary.nodes = sum(len(v) for v in data.nodes.values())
    summary.relationships = data.count_rels()
    summary.seconds = time.perf_counter() - t0
    summary.location = str(out_dir)
    return summary


def load_neo4j(writer, paths: list[Path], issue_date=None, processes: int = 1, only_changed: bool = False,
               prune: bool = False, progress: Progress | None = None) -> Summary:
    """Load pages (all, or only new and changed ones) and keep identities right."""
    summary = Summary(store="neo4j")
    t0 = time.perf_counter()
    writer.ensure_schema()
    before = writer.snapshot()
    stored = writer.stored_pages()
    summary.pages_seen = len(paths)
    by_source = {p.name: p for p in paths}
    todo = paths
    if only_changed:
        todo = [p for p in paths if stored.get(p.name, {}).get("sha256") != file_sha(p)]
        summary.pages_unchanged = len(paths) - len(todo)
    results = extract(todo, issue_date, processes, summary, progress)
    digest = overrides_digest()
    overrides_changed = writer.meta("overrides") != digest
    if results or overrides_changed:
        reassigned = reresolve_and_write(writer, results, stored, full=overrides_changed)
        summary.pages_reassigned = reassigned
        writer.set_meta("overrides", digest)
    writer.finish_derived()  # what a load that died left to recompute
    summary.pages_loaded = len(results)
    if prune:
        gone = sorted(set(stored) - set(by_source))
        if gone:
            writer.delete_pages(gone)
        summary.pages_pruned = len(gone)
    summary.nodes, summary.relationships = writer.counts()
    summary.changes = diff_snapshots(before, writer.snapshot())
    summary.seconds = time.perf_counter() - t0
    summary.location = writer.location
    return summary


def reresolve_and_write(writer, results: list[PageResult], stored: dict[str, dict], full: bool) -> int:
    """Resolve identities over the new pages and the stored pages that share
    their names; rewrite the stored pages whose people moved."""
    new_sources = {r.page.source for r in results}
    names = sorted({p.name for r in results for a in r.articles for p in a.persons})
    related = set(stored) if full else writer.pages_with_names(names)
    related -= new_sources
    old = list(writer.stored_results(sorted(related)).values())
    resolve = make_resolver(results + old)
    moved = [r for r in old if assignment_hash(r, resolve) != stored.get(r.page.source, {}).get("assignment")]
    writer.write_pages(results + moved, resolve)
    return len(moved)


def diff_snapshots(before: dict, after: dict) -> dict[str, list]:
    changes: dict[str, list] = {}
    changes["new_people"] = [after["people"][k] for k in sorted(after["people"].keys() - before["people"].keys())]
    changes["new_posts"] = sorted(after["posts"] - before["posts"])
    changes["tenure_changes"] = sorted(f"{k[0]} {k[1]}: {before['held'].get(k)} → {v}"
                                       for k, v in after["held"].items() if before["held"].get(k) != v)
    changes["new_co_attendances"] = sorted(" – ".join(k) for k in after["co_attended"] - before["co_attended"])
    return changes


def connect_writer():
    """A writer for the configured Neo4j, or None when none answers."""
    from ..server import connection_settings
    from .writer import Neo4jWriter

    c = connection_settings()
    cfg = section("neo4j")
    batch = int(os.environ.get("GRAPH_BUILDER_BATCH_SIZE") or cfg.get("batch_size") or 10000)
    try:
        writer = Neo4jWriter.connect(c, batch)
    except Exception as exc:  # no server, or wrong credentials: said once, plainly
        print(f"no Neo4j at {c.uri} ({type(exc).__name__}): {str(exc).splitlines()[0][:160]}", file=sys.stderr)
        return None
    writer.location = f"{c.uri} (database {c.database})"
    return writer


def print_summary(summary: Summary) -> None:
    print(f"store: {summary.store} — {summary.location}")
    print(f"pages: {summary.pages_seen} seen, {summary.pages_loaded} loaded, {summary.pages_unchanged} unchanged, "
          f"{summary.pages_reassigned} rewritten for identity, {summary.pages_pruned} pruned, "
          f"{len(summary.failed)} failed")
    print(f"graph: {summary.nodes} nodes, {summary.relationships} relationships ({summary.seconds:.1f} s)")
    for key, items in summary.changes.items():
        if items:
            shown = ", ".join(map(str, items[:10])) + (f" … (+{len(items) - 10})" if len(items) > 10 else "")
            print(f"{key.replace('_', ' ')}: {len(items)}: {shown}")
    if summary.failed:
        print(f"failed files: {', '.join(summary.failed)}", file=sys.stderr)


def add_arguments(parser) -> None:
    parser.add_argument("paths", nargs="+", help="page files or directories")
    parser.add_argument("--store", choices=["auto", "neo4j", "embedded"], default="auto")
    parser.add_argument("--issue-date", type=iso_date)
    parser.add_argument("--processes", type=int, default=1)


def run(args) -> int:
    paths = list(iter_page_paths(args.paths))
    writer = connect_writer() if args.store in ("auto", "neo4j") else None
    if writer is None and args.store == "neo4j":
        print("build: --store neo4j, but no Neo4j answers (graph-builder server start, or set NEO4J_URI)",
              file=sys.stderr)
        return 1
    if writer is None:
        summary = load_embedded(paths, args.issue_date, args.processes)
    else:
        with writer:
            summary = load_neo4j(writer, paths, args.issue_date, args.processes)
    print_summary(summary)
    return 1 if summary.failed else 0
