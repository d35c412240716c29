// The site the fetcher's tests download from: fixtures, redirects, slow and
// endless bodies, error statuses, non-HTML types, rate limits. Served by
// HttpServer on 127.0.0.1.
#ifndef PITH_TESTS_TEST_SITE_H_
#define PITH_TESTS_TEST_SITE_H_

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "http_server.h"

namespace pith::testing {

// Routes:
//   /robots.txt           disallows /private/ to every user-agent
//   /private/...          the seed page (for --ignore-robots)
//   /page/SLUG            fixtures/SLUG/source.html as text/html
//   /gzip/SLUG            the same with Content-Encoding: gzip
//   /redirect/N           302 to /redirect/N-1; /redirect/0 -> /page/seed-000-wire
//   /loop/a, /loop/b      302 to each other
//   /to-file              302 to file:///etc/passwd
//   /slow                 the seed page after 3 s
//   /delay/MS             the seed page after MS milliseconds
//   /status/N             status N with a small HTML body
//   /endless              200 text/html, bytes until the client leaves
//   /big                  200 text/html with a 3 MiB body
//   /pdf, /json           a PDF and a JSON document
//   /wrong-charset        UTF-8 page whose header says windows-1252
//   /lying-utf8           windows-1251 page whose header says utf-8
//   /retry-after/KEY      429 with Retry-After: 1 the first time, then the seed page
//   /flaky/KEY            503 without Retry-After twice, then the seed page
//   /always-429           429 with Retry-After: 1, every time
// Network faults:
//   /never                accepts the request and never answers
//   /trickle              a 64-byte body, one byte a second
//   /reset                announces 100000 bytes, sends 5000, resets the connection
//   /truncated-chunked    a chunk announced as 4096 bytes, 100 sent, then closed
//   /huge-headers         about 1 MB of response headers
//   /bomb                 16 MiB of zeros as about 16 KB of gzip
//   /to-gopher/N          N redirects, then one to gopher://
// A target that is an absolute URL (a proxy request) is routed by its path.
class TestSite {
 public:
  TestSite();
  std::string Url(const std::string& path) const { return server_->Url(path); }
  HttpServer& server() { return *server_; }

  // The page the seed routes serve, and the UTF-8 text inside the charset pages.
  static const char* kSeedSlug;
  static const char* kCyrillicWord;

 private:
  Reply Route(const Request& request);

  std::mutex mu_;
  std::map<std::string, int> hits_;
  std::unique_ptr<HttpServer> server_;
};

}  // namespace pith::testing

#endif  // PITH_TESTS_TEST_SITE_H_
