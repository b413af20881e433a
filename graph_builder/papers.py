"""Which paper a page belongs to: its name, and the city and province that
`市`/`我市`/`全市` and `省`/`我省` mean on its pages.

`config.yaml` names the default paper under `paper:`; `papers:` maps folders or
file patterns to other papers, the first match winning:

    papers:
      - match: xinyang          # a folder of that name anywhere in the page's path
        name: 信阳日报
        home_city: 信阳
        home_province: 河南
      - match: "*/hb_*.txt"     # or a glob over the page key or its absolute path
        ...
"""
from __future__ import annotations

from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path

from .config import section, load_config

GLOB_CHARS = "*?["


@dataclass(frozen=True)
class Paper:
    name: str
    home_city: str = ""
    home_province: str = ""


def default_paper() -> Paper:
    p = section("paper")
    return Paper(p.get("name") or "", p.get("home_city") or "", p.get("home_province") or "")


def mapped_papers() -> list[tuple[str, Paper]]:
    """(pattern, paper) in the order of config.yaml; a missing name or province is the default paper's."""
    base = default_paper()
    out = []
    for item in load_config().get("papers") or []:
        out.append((str(item["match"]), Paper(item.get("name") or base.name,
                                              item.get("home_city") or "", item.get("home_province") or base.home_province)))
    return out


def matches(pattern: str, source: str, path: Path) -> bool:
    absolute = path.resolve().as_posix()
    if not any(c in pattern for c in GLOB_CHARS):  # a folder (or folders): anywhere in the path
        folder = f"/{pattern.strip('/')}/"
        return folder in f"/{source}" or folder in absolute
    return fnmatch(source, pattern) or fnmatch(absolute, pattern) or fnmatch(absolute, f"*/{pattern}")


def paper_for(source: str, path: Path) -> Paper:
    return next((paper for pattern, paper in mapped_papers() if matches(pattern, source, path)), default_paper())


def paper_named(name: str | None) -> Paper:
    """The paper of a page record (records keep the paper's name)."""
    default = default_paper()
    if not name or name == default.name:
        return default
    return next((paper for _, paper in mapped_papers() if paper.name == name), Paper(name))


def home_org(org: str | None, paper: Paper) -> str | None:
    """`市委`, `我市`, `全市…` are the paper's city's; `省…`, `我省…` its province's."""
    if not org:
        return org
    if org.startswith(("我市", "全市")) and paper.home_city:
        return paper.home_city + "市" + org[2:]
    if org.startswith("市") and paper.home_city:
        return paper.home_city + org
    if org.startswith("我省") and paper.home_province:
        return paper.home_province + "省" + org[2:]
    if org.startswith("省") and paper.home_province:
        return paper.home_province + org
    return org
