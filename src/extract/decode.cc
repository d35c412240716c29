// Stage 2, decode: bytes -> UTF-8 with ICU converters and ICU's detector.
#include "extract/decode.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>

#include "base/bytes_text.h"
#include "extract/tuning.h"
#include "pith/pith.h"
#include "base/utf8.h"

namespace pith::internal {
namespace {

// WHATWG labels whose meaning differs from ICU's alias of the same name.
struct LabelMapping {
  std::string_view label;
  std::string_view encoding;
};
constexpr LabelMapping kLabelMappings[] = {
    {"ascii", "windows-1252"},        {"us-ascii", "windows-1252"},
    {"latin1", "windows-1252"},       {"l1", "windows-1252"},
    {"iso-8859-1", "windows-1252"},   {"iso8859-1", "windows-1252"},
    {"iso_8859-1", "windows-1252"},   {"iso-ir-100", "windows-1252"},
    {"cp1252", "windows-1252"},       {"cp819", "windows-1252"},
    {"x-cp1252", "windows-1252"},     {"ansi_x3.4-1968", "windows-1252"},
    {"iso-8859-9", "windows-1254"},   {"latin5", "windows-1254"},
    {"iso8859-9", "windows-1254"},    {"tis-620", "windows-874"},
    {"iso-8859-11", "windows-874"},   {"gb2312", "gb18030"},
    {"gbk", "gb18030"},               {"x-gbk", "gb18030"},
    {"gb_2312-80", "gb18030"},        {"chinese", "gb18030"},
    {"csgb2312", "gb18030"},          {"iso-ir-58", "gb18030"},
    {"gb18030", "gb18030"},           {"big5", "Big5-HKSCS"},
    {"big5-hkscs", "Big5-HKSCS"},     {"x-x-big5", "Big5-HKSCS"},
    {"cn-big5", "Big5-HKSCS"},        {"euc-kr", "windows-949"},
    {"ks_c_5601-1987", "windows-949"},{"windows-949", "windows-949"},
    {"korean", "windows-949"},        {"shift_jis", "windows-31j"},
    {"shift-jis", "windows-31j"},     {"sjis", "windows-31j"},
    {"ms932", "windows-31j"},         {"windows-31j", "windows-31j"},
    {"x-sjis", "windows-31j"},        {"ms_kanji", "windows-31j"},
    {"utf8", "UTF-8"},                {"utf-8", "UTF-8"},
    {"unicode-1-1-utf-8", "UTF-8"},   {"utf-16", "UTF-16LE"},
    {"utf-16le", "UTF-16LE"},         {"utf-16be", "UTF-16BE"},
    {"unicode", "UTF-16LE"},          {"ucs-2", "UTF-16LE"},
    {"iso-8859-8-i", "ISO-8859-8"},   {"x-mac-roman", "macintosh"},
    {"mac", "macintosh"},             {"macintosh", "macintosh"},
    {"x-mac-cyrillic", "x-mac-cyrillic"},
};

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

ConverterPtr OpenConverter(const std::string& name) {
  UErrorCode err = U_ZERO_ERROR;
  ConverterPtr conv(ucnv_open(name.c_str(), &err));
  if (U_FAILURE(err)) return nullptr;
  return conv;
}

bool IsUtf8Name(std::string_view name) { return name == "UTF-8"; }
bool IsUtf16Name(std::string_view name) { return name == "UTF-16LE" || name == "UTF-16BE"; }

// Counts of a UTF-8 validity scan.
struct Utf8Scan {
  std::size_t non_ascii = 0;  // valid multi-byte sequences
  std::size_t invalid = 0;    // bytes that start no valid sequence
};

Utf8Scan ScanUtf8(std::string_view s) {
  Utf8Scan scan;
  std::size_t i = 0;
  while (i < s.size()) {
    // Eight ASCII bytes at a time: most of a page is markup.
    std::uint64_t eight;
    while (i + 8 <= s.size() && (std::memcpy(&eight, s.data() + i, 8),
                                 (eight & 0x8080808080808080u) == 0)) {
      i += 8;
    }
    if (i >= s.size()) break;
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    std::size_t start = i;
    char32_t cp = NextCodePoint(s, &i);
    if (cp == 0xFFFD && i == start + 1) {
      ++scan.invalid;
    } else {
      ++scan.non_ascii;
    }
  }
  return scan;
}

// Valid UTF-8 with each invalid byte replaced by U+FFFD and NUL by U+FFFD.
std::string RepairUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c != 0 && c < 0x80) {
      out.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    std::size_t start = i;
    char32_t cp = NextCodePoint(s, &i);
    if (cp == 0 || (cp == 0xFFFD && i == start + 1)) {
      AppendUtf8(0xFFFD, &out);
    } else {
      out.append(s.substr(start, i - start));
    }
  }
  return out;
}

// Names a binary format by its magic bytes, or returns "" for text.
std::string_view BinaryKind(std::string_view b) {
  auto starts = [&](std::string_view magic) { return b.substr(0, magic.size()) == magic; };
  if (starts("%PDF-")) return "PDF document";
  if (starts("\x89PNG")) return "PNG image";
  if (starts("GIF87a") || starts("GIF89a")) return "GIF image";
  if (starts("\xFF\xD8\xFF")) return "JPEG image";
  if (starts(std::string_view("PK\x03\x04", 4))) return "ZIP archive";
  if (starts("\x7F" "ELF")) return "executable";
  if (starts("RIFF")) return "RIFF media";
  if (starts(std::string_view("\x00\x00\x01\x00", 4))) return "icon";
  return "";
}

// Guesses UTF-16 without a byte-order mark from the pattern of zero bytes.
std::string GuessUtf16(std::string_view b) {
  std::size_t n = std::min(b.size(), tuning::kSniffBytes) & ~std::size_t{1};
  if (n < 4) return "";
  std::size_t even_zero = 0, odd_zero = 0;
  for (std::size_t i = 0; i < n; i += 2) {
    even_zero += b[i] == 0;
    odd_zero += b[i + 1] == 0;
  }
  const std::size_t half = n / 2;
  if (odd_zero * 10 > half * 7 && even_zero * 10 < half) return "UTF-16LE";
  if (even_zero * 10 > half * 7 && odd_zero * 10 < half) return "UTF-16BE";
  return "";
}

// True when the first bytes hold many control characters, as binary data does.
bool LooksBinary(std::string_view b) {
  std::size_t n = std::min(b.size(), tuning::kSniffBytes);
  std::size_t control = 0;
  for (std::size_t i = 0; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(b[i]);
    control += c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B;
  }
  // One control byte is forgiven: in a snippet of a few bytes ("<p>a\0b</p>")
  // a single stray NUL would be a large share.
  return control > 1 && (control - 1) * tuning::kBinaryControlShareDenominator > n;
}

std::string DetectWithIcu(std::string_view bytes) {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, void (*)(UCharsetDetector*)> det(ucsdet_open(&err),
                                                                       ucsdet_close);
  if (U_FAILURE(err)) return "";
  int32_t len = static_cast<int32_t>(std::min(bytes.size(), tuning::kDetectBytes));
  ucsdet_enableInputFilter(det.get(), true);  // ignore markup
  ucsdet_setText(det.get(), bytes.data(), len, &err);
  const UCharsetMatch* match = ucsdet_detect(det.get(), &err);
  if (U_FAILURE(err) || match == nullptr) return "";
  const char* name = ucsdet_getName(match, &err);
  if (U_FAILURE(err) || name == nullptr) return "";
  std::string canonical = CanonicalEncoding(name);
  // UTF-16/32 without a byte-order mark was ruled out before; ICU guesses them on binary junk.
  if (canonical.empty() || IsUtf16Name(canonical) || canonical.rfind("UTF-32", 0) == 0) return "";
  return canonical;
}

Result<std::string> ConvertWithIcu(std::string_view bytes, const std::string& encoding) {
  ConverterPtr conv = OpenConverter(encoding);
  if (!conv) return Status::InvalidArgument("ICU cannot open encoding " + encoding);
  UErrorCode err = U_ZERO_ERROR;
  icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), conv.get(), err);
  if (U_FAILURE(err)) {
    return Status::DecodeError(std::string("cannot decode as ") + encoding + ": " +
                               u_errorName(err));
  }
  std::string out;
  text.toUTF8String(out);
  return RepairUtf8(out);  // NUL -> U+FFFD, as for UTF-8 input
}

}  // namespace

std::string CanonicalEncoding(std::string_view label) {
  std::string key = AsciiLower(NormalizeSpace(label));
  while (!key.empty() && (key.back() == '"' || key.back() == '\'')) key.pop_back();
  while (!key.empty() && (key.front() == '"' || key.front() == '\'')) key.erase(0, 1);
  if (key.empty() || key.size() > tuning::kMaxLabelChars) return "";
  for (const LabelMapping& m : kLabelMappings) {
    if (m.label == key) return std::string(m.encoding);
  }
  UErrorCode err = U_ZERO_ERROR;
  const char* name = ucnv_getCanonicalName(key.c_str(), "", &err);
  if (U_FAILURE(err) || name == nullptr) {
    err = U_ZERO_ERROR;
    name = ucnv_getAlias(key.c_str(), 0, &err);
  }
  if (U_FAILURE(err) || name == nullptr || !OpenConverter(key)) return "";
  return key;  // ICU knows the label itself, and opens it by that name
}

std::string CharsetFromContentType(std::string_view content_type) {
  std::string lower = AsciiLower(content_type);
  std::size_t at = lower.find("charset");
  if (at == std::string::npos) return "";
  at += 7;
  while (at < lower.size() && lower[at] == ' ') ++at;
  if (at >= lower.size() || lower[at] != '=') return "";
  ++at;
  while (at < lower.size() && (lower[at] == ' ' || lower[at] == '"' || lower[at] == '\'')) ++at;
  std::size_t end = at;
  while (end < lower.size() && lower[end] != ';' && lower[end] != ' ' && lower[end] != '"' &&
         lower[end] != '\'' && lower[end] != '>' && lower[end] != '/') {
    ++end;
  }
  return lower.substr(at, end - at);
}

std::string PrescanMetaCharset(std::string_view bytes) {
  std::string head = AsciiLower(bytes.substr(0, tuning::kMetaPrescanBytes));
  std::size_t at = 0;
  while ((at = head.find("<meta", at)) != std::string::npos) {
    std::size_t end = head.find('>', at);
    if (end == std::string::npos) break;
    std::string_view tag(head.data() + at, end - at);
    std::string charset = CharsetFromContentType(tag);
    if (!charset.empty()) return charset;
    at = end;
  }
  return "";
}

Result<Decoded> DecodeToUtf8(std::string_view bytes, std::string_view content_type,
                             std::string_view override_label) {
  std::string encoding;
  if (!override_label.empty()) {
    encoding = CanonicalEncoding(override_label);
    if (encoding.empty()) {
      return Status::InvalidArgument("unknown encoding '" + Printable(override_label) + "'");
    }
  }
  // A byte-order mark outranks every declaration.
  if (encoding.empty()) {
    if (HasUtf8Bom(bytes)) {
      encoding = "UTF-8";
    } else if (bytes.substr(0, 2) == "\xFF\xFE") {
      encoding = "UTF-16LE";
    } else if (bytes.substr(0, 2) == "\xFE\xFF") {
      encoding = "UTF-16BE";
    } else {
      encoding = GuessUtf16(bytes);
    }
  }
  if (encoding.empty() || !IsUtf16Name(encoding)) {
    std::string_view kind = BinaryKind(bytes);
    if (!kind.empty()) return Status::DecodeError("binary data (" + std::string(kind) + ")");
    if (LooksBinary(bytes)) return Status::DecodeError("binary data (control bytes)");
  }
  std::optional<Utf8Scan> scanned;  // of `bytes`, once made
  if (encoding.empty()) {
    const Utf8Scan scan = *(scanned = ScanUtf8(bytes));
    // Valid multi-byte UTF-8 is almost never an accident: trust it over a
    // legacy declaration. A few broken bytes in declared UTF-8 are repaired;
    // a declaration of UTF-8 that the bytes contradict is passed over, so a
    // lying HTTP header gives way to the page's <meta>.
    const bool utf8_valid = scan.invalid == 0;
    const bool utf8_mostly =
        scan.invalid * tuning::kUtf8InvalidShareDenominator <= scan.non_ascii;
    if (utf8_valid && scan.non_ascii > 0) encoding = "UTF-8";
    const std::string labels[] = {CharsetFromContentType(content_type), PrescanMetaCharset(bytes)};
    for (const std::string& label : labels) {
      if (!encoding.empty()) break;
      std::string declared = CanonicalEncoding(label);
      if (IsUtf16Name(declared)) declared = "UTF-8";  // an ASCII page cannot be UTF-16
      if (declared.empty() || (IsUtf8Name(declared) && !utf8_mostly)) continue;
      encoding = IsUtf8Name(declared) ? "UTF-8" : declared;
    }
    if (encoding.empty() && utf8_valid) encoding = "UTF-8";
    if (encoding.empty()) {
      encoding = DetectWithIcu(bytes);
      if (encoding.empty()) encoding = "windows-1252";
    }
  }
  Decoded out;
  out.encoding = encoding;
  std::string_view body = bytes;
  if (IsUtf8Name(encoding)) {
    body = StripUtf8Bom(body);  // valid: the scan of `bytes` holds for it
    // Nothing to repair in valid UTF-8 without NUL: copy it (the common case).
    const bool clean = (scanned ? *scanned : ScanUtf8(body)).invalid == 0 &&
                       std::memchr(body.data(), 0, body.size()) == nullptr;
    out.utf8 = clean ? std::string(body) : RepairUtf8(body);
    return out;
  }
  if (encoding == "UTF-16LE" && body.substr(0, 2) == "\xFF\xFE") body.remove_prefix(2);
  if (encoding == "UTF-16BE" && body.substr(0, 2) == "\xFE\xFF") body.remove_prefix(2);
  Result<std::string> converted = ConvertWithIcu(body, encoding);
  if (!converted.ok()) return converted.status();
  out.utf8 = std::move(converted).value();
  return out;
}

}  // namespace pith::internal

namespace pith {

bool IsKnownEncoding(std::string_view label) { return !internal::CanonicalEncoding(label).empty(); }

}  // namespace pith
