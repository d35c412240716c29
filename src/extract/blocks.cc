// Stage 4, segment: one iterative walk over the DOM.
#include "extract/blocks.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>
#include <memory>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "base/compose.h"
#include "base/list_marker.h"
#include "base/utf8.h"
#include "extract/attributes.h"
#include "extract/hints.h"
#include "extract/tuning.h"

namespace pith::internal {
namespace {

// Whether `s` holds no words: white space and line breaks only.
bool IsBlank(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; });
}

// Whether an image's alt (`alt`, normalized) is a symbol: some text with no
// letter or digit ("✅", "⚠️", "→"), the image a character of the line.
bool IsSymbolImage(std::string_view alt) {
  if (alt.empty()) return false;
  for (std::size_t i = 0; i < alt.size();) {
    if (u_isalnum(static_cast<UChar32>(NextCodePoint(alt, &i)))) return false;
  }
  return true;
}

// A dir= attribute's direction as HTML reads it: "ltr", "rtl" or "auto"
// in any case, else "" (none).
std::string WritingDirection(std::string_view dir) {
  std::string lower = AsciiLower(TrimHtmlSpace(dir));
  return lower == "ltr" || lower == "rtl" || lower == "auto" ? lower : std::string();
}

// The columns a table's spans (colspan=, rowspan=) may number: past them
// a cell's span counts as one column.
constexpr int kMaxSpannedColumns = 1000;

// An integer attribute as HTML parses one (<ol start>, <li value>): white
// space, a sign and digits, anything after them ignored; nullopt without
// digits. Bounded to a million either way.
std::optional<int> ParseNumber(std::string_view s) {
  s = TrimHtmlSpace(s);
  bool negative = false;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  if (s.empty() || s[0] < '0' || s[0] > '9') return std::nullopt;
  int n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') break;
    n = std::min(n * 10 + (c - '0'), 1000000);
  }
  return negative ? -n : n;
}

// True when `text` opens with an item's number of its own: digits, or the
// item's `marker` without its dot, then ".", ")" or the end of the text,
// perhaps in parentheses ("2.", "(3)", "b)"). A dot before a digit is a
// decimal's ("1.5 cups", "3.2 million"): a quantity, not a number. Figures
// in parentheses are the item's own only when they are its `number`: others
// are what the text opens with, a reference's year ("(2024) Smith, J."),
// not a number standing for the list's.
bool OpensWithNumber(std::string_view text, std::string_view marker, int number) {
  if (marker.empty()) return false;
  const bool bracketed = !text.empty() && text[0] == '(';
  if (bracketed) text.remove_prefix(1);
  std::size_t n = 0;
  while (n < text.size() && n < 5 && IsAsciiAlnum(text[n])) ++n;
  if (n == 0 || (n < text.size() && text[n] != '.' && text[n] != ')')) return false;
  if (n + 1 < text.size() && text[n] == '.' && text[n + 1] >= '0' && text[n + 1] <= '9') {
    return false;
  }
  const std::string_view word = text.substr(0, n);
  if (std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return !bracketed || ParseNumber(word) == number;
  }
  const std::string_view own = marker.substr(0, marker.size() - 1);
  return EqualsIgnoreCase(word, own);
}

// Elements that start and end a block of text.
bool IsBlockLevel(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BODY: case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR: case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_HTML:
    case GUMBO_TAG_LEGEND: case GUMBO_TAG_LI: case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_OL: case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR:
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_CAPTION: case GUMBO_TAG_UL:
      return true;
    default:
      return false;
  }
}

std::uint32_t TagFlags(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_NAV: return kFlagNav;
    case GUMBO_TAG_ASIDE: return kFlagAside;
    case GUMBO_TAG_HEADER: return kFlagHeader;
    case GUMBO_TAG_FOOTER: return kFlagFooter;
    case GUMBO_TAG_FORM: return kFlagForm;
    case GUMBO_TAG_ARTICLE: return kFlagArticle;
    case GUMBO_TAG_MAIN: return kFlagMain;
    case GUMBO_TAG_BODY: return kFlagBody;
    case GUMBO_TAG_NOSCRIPT: return kFlagNoscript;
    default: return 0;
  }
}

// FNV-1a of a class attribute's template (ForEachTemplateName()): classes
// equal but for their elements' own numbers or ids (`id`, the element's) or
// the screen sizes that show them, equal hashes; 0 for none. `class_hints`
// is ClassifyClass(cls).
std::uint32_t ClassHash(std::string_view cls, const ClassHints& class_hints,
                        std::string_view id = {}) {
  if (cls.empty()) return 0;
  // The names of its template, each ended by a space; the value as written
  // when every name holds a number.
  std::uint32_t h = 2166136261u;
  bool named = false;
  const bool left_out = ForEachTemplateName(cls, [&](std::string_view name) {
    for (unsigned char c : name) h = (h ^ c) * 16777619u;
    h = (h ^ static_cast<unsigned char>(' ')) * 16777619u;
    named = true;
  }, id);
  if (!named) {
    h = 2166136261u;
    for (unsigned char c : cls) h = (h ^ c) * 16777619u;
  } else if (left_out) {
    // The names left out may give hints ("post-1554"): templates are told
    // apart by the hints of the whole value too, as the strip pass numbers
    // them.
    const std::uint32_t hints = ClassifyAttributesOf(class_hints, {}, {}, {});
    for (int shift = 0; shift < 32 && hints != 0; shift += 8) {
      h = (h ^ ((hints >> shift) & 0xff)) * 16777619u;
    }
  }
  return h == 0 ? 1 : h;
}

// True when `e` is an element Gumbo 0.10 does not know, named `name`
// (lower case): <dialog> predates it, MathML's <annotation> is not listed.
// The name of an element Gumbo 0.10 does not know, lower case ("" for one
// it knows).
std::string UnknownName(const GumboElement& e) {
  if (e.tag != GUMBO_TAG_UNKNOWN) return {};
  GumboStringPiece original = e.original_tag;
  gumbo_tag_from_original_text(&original);
  return AsciiLower(std::string_view(original.data, original.length));
}

bool IsUnknownNamed(const GumboElement& e, std::string_view name) {
  return e.tag == GUMBO_TAG_UNKNOWN && UnknownName(e) == name;
}

// A link to no place ("#") whose words are one letter or sign, no digit: an
// icon a script makes a control of, an "i" that opens a price's note in a
// dialog, an "x" that closes a box. Its letter is no word of the text beside
// it ("$30.00 i With Rental Package"), and is not read, as a <button>'s
// words are not. A pager's number so linked stays.
bool IsIconLink(const GumboElement& e) {
  if (e.tag != GUMBO_TAG_A || e.children.length != 1 ||
      TrimHtmlSpace(Attr(e, Attribute::kHref)) != "#") {
    return false;
  }
  const auto* child = static_cast<const GumboNode*>(e.children.data[0]);
  if (child->type != GUMBO_NODE_TEXT) return false;
  const std::string_view words = TrimHtmlSpace(child->v.text.text);
  std::size_t i = 0;
  const char32_t cp = words.empty() ? U' ' : NextCodePoint(words, &i);
  return i == words.size() && !IsSpace(cp) && !u_isdigit(static_cast<UChar32>(cp));
}

// A link's words that are a web address ("https://example.org/a/b",
// "www.example.org"): one token with a dot, opened by a scheme or "www.".
bool ReadsAsWebAddress(std::string_view words) {
  words = TrimHtmlSpace(words);
  const bool opened = words.rfind("http://", 0) == 0 || words.rfind("https://", 0) == 0 ||
                      words.rfind("www.", 0) == 0;
  return opened && words.find('.') != std::string_view::npos &&
         std::none_of(words.begin(), words.end(), [](char c) { return IsHtmlSpace(c); });
}

// The ASCII letters and digits of `s`, in runs, lower case; `f` is called
// with each run of two characters or more.
template <typename F>
void ForEachSlugWord(std::string_view s, F&& f) {
  std::string word;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && IsAsciiAlnum(s[i])) {
      word += AsciiToLower(s[i]);
      continue;
    }
    if (word.size() >= 2) f(word);
    word.clear();
  }
}

// Whether the id `id` spells `text`: tuning::kMinSlugWords words or more,
// each a word of the text, the last maybe cut short (a slug cut at its
// length limit): "why-i-used-to-skip-the-travel-insurance" of "Why I Used
// To Skip The Travel Insurance", "h-the-earned-income-tax-credit" of "The
// earned income tax credit". Words are runs of ASCII letters and digits of
// two or more, so a prefix ("h-") or a counter ("-2") is none.
bool SpellsText(std::string_view id, std::string_view text) {
  if (id.size() > tuning::kMaxSlugBytes) return false;
  // The id's words (a few, sorted), each with whether the text holds it,
  // and its last word, which a text word may open with.
  std::vector<std::pair<std::string, bool>> words;
  std::string last;
  ForEachSlugWord(id, [&](const std::string& w) {
    words.emplace_back(w, false);
    last = w;
  });
  if (static_cast<int>(words.size()) < tuning::kMinSlugWords) return false;
  std::sort(words.begin(), words.end());
  bool last_opens = false;
  ForEachSlugWord(text, [&](const std::string& w) {
    auto it = std::lower_bound(words.begin(), words.end(), std::make_pair(w, false));
    for (; it != words.end() && it->first == w; ++it) it->second = true;
    last_opens |= w.size() > last.size() && w.compare(0, last.size(), last) == 0;
  });
  return std::all_of(words.begin(), words.end(), [&](const std::pair<std::string, bool>& w) {
    return w.second || (w.first == last && last_opens);
  });
}

// The microdata property "position" (an item's ordinal in a list).
bool IsPositionProperty(std::string_view itemprop) {
  return !itemprop.empty() && AsciiLower(NormalizeSpace(itemprop)) == "position";
}

// A <dialog>, or an AMP page's prompt laid over it: the request to allow
// push notifications (<amp-web-push-widget>: "Want more? ... would like to
// send you push notifications"), the cookie or consent notice
// (<amp-user-notification>, <amp-consent>). AMP's own elements, so their
// names say what they are in any language.
bool IsDialog(const GumboElement& e) {
  if (e.tag != GUMBO_TAG_UNKNOWN) return false;
  const std::string name = UnknownName(e);
  return name == "dialog" || name == "amp-web-push-widget" || name == "amp-user-notification" ||
         name == "amp-consent";
}

// The attributes the segmenter reads, gathered in one pass over the element.
struct Attributes {
  std::string_view cls, id, data_role, role, itemprop, itemtype, aria_hidden, style, lang;
  std::string_view described_by, labelled_by, selected;
  // A disclosure control's: whether it is open, and the panels it opens.
  std::string_view expanded, controls;
  bool has_expanded = false;  // aria-expanded, with any value
  bool hidden = false;
  bool nosnippet = false;
};

Attributes ReadAttributes(const GumboElement& e) {
  Attributes a;
  ForEachAttribute(e, [&a](Attribute name, std::string_view value) {
    switch (name) {
      case Attribute::kClass: a.cls = value; break;
      case Attribute::kId: a.id = value; break;
      case Attribute::kDataRole: a.data_role = value; break;
      case Attribute::kRole: a.role = value; break;
      case Attribute::kItemprop: a.itemprop = value; break;
      case Attribute::kItemtype: a.itemtype = value; break;
      case Attribute::kAriaHidden: a.aria_hidden = value; break;
      case Attribute::kAriaDescribedby: a.described_by = value; break;
      case Attribute::kAriaLabelledby: a.labelled_by = value; break;
      case Attribute::kAriaSelected: a.selected = value; break;
      case Attribute::kAriaExpanded:
        a.expanded = value;
        a.has_expanded = true;
        break;
      case Attribute::kAriaControls: a.controls = value; break;
      case Attribute::kStyle: a.style = value; break;
      case Attribute::kLang: a.lang = value; break;
      case Attribute::kHidden: a.hidden = true; break;
      case Attribute::kDataNosnippet: a.nosnippet = true; break;
      default: break;
    }
  });
  return a;
}

// True when an element is hidden with all inside it: the hidden attribute,
// aria-hidden="true", display:none. visibility:hidden is read apart (a
// descendant may show again: Segmenter::ShowRevealed).
bool IsHiddenElement(const Attributes& a, const StyleShowing& style) {
  if (a.hidden) return true;
  if (!a.aria_hidden.empty() && AsciiLower(NormalizeSpace(a.aria_hidden)) == "true") return true;
  return style.display_none;
}

// True when an element is hidden by aria-hidden alone: no hidden
// attribute, hiding class, display:none or visibility:hidden (`style`, its
// style attribute as read).
bool IsHiddenFromScreenReadersOnly(const Attributes& a, const StyleShowing& style,
                                   std::uint32_t hints) {
  if (a.aria_hidden.empty() || a.hidden || (hints & kHintHidden)) return false;
  return !style.display_none && style.visibility != StyleVisibility::kHidden;
}

// True when `n` is hidden from screen readers only (aria-hidden="true", no
// other hiding) and the element beside it, white space, comments and
// scripts between at most, is shown to screen readers only
// (kHintScreenReader): the page shows `n`'s words and reads the sibling's
// aloud instead (a sale's "<del aria-hidden>$45</del><span
// class=screen-reader-text>Original price was: $45.</span>").
bool IsShownBesideItsSpokenForm(const GumboNode* n, const Attributes& a, const StyleShowing& style,
                                std::uint32_t hints) {
  if (!IsHiddenFromScreenReadersOnly(a, style, hints) || n->parent == nullptr) return false;
  const GumboVector& siblings = n->parent->v.element.children;
  for (int step : {1, -1}) {
    for (int i = static_cast<int>(n->index_within_parent) + step;
         i >= 0 && i < static_cast<int>(siblings.length); i += step) {
      const auto* s = static_cast<const GumboNode*>(siblings.data[i]);
      if (s->type == GUMBO_NODE_WHITESPACE || s->type == GUMBO_NODE_COMMENT) continue;
      if (s->type != GUMBO_NODE_ELEMENT) break;
      const GumboElement& e = s->v.element;
      if (e.tag == GUMBO_TAG_SCRIPT || e.tag == GUMBO_TAG_STYLE) continue;
      if (ClassifyAttributes(Attr(e, Attribute::kClass), {}, {}, {}) & kHintScreenReader) {
        return true;
      }
      break;
    }
  }
  return false;
}

// Elements whose content a twin's words never hold, and that the strip
// pass may empty or drop (a script's body, an inline <svg>'s content).
bool IsUnreadContent(const GumboElement& e) {
  return e.tag == GUMBO_TAG_SCRIPT || e.tag == GUMBO_TAG_STYLE || e.tag == GUMBO_TAG_SVG ||
         e.tag == GUMBO_TAG_TEMPLATE;
}

// The words of `n`'s subtree appended to `*text`, a space after each text;
// false once they pass tuning::kMaxSpokenTwinBytes or the walk meets more
// than tuning::kMaxSpokenTwinNodes elements and texts (`*budget`, counted
// down; white space and comments, which the strip pass folds or drops, are
// not counted): no title's twin is so long.
bool AppendSubtreeText(const GumboNode* n, std::string* text, int* budget) {
  if (n->type == GUMBO_NODE_WHITESPACE) {
    text->push_back(' ');
    return true;
  }
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
    text->append(n->v.text.text);
    text->push_back(' ');
    return --*budget >= 0 && text->size() <= static_cast<std::size_t>(tuning::kMaxSpokenTwinBytes);
  }
  if (n->type != GUMBO_NODE_ELEMENT || IsUnreadContent(n->v.element)) return true;
  if (--*budget < 0) return false;
  const GumboVector& children = n->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    if (!AppendSubtreeText(static_cast<const GumboNode*>(children.data[i]), text, budget)) {
      return false;
    }
  }
  return true;
}

// Whether an element classed for screen readers only inside `n` (or `n`
// itself), at most tuning::kMaxSpokenTwinNodes elements in (`*budget`),
// says `words`.
bool SaysToScreenReaders(const GumboNode* n, std::string_view words, int* budget) {
  if (n->type != GUMBO_NODE_ELEMENT || IsUnreadContent(n->v.element)) return false;
  if (--*budget < 0) return false;
  const GumboElement& e = n->v.element;
  if (ClassifyAttributes(Attr(e, Attribute::kClass), {}, {}, {}) & kHintScreenReader) {
    std::string text;
    int text_budget = tuning::kMaxSpokenTwinNodes;
    return AppendSubtreeText(n, &text, &text_budget) && NormalizeSpace(text) == words;
  }
  for (unsigned i = 0; i < e.children.length; ++i) {
    if (SaysToScreenReaders(static_cast<const GumboNode*>(e.children.data[i]), words, budget)) {
      return true;
    }
  }
  return false;
}

// True when `n` is hidden from screen readers only (aria-hidden="true", no
// other hiding) and one of the tuning::kMaxSpokenTwinSiblings elements on
// either side of it, or an element inside one, classed for screen readers
// only, says the same words: the page shows `n` and reads its twin aloud
// (Shopify's Debut writes each tile's title so, shown in a box hidden from
// screen readers, read from the picture's link).
bool IsShownTwinOfSpokenWords(const GumboNode* n, const Attributes& a, const StyleShowing& style,
                              std::uint32_t hints) {
  if (!IsHiddenFromScreenReadersOnly(a, style, hints) || n->parent == nullptr) return false;
  std::string text;
  int budget = tuning::kMaxSpokenTwinNodes;
  if (!AppendSubtreeText(n, &text, &budget)) return false;
  const std::string words = NormalizeSpace(text);
  if (words.empty()) return false;
  const GumboVector& siblings = n->parent->v.element.children;
  for (int step : {-1, 1}) {
    int seen = 0;
    for (int i = static_cast<int>(n->index_within_parent) + step;
         i >= 0 && i < static_cast<int>(siblings.length) && seen < tuning::kMaxSpokenTwinSiblings;
         i += step) {
      const auto* s = static_cast<const GumboNode*>(siblings.data[i]);
      if (s->type != GUMBO_NODE_ELEMENT || IsUnreadContent(s->v.element)) continue;
      ++seen;
      int search = tuning::kMaxSpokenTwinNodes;
      if (SaysToScreenReaders(s, words, &search)) return true;
    }
  }
  return false;
}

constexpr bool IsComma(char32_t cp) {
  return cp == ',' || cp == 0xFF0C || cp == 0x3001 || cp == 0x060C || cp == ';' || cp == 0xFF1B;
}

// What Segmenter::Measure counts of an ASCII byte, read from one table:
// whether it is white space (IsSpace) and whether a comma (IsComma).
enum AsciiTrait : unsigned char { kAsciiSpace = 1, kAsciiComma = 2 };

constexpr std::array<unsigned char, 128> MakeAsciiTraits() {
  std::array<unsigned char, 128> traits{};
  for (char32_t c = 0; c < 128; ++c) {
    traits[c] = static_cast<unsigned char>((IsSpace(c) ? kAsciiSpace : 0) |
                                           (IsComma(c) ? kAsciiComma : 0));
  }
  return traits;
}
constexpr std::array<unsigned char, 128> kAsciiTraits = MakeAsciiTraits();

// Phrasing elements that style words inside running text ("<b>W</b>ord",
// "H<sub>2</sub>O"): no word boundary is read between two of them.
bool IsWordStyling(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_B: case GUMBO_TAG_STRONG: case GUMBO_TAG_I: case GUMBO_TAG_EM:
    case GUMBO_TAG_U: case GUMBO_TAG_S: case GUMBO_TAG_STRIKE: case GUMBO_TAG_MARK:
    case GUMBO_TAG_SMALL: case GUMBO_TAG_BIG: case GUMBO_TAG_SUB: case GUMBO_TAG_SUP:
    case GUMBO_TAG_CODE: case GUMBO_TAG_KBD: case GUMBO_TAG_SAMP: case GUMBO_TAG_VAR:
    case GUMBO_TAG_TT: case GUMBO_TAG_ABBR: case GUMBO_TAG_RUBY: case GUMBO_TAG_Q:
    case GUMBO_TAG_CITE: case GUMBO_TAG_DFN: case GUMBO_TAG_INS: case GUMBO_TAG_DEL:
    case GUMBO_TAG_BDI: case GUMBO_TAG_BDO: case GUMBO_TAG_FONT: case GUMBO_TAG_NOBR:
    case GUMBO_TAG_WBR:
      return true;
    default:
      return false;
  }
}

bool IsCurrency(char32_t cp) { return u_charType(static_cast<UChar32>(cp)) == U_CURRENCY_SYMBOL; }

// Whether the last word of `text`, at most tuning::kMaxPriceChars bytes
// long, opens with a currency symbol: a price ("$108", "€19.20") when the
// word ends with a digit, as SeparateAtJoint asks it after one.
bool EndsWithPrice(std::string_view text) {
  const std::size_t from =
      text.size() > static_cast<std::size_t>(tuning::kMaxPriceChars)
          ? text.size() - static_cast<std::size_t>(tuning::kMaxPriceChars)
          : 0;
  std::size_t begin = text.size();
  while (begin > from && text[begin - 1] != ' ' && text[begin - 1] != '\n') --begin;
  // A longer word is no price.
  if (begin == from && from > 0 && text[from - 1] != ' ' && text[from - 1] != '\n') return false;
  std::size_t i = begin;
  return i < text.size() && IsCurrency(NextCodePoint(text, &i));
}

// A letter or digit of a script that separates its words with spaces.
bool IsSpacedWordChar(char32_t cp) {
  if (cp < 0x80) return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
  return u_isalnum(static_cast<UChar32>(cp)) && !IsUnspacedScript(cp);
}

// Whether `text` ends with a currency symbol after an amount, a space or
// none between them: a price written with its sign after it ("45,00 €",
// "12$"), not a sign that opens one ("US$", "$").
bool EndsWithSignAfterAmount(std::string_view text) {
  std::size_t i = text.size();
  if (!IsCurrency(PrevCodePoint(text, &i))) return false;
  char32_t before = PrevCodePoint(text, &i);
  if (before == ' ' || before == 0xA0) before = PrevCodePoint(text, &i);
  return u_isdigit(static_cast<UChar32>(before));
}

// The last code point of `s` (0 when empty).
char32_t LastCodePoint(std::string_view s) {
  std::size_t i = s.size();
  return PrevCodePoint(s, &i);
}

// True when `s` ends with a word of one lower-case letter after other words
// ("made a c"): where an editor's markup cut a word after its first letter
// ("a c" "omparison"; not "Vitamin C" beside "tablets"). Reads the last few
// code points only.
bool EndsWithOneLetterWord(std::string_view s) {
  std::size_t i = s.size();
  if (i == 0 || !u_islower(static_cast<UChar32>(PrevCodePoint(s, &i))) || i == 0 ||
      !IsSpace(PrevCodePoint(s, &i))) {
    return false;
  }
  while (i > 0) {
    if (!IsSpace(PrevCodePoint(s, &i))) return true;
  }
  return false;
}

// A part of the page a server streamed after the rest, as sent: hidden,
// with React's id "S:" and a number (IsStreamedPartId).
bool IsStreamedPart(const Attributes& attrs) {
  return attrs.hidden && IsStreamedPartId(attrs.id) && attrs.id[0] == 'S';
}

class Segmenter {
 public:
  Segmenter(Page* page, bool place_streamed) : page_(page), place_streamed_(place_streamed) {}

  void Run(const GumboNode* root) {
    if (place_streamed_) FindStreamedParts(root);
    Enter(root);
    while (!stack_.empty()) {
      const std::size_t top = stack_.size() - 1;
      const GumboVector& children = stack_[top].node->v.element.children;
      if (stack_[top].next < children.length) {
        const auto* child = static_cast<const GumboNode*>(children.data[stack_[top].next++]);
        Visit(child);
      } else {
        Exit();
      }
    }
    Flush();
    MarkOpenedPanels();
  }

 private:
  // Where the current block's text stood when an inline element opened: what
  // a hidden element or a hover card inside the text rolls back to.
  struct Mark {
    std::size_t buffer = 0;
    std::size_t links = 0;
    std::size_t images = 0;
    int flushes = 0;         // blocks ended so far (Flush calls)
    int link_chars = 0;
    int address_chars = 0;
    int anchors = 0;         // <a> elements opened so far
    int unlinked_texts = 0;  // unlinked, non-space text runs appended so far
    std::size_t joint = std::string::npos;  // joint_, cut_letter_ and link_joint_ then (NoteJoint)
    bool cut_letter = false;
    bool link_joint = false;
    std::size_t code_spans = 0;
  };
  struct Frame {
    const GumboNode* node;
    unsigned next;
    int id;
    int saved_owner;
    bool block;
    int capture;   // index into captures_, or -1
    Mark mark;     // the text's state when the element opened
    bool part_of;  // the element is an isPartOf (see Enter)
    bool tooltip = false;  // shown on hover only (IsTooltip)
    bool shown_price = false;  // hidden from screen readers beside its spoken form
    // Visibility, inherited as CSS inherits it: hidden by visibility:hidden
    // here or above, unless visibility:visible came between; hidden with
    // all inside by this element or one above (IsHiddenElement, a hiding
    // class), which no descendant undoes; flagged hidden by its own
    // visibility:hidden alone.
    bool visibility_hidden = false;
    bool hidden_whole = false;
    bool hidden_by_visibility = false;
    // Inside a box worded as readers' comments or reviews: a <time> there
    // dates a reader's post, not the page.
    bool in_posts = false;
    bool disclosure = false;  // a disclosure control (ElementFacts::disclosure)
  };

  // An open list: its node id, whether it is an <ol>, and its numbering
  // (the next item's number, counting down when reversed, and its type=
  // style).
  struct ListContext {
    int id = -1;
    bool ordered = false;
    bool reversed = false;
    int next = 1;
    char style = '1';
  };
  struct TableContext {
    int table = -1;
    int row = -1;
    int cell = -1;
    int column = -1;
    int columns = 0;  // the column after the current row's last cell
    bool header = false;
    bool layout = false;  // it only sets code beside its line numbers (MarkCodeGutter)
    // Per column: the rows below the current one that a cell above spans
    // (rowspan=), and whether such a cell takes the column in the current
    // row. A cell goes to the first column after the row's last one that no
    // cell above takes, and the next to the column after its colspan=.
    std::vector<int> spanned_below;
    std::vector<bool> taken;

    // A new row: the columns cells above it still span are taken.
    void StartRow() {
      columns = 0;
      taken.assign(spanned_below.size(), false);
      for (std::size_t c = 0; c < spanned_below.size(); ++c) {
        if (spanned_below[c] > 0) {
          taken[c] = true;
          --spanned_below[c];
        }
      }
    }

    // Places a cell of `colspan` columns and `rowspan` rows in the current
    // row; returns its column.
    int PlaceCell(int colspan, int rowspan) {
      while (static_cast<std::size_t>(columns) < taken.size() && taken[columns]) ++columns;
      const int at = columns;
      // Spans past kMaxSpannedColumns count as one column: a cell's
      // colspan="1000" in each of thousands of rows numbers no columns
      // beyond what the page's cells fill.
      if (at + colspan > kMaxSpannedColumns) colspan = 1;
      if (rowspan > 1 && at + colspan <= kMaxSpannedColumns) {
        const std::size_t end = static_cast<std::size_t>(at + colspan);
        if (spanned_below.size() < end) spanned_below.resize(end, 0);
        for (std::size_t c = static_cast<std::size_t>(at); c < end; ++c) {
          spanned_below[c] = std::max(spanned_below[c], rowspan - 1);
        }
      }
      columns = at + colspan;
      return at;
    }
  };
  struct Capture {
    std::string key;
    std::size_t blocks_at;
    std::size_t buffer_at;
  };

  void Visit(const GumboNode* child) {
    switch (child->type) {
      case GUMBO_NODE_TEXT: case GUMBO_NODE_CDATA: case GUMBO_NODE_WHITESPACE:
        // In NFC (ComposeUtf8) as it is read, so that the buffer, its links'
        // spans and their counts of characters are the composed text's.
        if (!IsComposed(child->v.text.text)) {
          std::string composed = child->v.text.text;
          ComposeUtf8(&composed);
          AppendText(composed.c_str());
        } else {
          AppendText(child->v.text.text);
        }
        break;
      case GUMBO_NODE_ELEMENT: case GUMBO_NODE_TEMPLATE:
        if (!streamed_.empty() && PlaceStreamed(child)) break;
        Enter(child);
        break;
      default:
        break;
    }
  }

  // A <button> that is a heading's child and opens its text: an accordion's
  // question, its text the heading's (WAI-ARIA's accordion,
  // <h3><button>Question</button></h3>, before a script adds aria-expanded
  // to it). After the heading's own words it is a control beside the title
  // (rustdoc's <h1>Struct Table<button>Copy item path</button></h1>).
  bool IsHeadingsButton(const GumboElement& e) const {
    if (e.tag != GUMBO_TAG_BUTTON || stack_.empty() ||
        !IsHeadingTag(stack_.back().node->v.element.tag)) {
      return false;
    }
    const std::size_t opened = std::min(stack_.back().mark.buffer, buffer_.size());
    return std::all_of(buffer_.begin() + static_cast<std::ptrdiff_t>(opened), buffer_.end(),
                       [](char c) { return IsHtmlSpace(c); });
  }

  // A <button> that asks a question and opens a box of two, its panel after
  // it: an FAQ's question whose answer is the box's other element, before a
  // script adds aria-expanded to it (<div class="faq-item"><button>What is
  // an SEO audit?</button><div class="faq-answer">...</div></div>). A menu's
  // button over its list, a form's "Send", ask nothing and stay unread.
  static bool IsQuestionsButton(const GumboNode* n) {
    const GumboElement& e = n->v.element;
    if (e.tag != GUMBO_TAG_BUTTON || n->parent == nullptr ||
        n->parent->type != GUMBO_NODE_ELEMENT) {
      return false;
    }
    const GumboVector& siblings = n->parent->v.element.children;
    std::size_t elements = 0;
    for (unsigned i = 0; i < siblings.length; ++i) {
      const GumboNode* s = static_cast<const GumboNode*>(siblings.data[i]);
      if (s->type == GUMBO_NODE_TEXT || s->type == GUMBO_NODE_CDATA) return false;
      if (s->type != GUMBO_NODE_ELEMENT && s->type != GUMBO_NODE_TEMPLATE) continue;
      if ((elements == 0 && s != n) || ++elements > 2) return false;
    }
    if (elements != 2) return false;
    // The button's last words: its last text that is not white space, found
    // walking its subtree back to front (an icon after the words holds none).
    std::vector<const GumboNode*> todo{n};
    while (!todo.empty()) {
      const GumboNode* c = todo.back();
      todo.pop_back();
      if (c->type == GUMBO_NODE_TEXT) return EndsWithQuestionMark(c->v.text.text);
      if (c->type != GUMBO_NODE_ELEMENT) continue;
      const GumboVector& children = c->v.element.children;
      for (unsigned i = 0; i < children.length; ++i) {
        todo.push_back(static_cast<const GumboNode*>(children.data[i]));
      }
    }
    return false;
  }

  // Whether element `n` is its parent's only element but those that show
  // nothing (scripts, styles, templates).
  static bool IsOnlyBoxOf(const GumboNode* n) {
    const GumboVector& siblings = n->parent->v.element.children;
    for (unsigned i = 0; i < siblings.length; ++i) {
      const auto* s = static_cast<const GumboNode*>(siblings.data[i]);
      if (s == n || s->type != GUMBO_NODE_ELEMENT) continue;
      switch (s->v.element.tag) {
        case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
        case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_LINK: case GUMBO_TAG_META:
          break;
        default:
          return false;
      }
    }
    return true;
  }

  void Enter(const GumboNode* n) {
    const GumboElement& e = n->v.element;
    const GumboTag tag = e.tag;
    if (tag == GUMBO_TAG_BR) {
      TrimTrailingSpaces(&buffer_);
      if (!buffer_.empty() && buffer_.back() != '\n') buffer_.push_back('\n');
      return;
    }
    // A formula's text is read from its MathML (<math><mi>x</mi>...); the
    // source it was written in (<annotation encoding="TeX">) is not shown.
    if ((!IsEnteredElement(e) && !IsHeadingsButton(e) && !IsQuestionsButton(n)) ||
        IsUnknownNamed(e, "annotation") || IsToggleLabel(e) || IsIconLink(e)) {
      switch (tag) {
        case GUMBO_TAG_HEAD: ReadHead(n); break;
        case GUMBO_TAG_SCRIPT: ReadScript(e); break;
        case GUMBO_TAG_META: ReadMeta(e); break;
        case GUMBO_TAG_LINK: ReadLink(e); break;
        case GUMBO_TAG_BASE: ReadBase(e); break;
        case GUMBO_TAG_IMG: SeparateAtImage(); ReadImage(e); break;
        case GUMBO_TAG_SELECT: NoteLabelOfPicker(); ++fields_; break;
        case GUMBO_TAG_INPUT: NoteInput(e); break;
        case GUMBO_TAG_BUTTON: NoteButton(e); ++fields_; break;
        case GUMBO_TAG_TEXTAREA: ++fields_; break;
        default: break;
      }
      return;
    }
    // A highlighter's line numbers are not the code's (MarkLineNumbers,
    // MarkCodeGutter).
    if (!line_numbers_.empty() && line_numbers_.count(n) != 0) return;
    const bool dialog = IsDialog(e);
    Attributes attrs = ReadAttributes(e);
    if (n == shown_) attrs.hidden = false;  // a streamed part read in its place
    if (tag == GUMBO_TAG_PRE && pre_depth_ == 0) {
      MarkLineNumbers(n);
      code_language_ = CodeLanguageAround(attrs.cls);
    } else if (tag == GUMBO_TAG_CODE && pre_depth_ > 0 && code_language_.empty()) {
      code_language_ = CodeLanguageOfClass(attrs.cls);
    }
    // An item's ordinal number (microdata "position": a thread post's "#3")
    // is a line of its own, not a word of the line it sits in.
    const bool block = IsBlockLevel(tag) || dialog || IsPositionProperty(attrs.itemprop);
    if (!block && joint_ == buffer_.size() && (!IsWordStyling(tag) || link_joint_)) gap_ = joint_;
    // The element's hints, from all its names or (for a heading with an id)
    // from all but its id.
    const ClassFacts& class_facts = ClassFactsOf(attrs.cls);
    auto classify = [&](std::string_view id_attr, const ClassHints& class_hints) {
      std::uint32_t h = ClassifyAttributesOf(class_hints, id_attr, attrs.role, attrs.itemprop);
      // data-role: a script's name for the part, read as an id is (whole
      // tokens): Invision's posts close with data-role="memberSignature" in a
      // box whose class names only its layout.
      if (!attrs.data_role.empty()) h |= ClassifyAttributes({}, attrs.data_role, {}, {});
      // A heading is the head of its section whatever its class says
      // ("header-anchor-post", an accordion's "accordion-header" question); a
      // site's header is the box around its heading.
      if (IsHeadingTag(tag)) h &= ~kHintHeader;
      // data-nosnippet: the site's own word that a search engine is not to
      // quote this part (a byline, a writer's bio, a cookie banner, a footer,
      // a box of code folded away beside the text).
      if (attrs.nosnippet) h |= kHintMeta;
      return h;
    };
    const std::uint32_t hints = classify(attrs.id, class_facts.hints);
    const std::uint32_t hints_without_id =
        IsHeadingTag(tag) && !attrs.id.empty() ? classify({}, class_facts.hints) : hints;
    const StyleShowing style = ReadStyleShowing(attrs.style);
    const bool hides_whole = (IsHiddenElement(attrs, style) || (hints & kHintHidden)) &&
                             !IsShownTwinOfSpokenWords(n, attrs, style, hints);
    const bool own_visibility_hides = style.visibility == StyleVisibility::kHidden;
    const bool hidden = hides_whole || own_visibility_hides;
    const Frame* const up = stack_.empty() ? nullptr : &stack_.back();
    const bool visibility_hidden =
        own_visibility_hides ||
        (style.visibility == StyleVisibility::kUnset && up != nullptr && up->visibility_hidden);
    const bool hidden_whole = hides_whole || (up != nullptr && up->hidden_whole);
    const bool in_posts =
        (hints & (kHintComments | kHintReviews)) != 0 || (up != nullptr && up->in_posts);
    // Shown again inside a part visibility:hidden hides.
    const bool revealed = style.visibility == StyleVisibility::kVisible && up != nullptr &&
                          up->visibility_hidden && !hidden_whole;
    // Read as shown until it closes: its words then tell (ShowsAPrice).
    const bool shown_price = hidden && !block && IsShownBesideItsSpokenForm(n, attrs, style, hints);
    if (block) Flush();
    Node node;
    node.parent = stack_.empty() ? -1 : stack_.back().id;
    node.tag = tag;
    node.flags = TagFlags(tag);
    if (dialog) node.flags |= kFlagDialog;
    if (hidden && !shown_price) node.flags |= kFlagHidden;
    if ((hints & kHintMeta) &&
        !(classify(attrs.id, ClassifyClass(BemElementsOwnNames(attrs.cls))) & kHintMeta)) {
      node.flags |= kFlagMetaOfBlock;
    }
    const int id = static_cast<int>(page_->nodes.size());
    // The element's role, read once: spaces folded, lower case. Compared as
    // a view, whose length is tested first: std::string's == with a literal
    // is a library call, and every element is compared so.
    const std::string role_text =
        attrs.role.empty() ? std::string() : AsciiLower(NormalizeSpace(attrs.role));
    const std::string_view role = role_text;
    if (tag == GUMBO_TAG_BUTTON || tag == GUMBO_TAG_A || !attrs.role.empty()) {
      // A button read with no aria-expanded is a heading's or a question's
      // (IsHeadingsButton, IsQuestionsButton): an accordion's question before
      // a script adds aria-expanded="false" to it, its panels closed. A
      // button given another role is no disclosure's: a tab (role="tab")
      // never says aria-expanded, and the panel of a tab not picked is hidden.
      const bool unstated =
          tag == GUMBO_TAG_BUTTON && !attrs.has_expanded && (role.empty() || role == "button");
      ForEachClosedPanelId(unstated ? std::string_view("false") : attrs.expanded, attrs.controls,
                           [&](std::string_view panel) { closed_panels_.emplace(panel, id); });
    }
    if (!closed_panels_.empty() && !attrs.id.empty()) {
      if (const auto it = closed_panels_.find(attrs.id); it != closed_panels_.end()) {
        opened_panels_.emplace_back(id, it->second);
      }
    }
    const bool tooltip = !block && IsTooltip(role, attrs.id, node.parent);
    if (!block) NoteDescribed(attrs, id, node.parent);
    if (IsStreamedPart(attrs)) node.flags |= kFlagStreamed;
    node.hints = hints;
    // A class naming its element's own id (ClassHoldsOwnId) is that
    // element's alone: its template is read with the id, not cached.
    node.class_hash = ClassHoldsOwnId(attrs.cls, attrs.id)
                          ? ClassHash(attrs.cls, class_facts.hints, attrs.id)
                          : class_facts.hash;
    if (role == "main") node.flags |= kFlagMain;  // the ARIA twin of <main>
    if (role == "tabpanel") node.flags |= kFlagTabPanel;
    // A tab not selected names a panel not shown (Docusaurus's "yarn" over
    // the "npm" panel's command): its label is hidden with it, where the
    // selected tab's captions the panel shown.
    if (role == "tab" && SaysFalse(attrs.selected)) node.flags |= kFlagHidden;
    node.block_begin = static_cast<int>(page_->blocks.size());
    page_->nodes.push_back(node);
    if (tag == GUMBO_TAG_HTML) page_->meta.language = NormalizeSpace(attrs.lang);
    // The page's writing direction: its <html>'s, else its <body>'s, else
    // that of a box holding the whole body (<body><div class="page"
    // dir="rtl">), the only element of the body or of such a box.
    if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY) {
      if (page_->meta.dir.empty()) page_->meta.dir = WritingDirection(Attr(e, Attribute::kDir));
      if (tag == GUMBO_TAG_BODY) page_box_ = n;
    } else if (page_box_ != nullptr && n->parent == page_box_ && IsOnlyBoxOf(n)) {
      page_box_ = n;
      if (page_->meta.dir.empty()) page_->meta.dir = WritingDirection(Attr(e, Attribute::kDir));
    }
    if (IsHeadingTag(tag) && !attrs.id.empty()) {
      heading_ = id;
      heading_id_.assign(attrs.id);
      // The hints without the id's words, should the id prove a slug of the
      // heading's text (SpellsText, read when its text is flushed).
      heading_slug_read_ = false;
      heading_hints_without_id_ = hints_without_id;
    }
    // The element's itemprop, read once: spaces folded, lower case.
    std::string itemprop =
        attrs.itemprop.empty() ? std::string() : AsciiLower(NormalizeSpace(attrs.itemprop));
    // The item a page's isPartOf names is the whole it belongs to, not the
    // page: a news site's paywall markup types its publication
    // "CreativeWork Product" on every story. Nor do the items inside it
    // (its publisher, its offers) type the page, as in JSON-LD (ReadJsonLd).
    const bool part_of = std::string_view(itemprop) == "ispartof";
    if (part_of) ++inside_part_of_;
    if (!attrs.itemtype.empty() && inside_part_of_ == 0) {
      page_->nodes[id].flags |= ReadItemType(attrs.itemtype);
    }
    if (std::string_view(itemprop) == "comment") page_->nodes[id].flags |= kFlagCommentProp;
    // A reader's post's microdata (its datePublished, its author) is its
    // own, not the page's.
    const int capture = StartItemprop(e, in_posts ? std::string() : std::move(itemprop));
    stack_.push_back(Frame{n, 0, id, owner_, block, capture, Here(), part_of, tooltip, shown_price});
    stack_.back().visibility_hidden = visibility_hidden;
    stack_.back().hidden_whole = hidden_whole;
    stack_.back().hidden_by_visibility = own_visibility_hides && !hides_whole;
    stack_.back().in_posts = in_posts;
    // The strip pass keeps aria-expanded on disclosure controls only.
    stack_.back().disclosure = attrs.has_expanded;
    if (stack_.back().disclosure) disclosures_.push_back(Disclosure{lists_.size()});
    if (revealed) revealed_.push_back(id);
    if (tag == GUMBO_TAG_FIGURE) figures_.push_back(id);
    if (block) owner_ = id;
    Count(tag, +1);
    EnterStructure(e, id);
    if (tag == GUMBO_TAG_TABLE && !tables_.empty()) tables_.back().layout = MarkCodeGutter(n);
  }

  // The language a <pre> of class value `cls` names for its code, else the
  // box around it or the one around that (Rouge's <div
  // class="language-ruby"><div class="highlight"><pre>); its <code> may
  // still name it when none does (CodeLanguageOfClass).
  std::string_view CodeLanguageAround(std::string_view cls) const {
    std::string_view language = CodeLanguageOfClass(cls);
    for (std::size_t up = 1; up <= 2 && language.empty() && up <= stack_.size(); ++up) {
      language =
          CodeLanguageOfClass(Attr(stack_[stack_.size() - up].node->v.element, Attribute::kClass));
    }
    return language;
  }

  // Pushes the children of element `n` on `todo`, last first, so that a
  // walk popping from its back reads them in document order.
  static void PushChildren(const GumboNode* n, std::vector<const GumboNode*>* todo) {
    const GumboVector& children = n->v.element.children;
    for (unsigned i = children.length; i-- > 0;) {
      todo->push_back(static_cast<const GumboNode*>(children.data[i]));
    }
  }

  // The number an element's text is, and nothing else ("12", " 3 "), read
  // from at most kMaxNodes nodes of its subtree; nullopt for other text.
  // `ends_line` tells whether a line break follows the number inside it.
  static std::optional<int> NumberOnly(const GumboNode* n, bool* ends_line) {
    constexpr int kMaxNodes = 16;
    int value = 0, digits = 0, visited = 0;
    *ends_line = false;
    std::vector<const GumboNode*> todo{n};
    while (!todo.empty()) {
      const GumboNode* c = todo.back();
      todo.pop_back();
      if (++visited > kMaxNodes) return std::nullopt;
      if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_WHITESPACE) {
        for (const char* t = c->v.text.text; *t != '\0'; ++t) {
          if (*t >= '0' && *t <= '9') {
            if (*ends_line || ++digits > 6) return std::nullopt;
            value = value * 10 + (*t - '0');
          } else if (*t == '\n') {
            if (digits > 0) *ends_line = true;
          } else if (!IsHtmlSpace(*t)) {
            return std::nullopt;
          }
        }
      } else if (c->type == GUMBO_NODE_ELEMENT) {
        PushChildren(c, &todo);
      } else if (c->type != GUMBO_NODE_COMMENT) {
        return std::nullopt;
      }
    }
    if (digits == 0) return std::nullopt;
    return value;
  }

  // Marks the line numbers a highlighter writes into a block of code, an
  // element at the head of each line holding only its number (Chroma's
  // <span class="ln">1</span>const a = 1;, a <span> per line around it).
  // Read with the code they would be glued to it ("1const a = 1;"), and a
  // copied snippet would not run. Taken when there are two or more,
  // counting up by one from line to line, all of one kind (tag and class)
  // that the block shows nowhere else, and most lines hold code after
  // their number: a highlighted number opening lines of code ("1 + 1", its
  // kind met again inside a line) and a listing of numbers alone stay. One
  // pass over the <pre>'s subtree, each node once (a number's subtree,
  // NumberOnly's kMaxNodes, once more).
  void MarkLineNumbers(const GumboNode* pre) {
    std::vector<const GumboNode*> numbers;
    std::vector<const GumboNode*> others;  // the elements read as code
    std::optional<int> last;
    int with_code = 0;
    bool line_start = true, numbered_line = false, code_seen = false, counting = true;
    // A line ends: it counts as code after its number when it had both.
    const auto end_line = [&] {
      if (numbered_line && code_seen) ++with_code;
      line_start = true;
      numbered_line = code_seen = false;
    };
    std::vector<const GumboNode*> todo;
    PushChildren(pre, &todo);
    while (!todo.empty() && counting) {
      const GumboNode* c = todo.back();
      todo.pop_back();
      if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_WHITESPACE ||
          c->type == GUMBO_NODE_CDATA) {
        for (const char* t = c->v.text.text; *t != '\0'; ++t) {
          if (*t == '\n') {
            end_line();
          } else if (!IsHtmlSpace(*t)) {
            line_start = false;
            code_seen = true;
          }
        }
        continue;
      }
      if (c->type != GUMBO_NODE_ELEMENT) continue;
      const GumboElement& e = c->v.element;
      if (e.tag == GUMBO_TAG_BR) {
        end_line();
        continue;
      }
      if (line_start) {
        bool ends_line = false;
        if (const std::optional<int> value = NumberOnly(c, &ends_line)) {
          // A blank line's box holds its number alone: the number's own
          // element is the one inside.
          c = OnlyElementInside(c);
          if (last && *value != *last + 1) {
            counting = false;
            break;
          }
          if (!numbers.empty() && !SameKind(numbers[0], c)) {
            counting = false;
            break;
          }
          last = value;
          numbers.push_back(c);
          numbered_line = !ends_line;
          line_start = ends_line;
          code_seen = false;
          continue;
        }
      }
      others.push_back(c);
      PushChildren(c, &todo);
    }
    end_line();
    const int count = static_cast<int>(numbers.size());
    if (!counting || count < 2 || with_code * 2 < count) return;
    for (const GumboNode* o : others) {
      if (SameKind(o, numbers[0])) return;
    }
    line_numbers_.insert(numbers.begin(), numbers.end());
  }

  // The element inside `n` when it holds one and white space only, and so
  // on down; `n` when it holds anything else.
  static const GumboNode* OnlyElementInside(const GumboNode* n) {
    for (;;) {
      const GumboNode* only = nullptr;
      const GumboVector& children = n->v.element.children;
      for (unsigned i = 0; i < children.length; ++i) {
        const auto* c = static_cast<const GumboNode*>(children.data[i]);
        if (c->type == GUMBO_NODE_WHITESPACE || c->type == GUMBO_NODE_COMMENT) continue;
        if (c->type != GUMBO_NODE_ELEMENT || only != nullptr) return n;
        only = c;
      }
      if (only == nullptr) return n;
      n = only;
    }
  }

  // Elements of one kind: the same tag and class attribute.
  static bool SameKind(const GumboNode* a, const GumboNode* b) {
    return a->v.element.tag == b->v.element.tag &&
           Attr(a->v.element, Attribute::kClass) == Attr(b->v.element, Attribute::kClass);
  }

  // The numbers a cell's text is, each a run of digits between spaces or
  // line breaks, counting up by one; false for any other text, or none.
  static bool IsLineNumberColumn(const GumboNode* cell) {
    std::optional<int> last;
    int value = -1;
    auto close = [&] {
      if (value < 0) return true;
      const bool next = !last || value == *last + 1;
      last = value;
      value = -1;
      return next;
    };
    std::vector<const GumboNode*> todo{cell};
    while (!todo.empty()) {
      const GumboNode* c = todo.back();
      todo.pop_back();
      if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_WHITESPACE) {
        for (const char* t = c->v.text.text; *t != '\0'; ++t) {
          if (*t >= '0' && *t <= '9') {
            if (value > tuning::kMaxGutterLines) return false;
            value = (value < 0 ? 0 : value * 10) + (*t - '0');
          } else if (!IsHtmlSpace(*t) || !close()) {
            return false;
          }
        }
      } else if (c->type == GUMBO_NODE_ELEMENT) {
        // <br> or a <span> per number ends one; a table inside is no
        // column of numbers (nor read again for each table around it).
        if (c->v.element.tag == GUMBO_TAG_TABLE || !close()) return false;
        PushChildren(c, &todo);
      } else if (c->type != GUMBO_NODE_COMMENT) {
        return false;
      }
    }
    return close() && last.has_value();
  }

  // True when a cell holds a <pre> within its first few levels (<td><div><pre>).
  static bool HoldsPre(const GumboNode* cell) {
    constexpr int kMaxNodes = 32;
    int visited = 0;
    std::vector<const GumboNode*> todo{cell};
    while (!todo.empty() && ++visited <= kMaxNodes) {
      const GumboNode* c = todo.back();
      todo.pop_back();
      if (c->type != GUMBO_NODE_ELEMENT) continue;
      if (c->v.element.tag == GUMBO_TAG_PRE) return true;
      PushChildren(c, &todo);
    }
    return false;
  }

  // A table that only sets a block of code beside its line numbers
  // (Pygments' "highlighttable", Hexo's gutter: one row of two cells, the
  // lines' numbers in one, a <pre> in the other) is no table of the text:
  // its code is a block of code, and the numbers' cell is not read. True
  // when `table` is one; marks its numbers' cell.
  bool MarkCodeGutter(const GumboNode* table) {
    const GumboNode* row = nullptr;
    const GumboVector& parts = table->v.element.children;
    for (unsigned i = 0; i < parts.length; ++i) {
      const auto* p = static_cast<const GumboNode*>(parts.data[i]);
      if (p->type != GUMBO_NODE_ELEMENT) continue;
      const GumboTag t = p->v.element.tag;
      if (t == GUMBO_TAG_TR) {
        if (row != nullptr) return false;
        row = p;
        continue;
      }
      if (t != GUMBO_TAG_TBODY && t != GUMBO_TAG_THEAD && t != GUMBO_TAG_TFOOT) return false;
      const GumboVector& rows = p->v.element.children;
      for (unsigned j = 0; j < rows.length; ++j) {
        const auto* r = static_cast<const GumboNode*>(rows.data[j]);
        if (r->type != GUMBO_NODE_ELEMENT) continue;
        if (r->v.element.tag != GUMBO_TAG_TR || row != nullptr) return false;
        row = r;
      }
    }
    if (row == nullptr) return false;
    const GumboNode* cells[2] = {nullptr, nullptr};
    int count = 0;
    const GumboVector& children = row->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      const auto* c = static_cast<const GumboNode*>(children.data[i]);
      if (c->type != GUMBO_NODE_ELEMENT) continue;
      if ((c->v.element.tag != GUMBO_TAG_TD && c->v.element.tag != GUMBO_TAG_TH) || count == 2) {
        return false;
      }
      cells[count++] = c;
    }
    if (count != 2) return false;
    for (int g = 0; g < 2; ++g) {
      if (HoldsPre(cells[1 - g]) && IsLineNumberColumn(cells[g])) {
        line_numbers_.insert(cells[g]);
        return true;
      }
    }
    return false;
  }

  // The parts a server streamed after the rest (React's hidden
  // <div id="S:2">, each moved by a script into its placeholder,
  // <template id="B:2">), by their number.
  void FindStreamedParts(const GumboNode* root) {
    std::vector<const GumboNode*> todo{root};
    while (!todo.empty()) {
      const GumboNode* n = todo.back();
      todo.pop_back();
      if (n->type != GUMBO_NODE_ELEMENT) continue;
      const GumboElement& e = n->v.element;
      if (!IsEnteredElement(e)) continue;
      const Attributes attrs = ReadAttributes(e);
      if (IsStreamedPart(attrs)) {
        streamed_.emplace(attrs.id.substr(2), Streamed{n, false});
      }
      for (unsigned i = 0; i < e.children.length; ++i) {
        todo.push_back(static_cast<const GumboNode*>(e.children.data[i]));
      }
    }
  }

  // Reads a streamed part, shown, in place of its placeholder, and passes
  // it over where it was sent. Each part is read once: where it was sent,
  // hidden, when that comes first (so its placeholder is left empty), else
  // in its placeholder's place; read again, a chain of parts nested each in
  // the one before would be read once per part around it, its square in
  // time and memory. True when `n` was placed or passed over.
  bool PlaceStreamed(const GumboNode* n) {
    const GumboElement& e = n->v.element;
    const std::string_view id = Attr(e, Attribute::kId);
    if (id.size() < 3 || id[1] != ':') return false;
    const auto it = streamed_.find(id.substr(2));
    if (it == streamed_.end()) return false;
    if (id[0] == 'S') {
      if (it->second.node != n) return false;
      const bool read = it->second.read;
      it->second.read = true;
      return read;
    }
    if (id[0] != 'B' || e.tag != GUMBO_TAG_TEMPLATE || it->second.read) return false;
    it->second.read = true;
    shown_ = it->second.node;
    Enter(shown_);
    shown_ = nullptr;
    return true;
  }

  // Flags each panel a closed disclosure button opens (kFlagCollapsed), and
  // the boxes around it up to the one holding its button: an accordion's
  // answer and the closed box it sits in. Each node is flagged once: a climb
  // stops at a flagged node, so the climbs cost the nodes they flag.
  void MarkOpenedPanels() {
    for (const auto& [panel, button] : opened_panels_) {
      for (int a = panel; a >= 0 && !(page_->nodes[a].flags & kFlagCollapsed) &&
                          !(a < button && button < page_->nodes[a].end);
           a = page_->nodes[a].parent) {
        page_->nodes[a].flags |= kFlagCollapsed;
      }
    }
  }

  // An <ol>'s numbering: its start= (when reversed, by default the number
  // of its items, counted down to 1) and its type= ("a", "A", "i", "I").
  static ListContext Numbering(const GumboElement& e) {
    ListContext l;
    l.ordered = true;
    l.reversed = HasAttr(e, Attribute::kReversed);
    const std::string_view type = TrimHtmlSpace(Attr(e, Attribute::kType));
    if (type.size() == 1 && IsListType(type[0])) {
      l.style = type[0];
    }
    if (const std::optional<int> start = ParseNumber(Attr(e, Attribute::kStart))) {
      l.next = *start;
    } else if (l.reversed) {
      l.next = 0;
      for (unsigned i = 0; i < e.children.length; ++i) {
        const auto* c = static_cast<const GumboNode*>(e.children.data[i]);
        if (c->type == GUMBO_NODE_ELEMENT && c->v.element.tag == GUMBO_TAG_LI) ++l.next;
      }
    }
    return l;
  }

  // What a class attribute's value gives its element: its hints alone and
  // its template's hash. Read once per distinct value: a page's elements
  // share a few hundred values, which the strip pass shortened.
  struct ClassFacts {
    ClassHints hints;
    std::uint32_t hash = 0;
  };
  const ClassFacts& ClassFactsOf(std::string_view cls) {
    static const ClassFacts kNone;
    if (cls.empty()) return kNone;
    auto [it, added] = class_facts_.try_emplace(cls);
    if (added) {
      it->second.hints = ClassifyClass(cls);
      it->second.hash = ClassHash(cls, it->second.hints);
    }
    return it->second;
  }

  // True when the <a> being entered is the title of the innermost open
  // disclosure control: the control's first link, and not inside a list
  // opened within it. A menu's button around its submenu
  // (<button aria-expanded>Shop<ul><li><a>Watches</a>...) holds links that
  // lead off, which count as links; only the control's own name is words.
  // Marks the control titled.
  bool IsDisclosureTitle() {
    if (disclosures_.empty()) return false;
    Disclosure& d = disclosures_.back();
    if (d.titled || lists_.size() != d.lists) return false;
    d.titled = true;
    return true;
  }

  // Lists, tables, links and <time>: the structure a block carries along.
  void EnterStructure(const GumboElement& e, int id) {
    switch (e.tag) {
      case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL:
        lists_.push_back(e.tag == GUMBO_TAG_OL ? Numbering(e) : ListContext{});
        lists_.back().id = id;
        break;
      case GUMBO_TAG_DT: case GUMBO_TAG_DD:
        items_.push_back(OpenItem{std::max(list_depth_, 1), quote_depth_ > 0, false,
                                  lists_.empty() ? -1 : lists_.back().id});
        break;
      case GUMBO_TAG_LI:
        items_.push_back(OpenItem{std::max(list_depth_, 1), quote_depth_ > 0,
                                  !lists_.empty() && lists_.back().ordered,
                                  lists_.empty() ? -1 : lists_.back().id});
        item_ = ItemNumber{};
        if (!lists_.empty() && lists_.back().ordered) {
          ListContext& l = lists_.back();
          const int number = ParseNumber(Attr(e, Attribute::kValue)).value_or(l.next);
          l.next = l.reversed ? number - 1 : number + 1;
          item_ = ItemNumber{ListMarker(number, l.style), number, l.style, l.reversed};
        }
        break;
      case GUMBO_TAG_A:
        hrefs_.emplace_back(NormalizeSpace(Attr(e, Attribute::kHref)));
        // A link inside a disclosure control, or being one, is its title,
        // not a way off: an accordion's question, Elementor's
        // <div role="button" aria-expanded><a href="">Question</a></div>,
        // Bootstrap's <a href="#c1" aria-expanded>. Its words are read as
        // unlinked (IsDisclosureTitle).
        anchor_links_.push_back(!IsDisclosureTitle());
        if (anchor_links_.back()) ++link_depth_;
        ++anchors_;
        break;
      case GUMBO_TAG_TABLE:
        tables_.emplace_back();
        tables_.back().table = id;
        break;
      case GUMBO_TAG_THEAD: case GUMBO_TAG_TBODY: case GUMBO_TAG_TFOOT:
        // Rows span within their group.
        if (!tables_.empty()) tables_.back().spanned_below.clear();
        break;
      case GUMBO_TAG_TR:
        if (!tables_.empty()) {
          tables_.back().row = id;
          tables_.back().StartRow();
        }
        break;
      case GUMBO_TAG_TD: case GUMBO_TAG_TH:
        if (!tables_.empty() && !tables_.back().layout) {
          TableContext& t = tables_.back();
          t.cell = id;
          // As HTML reads them: colspan 1 to 1,000, rowspan 0 (the rest of
          // the group, read as one) to 65,534, else 1.
          const int colspan = std::clamp(ParseNumber(Attr(e, Attribute::kColspan)).value_or(1), 1, 1000);
          const int rowspan = std::clamp(ParseNumber(Attr(e, Attribute::kRowspan)).value_or(1), 1, 65534);
          t.column = t.PlaceCell(colspan, rowspan);
          t.header = e.tag == GUMBO_TAG_TH;
        }
        break;
      case GUMBO_TAG_TIME:
        // A reader's comment or a buyer's review dates itself, not the page
        // (a shop's product page lists its reviews' dates, and has none).
        if (std::string_view dt = Attr(e, Attribute::kDatetime);
            !dt.empty() && !stack_.back().in_posts) {
          page_->meta.times.emplace_back(NormalizeSpace(dt));
        }
        break;
      default:
        break;
    }
  }

  void ExitStructure(GumboTag tag) {
    switch (tag) {
      case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL:
        if (!lists_.empty()) lists_.pop_back();
        break;
      case GUMBO_TAG_LI:
        item_ = ItemNumber{};  // an item that made no block of its own
        if (!items_.empty()) items_.pop_back();
        break;
      case GUMBO_TAG_DT: case GUMBO_TAG_DD:
        if (!items_.empty()) items_.pop_back();
        break;
      case GUMBO_TAG_A:
        if (!hrefs_.empty()) hrefs_.pop_back();
        if (!anchor_links_.empty()) {
          if (anchor_links_.back()) --link_depth_;
          anchor_links_.pop_back();
        }
        break;
      case GUMBO_TAG_TABLE:
        if (!tables_.empty()) tables_.pop_back();
        break;
      case GUMBO_TAG_TD: case GUMBO_TAG_TH:
        if (!tables_.empty()) tables_.back().cell = -1;
        break;
      default:
        break;
    }
  }

  // Microdata an article's metadata uses: a value given by an attribute is
  // taken at once; otherwise the element's text is captured until it closes.
  // Metadata reads the first value of each key but "author" (every author),
  // so a key that has one captures no more: elements of one key nested
  // thousands deep each copying the text below them cost memory quadratic
  // in the depth. An author's value longer than kMaxAuthorTextBytes is no
  // name, and is not copied out. `key` is the element's itemprop, its
  // spaces folded and in lower case.
  int StartItemprop(const GumboElement& e, std::string key) {
    if (key.empty()) return -1;
    if (key != "author" && key != "datepublished" && key != "datecreated" && key != "headline" &&
        key != "description") {
      return -1;
    }
    if (key != "author" && valued_keys_.count(key)) return -1;
    for (Attribute attr : {Attribute::kContent, Attribute::kDatetime}) {
      if (std::string_view v = Attr(e, attr); !v.empty()) {
        AddItemprop(std::move(key), NormalizeSpace(v));
        return -1;
      }
    }
    captures_.push_back(Capture{std::move(key), page_->blocks.size(), buffer_.size()});
    return static_cast<int>(captures_.size()) - 1;
  }

  void EndItemprop(int capture) {
    const Capture& c = captures_[capture];
    const bool author = c.key == "author";
    if (!author && valued_keys_.count(c.key)) return;
    std::string text;
    if (c.blocks_at == page_->blocks.size() && c.buffer_at <= buffer_.size()) {
      if (author && buffer_.size() - c.buffer_at > tuning::kMaxAuthorTextBytes) return;
      text = buffer_.substr(c.buffer_at);
    } else {
      std::size_t size = buffer_.size();
      for (std::size_t b = c.blocks_at; b < page_->blocks.size(); ++b) {
        size += page_->blocks[b].text.size() + 1;
        if (author && size > tuning::kMaxAuthorTextBytes) return;
      }
      text.reserve(size);
      for (std::size_t b = c.blocks_at; b < page_->blocks.size(); ++b) {
        text += page_->blocks[b].text + " ";
      }
      text += buffer_;
    }
    text = NormalizeSpace(text);
    if (!text.empty()) AddItemprop(c.key, std::move(text));
  }

  void AddItemprop(std::string key, std::string value) {
    if (key != "author") valued_keys_.insert(key);
    page_->meta.itemprops.emplace_back(std::move(key), std::move(value));
  }

  void Exit() {
    const Frame f = stack_.back();
    stack_.pop_back();
    if (f.node->v.element.tag == GUMBO_TAG_FIGURE) figures_.pop_back();
    if (f.block) {
      Flush();
      owner_ = f.saved_owner;
    } else if (IsBoxLink(f)) {
      // A link around a block of text is laid out as a box of its own (a
      // tile's link around its title and price, <a href><h2>Hoodie</h2>
      // <span>$35</span></a>): the words after it start a line of their
      // own, the tile's "Add to cart" apart from its price.
      Flush();
    }
    Count(static_cast<GumboTag>(page_->nodes[f.id].tag), -1);
    if (pre_depth_ == 0) code_language_ = {};
    if (page_->nodes[f.id].tag == GUMBO_TAG_FORM && IsFormOfText(f.id)) {
      page_->nodes[f.id].flags &= ~kFlagForm;
    }
    ExitStructure(static_cast<GumboTag>(page_->nodes[f.id].tag));
    if (f.disclosure) disclosures_.pop_back();
    if (f.capture >= 0) EndItemprop(f.capture);  // metadata may sit in hidden text
    if (f.part_of) --inside_part_of_;
    // A spoken form's shown twin is shown when it shows a price; a label
    // ("Share" beside "All sharing options") or a filter's count ("Wired
    // (16)" beside "Wired (16 products)") stays hidden.
    if (f.shown_price && !ShowsAPrice(f)) page_->nodes[f.id].flags |= kFlagHidden;
    if (f.visibility_hidden && !revealed_.empty() && revealed_.back() > f.id) ShowRevealed(f);
    if (!f.block && IsInlineInText(f) &&
        ((page_->nodes[f.id].flags & kFlagHidden) || f.tooltip || IsHoverCard(f) ||
         IsOtherFormOfTime(f))) {
      RollBack(f.mark, f.id);
      // As if it were not there: two elements it stood between meet
      // ("<span>1d ago</span><span aria-hidden>·</span><span>3 min
      // read</span>": the first's words stay apart from the last's).
      joint_ = f.mark.joint;
      cut_letter_ = f.mark.cut_letter;
      link_joint_ = f.mark.link_joint;
      // Its elements go too: hidden markup (MathML kept for screen readers
      // beside a formula's image) is not the page's tag density.
      page_->nodes.resize(static_cast<std::size_t>(f.id) + 1);
      while (!revealed_.empty() && revealed_.back() > f.id) revealed_.pop_back();
    }
    if (!f.block && IsInlineInText(f)) NoteTime(f);
    if (!f.block && page_->nodes[f.id].tag == GUMBO_TAG_A && IsInlineInText(f)) {
      const std::string_view words = std::string_view(buffer_).substr(f.mark.buffer);
      if (ReadsAsWebAddress(words)) address_chars_ += static_cast<int>(CountCodePoints(words));
    }
    if (!f.block) NoteJoint(f);
    if (!f.block && IsInlineInText(f) && image_end_ != std::string::npos &&
        f.mark.images >= image_count_ && f.mark.buffer >= image_end_ &&
        page_->nodes[f.id].tag != GUMBO_TAG_A &&
        IsBlank(std::string_view(buffer_).substr(image_end_, f.mark.buffer - image_end_)) &&
        !IsBlank(std::string_view(buffer_).substr(f.mark.buffer))) {
      styled_end_ = buffer_.size();
    }
    page_->nodes[f.id].block_end = static_cast<int>(page_->blocks.size());
    page_->nodes[f.id].end = static_cast<int>(page_->nodes.size());
    closed_at_ = buffer_.size();
  }

  // The element in `f`, hidden by visibility:hidden (its own or inherited),
  // holds an element that visibility:visible shows again (revealed_): the
  // element's own flag goes, and each of its children that shows nothing
  // again is flagged hidden instead, so that what stays hidden is flagged
  // and the shown part is read (a list under a hidden box's heading that a
  // script's style shows). Its own text beside its children is read with
  // them: a block is shown or not as a whole.
  void ShowRevealed(const Frame& f) {
    if (f.hidden_by_visibility) page_->nodes[f.id].flags &= ~kFlagHidden;
    const int end = static_cast<int>(page_->nodes.size());
    for (int c = f.id + 1; c < end; c = page_->nodes[c].end) {
      const auto shown = std::lower_bound(revealed_.begin(), revealed_.end(), c);
      if (shown == revealed_.end() || *shown >= page_->nodes[c].end) {
        page_->nodes[c].flags |= kFlagHidden;
      }
    }
  }

  // A <time> shown in the line, its words all in it, whose datetime is a
  // date: the line is dated by it whatever its words say ("3h"). So is an
  // element whose title is one, the convention of scripts writing relative
  // times (jQuery timeago's <abbr title>, Hacker News' <span class="age"
  // title> around "2 hours ago"), its words shown or none yet, filled in by
  // the script (NodeBB's empty <span class="timeago" title>): a line with
  // no words of its own then dates the line before it (DateLineBefore).
  void NoteTime(const Frame& f) {
    const int tag = page_->nodes[f.id].tag;
    const bool titled = tag == GUMBO_TAG_SPAN || tag == GUMBO_TAG_ABBR || tag == GUMBO_TAG_A;
    if ((tag != GUMBO_TAG_TIME && !titled) || (page_->nodes[f.id].flags & kFlagHidden)) return;
    const bool words = !IsBlank(std::string_view(buffer_).substr(f.mark.buffer));
    if (!words && !titled) return;
    const int attr = ReadIsoDatetime(
        Attr(f.node->v.element, titled ? Attribute::kTitle : Attribute::kDatetime));
    if (attr > time_attr_) {
      time_attr_ = attr;
      time_at_ = f.mark.buffer;
      time_node_ = f.id;
    }
  }

  // The line a dated element with no words dates when the line it stands
  // in has none either (NoteTime()): the last block, when it stands in the
  // box holding that line's block or in a box around it, the poster's name
  // above the box of its time ("rivermouse" over <div><span
  // class="timeago" title="...">), not the last line of another post.
  TextBlock* DateLineBefore() {
    if (page_->blocks.empty() || owner_ < 0) return nullptr;
    TextBlock& b = page_->blocks.back();
    const int box = page_->nodes[b.node].parent;
    if (b.time_attr > 0 || box < 0) return nullptr;
    for (int n = owner_; n >= box; n = page_->nodes[n].parent) {
      if (n == box) return &b;
    }
    return nullptr;
  }

  // Two inline elements side by side with no space between them in the
  // source ("<span>Merrell</span><span>Moab</span>", a tile's brand and
  // name; "<span>1994</span><span>2h 22m</span>", a row's fields) are laid
  // out apart by their style: their words stay apart. Not so for the
  // elements that style words (bold, subscripts), for letters set one per
  // element (an animated title), in <pre>, or in scripts written without
  // spaces. A link's words end a box of their own, one letter long or more
  // ("X", a social network's icon link): a styled word right after it
  // stands apart ("<a>LinkedIn</a><strong>Ann Lee</strong>", a quote's
  // author after the icon linking to her profile). Called when the inline
  // element in `f` closes.
  void NoteJoint(const Frame& f) {
    if (buffer_.size() == f.mark.buffer) return;  // no words: an icon between two
    const bool after_link = link_joint_ && joint_ == buffer_.size();
    joint_ = std::string::npos;
    link_joint_ = false;
    if (pre_depth_ > 0 || !IsInlineInText(f) ||
        IsWordStyling(static_cast<GumboTag>(page_->nodes[f.id].tag))) {
      return;
    }
    const bool link = after_link || (page_->nodes[f.id].tag == GUMBO_TAG_A &&
                                     !Attr(f.node->v.element, Attribute::kHref).empty());
    int letters = 0;
    for (std::size_t i = f.mark.buffer; i < buffer_.size() && letters < 2;) {
      letters += !IsSpace(NextCodePoint(buffer_, &i));
    }
    if (letters >= 2 || (link && letters >= 1)) {
      joint_ = buffer_.size();
      link_joint_ = link;
    }
    cut_letter_ = EndsWithOneLetterWord(std::string_view(buffer_).substr(f.mark.buffer));
  }

  // Before `text` is appended: a space where two elements met (NoteJoint)
  // between a letter or digit on each side, but for an amount and its unit
  // ("31" "g", "291" "kcal": a number then a letter). A price is no amount
  // with a unit: after one, the next element's words stand apart, a second
  // price ("$19.20" "$24": the sale price and the struck regular one) or a
  // label ("$108" "MSRP: $120", "€25" "Build a Pack"). So do a price's
  // sign and the word or label before it ("USD" "$35.00", "Now:" "$35.00"),
  // and a price whose sign follows its amount and the next amount ("45,00
  // €" "35,00 €"); a sign that opens its price stays on it ("US$" "35").
  void SeparateAtJoint(const char* text) {
    if (gap_ != buffer_.size() || gap_ == std::string::npos || *text == '\0') return;
    gap_ = std::string::npos;
    std::size_t i = 0;
    const char32_t next = NextCodePoint(std::string_view(text), &i);
    const char32_t last = LastCodePoint(buffer_);
    const bool digit = u_isdigit(static_cast<UChar32>(last));
    if ((IsCurrency(next) && (IsSpacedWordChar(last) || last == ':' || last == 0xFF1A)) ||
        (digit && IsSpacedWordChar(next) && EndsWithPrice(buffer_)) ||
        (u_isdigit(static_cast<UChar32>(next)) && EndsWithSignAfterAmount(buffer_))) {
      buffer_.push_back(' ');
      return;
    }
    if (IsSpacedWordChar(next) && IsSpacedWordChar(last) &&
        !(digit && !u_isdigit(static_cast<UChar32>(next))) &&
        !(cut_letter_ && u_islower(static_cast<UChar32>(next)))) {
      buffer_.push_back(' ');
      return;
    }
    // A sentence closed by the first and a word that is no lower-case
    // letter's or digit's opening the next: a link card's subtitle and the
    // next card's title ("of interactions." "AI and automation"), apart as
    // well. A lower-case word or a number goes on what the mark ends ("v1."
    // "2", "example." "com").
    if (IsSentenceEnd(last) && IsSpacedWordChar(next) && !u_isdigit(static_cast<UChar32>(next)) &&
        !u_islower(static_cast<UChar32>(next))) {
      buffer_.push_back(' ');
    }
  }

  Mark Here() const {
    return Mark{buffer_.size(), links_.size(),     page_->images.size(), flushes_, link_chars_,
                address_chars_, anchors_,          unlinked_texts_,      joint_,   cut_letter_,
                link_joint_,    code_spans_.size()};
  }

  // An inline element that is a tooltip, shown only while the pointer is on
  // the words before it: ARIA's role="tooltip", or the element that the
  // inline element just before it, its sibling, names as its description or
  // label (<dfn aria-labelledby="t1">SEO</dfn><span id="t1">SEO: search
  // engine optimization ...</span>, a glossary term's definition). Inside a
  // line its words go, as a hidden element's do (Exit); not the term's.
  // `role` is the element's, folded and lower-cased as Enter reads it.
  bool IsTooltip(std::string_view role, std::string_view id, int parent) const {
    if (role == "tooltip") return true;
    if (described_.empty() || id.empty()) return false;
    const auto it = described_.find(id);
    // The naming element closed last, and no element nor word came since.
    return it != described_.end() && it->second.parent == parent &&
           page_->nodes[it->second.node].end == static_cast<int>(page_->nodes.size()) &&
           closed_at_ <= buffer_.size() && IsBlank(std::string_view(buffer_).substr(closed_at_));
  }

  // A <time>'s moment written again in another form: an inline element
  // closing in a <time>, its words holding no year nor clock time, after
  // the words of the time's earlier children that read as a whole date, a
  // year and a day or a clock time ("<time><span>April 2, 2024</span>
  // <span>1 yr</span></time>": Invision's long and short forms, one shown
  // at a time by the style sheet). Parts of one date each hold a part
  // ("<span>12</span> <span>Jan</span>", no whole date before the month)
  // and stay, and so does a clock after the date ("<span>Mar 4,
  // 2024</span> <span>10:15</span>"). `f` has left the stack: its parent's
  // frame is the last.
  bool IsOtherFormOfTime(const Frame& f) const {
    if (stack_.empty() || stack_.back().node->v.element.tag != GUMBO_TAG_TIME) return false;
    const Mark& time = stack_.back().mark;
    // A code point takes at most 4 bytes: words before it longer than that
    // are no date's (ReadDateLine reads none), and a <time> of many
    // children costs no count of its growing text per child.
    if (time.flushes != flushes_ || time.buffer > f.mark.buffer ||
        f.mark.buffer - time.buffer > 4 * static_cast<std::size_t>(tuning::kMaxPostDateChars)) {
      return false;
    }
    const std::string_view text = buffer_;
    const std::string_view before = text.substr(time.buffer, f.mark.buffer - time.buffer);
    const std::string_view own = text.substr(f.mark.buffer);
    if (IsBlank(own)) return false;
    const DateLine whole = ReadDateLine(before, static_cast<int>(CountCodePoints(before)));
    if (!whole.clock && !(whole.year && whole.numbers >= 2)) return false;
    const int own_chars = static_cast<int>(CountCodePoints(own));
    if (own_chars > tuning::kMaxPostDateChars) return false;
    const DateLine other = ReadDateLine(own, own_chars);
    return !other.clock && !other.year;
  }

  // Remembers the ids an inline element names as its description or label.
  void NoteDescribed(const Attributes& attrs, int id, int parent) {
    for (const std::string_view list : {attrs.described_by, attrs.labelled_by}) {
      ForEachHtmlToken(list, [&](std::string_view token) {
        described_[token] = Described{id, parent};
      });
    }
  }

  // An inline element inside running text holding an image and two or more
  // links and no words of its own: a person's or product's hover card
  // ("Ilhan Omar" opens a photo and her latest stories), not part of the
  // sentence around it.
  bool IsHoverCard(const Frame& f) const {
    const Mark& m = f.mark;
    return f.node->v.element.tag != GUMBO_TAG_A && m.unlinked_texts > block_unlinked_texts_ &&
           unlinked_texts_ == m.unlinked_texts && anchors_ - m.anchors >= tuning::kMinCardLinks &&
           page_->images.size() > m.images;
  }

  // True when the element closing in `f` is a link (<a href>) inside which
  // a block of text ended. Not an anchor without an address, which a parser
  // reopens in each block after a tag left open (<h2><a name="s2">Title</h2>).
  bool IsBoxLink(const Frame& f) const {
    const Node& n = page_->nodes[f.id];
    return n.tag == GUMBO_TAG_A && page_->blocks.size() > static_cast<std::size_t>(n.block_begin) &&
           !Attr(f.node->v.element, Attribute::kHref).empty();
  }

  // True when the inline element closing in `f` held no block boundary: its
  // words all went into the current block's text, and can be taken out.
  // Hidden words inside a line ("(opens in a new window)") are not part of
  // it; a hidden element holding blocks stays, flagged, for selection.
  bool IsInlineInText(const Frame& f) const {
    return f.mark.flushes == flushes_ && f.mark.buffer <= buffer_.size();
  }

  // True when the inline element closing in `f` put a price in the line: a
  // currency symbol and a digit.
  bool ShowsAPrice(const Frame& f) const {
    if (!IsInlineInText(f)) return false;
    bool currency = false, digit = false;
    for (std::size_t i = f.mark.buffer; i < buffer_.size() && !(currency && digit);) {
      const char32_t cp = NextCodePoint(buffer_, &i);
      currency = currency || IsCurrency(cp);
      digit = digit || u_isdigit(static_cast<UChar32>(cp));
    }
    return currency && digit;
  }

  // True when `text` is glyphs of an icon font and spaces: code points of
  // Unicode's Private Use Area, which name no character but a picture in
  // the font the page loads (Divi's blurb icon, <span class="et-pb-icon">
  // &#xe052;</span>). They read as nothing, not even a line of their own.
  static bool IsIconGlyphs(std::string_view text) {
    bool glyph = false;
    for (std::size_t i = 0; i < text.size();) {
      const char32_t cp = NextCodePoint(text, &i);
      if (cp >= 0xE000 && cp <= 0xF8FF) {
        glyph = true;
      } else if (cp > 0x7F || !IsHtmlSpace(static_cast<char>(cp))) {
        return false;
      }
    }
    return glyph;
  }

  // Takes back the words of element `id`, which opened at `m`.
  void RollBack(const Mark& m, int id) {
    if (page_->images.size() > m.images) image_end_ = std::string::npos;
    if (styled_end_ != std::string::npos && styled_end_ > m.buffer) styled_end_ = std::string::npos;
    buffer_.resize(m.buffer);
    if (time_node_ >= id) time_attr_ = 0;  // (an empty time before it stays)
    links_.resize(m.links);
    if (!links_.empty() && links_.back().end > m.buffer) links_.back().end = m.buffer;
    code_spans_.resize(m.code_spans);
    code_begin_ = std::min(code_begin_, m.buffer);
    link_chars_ = m.link_chars;
    address_chars_ = m.address_chars;
    page_->images.resize(m.images);
  }

  void Count(GumboTag tag, int delta) {
    switch (tag) {
      case GUMBO_TAG_LABEL: case GUMBO_TAG_LEGEND: label_depth_ += delta; break;
      case GUMBO_TAG_PRE: pre_depth_ += delta; break;
      case GUMBO_TAG_CODE:
      case GUMBO_TAG_KBD:
      case GUMBO_TAG_SAMP:
      case GUMBO_TAG_TT:
        if (pre_depth_ == 0) CountInlineCode(delta);
        break;
      case GUMBO_TAG_FORM:
        form_depth_ += delta;
        if (delta > 0 && form_depth_ == 1) form_opened_ = {fields_, hidden_inputs_};
        break;
      case GUMBO_TAG_BUTTON: fields_ += delta > 0 ? 1 : 0; break;  // a disclosure's
      case GUMBO_TAG_BLOCKQUOTE: quote_depth_ += delta; break;
      case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL: list_depth_ += delta; break;
      default: break;
    }
  }

  // A run of text set as code in a line (<code>, <kbd>, <samp>, <tt>
  // outside <pre>) opens where its outermost element opens and ends where
  // it closes, without the spaces at its edges; an empty one is none, and
  // one right after another goes on in it (<code>$arg_</code><code>name
  // </code>: one run, as two would read "`$arg_``name`" in Markdown).
  void CountInlineCode(int delta) {
    if (delta > 0) {
      if (inline_code_depth_++ == 0) code_begin_ = buffer_.size();
      return;
    }
    if (inline_code_depth_ == 0 || --inline_code_depth_ > 0) return;
    std::size_t begin = std::min(code_begin_, buffer_.size()), end = buffer_.size();
    while (begin < end && IsHtmlSpace(buffer_[begin])) ++begin;
    while (end > begin && IsHtmlSpace(buffer_[end - 1])) --end;
    if (begin >= end) return;
    if (!code_spans_.empty() && code_spans_.back().end == begin) {
      code_spans_.back().end = end;
    } else {
      code_spans_.push_back(CodeSpan{begin, end});
    }
  }

  void AppendText(const char* text) {
    if (IsIconGlyphs(text)) return;
    const std::size_t joint = buffer_.size();
    SeparateAtJoint(text);
    std::size_t before = buffer_.size();
    if (pre_depth_ > 0) {
      buffer_.append(text);
    } else {
      AppendCollapsed(text, &buffer_);
    }
    const bool words = buffer_.size() > before &&
                       (buffer_.size() - before > 1 || buffer_[before] != ' ');
    if (link_depth_ == 0 && words) ++unlinked_texts_;
    if (words) (label_depth_ > 0 ? labelled_words_ : unlabelled_words_) = true;
    if (link_depth_ > 0) {
      // A space set at a joint inside one link (a card's title and subtitle,
      // each a <span>) is the link's: its span goes on across it.
      if (before > joint && !links_.empty() && links_.back().end == joint &&
          !hrefs_.empty() && links_.back().href == hrefs_.back()) {
        before = joint;
      }
      link_chars_ += static_cast<int>(
          CountCodePoints(std::string_view(buffer_).substr(before)));
      if (!hrefs_.empty() && !hrefs_.back().empty() && buffer_.size() > before) {
        if (!links_.empty() && links_.back().end == before && links_.back().href == hrefs_.back()) {
          links_.back().end = buffer_.size();
        } else {
          links_.push_back(LinkSpan{before, buffer_.size(), hrefs_.back()});
        }
      }
    }
  }

  BlockKind KindOf(GumboTag tag, int* level) const {
    *level = 0;
    switch (tag) {
      case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
      case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
        *level = 1 + (tag - GUMBO_TAG_H1);
        return BlockKind::kHeading;
      case GUMBO_TAG_LI: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
        *level = list_depth_ > 0 ? list_depth_ : 1;
        return BlockKind::kListItem;
      case GUMBO_TAG_TD: case GUMBO_TAG_TH:
        return BlockKind::kTableCell;
      case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_CAPTION:
        return BlockKind::kCaption;
      default:
        break;
    }
    if (pre_depth_ > 0) return BlockKind::kCode;
    if (quote_depth_ > 0) return BlockKind::kQuote;
    return BlockKind::kParagraph;
  }

  // Drops trailing white space and line breaks from the buffer.
  void TrimBuffer() {
    while (!buffer_.empty() && (buffer_.back() == ' ' || buffer_.back() == '\n' ||
                                buffer_.back() == '\r' || buffer_.back() == '\t')) {
      buffer_.pop_back();
    }
  }

  // Drops the buffer's closing link when it jumps to the rest of the text:
  // after the paragraph's last sentence, to a place marked on a page (its
  // address holds "#"), its words short and ending with an ellipsis
  // (tuning::kMaxJumpLinkChars): Doxygen's "More..." after each brief
  // description, leading to the detailed one further down. A footnote's
  // number ("[1]") ends with no ellipsis; a teaser's cut sentence is longer
  // or follows no sentence's end.
  void DropClosingJump() {
    if (links_.empty()) return;
    const LinkSpan& l = links_.back();
    if (l.end < buffer_.size() || l.begin >= buffer_.size() ||
        l.href.find('#') == std::string::npos) {
      return;
    }
    const std::string_view words = std::string_view(buffer_).substr(l.begin);
    const std::size_t chars = CountCodePoints(words);
    const bool ellipsis = (words.size() >= 3 && words.substr(words.size() - 3) == "...") ||
                          LastCodePoint(words) == 0x2026;
    std::string_view before = std::string_view(buffer_).substr(0, l.begin);
    while (!before.empty() && IsHtmlSpace(before.back())) before.remove_suffix(1);
    if (!ellipsis || chars > static_cast<std::size_t>(tuning::kMaxJumpLinkChars) ||
        before.empty() || !IsSentenceEnd(LastCodePoint(before))) {
      return;
    }
    link_chars_ = std::max(0, link_chars_ - static_cast<int>(chars));
    buffer_.resize(l.begin);
    links_.pop_back();
    TrimBuffer();
  }

  void Flush() {
    TrimBuffer();
    DropClosingJump();
    std::size_t lead = 0;
    while (lead < buffer_.size() && (buffer_[lead] == '\n' || buffer_[lead] == '\r' ||
                                     buffer_[lead] == ' ' || buffer_[lead] == '\t')) {
      ++lead;
    }
    if (lead < buffer_.size() && owner_ >= 0) {
      TextBlock b;
      b.node = owner_;
      b.kind = KindOf(static_cast<GumboTag>(page_->nodes[owner_].tag), &b.level);
      b.text = buffer_.substr(lead);
      for (LinkSpan& l : links_) {
        if (l.end <= lead) continue;
        l.begin = l.begin > lead ? l.begin - lead : 0;
        l.end = std::min(l.end - lead, b.text.size());
        if (l.begin < l.end) b.links.push_back(std::move(l));
      }
      for (const CodeSpan& c : code_spans_) {
        if (c.end <= lead) continue;
        const CodeSpan moved{c.begin > lead ? c.begin - lead : 0,
                             std::min(c.end - lead, b.text.size())};
        if (moved.begin < moved.end) b.code_spans.push_back(moved);
      }
      std::size_t time_at = time_attr_ > 0 && time_at_ >= lead ? time_at_ - lead : 0;
      // A letter and its combining mark set in two text nodes (an accent
      // styled apart, "Cafe<b>\u0301</b>") compose only here, each node
      // being composed as it is read: the links' and the time's offsets
      // move with the text, and the linked characters lost with it.
      if (!IsComposed(b.text)) {
        auto linked_chars = [&b] {
          std::size_t n = 0;
          for (const LinkSpan& l : b.links) {
            n += CountCodePoints(std::string_view(b.text).substr(l.begin, l.end - l.begin));
          }
          return static_cast<int>(n);
        };
        const int linked_before = linked_chars();
        std::vector<std::size_t*> offsets = {&time_at};
        for (LinkSpan& l : b.links) {
          offsets.push_back(&l.begin);
          offsets.push_back(&l.end);
        }
        for (CodeSpan& c : b.code_spans) {
          offsets.push_back(&c.begin);
          offsets.push_back(&c.end);
        }
        if (ComposeUtf8(&b.text, offsets)) {
          link_chars_ = std::max(0, link_chars_ - (linked_before - linked_chars()));
          b.links.erase(std::remove_if(b.links.begin(), b.links.end(),
                                       [](const LinkSpan& l) { return l.begin >= l.end; }),
                        b.links.end());
          b.code_spans.erase(std::remove_if(b.code_spans.begin(), b.code_spans.end(),
                                            [](const CodeSpan& c) { return c.begin >= c.end; }),
                             b.code_spans.end());
        }
      }
      Measure(&b);
      // A paragraph opened by a picture, its words all in one inline element
      // after it (<p><img><br><em>(Credit: ...)</em></p>, a caption's
      // <span> beside the picture's), is the picture's caption: a line or
      // two, not a paragraph of the story set beside a floated picture. So
      // is a <div> set so, a template's box of a picture and its credit,
      // unless it holds a link: a card's picture over its linked title.
      const int owner_tag = page_->nodes[owner_].tag;
      if ((owner_tag == GUMBO_TAG_P || (owner_tag == GUMBO_TAG_DIV && link_chars_ == 0)) &&
          styled_end_ != std::string::npos &&
          buffer_.size() <= styled_end_ && b.chars <= tuning::kMaxStyledCaptionChars) {
        b.kind = BlockKind::kCaption;
      }
      b.link_chars = std::min(link_chars_, b.chars);
      b.address_chars = std::min(address_chars_, b.link_chars);
      b.ordered = b.kind == BlockKind::kListItem && !lists_.empty() && lists_.back().ordered;
      // The item's first block shows its number, unless its text writes one
      // itself (a list of references styled without markers: "2." over
      // the reference; "1) People use art ...").
      if (!OpensWithNumber(b.text, item_.marker, item_.number)) {
        b.marker = std::move(item_.marker);
        b.number = item_.number;
        b.list_type = item_.type;
        b.reversed = item_.reversed;
      }
      item_ = ItemNumber{};
      if (!items_.empty()) {
        OpenItem& item = items_.back();
        b.item_level = item.level;
        b.item_start = !item.opened;
        b.list = item.list;
        b.quoted = item.quoted;
        if (b.kind != BlockKind::kListItem) b.ordered = item.ordered;  // <ol><li><p>
        item.opened = true;
      } else {
        b.quoted = quote_depth_ > 0;
      }
      if (b.kind == BlockKind::kCode) {
        b.code_language = AsciiLower(code_language_);
        b.code_spans.clear();  // the whole block is code
      }
      if (!tables_.empty() && tables_.back().cell >= 0) {
        const TableContext& t = tables_.back();
        b.table = t.table;
        b.row = t.row;
        b.cell = t.cell;
        b.column = t.column;
        b.header = t.header;
      }
      if (b.kind == BlockKind::kHeading && owner_ == heading_ && !heading_slug_read_) {
        heading_slug_read_ = true;
        if (page_->nodes[owner_].hints != heading_hints_without_id_ &&
            SpellsText(heading_id_, b.text)) {
          page_->nodes[owner_].hints = heading_hints_without_id_;
        }
      }
      b.permalink = b.kind == BlockKind::kHeading && owner_ == heading_ && !b.links.empty() &&
                    std::all_of(b.links.begin(), b.links.end(), [&](const LinkSpan& l) {
                      return l.href.size() == heading_id_.size() + 1 && l.href[0] == '#' &&
                             l.href.compare(1, std::string::npos, heading_id_) == 0;
                    });
      // A heading linking to itself by its id (its permalink, "¶" or "#")
      // names its place by that id, not its role ("social-auth",
      // "recommended-message-style" in a manual): the id gives no hints.
      if (b.permalink) page_->nodes[owner_].hints = heading_hints_without_id_;
      if (time_attr_ > 0 && time_at_ >= lead) {
        b.time_attr = time_attr_;
        b.time_begin = std::min(time_at, b.text.size());
      }
      b.labels_picker = picker_label_ || (labelled_words_ && !unlabelled_words_);
      page_->blocks.push_back(std::move(b));
    } else if (time_attr_ > 0) {
      if (TextBlock* before = DateLineBefore()) {
        before->time_attr = time_attr_;
        before->time_begin = before->text.size();
      }
    }
    buffer_.clear();
    picker_label_ = labelled_words_ = unlabelled_words_ = false;
    time_attr_ = 0;
    time_at_ = 0;
    joint_ = gap_ = std::string::npos;
    link_joint_ = false;
    image_end_ = styled_end_ = std::string::npos;
    links_.clear();
    code_spans_.clear();
    code_begin_ = 0;  // a code element still open goes on in the next block
    link_chars_ = 0;
    address_chars_ = 0;
    block_unlinked_texts_ = unlinked_texts_;
    ++flushes_;
  }

  // A <select> met: the text right before it labels it, in the current
  // block when it holds words, else the last block.
  void NoteLabelOfPicker() {
    if (buffer_.find_first_not_of(" \n\r\t") != std::string::npos) {
      picker_label_ = true;
    } else if (!page_->blocks.empty()) {
      page_->blocks.back().labels_picker = true;
    }
  }

  // An <input> met: a field the reader fills in ("Qty") is labelled by the
  // text right before it, as a <select> is; a choice (a radio button, a check
  // box) by its own line, the label inside or beside it ("Slate (+$2.00)"),
  // not by the block before it: CSS-only tabs and accordions put a choice
  // and its label (the tab's title) right after the previous panel's text.
  // Hidden fields and the form's buttons label nothing. An e-mail field's
  // parent is noted (Page::email_fields): a sign-up box's.
  void NoteInput(const GumboElement& e) {
    const std::string_view type = TrimHtmlSpace(Attr(e, Attribute::kType));
    ++(EqualsIgnoreCase(type, "hidden") ? hidden_inputs_ : fields_);
    for (std::string_view unlabelled : {"hidden", "submit", "button", "image", "reset"}) {
      if (EqualsIgnoreCase(type, unlabelled)) return;
    }
    if (EqualsIgnoreCase(type, "email") && !stack_.empty() &&
        (page_->email_fields.empty() || page_->email_fields.back() != stack_.back().id)) {
      page_->email_fields.push_back(stack_.back().id);
    }
    if (EqualsIgnoreCase(type, "checkbox") && !InForm()) {
      if (std::string_view id = TrimHtmlSpace(Attr(e, Attribute::kId)); !id.empty()) {
        toggles_.insert(id);
      }
    }
    if (EqualsIgnoreCase(type, "radio") || EqualsIgnoreCase(type, "checkbox")) {
      picker_label_ = true;
    } else {
      NoteLabelOfPicker();
    }
  }

  // Whether the <form> `id`, closing, is a box of text a script posts
  // from: it holds hidden inputs, no field the reader sees, and paragraphs.
  // Old Reddit sets each comment's text in <form class="usertext"> (the
  // comment's id in a hidden input) for its author to edit in place; a
  // shop's cart form of hidden inputs holds its rows of products and link
  // buttons, no paragraph, and stays a form.
  bool IsFormOfText(int id) const {
    if (form_depth_ != 0 || fields_ != form_opened_.first ||
        hidden_inputs_ == form_opened_.second) {
      return false;
    }
    const auto begin = page_->blocks.begin() + page_->nodes[id].block_begin;
    return std::any_of(begin, page_->blocks.end(), [&](const TextBlock& b) {
      return page_->nodes[b.node].tag == GUMBO_TAG_P;
    });
  }

  // Whether an open element is a <form>: counted as elements open and
  // close (Count), not read off the stack, which a page of many check boxes
  // deep in boxes would make cost their product.
  bool InForm() const { return form_depth_ > 0; }

  // A <label> of a check box met before it outside any form: the box is a
  // style sheet's toggle (checked, it shows a folded part: pdoc's source of
  // a function), and the label its button, drawn beside the text it folds
  // ("def load(harbour) -> Table:" then "View Source"). Its words are a
  // control's and are not read, as a <button>'s are not. A check box in a
  // form is a field, and its label the field's words.
  bool IsToggleLabel(const GumboElement& e) const {
    return e.tag == GUMBO_TAG_LABEL && !toggles_.empty() &&
           toggles_.count(TrimHtmlSpace(Attr(e, Attribute::kFor))) != 0;
  }

  // An unread <button> met marks its parent (kFlagHoldsButton), and one
  // worded as the cart's by its class or id (OpenCart's "button-cart"),
  // kFlagCartButton too.
  void NoteButton(const GumboElement& e) {
    if (stack_.empty()) return;
    std::uint32_t& flags = page_->nodes[stack_.back().id].flags;
    flags |= kFlagHoldsButton;
    if (ClassifyAttributes(Attr(e, Attribute::kClass), Attr(e, Attribute::kId), {}, {}) & kHintCart) {
      flags |= kFlagCartButton;
    }
  }

  void Measure(TextBlock* b) {
    int chars = 0, unspaced = 0, commas = 0, words = 0;
    bool in_word = false;
    char32_t last = 0, before_last = 0;
    std::size_t i = 0;
    const std::string& t = b->text;
    while (i < t.size()) {
      const auto byte = static_cast<unsigned char>(t[i]);
      char32_t cp;
      bool space;
      if (byte < 0x80) {  // ASCII, most text: no decoding, no unspaced script
        cp = byte;
        ++i;
        const unsigned char traits = kAsciiTraits[byte];
        space = (traits & kAsciiSpace) != 0;
        commas += (traits & kAsciiComma) != 0;
      } else {
        cp = NextCodePoint(t, &i);
        unspaced += IsUnspacedScript(cp);
        space = IsSpace(cp);
        commas += IsComma(cp);
      }
      ++chars;
      words += !space && !in_word;
      in_word = !space;
      if (!space) {
        before_last = last;
        last = cp;
      }
    }
    b->chars = chars;
    b->words = words;
    b->weighted_chars = chars;
    if (unspaced > 0) {
      b->words = words_.Count(t);
      b->weighted_chars = std::max(chars, b->words * tuning::kCharsPerWord);
    }
    b->commas = commas;
    b->ends_sentence = IsSentenceEnd(last) || (IsClosingQuote(last) && IsSentenceEnd(before_last));
  }

  // <head> holds no visible text; read its metadata without descending further.
  void ReadHead(const GumboNode* head) {
    const GumboVector& children = head->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      const auto* c = static_cast<const GumboNode*>(children.data[i]);
      if (c->type != GUMBO_NODE_ELEMENT) continue;
      const GumboElement& e = c->v.element;
      if (e.tag == GUMBO_TAG_TITLE && page_->meta.title.empty()) {
        for (unsigned k = 0; k < e.children.length; ++k) {
          const auto* t = static_cast<const GumboNode*>(e.children.data[k]);
          if (t->type == GUMBO_NODE_TEXT) AppendCollapsed(t->v.text.text, &page_->meta.title);
        }
        TrimTrailingSpaces(&page_->meta.title);
      } else if (e.tag == GUMBO_TAG_META) {
        ReadMeta(e);
      } else if (e.tag == GUMBO_TAG_LINK) {
        ReadLink(e);
      } else if (e.tag == GUMBO_TAG_BASE) {
        ReadBase(e);
      } else if (e.tag == GUMBO_TAG_SCRIPT) {
        ReadScript(e);
      }
    }
  }

  // "https://schema.org/Product" -> "Product"; of several types, each.
  // Returns the node's flags they give: kFlagQaPost when one of them is
  // Question or Answer, kFlagArticleItem when one is an article type.
  std::uint32_t ReadItemType(std::string_view itemtype) {
    std::vector<std::string>& types = page_->meta.item_types;
    std::uint32_t flags = 0;
    ForEachHtmlToken(itemtype, [&](std::string_view url) {
      while (!url.empty() && url.back() == '/') url.remove_suffix(1);
      const std::size_t slash = url.find_last_of("/#");
      if (slash != std::string_view::npos) url.remove_prefix(slash + 1);
      if (url == "Question" || url == "Answer") flags |= kFlagQaPost;
      if (ClassifySchemaType(url).type == PageType::kArticle) flags |= kFlagArticleItem;
      if (!url.empty() && types.size() < tuning::kMaxItemTypes) types.emplace_back(url);
    });
    return flags;
  }

  void ReadLink(const GumboElement& e) {
    if (!page_->meta.canonical.empty()) return;
    const std::string rel = " " + AsciiLower(NormalizeSpace(Attr(e, Attribute::kRel))) + " ";
    if (rel.find(" canonical ") != std::string::npos) {
      page_->meta.canonical = NormalizeSpace(Attr(e, Attribute::kHref));
    }
  }

  void ReadBase(const GumboElement& e) {
    if (page_->meta.base_href.empty()) {
      page_->meta.base_href = NormalizeSpace(Attr(e, Attribute::kHref));
    }
  }

  // A picture set between two words takes room in the line: the words on
  // either side stand apart ("Updated: May 9, 2024<img>If you ...", a
  // logo standing for a name in "Trending on<img>this week"), whatever
  // letters or digits meet there. In <pre> the text is kept as written.
  void SeparateAtImage() {
    if (pre_depth_ > 0 || buffer_.empty() || IsSpace(LastCodePoint(buffer_))) return;
    buffer_.push_back(' ');
  }

  // An image's address is its first source that gives one (kImageSources:
  // src, then a lazy loader's attribute, then srcset's widest candidate); an
  // image with none (a script's to fill, a data: URI's placeholder) is not
  // read.
  void ReadImage(const GumboElement& e) {
    std::string_view src;
    for (Attribute a : kImageSources) {
      src = ImageAddress(a, Attr(e, a));
      if (!src.empty()) break;
    }
    if (src.empty()) return;
    // A lazy loader's fallback for readers without scripts, the picture
    // again in a <noscript> right after the image, is no second picture:
    // an image in a <noscript> with no block between it and the image read
    // last is that image's copy, at its address or another (a srcset's
    // widest against the fallback's one size). Pictures repeated outside
    // one (a rating's stars) stay each.
    if (!page_->images.empty() && owner_ >= 0 && (page_->nodes[owner_].flags & kFlagNoscript) &&
        page_->images.back().before_block == static_cast<int>(page_->blocks.size())) {
      return;
    }
    const std::string address = NormalizeSpace(src);
    if (AsciiLower(NormalizeSpace(Attr(e, Attribute::kItemprop))) == "image") {
      page_->meta.itemprops.emplace_back("image", NormalizeSpace(src));
    }
    ImageRef image;
    image.before_block = static_cast<int>(page_->blocks.size());
    image.node = owner_;
    if (!figures_.empty()) image.figure = figures_.back();
    image.src = address;
    image.alt = NormalizeSpace(Attr(e, Attribute::kAlt));
    ComposeUtf8(&image.alt);  // in NFC, as the text is
    page_->images.push_back(std::move(image));
    // A picture opening the block may be captioned in it (styled_end_); an
    // image standing for a character of the text, its alt a symbol with no
    // letter or digit (an emoji drawn as an image, <img class="emoji"
    // alt="✅">, an arrow, a bullet), opens a line of the text, no caption.
    if (IsBlank(buffer_) && !IsSymbolImage(page_->images.back().alt)) {
      image_end_ = buffer_.size();
      image_count_ = page_->images.size();
    }
  }

  void ReadMeta(const GumboElement& e) {
    // Its attributes in one pass: which a <meta> keeps depends on all of
    // them (ElementFacts), read once so.
    std::string_view property, name, itemprop, content, http_equiv;
    ForEachAttribute(e, [&](Attribute a, std::string_view value) {
      switch (a) {
        case Attribute::kProperty: property = value; break;
        case Attribute::kName: name = value; break;
        case Attribute::kItemprop: itemprop = value; break;
        case Attribute::kContent: content = value; break;
        case Attribute::kHttpEquiv: http_equiv = value; break;
        default: break;
      }
    });
    std::string key = AsciiLower(property);
    if (key.empty()) key = AsciiLower(name);
    if (key.empty()) key = AsciiLower(itemprop);
    if (!key.empty() && !content.empty()) {
      page_->meta.metas.emplace_back(key, NormalizeSpace(content));
    }
    if ((key == "og:title" || key == "twitter:title") && page_->meta.og_title.empty()) {
      page_->meta.og_title = NormalizeSpace(content);
    } else if (key == "og:site_name" && page_->meta.site_name.empty()) {
      page_->meta.site_name = NormalizeSpace(content);
    } else if (AsciiLower(http_equiv) == "content-language" &&
               page_->meta.language.empty()) {
      page_->meta.language = NormalizeSpace(content);
    }
  }

  void ReadScript(const GumboElement& e) {
    if (AsciiLower(NormalizeSpace(Attr(e, Attribute::kType))) != "application/ld+json") return;
    if (e.children.length == 0) return;
    const auto* t = static_cast<const GumboNode*>(e.children.data[0]);
    if (t->type != GUMBO_NODE_TEXT && t->type != GUMBO_NODE_WHITESPACE) return;
    std::string_view json(t->v.text.text);
    if (json.size() > tuning::kMaxJsonLdBytes || JsonDepth(json) > tuning::kMaxJsonLdDepth) return;
    page_->meta.json_ld.emplace_back(json);
  }

  Page* page_;
  std::vector<Frame> stack_;
  // Elements visibility:visible shows inside a part visibility:hidden hides,
  // by id (ascending, as preorder gives them).
  std::vector<int> revealed_;
  std::string buffer_;
  int owner_ = -1;
  int link_chars_ = 0;
  int address_chars_ = 0;  // link_chars_ in links whose text is a web address
  int link_depth_ = 0;
  int label_depth_ = 0;  // inside a <label> or <legend>: a form control's caption
  // The current block has words inside a <label> (or a <fieldset>'s
  // <legend>), and outside one: a block of a label's words alone is the
  // caption of a field, a choice or a group of them.
  bool labelled_words_ = false;
  bool unlabelled_words_ = false;
  int anchors_ = 0;
  int unlinked_texts_ = 0;
  int block_unlinked_texts_ = 0;  // unlinked_texts_ when the current block began
  int flushes_ = 0;
  // The current block's <time datetime> (TextBlock::time_attr) and where
  // its words begin in the block's text.
  int time_attr_ = 0;
  std::size_t time_at_ = 0;
  bool picker_label_ = false;  // the current block's words label an input (labels_picker)
  int time_node_ = -1;  // the element that gave time_attr_
  // In the current block: where its text stood when an image opened it (no
  // words before the image), and where an inline element closed that held
  // all the words after the image (its styled line): a picture's caption
  // set beside it in its paragraph. npos when none.
  std::size_t image_end_ = std::string::npos;
  std::size_t image_count_ = 0;  // the images read when image_end_ was set
  std::size_t styled_end_ = std::string::npos;
  // Where an inline element closed right after words (NoteJoint), and where
  // the next one opened there; std::string::npos when none.
  std::size_t joint_ = std::string::npos;
  std::size_t gap_ = std::string::npos;
  // The element closing at joint_ ended its words with a word of one
  // lower-case letter (EndsWithOneLetterWord): with the text after the joint
  // going on in lower case, a word the editor's markup cut ("a c" "omparison").
  bool cut_letter_ = false;
  // The words before joint_ end a link (<a href>), the elements closing
  // after it around it or not: a box of its own, which no styled word
  // opening after it goes on (NoteJoint).
  bool link_joint_ = false;
  int pre_depth_ = 0;
  int form_depth_ = 0;  // inside a <form> (InForm)
  // Fields the reader sees met so far (inputs but hidden ones, <select>,
  // <textarea>, <button>), hidden inputs met so far, and both counts when
  // the outermost open <form> opened (IsFormOfText).
  int fields_ = 0;
  int hidden_inputs_ = 0;
  std::pair<int, int> form_opened_;
  int quote_depth_ = 0;
  int inside_part_of_ = 0;  // open isPartOf elements (their items type no page)
  int list_depth_ = 0;
  std::vector<ListContext> lists_;      // open lists, innermost last
  // The open <li>'s number until its first block takes it (TextBlock::marker,
  // number, list_type, reversed); an empty marker for none.
  struct ItemNumber {
    std::string marker;
    int number = 0;
    char type = 0;
    bool reversed = false;
  };
  ItemNumber item_;
  // Open list items, innermost last: the list depth, whether a
  // <blockquote> is open around the item, whether its list is an <ol>, its
  // list's node id (-1 for an item outside lists) and whether the item has
  // made a block (TextBlock::item_level, quoted, ordered, list, item_start).
  struct OpenItem {
    int level = 1;
    bool quoted = false;
    bool ordered = false;  // an <ol>'s
    int list = -1;
    bool opened = false;
  };
  std::vector<OpenItem> items_;
  // The <body>, or the box holding all of it met last (IsOnlyBoxOf): where
  // the page's dir= may be written.
  const GumboNode* page_box_ = nullptr;
  std::vector<std::string> hrefs_;      // open <a> elements' href
  std::vector<bool> anchor_links_;      // open <a> elements: read as a link
  // Open disclosure controls (aria-expanded kept on them), innermost last:
  // the lists open when each was entered, and whether its title link is met.
  struct Disclosure {
    std::size_t lists = 0;
    bool titled = false;
  };
  std::vector<Disclosure> disclosures_;
  std::vector<LinkSpan> links_;         // links of the text in buffer_
  std::vector<CodeSpan> code_spans_;    // its runs set as code (CountInlineCode)
  int inline_code_depth_ = 0;           // open <code>, <kbd>, <samp>, <tt> outside <pre>
  std::size_t code_begin_ = 0;          // where the outermost one opened in buffer_
  int heading_ = -1;                    // the last heading met with an id, and its id
  std::string heading_id_;
  std::uint32_t heading_hints_without_id_ = 0;  // its hints but its id's
  bool heading_slug_read_ = false;      // its text read against its id (SpellsText)
  std::vector<TableContext> tables_;    // open tables, innermost last
  std::string_view code_language_;      // the open <pre>'s (CodeLanguageAround)
  // A highlighter's line numbers beside code, not read (MarkLineNumbers,
  // MarkCodeGutter).
  std::unordered_set<const GumboNode*> line_numbers_;
  std::vector<Capture> captures_;
  std::unordered_set<std::string> valued_keys_;  // microdata keys with a value, "author" aside
  IcuWords words_;  // for blocks with unspaced scripts
  struct Streamed {
    const GumboNode* node;
    bool read;  // read already, in its placeholder's place or where it was sent
  };
  const bool place_streamed_;
  std::unordered_map<std::string_view, Streamed> streamed_;  // by number: "2" for "S:2"
  const GumboNode* shown_ = nullptr;  // the streamed part being entered in its place
  // Panels closed disclosure buttons open, by id: the button's node
  // (ForEachClosedPanelId). A panel is told only after its button, as the
  // strip pass keeps its id.
  std::unordered_map<std::string_view, int> closed_panels_;
  // The ids of check boxes met outside forms (IsToggleLabel).
  std::unordered_set<std::string_view> toggles_;
  // The ids inline elements named in aria-describedby or aria-labelledby:
  // the naming element and its parent (IsTooltip).
  struct Described {
    int node;
    int parent;
  };
  std::unordered_map<std::string_view, Described> described_;
  // The open <figure> elements' nodes, innermost last (ReadImage), so that
  // an image finds its figure without walking the stack of open elements.
  std::vector<int> figures_;
  std::size_t closed_at_ = 0;  // buffer_'s size when the last element closed
  std::vector<std::pair<int, int>> opened_panels_;  // panel's node, its button's node
  // ClassFactsOf()'s answers, by class value (a view into the tree).
  std::unordered_map<std::string_view, ClassFacts> class_facts_;
};

}  // namespace

IcuWords::IcuWords() = default;
IcuWords::~IcuWords() = default;

int IcuWords::Count(std::string_view text) {
  UErrorCode err = U_ZERO_ERROR;
  if (!iterator_) {
    iterator_.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), err));
    if (U_FAILURE(err)) iterator_.reset();
  }
  if (!iterator_) return 0;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &err);
  if (U_FAILURE(err)) return 0;
  iterator_->setText(ut, err);
  int count = 0;
  if (U_SUCCESS(err)) {
    for (int32_t end = iterator_->next(); end != icu::BreakIterator::DONE;
         end = iterator_->next()) {
      count += iterator_->getRuleStatus() != UBRK_WORD_NONE;
    }
  }
  utext_close(ut);
  return count;
}

bool IsSentenceEnd(char32_t cp) {
  return cp == '.' || cp == '!' || cp == '?' || cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F ||
         cp == 0x061F || cp == 0x0964 || cp == 0x2026 || cp == 0x06D4;
}

bool IsClosingQuote(char32_t cp) {
  return cp == '"' || cp == '\'' || cp == ')' || cp == 0x201D || cp == 0x2019 || cp == 0xBB ||
         cp == 0x300D || cp == 0x300F || cp == 0xFF09;
}

namespace {

// A list item worded as a menu's entry (kHintNav: "nav-item", "menu-item")
// whose text holds no link is no entry of a menu: a menu's entries lead
// somewhere, and a list of the service's promises, or of a story's advice,
// set in a theme's "nav-item" items leads nowhere. The item loses that word
// (its other words stay). A menu's own box, holding its links, keeps its
// word, and with it the unlinked entries inside (the page it is on, a
// dropdown's toggle). Only list items: a linkless <span> or <div> worded
// so may be worded by chance (a utility class "decoration-skip-ink-none"
// over a plans table that the word had kept out, wcxb-dev 2847). One pass
// over the blocks, one over the nodes.
void UnwordLinklessMenus(Page* page) {
  std::vector<int> linked(page->blocks.size() + 1, 0);  // prefix counts of blocks with links
  for (std::size_t b = 0; b < page->blocks.size(); ++b) {
    linked[b + 1] = linked[b] + (page->blocks[b].link_chars > 0 ? 1 : 0);
  }
  for (Node& n : page->nodes) {
    if ((n.hints & kHintNav) && n.tag == GUMBO_TAG_LI && n.block_end > n.block_begin &&
        linked[n.block_end] == linked[n.block_begin]) {
      n.hints &= ~kHintNav;
    }
  }
}

// A footer, by its tag or by its class's word alone, that holds a <cite>
// and one line of text is a quote's attribution, not the page's footer: the
// HTML standard's <blockquote><footer>— <cite>Ann Lee</cite></footer>,
// Bootstrap's "blockquote-footer", a testimonial's "testimonial__footer"
// naming the customer under each quote. It loses the word and the tag's
// flag, so the name stays with its quote. A page's footer holds more than
// one line, and seldom a <cite>. One pass over the nodes, from the last: a
// node's children are read before it.
void UnwordQuoteAttributions(Page* page) {
  std::vector<bool> cites(page->nodes.size(), false);  // holds a <cite>, or is one
  for (int i = static_cast<int>(page->nodes.size()) - 1; i >= 0; --i) {
    Node& n = page->nodes[i];
    if (n.tag == GUMBO_TAG_CITE) cites[i] = true;
    if (cites[i] && n.parent >= 0) cites[n.parent] = true;
    const std::uint32_t chrome = n.hints & kHintChromeMask;
    const bool footer = (n.flags & kFlagFooter) ? (chrome & ~kHintFooter) == 0
                                                : chrome == kHintFooter;
    if (footer && cites[i] && n.block_end - n.block_begin == 1) {
      n.hints &= ~kHintFooter;
      n.flags &= ~kFlagFooter;
    }
  }
}

}  // namespace

Page SegmentBlocks(const Document& doc, bool place_streamed) {
  Page page;
  Segmenter(&page, place_streamed).Run(doc.root());
  UnwordLinklessMenus(&page);
  UnwordQuoteAttributions(&page);
  return page;
}

namespace {

// A sign joining two times as one reading: a range's dash or tilde of any
// width ("-", "–", "—", "〜"), or a slash (a player's "0:00 / 3:45").
bool IsPairSign(char32_t cp) {
  switch (cp) {
    case '-': case '~': case '/': case 0x2010: case 0x2013: case 0x2014: case 0x2212:
    case 0x301C: case 0xFF5E:
      return true;
    default:
      return false;
  }
}

// True when `between`, the text between two clock times, joins them as
// one reading: one joining sign (IsPairSign) or one word, after at most
// one word (the first time's "AM", "Uhr"), and nothing else: a span of
// hours, "8:00 AM to 10:00 PM", "7:30 am-5:00 pm", "9:00 – 17:00", or a
// player's elapsed and total time, "0:00 / 3:45". A comma, a parenthesis
// or any other sign starts another clause, and the times are two moments
// ("Posted 10:15, edited 11:20": a post's and its edit's; "19:14 GMT
// (19:14 GMT)"). A word is letters of any script, with dots after its
// first ("a.m.").
bool JoinsTimes(std::string_view between) {
  int tokens = 0;
  bool signed_ = false;  // a joining sign read: nothing may follow it
  for (std::size_t i = 0; i < between.size();) {
    const char32_t cp = NextCodePoint(between, &i);
    if (IsSpace(cp)) continue;
    if (signed_) return false;
    if (IsPairSign(cp)) {
      signed_ = true;
    } else if (u_isalpha(static_cast<UChar32>(cp))) {
      for (std::size_t next = i; next < between.size(); i = next) {
        const char32_t w = NextCodePoint(between, &next);
        if (w != '.' && !u_isalpha(static_cast<UChar32>(w))) break;
      }
    } else {
      return false;
    }
    ++tokens;
  }
  return tokens == 1 || tokens == 2;
}

}  // namespace

DateLine ReadDateLine(const TextBlock& b, int max_chars) {
  DateLine d = ReadDateLine(b.text, b.chars, max_chars);
  if (b.time_attr > 0 && b.chars <= max_chars && !d.year && !d.clock) {
    d.year = true;
    d.clock = b.time_attr == 2;
    d.numbers = std::max(d.numbers, 3);
  }
  return d;
}

DateLine ReadDateLine(std::string_view text, int chars, int max_chars) {
  DateLine d;
  if (chars > max_chars) return d;
  auto digit = [&](std::size_t i) { return i < text.size() && text[i] >= '0' && text[i] <= '9'; };
  // Where the last clock time read ends, and whether it has seconds.
  std::size_t clock_end = std::string_view::npos;
  bool seconds = false;
  for (std::size_t i = 0; i < text.size();) {
    if (!digit(i)) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (digit(j)) ++j;
    ++d.numbers;
    // "1,077" and "3.5" are numbers, not a year, and so are the digits a
    // name ends with ("Melbourne2026", a poster's).
    const bool lettered = i > 0 && IsAsciiAlpha(text[i - 1]);
    const bool alone = (i == 0 || (text[i - 1] != ',' && text[i - 1] != '.' && !lettered)) &&
                       (j + 1 >= text.size() || (text[j] != ',' && text[j] != '.') || !digit(j + 1));
    d.year |= j - i == 4 && alone && (text.compare(i, 2, "19") == 0 || text.compare(i, 2, "20") == 0);
    // "11.12.2019": one or two digits, a dot, one or two digits, a dot and a
    // year, no figure or dot around; "14.00": an hour, a dot and minutes.
    const bool open = i == 0 || (text[i - 1] != '.' && text[i - 1] != ',');
    if (open && j - i <= 2 && j < text.size() && text[j] == '.' && digit(j + 1)) {
      std::size_t k = j + 1;
      while (digit(k)) ++k;
      std::size_t y = k + 1;
      while (digit(y)) ++y;
      const bool closed = y >= text.size() || text[y] != '.' || !digit(y + 1);
      if (k - j - 1 <= 2 && k < text.size() && text[k] == '.' && y - k - 1 == 4 && closed &&
          (text.compare(k + 1, 2, "19") == 0 || text.compare(k + 1, 2, "20") == 0)) {
        d.dotted_date = true;
      } else if (k - j - 1 == 2 && (k >= text.size() || text[k] != '.' || !digit(k + 1)) &&
                 (j - i == 1 || text[i] < '2' || (text[i] == '2' && text[i + 1] <= '3')) &&
                 text[j + 1] <= '5') {
        d.dotted_clock = true;
      }
    }
    if (j < text.size() && text[j] == ':' && digit(j + 1) && digit(j + 2) && !digit(j + 3)) {
      d.clock = true;
      if (clock_end != std::string_view::npos && i + 2 == clock_end) {
        // The last time's minutes, before its seconds ("23:04:14"): one
        // moment, a machine's, paired with no other time.
        seconds = true;
      } else {
        if (clock_end != std::string_view::npos && !seconds &&
            JoinsTimes(text.substr(clock_end, i - clock_end))) {
          ++d.time_pairs;
        }
        seconds = false;
      }
      clock_end = j + 3;
    }
    i = j;
  }
  d.dotted_clock &= d.dotted_date;
  return d;
}

std::vector<int> FirstTitleBlocks(const Page& page) {
  const int block_count = static_cast<int>(page.blocks.size());
  std::vector<int> first(block_count + 1, block_count);
  for (int i = block_count - 1; i >= 0; --i) {
    const TextBlock& b = page.blocks[i];
    first[i] = b.kind == BlockKind::kHeading && b.level == 1 ? i : first[i + 1];
  }
  return first;
}

}  // namespace pith::internal
