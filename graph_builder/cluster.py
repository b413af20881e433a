"""Extraction on Ray: the pages of a run spread over the workers of a Ray
cluster (or of a local Ray instance), each worker holding one spaCy pipeline.

Every worker calls `pipeline.extract_one`, the function the one-process and
multi-process paths call, so the records are the same whichever path made them.
The page list is fed from the driver (`ray.data.from_items`): no read task
competes with the extraction actors for CPUs (on 2 cores that deadlocked).
Results come back in input order.

    with ray_session(address):           # None: a local Ray on this machine
        for result in extract_on_ray(paths):
            ...                          # PageResult or PageError, as extract_paths gives
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

from .config import output_dir, section
from .read import PageError, PageFile, iter_page_files
from .records import PageResult

LOCAL = "local"  # `--ray` without an address


class ClusterError(RuntimeError):
    """Ray cannot be started or reached; said in one line."""


def ray_settings() -> dict:
    """config.yaml `ray:`: pages per batch, CPUs per worker, the local instance's memory."""
    s = section("ray")
    return {
        "batch_pages": int(s.get("batch_pages") or 4),
        "worker_cpus": float(s.get("worker_cpus") or 1),
        "object_store_memory": int(s.get("object_store_memory") or 200_000_000),
    }


def quiet_ray() -> None:
    """Clean runs print what the user asked for: no progress bars, no INFO lines."""
    os.environ.setdefault("RAY_DATA_DISABLE_PROGRESS_BARS", "1")
    import ray.data  # noqa: F401 — configures its loggers on import: quieten them after

    for name in ("ray", "ray.data"):
        logging.getLogger(name).setLevel(logging.ERROR)


@contextmanager
def ray_session(address: str | None = None):
    """Connect to the cluster at `address`, or start a local Ray on 127.0.0.1
    (stopped again on exit). A cluster with token authentication needs
    RAY_AUTH_MODE=token and its token (RAY_AUTH_TOKEN or RAY_AUTH_TOKEN_PATH)."""
    local = not address or address == LOCAL
    if local:
        # Ray takes the interface address for its servers unless told the
        # machine is not a cluster: a local instance stays on loopback.
        os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")
    quiet_ray()
    import ray

    if ray.is_initialized():  # the caller's session (tests, benchmarks): use it, leave it running
        yield ray
        return
    if not local:
        check_reachable(address)
    options = dict(include_dashboard=False, log_to_driver=False, logging_level=logging.ERROR,
                   configure_logging=True)
    with native_stderr_to(output_dir() / "ray-driver.log"):
        try:
            if local:
                ray.init(num_cpus=os.cpu_count(), object_store_memory=ray_settings()["object_store_memory"],
                         _node_ip_address="127.0.0.1", **options)
            else:
                ray.init(address=address, **options)
        except Exception as exc:  # wrong address, token refused: one line, no traceback
            raise ClusterError(f"Ray at {address or 'this machine'}: {one_line(exc)}") from None
        try:
            yield ray
        finally:
            ray.shutdown()


def check_reachable(address: str, seconds: float = 5.0) -> None:
    """A HOST:PORT that nothing answers on is said at once (Ray itself keeps
    retrying for minutes)."""
    import socket

    host, _, port = address.rpartition(":")
    if not host or not port.isdigit() or "://" in address:
        return  # ray://…, auto: Ray's own forms, left to Ray
    try:
        socket.create_connection((host, int(port)), timeout=seconds).close()
    except OSError as exc:
        raise ClusterError(f"Ray at {address}: nothing answers ({exc.strerror or type(exc).__name__})") from None


@contextmanager
def native_stderr_to(log_file: Path):
    """Ray's C++ core writes its own log lines (warnings about its internals) to
    the process's file descriptor 2: send those to a log file, and keep Python's
    sys.stderr (our messages, and tracebacks) on the terminal."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    sys.stderr.flush()
    terminal = os.dup(2)
    log = os.open(log_file, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    os.dup2(log, 2)
    os.close(log)
    python_stderr = sys.stderr
    sys.stderr = open(os.dup(terminal), "w", encoding="utf-8", buffering=1)
    try:
        yield
    finally:
        sys.stderr.close()
        sys.stderr = python_stderr
        os.dup2(terminal, 2)
        os.close(terminal)


class PageExtractor:
    """A Ray Data worker: loads the pipeline once, then extracts batch after batch."""

    def __init__(self):
        from .pipeline import shared_nlp

        self.nlp = shared_nlp()

    def __call__(self, batch: dict) -> dict:
        from .pipeline import extract_one

        out = {"index": [], "result": [], "error": []}
        for index, path, source, day in zip(batch["index"], batch["path"], batch["source"], batch["issue_date"]):
            page = PageFile(Path(str(path)), str(source))
            result = extract_one(page, self.nlp, dt.date.fromisoformat(day) if day else None)
            out["index"].append(int(index))
            out["result"].append(result.model_dump_json() if isinstance(result, PageResult) else "")
            out["error"].append("" if isinstance(result, PageResult) else result.problem)
        return out


def cluster_workers(ray, worker_cpus: float) -> int:
    """As many workers as the cluster has CPUs for (one at least)."""
    return max(1, int(ray.cluster_resources().get("CPU", 1) // worker_cpus))


def extract_on_ray(paths: Iterable[Path | PageFile], issue_date: dt.date | None = None, workers: int | None = None,
                   worker_cpus: float | None = None) -> Iterator[PageResult | PageError]:
    """Extract pages on the connected Ray cluster; yields in input order. A
    worker that dies is restarted by Ray and its batch run again."""
    import ray
    from ray.data import ActorPoolStrategy, DataContext

    files = list(iter_page_files(paths))
    if not files:
        return
    s = ray_settings()
    context = DataContext.get_current()
    context.execution_options.preserve_order = True
    context.enable_progress_bars = False
    context.print_on_execution_start = False
    worker_cpus = worker_cpus or s["worker_cpus"]
    workers = workers or cluster_workers(ray, worker_cpus)
    day = issue_date.isoformat() if issue_date else ""
    items = [{"index": i, "path": str(f.path), "source": f.source, "issue_date": day} for i, f in enumerate(files)]
    blocks = max(1, -(-len(items) // s["batch_pages"]))
    dataset = ray.data.from_items(items, override_num_blocks=blocks).map_batches(
        PageExtractor, batch_size=s["batch_pages"], num_cpus=worker_cpus,
        compute=ActorPoolStrategy(size=min(workers, blocks)))
    for batch in dataset.iter_batches(batch_size=None, batch_format="numpy"):
        for index, result, error in zip(batch["index"], batch["result"], batch["error"]):
            if error:
                yield PageError(files[int(index)].path, str(error))
            else:
                yield PageResult.model_validate_json(str(result))


def one_line(exc: Exception) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text.splitlines()[0][:200] if text else ''}"
