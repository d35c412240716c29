// libFuzzer target over the whole extraction: bytes -> decode -> strip ->
// parse -> segment -> score -> select -> every renderer. Built by
// tools/fuzz.sh with clang, AddressSanitizer and UBSan; any crash, leak,
// sanitizer report or time-out is a finding.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "pith/pith.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  pith::ExtractOptions options;
  options.max_parse_memory_bytes = std::size_t{256} << 20;  // well under -rss_limit_mb
  options.max_parse_seconds = 5;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  pith::Result<pith::Article> article = pith::Extract(bytes, options, pith::PageInfo{"fuzz", ""});
  if (!article.ok()) {
    (void)pith::RenderErrorJson("fuzz", article.status());
    return 0;
  }
  (void)pith::RenderJson(*article, /*with_blocks=*/true);
  (void)pith::RenderExplainHtml(*article);
  return 0;
}
