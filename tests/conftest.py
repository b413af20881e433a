"""Fixtures for tests that need the real Neo4j: the project's own local server,
started by graph_builder.server when it is not running. It never skips: a
server that cannot start fails the tests that need it."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples" / "pages"
# The sample pages as a newspaper archive lays them out: a folder a day, the same
# page names every day (2019-04-10/A01.txt, 2020-04-25/A01.txt, …).
ARCHIVE = ROOT / "tests" / "archive"

# Tests wipe the database: they run a server of their own (data in .neo4j/test,
# other ports), never the user's graph. scripts/test.sh sets the same; the
# command-line runs of the tests inherit it.
os.environ.setdefault("GRAPH_BUILDER_NEO4J_HOME", str(ROOT / ".neo4j" / "test"))
os.environ.setdefault("GRAPH_BUILDER_BOLT_PORT", "7688")
os.environ.setdefault("GRAPH_BUILDER_HTTP_PORT", "7475")
for var in ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE"):
    os.environ.pop(var, None)


@pytest.fixture(scope="session")
def neo4j_connection():
    from graph_builder import server

    started = False
    if not server.status():
        server.start(quiet=True)  # installs first when needed
        started = True
    yield server.connection_settings()
    if started:
        server.stop()


@pytest.fixture()
def writer(neo4j_connection):
    from graph_builder.graph.writer import Neo4jWriter

    c = neo4j_connection
    w = Neo4jWriter.connect(c, batch_size=500)
    w.location = c.uri
    w.driver.execute_query("MATCH (n) DETACH DELETE n", database_=c.database)
    w.ensure_schema()
    yield w
    w.close()


@pytest.fixture(scope="session")
def sample_results():
    """The sample pages as read from the dated archive (pages keyed `YYYY-MM-DD/A01.txt`)."""
    from graph_builder.pipeline import extract_paths

    return [r for r in extract_paths([ARCHIVE])]
