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
// on <a>, <area>, <link> and <base>, src on <img>, none of class, id, style
// ... on the elements the segmenter does not enter, ...), and on <link> and
// <meta> only when their rel or name says pith reads them. Reading one goes
// through the same rule, so that an attribute read on another element is
// "" with the strip pass and without it alike: to read it there, add the
// element to KeptOn(), or the <meta> name to kMetaNames.
#ifndef PITH_SRC_ATTRIBUTES_H_
#define PITH_SRC_ATTRIBUTES_H_

#include <gumbo.h>

#include <cstddef>
#include <optional>
#include <string_view>

#include "base/utf8.h"

namespace pith::internal {

enum class Attribute : unsigned char {
  // Read by the segmenter, metadata and feed discovery.
  kAlt,
  kAriaControls,
  kAriaDescribedby,
  kAriaExpanded,
  kAriaHidden,
  kAriaLabelledby,
  // A tab's: aria-selected="false" on role="tab" names a panel not shown.
  kAriaSelected,
  kClass,
  kContent,
  kDataNosnippet,
  kDataRole,
  kDataSrc,
  kDatetime,
  kHidden,
  kHref,
  kHttpEquiv,
  kId,
  kItemprop,
  kItemtype,
  kLang,
  kName,
  kProperty,
  kRel,
  kRole,
  kSrc,
  kStyle,
  kType,
  // A <label>'s control: a check box outside forms is a style sheet's toggle
  // (pdoc's "View Source"), its label a control, not text.
  kFor,
  // A relative time's moment on the element showing it, when ISO 8601 (the
  // convention of scripts that write "2 hours ago": jQuery timeago's <abbr
  // title>, NodeBB's empty <span class="timeago" title="2024-03-03T09:15Z">).
  kTitle,
  // An ordered list's numbering: <ol start reversed type>, <li value>.
  kStart,
  kReversed,
  kValue,
  // An image's address where a script loads it late (ImageSources): the
  // lazy loaders' data-lazy-src (WP Rocket), data-original (jQuery's
  // lazyload), data-srcset (lazysizes), and the srcset of responsive images.
  kDataLazySrc,
  kDataOriginal,
  kDataSrcset,
  kSrcset,
  // A table cell's span (the segmenter's column numbering).
  kColspan,
  kRowspan,
  // The page's writing direction: <html dir="rtl">, else <body dir>, else
  // that of a box holding the whole body.
  kDir,
  // Read by Gumbo's tree builder: <font color|face|size> leaves SVG and
  // MathML, <annotation-xml encoding> holds HTML, <input type=hidden> (type is
  // above) is not foster-parented, <isindex prompt action> builds a form.
  kAction,
  kColor,
  kEncoding,
  kFace,
  kPrompt,
  kSize,
};
inline constexpr std::size_t kAttributeCount = static_cast<std::size_t>(Attribute::kSize) + 1;

// Lower-case names, in the enum's order.
inline constexpr std::string_view kAttributeNames[] = {
    "alt",
    "aria-controls",
    "aria-describedby",
    "aria-expanded",
    "aria-hidden",
    "aria-labelledby",
    "aria-selected",
    "class",
    "content",
    "data-nosnippet",
    "data-role",
    "data-src",
    "datetime",
    "hidden",
    "href",
    "http-equiv",
    "id",
    "itemprop",
    "itemtype",
    "lang",
    "name",
    "property",
    "rel",
    "role",
    "src",
    "style",
    "type",
    "for",
    "title",
    "start",
    "reversed",
    "value",
    "data-lazy-src",
    "data-original",
    "data-srcset",
    "srcset",
    "colspan",
    "rowspan",
    "dir",
    "action",
    "color",
    "encoding",
    "face",
    "prompt",
    "size",
};
static_assert(sizeof kAttributeNames / sizeof *kAttributeNames == kAttributeCount,
              "one name per Attribute");

constexpr std::string_view NameOf(Attribute a) {
  return kAttributeNames[static_cast<std::size_t>(a)];
}

// The listed attribute whose name is `name`, compared ignoring ASCII case,
// or nullopt when pith never reads it.
std::optional<Attribute> FindAttribute(std::string_view name);

// What an ISO 8601 datetime attribute gives: 0 when it is no whole date
// (year 1900-2099, month and day), 1 for a date ("2024-03-01"), 2 for a
// date and a clock time ("2024-03-01T10:15:00Z", "2024-03-01 10:15"). The
// strip pass keeps a title only when it gives one (KeptOn(): kTitle).
int ReadIsoDatetime(std::string_view value);

// The values of <meta name|property|itemprop> whose content pith reads
// (metadata.cc, page_type.cc), lower case.
inline constexpr std::string_view kMetaNames[] = {
    "og:title", "twitter:title", "og:site_name", "og:type", "og:locale", "language",
    "dc.language", "author", "article:author", "dc.creator", "dcterms.creator",
    "sailthru.author", "parsely-author", "byl", "article:published_time", "og:published_time",
    "datepublished", "date", "pubdate", "publishdate", "publish-date", "publish_date",
    "dc.date.issued", "dc.date", "dcterms.date", "dcterms.created", "dcterms.issued",
    "sailthru.date", "parsely-pub-date", "datecreated", "application-name", "publisher",
    "og:description", "description", "twitter:description", "og:image", "og:image:url",
    "og:image:secure_url", "twitter:image", "twitter:image:src", "og:url",
};

// True when `name` (lower case) is on kMetaNames.
bool IsReadMetaName(std::string_view name);

// The content of `e` when it is a <meta> whose name, trimmed and compared
// ignoring ASCII case, is "robots" or `product_token` (a crawler's own name,
// lower case, "" for none: <meta name="pith">), as written; nullopt for any
// other element. The page's directives to crawlers (nofollow, noindex), read
// by the crawler from a page parsed for its links only: extraction reads
// neither meta, and the strip pass keeps them only for the crawler
// (CrawlerReads()).
std::optional<std::string_view> RobotsMetaContent(const GumboElement& e,
                                                  std::string_view product_token);

// True when the crawler reads attribute `a` on an element `tag` where
// extraction does not: rel on <a> and <area> (a link's nofollow), name and
// content on any <meta> (RobotsMetaContent()). The strip pass keeps them
// only for a page parsed for its links (StripOptions::keep_crawler_reads).
bool CrawlerReads(Attribute a, GumboTag tag);

// The rel of `e` when it is an <a> or <area>, as written, else "": read by
// the crawler only, from a page parsed for its links (see CrawlerReads()).
std::string_view LinkRel(const GumboElement& e);

// Elements whose content pith never reads as text (the segmenter does not
// enter them), and of whose attributes it reads only those KeptOn() names
// for their tag (src on <img>, content on <meta>, ...), never class, id,
// style and the other attributes it reads on the elements it enters. A
// disclosure button (ElementFacts::disclosure) is the exception: entered;
// and a <button> keeps its class, style and hiding attributes (a heading's
// button is entered).
bool IsSkippedElement(GumboTag tag);

// What decides, beside its tag, which attributes of an element are kept.
struct ElementFacts {
  // It has an itemprop attribute: microdata takes a value from content or
  // datetime on any element.
  bool has_itemprop = false;
  // A <link> whose rel names canonical or alternate (the page's canonical
  // URL, its feeds), or a <meta> whose property, name or itemprop (the
  // first given) is on kMetaNames or whose http-equiv is content-language:
  // on other links and metas pith reads nothing.
  bool read_head_element = false;
  // A <button> with aria-expanded: it opens and closes a panel (an FAQ's
  // question over its answer, a tab's title), and the segmenter reads its
  // text, as it reads no other button's. A link, or an element whose role
  // says button, with aria-expanded is one too (Bootstrap's accordions:
  // <a data-toggle="collapse" aria-expanded="false" aria-controls="c1">; a
  // theme's <span role="button"> over "View all ingredients").
  bool disclosure = false;
};

// The ElementFacts of an element `tag` whose attributes' values, as Gumbo
// gives them, `value_of(Attribute)` returns (std::optional<std::string_view>,
// nullopt for an attribute it lacks).
template <typename ValueOf>
ElementFacts FactsOf(GumboTag tag, ValueOf&& value_of);

// <h1> to <h6>. The strip pass keeps a heading's id whatever it says: the
// segmenter reads a link inside the heading to it as the heading's own
// permalink (TextBlock::permalink).
inline bool IsHeadingTag(int tag) { return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6; }

// True when the strip pass keeps attribute `a` on an element `tag` (Gumbo's
// tag of the element the start tag makes: <image> makes an <img>, so the
// two go together).
bool KeptOn(Attribute a, GumboTag tag, const ElementFacts& facts);

// True when the segmenter reads the content of `e`: it is no skipped
// element (IsSkippedElement()), or a disclosure button.
bool IsEnteredElement(const GumboElement& e);

// The value of attribute `a` of `e`, or "" when it has none or when it is
// not kept on `e`'s element (KeptOn()).
std::string_view Attr(const GumboElement& e, Attribute a);

// True when `e` carries attribute `a` where pith reads it, with any value: a
// boolean attribute (<ol reversed>).
bool HasAttr(const GumboElement& e, Attribute a);

// True when `id` is React's name of a part of the page streamed after the
// rest: "S:" and a number on the hidden part as sent, "B:" and the same
// number on the placeholder a script moves it to. React writes the numbers
// in hexadecimal ("S:9", "S:a", "S:1f").
bool IsStreamedPartId(std::string_view id);

// The attributes an image's address is read from, in order: the first that
// gives one (ImageAddress) is the image's. A lazy loader leaves src empty
// or a placeholder's data: URI and writes the picture's address in its own
// attribute, which a script moves into src when the image scrolls into
// view; a responsive image may give only its candidates, srcset.
inline constexpr Attribute kImageSources[] = {Attribute::kSrc,         Attribute::kDataSrc,
                                              Attribute::kDataLazySrc, Attribute::kDataOriginal,
                                              Attribute::kDataSrcset,  Attribute::kSrcset};

// The address an image source attribute `a` of value `value` gives: the
// value itself, or for a srcset (data-srcset, srcset: "a.jpg 480w, b.jpg
// 1080w") its widest candidate, or its densest ("b.jpg 2x"), the first of
// equals, a candidate without a descriptor counting as 1x; empty when it
// gives none, or only a data: URI (a placeholder's). Not trimmed of white
// space inside a plain value.
std::string_view ImageAddress(Attribute a, std::string_view value);

// True when an aria-expanded value says "false", ignoring ASCII case and
// surrounding white space: the control's panel is closed.
bool SaysFalse(std::string_view value);

// Calls f(id) for each id a closed disclosure control (`expanded`, its
// aria-expanded value, says "false") lists in `controls`, its aria-controls
// value: the panels it opens, an FAQ's answer, a category's text behind a
// "Read more". Ids are separated by ASCII white space.
template <typename F>
void ForEachClosedPanelId(std::string_view expanded, std::string_view controls, F&& f) {
  if (controls.empty() || !SaysFalse(expanded)) return;
  ForEachHtmlToken(controls, f);
}

// Calls f(Attribute, std::string_view value) for each listed attribute of
// `e` kept on its element, in the page's order; the others are skipped, so
// that what pith reads does not depend on whether the strip pass dropped
// them.
template <typename F>
void ForEachAttribute(const GumboElement& e, F&& f);

// --- implementation details ---
bool IsReadLinkRel(std::string_view rel);
bool SaysButton(std::string_view role);  // role="button", in any case
bool IsReadMetaKey(std::string_view key, std::string_view http_equiv);

template <typename ValueOf>
ElementFacts FactsOf(GumboTag tag, ValueOf&& value_of) {
  ElementFacts facts;
  const std::optional<std::string_view> itemprop = value_of(Attribute::kItemprop);
  facts.has_itemprop = itemprop.has_value();
  if (tag == GUMBO_TAG_LINK) {
    facts.read_head_element = IsReadLinkRel(value_of(Attribute::kRel).value_or(""));
  } else if (tag == GUMBO_TAG_META) {
    std::string_view key = value_of(Attribute::kProperty).value_or("");
    if (key.empty()) key = value_of(Attribute::kName).value_or("");
    if (key.empty()) key = itemprop.value_or("");
    facts.read_head_element =
        IsReadMetaKey(key, value_of(Attribute::kHttpEquiv).value_or(""));
  } else if (value_of(Attribute::kAriaExpanded).has_value()) {
    facts.disclosure = tag == GUMBO_TAG_BUTTON ||
                       (!IsSkippedElement(tag) &&
                        (tag == GUMBO_TAG_A || SaysButton(value_of(Attribute::kRole).value_or(""))));
  }
  return facts;
}

std::size_t AttributeCountOf(const GumboElement& e);
// The i-th attribute of `e`, when it is listed and kept on `e`'s element.
// `*facts` holds `e`'s ElementFacts once an attribute's keeping needed them
// (nullopt before): they are read once for all its attributes.
std::optional<Attribute> AttributeAt(const GumboElement& e, std::size_t i,
                                     std::optional<ElementFacts>* facts,
                                     std::string_view* value);

template <typename F>
void ForEachAttribute(const GumboElement& e, F&& f) {
  const std::size_t n = AttributeCountOf(e);
  std::optional<ElementFacts> facts;
  for (std::size_t i = 0; i < n; ++i) {
    std::string_view value;
    if (std::optional<Attribute> a = AttributeAt(e, i, &facts, &value)) f(*a, value);
  }
}

}  // namespace pith::internal

#endif  // PITH_SRC_ATTRIBUTES_H_
