// Stage 5b, page type, on small handmade pages: one page per type and per
// kind of evidence (declared data, structure), plus the traps (an article
// that shows code, a product page with a carousel of other products).
#include <gtest/gtest.h>

#include <string>

#include "extract/page_type.h"
#include "pith/pith.h"
#include "short_post_pages.h"

namespace pith {
namespace {

std::string Repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

const char kParagraph[] =
    "<p>The committee met for the third time this month to weigh the proposal, and most of "
    "its members said they wanted more time to read the report before they would vote.</p>";

std::string Html(const std::string& head, const std::string& body) {
  return "<html><head><title>Test page</title>" + head + "</head><body>" + body +
         "</body></html>";
}

std::string JsonLd(const std::string& json) {
  return "<script type=\"application/ld+json\">" + json + "</script>";
}

PageType TypeOf(const std::string& html) {
  Result<Article> a = Extract(html);
  EXPECT_TRUE(a.ok());
  return a.ok() ? a->page_type : PageType::kOther;
}

TEST(PageTypeTest, NamesAreTheBenchmarks) {
  EXPECT_STREQ(PageTypeName(PageType::kArticle), "article");
  EXPECT_STREQ(PageTypeName(PageType::kForum), "forum");
  EXPECT_STREQ(PageTypeName(PageType::kProduct), "product");
  EXPECT_STREQ(PageTypeName(PageType::kService), "service");
  EXPECT_STREQ(PageTypeName(PageType::kDocumentation), "documentation");
  EXPECT_STREQ(PageTypeName(PageType::kListing), "listing");
  EXPECT_STREQ(PageTypeName(PageType::kCollection), "collection");
  EXPECT_STREQ(PageTypeName(PageType::kOther), "other");
}

TEST(PageTypeTest, DeclaredTypes) {
  const std::string body = "<main><h1>Title</h1>" + Repeat(kParagraph, 3) + "</main>";
  EXPECT_EQ(TypeOf(Html(JsonLd(R"({"@type":"Product","name":"Kettle"})"), body)),
            PageType::kProduct);
  // Inside @graph, beside the site's boilerplate types.
  EXPECT_EQ(TypeOf(Html(JsonLd(R"({"@graph":[{"@type":"WebSite"},{"@type":"BreadcrumbList"},
                                  {"@type":"QAPage","mainEntity":{"@type":"Question"}}]})"),
                        body)),
            PageType::kForum);
  EXPECT_EQ(TypeOf(Html(JsonLd(R"({"@type":["TechArticle"]})"), body)),
            PageType::kDocumentation);
  EXPECT_EQ(TypeOf(Html(JsonLd(R"({"@type":"NewsArticle","headline":"Title"})"), body)),
            PageType::kArticle);
  EXPECT_EQ(TypeOf(Html("<meta property=\"og:type\" content=\"product\">", body)),
            PageType::kProduct);
  // Microdata, read from itemtype.
  EXPECT_EQ(TypeOf(Html("", "<main itemscope itemtype=\"https://schema.org/DiscussionForumPosting\">"
                            "<h1>Title</h1>" + Repeat(kParagraph, 3) + "</main>")),
            PageType::kForum);
}

// A news site's paywall markup names the publication the story is part of
// as a product ("isPartOf": CreativeWork and Product, with the
// subscription's productID): the publication's type, not the page's.
TEST(PageTypeTest, ThePublicationAStoryIsPartOfIsNotItsType) {
  const std::string body = "<main><h1>Title</h1>" + Repeat(kParagraph, 3) + "</main>";
  EXPECT_EQ(TypeOf(Html(JsonLd(R"({"@type":"NewsArticle","headline":"Title",
                                  "isAccessibleForFree":false,
                                  "isPartOf":{"@type":["CreativeWork","Product"],
                                              "name":"The Daily","productID":"daily.com:basic"}})"),
                        body)),
            PageType::kArticle);
  // Spelt "isPartof", in a @graph.
  EXPECT_EQ(TypeOf(Html(JsonLd(R"({"@graph":[{"@type":"NewsArticle","headline":"Title",
                                  "isPartof":{"@type":["CreativeWork","Product"],
                                              "productID":"daily.com:showcase"}}]})"),
                        body)),
            PageType::kArticle);
  // In microdata: the publication's item, the story's isPartOf.
  EXPECT_EQ(TypeOf(Html("", "<main><span itemprop=\"isPartOf\" itemscope "
                            "itemtype=\"http://schema.org/CreativeWork http://schema.org/Product\">"
                            "<meta itemprop=\"productID\" content=\"daily.com:basic\"></span>"
                            "<h1>Title</h1>" + Repeat(kParagraph, 3) + "</main>")),
            PageType::kArticle);
  // Nor does an item inside that one: the publication's offer of a
  // subscription, a product.
  EXPECT_EQ(TypeOf(Html("", "<main><div itemprop=\"isPartOf\" itemscope "
                            "itemtype=\"http://schema.org/CreativeWork\"><meta itemprop=\"name\" "
                            "content=\"The Daily\"><div itemprop=\"offers\" itemscope "
                            "itemtype=\"http://schema.org/Offer\"><div itemprop=\"itemOffered\" "
                            "itemscope itemtype=\"http://schema.org/Product\"><meta itemprop=\"name\" "
                            "content=\"Subscription\"></div></div></div>"
                            "<h1>Title</h1>" + Repeat(kParagraph, 3) + "</main>")),
            PageType::kArticle);
  // An item after it, the page's own, types the page as before.
  EXPECT_EQ(TypeOf(Html("", "<main><span itemprop=\"isPartOf\" itemscope "
                            "itemtype=\"http://schema.org/CreativeWork\"></span>"
                            "<div itemscope itemtype=\"http://schema.org/Product\"><h1 "
                            "itemprop=\"name\">Kettle</h1><p itemprop=\"description\">" +
                            Repeat(kParagraph, 2) + "</p></div></main>")),
            PageType::kProduct);
  // A product the page itself declares stays the page's type.
  EXPECT_EQ(TypeOf(Html(JsonLd(R"({"@type":"Product","name":"Kettle",
                                  "isPartOf":{"@type":"ProductCollection","name":"Kitchen"}})"),
                        body)),
            PageType::kProduct);
}

// An events plugin lists the site's coming events beside a story, each
// with its tickets' offer: an event's offer sells no product of the page's.
TEST(PageTypeTest, AnEventsTicketsAreNoProduct) {
  const std::string body = "<main><h1>Title</h1>" + Repeat(kParagraph, 3) + "</main>";
  const std::string event =
      R"({"@type":"Event","name":"Satellite Expo","startDate":"2019-09-20",
          "offers":{"@type":"Offer","price":"630","priceCurrency":"USD"}})";
  EXPECT_EQ(TypeOf(Html(JsonLd(R"({"@type":"NewsArticle","headline":"Title"})") +
                            JsonLd("[" + event + "," + event + "]"),
                        body)),
            PageType::kArticle);
  // A product's offer still tells a product for sale.
  EXPECT_EQ(TypeOf(Html(JsonLd(R"({"@type":"Product","name":"Kettle",
                                  "offers":{"@type":"Offer","price":"30"}})"),
                        body)),
            PageType::kProduct);
}

TEST(PageTypeTest, AnEventsHoursAreNoPostsTime) {
  // A calendar's list of events (The Events Calendar's list view): each
  // row a short date tag, the event's hours, its linked title, its venue
  // and a summary. The date tag stands where a poster's name would, and
  // the hours read as a time to the minute, but two times joined as one
  // span ("6:00 pm - 10:00 pm") are an event's hours, no post's time: a
  // listing. A post's time with its edit's beside it still dates a post.
  auto rows = [](const std::string& when) {
    std::string out;
    const char* const names[] = {"Harbour night market", "Blessing of the boats",
                                 "Lighthouse open day", "Rowing regatta"};
    for (int i = 0; i < 4; ++i) {
      out += "<div class=\"event-row\"><p>Sat " + std::to_string(14 + i) + "</p><p>March " +
             std::to_string(14 + i) + when + "</p><h3><a href=\"/event/" + std::to_string(i) +
             "/\">" + names[i] + "</a></h3><p>Old Quay</p>" + kParagraph + "<p>Free</p></div>";
    }
    return out;
  };
  EXPECT_EQ(TypeOf(Html("", "<h1>Events</h1>" + rows(" @ 6:00 pm - 10:00 pm"))),
            PageType::kListing);
  EXPECT_EQ(TypeOf(Html("", "<h1>Events</h1>" + rows(", 2025 6:00 pm, edited 7:15 pm"))),
            PageType::kForum);
}

TEST(PageTypeTest, NamesAreReadBackInAnyCase) {
  for (PageType t : {PageType::kArticle, PageType::kForum, PageType::kProduct, PageType::kService,
                     PageType::kDocumentation, PageType::kListing, PageType::kCollection,
                     PageType::kOther}) {
    PageType parsed = t == PageType::kArticle ? PageType::kForum : PageType::kArticle;
    EXPECT_TRUE(ParsePageType(PageTypeName(t), &parsed)) << PageTypeName(t);
    EXPECT_EQ(parsed, t);
  }
  PageType type = PageType::kListing;
  EXPECT_TRUE(ParsePageType("Forum", &type));
  EXPECT_EQ(type, PageType::kForum);
  for (const char* name : {"", "blog", "forum ", "doc", "articles"}) {
    type = PageType::kListing;
    EXPECT_FALSE(ParsePageType(name, &type)) << name;
    EXPECT_EQ(type, PageType::kListing) << name;  // unchanged
  }
}

// A type the caller gives replaces the guess, and selection reads the page
// as that type: a thread (declared so) read as a story keeps no poster's
// line, read as a thread (guessed or given) it keeps them.
TEST(PageTypeTest, AGivenTypeReplacesTheGuess) {
  const char* const names[] = {"rivermouse", "eddyline", "portage_pete", "lakelight"};
  const char* const replies[] = {
      "The committee met for the third time this month to weigh the proposal, and most of its "
      "members said they wanted more time to read the report before they would vote.",
      "I paddled a cheap sit-on-top for two summers before I bought anything better, and it "
      "taught me more than any lesson could have done.",
      "Look for a used boat in the spring, when people clear their garages, and spend what you "
      "save on a good paddle and a life vest that fits.",
      "Rent first. A weekend with two or three different boats tells you more about what you "
      "want than any amount of reading on forums like this one."};
  std::string posts;
  for (int i = 0; i < 4; ++i) {
    posts += std::string("<div class=\"message\"><div class=\"head\"><a href=\"/u/") + names[i] +
             "\">" + names[i] + "</a> <span>Mar " + std::to_string(i + 3) + ", 2024, 9:1" +
             std::to_string(i) + "am</span></div><p>" + replies[i] + "</p></div>";
  }
  const std::string html =
      Html(JsonLd(R"({"@type":"DiscussionForumPosting"})"),
           "<h1>Budget for a first kayak?</h1>" + posts);
  Result<Article> guessed = Extract(html);
  ASSERT_TRUE(guessed.ok());
  EXPECT_EQ(guessed->page_type, PageType::kForum);
  EXPECT_NE(guessed->text.find("rivermouse Mar 3"), std::string::npos) << guessed->text;
  ExtractOptions options;
  options.page_type = PageType::kArticle;
  Result<Article> story = Extract(html, options);
  ASSERT_TRUE(story.ok());
  EXPECT_EQ(story->page_type, PageType::kArticle);
  EXPECT_EQ(story->text.find("rivermouse"), std::string::npos) << story->text;
  EXPECT_NE(story->text.find("third time this month"), std::string::npos) << story->text;
  options.page_type = PageType::kForum;
  Result<Article> thread = Extract(html, options);
  ASSERT_TRUE(thread.ok());
  EXPECT_EQ(thread->text, guessed->text);
  // Declared data does not outrank the caller either.
  options.page_type = PageType::kListing;
  Result<Article> listing =
      Extract(Html("<meta property=\"og:type\" content=\"article\">", "<article><h1>T</h1>" +
                   Repeat(kParagraph, 4) + "</article>"), options);
  ASSERT_TRUE(listing.ok());
  EXPECT_EQ(listing->page_type, PageType::kListing);
}

TEST(PageTypeTest, ThreadOfSignedPosts) {
  const std::string post =
      "<div class=\"message\"><div class=\"who\"><a href=\"/u/1\">rivermouse</a></div>"
      "<div class=\"when\">3 May</div>" + std::string(kParagraph) + "</div>";
  EXPECT_EQ(TypeOf(Html("", "<h1>Budget for a first kayak?</h1>" + Repeat(post, 4))),
            PageType::kForum);
  // Sections of an article repeat too, but open with their heading, not a
  // poster's name.
  const std::string section = "<section class=\"part\"><h2>Part</h2>" +
                              Repeat(kParagraph, 3) + "</section>";
  EXPECT_EQ(TypeOf(Html("<meta property=\"og:type\" content=\"article\">",
                        "<article><h1>Title</h1>" + Repeat(section, 4) + "</article>")),
            PageType::kArticle);
  // So do a ranked list's picks, each a short link (its "Get a quote"
  // button) right under its heading, where a post's name would stand.
  const std::string pick = "<section class=\"pick\"><h2>1. Acme, best for families</h2><p><a "
                           "href=\"https://acme.example/quote\">Get a quote</a></p>" +
                           Repeat(kParagraph, 3) + "</section>";
  EXPECT_EQ(TypeOf(Html("", "<article><h1>Title</h1>" + Repeat(pick, 3) + "</article>")),
            PageType::kArticle);
}

TEST(PageTypeTest, NewsIndexItemsAreNotPosts) {
  // A news index repeats its writers' linked names and dates over each
  // summary, as a thread's posts do, but each item opens with the linked
  // title of the story it leads to: a listing. Without those titles, the
  // same items are a thread.
  const std::string byline =
      "<p><a href=\"/by/ann\">By Ann Lee</a></p><p>Dec 17, 2025</p>" + std::string(kParagraph);
  EXPECT_EQ(TypeOf(Html("", "<h1>News</h1>" + Repeat("<div class=\"item\"><h2><a "
                                                      "href=\"/news/vote\">Vote delayed "
                                                      "again</a></h2>" + byline + "</div>",
                                                      4))),
            PageType::kListing);
  EXPECT_EQ(TypeOf(Html("", "<h1>News</h1>" + Repeat("<div class=\"item\">" + byline + "</div>",
                                                      4))),
            PageType::kForum);
}

TEST(PageTypeTest, TeasersUnderTheirCategoryAreNotPosts) {
  // A story's related posts: each teaser's short linked category over the
  // linked title of the story it leads to, then its writer, date and
  // summary. The category is no poster's name; a poster's name has his
  // post count under it, and the thread's subject after that.
  const std::string story = "<article><h1>Title</h1>" + Repeat(kParagraph, 8) + "</article>";
  for (const std::string title : {"<h3><a href=\"/blog/vote\">Vote delayed again</a></h3>",
                                  "<p><a href=\"/blog/vote\">Why the committee delayed its "
                                  "vote on the proposal again</a></p>"}) {
    const std::string teaser = "<div class=\"card\"><p><a href=\"/category/news\">News</a></p>" +
                               title + "<p>Ann Lee</p><p>Dec 17, 2025</p>" +
                               std::string(kParagraph) + "</div>";
    EXPECT_EQ(TypeOf(Html("", story + "<div class=\"more\">" + Repeat(teaser, 3) + "</div>")),
              PageType::kArticle)
        << title;
  }
  const std::string post =
      "<div class=\"post\"><p><a href=\"/u/ann\">annlee</a></p><p>Posts: 138</p>"
      "<h3><a href=\"/t/vote?p=1\">Re: Vote delayed again</a></h3>" + std::string(kParagraph) +
      "</div>";
  EXPECT_EQ(TypeOf(Html("", "<h1>Vote delayed again</h1>" + Repeat(post, 3))), PageType::kForum);
}

TEST(PageTypeTest, CommentsUnderAListAreNoThread) {
  // A readers' list of books (rows of a linked title and its author), then
  // the list's comments, each signed by its poster's linked name and dated,
  // and no class anywhere: the list outweighs the comments and comes before
  // them, so the page is a listing whose comments go, not a thread.
  std::string rows;
  for (int i = 1; i <= 20; ++i) {
    rows += "<li><a href=\"/book/" + std::to_string(i) + "\">The Quiet Harbour, volume " +
            std::to_string(i) + "</a> by Ann Lee, 4.2 avg rating</li>";
  }
  const std::string comment =
      "<div><div><a href=\"/u/1\">rivermouse</a></div><div>Jul 28, 2008 09:08PM</div>"
      "<p>The committee of readers met again to weigh this list, and most said they wanted "
      "more time to read the books before they would vote.</p></div>";
  const std::string list = "<h1>Best books ever</h1><ol>" + rows + "</ol>";
  const std::string html = Html("", list + "<div>" + Repeat(comment, 4) + "</div>");
  Result<Article> a = Extract(html);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->page_type, PageType::kListing);
  EXPECT_NE(a->text.find("The Quiet Harbour, volume 20"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("committee of readers"), std::string::npos) << a->text;
  // Without the list, the same posts are a thread.
  EXPECT_EQ(TypeOf(Html("", "<h1>Best books ever</h1><div>" + Repeat(comment, 4) + "</div>")),
            PageType::kForum);
}

TEST(PageTypeTest, ADefinitionListsItemsAreItsTermsWithTheirDescriptions) {
  // A preprint server's list of new papers, no class anywhere: each item a
  // <dt> (its number and linked identifier) and a <dd> (its title, its
  // linked authors, its subjects). The titles and subjects read as good
  // text; the items are the <dt> with its <dd>, and their text outweighs
  // it: a listing, not a story.
  std::string items;
  for (int i = 1; i <= 12; ++i) {
    const std::string n = std::to_string(i);
    items += "<dt><a href=\"/abs/" + n + "\">[" + n + "] arXiv:2603." + n +
             "</a></dt><dd><div>Title: A study of sparse attention sinks in large "
             "language models, part " + n + "</div><div><a href=\"/a/1\">Ann Lee</a>, <a "
             "href=\"/a/2\">Bo Chen</a></div><div>Subjects: Artificial Intelligence "
             "(cs.AI); Computation and Language (cs.CL)</div></dd>";
  }
  EXPECT_EQ(TypeOf(Html("", "<h1>Artificial Intelligence: new papers</h1><dl>" + items +
                                "</dl>")),
            PageType::kListing);
}

TEST(PageTypeTest, ThreadOfPostsHeadedByTheirPostersNames) {
  // A thread (XenForo's, Invision's) whose posts open with the poster's
  // linked name as a heading, the poster's card (title, join date, post
  // count) and the post's date under it, and no declared type: a thread.
  auto post = [](const std::string& heading) {
    return "<article class=\"message\"><div class=\"user\"><h4><a href=\"/members/7/\">" +
           heading + "</a></h4><h5>Well-known member</h5><dl><dd>Feb 8, 2017</dd><dd>5,421"
           "</dd></dl></div><div class=\"main\"><ul><li><a href=\"/posts/9\">Dec 30, 2023"
           "</a></li><li>#1</li></ul><div class=\"body\">" + std::string(kParagraph) +
           "</div></div></article>";
  };
  EXPECT_EQ(TypeOf(Html("", "<h1>Fragrance budget for 2024?</h1>" + Repeat(post("Pippin06"), 4))),
            PageType::kForum);
  EXPECT_EQ(TypeOf(Html("", "<h1>Fragrance budget for 2024?</h1>" +
                                Repeat(post("Fiveoaks Bouquet"), 4))),
            PageType::kForum);
  // A linked heading of more words is a story's title over its dated
  // summary, and one that is a date ("December 2025") heads a month's
  // stories: no posts.
  EXPECT_NE(TypeOf(Html("", "<h1>Latest</h1>" + Repeat(post("Council weighs harbour plan"), 4))),
            PageType::kForum);
  EXPECT_NE(TypeOf(Html("", "<h1>Latest</h1>" + Repeat(post("December 2025"), 4))),
            PageType::kForum);
}

TEST(PageTypeTest, ThreadOfThreePostsStripedByClass) {
  // A short thread whose posts alternate two classes, a forum's stripes
  // (SMF's "windowbg" and "windowbg2", phpBB's "bg1" and "bg2"): three
  // posts laid out as groups of two and one are still three posts.
  auto post = [](const std::string& cls, const std::string& name) {
    return "<div class=\"" + cls + "\"><div class=\"poster\"><h4><a href=\"/u/" + name + "\">" +
           name + "</a></h4><ul><li>Newbie</li><li>Posts: 12</li></ul></div><div "
           "class=\"keyinfo\"><div class=\"smalltext\">&laquo; on: March 03, 2024, 09:15:22 AM "
           "&raquo;</div></div><div class=\"post\">" + std::string(kParagraph) + "</div></div>";
  };
  EXPECT_EQ(TypeOf(Html("", "<h1>Budget for a first kayak?</h1>" + post("windowbg", "rivermouse") +
                                post("windowbg2", "paddle_ann") + post("windowbg", "oldcanoe"))),
            PageType::kForum);
  EXPECT_EQ(TypeOf(Html("", "<h1>Budget for a first kayak?</h1>" + post("post bg2", "rivermouse") +
                                post("post bg1", "paddle_ann") + post("post bg2", "oldcanoe"))),
            PageType::kForum);
}

TEST(PageTypeTest, ThreadOfPostsHeadedByTheirSubjects) {
  // phpBB heads each post with its subject linked to the post's own place
  // on the page ("Re: ..." to "#p2"), the poster's line with the post's day
  // and time right under it: a thread. Sections whose headings link to
  // their own places with a day but no time under them (a changelog's
  // releases) are no posts.
  auto post = [](int n, const std::string& heading, const std::string& line) {
    const std::string id = "p" + std::to_string(n);
    return "<div id=\"" + id + "\" class=\"post\"><div class=\"postbody\"><h3><a href=\"#" + id +
           "\">" + heading + "</a></h3><p class=\"author\">" + line +
           "</p><div class=\"content\">" + std::string(kParagraph) + "</div></div></div>";
  };
  auto page = [&](const std::string& line) {
    std::string posts;
    for (int n = 0; n < 4; ++n) posts += post(n, "Re: Budget for a first kayak?", line);
    return Html("", "<h2><a href=\"/t/991\">Budget for a first kayak?</a></h2>" + posts);
  };
  EXPECT_EQ(TypeOf(page("by <strong>rivermouse</strong> &raquo; Sat Jul 13, 2024 8:15 am")),
            PageType::kForum);
  EXPECT_NE(TypeOf(page("Released Jul 13, 2024")), PageType::kForum);
}

TEST(PageTypeTest, ThreadOfPostsByDeletedMembers) {
  // A thread whose posters' names are plain text (deleted members' "Former
  // Member"), each post dated to the minute under its text: still a thread.
  const std::string post =
      "<div class=\"box\"><div class=\"byline\">Former Member</div>" + std::string(kParagraph) +
      "<div class=\"meta\">7/9/05 7:57 PM</div></div>";
  EXPECT_EQ(TypeOf(Html("<meta property=\"og:type\" content=\"article\">",
                        "<h1>Catering tips</h1>" + Repeat(post, 4))),
            PageType::kForum);
  // A playlist of videos opens each item with a plain label and its length
  // ("1:07"), a clock with no day beside it: not posts.
  const std::string video =
      "<div class=\"box\"><div class=\"label\">On Now</div><div class=\"length\">1:07</div>" +
      std::string(kParagraph) + "</div>";
  EXPECT_EQ(TypeOf(Html("<meta property=\"og:type\" content=\"article\">",
                        "<h1>Science videos</h1>" + Repeat(kParagraph, 2) + Repeat(video, 4))),
            PageType::kArticle);
}

TEST(PageTypeTest, ServiceCardsAreNotPosts) {
  // A service's cards repeat a heading, a paragraph and a short link; the
  // link follows the text, where a poster's name comes before it.
  const std::string card = "<div class=\"card\"><h3>Audits</h3>" + std::string(kParagraph) +
                           "<p><a href=\"/services/audits\">Learn more</a></p></div>";
  EXPECT_EQ(TypeOf(Html("", "<main><h1>Our services</h1>" + Repeat(kParagraph, 2) +
                                Repeat(card, 4) + "</main>")),
            PageType::kService);
}

TEST(PageTypeTest, ShopCategoryAndProductPage) {
  const std::string tile =
      "<li class=\"tile\"><a href=\"/p/1\">Trail shoe</a><span class=\"price\">$129.00</span></li>";
  const std::string intro = std::string(kParagraph);
  EXPECT_EQ(TypeOf(Html("", "<h1>Running shoes</h1>" + intro + "<ul>" + Repeat(tile, 8) + "</ul>")),
            PageType::kCollection);
  // One product with its data sheet; the carousel of others does not make it
  // a category page.
  const std::string sheet =
      "<table><tr><th>Weight</th><td>280 g</td></tr><tr><th>Drop</th><td>8 mm</td></tr>"
      "<tr><th>Upper</th><td>Recycled mesh</td></tr></table>";
  EXPECT_EQ(TypeOf(Html(JsonLd(R"({"@type":"Product","name":"Trail shoe"})"),
                        "<h1>Trail shoe</h1><p>$129.00</p>" + intro + sheet + "<ul>" +
                            Repeat(tile, 6) + "</ul>")),
            PageType::kProduct);
  // Without declared data: a price beside label/value rows.
  EXPECT_EQ(TypeOf(Html("", "<h1>Trail shoe</h1><p>$129.00</p>" + intro + sheet)),
            PageType::kProduct);
}

// A category's filters between its title and its grid (Shopify Dawn's
// "facets" form: availability, the price range's "The highest price is
// $40.00", the sorting) are the shop's controls, not a buy box under the
// title: the page is the category.
TEST(PageTypeTest, FacetsOverAShopsGridMakeNoBuyBox) {
  const std::string facets = R"(<div class="facets-container"><form class="facets"><details>
      <summary>Availability</summary><label><input type="checkbox"> In stock (8)</label>
      </details><details><summary>Price</summary><p>The highest price is $40.00</p></details>
      <label for="SortBy">Sort by:</label><select id="SortBy"><option>Featured</option>
      </select></form></div>)";
  const std::string grid = Repeat(R"(<li class="grid__item"><h3 class="card__heading">
      <a href="/products/mug">Stoneware mug</a></h3><div class="price">$24.00 USD</div></li>)",
                                  8);
  EXPECT_EQ(TypeOf(Html("", "<main><h1>Mugs</h1>" + std::string(kParagraph) + facets +
                                "<ul class=\"grid product-grid\">" + grid + "</ul></main>")),
            PageType::kCollection);
}

TEST(PageTypeTest, BuyFormUnderTheTitleMakesAProduct) {
  // No declared data and no data sheet: the product's name in <h1>, its
  // price, then the form that buys it (a size picker, "Add to cart") over
  // its description.
  const std::string box =
      "<div class=\"summary\"><h1>Linen Apron</h1><p class=\"price\">$39.00</p><form "
      "action=\"/cart\"><select name=\"size\"><option>S</option><option>M</option></select>"
      "<button>Add to cart</button></form>" + std::string(kParagraph) + "</div>";
  EXPECT_EQ(TypeOf(Html("", box)), PageType::kProduct);
  // So it does with a short description between the price and the form.
  std::string described = box;
  described.replace(described.find("<form"), 0, kParagraph);
  EXPECT_EQ(TypeOf(Html("", described)), PageType::kProduct);
  // And when a theme words the column holding the title as a byline
  // ("product-single__meta"), its care notes below it: holding the <h1>,
  // the column is the product's box, the head of the page's text.
  std::string column = box;
  column.replace(column.find("summary"), 7, "product-single__meta");
  EXPECT_EQ(TypeOf(Html("", column + "<div class=\"details\"><h2>Care</h2>" +
                                Repeat(kParagraph, 2) + "</div>")),
            PageType::kProduct);
  // A buy button outside any <form> is one too when it is worded as the
  // cart's: a <button> (Salesforce Commerce's "add-to-cart") or a box that
  // says it is a button (Squarespace's); another button there buys nothing.
  auto with_button = [](const std::string& button) {
    return "<div class=\"summary\"><h1>Linen Apron</h1><p class=\"price\">$39.00</p><div "
           "class=\"actions\">" + button + "</div>" + std::string(kParagraph) + "</div>";
  };
  for (const char* button :
       {"<button class=\"add-to-cart btn\">Add to Cart</button>",
        "<div class=\"sqs-add-to-cart-button\" role=\"button\">Add To Cart</div>"}) {
    EXPECT_EQ(TypeOf(Html("", with_button(button))), PageType::kProduct) << button;
  }
  EXPECT_NE(TypeOf(Html("", with_button("<button class=\"share-button\">Share</button>"))),
            PageType::kProduct);
  // A story whose title a price follows has its paragraphs after it: a
  // form after two of them (a sign-up inside the text) makes no buy box.
  const std::string story = "<h1>Prices of apron linen rise</h1><p>$39.00</p>" +
                            Repeat(kParagraph, 2) +
                            "<form action=\"/signup\"><input name=\"email\"><button>Sign up"
                            "</button></form>" + Repeat(kParagraph, 3);
  EXPECT_NE(TypeOf(Html("", story)), PageType::kProduct);
  // Nor does a form before the title: one wrapping the whole page, a site
  // header's search box beside a cart's total.
  EXPECT_NE(TypeOf(Html("", "<form action=\"/page.aspx\"><h1>Prices of apron linen rise</h1>"
                            "<p>$39.00</p>" + Repeat(kParagraph, 4) + "</form>")),
            PageType::kProduct);
  // A page declaring an article is a story with a buy box under its title
  // (a review leading with what it reviews).
  EXPECT_EQ(TypeOf(Html(JsonLd(R"({"@type":"BlogPosting","headline":"Linen Apron"})"),
                        box + Repeat(kParagraph, 3))),
            PageType::kArticle);
}

TEST(PageTypeTest, BuyBoxOverTheShopsOtherProductsIsAProduct) {
  // OpenCart's product page declares nothing: the name in <h1>, its price,
  // a quantity field and a button whose id, not its class, says cart, no
  // <form>; under it, "Related Products", a row of priced tiles. The buy
  // box above every grid of tiles makes it a product, not a category.
  const std::string tile =
      "<div class=\"product-layout\"><h4><a href=\"/p/1\">Desk lamp</a></h4><p "
      "class=\"price\">$49.00</p><button type=\"button\">Add to Cart</button></div>";
  auto page = [&](const std::string& button) {
    return "<div class=\"col-sm-8\">" + std::string(kParagraph) + "</div><div "
           "class=\"col-sm-4\"><h1>Reading lamp</h1><ul><li>Brand: Lumen</li><li>$89.00</li>"
           "</ul><div id=\"product\"><div class=\"form-group\"><label for=\"q\">Qty</label>"
           "<input id=\"q\" name=\"quantity\" value=\"1\">" + button + "</div></div></div>"
           "<h3>Related Products</h3>"
           "<div class=\"row\">" + Repeat(tile, 4) + "</div>";
  };
  EXPECT_EQ(TypeOf(Html("", page("<button type=\"button\" id=\"button-cart\" class=\"btn "
                                 "btn-primary\">Add to Cart</button>"))),
            PageType::kProduct);
  // The buy box's option lines between the price and the button (a radio
  // button's label each, then "Qty") are its own: however many, they do not
  // push the button out of reach.
  std::string options;
  for (const char* option : {"Small", "Medium", "Large", "Extra large", "Giant"}) {
    options += std::string("<div class=\"radio\"><label><input type=\"radio\" name=\"o\">") +
               option + "</label></div>";
  }
  std::string optioned = page("<button type=\"button\" id=\"button-cart\">Add to Cart</button>");
  optioned.replace(optioned.find("<div class=\"form-group\">"), 0,
                   "<h3>Available Options</h3>" + options);
  EXPECT_EQ(TypeOf(Html("", optioned)), PageType::kProduct);
  // Another button there buys nothing: the tiles make a category.
  EXPECT_EQ(TypeOf(Html("", page("<button type=\"button\" id=\"button-share\">Share"
                                 "</button>"))),
            PageType::kCollection);
  // A category's first tile under its title, a price and a buy button in
  // it, is no buy box over the tiles: the page stays a category.
  const std::string buying_tile =
      "<div class=\"product-layout\"><h4><a href=\"/p/1\">Desk lamp</a></h4><p "
      "class=\"price\">$49.00</p><button type=\"button\" id=\"button-cart-1\">Add to Cart"
      "</button></div>";
  EXPECT_EQ(TypeOf(Html("", "<h1>Lamps</h1><div class=\"row\">" + Repeat(buying_tile, 6) +
                                "</div>")),
            PageType::kCollection);
}

TEST(PageTypeTest, PricesInRowsOfADeclaredArticleAreNoProduct) {
  // A buyer's guide declared as a blog post, comparing plans in a table of
  // label/value rows with their prices, is a story; the same page without
  // the declaration reads as a product's data sheet.
  const std::string sheet =
      "<table><tr><th>Basic</th><td>$10 a month</td></tr><tr><th>Team</th><td>$25 a month"
      "</td></tr><tr><th>Business</th><td>$60 a month</td></tr></table>";
  const std::string body = "<article><h1>Choosing a plan</h1><p>$10</p>" +
                           Repeat(kParagraph, 2) + sheet + Repeat(kParagraph, 2) + "</article>";
  EXPECT_EQ(TypeOf(Html(JsonLd(R"({"@type":"BlogPosting","headline":"Choosing a plan"})"), body)),
            PageType::kArticle);
  EXPECT_EQ(TypeOf(Html("", body)), PageType::kProduct);
}

// Label/value rows make a product's data sheet when its price stands under
// its name (the <h1>); a story or a manual whose prices come later, in a
// table of plans down its text, is no product's page.
TEST(PageTypeTest, RowsBesideAPriceFarFromTheTitleAreNoProduct) {
  const std::string sheet =
      "<table><tr><th>Basic</th><td>$10 a month</td></tr><tr><th>Team</th><td>$25 a month"
      "</td></tr><tr><th>Business</th><td>$60 a month</td></tr></table>";
  EXPECT_EQ(TypeOf(Html("", "<main><h1>Choosing a plan</h1>" + Repeat(kParagraph, 6) + sheet +
                                Repeat(kParagraph, 2) + "</main>")),
            PageType::kArticle);
  EXPECT_EQ(TypeOf(Html("", "<main><h1>Choosing a plan</h1><p>From $10</p>" +
                                Repeat(kParagraph, 6) + sheet + Repeat(kParagraph, 2) +
                                "</main>")),
            PageType::kProduct);
}

// A game store's genre page: each tile tells its game in a sentence or two
// beside its linked name, tags, release date and price, too long for a short
// tile (tuning::kMaxTileChars).
std::string DescribedTile(int i) {
  const std::string n = std::to_string(i);
  return "<div class=\"game\"><h3><a href=\"/app/" + n + "\">Harbour Raiders " + n +
         "</a></h3><p>Sail a small crew through a stormy archipelago, trade spices between "
         "rival ports, and defend your ship against pirates in fast turn-based battles that "
         "reward a careful plan over luck. Every port remembers how you traded.</p><div "
         "class=\"tags\">Strategy Naval Turn-Based Pirates Trading Sandbox Singleplayer Open "
         "World Exploration Tactical Roguelike Indie</div><div>Release date: Mar 4, 2025</div>"
         "<div>Developed by: Quay Games Ltd</div><div>Published by: Quay Games Ltd</div><div "
         "class=\"price\">$19.99</div></div>";
}

TEST(PageTypeTest, ShopTilesWithSummariesMakeACollection) {
  std::string tiles;
  for (int i = 0; i < 6; ++i) tiles += DescribedTile(i);
  const std::string page = "<h1>Strategy games</h1><div class=\"grid\">" + tiles + "</div>";
  EXPECT_EQ(TypeOf(Html("<meta property=\"og:type\" content=\"article\">", page)),
            PageType::kCollection);
  // As a collection its tiles are kept whole, linked names too.
  Result<Article> a = Extract(Html("<meta property=\"og:type\" content=\"article\">", page));
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("Harbour Raiders 5\n\nSail a small crew"), std::string::npos) << a->text;
  // Beside a story of the page's own (paragraphs in a row), such tiles are
  // the games a review names, not a shop's grid.
  EXPECT_NE(TypeOf(Html("<meta property=\"og:type\" content=\"article\">",
                        "<h1>Our favourite strategy games</h1>" + Repeat(kParagraph, 4) + page)),
            PageType::kCollection);
}

TEST(PageTypeTest, FactCheckDeclaredAsClaimReviewIsAnArticle) {
  // A fact-check sets its claim, its rating and its reasoning under a
  // heading each: by its build a page of sections (a service's), but its
  // JSON-LD declares a ClaimReview, a review of a claim, as news sites
  // write it: a story.
  const std::string body = "<main><h1>Does the mayor own a yacht?</h1><h2>Claim</h2><p>The mayor "
                           "owns a yacht.</p><h2>Rating</h2><p>False</p><h2>Origin</h2>" +
                           std::string(kParagraph) + "<h2>Sources</h2><p>City records, 2024.</p>"
                           "</main>";
  EXPECT_EQ(TypeOf(Html("", body)), PageType::kService);
  EXPECT_EQ(TypeOf(Html(JsonLd(R"({"@type":"ClaimReview","claimReviewed":"The mayor owns a yacht"})"),
                        body)),
            PageType::kArticle);
}

// A how-to declared in JSON-LD is an article, as a recipe is: its build,
// materials and steps under a heading each, is a page of sections.
TEST(PageTypeTest, HowToDeclaredInJsonLdIsAnArticle) {
  const std::string body = "<main><h1>How to replace a chain</h1><h2>You need</h2><ul><li>A chain "
                           "tool</li><li>A new chain</li></ul><h2>Steps</h2><ol><li>Shift to the "
                           "smallest sprocket.</li><li>Push out a pin with the tool.</li></ol>"
                           "<h2>Tips</h2>" + std::string(kParagraph) + "</main>";
  EXPECT_EQ(TypeOf(Html("", body)), PageType::kService);
  EXPECT_EQ(TypeOf(Html(JsonLd(R"({"@type":"HowTo","name":"How to replace a chain"})"), body)),
            PageType::kArticle);
}

// The headline, a heading giving the page's title, heads the page and is
// no section: a short story under its <h1> with one subheading is an
// article, not a page of two sections (a service's).
TEST(PageTypeTest, TheHeadlineIsNoSection) {
  const std::string story = std::string(kParagraph) + kParagraph + "<h2>What comes next</h2>" +
                            kParagraph;
  const auto page = [&](const std::string& h1) {
    return "<html><head><title>Bridge vote delayed | City News</title></head><body><main><h1>" +
           h1 + "</h1>" + story + "</main></body></html>";
  };
  EXPECT_EQ(TypeOf(page("Bridge vote delayed")), PageType::kArticle);
  // A first heading that is not the title is a section's.
  EXPECT_EQ(TypeOf(page("Council business")), PageType::kService);
}

// A dated byline under the headline (a <time datetime> in the story's head)
// marks a story, however little prose it has between its headings (a
// recipe's ingredients and steps are list items) or however much code it
// shows: a service's page of sections and a manual carry no such date.
TEST(PageTypeTest, ADatedBylineUnderTheHeadlineMakesAnArticle) {
  const auto page = [](const std::string& byline, const std::string& text) {
    return Html("", "<main><h1>Red lentil soup</h1>" + byline + text + "</main>");
  };
  const std::string byline =
      "<div class=\"meta\">Pot and Pan <time datetime=\"2024-03-02\">March 2, 2024</time></div>";
  const std::string recipe =
      "<p>The soup I make every week in winter: one pot, and better the next day.</p>"
      "<h2>Ingredients</h2><ul><li>250 g red lentils</li><li>1 onion, chopped</li>"
      "<li>2 carrots, diced</li></ul><h2>Method</h2><ol><li>Soften the onion and carrots in a "
      "little oil.</li><li>Add the lentils and stock and simmer for twenty minutes.</li></ol>";
  EXPECT_EQ(TypeOf(page(byline, recipe)), PageType::kArticle);
  EXPECT_EQ(TypeOf(page("", recipe)), PageType::kService);
  const std::string code =
      "<pre>" + Repeat("let value = compute(input, options).expect(\"valid input\");\n", 6) +
      "</pre>";
  EXPECT_EQ(TypeOf(page(byline, kParagraph + code)), PageType::kArticle);
  EXPECT_EQ(TypeOf(page("", kParagraph + code)), PageType::kDocumentation);
  // A date in the words alone ("Updated March 2, 2024" on a manual's page)
  // is no byline's <time>.
  EXPECT_EQ(TypeOf(page("<p>Updated March 2, 2024</p>", kParagraph + code)),
            PageType::kDocumentation);
}

// So does a line that is a date alone, in words, over the headline or under
// it (a blog's "December 15, 2025"); a manual's line telling an edit
// ("Updated March 2, 2024") and a linked date (an archive's) do not.
TEST(PageTypeTest, ADateAloneBesideTheHeadlineMakesAnArticle) {
  const std::string code =
      "<pre>" + Repeat("let value = compute(input, options).expect(\"valid input\");\n", 6) +
      "</pre>";
  const auto page = [&](const std::string& above, const std::string& under) {
    return Html("", "<main>" + above + "<h1>Reading input</h1>" + under + kParagraph + code +
                        "</main>");
  };
  EXPECT_EQ(TypeOf(page("", "<p>December 15, 2025</p>")), PageType::kArticle);
  EXPECT_EQ(TypeOf(page("<p>19 Dec 2025</p>", "")), PageType::kArticle);
  EXPECT_EQ(TypeOf(page("", "<p>Updated March 2, 2024</p>")), PageType::kDocumentation);
  EXPECT_EQ(TypeOf(page("", "<p><a href=\"/2025/12/\">December 15, 2025</a></p>")),
            PageType::kDocumentation);
}

// A blog's byline naming its writer by a link to his page beside the post's
// time to the minute ("/ Cory Doctorow / 10:08 am Fri Jul 19, 2013") dates
// the post as a <time> would: a short post of one paragraph over six cards
// of the site's next stories, each a linked title over a summary, is that
// post, not a listing of the cards.
TEST(PageTypeTest, ALinkedBylineWithThePostsTimeMakesAnArticle) {
  using testing::PostOverNextStoryCards;
  EXPECT_EQ(TypeOf(PostOverNextStoryCards(testing::kLinkedBylineWithTime, "story")),
            PageType::kArticle);
  // Undated, the cards are the page's.
  EXPECT_EQ(TypeOf(PostOverNextStoryCards(
                "<span class=\"author\"><a href=\"/author/ann\">Ann Lee</a></span>", "story")),
            PageType::kListing);
}

TEST(PageTypeTest, DocumentationListingAndService) {
  const std::string code =
      "<pre>" + Repeat("let value = compute(input, options).expect(\"valid input\");\n", 6) +
      "</pre>";
  EXPECT_EQ(TypeOf(Html("", "<main><h1>Reading input</h1>" + std::string(kParagraph) + code +
                                "</main>")),
            PageType::kDocumentation);
  // A blog post that shows code is still an article.
  EXPECT_EQ(TypeOf(Html(JsonLd(R"({"@type":"BlogPosting"})"),
                        "<main><h1>Reading input</h1>" + std::string(kParagraph) + code +
                            "</main>")),
            PageType::kArticle);
  const std::string teaser =
      "<div class=\"item\"><h3><a href=\"/s/1\">Council approves the new bridge</a></h3>"
      "<span>2 hours ago</span></div>";
  EXPECT_EQ(TypeOf(Html("", "<main><h1>Latest</h1>" + Repeat(teaser, 10) + "</main>")),
            PageType::kListing);
  const std::string offer =
      "<section><h2>Audits</h2><p>We review your accounts every quarter and report.</p></section>";
  EXPECT_EQ(TypeOf(Html("", "<main><h1>Our services</h1>" + Repeat(offer, 5) + "</main>")),
            PageType::kService);
  EXPECT_EQ(TypeOf(Html("", "<main><h1>Title</h1>" + Repeat(kParagraph, 4) + "</main>")),
            PageType::kArticle);
  EXPECT_EQ(TypeOf(Html("", "")), PageType::kOther);
}

TEST(PageTypeTest, SectionsTitledByLinksAreAListing) {
  // Headings over little prose make a page of sections (a service's), but
  // when most of them are links, each the title of a story elsewhere over
  // its summary, writer and topics, the page lists those stories, unless a
  // story of its own runs three paragraphs in a row (tuning::kMinStoryRun).
  std::string teasers;
  for (int i = 0; i < 6; ++i) {
    const std::string n = std::to_string(i);
    teasers += "<div class=\"teaser\"><h3><a href=\"/story/" + n + "\">Council weighs the "
               "harbour plan, part " + n + "</a></h3><p>By Ann Lee, Dec 1" + n + ", 2025</p><p>Four "
               "minutes to read, 12 comments</p><p>The committee met again to weigh the "
               "proposal, and its members asked for more time to read the report before they "
               "vote on it next month, since the ferry company and the boat owners have not yet "
               "agreed on the new timetable for the busy weeks of the summer.</p><p><a "
               "href=\"/t/council\">City council</a> <a href=\"/t/harbour\">Harbour and "
               "ferries</a> <a href=\"/t/transport\">Transport</a> <a href=\"/t/budget\">Budget "
               "and taxes</a> <a href=\"/t/vote\">Votes and elections</a></p></div>";
  }
  EXPECT_EQ(TypeOf(Html("", "<main><h1>Latest stories</h1>" + teasers + "</main>")),
            PageType::kListing);
  // With a story of its own, the page is that story, its related reading
  // beside it: titles linking elsewhere, as many as a list's items, are no
  // sections of it, nor the page a service's.
  EXPECT_EQ(TypeOf(Html("", "<main><h1>Latest stories</h1>" + Repeat(kParagraph, 3) + teasers +
                                "</main>")),
            PageType::kArticle);
  // Titles linked to their own place on the page (a thread's post titles,
  // "#p1") lead nowhere else.
  std::string anchored = teasers;
  for (std::size_t at = 0; (at = anchored.find("/story/", at)) != std::string::npos;) {
    anchored.replace(at, 7, "#p");
  }
  EXPECT_EQ(TypeOf(Html("", "<main><h1>Latest stories</h1>" + anchored + "</main>")),
            PageType::kService);
  // Sections under plain headings stay a service's.
  const std::string offer =
      "<section><h2>Audits</h2><p>We review your accounts every quarter and report.</p></section>";
  EXPECT_EQ(TypeOf(Html("", "<main><h1>Our services</h1>" + Repeat(offer, 5) + "</main>")),
            PageType::kService);
}

TEST(PageTypeTest, SectionsUnderPermalinkedHeadingsAreNoTiles) {
  // A manual's page of short sections, each heading a link to its own
  // place on the page (MDN's <h2 id="keys"><a href="#keys">, Sphinx's
  // "¶"): the sections are the page's own, not teasers of other pages, and
  // the page is one of sections. Headings linking to other pages make the
  // same sections tiles of a listing.
  const auto page = [](const std::string& href) {
    std::string sections;
    for (const char* name : {"files", "keys", "limits"}) {
      const std::string id = name;
      sections += "<section><h2 id=\"" + id + "\"><a href=\"" + href + id + "\">About " + id +
                  "</a></h2><p>The program reads its " + id +
                  " when it starts and checks each of them before any table is computed, so a "
                  "mistake is reported with its line.</p></section>";
    }
    return Html("", "<main><h1>Configuration</h1>" + sections + "</main>");
  };
  EXPECT_EQ(TypeOf(page("#")), PageType::kService);
  EXPECT_EQ(TypeOf(page("/docs/")), PageType::kListing);
}

TEST(PageTypeTest, BusinessTypeGivesWayToADeclaredPost) {
  // A business's site puts LocalBusiness on every page; a post of its blog
  // declares BlogPosting beside it and is an article, whatever its
  // sections. Without the post's type, or with a service declared (a
  // ProfessionalService: the page is the offer), the page is a service.
  const std::string offer =
      "<section><h2>Audits</h2><p>We review your accounts every quarter and report.</p></section>";
  const std::string body = "<main><h1>Our services</h1>" + Repeat(offer, 5) + "</main>";
  EXPECT_EQ(TypeOf(Html(JsonLd(R"({"@graph":[{"@type":"LocalBusiness","name":"Acme"},
                                  {"@type":"BlogPosting","headline":"Our services"}]})"),
                        body)),
            PageType::kArticle);
  EXPECT_EQ(TypeOf(Html(JsonLd(R"({"@type":"LocalBusiness","name":"Acme"})"), body)),
            PageType::kService);
  EXPECT_EQ(TypeOf(Html(JsonLd(R"({"@graph":[{"@type":"ProfessionalService","name":"Acme"},
                                  {"@type":"BlogPosting","headline":"Our services"}]})"),
                        body)),
            PageType::kService);
}

TEST(PageTypeTest, BusinessCatalogOfOffersIsNoCollection) {
  // A mover's page declares its business with the catalog of what it
  // offers (hasOfferCatalog: an OfferCatalog of Offers of Services): the
  // catalog lists the business's trade, and the page, sections under plain
  // headings, is a service's. An OfferCatalog declared as the page's own
  // object is still read.
  const std::string offer =
      "<section><h2>Audits</h2><p>We review your accounts every quarter and report.</p></section>";
  const std::string body = "<main><h1>Our services</h1>" + Repeat(offer, 5) + "</main>";
  EXPECT_EQ(TypeOf(Html(JsonLd(R"({"@type":"LocalBusiness","name":"Acme Movers",
      "hasOfferCatalog":{"@type":"OfferCatalog","itemListElement":[
        {"@type":"Offer","itemOffered":[{"@type":"Service","name":"Local moving"}]},
        {"@type":"Offer","itemOffered":[{"@type":"Service","name":"Packing"}]}]}})"),
                        body)),
            PageType::kService);
  EXPECT_EQ(TypeOf(Html(JsonLd(R"({"@type":"OfferCatalog","itemListElement":[
        {"@type":"Offer","itemOffered":{"@type":"Service","name":"Packing"}}]})"),
                        body)),
            PageType::kCollection);
}

TEST(PageTypeTest, ArticlesDeclaredOnItemsMakeAListing) {
  // A blog's index whose teasers each declare themselves an Article in
  // microdata, none holding most of the text: a listing. A story whose own
  // item holds its text, with teasers declared as articles beside it, is an
  // article; so is a page with two teasers only.
  const std::string teaser =
      "<div class=\"teaser\" itemscope itemtype=\"https://schema.org/BlogPosting\"><h2><a "
      "href=\"/p/1\">Why the ferry timetable changed</a></h2>" + Repeat(kParagraph, 3) +
      "</div>";
  EXPECT_EQ(TypeOf(Html("", "<main><h1>Blog</h1>" + Repeat(teaser, 4) + "</main>")),
            PageType::kListing);
  EXPECT_EQ(TypeOf(Html("", "<main><h1>Blog</h1>" + Repeat(teaser, 2) + "</main>")),
            PageType::kArticle);
  EXPECT_EQ(TypeOf(Html("", "<main><article itemscope itemtype=\"https://schema.org/"
                            "NewsArticle\"><h1>Title</h1>" + Repeat(kParagraph, 16) +
                            "</article><div class=\"more\">" + Repeat(teaser, 4) +
                            "</div></main>")),
            PageType::kArticle);
}

TEST(PageTypeTest, MainInsideAHeaderClassedBoxIsRead) {
  // The whole page sits in a box classed "pt-header" (padding under the
  // site's header): its <main> of linked tiles is still the page's, a
  // listing, not a page with no text.
  const std::string teaser =
      "<div class=\"item\"><h3><a href=\"/s/1\">Council approves the new bridge</a></h3>"
      "<span>2 hours ago</span></div>";
  EXPECT_EQ(TypeOf(Html("", "<div class=\"pt-header\"><main><h1>Latest</h1>" +
                                Repeat(teaser, 10) + "</main></div>")),
            PageType::kListing);
}

TEST(PageTypeTest, JsonCarriesIt) {
  Result<Article> a = Extract(Html(JsonLd(R"({"@type":"Product"})"), Repeat(kParagraph, 2)));
  ASSERT_TRUE(a.ok());
  EXPECT_NE(RenderJson(*a).find("\"page_type\":\"product\""), std::string::npos);
}

}  // namespace
}  // namespace pith
