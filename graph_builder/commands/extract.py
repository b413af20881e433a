"""`graph-builder extract PATH... --out FILE.jsonl`: one article a line.
With `--records DIR` the page records also go to a directory of shards
(`graph_builder/shards.py`), and a run that died resumes there; with `--ray`
the pages are extracted on a Ray cluster (`graph_builder/cluster.py`).

Each line carries the scorer's keys (source, text, headline, date_text,
event_type, reporters, persons[name, titles, participant]) and, under
`record`, the full article record with offsets and evidence.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from ..cli import add_extraction_options, iso_date
from ..cluster import ClusterError
from ..read import PageError


def add_arguments(parser) -> None:
    parser.add_argument("paths", nargs="+", help="page files or directories of pages")
    parser.add_argument("--out", help="JSONL file to write (one article a line)")
    parser.add_argument("--issue-date", type=iso_date, help="issue date of the pages (YYYY-MM-DD)")
    parser.add_argument("--pages-out", help="also write one page record a line here")
    add_extraction_options(parser)


def run(args) -> int:
    from ..pipeline import extract_paths
    if not (args.out or args.records):
        print("extract: say where the records go: --out FILE.jsonl and/or --records DIR", file=sys.stderr)
        return 2
    pages = articles = persons = 0
    failed: list[str] = []
    results = extract_paths(args.paths, issue_date=args.issue_date, processes=args.processes, ray=args.ray,
                            records=args.records)
    with ArticleLines(args.out, args.pages_out) as lines:
        try:
            for result in results:
                if isinstance(result, PageError):
                    print(f"error: {result}", file=sys.stderr)
                    failed.append(result.path)
                    continue
                pages += 1
                articles += len(result.articles)
                persons += sum(len(a.persons) for a in result.articles)
                lines.write(result)
        except ClusterError as exc:
            print(f"extract: {exc}", file=sys.stderr)
            return 1
    where = " and ".join(str(p) for p in (args.out, args.records) if p)
    print(f"{pages} pages, {articles} articles, {persons} person entries → {where}")
    if failed:
        print(f"{len(failed)} file(s) failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


class ArticleLines:
    """The --out and --pages-out files (either may be absent)."""

    def __init__(self, out: str | None, pages_out: str | None):
        self.paths = (out, pages_out)
        self.files = []

    def __enter__(self) -> "ArticleLines":
        for path in self.paths:
            if path:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            self.files.append(open(path, "w", encoding="utf-8") if path else None)
        return self

    def write(self, result) -> None:
        from ..evaluate import article_to_output

        articles_fh, pages_fh = self.files
        if articles_fh:
            for article in result.articles:
                line = article_to_output(article)
                line["record"] = article.model_dump(mode="json")
                articles_fh.write(json.dumps(line, ensure_ascii=False) + "\n")
        if pages_fh:
            pages_fh.write(result.page.model_dump_json() + "\n")

    def __exit__(self, *exc) -> None:
        for fh in self.files:
            if fh:
                fh.close()
