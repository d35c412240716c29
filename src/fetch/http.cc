// Stage 1, fetch from the network: one URL's download on a libcurl easy
// handle. Redirects are followed here, not by libcurl, so that every hop's
// scheme is checked, the chain can be named in errors, and the headers kept
// are the final response's alone. When transfers run is the scheduler's.
#include "fetch/transfer.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "pith/version.h"
#include "base/bytes_text.h"
#include "base/http_header.h"
#include "base/url.h"
#include "base/utf8.h"

namespace pith::internal {

void InitCurlOnce() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

std::string DefaultUserAgent() {
  const curl_version_info_data* v = curl_version_info(CURLVERSION_NOW);
  return std::string("pith/") + PITH_VERSION_STRING + " (+libcurl/" + v->version + ")";
}


Status CheckUrl(const std::string& url, UrlParts* parts) {
  const std::string scheme = internal::UrlScheme(url);
  // Only a URL CheckUrl() takes is requested, so only these quote one that
  // may hold control bytes.
  if (scheme.empty()) return Status::InvalidArgument(UrlForMessage(url) + ": not an absolute URL");
  if (!internal::IsHttpScheme(scheme)) {
    return Status::InvalidArgument(UrlForMessage(url) + ": unsupported scheme '" + scheme +
                                   ":' (pith downloads only http and https)");
  }
  if (!internal::ParseUrl(url, parts)) {
    return Status::InvalidArgument(UrlForMessage(url) + ": not a valid URL");
  }
  return Status::Ok();
}

namespace {

// The response headers of one request may take this much; more is an
// error (a server sending a megabyte of headers is broken or hostile).
constexpr std::size_t kMaxHeaderBytes = std::size_t{256} << 10;

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

std::size_t OnBody(char* data, std::size_t size, std::size_t n, void* user) {
  auto* t = static_cast<Transfer*>(user);
  const std::size_t bytes = size * n;
  if (t->body.size() + bytes > t->max_body_bytes) {
    if (t->truncate_at_limit) {
      t->body.append(data, t->max_body_bytes - t->body.size());
      t->truncated = true;
    } else {
      t->body_too_large = true;
    }
    return 0;  // makes libcurl stop with CURLE_WRITE_ERROR
  }
  t->body.append(data, bytes);
  return bytes;
}

std::size_t OnHeader(char* data, std::size_t size, std::size_t n, void* user) {
  auto* t = static_cast<Transfer*>(user);
  const std::size_t bytes = size * n;
  t->header_bytes += bytes;
  if (t->header_bytes > kMaxHeaderBytes) {
    t->headers_too_large = true;
    return 0;  // CURLE_WRITE_ERROR
  }
  std::string line(data, bytes);
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
  if (line.rfind("HTTP/", 0) == 0) {  // a new response (after 1xx, or a proxy's CONNECT)
    t->status_line = line;
    t->headers.clear();
  } else {
    internal::AppendHeaderLine(line, &t->headers);
  }
  return bytes;
}

}  // namespace

bool ConfigureTransfer(Transfer* t, const std::string& user_agent) {
  t->easy = curl_easy_init();
  if (t->easy == nullptr) return false;
  if (t->max_body_bytes == 0) t->max_body_bytes = t->options->max_body_bytes;
  const FetchOptions& o = *t->options;
  CURL* e = t->easy;
  curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);
  curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS,
                   static_cast<long>(std::max(1.0, o.connect_timeout_seconds * 1000)));
  curl_easy_setopt(e, CURLOPT_TIMEOUT_MS,
                   static_cast<long>(std::max(1.0, o.timeout_seconds * 1000)));
  if (!t->truncate_at_limit) {
    curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(t->max_body_bytes));
  }
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
  return true;
}

void RearmTransfer(Transfer* t) {
  t->error[0] = '\0';
  t->body_too_large = false;
  t->truncated = false;
  t->headers_too_large = false;
  t->header_bytes = 0;
  t->host_pause_seconds = 0;
  t->failure.clear();
  t->status_line.clear();
  t->headers.clear();
  t->body.clear();
  curl_easy_setopt(t->easy, CURLOPT_URL, t->current_url.c_str());
}

namespace {

std::string ChainText(const std::vector<std::string>& chain) {
  std::string out;
  for (const std::string& u : chain) out += (out.empty() ? "" : " -> ") + UrlForMessage(u);
  return out;
}

}  // namespace

std::string RequestedText(const Transfer& t) {
  return t.chain.size() > 1 ? UrlForMessage(t.response.url) + " (redirected to " +
                                  UrlForMessage(t.current_url) + ")"
                            : UrlForMessage(t.current_url);
}

Next FinishRequest(Transfer* t, CURLcode rc) {
  const FetchOptions& o = *t->options;
  Response& r = t->response;
  long http_status = 0;
  curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &http_status);
  r.attempts = t->attempts;
  r.http_status = static_cast<int>(http_status);
  const std::string where = RequestedText(*t);
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

  if (rc == CURLE_WRITE_ERROR && t->truncated) rc = CURLE_OK;  // the part wanted came
  if (rc != CURLE_OK) {
    if (t->body_too_large || rc == CURLE_FILESIZE_EXCEEDED) {
      r.status = Status::TooLarge(
          NameLimit(where + ": the body is larger than " + BytesText(t->max_body_bytes),
                    OptionName(o.option_name, "FetchOptions::max_body_bytes")));
      return Next::kDone;
    }
    if (t->headers_too_large) {
      r.status = Status::FetchError(where + ": the response headers are larger than " +
                                    BytesText(kMaxHeaderBytes));
      return Next::kDone;
    }
    if (IsTransientCurlError(rc) && retry_after(backoff)) return Next::kRetry;
    const std::string detail = t->error[0] ? t->error : curl_easy_strerror(rc);
    if (rc == CURLE_UNSUPPORTED_PROTOCOL) {
      r.status = Status::InvalidArgument(where + ": unsupported scheme: " + detail);
      return Next::kDone;
    }
    // No answer at all. What went wrong is kept apart from where, so that a
    // page not requested for its site's silence (robots.txt) names it first.
    if (rc == CURLE_OPERATION_TIMEDOUT) {
      t->failure = "timed out" + tries + ": " + detail;
    } else if (rc == CURLE_COULDNT_RESOLVE_HOST || rc == CURLE_COULDNT_RESOLVE_PROXY) {
      t->failure = "DNS lookup failed: " + detail;
    } else if (rc == CURLE_COULDNT_CONNECT) {
      t->failure = "cannot connect to " + t->current_parts.host + " port " +
                   std::to_string(t->current_parts.port) + tries + ": " + detail;
    } else if (IsTlsError(rc)) {
      t->failure = "TLS error: " + detail;
    } else {
      t->failure = detail + tries;
    }
    r.status = rc == CURLE_OPERATION_TIMEDOUT ? Status::Timeout(where + ": " + t->failure)
                                              : Status::FetchError(where + ": " + t->failure);
    return Next::kDone;
  }

  if (http_status >= 300 && http_status < 400) {
    const char* location = nullptr;
    curl_easy_getinfo(t->easy, CURLINFO_REDIRECT_URL, &location);
    if (location != nullptr && *location != '\0') {
      const std::string target = location;
      UrlParts target_parts;
      if (Status s = CheckUrl(target, &target_parts); !s.ok()) {
        // The URL asked for comes first, as in every message; then the hop.
        const std::string url = UrlForMessage(t->current_url);
        const std::string hop = t->chain.size() > 1 ? UrlForMessage(r.url) + ": " + url : url;
        r.status = Status::InvalidArgument(hop + " redirects to " + UrlForMessage(target) +
                                           ", refused: pith follows redirects only to http and "
                                           "https URLs");
        return Next::kDone;
      }
      if (t->redirects >= o.max_redirects) {
        const bool loop = std::find(t->chain.begin(), t->chain.end(), target) != t->chain.end();
        r.status = Status::FetchError(UrlForMessage(r.url) + ": too many redirects (more than " +
                                      std::to_string(o.max_redirects) + ")" +
                                      (loop ? ", a redirect loop: " : ": ") + ChainText(t->chain) +
                                      " -> " + UrlForMessage(target));
        r.http_status = static_cast<int>(http_status);
        return Next::kDone;
      }
      ++t->redirects;
      t->current_url = target;
      t->current_parts = std::move(target_parts);
      t->chain.push_back(target);
      t->attempts = 0;
      return Next::kRedirect;
    }
  }

  if (http_status >= 400 && IsTransientHttpStatus(http_status)) {
    curl_off_t after = -1;
    curl_easy_getinfo(t->easy, CURLINFO_RETRY_AFTER, &after);
    if (http_status == 429 || http_status == 503) {
      // The server asks to be left alone: the whole host waits, not only this URL.
      t->host_pause_seconds = std::min(after > 0 ? static_cast<double>(after) : backoff,
                                       o.max_retry_wait_seconds);
    }
    if (retry_after(after > 0 ? static_cast<double>(after) : backoff)) return Next::kRetry;
  }

  r.final_url = t->current_url;
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
      // The server's words, quoted as a caller's are (control bytes escaped).
      reason = " " + Printable(internal::TrimAsciiSpace(
                               std::string_view(t->status_line).substr(sp2 + 1)));
    }
    r.status = Status::FetchError(where + ": HTTP " + std::to_string(http_status) + reason + tries);
  } else if (http_status < 200) {
    r.status = Status::FetchError(where + ": unexpected HTTP status " + std::to_string(http_status));
  }
  return Next::kDone;
}

}  // namespace pith::internal
