"""`graph-builder export --neo4j-import DIR PATH...` (or `--records SHARDS`):
the graph of these pages as CSV files for `neo4j-admin database import full`,
the fast first load of a big archive. The graph is the one `build` writes over
Bolt: the same assembly, identities and derived relationships."""
from __future__ import annotations

import sys
from pathlib import Path

from ..cli import add_extraction_options, iso_date
from ..cluster import ClusterError


def add_arguments(parser) -> None:
    parser.add_argument("paths", nargs="*", help="page files or directories (none: every page of --records)")
    parser.add_argument("--neo4j-import", required=True, metavar="DIR", help="directory for the CSV files")
    parser.add_argument("--issue-date", type=iso_date)
    add_extraction_options(parser)


def graph_for_import(results):
    """The records → graph assembly of the Bolt writer, derived relationships
    computed as the embedded store does, page records compressed as Neo4j keeps them."""
    from ..graph.build import make_resolver
    from ..graph.embedded import with_derived
    from ..graph.model import build_graph
    from ..graph.writer import finished

    return finished(with_derived(build_graph(results, make_resolver(results))))


def run(args) -> int:
    from ..graph.build import Summary, fresh_results
    from ..graph.neo4j_import import import_command, write_import_files

    if not args.paths and not args.records:
        print("export: give page files or directories, or --records DIR", file=sys.stderr)
        return 2
    summary = Summary(store="neo4j-import")
    try:
        results = fresh_results(args.paths, summary, args.issue_date, args.processes, ray=args.ray,
                                records=args.records)
    except ClusterError as exc:
        print(f"export: {exc}", file=sys.stderr)
        return 1
    data = graph_for_import(results)
    out = Path(args.neo4j_import)
    files = write_import_files(data, out)
    print(f"{len(results)} pages: {sum(len(v) for v in data.nodes.values())} nodes, {data.count_rels()} "
          f"relationships → {out}")
    print("import into the project's server (stopped):  graph-builder server import " + str(out))
    print("or into any Neo4j 5 (stopped):  " + import_command(files))
    if summary.failed:
        print(f"{len(summary.failed)} file(s) failed: {', '.join(summary.failed)}", file=sys.stderr)
        return 1
    return 0
