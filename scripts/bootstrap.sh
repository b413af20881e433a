#!/usr/bin/env bash
# Install everything graph_builder needs into .venv (idempotent): Python
# packages from PyPI, and the pkuseg model taken out of the pkuseg sdist.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null 2>&1 || PY=python3
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip wheel
  # cython + numpy: pip reads the pkuseg sdist's metadata with them (--no-build-isolation).
  .venv/bin/python -m pip install -q cython numpy
  .venv/bin/python -m pip install -q -e ".[test,bench,cluster]"
  touch "$stamp"
fi
.venv/bin/graph-builder setup --quiet
