// URLs made absolute, as a browser would: against the page's URL, or its
// <base href>. Uses libcurl's URL parser (RFC 3986 resolution), but for an
// absolute URL already in the form it gives back (IsPlainHttpUrl()).
#ifndef PITH_SRC_URL_H_
#define PITH_SRC_URL_H_

#include <memory>
#include <string>
#include <string_view>

struct Curl_URL;  // libcurl's CURLU

namespace pith::internal {

// The scheme of an absolute URL, lower-cased ("https"), or "" if `url` does
// not start with one (RFC 3986: a letter, then letters, digits, + - .).
std::string UrlScheme(const std::string& url);

// True for "http" and "https", the schemes pith downloads; `scheme` is
// lower-cased, as UrlScheme() and UrlParts give it.
bool IsHttpScheme(std::string_view scheme);

// True for an absolute URL whose scheme is http or https (in any case); says
// nothing of the rest of the URL.
bool IsHttpUrl(const std::string& url);

// The path of a URL or href as written, without its scheme and host (of an
// absolute or scheme-relative URL), query and fragment:
// "https://x.org/docs/17/a.html?v=1#top" -> "/docs/17/a.html", "../17/a.html"
// -> "../17/a.html"; a scheme without an authority goes too
// ("mailto:a@x.org?subject=Hi" -> "a@x.org"). A "://" in a relative href's
// query is no scheme's ("/share?u=https://x.org/a" -> "/share"). No parser,
// no copy: a view.
std::string_view UrlPath(std::string_view url);

// The host of an absolute or scheme-relative URL or href as written,
// lower-cased, without user, port or a final dot
// ("https://WWW.Example.org:8080/a" -> "www.example.org"); "" for a
// relative href or a scheme without an authority ("mailto:a@x.org").
std::string UrlHost(std::string_view url);

// `url` as a message, log line, progress line or Status text quotes it: the
// password of its userinfo replaced by "***" ("http://ann:secret@x.org/a" ->
// "http://ann:***@x.org/a"), as wget and curl show it. A userinfo without a
// password is shown as "***" whole ("https://TOKEN@x.org/" ->
// "https://***@x.org/"): a lone user field is where access tokens are
// commonly given. Only the authority of an absolute or scheme-relative URL
// ("scheme://" or "//") has a userinfo (up to its last '@' before the first
// '/', '?' or '#'); an '@' in a path, query or fragment, or in text without
// an authority ("a@x.org/b", a file name), is kept. Control bytes are escaped
// as Printable() escapes them. The URL itself is never changed: callers keep
// and return it as given; this is for text meant for people only.
std::string UrlForMessage(std::string_view url);

// The last named part of a path ("/docs/17/a.html" -> "a.html", "/fr/tarifs/"
// -> "tarifs"), or "" when the path has no folder before it ("a.html").
std::string_view LastPathPart(std::string_view path);

// An absolute URL taken apart by libcurl's parser.
struct UrlParts {
  std::string scheme;  // lower-cased: "https"
  std::string host;    // lower-cased; an IPv6 address in brackets
  int port = 0;        // the default port of the scheme when none is written
  std::string path;    // "/" at least, percent-encoded as in the URL
  std::string query;   // without the '?'; "" when none
  bool has_query = false;
  // "https://example.org:443": scheme, host and port, the unit robots.txt
  // applies to.
  std::string Origin() const;
  // "https://example.org/": the site's root URL, with the port only when it
  // is not the scheme's default (80 for http, 443 for https).
  std::string SiteRoot() const;
  // path, and "?query" when there is one.
  std::string PathAndQuery() const;
};

// `url` taken apart; false if it is not an absolute URL libcurl accepts,
// or if it holds a NUL byte, where libcurl would read the URL as ending
// (the URL it fetched would not be the one given).
bool ParseUrl(const std::string& url, UrlParts* parts);

// `s`, a URL's path or query, with its percent-encoding in one form, so
// that two spellings RFC 3986 (6.2.2) names equal compare equal: an escape
// of an unreserved octet (letters, digits, "-._~") decoded ("%7e" -> "~"),
// other escapes upper-cased ("%2f" -> "%2F": it stays apart from "/"), and
// octets a URI cannot hold as they are (non-ASCII, controls, space, '"',
// '<', '>', '\\', '^', '`', '{', '|', '}', a '%' that starts no escape)
// escaped, as a browser sends them. The octets of `also_escape` are
// escaped too (robots.txt compares a literal '*' and '$' so).
std::string NormalizePercentEncoding(std::string_view s, std::string_view also_escape = {});

// True when `url` is an absolute http(s) URL that libcurl's parser gives
// back byte for byte, so that UrlResolver::Resolve() need not parse it:
// "http://" or "https://", a host of lower-case letters, digits, '-' and
// '.' (starting with a letter, so that no IPv4 spelling such as "127.1" is
// rewritten; no empty label, no final dot), no user or port, then a path
// from "/" with no dot segment, an optional non-empty query and fragment,
// all of printable ASCII that needs no escape (RFC 3986's unreserved and
// reserved octets, '%' only as the start of an escape). Any other URL is
// curl's to judge.
bool IsPlainHttpUrl(std::string_view url);

class UrlResolver {
 public:
  // `page_url` is where the page came from (may be empty or a file path);
  // `base_href` its <base href>, itself resolved against page_url.
  UrlResolver(const std::string& page_url, const std::string& base_href);
  UrlResolver() = default;  // no base: relative URLs stay as written

  // `href` made absolute. An absolute href is returned normalised; a
  // relative one without an absolute base is returned as written;
  // "javascript:" and empty hrefs give "".
  std::string Resolve(const std::string& href) const;

  // The absolute URL relative hrefs resolve against (the page's, or its
  // <base href>), or "" when there is none.
  const std::string& base() const { return base_; }

  // The page's own absolute URL, whatever its <base href> says, or "" when
  // the caller gave none (or not an http(s) one): what a link to the page
  // itself is written as.
  const std::string& page() const { return page_; }

 private:
  std::string page_;  // absolute http(s) URL, or ""
  std::string base_;  // absolute http(s) URL, or ""
  // base_ parsed once; each Resolve() starts from a copy of it.
  std::shared_ptr<Curl_URL> parsed_base_;
};

}  // namespace pith::internal

#endif  // PITH_SRC_URL_H_
