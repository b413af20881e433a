#!/usr/bin/env bash
# The test suite against a real Neo4j started by the project's own scripts.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
started=""
if [ -f graph_builder/server.py ]; then
  .venv/bin/graph-builder server install
  if ! .venv/bin/graph-builder server status >/dev/null 2>&1; then
    .venv/bin/graph-builder server start
    started=1
  fi
fi
cleanup() { if [ -n "$started" ]; then .venv/bin/graph-builder server stop || true; fi; }
trap cleanup EXIT
.venv/bin/python -m pytest -q "$@"
