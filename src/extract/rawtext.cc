// Stage 2b, strip: drop what Gumbo would parse and pith would never read.
#include "extract/rawtext.h"

#include <gumbo.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <limits>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "base/utf8.h"
#include "extract/attributes.h"
#include "extract/hints.h"
#include "extract/open_elements.h"

namespace pith::internal {
namespace {

// True for the characters that end a tag name: white space, '/' and '>'.
bool EndsTagName(char c) { return IsHtmlSpace(c) || c == '/' || c == '>'; }

// True when `s` holds `word` (lower case) at `at`, ignoring ASCII case.
bool MatchesAt(std::string_view s, std::size_t at, std::string_view word) {
  if (at + word.size() > s.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k) {
    if (AsciiToLower(s[at + k]) != word[k]) return false;
  }
  return true;
}

// True when an end tag "</name" starts at `at` and is complete: followed by
// white space, '/' or '>' (the tokenizer's "appropriate end tag").
bool EndTagAt(std::string_view s, std::size_t at, std::string_view name) {
  if (at + 2 + name.size() >= s.size() || s[at] != '<' || s[at + 1] != '/') return false;
  if (!MatchesAt(s, at + 2, name)) return false;
  return EndsTagName(s[at + 2 + name.size()]);
}

// Where the end tag </name> of a raw text or RCDATA element starts, or npos.
std::size_t FindEndTag(std::string_view s, std::size_t from, std::string_view name) {
  for (std::size_t at = s.find("</", from); at != std::string_view::npos;
       at = s.find("</", at + 1)) {
    if (EndTagAt(s, at, name)) return at;
  }
  return std::string_view::npos;
}

// Where </script> ends the script data starting at `from`, following the
// escape states: inside "<!--", a "<script" opens a double-escaped run whose
// "</script>" does not end the script; "-->" leaves either.
std::size_t FindScriptEnd(std::string_view s, std::size_t from) {
  enum { kData, kEscaped, kDoubleEscaped } state = kData;
  for (std::size_t i = from; i < s.size(); ++i) {
    if (state == kData) {  // only a '<' matters: skip to the next one
      const void* lt = std::memchr(s.data() + i, '<', s.size() - i);
      if (lt == nullptr) break;
      i = static_cast<std::size_t>(static_cast<const char*>(lt) - s.data());
    }
    if (s[i] == '-' && state != kData && s.compare(i, 3, "-->") == 0) {
      state = kData;
      i += 2;
      continue;
    }
    if (s[i] != '<') continue;
    if (state == kData && s.compare(i, 4, "<!--") == 0) {
      state = kEscaped;
      i += 3;  // the dashes may also begin "-->" as in "<!-->"
      if (i + 1 < s.size() && s[i + 1] == '>') state = kData;
      continue;
    }
    if (EndTagAt(s, i, "script")) {
      if (state == kDoubleEscaped) {
        state = kEscaped;
        continue;
      }
      return i;
    }
    if (state == kEscaped && i + 7 < s.size() && MatchesAt(s, i + 1, "script") &&
        EndsTagName(s[i + 7])) {
      state = kDoubleEscaped;
    }
  }
  return std::string_view::npos;
}

// One attribute of a tag: s[begin, name_end) is its name, s[begin, end) the
// whole "name", "name=value" or "name = 'value'".
struct AttributeSpan {
  std::size_t begin = 0, name_end = 0, end = 0;
};

// A start or end tag as the tokenizer reads it.
struct TagToken {
  std::size_t name_begin = 0, name_end = 0;  // the tag name, after "<" or "</"
  std::size_t end = 0;                       // one past its '>'
  bool self_closing = false;                 // "/>" closes it
  std::size_t attribute_count = 0;           // all of them, kept in `attributes` or not
};

// Reads the tag whose name starts at `name_begin` the way the HTML tokenizer
// does (tag name, attribute name, before/after value, quoted and unquoted
// value states), so that a '>' or '<' inside a quoted value ends nothing.
// Records the first `max_recorded` attributes in `attributes`. False when the
// input ends inside the tag, which the tokenizer then drops.
bool ScanTag(std::string_view s, std::size_t name_begin, std::size_t max_recorded,
             TagToken* tag, std::vector<AttributeSpan>* attributes) {
  constexpr std::size_t npos = std::string_view::npos;
  const std::size_t n = s.size();
  *tag = TagToken{};
  attributes->clear();
  std::size_t i = name_begin;
  while (i < n && !EndsTagName(s[i])) ++i;
  tag->name_begin = name_begin;
  tag->name_end = i;
  for (;;) {
    while (i < n && IsHtmlSpace(s[i])) ++i;  // before attribute name
    if (i >= n) return false;
    if (s[i] == '>') {
      tag->end = i + 1;
      return true;
    }
    if (s[i] == '/') {  // self-closing start tag state; otherwise ignored
      if (i + 1 < n && s[i + 1] == '>') {
        tag->self_closing = true;
        tag->end = i + 2;
        return true;
      }
      ++i;
      continue;
    }
    AttributeSpan a;
    a.begin = i++;  // the first character starts the name, even '=', '"' or '<'
    while (i < n && !IsHtmlSpace(s[i]) && s[i] != '/' && s[i] != '>' && s[i] != '=') ++i;
    a.name_end = a.end = i;
    std::size_t j = i;
    while (j < n && IsHtmlSpace(s[j])) ++j;  // after attribute name
    if (j >= n) return false;
    if (s[j] == '=') {
      ++j;
      while (j < n && IsHtmlSpace(s[j])) ++j;  // before attribute value
      if (j >= n) return false;
      if (s[j] == '"' || s[j] == '\'') {
        const std::size_t close = s.find(s[j], j + 1);
        if (close == npos) return false;
        a.end = i = close + 1;
      } else if (s[j] == '>') {
        a.end = i = j;  // "name=>": an empty value
      } else {
        while (j < n && !IsHtmlSpace(s[j]) && s[j] != '>') ++j;
        if (j >= n) return false;
        a.end = i = j;
      }
    } else {
      i = j;  // no value: '/', '>' or the next attribute's name follows
    }
    if (tag->attribute_count++ < max_recorded) attributes->push_back(a);
  }
}

// The value of an attribute span, without its quotes; "" when it has none.
std::string_view ValueOf(std::string_view s, const AttributeSpan& a) {
  std::size_t i = a.name_end;
  while (i < a.end && IsHtmlSpace(s[i])) ++i;
  if (i >= a.end || s[i] != '=') return {};
  ++i;
  while (i < a.end && IsHtmlSpace(s[i])) ++i;
  std::string_view v = s.substr(i, a.end - i);
  if (!v.empty() && (v.front() == '"' || v.front() == '\'')) v = v.substr(1, v.size() - 2);
  return v;
}

// True when Gumbo gives an attribute value other than as written: it
// decodes character references, turns CR into LF and NUL into U+FFFD. One
// pass over the bytes: find_first_of would search its three characters
// once per byte of the value, and every kept value is asked.
bool GumboRewrites(std::string_view value) {
  return std::any_of(value.begin(), value.end(),
                     [](char c) { return c == '&' || c == '\r' || c == '\0'; });
}

// Attribute value `value` as Gumbo gives it (GumboRewrites()): numeric
// character references decoded (a semicolon or not; 0, a surrogate or past
// U+10FFFF as U+FFFD, 0x80-0x9F as windows-1252 reads them), the named ones
// of ASCII characters ("&amp;", "&lowbar;"; "&amp" and the other three
// legacy names without a semicolon unless a letter, digit or "=" follows),
// CR and CRLF as LF, NUL as U+FFFD. A named reference to another character
// ("&eacute;") stays as written: its table is Gumbo's, and ids compared with
// class names (HoldsOwnId()) end in ASCII letters and digits.
std::string GumboAttributeValue(std::string_view value) {
  static constexpr std::pair<std::string_view, char> kNamed[] = {
      {"Tab", '\t'},     {"NewLine", '\n'}, {"excl", '!'},     {"quot", '"'},
      {"QUOT", '"'},     {"num", '#'},      {"dollar", '$'},   {"percnt", '%'},
      {"amp", '&'},      {"AMP", '&'},      {"apos", '\''},    {"lpar", '('},
      {"rpar", ')'},     {"ast", '*'},      {"midast", '*'},   {"plus", '+'},
      {"comma", ','},    {"period", '.'},   {"sol", '/'},      {"colon", ':'},
      {"semi", ';'},     {"lt", '<'},       {"LT", '<'},       {"equals", '='},
      {"gt", '>'},       {"GT", '>'},       {"quest", '?'},    {"commat", '@'},
      {"lbrack", '['},   {"lsqb", '['},     {"bsol", '\\'},    {"rbrack", ']'},
      {"rsqb", ']'},     {"Hat", '^'},      {"lowbar", '_'},   {"UnderBar", '_'},
      {"grave", '`'},    {"DiacriticalGrave", '`'},            {"lbrace", '{'},
      {"lcub", '{'},     {"verbar", '|'},   {"vert", '|'},     {"VerticalLine", '|'},
      {"rbrace", '}'},   {"rcub", '}'}};
  // What the HTML standard reads 0x80-0x9F as in a numeric reference; 0 for
  // the five it leaves as they are.
  static constexpr char16_t kC1[32] = {
      0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
  constexpr char32_t kReplacement = 0xFFFD, kMaxCodePoint = 0x10FFFF;
  std::string out;
  out.reserve(value.size());
  for (std::size_t i = 0; i < value.size(); ++i) {
    const char c = value[i];
    if (c == '\r') {
      out += '\n';
      if (i + 1 < value.size() && value[i + 1] == '\n') ++i;
      continue;
    }
    if (c == '\0') {
      AppendUtf8(kReplacement, &out);
      continue;
    }
    if (c != '&') {
      out += c;
      continue;
    }
    std::size_t e = i + 1;
    if (e < value.size() && value[e] == '#') {
      const bool hex = e + 1 < value.size() && (value[e + 1] | 0x20) == 'x';
      e += hex ? 2 : 1;
      const std::size_t digits = e;
      char32_t cp = 0;
      for (; e < value.size(); ++e) {
        const char d = value[e];
        int v = -1;
        if (IsAsciiDigit(d)) v = d - '0';
        if (hex && (d | 0x20) >= 'a' && (d | 0x20) <= 'f') v = (d | 0x20) - 'a' + 10;
        if (v < 0) break;
        cp = std::min<char32_t>(cp * (hex ? 16 : 10) + static_cast<char32_t>(v), kMaxCodePoint + 1);
      }
      if (e == digits) {  // "&#" or "&#x" and no digit: no reference
        out += c;
        continue;
      }
      if (cp == 0 || cp > kMaxCodePoint || (cp >= 0xD800 && cp <= 0xDFFF)) cp = kReplacement;
      if (cp >= 0x80 && cp <= 0x9F && kC1[cp - 0x80] != 0) cp = kC1[cp - 0x80];
      AppendUtf8(cp, &out);
      i = e < value.size() && value[e] == ';' ? e : e - 1;
      continue;
    }
    while (e < value.size() && IsAsciiAlnum(value[e])) ++e;
    const std::string_view name = value.substr(i + 1, e - i - 1);
    const bool semicolon = e < value.size() && value[e] == ';';
    bool decoded = false;
    for (const auto& [known, ch] : kNamed) {
      if (semicolon && name == known) {
        out += ch;
        i = e;
        decoded = true;
        break;
      }
    }
    if (decoded) continue;
    // A legacy name without a semicolon, read in a value unless a letter, a
    // digit or "=" follows it ("&amp=", "&ampx" stay as written).
    for (std::string_view legacy : {"amp", "AMP", "lt", "LT", "gt", "GT", "quot", "QUOT"}) {
      const std::size_t after = i + 1 + legacy.size();
      if (value.compare(i + 1, legacy.size(), legacy) == 0 &&
          (after == value.size() || (!IsAsciiAlnum(value[after]) && value[after] != '='))) {
        for (const auto& [known, ch] : kNamed) {
          if (known == legacy) out += ch;
        }
        i = after - 1;
        decoded = true;
        break;
      }
    }
    if (!decoded) out += c;
  }
  return out;
}

// True when a style says what the segmenter reads of it (ReadStyleShowing):
// display:none, or a visibility, hidden or the visible that shows a hidden
// element's descendant again.
bool SaysShowing(std::string_view style) {
  const StyleShowing showing = ReadStyleShowing(style);
  return showing.display_none || showing.visibility != StyleVisibility::kUnset;
}

// True when s[begin, end) equals `lower` ignoring ASCII case.
bool NameIs(std::string_view s, std::size_t begin, std::size_t end, std::string_view lower) {
  return end - begin == lower.size() && MatchesAt(s, begin, lower);
}

// The first value of the attribute named `lower`, as the tokenizer keeps the
// first of duplicates.
std::string_view AttributeValue(std::string_view s, const std::vector<AttributeSpan>& attributes,
                                std::string_view lower) {
  for (const AttributeSpan& a : attributes) {
    if (NameIs(s, a.begin, a.name_end, lower)) return ValueOf(s, a);
  }
  return {};
}
enum class Content { kNormal, kScript, kStyle, kKeep, kPlaintext };

// What the content of a start tag `tag` is to the tokenizer. `type` is the
// tag's type attribute, lower case, white space normalized.
Content ContentOf(GumboTag tag, std::string_view type) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
      return type == "application/ld+json" ? Content::kKeep : Content::kScript;
    case GUMBO_TAG_STYLE:
      return Content::kStyle;
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_TITLE: case GUMBO_TAG_XMP: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_NOEMBED: case GUMBO_TAG_NOFRAMES:
      return Content::kKeep;  // RCDATA/RAWTEXT: copied whole, so "<script" inside stays text
    case GUMBO_TAG_PLAINTEXT:
      return Content::kPlaintext;
    default:
      return Content::kNormal;
  }
}

// Where the comment starting at `at` ("<!--") ends, one past its close.
std::size_t CommentEnd(std::string_view s, std::size_t at) {
  if (s.compare(at + 4, 1, ">") == 0) return at + 5;   // "<!-->"
  if (s.compare(at + 4, 2, "->") == 0) return at + 6;  // "<!--->"
  std::size_t from = at + 4;
  for (;;) {
    const std::size_t dashes = s.find("--", from);
    if (dashes == std::string_view::npos) return s.size();
    if (s.compare(dashes + 2, 1, ">") == 0) return dashes + 3;
    if (s.compare(dashes + 2, 2, "!>") == 0) return dashes + 4;
    from = dashes + 1;
  }
}

// Limits of the strip pass, each with its reason.
//
// Attributes of one tag that reach the parser: Gumbo compares each new
// attribute with all earlier ones of its tag, so a tag with a million
// attributes keeps it busy for minutes. Real tags have a few dozen.
constexpr std::size_t kMaxAttributesPerTag = 256;
// Elements open inside one inline <svg> that the pass follows to find its
// end; deeper SVG is left to the parser (and to the nesting limit).
constexpr std::size_t kMaxSvgDepth = 256;

// SVG's own elements, which the tree builder puts inside the <svg> whatever
// the insertion mode. Not foreignObject (an HTML integration point) nor
// script, nor any HTML element that breaks out of foreign content.
bool IsSvgElement(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "a", "animate", "animatecolor", "animatemotion", "animatetransform", "circle", "clippath",
      "defs", "desc", "ellipse", "feblend", "fecolormatrix", "fecomponenttransfer",
      "fecomposite", "feconvolvematrix", "fediffuselighting", "fedisplacementmap",
      "fedistantlight", "fedropshadow", "feflood", "fefunca", "fefuncb", "fefuncg", "fefuncr",
      "fegaussianblur", "feimage", "femerge", "femergenode", "femorphology", "feoffset",
      "fepointlight", "fespecularlighting", "fespotlight", "fetile", "feturbulence", "filter",
      "g", "image", "line", "lineargradient", "marker", "mask", "metadata", "mpath", "path",
      "pattern", "polygon", "polyline", "radialgradient", "rect", "set", "stop", "style", "svg",
      "switch", "symbol", "text", "textpath", "title", "tspan", "use", "view"};
  for (std::string_view n : kNames) {
    if (n == name) return true;
  }
  return false;
}

// Where a bogus comment, a doctype or "<?...>" starting at `at` ends: one
// past the next '>', or npos.
std::size_t DeclarationEnd(std::string_view s, std::size_t at) {
  const std::size_t gt = s.find('>', at + 2);
  return gt == std::string_view::npos ? gt : gt + 1;
}

// Where the content of the <svg> whose start tag ends at `from` ends: one
// past the end tag that closes the <svg>, read as the tree builder reads
// foreign content. npos when the content holds anything whose effect reaches
// outside the <svg> or depends on where the <svg> stands: an HTML element,
// a start tag inside <title> or <desc>, an end tag that closes no element
// of the <svg>, markup nested deeper than kMaxSvgDepth, or the end of input.
// `*stop` is where the scan stopped; *has_link is set when an <a> starts
// inside.
std::size_t SvgEnd(std::string_view s, std::size_t from, std::size_t* stop, bool* has_link) {
  constexpr std::size_t npos = std::string_view::npos;
  std::vector<std::string> open = {"svg"};
  TagToken tag;
  std::vector<AttributeSpan> none;
  std::size_t i = from;
  for (;;) {
    *stop = i;
    i = s.find('<', i);
    if (i == npos || i + 1 >= s.size()) return npos;
    *stop = i;
    const char next = s[i + 1];
    if (s.compare(i, 4, "<!--") == 0) {
      i = CommentEnd(s, i);
    } else if (s.compare(i, 9, "<![CDATA[") == 0) {  // text, in foreign content
      const std::size_t close = s.find("]]>", i + 9);
      if (close == npos) return npos;
      i = close + 3;
    } else if (next == '!' || next == '?') {
      if ((i = DeclarationEnd(s, i)) == npos) return npos;
    } else if (next == '/') {
      if (i + 2 >= s.size()) return npos;
      if (s[i + 2] == '>') {
        i += 3;
      } else if (!IsAsciiAlpha(s[i + 2])) {
        if ((i = DeclarationEnd(s, i)) == npos) return npos;
      } else {
        if (!ScanTag(s, i + 2, 0, &tag, &none)) return npos;
        const std::string name = AsciiLower(s.substr(i + 2, tag.name_end - i - 2));
        std::size_t k = open.size();
        while (k > 0 && open[k - 1] != name) --k;
        if (k == 0) return npos;  // the tree builder would look outside the <svg>
        open.resize(k - 1);
        i = tag.end;
        if (open.empty()) return i;
      }
    } else if (IsAsciiAlpha(next)) {
      if (!ScanTag(s, i + 1, 0, &tag, &none)) return npos;
      std::string name = AsciiLower(s.substr(i + 1, tag.name_end - i - 1));
      if (!IsSvgElement(name) || open.back() == "title" || open.back() == "desc") return npos;
      if (name == "a") *has_link = true;
      if (!tag.self_closing) {
        if (open.size() >= kMaxSvgDepth) return npos;
        open.push_back(std::move(name));
      }
      i = tag.end;
    } else {
      ++i;  // a '<' of text
    }
  }
}

// True when the page has a <frameset> start tag anywhere.
bool HasFrameset(std::string_view s) {
  for (std::size_t i = s.find('<'); i != std::string_view::npos; i = s.find('<', i + 1)) {
    if (i + 9 < s.size() && MatchesAt(s, i + 1, "frameset") && EndsTagName(s[i + 9])) {
      return true;
    }
  }
  return false;
}

std::atomic<bool> g_pruning{true};

// 64-bit FNV-1a of `text`, lower-cased when `lower`.
std::uint64_t Hash64(std::string_view text, bool lower, std::uint64_t h = 14695981039346656037u) {
  for (char c : text) {
    h = (h ^ static_cast<unsigned char>(lower ? AsciiToLower(c) : c)) * 1099511628211u;
  }
  return h;
}

// A 64-bit finalizer (splitmix64's): each bit of the result depends on all
// bits of `x`, so a sum of mixed values does not cancel out.
std::uint64_t Mix(std::uint64_t x) {
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9u;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebu;
  return x ^ (x >> 31);
}

// One attribute's part of a hash of a set of attributes, from the hashes of
// its name and value: a sum of such parts does not depend on their order.
std::uint64_t AttributeHash(std::uint64_t name, std::uint64_t value) {
  return Mix(name ^ Mix(value));
}

// The strip pass over one page. Copies the input in runs, between the
// pieces it drops or rewrites.
class Stripper {
 public:
  Stripper(std::string_view s, TagCounts* counts, const StripOptions& options)
      : s_(s),
        c_(*counts),
        options_(options),
        open_elements_(options.max_nesting_depth, options.max_elements) {
    out_.reserve(s.size() / 2);
  }

  std::string Run() {
    constexpr std::size_t npos = std::string_view::npos;
    std::size_t i = 0;
    while ((i = s_.find('<', i)) != npos) {
      if (i + 1 >= s_.size()) break;
      const char next = s_[i + 1];
      if (next == '!' && s_.compare(i, 9, "<![CDATA[") == 0) {
        ++i;  // text in HTML, a CDATA section in SVG or MathML: read on as text either way
        continue;
      }
      if (next != '!' && next != '?' && next != '/' && !IsAsciiAlpha(next)) {
        ++i;  // a '<' of text
        continue;
      }
      if (i > text_begin_) open_elements_.Text();
      CollapseSpace(text_begin_, i);  // markup ends the text before it
      if (s_.compare(i, 4, "<!--") == 0) {
        Drop(i, CommentEnd(s_, i));
        i = copied_;
      } else if (next == '!' || next == '?') {  // a doctype or a bogus comment: copied
        i = DeclarationEnd(s_, i);
      } else if (next == '/') {
        i = EndTag(i);
      } else {
        i = StartTag(i);
      }
      if (i == npos) break;
      text_begin_ = i;
    }
    out_.append(s_, copied_, npos);
    return std::move(out_);
  }

 private:
  // Copies what comes before `from`, and skips s_[from, to).
  void Drop(std::size_t from, std::size_t to) {
    out_.append(s_, copied_, from - copied_);
    copied_ = to;
  }

  // Keeps only the first character of s_[from, to) when it is white space
  // and nothing else: outside <pre> and <listing>, pith reads a run of white
  // space as one space, and one white space character keeps the text node a
  // white space node wherever Gumbo puts it. Not inside <math>, nor anywhere
  // after a <pre> whose end the pass cannot be sure of.
  void CollapseSpace(std::size_t from, std::size_t to) {
    if (!pruning_ || to - from < 2 || pre_open_ > 0 || pre_unsure_ || math_depth_ > 0) return;
    for (std::size_t k = from; k < to; ++k) {
      if (!IsHtmlSpace(s_[k])) return;
    }
    Drop(from + 1, to);
  }

  // Follows the start tags of <pre> and <listing>, inside which white space
  // is kept (EndTag() follows their end tags). Their end tag may be ignored
  // (a table, a cell, <select>, <template>, ... opened inside them): then the
  // rest of the page keeps its white space.
  void TrackPreStart(GumboTag tag) {
    switch (tag) {
      case GUMBO_TAG_PRE: case GUMBO_TAG_LISTING:
        ++pre_open_;
        break;
      case GUMBO_TAG_APPLET: case GUMBO_TAG_CAPTION: case GUMBO_TAG_HTML: case GUMBO_TAG_TABLE:
      case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_MARQUEE: case GUMBO_TAG_OBJECT:
      case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SELECT: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH:
      case GUMBO_TAG_MI: case GUMBO_TAG_MO: case GUMBO_TAG_MN: case GUMBO_TAG_MS:
      case GUMBO_TAG_MTEXT: case GUMBO_TAG_ANNOTATION_XML: case GUMBO_TAG_FOREIGNOBJECT:
      case GUMBO_TAG_DESC: case GUMBO_TAG_TITLE:
        if (pre_open_ > 0) pre_unsure_ = true;
        break;
      default:
        break;
    }
  }

  // Handles the "</" at `at`; returns where to read on, or npos at the end.
  std::size_t EndTag(std::size_t at) {
    if (at + 2 >= s_.size()) return at + 2;
    if (s_[at + 2] == '>') return at + 3;  // "</>" is nothing
    if (!IsAsciiAlpha(s_[at + 2])) return DeclarationEnd(s_, at);
    if (!ScanTag(s_, at + 2, 0, &tag_, &attributes_)) return std::string_view::npos;
    open_elements_.End(gumbo_tagn_enum(s_.data() + tag_.name_begin,
                                       static_cast<unsigned>(tag_.name_end - tag_.name_begin)));
    if (math_depth_ > 0 && NameIs(s_, tag_.name_begin, tag_.name_end, "math")) --math_depth_;
    if (noscript_open_ > 0 && NameIs(s_, tag_.name_begin, tag_.name_end, "noscript")) {
      --noscript_open_;
    }
    if (pre_open_ > 0 && (NameIs(s_, tag_.name_begin, tag_.name_end, "pre") ||
                          NameIs(s_, tag_.name_begin, tag_.name_end, "listing"))) {
      --pre_open_;
    }
    // An end tag's attributes mean nothing, but Gumbo reads them all.
    if (pruning_ && tag_.end != tag_.name_end + 1) {
      Drop(at, tag_.end);
      out_.append("</").append(s_, tag_.name_begin, tag_.name_end - tag_.name_begin);
      out_.push_back('>');
    }
    return tag_.end;
  }

  // Handles the start tag at `at`; returns where to read on, or npos when
  // the rest of the input is text.
  std::size_t StartTag(std::size_t at) {
    constexpr std::size_t npos = std::string_view::npos;
    if (!ScanTag(s_, at + 1, pruning_ ? kMaxAttributesPerTag : npos, &tag_, &attributes_)) {
      return npos;
    }
    const std::size_t tag_end = tag_.end;
    const GumboTag tag =
        gumbo_tagn_enum(s_.data() + at + 1, static_cast<unsigned>(tag_.name_end - at - 1));
    const std::size_t reopened = open_elements_.reopened();
    open_elements_.Start(tag, tag_.self_closing,
                         IsFormattingElement(tag) ? AttributesKey() : 0);
    c_.start_tags += 1 + open_elements_.reopened() - reopened;
    c_.max_open = std::max(c_.max_open, open_elements_.depth());
    const std::string type =
        tag == GUMBO_TAG_SCRIPT
            ? NormalizeSpace(AsciiLower(AttributeValue(s_, attributes_, "type")))
            : std::string();
    const Content content = ContentOf(tag, type);
    if (content == Content::kPlaintext) return npos;  // the rest is text: copy it
    const std::size_t script_end = content == Content::kScript ? FindScriptEnd(s_, tag_end) : npos;
    if (content == Content::kScript && script_end != npos) {
      const std::size_t after = DroppableScriptEnd(at, script_end);
      if (after != npos) {
        Drop(at, after);
        return after;
      }
    }
    if (pruning_) {
      if (tag == GUMBO_TAG_MATH) {
        seen_math_ = true;
        if (!tag_.self_closing) ++math_depth_;
      }
      PruneAttributes(at, tag);
      TrackPreStart(tag);
    }
    if (content == Content::kNormal) {
      if (tag == GUMBO_TAG_NOSCRIPT && !tag_.self_closing) ++noscript_open_;
      if (tag == GUMBO_TAG_SVG && !tag_.self_closing) return SkipSvg(at, tag_end);
      return tag_end;
    }
    const std::size_t body_end =
        content == Content::kScript ? script_end
        : tag == GUMBO_TAG_IFRAME   ? FindFrameEnd(tag_end)
                                    : FindEndTag(s_, tag_end, gumbo_normalized_tagname(tag));
    if (tag == GUMBO_TAG_IFRAME && noscript_open_ > 0) {
      if (const std::size_t end = FrameEndInNoscript(tag_end, body_end); end != npos) {
        Drop(tag_end, end);
        out_.append("</iframe>");
        return end;
      }
    }
    if (content == Content::kKeep) return body_end == npos ? s_.size() : body_end;
    // Script or style: keep the start tag, drop the body, keep the end tag.
    if (body_end == npos) {  // unclosed: the rest was the element's text
      Drop(std::max(copied_, tag_end), s_.size());
      return npos;
    }
    Drop(std::max(copied_, tag_end), body_end);
    return body_end;
  }

  // Where "</iframe" starts at or after `from`, or npos. The last answer is
  // kept: an <iframe> that "</noscript>" ends (FrameEndInNoscript) lets the
  // pass read on, and a page of such frames would otherwise be searched to
  // its end once per frame.
  std::size_t FindFrameEnd(std::size_t from) {
    if (from < frame_end_from_ || from > frame_end_) {
      frame_end_from_ = from;
      frame_end_ = FindEndTag(s_, from, "iframe");
    }
    return frame_end_;
  }

  // Where the "</noscript" that ends an <iframe> left open inside a
  // <noscript> starts (a tag manager's "<iframe ... />", whose "/>" closes
  // nothing; the caller checks that a noscript is open), or npos. A browser
  // running scripts reads a noscript's content as text, so the page goes on
  // after "</noscript>"; a parser reading it as markup takes everything up
  // to "</iframe>", or the rest of the page, as the frame's text. `body_end`
  // is where "</iframe" starts, or npos.
  std::size_t FrameEndInNoscript(std::size_t tag_end, std::size_t body_end) const {
    const std::string_view frame = s_.substr(0, body_end);
    return FindEndTag(frame, tag_end, "noscript");
  }

  // Where a script element (not JSON-LD) starting at `at`, whose body ends
  // at `body_end`, ends when it can go whole, or npos. pith never reads one,
  // and where only white space stands on either side of it the tree keeps
  // the same elements and text without it: the white space on both sides
  // becomes one text node, as pith would read it anyway. Not in <pre> or
  // <listing>, whose first newline Gumbo drops, nor inside <math>.
  std::size_t DroppableScriptEnd(std::size_t at, std::size_t body_end) const {
    constexpr std::size_t npos = std::string_view::npos;
    if (!pruning_ || math_depth_ > 0 || pre_open_ > 0 || pre_unsure_) return npos;
    for (std::size_t k = text_begin_; k < at; ++k) {
      if (!IsHtmlSpace(s_[k])) return npos;
    }
    TagToken end_tag;
    std::vector<AttributeSpan> none;
    if (!ScanTag(s_, body_end + 2, 0, &end_tag, &none)) return npos;
    for (std::size_t k = end_tag.end; k < s_.size() && s_[k] != '<'; ++k) {
      if (!IsHtmlSpace(s_[k])) return npos;
    }
    return end_tag.end;
  }

  // Rewrites the start tag at `at` (scanned into tag_) without the attributes
  // pith never reads, when it has any, and with shorter class values (see
  // ShortClass()). Inside <math> only the cap applies.
  void PruneAttributes(std::size_t at, GumboTag tag) {
    const bool in_math = math_depth_ > 0;
    if (in_math && tag_.attribute_count <= kMaxAttributesPerTag) return;
    // Gumbo keeps three equal formatting elements to open again, and equal
    // means equal attributes, all of them: their dropped attributes leave a
    // fingerprint. Three equal <a>s are never open at once: a new <a> closes
    // the last one.
    const bool formatting = !in_math && tag != GUMBO_TAG_A && IsFormattingElement(tag);
    const ElementFacts facts = StartTagFacts(tag);
    // A button with no aria-expanded yet may be an FAQ's question whose
    // script adds it (the segmenter tells which: IsQuestionsButton).
    if (facts.disclosure || tag == GUMBO_TAG_BUTTON) NoteClosedPanels(!facts.disclosure);
    if (!in_math) NoteDescriptionIds();
    static_assert(kAttributeCount <= 64, "one bit per listed attribute");
    std::uint64_t seen = 0;
    kept_.clear();
    dropped_.clear();
    bool changed = tag_.attribute_count > attributes_.size();
    for (const AttributeSpan& a : attributes_) {
      const std::string_view attr_name = s_.substr(a.begin, a.name_end - a.begin);
      if (in_math) {
        kept_.push_back({a, nullptr});
        continue;
      }
      if (options_.keep_crawler_reads && tag == GUMBO_TAG_A && EqualsIgnoreCase(attr_name, "xlink:href")) {
        kept_.push_back({a, nullptr});  // an SVG 1.1 link, which Gumbo names href inside an <svg>
        continue;
      }
      if (std::optional<Attribute> listed = FindAttribute(attr_name)) {
        const std::uint64_t bit = std::uint64_t{1} << static_cast<unsigned>(*listed);
        if (seen & bit) {  // Gumbo keeps the first of duplicates
          changed = true;
          continue;
        }
        seen |= bit;
        if (KeptOn(*listed, tag, facts) ||
            (options_.keep_crawler_reads && CrawlerReads(*listed, tag))) {
          const std::string_view value = ValueOf(s_, a);
          if (*listed == Attribute::kClass) {
            // The id as Gumbo gives it, as blocks compares it with the
            // class's names (ClassHoldsOwnId()).
            std::string_view id = AttributeValue(s_, attributes_, "id");
            std::string decoded_id;
            if (GumboRewrites(id)) id = decoded_id = GumboAttributeValue(id);
            const std::string* short_class = ShortClass(value, id);
            kept_.push_back({a, short_class});
            changed |= short_class != nullptr;
            continue;
          }
          // Ids that give no hint go, but a panel's, a heading's and an
          // <input>'s (a toggle's check box, which a <label for> names).
          if ((*listed != Attribute::kId || IdHints(value) || IsClosedPanelId(value) ||
               IsHeadingTag(tag) || tag == GUMBO_TAG_INPUT) &&
              (*listed != Attribute::kDataRole || GumboRewrites(value) ||
               ClassifyAttributes({}, value, {}, {}) != 0) &&
              (*listed != Attribute::kStyle || GumboRewrites(value) || SaysShowing(value)) &&
              (*listed != Attribute::kTitle || GumboRewrites(value) || ReadIsoDatetime(value) > 0) &&
              !UnreadImageSource(*listed, value)) {
            kept_.push_back({a, nullptr});
            continue;
          }
        }
      }
      changed = true;
      if (formatting) dropped_.push_back({Hash64(attr_name, true), Hash64(ValueOf(s_, a), false)});
    }
    if (!changed) return;
    Drop(at, tag_.end);
    out_.push_back('<');
    out_.append(s_, tag_.name_begin, tag_.name_end - tag_.name_begin);
    for (const auto& [a, value] : kept_) {
      out_.push_back(' ');
      if (value == nullptr) {
        out_.append(s_, a.begin, a.end - a.begin);
      } else {
        out_.append(s_, a.begin, a.name_end - a.begin);
        const bool quoted = value->find(' ') != std::string::npos;
        out_.append(quoted ? "=\"" : "=").append(*value).append(quoted ? "\"" : "");
      }
    }
    if (!dropped_.empty()) AppendFingerprint();
    const bool spaced = !kept_.empty() || !dropped_.empty();
    out_.append(tag_.self_closing ? (spaced ? " />" : "/>") : ">");
  }

  // True when attribute `a` of value `value` is an image source pith does not
  // read (the sources are kept only on images): a data: URI in src, or a
  // source after one that gives an address (kImageSources, ImageAddress:
  // the image's address is the first's). An earlier source whose value
  // Gumbo rewrites (a character reference) may give another address than
  // written, and keeps the later ones.
  bool UnreadImageSource(Attribute a, std::string_view value) const {
    if (a == Attribute::kSrc) return value.compare(0, 5, "data:") == 0;
    if (std::find(std::begin(kImageSources), std::end(kImageSources), a) ==
        std::end(kImageSources)) {
      return false;
    }
    for (Attribute earlier : kImageSources) {
      if (earlier == a) return false;
      const std::string_view v = AttributeValue(s_, attributes_, NameOf(earlier));
      if (!GumboRewrites(v) && !ImageAddress(earlier, v).empty()) return true;
    }
    return false;
  }

  // The ElementFacts of the start tag in tag_, from its attributes as
  // written. A <link> or <meta> one of whose deciding values Gumbo rewrites
  // counts as read.
  ElementFacts StartTagFacts(GumboTag tag) const {
    bool rewritten = false;
    ElementFacts facts = FactsOf(tag, [&](Attribute name) -> std::optional<std::string_view> {
      for (const AttributeSpan& a : attributes_) {
        if (NameIs(s_, a.begin, a.name_end, NameOf(name))) {
          const std::string_view value = ValueOf(s_, a);
          rewritten |= GumboRewrites(value);
          return value;
        }
      }
      return std::nullopt;
    });
    if (rewritten && (tag == GUMBO_TAG_LINK || tag == GUMBO_TAG_META)) {
      facts.read_head_element = true;
    }
    return facts;
  }

  // A shorter class value that pith reads as it reads `value`, or nullptr to
  // keep `value`. pith reads a class for its hints (ClassifyAttributes(),
  // whose class part does not depend on the other attributes) and for which
  // elements share it. So each distinct value on the page gets a number, and
  // a value with hints keeps, before its number, the words that give them
  // ("nav-item-3" -> "nav 12") or else the class names; the result must give
  // the same hints, or `value` stays. Digits are no word. A value with a
  // character reference, CR or NUL, which Gumbo rewrites, is kept, and so
  // is one worded as a byline only by the block its BEM elements' names
  // give ("ProductMeta__Description": BemElementsOwnNames, kFlagMetaOfBlock),
  // and one naming a code's language ("language-js": CodeLanguageOfClass).
  // A value with a name holding the element's id `id` (HoldsOwnId(): Old
  // Reddit's "thing id-t1_kx8d7f2 comment") is read afresh for its element
  // and not remembered: no other element has it.
  const std::string* ShortClass(std::string_view value, std::string_view id) {
    if (!GumboRewrites(value) && ClassHoldsOwnId(value, id)) {
      return FillShortClass(value, id, &own_id_class_) ? &own_id_class_ : nullptr;
    }
    auto [it, added] = short_classes_.try_emplace(value);
    std::string& short_class = it->second;
    if (!added || GumboRewrites(value)) {
      return short_class.empty() ? nullptr : &short_class;
    }
    return FillShortClass(value, {}, &short_class) ? &short_class : nullptr;
  }

  // Sets `short_class` to ShortClass()'s value for `value` on an element of
  // id `id`; false (and `short_class` left empty) to keep `value`.
  bool FillShortClass(std::string_view value, std::string_view id, std::string* short_class) {
    short_class->clear();
    if (!CodeLanguageOfClass(value).empty()) return false;  // read as written
    const std::uint32_t hints = ClassifyAttributes(value, {}, {}, {});
    if ((hints & kHintMeta) && value.find("__") != std::string_view::npos &&
        !(ClassifyAttributes(BemElementsOwnNames(value), {}, {}, {}) & kHintMeta)) {
      return false;
    }
    // Values that differ only by names holding an element's own number
    // ("vc_custom_1683359410958", "post-1554") or id and give the same
    // hints are one template: one number. The key is built in a buffer kept
    // between calls: most values are of a template already numbered, and
    // their lookup allocates nothing.
    TemplateKey(value, id, hints, &template_key_);
    auto known = template_numbers_.find(template_key_);
    if (known == template_numbers_.end()) {
      known = template_numbers_
                  .emplace(template_key_, std::to_string(template_numbers_.size() + 1))
                  .first;
    }
    const std::string& number = known->second;
    if (hints == 0) {
      *short_class = number;
      return true;
    }
    for (bool words : {true, false}) {
      HintingParts(value, hints, words, &candidate_);
      candidate_ += number;
      if (candidate_.size() < value.size() && candidate_.find('"') == std::string::npos &&
          ClassifyAttributes(candidate_, {}, {}, {}) == hints) {
        short_class->assign(candidate_);
        return true;
      }
    }
    return false;
  }

  // Sets `key` to the template of class value `value` and its hints
  // `hints`: its names but those holding an element's own number
  // (IsNumberedClassName()) or id `id`, each followed by a space, or
  // `value` itself when every name does; then '|' and the hints.
  static void TemplateKey(std::string_view value, std::string_view id, std::uint32_t hints,
                          std::string* key) {
    key->clear();
    ForEachTemplateName(value, [&](std::string_view name) {
      key->append(name);
      *key += ' ';
    }, id);
    if (key->empty()) key->assign(value);
    *key += '|';
    char digits[std::numeric_limits<std::uint32_t>::digits10 + 1];
    const std::to_chars_result written = std::to_chars(std::begin(digits), std::end(digits), hints);
    key->append(digits, written.ptr);
  }

  // The parts of class value `value` (words: letter runs, split where a
  // lower-case letter meets an upper-case one; or else whole class names)
  // that each give some of `hints`, none other, and one not given by the
  // parts before them, each followed by a space, in `out`.
  void HintingParts(std::string_view value, std::uint32_t hints, bool words, std::string* out) {
    std::string& parts = *out;
    parts.clear();
    std::uint32_t given = 0;
    std::size_t i = 0;
    while (i < value.size()) {
      const std::size_t begin = i;
      if (words) {
        while (i < value.size() && IsAsciiAlpha(value[i]) &&
               !(i > begin && IsAsciiUpper(value[i]) && IsAsciiLower(value[i - 1]))) {
          ++i;
        }
      } else {
        while (i < value.size() && !IsHtmlSpace(value[i])) ++i;
      }
      if (i == begin) {
        ++i;  // a separator
        continue;
      }
      const std::string_view part = value.substr(begin, i - begin);
      auto [known, added] = part_hints_.try_emplace(part);
      if (added) known->second = ClassifyAttributes(part, {}, {}, {});
      const std::uint32_t part_hints = known->second;
      if ((part_hints & ~given) != 0 && (part_hints & ~hints) == 0) {
        parts.append(part).push_back(' ');
        given |= part_hints;
      }
    }
  }

  // The hints an id attribute gives; an id without any is dropped. Values
  // that Gumbo rewrites are kept, and a streamed part's ("S:2", "B:2").
  static bool IdHints(std::string_view value) {
    return GumboRewrites(value) || ClassifyAttributes({}, value, {}, {}) != 0 ||
           IsStreamedPartId(value);
  }

  // Notes the panels the disclosure button in tag_ opens when it is closed
  // (ForEachClosedPanelId), or, `unstated` (a button with no aria-expanded),
  // all it names in aria-controls: the segmenter tells each by its id, which
  // is kept on them though it gives no hints. Values Gumbo rewrites are not
  // compared as written: every id after them is kept.
  void NoteClosedPanels(bool unstated) {
    const std::string_view expanded =
        unstated ? std::string_view("false") : AttributeValue(s_, attributes_, "aria-expanded");
    const std::string_view controls = AttributeValue(s_, attributes_, "aria-controls");
    if (GumboRewrites(expanded) || GumboRewrites(controls)) {
      keep_every_id_ = keep_every_id_ || !controls.empty();
      return;
    }
    ForEachClosedPanelId(expanded, controls,
                         [this](std::string_view id) { closed_panel_ids_.insert(id); });
  }

  bool IsClosedPanelId(std::string_view id) const {
    return keep_every_id_ || closed_panel_ids_.count(id) != 0;
  }

  // Notes the ids the element in tag_ names as its description or label
  // (aria-describedby, aria-labelledby): the segmenter reads the element
  // they name after it as its tooltip (IsTooltip), by its id, kept on it.
  void NoteDescriptionIds() {
    for (const char* name : {"aria-describedby", "aria-labelledby"}) {
      const std::string_view ids = AttributeValue(s_, attributes_, name);
      if (ids.empty()) continue;
      if (GumboRewrites(ids)) {
        keep_every_id_ = true;
        continue;
      }
      ForEachHtmlToken(ids, [this](std::string_view id) { closed_panel_ids_.insert(id); });
    }
  }

  // A number standing for the attributes of the tag in tag_, equal for equal
  // sets of (name, value) as the tree builder compares formatting elements.
  std::uint64_t AttributesKey() const {
    std::uint64_t sum = 0;
    for (const AttributeSpan& a : attributes_) {
      sum += AttributeHash(Hash64(s_.substr(a.begin, a.name_end - a.begin), true),
                           Hash64(ValueOf(s_, a), false));
    }
    return sum;
  }

  // An attribute standing for the dropped ones of a formatting element:
  // equal for equal sets of (name, value), as Gumbo compares them.
  void AppendFingerprint() {
    std::stable_sort(dropped_.begin(), dropped_.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::uint64_t sum = 0;
    for (std::size_t k = 0; k < dropped_.size(); ++k) {
      if (k > 0 && dropped_[k].first == dropped_[k - 1].first) continue;  // a duplicate
      sum += AttributeHash(dropped_[k].first, dropped_[k].second);
    }
    char hex[17];
    for (int d = 15; d >= 0; --d, sum >>= 4) hex[d] = "0123456789abcdef"[sum & 15];
    hex[16] = '\0';
    out_.append(" pith-dropped=").append(hex);
  }

  // After the start tag of an <svg> at `at`, ending at `tag_end`: drops the
  // <svg>'s content when nothing in it reaches outside it. Not inside <math>
  // (where an <svg> is a MathML element), nor on a page with a <frameset>
  // (whose fate depends on whether text came before it), nor, for the
  // crawler, when it holds a link.
  std::size_t SkipSvg(std::size_t at, std::size_t tag_end) {
    if (!pruning_ || seen_math_ || tag_end < svg_scanned_) return tag_end;
    if (has_frameset_ < 0) has_frameset_ = HasFrameset(s_) ? 1 : 0;
    if (has_frameset_) return tag_end;
    std::size_t stop = 0;
    bool has_link = false;
    const std::size_t end = SvgEnd(s_, tag_end, &stop, &has_link);
    if (end == std::string_view::npos) {
      svg_scanned_ = stop;  // the <svg>s up to there stop at the same place
      return tag_end;
    }
    if (has_link && options_.keep_crawler_reads) {
      // An <a href> (or SVG 1.1's xlink:href) in an <svg> is a link a
      // browser follows: the content stays for the crawler's link scan
      // (the segmenter never enters an <svg>), and the <svg>s in it too.
      svg_scanned_ = end;
      return tag_end;
    }
    if (copied_ <= at) out_.append(s_, copied_, tag_end - copied_);  // the start tag as it is
    copied_ = end;
    out_.append("</svg>");
    open_elements_.End(GUMBO_TAG_SVG);
    return end;
  }

  std::string_view s_;
  TagCounts& c_;
  const StripOptions options_;
  const bool pruning_ = g_pruning.load(std::memory_order_relaxed);
  std::string out_;
  std::size_t copied_ = 0;  // s_[copied_, i) is still to be copied
  OpenElements open_elements_;  // as the tree builder would have them open
  std::size_t math_depth_ = 0;
  std::size_t pre_open_ = 0;     // <pre> and <listing> start tags not yet ended
  std::size_t noscript_open_ = 0;  // <noscript> start tags not yet ended
  bool pre_unsure_ = false;      // a <pre> may have outlived its end tag
  std::size_t text_begin_ = 0;   // where the text before the next markup began
  bool seen_math_ = false;
  int has_frameset_ = -1;        // unknown until an <svg> asks
  std::size_t svg_scanned_ = 0;  // no <svg> before here is followed again
  // FindFrameEnd()'s last search: from where, and what it found.
  std::size_t frame_end_from_ = std::string_view::npos;
  std::size_t frame_end_ = 0;
  TagToken tag_;
  std::vector<AttributeSpan> attributes_;
  // Attributes passed on, each with its new value or nullptr to copy it.
  std::vector<std::pair<AttributeSpan, const std::string*>> kept_;
  // Class values by the value they stand for; "" to keep it.
  std::unordered_map<std::string_view, std::string> short_classes_;
  std::string own_id_class_;  // ShortClass()'s value for a value naming its element's id
  // The number of each template of class values and hints (TemplateKey()).
  std::unordered_map<std::string, std::string> template_numbers_;
  std::string template_key_;  // TemplateKey()'s buffer
  std::string candidate_;     // FillShortClass()'s buffer for a shorter value
  // The hints of words and class names of class values (HintingParts()).
  std::unordered_map<std::string_view, std::uint32_t> part_hints_;
  std::vector<std::pair<std::uint64_t, std::uint64_t>> dropped_;  // name and value hashes
  // Ids of the panels closed disclosure buttons open (NoteClosedPanels()),
  // and of elements others name as their description (NoteDescriptionIds()).
  std::unordered_set<std::string_view> closed_panel_ids_;
  bool keep_every_id_ = false;
};

}  // namespace

void SetMarkupPruning(bool on) { g_pruning.store(on, std::memory_order_relaxed); }

std::string StripRawText(std::string_view s, TagCounts* counts, const StripOptions& options) {
  TagCounts local;
  return Stripper(s, counts ? counts : &local, options).Run();
}

}  // namespace pith::internal
