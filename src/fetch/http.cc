// Stage 1, fetch from the network: URLs -> Responses, on libcurl's multi
// interface. Redirects are followed here, not by libcurl, so that every hop's
// scheme is checked, the chain can be named in errors, and the headers kept
// are the final response's alone.
#include <curl/curl.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "pith/fetch.h"
#include "pith/version.h"
#include "base/url.h"
#include "base/utf8.h"

namespace pith {
namespace {

using Clock = std::chrono::steady_clock;

void InitCurlOnce() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

std::string DefaultUserAgent() {
  const curl_version_info_data* v = curl_version_info(CURLVERSION_NOW);
  return std::string("pith/") + PITH_VERSION_STRING + " (+libcurl/" + v->version + ")";
}

// "20 MiB", "100 KiB", "512 bytes".
std::string HumanSize(std::size_t bytes) {
  char buf[48];
  if (bytes >= (1u << 20)) {
    std::snprintf(buf, sizeof buf, "%g MiB", static_cast<double>(bytes) / (1 << 20));
  } else if (bytes >= 1024) {
    std::snprintf(buf, sizeof buf, "%g KiB", static_cast<double>(bytes) / 1024);
  } else {
    std::snprintf(buf, sizeof buf, "%zu bytes", bytes);
  }
  return buf;
}

// kOk for an http or https URL curl can parse; otherwise why not.
Status CheckUrl(const std::string& url) {
  const std::string scheme = internal::UrlScheme(url);
  if (scheme.empty()) return Status::InvalidArgument(url + ": not an absolute URL");
  if (scheme != "http" && scheme != "https") {
    return Status::InvalidArgument(url + ": unsupported scheme '" + scheme +
                                   ":' (pith downloads only http and https)");
  }
  std::unique_ptr<CURLU, void (*)(CURLU*)> parsed(curl_url(), curl_url_cleanup);
  if (!parsed || curl_url_set(parsed.get(), CURLUPART_URL, url.c_str(), 0) != CURLUE_OK) {
    return Status::InvalidArgument(url + ": not a valid URL");
  }
  return Status::Ok();
}

bool IsTransientCurlError(CURLcode rc) {
  switch (rc) {
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_GOT_NOTHING:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
      return true;
    default:
      return false;
  }
}

bool IsTransientHttpStatus(long status) {
  return status == 429 || status == 502 || status == 503 || status == 504;
}

bool IsTlsError(CURLcode rc) {
  switch (rc) {
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_SHUTDOWN_FAILED:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_USE_SSL_FAILED:
      return true;
    default:
      return false;
  }
}

// One URL's download, across its redirects and retries.
struct Transfer {
  std::size_t index = 0;
  const FetchOptions* options = nullptr;
  CURL* easy = nullptr;
  std::string current_url;
  std::vector<std::string> chain;  // every URL requested, in order
  int redirects = 0;
  int attempts = 0;                // for current_url
  Clock::time_point not_before;    // a retry waits until then
  char error[CURL_ERROR_SIZE] = {};
  bool body_too_large = false;
  std::string status_line;
  std::vector<HttpHeader> headers;
  std::string body;
  Response response;

  ~Transfer() {
    if (easy) curl_easy_cleanup(easy);
  }
};

std::size_t OnBody(char* data, std::size_t size, std::size_t n, void* user) {
  auto* t = static_cast<Transfer*>(user);
  const std::size_t bytes = size * n;
  if (t->body.size() + bytes > t->options->max_body_bytes) {
    t->body_too_large = true;
    return 0;  // makes libcurl stop with CURLE_WRITE_ERROR
  }
  t->body.append(data, bytes);
  return bytes;
}

std::size_t OnHeader(char* data, std::size_t size, std::size_t n, void* user) {
  auto* t = static_cast<Transfer*>(user);
  const std::size_t bytes = size * n;
  std::string line(data, bytes);
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
  if (line.rfind("HTTP/", 0) == 0) {  // a new response (after 1xx, or a proxy's CONNECT)
    t->status_line = line;
    t->headers.clear();
  } else if (!line.empty() && (line[0] == ' ' || line[0] == '\t') && !t->headers.empty()) {
    t->headers.back().value += " " + std::string(internal::TrimAsciiSpace(line));  // obsolete folding
  } else if (const std::size_t colon = line.find(':'); colon != std::string::npos) {
    const std::string_view view = line;
    t->headers.push_back({std::string(internal::TrimAsciiSpace(view.substr(0, colon))),
                          std::string(internal::TrimAsciiSpace(view.substr(colon + 1)))});
  }
  return bytes;
}

// Sets the options that stay for every request of a transfer.
void Configure(Transfer* t, const std::string& user_agent) {
  const FetchOptions& o = *t->options;
  CURL* e = t->easy;
  curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);
  curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS,
                   static_cast<long>(std::max(1.0, o.connect_timeout_seconds * 1000)));
  curl_easy_setopt(e, CURLOPT_TIMEOUT_MS,
                   static_cast<long>(std::max(1.0, o.timeout_seconds * 1000)));
  curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(o.max_body_bytes));
  if (o.compressed) curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");
  curl_easy_setopt(e, CURLOPT_HTTP_VERSION,
                   o.http2 ? CURL_HTTP_VERSION_2TLS : CURL_HTTP_VERSION_1_1);
  if (!o.proxy_from_environment) curl_easy_setopt(e, CURLOPT_PROXY, "");
  curl_easy_setopt(e, CURLOPT_USERAGENT, user_agent.c_str());
  curl_easy_setopt(e, CURLOPT_COOKIEFILE, "");  // keep cookies across this URL's redirects
  curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t->error);
  curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, OnBody);
  curl_easy_setopt(e, CURLOPT_WRITEDATA, t);
  curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, OnHeader);
  curl_easy_setopt(e, CURLOPT_HEADERDATA, t);
  curl_easy_setopt(e, CURLOPT_PRIVATE, t);
}

// Readies the next request of `t` for current_url.
void Rearm(Transfer* t) {
  t->error[0] = '\0';
  t->body_too_large = false;
  t->status_line.clear();
  t->headers.clear();
  t->body.clear();
  curl_easy_setopt(t->easy, CURLOPT_URL, t->current_url.c_str());
}

// What a finished request leads to.
enum class Next { kDone, kRedirect, kRetry };

std::string ChainText(const std::vector<std::string>& chain) {
  std::string out;
  for (const std::string& u : chain) out += (out.empty() ? "" : " -> ") + u;
  return out;
}

// Classifies a finished request. Fills t->response (status, headers, body)
// when done; sets current_url for a redirect and not_before for a retry.
Next Finish(Transfer* t, CURLcode rc) {
  const FetchOptions& o = *t->options;
  Response& r = t->response;
  long http_status = 0;
  curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &http_status);
  r.attempts = t->attempts;
  r.http_status = static_cast<int>(http_status);
  const std::string& url = t->current_url;
  const std::string where = t->chain.size() > 1 ? r.url + " (redirected to " + url + ")" : url;
  const std::string tries =
      t->attempts > 1 ? " (after " + std::to_string(t->attempts) + " attempts)" : "";
  auto retry_after = [&](double wait) {
    if (t->attempts > o.retries) return false;
    if (wait > o.max_retry_wait_seconds) return false;
    t->not_before = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                       std::chrono::duration<double>(wait));
    return true;
  };
  const double backoff = o.retry_wait_seconds * std::pow(2.0, std::max(0, t->attempts - 1));

  if (rc != CURLE_OK) {
    if (t->body_too_large || rc == CURLE_FILESIZE_EXCEEDED) {
      r.status = Status::TooLarge(where + ": the body is larger than " + HumanSize(o.max_body_bytes));
      return Next::kDone;
    }
    if (IsTransientCurlError(rc) && retry_after(backoff)) return Next::kRetry;
    const std::string detail = t->error[0] ? t->error : curl_easy_strerror(rc);
    if (rc == CURLE_OPERATION_TIMEDOUT) {
      r.status = Status::Timeout(where + ": timed out" + tries + ": " + detail);
    } else if (rc == CURLE_COULDNT_RESOLVE_HOST || rc == CURLE_COULDNT_RESOLVE_PROXY) {
      r.status = Status::FetchError(where + ": DNS lookup failed: " + detail);
    } else if (rc == CURLE_COULDNT_CONNECT) {
      r.status = Status::FetchError(where + ": cannot connect" + tries + ": " + detail);
    } else if (IsTlsError(rc)) {
      r.status = Status::FetchError(where + ": TLS error: " + detail);
    } else if (rc == CURLE_UNSUPPORTED_PROTOCOL) {
      r.status = Status::InvalidArgument(where + ": unsupported scheme: " + detail);
    } else {
      r.status = Status::FetchError(where + ": " + detail + tries);
    }
    return Next::kDone;
  }

  if (http_status >= 300 && http_status < 400) {
    const char* location = nullptr;
    curl_easy_getinfo(t->easy, CURLINFO_REDIRECT_URL, &location);
    if (location != nullptr && *location != '\0') {
      const std::string target = location;
      if (Status s = CheckUrl(target); !s.ok()) {
        r.status = Status::InvalidArgument(url + " redirects to " + target +
                                           ", refused: pith follows redirects only to http and "
                                           "https URLs");
        return Next::kDone;
      }
      if (t->redirects >= o.max_redirects) {
        const bool loop = std::find(t->chain.begin(), t->chain.end(), target) != t->chain.end();
        r.status = Status::FetchError(r.url + ": too many redirects (more than " +
                                      std::to_string(o.max_redirects) + ")" +
                                      (loop ? ", a redirect loop: " : ": ") +
                                      ChainText(t->chain) + " -> " + target);
        r.http_status = static_cast<int>(http_status);
        return Next::kDone;
      }
      ++t->redirects;
      t->current_url = target;
      t->chain.push_back(target);
      t->attempts = 0;
      return Next::kRedirect;
    }
  }

  if (http_status >= 400 && IsTransientHttpStatus(http_status)) {
    curl_off_t after = -1;
    curl_easy_getinfo(t->easy, CURLINFO_RETRY_AFTER, &after);
    if (retry_after(after > 0 ? static_cast<double>(after) : backoff)) return Next::kRetry;
  }

  r.final_url = url;
  r.headers = std::move(t->headers);
  r.body = std::move(t->body);
  const char* type = nullptr;
  curl_easy_getinfo(t->easy, CURLINFO_CONTENT_TYPE, &type);
  r.content_type = type ? type : "";
  if (http_status >= 400) {
    std::string reason;
    // "HTTP/1.1 404 Not Found" -> "Not Found"
    const std::size_t sp1 = t->status_line.find(' ');
    const std::size_t sp2 = sp1 == std::string::npos ? sp1 : t->status_line.find(' ', sp1 + 1);
    if (sp2 != std::string::npos) {
      reason = " " + std::string(internal::TrimAsciiSpace(std::string_view(t->status_line).substr(sp2 + 1)));
    }
    r.status = Status::FetchError(where + ": HTTP " + std::to_string(http_status) + reason + tries);
  } else if (http_status < 200) {
    r.status = Status::FetchError(where + ": unexpected HTTP status " + std::to_string(http_status));
  }
  return Next::kDone;
}

}  // namespace

void FetchAll(const std::vector<std::string>& urls, const FetchOptions& options,
              const std::function<void(std::size_t index, Response response)>& done) {
  InitCurlOnce();
  const std::string user_agent = options.user_agent.empty() ? DefaultUserAgent() : options.user_agent;
  std::unique_ptr<CURLM, CURLMcode (*)(CURLM*)> multi(curl_multi_init(), curl_multi_cleanup);
  const int max_parallel = std::max(1, options.max_parallel);
  curl_multi_setopt(multi.get(), CURLMOPT_MAX_TOTAL_CONNECTIONS, static_cast<long>(max_parallel));

  std::size_t next = 0;       // the next URL to start
  int running = 0;            // transfers added to the multi handle
  std::deque<std::unique_ptr<Transfer>> waiting;  // retries, waiting for their time
  std::vector<std::unique_ptr<Transfer>> active(urls.size());

  auto finish = [&](std::unique_ptr<Transfer> t) {
    const std::size_t index = t->index;
    Response r = std::move(t->response);
    t.reset();  // frees the easy handle before the callback runs
    done(index, std::move(r));
  };
  auto start = [&](std::unique_ptr<Transfer> t) {
    ++t->attempts;
    Rearm(t.get());
    curl_multi_add_handle(multi.get(), t->easy);
    ++running;
    active[t->index] = std::move(t);
  };

  while (next < urls.size() || running > 0 || !waiting.empty()) {
    // Start what may start: due retries first, then new URLs.
    const Clock::time_point now = Clock::now();
    for (auto it = waiting.begin(); it != waiting.end() && running < max_parallel;) {
      if ((*it)->not_before <= now) {
        std::unique_ptr<Transfer> t = std::move(*it);
        it = waiting.erase(it);
        start(std::move(t));
      } else {
        ++it;
      }
    }
    while (next < urls.size() && running < max_parallel) {
      auto t = std::make_unique<Transfer>();
      t->index = next;
      t->options = &options;
      t->response.url = urls[next];
      t->current_url = urls[next];
      t->chain.push_back(urls[next]);
      ++next;
      if (Status s = CheckUrl(t->current_url); !s.ok()) {
        t->response.status = s;
        finish(std::move(t));
        continue;
      }
      t->easy = curl_easy_init();
      if (t->easy == nullptr) {
        t->response.status = Status::FetchError(t->current_url + ": cannot create a transfer");
        finish(std::move(t));
        continue;
      }
      Configure(t.get(), user_agent);
      start(std::move(t));
    }

    int still = 0;
    curl_multi_perform(multi.get(), &still);
    int left = 0;
    while (CURLMsg* msg = curl_multi_info_read(multi.get(), &left)) {
      if (msg->msg != CURLMSG_DONE) continue;
      Transfer* raw = nullptr;
      curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &raw);
      const CURLcode rc = msg->data.result;
      curl_multi_remove_handle(multi.get(), msg->easy_handle);
      --running;
      std::unique_ptr<Transfer> t = std::move(active[raw->index]);
      switch (Finish(t.get(), rc)) {
        case Next::kDone: finish(std::move(t)); break;
        case Next::kRedirect: start(std::move(t)); break;
        case Next::kRetry: waiting.push_back(std::move(t)); break;
      }
    }

    if (running == 0 && next >= urls.size() && waiting.empty()) break;
    if (next < urls.size() && running < max_parallel) continue;  // a slot is free: start at once
    // Sleep until there is work: socket activity, curl's own timers, or the
    // next retry's time.
    int wait_ms = 1000;
    for (const auto& t : waiting) {
      const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(t->not_before -
                                                                            Clock::now());
      wait_ms = std::min<int>(wait_ms, static_cast<int>(std::max<long long>(0, ms.count())));
    }
    if (running > 0 || wait_ms > 0) curl_multi_poll(multi.get(), nullptr, 0, wait_ms, nullptr);
  }
}

Response Fetch(const std::string& url, const FetchOptions& options) {
  Response out;
  FetchAll({url}, options, [&](std::size_t, Response r) { out = std::move(r); });
  return out;
}

}  // namespace pith
