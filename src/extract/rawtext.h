// Stage 2b, strip: UTF-8 HTML -> the same HTML without what pith never reads
// and Gumbo would otherwise tokenize byte by byte: the bodies of <script>
// (JSON-LD excepted) and <style>, comments, the attributes that are not on
// the list in extract/attributes.h or not kept on their element there
// (KeptOn()), styles that do not hide, the attributes of end tags, the
// content of inline <svg>, and all but the first character of a run of
// white space between tags outside <pre>, <listing> and <math>. A class
// value becomes a number, one per distinct value on the page, after the
// words that give its hints when it has any, and an id without hints goes:
// pith reads a class for its hints and for which elements share it, an id
// for its hints only. Follows the HTML tokenizer's rules (script data escape
// states, RCDATA and RAWTEXT elements, attribute states) and the tree
// builder's where they matter (foreign content, formatting elements, <pre>),
// so that what pith reads from the tree Gumbo builds of the result is what
// it reads from the tree of the input, but for one place where it reads as
// a browser running scripts does: an <iframe> left open inside a <noscript>
// ends at "</noscript>" (Gumbo would take the rest of the page as the
// frame's text). Keeps at most 256 attributes per tag, which bounds Gumbo's
// quadratic check for duplicate attributes.
#ifndef PITH_SRC_RAWTEXT_H_
#define PITH_SRC_RAWTEXT_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace pith::internal {

// What the strip pass counted on its way, for limits checked before parsing.
struct TagCounts {
  // Start tags passed on, and the formatting elements the parser makes again
  // (OpenElements): an upper bound of the elements.
  std::size_t start_tags = 0;
  // The most elements open at once (but <html> and <body>), as the tree
  // builder's stack of open elements would hold them (OpenElements): how
  // deep unclosed or misnested markup makes Gumbo nest.
  std::size_t max_open = 0;
};

// What the pass keeps beyond what extraction reads.
struct StripOptions {
  // Keep what the crawler reads and extraction does not (CrawlerReads() in
  // extract/attributes.h: a link's rel, a <meta>'s name and content; the
  // content of an <svg> holding an <a>, and an <a>'s SVG 1.1 xlink:href),
  // for a page parsed for its links (ScanLinks). Default: false.
  bool keep_crawler_reads = false;
  // The limits the caller refuses a page past (ExtractOptions::
  // max_nesting_depth and max_elements): the pass stops following the
  // nesting there (TagCounts then holds at least the limit).
  // Default: none.
  std::size_t max_nesting_depth = SIZE_MAX;
  std::size_t max_elements = SIZE_MAX;
};

std::string StripRawText(std::string_view html, TagCounts* counts = nullptr,
                         const StripOptions& options = {});

// Turns the dropping of attributes and <svg> content and the shortening of
// classes on (the default) or off for every later StripRawText call in the
// process, so that a tool can show that it changes no output (bench
// --no-prune, tools/check-identical.sh).
// Off, the pass also keeps every attribute of a tag.
void SetMarkupPruning(bool on);

}  // namespace pith::internal

#endif  // PITH_SRC_RAWTEXT_H_
