"""`graph-builder query NAME --param key=value [--json]`: the shipped Cypher queries.

Each query is a file in graph_builder/queries/; its header says what it
answers and which parameters it takes (`// params: name, limit=10`).
Parameters are always passed to the driver, never pasted into the text.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

QUERY_DIR = Path(__file__).resolve().parent.parent / "queries"
PARAMS_LINE = re.compile(r"^//\s*params:\s*(.*)$", re.M)
EXAMPLE_LINE = re.compile(r"^//\s*example:\s*(.*)$", re.M)


class QueryError(ValueError):
    pass


def available() -> dict[str, Path]:
    return {p.stem: p for p in sorted(QUERY_DIR.glob("*.cypher"))}


def describe(path: Path) -> str:
    return " ".join(line[2:].strip() for line in path.read_text(encoding="utf-8").splitlines()
                    if line.startswith("//") and not PARAMS_LINE.match(line) and not EXAMPLE_LINE.match(line))


def example_params(text: str) -> dict[str, str]:
    """`// example: name=王小平, limit=3` → {name: 王小平, limit: 3}: values to show users."""
    m = EXAMPLE_LINE.search(text)
    pairs = (item.partition("=") for item in m.group(1).split(",")) if m else ()
    return {key.strip(): value.strip() for key, _, value in pairs if key.strip()}


def declared_params(text: str) -> dict[str, object]:
    """`name, limit=10, from=null` → {name: REQUIRED, limit: 10, from: None}."""
    m = PARAMS_LINE.search(text)
    out: dict[str, object] = {}
    if not m:
        return out
    for item in filter(None, (x.strip() for x in m.group(1).split(","))):
        key, _, default = item.partition("=")
        out[key.strip()] = parse_value(default.strip()) if default else REQUIRED
    return out


REQUIRED = object()


def parse_value(value: str):
    if value.lower() in ("null", "none"):
        return None
    try:
        return json.loads(value)
    except ValueError:
        return value


def params_for(text: str, given: dict[str, str]) -> dict[str, object]:
    declared = declared_params(text)
    unknown = set(given) - set(declared)
    if unknown:
        raise QueryError(f"unknown parameter(s) {', '.join(sorted(unknown))}; this query takes "
                         f"{', '.join(declared) or 'none'}")
    params = {}
    for key, default in declared.items():
        if key in given:
            # typed like its default: `limit=10` takes a number, the rest take text
            params[key] = parse_value(given[key]) if isinstance(default, (int, float)) else given[key]
        elif default is REQUIRED:
            raise QueryError(f"missing --param {key}=…")
        else:
            params[key] = default
    return params


def run_query(driver, name: str, given: dict[str, str], database: str = "neo4j") -> list[dict]:
    queries = available()
    if name not in queries:
        raise QueryError(f"no query {name!r}; there are: {', '.join(queries)}")
    text = queries[name].read_text(encoding="utf-8")
    records, _, _ = driver.execute_query(text, params_for(text, given), database_=database)
    return [dict(r) for r in records]


def format_table(rows: list[dict]) -> str:
    if not rows:
        return "(no rows)"
    columns = list(rows[0])
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    widths = [max(_width(c), *(_width(row[i]) for row in cells)) for i, c in enumerate(columns)]
    lines = ["  ".join(_pad(c, w) for c, w in zip(columns, widths))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(_pad(v, w) for v, w in zip(row, widths)) for row in cells]
    return "\n".join(lines)


def _cell(value) -> str:
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return "" if value is None else str(value)


def _width(text: str) -> int:
    """Display width: CJK characters take two columns."""
    return sum(2 if "\u2e80" <= ch <= "\uffef" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def add_arguments(parser) -> None:
    parser.add_argument("name", nargs="?", help="query name (omit to list them)")
    parser.add_argument("--param", action="append", default=[], metavar="KEY=VALUE")
    parser.add_argument("--json", action="store_true")


def run(args) -> int:
    if not args.name:
        for name, path in available().items():
            print(f"{name:20s} {describe(path)}")
        return 0
    given = {}
    for item in args.param:
        key, sep, value = item.partition("=")
        if not sep:
            print(f"query: --param takes KEY=VALUE, got {item!r}", file=sys.stderr)
            return 2
        given[key] = value

    from ..server import connection_settings

    c = connection_settings()
    try:
        with c.open() as driver:
            rows = run_query(driver, args.name, given, c.database)
    except QueryError as exc:
        print(f"query: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(rows, ensure_ascii=False, default=str) if args.json else format_table(rows))
    return 0
