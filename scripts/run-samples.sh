#!/usr/bin/env bash
# The main job on the sample pages: install, extract, and build the graph (the
# project's local Neo4j when it can be started, else the embedded store).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
mkdir -p out
.venv/bin/graph-builder extract data/samples/pages --out out/articles.jsonl
store=auto  # the configured Neo4j: NEO4J_URI, or the local server started here
if [ -n "${GRAPH_BUILDER_NO_SERVER:-}" ]; then
  store=embedded
elif [ -z "${NEO4J_URI:-}" ]; then
  if ! { .venv/bin/graph-builder server install && .venv/bin/graph-builder server start; }; then
    echo "local Neo4j not started (see above): the graph goes to the embedded store"
    store=embedded
  fi
fi
.venv/bin/graph-builder build data/samples/pages --store "$store"
.venv/bin/graph-builder eval --gold tests/gold --system out/articles.jsonl  # scores the extraction above
