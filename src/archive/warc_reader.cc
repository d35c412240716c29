// Stage 1, archives: a WARC file -> its records, one at a time
// (include/pith/warc.h). ByteStream undoes the gzip; this file reads the
// record framing, the HTTP block and the payload's codings, and finds the
// next record after damage. It does not extract pages (ExtractRecord does).
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <istream>
#include <utility>
#include <vector>

#include "archive/stream.h"
#include "archive/warc.h"
#include "base/bytes_text.h"
#include "base/http_header.h"
#include "base/utf8.h"
#include "extract/extract.h"
#include "fetch/file.h"
#include "pith/pith.h"
#include "pith/warc.h"

namespace pith {
namespace internal {
namespace {

constexpr std::string_view kWarcMagic = "WARC/";
// How far to look for the next record in one go while resynchronising.
constexpr std::size_t kScanWindow = std::size_t{1} << 16;

// "1 byte", "3004 bytes": a count in a message, said as it should be.
std::string Bytes(std::uint64_t n) { return std::to_string(n) + (n == 1 ? " byte" : " bytes"); }

std::string_view FindField(const std::vector<HttpHeader>& fields, std::string_view name) {
  for (const HttpHeader& h : fields) {
    if (EqualsIgnoreCase(h.name, name)) return h.value;
  }
  return {};
}

// The versions a record may open with: WARC/1.0 and 1.1 (ISO 28500), and
// the drafts before them Heritrix 1.x wrote, WARC/0.17 and 0.18.
// Whether `text` opens with "WARC/0." or "WARC/1.", and the length of the
// whole version ("WARC/1.0", "WARC/0.18") in *length, or 0 when the digits
// after the dot are not one or two.
bool OpensVersion(std::string_view text, std::size_t* length) {
  *length = 0;
  if (text.substr(0, kWarcMagic.size()) != kWarcMagic || text.size() < kWarcMagic.size() + 2 ||
      (text[5] != '0' && text[5] != '1') || text[6] != '.') {
    return false;
  }
  std::size_t digits = 0;
  while (digits < 3 && 7 + digits < text.size() && IsAsciiDigit(text[7 + digits])) ++digits;
  if (digits == 1 || digits == 2) *length = 7 + digits;
  return true;
}

// The offset in `text` of the first record start at or after `from`, or
// npos: "WARC/0." or "WARC/1." at the start of a line (position 0 counts as
// one when `line_start`), or anywhere a whole version line ("WARC/1.0",
// "WARC/0.18") and its line end (a record written right after one cut
// short, whose last line never ended).
std::size_t FindRecordStart(std::string_view text, std::size_t from, bool line_start) {
  for (std::size_t at = text.find(kWarcMagic, from); at != std::string_view::npos;
       at = text.find(kWarcMagic, at + 1)) {
    std::size_t length = 0;
    if (!OpensVersion(text.substr(at), &length)) continue;
    if (at == 0 ? line_start : text[at - 1] == '\n') return at;
    const std::string_view rest = text.substr(at + length);
    if (length > 0 && (rest.substr(0, 1) == "\n" || rest.substr(0, 2) == "\r\n")) return at;
  }
  return std::string_view::npos;
}

// Where the next record starts inside the header block `header` of a
// record cut short there, or npos. A version line opening a line is one; a
// version ending a line ("WARC-Target-URI: http://e.org/WARC/1.1") is one
// only when a field every record has once (WARC-Type, WARC-Record-ID,
// WARC-Date) stands both before and after it: a value may end so.
std::size_t HeaderCut(std::string_view header) {
  struct Span {
    std::size_t first, last;  // the field's first and last starts
  };
  std::vector<Span> twice;  // the fields written more than once
  for (std::string_view field : {"\nWARC-Type:", "\nWARC-Record-ID:", "\nWARC-Date:"}) {
    const std::size_t first = header.find(field);
    if (first == std::string_view::npos) continue;
    const std::size_t last = header.rfind(field);
    if (last != first) twice.push_back({first, last});
  }
  for (std::size_t at = FindRecordStart(header, 1, false); at != std::string_view::npos;
       at = FindRecordStart(header, at + 1, false)) {
    if (header[at - 1] == '\n') return at;
    for (const Span& s : twice) {
      if (s.first < at && at < s.last) return at;
    }
  }
  return std::string_view::npos;
}

// The end of a header block (just past its empty line) in `text`, or npos.
std::size_t HeaderEnd(std::string_view text) {
  std::size_t pos = 0;
  for (;;) {
    const std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) return std::string_view::npos;
    if (eol == pos || (eol == pos + 1 && text[pos] == '\r')) return eol + 1;
    pos = eol + 1;
  }
}

// Parses "Name: value" lines after the first line of `block` (which ends at
// its empty line). Returns the first line. Folded lines (leading space)
// continue the previous value.
std::string_view ParseFields(std::string_view block, std::vector<HttpHeader>* fields) {
  std::string_view first;
  std::size_t pos = 0;
  bool at_first = true;
  while (pos < block.size()) {
    std::size_t eol = block.find('\n', pos);
    if (eol == std::string_view::npos) eol = block.size();
    std::string_view line = block.substr(pos, eol - pos);
    pos = eol + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (at_first) {
      first = line;
      at_first = false;
      continue;
    }
    if (line.empty()) break;
    AppendHeaderLine(line, fields);
  }
  return first;
}

bool ParseDecimal(std::string_view s, std::uint64_t* out) {
  if (s.empty() || s.size() > 18) return false;
  std::uint64_t n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    n = n * 10 + static_cast<std::uint64_t>(c - '0');
  }
  *out = n;
  return true;
}

// True when `body` starts like chunked transfer coding: hex digits, then an
// optional extension, then a line end. Archivers that store the body
// de-chunked often keep the Transfer-Encoding header; such bodies are kept.
bool LooksChunked(std::string_view body) {
  std::size_t i = 0;
  while (i < body.size() && i < 16 && HexDigitValue(body[i]) >= 0) ++i;
  if (i == 0 || i == body.size()) return false;
  return body[i] == '\r' || body[i] == '\n' || body[i] == ';' || body[i] == ' ';
}

}  // namespace

WarcSource StringSource(std::string_view bytes) {
  return [bytes](char* buffer, std::size_t size) mutable -> Result<std::size_t> {
    const std::size_t n = bytes.copy(buffer, size);
    bytes.remove_prefix(n);
    return n;
  };
}

Result<std::string> Dechunk(std::string_view in) {
  std::string out;
  std::size_t pos = 0;
  while (pos < in.size()) {
    const std::size_t eol = in.find('\n', pos);
    if (eol == std::string_view::npos) break;  // cut short: keep what arrived
    std::string_view size_text = in.substr(pos, eol - pos);
    size_text = TrimAsciiSpace(size_text.substr(0, size_text.find(';')));
    if (size_text.empty()) return Status::DecodeError("malformed chunked body");
    std::size_t size = 0;
    for (char c : size_text) {
      const int digit = HexDigitValue(c);
      if (digit < 0 || size > (std::size_t{1} << 40)) {
        return Status::DecodeError("malformed chunked body");
      }
      size = size * 16 + static_cast<std::size_t>(digit);
    }
    pos = eol + 1;
    if (size == 0) break;
    out.append(in.substr(pos, size));
    pos += std::min(size, in.size() - pos);
    if (pos < in.size() && in[pos] == '\r') ++pos;
    if (pos < in.size() && in[pos] == '\n') ++pos;
  }
  return out;
}

// Reads the HTTP response at the start of record->payload (the block), and
// leaves its body there, decoded (or undecoded with `headers_only`). A body
// cut short, in its chunks or its content coding, keeps what arrived.
Status ReadHttpResponse(WarcRecord* record, const WarcOptions& options, bool headers_only) {
  const std::size_t max_bytes = options.max_record_bytes;
  std::string& block = record->payload;
  const std::size_t end = HeaderEnd(std::string_view(block).substr(0, options.max_header_bytes));
  if (block.compare(0, 5, "HTTP/") != 0 || end == std::string_view::npos) {
    return Status::DecodeError("the record's HTTP response does not parse");
  }
  const std::string_view status_line =
      ParseFields(std::string_view(block).substr(0, end), &record->http_headers);
  // "HTTP/1.1 200 OK": the code is the three digits after the first space.
  const std::size_t sp = status_line.find(' ');
  std::uint64_t code = 0;
  if (sp == std::string_view::npos ||
      !ParseDecimal(status_line.substr(sp + 1, std::min<std::size_t>(3, status_line.size() - sp - 1)),
                    &code) ||
      code < 100 || code > 999) {
    return Status::DecodeError("the record's HTTP status line does not parse");
  }
  record->http_status = static_cast<int>(code);
  record->http_content_type = std::string(record->HttpHeaderValue("Content-Type"));
  block.erase(0, end);
  if (headers_only) return Status::Ok();
  // Coding names are case-insensitive ("Chunked", "GZIP").
  if (AsciiLower(record->HttpHeaderValue("Transfer-Encoding")).find("chunked") !=
          std::string::npos &&
      LooksChunked(block)) {
    Result<std::string> r = Dechunk(block);
    if (!r.ok()) return r.status().WithContext("the record's HTTP body");
    block = std::move(r).value();
  }
  const std::string coding = AsciiLower(TrimAsciiSpace(record->HttpHeaderValue("Content-Encoding")));
  if ((coding == "gzip" || coding == "x-gzip") && IsGzip(block)) {
    // A stream cut short (an archiver's size limit) keeps what arrived.
    Result<std::string> r = GunzipPrefix(
        block, max_bytes, OptionName(options.option_name, "WarcOptions::max_record_bytes"));
    if (!r.ok()) return r.status().WithContext("the record's HTTP body");
    block = std::move(r).value();
  } else if (coding == "deflate" && !block.empty() && block[0] != '<') {
    Result<std::string> r = InflateDeflate(
        block, max_bytes, OptionName(options.option_name, "WarcOptions::max_record_bytes"));
    if (!r.ok()) return r.status().WithContext("the record's HTTP body");
    block = std::move(r).value();
  } else if (!coding.empty() && coding != "identity" && coding != "gzip" && coding != "x-gzip" &&
             coding != "deflate") {
    return Status::DecodeError("the record's HTTP body is in content coding '" + coding +
                               "', which pith cannot undo");
  }
  return Status::Ok();
}

}  // namespace internal

using internal::ByteStream;
using internal::kScanWindow;
using internal::kWarcMagic;

struct WarcReader::Impl {
  Impl(WarcSource source, const WarcOptions& opts)
      : options(opts), stream(std::move(source)) {}

  bool Next(WarcRecord* record);
  // Skips line ends between records.
  void SkipBlankLines();
  // Drops bytes up to the next record start (or the end); returns how
  // many. Sets *member_dropped when a gzip member was left uninflated.
  std::uint64_t SkipToRecord(bool* member_dropped);
  void ReadBlock(WarcRecord* record);
  bool EndsAt(std::size_t at, std::size_t* trailer);
  void BadLength(WarcRecord* record, std::uint64_t have);
  void RecordInside(WarcRecord* record, std::uint64_t at);
  std::uint64_t RecordOffset();

  WarcOptions options;
  ByteStream stream;
  // After a damaged record, what follows it up to the next record is part
  // of that damage, not news: skip it without a report of its own.
  bool resync = false;
  bool done = false;
};

void WarcReader::Impl::SkipBlankLines() {
  for (;;) {
    if (stream.Want(1) == 0) return;
    const std::string_view d = stream.Data();
    std::size_t n = 0;
    while (n < d.size() && (d[n] == '\r' || d[n] == '\n')) ++n;
    stream.Consume(n);
    if (n < d.size()) return;
  }
}

std::uint64_t WarcReader::Impl::SkipToRecord(bool* member_dropped) {
  std::uint64_t skipped = 0;
  const std::uint64_t garbage_from = stream.offset();  // where the garbage at hand began
  bool line_start = false;  // whether the byte at the read position starts a line
  *member_dropped = false;
  for (;;) {
    // Garbage longer than a record inflated from one member (a gzip bomb):
    // the rest of the member is not inflated, reading goes on at the next.
    const std::uint64_t in_member = std::max(garbage_from, stream.member_data_start());
    if (stream.offset() > in_member && stream.offset() - in_member > options.max_record_bytes &&
        stream.SkipMember()) {
      *member_dropped = true;
      line_start = true;
      continue;
    }
    const std::size_t have = stream.Want(kScanWindow);
    if (have == 0) {
      if (!stream.broken()) return skipped;
      stream.Resume();  // a broken member in the garbage: part of the same damage
      line_start = true;  // the next member starts afresh
      continue;
    }
    // (The read position never holds a record's start when this is called.)
    const std::string_view d = stream.Data();
    const std::size_t at = internal::FindRecordStart(d, 0, line_start);
    if (at != std::string_view::npos) {
      stream.Consume(at);
      return skipped + at;
    }
    // Less than asked for: the end or a break follows, so all of it goes.
    // Otherwise keep a tail that may hold the start of "\nWARC/1." or of
    // "WARC/1.0\r\n".
    const std::size_t drop = have < kScanWindow ? have : have - 10;
    stream.Consume(drop);
    skipped += drop;
    line_start = false;
  }
}

std::uint64_t WarcReader::Impl::RecordOffset() {
  const std::int64_t member = stream.MemberStartAt();
  return member >= 0 ? static_cast<std::uint64_t>(member) : stream.offset();
}

bool WarcReader::Impl::Next(WarcRecord* record) {
  *record = WarcRecord();
  if (done) return false;
  for (;;) {
    SkipBlankLines();
    if (stream.Want(1) == 0) {
      if (!stream.broken()) {
        done = true;
        return false;
      }
      // A broken gzip member between records.
      record->offset = RecordOffset();
      record->status = stream.break_status();
      stream.Resume();
      const bool was_resync = resync;
      resync = true;
      if (was_resync) continue;
      return true;
    }
    stream.ForgetMembersBefore(stream.offset());
    record->offset = RecordOffset();
    stream.Want(kWarcMagic.size());
    if (stream.Data().substr(0, kWarcMagic.size()) != kWarcMagic) {
      bool member_dropped = false;
      const std::uint64_t skipped = SkipToRecord(&member_dropped);
      if (resync && !member_dropped) {
        resync = false;
        continue;
      }
      resync = false;
      record->status = Status::DecodeError(
          internal::Bytes(skipped) + (skipped == 1 ? " that is" : " that are") +
          " not a WARC record" +
          (member_dropped
               ? internal::NameLimit(
                     ", and the rest of their gzip member, past " +
                         internal::BytesText(options.max_record_bytes) + ", is not inflated",
                     internal::OptionName(options.option_name, "WarcOptions::max_record_bytes"))
               : ""));
      return true;
    }
    resync = false;
    break;
  }

  // The header block.
  const std::size_t limit = options.max_header_bytes;
  std::size_t end = std::string_view::npos;
  std::size_t looked = 0;
  for (;;) {
    const std::size_t have = stream.Want(std::min(limit, looked + 4096));
    end = internal::HeaderEnd(stream.Data().substr(0, limit));
    if (end != std::string_view::npos || have >= limit || have == looked) break;
    looked = have;
  }
  if (end == std::string_view::npos) {
    if (stream.Data().size() >= limit) {
      record->status = Status::DecodeError(
          internal::NameLimit("the WARC header block is longer than " + internal::BytesText(limit),
                              internal::OptionName(options.option_name, "WarcOptions::max_header_bytes")));
      stream.Consume(kWarcMagic.size());
    } else if (stream.broken()) {
      record->status = stream.break_status().WithContext("the WARC header block is cut short");
      stream.Consume(stream.Data().size());
      stream.Resume();
    } else {
      record->status = Status::DecodeError("the file is truncated inside the WARC header block");
      stream.Consume(stream.Data().size());
    }
    resync = true;
    return true;
  }
  std::string_view header = stream.Data().substr(0, end);
  // A record cut short inside its header block runs into the next record's
  // header: the block ends where the next record starts.
  const std::size_t cut = internal::HeaderCut(header);
  if (cut != std::string_view::npos) header = header.substr(0, cut);
  record->version = std::string(internal::ParseFields(header, &record->headers));
  if (!record->version.empty() && record->version.back() == ' ') record->version.pop_back();
  stream.Consume(header.size());
  record->type = std::string(record->Header("WARC-Type"));
  record->record_id = std::string(record->Header("WARC-Record-ID"));
  record->date = std::string(record->Header("WARC-Date"));
  record->target_uri = std::string(record->Header("WARC-Target-URI"));
  if (record->target_uri.size() >= 2 && record->target_uri.front() == '<' &&
      record->target_uri.back() == '>') {
    record->target_uri = record->target_uri.substr(1, record->target_uri.size() - 2);
  }
  record->content_type = std::string(record->Header("Content-Type"));
  if (cut != std::string_view::npos) {
    record->status = Status::DecodeError("the WARC header block is cut short: another record starts " +
                                         internal::Bytes(cut) + " into it");
    return true;
  }
  if (!internal::ParseDecimal(record->Header("Content-Length"), &record->content_length)) {
    record->status = Status::DecodeError("the record has no valid Content-Length");
    resync = true;
    return true;
  }
  ReadBlock(record);
  return true;
}

// Whether the record's block, which ends `at` bytes past the read position,
// is followed as it should be: by two line ends, or (from lenient writers)
// none before the next record, the next gzip member or the end. Sets
// *trailer to the line ends' length.
bool WarcReader::Impl::EndsAt(std::size_t at, std::size_t* trailer) {
  stream.Want(at + 4 + kWarcMagic.size());
  const std::string_view after = stream.Data().substr(std::min(at, stream.Data().size()));
  *trailer = 0;
  int line_ends = 0;
  for (; line_ends < 2; ++line_ends) {
    if (after.compare(*trailer, 2, "\r\n") == 0) *trailer += 2;
    else if (after.compare(*trailer, 1, "\n") == 0) *trailer += 1;
    else break;
  }
  const std::string_view next = after.substr(*trailer);
  return line_ends == 2 || next.empty() || next.substr(0, kWarcMagic.size()) == kWarcMagic ||
         stream.MemberStartAt(at + *trailer) >= 0;
}

// A block that is not all there, or not followed as a record should be:
// its Content-Length is wrong, or the file is cut short. Its bytes are
// left unread, so that the records a wrong length would swallow are found
// again by the search for the next record.
void WarcReader::Impl::BadLength(WarcRecord* record, std::uint64_t have) {
  const std::uint64_t length = record->content_length;
  if (have >= length) {
    record->status = Status::DecodeError("the record does not end where its Content-Length (" +
                                         std::to_string(length) + ") says");
  } else if (stream.broken()) {
    record->status = stream.break_status().WithContext(
        "the record is cut short after " + std::to_string(have) + " of its " +
        internal::Bytes(length));
  } else {
    record->status = Status::DecodeError("the file ends " + internal::Bytes(have) +
                                         " into the record's " + std::to_string(length) +
                                         "-byte block (truncated, or its Content-Length is wrong)");
  }
  record->payload.clear();
  resync = true;
}

// A record that starts `at` bytes into the block of one too large to keep:
// the block's length is wrong, and it ends there; reading goes on with the
// record found, at the read position (or `at` bytes past it).
void WarcReader::Impl::RecordInside(WarcRecord* record, std::uint64_t at) {
  record->status = Status::DecodeError("the record does not end where its Content-Length (" +
                                       std::to_string(record->content_length) +
                                       ") says: another record starts " + internal::Bytes(at) +
                                       " into its block");
  record->payload.clear();
  resync = true;
}

void WarcReader::Impl::ReadBlock(WarcRecord* record) {
  const std::uint64_t length = record->content_length;
  const bool too_large = length > options.max_record_bytes;
  // A record too large to keep: its start (for the HTTP headers) is kept,
  // the rest read past.
  const std::uint64_t keep = too_large ? std::min<std::uint64_t>(length, options.max_header_bytes)
                                       : length;
  std::string& block = record->payload;
  // What is kept is buffered, and what follows it checked, before any of it
  // is taken: a wrong length costs no copy and no second pass, however many
  // records in a row have one.
  const std::size_t have = stream.Want(static_cast<std::size_t>(keep));
  if (have < keep) return BadLength(record, have);
  std::size_t trailer = 0;
  if (!too_large && !EndsAt(static_cast<std::size_t>(length), &trailer)) {
    return BadLength(record, length);
  }
  if (too_large) {
    // A block too large to keep cannot be checked by looking where it ends
    // before reading past it. A record starting inside it says its length
    // is wrong (grown by damage: "Content-Length: 10000000000000"): it ends
    // there, so that the records after it are not read past with it.
    const std::size_t inside =
        internal::FindRecordStart(stream.Data().substr(0, static_cast<std::size_t>(keep)), 0, true);
    if (inside != std::string_view::npos) return RecordInside(record, inside);
  }
  stream.Read(static_cast<std::size_t>(keep), &block);
  if (too_large) {
    std::uint64_t got = keep;
    bool line_start = !block.empty() && block.back() == '\n';
    while (got < length) {
      const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(length - got, kScanWindow));
      const std::size_t n = std::min(stream.Want(want), want);
      if (n == 0) break;
      const std::string_view d = stream.Data().substr(0, n);
      const std::size_t inside = internal::FindRecordStart(d, 0, line_start);
      if (inside != std::string_view::npos) {
        block.clear();
        return RecordInside(record, got + inside);
      }
      // Keep a tail that may hold the start of a record cut by the window,
      // unless the block ends with it.
      const std::size_t drop = n < 16 || n == length - got ? n : n - 10;
      line_start = d[drop - 1] == '\n';
      stream.Consume(drop);
      got += drop;
    }
    if (got < length) {
      // Read past: the bytes between are gone, the search goes on after them.
      BadLength(record, got);
      if (stream.broken()) stream.Resume();
      return;
    }
    if (!EndsAt(0, &trailer)) {
      record->status = Status::DecodeError("the record does not end where its Content-Length (" +
                                           std::to_string(length) + ") says");
      block.clear();
      resync = true;
      return;
    }
  }
  stream.Consume(trailer);

  const bool http = internal::MediaType(record->content_type) == "application/http" ||
                    (record->content_type.empty() && block.compare(0, 5, "HTTP/") == 0);
  if (record->type == "response" && http) {
    Status s = internal::ReadHttpResponse(record, options, /*headers_only=*/too_large);
    if (!s.ok()) {
      record->status = s;
      if (!too_large) block.clear();
    }
  } else if (record->type == "revisit" && http) {
    // Revisits keep the response's headers, or nothing.
    if (!internal::ReadHttpResponse(record, options, /*headers_only=*/true).ok()) {
      record->http_headers.clear();
      record->http_status = 0;
      record->http_content_type.clear();
    }
    block.clear();
  } else if (record->type == "resource") {
    record->http_content_type = record->content_type;
  }
  if (too_large) {
    block.clear();
    if (record->status.ok()) {
      record->status = Status::TooLarge(internal::NameLimit(
          "the record's block is " + internal::OverLimitText(length, options.max_record_bytes),
          internal::OptionName(options.option_name, "WarcOptions::max_record_bytes")));
    }
  }
}

WarcReader::WarcReader(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

WarcReader::WarcReader(WarcSource source, const WarcOptions& options)
    : impl_(std::make_unique<Impl>(std::move(source), options)) {}

WarcReader::WarcReader(std::istream& in, const WarcOptions& options)
    : WarcReader(
          [&in](char* buffer, std::size_t size) -> Result<std::size_t> {
            in.read(buffer, static_cast<std::streamsize>(size));
            const std::streamsize n = in.gcount();
            if (in.bad()) return Status::IoError("cannot read the WARC stream");
            return static_cast<std::size_t>(n);
          },
          options) {}

WarcReader::WarcReader(WarcReader&&) noexcept = default;
WarcReader& WarcReader::operator=(WarcReader&&) noexcept = default;
WarcReader::~WarcReader() = default;

Result<WarcReader> WarcReader::Open(const std::string& path, const WarcOptions& options) {
  if (Result<std::uint64_t> size = internal::RegularFileSize(path); !size.ok()) return size.status();
  std::FILE* raw = std::fopen(path.c_str(), "rb");
  if (!raw) {
    const int error = errno;
    return Status::IoError("cannot open " + Printable(path) + ": " + std::strerror(error),
                           error, path);
  }
  std::shared_ptr<std::FILE> file(raw, std::fclose);
  return WarcReader(
      [file, path](char* buffer, std::size_t size) -> Result<std::size_t> {
        const std::size_t n = std::fread(buffer, 1, size, file.get());
        if (n == 0 && std::ferror(file.get())) {
          const int error = errno;
          return Status::IoError("cannot read " + Printable(path) + ": " +
                                     std::strerror(error), error, path);
        }
        return n;
      },
      options);
}

bool WarcReader::Next(WarcRecord* record) { return impl_->Next(record); }

std::uint64_t WarcReader::bytes_read() const { return impl_->stream.raw_bytes_read(); }

std::string_view WarcRecord::Header(std::string_view name) const {
  return internal::FindField(headers, name);
}

std::string_view WarcRecord::HttpHeaderValue(std::string_view name) const {
  return internal::FindField(http_headers, name);
}

bool WarcRecord::IsHtmlResponse() const {
  if (type != "response" && type != "resource") return false;
  return IsHtmlContentType(http_content_type);
}

bool LooksLikeWarc(std::string_view bytes) {
  ByteStream stream(internal::StringSource(bytes));
  stream.Want(kWarcMagic.size());
  return stream.Data().substr(0, kWarcMagic.size()) == kWarcMagic;
}

Result<Article> ExtractRecord(const WarcRecord& record, const ExtractOptions& options) {
  if (!record.status.ok()) return record.status;
  if (record.type != "response" && record.type != "resource") {
    // The file's own words, quoted with their control bytes escaped.
    const std::string what = record.type.empty()
                                 ? "record without a type"
                                 : Printable(record.type) + " record";
    return Status::UnsupportedType("a WARC " + what + " holds no page");
  }
  if (!IsHtmlContentType(record.http_content_type)) {
    return Status::UnsupportedType("the record's payload is " +
                                   Printable(record.http_content_type) + ", not HTML");
  }
  PageInfo page;
  page.url = record.target_uri;
  page.content_type = record.http_content_type;
  Result<Article> article = internal::ExtractPayload(record.payload, options, page);
  if (!article.ok()) return article;
  article->warc_record_id = record.record_id;
  article->warc_date = record.date;
  article->warc_target_uri = record.target_uri;
  return article;
}

}  // namespace pith
