// Options given as words (a flag's value, a pith-check file, a Python
// keyword): the one table of their names, read in any ASCII case, and the
// one grammar of sizes, so that the command line, the library and the
// Python binding agree.
#include "base/option_names.h"

#include <cmath>
#include <cstddef>
#include <string_view>

#include "base/utf8.h"
#include "pith/options.h"

namespace pith {
namespace {

struct FocusWord {
  const char* name;
  ExtractOptions::Focus focus;
};

constexpr FocusWord kFocusWords[] = {
    {"balanced", ExtractOptions::Focus::kBalanced},
    {"precision", ExtractOptions::Focus::kPrecision},
    {"recall", ExtractOptions::Focus::kRecall},
};

// A size's units, by their letter in either case.
struct SizeUnit {
  char letter;
  double bytes;
};

constexpr SizeUnit kSizeUnits[] = {
    {'k', 1024.0},
    {'m', 1024.0 * 1024},
    {'g', 1024.0 * 1024 * 1024},
};

// Past this a decimal's digits no longer change a double: later integer
// digits only raise its power of ten, later fraction digits are dropped, so
// a long run of digits neither overflows nor counts without bound.
constexpr double kMantissaDigitsEnd = 1e17;
// Powers of ten past this are 0 or infinity for a double anyway; capping
// them keeps the count in an int whatever the exponent's length.
constexpr int kMaxDecimalExponent = 100000;

// The decimal number at the start of `*s` (digits with an optional fraction
// and an optional exponent: "12", "1.5", ".5", "1e3"), consumed; false with
// `*s` unchanged when there is none. Read by hand rather than by strtod,
// which follows the process's locale for its decimal point (the Python
// binding's interpreter may set one) and takes signs, hexadecimal, "inf"
// and "nan" besides.
bool ConsumeDecimal(std::string_view* s, double* value) {
  std::string_view t = *s;
  double mantissa = 0;
  int exponent = 0;
  bool any_digit = false;
  const auto digits = [&](bool fraction) {
    while (!t.empty() && internal::IsAsciiDigit(t.front())) {
      const int d = t.front() - '0';
      t.remove_prefix(1);
      any_digit = true;
      if (mantissa < kMantissaDigitsEnd) {
        mantissa = mantissa * 10 + d;
        if (fraction) --exponent;
      } else if (!fraction && exponent < kMaxDecimalExponent) {
        ++exponent;
      }
    }
  };
  digits(false);
  if (!t.empty() && t.front() == '.') {
    t.remove_prefix(1);
    digits(true);
  }
  if (!any_digit) return false;
  // An exponent is "e" with digits; a lone "e" is left for the caller to refuse.
  if (t.size() > 1 && (t.front() == 'e' || t.front() == 'E')) {
    std::string_view e = t.substr(1);
    const bool negative = e.front() == '-';
    if (e.front() == '+' || e.front() == '-') e.remove_prefix(1);
    if (!e.empty() && internal::IsAsciiDigit(e.front())) {
      int n = 0;
      while (!e.empty() && internal::IsAsciiDigit(e.front())) {
        if (n < kMaxDecimalExponent) n = n * 10 + (e.front() - '0');
        e.remove_prefix(1);
      }
      exponent += negative ? -n : n;
      t = e;
    }
  }
  // Divided by a power of ten, not multiplied by its inverse, which has no
  // exact double: "1.000000000000000001" is then 1, not 0.999... (no byte).
  *value = exponent < 0 ? mantissa / std::pow(10.0, -exponent) : mantissa * std::pow(10.0, exponent);
  *s = t;
  return true;
}

}  // namespace

bool ParseByteSize(std::string_view text, std::size_t* bytes) {
  std::string_view t = internal::TrimAsciiSpace(text);
  double value = 0;
  if (!ConsumeDecimal(&t, &value)) return false;
  if (t.size() == 1) {
    for (const SizeUnit& u : kSizeUnits) {
      if (internal::AsciiToLower(t.front()) == u.letter) {
        value *= u.bytes;
        t.remove_prefix(1);
        break;
      }
    }
  }
  // Rounded down first, so that "0.5" (half a byte) is no size either.
  value = std::floor(value);
  if (!t.empty() || !(value >= 1) || value > static_cast<double>(kMaxByteSize)) return false;
  *bytes = static_cast<std::size_t>(value);
  return true;
}

bool ParseWholeNumber(std::string_view text, long long max, long long* number) {
  if (text.empty() || max < 0) return false;
  long long n = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return false;
    const int digit = c - '0';
    // n * 10 + digit > max, asked without overflowing.
    if (digit > max || n > (max - digit) / 10) return false;
    n = n * 10 + digit;
  }
  *number = n;
  return true;
}

const char* FocusName(ExtractOptions::Focus focus) {
  for (const FocusWord& w : kFocusWords) {
    if (w.focus == focus) return w.name;
  }
  return kFocusWords[0].name;
}

bool ParseFocus(std::string_view name, ExtractOptions::Focus* focus) {
  for (const FocusWord& w : kFocusWords) {
    if (internal::EqualsIgnoreCase(name, w.name)) {
      *focus = w.focus;
      return true;
    }
  }
  return false;
}

namespace internal {

bool ParseFocusSwitch(std::string_view name, std::string_view prefix, ExtractOptions::Focus* focus) {
  if (name.substr(0, prefix.size()) != prefix) return false;
  ExtractOptions::Focus f = ExtractOptions::Focus::kBalanced;
  if (!ParseFocus(name.substr(prefix.size()), &f) || f == ExtractOptions::Focus::kBalanced) {
    return false;
  }
  *focus = f;
  return true;
}

}  // namespace internal
}  // namespace pith
