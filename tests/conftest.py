"""Fixtures for tests that need the real Neo4j: the project's own local server,
started by graph_builder.server when it is not running. It never skips: a
server that cannot start fails the tests that need it."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples" / "pages"


@pytest.fixture(scope="session")
def neo4j_connection():
    from graph_builder import server

    # Tests wipe the database: they use the project's local server only.
    for var in ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE"):
        os.environ.pop(var, None)
    if not server.status():
        server.start(quiet=True)
    return server.connection_settings()


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
    from graph_builder.pipeline import extract_paths

    return [r for r in extract_paths([SAMPLES])]
