// Stage 1, saved downloads: WARC response records, written and read.
#include "archive/warc.h"

#include <sys/stat.h>

#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <memory>
#include <random>
#include <utility>
#include <vector>

#include "base/url.h"
#include "base/utf8.h"
#include "fetch/file.h"

namespace pith::internal {
namespace {

constexpr std::string_view kWarcMagic = "WARC/";

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
    if (!IsAsciiAlnum(c) && c != '.' && c != '-') c = '_';
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
  WarcOptions options;
  options.max_record_bytes = max_bytes;
  WarcReader reader(StringSource(bytes), options);
  WarcRecord record;
  while (reader.Next(&record)) {
    if (record.type.empty() && !record.status.ok()) {
      return Status::DecodeError("malformed WARC record: " + record.status.message());
    }
    if (record.type != "response") continue;
    if (!record.status.ok()) return record.status;
    return WarcPage{std::move(record.target_uri), std::move(record.http_content_type),
                    std::move(record.payload)};
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
    return Status::InvalidArgument(internal::UrlForMessage(response.url) +
                                   ": nothing to save: no response came");
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
