// The key titles and headings are compared by (TitleKey): the metadata
// stage matches headings against the page's title with it, the renderers
// the article's first heading against its title.
#include "base/title_key.h"

#include <unicode/uchar.h>

#include "base/compose.h"
#include "base/utf8.h"

namespace pith::internal {

std::string TitleKey(const std::string& text, std::size_t max_size) {
  // Letters and digits of any script, lower-cased, words joined by one space:
  // "Kind krank? Was ..." and "Kind krank: Was ..." are the same title.
  std::string key;
  bool gap = false;
  std::size_t i = 0;
  while (i < text.size() && key.size() <= max_size) {
    const char c = text[i];
    if (static_cast<unsigned char>(c) < 0x80) {  // ASCII: what ICU says, without asking it
      ++i;
      const bool digit = c >= '0' && c <= '9';
      const bool upper = c >= 'A' && c <= 'Z';
      if (!digit && !upper && !(c >= 'a' && c <= 'z')) {
        gap = !key.empty();
        continue;
      }
      if (gap) key += ' ';
      gap = false;
      key += upper ? static_cast<char>(c - 'A' + 'a') : c;
      continue;
    }
    const UChar32 cp = static_cast<UChar32>(NextCodePoint(text, &i));
    // A combining mark belongs to the letter before it: Devanagari's vowel
    // signs, Bengali's nukta, an accent written after its letter ("e" and
    // U+0301 for "é").
    const bool mark = (U_GET_GC_MASK(cp) & U_GC_M_MASK) != 0;
    if (!u_isalnum(cp) && !(mark && !key.empty() && !gap)) {
      gap = !key.empty();
      continue;
    }
    if (gap) key += ' ';
    gap = false;
    AppendUtf8(static_cast<char32_t>(u_tolower(cp)), &key);
  }
  // In NFC, however the text wrote its letters: a heading (composed by the
  // segmenter) and a title written with accents after their letters are
  // the same title. A key cut at `max_size` stays as it is: composed, it
  // might shrink to the size of a key that fits, and equal it.
  if (i >= text.size()) ComposeUtf8(&key);
  return key;
}

}  // namespace pith::internal
