"""`graph-builder eval`: score extraction against a gold directory (gold/FORMAT.md).

Every string is compared on its comparison form: NFKC, then all whitespace
removed. Persons, titles, participants, co-attendance pairs and reporters are
sets per article, micro-averaged; items of system articles that match no gold
article of a scored page are false positives.
"""
from __future__ import annotations

import itertools
import json
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .read import PageError
from .records import Article

SET_METRICS = ("persons", "titles", "participants", "coattendance", "reporters")
WHITESPACE = re.compile(r"\s+")


def comparison_form(value: str | None) -> str:
    return WHITESPACE.sub("", unicodedata.normalize("NFKC", value or ""))


def article_to_output(article: Article) -> dict:
    """The scorer's view of an article; also the keys of every `extract` line."""
    return {
        "source": article.source,
        "text": article.text,
        "headline": article.headline,
        "date_text": article.date_text,
        "event_type": article.event_type,
        "reporters": list(article.reporters),
        "persons": [{"name": p.name, "titles": list(p.titles), "participant": p.participant}
                    for p in article.persons],
    }


def persons_of(article: dict) -> set[str]:
    return {comparison_form(p["name"]) for p in article.get("persons") or []}


def titles_of(article: dict) -> set[tuple[str, str]]:
    return {(comparison_form(p["name"]), comparison_form(t))
            for p in article.get("persons") or [] for t in p.get("titles") or []}


def participants_of(article: dict) -> set[str]:
    return {comparison_form(p["name"]) for p in article.get("persons") or [] if p.get("participant")}


def pairs_of(article: dict) -> set[frozenset[str]]:
    return {frozenset(pair) for pair in itertools.combinations(sorted(participants_of(article)), 2)}


def reporters_of(article: dict) -> set[str]:
    return {comparison_form(r) for r in article.get("reporters") or []}


EXTRACTORS = {"persons": persons_of, "titles": titles_of, "participants": participants_of,
              "coattendance": pairs_of, "reporters": reporters_of}


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, system: set, gold: set) -> None:
        self.tp += len(system & gold)
        self.fp += len(system - gold)
        self.fn += len(gold - system)

    def as_dict(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Report:
    counts: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in SET_METRICS})
    found: int = 0
    total: int = 0
    headline_ok: int = 0
    date_ok: int = 0
    type_ok: int = 0
    misses: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        found = self.found or 1
        out = {k: c.as_dict() for k, c in self.counts.items()}
        out["articles"] = {"recall": round(self.found / self.total, 4) if self.total else 1.0,
                           "found": self.found, "total": self.total}
        out["headline_accuracy"] = round(self.headline_ok / found, 4)
        out["date_accuracy"] = round(self.date_ok / found, 4)
        out["event_type_accuracy"] = round(self.type_ok / found, 4)
        return out


def match_articles(gold: list[dict], system: list[dict]) -> dict[int, int]:
    """Gold index → system index. A system article matches a gold one when its text
    contains the anchor; among several, the one where the anchor sits earliest."""
    texts = [comparison_form(a.get("text")) for a in system]
    used: set[int] = set()
    matched: dict[int, int] = {}
    for gi, g in enumerate(gold):
        anchor = comparison_form(g.get("anchor"))
        candidates = [(texts[si].find(anchor), si) for si in range(len(system))
                      if si not in used and anchor and anchor in texts[si]]
        if candidates:
            _, si = min(candidates)
            matched[gi] = si
            used.add(si)
    return matched


def score(gold_articles: list[dict], system_articles: list[dict]) -> dict:
    return score_report(gold_articles, system_articles).as_dict()


def score_report(gold_articles: list[dict], system_articles: list[dict]) -> Report:
    report = Report()
    gold_by_source: dict[str, list[dict]] = defaultdict(list)
    system_by_source: dict[str, list[dict]] = defaultdict(list)
    for g in gold_articles:
        gold_by_source[g["source"]].append(g)
    for s in system_articles:
        system_by_source[s["source"]].append(s)
    for source, gold in gold_by_source.items():
        system = system_by_source.get(source, [])
        matched = match_articles(gold, system)
        report.total += len(gold)
        for gi, g in enumerate(gold):
            if gi not in matched:
                report.misses.append(f"{source}: article not found: {g.get('anchor')}")
                for metric, extract in EXTRACTORS.items():
                    report.counts[metric].add(set(), extract(g))
                continue
            s = system[matched[gi]]
            report.found += 1
            score_pair(report, source, g, s)
        for si, s in enumerate(system):
            if si not in matched.values():
                for metric, extract in EXTRACTORS.items():
                    report.counts[metric].add(extract(s), set())
                if s.get("persons"):
                    report.misses.append(f"{source}: extra article with people: {comparison_form(s.get('text'))[:20]}")
    return report


def score_pair(report: Report, source: str, g: dict, s: dict) -> None:
    label = f"{source} {g.get('anchor', '')[:12]}"
    for metric, extract in EXTRACTORS.items():
        sys_items, gold_items = extract(s), extract(g)
        report.counts[metric].add(sys_items, gold_items)
        if sys_items != gold_items and metric != "coattendance":
            report.misses.append(f"{label}: {metric} missing {_show(gold_items - sys_items)} "
                                 f"extra {_show(sys_items - gold_items)}")
    for key, attr in (("headline", "headline_ok"), ("date_text", "date_ok"), ("event_type", "type_ok")):
        if _same(g.get(key), s.get(key)):
            setattr(report, attr, getattr(report, attr) + 1)
        else:
            report.misses.append(f"{label}: {key} {s.get(key)!r}, gold {g.get(key)!r}")


def _same(gold, system) -> bool:
    if gold is None:
        return not system
    return comparison_form(str(gold)) == comparison_form(str(system or ""))


def _show(items: set) -> str:
    shown = sorted("+".join(sorted(i)) if isinstance(i, frozenset) else "/".join(i) if isinstance(i, tuple) else i
                   for i in items)
    return "{" + ", ".join(shown) + "}"


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_gold(gold_dir: Path) -> tuple[list[dict], list[str]]:
    files = sorted(gold_dir.glob("*.jsonl"))
    if not files:
        raise SystemExit(f"eval: no *.jsonl gold files in {gold_dir}")
    gold = [a for f in files for a in read_jsonl(f)]
    return gold, [f.stem + ".txt" for f in files]


def system_articles_for(corpus: Path, sources: list[str]) -> list[dict]:
    from .pipeline import extract_paths

    paths = [corpus / s for s in sources]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise SystemExit(f"eval: pages missing from the corpus: {', '.join(missing)}")
    out: list[dict] = []
    for result in extract_paths(paths):
        if isinstance(result, PageError):
            print(f"error: {result}", file=sys.stderr)
            continue
        out.extend(article_to_output(a) for a in result.articles)
    return out


def format_table(metrics: dict) -> str:
    lines = [f"{'':16s} {'P':>6s} {'R':>6s} {'F1':>6s}   tp/fp/fn"]
    for k in SET_METRICS:
        m = metrics[k]
        lines.append(f"{k:16s} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f}   {m['tp']}/{m['fp']}/{m['fn']}")
    a = metrics["articles"]
    lines.append(f"{'articles':16s} recall {a['recall']:.3f} ({a['found']}/{a['total']})")
    for k in ("headline_accuracy", "date_accuracy", "event_type_accuracy"):
        lines.append(f"{k:20s} {metrics[k]:.3f}")
    return "\n".join(lines)


def add_arguments(parser) -> None:
    parser.add_argument("--gold", required=True, help="directory of gold *.jsonl files")
    parser.add_argument("--corpus", help="directory with the pages the gold files name")
    parser.add_argument("--system", help="score this `extract --out` JSONL instead of extracting")
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def run(args) -> int:
    gold, sources = load_gold(Path(args.gold))
    if args.system:
        system = read_jsonl(Path(args.system))
    elif args.corpus:
        system = system_articles_for(Path(args.corpus), sources)
    else:
        raise SystemExit("eval: give --corpus DIR or --system FILE")
    report = score_report(gold, system)
    metrics = report.as_dict()
    if args.json:
        print(json.dumps(metrics, ensure_ascii=False))
    else:
        print(format_table(metrics))
        if report.misses:
            print(f"\nMisses ({len(report.misses)}):")
            print("\n".join(f"  {m}" for m in report.misses))
    return 0
