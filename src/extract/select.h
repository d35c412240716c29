// Stage 6, select: scores -> a keep/drop decision with a reason for every
// block, then the Article's blocks and text. Chooses the main region
// (top candidate, alternatives, siblings), prunes chrome inside it, trims
// short edges, removes the repeated title; falls back to the
// whole page, then to JSON-LD articleBody, when the region is too thin.
#ifndef PITH_SRC_SELECT_H_
#define PITH_SRC_SELECT_H_

#include <string>
#include <utility>
#include <vector>

#include "extract/blocks.h"
#include "extract/metadata.h"
#include "extract/page_type.h"
#include "pith/article.h"
#include "pith/options.h"
#include "extract/score.h"

namespace pith::internal {

struct Decision {
  bool kept = false;
  std::string reason;
};

struct Selection {
  std::vector<int> roots;            // the region's subtree roots, in document order
  std::vector<Decision> decisions;   // per block
  // Kept blocks shown in part: bytes [from, until) of their text but the
  // bytes [cut_from, cut_until) inside them. A post's head drops its
  // template's label before the poster's name ("by galitsyn » 11. Sep
  // 2024" shows "galitsyn » 11. Sep 2024"), the post's number before its
  // date ("#2 · Jun 4, 2024" shows "Jun 4, 2024"), the poster's other name
  // after the linked one ("raoul (Raoul B) May 3, 2024" shows "raoul May 3,
  // 2024", a cut) and a remark after its date ("May 22, 2024 (edited)"
  // shows "May 22, 2024").
  struct Shown {
    int block = 0;
    std::size_t from = 0;
    std::size_t until = 0;
    std::size_t cut_from = 0;   // cut_from == cut_until: nothing cut
    std::size_t cut_until = 0;
  };
  std::vector<Shown> shown;
  // Pairs of kept blocks shown in each other's place, {date, name}: a
  // post's head whose date row stands above the poster's name (vBulletin's
  // row of the date over the post's table) shows the name first, as the
  // heads of other threads read.
  std::vector<std::pair<int, int>> name_first;
};

// `type` is the page's recognised type (DetectPageType): evidence for rules
// that hold on some kinds of page only (on an undated product page the
// product's box around its <h1> joins a region lying elsewhere, and the
// blocks between the first and last kept ones are kept, as with
// ExtractOptions::Focus::kRecall).
Selection SelectContent(const Page& page, const Scores& scores, const Metadata& meta,
                        PageType type = PageType::kOther);

// On a thread (the caller knows the page type), the replies are the content:
// clears the comment-section hints of every node, when the comment sections
// hold at least tuning::kMinRepliesShare of the good text the rest of the
// page holds outside chrome (an article's comments hold much less). A page declaring itself a QAPage keeps them:
// its answers are posts of their own, and the comments under the question
// and the answers are remarks beside them. False when nothing was cleared
// (the scores then stand).
bool TakeRepliesAsContent(const Metadata& meta, Page* page);

// On a page of which nothing is kept (the caller knows), comment sections
// holding good text are its text: an Invision thread classes every post
// "ipsComment" inside a moderator's <form>, and only its declared types
// told it was a thread. Clears the comment-section hints of every node, so
// that the page is typed and selected again without them. False when there
// was no good text in comment sections (nothing was cleared).
bool TakeCommentsOfAnEmptyPage(Page* page);

// On a page that shows no date (the caller knows: Metadata::date), a box
// that only the whole class name "widget" calls a sidebar (kHintWidget) is
// one of the page's components, as a page builder names them all (a
// catalogue's cards, each a category's heading, its description and its
// courses): clears its sidebar hint. A dated page is a post, whose widgets
// are its blog's sidebar boxes ("Also in the news"). Call before scoring.
void TakeWidgetsAsComponents(Page* page);

// On a story (page_type article) a box worded as a call to action
// (kHintCallToAction: "c-letters-cta") is an ad to it: marks it so.
void MarkCallsToAction(Page* page);

// On a thread (the caller knows the page type), a link whose words are a
// web address (TextBlock::address_chars: "Refer to this howto:
// http://ubuntuforums.org/showthread.php?t=35087") is a reference the
// poster pasted into the reply, not a way around the site: its characters
// count as text, not links, in every block. (An article's run of bare
// addresses is its reference list, which stays linked.) Each is counted
// once: a page read again (TakeCommentsOfAnEmptyPage) holds none left.
// False when no block holds one (the scores then stand).
bool CountAddressesAsText(Page* page);

// On a product page (the caller knows the page type) customers' reviews
// and testimonials (class/id hints kHintReviews), the shop's shipping and
// returns terms (kHintShopPolicy: "Order today to get by Mar 17", "Buyers
// are responsible for return shipping costs") and its buy box's parts
// (kHintBuyBox: "Only 3 left in stock", a quantity picker, "or 4 payments
// of $5.00") are chrome like comment sections: sets kHintComments on every
// node so marked but headings (whose ids spell their words:
// "step-6-automate-and-review") and boxes holding an <h1> (the product's
// own box, its state or terms in its class: "product--in-stock",
// "shipping-taxable"). On a page whose og:type calls it an article (a
// story of a shop, whose reviewers' verdicts are its text) the reviews are
// not chrome, unless its JSON-LD (`meta`) declares a product with an offer
// of it and no story: a shop's product for sale. The terms and the buy
// box's parts are: no story tells its text in them, and shops' software
// calls every page an article. And a box worded as a byline (kHintMeta)
// or a sidebar (kHintSidebar) that holds an <h1> is the product's column
// of details, neither: a theme's "product-single__meta" or "sidebar" beside
// the pictures, holding the name, the price, the buy form and the
// description under them; those words go (a byline, a line of tags or the
// shop's "product_meta" line of its SKU and category inside it keep
// theirs), and so does the byline word of the column's parts named after
// it, inside its parent (kFlagMetaOfBlock: "ProductMeta__Description"
// beside "ProductMeta"). With `nested_only` (the page read again, nothing kept the first
// time: its text lay in such boxes) only the boxes so worded inside one of
// them that holds prose outside them are the shop's: a block named for the
// description and the reviews ("product-description-reviews") stays, the
// reviews' box inside it does not. The scores stand: the region is chosen
// among the nodes outside chrome.
void MarkShopChrome(const Metadata& meta, Page* page, bool nested_only = false);

// On a thread (the caller knows the page type): the poster's name and the
// date above each post's kept text are kept, other kept short blocks there
// (the poster's card: "Ultra Member", a title written as a short sentence:
// the post's text is its first kept text after its date) dropped, but not
// the lines after the date opening the text in the text's own box ("Here is
// the log:"), nor a quotation after the date, with what follows it (a reply
// opening by quoting what it answers: no poster's card is quoted). What follows the last post is dropped (a call to sign in and
// reply). Posts are siblings of one tag and class, at least three, each with
// kept text under a dated head, and the replies a post nests inside itself
// in that tag and class (AddRepliesNestedInPosts); a Q&A page's last answer in microdata (an
// item typed Answer or Question) ends the posts too. In such an item's text
// (its itemprop="text" body) the short lines opening it, dropped at the
// region's edge, stay when the body keeps a block after them, and lines
// dropped as links stay when the body keeps a block.
void KeepPostHeads(const Page& page, Selection* selection);

// On a thread (the caller knows the page type): the remarks under a Q&A
// page's question and answers go: elements that microdata names an item's
// "comment" inside an item typed Question or Answer (a thread's replies
// named so stay), and a heading of such an item over only its remarks or
// ending it ("3 Comments").
void DropRemarksUnderPosts(const Page& page, Selection* selection);

// On a thread (the caller knows the page type): a quotation's first line,
// all linked, short, ending with a colon ("Pippin06 said:", a link to the
// quoted post) stays when the quotation's next line is kept: it says whose
// words the reply quotes, as a post's head says whose the post is.
void KeepQuoteAttributions(const Page& page, Selection* selection);

// A caption of a <figure> that holds a kept quotation (HTML's way to
// credit a quote: <figure><blockquote>...</blockquote><figcaption>Maria
// Lopez, shop owner</figcaption></figure>) is the quote's source and stays
// when short and mostly unlinked (a social profile's button before the
// name, the firm's site after it, are links), though captions go and its
// class calls it an author ("pullquote__author"): the name of the one
// quoted, not the story's writer. So does the short line right after a
// kept quotation (a <blockquote>, or a paragraph opening with a quotation
// mark) that opens with a dash and was dropped for its links ("— Anna
// Tsing, The Mushroom at the End of the World", the work linked).
void KeepQuoteSources(const Page& page, Selection* selection);

// On a thread (the caller knows the page type): a post's counters ("6 Likes",
// a vote count) go. They are short unlinked lines holding a number, neither a
// date nor a sentence, found in the same place (tag and class, and those of
// the parent) at least tuning::kMinRepeats times over the page: one per post.
// So do its dated notices ("Edited April 18, 2024 by ..."): short dated lines
// that are no sentence and head no text (the next kept block does not read
// as text, as a post's text follows its head), however often: one post's
// "Last edited: Jan 1, 2024" too.
void DropPostCounters(const Page& page, Selection* selection);

// On every page, after the lists of items join: a kept line of two or more
// links, each to another copy of this page (the last named part of the
// page's canonical path under another folder: a manual's other versions, a
// page's other languages), and no sentence, goes.
void DropSwitchersToCopies(const Page& page, const Metadata& meta, Selection* selection);

// On every page: a kept line of two or more links and nothing else, an
// arrow between each and the next ("Home › Guides › Install"), the trail
// down the site to the page, goes.
void DropLinkTrails(const Page& page, Selection* selection);

// On a listing over its readers' comments (PageTypeSignals::list_over_posts:
// a list of tiles, then signed posts, which make no thread of it): the
// posts' blocks go. Class words ("comments") make them chrome where a site
// writes them; on a page without classes they lie in the list's region.
void DropCommentsUnderList(const PageTypeSignals& signals, PageType type, Selection* selection);

// The caller's wishes on top of the decisions: tables off, and leaning to
// precision or recall (ExtractOptions::focus).
void ApplyOptions(const Page& page, const ExtractOptions& options, Selection* selection);

// The Article's blocks (every block, with decision, score, structure and
// absolute links), its text, comments and images. Replaces the text with
// JSON-LD articleBody when that is much longer; a product page
// (Article::page_type) keeping no text takes its JSON-LD product description.
void FillArticle(const Page& page, const Scores& scores, const Selection& selection,
                 const Metadata& meta, const ExtractOptions& options, Article* article);

}  // namespace pith::internal

#endif  // PITH_SRC_SELECT_H_
