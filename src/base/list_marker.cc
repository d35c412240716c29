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

}  // namespace pith::internal
