// pith: reading web archives (WARC/1.0 and 1.1, ISO 28500, and the drafts
// WARC/0.17 and 0.18 Heritrix 1.x wrote) record by record.
//
// A WarcReader streams a WARC file, plain or gzipped (one gzip member per
// record, as Common Crawl, wget and warcio write them, or the whole file in
// one), and hands back one record at a time. It holds one record in memory,
// never the file. A damaged record (a truncated or corrupt gzip member, a
// Content-Length that does not fit, garbage between records, an HTTP block
// that does not parse) comes back with a non-OK status, its record id and its
// byte offset, and reading resumes at the next record.
//
// Thread safety: a WarcReader is used by one thread at a time; records are
// plain values that may be moved to other threads (ExtractRecord() is pure).
//
// Example:
//
//   pith::Result<pith::WarcReader> reader = pith::WarcReader::Open("crawl.warc.gz");
//   if (!reader.ok()) return Fail(reader.status());
//   pith::WarcRecord record;
//   while (reader->Next(&record)) {
//     if (!record.status.ok()) {
//       std::cerr << record.offset << " " << record.record_id << ": "
//                 << record.status.ToString() << "\n";
//       continue;
//     }
//     if (!record.IsHtmlResponse()) continue;
//     pith::Result<pith::Article> article = pith::ExtractRecord(record);
//     if (article.ok() && article->found) std::cout << article->text << "\n";
//   }
#ifndef PITH_WARC_H_
#define PITH_WARC_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "pith/article.h"
#include "pith/fetch.h"
#include "pith/options.h"
#include "pith/status.h"

namespace pith {

// Limits of a WarcReader. An aggregate like ExtractOptions; fields are only
// appended.
struct WarcOptions {
  // The largest header block of a record (the WARC headers, and the HTTP
  // headers inside a response). A longer one makes the record damaged
  // (kDecodeError) and reading resumes at the next record.
  // Default: 256 KiB.
  std::size_t max_header_bytes = std::size_t{256} << 10;

  // The largest record block held in memory, and the most its payload may
  // inflate to. A larger record is read past without being kept: it comes
  // back with its headers, an empty payload and kTooLarge. Also the most
  // bytes that are no record one gzip member may inflate to (a gzip bomb):
  // the rest of it is skipped, uninflated. Pass
  // ExtractOptions::max_input_bytes to match extraction's limit.
  // Default: 64 MiB.
  std::size_t max_record_bytes = std::size_t{64} << 20;

  // How messages name the options above (OptionNamer in pith/options.h).
  // Default: empty (their C++ names, "WarcOptions::max_record_bytes").
  OptionNamer option_name;
};

// One record of a WARC file.
struct WarcRecord {
  // OK, or why the record is damaged. The fields read before the damage was
  // found are set (offset always; record_id and the others when the WARC
  // header block could be read). A run of bytes that is not a record
  // (garbage between records) comes back as a record of its own with an
  // empty `type` and kDecodeError.
  Status status;

  // Where the record starts in the file, in bytes. For a gzipped file this
  // is the offset of the gzip member the record starts (as CDX indexes give
  // it) when records are gzipped one per member; when a member holds several
  // records (a file gzipped whole), it is the offset in the uncompressed data.
  std::uint64_t offset = 0;

  std::string version;      // "WARC/1.0", "WARC/1.1", or a draft's "WARC/0.18"
  std::string type;         // WARC-Type: "response", "request", "revisit", "warcinfo", ...
  std::string record_id;    // WARC-Record-ID as written, e.g. "<urn:uuid:...>"
  std::string date;         // WARC-Date, e.g. "2024-03-05T14:30:00Z"
  std::string target_uri;   // WARC-Target-URI; the <...> some WARC/1.0 writers add removed
  std::string content_type; // the record's Content-Type, e.g. "application/http; msgtype=response"
  std::uint64_t content_length = 0;  // the record block's Content-Length
  std::vector<HttpHeader> headers;   // every WARC header, in order

  // For records holding an HTTP response (response, and revisit records that
  // keep the response's headers): its status code, headers, and their
  // Content-Type. http_status is 0 for other records.
  int http_status = 0;
  std::vector<HttpHeader> http_headers;
  std::string http_content_type;

  // The payload: for a response, the HTTP body with chunked transfer coding
  // and gzip or deflate content coding undone; for a resource record, the
  // block, and http_content_type is the record's Content-Type; for other
  // records, the whole block (a request's HTTP message, metadata fields).
  // Empty for a revisit and for a record over WarcOptions::max_record_bytes.
  std::string payload;

  // The value of WARC header `name` (any case), or empty.
  std::string_view Header(std::string_view name) const;
  // The value of HTTP header `name` (any case), or empty.
  std::string_view HttpHeaderValue(std::string_view name) const;
  // True for a response or resource record whose payload is declared HTML
  // (text/html or application/xhtml+xml), or declares no type at all.
  bool IsHtmlResponse() const;
};

// Where a WarcReader gets its bytes: copy up to `size` bytes to `buffer` and
// return how many; 0 means the end of the input; a non-OK status a read
// error (it ends the reading, reported on the record being read).
using WarcSource = std::function<Result<std::size_t>(char* buffer, std::size_t size)>;

// Streams the records of one WARC file. Move-only.
class WarcReader {
 public:
  // Opens the file at `path`. kIoError if it cannot be opened, is a
  // directory or not a regular file (a device, a FIFO: read those through
  // the istream or WarcSource constructor), or the name is empty, as
  // ExtractFile() says; kInvalidArgument if the name holds a NUL byte.
  // Whether it is gzipped is told by its first bytes, not its name.
  static Result<WarcReader> Open(const std::string& path, const WarcOptions& options = {});

  // Reads from `in`, which must outlive the reader.
  explicit WarcReader(std::istream& in, const WarcOptions& options = {});
  // Reads from `source`.
  explicit WarcReader(WarcSource source, const WarcOptions& options = {});

  WarcReader(WarcReader&&) noexcept;
  WarcReader& operator=(WarcReader&&) noexcept;
  ~WarcReader();

  // Reads the next record into `*record` (replacing all of it) and returns
  // true, or returns false at the end of the input. A damaged record returns
  // true with a non-OK record->status; the next call resumes after it. A
  // file cut short ends with a damaged last record; the records before it
  // are whole.
  bool Next(WarcRecord* record);

  // Bytes of the file consumed so far (compressed bytes for a gzipped file).
  std::uint64_t bytes_read() const;

 private:
  struct Impl;
  explicit WarcReader(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// True when `bytes`, the first bytes of a file (gzipped or not), start a
// WARC record. A few hundred bytes are enough.
bool LooksLikeWarc(std::string_view bytes);

// Extracts the page in a response or resource record: its payload, with
// record.target_uri as the page's URL (links are made absolute against it)
// and the HTTP Content-Type's charset passed to the decoder. Article::url is
// the target URI.
// Returns Extract()'s codes, and:
//   the record's own status, if it is damaged
//   kUnsupportedType  a record that holds no page (request, revisit,
//                     metadata, warcinfo) or whose payload is not HTML
Result<Article> ExtractRecord(const WarcRecord& record, const ExtractOptions& options = {});

// Renders a record that gave no article as JSON, like RenderErrorJson() for
// a file: {"url" (the target URI, else `input`), "input", "warc_record_id",
// "warc_date", "warc_target_uri", "warc_offset", "error", "found": false},
// with "http_status" when the record holds a response, and "skipped": true
// and "content_type" for kUnsupportedType. One line, no trailing newline.
std::string RenderErrorJson(const std::string& input, const Status& status,
                            const WarcRecord& record);

}  // namespace pith

#endif  // PITH_WARC_H_
