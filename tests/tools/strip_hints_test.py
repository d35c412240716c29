#!/usr/bin/env python3
"""tools/bench/strip_hints.py on a set built here: class and id attributes go
from start tags only, byte for byte otherwise, and the truth is linked.

usage: strip_hints_test.py STRIP_HINTS_PY
"""
import gzip
import json
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

STRIP = sys.argv[1]

# Latin-1 bytes (not UTF-8), attributes quoted both ways and unquoted, a
# class= in a script and in the text, which are no attributes and stay.
PAGE = (b'<html><head><script>var t = \'<div class="x">\';</script></head>'
        b'<body class="home"><div id=main CLASS = \'article-body\' data-x="1">'
        b'<p>Caf\xe9 class="menu" here</p><a href="/a" id="top">Top</a>'
        b'<div data-class="keep" aria-controls="panel">x</div></div></body></html>')
WANT = (b'<html><head><script>var t = \'<div>\';</script></head>'
        b'<body><div data-x="1">'
        b'<p>Caf\xe9 class="menu" here</p><a href="/a">Top</a>'
        b'<div data-class="keep" aria-controls="panel">x</div></div></body></html>')


class StripHintsTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.root = Path(self.dir.name)
        (self.root / "set" / "html").mkdir(parents=True)
        with gzip.open(self.root / "set" / "html" / "0001.html.gz", "wb") as f:
            f.write(PAGE)
        (self.root / "set" / "ground-truth.json").write_text(
            json.dumps({"0001": {"articleBody": "Café", "url": "https://a.example/"}}))

    def tearDown(self):
        self.dir.cleanup()

    def test_strips_class_and_id_from_start_tags_only(self):
        out = self.root / "out"
        run = subprocess.run([sys.executable, STRIP, str(self.root / "set"), str(out)],
                             capture_output=True, text=True)
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertIn("1 pages", run.stdout)
        with gzip.open(out / "html" / "0001.html.gz") as f:
            # The script's string reads as a start tag to a byte rewrite and
            # loses its class too: script text is no page text either way.
            self.assertEqual(f.read(), WANT)
        truth = out / "ground-truth.json"
        self.assertTrue(truth.is_symlink())
        self.assertEqual(json.loads(truth.read_text())["0001"]["articleBody"], "Café")
        # Run again over the same directory: the link is replaced, not refused.
        again = subprocess.run([sys.executable, STRIP, str(self.root / "set"), str(out)],
                               capture_output=True, text=True)
        self.assertEqual(again.returncode, 0, again.stderr)

    def test_keeps_what_a_utility_class_site_keeps(self):
        # The classes that hide a box stay, alone; React's ids of streamed
        # parts stay; every other class and id goes.
        page = (b'<div class="flex hidden md:block" id="S:0"><p class="sr-only">Skip</p>'
                b"<span class='text-sm d-none' id=B:1f>x</span><i id=\"S:x\" "
                b'class="HIDDEN">y</i></div>')
        want = (b'<div class="hidden" id="S:0"><p class="sr-only">Skip</p>'
                b'<span class="d-none" id=B:1f>x</span><i>y</i></div>')
        with gzip.open(self.root / "set" / "html" / "0001.html.gz", "wb") as f:
            f.write(page)
        out = self.root / "out"
        run = subprocess.run([sys.executable, STRIP, str(self.root / "set"), str(out)],
                             capture_output=True, text=True)
        self.assertEqual(run.returncode, 0, run.stderr)
        with gzip.open(out / "html" / "0001.html.gz") as f:
            self.assertEqual(f.read(), want)

    def test_a_directory_that_is_no_set_is_refused(self):
        run = subprocess.run([sys.executable, STRIP, str(self.root), str(self.root / "out")],
                             capture_output=True, text=True)
        self.assertEqual(run.returncode, 2)
        self.assertIn("holds no html/*.html.gz", run.stderr)


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1])
