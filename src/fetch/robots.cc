// robots.txt parsing and matching, after RFC 9309: groups of user-agent
// lines followed by allow/disallow rules; the longest match wins.
#include "fetch/robots.h"

#include <algorithm>
#include <cstdlib>

#include "base/url.h"
#include "base/utf8.h"

namespace pith::internal {
namespace {

bool IsTokenChar(char c) { return IsAsciiAlnum(c) || c == '_' || c == '-'; }

// One "key: value" line, the comment cut off, both sides trimmed; the key
// lower-cased. A line without a colon is read as "key value" when it holds
// exactly two words ("Disallow /private", a colon forgotten: the owner's
// intent is plain, and major crawlers read it so); any other line without
// a colon is no record.
bool SplitLine(std::string_view line, std::string* key, std::string_view* value) {
  const std::size_t hash = line.find('#');
  if (hash != std::string_view::npos) line = line.substr(0, hash);
  line = TrimAsciiSpace(line);
  std::size_t sep = line.find(':');
  if (sep == std::string_view::npos) {
    sep = line.find_first_of(" \t");
    if (sep == std::string_view::npos) return false;
    const std::string_view rest = TrimAsciiSpace(line.substr(sep + 1));
    if (rest.find_first_of(" \t") != std::string_view::npos) return false;
  }
  *key = AsciiLower(TrimAsciiSpace(line.substr(0, sep)));
  *value = TrimAsciiSpace(line.substr(sep + 1));
  return !key->empty();
}

// The key of a line, with the misspellings common in real files accepted
// (as major crawlers do): "user agent", "useragent", "disalow", "dissallow".
enum class Key { kUserAgent, kAllow, kDisallow, kCrawlDelay, kSitemap, kOther };

Key Classify(const std::string& key) {
  if (key == "user-agent" || key == "user agent" || key == "useragent") return Key::kUserAgent;
  if (key == "allow") return Key::kAllow;
  if (key == "disallow" || key == "disalow" || key == "dissallow" || key == "disallows") {
    return Key::kDisallow;
  }
  if (key == "crawl-delay" || key == "crawl delay") return Key::kCrawlDelay;
  if (key == "sitemap" || key == "site-map") return Key::kSitemap;
  return Key::kOther;
}

}  // namespace

std::string ProductToken(std::string_view user_agent) {
  auto token_at = [&](std::size_t i) {
    std::size_t n = i;
    while (n < user_agent.size() && IsTokenChar(user_agent[n])) ++n;
    return AsciiLower(user_agent.substr(i, n - i));
  };
  std::string first = token_at(0);
  if (first == "mozilla") {
    // "Mozilla/5.0 (compatible; ExampleBot/0.1; +https://...)": a crawler
    // in a browser's form names itself after "compatible;" (RFC 9309's own
    // example of a User-Agent and its product token).
    const std::size_t c = AsciiLower(user_agent).find("compatible;");
    if (c != std::string::npos) {
      std::size_t i = c + 11;
      while (i < user_agent.size() && (user_agent[i] == ' ' || user_agent[i] == '\t')) ++i;
      std::string named = token_at(i);
      if (!named.empty()) return named;
    }
  }
  return first;
}

std::string NormalizeRobotsPath(std::string_view s, bool pattern) {
  // In a pattern '*' is the wildcard and a final '$' the end, any other '$'
  // an octet; in a path both are octets, which a pattern names "%2A", "%24".
  const bool anchored = pattern && !s.empty() && s.back() == '$';
  if (anchored) s.remove_suffix(1);
  std::string out = NormalizePercentEncoding(s, pattern ? "$" : "*$");
  if (anchored) out += '$';
  return out;
}

namespace {

// The first occurrence of `needle` (not empty) in `hay` at or after `from`,
// or npos: Knuth-Morris-Pratt, linear in |hay| + |needle| whatever the
// octets (a naive search is |hay| times |needle| on "aaa...ab"). `fail` is
// scratch space.
std::size_t FindLinear(std::string_view hay, std::size_t from, std::string_view needle,
                       std::vector<std::size_t>* fail) {
  const std::size_t m = needle.size();
  fail->assign(m, 0);
  for (std::size_t i = 1, k = 0; i < m; ++i) {
    while (k > 0 && needle[i] != needle[k]) k = (*fail)[k - 1];
    if (needle[i] == needle[k]) ++k;
    (*fail)[i] = k;
  }
  for (std::size_t i = from, k = 0; i < hay.size(); ++i) {
    if (k == 0) {  // skip to the next octet that can start a match
      i = hay.find(needle[0], i);
      if (i == std::string_view::npos) break;
    }
    while (k > 0 && hay[i] != needle[k]) k = (*fail)[k - 1];
    if (hay[i] == needle[k]) ++k;
    if (k == m) return i + 1 - m;
  }
  return std::string_view::npos;
}

}  // namespace

bool RobotsPatternMatches(std::string_view pattern, std::string_view path) {
  // A final '$' anchors the end; otherwise the pattern matches a prefix,
  // as if it ended with '*'.
  const bool anchored = !pattern.empty() && pattern.back() == '$';
  if (anchored) pattern.remove_suffix(1);
  // The pattern is literal pieces between stars. The first must open the
  // path; each middle one is taken where it first occurs after the one
  // before (the earliest place leaves the most path to the rest, so no
  // other choice can match where this one does not); the last must close
  // the path when anchored. No backtracking: linear in |pattern| + |path|.
  std::size_t star = pattern.find('*');
  const std::string_view first = pattern.substr(0, star);
  if (path.substr(0, first.size()) != first) return false;
  if (star == std::string_view::npos) return !anchored || path.size() == first.size();
  std::size_t pos = first.size();
  std::vector<std::size_t> fail;
  for (;;) {
    pattern.remove_prefix(star + 1);
    star = pattern.find('*');
    if (star == std::string_view::npos) break;
    const std::string_view piece = pattern.substr(0, star);
    if (piece.empty()) continue;
    const std::size_t at = FindLinear(path, pos, piece, &fail);
    if (at == std::string_view::npos) return false;
    pos = at + piece.size();
  }
  // `pattern` is now the piece after the last star.
  if (anchored) {
    return path.size() - pos >= pattern.size() &&
           path.substr(path.size() - pattern.size()) == pattern;
  }
  return pattern.empty() || FindLinear(path, pos, pattern, &fail) != std::string_view::npos;
}

RobotsTxt RobotsTxt::AllowAll() { return RobotsTxt(); }

RobotsTxt RobotsTxt::DisallowAll() {
  RobotsTxt r;
  r.disallow_all_ = true;
  return r;
}

RobotsTxt RobotsTxt::Parse(std::string_view text, std::string_view product_token,
                           std::size_t max_bytes) {
  if (text.size() > max_bytes) {
    // A line cut at the limit is no line: "Allow: /public-area" cut to
    // "Allow: /pub" would allow more than the file does.
    text = text.substr(0, max_bytes);
    const std::size_t last_end = text.find_last_of("\r\n");
    text = text.substr(0, last_end == std::string_view::npos ? 0 : last_end + 1);
  }
  text = StripUtf8Bom(text);
  const std::string token = AsciiLower(product_token);

  // Rules are collected for the groups naming our token and for "*" apart;
  // the first are used if any group named us.
  struct Collected {
    std::vector<Rule> rules;
    double crawl_delay = -1;
    bool seen = false;
  } ours, star;
  std::vector<std::string> sitemaps;
  // The previous record that counts was a user-agent line. Only a rule
  // (allow, disallow) ends a run of user-agent lines: other records
  // (Crawl-delay, Sitemap, Host, unknown ones) do not interfere with the
  // groups (RFC 9309 2.2.4), so "User-agent: a / Crawl-delay: 1 /
  // User-agent: b / Disallow: /x" is one group for a and b.
  bool in_agents = false;
  bool group_ours = false, group_star = false;
  int line_no = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t eol = text.find_first_of("\r\n", pos);
    if (eol == std::string_view::npos) eol = text.size();
    const std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    if (eol < text.size() && text[eol] == '\r' && pos < text.size() && text[pos] == '\n') ++pos;
    ++line_no;
    std::string key;
    std::string_view value;
    if (!SplitLine(line, &key, &value)) continue;
    switch (Classify(key)) {
      case Key::kUserAgent: {
        if (!in_agents) group_ours = group_star = false;  // a new group starts
        in_agents = true;
        // "Googlebot/2.1" names the product "googlebot": the token ends at
        // the first character that cannot be in one. So does the star:
        // "*\0", "* crawlers", "*/1.0" are the group for all, as "pith\0"
        // is pith's (read otherwise, a file whose only group is such a star
        // would bind no one, and its rules be ignored); "*bot" and "\0*"
        // name no agent (RFC 9309 2.2.1: a token is "*" or letters, '-'
        // and '_').
        const bool star_token = !value.empty() && value[0] == '*' &&
                                (value.size() == 1 || !IsTokenChar(value[1]));
        const std::string agent = star_token ? "*" : ProductToken(value);
        if (agent == "*") {
          group_star = true;
          star.seen = true;
        } else if (!agent.empty() && agent == token) {
          group_ours = true;
          ours.seen = true;
        }
        break;
      }
      case Key::kAllow:
      case Key::kDisallow: {
        in_agents = false;
        if (!group_ours && !group_star) break;
        if (value.empty()) break;  // "Disallow:" alone allows everything: no rule
        Rule rule{Classify(key) == Key::kAllow, NormalizeRobotsPath(value, /*pattern=*/true),
                  line_no, std::string(value)};
        if (group_ours) ours.rules.push_back(rule);
        if (group_star) star.rules.push_back(std::move(rule));
        break;
      }
      case Key::kCrawlDelay: {
        char* end = nullptr;
        const std::string v(value);
        const double d = std::strtod(v.c_str(), &end);
        if (end == v.c_str() || !(d >= 0) || d > 1e6) break;
        if (group_ours) ours.crawl_delay = std::max(ours.crawl_delay, d);
        if (group_star) star.crawl_delay = std::max(star.crawl_delay, d);
        break;
      }
      case Key::kSitemap:
        // Sitemaps belong to no group and do not end one.
        if (!value.empty()) sitemaps.emplace_back(value);
        break;
      case Key::kOther:
        break;
    }
  }

  RobotsTxt out;
  out.sitemaps_ = std::move(sitemaps);
  Collected& used = ours.seen ? ours : star;
  if (used.seen) out.group_ = ours.seen ? "user-agent: " + token : "user-agent: *";
  out.rules_ = std::move(used.rules);
  out.crawl_delay_ = used.crawl_delay;
  const std::vector<Rule>& rules = out.rules_;
  out.order_.resize(rules.size());
  for (std::size_t i = 0; i < rules.size(); ++i) out.order_[i] = i;
  std::sort(out.order_.begin(), out.order_.end(), [&rules](std::size_t a, std::size_t b) {
    const Rule& x = rules[a];
    const Rule& y = rules[b];
    if (x.pattern.size() != y.pattern.size()) return x.pattern.size() > y.pattern.size();
    if (x.allow != y.allow) return x.allow;
    return x.allow ? a > b : a < b;
  });
  return out;
}

RobotsTxt::Verdict RobotsTxt::Check(std::string_view path) const {
  if (path.empty()) path = "/";
  if (path == "/robots.txt") return {true, nullptr};
  if (disallow_all_) return {false, nullptr};
  const std::string normalized = NormalizeRobotsPath(path, /*pattern=*/false);
  std::size_t cost = 0;
  for (const std::size_t i : order_) {
    const Rule& rule = rules_[i];
    const std::string_view pattern = rule.pattern;
    // A rule whose text before its first '*' (or its final '$') does not
    // open the path costs that text; any other, up to its pattern and the
    // whole path.
    std::string_view body = pattern;
    if (!body.empty() && body.back() == '$') body.remove_suffix(1);
    const std::size_t star = body.find('*');
    const std::string_view first = body.substr(0, std::min(star, body.size()));
    const bool opens = std::string_view(normalized).substr(0, first.size()) == first;
    cost += opens && star != std::string_view::npos ? pattern.size() + normalized.size()
                                                    : first.size() + 1;
    if (cost > kMaxMatchOctets) return {false, nullptr, true};
    if (opens && RobotsPatternMatches(pattern, normalized)) return {rule.allow, &rule};
  }
  return {true, nullptr};
}

}  // namespace pith::internal
