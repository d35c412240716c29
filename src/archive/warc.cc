// Stage 1, saved downloads: WARC response records, written and read.
#include "archive/warc.h"

#include <sys/stat.h>

#include <cctype>
#include <cerrno>
#include <cstdint>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <memory>
#include <random>
#include <utility>
#include <vector>

#include "fetch/file.h"
#include "base/utf8.h"

namespace pith::internal {
namespace {

constexpr std::string_view kWarcMagic = "WARC/";

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

// A header block: "Name: value" lines up to an empty line. `text` starts at
// the first header line; on return `*end` is the offset just past the empty
// line, or npos if there is none.
struct HeaderBlock {
  std::string first_line;
  std::vector<std::pair<std::string_view, std::string_view>> fields;

  std::string_view Get(std::string_view name) const {
    for (const auto& [k, v] : fields) {
      if (EqualsIgnoreCase(k, name)) return v;
    }
    return {};
  }
};

HeaderBlock ParseHeaderBlock(std::string_view text, std::size_t* end) {
  HeaderBlock block;
  std::size_t pos = 0;
  bool first = true;
  *end = std::string_view::npos;
  while (pos < text.size()) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) return block;
    std::string_view line = text.substr(pos, eol - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    pos = eol + 1;
    if (line.empty()) {
      *end = pos;
      return block;
    }
    if (first) {
      block.first_line = std::string(line);
      first = false;
      continue;
    }
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    block.fields.emplace_back(TrimAsciiSpace(line.substr(0, colon)), TrimAsciiSpace(line.substr(colon + 1)));
  }
  return block;
}

bool ParseSize(std::string_view s, std::size_t* out) {
  if (s.empty() || s.size() > 18) return false;
  std::size_t n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    n = n * 10 + static_cast<std::size_t>(c - '0');
  }
  *out = n;
  return true;
}

// Undoes chunked transfer coding; kDecodeError on a malformed stream. A
// stream cut short keeps what arrived.
Result<std::string> Dechunk(std::string_view in) {
  std::string out;
  std::size_t pos = 0;
  while (pos < in.size()) {
    const std::size_t eol = in.find('\n', pos);
    if (eol == std::string_view::npos) break;
    std::string_view size_text = in.substr(pos, eol - pos);
    size_text = TrimAsciiSpace(size_text.substr(0, size_text.find(';')));
    std::size_t size = 0;
    for (char c : size_text) {
      const int digit = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                        : (c >= 'a' && c <= 'f')                     ? c - 'a' + 10
                        : (c >= 'A' && c <= 'F')                     ? c - 'A' + 10
                                                                      : -1;
      if (digit < 0 || size > (std::size_t{1} << 40)) {
        return Status::DecodeError("malformed chunked body in the WARC record");
      }
      size = size * 16 + static_cast<std::size_t>(digit);
    }
    pos = eol + 1;
    if (size == 0) break;
    out.append(in.substr(pos, size));
    pos += size;
    if (pos < in.size() && in[pos] == '\r') ++pos;
    if (pos < in.size() && in[pos] == '\n') ++pos;
  }
  return out;
}

std::string Hex64(std::uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

// A file name for `url`: its host and path with every other character made
// '_', cut to 80 characters, and a hash of the whole URL.
std::string FileNameFor(const std::string& url) {
  std::uint64_t hash = 1469598103934665603ull;  // FNV-1a
  for (unsigned char c : url) hash = (hash ^ c) * 1099511628211ull;
  std::string stem = url.substr(url.find("://") == std::string::npos ? 0 : url.find("://") + 3);
  for (char& c : stem) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '-') c = '_';
  }
  while (!stem.empty() && stem.back() == '_') stem.pop_back();
  if (stem.size() > 80) stem.resize(80);
  return stem + "-" + Hex64(hash).substr(0, 12) + ".warc.gz";
}

std::string NowIso8601() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string NewUuid() {
  std::random_device rd;
  std::mt19937_64 gen((static_cast<std::uint64_t>(rd()) << 32) ^ rd());
  std::uint64_t hi = gen(), lo = gen();
  hi = (hi & ~0xF000ull) | 0x4000ull;                  // version 4
  lo = (lo & ~(0xC000ull << 48)) | (0x8000ull << 48);  // variant 1
  const std::string h = Hex64(hi), l = Hex64(lo);
  return h.substr(0, 8) + "-" + h.substr(8, 4) + "-" + h.substr(12, 4) + "-" + l.substr(0, 4) +
         "-" + l.substr(4);
}

}  // namespace

bool IsWarc(std::string_view bytes) { return bytes.substr(0, kWarcMagic.size()) == kWarcMagic; }

Result<WarcPage> ReadWarcResponse(std::string_view bytes, std::size_t max_bytes) {
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    // Records are separated by two CRLFs; tolerate any run of blank lines.
    while (pos < bytes.size() && (bytes[pos] == '\r' || bytes[pos] == '\n')) ++pos;
    if (pos >= bytes.size()) break;
    if (!IsWarc(bytes.substr(pos))) return Status::DecodeError("malformed WARC record header");
    std::size_t header_end = 0;
    const HeaderBlock warc = ParseHeaderBlock(bytes.substr(pos), &header_end);
    std::size_t length = 0;
    if (header_end == std::string_view::npos || !ParseSize(warc.Get("Content-Length"), &length)) {
      return Status::DecodeError("WARC record without a Content-Length");
    }
    const std::size_t block_begin = pos + header_end;
    const std::string_view block = bytes.substr(block_begin, length);  // a short file keeps what is there
    pos = block_begin + block.size();
    if (!EqualsIgnoreCase(warc.Get("WARC-Type"), "response")) continue;

    WarcPage page;
    page.url = std::string(warc.Get("WARC-Target-URI"));
    if (page.url.size() >= 2 && page.url.front() == '<' && page.url.back() == '>') {
      page.url = page.url.substr(1, page.url.size() - 2);  // WARC/1.0 writers used <uri>
    }
    std::size_t http_end = 0;
    const HeaderBlock http = ParseHeaderBlock(block, &http_end);
    if (http.first_line.rfind("HTTP/", 0) != 0 || http_end == std::string_view::npos) {
      return Status::DecodeError("the WARC response record holds no HTTP response");
    }
    page.content_type = std::string(http.Get("Content-Type"));
    std::string body(block.substr(http_end));
    if (http.Get("Transfer-Encoding").find("chunked") != std::string_view::npos) {
      Result<std::string> r = Dechunk(body);
      if (!r.ok()) return r.status();
      body = std::move(r).value();
    }
    const std::string_view coding = http.Get("Content-Encoding");
    if (EqualsIgnoreCase(coding, "gzip") || EqualsIgnoreCase(coding, "x-gzip")) {
      Result<std::string> r = Gunzip(body, max_bytes);
      if (!r.ok()) return r.status().WithContext("the WARC payload");
      body = std::move(r).value();
    } else if (EqualsIgnoreCase(coding, "deflate")) {
      Result<std::string> r = InflateDeflate(body, max_bytes);
      if (!r.ok()) return r.status().WithContext("the WARC payload");
      body = std::move(r).value();
    }
    page.body = std::move(body);
    return page;
  }
  return Status::DecodeError("the WARC file holds no response record");
}

std::string WriteWarcResponse(const Response& response, const std::string& date,
                              const std::string& record_id) {
  std::string http = "HTTP/1.1 " + std::to_string(response.http_status) + "\r\n";
  for (const HttpHeader& h : response.headers) {
    if (EqualsIgnoreCase(h.name, "Content-Encoding") || EqualsIgnoreCase(h.name, "Transfer-Encoding") ||
        EqualsIgnoreCase(h.name, "Content-Length")) {
      continue;  // the body is stored decoded, whole
    }
    http += h.name + ": " + h.value + "\r\n";
  }
  http += "Content-Length: " + std::to_string(response.body.size()) + "\r\n\r\n";
  const std::size_t length = http.size() + response.body.size();
  std::string out = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + record_id +
                    ">\r\nWARC-Date: " + date + "\r\nWARC-Target-URI: " +
                    (response.final_url.empty() ? response.url : response.final_url) +
                    "\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: " +
                    std::to_string(length) + "\r\n\r\n";
  out.reserve(out.size() + length + 4);
  out += http;
  out += response.body;
  out += "\r\n\r\n";
  return out;
}

}  // namespace pith::internal

namespace pith {

Result<std::string> SaveResponse(const Response& response, const std::string& dir) {
  if (response.http_status == 0) {
    return Status::InvalidArgument(response.url + ": nothing to save: no response came");
  }
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return Status::IoError("cannot create directory " + dir + ": " + ec.message());
  const std::string url = response.final_url.empty() ? response.url : response.final_url;
  const std::string path = (std::filesystem::path(dir) / internal::FileNameFor(url)).string();
  const std::string record =
      internal::WriteWarcResponse(response, internal::NowIso8601(), internal::NewUuid());
  Status s = internal::WriteFileAtomically(path, internal::Gzip(record));
  if (!s.ok()) return s;
  return path;
}

}  // namespace pith
