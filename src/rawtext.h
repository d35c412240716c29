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

std::string StripRawText(std::string_view html);

}  // namespace pith::internal

#endif  // PITH_SRC_RAWTEXT_H_
