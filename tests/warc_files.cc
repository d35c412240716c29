// WARC files for the tests (warc_files.h).
#include "warc_files.h"

#include <cstdio>

#include "fetch/file.h"

namespace pith::testing {

// One WARC record: version line, headers, Content-Length, block, trailer.
std::string Record(const std::string& version, const std::string& type, const std::string& id,
                   const std::string& uri, const std::string& content_type,
                   const std::string& block, const std::string& extra_headers) {
  std::string r = version + "\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + id +
                  ">\r\nWARC-Date: 2024-03-05T14:30:0" + id.substr(id.size() - 1) + "Z\r\n";
  if (!uri.empty()) r += "WARC-Target-URI: " + uri + "\r\n";
  if (!content_type.empty()) r += "Content-Type: " + content_type + "\r\n";
  r += extra_headers;
  r += "Content-Length: " + std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
  return r;
}

std::string Page(const std::string& words) {
  return "<html><head><title>" + words + "</title></head><body><article><p>" + words +
         ": a paragraph long enough to be the story of this page, with several clauses, "
         "so that pith keeps it as the main content.</p></article></body></html>";
}

std::string Chunked(const std::string& body) {
  std::string out;
  for (std::size_t i = 0; i < body.size(); i += 50) {
    const std::string part = body.substr(i, 50);
    char hex[16];
    std::snprintf(hex, sizeof hex, "%zx", part.size());
    out += std::string(hex) + "\r\n" + part + "\r\n";
  }
  return out + "0\r\n\r\n";
}

const char* const kHttpCt = "application/http; msgtype=response";

// An archive like warcio's: WARC/1.0, warcinfo, then request/response
// pairs, the response chunked and gzip-encoded as it came over the wire, a
// revisit, a metadata record and an image.
std::vector<std::string> WarcioRecords() {
  const std::string gz = pith::internal::Gzip(Page("Chunked gzip story"));
  return {
      Record("WARC/1.0", "warcinfo", "00000001", "", "application/warc-fields",
             "software: warcio.py/1.7.4\r\nformat: WARC File Format 1.0\r\n"),
      Record("WARC/1.0", "request", "00000002", "http://example.org/a", "application/http; msgtype=request",
             "GET /a HTTP/1.1\r\nHost: example.org\r\n\r\n"),
      Record("WARC/1.0", "response", "00000003", "http://example.org/a", kHttpCt,
             "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\n"
             "Transfer-Encoding: chunked\r\n\r\n" + Chunked(gz),
             "WARC-Payload-Digest: sha1:AAAA\r\n"),
      Record("WARC/1.0", "revisit", "00000004", "http://example.org/a", kHttpCt,
             "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n",
             "WARC-Profile: http://netpreserve.org/warc/1.0/revisit/identical-payload-digest\r\n"),
      Record("WARC/1.0", "metadata", "00000005", "http://example.org/a", "application/warc-fields",
             "outlink: http://example.org/b\r\n"),
      Record("WARC/1.0", "response", "00000006", "http://example.org/logo.png", kHttpCt,
             "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n\x1a\n"),
      Record("WARC/1.0", "response", "00000007", "http://example.org/b", kHttpCt,
             "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1251\r\n\r\n" +
                 Page("\xcf\xf0\xe8\xe2\xe5\xf2 story")),
  };
}

std::string Join(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) out += p;
  return out;
}

// Each record its own gzip member; `offsets` gets where each member starts.
std::string GzipEach(const std::vector<std::string>& records, std::vector<std::uint64_t>* offsets) {
  std::string out;
  for (const std::string& r : records) {
    if (offsets) offsets->push_back(out.size());
    out += pith::internal::Gzip(r);
  }
  return out;
}

}  // namespace pith::testing
