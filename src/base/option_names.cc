// Options given as words (a flag's value, a pith-check file, a Python
// keyword): the one table of their names, read in any ASCII case, so that
// the command line, the library and the Python binding agree.
#include "base/option_names.h"

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

}  // namespace

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
