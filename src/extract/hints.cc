// Vocabularies of chrome and content by category; whole-token matching.
#include "extract/hints.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <iterator>
#include <vector>

#include <unicode/uchar.h>

#include "base/utf8.h"

namespace pith::internal {
namespace {

struct Vocabulary {
  HintCategory category;
  const char* name;
  const char* reason;  // for --explain
  // Tokens that match exactly.
  std::initializer_list<std::string_view> tokens;
};

// Kept short and specific: a token here costs a false positive on every
// site that happens to use it for content.
const std::array<Vocabulary, 21> kVocabularies = {{
    {kHintNav, "nav", "class/id: nav",
     {"nav", "navbar", "navigation", "menu", "menubar", "breadcrumb", "breadcrumbs",
      "pagination", "pager", "skip", "skiplink", "topnav", "subnav", "megamenu", "tabbar", "facet",
      "facets"}},
    // "recommend": a block builder's teaser of another product, named for what
    // it does ("wp-block-shop-product-recommend").
    {kHintRecommended, "recommended", "class/id: recommended",
     {"related", "popular", "mostpopular", "trending", "recommend", "recommended", "recommendation",
      "recommendations", "recent", "mostread", "readnext", "outbrain", "taboola", "relatedposts",
      "morestories", "teasers"}},
    {kHintConsent, "consent", "class/id: consent",
     {"cookie", "cookies", "consent", "gdpr", "cmp", "cookiebanner", "cookienotice",
      "onetrust", "cookiebar", "privacybar"}},
    {kHintComments, "comments", "class/id: comments",
     {"comment", "comments", "commentlist", "disqus", "respond", "replies", "reply"}},
    {kHintShare, "share", "class/id: share",
     {"share", "sharing", "sharebar", "social", "sharedaddy", "addthis", "shariff", "sociable",
      "socials", "sharethis", "likes",
      // in other languages: German, Spanish, French, Portuguese, Italian
      "teilen", "compartir", "partage", "partager", "compartilhar", "condividi"}},
    {kHintSidebar, "sidebar", "class/id: sidebar",
     {"sidebar", "rail", "sidecol", "aside", "secondary"}},
    // "billboard": the wide slot of the ad formats, and a shop's offer so
    // named beside its product ("acquisition-billboard": join and save).
    {kHintAds, "ads", "class/id: ads",
     {"ad", "ads", "advert", "adverts", "advertisement", "adsense", "sponsor", "sponsored",
      "promo", "dfp", "adslot", "banner", "billboard", "affiliate",
      // German, Spanish, Portuguese, French, Italian, Danish and Dutch, Polish and Czech
      "werbung", "publicidad", "publicidade", "publicite", "pubblicita", "reklame", "reklama"}},
    {kHintCallToAction, "cta", "class/id: ads", {"cta"}},
    {kHintSignature, "signature", "class/id: author", {"signature"}},
    {kHintNewsletter, "newsletter", "class/id: newsletter",
     {"newsletter", "subscribe", "subscription", "signup", "optin"}},
    // Not "profile": a company's or a product's profile ("mover-profile") is
    // content as often as a user's is chrome; a forum's user card says
    // "postprofile" or "userinfo".
    {kHintAuthor, "author", "class/id: author",
     {"author", "bio", "authorbox", "avatar", "signature", "postprofile", "userinfo",
      "usertitle"}},
    {kHintMeta, "meta", "class/id: meta",
     {"byline", "dateline", "meta", "tags", "tag", "categories", "timestamp", "posted",
      "published", "readtime", "attachbox", "attachments", "inlineattachment", "postmetadata"}},
    // Portuguese, German, Spanish too.
    {kHintFooter, "footer", "class/id: footer",
     {"footer", "copyright", "colophon", "rodape", "fusszeile", "piedepagina", "piepagina"}},
    {kHintHeader, "header", "class/id: header",
     {"header", "masthead", "topbar", "cabecalho", "cabecera", "kopfzeile"}},
    {kHintOverlay, "overlay", "class/id: overlay", {"modal", "popup", "overlay", "lightbox", "dialog"}},
    {kHintCaption, "caption", "class/id: caption",
     {"caption", "captions", "figcaption", "credit", "credits", "picture", "photocredit",
      "imagecaption", "wpcaption", "image", "img", "photo", "photos", "gallery", "inlinegallery",
      "slideshow", "carousel", "slider", "slidecount"}},
    {kHintReviews, "reviews", "class/id: reviews",
     {"review", "reviews", "testimonial", "testimonials"}},
    // "reassurance": a shop's row of promises beside the buy box, its
    // delivery, returns and secure payment in a line each (PrestaShop's
    // "block-reassurance", "blockreassurance_product"); "usp", "usps": the
    // same row named for the shop's unique selling points ("product-usps",
    // "usp-pdp__wrapper": its delivery time, a size guide, a free-returns line).
    {kHintShopPolicy, "shop-policy", "class/id: shop policy",
     {"shipping", "returns", "reassurance", "blockreassurance", "usp", "usps"}},
    // Not "price" or "cart": a service's "pricing" section is its text, a
    // game store's "purchase" and "cart" boxes hold the game's editions; not
    // "swatch": each colour's panel may hold the description. "bulk": the
    // buy box's price for each quantity ("bulk-pricing": "10-49 $15.00").
    {kHintBuyBox, "buy-box", "class/id: buy box",
     {"stock", "quantity", "quantities", "qty", "bulk", "wishlist", "payment", "payments",
      "installment", "installments", "afterpay", "klarna"}},
    {kHintCart, "cart", "class/id: buy box",
     {"cart", "basket", "addtocart", "addtobasket", "addtobag"}},
    {kHintPositive, "positive", "class/id: positive",
     {"article", "articlebody", "content", "entry", "post", "story", "storybody", "main",
      "body", "text", "prose", "blog", "maincontent", "postcontent", "entrycontent"}},
}};

// Class names that are hints only whole: "field-label-hidden" hides a label,
// not the field it names; page builders call every wrapper
// "elementor-widget-…", while a sidebar box is class="widget".
struct WholeName {
  std::string_view name;
  std::uint32_t hints;
};
constexpr WholeName kWholeClassNames[] = {
    {"hidden", kHintHidden},          {"hide", kHintHidden},
    {"invisible", kHintHidden},
    {"sr-only", kHintHidden | kHintScreenReader},
    {"visually-hidden", kHintHidden | kHintScreenReader},
    {"visuallyhidden", kHintHidden | kHintScreenReader},
    {"screen-reader-text", kHintHidden | kHintScreenReader},
    {"screen-reader-only", kHintHidden | kHintScreenReader},
    {"d-none", kHintHidden},          {"is-hidden", kHintHidden},
    {"u-hidden", kHintHidden},
    {"u-hiddenvisually", kHintHidden | kHintScreenReader},  // SUIT CSS
    {"widget", kHintSidebar | kHintWidget}, {"widgets", kHintSidebar | kHintWidget},
    {"widget-area", kHintSidebar},
    {"swiper-slide-duplicate", kHintClone}, {"slick-cloned", kHintClone},
    {"cloned", kHintClone},                 {"splide__slide--clone", kHintClone},
};

// Bit n: a name of kWholeClassNames is n characters long (all are under 64).
constexpr std::uint64_t WholeNameLengths() {
  std::uint64_t lengths = 0;
  for (const WholeName& whole : kWholeClassNames) lengths |= std::uint64_t{1} << whole.name.size();
  return lengths;
}
constexpr std::uint64_t kWholeNameLengths = WholeNameLengths();

// ARIA roles by category.
struct RoleHint {
  std::string_view role;
  std::uint32_t hints;
};
constexpr RoleHint kRoleHints[] = {
    {"navigation", kHintNav},   {"menu", kHintNav},           {"menubar", kHintNav},
    {"banner", kHintHeader},    {"contentinfo", kHintFooter}, {"complementary", kHintSidebar},
    {"search", kHintNav},       {"dialog", kHintOverlay},     {"alertdialog", kHintOverlay},
    {"main", kHintPositive},    {"article", kHintPositive},
};

bool IsTokenChar(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool IsHexLetter(char c) { return (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

bool IsHexChar(char c) { return IsAsciiDigit(c) || IsHexLetter(c); }

// Whether the run of hex digits s[b, e) is one of the five groups of a UUID
// written with hyphens (8-4-4-4-12 hex digits: "95b9", "ad6d" in
// "a3176285-d6c8-4ea8-ad6d-29ea116ead84"): the stretch of hex digits and
// hyphens around it, whole, has that shape. Its short groups are codes too.
bool InUuid(std::string_view s, std::size_t b, std::size_t e) {
  constexpr std::size_t kGroups[] = {8, 4, 4, 4, 12};
  constexpr std::size_t kUuidChars = 36;
  // The stretch, read no further than a UUID's length either way (a longer
  // one is none), then without the hyphens at its ends ("block-" before it).
  auto in_stretch = [&](std::size_t i) { return IsHexChar(s[i]) || s[i] == '-'; };
  const std::size_t from = b, to = e;
  while (b > 0 && from - b <= kUuidChars && in_stretch(b - 1)) --b;
  while (e < s.size() && e - to <= kUuidChars && in_stretch(e)) ++e;
  while (b < e && s[b] == '-') ++b;
  while (e > b && s[e - 1] == '-') --e;
  // Glued to a word or a number, it is part of a longer name.
  if (e - b != kUuidChars || (b > 0 && IsAsciiAlnum(s[b - 1])) ||
      (e < s.size() && IsAsciiAlnum(s[e]))) {
    return false;
  }
  std::size_t at = b;
  for (std::size_t g = 0; g < std::size(kGroups); ++g) {
    if (g > 0 && s[at++] != '-') return false;
    for (std::size_t k = 0; k < kGroups[g]; ++k, ++at) {
      if (!IsHexChar(s[at])) return false;
    }
  }
  return true;
}

// Whether the letters s[start, end) are a piece of a code rather than a word:
// glued after a digit ("58ad1d2", a page builder's element id), or inside a
// run of hex digits and letters, digits among them, of kMinCodeChars or more
// ("ad0f3b2c", a hash), or in a group of a UUID, however short
// ("block-a3176285-d6c8-4ea8-ad6d-29ea116ead84": no ad). A word glued
// before a digit stays a word: "sidebar2", "ad300x250".
bool IsCodePiece(std::string_view s, std::size_t start, std::size_t end) {
  constexpr std::size_t kMinCodeChars = 6;
  if (start > 0 && IsAsciiDigit(s[start - 1])) return true;
  // A letter past 'f' is in no hex run nor UUID group: most words end here,
  // before the runs around them are read.
  for (std::size_t k = start; k < end; ++k) {
    if (!IsHexLetter(s[k])) return false;
  }
  std::size_t b = start, e = end;
  while (b > 0 && (IsAsciiDigit(s[b - 1]) || IsHexLetter(s[b - 1]))) --b;
  while (e < s.size() && (IsAsciiDigit(s[e]) || IsHexLetter(s[e]))) ++e;
  // The run must be the whole alphanumeric stretch: "badge4" is no hex code.
  const bool whole = (b == 0 || !IsTokenChar(s[b - 1])) && (e == s.size() || !IsTokenChar(s[e]));
  if (!whole) return false;
  if (e - b < kMinCodeChars) return InUuid(s, b, e);
  for (std::size_t k = b; k < e; ++k) {
    if (IsAsciiDigit(s[k])) return true;
  }
  return false;
}

// Calls fn(token, first, last) for each letter run of `s` (a view into `s`,
// in its own case) that is no piece of a code (IsCodePiece), with whether it
// opens and closes its class name (names are space-separated; "tag-cloud" is
// one name of two tokens).
template <typename Fn>
void ForEachToken(std::string_view s, Fn&& fn) {
  std::size_t i = 0;
  bool first = true;
  while (i < s.size()) {
    while (i < s.size() && !IsTokenChar(s[i])) first |= IsHtmlSpace(s[i++]);
    std::size_t start = i;
    while (i < s.size() && IsTokenChar(s[i])) {
      // a lower-to-upper change starts a new token: relatedPosts -> related|Posts
      if (i > start && s[i] >= 'A' && s[i] <= 'Z' && s[i - 1] >= 'a' && s[i - 1] <= 'z') break;
      ++i;
    }
    if (i == start) break;
    std::size_t next = i;
    while (next < s.size() && !IsTokenChar(s[next]) && !IsHtmlSpace(s[next])) ++next;
    const bool last = next == s.size() || IsHtmlSpace(s[next]);
    if (!IsCodePiece(s, start, i)) {
      fn(s.substr(start, i - start), first, last);
      first = false;
    }
  }
}

// A token in lower case, kept on the stack: vocabulary words are short,
// and a longer token is no word. Whole-attribute compounds are at most 40
// letters long.
class LowerToken {
 public:
  static constexpr std::size_t kCapacity = 48;
  // Appends the letters of `token`; false (and nothing appended) when they
  // do not fit.
  bool Append(std::string_view token) {
    if (token.size() > kCapacity - size_) return false;
    for (char c : token) text_[size_++] = static_cast<char>(c | 0x20);  // letters only
    return true;
  }
  void Clear() { size_ = 0; }
  std::string_view view() const { return std::string_view(text_, size_); }

 private:
  char text_[kCapacity];
  std::size_t size_ = 0;
};

// Token -> categories, built once from kVocabularies, with the lengths of
// its tokens by first letter for a quick miss. Immutable after its
// thread-safe construction: a table, not state. Open addressing over a
// power-of-two array with an inline FNV-1a hash: every token of every
// class and id is looked up, and std::unordered_map's hash and bucket
// walk cost twice as much for these few-letter keys.
struct TokenTable {
  struct Slot {
    std::string_view token;  // empty: a free slot
    std::uint32_t categories = 0;
  };
  std::vector<Slot> slots;  // a power of two, at most half full
  std::array<std::uint64_t, 26> lengths{};  // bit n: a token of n letters starts so

  static std::size_t Hash(std::string_view token) {
    std::uint32_t h = 2166136261u;
    for (char c : token) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h;
  }
  // The slot holding `token`, or the free one where it would go.
  std::size_t Find(std::string_view token) const {
    const std::size_t mask = slots.size() - 1;
    std::size_t i = Hash(token) & mask;
    while (!slots[i].token.empty() && slots[i].token != token) i = (i + 1) & mask;
    return i;
  }
};

const TokenTable& Tokens() {
  static const TokenTable table = [] {
    TokenTable t;
    std::size_t count = 0;
    for (const Vocabulary& v : kVocabularies) count += v.tokens.size();
    std::size_t size = 1;
    while (size < 2 * count) size *= 2;
    t.slots.resize(size);
    for (const Vocabulary& v : kVocabularies) {
      for (std::string_view token : v.tokens) {
        assert(token.size() <= LowerToken::kCapacity);  // ClassifyTokens() reads no longer ones
        assert(!token.empty());
        TokenTable::Slot& slot = t.slots[t.Find(token)];
        slot.token = token;
        slot.categories |= v.category;
        if (token.size() < 64 && token[0] >= 'a' && token[0] <= 'z') {
          t.lengths[token[0] - 'a'] |= std::uint64_t{1} << token.size();
        }
      }
    }
    return t;
  }();
  return table;
}

// `token`: lower-case letters.
std::uint32_t ClassifyToken(std::string_view token) {
  const TokenTable& table = Tokens();
  if (token.empty() || token.size() >= 64 ||
      !(table.lengths[token[0] - 'a'] & (std::uint64_t{1} << token.size()))) {
    return 0;
  }
  return table.slots[table.Find(token)].categories;
}

// Tokens that make the next one a property of the element rather than what
// it is: "card--has-image" is a card, "layout-with-sidebar" holds the
// content beside a sidebar, "no-comments" has none, and "format-aside",
// "format-gallery" name a post's format (WordPress's post formats, on the
// post and on each of its teasers), not a sidebar or a gallery.
bool IsModifierToken(std::string_view token) {
  return token == "has" || token == "with" || token == "no" || token == "without" ||
         token == "format";
}

// Whether a class attribute is a post's own: it holds a name opened by
// "tag" or "category" and going on (the terms a blog engine tags the post
// with), or the whole name "hentry" (microformats' post).
bool TagsItself(std::string_view attr) {
  bool tagged = false;
  LowerToken token;
  ForEachToken(attr, [&](std::string_view raw, bool first, bool last) {
    if (tagged || !first) return;
    token.Clear();
    if (!token.Append(raw)) return;
    const std::string_view t = token.view();
    tagged = last ? t == "hentry" : t == "tag" || t == "category";
  });
  return tagged;
}

// A class name opened by "tag" and going on names a term the element is
// tagged with: blog engines put "tag-floods category-news" on the post
// itself. "tag" alone, or closing a name ("post-tag"), is a tag list. In a
// post's own class (`attr`, TagsItself) a name opened by "author" names
// the post's writer ("hentry author-jennifer-charles" on each post of a news
// index), not an author's box ("author-card" alone). `tagged` caches
// TagsItself for the attribute (-1: not read yet), read once however many
// such names it holds.
bool IsTaxonomyPrefix(std::string_view token, std::string_view attr, int* tagged) {
  if (token == "tag") return true;
  if (token != "author") return false;
  if (*tagged < 0) *tagged = TagsItself(attr) ? 1 : 0;
  return *tagged == 1;
}

// A taxonomy's name joined by '_' and followed by a term, WordPress's
// "{taxonomy}-{term}" classes for a custom taxonomy: WooCommerce puts
// "product_tag-reusable-cups" on each product's tile, the tile tagged, no
// tag list. `at`: where `token` starts in `attr`.
bool IsTaxonomyTermName(std::string_view token, std::string_view attr, std::size_t at) {
  return token == "tag" && at >= 1 && attr[at - 1] == '_';
}

// Whether a class attribute is a WordPress post's own (post_class writes
// "hentry" and "status-publish" on the post and on each of its teasers).
bool IsPostsOwnClass(std::string_view attr) {
  bool own = false, status = false;
  LowerToken token;
  ForEachToken(attr, [&](std::string_view raw, bool first, bool last) {
    token.Clear();
    if (own || !token.Append(raw)) return;
    const std::string_view t = token.view();
    own = (first && last && t == "hentry") || (status && last && t == "publish");
    status = first && !last && t == "status";
  });
  return own;
}

// In a post's own class (IsPostsOwnClass) a name opened by "category" or
// "tag" names a term the post is filed under, and the words after it are
// the term's ("category-comment": an opinion piece; "tag-newsletter"), no
// box of the page; so does a name opened by a taxonomy's name of words
// joined by '_' (WooCommerce's "product_cat-photo-prints" on each tile of
// that category). `end`: where `token`, opening its name, ends in `attr`.
// `post` caches IsPostsOwnClass for the attribute (-1: not read yet).
bool IsTermPrefix(std::string_view token, std::string_view attr, std::size_t end, int* post) {
  const bool taxonomy = end + 1 < attr.size() && attr[end] == '_' && attr[end + 1] != '_';
  if (token != "category" && token != "tag" && !taxonomy) return false;
  if (*post < 0) *post = IsPostsOwnClass(attr) ? 1 : 0;
  return *post == 1;
}

// A class name opened by "cmp" and going on names a page component
// ("cmp-teaser__title", "cmp-text": Adobe Experience Manager's core
// components), not a consent manager ("usercentrics-cmp", "qc-cmp-link").
bool IsComponentPrefix(std::string_view token) { return token == "cmp"; }

std::uint32_t ClassifyTokens(std::string_view attr) {
  int tagged = -1;  // IsTaxonomyPrefix's TagsItself(attr), not read yet
  int post = -1;    // IsTermPrefix's IsPostsOwnClass(attr), not read yet
  std::uint32_t hints = 0;
  int count = 0;
  bool modifier = false;  // an earlier token of this name was "has", "with", "no"...
  const bool compound = attr.size() <= 40;
  LowerToken token, compact;
  ForEachToken(attr, [&](std::string_view raw, bool first, bool last) {
    token.Clear();
    // A BEM element ("player-with-placeholder__caption") is a part of its
    // own, named after the "__": what the block has is none of its words.
    // Nor is a class name after it: a name that ends in a code's letters
    // ("cardWithImage_4f9a2c", skipped) shows no token closing it.
    const std::size_t at = static_cast<std::size_t>(raw.data() - attr.data());
    if (first || (at >= 2 && attr[at - 1] == '_' && attr[at - 2] == '_')) modifier = false;
    if (token.Append(raw)) {  // a longer token is no word
      const std::string_view t = token.view();
      const bool term = first && !last && IsTermPrefix(t, attr, at + raw.size(), &post);
      if (!modifier && !term &&
          !(first && !last && (IsTaxonomyPrefix(t, attr, &tagged) || IsComponentPrefix(t))) &&
          !(!last && IsTaxonomyTermName(t, attr, at))) {
        hints |= ClassifyToken(t);
      }
      modifier = !last && (modifier || term || IsModifierToken(t));
    } else {
      modifier = modifier && !last;
    }
    ++count;
    if (compound) compact.Append(raw);
  });
  // Whole-attribute compounds: "sr-only" -> "sronly", "read-next" -> "readnext".
  if (count > 1 && compound) hints |= ClassifyToken(compact.view());
  return hints;
}

// A design system's utility class for display: none, bare or behind the
// system's own prefix of one to three letters ("display-none",
// "wt-display-none", "td-display-none"); not a longer name that ends so
// ("inline-link-display-none": a component's own state).
bool IsDisplayNoneUtility(std::string_view name) {
  constexpr std::string_view kDisplayNone = "display-none";
  constexpr std::size_t kMaxPrefixLetters = 3;
  if (name.size() < kDisplayNone.size() ||
      !EqualsIgnoreCase(name.substr(name.size() - kDisplayNone.size()), kDisplayNone)) {
    return false;
  }
  const std::string_view prefix = name.substr(0, name.size() - kDisplayNone.size());
  if (prefix.empty()) return true;
  if (prefix.size() < 2 || prefix.size() > kMaxPrefixLetters + 1 || prefix.back() != '-') {
    return false;
  }
  return std::all_of(prefix.begin(), prefix.end() - 1, IsTokenChar);
}

}  // namespace

std::uint32_t ClassifyWholeClassNames(std::string_view class_attr) {
  std::uint32_t hints = 0;
  ForEachHtmlToken(class_attr, [&](std::string_view name) {
    if (IsDisplayNoneUtility(name)) hints |= kHintHidden;
    if (name.size() >= 64 || !((kWholeNameLengths >> name.size()) & 1)) return;
    for (const WholeName& whole : kWholeClassNames) {
      if (EqualsIgnoreCase(name, whole.name)) hints |= whole.hints;
    }
  });
  return hints;
}

ClassHints ClassifyClass(std::string_view class_attr) {
  return ClassHints{ClassifyTokens(class_attr), ClassifyWholeClassNames(class_attr)};
}

std::uint32_t ClassifyAttributes(std::string_view class_attr, std::string_view id_attr,
                                 std::string_view role_attr, std::string_view itemprop_attr) {
  return ClassifyAttributesOf(ClassifyClass(class_attr), id_attr, role_attr, itemprop_attr);
}

std::uint32_t ClassifyAttributesOf(const ClassHints& class_hints, std::string_view id_attr,
                                   std::string_view role_attr, std::string_view itemprop_attr) {
  std::uint32_t words = class_hints.words | ClassifyTokens(id_attr);
  if (!role_attr.empty()) {
    std::string role = AsciiLower(NormalizeSpace(role_attr));
    for (const RoleHint& r : kRoleHints) {
      if (r.role == role) words |= r.hints;
    }
    // A control that puts the product in the cart is the buy box's.
    if ((words & kHintCart) && role == "button") words |= kHintBuyBox;
  }
  std::uint32_t hints = words | class_hints.whole_names;
  // A box a word calls a sidebar too ("widget sidebar-box") is one.
  if (words & kHintSidebar) hints &= ~kHintWidget;
  // A call to action is an ad to a post; a box another word calls an ad
  // ("cta promo") is one on any page.
  if (words & kHintAds) hints &= ~kHintCallToAction;
  if (!itemprop_attr.empty()) {
    std::string prop = AsciiLower(NormalizeSpace(itemprop_attr));
    if (prop == "articlebody" || prop == "text" || prop == "reviewbody") hints |= kHintArticleBody;
    // The writer as microdata: a byline's name, or a box of the writer's
    // photo and bio after the story (a blog plugin's author box), or a
    // forum poster's card. Not the text itself.
    if (prop == "author") hints |= kHintAuthor;
    // A count the page declares as such (schema.org's InteractionCounter
    // under "interactionStatistic": a post's "1 Like", a story's "12
    // comments"): a counter, no text.
    if (prop == "interactionstatistic") hints |= kHintMeta;
    // A review as a property of the item around it (a product's, a
    // place's): a buyer's review of it, not the page's own.
    if (prop == "review") hints |= kHintReviews;
  }
  return hints;
}

std::string BemElementsOwnNames(std::string_view cls) {
  std::string own;
  ForEachHtmlToken(cls, [&](std::string_view name) {
    const std::size_t cut = name.rfind("__");
    if (cut != std::string_view::npos) name.remove_prefix(cut + 2);
    if (!own.empty()) own += ' ';
    own.append(name);
  });
  return own;
}

bool IsNumberedClassName(std::string_view name) {
  constexpr int kMinNumberDigits = 4;
  bool letter = false;
  int run = 0;
  for (char c : name) {
    if (IsAsciiDigit(c)) {
      if (letter && ++run >= kMinNumberDigits) return true;
    } else {
      run = 0;
      letter |= IsTokenChar(c);
    }
  }
  // An index after an underscore, in a name of underscored parts: a page
  // builder's count of the element among its kind ("et_pb_section_3").
  std::size_t end = name.size();
  while (end > 0 && IsAsciiDigit(name[end - 1])) --end;
  return end < name.size() && end >= 2 && name[end - 1] == '_' &&
         name.substr(0, end - 1).find('_') != std::string_view::npos;
}

bool HoldsOwnId(std::string_view name, std::string_view id) {
  constexpr std::size_t kMinOwnIdChars = 6;
  std::size_t shared = 0;
  bool digit = false;
  while (shared < name.size() && shared < id.size() &&
         name[name.size() - 1 - shared] == id[id.size() - 1 - shared]) {
    digit |= IsAsciiDigit(name[name.size() - 1 - shared]);
    ++shared;
  }
  return shared >= kMinOwnIdChars && digit;
}

std::string_view CodeLanguageOfClass(std::string_view cls) {
  std::string_view language;
  // By prefix first: "language-" says more than "highlight-", which a
  // template may give a box for its size ("highlight-height language-js").
  for (std::string_view prefix : {"language-", "lang-", "highlight-source-", "highlight-"}) {
    ForEachHtmlToken(cls, [&](std::string_view name) {
      if (!language.empty() || name.size() <= prefix.size() ||
          !EqualsIgnoreCase(name.substr(0, prefix.size()), prefix)) {
        return;
      }
      const std::string_view rest = name.substr(prefix.size());
      const bool named =
          rest.size() <= 32 && std::all_of(rest.begin(), rest.end(), [](char c) {
            return IsAsciiAlnum(c) || c == '+' || c == '#' || c == '.' || c == '_' || c == '-';
          });
      // Sphinx's default lexer and Discourse's guess name no language.
      if (named && !EqualsIgnoreCase(rest, "default") && !EqualsIgnoreCase(rest, "auto") &&
          !EqualsIgnoreCase(rest, "source")) {
        language = rest;
      }
    });
    if (!language.empty()) break;
  }
  return language;
}

bool ClassHoldsOwnId(std::string_view cls, std::string_view id) {
  if (id.empty()) return false;
  bool holds = false;
  ForEachHtmlToken(cls, [&](std::string_view name) { holds = holds || HoldsOwnId(name, id); });
  return holds;
}

bool IsScreenSizeClassName(std::string_view name) {
  static constexpr std::string_view kDisplays[] = {"hidden", "block", "flex", "grid", "inline",
                                                   "inline-block", "inline-flex", "inline-grid",
                                                   "table", "contents", "none"};
  static constexpr std::string_view kSizes[] = {"xs", "sm", "md", "lg", "xl", "xxl"};
  auto one_of = [](std::string_view word, const auto& words) {
    for (std::string_view w : words) {
      if (EqualsIgnoreCase(word, w)) return true;
    }
    return false;
  };
  // A utility's variant: the prefix names the screen sizes, the value after
  // the last colon the display ("max-lg:hidden", "md:block").
  const std::size_t colon = name.rfind(':');
  if (colon != std::string_view::npos) return colon > 0 && one_of(name.substr(colon + 1), kDisplays);
  // A grid system's: "hidden-xs", "visible-md", "visible-lg-block";
  // "d-lg-none", "d-md-block". Each opens with an "h", a "v" or a "d", which
  // most names do not: they are answered here, with no search for a hyphen.
  const char first = name.empty() ? '\0' : static_cast<char>(name[0] | 0x20);
  if (first != 'h' && first != 'v' && first != 'd') return false;
  const std::size_t dash = name.find('-');
  if (dash == std::string_view::npos) return false;
  const std::string_view head = name.substr(0, dash);
  const std::string_view rest = name.substr(dash + 1);
  const std::size_t next = rest.find('-');
  const std::string_view size = rest.substr(0, next);
  const std::string_view display =
      next == std::string_view::npos ? std::string_view() : rest.substr(next + 1);
  if (!one_of(size, kSizes)) return false;
  if (EqualsIgnoreCase(head, "hidden") || EqualsIgnoreCase(head, "visible")) {
    return display.empty() || one_of(display, kDisplays);
  }
  return EqualsIgnoreCase(head, "d") && one_of(display, kDisplays);
}

// True when `part`, letters and digits, reads as a hash rather than a word:
// it holds a digit ("9cd5bb24"), or an upper-case letter after its first
// beside a lower-case one ("bdVaJa", "DQtHs"). A word is in one case or
// capitalized ("button", "Header", "NAV"). A hash in one case ("dbmope")
// passes for a word: rarer than the words a hyphen or a space sets beside it.
namespace {
bool LooksHashed(std::string_view part) {
  bool lower = false, upper_inside = false;
  for (std::size_t i = 0; i < part.size(); ++i) {
    if (IsAsciiDigit(part[i])) return true;
    lower |= IsAsciiLower(part[i]);
    upper_inside |= i > 0 && IsAsciiUpper(part[i]);
  }
  return lower && upper_inside;
}
}  // namespace

bool IsStyledComponentName(std::string_view name) {
  constexpr std::size_t kMinIdChars = 4;
  if (name.rfind("sc-", 0) != 0) return false;
  std::size_t i = 3;
  while (i < name.size() && IsAsciiAlnum(name[i])) ++i;
  if (i - 3 < kMinIdChars || !LooksHashed(name.substr(3, i - 3))) return false;
  if (i == name.size()) return true;
  if (name[i] != '-' || i + 1 == name.size()) return false;
  for (++i; i < name.size(); ++i) {
    if (!IsAsciiDigit(name[i])) return false;
  }
  return true;
}

bool IsGeneratedStyleName(std::string_view name) {
  constexpr std::size_t kMinChars = 5, kMaxChars = 8;
  if (name.size() < kMinChars || name.size() > kMaxChars) return false;
  for (char c : name) {
    if (!IsAsciiAlpha(c)) return false;
  }
  return LooksHashed(name);
}

bool IsLoaderStateClassName(std::string_view name) {
  static constexpr std::string_view kStates[] = {"lazy", "lazyload", "lazyloaded", "lazyloading"};
  // Every state holds a "z", which few class names do: most names are
  // answered by this one pass over their bytes, not split into parts.
  bool z = false;
  for (std::size_t i = 0; i < name.size() && !z; ++i) z = name[i] == 'z' || name[i] == 'Z';
  if (!z) return false;
  for (std::size_t begin = 0; begin <= name.size();) {
    std::size_t end = name.find_first_of("-_", begin);
    if (end == std::string_view::npos) end = name.size();
    const std::string_view part = name.substr(begin, end - begin);
    for (std::string_view state : kStates) {
      if (EqualsIgnoreCase(part, state)) return true;
    }
    begin = end + 1;
  }
  return false;
}

StyleShowing ReadStyleShowing(std::string_view style) {
  StyleShowing showing;
  if (style.empty()) return showing;
  std::string compact;
  for (char c : AsciiLower(style)) {
    if (c != ' ' && c != '\t' && c != '\n') compact.push_back(c);
  }
  showing.display_none = compact.find("display:none") != std::string::npos;
  constexpr std::string_view kVisibility = "visibility:";
  const std::size_t at = compact.rfind(kVisibility);
  if (at != std::string::npos) {
    const std::string_view value = std::string_view(compact).substr(at + kVisibility.size());
    const auto starts = [&](std::string_view word) { return value.substr(0, word.size()) == word; };
    if (starts("hidden") || starts("collapse")) showing.visibility = StyleVisibility::kHidden;
    else if (starts("visible")) showing.visibility = StyleVisibility::kVisible;
  }
  return showing;
}

// The vocabulary of the lowest chrome category set in `hints`, or nullptr.
const Vocabulary* ChromeVocabulary(std::uint32_t hints) {
  for (const Vocabulary& v : kVocabularies) {
    if ((hints & v.category) && (v.category & kHintChromeMask)) return &v;
  }
  return nullptr;
}

const char* ChromeHintName(std::uint32_t hints) {
  const Vocabulary* v = ChromeVocabulary(hints);
  return v ? v->name : "";
}

const char* ChromeHintReason(std::uint32_t hints) {
  const Vocabulary* v = ChromeVocabulary(hints);
  return v ? v->reason : "";
}

namespace {

// Social networks and app stores, by the host their links lead to: where a
// site asks its readers to follow it ("Follow us on Twitter and Facebook",
// "Get our apps for iOS and Android"). A host matches itself and its
// subdomains ("m.facebook.com"), never a longer name ("notfacebook.com").
constexpr std::string_view kFollowSites[] = {
    "facebook.com",  "fb.com",         "twitter.com",     "x.com",           "instagram.com",
    "tiktok.com",    "linkedin.com",   "youtube.com",     "pinterest.com",   "threads.net",
    "bsky.app",      "t.me",           "whatsapp.com",    "snapchat.com",    "vk.com",
    "weibo.com",     "apps.apple.com", "itunes.apple.com", "play.google.com",
};
static_assert(std::size(kFollowSites) > 0);

}  // namespace

std::string_view FollowSite(std::string_view host) {
  for (std::string_view site : kFollowSites) {
    if (host.size() < site.size() || host.substr(host.size() - site.size()) != site) continue;
    if (host.size() == site.size() || host[host.size() - site.size() - 1] == '.') return site;
  }
  return {};
}

namespace {

// A disclosure that the site earns from its links names the programme or
// the pay (kEarningsWords) and what earns it, the links, the purchases or
// the earning itself (kEarnedByWords): "We may earn commission from links
// on this page", "This post may contain affiliate links". One word of the
// first kind alone is the story's ("the state election commission", "Fox
// affiliate WXYZ", "afiliados a la Seguridad Social", "la commissione
// regionale"). Words lower-cased, in English, German, Spanish, Portuguese,
// French and Italian. Not "affiliated" (a site "not affiliated with" a
// publisher disclaims, and the truths keep that), nor "sponsored" (a
// sponsor named is the story's context).
constexpr std::string_view kEarningsWords[] = {
    "affiliate",   "affiliates",   "affiliatelink", "affiliatelinks", "affiliation",
    "afiliado",    "afiliados",    "afiliada",      "afiliadas",      "affilié",
    "affiliés",    "affiliée",     "affiliées",     "affiliato",      "affiliata",
    "affiliati",   "affiliazione", "commission",    "commissions",    "provision",
    "provisionen", "comisión",     "comision",      "comisiones",     "comissão",
    "comissões",   "commissione",  "commissioni",
};
constexpr std::string_view kEarnedByWords[] = {
    "link",       "links",      "enlace",    "enlaces",  "lien",      "liens",
    "collegamento", "collegamenti", "purchase", "purchases", "purchased", "buy",
    "compra",     "compras",    "comprar",   "achat",    "achats",    "acquisto",
    "acquisti",   "kauf",       "käufe",     "earn",     "earns",     "verdienen",
    "ganar",      "ganamos",    "ganhar",    "gagner",   "guadagno",  "guadagnare",
    "verdiene",   "verdient",   "bénéfice",
};

// What Amazon's programme calls its members, next to its name, before or
// after it: "As an Amazon Associate I earn...", "Als Amazon-Partner
// verdiene ich...", "En tant que Partenaire Amazon, je réalise un bénéfice
// sur les achats...".
constexpr std::string_view kAmazonMemberWords[] = {"associate", "associates", "partner",
                                                     "partenaire"};

template <std::size_t N>
bool OneOf(const std::string_view (&words)[N], std::string_view word) {
  return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

// Calls on_word(word, previous) for each word of `text`, a run of letters
// of any script lower-cased (ICU's simple case mapping: "AFFILIÉS" is
// "affiliés"), with the word before it, until on_word returns true.
template <typename OnWord>
void ForEachLowerWord(std::string_view text, OnWord&& on_word) {
  std::string word, previous;
  bool done = false;
  auto end_word = [&] {
    if (word.empty()) return;
    done = on_word(std::string_view(word), std::string_view(previous));
    previous.swap(word);
    word.clear();
  };
  std::size_t pos = 0;
  while (pos < text.size() && !done) {
    const UChar32 cp = static_cast<UChar32>(NextCodePoint(text, &pos));
    if (u_isalpha(cp)) {
      AppendUtf8(static_cast<char32_t>(u_tolower(cp)), &word);
    } else {
      end_word();
    }
  }
  if (!done) end_word();
}

// A paywall's notice names subscribing or the subscribers
// (kSubscribeWords) and the story kept from the reader or reading it on
// (kReadOnPhrases): "To view the full story, please subscribe", "Subscribe
// now to our eNATION edition for the full story", "This article is
// exclusive to STAT+ subscribers", "Become a paid subscriber to unlock this
// piece", "Abonnez-vous pour lire la suite". One alone is the story's ("the
// paper lost 10,000 subscribers", "read the full story on page 4"); so is
// the subscription itself, a product that a story or an ad names ("the
// best book subscription boxes", "Unlock 55% off your subscription"). The
// story is named as this one or whole ("this article", "the full story",
// "dieser Artikel", "esta nota", "la nota completa"), never alone: a story
// on a paper's subscribers speaks of its stories and of reading them
// ("lost subscribers after the story ran", "À la suite de la hausse, le
// journal a perdu 3 000 abonnés"). Words lower-cased, phrases of up to
// three words, in English, German, French, Spanish, Portuguese, Italian,
// Dutch and Polish, in that order.
constexpr std::string_view kSubscribeWords[] = {
    "subscribe",  "subscriber",  "subscribers",  "subscribing",   "abonnieren", "abonniere",
    "abonnent",   "abonnenten",  "abonnentin",   "abonnez",       "abonner",    "abonné",
    "abonnés",    "abonnée",     "abonnées",     "suscríbete",    "suscribete", "suscribirse",
    "suscribite", "suscriptor",  "suscriptores", "assine",        "assinante",  "assinantes",
    "abbonati",   "abbonato",    "abbonarsi",    "abonnee",       "abonnees",   "abonneer",
    "subskrybuj", "subskrybent", "subskrybenci", "subskrybentów",
};
constexpr std::string_view kReadOnPhrases[] = {
    "this story",      "this article",     "this post",
    "this content",    "full story",       "full article",
    "whole story",     "continue reading", "keep reading",
    "read more",       "unlock",           "weiterlesen",
    "weiterzulesen",   "weiter lesen",     "dieser artikel",
    "diesen artikel",  "diesem artikel",   "dieser beitrag",
    "diesen beitrag",  "dieser inhalt",    "diesen inhalt",
    "ganzen artikel",  "cet article",      "ce contenu",
    "lire la suite",   "lire l article",   "este artículo",
    "esta nota",       "esta noticia",     "este contenido",
    "nota completa",   "seguir leyendo",   "continuar leyendo",
    "este artigo",     "esta matéria",     "este conteúdo",
    "continuar lendo", "continuar a ler",  "questo articolo",
    "quest articolo",  "questo contenuto", "continuare a leggere",
    "dit artikel",     "deze inhoud",      "verder lezen",
    "lees verder",     "ten artykuł",      "tego artykułu",
    "czytaj dalej",
};

}  // namespace

bool SaysItEarnsFromLinks(std::string_view text) {
  // Amazon's programme names its members (kAmazonMemberWords) beside its
  // name.
  bool earnings = false, earned_by = false;
  ForEachLowerWord(text, [&](std::string_view word, std::string_view previous) {
    earnings = earnings || OneOf(kEarningsWords, word) ||
               (previous == "amazon" && OneOf(kAmazonMemberWords, word)) ||
               (word == "amazon" && OneOf(kAmazonMemberWords, previous));
    earned_by = earned_by || OneOf(kEarnedByWords, word);
    return earnings && earned_by;
  });
  return earnings && earned_by;
}

bool AsksToSubscribeToRead(std::string_view text) {
  // The phrases ending at each word: the word alone, and with the one or
  // the two words before it.
  bool subscribe = false, read_on = false;
  std::string two, three;  // the last two words, the last three
  ForEachLowerWord(text, [&](std::string_view word, std::string_view previous) {
    subscribe = subscribe || OneOf(kSubscribeWords, word);
    three.assign(two).append(" ").append(word);
    two.assign(previous).append(" ").append(word);
    read_on = read_on || OneOf(kReadOnPhrases, word) || OneOf(kReadOnPhrases, two) ||
              OneOf(kReadOnPhrases, three);
    return subscribe && read_on;
  });
  return subscribe && read_on;
}

namespace {

// schema.org types by the page type they name. Strength as DeclaredType's:
// a Product, a thread or a technical article is the page's main entity; a
// Service or a list is often one part of a page of another type.
struct SchemaType {
  std::string_view name;
  PageType type;
  int strength;
};
constexpr SchemaType kSchemaTypes[] = {
    {"Product", PageType::kProduct, 3},
    {"ProductGroup", PageType::kProduct, 3},
    {"IndividualProduct", PageType::kProduct, 3},
    {"ProductModel", PageType::kProduct, 3},
    {"Course", PageType::kProduct, 3},
    {"Vehicle", PageType::kProduct, 3},
    {"Car", PageType::kProduct, 3},
    {"SoftwareApplication", PageType::kProduct, 2},
    {"MobileApplication", PageType::kProduct, 2},
    {"VideoGame", PageType::kProduct, 2},
    {"Offer", PageType::kProduct, 2},
    {"DiscussionForumPosting", PageType::kForum, 3},
    {"QAPage", PageType::kForum, 3},
    {"Comment", PageType::kForum, 1},
    {"TechArticle", PageType::kDocumentation, 3},
    {"APIReference", PageType::kDocumentation, 3},
    {"OfferCatalog", PageType::kCollection, 2},
    {"CollectionPage", PageType::kCollection, 1},
    {"SearchResultsPage", PageType::kListing, 2},
    {"ItemList", PageType::kListing, 1},
    {"Service", PageType::kService, 2},
    {"ProfessionalService", PageType::kService, 2},
    {"FinancialService", PageType::kService, 2},
    {"LegalService", PageType::kService, 2},
    {"HomeAndConstructionBusiness", PageType::kService, 1},
    {"HVACBusiness", PageType::kService, 1},
    {"LocalBusiness", PageType::kService, 1},
    {"Article", PageType::kArticle, 1},
    {"NewsArticle", PageType::kArticle, 1},
    {"BlogPosting", PageType::kArticle, 1},
    {"Report", PageType::kArticle, 1},
    {"ScholarlyArticle", PageType::kArticle, 1},
    {"LiveBlogPosting", PageType::kArticle, 1},
    {"OpinionNewsArticle", PageType::kArticle, 1},
    {"AnalysisNewsArticle", PageType::kArticle, 1},
    {"ReportageNewsArticle", PageType::kArticle, 1},
    {"Recipe", PageType::kArticle, 1},
    // Instructions: a how-to's steps and materials set as sections, like a
    // recipe's ingredients and method.
    {"HowTo", PageType::kArticle, 1},
    // A fact-check: its claim, rating and reasoning set as sections.
    {"ClaimReview", PageType::kArticle, 1},
};

}  // namespace

DeclaredType ClassifySchemaType(std::string_view schema_type) {
  DeclaredType d;
  d.faq = schema_type == "FAQPage";
  for (const SchemaType& t : kSchemaTypes) {
    if (t.name == schema_type) {
      d.type = t.type;
      d.strength = t.strength;
      break;
    }
  }
  return d;
}

DeclaredType ClassifyOpenGraphType(std::string_view og_type) {
  const std::string t = AsciiLower(NormalizeSpace(og_type));
  if (t == "product" || t == "og:product" || t == "product.item") {
    return {PageType::kProduct, 3, false};
  }
  if (t == "product.group") return {PageType::kCollection, 2, false};
  // Many sites mark every page "article": a hint only.
  if (t == "article") return {PageType::kArticle, 1, false};
  return {};
}

}  // namespace pith::internal
