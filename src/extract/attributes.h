// The attributes pith reads, in one list shared by the strip pass (stage 2b),
// which drops every other attribute before Gumbo sees it, and by the
// segmenter (stage 4), which can only ask for attributes by their name here.
//
// Every attribute read anywhere in pith must be on this list: reading one
// takes an `Attribute`, so an attribute that is not listed cannot be asked
// for, and only this file's .cc touches Gumbo's attribute vectors
// (tests/rawtext_test.cc checks that). To read a new attribute, add it to
// the enum and to kAttributeNames; the strip pass then keeps it too.
//
// Some are kept only on the elements that pith reads them on (KeptOn(): href
// on <a>, <area>, <link> and <base>, src on <img>, ...). Reading one goes
// through the same rule, so that an attribute read on another element is
// "" with the strip pass and without it alike: to read it there, add the
// element to KeptOn().
#ifndef PITH_SRC_ATTRIBUTES_H_
#define PITH_SRC_ATTRIBUTES_H_

#include <gumbo.h>

#include <cstddef>
#include <optional>
#include <string_view>

namespace pith::internal {

enum class Attribute : unsigned char {
  // Read by the segmenter and metadata.
  kAlt, kAriaHidden, kClass, kContent, kDataSrc, kDatetime, kHidden, kHref, kHttpEquiv, kId,
  kItemprop, kLang, kName, kProperty, kRel, kRole, kSrc, kStyle, kType,
  // Kept for readers about to come (microdata, MathML, tables, lists, labels),
  // so that reading them needs no change to the strip pass.
  kAltText, kAriaLabel, kCharset, kCite, kColspan, kDir, kDisplay, kHeaders, kItemid,
  kItemscope, kItemtype, kOpen, kReversed, kRowspan, kScope, kStart, kSummary, kTitle, kValue,
  // Read by Gumbo's tree builder: <font color|face|size> leaves SVG and
  // MathML, <annotation-xml encoding> holds HTML, <input type=hidden> (type is
  // above) is not foster-parented, <isindex prompt action> builds a form.
  kAction, kColor, kEncoding, kFace, kPrompt, kSize,
};
inline constexpr std::size_t kAttributeCount = static_cast<std::size_t>(Attribute::kSize) + 1;

// Lower-case names, in the enum's order.
inline constexpr std::string_view kAttributeNames[] = {
    "alt", "aria-hidden", "class", "content", "data-src", "datetime", "hidden", "href",
    "http-equiv", "id", "itemprop", "lang", "name", "property", "rel", "role", "src", "style",
    "type",
    "alttext", "aria-label", "charset", "cite", "colspan", "dir", "display", "headers", "itemid",
    "itemscope", "itemtype", "open", "reversed", "rowspan", "scope", "start", "summary", "title",
    "value",
    "action", "color", "encoding", "face", "prompt", "size",
};
static_assert(sizeof kAttributeNames / sizeof *kAttributeNames == kAttributeCount,
              "one name per Attribute");

constexpr std::string_view NameOf(Attribute a) {
  return kAttributeNames[static_cast<std::size_t>(a)];
}

// The listed attribute whose name is `name`, compared ignoring ASCII case,
// or nullopt when pith never reads it.
std::optional<Attribute> FindAttribute(std::string_view name);

// True when the strip pass keeps attribute `a` on an element `tag` (Gumbo's
// tag of the element the start tag makes: <image> makes an <img>, so the
// two go together). `has_itemprop`: the element has an itemprop attribute,
// whose value may be given by content or datetime on any element.
bool KeptOn(Attribute a, GumboTag tag, bool has_itemprop);

// The value of attribute `a` of `e`, or "" when it has none or when it is
// not kept on `e`'s element (KeptOn()).
std::string_view Attr(const GumboElement& e, Attribute a);

// Calls f(Attribute, std::string_view value) for each listed attribute of
// `e` kept on its element, in the page's order; the others are skipped, so
// that what pith reads does not depend on whether the strip pass dropped
// them.
template <typename F>
void ForEachAttribute(const GumboElement& e, F&& f);

// --- implementation details ---
std::size_t AttributeCountOf(const GumboElement& e);
// The i-th attribute of `e`, when it is listed and kept on `e`'s element.
std::optional<Attribute> AttributeAt(const GumboElement& e, std::size_t i,
                                     std::string_view* value);

template <typename F>
void ForEachAttribute(const GumboElement& e, F&& f) {
  const std::size_t n = AttributeCountOf(e);
  for (std::size_t i = 0; i < n; ++i) {
    std::string_view value;
    if (std::optional<Attribute> a = AttributeAt(e, i, &value)) f(*a, value);
  }
}

}  // namespace pith::internal

#endif  // PITH_SRC_ATTRIBUTES_H_
