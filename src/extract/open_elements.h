// Stage 2b, strip: a model of the HTML tree builder's stack of open
// elements, fed the tags the strip pass meets, so that how deep a page makes
// Gumbo nest is known before parsing (ExtractOptions::max_nesting_depth).
// It follows the rules that decide what an end or start tag closes (an end
// tag closes only an element open in its scope, with what is open above it;
// a start tag closes the <p>, <li>, cell, row or table it ends; <select>
// and foreign content) and the formatting elements (<b>, <font>, ...) that
// the parser opens again after a block closed them, but not <head>,
// <frameset> or <template> modes: within a few levels of the parser's depth
// on real pages and on hostile ones. It stops once the page is past the
// limits it is given, so its work is bounded by them.
#ifndef PITH_SRC_OPEN_ELEMENTS_H_
#define PITH_SRC_OPEN_ELEMENTS_H_

#include <gumbo.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

namespace pith::internal {

// Gumbo's formatting elements, which it opens again after a block closed
// them, and of which it keeps at most three equal ones (equal tag and
// attributes) to open again ("Noah's Ark").
bool IsFormattingElement(GumboTag tag);

class OpenElements {
 public:
  // Past `max_depth` elements open, or `max_elements` elements made by the
  // parser, the model stops: the page is refused for it.
  OpenElements(std::size_t max_depth, std::size_t max_elements)
      : max_depth_(max_depth), max_elements_(max_elements) {
    top_.fill(0);
  }

  // A start tag; `self_closing` when written "<name/>", which only foreign
  // content (SVG, MathML) honours; `attributes` stands for a formatting
  // element's attributes, equal for equal ones (0 for other elements).
  void Start(GumboTag tag, bool self_closing, std::uint64_t attributes);
  // An end tag.
  void End(GumboTag tag);
  // Text (white space too) outside tags.
  void Text() {
    if (!stopped()) Reopen();
  }
  // Elements open now, but <html> and <body>, and the <form>s an end tag
  // took off the stack, whose content stays inside them: how deep the tree
  // nests.
  std::size_t depth() const { return live_; }
  // Elements the parser made again (Reopen()): more elements in the tree.
  std::size_t reopened() const { return reopened_; }

 private:
  // Positions are heights: 1 + the index in stack_, 0 for none, so that
  // "above" is ">" and an absent element is below everything.
  struct Entry {
    GumboTag tag;              // GUMBO_TAG_LAST once taken out of the middle
    std::uint32_t below_same;  // the next open element of the same tag below
    std::uint64_t attributes;  // Start()'s `attributes`
    bool foreign;              // an SVG or MathML element, which no HTML end tag closes
    std::uint32_t html;        // the height of the topmost HTML element at or below it
  };
  // Formatting elements closed by a block, which the parser opens again at
  // the next text or inline tag, with how many of each equal kind there are.
  struct Closed {
    std::vector<std::pair<GumboTag, std::uint64_t>> elements;
    std::unordered_map<std::uint64_t, int> equal;
    std::array<std::uint32_t, GUMBO_TAG_LAST + 1> by_tag{};
  };

  bool stopped() const { return live_ > max_depth_ || reopened_ > max_elements_; }
  // Opens the closed formatting elements again ("reconstruct the active
  // formatting elements").
  void Reopen();
  // Keeps a formatting element a block closed, to be opened again.
  void Keep(GumboTag tag, std::uint64_t attributes);
  // Drops the last formatting element of `tag` a block closed, which its end
  // tag or a new <a> keeps from being opened again; false when there is none.
  bool Forget(GumboTag tag);

  std::uint32_t height() const { return static_cast<std::uint32_t>(stack_.size()); }
  static std::uint32_t Last(const std::vector<std::uint32_t>& heights) {
    return heights.empty() ? 0 : heights.back();
  }
  GumboTag Current() const { return stack_.empty() ? GUMBO_TAG_BODY : stack_.back().tag; }
  void Push(GumboTag tag, std::uint64_t attributes = 0, bool foreign = false);
  // Pops the current element; a formatting element is kept to be opened
  // again unless `closed` (by its own end tag).
  void Pop(bool closed = false);
  // Pops the element at height `h` (closed) and all above it.
  void PopTo(std::uint32_t h);
  // Takes the element at height `h` out of the stack, closed, and leaves
  // what is above it open.
  void Remove(std::uint32_t h);
  // Closes an open <p> that a start tag ends (in "button scope").
  void CloseParagraph();
  // A start tag of a table's structure (caption, colgroup, col, tbody,
  // thead, tfoot, tr, td, th) inside the table at height `table`.
  void StartInTable(GumboTag tag, std::uint32_t table);

  const std::size_t max_depth_, max_elements_;
  std::vector<Entry> stack_;
  std::size_t live_ = 0;  // entries of stack_ not taken out of the middle
  std::size_t reopened_ = 0;
  Closed closed_;
  // closed_ as it was outside each open cell, caption or object, whose
  // content opens only what was closed in it (the spec's "markers").
  std::vector<Closed> outer_closed_;
  std::array<std::uint32_t, GUMBO_TAG_LAST + 1> top_;  // the topmost of each tag
  std::vector<std::uint32_t> boundaries_;  // elements that end a scope (<table>, <td>, ...)
  std::vector<std::uint32_t> specials_;    // the spec's "special" elements
  // Special elements but <address>, <div>, <p>, <li>, <dd> and <dt>: they
  // stop the search for the <li> or <dd> a new one closes.
  std::vector<std::uint32_t> item_stops_;
  // Elements that set how tags are read: <table> and its parts, <select>,
  // <template>, <svg>, <math> and the points in them where HTML is read again.
  std::vector<std::uint32_t> modes_;
};

}  // namespace pith::internal

#endif  // PITH_SRC_OPEN_ELEMENTS_H_
