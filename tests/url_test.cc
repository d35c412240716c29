// base/url: schemes, URLs taken apart, and resolution against a page.
#include "base/url.h"

#include <gtest/gtest.h>

namespace pith::internal {
namespace {

TEST(UrlTest, SchemeOfAnAbsoluteUrl) {
  EXPECT_EQ(UrlScheme("HTTPS://example.org/"), "https");
  EXPECT_EQ(UrlScheme("svn+ssh://host/repo"), "svn+ssh");
  EXPECT_EQ(UrlScheme("/relative/path"), "");
  EXPECT_EQ(UrlScheme("1http://x"), "");  // a scheme starts with a letter
  EXPECT_EQ(UrlScheme(":x"), "");
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
}

}  // namespace
}  // namespace pith::internal
