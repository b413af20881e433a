"""Neo4j load throughput against the real server, with where the time goes.

    .venv/bin/python benchmarks/bench_load.py [--pages 1000] [--sizes 100,1000,10000] [--json]

The corpus: the sample pages extracted once, then repeated up to --pages pages,
each copy a page of its own (its own source, page id and article ids, its issue
date one day later than the last), so the graph grows the way a paper's does:
the same officials, ever more events. For each batch size (relationships per
transaction) the database is emptied and the
whole corpus loaded; the figure is relationships in the graph afterwards (facts
and derived HELD/CO_ATTENDED) per second of load, derived recomputation included. Then the same pages, written to disk,
are refreshed unchanged (`graph-builder refresh`, the nightly command, in its
own process): what a night with nothing new costs.

A warm-up load of 200 pages comes first and is not reported. It empties the
database: it runs on the project's local server only (refused when NEO4J_URI
points elsewhere). Target: >= 10,000 relationships/s at the best size.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SAMPLES = ROOT / "data" / "samples" / "pages"
PHASES = ("assemble", "delete", "nodes", "relationships", "derived", "commit", "orphans")


def sample_results():
    from graph_builder.pipeline import extract_paths
    from graph_builder.read import PageError

    results = [r for r in extract_paths([SAMPLES]) if not isinstance(r, PageError)]
    return results


def copies(results, pages: int):
    """`pages` page results: the samples over and over, each copy its own page."""
    from graph_builder.records import PageResult

    out = []
    for i in range(pages):
        base = results[i % len(results)]
        copy_no = i // len(results)
        text = base.model_dump_json()
        page_id = f"{base.page.page_id[:10]}{copy_no:06d}"
        source = f"c{copy_no:04d}_{base.page.source}"
        text = text.replace(base.page.page_id, page_id).replace(json.dumps(base.page.source)[1:-1], source)
        clone = PageResult.model_validate_json(text)
        clone.page.sha256 = base.page.sha256  # the page id is a prefix of it
        if clone.page.issue_date:
            shift = dt.timedelta(days=copy_no)
            clone.page.issue_date += shift
            for article in clone.articles:
                if article.event and article.event.date:
                    article.event.date += shift
        out.append(clone)
    return out


def write_pages(results, folder: Path) -> None:
    """The copies as files whose bytes hash to each Page's sha256 (the sample's bytes)."""
    originals = {hashlib.sha256(b).hexdigest(): b for b in (p.read_bytes() for p in SAMPLES.glob("*.txt"))}
    for r in results:
        (folder / r.page.source).write_bytes(originals[r.page.sha256])


def load(writer, results, resolve, batch_size: int) -> dict:
    with writer.driver.session(database=writer.database) as session:  # IN TRANSACTIONS: an auto-commit query
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
    writer.ensure_schema()
    writer.batch_size = batch_size
    writer.timings.clear()
    t0 = time.perf_counter()
    stats = writer.write_pages(results, resolve)
    seconds = time.perf_counter() - t0
    nodes, rels = writer.counts()
    return {"batch_size": batch_size, "pages": stats.pages, "batches": stats.batches,
            "relationships_written": stats.relationships, "seconds": round(seconds, 2),
            "rel_per_s": round(rels / seconds), "nodes_in_graph": nodes,
            "relationships_in_graph": rels,
            "phases_s": {p: round(writer.timings.get(p, 0.0), 2) for p in PHASES}}


def refresh_unchanged(folder: Path) -> dict:
    """The nightly command on an input where nothing changed, in a fresh process."""
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "graph_builder", "refresh", str(folder),
                               "--lock", f"{tmp}/lock", "--log", f"{tmp}/log"],
                              cwd=ROOT, capture_output=True, text=True)
        seconds = time.perf_counter() - t0
    if done.returncode != 0:
        raise SystemExit(f"refresh failed: {done.stderr}")
    return {"seconds": round(seconds, 2), "summary": done.stdout.strip().splitlines()[1]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if os.environ.get("NEO4J_URI"):
        print("bench_load empties the database: it runs on the project's server only; unset NEO4J_URI",
              file=sys.stderr)
        return 2
    from graph_builder import server
    from graph_builder.graph.build import make_resolver, overrides_digest
    from graph_builder.graph.writer import Neo4jWriter

    if not server.status():
        server.start(quiet=True)
    t0 = time.perf_counter()
    corpus = copies(sample_results(), args.pages)
    prepare = time.perf_counter() - t0
    t0 = time.perf_counter()
    resolve = make_resolver(corpus)
    identity = time.perf_counter() - t0
    rows = []
    with Neo4jWriter.connect(server.connection_settings()) as writer:
        load(writer, corpus[:200], resolve, 10_000)  # warm-up, not reported: the server's JIT compiles the queries
        for size in (int(s) for s in args.sizes.split(",")):
            rows.append(load(writer, corpus, resolve, size))
            if not args.json:
                print_row(rows[-1])
        writer.set_meta("overrides", overrides_digest())  # as `build` records it: the refresh below is a plain one
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_pages(corpus, folder)
        unchanged = refresh_unchanged(folder)
    best = max(rows, key=lambda r: r["rel_per_s"])
    report_best = {"batch_size": best["batch_size"], "rel_per_s": best["rel_per_s"]}
    report = {"pages": args.pages, "extract_and_copy_s": round(prepare, 1), "identity_s": round(identity, 2),
              "loads": rows, "best": report_best,
              "target_rel_per_s": 10_000, "refresh_unchanged": unchanged}
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(f"best: {best['rel_per_s']:,} relationships/s at batch size {best['batch_size']:,} (target 10,000)")
        print(f"identity resolution over {args.pages} pages: {identity:.2f} s")
        print(f"refresh of {args.pages} unchanged pages: {unchanged['seconds']} s ({unchanged['summary']})")
    return 0


def print_row(r: dict) -> None:
    phases = ", ".join(f"{k} {v}" for k, v in r["phases_s"].items())
    print(f"batch {r['batch_size']:>6,}: {r['relationships_in_graph']:,} rels in {r['seconds']} s "
          f"= {r['rel_per_s']:,} rel/s ({r['batches']} transactions); "
          f"graph {r['nodes_in_graph']:,} nodes {r['relationships_in_graph']:,} rels; time: {phases}")


if __name__ == "__main__":
    sys.exit(main())
