"""The embedded store: the same graph as Neo4j, as GraphML, node-link JSON and CSV."""
import json

import networkx as nx

from graph_builder.graph import build as build_module
from graph_builder.graph.embedded import save, to_networkx, with_derived
from graph_builder.graph.model import build_graph

from conftest import SAMPLES


def test_embedded_store_matches_the_neo4j_graph(writer, sample_results, tmp_path):
    resolve = build_module.make_resolver(sample_results)
    data = with_derived(build_graph(sample_results, resolve))
    writer.write_pages(sample_results, resolve)
    for label, rows in data.nodes.items():
        count = writer.driver.execute_query(f"MATCH (n:{label}) RETURN count(n) AS c")[0][0]["c"]
        assert count == len(rows), label
    for rel_type, rows in data.rels.items():
        count = writer.driver.execute_query(f"MATCH ()-[r:{rel_type}]->() RETURN count(r) AS c")[0][0]["c"]
        assert count == len(rows), rel_type
    paths = save(data, tmp_path / "graph")
    graph = nx.read_graphml(paths["graphml"])
    assert graph.number_of_nodes() == to_networkx(data).number_of_nodes()
    linked = json.loads(paths["json"].read_text(encoding="utf-8"))
    assert len(linked["links"]) == data.count_rels()
    header = (paths["csv"] / "nodes_Person.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("person_id:ID(Person)")


def test_build_without_a_server_writes_the_embedded_store(tmp_path, monkeypatch):
    monkeypatch.setattr("graph_builder.graph.embedded.export_dir", lambda: tmp_path / "out" / "graph")
    summary = build_module.load_embedded(sorted(SAMPLES.glob("*.txt")))
    assert summary.store == "embedded" and summary.pages_loaded == 5
    assert (tmp_path / "out" / "graph" / "graph.graphml").exists()
