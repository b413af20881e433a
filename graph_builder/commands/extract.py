"""`graph-builder extract PATH... --out FILE.jsonl`: one article a line.

Each line carries the scorer's keys (source, text, headline, date_text,
event_type, reporters, persons[name, titles, participant]) and, under
`record`, the full article record with offsets and evidence.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from ..cli import iso_date
from ..read import PageError


def add_arguments(parser) -> None:
    parser.add_argument("paths", nargs="+", help="page files or directories of pages")
    parser.add_argument("--out", required=True, help="JSONL file to write")
    parser.add_argument("--issue-date", type=iso_date, help="issue date of the pages (YYYY-MM-DD)")
    parser.add_argument("--pages-out", help="also write one page record a line here")
    parser.add_argument("--processes", type=int, default=1, help="worker processes (each loads pkuseg, ~900 MB)")


def run(args) -> int:
    from ..evaluate import article_to_output
    from ..pipeline import extract_paths
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    pages = articles = persons = 0
    failed: list[str] = []
    pages_fh = open(args.pages_out, "w", encoding="utf-8") if args.pages_out else None
    with open(out, "w", encoding="utf-8") as fh:
        for result in extract_paths(args.paths, issue_date=args.issue_date, processes=args.processes):
            if isinstance(result, PageError):
                print(f"error: {result}", file=sys.stderr)
                failed.append(result.path)
                continue
            pages += 1
            for article in result.articles:
                line = article_to_output(article)
                line["record"] = article.model_dump(mode="json")
                fh.write(json.dumps(line, ensure_ascii=False) + "\n")
                articles += 1
                persons += len(article.persons)
            if pages_fh:
                pages_fh.write(result.page.model_dump_json() + "\n")
    if pages_fh:
        pages_fh.close()
    print(f"{pages} pages, {articles} articles, {persons} person entries → {out}")
    if failed:
        print(f"{len(failed)} file(s) failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0
