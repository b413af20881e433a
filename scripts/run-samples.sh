#!/usr/bin/env bash
# The main job on the sample pages: install, extract, and build the graph (the
# project's local Neo4j when it can be started, else the embedded store).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
mkdir -p out
.venv/bin/graph-builder extract data/samples/pages --out out/articles.jsonl
if .venv/bin/graph-builder --help 2>/dev/null | grep -q " build"; then
  if [ "${GRAPH_BUILDER_NO_SERVER:-}" = "" ]; then
    .venv/bin/graph-builder server install >/dev/null 2>&1 && .venv/bin/graph-builder server start || \
      echo "local Neo4j not started: using the embedded store"
  fi
  .venv/bin/graph-builder build data/samples/pages --store auto
fi
.venv/bin/graph-builder eval --gold tests/gold --corpus data/samples/pages
