"""Settings from config.yaml, with environment overrides for anything secret."""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent


def config_path() -> Path:
    env = os.environ.get("GRAPH_BUILDER_CONFIG")
    if env:
        return Path(env)
    for candidate in (Path.cwd() / "config.yaml", PROJECT_DIR / "config.yaml"):
        if candidate.exists():
            return candidate
    return PROJECT_DIR / "config.yaml"


@lru_cache(maxsize=None)
def load_config(path: str | None = None) -> dict[str, Any]:
    p = Path(path) if path else config_path()
    data: dict[str, Any] = {}
    if p.exists():
        with open(p, encoding="utf-8") as fh:
            data = yaml.safe_load(fh) or {}
    data.setdefault("_base_dir", str(p.resolve().parent))
    return data


def section(name: str, path: str | None = None) -> dict[str, Any]:
    return dict(load_config(path).get(name) or {})


def output_dir() -> Path:
    """Where the main job writes: `output.dir` in config.yaml (default out/)."""
    return resolve_path(section("output").get("dir") or "out")


def resolve_path(value: str | os.PathLike, path: str | None = None) -> Path:
    """Paths in config.yaml are relative to the config file."""
    p = Path(value)
    if p.is_absolute():
        return p
    return Path(load_config(path)["_base_dir"]) / p
