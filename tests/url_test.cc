// base/url: schemes, URLs taken apart, and resolution against a page.
#include "base/url.h"

#include <curl/curl.h>
#include <gtest/gtest.h>

#include <cstddef>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace pith::internal {
namespace {

TEST(UrlTest, SchemeOfAnAbsoluteUrl) {
  EXPECT_EQ(UrlScheme("HTTPS://example.org/"), "https");
  EXPECT_EQ(UrlScheme("svn+ssh://host/repo"), "svn+ssh");
  EXPECT_EQ(UrlScheme("/relative/path"), "");
  EXPECT_EQ(UrlScheme("1http://x"), "");  // a scheme starts with a letter
  EXPECT_EQ(UrlScheme(":x"), "");
}

TEST(UrlTest, MessagesHideTheUserinfosSecret) {
  static const struct {
    const char* url;
    const char* shown;
  } kCases[] = {
      // user and password: the user kept, the password hidden
      {"http://ann:secret@127.0.0.1:8080/page", "http://ann:***@127.0.0.1:8080/page"},
      {"HTTPS://ann:secret@x.org", "HTTPS://ann:***@x.org"},
      {"http://ann:@x.org/", "http://ann:***@x.org/"},
      {"http://:secret@x.org/", "http://:***@x.org/"},
      // a user alone (often an access token): hidden whole
      {"https://ghp_token123@x.org/repo", "https://***@x.org/repo"},
      {"http://@x.org/", "http://***@x.org/"},
      // percent-encoded user and password, and an unescaped '@' in the
      // password: everything up to the last '@' of the authority is userinfo
      {"http://a%40b.c:p%3Ass%40w@x.org/", "http://a%40b.c:***@x.org/"},
      {"http://ann:p@ss:w@x.org/a", "http://ann:***@x.org/a"},
      // an '@' after the authority is not a userinfo's
      {"http://x.org/@ann/status", "http://x.org/@ann/status"},
      {"http://x.org/share?to=ann:secret@y.org", "http://x.org/share?to=ann:secret@y.org"},
      {"http://x.org#ann:secret@y", "http://x.org#ann:secret@y"},
      {"http://ann:secret@x.org/p?mail=b@y.org#c@d", "http://ann:***@x.org/p?mail=b@y.org#c@d"},
      // an IPv6 host keeps its colons; the userinfo before it goes
      {"http://ann:secret@[::1]:8080/a", "http://ann:***@[::1]:8080/a"},
      {"http://[::1]:8080/a@b", "http://[::1]:8080/a@b"},
      {"http://tok@[fe80::1%25eth0]/", "http://***@[fe80::1%25eth0]/"},
      // scheme-relative: an authority all the same
      {"//ann:secret@x.org/a", "//ann:***@x.org/a"},
      // no authority: no userinfo (a file name, a relative href, mailto:)
      {"ann:secret@x.org/a", "ann:secret@x.org/a"},
      {"x.org/a@b", "x.org/a@b"},
      {"mailto:ann@x.org", "mailto:ann@x.org"},
      {"/a/b@c:d", "/a/b@c:d"},
      // nothing to hide
      {"http://x.org:80/a", "http://x.org:80/a"},
      {"", ""},
      // control bytes escaped, as Printable() does
      {"http://ann:se\ncret@x.org/a\tb", "http://ann:***@x.org/a\\tb"},
  };
  for (const auto& c : kCases) EXPECT_EQ(UrlForMessage(c.url), c.shown) << c.url;
}

TEST(UrlTest, HttpSchemesOnly) {
  EXPECT_TRUE(IsHttpScheme("http"));
  EXPECT_TRUE(IsHttpScheme("https"));
  EXPECT_FALSE(IsHttpScheme("ftp"));
  EXPECT_FALSE(IsHttpScheme("httpx"));
  EXPECT_FALSE(IsHttpScheme(""));
  EXPECT_TRUE(IsHttpUrl("http://example.org/a"));
  EXPECT_TRUE(IsHttpUrl("HTTPS://example.org/"));
  EXPECT_FALSE(IsHttpUrl("file:///etc/passwd"));
  EXPECT_FALSE(IsHttpUrl("javascript:void(0)"));
  EXPECT_FALSE(IsHttpUrl("//example.org/a"));  // scheme-relative: not absolute
  EXPECT_FALSE(IsHttpUrl("page.html"));
  // The scheme UrlScheme() reads, without its copy.
  for (const char* url : {"hTtPs:x", "Http:", "http", "https", "httpx:a", "htt:a", "ht+p:a", ":http:",
                          "1http:a", "http//a:b", "/http:a", "https:http:", "a:http:", ""}) {
    EXPECT_EQ(IsHttpUrl(url), IsHttpScheme(UrlScheme(url))) << url;
  }
}

TEST(UrlTest, PathAsWritten) {
  EXPECT_EQ(UrlPath("https://x.org/docs/17/a.html?v=1#top"), "/docs/17/a.html");
  EXPECT_EQ(UrlPath("HTTP://x.org"), "");
  EXPECT_EQ(UrlPath("https://x.org?q=/a"), "");
  EXPECT_EQ(UrlPath("//x.org/de/pricing/"), "/de/pricing/");
  EXPECT_EQ(UrlPath("../17/a.html#s"), "../17/a.html");
  EXPECT_EQ(UrlPath("?page=2"), "");
  // A "://" or "//" in a relative href's query or path is no scheme's.
  EXPECT_EQ(UrlPath("/share?u=https://x.org/docs/17/a.html"), "/share");
  EXPECT_EQ(UrlPath("/go/https://x.org/a.html"), "/go/https://x.org/a.html");
  EXPECT_EQ(UrlPath("1x://y/a"), "1x://y/a");  // a scheme starts with a letter
  EXPECT_EQ(UrlPath("mailto:a@x.org?subject=Hi"), "a@x.org");
  EXPECT_EQ(UrlPath("javascript:void(0)"), "void(0)");
  EXPECT_EQ(UrlPath("urn:isbn:0451450523"), "isbn:0451450523");
  EXPECT_EQ(LastPathPart("/docs/17/a.html"), "a.html");
  EXPECT_EQ(LastPathPart("/fr/tarifs//"), "tarifs");
  EXPECT_EQ(LastPathPart("a.html"), "");
  EXPECT_EQ(LastPathPart("/"), "");
  EXPECT_EQ(LastPathPart(""), "");
}

TEST(UrlTest, HostAsWritten) {
  EXPECT_EQ(UrlHost("https://WWW.Example.org:8080/a?b#c"), "www.example.org");
  EXPECT_EQ(UrlHost("//m.facebook.com/page"), "m.facebook.com");
  EXPECT_EQ(UrlHost("http://user:pw@x.org./a"), "x.org");
  EXPECT_EQ(UrlHost("http://[::1]:8080/a"), "[::1]");
  EXPECT_EQ(UrlHost("https://x.org"), "x.org");
  EXPECT_EQ(UrlHost("/share?u=https://x.org/a"), "");
  EXPECT_EQ(UrlHost("mailto:a@x.org"), "");
  EXPECT_EQ(UrlHost(""), "");
}

TEST(UrlTest, PartsAndSiteRoot) {
  UrlParts p;
  ASSERT_TRUE(ParseUrl("HTTPS://Example.ORG/a/b?x=1", &p));
  EXPECT_EQ(p.scheme, "https");
  EXPECT_EQ(p.host, "example.org");
  EXPECT_EQ(p.port, 443);
  EXPECT_EQ(p.PathAndQuery(), "/a/b?x=1");
  EXPECT_EQ(p.Origin(), "https://example.org:443");
  EXPECT_EQ(p.SiteRoot(), "https://example.org/");
  ASSERT_TRUE(ParseUrl("http://127.0.0.1:8080", &p));
  EXPECT_EQ(p.path, "/");
  EXPECT_FALSE(p.has_query);
  EXPECT_EQ(p.SiteRoot(), "http://127.0.0.1:8080/");
  ASSERT_TRUE(ParseUrl("http://example.org:443/", &p));  // https's port, not http's
  EXPECT_EQ(p.SiteRoot(), "http://example.org:443/");
  EXPECT_FALSE(ParseUrl("/no/scheme", &p));
  // A NUL, where libcurl reads the URL as ending: not the URL given.
  EXPECT_FALSE(ParseUrl(std::string("http://example.org/a\0.b", 23), &p));
  EXPECT_FALSE(ParseUrl(std::string("http://example.org\0.evil/", 25), &p));
}

// libcurl's answer for `url` with the flags UrlResolver gives it, the
// reference for IsPlainHttpUrl(): "" when curl refuses the URL.
std::string CurlRoundTrip(const std::string& url) {
  std::unique_ptr<CURLU, void (*)(CURLU*)> h(curl_url(), curl_url_cleanup);
  char* out = nullptr;
  if (!h || curl_url_set(h.get(), CURLUPART_URL, url.c_str(), CURLU_NON_SUPPORT_SCHEME | CURLU_URLENCODE) != CURLUE_OK ||
      curl_url_get(h.get(), CURLUPART_URL, &out, 0) != CURLUE_OK || out == nullptr) {
    return "";
  }
  std::string result = out;
  curl_free(out);
  return result;
}

// Resolve() returns a plain URL as it is, without libcurl: what libcurl
// gives back for it. The URLs libcurl rewrites are none of them.
TEST(UrlTest, PlainHttpUrlsAreThoseLibcurlGivesBackUnchanged) {
  const UrlResolver resolver("https://base.example/dir/page.html", "");
  for (const char* url : {
           "http://example.org/", "https://www.example.org/a/b.html",
           "https://example.org/news/2024/05/a-story,with;marks:@!$&'()*+=~_.html",
           "https://example.org/a?x=1&y=%2F&z=a/b?c#top", "https://example.org/%7e%7Euser/%C3%A9t%c3%a9",
           "https://ex-ample.org/.well-known/x..y/a.b/...", "http://xn--bcher-kva.example/a//b/",
           "http://a1-2.b3/?q", "https://example.org/#frag?x/y"}) {
    EXPECT_TRUE(IsPlainHttpUrl(url)) << url;
    EXPECT_EQ(CurlRoundTrip(url), url);
    EXPECT_EQ(resolver.Resolve(url), url);
    EXPECT_EQ(resolver.Resolve(std::string(" \n") + url + "\t "), url);  // white space around it goes
  }
  for (const char* url : {
           "HTTP://example.org/", "http://example.org", "http://example.org?x=1", "http://127.1/",
           "http://0x7f.0.0.1/", "http://example.org:/", "http://example.org:080/",
           "http://example.org/a/./b", "http://example.org/a/../b",
           "http://example.org/a/.", "http://example.org/a/..?x", "http://example.org/a?",
           "http://example.org/a#", "http://example.org/a b", "http://example.org/\xc3\xa9",
           "http:/example.org/", "http:///example.org/"}) {
    EXPECT_FALSE(IsPlainHttpUrl(url)) << url;
    EXPECT_NE(CurlRoundTrip(url), url);  // rewritten, or refused
  }
  // Left to libcurl though it may keep them: an upper-case host, a port, a
  // user, a final dot, an empty label, a stray '%', octets a URI cannot
  // hold as they are, a second '#'.
  for (const char* url : {"http://Example.org/", "http://example.org:80/", "http://u@example.org/",
                          "http://example.org./", "http://a..b/", "http://example.org/100%",
                          "http://example.org/%4", "http://example.org/a|b", "http://example.org/{x}",
                          "http://example.org/a#b#c", "https://[::1]/", "http://1.2.3.4/", ""}) {
    EXPECT_FALSE(IsPlainHttpUrl(url)) << url;
  }
}

// The fast path against libcurl on 200,000 URLs drawn from pieces that
// test every rule (hosts libcurl rewrites, dot segments, escapes, octets it
// escapes, empty queries and fragments), mostly plain ones so that many
// URLs are taken: each URL IsPlainHttpUrl() takes comes back from libcurl
// unchanged. The seed is fixed, so a failure repeats.
TEST(UrlTest, PlainHttpUrlsAgreeWithLibcurlOnRandomUrls) {
  const std::vector<std::string> schemes = {"http://", "https://"};
  const std::vector<std::string> odd_schemes = {"HTTP://", "http:/", "https:///", "ftp://", "http:", ""};
  const std::vector<std::string> hosts = {"example.org", "www.example.org", "a", "a-b.c1",
                                          "xn--bcher-kva.ch", "a.123", "z9", "a-", "a.b-"};
  const std::vector<std::string> odd_hosts = {
      "Example.org", "127.1", "1.2.3.4", "0x7f.1", "2130706433", "a..b", "a.b.", ".a", "a_b",
      "a:80", "a:", "u@a", "[::1]", "a%41", "", "a b", "-a"};
  const std::vector<std::string> pieces = {
      "/", "/", "/", "a", "b", "Z", "0", "9", "-", ".", "_", "~", "/.", "/..", "..", "?", "#",
      "&", "=", "+", ",", ";", ":", "@", "!", "$", "'", "(", ")", "*", "%2e", "%2E", "%41",
      "%7e", "%2F", "//", ".well-known", "index.html", "?q=a/b", "#x"};
  const std::vector<std::string> odd_pieces = {
      "%", "%zz", "%4", " ", "\t", "\"", "<", ">", "\\", "^", "`", "{", "|", "}", "[", "]",
      "\x7f", "\x01", "\xc3\xa9", "\x80", "?#", "##", "/./", "/../"};
  std::mt19937 random(20261130);
  auto pick = [&random](const std::vector<std::string>& common, const std::vector<std::string>& odd) {
    const std::vector<std::string>& from = std::uniform_int_distribution<int>(0, 19)(random) == 0 ? odd : common;
    return from[std::uniform_int_distribution<std::size_t>(0, from.size() - 1)(random)];
  };
  int plain = 0;
  for (int n = 0; n < 200000; ++n) {
    std::string url = pick(schemes, odd_schemes) + pick(hosts, odd_hosts) + pick({"/"}, {"", "?", "#", ":8/"});
    const int length = std::uniform_int_distribution<int>(0, 10)(random);
    for (int i = 0; i < length; ++i) url += pick(pieces, odd_pieces);
    if (!IsPlainHttpUrl(url)) continue;
    ++plain;
    ASSERT_EQ(CurlRoundTrip(url), url);
  }
  EXPECT_GT(plain, 50000);  // the comparison covers many URLs
}

}  // namespace
}  // namespace pith::internal
