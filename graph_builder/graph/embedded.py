"""The embedded store: the same graph as a networkx MultiDiGraph, saved as
GraphML and node-link JSON, plus CSV files for
`neo4j-admin database import` (`neo4j_import.py`: one nodes file per label, one
relationships file per type, typed headers)."""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from ..config import output_dir

from .model import ALL_REL_ENDS, GraphData, co_attended_from, descriptions_from, held_from_titled
from .neo4j_import import write_import_files


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
    paths["csv"] = out_dir / "csv"
    write_import_files(data, paths["csv"])
    return paths
