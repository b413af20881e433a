"""The pkuseg default segmentation model: find it, or fetch it from the PyPI sdist.

spaCy's and pkuseg's own model downloads are out of reach; the `pkuseg==0.0.25`
sdist on PyPI carries the trained default model (features.pkl + weights.npz).
We take only those files out of the sdist: nothing needs compiling.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from .config import resolve_path, section

SDIST = "pkuseg==0.0.25"
MODEL_MEMBER = "pkuseg/models/default/"
MODEL_FILES = ("features.pkl", "weights.npz")
SETUP_HINT = "run `graph-builder setup` (or `python -m graph_builder setup`) to fetch it"


class ModelMissing(RuntimeError):
    pass


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "graph_builder" / "pkuseg" / "default"


def configured_model_dir() -> Path:
    env = os.environ.get("GRAPH_BUILDER_PKUSEG_MODEL")
    if env:
        return Path(env)
    configured = section("pkuseg").get("model")
    return resolve_path(configured) if configured else default_cache_dir()


def is_complete(model_dir: Path) -> bool:
    return all((model_dir / name).is_file() for name in MODEL_FILES)


def model_dir_or_raise() -> Path:
    model_dir = configured_model_dir()
    if not is_complete(model_dir):
        raise ModelMissing(f"pkuseg model not found in {model_dir}: {SETUP_HINT}")
    return model_dir


def fetch_model(target: Path | None = None, quiet: bool = False) -> Path:
    """Download the sdist with pip and extract the default model into `target`."""
    target = target or configured_model_dir()
    if is_complete(target):
        write_msgpack_features(target)
        return target
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        # --no-build-isolation: pip reads the sdist's metadata with the numpy and
        # cython of this environment instead of building a fresh one.
        cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
               "--no-build-isolation", SDIST, "-d", tmp]
        if quiet:
            cmd.append("-q")
        subprocess.run(cmd, check=True)
        sdist = next(Path(tmp).glob("pkuseg-*.tar.gz"))
        _extract_model(sdist, target)
    write_msgpack_features(target)
    return target


def write_msgpack_features(model_dir: Path) -> None:
    """spacy-pkuseg reads features.msgpack and warns on stderr when only the sdist's
    features.pkl is there: write the msgpack form once, beside it."""
    out = model_dir / "features.msgpack"
    if out.is_file():
        return
    import pickle

    import srsly

    with open(model_dir / "features.pkl", "rb") as f:
        data = pickle.load(f)  # the pkuseg sdist's own model file, fetched from PyPI
    keys = ("unigram", "bigram", "feature_to_idx", "tag_to_idx")
    partial = out.with_suffix(".msgpack.part")
    srsly.write_msgpack(partial, {k: sorted(data[k]) if k in ("unigram", "bigram") else data[k] for k in keys})
    partial.replace(out)


def _extract_model(sdist: Path, target: Path) -> None:
    with tarfile.open(sdist) as tar:
        for member in tar.getmembers():
            name = member.name.split("/", 1)[-1]
            if name.startswith(MODEL_MEMBER) and Path(name).name in MODEL_FILES:
                source = tar.extractfile(member)
                assert source is not None
                partial = target / (Path(name).name + ".part")
                with open(partial, "wb") as out:
                    while chunk := source.read(1 << 20):
                        out.write(chunk)
                partial.replace(target / Path(name).name)
    if not is_complete(target):
        raise ModelMissing(f"{sdist.name} did not contain {MODEL_MEMBER}{MODEL_FILES}")
