"""Speed of pith from Python: pages/s of pith.extract() on one thread, and with
a ThreadPoolExecutor of 1 and 2 workers (the GIL is released while extracting).

    PYTHONPATH=build/python /usr/bin/python3 python/bench.py ../shared/bench/scrapinghub [--runs N]

Compare the one-thread figure with `build/bench DIR` (the C++ library's
pages/s, one thread, on the same decompressed pages).
"""

from __future__ import annotations

import argparse
import concurrent.futures
import gzip
import pathlib
import statistics
import sys
import time

import pith


def load(bench_dir: pathlib.Path) -> list[bytes]:
    """The set's pages, decompressed, in name order (as build/bench reads them)."""
    files = sorted((bench_dir / "html").glob("*.html*"))
    if not files:
        sys.exit(f"bench.py: no pages in {bench_dir / 'html'}")
    pages = []
    for f in files:
        data = f.read_bytes()
        pages.append(gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data)
    return pages


def serial(pages: list[bytes]) -> float:
    t = time.perf_counter()
    for p in pages:
        pith.extract(p)
    return time.perf_counter() - t


def pooled(pages: list[bytes], workers: int) -> float:
    with concurrent.futures.ThreadPoolExecutor(workers) as pool:
        t = time.perf_counter()
        for _ in pool.map(pith.extract, pages):
            pass
        return time.perf_counter() - t


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bench_dir", type=pathlib.Path, help="a set with html/ (e.g. scrapinghub)")
    parser.add_argument("--runs", type=int, default=5, help="runs of each measure; the median counts")
    args = parser.parse_args()
    pages = load(args.bench_dir)
    mb = sum(map(len, pages)) / 1e6
    serial(pages)  # warm up
    one = statistics.median(serial(pages) for _ in range(args.runs))
    print(f"{len(pages)} pages, {mb:.1f} MB, median of {args.runs} runs")
    print(f"pith.extract, 1 thread:          {len(pages) / one:7.1f} pages/s")
    w1 = statistics.median(pooled(pages, 1) for _ in range(args.runs))
    w2 = statistics.median(pooled(pages, 2) for _ in range(args.runs))
    print(f"ThreadPoolExecutor, 1 worker:    {len(pages) / w1:7.1f} pages/s")
    print(f"ThreadPoolExecutor, 2 workers:   {len(pages) / w2:7.1f} pages/s  ({w1 / w2:.2f}x)")


if __name__ == "__main__":
    main()
