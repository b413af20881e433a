"""The shipped sample pages, and many pages made from them for tests and benchmarks."""
from __future__ import annotations

from pathlib import Path

from .config import PROJECT_DIR

SAMPLE_PAGES = PROJECT_DIR / "data" / "samples" / "pages"


def generate_pages(folder: Path, count: int) -> list[Path]:
    """`count` page files: the samples over and over, each copy its own page
    (different bytes, so its own page id) with the same text to extract."""
    samples = sorted(SAMPLE_PAGES.glob("*.txt"))
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        base = samples[i % len(samples)]
        path = folder / f"g{i // len(samples):05d}_{base.name}"
        path.write_bytes(base.read_bytes() + b"\n" * (1 + i // len(samples)))
        paths.append(path)
    return paths
