// pith: a web-page boilerplate stripper. Give it a page; it returns the story.
//
// Naming: types and functions are CamelCase in namespace pith; enum values
// are kCamelCase; option fields are snake_case nouns.
//
// Thread safety: every function here is pure. pith holds no global state, so
// any number of threads may call Extract() at once, each on its own input.
//
// Example (compiled as tests/api_example_test.cc):
//
//   pith::ExtractOptions options;
//   pith::Result<pith::Article> article = pith::ExtractFile("page.html", options);
//   if (!article.ok()) {
//     std::cerr << article.status().ToString() << "\n";
//   } else if (article->found) {
//     std::cout << article->title << "\n\n" << article->text << "\n";
//   }
#ifndef PITH_PITH_H_
#define PITH_PITH_H_

#include <string>
#include <string_view>

#include "pith/article.h"
#include "pith/discover.h"
#include "pith/fetch.h"
#include "pith/options.h"
#include "pith/status.h"
#include "pith/version.h"
#include "pith/warc.h"

namespace pith {

// Extracts the main content of a page from its raw bytes, in any encoding;
// gzip-compressed bytes are inflated first. A WARC record (as SaveResponse()
// writes) is unwrapped: its response's body is the page, and its
// Target-URI and Content-Type fill what `page` leaves empty; a WARC of
// several response records is kInvalidArgument (read it record by record:
// WarcReader, ExtractRecord()). `bytes` is only read during the call.
//
// Returns the Article (with found == false when the page has no main content
// of at least options.min_text_chars), or:
//   kTooLarge     the bytes, or what they inflate to, exceed options.max_input_bytes,
//                 or parsing needs more than options.max_parse_memory_bytes, or the
//                 page nests deeper than options.max_nesting_depth or has more than
//                 options.max_elements elements
//   kTimeout      parsing takes longer than options.max_parse_seconds
//   kDecodeError  the bytes are binary data, or a broken gzip stream
//   kInvalidArgument  options.encoding is not a known encoding label, or the
//                     bytes are a WARC of several response records
//   kUnsupportedType  page.content_type names a type that is not HTML
//                     (IsHtmlContentType(), the rule downloads and WARC
//                     records are judged by: "application/json is not
//                     HTML"), checked before the bytes are read; or a WARC
//                     record whose response is not HTML
Result<Article> Extract(std::string_view bytes, const ExtractOptions& options = {},
                        const PageInfo& page = {});

// Reads a file (".gz" or not: gzip is recognised by its magic bytes) and
// extracts it. Article::url is `page.url`, else a saved WARC page's URL,
// else the path.
// Adds to Extract()'s codes:
//   kIoError   the file cannot be opened or read, is a directory or not a
//              regular file, or the name is empty
//   kTooLarge  the file exceeds options.max_input_bytes (it is not read whole)
//   kInvalidArgument  the name holds a NUL byte (the system would read it as
//              ending there)
Result<Article> ExtractFile(const std::string& path, const ExtractOptions& options = {},
                            const PageInfo& page = {});

// True when `label` is an encoding label pith decodes (a WHATWG label, in
// any case, spaces around it ignored: "utf-8", "latin1", "Shift_JIS"), as
// ExtractOptions::encoding takes it. For checking a user's label once, before
// any page is read.
bool IsKnownEncoding(std::string_view label);

// Output formats of Render().
enum class OutputFormat {
  kText,      // the article's text: blocks separated by blank lines
  kMarkdown,  // headings, nested lists, quotes, code blocks and tables in Markdown (GFM tables)
  kHtml,      // a minimal clean HTML document of the kept blocks
  kJson,      // one JSON object on one line (see RenderJson)
};

// What Render() adds to the article's text.
struct RenderOptions {
  // kJson: "blocks", every block with its kind, level, decision, score and
  // reason, and for lists and tables their structure. Default: false.
  bool with_blocks = false;
  // The comment section (Article::comments, collected when
  // ExtractOptions::include_comments): a "comments" field in JSON, a
  // "Comments" section in Markdown and HTML, text after a "---" line.
  // Default: false.
  bool with_comments = false;
  // Markdown and HTML: links as links, their URLs absolute; JSON: "links"
  // of each block (with with_blocks). Default: false.
  bool with_links = false;
  // Markdown and HTML: the article's images with alt text and caption;
  // JSON: "images". Default: false.
  bool with_images = false;
};

// Renders an article. Text, Markdown and HTML end with a newline; JSON is
// one line without one.
std::string Render(const Article& article, OutputFormat format, const RenderOptions& options = {});

// Renders an article as JSON: {"url", "input" (when set), "warc_record_id",
// "warc_date", "warc_target_uri" (for a page read from a WARC record),
// "title", "authors" (a list), "author", "date", "site_name", "language",
// "description", "image", "canonical", "encoding", "found", "page_type",
// "text"}, then "comments", "images" and "blocks" as `options` ask. Empty
// metadata is an empty string (an empty list for "authors"). "author" is the
// same list under its old name, kept for readers written before the field
// took Article::authors's name; deprecated: it will go in a later version.
// One line, no trailing newline.
std::string RenderJson(const Article& article, const RenderOptions& options);
// The same with only with_blocks set.
std::string RenderJson(const Article& article, bool with_blocks = false);

// Renders a failed input as JSON: {"url", "input", "error": status.ToString(),
// "found": false}. "url" is the input, or the response's URL after
// redirects. With a download's `response`: "http_status" when a response
// came, and for a skipped non-HTML body "skipped": true and "content_type".
// One line, no trailing newline.
std::string RenderErrorJson(const std::string& input, const Status& status,
                            const Response* response = nullptr);

// Renders a self-contained HTML page that shows every block of the article in
// order: kept blocks highlighted, dropped ones struck through, each with its
// score and reason.
std::string RenderExplainHtml(const Article& article);

}  // namespace pith

#endif  // PITH_PITH_H_
