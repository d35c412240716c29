// Discovery: a feed body -> its items' URLs (RSS 2.0, RSS 1.0, Atom, JSON
// Feed), and an HTML page -> its links and the feeds it announces. Parses
// only: fetching is src/fetch/discover.cc's.
#ifndef PITH_SRC_FETCH_FEED_H_
#define PITH_SRC_FETCH_FEED_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/document.h"
#include "fetch/sitemap.h"

namespace pith::internal {

// A feed body: RSS 2.0 and 1.0 (<item><link>, or a permalink <guid>, or
// rdf:about), Atom (<entry><link href> whose rel is "alternate" or absent)
// or JSON Feed (items[].url, else external_url); item URLs resolved against
// feed_url. At most max_urls.
ListedUrls ParseFeed(std::string_view body, const std::string& feed_url, std::size_t max_urls);

// True if `body` (with its Content-Type) reads as an HTML page rather than
// a feed or a sitemap.
bool LooksLikeHtml(std::string_view body, std::string_view content_type);

struct PageLink {
  std::string url;          // absolute, fragment kept (the crawler drops it)
  bool navigation = false;  // inside <nav>, <header> or role="navigation"
  bool nofollow = false;    // rel="nofollow"
};

struct PageLinks {
  std::vector<PageLink> anchors;   // <a href> and <area href>, in document order
  std::vector<std::string> feeds;  // <link rel="alternate"> of an RSS, Atom or JSON Feed type
  std::string canonical;           // the first <link rel="canonical" href>, absolute, or ""
  // <meta name="robots"> (or name= the crawler's product token) says
  // "nofollow" / "noindex" ("none" says both).
  bool nofollow = false;
  bool noindex = false;
};

// The links of an HTML page, made absolute against page_url or its <base
// href>. Parsed with Gumbo like any page (decoded by its Content-Type or
// <meta>), within the same memory and time limits. `product_token`: the
// crawler's name, whose <meta name> counts as "robots" does.
PageLinks ScanLinks(std::string_view html, std::string_view content_type,
                    const std::string& page_url, std::string_view product_token = {});

// ScanLinks() on a page parsed already, stripped keeping the crawler's
// reads (StripOptions::keep_crawler_reads): the crawl's extraction shares
// its parse with the link scan.
PageLinks ScanLinksOf(const Document& doc, const std::string& page_url,
                      std::string_view product_token = {});

// Reads one robots meta value (a <meta name="robots"> content, or an
// X-Robots-Tag header value) into *nofollow and *noindex: comma-separated
// directives, any case; "none" is both. An X-Robots-Tag value may name the
// agent it is for first ("otherbot: noindex"): it counts only when that is
// `product_token`.
void ReadRobotsDirectives(std::string_view value, std::string_view product_token, bool* nofollow,
                          bool* noindex);

}  // namespace pith::internal

#endif  // PITH_SRC_FETCH_FEED_H_
