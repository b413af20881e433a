"""The graph in a real Neo4j: idempotence, per-page replacement, derived facts, queries."""
from __future__ import annotations

import copy
import shutil

from graph_builder.graph.build import load_neo4j, make_resolver
from graph_builder.graph.queries import run_query

from conftest import SAMPLES


def rows(writer, query, **params):
    return run_query(writer.driver, query, {k: str(v) for k, v in params.items()}, writer.database)


def test_loading_twice_leaves_identical_counts(writer, sample_results):
    resolve = make_resolver(sample_results)
    writer.write_pages(sample_results, resolve)
    first = writer.counts()
    writer.write_pages(sample_results, resolve)
    assert writer.counts() == first
    assert first[0] > 200 and first[1] > 600


def test_reloading_a_changed_page_replaces_its_facts(writer, sample_results):
    resolve = make_resolver(sample_results)
    writer.write_pages(sample_results, resolve)
    changed = copy.deepcopy(sample_results[0])
    talks = next(a for a in changed.articles if a.headline and "国家能源投资集团" in a.headline)
    talks.persons = [p for p in talks.persons if p.name != "王祥喜"]
    talks.participations = [p for p in talks.participations if p.person != "王祥喜"]
    writer.write_pages([changed], make_resolver([changed] + sample_results[1:]))
    assert rows(writer, "evidence", name="王祥喜") == []
    co = {r["co_attendee"] for r in rows(writer, "co_attendees", name="王小平")}
    assert "王祥喜" not in co and {"郭鹏", "孙起鹏"} <= co
    people = writer.driver.execute_query("MATCH (p:Person {name: '王祥喜'}) RETURN count(p) AS c")[0][0]["c"]
    assert people == 0  # no stale node either


def test_queries_answer_on_the_sample_pages(writer, sample_results):
    writer.write_pages(sample_results, make_resolver(sample_results))
    co = {r["co_attendee"]: r for r in rows(writer, "co_attendees", name="王小平")}
    assert {"郭鹏", "孙起鹏", "邹友峰", "杨小林", "王祥喜"} <= set(co)
    assert co["郭鹏"]["times"] == 1 and co["郭鹏"]["first"] == "2019-04-09"
    both = {r["person"] for r in rows(writer, "attended_with_both", a="刘明胜", b="冯利民")}
    assert {"万英奎", "申晓东"} <= both
    path = rows(writer, "shortest_path", a="刘明胜", b="赵俊峰")
    assert path and path[0]["hops"] == 1
    holders = {r["person"] for r in rows(writer, "post_holders", post="副市长", **{"from": "2019-01-01", "to": "2019-12-31"})}
    assert {"孙起鹏", "汪习武", "王付举"} <= holders
    timeline = rows(writer, "timeline", name="吕沛")
    posts = [r["what"] for r in timeline if r["kind"] == "post"]
    assert "孟州市委副书记" in posts and "示范区（高新区）党工委书记" in posts
    assert [r["date"] for r in timeline] == sorted(r["date"] for r in timeline)
    top = rows(writer, "most_connected", limit=3)
    assert top[0]["person"] == "吕沛" and len(top) == 3
    evidence = rows(writer, "evidence", name="郭鹏")
    assert any("修武县委书记郭鹏" in r["sentence"] for r in evidence)


def test_tenure_first_and_last_seen(writer, sample_results):
    writer.write_pages(sample_results, make_resolver(sample_results))
    held = writer.driver.execute_query(
        "MATCH (:Person {name: '吕沛'})-[h:HELD]->(p:Post) RETURN p.title AS post, h.first_seen AS first, "
        "h.last_seen AS last, h.count AS n")[0]
    by_post = {r["post"]: r for r in held}
    assert by_post["区防汛抗旱指挥部总指挥长"]["first"] < by_post["区防汛抗旱指挥部总指挥长"]["last"]
    assert by_post["孟州市委副书记"]["n"] == 1


def test_build_refresh_only_loads_changed_pages_and_prunes(writer, tmp_path):
    pages = tmp_path / "pages"
    shutil.copytree(SAMPLES, pages)
    files = sorted(pages.glob("*.txt"))
    first = load_neo4j(writer, files)
    assert first.pages_loaded == 5
    again = load_neo4j(writer, files, only_changed=True)
    assert again.pages_loaded == 0 and again.pages_unchanged == 5
    files[0].write_text(files[0].read_text(encoding="utf-8") + "\n本报讯（记者张三）昨日，副市长李四出席会议。①3\n",
                        encoding="utf-8")
    files[1].unlink()
    third = load_neo4j(writer, sorted(pages.glob("*.txt")), only_changed=True, prune=True)
    assert third.pages_loaded == 1 and third.pages_pruned == 1
    assert "李四" in third.changes["new_people"]
    sources = set(writer.stored_pages())
    assert files[1].name not in sources and len(sources) == 4


def test_a_bad_file_is_reported_and_the_rest_loads(writer, tmp_path):
    pages = tmp_path / "pages"
    shutil.copytree(SAMPLES, pages)
    (pages / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    summary = load_neo4j(writer, sorted(pages.glob("*.txt")))
    assert summary.pages_loaded == 5
    assert any("broken.txt" in f for f in summary.failed)


def person_ids(writer, name):
    return sorted(r["id"] for r in writer.driver.execute_query(
        "MATCH (p:Person {name: $name}) RETURN p.person_id AS id", name=name)[0])


def test_same_name_in_two_counties_same_month_stays_two_people(writer, tmp_path):
    a = tmp_path / "2020-05-04" / "a.txt"
    b = tmp_path / "2020-05-21" / "b.txt"
    for path, text in ((a, "本报讯（记者张华）5月3日，修武县委书记王伟主持召开县委常委会议。①3\n"),
                       (b, "本报讯（记者李明）5月20日，温县县委书记王伟主持召开县委常委会议。①3\n")):
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
    load_neo4j(writer, [a, b])
    assert len(person_ids(writer, "王伟")) == 2


def test_overrides_split_and_ids_stay_stable_as_pages_arrive(writer, tmp_path, monkeypatch):
    files = sorted(SAMPLES.glob("*.txt"))
    overrides = tmp_path / "identities.yaml"
    monkeypatch.setattr("graph_builder.graph.build.overrides_path", lambda: overrides)
    load_neo4j(writer, files[:3])
    before = person_ids(writer, "吕沛")
    load_neo4j(writer, files)  # more pages: ids of people already there do not change
    assert set(before) <= set(person_ids(writer, "吕沛"))
    assert len(person_ids(writer, "吕沛")) == 1
    overrides.write_text("split:\n  - name: 吕沛\n    people:\n      - label: 孟州市\n        org_contains: [孟州]\n"
                         "      - label: 示范区\n        org_contains: [示范区]\n", encoding="utf-8")
    summary = load_neo4j(writer, files, only_changed=True)  # nothing new, but the overrides changed
    assert summary.pages_reassigned >= 2
    ids = person_ids(writer, "吕沛")
    assert len(ids) == 3  # 孟州市, 示范区, and the untitled mention of the leader list
    held = writer.driver.execute_query(
        "MATCH (p:Person {name: '吕沛'})-[:HELD]->(post:Post) RETURN p.qualifier AS q, collect(post.title) AS posts")[0]
    by = {r["q"]: r["posts"] for r in held}
    assert "孟州市委副书记" in by["孟州市"] and "示范区（高新区）党工委书记" in by["示范区"]


def test_identity_review_reads_the_whole_graph(writer, sample_results):
    import subprocess
    import sys

    from conftest import ROOT

    writer.write_pages(sample_results, make_resolver(sample_results))
    done = subprocess.run([sys.executable, "-m", "graph_builder", "identities", "--review"], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "吕沛: jump" in done.stdout
    assert "孟州市委副书记" in done.stdout and "示范区（高新区）党工委书记" in done.stdout
