// A numbered list item's marker as a browser shows it ("3.", "c.", "IV."):
// the segmenter writes it (Block::marker), the Markdown and HTML renderers
// read the number and the list's type back from it.
#ifndef PITH_SRC_LIST_MARKER_H_
#define PITH_SRC_LIST_MARKER_H_

#include <optional>
#include <string>
#include <string_view>

namespace pith::internal {

// An item's number as a browser shows it in a list of type `style` ('1',
// 'a', 'A', 'i', 'I'): "3.", "c." and "C." (after "z.", "aa."), "iii." and
// "III." (1 to 3999); in figures where the style has no letters for it (0,
// negatives, 4000 and over in Roman numerals).
std::string ListMarker(int number, char style);

// The number `marker` stands for in a list of type `style`: the inverse of
// ListMarker ("c." is 3 in 'a' and 100 in 'i', "ix." is 9 in 'i' and no
// number in 'a'). Figures, with a leading '-', are read in every style where
// ListMarker writes them, at most nine (CommonMark's bound: a marker set by
// hand never overflows an int); letters at most six (321,272,406 with
// "zzzzzz."); Roman numerals only in the form ListMarker writes. nullopt
// otherwise: an empty marker, a letter in another case, "iiii.".
std::optional<int> MarkerValue(std::string_view marker, char style);

}  // namespace pith::internal

#endif  // PITH_SRC_LIST_MARKER_H_
