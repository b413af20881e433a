"""Graph correctness in a real Neo4j (issue 11): dated archives, copies, posts
with their organisation, descriptions, one role per attendance, one-sentence
evidence, papers, event names and article captions. The graph loads the
fixture archive tests/archive (YYYY-MM-DD/A01.txt)."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from graph_builder.config import load_config
from graph_builder.graph.build import load_neo4j, make_resolver
from graph_builder.graph.queries import run_query

from conftest import ARCHIVE, ROOT, SAMPLES


def rows(writer, query, **params):
    return run_query(writer.driver, query, {k: str(v) for k, v in params.items()}, writer.database)


def cypher(writer, text, **params):
    return [dict(r) for r in writer.driver.execute_query(text, params, database_=writer.database)[0]]


def page_articles(writer) -> dict[str, tuple[int, int]]:
    """Page key → (its `articles` property, the Article nodes attached)."""
    return {r["page"]: (r["expected"], r["found"]) for r in cypher(
        writer, "MATCH (p:Page) OPTIONAL MATCH (a:Article)-[:ON]->(p) "
                "RETURN p.source AS page, p.articles AS expected, count(a) AS found")}


@pytest.fixture()
def loaded(writer, sample_results):
    writer.write_pages(sample_results, make_resolver(sample_results))
    return writer


# --- 1. pages keyed by their path in the archive -------------------------------

def test_same_page_name_on_two_days_is_two_pages(writer):
    load_neo4j(writer, [ARCHIVE])
    pages = page_articles(writer)
    assert {"2019-04-10/A01.txt", "2020-04-25/A01.txt"} <= set(pages)
    assert len(pages) == 5 and all(expected == found > 0 for expected, found in pages.values())
    assert pages["2019-04-10/A01.txt"] == (10, 10) and pages["2020-04-25/A01.txt"] == (10, 10)
    stored = cypher(writer, "MATCH (p:Page {source: '2019-04-10/A01.txt'}) RETURN p.path AS path")[0]["path"]
    assert stored == str((ARCHIVE / "2019-04-10" / "A01.txt").resolve())
    load_neo4j(writer, [ARCHIVE / "2019-04-10"])  # one day's folder again: the other days keep their facts
    assert page_articles(writer)["2020-04-25/A01.txt"] == (10, 10)


def test_refresh_prunes_by_the_page_key(writer, tmp_path):
    archive = tmp_path / "archive"
    shutil.copytree(ARCHIVE, archive)
    load_neo4j(writer, [archive])
    (archive / "2019-04-21" / "A01.txt").unlink()
    summary = load_neo4j(writer, [archive], only_changed=True, prune=True)
    assert summary.pages_pruned == 1 and summary.pages_loaded == 0 and summary.pages_unchanged == 4
    pages = page_articles(writer)
    assert "2019-04-21/A01.txt" not in pages and pages["2019-04-10/A01.txt"] == (10, 10)


def test_a_page_given_as_a_file_is_keyed_by_its_name(writer):
    load_neo4j(writer, [ARCHIVE / "2020-04-25" / "A01.txt"])
    assert page_articles(writer) == {"A01.txt": (10, 10)}


# --- 2. a copy of a page under another name ------------------------------------

def attended_count(writer, name: str) -> int:
    return cypher(writer, "MATCH (:Person {name: $name})-[r:ATTENDED]->() RETURN count(r) AS c", name=name)[0]["c"]


def test_a_copy_is_reported_and_pruning_it_keeps_the_original(writer, tmp_path):
    pages = tmp_path / "pages"
    shutil.copytree(SAMPLES, pages)
    original = sorted(pages.glob("*.txt"))[0]
    shutil.copy(original, pages / "copy.txt")
    summary = load_neo4j(writer, [pages])
    assert summary.copies == {"copy.txt": original.name}
    before = attended_count(writer, "王小平")
    assert page_articles(writer)["copy.txt"] == (0, 0)
    (pages / "copy.txt").unlink()
    summary = load_neo4j(writer, [pages], only_changed=True, prune=True)
    assert summary.pages_pruned == 1
    assert page_articles(writer)[original.name] == (10, 10)
    assert attended_count(writer, "王小平") == before


def test_a_copy_whose_original_left_takes_its_place(writer, tmp_path):
    pages = tmp_path / "pages"
    shutil.copytree(SAMPLES, pages)
    original = sorted(pages.glob("*.txt"))[0]
    shutil.copy(original, pages / "copy.txt")
    load_neo4j(writer, [pages])
    before = attended_count(writer, "王小平")
    original.unlink()
    summary = load_neo4j(writer, [pages], only_changed=True, prune=True)
    assert summary.pages_loaded == 1 and summary.pages_pruned == 1 and summary.copies == {}
    assert page_articles(writer)["copy.txt"] == (10, 10)
    assert attended_count(writer, "王小平") == before


# --- 3. posts with their organisation --------------------------------------------

def test_every_post_of_the_samples_has_its_organisation(loaded):
    assert cypher(loaded, "MATCH (p:Post) WHERE p.org IS NULL RETURN p.post_id AS id") == []
    mayors = {(r["organization"], r["person"]) for r in rows(loaded, "post_holders", post="市长")}
    assert mayors == {("焦作市", "徐衣显"), ("孟州市", "吕沛")}
    chairs = {(r["organization"], r["person"]) for r in rows(loaded, "post_holders", post="董事长")}
    assert chairs == {("国家能源投资集团", "王祥喜"), ("焦作市投资集团", "邹仲春")}
    members = {r["person"] for r in rows(loaded, "post_holders", post="焦作市委常委")}
    assert members == {"郭鹏", "汪习武", "官松奇"}
    orgs = {r["name"] for r in cypher(loaded, "MATCH (o:Organization) RETURN o.name AS name")}
    assert not orgs & {"宣传", "集团", "管委会"}
    assert {"焦作市委宣传部", "示范区（高新区）管委会"} <= orgs
    assert {r["person"] for r in rows(loaded, "post_holders", post="河南理工大学校长")} == {"杨小林"}


def test_a_post_with_no_organisation_is_the_articles_own(writer, tmp_path):
    for day, name in (("2020-05-04", "张伟"), ("2020-05-05", "王强")):
        page = tmp_path / day / "A01.txt"
        page.parent.mkdir()
        page.write_text(f"本报讯（记者李明）昨日，董事长{name}出席会议并讲话。\n", encoding="utf-8")
    load_neo4j(writer, [tmp_path])
    posts = cypher(writer, "MATCH (p:Person)-[:HELD]->(post:Post {post: '董事长'}) "
                           "RETURN post.post_id AS id, collect(p.name) AS people")
    assert len(posts) == 2 and all(len(r["people"]) == 1 for r in posts)


# --- 4. occupations are descriptions ----------------------------------------------

def test_occupations_are_descriptions_not_posts(loaded):
    occupations = ["村民", "脱贫户", "下岗工人"]
    assert cypher(loaded, "MATCH (p:Post) WHERE p.post IN $posts RETURN p.post_id AS id", posts=occupations) == []
    for post in occupations:
        assert rows(loaded, "post_holders", post=post) == []
    people = {r["name"]: r for r in cypher(
        loaded, "MATCH (p:Person)-[m:MENTIONED_IN]->() WHERE size(m.described_as) > 0 "
                "RETURN p.name AS name, m.described_as AS described, p.descriptions AS descriptions")}
    assert people["杜志尚"]["described"] == ["村民"] and people["杜志尚"]["descriptions"] == ["村民"]
    assert people["王卫华"]["descriptions"] == ["脱贫户"] and people["汤吉欢"]["descriptions"] == ["下岗工人"]
    assert cypher(loaded, "MATCH (:Person {name: '杜志尚'})-[r:HELD|TITLED]->() RETURN r") == []


# --- 5. one attendance per person and event, documented roles ------------------------

def documented_roles() -> set[str]:
    """The roles table of schemas/GRAPH.md: its rows are the only ones that start with a lower-case word."""
    text = (ROOT / "schemas" / "GRAPH.md").read_text(encoding="utf-8")
    return set(re.findall(r"^\| `([a-z]+)` \|", text, re.M))


def test_one_attended_per_person_and_event_with_its_strongest_role(loaded):
    assert cypher(loaded, "MATCH (p:Person)-[r:ATTENDED]->(e:Event) WITH p, e, count(r) AS n WHERE n > 1 "
                          "RETURN p.name AS name, e.event_id AS event") == []
    roles = {r["role"] for r in cypher(loaded, "MATCH ()-[r:ATTENDED]->() RETURN DISTINCT r.role AS role")}
    assert "participated" not in roles
    assert documented_roles() == {"presided", "spoke", "led", "received", "accompanied", "attended"} >= roles
    assert cypher(loaded, "MATCH (e:Event) WHERE NOT (e)<-[:ATTENDED]-() RETURN e.event_id AS id") == []
    led = {r["name"]: r["role"] for r in cypher(
        loaded, "MATCH (p:Person)-[r:ATTENDED]->(e:Event)-[:REPORTED_IN]->(a:Article) "
                "WHERE a.headline = '全国文明城市创建工作推进会召开' RETURN p.name AS name, r.role AS role")}
    assert led["韩明华"] == "presided" and led["薛志杰"] == "spoke"
    listed = {r["name"]: r["role"] for r in cypher(
        loaded, "MATCH (:Person {name: '王家鹏'})-[:ATTENDED {role: 'presided'}]->(e:Event)<-[r:ATTENDED]-(p:Person) "
                "RETURN p.name AS name, r.role AS role")}
    assert len(listed) >= 10 and set(listed.values()) == {"attended"}


def test_an_event_nobody_attends_is_the_articles_activity(loaded):
    quiet = cypher(loaded, "MATCH (a:Article) WHERE a.activity IS NOT NULL AND NOT (a)<-[:REPORTED_IN]-(:Event) "
                           "RETURN a.activity AS activity")
    assert len(quiet) >= 5 and all(r["activity"] for r in quiet)


# --- 6. evidence is one sentence ---------------------------------------------------------

def test_evidence_is_one_sentence(loaded):
    sentences = [r["s"] for r in cypher(loaded, "MATCH ()-[r]->() WHERE r.sentence IS NOT NULL RETURN r.sentence AS s")]
    assert len(sentences) > 300
    assert [s for s in sentences if "\n" in s] == []
    assert [s for s in sentences if re.search(r"[。！？!?]", s[:-1])] == []
    attended = cypher(loaded, "MATCH (:Person {name: '孙起鹏'})-[r:ATTENDED]->() RETURN r.sentence AS s")[0]["s"]
    assert "孙起鹏介绍" in attended  # spoke, in the sentence that says so


# --- 7. papers -------------------------------------------------------------------------------

JIAOZUO = "本报讯（记者张华）4月9日，市委书记王小平主持召开市委常委会议，副市长李强出席会议。\n"
XINYANG = "本报讯（记者刘洋）4月9日，市委书记乔新江主持召开市委常委会议，副市长李强出席会议。\n"


@pytest.fixture()
def two_papers(tmp_path, monkeypatch):
    config = tmp_path / "config.yaml"
    papers = "papers:\n  - match: xinyang\n    name: 信阳日报\n    home_city: 信阳\n    home_province: 河南\n"
    config.write_text((ROOT / "config.yaml").read_text(encoding="utf-8").replace("papers: []\n", papers),
                      encoding="utf-8")
    for paper, text in (("jiaozuo", JIAOZUO), ("xinyang", XINYANG)):
        page = tmp_path / "archive" / paper / "2019-04-10" / "A01.txt"
        page.parent.mkdir(parents=True)
        page.write_text(text, encoding="utf-8")
    monkeypatch.setenv("GRAPH_BUILDER_CONFIG", str(config))
    load_config.cache_clear()
    yield tmp_path / "archive"
    monkeypatch.delenv("GRAPH_BUILDER_CONFIG")
    load_config.cache_clear()


def test_each_paper_has_its_city_and_its_people(writer, two_papers):
    load_neo4j(writer, [two_papers])
    secretaries = {r["post"]: r["person"] for r in rows(writer, "post_holders", post="书记")}
    assert secretaries == {"焦作市委书记": "王小平", "信阳市委书记": "乔新江"}
    deputies = cypher(writer, "MATCH (p:Person {name: '李强'})-[:HELD]->(post:Post) "
                              "RETURN p.person_id AS id, post.title AS title ORDER BY title")
    assert [r["title"] for r in deputies] == ["信阳市副市长", "焦作市副市长"]
    assert len({r["id"] for r in deputies}) == 2  # one person a paper
    papers = {r["page"]: r["paper"] for r in cypher(
        writer, "MATCH (p:Page)-[:IN]->(paper:Paper) RETURN p.source AS page, paper.name AS paper")}
    assert papers == {"jiaozuo/2019-04-10/A01.txt": "焦作日报", "xinyang/2019-04-10/A01.txt": "信阳日报"}


def test_an_override_merges_a_name_across_papers(writer, two_papers, monkeypatch):
    overrides = two_papers.parent / "identities.yaml"
    overrides.write_text("merge:\n  - into: 李强\n    names: [李强]\n    across_papers: true\n", encoding="utf-8")
    monkeypatch.setattr("graph_builder.graph.build.overrides_path", lambda: overrides)
    load_neo4j(writer, [two_papers])
    ids = cypher(writer, "MATCH (p:Person {name: '李强'}) RETURN p.person_id AS id")
    assert len(ids) == 1


# --- 8. what users see -------------------------------------------------------------------------

def test_every_event_has_a_name_and_every_article_a_caption(loaded):
    events = cypher(loaded, "MATCH (e:Event) RETURN e.name AS name, e.date AS date, e.trigger AS trigger")
    assert events and all(r["name"] and r["name"].startswith(r["date"]) and r["trigger"] in r["name"]
                          for r in events)
    articles = cypher(loaded, "MATCH (a:Article) RETURN a.headline AS headline, a.caption AS caption")
    assert all(r["caption"] for r in articles)
    assert all(r["caption"] == r["headline"] for r in articles if r["headline"])
    untitled = [r["caption"] for r in articles if not r["headline"]]
    assert untitled and "4月20日，在孟州市大定街道段东村的育苗…" in untitled
    style = (ROOT / "browser" / "graph_builder.grass").read_text(encoding="utf-8")
    assert re.search(r"node\.Event \{[^}]*caption: \"\{name\}\"", style)
    assert re.search(r"node\.Article \{[^}]*caption: \"\{caption\}\"", style)
