// Stage 5b, page type: the segmented page, its scores and metadata -> what
// kind of page it is (article, forum thread, product, service, documentation,
// listing, shop collection). Reads declared data (JSON-LD and microdata
// @type, og:type) and language-neutral structure (repeated posts, tiles,
// prices, label/value rows, code); decides nothing about the text, so that
// selection can take the type as evidence.
#ifndef PITH_SRC_PAGE_TYPE_H_
#define PITH_SRC_PAGE_TYPE_H_

#include <string>

#include "extract/blocks.h"
#include "extract/metadata.h"
#include "extract/score.h"
#include "pith/article.h"

namespace pith::internal {

// What the page declares and how it is built, counted once.
struct PageTypeSignals {
  // Declared data: the strongest type named by JSON-LD @type, microdata
  // itemtype or og:type (in that order of trust), kOther when none names one.
  PageType declared = PageType::kOther;
  std::string declared_by;  // e.g. "JSON-LD Product", "og:type article"
  int declared_strength = 0;  // DeclaredType::strength of `declared`
  bool declares_article = false;  // an Article-like JSON-LD or microdata type anywhere
  bool og_article = false;        // og:type "article"
  bool declares_faq = false;      // FAQPage: service and shop pages carry it too
  int products = 0;               // products declared (JSON-LD or microdata Product, Course...)
  // Microdata article items, outermost ones (kFlagArticleItem), and whether
  // they are a list of articles: several, none holding half the page's prose
  // (a blog's index of teasers, each an Article; a story's own item holds
  // most of its page).
  int article_items = 0;
  bool lists_articles = false;
  // Structure.
  int prose_chars = 0;     // weighted characters of good blocks outside chrome
  int code_chars = 0;      // characters of <pre> blocks
  int headings = 0;        // headings outside chrome
  int linked_headings = 0; // of them, mostly a link's text to another page: teasers' titles
  int prose_run = 0;       // the most good blocks in a row outside chrome: a story's paragraphs
  int prices = 0;          // short blocks reading as a price ("$1,299.00", "19,90 €")
  int spec_rows = 0;       // label/value rows: two-cell table rows, <dt>/<dd> pairs
  // The first <h1> outside chrome over a price, a <form> right after the
  // price: a buy box under the title (BuyFormUnderTitle), and its price's
  // block.
  bool buy_form = false;
  int buy_form_price = -1;
  // A price within tuning::kBuyBoxReach blocks under that <h1>: the
  // product's price under its name (PriceUnderTitle).
  bool priced_title = false;
  // The first <h1> outside chrome beside a line dated by a <time datetime>
  // or a line that is a date alone (a story's byline or dateline: "Pot and
  // Pan, 2024-03-02", "December 15, 2025"): DatedTitle.
  bool dated_title = false;
  int posts = 0;           // repeated sibling elements each holding prose: replies of a thread
  // The good characters of those posts (the group counting `posts`), and
  // whether good text outside chrome before the first of them, with a run
  // of tuning::kMinStoryRun good blocks, outweighs them
  // tuning::kStoryOverPosts times: a story over its comments.
  int posts_chars = 0;
  bool story_over_posts = false;
  int tiles = 0;           // repeated sibling elements each a short linked item: teasers, tiles
  int priced_tiles = 0;    // tiles holding a price: products of a shop's category
  // The first block of the first group of tiles holding prices (counting
  // described ones); the page's block count when there is none.
  int priced_tiles_begin = 0;
  // Tiles holding a price, counting longer ones too (up to
  // tuning::kMaxDescribedTileChars: a summary under each product's name).
  int described_priced_tiles = 0;
  int tile_chars = 0;      // characters inside the tiles
  int tiles_end = 0;       // the block after the last of those tiles
  // A list over its readers' comments: the group of tiles ends before the
  // first post counted, and the tiles hold more characters than the good
  // text outside chrome (`prose_chars`, the posts' included). The posts'
  // blocks then, [posts_begin, posts_end); -1 otherwise.
  bool list_over_posts = false;
  int posts_begin = -1;
  int posts_end = -1;
  int page_chars = 0;      // characters of the whole page outside chrome
};

PageTypeSignals ReadPageTypeSignals(const Page& page, const Scores& scores,
                                    const Metadata& meta);

// The type the signals point to, with a short reason ("JSON-LD Product",
// "12 posts") for --explain.
struct PageTypeGuess {
  PageType type = PageType::kOther;
  std::string reason;
};
PageTypeGuess DecidePageType(const PageTypeSignals& signals);

// Both steps.
PageTypeGuess DetectPageType(const Page& page, const Scores& scores, const Metadata& meta);

}  // namespace pith::internal

#endif  // PITH_SRC_PAGE_TYPE_H_
