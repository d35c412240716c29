#!/usr/bin/env python3
"""tools/bench/oracle.py on a two-page set built here, with a stand-in scorer.

usage: oracle_test.py PITH ORACLE_PY
"""
import gzip
import json
import re
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

PITH, ORACLE = sys.argv[1], sys.argv[2]

# The scorer's interface that oracle.py uses (the real one is the set's
# score.py, beside the sets, never in this repository): 4-token shingles as a
# Counter, normalised counts per page, F1 of mean precision and recall.
SCORER = '''
import re
from collections import Counter
SHINGLE = 4
def tokens(text):
    return re.findall(r"\\w+", text or "")
def shingles(text):
    t = tokens(text)
    if len(t) < SHINGLE:
        return Counter([tuple(t)]) if t else Counter()
    return Counter(tuple(t[i:i + SHINGLE]) for i in range(len(t) - SHINGLE + 1))
def page_counts(truth, pred):
    a, b = shingles(truth), shingles(pred)
    tp, fp, fn = sum((a & b).values()), sum((b - a).values()), sum((a - b).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)
def summarize(per_page):
    ps = [c[0] / (c[0] + c[1]) for c in per_page.values() if c[0] + c[1] > 0]
    rs = [c[0] / (c[0] + c[2]) for c in per_page.values() if c[0] + c[2] > 0]
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
'''

STORY = ("Sow the broad beans in late February once the soil has dried enough to work, "
         "setting each seed five centimetres deep and a hand's width apart in double rows.")
FROST = ("Cover early potatoes with fleece whenever a frost is forecast, because the young "
         "shoots blacken overnight and the crop comes weeks later than it should.")
TEASERS = ["Ten ways to prune roses in winter without tears",
           "Why your tomatoes split after heavy summer rain",
           "The best compost bins tested over a whole year"]
PAGE = f"""<html><head><title>Spring planting notes</title></head><body>
<nav><a href="/">Home</a> <a href="/garden">Garden</a> <a href="/shop">Shop</a></nav>
<main><article><h1>Spring planting notes</h1><p>{STORY}</p><p>{FROST}</p></article></main>
<aside><h2>Most popular</h2><ul>{''.join(f'<li><a href="/{i}">{t}</a></li>' for i, t in enumerate(TEASERS))}</ul></aside>
<footer>Copyright 2026 The Allotment Weekly. All rights reserved.</footer></body></html>"""


class OracleTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        root = Path(self.dir.name)
        (root / "score.py").write_text(SCORER)
        self.set = root / "set"
        (self.set / "html").mkdir(parents=True)
        for pid in ("p1", "p2"):
            (self.set / "html" / f"{pid}.html.gz").write_bytes(gzip.compress(PAGE.encode()))
        truth = {
            # What pith keeps, exactly.
            "p1": {"articleBody": f"{STORY}\n{FROST}", "page_type": "article", "url": "https://a.example/1"},
            # A truth that also keeps the heading and one teaser of the sidebar.
            "p2": {"articleBody": f"Spring planting notes\n{STORY}\n{FROST}\n{TEASERS[0]}",
                   "page_type": "listing", "url": "https://b.example/2"},
        }
        (self.set / "ground-truth.json").write_text(json.dumps(truth))

    def tearDown(self):
        self.dir.cleanup()

    def run_oracle(self, *extra):
        return subprocess.run([sys.executable, ORACLE, PITH, str(self.set), *extra],
                              capture_output=True, text=True, check=True).stdout

    def test_the_oracle_keeps_exactly_the_blocks_in_the_truth(self):
        root = Path(self.dir.name)
        out = self.run_oracle("--tsv", str(root / "pages.tsv"), "--pred", str(root / "oracle.json"))
        rows = {line.split()[0]: line.split()[1:] for line in out.splitlines()[1:]}
        self.assertEqual(rows["article"], ["1", "1.000", "1.000", "0.000"])
        pith_f1, oracle_f1 = float(rows["listing"][1]), float(rows["listing"][2])
        self.assertLess(pith_f1, 0.95)
        self.assertEqual(oracle_f1, 1.0)
        self.assertEqual(rows["all"][0], "2")

        oracle = json.loads((root / "oracle.json").read_text())
        self.assertEqual(oracle["p2"]["articleBody"].split("\n\n"),
                         ["Spring planting notes", STORY, FROST, TEASERS[0]])
        self.assertNotIn("Most popular", oracle["p2"]["articleBody"])
        self.assertEqual(oracle["p1"]["articleBody"].split("\n\n"), [STORY, FROST])

        pages = [line.split("\t") for line in (root / "pages.tsv").read_text().splitlines()]
        self.assertEqual([p[0] for p in pages], ["p2", "p1"])  # largest gap first
        self.assertEqual(pages[1][4], "+0.000")

    def test_a_second_copy_the_truth_holds_once_goes(self):
        # The story written twice, for two screen sizes; its truth holds it
        # once. Shingles are counted as the scorer counts them: the first
        # copy takes them, and the second, finding none left, goes.
        root = Path(self.dir.name)
        twice = PAGE.replace(f"<p>{FROST}</p>", f"<p>{FROST}</p></article><article><p>{STORY}</p>")
        (self.set / "html" / "p1.html.gz").write_bytes(gzip.compress(twice.encode()))
        self.run_oracle("--pred", str(root / "oracle.json"))
        oracle = json.loads((root / "oracle.json").read_text())
        self.assertEqual(oracle["p1"]["articleBody"].split("\n\n"), [STORY, FROST])

    def test_one_half_or_one_type_is_scored_alone(self):
        # a.example is in half A (crc32 even), b.example in half B.
        def table(*extra):
            out = self.run_oracle(*extra)
            return {line.split()[0]: line.split()[1] for line in out.splitlines()[1:] if line}
        self.assertEqual(table("--half", "A"), {"all": "1", "article": "1"})
        self.assertEqual(table("--half", "B"), {"all": "1", "listing": "1"})
        self.assertEqual(table("--type", "listing"), {"all": "1", "listing": "1"})

    def test_reasons_name_the_decisions_the_oracle_reverses(self):
        out = self.run_oracle("--reasons", "5")
        dropped = out.split("dropped, the oracle keeps (words, pages, reason, the pages with most):\n")
        # The teaser the truth keeps (9 words), then the heading (3 words), on p2.
        self.assertEqual([line.split(None, 2) for line in dropped[1].splitlines()],
                         [["9", "1", "outside the main region  (p2)"],
                          ["3", "1", "repeats the title  (p2)"]])
        self.assertNotIn("kept, the oracle drops", out)

    def test_a_block_partly_in_the_truth_counts_as_mixed(self):
        # The truth of p1 stops halfway through the second paragraph: that
        # block mixes the truth with other text, and no choice of blocks
        # gets it right; the oracle drops it, where pith keeps it.
        frost = re.findall(r"\w+", FROST)
        truth = json.loads((self.set / "ground-truth.json").read_text())
        truth["p1"]["articleBody"] = STORY + "\n" + " ".join(frost[:13])
        (self.set / "ground-truth.json").write_text(json.dumps(truth))
        out = self.run_oracle("--type", "article", "--reasons", "5")
        rows = {line.split()[0]: line.split()[1:] for line in out.splitlines()[1:3]}
        story = len(re.findall(r"\w+", STORY))
        self.assertEqual(rows["article"][3], f"{len(frost) / (story + len(frost)):.3f}")
        kept = out.split("kept, the oracle drops (words, pages, reason, the pages with most):\n")
        self.assertEqual(kept[1].splitlines()[0].split(None, 2),
                         [str(len(frost)), "1", "main content  (p1)"])

    def test_a_page_pith_cannot_read_is_reported(self):
        (self.set / "html" / "p2.html.gz").write_bytes(b"\x1f\x8b not gzip")
        run = subprocess.run([sys.executable, ORACLE, PITH, str(self.set)],
                             capture_output=True, text=True)
        self.assertEqual(run.returncode, 1)
        self.assertIn("p2: pith failed", run.stderr)
        self.assertIn("1 pages failed", run.stderr)


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1])
