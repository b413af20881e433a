"""The embedded store: the same graph as a networkx MultiDiGraph, saved as
GraphML and node-link JSON, plus CSV files for `LOAD CSV` or
`neo4j-admin database import` (one nodes file per label, one relationships
file per type, headers in the admin-import form)."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx

from ..config import output_dir

from .model import ALL_REL_ENDS, NODE_KEYS, GraphData, co_attended_from, descriptions_from, held_from_titled


def with_derived(data: GraphData) -> GraphData:
    for key, descriptions in descriptions_from(data.rels.get("MENTIONED_IN", [])).items():
        data.nodes["Person"][key]["descriptions"] = descriptions
    data.rels["HELD"] = held_from_titled(data.rels.get("TITLED", []))
    data.rels["CO_ATTENDED"] = co_attended_from(data.rels.get("ATTENDED", []), data.nodes.get("Event", {}))
    return data


def node_id(label: str, key: str) -> str:
    return f"{label}:{key}"


def to_networkx(data: GraphData) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for label, rows in data.nodes.items():
        for key, props in rows.items():
            graph.add_node(node_id(label, key), label=label, **props)
    for rel_type, rows in data.rels.items():
        start_label, end_label = ALL_REL_ENDS[rel_type]
        for r in rows:
            graph.add_edge(node_id(start_label, r["start"]), node_id(end_label, r["end"]),
                           type=rel_type, **r["props"])
    return graph


def graphml_safe(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """GraphML holds scalars only: lists become JSON text, None is left out."""
    safe = nx.MultiDiGraph()
    for n, attrs in graph.nodes(data=True):
        safe.add_node(n, **_scalars(attrs))
    for u, v, k, attrs in graph.edges(keys=True, data=True):
        safe.add_edge(u, v, key=k, **_scalars(attrs))
    return safe


def _scalars(attrs: dict) -> dict:
    return {k: (json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v)
            for k, v in attrs.items() if v is not None}


def export_dir() -> Path:
    """The embedded store: GraphML, node-link JSON and CSV under `output.dir`/graph."""
    return output_dir() / "graph"


def save(data: GraphData, out_dir: Path) -> dict[str, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    graph = to_networkx(data)
    paths = {"graphml": out_dir / "graph.graphml", "json": out_dir / "graph.json"}
    nx.write_graphml(graphml_safe(graph), paths["graphml"])
    with open(paths["json"], "w", encoding="utf-8") as fh:
        json.dump(nx.node_link_data(graph, edges="links"), fh, ensure_ascii=False)
    csv_dir = out_dir / "csv"
    csv_dir.mkdir(exist_ok=True)
    for label, rows in data.nodes.items():
        write_csv(csv_dir / f"nodes_{label}.csv", [_node_row(label, props) for props in rows.values()])
    for rel_type, rows in data.rels.items():
        start, end = ALL_REL_ENDS[rel_type]
        write_csv(csv_dir / f"rels_{rel_type}.csv",
                  [{f":START_ID({start})": r["start"], f":END_ID({end})": r["end"], ":TYPE": rel_type, **r["props"]}
                   for r in rows])
    paths["csv"] = csv_dir
    return paths


def _node_row(label: str, props: dict) -> dict:
    row = {f"{NODE_KEYS[label]}:ID({label})": props[NODE_KEYS[label]], ":LABEL": label}
    row.update({k: v for k, v in props.items() if k != NODE_KEYS[label]})
    return row


def write_csv(path: Path, rows: list[dict]) -> None:
    columns: list[str] = []
    for row in rows:
        for k in row:
            if k not in columns:
                columns.append(k)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: (";".join(map(str, v)) if isinstance(v, list) else v) for k, v in row.items()})
