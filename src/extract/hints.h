// Class, id, role and itemprop vocabularies by category, matched on whole
// tokens. The only home of word lists in pith; they are hints that tilt a
// structural score, never the score itself.
#ifndef PITH_SRC_HINTS_H_
#define PITH_SRC_HINTS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "base/utf8.h"
#include "pith/article.h"

namespace pith::internal {

enum HintCategory : std::uint32_t {
  kHintNav = 1u << 0,          // menus, breadcrumbs, pagination
  kHintRecommended = 1u << 1,  // related, popular, trending, recent posts, read next
  kHintConsent = 1u << 2,      // cookie and consent banners
  kHintComments = 1u << 3,     // comment sections
  kHintShare = 1u << 4,        // share bars, social links
  kHintSidebar = 1u << 5,      // sidebars and widgets
  kHintAds = 1u << 6,          // advertising, sponsored blocks
  kHintNewsletter = 1u << 7,   // newsletter and subscription boxes
  kHintAuthor = 1u << 8,       // author boxes and bios, itemprop="author"
  kHintMeta = 1u << 9,         // bylines, dates, tags, categories; data-nosnippet parts
  kHintFooter = 1u << 10,      // footers, copyright
  kHintHeader = 1u << 11,      // site headers, mastheads
  kHintOverlay = 1u << 12,     // modals, popups, dialogs
  kHintHidden = 1u << 13,      // visibility helpers: class "hidden", "sr-only", "d-none", ...
  kHintCaption = 1u << 14,     // photo captions and credits
  kHintReviews = 1u << 15,     // customers' reviews, testimonials: chrome on product pages only
                               // (MarkShopChrome), a review is the story elsewhere
  kHintShopPolicy = 1u << 16,  // a shop's shipping and returns terms: chrome on product pages
                               // only (MarkShopChrome), a policy page's text elsewhere
  kHintBuyBox = 1u << 17,      // a shop's buy box: stock, quantity, wishlist, payment plans;
                               // chrome on product pages only (MarkShopChrome)
  // The whole class name "widget" (or "widgets") and no other word of a
  // sidebar: a sidebar's box on a blog, but a page builder names every
  // component so. Set with kHintSidebar; an undated page takes such boxes as
  // its components (TakeWidgetsAsComponents). Not a chrome category itself.
  kHintWidget = 1u << 18,
  // The word "cta", a call to action ("c-letters-cta": "Submit a letter to
  // the editor"), and no other word of an ad: an ad to a story, but a
  // service page's own part ("Ready to start? Call us"). Not a chrome
  // category itself: on a story (page_type article) MarkCallsToAction adds
  // kHintAds.
  kHintCallToAction = 1u << 19,
  kHintPositive = 1u << 20,    // article, content, entry, post, story, main, ...
  kHintArticleBody = 1u << 21, // itemprop="articleBody" / "text": the body itself
  // The words of a shop's cart ("cart", "basket"): on an element that says
  // it is a button (role="button") the buy box's button, kHintBuyBox too
  // (Squarespace's <div class="sqs-add-to-cart-button" role="button">). Not
  // a category itself: a game store's "cart" box holds the game's editions.
  kHintCart = 1u << 22,
  // Shown to screen readers only, kept off the screen ("sr-only",
  // "visually-hidden", "screen-reader-text"); set with kHintHidden. Beside
  // it, an element hidden from screen readers (aria-hidden) is what the
  // page shows instead. Not a chrome category itself.
  kHintScreenReader = 1u << 23,
  // The word "signature", set with kHintAuthor: a forum poster's signature
  // after the post's text, or a reference's declaration over its
  // description (Javadoc's "member-signature", "methodSignature"); the
  // select pass tells them apart by where the box sits
  // (IsDeclarationBox). Not a category itself.
  kHintSignature = 1u << 24,
  // A slider's clone of a slide, written again at its ends so that the
  // slider loops (Swiper's "swiper-slide-duplicate", Slick's "slick-cloned",
  // Owl's "cloned"): a copy, dropped when its text repeats a kept slide's
  // (DropCopies). Not a category itself.
  kHintClone = 1u << 25,
};

// Categories that mark chrome.
constexpr std::uint32_t kHintChromeMask = (1u << 15) - 1;

// Chrome categories whose words also name a page's sections: "caption",
// "image", "carousel" (a page builder's "image-beside-content" box, a
// carousel of services), "banner", "promo" (a hero banner, a service's
// promo card), "header" (a section's header). A box so worded that holds a
// heading over prose is a section (HoldsHeadedProse).
constexpr std::uint32_t kHintSectionWords = kHintCaption | kHintAds | kHintHeader;

// The categories named by class, id, role and itemprop attribute values.
// Class and id are split into tokens on white space, '-', '_', ':', '.',
// digits and lower-to-upper case changes ("relatedPosts" -> related, posts),
// and each token is matched whole. Visibility helpers (kHintHidden) match
// whole class names only. The result is the union of what each attribute
// gives alone, and a class or id of digits gives nothing: the strip pass
// (extract/rawtext.h) relies on both to shorten classes and drop ids.
std::uint32_t ClassifyAttributes(std::string_view class_attr, std::string_view id_attr,
                                 std::string_view role_attr, std::string_view itemprop_attr);

// What a class attribute gives ClassifyAttributes() by itself, so that a
// value many elements share is read once:
// ClassifyAttributesOf(ClassifyClass(cls), id, role, itemprop) ==
// ClassifyAttributes(cls, id, role, itemprop).
struct ClassHints {
  std::uint32_t words = 0;        // of its tokens
  std::uint32_t whole_names = 0;  // of its whole class names
};
ClassHints ClassifyClass(std::string_view class_attr);
std::uint32_t ClassifyAttributesOf(const ClassHints& class_hints, std::string_view id_attr,
                                   std::string_view role_attr, std::string_view itemprop_attr);

// Class value `cls` with each BEM element's name cut to the element's own
// part, after its last "__" ("ProductMeta__Description" -> "Description"):
// what the elements say of themselves, not of the block they belong to.
// Other names are kept whole.
std::string BemElementsOwnNames(std::string_view cls);

// True when class name `name` holds its element's own number rather than
// its template's: a run of 4 digits or more after a letter
// ("vc_custom_1683359410958", "post-1554", "menu-item-20417"), or an index
// after an underscore in a name of underscored parts, a builder's count of
// the element among its kind ("et_pb_section_3"; not "col_6"). Elements
// built from one template share their other names (ClassHash(), the strip
// pass's class numbers); a name of digits alone is no such number.
bool IsNumberedClassName(std::string_view name);

// True when class name `name` shows or hides its element at some screen
// sizes only, the state of one element rather than its template: a
// utility's breakpoint variant of a display value ("max-lg:hidden",
// "md:block", "lg:flex"; a prefix ending in a colon) or a grid system's
// ("hidden-xs", "visible-md", "d-lg-none", "d-md-block"). Cards of one
// grid differ by it when the last of them are left out on small screens.
bool IsScreenSizeClassName(std::string_view name);

// True when class name `name` is a loader's mark of the element's state, a
// part of it (between hyphens or underscores) reading "lazy", "lazyload",
// "lazyloaded" or "lazyloading" ("nitro-lazy", "lazyload", "b-lazy"): a
// script adds it to the sections below the fold, to load their pictures
// when they come into view, not to the first ones.
bool IsLoaderStateClassName(std::string_view name);

// True when class name `name` is styled-components' name of a component,
// "sc-" then a hash of letters or digits, and a hyphen and a number or not
// ("sc-9cd5bb24-0", "sc-bdVaJa"): the template every element the component
// draws shares, never an element's own number, though its hash may hold a
// run of digits ("sc-225578b-0"). The hash holds a digit or mixed case: a
// word ("sc-button") is a name a stylesheet gives, no component's.
bool IsStyledComponentName(std::string_view name);

// True when class name `name` may be the name styled-components generates
// for a component's style of the moment: five to eight ASCII letters alone
// in mixed case ("kgCnvb", "huyMjp"), not a word ("header", "Title"). Beside a component's name it is the
// state of one element (its props: the first card, a card with a picture),
// not its template; cards of one list differ by it.
bool IsGeneratedStyleName(std::string_view name);

// True when class name `name` holds its element's id `id`: both end with
// the same run of six characters or more, a digit among them. Old Reddit
// names each comment after its base-36 id ("id-t1_kx8d7f2" on the comment
// whose id is "thing_t1_kx8d7f2"), a number of its own that no run of
// digits shows (IsNumberedClassName()), beside the names its template gives
// every comment ("thing", "comment").
bool HoldsOwnId(std::string_view name, std::string_view id);

// Whether a name of class value `cls` holds its element's id `id`
// (HoldsOwnId()); false for an empty id.
bool ClassHoldsOwnId(std::string_view cls, std::string_view id);

// The language a class value names for a block of code, as written: "js"
// of "language-js" or "lang-js" (Prism, highlight.js, Markdown renderers,
// Rouge and Docusaurus on a box around the <pre>), "rust" of
// "highlight-source-rust" (GitHub), "python3" of "highlight-python3"
// (Sphinx, around the <pre>; "highlight-default" names none), the first
// "language-" name before any "lang-" and so on. A name of ASCII letters,
// digits and "+#._-", 1 to 32 of them, not "default", "auto" (Discourse's
// guess) or "source"; empty for none. The strip pass keeps class values
// that name one (the segmenter reads them).
std::string_view CodeLanguageOfClass(std::string_view cls);

// Calls `fn` with each name of class value `cls` that tells its template
// (all but those IsNumberedClassName(), IsScreenSizeClassName() or
// IsLoaderStateClassName() accepts, those that hold the element's id `id`,
// HoldsOwnId(), and in a value holding a styled-components name those
// IsGeneratedStyleName() accepts), in order. Returns whether it left a name
// out.
template <typename Fn>
bool ForEachTemplateName(std::string_view cls, Fn&& fn, std::string_view id = {}) {
  bool left_out = false;
  bool styled = false;
  if (cls.find("sc-") != std::string_view::npos) {
    ForEachHtmlToken(cls, [&](std::string_view name) { styled |= IsStyledComponentName(name); });
  }
  ForEachHtmlToken(cls, [&](std::string_view name) {
    if (styled && IsStyledComponentName(name)) {
      fn(name);  // its hash may hold a run of digits, and names no element
    } else if (IsNumberedClassName(name) || IsScreenSizeClassName(name) ||
               IsLoaderStateClassName(name) || (styled && IsGeneratedStyleName(name)) ||
               (!id.empty() && HoldsOwnId(name, id))) {
      left_out = true;
    } else {
      fn(name);
    }
  });
  return left_out;
}

// What a style attribute says of its element's showing, in any case, with
// spaces, tabs or newlines anywhere. "display:none" hides the element and
// all inside it; "visibility:hidden" (or "collapse") hides it too, but a
// descendant's "visibility:visible" shows that descendant again, as CSS
// inherits visibility. The last visibility declaration wins. Nothing else
// of a style is read: the strip pass (extract/rawtext.h) drops styles that
// say none of these.
enum class StyleVisibility { kUnset, kHidden, kVisible };
struct StyleShowing {
  bool display_none = false;
  StyleVisibility visibility = StyleVisibility::kUnset;
};
StyleShowing ReadStyleShowing(std::string_view style);

// The name of the lowest chrome category set in `hints`, e.g. "share", or "".
const char* ChromeHintName(std::uint32_t hints);

// The same as a decision's reason, e.g. "class/id: share", or "".
const char* ChromeHintReason(std::uint32_t hints);

// The site that lower-cased `host` (UrlHost) belongs to when it is a social
// network's or an app store's, the places a page asks its readers to follow
// it or to get its app ("twitter.com" for "mobile.twitter.com",
// "play.google.com"); "" for any other host.
std::string_view FollowSite(std::string_view host);

// True when `text` says the site earns from the links it shows: it names
// the programme or the pay ("affiliate", "commission", "Provision",
// "comisión", "afiliados", "commissione", an "Amazon Associate") and what
// earns it, the links, the purchases or the earning ("links", "buy",
// "purchases", "earn", "enlaces", "liens", "Links"), whole words of letters
// of any script in any case, in English, German, Spanish, Portuguese,
// French and Italian. One word alone is the story's ("the state election
// commission said", "Fox affiliate WXYZ"). A hint only:
// DropEarningsDisclosures reads it on a short paragraph at the very edge of
// the text, the site's disclosure ("We may earn commission from links on
// this page"). `text` in NFC, as the segmenter's blocks hold it
// (ComposeUtf8): its word lists are written so.
bool SaysItEarnsFromLinks(std::string_view text);

// True when `text` asks the reader to subscribe to read the story on: it
// names subscribing or subscribers ("subscribe", "subscriber",
// "abonnieren", "Abonnenten", "abonnez", "suscríbete", "assinante",
// "abbonati") and this story whole or reading it on ("this article", "the
// full story", "unlock", "continue reading", "weiterlesen", "lire la
// suite", "esta nota", "continuare a leggere"), whole words of letters of
// any script in any case, in English, German, French, Spanish, Portuguese,
// Italian, Dutch and Polish. One alone is the story's ("the paper lost
// 10,000 subscribers"), and so are the subscription itself and a story
// named otherwise ("the best book subscription boxes", "subscribers read
// the story first"). A hint only: DropClosingPaywall reads it on a short
// block closing the text, a paywall's notice. `text` in NFC (ComposeUtf8).
bool AsksToSubscribeToRead(std::string_view text);

// What a declared type (a schema.org @type or itemtype, an og:type) says of
// the page: the page type it names and how strongly (0: nothing; 1: a hint,
// since such pages carry it on other types too; 2: usually; 3: the page's
// main entity), and whether it is an FAQ block.
struct DeclaredType {
  PageType type = PageType::kOther;
  int strength = 0;
  bool faq = false;
};
DeclaredType ClassifySchemaType(std::string_view schema_type);
DeclaredType ClassifyOpenGraphType(std::string_view og_type);

}  // namespace pith::internal

#endif  // PITH_SRC_HINTS_H_
