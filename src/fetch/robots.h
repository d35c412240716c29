// Politeness, robots.txt (RFC 9309): a robots.txt body -> the rules that
// apply to one product token, and whether a path may be fetched. Only
// parses and matches: fetching the file and caching it per host is the
// scheduler's (src/fetch/scheduler.cc).
#ifndef PITH_SRC_FETCH_ROBOTS_H_
#define PITH_SRC_FETCH_ROBOTS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pith::internal {

// The product token of a User-Agent: "pith" for "pith/0.1 (+libcurl/8.0)",
// the letters, digits, '_' and '-' up to the first other character; in a
// browser's form, the name after "compatible;": "examplebot" for
// "Mozilla/5.0 (compatible; ExampleBot/0.1; +https://example.com/bot)".
std::string ProductToken(std::string_view user_agent);

class RobotsTxt {
 public:
  struct Rule {
    bool allow = false;
    std::string pattern;  // percent-encoding normalised; '*' and a final '$' special
    int line = 0;         // 1-based, in the file
    std::string written;  // the path as the file writes it, for messages
  };

  // What Check() decided, and by which rule (nullptr: no rule matched, or
  // the whole site is allowed or disallowed by the file's status, or the
  // match was given up: too_costly).
  struct Verdict {
    bool allowed = true;
    const Rule* rule = nullptr;
    // The file's rules were too many to match against this path within
    // kMaxMatchOctets: the path is taken as disallowed.
    bool too_costly = false;
  };

  // What Check() may compare for one path, in octets of pattern and path
  // (each rule costs at most |pattern| + |path|, a rule whose text before
  // its first '*' does not open the path that text only). A 500 KiB file
  // of "Disallow: /*ab" lines against a 32 KB path would compare 1.2
  // billion; real files compare thousands. About 30 ms of matching at most.
  static constexpr std::size_t kMaxMatchOctets = std::size_t{32} << 20;

  // The rules of `text` for `product_token`: the groups whose user-agent
  // matches it (case-insensitively), merged; if none does, the groups for
  // "*". Reads at most `max_bytes` of `text` (RFC 9309 asks for at least
  // 500 KiB); lines are bounded by it too, so any input is parsed in linear
  // time.
  static RobotsTxt Parse(std::string_view text, std::string_view product_token,
                         std::size_t max_bytes = std::size_t{500} << 10);
  static RobotsTxt AllowAll();
  static RobotsTxt DisallowAll();

  // Whether `path` (the URL's path and query, percent-encoded as sent, "/"
  // when empty) may be fetched: the longest matching pattern decides, and
  // an allow rule wins a tie. /robots.txt itself is always allowed. The
  // rules are tried longest first, so the first that matches decides; when
  // trying them would compare more than kMaxMatchOctets, the path is
  // disallowed (too_costly).
  Verdict Check(std::string_view path) const;

  // The Crawl-delay of the matched group in seconds, or -1 if none.
  double crawl_delay() const { return crawl_delay_; }
  // Every Sitemap: line of the file, in order (they belong to no group).
  const std::vector<std::string>& sitemaps() const { return sitemaps_; }
  // "user-agent: pith" or "user-agent: *" (the group that applied), or "".
  const std::string& group() const { return group_; }
  bool disallow_all() const { return disallow_all_; }
  const std::vector<Rule>& rules() const { return rules_; }

 private:
  std::vector<Rule> rules_;
  // Indexes into rules_ in the order Check() tries them: longest first; of
  // equal length, allow rules first (the last written first), then
  // disallow rules (the first written first), so that the first match is
  // the rule the longest-match order picks.
  std::vector<std::size_t> order_;
  std::vector<std::string> sitemaps_;
  std::string group_;
  double crawl_delay_ = -1;
  bool disallow_all_ = false;
};

// Whether `pattern` (with '*' for any run of octets and a final '$' for the
// end) matches the start of `path`. Linear in |pattern| + |path| whatever
// their octets; exposed for tests.
bool RobotsPatternMatches(std::string_view pattern, std::string_view path);

// `s` in the form patterns and paths are compared in (RFC 9309 2.2.2): an
// escape of an unreserved octet decoded ("%62" -> "b"), other escapes
// upper-cased ("%2f" -> "%2F": it stays apart from "/"), and octets a URI
// cannot hold as they are (non-ASCII, controls, space, '<', a lone '%'...)
// escaped, so "/a<d" and "/a%3cd" compare alike. In a path '*' and '$' are
// octets, "%2A" and "%24"; in a `pattern` '*' is the wildcard and a final
// '$' the end, and any other '$' the octet.
std::string NormalizeRobotsPath(std::string_view s, bool pattern = false);

}  // namespace pith::internal

#endif  // PITH_SRC_FETCH_ROBOTS_H_
