// Stage 2b, strip: drop what Gumbo would parse and pith would never read.
#include "extract/rawtext.h"

#include <cstring>

#include "base/utf8.h"

namespace pith::internal {
namespace {

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool IsTagSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

// True for the characters that end a tag name: white space, '/' and '>'.
bool EndsTagName(char c) { return IsTagSpace(c) || c == '/' || c == '>'; }

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// True when `s` holds `word` (lower case) at `at`, ignoring ASCII case.
bool MatchesAt(std::string_view s, std::size_t at, std::string_view word) {
  if (at + word.size() > s.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k) {
    if (Lower(s[at + k]) != word[k]) return false;
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

// The end of the start tag beginning at `at` (one past its '>'), honouring
// quoted attribute values, or npos when the tag never closes.
std::size_t StartTagEnd(std::string_view s, std::size_t at) {
  bool after_equals = false;
  for (std::size_t i = at + 1; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '>') return i + 1;
    if (c == '=') {
      after_equals = true;
      continue;
    }
    if (after_equals && (c == '"' || c == '\'')) {
      const std::size_t close = s.find(c, i + 1);
      if (close == std::string_view::npos) return std::string_view::npos;
      i = close;
      after_equals = false;
      continue;
    }
    if (!IsTagSpace(c)) after_equals = false;
  }
  return std::string_view::npos;
}

// The value of the type attribute in a start tag's text, lower-cased.
std::string TypeAttribute(std::string_view tag) {
  const std::string lower = AsciiLower(tag);
  for (std::size_t at = lower.find("type"); at != std::string::npos;
       at = lower.find("type", at + 4)) {
    if (at == 0 || !IsTagSpace(lower[at - 1])) continue;
    std::size_t i = at + 4;
    while (i < lower.size() && IsTagSpace(lower[i])) ++i;
    if (i >= lower.size() || lower[i] != '=') continue;
    ++i;
    while (i < lower.size() && IsTagSpace(lower[i])) ++i;
    if (i >= lower.size()) return "";
    const char quote = lower[i];
    std::size_t end;
    if (quote == '"' || quote == '\'') {
      end = lower.find(quote, ++i);
    } else {
      end = i;
      while (end < lower.size() && !IsTagSpace(lower[end]) && lower[end] != '>') ++end;
    }
    return NormalizeSpace(lower.substr(i, end == std::string::npos ? std::string::npos : end - i));
  }
  return "";
}

enum class Content { kNormal, kScript, kStyle, kKeep, kPlaintext };

// What a start tag's content is to the tokenizer, and the name that ends it.
Content ContentOf(std::string_view name, std::string_view tag, std::string_view* end_name) {
  *end_name = name;
  if (name == "script") {
    return TypeAttribute(tag) == "application/ld+json" ? Content::kKeep : Content::kScript;
  }
  if (name == "style") return Content::kStyle;
  if (name == "textarea" || name == "title" || name == "xmp" || name == "iframe" ||
      name == "noembed" || name == "noframes") {
    return Content::kKeep;  // RCDATA/RAWTEXT: copied whole, so "<script" inside stays text
  }
  if (name == "plaintext") return Content::kPlaintext;
  return Content::kNormal;
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

// Elements that a later sibling or parent closes without an end tag, and
// void elements: they do not deepen the nesting that unclosed markup builds.
bool ClosesImplicitly(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "rtc",
      "tbody", "thead", "tfoot", "colgroup", "caption", "html", "head", "body", "area", "base",
      "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
      "param", "keygen", "image"};
  for (std::string_view n : kNames) {
    if (n == name) return true;
  }
  return false;
}

}  // namespace

std::string StripRawText(std::string_view s, TagCounts* counts) {
  TagCounts local;
  TagCounts& c = counts ? *counts : local;
  std::size_t open = 0;
  std::string out;
  out.reserve(s.size() / 2);
  std::size_t copied = 0;  // s[copied, i) is still to be copied
  std::size_t i = 0;
  while ((i = s.find('<', i)) != std::string_view::npos) {
    if (s.compare(i, 4, "<!--") == 0) {
      out.append(s, copied, i - copied);
      i = copied = CommentEnd(s, i);
      continue;
    }
    if (i + 2 < s.size() && s[i + 1] == '/' && IsAsciiAlpha(s[i + 2])) {
      if (open > 0) --open;  // an end tag: copied as it is
      ++i;
      continue;
    }
    if (i + 1 >= s.size() || !IsAsciiAlpha(s[i + 1])) {
      ++i;  // doctype and stray '<' are copied as they are
      continue;
    }
    const std::size_t tag_end = StartTagEnd(s, i);
    if (tag_end == std::string_view::npos) break;
    std::size_t name_end = i + 1;
    while (name_end < tag_end && !EndsTagName(s[name_end])) ++name_end;
    const std::string name = AsciiLower(s.substr(i + 1, name_end - i - 1));
    ++c.start_tags;
    std::string_view end_name;
    const Content content = ContentOf(name, s.substr(i, tag_end - i), &end_name);
    if (content == Content::kPlaintext) break;  // the rest is text: copy it
    if (content == Content::kNormal) {
      // Raw text elements (script, style, title, ...) always end with their
      // body, so only normal elements can stay open.
      const bool self_closing = s[tag_end - 2] == '/';
      if (!self_closing && !ClosesImplicitly(name) && ++open > c.max_open) c.max_open = open;
      i = tag_end;
      continue;
    }
    const std::size_t body_end = name == "script" ? FindScriptEnd(s, tag_end)
                                                  : FindEndTag(s, tag_end, end_name);
    if (content == Content::kKeep) {
      i = body_end == std::string_view::npos ? s.size() : body_end;
      continue;
    }
    // Script or style: keep the start tag, drop the body, keep the end tag.
    out.append(s, copied, tag_end - copied);
    if (body_end == std::string_view::npos) {
      copied = i = s.size();  // unclosed: the rest was the element's text
      break;
    }
    i = copied = body_end;
  }
  out.append(s, copied, std::string_view::npos);
  return out;
}

}  // namespace pith::internal
