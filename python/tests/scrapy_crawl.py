"""A real Scrapy crawl with pith's pipeline and middleware (run by test_scrapy.py).

    python3 scrapy_crawl.py START_URL OUT.jsonl

The crawl's stats go to OUT.stats.json.
"""

import json
import pathlib
import sys

import scrapy
from scrapy.crawler import CrawlerProcess


class FixtureSpider(scrapy.Spider):
    """Follows the index pages' links; yields /p/ pages as responses, /q/ pages as items."""

    name = "fixtures"
    allowed_domains = ["127.0.0.1"]

    def __init__(self, start: str, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.start_urls = [start]

    def parse(self, response):
        for href in response.css("a::attr(href)").getall():
            if href.startswith("/p/") or href.startswith("/q/"):
                yield response.follow(href, callback=self.parse_page)
            else:
                yield response.follow(href, callback=self.parse)

    def parse_page(self, response):
        if "/p/" in response.url:
            yield response  # PithSpiderMiddleware makes it an item
        else:
            yield {"response": response, "section": "q"}


def main() -> None:
    start, out = sys.argv[1], sys.argv[2]
    process = CrawlerProcess(settings={
        "ITEM_PIPELINES": {"pith.scrapy.PithPipeline": 300},
        "SPIDER_MIDDLEWARES": {"pith.scrapy.PithSpiderMiddleware": 900},
        "PITH_OPTIONS": {"include_comments": True},
        "FEEDS": {out: {"format": "jsonlines", "encoding": "utf-8"}},
        "LOG_LEVEL": "WARNING",
        "ROBOTSTXT_OBEY": False,
        "TELNETCONSOLE_ENABLED": False,
        "REQUEST_FINGERPRINTER_IMPLEMENTATION": "2.7",
        "CONCURRENT_REQUESTS": 8,
    })
    crawler = process.create_crawler(FixtureSpider)
    process.crawl(crawler, start=start)
    process.start()
    pathlib.Path(out).with_suffix(".stats.json").write_text(
        json.dumps(crawler.stats.get_stats(), default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
