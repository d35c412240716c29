// The tests' site: one handler, routed by path.
#include "test_site.h"

#include <unicode/ucnv.h>

#include <fstream>
#include <sstream>

#include "fetch/file.h"

namespace pith::testing {
namespace {

std::string ReadFixture(const std::string& slug) {
  std::ifstream in(std::string(PITH_FIXTURES_DIR) + "/" + slug + "/source.html", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Reply Html(std::string body, std::string content_type = "text/html") {
  Reply r;
  r.headers.emplace_back("Content-Type", std::move(content_type));
  r.body = std::move(body);
  return r;
}

Reply Redirect(int status, const std::string& location) {
  Reply r;
  r.status = status;
  r.reason = status == 301 ? "Moved Permanently" : "Found";
  r.headers.emplace_back("Location", location);
  r.headers.emplace_back("Content-Type", "text/html");
  r.body = "<p>moved</p>";
  return r;
}

Reply Status(int status, const std::string& reason) {
  Reply r = Html("<html><body><h1>" + std::to_string(status) + " " + reason + "</h1></body></html>");
  r.status = status;
  r.reason = reason;
  return r;
}

// A short article in Russian, declared `meta_charset`.
std::string CyrillicPage(const std::string& meta_charset) {
  const std::string p =
      "<p>Городской совет утвердил новый бюджет на следующий год после долгого обсуждения "
      "в нескольких комиссиях и публичных слушаний с участием жителей.</p>";
  return "<!doctype html><html><head><meta charset=\"" + meta_charset +
         "\"><title>Новости города</title></head><body><nav><a href=\"/\">Главная</a></nav>"
         "<article><h1>Совет принял бюджет</h1>" + p + p + p + "</article></body></html>";
}

std::string ToWindows1251(const std::string& utf8) {
  std::string out(utf8.size(), '\0');
  UErrorCode err = U_ZERO_ERROR;
  const int32_t n = ucnv_convert("windows-1251", "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                                 utf8.data(), static_cast<int32_t>(utf8.size()), &err);
  out.resize(U_SUCCESS(err) ? static_cast<std::size_t>(n) : 0);
  return out;
}

}  // namespace

const char* TestSite::kSeedSlug = "seed-000-wire";
const char* TestSite::kCyrillicWord = "бюджет";

TestSite::TestSite()
    : server_(std::make_unique<HttpServer>([this](const Request& r) { return Route(r); })) {}

Reply TestSite::Route(const Request& request) {
  std::string path = request.target;
  if (path.rfind("http://", 0) == 0) {  // through a proxy: route by the path
    const std::size_t slash = path.find('/', 7);
    path = slash == std::string::npos ? "/" : path.substr(slash);
  }
  auto starts = [&](const char* prefix) { return path.rfind(prefix, 0) == 0; };
  auto rest = [&](const char* prefix) { return path.substr(std::string(prefix).size()); };
  auto hit = [&](const std::string& key) {
    std::lock_guard<std::mutex> lock(mu_);
    return ++hits_[key];
  };
  if (path == "/robots.txt") {
    return Html("User-agent: *\nDisallow: /private/\n", "text/plain");
  }
  if (starts("/private/")) return Html(ReadFixture(kSeedSlug));
  if (starts("/page/")) {
    const std::string body = ReadFixture(rest("/page/"));
    return body.empty() ? Status(404, "Not Found") : Html(body);
  }
  if (starts("/gzip/")) {
    Reply r = Html(internal::Gzip(ReadFixture(rest("/gzip/"))));
    r.headers.emplace_back("Content-Encoding", "gzip");
    return r;
  }
  if (starts("/redirect/")) {
    const int n = std::stoi(rest("/redirect/"));
    return n <= 0 ? Redirect(301, std::string("/page/") + kSeedSlug)
                  : Redirect(302, "/redirect/" + std::to_string(n - 1));
  }
  if (path == "/loop/a") return Redirect(302, "/loop/b");
  if (path == "/loop/b") return Redirect(302, "/loop/a");
  if (path == "/to-file") return Redirect(302, "file:///etc/passwd");
  if (path == "/slow") {
    Reply r = Html(ReadFixture(kSeedSlug));
    r.delay_seconds = 3;
    return r;
  }
  if (starts("/delay/")) {
    Reply r = Html(ReadFixture(kSeedSlug));
    r.delay_seconds = std::stoi(rest("/delay/")) / 1000.0;
    return r;
  }
  if (starts("/status/")) {
    const int n = std::stoi(rest("/status/"));
    return Status(n, n == 404 ? "Not Found" : n == 500 ? "Internal Server Error" : "Status");
  }
  if (path == "/endless") {
    Reply r = Html("");
    r.endless = true;
    return r;
  }
  if (path == "/big") return Html("<html><body><p>" + std::string(3 << 20, 'a') + "</p></body></html>");
  if (path == "/pdf") return Html("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n", "application/pdf");
  if (path == "/json") return Html("{\"title\": \"not a page\"}", "application/json");
  if (path == "/wrong-charset") return Html(CyrillicPage("utf-8"), "text/html; charset=windows-1252");
  if (path == "/lying-utf8") {
    return Html(ToWindows1251(CyrillicPage("windows-1251")), "text/html; charset=utf-8");
  }
  if (starts("/retry-after/")) {
    if (hit(path) == 1) {
      Reply r = Status(429, "Too Many Requests");
      r.headers.emplace_back("Retry-After", "1");
      return r;
    }
    return Html(ReadFixture(kSeedSlug));
  }
  if (starts("/flaky/")) {
    return hit(path) <= 2 ? Status(503, "Service Unavailable") : Html(ReadFixture(kSeedSlug));
  }
  if (path == "/never") {  // accepts, reads the request, answers nothing
    Reply r;
    r.delay_seconds = 3600;
    return r;
  }
  if (path == "/trickle") {
    Reply r = Html(std::string(64, 'a'));
    r.trickle_seconds = 1;
    return r;
  }
  if (path == "/reset") {
    Reply r;
    r.raw = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n" +
            std::string(5000, 'a');
    r.reset = true;
    return r;
  }
  if (path == "/truncated-chunked") {
    Reply r;
    r.raw = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n"
            "Connection: close\r\n\r\n1000\r\n" + std::string(100, 'a');
    return r;
  }
  if (path == "/huge-headers") {
    Reply r;
    r.raw = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n";
    for (int i = 0; i < 1024; ++i) r.raw += "X-Filler-" + std::to_string(i) + ": " + std::string(1000, 'h') + "\r\n";
    r.raw += "Content-Length: 2\r\n\r\nok";
    return r;
  }
  if (path == "/bomb") {  // 16 MiB of zeros in about 16 KB of gzip
    static const std::string bomb = internal::Gzip(std::string(std::size_t{16} << 20, '\0'));
    Reply r = Html(bomb);
    r.headers.emplace_back("Content-Encoding", "gzip");
    return r;
  }
  if (starts("/to-gopher/")) {  // N redirects, then one to a scheme pith refuses
    const int n = std::stoi(rest("/to-gopher/"));
    return n <= 0 ? Redirect(302, "gopher://127.0.0.1/1") : Redirect(302, "/to-gopher/" + std::to_string(n - 1));
  }
  if (path == "/always-429") {
    Reply r = Status(429, "Too Many Requests");
    r.headers.emplace_back("Retry-After", "1");
    return r;
  }
  return Status(404, "Not Found");
}

}  // namespace pith::testing
