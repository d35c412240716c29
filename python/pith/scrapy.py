"""pith inside Scrapy: an item pipeline that turns a crawled page into an article.

In the project's settings::

    ITEM_PIPELINES = {"pith.scrapy.PithPipeline": 300}
    SPIDER_MIDDLEWARES = {"pith.scrapy.PithSpiderMiddleware": 900}  # lets callbacks yield responses
    PITH_OPTIONS = {"favor": "precision"}  # keyword options of pith.extract(); default: none

In a spider, a callback yields the response itself (with PithSpiderMiddleware)
or an item holding it under "response" (or the page's bytes under "html",
with "url" and "content_type" beside them)::

    def parse(self, response):
        yield response                                  # becomes {"url": ..., "title": ..., ...}
        yield {"response": response, "section": "news"} # other fields are kept

PithPipeline extracts the page in Scrapy's thread pool (the GIL is released,
so the crawl goes on meanwhile), removes "response"/"html" from the item and
adds every field of pith.Article but the blocks: found, title, authors, date,
site_name, description, image, canonical, language, encoding, text,
comments, images (and any field the library adds, such as page_type), plus
"url" when the item has none. A page pith cannot read (binary data, too
large) keeps its item with found False and "error" naming the cause.

A download that is no page (its Content-Type is JSON, PDF, an image...:
what pith.UnsupportedType is raised for) is skipped: its item goes on
without "response"/"html" and without any article field, the skip is logged
at INFO level with its cause and counted in the crawl's stats as
"pith/skipped". With PITH_DROP_NOT_FOUND = True, items without main content,
skipped ones included, are dropped instead.

For a scrapy.Item, only the fields it declares are set; ArticleItem declares
them all.
"""

from __future__ import annotations

from typing import Any, AsyncIterator, Iterable, Iterator

import scrapy
from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem
from twisted.internet import threads

import pith

__all__ = ["ArticleItem", "PithPipeline", "PithSpiderMiddleware", "article_fields"]

# The raw page's keys in an item, removed once it is extracted.
RAW_KEYS = ("response", "html", "content_type")


def article_fields(article: pith.Article) -> dict[str, Any]:
    """An article's fields for an item: Article.to_dict() without the blocks and the input."""
    fields = article.to_dict(blocks=False)
    del fields["input"]
    return fields


class ArticleItem(scrapy.Item):
    """A scrapy.Item declaring every field PithPipeline sets, and "response"/"html" for input."""

    response = scrapy.Field()
    html = scrapy.Field()
    content_type = scrapy.Field()
    error = scrapy.Field()
    # Every field of the article (found, url, title, authors, ...), read from the binding.
    locals().update({name: scrapy.Field() for name in pith.extract("").to_dict(blocks=False)})


def _page_of(adapter: ItemAdapter) -> tuple[bytes | str, str | None, str | None] | None:
    """(html, url, content_type) of an item, or None when it holds no page."""
    if adapter.get("response") is not None:
        response = adapter["response"]
        return response.body, response.url, _header_text(response.headers.get(b"Content-Type"))
    if adapter.get("html") is not None:
        return adapter["html"], adapter.get("url"), _header_text(adapter.get("content_type"))
    return None


def _header_text(value: bytes | str | None) -> str | None:
    """A header's value as str: Scrapy keeps headers as bytes, which an item
    may copy as they are ({"content_type": response.headers["Content-Type"]});
    pith.extract() takes str, so they are read as HTTP reads them, Latin-1."""
    if isinstance(value, (bytes, bytearray)):
        return value.decode("latin-1") or None
    return value


class PithPipeline:
    """Item pipeline: extracts the page an item holds and adds the article's fields to it."""

    def __init__(self, options: dict[str, Any] | None = None, drop_not_found: bool = False,
                 stats: Any = None) -> None:
        """options: keyword options of pith.extract(); stats: a Scrapy stats
        collector counting skipped downloads (None: not counted)."""
        self.options = dict(options or {})
        self.drop_not_found = drop_not_found
        self.stats = stats
        pith.extract("", **self.options)  # a misspelt option fails at start, not on every page

    @classmethod
    def from_crawler(cls, crawler: Any) -> "PithPipeline":
        """Reads PITH_OPTIONS (dict) and PITH_DROP_NOT_FOUND (bool) from the
        settings; counts skipped downloads in the crawler's stats."""
        return cls(crawler.settings.getdict("PITH_OPTIONS"),
                   crawler.settings.getbool("PITH_DROP_NOT_FOUND"),
                   getattr(crawler, "stats", None))

    def extract_item(self, item: Any, spider: Any) -> Any:
        """Extracts the item's page and fills the item in (what process_item runs in a thread).

        Returns the item: unchanged when it holds no page, without its page
        and without article fields when the page is no page (skipped). Raises
        DropItem for a page without main content when PITH_DROP_NOT_FOUND is
        set.
        """
        adapter = ItemAdapter(item)
        page = _page_of(adapter)
        if page is None:
            return item
        html, url, content_type = page
        skipped = False
        try:
            fields = article_fields(pith.extract(html, url, content_type=content_type,
                                                 **self.options))
        except pith.UnsupportedType as e:
            skipped = True
            fields = {"found": False}
            spider.logger.info("pith: %s: skipped: %s", url, e)
            if self.stats is not None:
                self.stats.inc_value("pith/skipped", spider=spider)
        except pith.Error as e:
            fields = {"found": False, "error": f"{type(e).__qualname__}: {e}"}
            spider.logger.warning("pith: %s: %s", url, fields["error"])
        for key in RAW_KEYS:
            if key in adapter:
                del adapter[key]
        if self.drop_not_found and not fields["found"]:
            raise DropItem(f"pith: not a page: {url}" if skipped else
                           f"pith: no main content in {url}")
        if skipped:
            return item
        fields["url"] = url
        declared = None if isinstance(item, dict) else adapter.field_names()
        for key, value in fields.items():
            if key == "url" and adapter.get("url"):
                continue  # the item's own URL wins
            if declared is None or key in declared:
                adapter[key] = value
        return item

    def process_item(self, item: Any, spider: Any) -> Any:
        """Returns a Deferred firing with the item, extracted in Scrapy's thread pool."""
        if _page_of(ItemAdapter(item)) is None:
            return item
        return threads.deferToThread(self.extract_item, item, spider)


class PithSpiderMiddleware:
    """Spider middleware: a response yielded by a callback becomes an item for PithPipeline."""

    @staticmethod
    def _wrap(result: Any) -> Any:
        if isinstance(result, scrapy.http.Response):
            return {"url": result.url, "response": result}
        return result

    def process_spider_output(self, response: Any, result: Iterable[Any],
                              spider: Any) -> Iterator[Any]:
        """Wraps yielded responses; passes requests and items through."""
        for x in result:
            yield self._wrap(x)

    async def process_spider_output_async(self, response: Any, result: AsyncIterator[Any],
                                          spider: Any) -> AsyncIterator[Any]:
        """The same for callbacks that are asynchronous generators."""
        async for x in result:
            yield self._wrap(x)
