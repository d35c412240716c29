// pith: what an extraction returns.
//
// Plain value types holding copies of the page's text: nothing points into
// the parse tree, so an Article outlives the input buffer and can be moved
// between threads.
#ifndef PITH_ARTICLE_H_
#define PITH_ARTICLE_H_

#include <string>
#include <vector>

namespace pith {

enum class BlockKind {
  kParagraph,  // <p>, or text directly inside a <div>, <section>, ...
  kHeading,    // <h1>..<h6>; Block::level is 1..6
  kListItem,   // <li>, <dt>, <dd>; Block::level is the list nesting, 1 for a top-level list
  kQuote,      // text inside <blockquote>
  kCode,       // <pre>; whitespace is kept as written
  kTableCell,  // <td>, <th>
  kCaption,    // <figcaption>, <caption>
};

// Name of a kind for output formats: "paragraph", "heading", "list-item",
// "quote", "code", "table-cell", "caption".
const char* BlockKindName(BlockKind kind);

// One block of visible text of the page, in document order, with pith's
// decision on it.
struct Block {
  BlockKind kind = BlockKind::kParagraph;
  int level = 0;      // heading level or list depth, else 0
  std::string text;   // whitespace-collapsed text; kCode keeps its line breaks
  bool kept = false;  // part of the article text?
  double score = 0;   // the content score pith gave the block (higher: more like content)
  std::string reason; // why it was kept or dropped, e.g. "main content", "link density 0.83"
};

struct Article {
  // True when main content of at least ExtractOptions::min_text_chars was found.
  bool found = false;
  std::string url;       // PageInfo::url as given: for a download, the URL after redirects
  // What the page was asked for as: the path given to ExtractFile(), or the
  // URL given to Fetch() before redirects. Empty from Extract().
  std::string input;
  std::string title;     // from og:title, <title> or the main <h1>, site name trimmed
  std::string language;  // <html lang>, e.g. "de", if the page says
  std::string encoding;  // the encoding the bytes were decoded from, e.g. "windows-1252"
  std::string text;      // the kept blocks' text, separated by one blank line
  // Every text block of the page, kept or dropped, in document order
  // (the material of `pith --explain`).
  std::vector<Block> blocks;
};

}  // namespace pith

#endif  // PITH_ARTICLE_H_
