"""`graph-builder refresh INPUT_DIR [--prune]`: the nightly job.

Loads only pages that are new or changed since the last run (the sha256 of
each page is kept on its Page node), replaces the facts of changed pages, and
with --prune removes pages that left the input. A lock file keeps two runs
from overlapping. Every run appends to a log and prints what changed. The exit
code is 0 unless something failed (then the failed files are listed).
"""
from __future__ import annotations

import datetime as dt
import fcntl
import logging
import os
import sys
import time
from contextlib import contextmanager
from pathlib import Path

from ..cli import add_extraction_options
from ..cluster import ClusterError
from ..config import output_dir
from ..read import iter_page_files

EXIT_LOCKED = 75  # EX_TEMPFAIL: another refresh is running


class Locked(RuntimeError):
    pass


@contextmanager
def exclusive_lock(path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    fh = open(path, "a+")
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        fh.seek(0)
        holder = fh.read().strip()
        fh.close()
        raise Locked(f"another refresh is running ({holder or 'pid unknown'}); lock {path}") from None
    fh.truncate(0)
    fh.write(f"pid {os.getpid()} since {dt.datetime.now().isoformat(timespec='seconds')}\n")
    fh.flush()
    try:
        yield
    finally:
        fcntl.flock(fh, fcntl.LOCK_UN)
        fh.close()


def logger_for(log_file: Path) -> logging.Logger:
    log_file.parent.mkdir(parents=True, exist_ok=True)
    log = logging.getLogger("graph_builder.refresh")
    log.setLevel(logging.INFO)
    if not any(isinstance(h, logging.FileHandler) and h.baseFilename == str(log_file) for h in log.handlers):
        handler = logging.FileHandler(log_file, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        log.addHandler(handler)
    return log


def progress_printer(every: float = 2.0):
    """Progress on stderr for long runs: at most every `every` seconds, and at the end."""
    last = [0.0]

    def show(done: int, total: int, name: str) -> None:
        now = time.monotonic()
        if now - last[0] >= every or done == total:
            last[0] = now
            print(f"  extracted {done}/{total} ({name})", file=sys.stderr)
    return show


def add_arguments(parser) -> None:
    parser.add_argument("input_dir", help="the folder of pages (searched recursively)")
    parser.add_argument("--prune", action="store_true", help="remove pages that left the input")
    add_extraction_options(parser)
    parser.add_argument("--lock", help="lock file (default: out/refresh.lock)")
    parser.add_argument("--log", help="log file (default: out/refresh.log)")


def run(args) -> int:
    from ..graph.build import connect_writer, load_neo4j, print_summary
    from ..graph.writer import WriteError
    from ..server import ServerError

    out_dir = output_dir()
    lock = Path(args.lock) if args.lock else out_dir / "refresh.lock"
    log = logger_for(Path(args.log) if args.log else out_dir / "refresh.log")
    input_dir = Path(args.input_dir)
    if not input_dir.is_dir():
        print(f"refresh: {input_dir} is not a directory", file=sys.stderr)
        return 2
    try:
        with exclusive_lock(lock):
            writer = connect_writer()
            paths = list(iter_page_files([input_dir]))
            log.info("refresh of %s: %d pages", input_dir, len(paths))
            with writer:
                summary = load_neo4j(writer, paths, processes=args.processes, only_changed=True,
                                     prune=args.prune, progress=progress_printer(), ray=args.ray,
                                     records=args.records)
    except ClusterError as exc:
        log.error("%s", exc)
        print(f"refresh: {exc}", file=sys.stderr)
        return 1
    except Locked as exc:
        log.warning("refused: %s", exc)
        print(f"refresh: {exc}", file=sys.stderr)
        return EXIT_LOCKED
    except ServerError as exc:
        log.error("%s", exc)
        print(f"refresh: {exc}", file=sys.stderr)
        return 1
    except WriteError as exc:
        log.error("load stopped: %s", exc)
        print(f"refresh: load stopped, the next refresh finishes it: {exc}", file=sys.stderr)
        return 1
    print_summary(summary)
    log.info("loaded %d, unchanged %d, rewritten %d, pruned %d, failed %d; %d nodes %d relationships; %.1f s",
             summary.pages_loaded, summary.pages_unchanged, summary.pages_reassigned, summary.pages_pruned,
             len(summary.failed), summary.nodes, summary.relationships, summary.seconds)
    for key, items in summary.changes.items():
        if items:
            log.info("%s: %s", key, ", ".join(map(str, items)))
    for failure in summary.failed:
        log.error("failed: %s", failure)
    return 1 if summary.failed else 0
