// Options given as words: the switches named after a focus. The names
// themselves are public (FocusName, ParseFocus in pith/options.h).
#ifndef PITH_SRC_BASE_OPTION_NAMES_H_
#define PITH_SRC_BASE_OPTION_NAMES_H_

#include <string_view>

#include "pith/options.h"

namespace pith::internal {

// The focus a switch named `prefix` and a focus's name gives ("--favor-" and
// "recall"), as the command line's switches and the pith-check file's keys
// are named, so that they name the foci favor= of the Python API takes.
// Balanced, the default, has no switch. False for any other name, `*focus`
// unchanged.
bool ParseFocusSwitch(std::string_view name, std::string_view prefix, ExtractOptions::Focus* focus);

}  // namespace pith::internal

#endif  // PITH_SRC_BASE_OPTION_NAMES_H_
