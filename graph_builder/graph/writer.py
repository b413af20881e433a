"""Neo4j writer: batched, parameterised `UNWIND … MERGE`, one transaction per
batch of whole pages (after neo4j-graphrag-python's KG writer).

Loading a page again replaces that page's facts in the same transaction: its
articles, events and fact relationships are deleted and the new ones written.
The derived HELD and CO_ATTENDED relationships are then recomputed, once per
load, for every person a page touched before or after. Loading the same input
twice leaves the same node and relationship counts.
"""
from __future__ import annotations

import re
import time
import zlib
from collections import Counter
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from neo4j import Driver, ManagedTransaction
from neo4j.exceptions import ServiceUnavailable, SessionExpired, TransientError

from .model import NODE_KEYS, REL_ENDS, STRUCTURE_RELS, GraphData, Resolve, page_graph
from ..records import PageResult

SCHEMA_FILE = Path(__file__).with_name("schema.cypher")
RETRIES = 5


class WriteError(RuntimeError):
    pass


def schema_statements() -> list[str]:
    text = "\n".join(line for line in SCHEMA_FILE.read_text(encoding="utf-8").splitlines()
                     if not line.strip().startswith("//"))
    return [s.strip() for s in text.split(";") if s.strip()]


PROPERTY_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def checked(keys: Iterable[str]) -> list[str]:
    """Property names go into the query text: only plain identifiers pass."""
    keys = sorted(keys)
    bad = [k for k in keys if not PROPERTY_KEY.match(k)]
    if bad:
        raise ValueError(f"not a property name: {bad}")
    return keys


def property_list(keys: Iterable[str], source: str, target: str) -> str:
    """`n.a = row.a, n.b = row.b`: properties named one by one, since `SET n += row`
    makes the planner materialise every row first (an Eager) before writing."""
    return ", ".join(f"{target}.{k} = {source}.{k}" for k in checked(keys))


# Nodes that many pages share: their properties follow from their key, so an
# existing one is only read, not rewritten (and locked) by every batch.
SHARED_NODES = {"Post", "Organization", "Paper"}


def node_query(label: str, keys: Iterable[str]) -> str:
    key = NODE_KEYS[label]
    rest = [k for k in keys if k != key]
    merge = f"UNWIND $rows AS row MERGE (n:{label} {{{key}: row.{key}}})"
    if not rest:
        return merge
    verb = "ON CREATE SET" if label in SHARED_NODES else "SET"
    return f"{merge} {verb} {property_list(rest, 'row', 'n')}"


def person_query() -> str:
    # names: every form the person was seen as, kept across loads. A person is
    # written only when something changed: most batches just read the officials.
    return ("UNWIND $rows AS row MERGE (n:Person {person_id: row.person_id}) "
            "ON CREATE SET n.name = row.name, n.qualifier = row.qualifier, n.names = row.names "
            "WITH n, row WHERE n.name <> row.name "
            "OR coalesce(n.qualifier, '') <> coalesce(row.qualifier, '') "
            "OR any(x IN row.names WHERE NOT x IN n.names) "
            "SET n.name = row.name, n.qualifier = row.qualifier, "
            "n.names = [x IN coalesce(n.names, []) WHERE NOT x IN row.names] + row.names")


def rel_query(rel_type: str, keys: Iterable[str]) -> str:
    start, end = REL_ENDS[rel_type]
    match = (f"UNWIND $rows AS row MATCH (a:{start} {{{NODE_KEYS[start]}: row.start}}) "
             f"MATCH (b:{end} {{{NODE_KEYS[end]}: row.end}}) ")
    if rel_type in STRUCTURE_RELS:  # one edge whatever the number of loads
        sets = f" SET {property_list(keys, 'row.props', 'r')}" if keys else ""
        return match + f"MERGE (a)-[r:{rel_type}]->(b)" + sets
    props = ", ".join(f"{k}: row.props.{k}" for k in checked(keys))
    return match + f"CREATE (a)-[r:{rel_type} {{{props}}}]->(b)"


def row_keys(rows: Iterable[dict]) -> set[str]:
    keys: set[str] = set()
    for row in rows:
        keys.update(row)
    return keys


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

# Derived relationships are recomputed once per load, not once per batch: a batch
# marks the people it touched (label Stale, in its own transaction, so a load that
# dies leaves the marks for the next one), and finish_derived() recomputes them.
MARK_STALE = "UNWIND $ids AS id MATCH (p:Person {person_id: id}) SET p:Stale"
STALE_PEOPLE = "MATCH (p:Person:Stale) RETURN p.person_id AS id LIMIT $limit"
CLEAR_STALE = "UNWIND $ids AS id MATCH (p:Person:Stale {person_id: id}) REMOVE p:Stale"
DERIVED_CHUNK = 1000

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

# A person's descriptions (村民, 脱贫户) are those of their mentions, like tenure derived from the facts.
RECOMPUTE_DESCRIPTIONS = """
UNWIND $ids AS id
MATCH (p:Person {person_id: id})
OPTIONAL MATCH (p)-[m:MENTIONED_IN]->(:Article)
WITH p, m ORDER BY m.article_id
WITH p, collect(m.described_as) AS lists
SET p.descriptions = reduce(acc = [], xs IN lists | acc + [x IN coalesce(xs, []) WHERE NOT x IN acc])
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
    "MATCH (p:Paper) WHERE NOT (p)--() DELETE p",
]

STORED_PAGES = ("MATCH (p:Page) RETURN p.source AS source, p.sha256 AS sha256, p.assignment AS assignment, "
                "p.copy_of AS copy_of")
STORED_RECORDS = "MATCH (p:Page) WHERE p.source IN $sources RETURN p.source AS source, p.records AS records"
DELETE_PAGE_NODES = "UNWIND $sources AS source MATCH (p:Page {source: source}) DETACH DELETE p"


def finished(data: GraphData) -> GraphData:
    """A batch as Neo4j stores it: page records compressed (a page's records
    are JSON of some 25 kB, about 5 kB as zlib bytes)."""
    for row in data.nodes.get("Page", {}).values():
        if isinstance(row.get("records"), str):
            row["records"] = zlib.compress(row["records"].encode("utf-8"), 6)
    return data


def unpack_records(value: str | bytes) -> str:
    return zlib.decompress(value).decode("utf-8") if isinstance(value, (bytes, bytearray)) else value


@dataclass
class LoadStats:
    pages: int = 0
    nodes: int = 0
    relationships: int = 0
    seconds: float = 0.0
    batches: int = 0

    def add(self, pages: int, nodes: int, relationships: int) -> None:
        self.pages += pages
        self.nodes += nodes
        self.relationships += relationships
        self.batches += 1


class Neo4jWriter:
    def __init__(self, driver: Driver, database: str = "neo4j", batch_size: int = 1000):
        self.location = database
        self.driver = driver
        self.database = database
        self.batch_size = batch_size
        # seconds per phase (assemble, delete, nodes, relationships, derived, commit): where a load's time goes
        self.timings: Counter[str] = Counter()

    @classmethod
    def connect(cls, connection, batch_size: int = 1000) -> "Neo4jWriter":
        """Connect with a `server.Connection` (environment, config.yaml or the local server);
        a server that refuses or does not answer raises server.ServerError."""
        return cls(connection.open(), connection.database, batch_size)

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
        return {r["source"]: PageResult.model_validate_json(unpack_records(r["records"]))
                for r in records if r["records"]}

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
        """Write whole pages, a batch a transaction. One batch is written on a
        background thread while the next is assembled; more writers at once only
        deadlock on the officials that every page names (benchmarks/bench_load.py)."""
        stats = LoadStats()
        t0 = time.perf_counter()
        with ThreadPoolExecutor(1) as writer_thread:
            pending: Future | None = None
            for data, sources in self.batches(results, resolve):
                if pending:
                    stats.add(*pending.result())  # a failed batch raises here and stops the load
                pending = writer_thread.submit(self.write_one, data, sources)
            if pending:
                stats.add(*pending.result())
        self.finish_derived()
        self.run_write(self.delete_orphans)
        stats.seconds = time.perf_counter() - t0
        return stats

    def write_one(self, data: GraphData, sources: list[str]) -> tuple[int, int, int]:
        """One batch, one transaction; its phases timed apart, the rest is commit."""
        phases: Counter[str] = Counter()
        t0 = time.perf_counter()
        self.run_write(self.write_batch, data, sources, phases)
        phases["commit"] += time.perf_counter() - t0 - sum(phases.values())
        self.timings.update(phases)  # the main thread only times "assemble"
        return len(sources), sum(len(v) for v in data.nodes.values()), data.count_rels()

    def finish_derived(self) -> int:
        """Recompute HELD and CO_ATTENDED for every person marked stale, a chunk
        of people a transaction; returns how many people were recomputed."""
        done = 0
        while True:
            records, _, _ = self.driver.execute_query(STALE_PEOPLE, limit=DERIVED_CHUNK, database_=self.database)
            ids = [r["id"] for r in records]
            if not ids:
                return done
            self.run_write(self.recompute, ids)
            done += len(ids)

    def batches(self, results: Iterable[PageResult], resolve: Resolve) -> Iterator[tuple[GraphData, list[str]]]:
        """Whole pages per batch, about batch_size relationships each."""
        data, sources = GraphData(), []
        for result in results:
            t0 = time.perf_counter()
            page_graph(result, resolve, data)
            self.timings["assemble"] += time.perf_counter() - t0
            sources.append(result.page.source)
            if data.count_rels() >= self.batch_size:
                yield finished(data), sources
                data, sources = GraphData(), []
        if sources:
            yield finished(data), sources

    def delete_pages(self, sources: list[str]) -> None:
        """Remove pages that left the input, with their facts."""
        def work(tx: ManagedTransaction) -> None:
            touched = self.delete_facts(tx, sources, self.timings)
            tx.run(DELETE_PAGE_NODES, sources=sources)
            self.timed(self.timings, "derived", tx, MARK_STALE, ids=touched)
        self.run_write(work)
        self.finish_derived()
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
    def timed(clock: Counter, phase: str, tx: ManagedTransaction, query: str, **params) -> list:
        t0 = time.perf_counter()
        records = list(tx.run(query, **params))
        clock[phase] += time.perf_counter() - t0
        return records

    def delete_facts(self, tx: ManagedTransaction, sources: list[str], clock: Counter) -> list[str]:
        """Delete the pages' articles, events and fact relationships; returns the people they touched."""
        touched = self.timed(clock, "delete", tx, TOUCHED_PEOPLE, sources=sources)[0]["ids"]
        for q in DELETE_PAGES:
            self.timed(clock, "delete", tx, q, sources=sources)
        return touched

    def write_batch(self, tx: ManagedTransaction, data: GraphData, sources: list[str], clock: Counter) -> None:
        before = self.delete_facts(tx, sources, clock)
        for label, rows in data.nodes.items():
            if rows:
                values = list(rows.values())
                query = person_query() if label == "Person" else node_query(label, row_keys(values))
                self.timed(clock, "nodes", tx, query, rows=values)
        for rel_type, rows in data.rels.items():
            if rows:
                query = rel_query(rel_type, row_keys(r["props"] for r in rows))
                self.timed(clock, "relationships", tx, query, rows=rows)
        touched = sorted(set(before) | set(data.nodes.get("Person", {})))
        self.timed(clock, "derived", tx, MARK_STALE, ids=touched)

    def recompute(self, tx: ManagedTransaction, ids: list[str]) -> None:
        for query in (DELETE_DERIVED, RECOMPUTE_HELD, RECOMPUTE_DESCRIPTIONS, RECOMPUTE_CO_ATTENDED, CLEAR_STALE):
            self.timed(self.timings, "derived", tx, query, ids=ids)

    def delete_orphans(self, tx: ManagedTransaction) -> None:
        for q in DELETE_ORPHANS:
            self.timed(self.timings, "orphans", tx, q)
