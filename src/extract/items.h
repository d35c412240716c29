// Stage 6b, items: the lists of repeated items that make a listing or a
// shop's collection (a category's product tiles, a chart's rows, a blog
// index's teasers). On such pages the items are the content: their titles,
// prices and summaries stay, though each alone is short or linked.
#ifndef PITH_SRC_ITEMS_H_
#define PITH_SRC_ITEMS_H_

#include <vector>

#include "extract/blocks.h"
#include "extract/page_type.h"
#include "extract/score.h"
#include "extract/select.h"
#include "pith/article.h"

namespace pith::internal {

// Children of one parent sharing tag and class (or of tags and classes that
// interleave: striped rows, <dt> and <dd>; or the <li> items of one <ul> or
// <ol> whose children have the same tags in the same order, whatever their
// classes), each holding text and a link
// (tuning::kMinItemBlocks blocks or more); or a page's outermost <article>
// elements, set in sections too small to be lists of siblings.
struct ItemList {
  int parent = -1;         // node id of the list's element
  std::vector<int> items;  // node ids of the items, in order
  int chars = 0;           // weighted characters inside the items
};

// The item lists outside `skip` (chrome), largest first, none inside another.
std::vector<ItemList> FindItemLists(const Page& page, const Scores& scores,
                                    const std::vector<bool>& skip);

// On a listing or collection page (`type`), the main item lists join the
// selection as regions of their own; on a documentation page, so do its runs
// of sibling sections (each a heading with its permalink over its text), which
// the region alone takes only the longest of. Their items' text is kept but for
// hidden parts and the buttons every item repeats ("Add to cart"). A list
// holding less than tuning::kMinListShareOfKept of the text kept already is a
// strip of teasers beside the content, unless a list of its template (its
// element's tag and class, its first item's; both classed) joins; a page
// declaring itself an article (`signals`) keeps its teasers out. When lists
// join, a comment section kept outside them goes (readers discussing the
// list).
void KeepItemLists(const Page& page, const Scores& scores, const PageTypeSignals& signals,
                   PageType type, Selection* sel);

}  // namespace pith::internal

#endif  // PITH_SRC_ITEMS_H_
