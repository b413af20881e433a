"""The exploration notebook runs against the real server loaded with the sample
pages, and the embedded export gives the same answers as Neo4j."""
from __future__ import annotations

import nbformat
from nbclient import NotebookClient

from graph_builder.graph import build as build_module
from graph_builder.graph.embedded import save, with_derived
from graph_builder.graph.explore import ExportStore, Neo4jStore, communities, rank_officials
from graph_builder.graph.model import build_graph

from conftest import ROOT

NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"


def outputs_text(nb) -> str:
    parts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            parts.append(out.get("text", ""))
            for mime, value in out.get("data", {}).items():
                if mime.startswith("text/"):
                    parts.append(value)
    return "\n".join(parts)


def test_the_notebook_runs_against_neo4j(writer, sample_results):
    writer.write_pages(sample_results, build_module.make_resolver(sample_results))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}}).execute()
    text = outputs_text(nb)
    assert "reading from Neo4j" in text
    assert any("image/svg+xml" in out.get("data", {}) or "image/png" in out.get("data", {})
               for cell in nb.cells for out in cell.get("outputs", [])), "no picture of the network"
    assert "王小平" in text and "betweenness" in text
    assert "吕沛" in text and "示范区" in text  # his 2021 post in the timeline


def test_the_embedded_export_answers_like_neo4j(writer, sample_results, tmp_path):
    resolve = build_module.make_resolver(sample_results)
    writer.write_pages(sample_results, resolve)
    paths = save(with_derived(build_graph(sample_results, resolve)), tmp_path / "graph")
    live, export = Neo4jStore(writer.driver, writer.database), ExportStore(paths["json"])
    g_live, g_export = live.co_attendance(), export.co_attendance()
    assert {frozenset(e) for e in g_live.edges} == {frozenset(e) for e in g_export.edges}
    assert rank_officials(g_live) == rank_officials(g_export)
    assert communities(g_live) == communities(g_export)
    strip = lambda rows: [{k: r[k] for k in ("date", "kind", "what", "detail")} for r in rows]  # noqa: E731
    assert strip(live.timeline("吕沛")) == strip(export.timeline("吕沛"))
    assert len(live.timeline("吕沛")) >= 3
