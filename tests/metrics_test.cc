// The bench tool's metrics agree with ../shared/bench's score.py and
// score_segments.py on cases worked out by hand.
#include "metrics.h"

#include <gtest/gtest.h>

namespace pith::bench {
namespace {

TEST(WordTokensTest, MatchesPythonWordClass) {
  EXPECT_EQ(WordTokens("Hello, world_x 42!"), (std::vector<std::string>{"Hello", "world_x", "42"}));
  EXPECT_EQ(WordTokens("Grüße—Straße"), (std::vector<std::string>{"Grüße", "Straße"}));
  EXPECT_EQ(WordTokens("中文 مرحبا ½"), (std::vector<std::string>{"中文", "مرحبا", "½"}));
  EXPECT_TRUE(WordTokens(" ... ").empty());
}

TEST(ShingleTest, CountsAsScorePy) {
  // truth: a b c d e (shingles abcd, bcde); prediction: a b c d x (abcd, bcdx)
  ShingleCounts c = CountShingles("a b c d e", "a b c d x");
  EXPECT_DOUBLE_EQ(c.tp, 1.0 / 3);
  EXPECT_DOUBLE_EQ(c.fp, 1.0 / 3);
  EXPECT_DOUBLE_EQ(c.fn, 1.0 / 3);
  EXPECT_DOUBLE_EQ(ShinglePrecision(c), 0.5);
  ShingleCounts same = CountShingles("one two", "one two");  // short texts: one shingle
  EXPECT_DOUBLE_EQ(same.tp, 1.0);
  ShingleCounts empty = CountShingles("", "");
  EXPECT_DOUBLE_EQ(ShinglePrecision(empty), 1.0);
  Summary s = SummarizeShingles({c, CountShingles("a b c d", "")});
  EXPECT_DOUBLE_EQ(s.precision, 0.5);  // the empty prediction has no precision entry
  EXPECT_DOUBLE_EQ(s.recall, 0.25);
}

TEST(PyNormalizeSpaceTest, CollapsesPythonWhitespace) {
  EXPECT_EQ(PyNormalizeSpace("  a \n\t b\xC2\xA0" "c "), "a b c");
  EXPECT_EQ(PyNormalizeSpace("a\xE2\x80\x8B" "b"), "a\xE2\x80\x8B" "b");  // U+200B is not \s
}

TEST(SiteHalfTest, SplitsBySiteAsPythonsUrlsplitAndZlib) {
  EXPECT_EQ(SiteHost("HTTPS://WWW.Example.COM:8080/x"), "example.com");
  EXPECT_EQ(SiteHost("https://user:pw@www.example.com/"), "example.com");
  EXPECT_EQ(SiteHost("  http://www.a.b?x"), "a.b");
  EXPECT_EQ(SiteHost("//www.example.com/a"), "example.com");
  EXPECT_EQ(SiteHost("https://[::1]:80/"), "::1");
  EXPECT_EQ(SiteHost("ftp://wwwx.com/"), "wwwx.com");  // "www" only before a dot
  EXPECT_EQ(SiteHost("hard::page.html"), "");          // no host: urlsplit's None
  EXPECT_EQ(SiteHost("mailto:x@y.com"), "");
  // zlib.crc32(b"example.com") = 3069857465 (odd), b"bahamaslocal.com" =
  // 2987778670 (even), b"" = 0.
  EXPECT_EQ(SiteHalf("https://www.example.com/a"), 'B');
  EXPECT_EQ(SiteHalf("http://bahamaslocal.com/"), 'A');
  EXPECT_EQ(SiteHalf("hard::page.html"), 'A');
  // Pages of one site always fall in one half.
  EXPECT_EQ(SiteHalf("https://news.example.org/1"), SiteHalf("http://NEWS.example.org:80/2"));
}

TEST(SegmentCountsTest, FindsSnippetsAsScoreSegmentsPy) {
  const std::string out = PyNormalizeSpace("Intro text.\n\nThe  body\tgoes on. Share this");
  SegmentCounts c = CountSegments(out, {"The body goes on.", "Missing part"}, {"Share this", "Menu"});
  EXPECT_EQ(c.with_found, 1);
  EXPECT_EQ(c.with_total, 2);
  EXPECT_EQ(c.without_found, 1);
  EXPECT_EQ(c.without_total, 2);
  c.Add(CountSegments(out, {"Intro text."}, {}));
  EXPECT_EQ(c.with_found, 2);
  EXPECT_EQ(c.with_total, 3);
}

}  // namespace
}  // namespace pith::bench
