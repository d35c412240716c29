// Unicode's composed form, NFC, for text the stages compare: the form the web
// is to be written in (W3C's character model) and the one word lists, titles
// and other copies of the same words are written in.
#ifndef PITH_SRC_COMPOSE_H_
#define PITH_SRC_COMPOSE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pith::internal {

// Whether `text` is in NFC already: ASCII text and nearly all the web,
// decided without ICU for ASCII and by ICU's quick check otherwise. Text ICU
// cannot read counts as composed (there is nothing to compose).
bool IsComposed(std::string_view text);

// Puts `text` in NFC: a page may write one letter as two code points ("e"
// and U+0301 for "é", as text copied from macOS often is), or as one that
// the standard writes as two (Bengali's "ড়", U+09DC, is U+09A1 U+09BC), and
// its words then match no one else's copy of them. Each byte offset in
// `offsets` (into `text`) moves to where its byte lands. Returns false,
// changing nothing, when `text` is NFC already (IsComposed: ask it first
// where gathering the offsets costs) and when ICU cannot compose it.
bool ComposeUtf8(std::string* text, const std::vector<std::size_t*>& offsets = {});

}  // namespace pith::internal

#endif  // PITH_SRC_COMPOSE_H_
