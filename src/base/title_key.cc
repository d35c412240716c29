// The key titles and headings are compared by (TitleKey): the metadata
// stage matches headings against the page's title with it, the renderers
// the article's first heading against its title.
#include "base/title_key.h"

#include <unicode/uchar.h>

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
    if (!u_isalnum(cp)) {
      gap = !key.empty();
      continue;
    }
    if (gap) key += ' ';
    gap = false;
    AppendUtf8(static_cast<char32_t>(u_tolower(cp)), &key);
  }
  return key;
}

}  // namespace pith::internal
