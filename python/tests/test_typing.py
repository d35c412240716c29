"""The type stubs as a user's type checker reads them: mypy --strict (Debian: python3-mypy).

Three checks: a program using the API as the README shows type-checks
strictly (and a wrong call does not); the stubs agree with the compiled
module (mypy's stubtest); pith's own Python modules type-check strictly.
"""

from __future__ import annotations

import os
import pathlib
import subprocess
import sys
import textwrap

import pytest

import pith

pytest.importorskip("mypy", reason="mypy is not installed (Debian: python3-mypy)")

# Where the package under test is, so that mypy reads these very stubs.
PACKAGE_DIR = pathlib.Path(pith.__file__).parent

USER_PROGRAM = textwrap.dedent('''\
    from __future__ import annotations

    import concurrent.futures

    import pith
    import pith.testing


    def story(html: bytes, url: str) -> str | None:
        article: pith.Article = pith.extract(html, url, favor="precision", include_comments=True)
        if not article.found:
            return None
        markdown: str = article.render("markdown", with_links=True, with_images=True)
        return markdown + article.title + " ".join(article.authors) + article.date


    def saved(path: str) -> list[str]:
        try:
            article = pith.extract_file(path, min_text_chars=20, encoding="windows-1252")
        except FileNotFoundError as e:
            return [str(e.filename)]
        except pith.Error as e:
            return [e.message]
        return [b.text for b in article.blocks if b.kept and b.kind == "heading"]


    def download(urls: list[str]) -> list[str]:
        one: pith.Response = pith.fetch(urls[0], retries=2)
        one.raise_for_error()
        titles = [one.extract().title]
        for r in pith.fetch(urls, max_parallel=4, on_done=lambda i, r: print(i, r.http_status)):
            if r.ok:
                titles.append(r.extract(favor="recall").title)
            elif r.error is not None:
                titles.append(str(r.error))
        return titles


    def archive(path: str) -> int:
        found = 0
        for record in pith.iter_warc(path):
            if record.ok and record.is_html:
                found += record.extract().found
        return found


    def pages(htmls: list[bytes]) -> list[pith.Article]:
        with concurrent.futures.ThreadPoolExecutor(2) as pool:
            return list(pool.map(pith.extract, htmls))


    def checked(directory: str) -> int:
        report = pith.testing.check(directory, formats=["json"])
        print(pith.testing.format_report(report))
        return report.exit_code


    def limits() -> tuple[int, float, bool]:
        size: int = pith.EXTRACT_DEFAULTS["max_input_bytes"]
        timeout: float = pith.FETCH_DEFAULTS["timeout_seconds"]
        record: int = pith.WARC_DEFAULTS["max_record_bytes"]
        return size + record, timeout, pith.FETCH_DEFAULTS["obey_robots"]
    ''')


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    """One mypy cache for the module's runs: typeshed is read once."""
    return tmp_path_factory.mktemp("mypy-cache")


def mypy(*args: str, cwd: pathlib.Path, cache: pathlib.Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(PACKAGE_DIR.parent), MYPY_CACHE_DIR=str(cache))
    return subprocess.run([sys.executable, "-m", *args], cwd=cwd, env=env, text=True,
                          capture_output=True, timeout=600)


def test_a_users_program_type_checks_strictly(tmp_path: pathlib.Path, cache: pathlib.Path) -> None:
    (tmp_path / "program.py").write_text(USER_PROGRAM, encoding="utf-8")
    ok = mypy("mypy", "--strict", "program.py", cwd=tmp_path, cache=cache)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    (tmp_path / "wrong.py").write_text(textwrap.dedent('''\
        import pith
        pith.extract(b"<p>x</p>", favor="best")
        pith.extract(b"<p>x</p>", favour="recall")
        title: int = pith.extract_file("page.html").title
        article = pith.Article()
        block = pith.Block(text="x")
        size: str = pith.EXTRACT_DEFAULTS["max_input_bytes"]
        agent: str = pith.FETCH_DEFAULTS["user_agent"]
        pith.WARC_DEFAULTS["max_bytes"]
        '''), encoding="utf-8")
    wrong = mypy("mypy", "--strict", "wrong.py", cwd=tmp_path, cache=cache)
    assert wrong.returncode == 1
    assert 'Missing named argument "_made_by_pith_only" for "Article"' in wrong.stdout, wrong.stdout
    for line in (2, 3, 4, 5, 6, 7, 8, 9):
        assert f"wrong.py:{line}: error:" in wrong.stdout, wrong.stdout


def test_stubs_agree_with_the_compiled_module(tmp_path: pathlib.Path, cache: pathlib.Path) -> None:
    # What pybind11 classes always differ in: their metaclass. (Their
    # __init__, which takes anything and raises, agrees with the stubs'.)
    classes = "Article|Block|CheckReport|CheckResult|Image|Link|Record|Response"
    (tmp_path / "allowlist").write_text(
        f"pith._core.({classes})\n"
        "pith._core.(Favor|Format|PageType|ExtractDefaults|FetchDefaults|WarcDefaults)\n",  # the stubs' only
        encoding="utf-8")
    result = mypy("mypy.stubtest", "pith._core", "--allowlist", "allowlist", cwd=tmp_path, cache=cache)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_package_type_checks_strictly(tmp_path: pathlib.Path, cache: pathlib.Path) -> None:
    # Scrapy and Dask are not checked (Dask's types would cost minutes): what
    # pith takes from them is Any.
    (tmp_path / "mypy.ini").write_text(
        "[mypy]\nstrict = True\nallow_untyped_calls = True\nallow_subclassing_any = True\n"
        "[mypy-dask.*,distributed.*,scrapy.*,itemadapter.*,twisted.*]\n"
        "follow_imports = skip\nignore_missing_imports = True\n", encoding="utf-8")
    result = mypy("mypy", "-p", "pith", cwd=tmp_path, cache=cache)
    assert result.returncode == 0, result.stdout + result.stderr
