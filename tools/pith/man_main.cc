// Writes pith's manual page (pith.1) to standard output, from the CLI's flag
// table. Run by the build; the page is installed with pith.
#include <iostream>

#include "cli_args.h"

int main() {
  std::cout << pith::cli::ManPage();
  return std::cout.good() ? 0 : 1;
}
