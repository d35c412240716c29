// Extracts the page named on the command line with an installed pith.
#include <pith/pith.h>

#include <iostream>

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  pith::Result<pith::Article> article = pith::ExtractFile(argv[1]);
  if (!article.ok()) {
    std::cerr << article.status().ToString() << "\n";
    return 2;
  }
  std::cout << "pith " << PITH_VERSION_STRING << ": " << article->title << "\n";
  return article->found ? 0 : 1;
}
