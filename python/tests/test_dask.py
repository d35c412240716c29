"""pith.iter_warc() and pith.dask: WARC files extracted on a LocalCluster of
2 worker processes, with a damaged file and a worker killed mid-run."""

from __future__ import annotations

import gzip
import io
import json
import os
import pathlib
import signal
import subprocess
import sys
import threading
import time

import pytest

import pith
import pith.dask
from conftest import FIXTURES
from warcs import damage, write_warc


def expected_lines(path: pathlib.Path) -> list[str]:
    """The output a file should give: its records read and extracted here, in order."""
    lines = []
    for r in pith.iter_warc(path):
        if r.ok and r.type not in ("response", "resource"):
            continue
        try:
            lines.append(r.extract().render("json"))
        except pith.Error as e:
            lines.append(r.error_json(e, str(path)))
    return lines


def fixture_page(name: str) -> bytes:
    return (FIXTURES / name / "source.html").read_bytes()


def output_lines(path: pathlib.Path) -> list[str]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return f.read().splitlines()


# --- iter_warc ----------------------------------------------------------------------------


def test_iter_warc_records(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "a.warc.gz"
    expected = write_warc(path, 30)
    records = list(pith.iter_warc(path))
    assert records[0].type == "warcinfo" and records[0].ok
    assert records[0].version == "WARC/1.1" and records[0].http_status == 0
    responses = [r for r in records if r.type == "response"]
    assert [r.target_uri for r in responses] == [e["uri"] for e in expected]
    assert {r.type for r in records} == {"warcinfo", "request", "response", "revisit"}
    page = responses[0]
    slug = expected[0]["slug"]
    assert page.is_html and page.http_status == 200 and page.ok and page.error is None
    assert page.payload == (FIXTURES / slug / "source.html").read_bytes()
    assert page.record_id.startswith("<urn:uuid:") and page.date == "2024-03-05T14:30:00Z"
    assert page.header("warc-type") == "response" and page.http_header("content-type")
    assert ("WARC-Type", "response") in page.headers
    assert page.http_content_type == page.http_header("Content-Type")
    assert page.content_length > len(page.payload) and page.offset > 0
    assert repr(page).startswith("<pith.Record response 'https://site0.example/")
    article = page.extract()
    assert article.url == page.target_uri and article.warc_record_id == page.record_id
    assert article.warc_date == page.date and article.warc_target_uri == page.target_uri
    expected_json = json.loads((FIXTURES / slug / "expected.json").read_text("utf-8"))
    assert article.title == expected_json["title"]
    assert json.loads(article.render("json"))["warc_record_id"] == page.record_id
    assert page.extract(min_text_chars=10**6).found is False
    json_record = next(r for r in responses if not r.is_html)
    with pytest.raises(pith.UnsupportedType, match="application/json"):
        json_record.extract()
    request = next(r for r in records if r.type == "request")
    with pytest.raises(pith.UnsupportedType):
        request.extract()
    with pytest.raises(TypeError, match="content_type"):
        page.extract(content_type="text/html")


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="counts open files in /proc")
def test_iter_warc_closes_its_file(tmp_path: pathlib.Path) -> None:
    """A loop left early closes the file at once with close() or a with block, as open() does,
    not when the iterator is collected; a file object given stays its owner's, open."""
    path = tmp_path / "a.warc.gz"
    write_warc(path, 10)
    before = open_fds()
    with pith.iter_warc(path) as records:
        first = next(records)
        assert open_fds() == before + 1
    assert open_fds() == before and first.type == "warcinfo"
    assert list(records) == [] and records.bytes_read > 0  # the iteration is over
    records = pith.iter_warc(path)
    next(records)
    records.close()
    assert open_fds() == before
    records.close()  # twice is harmless
    with open(path, "rb") as f:
        with pith.iter_warc(f) as from_file:
            next(from_file)
        assert not f.closed and list(from_file) == []


def test_iter_warc_files_and_errors(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "a.warc.gz"
    write_warc(path, 10)
    want = [(r.type, r.target_uri, r.payload) for r in pith.iter_warc(path)]
    with open(path, "rb") as f:  # a file object
        assert [(r.type, r.target_uri, r.payload) for r in pith.iter_warc(f)] == want
    assert [(r.type, r.target_uri) for r in pith.iter_warc(io.BytesIO(path.read_bytes()))] == [
        (t, u) for t, u, _ in want]
    plain = tmp_path / "plain.warc"
    plain.write_bytes(gzip.decompress(path.read_bytes()))
    assert [r.payload for r in pith.iter_warc(str(plain))] == [p for _, _, p in want]
    it = pith.iter_warc(path)
    next(it)
    assert it.bytes_read > 0
    with pytest.raises(pith.IoError, match="missing.warc"):
        pith.iter_warc(tmp_path / "missing.warc")
    # A file in text mode is a TypeError, as io gives for a str written to a
    # binary file (it was one record carrying an IoError): at once for an
    # io.TextIOBase, at the first record for a reader that only returns str.
    with open(path, "r", encoding="latin-1") as text:
        with pytest.raises(TypeError, match=r"text mode \(TextIOWrapper\): open it in binary mode"):
            pith.iter_warc(text)
        assert text.tell() == 0  # nothing read
    with pytest.raises(TypeError, match=r"text mode \(StringIO\)"):
        pith.iter_warc(io.StringIO("WARC/1.1\r\n"))

    class StrReader:
        def read(self, n: int) -> str:
            return "WARC/1.1\r\n"[:n]
    records = pith.iter_warc(StrReader())  # nothing says so before it is read
    with pytest.raises(TypeError, match=r"read\(\) of the file returned str\): open it in binary"):
        next(records)
    assert list(records) == []  # ended, not read again
    # Records larger than max_record_bytes come back without their payload.
    big = [r for r in pith.iter_warc(path, max_record_bytes=1000)
           if r.type == "response" and r.content_length > 1000]
    assert big and all(isinstance(r.error, pith.TooLarge) and r.payload == b"" for r in big)
    assert pith.WARC_DEFAULTS == {"max_header_bytes": 256 << 10, "max_record_bytes": 64 << 20}
    with pytest.raises(TypeError, match="unexpected keyword argument"):
        pith.iter_warc(path, max_records=3)


RECORD_FIELDS = ("offset", "version", "type", "record_id", "date", "target_uri", "content_type",
                 "content_length", "headers", "http_status", "http_headers", "http_content_type",
                 "payload", "ok", "is_html")


def record_view(r: pith.Record) -> tuple:
    """Every field of a record, its error as (class, message, errno, filename)."""
    e = r.error
    error = None if e is None else (type(e), str(e), getattr(e, "errno", None),
                                    getattr(e, "filename", None))
    return tuple(getattr(r, f) for f in RECORD_FIELDS) + (error,)


def test_records_pickle_whole(tmp_path: pathlib.Path) -> None:
    """pickle.dumps(record) was a TypeError on purpose: records could not go
    to another process (multiprocessing, a Dask task). Every kind round-trips
    with every field, the payload and a damaged record's error included."""
    import concurrent.futures
    import copy
    import pickle
    path = tmp_path / "a.warc.gz"
    damage(path, write_warc(path, 8))
    raw = path.read_bytes() + gzip.compress(
        b"WARC/1.1\r\nWARC-Type: resource\r\nWARC-Target-URI: http://x.example/caf\xe9\r\n"
        b"X-Latin: caf\xe9\r\nContent-Type: text/html\r\nContent-Length: 9\r\n\r\n<p>hi</p>\r\n\r\n")
    path.write_bytes(raw)
    records = list(pith.iter_warc(path, max_record_bytes=4000))
    kinds = {(r.type, r.ok, type(r.error).__name__) for r in records}
    assert {("warcinfo", True, "NoneType"), ("request", True, "NoneType"),
            ("response", True, "NoneType"), ("revisit", True, "NoneType"),
            ("resource", True, "NoneType"), ("response", False, "TooLarge")} <= kinds, kinds
    assert any(not r.ok and isinstance(r.error, pith.DecodeError) for r in records), kinds
    assert any("\udce9" in value for r in records for _, value in r.headers)  # not UTF-8
    for r in records:
        for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
            back = pickle.loads(pickle.dumps(r, protocol=protocol))
            assert isinstance(back, pith.Record) and record_view(back) == record_view(r)
        assert record_view(copy.deepcopy(r)) == record_view(r)
        if r.is_html and r.ok:
            assert pickle.loads(pickle.dumps(r)).extract() == r.extract()
    # A record carrying a read() that failed, too.
    class Failing:
        def read(self, n: int) -> bytes:
            raise OSError(5, "device gone")
    [failed] = list(pith.iter_warc(Failing()))
    assert isinstance(failed.error, pith.IoError)
    assert record_view(pickle.loads(pickle.dumps(failed))) == record_view(failed)
    # Through a process pool, both ways, as Dask and multiprocessing send them.
    with concurrent.futures.ProcessPoolExecutor(1) as pool:
        back = list(pool.map(copy.copy, records))
    assert [record_view(b) for b in back] == [record_view(r) for r in records]
    # A state of another layout is refused, never half read.
    restore, (kind, state) = records[0].__reduce__()
    assert kind == "record" and len(state) == 15
    with pytest.raises(ValueError, match="not a pickled pith.Record of this version of pith: "
                       "layout version 2"):
        restore(kind, (2,) + state[1:])
    with pytest.raises(ValueError, match="13 fields after layout version"):
        restore(kind, state[:14])


def test_damaged_warc_reads_on(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "bad.warc.gz"
    expected = damage(path, write_warc(path, 20))
    records = list(pith.iter_warc(path))
    damaged = [r for r in records if not r.ok]
    assert len(damaged) >= 2  # the cut member, the garbage
    assert all(isinstance(r.error, pith.Error) for r in damaged)
    with pytest.raises(pith.Error):
        damaged[0].raise_for_error()
    line = json.loads(damaged[0].error_json(damaged[0].error, "bad.warc.gz"))
    assert line["found"] is False and line["input"] == "bad.warc.gz" and "warc_offset" in line
    # A path as open() takes it, a name that is not UTF-8 too (JSON replaces the byte).
    for input in (b"bad\xff.warc.gz", os.fsdecode(b"bad\xff.warc.gz"),
                  pathlib.Path(os.fsdecode(b"bad\xff.warc.gz"))):
        line = json.loads(damaged[0].error_json(damaged[0].error, input))
        assert line["input"] == "bad\ufffd.warc.gz", input
    whole = [r.target_uri for r in records if r.ok and r.type == "response"]
    assert whole == [e["uri"] for e in expected if e["kind"] != "failed"]


# --- pith.dask ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def warc_set(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[pathlib.Path], dict]:
    """Five good WARC files and a damaged one, with what each should hold."""
    d = tmp_path_factory.mktemp("warcs")
    paths, expected = [], {}
    for n in range(5):
        p = d / f"crawl-{n:05d}.warc.gz"
        expected[p.name] = write_warc(p, 150, start=n * 150)
        paths.append(p)
    bad = d / "crawl-damaged.warc.gz"
    expected[bad.name] = damage(bad, write_warc(bad, 40))
    paths.insert(2, bad)
    return paths, expected


def check_outputs(paths: list[pathlib.Path], out: pathlib.Path, summary: dict,
                  expected: dict) -> None:
    assert [f["file"] for f in summary["files"]] == [str(p) for p in paths]
    assert sorted(os.listdir(out)) == sorted(pith.dask.output_name(p) for p in paths)  # no .tmp
    for p, f in zip(paths, summary["files"]):
        assert "error" not in f, f
        lines = output_lines(out / pith.dask.output_name(p))
        assert lines == expected_lines(p), p.name  # complete, in order, as extracted here
        records = [json.loads(x) for x in lines]
        failed = [r for r in records if "error" in r and not r.get("skipped")]
        uris = [r["url"] for r in records if r.get("warc_target_uri") and r not in failed]
        assert uris == [e["uri"] for e in expected[p.name] if e["kind"] != "failed"]
        kinds = [e["kind"] for e in expected[p.name]]
        assert f["extracted"] == kinds.count("extracted")
        assert f["skipped"] == kinds.count("skipped")
        assert f["records"] == len(lines)
        assert f["records"] == f["extracted"] + f["empty"] + f["skipped"] + f["failed"]
        if "damaged" in p.name:
            assert f["failed"] >= 2
        else:
            assert f["failed"] == 0 and f["empty"] == 0
    total = summary["total"]
    assert total["files"] == len(paths) and total["files_failed"] == 0
    for k in pith.dask.COUNTS:
        assert total[k] == sum(f[k] for f in summary["files"])


def test_local_cluster_with_a_worker_killed(warc_set: tuple, tmp_path: pathlib.Path) -> None:
    from dask.distributed import Client, LocalCluster

    paths, expected = warc_set
    out = tmp_path / "out"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        pids = client.run(os.getpid)
        assert len(pids) == 2
        result: dict = {}
        runner = threading.Thread(target=lambda: result.update(
            pith.dask.run(paths, out, client=client)))
        runner.start()
        killed = None
        deadline = time.monotonic() + 60
        while killed is None and runner.is_alive() and time.monotonic() < deadline:
            if list(out.glob(".*.tmp")) if out.exists() else []:
                busy = [w for w, keys in client.processing().items() if keys and w in pids]
                if busy:
                    killed = pids[busy[0]]
                    os.kill(killed, signal.SIGKILL)  # mid-file: its .tmp is being written
                    break
            time.sleep(0.005)
        runner.join(120)
        assert killed is not None, "no task was caught running"
        assert not runner.is_alive()
        assert killed not in client.run(os.getpid).values()  # the worker was replaced
    check_outputs(paths, out, result, expected)
    assert result["total"]["files_done_before"] == 0

    # A rerun reads nothing again: every output exists.
    mtimes = {p: p.stat().st_mtime_ns for p in out.iterdir()}
    again = pith.dask.run(paths, out, workers=1)
    assert again["total"]["files_done_before"] == len(paths)
    assert {p: p.stat().st_mtime_ns for p in out.iterdir()} == mtimes
    assert {k: again["total"][k] for k in pith.dask.COUNTS} == {
        k: result["total"][k] for k in pith.dask.COUNTS}


def test_command_line(warc_set: tuple, tmp_path: pathlib.Path) -> None:
    paths, expected = warc_set
    out = tmp_path / "cli"
    missing = tmp_path / "missing.warc.gz"
    good = [p for p in paths if "damaged" not in p.name][:2]
    cmd = [sys.executable, "-m", "pith.dask", *map(str, good), str(missing), "--out", str(out),
           "--workers", "1", "--json"]
    run = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert run.returncode == 2, run.stderr  # a file could not be processed
    summary = json.loads(run.stdout)
    assert summary["total"]["files_failed"] == 1
    assert "IoError" in summary["files"][2]["error"] and "missing.warc" in summary["files"][2]["error"]
    assert summary["total"]["extracted"] == sum(
        [e["kind"] for e in expected[p.name]].count("extracted") for p in good)
    assert sorted(os.listdir(out)) == sorted(pith.dask.output_name(p) for p in good)
    # Human-readable; files done before; options reach the tasks.
    cmd = [sys.executable, "-m", "pith.dask", str(good[0]), "--out", str(out), "--workers", "1"]
    run = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "(done before)" in run.stdout and run.stdout.splitlines()[-1].startswith("total: 1 file (")
    run = subprocess.run([*cmd[:-4], "--out", str(tmp_path / "strict"), "--workers", "1",
                          "--min-chars", "1000000"], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and " 0 extracted" in run.stdout, run.stdout
    # --serial, as xargs -P runs it: a process per file, no Dask; the same output.
    serial = tmp_path / "serial"
    listing = "\n".join(map(str, good)) + "\n"
    xargs = subprocess.run(["xargs", "-P", "2", "-n", "1", sys.executable, "-m", "pith.dask",
                            "--serial", "--out", str(serial)], input=listing,
                           capture_output=True, text=True, timeout=120)
    assert xargs.returncode == 0, xargs.stderr
    for p in good:
        name = pith.dask.output_name(p)
        assert output_lines(serial / name) == output_lines(out / name)
    usage = subprocess.run([sys.executable, "-m", "pith.dask", str(good[0]), "--out", str(out),
                            "--workers", "1", "--scheduler", "tcp://x:1"],
                           capture_output=True, text=True)
    assert usage.returncode == 2 and "not allowed with" in usage.stderr


def test_command_line_walks_a_directory(warc_set: tuple, tmp_path: pathlib.Path) -> None:
    """A directory stands for the WARC files below it, sorted, as pith walks one; a directory
    holding none is an error naming it (exit 2), not a run on nothing."""
    paths, _ = warc_set
    good = [p for p in paths if "damaged" not in p.name][:2]
    crawl = tmp_path / "crawl"
    (crawl / "b").mkdir(parents=True)
    (crawl / "b" / "second.warc").write_bytes(gzip.decompress(good[1].read_bytes()))
    (crawl / "a.warc.gz").write_bytes(good[0].read_bytes())
    (crawl / "notes.txt").write_text("not a WARC file\n")
    out = tmp_path / "out"
    run = subprocess.run([sys.executable, "-m", "pith.dask", str(crawl), "--out", str(out),
                          "--serial", "--json"], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    summary = json.loads(run.stdout)
    assert [f["file"] for f in summary["files"]] == [str(crawl / "a.warc.gz"),
                                                     str(crawl / "b" / "second.warc")]
    assert sorted(os.listdir(out)) == ["a.jsonl.gz", "second.jsonl.gz"]
    assert output_lines(out / "a.jsonl.gz") == expected_lines(crawl / "a.warc.gz")
    assert output_lines(out / "second.jsonl.gz") == expected_lines(crawl / "b" / "second.warc")
    assert summary["total"]["extracted"] > 0
    empty = tmp_path / "empty"
    (empty / "sub").mkdir(parents=True)
    run = subprocess.run([sys.executable, "-m", "pith.dask", str(crawl), str(empty), "--out",
                          str(tmp_path / "none"), "--serial"], capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 2
    assert run.stderr == f"pith.dask: {empty}: no WARC file (.warc, .warc.gz) below it\n"
    assert not (tmp_path / "none").exists()


def test_output_names_must_differ(tmp_path: pathlib.Path) -> None:
    with pytest.raises(ValueError, match="would both write x.jsonl.gz"):
        pith.dask.run(["a/x.warc.gz", "b/x.warc"], tmp_path)
    assert pith.dask.output_name("dir/crawl-1.warc.gz") == "crawl-1.jsonl.gz"
    assert pith.dask.output_name("crawl-2.warc") == "crawl-2.jsonl.gz"
    with pytest.raises(TypeError, match="favour"):
        pith.dask.run([], tmp_path, favour="recall")


def test_command_line_usage_errors(tmp_path: pathlib.Path) -> None:
    """A bad flag is a usage error naming the flag as typed (exit 2), before any file is read."""
    takes = "--min-chars takes a whole number from 0 to 1000000000, not "  # as pith's CLI says
    for flag, said in ((["--min-chars=-3"], takes + "'-3'"), (["--min-chars", "ten"], takes + "'ten'"),
                       (["--workers", "0"], "--workers must be at least 1")):
        run = subprocess.run([sys.executable, "-m", "pith.dask", "a.warc.gz", "--out",
                              str(tmp_path / "out"), *flag], capture_output=True, text=True,
                             timeout=120)
        assert run.returncode == 2 and said in run.stderr, run.stderr
        assert "min_text_chars" not in run.stderr and not (tmp_path / "out").exists()
    # run()'s own refusal is the command's: not named "run()", which the command line has not.
    run = subprocess.run([sys.executable, "-m", "pith.dask", "a/x.warc", "b/x.warc", "--out",
                          str(tmp_path / "out"), "--serial"], capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 2, run.stderr
    assert run.stderr == "pith.dask: a/x.warc and b/x.warc would both write x.jsonl.gz\n"


def test_messages_escape_control_characters(tmp_path: pathlib.Path) -> None:
    """pith.dask's own messages quote a file's name and a flag's value as pith's do: a line
    feed or a terminal's escape sequence in one neither breaks the line nor reaches the
    terminal, and a byte that is not UTF-8 is written as its escape."""
    def printable(text: str) -> bool:
        return text.isprintable() and "\udcff" not in text

    with pytest.raises(ValueError) as e:
        pith.dask.run(["a\n/x.warc.gz", "b\x1b[2J/x.warc"], tmp_path)
    assert str(e.value) == "run(): a\\n/x.warc.gz and b\\x1b[2J/x.warc would both write x.jsonl.gz"
    from pith.dask.__main__ import summary_lines
    counts = {"records": 1, "extracted": 1, "empty": 0, "skipped": 0, "failed": 0}
    done = {"file": "new\nline.warc", **counts, "done_before": True, "output": "out\r/new.jsonl.gz"}
    failed = {"file": "caf\udcff.warc", "output": "out/caf\udcff.jsonl.gz",
              "error": "OSError: cannot open caf\udcff.warc\x1b[2J"}
    summary = {"files": [done, failed], "seconds": 0.5,
               "total": {**counts, "files": 2, "files_failed": 1, "files_done_before": 1}}
    lines = summary_lines(summary)
    assert all(printable(line) for line in lines), lines
    assert lines[0].startswith("new\\nline.warc: 1 record") and lines[0].endswith(
        "-> out\\r/new.jsonl.gz")
    assert lines[1] == "caf\\udcff.warc: error: OSError: cannot open caf\\udcff.warc\\x1b[2J"
    empty = tmp_path / "no\x1b[2Jwarcs"
    empty.mkdir()
    for flags, said in (([str(empty)], f"pith.dask: {tmp_path}/no\\x1b[2Jwarcs: no WARC file"),
                        (["a.warc", "--max-input", "1\n2"], "not '1\\n2'"),
                        (["a.warc", "--min-chars", "\x1b[2J"], "not '\\x1b[2J'"),
                        (["a.warc", "--favor", "most\r"], 'not "most\\r"')):
        run = subprocess.run([sys.executable, "-m", "pith.dask", *flags, "--out",
                              str(tmp_path / "out"), "--serial"], capture_output=True, text=True,
                             timeout=120)
        assert run.returncode == 2 and said in run.stderr, run.stderr
        assert printable(run.stderr.splitlines()[-1]), run.stderr


def test_command_line_takes_favor_in_any_case(tmp_path: pathlib.Path) -> None:
    """--favor Recall is --favor recall, as pith.extract(favor=...) and pith's --format take
    their values; a value that is none is still a usage error."""
    from warcs import response
    warc = tmp_path / "one.warc"
    warc.write_bytes(response("https://x.example/a", fixture_page("recipe"), "text/html"))
    outputs = []
    for value in ("recall", "Recall"):
        out = tmp_path / value
        run = subprocess.run([sys.executable, "-m", "pith.dask", str(warc), "--out", str(out),
                              "--serial", "--favor", value], capture_output=True, text=True,
                             timeout=120)
        assert run.returncode == 0, run.stderr
        outputs.append(output_lines(out / "one.jsonl.gz"))
    assert outputs[0] == outputs[1]
    assert json.loads(outputs[0][0])["text"] == pith.extract(
        fixture_page("recipe"), url="https://x.example/a", content_type="text/html",
        favor="recall").text
    run = subprocess.run([sys.executable, "-m", "pith.dask", str(warc), "--out",
                          str(tmp_path / "x"), "--serial", "--favor", "most"],
                         capture_output=True, text=True, timeout=120)
    # The library's names and words (pith.extract(favor=...)'s), said of the flag.
    assert run.returncode == 2, run.stderr
    assert ('--favor must be "balanced", "precision" or "recall", not "most"' in run.stderr
            and "extract()" not in run.stderr), run.stderr
    assert not (tmp_path / "x").exists()


def test_run_names_itself_in_a_keyword_error(tmp_path: pathlib.Path) -> None:
    """A wrong keyword of run() is run()'s TypeError, raised before any file is read."""
    with pytest.raises(TypeError, match="^run\\(\\) got an unexpected keyword argument 'favour'$"):
        pith.dask.run(["a.warc.gz"], tmp_path / "out", serial=True, favour="recall")
    with pytest.raises(TypeError, match="^run\\(\\): min_text_chars must be int, not str$"):
        pith.dask.run(["a.warc.gz"], tmp_path / "out", serial=True, min_text_chars="5")
    # A value out of range too: run()'s InvalidArgument, not extract()'s.
    with pytest.raises(pith.InvalidArgument, match="^run\\(\\): min_text_chars must not be negative$"):
        pith.dask.run(["a.warc.gz"], tmp_path / "out", serial=True, min_text_chars=-5)
    # Read by the library under run()'s name, not extract()'s message rewritten:
    # the words it gives any function that passes extract()'s options on.
    from pith import _core
    with pytest.raises(TypeError, match="^summarize\\(\\) got an unexpected keyword argument 'x'$"):
        _core.check_extract_options("summarize", favor="recall", x=1)
    with pytest.raises(pith.InvalidArgument, match='^summarize\\(\\): favor must be "balanced", '
                                                  '"precision" or "recall", not "extract\\(\\)"$'):
        _core.check_extract_options("summarize", favor="extract()")
    assert _core.check_extract_options("summarize", favor="Recall", min_text_chars=0) is None
    with pytest.raises(ValueError, match="^run\\(\\): a/x.warc and b/x.warc would both write"):
        pith.dask.run(["a/x.warc", "b/x.warc"], tmp_path / "out", serial=True)
    assert not (tmp_path / "out").exists()


def test_extract_record_names_both_size_limits_as_the_caller_does(tmp_path: pathlib.Path) -> None:
    """pith.dask sets a record's limit and a page's with one option of its own: the library
    names both as it is told (_core.extract_record), so that no message is rewritten after
    the fact (_core.iter_warc_named, _core.extract_record); without a name, each keeps its
    own keyword."""
    from pith import _core
    from warcs import response
    story = (FIXTURES / "recipe" / "source.html").read_bytes()
    warc = tmp_path / "two.warc"
    warc.write_bytes(response("https://x.example/big", story + b" " * 3000, "text/html")
                     + response("https://x.example/small", story, "text/html"))
    for named in _core.iter_warc_named(warc, "--max-input", max_record_bytes=len(story) + 1000):
        with pytest.raises(pith.TooLarge) as given:
            _core.extract_record(named, "--max-input", max_input_bytes=len(story) - 1)
        assert given.value.message.endswith(" (--max-input)"), given.value.message
    big, small = pith.iter_warc(warc, max_record_bytes=len(story) + 1000)
    for named, limit in ((big, "max_record_bytes"), (small, "max_input_bytes")):
        with pytest.raises(pith.TooLarge) as own:
            named.extract(max_input_bytes=len(story) - 1)
        assert own.value.message.endswith(f" ({limit})"), own.value.message
    with pytest.raises(TypeError):
        _core.extract_record(small, "--max-input", no_such_option=1)


def test_max_input_bytes_is_the_limit_of_a_record_too(tmp_path: pathlib.Path) -> None:
    """max_input_bytes bounds a record and the page in it, as --max-input does on
    the command line: a record over iter_warc()'s default (64 MiB) is extracted
    when the caller raised it, and one over a lowered limit fails naming
    max_input_bytes, the keyword the caller gave, not iter_warc()'s own."""
    from warcs import record, response
    story = (FIXTURES / "recipe" / "source.html").read_bytes()
    big = story + b" " * (pith.EXTRACT_DEFAULTS["max_input_bytes"] + 1)
    warc = tmp_path / "big.warc"
    warc.write_bytes(response("https://x.example/big", big, "text/html"))
    raised = pith.dask.run([warc], tmp_path / "raised", serial=True,
                           max_input_bytes=len(big) + 4096)
    assert raised["total"]["extracted"] == 1, output_lines(tmp_path / "raised" / "big.jsonl.gz")
    lowered = pith.dask.run([warc], tmp_path / "lowered", serial=True, max_input_bytes=50000)
    assert lowered["total"]["failed"] == 1
    [line] = output_lines(tmp_path / "lowered" / "big.jsonl.gz")
    error = json.loads(line)["error"]
    assert error.endswith("over the limit of 48.8 KiB (max_input_bytes)"), error
    # The command line's --max-input, in pith's SIZE syntax, sets the same limit, and the
    # errors name the flag: a record over it, and a page gzip inflates over it.
    small = tmp_path / "small.warc"
    body = gzip.compress(story + b" " * 60000)
    small.write_bytes(record("response", "https://x.example/z",
                             b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                             b"Content-Encoding: gzip\r\n\r\n" + body,
                             "application/http; msgtype=response"))
    command = [sys.executable, "-m", "pith.dask", "--serial"]
    run = subprocess.run([*command, str(warc), "--out", str(tmp_path / "cli-raised"),
                          "--max-input", "65M"], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0 and " 1 extracted" in run.stdout, run.stdout + run.stderr
    run = subprocess.run([*command, str(warc), str(small), "--out", str(tmp_path / "cli-lowered"),
                          "--max-input", "48.8k"], capture_output=True, text=True, timeout=300)
    assert run.returncode == 1 and " 2 failed" in run.stdout, run.stdout + run.stderr
    for name in ("big", "small"):
        [line] = output_lines(tmp_path / "cli-lowered" / f"{name}.jsonl.gz")
        error = json.loads(line)["error"]
        assert error.endswith(" 48.8 KiB (--max-input)") and "max_" not in error, error
    for size in ("20X", "0", "k", "-5M", "2000G"):
        run = subprocess.run([*command, str(warc), "--out", str(tmp_path / "bad"),
                              f"--max-input={size}"], capture_output=True, text=True, timeout=120)
        assert run.returncode == 2, run.stderr
        assert f"--max-input takes a size such as 500k or 20M, not '{size}'" in run.stderr
    assert not (tmp_path / "bad").exists()


def test_command_line_reads_sizes_and_bounds_as_pith_does() -> None:
    """--max-input and --min-chars are pith's: the sizes the library's ParseByteSize reads
    (as pith --max-input reads them; one grammar, edge cases alike) and its bound."""
    from pith import _core
    sizes = {"1e3": 1000, "1.5M": 1572864, " 5 ": 5, "0.5k": 512, "0": None, "0.5": None,
             "1e400": None, "977G": None, "0x10": None, "inf": None, "1_000": None, "+5": None}
    for text, bytes_ in sizes.items():
        assert _core.parse_size(text) == bytes_, text
        if "PITH_CLI" in os.environ:  # the command line takes and refuses the same
            run = subprocess.run([os.environ["PITH_CLI"], "--max-input", text, "-"],
                                 input="<p>" + "word " * 20 + "</p>", capture_output=True,
                                 text=True, timeout=60)
            refused = f"--max-input takes a size such as 500k or 20M, not '{text}'" in run.stderr
            assert refused == (bytes_ is None), (text, run.stderr)
    with pytest.raises(TypeError, match="^parse_size\\(\\): text must be str, not bytes$"):
        _core.parse_size(b"5k")  # type: ignore[arg-type]
    assert _core.MAX_MIN_TEXT_CHARS == 1_000_000_000
    run = subprocess.run([sys.executable, "-m", "pith.dask", "a.warc.gz", "--out", "x",
                          "--min-chars", str(_core.MAX_MIN_TEXT_CHARS + 1)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 2 and "from 0 to 1000000000, not '1000000001'" in run.stderr


def test_command_line_reads_counts_as_pith_does(tmp_path: pathlib.Path) -> None:
    """--min-chars takes digits only, as pith --min-chars does (the library's ParseWholeNumber):
    not the " 5 ", "+5" or "1_000" Python's int() would take."""
    from pith import _core
    counts = {"5": 5, "0": 0, "007": 7, "1000000000": 1_000_000_000, " 5 ": None, " 5": None,
              "+5": None, "-0": None, "1_000": None, "1e3": None, "5.0": None, "": None,
              "1000000001": None, "99999999999999999999999": None}
    for text, number in counts.items():
        assert _core.parse_whole_number(text, _core.MAX_MIN_TEXT_CHARS) == number, text
        said = f"--min-chars takes a whole number from 0 to 1000000000, not '{text}'"
        run = subprocess.run([sys.executable, "-m", "pith.dask", str(tmp_path / "missing.warc.gz"),
                              "--out", str(tmp_path / "out"), "--serial", f"--min-chars={text}"],
                             capture_output=True, text=True, timeout=120)
        assert run.returncode == 2 and (said in run.stderr) == (number is None), (text, run.stderr)
        if "PITH_CLI" in os.environ:  # the command line takes and refuses the same
            run = subprocess.run([os.environ["PITH_CLI"], f"--min-chars={text}", "-"],
                                 input="<p>" + "word " * 20 + "</p>", capture_output=True,
                                 text=True, timeout=60)
            assert (said in run.stderr) == (number is None), (text, run.stderr)
    assert _core.parse_whole_number("7", 5) is None
    with pytest.raises(TypeError, match="^parse_whole_number\\(\\): text must be str, not bytes$"):
        _core.parse_whole_number(b"5", 10)  # type: ignore[arg-type]


def test_command_line_reads_favor_as_the_library_does() -> None:
    """--favor is read by the library's ParseFocus (bound as _core.parse_favor), the reading
    pith.extract(favor=...) makes: the same names, in any case, and the same refusals."""
    from pith import _core
    assert _core.FAVOR_NAMES == ("balanced", "precision", "recall")
    for text in ("balanced", "Precision", "RECALL", "most", "", " recall", "recall\0", "précision"):
        name = _core.parse_favor(text)
        try:
            taken = pith.extract("<p>x</p>", favor=text).text is not None
        except pith.InvalidArgument:
            taken = False
        assert (name is not None) == taken, text
        if name is not None:
            assert name == text.lower(), text
    with pytest.raises(TypeError, match="^parse_favor\\(\\): text must be str, not bytes$"):
        _core.parse_favor(b"recall")  # type: ignore[arg-type]


def test_summary_counts_say_one_thing_once() -> None:
    """The printed summary writes "1 file" and "1 record", not "1 files"."""
    from pith.dask.__main__ import summary_lines
    counts = {"records": 1, "extracted": 1, "empty": 0, "skipped": 0, "failed": 0}
    one = {"file": "a.warc.gz", **counts, "done_before": False, "seconds": 0.3,
           "output": "out/a.jsonl.gz"}
    summary = {"files": [one], "seconds": 0.5,
               "total": {**counts, "files": 1, "files_failed": 0, "files_done_before": 0}}
    assert summary_lines(summary) == [
        "a.warc.gz: 1 record, 1 extracted, 0 empty, 0 skipped, 0 failed in 0.3 s -> out/a.jsonl.gz",
        "total: 1 file (0 failed, 0 done before), 1 record, 1 extracted, 0 empty, 0 skipped, "
        "0 failed, 0.5 s"]
    two = {**one, "records": 2}
    summary = {"files": [two, two], "seconds": 0.5,
               "total": {**counts, "records": 4, "files": 2, "files_failed": 0,
                         "files_done_before": 0}}
    lines = summary_lines(summary)
    assert lines[0].startswith("a.warc.gz: 2 records, ")
    assert lines[-1].startswith("total: 2 files (0 failed, 0 done before), 4 records, ")


def test_a_killed_attempts_temporary_file_goes_whatever_the_name(tmp_path: pathlib.Path) -> None:
    """run() removes the temporary files killed attempts left, but looked for
    them with a glob pattern made of the file's name: a name holding [, ] or
    * ("crawl[1].warc.gz") matched nothing and its half-written output stayed
    beside the finished one. Another file's temporaries are left alone."""
    out = tmp_path / "out"
    out.mkdir()
    paths = []
    for name in ("crawl[1].warc.gz", "a*b.warc.gz", "plain.warc.gz"):
        write_warc(tmp_path / name, 2)
        paths.append(tmp_path / name)
    left = [out / f".{pith.dask.output_name(p)}.host-123-0badc0de.tmp" for p in paths]
    for tmp in left:
        tmp.write_bytes(b"\x1f\x8b half written")
    other = out / ".other.jsonl.gz.host-9-00000000.tmp"  # not this run's file
    other.write_bytes(b"")
    summary = pith.dask.run(paths, out, serial=True)
    assert summary["total"]["files_failed"] == 0
    assert sorted(os.listdir(out)) == sorted(
        [pith.dask.output_name(p) for p in paths] + [other.name])
