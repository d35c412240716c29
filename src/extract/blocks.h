// Stage 4, segment: Gumbo's DOM -> a flat node table and the page's text
// blocks, plus the raw metadata met on the way (<title>, <meta>, JSON-LD).
// One iterative walk; no recursion on depth. Scores nothing, drops nothing:
// hidden and chrome-marked nodes are flagged for the later stages.
#ifndef PITH_SRC_BLOCKS_H_
#define PITH_SRC_BLOCKS_H_

#include <unicode/uversion.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/attributes.h"
#include "extract/document.h"
#include "extract/tuning.h"
#include "pith/article.h"

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace pith::internal {

enum NodeFlag : std::uint32_t {
  kFlagHidden = 1u << 0,  // hidden, aria-hidden="true", display:none, visibility:hidden
  kFlagNav = 1u << 1,     // <nav>
  kFlagAside = 1u << 2,   // <aside>
  kFlagHeader = 1u << 3,  // <header>
  kFlagFooter = 1u << 4,  // <footer>
  kFlagForm = 1u << 5,    // <form>
  kFlagDialog = 1u << 6,  // <dialog>
  kFlagArticle = 1u << 7, // <article>
  kFlagMain = 1u << 8,    // <main> or role="main"
  kFlagBody = 1u << 9,    // <body>
  // <noscript>: fallback text for browsers without scripts, usually chrome;
  // walked all the same, since an unclosed tag inside it can swallow the page.
  kFlagNoscript = 1u << 10,
  // Microdata: an item typed Question or Answer (a Q&A page's posts), and an
  // element that is an item's "comment" (a remark under such a post, or a
  // thread's reply under its opening post).
  kFlagQaPost = 1u << 11,
  kFlagCommentProp = 1u << 12,
  // A hidden element whose id is "S:" and a number: a part of the page a
  // server streamed late (React), which a script moves into its place.
  kFlagStreamed = 1u << 13,
  // Microdata: an item typed as an article (Article, BlogPosting,
  // NewsArticle...): a story, or one of a listing's teasers.
  kFlagArticleItem = 1u << 14,
  // role="tabpanel": one panel of a set of tabs, shown when its tab is
  // chosen (a product's Description, Details, Specifications).
  kFlagTabPanel = 1u << 15,
  // A panel that a closed disclosure button names (aria-expanded="false",
  // aria-controls its id), or a box around it inside the one holding the
  // button: hidden until the reader opens it (an FAQ's answer).
  kFlagCollapsed = 1u << 16,
  // Worded as a byline (kHintMeta) only by the block its class names it an
  // element of, in BEM's "block__element" names: "ProductMeta__Description",
  // a part of a theme's "ProductMeta" column (BemElementsOwnNames).
  kFlagMetaOfBlock = 1u << 17,
  // The element holds a <button> that is not read (no disclosure, no
  // heading's child): a control, its label unread ("Yes", "No", "Copy").
  kFlagHoldsButton = 1u << 18,
  // Holds a <button> worded as the cart's (kHintCart: "add-to-cart"), which
  // makes no node of its own: a product's buy button outside any <form>.
  kFlagCartButton = 1u << 19,
};

// The flags that mark a subtree as chrome by its tag or its hiding, whatever
// its class says: hidden, <nav>, <aside>, <header>, <footer>, <dialog> (the
// page type's and the item lists' chrome).
inline constexpr std::uint32_t kFlagsChromeTags =
    kFlagHidden | kFlagNav | kFlagAside | kFlagHeader | kFlagFooter | kFlagDialog;

// One element of the page, in preorder: a node's descendants follow it and
// have larger ids, so a reverse pass over the table is a bottom-up pass.
struct Node {
  int parent = -1;              // id of the parent element, -1 for <html>
  int end = 0;                  // one past the id of the last descendant
  int tag = 0;                  // GumboTag
  std::uint32_t flags = 0;      // NodeFlag bits
  std::uint32_t hints = 0;      // HintCategory bits from class/id/role/itemprop
  std::uint32_t class_hash = 0; // hash of the class attribute's template (ClassHash), 0 when absent
  int block_begin = 0;          // blocks inside this element: [block_begin, block_end)
  int block_end = 0;
};

// A link inside a block's text: bytes [begin, end) of TextBlock::text.
struct LinkSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string href;  // as written
};

// One run of text between block-level boundaries.
struct TextBlock {
  int node = 0;  // the nearest block-level element holding the text
  BlockKind kind = BlockKind::kParagraph;
  int level = 0;
  std::string text;   // collapsed white space; '\n' for <br>; <pre> kept as is
  int chars = 0;      // code points
  int words = 0;           // words: ICU word-break units when the text has unspaced scripts
  int weighted_chars = 0;  // max(chars, words * kCharsPerWord) when unspaced scripts occur, else chars
  int link_chars = 0;      // code points inside <a>
  int address_chars = 0;   // of those, in links whose text is a web address ("https://...")
  int commas = 0;          // clause separators of any script: , ， 、 ، ;
  bool ends_sentence = false;  // ends with . ! ? 。 ！ ？ ؟ । …  (or a closing quote after one)
  bool ordered = false;    // a list item of an <ol>
  // The first block of an <ol>'s item: the item's number as shown, "3.",
  // "c.", "iv." (its value=, or counted from the list's start=, down when
  // reversed, in its type=). Empty otherwise.
  std::string marker;
  // With a marker: the item's number, its list's type ('1', 'a', 'A', 'i',
  // 'I') and whether the list counts down (Block::number, list_type, reversed).
  int number = 0;
  char list_type = 0;
  bool reversed = false;
  // A heading whose every link names the heading itself (<h2 id="why"><a
  // href="#why">): its own permalink, whose text is the heading's title.
  bool permalink = false;
  // The text right before a <select> or an <input> (their text is no
  // block), the line of a radio button or a check box, or a line of a
  // <label>'s or a <legend>'s words alone: the label of an option picker ("Size",
  // "Glaze:"), of a choice ("Slate (+$2.00)") or of a form's field ("Qty").
  bool labels_picker = false;
  std::string code_language;  // kCode: Block::language
  std::vector<CodeSpan> code_spans;  // Block::code_spans
  // The innermost list item (<li>, <dt>, <dd>) around the block: its list
  // depth, 0 outside lists, and whether the block is its first; the node id
  // of that item's list (<ul>, <ol>, <dl>), -1 outside lists; and whether
  // a <blockquote> is open around that item, or around the block outside
  // items (Block::item_level, item_start, list_id, quoted).
  int item_level = 0;
  bool item_start = false;
  int list = -1;
  bool quoted = false;
  // Inside a table cell: node ids of the <table>, <tr> and <td>/<th>, the
  // cell's column, and whether it is a <th>. -1 outside tables.
  int table = -1;
  int row = -1;
  int cell = -1;
  int column = -1;
  bool header = false;
  // A <time> in the block whose datetime attribute is an ISO 8601 date
  // ("2024-03-01"): 1, or 2 when it gives the clock too
  // ("2024-03-01T10:15:00Z"); 0 without one. Read by ReadDateLine(block)
  // when the words themselves show no date ("3h", "2 years ago").
  int time_attr = 0;
  std::size_t time_begin = 0;  // with time_attr: the byte of `text` where the time's words begin
  std::vector<LinkSpan> links;
};

// An <img> of the body, between blocks.
struct ImageRef {
  int before_block = 0;  // the number of blocks that precede it
  int node = 0;          // its nearest block-level ancestor
  int figure = -1;       // the enclosing <figure>, -1 if none
  std::string src;       // src, else data-src, as written
  std::string alt;
};

// What the walk meets in <head>, scripts and microdata.
struct RawMetadata {
  std::string title;       // <title>
  std::string og_title;    // og:title or twitter:title
  std::string site_name;   // og:site_name
  std::string language;    // <html lang>, else Content-Language
  // <html dir>, else <body dir>, else that of a box holding the whole body
  // (its only element): "ltr", "rtl", "auto" or "".
  std::string dir;
  std::vector<std::string> json_ld;  // bodies of application/ld+json scripts
  // Every <meta> with content, in order: (property, name or itemprop
  // lower-cased, content).
  std::vector<std::pair<std::string, std::string>> metas;
  // Microdata met in the body: (itemprop, value: content, datetime, src,
  // href or the element's text) for the properties an article's metadata uses.
  std::vector<std::pair<std::string, std::string>> itemprops;
  std::vector<std::string> times;  // <time datetime> values, in order
  // The schema.org type of every microdata item (itemtype's last path
  // segment: "Product", "Comment"), in order, at most tuning::kMaxItemTypes.
  std::vector<std::string> item_types;
  std::string canonical;   // <link rel=canonical href>
  std::string base_href;   // <base href>
};

struct Page {
  std::vector<Node> nodes;
  std::vector<TextBlock> blocks;
  std::vector<ImageRef> images;
  // The elements holding an <input type="email"> (its parent), in page
  // order: a sign-up box's field.
  std::vector<int> email_fields;
  RawMetadata meta;
};

// With `place_streamed`, the parts of the page a server streamed after the
// rest (React: a hidden <div id="S:2"> that a script moves into its
// placeholder <template id="B:2">) are read in their places and shown, each
// once (a part met where it was sent before its placeholder stays there,
// hidden); without it they stay where they were sent, hidden (kFlagStreamed).
Page SegmentBlocks(const Document& doc, bool place_streamed = false);

// Words of a text by ICU's dictionary-based word breaking, counting only
// units that hold letters, numbers or ideographs: the words of scripts
// written without spaces (Han, kana, Thai), where spaces count none. The
// iterator is made on first use and reused: pages without unspaced scripts
// never pay for it.
class IcuWords {
 public:
  IcuWords();
  ~IcuWords();
  IcuWords(const IcuWords&) = delete;
  IcuWords& operator=(const IcuWords&) = delete;
  int Count(std::string_view text);

 private:
  std::unique_ptr<icu::BreakIterator> iterator_;
};

// A sentence's closing mark of any script: . ! ? and their full-width,
// Arabic, Devanagari and Urdu forms, and the ellipsis.
bool IsSentenceEnd(char32_t cp);

// A mark that closes a quotation or an aside after a sentence's end: ASCII
// and typographic quotes, guillemets, a parenthesis, and CJK's corner
// brackets and full-width parenthesis ("He left.\u201D", "\u3002\u300D").
bool IsClosingQuote(char32_t cp);

// What a short line (at most `max_chars`) says of a date:
// whether it holds a clock time ("4:55pm", "18:36"; the hour may be glued
// to a date before it, "7/9/057:57 PM", where an icon stood between them), a
// year (1900-2099, not part of "1,077" or "3.5"), and how many numbers. All
// false and zero for a longer line (`chars`: its code points).
struct DateLine {
  bool clock = false;
  bool year = false;
  int numbers = 0;
  // Two clock times read as one: joined by a dash, a tilde, a slash or a
  // word, a span of hours ("9:00 AM to 5:00 PM", "9:00-17:00") or a
  // player's elapsed and total time ("0:00 / 3:45"); not a post's time and
  // its edit's ("Posted 10:15, edited 11:20"), nor a time with seconds
  // ("23:04:14 +00:00").
  int time_pairs = 0;
  // A day, a month and a year written with dots ("11.12.2019"), and a clock
  // time with a dot beside one ("14.00"): read as a post's date only
  // (PostDateStrength), as a version or a price reads the same.
  bool dotted_date = false;
  bool dotted_clock = false;
};
DateLine ReadDateLine(std::string_view text, int chars, int max_chars = tuning::kMaxPostDateChars);
// A block's line: its words, or, when they show neither a year nor a clock
// time ("3h", "2 years ago", a post's relative time), the <time datetime>
// inside it (TextBlock::time_attr): a year and a day, and a clock when the
// attribute gives one.
DateLine ReadDateLine(const TextBlock& b, int max_chars = tuning::kMaxPostDateChars);

// Per node: whether `own(node)` holds for it or for any of its ancestors.
// One preorder pass: a parent's entry is set before its children are read.
template <typename Own>
std::vector<bool> MarkSubtrees(const Page& page, Own own) {
  std::vector<bool> marked(page.nodes.size(), false);
  for (std::size_t i = 0; i < page.nodes.size(); ++i) {
    const Node& n = page.nodes[i];
    marked[i] = own(n) || (n.parent >= 0 && marked[n.parent]);
  }
  return marked;
}

// first[b]: the first <h1> block (a heading of level 1) at or after block
// b, for b from 0 to page.blocks.size() (that size when there is none): a
// node `n` holds an <h1> when first[n.block_begin] < n.block_end. One pass
// over the blocks, then a lookup per node.
std::vector<int> FirstTitleBlocks(const Page& page);

// A node's template: its tag and its class as written. Siblings built from
// one template (a list's items, a page's stacked sections) share it.
inline std::uint64_t TemplateKey(const Node& n) {
  return std::uint64_t{static_cast<std::uint32_t>(n.tag)} << 32 | n.class_hash;
}

// The children of node `parent` that `take(id)` accepts, grouped by tag and
// class (TemplateKey): calls `group(members)` for each group of at least `min_size`, with
// the members' ids in page order. With `join_interleaved`, groups whose
// members interleave are one group: rows striped "row" / "row shaded", a
// definition list's <dt> and <dd>. `scratch` is reused between calls.
template <typename Take, typename Group>
void ForEachSiblingGroup(const Page& page, int parent, int min_size, Take take, Group group,
                         std::vector<std::pair<std::uint64_t, int>>* scratch,
                         bool join_interleaved = false) {
  std::vector<std::pair<std::uint64_t, int>>& children = *scratch;
  children.clear();
  for (int c = parent + 1; c < page.nodes[parent].end; c = page.nodes[c].end) {
    const Node& n = page.nodes[c];
    if (take(c)) {
      children.emplace_back(TemplateKey(n), c);
    }
  }
  if (static_cast<int>(children.size()) < min_size) return;
  std::stable_sort(children.begin(), children.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  // Runs of one key in `children`: [begin, end), members in page order.
  std::vector<std::pair<std::size_t, std::size_t>> runs;
  for (std::size_t i = 0; i < children.size();) {
    std::size_t j = i;
    while (j < children.size() && children[j].first == children[i].first) ++j;
    runs.emplace_back(i, j);
    i = j;
  }
  std::vector<int> members;
  if (!join_interleaved) {
    for (const auto& [begin, end] : runs) {
      if (static_cast<int>(end - begin) < min_size) continue;
      members.clear();
      for (std::size_t k = begin; k < end; ++k) members.push_back(children[k].second);
      group(members);
    }
    return;
  }
  // Runs by their first member; a run starting before the joined ones end
  // interleaves with them.
  std::sort(runs.begin(), runs.end(), [&](const auto& a, const auto& b) {
    return children[a.first].second < children[b.first].second;
  });
  for (std::size_t i = 0; i < runs.size();) {
    members.clear();
    int last = -1;
    std::size_t j = i;
    for (; j < runs.size() && (j == i || children[runs[j].first].second < last); ++j) {
      for (std::size_t k = runs[j].first; k < runs[j].second; ++k) {
        members.push_back(children[k].second);
      }
      last = std::max(last, children[runs[j].second - 1].second);
    }
    if (static_cast<int>(members.size()) >= min_size) {
      std::sort(members.begin(), members.end());
      group(members);
    }
    i = j;
  }
}

// The items of list `parent` (its <li> children holding blocks), in page
// order into `members`, when `test(id)` accepts every one of them: a
// thread's replies, all posts though their classes differ (Vanilla's
// stripes and ranks, "Item Alt ItemComment" beside "Item ItemComment
// Rank-Admin"). Empty when it refuses one or `parent` has none.
template <typename Test>
void ListItemsAllPassing(const Page& page, int parent, Test test, std::vector<int>* members) {
  members->clear();
  for (int c = parent + 1; c < page.nodes[parent].end; c = page.nodes[c].end) {
    const Node& n = page.nodes[c];
    if (n.tag != GUMBO_TAG_LI || n.block_end == n.block_begin) continue;
    if (!test(c)) {
      members->clear();
      return;
    }
    members->push_back(c);
  }
}

}  // namespace pith::internal

#endif  // PITH_SRC_BLOCKS_H_
