"""The graph as CSV files for `neo4j-admin database import full`, the tool for
the first load of a big archive (it writes the store files directly, no
transactions).

The graph is the one the Bolt writer builds: the same records → graph assembly
(`model.build_graph`), the same derived HELD and CO_ATTENDED (`embedded.with_derived`),
the same compressed page records (`writer.finished`). One nodes file per label,
one relationships file per type; headers name the ids, labels, types and each
property's type (`count:long`, `names:string[]`, `records:byte[]`).
"""
from __future__ import annotations

import shlex
from pathlib import Path

from .model import ALL_REL_ENDS, NODE_KEYS, GraphData

# Arrays are split on a control character that no text of a page holds.
ARRAY_DELIMITER = "\x1f"
ARRAY_DELIMITER_OPTION = "U+001F"
IMPORT_OPTIONS = ["--multiline-fields=true", f"--array-delimiter={ARRAY_DELIMITER_OPTION}"]


def property_type(values: list) -> str:
    """The admin-import type of a column, from the values it holds."""
    present = [v for v in values if v is not None]
    if not present:
        return "string"
    sample = present[0]
    if isinstance(sample, bool):
        return "boolean"
    if isinstance(sample, int):
        return "long"
    if isinstance(sample, float):
        return "double"
    if isinstance(sample, (bytes, bytearray)):
        return "byte[]"
    if isinstance(sample, (list, tuple)):
        return "string[]"
    return "string"


def field(value) -> str:
    """A CSV field: an empty unquoted field is no property, `""` an empty string."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (bytes, bytearray)):
        return ARRAY_DELIMITER.join(str(b - 256 if b > 127 else b) for b in value)  # Java bytes are signed
    if isinstance(value, (list, tuple)):
        value = ARRAY_DELIMITER.join(map(str, value))
    return '"' + str(value).replace('"', '""') + '"'


def write_table(path: Path, fixed: list[tuple[str, list]], props: list[dict]) -> int:
    """Columns given (header, values) first, then every property the rows hold."""
    names: list[str] = []
    for row in props:
        names.extend(k for k in row if k not in names)
    columns = fixed + [(f"{k}:{property_type([r.get(k) for r in props])}", [r.get(k) for r in props])
                       for k in names]
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(",".join(header for header, _ in columns) + "\n")
        for i in range(len(props)):
            fh.write(",".join(field(values[i]) for _, values in columns) + "\n")
    return len(props)


def write_import_files(data: GraphData, out_dir: Path) -> dict[str, list[Path]]:
    """nodes_<Label>.csv and rels_<TYPE>.csv; returns the files by kind."""
    out_dir.mkdir(parents=True, exist_ok=True)
    files: dict[str, list[Path]] = {"nodes": [], "relationships": []}
    for label, rows in sorted(data.nodes.items()):
        if not rows:
            continue
        key = NODE_KEYS[label]
        path = out_dir / f"nodes_{label}.csv"
        write_table(path, [(f"{key}:ID({label})", list(rows)), (":LABEL", [label] * len(rows))],
                    [{k: v for k, v in props.items() if k != key} for props in rows.values()])
        files["nodes"].append(path)
    for rel_type, rows in sorted(data.rels.items()):
        if not rows:
            continue
        start, end = ALL_REL_ENDS[rel_type]
        path = out_dir / f"rels_{rel_type}.csv"
        write_table(path, [(f":START_ID({start})", [r["start"] for r in rows]),
                           (f":END_ID({end})", [r["end"] for r in rows]), (":TYPE", [rel_type] * len(rows))],
                    [r["props"] for r in rows])
        files["relationships"].append(path)
    return files


def import_arguments(files: dict[str, list[Path]], database: str = "neo4j") -> list[str]:
    """`neo4j-admin database import full`'s arguments for these files."""
    return (["database", "import", "full"] + [f"--nodes={p}" for p in files["nodes"]]
            + [f"--relationships={p}" for p in files["relationships"]] + IMPORT_OPTIONS + [database])


def import_command(files: dict[str, list[Path]], database: str = "neo4j") -> str:
    return shlex.join(["neo4j-admin"] + import_arguments(files, database))


def graph_fingerprint(driver, database: str = "neo4j") -> dict:
    """Counts per label and per type, and one hash of every node (labels and
    properties) and every relationship (type, endpoints' keys, properties):
    equal fingerprints, equal graphs. An empty list counts as no property: the
    import tool cannot write an empty array (`MENTIONED_IN.titles` of an untitled
    mention is [] over Bolt, absent after an import; `coalesce(r.titles, [])` reads both)."""
    import hashlib

    nodes, rels, lines = graph_lines(driver, database)
    digest = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
    labels: dict[str, int] = {}
    for n in nodes:
        for label in n["labels"]:
            labels[label] = labels.get(label, 0) + 1
    types: dict[str, int] = {}
    for r in rels:
        types[r["type"]] = types.get(r["type"], 0) + 1
    return {"labels": dict(sorted(labels.items())), "types": dict(sorted(types.items())), "hash": digest}


def graph_lines(driver, database: str) -> tuple[list, list, list[str]]:
    """The graph as sorted JSON lines, one a node or relationship (what the fingerprint hashes)."""
    import json

    def canonical(value):
        if isinstance(value, (bytes, bytearray)):
            return value.hex()
        if isinstance(value, dict):  # neo4j-admin import writes no empty array: [] counts as absent
            return {k: canonical(v) for k, v in sorted(value.items()) if v != []}
        if isinstance(value, list):
            return [canonical(v) for v in value]
        return value

    def key_of(labels: list[str], props: dict):
        label = next((lb for lb in labels if lb in NODE_KEYS), labels[0] if labels else "")
        return label, props.get(NODE_KEYS.get(label, ""))

    nodes, _, _ = driver.execute_query("MATCH (n) WHERE NOT 'GraphBuilderMeta' IN labels(n) "  # bookkeeping
                                       "RETURN labels(n) AS labels, properties(n) AS props", database_=database)
    rels, _, _ = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN type(r) AS type, labels(a) AS al, properties(a) AS ap, "
        "labels(b) AS bl, properties(b) AS bp, properties(r) AS props", database_=database)
    node_lines = sorted(json.dumps([sorted(n["labels"]), canonical(n["props"])], ensure_ascii=False) for n in nodes)
    rel_lines = sorted(json.dumps([r["type"], key_of(r["al"], r["ap"]), key_of(r["bl"], r["bp"]),
                                   canonical(r["props"])], ensure_ascii=False) for r in rels)
    return nodes, rels, node_lines + ["--"] + rel_lines
