// pith: finding the pages worth fetching. Sitemaps, feeds and a bounded
// crawl of one site, all downloaded through a Fetcher, so under the same
// politeness as every other download (robots.txt, per-host limit and
// delay). Every loop is bounded by DiscoverOptions.
//
// Thread safety: as Fetcher: one call at a time per Fetcher.
//
// Example:
//
//   pith::Fetcher fetcher;  // polite defaults
//   pith::Discovery found = pith::DiscoverSitemaps("https://example.org/", fetcher);
//   for (const pith::Status& p : found.problems) std::cerr << p.ToString() << "\n";
//   fetcher.FetchAll(found.urls, [](std::size_t, pith::Response r) { ... });
#ifndef PITH_DISCOVER_H_
#define PITH_DISCOVER_H_

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "pith/fetch.h"
#include "pith/status.h"

namespace pith {

// Bounds and choices of discovery. An aggregate; fields are only appended.
struct DiscoverOptions {
  // URLs found at most, over all sitemaps or feeds of one call; reading
  // stops there and a problem says so. Default: 100000.
  std::size_t max_urls = 100000;

  // Sitemaps: how deep sitemap indexes are followed (the sitemap given is
  // depth 0, the sitemaps it lists depth 1, ...). Default: 3.
  int max_sitemap_depth = 3;

  // Sitemaps: sitemap files downloaded at most, the first included.
  // Default: 1000.
  std::size_t max_sitemaps = 1000;

  // Crawl: pages downloaded at most, the seed included. Default: 100.
  std::size_t max_pages = 100;

  // Crawl: only URLs whose path starts with this ("/blog/") are followed;
  // the seed is fetched regardless. Empty: the whole host. Default: "".
  std::string crawl_prefix;

  // Crawl: which links of a page are followed.
  enum class Follow {
    kAll,         // every link of the page
    kContent,     // links inside the extracted article text
    kNavigation,  // links inside <nav>, <header> or role="navigation"
  };
  // Default: kAll.
  Follow follow = Follow::kAll;

  // Feeds: of the feeds an HTML page announces, how many are downloaded at
  // most; the rest are not, and a problem says so. Default: 100.
  std::size_t max_feeds = 100;
};

// What discovery found. `urls` are in the order found, each once.
struct Discovery {
  std::vector<std::string> urls;
  // DiscoverSitemaps(): one a URL of `urls`, its <lastmod> as the sitemaps
  // write it ("2024-05-01", "2024-05-01T10:00:00+00:00"; its first 64
  // bytes; the first read when several give one; "" when none does), so
  // that a crawler can skip what has not changed since it last came. Empty
  // otherwise.
  std::vector<std::string> lastmod;
  // What could not be read, and bounds that fired (each naming the URL and
  // the cause); whatever was found elsewhere is still in `urls`.
  std::vector<Status> problems;
};

// The pages of a sitemap: an XML <urlset>, a <sitemapindex> (its sitemaps
// read in turn, within max_sitemap_depth and max_sitemaps; one listed twice,
// or listing itself, is read once), gzipped (.xml.gz) or not, or plain
// text, one URL a line. Given a site's root ("https://example.org/"), the
// sitemaps named by its robots.txt (Sitemap: lines), else /sitemap.xml.
// As sitemaps.org has it, a sitemap lists the pages of its own host (the
// one asked, or where its redirects led), or of the host whose robots.txt
// named it (a sitemap kept on another host), and an index the sitemaps of
// those hosts: any other is left out, and a problem says how many.
Discovery DiscoverSitemaps(const std::string& url, Fetcher& fetcher,
                           const DiscoverOptions& options = {});

// Several sites' sitemaps at once, each URL as DiscoverSitemaps() above
// with its own bounds, all read side by side in one run of the Fetcher
// (each host at its own pace: a slow or dead site holds up no other). Each
// URL's findings come in the order given, a page two of them list once.
Discovery DiscoverSitemaps(const std::vector<std::string>& urls, Fetcher& fetcher,
                           const DiscoverOptions& options = {});

// The items of a feed: RSS 2.0, RSS 1.0, Atom or JSON Feed. Given an HTML
// page, the feeds it announces with <link rel="alternate">, each read once,
// max_feeds at most.
Discovery DiscoverFeeds(const std::string& url, Fetcher& fetcher,
                        const DiscoverOptions& options = {});

// A breadth-first crawl of one site from `seed`: pages of the seed's host
// (and of the host it redirects to), under crawl_prefix, up to max_pages,
// each URL normalized (fragment, default port and tracking parameters such
// as utm_*, fbclid and gclid dropped) and fetched once. Links to files
// that are not pages (.pdf, .jpg, .zip, ...) are skipped before any
// request; so are rel="nofollow" links and every link of a page whose
// <meta name="robots"> or X-Robots-Tag says nofollow. Where a redirect
// landed and a page's <link rel="canonical"> are not fetched again. Calls
// page(response) for every download, in completion order (a page saying
// noindex with kDisallowed, "URL asks not to be indexed (...)"); `urls`
// lists the URLs fetched.
Discovery Crawl(const std::string& seed, Fetcher& fetcher, const DiscoverOptions& options,
                const std::function<void(Response response)>& page);

// Several crawls at once, one a seed, each as Crawl() above with its own
// hosts and its own max_pages, all in one run of the Fetcher: each host
// keeps its own delay while the others go on, and a slow or dead site does
// not hold up the rest. A URL is fetched once even when two crawls reach it.
Discovery Crawl(const std::vector<std::string>& seeds, Fetcher& fetcher,
                const DiscoverOptions& options, const std::function<void(Response response)>& page);

// The crawls above, each page extracted with `extract` as it arrives and
// handed over with its article, or why there is none (the download's
// status; kDisallowed for a page saying noindex; kUnsupportedType for one
// that is not HTML): one parse a page serves its article and its links.
// With Follow::kContent the links followed are those of that article.
Discovery Crawl(const std::vector<std::string>& seeds, Fetcher& fetcher,
                const DiscoverOptions& options, const ExtractOptions& extract,
                const std::function<void(Response response, Result<Article> article)>& page);

// `url` as the crawler compares URLs: fragment dropped, scheme and host
// lower-cased, the host's final dot and the default port dropped, dot
// segments resolved, percent-encoding in one form ("%7e" -> "~", "%2f" ->
// "%2F", "é" -> "%C3%A9"; "%2F" stays apart from "/"), tracking parameters
// and an empty query removed, an empty path made "/". "" if `url` is not an
// absolute http(s) URL.
std::string NormalizeUrl(const std::string& url);

}  // namespace pith

#endif  // PITH_DISCOVER_H_
