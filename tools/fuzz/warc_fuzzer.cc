// libFuzzer target over the WARC reader: bytes -> WarcReader (plain, or
// gzipped whole (first byte 1) or record by record (first byte 2)) -> every
// record -> ExtractRecord for the HTML ones. Built by tools/fuzz.sh with
// clang, AddressSanitizer and UBSan; a crash, leak, sanitizer report, hang
// or a record count that does not shrink the input is a finding.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>

#include "fetch/file.h"
#include "pith/pith.h"
#include "pith/warc.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // A first byte 0, 1 or 2 picks the mode and is dropped; any other byte
  // starts a plain file.
  const int mode = size > 0 && data[0] < 3 ? data[0] : 0;
  const std::size_t skip = size > 0 && data[0] < 3 ? 1 : 0;
  std::string bytes(reinterpret_cast<const char*>(data) + skip, size - skip);
  if (mode == 1) {
    bytes = pith::internal::Gzip(bytes);  // the whole file in one member
  } else if (mode == 2) {
    // One member per "WARC/" line, as Common Crawl writes them.
    std::string out;
    std::size_t start = 0;
    for (std::size_t at = bytes.find("\nWARC/", 1); at != std::string::npos;
         at = bytes.find("\nWARC/", at + 1)) {
      out += pith::internal::Gzip(std::string_view(bytes).substr(start, at + 1 - start));
      start = at + 1;
    }
    out += pith::internal::Gzip(std::string_view(bytes).substr(start));
    bytes = std::move(out);
  }
  pith::WarcOptions options;
  options.max_header_bytes = 4096;
  options.max_record_bytes = 1 << 20;
  pith::ExtractOptions extract;
  extract.max_input_bytes = 1 << 20;
  extract.max_parse_seconds = 2;
  extract.max_parse_memory_bytes = std::size_t{128} << 20;
  std::istringstream in(bytes);
  pith::WarcReader reader(in, options);
  pith::WarcRecord record;
  std::size_t records = 0;
  while (reader.Next(&record)) {
    // Every record, damaged or not, consumes input: at most one per byte
    // (a loop that reports without reading would never end).
    if (++records > bytes.size() + 1) std::abort();
    if (!record.status.ok()) {
      (void)pith::RenderErrorJson("fuzz", record.status, record);
      continue;
    }
    if (!record.IsHtmlResponse()) continue;
    pith::Result<pith::Article> article = pith::ExtractRecord(record, extract);
    if (article.ok()) (void)pith::RenderJson(*article);
  }
  return 0;
}
