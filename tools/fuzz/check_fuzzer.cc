// libFuzzer target over what pith check reads from a fixture directory: a
// pith-check config file, and an expectation compared with an output (text
// by the line diff, JSON field by field). Built by tools/fuzz.sh with clang,
// AddressSanitizer and UBSan. Besides crashes it checks that a diff is empty
// exactly when the texts are equal and never longer than its bound.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "pith/check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  // The first byte picks the context and the bound; the rest is split at the
  // first two NUL bytes into config, expectation and output.
  const int context = data[0] % 5;
  const std::size_t max_lines = 3 + data[0] / 5 % 40;
  const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  const std::size_t first = rest.find('\0');
  const std::size_t second = first == std::string_view::npos ? first : rest.find('\0', first + 1);
  const std::string config(rest.substr(0, first));
  const std::string expected(first == std::string_view::npos ? "" : rest.substr(first + 1, second - first - 1));
  const std::string actual(second == std::string_view::npos ? "" : rest.substr(second + 1));

  pith::CheckOptions options;
  (void)pith::ParseCheckConfig(config, "fuzz", &options);
  options.context_lines = context;
  options.max_diff_lines = max_lines;

  const std::string diff = pith::UnifiedDiff(expected, actual, "a", "b", context, max_lines);
  if (diff.empty() != (expected == actual)) std::abort();
  std::size_t lines = 0;
  for (char c : diff) lines += c == '\n';
  if (lines > max_lines + 1) std::abort();

  for (pith::OutputFormat f : {pith::OutputFormat::kText, pith::OutputFormat::kJson}) {
    pith::CheckResult result;
    pith::CompareExpectation(expected, actual, f, options, &result);
    if (result.outcome == pith::CheckOutcome::kChanged && result.diff.empty()) std::abort();
  }
  return 0;
}
