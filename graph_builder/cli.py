"""graph-builder command line. Each sub-command lives with the stage it drives."""
from __future__ import annotations

import argparse
import datetime as dt
import importlib
import sys

# sub-command -> module that provides add_arguments(parser) and run(args) -> int
COMMANDS = {
    "setup": ("graph_builder.commands.setup", "fetch the pkuseg model into the cache"),
    "extract": ("graph_builder.commands.extract", "extract articles, people, titles, events to JSONL"),
    "identities": ("graph_builder.commands.identities", "review people whose facts conflict"),
    "schema": ("graph_builder.commands.schema", "write the JSON Schema of the output to schemas/"),
    "eval": ("graph_builder.evaluate", "score extraction against a gold directory"),
    "build": ("graph_builder.graph.build", "load pages into Neo4j (or the embedded networkx store)"),
    "export": ("graph_builder.commands.export", "write CSV files for neo4j-admin database import (first loads)"),
    "refresh": ("graph_builder.commands.refresh", "nightly: load new and changed pages, --prune the gone"),
    "query": ("graph_builder.graph.queries", "run a shipped Cypher query"),
    "browser": ("graph_builder.commands.browser", "write Browser favourites and say how to open the Browser"),
    "server": ("graph_builder.server", "start, stop or check the project's local Neo4j"),
}


def iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {value!r}") from None


def add_extraction_options(parser) -> None:
    """How pages are extracted: the options of extract, build and refresh."""
    parser.add_argument("--processes", type=int, default=1, help="worker processes (each loads pkuseg, ~900 MB)")
    parser.add_argument("--ray", nargs="?", const="local", metavar="ADDRESS",
                        help="extract on Ray: a local instance, or the cluster at ADDRESS (HEAD:6379)")
    parser.add_argument("--records", metavar="DIR",
                        help="shard directory: pages it holds are read from it, new ones extracted into it")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="graph-builder", description=__doc__)
    parser.add_argument("--config", help="config.yaml to use (default: ./config.yaml)")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, (module_name, help_text) in COMMANDS.items():
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if not module_name.startswith(exc.name or "\0"):
                raise
            continue  # a stage this checkout does not have
        p = sub.add_parser(name, help=help_text)
        p.set_defaults(_module=module_name)
        module.add_arguments(p)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.config:
        import os
        os.environ["GRAPH_BUILDER_CONFIG"] = args.config
    module = importlib.import_module(args._module)
    from .server import ServerError

    try:
        return int(module.run(args) or 0)
    except ServerError as exc:  # a server that refuses or does not answer: one line, never a traceback
        print(f"{args.command}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
