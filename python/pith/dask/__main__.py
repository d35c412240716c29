"""python3 -m pith.dask WARC|DIR... --out DIR [--scheduler ADDRESS | --workers N | --serial]
                      [--max-input SIZE] ...

Extracts the pages of WARC files on Dask, one task per file, each writing
DIR/<name>.jsonl.gz (a directory given stands for the WARC files below it);
prints a line per file and the totals (--json: the summary as JSON). Exit
status: 0 all done, 1 some records failed (damaged records, unreadable
pages: named in the output files), 2 some file could not be processed, or
bad usage.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from typing import Any

from pith import _core
from pith.dask import run


def _count(n: int, one: str, many: str) -> str:
    """ "1 record", "2 records", "0 records"."""
    return f"{n} {one if n == 1 else many}"


def summary_lines(summary: dict[str, Any]) -> list[str]:
    """The lines printed for a run's summary (run()'s value): one per file, then the totals.
    Names and errors are quoted as pith quotes them (_core.printable), so that a control
    character in a file's name neither breaks its line nor reaches the terminal."""
    lines = []
    for f in summary["files"]:
        name = _core.printable(f["file"])
        if "error" in f:
            lines.append(f"{name}: error: {_core.printable(f['error'])}")
        else:
            lines.append(f"{name}: {_count(f['records'], 'record', 'records')}, "
                         f"{f['extracted']} extracted, {f['empty']} empty, {f['skipped']} skipped, "
                         f"{f['failed']} failed"
                         + (" (done before)" if f["done_before"] else f" in {f['seconds']:.1f} s")
                         + f" -> {_core.printable(f['output'])}")
    total = summary["total"]
    lines.append(f"total: {_count(total['files'], 'file', 'files')} ({total['files_failed']} failed, "
                 f"{total['files_done_before']} done before), "
                 f"{_count(total['records'], 'record', 'records')}, "
                 f"{total['extracted']} extracted, {total['empty']} empty, {total['skipped']} skipped, "
                 f"{total['failed']} failed, {summary['seconds']:.1f} s")
    return lines


WARC_SUFFIXES = (".warc", ".warc.gz")


def expand_warcs(given: list[str]) -> list[str]:
    """The files given, and for each directory given the WARC files below it
    (names ending .warc or .warc.gz; sorted), as pith walks a
    directory. Raises OSError naming a directory that could not be read or
    that holds no WARC file, rather than running on without it."""
    files: list[str] = []
    for path in given:
        if not os.path.isdir(path):
            files.append(path)
            continue
        found: list[str] = []
        errors: list[OSError] = []
        for top, dirs, names in os.walk(path, onerror=errors.append):
            dirs.sort()
            found += [os.path.join(top, n) for n in names if n.endswith(WARC_SUFFIXES)]
        if errors:
            raise OSError(f"{_core.printable(path)}: {errors[0].strerror or errors[0]}")
        if not found:
            raise OSError(f"{_core.printable(path)}: no WARC file (.warc, .warc.gz) below it")
        files += sorted(found)
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python3 -m pith.dask",
        description="Extract the pages of WARC files on Dask, one task per file, each writing "
                    "DIR/<name>.jsonl.gz. Files already done are skipped, so a stopped run is "
                    "restarted by running it again.")
    parser.add_argument("warcs", nargs="+", metavar="WARC",
                        help="WARC files (.warc, .warc.gz), or directories searched for them")
    parser.add_argument("--out", required=True, metavar="DIR", help="directory for the output")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--scheduler", metavar="ADDRESS",
                       help="a running dask scheduler, e.g. tcp://10.0.0.5:8786")
    where.add_argument("--workers", type=int, metavar="N",
                       help="worker processes of a local cluster (default: the number of cores)")
    where.add_argument("--serial", action="store_true",
                       help="no Dask: the files one after another in this process (for xargs -P "
                            "or GNU parallel)")
    names = _core.FAVOR_NAMES  # the library's, as pith.extract(favor=...) takes them
    parser.add_argument("--favor", default="balanced",
                        help=f"{', '.join(names[:-1])} or {names[-1]} (any case)")
    parser.add_argument("--with-comments", action="store_true",
                        help="collect each page's comment section into \"comments\"")
    parser.add_argument("--no-tables", action="store_true", help="leave tables out of the text")
    parser.add_argument("--min-chars", default=None, metavar="N",
                        help="a text shorter than N characters counts as not found (default 50)")
    parser.add_argument("--max-input", metavar="SIZE",
                        help="largest record or page extracted, e.g. 500k, 20M (default 64M); "
                             "a larger one is a failed line naming --max-input")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = parser.parse_args(argv)
    if args.workers is not None and args.workers < 1:
        parser.error("--workers must be at least 1")
    favor = _core.parse_favor(args.favor)  # read by the library (any case), as favor= is
    if favor is None:
        quoted = [f'"{name}"' for name in names]
        parser.error(f"--favor must be {', '.join(quoted[:-1])} or {quoted[-1]}, "
                     f"not \"{_core.printable(args.favor)}\"")
    if args.min_chars is not None:  # named as given, not as the keyword; pith's own words
        min_chars = _core.parse_whole_number(args.min_chars, _core.MAX_MIN_TEXT_CHARS)
        if min_chars is None:  # digits only, as pith --min-chars reads them
            parser.error(f"--min-chars takes a whole number from 0 to {_core.MAX_MIN_TEXT_CHARS}, "
                         f"not '{_core.printable(args.min_chars)}'")
    options = {"favor": favor, "include_comments": args.with_comments,
               "include_tables": not args.no_tables}
    if args.min_chars is not None:
        options["min_text_chars"] = min_chars
    if args.max_input is not None:
        options["max_input_bytes"] = _core.parse_size(args.max_input)
        if options["max_input_bytes"] is None:  # pith's own words for its --max-input
            parser.error(f"--max-input takes a size such as 500k or 20M, "
                         f"not '{_core.printable(args.max_input)}'")
    try:
        summary = run(expand_warcs(args.warcs), args.out, scheduler=args.scheduler, workers=args.workers,
                      serial=args.serial, limit_name="--max-input", **options)
    except (ValueError, OSError) as e:  # named as the command's, not as run()'s
        print(f"pith.dask: {str(e).removeprefix('run(): ')}", file=sys.stderr)
        return 2
    total = summary["total"]
    if args.json:
        print(json.dumps(summary, indent=1))
    else:
        print("\n".join(summary_lines(summary)))
    if total["files_failed"]:
        return 2
    return 1 if total["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
