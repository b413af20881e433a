"""The nightly refresh and faults: lock, bad input of every kind, and a server
killed in the middle of a load. All against the real Neo4j."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from graph_builder import server
from graph_builder.commands.refresh import Locked, exclusive_lock
from graph_builder.graph.build import load_neo4j

from conftest import ROOT, SAMPLES

PAGE = SAMPLES / "000_3f6560b7a4062b03.txt"


def cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "graph_builder", *args], cwd=ROOT, capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, timeout=600)


def test_a_second_refresh_waits_for_none_and_says_so(tmp_path):
    lock = tmp_path / "refresh.lock"
    with exclusive_lock(lock):
        done = cli("refresh", str(SAMPLES), "--lock", str(lock), "--log", str(tmp_path / "log"))
        assert done.returncode == 75
        assert "another refresh is running" in done.stderr
    try:
        with exclusive_lock(lock):
            pass
    except Locked:
        raise AssertionError("the lock must be free again")


def test_refresh_cli_loads_then_finds_nothing_new(writer, tmp_path):
    log = tmp_path / "refresh.log"
    first = cli("refresh", str(SAMPLES), "--log", str(log), "--lock", str(tmp_path / "l"))
    assert first.returncode == 0, first.stderr
    assert "5 loaded" in first.stdout and "new people" in first.stdout
    second = cli("refresh", str(SAMPLES), "--log", str(log), "--lock", str(tmp_path / "l"))
    assert second.returncode == 0 and "0 loaded, 5 unchanged" in second.stdout
    assert "refresh of" in log.read_text(encoding="utf-8")


def test_bad_inputs_are_reported_and_the_rest_is_stored_verbatim(writer, tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    text = PAGE.read_text(encoding="utf-8")
    (pages / "good.txt").write_text(text, encoding="utf-8")
    (pages / "gbk.txt").write_bytes("本报讯（记者张华）昨日，副市长王赟出席会议。①3\n".encode("gbk"))
    (pages / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (pages / "empty.txt").write_bytes(b"")
    (pages / "huge.txt").write_bytes(("测试" * 10 + "\n").encode("utf-8") * 800_000)  # ~50 MB
    (pages / "no_articles.txt").write_text("１２３\n\n---\n", encoding="utf-8")
    (pages / "rare.txt").write_text("本报讯（记者吉𠮷）昨日，副市长李昇、王赟出席会议并讲话。①3\n", encoding="utf-8")
    hostile = "MATCH (n) DETACH DELETE n; // ' \" \\ `x` {a:1} $param"
    (pages / "hostile.txt").write_text(
        f"本报讯（记者张三）昨日，副市长李四出席会议并讲话：“{hostile}”。" + "很长" * 50_000 + "。①3\n",
        encoding="utf-8")
    summary = load_neo4j(writer, sorted(pages.glob("*.txt")))
    failed = " ".join(summary.failed)
    assert "binary.txt" in failed and "huge.txt" in failed
    assert summary.pages_loaded == 6  # good, gbk, empty, no_articles, rare, hostile
    q = writer.driver.execute_query
    assert q("MATCH (p:Person {name: '王赟'}) RETURN count(p) AS c")[0][0]["c"] == 1
    assert q("MATCH (p:Person {name: '李昇'}) RETURN count(p) AS c")[0][0]["c"] == 1
    reporters = q("MATCH (p:Person)-[:WROTE]->(:Article {page: 'rare.txt'}) RETURN p.name AS n")[0]
    assert [r["n"] for r in reporters] == ["吉𠮷"]
    stored = q("MATCH (a:Article {page: 'hostile.txt'}) RETURN a.text AS t")[0][0]["t"]
    assert hostile in stored and len(stored) > 100_000
    assert q("MATCH (n:Page) RETURN count(n) AS c")[0][0]["c"] == 6


def whole_articles_only(writer) -> bool:
    rows = writer.driver.execute_query(
        "MATCH (p:Page) OPTIONAL MATCH (p)<-[:ON]-(a:Article) "
        "RETURN p.source AS page, p.articles AS expected, count(a) AS found")[0]
    orphans = writer.driver.execute_query("MATCH (a:Article) WHERE NOT (a)-[:ON]->() RETURN count(a) AS c")[0][0]["c"]
    ok = orphans == 0 and all(r["expected"] == r["found"] for r in rows)
    if not ok:
        print("orphans", orphans, [dict(r) for r in rows])
    return ok


def test_server_killed_mid_load_then_refresh_finishes(writer, tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    text = PAGE.read_text(encoding="utf-8")
    for i in range(24):
        (pages / f"p{i:03d}.txt").write_text(text + f"\n本报讯（记者张三）{i % 28 + 1}日，副市长李{i}出席会议。①3\n",
                                            encoding="utf-8")
    env = {"GRAPH_BUILDER_BATCH_SIZE": "1"}  # one page a transaction
    proc = subprocess.Popen([sys.executable, "-m", "graph_builder", "refresh", str(pages), "--lock",
                             str(tmp_path / "lock"), "--log", str(tmp_path / "log")], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, **env})
    pid = server.running_pid()
    killed = False
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and proc.poll() is None:
        loaded = writer.driver.execute_query("MATCH (p:Page) RETURN count(p) AS c")[0][0]["c"]
        if loaded >= 2:
            os.killpg(pid, signal.SIGKILL)
            killed = True
            break
        time.sleep(0.05)
    out, err = proc.communicate(timeout=300)
    assert killed, f"the load finished before the kill: {out} {err}"
    assert proc.returncode == 1
    assert "load stopped" in err
    server.pid_file().unlink(missing_ok=True)
    server.start(quiet=True)
    writer.driver.close()
    writer.driver = server.connection_settings().driver()
    partial = writer.driver.execute_query("MATCH (p:Page) RETURN count(p) AS c")[0][0]["c"]
    assert 0 < partial < 24
    assert whole_articles_only(writer)
    again = cli("refresh", str(pages), "--lock", str(tmp_path / "lock"), "--log", str(tmp_path / "log"))
    assert again.returncode == 0, again.stderr
    assert writer.driver.execute_query("MATCH (p:Page) RETURN count(p) AS c")[0][0]["c"] == 24
    assert whole_articles_only(writer)
