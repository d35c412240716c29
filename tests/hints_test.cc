// Hints: whole-token matching of class/id/role/itemprop.
#include "extract/hints.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "base/compose.h"

namespace pith::internal {
namespace {

TEST(ClassifyAttributesTest, MatchesWholeTokensOnly) {
  static const struct {
    const char* cls;
    const char* id;
    std::uint32_t expected;
  } kCases[] = {
      {"share-buttons", "", kHintShare},
      {"sharedaddy sd-sharing-enabled", "", kHintShare},
      {"widget widget_recent_comments", "",
       kHintSidebar | kHintWidget | kHintComments | kHintRecommended},
      {"widget", "", kHintSidebar | kHintWidget},        // a sidebar's box, or a component
      {"widget sidebar-box", "", kHintSidebar},          // a sidebar by its words too
      {"widget", "sidebar", kHintSidebar},
      {"widget-area", "", kHintSidebar},                 // WordPress's sidebar area
      {"c-letters-cta", "", kHintCallToAction},         // an ad on a story only
      {"cta promo", "", kHintAds},                       // an ad by its words too
      {"elementor-widget-container", "", 0},       // page builders wrap everything in "widgets"
      {"", "cookie-law-info-bar", kHintConsent},
      {"relatedPosts", "", kHintRecommended},      // camelCase split
      {"jp-relatedposts", "", kHintRecommended},   // compound token listed
      {"most-popular", "", kHintRecommended},
      {"wp-block-shop-product-recommend", "", kHintRecommended},  // the verb too
      {"sr-only", "", kHintHidden | kHintScreenReader},  // whole class name
      {"visually-hidden", "", kHintHidden | kHintScreenReader},
      {"form-label u-hiddenVisually", "", kHintHidden | kHintScreenReader},  // SUIT CSS's, BigCommerce's themes
      {"btn hidden", "", kHintHidden},
      {"field field-label-hidden", "", 0},         // a hidden label, not a hidden field
      {"hidden-xs", "", 0},                        // hidden on small screens only
      {"wt-alert wt-display-none", "", kHintHidden},  // a design system's display: none
      {"display-none", "", kHintHidden},
      {"inline-link-display-none", "", 0},         // a component's state, not the utility
      {"brand-story", "", kHintPositive},          // "brand" is no ad token
      {"shadow-box", "", 0},                       // "ad" inside a word is no ad
      {"header-image", "", kHintHeader | kHintCaption},
      {"entry-content", "", kHintPositive},
      {"", "comments", kHintComments},
      {"commentary-body", "", kHintPositive},      // "commentary" is not "comment"
      {"wp-caption-text", "", kHintCaption | kHintPositive},
      {"image top imgTop", "", kHintCaption},      // image boxes hold pictures and captions
      {"inlinegallery-item", "", kHintCaption},
      {"mv-create-card mv-create-has-image", "", 0},  // a card that has an image, not one
      {"layout-with-sidebar", "", 0},                 // holds the content beside a sidebar
      {"dek noImage", "", 0},
      // After "has", "with", "no" or "without" the rest of the name is a
      // property: Docusaurus's heading "anchorWithStickyNavbar" is no menu;
      // a BEM element after "__" is a part of its own.
      {"no-sub-nav", "", 0},
      {"anchor anchorWithStickyNavbar_LWe7", "", 0},
      // "format-<name>" is a post's format (WordPress), not what it is.
      {"post type-post format-aside hentry", "", kHintPositive},
      {"format-gallery", "", 0},
      {"with-featured-image hero-post", "", kHintPositive},
      {"player-with-placeholder__caption", "", kHintCaption},
      // ... and ends with the name, though a code's letters close it.
      {"cardWithImage_4f9a2c sidebar", "", kHintSidebar},
      {"has-nav-4f9a2c widget-area", "", kHintSidebar},
      // "tag-<term>" names a term the post is tagged with; "tag" alone or
      // closing a name is a tag list.
      {"post type-post tag-floods tag-lower-town", "", kHintPositive},
      {"tag", "", kHintMeta},
      {"item-tag", "", kHintMeta},
      {"post-tag-list", "", kHintMeta | kHintPositive},
      // In a post's own class ("hentry", "status-publish") a name opened by
      // "category" or "tag" is a term the post is filed under, all of it.
      {"post status-publish hentry category-comment tag-newsletter", "", kHintPositive},
      {"category-nav", "", kHintNav},
      {"product type-product status-publish product_cat-photo-prints product_tag-gallery", "", 0},
      {"sidebar_widget-area", "", kHintSidebar},  // no post's class: its words
      // "<taxonomy>_tag-<term>" names a term of a shop's own taxonomy the
      // element is tagged with (WooCommerce's product tiles), no tag list.
      {"product type-product product_tag-mugs shipping-taxable", "", kHintShopPolicy},
      {"product_tag-list", "", 0},
      // In a post's own class (tagged with terms, or "hentry") "author-<name>"
      // names its writer; elsewhere "author-..." is an author's box.
      {"entry category-news tag-vienna author-jane-doe", "", kHintPositive},
      {"entry hentry author-jane-doe", "", kHintPositive},
      {"author-card package", "", kHintAuthor},
      {"author-jane-doe", "", kHintAuthor},
      {"entry-tag author-box", "", kHintMeta | kHintAuthor | kHintPositive},
      // "cmp-<component>" is a page component; "cmp" elsewhere a consent manager.
      {"cmp-text", "", kHintPositive},
      {"cmp-teaser__title", "", 0},
      {"cmp-header__nav", "", kHintHeader | kHintNav},
      {"usercentrics-cmp", "", kHintConsent},
      {"qc-cmp-persistent-link", "", kHintConsent},
      {"cmp", "", kHintConsent},
      // Reviews are a category of their own: chrome on product pages only.
      {"product-reviews", "", kHintReviews},
      {"", "customerReviewsList", kHintReviews},
      {"testimonial-slider", "", kHintReviews | kHintCaption},
      {"reviewer-name", "", 0},                       // a reviewer is no review
      {"mover-profile", "", 0},                       // a company's profile is content
      {"postprofile", "", kHintAuthor},               // a forum's user card
      {"attachbox", "", kHintMeta},                   // a forum post's attached files
      {"post-attachments", "", kHintMeta | kHintPositive},
      {"inline-attachment", "", kHintMeta},           // one file attached inside a post
      {"postmetadata alt", "", kHintMeta},            // a blog theme's "posted on ... filed under"
      {"", "attachment_5678", 0},                     // a blog's captioned image, by its record
      {"attachment-full size-full", "", 0},           // the image itself
      // A shop's shipping and returns terms too: chrome on product pages only.
      {"", "shipping_and_returns", kHintShopPolicy},
      {"product-returns-policy", "", kHintShopPolicy},
      {"", "block-reassurance", kHintShopPolicy},  // its promises: delivery, returns, payment
      {"blockreassurance_product", "", kHintShopPolicy},
      {"usp-pdp__wrapper", "", kHintShopPolicy},  // its selling points: dispatch, returns
      {"product-usps", "", kHintShopPolicy},
      // And its buy box's parts.
      {"stock out-of-stock", "", kHintBuyBox},
      {"product-form__quantity", "", kHintBuyBox},
      {"productView-pricing bulk-pricing", "", kHintBuyBox},  // a price for each quantity
      {"product-quantities", "", kHintBuyBox},  // a shop's "In stock 1200 Items"
      {"afterpay-container", "", kHintBuyBox},
      {"", "wishlistButton", kHintBuyBox},
      {"swatch-panel", "", 0},  // a colour's box may hold the description
      {"instock product type-product", "", 0},  // a shop's product box, in stock
      // Letters of a code are no word: a hex id glued after a digit, a hash,
      // a UUID; a word glued before a digit is still one.
      {"elementor-element elementor-element-58ad1d2", "", 0},
      {"", "block-20a388fd-95b9-4641-adcb-64ab9c672ad0", 0},
      // A UUID's short group is a code too, "ad" and a digit or not.
      {"", "block-a3176285-d6c8-4ea8-ad6d-29ea116ead84", 0},
      {"", "ad6d-29ea-4ea8-d6c8-a3176285", kHintAds},  // no UUID's shape
      {"", "block-a3176285-d6c8-4ea8-ad6d-29ea116ead84x", kHintAds},  // glued to a word
      {"x-ad0f3b2c", "", 0},
      {"sidebar2", "", kHintSidebar},
      {"ad300x250", "", kHintAds},
      {"acquisition-billboard", "", kHintAds},  // the wide slot of the ad formats
      {"ad-1", "", kHintAds},
      {"badge4 footer", "", kHintFooter},
      {"ad", "block-7f3e", kHintAds},                 // too short to be a hash
      // An affiliate notice is the site's word about its ads.
      {"alice-affiliate-info", "", kHintAds},
      {"affiliate-disclosure", "", kHintAds},
      // Chrome named in the site's language: footers, headers, ads, share bars.
      {"rodape", "", kHintFooter},
      {"", "fusszeile", kHintFooter},
      {"cabecalho", "", kHintHeader},
      {"werbung-box", "", kHintAds},
      {"bloque-publicidad", "", kHintAds},
      {"btn-compartir", "", kHintShare},
      {"partage-social", "", kHintShare},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(ClassifyAttributes(c.cls, c.id, "", ""), c.expected)
        << "class=\"" << c.cls << "\" id=\"" << c.id << "\"";
  }
}

TEST(CodeLanguageOfClassTest, NamesTheLanguageOfTheFirstNameGivingOne) {
  EXPECT_EQ(CodeLanguageOfClass("hljs language-python"), "python");
  EXPECT_EQ(CodeLanguageOfClass("prism-code Lang-JS line-numbers"), "JS");
  EXPECT_EQ(CodeLanguageOfClass("highlight highlight-source-c++ notranslate"), "c++");
  EXPECT_EQ(CodeLanguageOfClass("highlight-python3 notranslate"), "python3");
  EXPECT_EQ(CodeLanguageOfClass("language-c# language-java"), "c#");
  EXPECT_EQ(CodeLanguageOfClass("highlight-height language-typescript line-numbers"), "typescript");
  // None: Sphinx's default lexer, bare prefixes, other characters, a name
  // too long to be a language's, a prefix inside another name.
  for (const char* none : {"highlight-default", "highlight-source", "lang-auto", "language- lang-",
                           "highlight", "language-a/b", "language-\xC3\xA9", "syntax-language-go",
                           "lang-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", ""}) {
    EXPECT_EQ(CodeLanguageOfClass(none), "") << none;
  }
}

TEST(ClassifyAttributesTest, ClassNamesSplitOnAsciiWhiteSpaceOnly) {
  // "\xC3\xA0" is "à" and "\xC3\x85" is "Å": their second bytes are U+00A0's
  // and U+0085's code, yet no space inside a UTF-8 class name.
  EXPECT_EQ(ClassifyAttributes("voil\xC3\xA0hidden", "", "", ""), 0u);
  EXPECT_EQ(ClassifyAttributes("\xC3\x85hidden", "", "", ""), 0u);
  EXPECT_EQ(ClassifyAttributes("d\xC3\xA9j\xC3\xA0\tsr-only", "", "", ""),
            kHintHidden | kHintScreenReader);
  EXPECT_EQ(ClassifyAttributes("\fhidden\r\n", "", "", ""), kHintHidden);
}

TEST(ClassifyAttributesTest, RolesAndItemprop) {
  EXPECT_EQ(ClassifyAttributes("", "", "navigation", ""), kHintNav);
  EXPECT_EQ(ClassifyAttributes("", "", "contentinfo", ""), kHintFooter);
  EXPECT_EQ(ClassifyAttributes("", "", " Main ", ""), kHintPositive);
  EXPECT_EQ(ClassifyAttributes("", "", "", "articleBody"), kHintArticleBody);
  EXPECT_EQ(ClassifyAttributes("", "", "", " Author "), kHintAuthor);
  EXPECT_EQ(ClassifyAttributes("", "", "", "authorName"), 0u);
  EXPECT_EQ(ClassifyAttributes("", "", "button", ""), 0u);
  // A button worded as the cart's is the buy box's; a box so worded is not.
  EXPECT_EQ(ClassifyAttributes("sqs-add-to-cart-button", "", "Button", ""),
            kHintCart | kHintBuyBox);
  EXPECT_EQ(ClassifyAttributes("", "addToBasket", "button", ""), kHintCart | kHintBuyBox);
  EXPECT_EQ(ClassifyAttributes("game_area_purchase cart", "", "", ""), kHintCart);
  EXPECT_EQ(ClassifyAttributes("add-to-cart", "", "region", ""), kHintCart);
}

// A class value's hints read once (ClassifyClass) give what reading it with
// the other attributes gives, the rules that weigh words of the class against
// the id's or role's (a sidebar's widget, an ad's call to action, a cart's
// button) included.
TEST(ClassifyAttributesTest, ClassReadOnceGivesTheSame) {
  static const struct {
    const char* cls;
    const char* id;
    const char* role;
    const char* itemprop;
  } kCases[] = {
      {"widget", "sidebar", "", ""},        {"c-letters-cta", "promo", "", ""},
      {"sqs-add-to-cart-button", "", "Button", ""},
      {"sr-only hidden", "", "", "author"}, {"", "addToBasket", "button", ""},
      {"tag-floods category-news hentry", "comments", "", "articleBody"},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(ClassifyAttributesOf(ClassifyClass(c.cls), c.id, c.role, c.itemprop),
              ClassifyAttributes(c.cls, c.id, c.role, c.itemprop))
        << c.cls << " / " << c.id;
  }
  EXPECT_EQ(ClassifyAttributesOf(ClassifyClass("widget"), "sidebar", "", ""), kHintSidebar);
}

TEST(FollowSiteTest, NetworksAndStoresByHostAndSubdomain) {
  EXPECT_EQ(FollowSite("twitter.com"), "twitter.com");
  EXPECT_EQ(FollowSite("mobile.twitter.com"), "twitter.com");
  EXPECT_EQ(FollowSite("www.facebook.com"), "facebook.com");
  EXPECT_EQ(FollowSite("play.google.com"), "play.google.com");
  EXPECT_EQ(FollowSite("google.com"), "");
  EXPECT_EQ(FollowSite("notfacebook.com"), "");
  EXPECT_EQ(FollowSite("x.com.example.org"), "");
  EXPECT_EQ(FollowSite(""), "");
}

TEST(IsNumberedClassNameTest, FourDigitsOrMoreAfterALetter) {
  for (const char* name : {"vc_custom_1683359410958", "post-1554", "menu-item-20417",
                           "elementor-element-1234", "x1234", "a1b2c3-0001"}) {
    EXPECT_TRUE(IsNumberedClassName(name)) << name;
  }
  for (const char* name : {"row", "col-md-12", "vc_col-sm-6", "h-100", "max-w-[120px]", "2024",
                           "1234-abc", "", "abc-123-456"}) {
    EXPECT_FALSE(IsNumberedClassName(name)) << name;
  }
}

TEST(IsNumberedClassNameTest, IndexAfterAnUnderscoreOfUnderscoredParts) {
  // A page builder counts its sections, rows and modules: "et_pb_section_3".
  for (const char* name : {"et_pb_section_3", "et_pb_row_12", "my_row_0"}) {
    EXPECT_TRUE(IsNumberedClassName(name)) << name;
  }
  // Not a size or a step of a utility (hyphens), nor a lone name's digit.
  for (const char* name : {"col-md-6", "vc_col-sm-6", "h_1", "col_6", "et_pb_section_1_tb_footer",
                           "et_pb_section_", "_1"}) {
    EXPECT_FALSE(IsNumberedClassName(name)) << name;
  }
}

TEST(HoldsOwnIdTest, NameEndingAsItsElementsIdWithADigit) {
  // Old Reddit names a comment after its base-36 id; WordPress a post after
  // its number.
  EXPECT_TRUE(HoldsOwnId("id-t1_kx8d7f2", "thing_t1_kx8d7f2"));
  EXPECT_TRUE(HoldsOwnId("comment-98a1bc", "comment-98a1bc"));
  // A shared word without a digit, or a short shared tail, is the
  // template's: "page-content" beside id "main-content"; "col-2" beside id
  // "row-2".
  EXPECT_FALSE(HoldsOwnId("page-content", "main-content"));
  EXPECT_FALSE(HoldsOwnId("col-2", "row-2"));
  EXPECT_FALSE(HoldsOwnId("id-t1_kx8d7f2", ""));
  EXPECT_FALSE(HoldsOwnId("", "thing_t1_kx8d7f2"));
}

TEST(IsScreenSizeClassNameTest, DisplayAtSomeScreenSizes) {
  for (const char* name : {"max-lg:hidden", "md:block", "lg:flex", "sm:inline-flex",
                           "2xl:hidden", "hidden-xs", "visible-md", "visible-lg-block",
                           "d-lg-none", "d-md-block", "Hidden-SM", "Visible-XS", "D-MD-NONE"}) {
    EXPECT_TRUE(IsScreenSizeClassName(name)) << name;
  }
  // A template's own names: a size or a step, a state of hover, a bare
  // display, a column's width.
  for (const char* name : {"hidden", "block", "d-none", "d-flex", "col-md-6", "lg:p-10",
                           "hover:underline", "md:grid-cols-4", ":hidden", "hidden-item",
                           "visible", "d-lg", "card", ""}) {
    EXPECT_FALSE(IsScreenSizeClassName(name)) << name;
  }
}

TEST(IsLoaderStateClassNameTest, LazyLoadersMarks) {
  for (const char* name : {"nitro-lazy", "lazyload", "lazyloaded", "b-lazy", "Lazy_Loading",
                           "lazy"}) {
    EXPECT_TRUE(IsLoaderStateClassName(name)) << name;
  }
  for (const char* name : {"lazybones", "blazy", "section", "loaded", "", "-"}) {
    EXPECT_FALSE(IsLoaderStateClassName(name)) << name;
  }
}

// The names ForEachTemplateName() gives of class value `cls`, each followed
// by "|", and after ";" whether it left a name out.
std::string TemplateNames(std::string_view cls) {
  std::string names;
  const bool left_out =
      ForEachTemplateName(cls, [&](std::string_view n) { names += std::string(n) + "|"; });
  return names + (left_out ? ";left out" : ";all");
}

TEST(ForEachTemplateNameTest, LeavesNumberedNamesOut) {
  EXPECT_EQ(TemplateNames(" row\tvc_custom_1683359410958  wpb_row "), "row|wpb_row|;left out");
  EXPECT_EQ(TemplateNames("row 2024"), "row|2024|;all");
  EXPECT_EQ(TemplateNames("card max-lg:hidden rounded"), "card|rounded|;left out");
  // Beside a styled-components name, the style's generated name is left
  // out: cards of one component share their template, whatever their props.
  EXPECT_EQ(TemplateNames("sc-225578b-0 kgCnvb"), "sc-225578b-0|;left out");
  EXPECT_EQ(TemplateNames("sc-225578b-0 huyMjp"), "sc-225578b-0|;left out");
  EXPECT_EQ(TemplateNames("DQtHs sc-bdVaJa"), "sc-bdVaJa|;left out");
  // A word beside a component's name is the stylesheet's name, the template's
  // ("header"); "sc-" and a word names no component ("sc-button"), and a name
  // in one case beside it is no generated style.
  EXPECT_EQ(TemplateNames("sc-225578b-0 header Title"), "sc-225578b-0|header|Title|;all");
  EXPECT_EQ(TemplateNames("sc-button kgCnvb"), "sc-button|kgCnvb|;all");
  // Without one, a name of letters alone is a template's own ("header").
  EXPECT_EQ(TemplateNames("header kgCnvb"), "header|kgCnvb|;all");
}

TEST(StyledComponentNamesTest, ComponentAndGeneratedStyle) {
  for (const char* name : {"sc-9cd5bb24-0", "sc-bdVaJa", "sc-225578b-12"}) {
    EXPECT_TRUE(IsStyledComponentName(name)) << name;
  }
  for (const char* name : {"sc-", "sc-ab", "sc-9cd5bb24-", "sc-9cd5bb24-x", "sc-a_b-0", "scroll",
                           "desc-9cd5bb24-0", "sc-button", "sc-Button", "sc-NAVBAR-2", ""}) {
    EXPECT_FALSE(IsStyledComponentName(name)) << name;
  }
  for (const char* name : {"kgCnvb", "DQtHs", "hZXEFSab"}) {
    EXPECT_TRUE(IsGeneratedStyleName(name)) << name;
  }
  for (const char* name : {"abcd", "kgCnvbxyz", "kg-Cnv", "kgCnv1", "header", "Title", "BANNER",
                           ""}) {
    EXPECT_FALSE(IsGeneratedStyleName(name)) << name;
  }
}

TEST(BemElementsOwnNamesTest, CutsEachElementToItsOwnPart) {
  EXPECT_EQ(BemElementsOwnNames(" ProductMeta__Description\tRte "), "Description Rte");
  EXPECT_EQ(BemElementsOwnNames("product-single__meta"), "meta");
  EXPECT_EQ(BemElementsOwnNames("card__body__title card--wide"), "title card--wide");
  EXPECT_EQ(BemElementsOwnNames("x__"), "");
  EXPECT_EQ(BemElementsOwnNames(""), "");
}

TEST(ChromeHintNameTest, NamesTheCategory) {
  EXPECT_STREQ(ChromeHintName(kHintShare | kHintPositive), "share");
  EXPECT_STREQ(ChromeHintName(kHintPositive), "");
  EXPECT_STREQ(ChromeHintName(kHintReviews), "");  // chrome only where the page type says so
  EXPECT_STREQ(ChromeHintName(kHintShopPolicy), "");
  EXPECT_STREQ(ChromeHintName(kHintBuyBox), "");
  EXPECT_STREQ(ChromeHintReason(kHintHeader), "class/id: header");
  EXPECT_STREQ(ChromeHintReason(kHintShare | kHintPositive), "class/id: share");
}

TEST(SaysItEarnsFromLinksTest, ThePayAndWhatEarnsIt) {
  EXPECT_TRUE(SaysItEarnsFromLinks("We may earn commission from links on this page."));
  EXPECT_TRUE(SaysItEarnsFromLinks("This post may contain affiliate links."));
  EXPECT_TRUE(SaysItEarnsFromLinks("As an Amazon Associate I earn from qualifying purchases."));
  EXPECT_TRUE(SaysItEarnsFromLinks("Als Amazon-Partner verdiene ich an qualifizierten Verkäufen."));
  EXPECT_TRUE(SaysItEarnsFromLinks("En tant que Partenaire Amazon, je réalise un bénéfice sur "
                                   "les achats remplissant les conditions requises."));
  EXPECT_TRUE(SaysItEarnsFromLinks("Como afiliado de Amazon, gano con las compras que cumplen "
                                   "los requisitos aplicables."));
  EXPECT_TRUE(SaysItEarnsFromLinks("Dieser Artikel enthält Links, für die wir eine Provision "
                                   "erhalten."));
  EXPECT_TRUE(SaysItEarnsFromLinks("Podemos recibir una comisión por las compras."));
  EXPECT_TRUE(SaysItEarnsFromLinks("Questo articolo contiene link affiliati."));
  EXPECT_TRUE(SaysItEarnsFromLinks("Cet article contient des liens d’affiliation."));
  // Any case, beyond ASCII too; a symbol between words parts them.
  EXPECT_TRUE(SaysItEarnsFromLinks("CET ARTICLE CONTIENT DES LIENS AFFILIÉS."));
  EXPECT_TRUE(SaysItEarnsFromLinks("affiliate\u00D7links"));
  // One of the two alone is the story's.
  EXPECT_FALSE(SaysItEarnsFromLinks("The state election commission said on Monday."));
  EXPECT_FALSE(SaysItEarnsFromLinks("Fox affiliate WXYZ contributed to this report."));
  EXPECT_FALSE(SaysItEarnsFromLinks("Provision of clean water is the council's first task."));
  EXPECT_FALSE(SaysItEarnsFromLinks("Follow the links below to read more."));
  EXPECT_FALSE(SaysItEarnsFromLinks("The Associate Press earns its name."));
  EXPECT_FALSE(SaysItEarnsFromLinks("Amazon announced a new partner programme on Monday."));
  // Whole words: "affiliated" and "commissioner" are other words.
  EXPECT_FALSE(SaysItEarnsFromLinks("We are not affiliated with the sites we link to."));
  EXPECT_FALSE(SaysItEarnsFromLinks("The commissioner will buy new pumps."));
  EXPECT_FALSE(SaysItEarnsFromLinks(""));
}

TEST(AsksToSubscribeToReadTest, SubscribingAndThisStory) {
  EXPECT_TRUE(AsksToSubscribeToRead("To view the full story, please subscribe to The Times."));
  EXPECT_TRUE(AsksToSubscribeToRead("This article is exclusive to STAT+ subscribers"));
  EXPECT_TRUE(AsksToSubscribeToRead("Become a paid subscriber to unlock this piece."));
  EXPECT_TRUE(AsksToSubscribeToRead("This post is for paid subscribers"));
  EXPECT_TRUE(AsksToSubscribeToRead("Subscribe to continue reading."));
  EXPECT_TRUE(AsksToSubscribeToRead("Subscribe to read more."));
  EXPECT_TRUE(AsksToSubscribeToRead("Jetzt abonnieren und weiterlesen"));
  EXPECT_TRUE(AsksToSubscribeToRead("Dieser Artikel ist nur für Abonnenten."));
  EXPECT_TRUE(AsksToSubscribeToRead("Abonnez-vous pour lire la suite."));
  EXPECT_TRUE(AsksToSubscribeToRead("Cet article est réservé aux abonnés."));
  EXPECT_TRUE(AsksToSubscribeToRead("SUSCRÍBETE PARA LEER LA NOTA COMPLETA"));
  EXPECT_TRUE(AsksToSubscribeToRead("Suscribete para seguir leyendo"));
  EXPECT_TRUE(AsksToSubscribeToRead("Assine para continuar lendo."));
  EXPECT_TRUE(AsksToSubscribeToRead("Abbonati per continuare a leggere."));
  EXPECT_TRUE(AsksToSubscribeToRead("Word abonnee om dit artikel te lezen."));
  EXPECT_TRUE(AsksToSubscribeToRead("Ten artykuł jest dostępny tylko dla subskrybentów."));
  // Its accent written as a mark after its letter ("e" and U+0301), the
  // word is the one the list holds once composed, as the segmenter's
  // blocks hold it.
  std::string decomposed = "Cet article est r\u00E9serv\u00E9 aux abonne\u0301s.";
  EXPECT_FALSE(AsksToSubscribeToRead(decomposed));
  ComposeUtf8(&decomposed);
  EXPECT_TRUE(AsksToSubscribeToRead(decomposed));
  // One of the two alone is the story's.
  EXPECT_FALSE(AsksToSubscribeToRead("The paper lost 10,000 subscribers last year."));
  EXPECT_FALSE(AsksToSubscribeToRead("Read the full story on page 4."));
  // So are the subscription itself, and a story named otherwise than as
  // this one or whole.
  EXPECT_FALSE(AsksToSubscribeToRead("The best book subscription boxes for reading in bed."));
  EXPECT_FALSE(AsksToSubscribeToRead("Unlock 55% off your subscription today!"));
  EXPECT_FALSE(AsksToSubscribeToRead("The Gazette lost 3,000 subscribers after the story ran."));
  EXPECT_FALSE(AsksToSubscribeToRead("What our subscribers are reading"));
  EXPECT_FALSE(AsksToSubscribeToRead(
      "I do not subscribe to the view that this piece of legislation is better than nothing."));
  EXPECT_FALSE(AsksToSubscribeToRead("À la suite de la hausse, le journal a perdu 3 000 abonnés."));
  EXPECT_FALSE(AsksToSubscribeToRead("Der monatliche Beitrag für Abonnenten steigt."));
  EXPECT_FALSE(AsksToSubscribeToRead("De krant verloor verder ruim 4.000 abonnees."));
  EXPECT_FALSE(AsksToSubscribeToRead("Gli abbonati sono calati, come nota l'azienda."));
  // Whole words: "subscribed" and "storyline" are other words.
  EXPECT_FALSE(AsksToSubscribeToRead("She subscribed to this storyline."));
  EXPECT_FALSE(AsksToSubscribeToRead(""));
}

}  // namespace
}  // namespace pith::internal
