"""`graph-builder browser`: the Neo4j Browser side of the graph.

Writes the shipped queries as Browser favourites (one `.cypher` file each, with
`:param` lines holding an example, so that a favourite runs as it is) and says
how to open the Browser, apply the style and import the favourites.
"""
from __future__ import annotations

import json
from pathlib import Path

from ..config import PROJECT_DIR
from ..graph.queries import QUERY_DIR, available, declared_params, describe, example_params, parse_value

BROWSER_DIR = PROJECT_DIR / "browser"
STYLE = BROWSER_DIR / "graph_builder.grass"


def cypher_literal(value) -> str:
    """A Browser `:param` value: numbers and null as they are, text as a quoted string."""
    parsed = parse_value(value) if isinstance(value, str) else value
    if parsed is None or isinstance(parsed, (int, float)) and not isinstance(parsed, bool):
        return "null" if parsed is None else json.dumps(parsed)
    return json.dumps(str(value), ensure_ascii=False)


def favorite_text(path: Path) -> str:
    """A favourite: its title as the first comment (the Browser names it so),
    the example parameters, then the query."""
    text = path.read_text(encoding="utf-8")
    example = example_params(text)
    params = [f":param {key} => {cypher_literal(example.get(key))};" for key in declared_params(text)]
    body = "\n".join(line for line in text.splitlines() if not line.startswith("//")).strip()
    head = f"// graph_builder: {path.stem} — {describe(path)}"
    return "\n".join([head, *params, body]) + "\n"


def favorite_texts() -> dict[str, str]:
    return {f"{name}.cypher": favorite_text(path) for name, path in available().items()}


def write_favorites(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in favorite_texts().items():
        (folder / name).write_text(text, encoding="utf-8")
        written.append(folder / name)
    return written


def add_arguments(parser) -> None:
    parser.add_argument("--dir", default=str(BROWSER_DIR / "favorites"),
                        help="where to write the favourites (default: browser/favorites/)")


def run(args) -> int:
    from ..server import connection_settings, settings

    written = write_favorites(Path(args.dir))
    s, c = settings(), connection_settings()
    print(f"wrote {len(written)} favourites to {args.dir} (from {QUERY_DIR})")
    print(f"""
1. Open http://{s['listen']}:{s['http_port']}/browser/ and connect to {c.uri} as {c.user}
   (the local server's password is in .neo4j/password).
2. Style: drag {STYLE} onto the Browser window (or run :style and paste it).
3. Favourites: open the star drawer, then drag the files of {args.dir} onto "Import".
   Each favourite sets its example :param values first; edit them and run again.""")
    return 0
