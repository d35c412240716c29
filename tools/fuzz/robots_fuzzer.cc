// libFuzzer target over robots.txt parsing and matching: bytes -> the rules
// for pith and for "*" -> checks of paths taken from the same bytes. Built
// by tools/fuzz.sh like extract_fuzzer.cc; any crash, sanitizer report or
// time-out is a finding.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fetch/robots.h"

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
    }
    (void)robots.crawl_delay();
  }
  return 0;
}
