// The attributes pith reads: the only code that touches Gumbo's attributes.
#include "extract/attributes.h"

#include <array>

namespace pith::internal {
namespace {

constexpr std::size_t kLongestName = 16;  // "aria-describedby", "aria-hidden", ...
constexpr std::size_t kLongestMetaName = 24;  // "article:published_time", ...

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

// True when each of `names` is lower case, not empty and at most `longest`
// bytes long.
template <std::size_t N>
constexpr bool NamesFit(const std::string_view (&names)[N], std::size_t longest) {
  for (std::string_view n : names) {
    if (n.empty() || n.size() > longest) return false;
    for (char c : n) {
      if (c >= 'A' && c <= 'Z') return false;
    }
  }
  return true;
}
static_assert(NamesFit(kAttributeNames, kLongestName),
              "attribute names are lower case and at most kLongestName bytes");
static_assert(NamesFit(kMetaNames, kLongestMetaName),
              "meta names are lower case and at most kLongestMetaName bytes");

constexpr ByLength kByLength;

}  // namespace

std::optional<Attribute> FindAttribute(std::string_view name) {
  if (name.size() > kLongestName) return std::nullopt;
  const std::size_t n = name.size();
  for (unsigned k = 0; k < kByLength.count[n]; ++k) {
    const unsigned char id = kByLength.ids[n][k];
    const std::string_view listed = kAttributeNames[id];
    std::size_t i = 0;
    while (i < n && AsciiToLower(name[i]) == listed[i]) ++i;
    if (i == n) return static_cast<Attribute>(id);
  }
  return std::nullopt;
}

namespace {

// True when `s` holds `lower` ignoring ASCII case.
bool ContainsLower(std::string_view s, std::string_view lower) {
  for (std::size_t i = 0; i + lower.size() <= s.size(); ++i) {
    if (EqualsIgnoreCase(s.substr(i, lower.size()), lower)) return true;
  }
  return false;
}

}  // namespace

bool IsReadMetaName(std::string_view name) {
  for (std::string_view n : kMetaNames) {
    if (n == name) return true;
  }
  return false;
}

std::optional<std::string_view> RobotsMetaContent(const GumboElement& e,
                                                  std::string_view product_token) {
  if (e.tag != GUMBO_TAG_META) return std::nullopt;
  const GumboAttribute* name = gumbo_get_attribute(&e.attributes, "name");
  const GumboAttribute* content = gumbo_get_attribute(&e.attributes, "content");
  if (name == nullptr || content == nullptr) return std::nullopt;
  const std::string_view n = TrimHtmlSpace(name->value);
  if (EqualsIgnoreCase(n, "robots") || (!product_token.empty() && EqualsIgnoreCase(n, product_token))) {
    return std::string_view(content->value);
  }
  return std::nullopt;
}

bool CrawlerReads(Attribute a, GumboTag tag) {
  switch (a) {
    case Attribute::kRel:
      return tag == GUMBO_TAG_A || tag == GUMBO_TAG_AREA;
    case Attribute::kName: case Attribute::kContent:
      return tag == GUMBO_TAG_META;
    default:
      return false;
  }
}

std::string_view LinkRel(const GumboElement& e) {
  if (!CrawlerReads(Attribute::kRel, e.tag)) return {};
  const GumboAttribute* rel = gumbo_get_attribute(&e.attributes, "rel");
  return rel ? std::string_view(rel->value) : std::string_view();
}

bool IsReadLinkRel(std::string_view rel) {
  // Read as tokens (metadata: "canonical"; feeds: "alternate"), kept when
  // the words stand anywhere in it.
  return ContainsLower(rel, "canonical") || ContainsLower(rel, "alternate");
}

bool IsReadMetaKey(std::string_view key, std::string_view http_equiv) {
  if (EqualsIgnoreCase(http_equiv, "content-language")) return true;
  if (key.size() > kLongestMetaName) return false;
  char lower[kLongestMetaName];
  for (std::size_t i = 0; i < key.size(); ++i) lower[i] = AsciiToLower(key[i]);
  return IsReadMetaName(std::string_view(lower, key.size()));
}

bool IsSkippedElement(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SVG: case GUMBO_TAG_ANNOTATION_XML:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_INPUT: case GUMBO_TAG_TITLE:
    case GUMBO_TAG_META: case GUMBO_TAG_LINK: case GUMBO_TAG_BASE:
    case GUMBO_TAG_IMG: case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_MAP: case GUMBO_TAG_HEAD: case GUMBO_TAG_RT: case GUMBO_TAG_RP:
      return true;
    default:
      return false;
  }
}

int ReadIsoDatetime(std::string_view v) {
  while (!v.empty() && (v.front() == ' ' || v.front() == '\t' || v.front() == '\n')) {
    v.remove_prefix(1);
  }
  auto digits = [&](std::size_t at, std::size_t n) {
    if (at + n > v.size()) return -1;
    int value = 0;
    for (std::size_t i = at; i < at + n; ++i) {
      if (v[i] < '0' || v[i] > '9') return -1;
      value = value * 10 + (v[i] - '0');
    }
    return value;
  };
  if (v.size() < 10) return 0;
  const int year = digits(0, 4), month = digits(5, 2), day = digits(8, 2);
  if (year < 1900 || year > 2099 || v[4] != '-' || v[7] != '-' || month < 1 || month > 12 ||
      day < 1 || day > 31 || (v.size() > 10 && IsAsciiDigit(v[10]))) {
    return 0;
  }
  if (v.size() > 10 && (v[10] == 'T' || v[10] == 't' || v[10] == ' ')) {
    const int hour = digits(11, 2), minute = digits(14, 2);
    if (hour >= 0 && hour <= 23 && v.size() > 13 && v[13] == ':' && minute >= 0 && minute <= 59) {
      return 2;
    }
  }
  return 1;
}

bool KeptOn(Attribute a, GumboTag tag, const ElementFacts& facts) {
  const bool entered = !IsSkippedElement(tag) || facts.disclosure;
  const bool read_link = tag == GUMBO_TAG_LINK && facts.read_head_element;
  const bool read_meta = tag == GUMBO_TAG_META && facts.read_head_element;
  switch (a) {
    case Attribute::kHref:  // links, and the page's canonical, base and feed URLs
      return tag == GUMBO_TAG_A || tag == GUMBO_TAG_AREA || read_link || tag == GUMBO_TAG_BASE;
    case Attribute::kSrc: case Attribute::kDataSrc: case Attribute::kAlt:  // images
    case Attribute::kDataLazySrc:
    case Attribute::kDataOriginal:
    case Attribute::kDataSrcset:
    case Attribute::kSrcset:
      return tag == GUMBO_TAG_IMG || tag == GUMBO_TAG_IMAGE;
    case Attribute::kContent:  // <meta>, and microdata values
      return read_meta || (facts.has_itemprop && entered);
    case Attribute::kDatetime:
      return tag == GUMBO_TAG_TIME || (facts.has_itemprop && entered);
    case Attribute::kTitle:  // a relative time's moment (read when ISO 8601 only)
      return tag == GUMBO_TAG_SPAN || tag == GUMBO_TAG_ABBR || tag == GUMBO_TAG_A;
    case Attribute::kHttpEquiv: case Attribute::kName: case Attribute::kProperty:
      return read_meta;
    case Attribute::kRel:  // (a link's nofollow is the crawler's: CrawlerReads())
      return read_link;
    case Attribute::kType:  // JSON-LD, feeds; <input type=hidden> for the tree builder; <ol type=a>
      return tag == GUMBO_TAG_SCRIPT || read_link || tag == GUMBO_TAG_INPUT ||
             tag == GUMBO_TAG_ISINDEX || tag == GUMBO_TAG_OL;
    case Attribute::kStart: case Attribute::kReversed:  // an ordered list's numbering
      return tag == GUMBO_TAG_OL;
    case Attribute::kValue:  // an item's own number
      return tag == GUMBO_TAG_LI;
    case Attribute::kItemprop:  // read by the segmenter, and on images and metas
      return entered || tag == GUMBO_TAG_IMG || tag == GUMBO_TAG_IMAGE || read_meta;
    case Attribute::kId:  // and a streamed part's place (<template id="B:2">), a cart's
                          // button, a toggle's check box
      return entered || tag == GUMBO_TAG_TEMPLATE || tag == GUMBO_TAG_BUTTON ||
             tag == GUMBO_TAG_INPUT;
    case Attribute::kFor:  // a label's control
      return tag == GUMBO_TAG_LABEL;
    case Attribute::kColspan: case Attribute::kRowspan:  // a cell's place in its table
      return tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH;
    case Attribute::kDir:  // the page's writing direction (on a box holding the body, too)
      return entered;
    case Attribute::kClass: case Attribute::kStyle: case Attribute::kLang:
    case Attribute::kHidden: case Attribute::kAriaHidden: case Attribute::kItemtype:
    case Attribute::kDataNosnippet: case Attribute::kDataRole:
    case Attribute::kAriaDescribedby: case Attribute::kAriaLabelledby:  // a term's tooltip
    case Attribute::kAriaSelected:  // a tab's
      // And on every <button>: the segmenter enters one that is a heading's
      // child (an accordion's question), which may be hidden ("Copy link").
      return entered || tag == GUMBO_TAG_BUTTON;
    case Attribute::kAriaExpanded:  // a disclosure button (ElementFacts::disclosure),
    case Attribute::kAriaControls:  // and the panel it opens
      return tag == GUMBO_TAG_BUTTON || facts.disclosure;
    case Attribute::kAction: case Attribute::kPrompt:
      return tag == GUMBO_TAG_ISINDEX;
    case Attribute::kColor: case Attribute::kFace: case Attribute::kSize:
      return tag == GUMBO_TAG_FONT;
    default:  // role: feed discovery reads it on every element
      return true;
  }
}

namespace {

ElementFacts FactsOfElement(const GumboElement& e) {
  return FactsOf(e.tag, [&e](Attribute name) {
    const GumboAttribute* attr = gumbo_get_attribute(&e.attributes, NameOf(name).data());
    return attr ? std::optional<std::string_view>(attr->value) : std::nullopt;
  });
}

// KeptOn() for attribute `a` of `e`; `*facts` caches `e`'s ElementFacts,
// read only when the answer depends on them.
bool KeptOnElement(const GumboElement& e, Attribute a, std::optional<ElementFacts>* facts) {
  const bool needs_facts = a == Attribute::kContent || a == Attribute::kDatetime ||
                           a == Attribute::kAriaExpanded || a == Attribute::kAriaControls ||
                           e.tag == GUMBO_TAG_LINK || e.tag == GUMBO_TAG_META ||
                           e.tag == GUMBO_TAG_BUTTON;
  if (!needs_facts) return KeptOn(a, e.tag, ElementFacts());
  if (!facts->has_value()) *facts = FactsOfElement(e);
  return KeptOn(a, e.tag, **facts);
}

bool KeptOnElement(const GumboElement& e, Attribute a) {
  std::optional<ElementFacts> facts;
  return KeptOnElement(e, a, &facts);
}

}  // namespace

bool IsEnteredElement(const GumboElement& e) {
  return !IsSkippedElement(e.tag) || (e.tag == GUMBO_TAG_BUTTON && FactsOfElement(e).disclosure);
}

bool SaysButton(std::string_view role) { return EqualsIgnoreCase(TrimHtmlSpace(role), "button"); }

bool SaysFalse(std::string_view value) { return EqualsIgnoreCase(TrimHtmlSpace(value), "false"); }

bool IsStreamedPartId(std::string_view id) {
  if (id.size() < 3 || (id[0] != 'S' && id[0] != 'B') || id[1] != ':') return false;
  for (std::size_t i = 2; i < id.size(); ++i) {
    if ((id[i] < '0' || id[i] > '9') && (id[i] < 'a' || id[i] > 'f')) return false;
  }
  return true;
}

std::string_view ImageAddress(Attribute a, std::string_view value) {
  auto is_data = [](std::string_view v) { return v.compare(0, 5, "data:") == 0; };
  if (a != Attribute::kSrcset && a != Attribute::kDataSrcset) {
    return value.empty() || is_data(TrimHtmlSpace(value)) ? std::string_view() : value;
  }
  // Candidates: an address (no white space; commas ending it are the
  // list's), then descriptors up to a comma. The widest wins over any
  // density; a bare or unreadable descriptor counts as 1x.
  std::string_view best;
  double best_width = -1, best_density = -1;
  std::size_t i = 0;
  while (i < value.size()) {
    while (i < value.size() && (IsHtmlSpace(value[i]) || value[i] == ',')) ++i;
    const std::size_t start = i;
    while (i < value.size() && !IsHtmlSpace(value[i])) ++i;
    std::string_view url = value.substr(start, i - start);
    bool ended = false;  // the address ran into the next candidate's comma
    while (!url.empty() && url.back() == ',') url.remove_suffix(1), ended = true;
    std::string_view descriptor;
    if (!ended) {
      const std::size_t comma = value.find(',', i);
      descriptor = TrimHtmlSpace(
          value.substr(i, comma == std::string_view::npos ? std::string_view::npos : comma - i));
      i = comma == std::string_view::npos ? value.size() : comma + 1;
    }
    if (url.empty() || is_data(url)) continue;
    double number = 0;
    char unit = 'x';
    if (!descriptor.empty()) {
      const char last = static_cast<char>(descriptor.back() | 0x20);
      const std::string_view digits = descriptor.substr(0, descriptor.size() - 1);
      double n = 0, scale = 0;
      bool ok = (last == 'w' || last == 'x') && !digits.empty();
      for (char c : digits) {
        if (IsAsciiDigit(c)) {
          n = scale > 0 ? n + (c - '0') * (scale /= 10) : n * 10 + (c - '0');
        } else if (c == '.' && scale == 0) {
          scale = 1;
        } else {
          ok = false;
          break;
        }
      }
      if (ok) number = n, unit = last;
    }
    if (number <= 0) number = 1, unit = 'x';
    if (unit == 'w' ? number > best_width : best_width < 0 && number > best_density) {
      best = url;
      (unit == 'w' ? best_width : best_density) = number;
    }
  }
  return best;
}

std::string_view Attr(const GumboElement& e, Attribute a) {
  if (!KeptOnElement(e, a)) return {};
  const GumboAttribute* attr = gumbo_get_attribute(&e.attributes, NameOf(a).data());
  return attr ? std::string_view(attr->value) : std::string_view();
}

bool HasAttr(const GumboElement& e, Attribute a) {
  return KeptOnElement(e, a) && gumbo_get_attribute(&e.attributes, NameOf(a).data()) != nullptr;
}

std::size_t AttributeCountOf(const GumboElement& e) { return e.attributes.length; }

std::optional<Attribute> AttributeAt(const GumboElement& e, std::size_t i,
                                     std::optional<ElementFacts>* facts,
                                     std::string_view* value) {
  const auto* attr = static_cast<const GumboAttribute*>(e.attributes.data[i]);
  std::optional<Attribute> a = FindAttribute(attr->name);  // Gumbo lower-cases names
  if (!a || !KeptOnElement(e, *a, facts)) return std::nullopt;
  *value = attr->value;
  return a;
}

}  // namespace pith::internal
