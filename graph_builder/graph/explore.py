"""Exploration helpers for Jupyter: the co-attendance network and a person's
timeline, read from Neo4j or from the embedded export (out/graph/graph.json),
as plain networkx graphs and lists of dicts.

    store = open_store()            # the configured Neo4j, else the export
    G = store.co_attendance()       # nx.Graph of people, edge weight = events together
    rank_officials(G)               # degree, weighted degree, betweenness
    store.timeline("吕沛")           # posts (first/last seen) and events, by date
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from .embedded import export_dir

CO_ATTENDANCE = """
MATCH (a:Person)-[c:CO_ATTENDED]->(b:Person)
RETURN a.person_id AS a, a.name AS a_name, b.person_id AS b, b.name AS b_name,
       c.count AS count, c.first AS first, c.last AS last
"""
POSTS = "MATCH (p:Person)-[:HELD]->(post:Post) RETURN p.person_id AS id, collect(post.title) AS posts"


class Neo4jStore:
    def __init__(self, driver, database: str = "neo4j", description: str = "Neo4j"):
        self.driver, self.database, self.description = driver, database, description

    def rows(self, cypher: str, **params) -> list[dict]:
        records, _, _ = self.driver.execute_query(cypher, params, database_=self.database)
        return [dict(r) for r in records]

    def co_attendance(self) -> nx.Graph:
        posts = {r["id"]: r["posts"] for r in self.rows(POSTS)}
        return co_attendance_graph(self.rows(CO_ATTENDANCE), posts)

    def timeline(self, name: str) -> list[dict]:
        from .queries import run_query
        return run_query(self.driver, "timeline", {"name": name}, self.database)

    def close(self) -> None:
        self.driver.close()


class ExportStore:
    """The embedded store's node-link JSON (`graph-builder build --store embedded`)."""

    def __init__(self, path: Path):
        with open(path, encoding="utf-8") as fh:
            self.graph = nx.node_link_graph(json.load(fh), edges="links")
        self.description = f"embedded export {path}"

    def edges(self, rel_type: str):
        return ((u, v, d) for u, v, d in self.graph.edges(data=True) if d.get("type") == rel_type)

    def co_attendance(self) -> nx.Graph:
        nodes = self.graph.nodes
        rows = [{"a": nodes[u]["person_id"], "a_name": nodes[u]["name"], "b": nodes[v]["person_id"],
                 "b_name": nodes[v]["name"], "count": d["count"], "first": d.get("first"), "last": d.get("last")}
                for u, v, d in self.edges("CO_ATTENDED")]
        posts: dict[str, list[str]] = {}
        for u, v, _ in self.edges("HELD"):
            posts.setdefault(nodes[u]["person_id"], []).append(nodes[v].get("title"))
        return co_attendance_graph(rows, posts)

    def timeline(self, name: str) -> list[dict]:
        nodes = self.graph.nodes
        out = []
        for u, v, d in self.edges("HELD"):
            if nodes[u].get("name") == name:
                out.append({"date": d.get("first_seen"), "kind": "post", "what": d.get("title"),
                            "detail": f"until {d.get('last_seen') or '?'}", "article_id": d.get("article_id")})
        for u, v, d in self.edges("ATTENDED"):
            if nodes[u].get("name") == name:
                event = nodes[v]
                what = f"{event.get('type')}: {event.get('headline') or event.get('trigger') or ''}"
                out.append({"date": event.get("date"), "kind": "event", "what": what, "detail": d.get("role"),
                            "article_id": d.get("article_id")})
        return sorted(out, key=lambda r: (r["date"] or "", r["kind"], r["what"] or "", r["detail"] or ""))

    def close(self) -> None:
        pass


def co_attendance_graph(rows: list[dict], posts: dict[str, list[str]]) -> nx.Graph:
    """People as nodes (keyed by person id, with name and posts), co-attendance as weighted edges."""
    G = nx.Graph()
    for r in rows:
        for key, name in ((r["a"], r["a_name"]), (r["b"], r["b_name"])):
            G.add_node(key, name=name, posts=sorted(filter(None, posts.get(key, []))))
        G.add_edge(r["a"], r["b"], weight=r["count"], first=r.get("first"), last=r.get("last"))
    return G


def rank_officials(G: nx.Graph, top: int = 10) -> list[dict]:
    """The most central people: degree (distinct co-attendees), strength (events
    shared, summed) and betweenness (how often they sit between others)."""
    betweenness = nx.betweenness_centrality(G)
    rows = [{"name": G.nodes[n]["name"], "degree": G.degree(n), "strength": G.degree(n, weight="weight"),
             "betweenness": round(betweenness[n], 4), "posts": "、".join(G.nodes[n]["posts"][:3])}
            for n in G]
    rows.sort(key=lambda r: (-r["degree"], -r["betweenness"], r["name"]))
    return rows[:top]


def communities(G: nx.Graph, seed: int = 7) -> list[list[str]]:
    """Groups of people who meet among themselves (Louvain, seeded so runs agree), largest first."""
    groups = nx.community.louvain_communities(G, weight="weight", seed=seed) if G else []
    return sorted((sorted(G.nodes[n]["name"] for n in g) for g in groups), key=lambda g: (-len(g), g))


def open_store(prefer: str = "auto"):
    """The configured Neo4j (environment, config.yaml or the project's server:
    server.configured_server), as `build` uses it; otherwise the embedded
    export under `output.dir`. A configured server that refuses or does not
    answer raises server.ServerError rather than showing an old export."""
    from ..server import configured_server, connection_settings

    if prefer == "neo4j" or (prefer == "auto" and configured_server()):
        c = connection_settings()
        return Neo4jStore(c.open(), c.database, f"Neo4j at {c.uri}")
    export = export_dir() / "graph.json"
    if not export.exists():
        raise FileNotFoundError(f"no Neo4j configured and no export at {export}: "
                                f"run `graph-builder build data/samples/pages --store embedded` first")
    return ExportStore(export)


def packed_layout(G: nx.Graph, seed: int = 7) -> dict:
    """Spring layout per connected component, the components packed in rows,
    largest first: one layout for the whole graph scatters the small circles far away."""
    components = sorted(nx.connected_components(G), key=lambda c: (-len(c), min(c)))
    row_width = 1.6 * sum(len(c) for c in components) ** 0.5
    pos, x, y, row_height = {}, 0.0, 0.0, 0.0
    for component in components:
        side = len(component) ** 0.5
        if x > 0 and x + side > row_width:
            x, y, row_height = 0.0, y - row_height, 0.0
        sub = nx.spring_layout(G.subgraph(component), weight="weight", seed=seed, scale=0.4 * side)
        for node, (px, py) in sub.items():
            pos[node] = (x + side / 2 + px, y - side / 2 + py)
        x, row_height = x + side, max(row_height, side)
    return pos


@dataclass
class Figure:
    """What draw_co_attendance drew, for a caption."""
    people: int
    links: int
    groups: int


def draw_co_attendance(G: nx.Graph, ax, groups: list[list[str]] | None = None, seed: int = 7) -> Figure:
    """The co-attendance network: node size by degree, colour by community, edge width by events shared."""
    groups = groups if groups is not None else communities(G)
    group_of = {name: i for i, g in enumerate(groups) for name in g}
    pos = packed_layout(G, seed)
    colors = [group_of.get(G.nodes[n]["name"], 0) for n in G]
    nx.draw_networkx_edges(G, pos, ax=ax, alpha=0.25,
                           width=[0.5 + G.edges[e]["weight"] for e in G.edges])
    nx.draw_networkx_nodes(G, pos, ax=ax, node_color=colors, cmap="tab20",
                           node_size=[60 + 25 * G.degree(n) for n in G])
    nx.draw_networkx_labels(G, pos, ax=ax, labels={n: G.nodes[n]["name"] for n in G}, font_size=8)
    ax.set_axis_off()
    return Figure(G.number_of_nodes(), G.number_of_edges(), len(groups))


CJK_FONTS = ["Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei",
             "PingFang SC", "SimHei", "DejaVu Sans"]


def setup_matplotlib() -> None:
    """Chinese names in figures on any machine: figures as SVG with text kept as
    text, so the browser's own CJK fonts draw the names even when matplotlib has none."""
    import warnings

    import matplotlib.pyplot as plt

    plt.rcParams["svg.fonttype"] = "none"
    plt.rcParams["font.sans-serif"] = CJK_FONTS
    warnings.filterwarnings("ignore", message="Glyph .* missing from")
    try:
        from matplotlib_inline.backend_inline import set_matplotlib_formats
        set_matplotlib_formats("svg")
    except ImportError:  # outside Jupyter
        pass
