// robots.txt parsing and matching (RFC 9309), table-driven: groups, the
// longest match, wildcards, the size limit, garbage.
#include "fetch/robots.h"

#include <gtest/gtest.h>

#include <ctime>
#include <random>
#include <string>

#include "sanitizer_scale.h"

namespace {

using pith::testing::kScale;  // time bounds grow under the sanitizers

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
  // A crawler in a browser's form names itself after "compatible;" (RFC
  // 9309 2.2.1's example), and its group is the one that applies.
  EXPECT_EQ(ProductToken("Mozilla/5.0 (compatible; ExampleBot/0.1; https://www.example.com/bot.html)"),
            "examplebot");
  EXPECT_EQ(ProductToken("Mozilla/5.0 (Compatible;Other-Bot)"), "other-bot");
  EXPECT_EQ(ProductToken("Mozilla/5.0 (X11; Linux x86_64) Firefox/120.0"), "mozilla");
  EXPECT_FALSE(RobotsTxt::Parse("User-agent: *\nAllow: /\n\nUser-agent: ExampleBot\nDisallow: /x\n",
                                ProductToken("Mozilla/5.0 (compatible; ExampleBot/0.1)"))
                   .Check("/x")
                   .allowed);
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

// Matching costs rules times path: a hostile file of as many wildcard rules
// as 500 KiB holds against a 32 KB path compared 1.2 billion octets (1.15 s
// a URL). Check stops at RobotsTxt::kMaxMatchOctets and disallows the path;
// a rule that matches early decides at once (the longest are tried first),
// and the file's verdicts on short paths are unchanged.
TEST(RobotsTest, ManyWildcardRulesAgainstALongPathAreBounded) {
  std::string robots = "User-agent: *\nAllow: /ok/\n";
  for (int i = 0; robots.size() < (500u << 10) - 64; ++i) {
    robots += "Disallow:/*a" + std::to_string(i % 10) + "b\n";
  }
  const RobotsTxt parsed = RobotsTxt::Parse(robots, "pith");
  ASSERT_GT(parsed.rules().size(), 30000u);
  const std::string path = "/" + std::string(32000, 'a');
  const double start = ThreadSeconds();
  const RobotsTxt::Verdict costly = parsed.Check(path);
  EXPECT_FALSE(costly.allowed);
  EXPECT_TRUE(costly.too_costly);
  EXPECT_EQ(costly.rule, nullptr);
  const RobotsTxt::Verdict early = parsed.Check(path + "a7b");  // the longest rules match
  EXPECT_FALSE(early.allowed);
  EXPECT_FALSE(early.too_costly);
  ASSERT_NE(early.rule, nullptr);
  EXPECT_EQ(early.rule->pattern, "/*a7b");
  EXPECT_EQ(early.rule->line, 10);  // the first of equal rules
  EXPECT_LT(ThreadSeconds() - start, 0.25 * kScale);  // 1.15 s for the first before
  // Short paths read every rule as before.
  EXPECT_FALSE(parsed.Check("/ok/a1b").allowed);  // longer than "/ok/"
  EXPECT_FALSE(parsed.Check("/ok/a1b").too_costly);
  EXPECT_TRUE(parsed.Check("/ok/x").allowed);
  EXPECT_TRUE(parsed.Check("/" + std::string(200, 'a')).allowed);
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
  EXPECT_EQ(NormalizeRobotsPath("/100%"), "/100%25");
  const std::string robots = "User-agent: *\nDisallow: /caf\xC3\xA9\nDisallow: /a%2fb\n";
  EXPECT_FALSE(Allowed(robots, "/caf%c3%a9/menu"));
  EXPECT_FALSE(Allowed(robots, "/a%2Fb"));
}

// RFC 9309 conformance, one case a row: a robots.txt, the product token
// asking, a path (and query) as sent, and the verdict. The rows follow the
// RFC's sections and examples; where the RFC leaves room, the row says what
// pith chose.
TEST(RobotsTest, ConformsToRfc9309CaseByCase) {
  struct Case {
    const char* what;
    const char* robots;
    const char* token;
    const char* path;
    bool allowed;
  };
  const Case cases[] = {
      // 2.2.1 The user-agent line: the product token, case-insensitively.
      {"token matched case-insensitively", "User-agent: PiTh\nDisallow: /x\n", "pith", "/x", false},
      {"a version after the token", "User-agent: pith/2.1\nDisallow: /x\n", "pith", "/x", false},
      {"words after the token", "User-agent: pith crawler\nDisallow: /x\n", "pith", "/x", false},
      {"a longer name is another agent", "User-agent: pithbot\nDisallow: /x\n", "pith", "/x", true},
      {"a shorter name is another agent", "User-agent: pit\nDisallow: /x\n", "pith", "/x", true},
      {"our group, not the star's",
       "User-agent: *\nDisallow: /\n\nUser-agent: pith\nDisallow: /x\n", "pith", "/y", true},
      {"our empty group allows everything", "User-agent: *\nDisallow: /\n\nUser-agent: pith\n",
       "pith", "/y", true},
      {"the star when nobody names us",
       "User-agent: *\nDisallow: /foo\n\nUser-agent: BazBot\nDisallow: /baz\n", "pith", "/foo",
       false},
      {"the star ignores other agents' rules",
       "User-agent: *\nDisallow: /foo\n\nUser-agent: BazBot\nDisallow: /baz\n", "pith", "/baz",
       true},
      {"groups of the same agent merge",
       "User-agent: pith\nDisallow: /foo\n\nUser-agent: other\nDisallow: /o\n\n"
       "User-agent: pith\nDisallow: /baz\n",
       "pith", "/baz", false},
      {"star groups merge too",
       "User-agent: *\nDisallow: /foo\n\nUser-agent: *\nDisallow: /baz\n", "pith", "/baz", false},
      {"agents in a row share the group",
       "User-agent: a\nUser-agent: pith\nUser-agent: b\nDisallow: /x\n", "pith", "/x", false},
      {"blank lines inside a group", "User-agent: pith\n\nDisallow: /x\n\nDisallow: /y\n", "pith",
       "/y", false},
      {"a rule ends the run of agents",
       "User-agent: pith\nDisallow: /x\nUser-agent: other\nDisallow: /y\n", "pith", "/y", true},
      // 2.2.4 Other records do not interfere with groups.
      {"Crawl-delay does not end the run of agents",
       "User-agent: pith\nCrawl-delay: 5\nUser-agent: other\nDisallow: /x\n", "pith", "/x", false},
      {"an unknown record does not end the run",
       "User-agent: pith\nHost: example.org\nUser-agent: other\nDisallow: /x\n", "pith", "/x",
       false},
      {"a Sitemap line does not end the run",
       "User-agent: pith\nSitemap: https://e.org/s.xml\nUser-agent: other\nDisallow: /x\n", "pith",
       "/x", false},
      {"a Sitemap line does not end a group",
       "User-agent: pith\nDisallow: /a\nSitemap: https://e.org/s.xml\nDisallow: /x\n", "pith", "/x",
       false},
      {"rules before any group are ignored", "Disallow: /x\nUser-agent: pith\nDisallow: /y\n",
       "pith", "/x", true},
      {"no groups, no rules", "Disallow: /\n", "pith", "/x", true},
      // 2.2.2 Longest match; allow wins a tie; /robots.txt always allowed.
      {"longest match: allow", "User-agent: *\nDisallow: /a\nAllow: /a/b\n", "pith", "/a/b/c", true},
      {"longest match: disallow", "User-agent: *\nAllow: /a\nDisallow: /a/b\n", "pith", "/a/b/c",
       false},
      {"allow wins a tie", "User-agent: *\nDisallow: /a\nAllow: /a\n", "pith", "/a", true},
      {"allow wins a tie in any order", "User-agent: *\nAllow: /a\nDisallow: /a\n", "pith", "/a",
       true},
      {"matching is case-sensitive", "User-agent: *\nDisallow: /Fish\n", "pith", "/fish", true},
      {"an empty disallow allows", "User-agent: *\nDisallow:\n", "pith", "/x", true},
      {"/robots.txt is always allowed", "User-agent: *\nDisallow: /\n", "pith", "/robots.txt",
       true},
      {"the query is matched", "User-agent: *\nDisallow: /*?\n", "pith", "/search?q=1", false},
      {"no query, no match", "User-agent: *\nDisallow: /*?\n", "pith", "/search", true},
      {"a query parameter", "User-agent: *\nDisallow: /*sessionid=\n", "pith", "/p?a=1&sessionid=2",
       false},
      {"the empty path is /", "User-agent: *\nDisallow: /$\n", "pith", "", false},
      // 2.2.3 Special characters.
      {"'*' any run", "User-agent: *\nDisallow: /this/*/exactly\n", "pith", "/this/a/b/exactly",
       false},
      {"'$' the end", "User-agent: *\nDisallow: /this/path/exactly$\n", "pith",
       "/this/path/exactly", false},
      {"'$' the end, longer", "User-agent: *\nDisallow: /this/path/exactly$\n", "pith",
       "/this/path/exactly/more", true},
      {"'*' first", "User-agent: *\nDisallow: *.gif$\n", "pith", "/img/a.gif", false},
      {"'%2A' is a star in the path", "User-agent: *\nDisallow: /path/file-with-a-%2A.html\n",
       "pith", "/path/file-with-a-*.html", false},
      {"'%2A' is no wildcard", "User-agent: *\nDisallow: /path/file-with-a-%2A.html\n", "pith",
       "/path/file-with-a-b.html", true},
      {"'%24' is a dollar in the path", "User-agent: *\nDisallow: /path/foo-%24\n", "pith",
       "/path/foo-$", false},
      {"'$' inside a pattern is an octet", "User-agent: *\nDisallow: /a$b\n", "pith", "/a$b/c",
       false},
      // 2.2.2 Percent-encoding.
      {"UTF-8 pattern, escaped path", "User-agent: *\nDisallow: /foo/bar/\xE3\x83\x84\n", "pith",
       "/foo/bar/%E3%83%84", false},
      {"escaped pattern, UTF-8 path", "User-agent: *\nDisallow: /foo/bar/%E3%83%84\n", "pith",
       "/foo/bar/\xE3\x83\x84", false},
      {"escape case", "User-agent: *\nDisallow: /foo/bar/%e3%83%84\n", "pith", "/foo/bar/%E3%83%84",
       false},
      {"an escaped unreserved octet is the octet", "User-agent: *\nDisallow: /foo/bar/baz\n",
       "pith", "/foo/bar/%62%61%7A", false},
      {"the same, escaped in the pattern", "User-agent: *\nDisallow: /foo/bar/%62%61%7A\n", "pith",
       "/foo/bar/baz", false},
      {"'<' and '%3c' alike", "User-agent: *\nDisallow: /a<d\n", "pith", "/a%3cd", false},
      {"'%3C' and '<' alike", "User-agent: *\nDisallow: /a%3Cd\n", "pith", "/a<d", false},
      {"a space and '%20' alike", "User-agent: *\nDisallow: /a b\n", "pith", "/a%20b", false},
      {"'%2F' is no '/'", "User-agent: *\nDisallow: /a/b\n", "pith", "/a%2Fb", true},
      {"'/' is no '%2F'", "User-agent: *\nDisallow: /a%2Fb\n", "pith", "/a/b", true},
      {"'%2f' is '%2F'", "User-agent: *\nDisallow: /a%2fb\n", "pith", "/a%2Fb", false},
      {"an escaped query separator stays apart", "User-agent: *\nDisallow: /p?x\n", "pith",
       "/p%3Fx", true},
      {"an escaped reserved octet in a query",
       "User-agent: *\nDisallow: /foo/bar?baz=https%3A%2F%2Ffoo.bar\n", "pith",
       "/foo/bar?baz=https%3a%2f%2ffoo.bar", false},
      {"a lone '%' and '%25' alike", "User-agent: *\nDisallow: /100%\n", "pith", "/100%25", false},
      // Lines: comments, case, a forgotten colon, misspellings, line ends.
      {"comments", "# c\nUser-agent: pith # c\nDisallow: /x # c\n", "pith", "/x", false},
      {"a '#' ends the pattern", "User-agent: *\nDisallow: /a#b\n", "pith", "/a", false},
      {"keys case-insensitively", "USER-AGENT: pith\nDISALLOW: /x\n", "pith", "/x", false},
      {"no space after the colon", "User-agent:pith\nDisallow:/x\n", "pith", "/x", false},
      {"space before the colon", "User-agent : pith\nDisallow : /x\n", "pith", "/x", false},
      {"a colon forgotten", "User-agent pith\nDisallow /x\n", "pith", "/x", false},
      {"a colon forgotten, three words: no record", "User-agent: pith\nDisallow /x y\n", "pith",
       "/x", true},
      {"a line of one word", "User-agent: pith\nDisallow\nDisallow: /y\n", "pith", "/x", true},
      {"misspelt disallow", "User-agent: pith\nDissallow: /x\n", "pith", "/x", false},
      {"CR line ends", "User-agent: pith\rDisallow: /x\r", "pith", "/x", false},
      {"CRLF line ends", "User-agent: pith\r\nDisallow: /x\r\n", "pith", "/x", false},
      {"a BOM", "\xEF\xBB\xBFUser-agent: pith\nDisallow: /x\n", "pith", "/x", false},
      {"no final line end", "User-agent: pith\nDisallow: /x", "pith", "/x", false},
      {"leading blanks", "  User-agent: pith\n\tDisallow: /x\n", "pith", "/x", false},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(RobotsTxt::Parse(c.robots, c.token).Check(c.path).allowed, c.allowed)
        << c.what << ": " << c.path << " under\n" << c.robots;
  }
}

// Junk around the agent token (RFC 9309 2.2.1: a token is "*" or letters,
// '-' and '_'; white space around it): the token ends at the first octet
// that cannot be in one, the star as a name does, so "*\0" is the group for
// all as "pith\0" is pith's. Junk before the token names no agent.
TEST(RobotsTest, JunkAroundTheAgentToken) {
  using namespace std::string_literals;
  const std::string rules = "\nDisallow: /x\n"s;
  EXPECT_FALSE(Allowed("User-agent: *\0"s + rules, "/x"));
  EXPECT_FALSE(Allowed("User-agent: *\0\0junk"s + rules, "/x"));
  EXPECT_FALSE(Allowed("User-agent: * \0"s + rules, "/x"));
  EXPECT_FALSE(Allowed("User-agent: *\x01\x7f"s + rules, "/x"));
  EXPECT_FALSE(Allowed("User-agent: * all crawlers"s + rules, "/x"));
  EXPECT_FALSE(Allowed("User-agent: */1.0"s + rules, "/x"));
  EXPECT_FALSE(Allowed("User-agent:\t*\t# every one"s + rules, "/x"));
  EXPECT_FALSE(Allowed("User-agent: pith\0"s + rules, "/x"));
  EXPECT_FALSE(Allowed("User-agent: pith\xEF\xBB\xBF"s + rules, "/x"));
  EXPECT_TRUE(Allowed("User-agent: *bot"s + rules, "/x"));
  EXPECT_TRUE(Allowed("User-agent: \0*"s + rules, "/x"));
  EXPECT_TRUE(Allowed("User-agent: \0pith"s + rules, "/x"));
  EXPECT_EQ(RobotsTxt::Parse("User-agent: *\0"s + rules, "pith").group(), "user-agent: *");
  // pith's own group still wins over a star written with junk.
  EXPECT_TRUE(Allowed("User-agent: *\0\nDisallow: /\n\nUser-agent: pith\nDisallow: /y\n"s, "/x"));
}

TEST(RobotsTest, CrawlDelayAndSitemapsDoNotSplitOrEndAGroup) {
  const RobotsTxt parsed = RobotsTxt::Parse(
      "Sitemap: https://e.org/1.xml\n"
      "User-agent: pith\n"
      "Crawl-delay: 4\n"
      "User-agent: other\n"
      "Disallow: /x\n"
      "Sitemap: https://e.org/2.xml\n"
      "Disallow: /y\n"
      "User-agent: *\n"
      "Disallow: /\n"
      "Sitemap: https://e.org/3.xml\n",
      "pith");
  EXPECT_EQ(parsed.group(), "user-agent: pith");
  EXPECT_DOUBLE_EQ(parsed.crawl_delay(), 4);
  EXPECT_FALSE(parsed.Check("/x").allowed);
  EXPECT_FALSE(parsed.Check("/y").allowed);
  EXPECT_TRUE(parsed.Check("/z").allowed);
  EXPECT_EQ(parsed.sitemaps().size(), 3u);
}

TEST(RobotsTest, ALineCutByTheLimitIsDropped) {
  // The limit falls inside the last rule: "Allow: /public-area" read as
  // "Allow: /pub" would allow /private.
  const std::string head = "User-agent: *\nDisallow: /\n";
  const std::string robots = head + "Allow: /public-area\n";
  const std::size_t cut = head.size() + std::string("Allow: /pub").size();
  const RobotsTxt parsed = RobotsTxt::Parse(robots, "pith", cut);
  EXPECT_FALSE(parsed.Check("/pub").allowed);
  EXPECT_FALSE(parsed.Check("/public-area").allowed);  // the cut line is no rule at all
  EXPECT_TRUE(RobotsTxt::Parse(robots, "pith", robots.size()).Check("/public-area").allowed);
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
