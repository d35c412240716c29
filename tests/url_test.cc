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

}  // namespace
}  // namespace pith::internal
