// Stage 1, saved downloads: a Response <-> a WARC/1.1 response record
// (ISO 28500), the format web archives and scrapers store pages in; and the
// helpers the streaming reader (warc_reader.cc, include/pith/warc.h) shares.
#ifndef PITH_SRC_ARCHIVE_WARC_H_
#define PITH_SRC_ARCHIVE_WARC_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "pith/fetch.h"
#include "pith/status.h"
#include "pith/warc.h"

namespace pith::internal {

// True when `bytes` (already inflated) start a WARC record.
bool IsWarc(std::string_view bytes);

// Undoes chunked transfer coding; kDecodeError on a malformed stream. A
// stream cut short keeps what arrived.
Result<std::string> Dechunk(std::string_view in);

// A WarcSource reading `bytes`, which must outlive it.
WarcSource StringSource(std::string_view bytes);

// The page inside the first response record of a WARC file.
struct WarcPage {
  std::string url;           // WARC-Target-URI
  std::string content_type;  // the HTTP response's Content-Type
  std::string body;          // the HTTP payload, de-chunked and inflated
};

// Reads the first "response" record of `bytes` (other records, such as
// warcinfo and request, are skipped). Undoes chunked transfer coding and
// gzip/deflate content coding, as tools that store raw traffic leave them.
// kDecodeError for a malformed record or no response record; kTooLarge if
// the payload inflates past `max_bytes`.
Result<WarcPage> ReadWarcResponse(std::string_view bytes, std::size_t max_bytes);

// One uncompressed WARC response record for `response`: its final URL, its
// status line and headers (Content-Encoding, Transfer-Encoding and
// Content-Length replaced to match the stored, decoded body) and its body.
// `date` is the WARC-Date (ISO 8601, UTC); `record_id` a UUID.
std::string WriteWarcResponse(const Response& response, const std::string& date,
                              const std::string& record_id);

}  // namespace pith::internal

#endif  // PITH_SRC_ARCHIVE_WARC_H_
