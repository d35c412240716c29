// The form in which titles and headings are compared: letters and digits
// of any script, lower-cased, words joined by one space.
#ifndef PITH_SRC_TITLE_KEY_H_
#define PITH_SRC_TITLE_KEY_H_

#include <cstddef>
#include <string>

namespace pith::internal {

// The letters and digits of a title or heading (with the combining marks
// of their letters), lower-cased, words joined by one space, in NFC: the
// form in which titles and headings are compared. Stops once
// the key is longer than `max_size` (it then equals no key of that size or
// less), so that a long paragraph is not read through to compare it.
std::string TitleKey(const std::string& text, std::size_t max_size = std::string::npos);

}  // namespace pith::internal

#endif  // PITH_SRC_TITLE_KEY_H_
