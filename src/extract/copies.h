// Stage 6c, copies: one copy of what the page renders several times.
// Sites built for several screen sizes write the article once per screen
// and hide all but one with media queries pith does not evaluate; sliders
// repeat their slides. The selection keeps every copy; this stage keeps the
// first.
#ifndef PITH_SRC_COPIES_H_
#define PITH_SRC_COPIES_H_

#include "extract/blocks.h"
#include "extract/select.h"

namespace pith::internal {

// Drops the kept blocks of every element whose kept text, block by block,
// is the kept text of an element before it (neither inside the other), when
// that text is at least tuning::kMinCopyBlocks blocks and
// tuning::kMinCopyChars weighted characters: a copy of a run of paragraphs,
// not a sentence a page rightly says twice (a pull quote, a recipe's "Bake
// for 20 minutes", a forum reply quoting one line). On a product page
// (`type`) one good block (tuning::kGoodBlockChars) is enough: shops repeat
// the description's paragraph in each colour's or screen's box. On other
// pages but threads one good block is a copy when the kept block right
// before it says the same: a lead or a card's line written once for phones
// and once for desktops, side by side (the same paragraph said again
// further on stays, and on a thread so does a member's line said twice).
// On every page an element of two or more paragraphs or headings whose
// kept text is said three times or more in a row keeps its first copy
// only, however short: a ticker's words ("talk", "play", "chat") cloned so
// that the line scrolls without a seam, a slider's slides cloned on each
// side; rows of a table and items of a list said again are data and stay.
// On every page but a thread an element is a copy too when its kept lines
// of tuning::kShortBlockChars or more, one by one, are those of an element
// before it, as many and as long as above, and no quotation: a section
// written once per screen size whose short decorations differ (a name on
// an animated cursor, a sticker on one copy only).
// Before all this, on every page but a thread, a call to action said more
// than once goes, every copy: a box of a line or two over a button that
// leads off the page (tuning::kMaxCallToActionBlocks blocks and
// tuning::kMaxCallToActionChars of kept text at most), the same box, button
// and all, set again further on with the text's own words between (a
// shortcode's offer after one section and after another). A box said once
// stays, and so does one whose button acts on the page itself ("#").
// Last, on every page but a thread, a line of a kept block that says again,
// whole, a good block kept before it is cut out of the block (the block
// goes when little is left): a product's tab repeating the description's
// paragraph under its label. Before that, on a product page, a kept block
// of tuning::kMinRewordedCopyShingles runs of four words or more, most of
// which (tuning::kRewordedCopyShare) one block kept before it holds, goes
// when that block stands in another template: a tab retelling the
// description around the same phrases (items of one template told alike
// stay).
// On a thread, last, a kept block inside a quotation, of
// tuning::kShortBlockChars or more, that says what a kept block outside
// quotations says goes: a reply quoting a post the page shows in full (a
// quotation left with no such line loses its attribution, "rivermouse
// said:", too). A quotation of words the page does not show stays.
void DropCopies(const Page& page, PageType type, Selection* selection);

}  // namespace pith::internal

#endif  // PITH_SRC_COPIES_H_
