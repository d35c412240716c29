// libFuzzer target over robots.txt parsing and matching: bytes -> the rules
// for pith and for "*" -> checks of paths taken from the same bytes, and the
// matcher against a reference that tries every split. Built by
// tools/fuzz.sh like extract_fuzzer.cc; any crash, sanitizer report,
// time-out or verdict the reference does not give is a finding.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fetch/robots.h"

namespace {

// Whether `pattern` ('*' any run of octets, a final '$' the end) matches a
// prefix of `path` (all of it when anchored), by dynamic programming over
// both: |pattern| times |path|, for short inputs only.
bool ReferenceMatches(std::string_view pattern, std::string_view path) {
  const bool anchored = !pattern.empty() && pattern.back() == '$';
  if (anchored) pattern.remove_suffix(1);
  std::vector<char> can(path.size() + 1, 0);  // can[j]: the pattern so far matches path[0, j)
  can[0] = 1;
  for (const char c : pattern) {
    if (c == '*') {
      for (std::size_t j = 1; j <= path.size(); ++j) can[j] = can[j] || can[j - 1];
    } else {
      for (std::size_t j = path.size(); j > 0; --j) can[j] = can[j - 1] && path[j - 1] == c;
      can[0] = 0;
    }
  }
  if (anchored) return can[path.size()] != 0;
  for (const char x : can) {
    if (x) return true;
  }
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  using pith::internal::RobotsTxt;
  for (const char* token : {"pith", "otherbot"}) {
    const RobotsTxt robots = RobotsTxt::Parse(bytes, token);
    // Paths: fixed ones, and the input's last line (so patterns and paths
    // come from the same bytes).
    const std::size_t nl = bytes.rfind('\n');
    const std::string tail(bytes.substr(nl == std::string_view::npos ? 0 : nl + 1).substr(0, 2048));
    for (const std::string& path : {std::string("/"), std::string("/a/b.php?x=1"), tail}) {
      const RobotsTxt::Verdict v = robots.Check(path);
      if (v.rule != nullptr && v.rule->allow != v.allowed) __builtin_trap();
      // Check tries the rules longest first and stops at the first match:
      // the verdict, and the rule named, of reading every rule in the
      // file's order (the longest match; an allow wins a tie, the last
      // written; of disallows, the first written), for small files.
      bool small = robots.rules().size() <= 16 && path.size() <= 512 && !v.too_costly;
      for (const RobotsTxt::Rule& rule : robots.rules()) small = small && rule.pattern.size() <= 512;
      if (small) {
        const std::string normalized = pith::internal::NormalizeRobotsPath(path.empty() ? "/" : path);
        const RobotsTxt::Rule* best = nullptr;
        for (const RobotsTxt::Rule& rule : robots.rules()) {
          if (!ReferenceMatches(rule.pattern, normalized)) continue;
          if (best == nullptr || rule.pattern.size() > best->pattern.size() ||
              (rule.pattern.size() == best->pattern.size() && rule.allow)) {
            best = &rule;
          }
        }
        const bool robots_txt = path == "/robots.txt";
        if (!robots_txt && (v.rule != best || v.allowed != (best == nullptr || best->allow))) {
          __builtin_trap();
        }
      }
      // The linear matcher says what trying every split says.
      for (std::size_t i = 0; i < robots.rules().size() && i < 16; ++i) {
        const std::string& pattern = robots.rules()[i].pattern;
        if (pattern.size() > 512) continue;
        if (pith::internal::RobotsPatternMatches(pattern, path) != ReferenceMatches(pattern, path)) {
          __builtin_trap();
        }
      }
    }
    (void)robots.crawl_delay();
  }
  return 0;
}
