"""Neo4j writer: batched, parameterised `UNWIND … MERGE`, one transaction per
batch of whole pages (after neo4j-graphrag-python's KG writer).

Loading a page again replaces that page's facts in the same transaction: its
articles, events and fact relationships are deleted, the new ones written, and
the derived HELD and CO_ATTENDED relationships recomputed for every person the
page touched before or after. Loading the same input twice leaves the same
node and relationship counts.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from neo4j import Driver, ManagedTransaction
from neo4j.exceptions import ServiceUnavailable, SessionExpired, TransientError

from .model import NODE_KEYS, REL_ENDS, GraphData, page_graph, Resolve
from ..records import PageResult

SCHEMA_FILE = Path(__file__).with_name("schema.cypher")
RETRIES = 5


class WriteError(RuntimeError):
    pass


def schema_statements() -> list[str]:
    text = "\n".join(line for line in SCHEMA_FILE.read_text(encoding="utf-8").splitlines()
                     if not line.strip().startswith("//"))
    return [s.strip() for s in text.split(";") if s.strip()]


def node_query(label: str) -> str:
    key = NODE_KEYS[label]
    return f"UNWIND $rows AS row MERGE (n:{label} {{{key}: row.{key}}}) SET n += row"


def person_query() -> str:
    # names: every form the person was seen as, kept across loads.
    return ("UNWIND $rows AS row MERGE (n:Person {person_id: row.person_id}) "
            "SET n.name = row.name, n.qualifier = row.qualifier, "
            "n.names = [x IN coalesce(n.names, []) WHERE NOT x IN row.names] + row.names")


def rel_query(rel_type: str) -> str:
    start, end = REL_ENDS[rel_type]
    verb = "MERGE" if rel_type in ("ON", "OF") else "CREATE"
    return (f"UNWIND $rows AS row MATCH (a:{start} {{{NODE_KEYS[start]}: row.start}}) "
            f"MATCH (b:{end} {{{NODE_KEYS[end]}: row.end}}) {verb} (a)-[r:{rel_type}]->(b) SET r += row.props")


TOUCHED_PEOPLE = """
UNWIND $sources AS source
MATCH (a:Article {page: source})<-[:MENTIONED_IN|WROTE]-(p:Person)
RETURN collect(DISTINCT p.person_id) AS ids
"""

DELETE_PAGES = [
    "UNWIND $sources AS source MATCH (:Person)-[t:TITLED {page: source}]->(:Post) DELETE t",
    "UNWIND $sources AS source MATCH (e:Event)-[:REPORTED_IN]->(:Article {page: source}) DETACH DELETE e",
    "UNWIND $sources AS source MATCH (a:Article {page: source}) DETACH DELETE a",
]

DELETE_DERIVED = """
UNWIND $ids AS id MATCH (p:Person {person_id: id})-[r:HELD|CO_ATTENDED]-() DELETE r
"""

RECOMPUTE_HELD = """
UNWIND $ids AS id
MATCH (p:Person {person_id: id})-[t:TITLED]->(post:Post)
WITH p, post, t ORDER BY coalesce(t.date, ''), t.article_id, t.start
WITH p, post, collect(t) AS ts
MERGE (p)-[h:HELD]->(post)
SET h.title = ts[0].title, h.first_seen = ts[0].date, h.last_seen = ts[-1].date, h.count = size(ts),
    h.article_id = ts[0].article_id, h.start = ts[0].start, h.end = ts[0].end, h.sentence = ts[0].sentence
"""

RECOMPUTE_CO_ATTENDED = """
UNWIND $ids AS id
MATCH (p:Person {person_id: id})-[:ATTENDED]->(e:Event)<-[:ATTENDED]-(q:Person)
WHERE q <> p
WITH CASE WHEN p.person_id < q.person_id THEN p ELSE q END AS a,
     CASE WHEN p.person_id < q.person_id THEN q ELSE p END AS b, e
WITH DISTINCT a, b, e ORDER BY coalesce(e.date, ''), e.event_id
WITH a, b, collect(e) AS evs
MERGE (a)-[c:CO_ATTENDED]->(b)
SET c.count = size(evs), c.first = evs[0].date, c.last = evs[-1].date,
    c.events = [x IN evs | x.event_id], c.article_ids = [x IN evs | split(x.event_id, ':event')[0]]
"""

DELETE_ORPHANS = [
    "MATCH (p:Person) WHERE NOT (p)--() DELETE p",
    "MATCH (p:Post) WHERE NOT (p)<-[:TITLED]-() DETACH DELETE p",
    "MATCH (o:Organization) WHERE NOT (o)--() DELETE o",
]

STORED_PAGES = "MATCH (p:Page) RETURN p.source AS source, p.sha256 AS sha256, p.assignment AS assignment"
STORED_RECORDS = "MATCH (p:Page) WHERE p.source IN $sources RETURN p.source AS source, p.records AS records"
DELETE_PAGE_NODES = "UNWIND $sources AS source MATCH (p:Page {source: source}) DETACH DELETE p"


@dataclass
class LoadStats:
    pages: int = 0
    nodes: int = 0
    relationships: int = 0
    seconds: float = 0.0
    batches: int = 0


class Neo4jWriter:
    def __init__(self, driver: Driver, database: str = "neo4j", batch_size: int = 1000):
        self.location = database
        self.driver = driver
        self.database = database
        self.batch_size = batch_size

    @classmethod
    def connect(cls, connection, batch_size: int = 1000) -> "Neo4jWriter":
        """Connect with a `server.Connection` (environment, config.yaml or the local server)."""
        driver = connection.driver()
        driver.verify_connectivity()
        return cls(driver, connection.database, batch_size)

    def close(self) -> None:
        self.driver.close()

    def __enter__(self) -> "Neo4jWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- schema and reading back ---------------------------------------------

    def ensure_schema(self) -> None:
        for statement in schema_statements():
            self.driver.execute_query(statement, database_=self.database)

    def stored_pages(self) -> dict[str, dict]:
        records, _, _ = self.driver.execute_query(STORED_PAGES, database_=self.database)
        return {r["source"]: dict(r) for r in records}

    def stored_results(self, sources: Iterable[str]) -> dict[str, PageResult]:
        records, _, _ = self.driver.execute_query(STORED_RECORDS, sources=list(sources), database_=self.database)
        return {r["source"]: PageResult.model_validate_json(r["records"]) for r in records if r["records"]}

    def meta(self, key: str):
        records, _, _ = self.driver.execute_query(
            "MATCH (m:GraphBuilderMeta {key: $key}) RETURN m.value AS value", key=key, database_=self.database)
        return records[0]["value"] if records else None

    def set_meta(self, key: str, value) -> None:
        self.driver.execute_query("MERGE (m:GraphBuilderMeta {key: $key}) SET m.value = $value",
                                  key=key, value=value, database_=self.database)

    def pages_with_names(self, names: list[str]) -> set[str]:
        records, _, _ = self.driver.execute_query(
            "MATCH (p:Person)-[:MENTIONED_IN]->(a:Article) WHERE p.name IN $names RETURN DISTINCT a.page AS page",
            names=names, database_=self.database)
        return {r["page"] for r in records}

    def snapshot(self) -> dict:
        """What a refresh summary compares: people, posts, tenures, co-attendances."""
        q = self.driver.execute_query
        db = self.database
        people = {r["id"]: r["name"] for r in q("MATCH (p:Person) RETURN p.person_id AS id, p.name AS name",
                                                 database_=db)[0]}
        posts = {r["t"] for r in q("MATCH (p:Post) RETURN p.title AS t", database_=db)[0]}
        held = {(r["name"], r["title"]): (r["first"], r["last"]) for r in q(
            "MATCH (p:Person)-[h:HELD]->(post:Post) RETURN p.name AS name, post.title AS title, "
            "h.first_seen AS first, h.last_seen AS last", database_=db)[0]}
        co = {(r["a"], r["b"]) for r in q(
            "MATCH (a:Person)-[:CO_ATTENDED]->(b:Person) RETURN a.name AS a, b.name AS b", database_=db)[0]}
        return {"people": people, "posts": posts, "held": held, "co_attended": co}

    def counts(self) -> tuple[int, int]:
        n = self.driver.execute_query("MATCH (n) RETURN count(n) AS c", database_=self.database)[0][0]["c"]
        r = self.driver.execute_query("MATCH ()-[r]->() RETURN count(r) AS c", database_=self.database)[0][0]["c"]
        return n, r

    # --- writing -----------------------------------------------------------------

    def write_pages(self, results: Iterable[PageResult], resolve: Resolve) -> LoadStats:
        stats = LoadStats()
        t0 = time.perf_counter()
        for batch in self.batches(results, resolve):
            data, sources = batch
            self.run_write(self.write_batch, data, sources)
            stats.pages += len(sources)
            stats.batches += 1
            stats.nodes += sum(len(v) for v in data.nodes.values())
            stats.relationships += data.count_rels()
        stats.seconds = time.perf_counter() - t0
        self.run_write(self.delete_orphans)
        return stats

    def batches(self, results: Iterable[PageResult], resolve: Resolve) -> Iterator[tuple[GraphData, list[str]]]:
        """Whole pages per batch, about batch_size relationships each."""
        data, sources = GraphData(), []
        for result in results:
            page_graph(result, resolve, data)
            sources.append(result.page.source)
            if data.count_rels() >= self.batch_size:
                yield data, sources
                data, sources = GraphData(), []
        if sources:
            yield data, sources

    def delete_pages(self, sources: list[str]) -> None:
        """Remove pages that left the input, with their facts."""
        def work(tx: ManagedTransaction) -> None:
            touched = tx.run(TOUCHED_PEOPLE, sources=sources).single()["ids"]
            for q in DELETE_PAGES:
                tx.run(q, sources=sources)
            tx.run(DELETE_PAGE_NODES, sources=sources)
            self.recompute(tx, touched)
        self.run_write(work)
        self.run_write(self.delete_orphans)

    def run_write(self, work, *args) -> None:
        """Managed transactions retry transient errors; a lost server is retried
        with backoff, then reported. A failed batch leaves nothing half written."""
        delay = 1.0
        for attempt in range(RETRIES):
            try:
                with self.driver.session(database=self.database) as session:
                    session.execute_write(work, *args)
                return
            except (ServiceUnavailable, SessionExpired, TransientError) as exc:
                if attempt == RETRIES - 1:
                    raise WriteError(f"Neo4j unavailable after {RETRIES} tries: {exc}") from None
                time.sleep(delay)
                delay *= 2

    @staticmethod
    def write_batch(tx: ManagedTransaction, data: GraphData, sources: list[str]) -> None:
        before = tx.run(TOUCHED_PEOPLE, sources=sources).single()["ids"]
        for q in DELETE_PAGES:
            tx.run(q, sources=sources)
        for label, rows in data.nodes.items():
            if rows:
                tx.run(person_query() if label == "Person" else node_query(label), rows=list(rows.values()))
        for rel_type, rows in data.rels.items():
            if rows:
                tx.run(rel_query(rel_type), rows=rows)
        touched = sorted(set(before) | set(data.nodes.get("Person", {})))
        Neo4jWriter.recompute(tx, touched)

    @staticmethod
    def recompute(tx: ManagedTransaction, ids: list[str]) -> None:
        tx.run(DELETE_DERIVED, ids=ids)
        tx.run(RECOMPUTE_HELD, ids=ids)
        tx.run(RECOMPUTE_CO_ATTENDED, ids=ids)

    @staticmethod
    def delete_orphans(tx: ManagedTransaction) -> None:
        for q in DELETE_ORPHANS:
            tx.run(q)
