#!/usr/bin/env python3
"""The ceiling of selection on a shingle-scored set: how well pith would do if it
chose perfectly among the blocks its own segmenter cut.

For every page, pith runs with --blocks; the "oracle" keeps exactly the blocks
whose 4-token shingles are mostly in the page's truth and drops the rest, reading
the blocks in page order and counting each shingle of the truth as often as the
truth holds it, as the scorer does: a second copy of a paragraph the truth holds
once (a copy for another screen size) finds its shingles taken and goes. Both
texts are scored with the set's own scorer (BENCH/score.py, the same F1 as
`bench --quality-only`), overall and per page type. A type whose oracle is low
loses in segmentation or in its truths (summaries, truths cut short), not in
selection; the gap between pith and the oracle is what rules could still win.
The oracle reads the truth, so it is a measuring stick, never a method.

Beside the two scores, each type's "mixed" column tells segmentation apart from
selection: of the words in blocks holding any of the truth, the share in blocks
only partly in it (a fifth to four fifths of their shingles: a tile's title and
its price in one block, or a truth that stops inside a block), which no choice
among blocks can get right.
--reasons names the rules behind the gap: per decision reason pith gives
(--explain's), the words of the blocks it decides otherwise than the oracle.

usage: tools/bench/oracle.py PITH SETDIR [--tsv PAGES.tsv] [--pred ORACLE.json]
                             [--half A|B] [--type TYPE] [--reasons N]
  PITH       the pith CLI (build/pith)
  SETDIR     a set with html/ID.html.gz and ground-truth.json, e.g.
             ../shared/bench/wcxb-dev (its scorer is SETDIR/../score.py)
  --tsv      per page: id, page type, pith F1, oracle F1, gap, URL (largest gap first)
  --pred     the oracle's text as a prediction file for score.py
  --half     only the pages of one half of bench's split by site (the URL's host,
             lower-cased, without "www.": crc32 even is A; no host is A)
  --type     only the pages of one page type of the truth
  --reasons  the N reasons whose decisions the oracle reverses most, in words:
             kept where the oracle drops, and dropped where it keeps, each
             with the pages where it reverses most
"""
import argparse
import collections
import json
import subprocess
import sys
import zlib
from pathlib import Path
from urllib.parse import urlsplit

# A block whose shingles are in the truth for more than this share and less
# than one minus it mixes the truth with other text.
MIXED = 0.2
# --reasons names this many pages per reason, those it costs most words first.
PAGES_NAMED = 5


def site_half(url):
    """The half of bench's split by site (SiteHalf in tools/bench/metrics.cc)."""
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        host = ""
    if host.startswith("www."):
        host = host[4:]
    return "A" if zlib.crc32(host.encode()) % 2 == 0 else "B"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pith")
    ap.add_argument("setdir", type=Path)
    ap.add_argument("--tsv", type=Path)
    ap.add_argument("--pred", type=Path)
    ap.add_argument("--half", choices=("A", "B"))
    ap.add_argument("--type")
    ap.add_argument("--reasons", type=int, default=0)
    args = ap.parse_args()

    sys.path.insert(0, str(args.setdir.resolve().parent))
    import score  # the set's scorer: tokens, shingles, page_counts, summarize

    truth = json.loads((args.setdir / "ground-truth.json").read_text(encoding="utf-8"))
    per_type = collections.defaultdict(lambda: ({}, {}))  # type -> (pith, oracle) counts
    mixed = collections.defaultdict(lambda: [0, 0])  # type -> words mixed, words touching the truth
    # (kept by pith, reason) -> words decided otherwise than the oracle, per page
    reversed_words = collections.Counter()
    reversed_pages = collections.defaultdict(collections.Counter)
    rows, oracle_pred, failed = [], {}, 0
    for pid, item in sorted(truth.items()):
        page = args.setdir / "html" / f"{pid}.html.gz"
        if not page.exists():
            continue
        if args.half and site_half(item.get("url", "")) != args.half:
            continue
        if args.type and item.get("page_type", "-") != args.type:
            continue
        run = subprocess.run([args.pith, str(page), "--format", "json", "--blocks"],
                             capture_output=True)
        try:
            out = json.loads(run.stdout)
        except ValueError:
            out = {}
        if run.returncode != 0 or "blocks" not in out:
            failed += 1
            cause = out.get("error") or run.stderr.decode(errors="replace").strip()
            print(f"{pid}: pith failed: {cause}", file=sys.stderr)
            continue
        body = item.get("articleBody", "")
        left = score.shingles(body)  # the truth's shingles not yet taken, with counts
        in_truth = set(left)
        blocks = out.get("blocks", [])
        truth_words = " " + " ".join(score.tokens(body)) + " "
        page_type = item.get("page_type", "-")
        # True (keep), False (drop) or None (too short to have a shingle of its own).
        keep = []
        for block in blocks:
            words = score.tokens(block["text"])
            if len(words) < score.SHINGLE:
                keep.append(None if words and f" {' '.join(words)} " in truth_words else False)
                continue
            shingles = score.shingles(block["text"])
            share = sum(n for s, n in shingles.items() if s in in_truth) / sum(shingles.values())
            if share > 0:
                for key in ("all", page_type):
                    mixed[key][0] += len(words) if MIXED < share < 1 - MIXED else 0
                    mixed[key][1] += len(words)
            inside = sum(min(n, left[s]) for s, n in shingles.items())
            keep.append(2 * inside > sum(shingles.values()))
            if keep[-1]:
                left -= shingles
        # A short block found in the truth (a heading, a label) goes with the
        # nearest longer block after it, or before it at the end.
        decided = next((k for k in reversed(keep) if k is not None), False)
        for i in reversed(range(len(keep))):
            if keep[i] is None:
                keep[i] = decided
            else:
                decided = keep[i]
        for block, k in zip(blocks, keep):
            if bool(block.get("kept")) != k:
                key = (bool(block.get("kept")), block.get("reason", ""))
                words = len(score.tokens(block["text"]))
                reversed_words[key] += words
                reversed_pages[key][pid] += words
        kept = [b["text"] for b, k in zip(blocks, keep) if k]
        oracle_text = "\n\n".join(kept)
        oracle_pred[pid] = {"articleBody": oracle_text}
        counts = (score.page_counts(body, out.get("text", "")),
                  score.page_counts(body, oracle_text))
        for key in ("all", page_type):
            per_type[key][0][pid], per_type[key][1][pid] = counts
        f1 = [score.summarize({pid: c})[2] for c in counts]
        rows.append((f1[1] - f1[0], pid, page_type, f1[0], f1[1],
                     item.get("url", "")))

    print(f"{'page type':14s} {'pages':>5s} {'pith F1':>8s} {'oracle F1':>9s} {'mixed':>6s}")
    for key in sorted(per_type, key=lambda k: (k != "all", k)):
        pith_counts, oracle_counts = per_type[key]
        words_mixed, words_touching = mixed[key]
        print(f"{key:14s} {len(pith_counts):5d} {score.summarize(pith_counts)[2]:8.3f} "
              f"{score.summarize(oracle_counts)[2]:9.3f} "
              f"{words_mixed / words_touching if words_touching else 0.0:6.3f}")
    for kept, label in ((True, "kept, the oracle drops"), (False, "dropped, the oracle keeps")):
        top = sorted(((n, reason) for (k, reason), n in reversed_words.items() if k == kept),
                     key=lambda x: (-x[0], x[1]))[:args.reasons]
        if not top:
            continue
        print(f"\n{label} (words, pages, reason, the pages with most):")
        for n, reason in top:
            pages = reversed_pages[(kept, reason)]
            most = " ".join(pid for pid, _ in pages.most_common(PAGES_NAMED))
            print(f"{n:8d} {len(pages):5d}  {reason}  ({most})")
    if failed:
        print(f"{failed} pages failed", file=sys.stderr)
    if args.tsv:
        rows.sort(reverse=True)
        args.tsv.write_text("".join(f"{pid}\t{ty}\t{a:.3f}\t{b:.3f}\t{g:+.3f}\t{url}\n"
                                    for g, pid, ty, a, b, url in rows), encoding="utf-8")
    if args.pred:
        args.pred.write_text(json.dumps(oracle_pred), encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
