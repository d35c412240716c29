// Stage 1, fetch: one URL's download on a libcurl easy handle, across its
// redirects and retries (src/fetch/http.cc). Which transfer runs when, per
// host and under robots.txt, is the scheduler's (src/fetch/scheduler.cc).
#ifndef PITH_SRC_FETCH_TRANSFER_H_
#define PITH_SRC_FETCH_TRANSFER_H_

#include <curl/curl.h>

#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

#include "base/url.h"
#include "pith/fetch.h"

namespace pith::internal {

using Clock = std::chrono::steady_clock;

// curl_global_init, once per process.
void InitCurlOnce();

// "pith/VERSION (+libcurl/VERSION)".
std::string DefaultUserAgent();

// kOk for an http or https URL curl can parse, taken apart into *parts
// (so that no caller parses it again); otherwise kInvalidArgument saying why.
Status CheckUrl(const std::string& url, UrlParts* parts);

// One URL's download, across its redirects and retries.
struct Transfer {
  std::size_t index = 0;
  const FetchOptions* options = nullptr;
  CURL* easy = nullptr;
  std::string current_url;
  UrlParts current_parts;          // current_url taken apart (by CheckUrl)
  std::vector<std::string> chain;  // every URL requested, in order
  int redirects = 0;
  int attempts = 0;                // for current_url
  Clock::time_point not_before;    // a retry waits until then
  char error[CURL_ERROR_SIZE] = {};
  // The body limit: options->max_body_bytes, or less for robots.txt.
  std::size_t max_body_bytes = 0;
  // Past max_body_bytes, keep what came and end the transfer as a success
  // (robots.txt: the rest of a too large file is ignored) instead of
  // failing with kTooLarge.
  bool truncate_at_limit = false;
  bool body_too_large = false;
  bool truncated = false;
  std::size_t header_bytes = 0;    // of the current request
  bool headers_too_large = false;
  // Set by FinishRequest for a 429 or 503: how long the server asked the
  // whole host to be left alone (Retry-After, or the backoff), in seconds.
  double host_pause_seconds = 0;
  // Set by FinishRequest when no answer came (DNS, connection, TLS,
  // timeout): what went wrong, without the URL ("cannot connect to
  // example.org port 80: ..."); response.status says it after the URL.
  std::string failure;
  std::string status_line;
  std::vector<HttpHeader> headers;
  std::string body;
  Response response;

  Transfer() = default;
  Transfer(const Transfer&) = delete;
  Transfer& operator=(const Transfer&) = delete;
  ~Transfer() {
    if (easy) curl_easy_cleanup(easy);
  }
};

// Creates t->easy and sets the options that stay for every request of the
// transfer. False if libcurl cannot make a handle.
bool ConfigureTransfer(Transfer* t, const std::string& user_agent);

// Readies the next request of `t` for t->current_url.
void RearmTransfer(Transfer* t);

// What a finished request leads to.
enum class Next { kDone, kRedirect, kRetry };

// The URL `t` asked for, then where its redirects led when they did:
// "http://a/x (redirected to https://b/x)"; its messages begin with it.
std::string RequestedText(const Transfer& t);

// Classifies a finished request. Fills t->response (status, headers, body)
// when done; sets current_url for a redirect and not_before for a retry.
Next FinishRequest(Transfer* t, CURLcode rc);

}  // namespace pith::internal

#endif  // PITH_SRC_FETCH_TRANSFER_H_
