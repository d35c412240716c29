// Text helpers: UTF-8 stepping and Unicode character classes, no ICU needed
// for these hot paths.
#include "base/utf8.h"

#include <array>

namespace pith::internal {

char32_t NextCodePoint(std::string_view s, std::size_t* pos) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t i = *pos;
  const std::size_t n = s.size();
  unsigned char c = p[i];
  if (c < 0x80) {
    *pos = i + 1;
    return c;
  }
  int len = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if ((c & 0xE0) == 0xC0) {
    len = 2, cp = c & 0x1F, min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3, cp = c & 0x0F, min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4, cp = c & 0x07, min = 0x10000;
  } else {
    *pos = i + 1;
    return 0xFFFD;
  }
  if (i + len > n) {
    *pos = i + 1;
    return 0xFFFD;
  }
  for (int k = 1; k < len; ++k) {
    unsigned char cc = p[i + k];
    if ((cc & 0xC0) != 0x80) {
      *pos = i + 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    *pos = i + 1;
    return 0xFFFD;
  }
  *pos = i + len;
  return cp;
}

char32_t PrevCodePoint(std::string_view s, std::size_t* pos) {
  if (*pos == 0) return 0;
  do {
    --*pos;
  } while (*pos > 0 && (static_cast<unsigned char>(s[*pos]) & 0xC0) == 0x80);
  std::size_t at = *pos;
  return NextCodePoint(s, &at);
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool IsUnspacedScript(char32_t cp) {
  return (cp >= 0x3040 && cp <= 0x30FF) ||   // Hiragana, Katakana
         (cp >= 0x3400 && cp <= 0x4DBF) ||   // CJK extension A
         (cp >= 0x4E00 && cp <= 0x9FFF) ||   // CJK unified ideographs
         (cp >= 0xF900 && cp <= 0xFAFF) ||   // CJK compatibility ideographs
         (cp >= 0x20000 && cp <= 0x2FA1F) || // CJK extensions B..
         (cp >= 0x0E00 && cp <= 0x0EFF) ||   // Thai, Lao
         (cp >= 0x1000 && cp <= 0x109F) ||   // Myanmar
         (cp >= 0x1780 && cp <= 0x17FF);     // Khmer
}

std::size_t CountCodePoints(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

namespace {

// What AppendCollapsed makes of a byte: ASCII white space is folded, a byte
// of a multi-byte sequence decoded, any other copied as it is. One table
// read a byte: most text is runs of plain ASCII.
enum ByteKind : unsigned char { kCopied, kAsciiSpace, kMultiByte };

constexpr std::array<unsigned char, 256> MakeByteKinds() {
  std::array<unsigned char, 256> kinds{};
  for (unsigned c = 0x80; c < 256; ++c) kinds[c] = kMultiByte;
  for (unsigned char c : {' ', '\t', '\n', '\r', '\f', '\v'}) kinds[c] = kAsciiSpace;
  return kinds;
}
constexpr std::array<unsigned char, 256> kByteKinds = MakeByteKinds();

unsigned char KindOf(char c) { return kByteKinds[static_cast<unsigned char>(c)]; }

}  // namespace

void AppendCollapsed(std::string_view text, std::string* out) {
  bool space = out->empty() || out->back() == ' ' || out->back() == '\n';
  std::size_t i = 0;
  while (i < text.size()) {
    const unsigned char kind = KindOf(text[i]);
    if (kind != kMultiByte) {
      if (kind == kAsciiSpace) {
        if (!space) out->push_back(' ');
        space = true;
        ++i;
        continue;
      }
      // A run of other ASCII characters, copied at once.
      std::size_t end = i + 1;
      while (end < text.size() && KindOf(text[end]) == kCopied) ++end;
      out->append(text, i, end - i);
      i = end;
      space = false;
      continue;
    }
    std::size_t start = i;
    char32_t cp = NextCodePoint(text, &i);
    if (IsSpace(cp)) {
      if (!space) out->push_back(' ');
      space = true;
    } else if (cp == kSoftHyphen) {
      // Not shown unless a line breaks there: the word reads whole.
    } else {
      out->append(text.substr(start, i - start));
      space = false;
    }
  }
}

void TrimTrailingSpaces(std::string* s) {
  while (!s->empty() && s->back() == ' ') s->pop_back();
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiToLower(c);
  return out;
}

std::string NormalizeSpace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  AppendCollapsed(s, &out);
  TrimTrailingSpaces(&out);
  return out;
}

std::string_view TrimAsciiSpace(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

bool EndsWithColon(std::string_view text) {
  const std::string_view t = TrimAsciiSpace(text);
  return (!t.empty() && t.back() == ':') ||
         (t.size() >= 3 && t.substr(t.size() - 3) == "\xEF\xBC\x9A");  // U+FF1A
}

bool EndsWithQuestionMark(std::string_view text) {
  const std::string_view t = TrimAsciiSpace(text);
  for (std::string_view mark : {"?", "\xEF\xBC\x9F", "\xD8\x9F"}) {  // U+FF1F, U+061F
    if (t.size() >= mark.size() && t.substr(t.size() - mark.size()) == mark) return true;
  }
  return false;
}

int JsonDepth(std::string_view s) {
  int depth = 0, max_depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      if (++depth > max_depth) max_depth = depth;
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return max_depth;
}

}  // namespace pith::internal
