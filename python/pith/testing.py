"""Regression checks of saved pages, for pytest (and any test runner).

A directory holds saved pages (.html, .htm, .warc and their .gz) and beside
each what pith is expected to make of it (story.html -> story.expected.txt,
.md, .html or .json; SLUG/source.html -> SLUG/expected.txt), as `pith check`
reads them; options may come from a `pith-check` file in the directory.

With pytest, enable the plugin (it is registered automatically when pith is
installed with pip; with PYTHONPATH=build/python, add
``pytest_plugins = ["pith.testing"]`` to conftest.py) and write::

    def test_saved_pages(pith_check):
        pith_check("pages")                       # fails with the diffs if anything changed
        pith_check("pages-json", formats=["json"], favor="precision")

A relative directory is taken from the test file's own directory (here
tests/pages beside tests/test_saved.py), wherever pytest runs from.

``pytest --pith-update`` writes the expectations instead (new and changed
ones), and lists what it wrote. Without pytest::

    report = pith.testing.check("tests/pages")
    assert report.exit_code == 0, pith.testing.format_report(report)
"""

from __future__ import annotations

import os
import shlex
from typing import Any, Callable

from pith import _core

__all__ = ["CheckReport", "CheckResult", "assert_unchanged", "check", "format_report",
           "pith_check", "pytest_addoption"]

CheckReport = _core.CheckReport
CheckResult = _core.CheckResult
CheckReport.__module__ = CheckResult.__module__ = "pith.testing"


def check(directory: str | bytes | os.PathLike[str] | os.PathLike[bytes], *, update: bool = False,
          only: str | bytes | os.PathLike[str] | os.PathLike[bytes] | None = None,
          **options: Any) -> _core.CheckReport:
    """Checks (with update=True: writes) the expectation of every saved page below directory.

    The directory's pith-check file is read first (unless read_config=False);
    the keywords given override it one by one: formats (a list of "text",
    "markdown", "html", "json"), json_fields (a list of top-level JSON
    fields), with_comments (also collects comments), with_links,
    with_images, with_blocks, context_lines, max_diff_lines, and
    pith.extract()'s options (favor, include_tables, min_text_chars,
    encoding, ...). only names one page ("shop/item", or SLUG), as a path
    below the directory is named: str, bytes or os.PathLike.

    Returns a CheckReport: its results (name, page, expected, format,
    outcome, diff, fields, error) and counts (pages, unchanged, changed,
    missing, failed, updated, written, exit_code), and orphans: expectation
    files whose page is gone. Raises IoError when the
    directory cannot be read, InvalidArgument for a bad pith-check file, a
    json_fields name no expectation holds (the library's kJsonFields;
    "comments", "images" and "blocks" only with their with_ switch) or an
    `only` that names no page.
    """
    return _core.check_directory(directory, update=update, only=only or "", **options)


def format_report(report: _core.CheckReport, directory: str = "") -> str:
    """The report as `pith check` prints it: each change with its diff, then the summary line."""
    lines = []
    for r in report.results:
        what = f"{r.name} ({r.format})"
        if r.outcome in ("changed", "updated"):
            fields = (", fields: " + " ".join(f for f, _ in r.fields)) if r.fields else ""
            lines.append(f"{r.outcome}: {what}{fields}\n{r.diff}".rstrip("\n"))
        elif r.outcome == "created":
            lines.append(f"created: {r.expected}")
        elif r.outcome == "missing":
            # The command names the format checked; other options are the caller's.
            fmt = "" if r.format == "text" else f" --format {r.format}"
            where = shlex.quote(directory) if directory else "DIR"
            lines.append(f"missing: {what}: no {r.expected} (write it with: pytest --pith-update, "
                         f"or pith check --update --only {shlex.quote(r.name)}{fmt} {where})")
        elif r.outcome == "failed":
            lines.append(f"failed: {what}: {r.error}")
    lines.extend(f"orphaned: {o} (its page is gone: renamed or deleted?)" for o in report.orphans)
    lines.append(f"{directory}: {report.summary}" if directory else report.summary)
    return "\n".join(lines)


def assert_unchanged(directory: str | bytes | os.PathLike[str] | os.PathLike[bytes],
                     **options: Any) -> _core.CheckReport:
    """check(), raising AssertionError with the diffs unless every page is unchanged.

    A directory without any saved page raises too: a wrong or emptied
    directory passes no test.

    With update=True, raises only when a page failed (could not be read or
    extracted). Returns the report.
    """
    __tracebackhide__ = True  # pytest shows the caller's line, not this one
    report = check(directory, **options)
    bad = report.failed if options.get("update") else report.exit_code
    if bad:
        what = "no saved pages" if report.pages == 0 else "differences"
        raise AssertionError(f"pith check found {what}:\n" +
                             format_report(report, os.fsdecode(directory)))
    return report


# --- pytest plugin --------------------------------------------------------------------------


def pytest_addoption(parser: Any) -> None:
    """Adds --pith-update: pith_check writes the expectations instead of comparing."""
    parser.getgroup("pith").addoption(
        "--pith-update", action="store_true", default=False,
        help="pith_check: write new and changed expectations of saved pages instead of failing")


try:
    import pytest
except ImportError:  # pith.testing's functions work without pytest
    pytest = None  # type: ignore[assignment]

if pytest is not None:
    @pytest.fixture
    def pith_check(request: Any) -> Callable[..., _core.CheckReport]:
        """A function checking a directory of saved pages: pith_check(DIR, **options).

        A relative DIR is taken from the directory of the test file that
        asks for the fixture, not from where pytest runs, so that the test
        passes run from anywhere. Fails the test with the diffs when a page
        changed, lacks an expectation or failed; with pytest --pith-update,
        writes the expectations and fails only for pages that could not be
        read.
        """
        update = request.config.getoption("--pith-update", default=False)
        # request.path since pytest 7, request.fspath (a py.path) before.
        test_file = getattr(request, "path", None) or request.fspath
        here = os.path.dirname(os.fspath(test_file))

        def run(directory: str | os.PathLike[str], **options: Any) -> _core.CheckReport:
            __tracebackhide__ = True  # a failure points at the test, not at pith
            directory = os.fspath(directory)
            if not os.path.isabs(directory):
                directory = os.path.join(os.fsencode(here) if isinstance(directory, bytes)
                                         else here, directory)
            report = assert_unchanged(directory, update=update, **options)
            if update and report.written:
                print(format_report(report, os.fsdecode(directory)))
            return report

        return run
