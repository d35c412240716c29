// Writes pith's manual page (pith.1) to standard output, from the CLI's flag
// table; with --bash, its bash completion script (pith.bash). Run by the
// build; both are installed with pith.
#include <iostream>
#include <string>

#include "cli_args.h"

int main(int argc, char** argv) {
  const bool bash = argc > 1 && std::string(argv[1]) == "--bash";
  std::cout << (bash ? pith::cli::BashCompletion() : pith::cli::ManPage());
  return std::cout.good() ? 0 : 1;
}
