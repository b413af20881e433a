"""Reading pages: bytes to text, with encoding detection and page metadata."""
from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from .papers import paper_for
from .records import Page

TEXT_SUFFIXES = {".txt", ".text", ".md"}
# A newspaper page is tens of kilobytes; megabytes are a wrong file, not a page.
MAX_PAGE_BYTES = 4 * 1024 * 1024
_PATH_DATE = re.compile(r"(?<!\d)(20\d{2}|19\d{2})[-_/.]?(0[1-9]|1[0-2])[-_/.]?(0[1-9]|[12]\d|3[01])(?!\d)")


class PageError(Exception):
    """A page that cannot be read; the message names the file and the problem."""

    def __init__(self, path: Path | str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = str(path)
        self.problem = problem


@dataclass
class RawPage:
    page: Page
    text: str


@dataclass(frozen=True)
class PageFile:
    """A page file and its key in the graph: the path relative to the folder
    given on the command line (`2019-04-10/A01.txt`), or the name of a file given alone."""

    path: Path
    source: str


def iter_page_files(paths: Iterable[str | Path | PageFile]) -> Iterator[PageFile]:
    """Files given, and text files inside directories given, in a stable order.
    Every entry with a text suffix that is not a directory is a page, even a
    broken link or a link loop, so that reading it names the problem. A
    directory that cannot be listed is yielded itself, for the same reason."""
    for raw in paths:
        if isinstance(raw, PageFile):
            yield raw
            continue
        p = Path(raw)
        if p.is_dir():
            yield from (PageFile(f, f.relative_to(p).as_posix()) for f in sorted(_pages_under(p)))
        else:
            yield PageFile(p, p.name)


def page_key(source: str, sha256: str) -> str:
    """Page ids (and the article ids made from them) hash the key with the bytes:
    two files with the same bytes never share an article node."""
    return hashlib.sha256(f"{source}\n{sha256}".encode("utf-8")).hexdigest()[:16]


def _pages_under(folder: Path) -> Iterator[Path]:
    unlisted: list[Path] = []
    # os.walk follows no links and reports an unreadable directory instead of raising
    for root, _dirs, files in os.walk(folder, onerror=lambda exc: unlisted.append(Path(exc.filename))):
        yield from (Path(root, f) for f in files if Path(f).suffix.lower() in TEXT_SUFFIXES)
    yield from unlisted


def decode(data: bytes, path: Path | str) -> tuple[str, str]:
    """Decode UTF-8 (with or without BOM) or GB18030; refuse binary data
    (a NUL anywhere in the file: text pages have none)."""
    if b"\x00" in data:
        raise PageError(path, "binary file (NUL bytes), not a text page")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise PageError(path, f"not UTF-8 or GB18030 text (undecodable byte at {exc.start})") from None
    if not _looks_like_text(text):
        raise PageError(path, "undecodable: bytes are neither UTF-8 nor GBK/GB18030 text")
    return text, "gb18030"


def _looks_like_text(text: str) -> bool:
    if not text:
        return True
    odd = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\r\n\t\f") or 0xE000 <= ord(ch) <= 0xF8FF)
    return odd / len(text) < 0.01


def date_from_path(path: Path | str) -> dt.date | None:
    m = _PATH_DATE.search(str(path))
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def read_bytes(path: Path | str) -> bytes:
    """The bytes of a page, its size checked before anything is read; every
    problem with the file becomes a PageError naming it."""
    path = Path(path)
    try:
        # O_NONBLOCK: a FIFO named like a page must not hang the run
        with open(os.open(path, os.O_RDONLY | os.O_NONBLOCK), "rb") as fh:
            info = os.fstat(fh.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise PageError(path, "is a directory" if stat.S_ISDIR(info.st_mode) else "not a regular file")
            if info.st_size > MAX_PAGE_BYTES:
                raise PageError(path, too_large(info.st_size))
            data = fh.read(MAX_PAGE_BYTES + 1)  # the file may grow after the stat
    except OSError as exc:
        raise PageError(path, os_problem(exc)) from None
    if len(data) > MAX_PAGE_BYTES:
        raise PageError(path, too_large(len(data)))
    return data


def too_large(size: int) -> str:
    return f"too large for a newspaper page ({size:,} bytes; the limit is {MAX_PAGE_BYTES:,})"


OS_PROBLEMS = {
    errno.ENOENT: "no such file (removed, or a broken link)",
    errno.EISDIR: "is a directory",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ELOOP: "symbolic link loop",
}


def os_problem(exc: OSError) -> str:
    return OS_PROBLEMS.get(exc.errno) or (exc.strerror or type(exc).__name__).lower()


def page_sha(path: Path | str) -> str:
    return hashlib.sha256(read_bytes(path)).hexdigest()


def read_page(path: Path | str | PageFile, issue_date: dt.date | None = None) -> RawPage:
    file = path if isinstance(path, PageFile) else PageFile(Path(path), Path(path).name)
    path = file.path
    data = read_bytes(path)
    text, encoding = decode(data, path)
    sha = hashlib.sha256(data).hexdigest()
    page = Page(page_id=page_key(file.source, sha), source=file.source, path=str(path.resolve()), sha256=sha,
                encoding=encoding, paper=paper_for(file.source, path).name)
    if issue_date:
        page.issue_date, page.issue_date_source = issue_date, "option"
    elif (from_path := date_from_path(path)) is not None:
        page.issue_date, page.issue_date_source = from_path, "path"
    return RawPage(page=page, text=text)
