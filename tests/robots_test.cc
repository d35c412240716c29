// robots.txt parsing and matching (RFC 9309), table-driven: groups, the
// longest match, wildcards, the size limit, garbage.
#include "fetch/robots.h"

#include <gtest/gtest.h>

#include <ctime>
#include <random>
#include <string>

namespace {

using pith::internal::NormalizeRobotsPath;
using pith::internal::ProductToken;
using pith::internal::RobotsPatternMatches;
using pith::internal::RobotsTxt;

bool Allowed(const std::string& robots, const std::string& path, const std::string& token = "pith") {
  return RobotsTxt::Parse(robots, token).Check(path).allowed;
}

TEST(RobotsTest, ProductTokenIsTheNameBeforeTheVersion) {
  EXPECT_EQ(ProductToken("pith/0.1.0 (+libcurl/7.88.1)"), "pith");
  EXPECT_EQ(ProductToken("My-Scraper_2/3.0"), "my-scraper_2");
  EXPECT_EQ(ProductToken("Mozilla/5.0 (compatible)"), "mozilla");
  EXPECT_EQ(ProductToken("/weird"), "");
}

TEST(RobotsTest, PatternsMatchPrefixesWithWildcardsAndEndAnchors) {
  struct Case {
    const char* pattern;
    const char* path;
    bool match;
  };
  const Case cases[] = {
      {"/", "/anything", true},
      {"/fish", "/fish.html", true},
      {"/fish", "/Fish.asp", false},  // case-sensitive
      {"/fish/", "/fish", false},
      {"/*.php", "/index.php", true},
      {"/*.php", "/folder/any.php.file.html", true},
      {"/*.php$", "/filename.php", true},
      {"/*.php$", "/filename.php?parameters", false},
      {"/*.php$", "/filename.php/", false},
      {"/fish*.php", "/fishheads/catfish.php?parameters", true},
      {"/fish*.php", "/Fish.PHP", false},
      {"/$", "/", true},
      {"/$", "/a", false},
      {"*", "/x", true},
      {"/a*b*c$", "/aXbYc", true},
      {"/a*b*c$", "/aXbYcZ", false},
      {"/a*b*c$", "/abcbc", true},
      {"/x$y", "/x$y/z", true},  // '$' inside the pattern is an ordinary octet
  };
  for (const Case& c : cases) {
    EXPECT_EQ(RobotsPatternMatches(c.pattern, c.path), c.match) << c.pattern << " vs " << c.path;
  }
  // Many stars against a long path stay fast (no backtracking blow-up).
  const std::string stars = "/" + std::string(2000, '*') + "b$";
  EXPECT_FALSE(RobotsPatternMatches(stars, "/" + std::string(20000, 'a')));
}

// Processor seconds this thread has used.
double ThreadSeconds() {
  timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

// A star then a long literal that fails only at its last octet, against a
// long path of the octet it repeats: a matcher that backtracks tries the
// literal from every octet of the path, |path| times |literal| per rule.
// A robots.txt of 500 KiB holds 31 such rules, and each URL of a 32 KB
// path took seconds to check, with every download of the run waiting.
TEST(RobotsTest, ABacktrackingPatternIsCheckedInLinearTime) {
  std::string robots = "User-agent: *\n";
  const std::string rule = "Disallow: /*" + std::string(16000, 'a') + "b\n";
  while (robots.size() + rule.size() <= (500u << 10)) robots += rule;
  const RobotsTxt parsed = RobotsTxt::Parse(robots, "pith");
  ASSERT_EQ(parsed.rules().size(), 31u);
  const std::string path = "/" + std::string(32000, 'a');
  const double start = ThreadSeconds();
  EXPECT_TRUE(parsed.Check(path).allowed);
  EXPECT_FALSE(parsed.Check(path + "b").allowed);
  EXPECT_LT(ThreadSeconds() - start, 1.0);  // 9.3 s of processor time before
  EXPECT_TRUE(RobotsPatternMatches("/*" + std::string(16000, 'a') + "b$", path + "b"));
}

TEST(RobotsTest, TheLongestMatchWinsAndAllowWinsATie) {
  const std::string robots =
      "User-agent: *\n"
      "Disallow: /private\n"
      "Allow: /private/public\n"
      "Disallow: /page\n"
      "Allow: /page\n"
      "Disallow: /*.pdf$\n"
      "Disallow:\n";  // empty: allows, adds no rule
  EXPECT_FALSE(Allowed(robots, "/private/x"));
  EXPECT_TRUE(Allowed(robots, "/private/public/y"));
  EXPECT_TRUE(Allowed(robots, "/page"));  // equal length: allow
  EXPECT_FALSE(Allowed(robots, "/docs/a.pdf"));
  EXPECT_TRUE(Allowed(robots, "/docs/a.pdf?x=1"));
  EXPECT_TRUE(Allowed(robots, "/other"));
  EXPECT_TRUE(Allowed(robots, ""));
  const RobotsTxt parsed = RobotsTxt::Parse(robots, "pith");
  const RobotsTxt::Verdict v = parsed.Check("/private/x");
  ASSERT_NE(v.rule, nullptr);
  EXPECT_EQ(v.rule->pattern, "/private");
  EXPECT_EQ(v.rule->line, 2);
  EXPECT_EQ(parsed.group(), "user-agent: *");
}

TEST(RobotsTest, OurGroupWinsOverTheStarAndGroupsMerge) {
  const std::string robots =
      "Disallow: /before-any-group\n"  // belongs to no group: ignored
      "User-agent: *\n"
      "Disallow: /\n"
      "\n"
      "User-agent: googlebot\n"
      "User-agent: PITH\n"  // case-insensitive; shares the group with googlebot
      "Disallow: /no-pith\n"
      "Crawl-delay: 2.5\n"
      "# a comment line\n"
      "user-agent: pith/2.0\n"  // a second group for us: merged
      "disallow: /also-not # trailing comment\n"
      "Sitemap: https://example.org/sitemap.xml\n";
  const RobotsTxt ours = RobotsTxt::Parse(robots, "pith");
  EXPECT_EQ(ours.group(), "user-agent: pith");
  EXPECT_TRUE(ours.Check("/before-any-group").allowed);
  EXPECT_TRUE(ours.Check("/page").allowed);
  EXPECT_FALSE(ours.Check("/no-pith/x").allowed);
  EXPECT_FALSE(ours.Check("/also-not").allowed);
  EXPECT_DOUBLE_EQ(ours.crawl_delay(), 2.5);
  ASSERT_EQ(ours.sitemaps().size(), 1u);
  EXPECT_EQ(ours.sitemaps()[0], "https://example.org/sitemap.xml");

  const RobotsTxt other = RobotsTxt::Parse(robots, "otherbot");
  EXPECT_EQ(other.group(), "user-agent: *");
  EXPECT_FALSE(other.Check("/page").allowed);
  EXPECT_LT(other.crawl_delay(), 0);
  EXPECT_TRUE(other.Check("/robots.txt").allowed);  // always
  // "pithy" is not "pith": tokens match whole.
  EXPECT_EQ(RobotsTxt::Parse("User-agent: pithy\nDisallow: /\n", "pith").Check("/a").allowed, true);
}

TEST(RobotsTest, PercentEncodingComparesAlike) {
  EXPECT_EQ(NormalizeRobotsPath("/caf\xC3\xA9"), "/caf%C3%A9");
  EXPECT_EQ(NormalizeRobotsPath("/a%2fb"), "/a%2Fb");
  EXPECT_EQ(NormalizeRobotsPath("/100%"), "/100%");
  const std::string robots = "User-agent: *\nDisallow: /caf\xC3\xA9\nDisallow: /a%2fb\n";
  EXPECT_FALSE(Allowed(robots, "/caf%c3%a9/menu"));
  EXPECT_FALSE(Allowed(robots, "/a%2Fb"));
}

TEST(RobotsTest, OnlyTheFirstBytesUpToTheLimitAreRead) {
  std::string robots = "User-agent: *\nDisallow: /early\n";
  while (robots.size() < (600u << 10)) robots += "# filler filler filler filler filler\n";
  robots += "Disallow: /late\n";
  const RobotsTxt parsed = RobotsTxt::Parse(robots, "pith");  // 500 KiB by default
  EXPECT_FALSE(parsed.Check("/early").allowed);
  EXPECT_TRUE(parsed.Check("/late").allowed);
  EXPECT_FALSE(RobotsTxt::Parse(robots, "pith", 1 << 20).Check("/late").allowed);
}

TEST(RobotsTest, GarbageAndOddLineEndsAreHarmless) {
  std::mt19937 rng(7);
  std::string garbage(1 << 20, '\0');
  for (char& c : garbage) c = static_cast<char>(rng());
  const RobotsTxt parsed = RobotsTxt::Parse(garbage, "pith", garbage.size());
  EXPECT_TRUE(parsed.rules().empty());  // no user-agent line: no group, nothing disallowed
  EXPECT_TRUE(parsed.Check("/").allowed);
  // CR-only and CRLF line ends, a BOM, tabs.
  EXPECT_FALSE(Allowed("\xEF\xBB\xBFUser-agent:\t*\rDisallow:\t/x\r\n", "/x"));
  EXPECT_FALSE(RobotsTxt::DisallowAll().Check("/").allowed);
  EXPECT_TRUE(RobotsTxt::DisallowAll().Check("/robots.txt").allowed);
  EXPECT_TRUE(RobotsTxt::AllowAll().Check("/x").allowed);
}

}  // namespace
