#include "base/list_marker.h"

namespace pith::internal {
namespace {

constexpr struct {
  int value;
  const char* lower;
  const char* upper;
} kRoman[] = {{1000, "m", "M"}, {900, "cm", "CM"}, {500, "d", "D"}, {400, "cd", "CD"},
              {100, "c", "C"},  {90, "xc", "XC"},  {50, "l", "L"},  {40, "xl", "XL"},
              {10, "x", "X"},   {9, "ix", "IX"},   {5, "v", "V"},   {4, "iv", "IV"},
              {1, "i", "I"}};

bool IsRoman(char style) { return style == 'i' || style == 'I'; }
bool IsAlpha(char style) { return style == 'a' || style == 'A'; }

}  // namespace

std::string ListMarker(int number, char style) {
  std::string out;
  if (IsAlpha(style) && number >= 1) {
    for (int n = number; n > 0; n = (n - 1) / 26) {
      out.insert(out.begin(), static_cast<char>(style + (n - 1) % 26));
    }
  } else if (IsRoman(style) && number >= 1 && number < 4000) {
    int n = number;
    for (const auto& r : kRoman) {
      for (; n >= r.value; n -= r.value) out += style == 'i' ? r.lower : r.upper;
    }
  } else {
    out = std::to_string(number);
  }
  return out + ".";
}

std::optional<int> MarkerValue(std::string_view marker, char style) {
  if (marker.size() < 2 || marker.back() != '.') return std::nullopt;
  std::string_view word = marker.substr(0, marker.size() - 1);
  const bool negative = word[0] == '-';
  if (negative) word.remove_prefix(1);
  if (word.empty()) return std::nullopt;
  if (word[0] >= '0' && word[0] <= '9') {
    if (word.size() > 9) return std::nullopt;
    int n = 0;
    for (char c : word) {
      if (c < '0' || c > '9') return std::nullopt;
      n = n * 10 + (c - '0');
    }
    if (negative) n = -n;
    // A style with letters for the number writes them, not figures.
    if ((IsAlpha(style) && n >= 1) || (IsRoman(style) && n >= 1 && n < 4000)) return std::nullopt;
    return n;
  }
  if (negative) return std::nullopt;
  if (IsAlpha(style)) {
    if (word.size() > 6) return std::nullopt;
    int n = 0;
    for (char c : word) {
      if (c < style || c > style + 25) return std::nullopt;
      n = n * 26 + (c - style + 1);
    }
    return n;
  }
  if (IsRoman(style)) {
    if (word.size() > 15) return std::nullopt;  // "MMMDCCCLXXXVIII.", 3888
    int n = 0;
    std::string_view rest = word;
    for (const auto& r : kRoman) {
      const std::string_view figure = style == 'i' ? r.lower : r.upper;
      while (rest.substr(0, figure.size()) == figure) {
        n += r.value;
        rest.remove_prefix(figure.size());
      }
    }
    // Only the form ListMarker writes ("iv.", not "iiii." nor "im.").
    if (!rest.empty() || n < 1 || n >= 4000 || ListMarker(n, style) != marker) return std::nullopt;
    return n;
  }
  return std::nullopt;
}

}  // namespace pith::internal
