// Stage 2-6 entry for callers that already hold a page's payload (a WARC
// record's, a download's): decode -> strip -> parse -> segment -> score ->
// select -> Article, without looking for gzip or WARC wrapping.
#ifndef PITH_SRC_EXTRACT_EXTRACT_H_
#define PITH_SRC_EXTRACT_EXTRACT_H_

#include <functional>
#include <string>
#include <string_view>

#include "extract/blocks.h"
#include "extract/document.h"
#include "extract/rawtext.h"
#include "extract/metadata.h"
#include "extract/score.h"
#include "pith/article.h"
#include "pith/fetch.h"
#include "pith/options.h"
#include "pith/status.h"

namespace pith::internal {

// Stages 4-5 on a scored page: recognises the page type (on a thread the
// replies become content and the page is scored again), selects the content
// (regions, post heads, item lists), applies `options` and fills `article`'s
// blocks, text and page_type. ExtractPayload's path, and the bench's timing of
// that stage.
void ChooseContent(const Metadata& meta, const ExtractOptions& options, Page* page,
                   Scores* scores, Article* article);

// What a caller that reads the parsed page too asks of the extraction: the
// strip pass's options, and a look at the tree once parsed, before the
// segmenter reads it (the crawler's link scan, ScanLinksOf: one parse for
// both). Not called when the page is refused before or while parsing.
// `read` returns whether the caller still wants the article: when not (the
// crawler has just read that the page is not to be indexed), the
// extraction stops there, with Status::Cancelled.
struct ParseHook {
  StripOptions strip;
  std::function<bool(const Document&)> read;
};

// Extracts the page in `bytes` (raw, in any encoding). With `release`, the
// string `bytes` views is freed once decoded, before parsing.
Result<Article> ExtractPayload(std::string_view bytes, const ExtractOptions& options,
                               const PageInfo& info, std::string* release = nullptr,
                               const ParseHook* hook = nullptr);

// ExtractResponse() with `hook`, if any, on the parsed page.
Result<Article> ExtractResponse(const Response& response, const ExtractOptions& options,
                                const ParseHook* hook);

}  // namespace pith::internal

#endif  // PITH_SRC_EXTRACT_EXTRACT_H_
