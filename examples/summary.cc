// summary: prints a page's metadata and its article as Markdown.
//   summary FILE-OR-URL
#include <pith/pith.h>

#include <iostream>
#include <string>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: summary FILE-OR-URL\n";
    return 2;
  }
  const std::string input = argv[1];

  pith::ExtractOptions options;  // defaults: every field has a documented one
  options.include_comments = true;

  pith::FetchOptions fetch;  // for a URL
  fetch.retries = 2;
  const bool url = input.rfind("http://", 0) == 0 || input.rfind("https://", 0) == 0;
  pith::Result<pith::Article> article = url ? pith::ExtractResponse(pith::Fetch(input, fetch), options)
                                            : pith::ExtractFile(input, options);
  if (!article.ok()) {  // no exceptions: every failure is a Status with its cause
    std::cerr << article.status().ToString() << "\n";
    return 2;
  }
  if (!article->found) {
    std::cerr << input << ": no main content\n";
    return 1;
  }

  std::cout << "title: " << article->title << "\n";
  for (const std::string& author : article->authors) std::cout << "author: " << author << "\n";
  if (!article->date.empty()) std::cout << "date: " << article->date << "\n";
  std::cout << "\n";

  pith::RenderOptions render;
  render.with_links = true;
  render.with_comments = true;
  std::cout << pith::Render(*article, pith::OutputFormat::kMarkdown, render);
  return 0;
}
