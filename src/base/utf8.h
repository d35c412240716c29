// Text helpers shared by the stages: UTF-8 stepping, Unicode whitespace and
// punctuation classes, whitespace collapsing. No allocation beyond the output.
#ifndef PITH_SRC_UTF8_H_
#define PITH_SRC_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace pith::internal {

// Decodes the code point at s[*pos] and advances *pos past it. Invalid or
// truncated sequences yield U+FFFD and advance by one byte.
char32_t NextCodePoint(std::string_view s, std::size_t* pos);

// The code point that ends at `*pos` in `s`, with `*pos` moved back onto its
// first byte (0 when `*pos` is 0).
char32_t PrevCodePoint(std::string_view s, std::size_t* pos);

// Appends `cp` as UTF-8.
void AppendUtf8(char32_t cp, std::string* out);

// True for HTML and Unicode white space, including U+00A0 and U+3000.
// Inline: the segmenter asks it of every character of the page's text.
constexpr bool IsSpace(char32_t cp) {
  switch (cp) {
    case ' ': case '\t': case '\n': case '\r': case '\f': case '\v':
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029:
    case 0x202F: case 0x205F: case 0x3000: case 0xFEFF:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200B;
  }
}

// True for HTML's ASCII white space (space, tab, LF, FF, CR), which separates
// the tokens of class and itemtype. A byte test: never true inside a UTF-8
// sequence, unlike IsSpace on a byte (0x85 and 0xA0 are continuation bytes).
inline bool IsHtmlSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

// `s` without leading and trailing HTML white space (IsHtmlSpace): an
// attribute's value as HTML compares it (" Button ", "false\n").
inline std::string_view TrimHtmlSpace(std::string_view s) {
  while (!s.empty() && IsHtmlSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsHtmlSpace(s.back())) s.remove_suffix(1);
  return s;
}

// Calls f(token) for each token of `s` split on HTML white space
// (IsHtmlSpace), in order, as HTML splits class, itemtype and aria-controls
// values: runs of white space, leading and trailing ones too, separate and
// never make an empty token. Tokens are views into `s`.
template <typename F>
void ForEachHtmlToken(std::string_view s, F&& f) {
  const char* p = s.data();
  const char* const end = p + s.size();
  while (true) {
    while (p != end && IsHtmlSpace(*p)) ++p;
    if (p == end) return;
    const char* const begin = p;
    while (p != end && !IsHtmlSpace(*p)) ++p;
    f(std::string_view(begin, static_cast<std::size_t>(p - begin)));
  }
}

// True for the ASCII digits 0-9 (a byte test, as IsHtmlSpace).
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
// The value of hex digit `c` (0-9, a-f, A-F), or -1 when it is none.
inline int HexDigitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// ASCII letter classes and case of one byte, the same in every locale:
// <cctype>'s isalpha, isupper and tolower follow the process's LC_CTYPE (the
// Python binding's interpreter sets it from the environment: in a Latin-1
// locale the bytes of UTF-8's "é" are two letters) and are undefined for a
// negative char. A byte >= 0x80 is no letter here and folds to itself.
inline bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
inline bool IsAsciiAlpha(char c) { return IsAsciiUpper(c) || IsAsciiLower(c); }
inline bool IsAsciiAlnum(char c) { return IsAsciiAlpha(c) || IsAsciiDigit(c); }
inline char AsciiToLower(char c) { return IsAsciiUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }
inline char AsciiToUpper(char c) { return IsAsciiLower(c) ? static_cast<char>(c - 'a' + 'A') : c; }

// True for scripts written without spaces between words (Han, kana, Thai, ...),
// whose length in characters understates their length in words.
bool IsUnspacedScript(char32_t cp);

// True when `s` opens with the UTF-8 byte-order mark EF BB BF.
inline bool HasUtf8Bom(std::string_view s) { return s.substr(0, 3) == "\xEF\xBB\xBF"; }

// `s` without a UTF-8 byte-order mark at its start (unchanged without one).
inline std::string_view StripUtf8Bom(std::string_view s) {
  return HasUtf8Bom(s) ? s.substr(3) : s;
}

// Counts code points.
std::size_t CountCodePoints(std::string_view s);

// U+00AD SOFT HYPHEN (&shy;): where a word may break at a line's end, with
// a hyphen shown then and nothing otherwise.
inline constexpr char32_t kSoftHyphen = 0xAD;

// Appends `text` to `out`, collapsing every run of white space to one ASCII
// space, and never starting `out` with a space or doubling one at the seam.
// Soft hyphens (kSoftHyphen) go: text set for narrow columns marks every
// syllable with one ("Mit&shy;tel&shy;al&shy;ter"), and its words are the
// words read, searched and matched without them.
void AppendCollapsed(std::string_view text, std::string* out);

// Removes trailing ASCII spaces in place.
void TrimTrailingSpaces(std::string* s);

// `s` without leading and trailing ASCII white space (space, tab, CR, LF).
std::string_view TrimAsciiSpace(std::string_view s);

// True when `text` ends with a colon, ASCII or full-width (CJK), before any
// trailing white space: a label ("Weight:", "Contact:").
bool EndsWithColon(std::string_view text);

// True when `text` ends with a question mark, Latin, full-width or Arabic,
// before any trailing white space: a question ("Can I cancel?").
bool EndsWithQuestionMark(std::string_view text);

// Lower-cases ASCII letters.
std::string AsciiLower(std::string_view s);

// ASCII case-insensitive equality: AsciiLower(a) == AsciiLower(b) without
// building the strings (WARC and HTTP header names, JSON-LD keys, class
// names, attribute values). Only ASCII letters fold, whatever the process's
// locale. Inline: the hints ask it of class names of every element.
inline bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (AsciiToLower(a[i]) != AsciiToLower(b[i])) return false;
  }
  return true;
}

// The text with white space collapsed and trimmed: what scorers compare.
std::string NormalizeSpace(std::string_view s);

// Depth of JSON nesting, without parsing (strings and escapes skipped):
// checked before handing JSON to nlohmann's reader, which recurses on it.
int JsonDepth(std::string_view s);

}  // namespace pith::internal

#endif  // PITH_SRC_UTF8_H_
