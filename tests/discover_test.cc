// Discovery: the sitemap and feed parsers on their own (table-driven, with
// the hostile documents), then sitemaps, feeds and the crawl against local
// servers, under the Fetcher's politeness.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <sstream>

#include "cli_run.h"
#include "fetch/discover.h"
#include "fetch/feed.h"
#include "fetch/file.h"
#include "fetch/sitemap.h"
#include "http_server.h"
#include "pith/discover.h"
#include "pith/pith.h"

namespace {

using pith::internal::ListedUrls;
using pith::internal::ParseFeed;
using pith::internal::ParseSitemap;
using pith::testing::HttpServer;
using pith::testing::Reply;
using pith::testing::Request;
using Code = pith::Status::Code;
using Strings = std::vector<std::string>;

constexpr std::size_t kMiB = std::size_t{1} << 20;

TEST(SitemapParseTest, UrlsetIndexTextAndGzip) {
  const std::string urlset =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
      "  <url><loc> https://example.org/a </loc><lastmod>2024-01-01</lastmod></url>\n"
      "  <url><loc><![CDATA[https://example.org/b?x=1&y=2]]></loc></url>\n"
      "  <url><loc>https://example.org/c?p=1&amp;q=2</loc></url>\n"
      "  <url><loc>/relative-is-not-allowed</loc></url>\n"
      "  <url><loc>ftp://example.org/not-http</loc></url>\n"
      "  <url><loc/></url>\n"
      "</urlset>\n";
  ListedUrls got = ParseSitemap(urlset, "https://example.org/sitemap.xml", 100, kMiB);
  ASSERT_TRUE(got.status.ok()) << got.status.ToString();
  EXPECT_EQ(got.pages, (Strings{"https://example.org/a", "https://example.org/b?x=1&y=2",
                                "https://example.org/c?p=1&q=2"}));
  EXPECT_TRUE(got.sitemaps.empty());
  EXPECT_FALSE(got.truncated);

  const std::string index =
      "<sm:sitemapindex xmlns:sm=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
      "<sm:sitemap><sm:loc>https://example.org/s1.xml</sm:loc></sm:sitemap>"
      "<sm:sitemap><sm:loc>https://example.org/s2.xml.gz</sm:loc></sm:sitemap></sm:sitemapindex>";
  got = ParseSitemap(pith::internal::Gzip(index), "https://example.org/index.xml.gz", 100, kMiB);
  ASSERT_TRUE(got.status.ok()) << got.status.ToString();
  EXPECT_EQ(got.sitemaps, (Strings{"https://example.org/s1.xml", "https://example.org/s2.xml.gz"}));
  EXPECT_TRUE(got.pages.empty());

  got = ParseSitemap("https://example.org/1\r\n\nnot a url\nhttp://example.org/2\n", "t", 100, kMiB);
  EXPECT_EQ(got.pages, (Strings{"https://example.org/1", "http://example.org/2"}));
}

// What is no sitemap at all (an HTML page, a feed, a robots.txt, binary
// data) is named so. Each read as an empty sitemap
// with no word said, and `pith --sitemap URL --list` ended with exit
// status 1 and nothing on standard error.
TEST(SitemapParseTest, WhatIsNoSitemapIsNamedSo) {
  const struct {
    std::string body;
    std::string says;
  } cases[] = {
      {"<html><head><title>A page</title></head><body><a href=\"https://x/a\">a</a></body></html>",
       "not a sitemap (its root element is <html>, not <urlset> or <sitemapindex>)"},
      {"<rss><channel><item><link>https://x/a</link></item></channel></rss>", "root element is <rss>"},
      {"User-agent: *\nDisallow: /x\nSitemap: https://x/s.xml\n",
       "not a sitemap (neither XML nor a list of http or https URLs)"},
      {std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), "neither XML nor a list"},
  };
  for (const auto& c : cases) {
    const ListedUrls got = ParseSitemap(c.body, "https://x/s.xml", 100, kMiB);
    EXPECT_EQ(got.status.code(), Code::kDecodeError) << c.body;
    EXPECT_NE(got.status.message().find(c.says), std::string::npos) << got.status.message();
    EXPECT_TRUE(got.pages.empty());
  }
  // Empty sitemaps are sitemaps.
  for (const char* empty : {"", " \n", "<urlset/>", "<sitemapindex></sitemapindex>"}) {
    EXPECT_TRUE(ParseSitemap(empty, "https://x/s.xml", 100, kMiB).status.ok()) << empty;
  }
}

TEST(SitemapParseTest, LastmodIsPassedThroughOneAPage) {
  const ListedUrls got = ParseSitemap(
      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
      "<url><loc>https://e.org/a</loc><lastmod> 2024-05-01T10:00:00+00:00 </lastmod></url>"
      "<url><lastmod>2023-01-02</lastmod><loc>https://e.org/b</loc></url>"  // before its <loc>
      "<url><loc>https://e.org/c</loc><changefreq>daily</changefreq></url>"
      "<url><loc>relative/d</loc><lastmod>2022-01-01</lastmod></url>"  // dropped, and its date
      "<url><loc>https://e.org/e</loc></url></urlset>",
      "https://e.org/sitemap.xml", 100, 1 << 20);
  EXPECT_EQ(got.pages, (Strings{"https://e.org/a", "https://e.org/b", "https://e.org/c", "https://e.org/e"}));
  EXPECT_EQ(got.lastmod, (Strings{"2024-05-01T10:00:00+00:00", "2023-01-02", "", ""}));
  const ListedUrls text = ParseSitemap("https://e.org/a\nhttps://e.org/b\n", "https://e.org/s.txt", 100, 1 << 20);
  EXPECT_EQ(text.lastmod, (Strings{"", ""}));
}

// The image, video and news extensions nest their own elements in a <url>,
// and the image one names its address <image:loc>: that is an image's, not
// a page's, and no date of the page's. Read by local name, every
// <image:loc> was listed as a page to fetch (a sitemap of 1,000 pages with
// 10 images each gave 11,000 "pages").
TEST(SitemapParseTest, AnExtensionsLocIsNoPage) {
  const ListedUrls got = ParseSitemap(
      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
      "xmlns:image=\"http://www.google.com/schemas/sitemap-image/1.1\" "
      "xmlns:video=\"http://www.google.com/schemas/sitemap-video/1.1\" "
      "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">"
      "<url><image:image><image:loc>https://e.org/before.jpg</image:loc></image:image>"
      "<loc>https://e.org/a</loc>"
      "<image:image><image:loc>https://e.org/a1.jpg</image:loc></image:image>"
      "<image:image><image:loc>https://e.org/a2.jpg</image:loc><lastmod>1999</lastmod></"
      "image:image>"
      "<xhtml:link rel=\"alternate\" hreflang=\"de\" href=\"https://e.org/de/a\"/>"
      "<lastmod>2024-05-01</lastmod></url>"
      "<url><loc>https://e.org/b</loc><video:video><video:content_loc>https://e.org/b.mp4"
      "</video:content_loc><video:player_loc>https://e.org/player</video:player_loc>"
      "</video:video></url>"
      "<url><image:image><image:loc>https://e.org/lone.jpg</image:loc></image:image></url>"
      "</urlset>",
      "https://e.org/sitemap.xml", 100, kMiB);
  ASSERT_TRUE(got.status.ok()) << got.status.ToString();
  EXPECT_EQ(got.pages, (Strings{"https://e.org/a", "https://e.org/b"}));
  EXPECT_EQ(got.lastmod, (Strings{"2024-05-01", ""}));
  const ListedUrls index = ParseSitemap(
      "<sitemapindex><sitemap><loc>https://e.org/s1.xml</loc><x:extra><x:loc>https://e.org/no.xml"
      "</x:loc></x:extra></sitemap></sitemapindex>",
      "https://e.org/index.xml", 100, kMiB);
  EXPECT_EQ(index.sitemaps, (Strings{"https://e.org/s1.xml"}));
}

TEST(SitemapParseTest, ALongLastmodIsCutNotCopiedToEveryLoc) {
  // Every <loc> of a <url> takes its <lastmod>: one of 64 KiB before 200
  // <loc>s was 200 copies of it (a sitemap of 1 MiB so made took 840 MB).
  // It is cut at 64 bytes, past any date as written.
  std::string doc = "<urlset><url><lastmod>" + std::string(64 << 10, '2') + "</lastmod>";
  for (int i = 0; i < 200; ++i) doc += "<loc>https://e.org/p" + std::to_string(i) + "</loc>";
  doc += "</url></urlset>";
  const ListedUrls got = ParseSitemap(doc, "https://e.org/sitemap.xml", 1000, 1 << 20);
  ASSERT_EQ(got.pages.size(), 200u);
  ASSERT_EQ(got.lastmod.size(), 200u);
  for (const std::string& date : got.lastmod) EXPECT_EQ(date, std::string(64, '2'));
}

TEST(DiscoveryParseTest, AByteOrderMarkIsPassedOver) {
  const std::string bom = "\xEF\xBB\xBF";
  ListedUrls got = ParseSitemap(bom + "<urlset><url><loc>https://example.org/a</loc></url></urlset>",
                                "https://example.org/s.xml", 100, kMiB);
  ASSERT_TRUE(got.status.ok()) << got.status.ToString();
  EXPECT_EQ(got.pages, (Strings{"https://example.org/a"}));
  got = ParseFeed(" " + bom + " {\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":"
                  "[{\"url\":\"https://example.org/j\"}]}",
                  "https://example.org/feed.json", 100);
  ASSERT_TRUE(got.status.ok()) << got.status.ToString();
  EXPECT_EQ(got.pages, (Strings{"https://example.org/j"}));
}

// `ascii` in UTF-16 after its byte order mark, little-endian or big-endian.
std::string Utf16(std::string_view ascii, bool little_endian) {
  std::string out = little_endian ? "\xFF\xFE" : "\xFE\xFF";
  for (const char c : ascii) {
    out += little_endian ? c : '\0';
    out += little_endian ? '\0' : c;
  }
  return out;
}

// A sitemap or feed in UTF-16 (a byte order mark says so) is read: each was
// "not a sitemap (neither XML nor a list of http or https URLs)", "not a
// feed (neither XML nor JSON)".
TEST(DiscoveryParseTest, Utf16BodiesAreRead) {
  for (const bool le : {true, false}) {
    ListedUrls got = ParseSitemap(Utf16("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<urlset><url>"
                                        "<loc>https://example.org/a</loc></url></urlset>", le),
                                  "https://example.org/s.xml", 100, kMiB);
    ASSERT_TRUE(got.status.ok()) << got.status.ToString();
    EXPECT_EQ(got.pages, (Strings{"https://example.org/a"}));
    got = ParseSitemap(Utf16("https://example.org/t1\r\nhttps://example.org/t2\r\n", le),
                       "https://example.org/s.txt", 100, kMiB);
    ASSERT_TRUE(got.status.ok()) << got.status.ToString();
    EXPECT_EQ(got.pages, (Strings{"https://example.org/t1", "https://example.org/t2"}));
    got = ParseFeed(Utf16("{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":"
                          "[{\"url\":\"https://example.org/j\"}]}", le),
                    "https://example.org/feed.json", 100);
    ASSERT_TRUE(got.status.ok()) << got.status.ToString();
    EXPECT_EQ(got.pages, (Strings{"https://example.org/j"}));
    got = ParseFeed(Utf16("<rss><channel><item><link>https://example.org/r</link></item></channel></rss>", le),
                    "https://example.org/feed.xml", 100);
    ASSERT_TRUE(got.status.ok()) << got.status.ToString();
    EXPECT_EQ(got.pages, (Strings{"https://example.org/r"}));
  }
  // What is no sitemap in UTF-16 is named as in UTF-8.
  const ListedUrls robots = ParseSitemap(Utf16("User-agent: *\nDisallow: /x\n", true),
                                         "https://x/s.xml", 100, kMiB);
  EXPECT_NE(robots.status.message().find("not a sitemap (neither XML nor a list"), std::string::npos);
}

TEST(SitemapParseTest, HostileSitemapsEndInErrorsOrBounds) {
  // Billion laughs: refused before parsing.
  std::string laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol0 \"lol\">";
  for (int i = 1; i < 10; ++i) {
    laughs += "<!ENTITY lol" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k) laughs += "&lol" + std::to_string(i - 1) + ";";
    laughs += "\">";
  }
  laughs += "]><urlset><url><loc>https://x/&lol9;</loc></url></urlset>";
  ListedUrls got = ParseSitemap(laughs, "https://x/s.xml", 100, kMiB);
  EXPECT_EQ(got.status.code(), Code::kDecodeError);
  EXPECT_NE(got.status.message().find("declares entities"), std::string::npos) << got.status.message();
  EXPECT_TRUE(got.pages.empty());
  // The same in UTF-16 (little-endian, no byte-order mark: it opens with
  // '<', so it goes to libxml2, which reads it): refused alike, before
  // libxml2 sees it. It passed the check and only libxml2's own loop
  // detector stopped it ("not well-formed XML (line 0: Detected an entity
  // reference loop)").
  std::string wide;
  for (const char c : "<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + laughs) wide += std::string(1, c) + '\0';
  got = ParseSitemap(wide, "https://x/s.xml", 100, kMiB);
  EXPECT_EQ(got.status.code(), Code::kDecodeError);
  EXPECT_NE(got.status.message().find("declares entities"), std::string::npos) << got.status.message();

  // Only a DOCTYPE declares entities, before the root element, past any
  // comment or processing instruction: so found there, refused alike.
  got = ParseSitemap("<?xml version=\"1.0\"?><!-- <urlset> --><?pi <x> ?>\n" + laughs.substr(21),
                     "https://x/s.xml", 100, kMiB);
  EXPECT_NE(got.status.message().find("declares entities"), std::string::npos)
      << got.status.message();
  // Declarations written in the content declare nothing: libxml2 reads
  // none there (it stops), and nothing is expanded.
  got = ParseSitemap("<urlset><url><loc>https://x/a</loc></url>" + laughs.substr(21),
                     "https://x/s.xml", 100, kMiB);
  EXPECT_EQ(got.pages, (Strings{"https://x/a"}));
  EXPECT_EQ(got.status.code(), Code::kDecodeError);
  EXPECT_EQ(got.status.message().find("declares entities"), std::string::npos)
      << got.status.message();

  // An external entity or DTD is never fetched; the document still reads.
  got = ParseSitemap("<!DOCTYPE urlset SYSTEM \"http://127.0.0.1:1/evil.dtd\"><urlset><url>"
                     "<loc>https://x/a</loc></url></urlset>", "https://x/s.xml", 100, kMiB);
  EXPECT_EQ(got.pages, (Strings{"https://x/a"}));

  // Cut off mid-document: what came before is kept, the fault is named.
  got = ParseSitemap("<urlset><url><loc>https://x/a</loc></url><url><loc>https://x/b", "https://x/s.xml",
                     100, kMiB);
  EXPECT_EQ(got.pages, (Strings{"https://x/a"}));
  EXPECT_EQ(got.status.code(), Code::kDecodeError);
  EXPECT_EQ(got.status.message().rfind("https://x/s.xml: not well-formed XML", 0), 0u)
      << got.status.message();

  // 100,000 nested elements: libxml2's depth limit stops it.
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<a>";
  got = ParseSitemap(deep, "https://x/s.xml", 100, kMiB);
  EXPECT_EQ(got.status.code(), Code::kDecodeError);

  // A gzip bomb: stopped at max_bytes.
  got = ParseSitemap(pith::internal::Gzip(std::string(8 * kMiB, ' ')), "https://x/s.xml.gz", 100, kMiB);
  EXPECT_EQ(got.status.code(), Code::kTooLarge);
  EXPECT_EQ(
      got.status.message(),
      "https://x/s.xml.gz: gzip data inflates to more than 1 MiB (FetchOptions::max_body_bytes)");

  // More URLs than the bound: the first are kept and it says so.
  std::string many = "<urlset>";
  for (int i = 0; i < 5000; ++i) many += "<url><loc>https://x/" + std::to_string(i) + "</loc></url>";
  got = ParseSitemap(many + "</urlset>", "https://x/s.xml", 1000, kMiB);
  EXPECT_EQ(got.pages.size(), 1000u);
  EXPECT_TRUE(got.truncated);
}

// The faults real sitemaps and feeds have most, a bare '&' in a URL's query
// and an HTML entity no DTD declares ("&nbsp;"), stopped the reading where
// they stood: each document was reported, but every entry after the fault
// was lost (a sitemap of 50,000 URLs with one "?a=1&b=2" early on gave a
// handful). They are read past now, as libxml2's recovery reads them, and
// the first is still reported with its line; a document cut short keeps
// what came before the cut.
TEST(DiscoveryParseTest, AFaultIsReportedAndTheEntriesAfterItKept) {
  const ListedUrls sitemap = ParseSitemap(
      "<urlset>\n<url><loc>https://e.org/a</loc></url>\n"
      "<url><loc>https://e.org/b?x=1&y=2</loc></url>\n"
      "<url><loc>https://e.org/c?p=1&amp;q=2</loc><lastmod>2024-05-01</lastmod></url>\n"
      "<url><loc>https://e.org/d</loc></url></urlset>\n",
      "https://e.org/s.xml", 100, kMiB);
  EXPECT_EQ(sitemap.pages, (Strings{"https://e.org/a", "https://e.org/b?x=1&y=2",
                                    "https://e.org/c?p=1&q=2", "https://e.org/d"}));
  EXPECT_EQ(sitemap.lastmod, (Strings{"", "", "2024-05-01", ""}));
  EXPECT_EQ(sitemap.status.code(), Code::kDecodeError);
  EXPECT_EQ(
      sitemap.status.message(),
      "https://e.org/s.xml: not well-formed XML (line 3: an '&' that opens no reference, read as "
      "\"&amp;\")");

  const ListedUrls feed = ParseFeed(
      "<rss><channel><title>News&nbsp;&eacute;t&eacute;</title>\n"
      "<item><title>One&nbsp;two</title><link>https://e.org/1</link></item>\n"
      "<item><link>https://e.org/2?a=1&amp;b=2</link></item>\n"
      "<item><link>https://e.org/3</link></item></channel></rss>",
      "https://e.org/feed.xml", 100);
  EXPECT_EQ(feed.pages, (Strings{"https://e.org/1", "https://e.org/2?a=1&b=2", "https://e.org/3"}));
  EXPECT_EQ(feed.status.code(), Code::kDecodeError);
  EXPECT_NE(feed.status.message().find("line 1: Entity 'nbsp' not defined"), std::string::npos)
      << feed.status.message();

  // A tag closed wrong is read past, and the "&amp;" after it is still
  // an '&'; in CDATA and comments an '&' is itself.
  const ListedUrls closed = ParseSitemap(
      "<urlset><url><loc>https://e.org/a</lo></url>\n"
      "<url><loc>https://e.org/b?x=1&amp;y=2</loc></url>\n"
      "<url><loc><![CDATA[https://e.org/c?x&y]]></loc></url><!-- a & b -->\n"
      "<url><loc>https://e.org/d</loc></url></urlset>",
      "https://e.org/s.xml", 100, kMiB);
  EXPECT_EQ(closed.pages, (Strings{"https://e.org/a", "https://e.org/b?x=1&y=2",
                                   "https://e.org/c?x&y", "https://e.org/d"}));
  EXPECT_EQ(closed.status.message(),
            "https://e.org/s.xml: not well-formed XML (line 1: Opening and ending tag mismatch: "
            "loc line 1 "
            "and lo)");

  // Attributes read past a fault too, their entities undone.
  const ListedUrls atom = ParseFeed(
      "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>&nbsp;</title>"
      "<entry><link href=\"https://e.org/a?x=1&amp;y=&#50;\"/></entry>"
      "<entry><link href=\"b&amp;c\"/></entry></feed>",
      "https://e.org/blog/atom", 100);
  EXPECT_EQ(atom.pages, (Strings{"https://e.org/a?x=1&y=2", "https://e.org/blog/b&c"}));
  // Undone in one pass: 8 MiB of "&amp;" in one href (libxml2 allows 10
  // MiB) is read in milliseconds, not the hours a replace at each took.
  std::string amps;
  for (int i = 0; i < (8 << 20) / 5; ++i) amps += "&amp;";
  const auto start = std::chrono::steady_clock::now();
  const ListedUrls wide =
      ParseFeed("<feed><entry><link href=\"https://e.org/?" + amps + "\"/></entry></feed>",
                "https://e.org/atom", 100);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
  ASSERT_EQ(wide.pages.size(), 1u) << wide.status.ToString();
  EXPECT_EQ(wide.pages[0].size(), std::string("https://e.org/?").size() + amps.size() / 5);
}

// A byte the declared encoding cannot convert (a sitemap in UTF-7, or in
// Shift_JIS, with a stray byte) is one libxml2 reports through its generic
// handler, not the reader's: "encoding error : input conversion failed due
// to input error, bytes 0xFF ...", "I/O error : encoder error",
// "xmlParseChunk: encoder error", line after line for one document, went to
// standard error beside pith's own report, which said only "not
// well-formed XML". They are the document's error now, and standard error
// is left alone.
TEST(DiscoveryParseTest, AnEncodingErrorIsReportedNotPrinted) {
  const std::string sitemap_doc =
      "<?xml version=\"1.0\" encoding=\"UTF-7\"?>\n"
      "<urlset><url><loc>https://example.org/\xFF</loc></url></urlset>\n";
  const std::string feed_doc =
      "<?xml version=\"1.0\" encoding=\"UTF-7\"?>\n"
      "<rss><channel><item><link>https://example.org/\xFF</link></item></channel></rss>\n";
  ::testing::internal::CaptureStderr();
  const ListedUrls sitemap = ParseSitemap(sitemap_doc, "https://example.org/s.xml", 100, kMiB);
  const ListedUrls feed = ParseFeed(feed_doc, "https://example.org/feed.xml", 100);
  EXPECT_EQ(::testing::internal::GetCapturedStderr(), "");
  for (const ListedUrls* got : {&sitemap, &feed}) {
    EXPECT_EQ(got->status.code(), Code::kDecodeError) << got->status.ToString();
    EXPECT_NE(got->status.message().find(
                  "not well-formed XML (input conversion failed due to input error, bytes 0xFF"),
              std::string::npos)
        << got->status.message();
    EXPECT_TRUE(got->pages.empty());
  }
}

TEST(FeedParseTest, RssAtomRdfAndJsonFeed) {
  const std::string rss =
      "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>"
      "<link>https://example.org/</link>"  // the channel's, not an item's
      "<item><title>One</title><link>https://example.org/one</link></item>"
      "<item><title>Two</title><guid isPermaLink=\"true\">https://example.org/two</guid></item>"
      "<item><title>Three</title><guid isPermaLink=\"false\">tag:x,2024:3</guid></item>"
      "<item><link>/relative/four</link></item>"
      "</channel></rss>";
  ListedUrls got = ParseFeed(rss, "https://example.org/feed.xml", 100);
  ASSERT_TRUE(got.status.ok()) << got.status.ToString();
  EXPECT_EQ(got.pages, (Strings{"https://example.org/one", "https://example.org/two",
                                "https://example.org/relative/four"}));

  const std::string atom =
      "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title>"
      "<link rel=\"self\" href=\"https://example.org/atom\"/>"
      "<entry><link rel=\"edit\" href=\"https://example.org/edit/1\"/>"
      "<link rel=\"alternate\" type=\"text/html\" href=\"https://example.org/a1\"/></entry>"
      "<entry><link href=\"a2\"/></entry></feed>";
  got = ParseFeed(atom, "https://example.org/blog/atom", 100);
  EXPECT_EQ(got.pages, (Strings{"https://example.org/a1", "https://example.org/blog/a2"}));

  const std::string rdf =
      "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
      "xmlns=\"http://purl.org/rss/1.0/\"><channel rdf:about=\"https://example.org/\"/>"
      "<item rdf:about=\"https://example.org/r1\"><title>x</title></item>"
      "<item rdf:about=\"https://example.org/r2\"><link>https://example.org/r2-link</link></item></rdf:RDF>";
  got = ParseFeed(rdf, "https://example.org/rdf", 100);
  EXPECT_EQ(got.pages, (Strings{"https://example.org/r1", "https://example.org/r2-link"}));

  const std::string json =
      R"({"version":"https://jsonfeed.org/version/1.1","title":"T","items":[)"
      R"({"id":"1","url":"https://example.org/j1"},{"id":"2","external_url":"https://other.org/j2"},)"
      R"({"id":"3"},"junk",{"url":"/j4"}]})";
  got = ParseFeed(json, "https://example.org/feed.json", 100);
  EXPECT_EQ(got.pages, (Strings{"https://example.org/j1", "https://other.org/j2", "https://example.org/j4"}));

  EXPECT_EQ(ParseFeed("{\"title\":1}", "u", 10).status.code(), Code::kDecodeError);
  EXPECT_EQ(ParseFeed(std::string(1000, '[') + std::string(1000, ']'), "u", 10).status.code(),
            Code::kDecodeError);  // too deep to hand to a recursive reader
  EXPECT_EQ(ParseFeed("\x89PNG garbage", "u", 10).status.code(), Code::kDecodeError);
}

// A post about XML may quote an entity declaration in its text: a
// "<!ENTITY" anywhere in the document refused the whole feed ("the XML
// declares entities"), though only a DOCTYPE before the root element can
// declare one.
TEST(FeedParseTest, AnEntityDeclarationQuotedInAPostIsText) {
  const ListedUrls got = ParseFeed(
      "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>XML notes</title>\n"
      "<item><title>Billion laughs</title><link>https://e.org/laughs</link>"
      "<description><![CDATA[Declare <!ENTITY lol \"lol\"> ten times "
      "and...]]></description></item>\n"
      "<item><link>https://e.org/next</link></item></channel></rss>",
      "https://e.org/feed.xml", 100);
  EXPECT_TRUE(got.status.ok()) << got.status.ToString();
  EXPECT_EQ(got.pages, (Strings{"https://e.org/laughs", "https://e.org/next"}));
}

// XML Base: an xml:base on the feed, an entry or a link applies to the links
// inside it, resolved against the base around it (the feed's URL last);
// an entry's base ends with the entry.
TEST(FeedParseTest, XmlBaseResolvesRelativeLinks) {
  const std::string atom =
      "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"http://example.org/blog/\">"
      "<title xml:base=\"http://elsewhere.example/\">t</title>"
      "<entry><link href=\"2024/post-1\"/></entry>"
      "<entry xml:base=\"/other/\"><link href=\"post-2\"/></entry>"
      "<entry xml:base=\"sub/\"><id>x</id><link rel=\"alternate\" href=\"post-3\"/></entry>"
      "<entry><link xml:base=\"https://cdn.example.net/x/\" href=\"post-4\"/></entry>"
      "<entry><link href=\"post-5\"/></entry></feed>";
  ListedUrls got = ParseFeed(atom, "https://feeds.example.com/atom.xml", 100);
  EXPECT_TRUE(got.status.ok()) << got.status.message();
  EXPECT_EQ(got.pages, (Strings{"http://example.org/blog/2024/post-1", "http://example.org/other/post-2",
                                "http://example.org/blog/sub/post-3", "https://cdn.example.net/x/post-4",
                                "http://example.org/blog/post-5"}));
  // RSS too, on the channel; a relative xml:base against the feed's URL.
  const std::string rss =
      "<rss version=\"2.0\"><channel xml:base=\"news/\"><item><link>a.html</link></item>"
      "<item><guid>b.html</guid></item></channel>"
      "<channel><item><link>c.html</link></item></channel></rss>";
  got = ParseFeed(rss, "https://example.org/feeds/rss.xml", 100);
  EXPECT_EQ(got.pages, (Strings{"https://example.org/feeds/news/a.html",
                                "https://example.org/feeds/news/b.html",
                                "https://example.org/feeds/c.html"}));
}

// An item's link wins over its guid wherever each stands, and a link is
// resolved once, where it is read: one an unusable xml:base leaves relative
// is resolved against the feed's URL. (Each link was resolved where read
// and again when taken, and a guid even beside a link: three URL parses an
// item, two thirds of a 100,000-item feed's time.)
TEST(FeedParseTest, AnItemsLinkIsTakenOnceResolved) {
  const std::string rss =
      "<rss version=\"2.0\"><channel><item><guid>https://example.org/g1</guid>"
      "<link>https://example.org/l1</link></item>"
      "<item><link>/l2</link><guid>https://example.org/g2</guid></item>"
      "<item><link>javascript:void(0)</link><guid>https://example.org/g3</guid></item>"
      "<item xml:base=\"javascript:x\"><link>l4</link></item>"
      "<item><link>https://Example.ORG/a b</link></item></channel></rss>";
  const ListedUrls got = ParseFeed(rss, "https://example.org/feeds/rss.xml", 100);
  ASSERT_TRUE(got.status.ok()) << got.status.ToString();
  EXPECT_EQ(got.pages, (Strings{"https://example.org/l1", "https://example.org/l2", "https://example.org/g3",
                                "https://example.org/feeds/l4", "https://Example.ORG/a%20b"}));
}

TEST(FeedParseTest, AMillionItemsStopAtTheBound) {
  // A million items and then a fault the reader can only meet if it reads
  // on past the bound: a feed whose tail is broken XML.
  auto feed_of = [](int items) {
    std::string feed = "<rss><channel>";
    feed.reserve(40 * static_cast<std::size_t>(items) + 64);
    for (int i = 0; i < items; ++i) feed += "<item><link>https://x/" + std::to_string(i) + "</link></item>";
    return feed + "<item><link>https://x/broken</title></channel></rss>";
  };
  const std::string feed = feed_of(1000000);
  const ListedUrls got = ParseFeed(feed, "https://x/feed", 10000);
  EXPECT_EQ(got.pages.size(), 10000u);
  EXPECT_TRUE(got.truncated);
  EXPECT_EQ(got.pages.back(), "https://x/9999");
  // The reader stopped at the bound instead of reading 40 MB: it never met the broken tail.
  EXPECT_TRUE(got.status.ok()) << got.status.ToString();

  // The same tail is met, and named, when the bound lies beyond it (the
  // reader reads ahead, so the fault may come before the last items).
  const ListedUrls whole = ParseFeed(feed_of(100), "https://x/feed", 10000);
  EXPECT_FALSE(whole.truncated);
  EXPECT_FALSE(whole.status.ok());
}

TEST(FeedParseTest, HtmlPagesAnnounceFeedsAndLinks) {
  const std::string page =
      "<!doctype html><html><head><base href=\"https://example.org/blog/\">"
      "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"feed.rss\">"
      "<link rel=\"Alternate\" type=\"application/atom+xml; charset=utf-8\" href=\"/atom.xml\">"
      "<link rel=\"alternate\" hreflang=\"de\" href=\"/de/\">"
      "<link rel=\"stylesheet\" type=\"text/css\" href=\"a.css\"></head><body>"
      "<header><a href=\"/\">Home</a></header><nav><a href=\"/about\">About</a></nav>"
      "<article><a href=\"post-2\">Next</a><a href=\"javascript:void(0)\">x</a></article>"
      "<div role=\"navigation\"><a href=\"/archive#top\">Archive</a></div></body></html>";
  EXPECT_TRUE(pith::internal::LooksLikeHtml(page, ""));
  EXPECT_TRUE(pith::internal::LooksLikeHtml("<rss/>", "text/html; charset=utf-8"));
  EXPECT_FALSE(pith::internal::LooksLikeHtml("<rss/>", "application/rss+xml"));
  const pith::internal::PageLinks links = pith::internal::ScanLinks(page, "text/html", "https://example.org/x");
  EXPECT_EQ(links.feeds, (Strings{"https://example.org/blog/feed.rss", "https://example.org/atom.xml"}));
  ASSERT_EQ(links.anchors.size(), 4u);
  EXPECT_EQ(links.anchors[0].url, "https://example.org/");
  EXPECT_TRUE(links.anchors[0].navigation);
  EXPECT_TRUE(links.anchors[1].navigation);
  EXPECT_EQ(links.anchors[2].url, "https://example.org/blog/post-2");
  EXPECT_FALSE(links.anchors[2].navigation);
  EXPECT_EQ(links.anchors[3].url, "https://example.org/archive#top");
  EXPECT_TRUE(links.anchors[3].navigation);
}

// What a page tells crawlers, read through extract/attributes.h as every
// attribute is: rel="nofollow" on <a> and <area>, <meta name="robots"> and
// the meta named for the crawler's own product token (any case), not one
// named for another crawler; the first canonical link.
TEST(FeedParseTest, HtmlPagesTellCrawlersWhatToFollow) {
  const std::string page =
      "<!doctype html><html><head><meta name=\"otherbot\" content=\"noindex\">"
      "<meta name=\" ExampleBot \" content=\"nofollow\">"
      "<link rel=\"canonical\" href=\"/c\"><link rel=\"canonical\" href=\"/d\"></head><body>"
      "<a href=\"/a\" rel=\"External NoFollow\">a</a><a href=\"/b\" rel=\"noopener\">b</a>"
      "<map><area href=\"/m\" rel=\"nofollow\"></map></body></html>";
  pith::internal::PageLinks links =
      pith::internal::ScanLinks(page, "text/html", "https://example.org/x", "examplebot");
  ASSERT_EQ(links.anchors.size(), 3u);
  EXPECT_TRUE(links.anchors[0].nofollow);
  EXPECT_FALSE(links.anchors[1].nofollow);
  EXPECT_TRUE(links.anchors[2].nofollow);
  EXPECT_EQ(links.canonical, "https://example.org/c");
  EXPECT_TRUE(links.nofollow);    // <meta name="ExampleBot">
  EXPECT_FALSE(links.noindex);    // <meta name="otherbot"> is not for this crawler
  links = pith::internal::ScanLinks(page, "text/html", "https://example.org/x", "pith");
  EXPECT_FALSE(links.nofollow);
  EXPECT_FALSE(links.noindex);
}

// A link inside an inline <svg> (SVG 2's <a href>, SVG 1.1's <a
// xlink:href>) is a link a browser follows: the link scan finds it, though
// the strip pass drops an <svg>'s content for extraction, which never reads
// it (the crawl's shared parse gives the same article).
TEST(FeedParseTest, LinksInsideAnSvgAreCrawlLinks) {
  const std::string page =
      "<!doctype html><html><body><article><p>A story long enough to be the article of the "
      "page, with a map drawn in SVG and a link to <a href=\"/html\">another page</a>.</p>"
      "<svg viewBox=\"0 0 10 10\"><g><a href=\"/svg2\"><rect width=\"5\" height=\"5\"/></a>"
      "<a xlink:href=\"/svg11\"><text>Region</text></a></g><svg><a href=\"/inner\"><circle r=\"1\"/></a>"
      "</svg></svg><svg><circle r=\"2\"/></svg></article></body></html>";
  const pith::internal::PageLinks links = pith::internal::ScanLinks(page, "text/html", "https://example.org/x");
  Strings urls;
  for (const pith::internal::PageLink& l : links.anchors) urls.push_back(l.url);
  EXPECT_EQ(urls, (Strings{"https://example.org/html", "https://example.org/svg2", "https://example.org/svg11",
                           "https://example.org/inner"}));
  pith::Response r;
  r.url = "https://example.org/x";
  r.content_type = "text/html";
  r.body = page;
  pith::internal::ParseHook hook;
  hook.strip.keep_crawler_reads = true;
  const pith::Result<pith::Article> shared = pith::internal::ExtractResponse(r, {}, &hook);
  const pith::Result<pith::Article> alone = pith::ExtractResponse(r);
  ASSERT_TRUE(shared.ok());
  ASSERT_TRUE(alone.ok());
  EXPECT_EQ(pith::RenderJson(*shared, {}), pith::RenderJson(*alone, {}));  // the whole article
}

TEST(NormalizeUrlTest, FragmentsPortsAndTrackingGo) {
  EXPECT_EQ(pith::NormalizeUrl("HTTP://Example.ORG:80/a#frag"), "http://example.org/a");
  EXPECT_EQ(pith::NormalizeUrl("https://example.org:443"), "https://example.org/");
  EXPECT_EQ(pith::NormalizeUrl("https://example.org:8443/x"), "https://example.org:8443/x");
  EXPECT_EQ(pith::NormalizeUrl("https://e.org/p?utm_source=x&id=7&fbclid=1&UTM_Medium=m&gclid=2&b=&"),
            "https://e.org/p?id=7&b=");
  EXPECT_EQ(pith::NormalizeUrl("https://e.org/p?utm_campaign=only"), "https://e.org/p");
  EXPECT_EQ(pith::NormalizeUrl("ftp://e.org/"), "");
  EXPECT_EQ(pith::NormalizeUrl("not a url"), "");
}


// What a crawler compares URLs by: two spellings of one page give one
// string. RFC 3986 6.2.2 (case, percent-encoding, dot segments) and 6.2.3
// (the scheme's default port, an empty path), and a host's final dot.
TEST(NormalizeUrlTest, SpellingsOfOnePageAreOneUrl) {
  struct Case {
    const char* url;
    const char* normalized;
  };
  const Case cases[] = {
      {"HTTPS://EXAMPLE.org/A/b", "https://example.org/A/b"},       // the path keeps its case
      {"https://example.org./a", "https://example.org/a"},          // the host's final dot
      {"https://example.org:443/a", "https://example.org/a"},
      {"http://example.org:80", "http://example.org/"},
      {"https://example.org/a/./b/../c", "https://example.org/a/c"},
      {"https://example.org/a/b/..", "https://example.org/a/"},
      {"https://example.org/../a", "https://example.org/a"},
      {"https://example.org/a%2fb", "https://example.org/a%2Fb"},   // escapes upper-cased
      {"https://example.org/%7euser/%61", "https://example.org/~user/a"},  // unreserved decoded
      {"https://example.org/a%2Fb", "https://example.org/a%2Fb"},   // "%2F" stays apart from "/"
      {"https://example.org/p?q=%3d", "https://example.org/p?q=%3D"},
      {"https://example.org/p?", "https://example.org/p"},          // an empty query
      {"https://example.org/p#x?y", "https://example.org/p"},
      {"https://example.org/caf\xC3\xA9", "https://example.org/caf%C3%A9"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(pith::NormalizeUrl(c.url), c.normalized) << c.url;
  }
}

// A site for discovery: robots.txt naming a sitemap index that lists
// itself, a gzipped sitemap and an endless chain of nested indexes; feeds
// of every kind and an HTML page announcing two; a million-item feed; and a
// small site to crawl.
class DiscoverSite {
 public:
  explicit DiscoverSite(const std::string& address = "127.0.0.1")
      : server_(std::make_unique<HttpServer>([this](const Request& r) { return Route(r); }, address)) {}
  std::string Url(const std::string& path) const { return server_->Url(path); }
  int Count(const std::string& target) const {
    int n = 0;
    for (const Request& r : server_->Requests()) n += r.target == target;
    return n;
  }
  // When each request for a page (robots.txt left out) arrived.
  std::vector<Request> PageRequests() const {
    std::vector<Request> out;
    for (const Request& r : server_->Requests()) {
      if (r.target != "/robots.txt") out.push_back(r);
    }
    return out;
  }
  std::set<std::string> Targets() const {
    std::set<std::string> out;
    for (const Request& r : server_->Requests()) out.insert(r.target);
    return out;
  }

 private:
  static Reply Body(std::string body, const std::string& type) {
    Reply r;
    r.headers.emplace_back("Content-Type", type);
    r.body = std::move(body);
    return r;
  }
  static std::string Urlset(const Strings& locs) {
    std::string out = "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">";
    for (const std::string& l : locs) out += "<url><loc>" + l + "</loc></url>";
    return out + "</urlset>";
  }
  static std::string Index(const Strings& locs) {
    std::string out = "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">";
    for (const std::string& l : locs) out += "<sitemap><loc>" + l + "</loc></sitemap>";
    return out + "</sitemapindex>";
  }
  static std::string Page(const std::string& body) {
    return "<!doctype html><html><head><title>t</title></head><body>" + body + "</body></html>";
  }
  static std::string Story(const std::string& links) {
    return Page("<nav><a href=\"/c/nav-only\">Section</a></nav><article><h1>A story</h1><p>"
                "This story has enough words to count as the article of the page, with a link "
                "to " + links + " in the middle of its text, and more words after it.</p></article>");
  }

  Reply Route(const Request& r) {
    const std::string& t = r.target;
    if (t == "/robots.txt") {
      return Body("User-agent: *\nDisallow: /private/\nSitemap: " + Url("/sitemap_index.xml") + "\n",
                  "text/plain");
    }
    if (t == "/sitemap_index.xml") {
      return Body(Index({Url("/sitemap-a.xml"), Url("/sitemap_index.xml"), Url("/sitemap-b.xml.gz"),
                         Url("/nested/1.xml"), Url("/missing.xml")}),
                  "application/xml");
    }
    if (t == "/sitemap-a.xml") {
      return Body("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>" + Url("/p/1") +
                  "</loc><lastmod>2024-05-01</lastmod></url><url><loc>" + Url("/p/2") +
                  "</loc></url><url><loc>" + Url("/private/x") + "</loc></url></urlset>",
                  "application/xml");
    }
    if (t == "/sitemap-b.xml.gz") {
      return Body(pith::internal::Gzip(Urlset({Url("/p/3"), Url("/p/1")})), "application/gzip");
    }
    if (t.rfind("/nested/", 0) == 0) {  // each lists the next, without end
      const int n = std::atoi(t.c_str() + 8);
      return Body(Index({Url("/nested/" + std::to_string(n + 1) + ".xml")}), "application/xml");
    }
    if (t == "/list.txt") return Body(Url("/p/t1") + "\n" + Url("/p/t2") + "\n", "text/plain");
    if (t == "/feed.rss") {
      return Body("<rss version=\"2.0\"><channel><item><link>" + Url("/p/r1") +
                  "</link></item></channel></rss>", "application/rss+xml");
    }
    if (t == "/feed.atom") {
      return Body("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><link href=\"/p/a1\"/></entry>"
                  "<entry><link href=\"/p/r1\"/></entry></feed>", "application/atom+xml");
    }
    if (t == "/feed.json") {
      return Body("{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[{\"url\":\"/p/j1\"}]}",
                  "application/feed+json");
    }
    if (t == "/blog") {
      return Body("<!doctype html><html><head>"
                  "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed.rss\">"
                  "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/feed.atom\">"
                  "</head><body><p>A blog.</p></body></html>", "text/html");
    }
    if (t == "/plain-page") return Body(Page("<p>no feeds here</p>"), "text/html");
    if (t == "/huge-feed") {
      static const std::string huge = [] {
        std::string f = "<rss><channel>";
        for (int i = 0; i < 1000000; ++i) f += "<item><link>/p/" + std::to_string(i) + "</link></item>";
        return f + "</channel></rss>";
      }();
      return Body(huge, "application/rss+xml");
    }
    // The site to crawl: /c/ links on to /c/a and /c/b (by several spellings),
    // a PDF, another prefix, another host, a disallowed page; /c/a starts a
    // chain /c/chain/1, /c/chain/2, ... without end.
    if (t == "/c/") {
      return Body(
          Story("<a href=\"/c/a\">a</a>, <a href=\"/c/b#part\">b</a>, "
                "<a href=\"/c/a?utm_source=feed&fbclid=9\">a again</a>, "
                "<a href=\"http://127.0.0.1:" +
                std::to_string(server_->port()) +
                "/c/b\">b again</a>, "
                "<a href=\"/c/report.pdf\">a PDF</a>, <a href=\"/c/expected.JSON\">data</a>, "
                "<a href=\"/c/README.md\">notes</a>, <a href=\"/elsewhere/x\">elsewhere</a>, "
                "<a href=\"http://127.0.0.2:9/c/z\">another host</a>, "
                "<a href=\"/c/private-not\">ok</a> and <a href=\"/private/y\">private</a>"),
          "text/html");
    }
    if (t.rfind("/c/chain/", 0) == 0 || t == "/c/a") {
      const int n = t == "/c/a" ? 0 : std::atoi(t.c_str() + 9);
      return Body(Story("<a href=\"/c/chain/" + std::to_string(n + 1) + "\">the next</a>"), "text/html");
    }
    // What a careful crawler reads beyond links: /r/ links to a page that
    // redirects, a page naming another canonical, a rel="nofollow" link,
    // pages whose <meta name="robots"> or X-Robots-Tag say nofollow or
    // noindex; /r/next, found later, links again to where the redirect
    // landed and to the canonical page.
    if (t == "/r/") {
      return Body(Story("<a href=\"/r/old\">old</a>, <a href=\"/r/dup\">dup</a>, "
                        "<a rel=\"external nofollow\" href=\"/r/nf\">nf</a>, <a href=\"/r/meta-nf\">m</a>, "
                        "<a href=\"/r/noindex\">ni</a>, <a href=\"/r/xrt\">x</a>"),
                  "text/html");
    }
    if (t == "/r/old") {
      Reply moved = Body("moved", "text/plain");
      moved.status = 301;
      moved.reason = "Moved Permanently";
      moved.headers.emplace_back("Location", "/r/new");
      return moved;
    }
    if (t == "/r/new") return Body(Story("<a href=\"/r/next\">next</a>"), "text/html");
    if (t == "/r/next") {
      return Body(Story("<a href=\"/r/new\">new</a>, <a href=\"/r/old\">old</a>, "
                        "<a href=\"/r/canon\">canon</a>"),
                  "text/html");
    }
    auto head_page = [&](const std::string& head, const std::string& links) {
      return Body("<!doctype html><html><head><title>t</title>" + head + "</head><body><article><p>"
                  "A page with enough words to count as the article of the page, linking to " +
                  links + " in the middle of its text.</p></article></body></html>", "text/html");
    };
    if (t == "/r/dup") return head_page("<link rel=\"canonical\" href=\"/r/canon\">", "nothing");
    if (t == "/r/meta-nf") {
      return head_page("<meta name=\"ROBOTS\" content=\"index, NoFollow\">", "<a href=\"/r/never1\">x</a>");
    }
    if (t == "/r/noindex") {
      return head_page("<meta name=\"robots\" content=\"noindex\">", "<a href=\"/r/from-noindex\">x</a>");
    }
    if (t == "/r/xrt") {
      Reply tagged = head_page("", "<a href=\"/r/never2\">x</a>");
      tagged.headers.emplace_back("X-Robots-Tag", "otherbot: noindex");
      tagged.headers.emplace_back("X-Robots-Tag", "pith: nofollow");
      return tagged;
    }
    if (t.rfind("/c/", 0) == 0 || t.rfind("/p/", 0) == 0 || t.rfind("/elsewhere/", 0) == 0 ||
        t.rfind("/r/", 0) == 0 ||
        t.rfind("/private/", 0) == 0) {
      return Body(Story("nothing"), "text/html");
    }
    Reply missing = Body("no", "text/plain");
    missing.status = 404;
    missing.reason = "Not Found";
    return missing;
  }

  std::unique_ptr<HttpServer> server_;
};

class DiscoverTest : public testing::Test {
 protected:
  void SetUp() override {
    pith::testing::ClearProxyVariables();
    fetch_.per_host_delay_seconds = 0;
    fetch_.max_per_host = 8;
    fetch_.timeout_seconds = 10;
  }
  static bool Mentions(const std::vector<pith::Status>& problems, const std::string& text) {
    for (const pith::Status& p : problems) {
      if (p.message().find(text) != std::string::npos) return true;
    }
    return false;
  }
  DiscoverSite site_;
  pith::FetchOptions fetch_;
  pith::DiscoverOptions options_;
};

TEST_F(DiscoverTest, SitemapsFromASiteRootThroughRobotsTxtBounded) {
  pith::Fetcher fetcher(fetch_);
  options_.max_sitemap_depth = 4;
  const pith::Discovery found = pith::DiscoverSitemaps(site_.Url("/"), fetcher, options_);
  EXPECT_EQ(std::set<std::string>(found.urls.begin(), found.urls.end()),
            (std::set<std::string>{site_.Url("/p/1"), site_.Url("/p/2"), site_.Url("/private/x"),
                                   site_.Url("/p/3")}));
  EXPECT_EQ(found.urls.size(), 4u);  // /p/1 listed twice, kept once
  ASSERT_EQ(found.lastmod.size(), found.urls.size());  // one a URL (b.xml.gz lists /p/1 with none)
  for (std::size_t i = 0; i < found.urls.size(); ++i) {
    EXPECT_EQ(found.lastmod[i], found.urls[i] == site_.Url("/p/1") ? "2024-05-01" : "") << found.urls[i];
  }
  EXPECT_EQ(site_.Count("/robots.txt"), 1);         // for the rules and the Sitemap: line alike
  EXPECT_EQ(site_.Count("/sitemap_index.xml"), 1);  // lists itself: read once
  EXPECT_EQ(site_.Count("/nested/4.xml"), 1);
  EXPECT_EQ(site_.Count("/nested/5.xml"), 0);  // the depth bound fired
  EXPECT_TRUE(Mentions(found.problems, site_.Url("/nested/5.xml") + ": not read, sitemap indexes nested deeper than 4"));
  EXPECT_TRUE(Mentions(found.problems, site_.Url("/missing.xml") + ": HTTP 404"));
  EXPECT_EQ(found.problems.size(), 2u);

  options_.max_sitemaps = 3;
  const pith::Discovery few = pith::DiscoverSitemaps(site_.Url("/sitemap_index.xml"), fetcher, options_);
  EXPECT_TRUE(Mentions(few.problems, "more than 3 sitemaps; the rest are not read")) << few.problems.size();

  const pith::Discovery text = pith::DiscoverSitemaps(site_.Url("/list.txt"), fetcher, options_);
  EXPECT_EQ(text.urls, (Strings{site_.Url("/p/t1"), site_.Url("/p/t2")}));
}

// sitemaps.org's rule: a sitemap lists its own host's pages, or those of
// the host whose robots.txt names it (a sitemap kept elsewhere, "cross-
// submitted"), and an index those hosts' sitemaps. Every URL was taken: a
// sitemap anyone puts on a host of their own sent the crawler to any other
// site, and an index to any other host's sitemaps.
TEST_F(DiscoverTest, ASitemapListsItsOwnSitesPagesOnly) {
  HttpServer other([](const Request&) { return Reply(); }, "127.0.0.3");
  std::unique_ptr<HttpServer> cdn;
  HttpServer site([&](const Request& r) {
    Reply reply;
    reply.headers.emplace_back("Content-Type", "application/xml");
    auto urlset = [](const Strings& locs) {
      std::string out = "<urlset>";
      for (const std::string& l : locs) out += "<url><loc>" + l + "</loc></url>";
      return out + "</urlset>";
    };
    if (r.target == "/robots.txt") {
      reply.headers[0].second = "text/plain";
      reply.body = "User-agent: *\nDisallow:\nSitemap: " + cdn->Url("/site.xml") + "\n";
    } else if (r.target == "/own.xml") {
      reply.body = urlset(
          {"http://" + std::string("127.0.0.1:") + std::to_string(cdn->port()) + "/p/same-ip",
           other.Url("/p/x"), cdn->Url("/p/y")});
    } else if (r.target == "/index.xml") {
      reply.body = "<sitemapindex><sitemap><loc>" + cdn->Url("/site.xml") +
                   "</loc></sitemap><sitemap><loc>" + other.Url("/s.xml") +
                   "</loc></sitemap></sitemapindex>";
    }
    return reply;
  });
  const std::string site_page = site.Url("/p/1");
  cdn = std::make_unique<HttpServer>(
      [&](const Request& r) {
        Reply reply;
        reply.headers.emplace_back("Content-Type", "application/xml");
        if (r.target == "/site.xml") {
          reply.body = "<urlset><url><loc>" + site_page + "</loc></url><url><loc>" +
                       cdn->Url("/p/2") + "</loc></url><url><loc>" + other.Url("/p/3") +
                       "</loc></url></urlset>";
        }
        return reply;
      },
      "127.0.0.2");
  pith::Fetcher fetcher(fetch_);

  // Given itself: its own host's pages (127.0.0.1 on any port); the others
  // are counted out.
  pith::Discovery found = pith::DiscoverSitemaps(site.Url("/own.xml"), fetcher, options_);
  EXPECT_EQ(found.urls,
            (Strings{"http://127.0.0.1:" + std::to_string(cdn->port()) + "/p/same-ip"}));
  EXPECT_TRUE(Mentions(found.problems,
                       site.Url("/own.xml") + ": 2 URLs on another host than 127.0.0.1 left out"))
      << found.problems.size();

  // Named by the site's robots.txt from another host: the site's pages and
  // its own, no third host's.
  found = pith::DiscoverSitemaps(site.Url("/"), fetcher, options_);
  EXPECT_EQ(found.urls, (Strings{site_page, cdn->Url("/p/2")}));
  EXPECT_TRUE(Mentions(found.problems, cdn->Url("/site.xml") +
                                           ": 1 URL on another host than 127.0.0.2 or "
                                           "127.0.0.1 (whose robots.txt names it) left out"));

  // Given alone, that sitemap is the other host's: the site's page goes.
  found = pith::DiscoverSitemaps(cdn->Url("/site.xml"), fetcher, options_);
  EXPECT_EQ(found.urls, (Strings{cdn->Url("/p/2")}));

  // An index lists its host's sitemaps: neither other host's is read.
  found = pith::DiscoverSitemaps(site.Url("/index.xml"), fetcher, options_);
  EXPECT_TRUE(found.urls.empty());
  EXPECT_TRUE(
      Mentions(found.problems, site.Url("/index.xml") + ": 2 URLs on another host than 127.0.0.1"));
  EXPECT_TRUE(other.Requests().empty());
}

// A robots.txt naming thousands of sitemaps (a file of 500 KiB names
// tens of thousands, on any hosts) reads no more of them than the bound on
// sitemaps, each once, and says the bound fired. All were requested: 3,000
// named, 3,000 read, the bound of 1,000 held only for an index's sitemaps.
TEST_F(DiscoverTest, ARobotsTxtNamingThousandsOfSitemapsReadsTheBound) {
  HttpServer server([&server](const Request& r) {
    Reply reply;
    reply.headers.emplace_back("Content-Type", "text/plain");
    if (r.target == "/robots.txt") {
      reply.body = "User-agent: *\nDisallow:\nSitemap: " + server.Url("/s/0.xml") + "\n";
      for (int i = 0; i < 3000; ++i) reply.body += "Sitemap: " + server.Url("/s/" + std::to_string(i) + ".xml") + "\n";
    } else {
      reply.body = server.Url("/p" + r.target) + "\n";  // a text sitemap of one page
    }
    return reply;
  });
  pith::Fetcher fetcher(fetch_);
  options_.max_sitemaps = 20;
  const pith::Discovery found = pith::DiscoverSitemaps(server.Url("/"), fetcher, options_);
  int sitemaps = 0, first = 0;
  for (const Request& r : server.Requests()) {
    sitemaps += r.target.rfind("/s/", 0) == 0;
    first += r.target == "/s/0.xml";
  }
  EXPECT_EQ(sitemaps, 20);
  EXPECT_EQ(first, 1);  // named twice, read once
  EXPECT_EQ(found.urls.size(), 20u);
  EXPECT_TRUE(Mentions(found.problems, server.Url("/robots.txt") +
                                           ": names more than 20 sitemaps; the rest are not read"));
}

// A page announcing thousands of feeds has no more of them read than
// DiscoverOptions::max_feeds, each once, and the bound is named. All were
// requested: of 3,000 announced (2,000 distinct), 2,000 downloads.
TEST_F(DiscoverTest, APageAnnouncingThousandsOfFeedsReadsTheBound) {
  HttpServer server([](const Request& r) {
    Reply reply;
    if (r.target == "/blog") {
      reply.headers.emplace_back("Content-Type", "text/html");
      reply.body = "<!doctype html><html><head>";
      for (int i = 0; i < 3000; ++i) {
        reply.body += "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/f/" +
                      std::to_string(i % 2000) + ".xml\">";  // the first 1,000 twice
      }
      reply.body += "</head><body><p>A blog.</p></body></html>";
    } else {
      reply.headers.emplace_back("Content-Type", "application/rss+xml");
      reply.body = "<rss><channel><item><link>/p" + r.target + "</link></item></channel></rss>";
    }
    return reply;
  });
  pith::Fetcher fetcher(fetch_);
  options_.max_feeds = 20;
  const pith::Discovery found = pith::DiscoverFeeds(server.Url("/blog"), fetcher, options_);
  int feeds = 0;
  for (const Request& r : server.Requests()) feeds += r.target.rfind("/f/", 0) == 0;
  EXPECT_EQ(feeds, 20);
  EXPECT_EQ(found.urls.size(), 20u);
  EXPECT_TRUE(Mentions(found.problems, server.Url("/blog") +
                                           ": announces more than 20 feeds; the rest are not read"));
}

TEST_F(DiscoverTest, FeedsOfEveryKindAndThoseAPageAnnounces) {
  pith::Fetcher fetcher(fetch_);
  EXPECT_EQ(pith::DiscoverFeeds(site_.Url("/feed.rss"), fetcher, options_).urls, (Strings{site_.Url("/p/r1")}));
  EXPECT_EQ(pith::DiscoverFeeds(site_.Url("/feed.json"), fetcher, options_).urls, (Strings{site_.Url("/p/j1")}));
  const pith::Discovery blog = pith::DiscoverFeeds(site_.Url("/blog"), fetcher, options_);
  EXPECT_TRUE(blog.problems.empty());
  EXPECT_EQ(std::set<std::string>(blog.urls.begin(), blog.urls.end()),
            (std::set<std::string>{site_.Url("/p/r1"), site_.Url("/p/a1")}));
  EXPECT_EQ(blog.urls.size(), 2u);
  const pith::Discovery none = pith::DiscoverFeeds(site_.Url("/plain-page"), fetcher, options_);
  EXPECT_TRUE(none.urls.empty());
  EXPECT_TRUE(Mentions(none.problems, "announces no feed"));
}

TEST_F(DiscoverTest, AFeedOfAMillionItemsStopsAtTheBound) {
  fetch_.max_body_bytes = 64 * kMiB;
  pith::Fetcher fetcher(fetch_);
  options_.max_urls = 1000;
  const pith::Discovery found = pith::DiscoverFeeds(site_.Url("/huge-feed"), fetcher, options_);
  EXPECT_EQ(found.urls.size(), 1000u);
  EXPECT_TRUE(Mentions(found.problems, site_.Url("/huge-feed") + ": more than 1000 items; the first 1000 are kept"));
}

// A bound a caller sets to 1 is said in the singular: "more than 1 item;
// the first is kept", not "more than 1 items; the first 1 are kept".
TEST_F(DiscoverTest, ABoundOfOneIsSaidInTheSingular) {
  fetch_.max_body_bytes = 64 * kMiB;
  pith::Fetcher fetcher(fetch_);
  options_.max_urls = 1;
  const pith::Discovery feed = pith::DiscoverFeeds(site_.Url("/huge-feed"), fetcher, options_);
  EXPECT_TRUE(Mentions(feed.problems, site_.Url("/huge-feed") + ": more than 1 item; the first is kept"));
  const pith::Discovery text = pith::DiscoverSitemaps(site_.Url("/list.txt"), fetcher, options_);
  EXPECT_EQ(text.urls, (Strings{site_.Url("/p/t1")}));
  EXPECT_TRUE(Mentions(text.problems, site_.Url("/list.txt") + ": lists more than 1 URL; the first is kept"));
  options_.max_urls = 100;
  options_.max_sitemaps = 1;
  const pith::Discovery few = pith::DiscoverSitemaps(site_.Url("/sitemap_index.xml"), fetcher, options_);
  EXPECT_TRUE(Mentions(few.problems, "more than 1 sitemap; the rest are not read"));
}

TEST_F(DiscoverTest, CrawlStaysOnTheSiteNormalizesAndStopsAtMaxPages) {
  pith::Fetcher fetcher(fetch_);
  options_.max_pages = 8;
  std::vector<pith::Response> pages;
  const pith::Discovery found =
      pith::Crawl(site_.Url("/c/"), fetcher, options_, [&](pith::Response r) { pages.push_back(std::move(r)); });
  EXPECT_TRUE(found.problems.empty());
  EXPECT_EQ(found.urls.size(), 8u);
  EXPECT_EQ(pages.size(), 8u);  // each fetched once
  const std::set<std::string> asked = site_.Targets();
  EXPECT_EQ(site_.Count("/c/a"), 1);
  EXPECT_EQ(site_.Count("/c/b"), 1);
  EXPECT_FALSE(asked.count("/c/report.pdf"));  // skipped by its extension, never requested
  EXPECT_FALSE(asked.count("/c/expected.JSON"));  // data and text files too, in any case
  EXPECT_FALSE(asked.count("/c/README.md"));
  EXPECT_FALSE(asked.count("/c/a?utm_source=feed&fbclid=9"));
  EXPECT_FALSE(asked.count("/private/y"));    // robots.txt
  EXPECT_TRUE(asked.count("/elsewhere/x"));   // no prefix: the whole host
  EXPECT_FALSE(asked.count("/c/chain/9"));    // bounded
  for (const std::string& u : found.urls) EXPECT_EQ(u.find('#'), std::string::npos) << u;
  EXPECT_EQ(std::count(found.urls.begin(), found.urls.end(), site_.Url("/private/y")), 1);
  for (const pith::Response& r : pages) {
    if (r.url == site_.Url("/private/y")) {
      EXPECT_EQ(r.status.code(), Code::kDisallowed);
    }
  }
}

// Two crawls of two hosts, each host's requests 0.5 s apart: they go side by
// side in one run, not one site after the other; a seed whose host refuses
// connections is reported once and holds up neither.
TEST_F(DiscoverTest, CrawlsOfSeveralSitesGoSideBySide) {
  DiscoverSite other("127.0.0.2");
  fetch_.per_host_delay_seconds = 0.5;
  fetch_.max_per_host = 1;
  fetch_.connect_timeout_seconds = 2;
  pith::Fetcher fetcher(fetch_);
  options_.max_pages = 3;
  options_.crawl_prefix = "/c/";
  std::vector<pith::Response> pages;
  const std::string dead = "http://127.0.0.3:1/c/";
  const pith::Discovery found =
      pith::Crawl({site_.Url("/c/"), other.Url("/c/"), dead}, fetcher, options_,
                  [&](pith::Response r) { pages.push_back(std::move(r)); });
  EXPECT_TRUE(found.problems.empty());
  EXPECT_EQ(found.urls.size(), 7u);  // 3 + 3 + the dead seed
  EXPECT_EQ(pages.size(), 7u);
  const std::vector<Request> a = site_.PageRequests(), b = other.PageRequests();
  ASSERT_EQ(a.size(), 3u);
  ASSERT_EQ(b.size(), 3u);
  // b's crawl did not wait for a's to end (it would start 1 s after a's
  // first page), nor a's for b's.
  EXPECT_LT(b[0].received, a[2].received);
  EXPECT_LT(a[0].received, b[2].received);
  for (std::size_t i = 1; i < 3; ++i) {  // each host at its own pace
    EXPECT_GE(std::chrono::duration<double>(a[i].received - a[i - 1].received).count(), 0.45);
    EXPECT_GE(std::chrono::duration<double>(b[i].received - b[i - 1].received).count(), 0.45);
  }
  int dead_reports = 0;
  for (const pith::Response& r : pages) {
    if (r.url != dead) continue;
    ++dead_reports;
    EXPECT_FALSE(r.ok());
    EXPECT_NE(r.status.message().find("cannot connect"), std::string::npos) << r.status.message();
  }
  EXPECT_EQ(dead_reports, 1);
}

// A page is fetched once whatever names it: where a redirect landed and the
// page a <link rel="canonical"> names are not fetched again when a later
// page links to them. The site's wishes about links are kept: a
// rel="nofollow" link, and every link of a page whose <meta name="robots">
// or X-Robots-Tag (for all, or for pith) says nofollow, are not followed; a
// noindex page's links are, but the page comes back skipped.
TEST_F(DiscoverTest, CrawlFetchesAPageOnceAndKeepsNofollowAndNoindex) {
  fetch_.max_per_host = 1;  // one at a time, in the order found
  pith::Fetcher fetcher(fetch_);
  options_.max_pages = 50;
  std::map<std::string, pith::Response> pages;
  const pith::Discovery found = pith::Crawl(site_.Url("/r/"), fetcher, options_, [&](pith::Response r) {
    pages[r.url] = std::move(r);
  });
  EXPECT_TRUE(found.problems.empty());
  EXPECT_EQ(site_.Count("/r/old"), 1);
  EXPECT_EQ(site_.Count("/r/new"), 1);    // landed on by the redirect, not asked for again
  EXPECT_EQ(site_.Count("/r/next"), 1);
  EXPECT_EQ(site_.Count("/r/canon"), 0);  // /r/dup's canonical: the same page
  EXPECT_EQ(site_.Count("/r/nf"), 0);     // rel="nofollow"
  EXPECT_EQ(site_.Count("/r/never1"), 0);  // <meta name="robots" content="nofollow">
  EXPECT_EQ(site_.Count("/r/never2"), 0);  // X-Robots-Tag: pith: nofollow
  EXPECT_EQ(site_.Count("/r/from-noindex"), 1);  // noindex still follows
  ASSERT_TRUE(pages.count(site_.Url("/r/noindex")));
  const pith::Response& noindex = pages[site_.Url("/r/noindex")];
  EXPECT_EQ(noindex.status.code(), Code::kDisallowed);
  EXPECT_EQ(noindex.status.message(),
            site_.Url("/r/noindex") + " asks not to be indexed (<meta name=\"robots\" content=\"noindex\">)");
  EXPECT_TRUE(pages[site_.Url("/r/xrt")].ok());  // "otherbot: noindex" is not for pith
  EXPECT_TRUE(pages[site_.Url("/r/dup")].ok());
}

TEST(RobotsDirectivesTest, MetaAndHeaderValues) {
  struct Case {
    const char* value;
    bool nofollow, noindex;
  };
  const Case cases[] = {
      {"noindex", false, true},          {"NOFOLLOW", true, false},
      {"index, nofollow", true, false},  {"none", true, true},
      {" noindex ,nofollow ", true, true}, {"all", false, false},
      {"pith: noindex", false, true},    {"otherbot: noindex", false, false},
      {"robots: nofollow", true, false}, {"max-snippet: 20, noindex", false, true},
      {"unavailable_after: 25 Jun 2010 15:00:00 PST", false, false},
  };
  for (const Case& c : cases) {
    bool nofollow = false, noindex = false;
    pith::internal::ReadRobotsDirectives(c.value, "pith", &nofollow, &noindex);
    EXPECT_EQ(nofollow, c.nofollow) << c.value;
    EXPECT_EQ(noindex, c.noindex) << c.value;
  }
}

TEST_F(DiscoverTest, CrawlPrefixAndWhichLinksAreFollowed) {
  pith::Fetcher fetcher(fetch_);
  options_.max_pages = 50;
  options_.crawl_prefix = "/c/";
  options_.follow = pith::DiscoverOptions::Follow::kNavigation;
  const pith::Discovery nav = pith::Crawl(site_.Url("/c/"), fetcher, options_, [](pith::Response) {});
  std::set<std::string> got(nav.urls.begin(), nav.urls.end());
  EXPECT_EQ(got, (std::set<std::string>{site_.Url("/c/"), site_.Url("/c/nav-only")}));

  options_.follow = pith::DiscoverOptions::Follow::kContent;
  options_.max_pages = 5;
  const pith::Discovery content = pith::Crawl(site_.Url("/c/"), fetcher, options_, [](pith::Response) {});
  got = std::set<std::string>(content.urls.begin(), content.urls.end());
  EXPECT_TRUE(got.count(site_.Url("/c/a")));
  EXPECT_FALSE(got.count(site_.Url("/c/nav-only")));   // in <nav>, not in the story
  EXPECT_FALSE(got.count(site_.Url("/elsewhere/x")));  // outside the prefix
  EXPECT_EQ(content.urls.size(), 5u);
}

// A crawl that extracts parses each page once for its article and its
// links: it finds what the crawl without extraction finds, whichever links
// it follows, and each page's article is the one ExtractResponse() gives;
// a page saying noindex comes with kDisallowed.
TEST_F(DiscoverTest, ACrawlThatExtractsFindsTheSamePagesAndArticles) {
  fetch_.max_per_host = 1;  // one at a time, in the order found
  options_.max_pages = 50;
  pith::ExtractOptions extract;
  extract.min_text_chars = 20;
  for (const auto follow : {pith::DiscoverOptions::Follow::kAll, pith::DiscoverOptions::Follow::kContent,
                            pith::DiscoverOptions::Follow::kNavigation}) {
    options_.follow = follow;
    for (const char* seed : {"/r/", "/c/"}) {
      pith::Fetcher plain_fetcher(fetch_);
      const pith::Discovery plain = pith::Crawl(site_.Url(seed), plain_fetcher, options_, [](pith::Response) {});
      pith::Fetcher fetcher(fetch_);
      std::size_t pages = 0;
      const pith::Discovery extracted = pith::Crawl(
          std::vector<std::string>{site_.Url(seed)}, fetcher, options_, extract,
          [&](pith::Response r, pith::Result<pith::Article> article) {
            ++pages;
            const pith::Result<pith::Article> alone = pith::ExtractResponse(r, extract);
            ASSERT_EQ(article.ok(), alone.ok()) << r.url;
            if (!article.ok()) {
              EXPECT_EQ(article.status().ToString(), alone.status().ToString());
              return;
            }
            EXPECT_EQ(article->text, alone->text) << r.url;
            EXPECT_EQ(article->canonical, alone->canonical) << r.url;
          });
      EXPECT_EQ(extracted.urls, plain.urls) << seed;
      EXPECT_EQ(pages, extracted.urls.size()) << seed;
    }
  }
  options_.follow = pith::DiscoverOptions::Follow::kAll;
  pith::Fetcher fetcher(fetch_);
  std::map<std::string, pith::Status> statuses;
  pith::Crawl(std::vector<std::string>{site_.Url("/r/")}, fetcher, options_, extract,
              [&](pith::Response r, pith::Result<pith::Article> article) { statuses[r.url] = article.status(); });
  EXPECT_EQ(statuses[site_.Url("/r/noindex")].code(), Code::kDisallowed);
  EXPECT_TRUE(statuses[site_.Url("/r/")].ok());
}

// A page saying noindex is skipped whatever its article says. One whose
// X-Robots-Tag header says so is known before it is parsed: the extracting
// crawl reads it for its links alone. One whose robots meta says so is
// known once parsed: its extraction stops there, after its links are read.
// Their links are still followed, and they are extracted when the links
// followed are those of their article (--follow content, the page not
// nofollow); they are handed over with kDisallowed.
TEST_F(DiscoverTest, ACrawlDoesNotExtractAPageThatSaysNotToIndex) {
  HttpServer server([](const Request& r) {
    Reply reply;
    reply.headers.emplace_back("Content-Type", "text/html");
    const std::string article = "<article><p>A page long enough to be an article, not to be indexed, links "
                                "to <a href=\"/after\">the page after it</a> in its text.</p></article>"
                                "</body></html>";
    if (r.target == "/") {
      reply.body = "<!doctype html><html><body><nav><a href=\"/hidden\">hidden</a> <a href=\"/meta\">meta</a> "
                   "<a href=\"/quiet\">quiet</a></nav><article><p>The first page, long enough to be an "
                   "article, links to <a href=\"/hidden\">a page not to be indexed</a>, <a href=\"/meta\">"
                   "another</a> and <a href=\"/quiet\">a quiet one</a> in its text.</p></article></body></html>";
    } else if (r.target == "/hidden") {
      reply.headers.emplace_back("X-Robots-Tag", "noindex");
      reply.body = "<!doctype html><html><body><nav><a href=\"/after\">after</a></nav>" + article;
    } else if (r.target == "/meta") {
      reply.body = "<!doctype html><html><head><meta name=\"robots\" content=\"noindex\"></head><body>"
                   "<nav><a href=\"/after\">after</a></nav>" + article;
    } else if (r.target == "/quiet") {
      reply.body = "<!doctype html><html><head><meta name=\"robots\" content=\"noindex, nofollow\"></head>"
                   "<body><nav><a href=\"/never\">never</a></nav>" + article;
    } else {
      reply.body = "<!doctype html><html><body><p>The last page.</p></body></html>";
    }
    return reply;
  });
  pith::ExtractOptions extract;
  extract.min_text_chars = 20;
  const std::string meta = "<meta name=\"robots\" content=\"noindex\">";
  for (const auto follow : {pith::DiscoverOptions::Follow::kAll, pith::DiscoverOptions::Follow::kNavigation,
                            pith::DiscoverOptions::Follow::kContent}) {
    options_.follow = follow;
    const bool content = follow == pith::DiscoverOptions::Follow::kContent;
    pith::Fetcher fetcher(fetch_);
    std::map<std::string, int> extracted;  // by URL, the extractions that went on past the parse
    std::map<std::string, pith::Status> statuses;
    const pith::Discovery found = pith::internal::CrawlExtracting(
        {server.Url("/")}, fetcher, options_,
        [&](const pith::Response& r, const pith::internal::ParseHook* hook) {
          pith::Result<pith::Article> article = pith::internal::ExtractResponse(r, extract, hook);
          if (article.status().code() != pith::Status::Code::kCancelled) ++extracted[r.url];
          return article;
        },
        [&](pith::Response r, pith::Result<pith::Article> article) { statuses[r.url] = article.status(); });
    EXPECT_EQ(found.urls, (Strings{server.Url("/"), server.Url("/hidden"), server.Url("/meta"),
                                   server.Url("/quiet"), server.Url("/after")}))
        << content;
    EXPECT_EQ(extracted[server.Url("/")], 1);
    EXPECT_EQ(extracted[server.Url("/hidden")], content ? 1 : 0);
    EXPECT_EQ(extracted[server.Url("/meta")], content ? 1 : 0);
    EXPECT_EQ(extracted[server.Url("/quiet")], 0);
    EXPECT_EQ(extracted[server.Url("/after")], 1);
    for (const auto& [path, said] : std::map<std::string, std::string>{
             {"/hidden", "X-Robots-Tag: noindex"}, {"/meta", meta}, {"/quiet", meta}}) {
      EXPECT_EQ(statuses[server.Url(path)].ToString(),
                pith::Status::Disallowed(server.Url(path) + " asks not to be indexed (" + said + ")").ToString())
          << path;
    }
    EXPECT_TRUE(statuses[server.Url("/after")].ok());
  }
}

// The command line: --sitemap, --feed, --crawl, with and without --list.
std::vector<nlohmann::json> JsonLines(const std::string& out) {
  std::vector<nlohmann::json> records;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) records.push_back(nlohmann::json::parse(line));
  return records;
}

TEST_F(DiscoverTest, CliListsWhatDiscoveryFinds) {
  using pith::testing::RunPith;
  // One transfer at a time: the two feeds of /blog complete in their order.
  pith::testing::CliRun r = RunPith("--delay 0 --per-host 1 --list --sitemap " + site_.Url("/sitemap-a.xml") +
                                    " --feed " + site_.Url("/blog"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, site_.Url("/p/1") + "\n" + site_.Url("/p/2") + "\n" + site_.Url("/private/x") + "\n" +
                       site_.Url("/p/r1") + "\n" + site_.Url("/p/a1") + "\n");
  EXPECT_EQ(site_.Count("/p/1"), 0);  // listed, not downloaded

  r = RunPith("--delay 0 --list --crawl " + site_.Url("/c/") +
              " --max-pages 4 --crawl-prefix /c/ --follow content");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, site_.Url("/c/") + "\n" + site_.Url("/c/a") + "\n" + site_.Url("/c/b") + "\n" +
                       site_.Url("/c/private-not") + "\n");

  // Every problem named, what was found still listed.
  r = RunPith("--delay 0 --list --sitemap " + site_.Url("/"));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("pith: " + site_.Url("/missing.xml") + ": HTTP 404"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("nested deeper than 3"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find(site_.Url("/p/3")), std::string::npos);

  r = RunPith("--delay 0 --list --feed " + site_.Url("/plain-page"));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");

  // A crawl whose pages cannot be downloaded names each failure (it listed
  // the seed and ended with exit status 0, nothing said, for a seed that
  // answered 404 or a host that did not answer at all).
  for (const std::string& seed : {site_.Url("/nothing-here"), std::string("http://127.0.0.1:1/")}) {
    r = RunPith("--delay 0 --list --crawl " + seed);
    EXPECT_EQ(r.exit_code, 2) << seed;
    EXPECT_NE(r.err.find("pith: " + seed), std::string::npos) << r.err;
    EXPECT_EQ(r.out, seed + "\n");
  }
  EXPECT_EQ(RunPith("--list " + site_.Url("/c/")).exit_code, 2);  // --list needs discovery
  EXPECT_EQ(RunPith("--follow sideways --crawl " + site_.Url("/c/")).exit_code, 2);
}

// --list --crawl lists what extraction would take: a page asking not to be
// indexed is named as a skip, as when pages are extracted, and is not
// listed (fed back with --urls, it would be taken: a listed page is).
TEST_F(DiscoverTest, CliListLeavesOutAPageAskingNotToBeIndexed) {
  pith::testing::CliRun r =
      pith::testing::RunPith("--delay 0 --per-host 1 --list --crawl " + site_.Url("/r/"));
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(r.out.find(site_.Url("/r/noindex")), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(site_.Url("/r/from-noindex") + "\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(site_.Url("/r/xrt") + "\n"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("pith: " + site_.Url("/r/noindex") + " asks not to be indexed (<meta name=\"robots\" "
                       "content=\"noindex\">) (skipped)\n"),
            std::string::npos)
      << r.err;
  const pith::testing::CliRun extracted =
      pith::testing::RunPith("--delay 0 --per-host 1 --crawl " + site_.Url("/r/"));
  EXPECT_NE(extracted.err.find(site_.Url("/r/noindex") + " asks not to be indexed"), std::string::npos);
  EXPECT_EQ(extracted.exit_code, r.exit_code) << extracted.err;
}

// Runs `pith ARGS` with its standard output a pipe whose reader has left, as
// in `pith ... | head -n 1` once head has its line, and SIGPIPE at its
// default as a shell leaves it. Returns the wait status; *err gets stderr.
int RunIntoClosedPipe(const std::string& args, std::string* err) {
  int fds[2];
  if (pipe(fds) != 0) return -1;
  close(fds[0]);
  char err_path[] = "/tmp/pith-closed-pipe-XXXXXX";
  const int err_fd = mkstemp(err_path);
  const std::string cmd = "exec env -u http_proxy -u https_proxy -u HTTPS_PROXY -u all_proxy "
                          "-u ALL_PROXY " + std::string(PITH_CLI_PATH) + " " + args;
  const pid_t pid = fork();
  if (pid == 0) {
    dup2(fds[1], STDOUT_FILENO);
    dup2(err_fd, STDERR_FILENO);
    std::signal(SIGPIPE, SIG_DFL);
    execl("/bin/sh", "sh", "-c", cmd.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  close(fds[1]);
  close(err_fd);
  int status = -1;
  waitpid(pid, &status, 0);
  std::ifstream in(err_path);
  std::stringstream ss;
  ss << in.rdbuf();
  *err = ss.str();
  unlink(err_path);
  return status;
}

TEST_F(DiscoverTest, CliListIntoAClosedPipeEndsQuietly) {
  std::string err;
  const int status = RunIntoClosedPipe("--delay 0 --list --feed " + site_.Url("/blog"), &err);
  ASSERT_TRUE(WIFEXITED(status)) << "ended by signal " << WTERMSIG(status);
  EXPECT_EQ(WEXITSTATUS(status), 0);  // the exit status so far: the reader's leaving is no error
  EXPECT_EQ(err, "");
  // A problem found before the reader left still counts.
  const int missing = RunIntoClosedPipe("--delay 0 --list --sitemap " + site_.Url("/"), &err);
  ASSERT_TRUE(WIFEXITED(missing));
  EXPECT_EQ(WEXITSTATUS(missing), 2);
  EXPECT_EQ(err.find("cannot write output"), std::string::npos) << err;
}

// Several sites' sitemaps are read side by side, each host at its own pace:
// with 0.3 s between requests to a host, the second site's sitemaps come
// before the first site's last (one after the other, they came 0.3 s after
// it), each site's findings in the order given, and a dead site holds up no
// other. The CLI's --sitemap reads them so.
TEST_F(DiscoverTest, SitemapsOfSeveralSitesGoSideBySide) {
  DiscoverSite other("127.0.0.2");
  fetch_.per_host_delay_seconds = 0.3;
  fetch_.max_per_host = 1;
  fetch_.connect_timeout_seconds = 2;
  options_.max_sitemap_depth = 2;
  pith::Fetcher fetcher(fetch_);
  const pith::Discovery found = pith::DiscoverSitemaps(
      std::vector<std::string>{site_.Url("/"), "http://127.0.0.3:1/", other.Url("/")}, fetcher, options_);
  ASSERT_EQ(found.urls.size(), 8u);
  EXPECT_EQ(found.urls[0], site_.Url("/p/1"));  // the first site's findings first
  EXPECT_EQ(found.urls[4], other.Url("/p/1"));
  EXPECT_EQ(found.lastmod[4], "2024-05-01");
  EXPECT_TRUE(Mentions(found.problems, "http://127.0.0.3:1/sitemap.xml: cannot connect to 127.0.0.3 port 1"));
  EXPECT_TRUE(Mentions(found.problems, other.Url("/missing.xml") + ": HTTP 404"));
  const std::vector<Request> a = site_.PageRequests(), b = other.PageRequests();
  ASSERT_EQ(a.size(), 6u);  // the index, a, b, nested 1 and 2, missing
  ASSERT_EQ(b.size(), 6u);
  EXPECT_LT(b[0].received, a[5].received);
  EXPECT_LT(a[0].received, b[5].received);

  const pith::testing::CliRun r = pith::testing::RunPith(
      "--list --delay 0.3 --per-host 1 --sitemap " + site_.Url("/") + " --sitemap " + other.Url("/"));
  EXPECT_EQ(r.exit_code, 2) << r.err;  // the 404s, the nesting bound
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 8) << r.out;
  const std::vector<Request> a2 = site_.PageRequests(), b2 = other.PageRequests();
  ASSERT_GT(a2.size(), 7u);
  ASSERT_EQ(b2.size(), a2.size());
  EXPECT_LT(b2[6].received, a2.back().received);
}

TEST_F(DiscoverTest, CliCrawlsOfSeveralSitesGoSideBySide) {
  DiscoverSite other("127.0.0.2");
  const pith::testing::CliRun r = pith::testing::RunPith(
      "-f jsonl --delay 0.5 --per-host 1 --connect-timeout 2 --max-pages 3 --crawl-prefix /c/ --crawl " +
      site_.Url("/c/") + " --crawl " + other.Url("/c/") + " --crawl http://127.0.0.3:1/c/");
  EXPECT_NE(r.exit_code, 0) << r.err;  // the dead seed
  EXPECT_EQ(JsonLines(r.out).size(), 7u);
  const std::vector<Request> a = site_.PageRequests(), b = other.PageRequests();
  ASSERT_EQ(a.size(), 3u);
  ASSERT_EQ(b.size(), 3u);
  EXPECT_LT(b[0].received, a[2].received);  // one after the other, b's first came 1 s after a's last
  EXPECT_LT(a[0].received, b[2].received);
}

TEST_F(DiscoverTest, CliExtractsWhatDiscoveryFindsUnderPoliteness) {
  using pith::testing::RunPith;
  pith::testing::CliRun r =
      RunPith("-f jsonl --delay 0 --sitemap " + site_.Url("/sitemap-a.xml"));
  EXPECT_EQ(r.exit_code, 1) << r.err;  // /private/x is skipped by robots.txt
  auto records = JsonLines(r.out);
  ASSERT_EQ(records.size(), 3u);
  std::map<std::string, nlohmann::json> by_input;
  for (const auto& rec : records) by_input[rec["input"].get<std::string>()] = rec;
  EXPECT_TRUE(by_input.at(site_.Url("/p/1"))["found"].get<bool>());
  EXPECT_EQ(by_input.at(site_.Url("/private/x"))["skipped"], true);
  EXPECT_EQ(site_.Count("/private/x"), 0);

  const auto start = std::chrono::steady_clock::now();
  r = RunPith("-f jsonl --delay 0.2 --per-host 1 --crawl " + site_.Url("/c/") + " --max-pages 4");
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(r.exit_code, 0) << r.err;
  records = JsonLines(r.out);
  ASSERT_EQ(records.size(), 4u);
  std::set<std::string> inputs;
  for (const auto& rec : records) {
    inputs.insert(rec["input"].get<std::string>());
    EXPECT_TRUE(rec["found"].get<bool>()) << rec.dump();
  }
  EXPECT_EQ(inputs.size(), 4u);
  EXPECT_TRUE(inputs.count(site_.Url("/c/")));
  EXPECT_GE(seconds, 0.6);  // four requests to one host, 0.2 s apart
}

}  // namespace
