// The bench metrics; see metrics.h.
#include "metrics.h"

#include <unicode/uchar.h>
#include <zlib.h>

#include <map>
#include <unordered_map>

#include "base/utf8.h"

namespace pith::bench {
namespace {

bool IsWordChar(char32_t cp) {
  if (cp == '_') return true;
  if (cp < 0x80) return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  const int8_t type = u_charType(static_cast<UChar32>(cp));
  switch (type) {
    case U_UPPERCASE_LETTER: case U_LOWERCASE_LETTER: case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER: case U_OTHER_LETTER:
      return true;
    default:
      return u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_NUMERIC_TYPE) != U_NT_NONE;
  }
}

bool IsPySpace(char32_t cp) {
  return (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20) || cp == 0x85 || cp == 0xA0 ||
         cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 ||
         cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

}  // namespace

std::vector<std::string> WordTokens(const std::string& text) {
  std::vector<std::string> tokens;
  std::string current;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t start = i;
    char32_t cp = internal::NextCodePoint(text, &i);
    if (IsWordChar(cp)) {
      current.append(text, start, i - start);
    } else if (!current.empty()) {
      tokens.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) tokens.push_back(std::move(current));
  return tokens;
}

namespace {

std::unordered_map<std::string, int> Shingles(const std::string& text) {
  constexpr std::size_t kShingle = 4;
  const std::vector<std::string> t = WordTokens(text);
  std::unordered_map<std::string, int> out;
  if (t.empty()) return out;
  auto key = [&](std::size_t from, std::size_t n) {
    std::string k;
    for (std::size_t i = from; i < from + n; ++i) {
      k += t[i];
      k.push_back('\x1f');
    }
    return k;
  };
  if (t.size() < kShingle) {
    ++out[key(0, t.size())];
    return out;
  }
  for (std::size_t i = 0; i + kShingle <= t.size(); ++i) ++out[key(i, kShingle)];
  return out;
}

}  // namespace

ShingleCounts CountShingles(const std::string& truth, const std::string& prediction) {
  const auto a = Shingles(truth);
  const auto b = Shingles(prediction);
  double tp = 0, fp = 0, fn = 0;
  for (const auto& [k, na] : a) {
    auto it = b.find(k);
    const int nb = it == b.end() ? 0 : it->second;
    tp += std::min(na, nb);
    fn += na > nb ? na - nb : 0;
  }
  for (const auto& [k, nb] : b) {
    auto it = a.find(k);
    const int na = it == a.end() ? 0 : it->second;
    fp += nb > na ? nb - na : 0;
  }
  const double total = tp + fp + fn;
  if (total == 0) return {};
  return {tp / total, fp / total, fn / total};
}

double ShinglePrecision(const ShingleCounts& c) {
  if (c.fp == 0 && c.fn == 0) return 1.0;
  if (c.tp == 0 && c.fp == 0) return 0.0;
  return c.tp / (c.tp + c.fp);
}

double ShingleRecall(const ShingleCounts& c) {
  if (c.fp == 0 && c.fn == 0) return 1.0;
  if (c.tp == 0 && c.fn == 0) return 0.0;
  return c.tp / (c.tp + c.fn);
}

Summary SummarizeShingles(const std::vector<ShingleCounts>& pages) {
  double ps = 0, rs = 0;
  int np = 0, nr = 0;
  for (const ShingleCounts& c : pages) {
    if (c.tp + c.fp > 0) ps += ShinglePrecision(c), ++np;
    if (c.tp + c.fn > 0) rs += ShingleRecall(c), ++nr;
  }
  Summary s;
  s.precision = np ? ps / np : 0;
  s.recall = nr ? rs / nr : 0;
  s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0;
  return s;
}

std::string PyNormalizeSpace(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t start = i;
    char32_t cp = internal::NextCodePoint(text, &i);
    if (IsPySpace(cp)) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.append(text, start, i - start);
  }
  return out;
}

std::string SiteHost(std::string_view url) {
  // urlsplit strips leading C0 controls and spaces.
  std::size_t i = 0;
  while (i < url.size() && static_cast<unsigned char>(url[i]) <= ' ') ++i;
  url.remove_prefix(i);
  // A scheme is a letter, then letters, digits, '+', '-' or '.', then ':'.
  std::size_t colon = 0;
  if (!url.empty() && internal::IsAsciiAlpha(url[0])) {
    std::size_t k = 1;
    while (k < url.size() &&
           (internal::IsAsciiAlnum(url[k]) || url[k] == '+' || url[k] == '-' || url[k] == '.')) {
      ++k;
    }
    if (k < url.size() && url[k] == ':') colon = k + 1;
  }
  url.remove_prefix(colon);
  if (url.substr(0, 2) != "//") return "";
  url.remove_prefix(2);
  std::string_view netloc = url.substr(0, url.find_first_of("/?#"));
  const std::size_t at = netloc.rfind('@');
  if (at != std::string_view::npos) netloc.remove_prefix(at + 1);
  std::string_view host;
  if (!netloc.empty() && netloc[0] == '[') {
    const std::size_t close = netloc.find(']');
    host = netloc.substr(1, close == std::string_view::npos ? std::string_view::npos : close - 1);
  } else {
    host = netloc.substr(0, netloc.find(':'));
  }
  std::string out = internal::AsciiLower(host);
  if (out.compare(0, 4, "www.") == 0) out.erase(0, 4);
  return out;
}

char SiteHalf(std::string_view url) {
  const std::string host = SiteHost(url);
  const uLong crc = crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(host.data()),
                          static_cast<uInt>(host.size()));
  return crc % 2 == 0 ? 'A' : 'B';
}

SegmentCounts CountSegments(const std::string& normalized_output,
                            const std::vector<std::string>& with,
                            const std::vector<std::string>& without) {
  SegmentCounts c;
  for (const std::string& w : with) {
    ++c.with_total;
    c.with_found += normalized_output.find(PyNormalizeSpace(w)) != std::string::npos;
  }
  for (const std::string& w : without) {
    ++c.without_total;
    c.without_found += normalized_output.find(PyNormalizeSpace(w)) != std::string::npos;
  }
  return c;
}

}  // namespace pith::bench
