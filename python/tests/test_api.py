"""pith's Python API: every function, every option, each exception, threads, encodings."""

from __future__ import annotations

import ast
import asyncio
import concurrent.futures
import copy
import errno
import gzip
import inspect
import json
import os
import pathlib
import pickle
import re
import signal
import subprocess
import threading
import time

import pytest

import pith
import pith.dask
import pith.scrapy
import pith.testing
from conftest import FIXTURES, LocalServer, fixture_meta, fixture_slugs

STORY = (
    "<html lang='{lang}'><head><meta charset='{charset}'><title>{title}</title></head><body>"
    "<nav><a href='/a'>Home</a> <a href='/b'>World</a> <a href='/c'>Sports</a></nav>"
    "<article><h1>{title}</h1><p>{para}</p><p>{para}</p><p>{para}</p></article>"
    "<footer><a href='/about'>About us</a></footer></body></html>"
)


def story(para: str, title: str = "A headline", charset: str = "utf-8", lang: str = "en") -> str:
    return STORY.format(para=para, title=title, charset=charset, lang=lang)


ENGLISH = ("The council voted on Tuesday to rebuild the old bridge over the river, "
           "after years of debate about its cost, its design and who should pay for it.")


def fixture_bytes(slug: str) -> bytes:
    return (FIXTURES / slug / "source.html").read_bytes()


def fixture_article(slug: str, **options: object) -> pith.Article:
    meta = fixture_meta(slug)
    return pith.extract(fixture_bytes(slug), meta["url"], content_type=meta["content_type"],
                        **options)


# --- extract() and Article ----------------------------------------------------------


@pytest.mark.parametrize("slug", fixture_slugs())
def test_fixture_goldens(slug: str) -> None:
    """The binding gives exactly the C++ library's goldens, for every output."""
    a = fixture_article(slug)
    d = FIXTURES / slug
    assert a.render("text") == (d / "expected.txt").read_text(encoding="utf-8")
    assert a.render("markdown") == (d / "expected.md").read_text(encoding="utf-8")
    assert a.render("md") == a.render("markdown")
    assert a.render("html") == (d / "expected.html").read_text(encoding="utf-8")
    expected = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    got = {"title": a.title, "authors": a.authors, "date": a.date, "site_name": a.site_name,
           "language": a.language, "description": a.description, "image": a.image,
           "canonical": a.canonical}
    assert got == expected
    assert a.found and a.url == fixture_meta(slug)["url"]


def test_article_attributes_and_to_dict() -> None:
    a = fixture_article("jsonld-only")
    d = a.to_dict()
    names = {n for n, v in inspect.getmembers(pith.Article) if isinstance(v, property)}
    assert set(d) == names  # every attribute, and only those
    for name in names - {"blocks", "images"}:
        assert d[name] == getattr(a, name), name
    assert d["title"] == "First heat warning of the year for the south"
    assert d["authors"] == ["Weather Desk"]
    assert d["date"] == "2024-06-11T08:00:00Z"
    assert a.page_type == "article" == json.loads(a.render("json"))["page_type"]
    # JSON names the authors as the attribute and to_dict() do; "author" is
    # their deprecated old name, the same list.
    record = json.loads(a.render("json"))
    assert record["authors"] == a.authors == record["author"]
    assert list(record).index("authors") == list(record).index("title") + 1
    assert [b["text"] for b in d["blocks"]] == [b.text for b in a.blocks]
    assert [i["url"] for i in d["images"]] == [i.url for i in a.images]
    assert "blocks" not in a.to_dict(blocks=False)
    json.dumps(d)  # plain data only
    # The kept blocks are the text.
    assert "\n\n".join(b.text for b in a.blocks if b.kept and not b.comment) == a.text
    # A numbered item's block opens the text with its number (Block.marker).
    steps = fixture_article("howto-lists")
    assert "\n\n".join(f"{b.marker} {b.text}" if b.marker else b.text
                         for b in steps.blocks if b.kept and not b.comment) == steps.text
    numbered = [b for b in steps.blocks if b.kept and b.ordered]
    assert [b.marker for b in numbered] == ["1.", "2.", "3.", "4.", "5."]
    assert numbered[0].to_dict()["marker"] == "1."
    assert pickle.loads(pickle.dumps(numbered[1])).marker == "2."
    # The numbers behind a marker: the item's number and its list's numbering.
    assert [(b.number, b.list_type, b.reversed) for b in numbered] == [(n, "1", False)
                                                                       for n in range(1, 6)]
    again = pickle.loads(pickle.dumps(numbered[2]))
    assert (again.number, again.list_type, again.reversed) == (3, "1", False)
    letters = pith.extract("<html><body><article>" + f"<p>{ENGLISH}</p>" * 2 +
                           "<ol type='i' start='100' reversed><li>The hundredth volunteer is "
                           "given a prize by the council of the parish.</li></ol></article></body>"
                           "</html>", "https://news.example/2024/story.html")
    item = next(b for b in letters.blocks if b.marker)
    assert (item.marker, item.number, item.list_type, item.reversed) == ("c.", 100, "i", True)
    assert item.to_dict()["list_type"] == "i" and item.to_dict()["number"] == 100
    assert numbered[0].to_dict()["reversed"] is False
    # A code block names its language as the page does; other blocks none.
    code = pith.extract("<html><body><article>" + f"<p>{ENGLISH}</p>" * 2 +
                        "<pre><code class='language-Python'>print('hi')</code></pre>"
                        "</article></body></html>", "https://news.example/2024/story.html")
    block = next(b for b in code.blocks if b.kind == "code")
    assert (block.text, block.language) == ("print('hi')", "python")
    assert block.to_dict()["language"] == "python"
    assert pickle.loads(pickle.dumps(block)).language == "python"
    assert all(b.language == "" for b in code.blocks if b.kind != "code")
    # The list item and the quote holding a block, for renderers: an item's
    # paragraphs keep their kind; the page's writing direction.
    items = pith.extract("<html dir='rtl'><body><article>" + f"<p>{ENGLISH}</p>" * 2 +
                         "<ul><li><p>The first point, a sentence of its own.</p><p>Its second "
                         "paragraph.</p></li></ul><blockquote><p>A quoted line of the story."
                         "</p></blockquote></article></body></html>",
                         "https://news.example/2024/story.html")
    first, second = (b for b in items.blocks if b.item_level)
    assert (first.kind, first.item_level, first.item_start) == ("paragraph", 1, True)
    assert (second.item_level, second.item_start) == (1, False)
    quote = next(b for b in items.blocks if b.quoted)
    assert quote.text == "A quoted line of the story." and not first.quoted
    assert items.dir == "rtl" and items.to_dict()["dir"] == "rtl"
    assert first.to_dict()["item_start"] is True and quote.to_dict()["quoted"] is True
    again = pickle.loads(pickle.dumps(items))
    assert again == items and again.dir == "rtl" and again.blocks == items.blocks
    # Runs of code in a line: (begin, end) byte offsets into the text's UTF-8.
    runs = pith.extract("<html><body><article>" + f"<p>{ENGLISH}</p>" * 2 +
                        "<p>Caf\u00e9 owners run <code>make</code> and <kbd>\u00e9t\u00e9</kbd> "
                        "every day.</p></article></body></html>", "https://news.example/2024/story.html")
    line = next(b for b in runs.blocks if b.code_spans)
    raw = line.text.encode()
    assert [raw[b:e].decode() for b, e in line.code_spans] == ["make", "\u00e9t\u00e9"]
    assert line.to_dict()["code_spans"] == line.code_spans
    assert pickle.loads(pickle.dumps(line)).code_spans == line.code_spans
    assert "`make`" in runs.render("markdown")
    # Lists side by side stay apart: each block names its list.
    lists = pith.extract("<html><body><article>" + f"<p>{ENGLISH}</p>" * 2 +
                         "<ul><li>Gloves for every volunteer</li><li>Boots for the wet lane</li>"
                         "</ul><ul><li>Rakes from the shed</li><ul><li>Spades too</li></ul></ul>"
                         "</article></body></html>", "https://news.example/2024/story.html")
    ids = [(b.text.split()[0], b.list_id) for b in lists.blocks if b.kind == "list-item"]
    assert ids == [("Gloves", 0), ("Boots", 0), ("Rakes", 1), ("Spades", 2)]
    assert all(b.list_id == -1 for b in lists.blocks if b.kind != "list-item")
    assert lists.blocks[-1].to_dict()["list_id"] == 2
    assert pickle.loads(pickle.dumps(lists)).blocks == lists.blocks
    md = lists.render("markdown")
    assert "- Gloves for every volunteer\n- Boots for the wet lane\n\n* Rakes from the shed\n" \
           "  - Spades too" in md, md
    assert lists.render("html").count("<ul>") == 3
    r = repr(a)
    assert r.startswith("<pith.Article found url='https://") and "First heat warning" in r


def test_blocks_links_images() -> None:
    page = ("<html><body><article><h1>Bridge</h1>"
            f"<p>{ENGLISH} See <a href='/more/details'>the plans</a> online.</p>"
            "<figure><img src='pics/bridge.jpg' alt='The bridge'><figcaption>The old bridge"
            f"</figcaption></figure><p>{ENGLISH}</p><ul><li>one</li><li>two</li></ul>"
            "</article></body></html>")
    a = pith.extract(page, "https://news.example/2024/story.html")
    linked = [b for b in a.blocks if b.links]
    assert linked and linked[0].kind == "paragraph" and linked[0].kept
    link = linked[0].links[0]
    assert link.url == "https://news.example/more/details"
    assert linked[0].text.encode()[link.begin:link.end] == b"the plans"
    assert link.to_dict() == {"begin": link.begin, "end": link.end, "url": link.url}
    assert repr(link) == "<pith.Link 'https://news.example/more/details'>"
    image = a.images[0]
    assert (image.url, image.alt, image.caption) == (
        "https://news.example/2024/pics/bridge.jpg", "The bridge", "The old bridge")
    assert image.kept and image.before_block > 0
    assert image.to_dict()["alt"] == "The bridge"
    kinds = {b.kind for b in a.blocks}
    assert {"heading", "paragraph", "list-item", "caption"} <= kinds
    item = next(b for b in a.blocks if b.kind == "list-item")
    assert item.level == 1 and not item.ordered and item.marker == "" and item.table == -1
    assert (item.number, item.list_type, item.reversed) == (0, "", False)
    assert repr(a.blocks[0]).startswith("<pith.Block heading")
    assert "![The bridge](https://news.example/2024/pics/bridge.jpg)" in a.render(
        "markdown", with_images=True)
    assert "[the plans](https://news.example/more/details)" in a.render("markdown", with_links=True)
    assert "[the plans]" not in a.render("markdown")


def test_render_json_and_options() -> None:
    a = fixture_article("blog-comments", include_comments=True)
    plain = json.loads(a.render("json"))
    assert plain["title"] == a.title and plain["text"] == a.text and plain["found"] is True
    assert "comments" not in plain and "blocks" not in plain
    full = json.loads(a.render("json", with_blocks=True, with_comments=True, with_images=True))
    assert full["comments"] == a.comments and len(full["blocks"]) == len(a.blocks)
    assert "images" in full
    assert a.comments and a.comments in a.render("text", with_comments=True)
    assert a.comments not in a.render("text")
    with pytest.raises(pith.InvalidArgument, match="format"):
        a.render("pdf")
    assert a.render("JSON") == a.render("json") and a.render("Md") == a.render("markdown")


def test_bytes_str_and_buffers_agree() -> None:
    page = story(ENGLISH)
    want = pith.extract(page.encode())
    assert want.found and want.title == "A headline" and ENGLISH in want.text
    for html in (page, bytearray(page.encode()), memoryview(page.encode())):
        assert pith.extract(html).text == want.text
    with pytest.raises(TypeError, match="^extract\\(\\): html must be str or bytes, not int$"):
        pith.extract(12)  # type: ignore[arg-type]
    # A path given for the page's text: the message points to extract_file().
    with pytest.raises(TypeError, match="^extract\\(\\): html must be str or bytes, not "
                                        "PosixPath \\(for a file, pith.extract_file\\(path\\)\\)$"):
        pith.extract(pathlib.PosixPath("page.html"))  # type: ignore[arg-type]


def test_str_is_read_as_text_whatever_meta_says() -> None:
    # Decoded text whose <meta> still names its original encoding.
    para = "Городской совет во вторник проголосовал за восстановление старого моста через реку."
    a = pith.extract(story(para, charset="windows-1251"))
    assert para in a.text and a.encoding.lower() == "utf-8"


def test_str_with_lone_surrogates_reads_each_as_a_replacement_character() -> None:
    """A str holding a surrogate no UTF-8 encodes ("\\ud800", or "\\udcff" that
    "surrogateescape" made of a byte) is read with U+FFFD for it, as a byte that is not
    UTF-8 is read in a page's bytes, not refused."""
    para = "The city council voted on Tuesday to rebuild the old bridge over the river {} again."
    for lone in ("\ud800", "\udcff", "\udfff\ud800"):
        a = pith.extract(story(para.format("a" + lone + "b")))
        assert a.found and para.format("a" + "\ufffd" * len(lone) + "b") in a.text, lone
        # The same page as bytes, its bad character a byte that is not UTF-8.
        raw = story(para.format("a\x00b")).encode().replace(b"\x00", b"\xff" * len(lone))
        assert pith.extract(raw, encoding="utf-8").text == a.text, lone
    # Elsewhere in the page too: its title.
    a = pith.extract(story(para.format("x"), title="A head\ud800line"))
    assert a.title == "A head\ufffdline"



def test_url_holding_a_surrogate() -> None:
    """A URL holding a raw byte, as Response.final_url gives it, is its bytes; a lone
    surrogate naming no byte is refused by name, not as "url must be str, not str"."""
    assert pith.extract(story(ENGLISH), url="https://example.com/caf\udcff").url == \
        "https://example.com/caf\udcff"
    with pytest.raises(ValueError, match="^extract\\(\\): url holds a lone surrogate"):
        pith.extract(story(ENGLISH), url="https://example.com/\ud800")


# Bytes in odd encodings: (encoding of the bytes, declared in <meta>?, text, content)
ODD = [
    ("windows-1251", "Городской совет во вторник проголосовал за восстановление старого "
     "моста через реку, после многих лет споров о его стоимости и облике."),
    ("shift_jis", "市議会は火曜日、川に架かる古い橋の再建を決めた。費用と設計、そして誰が支払うべきかに"
     "ついて長年議論が続いていた。工事は来年の春に始まる予定である。"),
    ("iso-8859-2", "Rada miasta zagłosowała we wtorek za odbudową starego mostu na rzece, "
     "po latach sporów o jego koszt, wygląd i o to, kto powinien za to zapłacić."),
]


@pytest.mark.parametrize("codec,para", ODD, ids=[c for c, _ in ODD])
def test_odd_encodings_declared_in_meta(codec: str, para: str) -> None:
    data = story(para, title="Bridge", charset=codec).encode(codec)
    a = pith.extract(data)
    assert para in a.text
    assert a.encoding.lower().replace("_", "-") in {codec.replace("_", "-"), "windows-31j",
                                                     "windows-1250"} or a.encoding
    # The same bytes with the charset only in the HTTP header.
    no_meta = story(para, title="Bridge", charset="").replace("<meta charset=''>", "")
    b = pith.extract(no_meta.encode(codec), content_type=f"text/html; charset={codec}")
    assert para in b.text
    # ... or only in the encoding option.
    c = pith.extract(no_meta.encode(codec), encoding=codec)
    assert para in c.text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec: str) -> None:
    para = ODD[0][1]
    bom = b"\xff\xfe" if codec.endswith("le") else b"\xfe\xff"
    page = story(para, charset="").replace("<meta charset=''>", "")
    a = pith.extract(bom + page.encode(codec))
    assert para in a.text and a.encoding.lower().startswith("utf-16")


def test_url_and_content_type() -> None:
    a = pith.extract(story(ENGLISH), "https://example.org/x/y.html")
    assert a.url == "https://example.org/x/y.html"
    assert pith.extract(story(ENGLISH)).url == ""
    para = ODD[0][1]
    data = story(para, charset="").replace("<meta charset=''>", "").encode("windows-1251")
    assert para in pith.extract(data, content_type="text/html; charset=windows-1251").text


# --- every option ----------------------------------------------------------------------


def cli(*args: str) -> str:
    """The C++ command-line tool's output (ctest passes its path)."""
    return subprocess.run([os.environ["PITH_CLI"], *args], check=True, capture_output=True,
                          text=True).stdout


@pytest.mark.parametrize("favor", ["precision", "recall"])
def test_favor(favor: str) -> None:
    balanced = fixture_article("recipe")
    a = fixture_article("recipe", favor=favor)
    if favor == "precision":
        assert len(a.text) < len(balanced.text)
    else:
        assert len(a.text) > len(balanced.text)
    if "PITH_CLI" in os.environ:  # the same as the command line's --favor-precision/-recall
        meta = fixture_meta("recipe")
        path = str(FIXTURES / "recipe" / "source.html")
        assert a.render("text") == cli(f"--favor-{favor}", path)
        assert pith.extract_file(path, favor=favor, content_type=meta["content_type"]).text == a.text
    assert fixture_article("recipe", favor="balanced").text == balanced.text
    # In any case, as render()'s format and the command line's values are taken.
    assert fixture_article("recipe", favor=favor.upper()).text == a.text
    assert fixture_article("recipe", favor="Balanced").text == balanced.text
    with pytest.raises(pith.InvalidArgument, match="favor"):
        pith.extract("x", favor="maximum")


def test_page_type() -> None:
    # The type given is the article's, and selection reads the page as that
    # type: the thread, guessed a thread and keeping its posts' heads, read
    # as a service page loses them.
    guessed = fixture_article("forum-thread")
    assert guessed.page_type == "forum" and "by greenthumb" in guessed.text
    assert fixture_article("forum-thread", page_type=None).text == guessed.text
    service = fixture_article("forum-thread", page_type="service")
    assert service.page_type == "service" and "by greenthumb" not in service.text
    assert fixture_article("forum-thread", page_type="Service").text == service.text
    if "PITH_CLI" in os.environ:  # the same as the command line's --page-type
        path = str(FIXTURES / "forum-thread" / "source.html")
        meta = fixture_meta("forum-thread")
        assert service.render("text") == cli("--page-type", "service", path)
        assert pith.extract_file(path, page_type="service", content_type=meta["content_type"]).text == service.text
    with pytest.raises(pith.InvalidArgument, match="page_type"):
        pith.extract("x", page_type="blog")


def test_include_comments_and_tables() -> None:
    assert fixture_article("blog-comments").comments == ""
    with_comments = fixture_article("blog-comments", include_comments=True)
    assert "Thank you for this!" in with_comments.comments
    assert "Thank you for this!" not in with_comments.text
    table = fixture_article("data-table")
    no_tables = fixture_article("data-table", include_tables=False)
    cells = [b.text for b in table.blocks if b.kind == "table-cell" and b.kept]
    assert cells and all(c not in no_tables.text for c in cells if len(c) > 20)
    assert len(no_tables.text) < len(table.text)
    dropped = [b.reason for b in no_tables.blocks if b.kind == "table-cell" and not b.kept]
    assert dropped and set(dropped) == {"tables off (include_tables)"}


def test_min_text_chars() -> None:
    page = ("<html><body><article><h1>Note</h1><p>The meeting moved to Thursday, at noon.</p>"
            "</article></body></html>")
    a = pith.extract(page)
    assert not a.found and a.text == "The meeting moved to Thursday, at noon."
    assert pith.extract(page, min_text_chars=39).found
    assert not pith.extract(page, min_text_chars=40).found
    assert not pith.extract(story(ENGLISH), min_text_chars=10_000).found
    with pytest.raises(pith.InvalidArgument, match="min_text_chars"):
        pith.extract(page, min_text_chars=-1)
    # Bounded as --min-chars is, and before it is narrowed: 2**32 is no 0.
    assert not pith.extract(page, min_text_chars=pith._core.MAX_MIN_TEXT_CHARS).found
    for too_many in (pith._core.MAX_MIN_TEXT_CHARS + 1, 2**32):
        with pytest.raises(pith.InvalidArgument,
                           match="^extract\\(\\): min_text_chars must be at most 1000000000$"):
            pith.extract(page, min_text_chars=too_many)


def test_encoding_option() -> None:
    para = ODD[0][1]
    data = story(para, charset="").replace("<meta charset=''>", "").encode("windows-1251")
    assert para in pith.extract(data, encoding="windows-1251").text
    assert pith.extract(data, encoding=None).text == pith.extract(data).text
    with pytest.raises(pith.InvalidArgument) as e:
        pith.extract(data, encoding="klingon-8")
    assert "klingon-8" in str(e.value)
    # An unknown label is refused before any page is read, wherever it is given:
    # pith.testing.check() raises it rather than failing every page.
    with pytest.raises(pith.InvalidArgument, match="^check\\(\\): unknown encoding 'klingon-8'"):
        pith.testing.check(FIXTURES, encoding="klingon-8")
    with pytest.raises(ValueError, match="^extract_file\\(\\): unknown encoding 'klingon-8'"):
        pith.extract_file(FIXTURES / "recipe" / "source.html", encoding="klingon-8")


@pytest.mark.parametrize("option,value,error,message", [
    ("max_input_bytes", 100, pith.TooLarge, r"100 bytes \(max_input_bytes\)"),
    ("max_parse_memory_bytes", 1000, pith.TooLarge,
     r"needs more than 1000 bytes \(max_parse_memory_bytes\)"),  # not "0 MiB"
    ("max_parse_seconds", 0, pith.Timeout, r"longer than 0 s \(max_parse_seconds\)"),
    ("max_nesting_depth", 3, pith.TooLarge, "max_nesting_depth"),
    ("max_elements", 10, pith.TooLarge, "max_elements"),
])
def test_limits(option: str, value: int, error: type, message: str) -> None:
    # The limit is named by the keyword that sets it, not by its C++ name.
    data = fixture_bytes("seed-001-jnews")
    with pytest.raises(error, match=message) as e:
        pith.extract(data, **{option: value})
    assert "Options::" not in str(e.value)
    # At the default, and at a generous value, the page extracts.
    assert pith.extract(data, **{option: pith.EXTRACT_DEFAULTS[option]}).found
    with pytest.raises(pith.InvalidArgument, match=option):
        pith.extract(data, **{option: -1})


def test_option_errors() -> None:
    with pytest.raises(TypeError, match="unexpected keyword argument 'include_comment'"):
        pith.extract("x", include_comment=True)
    # A wrong type names the argument, the type it takes and the one given,
    # as Python's own messages do ("must be int, not str").
    with pytest.raises(TypeError, match="^extract\\(\\): min_text_chars must be int, not str$"):
        pith.extract("x", min_text_chars="many")
    with pytest.raises(TypeError, match="^extract\\(\\): max_parse_seconds must be float, not list$"):
        pith.extract("x", max_parse_seconds=[1])
    with pytest.raises(TypeError, match="^extract\\(\\): include_comments must be bool, not str$"):
        pith.extract("x", include_comments="yes")
    with pytest.raises(TypeError, match="^extract\\(\\): encoding must be str or None, not int$"):
        pith.extract("x", encoding=1252)
    with pytest.raises(TypeError, match="^fetch\\(\\): user_agent must be str or None, not float$"):
        pith.fetch([], user_agent=1.0)  # type: ignore[call-overload]
    # The url too: a TypeError naming it, not pybind11's RuntimeError "Unable to cast".
    with pytest.raises(TypeError, match="^extract\\(\\): url must be str or None, not int$"):
        pith.extract("x", url=123)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="^extract_file\\(\\): url must be str or None, not list$"):
        pith.extract_file(FIXTURES / "recipe" / "source.html", ["https://x/"])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="^check\\(\\): read_config must be bool, not str$"):
        pith.testing.check(FIXTURES / "recipe", read_config="no")
    with pytest.raises(TypeError, match="^check\\(\\): json_fields must be a list of str, not int$"):
        pith.testing.check(FIXTURES / "recipe", json_fields=3)
    # A str is a str: bytes are refused as Python's own functions refuse
    # them where they take text, not decoded quietly.
    with pytest.raises(TypeError, match="^extract\\(\\): url must be str or None, not bytes$"):
        pith.extract("x", url=b"https://x.example/")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="^extract\\(\\): favor must be str, not bytes$"):
        pith.extract("x", favor=b"precision")
    with pytest.raises(TypeError, match="^extract\\(\\): encoding must be str or None, not bytes$"):
        pith.extract("x", encoding=b"utf-8")
    with pytest.raises(TypeError, match="^extract\\(\\): content_type must be str or None, not bytes$"):
        pith.extract("x", content_type=b"text/html")
    with pytest.raises(TypeError, match="^fetch\\(\\): user_agent must be str or None, not bytes$"):
        pith.fetch([], user_agent=b"bot/1")  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="^check\\(\\): formats must be a list of str, "
                                       "not a list holding bytes$"):
        pith.testing.check(FIXTURES / "recipe", formats=["text", b"json"])
    article = pith.extract("<p>" + "A sentence of the story, long enough to be kept. " * 3 + "</p>")
    with pytest.raises(TypeError, match="^render\\(\\): format must be str, not bytes$"):
        article.render(b"markdown")  # type: ignore[arg-type]
    # The article's methods alike: a misspelt keyword or a value that is no
    # bool is Python's TypeError, not pybind11's list of the signatures it
    # could not match.
    with pytest.raises(TypeError, match="^render\\(\\) got an unexpected keyword argument 'with_link'$"):
        article.render("markdown", with_link=True)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="^render\\(\\): with_links must be bool, not str$"):
        article.render("markdown", with_links="yes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="^to_dict\\(\\) got an unexpected keyword argument 'block'$"):
        article.to_dict(block=False)  # type: ignore[call-arg]
    assert "blocks" in json.loads(article.render("json", with_blocks=True, with_links=False))
    assert "blocks" not in article.to_dict(blocks=False)


def test_value_errors_name_the_function() -> None:
    """A value out of range is an InvalidArgument (a ValueError) whose message names the function
    and the keyword, as a wrong type's TypeError does: "extract(): min_text_chars must ..."."""
    page = FIXTURES / "recipe" / "source.html"
    article = pith.extract("<p>" + "A sentence of the story, long enough to be kept. " * 3 + "</p>")
    for call, message in [
        (lambda: pith.extract("x", favor="maximum"),
         'extract(): favor must be "balanced", "precision" or "recall", not "maximum"'),
        (lambda: pith.extract("x", min_text_chars=-1), "extract(): min_text_chars must not be negative"),
        (lambda: pith.extract_file(page, max_parse_seconds=-1.0),
         "extract_file(): max_parse_seconds must be a non-negative number of seconds"),
        (lambda: pith.fetch([], max_parallel=0), "fetch(): max_parallel must be at least 1"),
        (lambda: pith.fetch([], max_per_host=0), "fetch(): max_per_host must be at least 1"),
        (lambda: pith.fetch([], retries=-2), "fetch(): retries must not be negative"),
        (lambda: article.render("pdf"),
         'render(): format must be "text", "markdown", "html" or "json", not "pdf"'),
        (lambda: pith.testing.check(FIXTURES / "recipe", formats=["pdf"]),
         'check(): each of formats must be "text", "markdown", "html" or "json", not "pdf"'),
        (lambda: pith.iter_warc(page, max_header_bytes=-1),
         "iter_warc(): max_header_bytes must not be negative"),
        # A NUL in a file name, which os.open() refuses too: the C library
        # would read the name as ending there, and open the page before it.
        (lambda: pith.extract_file(str(page) + "\0.txt"),
         "extract_file(): path must not hold a NUL byte"),
        (lambda: list(pith.iter_warc(bytes(page) + b"\0.warc")),
         "iter_warc(): path_or_file must not hold a NUL byte"),
        (lambda: pith.testing.check(str(FIXTURES / "recipe") + "\0"),
         str(FIXTURES / "recipe") + "\\0: a file name must not hold a NUL byte"),
    ]:
        with pytest.raises(pith.InvalidArgument) as e:
            call()
        assert str(e.value) == message


def test_render_refuses_a_switch_its_format_has_no_place_for() -> None:
    """render("text", with_links=True) gave the text without a word, while the command line
    refuses --with-links with --format text: an InvalidArgument, in the command line's words."""
    article = pith.extract_file(FIXTURES / "recipe" / "source.html")
    links = 'render(): with_links goes with format "markdown" or "html", or "json" with with_blocks'
    images = 'render(): with_images goes with format "markdown", "html" or "json"'
    blocks = 'render(): with_blocks goes with format "json"'
    for call, message in [
        (lambda: article.render("text", with_links=True), links),
        (lambda: article.render("json", with_links=True), links),
        (lambda: article.render("text", with_images=True), images),
        (lambda: article.render("markdown", with_blocks=True), blocks),
        (lambda: article.render("TEXT", with_blocks=True, with_links=True), blocks),
    ]:
        with pytest.raises(pith.InvalidArgument) as e:
            call()
        assert str(e.value) == message
    # Where the format has a place for it, or the switch is off, it is taken.
    assert article.render("text", with_links=False, with_images=False) == article.render("text")
    for fmt in ("markdown", "html"):
        article.render(fmt, with_links=True, with_images=True)
    assert json.loads(article.render("json", with_blocks=True, with_links=True))["blocks"]
    json.loads(article.render("json", with_images=True, with_comments=True))


def test_limits_take_any_int_their_field_holds() -> None:
    """An int past a long long was a TypeError, "must be int, not int": every int is read, one
    past what the C++ field holds is an InvalidArgument, and a size_t limit holds 2**64-1. A limit
    0 makes refuse every input (every page "over the limit of 0 bytes") is refused, as the
    command line refuses --max-input 0."""
    page = b"<p>" + b"A sentence of the story, long enough to be kept. " * 3 + b"</p>"
    for key in ("max_input_bytes", "max_parse_memory_bytes", "max_nesting_depth", "max_elements"):
        assert pith.extract(page, **{key: 2**64 - 1}).found
        for value, message in [(2**64, "must be at most 18446744073709551615"),
                               (2**70, "must be at most 18446744073709551615"),
                               (-2**70, "must not be negative"), (0, "must be at least 1")]:
            with pytest.raises(pith.InvalidArgument) as e:
                pith.extract(page, **{key: value})
            assert str(e.value) == f"extract(): {key} {message}"
    assert pith.extract(page, min_text_chars=0).found
    for call, message in [
        (lambda: pith.extract(page, min_text_chars=2**70),
         f"extract(): min_text_chars must be at most {pith._core.MAX_MIN_TEXT_CHARS}"),
        (lambda: pith.fetch([], retries=2**70), "fetch(): retries must be at most 2147483647"),
        (lambda: pith.fetch([], max_parallel=2**63), "fetch(): max_parallel must be at most 2147483647"),
        (lambda: pith.fetch([], max_body_bytes=2**70),
         "fetch(): max_body_bytes must be at most 18446744073709551615"),
        (lambda: pith.fetch([], max_body_bytes=0), "fetch(): max_body_bytes must be at least 1"),
        (lambda: pith.fetch([], max_robots_bytes=0), "fetch(): max_robots_bytes must be at least 1"),
        (lambda: pith.iter_warc(FIXTURES / "recipe" / "source.html", max_record_bytes=0),
         "iter_warc(): max_record_bytes must be at least 1"),
        (lambda: pith.iter_warc(FIXTURES / "recipe" / "source.html", max_header_bytes=2**64),
         "iter_warc(): max_header_bytes must be at most 18446744073709551615"),
    ]:
        with pytest.raises(pith.InvalidArgument) as e:
            call()
        assert str(e.value) == message
    assert pith.fetch([], retries=0, max_redirects=0, max_body_bytes=2**64 - 1) == []
    # Not an int: still a TypeError naming the type.
    with pytest.raises(TypeError, match="^extract\\(\\): max_input_bytes must be int, not float$"):
        pith.extract(page, max_input_bytes=2.0**70)


def test_messages_name_options_by_keyword_and_keep_the_callers_words(tmp_path: pathlib.Path) -> None:
    """The library names an option by the keyword that sets it (its OptionNamer), so no
    message is rewritten afterwards: a file's name that holds an option's C++ name is
    quoted as it is."""
    odd = tmp_path / "ExtractOptions::max_input_bytes FetchOptions::x.html"
    with pytest.raises(FileNotFoundError) as e:
        pith.extract_file(odd)
    assert str(e.value) == f"cannot open {odd}: {os.strerror(errno.ENOENT)}"
    odd.write_text(story(ENGLISH), encoding="utf-8")
    with pytest.raises(pith.TooLarge) as e:
        pith.extract_file(odd, max_input_bytes=10)
    assert str(e.value).startswith(f"{odd} is ") and str(e.value).endswith(" (max_input_bytes)")
    with pytest.raises(pith.TooLarge, match=r"\(max_elements is 1\)$"):
        pith.extract_file(odd, max_elements=1)


def test_messages_escape_the_callers_control_bytes() -> None:
    """A value the binding's own message quotes is escaped as the library's
    messages escape a URL or a file name (pith.Printable in C++): a line
    break, a terminal's escape sequence or a NUL in it cannot break the
    message's line or reach the terminal."""
    article = pith.extract("<p>" + "A sentence of the story, long enough to be kept. " * 3 + "</p>")
    for call, error, message in [
        (lambda: pith.extract("x", encoding="utf-8\n\x1b[2J"), pith.InvalidArgument,
         "extract(): unknown encoding 'utf-8\\n\\x1b[2J'"),
        (lambda: pith.extract("x", favor="recall\r\0"), pith.InvalidArgument,
         'extract(): favor must be "balanced", "precision" or "recall", not "recall\\r\\0"'),
        (lambda: article.render("json\x07"), pith.InvalidArgument,
         'render(): format must be "text", "markdown", "html" or "json", not "json\\x07"'),
        (lambda: pith.extract("x", **{"favor\n": "recall"}), TypeError,
         "extract() got an unexpected keyword argument 'favor\\n'"),
    ]:
        with pytest.raises(error) as e:
            call()
        assert str(e.value).startswith(message), str(e.value)
        assert not any(c < " " or c == "\x7f" for c in str(e.value)), str(e.value)


def test_defaults_are_the_libraries() -> None:
    """Passing every default explicitly changes nothing."""
    data = fixture_bytes("blog-comments")
    explicit = pith.extract(data, **pith.EXTRACT_DEFAULTS)
    assert explicit.to_dict() == pith.extract(data).to_dict()
    assert pith.EXTRACT_DEFAULTS["favor"] == "balanced"
    assert pith.EXTRACT_DEFAULTS["include_tables"] is True
    assert pith.EXTRACT_DEFAULTS["include_comments"] is False
    assert pith.EXTRACT_DEFAULTS["min_text_chars"] == 50
    assert pith.EXTRACT_DEFAULTS["max_input_bytes"] == 64 << 20


# --- extract_file() ------------------------------------------------------------------------


def test_extract_file(tmp_path: pathlib.Path) -> None:
    src = FIXTURES / "seed-000-wire" / "source.html"
    want = pith.extract(src.read_bytes())
    a = pith.extract_file(src)  # os.PathLike
    assert a.text == want.text and a.url == str(src) and a.input == str(src)
    assert pith.extract_file(str(src), "https://wire.example/x").url == "https://wire.example/x"
    assert pith.extract_file(os.fsencode(src)).text == want.text
    gz = tmp_path / "page.html.gz"
    gz.write_bytes(gzip.compress(src.read_bytes()))
    assert pith.extract_file(gz).text == want.text
    assert pith.extract_file(src, min_text_chars=100_000).found is False
    with pytest.raises(pith.IoError, match="nope.html") as e:
        pith.extract_file(tmp_path / "nope.html")
    assert isinstance(e.value, OSError)
    with pytest.raises(pith.IoError):
        pith.extract_file(tmp_path)  # a directory
    with pytest.raises(pith.TooLarge):
        pith.extract_file(src, max_input_bytes=1000)


def test_extract_file_takes_any_path_the_os_takes(tmp_path: pathlib.Path) -> None:
    """A file name that is not UTF-8 (byte 0xff) reaches the file as str (os.fsdecode()'s
    surrogates), bytes and pathlib paths; Article.input and .url give it back as os.fsdecode()
    does, and an error's message names it as Python prints that str."""
    src = FIXTURES / "seed-000-wire" / "source.html"
    want = pith.extract(src.read_bytes())
    raw = os.fsencode(tmp_path) + b"/caf\xff.html"
    try:
        with open(raw, "wb") as f:
            f.write(src.read_bytes())
    except (OSError, UnicodeError):
        pytest.skip("the file system refuses a name that is not UTF-8")
    name = os.fsdecode(raw)
    assert "\udcff" in name
    for path in (raw, name, pathlib.Path(name)):
        a = pith.extract_file(path)
        assert a.text == want.text and a.input == name and a.url == name, path
        assert os.fsencode(a.input) == raw
        assert a.to_dict(blocks=False)["input"] == name and "caf\\udcff" in repr(a)
        assert json.loads(a.render("json"))["input"].endswith("caf\ufffd.html")
        again = pickle.loads(pickle.dumps(a))
        assert again.input == name and again.text == a.text
    assert pith.extract_file(raw, "https://wire.example/x").input == name
    assert [r.ok for r in pith.iter_warc(raw)]  # read as a (damaged) WARC file, not refused
    missing = os.fsencode(tmp_path) + b"/gone\xff.html"
    for path in (missing, os.fsdecode(missing), pathlib.Path(os.fsdecode(missing))):
        with pytest.raises(FileNotFoundError) as e:
            pith.extract_file(path)
        assert e.value.filename == os.fsdecode(missing)
        assert e.value.message == (f"cannot open {os.fsdecode(tmp_path)}/gone\\udcff.html: "
                                   f"{os.strerror(errno.ENOENT)}")
        e.value.message.encode("utf-8")  # prints anywhere: no lone surrogate
    with pytest.raises(FileNotFoundError) as e:
        pith.iter_warc(missing)
    assert e.value.filename == os.fsdecode(missing) and "gone\\udcff" in e.value.message
    with pytest.raises(pith.TooLarge, match="caf\\\\udcff"):
        pith.extract_file(raw, max_input_bytes=1000)
    with pytest.raises(TypeError):
        pith.extract_file(1234)  # type: ignore[arg-type]


# --- exceptions ------------------------------------------------------------------------------


def test_exception_classes() -> None:
    classes = [pith.InvalidArgument, pith.IoError, pith.FetchError, pith.DecodeError,
               pith.TooLarge, pith.Timeout, pith.UnsupportedType, pith.Disallowed,
               pith.CancelledError]
    for cls in classes:
        assert issubclass(cls, pith.Error) and issubclass(cls, Exception)
        assert cls.__doc__ and cls.__module__ == "pith"
        e = cls("input.html: the cause")
        assert str(e) == "input.html: the cause" == e.message
    assert issubclass(pith.InvalidArgument, ValueError)
    assert issubclass(pith.IoError, OSError)
    assert issubclass(pith.Timeout, TimeoutError)
    # concurrent.futures' (an Exception), not asyncio's (a BaseException since 3.8).
    assert issubclass(pith.CancelledError, concurrent.futures.CancelledError)
    assert not issubclass(pith.CancelledError, asyncio.CancelledError)


def test_io_errors_are_the_builtin_os_errors(tmp_path: pathlib.Path) -> None:
    """A file the system refuses raises the pith.IoError that is also the builtin OSError
    subclass for its errno, with errno, strerror and filename set as OSError sets them."""
    missing = tmp_path / "nope.html"
    with pytest.raises(FileNotFoundError) as e:
        pith.extract_file(missing)
    error = e.value
    assert isinstance(error, pith.IoError) and isinstance(error, pith.Error)
    assert type(error) is pith.IoError.FileNotFoundError
    assert error.errno == errno.ENOENT and error.strerror == os.strerror(errno.ENOENT)
    assert error.filename == str(missing)
    assert str(error) == error.message == f"cannot open {missing}: {os.strerror(errno.ENOENT)}"
    assert repr(error) == f"IoError.FileNotFoundError({error.message!r})"
    with pytest.raises(FileNotFoundError, match="nope.warc"):
        pith.iter_warc(tmp_path / "nope.warc")
    with pytest.raises(FileNotFoundError) as e:
        pith.testing.check(tmp_path / "no-such-dir")
    assert e.value.filename == str(tmp_path / "no-such-dir")
    with pytest.raises(IsADirectoryError) as e:
        pith.extract_file(tmp_path)
    assert e.value.errno == errno.EISDIR and isinstance(e.value, pith.IoError)
    with pytest.raises(IsADirectoryError):
        pith.iter_warc(tmp_path)
    # Not a regular file (a device, a FIFO): every entry point that takes a
    # file's name refuses it in the same words, none reads it as empty.
    with pytest.raises(pith.IoError) as e:
        pith.extract_file("/dev/null")
    assert str(e.value) == "/dev/null is not a regular file"
    with pytest.raises(pith.IoError) as e:
        pith.iter_warc("/dev/null")
    assert str(e.value) == "/dev/null is not a regular file"
    page = tmp_path / "page.html"
    page.write_text(story(ENGLISH), encoding="utf-8")
    with pytest.raises(NotADirectoryError) as e:
        pith.testing.check(page)
    assert e.value.errno == errno.ENOTDIR and isinstance(e.value, pith.IoError)
    # Denied: through the file system where the tests do not run as root (root reads
    # anything), and the mapping itself everywhere.
    if os.geteuid() != 0:
        page.chmod(0)
        with pytest.raises(PermissionError) as e:
            pith.extract_file(page)
        assert e.value.errno == errno.EACCES and isinstance(e.value, pith.IoError)
        page.chmod(0o644)
    for number, builtin in ((errno.EACCES, PermissionError), (errno.EPERM, PermissionError),
                            (errno.ENOENT, FileNotFoundError), (errno.EISDIR, IsADirectoryError),
                            (errno.ENOTDIR, NotADirectoryError)):
        made = pith._errors._io_error("m", number, "f")
        assert isinstance(made, builtin) and type(made) is getattr(pith.IoError, builtin.__name__)
        assert type(made).__doc__ and (made.errno, made.filename) == (number, "f")
    other = pith._errors._io_error("cannot read f: I/O error", errno.EIO, None)
    assert type(other) is pith.IoError and other.errno == errno.EIO and other.filename is None
    plain = pith.IoError("read() of the file returned str")  # no errno: an OSError all the same
    assert plain.errno is None and str(plain) == plain.message
    # Errors pickle whole (a process pool's or a Dask task's error comes back as raised).
    for original in (error, other, plain):
        for protocol in (0, pickle.HIGHEST_PROTOCOL):
            again = pickle.loads(pickle.dumps(original, protocol=protocol))
            assert type(again) is type(original)
            assert (again.message, again.errno, again.strerror, again.filename) == \
                (original.message, original.errno, original.strerror, original.filename)
    with concurrent.futures.ProcessPoolExecutor(1) as pool:
        with pytest.raises(FileNotFoundError) as e:
            pool.submit(pith.extract_file, missing).result()
    assert type(e.value) is pith.IoError.FileNotFoundError and e.value.filename == str(missing)


def test_decode_error() -> None:
    with pytest.raises(pith.DecodeError, match="PDF") as e:
        pith.extract(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    assert e.value.message == str(e.value)
    with pytest.raises(pith.DecodeError):
        pith.extract(gzip.compress(b"<p>x</p>" * 100)[:30])  # broken gzip stream


def test_warc_header_fields_that_are_not_utf8(tmp_path: pathlib.Path) -> None:
    """WARC and HTTP header fields holding bytes that are not UTF-8 (0xff, a Latin-1 e acute)
    read as str, each such byte the surrogate os.fsdecode() makes of it, and give the bytes
    back: through Record, the Article extracted from it, to_dict() and pickling."""
    body = story(ENGLISH).encode()
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nX-Note: caf\xff\r\n"
            b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
    record = (b"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:caf\xff>\r\n"
              b"WARC-Date: 2024-03-05T14:30:00Z\r\nWARC-Target-URI: https://x.example/caf\xff.html\r\n"
              b"X-Crawler-Note: Caf\xe9 \xff\r\nContent-Type: application/http; msgtype=response\r\n"
              b"Content-Length: " + str(len(http)).encode() + b"\r\n\r\n" + http + b"\r\n\r\n")
    path = tmp_path / "odd.warc"
    path.write_bytes(record)
    [r] = list(pith.iter_warc(path))
    uri, record_id = "https://x.example/caf\udcff.html", "<urn:uuid:caf\udcff>"
    assert r.ok and (r.type, r.target_uri, r.record_id) == ("response", uri, record_id)
    assert r.header("X-Crawler-Note") == "Caf\udce9 \udcff"
    assert r.header("X-Crawler-Note").encode("utf-8", "surrogateescape") == b"Caf\xe9 \xff"
    assert ("X-Crawler-Note", "Caf\udce9 \udcff") in r.headers
    assert r.http_header("X-Note") == "caf\udcff" and ("X-Note", "caf\udcff") in r.http_headers
    assert "caf\\udcff" in repr(r)
    a = r.extract()
    assert (a.url, a.warc_target_uri, a.warc_record_id) == (uri, uri, record_id)
    assert a.to_dict()["warc_target_uri"] == uri and a.to_dict()["warc_record_id"] == record_id
    again = pickle.loads(pickle.dumps(a))
    assert (again.warc_target_uri, again.warc_record_id) == (uri, record_id)


def test_iter_warc_stops_on_an_interrupt_in_read_and_names_a_read_error() -> None:
    """Ctrl-C (KeyboardInterrupt) or sys.exit() raised in a file object's read() stops
    the loop with that exception; it was turned into a damaged record's I/O error and
    the loop ended as if the file had. An Exception in read() stays a record's IoError,
    named by its class and message, without pybind11's traceback text."""
    record = (b"WARC/1.1\r\nWARC-Type: warcinfo\r\nContent-Length: 4\r\n\r\nabcd\r\n\r\n")

    class Raising:
        def __init__(self, error: BaseException) -> None:
            self.error = error
            self.reads = 0

        def read(self, size: int) -> bytes:
            self.reads += 1
            if self.reads == 1:
                return record + record[:20]  # a second record cut by the error
            raise self.error

    for error in (KeyboardInterrupt(), SystemExit(3)):
        records = pith.iter_warc(Raising(error))
        with pytest.raises(type(error)):
            for r in records:
                assert r.ok  # no record made of the interrupt
        assert list(records) == []  # and the reading is over

    records = list(pith.iter_warc(Raising(ValueError("I/O operation on closed file"))))
    assert [r.type for r in records] == ["warcinfo", ""]
    assert isinstance(records[1].error, pith.IoError)
    assert str(records[1].error) == ("the WARC header block is cut short: reading the file: "
                                     "ValueError: I/O operation on closed file")


def test_unsupported_type_in_warc_record() -> None:
    payload = b'{"not": "html"}'
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            + str(len(payload)).encode() + b"\r\n\r\n" + payload)
    record = (b"WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.example/a.json\r\n"
              b"Content-Type: application/http; msgtype=response\r\nContent-Length: "
              + str(len(http)).encode() + b"\r\n\r\n" + http + b"\r\n\r\n")
    with pytest.raises(pith.UnsupportedType, match="application/json"):
        pith.extract(record)


def test_a_content_type_that_is_no_page_raises_unsupported_type(tmp_path: pathlib.Path) -> None:
    """extract(b'{"a":1}', content_type="application/json") gave an empty
    article typed "article", silently: it raises UnsupportedType naming the
    type, by the rule downloads are skipped by, str or bytes, file or not."""
    page = "<article><p>" + "The ferry left on time, full of commuters. " * 4 + "</p></article>"
    for html in (b'{"a":1}', page, page.encode()):
        with pytest.raises(pith.UnsupportedType, match="^application/json is not HTML$"):
            pith.extract(html, content_type="application/json")
    for ctype in ("image/png", "application/pdf", "text/css", "text/plain; charset=utf-8"):
        with pytest.raises(pith.UnsupportedType, match=re.escape(ctype)):
            pith.extract(page, content_type=ctype)
    path = tmp_path / "a.json"
    path.write_bytes(b'{"a":1}')
    with pytest.raises(pith.UnsupportedType, match=re.escape(f"{path}: application/json")):
        pith.extract_file(path, content_type="application/json")
    want = pith.extract(page).text
    assert want
    for ctype in ("text/html; charset=utf-8", "application/xhtml+xml", "", None, "html", "*/*"):
        assert pith.extract(page, content_type=ctype).text == want, ctype


def test_a_warc_of_several_pages_is_no_one_page(tmp_path: pathlib.Path) -> None:
    """extract_file() and extract() on a WARC of several response records kept only the first
    page without a word: it is an InvalidArgument pointing at iter_warc(); a WARC of one saved
    response (with its warcinfo and request) still extracts."""
    import warcs
    page = (FIXTURES / "recipe" / "source.html").read_bytes()
    uri = "https://x.example/recipe"
    one = (warcs.record("warcinfo", "", b"software: pith tests\r\n", "application/warc-fields")
           + warcs.request(uri) + warcs.response(uri, page, "text/html; charset=utf-8"))
    saved = tmp_path / "one.warc.gz"
    saved.write_bytes(gzip.compress(one))
    assert pith.extract_file(saved).url == uri
    assert pith.extract(one).text == pith.extract(page, uri).text
    several = tmp_path / "members.warc.gz"
    warcs.write_warc(several, 4)
    message = ("a WARC archive of several response records, not one saved page: read it record "
               "by record (WarcReader and ExtractRecord(), pith.iter_warc() in Python, or pith on "
               "the command line)")
    with pytest.raises(pith.InvalidArgument) as e:
        pith.extract_file(several)
    assert str(e.value) == f"{several}: {message}"
    with pytest.raises(pith.InvalidArgument) as e:
        pith.extract(one + warcs.response(uri + "/2", page, "text/html"))
    assert str(e.value) == message
    assert sum(1 for r in pith.iter_warc(several) if r.type == "response") == 5


# --- fetch() ----------------------------------------------------------------------------------


def test_fetch_urls_and_headers_that_are_not_utf8(server: LocalServer) -> None:
    """A redirect whose Location holds a raw byte 0xff, and a header holding one: the
    Response reads them as str, the byte the surrogate os.fsdecode() makes of it."""
    body = story(ENGLISH).encode()
    landed = ("/caf\xff.html", "/caf%FF.html", "/caf%ff.html")  # as sent, or as escaped
    for path in landed:
        server.page(path, body, headers={"X-Note": "caf\xff"})  # http.server writes Latin-1
    server.routes["/odd"] = lambda h: server.send(h, 301, b"", headers={"Location": "/caf\xff.html"})
    r = pith.fetch(server.base + "/odd")
    assert r.ok, r.error
    assert r.final_url.encode("utf-8", "surrogateescape") in \
        {(server.base + path).encode("latin-1") for path in landed}
    assert ("X-Note", "caf\udcff") in r.headers and r.content_type == "text/html; charset=utf-8"
    assert r.extract().url == r.final_url
    assert repr(r).startswith("<pith.Response ")


def test_fetch_one_and_many(server: LocalServer) -> None:
    meta = fixture_meta("german-news")
    page = server.page("/de.html", fixture_bytes("german-news"), meta["content_type"])
    server.routes["/moved"] = lambda h: server.send(h, 301, b"", headers={"Location": "/de.html"})
    r = pith.fetch(server.base + "/moved")
    assert isinstance(r, pith.Response) and r.ok and r.error is None
    assert (r.url, r.final_url, r.http_status, r.attempts) == (server.base + "/moved", page, 200, 1)
    assert r.content_type == meta["content_type"]
    assert ("Content-Type", meta["content_type"]) in r.headers
    assert r.body == fixture_bytes("german-news")
    r.raise_for_error()
    a = r.extract()
    assert a.url == page and a.input == server.base + "/moved"
    assert a.render("text") == (FIXTURES / "german-news" / "expected.txt").read_text("utf-8")
    assert r.extract(min_text_chars=100_000).found is False
    assert repr(r) == f"<pith.Response '{server.base}/moved' 200>"

    urls = [page, server.base + "/missing", "ftp://x.example/"]
    done: list[tuple[int, str]] = []
    responses = pith.fetch(iter(urls), on_done=lambda i, resp: done.append((i, resp.url)),
                           per_host_delay_seconds=0)
    assert [x.url for x in responses] == urls
    assert sorted(done) == [(0, urls[0]), (1, urls[1]), (2, urls[2])]
    ok, missing, ftp = responses
    assert ok.ok and not missing.ok and not ftp.ok
    assert isinstance(missing.error, pith.FetchError) and "404" in str(missing.error)
    assert missing.http_status == 404
    with pytest.raises(pith.FetchError, match="404"):
        missing.raise_for_error()
    with pytest.raises(pith.FetchError, match="404"):
        missing.extract()
    assert isinstance(ftp.error, pith.InvalidArgument) and "ftp" in str(ftp.error)
    assert pith.fetch([]) == []


def test_fetch_errors_hide_a_password_in_the_url(server: LocalServer) -> None:
    """The error names the URL with its password as ***; the Response keeps the URL given,
    and the server is sent the credentials."""
    dead = "http://ann:secret@127.0.0.1:1/page"
    r = pith.fetch(dead)
    assert isinstance(r.error, pith.FetchError) and r.url == dead
    assert str(r.error).startswith("http://ann:***@127.0.0.1:1/page: cannot connect"), str(r.error)
    missing = server.base.replace("http://", "http://ann:secret@") + "/missing"
    r = pith.fetch(missing, obey_robots=False)
    assert r.http_status == 404 and r.url == missing
    assert "ann:***@" in str(r.error) and "secret" not in str(r.error)
    assert server.requests[-1][1].get("Authorization") == "Basic YW5uOnNlY3JldA=="


def test_fetch_options(server: LocalServer) -> None:
    server.page("/big", b"<p>" + b"x" * 50_000 + b"</p>")
    r = pith.fetch(server.base + "/big", max_body_bytes=1000)
    assert isinstance(r.error, pith.TooLarge)
    assert pith.fetch(server.base + "/big").ok

    server.routes["/loop"] = lambda h: server.send(h, 302, b"", headers={"Location": "/loop"})
    r = pith.fetch(server.base + "/loop", max_redirects=2)
    assert isinstance(r.error, pith.FetchError) and "redirect" in str(r.error)

    def slow(h: object) -> None:
        time.sleep(1.5)
        server.send(h, 200, b"<p>late</p>")  # type: ignore[arg-type]
    server.routes["/slow"] = slow
    r = pith.fetch(server.base + "/slow", timeout_seconds=0.3)
    assert isinstance(r.error, pith.Timeout)

    calls = []

    def flaky(h: object) -> None:
        calls.append(1)
        if len(calls) < 3:
            server.send(h, 503, b"busy", headers={"Retry-After": "0"})  # type: ignore[arg-type]
        else:
            server.send(h, 200, story(ENGLISH).encode())  # type: ignore[arg-type]
    server.routes["/flaky"] = flaky
    r = pith.fetch(server.base + "/flaky", retries=3, retry_wait_seconds=0.01,
                   max_retry_wait_seconds=1)
    assert r.ok and r.attempts == 3 and r.extract().title == "A headline"

    server.page("/ua", b"<p>ua</p>")
    pith.fetch([server.base + "/ua"], user_agent="test-agent/1", compressed=False, http2=False,
               proxy_from_environment=False, connect_timeout_seconds=5, max_parallel=1,
               max_per_host=1)
    headers = next(h for p, h in server.requests if p == "/ua")
    assert headers["User-Agent"] == "test-agent/1" and "Accept-Encoding" not in headers
    pith.fetch(server.base + "/ua")
    headers = [h for p, h in server.requests if p == "/ua"][-1]
    assert headers["User-Agent"].startswith("pith/") and "gzip" in headers["Accept-Encoding"]

    server.page("/data.json", b'{"a": 1}', "application/json")
    with pytest.raises(pith.UnsupportedType, match="application/json"):
        pith.fetch(server.base + "/data.json").extract()

    with pytest.raises(pith.InvalidArgument, match="max_parallel"):
        pith.fetch([server.base + "/ua"], max_parallel=0)
    with pytest.raises(TypeError, match="unexpected keyword argument 'timeout'"):
        pith.fetch(server.base + "/ua", timeout=3)
    with pytest.raises(TypeError, match="every URL must be a str"):
        pith.fetch([b"http://x/"])  # type: ignore[list-item]
    # Neither a str nor a list of them: the message says what urls takes.
    for wrong in (123, None, b"http://x/", bytearray(b"http://x/")):
        with pytest.raises(TypeError, match="fetch\\(\\): urls must be a str or an iterable of str, "
                                            f"not {type(wrong).__name__}"):
            pith.fetch(wrong)  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="content_type"):
        pith.fetch(server.base + "/ua").extract(content_type="text/html")
    # A callback that cannot be called is refused before anything is
    # downloaded, not when the first download completes.
    asked = len(server.requests)
    for name, wrong in (("on_done", 1), ("should_cancel", "yes")):
        with pytest.raises(TypeError, match=f"fetch\\(\\): {name} must be callable or None, "
                                            f"not {type(wrong).__name__}"):
            pith.fetch([server.base + "/ua"], **{name: wrong})
    assert len(server.requests) == asked


def test_fetch_callback_error_is_raised_after_all(server: LocalServer) -> None:
    urls = [server.page(f"/{i}", b"<p>x</p>") for i in range(4)]
    seen = []

    def on_done(i: int, r: pith.Response) -> None:
        seen.append(i)
        raise RuntimeError("callback failed")
    with pytest.raises(RuntimeError, match="callback failed"):
        pith.fetch(urls, on_done=on_done, per_host_delay_seconds=0)
    assert len(seen) == 1  # later calls are skipped
    pages = {p for p, _ in server.requests} - {"/robots.txt"}
    assert pages == {f"/{i}" for i in range(4)}  # all still done


def slow_pages(server: LocalServer, count: int, hold: threading.Event,
               asked: threading.Semaphore) -> list[str]:
    """count pages answered only once hold is set (20 s at most); asked is released per request."""
    def slow(handler: object) -> None:
        asked.release()
        hold.wait(20)
        try:
            LocalServer.send(handler, 200, b"<html><body><p>late</p></body></html>")
        except OSError:
            pass  # the client left: cancelled

    for i in range(count):
        server.routes[f"/slow/{i}"] = slow
    return [f"{server.base}/slow/{i}" for i in range(count)]


def test_ctrl_c_stops_fetch(server: LocalServer) -> None:
    """SIGINT while pith.fetch waits on slow pages raises KeyboardInterrupt within a moment
    (the pages take 20 s, six two at a time a minute), and the queued pages are never asked
    for. A handler that does not raise runs during the fetch, which goes on."""
    hold, asked = threading.Event(), threading.Semaphore(0)
    urls = slow_pages(server, 6, hold, asked)

    def interrupt_once_asked() -> None:
        for _ in range(2):  # both transfers under way
            asked.acquire(timeout=10)
        os.kill(os.getpid(), signal.SIGINT)
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    killer = threading.Thread(target=interrupt_once_asked)
    try:
        start = time.monotonic()
        killer.start()
        with pytest.raises(KeyboardInterrupt):
            pith.fetch(urls, max_parallel=2, obey_robots=False, per_host_delay_seconds=0)
        took = time.monotonic() - start
        killer.join()
        assert took < 5.0
        assert sorted(p for p, _ in server.requests) == ["/slow/0", "/slow/1"]

        # A handler of one's own that does not raise: the fetch goes on and ends.
        caught: list[float] = []
        signal.signal(signal.SIGINT, lambda signum, frame: caught.append(time.monotonic()))
        quick = server.page("/quick", b"<html><body><p>quick</p></body></html>")

        def interrupt_then_release() -> None:
            asked.acquire(timeout=10)
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(0.5)
            hold.set()
        releaser = threading.Thread(target=interrupt_then_release)
        releaser.start()
        responses = pith.fetch([urls[5], quick], obey_robots=False, per_host_delay_seconds=0)
        done = time.monotonic()
        releaser.join()
        assert [r.ok for r in responses] == [True, True]
        assert len(caught) == 1 and caught[0] < done - 0.3  # ran while the page was held
    finally:
        signal.signal(signal.SIGINT, previous)
        hold.set()


def test_keyboard_interrupt_in_on_done_stops_fetch(server: LocalServer) -> None:
    """KeyboardInterrupt raised by on_done (Ctrl-C while it ran) stops the other downloads at
    once; an ordinary exception still waits for them
    (test_fetch_callback_error_is_raised_after_all)."""
    hold, asked = threading.Event(), threading.Semaphore(0)
    urls = slow_pages(server, 3, hold, asked) + [server.page("/quick", b"<p>quick</p>")]
    seen = []

    def on_done(i: int, r: pith.Response) -> None:
        seen.append(i)
        raise KeyboardInterrupt
    try:
        start = time.monotonic()
        with pytest.raises(KeyboardInterrupt):
            pith.fetch(urls, on_done=on_done, obey_robots=False, per_host_delay_seconds=0,
                       max_per_host=8)
        assert time.monotonic() - start < 5.0
        assert seen == [3]  # the cancelled ones are not handed to on_done
    finally:
        hold.set()


def test_should_cancel_stops_fetch(server: LocalServer) -> None:
    """should_cancel() returning true stops the downloads (the library's FetchOptions::
    should_cancel): those not done come back with pith.CancelledError, handed to on_done as the
    others, and fetch returns; an exception should_cancel raises is raised."""
    hold, asked = threading.Event(), threading.Semaphore(0)
    urls = slow_pages(server, 3, hold, asked) + [server.page("/quick", b"<p>quick</p>")]
    quick_done = threading.Event()
    seen: dict[int, pith.Response] = {}

    def on_done(i: int, r: pith.Response) -> None:
        seen[i] = r
        if r.ok:
            quick_done.set()
    try:
        start = time.monotonic()
        responses = pith.fetch(urls, on_done=on_done, should_cancel=quick_done.is_set,
                               obey_robots=False, per_host_delay_seconds=0, max_per_host=8)
        assert time.monotonic() - start < 5.0  # the slow pages take 20 s
        assert [r.ok for r in responses] == [False, False, False, True]
        assert sorted(seen) == [0, 1, 2, 3] and all(seen[i] is not None for i in seen)
        for url, r in zip(urls[:3], responses):
            assert type(r.error) is pith.CancelledError, r.error
            assert isinstance(r.error, concurrent.futures.CancelledError)
            assert r.error.message == f"{url}: cancelled"
            with pytest.raises(pith.CancelledError):
                r.raise_for_error()
            with pytest.raises(pith.CancelledError):
                r.extract()

        class Stop(Exception):
            pass

        def stop() -> bool:
            raise Stop("asked")
        with pytest.raises(Stop, match="asked"):
            pith.fetch(urls[:1], should_cancel=stop, obey_robots=False)
        # A false answer lets the downloads end.
        assert pith.fetch(urls[3], should_cancel=lambda: 0, obey_robots=False).ok
    finally:
        hold.set()


def test_fetch_obeys_robots_txt(server: LocalServer) -> None:
    server.page("/robots.txt", b"User-agent: *\nDisallow: /private/\n", "text/plain")
    open_url = server.page("/open.html", story(ENGLISH).encode())
    private = server.page("/private/a.html", story(ENGLISH).encode())
    ok, refused = pith.fetch([open_url, private], per_host_delay_seconds=0)
    assert ok.ok and isinstance(refused.error, pith.Disallowed)
    assert "/private/" in str(refused.error)
    assert "/private/a.html" not in {p for p, _ in server.requests}  # never requested
    assert pith.fetch(private, obey_robots=False).ok
    assert pith.fetch(private, obey_robots=False).extract().title == "A headline"
    with pytest.raises(pith.InvalidArgument, match="max_per_host"):
        pith.fetch(private, max_per_host=0)
    # Two requests to one host, the second a delay after the first.
    start = time.monotonic()
    pith.fetch([open_url, open_url + "?2"], per_host_delay_seconds=0.5, max_robots_bytes=1000,
               max_crawl_delay_seconds=1)
    assert time.monotonic() - start >= 0.5


# --- threads ------------------------------------------------------------------------------------


def test_threads_give_the_same_results() -> None:
    pages = [fixture_bytes(s) for s in fixture_slugs()] * 4
    serial = [pith.extract(p).to_dict() for p in pages]
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        parallel = [a.to_dict() for a in pool.map(pith.extract, pages)]
    assert parallel == serial


def test_gil_is_released_during_extraction() -> None:
    """Python code runs in another thread while extract() works (not a timing test:
    with the GIL held during the call, the counter could not move at all)."""
    big = story(ENGLISH * 40).replace("</article>", "<p>" + ENGLISH + "</p>" * 1) * 1
    big = big.replace("<article>", "<article>" + ("<div><p>" + ENGLISH + "</p></div>") * 4000)
    counter = [0]
    during = []
    stop = threading.Event()

    def extract_and_watch() -> None:
        before = counter[0]
        pith.extract(big)
        during.append(counter[0] - before)
        stop.set()

    t = threading.Thread(target=extract_and_watch)
    t.start()
    while not stop.is_set():
        counter[0] += 1
    t.join()
    assert during[0] > 0


# --- pickling -----------------------------------------------------------------------------------


def test_results_are_made_by_pith_only() -> None:
    """Calling a result class is a TypeError naming what makes its objects, as
    re.Match() is; the stubs make a type checker refuse it too (test_typing)."""
    for cls, made_by in ((pith.Article, "pith.extract()"), (pith.Block, "Article.blocks"),
                         (pith.Link, "Block.links"), (pith.Image, "Article.images"),
                         (pith.Response, "pith.fetch()"), (pith.Record, "pith.iter_warc()"),
                         (pith.WarcIterator, "pith.iter_warc()"),
                         (pith._core.CheckReport, "pith.testing.check()"),
                         (pith._core.CheckResult, "CheckReport.results")):
        for args, kwargs in (((), {}), (("x",), {"title": "x"})):
            with pytest.raises(TypeError) as e:
                cls(*args, **kwargs)
            assert str(e.value).startswith(f"cannot create pith.{cls.__name__} objects directly: ")
            assert made_by in str(e.value), str(e.value)
        # help() says so too, not just "__init__(self, *args, **kwargs)".
        assert "pith makes these objects" in (cls.__init__.__doc__ or ""), cls
    # What pith makes still copies and pickles.
    article = pith.extract(story(ENGLISH))
    assert copy.copy(article).to_dict() == article.to_dict()


def test_articles_compare_by_value() -> None:
    """Articles, blocks, links and images are values: equal when every field is, so a test
    can assert one equals another; read-only, they hash by value, as a frozen dataclass."""
    page = story(ENGLISH + " Read <a href='/more'>the council's report</a> for more.")
    a, b = pith.extract(page, "https://example.org/s"), pith.extract(page, "https://example.org/s")
    assert a is not b and a == b and a.blocks == b.blocks and a.images == b.images
    linked = next(blk for blk in a.blocks if blk.links)
    assert linked.links == next(blk for blk in b.blocks if blk.links).links
    assert a != pith.extract(page, "https://example.org/other")  # the url differs
    assert a.blocks[0] != a.blocks[1]
    assert a != a.to_dict() and a != "article" and (a == 1) is False
    assert len({a, b, pith.extract(page, "https://example.org/other")}) == 2
    for x, y in ((a, b), (a.blocks[0], b.blocks[0]), (linked.links[0], linked.links[0])):
        assert hash(x) == hash(y)
    assert set(a.blocks) == set(b.blocks) and len({a.blocks[0], b.blocks[0]}) == 1


def test_articles_pickle_and_cross_processes() -> None:
    """An Article (blocks, links, images) survives pickle and copy, field for field, and
    comes back from a worker process (what ProcessPoolExecutor and Dask futures do)."""
    page = story(ENGLISH + " Read <a href='/more'>the council's report</a> for more.").replace(
        "<h1>", "<figure><img src='/bridge.jpg' alt='The bridge'><figcaption>The old bridge"
        "</figcaption></figure><h1>", 1)
    article = pith.extract(page, "https://example.org/s")
    assert article.found and article.images and any(b.links for b in article.blocks)
    with_comments = fixture_article("blog-comments", include_comments=True)
    assert with_comments.comments
    for original in (article, with_comments):
        for copy_of in (lambda a: pickle.loads(pickle.dumps(a, protocol=pickle.HIGHEST_PROTOCOL)),
                        lambda a: pickle.loads(pickle.dumps(a, protocol=0)), copy.deepcopy,
                        copy.copy):
            again = copy_of(original)
            assert type(again) is pith.Article
            assert again.to_dict() == original.to_dict()
            assert again == original and not again != original
            assert again.render("json", with_blocks=True, with_comments=True, with_links=True,
                                with_images=True) == \
                original.render("json", with_blocks=True, with_comments=True, with_links=True,
                                with_images=True)
            assert again.page_type == original.page_type
    block = next(b for b in article.blocks if b.links)
    assert pickle.loads(pickle.dumps(block)).to_dict() == block.to_dict()
    # A Block's list type is one a list has ("1", "a", "A", "i", "I") or "".
    restore, args = block.__reduce__()
    state = args[-1]
    with pytest.raises(ValueError, match="list type"):
        restore(*args[:-1], state[:15] + ('"',) + state[16:])
    link = block.links[0]
    assert pickle.loads(pickle.dumps(link)).to_dict() == link.to_dict()
    image = article.images[0]
    assert pickle.loads(pickle.dumps(image)).to_dict() == image.to_dict()
    pages = [fixture_bytes(s) for s in fixture_slugs()[:4]]
    with concurrent.futures.ProcessPoolExecutor(2) as pool:
        remote = list(pool.map(pith.extract, pages))
    assert [a.to_dict() for a in remote] == [pith.extract(p).to_dict() for p in pages]
    # A state of another shape or version is refused, not half read, and the
    # error says which.
    restore, (kind, state) = article.__reduce__()
    version = state[0]
    no_version = "its state opens with no layout version"
    for bad, why in (((version + 1,) + state[1:],
                      f"layout version {version + 1}, this pith reads {version} "),
                     ((10**30,) + state[1:], f"layout version {10**30}, "),
                     (state[:5], f"4 fields after layout version {version}, which has 21"),
                     (("2",) + state[1:], f"{no_version} (this pith reads {version})"),
                     ((), no_version)):
        with pytest.raises(ValueError, match="not a pickled pith.Article of this version of pith: "
                           + re.escape(why)):
            restore(kind, bad)
    with pytest.raises(ValueError, match="not a pickled pith object"):
        restore("response", state)
    # A Block pickled before it carried its code's language (layout
    # version 2) is refused naming its version, not its shape.
    restore, (kind, state) = block.__reduce__()
    assert version == 4 and len(state) == 24
    with pytest.raises(ValueError, match=re.escape(
            "not a pickled pith.Block of this version of pith: layout version 2, this pith reads 4")):
        restore(kind, (2,) + state[1:18])
    # What holds a live download or file refuses at every protocol (0 and 1
    # went through copyreg to pybind11's allocator and aborted the process).
    response = pith.fetch("http://127.0.0.1:1/", obey_robots=False)
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        with pytest.raises(TypeError, match="cannot pickle Response"):
            pickle.dumps(response, protocol=protocol)
    with pytest.raises(TypeError, match="cannot pickle Response"):
        copy.copy(response)


def test_public_functions_pickle_by_name() -> None:
    """pith.extract and the other public functions pickle as references at every protocol, so
    ProcessPoolExecutor.map(pith.extract, ...) and a Dask client.submit(pith.extract, ...) send
    them; their signatures and docstrings are the bound functions'."""
    functions = [pith.extract, pith.extract_file, pith.fetch, pith.iter_warc, pith.testing.check,
                 pith.testing.assert_unchanged, pith.testing.format_report,
                 pith.dask.extract_warc, pith.dask.run]
    for f in functions:
        for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
            assert pickle.loads(pickle.dumps(f, protocol=protocol)) is f, (f, protocol)
        assert copy.deepcopy(f) is f
    for f in (pith.extract, pith.extract_file, pith.fetch, pith.iter_warc):
        assert f.__module__ == "pith" and f.__qualname__ == f.__name__
        bound = getattr(pith._core, f.__name__)
        assert f.__doc__ and f.__doc__ in bound.__doc__  # without pybind11's signature line
        assert not f.__doc__.startswith(f.__name__ + "(")
    assert list(inspect.signature(pith.extract).parameters) == ["html", "url", "options"]
    assert list(inspect.signature(pith.extract_file).parameters) == ["path", "url", "options"]
    assert list(inspect.signature(pith.fetch).parameters) == ["urls", "on_done", "should_cancel",
                                                              "options"]
    for name in ("on_done", "should_cancel"):
        parameter = inspect.signature(pith.fetch).parameters[name]
        assert parameter.kind is inspect.Parameter.KEYWORD_ONLY and parameter.default is None
    assert list(inspect.signature(pith.iter_warc).parameters) == ["path_or_file", "options"]
    with pytest.raises(TypeError, match="extract\\(\\) got an unexpected keyword argument 'favour'"):
        pith.extract("<p>x</p>", favour="recall")
    slugs = fixture_slugs()[:4]
    paths = [FIXTURES / s / "source.html" for s in slugs]
    with concurrent.futures.ProcessPoolExecutor(2) as pool:
        remote = list(pool.map(pith.extract_file, paths))
        precise = pool.submit(pith.extract, paths[0].read_bytes(), "https://example.org/p",
                              favor="precision").result()
    assert [a.to_dict() for a in remote] == [pith.extract_file(p).to_dict() for p in paths]
    assert precise.to_dict() == pith.extract(paths[0].read_bytes(), "https://example.org/p",
                                             favor="precision").to_dict()


# --- documentation and stubs ------------------------------------------------------------------


def stub_functions() -> dict[str, ast.FunctionDef]:
    stub = pathlib.Path(pith.__file__).with_name("_core.pyi")
    tree = ast.parse(stub.read_text(encoding="utf-8"))
    found: dict[str, ast.FunctionDef] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for f in node.body:
                if isinstance(f, ast.FunctionDef):
                    found[f"{node.name}.{f.name}"] = f
        elif isinstance(node, ast.FunctionDef) and node.col_offset == 0:
            found.setdefault(node.name, node)
    return found


def kwonly_defaults(f: ast.FunctionDef) -> dict[str, object]:
    return {a.arg: ast.literal_eval(d) for a, d in zip(f.args.kwonlyargs, f.args.kw_defaults)}


def test_stub_defaults_match_the_library() -> None:
    functions = stub_functions()
    assert kwonly_defaults(functions["extract"]) == pith.EXTRACT_DEFAULTS
    assert kwonly_defaults(functions["extract_file"]) == pith.EXTRACT_DEFAULTS
    response_extract = dict(pith.EXTRACT_DEFAULTS)
    del response_extract["content_type"]
    assert kwonly_defaults(functions["Response.extract"]) == response_extract
    fetch = kwonly_defaults(functions["fetch"])
    assert fetch.pop("on_done") is None and fetch.pop("should_cancel") is None
    assert fetch == pith.FETCH_DEFAULTS


def test_stub_declares_every_attribute_and_everything_has_docs() -> None:
    stub = pathlib.Path(pith.__file__).with_name("_core.pyi")
    tree = ast.parse(stub.read_text(encoding="utf-8"))
    declared = {node.name: {f.name for f in node.body
                            if isinstance(f, ast.FunctionDef) and not f.name.startswith("_")}
                for node in tree.body if isinstance(node, ast.ClassDef)}
    for cls in (pith.Article, pith.Block, pith.Link, pith.Image, pith.Response, pith.Record,
                pith.WarcIterator, pith.testing.CheckReport, pith.testing.CheckResult):
        public = {n for n in vars(cls) if not n.startswith("_")}
        assert public == declared[cls.__name__], cls.__name__
        assert cls.__doc__ and cls.__module__ in ("pith", "pith.testing")
        for name in public:
            assert getattr(cls, name).__doc__, f"{cls.__name__}.{name}"
    for module in (pith, pith.testing, pith.dask, pith.scrapy):
        assert module.__doc__
        for name in module.__all__:
            obj = getattr(module, name)
            if callable(obj):
                assert obj.__doc__ and len(obj.__doc__) > 15, f"{module.__name__}.{name}"
    assert (pathlib.Path(pith.__file__).parent / "py.typed").exists()
    assert pith.__version__.count(".") == 2
