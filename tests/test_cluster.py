"""Extraction on a Ray cluster simulated on this machine: a head and a worker
node as separate processes on 127.0.0.1, token authentication on."""
from __future__ import annotations

import os
import re
import secrets
import subprocess
import time

import pytest

# Before Ray is imported: its servers take the interface address unless told
# this machine is not a cluster; with this they all stay on loopback.
os.environ["RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"] = "0"

from graph_builder.pipeline import extract_paths  # noqa: E402
from graph_builder.samples import generate_pages  # noqa: E402

NODE_MEMORY = dict(object_store_memory=80 * 1024 * 1024, num_cpus=1)
LOOPBACK = {"127.0.0.1", "[::ffff:127.0.0.1]", "[::1]"}


def test_extract_with_local_ray_writes_what_one_process_writes(tmp_path):
    """`--ray` alone: a local Ray instance, started and stopped by the command."""
    import sys

    from conftest import ROOT, SAMPLES

    def extract(*options) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "graph_builder", "extract", str(SAMPLES), *options],
                              cwd=ROOT, capture_output=True, text=True, timeout=300)

    plain = extract("--out", str(tmp_path / "plain.jsonl"))
    on_ray = extract("--out", str(tmp_path / "ray.jsonl"), "--ray")
    assert plain.returncode == 0 and on_ray.returncode == 0, on_ray.stderr
    assert (tmp_path / "ray.jsonl").read_bytes() == (tmp_path / "plain.jsonl").read_bytes()
    assert on_ray.stdout.split("→")[0] == plain.stdout.split("→")[0]
    noise = [line for line in on_ray.stderr.splitlines() if "features.msgpack" not in line]  # pkuseg's own
    assert noise == []


def test_a_ray_address_nothing_answers_on_is_one_line(tmp_path):
    import sys

    from conftest import ROOT, SAMPLES

    done = subprocess.run([sys.executable, "-m", "graph_builder", "extract", str(SAMPLES), "--out",
                           str(tmp_path / "x.jsonl"), "--ray", "127.0.0.1:1"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == ["extract: Ray at 127.0.0.1:1: nothing answers (Connection refused)"]


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """Head and one worker node, 1 CPU each; every process stopped afterwards."""
    token = tmp_path_factory.mktemp("ray") / "auth_token"
    token.write_text(secrets.token_hex(32))
    token.chmod(0o600)
    saved = {k: os.environ.get(k) for k in ("RAY_AUTH_MODE", "RAY_AUTH_TOKEN_PATH")}
    os.environ.update(RAY_AUTH_MODE="token", RAY_AUTH_TOKEN_PATH=str(token))  # read once, when Ray is imported
    import ray
    from ray.cluster_utils import Cluster

    from graph_builder.cluster import quiet_ray

    quiet_ray()
    c = Cluster(initialize_head=True, head_node_args=dict(include_dashboard=False, **NODE_MEMORY))
    c.worker = c.add_node(**NODE_MEMORY)
    c.wait_for_nodes()
    ray.init(address=c.address, log_to_driver=False, include_dashboard=False)
    yield c
    ray.shutdown()
    c.shutdown()
    for k, v in saved.items():
        os.environ.pop(k, None) if v is None else os.environ.__setitem__(k, v)
    assert wait_for(lambda: not ray_descendants()), f"Ray processes left: {ray_descendants()}"


def wait_for(check, seconds: float = 20) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.5)
    return check()


def descendants() -> set[int]:
    parent = {}
    for line in subprocess.run(["ps", "-e", "-o", "pid=,ppid="], capture_output=True, text=True).stdout.splitlines():
        pid, ppid = map(int, line.split())
        parent[pid] = ppid
    mine, frontier = set(), {os.getpid()}
    while frontier:
        mine |= frontier
        frontier = {p for p, pp in parent.items() if pp in frontier} - mine
    return mine


def ray_descendants() -> list[str]:
    out = []
    for pid in descendants() - {os.getpid()}:
        try:
            cmd = open(f"/proc/{pid}/cmdline", "rb").read().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if "ray" in cmd and "java" not in cmd:
            out.append(f"{pid} {cmd[:80]}")
    return out


def listening_sockets(pids: set[int]) -> list[tuple[str, str]]:
    """(address, process) of every TCP socket these processes listen on."""
    out = []
    for line in subprocess.run(["ss", "-ltnpH"], capture_output=True, text=True).stdout.splitlines():
        fields = line.split()
        owners = {int(p) for p in re.findall(r"pid=(\d+)", line)}
        if owners & pids:
            out.append((fields[3], fields[-1]))
    return out


def outputs(results) -> list[str]:
    return sorted(r.model_dump_json() for r in results)


def test_pages_across_two_nodes_equal_one_process(cluster, sample_results):
    import ray

    from graph_builder.cluster import extract_on_ray
    from conftest import ARCHIVE

    assert len(ray.nodes()) == 2 and ray.cluster_resources()["CPU"] == 2
    on_ray = list(extract_on_ray([ARCHIVE], workers=2))  # pages keyed by their path in the archive
    assert outputs(on_ray) == outputs(sample_results)
    sockets = listening_sockets(descendants())
    assert any("gcs_server" in who for _, who in sockets) and any("raylet" in who for _, who in sockets)
    assert {addr.rsplit(":", 1)[0] for addr, _ in sockets} <= LOOPBACK, sockets


def test_a_worker_node_killed_mid_run_the_job_completes_identically(cluster, tmp_path):
    from graph_builder.cluster import extract_on_ray

    pages = generate_pages(tmp_path / "pages", 10)
    expected = outputs(extract_paths(pages))
    got, killed = [], False
    # Half a CPU a worker: the head can take the restarted one when its node is gone.
    for result in extract_on_ray(pages, workers=2, worker_cpus=0.5):
        got.append(result)
        if not killed:
            cluster.remove_node(cluster.worker, allow_graceful=False)
            killed = True
    assert killed and outputs(got) == expected
