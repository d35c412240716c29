// A numbered list item's marker as a browser shows it ("3.", "c.", "IV."):
// the segmenter writes it (Block::marker) beside the number and the list's
// type (Block::number, list_type), which the Markdown and HTML renderers read.
#ifndef PITH_SRC_LIST_MARKER_H_
#define PITH_SRC_LIST_MARKER_H_

#include <string>

namespace pith::internal {

// An item's number as a browser shows it in a list of type `style` ('1',
// 'a', 'A', 'i', 'I'): "3.", "c." and "C." (after "z.", "aa."), "iii." and
// "III." (1 to 3999); in figures where the style has no letters for it (0,
// negatives, 4000 and over in Roman numerals).
std::string ListMarker(int number, char style);

// Whether `type` is a list's type a block may carry: '1' (figures), 'a',
// 'A' (letters), 'i' or 'I' (Roman numerals). Any other (0, or a block set
// by hand: '"') is none, and the item is counted.
inline bool IsListType(char type) {
  return type == '1' || type == 'a' || type == 'A' || type == 'i' || type == 'I';
}

}  // namespace pith::internal

#endif  // PITH_SRC_LIST_MARKER_H_
