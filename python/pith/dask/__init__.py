"""pith on a Dask cluster: extract the pages of many WARC files, one task per file.

    python3 -m pith.dask crawl/*.warc.gz --out articles/ --workers 4
    python3 -m pith.dask crawl/*.warc.gz --out articles/ --scheduler tcp://10.0.0.5:8786

or from Python::

    from dask.distributed import Client
    import pith.dask
    summary = pith.dask.run(paths, "articles/", client=Client("tcp://10.0.0.5:8786"),
                            favor="precision")
    print(summary["total"])

Each task reads one WARC file with pith.iter_warc() and writes DIR/<name>.jsonl.gz
(crawl-00001.warc.gz -> crawl-00001.jsonl.gz): one JSON line per response or
resource record, in file order. A page is Article.render("json") (url, title,
authors, date, text, ..., warc_record_id, warc_date, warc_target_uri); a record
that gives no article is Record.error_json(): its error, and "skipped": true
for one that is not HTML. The task writes to a temporary name in DIR and
renames it when the file is done, so a killed task or run leaves no half
file; a file whose output exists is not read again, so a stopped job is
restarted by running it again. A worker dying mid-task makes Dask run the
task again elsewhere. Every path and DIR must be reachable by the workers
under the same names (a shared file system), and pith installed on them.
"""

from __future__ import annotations

import gzip
import json
import os
import pathlib
import socket
import time
import uuid
from typing import Any, Iterable

import pith

from pith import _core

__all__ = ["extract_warc", "output_name", "run"]

#: The counts of a file's summary: records = extracted + empty + skipped + failed.
COUNTS = ("records", "extracted", "empty", "skipped", "failed")


def output_name(warc_path: str | os.PathLike[str]) -> str:
    """The output file's name for a WARC file: its name without .gz and .warc, plus .jsonl.gz."""
    name = pathlib.Path(warc_path).name
    for suffix in (".gz", ".warc"):
        if name.endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)]
    return name + ".jsonl.gz"


def _classify(line: dict[str, Any]) -> str:
    if "error" in line:
        return "skipped" if line.get("skipped") else "failed"
    return "extracted" if line.get("found") else "empty"


def _count_output(path: pathlib.Path) -> dict[str, int]:
    counts = dict.fromkeys(COUNTS, 0)
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            counts["records"] += 1
            counts[_classify(json.loads(line))] += 1
    return counts


def _temporary(out: pathlib.Path) -> pathlib.Path:
    """A name beside out that no other attempt uses, hidden and ending in .tmp."""
    tag = f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    return out.with_name(f".{out.name}.{tag}.tmp")


def _temporaries(out: pathlib.Path) -> list[pathlib.Path]:
    """The files _temporary(out) names that exist, compared as names, not as a
    glob pattern: the name may hold [, ] or *."""
    head, tail = f".{out.name}.", ".tmp"
    return [p for p in out.parent.iterdir()
            if p.name.startswith(head) and p.name.endswith(tail) and len(p.name) > len(head + tail)]


def extract_warc(path: str | os.PathLike[str], out_dir: str | os.PathLike[str], *,
                 limit_name: str = "max_input_bytes", **options: Any) -> dict[str, Any]:
    """Extracts every page of one WARC file into out_dir/<name>.jsonl.gz (one Dask task).

    options are pith.extract()'s keyword options; max_input_bytes bounds each
    record too (iter_warc()'s max_record_bytes), and a record or page over it
    fails with an error naming limit_name ("--max-input" from the command
    line). Returns the file's summary:
    file, output, records, extracted (articles found), empty (no main
    content), skipped (not HTML), failed (damaged records, pages pith could
    not read), seconds, and done_before True when the output existed already
    (its counts are then read from it). A file that cannot be opened raises
    pith.IoError and leaves no output, so a later run tries it again.
    """
    started = time.monotonic()
    pathlib.Path(out_dir).mkdir(parents=True, exist_ok=True)
    out = pathlib.Path(out_dir) / output_name(path)
    summary: dict[str, Any] = {"file": os.fspath(path), "output": str(out)}
    if out.exists():
        return {**summary, **_count_output(out), "done_before": True, "seconds": 0.0}
    counts = dict.fromkeys(COUNTS, 0)
    # One limit for a record and the page in it, max_input_bytes, as the
    # command line's --max-input is: a record over iter_warc's own default
    # would fail whatever max_input_bytes the caller gave.
    limit = options.get("max_input_bytes", pith.EXTRACT_DEFAULTS["max_input_bytes"])
    # A record over the limit is refused by the reader, a page over it by
    # extract(): both name the limit as the caller set it, limit_name.
    records = _core.iter_warc_named(path, limit_name, max_record_bytes=limit)  # IoError before any output
    tmp = _temporary(out)
    try:
        with gzip.open(tmp, "wt", encoding="utf-8", compresslevel=6) as f:
            for record in records:
                if record.ok and record.type not in ("response", "resource"):
                    continue  # warcinfo, request, metadata, revisit: not pages
                try:
                    article = _core.extract_record(record, limit_name, **options)
                except pith.Error as e:
                    line = record.error_json(e, os.fspath(path))
                    kind = "skipped" if isinstance(e, pith.UnsupportedType) else "failed"
                else:
                    line = article.render("json")
                    kind = "extracted" if article.found else "empty"
                counts["records"] += 1
                counts[kind] += 1
                f.write(line)
                f.write("\n")
        os.replace(tmp, out)
    finally:
        if tmp.exists():
            tmp.unlink()
    return {**summary, **counts, "done_before": False,
            "seconds": round(time.monotonic() - started, 3)}


def _check_names(paths: list[str]) -> None:
    seen: dict[str, str] = {}
    for p in paths:
        name = output_name(p)
        if name in seen:
            # The names as pith's messages quote them, a line feed in one escaped.
            quoted = [_core.printable(n) for n in (seen[name], p, name)]
            raise ValueError(f"run(): {quoted[0]} and {quoted[1]} would both write {quoted[2]}")
        seen[name] = p


def _run_on_dask(paths: list[str], out: pathlib.Path, files: list[dict[str, Any]], failed: Any,
                 client: Any, scheduler: str | None, workers: int | None,
                 task_options: dict[str, Any]) -> None:
    from dask.distributed import Client, LocalCluster, as_completed

    cluster = None
    own_client = client is None
    if client is None:
        if scheduler:
            client = Client(scheduler)
        else:
            cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                                   processes=True, dashboard_address=None)
            client = Client(cluster)
    try:
        futures = client.map(extract_warc, paths, out_dir=str(out.resolve()), pure=False,
                             **task_options)
        index = {f.key: i for i, f in enumerate(futures)}
        for future in as_completed(futures):
            i = index[future.key]
            try:
                files[i] = future.result()
            except Exception as e:  # noqa: BLE001 (one file's failure is reported, not raised)
                files[i] = failed(i, e)
    finally:
        if own_client:
            client.close()
            if cluster is not None:
                cluster.close()


def run(paths: Iterable[str | os.PathLike[str]], out_dir: str | os.PathLike[str], *,
        client: Any = None, scheduler: str | None = None, workers: int | None = None,
        serial: bool = False, limit_name: str = "max_input_bytes",
        **options: Any) -> dict[str, Any]:
    """Extracts many WARC files on Dask, one task per file; returns the summary.

    client is a dask.distributed.Client to use; otherwise scheduler is a
    scheduler's address ("tcp://host:8786") to connect to, and otherwise a
    LocalCluster of `workers` processes (default: the number of cores) runs
    for the call. serial=True runs the files one after another in this
    process, without Dask (for xargs -P or GNU parallel). options are
    pith.extract()'s keyword options; limit_name is the name a record's or
    page's error gives max_input_bytes (python3 -m pith.dask: "--max-input").

    Returns {"files": [summary of each file, in input order], "total":
    {records, extracted, empty, skipped, failed, files, files_failed,
    files_done_before}, "seconds"}. A file whose task fails (it cannot be
    opened, or Dask gave up after workers died on it) has "error" in its
    summary and counts in files_failed; the others are unaffected.
    """
    started = time.monotonic()
    names = [os.fspath(p) for p in paths]
    _check_names(names)
    # A wrong option (a wrong type, a value out of range) fails here, not in
    # every task, read by the library as extract() reads it, named as run()'s.
    _core.check_extract_options("run", **options)
    out = pathlib.Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    files: list[dict[str, Any]] = [{} for _ in names]

    def failed(i: int, e: Exception) -> dict[str, Any]:
        # The qualified name: "IoError.FileNotFoundError: cannot open ..."
        return {"file": names[i], "output": str(out / output_name(names[i])),
                "error": f"{type(e).__qualname__}: {e}"}

    if serial:
        for i, p in enumerate(names):
            try:
                files[i] = extract_warc(p, out, limit_name=limit_name, **options)
            except Exception as e:  # noqa: BLE001 (one file's failure is reported, not raised)
                files[i] = failed(i, e)
    else:
        _run_on_dask(names, out, files, failed, client, scheduler, workers,
                     {"limit_name": limit_name, **options})
    # Attempts killed mid-file left their temporary files; every task is over now.
    for p in names:
        for tmp in _temporaries(out / output_name(p)):
            tmp.unlink(missing_ok=True)
    total = {k: sum(f.get(k, 0) for f in files) for k in COUNTS}
    total["files"] = len(files)
    total["files_failed"] = sum(1 for f in files if "error" in f)
    total["files_done_before"] = sum(1 for f in files if f.get("done_before"))
    return {"files": files, "total": total, "seconds": round(time.monotonic() - started, 3)}
