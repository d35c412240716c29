"""pith.testing: checks of saved pages, as functions and as a pytest plugin."""

from __future__ import annotations

import inspect
import json
import os
import pathlib
import shlex
import shutil
import subprocess
import sys
import textwrap

import pytest

import pith
import pith.testing
from conftest import FIXTURES


def pages(tmp_path: pathlib.Path) -> pathlib.Path:
    """Two fixture pages in folders of their own, and one saved as NAME.html."""
    d = tmp_path / "pages"
    for slug in ("recipe", "data-table"):
        (d / slug).mkdir(parents=True)
        for name in ("source.html", "meta.json"):
            shutil.copy(FIXTURES / slug / name, d / slug / name)
    shutil.copy(FIXTURES / "news-brief" / "source.html", d / "brief.html")
    return d


def test_check_update_then_unchanged(tmp_path: pathlib.Path) -> None:
    d = pages(tmp_path)
    report = pith.testing.check(d)
    assert (report.pages, report.missing, report.exit_code) == (3, 3, 1)
    assert {r.outcome for r in report.results} == {"missing"}
    assert "missing: brief (text): no " in pith.testing.format_report(report)
    # The summary line is the library's, as pith check prints it.
    assert report.summary == ("3 pages checked: 0 unchanged, 0 changed, 3 missing an expectation, "
                              "0 failed")
    assert pith.testing.format_report(report, "d").endswith("\nd: " + report.summary)
    assert not report.updating
    written = pith.testing.check(d, update=True)
    assert written.written == 3 and written.exit_code == 0
    assert written.updating and written.summary.endswith(", 3 updated (3 files written)")
    assert {r.outcome for r in written.results} == {"created"}
    assert (d / "recipe" / "expected.txt").read_text("utf-8") == (
        FIXTURES / "recipe" / "expected.txt").read_text("utf-8")  # meta.json's URL and type used
    assert (d / "brief.expected.txt").exists()
    again = pith.testing.check(d)
    assert (again.unchanged, again.exit_code) == (3, 0)
    assert repr(again) == "<pith.testing.CheckReport 3 pages: 3 unchanged, 0 changed, 0 missing, 0 failed>"
    assert pith.testing.assert_unchanged(d).pages == 3


def test_a_directory_without_pages_is_no_pass(tmp_path: pathlib.Path) -> None:
    (tmp_path / "notes.txt").write_text("not a page")
    report = pith.testing.check(tmp_path)
    assert (report.pages, report.exit_code) == (0, 1)
    assert report.summary.startswith("0 pages checked: no saved pages below it")
    with pytest.raises(AssertionError, match="found no saved pages"):
        pith.testing.assert_unchanged(tmp_path)
    pith.testing.assert_unchanged(tmp_path, update=True)  # updating: nothing failed


def test_a_missing_expectations_hint_names_its_directory_and_format(tmp_path: pathlib.Path) -> None:
    d = tmp_path / "my pages"
    d.mkdir()
    shutil.copy(FIXTURES / "news-brief" / "source.html", d / "brief.html")
    report = pith.testing.check(d, formats=["json"])
    text = pith.testing.format_report(report, os.fspath(d))
    command = f"pith check --update --only brief --format json '{d}'"
    assert f"(write it with: pytest --pith-update, or {command})" in text, text
    # The command, run, writes the very expectation the check missed.
    cli = os.environ.get("PITH_CLI")
    if cli:
        subprocess.run(shlex.quote(cli) + command[len("pith"):], shell=True, check=True,
                       capture_output=True)  # through the shell, quotes and all
        assert pith.testing.check(d, formats=["json"]).exit_code == 0
    assert "pith check --update --only brief DIR)" in pith.testing.format_report(
        pith.testing.check(d))  # no directory given: DIR; text: no --format


def test_an_expectation_without_its_page_is_an_orphan(tmp_path: pathlib.Path) -> None:
    d = pages(tmp_path)
    pith.testing.check(d, update=True)
    (d / "brief.html").rename(d / "short.html")
    report = pith.testing.check(d)
    assert report.orphans == [os.fspath(d / "brief.expected.txt")]
    assert report.exit_code == 1 and report.summary.endswith(", 1 expectation without its page")
    assert f"orphaned: {d / 'brief.expected.txt'} (its page is gone" in \
        pith.testing.format_report(report)
    assert pith.testing.check(d, only="recipe").orphans == []


def test_changed_options_and_config(tmp_path: pathlib.Path) -> None:
    d = pages(tmp_path)
    pith.testing.check(d, update=True)
    report = pith.testing.check(d, include_tables=False)
    changed = [r for r in report.results if r.outcome == "changed"]
    assert [r.name for r in changed] == ["data-table"] and report.exit_code == 1
    assert changed[0].diff.startswith("--- ") and "\n-" in changed[0].diff
    with pytest.raises(AssertionError, match="changed: data-table \\(text\\)"):
        pith.testing.assert_unchanged(d, include_tables=False)
    # The same option from the directory's pith-check file; keywords override it.
    (d / "pith-check").write_text("no-tables = true\n")
    assert pith.testing.check(d).changed == 1
    assert pith.testing.check(d, include_tables=True).changed == 0
    assert pith.testing.check(d, read_config=False).changed == 0
    (d / "pith-check").write_text("no-tables = maybe\n")
    with pytest.raises(pith.InvalidArgument, match="pith-check"):
        pith.testing.check(d)
    (d / "pith-check").unlink()
    with pytest.raises(TypeError, match="unexpected keyword argument 'no_tables'"):
        pith.testing.check(d, no_tables=True)


def test_json_fields_naming_no_field_are_refused(tmp_path: pathlib.Path) -> None:
    # A misspelt field wrote {} and every later check passed.
    d = pages(tmp_path)
    known = ("(known: url, title, authors, date, site_name, language, dir, description, image, "
             "canonical, encoding, found, page_type, text, comments, images, blocks)")
    with pytest.raises(pith.InvalidArgument) as e:
        pith.testing.check(d, update=True, formats=["json"], json_fields=["titel"])
    assert str(e.value) == "unknown JSON field 'titel' " + known
    assert not (d / "brief.expected.json").exists()
    with pytest.raises(pith.InvalidArgument,
                       match="^JSON field 'blocks' is written only with with_blocks: "):
        pith.testing.check(d, update=True, formats=["json"], json_fields=["title", "blocks"])
    report = pith.testing.check(d, update=True, formats=["json"], json_fields=["title", "blocks"],
                                with_blocks=True)
    assert report.written == 3
    (d / "pith-check").write_text("format = json\njson-fields = titel\n")
    with pytest.raises(pith.InvalidArgument) as e:
        pith.testing.check(d)
    assert str(e.value) == f"{d}/pith-check:2: json-fields: unknown JSON field 'titel' " + known


def test_json_fields_only_failed_and_errors(tmp_path: pathlib.Path) -> None:
    d = pages(tmp_path)
    pith.testing.check(d, update=True, formats=["json"])
    expected = d / "recipe" / "expected.json"
    data = json.loads(expected.read_text("utf-8"))
    data["title"] = "Another title"
    expected.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    report = pith.testing.check(d, formats=["json"])
    r = next(r for r in report.results if r.name == "recipe")
    assert r.outcome == "changed" and r.format == "json"
    assert [f for f, _ in r.fields] == ["title"] and "Another title" in r.fields[0][1]
    assert "fields: title" in pith.testing.format_report(report)
    assert pith.testing.check(d, formats=["json"], json_fields=["text"]).changed == 0
    only = pith.testing.check(d, formats=["json"], only="recipe", update=True)
    assert only.pages == 1 and only.results[0].outcome == "updated"
    # only= takes a page's name as a path below the directory is taken, and says so.
    for name in (b"recipe", pathlib.PurePath("recipe")):
        assert pith.testing.check(d, formats=["json"], only=name).unchanged == 1
    hint = inspect.signature(pith.testing.check).parameters["only"].annotation
    assert "bytes" in hint and "PathLike" in hint and "None" in hint
    stub = (pathlib.Path(pith.__file__).with_name("_core.pyi")).read_text("utf-8")
    assert "only: str | bytes | os.PathLike[str] | os.PathLike[bytes] = \"\"," in stub
    with pytest.raises(pith.InvalidArgument):
        pith.testing.check(d, only="no-such-page")
    (d / "broken.html").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8)
    broken = pith.testing.check(d, formats=["json"])
    failed = [r for r in broken.results if r.outcome == "failed"]
    assert broken.exit_code == 2 and isinstance(failed[0].error, pith.DecodeError)
    with pytest.raises(pith.IoError):
        pith.testing.check(tmp_path / "nowhere")
    with pytest.raises(pith.InvalidArgument, match="format"):
        pith.testing.check(d, formats=["pdf"])
    with pytest.raises(TypeError, match="list of str"):
        pith.testing.check(d, formats="json")


def test_names_that_are_not_utf8(tmp_path: pathlib.Path) -> None:
    """A directory and a page whose names hold byte 0xff are checked and named as os.fsdecode()
    names them; the directory goes as str, bytes or pathlib path, as open() takes it."""
    raw = os.fsencode(tmp_path) + b"/pages\xff"
    try:
        os.mkdir(raw)
    except (OSError, UnicodeError):
        pytest.skip("the file system refuses a name that is not UTF-8")
    shutil.copy(FIXTURES / "news-brief" / "source.html", raw + b"/caf\xff.html")
    name = os.fsdecode(raw)
    written = pith.testing.check(raw, update=True)
    assert (written.pages, written.written) == (1, 1)
    [created] = written.results
    assert created.name == os.fsdecode(b"caf\xff") and "caf\\udcff" in repr(created)
    assert created.page == name + os.fsdecode(b"/caf\xff.html")
    assert os.path.exists(os.fsencode(created.expected))
    for directory in (name, pathlib.Path(name)):
        assert pith.testing.check(directory, only=created.name).unchanged == 1
    with open(os.fsencode(created.expected), "a", encoding="utf-8") as f:
        f.write("A line more.\n")
    [changed] = pith.testing.check(raw).results
    assert changed.outcome == "changed" and "caf\\udcff" in changed.diff
    assert "A line more." in changed.diff
    with pytest.raises(AssertionError, match="changed: caf"):
        pith.testing.assert_unchanged(raw)


def test_pytest_plugin(tmp_path: pathlib.Path) -> None:
    d = pages(tmp_path)
    (tmp_path / "conftest.py").write_text('pytest_plugins = ["pith.testing"]\n')
    test = tmp_path / "test_pages.py"
    test.write_text(textwrap.dedent(f"""
        def test_pages(pith_check):
            pith_check({str(d)!r})
    """))

    # PYTHONPATH made absolute: the run's working directory is tmp_path.
    path = os.pathsep.join(str(pathlib.Path(p).resolve())
                           for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p)
    env = {**os.environ, "PYTHONPATH": path}

    def pytest_run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q",
                               str(test), *args], capture_output=True, text=True, cwd=tmp_path,
                              env=env)

    missing = pytest_run()
    assert missing.returncode == 1 and "missing: brief (text)" in missing.stdout
    update = pytest_run("--pith-update", "-s")
    assert update.returncode == 0 and "created: " in update.stdout, update.stdout
    assert pytest_run().returncode == 0
    (d / "brief.expected.txt").write_text("something else\n")
    changed = pytest_run()
    assert changed.returncode == 1 and "changed: brief (text)" in changed.stdout
    assert "+++ " in changed.stdout
    # The failure shows the test's own line and the diffs, not pith's code
    # (pytest's __tracebackhide__), as pytest's own assertion helpers do.
    assert "test_pages.py:3: AssertionError" in changed.stdout, changed.stdout
    assert "testing.py" not in changed.stdout and "raise AssertionError" not in changed.stdout


def test_pytest_plugin_takes_a_relative_directory_from_the_test_file(
        tmp_path: pathlib.Path) -> None:
    """pith_check("pages") found pages below the current directory, so a test passed or failed
    (FileNotFoundError) by where pytest ran: it is taken from the test file's directory."""
    tests = tmp_path / "project" / "tests"
    tests.mkdir(parents=True)
    d = pages(tests)
    pith.testing.check(d, update=True)
    (tests / "conftest.py").write_text('pytest_plugins = ["pith.testing"]\n')
    test = tests / "test_pages.py"
    test.write_text(textwrap.dedent("""
        import pathlib

        def test_pages(pith_check):
            assert pith_check("pages").unchanged == 3
            assert pith_check(b"pages").unchanged == 3
            assert pith_check(pathlib.PurePath("pages")).unchanged == 3
    """))
    path = os.pathsep.join(str(pathlib.Path(p).resolve())
                           for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p)
    env = {**os.environ, "PYTHONPATH": path}
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for cwd in (tests, tmp_path / "project", elsewhere):
        run = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q",
                              str(test)], capture_output=True, text=True, cwd=cwd, env=env)
        assert run.returncode == 0, (cwd, run.stdout)
    # An absolute directory is taken as it is.
    test.write_text(f"def test_pages(pith_check):\n    pith_check({str(d)!r})\n")
    run = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q",
                          str(test)], capture_output=True, text=True, cwd=elsewhere, env=env)
    assert run.returncode == 0, run.stdout
