#!/usr/bin/env bash
# The test suite against a real Neo4j started by the project's own scripts: a
# test server of its own (data in .neo4j/test, ports 7688/7475), so that the
# tests never touch the graph of the main job.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
export GRAPH_BUILDER_NEO4J_HOME="$PWD/.neo4j/test" GRAPH_BUILDER_BOLT_PORT=7688 GRAPH_BUILDER_HTTP_PORT=7475
unset NEO4J_URI NEO4J_USER NEO4J_PASSWORD NEO4J_DATABASE
.venv/bin/graph-builder server install
started=""
if ! .venv/bin/graph-builder server status >/dev/null 2>&1; then
  .venv/bin/graph-builder server start
  started=1
fi
cleanup() { if [ -n "$started" ]; then .venv/bin/graph-builder server stop || true; fi; }
trap cleanup EXIT
.venv/bin/python -m pytest -q "$@"
