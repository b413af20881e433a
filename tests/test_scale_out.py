"""Records as shards, the first load through neo4j-admin import, routing URIs."""
from __future__ import annotations

import subprocess
import sys

import pytest

from graph_builder import server, shards
from graph_builder.commands.export import graph_for_import
from graph_builder.graph.build import make_resolver
from graph_builder.graph.neo4j_import import graph_fingerprint, write_import_files
from graph_builder.pipeline import extract_one, extract_paths
from graph_builder.read import iter_page_files

from conftest import ARCHIVE, ROOT


def dumps(results) -> list[str]:
    return sorted(r.model_dump_json() for r in results)


def test_a_run_that_dies_resumes_from_its_whole_shards(tmp_path, sample_results, monkeypatch):
    records = tmp_path / "records"
    pages = list(iter_page_files([ARCHIVE]))  # keyed `YYYY-MM-DD/A01.txt`, as sample_results
    run = shards.extract_resuming(pages, records, extract_paths, pages_per_shard=2)
    first = [next(run) for _ in range(3)]  # the process "dies" after three pages
    run.close()
    assert [shards.read_header(p) for p in shards.shard_paths(records)] == [[shards.page_key(r) for r in first[:2]]]
    assert not [p for p in records.iterdir() if p.suffix == ".tmp"]  # no half shard
    extracted = []
    monkeypatch.setattr("graph_builder.pipeline.extract_one",
                        lambda file, *a, **k: extracted.append(file.source) or extract_one(file, *a, **k))
    again = list(extract_paths(pages, records=records))
    assert sorted(extracted) == sorted(p.source for p in pages[2:])  # only what no shard held
    assert dumps(again) == dumps(sample_results)
    assert dumps(shards.read_all(records)) == dumps(sample_results)
    extracted.clear()
    assert dumps(extract_paths(pages, records=records)) == dumps(sample_results) and extracted == []


def test_build_from_shards_equals_the_bolt_writer(writer, sample_results, tmp_path):
    writer.write_pages(sample_results, make_resolver(sample_results))
    expected = graph_fingerprint(writer.driver, writer.database)
    records = tmp_path / "records"
    shards.write_shard(records, sample_results[:2])
    shards.write_shard(records, sample_results[2:])
    writer.driver.execute_query("MATCH (n) DETACH DELETE n", database_=writer.database)
    done = subprocess.run([sys.executable, "-m", "graph_builder", "build", "--records", str(records),
                           "--store", "neo4j"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "pages: 5 seen, 5 loaded" in done.stdout
    assert graph_fingerprint(writer.driver, writer.database) == expected


def test_neo4j_routing_uri_reaches_the_local_server(neo4j_connection, sample_results):
    from graph_builder.graph.writer import Neo4jWriter

    c = neo4j_connection
    routed = server.Connection(c.uri.replace("bolt://", "neo4j://"), c.user, c.password, c.database)
    assert routed.uri.startswith("neo4j://127.0.0.1:")
    with Neo4jWriter.connect(routed, batch_size=500) as w:
        w.driver.execute_query("MATCH (n) DETACH DELETE n", database_=w.database)
        w.ensure_schema()
        w.write_pages(sample_results, make_resolver(sample_results))
        nodes, rels = w.counts()
    assert nodes > 200 and rels > 600


@pytest.fixture()
def import_server(monkeypatch, tmp_path, neo4j_connection):
    """A second server home with its own ports, for the imported database."""
    s = server.settings()
    monkeypatch.setenv("GRAPH_BUILDER_NEO4J_HOME", str(ROOT / ".neo4j" / "import-test"))
    monkeypatch.setenv("GRAPH_BUILDER_BOLT_PORT", str(s["bolt_port"] + 100))
    monkeypatch.setenv("GRAPH_BUILDER_HTTP_PORT", str(s["http_port"] + 100))
    yield
    server.stop()


def test_graph_imported_by_neo4j_admin_equals_the_bolt_writers(writer, sample_results, tmp_path, import_server):
    writer.write_pages(sample_results, make_resolver(sample_results))
    bolt = graph_fingerprint(writer.driver, writer.database)
    write_import_files(graph_for_import(sample_results), tmp_path / "csv")
    server.stop()  # a server left running by an earlier test run
    summary = server.admin_import(tmp_path / "csv", overwrite=True)
    assert "IMPORT DONE" in summary
    connection = server.start(quiet=True)
    with connection.driver() as driver:
        imported = graph_fingerprint(driver, connection.database)
    assert imported["labels"] == bolt["labels"] and imported["types"] == bolt["types"]
    assert imported["hash"] == bolt["hash"]
