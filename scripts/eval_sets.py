"""Every development gold set in one table, the dev2 halves apart, and optionally the
same pages laid out again in narrower columns.

    .venv/bin/python scripts/eval_sets.py [--shared ../shared] [--widths 9 12 17] [--print-pages 12] [--misses tune]
    .venv/bin/python scripts/eval_sets.py --sets NEW_SET [--misses sets]

Rows: each (gold, corpus) pair of the shared folder, then the `tune` and `held`
halves of gold_dev2 (alternate files in name order: tune a001, a005 …; held a003,
a007 …). Read the misses of the tune half only (`--misses tune`); the held half is
for measuring. `--widths` re-lays the dev2 web pages N characters a line
(paragraphs kept, a blank line between them) in a temporary folder and scores both
halves again: narrow columns break lines mid-word and mid-name, as in the papers. `--print-pages`
lays each half's headlined pages out as print pages (three articles to a page, each
headline after its text, columns of N characters, blank lines between paragraphs), as
the paper prints them: articles must be told apart by their headlines. `--sets`
scores further folders of `gold/` and `corpus/` (a new made-up set: score it before
reading any of its misses, then `--misses sets`).
Cells are F1 (precision/recall); then articles found, headline, event type and date
accuracy.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph_builder.evaluate import load_gold, score_report, system_articles_for  # noqa: E402

SETS = [("gold", "corpus"), ("gold_web", "corpus_web"), ("gold_web", "corpus_web_wrapped"),
        ("gold_dev2", "corpus_dev2"), ("gold_dev2", "corpus_dev2_wrapped")]
METRICS = ["persons", "titles", "participants", "coattendance", "reporters"]
# The made-up set in the repository (tests/madeup/README.md).
MADEUP = ROOT / "tests" / "madeup"


def row(label: str, metrics: dict) -> str:
    cells = [f"{metrics[k]['f1']:.3f} ({metrics[k]['precision']:.2f}/{metrics[k]['recall']:.2f})" for k in METRICS]
    cells += [f"{metrics['articles']['recall']:.3f}", f"{metrics['headline_accuracy']:.3f}",
              f"{metrics['event_type_accuracy']:.3f}", f"{metrics['date_accuracy']:.3f}"]
    return f"| {label} | " + " | ".join(cells) + " |"


def halves(sources: list[str]) -> dict[str, set[str]]:
    ordered = sorted(sources)
    return {"tune": set(ordered[0::2]), "held": set(ordered[1::2])}


def score_halves(label: str, gold: list[dict], system: list[dict], sources: list[str], misses: str | None) -> None:
    for half, names in halves(sources).items():
        report = score_report([g for g in gold if g["source"] in names], [s for s in system if s["source"] in names])
        print(row(f"{label} {half} half", report.as_dict()))
        if misses == half:
            print("\n".join(f"    {m}" for m in report.misses))


def lay_out(page: Path, width: int) -> str:
    """The page's paragraphs in a column `width` characters wide."""
    paragraphs = [p.strip() for p in page.read_text(encoding="utf-8").split("\n") if p.strip()]
    return "\n\n".join("\n".join(p[k:k + width] for k in range(0, len(p), width)) for p in paragraphs) + "\n"


def print_pages(corpus: Path, gold: list[dict], names: list[str], width: int, out: Path) -> tuple[list[dict], list[str]]:
    """The half's headlined one-article pages laid out as print pages: three articles to a
    page, each headline after its text, paragraphs `width` characters a line with a blank
    line between them. Returns the gold renamed to the new pages, and their names."""
    headlined = [n for n in sorted(names) if [bool(a.get("headline")) for a in gold if a["source"] == n] == [True]]
    new_gold, pages = [], []
    for k in range(0, len(headlined), 3):
        page = f"print{k // 3:02d}.txt"
        paragraphs = []
        for source in headlined[k:k + 3]:
            article = next(a for a in gold if a["source"] == source)
            headline = "".join(article["headline"].split())
            text = [p.strip() for p in (corpus / source).read_text(encoding="utf-8").split("\n") if p.strip()]
            paragraphs += [p for p in text if "".join(p.split()) not in headline] + article["headline"].split(" ")
            new_gold.append({**article, "source": page})
        (out / page).write_text("\n\n".join("\n".join(p[i:i + width] for i in range(0, len(p), width))
                                            for p in paragraphs) + "\n", encoding="utf-8")
        pages.append(page)
    return new_gold, pages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--widths", type=int, nargs="*", default=[])
    parser.add_argument("--sets", type=Path, nargs="*", default=[], metavar="DIR",
                        help="also score these folders, each with gold/ and corpus/ (a new made-up set)")
    parser.add_argument("--misses", choices=["tune", "held", "sets"],
                        help="print the misses of this dev2 half, or of the --sets folders")
    parser.add_argument("--print-pages", type=int, nargs="*", default=[], metavar="WIDTH",
                        help="also score each dev2 half laid out as print pages in columns of WIDTH")
    args = parser.parse_args()
    print("| set | " + " | ".join(METRICS) + " | articles | headline | event type | date |")
    print("|" + "---|" * (len(METRICS) + 5))
    for gold_dir, corpus_dir in SETS:
        if not (args.shared / gold_dir).is_dir() or not (args.shared / corpus_dir).is_dir():
            continue
        gold, sources = load_gold(args.shared / gold_dir)
        system = system_articles_for(args.shared / corpus_dir, sources)
        print(row(f"{gold_dir} / {corpus_dir}", score_report(gold, system).as_dict()))
        if gold_dir == "gold_dev2":
            score_halves(corpus_dir, gold, system, sources, args.misses)
    gold, sources = load_gold(MADEUP / "gold")
    print(row("madeup (tests/madeup)", score_report(gold, system_articles_for(MADEUP / "corpus", sources)).as_dict()))
    for folder in args.sets:
        gold, sources = load_gold(folder / "gold")
        report = score_report(gold, system_articles_for(folder / "corpus", sources))
        print(row(str(folder), report.as_dict()))
        if args.misses == "sets":
            print("\n".join(f"    {m}" for m in report.misses))
    if args.widths and (args.shared / "gold_dev2").is_dir():
        gold, sources = load_gold(args.shared / "gold_dev2")
        for width in args.widths:
            with tempfile.TemporaryDirectory() as tmp:
                for source in sources:
                    (Path(tmp) / source).write_text(lay_out(args.shared / "corpus_dev2" / source, width), encoding="utf-8")
                system = system_articles_for(Path(tmp), sources)
            score_halves(f"dev2 in columns of {width}", gold, system, sources, args.misses)
    if args.print_pages and (args.shared / "gold_dev2").is_dir():
        gold, sources = load_gold(args.shared / "gold_dev2")
        for width in args.print_pages:
            for half, names in halves(sources).items():
                with tempfile.TemporaryDirectory() as tmp:
                    half_gold, pages = print_pages(args.shared / "corpus_dev2", gold, list(names), width, Path(tmp))
                    report = score_report(half_gold, system_articles_for(Path(tmp), pages))
                print(row(f"dev2 {half} half as print pages of {width}", report.as_dict()))
                if args.misses == half:
                    print("\n".join(f"    {m}" for m in report.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
