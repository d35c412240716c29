// pith: what an extraction returns.
//
// Plain value types holding copies of the page's text: nothing points into
// the parse tree, so an Article outlives the input buffer and can be moved
// between threads.
#ifndef PITH_ARTICLE_H_
#define PITH_ARTICLE_H_

#include <cstddef>
#include <string>
#include <string_view>
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

// A run of a block's text set as code in a line (<code>, <kbd>, <samp>,
// <tt>): bytes [begin, end) of Block::text.
struct CodeSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// A link inside a block: bytes [begin, end) of Block::text point to `url`.
struct Link {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string url;  // made absolute against the page's URL or <base href>
};

// One block of visible text of the page, in document order, with pith's
// decision on it.
struct Block {
  BlockKind kind = BlockKind::kParagraph;
  int level = 0;      // heading level or list depth, else 0
  // The text, each run of whitespace collapsed to one space but for line
  // breaks: a <br> (or several in a row) is one "\n", in any kind of block.
  // kCode keeps its spaces and line breaks as they are.
  std::string text;
  bool kept = false;  // part of the article text?
  double score = 0;   // the content score pith gave the block (higher: more like content)
  std::string reason; // why it was kept or dropped, e.g. "main content", "link density 0.83"
  // A block of an item of a numbered list (<ol>): a kListItem, or another
  // block of its item (item_level).
  bool ordered = false;
  // The first block of a numbered list's item: its number as the page shows
  // it, "1.", "3.", "c.", "iv." (the list's start=, reversed and type=, the
  // item's value=); the text output opens the block with it. Empty otherwise.
  std::string marker;
  // With a marker, the numbers behind it, for the renderers: the item's
  // number (3 for "c."), its list's type ('1', 'a', 'A', 'i', 'I': figures,
  // letters, Roman numerals) and whether the list counts down (<ol
  // reversed>). 0, 0 and false otherwise.
  int number = 0;
  char list_type = 0;
  bool reversed = false;
  // Text inside a table cell (kTableCell, or a paragraph inside a cell): the
  // page's table number (0, 1, ...), the row within that table, the column
  // within the row, and whether the cell is a header (<th>). -1 outside tables.
  int table = -1;
  int row = -1;
  int column = -1;
  bool header = false;
  bool comment = false;    // part of the page's comment section
  std::vector<Link> links; // of kept blocks and comment blocks only
  // The text's runs set as code in a line (an identifier, a command, a
  // key), in order, apart; not in kCode blocks, whose whole text is code.
  // Markdown writes them as `code`, HTML as <code>.
  std::vector<CodeSpan> code_spans;
  // kCode: the code's language as the page names it in a class of the
  // <pre>, its <code> or a box around it ("python" of "language-python",
  // "highlight-source-python", Sphinx's "highlight-python"), else empty.
  std::string language;
  // The list item (<li>, <dt>, <dd>) holding the block, for the renderers:
  // its list depth (1 for a top-level list; 0 outside lists) and whether
  // the block is the item's first. A paragraph of an item (<li><p>) keeps
  // its kind: it opens the item when first, else it goes on in it (its
  // second paragraph, a <pre> after the item's words).
  int item_level = 0;
  bool item_start = false;
  // The list (<ul>, <ol>, <dl>) of that item: the page's list number (0,
  // 1, ... in the order the lists' items come), like `table`; -1 outside
  // lists. Two lists side by side, of one kind or not, are two numbers:
  // the renderers write them apart. A list nested in an item is a list of
  // its own.
  int list_id = -1;
  // Inside a <blockquote> around the block, or around its list item when it
  // is in one (a list quoted whole; a quote inside an item is not its item's).
  bool quoted = false;
};

// An image of the page.
struct Image {
  std::string url;      // absolute, like Link::url
  std::string alt;
  std::string caption;  // the text of its <figure>'s caption, if any
  int before_block = 0; // the number of Article::blocks that precede it
  bool kept = false;    // inside the article, next to its kept text
};

// The kind of page an article was extracted from, recognised from declared
// data (JSON-LD and microdata @type, og:type) and from the page's structure
// (repeated posts, tiles with prices, label/value rows, code). The names
// are those of the WCXB benchmark's page types.
enum class PageType {
  kArticle,        // "article": a story, blog post, essay or recipe: one text
  kForum,          // "forum": a discussion thread or Q&A: a question and its replies
  kProduct,        // "product": one product or course: name, description, features, specs
  kService,        // "service": a company, service or landing page: sections of offers
  kDocumentation,  // "documentation": a manual or reference page: headings, code, tables
  kListing,        // "listing": links to articles or items (front pages, rankings, search results)
  kCollection,     // "collection": a shop's category: tiles of products with prices
  kOther,          // "other": no text to tell by
};

// Every PageType, in the order above: for listing the types a user may
// name (--page-type's message and completion, Python's page_type=).
inline constexpr PageType kPageTypes[] = {
    PageType::kArticle, PageType::kForum,   PageType::kProduct,    PageType::kService,
    PageType::kDocumentation, PageType::kListing, PageType::kCollection, PageType::kOther,
};

// Name of a page type for output formats: "article", "forum", "product",
// "service", "documentation", "listing", "collection", "other".
const char* PageTypeName(PageType type);

// The PageType PageTypeName() names, in any ASCII case ("Forum"), for reading
// a user's word once (ExtractOptions::page_type: the command line's
// --page-type, Python's page_type=). False for any other name, `*type`
// unchanged.
bool ParsePageType(std::string_view name, PageType* type);

struct Article {
  // True when main content of at least ExtractOptions::min_text_chars was found.
  bool found = false;
  // What kind of page it is; see PageType. Guessed for every page, found or not.
  PageType page_type = PageType::kOther;
  // PageInfo::url as given: for a download, the URL after redirects. A
  // password in it stays here and in JSON "url"; messages show it as "***".
  std::string url;
  // What the page was asked for as: the path given to ExtractFile(), or the
  // URL given to Fetch() before redirects. Empty from Extract().
  std::string input;
  std::string title;     // from og:title, <title> or the main <h1>, site name trimmed
  std::vector<std::string> authors;  // JSON-LD author, <meta name=author>, microdata
  std::string date;         // publication date in ISO 8601: "2024-03-05" or "2024-03-05T14:30:00Z"
  std::string site_name;    // og:site_name, JSON-LD publisher or WebSite name
  std::string description;  // og:description, <meta name=description>, JSON-LD
  std::string image;        // the page's lead image (og:image, twitter:image, JSON-LD), absolute
  std::string canonical;    // <link rel=canonical>, og:url or JSON-LD url, absolute
  std::string language;     // <html lang>, e.g. "de", if the page says
  // The writing direction, "ltr", "rtl" or "auto", if the page says: <html
  // dir>, else <body dir>, else that of a box holding the whole body.
  std::string dir;
  std::string encoding;  // the encoding the bytes were decoded from, e.g. "windows-1252"
  std::string text;      // the kept blocks' text, separated by one blank line
  // The comment section's text, blocks separated by one blank line, when
  // ExtractOptions::include_comments; otherwise empty.
  std::string comments;
  // Every text block of the page, kept or dropped, in document order
  // (the material of `pith --explain` and of the Markdown and HTML output).
  std::vector<Block> blocks;
  std::vector<Image> images;  // every image of the body, in document order
  // For a page read from a WARC record (ExtractRecord()): the record's
  // WARC-Record-ID, WARC-Date and WARC-Target-URI; otherwise empty.
  std::string warc_record_id;
  std::string warc_date;
  std::string warc_target_uri;
};

}  // namespace pith

#endif  // PITH_ARTICLE_H_
