"""Scale-out figures: extraction on one plain process and on Ray (1 and 2
workers of this machine), the Ray overhead per page, a projection to big
archives, and the first load of 1,000 pages through neo4j-admin import
against the Bolt writer.

    .venv/bin/python benchmarks/bench_ray.py [--pages 200] [--load-pages 1000] [--json]

Extraction rates are "after model load": pages after the first result over the
time after it (each worker loads its pipeline once, ~4 s, before its first
page); the wall time with start-up is printed beside. The import runs into a
server home of its own (.neo4j/bench-import, the test ports + 100); the Bolt load
empties the project's server database, as benchmarks/bench_load.py does.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

# Ray gives each worker OMP_NUM_THREADS=<its CPUs> (1): the plain process runs
# with the same, or its BLAS threads fight over the cores and the comparison is unfair.
os.environ.setdefault("OMP_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
ARCHIVES = (100_000, 500_000)
CORES = (8, 32, 128)


def timed_results(results, total: int) -> dict:
    """Wall time, and the rate after the first tenth of the pages (the
    pipelines loaded, the workers busy)."""
    t0 = time.perf_counter()
    skip = max(1, total // 10)
    n, mark = 0, None
    for _ in results:
        n += 1
        if n == skip:
            mark = time.perf_counter()
    end = time.perf_counter()
    steady = (n - skip) / (end - mark) if mark and end > mark else 0.0
    return {"pages": n, "wall_s": round(end - t0, 1), "pages_per_s": round(steady, 2)}


def plain(pages: list[Path]) -> dict:
    from graph_builder.pipeline import extract_one, shared_nlp

    shared_nlp()  # the model loaded before the clock starts
    return timed_results((extract_one(p) for p in pages), len(pages))


def on_ray(pages: list[Path], workers: int) -> dict:
    from graph_builder.cluster import extract_on_ray

    return timed_results(extract_on_ray(pages, workers=workers), len(pages))


def projection(per_core: float) -> list[dict]:
    return [{"pages": n, **{f"{c}_cores_h": round(n / (per_core * c) / 3600, 2) for c in CORES}} for n in ARCHIVES]


def load_rates(load_pages: int) -> dict:
    """1,000 generated pages: the Bolt writer, and export + neo4j-admin import."""
    from bench_load import copies, sample_results

    from graph_builder import server
    from graph_builder.commands.export import graph_for_import
    from graph_builder.graph.build import make_resolver
    from graph_builder.graph.neo4j_import import write_import_files
    from graph_builder.graph.writer import Neo4jWriter

    corpus = copies(sample_results(), load_pages)
    resolve = make_resolver(corpus)
    if not server.status():
        server.start(quiet=True)
    with Neo4jWriter.connect(server.connection_settings(), batch_size=10_000) as writer:
        with writer.driver.session(database=writer.database) as session:
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
        writer.ensure_schema()
        t0 = time.perf_counter()
        writer.write_pages(corpus, resolve)
        bolt_s = time.perf_counter() - t0
        nodes, rels = writer.counts()
    s = server.settings()
    os.environ.update(GRAPH_BUILDER_NEO4J_HOME=str(ROOT / ".neo4j" / "bench-import"),
                      GRAPH_BUILDER_BOLT_PORT=str(s["bolt_port"] + 100),
                      GRAPH_BUILDER_HTTP_PORT=str(s["http_port"] + 100))
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        write_import_files(graph_for_import(corpus), Path(tmp))
        export_s = time.perf_counter() - t0
        server.stop()
        t0 = time.perf_counter()
        summary = server.admin_import(Path(tmp), overwrite=True)
        import_s = time.perf_counter() - t0
    tool_s = tool_seconds(summary)
    return {"pages": load_pages, "nodes": nodes, "relationships": rels,
            "bolt_s": round(bolt_s, 1), "bolt_rel_per_s": round(rels / bolt_s),
            "export_s": round(export_s, 1), "import_s": round(import_s, 1),
            "import_rel_per_s": round(rels / import_s), "export_and_import_rel_per_s": round(rels / (export_s + import_s)),
            "speed_up": round(bolt_s / import_s, 1), "import_tool_s": tool_s,
            "tool_speed_up": round(bolt_s / tool_s, 1) if tool_s else None, "import_summary": summary}


def tool_seconds(summary: str) -> float | None:
    """The import's own time, as the tool reports it (`IMPORT DONE in 1m 2s 345ms`), JVM start-up excluded."""
    m = re.search(r"IMPORT DONE in (?:(\d+)m )?(\d+)s (\d+)ms", summary)
    return round(int(m.group(1) or 0) * 60 + int(m.group(2)) + int(m.group(3)) / 1000, 1) if m else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--load-pages", type=int, default=1000)
    parser.add_argument("--load-only", action="store_true", help="only the neo4j-admin import against Bolt")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if os.environ.get("NEO4J_URI"):
        print("bench_ray empties the database: it runs on the project's server only; unset NEO4J_URI", file=sys.stderr)
        return 2
    if args.load_only:
        report = {"load": load_rates(args.load_pages)}
        print(json.dumps(report, ensure_ascii=False, indent=2) if args.json else format_load(report["load"]))
        return 0
    from graph_builder.cluster import ray_session
    from graph_builder.samples import generate_pages

    with tempfile.TemporaryDirectory() as tmp:
        pages = generate_pages(Path(tmp), args.pages)
        report = {"plain": plain(pages)}
        with ray_session(None):
            report["ray_1"] = on_ray(pages, 1)
            report["ray_2"] = on_ray(pages, 2)
        report["plain_again"] = plain(pages)  # the machine is shared: the plain rate before and after
    base = (report["plain"]["pages_per_s"] + report["plain_again"]["pages_per_s"]) / 2
    report["plain_mean_pages_per_s"] = round(base, 2)
    report["ray_2_speed_up"] = round(report["ray_2"]["pages_per_s"] / base, 2)
    report["ray_overhead_ms_per_page"] = round(1000 / report["ray_1"]["pages_per_s"] - 1000 / base, 1)
    per_core = report["ray_2"]["pages_per_s"] / 2
    report["per_core_pages_per_s"] = round(per_core, 2)
    report["projection_hours"] = projection(per_core)
    report["load"] = load_rates(args.load_pages)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    for key in ("plain", "ray_1", "ray_2", "plain_again"):
        r = report[key]
        print(f"{key:6}: {r['pages_per_s']} pages/s after model load ({r['pages']} pages, {r['wall_s']} s with start-up)")
    print(f"Ray 2 workers / plain (mean of both plain runs): {report['ray_2_speed_up']}× (target 1.7×); "
          f"Ray overhead {report['ray_overhead_ms_per_page']} ms a page")
    print(f"projection at {per_core:.2f} pages/s a core:")
    print("| pages | " + " | ".join(f"{c} cores" for c in CORES) + " |")
    for row in report["projection_hours"]:
        print(f"| {row['pages']:,} | " + " | ".join(f"{row[f'{c}_cores_h']} h" for c in CORES) + " |")
    print(format_load(report["load"]))
    return 0


def format_load(ld: dict) -> str:
    return (f"load of {ld['pages']} pages ({ld['relationships']:,} relationships): Bolt {ld['bolt_s']} s = "
            f"{ld['bolt_rel_per_s']:,} rel/s; export {ld['export_s']} s + neo4j-admin import {ld['import_s']} s = "
            f"{ld['import_rel_per_s']:,} rel/s on the import alone ({ld['speed_up']}× Bolt; "
            f"{ld['tool_speed_up']}× on the tool's own {ld['import_tool_s']} s, without JVM start-up)\n"
            f"  {ld['import_summary']}")


if __name__ == "__main__":
    sys.exit(main())
