"""`graph-builder identities --review PATH...`: names whose facts conflict, for a person to decide."""
from __future__ import annotations

import json
import sys
from collections import defaultdict

from ..config import resolve_path, section
from ..identity import IdentityResolver, Overrides, review_report
from ..read import PageError
from ..records import Article


def add_arguments(parser) -> None:
    parser.add_argument("paths", nargs="*", help="pages to extract (or use --records)")
    parser.add_argument("--records", help="an `extract --out` JSONL file to read instead of extracting")
    parser.add_argument("--review", action="store_true", help="print the conflicts report (default)")
    parser.add_argument("--json", action="store_true", help="print the person assignments as JSON")


def overrides_path():
    configured = section("identity").get("overrides") or "identities.yaml"
    return resolve_path(configured)


def load_articles(args) -> list[Article]:
    if args.records:
        with open(args.records, encoding="utf-8") as fh:
            return [Article.model_validate(json.loads(line)["record"]) for line in fh if line.strip()]
    from ..pipeline import extract_paths

    articles: list[Article] = []
    for result in extract_paths(args.paths):
        if isinstance(result, PageError):
            print(f"error: {result}", file=sys.stderr)
            continue
        articles.extend(result.articles)
    return articles


def run(args) -> int:
    if not args.paths and not args.records:
        print("identities: give page paths or --records FILE", file=sys.stderr)
        return 2
    paper = section("paper").get("name") or ""
    resolver = IdentityResolver(paper, Overrides.load(overrides_path()))
    resolver.add_articles(load_articles(args))
    if args.json:
        people = defaultdict(lambda: {"articles": []})
        for (article_id, name), person in sorted(resolver.resolve().items()):
            entry = people[person.id]
            entry.update(id=person.id, name=person.name, label=person.label)
            entry["articles"].append(article_id)
        print(json.dumps(list(people.values()), ensure_ascii=False, indent=2))
    else:
        print(review_report(resolver))
    return 0
