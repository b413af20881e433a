"""`graph-builder identities --review [PATH...]`: names whose facts conflict, for a person to decide.

Without paths it reviews everything in the graph (the records every Page node
keeps), with the overrides of `identities.yaml` applied, as the writer does."""
from __future__ import annotations

import json
import sys
from collections import defaultdict

from ..identity import review_report
from ..read import PageError
from ..records import Article


def add_arguments(parser) -> None:
    parser.add_argument("paths", nargs="*", help="pages to extract (default: review the whole graph in Neo4j)")
    parser.add_argument("--records", help="an `extract --out` JSONL file to read instead of extracting")
    parser.add_argument("--review", action="store_true", help="print the conflicts report (default)")
    parser.add_argument("--json", action="store_true", help="print the person assignments as JSON")


def load_articles(args) -> list[Article]:
    if not args.paths and not args.records:
        return graph_articles()
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


def graph_articles() -> list[Article]:
    """Every article stored in Neo4j, from the records its Page node keeps
    (a server that refuses or does not answer raises server.ServerError)."""
    from ..graph.build import connect_writer

    with connect_writer() as writer:
        stored = writer.stored_results(writer.stored_pages())
    return [a for result in stored.values() for a in result.articles]


def run(args) -> int:
    from ..graph.build import identity_resolver

    articles = load_articles(args)
    resolver = identity_resolver(articles)
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
