// Stage 2-6 entry for callers that already hold a page's payload (a WARC
// record's, a download's): decode -> strip -> parse -> segment -> score ->
// select -> Article, without looking for gzip or WARC wrapping.
#ifndef PITH_SRC_EXTRACT_EXTRACT_H_
#define PITH_SRC_EXTRACT_EXTRACT_H_

#include <string>
#include <string_view>

#include "pith/article.h"
#include "pith/options.h"
#include "pith/status.h"

namespace pith::internal {

// Extracts the page in `bytes` (raw, in any encoding). With `release`, the
// string `bytes` views is freed once decoded, before parsing.
Result<Article> ExtractPayload(std::string_view bytes, const ExtractOptions& options,
                               const PageInfo& info, std::string* release = nullptr);

}  // namespace pith::internal

#endif  // PITH_SRC_EXTRACT_EXTRACT_H_
