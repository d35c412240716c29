// pith: downloading pages, as a scraper's downloader would (libcurl).
//
// Fetch() gets one URL; FetchAll() gets many at once on libcurl's multi
// interface and hands each Response back as it completes. ExtractResponse()
// turns a Response into an Article; SaveResponse() stores it as a gzipped
// WARC record that ExtractFile() reads back with its URL and Content-Type.
//
// Thread safety: the functions hold no state between calls, so any number of
// threads may call them at once. libcurl's own process-wide initialisation
// runs once, on the first call, behind a std::call_once.
//
// Example:
//
//   pith::FetchOptions fetch;
//   fetch.retries = 2;
//   pith::Response response = pith::Fetch("https://example.org/story", fetch);
//   pith::Result<pith::Article> article = pith::ExtractResponse(response);
//   if (!article.ok()) std::cerr << article.status().ToString() << "\n";
//   else std::cout << article->text << "\n";
#ifndef PITH_FETCH_H_
#define PITH_FETCH_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "pith/article.h"
#include "pith/options.h"
#include "pith/status.h"

namespace pith {

// Options for downloading. An aggregate like ExtractOptions; fields are
// only ever appended.
struct FetchOptions {
  // Time to establish a connection (DNS, TCP, TLS), in seconds. Default: 10.
  double connect_timeout_seconds = 10.0;

  // Time for one whole request, from connecting to the last byte of the
  // body, in seconds; each redirect and each retry gets its own. Default: 30.
  double timeout_seconds = 30.0;

  // Redirects followed before giving up with "too many redirects".
  // Default: 10.
  int max_redirects = 10;

  // Largest body accepted, counted after Content-Encoding is undone. A
  // larger body fails with kTooLarge: never a silent truncation.
  // Default: 20 MiB.
  std::size_t max_body_bytes = std::size_t{20} << 20;

  // FetchAll(): transfers running at once. Default: 8.
  int max_parallel = 8;

  // Further attempts after a transient failure: connection failed or reset,
  // timeout, HTTP 429, 502, 503 or 504. Default: 0.
  int retries = 0;

  // Wait before the first retry, in seconds; it doubles for each further
  // one. A Retry-After header (seconds or an HTTP date) takes its place.
  // Default: 1.
  double retry_wait_seconds = 1.0;

  // A Retry-After longer than this is not waited for: the failure is
  // reported instead. Default: 120.
  double max_retry_wait_seconds = 120.0;

  // Ask for compressed transfer (gzip, deflate, and brotli and zstd when
  // libcurl has them) and undo it. Default: true.
  bool compressed = true;

  // Use HTTP/2 over TLS where the server offers it. Default: true.
  bool http2 = true;

  // Use the proxy named in the environment (http_proxy, https_proxy,
  // all_proxy, no_proxy), as curl does. Default: true.
  bool proxy_from_environment = true;

  // The User-Agent header. Empty: "pith/VERSION (+libcurl/VERSION)". Its
  // product token (the part before the first '/', space...: "pith"; in a
  // browser's form, "Mozilla/5.0 (compatible; ExampleBot/0.1; +URL)", the
  // name after "compatible;": "ExampleBot") is the name robots.txt groups
  // are matched against. Default: empty.
  std::string user_agent;

  // Politeness. These apply to every download, FetchAll's, Fetch's and
  // discovery's alike.

  // Obey each site's robots.txt (RFC 9309): it is fetched once per site
  // (scheme, host and port) and kept up to robots_max_age_seconds; a URL it
  // disallows is not requested and comes back with kDisallowed, naming the
  // rule. A robots.txt answering 4xx allows everything; 5xx, 429 or no
  // answer at all disallows the whole site until it is asked again. No answer at all
  // (DNS, connection, TLS, timeout) fails the site's URLs as downloads,
  // kFetchError or kTimeout with that cause, unrequested. Turn off only for
  // sites you own or may fetch regardless (see the README). Default: true.
  bool obey_robots = true;

  // Transfers to one host running at once; max_parallel stays the cap over
  // all hosts. Default: 2.
  int max_per_host = 2;

  // Least time between the starts of two requests to one host, in seconds
  // (redirects and retries are requests too; robots.txt is not counted). A
  // robots.txt Crawl-delay wins when larger, up to max_crawl_delay_seconds.
  // 0 turns the delay off. Default: 1.
  double per_host_delay_seconds = 1.0;

  // A Crawl-delay longer than this is taken as this, so that one site
  // cannot stall a run for hours. Default: 30.
  double max_crawl_delay_seconds = 30.0;

  // robots.txt is read up to this many bytes and the rest ignored (RFC 9309
  // asks for at least 500 KiB). Default: 500 KiB.
  std::size_t max_robots_bytes = std::size_t{500} << 10;

  // A site's robots.txt, whatever it answered, is kept this many seconds
  // from its answer; the site's next URL after that waits while it is asked
  // for again (RFC 9309 2.4: crawlers SHOULD NOT use a cached robots.txt
  // for more than 24 hours), so a crawl or a Fetcher running for days
  // follows the site's changes, and a site off limits for an error is tried
  // again. Default: 86400 (24 hours).
  double robots_max_age_seconds = 86400.0;

  // Asked on FetchAll()'s thread at least every 100 ms while it runs (also
  // while it waits on the network or a host's delay); true cancels the run
  // as Fetcher::Cancel() does. For a caller that can only check on that
  // thread whether to stop: a Python binding running its signal handlers
  // (Ctrl-C) there. It must not call back into the Fetcher. Default: none.
  std::function<bool()> should_cancel;

  // How messages name the options above (OptionNamer in pith/options.h).
  // Default: empty (their C++ names, "FetchOptions::max_body_bytes").
  OptionNamer option_name;
};

struct HttpHeader {
  std::string name;
  std::string value;
};

// The outcome of downloading one URL. Always filled as far as the download
// got: a 404 has its http_status, headers and body, and a non-OK status.
struct Response {
  std::string url;         // as requested (a password too; messages show "***")
  std::string final_url;   // after redirects; empty if no response came
  int http_status = 0;     // of the final response; 0 if none came
  std::string content_type;            // the final response's Content-Type
  std::vector<HttpHeader> headers;     // the final response's headers, in order
  std::string body;        // with Content-Encoding undone
  int attempts = 0;        // requests made for the final URL, retries included
  // OK, or why the download failed, with the URL in the message:
  //   kInvalidArgument  not a URL, or a scheme other than http and https
  //                     (also as a redirect's target)
  //   kFetchError       DNS failure, connection refused, TLS error, HTTP
  //                     status 400 or above, too many redirects; also the
  //                     first three for the site's robots.txt, the URL then
  //                     not requested ("URL: cannot connect to HOST port N:
  //                     ... (asking for its site's robots.txt first, ...;
  //                     the page was not requested)")
  //   kTimeout          the connect or total timeout passed (for the
  //                     site's robots.txt too, said so)
  //   kTooLarge         the body is larger than FetchOptions::max_body_bytes
  //   kDisallowed       robots.txt disallows the URL (or the redirect's
  //                     target): never requested; the message names the rule
  //   kCancelled        the run was cancelled (Fetcher::Cancel(),
  //                     FetchOptions::should_cancel) before the download
  //                     ended: "URL: cancelled"; what had come is dropped
  Status status;

  bool ok() const { return status.ok(); }
};

// A downloader that remembers, across its calls, what politeness needs:
// each site's robots.txt and each host's last request, so that a run made
// of several steps (read a sitemap, then download its pages) asks for
// robots.txt once and keeps the delay between steps. Open connections are
// reused across calls too.
//
// Thread safety: one Fetcher is used by one thread at a time; separate
// Fetchers are independent. Cancel() alone may be called from any thread at
// any time.
class Fetcher {
 public:
  explicit Fetcher(FetchOptions options = {});
  ~Fetcher();
  Fetcher(const Fetcher&) = delete;
  Fetcher& operator=(const Fetcher&) = delete;

  const FetchOptions& options() const;

  // Downloads every URL, on the calling thread: at most
  // options().max_parallel at once over all hosts and max_per_host per
  // host, each host's requests per_host_delay_seconds apart, URLs of other
  // hosts going on while one host waits. Calls done(index, response) on the
  // calling thread as each completes (in completion order); `index` is the
  // URL's position in `urls`, or what Add() returned. Returns when all are
  // done, those added included.
  void FetchAll(const std::vector<std::string>& urls,
                const std::function<void(std::size_t index, Response response)>& done);

  // Adds a URL to the FetchAll() running now and returns its index (after
  // those of `urls` and earlier additions). Lets `done` queue the links of
  // a page as a crawler does.
  // REQUIRES: called from inside FetchAll's `done`.
  std::size_t Add(std::string url);

  // Stops the Fetcher for good: the FetchAll() running now stops its
  // transfers within a few milliseconds (closing their connections) and
  // hands every URL not done yet, those queued, waiting for robots.txt or
  // for a retry included, to `done` with kCancelled, in index order, then
  // returns; a later FetchAll() hands all its URLs back so at once, having
  // requested none. Responses handed to `done` before stay as they were.
  // Thread-safe: may be called from any thread (a watchdog, a UI), from
  // inside `done`, before or during FetchAll(). Not async-signal-safe: a
  // signal handler should set a flag that should_cancel reads.
  void Cancel();

  // Whether Cancel() was called, or should_cancel returned true.
  bool cancelled() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Downloads one URL, following redirects and retrying as `options` say.
// The same as a Fetcher's FetchAll of one URL.
Response Fetch(const std::string& url, const FetchOptions& options = {});

// Fetcher(options).FetchAll(urls, done).
void FetchAll(const std::vector<std::string>& urls, const FetchOptions& options,
              const std::function<void(std::size_t index, Response response)>& done);

// Extracts a downloaded page, with its final URL and its Content-Type (whose
// charset outranks the page's own declaration). Returns response.status if
// the download failed, and kUnsupportedType for a body that is not HTML
// (PDF, image, JSON, ...: the message names the type), without parsing it.
// Otherwise as Extract().
Result<Article> ExtractResponse(const Response& response, const ExtractOptions& options = {});

// The one rule by which pith tells a page from a body that is none, for a
// Content-Type given to Extract() and ExtractFile() (PageInfo::content_type),
// a download (ExtractResponse(), the crawler) and a WARC record alike. True
// for a Content-Type whose media type, in any case, parameters aside, is
// text/html or application/xhtml+xml, or that names no type: missing,
// empty, a word that is no type/subtype ("html"), or a placeholder
// WHATWG's MIME Sniffing standard calls unknown (unknown/unknown,
// application/unknown, */*). False for any other type: application/json,
// application/pdf, image/png, text/css, and text/plain too, which servers
// and archives put on robots.txt, logs and other text that is no page (a
// caller who knows a text/plain body is HTML passes no type, or text/html).
bool IsHtmlContentType(const std::string& content_type);

// Stores a response in directory `dir` (created if missing) as a gzipped
// WARC/1.1 response record: the final URL, the status line, the headers and
// the body (Content-Encoding undone). ExtractFile() and Extract() read such
// a file back with its URL and Content-Type. Returns the file's path:
// DIR/<host-and-path>-<hash>.warc.gz, the same for the same final URL.
Result<std::string> SaveResponse(const Response& response, const std::string& dir);

}  // namespace pith

#endif  // PITH_FETCH_H_
