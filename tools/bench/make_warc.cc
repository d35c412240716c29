// make_warc: writes a "crawl" WARC file from the pages of benchmark sets,
// laid out the way crawlers write them: a warcinfo record, then for each
// page a request, its response and a metadata record, every tenth page also
// an image response and every twentieth a revisit. Responses vary as on the
// wire: some chunked, some gzip-encoded. A benchmark input for
// `pith -j N --format jsonl crawl.warc.gz`; never a repository file.
//
//   make_warc OUT.warc[.gz] SET_DIR... [--records N] [--gzip member|whole|none]
//
// Each SET_DIR holds html/<id>.html[.gz]. The pages are written in passes
// until at least N responses (default 2000) are out, so every page appears
// equally often; --gzip member (the default) gzips each record on its own,
// as Common Crawl does.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "fetch/file.h"

namespace {

namespace fs = std::filesystem;

struct PageFile {
  std::string set;
  std::string id;
  std::string path;
};

std::string Uuid(std::size_t n) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "<urn:uuid:00000000-0000-4000-8000-%012zx>", n);
  return buf;
}

std::string Date(std::size_t n) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "2025-01-%02zuT%02zu:%02zu:%02zuZ", 1 + n / 86400 % 28,
                n / 3600 % 24, n / 60 % 60, n % 60);
  return buf;
}

std::string Record(std::size_t n, const std::string& type, const std::string& uri,
                   const std::string& content_type, const std::string& block,
                   const std::string& extra = "") {
  std::string r = "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: " + Uuid(n) +
                  "\r\nWARC-Date: " + Date(n) + "\r\n";
  if (!uri.empty()) r += "WARC-Target-URI: " + uri + "\r\n";
  r += extra + "Content-Type: " + content_type + "\r\nContent-Length: " +
       std::to_string(block.size()) + "\r\n\r\n";
  r.reserve(r.size() + block.size() + 4);
  r += block;
  r += "\r\n\r\n";
  return r;
}

std::string Chunked(const std::string& body) {
  std::string out;
  constexpr std::size_t kChunk = 8192;
  for (std::size_t i = 0; i < body.size(); i += kChunk) {
    const std::size_t n = std::min(kChunk, body.size() - i);
    char hex[20];
    std::snprintf(hex, sizeof hex, "%zx\r\n", n);
    out += hex;
    out.append(body, i, n);
    out += "\r\n";
  }
  return out + "0\r\n\r\n";
}

int Usage() {
  std::cerr << "usage: make_warc OUT.warc[.gz] SET_DIR... [--records N] [--gzip member|whole|none]\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string out_path, gzip = "member";
  std::vector<std::string> sets;
  std::size_t min_records = 2000;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--records" && i + 1 < argc) {
      min_records = std::strtoul(argv[++i], nullptr, 10);
    } else if (a == "--gzip" && i + 1 < argc) {
      gzip = argv[++i];
      if (gzip != "member" && gzip != "whole" && gzip != "none") return Usage();
    } else if (!a.empty() && a[0] == '-') {
      return Usage();
    } else if (out_path.empty()) {
      out_path = a;
    } else {
      sets.push_back(a);
    }
  }
  if (out_path.empty() || sets.empty()) return Usage();
  std::vector<PageFile> pages;
  for (const std::string& set : sets) {
    std::error_code ec;
    std::vector<PageFile> found;
    for (const auto& e : fs::directory_iterator(fs::path(set) / "html", ec)) {
      std::string id = e.path().filename().string();
      id = id.substr(0, id.find('.'));
      found.push_back({fs::path(set).filename().string(), id, e.path().string()});
    }
    if (ec || found.empty()) {
      std::cerr << "make_warc: no pages in " << set << "/html\n";
      return 2;
    }
    std::sort(found.begin(), found.end(), [](const PageFile& a, const PageFile& b) { return a.path < b.path; });
    pages.insert(pages.end(), found.begin(), found.end());
  }
  std::FILE* out = std::fopen(out_path.c_str(), "wb");
  if (!out) {
    std::perror(("make_warc: " + out_path).c_str());
    return 2;
  }
  std::string whole;  // --gzip whole: the file gzipped in one go at the end
  std::size_t n = 0, responses = 0, records = 0;
  auto write = [&](const std::string& record) {
    ++records;
    if (gzip == "whole") {
      whole += record;
      return;
    }
    const std::string bytes = gzip == "member" ? pith::internal::Gzip(record) : record;
    std::fwrite(bytes.data(), 1, bytes.size(), out);
  };
  write(Record(n++, "warcinfo", "", "application/warc-fields",
               "software: pith make_warc\r\nformat: WARC File Format 1.1\r\n"));
  for (std::size_t pass = 0; responses < min_records; ++pass) {
    for (std::size_t p = 0; p < pages.size(); ++p) {
      pith::Result<std::string> raw = pith::internal::ReadFileBytes(pages[p].path, 1 << 30);
      if (!raw.ok()) {
        std::cerr << "make_warc: " << raw.status().ToString() << "\n";
        return 2;
      }
      std::string html = *raw;
      if (pith::internal::IsGzip(html)) html = *pith::internal::Gunzip(html, 1 << 30);
      const std::string host = pages[p].set + ".bench.example";
      const std::string uri =
          "https://" + host + "/" + pages[p].id + (pass > 0 ? "?pass=" + std::to_string(pass) : "");
      const std::string path = uri.substr(uri.find('/', 8));
      write(Record(n++, "request", uri, "application/http; msgtype=request",
                   "GET " + path + " HTTP/1.1\r\nHost: " + host +
                       "\r\nUser-Agent: make_warc\r\nAccept-Encoding: gzip\r\n\r\n"));
      std::string headers = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n";
      std::string body = html;
      if (p % 4 == 1) {
        body = pith::internal::Gzip(body);
        headers += "Content-Encoding: gzip\r\n";
      }
      if (p % 3 == 2) {
        body = Chunked(body);
        headers += "Transfer-Encoding: chunked\r\n";
      } else {
        headers += "Content-Length: " + std::to_string(body.size()) + "\r\n";
      }
      write(Record(n++, "response", uri, "application/http; msgtype=response",
                   headers + "\r\n" + body, "WARC-Identified-Payload-Type: text/html\r\n"));
      ++responses;
      write(Record(n++, "metadata", uri, "application/warc-fields",
                   "fetchTimeMs: " + std::to_string(100 + p % 900) + "\r\noutlink: https://" + host +
                       "/\r\n"));
      if (p % 10 == 0) {
        const std::string png = std::string("\x89PNG\r\n\x1a\n", 8) + std::string(2000, '\x01');
        write(Record(n++, "response", "https://" + host + "/logo.png",
                     "application/http; msgtype=response",
                     "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: " +
                         std::to_string(png.size()) + "\r\n\r\n" + png));
      }
      if (p % 20 == 0 && pass > 0) {
        write(Record(n++, "revisit", uri, "application/http; msgtype=response",
                     "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n",
                     "WARC-Profile: http://netpreserve.org/warc/1.1/revisit/identical-payload-digest\r\n"));
      }
    }
  }
  if (gzip == "whole") {
    const std::string bytes = pith::internal::Gzip(whole);
    std::fwrite(bytes.data(), 1, bytes.size(), out);
  }
  if (std::fclose(out) != 0) {
    std::perror(("make_warc: " + out_path).c_str());
    return 2;
  }
  std::cerr << "make_warc: " << out_path << ": " << records << " records, " << responses
            << " HTML responses from " << pages.size() << " pages\n";
  return 0;
}
