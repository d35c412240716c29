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

usage: tools/bench/oracle.py PITH SETDIR [--tsv PAGES.tsv] [--pred ORACLE.json]
  PITH    the pith CLI (build/pith)
  SETDIR  a set with html/ID.html.gz and ground-truth.json, e.g.
          ../shared/bench/wcxb-dev (its scorer is SETDIR/../score.py)
  --tsv   per page: id, page type, pith F1, oracle F1, gap, URL (largest gap first)
  --pred  the oracle's text as a prediction file for score.py
"""
import argparse
import collections
import json
import subprocess
import sys
from pathlib import Path


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pith")
    ap.add_argument("setdir", type=Path)
    ap.add_argument("--tsv", type=Path)
    ap.add_argument("--pred", type=Path)
    args = ap.parse_args()

    sys.path.insert(0, str(args.setdir.resolve().parent))
    import score  # the set's scorer: tokens, shingles, page_counts, summarize

    truth = json.loads((args.setdir / "ground-truth.json").read_text(encoding="utf-8"))
    per_type = collections.defaultdict(lambda: ({}, {}))  # type -> (pith, oracle) counts
    rows, oracle_pred, failed = [], {}, 0
    for pid, item in sorted(truth.items()):
        page = args.setdir / "html" / f"{pid}.html.gz"
        if not page.exists():
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
        blocks = out.get("blocks", [])
        truth_words = " " + " ".join(score.tokens(body)) + " "
        # True (keep), False (drop) or None (too short to have a shingle of its own).
        keep = []
        for block in blocks:
            words = score.tokens(block["text"])
            if len(words) < score.SHINGLE:
                keep.append(None if words and f" {' '.join(words)} " in truth_words else False)
                continue
            shingles = score.shingles(block["text"])
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
        kept = [b["text"] for b, k in zip(blocks, keep) if k]
        oracle_text = "\n\n".join(kept)
        oracle_pred[pid] = {"articleBody": oracle_text}
        counts = (score.page_counts(body, out.get("text", "")),
                  score.page_counts(body, oracle_text))
        for key in ("all", item.get("page_type", "-")):
            per_type[key][0][pid], per_type[key][1][pid] = counts
        f1 = [score.summarize({pid: c})[2] for c in counts]
        rows.append((f1[1] - f1[0], pid, item.get("page_type", "-"), f1[0], f1[1],
                     item.get("url", "")))

    print(f"{'page type':14s} {'pages':>5s} {'pith F1':>8s} {'oracle F1':>9s}")
    for key in sorted(per_type, key=lambda k: (k != "all", k)):
        pith_counts, oracle_counts = per_type[key]
        print(f"{key:14s} {len(pith_counts):5d} {score.summarize(pith_counts)[2]:8.3f} "
              f"{score.summarize(oracle_counts)[2]:9.3f}")
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
