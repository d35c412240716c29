"""Speed of pith from Python: pages/s of pith.extract() on one thread, and with
a ThreadPoolExecutor of 1 and 2 workers (the GIL is released while extracting).

    PYTHONPATH=build/python /usr/bin/python3 python/bench.py ../shared/bench/scrapinghub [--runs N]

Compare the one-thread figure with `build/bench DIR` (the C++ library's
pages/s, one thread, on the same decompressed pages).

With --dask FILES, the set's pages are written into FILES gzipped WARC files
(each page COPIES times over all of them) and extracted by pith.dask on a
LocalCluster of --workers processes, then with --serial in this process.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import gzip
import pathlib
import statistics
import sys
import time

# Not python/pith (the sources, without the built module) but the pith on PYTHONPATH or installed.
sys.path = [p for p in sys.path if pathlib.Path(p or ".").resolve() != pathlib.Path(__file__).parent.resolve()]

import pith  # noqa: E402


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


def dask_run(pages: list[bytes], files: int, copies: int, workers: int) -> None:
    import gzip as gz
    import tempfile

    import pith.dask
    sys.path.insert(0, str(pathlib.Path(__file__).parent / "tests"))
    from warcs import response  # the tests' WARC writer

    with tempfile.TemporaryDirectory() as tmp:
        d = pathlib.Path(tmp)
        members: list[list[bytes]] = [[] for _ in range(files)]
        n = 0
        for c in range(copies):
            for i, p in enumerate(pages):
                members[n % files].append(gz.compress(
                    response(f"https://bench.example/{c}/{i}", p, "text/html"), 1))
                n += 1
        paths = []
        for f, m in enumerate(members):
            paths.append(d / f"bench-{f:03d}.warc.gz")
            paths[-1].write_bytes(b"".join(m))
        mb = sum(p.stat().st_size for p in paths) / 1e6
        print(f"{files} WARC files, {n} pages, {mb:.1f} MB gzipped")
        runs = ((f"pith.dask, LocalCluster of {workers} workers", {"workers": workers}),
                ("pith.dask --serial, this process", {"serial": True}))
        for k, (label, kw) in enumerate(runs):
            out = d / f"out{k}"
            t = time.perf_counter()
            summary = pith.dask.run(paths, out, **kw)
            seconds = time.perf_counter() - t
            total = summary["total"]
            print(f"{label}: {seconds:.1f} s, {total['records'] / seconds:.1f} pages/s "
                  f"({total['extracted']} extracted, {total['failed']} failed; "
                  "cluster start-up included)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bench_dir", type=pathlib.Path, help="a set with html/ (e.g. scrapinghub)")
    parser.add_argument("--runs", type=int, default=5, help="runs of each measure; the median counts")
    parser.add_argument("--dask", type=int, metavar="FILES",
                        help="time pith.dask over the pages written into FILES WARC files")
    parser.add_argument("--copies", type=int, default=4, help="--dask: copies of each page")
    parser.add_argument("--workers", type=int, default=2, help="--dask: worker processes")
    args = parser.parse_args()
    pages = load(args.bench_dir)
    if args.dask:
        dask_run(pages, args.dask, args.copies, args.workers)
        return
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
