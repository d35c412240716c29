// Stage 2b, strip: UTF-8 HTML -> the same HTML without the bodies of
// <script> (JSON-LD excepted), <style> and comments, which pith never reads
// and Gumbo would otherwise tokenize byte by byte. Follows the HTML
// tokenizer's rules for raw text (script data escape states, RCDATA and
// RAWTEXT elements, quoted attribute values), so the elements and text that
// Gumbo builds from the result are those it builds from the input.
#ifndef PITH_SRC_RAWTEXT_H_
#define PITH_SRC_RAWTEXT_H_

#include <string>
#include <string_view>

namespace pith::internal {

// What the strip pass counted on its way, for limits checked before parsing.
struct TagCounts {
  std::size_t start_tags = 0;  // start tags seen: an upper bound of the elements
  // Deepest nesting of elements that only an end tag closes (<div>, <b>,
  // <table>, ...; not <p>, <li>, <td>, which siblings close): a lower bound of
  // what unclosed markup makes Gumbo's open-element stack reach.
  std::size_t max_open = 0;
};

std::string StripRawText(std::string_view html, TagCounts* counts = nullptr);

}  // namespace pith::internal

#endif  // PITH_SRC_RAWTEXT_H_
