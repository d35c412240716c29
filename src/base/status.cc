// Status::ToString, Printable() and the names of public enums.
#include "pith/article.h"
#include "pith/status.h"

#include "base/utf8.h"

namespace pith {

std::string Status::ToString() const {
  const char* name = "OK";
  switch (code_) {
    case Code::kOk: return "OK";
    case Code::kInvalidArgument: name = "invalid argument"; break;
    case Code::kIoError: name = "I/O error"; break;
    case Code::kFetchError: name = "fetch error"; break;
    case Code::kDecodeError: name = "decode error"; break;
    case Code::kTooLarge: name = "too large"; break;
    case Code::kTimeout: name = "timeout"; break;
    case Code::kUnsupportedType: name = "skipped"; break;
    case Code::kDisallowed: name = "skipped"; break;
    case Code::kCancelled: name = "cancelled"; break;
  }
  return std::string(name) + ": " + message_;
}

Status Status::WithContext(const std::string& context) const {
  if (ok()) return *this;
  Status s = *this;
  s.message_ = context + ": " + message_;
  return s;
}

std::string Printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x20 && byte != 0x7f) {
      out += c;
      continue;
    }
    switch (c) {
      case '\0': out += "\\0"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        out += "\\x";
        out += kHex[byte >> 4];
        out += kHex[byte & 0xf];
      }
    }
  }
  return out;
}

const char* BlockKindName(BlockKind kind) {
  switch (kind) {
    case BlockKind::kParagraph: return "paragraph";
    case BlockKind::kHeading: return "heading";
    case BlockKind::kListItem: return "list-item";
    case BlockKind::kQuote: return "quote";
    case BlockKind::kCode: return "code";
    case BlockKind::kTableCell: return "table-cell";
    case BlockKind::kCaption: return "caption";
  }
  return "paragraph";
}

const char* PageTypeName(PageType type) {
  switch (type) {
    case PageType::kArticle: return "article";
    case PageType::kForum: return "forum";
    case PageType::kProduct: return "product";
    case PageType::kService: return "service";
    case PageType::kDocumentation: return "documentation";
    case PageType::kListing: return "listing";
    case PageType::kCollection: return "collection";
    case PageType::kOther: return "other";
  }
  return "other";
}

bool ParsePageType(std::string_view name, PageType* type) {
  for (PageType t : kPageTypes) {
    if (internal::EqualsIgnoreCase(name, PageTypeName(t))) {
      *type = t;
      return true;
    }
  }
  return false;
}

}  // namespace pith
