"""`graph-builder build PATH...`: extract pages and load them into the graph.

The store (`--store auto`, the default) is the configured Neo4j; the embedded
networkx store under `output.dir` only when no server is configured (see
server.configured_server) or with `--store embedded`. A configured server that
refuses the credentials or does not answer is an error, never a fallback.
`load_neo4j()` is also the engine of the nightly `refresh`.
"""
from __future__ import annotations

import hashlib
import itertools
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from ..cli import add_extraction_options, iso_date
from ..config import resolve_path, section
from ..papers import default_paper
from ..identity import IdentityResolver, Overrides, ResolvedPerson, person_id
from ..read import PageError, PageFile, iter_page_files, page_sha, read_page
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
    copies: dict[str, str] = field(default_factory=dict)  # page key → key of the page it copies


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
    return default_paper().name


def make_resolver(results: list[PageResult]) -> Callable[[str, str], ResolvedPerson]:
    table = identity_resolver(a for r in results for a in r.articles).resolve()
    paper_of = {a.article_id: a.paper or paper_name() for r in results for a in r.articles}

    def resolve(article_id: str, name: str) -> ResolvedPerson:
        # Reporters are not in the table: one person per byline name and paper.
        return table.get((article_id, name)) or ResolvedPerson(
            person_id(paper_of.get(article_id, paper_name()), name, "记者"), name, "记者")
    return resolve


def record_failure(summary: Summary, error: PageError) -> None:
    """A page that failed: said at once on stderr, kept for the summary."""
    print(f"error: {error}", file=sys.stderr)
    summary.failed.append(str(error))


def readable_pages(files: list[PageFile], summary: Summary) -> dict[str, str]:
    """Page key → sha256 of every page that can be read; the others are failures."""
    shas = {}
    for f in files:
        try:
            shas[f.source] = page_sha(f.path)
        except PageError as err:
            record_failure(summary, err)
    return shas


def find_copies(files: list[PageFile], shas: dict[str, str], stored: dict[str, dict], prune: bool) -> dict[str, str]:
    """Pages whose bytes are those of another page: page key → the key of the
    page loaded for them. A page already stored keeps its facts; among new ones the first wins."""
    current = {f.source for f in files}
    first: dict[str, str] = {}
    for source, row in sorted(stored.items()):
        kept = shas.get(source) == row.get("sha256") if source in current else not prune
        if kept and not row.get("copy_of") and row.get("sha256"):
            first.setdefault(row["sha256"], source)
    copies = {}
    for f in files:
        original = first.setdefault(shas[f.source], f.source)
        if original != f.source:
            copies[f.source] = original
    return copies


def copy_result(file: PageFile, original: str, issue_date) -> PageResult | PageError:
    """A copy is stored as a page of its own that points to its original, with no facts."""
    try:
        page = read_page(file, issue_date=issue_date).page
    except PageError as err:
        return err
    page.copy_of = original
    return PageResult(page=page, articles=[])


def extract(files: list[PageFile], issue_date, processes: int, summary: Summary,
            progress: Progress | None, ray: str | None = None, records: Path | None = None) -> list[PageResult]:
    """The pages' records; with no files but a shard directory, every page it holds."""
    from ..pipeline import extract_paths
    from ..shards import read_all

    if not files and records:
        results = read_all(Path(records))
        summary.pages_seen = len(results)
        return results
    originals = [f for f in files if f.source not in summary.copies]
    copies = (copy_result(f, summary.copies[f.source], issue_date) for f in files if f.source in summary.copies)
    results: list[PageResult] = []
    found = extract_paths(originals, issue_date=issue_date, processes=processes, ray=ray, records=records)
    outcomes = itertools.chain(found, copies)
    for i, result in enumerate(outcomes, 1):
        if isinstance(result, PageError):
            record_failure(summary, result)
        else:
            results.append(result)
        if progress:
            progress(i, len(files), getattr(result, "path", None) or result.page.source)
    return results


def fresh_results(paths: list[Path | PageFile], summary: Summary, issue_date=None, processes: int = 1,
                  progress: Progress | None = None, *, ray: str | None = None,
                  records: Path | None = None) -> list[PageResult]:
    """The records of these pages as a new graph holds them (unreadable pages
    failed, copies marked): for the embedded store and the neo4j-admin export."""
    files = list(iter_page_files(paths))
    summary.pages_seen = len(files)
    shas = readable_pages(files, summary)
    readable = [f for f in files if f.source in shas]
    summary.copies = find_copies(readable, shas, {}, prune=True)
    return extract(readable, issue_date, processes, summary, progress, ray, records)


def load_embedded(paths: list[Path | PageFile], issue_date=None, processes: int = 1,
                  progress: Progress | None = None, *, ray: str | None = None,
                  records: Path | None = None) -> Summary:
    from .embedded import export_dir, save, with_derived

    summary = Summary(store="embedded")
    t0 = time.perf_counter()
    results = fresh_results(paths, summary, issue_date, processes, progress, ray=ray, records=records)
    data = with_derived(build_graph(results, make_resolver(results)))
    out_dir = export_dir()
    save(data, out_dir)
    summary.pages_loaded = len(results)
    summary.nodes = sum(len(v) for v in data.nodes.values())
    summary.relationships = data.count_rels()
    summary.seconds = time.perf_counter() - t0
    summary.location = str(out_dir)
    return summary


def load_neo4j(writer, paths: list[Path | PageFile], issue_date=None, processes: int = 1,
               only_changed: bool = False, prune: bool = False, progress: Progress | None = None, *,
               ray: str | None = None, records: Path | None = None) -> Summary:
    """Load pages (all, or only new and changed ones) and keep identities right.
    Pages are keyed by their path relative to the folder given (`PageFile.source`)."""
    summary = Summary(store="neo4j")
    t0 = time.perf_counter()
    writer.ensure_schema()
    before = writer.snapshot()
    stored = writer.stored_pages()
    files = list(iter_page_files(paths))
    summary.pages_seen = len(files)  # extract() counts the pages of a shard directory
    by_source = {f.source: f for f in files}
    shas = readable_pages(files, summary)
    readable = [f for f in files if f.source in shas]
    summary.copies = find_copies(readable, shas, stored, prune)
    todo = readable
    if only_changed:  # new bytes, or a copy that became an original (or the reverse)
        todo = [f for f in readable if (stored.get(f.source, {}).get("sha256"), stored.get(f.source, {}).get("copy_of"))
                != (shas[f.source], summary.copies.get(f.source))]
        summary.pages_unchanged = len(readable) - len(todo)
    results = extract(todo, issue_date, processes, summary, progress, ray, records)
    digest = overrides_digest()
    overrides_changed = writer.meta("overrides") != digest
    if results or overrides_changed:
        reassigned = reresolve_and_write(writer, results, stored, full=overrides_changed)
        summary.pages_reassigned = reassigned
        writer.set_meta("overrides", digest)
    writer.finish_derived()  # what a load that died left to recompute
    summary.pages_loaded = len(results)
    if prune and (unlisted := [str(f.path) for f in files if f.path.is_dir()]):
        # the pages inside are unknown: removing "missing" pages would remove them
        print(f"prune skipped: {', '.join(unlisted)} could not be listed", file=sys.stderr)
    elif prune:
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
    """What a load added and what it removed (a changed or pruned page takes facts away)."""
    changes: dict[str, list] = {}
    for gone, new, old in (("removed", after, before), ("new", before, after)):
        changes[f"{gone}_people"] = [old["people"][k] for k in sorted(old["people"].keys() - new["people"].keys())]
        changes[f"{gone}_posts"] = sorted(old["posts"] - new["posts"])
        changes[f"{gone}_co_attendances"] = sorted(" – ".join(k) for k in old["co_attended"] - new["co_attended"])
    tenures = before["held"].keys() | after["held"].keys()
    changes["tenure_changes"] = sorted(f"{k[0]} {k[1]}: {before['held'].get(k, 'none')} → {after['held'].get(k, 'none')}"
                                       for k in tenures if before["held"].get(k) != after["held"].get(k))
    return changes


def connect_writer(store: str = "neo4j"):
    """A writer for the configured Neo4j. With `store="auto"`, None when no
    server is configured. A server that refuses or does not answer raises
    ServerError: said in one line, never a silent switch to the embedded store."""
    from ..server import configured_server, connection_settings
    from .writer import Neo4jWriter

    if store == "embedded" or (store == "auto" and configured_server() is None):
        return None
    c = connection_settings()
    batch = int(os.environ.get("GRAPH_BUILDER_BATCH_SIZE") or section("neo4j").get("batch_size") or 10000)
    writer = Neo4jWriter.connect(c, batch)
    writer.location = f"{c.uri} (database {c.database})"
    return writer


def print_summary(summary: Summary) -> None:
    print(f"store: {summary.store} — {summary.location}")
    print(f"pages: {summary.pages_seen} seen, {summary.pages_loaded} loaded, {summary.pages_unchanged} unchanged, "
          f"{summary.pages_reassigned} rewritten for identity, {summary.pages_pruned} pruned, "
          f"{len(summary.failed)} failed")
    print(f"graph: {summary.nodes} nodes, {summary.relationships} relationships ({summary.seconds:.1f} s)")
    for copy, original in sorted(summary.copies.items()):
        print(f"copy: {copy} has the bytes of {original}; its facts are loaded once, from {original}")
    for key, items in summary.changes.items():
        if items:
            shown = ", ".join(map(str, items[:10])) + (f" … (+{len(items) - 10})" if len(items) > 10 else "")
            print(f"{key.replace('_', ' ')}: {len(items)}: {shown}")
    if summary.failed:
        print(f"failed: {len(summary.failed)}: " + "; ".join(summary.failed))


def add_arguments(parser) -> None:
    parser.add_argument("paths", nargs="*", help="page files or directories (none: every page of --records)")
    parser.add_argument("--store", choices=["auto", "neo4j", "embedded"], default="auto")
    parser.add_argument("--issue-date", type=iso_date)
    add_extraction_options(parser)


def run(args) -> int:
    from ..cluster import ClusterError

    if not args.paths and not args.records:
        print("build: give page files or directories, or --records DIR", file=sys.stderr)
        return 2
    if args.records and not args.paths and not Path(args.records).is_dir():
        print(f"build: {args.records}: no such shard directory", file=sys.stderr)
        return 2
    paths = list(iter_page_files(args.paths))
    writer = connect_writer(args.store)
    options = dict(ray=args.ray, records=args.records)
    try:
        if writer is None:
            if args.store == "auto":
                print("no Neo4j configured (graph-builder server start, or set NEO4J_URI): the embedded store",
                      file=sys.stderr)
            summary = load_embedded(paths, args.issue_date, args.processes, **options)
        else:
            with writer:
                summary = load_neo4j(writer, paths, args.issue_date, args.processes, **options)
    except ClusterError as exc:
        print(f"build: {exc}", file=sys.stderr)
        return 1
    print_summary(summary)
    return 1 if summary.failed else 0
