// One line of an HTTP (or WARC) header block read into name/value pairs,
// for the fetcher's header callback and the WARC reader alike; the media
// type of a Content-Type value.
#ifndef PITH_SRC_BASE_HTTP_HEADER_H_
#define PITH_SRC_BASE_HTTP_HEADER_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/utf8.h"
#include "pith/fetch.h"

namespace pith::internal {

// Adds `line` (without its line ending) to `headers`: "Name: value" becomes a
// pair, both sides trimmed; a line opening with a space or tab continues the
// previous value (obsolete folding); anything else is ignored.
inline void AppendHeaderLine(std::string_view line, std::vector<HttpHeader>* headers) {
  if (!line.empty() && (line[0] == ' ' || line[0] == '\t') && !headers->empty()) {
    headers->back().value += " ";
    headers->back().value += TrimAsciiSpace(line);
  } else if (const std::size_t colon = line.find(':'); colon != std::string_view::npos) {
    headers->push_back({std::string(TrimAsciiSpace(line.substr(0, colon))),
                        std::string(TrimAsciiSpace(line.substr(colon + 1)))});
  }
}

// The media type of a Content-Type value, without its parameters, trimmed
// and lower-cased: " Text/HTML; charset=utf-8" -> "text/html"; "" for "".
inline std::string MediaType(std::string_view content_type) {
  return AsciiLower(TrimAsciiSpace(content_type.substr(0, content_type.find(';'))));
}

}  // namespace pith::internal

#endif  // PITH_SRC_BASE_HTTP_HEADER_H_
