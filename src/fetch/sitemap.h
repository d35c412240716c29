// Discovery: a sitemap body -> the URLs it lists (XML urlset, sitemap
// index, plain text, gzipped or not). Parses only: fetching, recursion and
// the bounds across files are src/fetch/discover.cc's.
#ifndef PITH_SRC_FETCH_SITEMAP_H_
#define PITH_SRC_FETCH_SITEMAP_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "pith/status.h"

namespace pith::internal {

struct ListedUrls {
  std::vector<std::string> pages;     // absolute http(s) URLs, in document order
  // A sitemap's: each page's <lastmod> as written, trimmed ("" when it has
  // none; its first 64 bytes when longer), one a page. Feeds leave it empty.
  std::vector<std::string> lastmod;
  std::vector<std::string> sitemaps;  // a sitemap index's sitemaps
  bool truncated = false;             // more than max_urls were listed; the rest was not read
  // OK, or why the body could not be read (to its end). What was read
  // before a fault is kept.
  Status status;
};

// A sitemap body: gzip undone (up to max_bytes, the download's limit,
// FetchOptions::max_body_bytes, which a message names `limit_name`), then
// an XML <urlset> or <sitemapindex>, or plain text with one URL a line.
// Relative or non-http locations are dropped. At most max_urls URLs of both
// kinds together.
ListedUrls ParseSitemap(std::string_view body, const std::string& sitemap_url,
                        std::size_t max_urls, std::size_t max_bytes,
                        std::string_view limit_name = "FetchOptions::max_body_bytes");

// `body` in UTF-8 when a byte order mark says it is UTF-16 (decoded into
// *storage, the mark left out), else `body` itself. For reading a sitemap's
// or feed's first character, and a text sitemap or JSON Feed; an XML body
// goes to libxml2 as it came, which reads UTF-16 by its mark as the XML
// declaration says ("encoding=\"UTF-16\"" is no UTF-8).
std::string_view Utf16AsUtf8(std::string_view body, std::string* storage);

}  // namespace pith::internal

#endif  // PITH_SRC_FETCH_SITEMAP_H_
