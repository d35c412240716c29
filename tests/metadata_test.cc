// Metadata from each source a page may use, on handmade pages: <title>,
// <h1>, OpenGraph, Twitter cards, JSON-LD (with @graph, and malformed),
// microdata, <meta name=...>, <time datetime>, <html lang>, <link
// rel=canonical>; dates normalised to ISO 8601.
#include <gtest/gtest.h>

#include <string>

#include "extract/metadata.h"
#include "pith/pith.h"

namespace pith {
namespace {

const std::string kBody =
    "<article><h1>Harbour ferry returns</h1><p>The harbour ferry returned to service on Monday "
    "after a winter of repairs, and the first crossing was full, the operator said.</p>"
    "<p>Tickets cost the same as last year, and the timetable is unchanged.</p></article>";

Article Get(const std::string& head, const std::string& body = kBody,
            const std::string& url = "https://news.example/a/b.html") {
  PageInfo page;
  page.url = url;
  Result<Article> a = Extract("<html lang=\"en-GB\"><head>" + head + "</head><body>" + body +
                                  "</body></html>",
                              ExtractOptions{}, page);
  EXPECT_TRUE(a.ok()) << a.status().ToString();
  return a.ok() ? *a : Article{};
}

TEST(MetadataTest, OpenGraphAndMetaNames) {
  Article a = Get(
      "<title>Harbour ferry returns | Coast News</title>"
      "<meta property=\"og:site_name\" content=\"Coast News\">"
      "<meta property=\"og:description\" content=\"Back after repairs.\">"
      "<meta property=\"og:image\" content=\"/img/ferry.jpg\">"
      "<meta property=\"og:url\" content=\"https://news.example/ferry\">"
      "<meta name=\"author\" content=\"Ana Lima\">"
      "<meta property=\"article:published_time\" content=\"2024-03-05T14:30:00+01:00\">");
  EXPECT_EQ(a.title, "Harbour ferry returns");  // the site name trimmed
  EXPECT_EQ(a.site_name, "Coast News");
  EXPECT_EQ(a.description, "Back after repairs.");
  EXPECT_EQ(a.image, "https://news.example/img/ferry.jpg");  // made absolute
  EXPECT_EQ(a.canonical, "https://news.example/ferry");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Ana Lima"});
  EXPECT_EQ(a.date, "2024-03-05T14:30:00+01:00");
  EXPECT_EQ(a.language, "en-GB");
}

TEST(MetadataTest, TextsComeInComposedForm) {
  // Fields written with accents after their letters ("e" and U+0301) come
  // in NFC, as the article's text does; a name written both ways is one.
  Article a = Get(
      "<title>Cafe\xCC\x81 reopens | Coast News</title>"
      "<meta property=\"og:site_name\" content=\"Coast News\">"
      "<meta property=\"og:description\" content=\"The cafe\xCC\x81 is back.\">"
      "<meta name=\"author\" content=\"Ana Lo\xCC\x81pez\">"
      "<meta name=\"author\" content=\"Ana L\xC3\xB3pez\">");
  EXPECT_EQ(a.title, "Caf\xC3\xA9 reopens");
  EXPECT_EQ(a.description, "The caf\xC3\xA9 is back.");
  ASSERT_EQ(a.authors.size(), 1u);
  EXPECT_EQ(a.authors[0], "Ana L\xC3\xB3pez");
}

TEST(MetadataTest, TwitterCardsAndPlainMeta) {
  Article a = Get(
      "<meta name=\"twitter:title\" content=\"Ferry back\">"
      "<meta name=\"twitter:description\" content=\"From twitter.\">"
      "<meta name=\"twitter:image\" content=\"https://cdn.example/t.png\">"
      "<meta name=\"description\" content=\"From the description tag.\">"
      "<meta name=\"date\" content=\"2024/03/05\">"
      "<meta name=\"author\" content=\"By Ana Lima; Ben Okafor\">");
  EXPECT_EQ(a.title, "Ferry back");
  EXPECT_EQ(a.description, "From the description tag.");  // outranks twitter:description
  EXPECT_EQ(a.image, "https://cdn.example/t.png");
  EXPECT_EQ(a.date, "2024-03-05");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Ana Lima", "Ben Okafor"}));
}

TEST(MetadataTest, JsonLdGraphArrays) {
  Article a = Get(
      "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
      "{\"@type\":\"WebSite\",\"name\":\"Coast Site\"},"
      "{\"@type\":\"NewsArticle\",\"headline\":\"Ferry is back\","
      "\"author\":[{\"@type\":\"Person\",\"name\":\"Ana Lima\"},{\"name\":\"Ben Okafor\"},"
      "\"https://news.example/staff/x\"],"
      "\"datePublished\":\"2024-03-05T09:00:00Z\",\"description\":\"JSON-LD says.\","
      "\"image\":{\"@type\":\"ImageObject\",\"url\":\"https://cdn.example/ld.jpg\"},"
      "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Coast Media\"},"
      "\"mainEntityOfPage\":{\"@id\":\"https://news.example/ld\"},\"inLanguage\":\"en\"}]}"
      "</script>",
      kBody, "");
  EXPECT_EQ(a.title, "Ferry is back");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Ana Lima", "Ben Okafor"}));  // the URL is no name
  EXPECT_EQ(a.date, "2024-03-05T09:00:00Z");
  EXPECT_EQ(a.description, "JSON-LD says.");
  EXPECT_EQ(a.image, "https://cdn.example/ld.jpg");
  EXPECT_EQ(a.site_name, "Coast Media");  // the publisher outranks the WebSite's name
  EXPECT_EQ(a.canonical, "https://news.example/ld");
}

TEST(MetadataTest, BlogPostingAndMalformedJsonLd) {
  Article a = Get(
      "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script>"
      "<script type=\"application/ld+json\">[{\"@type\":\"BlogPosting\",\"author\":\"Kim Ito\","
      "\"dateCreated\":\"5 March 2024\"}]</script>"
      "<script type=\"application/ld+json\">{\"@type\":[\"Article\"],\"author\":{\"name\":[1,2]}}"
      "</script>");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Kim Ito"});
  EXPECT_EQ(a.date, "2024-03-05");
  EXPECT_EQ(a.title, "Harbour ferry returns");  // no title anywhere else: the <h1>
}

TEST(MetadataTest, MicrodataTimeAndCanonicalLink) {
  const std::string body =
      "<article itemscope itemtype=\"https://schema.org/Article\">"
      "<h1 itemprop=\"headline\">Ferry returns</h1>"
      "<p class=\"byline\">By <span itemprop=\"author\" itemscope><span itemprop=\"name\">Ana "
      "Lima</span></span>, <time datetime=\"2024-03-05\">5 March</time></p>"
      "<meta itemprop=\"description\" content=\"Microdata description.\">"
      "<img itemprop=\"image\" src=\"pics/f.jpg\" alt=\"The ferry\">" +
      kBody.substr(9);
  Article a = Get("<link rel=\"canonical\" href=\"/canonical/ferry\"><base href=\"https://base.example/x/\">",
                  body);
  EXPECT_EQ(a.authors, std::vector<std::string>{"Ana Lima"});
  EXPECT_EQ(a.date, "2024-03-05");
  EXPECT_EQ(a.description, "Microdata description.");
  EXPECT_EQ(a.image, "https://base.example/x/pics/f.jpg");  // <base href> wins over the page URL
  EXPECT_EQ(a.canonical, "https://base.example/canonical/ferry");
}

TEST(MetadataTest, TitleIsThePartTheHeadlineRepeats) {
  // "Product - Shop" with no site name declared: the title is the part the
  // page's <h1> says, not the longer shop's name; an <h1> in the site's
  // header (an old theme's site title) names nothing.
  const std::string body =
      "<div class=\"product\"><h1>Wool Sock</h1><p>A cushioned hiking sock knitted from fine "
      "merino wool, for long days on rough ground in any season of the year.</p><p>Its sole is "
      "looped for comfort, and the heel is reinforced for a longer life.</p></div>";
  EXPECT_EQ(Get("<title>Wool Sock - Northfield Outfitters</title>", body).title, "Wool Sock");
  EXPECT_EQ(Get("<title>Northfield Outfitters - Wool Sock</title>", body).title, "Wool Sock");
  EXPECT_EQ(Get("<title>Wool Sock - Northfield Outfitters</title>",
                "<header><h1>Northfield Outfitters</h1></header><h2>Wool Sock</h2>" + kBody)
                .title,
            "Northfield Outfitters");
}

TEST(MetadataTest, AHeaderInsideThePagesPartsIsNoMasthead) {
  // "Mugs - Clay Studio": the category's <h1> stands in a header of its
  // own, inside <main>, a <section> or an <article> (a category's
  // "page-header", PrestaShop's "js-product-list-header" in section#main,
  // a post's "entry-header"), or in a box whose class on <body> names a
  // navigation (Shopware's "is-ctl-navigation"): it names the page, not the
  // site, and the title is the part it says, not the longer shop's name.
  const std::string lead =
      "<p>Our hand-thrown mugs are made in small batches in our studio, glazed by hand and "
      "fired twice so that each one is a little different from the next.</p>";
  const std::string title = "<title>Mugs - Clay Studio</title>";
  for (const std::string& body :
       {"<main><header class=\"page-header\"><h1>Mugs</h1></header>" + lead + "</main>",
        "<section id=\"main\"><div id=\"js-product-list-header\"><h1>Mugs</h1>" + lead +
            "</div></section>",
        "<article><header><h1>Mugs</h1></header>" + lead + "</article>",
        "<div class=\"entry-header\"><h1>Mugs</h1></div>" + lead}) {
    EXPECT_EQ(Get(title, body).title, "Mugs") << body;
  }
  Result<Article> a = Extract("<html><head>" + title +
                              "</head><body class=\"is-ctl-navigation\"><div><h1>Mugs</h1>" +
                              lead + "</div></body></html>");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->title, "Mugs");
  // The site's own header, outside them, still names nothing.
  EXPECT_EQ(Get(title, "<header class=\"site-header\"><h1>Clay Studio</h1></header><main>" +
                           lead + "</main>")
                .title,
            "Clay Studio");
}

TEST(MetadataTest, NothingKnownGivesEmptyFields) {
  Article a = Get("", kBody, "");
  EXPECT_TRUE(a.authors.empty());
  EXPECT_EQ(a.date, "");
  EXPECT_EQ(a.site_name, "");
  EXPECT_EQ(a.image, "");
  EXPECT_EQ(a.canonical, "");
}

TEST(NormalizeDateTest, CommonForms) {
  using internal::NormalizeDate;
  EXPECT_EQ(NormalizeDate("2024-03-05"), "2024-03-05");
  EXPECT_EQ(NormalizeDate("2024-3-5"), "2024-03-05");
  EXPECT_EQ(NormalizeDate("20240305"), "2024-03-05");
  EXPECT_EQ(NormalizeDate("2024-03-05T14:30"), "2024-03-05T14:30:00");
  EXPECT_EQ(NormalizeDate("2024-03-05 14:30:15.123Z"), "2024-03-05T14:30:15Z");
  EXPECT_EQ(NormalizeDate("2024-03-05T14:30:00-0500"), "2024-03-05T14:30:00-05:00");
  EXPECT_EQ(NormalizeDate("Tue, 05 Mar 2024 14:30:00 GMT"), "2024-03-05T14:30:00Z");
  EXPECT_EQ(NormalizeDate("March 5, 2024"), "2024-03-05");
  EXPECT_EQ(NormalizeDate("5th March 2024"), "2024-03-05");
  EXPECT_EQ(NormalizeDate("05.03.2024"), "2024-03-05");
  EXPECT_EQ(NormalizeDate("2024-13-05"), "");
  EXPECT_EQ(NormalizeDate("2024-03"), "");
  EXPECT_EQ(NormalizeDate("yesterday"), "");
  EXPECT_EQ(NormalizeDate(""), "");
}

}  // namespace
}  // namespace pith
