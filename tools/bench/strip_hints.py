#!/usr/bin/env python3
"""A copy of a bench set with the pages' class and id attributes removed: how
much of pith's quality rests on the words sites name their boxes with.

Many sites name their boxes with words that tell content from chrome
("article-body", "sidebar", "related-posts"), and pith reads them as hints. A
site built with utility classes ("flex mt-4 text-sm") or hashed ones
("css-16vmic4", CSS modules) gives none, so pith must choose by structure
alone: text and link density, landmarks (<main>, <nav>, <footer>, roles),
repetition and position. Scoring the stripped copy with bench shows what is
left of each page type then; the pages that collapse show where a rule leans
on a hint with no structural fallback.

Every start tag loses its class and id attributes, byte for byte otherwise
(pages in any encoding: the rewrite reads bytes), but for what such a site
keeps too: the utility frameworks' classes that hide a box (KEPT_CLASSES:
Tailwind's "hidden", "invisible" and "sr-only", Bootstrap's "d-none" and
"visually-hidden"; a class attribute of other names goes whole, one of
these keeps only them) and the ids a framework gives the parts it streams
(React's "S:0", "B:0", "S:1f"), which no site names. Other attributes stay,
aria-controls and for= too (they may name an id that is gone: a page
without ids). The truth file (ground-truth.json or evaldata.json) is linked,
not copied; OUTDIR is made if missing and must lie outside the project: the
bench data is never committed.

usage: tools/bench/strip_hints.py SETDIR OUTDIR
then:  build/bench OUTDIR --quality-only     (scored as SETDIR is, by half and type)
"""
import argparse
import gzip
import re
import sys
from pathlib import Path

# A start tag, and a class or id attribute inside one (quoted either way or
# unquoted), with the white space before it.
START_TAG = re.compile(rb"<[A-Za-z][^<>]*>")
HINT = re.compile(rb"""(\s)(class|id)(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'=<>`]+)""", re.IGNORECASE)
TRUTHS = ("ground-truth.json", "evaldata.json")
# Classes a site of utility classes keeps: they hide a box, and name nothing.
KEPT_CLASSES = (b"hidden", b"invisible", b"sr-only", b"d-none", b"visually-hidden")
# An id a framework gives a part it streams: React's "S:0", "B:0", "P:0",
# numbered in hexadecimal ("S:a" follows "S:9").
STREAMED_ID = re.compile(rb"[A-Z]:[0-9a-f]+")


def keep(attr: re.Match) -> bytes:
    space, name, equals, value = attr.groups()
    bare = value[1:-1] if value[:1] in (b'"', b"'") else value
    if name.lower() == b"id":
        return attr.group(0) if STREAMED_ID.fullmatch(bare) else b""
    kept = [c for c in bare.split() if c in KEPT_CLASSES]
    return space + name + equals + b'"' + b" ".join(kept) + b'"' if kept else b""


def strip(page: bytes) -> bytes:
    return START_TAG.sub(lambda m: HINT.sub(keep, m.group(0)), page)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("setdir", type=Path)
    ap.add_argument("outdir", type=Path)
    args = ap.parse_args()
    truths = [name for name in TRUTHS if (args.setdir / name).is_file()]
    pages = sorted((args.setdir / "html").glob("*.html.gz"))
    if not truths or not pages:
        print(f"strip_hints: {args.setdir} holds no html/*.html.gz and ground-truth.json "
              "or evaldata.json", file=sys.stderr)
        return 2
    (args.outdir / "html").mkdir(parents=True, exist_ok=True)
    for name in truths:
        link = args.outdir / name
        if link.is_symlink() or link.exists():
            link.unlink()
        link.symlink_to((args.setdir / name).resolve())
    for page in pages:
        with gzip.open(page) as f:
            stripped = strip(f.read())
        with gzip.open(args.outdir / "html" / page.name, "wb", compresslevel=1) as f:
            f.write(stripped)
    print(f"{len(pages)} pages without class and id attributes in {args.outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
