// libFuzzer target over discovery's parsers: bytes -> sitemap (XML, text,
// gzip), feed (RSS, Atom, JSON Feed) and the links of an HTML page. Built
// by tools/fuzz.sh like extract_fuzzer.cc; any crash, sanitizer report or
// time-out is a finding.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fetch/feed.h"
#include "fetch/sitemap.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const std::string base = "https://fuzz.example/dir/list.xml";
  constexpr std::size_t kMaxUrls = 1000;
  constexpr std::size_t kMaxBytes = std::size_t{8} << 20;
  const pith::internal::ListedUrls sitemap = pith::internal::ParseSitemap(bytes, base, kMaxUrls, kMaxBytes);
  if (sitemap.pages.size() + sitemap.sitemaps.size() > kMaxUrls) __builtin_trap();
  const pith::internal::ListedUrls feed = pith::internal::ParseFeed(bytes, base, kMaxUrls);
  if (feed.pages.size() > kMaxUrls) __builtin_trap();
  if (pith::internal::LooksLikeHtml(bytes, "")) {
    (void)pith::internal::ScanLinks(bytes, "text/html", base);
  }
  return 0;
}
