"""Faults and bad input (issue 12): a server that refuses, files that cannot be
read, the lock, removals in the summary, and the local server's pid and
password files. Against the real Neo4j; a reader that cannot override file
permissions is made with setpriv (the tests run as root)."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest
import yaml

from graph_builder import server
from graph_builder.commands.refresh import exclusive_lock
from graph_builder.graph.build import load_neo4j, print_summary
from graph_builder.pipeline import extract_paths
from graph_builder.read import MAX_PAGE_BYTES, PageError, read_page

from conftest import ROOT, SAMPLES

PAGE_A = "本报讯（记者张华）4月9日，副市长李四、王五出席全市安全生产工作会议。①3\n"
PAGE_B = "本报讯（记者李明）4月10日，市政协主席赵六、副市长钱七出席全市防汛工作会议。①3\n"
# setpriv drops the capabilities that let root read any file: permissions then apply
NO_OVERRIDE = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]


def cli(*args, env=None, prefix=(), cwd=ROOT):
    return subprocess.run([*prefix, sys.executable, "-m", "graph_builder", *args], cwd=cwd, capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, timeout=600)


def own_config(tmp_path: Path) -> Path:
    """config.yaml with its output in tmp_path, to see what a command wrote."""
    data = yaml.safe_load((ROOT / "config.yaml").read_text(encoding="utf-8"))
    data["output"] = {"dir": str(tmp_path / "out")}
    data["server"]["home"] = str(ROOT / ".neo4j")
    data["identity"]["overrides"] = str(ROOT / "identities.yaml")
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def one_line(text: str) -> bool:
    lines = [line for line in text.splitlines() if line.strip()]
    return len(lines) == 1 and "Traceback" not in text


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture()
def login_works_after(neo4j_connection):
    """Wrong passwords make Neo4j refuse the user for a few seconds: wait until it lets us in again."""
    yield
    deadline = time.monotonic() + 30
    while True:
        try:
            neo4j_connection.open().close()
            return
        except server.ServerError:
            if time.monotonic() > deadline:
                raise
            time.sleep(1)


def pages_dir(tmp_path: Path, **pages: str) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir(exist_ok=True)
    for name, text in pages.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


# 1 -----------------------------------------------------------------------------

def test_a_refused_password_is_one_line_and_exit_1_for_every_command(writer, tmp_path, login_works_after):
    config = own_config(tmp_path)
    folder = pages_dir(tmp_path, a=PAGE_A)
    env = {"GRAPH_BUILDER_CONFIG": str(config), "NEO4J_PASSWORD": "wrong"}
    runs = {
        "build": cli("build", str(folder), env=env),
        "refresh": cli("refresh", str(folder), env=env),
        # other user names: the server's lock-out after repeated failures is per user
        "query": cli("query", "co_attendees", "--param", "name=李四", env={**env, "NEO4J_USER": "intruder1"}),
        "identities": cli("identities", "--review", env={**env, "NEO4J_USER": "intruder2"}),
    }
    for command, done in runs.items():
        assert done.returncode == 1, (command, done.stdout, done.stderr)
        assert one_line(done.stderr) and "refused the credentials" in done.stderr, (command, done.stderr)
        assert done.stderr.startswith(f"{command}: "), done.stderr
    assert not (tmp_path / "out" / "graph").exists(), "nothing may go to the embedded store"
    assert "refused the credentials" in (tmp_path / "out" / "refresh.log").read_text(encoding="utf-8")


def test_a_configured_server_that_does_not_answer_is_an_error(tmp_path):
    config = own_config(tmp_path)
    done = cli("build", str(pages_dir(tmp_path, a=PAGE_A)),
               env={"GRAPH_BUILDER_CONFIG": str(config), "NEO4J_URI": f"bolt://127.0.0.1:{free_port()}"})
    assert done.returncode == 1 and one_line(done.stderr) and "no Neo4j answers" in done.stderr
    assert not (tmp_path / "out" / "graph").exists()


def test_the_embedded_store_without_a_configured_server_or_when_asked(tmp_path):
    config = own_config(tmp_path)
    folder = pages_dir(tmp_path, a=PAGE_A)
    never_started = {"GRAPH_BUILDER_CONFIG": str(config), "GRAPH_BUILDER_NEO4J_HOME": str(tmp_path / "no_server")}
    done = cli("build", str(folder), env=never_started)
    assert done.returncode == 0, done.stderr
    assert "store: embedded" in done.stdout and "no Neo4j configured" in done.stderr
    shutil.rmtree(tmp_path / "out")
    asked = cli("build", str(folder), "--store", "embedded",
                env={"GRAPH_BUILDER_CONFIG": str(config), "NEO4J_PASSWORD": "wrong"})
    assert asked.returncode == 0 and "store: embedded" in asked.stdout, asked.stderr
    assert (tmp_path / "out" / "graph" / "graph.graphml").exists()


# 2, 3 --------------------------------------------------------------------------

def bad_folder(tmp_path: Path) -> Path:
    """A good page and one of each per-file problem, named so that good pages sort after them."""
    folder = pages_dir(tmp_path, z_good=PAGE_A)
    (folder / "a_noperm.txt").write_text(PAGE_B, encoding="utf-8")
    (folder / "a_noperm.txt").chmod(0)
    (folder / "a_loop.txt").symlink_to("a_loop.txt")
    (folder / "a_vanished.txt").symlink_to(tmp_path / "removed.txt")
    (folder / "a_undecodable.txt").write_bytes(bytes(range(128, 256)) * 50)
    return folder


BAD = {"a_noperm.txt": "permission denied", "a_loop.txt": "symbolic link loop",
       "a_vanished.txt": "no such file", "a_undecodable.txt": "not UTF-8 or GB18030"}


def test_refresh_goes_past_every_unreadable_file_and_names_it(writer, tmp_path):
    folder = bad_folder(tmp_path)
    log = tmp_path / "refresh.log"
    done = cli("refresh", str(folder), "--log", str(log), "--lock", str(tmp_path / "lock"), prefix=NO_OVERRIDE)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    logged = log.read_text(encoding="utf-8")
    for name, problem in BAD.items():
        assert f"{name}: {problem}" in done.stdout and f"{name}: {problem}" in logged, (name, done.stdout)
    assert "1 loaded" in done.stdout and "4 failed" in done.stdout
    assert set(writer.stored_pages()) == {"z_good.txt"}


def test_build_and_extract_go_past_every_unreadable_file(writer, tmp_path):
    folder = bad_folder(tmp_path)
    built = cli("build", str(folder), "--store", "neo4j", prefix=NO_OVERRIDE)
    assert built.returncode == 1 and "Traceback" not in built.stderr, built.stderr
    assert all(f"{name}: {problem}" in built.stdout for name, problem in BAD.items()), built.stdout
    assert set(writer.stored_pages()) == {"z_good.txt"}
    out = tmp_path / "articles.jsonl"
    # the loop given by name, before a good page: extract used to stop there
    extracted = cli("extract", str(folder / "a_loop.txt"), str(folder), "--out", str(out), prefix=NO_OVERRIDE)
    assert extracted.returncode == 1 and "Traceback" not in extracted.stderr, extracted.stderr
    assert all(name in extracted.stderr for name in BAD)
    assert "z_good.txt" in out.read_text(encoding="utf-8")


def test_a_folder_that_cannot_be_listed_fails_and_its_pages_are_not_pruned(writer, tmp_path):
    folder = pages_dir(tmp_path, good=PAGE_A)
    (folder / "locked").mkdir()
    (folder / "locked" / "inside.txt").write_text(PAGE_B, encoding="utf-8")
    args = ("refresh", str(folder), "--prune", "--log", str(tmp_path / "log"), "--lock", str(tmp_path / "lock"))
    assert cli(*args).returncode == 0
    (folder / "locked").chmod(0)
    try:
        done = cli(*args, prefix=NO_OVERRIDE)
    finally:
        (folder / "locked").chmod(0o755)
    assert done.returncode == 1 and "locked: permission denied" in done.stdout, done.stdout + done.stderr
    assert "prune skipped" in done.stderr
    assert set(writer.stored_pages()) == {"good.txt", "locked/inside.txt"}  # keyed by the path in the folder


def test_a_symlink_loop_is_a_named_failure_inside_a_folder_and_by_name(tmp_path):
    folder = pages_dir(tmp_path)
    (folder / "loop.txt").symlink_to("loop.txt")
    (folder / "subdir_loop").symlink_to("subdir_loop")
    results = list(extract_paths([folder / "loop.txt", folder]))
    assert [type(r) for r in results] == [PageError, PageError]
    assert all(r.problem == "symbolic link loop" and r.path.endswith("loop.txt") for r in results)


# 4, 5 --------------------------------------------------------------------------

def test_an_oversized_file_is_refused_before_it_is_read(writer, tmp_path):
    sparse = tmp_path / "pages" / "sparse.txt"
    sparse.parent.mkdir()
    with open(sparse, "wb") as fh:
        fh.truncate(64 * MAX_PAGE_BYTES)  # 256 MB that take no disk
    tracemalloc.start()
    try:
        summary = load_neo4j(writer, [sparse], only_changed=True)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert summary.failed and "too large" in summary.failed[0]
    assert peak < MAX_PAGE_BYTES, f"{peak:,} bytes allocated: the file was read"


def test_a_nul_byte_anywhere_refuses_the_file(tmp_path):
    path = tmp_path / "late_nul.txt"
    path.write_bytes(PAGE_A.encode("utf-8") * 2000 + b"\x00" + PAGE_B.encode("utf-8"))
    assert path.stat().st_size > 65536
    with pytest.raises(PageError, match="binary file"):
        read_page(path)


# 6 -----------------------------------------------------------------------------

def test_a_run_refused_by_the_lock_is_logged_with_the_holders_pid(tmp_path):
    lock, log = tmp_path / "refresh.lock", tmp_path / "refresh.log"
    with exclusive_lock(lock):
        done = cli("refresh", str(SAMPLES), "--lock", str(lock), "--log", str(log))
    assert done.returncode == 75
    logged = log.read_text(encoding="utf-8")
    assert "another refresh is running" in logged and f"pid {os.getpid()}" in logged


# 7 -----------------------------------------------------------------------------

def test_the_summary_lists_what_a_changed_or_pruned_page_removed(writer, tmp_path, capsys):
    folder = pages_dir(tmp_path, a=PAGE_A, b=PAGE_B)
    load_neo4j(writer, sorted(folder.glob("*.txt")))
    (folder / "a.txt").write_text(PAGE_A.replace("、王五", ""), encoding="utf-8")
    changed = load_neo4j(writer, sorted(folder.glob("*.txt")), only_changed=True).changes
    assert changed["removed_people"] == ["王五"]
    assert [set(c.split(" – ")) for c in changed["removed_co_attendances"]] == [{"李四", "王五"}]
    (folder / "b.txt").unlink()
    pruned = load_neo4j(writer, sorted(folder.glob("*.txt")), only_changed=True, prune=True)
    assert {"赵六", "钱七", "李明"} <= set(pruned.changes["removed_people"])
    assert "焦作市政协主席" in pruned.changes["removed_posts"]
    assert any(c.startswith("赵六 焦作市政协主席") and c.endswith("→ none") for c in pruned.changes["tenure_changes"])
    assert len(pruned.changes["removed_co_attendances"]) == 1
    print_summary(pruned)
    shown = capsys.readouterr().out
    assert "removed people: " in shown and "removed co attendances: 1" in shown


# 8, 9 --------------------------------------------------------------------------

def test_server_stop_never_signals_a_program_the_pid_file_does_not_prove_is_neo4j(tmp_path):
    other = subprocess.Popen(["setsid", "sleep", "300"])
    try:
        home = tmp_path / "home"
        (home / "run").mkdir(parents=True)
        (home / "run" / "neo4j.pid").write_text(str(other.pid))
        env = {"GRAPH_BUILDER_NEO4J_HOME": str(home)}
        assert cli("server", "status", env=env).stdout.strip() == "not running"
        done = cli("server", "stop", env=env)
        assert done.returncode == 0 and f"removed a stale pid file naming pid {other.pid}" in done.stdout
        time.sleep(0.5)
        assert other.poll() is None, "the other program was killed"
        assert not (home / "run" / "neo4j.pid").exists()
    finally:
        other.kill()
        other.wait()


def test_the_password_file_is_private_from_its_first_byte(tmp_path):
    old_umask = os.umask(0)  # a file created without a mode would be world-readable
    try:
        server.write_private(tmp_path / "password", "secret")
    finally:
        os.umask(old_umask)
    assert (tmp_path / "password").stat().st_mode & 0o777 == 0o600
    planted = tmp_path / "planted"
    planted.symlink_to(tmp_path / "elsewhere")
    with pytest.raises(FileExistsError):
        server.write_private(planted, "secret")
    assert not (tmp_path / "elsewhere").exists()


# 11, 12 ------------------------------------------------------------------------

def test_the_readme_documents_a_second_server():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for var in ("GRAPH_BUILDER_NEO4J_HOME", "GRAPH_BUILDER_BOLT_PORT", "GRAPH_BUILDER_HTTP_PORT"):
        assert var in readme


def test_a_fresh_install_prints_no_build_backend_warning(tmp_path):
    """The install step of scripts/bootstrap.sh, into a new environment (the
    dependencies are left out: the warning comes from building the package)."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(tmp_path / "venv")], check=True)
    done = subprocess.run([sys.executable, "-m", "pip", "--python", str(tmp_path / "venv" / "bin" / "python"),
                           "install", "-q", "--no-deps", "-e", str(ROOT)], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    assert "Warning" not in done.stdout + done.stderr, done.stdout + done.stderr
