// Discovery: a feed body -> its items' URLs (RSS 2.0, RSS 1.0, Atom, JSON
// Feed), and an HTML page -> its links and the feeds it announces. Parses
// only: fetching is src/fetch/discover.cc's.
#ifndef PITH_SRC_FETCH_FEED_H_
#define PITH_SRC_FETCH_FEED_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

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
};

struct PageLinks {
  std::vector<PageLink> anchors;   // <a href> and <area href>, in document order
  std::vector<std::string> feeds;  // <link rel="alternate"> of an RSS, Atom or JSON Feed type
};

// The links of an HTML page, made absolute against page_url or its <base
// href>. Parsed with Gumbo like any page (decoded by its Content-Type or
// <meta>), within the same memory and time limits.
PageLinks ScanLinks(std::string_view html, std::string_view content_type,
                    const std::string& page_url);

}  // namespace pith::internal

#endif  // PITH_SRC_FETCH_FEED_H_
