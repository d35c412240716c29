"""pith.scrapy in a real Scrapy crawl of the fixture pages, served on 127.0.0.1."""

from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys

import pytest

import pith
from conftest import FIXTURES, LocalServer, fixture_meta, fixture_slugs

scrapy = pytest.importorskip("scrapy")
from pith.scrapy import ArticleItem, PithPipeline, PithSpiderMiddleware  # noqa: E402


def serve_site(server: LocalServer) -> dict[str, str]:
    """The fixtures under /p/ and /q/, linked from /index.html and /more.html
    (which links back); a broken page and a binary one. Returns URL -> slug."""
    slugs = fixture_slugs()
    urls: dict[str, str] = {}
    links = []
    for i, slug in enumerate(slugs):
        meta = fixture_meta(slug)
        path = f"/{'pq'[i % 2]}/{slug}.html"
        urls[server.page(path, (FIXTURES / slug / "source.html").read_bytes(),
                         meta["content_type"])] = slug
        links.append(f"<li><a href='{path}'>{slug}</a></li>")
    half = len(links) // 2
    server.page("/index.html", ("<html><body><ul>" + "".join(links[:half]) +
                                "</ul><a href='/more.html'>more</a></body></html>").encode())
    server.page("/more.html", ("<html><body><ul>" + "".join(links[half:]) +
                               "</ul><a href='/index.html'>back</a>"
                               "<a href='/p/missing.html'>gone</a>"
                               "<a href='/p/blob.html'>blob</a>"
                               "<a href='/p/data.json'>data</a></body></html>").encode())
    server.page("/p/blob.html", b"%PDF-1.5\n" + bytes(range(256)) * 8, "text/html")
    server.page("/p/data.json", b'{"not": "a page"}', "application/json")
    return urls


def test_crawl(server: LocalServer, tmp_path: pathlib.Path) -> None:
    urls = serve_site(server)
    out = tmp_path / "items.jsonl"
    subprocess.run([sys.executable, str(pathlib.Path(__file__).with_name("scrapy_crawl.py")),
                    server.base + "/index.html", str(out)], check=True, timeout=120)
    items = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    by_url = {item["url"]: item for item in items}
    assert len(by_url) == len(items) == len(urls) + 2  # each page once, the 404 not an item
    blob = by_url.pop(server.base + "/p/blob.html")
    assert blob["found"] is False and blob["error"].startswith("DecodeError: binary data")
    # No page, skipped: the item goes on without article fields, counted.
    assert by_url.pop(server.base + "/p/data.json") == {"url": server.base + "/p/data.json"}
    stats = json.loads(out.with_suffix(".stats.json").read_text(encoding="utf-8"))
    assert stats["pith/skipped"] == 1 and stats["item_scraped_count"] == len(items)
    for url, slug in urls.items():
        item = by_url[url]
        expected = json.loads((FIXTURES / slug / "expected.json").read_text(encoding="utf-8"))
        meta = fixture_meta(slug)
        article = pith.extract((FIXTURES / slug / "source.html").read_bytes(), url,
                               content_type=meta["content_type"], include_comments=True)
        assert item["found"] is True, slug
        assert item["page_type"] == article.page_type and item["page_type"] in (
            "article", "forum", "product", "service", "documentation", "listing", "collection",
            "other")
        assert item["title"] == expected["title"], slug
        assert item["authors"] == expected["authors"], slug
        assert item["date"] == expected["date"] and item["language"] == expected["language"]
        assert item["text"] + "\n" == (FIXTURES / slug / "expected.txt").read_text("utf-8"), slug
        assert item == {**article_fields_json(article), **({"section": "q"} if "/q/" in url else {})}
        assert "response" not in item and "html" not in item
    blog = next(i for u, i in by_url.items() if urls[u] == "blog-comments")
    assert "Thank you for this!" in blog["comments"]  # PITH_OPTIONS reached the pipeline


def article_fields_json(article: pith.Article) -> dict:
    """What the feed holds for an article: its fields through JSON."""
    from pith.scrapy import article_fields
    return json.loads(json.dumps(article_fields(article)))


class FakeSpider:
    class logger:  # noqa: N801
        messages: list[str] = []
        infos: list[str] = []

        @classmethod
        def warning(cls, fmt: str, *args: object) -> None:
            cls.messages.append(fmt % args)

        @classmethod
        def info(cls, fmt: str, *args: object) -> None:
            cls.infos.append(fmt % args)


def run_pipeline(pipeline: PithPipeline, item: object) -> object:
    """What process_item's thread does, run here (no reactor in this process)."""
    return pipeline.extract_item(item, FakeSpider)


def test_pipeline_items_without_a_reactor() -> None:
    html = (FIXTURES / "recipe" / "source.html").read_bytes()
    meta = fixture_meta("recipe")
    pipeline = PithPipeline({"favor": "recall"})
    item = run_pipeline(pipeline, {"html": html, "url": meta["url"],
                                   "content_type": meta["content_type"], "extra": 1})
    want = pith.extract(html, meta["url"], content_type=meta["content_type"], favor="recall")
    assert item["text"] == want.text and item["extra"] == 1 and "html" not in item
    assert run_pipeline(pipeline, {"no": "page"}) == {"no": "page"}
    # Its Content-Type copied from Scrapy's headers, bytes, as they are.
    raw = run_pipeline(pipeline, {"html": html, "url": meta["url"],
                                  "content_type": meta["content_type"].encode("latin-1")})
    assert raw["text"] == want.text and "error" not in raw
    declared = run_pipeline(pipeline, ArticleItem(html=html, url="https://x.example/r"))
    assert declared["title"] == want.title and declared["url"] == "https://x.example/r"
    assert "html" not in declared

    class Narrow(scrapy.Item):
        html = scrapy.Field()
        title = scrapy.Field()
    narrow = run_pipeline(pipeline, Narrow(html=html))
    assert dict(narrow) == {"title": want.title}  # only declared fields are set

    drop = PithPipeline(drop_not_found=True)
    with pytest.raises(scrapy.exceptions.DropItem, match="no main content"):
        run_pipeline(drop, {"html": "<p>short</p>", "url": "https://x.example/s"})
    with pytest.raises(TypeError, match="favour"):
        PithPipeline({"favour": "recall"})


def test_a_download_that_is_no_page_is_skipped_not_failed() -> None:
    """A JSON or PDF download reached pith.extract() as a page: its item came
    out as an empty article (or, with a bytes body, an "error"). It is
    skipped: no article field, logged at INFO with its type, counted in the
    crawl's stats; the next page is extracted as before."""
    from scrapy.utils.test import get_crawler
    crawler = get_crawler(settings_dict={"PITH_OPTIONS": {"favor": "recall"}})
    pipeline = PithPipeline.from_crawler(crawler)
    FakeSpider.logger.messages.clear()
    FakeSpider.logger.infos.clear()
    json_item = run_pipeline(pipeline, {"html": b'{"a": 1}', "url": "https://x.example/a.json",
                                        "content_type": b"application/json", "extra": 1})
    assert json_item == {"url": "https://x.example/a.json", "extra": 1}
    response = scrapy.http.Response("https://x.example/b.pdf", body=b"%PDF-1.5\n",
                                    headers={"Content-Type": "application/pdf"})
    pdf_item = run_pipeline(pipeline, {"url": response.url, "response": response})
    assert pdf_item == {"url": "https://x.example/b.pdf"}
    declared = run_pipeline(pipeline, ArticleItem(html="<p>a</p>", content_type="image/png"))
    assert dict(declared) == {}
    assert FakeSpider.logger.messages == []  # no warning: nothing failed
    assert FakeSpider.logger.infos == [
        "pith: https://x.example/a.json: skipped: application/json is not HTML",
        "pith: https://x.example/b.pdf: skipped: application/pdf is not HTML",
        "pith: None: skipped: image/png is not HTML"]
    assert crawler.stats.get_value("pith/skipped") == 3
    html = (FIXTURES / "recipe" / "source.html").read_bytes()
    page = run_pipeline(pipeline, {"html": html, "content_type": "text/html; charset=utf-8"})
    assert page["found"] is True and "error" not in page
    assert crawler.stats.get_value("pith/skipped") == 3
    # Without a stats collector the skip is still no failure.
    assert run_pipeline(PithPipeline(), {"html": b"{}", "content_type": "application/json"}) == {}
    with pytest.raises(scrapy.exceptions.DropItem, match="not a page: https://x.example/c"):
        run_pipeline(PithPipeline(drop_not_found=True),
                     {"html": b"{}", "url": "https://x.example/c", "content_type": "text/css"})


def test_middleware_wraps_responses_only() -> None:
    response = scrapy.http.HtmlResponse("https://x.example/a", body=b"<p>x</p>")
    request = scrapy.Request("https://x.example/b")
    out = list(PithSpiderMiddleware().process_spider_output(response, [response, request,
                                                                      {"a": 1}], None))
    assert out == [{"url": "https://x.example/a", "response": response}, request, {"a": 1}]
