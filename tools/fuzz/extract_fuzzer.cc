// libFuzzer target over the whole extraction: bytes -> decode -> strip ->
// parse -> segment -> score -> select -> every renderer, with every option. Built by
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
  options.include_comments = true;
  // The first byte picks the focus, so every path of the options is fuzzed.
  if (size > 0 && data[0] % 3 == 1) options.focus = pith::ExtractOptions::Focus::kPrecision;
  if (size > 0 && data[0] % 3 == 2) options.focus = pith::ExtractOptions::Focus::kRecall;
  options.include_tables = size == 0 || data[0] % 2 == 0;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  // A page URL, so links and images are made absolute.
  const pith::PageInfo page{"https://fuzz.example/dir/page.html", ""};
  pith::Result<pith::Article> article = pith::Extract(bytes, options, page);
  if (!article.ok()) {
    (void)pith::RenderErrorJson("fuzz", article.status());
    return 0;
  }
  pith::RenderOptions all;
  all.with_blocks = all.with_comments = all.with_links = all.with_images = true;
  for (pith::OutputFormat f : {pith::OutputFormat::kText, pith::OutputFormat::kMarkdown,
                               pith::OutputFormat::kHtml, pith::OutputFormat::kJson}) {
    (void)pith::Render(*article, f, all);
  }
  (void)pith::RenderExplainHtml(*article);
  return 0;
}
