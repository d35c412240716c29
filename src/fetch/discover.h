// Discovery's internals a test reaches: the extracting crawl with the
// extraction handed in, so that a test sees which pages are extracted.
#ifndef PITH_SRC_FETCH_DISCOVER_H_
#define PITH_SRC_FETCH_DISCOVER_H_

#include <functional>
#include <string>
#include <vector>

#include "extract/extract.h"
#include "pith/discover.h"

namespace pith::internal {

// Extracts a downloaded page with the crawl's ParseHook (never null):
// internal::ExtractResponse with the caller's ExtractOptions.
using ExtractPage = std::function<Result<Article>(const Response& response, const ParseHook* hook)>;

// Crawl(seeds, fetcher, options, extract, page), each page that needs an
// article extracted by `extract_page`: one a page whose download is OK and
// HTML, except a page whose X-Robots-Tag says noindex (unless its article
// gives the links followed, Follow::kContent). A page whose robots meta
// says so is handed to `extract_page` too, but its ParseHook's read stops
// the extraction once the links are read (Status::Cancelled). No
// ExtractOptions: every other page's article is the refusal of its
// download or its type, which no option changes.
Discovery CrawlExtracting(const std::vector<std::string>& seeds, Fetcher& fetcher,
                          const DiscoverOptions& options, const ExtractPage& extract_page,
                          const std::function<void(Response response, Result<Article> article)>& page);

}  // namespace pith::internal

#endif  // PITH_SRC_FETCH_DISCOVER_H_
