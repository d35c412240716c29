// URL resolution with libcurl's CURLU.
#include "base/url.h"

#include <curl/curl.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <memory>

#include "base/utf8.h"
#include "pith/status.h"

namespace pith::internal {
namespace {

using UrlHandle = std::unique_ptr<CURLU, void (*)(CURLU*)>;

constexpr unsigned kJoinFlags = CURLU_NON_SUPPORT_SCHEME | CURLU_URLENCODE;

// `href` resolved against `base` ("" for none), or against `parsed_base`
// (`base` parsed) when given; "" if it cannot be.
std::string Join(const std::string& base, const std::string& href,
                 CURLU* parsed_base = nullptr) {
  UrlHandle h(parsed_base != nullptr ? curl_url_dup(parsed_base) : curl_url(), curl_url_cleanup);
  if (!h) return "";
  const unsigned flags = kJoinFlags;
  if (parsed_base == nullptr && !base.empty() &&
      curl_url_set(h.get(), CURLUPART_URL, base.c_str(), flags) != CURLUE_OK) {
    return "";
  }
  if (curl_url_set(h.get(), CURLUPART_URL, href.c_str(), flags) != CURLUE_OK) return "";
  char* out = nullptr;
  if (curl_url_get(h.get(), CURLUPART_URL, &out, 0) != CURLUE_OK || out == nullptr) return "";
  std::string result = out;
  curl_free(out);
  return result;
}


constexpr bool IsUnreserved(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~';
}

// RFC 3986's reserved octets (gen-delims, sub-delims): an escape of one
// means something else than the octet itself, so both forms stay.
constexpr bool IsReserved(unsigned char c) {
  switch (c) {
    case ':': case '/': case '?': case '#': case '[': case ']': case '@':
    case '!': case '$': case '&': case '\'': case '(': case ')': case '*':
    case '+': case ',': case ';': case '=':
      return true;
    default:
      return false;
  }
}

// What IsPlainHttpUrl() makes of an octet after the host: kRefused, kPlain
// (RFC 3986's unreserved and reserved octets but '[' and ']', an IPv6
// host's), or kLookCloser ('%', '/', '?', '#', which the octets after them
// decide). A table: the loop reads every octet of every URL resolved.
enum OctetKind : unsigned char { kRefused, kPlain, kLookCloser };
constexpr std::array<OctetKind, 256> kOctetKinds = [] {
  std::array<OctetKind, 256> kinds{};
  for (int c = 0; c < 256; ++c) {
    const auto octet = static_cast<unsigned char>(c);
    if (c == '%' || c == '/' || c == '?' || c == '#') {
      kinds[c] = kLookCloser;
    } else if (c != '[' && c != ']' && (IsUnreserved(octet) || IsReserved(octet))) {
      kinds[c] = kPlain;
    }
  }
  return kinds;
}();

// Where the scheme of `url` ends, after its ':' (a letter, then letters,
// digits, + - .); 0 when it has none. A ':' further on is the path's.
std::size_t AfterScheme(std::string_view url) {
  std::size_t i = 0;
  if (url.empty() || !IsAsciiAlpha(url[0])) return 0;
  while (i < url.size() &&
         (IsAsciiAlnum(url[i]) || url[i] == '+' || url[i] == '-' || url[i] == '.')) {
    ++i;
  }
  return i < url.size() && url[i] == ':' ? i + 1 : 0;
}

// Where the authority that opens at `start` (after "//") ends: at the path,
// query or fragment, or at the URL's end.
std::size_t AuthorityEnd(std::string_view url, std::size_t start) {
  return std::min(url.find_first_of("/?#", start), url.size());
}

}  // namespace

bool IsPlainHttpUrl(std::string_view url) {
  std::size_t i;
  if (url.rfind("http://", 0) == 0) {
    i = 7;
  } else if (url.rfind("https://", 0) == 0) {
    i = 8;
  } else {
    return false;
  }
  // The host: labels of [a-z0-9-], the first starting with a letter.
  if (i == url.size() || !IsAsciiLower(url[i])) return false;
  char last = '.';
  for (; i < url.size() && url[i] != '/'; ++i) {
    const char c = url[i];
    if (c == '.' ? last == '.' : !(IsAsciiLower(c) || IsAsciiDigit(c) || c == '-')) return false;
    last = c;
  }
  if (i == url.size() || last == '.') return false;  // no path, or a final dot
  // Path, query and fragment: plain octets, escapes, one '#'; no empty
  // query or fragment, and no dot segment ("/./", "/../", "/." or "/.." at
  // the end or before '?' or '#'), in the path or after it.
  bool fragment = false;
  for (; i < url.size(); ++i) {
    const char c = url[i];
    const OctetKind kind = kOctetKinds[static_cast<unsigned char>(c)];
    if (kind != kLookCloser) {
      if (kind == kRefused) return false;
    } else if (c == '%') {
      if (i + 2 >= url.size() || HexDigitValue(url[i + 1]) < 0 || HexDigitValue(url[i + 2]) < 0) return false;
      i += 2;
    } else if (c == '/') {
      std::size_t dots = 0;
      while (i + 1 + dots < url.size() && url[i + 1 + dots] == '.' && dots < 3) ++dots;
      const std::size_t after = i + 1 + dots;
      if ((dots == 1 || dots == 2) &&
          (after == url.size() || url[after] == '/' || url[after] == '?' || url[after] == '#')) {
        return false;
      }
    } else if (c == '?' || c == '#') {
      if (i + 1 == url.size() || url[i + 1] == '#') return false;
      if (c == '#') {
        if (fragment) return false;
        fragment = true;
      }
    }
  }
  return true;
}

std::string UrlScheme(const std::string& url) {
  const std::size_t colon = url.find(':');
  if (colon == std::string::npos || colon == 0) return "";
  for (std::size_t i = 0; i < colon; ++i) {
    const char c = url[i];
    const bool ok =
        IsAsciiAlpha(c) || (i > 0 && (IsAsciiDigit(c) || c == '+' || c == '-' || c == '.'));
    if (!ok) return "";
  }
  return AsciiLower(std::string_view(url).substr(0, colon));
}

std::string_view UrlPath(std::string_view url) {
  // A scheme and "//" open an authority, as "//" alone does; a "//"
  // further on is the path's.
  const std::size_t i = AfterScheme(url);
  if (url.substr(i, 2) == "//") {
    url.remove_prefix(AuthorityEnd(url, i + 2));
  } else {
    url.remove_prefix(i);  // a scheme without an authority: "mailto:a@x.org"
  }
  return url.substr(0, url.find_first_of("?#"));
}

std::string UrlHost(std::string_view url) {
  const std::size_t i = AfterScheme(url);
  if (url.substr(i, 2) != "//") return {};
  std::string_view authority = url.substr(i + 2, AuthorityEnd(url, i + 2) - (i + 2));
  const std::size_t at = authority.rfind('@');
  if (at != std::string_view::npos) authority.remove_prefix(at + 1);
  // An IPv6 address in brackets keeps its colons.
  const std::size_t close =
      !authority.empty() && authority[0] == '[' ? authority.find(']') : 0;
  if (close != std::string_view::npos) authority = authority.substr(0, authority.find(':', close));
  if (!authority.empty() && authority.back() == '.') authority.remove_suffix(1);
  return AsciiLower(authority);
}

std::string UrlForMessage(std::string_view url) {
  const std::size_t scheme_end = AfterScheme(url);
  if (url.substr(scheme_end, 2) != "//") return Printable(url);
  const std::size_t start = scheme_end + 2;
  const std::size_t authority_end = AuthorityEnd(url, start);
  const std::size_t at = url.substr(0, authority_end).rfind('@');
  if (at == std::string_view::npos || at < start) return Printable(url);
  const std::size_t colon = url.substr(0, at).find(':', start);
  // "user:***", or "***" for a userinfo without a password.
  const std::size_t shown_end = colon == std::string_view::npos ? start : colon + 1;
  return Printable(std::string(url.substr(0, shown_end)) + "***" + std::string(url.substr(at)));
}

std::string_view LastPathPart(std::string_view path) {
  while (!path.empty() && path.back() == '/') path.remove_suffix(1);
  const std::size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? std::string_view() : path.substr(slash + 1);
}

bool IsHttpScheme(std::string_view scheme) { return scheme == "http" || scheme == "https"; }

bool IsHttpUrl(const std::string& url) {
  // UrlScheme(url) is "http" or "https" (no copy made: every URL asks).
  const std::size_t colon = url.find(':');
  return (colon == 4 || colon == 5) &&
         EqualsIgnoreCase(std::string_view(url).substr(0, colon), colon == 4 ? "http" : "https");
}

std::string UrlParts::Origin() const {
  return scheme + "://" + host + ":" + std::to_string(port);
}

std::string UrlParts::SiteRoot() const {
  const bool default_port = (scheme == "http" && port == 80) || (scheme == "https" && port == 443);
  return scheme + "://" + host + (default_port ? "" : ":" + std::to_string(port)) + "/";
}

std::string UrlParts::PathAndQuery() const { return has_query ? path + "?" + query : path; }

std::string NormalizePercentEncoding(std::string_view s, std::string_view also_escape) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(s.size());
  auto escape = [&](unsigned char c) {
    out += '%';
    out += kHex[c >> 4];
    out += kHex[c & 15];
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '%' && i + 2 < s.size() && HexDigitValue(s[i + 1]) >= 0 && HexDigitValue(s[i + 2]) >= 0) {
      const auto decoded = static_cast<unsigned char>(HexDigitValue(s[i + 1]) * 16 + HexDigitValue(s[i + 2]));
      if (IsUnreserved(decoded)) {
        out += static_cast<char>(decoded);
      } else {
        escape(decoded);
      }
      i += 2;
    } else if ((IsUnreserved(c) || IsReserved(c)) &&
               also_escape.find(static_cast<char>(c)) == std::string_view::npos) {
      out += static_cast<char>(c);
    } else {
      escape(c);
    }
  }
  return out;
}

bool ParseUrl(const std::string& url, UrlParts* parts) {
  if (url.find('\0') != std::string::npos) return false;
  UrlHandle h(curl_url(), curl_url_cleanup);
  if (!h || curl_url_set(h.get(), CURLUPART_URL, url.c_str(), CURLU_NON_SUPPORT_SCHEME) != CURLUE_OK) {
    return false;
  }
  auto get = [&](CURLUPart what, unsigned flags, std::string* out) {
    char* v = nullptr;
    const bool ok = curl_url_get(h.get(), what, &v, flags) == CURLUE_OK && v != nullptr;
    if (ok) *out = v;
    curl_free(v);
    return ok;
  };
  std::string port;
  if (!get(CURLUPART_SCHEME, 0, &parts->scheme) || !get(CURLUPART_HOST, 0, &parts->host)) return false;
  parts->scheme = AsciiLower(parts->scheme);
  parts->host = AsciiLower(parts->host);
  parts->port = get(CURLUPART_PORT, CURLU_DEFAULT_PORT, &port) ? std::atoi(port.c_str()) : 0;
  if (!get(CURLUPART_PATH, 0, &parts->path) || parts->path.empty()) parts->path = "/";
  parts->has_query = get(CURLUPART_QUERY, 0, &parts->query);
  if (!parts->has_query) parts->query.clear();
  return true;
}

UrlResolver::UrlResolver(const std::string& page_url, const std::string& base_href) {
  const std::string page = NormalizeSpace(page_url);
  if (IsHttpUrl(page)) page_ = base_ = Join("", page);
  if (!base_href.empty()) {
    const std::string joined = base_.empty() ? (!UrlScheme(base_href).empty() ? Join("", base_href) : "")
                                             : Join(base_, base_href);
    if (!joined.empty()) base_ = joined;
  }
  if (!base_.empty()) {
    std::shared_ptr<CURLU> parsed(curl_url(), curl_url_cleanup);
    if (parsed && curl_url_set(parsed.get(), CURLUPART_URL, base_.c_str(), kJoinFlags) == CURLUE_OK) {
      parsed_base_ = std::move(parsed);
    }
  }
}

std::string UrlResolver::Resolve(const std::string& href_in) const {
  // A plain URL is what curl would give, and holds no white space to
  // normalize; one written with white space around it is seen after.
  if (IsPlainHttpUrl(href_in)) return href_in;
  const std::string href = NormalizeSpace(href_in);
  if (IsPlainHttpUrl(href)) return href;
  if (href.empty()) return "";
  const std::string lower = AsciiLower(href.substr(0, 11));
  if (lower.rfind("javascript:", 0) == 0 || lower.rfind("data:", 0) == 0) return "";
  if (!UrlScheme(href).empty()) {
    const std::string joined = Join("", href);
    return joined.empty() ? href : joined;
  }
  if (base_.empty()) return href;
  const std::string joined = Join(base_, href, parsed_base_.get());
  return joined.empty() ? href : joined;
}

}  // namespace pith::internal
