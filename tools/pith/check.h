// pith CLI: `pith check DIR...` and the expectations --with-expected writes,
// over the library's checks (pith/check.h).
#ifndef PITH_TOOLS_CHECK_H_
#define PITH_TOOLS_CHECK_H_

#include <string>

#include "cli_args.h"
#include "pith/check.h"

namespace pith::cli {

// The options of a check: the defaults, then `dir`'s pith-check file (when
// `dir` is not empty), then the options given on the command line, which win.
// The config file's errors.
Status CheckOptionsFor(const CliArgs& args, const std::string& dir, CheckOptions* options);

// Runs `pith check` over args.inputs; diffs and the summary on standard
// output, errors on standard error. Returns the exit status: 0 unchanged,
// 1 changed or missing an expectation, 2 errors.
int RunCheck(const CliArgs& args);

}  // namespace pith::cli

#endif  // PITH_TOOLS_CHECK_H_
