// Stage 2b, strip: the tree builder's stack of open elements, modelled for
// the nesting limit. The rules are the HTML standard's "in body", "in table"
// (and its parts), "in select" and foreign content rules, reduced to what
// they do to the stack; each lookup is one array read, so the model costs
// the same per tag however deep the page nests.
#include "extract/open_elements.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <utility>

namespace pith::internal {

namespace {

// What the tree builder does with an element of a tag, one bit a trait.
enum Trait : std::uint32_t {
  kFormatting = 1u << 0,  // opened again after a block closed it
  kVoid = 1u << 1,        // never open
  kRawText = 1u << 2,     // the strip pass reads its content to its end tag
  // Its end tag closes it when open in scope, through any other element (the
  // "in body" rule for blocks).
  kBlock = 1u << 3,
  kHeading = 1u << 4,
  kClosesParagraph = 1u << 5,  // its start tag closes an open <p> first
  kEndsScope = 1u << 6,        // an end tag looks for its element no further down
  kSpecial = 1u << 7,          // the spec's "special" elements, of those that stay open
  kSetsMode = 1u << 8,         // sets how the tags after it are read
  kTablePart = 1u << 9,
  kTableMode = 1u << 10,  // its mode is the table's own: a new <table> closes the table
  kMarker = 1u << 11,     // its content opens only the formatting elements closed in it
  // Its start tag does not open the closed formatting elements again: a
  // block, a table part, what belongs in <head>.
  kNoReopen = 1u << 12,
  kLeavesForeign = 1u << 13,  // its start tag ends the SVG or MathML it stands in
};

constexpr std::array<std::uint32_t, GUMBO_TAG_LAST + 1> MakeTraits() {
  std::array<std::uint32_t, GUMBO_TAG_LAST + 1> t{};
  auto mark = [&t](std::uint32_t traits, std::initializer_list<GumboTag> tags) {
    for (GumboTag tag : tags) t[tag] |= traits;
  };
  mark(kFormatting, {GUMBO_TAG_A, GUMBO_TAG_B, GUMBO_TAG_BIG, GUMBO_TAG_CODE, GUMBO_TAG_EM,
                     GUMBO_TAG_FONT, GUMBO_TAG_I, GUMBO_TAG_NOBR, GUMBO_TAG_S, GUMBO_TAG_SMALL,
                     GUMBO_TAG_STRIKE, GUMBO_TAG_STRONG, GUMBO_TAG_TT, GUMBO_TAG_U});
  mark(kVoid, {GUMBO_TAG_AREA, GUMBO_TAG_BASE, GUMBO_TAG_BASEFONT, GUMBO_TAG_BGSOUND,
               GUMBO_TAG_BR, GUMBO_TAG_COL, GUMBO_TAG_EMBED, GUMBO_TAG_FRAME, GUMBO_TAG_HR,
               GUMBO_TAG_IMAGE, GUMBO_TAG_IMG, GUMBO_TAG_INPUT, GUMBO_TAG_ISINDEX,
               GUMBO_TAG_KEYGEN, GUMBO_TAG_LINK, GUMBO_TAG_MENUITEM, GUMBO_TAG_META,
               GUMBO_TAG_PARAM, GUMBO_TAG_SOURCE, GUMBO_TAG_TRACK, GUMBO_TAG_WBR});
  mark(kRawText, {GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE, GUMBO_TAG_TEXTAREA, GUMBO_TAG_TITLE,
                  GUMBO_TAG_XMP, GUMBO_TAG_IFRAME, GUMBO_TAG_NOEMBED, GUMBO_TAG_NOFRAMES});
  mark(kHeading | kSpecial | kClosesParagraph | kNoReopen,
       {GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6});
  mark(kBlock | kSpecial | kClosesParagraph | kNoReopen,
       {GUMBO_TAG_ADDRESS, GUMBO_TAG_ARTICLE, GUMBO_TAG_ASIDE, GUMBO_TAG_BLOCKQUOTE,
        GUMBO_TAG_CENTER, GUMBO_TAG_DETAILS, GUMBO_TAG_DIR, GUMBO_TAG_DIV, GUMBO_TAG_DL,
        GUMBO_TAG_FIELDSET, GUMBO_TAG_FIGCAPTION, GUMBO_TAG_FIGURE, GUMBO_TAG_FOOTER,
        GUMBO_TAG_HEADER, GUMBO_TAG_HGROUP, GUMBO_TAG_LISTING, GUMBO_TAG_MAIN, GUMBO_TAG_MENU,
        GUMBO_TAG_NAV, GUMBO_TAG_OL, GUMBO_TAG_PRE, GUMBO_TAG_SECTION, GUMBO_TAG_SUMMARY,
        GUMBO_TAG_UL, GUMBO_TAG_DD, GUMBO_TAG_DT});
  mark(kBlock | kSpecial, {GUMBO_TAG_BUTTON});
  mark(kBlock | kSpecial | kEndsScope | kMarker,
       {GUMBO_TAG_APPLET, GUMBO_TAG_MARQUEE, GUMBO_TAG_OBJECT});
  mark(kBlock | kSpecial | kEndsScope | kMarker | kSetsMode | kNoReopen, {GUMBO_TAG_TEMPLATE});
  mark(kSpecial | kClosesParagraph | kNoReopen,
       {GUMBO_TAG_P, GUMBO_TAG_LI, GUMBO_TAG_FORM, GUMBO_TAG_PLAINTEXT});
  mark(kClosesParagraph | kNoReopen, {GUMBO_TAG_HR});
  mark(kClosesParagraph, {GUMBO_TAG_XMP});
  mark(kSpecial | kSetsMode | kEndsScope | kClosesParagraph | kNoReopen | kTableMode,
       {GUMBO_TAG_TABLE});
  mark(kSpecial | kSetsMode | kTablePart | kNoReopen | kTableMode,
       {GUMBO_TAG_TBODY, GUMBO_TAG_THEAD, GUMBO_TAG_TFOOT, GUMBO_TAG_TR});
  mark(kSpecial | kSetsMode | kTablePart | kNoReopen | kEndsScope | kMarker,
       {GUMBO_TAG_TD, GUMBO_TAG_TH, GUMBO_TAG_CAPTION});
  mark(kSpecial | kTablePart | kNoReopen, {GUMBO_TAG_COLGROUP});
  mark(kTablePart | kNoReopen, {GUMBO_TAG_COL});
  mark(kSpecial | kSetsMode, {GUMBO_TAG_SELECT});
  mark(kSpecial, {GUMBO_TAG_NOSCRIPT, GUMBO_TAG_FRAMESET});
  mark(kSetsMode, {GUMBO_TAG_SVG, GUMBO_TAG_MATH});
  // Where HTML is read again inside MathML and SVG.
  mark(kSpecial | kSetsMode | kEndsScope,
       {GUMBO_TAG_MI, GUMBO_TAG_MO, GUMBO_TAG_MN, GUMBO_TAG_MS, GUMBO_TAG_MTEXT,
        GUMBO_TAG_ANNOTATION_XML, GUMBO_TAG_FOREIGNOBJECT, GUMBO_TAG_DESC});
  mark(kNoReopen, {GUMBO_TAG_HTML, GUMBO_TAG_HEAD, GUMBO_TAG_BODY, GUMBO_TAG_FRAMESET,
                   GUMBO_TAG_FRAME, GUMBO_TAG_RB, GUMBO_TAG_RTC, GUMBO_TAG_RP, GUMBO_TAG_RT,
                   GUMBO_TAG_PARAM, GUMBO_TAG_SOURCE, GUMBO_TAG_TRACK, GUMBO_TAG_BASE,
                   GUMBO_TAG_BASEFONT, GUMBO_TAG_BGSOUND, GUMBO_TAG_LINK, GUMBO_TAG_META,
                   GUMBO_TAG_MENUITEM, GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE, GUMBO_TAG_TEXTAREA,
                   GUMBO_TAG_TITLE, GUMBO_TAG_IFRAME, GUMBO_TAG_NOEMBED, GUMBO_TAG_NOFRAMES});
  mark(kLeavesForeign,
       {GUMBO_TAG_B, GUMBO_TAG_BIG, GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_BODY, GUMBO_TAG_BR,
        GUMBO_TAG_CENTER, GUMBO_TAG_CODE, GUMBO_TAG_DD, GUMBO_TAG_DIV, GUMBO_TAG_DL,
        GUMBO_TAG_DT, GUMBO_TAG_EM, GUMBO_TAG_EMBED, GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3,
        GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6, GUMBO_TAG_HEAD, GUMBO_TAG_HR, GUMBO_TAG_I,
        GUMBO_TAG_IMG, GUMBO_TAG_LI, GUMBO_TAG_LISTING, GUMBO_TAG_MENU, GUMBO_TAG_META,
        GUMBO_TAG_NOBR, GUMBO_TAG_OL, GUMBO_TAG_P, GUMBO_TAG_PRE, GUMBO_TAG_RUBY, GUMBO_TAG_S,
        GUMBO_TAG_SMALL, GUMBO_TAG_SPAN, GUMBO_TAG_STRONG, GUMBO_TAG_STRIKE, GUMBO_TAG_SUB,
        GUMBO_TAG_SUP, GUMBO_TAG_TABLE, GUMBO_TAG_TT, GUMBO_TAG_U, GUMBO_TAG_UL,
        GUMBO_TAG_VAR});
  return t;
}

constexpr std::array<std::uint32_t, GUMBO_TAG_LAST + 1> kTraits = MakeTraits();

bool Has(GumboTag tag, std::uint32_t trait) { return (kTraits[tag] & trait) != 0; }

// Rounds of the adoption agency algorithm for one end tag (its "outer loop").
constexpr std::ptrdiff_t kAdoptionRounds = 8;

// Formatting elements of one tag and equal attributes (Start()'s
// `attributes`) share this key.
std::uint64_t EqualKey(GumboTag tag, std::uint64_t attributes) {
  return attributes * 0x9e3779b97f4a7c15u + tag;
}

}  // namespace

bool IsFormattingElement(GumboTag tag) { return Has(tag, kFormatting); }

void OpenElements::Push(GumboTag tag, std::uint64_t attributes, bool foreign) {
  if (Has(tag, kMarker)) {
    outer_closed_.push_back(std::move(closed_));
    closed_ = Closed();
  }
  const std::uint32_t html = foreign ? (stack_.empty() ? 0 : stack_.back().html) : height() + 1;
  stack_.push_back({tag, top_[tag], attributes, foreign, html});
  const std::uint32_t h = height();
  top_[tag] = h;
  ++live_;
  if (Has(tag, kEndsScope)) boundaries_.push_back(h);
  if (Has(tag, kSpecial)) {
    specials_.push_back(h);
    switch (tag) {
      case GUMBO_TAG_ADDRESS: case GUMBO_TAG_DIV: case GUMBO_TAG_P: case GUMBO_TAG_LI:
      case GUMBO_TAG_DD: case GUMBO_TAG_DT:
        break;
      default:
        item_stops_.push_back(h);
    }
  }
  if (Has(tag, kSetsMode)) modes_.push_back(h);
}

void OpenElements::Pop(bool closed) {
  const std::uint32_t h = height();
  const Entry& e = stack_.back();
  if (e.tag != GUMBO_TAG_LAST) {
    top_[e.tag] = e.below_same;
    --live_;
  }
  if (Has(e.tag, kMarker)) {
    closed_ = std::move(outer_closed_.back());
    outer_closed_.pop_back();
  } else if (!closed && Has(e.tag, kFormatting)) {
    Keep(e.tag, e.attributes);
  }
  for (std::vector<std::uint32_t>* heights : {&boundaries_, &specials_, &item_stops_, &modes_}) {
    if (!heights->empty() && heights->back() == h) heights->pop_back();
  }
  stack_.pop_back();
}

void OpenElements::Remove(std::uint32_t h) {
  if (h == height()) {
    Pop(/*closed=*/true);
    return;
  }
  Entry& e = stack_[h - 1];
  top_[e.tag] = e.below_same;
  e.tag = GUMBO_TAG_LAST;
  --live_;
}

void OpenElements::PopTo(std::uint32_t h) {
  if (h == 0) return;
  while (height() > h) Pop();
  if (height() == h) Pop(/*closed=*/true);
}

void OpenElements::Keep(GumboTag tag, std::uint64_t attributes) {
  int& equal = closed_.equal[EqualKey(tag, attributes)];
  if (equal == 3) return;
  ++equal;
  ++closed_.by_tag[tag];
  closed_.elements.emplace_back(tag, attributes);
}

bool OpenElements::Forget(GumboTag tag) {
  if (closed_.by_tag[tag] == 0) return false;
  auto& elements = closed_.elements;
  std::size_t k = elements.size();
  while (elements[k - 1].first != tag) --k;
  --closed_.by_tag[tag];
  --closed_.equal[EqualKey(tag, elements[k - 1].second)];
  elements.erase(elements.begin() + static_cast<std::ptrdiff_t>(k - 1));
  return true;
}

void OpenElements::Reopen() {
  if (closed_.elements.empty()) return;
  Closed closed = std::move(closed_);
  closed_ = Closed();
  for (const auto& [tag, attributes] : closed.elements) {
    if (stopped()) return;
    Push(tag, attributes);
    ++reopened_;
  }
}

void OpenElements::CloseParagraph() {
  const std::uint32_t p = top_[GUMBO_TAG_P];
  if (p > std::max(Last(boundaries_), top_[GUMBO_TAG_BUTTON])) PopTo(p);
}

void OpenElements::StartInTable(GumboTag tag, std::uint32_t table) {
  const std::uint32_t section =
      std::max({top_[GUMBO_TAG_TBODY], top_[GUMBO_TAG_THEAD], top_[GUMBO_TAG_TFOOT]});
  const std::uint32_t row = top_[GUMBO_TAG_TR];
  switch (tag) {
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT:
      PopTo(table + 1);
      Push(tag);
      return;
    case GUMBO_TAG_COLGROUP: case GUMBO_TAG_COL:
      PopTo(table + 1);  // <colgroup> holds only <col>s and ends at anything else
      return;
    default:
      break;
  }
  if (tag != GUMBO_TAG_TR && row > table) {
    PopTo(row + 1);  // a cell closes the open cell
    Push(tag);
    return;
  }
  if (section > table) {
    PopTo(section + 1);  // a row closes the open row
  } else {
    PopTo(table + 1);
    Push(GUMBO_TAG_TBODY);  // implied
  }
  if (tag != GUMBO_TAG_TR) Push(GUMBO_TAG_TR);  // implied
  Push(tag);
}

void OpenElements::Start(GumboTag tag, bool self_closing, std::uint64_t attributes) {
  if (stopped()) return;
  for (;;) {
    const std::uint32_t mode_at = Last(modes_);
    const GumboTag mode = mode_at == 0 ? GUMBO_TAG_BODY : stack_[mode_at - 1].tag;
    if (mode == GUMBO_TAG_SVG || mode == GUMBO_TAG_MATH) {
      if (!Has(tag, kLeavesForeign)) {
        if (!self_closing) Push(tag, 0, /*foreign=*/true);
        return;
      }
      PopTo(mode_at);
      continue;
    }
    if (mode == GUMBO_TAG_SELECT) {
      switch (tag) {
        case GUMBO_TAG_OPTGROUP:
          if (Current() == GUMBO_TAG_OPTION) Pop();
          if (Current() == GUMBO_TAG_OPTGROUP) Pop();
          Push(tag);
          return;
        case GUMBO_TAG_OPTION:
          if (Current() == GUMBO_TAG_OPTION) Pop();
          Push(tag);
          return;
        case GUMBO_TAG_SELECT: case GUMBO_TAG_INPUT: case GUMBO_TAG_KEYGEN:
        case GUMBO_TAG_TEXTAREA:
          PopTo(mode_at);
          return;
        case GUMBO_TAG_TABLE:
          PopTo(mode_at);
          continue;
        default:
          if (Has(tag, kTablePart)) {
            PopTo(mode_at);
            continue;
          }
          return;  // ignored inside a <select>
      }
    }
    break;
  }
  if (Has(tag, kVoid | kRawText)) {
    if (tag == GUMBO_TAG_HR || tag == GUMBO_TAG_XMP) CloseParagraph();
    if (!Has(tag, kNoReopen)) Reopen();
    return;
  }
  const std::uint32_t table = top_[GUMBO_TAG_TABLE];
  const bool in_table = table > top_[GUMBO_TAG_TEMPLATE];
  if (Has(tag, kTablePart)) {
    if (in_table) StartInTable(tag, table);
    return;  // outside a table, ignored
  }
  switch (tag) {
    case GUMBO_TAG_HTML: case GUMBO_TAG_HEAD: case GUMBO_TAG_BODY: case GUMBO_TAG_FRAMESET:
      return;
    case GUMBO_TAG_TABLE: {
      const std::uint32_t mode_at = Last(modes_);
      if (in_table && mode_at > 0 && Has(stack_[mode_at - 1].tag, kTableMode)) PopTo(table);
      break;
    }
    case GUMBO_TAG_FORM:
      if (top_[GUMBO_TAG_FORM] > 0) return;  // a form inside a form is ignored
      break;
    case GUMBO_TAG_LI: {
      const std::uint32_t item = top_[GUMBO_TAG_LI];
      const std::uint32_t stop =
          std::max({Last(item_stops_), top_[GUMBO_TAG_DD], top_[GUMBO_TAG_DT]});
      if (item > stop) PopTo(item);
      break;
    }
    case GUMBO_TAG_DD: case GUMBO_TAG_DT: {
      const std::uint32_t item = std::max(top_[GUMBO_TAG_DD], top_[GUMBO_TAG_DT]);
      if (item > std::max(Last(item_stops_), top_[GUMBO_TAG_LI])) PopTo(item);
      break;
    }
    case GUMBO_TAG_BUTTON:
      if (top_[GUMBO_TAG_BUTTON] > 0 && top_[GUMBO_TAG_BUTTON] >= Last(boundaries_)) {
        PopTo(top_[GUMBO_TAG_BUTTON]);
      }
      break;
    case GUMBO_TAG_A: case GUMBO_TAG_NOBR:
      // A new link closes the open one (the adoption agency, when no block
      // was opened inside it since), or one a block closed is not opened
      // again.
      if (top_[tag] > Last(specials_)) {
        PopTo(top_[tag]);
      } else if (tag == GUMBO_TAG_A && top_[tag] > Last(boundaries_)) {
        Remove(top_[tag]);  // moved up through the blocks, then closed
      } else if (tag == GUMBO_TAG_A) {
        Forget(tag);
      }
      break;
    case GUMBO_TAG_OPTION: case GUMBO_TAG_OPTGROUP:
      if (Current() == GUMBO_TAG_OPTION) Pop();
      break;
    case GUMBO_TAG_RB: case GUMBO_TAG_RTC: case GUMBO_TAG_RP: case GUMBO_TAG_RT:
      while (Current() == GUMBO_TAG_RB || Current() == GUMBO_TAG_RP ||
             Current() == GUMBO_TAG_RT ||
             (Current() == GUMBO_TAG_RTC && (tag == GUMBO_TAG_RB || tag == GUMBO_TAG_RTC))) {
        Pop();
      }
      break;
    default:
      break;
  }
  if (Has(tag, kClosesParagraph)) CloseParagraph();
  if (Has(tag, kHeading) && Has(Current(), kHeading)) Pop();
  if (!Has(tag, kNoReopen)) Reopen();
  const bool foreign = tag == GUMBO_TAG_SVG || tag == GUMBO_TAG_MATH;
  if (foreign && self_closing) return;
  Push(tag, attributes, foreign);
}

void OpenElements::End(GumboTag tag) {
  if (stopped()) return;
  const std::uint32_t mode_at = Last(modes_);
  const GumboTag mode = mode_at == 0 ? GUMBO_TAG_BODY : stack_[mode_at - 1].tag;
  const std::uint32_t open = top_[tag];
  if (!stack_.empty() && stack_.back().foreign && open > stack_.back().html) {
    PopTo(open);  // an element of the foreign content the current node is in
    return;
  }
  if (open > 0 && stack_[open - 1].foreign) return;  // HTML's end tags close HTML elements
  // In table scope: not through a table, and a table not through a template.
  const bool table_part = tag == GUMBO_TAG_TABLE || Has(tag, kTablePart);
  const bool in_table_scope =
      open > (tag == GUMBO_TAG_TABLE ? top_[GUMBO_TAG_TEMPLATE]
                                     : std::max(top_[GUMBO_TAG_TABLE], top_[GUMBO_TAG_TEMPLATE]));
  if (mode == GUMBO_TAG_SELECT) {
    if (tag == GUMBO_TAG_OPTION || tag == GUMBO_TAG_OPTGROUP) {
      if (Current() == GUMBO_TAG_OPTION &&
          (tag == GUMBO_TAG_OPTION ||
           (stack_.size() > 1 && stack_[stack_.size() - 2].tag == GUMBO_TAG_OPTGROUP))) {
        Pop();
      }
      if (tag == GUMBO_TAG_OPTGROUP && Current() == GUMBO_TAG_OPTGROUP) Pop();
    } else if (tag == GUMBO_TAG_SELECT) {
      PopTo(mode_at);
    } else if (table_part && in_table_scope) {
      PopTo(mode_at);  // a <select> in a table ends with the table's parts
      End(tag);
    }
    return;
  }
  if (table_part) {
    if (in_table_scope) PopTo(open);
    return;
  }
  switch (tag) {
    case GUMBO_TAG_P:
      if (open > std::max(Last(boundaries_), top_[GUMBO_TAG_BUTTON])) PopTo(open);
      return;
    case GUMBO_TAG_LI:
      if (open > std::max({Last(boundaries_), top_[GUMBO_TAG_OL], top_[GUMBO_TAG_UL]})) {
        PopTo(open);
      }
      return;
    case GUMBO_TAG_FORM:
      // The form alone leaves the stack: what was opened in it stays open,
      // inside it in the tree. It stays counted (and in the stack, as no
      // form element of the tag) till what is above it closes.
      if (open == 0) return;
      if (open == height()) {
        Pop(/*closed=*/true);
      } else if (open > Last(boundaries_)) {
        top_[tag] = stack_[open - 1].below_same;
      }
      return;
    default:
      break;
  }
  if (Has(tag, kHeading)) {
    std::uint32_t heading = 0;
    for (int t = GUMBO_TAG_H1; t <= GUMBO_TAG_H6; ++t) heading = std::max(heading, top_[t]);
    if (heading > Last(boundaries_)) PopTo(heading);
    return;
  }
  if (Has(tag, kBlock)) {
    if (open > 0 && open >= Last(boundaries_)) PopTo(open);
    return;
  }
  if (open == 0 && Forget(tag)) return;
  // Any other end tag (and a formatting element's, when no block was opened
  // inside it) closes its element when no special element is open above it.
  if (open > 0 && open >= Last(specials_)) {
    PopTo(open);
  } else if (Has(tag, kFormatting) && open > Last(boundaries_)) {
    // The adoption agency moves the element up through the blocks opened in
    // it, one a round, and closes it once none is left; after its last
    // round the element stays open.
    const auto blocks =
        specials_.end() - std::upper_bound(specials_.begin(), specials_.end(), open);
    if (blocks < kAdoptionRounds) Remove(open);
  }
}

}  // namespace pith::internal
