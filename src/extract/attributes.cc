// The attributes pith reads: the only code that touches Gumbo's attributes.
#include "extract/attributes.h"

#include <array>

namespace pith::internal {
namespace {

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

constexpr std::size_t kLongestName = 16;  // "http-equiv", "itemscope", ...

// The listed attributes by name length, for a lookup of a few comparisons.
struct ByLength {
  std::array<std::array<unsigned char, kAttributeCount>, kLongestName + 1> ids{};
  std::array<unsigned char, kLongestName + 1> count{};
  constexpr ByLength() {
    for (std::size_t i = 0; i < kAttributeCount; ++i) {
      const std::size_t n = kAttributeNames[i].size();
      ids[n][count[n]++] = static_cast<unsigned char>(i);
    }
  }
};

constexpr bool NamesFit() {
  for (std::string_view n : kAttributeNames) {
    if (n.empty() || n.size() > kLongestName) return false;
    for (char c : n) {
      if (c >= 'A' && c <= 'Z') return false;
    }
  }
  return true;
}
static_assert(NamesFit(), "attribute names are lower case and at most kLongestName bytes");

constexpr ByLength kByLength;

}  // namespace

std::optional<Attribute> FindAttribute(std::string_view name) {
  if (name.size() > kLongestName) return std::nullopt;
  const std::size_t n = name.size();
  for (unsigned k = 0; k < kByLength.count[n]; ++k) {
    const unsigned char id = kByLength.ids[n][k];
    const std::string_view listed = kAttributeNames[id];
    std::size_t i = 0;
    while (i < n && Lower(name[i]) == listed[i]) ++i;
    if (i == n) return static_cast<Attribute>(id);
  }
  return std::nullopt;
}

bool KeptOn(Attribute a, GumboTag tag, bool has_itemprop) {
  switch (a) {
    case Attribute::kHref:  // links, and the page's canonical, base and feed URLs
      return tag == GUMBO_TAG_A || tag == GUMBO_TAG_AREA || tag == GUMBO_TAG_LINK ||
             tag == GUMBO_TAG_BASE;
    case Attribute::kSrc: case Attribute::kDataSrc: case Attribute::kAlt:  // images
      return tag == GUMBO_TAG_IMG || tag == GUMBO_TAG_IMAGE;
    case Attribute::kContent:  // <meta>, and microdata values
      return tag == GUMBO_TAG_META || has_itemprop;
    case Attribute::kDatetime:
      return tag == GUMBO_TAG_TIME || has_itemprop;
    case Attribute::kHttpEquiv: case Attribute::kName: case Attribute::kProperty:
      return tag == GUMBO_TAG_META;
    case Attribute::kRel:
      return tag == GUMBO_TAG_LINK;
    case Attribute::kType:  // JSON-LD, feeds; <input type=hidden> for the tree builder
      return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_LINK || tag == GUMBO_TAG_INPUT ||
             tag == GUMBO_TAG_ISINDEX;
    case Attribute::kAction: case Attribute::kPrompt:
      return tag == GUMBO_TAG_ISINDEX;
    case Attribute::kColor: case Attribute::kFace: case Attribute::kSize:
      return tag == GUMBO_TAG_FONT;
    default:
      return true;
  }
}

namespace {

bool HasItemprop(const GumboElement& e) {
  return gumbo_get_attribute(&e.attributes, "itemprop") != nullptr;
}

bool KeptOnElement(const GumboElement& e, Attribute a) {
  const bool microdata = a == Attribute::kContent || a == Attribute::kDatetime;
  return KeptOn(a, e.tag, microdata && HasItemprop(e));
}

}  // namespace

std::string_view Attr(const GumboElement& e, Attribute a) {
  if (!KeptOnElement(e, a)) return {};
  const GumboAttribute* attr = gumbo_get_attribute(&e.attributes, NameOf(a).data());
  return attr ? std::string_view(attr->value) : std::string_view();
}

std::size_t AttributeCountOf(const GumboElement& e) { return e.attributes.length; }

std::optional<Attribute> AttributeAt(const GumboElement& e, std::size_t i,
                                     std::string_view* value) {
  const auto* attr = static_cast<const GumboAttribute*>(e.attributes.data[i]);
  std::optional<Attribute> a = FindAttribute(attr->name);  // Gumbo lower-cases names
  if (!a || !KeptOnElement(e, *a)) return std::nullopt;
  *value = attr->value;
  return a;
}

}  // namespace pith::internal
