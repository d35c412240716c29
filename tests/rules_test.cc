// Stages 5-6, score and select, on small handmade pages: one case per kind
// of chrome, each showing what is kept and what is dropped, plus false
// positives that must survive.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <functional>
#include <iterator>
#include <utility>

#include "pith/pith.h"
#include "short_post_pages.h"

namespace pith {
namespace {

// Three paragraphs that read like a story.
const char kStory[] =
    "<p>The river rose by two metres overnight, and by morning the lower town was under water. "
    "Residents spent the night moving furniture upstairs and sandbagging their doors.</p>"
    "<p>Emergency services evacuated forty people from the riverside streets, most of them "
    "elderly, and opened the school gym as a shelter, with beds, food and dry clothes.</p>"
    "<p>The water is expected to fall slowly over the next two days, the mayor said, but the "
    "clean-up will take weeks, and some families may not be able to return before spring.</p>";

std::string Page(const std::string& before, const std::string& after,
                 const std::string& article_attrs = "") {
  return "<html><head><title>River floods lower town | Valley Post</title></head><body>" +
         before + "<article" + article_attrs + "><h1>River floods lower town</h1>" + kStory +
         "</article>" + after + "</body></html>";
}

struct Case {
  const char* name;
  std::string html;
  std::vector<std::string> dropped;  // must not be in the text
};

void ExpectStoryOnly(const Case& c) {
  Result<Article> a = Extract(c.html);
  ASSERT_TRUE(a.ok()) << c.name;
  EXPECT_TRUE(a->found) << c.name;
  for (const char* kept : {"The river rose by two metres overnight",
                           "opened the school gym as a shelter",
                           "some families may not be able to return before spring."}) {
    EXPECT_NE(a->text.find(kept), std::string::npos) << c.name << ": lost \"" << kept << "\"";
  }
  for (const std::string& chrome : c.dropped) {
    EXPECT_EQ(a->text.find(chrome), std::string::npos) << c.name << ": kept \"" << chrome << "\"";
  }
}

// The story with `middle` between two copies of it, in an <article>.
std::string StoryAround(const std::string& middle) {
  return std::string("<article>") + kStory + middle + kStory + "</article>";
}

// A headline and its lead in a <header>, the story beside it in a <div>.
const char kLead[] =
    "Forty people were evacuated overnight as the river burst its banks again.";
// Extracts `html` and checks the page type read, the text kept and the
// text dropped.
void ExpectKeptAndDropped(const std::string& html, PageType type,
                          std::initializer_list<const char*> kept,
                          std::initializer_list<const char*> dropped) {
  Result<Article> a = Extract(html);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->page_type, type) << PageTypeName(a->page_type);
  for (const char* k : kept) {
    EXPECT_NE(a->text.find(k), std::string::npos) << "lost \"" << k << "\": " << a->text;
  }
  for (const char* d : dropped) {
    EXPECT_EQ(a->text.find(d), std::string::npos) << "kept \"" << d << "\": " << a->text;
  }
}

std::string LeadPage(const std::string& html_open, const std::string& title,
                     const std::string& body_open, const std::string& headline) {
  return html_open + "<head><title>" + title + "</title></head>" + body_open +
         "<div class=\"page\"><header><h1>" + headline + "</h1><p>" + kLead +
         "</p></header><div class=\"text\">" + kStory + "</div></div></body></html>";
}

void ExpectLeadFirst(const std::string& html) {
  Result<Article> a = Extract(html);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.rfind(kLead, 0), 0u) << a->text;
}

TEST(RulesTest, DropsEachKindOfChrome) {
  const Case cases[] = {
      {"cookie banner",
       Page("<div class=\"cookie-banner\"><p>This website uses cookies to improve your experience, "
            "and by continuing to browse you agree to our use of cookies.</p></div>", ""),
       {"This website uses cookies"}},
      {"most popular",
       Page("", "<div class=\"most-popular\"><h3>Most Popular</h3><p>Storm brings down trees "
                "across the county, and several roads remain closed tonight.</p></div>"),
       {"Most Popular", "Storm brings down trees"}},
      {"recent posts",
       Page("", "<section class=\"recent-posts\"><h2>Recent Posts</h2><p>Council votes to "
                "rebuild the old bridge after years of debate about its cost.</p>"
                "<time>January 28, 2026</time></section>"),
       {"Recent Posts", "Council votes", "January 28, 2026"}},
      {"comments",
       Page("", "<div id=\"comments\"><h3>2 Comments</h3><p>I live on the riverside and this "
                "is the third flood in ten years, something has to change.</p></div>"),
       {"2 Comments", "third flood in ten years"}},
      {"share bar",
       Page("<div class=\"share-bar\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Share on "
            "X</a></div>", ""),
       {"Share on Facebook"}},
      {"nav menu",
       Page("<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li></ul></nav>",
            ""),
       {"Home"}},
      {"footer",
       Page("", "<footer><p>Valley Post is published by Valley Media Ltd, 4 Mill Lane, and all "
                "content is copyright protected.</p></footer>"),
       {"Valley Media Ltd"}},
      {"newsletter box",
       Page("", "<div class=\"newsletter-signup\"><p>Get the best of the Valley Post delivered to "
                "your inbox every morning, for free, and never miss a story.</p></div>"),
       {"delivered to your inbox"}},
      {"hidden element",
       Page("<div style=\"display:none\"><p>Hidden text that a reader never sees on the page, "
            "however long it happens to be.</p></div>", ""),
       {"Hidden text"}},
      {"noscript notice",
       Page("<noscript><p>Please enable JavaScript in your browser to see the full "
            "experience of this website, including videos and comments.</p></noscript>", ""),
       {"Please enable JavaScript"}},
      {"read more at the edge", Page("", "<p><a href=\"/more\">Read More</a></p>"), {"Read More"}},
      {"site header box",
       Page("<div class=\"site-header\"><h2 class=\"header-title\">Valley Post</h2><p>Your "
            "local news since 1887, every morning and every evening, on paper and online.</p>"
            "</div>",
            ""),
       {"Valley Post", "Your local news since 1887"}},
      {"repeated title", Page("", ""), {"River floods lower town"}},
      {"link list",
       Page("", "<div><a href=\"/a\">Another story about the weather this week</a> | <a "
                "href=\"/b\">Yet another story about local politics</a></div>"),
       {"Another story about the weather"}},
  };
  for (const Case& c : cases) ExpectStoryOnly(c);
}

// A story a script's style shows: the page hides a box with
// visibility:hidden and shows the story inside it with visibility:visible
// (CSS inherits visibility, and a descendant may undo it). The story is
// read; the box's other parts stay hidden.
TEST(RulesTest, StoryShownInsideAVisibilityHiddenBoxStays) {
  const std::string html =
      "<html><head><title>River floods lower town</title></head><body>"
      "<div style=\"visibility:hidden\"><p>Loading the latest stories from around the valley, "
      "please wait while the page gets ready for you.</p>"
      "<article style=\"visibility:visible\"><h1>River floods lower town</h1>" +
      std::string(kStory) + "</article></div></body></html>";
  ExpectStoryOnly({"visible inside hidden", html, {"Loading the latest stories"}});
}

TEST(RulesTest, RepeatedBlocksOfTheStoryStay) {
  // A meal plan lists the same dish for two days: both are the article.
  const std::string dish =
      "<p>Lentil soup with carrots, onion and cumin, one bowl with a slice of rye bread.</p>";
  Result<Article> a = Extract(Page("", "<article><h2>Monday</h2>" + dish +
                                           "<p>Grilled trout with potatoes and green beans, and "
                                           "a lemon to squeeze over the fish.</p><h2>Tuesday</h2>" +
                                           dish + "</article>"));
  ASSERT_TRUE(a.ok());
  const std::string& t = a->text;
  const std::size_t first = t.find("Lentil soup with carrots");
  ASSERT_NE(first, std::string::npos) << t;
  EXPECT_NE(t.find("Lentil soup with carrots", first + 1), std::string::npos) << t;
}

TEST(RulesTest, CopiesOfTheStoryForOtherScreensGo) {
  // A site built for three screen sizes writes the story three times, each
  // in its own box, and shows one by media queries: the text holds it once.
  std::string html =
      "<html><head><title>River floods lower town | Valley Post</title></head><body>"
      "<div class=\"layout\">";
  for (const char* screen : {"desktop", "tablet", "phone"}) {
    html += std::string("<div class=\"variant hidden-") + screen + "\"><h2>Overnight</h2>" +
            kStory + "</div>";
  }
  html += "</div></body></html>";
  Result<Article> a = Extract(html);
  ASSERT_TRUE(a.ok());
  const std::string& t = a->text;
  for (const char* kept : {"Overnight", "The river rose by two metres overnight",
                           "some families may not be able to return before spring."}) {
    const std::size_t first = t.find(kept);
    ASSERT_NE(first, std::string::npos) << "lost \"" << kept << "\": " << t;
    EXPECT_EQ(t.find(kept, first + 1), std::string::npos) << "kept twice \"" << kept << "\": " << t;
  }
}

// How often `what` occurs in `text`.
int Occurrences(const std::string& text, const std::string& what) {
  int n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) {
    ++n;
  }
  return n;
}

TEST(RulesTest, CopiesForOtherScreensWithOtherShortLinesGo) {
  // A page builder (Framer) writes a section once per screen size, and each
  // copy carries its own short decorations: a name on an animated cursor, a
  // sticker on the desktop copy only. The long lines are the same, so the
  // text holds the section once, its first copy whole.
  std::string html =
      "<html><head><title>Planboard: plan together</title></head><body><main>"
      "<section class=\"framer-hero\"><h1>Plan together</h1><p>Planboard is one shared "
      "canvas for the plans, notes and timelines of a whole team, on every device.</p>"
      "</section>";
  const char* screens[][2] = {{"Desktop", "Aida"}, {"Tablet", "Tom"}, {"Phone", "Brie"}};
  for (const auto& screen : screens) {
    html += std::string("<div class=\"framer-1kq2x3\" data-framer-name=\"") + screen[0] +
            "\"><h2>The only thing better than planning fast is planning right</h2>"
            "<p>See how four thousand teams keep their plans and their work in one place.</p>"
            "<div class=\"framer-cursor\"><p>" + screen[1] + "</p></div>" +
            (std::string(screen[0]) == "Desktop" ? "<p>New</p>" : "") +
            "<p>3x</p><p>faster weekly planning meetings</p><p>40%</p>"
            "<p>fewer status updates sent by email</p><p>\u201cWe stopped chasing updates: "
            "everyone sees the same plan and changes it together, in the meeting and after "
            "it.\u201d</p><p>Head of Operations at a bakery chain</p></div>";
  }
  html += "<section class=\"framer-pricing\"><h2>Plans for every team</h2><p>Start free with "
          "three boards, then add boards, guests and history as the team grows.</p></section>"
          "</main></body></html>";
  Result<Article> a = Extract(html);
  ASSERT_TRUE(a.ok());
  const std::string& t = a->text;
  EXPECT_NE(t.find("Start free with three boards"), std::string::npos) << t;
  for (const char* once : {"The only thing better than planning fast",
                           "fewer status updates sent by email", "We stopped chasing updates"}) {
    EXPECT_EQ(Occurrences(t, once), 1) << "\"" << once << "\": " << t;
  }
  EXPECT_NE(t.find("Aida"), std::string::npos) << t;
  EXPECT_EQ(t.find("Brie"), std::string::npos) << t;
}

TEST(RulesTest, CallToActionSaidTwiceGoes) {
  // A shortcode's box, a line and a button to the offer, set after one
  // section of the story and again after another: the site's offer, both
  // copies. Said once it stays (a pointer the text closes a section with),
  // and so does a box whose button acts on the page itself (copies a
  // command: its link is "#").
  const std::string offer =
      "<div class=\"wp-block-group\"><p><strong>Learn to paddle safely with Riverside Kayak "
      "School! Book this month and save 30% on your first lesson.</strong></p>"
      "<div class=\"btn-wrap\"><a class=\"btn\" href=\"https://kayak.example/offer\">"
      "Book your lesson</a></div></div>";
  const std::string copy =
      "<div class=\"wp-block-group\"><p>pip install --upgrade riverlevel-tools and then run "
      "riverlevel watch --station lower-town</p><div><a class=\"btn\" href=\"#\">Copy "
      "command</a></div></div>";
  auto page = [](const std::string& first, const std::string& second) {
    return "<html><head><title>River floods lower town | Valley Post</title><script "
           "type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"datePublished\": "
           "\"2024-03-01\"}</script></head><body><article><h1>River floods lower town</h1>"
           "<p>March 1, 2024</p><p>The river rose by two metres overnight, and by morning the lower town was under "
           "water. Residents spent the night moving furniture upstairs and sandbagging their "
           "doors.</p>" + first +
           "<h2>Shelter</h2><p>Emergency services evacuated forty people from the riverside "
           "streets, most of them elderly, and opened the school gym as a shelter, with beds, "
           "food and dry clothes.</p>" + second +
           "<h2>Clean-up</h2><p>The water is expected to fall slowly over the next two days, the "
           "mayor said, but the clean-up will take weeks, and some families may not be able to "
           "return before spring.</p></article></body></html>";
  };
  const char* kLine = "Learn to paddle safely with Riverside Kayak School!";
  const char* kCommand = "pip install --upgrade riverlevel-tools";
  struct Variant {
    std::string html;
    const char* line;
    int kept;  // copies of the line in the text
  };
  for (const Variant& v : {Variant{page(offer, offer), kLine, 0}, Variant{page(offer, ""), kLine, 1},
                           Variant{page(copy, copy), kCommand, 2}}) {
    Result<Article> a = Extract(v.html);
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->page_type, PageType::kArticle);
    for (const char* kept : {"The river rose by two metres overnight",
                             "opened the school gym as a shelter",
                             "some families may not be able to return before spring."}) {
      EXPECT_NE(a->text.find(kept), std::string::npos) << "lost \"" << kept << "\": " << a->text;
    }
    EXPECT_EQ(Occurrences(a->text, v.line), v.kept) << a->text;
  }
}

TEST(RulesTest, HeadingWhoseIdSpellsItsTextStays) {
  // A heading's id that spells its text is the anchor a table of contents
  // links to (WordPress, Markdown renderers): its words are the heading's,
  // not its role's. "what-is-social-media-marketing" holds "social" (a
  // share bar's word), "the-earned-income-tax-credit" "credit" (a
  // picture's), "why-i-used-to-skip-the-travel-insurance" "skip" (a skip
  // link's), a slug cut short too: the headings stay. A short id naming
  // the heading's role ("share-this-story") still names it.
  auto section = [](const std::string& id, const std::string& heading, const char* text) {
    return "<h2 id=\"" + id + "\">" + heading + "</h2><p>" + text + "</p>";
  };
  const std::string html =
      "<html><head><title>Taxes for beginners | Valley Post</title><script "
      "type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"datePublished\": "
      "\"2024-03-01\"}</script></head><body><article><h1>Taxes for beginners</h1>"
      "<p>March 1, 2024</p>" +
      section("what-is-social-media-marketing", "What is social media marketing?",
              "Social media marketing is the use of networks to reach customers where they "
              "already spend their time, with posts, stories and paid campaigns.") +
      section("the-earned-income-tax-credit", "The earned income tax credit",
              "The credit lowers the tax owed by working people with low and moderate incomes, "
              "and it can be refunded when it is larger than the tax itself.") +
      section("share-this-story", "Share this story",
              "Tell a friend who is filing for the first time this year, it may save them "
              "hours and more than a little money.") +
      section("h-why-i-used-to-skip-the-travel-insur", "Why I used to skip the travel insurance",
              "For years I thought insurance was money thrown away, until a cancelled flight "
              "and a lost suitcase cost me more than ten policies would have.") +
      "</article></body></html>";
  ExpectKeptAndDropped(html, PageType::kArticle,
                       {"What is social media marketing?", "The earned income tax credit",
                        "Why I used to skip the travel insurance", "Social media marketing is",
                        "lost suitcase"},
                       {"Share this story"});
}

TEST(RulesTest, HeadingWithItsOwnPermalinkTakesNoHintsFromItsId) {
  // A manual's or a blog's headings each carry a permalink to themselves,
  // <a href="#id">¶</a> or "§", and an id that names the section's place
  // in words too short to read as a slug of the text ("social-benefits",
  // "recommended-style"): "social" is a share bar's word, "recommended" a
  // teaser list's. The heading's link to its own id says the id is its
  // anchor: the headings stay. A heading with such an id and no permalink
  // ("share-this", over the share bar's links) still goes.
  auto section = [](const std::string& id, const std::string& heading, const char* text) {
    return "<h2 id=\"" + id + "\">" + heading + "<a class=\"headerlink\" href=\"#" + id +
           "\">¶</a></h2><p>" + text + "</p>";
  };
  const std::string html =
      "<html><head><title>Choir practice | Valley Post</title><script "
      "type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"datePublished\": "
      "\"2024-03-01\"}</script></head><body><article><h1>Choir practice</h1>"
      "<p>March 1, 2024</p><p>The town choir meets every Tuesday in the school hall, and this "
      "year it has more singers than ever, from teenagers to a man of ninety-two.</p>" +
      section("social-benefits", "Social benefits",
              "Singers say the weekly practice is where they see friends, and many of them met "
              "their closest friends in the back row of the altos.") +
      section("recommended-style", "Recommended style",
              "The conductor asks for plain voices and clear words, so that the audience in the "
              "last pew can follow every verse of every song.") +
      "<h2 id=\"share-this\">Share this</h2><p><a href=\"/s/fb\">Facebook</a> <a "
      "href=\"/s/x\">X</a></p></article></body></html>";
  ExpectKeptAndDropped(html, PageType::kArticle,
                       {"Social benefits", "Recommended style", "see friends",
                        "plain voices and clear words"},
                       {"Share this"});
}

TEST(RulesTest, ProductDescriptionCopiesGo) {
  // A product page repeats its one-paragraph description in the box of each
  // colour, one shown at a time, each box's note on the dye between them:
  // on a product page one good paragraph is a copy wherever it stands, and
  // the text holds it once. Its data sheet's short values said twice ("Yes")
  // stay, and so does the same paragraph said again further on a page that
  // is no product (a story may say a sentence again); side by side, with no
  // note between, it is a copy there too.
  const std::string description =
      "The Staple Tee: a regular fit cut from mid-weight combed cotton, with a ribbed neck "
      "and a straight hem that keeps its shape wash after wash.";
  const auto page = [&](const std::string& head, bool notes = true) {
    std::string html = "<html><head><title>Staple Tee | Cotton Co</title>" + head +
                       "</head><body><main><div class=\"product\"><h1>Staple Tee</h1>";
    for (const char* colour : {"white", "black", "navy"}) {
      html += std::string("<div class=\"swatch-panel\" data-colour=\"") + colour + "\"><p>" +
              description + "</p>" +
              (notes ? std::string("<p>Dyed ") + colour +
                           " in small batches, so two shirts of one colour may differ a little "
                           "in shade.</p>"
                     : "") +
              "</div>";
    }
    return html +
           "<table><tr><td>Preshrunk</td><td>Yes</td></tr><tr><td>Tear-away label</td>"
           "<td>Yes</td></tr><tr><td>Weight</td><td>180 gsm</td></tr></table><p>Wash it "
           "cold with like colours and dry it flat in the shade: the cotton will stay soft "
           "and the colour will not fade for years.</p></div></main></body></html>";
  };
  Result<Article> product = Extract(page(
      "<script type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Staple Tee\"}"
      "</script>"));
  ASSERT_TRUE(product.ok());
  EXPECT_EQ(product->page_type, PageType::kProduct);
  EXPECT_EQ(Occurrences(product->text, description), 1) << product->text;
  EXPECT_EQ(Occurrences(product->text, "Yes"), 2) << product->text;
  EXPECT_NE(product->text.find("dry it flat in the shade"), std::string::npos) << product->text;
  Result<Article> story = Extract(page("<meta property=\"og:type\" content=\"article\">"));
  ASSERT_TRUE(story.ok());
  EXPECT_NE(story->page_type, PageType::kProduct);
  EXPECT_EQ(Occurrences(story->text, description), 3) << story->text;
  Result<Article> side_by_side =
      Extract(page("<meta property=\"og:type\" content=\"article\">", /*notes=*/false));
  ASSERT_TRUE(side_by_side.ok());
  EXPECT_NE(side_by_side->page_type, PageType::kProduct);
  EXPECT_EQ(Occurrences(side_by_side->text, description), 1) << side_by_side->text;
}

TEST(RulesTest, ReplyQuotingAPostKeepsTheQuote) {
  // A reply quotes the whole first post before answering it: a quotation
  // repeats on purpose, and stays.
  const std::string post =
      "<p>Emergency services evacuated forty people from the riverside streets, most of them "
      "elderly, and opened the school gym as a shelter, with beds, food and dry clothes.</p>"
      "<p>The water is expected to fall slowly over the next two days, the mayor said, but the "
      "clean-up will take weeks, and some families may not be able to return before spring.</p>";
  Result<Article> a = Extract(
      "<html><head><title>Flood shelter | Valley Forum</title></head><body><main>"
      "<h1>Flood shelter</h1><div class=\"post\"><div class=\"body\">" + post +
      "</div></div><div class=\"post\"><div class=\"body\"><blockquote>" + post +
      "</blockquote><p>The gym was warm and the volunteers were kind, but forty people on camp "
      "beds in one hall is not a shelter for weeks; the town needs a plan before winter.</p>"
      "</div></div></main></body></html>");
  ASSERT_TRUE(a.ok());
  const std::string& t = a->text;
  const std::size_t first = t.find("opened the school gym as a shelter");
  ASSERT_NE(first, std::string::npos) << t;
  EXPECT_NE(t.find("opened the school gym as a shelter", first + 1), std::string::npos) << t;
  EXPECT_NE(t.find("the town needs a plan"), std::string::npos) << t;
}

TEST(RulesTest, HeadingsClassedAsHeadersStay) {
  // A heading is the head of its section whatever its class says: a
  // newsletter's section titles ("header-anchor-post") and an accordion's
  // questions ("accordion-header") are not the site's header.
  Result<Article> a = Extract(
      "<html><head><title>Flood questions | Valley Post</title></head><body><main>"
      "<h1>Flood questions</h1><h2 class=\"header-anchor-post\">Who was evacuated?</h2>" +
      std::string(kStory) +
      "<div class=\"accordion\"><div class=\"accordion-item\"><h3 class=\"accordion-header\">"
      "<button aria-expanded=\"true\">Where is the shelter?</button></h3><div "
      "class=\"accordion-body\"><p>The shelter is in the school gym on Mill Lane, open day and "
      "night until the water has gone down and the streets are safe again.</p></div></div>"
      "<div class=\"accordion-item\"><h3 class=\"accordion-header\"><button "
      "aria-expanded=\"false\">Can I bring my dog?</button></h3><div class=\"accordion-body\">"
      "<p>Pets are welcome in the shelter's side hall, on a lead or in a crate, with food for "
      "three days brought along by their owners.</p></div></div></div></main></body></html>");
  ASSERT_TRUE(a.ok());
  for (const char* kept : {"Who was evacuated?", "Where is the shelter?", "Can I bring my dog?",
                           "Pets are welcome in the shelter"}) {
    EXPECT_NE(a->text.find(kept), std::string::npos) << "lost \"" << kept << "\": " << a->text;
  }
}

TEST(RulesTest, WriterDeclaredAsMicrodataAuthorGoes) {
  // A blog plugin's box after the story: the writer's photo and bio, worded
  // by no class, only declared as the story's author (itemprop="author" on a
  // schema.org Person). The bio reads like prose, yet is no part of it.
  ExpectStoryOnly(
      {"microdata author box",
       "<html><head><title>River floods lower town | Valley Post</title></head><body>"
       "<article><h1>River floods lower town</h1>" +
           std::string(kStory) +
           "<div class=\"box-wrap\" itemprop=\"author\" itemscope "
           "itemtype=\"https://schema.org/Person\"><div class=\"box-tab\">"
           "<img src=\"jane.jpg\" alt=\"\"><p>Jane Doe is the owner of a cleaning company in the "
           "valley, and before that led teams in fashion and software for twenty years.</p>"
           "<p>When she is not writing, she coaches the town's youth football team and serves "
           "on the board of the valley's school.</p></div></div></article></body></html>",
       {"Jane Doe is the owner", "coaches the town's youth football team"}});
}

TEST(RulesTest, PartsKeptOutOfSearchSnippetsGo) {
  // data-nosnippet: the site tells search engines not to quote a part. Here
  // a writer's bio between the headline and the story, worded by no class,
  // and a folded box of code inside the story; the story stays around it.
  const std::string folded =
      "<section class=\"custom-block expandable\" data-nosnippet><p>import subprocess, "
      "webbrowser; webbrowser.open(CONFIG['urls']['email']); subprocess.run(['open', "
      "'-a', 'Slack'], check=True)</p></section>";
  ExpectStoryOnly(
      {"data-nosnippet parts",
       "<html><head><title>River floods lower town | Valley Post</title></head><body>"
       "<article><h1>River floods lower town</h1><div class=\"with-excerpt\" data-nosnippet>"
       "Jane Doe is a writer from the valley. She studied film and English, and spends most "
       "of her free time watching westerns.</div>" +
           StoryAround(folded) + "</article></body></html>",
       {"Jane Doe is a writer from the valley", "import subprocess"}});
  // A site that keeps its whole story out of snippets (a paywall's body)
  // still has its story: a wrapper of most of the text is layout.
  ExpectStoryOnly({"data-nosnippet around the story", Page("<div data-nosnippet>", "</div>"),
                   {}});
}

TEST(RulesTest, ProfilesOfTheListedCompaniesStay) {
  // A guide's ranked companies, each in a "profile" box: what the guide is
  // about, not who wrote it. The author's box still goes.
  std::string html =
      "<html><head><title>Best movers in town | Valley Post</title></head><body><article>"
      "<h1>Best movers in town</h1><p>We compared the moving companies of the valley on price, "
      "care and punctuality, and three of them stood out from the others this year.</p>";
  for (const char* name : {"Riverside Removals", "Mill Lane Movers", "Upper Town Vans"}) {
    html += std::string("<div class=\"mover-profile\"><h3>") + name + "</h3><p>" + name +
            " has moved families across the valley for twenty years, with careful crews, fair "
            "prices and storage for those whose new home is not ready yet.</p></div>";
  }
  html += "<div class=\"author-box\"><p>Jane Doe writes about homes and gardens for the Valley "
          "Post, and has moved house eleven times herself.</p></div></article></body></html>";
  Result<Article> a = Extract(html);
  ASSERT_TRUE(a.ok());
  for (const char* kept : {"Riverside Removals has moved families", "Mill Lane Movers has moved",
                           "Upper Town Vans has moved"}) {
    EXPECT_NE(a->text.find(kept), std::string::npos) << "lost \"" << kept << "\": " << a->text;
  }
  EXPECT_EQ(a->text.find("Jane Doe writes"), std::string::npos) << a->text;
}

TEST(RulesTest, LongCommentSectionDoesNotWinOverAShortStory) {
  // Eight comments, each in a "content" div, hold more text than the story;
  // nothing inside #comments may be the article.
  std::string comments = "<div id=\"comments\">";
  for (int i = 0; i < 8; ++i) {
    comments += "<div class=\"comment\"><div class=\"content\"><p>Comment " + std::to_string(i) +
                ": I have lived by this river for thirty years, and the flood defences have "
                "been promised at every election since, yet nothing has been built at all.</p>"
                "</div></div>";
  }
  comments += "</div>";
  Result<Article> a = Extract("<body><div class=\"article\"><div class=\"content\">" +
                              std::string(kStory) + "</div></div>" + comments + "</body>");
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("The river rose by two metres"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Comment 0"), std::string::npos) << a->text;
}

TEST(RulesTest, ChromeWordBesidePositiveOneDoesNotExclude) {
  // Genesis-style wrappers name both: the story inside stays a candidate.
  Result<Article> a = Extract("<body class=\"sidebar-primary\"><div class=\"content-sidebar-wrap\">"
                              "<main class=\"content\">" + std::string(kStory) +
                              "</main><aside class=\"sidebar\"><p>Subscribe to our newsletter "
                              "today and get the news first, every morning, in your inbox.</p>"
                              "</aside></div></body>");
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("before spring."), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Subscribe"), std::string::npos) << a->text;
}

std::string ReviewWithSections(int count) {
  // Every section of this review carries a chrome-looking modifier.
  static const char* kParts[] = {
      "The grill heats to 800 degrees in ten minutes, faster than any other model we tested "
      "this year, and holds that heat well.",
      "Cleaning is the weak point: the drip tray is hard to reach, and fat collects in the "
      "corners where no brush gets in.",
      "The price is low for what you get, though the thermometer that comes with it is not "
      "accurate above four hundred degrees.",
      "Our verdict: a good grill for steaks, less so for anything that needs gentle heat, such "
      "as fish or vegetables from the garden."};
  std::string html = "<body><article itemprop=\"articleBody\">";
  for (int i = 0; i < count; ++i) {
    const std::string part = kParts[i];
    html += std::string("<section class=\"Review__Section Review__Section--Ads\"><p>") + part +
            "</p><p>" + part + " We checked this twice.</p></section>";
  }
  return html + "</article></body>";
}

TEST(RulesTest, ClassOfASparedSectionIsNotChrome) {
  // The first section holds most of the text and is spared; the second has
  // the same class, so it is content as well.
  Result<Article> a = Extract(ReviewWithSections(2));
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("heats to 800 degrees"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("Cleaning is the weak point"), std::string::npos) << a->text;
}

TEST(RulesTest, HintsThatWouldDropTheWholeStoryAreOverruled) {
  // Four sections, none with most of the text: hints would drop them all.
  Result<Article> a = Extract(ReviewWithSections(4));
  ASSERT_TRUE(a.ok());
  for (const char* part : {"heats to 800 degrees", "Cleaning is the weak point",
                           "The price is low", "Our verdict"}) {
    EXPECT_NE(a->text.find(part), std::string::npos) << a->text;
  }
}

TEST(RulesTest, ChromeWordOnTheLayoutWrapperOfTheStoryDoesNotExclude) {
  // "container penci-sidebar" wraps the post and its sidebar: it holds most
  // of the page's text, so the word names the layout, not chrome.
  Result<Article> a = Extract(
      "<body><div class=\"site\"><div class=\"container penci-sidebar\"><div class=\"main\">"
      "<article><div class=\"entry\">" + std::string(kStory) + "</div></article></div><div "
      "class=\"widget\"><p>Subscribe to our newsletter today and get the news first, every "
      "morning.</p></div></div><div class=\"site-info\"><p>All content on this site is "
      "copyright, and may not be reproduced without the written permission of the "
      "owners.</p></div></div></body>");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.rfind("The river rose by two metres", 0), 0u) << a->text;
  EXPECT_EQ(a->text.find("copyright"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Subscribe"), std::string::npos) << a->text;
}

TEST(RulesTest, DeclaredMainContentOutranksAChromeWordAbove) {
  // "subnav-open" says the sub-navigation is open, yet yields the token
  // "subnav".
  Result<Article> a = Extract("<body><div class=\"container subnav-open\"><div role=\"main\">" +
                              std::string(kStory) + "</div></div><div class=\"promo\"><p>Book "
                              "your tickets online and save up to a third on every journey "
                              "you make this winter.</p></div></body>");
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("The river rose"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Book your tickets"), std::string::npos) << a->text;
}

TEST(RulesTest, HeadingsClearOfAStickyNavbarAreNoMenu) {
  // A manual built with Docusaurus classes each section heading
  // "anchor anchorWithStickyNavbar_...": an anchor that stays clear of the
  // sticky navigation bar when a link jumps to it. "navbar" after "with"
  // is the heading's property, not what it is: the headings stay over
  // their sections. The sidebar of pages, "Edit this page" and the links
  // to the previous and next pages still go. (The page shows the date of
  // its last change, so nothing joins only for lying between kept parts.)
  auto heading = [](const std::string& id, const std::string& text) {
    return "<h2 class=\"anchor anchorWithStickyNavbar_LWe7\" id=\"" + id + "\">" + text +
           "<a href=\"#" + id + "\" class=\"hash-link\" aria-label=\"Direct link to " + text +
           "\">&#8203;</a></h2>";
  };
  std::string sidebar;
  for (const char* page : {"Introduction", "Installation", "Configuration", "Deployment",
                           "Plugins", "Themes", "Styling", "Search"}) {
    sidebar += "<li class=\"menu__list-item\"><a class=\"menu__link\" href=\"/docs/" +
               std::string(page) + "\">" + page + "</a></li>";
  }
  const std::string html =
      "<html><head><title>Configuration | Shipyard</title></head><body><nav class=\"navbar\">"
      "<a href=\"/\">Shipyard</a> <a href=\"/docs\">Docs</a> <a href=\"/blog\">Blog</a></nav>"
      "<div class=\"docRoot\"><aside class=\"docSidebarContainer\"><nav aria-label=\"Docs "
      "sidebar\" class=\"menu\"><ul class=\"menu__list\">" + sidebar +
      "</ul></nav></aside><main class=\"docMainContainer\"><article><div class=\"markdown\">"
      "<header><h1>Configuration</h1></header><p>Shipyard reads its settings from "
      "<code>shipyard.config.js</code> at the root of your project. The file exports one "
      "object; every key is optional, and a missing key takes the default shown below.</p>" +
      heading("the-config-file", "The config file") +
      "<p>A minimal file names the site and the folder the built pages are written to, and "
      "leaves everything else to the defaults:</p><pre><code>module.exports = {\n  title: "
      "'My docs',\n  outDir: 'build',\n};</code></pre>" +
      heading("options", "Options") +
      "<p>The keys most sites set are the title, the output folder and the base path the "
      "site is served under. A key the tool does not know stops the build with an error, so "
      "that a misspelt key is never silently ignored.</p><pre><code>module.exports = {\n  "
      "title: 'Shipyard handbook',\n  outDir: 'public',\n  baseUrl: '/handbook/',\n  "
      "trailingSlash: false,\n  onBrokenLinks: 'throw',\n};</code></pre><p>Values are checked before the "
      "build starts: a number where a string is expected is reported with the key's name "
      "and the line of the file it was read from.</p></div><footer class=\"theme-doc-footer\">"
      "<a href=\"https://example.org/edit/main/docs/configuration.md\" "
      "class=\"theme-edit-this-page\">Edit this page</a> <span class=\"theme-last-updated\">Last "
      "updated on <time datetime=\"2024-04-02T10:00:00Z\">Apr 2, 2024</time></span></footer></article><nav "
      "class=\"pagination-nav\" aria-label=\"Docs pages\"><a href=\"/docs/Installation\">"
      "Previous Installation</a><a href=\"/docs/Deployment\">Next Deployment</a></nav></main>"
      "</div></body></html>";
  ExpectKeptAndDropped(html, PageType::kDocumentation,
                       {"The config file\n\nA minimal file names the site",
                        "Options\n\nThe keys most sites set"},
                       {"Plugins", "Edit this page", "Last updated", "Previous Installation"});
}

TEST(RulesTest, APermalinksSymbolIsNoWordOfItsHeading) {
  // A manual's headings carry their permalinks as symbols, links into the
  // page of no letter or digit: MkDocs' "¶" after the title naming the
  // heading's id, Sphinx's naming its section's, a "§" before the title.
  // Each is the link's handle, not a word of the title: the headings read
  // as their titles. A heading linking elsewhere by a symbol keeps it.
  const std::string html =
      "<html><head><title>Installation | Tidewater</title><script "
      "type=\"application/ld+json\">{\"@type\":\"TechArticle\"}</script></head><body><main>"
      "<h1 id=\"installation\">Installation</h1><p>Tidewater runs on Python 3.9 and later. It "
      "has no compiled parts, so it installs the same way on Linux, macOS and Windows.</p>"
      "<h2 id=\"install-with-pip\">Install with pip<a class=\"headerlink\" "
      "href=\"#install-with-pip\" title=\"Permanent link\">&para;</a></h2><p>The package is "
      "published on the Python Package Index. Install it into a virtual environment, so that "
      "its dependencies stay apart from those of the system.</p><section id=\"extras\"><h2>"
      "Extras<a class=\"headerlink\" href=\"#extras\">&para;</a></h2><p>Two extras add charts of "
      "the tide tables and a faster solver; install them by name when you need them.</p>"
      "</section><h2><a href=\"#upgrading\">&sect;</a> Upgrading</h2><p>Upgrade with the same "
      "command and the upgrade flag; settings files of older versions are read unchanged.</p>"
      "<h2>Next steps <a href=\"/usage\">&rarr;</a></h2><p>The usage guide walks through a first "
      "tide table for a harbour of your choice, from the command line and from Python.</p>"
      "</main></body></html>";
  ExpectKeptAndDropped(html, PageType::kDocumentation,
                       {"\nInstall with pip\n", "\nExtras\n", "\nUpgrading\n",
                        "\nNext steps \xE2\x86\x92\n"},
                       {"\xC2\xB6", "\xC2\xA7"});
}

TEST(RulesTest, AFootnotesLinkBackIsNoWordOfItsLine) {
  // A story's footnotes each close with a link back to their mark ("↩",
  // Markdown's footnotes) or open with one (Wikipedia's "^" before a
  // reference), and a manual's entry closes with its permalink ("¶" after
  // an API signature in a <dt>): links into the page of no letter or
  // digit, the links' handles, no words of the lines. A mark in the text
  // linking to its note ("[1]") holds a digit and stays.
  const std::string html =
      "<html><head><title>Keeping a ship's log</title></head><body><article><h1>Keeping a "
      "ship's log</h1>" + std::string(kStory) +
      "<p>The log is written in ink, never in pencil<sup><a href=\"#fn:1\">[1]</a></sup>, and "
      "each watch signs its own entries before it goes below.</p><dl><dt>log.entry(time, "
      "text)<a class=\"headerlink\" href=\"#log.entry\">&para;</a></dt><dd>Writes one line of "
      "the log, stamped with the watch's time and the officer's name.</dd></dl><div "
      "class=\"footnotes\"><ol><li id=\"fn:1\"><p>Pencil can be rubbed out, and a log that can "
      "be changed is worth nothing in a court of inquiry. <a href=\"#fnref:1\">&#8617;</a></p>"
      "</li><li id=\"fn:2\"><p><a href=\"#cite_ref-2\">^</a> Harbour Board, Rules for Masters, "
      "third edition, chapter four.</p></li></ol></div></article></body></html>";
  ExpectKeptAndDropped(html, PageType::kArticle,
                       {"never in pencil[1], and", "\nlog.entry(time, text)\n",
                        "in a court of inquiry.\n", "2. Harbour Board, Rules for Masters"},
                       {"\xE2\x86\xA9", "\xC2\xB6", "^"});
}

TEST(RulesTest, ContentWordsInClassNamesAreNotChrome) {
  // "brand-story" holds no "ad" token; "commentary" is not "comment".
  ExpectStoryOnly({"brand-story", Page("", "", " class=\"brand-story commentary\""), {}});
}

TEST(RulesTest, WholePageFormIsNotChrome) {
  // ASP.NET pages wrap the whole body in one <form>: it holds the story.
  Result<Article> a = Extract(std::string("<body><form id=\"aspnetForm\"><div class=\"page\">") +
                              kStory + "</div></form></body>");
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("The river rose"), std::string::npos);
  EXPECT_NE(a->text.find("before spring."), std::string::npos);
}

TEST(RulesTest, FormOfTextWithoutFieldsIsNotChrome) {
  // Old Reddit sets a post's text and each comment's in <form
  // class="usertext"> (hidden inputs alone, for its author to edit in
  // place): a box of text. The reply box beside it, a form with a field,
  // stays chrome with its prompt.
  std::string html =
      "<html><head><title>Budget for a first kayak? : Kayaking</title></head><body>"
      "<div class=\"side\"><h1><a href=\"/r/Kayaking/\">Kayaking</a></h1><p>A place for "
      "kayakers of every kind. Please read the rules before posting.</p></div>"
      "<div class=\"content\" role=\"main\"><div class=\"thing link\"><p class=\"title\">"
      "<a href=\"/r/Kayaking/comments/abc/\">Budget for a first kayak?</a></p><p "
      "class=\"tagline\">submitted <time datetime=\"2024-03-03T09:15:00+00:00\">1 year "
      "ago</time> by <a href=\"/user/rivermouse\">rivermouse</a></p><form class=\"usertext\" "
      "action=\"#\"><input type=\"hidden\" name=\"thing_id\" value=\"t3_abc\"><div "
      "class=\"md\"><p>I am looking for a first kayak for slow rivers and small lakes, nothing "
      "fancy, and I would like to spend less than five hundred on it. What should I look at "
      "first?</p></div></form></div><form class=\"usertext\" action=\"#\"><p>Be kind to new "
      "paddlers and search the wiki before you post your question here.</p><textarea "
      "name=\"text\"></textarea><button type=\"submit\">save</button></form>"
      "<div class=\"commentarea\">";
  const char* comments[] = {
      "For slow water a recreational sit-on-top is the easiest start. They are stable, cheap to "
      "buy second hand, and you can climb back on if you fall off.",
      "Try a few at a rental place before buying anything. You will learn more in one afternoon "
      "on the water than in a week of reading reviews."};
  for (int i = 0; i < 2; ++i) {
    const std::string n = std::to_string(i);
    html += "<div class=\"thing comment\"><p class=\"tagline\"><a href=\"/user/u" + n +
            "\">paddler" + n + "</a> 12 points <time datetime=\"2024-03-03T10:0" + n +
            ":00+00:00\">1 year ago</time></p><form class=\"usertext\" action=\"#\"><input "
            "type=\"hidden\" name=\"thing_id\" value=\"t1_" + n + "\"><div class=\"md\"><p>" +
            comments[i] +
            "</p></div></form><ul class=\"buttons\"><li><a href=\"#\">permalink</a></li><li><a "
            "href=\"#\">reply</a></li></ul></div>";
  }
  html += "</div></div></body></html>";
  Result<Article> a = Extract(html);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("I am looking for a first kayak"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Be kind to new paddlers"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("A place for kayakers"), std::string::npos) << a->text;
}

TEST(RulesTest, StorySplitOverSiblingContainersIsJoined) {
  std::string html = "<body><div class=\"wrap\"><div class=\"part\"><p>";
  html += "The first half of the story tells how the bridge was built in 1890, by a company that "
          "went bankrupt the year after, leaving the town with a debt it paid for decades.</p>"
          "</div><div class=\"ad\">Advertisement</div><div class=\"part\"><p>The second half tells "
          "how the town finally repaid that debt in 1951, and held a fair on the bridge to mark "
          "the day, with music, dancing and a parade of every cart in the valley.</p></div></div>"
          "</body>";
  Result<Article> a = Extract(html);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("The first half"), std::string::npos);
  EXPECT_NE(a->text.find("The second half"), std::string::npos);
  EXPECT_EQ(a->text.find("Advertisement"), std::string::npos);
}

TEST(RulesTest, SectionsWrappedDeepAndSplitByAFigureAreJoined) {
  // Each section wraps its paragraphs four levels deep; a figure separates
  // them. Climbing wrappers reaches the level where the sections are siblings.
  auto section = [](const std::string& text) {
    return "<div class=\"acf\"><section><div><div class=\"wysiwyg\"><p>" + text + "</p><p>" +
           text + " Again, with more words.</p></div></div></section></div>";
  };
  Result<Article> a = Extract(
      "<body><div id=\"post\">" +
      section("The first section explains how tuft cells were found in the gut, where they "
              "sense parasites and call on the immune system to respond.") +
      "<figure><img src=x.jpg><figcaption>A micrograph.</figcaption></figure>" +
      section("The second section follows the same cells into the lungs, where they appear "
              "only after an infection, and nobody yet knows why.") +
      "</div></body>");
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("The first section"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("The second section"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("A micrograph."), std::string::npos) << a->text;
}

TEST(RulesTest, LoneParagraphJoinsBeforeTheStoryNotAfterIt) {
  Result<Article> a = Extract(
      "<body><div class=\"wrap\"><p>Forty people were evacuated overnight as the river burst "
      "its banks for the third time in ten years.</p><div class=\"story\">" +
      std::string(kStory) + kStory + "</div><p>Valley Post may earn a commission when you buy "
      "something through the links on this page, at no cost to you.</p></div></body>");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.rfind("Forty people were evacuated overnight", 0), 0u) << a->text;
  EXPECT_EQ(a->text.find("may earn a commission"), std::string::npos) << a->text;
}

TEST(RulesTest, LooseParagraphsOutweighingTheTopCandidateMakeTheirParentTheRegion) {
  // An encyclopedia page: paragraphs loose in the content <div>, full of
  // citation marks and links, then a long list of references that scores
  // higher than the markup-heavy <div>. The paragraphs hold more text than
  // the list: the <div> is the story's container, paragraphs ending in a
  // colon (before a formula) included.
  const char* sentences[] = {
      "Given a set of points, the method first computes how similar each pair is, with a "
      "kernel whose width adapts to the local density of the data around each point:",
      "The similarity of one point to another is the probability that the first would pick "
      "the second as its neighbour.",
      "These probabilities are then made symmetric, and the map is found by gradient descent "
      "on the divergence between the two distributions:",
      "A heavy-tailed distribution in the map lets dissimilar points be modelled far apart, "
      "which keeps the clusters from crowding.",
      "The method is widely used to look at the structure of high-dimensional data, in "
      "genomics and in computer security research."};
  std::string html = "<title>Embedding - Wiki</title><div class=\"content\">";
  int n = 0;
  for (const char* s : sentences) {
    html += std::string("<p><a href=\"/wiki/term\">Term</a>: ") + s;
    for (int k = 0; k < 2; ++k, ++n) {
      html += "<sup><a href=\"#c" + std::to_string(n) + "\"><span>[</span>" +
              std::to_string(n) + "<span>]</span></a></sup>";
    }
    html += "</p>";
  }
  html += "<h2>References</h2><div class=\"reflist\"><ol>";
  for (int i = 0; i < 20; ++i) {
    const std::string k = std::to_string(i);
    html += "<li><span><b><a href=\"#r" + k + "\">^</a></b></span> <span>Author" + k +
            ", A.; Other, B. (2010). \"<a href=\"/doi/" + k + "\">A long title of a paper "
            "about embedding data number " + k + "</a>\". <i>Journal of Machine Learning "
            "Research</i>. <b>" + k + "</b>: 2579–2605.</span></li>";
  }
  html += "</ol></div></div>";
  Result<Article> a = Extract(html);
  ASSERT_TRUE(a.ok());
  for (const char* s : sentences) {
    EXPECT_NE(a->text.find(std::string(s).substr(0, 60)), std::string::npos) << a->text;
  }
}

TEST(RulesTest, TeaserListWithLongDescriptionsDoesNotJoin) {
  std::string teasers = "<ul class=\"list\">";
  for (int i = 0; i < 4; ++i) {
    teasers += "<li><h3><a href=\"/s" + std::to_string(i) + "\">Teaser title number " +
               std::to_string(i) + " about the budget</a></h3><p>A long description of "
               "another story, about the city budget and what the council plans to cut "
               "next year, written to make you click.</p></li>";
  }
  teasers += "</ul>";
  Result<Article> a = Extract("<body><div class=\"page\"><div class=\"story\">" +
                              std::string(kStory) + "</div>" + teasers + "</div></body>");
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("before spring."), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("A long description"), std::string::npos) << a->text;
}

TEST(RulesTest, ShortPostBesideTheSitesNextStoryCardsIsTheText) {
  // A blog's single post of one paragraph over six cards of the site's next
  // stories, each a linked title over a summary longer than the post.
  // Cards of one template each opened by a heading linking elsewhere are
  // teasers of other posts (TeasersOnly): they join no post's box
  // (id="story") as its siblings, and when one of them outscores a box
  // worded as nothing (id="copy") the region steps off them to the post
  // (StepOffTeasers). The whole-page fallback does not read the
  // passed-over cards back.
  for (const char* post_id : {"story", "copy"}) {
    SCOPED_TRACE(post_id);
    ExpectKeptAndDropped(testing::PostOverNextStoryCards(testing::kLinkedBylineWithTime, post_id),
                         PageType::kArticle, {"A cartoonist got a spot on the news"},
                         {"A choir sings", "The good folks at the choir", "READ THE REST"});
  }
}

TEST(RulesTest, LeadBetweenHeadlineAndBodyIsKept) {
  Result<Article> a = Extract(
      "<html><head><title>River floods lower town | Valley Post</title></head><body>"
      "<header class=\"article-header\"><h1>River floods lower town</h1>"
      "<p class=\"standfirst\">Forty people were evacuated overnight as the river burst its "
      "banks for the third time in ten years.</p>"
      "<p class=\"byline\">By Jo Smith, Valley Post reporter, on Monday at 9:30 a.m.</p>"
      "<p>PUBLISHED: 10:48, Mon, Nov 18, 2019 | UPDATED: 11:05, Mon, Nov 18, 2019</p></header>"
      "<div class=\"body\">" + std::string(kStory) + "</div></body></html>");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.rfind("Forty people were evacuated overnight", 0), 0u) << a->text;
  EXPECT_EQ(a->text.find("By Jo Smith"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("PUBLISHED"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("River floods lower town"), std::string::npos) << a->text;
}

TEST(RulesTest, LeadFoundUnderAHeadlinePunctuatedUnlikeTheTitle) {
  // <title> says "River floods: lower town", the headline "River floods
  // lower town!": the same title, so the lead under it is kept.
  ExpectLeadFirst(
      LeadPage("<html>", "River floods: lower town", "<body>", "River floods lower town!"));
}

TEST(RulesTest, LeadFoundUnderAHeadlineWrappedInsideItsHeading) {
  // <h1><div>River floods lower town</div></h1>: the headline's text is a
  // block of its own inside the heading, and still the headline.
  ExpectLeadFirst(LeadPage("<html>", "River floods lower town", "<body>",
                           "<div class=\"h-inner\">River floods lower town</div>"));
}

TEST(RulesTest, LeadInsideAContentAndSidebarWrapperIsKept) {
  // "content-sidebar-wrap" holds the article beside its sidebar: the lead
  // under the headline is not sidebar text.
  ExpectLeadFirst(LeadPage("<html>", "River floods lower town",
                           "<body><div class=\"content-sidebar-wrap\">",
                           "River floods lower town"));
}

TEST(RulesTest, ChromeWordsOnHtmlAndBodyDescribeThePage) {
  // "sidebar-left nav-collapsed" on <body> says how the page is laid out;
  // the lead under it is not chrome.
  ExpectLeadFirst(LeadPage("<html class=\"sidebar\">", "River floods lower town",
                           "<body class=\"sidebar-left nav-collapsed\">",
                           "River floods lower town"));
}

TEST(RulesTest, ShortBlocksBetweenParagraphsStay) {
  Result<Article> a = Extract(
      std::string("<article>") + kStory + "<h2>What to pack</h2><ul><li>Torch</li><li>Water</li>"
      "</ul><p>Keep the bag by the door, so that you can leave within minutes when the sirens "
      "sound, and tell a neighbour where you are going.</p></article>");
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("What to pack\n\nTorch\n\nWater"), std::string::npos) << a->text;
}

TEST(RulesTest, EmbeddedPostInASocialWrapperStays) {
  // An embedded post quotes prose; the share bar beside it holds none.
  Result<Article> a = Extract(StoryAround(
      "<div class=\"social-media-embed\"><blockquote><p>The lower town has flooded three times "
      "in ten years and the defences promised in 2019 are still not built.</p><p>&mdash; A "
      "resident (@riverside) November 18</p></blockquote></div><div class=\"social-share\">"
      "<a href=\"#\">Facebook</a> <a href=\"#\">X</a></div><div class=\"social-media-embed\">"
      "<blockquote><p>flood. again. <a href=\"/p/2\">pic.example/x</a></p></blockquote></div>"));
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("The lower town has flooded three times"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("flood. again."), std::string::npos) << a->text;  // short, still a post
  EXPECT_EQ(a->text.find("Facebook"), std::string::npos) << a->text;
}

TEST(RulesTest, LinkedAttributionOfAQuoteStays) {
  // "— Name (@handle) date" under an embedded post links its date: short
  // and partly linked, yet part of the quote.
  Result<Article> a = Extract(StoryAround(
      "<blockquote><p>The defences promised in 2019 are still not built, and the lower town "
      "has flooded three times in ten years.</p><p>&mdash; A resident (@riverside) <a "
      "href=\"/status/1\">November 18, 2019</a></p></blockquote>"));
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("A resident (@riverside) November 18, 2019"), std::string::npos)
      << a->text;
}

TEST(RulesTest, DashedSourceUnderAQuoteStaysLinked) {
  // A quotation set as a <blockquote>, or a customer's words as a paragraph
  // in quotation marks, and under it, after the quote, a line opening with
  // a dash that names its source, the source's work or page linked ("—
  // Anna Tsing, The Mushroom at the End of the World"; "- Summer,
  // reviewing our packers"). Dropped for its links, it is the quote's
  // source and stays. A linked line with no dash after a quote ("Read the
  // whole review") and a dashed link list elsewhere still go.
  Result<Article> a = Extract(StoryAround(
      "<blockquote><p>A river is never the same river twice, and a town that lives beside one "
      "learns to move its furniture upstairs.</p></blockquote><p>&mdash; <a "
      "href=\"/books/1\">Anna Berg, The Town Beside the River</a></p>"
      "<p>\"The volunteers came at dawn and had the sandbags down before the water reached "
      "the first step of our house.\"</p><p>- Lena, <a href=\"/stories/lena\">writing about "
      "the volunteers</a></p>"
      "<blockquote><p>The water came faster than anyone on the council had said it would, and "
      "the school gym was full by midnight.</p></blockquote><p><a href=\"/reviews/9\">Read "
      "the whole account</a></p>"));
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("Anna Berg, The Town Beside the River"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("Lena, writing about the volunteers"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Read the whole account"), std::string::npos) << a->text;
}

TEST(RulesTest, AttributionOfAQuoteClosingTheStoryStays) {
  // The short signature line of an embedded post that ends the story is part
  // of the post; a short line after it is at the edge of the text and goes.
  Result<Article> a = Extract(std::string("<article>") + kStory +
                              "<blockquote><p>The defences promised in 2019 are still not "
                              "built, and the lower town has flooded three times in ten "
                              "years.</p><p>&mdash; A resident (@riverside) November 18, "
                              "2019</p></blockquote><p>Updated at 1:23 p.m.</p></article>");
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("A resident (@riverside) November 18, 2019"), std::string::npos)
      << a->text;
  EXPECT_EQ(a->text.find("Updated at"), std::string::npos) << a->text;
}

TEST(RulesTest, HeadingOfALinkListGoesWithIt) {
  // "Trending:" heads two links and goes; "Where to buy" heads one shop
  // link and then text, and stays.
  Result<Article> a = Extract(
      "<article><h3>Trending:</h3><ul><li><a href=\"/a\">Flood warnings</a></li><li><a "
      "href=\"/b\">Elections</a></li></ul>" + std::string(kStory) +
      "<h3>Where to buy sandbags</h3><p>See it: <a href=\"/shop\">Hardware</a></p><p>The "
      "hardware store on Mill Lane sells them at cost for as long as the flood warning lasts, "
      "and delivers to the riverside streets.</p></article>");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.find("Trending:"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("Where to buy sandbags"), std::string::npos) << a->text;
}

TEST(RulesTest, MostlyLinkedSentenceInsideTheTextStays) {
  // A sentence whose names are links stays between paragraphs; a fully
  // linked teaser line there goes.
  Result<Article> a = Extract(StoryAround(
      "<p>The <a href=\"/a\">Environment Agency flood warnings for the Lower Valley</a> were "
      "lifted on Sunday.</p><p><a href=\"/c\">Read more: the storms that "
      "hit the valley last winter and what they cost</a></p>"));
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("Environment Agency flood warnings for the Lower Valley were lifted"),
            std::string::npos)
      << a->text;
  EXPECT_EQ(a->text.find("Read more"), std::string::npos) << a->text;
}

TEST(RulesTest, MostlyLinkedSentenceOpeningTheTextStays) {
  // A lead sentence whose names are links opens the story, above its first
  // section heading; a linked sentence after the text's end goes.
  Result<Article> a = Extract(
      "<article><p>Today's <a href=\"/a\">flood warnings for the Lower Valley</a> and <a "
      "href=\"/b\">the evacuation of Mill Lane</a> come first.</p><h2>The night</h2>" +
      std::string(kStory) +
      "<p>See <a href=\"/c\">all our coverage of the floods</a> and <a href=\"/d\">the "
      "storms of last winter</a> here.</p></article>");
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("Today's flood warnings for the Lower Valley"), std::string::npos)
      << a->text;
  EXPECT_EQ(a->text.find("all our coverage"), std::string::npos) << a->text;
}

TEST(RulesTest, PartlyLinkedHeadingBeforeTextStays) {
  // A section heading that links a word is still a heading of the text; a
  // partly linked short line at the edge of the text still goes.
  Result<Article> a = Extract(std::string("<article>") + kStory +
                              "<h3>9. Ask <a href=\"/agency\">the agency</a> for help</h3>" +
                              kStory + "<p>Tags: <a href=\"/t/flood\">flood</a></p></article>");
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("9. Ask the agency for help"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Tags:"), std::string::npos) << a->text;
}

TEST(RulesTest, RepeatOfAChromeLabelGoes) {
  // "Advertisement:" sits over each ad; one ad box is marked, the other
  // not. Data (a list item) and headings with a hidden copy stay.
  Result<Article> a = Extract(
      "<article>" + std::string(kStory) +
      "<div class=\"ad-slot\"><p>Advertisement:</p><p>Mill Lane</p></div>" + kStory +
      "<p>Advertisement:</p>" + kStory + "<h3 hidden>Shelters</h3><h3>Shelters</h3><ul><li>Mill "
      "Lane</li><li>Market Square</li><li>Town hall</li></ul>" + kStory + "</article>");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.find("Advertisement"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("Shelters\n\nMill Lane\n\nMarket Square"), std::string::npos) << a->text;
}

TEST(RulesTest, LanguageLabelOfACodeBlockGoes) {
  // A manual's code blocks, each in a box with its language's name beside
  // the <pre> (VitePress's span, Mintlify's bar holding it): the names go.
  // A file's name over the code in the same box, a heading right before a
  // code block and a one-word paragraph of its own stay.
  Result<Article> a = Extract(
      "<main><h1>Configuration</h1><p>Tidewater reads its settings from a file named "
      "tidewater.toml at the root of your project, and every key in it is optional.</p>"
      "<div class=\"language-toml\"><button class=\"copy\"></button><span "
      "class=\"lang\">toml</span><pre><code>[harbour]\nname = \"Brest\"</code></pre></div>"
      "<p>Run the command below in the folder of the file, and the tables are written to "
      "the folder it names.</p><div class=\"code-block\"><div class=\"bar\"><div "
      "class=\"label\">bash</div><button>Copy</button></div><div><pre><code>tidewater "
      "compute</code></pre></div></div><p>The file can be split in two, a harbour's part "
      "and the units, each read in turn before any table is computed.</p><div "
      "class=\"code-block\"><div class=\"bar\">units.toml</div><pre><code>units = "
      "\"metric\"</code></pre></div><h3>Defaults</h3><pre><code>out_dir = "
      "\"tables\"</code></pre><p>Values are checked before any table is computed, and a bad "
      "one is reported with its key's name.</p><p>Metric</p><pre><code>units = "
      "\"feet\"</code></pre><p>Feet are read as well, and a table in feet names its units "
      "in its first line.</p></main>");
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("optional.\n\n[harbour]"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("names.\n\ntidewater compute"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("units.toml\n\nunits"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("Defaults\n\nout_dir"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("Metric\n\nunits"), std::string::npos) << a->text;
}

TEST(RulesTest, FoldedPanelUnderTheHeadlineIsNoLead) {
  // A manual's headline over a <details> banner (its summary in the
  // header, its explanation folded under it) and a subtitle: the subtitle
  // is the lead, the folded explanation is not.
  Result<Article> a = Extract(
      "<html><head><title>Configuration - Tidewater</title></head><body><main><article>"
      "<header><h1>Configuration</h1><details class=\"indicator\"><summary>Baseline "
      "<span>Widely available</span></summary><div><p>This feature is well established and "
      "works across many devices and browser versions.</p></div></details><p>Set up the "
      "harbour, the output folder and the units of your tide tables.</p></header><p>Tidewater "
      "reads its settings from a file named tidewater.toml at the root of your project. "
      "Every key is optional, and a missing key takes the default shown in the table "
      "below.</p><h2>A minimal file</h2><p>A minimal file names the harbour and the folder "
      "the tide tables are written to, and leaves everything else to the defaults, which "
      "suit most ports on the Atlantic coast.</p></article></main></body></html>");
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("Set up the harbour"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("well established"), std::string::npos) << a->text;
}

TEST(RulesTest, LanguageLabelBetweenAManualsPartsGoes) {
  // A manual of short sections, typed service, whose parts between kept
  // ones are kept back (KeepBetweenKept): a code block's language label
  // lies between the text and its code, and goes still.
  Result<Article> a = Extract(
      "<header><a href=\"/\">Tidewater</a><a href=\"/guide/\">Guide</a></header><aside "
      "class=\"VPSidebar\"><nav><a href=\"/guide/intro\">Introduction</a><a "
      "href=\"/guide/config\">Configuration</a></nav></aside><main><div class=\"vp-doc\">"
      "<h1>Configuration</h1><p>Tidewater reads its settings from a file named tidewater.toml "
      "at the root of your project, and every key in it is optional.</p><div "
      "class=\"language-toml\"><button class=\"copy\"></button><span "
      "class=\"lang\">toml</span><pre><code>[harbour]\nname = \"Brest\"</code></pre></div>"
      "<h2>Checks</h2><p>Values are checked before any table is computed, and a bad one is "
      "reported with its key's name and line.</p><div class=\"language-bash\"><button "
      "class=\"copy\"></button><span class=\"lang\">bash</span><pre><code>tidewater "
      "compute</code></pre></div><h2>Running</h2><p>The command writes the tables to the "
      "folder the file names, one file for each month of the year.</p></div></main><footer><a "
      "href=\"/edit\">Edit this page on GitHub</a></footer>");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->page_type, PageType::kService) << PageTypeName(a->page_type);
  EXPECT_NE(a->text.find("optional.\n\n[harbour]"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("line.\n\ntidewater compute"), std::string::npos) << a->text;
}

TEST(RulesTest, LineNumbersBesideACodeBlockGo) {
  // Sphinx with "linenos" (Pygments) and Hugo (Chroma) set a code block's
  // line numbers in a table cell of their own, a <pre> beside the code's:
  // the numbers go, the code stays. A code block that shows numbers
  // (a command's output, "1" and "2", counted from 1 but more lines than the code
  // after it) stays.
  auto gutter = [](int lines) {
    std::string numbers;
    for (int n = 1; n <= lines; ++n) {
      numbers += "<span class=\"normal\">" + std::to_string(n) + "</span>\n";
    }
    return "<td class=\"linenos\"><div class=\"linenodiv\"><pre>" + numbers + "</pre></div></td>";
  };
  Result<Article> a = Extract(
      "<html><head><title>Reading the gauge - Tidewater</title></head><body><div "
      "class=\"body\" role=\"main\"><h1>Reading the gauge</h1><p>A gauge reports the water "
      "level at one harbour, in metres above chart datum, and keeps its readings for the "
      "whole session.</p><div class=\"highlight-python\"><table class=\"highlighttable\"><tr>" +
      gutter(3) +
      "<td class=\"code\"><div class=\"highlight\"><pre>from tidewater import Gauge\ngauge = "
      "Gauge(\"Brest\")\nprint(gauge.level())\n</pre></div></td></tr></table></div><p>The "
      "command prints the readings it stored, one number a line, counted from the first "
      "reading of the session:</p><pre>1\n2\n3\n4</pre><pre>done</pre><p>Before the first "
      "reading the level is zero, which is a real level at some harbours, so check the "
      "count first.</p><p>The count of readings comes first, one number a line, and the "
      "script that reads them again follows it:</p><pre>1\n2\n3</pre><pre>for reading in "
      "gauge.readings():\n    print(reading.level)\n    print(reading.time)\nprint(\"end\")</pre>"
      "</div></body></html>");
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("session.\n\nfrom tidewater import Gauge"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("reading of the session:\n\n1\n2\n3\n4\n\ndone"), std::string::npos)
      << a->text;
  // Numbers before a longer code block, but in no table row beside it, are
  // a block of their own.
  EXPECT_NE(a->text.find("follows it:\n\n1\n2\n3\n\nfor reading in"), std::string::npos)
      << a->text;
}

TEST(RulesTest, ShortCodeBlockClosingTheTextStays) {
  // A manual's section closes with a short example under the sentence
  // telling it (Sphinx's last "highlight" box in its <section>): the code
  // is the text's own, however short; the sidebar after it still goes.
  Result<Article> a = Extract(
      "<html><head><title>Recording levels - Tidewater</title></head><body><div "
      "class=\"body\" role=\"main\"><section><h1>Recording levels</h1><p>Each reading "
      "carries the time it was taken, in seconds since the epoch, and the level in metres "
      "above chart datum.</p><p>The gauge never sorts its readings, so a reading recorded "
      "late lands at the end of the series even when its time is earlier.</p><div "
      "class=\"highlight-default\"><div class=\"highlight\"><pre>gauge.record(1.82, when)"
      "</pre></div></div></section></div><div class=\"sphinxsidebar\" role=\"navigation\">"
      "<h3>Navigation</h3><ul><li><a href=\"intro.html\">Introduction</a></li><li><a "
      "href=\"install.html\">Installing</a></li></ul><h3>Quick search</h3></div></body></html>");
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("is earlier.\n\ngauge.record(1.82, when)"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Installing"), std::string::npos) << a->text;
}

TEST(RulesTest, SignatureSetCellByCellReadsAsOneLinePerRow) {
  // Doxygen lays out a member's signature as a table, the name, each
  // bracket and each parameter's type and name in cells of their own: each
  // row reads as one line. A table of data whose cells hold a sign
  // ("$", "--") stays cell by cell.
  auto signature = [](const std::string& rows) {
    return "<div class=\"memproto\"><table class=\"memname\">" + rows + "</table></div>";
  };
  Result<Article> a = Extract(
      "<html><head><title>Tidewater: tide::Gauge Class Reference</title></head><body><div "
      "class=\"contents\"><h2 class=\"groupheader\">Detailed Description</h2><div "
      "class=\"textblock\"><p>A tide gauge records the water level at one harbour, in metres "
      "above chart datum, and keeps its readings in the order they were taken.</p></div>"
      "<h2 class=\"memtitle\">level()</h2><div class=\"memitem\">" +
      signature("<tr><td class=\"memname\">double tide::Gauge::level </td><td>(</td><td "
                "class=\"paramname\"></td><td>)</td><td> const</td></tr>") +
      "<div class=\"memdoc\"><p>Returns the last water level read. Before the first reading "
      "it returns zero, which is a real level at some harbours.</p></div></div><h2 "
      "class=\"memtitle\">record()</h2><div class=\"memitem\">" +
      signature("<tr><td class=\"memname\">void tide::Gauge::record </td><td>(</td><td "
                "class=\"paramtype\">double&#160;</td><td class=\"paramname\"><em>metres</em>, "
                "</td></tr><tr><td class=\"paramkey\"></td><td></td><td "
                "class=\"paramtype\">std::time_t&#160;</td><td class=\"paramname\"><em>when</em>"
                "</td></tr><tr><td></td><td>)</td><td></td><td></td></tr>") +
      "<div class=\"memdoc\"><p>Stores one reading taken at the given time, at the end of the "
      "series, whatever its time.</p></div></div><p>Readings cost by plan, per month:</p><table>"
      "<tr><th>Plan</th><th>Harbours</th><th>Price</th></tr><tr><td>Free</td><td>1</td>"
      "<td>--</td></tr><tr><td>Port</td><td>5</td><td>$</td></tr><tr><td>Coast</td>"
      "<td>40</td><td>$$</td></tr></table><p>Every plan reads its gauges every six minutes, "
      "and keeps a year of readings.</p></div></body></html>");
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("\n\ndouble tide::Gauge::level ( ) const\n\n"), std::string::npos)
      << a->text;
  EXPECT_NE(a->text.find("\n\nvoid tide::Gauge::record ( double metres,\n\n"
                         "std::time_t when\n\n)\n\n"),
            std::string::npos)
      << a->text;
  EXPECT_NE(a->text.find("Free\n\n1\n\n--\n\nPort\n\n5\n\n$\n\n"), std::string::npos) << a->text;
}

TEST(RulesTest, LinkedNameBesideACellTakenBetweenKeptPartsStays) {
  // A Doxygen class page, undated: its summary tables list each member as
  // a row, the return type and the linked name, over a row of its
  // description. The second table lies outside the region and joins as a
  // part between kept ones; its row's linked name, dropped for its links,
  // stays beside the return type taken so.
  auto member = [](const std::string& type, const std::string& name,
                   const std::string& description) {
    return "<tr class=\"memitem\"><td class=\"memItemLeft\">" + type +
           "&#160;</td><td class=\"memItemRight\"><a class=\"el\" href=\"#" + name + "\">" +
           name + "</a> ()</td></tr><tr class=\"memdesc\"><td class=\"mdescLeft\">&#160;</td>"
           "<td class=\"mdescRight\">" + description + " <a href=\"#" + name +
           "\">More...</a></td></tr>";
  };
  auto group = [](const std::string& title, const std::string& rows) {
    return "<table class=\"memberdecls\"><tr class=\"heading\"><td colspan=\"2\"><h2 "
           "class=\"groupheader\">" + title + "</h2></td></tr>" + rows + "</table>";
  };
  Result<Article> a = Extract(
      "<html><head><title>Tidewater: tide::Gauge Class Reference</title></head><body><div "
      "id=\"top\"><div id=\"projectname\">Tidewater</div><ul><li><a href=\"index.html\">Main "
      "Page</a></li><li><a href=\"annotated.html\">Classes</a></li></ul></div><div "
      "class=\"contents\">" +
      group("Public Member Functions",
            member("double", "level", "Returns the last water level read, in metres above chart "
                                      "datum.") +
                member("int", "count", "Returns how many readings the gauge holds, the readings "
                                       "of this session alone.")) +
      group("Static Public Member Functions",
            member("static <a class=\"el\" href=\"#Gauge\">Gauge</a>", "open_default",
                   "Opens the gauge configured as the default one.")) +
      "<h2 class=\"groupheader\">Detailed Description</h2><div class=\"textblock\"><p>A tide "
      "gauge records the water level at one harbour. Readings are kept in memory in the order "
      "they were taken, and the gauge never sorts them.</p></div></div></body></html>");
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("open_default ()"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Main Page"), std::string::npos) << a->text;
}

TEST(RulesTest, LinkedCellsOfAGridInBoxesStay) {
  // Javadoc 17 sets its method summary as a grid of <div>s, the cells'
  // classes naming their column, rows striped: the return type and the
  // method's linked name stay beside the kept description, as a <table>'s
  // linked cells do.
  Result<Article> a = Extract(
      "<main><h1>Class TideTable</h1><div class=\"block\">The tide table of one harbour for "
      "one year, computed from the harbour's harmonic constants when the table is first "
      "read.</div><section><h2>Method Summary</h2><div class=\"summary-table\">"
      "<div class=\"col-first even-row-color\"><code><a href=\"Row.html\">Row</a></code></div><div "
      "class=\"col-second even-row-color\"><code><a "
      "href=\"#highWater()\">highWater</a>()</code></div><div "
      "class=\"col-last even-row-color\"><div class=\"block\">Returns the next high water after "
      "the current time, with its height in the table's units.</div></div>"
      "<div class=\"col-first odd-row-color\"><code><a href=\"Row.html\">Row</a></code></div><div "
      "class=\"col-second odd-row-color\"><code><a "
      "href=\"#lowWater()\">lowWater</a>()</code></div><div "
      "class=\"col-last odd-row-color\"><div class=\"block\">Returns the next low water after the "
      "current time; at a harbour with a double low, the first.</div></div>"
      "<div class=\"col-first even-row-color\"><code><a "
      "href=\"Units.html\">Units</a></code></div><div "
      "class=\"col-second even-row-color\"><code><a href=\"#units()\">units</a>()</code></div><div "
      "class=\"col-last even-row-color\"><div class=\"block\">Returns the units the table's "
      "heights are given in, metres or feet, as the file sets them.</div></div>"
      "</div></section></main>");
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("Row\n\nhighWater()\n\nReturns the next high"), std::string::npos)
      << a->text;
  EXPECT_NE(a->text.find("Units\n\nunits()\n\nReturns the units"), std::string::npos) << a->text;

  // A story's sections, heading, credited picture and paragraphs over and over, are
  // no grid: the linked reading tip closing a section goes.
  std::string story = "<article><h1>The tides of the year</h1>";
  for (const char* sign : {"Brest", "Cherbourg", "Le Havre", "Dieppe"}) {
    story += std::string("<h2 class=\"intertitre\">") + sign +
             "</h2><div class=\"photo\"><img src=\"a.jpg\" alt=\"\">Photo: Marie Leroy</div><p "
             "class=\"standard\">The harbour of " +
             sign +
             " sees its highest tides of the year in the spring, when the sun and the moon "
             "pull together and the range of the tide grows by half.</p><p "
             "class=\"standard\"><strong>Tip: </strong><a href=\"/tides/" +
             sign + "\">Read the whole table of the harbour of " + sign + "</a></p>";
  }
  story += "</article>";
  Result<Article> b = Extract(story);
  ASSERT_TRUE(b.ok());
  EXPECT_NE(b->text.find("grows by half."), std::string::npos) << b->text;
  EXPECT_EQ(b->text.find("Read the whole table"), std::string::npos) << b->text;
}

TEST(RulesTest, LabelOfAToggleCheckBoxGoes) {
  // pdoc folds each function's source behind a check box outside any form,
  // styled away, and a <label for> beside the signature as its button: the
  // label's words are a control's, glued to the signature's line.
  std::string page =
      "<main><h1>tide.table</h1><p>Tide tables of one harbour, computed from its harmonic "
      "constants for any year between 1900 and 2100.</p>";
  for (const char* name : {"load", "compute"}) {
    page += std::string("<section id=\"") + name + "\"><input id=\"" + name +
            "-view-source\" class=\"view-source-toggle-state\" type=\"checkbox\"><div "
            "class=\"attr function\"><span class=\"def\">def</span> <span>" +
            name +
            "</span><span class=\"signature\">(harbour: str) -&gt; Table:</span><label "
            "class=\"view-source-button\" for=\"" +
            name +
            "-view-source\"><span>View Source</span></label></div><div "
            "class=\"docstring\"><p>Reads the harmonic constants of the named harbour from "
            "the bundled database and returns its table, or raises KeyError.</p></div></section>";
  }
  page += "</main>";
  Result<Article> a = Extract(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("def load(harbour: str) -> Table:\n"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("def compute(harbour: str) -> Table:\n"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("View Source"), std::string::npos) << a->text;
}

TEST(RulesTest, SectionTitleAnInPageContentsRepeatsStays) {
  // A sidebar's table of contents names each section and links within the
  // page: the sections' headings stay. A sidebar of linked stories names a
  // heading that opens a teaser in the text: that heading still goes.
  Result<Article> a = Extract(
      "<aside class=\"sidebar\"><p><a href=\"#night\">The night of the flood</a></p><p><a "
      "class=\"tablink\">Where to find shelter</a></p><p><a href=\"/story/9\">Storm season "
      "returns</a></p></aside><article><h2>The night of the flood</h2>" +
      std::string(kStory) + "<h2>Where to find shelter</h2>" + kStory +
      "<h3>Storm season returns</h3><p>Forecasters expect three more storms before March, "
      "and the council has asked every household to check its sandbags now.</p></article>");
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("The night of the flood\n\n"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("Where to find shelter\n\n"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Storm season returns"), std::string::npos) << a->text;
}

TEST(RulesTest, SectionOfTheTextsTemplateWithIconsJoins) {
  // The guide's sections share one template; one of them sets its use
  // cases in cards, each wrapped many times with an icon: more markup than a
  // story's section, and still the text's. The same cards in a box of
  // another class (the site's offers) stay out.
  auto cards = [](const char* a, const char* b, const char* c) {
    std::string html;
    for (const char* text : {a, b, c}) {
      html += std::string("<div class=\"card\"><div><div><span><i></i><img src=\"i.svg\"></span>"
                          "<div><span>Case</span></div><div><div><div><p>") +
              text + "</p></div></div></div></div></div></div>";
    }
    return html;
  };
  const std::string html =
      "<html><body><div class=\"parts\"><section class=\"part\"><h1>River floods lower "
      "town</h1>" + std::string(kStory) + kStory + "</section><section class=\"part\">"
      "<h2>How towns recover</h2>" +
      cards("Towns that kept sandbags in every street recovered within a week, because the "
            "water reached fewer homes than in the flood of the year before.",
            "Councils that opened shelters early moved the elderly first, and no one had to "
            "spend the night on a roof waiting for the boats to arrive.",
            "Insurers paid faster where residents had photographed their rooms before the "
            "water came, so families could replace floors before the winter.") +
      "</section><section class=\"offers\">" +
      cards("Our members get a free flood survey of their home from a certified engineer, "
            "with a written report and a list of repairs within ten days.",
            "Join the Valley Post club to read every story of the season without limits, "
            "and receive our weekly newsletter about your neighbourhood.",
            "Order the waterproof door barrier today and pay in three instalments, with free "
            "delivery to every address in the valley before the next storm.") +
      "</section></div></body></html>";
  Result<Article> a = Extract(html);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("Towns that kept sandbags"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("Insurers paid faster"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("free flood survey"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("waterproof door barrier"), std::string::npos) << a->text;
}

TEST(RulesTest, SideNoteInsideTheTextStays) {
  // An <aside> in the story tells a side question under its own heading:
  // it stays. An <aside> of related links and an author box in an <aside>
  // go.
  Result<Article> a = Extract(StoryAround(
      "<aside class=\"aside\"><h3>A note on the old levee</h3><p>The levee built in 1952 was "
      "never meant to hold a flood of this size, engineers said, and its northern half has "
      "been repaired only twice since then.</p></aside>"
      "<aside><h3>Related</h3><ul><li><a href=\"/a\">Storm season returns to the valley</a>"
      "</li><li><a href=\"/b\">Council approves the new flood budget</a></li></ul></aside>"
      "<aside class=\"author-bio\"><h3>About the author</h3><p>Jo Smith has covered the valley "
      "for the Post since 2004 and writes about rivers, farming and local politics.</p>"
      "</aside>"));
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("A note on the old levee\n\nThe levee built in 1952"), std::string::npos)
      << a->text;
  EXPECT_EQ(a->text.find("Storm season returns"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Jo Smith has covered"), std::string::npos) << a->text;
}

TEST(RulesTest, LineIntroducingADroppedBlockGoesWithIt) {
  // "Contact:" introduces an author box that goes as chrome; "Bring:"
  // introduces kept text and stays.
  Result<Article> a = Extract(StoryAround(
      "<p>Contact:</p><div class=\"author-box\"><p>Jo Smith, Valley Post, 4 Mill Lane, "
      "telephone 01234 567 890, jo.smith@valleypost.example</p></div><p>Bring:</p><p>Warm "
      "clothes, medicines and documents, in one bag that you can carry for an hour or more.</p>"));
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.find("Contact:"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("Bring:\n\nWarm clothes"), std::string::npos) << a->text;
}

TEST(RulesTest, LineIntroducingAPictureStays) {
  // "The pump room looks like this:" introduces the photo after it; the
  // photo's caption goes as a caption, the line stays.
  Result<Article> a = Extract(StoryAround(
      "<p>The pump room looks like this:</p><figure><img src=\"/pumps.jpg\"><figcaption>The "
      "pumps</figcaption></figure>"));
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("The pump room looks like this:"), std::string::npos) << a->text;
}

TEST(RulesTest, LinkedNameInATableRowStays) {
  // The first cell of each row links to the shelter's page; the row's other
  // cells are data, so the linked name is data too. A row of links only goes.
  Result<Article> a = Extract(StoryAround(
      "<table><tr><th>Shelter</th><th>Beds</th></tr><tr><td><a href=\"/s/1\">School gym</a>"
      "</td><td>120</td></tr><tr><td><a href=\"/s/2\">Town hall</a></td><td>80</td></tr>"
      "<tr><td><a href=\"/a\">Previous</a></td><td><a href=\"/b\">Next</a></td></tr>"
      "</table>"));
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("School gym\n\n120"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("Town hall\n\n80"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Previous"), std::string::npos) << a->text;
}

TEST(RulesTest, LinkedTitlesOfAListingsItemsStay) {
  // Each item of a listing: a linked heading over its summary. The titles
  // stay with the summaries; a lone linked heading over a paragraph (a
  // teaser closing a story) does not.
  std::string items;
  for (const char* title : {"Bridge reopens after repairs", "School gym becomes a shelter",
                            "River levels fall slowly"}) {
    items += std::string("<h2><a href=\"/news/1\">") + title + "</a></h2><p>" + title +
             ": the council says the work took longer than planned, and residents were kept "
             "informed at every step.</p>";
  }
  Result<Article> a = Extract("<html><body><main>" + items + "</main></body></html>");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.rfind("Bridge reopens after repairs\n\nBridge reopens", 0), 0u) << a->text;
  EXPECT_NE(a->text.find("River levels fall slowly\n\nRiver levels"), std::string::npos)
      << a->text;
  Result<Article> story = Extract(StoryAround(
      "<h3><a href=\"/next\">Storm warning for the weekend</a></h3><p>Forecasters expect "
      "heavy rain on Saturday, and the river could rise again by Sunday night.</p>"));
  ASSERT_TRUE(story.ok());
  EXPECT_EQ(story->text.find("Storm warning for the weekend"), std::string::npos) << story->text;
}

TEST(RulesTest, LinkedTitleLinesOverTheirParagraphsStay) {
  // A roundup of deals: each a paragraph that is one link (the deal's title,
  // no sentence) right over the paragraph telling it. The titles stay with
  // their paragraphs. Not so a story's related links set between its
  // paragraphs ("Read: ..." lines two paragraphs apart), the same call to
  // action under each card, nor a line longer than the remark after it.
  std::string deals;
  for (const char* deal : {"Harbor Bank acquires Ledger Labs", "Northwind to buy Quill Data",
                           "Atlas Cloud acquires Brightgate"}) {
    deals += std::string("<p><a href=\"https://news.example/") + deal + "\">" + deal +
             "</a></p><p>" + deal +
             ": the buyer said the deal adds tools its customers asked for, and the price was "
             "not disclosed.</p>";
  }
  ExpectKeptAndDropped(
      "<html><body><article><h1>Deals of the month</h1><p>Forty deals were announced in "
      "October, most of them small and strategic, and a quarter disclosed their price.</p>" +
          deals + "</article></body></html>",
      PageType::kArticle,
      {"Harbor Bank acquires Ledger Labs\n\nHarbor Bank acquires Ledger Labs: the buyer",
       "Atlas Cloud acquires Brightgate\n\nAtlas Cloud acquires Brightgate: the buyer"},
      {});
  // Related links between a story's paragraphs, each over more than one.
  ExpectKeptAndDropped(
      std::string("<html><body><article><h1>River floods lower town</h1>") + kStory +
          "<p><a href=\"/a\">Read: Storm warning for the weekend</a></p>" + kStory +
          "<p><a href=\"/b\">Read: Bridge reopens after repairs</a></p>" + kStory +
          "</article></body></html>",
      PageType::kArticle, {"The river rose by two metres overnight"},
      {"Storm warning", "Bridge reopens"});
  // The same call to action over each card's text.
  std::string cards;
  for (const char* name : {"Harbor Bank", "Northwind", "Atlas Cloud"}) {
    cards += std::string("<p><a href=\"/story\">Read their story</a></p><p>") + name +
             " cut its support queue by half in a year, and its agents now answer most "
             "questions the same day.</p>";
  }
  ExpectKeptAndDropped("<html><body><main><h1>Customers</h1>" + cards + "</main></body></html>",
                       PageType::kArticle, {"Northwind cut its support queue"},
                       {"Read their story"});
  // Links citing threads, each longer than the short remark after it.
  std::string cites;
  for (const char* thread : {"Illustrated stories produced using the new assistant (Page 1)",
                             "The assistant asked to complete a story (Page 1)"}) {
    cites += std::string("<p><a href=\"/t\">") + thread +
             " - Art and Literature - The Writers' Forum</a></p><p>Some of the stories are really quite lovely.</p>";
  }
  ExpectKeptAndDropped(
      std::string("<html><body><article><h1>River floods lower town</h1>") + kStory + cites +
          kStory + "</article></body></html>",
      PageType::kArticle, {"The river rose by two metres overnight"}, {"The Writers' Forum"});
}

TEST(RulesTest, LinkedTitleLinesInCardsOfTheirOwnStay) {
  // A guide's chapters: each a card of its number ("Chapter 1"), its linked
  // title and its summary. The titles stay, though the numbers part them:
  // each title and its text fill a card of their own. Not so a story's
  // related links, each opening a section of its text, where paragraphs
  // follow them in the same section.
  std::string chapters;
  int number = 1;
  for (const char* chapter : {"How search engines work", "Keyword research", "Link building"}) {
    chapters += std::string("<div class=\"chapter\"><span class=\"num\">Chapter ") +
                std::to_string(number++) + "</span><div class=\"body\"><a href=\"/guide/" +
                chapter + "\">" + chapter + "</a><p>" + chapter +
                " is the next step of the guide, with examples and a checklist to work "
                "through.</p></div></div>";
  }
  // (Read as a thread: the repeated boxes; the page type is not the point.)
  Result<Article> guide = Extract(
      "<html><body><main><h1>The beginner's guide</h1><p>This guide, in three chapters, has "
      "everything you need to understand how pages come to rank, and how to help yours.</p>" +
      chapters + "</main></body></html>");
  ASSERT_TRUE(guide.ok());
  for (const char* kept : {"How search engines work\n\nHow search engines work is the next step",
                           "Keyword research\n\nKeyword research is the next step",
                           "Link building\n\nLink building is the next step"}) {
    EXPECT_NE(guide->text.find(kept), std::string::npos) << kept << ": " << guide->text;
  }
  std::string sections;
  for (const char* related :
       {"Read: Storm warning for the weekend", "Read: Bridge reopens after repairs"}) {
    sections += std::string("<section class=\"part\"><p><a href=\"/r\">") + related + "</a></p>" +
                kStory + "</section>";
  }
  ExpectKeptAndDropped(std::string("<html><body><article><h1>River floods lower town</h1><p>") +
                           kLead + "</p>" + sections + "</article></body></html>",
                       PageType::kArticle, {"The river rose by two metres overnight"},
                       {"Storm warning", "Bridge reopens"});
}

// A manual's page on indexes, its canonical URL /docs/current/indexes.html,
// up to the end of its first paragraph.
const char kIndexesPageOpening[] =
    "<html><head><title>Indexes</title><link rel=\"canonical\" "
    "href=\"https://db.example.org/docs/current/indexes.html\"></head><body><main>"
    "<h1>Indexes</h1><p>Indexes are a common way to enhance database performance. An index "
    "allows the database server to find and retrieve specific rows much faster than it could "
    "do without an index.</p>";

TEST(RulesTest, SwitcherToOtherVersionsOfThePageGoes) {
  // A manual's page links its other versions between its paragraphs: the
  // same file, indexes.html, in other folders than the canonical one. The
  // line goes, and so does one linking the page itself beside them (the
  // version shown, "Current"; a language's copy); a sentence linking two of
  // them stays, and so does a line linking the page's own parts ("?part=2":
  // its own path with a query).
  ExpectKeptAndDropped(
      std::string(kIndexesPageOpening) + "<div class=\"versions\"><p>Supported versions: <a "
      "href=\"/docs/current/indexes.html\">Current</a> (<a href=\"/docs/18/indexes.html\">18</a>) "
      "/ <a href=\"/docs/17/indexes.html\">17</a></p><p>Read in: <a "
      "href=\"/docs/current/indexes.html#top\">English</a> | <a "
      "href=\"/de/docs/current/indexes.html\">Deutsch</a></p><p>Unsupported versions: <a "
      "href=\"/docs/13/indexes.html\">13</a> / <a href=\"/docs/12/indexes.html\">12</a> / <a "
      "href=\"/docs/11/indexes.html\">11</a> / <a "
      "href=\"https://db.example.org/docs/10/indexes.html\">10</a> / <a "
      "href=\"/docs/9.6/indexes.html\">9.6</a> / <a href=\"/docs/9.5/indexes.html\">9.5</a> / "
      "<a href=\"/docs/9.4/indexes.html\">9.4</a></p></div><p>Older releases explain this "
      "differently: see <a href=\"/docs/9.6/indexes.html\">9.6</a> and <a "
      "href=\"/docs/9.5/indexes.html\">9.5</a> for what changed.</p><p>But indexes also add "
      "overhead to the database system as a whole, so they should be used sensibly, and the "
      "planner decides when to use them.</p><p>Parts: <a "
      "href=\"/docs/current/indexes.html?part=2\">2</a> <a "
      "href=\"/docs/current/indexes.html?part=3\">3</a></p><p>An index on a column that is "
      "rarely read costs every write, so measure before adding one to a busy table.</p>"
      "</main></body></html>",
      PageType::kArticle,
      {"Older releases explain this differently: see 9.6 and 9.5", "Parts: 2 3",
       "An index on a column that is rarely read"},
      {"Unsupported versions", "Supported versions", "Read in"});
}

TEST(RulesTest, LabelledCopyBesideASwitcherGoes) {
  // "Development versions: devel" between the supported and the
  // unsupported versions links one copy of the page under a label: it goes
  // with the switchers beside it. The same kind of line away from them, a
  // label and one link to a page of the same name elsewhere, is the text's
  // pointer and stays.
  ExpectKeptAndDropped(
      std::string(kIndexesPageOpening) + "<div class=\"versions\"><p>Supported versions: <a "
      "href=\"/docs/current/indexes.html\">Current</a> / <a "
      "href=\"/docs/17/indexes.html\">17</a></p><p>Development versions: <a "
      "href=\"/docs/devel/indexes.html\">devel</a></p><p>Unsupported versions: <a "
      "href=\"/docs/13/indexes.html\">13</a> / <a href=\"/docs/12/indexes.html\">12</a></p>"
      "</div><p>But indexes also add overhead to the database system as a whole, so they should "
      "be used sensibly, and the planner decides when to use them.</p><p>An index on a column "
      "that is rarely read costs every write, so measure before adding one to a busy table.</p>"
      "<p>Partial and expression indexes: <a href=\"/tutorial/indexes.html\">tutorial</a></p>"
      "<p>A partial index covers only the rows a query reads, so it stays small and cheap to "
      "keep up to date.</p></main></body></html>",
      PageType::kArticle,
      {"Partial and expression indexes: tutorial", "A partial index covers only the rows"},
      {"Supported versions", "Development versions", "devel", "Unsupported versions"});
}

TEST(RulesTest, TrailOfLinksOverAManualsChapterGoes) {
  // A manual's chapter, its contents a listing, under rows of links: the
  // trail down to it ("Documentation → PostgreSQL 18"), joined as a row of
  // the listing, goes with the switchers of versions beside it. A sentence
  // pointing the way through the console's menus with the same arrow keeps
  // its words and stays.
  std::string contents;
  for (const char* part : {"Introduction", "Index Types", "Multicolumn Indexes",
                           "Indexes and ORDER BY", "Combining Multiple Indexes", "Unique Indexes",
                           "Indexes on Expressions", "Partial Indexes"}) {
    contents += std::string("<li><a href=\"/docs/18/") + part + ".html\">" + part + "</a></li>";
  }
  auto row = [](const std::string& line, const char* cls) {
    return std::string("<div class=\"row\"><div class=\"") + cls + "\">" + line + "</div></div>";
  };
  ExpectKeptAndDropped(
      "<html><head><title>Chapter 11. Indexes</title><link rel=\"canonical\" "
      "href=\"https://db.example.org/docs/current/indexes.html\"></head><body><nav><ul><li><a "
      "href=\"/\">Home</a></li><li><a href=\"/about/\">About</a></li><li><a "
      "href=\"/download/\">Download</a></li></ul></nav><div id=\"content\"><div "
      "class=\"row\"><div class=\"col-md-6\">" +
          row("<div><a href=\"/docs/\">Documentation</a> &rarr; <a "
              "href=\"/docs/18/index.html\">PostgreSQL 18</a></div>",
              "col") +
          row("Other versions: <a href=\"/docs/17/indexes.html\">17</a> / <a "
              "href=\"/docs/16/indexes.html\">16</a>",
              "col") +
          row("Development versions: <a href=\"/docs/devel/indexes.html\">devel</a>", "col") +
          row("Unsupported versions: <a href=\"/docs/13/indexes.html\">13</a> / <a "
              "href=\"/docs/12/indexes.html\">12</a>",
              "col-12") +
          "</div></div><h2>Chapter 11. Indexes</h2><p>Table of Contents</p><ul>" + contents +
          "</ul><p>Indexes are a common way to enhance database performance. An index allows the "
          "database server to find rows much faster.</p><p>Open <a href=\"/settings\">Settings</a> "
          "&rarr; <a href=\"/settings/indexes\">Indexes</a> to list them.</p></div></body></html>",
      PageType::kListing, {"Partial Indexes", "Open Settings \u2192 Indexes to list them."},
      {"Documentation", "PostgreSQL 18", "Development versions"});
}

TEST(RulesTest, LinkListsClosingKeptCardsStay) {
  // A college's programme cards: each its field's name, a paragraph on it,
  // the linked courses it offers and a "Read More". The courses stay with
  // the cards, also in a card whose heading stands beside the box holding
  // its paragraph and list (Human Resources) and in one whose courses are
  // lists one after the other (Finance); a widget's list under its
  // heading alone, no text over it, goes, and so do a story's related
  // links, each under a heading and a line, with the story's paragraphs
  // after them, and the boxes of links beside a guide's sections, each
  // under a heading of its own.
  std::string cards;
  for (const auto& [field, courses] : std::vector<std::pair<std::string, std::vector<std::string>>>{
           {"Accounting", {"Certified Internal Auditor", "Managerial Accounting"}},
           {"Human Resources", {"Compensation and Benefits", "Certification Exam Review"}}}) {
    const bool boxed = field == "Human Resources";
    cards += "<div class=\"col\"><div class=\"card\"><h4>" + field + "</h4>" +
             (boxed ? "<div class=\"content\">" : "") + "<p>" + field +
             " programmes prepare working professionals for the next step of their careers, "
             "taught by experts in the field.</p><div class=\"desktop\"><ul>";
    for (const std::string& course : courses) {
      cards += "<li><a href=\"/programs/" + course + "/\">" + course + "</a></li>";
    }
    cards += "</ul></div><p><a href=\"/programs/\">Read More</a></p>" +
             std::string(boxed ? "</div>" : "") + "</div></div>";
  }
  // A card whose courses are two lists, the first nesting a third in an item.
  cards +=
      "<div class=\"col\"><div class=\"card\"><h4>Finance</h4><p>Finance programmes prepare "
      "working professionals for the next step of their careers, taught by experts in the "
      "field.</p><div class=\"desktop\"><ul><li><a href=\"/programs/cfp/\">Financial "
      "Planner</a><ul><li><a href=\"/programs/insurance/\">Insurance Planning</a></li><li><a "
      "href=\"/programs/estate/\">Estate Planning</a></li></ul></li></ul><ul><li><a "
      "href=\"/programs/corporate/\">Corporate Finance</a></li></ul></div><p><a "
      "href=\"/programs/\">Read More</a></p></div></div>";
  Result<Article> a = Extract(
      "<html><body><main><h1>Professional development</h1><p>Our professional development "
      "programmes offer over sixty courses, online and on campus, for people who work.</p>"
      "<div class=\"row\">" +
      cards +
      "</div><div class=\"widget\"><h4>Quick links</h4><ul><li><a href=\"/calendar/\">Course "
      "calendar</a></li><li><a href=\"/aid/\">Financial assistance</a></li></ul></div></main>"
      "</body></html>");
  ASSERT_TRUE(a.ok());
  for (const char* kept :
       {"taught by experts in the field.\n\nCertified Internal Auditor\n\nManagerial Accounting",
        "Compensation and Benefits\n\nCertification Exam Review", "Financial Planner",
        "Estate Planning\n\nCorporate Finance"}) {
    EXPECT_NE(a->text.find(kept), std::string::npos) << kept << ": " << a->text;
  }
  EXPECT_EQ(a->text.find("Course calendar"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Read More"), std::string::npos) << a->text;
  std::string related;
  for (const char* topic : {"Storms", "Bridges"}) {
    related += std::string("<h3>") + topic + "</h3><p>More of our reporting on " + topic +
               ", from the valley and beyond.</p><ul><li><a href=\"/a\">" + topic +
               " this winter</a></li><li><a href=\"/b\">" + topic + " last year</a></li></ul>" +
               kStory;
  }
  ExpectKeptAndDropped(std::string("<html><body><article><h1>River floods lower town</h1>") +
                           kStory + related + "</article></body></html>",
                       PageType::kArticle, {"The river rose by two metres overnight"},
                       {"Storms this winter", "Bridges last year"});
  std::string sections;
  for (const char* topic : {"Storms", "Bridges"}) {
    sections += std::string("<div class=\"section\"><div class=\"content\"><h2>") + topic +
                "</h2><div>Our guides to " + topic +
                " cover what to do before, during and after.</div></div><div class=\"links\">"
                "<h4>Our services</h4><ul><li><a href=\"/a\">Book a " +
                topic + " survey</a></li><li><a href=\"/b\">Find a " + topic +
                " engineer</a></li></ul></div></div>" + kStory;
  }
  ExpectKeptAndDropped(std::string("<html><body><article><h1>River floods lower town</h1>") +
                           kStory + sections + "</article></body></html>",
                       PageType::kArticle, {"The river rose by two metres overnight"},
                       {"Book a Storms survey", "Find a Bridges engineer"});
}

TEST(RulesTest, LinkedTitlesKeepTheirItemsDataLines) {
  // Each item of a news listing: a linked heading, its writer and its date,
  // then its summary. The titles stay above them, but not a line inside a
  // hidden box between them; the menu's links do not, nor a lone teaser (its
  // heading and byline) closing a story.
  std::string items;
  for (const char* title : {"Bridge reopens after repairs", "School gym becomes a shelter",
                            "River levels fall slowly"}) {
    items += std::string("<article><h2><a href=\"/news/1\">") + title +
             "</a></h2><p>By Ann Lee</p><div hidden><p>Subscribers only</p></div><p>Dec 17, "
             "2025</p><p>" + title +
             ": the council says the work took longer than planned, and residents were kept "
             "informed at every step.</p></article>";
  }
  ExpectKeptAndDropped(
      "<html><body><ul><li><a href=\"/\">Front page</a></li><li><a href=\"/sport\">Sport "
      "results</a></li></ul><main>" + items + "</main></body></html>",
      PageType::kListing,
      {"School gym becomes a shelter\n\nBy Ann Lee\n\nDec 17, 2025\n\n"
       "School gym becomes a shelter: the council",
       "River levels fall slowly\n\nBy Ann Lee"},
      {"Sport results", "Subscribers only"});
  Result<Article> story = Extract(StoryAround(
      "<h3><a href=\"/next\">Storm warning for the weekend</a></h3><p><a href=\"/by/bo\">By Bo "
      "Berg</a></p><p>Forecasters expect heavy rain on Saturday, and the river could rise again "
      "by Sunday night.</p>"));
  ASSERT_TRUE(story.ok());
  EXPECT_EQ(story->text.find("Storm warning for the weekend"), std::string::npos) << story->text;
  EXPECT_EQ(story->text.find("By Bo Berg"), std::string::npos) << story->text;
}

TEST(RulesTest, FirstItemsLineOfMetaLikeTheOthersStays) {
  // A news site's front page of three stories, each a heading, a line of
  // meta and a summary. The first story's line stands before the text, at
  // its edge, but the stories between repeat its tag and class: it is its
  // story's, like theirs, and stays. A short line of another class closing
  // the text (the editors' note) goes, and so do the "Full Story" links.
  std::string items;
  for (const char* who : {"jzb", "corbet", "jake"}) {
    items += std::string("<h2 class=\"headline\">Story by ") + who +
             "</h2><div class=\"blurb\"><span class=\"posted\">[Kernel] Posted Mar 5, 2026 by " +
             who + "</span><p>The council met to set the project's direction for the next years, "
             "and its leader explained the plan to members in a video call. Topics included a "
             "plan to raise funds and tools to build images.</p><p><a href=\"/a/" + who +
             "\">Full Story</a> (<a href=\"/a/" + who + "#c\">comments: 3</a>)</p></div>";
  }
  Result<Article> a = Extract(
      "<html><head><title>News site</title></head><body><div class=\"top\"><a href=\"/\">Home"
      "</a> <a href=\"/archive\">Archives</a></div><div class=\"page\"><div class=\"left\">" +
      items + "<p class=\"note\">Updated daily by the editors</p></div></div><p>Copyright the "
      "news site</p></body></html>");
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("Story by jzb\n\n[Kernel] Posted Mar 5, 2026 by jzb\n\nThe council"),
            std::string::npos)
      << a->text;
  EXPECT_NE(a->text.find("Posted Mar 5, 2026 by jake"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Updated daily by the editors"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Full Story"), std::string::npos) << a->text;
}

TEST(RulesTest, LastItemsLineOfMetaLikeTheOthersStays) {
  // A front page whose stories end with their line of meta, in the box of
  // their summary: the last story's line stands after the text, at its
  // edge, and stays like the others'. A line of the same tag and class
  // further on (the desk's, after the last story's) goes, and so does one
  // right after the text in a box that does not hold the text's last block.
  auto page = [](bool last_meta, const std::string& after) {
    std::string items;
    int day = 0;
    for (const char* who : {"jzb", "corbet", "jake"}) {
      const bool meta = last_meta || std::string(who) != "jake";
      items +=
          std::string("<h2 class=\"headline\">Story by ") + who +
          "</h2><div class=\"blurb\"><p>The council met on day " + std::to_string(++day) +
          " to set the project's direction for the next years, and its leader explained "
          "the plan to members in a video call.</p>" +
          (meta ? std::string("<p class=\"info\">[Kernel] Posted Mar 5, 2026 by ") + who + "</p>"
                : std::string()) +
          "</div>";
    }
    return "<html><head><title>News site</title></head><body><div class=\"page\"><div "
           "class=\"left\">" +
           items + after + "</div></div><p>Copyright the news site</p></body></html>";
  };
  const std::string desk = "<div class=\"desk\"><p class=\"info\">Edited by the desk</p></div>";
  Result<Article> a = Extract(page(true, desk));
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("members in a video call.\n\n[Kernel] Posted Mar 5, 2026 by jake"),
            std::string::npos)
      << a->text;
  EXPECT_NE(a->text.find("Posted Mar 5, 2026 by jzb"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Edited by the desk"), std::string::npos) << a->text;
  a = Extract(page(false, desk));
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("Posted Mar 5, 2026 by corbet"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Edited by the desk"), std::string::npos) << a->text;
}

TEST(RulesTest, RegionOfShortLinesOnlyKeepsNoItemLine) {
  // A page of short lines only, none of them text: no text has edges, and
  // the lines of one class are no items' lines of meta beside it.
  std::string lines;
  for (const char* day : {"Monday", "Tuesday", "Wednesday", "Thursday"}) {
    lines += std::string("<span class=\"hours\">") + day + " 9 to 5</span>";
  }
  Result<Article> a = Extract(
      "<html><head><title>Opening hours</title></head><body><div class=\"page\"><div "
      "class=\"left\">" +
      lines + "</div></div></body></html>");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text, "") << a->text;
}

TEST(RulesTest, LinkedTitlesLikeTheKeptOnesStayOverTheirItems) {
  // A reading list set in a story: each item a linked heading over its
  // source and a note. Three items read as titles over their text; the other
  // three, headings of the same tag and class, stand over a byline too long
  // for a data line, a quote, or a note with no full stop, and stay with
  // them too. A linked heading of another class over a quote (the shop's
  // tote bag) does not, nor the menu's links.
  auto item = [](const char* heading_open, const char* title, const char* source,
                 const char* note) {
    return std::string(heading_open) + "<a href=\"https://books.example/" + title + "\">" +
           title + "</a></h3>" + source + "<p>" + note + "</p>";
  };
  const char* kNote =
      "A short book about how small places change, written for readers who walk more than "
      "they drive.";
  const std::string items =
      item("<h3>", "Notes on river towns", "<p>By Ann Lee</p>", kNote) +
      item("<h3>", "A field guide to hedges", "<p>By Ann Lee</p>", kNote) +
      item("<h3>", "The slow garden", "<p>By Ann Lee</p>", kNote) +
      item("<h3>", "Maps of the commons",
           "<p>Edited by Rhian Owen, Tomas Berg and the Valley Archive Group</p>",
           "Essays on shared land, old rights and the people who still keep them.") +
      item("<h3>", "Listening to weather",
           "<blockquote>by the Coastal Sound Collective</blockquote>",
           "Recordings of storms with notes on how each was made, and why the sea sounds "
           "different in winter.") +
      item("<h3>", "Small tools for thinking", "<p>By Dai Morgan</p>",
           "a blog about drawing as a way of working things out") +
      item("<h3 class=\"shelf-note\">", "Our tote bag",
           "<blockquote>printed by hand in the valley, every sale keeping this list free to "
           "read</blockquote>",
           "Write to us with what you would add, and we will read it at the next meeting of the "
           "group.");
  ExpectKeptAndDropped(
      "<html><body><ul><li><a href=\"/\">Home</a></li><li><a href=\"/events\">Upcoming "
      "events</a></li></ul><main><h1>Our library</h1><p>We started this list in the first "
      "winter of the project, when the group met in the chapel hall every Thursday evening "
      "and someone always brought a book to pass around.</p><p>It has grown since then, and "
      "it will keep growing as members send us what they read, listen to and watch.</p><p>"
      "Books, papers and recordings we have found useful, with a line on why each is worth "
      "your time.</p>" + items + "</main></body></html>",
      PageType::kArticle,
      {"Notes on river towns\n\nBy Ann Lee", "Maps of the commons\n\nEdited by Rhian",
       "Listening to weather\n\nby the Coastal", "Small tools for thinking\n\nBy Dai Morgan",
       "printed by hand in the valley"},
      {"Upcoming events", "Our tote bag"});
}

TEST(RulesTest, CardsEachOneLinkWholeStayOnAListing) {
  // A listing's featured cards over its items, each card's box one link:
  // its title and the sentence under it lead to one story. They stay; a
  // strip whose titles link elsewhere than the sentences under them (a
  // network's questions, each title a link, each line another) goes, and so
  // do such cards closing a story.
  auto cards = [](const char* under) {
    std::string html;
    for (const char* title : {"Ferry timetable changes", "Harbour wall repaired",
                              "Lighthouse opens to visitors"}) {
      html += std::string("<div class=\"card\"><a href=\"/story/") + title[0] + "\"><h3>" +
              title + "</h3><p>" + title + " " + under + ".</p></a></div>";
    }
    return html;
  };
  std::string strip;
  for (const char* title : {"Which knot holds best?", "Why do tides lag?",
                            "How deep is the bay?"}) {
    strip += std::string("<div class=\"q\"><h3><a href=\"/q/") + title[0] + "\">" + title +
             "</a></h3><p><a href=\"/tags/sea\">Asked by sailors across the whole coast this "
             "week.</a></p></div>";
  }
  std::string items;
  for (const char* title : {"Bridge reopens after repairs", "School gym becomes a shelter",
                            "River levels fall slowly"}) {
    items += std::string("<h2><a href=\"/news/1\">") + title + "</a></h2><p>By Ann Lee</p><p>" +
             title +
             ": the council says the work took longer than planned, and residents were kept "
             "informed at every step.</p>";
  }
  ExpectKeptAndDropped(
      "<html><body><main><h1>Harbour news</h1><div class=\"posts\">" +
          cards("is what the town talks about") + strip + items + "</div></main></body></html>",
      PageType::kListing,
      {"Ferry timetable changes\n\nFerry timetable changes is what the town talks about.",
       "Lighthouse opens to visitors is what", "School gym becomes a shelter: the council"},
      {"Which knot holds best?", "Asked by sailors"});
  ExpectKeptAndDropped(
      "<html><head><title>River floods lower town</title><script type=\"application/ld+json\">"
      "{\"@type\": \"NewsArticle\", \"datePublished\": \"2024-03-01\"}</script></head><body>"
      "<article><h1>River floods lower town</h1><p>March 1, 2024</p>" +
          std::string(kStory) + cards("and more from the harbour") + "</article></body></html>",
      PageType::kArticle, {"The river rose by two metres overnight"},
      {"Ferry timetable changes", "from the harbour"});
}

TEST(RulesTest, HiddenFullTextOfAnExcerptStaysInItsPlace) {
  // A shop's category: tiles, then a guide whose excerpt shows and whose
  // whole text waits hidden behind "read more". The whole text stays, once,
  // and the excerpt goes; a lone hidden box (a sign-up offer) still goes.
  std::string tiles;
  for (const char* name : {"Linen", "Sateen", "Percale", "Flannel", "Cotton"}) {
    tiles += std::string("<li class=\"tile\"><a href=\"/p\"><h3>") + name +
             " sheet set</h3></a><p>$80</p></li>";
  }
  const std::string opening =
      "The makings of a good night start with the bed: sheets that feel soft, breathe well and "
      "last for years of washing.";
  ExpectKeptAndDropped(
      "<html><head><title>All sheets</title></head><body><main><h1>All sheets</h1><p>A sheet "
      "for every kind of sleeper, made from cotton and linen grown without pesticides.</p>"
      "<ul class=\"grid\">" + tiles + "</ul><div class=\"guide\"><h2>Sheets for your sleep</h2>"
      "<div class=\"excerpt\"><p>" + opening + "</p></div><div class=\"full hidden\"><p>" +
      opening + " The right fabric keeps you cool in summer and warm when the nights turn "
      "cold.</p><p>Not just any bedding:</p><ul><li>Fall asleep faster in sheets made for the "
      "way you sleep.</li><li>Colours that let you change the room with the seasons.</li></ul>"
      "</div></div><div class=\"hidden\"><p>Sign up for our letters and take ten percent off "
      "your first order of sheets.</p></div></main></body></html>",
      PageType::kCollection,
      {"Sheets for your sleep\n\nThe makings of a good night start with the bed",
       "washing. The right fabric keeps you cool in summer",
       "Not just any bedding:\n\nFall asleep faster", "Colours that let you change the room"},
      {"washing.\n\nThe makings", "Sign up for our letters"});
  // A hidden box repeating the shown text (a copy of the story for another
  // screen) adds nothing: the story is read once.
  Result<Article> a = Extract(Page("", "<div class=\"hidden\"><p>The river rose by two metres "
                                       "overnight, and by morning the lower town was under "
                                       "water. Residents spent the night moving furniture "
                                       "upstairs and sandbagging their doors. Emergency "
                                       "services evacuated forty people</p></div>"));
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.rfind("The river rose by two metres overnight, and by morning the lower town "
                          "was under water. Residents spent the night moving furniture upstairs "
                          "and sandbagging their doors.\n\nEmergency services evacuated forty "
                          "people from the riverside streets",
                          0),
            0u)
      << a->text;
  EXPECT_EQ(a->text.find("The river rose", 1), std::string::npos) << a->text;
}

// A product page: the box of features and price, a shipping note beside the
// features, and the description in a section of its own below the box.
std::string ProductPage(const std::string& head) {
  return "<html><head><title>Harbour lamp</title>" + head +
         "</head><body><div class=\"page\"><div class=\"product\"><div class=\"features\">"
         "<p>The lamp is cast from recycled brass, and its shade turns on a hinge, so the light "
         "falls where you read, write or work.</p>"
         "<p>A dimmer in the base goes from a night glow to full reading light, and the warm LED "
         "lasts for twenty-five thousand hours.</p>"
         "<p>The cable is braided cotton, two metres long, with a switch halfway along it, and "
         "the plug fits every socket in the country.</p>"
         "<p>The base is weighted with sand, and a felt pad underneath keeps the table free "
         "of scratches.</p></div>"
         "<div class=\"shipping\"><p>Delivery in three to five working days, and returns are free "
         "for thirty days.</p><button>Add to cart</button></div></div>"
         "<section class=\"details\"><h2>Description</h2><p>The harbour lamp was drawn after the "
         "lights of an old fishing port, where brass lamps hung over the quay, and each one is "
         "polished by hand in a small workshop.</p><p>Brass darkens with time and takes on a "
         "soft patina, unless it is polished now and then with a dry cloth.</p></section>"
         "</div></body></html>";
}

// The product's declaration for ProductPage's head.
const char kHarbourLampLd[] =
    "<script type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Harbour "
    "lamp\"}</script>";

TEST(RulesTest, SeparateSectionBesideTheRegionJoins) {
  // The description is not a sibling of the features but of the box holding
  // them: a separate section, joined. The shipping note, a lone paragraph
  // after the features, is not.
  Result<Article> a = Extract(ProductPage(""));
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.rfind("The lamp is cast from recycled brass", 0), 0u) << a->text;
  EXPECT_NE(a->text.find("Description\n\nThe harbour lamp was drawn"), std::string::npos)
      << a->text;
  EXPECT_NE(a->text.find("polished now and then with a dry cloth."), std::string::npos)
      << a->text;
  EXPECT_EQ(a->text.find("Delivery in three"), std::string::npos) << a->text;
  // A dated page is a post: what lies beside it is the blog's, not the post's.
  Result<Article> post = Extract(ProductPage(
      "<meta property=\"article:published_time\" content=\"2025-03-01T10:00:00Z\">"));
  ASSERT_TRUE(post.ok());
  EXPECT_NE(post->text.find("The lamp is cast"), std::string::npos) << post->text;
  EXPECT_EQ(post->text.find("The harbour lamp was drawn"), std::string::npos) << post->text;
}

TEST(RulesTest, SectionOfHeadingsOnlyDoesNotJoin) {
  // Below the product's box, a grid of the shop's promises, then a section
  // of questions whose answers are closed (empty until opened): headings
  // only, nothing to read. It does not join as a section, and the promises
  // between it and the box are not kept as a part of the product.
  std::string html = ProductPage(kHarbourLampLd);
  const std::string faq =
      "<div class=\"perks\"><p>Free returns</p><p>Thirty days to change your mind.</p>"
      "<p>Fast shipping</p><p>Same day if ordered by noon.</p></div>"
      "<section class=\"faq\"><h2>Frequently asked questions</h2><div class=\"accordion\">"
      "<h3>Can the harbour lamp be fixed to a wall above a desk or a bed instead of standing?</h3>"
      "<div class=\"answer\"></div>"
      "<h3>Which bulbs fit the harbour lamp when the warm LED wears out after many years?</h3>"
      "<div class=\"answer\"></div>"
      "<h3>Does the brass of the harbour lamp need to be polished, and how often should it be?</h3>"
      "<div class=\"answer\"></div></div></section>";
  html.insert(html.find("</div></body>"), faq);
  Result<Article> a = Extract(html);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->page_type, PageType::kProduct) << PageTypeName(a->page_type);
  EXPECT_NE(a->text.find("polished now and then with a dry cloth."), std::string::npos)
      << a->text;
  for (const char* dropped : {"Frequently asked questions", "Which bulbs fit", "Free returns",
                              "Same day if ordered"}) {
    EXPECT_EQ(a->text.find(dropped), std::string::npos) << "kept \"" << dropped << "\": " << a->text;
  }
}

TEST(RulesTest, TabRepeatingAParagraphUnderItsLabelGoes) {
  // Under the description, the product's tabs say its paragraphs again,
  // each under a label in the same paragraph ("<strong>Care</strong><br>"):
  // a tab holding the label and a paragraph kept before goes whole; one
  // that adds a line of its own keeps its label and that line, without the
  // paragraph said again. A label over a paragraph said once stays.
  std::string html = ProductPage(kHarbourLampLd);
  html.insert(html.find("</section>"),
              "<div class=\"tab-panels\"><p><strong>Care</strong><br>Brass darkens with time "
              "and takes on a soft patina, unless it is polished now and then with a dry "
              "cloth.</p><p><strong>Origin</strong><br>The harbour lamp was drawn after the lights "
              "of an old fishing port, where brass lamps hung over the quay, and each one is "
              "polished by hand in a small workshop.<br>Every lamp is numbered and signed under "
              "its base by the person who polished it.</p><p><strong>Warranty</strong><br>The "
              "workshop mends or replaces a lamp that fails within five years, and sends the "
              "parts for free after that.</p></div>");
  Result<Article> a = Extract(html);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->page_type, PageType::kProduct) << PageTypeName(a->page_type);
  EXPECT_EQ(Occurrences(a->text, "Brass darkens with time"), 1) << a->text;
  EXPECT_EQ(Occurrences(a->text, "The harbour lamp was drawn"), 1) << a->text;
  EXPECT_EQ(a->text.find("Care"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("Origin\nEvery lamp is numbered"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("Warranty\nThe workshop mends"), std::string::npos) << a->text;
}

TEST(RulesTest, TabRetellingTheDescriptionGoes) {
  // A product's tab retells the description's paragraph around the same
  // phrases, under a label of its own: nearly all its runs of four words
  // were kept before, and it goes. A tab saying something new stays, and
  // so do sizes told alike in boxes of one template, a figure changed; on
  // a page that is no product the retelling stays too.
  const std::string tabs =
      "<div class=\"tab-panels\"><p>Origin \u2013 drawn after the lights of an old fishing port, "
      "where brass lamps hung over the quay, and each one is polished by hand in a small "
      "workshop.</p><p>The workshop mends or replaces a lamp that fails within five years, "
      "and sends the parts for free after that, wherever the lamp was bought.</p></div>";
  std::string sizes;
  for (const char* size : {"30", "45", "60"}) {
    sizes += std::string("<div class=\"size\"><p>The harbour lamp in its ") + size +
             " centimetre size stands on a weighted base of brass, with a shade that turns on "
             "its hinge and a braided cable two metres long.</p></div>";
  }
  std::string html = ProductPage(kHarbourLampLd);
  html.insert(html.find("</section>"), tabs + sizes);
  Result<Article> a = Extract(html);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->page_type, PageType::kProduct) << PageTypeName(a->page_type);
  EXPECT_NE(a->text.find("The harbour lamp was drawn"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Origin"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("The workshop mends"), std::string::npos) << a->text;
  for (const char* size : {"in its 30 centimetre", "in its 45 centimetre", "in its 60 centimetre"}) {
    EXPECT_NE(a->text.find(size), std::string::npos) << size << " in " << a->text;
  }
  std::string story = ProductPage(
      "<meta property=\"article:published_time\" content=\"2025-03-01T10:00:00Z\">");
  story.insert(story.find("<p>The base is weighted"),
               "<p>The harbour lamp was drawn after the lights of an old fishing port, where "
               "brass lamps hung over the quay, and each one is polished by hand in a small "
               "workshop.</p>" +
                   tabs);
  Result<Article> post = Extract(story);
  ASSERT_TRUE(post.ok());
  EXPECT_NE(post->page_type, PageType::kProduct) << PageTypeName(post->page_type);
  EXPECT_NE(post->text.find("The harbour lamp was drawn"), std::string::npos) << post->text;
  EXPECT_NE(post->text.find("Origin"), std::string::npos) << post->text;
}

TEST(RulesTest, FooterBetweenKeptPartsOfAProductGoes) {
  // The site's footer stands between the product's box and its description,
  // which joins as a section of its own: the footer's unlinked column
  // titles, sign-up line and copyright are not parts of the product kept
  // between its kept parts.
  std::string html = ProductPage(kHarbourLampLd);
  html.insert(html.find("<section class=\"details\">"),
              "<footer><div class=\"columns\"><p>Resources</p><ul><li><a href=\"/about\">About "
              "us</a></li><li><a href=\"/help\">Help</a></li></ul><p>Stay in the loop</p><p>Learn "
              "something new every month!</p><p>\u00a9 2026 Harbour Lamps</p></div></footer>");
  Result<Article> a = Extract(html);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->page_type, PageType::kProduct) << PageTypeName(a->page_type);
  EXPECT_NE(a->text.find("The lamp is cast from recycled brass"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("polished now and then with a dry cloth."), std::string::npos)
      << a->text;
  for (const char* dropped : {"Resources", "Stay in the loop", "Learn something new", "2026"}) {
    EXPECT_EQ(a->text.find(dropped), std::string::npos) << "kept \"" << dropped << "\": " << a->text;
  }
}

TEST(RulesTest, HeadingWrittenAsASentenceReadsAsText) {
  // A closing line styled as a heading but written as a sentence stays; a
  // heading with nothing after it goes.
  Result<Article> a = Extract(std::string("<article>") + kStory +
                              "<h3>The mayor says the defences promised in 2019 will finally be "
                              "built next summer.</h3><h3>More from the valley</h3></article>");
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("will finally be built next summer."), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("More from the valley"), std::string::npos) << a->text;
}

TEST(RulesTest, StackedHeadingsShareTheTextAfterThem) {
  // Quotes inside a story, each closed by its speaker's name and role as
  // two <h3>s, the one the next block after the other: the name heads no
  // text of its own but stands over the role, and the pair shares the text
  // after it. In a run of three headings (a filter panel's) only the last
  // heads the text after it; the others go.
  ExpectKeptAndDropped(
      std::string("<html><head><title>River floods lower town | Valley Post</title><script "
                  "type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":"
                  "\"NewsArticle\"}</script></head><body><article><h1>River floods lower "
                  "town</h1>") +
          kStory +
          "<p>We lost the ground floor in an hour, and the neighbours carried our piano up the "
          "stairs before the water reached the keys.</p><h3>Mary Jones</h3><h3>Resident, Mill "
          "Lane</h3><p>The gym was warm and dry, and the volunteers found a bed for everyone "
          "who came in after midnight, children first.</p><h3>Tom Hale</h3><h3>Volunteer</h3>"
          "<p>We filled sandbags from six in the morning until the light went, and the baker "
          "brought us bread and soup twice.</p><h3>Price</h3><h3>Colour</h3><h3>Size</h3>" +
          kStory + "</article></body></html>",
      PageType::kArticle,
      {"Mary Jones\n\nResident, Mill Lane", "Tom Hale\n\nVolunteer", "Size\n\nThe river"},
      {"Price", "Colour"});
}

TEST(RulesTest, HeadingOverDroppedBlocksIsNoStackedHeading) {
  // A heading over a box that goes (an advert's) and then another heading
  // of its level over text: the two are not stacked, the blocks between
  // them were the first's, and the first goes with its box.
  ExpectKeptAndDropped(
      std::string("<html><head><title>River floods lower town | Valley Post</title><script "
                  "type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":"
                  "\"NewsArticle\"}</script></head><body><article><h1>River floods lower "
                  "town</h1>") +
          kStory +
          "<h3>From our sponsor</h3><div class=\"advert\"><p>Acme boats: never wait for "
          "the ferry again.</p></div><h3>What comes next</h3><p>The council will meet on "
          "Monday to decide where to build the new flood wall, and how to pay for it.</p>" +
          kStory + "</article></body></html>",
      PageType::kArticle, {"What comes next", "The council will meet"},
      {"From our sponsor", "Acme boats"});
}

TEST(RulesTest, LineThePagesDescriptionSaysIsItsLead) {
  // A manual's page: its name, then the line that tells what it does,
  // no sentence ("VACUUM — garbage-collect ..."), over the synopsis. The
  // page's description says that line again, and it stays as the lead;
  // without the description it is a short line at the text's edge and goes,
  // as does another short line there that the description does not say.
  // The description may be the JSON-LD's, its apostrophe written as a
  // character reference ("that&#39;s"); a line the description holds only
  // from inside a word ("scribe to ..." in "subscribe to ...") is not said
  // again.
  std::string code;
  for (int i = 0; i < 12; ++i) code += "VACUUM (VERBOSE, ANALYZE) onek_" + std::to_string(i) + ";\n";
  auto page = [&](const std::string& meta, const std::string& line) {
    return "<html><head><title>VACUUM</title>" + meta +
           "</head><body><div class=\"refentry\"><div class=\"refnamediv\"><h2>VACUUM</h2><p>" +
           line +
           "</p><p>Added in release 7.2 of the server</p></div><div class=\"refsynopsisdiv\">"
           "<h2>Synopsis</h2><pre>VACUUM [ ( option [, ...] ) ] [ table_and_columns [, ...] ]"
           "</pre></div><div class=\"refsect1\"><h2>Description</h2><p>VACUUM reclaims storage "
           "occupied by dead tuples. In normal operation, tuples that are deleted or obsoleted by "
           "an update are not physically removed from their table; they remain present until a "
           "VACUUM is done.</p><p>Without a table list, VACUUM processes every table and "
           "materialized view in the current database that the current user has permission to "
           "vacuum.</p><h2>Examples</h2><p>To clean a single table and analyze it for the "
           "optimizer:</p><pre>" +
           code + "</pre></div></div></body></html>";
  };
  const char* line = "VACUUM — garbage-collect and optionally analyze a database";
  ExpectKeptAndDropped(page("<meta name=\"description\" content=\"VACUUM — garbage-collect and "
                            "optionally analyze a database\">",
                            line),
                       PageType::kDocumentation, {line, "VACUUM reclaims storage"},
                       {"Added in release"});
  ExpectKeptAndDropped(page("", line), PageType::kDocumentation, {"VACUUM reclaims storage"},
                       {line, "Added in release"});
  const char* grown = "VACUUM — garbage-collect a database that's grown";
  ExpectKeptAndDropped(page("<script type=\"application/ld+json\">{\"@context\":"
                            "\"https://schema.org\",\"@type\":\"WebPage\",\"description\":"
                            "\"VACUUM — garbage-collect a database that&#39;s grown\"}</script>",
                            grown),
                       PageType::kDocumentation, {grown, "VACUUM reclaims storage"}, {});
  const char* scribe = "Scribe to the vacuum list for news of its options";
  ExpectKeptAndDropped(page("<meta name=\"description\" content=\"VACUUM: subscribe to the "
                            "vacuum list for news of its options\">",
                            scribe),
                       PageType::kDocumentation, {"VACUUM reclaims storage"}, {scribe});
}

TEST(RulesTest, TabsLabelOverItsPanelsTitleIsNoStackedHeading) {
  // On a product page a heading right over another of its level is a tab's
  // label over its panel's own title ("Overview" over "A recorder for the
  // field"): the label heads no text and goes; the panel's title stays over
  // its text.
  ExpectKeptAndDropped(
      "<html><head><title>Tern Field Recorder | Tern Audio</title><script "
      "type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Tern Field "
      "Recorder\"}</script></head><body><nav><a href=\"/\">Home</a></nav><main><div "
      "class=\"product\"><h1>Tern Field Recorder</h1><p>$349.00</p><div class=\"tabs\"><h2>"
      "Overview</h2><div class=\"panel\"><h2>A recorder for the field</h2><p>Four preamps with "
      "their own gain dials record birdsong, rain and traffic at 32 bits, so that no take is "
      "ever clipped however loud it gets.</p><p>A screen on the top shows the levels of all "
      "four inputs at once, and the recorder writes each take to two cards at the same "
      "time.</p></div></div></div></main><footer><p>Tern Audio Ltd</p></footer></body></html>",
      PageType::kProduct, {"A recorder for the field", "Four preamps"}, {"Overview"});
}

TEST(RulesTest, UnlinkedListClosingTheStoryStays) {
  // Short items at the edge of the text go, unless they form a list of
  // facts: three or more items without links.
  Result<Article> a = Extract(std::string("<article>") + kStory +
                              "<h2>Shelters open tonight</h2><ul><li>School gym, Mill Lane</li>"
                              "<li>Town hall, Market Square</li><li>St Anne's church hall</li>"
                              "</ul><p><a href=\"/more\">Read More</a></p></article>");
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("Shelters open tonight\n\nSchool gym, Mill Lane\n\nTown hall, Market "
                         "Square\n\nSt Anne's church hall"),
            std::string::npos)
      << a->text;
  EXPECT_EQ(a->text.find("Read More"), std::string::npos) << a->text;
}

TEST(RulesTest, WritersSignOffClosingTheStoryStays) {
  // A short unlinked sentence right after the story's last paragraph, in
  // its box, is the writer's sign-off and stays; the site's line after the
  // story's box still goes. Right after the text, a line cut short by an
  // ellipsis (a teaser's) and a dated line (the page's stamp) go.
  auto story = [](const std::string& closing) {
    return std::string(
               "<html><head><title>River floods lower town | Valley Post</title><meta "
               "property=\"og:type\" content=\"article\"><meta "
               "property=\"article:published_time\" content=\"2025-03-12\"></head>"
               "<body><article><h1>River floods lower town</h1><div "
               "class=\"entry-content\">") +
           kStory + closing +
           "</div></article><div class=\"site-note\"><p>Thanks for "
           "visiting!</p></div></body></html>";
  };
  Result<Article> a = Extract(story("<p>Stay dry, everyone!</p>"));
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("before spring.\n\nStay dry, everyone!"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Thanks for visiting"), std::string::npos) << a->text;
  Result<Article> cut = Extract(story("<p>You may also like...</p>"));
  ASSERT_TRUE(cut.ok());
  EXPECT_NE(cut->text.find("before spring."), std::string::npos) << cut->text;
  EXPECT_EQ(cut->text.find("You may also like"), std::string::npos) << cut->text;
  Result<Article> dated = Extract(story("<p>Updated at 1:23 p.m.</p>"));
  ASSERT_TRUE(dated.ok());
  EXPECT_NE(dated->text.find("before spring."), std::string::npos) << dated->text;
  EXPECT_EQ(dated->text.find("Updated at"), std::string::npos) << dated->text;
  // A line cut short inside quotes goes too; so does a line in a box of its
  // own inside the story's (a buttons bar's), the story's box holding it.
  Result<Article> quoted = Extract(story("<p>\u201CTo be continued...\u201D</p>"));
  ASSERT_TRUE(quoted.ok());
  EXPECT_EQ(quoted->text.find("To be continued"), std::string::npos) << quoted->text;
  // In CJK's corner brackets as well ("To be continued..." in Japanese).
  Result<Article> cjk = Extract(story("<p>\u300C\u7D9A\u304F\u2026\u300D</p>"));
  ASSERT_TRUE(cjk.ok());
  EXPECT_NE(cjk->text.find("before spring."), std::string::npos) << cjk->text;
  EXPECT_EQ(cjk->text.find("\u7D9A\u304F"), std::string::npos) << cjk->text;
  Result<Article> bar = Extract(story(
      "<div class=\"wp-block-buttons\"><p>Support local news.</p><a href=\"/donate\">Donate</a>"
      "</div>"));
  ASSERT_TRUE(bar.ok());
  EXPECT_NE(bar->text.find("before spring."), std::string::npos) << bar->text;
  EXPECT_EQ(bar->text.find("Support local news"), std::string::npos) << bar->text;
}

TEST(RulesTest, LineIntroducingAListAtTheEdgeStays) {
  // A short line right before a list of facts introduces it, even where the
  // text begins; a byline above it still goes.
  Result<Article> a = Extract(std::string("<article><p>By Jo Smith</p><p>The shelters open "
                                          "tonight are</p><ul><li>School gym, Mill Lane</li>"
                                          "<li>Town hall, Market Square</li><li>St Anne's "
                                          "church hall</li></ul>") +
                              kStory + "</article>");
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("The shelters open tonight are\n\nSchool gym"), std::string::npos)
      << a->text;
  EXPECT_EQ(a->text.find("By Jo Smith"), std::string::npos) << a->text;
}

TEST(RulesTest, SectionHeadingOverItsSubsectionsStays) {
  // "Three tips" heads subsections; the <h1> over the first section is the
  // story's headline (the story shows its date), not a section of the text.
  Result<Article> a = Extract(std::string("<title>Floods | Valley Post</title><meta "
                                          "property=\"article:published_time\" "
                                          "content=\"2025-03-12\"><article><h1>Lower town "
                                          "under water</h1><h2>The night</h2>") +
                              kStory + "<h2>Three tips for the flood season:</h2><h3>1. Move "
                              "valuables upstairs</h3>" + kStory +
                              "<p>Published 12 March 2025</p></article>");
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("Three tips for the flood season:\n\n1. Move valuables upstairs"),
            std::string::npos)
      << a->text;
  EXPECT_NE(a->text.find("The night"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Lower town under water"), std::string::npos) << a->text;
}

TEST(RulesTest, UnlinkedTableClosingTheStoryStays) {
  // A table of data after the last paragraph reads as text over three rows
  // or more; a two-row table of short cells there is a layout scrap.
  Result<Article> a = Extract(std::string("<article>") + kStory +
                              "<table><tr><td>Pumps</td><td>12</td></tr><tr><td>Sandbags</td>"
                              "<td>4,000</td></tr><tr><td>Volunteers</td><td>85</td></tr></table>"
                              "<table><tr><td>Print</td></tr><tr><td>Email</td></tr></table>"
                              "</article>");
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("Volunteers\n\n85"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Print"), std::string::npos) << a->text;
}

TEST(RulesTest, TableWrittenAsATablePerRowStays) {
  // Results exported with each row as a table of its own, one right after
  // another, read as the one table they show; two such tables (a line set
  // once for the desktop, once for phones) stay a layout scrap.
  std::string results;
  for (const char* row : {"<td>1.</td><td>Berg, Anna</td><td>12,81</td>",
                          "<td>2.</td><td>Kling, Mia</td><td>13,02</td>",
                          "<td>3.</td><td>Ott, Lena</td><td>13,40</td>"}) {
    results += std::string("<table><tr>") + row + "</tr></table>";
  }
  Result<Article> a = Extract(std::string("<article>") + kStory + results +
                              "<div><table class=\"desk\"><tr><td>Print</td><td>Email</td></tr>"
                              "</table><table class=\"phone\"><tr><td>Print</td></tr><tr><td>"
                              "Share</td></tr></table></div></article>");
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("Berg, Anna\n\n12,81"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("Ott, Lena\n\n13,40"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Print"), std::string::npos) << a->text;
}

TEST(RulesTest, EveryBlockHasADecisionAndReason) {
  Result<Article> a = Extract("<body><div class=\"menu\"><a href=\"/\">Home</a></div><article>"
                              "<nav><a href=\"/prev\">Previous story</a></nav>" +
                              std::string(kStory) + "</article></body>");
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->blocks.size(), 5u);
  EXPECT_EQ(a->blocks[0].reason, "outside the main region");
  EXPECT_EQ(a->blocks[1].reason, "inside <nav>");
  for (int i = 2; i < 5; ++i) {
    EXPECT_TRUE(a->blocks[i].kept);
    EXPECT_EQ(a->blocks[i].reason, "main content");
    EXPECT_GT(a->blocks[i].score, 0);
  }
}

TEST(RulesTest, MarkupHeavySiblingDoesNotJoin) {
  // A teaser strip beside the story scores enough to join it as a sibling,
  // but every few words sit in their own element: tag density keeps it out.
  std::string strip = "<div class=\"strip\">";
  for (int k = 0; k < 4; ++k) {
    strip += "<p><span><i>Teaser " + std::to_string(k) +
             " tells of a harbour strike</i></span><span><b> that ended after a week of "
             "talks, with a new contract</b></span><img src=x.jpg><time>now</time></p>";
  }
  strip += "</div>";
  Result<Article> a = Extract("<body><div class=\"wrap\"><div class=\"story\">" +
                              std::string(kStory) + "</div>" + strip + "</div></body>");
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("before spring."), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Teaser"), std::string::npos) << a->text;
}

TEST(RulesTest, NoContentIsNotFoundButNoError) {
  for (const char* html : {"", "<html></html>", "<p>Too short.</p>", "<nav><a>Home</a></nav>"}) {
    Result<Article> a = Extract(html);
    ASSERT_TRUE(a.ok()) << html;
    EXPECT_FALSE(a->found) << html;
  }
}

TEST(RulesTest, JsonLdBodyWhenThePageHasNone) {
  Result<Article> a = Extract(
      "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebSite\"},{\"@type\":"
      "\"NewsArticle\",\"headline\":\"H\",\"articleBody\":\"First paragraph of the body, long "
      "enough to count as an article.\\nSecond paragraph.\"}]}</script><div id=app>Loading</div>");
  ASSERT_TRUE(a.ok());
  EXPECT_TRUE(a->found);
  EXPECT_EQ(a->text,
            "First paragraph of the body, long enough to count as an article.\n\nSecond paragraph.");
}

TEST(RulesTest, MathFormulaKeepsItsText) {
  // MathML's text is the formula; its TeX source in <annotation> is not shown.
  Result<Article> a = Extract(StoryAround(
      "<p>The flow through the gap follows <math><semantics><mrow><mi>Q</mi><mo>=</mo><mi>v</mi>"
      "<mi>A</mi></mrow><annotation encoding=\"application/x-tex\">Q = vA</annotation>"
      "</semantics></math>, where the speed of the water rose by half overnight.</p>"));
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("follows Q=vA, where the speed"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Q = vA"), std::string::npos) << a->text;
}

TEST(RulesTest, ParagraphThatIsOneLinkStaysInsideTheText) {
  // A paragraph of its own that is one linked sentence, between paragraphs
  // of the story, is part of it; the same at the story's edge, or a "Read
  // also:" line linking a headline, goes.
  Result<Article> a = Extract(StoryAround(
      "<p><a href=\"/report.pdf\">The council's full report on the flood defences is "
      "online.</a></p><p>Read also: <a href=\"/s/2\">Bridge closed after the storm</a></p>"));
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("The council's full report on the flood defences is online."),
            std::string::npos)
      << a->text;
  EXPECT_EQ(a->text.find("Bridge closed after the storm"), std::string::npos) << a->text;
  Result<Article> edge = Extract(std::string("<article>") + kStory +
                                 "<p><a href=\"/s/3\">Sign up for the evening briefing "
                                 "today.</a></p></article>");
  ASSERT_TRUE(edge.ok());
  EXPECT_EQ(edge->text.find("Sign up for the evening"), std::string::npos) << edge->text;
}

TEST(RulesTest, QuoteSetToBeSharedStaysInsideTheText) {
  // A sentence of the story boxed as one link whose address carries its
  // words (a "Click To Tweet" quote) is part of the text; a share link
  // whose words are not the ones it carries ("Share this story with your
  // followers") still goes.
  Result<Article> a = Extract(StoryAround(
      "<a href=\"https://twitter.com/share?text=Every+town+on+the+river+needs+a+plan+for+the+"
      "next+flood.&amp;url=https://example.com/s/1\"><span class=\"q\">Every town on the river "
      "needs a plan for the next flood.</span><span class=\"b\">Click To Tweet</span></a>"
      "<div><a href=\"https://twitter.com/intent/tweet?text=River+floods+lower+town\">Share "
      "this story with your followers on Twitter, they will want it</a></div>"));
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("Every town on the river needs a plan for the next flood."),
            std::string::npos)
      << a->text;
  EXPECT_EQ(a->text.find("Share this story"), std::string::npos) << a->text;
}

TEST(RulesTest, LeadBeforeATableOfContentsStays) {
  // The lead sits between the headline and an in-page table of contents
  // longer than the lead rule looks back; the links are no distance.
  std::string toc = "<ul class=\"toc\">";
  for (int i = 1; i <= 14; ++i) {
    toc += "<li><a href=\"#s" + std::to_string(i) + "\">Section " + std::to_string(i) + "</a></li>";
  }
  toc += "</ul>";
  Result<Article> a = Extract(
      "<html><head><title>River floods lower town</title></head><body><div class=\"page\">"
      "<h1>River floods lower town</h1><p>" + std::string(kLead) + "</p>" + toc +
      "<div class=\"text\">" + kStory + "</div></div></body></html>");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.rfind(kLead, 0), 0u) << a->text;
  EXPECT_EQ(a->text.find("Section 3"), std::string::npos) << a->text;
}

TEST(RulesTest, LabelOfAFoldedTableOfContentsGoesWithIt) {
  // The table of contents folded in a <details> under its <summary>
  // "Contents": its links go, and the label with them; a <details> that
  // keeps its text (an FAQ's answer) keeps its label, the question.
  auto page = [](const std::string& inside) {
    return "<html><head><title>River floods lower town</title></head><body><article><h1>River "
           "floods lower town</h1><p>" + std::string(kLead) + "</p><details><summary>Contents"
           "</summary>" + inside + "</details>" + kStory + "</article></body></html>";
  };
  std::string toc = "<ul>";
  for (int i = 1; i <= 8; ++i) {
    toc += "<li><a href=\"#s" + std::to_string(i) + "\">Section " + std::to_string(i) + "</a></li>";
  }
  toc += "</ul>";
  Result<Article> a = Extract(page(toc));
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.find("Contents"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Section 3"), std::string::npos) << a->text;
  Result<Article> b = Extract(page("<p>The guide covers the evacuation, the shelter and the "
                                   "clean-up, each in a section of its own.</p>"));
  ASSERT_TRUE(b.ok());
  EXPECT_NE(b->text.find("Contents"), std::string::npos) << b->text;
  EXPECT_NE(b->text.find("each in a section of its own."), std::string::npos) << b->text;
}

TEST(RulesTest, LabelOfALinkListSetInTheTextGoesWithIt) {
  // A WordPress plugin's table of contents after the first paragraph (its
  // title a <p> in a box of its own, its links in a <nav> beside it) and a
  // "Read next" box of teasers before the last: the links go, and their
  // labels with them. A short line over unlinked items, the list's
  // introduction, stays.
  auto page = [](const std::string& first, const std::string& second) {
    return "<html><head><title>River floods lower town</title></head><body><article><h1>River "
           "floods lower town</h1><p>" + std::string(kLead) + "</p>" + first + kStory + second +
           "<p>Volunteers from three villages joined the clean-up on Sunday.</p></article></body>"
           "</html>";
  };
  ExpectKeptAndDropped(
      page("<div class=\"ez-toc-container\"><div class=\"ez-toc-title-container\"><p>Table of "
           "Contents</p></div><nav><ul><li><a href=\"#wing\">The wing</a></li><li><a "
           "href=\"#cost\">The cost</a></li></ul></nav></div>",
           "<div class=\"more\"><p>Read next</p><ul><li><a href=\"/budget\">Council approves "
           "the budget</a></li><li><a href=\"/bikes\">Bike lanes</a></li></ul></div>"),
      PageType::kArticle, {kLead, "joined the clean-up on Sunday."},
      {"Table of Contents", "The wing", "Read next", "Council approves"});
  ExpectKeptAndDropped(page("<div class=\"steps\"><p>What to bring</p><ul><li>A torch and "
                            "spare batteries</li><li>Drinking water for two days</li></ul></div>",
                            ""),
                       PageType::kArticle, {"What to bring", "Drinking water"}, {});
}

TEST(RulesTest, HeadingOfAFoldingTableOfContentsGoesWithItsLinks) {
  // The table of contents of an accordion over the text: its heading in a
  // bar beside the folding button, whose label repeats the heading, its
  // links in the panel after the bar. The links and the button's label go,
  // and the heading with them; over a single link, no list, it stays.
  auto page = [](const std::string& links) {
    return "<html><head><title>River floods lower town</title></head><body><article><h1>River "
           "floods lower town</h1><div class=\"accordion\"><div class=\"bar\"><h2>Table of "
           "Contents</h2><button aria-expanded=\"true\" aria-controls=\"toc\">Table of "
           "Contents</button></div><div id=\"toc\" role=\"region\"><ul>" + links +
           "</ul></div></div><p>" + std::string(kLead) + "</p>" + kStory +
           "</article></body></html>";
  };
  ExpectKeptAndDropped(page("<li><a href=\"#wing\">The wing</a></li><li><a href=\"#cost\">The "
                            "cost</a></li><li><a href=\"#help\">Help</a></li>"),
                       PageType::kArticle, {kLead, "The river rose by two metres overnight"},
                       {"Table of Contents", "The wing"});
  ExpectKeptAndDropped(page("<li><a href=\"#wing\">The wing</a></li>"), PageType::kArticle,
                       {"Table of Contents", kLead}, {});
}

TEST(RulesTest, HeadingOverAShareBarOrALineOfTextStays) {
  // A section's heading over a share bar of links, a box dropped as chrome,
  // then the section's text: the bar is no list the heading names, the
  // heading heads the text after it, and stays. A heading over one link, a
  // line of text, then more links: the line breaks the run, and the heading
  // stays over it.
  auto page = [](const std::string& section) {
    return "<html><head><title>River floods lower town</title></head><body><article><h1>River "
           "floods lower town</h1><p>" +
           std::string(kLead) + "</p>" + kStory + section +
           "<p>The bridge was built in 1902 and has stood through every flood since, though "
           "its railings were lost twice and the road over it closed for a week.</p>"
           "</article></body></html>";
  };
  ExpectKeptAndDropped(page("<h2>Background</h2><ul class=\"share\"><li><a "
                            "href=\"/s/fb\">Facebook</a></li><li><a href=\"/s/x\">X</a></li>"
                            "<li><a href=\"/s/mail\">Mail</a></li></ul>"),
                       PageType::kArticle, {"Background", "The bridge was built in 1902"},
                       {"Facebook"});
  ExpectKeptAndDropped(
      page("<h2>Where to get help</h2><ul><li><a href=\"/red-cross\">Red Cross</a></li></ul><p>The "
           "council opened a hotline for families who lost their homes, day and night.</p><ul><li>"
           "<a href=\"/shelter\">Shelter</a></li><li><a href=\"/food\">Food bank</a></li></ul>"),
      PageType::kArticle, {"Where to get help", "The council opened a hotline"}, {});
}

TEST(RulesTest, LeadBeforeAShareBarStays) {
  // The lead sits between the headline and a share bar of many buttons
  // (copy the link, mail, messengers), each a line of its own and no link:
  // the bar is no distance, as an in-page table of contents is none. Short
  // lines of no share bar still count (the lead rule looks back so far).
  auto page = [](const std::string& box) {
    std::string bar = "<div class=\"" + box + "\">";
    for (int i = 1; i <= 14; ++i) bar += "<div>Button " + std::to_string(i) + "</div>";
    bar += "</div>";
    return "<html><head><title>River floods lower town</title></head><body><div class=\"page\">"
           "<h1>River floods lower town</h1><p>" +
           std::string(kLead) + "</p>" + bar + "<div class=\"text\">" + kStory +
           "</div></div></body></html>";
  };
  Result<Article> a = Extract(page("share-buttons"));
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.rfind(kLead, 0), 0u) << a->text;
  EXPECT_EQ(a->text.find("Button 3"), std::string::npos) << a->text;
  Result<Article> b = Extract(page("facts"));
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->text.find(kLead), std::string::npos) << b->text;
}

TEST(RulesTest, LeadBoxAboveTheBoxOfSectionsStays) {
  // A dated guide sets its sections one <article> each in a box, its two
  // opening paragraphs in a box of their own right above it, and its title
  // far above both, across a sidebar listing the stages. The region is the
  // sections; the box before their box, paragraphs only, each a sentence,
  // opens the text. A box before it holding a label that ends no sentence
  // (a sponsor's notice) stays out.
  auto page = [](const std::string& first_line) {
    std::string side = "<aside class=\"toc\"><h4>In this guide</h4>";
    std::string parts;
    for (int i = 1; i <= 12; ++i) side += "<p>Stage " + std::to_string(i) + "</p>";
    for (int i = 1; i <= 3; ++i) {
      parts += "<article class=\"part\"><h2>Stage " + std::to_string(i) + "</h2>" + kStory +
               "</article>";
    }
    return "<html><head><title>River floods lower town | Valley Post</title><meta "
           "property=\"article:published_time\" content=\"2024-03-01\"></head><body><main><div "
           "class=\"hero\"><h1>River floods lower town</h1></div><div class=\"cols\">" + side +
           "</aside><div class=\"right\"><div class=\"intro\"><p>" + first_line +
           "</p><p>It draws on the reports of the valley's councils over the last ten years, "
           "with figures for every stage.</p></div><div class=\"parts\">" + parts +
           "</div></div></div></main></body></html>";
  };
  const char* kOpening =
      "Floods are the costliest disasters a small town faces, and this guide walks through "
      "each stage of one.";
  Result<Article> a = Extract(page(kOpening));
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.rfind(kOpening, 0), 0u) << a->text;
  EXPECT_NE(a->text.find("with figures for every stage."), std::string::npos) << a->text;
  Result<Article> sponsored = Extract(page("Sponsored"));
  ASSERT_TRUE(sponsored.ok());
  EXPECT_EQ(sponsored->text.find("reports of the valley's councils"), std::string::npos)
      << sponsored->text;
}

TEST(RulesTest, LeadBeforeABoxOfRelatedStoriesStays) {
  // The lead sits between the headline and a box of related stories, each
  // a linked title and an unlinked line after it (less than half linked):
  // blocks that hold a link are no distance, as links and a share bar are
  // none. The same lines without their links still count.
  auto page = [](bool linked) {
    std::string box = "<div class=\"related\"><h6>More on this</h6>";
    for (int i = 1; i <= 14; ++i) {
      const std::string title = "Flood relief " + std::to_string(i);
      box += "<p>" + (linked ? "<a href=\"/story-" + std::to_string(i) + "\">" + title + "</a>"
                             : title) +
             " Volunteers fill sandbags by the old mill</p>";
    }
    box += "</div>";
    return "<html><head><title>River floods lower town</title></head><body><div class=\"page\">"
           "<h1>River floods lower town</h1><p>" +
           std::string(kLead) + "</p>" + box + "<div class=\"text\">" + kStory +
           "</div></div></body></html>";
  };
  Result<Article> a = Extract(page(true));
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.rfind(kLead, 0), 0u) << a->text;
  EXPECT_EQ(a->text.find("Volunteers fill sandbags"), std::string::npos) << a->text;
  Result<Article> b = Extract(page(false));
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->text.find(kLead), std::string::npos) << b->text;
}

TEST(RulesTest, LabelOfAnAdSlotGoes) {
  // Between a review's paragraphs an ad server's box of random class holds
  // a label, "Advert", over its script's slot, where a browser without
  // scripts shows the ad's linked picture (<noscript>): the label goes. A
  // name beside a lazy loader's picture (a <noscript> holding no link) stays.
  auto page = [](const std::string& slot) {
    return std::string("<html><head><title>River floods lower town</title></head><body>"
                       "<article><h1>River floods lower town</h1>") +
           kStory + "<div class=\"Wvxp\"><center><span>Advert</span><br>" + slot +
           "</center></div>" + kStory + "</article></body></html>";
  };
  Result<Article> a = Extract(page(
      "<noscript><a href=\"https://ads.example/ck?n=1\"><img src=\"https://ads.example/i.png\">"
      "</a></noscript>"));
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.find("Advert"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("The river rose by two metres"), std::string::npos) << a->text;
  Result<Article> b = Extract(page("<noscript><img src=\"/logo.png\"></noscript>"));
  ASSERT_TRUE(b.ok());
  EXPECT_NE(b->text.find("Advert"), std::string::npos) << b->text;
}

TEST(RulesTest, BillboardPromoBesideAProductGoes) {
  // A shop sets its membership offer in a box named after the ad format
  // ("acquisition-billboard", the wide slot of IAB's sizes) between the
  // product's description and its details: a line each for the reward, the
  // bonus card and what joining costs. A billboard is an ad's box and goes;
  // the description and the details stay.
  const std::string html =
      "<html><head><title>Trail Pack 25</title><meta property=\"og:type\" content=\"product\">"
      "</head><body><header><a href=\"/\">Outfitters</a></header><main><div class=\"product\">"
      "<h1>Trail Pack 25</h1><div class=\"price\"><span>$89.95</span></div><div "
      "class=\"description\"><p>A light daypack with a padded back panel and a hip belt that "
      "carries the load on long days out on the trail.</p></div><form action=\"/cart\">"
      "<button>Add to cart</button></form><div class=\"acquisition-billboard\"><p>This "
      "purchase pays for your membership in the co-op this year</p><p>Ten percent back on "
      "this and every eligible full-price item you buy from us</p><p>A bonus card valid for "
      "thirty days after you join</p></div><div class=\"details\"><h2>Features</h2><p>The "
      "main compartment opens wide with a zip around three sides, and a sleeve inside holds a "
      "water reservoir.</p></div></div></main><footer><p>Outfitters Co-op</p></footer></body>"
      "</html>";
  ExpectKeptAndDropped(html, PageType::kProduct,
                       {"A light daypack with a padded back panel", "The main compartment"},
                       {"This purchase pays", "Ten percent back", "A bonus card"});
}

TEST(RulesTest, ChromeWordedBoxWithAHeadingOverProseIsASection) {
  // Page builders put a service's sections in "image-beside-content" boxes,
  // carousels, hero banners and section headers, words that also name photo
  // captions, ads and a site's header. A box holding a heading over prose
  // is a section; an ad, prose without a heading, stays chrome. (This page
  // reads as a service, whose image-worded boxes are sections even without
  // a heading: see ServiceKeepsItsImageAndCarouselBoxes.)
  Result<Article> a = Extract(
      "<html><head><title>Pest control in the valley</title></head><body><main>"
      "<div class=\"header hero\"><h2>Pest control you can trust</h2><p>For thirty years "
      "we have kept the houses of the valley free of pests, with care for children and pets."
      "</p></div>"
      "<section><h2>Home pest control</h2><p>We treat homes against ants, spiders and "
      "scorpions, and come back every season to keep them away from your family.</p>"
      "<p>Every visit starts with an inspection of the garden, the walls and the attic, so "
      "that the treatment fits what we find and nothing more is sprayed than needed.</p>"
      "</section><div class=\"image-beside-content\"><img src=\"termites.jpg\"><div>"
      "<h2>Termite control</h2><p>Termites are a serious threat to wooden houses here, and "
      "they can do damage for years before anyone sees a sign of them.</p></div></div>"
      "<div class=\"carousel\"><div class=\"slide\"><h3>Scorpion control</h3><p>Scorpions "
      "hide in walls and under stones; we seal the gaps they use and treat the yard.</p>"
      "</div></div><div class=\"photo-credit\"><p>The photographs on this page were taken by "
      "our own staff during inspections in the valley last spring.</p></div>"
      "<section><h2>Why us</h2><p>Our technicians are licensed, and every treatment comes with "
      "a guarantee: if the pests come back, so do we, at no charge to you at all.</p></section>"
      "<div class=\"banner\"><h2>Contact an office near you</h2><p>Our offices in the valley "
      "answer the phone six days a week and send a technician within two days.</p></div>"
      "<div class=\"ad-slot\"><p>Garden furniture at half price this weekend only, in every "
      "store of the region, while stocks last.</p></div>"
      "</main></body></html>");
  ASSERT_TRUE(a.ok());
  for (const char* kept : {"Pest control you can trust", "For thirty years", "Termite control",
                           "Termites are a serious threat", "Scorpion control", "we seal the gaps",
                           "if the pests come back", "Contact an office near you",
                           "send a technician within two days"}) {
    EXPECT_NE(a->text.find(kept), std::string::npos) << "lost \"" << kept << "\": " << a->text;
  }
  EXPECT_EQ(a->page_type, PageType::kService);
  EXPECT_EQ(a->text.find("Garden furniture"), std::string::npos) << a->text;
}

TEST(RulesTest, ServiceKeepsItsHiddenTabsAndAnswers) {
  // A service page's tabs and its FAQ's answers are panels the reader opens
  // in turn, hidden until then: one of a set of twins (tag and class), or
  // inside one. They stay on a service page; a lone hidden notice goes, and
  // on an article the same hidden panels go.
  const std::string panels =
      "<div class=\"tabs\"><div class=\"panel\"><p>Ticketing brings every request from "
      "email, chat and phone into one queue, so nothing waits unanswered for days.</p></div>"
      "<div class=\"panel\" hidden><p>Reports show how long customers wait and which "
      "questions come back, so the team can fix the causes and not only the cases.</p></div>"
      "<div class=\"panel\" hidden><p>Automation routes each question to the person who "
      "knows the answer and closes the ones that a help article already solves.</p></div>"
      "</div><div class=\"faq\"><div class=\"faq-item\"><button>Can I try it first?</button>"
      "<div class=\"answer\" hidden><p>Yes, every plan starts with a free month, and you can "
      "cancel at any time before it ends without paying anything.</p></div></div>"
      "<div class=\"faq-item\"><button>Do you migrate our data?</button>"
      "<div class=\"answer\" hidden><p>Our team moves your old tickets and contacts for you, "
      "usually within a week, and checks them with you afterwards.</p></div></div></div>"
      "<div id=\"download-notice\" hidden><p>Your download will start in a few seconds; if it "
      "does not, use the link below to fetch the file again.</p></div>";
  const std::string service =
      "<html><head><title>Customer service software</title></head><body><main>"
      "<section><h2>One place for every customer</h2><p>Our help desk keeps every "
      "conversation with your customers in one place, whatever channel they use.</p></section>"
      "<section><h2>Features</h2>" + panels + "</section>"
      "<section><h2>Plans</h2><p>Plans start with two agents and grow with your team; the "
      "price per agent falls as the team gets larger.</p></section>"
      "<section><h2>Support</h2><p>Our own support team answers within an hour, day and "
      "night, in eight languages.</p></section></main></body></html>";
  ExpectKeptAndDropped(service, PageType::kService,
                       {"Ticketing brings every request", "Reports show how long customers wait",
                        "Automation routes each question", "every plan starts with a free month",
                        "moves your old tickets", "answers within an hour"},
                       {"Your download will start"});
  std::string article = Page("", "");
  article.insert(article.find("</article>"), panels);
  ExpectKeptAndDropped(article, PageType::kArticle,
                       {"The river rose by two metres overnight", "Ticketing brings every request"},
                       {"Reports show", "Automation routes", "free month", "old tickets",
                        "Your download will start"});
}

// A plumbing firm's answers to its customers' questions.
const char* const kPlumbersAnswers[] = {
    "We come within two working days of your call, and for a burst pipe or a flooded "
    "kitchen the same day, nights and weekends included, at no extra charge to you.",
    "Every job is quoted in writing before we start, and the price we quote is the price "
    "you pay, even when the work takes longer than we planned for it.",
    "All our plumbers are licensed and insured, and each of them has worked for at least "
    "five years in homes like yours before joining the team.",
    "We guarantee every repair for two years: if the same fault comes back, we come back "
    "and fix it again without asking you for anything more.",
    "We clean up after ourselves, take the old parts away for recycling and leave the "
    "room as we found it, or tidier, before we hand over the bill.",
    "Our vans carry the common parts for most boilers and taps, so nine jobs in ten are "
    "finished on the first visit without a second trip to the shop.",
    "You can pay by card, by bank transfer or in cash, and for larger jobs in three "
    "monthly parts without interest, agreed in writing before the work starts.",
    "Our office answers the phone from seven in the morning to ten at night, every day of "
    "the year, and a plumber on call takes over outside those hours.",
};

// A plumbers' FAQ of the first `answers` (up to 8) answers, each under a
// question heading: a service page's long section.
std::string PlumbersFaq(int answers) {
  std::string faq;
  for (int i = 0; i < answers && i < 8; ++i) {
    faq += std::string("<h3>A question customers ask</h3><p>") + kPlumbersAnswers[i] + "</p>";
  }
  return faq;
}

TEST(RulesTest, ServiceRegionWidensOverItsSmallSections) {
  // A service page stacks its sections in boxes: an intro, three offers and
  // a long FAQ. The FAQ is the densest; the small boxes beside it are each
  // too small to join it, yet all are the page's content. The region widens
  // to the wrapper holding most of the page's good text; the menu and the
  // footer outside it and a newsletter box inside it still go.
  const std::string faq = PlumbersFaq(4);
  const std::string html =
      "<html><head><title>Plumbing services</title></head><body>"
      "<nav><a href=\"/\">Home</a> <a href=\"/about\">About us</a></nav>"
      "<div class=\"page\">"
      "<div class=\"box\"><h2>Plumbing you can count on</h2><p>Family plumbers in the "
      "valley since 1982, for homes and small shops alike.</p></div>"
      "<div class=\"box\"><h2>Repairs</h2><p>Leaks, blocked drains and broken boilers fixed "
      "fast, often on the first visit.</p></div>"
      "<div class=\"box\"><h2>Bathrooms</h2><p>New bathrooms fitted in a week, tiles "
      "and taps included in the price.</p></div>"
      "<div class=\"box\"><h2>Heating</h2><p>Boilers serviced and replaced, with a yearly "
      "check of the whole system.</p></div>"
      "<div class=\"faq\"><h2>Questions</h2>" + faq + "</div>"
      "<div class=\"newsletter\"><p>Sign up for our seasonal tips and offers, sent four "
      "times a year to your inbox.</p></div>"
      "</div><footer><p>Valley Plumbing Ltd, 12 Mill Road. All rights reserved.</p></footer>"
      "</body></html>";
  ExpectKeptAndDropped(html, PageType::kService,
                       {"Family plumbers in the valley since 1982", "Leaks, blocked drains",
                        "New bathrooms fitted in a week", "Boilers serviced and replaced",
                        "the price we quote is the price", "fix it again without asking"},
                       {"About us", "Sign up for our seasonal tips", "All rights reserved"});
  // A page whose og:type says article keeps its densest box only: a story
  // beside boxes of teasers reads as a service for their headings.
  std::string story = html;
  story.insert(story.find("</head>"), "<meta property=\"og:type\" content=\"article\">");
  ExpectKeptAndDropped(story, PageType::kService, {"the price we quote is the price"},
                       {"Leaks, blocked drains", "New bathrooms fitted in a week"});
}

TEST(RulesTest, SectionsOfTheRegionsTemplateJoinIt) {
  // A service page's sections share one template (<section class="block">):
  // a short intro, a long FAQ, a short list of awards. The FAQ is the region;
  // the short sections beside it are too small to join it by size, yet they
  // are built like it and join. A note of another class beside them stays
  // out, as do the menu and the footer.
  const std::string faq = PlumbersFaq(8);
  const std::string html =
      "<html><head><title>Plumbing services</title></head><body>"
      "<nav><a href=\"/\">Home</a> <a href=\"/about\">About us</a></nav>"
      "<div class=\"page\">"
      "<section class=\"block\"><h2>Plumbing you can count on</h2><p>Family plumbers in "
      "the valley since 1982, for homes and small shops alike.</p></section>"
      "<section class=\"block\"><h2>Questions</h2>" + faq + "</section>"
      "<section class=\"block\"><h2>Awards</h2><p>Voted the valley's best tradesmen "
      "three years running by the readers of the local paper.</p></section>"
      "<div class=\"note\"><p>Prices on this site include value added tax at the rate in "
      "force on the day of the work.</p></div>"
      "</div><footer><p>Valley Plumbing Ltd, 12 Mill Road. All rights reserved.</p></footer>"
      "</body></html>";
  ExpectKeptAndDropped(html, PageType::kService,
                       {"Family plumbers in the valley since 1982", "the price we quote is the price",
                        "Voted the valley's best tradesmen"},
                       {"About us", "Prices on this site include",
                        "All rights reserved"});
}

TEST(RulesTest, DisclosureButtonsAreRead) {
  // An FAQ accordion: each question is a <button aria-expanded> over its
  // hidden answer. The questions are read and kept with the answers; a
  // button without aria-expanded ("Book a visit") is still never read, and
  // a disclosure button in the menu goes with the menu.
  const char* kQuestions[] = {"How fast can you come to my home?",
                              "Is the price you quote the price I pay?",
                              "Are your plumbers licensed and insured?",
                              "What if the same fault comes back later?"};
  std::string faq;
  for (int i = 0; i < 4; ++i) {
    faq += std::string("<div class=\"item\"><button aria-expanded=\"false\" "
                       "aria-controls=\"a") + std::to_string(i) + "\">" + kQuestions[i] +
           "</button><div class=\"answer\" id=\"a" + std::to_string(i) + "\" hidden><p>" +
           kPlumbersAnswers[i] + "</p></div></div>";
  }
  const std::string html =
      "<html><head><title>Plumbing services</title></head><body>"
      "<nav><button aria-expanded=\"false\">Everything we repair at home</button>"
      "<ul><li><a href=\"/boilers\">Boilers</a></li><li><a href=\"/taps\">Taps</a></li></ul>"
      "</nav><div class=\"page\">"
      "<section class=\"intro\"><h2>Plumbing you can count on</h2><p>Family plumbers in the "
      "valley since 1982, for homes and small shops alike, with a van in every village.</p>"
      "<button class=\"cta\">Book a visit with one of our plumbers today</button></section>"
      "<section class=\"faq\"><h2>Questions</h2>" + faq + "</section>"
      "</div></body></html>";
  ExpectKeptAndDropped(html, PageType::kService,
                       {"How fast can you come to my home?", "We come within two working days",
                        "What if the same fault comes back later?", "fix it again without asking"},
                       {"Everything we repair at home", "Book a visit", "Boilers"});
}

TEST(RulesTest, LinksInDisclosureControlsAreTheirTitles) {
  // Page builders set an FAQ's question as a link inside the control that
  // opens its answer: Elementor's accordion, <div role="button"
  // aria-expanded><a href="">Question</a></div>, or a link that is the
  // control itself (Bootstrap's <a href="#c1" aria-expanded>). The link
  // goes nowhere but the answer: the question is read as words, not as a
  // link, and stays over its answer, while the menu's links still go.
  const char* kQuestions[] = {"How fast can you come to my home?",
                              "Is the price you quote the price I pay?",
                              "Are your plumbers licensed and insured?",
                              "What if the same fault comes back later?"};
  const std::pair<std::string, std::string> kControls[] = {
      {"<div class=\"elementor-tab-title\" role=\"button\" aria-expanded=\"false\" "
       "aria-controls=\"", "\"><a class=\"elementor-accordion-title\" href=\"\">"},
      {"<div class=\"panel-title\"><a data-toggle=\"collapse\" aria-expanded=\"false\" "
       "aria-controls=\"", "\" href=\"#\">"}};
  for (const auto& [open, close] : kControls) {
    SCOPED_TRACE(open);
    std::string faq;
    for (int i = 0; i < 4; ++i) {
      const std::string id = "elementor-tab-content-" + std::to_string(i);
      faq += "<div class=\"elementor-accordion-item\">" + open + id + close + kQuestions[i] +
             "</a></div><div id=\"" + id + "\" class=\"elementor-tab-content\" role=\"region\">"
             "<p>" + kPlumbersAnswers[i] + "</p></div></div>";
    }
    const std::string html =
        "<html><head><title>Plumbing services</title></head><body>"
        "<nav><ul><li><a href=\"/boilers\">Boilers</a></li><li><a href=\"/taps\">Taps</a></li>"
        "</ul></nav><div class=\"elementor\">"
        "<section class=\"elementor-section\"><h1>Plumbing you can count on</h1><p>Family "
        "plumbers in the valley since 1982, for homes and small shops alike, with a van in "
        "every village.</p></section>"
        "<section class=\"elementor-section\"><h2>What we do</h2><h3>Boilers</h3><p>Serviced "
        "once a year.</p><h3>Leaks</h3><p>Found and fixed.</p><h3>Drains</h3><p>Cleared the "
        "same day.</p></section>"
        "<section class=\"elementor-section\"><h2>Questions</h2><div class=\"elementor-accordion\">" +
        faq + "</div></section></div></body></html>";
    ExpectKeptAndDropped(html, PageType::kService,
                         {"How fast can you come to my home?", "We come within two working days",
                          "What if the same fault comes back later?",
                          "fix it again without asking"},
                         {"Taps"});
  }
}

TEST(RulesTest, LinksOfASubmenuInsideADisclosureControlAreLinks) {
  // A theme's menu may put a submenu inside the button that opens it
  // (<button aria-expanded>Topics<ul><li><a>...</a></li></ul></button>), or
  // a run of links after the control's name in a <div role="button">. Only
  // the control's own title is read as words (as an accordion's question
  // is); its submenu's links lead off and count as links, so they go (no
  // class names here: a menu's would drop them anyway).
  const std::string kLinks[] = {"The flood defences the council promised in spring",
                                "Where to find sandbags and dry clothes this week",
                                "How the river is measured and who gives warnings"};
  std::string list = "<ul>";
  std::string run = "<div>";
  for (int i = 0; i < 3; ++i) {
    const std::string link = "<a href=\"/topics/" + std::to_string(i) + "\">" + kLinks[i] + "</a>";
    list += "<li>" + link + "</li>";
    run += link + " ";
  }
  list += "</ul>";
  run += "</div>";
  const std::string kMenus[] = {
      "<button aria-expanded=\"false\">More on the floods" + list + "</button>",
      "<div role=\"button\" aria-expanded=\"false\"><a href=\"/floods\">"
      "More on the floods</a>" + run + "</div>"};
  for (const std::string& menu : kMenus) {
    SCOPED_TRACE(menu);
    const std::string html =
        "<html><head><title>River floods the lower town</title></head><body><article>"
        "<h1>River floods the lower town</h1>" + std::string(kStory) + menu + kStory +
        "</article></body></html>";
    ExpectKeptAndDropped(html, PageType::kArticle,
                         {"The river rose by two metres", "More on the floods"},
                         {kLinks[0].c_str(), kLinks[2].c_str()});
  }
}

TEST(RulesTest, NavOpenedByAClosedToggleHoldingTextIsItsPanel) {
  // Webflow's dropdown writes its list as a <nav> opened by a toggle
  // (<div role="button" aria-expanded="false" aria-controls>), and sites
  // build their FAQs from it: the question in the toggle, the answer in the
  // <nav>. Such a <nav> holding text is the toggle's panel and stays; the
  // navbar's dropdown, the same markup around links, still goes.
  const char* kQuestions[] = {"How fast can you come to my home?",
                              "Is the price you quote the price I pay?",
                              "Are your plumbers licensed and insured?",
                              "What if the same fault comes back later?"};
  auto dropdown = [](const std::string& id, const std::string& toggle,
                     const std::string& list) {
    return "<div class=\"w-dropdown\"><div class=\"w-dropdown-toggle\" role=\"button\" "
           "aria-expanded=\"false\" aria-controls=\"" + id + "\"><div>" + toggle +
           "</div></div><nav class=\"w-dropdown-list\" id=\"" + id + "\">" + list +
           "</nav></div>";
  };
  std::string faq;
  for (int i = 0; i < 4; ++i) {
    faq += dropdown("w-dropdown-list-" + std::to_string(i + 1), kQuestions[i],
                    std::string("<p class=\"faq-answer\">") + kPlumbersAnswers[i] + "</p>");
  }
  const std::string html =
      "<html><head><title>Plumbing services</title></head><body>"
      "<div class=\"navbar w-nav\"><div class=\"w-container\">" +
      dropdown("w-dropdown-list-0", "Services",
               "<a href=\"/boilers\" class=\"w-dropdown-link\">Boilers</a>"
               "<a href=\"/taps\" class=\"w-dropdown-link\">Taps</a>") +
      "</div></div><div class=\"section\"><div class=\"w-container\"><h1>Plumbing you "
      "can count on</h1><p>Family plumbers in the valley since 1982, for homes and small "
      "shops alike, with a van in every village.</p></div></div>"
      "<div class=\"section\"><div class=\"w-container\"><h2>What we do</h2>"
      "<div class=\"w-layout-grid\"><div><h3>Boilers</h3><p>Serviced once a year.</p></div>"
      "<div><h3>Leaks</h3><p>Found and fixed.</p></div><div><h3>Drains</h3><p>Cleared the "
      "same day.</p></div></div></div></div>"
      "<div class=\"section\"><div class=\"w-container\"><h2>Questions</h2>" + faq +
      "</div></div></body></html>";
  ExpectKeptAndDropped(html, PageType::kService,
                       {"How fast can you come to my home?", "We come within two working days",
                        "Every job is quoted in writing", "What if the same fault comes back",
                        "fix it again without asking"},
                       {"Taps"});
}

// A shop's grid of six steel bottles, each a linked name and a price; with
// `described`, a line on the model under each.
std::string BottleTiles(bool described) {
  std::string tiles;
  for (int i = 1; i <= 6; ++i) {
    const std::string n = std::to_string(i);
    tiles += "<li class=\"tile\"><a href=\"/p/" + n + "\">Steel bottle " + n + "</a><p>$" +
             std::to_string(20 + i) + ".95</p>" +
             (described ? "<p>Model " + n + " keeps water cold all day, and its lid never leaks.</p>"
                        : std::string()) +
             "</li>";
  }
  return tiles;
}

TEST(RulesTest, CollectionsFilterPanelBesideTheItemsGoes) {
  // A shop's category: an intro, then a panel of tabs and filters set in
  // plain boxes, no <nav> and no class naming it (the sort tabs, the number
  // of matches, each facet group's name, its linked values with their
  // counts), then the grid of bottles. The panel's short lines, many in a
  // row with no sentence among them, go; the intro and every tile's lines,
  // its short name and price too, stay.
  std::string panel = "<div class=\"q1\"><div class=\"q2\">All</div><div class=\"q2\">Best "
                      "sellers</div><div class=\"q2\">New arrivals</div><div class=\"q2\">On "
                      "sale</div><div class=\"q2\">Top rated</div></div><div class=\"q3\">"
                      "<div class=\"q4\">Filters</div><div class=\"q4\">214 matches</div>"
                      "<div class=\"q5\">Top materials</div>";
  const char* const kFacets[][2] = {
      {"Steel", "1204"}, {"Glass", "873"}, {"Aluminium", "655"}, {"Plastic", "312"}};
  for (const auto& facet : kFacets) {
    panel += std::string("<div class=\"q6\"><a href=\"\">") + facet[0] +
             "</a><div class=\"q7\">" + facet[1] + "</div></div>";
  }
  for (const char* group : {"Lid type", "Capacity", "Colour family", "Price"}) {
    panel += std::string("<div class=\"q8\">") + group + "</div>";
  }
  panel += "</div>";
  const std::string html =
      "<html><head><title>Water bottles | Trail Shop</title></head><body><main>"
      "<h1>Water bottles</h1><p>Bottles for the trail, the gym and the office, from light "
      "plastic to double-walled steel.</p>" +
      panel + "<ul class=\"grid\">" + BottleTiles(/*described=*/true) +
      "</ul></main></body></html>";
  ExpectKeptAndDropped(html, PageType::kCollection,
                       {"Bottles for the trail", "Steel bottle 1", "Steel bottle 6", "$21.95",
                        "Model 3 keeps water cold"},
                       {"Best sellers", "New arrivals", "Top materials", "1204", "Lid type",
                        "Colour family", "Capacity"});
}

// A shop's category page: a row of its sub-categories as cards whose whole
// box is a link (the height's name, a sentence on it; `classed`: each card
// in a <div class="card">, its title and sentence classed too, or bare tags
// in the row's box), the intro and the grid of bottles, then `more` (other
// boxes of the region); a menu and a footer around them.
std::string SockHeightsPage(bool classed, const std::string& more) {
  const char* const kHeights[][2] = {{"Ankle", "Comfy coverage that protects your ankles."},
                                     {"Calf", "Hits mid-calf and stays there all day."},
                                     {"Quarter", "Like a high-top."},
                                     {"Knee high", "Warm up to the knee on the coldest days."}};
  std::string cards = "<div class=\"cards\">";
  for (const auto& height : kHeights) {
    const std::string card = std::string("<a href=\"/c/") + height[0] + "\"" +
                             (classed ? " class=\"card-link\"><h2 class=\"card-title\">"
                                      : "><h2>") +
                             height[0] + (classed ? "</h2><p class=\"card-text\">" : "</h2><p>") +
                             height[1] + "</p></a>";
    cards += classed ? "<div class=\"card\">" + card + "</div>" : card;
  }
  cards += "</div>";
  return "<html><head><title>Socks | Sock Shop</title></head><body><nav><a href=\"/\">Home</a> "
         "<a href=\"/signin\">Sign in</a></nav><main><h1>Socks</h1>" + cards +
         "<p>Socks for the trail, the gym and the office, from light cotton to thick merino "
         "wool.</p><ul class=\"grid\">" + BottleTiles(/*described=*/true) + "</ul>" + more +
         "</main><footer><p>Sock Shop Ltd</p></footer></body></html>";
}

TEST(RulesTest, ShortCardOfAKeptRowOfLinkedCardsStays) {
  // A shop's category opens with a row of its sub-categories, each a card
  // whose whole box is a link: the height's name and a sentence on it. The
  // cards with a sentence long enough stay as linked cards; the one whose
  // sentence is short ("Like a high-top.") is a card of the same row, its
  // title and sentence set in the same tags and classes, and stays with
  // them. A short card of another template in the region (a "Join us" box
  // of its own classes) still goes, as do the menu and the footer.
  ExpectKeptAndDropped(
      SockHeightsPage(/*classed=*/true,
                      "<div class=\"box\"><a class=\"box-link\" href=\"/signup\"><h2 "
                      "class=\"box-title\">Join us</h2><p class=\"box-text\">Get 10% "
                      "off.</p></a></div>"),
      PageType::kCollection,
      {"Ankle\n\nComfy coverage that protects your ankles.", "Quarter\n\nLike a high-top.",
       "Steel bottle 6"},
      {"Sign in", "Sock Shop Ltd", "Join us", "Get 10% off."});
}

TEST(RulesTest, ShortCardOutsideTheKeptRowGoes) {
  // The short cards that stay with a kept row of linked cards are the
  // row's own: set in a class written, in the row's box. A card of bare
  // tags like bare cards kept, or of the row's classes in a box of its own
  // elsewhere in the region (a "Join us" box after the grid), is no item of
  // the row and goes, as it did before the row's short cards were kept.
  const std::string bare_join =
      "<div class=\"box\"><a href=\"/signup\"><h2>Join us</h2><p>Get 10% off.</p></a></div>";
  ExpectKeptAndDropped(SockHeightsPage(/*classed=*/false, bare_join), PageType::kCollection,
                       {"Ankle\n\nComfy coverage that protects your ankles.", "Steel bottle 6"},
                       {"Join us", "Get 10% off.", "Sign in", "Sock Shop Ltd"});
  const std::string classed_join =
      "<div class=\"box\"><div class=\"card\"><a class=\"card-link\" href=\"/signup\"><h2 "
      "class=\"card-title\">Join us</h2><p class=\"card-text\">Get 10% off.</p></a></div></div>";
  ExpectKeptAndDropped(SockHeightsPage(/*classed=*/true, classed_join), PageType::kCollection,
                       {"Ankle\n\nComfy coverage that protects your ankles.",
                        "Quarter\n\nLike a high-top.", "Steel bottle 6"},
                       {"Join us", "Get 10% off.", "Sign in", "Sock Shop Ltd"});
}

TEST(RulesTest, ClosedPanelHoldingAShortAnswerStays) {
  // A shop's category ends with an FAQ accordion, each answer in a panel a
  // closed button opens. Most answers are good text; one is a sentence too
  // short for that after a list of linked brands. It is the answer to its
  // question all the same and stays with it; the menu's closed panel, a
  // label over links, still goes.
  std::string tiles;
  for (int i = 1; i <= 5; ++i) {
    const std::string n = std::to_string(i);
    tiles += "<div><a href=\"/p/" + n + "\">Ridge walker boot " + n + "</a><p>$" +
             std::to_string(150 + i) + ".00</p><p>Leather boots for long days on rough "
             "trails.</p></div>";
  }
  auto item = [](const std::string& id, const std::string& question,
                 const std::string& answer) {
    return "<div class=\"accordion\"><h3><button aria-expanded=\"false\" aria-controls=\"" +
           id + "\">" + question + "</button></h3><div class=\"accordion-panel\" id=\"" + id +
           "\" aria-hidden=\"true\">" + answer + "</div></div>";
  };
  const std::string faq =
      item("q1", "Which brands of boots do you stock?",
           "<p>We stock these brands most often:</p><ul><li><a href=\"/b/alpine\">Alpine</a>"
           "</li><li><a href=\"/b/fjell\">Fjell</a></li></ul><p>Ask in any of our stores "
           "for the other brands.</p>") +
      item("q2", "How should hiking boots fit?",
           "<p>Leave a thumb's width in front of your longest toe, and walk downhill in the "
           "store: your toes should not touch the front of the boot.</p>") +
      item("q3", "How long do hiking boots last?",
           "<p>Most pairs last between five hundred and a thousand miles of walking, longer "
           "when you clean them and let them dry slowly after wet days.</p>");
  const std::string html =
      "<html><head><title>Hiking Boots | Trail Shop</title></head><body><header><a "
      "href=\"/\">Trail Shop</a><button aria-expanded=\"false\" aria-controls=\"m\">Shop "
      "boots</button><div id=\"m\" aria-hidden=\"true\"><p>All boots</p><ul><li><a "
      "href=\"/c/mid\">Mid boots</a></li><li><a href=\"/c/low\">Low boots</a></li></ul></div>"
      "</header><main><div><h1>Hiking boots</h1><p>Boots for every trail, from light day "
      "hikes to long trips with a heavy pack.</p></div>" +
      tiles + "<section><h2>Questions about hiking boots</h2>" + faq +
      "</section></main><footer><p>Trail Shop Ltd</p></footer></body></html>";
  ExpectKeptAndDropped(html, PageType::kCollection,
                       {"Which brands of boots do you stock?",
                        "Ask in any of our stores for the other brands.", "Leave a thumb's width",
                        "Most pairs last between"},
                       {"Shop boots", "All boots", "Low boots"});
}

TEST(RulesTest, CollectionsIntroUnderItsH1StaysPastAHeadingRepeatingTheTitle) {
  // A shop's category opens with a banner, its <h1> over a line of intro,
  // and ends with a buying guide under a heading that says the category's
  // name again. The guide is the text found; its heading repeats the title
  // and stands nearer, but the category's headline is its <h1>: the intro
  // between them stays, where the menu and the footer still go.
  std::string tiles;
  for (int i = 1; i <= 8; ++i) {
    const std::string n = std::to_string(i);
    tiles += "<div class=\"tile\"><a href=\"/p/" + n + "\">Trail runner " + n + "</a><p>$" +
             std::to_string(100 + i) + ".00</p></div>";
  }
  const std::string html =
      "<html><head><title>Trail Running Shoes | Shoe Shop</title></head><body><header><a "
      "href=\"/\">Shoe Shop</a><ul><li><a href=\"/men\">Men</a></li><li><a href=\"/women\">"
      "Women</a></li></ul></header><div class=\"hero\"><h1>Trail Running Shoes</h1><p>Light, "
      "grippy shoes for muddy paths and rocky climbs, made to last.</p></div><main><section>"
      "<h2>Trail Running Shoes</h2><p>A trail shoe differs from a road shoe in its sole: "
      "deeper lugs bite into mud and loose ground, and a plate under the forefoot keeps sharp "
      "stones from bruising the foot on long descents.</p><p>Choose a shoe with more "
      "cushioning for long runs on hard-packed trails, and a lower, firmer one for technical "
      "ground where you need to feel the surface under your feet.</p></section><div "
      "class=\"grid\">" + tiles + "</div></main><footer><p>Shoe Shop Ltd, all rights "
      "reserved.</p></footer></body></html>";
  ExpectKeptAndDropped(html, PageType::kCollection,
                       {"Light, grippy shoes for muddy paths", "A trail shoe differs",
                        "Choose a shoe with more cushioning"},
                       {"Women", "Shoe Shop Ltd"});
}

TEST(RulesTest, NavigationInsideAListingsItemGoes) {
  // A shop's category sets its tiles in plain <div>s, and its pagination
  // in a <nav> inside one more <div> after them, beside the count of
  // products: the list of items takes that box as an item, and its lines
  // stayed as the item's ("You are on page 1 Go to page 2 Go to page 3",
  // the current page an anchor without href). A <nav> is the site's
  // navigation wherever it stands, no part of an item; the count beside it
  // and the tiles stay.
  std::string tiles;
  const char* const kBoots[][3] = {
      {"Moab 3 Mid Waterproof Boots", "$170.00", "Grippy, light and waterproof for wet trails."},
      {"Targhee IV Mid Boots", "$180.00", "A roomy toe box and a firm heel for long days."},
      {"Scrambler Trail Mid Boots", "$150.00", "Flexible soles that let the foot move freely."},
      {"Ridge Mid Leather Boots", "$210.00", "Full-grain leather that lasts for many seasons."},
      {"Summit Lite Boots", "$160.00", "Light enough for fast hikes on dry ground."}};
  for (int i = 0; i < 5; ++i) {
    tiles += "<div><a href=\"/p/" + std::to_string(i + 1) + "\">" + kBoots[i][0] + "</a><p>" +
             kBoots[i][1] + "</p><p>" + kBoots[i][2] + "</p></div>";
  }
  const std::string html =
      "<html><head><title>Hiking Boots | Trail Shop</title></head><body><header><a "
      "href=\"/\">Trail Shop</a></header><main><div><h1>Hiking boots</h1><p>Boots for every "
      "trail, from light day hikes to long trips with a heavy pack.</p></div>" +
      tiles +
      "<div><nav><a>You are on page 1</a> <a href=\"?page=2\">Go to page 2</a> <a "
      "href=\"?page=3\">Go to page 3</a></nav><p>1\u20135 of 38 products</p></div></main>"
      "<footer><p>Trail Shop Ltd</p></footer></body></html>";
  ExpectKeptAndDropped(html, PageType::kCollection,
                       {"Moab 3 Mid Waterproof Boots", "$170.00", "Summit Lite Boots",
                        "dry ground.", "of 38 products"},
                       {"You are on page 1", "Go to page 2", "Trail Shop Ltd"});
}

TEST(RulesTest, CollectionTileShowsItsTitleAndPriceOnce) {
  // A shop theme's tile writes the product's title twice, over the picture
  // (with the stock badge beside it) and under it, and its price twice: the
  // regular price, then a sale price beside the struck-through regular one,
  // the page's style showing one of the two boxes, in either order. A badge or two stand
  // over the tile's one title ("Back in stock", "+3 colours"). The tile
  // shows its title once, its price once, and no badge; the fit and colour
  // lines under the title, and the category's intro, stay.
  const char* const kTees[][5] = {
      {"Seamless Training Tee", "Back in stock", "$36.00", "slim fit", "Storm Blue"},
      {"Oversized Running Tee", "+3 colours", "$28.00", "oversized fit", "Black"},
      {"Ribbed Tank Top", "Only 2 left", "$16.00", "muscle fit", "White"},
      {"Crest Long Sleeve Top", "+5 colours", "$26.00", "regular fit", "Light Grey Marl"},
      {"Critical Drop Arm Tank", "Back in stock", "$24.00", "slim fit", "Onyx Grey"}};
  std::string tiles;
  for (int i = 0; i < 5; ++i) {
    const std::string link = "<a href=\"/products/" + std::to_string(i + 1) + "\">";
    const std::string title = std::string("<h3>") + link + kTees[i][0] + "</a></h3>";
    const std::string regular =
        std::string("<div class=\"price__regular\"><span>") + kTees[i][2] + "</span></div>";
    const std::string sale = std::string("<div class=\"price__sale\"><span>") + kTees[i][2] +
                             "</span> <s>" + kTees[i][2] + "</s></div>";
    tiles +=
        "<li class=\"grid__item\"><div class=\"card\"><div class=\"card__inner\"><img "
        "src=\"/t" +
        std::to_string(i + 1) + ".jpg\" alt=\"\">" + title + "<span class=\"badge\">" +
        kTees[i][1] + "</span></div><div class=\"card__content\">" + title + "<p>" + kTees[i][3] +
        "</p><p>" + kTees[i][4] + "</p>" + (i % 2 == 0 ? regular + sale : sale + regular) +
        "</div></div></li>";
  }
  const std::string html =
      "<html><head><title>T-Shirts & Tops | Gym Shop</title></head><body><header><a "
      "href=\"/\">Gym Shop</a></header><main><h1>T-shirts and tops</h1><p>Light, quick-drying "
      "tops for the gym, the track and every run in between.</p><ul class=\"grid\">" +
      tiles + "</ul></main><footer><p>Gym Shop Ltd</p></footer></body></html>";
  Result<Article> a = Extract(html);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->page_type, PageType::kCollection) << PageTypeName(a->page_type);
  for (const char* kept : {"Seamless Training Tee", "Critical Drop Arm Tank", "slim fit",
                           "Storm Blue", "Onyx Grey", "$36.00", "$24.00", "quick-drying tops"}) {
    EXPECT_NE(a->text.find(kept), std::string::npos) << "lost \"" << kept << "\": " << a->text;
  }
  for (const char* dropped :
       {"Back in stock", "+3 colours", "Only 2 left", "$36.00 $36.00", "$28.00 $28.00",
        "Gym Shop Ltd"}) {
    EXPECT_EQ(a->text.find(dropped), std::string::npos)
        << "kept \"" << dropped << "\": " << a->text;
  }
  for (const char* once : {"Seamless Training Tee", "$28.00", "Ribbed Tank Top"}) {
    const std::size_t first = a->text.find(once);
    EXPECT_EQ(a->text.find(once, first + 1), std::string::npos)
        << "twice: " << once << ": " << a->text;
  }
}

// A shop's FAQ about water bottles: questions and their answers.
const char* const kBottleFaq[][2] = {
    {"Which bottle keeps drinks cold the longest?",
     "Double-walled steel bottles keep water cold for a whole day, while plastic ones warm up "
     "within a few hours in the sun."},
    {"How do I clean a bottle with a narrow mouth?",
     "Fill it with warm water and a spoon of baking soda, leave it overnight, then rinse it "
     "twice and let it dry upside down."},
    {"Are the lids dishwasher safe?",
     "Most lids go on the top rack of a dishwasher, but seals last longer when they are washed "
     "by hand in warm soapy water."}};

// The shop's FAQ, each item written by `item` from its panel's id
// ("faq-0"), its question and its answer.
template <typename F>
std::string BottleFaq(F&& item) {
  std::string faq;
  for (int i = 0; i < 3; ++i) {
    faq += item("faq-" + std::to_string(i), kBottleFaq[i][0], kBottleFaq[i][1]);
  }
  return faq;
}

// A shop's category of water bottles: `nav`, then in <main> its heading,
// `before` the tiles, the tiles, `after` them, and its FAQ of `faq` items.
std::string BottlesPage(const std::string& nav, const std::string& before,
                        const std::string& after, const std::string& faq) {
  return "<html><head><title>Water bottles | Trail Shop</title></head><body>" + nav +
         "<main><h1>Water bottles</h1>" + before + "<ul class=\"grid\">" +
         BottleTiles(/*described=*/false) + "</ul>" + after +
         "<section class=\"faq\"><h2>Frequently asked questions about water bottles</h2>" + faq +
         "</section></main></body></html>";
}

TEST(RulesTest, ClosedPanelsTheirButtonsOpenStay) {
  // A shop's category: tiles of bottles, then an FAQ whose answers sit in
  // closed panels, each named by its question's button (aria-expanded=false,
  // aria-controls), inside a box hidden as well. The answers stay on this
  // page as on any: the markup says the reader opens them. A hidden notice
  // no button opens, a panel its button names but that comes before it, and
  // the menu's closed submenu (inside <nav>) still go.
  const std::string faq = BottleFaq([](const std::string& id, const char* q, const char* a) {
    return "<div class=\"accordion\"><h3><button aria-expanded=\"false\" aria-controls=\"" + id +
           "\">" + q + "</button></h3><div class=\"answer is-hidden\"><div id=\"" + id +
           "\" aria-hidden=\"true\"><p>" + a + "</p></div></div></div>";
  });
  const std::string html = BottlesPage(
      "<nav><button aria-expanded=\"false\" aria-controls=\"menu-water\">Water sports</button>"
      "<div id=\"menu-water\" hidden><p>Kayaks, paddles and dry bags for every trip on the "
      "water, with free delivery.</p></div></nav>",
      "<div id=\"early\" hidden><p>Returns of opened bottles are taken back within thirty days "
      "when the seal is unbroken.</p></div><button aria-expanded=\"false\" "
      "aria-controls=\"early\">Returns</button>",
      "<div class=\"notice\" hidden><p>Our stores close early on the first Monday of every "
      "month for the yearly stock count.</p></div>",
      faq);
  ExpectKeptAndDropped(html, PageType::kCollection,
                       {"Steel bottle 1", "Double-walled steel bottles keep water cold",
                        "baking soda", "seals last longer"},
                       {"Kayaks, paddles", "Returns of opened bottles", "stores close early"});
}

TEST(RulesTest, ClosedPanelsOfQuestionButtonsWithoutAriaExpandedStay) {
  // A shop's category whose FAQ is served before its script runs: each
  // question a plain <button> naming its hidden answer in aria-controls,
  // with no aria-expanded yet, the first of two elements in its item. The
  // button is a closed disclosure's, and its answer stays as a closed
  // panel's does, the button first in its item or in a heading over the
  // answer ("Are the lids dishwasher safe?"). A button that asks nothing
  // ("Care guide"), a question beside more than its panel and a tab
  // (role="tab", which never says aria-expanded) are no FAQ's: their hidden
  // panels still go.
  const std::string faq = BottleFaq([](const std::string& id, const char* q, const char* a) {
    if (id == "faq-2") {
      return "<div class=\"accordion\"><h3><button aria-controls=\"" + id + "\">" + q +
             "</button></h3><div id=\"" + id + "\" hidden><p>" + a + "</p></div></div>";
    }
    return "<div class=\"faq-item\"><button type=\"button\" aria-controls=\"" + id +
           "\"><span>" + q + "</span><svg></svg></button><div id=\"" + id +
           "\" hidden aria-hidden=\"true\"><p>" + a + "</p></div></div>";
  });
  const std::string html = BottlesPage(
      "", "",
      "<div><button aria-controls=\"care\">Care guide</button><div id=\"care\" hidden><p>"
      "Rinse the bottle after every trip and keep it open to dry between uses.</p></div></div>"
      "<div><span>Stuck?</span><button aria-controls=\"chat\">Need a hand?</button>"
      "<div id=\"chat\" hidden><p>Our team answers messages within the hour on working "
      "days.</p></div></div>"
      "<div class=\"tabs\"><button role=\"tab\" aria-controls=\"tab-lids\">Which lids fit "
      "these bottles?</button><div id=\"tab-lids\" hidden><p>Every lid of the older range "
      "screws onto these bottles, apart from the wide sports caps.</p></div></div>",
      faq);
  ExpectKeptAndDropped(html, PageType::kCollection,
                       {"Steel bottle 1", "Which bottle keeps drinks cold the longest?",
                        "Double-walled steel bottles keep water cold", "baking soda",
                        "Are the lids dishwasher safe?", "seals last longer"},
                       {"Care guide", "Rinse the bottle", "Need a hand?", "answers messages",
                        "Every lid of the older range"});
}

TEST(RulesTest, ClosedPanelsThatLinksOpenStay) {
  // A product's ingredients and its care notes in panels hidden until their
  // toggle opens them, a link (Bootstrap's accordion, <a data-toggle=
  // "collapse" aria-expanded="false" aria-controls>): they are the
  // product's text as much as a <button>'s panels are. A link that names no
  // panel (no aria-controls), a hidden box no toggle names, and the menu's
  // closed submenu inside <nav> still go.
  auto page = [](const std::string& toggle_open, const std::string& toggle_close) {
    return "<html><head><title>Cedar beard oil | Example Grooming</title>"
           "<meta property=\"og:type\" content=\"product\"></head><body>"
           "<nav>" + toggle_open + "menu-shop\">Shop" + toggle_close +
           "<div id=\"menu-shop\" style=\"display:none\"><p>Beard oils, balms, washes and "
           "combs for every length of beard, with free delivery on orders over $50.</p></div>"
           "</nav><main><div class=\"product\"><h1>Cedar beard oil</h1><p>A light oil that "
           "softens a coarse beard and calms the skin beneath it, with a scent of cedar and "
           "smoke that lasts the day.</p><p>Each bottle holds thirty millilitres, enough for "
           "three months of daily use on a full beard.</p>"
           "<div class=\"toggle\">" + toggle_open + "ingredients\">View all ingredients" +
           toggle_close + "<div id=\"ingredients\" style=\"display:none\"><p>Jojoba seed "
           "oil, argan kernel oil, castor seed oil, cedarwood oil and vitamin E, pressed cold "
           "and blended by hand.</p></div></div>"
           "<div class=\"toggle\">" + toggle_open + "care\">Care" + toggle_close +
           "<div id=\"care\" style=\"display:none\"><p>Keep the bottle out of the sun and "
           "close it after use; the oil stays fresh for a year once opened.</p></div></div>"
           "<div class=\"note\" style=\"display:none\"><p>Orders placed after noon on a "
           "Friday are sent out on the following Monday morning.</p></div>"
           "</div></main></body></html>";
  };
  // The panels stay whether a link or an element whose role says button
  // opens them.
  const std::pair<std::string, std::string> kToggles[] = {
      {"<a href=\"#\" data-toggle=\"collapse\" aria-expanded=\"false\" aria-controls=\"", "</a>"},
      {"<span role=\"button\" tabindex=\"0\" aria-expanded=\"false\" aria-controls=\"", "</span>"}};
  for (const auto& [open, close] : kToggles) {
    SCOPED_TRACE(open + close);
    ExpectKeptAndDropped(
        page(open, close), PageType::kProduct,
        {"softens a coarse beard", "thirty millilitres", "argan kernel oil", "out of the sun"},
        {"combs for every length", "Friday are sent out"});
  }
  // A link without aria-controls opens nothing the page names: its panel
  // stays hidden.
  ExpectKeptAndDropped(page("<a href=\"#\" aria-expanded=\"false\" data-target=\"", "</a>"),
                       PageType::kProduct, {"softens a coarse beard"},
                       {"argan kernel oil", "out of the sun", "Friday are sent out"});
}

TEST(RulesTest, ClosedPanelsOfListedItemsStay) {
  // A shop's category: its grid of bottles is the region; beside it a list
  // of guides, each a linked title over a summary in a closed panel that
  // the guide's own disclosure button opens. The list joins as items, and
  // each summary stays with its title; a part of a guide hidden with no
  // button to open it (its tags) still goes.
  const std::string tiles = BottleTiles(/*described=*/true);
  const char* const kGuides[][2] = {
      {"How to choose a water bottle", "Steel, plastic or glass: what each is good for."},
      {"Caring for your bottle", "How to wash a bottle and keep it fresh."},
      {"Bottles for long hikes", "How much water to carry on a long day."},
      {"Insulated or not?", "When the extra weight of insulation pays off."},
      {"Filter bottles explained", "Which filters stop bacteria and which stop viruses too."}};
  std::string guides;
  for (int i = 0; i < 5; ++i) {
    const std::string n = std::to_string(i);
    guides += "<div class=\"guide\"><h3><a href=\"/learn/" + n + "\">" + kGuides[i][0] +
              "</a></h3><button aria-expanded=\"false\" aria-controls=\"g" + n +
              "\">Summary</button><div id=\"g" + n + "\" aria-hidden=\"true\"><p>" +
              kGuides[i][1] + "</p></div><div class=\"tags\" hidden><p>Tagged water, guide " +
              n + "</p></div></div>";
  }
  const std::string html =
      "<html><head><title>Water bottles | Trail Shop</title></head><body>"
      "<nav><a href=\"/\">Home</a></nav><div class=\"results\"><h1>Water bottles</h1>"
      "<ul class=\"grid\">" + tiles + "</ul></div><div class=\"guides\"><h2>Our guides</h2>" +
      guides + "</div></body></html>";
  ExpectKeptAndDropped(html, PageType::kCollection,
                       {"Steel bottle 1", "How to choose a water bottle",
                        "Steel, plastic or glass", "stop bacteria and which stop viruses"},
                       {"Tagged water"});
}

TEST(RulesTest, ServiceKeepsItsImageAndCarouselBoxes) {
  // On a service page every section is content: customers' quotes in a
  // slider and a feature's text in an image box stay without a heading of
  // their own; an ad box and a header's phone line go. On an article the
  // same boxes are a photo's credit and a gallery's captions, and go.
  const std::string boxes =
      "<div class=\"testimonial-slider\"><div class=\"slide\"><p>\"They found the leak in "
      "the roof on the first visit and fixed it the same afternoon, for less than we feared."
      "\"</p><p>Maria, Queen Creek</p></div></div>"
      "<div class=\"image-box\"><img src=\"crew.jpg\"><p>Every crew carries the parts for the "
      "common repairs, so most jobs are finished in one visit without a second trip.</p></div>"
      "<div class=\"ad-slot\"><p>Garden furniture at half price this weekend only, in every "
      "store of the region, while stocks last.</p></div>";
  const std::string service =
      "<html><head><title>Roof repair in the valley</title></head><body>"
      "<header class=\"site-header\"><p>Call us: 555 0100</p></header><main>"
      "<section><h2>Roof repair</h2><p>We repair tiled, slate and flat roofs across the valley, "
      "and every repair comes with a written ten year guarantee.</p></section>"
      "<section><h2>Gutters</h2><p>Blocked gutters rot the fascia and flood the walls; we clear "
      "them, fix the joints and fit guards that keep the leaves out.</p></section>"
      "<section><h2>Inspections</h2><p>Before you buy a house, our inspectors check the roof "
      "and the loft and write a report you can take to the seller.</p></section>" +
      boxes + "<section><h2>Prices</h2><p>Inspections start at a fixed price, and repairs are "
      "quoted in writing before any work begins.</p></section></main></body></html>";
  ExpectKeptAndDropped(service, PageType::kService,
                       {"They found the leak in the roof", "most jobs are finished in one visit",
                        "written ten year guarantee", "quoted in writing"},
                       {"Garden furniture", "555 0100"});
  std::string article = Page("", "");
  article.insert(article.find("</article>"), boxes);
  ExpectKeptAndDropped(article, PageType::kArticle, {"The river rose by two metres overnight"},
                       {"They found the leak", "most jobs are finished", "Garden furniture"});
}

// A thread's posts: poster, date, text.
const char* kKayakPosts[][3] = {
    {"rivermouse", "March 3, 2024, 9:15am",
     "I am looking for a first kayak for slow rivers and small lakes, nothing fancy, and I "
     "would like to spend less than five hundred on it. What should I look at first?"},
    {"paddle_ann", "March 3, 2024, 10:02am",
     "For slow water a recreational sit-on-top is the easiest start. They are stable, cheap "
     "to buy second hand, and you can climb back on if you fall off in the middle."},
    {"oldcanoe", "March 4, 2024, 8:40pm",
     "Try a few at a rental place before buying anything. You will learn more in one "
     "afternoon on the water than in a week of reading reviews and forum threads."},
};

// The text of `thread` (the posts' markup) on a page titled as the kayak
// question, after checking that the page reads as a thread.
std::string KayakThreadPageText(const std::string& thread) {
  Result<Article> a = Extract(
      "<html><head><title>Budget for a first kayak?</title></head><body>"
      "<h1>Budget for a first kayak?</h1><div class=\"thread\">" + thread + "</div></body></html>");
  EXPECT_TRUE(a.ok());
  if (!a.ok()) return "";
  EXPECT_EQ(a->page_type, PageType::kForum);
  return a->text;
}

// The text of `thread` (the posts' markup) on a page titled as the kayak
// question, after checking that the page reads as a thread and that each
// post's poster and date (joined by `sep`) stand right above its text.
std::string KayakThreadText(const std::string& thread, const std::string& sep) {
  const std::string text = KayakThreadPageText(thread);
  for (const auto& post : kKayakPosts) {
    EXPECT_NE(text.find(std::string(post[0]) + sep + post[1] + "\n\n" + post[2]),
              std::string::npos) << text;
  }
  return text;
}

// The text of `thread` on the kayak question's page, after checking that
// the page reads as a thread and that each post's poster's name alone
// stands right above its text.
std::string KayakThreadNamesText(const std::string& thread) {
  const std::string text = KayakThreadPageText(thread);
  for (const auto& post : kKayakPosts) {
    EXPECT_NE(text.find(std::string(post[0]) + "\n\n" + post[2]), std::string::npos) << text;
  }
  return text;
}

// The same on a page that declares the thread (Discourse's
// DiscussionForumPosting), each post's poster and date (joined by a space)
// checked right above its text.
std::string DeclaredKayakThreadText(const std::string& thread) {
  Result<Article> a = Extract(
      "<html><head><title>Budget for a first kayak?</title><script type=\"application/ld+json\">"
      "{\"@type\":\"DiscussionForumPosting\"}</script></head><body><h1>Budget for a first "
      "kayak?</h1><div class=\"thread\">" + thread + "</div></body></html>");
  EXPECT_TRUE(a.ok());
  if (!a.ok()) return "";
  EXPECT_EQ(a->page_type, PageType::kForum);
  for (const auto& post : kKayakPosts) {
    EXPECT_NE(a->text.find(std::string(post[0]) + " " + post[1] + "\n\n" + post[2]),
              std::string::npos) << a->text;
  }
  return a->text;
}

TEST(RulesTest, ThreadKeepsEachPostersNameAndDate) {
  // A thread: each post's poster and date stay above its text; the poster's
  // card (a user title, a join date, a post count) goes.
  std::string thread;
  for (const auto& post : kKayakPosts) {
    thread += std::string("<article class=\"post\"><div class=\"card\"><a href=\"/u/") + post[0] +
              "\">" + post[0] + "</a><p>Ultra Member</p><p>Joined: Aug 2008</p></div>"
              "<div class=\"when\">" + post[1] + "</div><div class=\"body\"><p>" + post[2] +
              "</p><p>" + post[2] + "</p></div></article>";
  }
  const std::string text = KayakThreadText(thread, "\n\n");
  EXPECT_EQ(text.find("Ultra Member"), std::string::npos) << text;
  EXPECT_EQ(text.find("Joined"), std::string::npos) << text;
}

TEST(RulesTest, CommentsNamedAfterTheirOwnIdsAreAThreadsPosts) {
  // Old Reddit: each comment's class holds its base-36 id ("id-t1_kx8d7f2",
  // its id "thing_t1_kx8d7f2") beside the names every comment shares, and
  // its text sits in a form of hidden inputs for editing in place. The
  // comments are one template, the thread's posts, under the opening post.
  const char* ids[] = {"kx8d7f2", "ky2q9z4", "kz7m1b8"};
  std::string comments;
  for (std::size_t i = 0; i < std::size(kKayakPosts); ++i) {
    const std::string id = ids[i];
    const std::string poster = kKayakPosts[i][0];
    comments += "<div class=\" thing id-t1_" + id + " noncollapsed comment \" id=\"thing_t1_" + id +
                "\"><div class=\"entry\"><p class=\"tagline\"><a href=\"/user/" + poster +
                "\" class=\"author\">" + poster + "</a> <time datetime=\"2024-03-0" +
                std::to_string(i + 3) + "T09:15:00+00:00\">2 years ago</time></p>"
                "<form action=\"#\" class=\"usertext\"><input type=\"hidden\" name=\"thing_id\" "
                "value=\"t1_" + id + "\"><div class=\"usertext-body\"><div class=\"md\"><p>" +
                kKayakPosts[i][2] + "</p></div></div></form><ul class=\"buttons\"><li><a href=\"/c/" +
                id + "\">permalink</a></li><li><a href=\"#\">reply</a></li></ul></div></div>"
                "<div class=\"clearleft\"></div>";
  }
  const std::string html =
      "<html><head><title>Budget for a first kayak? : kayaks</title></head><body>"
      "<div class=\"side\"><div class=\"md\"><p>A place for paddlers of every kind to talk "
      "boats, trips and gear.</p></div></div><div class=\"content\" role=\"main\">"
      "<div class=\" thing id-t3_abc123 link self\" id=\"thing_t3_abc123\"><p class=\"title\">"
      "<a href=\"/r/kayaks/comments/abc123/\">Budget for a first kayak?</a></p><form action=\"#\" "
      "class=\"usertext\"><input type=\"hidden\" name=\"thing_id\" value=\"t3_abc123\"><div "
      "class=\"md\"><p>I want to start paddling this summer on the river near my home and have "
      "saved a little money for it. Which boats should a beginner look at first?</p></div></form>"
      "</div><div class=\"commentarea\"><div class=\"sitetable nestedlisting\">" + comments +
      "</div></div></div></body></html>";
  ExpectKeptAndDropped(html, PageType::kForum,
                       {"Which boats should a beginner look at first?", kKayakPosts[0][2],
                        kKayakPosts[1][2], kKayakPosts[2][2]},
                       {"A place for paddlers", "permalink"});
}

TEST(RulesTest, ThreadKeepsALineSaidTwiceInARow) {
  // On a thread two blocks in a row may say the same (a member posting the
  // same line twice, a post repeating its point): no copy for another
  // screen, both stay, where on other pages the second would go
  // (DropCopies).
  std::string thread;
  for (const auto& post : kKayakPosts) {
    thread += std::string("<article class=\"post\"><a href=\"/u/") + post[0] + "\">" +
              post[0] + "</a><div class=\"when\">" + post[1] +
              "</div><div class=\"body\"><p>" + post[2] + "</p><p>" + post[2] +
              "</p></div></article>";
  }
  const std::string text = KayakThreadText(thread, "\n\n");
  for (const auto& post : kKayakPosts) EXPECT_EQ(Occurrences(text, post[2]), 2) << text;
}

TEST(RulesTest, ConsentCenterHoldingMostOfThePagesTextGoes) {
  // A short notice beside a cookie preference center whose explanations
  // hold most of the page's text: a box that wraps most of the text is the
  // layout's whatever its class says, but not a consent box; the notice is
  // the page's text.
  std::string center;
  for (const char* purpose : {"Strictly necessary", "Performance", "Functional", "Targeting"}) {
    center += std::string("<p><b>") + purpose + " cookies</b></p><p>These technologies help us "
              "understand how the site is used, which pages visitors reach first and how "
              "often they return, so that we can keep improving the service we offer you. "
              "You can switch them off here at any time.</p>";
  }
  const std::string html =
      "<html><head><title>Ferry timetable change</title></head><body><div class=\"page\">"
      "<h1>Ferry timetable change</h1><p>From Monday the first ferry of the day leaves the "
      "harbour at six instead of seven, as the council agreed last week.</p><p>The last "
      "ferry keeps its time, and the weekend timetable stays as it was for the summer.</p>"
      "</div><div id=\"onetrust-consent-sdk\"><div class=\"pc\"><h3>Privacy Preference "
      "Center</h3>" + center + "</div></div></body></html>";
  ExpectKeptAndDropped(html, PageType::kArticle,
                       {"the first ferry of the day leaves the harbour at six",
                        "The last ferry keeps its time"},
                       {"Privacy Preference Center", "These technologies help us"});
}

// The kayak thread's posts, each a "topic-post" box: a head of the linked
// poster and the date, then a body of two paragraphs.
std::string KayakTopicPosts() {
  std::string thread;
  for (const auto& post : kKayakPosts) {
    thread += std::string("<div class=\"topic-post\"><div class=\"head\"><a href=\"/u/") +
              post[0] + "\">" + post[0] + "</a> <span>" + post[1] +
              "</span></div><div class=\"body\"><p>" + post[2] + "</p><p>" + post[2] +
              "</p></div></div>";
  }
  return thread;
}

TEST(RulesTest, ThreadKeepsTheHeadOfAReplyNestedInAPost) {
  // A threaded view that sets a post's replies inside the post, in a box of
  // its own, each reply a post of the same class (Old Reddit's comments):
  // a lone reply there is a post too, its poster and date kept over its
  // text, its buttons dropped.
  auto post = [](const char* const* p, const std::string& replies) {
    return std::string("<div class=\"comment\"><p class=\"head\"><a href=\"/u/") + p[0] + "\">" +
           p[0] + "</a> <span>" + p[1] + "</span></p><div class=\"md\"><p>" + p[2] +
           "</p></div><ul class=\"buttons\"><li><a href=\"/p/1\">permalink</a></li></ul>"
           "<div class=\"child\">" + replies + "</div></div>";
  };
  const char* last[] = {"lakelady", "March 5, 2024, 7:10am",
                        "Whatever you buy, spend part of the budget on a good paddle and a vest "
                        "that fits. A light paddle makes a cheap boat feel twice as good."};
  const std::string thread = post(kKayakPosts[0], post(kKayakPosts[1], "")) +
                             post(kKayakPosts[2], "") + post(last, "");
  const std::string text = KayakThreadText(thread, " ");
  EXPECT_EQ(text.find("permalink"), std::string::npos) << text;
}

TEST(RulesTest, ThreadKeepsAWebAddressPastedIntoAReply) {
  // A thread whose second reply points to a guide by its web address, the
  // link's words the address itself: a reference the poster pasted into the
  // reply, kept as its text (mostly link, it would go as a menu's line). A
  // line linking by a title ("Kayak buying guide") still counts as links.
  std::string thread = KayakTopicPosts();
  const std::string pasted =
      "<p>Read this first: <a href=\"https://www.paddle.example.org/guides/first-kayak\">"
      "https://www.paddle.example.org/guides/first-kayak</a></p>"
      "<p>More: <a href=\"/shop/guides/kayaks\">Our shop's kayak buying guide</a></p>";
  const std::size_t second = thread.find("<div class=\"topic-post\">", 1);
  thread.insert(thread.find("</div></div>", second), pasted);
  const std::string text = KayakThreadText(thread, " ");
  EXPECT_NE(text.find("Read this first: https://www.paddle.example.org/guides/first-kayak"),
            std::string::npos)
      << text;
  EXPECT_EQ(text.find("Our shop's kayak buying guide"), std::string::npos) << text;
}

TEST(RulesTest, ThreadKeepsAPartsListInAPost) {
  // A post lists the parts of the computer it asks about, one line each,
  // "CPU: <a>product</a> ($price @ shop)", as parts-list sites paste it:
  // more than half its words are links, and it went as a menu would, though each link
  // names what its line tells of. It stays, with the list's credit under it
  // ("Made with <a>...</a>"); a forum's own lines, each a label and a link
  // with nothing after it ("Next topic: <a>...</a>"), still go.
  std::string thread = KayakTopicPosts();
  const std::string parts =
      "<p><b>Kayak:</b> <a href=\"https://parts.example.com/p/1\">Riverside Tour 310 "
      "Sit-On-Top Recreational Kayak</a> ($389.00 @ Paddle Depot)<br><b>Paddle:</b> <a "
      "href=\"https://parts.example.com/p/2\">Aqua Light Touring Carbon Paddle 230 cm</a> "
      "($49.95 @ Lake Shop)<br><b>Vest:</b> <a href=\"https://parts.example.com/p/3\">Float "
      "Pro Touring Buoyancy Vest, Size L</a> ($59.00 @ Paddle Depot)<br>Total: $497.95<br>"
      "Made with <a "
      "href=\"https://parts.example.com/\">Parts Example</a></p>";
  const std::size_t first = thread.find("</div></div>");
  thread.insert(first, parts);
  thread += "<p>Forum: <a href=\"/f/kayaks\">Kayaks and canoes</a><br>Previous topic: <a "
            "href=\"/t/1\">Best paddle length</a><br>Next topic: <a href=\"/t/3\">Roof "
            "racks for small cars</a></p>";
  const std::string text = KayakThreadText(thread, " ");
  EXPECT_NE(text.find("Kayak: Riverside Tour 310 Sit-On-Top Recreational Kayak ($389.00 @ "
                      "Paddle Depot)\nPaddle: Aqua Light Touring Carbon Paddle 230 cm"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("Total: $497.95\nMade with Parts Example"), std::string::npos) << text;
  EXPECT_EQ(text.find("Previous topic"), std::string::npos) << text;
}

TEST(RulesTest, ThreadHeadDropsItsFoldingToggleAndVotes) {
  // Old Reddit's head over each comment: a link of no letters that folds
  // the comment ("[–]"), the poster's linked name, the comment's votes and
  // a relative time dated by its datetime. The head shows the name alone.
  std::string thread;
  for (std::size_t i = 0; i < std::size(kKayakPosts); ++i) {
    const std::string poster = kKayakPosts[i][0];
    thread += "<div class=\"comment\"><p class=\"tagline\"><a href=\"#\">[–]</a><a href=\"/u/" +
              poster + "\">" + poster + "</a> <span>" + std::to_string(12 + i) +
              " points</span> <time datetime=\"2024-03-0" + std::to_string(i + 3) +
              "T09:15:00Z\">2 years ago</time></p><div class=\"md\"><p>" + kKayakPosts[i][2] +
              "</p></div><ul class=\"buttons\"><li><a href=\"/c/" + poster +
              "\">permalink</a></li><li><a href=\"#\">reply</a></li></ul></div>";
  }
  const std::string text = KayakThreadNamesText(thread);
  EXPECT_EQ(text.find("points"), std::string::npos) << text;
  EXPECT_EQ(text.find("permalink"), std::string::npos) << text;
}

TEST(RulesTest, ThreadDropsEachPostsCounters) {
  // A thread: the number of likes under each post and the vote count beside
  // it go; a short line with a number inside a post's text stays, and so do
  // the posts' dates.
  const char* kVotes[] = {"12", "7", "0"};
  std::string thread;
  for (int i = 0; i < 3; ++i) {
    const auto& post = kKayakPosts[i];
    thread += std::string("<div class=\"topic-post\"><div class=\"head\"><a href=\"/u/") +
              post[0] + "\">" + post[0] + "</a> <span>" + post[1] +
              "</span></div><div class=\"votes\">" + kVotes[i] + "</div><div class=\"body\"><p>" +
              post[2] + "</p><p>" + post[2] + "</p></div><div class=\"reactions\">" + kVotes[i] +
              " Likes</div></div>";
  }
  // The first post lists a price on a line of its own.
  const std::string price = "<p>Budget: 450 EUR</p>";
  thread.insert(thread.find("</div><div class=\"reactions\">"), price);
  const std::string text = KayakThreadText(thread, " ");
  EXPECT_NE(text.find("Budget: 450 EUR"), std::string::npos) << text;
  EXPECT_EQ(text.find("Likes"), std::string::npos) << text;
  EXPECT_EQ(text.find("\n12\n"), std::string::npos) << text;
  EXPECT_EQ(text.find("\n7\n"), std::string::npos) << text;
}

// Answers of a Q&A page on moving abroad.
const char* kAnswers[] = {
    "Buy the one-way ticket. Long-haul returns are often cheaper, but a return leg you will "
    "not fly ties you to dates you cannot know yet, and changing it costs more than it saves.",
    "Compare both on the airline's own site first. Some carriers price a one-way at half "
    "a return, others at nearly the full fare, so the answer depends on the route you fly.",
    "When I moved I bought the cheapest one-way with two stops and booked trips home later "
    "as short returns from the new country, which were much cheaper than open tickets.",
};

TEST(RulesTest, ThreadDropsEachPostsEditNotice) {
  // A thread whose posts end with a dated edit notice in one place: the
  // notices go, the posters' names, dates and texts stay.
  std::string thread;
  for (const auto& post : kKayakPosts) {
    thread += std::string("<div class=\"post\"><div class=\"head\"><a href=\"/u/") + post[0] +
              "\">" + post[0] + "</a> <span>" + post[1] + "</span></div><div class=\"body\"><p>" +
              post[2] + "</p><p>" + post[2] + "</p></div><div class=\"edited\">Edited March 5, "
              "2024 by " + post[0] + "</div></div>";
  }
  const std::string text = KayakThreadText(thread, " ");
  EXPECT_EQ(text.find("Edited"), std::string::npos) << text;
}

TEST(RulesTest, ThreadDropsALonePostsEditNotice) {
  // A thread where only the second post was edited: its lone dated notice
  // goes as the posts' would; the posters' names, dates and texts stay.
  std::string thread;
  for (int i = 0; i < 3; ++i) {
    const auto& post = kKayakPosts[i];
    thread += std::string("<div class=\"post\"><div class=\"head\"><a href=\"/u/") + post[0] +
              "\">" + post[0] + "</a> <span>" + post[1] + "</span></div><div class=\"body\"><p>" +
              post[2] + "</p><p>" + post[2] + "</p>" +
              (i == 1 ? "<div class=\"edited\">Last edited: Mar 5, 2024</div>" : "") +
              "</div></div>";
  }
  const std::string text = KayakThreadText(thread, " ");
  EXPECT_EQ(text.find("Last edited"), std::string::npos) << text;
}

TEST(RulesTest, ThreadDropsEachPostersSignatureNamedByDataRole) {
  // A thread whose posts close with their posters' signatures in a box only
  // its data-role names (Invision: data-role="memberSignature" over a class
  // of layout words): the attribute is read as a class or id is, whole
  // tokens, and the signatures go. The posts' text, under a data-role that
  // names no chrome ("commentContent" is read, its "comment" no hint on a
  // thread), and the posters' names and dates stay.
  std::string thread;
  for (const auto& post : kKayakPosts) {
    thread += std::string("<div class=\"post\"><div class=\"head\"><a href=\"/u/") + post[0] +
              "\">" + post[0] + "</a> <span>" + post[1] + "</span></div>"
              "<div class=\"body\" data-role=\"commentContent\"><p>" + post[2] + "</p><p>" +
              post[2] + "</p></div><div data-role=\"memberSignature\" class=\"ipsBorder_top "
              "ipsPadding_vertical\"><p>Message me on the club's chat for more help with boats "
              "and paddles</p><p>Current fleet: a Dagger Katana, a Pyranha Fusion and an old "
              "Old Town canoe for the family trips</p></div></div>";
  }
  const std::string text = KayakThreadText(thread, " ");
  EXPECT_EQ(text.find("Message me"), std::string::npos) << text;
  EXPECT_EQ(text.find("Current fleet"), std::string::npos) << text;
}

TEST(RulesTest, ReferenceKeepsEachMembersDeclarationWordedAsSignature) {
  // An API reference that shows its date (Javadoc: each member's section holds its name in
  // an <h3>, its declaration in a "member-signature" box, then its
  // description): the declaration, between the heading and the text it
  // heads, is the member's, not a poster's signature after a post, and
  // stays with the description.
  std::string members;
  const char* const kMembers[][3] = {
      {"pressure", "public double pressure()",
       "Returns the air pressure read at the last sample, in hectopascals, corrected to the "
       "height of the station above the sea."},
      {"trend", "public Trend trend(int hours)",
       "Returns whether the pressure rose, fell or held over the given number of hours, "
       "read from the samples kept in the station's memory."},
  };
  for (const auto& m : kMembers) {
    members += std::string("<section class=\"detail\"><h3>") + m[0] +
               "</h3><div class=\"member-signature\"><span class=\"modifiers\">" +
               std::string(m[1]).substr(0, 6) + "</span> " + std::string(m[1]).substr(7) +
               "</div><div class=\"block\">" + m[2] + "</div></section>";
  }
  const std::string html =
      "<html><head><title>Barometer (Weatherdeck 3.2 API)</title><meta "
      "property=\"article:published_time\" content=\"2024-05-14\"></head><body><main>"
      "<h1>Class Barometer</h1><p>Generated on 14 May 2024</p><section "
      "class=\"class-description\"><div class=\"block\">"
      "The barometer of one weather station, sampled every ten minutes and kept for a week, "
      "with the station's height read once when it starts.</div></section><section "
      "class=\"method-details\"><h2>Method Details</h2>" +
      members + "</section></main><footer><p>Copyright 2024 Weatherdeck</p></footer></body></html>";
  ExpectKeptAndDropped(html, PageType::kService,
                       {"public double pressure()", "public Trend trend(int hours)",
                        "corrected to the height", "kept in the station's memory"},
                       {"Copyright 2024 Weatherdeck"});
}

// XenForo's thread of the kayak posts, each reply opening by quoting the
// post before (the quotation's first line a link to the quoted post,
// "rivermouse said:", its last a "Click to expand..." button), the quoted
// words `quoted(post)`.
std::string XenforoQuotingThread(const std::function<std::string(const char*)>& quoted) {
  std::string thread;
  for (std::size_t i = 0; i < std::size(kKayakPosts); ++i) {
    const auto& post = kKayakPosts[i];
    std::string quote;
    if (i > 0) {
      quote = std::string(
                  "<blockquote class=\"bbCodeBlock\"><div class=\"bbCodeBlock-title\">"
                  "<a href=\"/goto/post?id=") +
              std::to_string(i) + "\">" + kKayakPosts[i - 1][0] +
              " said:</a></div><div class=\"bbCodeBlock-content\"><div>" +
              quoted(kKayakPosts[i - 1][2]) +
              "</div><div class=\"expandLink\"><a role=\"button\">Click to expand...</a>"
              "</div></div></blockquote>";
    }
    thread += std::string("<article class=\"post\"><div class=\"head\"><a href=\"/u/") + post[0] +
              "\">" + post[0] + "</a> <span>" + post[1] +
              "</span></div>"
              "<div class=\"body\">" +
              quote + "<p>" + post[2] + "</p><p>" + post[2] + "</p></div></article>";
  }
  return thread;
}

TEST(RulesTest, ThreadKeepsTheAttributionOfEachQuote) {
  // Each reply quotes words of the post before that the page does not show
  // (said on an earlier page of the thread): the attribution stays above
  // the quoted lines, as the post's head above its text; the button, a
  // linked line that introduces nothing, still goes.
  const auto earlier = [](const char* words) { return std::string("Back on page one: ") + words; };
  const std::string text = KayakThreadPageText(XenforoQuotingThread(earlier));
  for (std::size_t i = 1; i < std::size(kKayakPosts); ++i) {
    const std::string quoted =
        std::string(kKayakPosts[i - 1][0]) + " said:\n\n" + earlier(kKayakPosts[i - 1][2]);
    EXPECT_NE(text.find(quoted), std::string::npos) << text;
  }
  EXPECT_EQ(text.find("Click to expand"), std::string::npos) << text;
}

TEST(RulesTest, ThreadDropsAQuotationOfAPostItShows) {
  // Each reply quotes the post before in full, and the page shows that
  // post: the quotation says its lines a third time and goes, its
  // attribution with it; the posts themselves stay whole.
  const std::string text = KayakThreadPageText(
      XenforoQuotingThread([](const char* words) { return std::string(words); }));
  for (std::size_t i = 0; i < std::size(kKayakPosts); ++i) {
    const std::string words = kKayakPosts[i][2];
    EXPECT_NE(text.find(words + "\n\n" + words), std::string::npos) << text;
    EXPECT_EQ(text.find(words, text.find(words) + 2 * words.size()), std::string::npos) << text;
    EXPECT_EQ(text.find(std::string(kKayakPosts[i][0]) + " said:"), std::string::npos) << text;
  }
}

TEST(RulesTest, ThreadDropsTheLabelBeforeEachPostersName) {
  // phpBB heads each post "by <name> » <date>" after a permalink icon whose
  // word is hidden: one word of the template before the poster's linked
  // name, a separator of no letters after it. The word goes, the name and
  // date stay. Without the separator ("by <name> <date>") the line is left
  // as it is.
  for (const char* separator : {" &raquo; ", " "}) {
    std::string thread;
    for (std::size_t i = 0; i < std::size(kKayakPosts); ++i) {
      const auto& post = kKayakPosts[i];
      thread += std::string("<div class=\"post\"><p class=\"author\"><a href=\"#p") +
                std::to_string(i) +
                "\"><span class=\"sr-only\">Post</span></a><span>by "
                "<strong><a href=\"/u/" +
                post[0] + "\">" + post[0] + "</a></strong>" + separator + "</span><time>" +
                post[1] + "</time></p><div class=\"content\"><p>" + post[2] + "</p><p>" + post[2] +
                "</p></div></div>";
    }
    const std::string text = KayakThreadPageText(thread);
    const bool marked = std::string(separator) != " ";
    for (const auto& post : kKayakPosts) {
      const std::string head = std::string(post[0]) + (marked ? " » " : " ") + post[1];
      EXPECT_NE(text.find((marked ? "" : "by ") + head + "\n\n" + post[2]), std::string::npos)
          << text;
      if (marked) {
        EXPECT_EQ(text.find("by " + head), std::string::npos) << text;
      }
    }
  }
}

// phpBB's quotation of post `n` of the kayak thread: cited with its poster
// and its date, "rivermouse wrote: March 3, 2024, 9:15am".
std::string PhpbbQuoteOf(std::size_t n) {
  const auto& quoted = kKayakPosts[n];
  return std::string("<blockquote><div><cite><a href=\"/u/") + quoted[0] + "\">" + quoted[0] +
         "</a> wrote: <a href=\"#p" + std::to_string(n) + "\">" + quoted[1] + "</a></cite><p>" +
         quoted[2] + "</p></div></blockquote>";
}

TEST(RulesTest, ThreadDatesEachReplyByItsHeadNotByTheQuoteItOpensWith) {
  // phpBB: each reply opens its text by quoting the post before, the
  // quotation cited with the quoted post's poster and date ("rivermouse
  // wrote: March 3, 2024, 9:15am"), after the reply's own head "by
  // paddle_ann » March 3, 2024, 10:02am". The reply's head heads it, shown
  // from the name on; the citation is the quotation's.
  std::string thread;
  for (std::size_t i = 0; i < std::size(kKayakPosts); ++i) {
    const auto& post = kKayakPosts[i];
    thread += std::string(
                  "<div class=\"post\"><p class=\"author\"><span>by <strong><a "
                  "href=\"/u/") +
              post[0] + "\">" + post[0] + "</a></strong> &raquo; </span><time>" + post[1] +
              "</time></p><div class=\"content\">" + (i > 0 ? PhpbbQuoteOf(i - 1) : "") + "<p>" +
              post[2] + "</p><p>" + post[2] + "</p></div></div>";
  }
  const std::string text = KayakThreadPageText(thread);
  for (const auto& post : kKayakPosts) {
    EXPECT_NE(text.find(std::string(post[0]) + " » " + post[1]), std::string::npos) << text;
  }
}

TEST(RulesTest, ThreadKeepsThePostersNameBeforeALinkThatIsNoName) {
  // A head line opened by the poster's plain name, one word, before a link
  // that is no name: the post's number ("rivermouse #1 » March 3, 2024"),
  // or the date itself, a permalink ("rivermouse March 3, 2024 · #1"). The
  // word before the link is the poster, not a label of the template, and
  // stays (the post's number after the date goes, NumberAfterDate).
  const auto number = [](std::size_t i, const char* const* post) {
    return std::string(post[0]) + " <a href=\"#p" + std::to_string(i) + "\">#" +
           std::to_string(i + 1) + "</a> &raquo; <time>" + post[1] + "</time>";
  };
  const auto permalink = [](std::size_t i, const char* const* post) {
    return std::string(post[0]) + " <a href=\"#p" + std::to_string(i) + "\"><time>" + post[1] +
           "</time></a> &middot; <span>#" + std::to_string(i + 1) + "</span>";
  };
  for (bool linked_date : {false, true}) {
    std::string thread;
    for (std::size_t i = 0; i < std::size(kKayakPosts); ++i) {
      const auto& post = kKayakPosts[i];
      thread += std::string("<article class=\"post\"><div class=\"head\">") +
                (linked_date ? permalink(i, post) : number(i, post)) +
                "</div><div class=\"body\"><p>" + post[2] + "</p><p>" + post[2] +
                "</p></div></article>";
    }
    const std::string text = KayakThreadPageText(thread);
    for (std::size_t i = 0; i < std::size(kKayakPosts); ++i) {
      const auto& post = kKayakPosts[i];
      const std::string n = "#" + std::to_string(i + 1);
      const std::string head =
          std::string(post[0]) + " " +
          (linked_date ? std::string(post[1]) : n + " » " + post[1]);
      EXPECT_NE(text.find(head + "\n\n" + post[2]), std::string::npos) << head << "\n" << text;
    }
  }
}

TEST(RulesTest, ThreadDropsTheRemarkAfterEachPostsDate) {
  // Invision closes an edited post's date with "(edited)" in a box of its
  // own: a remark of one word in parentheses after the date of a post's
  // head. The date stays without it.
  std::string thread;
  for (std::size_t i = 0; i < std::size(kKayakPosts); ++i) {
    const auto& post = kKayakPosts[i];
    thread += std::string("<div class=\"post\"><div class=\"head\"><a href=\"/u/") + post[0] +
              "\">" + post[0] + "</a></div><div class=\"meta\"><span>" + post[1] + "</span>" +
              (i != 1 ? " <span>(edited)</span>" : "") + "</div><div class=\"body\"><p>" + post[2] +
              "</p><p>" + post[2] + "</p></div></div>";
  }
  const std::string text = KayakThreadText(thread, "\n\n");
  EXPECT_EQ(text.find("edited"), std::string::npos) << text;
}

TEST(RulesTest, ThreadShowsEachPostsDateInOneForm) {
  // Invision writes a post's date twice in its <time>, a long form and a
  // short one ("March 3, 2024, 9:15am" and "2 yr"), one shown at a time by
  // its style sheet: the head shows the date once, under the poster's name.
  std::string thread;
  for (const auto& post : kKayakPosts) {
    thread += std::string("<div class=\"post\"><div class=\"head\"><a href=\"/u/") + post[0] +
              "\">" + post[0] + "</a></div><div class=\"meta\"><time datetime=\"2024-03-03\">"
              "<span class=\"long\">" + post[1] + "</span><span class=\"short\">2 yr</span>"
              "</time></div><div class=\"body\"><p>" + post[2] + "</p><p>" + post[2] +
              "</p></div></div>";
  }
  const std::string text = KayakThreadText(thread, "\n\n");
  EXPECT_EQ(text.find("yr"), std::string::npos) << text;
}

TEST(RulesTest, ThreadDatedByItsTimesAttributeKeepsEachPostersName) {
  // Lemmy, Reddit and Hacker News write a post's time as relative words
  // ("3h") in a <time> whose datetime attribute gives the moment: the head
  // "rivermouse · 3h" is the post's dated head, and its poster's name stays
  // over its text, without the relative words (stale once the page is
  // stored).
  const char* ago[] = {"3h", "2h", "45m"};
  const char* moments[] = {"2024-03-03T09:15:00Z", "2024-03-03T10:02:00Z", "2024-03-03T11:40:00Z"};
  std::string thread;
  for (std::size_t i = 0; i < std::size(kKayakPosts); ++i) {
    const auto& post = kKayakPosts[i];
    thread += std::string("<div class=\"post\"><div class=\"head\"><a href=\"/u/") + post[0] +
              "\">" + post[0] + "</a> · <time datetime=\"" + moments[i] + "\">" + ago[i] +
              "</time></div><div class=\"body\"><p>" + post[2] + "</p><p>" + post[2] +
              "</p></div></div>";
  }
  const std::string text = KayakThreadPageText(thread);
  for (std::size_t i = 0; i < std::size(kKayakPosts); ++i) {
    EXPECT_NE(text.find(std::string(kKayakPosts[i][0]) + "\n\n" + kKayakPosts[i][2]),
              std::string::npos) << text;
    EXPECT_EQ(text.find(ago[i]), std::string::npos) << text;
  }
}

TEST(RulesTest, ThreadDatedByEmptyTitledTimesKeepsEveryPost) {
  // NodeBB's thread: each post's time an empty element whose title gives the
  // moment, filled in as "2 hours ago" by a script (<a class="timeago"
  // title="...">), in a box of its own under the poster's linked name; the
  // opening post classed as its writer's ("topic-owner-post"), the replies
  // not. The empty time dates the name's line: every post stays, its
  // poster's name over its text.
  std::string thread = "<ul component=\"topic\" class=\"posts timeline\">";
  for (std::size_t i = 0; i < std::size(kKayakPosts); ++i) {
    const auto& post = kKayakPosts[i];
    thread += std::string("<li component=\"post\" class=\"pt-4") +
              (i == 0 ? " topic-owner-post" : "") + "\" itemprop=\"comment\" itemscope "
              "itemtype=\"http://schema.org/Comment\"><div class=\"post-header\"><a href=\"/user/" +
              post[0] + "\">" + post[0] + "</a><div class=\"d-flex gap-1\"><span class=\"text-muted\">"
              "<a href=\"/post/" + std::to_string(i) + "\" class=\"timeago\" title=\"2024-03-0" +
              std::to_string(i + 3) + "T09:15:00.000Z\"></a></span></div></div><div class=\"content\">"
              "<p>" + post[2] + "</p><p>" + post[2] + "</p></div><div class=\"post-footer\">"
              "<a href=\"#\">Reply</a> <a href=\"#\">Quote</a></div></li>";
  }
  thread += "</ul>";
  const std::string text = KayakThreadNamesText(thread);
  EXPECT_EQ(text.find("Reply"), std::string::npos) << text;
}

TEST(RulesTest, ThreadHeadDatedByAnEmptyTimeShowsThePosterOnly) {
  // NodeBB's post head: the poster's linked name, then the member's group
  // badges (links), a note of the member's rank and the link to the post
  // replied to ("@rivermouse"), then an empty <span class="timeago" title>
  // the script fills in. The line shows nothing of its date: it shows the
  // poster's name alone over the text.
  std::string thread = "<ul component=\"topic\" class=\"posts\">";
  for (std::size_t i = 0; i < std::size(kKayakPosts); ++i) {
    const auto& post = kKayakPosts[i];
    thread += std::string("<li component=\"post\" class=\"pt-4\"><div class=\"post-header\">"
                          "<small><div><strong><a href=\"/user/") +
              post[0] + "\">" + post[0] + "</a></strong> <a href=\"/groups/paddlers\" class=\"badge\">"
              "<span class=\"badge-text\">Paddler</span></a> <a href=\"/groups/moderators\" "
              "class=\"badge\"><span class=\"badge-text\">Moderator</span></a> " +
              (i == 0 ? std::string("<span>| <span class=\"premium-user\">Premium</span></span>")
                      : std::string("<a component=\"post/parent\" href=\"/post/0\">@") +
                            kKayakPosts[0][0] + "</a>") +
              " <span><a class=\"permalink\" href=\"/post/" + std::to_string(i) +
              "\"><span class=\"timeago\" title=\"2024-03-0" + std::to_string(i + 3) +
              "T09:15:00.000Z\"></span></a></span></div></small></div><div class=\"content\">"
              "<p>" + post[2] + "</p><p>" + post[2] + "</p></div></li>";
  }
  thread += "</ul>";
  const std::string text = KayakThreadNamesText(thread);
  EXPECT_EQ(text.find("Moderator"), std::string::npos) << text;
  EXPECT_EQ(text.find("Premium"), std::string::npos) << text;
  EXPECT_EQ(text.find("@"), std::string::npos) << text;
}

TEST(RulesTest, ThreadLineDatedByAnEmptyTimeUnderTheNameGoes) {
  // NodeBB Harmony's post head: the poster's linked name and a linked badge
  // of the member's group, then in a box of its own "wrote" (or "replied to
  // @rivermouse") before an empty <a class="timeago" title> the script fills
  // in. That line shows nothing of the post's date: the poster's name alone
  // heads the text, without the badge.
  std::string thread = "<ul component=\"topic\" class=\"posts timeline\">";
  for (std::size_t i = 0; i < std::size(kKayakPosts); ++i) {
    const auto& post = kKayakPosts[i];
    const std::string verb = i == 2 ? std::string("replied to <a component=\"post/parent\" "
                                                  "href=\"/post/0\">@") + kKayakPosts[0][0] + "</a>"
                                    : std::string("wrote");
    thread += std::string("<li component=\"post\" class=\"pt-4\"><div class=\"post-header\">"
                          "<div class=\"d-flex gap-1\"><a class=\"fw-bold\" href=\"/user/") +
              post[0] + "\">" + post[0] + "</a> <a href=\"/groups/paddlers\" class=\"badge\">"
              "<span class=\"badge-text\">Paddler</span></a></div><div class=\"d-flex gap-1\">"
              "<span class=\"text-muted\">" + verb + " <a href=\"/post/" + std::to_string(i) +
              "\" class=\"timeago\" title=\"2024-03-0" + std::to_string(i + 3) +
              "T09:15:00.000Z\"></a></span></div></div><div class=\"content\"><p>" + post[2] +
              "</p><p>" + post[2] + "</p></div></li>";
  }
  thread += "</ul>";
  const std::string text = KayakThreadNamesText(thread);
  EXPECT_EQ(text.find("wrote"), std::string::npos) << text;
  EXPECT_EQ(text.find("replied"), std::string::npos) << text;
  EXPECT_EQ(text.find("Paddler"), std::string::npos) << text;
}

TEST(RulesTest, ThreadWhoseEveryPostIsWordedAsACommentIsAThread) {
  // An issue tracker's thread (GitHub's issue page): every post, the
  // opening one too, a "js-comment-container" box, its head a menu of the
  // post's actions, then the poster's linked name and the date's
  // <relative-time>, its text in a
  // "comment-body", a call to sign in to comment under the last. The
  // page's text opens in the boxes worded as comments: they are the
  // thread, not an article's comments, and its posts stay with their
  // heads; the call goes.
  std::string thread;
  for (std::size_t i = 0; i < std::size(kKayakPosts); ++i) {
    const auto& post = kKayakPosts[i];
    thread += std::string("<div class=\"TimelineItem js-comment-container\"><div "
                          "class=\"timeline-comment-group\"><div class=\"timeline-comment "
                          "comment\"><div class=\"timeline-comment-header\"><div "
                          "class=\"timeline-comment-actions\"><details><summary "
                          "aria-label=\"Show options\"></summary><details-menu><button>Quote "
                          "reply</button><a href=\"/report\">Report content</a></details-menu>"
                          "</details></div><h3 class=\"timeline-comment-header-text\"><strong><a "
                          "class=\"author\" href=\"/") +
              post[0] + "\">" + post[0] + "</a></strong> <a href=\"#issuecomment-" +
              std::to_string(i) + "\"><relative-time datetime=\"2024-03-0" +
              std::to_string(i + 3) + "T09:15:00Z\">" + post[1] +
              "</relative-time></a></h3></div><table><tr><td class=\"comment-body markdown-body "
              "js-comment-body\"><p>" +
              post[2] + "</p><p>" + post[2] + "</p></td></tr></table></div></div></div>";
  }
  thread += "<div class=\"flash\">Sign up for free to join this conversation. Already have an "
            "account? <a href=\"/login\">Sign in to comment</a></div>";
  const std::string text = KayakThreadText(thread, " ");
  EXPECT_EQ(text.find("Sign up for free"), std::string::npos) << text;
}

// A Vanilla thread of the kayak posts: the opening post in a box of its
// own ("ItemDiscussion"), the replies in a list worded as comments
// ("MessageList DataList Comments"), the i-th reply's item classed
// `classes[i]`; its text, checked as KayakThreadText checks it.
std::string VanillaKayakThreadText(const char* const* classes) {
  auto head = [](const char* name, const char* date) {
    return std::string("<div class=\"Item-Header\"><div class=\"AuthorWrap\"><span "
                       "class=\"Author\"><a href=\"/profile/") +
           name + "\" class=\"Username\">" + name +
           "</a></span></div><div class=\"Meta\"><span class=\"MItem DateCreated\"><a "
           "href=\"#\" class=\"Permalink\"><time>" + date + "</time></a></span></div></div>";
  };
  std::string thread = "<div class=\"MessageList Discussion\"><div class=\"Item ItemDiscussion\">" +
                       head("kayakfan", "March 2, 2024, 8:00am") +
                       "<div class=\"Item-Body\"><div class=\"Message userContent\"><p>Which "
                       "kayak should a beginner buy for slow rivers, and how much should it "
                       "cost?</p></div></div></div></div><h2 class=\"CommentHeading\">Comments</h2>"
                       "<ul class=\"MessageList DataList Comments\">";
  for (std::size_t i = 0; i < std::size(kKayakPosts); ++i) {
    const auto& post = kKayakPosts[i];
    thread += std::string("<li class=\"") + classes[i] + "\"><div class=\"Comment\">" +
              head(post[0], post[1]) +
              "<div class=\"Item-Body\"><div class=\"Message userContent\"><p>" + post[2] +
              "</p></div><div class=\"Reactions\"><a href=\"#\">Quote</a> <a "
              "href=\"#\">Flag</a></div></div></div></li>";
  }
  thread += "</ul>";
  return KayakThreadText(thread, "\n\n");
}

TEST(RulesTest, ThreadWhoseRepliesAreWordedAsCommentsIsAThread) {
  // A forum's thread (Vanilla's): every post's text in a box of one
  // template ("Message userContent"), the opening post's too, where an
  // article's comment section holds its comments' text in boxes of their
  // own. The replies are the thread's: the page reads as one, each reply
  // with its poster and date.
  const char* const classes[] = {"Item ItemComment", "Item ItemComment", "Item ItemComment"};
  const std::string text = VanillaKayakThreadText(classes);
  EXPECT_NE(text.find("Which kayak should a beginner buy"), std::string::npos) << text;
  EXPECT_EQ(text.find("Flag"), std::string::npos) << text;
}

TEST(RulesTest, ThreadRepliesOfOneTagClassedApartAreStillPosts) {
  // Vanilla classes each reply by its stripe, its poster's rank and
  // whether he opened the thread: no two of a short thread's replies are
  // classed alike. Every item of the list holds a dated post: each keeps
  // its poster and date.
  const char* const classes[] = {"Item Alt ItemComment", "Item ItemComment Rank-Admin",
                                 "Item Alt ItemComment isOriginalPoster"};
  VanillaKayakThreadText(classes);
}

TEST(RulesTest, ThreadDropsTheMenuOverAPostersDatedLine) {
  // Each post's head a menu of the post's actions, one short link ("Report
  // content" beside a closed "Quote reply" menu), over the line of the
  // poster's linked name, a verb and the date: the line opened by the
  // name names the poster, and the menu, short and linked as a name reads,
  // goes.
  std::string thread;
  for (std::size_t i = 0; i < std::size(kKayakPosts); ++i) {
    const auto& post = kKayakPosts[i];
    thread += std::string("<div class=\"post\"><div class=\"actions\"><details><summary>...</summary>"
                          "<button>Quote reply</button></details><a href=\"/report/") +
              std::to_string(i) + "\">Report content</a></div><div class=\"head\"><a href=\"/u/" +
              post[0] + "\">" + post[0] + "</a> commented <a href=\"#c" + std::to_string(i) +
              "\">" + post[1] + "</a></div><div class=\"body\"><p>" + post[2] + "</p><p>" + post[2] +
              "</p></div></div>";
  }
  const std::string text = KayakThreadText(thread, " commented ");
  EXPECT_EQ(text.find("Report content"), std::string::npos) << text;
}

TEST(RulesTest, ThreadDropsTheLetterAvatarBeforeEachPostersName) {
  // Flarum shows a member without a picture by the initial of his name,
  // set in the link to his profile before the name ("<a><span
  // class=Avatar>R</span> <span>rivermouse</span></a>"): the initial goes,
  // the name and date stay over each post.
  std::string thread;
  for (const auto& post : kKayakPosts) {
    const std::string name = post[0];
    const char initial[] = {static_cast<char>(name[0] - 'a' + 'A'), '\0'};
    thread += std::string("<article class=\"Post CommentPost\"><header class=\"Post-header\"><ul><li "
                          "class=\"item-user\"><h3 class=\"PostUser-name\"><a href=\"/u/") +
              name + "\"><span class=\"Avatar\">" + initial + "</span> <span class=\"username\">" +
              name + "</span></a></h3></li><li class=\"item-meta\"><time datetime=\"2024-03-03\">" +
              post[1] + "</time></li></ul></header><div class=\"Post-body\"><p>" + post[2] +
              "</p><p>" + post[2] + "</p></div></article>";
  }
  const std::string text = KayakThreadText(thread, "\n\n");
  for (const auto& post : kKayakPosts) {
    const std::string name = post[0];
    EXPECT_EQ(text.find(std::string(1, static_cast<char>(name[0] - 'a' + 'A')) + " " + name),
              std::string::npos)
        << text;
  }
}

TEST(RulesTest, ThreadDropsTheLabelOfTheRepliesOrder) {
  // A Q&A thread (Microsoft Q&A's, Apple's community) sets a picker of the
  // answers' order between the question and its answers: "Sort by:" and
  // its <select> go, the question and the answers stay.
  std::string thread =
      "<div class=\"question\"><div><a href=\"/u/kayakfan\">kayakfan</a></div><div><time>March "
      "2, 2024, 8:00am</time></div><div class=\"content\"><p>Which kayak should a beginner buy "
      "for slow rivers, and how much should it cost?</p></div></div><section "
      "class=\"answers\"><h2>3 answers</h2><div class=\"sort\">Sort by: <select><option>Most "
      "helpful</option><option>Newest</option></select></div><ul>";
  for (const auto& post : kKayakPosts) {
    thread += std::string("<li class=\"answer\"><div class=\"vote\"><span>2</span> people "
                          "found this answer helpful.</div><div><a href=\"/u/") +
              post[0] + "\">" + post[0] + "</a></div><div><time>" + post[1] +
              "</time></div><div class=\"content\"><p>" + post[2] + "</p></div></li>";
  }
  thread += "</ul></section>";
  const std::string text = KayakThreadText(thread, "\n\n");
  EXPECT_NE(text.find("Which kayak should a beginner buy"), std::string::npos) << text;
  EXPECT_EQ(text.find("Sort by"), std::string::npos) << text;
}

TEST(RulesTest, CommentTreeInATableDatedByTitlesIsAThread) {
  // Hacker News' item page: each comment a table row, its head "rivermouse
  // 2 hours ago | parent | next [–]" one line, the time's moment in the
  // title of the <span> around "2 hours ago", the vote arrow and the
  // "reply" link around the text. The line dated by its title is the
  // poster's line of a post, whatever its length: the page reads as a
  // thread, each poster's name over the comment, the relative time gone.
  std::string thread = "<table class=\"comment-tree\">";
  for (std::size_t i = 0; i < std::size(kKayakPosts); ++i) {
    const auto& post = kKayakPosts[i];
    const std::string id = std::to_string(i);
    thread += "<tr class=\"athing comtr\" id=\"" + id + "\"><td><table><tr><td class=\"ind\">"
              "<img src=\"s.gif\" width=\"0\"></td><td class=\"votelinks\"><a href=\"vote?id=" +
              id + "\"><div class=\"votearrow\" title=\"upvote\"></div></a></td><td class=\"default\">"
              "<div><span class=\"comhead\"><a href=\"user?id=" + post[0] + "\" class=\"hnuser\">" +
              post[0] + "</a> <span class=\"age\" title=\"2024-03-03T09:15:00 1709457300\"><a href=\"item?id=" +
              id + "\">2 hours ago</a></span> <span class=\"navs\"> | <a href=\"#\">parent</a> | "
              "<a href=\"#\">next</a> <a class=\"togg\" href=\"#\">[–]</a></span></span></div><br>"
              "<div class=\"comment\"><div class=\"commtext c00\">" + post[2] + " " + post[2] +
              "</div><div class=\"reply\"><p><font size=\"1\"><u><a href=\"reply?id=" + id +
              "\">reply</a></u></font></p></div></div></td></tr></table></td></tr>";
  }
  thread += "</table>";
  const std::string text = KayakThreadNamesText(thread);
  EXPECT_EQ(text.find("hours ago"), std::string::npos) << text;
  EXPECT_EQ(text.find("reply"), std::string::npos) << text;
}

TEST(RulesTest, ThreadWhosePostsOpenWithTheirDateRowDropsTheirNumbers) {
  // vBulletin's thread: an <ol> of posts, each <li> opening with its date's
  // row, the date then the post's number linked ("03-04-2024, 10:15 AM
  // #1"), then the poster's card (the name, the member's title, the join
  // date and the count of posts) and the text. The date stands before the
  // poster's name: the name then the date stay over the text (as other
  // threads' heads read), without the post's number after the date nor the
  // list's number before it; the rest of the card goes.
  const char* posts[][3] = {
      {"03-04-2024, 10:15 AM", "rivermouse", kKayakPosts[0][2]},
      {"03-04-2024, 02:02 PM", "paddle_ann", kKayakPosts[1][2]},
      {"03-05-2024, 08:40 AM", "oldcanoe", kKayakPosts[2][2]},
  };
  std::string thread;
  for (std::size_t i = 0; i < std::size(posts); ++i) {
    const std::string n = std::to_string(i + 1);
    thread += std::string("<li class=\"postbitlegacy postcontainer\" id=\"post_") + n +
              "\">\n<div class=\"posthead\">\n<span class=\"postdate old\">" + posts[i][0] +
              "</span>\n<span class=\"nodecontrols\"><a href=\"#post" + n +
              "\" class=\"postcounter\">#" + n + "</a></span>\n</div>\n<div class=\"postdetails\">"
              "<div class=\"userinfo\"><div class=\"username_container\"><a class=\"username\" "
              "href=\"/member.php?u=" + n + "\"><strong>" + posts[i][1] + "</strong></a></div>"
              "<span class=\"usertitle\">Junior Member</span><dl class=\"userinfo_extra\"><dt>Join "
              "Date</dt><dd>Mar 2009</dd><dt>Posts</dt><dd>412</dd></dl></div><div class=\"postbody\">"
              "<div class=\"content\"><blockquote class=\"postcontent restore\">" + posts[i][2] +
              "</blockquote></div></div></div>\n<div class=\"postfoot\"><a class=\"quote\" "
              "href=\"/newreply.php?p=" + n + "\">Reply With Quote</a></div>\n</li>\n";
  }
  Result<Article> a = Extract(
      "<html><head><title>Budget for a first kayak? - Paddling Forums</title></head><body>"
      "<div id=\"navbar\"><a href=\"/\">Home</a> <a href=\"/forum.php\">Forums</a></div>"
      "<div id=\"postlist\"><h1>Budget for a first kayak?</h1><ol id=\"posts\" class=\"posts\">" +
      thread + "</ol></div><div id=\"footer\"><p>Paddling Forums, all rights reserved</p></div>"
      "</body></html>");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->page_type, PageType::kForum);
  for (const auto& post : posts) {
    EXPECT_NE(a->text.find(std::string(post[1]) + "\n\n" + post[0] + "\n\n" + post[2]),
              std::string::npos) << a->text;
  }
  for (const char* chrome : {"#1", "#2", "1. ", "2. ", "Junior Member", "Join Date", "412",
                             "Reply With Quote"}) {
    EXPECT_EQ(a->text.find(chrome), std::string::npos) << "kept \"" << chrome << "\": " << a->text;
  }
}

TEST(RulesTest, ThreadDropsEachPostersSignatureUnderItsRule) {
  // vBulletin 3 lays each post out as a table: the date's row, the poster's
  // card beside the post's box, and in that box the message then the
  // poster's signature, opened by a rule of underscores
  // ("__________________") in a <div> of no class. The signature goes, with
  // the rest of its box; so does one written in the message's own block
  // after a line break (phpBB 2), the message's lines before it staying.
  auto thread = [](bool one_block) {
    std::string posts;
    for (std::size_t i = 0; i < std::size(kKayakPosts); ++i) {
      const auto& post = kKayakPosts[i];
      const std::string n = std::to_string(i + 1);
      const std::string signature =
          "__________________<br>Paddle on, and wear a buoyancy aid every time you go out.";
      posts += std::string("<table class=\"tborder\" id=\"post") + n + "\"><tr><td class=\"thead\">" +
               post[1] + "</td><td class=\"thead\">#<a href=\"/showpost.php?p=" + n + "\">" + n +
               "</a></td></tr><tr><td class=\"alt2\"><div><a class=\"bigusername\" href=\"/u/" +
               post[0] + "\">" + post[0] + "</a></div><div class=\"smallfont\">Join Date: Mar 2009"
               "</div></td><td class=\"alt1\"><div id=\"post_message_" + n + "\">" + post[2] +
               (one_block ? "<br>" + signature + "</div>" : "</div><div>" + signature + "</div>") +
               "</td></tr></table>";
    }
    return posts;
  };
  for (bool one_block : {false, true}) {
    SCOPED_TRACE(one_block);
    Result<Article> a = Extract(
        "<html><head><title>Budget for a first kayak?</title></head><body><h1>Budget for a first "
        "kayak?</h1><div id=\"posts\">" + thread(one_block) + "</div></body></html>");
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->page_type, PageType::kForum);
    for (const auto& post : kKayakPosts) {
      EXPECT_NE(a->text.find(std::string(post[0]) + "\n\n" + post[1] + "\n\n" + post[2]),
                std::string::npos) << a->text;
    }
    EXPECT_EQ(a->text.find("_____"), std::string::npos) << a->text;
    EXPECT_EQ(a->text.find("buoyancy aid"), std::string::npos) << a->text;
  }
}

TEST(RulesTest, ThreadKeepsAWritersOwnDividerOfUnderscores) {
  // A line of underscores in one post only is its writer's divider, not a
  // signature's rule: the text after it is the post's and stays, whether
  // the rule is a line in the message's block or a paragraph of its own.
  // (The same rule recurring under two posts or more is the forum's
  // signature separator: ThreadDropsEachPostersSignatureUnderItsRule.)
  for (bool one_block : {false, true}) {
    SCOPED_TRACE(one_block);
    std::string posts;
    for (std::size_t i = 0; i < std::size(kKayakPosts); ++i) {
      const auto& post = kKayakPosts[i];
      const std::string n = std::to_string(i + 1);
      std::string message = std::string("<p>") + post[2] + "</p>";
      if (i == 1) {
        message += one_block ? "<p>Edit after a week on the water:<br>______________<br>The sit-on-top "
                               "was fine, but buy a proper paddle with it, not the cheap one.</p>"
                             : "<p>Edit after a week on the water:</p><p>______________</p><p>The "
                               "sit-on-top was fine, but buy a proper paddle with it, not the cheap "
                               "one.</p>";
      }
      posts += std::string("<table class=\"tborder\" id=\"post") + n + "\"><tr><td class=\"thead\">" +
               post[1] + "</td></tr><tr><td class=\"alt2\"><div><a class=\"bigusername\" href=\"/u/" +
               post[0] + "\">" + post[0] + "</a></div></td><td class=\"alt1\"><div id=\"post_message_" +
               n + "\">" + message + "</div></td></tr></table>";
    }
    const std::string text = KayakThreadPageText(posts);
    EXPECT_NE(text.find("buy a proper paddle with it"), std::string::npos) << text;
    for (const auto& post : kKayakPosts) EXPECT_NE(text.find(post[2]), std::string::npos) << text;
  }
}

// Post `i` of the kayak thread as SMF sets it: the poster's card, the
// title's reply heading, `date` (markup) under it, `message` (markup) as
// the post's text.
std::string SmfKayakPost(std::size_t i, const std::string& date, const std::string& message) {
  const auto& post = kKayakPosts[i];
  const std::string n = std::to_string(i + 1);
  return std::string("<div class=\"windowbg") + (i % 2 ? "2" : "") +
         "\"><div class=\"post_wrapper\"><div class=\"poster\"><h4><a href=\"/u/" + post[0] +
         "\">" + post[0] +
         "</a></h4><ul><li class=\"membergroup\">Newbie</li><li "
         "class=\"postcount\">Posts: 12</li></ul></div><div class=\"postarea\"><div "
         "class=\"keyinfo\"><h5><a href=\"/topic/1.msg" +
         n + "\">" + (i ? "Re: " : "") +
         "Budget for a first kayak?</a></h5><div class=\"smalltext\">" + date +
         "</div></div><div class=\"post\"><div class=\"inner\" id=\"msg_" + n + "\">" + message +
         "</div></div></div></div></div>";
}

TEST(RulesTest, ThreadsHeadingWithItsViewCounterRepeatsTheTitle) {
  // SMF sets the thread's title over its posts with a view counter closing
  // it, a label before it or not ("Author Topic: Budget for a first kayak?
  // (Read 4306 times)"): the title repeated, it goes as the bare title
  // does, and the counter with it. A heading in a post whose words are no
  // title keeps its parenthesised figures ("Week two (12 km)").
  for (const char* label : {"<span id=\"author\">Author</span> Topic: ", ""}) {
    SCOPED_TRACE(label);
    std::string posts;
    for (std::size_t i = 0; i < std::size(kKayakPosts); ++i) {
      posts += SmfKayakPost(
          i, kKayakPosts[i][1],
          std::string("<p>") + kKayakPosts[i][2] + "</p>" +
              (i == 2 ? "<h4>Week two (12 km)</h4><p>After a week on the lake the rented "
                        "sit-on-top still felt stable in the wind.</p>"
                      : ""));
    }
    // No <h1>: the thread's heading is the only one naming it.
    Result<Article> a = Extract(
        std::string("<html><head><title>Budget for a first kayak?</title></head><body><div "
                    "id=\"header\">Kayak Forum</div><div id=\"forumposts\"><div class=\"cat_bar\"><h3 "
                    "class=\"catbg\">") + label +
        "Budget for a first kayak? &nbsp;(Read 4306 times)</h3></div><form id=\"quickModForm\">" +
        posts + "</form></div></body></html>");
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->page_type, PageType::kForum);
    const std::string& text = a->text;
    EXPECT_EQ(text.find("4306"), std::string::npos) << text;
    EXPECT_NE(text.find("Week two (12 km)"), std::string::npos) << text;
    for (const auto& post : kKayakPosts) EXPECT_NE(text.find(post[2]), std::string::npos) << text;
  }
}

TEST(RulesTest, ThreadsDateBetweenMarksAfterALabelShowsTheDateAlone) {
  // SMF 2.0 heads each post with its date between guillemets after a label
  // holding the post's number ("« Reply #1 on: March 3, 2024, 10:02am »",
  // "« on: ... »" over the first post): the number, the label and the marks
  // are the forum's, and the date stands alone under the poster's name. A
  // date line a label opens without marks around it stays whole.
  std::string posts;
  for (std::size_t i = 0; i < std::size(kKayakPosts); ++i) {
    const std::string label = i == 0 ? "on:" : "Reply #" + std::to_string(i) + " on:";
    posts +=
        SmfKayakPost(i, "&#171; <strong>" + label + "</strong> " + kKayakPosts[i][1] + " &#187;",
                     kKayakPosts[i][2]);
  }
  const std::string text = KayakThreadText(posts, "\n\n");
  EXPECT_EQ(text.find("Reply"), std::string::npos) << text;
  EXPECT_EQ(text.find("\u00ab"), std::string::npos) << text;

  std::string plain;
  for (std::size_t i = 0; i < std::size(kKayakPosts); ++i) {
    const auto& post = kKayakPosts[i];
    plain += std::string("<div class=\"post\"><div class=\"head\"><a href=\"/u/") + post[0] +
             "\">" + post[0] + "</a></div><div class=\"date\">Posted on: " + post[1] +
             "</div><div class=\"body\">" + post[2] + "</div></div>";
  }
  const std::string unmarked = KayakThreadPageText(plain);
  for (const auto& post : kKayakPosts) {
    EXPECT_NE(unmarked.find(std::string("Posted on: ") + post[1]), std::string::npos) << unmarked;
  }
}

TEST(RulesTest, ThreadsDateLineClosedByItsEditNoteHeadsThePost) {
  // MyBB writes a post's edit note in its date's line ("03-03-2024, 10:02
  // AM (This post was last modified: 03-05-2024, 07:12 PM by
  // paddle_ann.)"): too long for a date line, the line read as the post's
  // text, and the poster's statistics before it ("Joined: Mar 2009") were
  // taken for the post's date and kept. The line is the post's date, shown
  // without its note; the statistics go, as under the other posts.
  std::string posts;
  for (std::size_t i = 0; i < std::size(kKayakPosts); ++i) {
    const auto& post = kKayakPosts[i];
    const std::string n = std::to_string(i + 1);
    const std::string note =
        i == 1 ? std::string(" <span class=\"post_edit\"><span class=\"edited_post\">(This post was "
                             "last modified: March 5, 2024, 7:12pm by <a href=\"member.php?uid=2\">") +
                     post[0] + "</a>.)</span></span>"
               : "";
    posts += std::string("<div class=\"post classic\" id=\"post_") + n +
             "\"><div class=\"post_author\"><div class=\"author_information\"><strong><span "
             "class=\"largetext\"><a href=\"member.php?uid=" + n + "\">" + post[0] +
             "</a></span></strong></div><div class=\"author_statistics\">Posts: 12<br>Threads: "
             "3<br>Joined: Mar 2009<br>Reputation: 0</div></div><div class=\"post_content\"><div "
             "class=\"post_head\"><span class=\"post_date\">" + post[1] + note +
             "</span></div><div class=\"post_body\" id=\"pid_" + n + "\">" + post[2] +
             "</div></div></div>";
  }
  const std::string text = KayakThreadPageText(posts);
  for (const auto& post : kKayakPosts) {
    EXPECT_NE(text.find(std::string(post[0]) + "\n\n" + post[1] + "\n\n" + post[2]),
              std::string::npos)
        << text;
  }
  EXPECT_EQ(text.find("Joined"), std::string::npos) << text;
  EXPECT_EQ(text.find("last modified"), std::string::npos) << text;
}

TEST(RulesTest, ThreadShowsThePostersNameWithoutTheTitleOnTheNextLine) {
  // MyBB sets the title the forum gives the member on the line after the
  // poster's linked name, in the same box ("<a>rivermouse</a><br>Junior
  // Member"): the name shows alone, as when the title follows on the same
  // line ("<a>Ejp55230</a> Discussion starter").
  std::string posts;
  for (std::size_t i = 0; i < std::size(kKayakPosts); ++i) {
    const auto& post = kKayakPosts[i];
    const std::string n = std::to_string(i + 1);
    posts += std::string("<div class=\"post classic\" id=\"post_") + n +
             "\"><div class=\"post_author\"><div class=\"author_information\"><strong><span "
             "class=\"largetext\"><a href=\"member.php?uid=" + n + "\">" + post[0] +
             "</a></span></strong><br><span class=\"smalltext\">Junior Member</span></div></div><div "
             "class=\"post_content\"><div class=\"post_head\"><span class=\"post_date\">" + post[1] +
             "</span></div><div class=\"post_body\" id=\"pid_" + n + "\">" + post[2] +
             "</div></div></div>";
  }
  const std::string text = KayakThreadPageText(posts);
  for (const auto& post : kKayakPosts) {
    EXPECT_NE(text.find(std::string(post[0]) + "\n\n" + post[1] + "\n\n" + post[2]),
              std::string::npos)
        << text;
  }
  EXPECT_EQ(text.find("Junior Member"), std::string::npos) << text;
}

TEST(RulesTest, ThreadDatedWithDotsHeadsEachPost) {
  // A Finnish or German forum writes a post's date with dots, and its time
  // too ("rivermouse 3.3.2024 klo 9.15", "paddle_ann 3.3.2024"): read as a
  // post's date (DateLine::dotted_date), each head stays over its text and
  // the poster's counter between them goes, as with "March 3, 2024".
  const char* dates[][2] = {{"3.3.2024 klo 9.15", "3.3.2024"},
                            {"3.3.2024 klo 10.02", "3.3.2024"},
                            {"4.3.2024 klo 20.40", "4.3.2024"}};
  for (int with_clock : {0, 1}) {
    SCOPED_TRACE(with_clock);
    std::string posts;
    for (std::size_t i = 0; i < std::size(kKayakPosts); ++i) {
      const auto& post = kKayakPosts[i];
      posts += std::string("<div class=\"post\"><div class=\"head\"><a href=\"/u/") + post[0] +
               "\">" + post[0] + "</a> <span class=\"date\">" + dates[i][with_clock ? 0 : 1] +
               "</span></div><div class=\"card\">Viestej\u00E4: 12</div><div "
               "class=\"body\"><p>" + post[2] + "</p></div></div>";
    }
    const std::string text = KayakThreadPageText(posts);
    for (std::size_t i = 0; i < std::size(kKayakPosts); ++i) {
      EXPECT_NE(text.find(std::string(kKayakPosts[i][0]) + " " + dates[i][with_clock ? 0 : 1] +
                          "\n\n" + kKayakPosts[i][2]),
                std::string::npos)
          << text;
    }
    EXPECT_EQ(text.find("Viestej"), std::string::npos) << text;
  }
}

TEST(RulesTest, ThreadKeepsTheDatesLinkWithoutTheRemark) {
  // A permalink around a post's date and its remark ("<a><time>...</time>
  // (edited)</a>"): the date shows without the remark and keeps its link,
  // the part of it that is shown.
  std::string thread;
  for (std::size_t i = 0; i < std::size(kKayakPosts); ++i) {
    const auto& post = kKayakPosts[i];
    thread += std::string("<div class=\"post\"><div class=\"head\"><a href=\"/u/") + post[0] +
              "\">" + post[0] + "</a></div><div class=\"meta\"><a href=\"https://kayak.example/p" +
              std::to_string(i) + "\"><time>" + post[1] + "</time> <span>(edited)</span></a>" +
              "</div><div class=\"body\"><p>" + post[2] + "</p><p>" + post[2] + "</p></div></div>";
  }
  Result<Article> a = Extract(
      "<html><head><title>Budget for a first kayak?</title></head><body>"
      "<h1>Budget for a first kayak?</h1><div class=\"thread\">" + thread + "</div></body></html>");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->page_type, PageType::kForum);
  EXPECT_EQ(a->text.find("edited"), std::string::npos) << a->text;
  for (std::size_t i = 0; i < std::size(kKayakPosts); ++i) {
    const std::string date = kKayakPosts[i][1];
    auto head = std::find_if(a->blocks.begin(), a->blocks.end(),
                             [&](const Block& b) { return b.kept && b.text == date; });
    ASSERT_NE(head, a->blocks.end()) << date;
    ASSERT_EQ(head->links.size(), 1u) << date;
    EXPECT_EQ(head->links[0].begin, 0u);
    EXPECT_EQ(head->links[0].end, date.size());
    EXPECT_EQ(head->links[0].url, "https://kayak.example/p" + std::to_string(i));
  }
}

TEST(RulesTest, ThreadDropsThePostsNumberBeforeEachDate) {
  // A thread numbers its posts on their date's line, "#2 · March 3, 2024",
  // the number and the date each a link to the post, under the poster's
  // name: the number and its separator go, the date stays.
  std::string thread;
  for (std::size_t i = 0; i < std::size(kKayakPosts); ++i) {
    const auto& post = kKayakPosts[i];
    const std::string anchor = "<a href=\"#post-" + std::to_string(i + 1) + "\">";
    thread += std::string("<div class=\"post\"><div class=\"head\"><a href=\"/u/") + post[0] +
              "\">" + post[0] + "</a></div><div class=\"meta\">" + anchor + "#" +
              std::to_string(i + 1) + "</a> <span>&middot;</span> " + anchor + "<time>" + post[1] +
              "</time></a></div><div class=\"body\"><p>" + post[2] + "</p><p>" + post[2] +
              "</p></div></div>";
  }
  const std::string text = KayakThreadText(thread, "\n\n");
  EXPECT_EQ(text.find("#2"), std::string::npos) << text;
  EXPECT_EQ(text.find("\u00b7"), std::string::npos) << text;
}

TEST(RulesTest, ThreadDropsThePostersOtherNameAfterTheLinkedOne) {
  // Discourse heads each post with the member's linked user name, then the
  // full name in parentheses, then the date, on one line: "rivermouse (Ann
  // Rivers) March 3, 2024, 9:15am". The name in parentheses goes, the user
  // name and the date stay.
  const char* full_names[] = {"Ann Rivers", "Ann Paddler", "Old Canoe Club"};
  std::string thread;
  for (std::size_t i = 0; i < std::size(kKayakPosts); ++i) {
    const auto& post = kKayakPosts[i];
    thread += std::string("<div class=\"topic-post\" itemprop=\"comment\"><div class=\"meta\">"
                          "<span class=\"creator\"><a href=\"/u/") + post[0] + "\">" + post[0] +
              "</a> (" + full_names[i] + ")</span> <span class=\"infos\"><time>" + post[1] +
              "</time></span></div><div class=\"post\" itemprop=\"text\"><p>" + post[2] +
              "</p><p>" + post[2] + "</p></div></div>";
  }
  // Discourse declares the thread (DiscussionForumPosting).
  const std::string text = DeclaredKayakThreadText(thread);
  for (const char* name : full_names) {
    EXPECT_EQ(text.find(name), std::string::npos) << "kept \"" << name << "\": " << text;
  }
}

// Discourse's thread whose last post pastes a link alone on its line,
// shown as a card, an <aside> in the post's text ("onebox"), with the
// linked issue's own date ("opened 12:59AM - 02 Mar 24 UTC"), under a line
// of the poster's introducing it.
std::string ThreadWithACardInItsLastPost() {
  std::string thread;
  for (std::size_t i = 0; i < std::size(kKayakPosts); ++i) {
    const auto& post = kKayakPosts[i];
    const std::string card =
        i == 2 ? "<p>Someone asked the same on the tracker:</p><aside class=\"onebox\"><header>"
                 "<a href=\"https://tracker.example.org/kayaks\">tracker.example.org/kayaks</a>"
                 "</header><h4><a href=\"https://tracker.example.org/kayaks/1871\">Which kayak "
                 "for a beginner</a></h4><div class=\"date\">opened 12:59AM - 02 Mar 24 UTC</div>"
                 "</aside>"
               : "";
    thread += std::string("<div class=\"topic-post\"><div class=\"meta\"><a href=\"/u/") +
              post[0] + "\">" + post[0] + "</a> <time>" + post[1] +
              "</time></div><div class=\"post\">" + card + "<p>" + post[2] + "</p><p>" + post[2] +
              "</p></div></div>";
  }
  return thread;
}

TEST(RulesTest, ThreadDatesAPostByItsHeadNotByACardItEmbeds) {
  // The card's date is the issue's; the post's head above still heads it.
  const std::string text = KayakThreadPageText(ThreadWithACardInItsLastPost());
  const auto& last = kKayakPosts[2];
  EXPECT_NE(text.find(std::string(last[0]) + " " + last[1]), std::string::npos) << text;
  EXPECT_EQ(text.find("opened"), std::string::npos) << text;
}

TEST(RulesTest, ThreadKeepsTheLineIntroducingACardAPostEmbeds) {
  // The line over the card is the poster's: it stays under the post's head
  // while the card (another site's box) goes.
  const std::string text = KayakThreadPageText(ThreadWithACardInItsLastPost());
  const auto& last = kKayakPosts[2];
  EXPECT_NE(text.find(std::string(last[0]) + " " + last[1] +
                      "\n\nSomeone asked the same on the tracker:\n\n" + last[2]),
            std::string::npos)
      << text;
  EXPECT_EQ(text.find("tracker.example.org"), std::string::npos) << text;
}

TEST(RulesTest, ThreadDropsTheNoticesWordAfterTheSystemUser) {
  // Discourse closes a topic with a post of its system user, headed by the
  // linked name, the notice's word and the date: "system Closed March 5,
  // 2024, 9:00am" (after the user's other name when it has one: "system1
  // (system) Closed ..."). The word goes, the name and the date stay; the
  // posts' heads, a month opening their date ("rivermouse March 3, 2024"),
  // stay whole.
  for (const std::string other : {"", " (system)"}) {
    std::string thread;
    auto post = [&](const std::string& poster, const std::string& between,
                    const std::string& date, const std::string& text) {
      thread += "<div class=\"topic-post\" itemprop=\"comment\"><div class=\"meta\">"
                "<span class=\"creator\"><a href=\"/u/" + poster + "\">" + poster + "</a>" +
                between + "</span> <span class=\"infos\"><time>" + date +
                "</time></span></div><div class=\"post\" itemprop=\"text\"><p>" + text +
                "</p><p>" + text + "</p></div></div>";
    };
    for (const auto& p : kKayakPosts) post(p[0], "", p[1], p[2]);
    const std::string system = other.empty() ? "system" : "system1";
    post(system, other + " Closed", "April 3, 2024, 9:00am",
         "This topic was automatically closed 30 days after the last reply. New replies are no "
         "longer allowed.");
    const std::string text = DeclaredKayakThreadText(thread);
    EXPECT_NE(text.find(system + " April 3, 2024, 9:00am\n\nThis topic was automatically closed"),
              std::string::npos) << text;
    EXPECT_EQ(text.find("Closed"), std::string::npos) << text;
  }
}

TEST(RulesTest, ThreadDropsALikeCountDeclaredAsACounter) {
  // Discourse shows a post's likes under its text in an item it declares a
  // count (schema.org's InteractionCounter, itemprop="interactionStatistic"):
  // "2 Likes" under one post of the thread only, too few to read as the
  // posts' repeated counter, goes all the same; the posts' text stays.
  std::string thread;
  for (std::size_t i = 0; i < std::size(kKayakPosts); ++i) {
    const auto& post = kKayakPosts[i];
    thread += std::string("<div class=\"topic-post\" itemprop=\"comment\"><div class=\"meta\">"
                          "<span class=\"creator\"><a href=\"/u/") + post[0] + "\">" + post[0] +
              "</a></span> <span class=\"infos\"><time>" + post[1] +
              "</time></span></div><div class=\"post\" itemprop=\"text\"><p>" + post[2] +
              "</p><p>" + post[2] + "</p></div><div itemprop=\"interactionStatistic\" itemscope "
              "itemtype=\"http://schema.org/InteractionCounter\"><span class=\"post-likes\">" +
              (i == 1 ? "2 Likes" : "") + "</span></div></div>";
  }
  const std::string text = DeclaredKayakThreadText(thread);
  EXPECT_EQ(text.find("Likes"), std::string::npos) << text;
}

TEST(RulesTest, ThreadCutKeepsTheLinksAroundThePostersOtherName) {
  // The poster's other name is cut between two links, the linked user name
  // before it and the post's permalink around the date after it: each link
  // still spans its own words, the permalink moved back by the cut. A link
  // around the whole head line holds the other name: no cut splits it, and
  // the line stays whole, one link.
  for (const bool whole : {false, true}) {
    const char* full_names[] = {"Ann Rivers", "Ann Paddler", "Old Canoe Club"};
    std::string thread;
    for (std::size_t i = 0; i < std::size(kKayakPosts); ++i) {
      const auto& post = kKayakPosts[i];
      const std::string permalink = "<a href=\"/t/kayak/" + std::to_string(i + 1) + "\">";
      const std::string name = whole ? std::string(post[0])
                                     : "<a href=\"/u/" + std::string(post[0]) + "\">" + post[0] +
                                           "</a>";
      const std::string time = std::string("<time>") + post[1] + "</time>";
      thread += std::string("<div class=\"topic-post\" itemprop=\"comment\"><div class=\"meta\">") +
                (whole ? permalink : "") + "<span class=\"creator\">" + name + " (" +
                full_names[i] + ")</span> <span class=\"infos\">" +
                (whole ? time : permalink + time + "</a>") + "</span>" + (whole ? "</a>" : "") +
                "</div><div class=\"post\" itemprop=\"text\"><p>" + post[2] + "</p><p>" +
                post[2] + "</p></div></div>";
    }
    Result<Article> a = Extract(
        "<html><head><title>Budget for a first kayak?</title><script type=\"application/ld+json\">"
        "{\"@type\":\"DiscussionForumPosting\"}</script></head><body><h1>Budget for a first "
        "kayak?</h1><div class=\"thread\">" + thread + "</div></body></html>");
    ASSERT_TRUE(a.ok());
    for (std::size_t i = 0; i < std::size(kKayakPosts); ++i) {
      const auto& post = kKayakPosts[i];
      const std::string head = whole ? std::string(post[0]) + " (" + full_names[i] + ") " + post[1]
                                     : std::string(post[0]) + " " + post[1];
      const auto block = std::find_if(a->blocks.begin(), a->blocks.end(),
                                      [&](const Block& b) { return b.kept && b.text == head; });
      ASSERT_NE(block, a->blocks.end()) << head << "\n" << a->text;
      std::vector<std::pair<std::string, std::string>> links;  // (linked words, URL's end)
      for (const Link& l : block->links) {
        links.emplace_back(block->text.substr(l.begin, l.end - l.begin),
                           l.url.substr(l.url.rfind('/', l.url.rfind('/') - 1)));
      }
      const std::string permalink = "/kayak/" + std::to_string(i + 1);
      if (whole) {
        EXPECT_EQ(links, (decltype(links){{head, permalink}})) << head;
      } else {
        EXPECT_EQ(links, (decltype(links){{post[0], "/u/" + std::string(post[0])},
                                          {post[1], permalink}}))
            << head;
      }
    }
  }
}

TEST(RulesTest, ThreadDropsTheTitleAfterEachPostersLinkedName) {
  // Each post's name line shows the poster's linked name, then the title
  // the forum gives the member in plain words ("rivermouse Discussion
  // starter", "paddle_ann Moderator"), over the post's date. The title goes,
  // the name and the date stay.
  const char* titles[] = {"Discussion starter", "Moderator", "Well-known member"};
  std::string thread;
  for (std::size_t i = 0; i < std::size(kKayakPosts); ++i) {
    const auto& post = kKayakPosts[i];
    thread += std::string("<div class=\"post\"><div class=\"name\"><a href=\"/u/") + post[0] +
              "\">" + post[0] + "</a> <span class=\"badge\">" + titles[i] +
              "</span></div><div class=\"when\">" + post[1] + "</div><div class=\"body\"><p>" +
              post[2] + "</p><p>" + post[2] + "</p></div></div>";
  }
  const std::string text = KayakThreadText(thread, "\n\n");
  for (const char* title : titles) {
    EXPECT_EQ(text.find(title), std::string::npos) << "kept \"" << title << "\": " << text;
  }
}

TEST(RulesTest, ThreadKeepsTheHeadOfANestedReply) {
  // A threaded view: the posts are siblings of one class, and a reply to
  // the second stands in a box of replies after it, of another class
  // ("nested-level-children" beside "nested-level-root"). Its poster's name
  // and date stay over its text, as every post's do; its poster's card goes.
  auto post = [](const char* cls, const char* name, const char* date, const char* body) {
    return std::string("<article class=\"") + cls + "\"><header><a href=\"/u/" + name + "\">" +
           name + "</a><p>1,204 posts</p></header><div class=\"when\"><a href=\"#p\"><time>" +
           date + "</time></a></div><div class=\"body\"><p>" + body + "</p><p>" + body +
           "</p></div></article>";
  };
  const char* kReply =
      "Thanks, I will rent a sit-on-top this weekend on the lake and see how it goes before I "
      "buy one, and I will report back here afterwards. The rental place by the boathouse has "
      "three kinds, so I can try each of them for an hour.";
  std::string thread;
  for (std::size_t i = 0; i < std::size(kKayakPosts); ++i) {
    const auto& p = kKayakPosts[i];
    thread += post("post nested-level-root", p[0], p[1], p[2]);
    if (i == 1) {
      thread += "<div class=\"nested-children\">" +
                post("post nested-level-children", "rivermouse", "March 3, 2024, 11:30am", kReply) +
                "</div>";
    }
  }
  const std::string text = KayakThreadText(thread, "\n\n");
  EXPECT_NE(text.find(std::string("rivermouse\n\nMarch 3, 2024, 11:30am\n\n") + kReply),
            std::string::npos)
      << text;
  EXPECT_EQ(text.find("posts"), std::string::npos) << text;
}

TEST(RulesTest, QuestionBeforeTheRegionOfItsAnswersJoins) {
  // A Q&A page: the answers outweigh the question beside them, and the
  // question (dated, in its own box before theirs, far below the title past
  // its comments) joins them; its comments, and a notice above the page's
  // title, stay out.
  std::string comments, answers;
  for (int i = 0; i < 4; ++i) {
    comments += "<div class=\"comment\"><p>Which airline are you looking at? It matters a lot "
                "for the prices you will see.</p><div>user" + std::to_string(i) +
                "</div><div>Jun 19, 2014 at 9:0" + std::to_string(i) + "</div></div>";
  }
  for (int i = 0; i < 6; ++i) {
    std::string body;  // three paragraphs, none a copy of another (copies add no weight)
    for (int k = 0; k < 3; ++k) {
      body += std::string("<p>") + kAnswers[(i + k) % 3] + " (" + std::to_string(i) + "." +
              std::to_string(k) + ")</p>";
    }
    answers += "<div class=\"answer\"><div class=\"answer-body\">" + body +
               "</div><div class=\"signed\">answered Jun 2" + std::to_string(i) +
               ", 2014 at 9:1" + std::to_string(i) + "</div></div>";
  }
  Result<Article> a = Extract(
      "<html><head><title>How to book flights when moving abroad?</title>"
      "<script type=\"application/ld+json\">{\"@type\":\"QAPage\"}</script></head><body>"
      "<div id=\"content\"><div class=\"notice\"><p>Welcome to the travel community, where "
      "travellers ask and answer questions about moving, visas and flights, and everyone can "
      "take part.</p></div><div id=\"mainbar\"><h1>How to book flights when moving abroad?</h1>"
      "<div class=\"question\"><div class=\"post-body\"><p>I am moving from Switzerland to "
      "Singapore this autumn and wonder which is cheaper: a one-way ticket, or a return whose "
      "second leg I never use?</p></div><div class=\"signed\">asked Jun 19, 2014 at 8:05</div>"
      "<div class=\"comments\">" + comments + "</div></div><div id=\"answers\"><h2>6 Answers</h2>" +
      answers + "</div></div></div></body></html>");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->page_type, PageType::kForum);
  for (const char* kept : {"I am moving from Switzerland to Singapore", "Buy the one-way ticket",
                           "Compare both on the airline's own site", "When I moved I bought"}) {
    EXPECT_NE(a->text.find(kept), std::string::npos) << "lost \"" << kept << "\": " << a->text;
  }
  EXPECT_LT(a->text.find("I am moving from"), a->text.find("Buy the one-way ticket")) << a->text;
  EXPECT_EQ(a->text.find("Which airline are you looking at?"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Welcome to the travel community"), std::string::npos) << a->text;
}

TEST(RulesTest, ThreadDropsAPostersTitleWrittenAsASentence) {
  // A thread whose posters' cards hold a user title written as a short
  // sentence, a join date and counts, before the post's dated head: the
  // card goes whole, the name, the date and the text stay.
  std::string thread;
  for (const auto& post : kKayakPosts) {
    thread += std::string("<article class=\"post\"><div class=\"card\"><a href=\"/u/") + post[0] +
              "\">" + post[0] + "</a><div class=\"title\">Paddling since the day I could walk.</div>"
              "<ul><li>Aug 25, 2007</li><li>5,048</li><li>26,618</li></ul></div>"
              "<div class=\"main\"><header>" + post[1] + "</header><div class=\"body\"><p>" +
              post[2] + "</p><p>" + post[2] + "</p></div></div></article>";
  }
  const std::string text = KayakThreadText(thread, "\n\n");
  for (const char* dropped : {"Paddling since", "2007", "5,048", "26,618"}) {
    EXPECT_EQ(text.find(dropped), std::string::npos) << "kept \"" << dropped << "\": " << text;
  }
}

// The question opening the threads of ThreadOfTwoPostsKeepsTheReply and
// UnclassedSectioningTwinsJoinThoughMarkupHeavy.
constexpr char kPortsQuestion[] =
    "<p>Not sure if this is the right place for this question, but does anyone know what these "
    "two things on the new case are for? The manual says nothing about them, yet both look very "
    "intentional and made for a specific purpose.</p><p>One is on the outside, right below "
    "where the power supply sits, and the other is inside the bottom panel of the case, where "
    "the intake fans go.</p><p>I looked through the whole manual twice and searched the support "
    "pages of the maker, and neither says a word about them, which seems odd for parts made on "
    "purpose.</p>";

TEST(RulesTest, ThreadOfTwoPostsKeepsTheReply) {
  // A thread of a question and one short reply, too few posts to read as a
  // run, the reply's box heavy with markup (its poster's machine listed
  // part by part, a bar of buttons): the region holds the question's post,
  // and the reply (its twin by tag and class, dated) joins without the long
  // list in the poster's card beside it; both posters' names and dates stay
  // above their texts, the cards' titles and counts go.
  auto post = [](const std::string& name, const std::string& date, const std::string& card,
                 const std::string& body) {
    return "<article class=\"post box\"><aside class=\"card\"><h3><a href=\"/u/" + name + "\">" +
           name + "</a></h3><ul><li>Members</li><li>10.2k</li></ul>" + card +
           "</aside><div class=\"column\"><div class=\"meta\">Posted " + date +
           "</div><div class=\"body\">" + body + "</div></div></article>";
  };
  std::string rig = "<div class=\"rig\"><h4>My main rig</h4>";
  for (const char* part :
       {"Motherboard: a large board with many slots for everything, bought used last year",
        "Processor: sixty-four cores running at a modest clock, cooled by the loop below",
        "Memory: eight sticks of sixteen gigabytes each, all of them lit in the same colour",
        "Graphics: one card with a water block, fed by two radiators at the top of the case",
        "Storage: four solid state drives and one big spinning disk for the older backups",
        "Cooling: a custom loop with two pumps, three radiators and far too many fans"}) {
    const std::string text = part;
    const std::size_t colon = text.find(':');
    rig += "<div class=\"spec\"><i class=\"icon\"></i><b>" + text.substr(0, colon + 1) +
           "</b> <span><i class=\"icon\"></i>" + text.substr(colon + 2) + ".</span></div>";
  }
  rig += "</div><ul class=\"tools\">";
  for (int i = 0; i < 10; ++i) rig += "<li><a href=\"#\"><i class=\"icon\"></i></a></li>";
  rig += "</ul>";
  const std::string html =
      "<html><head><title>What are these two ports on the new case?</title>"
      "<script type=\"application/ld+json\">{\"@type\":\"DiscussionForumPosting\"}</script>"
      "</head><body><h1>What are these two ports on the new case?</h1><div class=\"feed\">" +
      post("rabbids", "March 19, 2024", "",
           std::string(kPortsQuestion) +
               "<p>If anyone has the same case and found out what they connect to, please let "
               "me know, because I would like to plan the cables before the other parts "
               "arrive.</p>") +
      post("devbiker", "March 20, 2024", rig,
           "<p>I have heard the rear one is for an external connection of lighting "
           "devices.</p><p>Not sure about the one at the bottom.</p>") +
      "</div><footer><p>Powered by a forum engine, all rights reserved.</p></footer>"
      "</body></html>";
  ExpectKeptAndDropped(html, PageType::kForum,
                       {"rabbids\n\nPosted March 19, 2024\n\nNot sure if this is the right place",
                        "devbiker\n\nPosted March 20, 2024\n\nI have heard the rear one",
                        "Not sure about the one at the bottom."},
                       {"Members", "10.2k", "My main rig", "Motherboard", "sixty-four cores",
                        "Powered by"});
}

TEST(RulesTest, UnclassedSectioningTwinsJoinThoughMarkupHeavy) {
  // The thread of ThreadOfTwoPostsKeepsTheReply built with no class or id
  // at all (utility CSS in a stylesheet, hashed names stripped): two
  // <article> posts side by side, the reply's heavy with markup (its
  // poster's rig part by part, a bar of buttons). The reply is the
  // question's twin by its tag alone, a sectioning element, and joins as a
  // classed twin does; without that it stayed out for its markup.
  auto post = [](const std::string& name, const std::string& date, const std::string& card,
                 const std::string& body) {
    return "<article><aside><h3><a href=\"/u/" + name + "\">" + name +
           "</a></h3><ul><li>Members</li><li>10.2k</li></ul>" + card +
           "</aside><div><div>Posted " + date + "</div><div>" + body + "</div></div></article>";
  };
  std::string rig = "<div><h4>My main rig</h4>";
  for (const char* part :
       {"Motherboard: a large board with many slots for everything, bought used last year",
        "Processor: sixty-four cores running at a modest clock, cooled by the loop below",
        "Memory: eight sticks of sixteen gigabytes each, all of them lit in the same colour",
        "Graphics: one card with a water block, fed by two radiators at the top of the case"}) {
    const std::string text = part;
    const std::size_t colon = text.find(':');
    rig += "<div><i></i><b>" + text.substr(0, colon + 1) + "</b> <span><i></i>" +
           text.substr(colon + 2) + ".</span></div>";
  }
  rig += "</div>";
  std::string tools = "<ul>";
  for (int i = 0; i < 6; ++i) tools += "<li><a href=\"#\"><i></i><i></i></a></li>";
  tools += "</ul>";
  const std::string html =
      "<html><head><title>What are these two ports on the new case?</title>"
      "<script type=\"application/ld+json\">{\"@type\":\"DiscussionForumPosting\"}</script>"
      "</head><body><h1>What are these two ports on the new case?</h1><div>" +
      post("rabbids", "March 19, 2024", "", kPortsQuestion) +
      post("devbiker", "March 20, 2024", rig,
           "<p>I have heard the rear one is for an external connection of lighting "
           "devices.</p><p>Not sure about the one at the bottom.</p>" + tools) +
      "</div><footer><p>Powered by a forum engine, all rights reserved.</p></footer>"
      "</body></html>";
  ExpectKeptAndDropped(html, PageType::kForum,
                       {"Not sure if this is the right place", "I have heard the rear one",
                        "Not sure about the one at the bottom."},
                       {"Members", "10.2k", "My main rig", "sixty-four cores", "Powered by"});
}

TEST(RulesTest, UnclassedCommentsUnderAStoryMakeNoThread) {
  // A blog's post over its readers' comments, no class or id on any box:
  // each comment is built as a thread's post (a linked name, a date to the
  // minute, a few lines), but the story before them holds a run of
  // paragraphs and four times their text or more. The page is a story;
  // read as a thread it kept the comments as its posts.
  std::string comments;
  for (const auto& post : kKayakPosts) {
    comments += std::string("<div><div><a href=\"/u/") + post[0] + "\">" + post[0] +
                "</a></div><div>" + post[1] + "</div><div><p>" + post[2] + "</p></div></div>";
  }
  std::string story;
  for (int i = 0; i < 6; ++i) story += kStory;
  const std::string html =
      "<html><head><title>River floods lower town</title></head><body><div><h1>River floods "
      "lower town</h1>" + story + "</div><div><h2>3 comments</h2>" + comments +
      "</div></body></html>";
  ExpectKeptAndDropped(html, PageType::kArticle,
                       {"The river rose by two metres overnight",
                        "some families may not be able to return before spring."},
                       {});
}

TEST(RulesTest, RegionStaysInsideMain) {
  // A story in a <div> inside <main>, the site's teasers and its copyright
  // lines in boxes beside <main>, no class or id anywhere. Those boxes
  // hold no good text, so the region climbed from <main> to the wrapper
  // holding them all and kept them as the story's end.
  const std::string html =
      std::string("<html><head><title>River floods lower town | Valley Post</title></head><body>"
                  "<div><div><main><div><h1>River floods lower town</h1>") +
      kStory +
      "</div></main><div><h3>Trending now</h3><div><a href=\"/a\">Storm closes the coast "
      "road</a><p>This story has been shared 44,976 times.</p></div><div><a href=\"/b\">Mayor "
      "opens new bridge</a><p>This story has been shared 28,533 times.</p></div></div><div><p>"
      "\u00a9 2026 Valley Post. All rights reserved.</p><p>Use of this site constitutes "
      "acceptance of our terms.</p></div></div></div></body></html>";
  ExpectKeptAndDropped(html, PageType::kArticle,
                       {"The river rose by two metres overnight",
                        "some families may not be able to return before spring."},
                       {"Trending now", "shared 44,976 times", "All rights reserved"});
  // The story's header set over <main> in a box of its own, the headline
  // and a dek in an <h2>, their wrapper holding nothing after <main>: that
  // wrapper is the story's, and the dek stays.
  const std::string header =
      "<html><head><title>River floods lower town | Valley Post</title></head><body>"
      "<header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav></header>"
      "<div><div><h1>River floods lower town</h1><h2>Forty people leave their homes as the "
      "water rises by two metres</h2></div><main><div>" +
      std::string(kStory) +
      "</div></main></div><footer><p>\u00a9 2026 Valley Post. All rights reserved.</p>"
      "<a href=\"/about\">About</a></footer></body></html>";
  ExpectKeptAndDropped(header, PageType::kArticle,
                       {"Forty people leave their homes as the water rises",
                        "The river rose by two metres overnight",
                        "some families may not be able to return before spring."},
                       {"All rights reserved", "Home"});
}


TEST(RulesTest, BoxInsideAFigcaptionIsACaption) {
  // A picture in the story, its caption in a <div> inside the <figcaption>
  // (the block's own box is the <div>), no class anywhere: a caption all
  // the same. A <figcaption> holding several paragraphs is a slide's text
  // and stays, and so is one paragraph of full sentences alone in it (a
  // slideshow's slide, in a <p> or a <div>).
  const std::string picture =
      "<figure><img src=\"/flood.jpg\" alt=\"\"><figcaption><div>Sandbags stacked at a door "
      "on Mill Street, Tuesday morning. Photo: Valley Post</div></figcaption></figure>";
  const std::string slide =
      "<figure><img src=\"/gym.jpg\" alt=\"\"><figcaption><p>The school gym, set up as a "
      "shelter with forty beds.</p><p>Volunteers served hot meals there until late in the "
      "evening.</p></figcaption></figure>";
  const std::string lone_slides =
      "<figure><img src=\"/bridge.jpg\" alt=\"\"><figcaption><p>The old bridge held through "
      "the night, though the water reached its arches. Engineers will inspect it on Thursday "
      "before the road reopens.</p></figcaption></figure><figure><img src=\"/mill.jpg\" "
      "alt=\"\"><figcaption><div>The mill museum lost its ground floor exhibits, and the staff "
      "carried the oldest looms upstairs by hand.</div></figcaption></figure>";
  ExpectKeptAndDropped(
      "<html><head><title>River floods lower town | Valley Post</title></head><body><article>"
      "<h1>River floods lower town</h1>" + StoryAround(picture + slide + lone_slides) +
      "</article></body></html>",
      PageType::kArticle,
      {"The river rose by two metres overnight", "Volunteers served hot meals there",
       "Engineers will inspect it on Thursday", "carried the oldest looms upstairs by hand."},
      {"Sandbags stacked at a door", "Photo: Valley Post"});
}


TEST(RulesTest, CaptionBetweenHeadlineAndTextIsNoLead) {
  // A headline, then a picture with its line under it, then the story in
  // <main>; no class anywhere. The line under the picture, in the box that
  // holds the picture and a credit, or in a <figure>'s <figcaption> with
  // its credit, is its caption, not the story's lead. A lead after it, no
  // picture before it, stays.
  const std::string lead = "<p>Forty people were evacuated overnight as the river burst its "
                           "banks again.</p>";
  const std::string boxed =
      "<div><img src=\"/flood.jpg\" alt=\"\"><div><p>Sandbags stacked at a door on Mill "
      "Street on Tuesday morning as the river kept rising</p><div>Photo: Valley Post</div>"
      "</div></div>";
  const std::string figure =
      "<figure><div><img src=\"/flood.jpg\" alt=\"\"><figcaption><p>Photo: Valley Post</p><p>"
      "Sandbags stacked at a door on Mill Street, Tuesday morning.</p></figcaption></div>"
      "</figure>";
  for (const std::string& picture : {boxed, figure}) {
    ExpectKeptAndDropped(
        std::string("<html><head><title>River floods lower town | Valley Post</title></head>"
                    "<body><div><header><h1>River floods lower town</h1><p>By Ann Reed</p>"
                    "</header><div>") + picture + "</div>" + lead + "<main><div>" + kStory +
            "</div></main></div></body></html>",
        PageType::kArticle,
        {"Forty people were evacuated overnight", "The river rose by two metres overnight"},
        {"Sandbags stacked at a door", "Photo: Valley Post"});
  }
  // A line under the picture in its box that reads as a sentence of text
  // is the lead.
  ExpectKeptAndDropped(
      std::string("<html><head><title>River floods lower town | Valley Post</title></head>"
                  "<body><div><header><h1>River floods lower town</h1><p>By Ann Reed</p>"
                  "</header><div><div><img src=\"/flood.jpg\" alt=\"\"><div><p>Forty people "
                  "leave their homes as the water rises by two metres and the town waits.</p>"
                  "<div>Photo: Valley Post</div></div></div></div><main><div>") +
          kStory + "</div></main></div></body></html>",
      PageType::kArticle,
      {"Forty people leave their homes as the water rises by two metres",
       "The river rose by two metres overnight"},
      {"Photo: Valley Post"});
  // A dek under a hero picture in the header that holds the headline too
  // (the picture's box does not open at the line) is the lead, whether it
  // ends a sentence or not.
  const std::string header_dek =
      "<header><h1>River floods lower town</h1><img src=\"/flood.jpg\" alt=\"\"><p>Forty "
      "people leave their homes as the water rises by two metres and the town waits for the "
      "crest</p><p>By Ann Reed</p></header>";
  const std::string header_sentence =
      "<header><h1>River floods lower town</h1><img src=\"/flood.jpg\" alt=\"\"><p>Forty "
      "people leave their homes as the water rises by two metres and the town waits.</p>"
      "<p>By Ann Reed</p></header>";
  for (const std::string& top : {header_dek, header_sentence}) {
    ExpectKeptAndDropped(
        std::string("<html><head><title>River floods lower town | Valley Post</title></head>"
                    "<body><article>") + top + "<div>" + kStory + "</div></article></body></html>",
        PageType::kArticle,
        {"Forty people leave their homes as the water rises by two metres",
         "The river rose by two metres overnight"},
        {"By Ann Reed"});
  }
}

TEST(RulesTest, LineUnderAPictureInItsBoxIsACaption) {
  // A story with pictures in boxes of their own, no class anywhere: a
  // picture in its paragraph, the line under it in the same box ending no
  // sentence ("... (Photo: Valley Post)"), and a picture with its credit.
  // Those lines are captions. A paragraph of text set beside a picture in
  // such a box stays, as does a heading under a picture, and so do the
  // lines of a series of three such boxes or more, one after another with
  // no text between: a how-to's steps, each a picture over its
  // instruction. Two pictures in a row with their captions are no series.
  const std::string captioned =
      "<div><p><img src=\"/flood.jpg\" alt=\"\"></p><span>Sandbags stacked at a door on Mill "
      "Street <span>(Photo: Valley Post)</span></span></div>";
  const std::string credited =
      "<div><img src=\"/gym.jpg\" alt=\"\"><div><p>Volunteers at the shelter</p><p>Photo: Ann "
      "Reed</p></div></div>";
  const std::string beside =
      "<div><p><img src=\"/bridge.jpg\" alt=\"\"></p><p>The old bridge held, though the water "
      "reached its deck before dawn and the police closed it to traffic until noon.</p></div>";
  const std::string headed =
      "<div><img src=\"/map.jpg\" alt=\"\"><h2>What comes next</h2></div>";
  const std::string between =
      "<p>The council will meet on Friday to decide how the repairs are paid for.</p>";
  const std::string steps =
      "<div><img src=\"/s1.jpg\" alt=\"\"><p>Lift the carpet off the wet floor.</p></div>"
      "<div><img src=\"/s2.jpg\" alt=\"\"><p>Open the windows on both sides</p></div>"
      "<div><img src=\"/s3.jpg\" alt=\"\"><p>Run a dehumidifier for three days</p></div>";
  ExpectKeptAndDropped(
      "<html><head><title>River floods lower town | Valley Post</title></head><body><article>"
      "<h1>River floods lower town</h1>" +
          StoryAround(captioned + credited + headed + beside + between + steps) +
          "</article></body></html>",
      PageType::kArticle,
      {"The river rose by two metres overnight", "The old bridge held, though the water",
       "What comes next", "Lift the carpet off the wet floor.", "Open the windows on both sides",
       "Run a dehumidifier for three days"},
      {"Sandbags stacked at a door", "Photo: Valley Post", "Volunteers at the shelter",
       "Photo: Ann Reed"});
}

TEST(RulesTest, NothingAfterMainJoinsTheRegion) {
  // A story in a <div> inside <main>, the site's disclaimer in a box after
  // it among a teaser and its terms' lines, no class or id anywhere. The
  // box holds enough text to join as a sibling of the text's box; after
  // <main>, the page's declared main content, it is the site's.
  const std::string html =
      std::string("<html><head><title>River floods lower town | Valley Post</title></head><body>"
                  "<div><main><div><h1>River floods lower town</h1>") +
      kStory +
      "</div></main><div><p>You may also like</p><p><a href=\"/rock\">Who will open the new "
      "bridge?</a></p><p>Disclaimer</p><p>Registration on or use of this site constitutes "
      "acceptance of our User Agreement and Privacy Policy</p><p>The material on this site may "
      "not be reproduced, distributed, transmitted, cached or otherwise used, except with the "
      "prior written permission of Valley Post.</p></div></div></body></html>";
  ExpectKeptAndDropped(html, PageType::kArticle,
                       {"The river rose by two metres overnight",
                        "some families may not be able to return before spring."},
                       {"Disclaimer", "constitutes acceptance of our User Agreement",
                        "may not be reproduced"});
  // The story's second part in a <section> after <main>, a heading over
  // paragraphs of prose: it joins.
  const std::string second =
      "<html><head><title>River floods lower town | Valley Post</title></head><body><div><main>"
      "<h1>River floods lower town</h1><p>The river rose by two metres overnight, and by "
      "morning the lower town was under water. Residents spent the night moving furniture "
      "upstairs.</p><p>Emergency services evacuated forty people from the riverside streets, "
      "most of them elderly, and opened the school gym as a shelter.</p></main><section><h2>"
      "Reactions</h2><p>The mayor said the clean-up will take weeks, and that the town will ask "
      "the region for help to pay for the repairs to the bridge.</p><p>Shop owners on Mill "
      "Street worry that the closures will keep customers away for the rest of the season.</p>"
      "</section></div><footer><p>\u00a9 2026 Valley Post. All rights reserved.</p></footer>"
      "</body></html>";
  ExpectKeptAndDropped(second, PageType::kArticle,
                       {"The river rose by two metres overnight", "Reactions",
                        "The mayor said the clean-up will take weeks",
                        "keep customers away for the rest of the season."},
                       {"All rights reserved"});
}

// A news ticker of six other stories, each a linked title and its summary
// cut short, with no class or id: the good text a page without class words
// counts beside its story.
std::string TickerOfOtherStories() {
  std::string ticker = "<div><b>Breaking News</b><ul>";
  for (const char* topic :
       {"council budget", "new bridge", "school year", "harvest fair", "bus routes", "library"}) {
    ticker += std::string("<li><a href=\"/s\">Town votes on the ") + topic +
              "</a><span>VALLEY: The council met on Monday to vote on the " + topic +
              ", and the mayor said the town will decide before the summer...</span></li>";
  }
  return ticker + "</ul></div>";
}

TEST(RulesTest, StoryUnderItsHeadlineIsNotReadWithTheWholePage) {
  // A story under its headline (an <h2> repeating the title) beside a
  // ticker of six other stories, each a linked title and its summary, the
  // ticker again in the footer; no class or id anywhere. The story holds
  // less than tuning::kFallbackShare of the page's good text, the tickers
  // the rest: the region under the headline is the story, and the whole
  // page is not read back around it.
  const std::string ticker = TickerOfOtherStories();
  const std::string html =
      "<html><head><title>River floods lower town | Valley Post</title></head><body><div><div>" +
      ticker + "<div><h2>River floods lower town</h2><p>November 20</p><div>" + kStory +
      "</div></div></div><div>" + ticker +
      "<p>\u00a9 2026 Valley Post. All rights reserved.</p></div></div></body></html>";
  ExpectKeptAndDropped(html, PageType::kArticle,
                       {"The river rose by two metres overnight",
                        "some families may not be able to return before spring."},
                       {"Town votes on the", "The council met on Monday", "All rights reserved"});
}

TEST(RulesTest, StoryHalfBelowItsHeadlinedBoxIsReadWithTheWholePage) {
  // The ticker and the story's first half under its headline share a box;
  // the second half, as long, sits in the next box, and the page is dated
  // (no separate section joins a post). The region stops at the first
  // half, under tuning::kFallbackShare of the page's good text with the
  // ticker's copy in the footer: as much prose as it keeps lies outside
  // it, no ticker's entry (no link, not cut short), and the whole page is
  // read, the second half with it.
  const std::string ticker = TickerOfOtherStories();
  const std::string html =
      "<html><head><title>River floods lower town | Valley Post</title>"
      "<meta property=\"article:published_time\" content=\"2026-11-20T08:00:00Z\"></head>"
      "<body><div><div>" +
      ticker + "<div><h2>River floods lower town</h2><p>November 20</p><div>" + kStory +
      "</div></div></div><div>"
      "<p>Farmers upstream said the fields along the old mill road had been flooded for the "
      "third time in five years, and several asked the council to rebuild the dyke.</p>"
      "<p>The railway line to the city was closed between the two bridges on Tuesday morning, "
      "and replacement buses ran every half hour from the station square.</p>"
      "<p>Insurers opened a help line for residents of the lower town, and a team of assessors "
      "is due to visit the riverside streets as soon as the water has gone down.</p>"
      "<p>The school will stay closed until Monday at least, the head teacher said, because "
      "the gym is still in use as a shelter and the heating in the old wing failed.</p>"
      "</div><div>" +
      ticker + "<p>\u00a9 2026 Valley Post. All rights reserved.</p></div></div></body></html>";
  ExpectKeptAndDropped(html, PageType::kArticle,
                       {"The river rose by two metres overnight", "Farmers upstream said",
                        "the heating in the old wing failed."},
                       {});
}

// The kayak posts, each with its poster's card (a linked name over a user
// title), its date and its text, post `opened`'s text opened by `opening`.
std::string ThreadOpeningAPost(int opened, const std::string& opening) {
  std::string thread;
  for (int i = 0; i < 3; ++i) {
    const auto& post = kKayakPosts[i];
    std::string body = std::string("<p>") + post[2] + "</p>";
    if (i == opened) body = opening + body;
    thread += std::string("<div class=\"post\"><div class=\"card\"><a href=\"/u/") + post[0] +
              "\">" + post[0] + "</a><p>Ultra Member</p></div><div class=\"when\">" + post[1] +
              "</div><div class=\"body\">" + body + "</div></div>";
  }
  return thread;
}

TEST(RulesTest, ThreadKeepsTheLinesOpeningAPostsText) {
  // A thread whose second post opens its text with short lines in the text's
  // own box ("Hi all,", "Here is the log:") before a long log: they are the
  // post's and stay; the poster's card beside the date still goes.
  const std::string text = KayakThreadPageText(ThreadOpeningAPost(
      1, "<p>Hi all,</p><p>Here is the log:</p><pre>09:12 launch at the ramp, wind 3 knots\n"
         "09:40 first bend, boat tracks well\n10:15 back at the ramp, dry and happy</pre>"));
  EXPECT_NE(text.find("paddle_ann\n\nMarch 3, 2024, 10:02am\n\nHi all,\n\nHere is the log:\n\n09:12"),
            std::string::npos) << text;
  EXPECT_NE(text.find(kKayakPosts[2][2]), std::string::npos) << text;
  EXPECT_EQ(text.find("Ultra Member"), std::string::npos) << text;
}

TEST(RulesTest, ThreadKeepsTheLineOpeningItsFirstPost) {
  // A thread whose first post opens its text with a short line in the
  // text's own box ("Hi all,"), at the top edge of the region, where short
  // lines go: it opens the post and stays, as any post's opening line does.
  // The line over the thread ("Jump to latest") and the posters' cards go.
  const std::string text = KayakThreadPageText("<p class=\"tools\">Jump to latest</p>" +
                                                ThreadOpeningAPost(0, "<p>Hi all,</p>"));
  EXPECT_NE(text.find("rivermouse\n\nMarch 3, 2024, 9:15am\n\nHi all,\n\nI am looking for"),
            std::string::npos) << text;
  EXPECT_NE(text.find(kKayakPosts[2][2]), std::string::npos) << text;
  EXPECT_EQ(text.find("Jump to latest"), std::string::npos) << text;
  EXPECT_EQ(text.find("Ultra Member"), std::string::npos) << text;
}

TEST(RulesTest, ThreadKeepsAQuoteOpeningAPostsText) {
  // A thread whose second post opens by quoting the first (the quote's
  // citation over a short quoted line), answers it in a short line, then
  // says more: the quote lies in a box of its own before the text's first
  // long line, where a poster's card would stand, but no card is quoted:
  // the citation, the quoted line and the short answer open the post and
  // stay. The posters' cards still go.
  const std::string text = KayakThreadPageText(ThreadOpeningAPost(
      1, "<blockquote class=\"quote\"><div class=\"citation\">2 hours ago, rivermouse said:</div>"
         "<div class=\"contents\"><p>Nothing fancy.</p></div></blockquote><p>Rent one.</p>"));
  EXPECT_NE(text.find("paddle_ann\n\nMarch 3, 2024, 10:02am\n\n2 hours ago, rivermouse said:\n\n"
                      "Nothing fancy.\n\nRent one.\n\nFor slow water"),
            std::string::npos) << text;
  EXPECT_NE(text.find(kKayakPosts[2][2]), std::string::npos) << text;
  EXPECT_EQ(text.find("Ultra Member"), std::string::npos) << text;
}

TEST(RulesTest, ThreadTakesNoSectionBesideIt) {
  // A thread beside a forum's notice to guests, a box of prose of its own
  // above the box of the thread and its side panel: a section beside the
  // region's ancestors, as a product's description below its features
  // would be, but on a thread such a section joins only with a post's date
  // in it (ThreadDropsAPostersCardWithALongLine's next posts), and the
  // undated notice goes; the posts, with their posters and dates, stay.
  const char* more[] = {
      "I have paddled rented boats a few times on holidays, always on calm water, and I liked "
      "the sit-inside ones better than the open ones.",
      "If you prefer to sit inside, look for a wide touring boat with a large cockpit, which is "
      "easy to get out of when it tips over.",
      "Also budget for a good paddle and a buoyancy aid, which matter more than the boat for the "
      "first season on the river."};
  std::string thread;
  for (int i = 0; i < 3; ++i) {
    const auto& post = kKayakPosts[i];
    thread += std::string("<div class=\"post\"><div class=\"card\"><a href=\"/u/") + post[0] +
              "\">" + post[0] + "</a><p>Ultra Member</p></div><div class=\"when\">" + post[1] +
              "</div><div class=\"body\"><p>" + post[2] + "</p><p>" + more[i] +
              "</p><p>That is what I did with my first boat, and I never regretted taking the "
              "slow way to choose it.</p></div></div>";
  }
  const std::string html =
      "<html><head><title>Budget for a first kayak?</title></head><body><div class=\"wrap\">"
      "<div class=\"top\"><div class=\"guest\">You are reading the paddling boards as a guest. "
      "Join for free to post messages, follow the threads you like and change how they are "
      "shown to you, or <a href=\"/login\">log in</a> if you already have an account with the "
      "club. Members may also vote in polls and see the pictures in full size.</div></div>"
      "<div class=\"board\"><div class=\"main\"><h1>Budget for a first kayak?</h1>"
      "<div class=\"thread\">" + thread + "</div></div><div class=\"side\"><p>Twelve members "
      "and forty guests are reading this board now, most of them by the lakes.</p></div></div>"
      "</div></body></html>";
  Result<Article> a = Extract(html);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->page_type, PageType::kForum) << PageTypeName(a->page_type);
  for (int i = 0; i < 3; ++i) {
    const auto& post = kKayakPosts[i];
    EXPECT_NE(a->text.find(std::string(post[0]) + "\n\n" + post[1] + "\n\n" + post[2] + "\n\n" +
                           more[i]),
              std::string::npos) << a->text;
  }
  EXPECT_EQ(a->text.find("as a guest"), std::string::npos) << a->text;
}

TEST(RulesTest, PageOfCommentClassedPostsOnlyKeepsThem) {
  // A thread of two posts that declares no type, each post classed
  // "comment" inside a moderator's <form>, deep below the box of the
  // thread's title and byline (which keeps nothing: the title repeats the
  // page's, the byline is links), beside a consent center holding more
  // text than the posts: nothing was kept, and the page came out empty.
  // With nothing kept, the comment sections are the page's text: read
  // again without their hints, the posts stay; the consent center still
  // goes.
  auto post = [](const std::string& name, const std::string& date, const std::string& text) {
    return "<article class=\"post comment\"><aside class=\"author\"><h3><a href=\"/u/" + name +
           "\">" + name + "</a></h3><p>Members</p></aside><div class=\"column\"><div "
           "class=\"comment-body\"><div class=\"text\"><p class=\"meta\">Posted " + date +
           "</p><p>" + text + "</p></div></div></div></article>";
  };
  std::string consent;
  for (const char* line :
       {"When you visit any website, it may store or retrieve information on your browser, "
        "mostly in the form of cookies, which is used to make the site work as you expect it to.",
        "These technologies are necessary for the website to function and cannot be switched "
        "off in our systems, and they are usually only set in response to actions made by you.",
        "These technologies help us understand how our site is used or performs, how users "
        "engage with it, and which pages are the most and least popular on the site."}) {
    consent += std::string("<p>") + line + "</p>";
  }
  const std::string html =
      "<html><head><title>What are these two ports on the new case?</title></head><body>"
      "<header><a href=\"/\">Boards</a></header><div class=\"layout\"><div class=\"topic-head\">"
      "<h1>What are these two ports on the new case?</h1><p>By <a href=\"/u/rabbids\">rabbids"
      "</a>, March 19, 2024 in <a href=\"/f/cases\">Cases and hardware</a></p></div>"
      "<div class=\"area\"><div class=\"wrapper\"><div class=\"inner\"><div id=\"comments\" "
      "class=\"topic\"><div class=\"feed\"><form action=\"/moderate\" method=\"post\">" +
      post("rabbids", "March 19, 2024",
           "Not sure if this is the right place for this question, but does anyone know what "
           "these two ports on the new case are for? The manual says nothing about them, yet "
           "both look very intentional.") +
      post("devbiker", "March 20, 2024",
           "I have heard the rear one is for an external connection of lighting devices, though "
           "nobody at the shop could say for sure.") +
      "</form></div></div></div></div></div></div><div id=\"onetrust-consent-sdk\"><div "
      "id=\"onetrust-pc-sdk\"><div class=\"pc-content\"><div id=\"ot-pc-content\"><div "
      "class=\"ot-pc-scrollbar\"><div class=\"ot-desc\"><h2>Privacy Preference Center</h2>" +
      consent + "</div></div></div></div></div></div><footer><p>Powered by a forum engine.</p>"
      "</footer></body></html>";
  Result<Article> a = Extract(html);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  for (const char* kept : {"Not sure if this is the right place", "I have heard the rear one"}) {
    EXPECT_NE(a->text.find(kept), std::string::npos) << "lost \"" << kept << "\": " << a->text;
  }
  for (const char* dropped : {"Privacy Preference Center", "When you visit any website"}) {
    EXPECT_EQ(a->text.find(dropped), std::string::npos) << "kept \"" << dropped << "\": " << a->text;
  }
}

TEST(RulesTest, ThreadTakesNoUndatedBoxBesideItsPosts) {
  // A thread whose box of posts has a sibling after it, a call to sign in
  // and reply under its own heading, prose with few links: a sibling that
  // reads like content joins the region, but on a thread one joins only
  // with a post's date in it (the next posts), and the call goes; the
  // posts, with their posters and dates, stay.
  Result<Article> a = Extract(
      "<html><head><title>Budget for a first kayak?</title></head><body>"
      "<h1>Budget for a first kayak?</h1><div class=\"topic\"><div class=\"thread\">" +
      ThreadOpeningAPost(-1, "") + "</div><div class=\"join\"><h2>Join the discussion</h2>"
      "<p>Sign in or create your free account to reply, connect with other paddlers, plan "
      "trips together and follow the threads that matter to you.</p></div></div></body></html>");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->page_type, PageType::kForum) << PageTypeName(a->page_type);
  for (const auto& post : kKayakPosts) {
    EXPECT_NE(a->text.find(std::string(post[0]) + "\n\n" + post[1] + "\n\n" + post[2]),
              std::string::npos) << a->text;
  }
  EXPECT_EQ(a->text.find("Join the discussion"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Sign in or create"), std::string::npos) << a->text;
}

TEST(RulesTest, ThreadDropsWhatFollowsItsLastPost) {
  // A thread ending in a call to sign in and reply, in the posts' own box:
  // it goes, the posts stay, and so does one set as headings, a sentence
  // among them. Prose after the posts stays (the "posts" were a page's dated
  // rows above its text).
  std::string thread;
  for (const auto& post : kKayakPosts) {
    thread += std::string("<div class=\"post\"><div class=\"head\"><a href=\"/u/") + post[0] +
              "\">" + post[0] + "</a> <span>" + post[1] + "</span></div><div class=\"body\"><p>" +
              post[2] + "</p><p>" + post[2] + "</p></div></div>";
  }
  const std::string join =
      "<div class=\"join\"><p>Create an account or sign in to comment</p>"
      "<p>You need to be a member in order to leave a comment.</p>"
      "<p>Sign up for a new account in our community. It's easy!</p></div>";
  const std::string text = KayakThreadText(thread + join, " ");
  for (const char* dropped : {"Create an account", "You need to be a member", "Sign up"}) {
    EXPECT_EQ(text.find(dropped), std::string::npos) << "kept \"" << dropped << "\": " << text;
  }
  // The call set as headings, one a long sentence: a heading is no prose,
  // and the call goes too.
  const std::string headed =
      "<div class=\"join\"><h3>Comment</h3><h3>You must be signed in to take part in a "
      "discussion with the other members of the club.</h3></div>";
  const std::string headed_text = KayakThreadText(thread + headed, " ");
  for (const char* dropped : {"Comment", "You must be signed in"}) {
    EXPECT_EQ(headed_text.find(dropped), std::string::npos)
        << "kept \"" << dropped << "\": " << headed_text;
  }
  const std::string prose =
      "<p>Rental places along the river open in May and most of them let you try three or "
      "four boats in an afternoon for the price of one.</p>";
  const std::string with_prose = KayakThreadText(thread + join + prose, " ");
  EXPECT_NE(with_prose.find("Rental places along the river"), std::string::npos) << with_prose;
  EXPECT_NE(with_prose.find("Create an account"), std::string::npos) << with_prose;
}

TEST(RulesTest, QuestionPageDropsTheRemarksUnderItsPosts) {
  // A Q&A page in microdata: the question's item wraps its answers, each
  // answer holds remarks (items named its "comment") under a "2 Comments"
  // heading, or an empty "Comments" heading, and a box after the last answer
  // invites readers to ask. The question and answers stay; the remarks,
  // their headings and the box go.
  std::string answers;
  for (int i = 0; i < 3; ++i) {
    std::string remarks = "<h2>Comments</h2>";
    if (i < 2) {
      remarks = "<h2>2 Comments</h2>";
      for (int k = 0; k < 2; ++k) {
        remarks += "<div itemprop=\"comment\" itemscope itemtype=\"https://schema.org/Comment\">"
                   "<div>Remark " + std::to_string(i) + std::to_string(k) +
                   ": that depends a lot on the season you fly in, and on the airline.</div></div>";
      }
    }
    answers += std::string("<div class=\"answer\" itemprop=\"suggestedAnswer\" itemscope "
                           "itemtype=\"https://schema.org/Answer\"><div class=\"body\"><p>") +
               kAnswers[i] + "</p><p>" + kAnswers[(i + 1) % 3] + " (" + std::to_string(i) +
               ")</p></div><div class=\"signed\">answered Jun 2" + std::to_string(i) +
               ", 2014 at 9:1" + std::to_string(i) + "</div><div class=\"follow-ups\">" +
               remarks + "</div></div>";
  }
  const std::string html =
      "<html><head><title>How to book flights when moving abroad?</title></head>"
      "<body itemscope itemtype=\"https://schema.org/QAPage\"><div id=\"mainbar\">"
      "<div itemprop=\"mainEntity\" itemscope itemtype=\"https://schema.org/Question\">"
      "<h1 itemprop=\"name\">How to book flights when moving abroad?</h1><div class=\"post\"><p>"
      "I am moving from Switzerland to Singapore this autumn and wonder which is cheaper: a "
      "one-way ticket, or a return whose second leg I never use?</p></div>"
      "<div id=\"answers\">" + answers + "</div><div class=\"bottom\"><p>Start asking to get "
      "answers</p><p>Find the answer to your question by asking.</p></div></div></div>"
      "</body></html>";
  ExpectKeptAndDropped(html, PageType::kForum,
                       {"I am moving from Switzerland", "Buy the one-way ticket",
                        "Compare both on the airline's own site", "When I moved I bought"},
                       {"Remark", "Comments", "Start asking", "Find the answer"});
}

TEST(RulesTest, ThreadKeepsLinkedNamesEndingInDigits) {
  // A thread whose posters' cards give a linked name, then a title the
  // forum gives the member ("Well-known member"), then counts: names ending
  // in digits ("Melbourne2026", no year; "Lov100", more digits than a plain
  // name's letters allow) stay as the posters' names above the dates, and
  // the titles go with the cards.
  const char* kNames[] = {"Melbourne2026", "Lov100", "oldcanoe"};
  std::string thread;
  for (int i = 0; i < 3; ++i) {
    thread += std::string("<article class=\"post\"><div class=\"card\"><div><a href=\"/u/") +
              kNames[i] + "\">" + kNames[i] + "</a></div><div>Well-known member</div><ul><li>Joined "
              "Sep 7, 2015</li><li>2,866</li></ul></div><div class=\"main\"><div class=\"when\">" +
              kKayakPosts[i][1] + "</div><div class=\"body\"><p>" + kKayakPosts[i][2] + "</p><p>" +
              kKayakPosts[i][2] + "</p></div></div></article>";
  }
  const std::string text = KayakThreadPageText(thread);
  for (int i = 0; i < 3; ++i) {
    EXPECT_NE(text.find(std::string(kNames[i]) + "\n\n" + kKayakPosts[i][1] + "\n\n" +
                           kKayakPosts[i][2]),
              std::string::npos) << text;
  }
  for (const char* dropped : {"Well-known member", "Joined", "2,866"}) {
    EXPECT_EQ(text.find(dropped), std::string::npos) << "kept \"" << dropped << "\": " << text;
  }
}

TEST(RulesTest, ThreadKeepsNamesEndingInDigitsAmongCounters) {
  // A thread whose replies each open by naming the poster they answer on a
  // line of its own, and whose posts end with a vote count: the counts go,
  // the names ("Rainer555", "AppleUser2013": digits glued to a name are no
  // count, and no year) stay.
  const char* kAnswered[] = {"", "Rainer555", "AppleUser2013", "Rainer555"};
  const char* kVotes[] = {"0", "+1", "-1", "0"};
  std::string thread;
  for (int i = 0; i < 4; ++i) {
    const auto& post = kKayakPosts[i % 3];
    const std::string to =
        i > 0 ? std::string("<div class=\"to\">") + kAnswered[i] + "</div>" : std::string();
    thread += std::string("<div class=\"post\"><div class=\"head\"><a href=\"/u/") + post[0] +
              "\">" + post[0] + "</a> <span>" + post[1] + "</span></div><div class=\"body\">" +
              to + "<p>" + post[2] + "</p><p>" + post[2] + "</p></div><div class=\"votes\">" +
              kVotes[i] + "</div></div>";
  }
  const std::string text = KayakThreadPageText(thread);
  for (int i = 1; i < 4; ++i) {
    EXPECT_NE(text.find(std::string(kAnswered[i]) + "\n\n" + kKayakPosts[i % 3][2]),
              std::string::npos) << text;
  }
  EXPECT_EQ(text.find("+1"), std::string::npos) << text;
  EXPECT_EQ(text.find("-1"), std::string::npos) << text;
}

TEST(RulesTest, ThreadDropsEachPostsAttachmentBox) {
  // A thread whose posts end with a box of attached files (the file's
  // linked name, its size and download count): the boxes go, the posters'
  // names, dates and texts stay.
  std::string thread;
  for (int i = 0; i < 3; ++i) {
    const auto& post = kKayakPosts[i];
    thread += std::string("<div class=\"post\"><div class=\"head\"><a href=\"/u/") + post[0] +
              "\">" + post[0] + "</a> <span>" + post[1] + "</span></div><div class=\"body\"><p>" +
              post[2] + "</p><p>" + post[2] + "</p></div><dl class=\"attachbox\"><dt>Attachments"
              "</dt><dd><a href=\"/file/" + std::to_string(i) + "\">kayak-photo-" +
              std::to_string(i) + ".jpg</a> (95.79 KiB) Downloaded 47" + std::to_string(i) +
              " times</dd></dl></div>";
  }
  const std::string text = KayakThreadText(thread, " ");
  for (const char* dropped : {"Attachments", "KiB", "Downloaded"}) {
    EXPECT_EQ(text.find(dropped), std::string::npos) << "kept \"" << dropped << "\": " << text;
  }
}

TEST(RulesTest, DeclaredAnswerShorterThanTheQuestionJoins) {
  // A Q&A page in microdata whose question (a long post with its script)
  // outweighs its one short answer in a box of its own: the answer, an item
  // typed Answer, joins the question; the remark under it (its "comment"),
  // the related questions and the site's notice stay out.
  std::string script;
  for (int i = 0; i < 12; ++i) {
    script += "losetup /dev/loop" + std::to_string(i) + " /srv/images/part" + std::to_string(i) +
              ".img   # attach the part as a block device\n";
  }
  const std::string html =
      "<html><head><title>How to join a number of devices in linear mode?</title></head>"
      "<body itemscope itemtype=\"https://schema.org/QAPage\"><div class=\"notice\"><p>Our "
      "network of sites is where people ask and answer questions about their systems every "
      "day.</p></div><div id=\"mainbar\"><h1>How to join a number of devices in linear "
      "mode?</h1><div class=\"question\" itemprop=\"mainEntity\" itemscope "
      "itemtype=\"https://schema.org/Question\"><div class=\"post\"><p>For joining images "
      "in linear mode I attach each part as a loop device first, with a script that runs "
      "these lines one by one before the mapper table is written:</p><pre>" + script +
      "</pre><p>How do I tell the script how many devices to join when their number changes "
      "from one run to the next, without writing every name by hand?</p></div><div>asked "
      "Jul 18, 2024 at 4:39</div></div><div id=\"answers\"><h2>1 Answer</h2><div "
      "class=\"answer\" itemprop=\"acceptedAnswer\" itemscope "
      "itemtype=\"https://schema.org/Answer\"><div class=\"post\"><p>Use a for loop from "
      "zero to the count and store the device names in an array.</p><pre>for ((i = 0; i < "
      "n; i++)); do devices+=(/dev/loop$i); done</pre></div><div>answered Jul 18, 2024 at "
      "13:22</div><div itemprop=\"comment\" itemscope itemtype=\"https://schema.org/Comment\">"
      "<p>Remark: does this work in plain sh as well, or only in bash?</p></div></div></div>"
      "<div class=\"related\"><h2>Related</h2><ul><li><a href=\"/q/1\">Join two files in a "
      "batch mode</a></li><li><a href=\"/q/2\">Could not find any free loop device</a></li>"
      "</ul></div></div></body></html>";
  ExpectKeptAndDropped(html, PageType::kForum,
                       {"How do I tell the script how many devices",
                        "Use a for loop from zero to the count", "devices+=(/dev/loop$i)"},
                       {"Remark", "Join two files", "Our network of sites"});
}

TEST(RulesTest, AnswerKeepsTheShortAndLinkedLinesOfItsText) {
  // A Q&A page dating its posts at their foot ("answered Jul 18, 2024"):
  // the first answer's text, the body microdata names its text inside an
  // item typed Answer, opens with short lines over its code ("FILES", "In
  // simple terms, the backup command is:"), at the edge of the region the
  // answers make, and links a guide in a list item of its own and in its
  // last line ("REFERENCE : Full system backup with rsync"). They stay with
  // the answer; its vote count and its "Share" link, outside the body, go.
  std::string answers;
  const char* kOpenings[] = {
      "<p>FILES</p><p>In simple terms, the backup command is:</p>"
      "<pre>sudo tar czf /backup.tar.gz --exclude=/backup.tar.gz --exclude=/dev --exclude=/proc "
      "--exclude=/sys --exclude=/tmp --one-file-system /</pre>",
      "", ""};
  const char* kLinks[] = {
      "<ul><li><a href=\"https://guides.example/clone\">Bash script to clone the active "
      "partition to another</a></li></ul>",
      "", ""};
  const char* kClosings[] = {
      "<p>REFERENCE : <a href=\"https://guides.example/rsync\">Full system backup with "
      "rsync</a></p>",
      "", ""};
  for (int i = 0; i < 3; ++i) {
    answers += std::string(
                   "<div class=\"answer\" itemprop=\"suggestedAnswer\" itemscope "
                   "itemtype=\"https://schema.org/Answer\"><div class=\"votes\">") +
               std::to_string(158 - 40 * i) + "</div><div class=\"post\" itemprop=\"text\">" +
               kOpenings[i] + "<p>" + kKayakPosts[i][2] + " Keep the archive on another disk.</p>" +
               kLinks[i] + "<p>" + kKayakPosts[i][2] + "</p>" + kClosings[i] +
               "</div><div><a href=\"/a/" + std::to_string(i) + "/share\">Share</a> answered Jul " +
               std::to_string(18 + i) + ", 2024 at 13:22</div></div>";
  }
  const std::string html =
      "<html><head><title>How to back up my entire system?</title></head><body itemscope "
      "itemtype=\"https://schema.org/QAPage\"><div id=\"mainbar\"><h1>How to back up my entire "
      "system?</h1><div id=\"answers\">" +
      answers + "</div></div></body></html>";
  ExpectKeptAndDropped(
      html, PageType::kForum,
      {"FILES", "In simple terms, the backup command is:", "sudo tar czf",
       "Bash script to clone the active partition", "REFERENCE : Full system backup with rsync"},
      {"158", "Share"});
}

// The kayak posts, each a head line (the poster's linked name, the date)
// over its text said twice, the second post's text between `before` and
// `after`.
std::string ThreadAddingToTheSecondPost(const std::string& before, const std::string& after) {
  std::string thread;
  for (int i = 0; i < 3; ++i) {
    const auto& post = kKayakPosts[i];
    std::string body = std::string("<p>") + post[2] + "</p><p>" + post[2] + "</p>";
    if (i == 1) body = before + body + after;
    thread += std::string("<div class=\"post\"><div class=\"head\"><a href=\"/u/") + post[0] +
              "\">" + post[0] + "</a> <span>" + post[1] + "</span></div><div class=\"body\">" +
              body + "</div></div>";
  }
  return thread;
}

TEST(RulesTest, CaptionedImageInABoxNamedAfterItsAttachmentStays) {
  // A blog engine names each captioned image's box after the image's record
  // (id "attachment_5678", class "wp-caption"): one picture of the story,
  // no file attached to a post ("inline-attachment"). The picture stays in
  // the article's Markdown; the share bar goes.
  Result<Article> a = Extract(
      "<html><head><title>River floods lower town | Valley Post</title></head><body><article>"
      "<h1>River floods lower town</h1>" + std::string(kStory) +
      "<div id=\"attachment_5678\" class=\"wp-caption aligncenter\"><img src=\"/gym.jpg\" "
      "alt=\"The school gym\"><p class=\"wp-caption-text\">The gym as a shelter.</p></div>" +
      kStory + "<div class=\"share\"><a href=\"/s\">Share this story</a></div></article>"
      "</body></html>");
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("The river rose by two metres overnight"), std::string::npos);
  EXPECT_EQ(a->text.find("Share this story"), std::string::npos) << a->text;
  RenderOptions with_images;
  with_images.with_images = true;
  const std::string markdown = Render(*a, OutputFormat::kMarkdown, with_images);
  EXPECT_NE(markdown.find("![The school gym](/gym.jpg)"), std::string::npos) << markdown;
}

TEST(RulesTest, ThreadDropsAFileAttachedInsideAPost) {
  // A thread whose second post attaches a file inside its text ("Logs in
  // attachment.", then the file's linked name, its size and download count
  // in an "inline-attachment" box): the box goes, the post's text stays.
  const std::string text = KayakThreadText(
      ThreadAddingToTheSecondPost(
          "", "<p>Logs in attachment.</p><div class=\"inline-attachment\"><dl class=\"file\">"
              "<dt><a href=\"/download/file.php?id=53369\">trip-log.zip</a></dt><dd>(1.35 KiB) "
              "Downloaded 458 times</dd></dl></div>"),
      " ");
  EXPECT_NE(text.find("Logs in attachment."), std::string::npos) << text;
  for (const char* dropped : {"trip-log.zip", "KiB", "Downloaded"}) {
    EXPECT_EQ(text.find(dropped), std::string::npos) << "kept \"" << dropped << "\": " << text;
  }
}

TEST(RulesTest, ThreadDropsAPostersCardWithALongLine) {
  // A thread whose posts put the date over the poster's card (a linked name,
  // then "Join Date:", "Location:", a long "Programs:" line with commas,
  // "Posts:") beside the text: the long line read as the post's first text,
  // so the card's lines above it stayed as the lines opening the post. The
  // dated line in that box says it is the card: the card goes, the name,
  // the date (shown after the name) and the text stay.
  std::string thread;
  for (int i = 0; i < 3; ++i) {
    const auto& post = kKayakPosts[i];
    thread += std::string("<div class=\"postbit\"><div class=\"row\">") + post[1] +
              "</div><div class=\"row\"><div class=\"cell\"><a href=\"/u/" + post[0] + "\">" +
              post[0] + "</a><div class=\"small\"><div>Join Date: Mar 2009</div><div>Location: "
              "Lake District</div><div>Programs: Sea kayak coach, river guide, instructor for "
              "rolling, rescues, navigation and more</div><div>Posts: 1,370</div></div></div>"
              "<div class=\"cell\"><p>" + post[2] + "</p></div></div></div>";
  }
  const std::string text = KayakThreadPageText(thread);
  for (const auto& post : kKayakPosts) {
    EXPECT_NE(text.find(std::string(post[0]) + "\n\n" + post[1] + "\n\n" + post[2]),
              std::string::npos) << text;
  }
  for (const char* dropped : {"Join Date", "Location", "Programs", "Posts: 1,370"}) {
    EXPECT_EQ(text.find(dropped), std::string::npos) << "kept \"" << dropped << "\": " << text;
  }
}

TEST(RulesTest, ThreadKeepsNoQuotesHeadAsThePoster) {
  // A thread whose post heads are one line opened by the poster's linked
  // name ("paddle_ann March 3, 2024, 10:02am") and whose second post opens
  // with a quote of the first, headed by the quoted poster's linked name
  // ("rivermouse:") in an <aside>: the quote's head is no name of the post's
  // poster and goes with the quote; each head line and text stays.
  const std::string text = KayakThreadText(
      ThreadAddingToTheSecondPost(
          "<aside class=\"quote\"><div class=\"title\"><a href=\"/u/rivermouse\">rivermouse</a>:"
          "</div><blockquote><p>What should I look at first?</p></blockquote></aside>",
          ""),
      " ");
  EXPECT_EQ(text.find("rivermouse:"), std::string::npos) << text;
}

TEST(RulesTest, ThreadDropsEachPostsReactionCountsInAList) {
  // A thread whose posts end with a list of reactions, each a bare number
  // ("3", "1"): the counts go; a list of timed stops inside a post's text
  // ("9.15 launch at the ramp") stays, numbers and all.
  std::string thread;
  for (int i = 0; i < 3; ++i) {
    const auto& post = kKayakPosts[i];
    std::string body = std::string("<p>") + post[2] + "</p><p>" + post[2] + "</p>";
    if (i == 2) {
      body += "<ul class=\"stops\"><li>9.15 launch at the ramp</li><li>10.40 lunch on the "
              "island</li><li>12.30 back at the ramp</li></ul>";
    }
    thread += std::string("<div class=\"post\"><div class=\"head\"><a href=\"/u/") + post[0] +
              "\">" + post[0] + "</a> <span>" + post[1] + "</span></div><div class=\"body\">" +
              body + "</div><ul class=\"reactions\"><li>" + std::to_string(3 - i) + "</li><li>" +
              std::to_string(i + 1) + "</li></ul></div>";
  }
  const std::string text = KayakThreadText(thread, " ");
  for (const char* kept : {"9.15 launch at the ramp", "10.40 lunch on the island"}) {
    EXPECT_NE(text.find(kept), std::string::npos) << "lost \"" << kept << "\": " << text;
  }
  for (const char* dropped : {"\n3\n", "\n2\n", "\n1\n"}) {
    EXPECT_EQ(text.find(dropped), std::string::npos) << "kept \"" << dropped << "\": " << text;
  }
}

TEST(RulesTest, ThreadDropsEachPostsOrdinal) {
  // A thread whose post heads end with the post's number (microdata
  // "position"): the poster and date stay, the numbers go.
  std::string thread;
  for (int i = 0; i < 3; ++i) {
    const auto& post = kKayakPosts[i];
    thread += std::string("<div class=\"topic-post\" itemprop=\"comment\"><div class=\"meta\">"
                          "<span class=\"creator\"><a href=\"/u/") + post[0] + "\">" + post[0] +
              "</a></span> <span class=\"infos\"><time>" + post[1] +
              "</time> <span itemprop=\"position\">" + std::to_string(i + 1) +
              "</span></span></div><div class=\"post\" itemprop=\"text\"><p>" + post[2] +
              "</p><p>" + post[2] + "</p></div></div>";
  }
  const std::string text = KayakThreadText(thread, " ");
  for (const char* number : {"\n1\n", "\n2\n", "\n3\n", "am 1", "am 2", "pm 3"}) {
    EXPECT_EQ(text.find(number), std::string::npos) << "kept \"" << number << "\": " << text;
  }
}

TEST(RulesTest, ThreadKeepsTheShortRepliesBetweenItsLongPosts) {
  // A thread of long posts and short replies, the posts' boxes striped by
  // class ("post bg1", "post bg2"): the region takes the long posts, and the
  // short replies between them (too little text to join as the region's
  // siblings) join as posts between kept ones, with their posters and
  // dates. The site's dated list of other topics, the posts' buttons and the
  // footer still go.
  auto post = [](int n, const std::string& name, const std::string& date,
                 const std::string& body) {
    return "<div class=\"post bg" + std::to_string(n % 2 + 1) +
           "\"><div class=\"head\"><a href=\"/u/" + name + "\">" + name + "</a> <span>" +
           date + "</span></div><div class=\"content\">" + body +
           "</div><ul class=\"buttons\"><li><a href=\"#q\">Quote</a></li></ul></div>";
  };
  const std::string long_text =
      "<p>I am planning a first multi-day trip by kayak along the coast next summer, five "
      "days with two nights in huts and two in a tent, and I am not sure what to pack.</p>"
      "<p>The boat has two hatches and a day compartment, which sounds like a lot until you "
      "try to fit a tent, a sleeping bag, a stove and five days of food inside them.</p>"
      "<p>People who have done a trip like this: what did you take that you never used, and "
      "what did you wish you had taken? Dry bags of which size worked best for you?</p>"
      "<p>Last year I did two nights on a lake, which went fine, but the sea is another "
      "thing: the weather turns quickly, there are no shops along the way, and water has to "
      "be carried for every day between the huts.</p><p>My plan so far is a light tent, a "
      "down bag in a dry bag, one pot, a small gas stove with two cartridges, a water "
      "filter, and food for five days with one day spare in case the wind keeps me on a "
      "beach.</p><p>Clothes are the hardest part. I would like to take one set for paddling "
      "and one dry set for the evening, plus a warm layer, but even that fills a whole "
      "hatch once it is rolled up.</p><p>I also wonder about navigation: is a waterproof "
      "map case on the deck enough, or do people carry a GPS and a spare battery as well, "
      "and where do you keep them dry?</p>";
  const std::string reply_text =
      "<p>Long lists make heavy boats, keep an eye on the weight!</p>";
  const std::string html =
      "<html><head><title>Packing for a five-day coastal trip</title></head><body>"
      "<h1>Packing for a five-day coastal trip</h1><div class=\"topic\">" +
      post(1, "seaotter", "May 2, 2024, 8:10am", long_text) +
      post(2, "gullwing", "May 2, 2024, 9:45am", reply_text) +
      post(3, "tidepool", "May 3, 2024, 7:20pm",
           "<p>Pack everything at home first, then take a third of it out again. Food and "
           "water are the only things you cannot cut, so plan them first and fit the rest "
           "around them in the hatches.</p><p>Small dry bags are easier to slide past the "
           "bulkheads than big ones, and a deck bag keeps the snacks and the map at hand "
           "while you paddle, without opening a hatch at sea.</p><p>Leave the second stove "
           "and the camp chair at home; take a spare paddle, a pump and a repair kit "
           "instead, because those are the things you will miss when something goes wrong "
           "far from the beach.</p>"
           "<p>On clothes: one paddling set that you accept will be wet, one dry set that never "
           "leaves its bag until camp, and a warm hat. That is all you need for five days in "
           "summer, and the warm layer doubles as a pillow.</p><p>For navigation a map case on "
           "the deck and a phone in a pouch are plenty on a coast you can always see; keep the "
           "spare battery in the day compartment with the first aid kit.</p><p>Weigh the loaded "
           "boat once at home. If you cannot carry it to the water with a friend, it is too "
           "heavy, and you will feel every kilo in the afternoon wind.</p>") +
      post(4, "driftwood", "May 4, 2024, 6:05am",
           "<p>Agreed on the repair kit, tape saved my trip once.</p>") +
      post(5, "seaotter", "May 4, 2024, 10:30am",
           "<p>Thank you all, this helps a lot. I packed everything on the living room floor "
           "last night and took out the chair, the second pot and half of the clothes.</p>"
           "<p>The food still takes most of the rear hatch, so I will try the small dry bags "
           "and a deck bag for the day, and weigh the boat before the trip.</p>") +
      "</div><aside class=\"topics\"><h3>Other topics</h3><ul>"
      "<li><a href=\"/t/1\">Winter paddling gloves</a> <span>May 1, 2024</span></li>"
      "<li><a href=\"/t/2\">Repairing a cracked hull</a> <span>Apr 28, 2024</span></li>"
      "<li><a href=\"/t/3\">Roof racks for small cars</a> <span>Apr 20, 2024</span></li>"
      "</ul></aside><footer><p>Powered by a forum engine, all rights reserved.</p></footer>"
      "</body></html>";
  ExpectKeptAndDropped(html, PageType::kForum,
                       {"I am planning a first multi-day trip", "Dry bags of which size",
                        "gullwing May 2, 2024, 9:45am\n\nLong lists make heavy boats",
                        "Pack everything at home first", "far from the beach.",
                        "driftwood May 4, 2024, 6:05am\n\nAgreed on the repair kit",
                        "weigh the boat before the trip."},
                       {"Other topics", "Winter paddling gloves", "Quote", "Powered by"});
}

TEST(RulesTest, ThreadKeepsItsLastPostsAfterTheRegion) {
  // A thread of four posts, each in a box of one template: the last reply
  // is short and mostly a card of links (a linked issue the forum embeds),
  // so it scores too low to join as a sibling of the region's root, and no
  // kept post comes after it. It is the thread's next post, built from the
  // template of the last kept one, and joins with its poster and date. The
  // box after the thread, of the posts' tag but another class (the site's
  // dated list of other topics, each with a line of text), still goes.
  auto post = [](const std::string& name, const std::string& date, const std::string& body) {
    return "<div class=\"topic-post\"><div class=\"meta\"><a href=\"/u/" + name + "\">" + name +
           "</a> <time>" + date + "</time></div><div class=\"body\">" + body + "</div></div>";
  };
  // The opening post's log: the same error at each of ten tries.
  std::string log;
  for (int i = 0; i < 10; ++i) {
    log += "10:09:" + std::to_string(30 + i) + " " +
           "ERROR [core] Error doing job: Future exception was never retrieved\n"
           "  File \"/usr/lib/python3.12/concurrent/futures/thread.py\", line 58, in run\n"
           "    result = self.fn(*self.args, **self.kwargs)\n"
           "  File \"/config/custom/thermo/device.py\", line 147, in actually_start\n"
           "    self._task = self._hass.create_task(self.receive_loop(), name, eager)\n"
           "  File \"/usr/src/core/core.py\", line 816, in create_task\n"
           "    self.verify_event_loop_thread(\"create_task\", strict, report)\n"
           "  File \"/usr/src/core/helpers/frame.py\", line 162, in report\n"
           "    _report_integration(what, integration_frame, level, error_if_integration)\n"
           "RuntimeError: integration 'thermo' calls create_task from a thread, at device.py, "
           "line 147, in actually_start, while starting, for entity climate.hall, in loop 1\n";
  }
  const std::string html =
      "<html><head><title>Heating stops after the update</title></head><body>"
      "<h1>Heating stops after the update</h1><div class=\"thread\">" +
      post("marten", "May 3, 2024, 8:45am",
           "<p>Since I installed the new version of the home controller last night, the heating "
           "schedule no longer runs: the boiler stays off at six in the morning, and the log says "
           "the thermostat is unavailable.</p><p>I went back to the previous version and "
           "everything works again, so it must be something in the update. Has anyone seen this "
           "before, and is there a way to keep the new version?</p><p>Here is the log of the "
           "first restart after the update:</p><pre>" +
               log + "</pre>") +
      post("wrenfield", "May 3, 2024, 12:16pm",
           "<p>It looks like the thermostat integration you added by hand is the cause: the new "
           "version is stricter about how integrations start their tasks, and older ones fail "
           "quietly.</p><p>Try disabling that integration and restarting; if the schedule runs "
           "again, open an issue with the integration's author so they can fix it for the new "
           "version.</p><p>You can see which integration it is in the full log: look for the "
           "first error after the restart, the one that names a file under the folder of "
           "custom components, and read the name of the folder it lies in.</p><p>While you "
           "wait for a fix, the schedule can run as a plain automation that switches the boiler "
           "at fixed times; it needs no integration at all, only the boiler's own switch.</p>"
           "<p>Keep a copy of the configuration before each update, too. Going back is then a "
           "matter of minutes, and you can compare the two versions' logs side by side to find "
           "what changed.</p><p>Many integrations added by hand were written years ago and are "
           "kept by one person in their spare time, so expect a week or two before a fixed "
           "version is out, and check the project's page for a test release.</p>") +
      post("tidewell", "May 3, 2024, 12:40pm",
           "<p>Same here with a thermostat added by hand: the schedule stopped after the update "
           "and came back once I disabled the integration.</p><p>So that is worth trying first, "
           "before going back to the old version and losing the other fixes of the update.</p>") +
      post("marten", "May 3, 2024, 1:23pm",
           "<p>I found an issue already open for it:</p><aside class=\"card\"><header><a "
           "href=\"https://tracker.example/thermo\">tracker.example/thermo</a></header><h4><a "
           "href=\"https://tracker.example/thermo/issues/1871\">Update stops the thermostat "
           "integration</a></h4><div class=\"info\"><div class=\"user\"><a "
           "href=\"https://tracker.example/u/abbe\"><span>abbe</span></a></div><div "
           "class=\"labels\"><span><b>bug</b></span><span><b>help</b></span><span><b>update"
           "</b></span></div></div></aside>"
           "<p>It seems to be a known problem and is being discussed.</p>") +
      "<div class=\"also\"><h3>Other topics</h3><p><time>May 1, 2024, 9:12pm</time></p>"
      "<p>Boiler pressure drops every night in winter, and the gauge is under one bar by the "
      "morning.</p></div></div><footer><p>Powered by a forum engine, all rights reserved.</p></footer>"
      "</body></html>";
  ExpectKeptAndDropped(html, PageType::kForum,
                       {"the heating schedule no longer runs", "open an issue with the",
                        "marten May 3, 2024, 1:23pm\n\nI found an issue already open for it:\n\nIt "
                        "seems to be a known problem and is being discussed."},
                       {"Other topics", "Boiler pressure drops", "Powered by"});
}

TEST(RulesTest, ThreadKeepsItsOpeningPostBuiltFromTheRepliesTemplate) {
  // A thread whose posts share one template inside the forum's moderation
  // form: the poster's card (a linked name, a member title, a post count),
  // the subject and the date as links, the text, and a linked signature.
  // The first reply is long and the others short, so the region is that
  // reply alone, and the short replies after it join as the thread's last
  // posts. The opening question is short too, and the links of its card,
  // subject, date and signature outweigh its text (more than a sibling of
  // the region may carry). It is the thread's first post, built from the
  // template of the first kept one, and joins with its poster, date and
  // text. The forum's notice before the form still goes.
  auto post = [](const std::string& id, const std::string& name, const std::string& date,
                 const std::string& body) {
    return "<div class=\"windowbg\" id=\"msg" + id + "\"><div class=\"poster\"><h4><a href=\"/u/" +
           name + "\">" + name + "</a></h4><ul class=\"user_info\"><li>Full Member</li>"
           "<li>Posts: 1,204</li></ul></div><div class=\"postarea\"><div class=\"keyinfo\"><div "
           "class=\"subject\"><a href=\"/msg" + id + "\">Re: Sharing one printer between two "
           "floors</a></div><div class=\"postinfo\"><a href=\"/msg" + id + "\">" + date +
           "</a></div></div><div class=\"post\"><div class=\"inner\">" + body +
           "</div></div></div><div class=\"signature\"><a href=\"https://club.example/" + name +
           "\"><b>" + name + " - the village computer club</b></a></div></div>";
  };
  const std::string html =
      "<html><head><title>Sharing one printer between two floors</title></head><body>"
      "<div class=\"news\"><p>Welcome, guest. Please sign in or register to post.</p></div>"
      "<h2>Sharing one printer between two floors</h2><form id=\"quickModForm\" method=\"post\" "
      "action=\"/quickmod\">" +
      post("101", "lindenhall", "June 04, 2024, 11:23:55 AM",
           "Our office has one printer upstairs, and the people downstairs would like to print "
           "to it too. What is the simplest way to share it?") +
      post("102", "orrisfield", "June 09, 2024, 03:29:46 AM",
           "The simplest way is to give the printer a fixed address on the network and add it "
           "on each computer by that address, so that nothing depends on the computer upstairs "
           "being switched on. Most printers made in the last ten years can be reached this way, "
           "either by a cable to the router or over the wireless network, and the settings page "
           "of the printer shows which address it has. If the printer only has a cable for one "
           "computer, a small print server box does the same job for little money, and it "
           "needs no software on the computers beyond the printer's own driver.<br><br>"
           "Whichever way you choose, reserve the printer's address in the router's settings, so "
           "that the router never hands it to another device after a power cut. Without that, "
           "the printer may come back with a new address one morning, and every computer that "
           "knew the old one will report it as offline.<br><br>Then add the printer on each "
           "computer by its address rather than by searching the network. A search finds it "
           "only while both are on the same part of the network, and downstairs may be on the "
           "second access point, which some routers keep apart from the first.<br><br>Last, "
           "write the address and the model on a label on the printer itself, so that whoever "
           "sets up the next laptop finds them without opening the router's pages, and keep the "
           "driver's installer in a shared folder, since the maker moves its files around every "
           "year or two.") +
      post("103", "quillbrook", "October 01, 2024, 10:05:34 PM",
           "We did the same in our club house, and it has worked on both floors since.") +
      post("104", "orrisfield", "October 03, 2024, 12:01:00 PM",
           "Good to hear. Reserve the address in the router too.") +
      "</form><footer><p>Powered by a forum engine, all rights reserved.</p></footer>"
      "</body></html>";
  ExpectKeptAndDropped(html, PageType::kForum,
                       {"lindenhall\n\nJune 04, 2024, 11:23:55 AM\n\nOur office has one printer "
                        "upstairs",
                        "What is the simplest way to share it?", "give the printer a fixed address",
                        "worked on both floors since.", "Reserve the address in the router too."},
                       {"Welcome, guest", "Powered by"});
}

TEST(RulesTest, ThreadKeepsItsShortReplies) {
  // A thread whose posts share one template: the poster's linked name and
  // date over the post's text in a "cooked" box. Two replies are too short
  // to read as text: "Same for me." between two kept posts and "Thanks, that
  // fixed it." closing the thread. They are posts as much as the long ones
  // and stay with their posters and dates, since their text sits where the
  // kept posts set theirs. A box of the posts' template whose short line sits
  // elsewhere (a notice that the post was withdrawn, in a box of its own)
  // and the site's dated list of other topics after the thread still go.
  auto post = [](const std::string& name, const std::string& date, const std::string& body) {
    return "<div class=\"topic-post\"><div class=\"meta\"><a href=\"/u/" + name + "\">" + name +
           "</a> <time>" + date + "</time></div>" + body + "</div>";
  };
  auto cooked = [](const std::string& text) { return "<div class=\"cooked\">" + text + "</div>"; };
  // The opening post's log: the job's ten tries.
  std::string log = "<p>Here is the log of last night's run:</p><pre>";
  for (int i = 0; i < 10; ++i) {
    log += "02:00:" + std::to_string(10 + i) +
           " backup[4411]: job 'nightly' started, source /srv/share, target volume "
           "7f3e9a2c-18d4-4b1e-9c55-0e2b6a1d9f40\n"
           "02:00:" + std::to_string(20 + i) +
           " backup[4411]: error: target volume 7f3e9a2c-18d4-4b1e-9c55-0e2b6a1d9f40 not found, "
           "giving up after 60 s; the job will run again at the next scheduled time\n";
  }
  log += "</pre>";
  const std::string html =
      "<html><head><title>Backups stop after the disk upgrade</title></head><body>"
      "<h1>Backups stop after the disk upgrade</h1><div class=\"thread\">" +
      post("marten", "May 3, 2024, 8:45am",
           cooked("<p>Since I replaced the small disk of the file server with a larger one, the "
                  "nightly backup no longer runs: the job starts at two in the morning and stops "
                  "after a minute, and the log says the target volume cannot be found.</p><p>I "
                  "copied the data over with the same folder names and the same share, so I do "
                  "not see what the backup could be missing. Has anyone seen this before?</p>" +
                  log)) +
      post("wrenfield", "May 3, 2024, 12:16pm",
           cooked("<p>The backup job remembers the volume by its identifier, not by its name or "
                  "its mount point, and a new disk has a new identifier even when everything on "
                  "it looks the same.</p><p>Open the job's settings, choose the target again from "
                  "the list of volumes and save it; the next run should find the disk.</p>")) +
      post("tidewell", "May 3, 2024, 12:40pm", cooked("<p>Same for me.</p>")) +
      post("orla", "May 3, 2024, 1:02pm",
           "<div class=\"withdrawn\"><p>Post withdrawn</p></div>") +
      post("wrenfield", "May 3, 2024, 1:10pm",
           cooked("<p>If choosing the target again does not help, remove the job and create it "
                  "anew with the same schedule: the old job keeps a copy of the volume's "
                  "identifier in its catalogue, and a new job starts with an empty one.</p><p>"
                  "Keep the old job disabled until the new one has run once, so that its "
                  "settings are at hand.</p>")) +
      post("marten", "May 3, 2024, 5:09pm", cooked("<p>Thanks, that fixed it.</p>")) +
      "<div class=\"also\"><h3>Other topics</h3><p><time>May 1, 2024, 9:12pm</time></p>"
      "<p>Fan noise.</p></div></div><footer><p>Powered by a forum engine, all rights "
      "reserved.</p></footer></body></html>";
  ExpectKeptAndDropped(html, PageType::kForum,
                       {"the nightly backup no longer runs", "choose the target again",
                        "tidewell May 3, 2024, 12:40pm\n\nSame for me.",
                        "remove the job and create it anew",
                        "marten May 3, 2024, 5:09pm\n\nThanks, that fixed it."},
                       {"Post withdrawn", "Other topics", "Fan noise", "Powered by"});
}

TEST(RulesTest, EditNoticesEndingPostsGo) {
  // Two threads whose posts end in a notice of their last edit. On the
  // first the notice is a sentence naming its editor by a link, date and
  // clock time ("Last edited by ... on 12. Sep 2024, 11:14, edited 4 times
  // in total."); on the second each post is dated at its foot, its
  // poster's linked name and date going as links, so its short "Last
  // edited: Aug 6, 2025" is followed by the next post's text, outside its
  // own post. Both go; the posts' head lines over their text and a post's
  // closing dated sentence with no link stay.
  const std::string paragraphs[] = {
      "Since the update the shared folders of every guest open slowly, and copying a large file "
      "between host and guest takes minutes where it took seconds.",
      "Same here on two machines: the network of the guests is slow too, and downloads inside "
      "them crawl until the old version is back.",
      "Going back to the previous release fixed it for me, so it must be a change in the new "
      "version's network code that the next one may undo.",
      "Thanks, I went back as well. We meet on May 3, 2024 at 10:30 to test the next build "
      "together, anyone welcome."};
  const char* hosts[] = {"Host: Linux.", "Host: Windows 11.", "Host: macOS.", "Host: Linux."};
  const char* names[] = {"galitsyn", "ehasis", "multiOS", "galitsyn"};
  std::string head_first;
  std::string foot_dated;
  for (int i = 0; i < 4; ++i) {
    const std::string day = std::to_string(11 + i);
    const std::string name = names[i];
    const std::string member = "<a href=\"/member/" + name + "\">" + name + "</a>";
    head_first += "<div class=\"post\"><p class=\"author\">by " + member + " &raquo; " + day +
                  ". Sep 2024, 18:3" + std::to_string(i) + "</p><div class=\"content\"><p>" +
                  paragraphs[i] + "</p><p>" + hosts[i] + "</p></div>" +
                  (i < 2 ? "<div class=\"notice\">Last edited by " + member + " on " + day +
                               ". Sep 2024, 19:14, edited " + std::to_string(i + 2) +
                               " times in total.</div>"
                         : "") +
                  "</div>";
    foot_dated += "<li class=\"message\"><div class=\"user\">" + member +
                  "</div><blockquote class=\"text\">" + paragraphs[i] +
                  "</blockquote><div class=\"details\"><a href=\"/p/" + day + "\">#" +
                  std::to_string(i + 1) + "</a> " + member + ", <a href=\"/p/" + day +
                  "\">Aug " + day + ", 2025</a>" +
                  (i < 2 ? "<div class=\"edit\">Last edited: Aug " + day + ", 2025</div>" : "") +
                  "</div></li>";
  }
  for (const std::string& thread :
       {"<div class=\"topic\">" + head_first + "</div>", "<ol class=\"messages\">" + foot_dated +
                                                             "</ol>"}) {
    const std::string html =
        "<html><head><title>Slow guests after the update</title></head><body>"
        "<h1>Slow guests after the update</h1>" +
        thread + "<footer><p>Powered by a forum engine.</p></footer></body></html>";
    ExpectKeptAndDropped(html, PageType::kForum,
                         {"copying a large file", "the network of the guests is slow",
                          "We meet on May 3, 2024 at 10:30"},
                         {"Last edited", "Powered by"});
  }
}

TEST(RulesTest, EditNoticesOverTheirReasonGo) {
  // A thread whose edited posts end in a notice over the reason given for
  // the edit, two lines of one block ("Edited May 22, 2024 by marten" over
  // "*edit to add the job's log | edit 2 to fix a typo"). It goes, as a
  // notice alone does; a post's closing paragraph opened by a dated line
  // over a longer text ("Update May 23, 2024:" over what changed) stays,
  // and so do the posts' head lines over their text.
  const std::string paragraphs[] = {
      "Since I replaced the small disk of the file server with a larger one, the nightly backup "
      "no longer runs, and the log says the target volume cannot be found.",
      "The backup job remembers the volume by its identifier, not by its name, and a new disk "
      "has a new identifier even when everything on it looks the same.",
      "Choosing the target again in the job's settings fixed it here, after the same upgrade "
      "of the disk of a file server last spring.",
      "Thanks, that was it: the job found the disk again and the backup ran through last night "
      "without an error."};
  const char* names[] = {"marten", "wrenfield", "tidewell", "marten"};
  std::string posts;
  for (int i = 0; i < 4; ++i) {
    const std::string day = std::to_string(22 + i);
    const std::string name = names[i];
    posts += "<article class=\"post\"><div class=\"author\"><a href=\"/u/" + name + "\">" + name +
             "</a></div><div class=\"date\">Posted May " + day +
             ", 2024</div><div class=\"content\"><p>" + paragraphs[i] + "</p>";
    if (i == 2) {
      posts += "<p>Update May 26, 2024:<br>the backup ran again last night after I chose the "
               "target volume once more in the job's settings, as the second reply says, and "
               "it has run every night since then.</p>";
    }
    if (i < 2) {
      posts += "<span class=\"notice\"><strong>Edited May " + day + ", 2024 by " + name +
               "</strong><br>*edit to add the job's log | edit 2 to fix a typo</span>";
    }
    posts += "</div></article>";
  }
  const std::string html =
      "<html><head><title>Backups stop after the disk upgrade</title></head><body>"
      "<h1>Backups stop after the disk upgrade</h1><div class=\"topic\">" +
      posts + "</div><footer><p>Powered by a forum engine.</p></footer></body></html>";
  ExpectKeptAndDropped(html, PageType::kForum,
                       {"wrenfield\n\nPosted May 23, 2024\n\nThe backup job remembers",
                        "Update May 26, 2024:\nthe backup ran again last night",
                        "without an error."},
                       {"Edited May", "edit 2 to fix a typo", "Powered by"});
}

TEST(RulesTest, DataSheetOfAProductStays) {
  // A product's label/value rows: two at the edge of the description (too
  // few for a list of facts), and a specifications section of its own
  // beside the product's box, with no prose to join on. The buy box's
  // price and the tiles of other products go.
  auto rows = [](std::initializer_list<std::pair<const char*, const char*>> pairs) {
    std::string t = "<table>";
    for (const auto& [label, value] : pairs) {
      t += std::string("<tr><th>") + label + "</th><td>" + value + "</td></tr>";
    }
    return t + "</table>";
  };
  const std::string html =
      "<html><head><title>Trail 25 Pack | Outdoor Shop</title><script "
      "type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Trail 25 Pack\"}"
      "</script></head><body><div class=\"page\"><div class=\"product\"><form "
      "class=\"buy-box\"><h1>Trail 25 Pack</h1><p>$99.00</p><button>Add to cart</button></form>"
      "<div class=\"description\"><p>Keep the gear of a long day within easy reach: the pack "
      "fits a wide range of body types, and its pockets hold keys, maps and snacks where a hand "
      "finds them.</p><p>The ripstop body sheds a shower, the bottom panel resists rocks and "
      "roots, and the padded straps spread the load over the shoulders on the steepest "
      "climbs.</p><p>A sleeve inside takes a water reservoir of up to three litres, and the hose "
      "runs out through a port beside the left strap, within reach of the mouth.</p><p>Two side "
      "pockets of stretch mesh hold bottles upright, and a daisy chain on the front carries an "
      "ice axe, a pad or a wet jacket outside the pack.</p>" +
      rows({{"Volume", "25 litres"}, {"Weight", "850 grams"}}) +
      "</div><p>Every pack we sell comes with a warranty of two years against faults of "
      "material.</p></div><div class=\"specs\"><h2>Specifications</h2>" +
      rows({{"Frame", "Internal, aluminium stay"}, {"Fabric", "Ripstop nylon, 210 denier"},
            {"Hydration", "Sleeve and port for a reservoir"}}) +
      "</div><div class=\"related\"><h2>You may also like</h2><ul>"
      "<li><a href=\"/p/1\">Trail 40 Pack</a> $129.00</li><li><a href=\"/p/2\">Summit "
      "Bag</a> $79.00</li><li><a href=\"/p/3\">Day Sack</a> $59.00</li></ul></div>"
      "</div></body></html>";
  Result<Article> a = Extract(html);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->page_type, PageType::kProduct);
  for (const char* kept : {"Keep the gear of a long day", "Volume", "25 litres", "850 grams",
                           "Specifications", "Internal, aluminium stay", "Sleeve and port"}) {
    EXPECT_NE(a->text.find(kept), std::string::npos) << "lost \"" << kept << "\": " << a->text;
  }
  for (const char* dropped : {"$99.00", "You may also like", "Trail 40 Pack"}) {
    EXPECT_EQ(a->text.find(dropped), std::string::npos) << "kept \"" << dropped << "\": " << a->text;
  }
}

TEST(RulesTest, LabelValueListBesideAProductsTextStays) {
  // A game's store page: its description is the region, and beside it, in
  // the box of the shop's news and buy area, its system requirements: a
  // list of "Label: value" items and no prose, a data sheet written as a
  // list. It stays, as a table of the same rows would. The news beside the
  // description (prose, but no data sheet), the buy area and a list of
  // linked "Label: value" items (the shop's promotions) still go.
  auto items = [](std::initializer_list<std::pair<const char*, const char*>> pairs,
                  bool linked) {
    std::string list = "<ul>";
    for (const auto& [label, value] : pairs) {
      list += linked ? std::string("<li><a href=\"/promo\">") + label + ": " + value + "</a></li>"
                     : std::string("<li><strong>") + label + ":</strong> " + value + "</li>";
    }
    return list + "</ul>";
  };
  const std::string html =
      "<html><head><title>Harbour Lights on Steamy Store</title><script "
      "type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Harbour Lights\"}"
      "</script></head><body><div class=\"page\"><h1>Harbour Lights</h1><div class=\"game\">"
      "<div class=\"left\"><div class=\"news\"><h2>Recent Events</h2><p><a href=\"/news/1\">"
      "Winter update</a></p><p>The winter update brings a new storm season, two new ships to "
      "guide home and a lighthouse log you can share with friends.</p><p><a href=\"/news\">See "
      "all updates</a></p></div><div class=\"purchase\"><h2>Play Harbour Lights</h2><p>Free To "
      "Play</p><h2>Content For This Game</h2><p><a href=\"/dlc/1\">Keeper's Pack</a></p>"
      "<p>4,99\u20AC</p><p><a href=\"/dlc/2\">Soundtrack</a></p><p>2,99\u20AC</p></div>"
      "<div class=\"desc-wrap\"><div class=\"description\"><h2>About This Game</h2><p>You keep "
      "the last lighthouse of a storm-beaten coast, and every night the ships that pass depend "
      "on the lamp you trim, the fog horn you sound and the log you keep.</p><p>By day you mend "
      "the tower, trade with the fishing village below and read the letters the supply boat "
      "brings, which slowly tell what happened to the keeper before you.</p><p>The weather "
      "changes with the seasons, and a winter storm can cut the island off for weeks, so the "
      "stores you lay up in autumn decide how the story ends.</p></div></div><div "
      "class=\"req-wrap\"><div class=\"sys-req\"><h2>System Requirements</h2>" +
      items({{"OS", "Windows 10 64-bit"}, {"Processor", "2.5 GHz dual core"},
             {"Memory", "8 GB RAM"}, {"Storage", "4 GB available space"}},
            /*linked=*/false) +
      "</div></div><div class=\"promos\">" +
      items({{"Brand spotlight", "Sea games"}, {"New this week", "Island builders"},
             {"On sale", "Puzzle classics"}},
            /*linked=*/true) +
      "</div></div></div></div></body></html>";
  Result<Article> a = Extract(html);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->page_type, PageType::kProduct);
  for (const char* kept : {"You keep the last lighthouse", "System Requirements",
                           "OS: Windows 10 64-bit", "Processor: 2.5 GHz dual core",
                           "Storage: 4 GB available space"}) {
    EXPECT_NE(a->text.find(kept), std::string::npos) << "lost \"" << kept << "\": " << a->text;
  }
  for (const char* dropped : {"The winter update brings", "4,99", "Brand spotlight",
                              "Island builders"}) {
    EXPECT_EQ(a->text.find(dropped), std::string::npos) << "kept \"" << dropped << "\": " << a->text;
  }
}

TEST(RulesTest, ProductHighlightsSliderUnderItsHeadingStays) {
  // A product page sets the product's highlights in a slider of its own
  // ("product-slider", "slider": caption words): a heading, "Why linen?",
  // over slides of one template, each a picture and one unlinked line.
  // They are the product's features (issue #13) and stay, the last line
  // too, as a list's items do. A gallery of the product's pictures with a
  // line under each, right under the <h1> that lies outside the slider's
  // box, a slider of other products linking each, and a slider of cards of
  // three lines each still go.
  auto slider = [](const std::string& heading, const std::vector<std::string>& slides) {
    std::string html = "<section class=\"value-props\"><div class=\"product-slider\"><h2>" +
                       heading + "</h2><div class=\"slider\"><ul class=\"slides\">";
    for (const std::string& s : slides)
      html += "<li class=\"slide\"><img src=\"s.jpg\">" + s + "</li>";
    return html + "</ul></div></div></section>";
  };
  const std::string html =
      "<html><head><title>Linen Sheet Set | Bedworks</title><script "
      "type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Linen Sheet Set\"}</script>"
      "</head><body><nav><a href=\"/\">Home</a> <a href=\"/sheets\">Sheets</a></nav><main><div "
      "class=\"product\"><h1>Linen Sheet Set</h1><div class=\"gallery-slider\"><ul><li "
      "class=\"slide\"><img src=\"a.jpg\"><p>Front view</p></li><li class=\"slide\"><img "
      "src=\"b.jpg\"><p>Side view</p></li><li class=\"slide\"><img src=\"c.jpg\"><p>Folded "
      "set</p></li></ul></div><div class=\"description\"><p>Washed linen woven in Portugal from "
      "European flax, soft from the first night and softer with every wash, in six colours "
      "that suit any room.</p><p>The set holds a fitted sheet, a flat sheet and two "
      "pillowcases, and the fitted sheet reaches mattresses up to forty centimetres deep.</p>"
      "</div></div>" +
      slider("Why linen?",
             {"<p>Cool in summer, warm in winter</p>", "<p>Grows softer with every wash</p>",
              "<p>Flax needs little water to grow</p>", "<p>Woven to last for years</p>"}) +
      slider("Pick your colour", {"<p>Sage</p><p>Soft green</p><p>In stock</p>",
                                  "<p>Clay</p><p>Warm red</p><p>In stock</p>",
                                  "<p>Ink</p><p>Deep blue</p><p>Sold out</p>"}) +
      slider("You may also like", {"<p><a href=\"/p/1\">Cotton Sheet Set</a></p>",
                                   "<p><a href=\"/p/2\">Flannel Sheet Set</a></p>",
                                   "<p><a href=\"/p/3\">Silk Pillowcase</a></p>"}) +
      "</main><footer><p>Bedworks Ltd</p></footer></body></html>";
  ExpectKeptAndDropped(html, PageType::kProduct,
                       {"Washed linen woven", "Why linen?", "Cool in summer, warm in winter",
                        "Woven to last for years"},
                       {"Front view", "Folded set", "Pick your colour", "Soft green",
                        "You may also like", "Silk Pillowcase", "Bedworks Ltd"});
}

// A maker's product page, dated by a customer's review in its JSON-LD:
// `details` between the price and the description, and a two-line list of
// shipping terms under no heading after the text.
std::string MugPage(const std::string& details) {
  return "<html><head><title>Stoneware Mug | Quay Pottery</title><script "
         "type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Stoneware Mug\","
         "\"review\":[{\"@type\":\"Review\",\"datePublished\":\"2026-01-20\",\"reviewBody\":\"A "
         "lovely mug\"}]}</script></head><body><nav><a href=\"/\">Home</a> <a href=\"/mugs\">Mugs"
         "</a></nav><main><div class=\"listing\"><h1>Stoneware Mug</h1><p class=\"price\">$32.00"
         "</p><div class=\"details\">" + details + "<div class=\"description\"><p>Thrown "
         "on the wheel from local stoneware clay, glazed in the blue of the harbour at dusk and "
         "fired twice so that it keeps tea hot for a long while.</p><p>Safe in a dishwasher and a "
         "microwave, though the glaze keeps its sheen longest when it is washed by hand.</p></div>"
         "<ul class=\"facts\"><li>Ships from: Portugal</li><li>Dispatch: 3 days</li></ul></div>"
         "</div></main><footer><p>Quay Pottery Ltd</p></footer></body></html>";
}

TEST(RulesTest, TwoLabelValueLinesUnderTheirHeadingStay) {
  // The maker's page opens its details with "Highlights" over a list of
  // three items, each an icon's box beside a line: a linked "Made by Quay
  // Pottery", then "Materials: Stoneware" and "Capacity: 350 ml", before
  // the description. The two label/value lines are a short data sheet
  // under its heading and stay (issue #13: a product's specifications),
  // though fewer than a run of list items needs; the linked line, the
  // price and the shipping terms under no heading after the text still go.
  const std::string html = MugPage(
      "<h3>Highlights</h3><ul class=\"grid\"><li class=\"item\"><div class=\"icon\"></div><div "
      "class=\"line\">Made by <a href=\"/shop/quay\">Quay Pottery</a></div></li><li "
      "class=\"item\"><div class=\"icon\"></div><div class=\"line\">Materials: Stoneware</div>"
      "</li><li class=\"item\"><div class=\"icon\"></div><div><div class=\"line\">Capacity: 350 "
      "ml</div></div></li></ul>");
  ExpectKeptAndDropped(html, PageType::kProduct,
                       {"Highlights", "Materials: Stoneware", "Capacity: 350 ml",
                        "Thrown on the wheel", "washed by hand."},
                       {"Made by", "$32.00", "Ships from", "Dispatch: 3 days"});
  Result<Article> a = Extract(html);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->date, "2026-01-20");
}

TEST(RulesTest, LabelValueLinesSetAsBoxesUnderTheirHeadingStay) {
  // The maker's page again, its two label/value lines set as boxes one
  // under another, each a label and a value in spans, not as a list's
  // items: a short data sheet under its heading all the same, and it
  // stays. The same boxes under no heading, right after the price, still
  // go with it, as a shop's facts at the text's edge.
  const std::string lines =
      "<div class=\"row\"><span class=\"label\">Materials:</span> <span>Stoneware</span></div>"
      "<div class=\"row\"><span class=\"label\">Capacity:</span> <span>350 ml</span></div>";
  ExpectKeptAndDropped(MugPage("<h3>Highlights</h3>" + lines), PageType::kProduct,
                       {"Highlights", "Materials: Stoneware", "Capacity: 350 ml",
                        "Thrown on the wheel", "washed by hand."},
                       {"$32.00", "Ships from"});
  ExpectKeptAndDropped(MugPage(lines), PageType::kProduct, {"Thrown on the wheel", "washed by hand."},
                       {"$32.00", "Materials: Stoneware", "Capacity: 350 ml", "Ships from"});
}

TEST(RulesTest, LastCardOfAGridAtTheTextsEdgeStays) {
  // A product page compares the fabrics of a sheet set in a grid of cards,
  // each its fabric's name over short facts ("Ideal for:" over who sleeps
  // best in it). The cards before the last hold a line long enough to read
  // as text, so their short facts stood between text; the last card's
  // facts, all short, fell at the text's edge and went. The next card of a
  // grid (a sibling of the box holding the last text, with its tag and
  // class, after a third alike) stays; a short line after the grid, in a box
  // of its own, still goes.
  auto card = [](const char* name, const char* ideal, const char* weight) {
    return std::string("<li class=\"card\"><p class=\"name\">") + name +
           "</p><div class=\"fact\"><p>Weight</p><p>" + weight +
           "</p></div><div class=\"fact\"><p>Ideal for:</p><p>" + ideal + "</p></div>"
           "<a class=\"button\" href=\"/shop\">Shop now</a></li>";
  };
  auto page = [&](bool last_card) {
    return std::string(
               "<html><head><title>Classic sheet set</title><script "
               "type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Classic sheet "
               "set\"}</script></head><body><div class=\"page\"><h1>Classic sheet set</h1>"
               "<div class=\"about\"><p>Our classic sheets are woven from long-staple cotton in "
               "a crisp percale weave that stays cool all night and softens with every wash.</p>"
               "<p>Each set holds a flat sheet, a fitted sheet with deep pockets and two "
               "pillowcases, all cut and sewn in one small mill.</p><h2>Compare our "
               "fabrics</h2><ul class=\"cards\">") +
           card("Classic percale",
                "Hot sleepers who want a crisp and cool feel through warm summer nights.", "270 TC") +
           card("Washed linen",
                "Anyone who likes a relaxed, lived-in look and an airy feel all year round.",
                "155 GSM") +
           card("Heathered cashmere",
                "Those who look for a superior snuggle on the coldest nights of the winter.",
                "125 GSM") +
           (last_card ? card("Brushed flannel", "Cold sleepers", "140 GSM") : "") +
           "</ul></div><div class=\"note\"><p>Free swatches</p></div></div></body></html>";
  };
  Result<Article> a = Extract(page(true));
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->page_type, PageType::kProduct);
  for (const char* kept : {"crisp percale weave", "Heathered cashmere", "125 GSM",
                           "Brushed flannel", "Cold sleepers", "140 GSM"}) {
    EXPECT_NE(a->text.find(kept), std::string::npos) << "lost \"" << kept << "\": " << a->text;
  }
  for (const char* dropped : {"Free swatches", "Shop now"}) {
    EXPECT_EQ(a->text.find(dropped), std::string::npos) << "kept \"" << dropped << "\": " << a->text;
  }
  // Three cards, the last with text of its own: no fourth card to keep, and
  // the line after the grid still goes.
  Result<Article> b = Extract(page(false));
  ASSERT_TRUE(b.ok());
  EXPECT_NE(b->text.find("125 GSM"), std::string::npos) << b->text;
  EXPECT_EQ(b->text.find("Free swatches"), std::string::npos) << b->text;
}

// An accountant's four offers, each a section under its heading: the
// first two, then the last two.
std::array<std::string, 2> AccountantsOffers() {
  std::array<std::string, 2> offers;
  int n = 0;
  for (const char* offer : {"Audits", "Payroll", "Tax returns", "Advice"}) {
    offers[n++ / 2] += std::string("<section class=\"offer\"><h2>") + offer +
                       "</h2><p>Our team of chartered accountants takes the whole of this work "
                       "off your hands, every quarter, with a named adviser who knows your "
                       "books and answers the phone.</p></section>";
  }
  return offers;
}

TEST(RulesTest, ServicePartsBetweenKeptPartsStay) {
  // A service page: its offers are kept, and the short facts between them
  // are the service's too, though a <header> holds them. A heading over a
  // list of links between them goes with its list; the menu and the footer
  // go. A page showing its date (a dateline) is a story and keeps to its
  // text; an og:type article alone (a CMS's word for every page) is not.
  auto page = [](const std::string& og_type, const std::string& dateline = "") {
    // Two offers before the facts, two after.
    const std::array<std::string, 2> offers = AccountantsOffers();
    return "<html><head><title>Services | Harbour Accounts</title>" + og_type +
           "</head><body><nav><a href=\"/\">Home</a> <a href=\"/team\">Team</a></nav><main>"
           "<h1>Our services</h1>" + dateline + offers[0] +
           "<header><p>1,200 audits a year</p><p>Offices in four towns</p></header>"
           "<div class=\"more\"><h3>Read next</h3><ul><li><a href=\"/a\">Tax dates for the "
           "year ahead</a></li><li><a href=\"/b\">How to keep receipts</a></li></ul></div>" +
           offers[1] +
           "</main><footer><p>Harbour Accounts LLP, regulated by the institute</p></footer>"
           "</body></html>";
  };
  ExpectKeptAndDropped(page(""), PageType::kService,
                       {"Audits", "1,200 audits a year", "Offices in four towns", "Advice"},
                       {"Read next", "Tax dates for the year ahead", "Team",
                        "regulated by the institute"});
  ExpectKeptAndDropped(page("<meta property=\"og:type\" content=\"article\">"),
                       PageType::kService, {"Audits", "1,200 audits a year", "Advice"},
                       {"Read next", "Team"});
  ExpectKeptAndDropped(page("<meta property=\"article:published_time\" "
                            "content=\"2024-03-12T09:00:00Z\">",
                            "<p>Published 12 March 2024</p>"),
                       PageType::kService, {"Audits", "Advice"}, {"1,200 audits a year"});
}

TEST(RulesTest, ServicePartsBetweenKeptPartsStayBesideOpeningHours) {
  // The same service page with its office's opening hours among its
  // sections: a line holding a span of hours ("Mon-Fri 9:00 AM to 5:00
  // PM") is a schedule, not a post's date, and two of them do not make the
  // page a thread whose posters' cards lie between its posts: the facts
  // between the offers stay. Two posts' dates still do.
  auto page = [](const std::string& hours) {
    const std::array<std::string, 2> offers = AccountantsOffers();
    return "<html><head><title>Services | Harbour Accounts</title></head><body><nav><a "
           "href=\"/\">Home</a> <a href=\"/team\">Team</a></nav><main><h1>Our services</h1>" +
           offers[0] +
           "<header><p>1,200 audits a year</p><p>Offices in four towns</p></header>" +
           offers[1] + "<section class=\"offer\"><h2>Visit us</h2>" + hours +
           "<p>Our office on the quay has a room for meetings, parking for clients and a "
           "ramp at the door, and tea is always on.</p></section></main><footer><p>Harbour "
           "Accounts LLP, regulated by the institute</p></footer></body></html>";
  };
  ExpectKeptAndDropped(
      page("<p>Mon-Fri 9:00 AM to 5:00 PM</p><p>Sat 10:00 AM to 2:00 PM</p>"),
      PageType::kService,
      {"Audits", "1,200 audits a year", "Offices in four towns", "Advice", "Mon-Fri 9:00 AM"},
      {"Team", "regulated by the institute"});
  ExpectKeptAndDropped(page("<p>Mon 4 March 2024, 9:15 AM</p><p>Tue 5 March 2024, 3:40 PM</p>"),
                       PageType::kService, {"Audits", "Advice"}, {"1,200 audits a year"});
}

TEST(RulesTest, ServiceHeadingOverNoTextStays) {
  // A service page closes on a call to act: a heading over its button
  // alone, no text of its own after it. On a service page it stays; three
  // such headings after the text ("Most read", "Quick links", "Search") are
  // a sidebar's widget titles and go, as on a story.
  auto page = [](const std::string& after) {
    const std::array<std::string, 2> offers = AccountantsOffers();
    return "<html><head><title>Services | Harbour Accounts</title></head><body><nav><a "
           "href=\"/\">Home</a> <a href=\"/team\">Team</a></nav><main><h1>Our services</h1>" +
           offers[0] + offers[1] + after +
           "</main><footer><p>Harbour Accounts LLP, regulated by the institute</p></footer>"
           "</body></html>";
  };
  ExpectKeptAndDropped(page("<section class=\"closing\"><h2>Book your free first meeting "
                            "today</h2><p><a href=\"/contact\">Contact us</a></p></section>"),
                       PageType::kService, {"Audits", "Advice", "Book your free first meeting"},
                       {"Contact us", "regulated by the institute"});
  ExpectKeptAndDropped(
      page("<div class=\"boxes\"><h3>Most read stories</h3><p><a href=\"/a\">Tax dates</a></p>"
           "<h3>Quick links for clients</h3><p><a href=\"/b\">Client portal</a></p><h3>Search "
           "the whole site</h3><p><a href=\"/s\">Go</a></p></div>"),
      PageType::kService, {"Audits", "Advice"},
      {"Most read stories", "Quick links for clients", "Search the whole site"});
}

TEST(RulesTest, PostHeadsWithTheirEditsTimesStillMakeAThread) {
  // A question and its one answer, each post under headings of its own
  // (typed a service by them: two posts make no thread), each head giving
  // the time of the post and of its edit ("Posted 10:15, edited 11:20"),
  // each poster's card between the head and the text. Two clock times
  // there are two moments, not a span of hours: the two heads still make
  // the page a thread, whose posters' cards lie between its posts and go
  // (not a service's parts between kept parts); so do heads whose time
  // has seconds and a zone ("10:15:07 +00:00", not two times). Times read
  // as one are in ReadDateLineTest.TimePairs.
  auto post = [](const std::string& name, const std::string& head, const std::string& card,
                 const std::string& text) {
    return "<div class=\"post\"><div class=\"post-head\"><p><a href=\"/u/" + name + "\">" +
           name + "</a></p><p>" + head + "</p></div><div class=\"userinfo\">" + card +
           "</div><div class=\"post-body\">" + text + "</div></div>";
  };
  auto page = [&](const std::string& head1, const std::string& head2) {
    return "<html><head><title>Boiler pressure drops overnight | Home Heating Help</title>"
           "</head><body><nav><a href=\"/\">Home</a> <a href=\"/forum\">Forum</a></nav><main>"
           "<h1>Boiler pressure drops overnight</h1><p>A question about a combi boiler that "
           "loses its pressure overnight, and the answer of one of the forum's engineers.</p>" +
           post("sam_k", head1, "<p>Member since 2019</p><p>412 posts</p>",
                "<h2>The problem</h2><p>Every morning the pressure gauge on my combi boiler "
                "reads half a bar, though I top it up to one and a half each evening.</p><h2>"
                "What I tried</h2><p>I bled every radiator, checked the valves under the boiler "
                "for drips and found none, and the relief pipe outside stays dry.</p>") +
           post("heatpro", head2, "<p>Gas engineer</p><p>9,310 posts</p>",
                "<h2>Check the vessel</h2><p>That sounds like the expansion vessel has lost its "
                "charge, so the pressure swings as the water heats and cools.</p><h2>How to "
                "test it</h2><p>Press the valve on the vessel: if water comes out instead of "
                "air, the membrane has gone and the vessel wants replacing.</p>") +
           "</main><footer><p>Home Heating Help, all rights reserved</p></footer></body></html>";
  };
  for (const auto& [head1, head2] :
       {std::pair<const char*, const char*>{"Posted 10:15, edited 11:20",
                                            "Posted 14:02, edited 14:30"},
        {"Posted 10:15 (edited 11:20)", "Posted 14:02 (edited 14:30)"},
        {"Posted 2024-03-04 10:15:07 +00:00", "Posted 2024-03-04 14:02:51 +00:00"}}) {
    SCOPED_TRACE(head1);
    ExpectKeptAndDropped(page(head1, head2), PageType::kService,
                         {"Every morning the pressure gauge", "Press the valve on the vessel"},
                         {"Member since 2019", "412 posts", "Gas engineer", "9,310 posts"});
  }
}

TEST(RulesTest, ProductPartsBetweenKeptPartsStay) {
  // A product page: the description and the care notes are kept, and the
  // short fit notes between them are the product's too. A form and an ad
  // between them, the buy box before and the tiles of other products after
  // go. A dated page (a review) keeps to its text.
  const std::string head =
      "<title>Harbour Linen Shirt | Quay Clothing</title><script type=\"application/ld+json\">"
      "{\"@type\":\"Product\",\"name\":\"Harbour Linen Shirt\"}</script>";
  auto page = [](const std::string& head_html) {
    return "<html><head>" + head_html +
           "</head><body><nav><a href=\"/\">Home</a> <a href=\"/men\">Men</a></nav><div "
           "class=\"page\"><div class=\"product\"><div class=\"gallery\"><h1>Harbour Linen "
           "Shirt</h1><form class=\"buy\"><p>$79.00</p><button>Add to cart</button></form></div>"
           "<div class=\"description\"><p>Woven from European flax in a small mill by the sea, the "
           "shirt breathes on the warmest days and softens with every wash, without losing its "
           "shape.</p><p>The collar stands without a stay, the cuffs roll up and hold, and the "
           "shell buttons are sewn with a shank so that they sit flat over a jacket.</p><p>A "
           "pocket over the heart takes a pen or a pair of sunglasses, and the long back tail "
           "stays tucked in when you reach or bend.</p></div><form class=\"notify\"><p>Tell me "
           "when it is back</p></form><div class=\"ad-banner\"><p>Spring sale now on</p></div>"
           "<div class=\"fit\"><h3>Fit</h3><p>Relaxed through the body</p><p>Model is 185 cm, "
           "wears M</p></div><div class=\"care\"><p>Wash it cold with like colours, hang it to "
           "dry in the shade, and iron it damp on the reverse to keep the linen's sheen.</p><p>Each "
           "shirt is cut and sewn in the mill's own workshop, and we mend any seam that gives way "
           "within two years of purchase.</p></div></div><div class=\"related\"><h2>You may also "
           "like</h2><ul><li><a href=\"/p/1\">Quay Chinos</a> $89.00</li><li><a href=\"/p/2\">Pier "
           "Polo</a> $59.00</li><li><a href=\"/p/3\">Dock Jacket</a> $149.00</li></ul></div></div>"
           "<footer><p>Quay Clothing Ltd</p></footer></body></html>";
  };
  Result<Article> a = Extract(page(head));
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->page_type, PageType::kProduct);
  for (const char* kept : {"Woven from European flax", "Fit", "Relaxed through the body",
                           "Model is 185 cm, wears M", "Wash it cold", "we mend any seam"}) {
    EXPECT_NE(a->text.find(kept), std::string::npos) << "lost \"" << kept << "\": " << a->text;
  }
  for (const char* dropped : {"$79.00", "Tell me when it is back", "Spring sale now on",
                              "You may also like", "Quay Chinos", "Quay Clothing Ltd"}) {
    EXPECT_EQ(a->text.find(dropped), std::string::npos) << "kept \"" << dropped << "\": " << a->text;
  }
  Result<Article> review = Extract(page(
      "<meta property=\"article:published_time\" content=\"2026-03-01T10:00:00Z\">" + head));
  ASSERT_TRUE(review.ok());
  EXPECT_NE(review->text.find("Wash it cold"), std::string::npos) << review->text;
  EXPECT_EQ(review->text.find("Relaxed through the body"), std::string::npos) << review->text;
}

TEST(RulesTest, ATabNotSelectedGoesWithItsHiddenPanel) {
  // A manual's content tabs (Docusaurus): the selected tab's label captions
  // the panel shown ("npm" over its command); the other tab's label
  // (aria-selected="false") names a panel not shown, and goes with it.
  ExpectKeptAndDropped(
      "<html><head><title>Installation | Tidewater</title></head><body><main><article><h1>"
      "Installation</h1><p>Tidewater is installed from the package registry with the package "
      "manager your project already uses; it needs no native build step.</p><div "
      "class=\"tabs-container\"><ul role=\"tablist\" class=\"tabs\"><li role=\"tab\" "
      "aria-selected=\"true\" class=\"tabs__item\">npm</li><li role=\"tab\" "
      "aria-selected=\"false\" class=\"tabs__item\">yarn</li></ul><div><div "
      "role=\"tabpanel\"><pre><code>npm install tidewater</code></pre></div><div "
      "role=\"tabpanel\" hidden><pre><code>yarn add tidewater</code></pre></div></div></div><p>"
      "Once installed, the command line tool is on your path, and the library can be imported "
      "from any module of the project.</p></article></main></body></html>",
      PageType::kArticle, {"npm\n\nnpm install tidewater", "from any module of the project."},
      {"yarn"});
}

TEST(RulesTest, ProductClosedTabPanelsBetweenKeptPartsStay) {
  // A product page whose details sit in tabs between its description and
  // its care notes: the closed "Specifications" panel (role="tabpanel",
  // hidden) and a closed panel of a run of one template with one shown
  // (the others display:none) are the product's text. A hidden size guide
  // in a dialog, a lone hidden box and a tabs' hidden shipping panel
  // (the shop's terms) between them stay out.
  const std::string html =
      "<html><head><title>Fell Walking Pole | Crag Gear</title><script "
      "type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Fell Walking Pole\"}"
      "</script></head><body><nav><a href=\"/\">Home</a> <a href=\"/poles\">Poles</a></nav>"
      "<div class=\"product\"><h1>Fell Walking Pole</h1><div class=\"description\"><p>Turned "
      "from a single length of ash, the pole is light in the hand and stiff enough to lean on "
      "when the path drops steeply over loose stones.</p><p>The cork grip warms quickly on a "
      "cold morning, and the wrist strap folds away when you need both hands for a stile.</p>"
      "</div><div class=\"tabs\"><ul role=\"tablist\"><li role=\"tab\" "
      "aria-controls=\"tab-use\">Use</li><li role=\"tab\" aria-controls=\"tab-specs\">"
      "Specifications</li><li role=\"tab\" aria-controls=\"tab-ship\">Shipping</li></ul><div "
      "role=\"tabpanel\" id=\"tab-use\"><p>Set the length so that your elbow bends at a right "
      "angle on level ground, and shorten it a little for the climb.</p></div><div "
      "role=\"tabpanel\" id=\"tab-specs\" hidden><p>The tip is hardened steel under a rubber "
      "foot that pulls off for snow and ice, and it can be replaced at home.</p><ul><li>Length "
      "120 cm</li><li>Weight 310 g</li></ul></div><div role=\"tabpanel\" id=\"shipping\" "
      "style=\"display:none\"><p>We send every order within two working days by tracked "
      "post, and returns are free for thirty days.</p></div></div><div class=\"size-guide\" "
      "role=\"dialog\" hidden><p>Measure from the floor to your wrist with your arm hanging "
      "loose, and add five centimetres for the grip.</p></div><div class=\"panels\"><div "
      "class=\"panel\"><p>Oiled by hand, the wood keeps its colour for years if you wipe it "
      "dry after a wet day on the hill.</p></div><div class=\"panel\" "
      "style=\"display:none\"><p>Every pole is made from timber felled in managed woodland "
      "within twenty miles of the workshop.</p></div></div><div class=\"notice\" "
      "style=\"display:none\"><p>Engraving is free this month on orders placed before the "
      "end of the week.</p></div><div class=\"care\"><p>Store it upright in a dry place, away "
      "from the heat of a stove, and rub in a little linseed oil each spring.</p><p>Each pole "
      "is finished in our workshop, and we will repair a split or a loose ferrule for as long "
      "as you own it.</p></div></div><div class=\"related\"><h2>You may also like</h2><ul><li>"
      "<a href=\"/p/1\">Fell Map Case</a> $29.00</li><li><a href=\"/p/2\">Crag Flask</a> "
      "$19.00</li></ul></div><footer><p>Crag Gear Ltd</p></footer></body></html>";
  Result<Article> a = Extract(html);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->page_type, PageType::kProduct);
  for (const char* kept : {"Turned from a single length of ash", "Set the length",
                           "The tip is hardened steel", "Length 120 cm", "Weight 310 g",
                           "timber felled in managed woodland", "Store it upright",
                           "we will repair a split"}) {
    EXPECT_NE(a->text.find(kept), std::string::npos) << "lost \"" << kept << "\": " << a->text;
  }
  for (const char* dropped : {"Measure from the floor", "Engraving is free",
                              "We send every order", "Fell Map Case", "Crag Gear Ltd"}) {
    EXPECT_EQ(a->text.find(dropped), std::string::npos) << "kept \"" << dropped << "\": " << a->text;
  }
}

TEST(RulesTest, ProductClosedTabPanelsAfterTheShownTabStay) {
  // The product's tabs close its page: the shown "Description" panel, where
  // the text ends, then closed panels of the same set. The "Additional
  // information" panel's data sheet (role="tabpanel", hidden until its tab
  // is picked) and a closed panel of the description's template
  // (display:none) are the product's; the closed reviews and shipping
  // panels (the shop's chrome) and a lone hidden notice after them are not.
  auto page = [](const std::string& panels) {
    return "<html><head><title>Linen Apron | Acme Goods</title><script "
           "type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Linen Apron\"}"
           "</script></head><body><nav><a href=\"/\">Home</a> <a href=\"/shop\">Shop</a></nav>"
           "<div class=\"product\"><h1>Linen Apron</h1><p class=\"price\">$39.00</p><div "
           "class=\"tabs\"><ul role=\"tablist\"><li role=\"tab\">Description</li><li "
           "role=\"tab\">Additional information</li><li role=\"tab\">Reviews (2)</li></ul><div "
           "class=\"panel\" role=\"tabpanel\"><h2>Description</h2><p>Our apron is made in a "
           "small workshop from flax grown by the Baltic, and washed with stones so that it "
           "comes to you soft and ready to use.</p><p>The neck strap adjusts, and the ties are "
           "long enough to wrap around and knot at the front, so it fits most sizes.</p></div>" +
           panels +
           "</div><div class=\"notice\" style=\"display:none\"><p>Engraving is free this "
           "month on orders placed before the end of the week.</p></div></div><footer><p>Acme "
           "Goods Ltd</p></footer></body></html>";
  };
  const std::string panels =
      "<div class=\"panel\" role=\"tabpanel\" hidden><h2>Product details</h2><table>"
      "<tr><th>Weight</th><td>0.35 kg</td></tr><tr><th>Dimensions</th><td>90 x 70 cm</td>"
      "</tr><tr><th>Colour</th><td>Sand, Charcoal</td></tr></table></div><div class=\"panel\" "
      "style=\"display:none\"><h2>Care</h2><p>Wash it at forty degrees with like colours, and "
      "hang it to dry so that the linen keeps its soft fall.</p></div><div class=\"panel "
      "reviews\" role=\"tabpanel\" hidden><h2>2 reviews for Linen Apron</h2><p>Lovely heavy "
      "linen, and the pockets are deep enough for a phone and a notebook.</p></div><div "
      "class=\"panel shipping\" role=\"tabpanel\" hidden><p>We send every order within two "
      "working days by tracked post, and returns are free for thirty days.</p></div>";
  Result<Article> a = Extract(page(panels));
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->page_type, PageType::kProduct) << PageTypeName(a->page_type);
  for (const char* kept : {"Our apron is made in a small workshop", "Product details",
                           "Weight", "0.35 kg", "90 x 70 cm", "Sand, Charcoal",
                           "Wash it at forty degrees"}) {
    EXPECT_NE(a->text.find(kept), std::string::npos) << "lost \"" << kept << "\": " << a->text;
  }
  for (const char* dropped : {"Lovely heavy linen", "We send every order", "Engraving is free",
                              "Acme Goods Ltd"}) {
    EXPECT_EQ(a->text.find(dropped), std::string::npos) << "kept \"" << dropped << "\": " << a->text;
  }
  // A lone hidden box after the text is no tab of its set: it stays out.
  Result<Article> lone = Extract(page(
      "</div><div class=\"sheet\" hidden><table><tr><th>Weight</th><td>0.35 kg</td></tr>"
      "<tr><th>Colour</th><td>Sand, Charcoal</td></tr></table>"));
  ASSERT_TRUE(lone.ok());
  EXPECT_NE(lone->text.find("Our apron is made"), std::string::npos) << lone->text;
  EXPECT_EQ(lone->text.find("0.35 kg"), std::string::npos) << lone->text;
}

TEST(RulesTest, ProductReviewsDatesAreNotThePages) {
  // A shop's product page after Magento's Luma theme: the "Details" tab
  // shown, the "More Information" tab's data sheet and the "Reviews" tab
  // closed (style="display: none"), each review dated by a <time> and its
  // microdata. A buyer's review dates itself, not the page: the page stays
  // an undated product, and its closed data sheet after the description is
  // kept as a tab of its set, as on a page without reviews.
  const std::string html =
      "<html><head><title>Orion Fitted Jacket</title><meta property=\"og:type\" "
      "content=\"product\"></head><body class=\"catalog-product-view\"><div "
      "class=\"breadcrumbs\"><ul class=\"items\"><li><a href=\"/\">Home</a></li><li><a "
      "href=\"/men.html\">Men</a></li></ul></div><main id=\"maincontent\" class=\"page-main\">"
      "<div class=\"columns\"><div class=\"column main\"><div class=\"product-info-main\"><h1 "
      "class=\"page-title\"><span class=\"base\">Orion Fitted Jacket</span></h1><div "
      "class=\"product-info-price\"><span class=\"price\">$72.00</span></div><form "
      "id=\"product_addtocart_form\" action=\"/checkout/cart/add/\" method=\"post\"><label "
      "for=\"qty\">Qty</label><input type=\"number\" name=\"qty\" id=\"qty\" value=\"1\"><button "
      "type=\"submit\" class=\"action primary tocart\">Add to Cart</button></form></div><div "
      "class=\"product info detailed\"><div class=\"product data items\"><div class=\"data item "
      "title active\"><a class=\"data switch\" href=\"#description\">Details</a></div><div "
      "class=\"data item content\" id=\"description\"><div class=\"product attribute "
      "description\"><div class=\"value\"><p>Reach for the hills in our Orion jacket. With a "
      "slim shell and a soft fleece lining, it keeps you warm on cold mornings without "
      "bulk.</p><p>The panels are cut to follow the body, and the high collar closes snugly so "
      "the wind stays out when you run along the river.</p></div></div></div><div "
      "class=\"data item title\"><a class=\"data switch\" href=\"#additional\">More "
      "Information</a></div><div class=\"data item content\" id=\"additional\" "
      "style=\"display: none;\"><table class=\"data table additional-attributes\"><tbody><tr><th "
      "class=\"col label\">Style</th><td class=\"col data\">Soft Shell, Hooded</td></tr><tr><th "
      "class=\"col label\">Material</th><td class=\"col data\">Fleece, Polyester</td></tr><tr><th "
      "class=\"col label\">Climate</th><td class=\"col data\">Cool, Windy, Cold</td></tr></tbody>"
      "</table></div><div class=\"data item title\"><a class=\"data switch\" "
      "href=\"#reviews\">Reviews 1</a></div><div class=\"data item content\" id=\"reviews\" "
      "style=\"display: none;\"><ol class=\"items review-items\"><li class=\"item review-item\" "
      "itemscope itemprop=\"review\" itemtype=\"http://schema.org/Review\"><div "
      "class=\"review-title\" itemprop=\"name\">Great for spring runs</div><div "
      "class=\"review-content\" itemprop=\"description\">Light enough for April mornings and the "
      "hood stays put in a headwind.</div><p class=\"review-author\">Review by <strong "
      "itemprop=\"author\">Marco</strong></p><p class=\"review-date\">Posted on <time "
      "itemprop=\"datePublished\" datetime=\"2023-04-18\">4/18/23</time></p></li></ol></div>"
      "</div></div></div></div></main><footer class=\"page-footer\"><ul class=\"footer "
      "links\"><li><a href=\"/privacy/\">Privacy and Cookie Policy</a></li></ul></footer>"
      "</body></html>";
  ExpectKeptAndDropped(html, PageType::kProduct,
                       {"Reach for the hills", "the wind stays out", "Style", "Soft Shell, Hooded",
                        "Fleece, Polyester", "Cool, Windy, Cold"},
                       {"Light enough for April", "Marco", "Add to Cart", "Privacy"});
  Result<Article> a = Extract(html);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->date, "");
  EXPECT_TRUE(a->authors.empty());
}

TEST(RulesTest, ProductColumnWordedAsMetaIsNoByline) {
  // A theme names the product's column of details "product-single__meta":
  // the name in <h1>, the price, the buy form, then the description and its
  // feature bullets. Holding the <h1>, it is the product's box, no byline
  // or line of tags: its text stays, as it does when the column is named
  // for what it is, and when it is named a sidebar.
  auto page = [](const std::string& column_class) {
    return "<html><head><title>Wool Beanie - Fjord</title><meta property=\"og:type\" "
           "content=\"product\"></head><body><header class=\"site-header\"><a href=\"/\">Fjord"
           "</a><nav><a href=\"/hats\">Hats</a> <a href=\"/scarves\">Scarves</a></nav></header>"
           "<main><div class=\"product-single\"><div class=\"photos\"><img src=\"/h.jpg\" "
           "alt=\"\"></div><div class=\"" + column_class + "\"><h1>Wool Beanie</h1><span "
           "class=\"price\">$35.00</span><form action=\"/cart/add\"><select><option>Grey"
           "</option></select><button>Add to cart</button></form><div class=\"description "
           "rte\"><p>Knitted from soft merino wool in a small mill in Norway, this beanie keeps "
           "its shape wash after wash, and the double brim keeps the wind off your ears.</p>"
           "<ul><li>100% merino wool</li><li>Double-layer brim</li><li>One size fits most</li>"
           "</ul></div></div>"
           "</div><div class=\"product-details\"><h2>Care</h2><p>Hand wash cold and dry flat. "
           "Merino resists odour, so it needs washing less often than you would think, and "
           "airing it out overnight is usually enough.</p><p>Store it folded, not hung, so that "
           "the knit does not stretch out of shape over the summer months.</p></div></main>"
           "<footer><p>Fjord Knitwear Ltd</p></footer></body></html>";
  };
  Result<Article> a = Extract(page("product-single__meta"));
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->page_type, PageType::kProduct) << PageTypeName(a->page_type);
  for (const char* kept : {"Knitted from soft merino wool", "100% merino wool",
                           "Double-layer brim", "One size fits most", "Hand wash cold"}) {
    EXPECT_NE(a->text.find(kept), std::string::npos) << "lost \"" << kept << "\": " << a->text;
  }
  for (const char* dropped : {"$35.00", "Add to cart", "Fjord Knitwear Ltd"}) {
    EXPECT_EQ(a->text.find(dropped), std::string::npos) << "kept \"" << dropped << "\": " << a->text;
  }
  Result<Article> info = Extract(page("product-single__info"));
  ASSERT_TRUE(info.ok());
  EXPECT_EQ(info->text, a->text);
  // So does the column a theme sets beside the pictures as a sidebar.
  Result<Article> sidebar = Extract(page("product-sidebar sticky"));
  ASSERT_TRUE(sidebar.ok());
  EXPECT_EQ(sidebar->text, a->text);
}

TEST(RulesTest, PartsOfAProductColumnWordedAsMetaAreNoBylines) {
  // A theme names the product's column "ProductMeta" (the vendor, the name
  // in <h1>, the price) and its parts after it, as BEM elements of its
  // block: the description in "ProductMeta__Description", after the buy
  // form, and the brand's story below becomes the region. The column's
  // parts are the column's, no bylines: the description and its bullets
  // stay, beside or inside the column; the price and the form still go.
  auto page = [](const std::string& column_end, const std::string& description_end) {
    return "<html><head><title>Canvas Tote - Harbour Supply</title><script "
           "type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Canvas Tote\"}"
           "</script></head><body><header><a href=\"/\">Harbour Supply</a><nav><a "
           "href=\"/bags\">Bags</a></nav></header><main><section class=\"Product\"><div "
           "class=\"Product__Gallery\"><img src=\"/t.jpg\" alt=\"\"></div><div "
           "class=\"Product__Info\"><div class=\"ProductMeta\"><h2 class=\"ProductMeta__Vendor\">"
           "Harbour Supply</h2><h1 class=\"ProductMeta__Title\">Canvas Tote</h1><div "
           "class=\"ProductMeta__PriceList\"><span class=\"ProductMeta__Price\">$45.00</span>"
           "</div>" + column_end + "<form class=\"ProductForm\" action=\"/cart/add\"><select>"
           "<option>Natural</option></select><button>Add to cart</button></form><div "
           "class=\"ProductMeta__Description\"><div class=\"Rte\"><p>Cut from heavy waxed canvas "
           "and sewn with a double seam, this tote carries a week of groceries or a laptop and a "
           "change of clothes without losing its shape.</p><ul><li>Waxed cotton canvas, 18 oz"
           "</li><li>Leather handles riveted at each corner</li><li>Inner pocket with a snap</li>"
           "</ul></div></div>" + description_end + "</div></section><section "
           "class=\"Section\"><h2>Our story</h2><p>Harbour Supply began in a boat shed by the "
           "sea, where two sailmakers started sewing bags from offcuts of sailcloth for friends "
           "who kept asking for one of their own.</p><p>Today a small team still cuts and sews "
           "every bag in the same town, using canvas woven in a mill two hours up the coast and "
           "leather from a tannery that has worked for a century.</p><p>We mend what we make: "
           "send a bag back at any age and we will repair its seams and handles for the cost of "
           "the post, because a good bag should last as long as you want it.</p></section>"
           "</main><footer><p>Harbour Supply Ltd</p></footer></body></html>";
  };
  for (const std::string& html : {page("</div>", ""), page("", "</div>")}) {
    ExpectKeptAndDropped(html, PageType::kProduct,
                         {"Cut from heavy waxed canvas", "Waxed cotton canvas, 18 oz",
                          "Inner pocket with a snap", "Harbour Supply began in a boat shed"},
                         {"$45.00", "Add to cart", "Harbour Supply Ltd"});
  }
}

TEST(RulesTest, ProductReviewsTabInsideABlockWordedAsReviewsGoes) {
  // A shop's layout sets the product's description tab and its reviews tab
  // in one block named for both ("cms-block-product-description-reviews"):
  // every paragraph lies in a box worded as reviews, so the page is read
  // again without the shop's marks. The reviews box inside the block is
  // still the shop's then, its description beside it being the text; a
  // box inside the block holding all its text (no prose outside it) stays.
  auto page = [](const std::string& tabs) {
    return "<html><head><title>Hand Grinder | Kaffeeshop</title><meta property=\"og:type\" "
           "content=\"product\"></head><body><header><a href=\"/\">Kaffeeshop</a></header><main>"
           "<h1>Hand Grinder</h1><p class=\"price\">49,90 EUR</p><div class=\"cms-block "
           "cms-block-product-description-reviews\"><div class=\"tab-content\">" + tabs +
           "</div></div></main><footer><p>Kaffeeshop GmbH</p></footer></body></html>";
  };
  const std::string description =
      "<div class=\"tab-pane\"><p>The grinder's conical steel burrs grind evenly from espresso "
      "to French press, set in thirty steps by a ring under the handle.</p><p>Its beech body "
      "sits well in the hand, and the cup below holds forty grams of beans.</p><table><tr><th>"
      "Weight</th><td>620 g</td></tr><tr><th>Burrs</th><td>Stainless steel</td></tr><tr><th>"
      "Body</th><td>Beech</td></tr></table></div>";
  const std::string reviews =
      "<div class=\"tab-pane\" id=\"review-tab-pane\"><div class=\"product-detail-review\"><p>"
      "Reviews</p><p>No reviews yet. Be the first to tell other customers what you think of "
      "it.</p></div></div>";
  Result<Article> a = Extract(page(description + reviews));
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->page_type, PageType::kProduct) << PageTypeName(a->page_type);
  for (const char* kept : {"conical steel burrs", "forty grams of beans", "620 g"}) {
    EXPECT_NE(a->text.find(kept), std::string::npos) << "lost \"" << kept << "\": " << a->text;
  }
  EXPECT_EQ(a->text.find("No reviews yet"), std::string::npos) << a->text;
  // The description set in a box so worded inside the block, nothing outside it.
  Result<Article> all = Extract(page("<div class=\"reviews-and-text\">" + description + "</div>"));
  ASSERT_TRUE(all.ok());
  EXPECT_NE(all->text.find("conical steel burrs"), std::string::npos) << all->text;
}

TEST(RulesTest, ProductComparisonCardsBuiltFromBoxesStay) {
  // A product page compares its kinds in cards set in a "slider": each
  // card a name over label/value rows built from boxes ("Ideal for:" |
  // "Most sleepers"), not a table. Three rows or more of one template make
  // a data sheet, and the slider's box holding it is no caption: the rows
  // and the names stay. A slider of two short lines and one of figures
  // ("98%" | "(39)": no labels of words) still go, and so does each card's
  // "Shop now".
  auto card = [](const std::string& name, const std::string& ideal, const std::string& fabric,
                 const std::string& count) {
    return "<div class=\"slide card\"><p class=\"card-name\">" + name +
           "</p><div class=\"card-row\"><p>Ideal for:</p><p>" + ideal +
           "</p></div><div class=\"card-row\"><p>Fabric content</p><p>" + fabric +
           "</p></div><div class=\"card-row\"><p>Thread count</p><p>" + count +
           "</p></div><a class=\"button\" href=\"/sheets\">Shop now</a></div>";
  };
  auto bar = [](const std::string& share, const std::string& count) {
    return "<div class=\"bar\"><p>" + share + "</p><p>" + count + "</p></div>";
  };
  const std::string html =
      "<html><head><title>Core Sheet Set | Linen Loft</title><script "
      "type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Core Sheet Set\"}"
      "</script></head><body><nav><a href=\"/\">Home</a> <a href=\"/bed\">Bed</a></nav><div "
      "class=\"product\"><h1>Core Sheet Set</h1><div class=\"description\"><p>Woven from "
      "long-staple cotton on old shuttle looms, the sheets start crisp and soften a little more "
      "with every wash, without pilling or thinning at the corners.</p><p>The fitted sheet's "
      "deep pockets hold a mattress up to forty centimetres deep, and its elastic runs all the "
      "way round so that it stays put through a restless night.</p></div><div "
      "class=\"slider compare\"><h2>Compare our sheets</h2>" +
      card("Sateen", "Most sleepers", "100% long-staple cotton", "480") +
      card("Percale", "Hot sleepers", "100% organic cotton", "270") +
      "</div><div class=\"slider stats\">" + bar("98%", "(39)") + bar("2%", "(1)") +
      bar("0%", "(0)") + "</div><div class=\"carousel strip\"><p>Free delivery over $50</p>"
      "<p>Made in Portugal</p></div></div><footer><p>Linen Loft Ltd</p></footer></body></html>";
  Result<Article> a = Extract(html);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->page_type, PageType::kProduct);
  for (const char* kept : {"Woven from long-staple cotton", "Compare our sheets", "Sateen",
                           "Ideal for:", "Most sleepers", "Fabric content",
                           "100% long-staple cotton", "Percale", "Hot sleepers", "270"}) {
    EXPECT_NE(a->text.find(kept), std::string::npos) << "lost \"" << kept << "\": " << a->text;
  }
  for (const char* dropped : {"Shop now", "98%", "(39)", "Free delivery over $50",
                              "Made in Portugal", "Linen Loft Ltd"}) {
    EXPECT_EQ(a->text.find(dropped), std::string::npos) << "kept \"" << dropped << "\": " << a->text;
  }
}

TEST(RulesTest, ProductOptionPickersLabelGoesWithIt) {
  // A product's option pickers outside a <form> (a builder's variants, a
  // shop's size select beside its colour): a label over or beside each
  // <select>, whose values are no text. The labels go with their pickers;
  // the description right before them, a long line, stays.
  const std::string html =
      "<html><head><title>Stoneware Mug - Clay Hollow</title><meta property=\"og:type\" "
      "content=\"product\"></head><body><header><a href=\"/\">Clay Hollow</a></header><main>"
      "<div class=\"product\"><h1>Stoneware Mug</h1><div class=\"excerpt\"><p>Thrown by hand on "
      "the wheel and glazed in a speckled oatmeal white, each mug holds a generous twelve ounces "
      "of coffee or tea.</p></div><div class=\"variants\"><div class=\"option\"><div "
      "class=\"option-title\">Glaze: </div><div class=\"select-wrapper\"><select><option>Select "
      "Glaze</option><option>Oatmeal</option></select></div></div><div class=\"option\"><label>"
      "Size <select><option>Small</option><option>Large</option></select></label></div></div>"
      "<div class=\"description\"><p>Every mug is made in our studio in the hills, from a local "
      "stoneware clay that we dig, age and wedge ourselves before it ever meets the wheel.</p>"
      "<p>Because each one is made by hand, the size and the glaze vary a little from piece to "
      "piece.</p></div></div></main><footer><p>Clay Hollow Pottery</p></footer></body></html>";
  ExpectKeptAndDropped(html, PageType::kProduct,
                       {"Thrown by hand on the wheel", "Every mug is made in our studio",
                        "vary a little from piece to piece"},
                       {"Glaze:", "Size"});
}

TEST(RulesTest, ProductChoicesAndFieldsLabelGoWithThem) {
  // A product's options as radio buttons outside a <form> (OpenCart's
  // "Available Options", a theme's size swatches): each choice is labelled
  // by its own line, the label inside it or beside it; the quantity field by
  // the line before it. The labels go with their inputs; the description and
  // the data sheet stay, and so does a short line before a group of choices
  // (it may end the panel before a CSS-only tab's radio button). A line of a
  // <label>'s words alone is a caption too: the group's ("Colour"), and so
  // is a <fieldset>'s <legend> (Shopify Dawn's "Size" over its buttons).
  // The heading over the labels alone, the next kept text a heading's, goes
  // with them.
  const std::string html =
      "<html><head><title>Trail Flask 600 ml - Ridge Supply</title><meta property=\"og:type\" "
      "content=\"product\"></head><body><header><a href=\"/\">Ridge Supply</a></header><main>"
      "<div class=\"product\"><h1>Trail Flask 600 ml</h1><p>A soft flask that folds flat once "
      "it is empty, with a bite valve that opens under a light squeeze and closes again when you "
      "let go of it.</p><div id=\"product\"><h3>Available Options</h3><div><label>Colour"
      "</label><div class=\"radio\"><label><input type=\"radio\" name=\"o1\" value=\"1\">"
      "Slate (+$2.00)</label></div><div class=\"radio\"><label><input type=\"radio\" "
      "name=\"o1\" value=\"2\">Ember</label></div></div><div><input type=\"radio\" "
      "name=\"o2\" id=\"s1\"><label for=\"s1\">Narrow cap</label></div><div><label "
      "for=\"q\">Qty</label><input type=\"number\" id=\"q\" value=\"1\"><input "
      "type=\"hidden\" name=\"product_id\" value=\"42\"></div><fieldset><legend>Volume</legend>"
      "<input type=\"radio\" name=\"v\" id=\"v1\"><label for=\"v1\">Half litre</label><input "
      "type=\"radio\" name=\"v\" id=\"v2\"><label for=\"v2\">Litre</label></fieldset></div>"
      "<h2>Details</h2><ul>"
      "<li>Holds 600 ml and weighs 38 g empty.</li><li>Made from a food-safe film free of BPA."
      "</li></ul><p>Fits most vests.</p><input type=\"radio\" name=\"tabs\" id=\"t2\">"
      "<label for=\"t2\">Care</label><p>Rinse with warm water and dry it upside down, with the "
      "cap off, before you fold it away.</p></div></main><footer><p>Ridge Supply Co.</p>"
      "</footer></body></html>";
  ExpectKeptAndDropped(html, PageType::kProduct,
                       {"A soft flask that folds flat", "Holds 600 ml", "free of BPA",
                        "Fits most vests.", "Rinse with warm water"},
                       {"Slate", "Ember", "Narrow cap", "Qty", "Colour", "Volume", "Litre",
                        "Available Options"});
}

TEST(RulesTest, ProductsBoxBesideAStoryJoins) {
  // A product page whose region is the brand's story below the product's
  // box: the box (the name in <h1>, the description, the specifications)
  // joins, its buy form and the tiles of other products do not. A box whose
  // text is linked (a grid of other watches under the heading) stays out.
  auto page = [](const std::string& box) {
    return "<html><head><title>Quay Chronograph in Moon Silver | Quay Watches</title><script "
           "type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Quay Chronograph\"}"
           "</script></head><body><nav><a href=\"/\">Home</a> <a href=\"/watches\">Watches</a>"
           "</nav><main><div class=\"product-detail\"><div class=\"gallery\"><img src=\"/w.jpg\" "
           "alt=\"\"></div>" + box + "</div><div class=\"marketing\"><section class=\"story\"><h2>"
           "Ten years of the classic</h2><p>The watch that started it all is back in a new form a "
           "decade later, retelling ten years of the studio's work in one clean design that suits "
           "a desk and a beach alike.</p><p>Straps change without tools: slide the lever on the "
           "pin, lift the strap out and click another in, from leather to steel mesh, in less than "
           "a minute.</p></section><section class=\"craft\"><h2>Made by hand</h2><p>Every watch is "
           "assembled by hand in the studio by the harbour, tested for a week against a master "
           "clock and packed in a box made from recycled paper.</p><p>Since the first watch left "
           "the studio, the team has grown from three friends to forty makers, and every one of "
           "them still signs the watches they finish.</p></section></div><div class=\"related\">"
           "<h2>You may also like</h2><ul><li><a href=\"/p/1\">Pier Diver</a> $199.00</li><li><a "
           "href=\"/p/2\">Dock Field</a> $149.00</li><li><a href=\"/p/3\">Harbour Dress</a> "
           "$229.00</li></ul></div></main><footer><p>Quay Watches Ltd</p></footer></body></html>";
  };
  Result<Article> a = Extract(page(
      "<div class=\"side\"><h1>Quay Chronograph</h1><form class=\"buy\"><p>$168.00</p><p>Colour"
      "</p><button>Add to cart</button></form><div class=\"tabs\"><p>Description</p><p>A steel "
      "case of 40 mm, a dial of brushed silver and hands that glow in the dark: the chronograph "
      "keeps the look of the first watch we made.</p><p>Specifications</p><p>Case: stainless "
      "steel</p><p>Water resistance: 5 bar</p></div></div>"));
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->page_type, PageType::kProduct);
  for (const char* kept : {"Quay Chronograph", "A steel case of 40 mm", "Case: stainless steel",
                           "Water resistance: 5 bar", "The watch that started it all",
                           "still signs the watches"}) {
    EXPECT_NE(a->text.find(kept), std::string::npos) << "lost \"" << kept << "\": " << a->text;
  }
  for (const char* dropped : {"$168.00", "Colour", "You may also like", "Pier Diver",
                              "Quay Watches Ltd"}) {
    EXPECT_EQ(a->text.find(dropped), std::string::npos) << "kept \"" << dropped << "\": " << a->text;
  }
  std::string grid =
      "<div class=\"side\"><h1>Quay Chronograph</h1><p>Free delivery on every order over fifty "
      "dollars, and free returns within a month of the purchase.</p><ul>";
  for (const char* name : {"Pier", "Dock", "Harbour", "Tide"}) {
    grid += std::string("<li><a href=\"/p/") + name + "\">The " + name +
            " watch in steel with a dial of brushed silver and a strap of brown leather</a></li>";
  }
  Result<Article> linked = Extract(page(grid + "</ul></div>"));
  ASSERT_TRUE(linked.ok());
  EXPECT_NE(linked->text.find("The watch that started it all"), std::string::npos) << linked->text;
  for (const char* dropped : {"Free delivery on every order", "The Pier watch in steel"}) {
    EXPECT_EQ(linked->text.find(dropped), std::string::npos) << "kept \"" << dropped << "\": "
                                                             << linked->text;
  }
}

TEST(RulesTest, ProductReviewsAreChrome) {
  // A product page: the description, a heading whose id spells "review",
  // then the customers' reviews, written as prose like the description, in
  // a box named for them. The reviews go; the description and its heading
  // stay. On a story the same box is the text (a review is an article).
  auto page = [](const std::string& head, const std::string& body) {
    return "<html><head>" + head + "</head><body><nav><a href=\"/\">Home</a></nav><main>" + body +
           "</main><footer><p>Tern Audio Ltd</p></footer></body></html>";
  };
  const std::string product_head =
      "<title>Tern Field Recorder | Tern Audio</title><script type=\"application/ld+json\">"
      "{\"@type\":\"Product\",\"name\":\"Tern Field Recorder\"}</script>";
  const std::string product =
      "<div class=\"product\"><h1>Tern Field Recorder</h1><div class=\"description\"><p>Four "
      "preamps with their own gain dials record birdsong, rain and traffic at 32 bits, so that "
      "no take is ever clipped however loud it gets.</p><h2 id=\"how-we-review-every-unit\">"
      "Tested by hand</h2><p>Every unit is listened to in our studio before it ships, and the "
      "case is sealed against dust and the damp of a morning in the field.</p><p>A screen on the top shows the levels of all "
      "four inputs at once, and the recorder writes each take to two cards at the same time, so "
      "that a failing card never costs you the sound of a morning you cannot repeat.</p><p>The "
      "case is milled from one block of aluminium, with a thread underneath for a tripod or a "
      "boom pole and two loops at the sides for a strap.</p></div>"
      "<div class=\"product-reviews\"><h2>What our customers say</h2><div class=\"item\"><p>I "
      "took it up the coast for a week and the batteries outlasted my patience, the sound is "
      "clean even in strong wind with the furry cover on.</p></div><div class=\"item\"><p>The "
      "menus took me an evening to learn but after that I never looked back, it lives in my "
      "bag now and goes everywhere with me on every trip.</p></div></div></div>";
  ExpectKeptAndDropped(page(product_head, product), PageType::kProduct,
                       {"Four preamps with their own gain dials", "Tested by hand",
                        "Every unit is listened to"},
                       {"What our customers say", "batteries outlasted my patience",
                        "it lives in my bag now"});
  // A story of the recorder that declares it a product, its og:type an
  // article: the reviewers' verdicts are its text.
  const std::string story =
      "<article><h1>A week with the Tern Field Recorder</h1><p>We took the Tern up the coast "
      "for a week, three of us, and each wrote down what they made of it.</p><div "
      "class=\"staff-review\"><p>Its batteries outlasted my patience: the sound stayed clean "
      "even in strong wind with the furry cover on, and the cards never failed.</p></div><div "
      "class=\"staff-review\"><p>The menus took me an evening to learn, but after that I never "
      "looked back. It lives in my bag now and goes everywhere with me.</p></div></article>";
  ExpectKeptAndDropped(
      page(product_head + "<meta property=\"og:type\" content=\"article\">", story),
      PageType::kProduct, {"Its batteries outlasted my patience", "It lives in my bag now"}, {});
  // A shop's software writes og:type article on every page, its products'
  // too: a page whose JSON-LD declares a product with an offer of it, and no
  // story, is the shop's product, and its reviews go. A story declaring the
  // product it tells of with its offer declares itself an article too.
  const std::string og_article = "<meta property=\"og:type\" content=\"article\">";
  const std::string offer =
      "{\"@type\":\"Product\",\"name\":\"Tern Field Recorder\",\"offers\":{\"@type\":"
      "\"Offer\",\"price\":\"349.00\"}}";
  const auto ld = [](const std::string& json) {
    return "<title>Tern Field Recorder | Tern Audio</title><script "
           "type=\"application/ld+json\">" + json + "</script>";
  };
  ExpectKeptAndDropped(page(ld(offer) + og_article, product), PageType::kProduct,
                       {"Four preamps with their own gain dials", "Every unit is listened to"},
                       {"What our customers say", "batteries outlasted my patience"});
  ExpectKeptAndDropped(page(ld("[{\"@type\":\"Article\",\"headline\":\"A week with the "
                               "Tern\"}," + offer + "]") + og_article,
                            story),
                       PageType::kProduct,
                       {"Its batteries outlasted my patience", "It lives in my bag now"}, {});
}

// A product page of a description and a data sheet with `box` between
// them: the parts around a box that the product tests read.
std::string ProductPageAround(const std::string& box) {
  return "<html><head><title>Tern Field Recorder | Tern Audio</title><script "
         "type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Tern Field "
         "Recorder\"}</script></head><body><nav><a href=\"/\">Home</a></nav><main><div "
         "class=\"product\"><h1>Tern Field Recorder</h1><div class=\"description\"><p>Four "
         "preamps with their own gain dials record birdsong, rain and traffic at 32 bits, so "
         "that no take is ever clipped however loud it gets.</p><p>A screen on the top shows "
         "the levels of all four inputs at once, and the recorder writes each take to two "
         "cards at the same time.</p></div>" +
         box +
         "<div class=\"data-sheet\"><h2>In the box</h2><p>The recorder, a furry wind cover, "
         "two memory cards, a strap and a pouch of waxed canvas to carry them all in the "
         "field.</p><p>The case is milled from one block of aluminium, with a thread "
         "underneath for a tripod or a boom pole and two loops for the strap.</p></div></div>"
         "</main><footer><p>Tern Audio Ltd</p></footer></body></html>";
}

TEST(RulesTest, ProductReviewsBetweenItsPartsStay) {
  // A product page that sets its customers' reviews between its description
  // and its data sheet: the reviews are one of its parts, read with those
  // around them. A reviews box a script fills in, only its title in the
  // page, heads nothing: its title goes, the heading after it stays. After
  // the last part (ProductReviewsAreChrome) the reviews still go.
  ExpectKeptAndDropped(
      ProductPageAround(
          "<div class=\"product-reviews\"><h2>What our customers say</h2><div "
          "class=\"item\"><p>I took it up the coast for a week and the batteries outlasted my "
          "patience, the sound is clean even in strong wind.</p></div><div class=\"item\"><p>The "
          "menus took me an evening to learn but after that I never looked back.</p></div>"
          "</div>"),
      PageType::kProduct,
      {"Four preamps with their own gain dials", "What our customers say",
       "batteries outlasted my patience", "The menus took me an evening", "In the box",
       "The case is milled from one block"},
      {"Tern Audio Ltd"});
  ExpectKeptAndDropped(
      ProductPageAround(
          "<div class=\"product-reviews\"><h2>Reviews for Tern Field Recorder</h2><div "
          "class=\"widget-mount\"></div></div>"),
      PageType::kProduct,
      {"Four preamps with their own gain dials", "In the box", "The case is milled from one block"},
      {"Reviews for Tern Field Recorder"});
  // Its picture a graphic of stars or a spinner, a reviews box so filled in
  // heads nothing still.
  ExpectKeptAndDropped(
      ProductPageAround("<div class=\"product-reviews\"><h2>Reviews for Tern Field "
                        "Recorder</h2><img src=\"/stars.png\"></div>"),
      PageType::kProduct,
      {"Four preamps with their own gain dials", "In the box", "The case is milled from one block"},
      {"Reviews for Tern Field Recorder"});
  // Reviews hidden, and a box of shipping terms and the buy button, between
  // the same parts are no part of the text: both go.
  ExpectKeptAndDropped(
      ProductPageAround(
          "<div class=\"product-reviews\" hidden><h2>What our customers say</h2><p>I took it "
          "up the coast for a week and the batteries outlasted my patience, the sound is "
          "clean even in strong wind.</p></div><div class=\"shipping\"><p>Free delivery on "
          "orders over fifty pounds, and returns within thirty days of delivery.</p></div><div "
          "class=\"qty\"><p>Only three left, order today to have it by Friday.</p><button>Add "
          "to basket</button></div>"),
      PageType::kProduct,
      {"Four preamps with their own gain dials", "In the box", "The case is milled from one block"},
      {"What our customers say", "batteries outlasted my patience", "Free delivery on orders",
       "Only three left", "Add to basket"});
  // A box of reviews each under its own title: the box's heading heads
  // them, a level above, and stays. A box a script fills in, not worded as
  // reviews, its heading alone in it, heads nothing either: it goes.
  ExpectKeptAndDropped(
      ProductPageAround(
          "<div class=\"product-reviews\"><h2>What our customers say</h2><div "
          "class=\"item\"><h3>Clean sound in strong wind</h3><p>I took it up the coast for a "
          "week and the batteries outlasted my patience, the sound is clean even in strong "
          "wind.</p></div></div><div class=\"size-chart\"><h2>Size chart</h2><div "
          "class=\"chart-mount\"></div></div>"),
      PageType::kProduct,
      {"Four preamps with their own gain dials", "What our customers say",
       "Clean sound in strong wind", "batteries outlasted my patience", "In the box"},
      {"Size chart", "Tern Audio Ltd"});
}

TEST(RulesTest, ProductHeadingOverItsPictureStays) {
  // A product page's heading alone in its box with a picture after it in
  // the box (a "Version comparison" over the chart of its editions, an
  // image with no text) heads the picture, though a heading follows it: it
  // stays. Alone in its box with the picture in the next box, over the next
  // part's heading, it heads nothing and goes.
  ExpectKeptAndDropped(
      ProductPageAround("<div class=\"editions\"><h2>Tern Field Recorder Version "
                        "Comparison</h2><img src=\"/img/editions.png\" alt=\"\"></div>"),
      PageType::kProduct,
      {"Four preamps with their own gain dials", "Version Comparison", "In the box",
       "The case is milled from one block"},
      {"Tern Audio Ltd"});
  ExpectKeptAndDropped(
      ProductPageAround("<div class=\"editions\"><h2>Tern Field Recorder Version "
                        "Comparison</h2></div><div class=\"gallery\"><img "
                        "src=\"/img/editions.png\" alt=\"\"></div>"),
      PageType::kProduct,
      {"Four preamps with their own gain dials", "In the box", "The case is milled from one block"},
      {"Version Comparison", "Tern Audio Ltd"});
}

TEST(RulesTest, DesignSystemsDisplayNoneBoxGoes) {
  // A shop's design system hides a box with its own utility class,
  // prefixed with the system's short name ("wt-display-none"): an error
  // alert shown only when the seller's captcha fails to load, set between
  // the seller's details and the description. It goes as hidden parts do;
  // a box whose longer name merely ends so stays.
  ExpectKeptAndDropped(
      "<html><head><title>Stoneware Mug | Pottery Park</title><script "
      "type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Stoneware Mug\"}"
      "</script></head><body><main><div class=\"listing\"><h1>Stoneware Mug</h1><div "
      "class=\"description\"><p>A ceramic mug with a wide handle, thrown on the wheel and glazed "
      "in a folk art green that pools darker where the clay is carved.</p><div class=\"wt-alert "
      "wt-display-none\"><p>Captcha failed to load. Try using a different browser or disabling "
      "ad blockers.</p></div><p>It holds three hundred and fifty millilitres and is safe in the "
      "dishwasher and the microwave, like every piece we make.</p><div "
      "class=\"inline-link-display-none\"><p>Every mug is signed on its foot by the potter who "
      "threw it, and no two glazes come out of the kiln alike.</p></div></div></div></main>"
      "</body></html>",
      PageType::kProduct,
      {"A ceramic mug with a wide handle", "It holds three hundred and fifty",
       "Every mug is signed on its foot"},
      {"Captcha failed to load"});
}

TEST(RulesTest, ProductCartButtonBuiltFromABoxGoes) {
  // A shop's builder makes its "Add To Cart" button of boxes that say they
  // are buttons (Squarespace's <div class="sqs-add-to-cart-button"
  // role="button">), beside its quantity picker, no <form> or <button>
  // around them. A button worded as the cart's is the buy box's: it goes on
  // a product page, the excerpt and the description stay. A button worded
  // otherwise stays (a box opening the mug's care notes).
  auto page = [](const std::string& button_class, const std::string& label) {
    return "<html><head><title>Stoneware Mug - Clay Hollow</title><meta property=\"og:type\" "
           "content=\"product\"></head><body><header><a href=\"/\">Clay Hollow</a></header>"
           "<section id=\"content\"><article class=\"product\"><div id=\"productGallery\"><img "
           "src=\"/m.jpg\" alt=\"\"></div><div id=\"productSummary\"><h1 "
           "class=\"product-title\">Stoneware Mug</h1><div class=\"product-price\">$28.00</div>"
           "<div class=\"product-excerpt\"><p>Thrown by hand on the wheel and glazed in a "
           "speckled oatmeal white, each mug holds a generous twelve ounces of coffee or tea.</p>"
           "</div><div class=\"product-quantity-input\"><input type=\"number\" value=\"1\">"
           "</div><div class=\"" + button_class + "\" role=\"button\" tabindex=\"0\"><div "
           "class=\"inner\">" + label + "</div></div></div><div class=\"product-description\"><p>"
           "Every mug is made in our studio in the hills, from a local stoneware clay that we "
           "dig, age and wedge ourselves before it ever meets the wheel.</p><p>Because each one "
           "is made by hand, the size and the glaze vary a little from piece to piece.</p></div>"
           "</article></section><footer><p>Clay Hollow Pottery</p></footer></body></html>";
  };
  ExpectKeptAndDropped(page("sqs-add-to-cart-button-wrapper", "Add To Cart"),
                       PageType::kProduct,
                       {"Thrown by hand on the wheel", "Every mug is made in our studio"},
                       {"Add To Cart", "$28.00", "Clay Hollow Pottery"});
  ExpectKeptAndDropped(page("care-toggle", "Care: dishwasher and microwave safe"),
                       PageType::kProduct,
                       {"Thrown by hand on the wheel", "Care: dishwasher and microwave safe"}, {});
}

TEST(RulesTest, ProductShippingTermsAreChrome) {
  // A product page: the description, then the shop's shipping and returns
  // terms in a box named for them, written as sentences between the
  // description's parts. The terms go, their heading too; the description
  // stays. A shop's page about its terms, which is no product, keeps them.
  const std::string terms =
      "<div id=\"shipping-and-returns\"><h2>Shipping and returns</h2><p>Order today and your "
      "parcel should arrive within twelve working days, packed in a box of recycled card.</p>"
      "<p>Returns are accepted within fourteen days; buyers pay for the return shipping unless "
      "the item arrived damaged.</p></div>";
  const std::string product =
      "<html><head><title>Harbour Jug | Quay Pottery</title><script "
      "type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Harbour Jug\"}</script>"
      "</head><body><main><div class=\"product\"><h1>Harbour Jug</h1><div "
      "class=\"description\"><p>Thrown on the wheel from local stoneware clay and glazed in the "
      "blue of the harbour at dusk, this jug pours without a drip.</p></div>" + terms +
      "<div class=\"details\"><p>It holds a litre of water or milk, and its handle is pulled "
      "by hand so that it sits comfortably in the palm when the jug is full.</p></div></div>"
      "</main></body></html>";
  ExpectKeptAndDropped(product, PageType::kProduct,
                       {"pours without a drip", "It holds a litre"},
                       {"Shipping and returns", "Order today and your parcel",
                        "Returns are accepted within fourteen days"});
  const std::string policy =
      "<html><head><title>Shipping and returns | Quay Pottery</title></head><body><main><h1>"
      "Shipping and returns</h1>" + terms + "<p>Questions about an order go to the studio, "
      "where we answer every letter within two days, weekends included.</p></main></body>"
      "</html>";
  Result<Article> a = Extract(policy);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->page_type, PageType::kProduct);
  for (const char* kept : {"Order today and your parcel", "Returns are accepted within"}) {
    EXPECT_NE(a->text.find(kept), std::string::npos) << "lost \"" << kept << "\": " << a->text;
  }
}

TEST(RulesTest, ProductReassuranceRowIsTheShopsTerms) {
  // A shop's row of promises beside the buy box (PrestaShop's
  // "block-reassurance"): its delivery, returns and payment terms, a line
  // each under an icon, between the short description and the tabs. They
  // are the shop's terms and go; the description, its tab and the data
  // sheet stay.
  const std::string html =
      "<html><head><title>Linen Shirt</title><meta property=\"og:type\" content=\"product\">"
      "</head><body><header><a href=\"/\">Maison Lin</a></header><section id=\"main\"><div "
      "class=\"row\"><div class=\"col-md-6\"><img src=\"/s.jpg\" alt=\"\"></div><div "
      "class=\"col-md-6\"><h1>Linen Shirt</h1><div class=\"product-prices\"><span>59,00 EUR"
      "</span></div><div class=\"product-information\"><div class=\"short\"><p>A relaxed shirt "
      "cut from washed French linen, light enough for the hottest days of summer and soft from "
      "the very first wear.</p></div><form action=\"/cart\"><select><option>M</option></select>"
      "<button>Add to cart</button></form><div id=\"block-reassurance\"><ul><li><img "
      "src=\"/r1.svg\" alt=\"\"><span>Free delivery in France on orders over 80 euros, sent "
      "within two working days</span></li><li><img src=\"/r2.svg\" alt=\"\"><span>Free returns "
      "and exchanges within thirty days of receiving your order</span></li><li><img "
      "src=\"/r3.svg\" alt=\"\"><span>Secure payment by card, bank transfer or PayPal</span>"
      "</li></ul></div><div class=\"tabs\"><div class=\"tab-pane\" id=\"description\"><p>Our "
      "linen is grown and woven in Normandy, then garment-washed so that it drapes loosely and "
      "never feels stiff against the skin.</p><p>The shirt has a camp collar, a straight hem to "
      "wear untucked and buttons sewn on by hand in our workshop.</p></div><dl "
      "class=\"data-sheet\"><dt>Composition</dt><dd>100% linen</dd><dt>Fit</dt><dd>Relaxed</dd>"
      "<dt>Care</dt><dd>Machine wash at 30</dd></dl></div></div></div></div></section><footer>"
      "<p>Maison Lin SAS</p></footer></body></html>";
  ExpectKeptAndDropped(html, PageType::kProduct,
                       {"A relaxed shirt cut from washed French linen", "grown and woven in "
                        "Normandy", "camp collar", "Composition", "100% linen"},
                       {"Free delivery in France", "Free returns and exchanges",
                        "Secure payment by card"});
}

TEST(RulesTest, ProductSellingPointsRowIsTheShopsTerms) {
  // The same row of promises named for the shop's unique selling points
  // (a BigCommerce theme's "usp-pdp__wrapper", a Shopify theme's
  // "product-usps"): when the order ships, the size guide, the free returns,
  // a line each under an icon between the buy form and the details. They
  // are the shop's terms and go; the description and the details stay.
  const std::string html =
      "<html><head><title>Heavy Tee</title><meta property=\"og:type\" content=\"product\">"
      "</head><body><header><a href=\"/\">Cotton Row</a></header><main><div "
      "class=\"productView\"><div class=\"productView-images\"><img src=\"/t.jpg\" alt=\"\">"
      "</div><div class=\"productView-details\"><h1 class=\"productView-title\">Heavy Tee</h1>"
      "<div class=\"productView-price\"><span>$32.00</span></div><div "
      "class=\"productView-description\"><p>A boxy tee knitted from heavy combed cotton, with a "
      "ribbed crew neck that keeps its shape through years of washing.</p></div><form "
      "action=\"/cart.php\"><select><option>M</option></select><button>Add to Cart</button>"
      "</form><section class=\"usp-pdp__wrapper\"><div class=\"usp-pdp__item\"><img "
      "src=\"/i1.svg\" alt=\"\"><p>Order within four hours and your parcel leaves our "
      "warehouse today</p></div><div class=\"usp-pdp__item\"><img src=\"/i2.svg\" alt=\"\"><p>"
      "Not the right size? Returns are free for thirty days after delivery</p></div></section>"
      "<div class=\"product-usps\"><p>Size guide and fit advice from our team every day</p>"
      "</div><div class=\"productView-info\"><h2>Details</h2><p>The fabric is a mid weight "
      "jersey, garment dyed after sewing so that every seam takes the same shade.</p><dl><dt>"
      "Fit</dt><dd>Boxy</dd><dt>Fabric</dt><dd>100% cotton</dd></dl></div></div></div></main>"
      "<footer><p>Cotton Row Ltd</p></footer></body></html>";
  ExpectKeptAndDropped(html, PageType::kProduct,
                       {"A boxy tee knitted from heavy combed cotton", "mid weight jersey",
                        "100% cotton"},
                       {"Order within four hours", "Returns are free", "Size guide and fit"});
}

TEST(RulesTest, ProductBulkPricesAreTheBuyBoxs) {
  // A wholesale shop prices its product by the quantity ordered, in a box
  // after the short description named for it (a BigCommerce theme's
  // "bulk-pricing"): "Qty / Price per unit / 1-9 20.00 / 10-49 15.00". The
  // tiers are the buy box's, as the quantity picker is, and go; the
  // description and the details after the buy form stay.
  const std::string html =
      "<html><head><title>Work Shirt</title><meta property=\"og:type\" content=\"product\">"
      "</head><body><header><a href=\"/\">Blank Goods</a></header><main><div "
      "class=\"productView\"><div class=\"productView-images\"><img src=\"/s.jpg\" alt=\"\">"
      "</div><div class=\"productView-details\"><h1 class=\"productView-title\">Work Shirt</h1>"
      "<div class=\"productView-price\"><span>$20.00</span></div><div "
      "class=\"productView-description\"><p>A long-sleeved shirt of heavy twill with two chest "
      "pockets, made to be printed on and worn hard through a working day.</p></div><div "
      "class=\"productView-pricing bulk-pricing\"><p>See tiered prices</p><ul><li>Qty Price "
      "per unit</li><li>1-9 unit price 20.00</li></ul><p>10-49 unit price 15.00</p><p>50+ unit "
      "price 13.00</p></div><form action=\"/cart.php\"><select><option>L</option></select>"
      "<button>Add to Cart</button></form><div class=\"productView-info\"><h2>Details</h2><p>"
      "The collar is lined so that it keeps its shape, and the buttons are sewn on with a "
      "thread that outlasts the shirt.</p></div></div></div></main><footer><p>Blank Goods "
      "Inc.</p></footer></body></html>";
  ExpectKeptAndDropped(html, PageType::kProduct,
                       {"A long-sleeved shirt of heavy twill", "The collar is lined"},
                       {"See tiered prices", "Price per unit", "10-49 unit price",
                        "50+ unit price"});
}

TEST(RulesTest, ProductReviewsLongerThanTheDescriptionGo) {
  // A product page whose customers wrote more than the shop: the reviews'
  // box, inside the product's box, holds most of the region's text, which
  // spares a chrome-worded box elsewhere (its word names the layout:
  // "container penci-sidebar"). On a product page the shop's reviews never
  // are: the description stays, the reviews and their heading go.
  std::string reviews = "<div id=\"reviews\" class=\"product-reviews\"><h2>Customer reviews</h2>";
  for (const char* review :
       {"I bought this jug for my mother and she uses it every single morning for the milk. It "
        "pours cleanly, the glaze has not crazed after a year of the dishwasher, and the blue "
        "is even deeper than in the photographs on the shop's page.",
        "Lovely weight in the hand, and the handle is comfortable even when the jug is full of "
        "water for the flowers. It arrived well packed in a box of recycled card, two days "
        "earlier than promised, with a handwritten note from the potter.",
        "We have two of these now, one for the table and one for the studio, where it holds "
        "brushes. Friends always ask where it came from, and I send them here; it makes a "
        "wonderful present for anyone who likes handmade things around the house."}) {
    reviews += std::string("<p>") + review + "</p>";
  }
  reviews += "</div>";
  const std::string html =
      "<html><head><title>Harbour Jug | Quay Pottery</title><script "
      "type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Harbour Jug\"}</script>"
      "</head><body><main><div class=\"product\"><h1>Harbour Jug</h1><div "
      "class=\"description\"><p>Thrown on the wheel from local stoneware clay and glazed in the "
      "blue of the harbour at dusk, this jug pours without a drip.</p><p>It holds a litre of "
      "water or milk, and its handle is pulled by hand.</p></div>" + reviews +
      "</div></main></body></html>";
  ExpectKeptAndDropped(html, PageType::kProduct, {"pours without a drip", "It holds a litre"},
                       {"Customer reviews", "my mother", "Lovely weight in the hand",
                        "We have two of these now"});
  // Reviews that are nearly all the region's text, which would switch class
  // words off for the region (tuning::kMaxHintDropShare: the words would
  // drop the text), go as well.
  std::string many = "<div class=\"reviews\">";
  for (int i = 0; i < 6; ++i) many += reviews;
  many += "</div>";
  ExpectKeptAndDropped(
      "<html><head><title>Harbour Jug | Quay Pottery</title><script "
      "type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Harbour Jug\"}</script>"
      "</head><body><main><div class=\"product\"><h1>Harbour Jug</h1><div "
      "class=\"description\"><p>Thrown on the wheel from local stoneware clay, this jug pours "
      "without a drip.</p></div>" + many + "</div></main></body></html>",
      PageType::kProduct, {"pours without a drip"}, {"Customer reviews", "Lovely weight"});
}

TEST(RulesTest, ProductBuyBoxBetweenDescriptionAndDetailsGoes) {
  // A product page's buy box sits between its description and its details:
  // the stock line, a payment plan's line, a wishlist's button and the
  // quantity picker's label, each in a box whose class says so. On a
  // product page they are the shop's chrome, even where the blocks between
  // kept parts are the product's; the fit notes among them stay, and so they
  // go when the page's og:type says article. On a story a box so worded is
  // its text (a market report's stock figures).
  const std::string html =
      "<html><head><title>Harbour Tee | Quay Clothing</title><script "
      "type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Harbour Tee\"}</script>"
      "</head><body><main><div class=\"product\"><h1>Harbour Tee</h1><div "
      "class=\"description\"><p>Knitted from combed cotton of a middle weight, the tee keeps "
      "its shape through a summer of washing and softens a little every time.</p><p>Side "
      "seams and a ribbed neck sit flat under a shirt, and the double-needle hems do not "
      "roll.</p></div><p class=\"stock in-stock\">Only 3 left</p><div "
      "class=\"afterpay-container\">or 4 payments of $5.00</div><div class=\"wishlist\">"
      "<p>Save to your list</p></div><p class=\"fit\">Regular fit, true to "
      "size</p><div class=\"qty-picker\"><p>Quantity</p></div><div class=\"details\"><h2>"
      "Details</h2><p>Mid weight cotton, preshrunk, with shoulder-to-shoulder tape for a "
      "collar that keeps its line after many washes.</p><p>Suited to screen printing and "
      "embroidery, from a single piece to a club's whole order.</p></div></div></main>"
      "</body></html>";
  ExpectKeptAndDropped(html, PageType::kProduct,
                       {"Knitted from combed cotton", "Regular fit, true to size", "Details",
                        "Suited to screen printing"},
                       {"Only 3 left", "or 4 payments of", "Save to your list", "Quantity"});
  // A shop whose software calls every page an article (og:type) still
  // sells here: its buy box goes all the same.
  const std::string head = "<head>";
  std::string declared = html;
  declared.replace(declared.find(head), head.size(),
                   head + "<meta property=\"og:type\" content=\"article\">");
  ExpectKeptAndDropped(declared, PageType::kProduct,
                       {"Knitted from combed cotton", "Regular fit, true to size"},
                       {"Only 3 left", "or 4 payments of", "Save to your list", "Quantity"});
  Result<Article> story = Extract(
      "<html><head><title>Shares rise in a quiet week | Valley Post</title><meta "
      "property=\"og:type\" content=\"article\"></head><body><article><h1>Shares rise in a "
      "quiet week</h1><p>Shares rose for a fourth day as traders returned from the holiday and "
      "bought back the banks they had sold in the autumn.</p><p class=\"stock-figure\">The "
      "harbour company's stock closed at a record, up a tenth since the start of the "
      "month.</p><p>Volumes stayed thin, and dealers expect a calmer market until the "
      "central bank meets again in the new year.</p></article></body></html>");
  ASSERT_TRUE(story.ok());
  EXPECT_NE(story->text.find("stock closed at a record"), std::string::npos) << story->text;
}

TEST(RulesTest, ProductLineOfTagsBetweenKeptPartsGoes) {
  // A product page after WooCommerce's Storefront theme: the summary (name,
  // price, short description, buy form, then "SKU: ... Category: ...
  // Tags: ..." in a box classed "product_meta"), then the tabs' description
  // and data sheet. The line of labels between the short description and
  // the tabs is the shop's, not a part of the product between kept parts;
  // a section's heading classed with a tag word stays over its text.
  const std::string html =
      "<html><head><title>Merino Trail Sock - Northfield Outfitters</title></head><body "
      "class=\"single-product woocommerce\"><nav class=\"woocommerce-breadcrumb\"><a "
      "href=\"/\">Home</a> / <a href=\"/socks/\">Socks</a> / Merino Trail Sock</nav><main "
      "id=\"main\" class=\"site-main\"><div id=\"product-412\" class=\"product type-product "
      "instock product_cat-socks\"><div class=\"summary entry-summary\"><h1 "
      "class=\"product_title entry-title\">Merino Trail Sock</h1><p class=\"price\"><span "
      "class=\"woocommerce-Price-amount amount\">$18.00</span></p><div "
      "class=\"woocommerce-product-details__short-description\"><p>A cushioned hiking sock "
      "knitted from fine merino wool, for long days on rough ground in any season.</p></div>"
      "<form class=\"cart\" method=\"post\"><div class=\"quantity\"><input type=\"number\" "
      "name=\"quantity\" value=\"1\"></div><button type=\"submit\" "
      "class=\"single_add_to_cart_button button alt\">Add to cart</button></form><div "
      "class=\"product_meta\"><span class=\"sku_wrapper\">SKU: <span class=\"sku\">NF-MTS"
      "</span></span> <span class=\"posted_in\">Category: <a href=\"/socks/\" "
      "rel=\"tag\">Socks</a></span> <span class=\"tagged_as\">Tags: <a href=\"/tag/hiking/\" "
      "rel=\"tag\">hiking</a>, <a href=\"/tag/merino/\" rel=\"tag\">merino</a></span></div></div>"
      "<div class=\"woocommerce-tabs wc-tabs-wrapper\"><ul class=\"tabs wc-tabs\" "
      "role=\"tablist\"><li role=\"tab\"><a href=\"#tab-description\">Description</a></li><li "
      "role=\"tab\"><a href=\"#tab-additional_information\">Additional information</a></li>"
      "</ul><div class=\"woocommerce-Tabs-panel woocommerce-Tabs-panel--description panel "
      "entry-content wc-tab\" id=\"tab-description\" role=\"tabpanel\"><h2>Description</h2><p>The "
      "sock is knitted in a small mill in the Borders from fine merino wool and recycled nylon, "
      "so it stays soft against the skin and wears well in a boot.</p><p>A terry loop sole "
      "cushions the heel and the ball of the foot, where a long descent hurts most.</p><h3 "
      "class=\"bb_tag\">Care</h3><p>Wash it inside out at thirty degrees, and dry it flat, away "
      "from a radiator, so that the wool keeps its spring.</p></div><div "
      "class=\"woocommerce-Tabs-panel woocommerce-Tabs-panel--additional_information panel "
      "entry-content wc-tab\" id=\"tab-additional_information\" role=\"tabpanel\"><h2>Additional "
      "information</h2><table class=\"woocommerce-product-attributes shop_attributes\"><tr><th>"
      "Weight</th><td>0.12 kg</td></tr><tr><th>Material</th><td><p>72% merino wool, 26% "
      "recycled nylon</p></td></tr></table></div></div><section class=\"related products\"><h2>"
      "Related products</h2><ul class=\"products columns-4\"><li class=\"product\"><a "
      "href=\"/product/liner/\"><h2 class=\"woocommerce-loop-product__title\">Alpine Liner "
      "Sock</h2><span class=\"price\">$12.00</span></a></li><li class=\"product\"><a "
      "href=\"/product/fell/\"><h2 class=\"woocommerce-loop-product__title\">Fell Running "
      "Sock</h2><span class=\"price\">$16.00</span></a></li></ul></section></div></main><footer "
      "id=\"colophon\" class=\"site-footer\"><p>&copy; Northfield Outfitters 2024</p></footer>"
      "</body></html>";
  ExpectKeptAndDropped(html, PageType::kProduct,
                       {"A cushioned hiking sock", "knitted in a small mill",
                        "where a long descent hurts most", "Care", "Wash it inside out",
                        "0.12 kg", "72% merino wool"},
                       {"SKU:", "NF-MTS", "Tags:", "Add to cart", "Alpine Liner Sock",
                        "$12.00", "Northfield Outfitters 2024"});
}

TEST(RulesTest, ProductReviewsInsideTheDeclaredDescriptionGo) {
  // A product page after BigCommerce's Cornerstone theme declares its whole
  // box of tabs the description (itemprop="description" on the <article>
  // around the description, warranty and reviews tabs); each review is a
  // microdata Review, itemprop="review" of the product, in classes of no
  // reviews word ("productReview"). The buyers' reviews are the shop's
  // chrome however declared; the description, its data sheet and the
  // warranty stay. On a story whose review is so marked, it is the text.
  const std::string html =
      "<html><head><title>Ceramic Dripper - Kettle &amp; Co</title><meta property=\"og:type\" "
      "content=\"product\"></head><body><nav aria-label=\"Breadcrumb\"><ol "
      "class=\"breadcrumbs\"><li><a href=\"/\">Home</a></li><li><a "
      "href=\"/brewing/\">Brewing</a></li></ol></nav><main class=\"body\" id=\"main-content\">"
      "<div itemscope itemtype=\"https://schema.org/Product\"><div class=\"productView\"><section "
      "class=\"productView-details product-data\"><h1 class=\"productView-title\" "
      "itemprop=\"name\">Ceramic Dripper</h1><div class=\"productView-price\"><span "
      "class=\"price price--withoutTax\">$34.00</span></div><form class=\"form\" method=\"post\" "
      "action=\"/cart.php\"><label class=\"form-label\" for=\"qty\">Quantity:</label><input "
      "id=\"qty\" name=\"qty[]\" type=\"tel\" value=\"1\"><input class=\"button button--primary\" "
      "type=\"submit\" value=\"Add to Cart\"></form></section><article "
      "class=\"productView-description\" itemprop=\"description\"><ul class=\"tabs\"><li "
      "class=\"tab is-active\"><a class=\"tab-title\" href=\"#tab-description\">Description</a>"
      "</li><li class=\"tab\"><a class=\"tab-title\" href=\"#tab-reviews\">Reviews</a></li></ul>"
      "<div class=\"tabs-contents\"><div class=\"tab-content is-active\" "
      "id=\"tab-description\"><p>Thrown on the wheel in a small studio, our dripper holds its "
      "heat so the water stays at the right temperature from the first pour to the last.</p><p>It "
      "takes a standard filter paper and sits steady on a mug thanks to a wide base with a notch "
      "to watch the level.</p><table><tr><td>Height</td><td>9 cm</td></tr><tr><td>Capacity</td>"
      "<td>2 to 4 cups</td></tr></table></div><div class=\"tab-content\" id=\"tab-warranty\"><p>"
      "Every dripper carries a two year warranty against cracks and crazing of the glaze.</p>"
      "</div><div class=\"tab-content\" id=\"tab-reviews\"><section class=\"toggle "
      "productReviews\"><h4 class=\"toggle-title\">4 Reviews</h4><ul class=\"productReviews-"
      "list\"><li class=\"productReview\"><article itemprop=\"review\" itemscope "
      "itemtype=\"https://schema.org/Review\"><h5 itemprop=\"name\">Best cup at home</h5><p "
      "class=\"productReview-author\">Posted by <span itemprop=\"author\">Dan</span> on "
      "<span>12th Jan 2024</span></p><p itemprop=\"reviewBody\" class=\"productReview-body\">"
      "Makes a cleaner cup than my plastic one and looks lovely on the kitchen counter.</p>"
      "</article></li></ul></section></div></div></article></div></div></main><footer "
      "class=\"footer\"><p class=\"powered-by\">&copy; 2024 Kettle &amp; Co</p></footer>"
      "</body></html>";
  ExpectKeptAndDropped(html, PageType::kProduct,
                       {"Thrown on the wheel", "sits steady on a mug", "9 cm", "2 to 4 cups",
                        "two year warranty"},
                       {"Posted by Dan", "Makes a cleaner cup", "Add to Cart", "$34.00",
                        "2024 Kettle"});
  Result<Article> story = Extract(
      "<html><head><title>Kettle review: a slow pour | Brew Weekly</title><meta "
      "property=\"og:type\" content=\"article\"></head><body><div itemscope "
      "itemtype=\"https://schema.org/Product\"><h1 itemprop=\"name\">Kettle review: a slow "
      "pour</h1><div itemprop=\"review\" itemscope itemtype=\"https://schema.org/Review\"><div "
      "itemprop=\"reviewBody\">" +
      std::string(kStory) + "</div></div></div><footer>Brew Weekly</footer></body></html>");
  ASSERT_TRUE(story.ok());
  EXPECT_NE(story->text.find("opened the school gym as a shelter"), std::string::npos)
      << story->text;
}

TEST(RulesTest, ProductHeadedShortListClosingTheDescriptionStays) {
  // A dated product page (its structured data dates a buyer's review) whose
  // description box ends with a short list under its heading: "What's in
  // the box" over two lines, fewer than a list run. In the description's
  // own box, after its text, it is the description's last section, not a
  // widget's list at the text's edge; the buy box and the related tiles
  // still go. A list under a heading in another box after the text (a
  // sidebar's "Opening hours") still goes.
  auto page = [](const std::string& after) {
    return "<html><head><title>Merino Trail Sock</title><meta property=\"og:type\" "
           "content=\"product\"><script type=\"application/ld+json\">{\"@type\":\"Product\","
           "\"name\":\"Merino Trail Sock\",\"review\":[{\"@type\":\"Review\",\"datePublished\":"
           "\"2024-03-02\",\"reviewBody\":\"Warm and soft.\"}]}</script></head><body><main><div "
           "class=\"product\"><h1>Merino Trail Sock</h1><p class=\"price\">$18.00</p><form "
           "class=\"cart\" method=\"post\"><button type=\"submit\">Add to cart</button></form><div "
           "class=\"description\"><p>The sock is knitted in a small mill in the Borders from "
           "fine merino wool and recycled nylon, so it stays soft and wears well in a boot.</p>"
           "<p>A terry loop sole cushions the heel and the ball of the foot, where a long "
           "descent hurts most, while a thinner weave lets heat out on the climb.</p><h3>What's "
           "in the box</h3><ul><li>Two pairs of trail socks</li><li>A recycled card sleeve</li>"
           "</ul></div>" +
           after +
           "</div></main><section class=\"related products\"><h2>Related products</h2><ul><li><a "
           "href=\"/p/liner\">Alpine Liner Sock</a> $12.00</li><li><a href=\"/p/fell\">Fell "
           "Running Sock</a> $16.00</li></ul></section></body></html>";
  };
  ExpectKeptAndDropped(page(""), PageType::kProduct,
                       {"knitted in a small mill", "a long descent hurts most", "What's in the box",
                        "Two pairs of trail socks", "A recycled card sleeve"},
                       {"Add to cart", "$18.00", "Alpine Liner Sock"});
  ExpectKeptAndDropped(
      page("<div class=\"visit\"><h3>Opening hours</h3><ul><li>Monday to Friday</li><li>"
           "Saturday mornings</li></ul></div>"),
      PageType::kProduct, {"knitted in a small mill", "Two pairs of trail socks"},
      {"Opening hours", "Saturday mornings"});
}

TEST(RulesTest, ProductWhoseBoxNamesItsStockStays) {
  // The box around the whole product, its name and description, says in its
  // class that the product is in stock ("product--in-stock"): a state, not a
  // buy box. It stays; the stock line inside it still goes.
  ExpectKeptAndDropped(
      "<html><head><title>Harbour Tee | Quay Clothing</title><script "
      "type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Harbour Tee\"}</script>"
      "</head><body><main><div class=\"product product--in-stock\"><h1>Harbour Tee</h1><div "
      "class=\"description\"><p>Knitted from combed cotton of a middle weight, the tee keeps "
      "its shape through a summer of washing and softens a little every time.</p><p>Side "
      "seams and a ribbed neck sit flat under a shirt, and the double-needle hems do not "
      "roll.</p></div><p class=\"stock\">Only 3 left</p><div class=\"details\"><h2>Details"
      "</h2><p>Mid weight cotton, preshrunk, with shoulder-to-shoulder tape for a collar that "
      "keeps its line after many washes.</p></div></div></main></body></html>",
      PageType::kProduct,
      {"Knitted from combed cotton", "Side seams", "Mid weight cotton"},
      {"Only 3 left"});
}

TEST(RulesTest, ProductBoxClassedWithAShopWordStays) {
  // A shop's software classes every product's box with its terms
  // ("product type-product instock shipping-taxable purchasable"): the box
  // holds the product's name (the page's first <h1>), its description and
  // tabs, and is no shop chrome; the shipping note inside it still is, and
  // so it is on a page whose og:type says article (the shop's software
  // calls every page so), where the box stays too.
  const auto page = [](const std::string& og_type) {
    return "<html><head><title>Engraved Buckle | Silver Works</title><meta property=\"og:type\" "
           "content=\"" + og_type + "\"><script type=\"application/ld+json\">{\"@type\":"
           "\"Product\",\"name\":\"Engraved Silver Buckle\"}</script></head><body><main><nav "
           "class=\"woocommerce-breadcrumb\"><a href=\"/\">Home</a> / <a href=\"/buckles\">"
           "Buckles</a></nav><div id=\"product-1083\" class=\"product type-product instock "
           "shipping-taxable purchasable\"><div class=\"summary\"><h1>Engraved Silver Buckle</h1>"
           "<div class=\"short-description\"><p>Hand engraved and oxidised silver scrolls under "
           "a twisted rope border, cut from a single sheet of sterling and finished by hand in "
           "our workshop.</p></div></div><div class=\"tabs\"><div id=\"tab-description\"><h2>"
           "Description</h2><p>The buckle takes a belt up to one and a half inches wide and hooks "
           "on with a swivel bar, so that it turns with you when you sit.</p><p>Each one is "
           "stamped with the maker's mark on the back, and we polish and repair it for free for "
           "as long as you own it.</p></div><div class=\"shipping-note\"><p>Orders placed before "
           "noon leave the workshop the same day by tracked post, and returns are free within "
           "thirty days.</p></div></div></div><section class=\"related products\"><h2>Related "
           "products</h2><ul><li><a href=\"/p/1\">Engraved Cuff</a> $425.00</li><li><a "
           "href=\"/p/2\">Rope Pendant</a> $155.00</li></ul></section></main><footer><p>Silver "
           "Works Ltd</p></footer></body></html>";
  };
  for (const char* og_type : {"product", "article"}) {
    SCOPED_TRACE(og_type);
    ExpectKeptAndDropped(page(og_type), PageType::kProduct,
                         {"Hand engraved and oxidised silver", "The buckle takes a belt",
                          "stamped with the maker's mark"},
                         {"Orders placed before noon", "Engraved Cuff", "Silver Works Ltd"});
  }
}

TEST(RulesTest, ProductSectionTextInAGalleryWordedBoxStays) {
  // A product page's feature section is a page builder's "gallery card":
  // the section's heading, then its text in a box of its own whose class
  // says gallery. The box opens with prose right after the heading beside
  // it: the section's text, which stays with its heading. A box so worded
  // that follows no heading (a photo's credit under the section) still goes.
  const std::string html =
      "<html><head><title>Tern Field Recorder | Tern Audio</title><script "
      "type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Tern Field "
      "Recorder\"}</script></head><body><main><div class=\"product\"><h1>Tern Field "
      "Recorder</h1><div class=\"description\"><p>A pocket recorder for field work, with two "
      "matched microphones and a preamp quiet enough for birdsong at dawn.</p><p>It runs for "
      "thirty hours on two cells and records to any card, and its case shrugs off rain and "
      "sand on long days out.</p></div><div class=\"product-gallery-cards\"><h2>Sound you can "
      "hear</h2><div class=\"product-gallery-cards__txt\"><p>Capture every rustle in the "
      "reeds with our new capsules, now with a wider pickup and less hiss in quiet scenes.</p>"
      "</div><div class=\"photo-credit\"><p>All photographs on this page were taken by our "
      "own staff on a field trip to the estuary last spring.</p></div></div></div></main>"
      "</body></html>";
  ExpectKeptAndDropped(html, PageType::kProduct,
                       {"A pocket recorder for field work", "It runs for thirty hours",
                        "Sound you can hear", "Capture every rustle in the reeds"},
                       {"All photographs on this page"});
}

TEST(RulesTest, ReviewWordedBoxOfAStoryIsNoShopChrome) {
  // Only on a product page are reviews the shop's chrome: a film review's
  // text in a box worded both as a review and as comments ("review-text",
  // id "comments-anchor") holds the story's text and is spared as any
  // chrome-worded box holding most of the region's text; the share bar, the
  // menu and the footer go.
  ExpectKeptAndDropped(
      "<html><head><title>Night Harbour review | Valley Screen</title></head><body><nav><a "
      "href=\"/\">Home</a> <a href=\"/films\">Films</a></nav><main><article><h1>Night Harbour "
      "review</h1><div class=\"review-text\" id=\"comments-anchor\">" +
          std::string(kStory) +
          "</div><div class=\"share\"><a href=\"/s\">Share this review</a></div></article>"
          "</main><footer><p>Valley Screen, all rights reserved</p></footer></body></html>",
      PageType::kArticle,
      {"The river rose by two metres overnight", "some families may not be able to return"},
      {"Share this review", "Films", "all rights reserved"});
}

TEST(RulesTest, ProductDeclaredDescriptionIsKeptWhereverItLies) {
  // A product page whose description sits in a drawer built as an <aside>
  // inside a dialog (opened by its "Description" button), the region being
  // the size notes beside it. JSON-LD declares the description, HTML-escaped
  // ("6&apos;0"). The drawer's paragraphs that the declaration holds are
  // kept; the drawer's other lines and a sidebar's text, which the
  // declaration does not hold, stay out. Without the declaration the drawer
  // stays out too.
  const auto page = [](const std::string& ld) {
    return "<html><head><title>Arrival Tee | Gym Co</title>" + ld +
           "</head><body><main><div class=\"product\"><h1>Arrival Tee</h1><div "
           "class=\"fit\"><p>Most customers say this tee fits true to size; if you are between "
           "two sizes, the smaller one sits closer to the body.</p><p>The model is six feet tall "
           "and wears a medium, and the hem falls just below his belt.</p></div><div "
           "class=\"accordion\"><button>Description</button><div role=\"dialog\"><aside "
           "class=\"sheet\"><p>Close this panel</p><p>A lightweight tee for training, cut slim "
           "with flatlock seams that lie flat against the skin.</p><p>Sweat-wicking polyester "
           "keeps you dry; the model is 6'0\" and wears size M.</p></aside></div></div></div>"
           "<aside class=\"sidebar\"><p>Join the club for early access to every new drop and a "
           "birthday gift each year.</p></aside></main></body></html>";
  };
  const std::string ld =
      "<script type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Arrival Tee\","
      "\"description\":\"A lightweight tee for training, cut slim with flatlock seams that lie "
      "flat against the skin.\\nSweat-wicking polyester keeps you dry; the model is "
      "6&apos;0&quot; and wears size M.\"}</script>";
  ExpectKeptAndDropped(page(ld), PageType::kProduct,
                       {"Most customers say this tee fits", "A lightweight tee for training",
                        "Sweat-wicking polyester keeps you dry"},
                       {"Close this panel", "Join the club"});
  const std::string undeclared =
      "<script type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Arrival Tee\"}"
      "</script>";
  ExpectKeptAndDropped(page(undeclared), PageType::kProduct,
                       {"Most customers say this tee fits"},
                       {"A lightweight tee for training", "Close this panel", "Join the club"});
  // The page's own description (og:description) declares it as well; on a
  // dated page it is a story's lead, and declares nothing.
  const std::string og =
      "<meta property=\"og:description\" content=\"A lightweight tee for training, cut slim "
      "with flatlock seams that lie flat against the skin.\">";
  ExpectKeptAndDropped(page(undeclared + og), PageType::kProduct,
                       {"Most customers say this tee fits", "A lightweight tee for training"},
                       {"Sweat-wicking polyester", "Close this panel", "Join the club"});
  ExpectKeptAndDropped(
      page(undeclared + og + "<meta property=\"article:published_time\" content=\"2026-03-02\">"),
      PageType::kProduct, {"Most customers say this tee fits"},
      {"A lightweight tee for training", "Close this panel"});
}

TEST(RulesTest, ProductSectionsOfOneTemplateJoin) {
  // A product page built of sections of one template: the product's box
  // with its description (the region), a short FAQ too small to join by
  // size, the customers' reviews, and the tiles of other products. The FAQ
  // joins; the reviews, the price and the tiles do not.
  auto section = [](const std::string& body) {
    return "<section class=\"pdp-section\"><div class=\"pdp-section__inner\">" + body +
           "</div></section>";
  };
  const std::string html =
      "<html><head><title>Loft Desk Lamp | Lumen &amp; Co</title><script "
      "type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Loft Desk Lamp\"}</script>"
      "</head><body><nav><a href=\"/\">Home</a> <a href=\"/lamps\">Lamps</a></nav><main>" +
      section("<h1>Loft Desk Lamp</h1><form class=\"buy\"><p>$129.00</p><button>Add to "
              "cart</button></form><div class=\"rte\"><p>The arm is cut from one length of "
              "brass tube and balanced by a counterweight, so the shade stays wherever you "
              "leave it without a spring or a knob to tighten.</p><p>Its dimmer turns from a "
              "glow for reading at night to full daylight for drawing, and the warm white of "
              "the lamp never flickers at any level.</p><p>The base is heavy enough to stand "
              "on a narrow shelf, and the cloth cable is long enough to reach a socket behind "
              "a wide desk.</p><p>Each lamp is turned, polished and wired by hand in our "
              "workshop by the river, and every one is lit for a whole day before it is "
              "packed and sent.</p><p>The shade tilts through a full half circle on its joint, "
              "lighting the page of a book, the keys of a piano or the wall behind a "
              "painting.</p><p>Brass darkens with the years unless it is waxed; we send a tin "
              "of wax with the lamp, and a cloth to rub it in once a season.</p></div>") +
      section("<h2>Questions</h2><div class=\"faq-item\"><h3>Which bulb does it take?</h3><div "
              "class=\"answer\"><p>An E14 bulb of up to six watts, which we include with every "
              "lamp that we send out.</p></div></div>") +
      section("<div class=\"reviews\"><h2>Reviews</h2><p>It has stood on my desk for a year "
              "now and the brass has taken on a lovely warm colour, no regrets at all.</p>"
              "</div>") +
      "<div class=\"more-lamps\"><h2>More lamps</h2><ul><li><a href=\"/p/1\">Arc Floor "
      "Lamp</a></li><li><a href=\"/p/2\">Orb Pendant</a></li><li><a href=\"/p/3\">Dome Wall "
      "Light</a></li></ul></div></main><footer><p>Lumen &amp; Co</p></footer></body></html>";
  ExpectKeptAndDropped(html, PageType::kProduct,
                       {"The arm is cut from one length of brass tube", "Which bulb does it take?",
                        "An E14 bulb of up to six watts"},
                       {"$129.00", "the brass has taken on a lovely warm colour", "Arc Floor Lamp",
                        "Lumen & Co"});
}

TEST(RulesTest, ProductHiddenDataStaysHiddenHoweverLong) {
  // A product page whose box holds, beside its description, a hidden list
  // of the shop's raw fields (longer than the description: no layout
  // wrapper spared for its size). The list goes. A product whose text is
  // all in a hidden drawer (the region's only good text) still keeps it.
  std::string fields;
  for (const char* colour : {"Bone", "Mushroom", "Powder", "Atlantic", "Chestnut", "Ecru",
                             "Pistachio", "Camel", "Cypress", "Petrol Blue", "Navy", "Cobalt"}) {
    fields += std::string("<dt>swatch_thumbnail_") + colour +
              ":</dt><dd>https://cdn.example.com/images/stencil/160x160/uploaded/5001/"
              "thumbnails/5001_staple_tee_" + colour + "_swatch_image_large.jpg</dd>";
  }
  auto page = [](const std::string& box) {
    return "<html><head><title>Staple Tee | Plain Cotton Co</title><script "
           "type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Staple Tee\"}"
           "</script></head><body><nav><a href=\"/\">Home</a> <a href=\"/tees\">Tees</a></nav>"
           "<main><div class=\"product\"><h1>Staple Tee</h1>" + box +
           "</div></main><footer><p>Plain Cotton Co</p></footer></body></html>";
  };
  const std::string description =
      "<p>Enduring comfort in a regular fit, cut from mid weight combed cotton that keeps its "
      "shape after many washes.</p><p>Neck ribbing, side seams and double needle hems, "
      "preshrunk so that the size you order is the size you keep.</p><p>Suited for screen "
      "printing and embroidery, with a taped neck that lies flat under a print.</p>";
  ExpectKeptAndDropped(
      page("<div class=\"details\"><div class=\"description\">" + description +
           "</div><dl class=\"info hide\">" + fields + "</dl></div>"),
      PageType::kProduct, {"Enduring comfort in a regular fit", "Suited for screen printing"},
      {"swatch_thumbnail_Bone", "cdn.example.com"});
  ExpectKeptAndDropped(
      page("<div class=\"drawer\" aria-hidden=\"true\"><div class=\"description\">" +
           description + "</div></div>"),
      PageType::kProduct, {"Enduring comfort in a regular fit", "Suited for screen printing"}, {});
}

// A tile of another product on a product page: its linked name over a line
// of prose.
std::string ProductTile(const char* name, const char* text) {
  return std::string("<div class=\"tile\"><h3><a href=\"/p/") + name + "\">" + name +
         "</a></h3><p>" + text + "</p></div>";
}

TEST(RulesTest, ProductSectionsNumberedByTheirBuilderJoin) {
  // A product page whose description a page builder lays out in rows of one
  // template, each row also classed with its own number
  // ("vc_custom_1683359410958"): the long description (the region), then
  // two short rows under their headings, too small to join by size. They
  // are rows of the description's template and join; the price and the
  // tiles of other products do not.
  auto row = [](const char* number, const std::string& body) {
    return std::string("<div class=\"vc_row wpb_row vc_row-fluid vc_custom_") + number +
           "\"><div class=\"wpb_column\"><div class=\"wpb_wrapper\">" + body +
           "</div></div></div>";
  };
  const std::string html =
      "<html><head><title>Rose Facial Serum | Island Skin Care</title><script "
      "type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Rose Facial Serum\"}"
      "</script></head><body><nav><a href=\"/\">Home</a> <a href=\"/shop\">Shop</a></nav><main>"
      "<div class=\"product\"><h1>Rose Facial Serum</h1><form class=\"buy\"><p>$130.00</p>"
      "<button>Add to cart</button></form><div class=\"panel\">" +
      row("1574406387352",
          "<h2>About the serum</h2><p>A water-free serum of raw, unrefined oils pressed from "
          "seeds grown on the island, dark gold in the bottle and light on the skin.</p><p>It "
          "soothes skin that wind and sun have dried, and its oils sink in within a minute, "
          "leaving no shine behind on the cheeks or the forehead.</p><p>Rose and geranium give "
          "it a fresh scent that fades as it settles, with an earthy note of carrot seed "
          "underneath it all.</p><p>Each bottle is blended by hand in small batches, so that "
          "the oils reach you within weeks of being pressed, and it keeps for a year.</p><p>A "
          "pump of it is enough for the face and the neck, morning and evening, on skin that "
          "is still damp from washing.</p><p>It comes in a dark glass bottle that keeps the "
          "light out, wrapped in a sleeve of bamboo that you can use again.</p>") +
      row("1683359410958",
          "<h3>Why you need it:</h3><p>Its oils calm redness and help the skin hold its own "
          "water through a dry winter.</p>") +
      row("1683409895947",
          "<h3>Who is it for?</h3><p>Every skin type, from oily to dry, and skin that city air "
          "and long days indoors have left dull and tired.</p>") +
      "</div></div><div class=\"more\"><h2>You may also like</h2>" +
      ProductTile("Petal Mask", "A soft clay mask that lifts the grime of a long day.") +
      ProductTile("Island Balm", "A rich balm for hands and lips in the cold months.") +
      ProductTile("Night Oil", "A slow oil that works while you sleep through the night.") +
      "</div></main><footer><p>Island Skin Care</p></footer></body></html>";
  ExpectKeptAndDropped(html, PageType::kProduct,
                       {"A water-free serum of raw, unrefined oils", "Why you need it:",
                        "Its oils calm redness", "Who is it for?", "Every skin type"},
                       {"$130.00", "Petal Mask", "A soft clay mask", "Island Skin Care"});
}

TEST(RulesTest, ServiceSectionsCountedByTheirBuilderJoin) {
  // A service page whose builder stacks its sections from one template and
  // classes each with its count among the sections as well
  // ("et_pb_section_1", "et_pb_section_2"): the long introduction (the
  // region), then a short section under its heading, too small to join by
  // size. It is a section of the introduction's template and joins; the
  // footer's section, of another template, does not.
  auto section = [](const char* n, const std::string& body) {
    return std::string("<div class=\"et_pb_section et_pb_section_") + n +
           " et_section_regular\"><div class=\"et_pb_row\"><div class=\"et_pb_text_inner\">" +
           body + "</div></div></div>";
  };
  const std::string html =
      "<html><head><title>Kitchen Remodeling | Harbor Homes</title><script "
      "type=\"application/ld+json\">{\"@type\":\"Service\",\"name\":\"Kitchen "
      "Remodeling\"}</script></head><body><nav><a "
      "href=\"/\">Home</a> <a href=\"/services\">Services</a> <a href=\"/contact\">Contact"
      "</a></nav><div class=\"entry-content\">" +
      section("1",
              "<h1>Kitchen Remodeling</h1><p>Your kitchen is where the day starts and ends, "
              "which is why we plan every remodel around the way your family cooks, eats and "
              "gathers.</p><p>From the first sketch to the last coat of paint, one project "
              "manager stays with you, keeps the budget in view and answers your calls the "
              "same day.</p><p>Our own crews build the cabinets, lay the tile and set the "
              "counters, so the work keeps to its schedule and its standard from week to "
              "week.</p><p>We keep the work area clean every evening and protect the rest of "
              "the house with sheeting, so that daily life can go on around the job.</p>") +
      section("2",
              "<h2>Why choose us?</h2><p>We give clear written proposals and finish what we "
              "start, on time and on budget.</p>") +
      "</div><div class=\"et_pb_section et_pb_section_0_tb_footer\"><p>Harbor Homes, "
      "12 Quay Street. Licensed and insured.</p></div></body></html>";
  ExpectKeptAndDropped(html, PageType::kService,
                       {"Your kitchen is where the day starts", "Why choose us?",
                        "We give clear written proposals"},
                       {"Harbor Homes, 12 Quay Street"});
}

TEST(RulesTest, ServicePointsInASectionOfTheTemplateJoin) {
  // A builder's service page: its text in two modules beside a sidebar of
  // the services (the region), then a section of the same template holding
  // the service's points, a heading over a list of short unlinked lines,
  // none of them good text, beside a gallery; a loader marked it as one of
  // the sections below the fold ("nitro-lazy"), a state, not a template.
  // It joins; the sidebar's links and the footer do not.
  auto module = [](const char* n, const std::string& body) {
    return std::string("<div class=\"et_pb_module et_pb_text et_pb_text_") + n +
           " et_pb_text_align_left\"><div class=\"et_pb_text_inner\">" + body + "</div></div>";
  };
  auto section = [](const char* n, const char* more, const std::string& body) {
    return std::string("<div class=\"et_pb_section et_pb_section_") + n + " et_section_regular" +
           more + "\"><div class=\"et_pb_row\">" + body + "</div></div>";
  };
  const std::string text =
      module("1",
             "<p>Your kitchen is where the day starts and ends, which is why we plan every "
             "remodel around the way your family cooks, eats and gathers.</p><h2>Kitchens built "
             "around your family</h2><p>From the first sketch to the last coat of paint, one "
             "project manager stays with you, keeps the budget in view and answers your calls "
             "the same day.</p>") +
      "<div class=\"et_pb_module et_pb_image\"><img src=\"/kitchen.jpg\" alt=\"\"></div>" +
      module("2",
             "<h2>One crew from start to finish</h2><p>Our own crews build the cabinets, lay "
             "the tile and set the counters, so the work keeps to its schedule and its standard "
             "from week to week.</p><p>We keep the work area clean every evening and protect "
             "the rest of the house with sheeting, so that daily life can go on around the "
             "job.</p>");
  const std::string html =
      "<html><head><title>Kitchen Remodeling | Harbor Homes</title><script "
      "type=\"application/ld+json\">{\"@type\":\"Service\",\"name\":\"Kitchen "
      "Remodeling\"}</script></head><body><header><nav><a href=\"/\">Home</a> <a "
      "href=\"/services\">Services</a> <a href=\"/contact\">Contact</a></nav></header><div "
      "class=\"entry-content\">" +
      section("1", "",
              "<div class=\"et_pb_column\"><div class=\"et_pb_module et_pb_sidebar\"><h4>Our "
              "services</h4><ul><li><a href=\"/k\">Kitchens</a></li><li><a "
              "href=\"/b\">Bathrooms</a></li><li><a href=\"/f\">Flooring</a></li><li><a "
              "href=\"/t\">Tile work</a></li></ul></div></div><div class=\"et_pb_column\">" +
                  text + "</div>") +
      section("3", " nitro-lazy",
              "<div class=\"et_pb_column\">" +
                  module("3",
                         "<h2>Why choose us?</h2><ul><li>Prompt, detailed proposals</li><li>Clear "
                         "communication</li><li>Careful workmanship</li><li>Client "
                         "involvement</li><li>We finish what we start</li></ul>") +
                  "</div><div class=\"et_pb_column\"><div class=\"et_pb_module "
                  "et_pb_gallery\"><a href=\"/g1.jpg\"><img src=\"/g1.jpg\" "
                  "alt=\"\"></a></div></div>") +
      "</div><footer><h4>Quick links</h4><ul><li><a href=\"/about\">About</a></li><li><a "
      "href=\"/gallery\">Gallery</a></li></ul><p>Harbor Homes, 12 Quay Street</p></footer>"
      "</body></html>";
  ExpectKeptAndDropped(html, PageType::kService,
                       {"We keep the work area clean", "Why choose us?\n\n",
                        "Prompt, detailed proposals", "We finish what we start"},
                       {"Bathrooms", "Tile work", "12 Quay Street", "Quick links"});
}

TEST(RulesTest, ProductFeatureSectionsJoin) {
  // A product page: the product's box with its description (the region),
  // then its features in three sections of one template, a heading over a
  // sentence each, too small to join by size, then tiles of other products
  // (linked names over a line of prose). The features join; the price and
  // the tiles do not.
  auto feature = [](const char* heading, const char* text) {
    return std::string("<section class=\"split-with-image\"><div class=\"copy\"><h2>") +
           heading + "</h2><p>" + text + "</p></div><img src=\"/f.jpg\" alt=\"\"></section>";
  };
  const std::string html =
      "<html><head><title>Pry Blade | Fixers' Tools</title><script "
      "type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Pry Blade\"}</script>"
      "</head><body><nav><a href=\"/\">Home</a> <a href=\"/tools\">Tools</a></nav><main><div "
      "class=\"product-box\"><h1>Pry Blade</h1><form class=\"buy\"><p>$7.95</p><button>Add to "
      "cart</button></form><div class=\"description\"><p>A thin, flexible steel blade on an "
      "ergonomic handle slips into the tightest seams and opens phones, tablets and laptops "
      "without marring their cases.</p><p>Slide it along a glued screen, twist it to lift a "
      "back cover, or poke it under a battery held down by strips of adhesive.</p><p>The "
      "blade bends back to true after every job, and the handle's rubber grip stays put in "
      "an oily hand when you push hard.</p><p>Every blade is inspected by hand before it is "
      "packed, and we replace any that breaks for as long as you own it.</p><p>The handle is "
      "long enough for a full grip and short enough to turn in a cramped case, and its end is "
      "rounded so it sits in a palm.</p><p>Use it with a suction handle to lift a screen, or on "
      "its own to run through the glue around a back panel warmed by a heat pad.</p><p>It "
      "ships in a sleeve that keeps the edge from catching in a drawer, and the sleeve has a "
      "loop for hanging it on a pegboard.</p></div></div>" +
      feature("Designed for precision", "The nimble blade gives you fine control for "
                                        "delicate repairs of small electronics.") +
      feature("Strength and flexibility", "Stainless steel bends without breaking, so the "
                                          "blade reaches where plastic tools snap.") +
      feature("Safe for circuits", "Its handle does not carry static to the parts you touch "
                                   "while the device is open.") +
      "<div class=\"more\"><h2>You may also like</h2>" +
      ProductTile("Driver Kit", "Sixty-four bits in a case that fits in any pocket.") +
      ProductTile("Spudger", "A nylon pick for prying connectors off their boards.") +
      ProductTile("Suction Handle", "Lifts a screen off its frame without any scratches.") +
      "</div></main><footer><p>Fixers' Tools Ltd</p></footer></body></html>";
  ExpectKeptAndDropped(html, PageType::kProduct,
                       {"A thin, flexible steel blade", "Designed for precision",
                        "The nimble blade gives you fine control", "Safe for circuits",
                        "Its handle does not carry static"},
                       {"$7.95", "Driver Kit", "Sixty-four bits in a case", "Fixers' Tools Ltd"});
}

TEST(RulesTest, ProductTeaserNamedForRecommendingGoes) {
  // A block builder's product page ends its sections with a teaser of
  // another product of the shop, in a block named for what it does
  // ("wp-block-shop-product-recommend"): the other product's name, a line
  // selling it and its link. It is another product's tile and goes, as a
  // "recommended" box does; the product's own sections stay.
  const std::string html =
      "<html><head><title>Garden Camera</title><meta property=\"og:type\" content=\"product\">"
      "</head><body><header><a href=\"/\">Feederly</a></header><main><div class=\"product\">"
      "<h1>Garden Camera</h1><div class=\"price\"><span>$199.00</span></div><form "
      "action=\"/cart\"><button>Add to cart</button></form></div><section "
      "class=\"wp-block-shop-section\"><h2>Sharp pictures</h2><p>The camera takes five "
      "megapixel photos and records video in high dynamic range, even when birds are backlit "
      "against the morning sky.</p></section><section class=\"wp-block-shop-section\"><h2>Made "
      "to last outside</h2><p>Its housing is sealed against rain and dust and works from deep "
      "frost to the height of a summer afternoon.</p></section><section "
      "class=\"wp-block-shop-product-recommend\"><h2>A place for nature in your yard</h2><h3>"
      "Solar Feeder Pro</h3><p>Our award-winning feeder with a solar roof that keeps the "
      "camera charged all year round.</p><a href=\"/product/solar-feeder-pro\">Shop now</a>"
      "</section></main><footer><p>Feederly Ltd</p></footer></body></html>";
  ExpectKeptAndDropped(html, PageType::kProduct,
                       {"five megapixel photos", "sealed against rain"},
                       {"A place for nature", "Solar Feeder Pro", "solar roof"});
}

TEST(RulesTest, ProductAddOnCardsWithTheirButtonsGo) {
  // A product page: its description and its highlights (cards of a heading
  // over a line, no button), then a slider of add-ons, each card another
  // product's name over a line on it and the same "Buy Now" link, under
  // "Choose your add-ons". The add-ons and their heading go; the
  // description, the highlights and a row of cards whose links differ
  // ("Read the guide to ...": each card's own page) stay.
  auto highlight = [](const char* heading, const char* text) {
    return std::string("<div class=\"feature\"><h3>") + heading + "</h3><p>" + text + "</p></div>";
  };
  auto add_on = [](const char* name, const char* text) {
    return std::string("<div class=\"slide\"><h3>") + name + "</h3><div>" + text +
           "</div><div><a class=\"button\" href=\"?add-to-cart=1\">Buy Now</a></div></div>";
  };
  auto guide = [](const char* name, const char* text, const char* link) {
    return std::string("<div class=\"guide\"><h3>") + name + "</h3><p>" + text +
           "</p><p><a href=\"/guides/" + link + "\">" + link + "</a></p></div>";
  };
  const std::string html =
      "<html><head><title>Garden Feeder | Wren Works</title><script "
      "type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Garden Feeder\"}"
      "</script></head><body><nav><a href=\"/\">Home</a> <a href=\"/shop\">Shop</a></nav>"
      "<main><h1>Garden Feeder</h1><div class=\"description\"><p>A feeder of recycled "
      "plastic with a camera in its roof that photographs every bird landing on the perch, "
      "and sends the pictures to your phone.</p><p>The seed tray holds a week of food, and "
      "the rear door snaps open so that refilling it takes a minute even in the rain.</p><p>"
      "Its housing stands frost and summer heat, and the camera lifts out for charging "
      "indoors once a month.</p></div><div class=\"features\">" +
      highlight("Sharp pictures", "A larger sensor keeps the birds clear against a bright sky.") +
      highlight("Slow motion", "High frame rates show every beat of a wing as it lands.") +
      highlight("Wide view", "The lens takes in several birds at the feeder in one frame.") +
      "</div><div class=\"guides\">" +
      guide("Placing the feeder", "Hang it near a hedge where the birds can shelter.", "placing") +
      guide("Cleaning the tray", "Wash the tray in warm water every second week.", "cleaning") +
      guide("Winter feeding", "Fat balls keep small birds going through the frost.", "winter") +
      "</div><div class=\"add-ons\"><h2>Choose your add-ons</h2><div class=\"track\">" +
      add_on("Solar Roof", "A detachable solar panel that keeps the camera charged all year.") +
      add_on("Perch Extender", "More room to land for larger birds, and more birds per photo.") +
      add_on("Wall Mount", "A plate for the wall that the feeder drops onto and turns on.") +
      "</div></div></main><footer><p>Wren Works Ltd</p></footer></body></html>";
  ExpectKeptAndDropped(
      html, PageType::kProduct,
      {"A feeder of recycled plastic", "the rear door snaps open", "Sharp pictures",
       "A larger sensor keeps the birds clear", "The lens takes in several birds",
       "Hang it near a hedge", "Fat balls keep small birds going"},
      {"Choose your add-ons", "Solar Roof", "A detachable solar panel", "More room to land",
       "A plate for the wall", "Wren Works Ltd"});
}

TEST(RulesTest, ProductBuyBoxNotesAndOrderTilesGo) {
  // A product page after a music shop's: the summary's column holds the
  // name, a line on it, the price and the cart's form, then a shipping note
  // and a warranty offer, each a box of one line after the form; a
  // "Complete Your Order" row of accessories follows, each tile a name, a
  // price and an "Add" button worded as the cart's; then the description,
  // its bullets and the data sheet. The notes after the cart, the tiles and
  // their heading go; a paragraph of text after the form stays.
  auto tile = [](const char* name, const char* price) {
    return std::string("<div class=\"tile\"><p>") + name + "</p><p>" + price +
           "</p><button class=\"add-to-cart\">Add</button></div>";
  };
  const std::string html =
      "<html><head><title>Harbor 12 Studio Monitor | Lakeside Audio</title><script "
      "type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Harbor 12 Studio "
      "Monitor\"}</script></head><body><main><div class=\"summary\"><h1>Harbor 12 Studio "
      "Monitor</h1><p>A two-way active monitor with a silk dome tweeter, tuned for small rooms "
      "where the desk sits close to the wall.</p><p class=\"price\">$349.00</p><form "
      "class=\"add-to-cart\" action=\"/cart\"><input type=\"number\" name=\"qty\" "
      "value=\"1\"><button type=\"submit\">Add to Cart</button></form><p class=\"note\">Ships "
      "today from our warehouse</p><div class=\"protect\"><p>Extend your warranty to 3 years "
      "for $29.99</p></div><p>Each monitor is measured at the factory and matched to its "
      "twin within half a decibel.</p></div><section class=\"bundle\"><h2>Complete Your "
      "Order</h2>" +
      tile("Pillar Monitor Stand Pair", "$89.00") + tile("Isolation Pads, Set of 2", "$39.00") +
      "</section><div class=\"details\"><section class=\"description\"><h2>Features</h2><p>The "
      "Harbor 12 pairs a woven woofer with a silk dome tweeter, each driven by its own "
      "amplifier, so that the midrange stays clear at low listening levels.</p><p>A rear port "
      "tuned low gives a full bottom end without boom, and a boundary switch takes out the "
      "bass that builds up near a wall.</p><ul><li>Bi-amplified with 70 watts of power</li>"
      "<li>Balanced XLR and TRS inputs</li></ul></section><section class=\"specs\"><h2>Tech "
      "Specs</h2><table><tr><th>Woofer</th><td>6.5 inches</td></tr><tr><th>Frequency "
      "Response</th><td>45 Hz - 22 kHz</td></tr></table></section></div></main><footer><p>"
      "Lakeside Audio, 12 Shore Road</p></footer></body></html>";
  ExpectKeptAndDropped(
      html, PageType::kProduct,
      {"A two-way active monitor", "matched to its twin", "Features", "A rear port tuned low",
       "Balanced XLR and TRS inputs", "Tech Specs", "45 Hz - 22 kHz"},
      {"Ships today", "Extend your warranty", "Complete Your Order", "Pillar Monitor Stand Pair",
       "Isolation Pads", "$89.00"});
}

TEST(RulesTest, ProductLabelRepeatedByChromeIsNotReadBack) {
  // An undated product page whose description box closes with a "Read
  // more" line, as each teaser of the shop's journal below does: the line
  // repeats a chrome label and goes, and the product's pass, which reads
  // back the blocks between its kept parts, leaves it out.
  const std::string html =
      "<html><head><title>Fenland Kettle | Marsh Home</title><script "
      "type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Fenland Kettle\"}"
      "</script></head><body><main><div class=\"product\"><h1>Fenland Kettle</h1><div "
      "class=\"about\"><p>A stovetop kettle of brushed steel with a whistle that sings softly, "
      "and a handle of ash wood that stays cool while the water boils.</p><p "
      "class=\"more\">Read more</p></div><div class=\"story\"><p>It is pressed from a single "
      "sheet in a works near Sheffield, so there is no seam at the base to rust, and the wide "
      "floor boils a litre in four minutes on gas.</p><p>The spout is set low and the lid "
      "seats deep, so it pours without a drip and never lifts when the kettle tips.</p></div>"
      "<table><tr><th>Capacity</th><td>1.6 litres</td></tr><tr><th>Weight</th><td>1.1 kg</td>"
      "</tr></table></div></main><section class=\"recommended\"><h2>From the journal</h2><div "
      "class=\"teaser\"><h3><a href=\"/j/1\">How to descale a kettle</a></h3><p>Read more</p>"
      "</div><div class=\"teaser\"><h3><a href=\"/j/2\">Tea for a cold morning</a></h3><p>Read "
      "more</p></div></section><footer><p>Marsh Home Ltd</p></footer></body></html>";
  ExpectKeptAndDropped(html, PageType::kProduct,
                       {"A stovetop kettle", "pressed from a single sheet", "1.6 litres"},
                       {"Read more", "How to descale"});
}

TEST(RulesTest, CoursePageKeepsItsOutlineAndDropsItsPurchaseBox) {
  // A course page after an online school's (declared a Course): a headline
  // under the title, a purchase box whose "Add to cart" button is worded as
  // the cart's, with its promises under the buttons, then "What you'll
  // learn", the curriculum, the requirements and the description, and a
  // row of other courses. A course is sold as a product: the outline and
  // the description stay, in order; the purchase box's lines go.
  const std::string html =
      "<html><head><title>Watercolour Landscapes | Brushwork Academy</title><script "
      "type=\"application/ld+json\">{\"@type\":\"Course\",\"name\":\"Watercolour "
      "Landscapes\"}</script></head><body><main><div class=\"hero\"><h1>Watercolour "
      "Landscapes</h1><p>Learn to paint skies, hills and water in loose, confident watercolour, "
      "from your first wash to a finished scene.</p></div><div class=\"purchase\"><span "
      "class=\"price\">$49.99</span><button class=\"add-to-cart\">Add to cart</button><p>30-Day "
      "Money-Back Guarantee</p><p>Full lifetime access</p></div><section><h2>What you'll "
      "learn</h2><ul><li>Mix a limited palette into greens, greys and skies</li><li>Lay flat "
      "and graded washes that dry without blooms</li><li>Paint reflections in still "
      "water</li></ul></section><section><h2>Course content</h2><div><h3>Skies</h3><ul><li>"
      "Wet-in-wet clouds</li><li>Sunset gradients</li></ul></div></section><section><h2>"
      "Description</h2><p>This course takes you from your first wash to a finished landscape "
      "in small steps, each lesson one technique shown on its own and then used in a "
      "study.</p><p>By the end you will have painted six landscapes, and you will know how to "
      "plan the next one yourself: where the light comes from and when to stop.</p></section>"
      "<section class=\"related-courses\"><h2>Students also bought</h2><div><a "
      "href=\"/c/oils\">Oil Painting Basics</a></div><div><a href=\"/c/ink\">Pen and Ink "
      "Sketching</a></div></section></main><footer><p>Brushwork Academy</p></footer></body>"
      "</html>";
  ExpectKeptAndDropped(html, PageType::kProduct,
                       {"Lay flat and graded washes", "Wet-in-wet clouds", "Description",
                        "plan the next one yourself"},
                       {"30-Day Money-Back Guarantee", "Full lifetime access", "Oil Painting"});
  Result<Article> a = Extract(html);
  ASSERT_TRUE(a.ok());
  EXPECT_LT(a->text.find("Wet-in-wet clouds"), a->text.find("plan the next one yourself"))
      << a->text;
}

TEST(RulesTest, ProductPriceLinesGo) {
  // A product page whose description holds lines that are only a price
  // (the buy box's, kept between the description's parts) and a table of
  // prices by quantity. The price lines go; the table's prices and the
  // sentence naming a price stay.
  const std::string html =
      "<html><head><title>Harbour Mug | Quay Pottery</title><script "
      "type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Harbour Mug\"}</script>"
      "</head><body><main><div class=\"product\"><h1>Harbour Mug</h1><div class=\"text\"><p>"
      "Thrown on the wheel from local stoneware clay, glazed in the blue of the harbour at "
      "dusk and fired twice so that it keeps tea hot for a long while.</p><p>$24.00</p>"
      "<p>\u20ac22,50</p><p>Each mug holds 350 ml and sits steady on a saucer; at $24.00 it "
      "comes with a saucer that matches the glaze.</p><table><tr><th>Mugs</th><th>Each</th>"
      "</tr><tr><td>1-3</td><td>$24.00</td></tr><tr><td>4-9</td><td>$21.00</td></tr><tr><td>"
      "10+</td><td>$18.00</td></tr></table><p>Safe in a dishwasher and a microwave, though "
      "the glaze keeps its sheen longest when it is washed by hand.</p></div></div></main>"
      "</body></html>";
  ExpectKeptAndDropped(html, PageType::kProduct,
                       {"Thrown on the wheel", "at $24.00 it comes with a saucer", "$21.00",
                        "$18.00", "Safe in a dishwasher"},
                       {"\u20ac22,50"});
  // The line "$24.00" between the first paragraphs is gone too.
  Result<Article> a = Extract(html);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("for a long while.\n\nEach mug holds"), std::string::npos) << a->text;
}

TEST(RulesTest, ProductDiscountLinesGo) {
  // A product page whose buy box, kept between the description's parts,
  // marks the price cut beside the price: "-25%" and "\u201340%" lines, a
  // discount as the buy box's price is, and "(-30%)". They go; a table of
  // discounts by quantity, a sentence naming one and a range of shares
  // ("10\u201320%", "5% - 8%": a dash between figures) stay.
  const std::string html =
      "<html><head><title>Harbour Mug | Quay Pottery</title><script "
      "type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Harbour Mug\"}</script>"
      "</head><body><main><div class=\"product\"><h1>Harbour Mug</h1><div class=\"text\"><p>"
      "Thrown on the wheel from local stoneware clay, glazed in the blue of the harbour at "
      "dusk and fired twice so that it keeps tea hot for a long while.</p><p>-25%</p>"
      "<p>10\u201320%</p><p>(-30%)</p><p>5% - 8%</p>"
      "<p>\u201340 %</p><p>Each mug holds 350 ml and sits steady on a saucer, and this week "
      "it comes -25% off with a saucer that matches the glaze.</p><table><tr><th>Mugs</th>"
      "<th>Off</th></tr><tr><td>1-3</td><td>-5%</td></tr><tr><td>4-9</td><td>-10%</td></tr>"
      "<tr><td>10+</td><td>-15%</td></tr></table><p>Safe in a dishwasher and a microwave, "
      "though the glaze keeps its sheen longest when it is washed by hand.</p></div></div>"
      "</main></body></html>";
  ExpectKeptAndDropped(html, PageType::kProduct,
                       {"Thrown on the wheel", "comes -25% off with a saucer", "-10%", "-15%",
                        "Safe in a dishwasher", "10\u201320%", "5% - 8%"},
                       {"\u201340 %", "(-30%)"});
  Result<Article> a = Extract(html);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("for a long while.\n\n10\u201320%\n\n5% - 8%\n\nEach mug holds"),
            std::string::npos)
      << a->text;
}

TEST(RulesTest, ProductDescriptionWhenThePageHasNoText) {
  // A product page whose scripts write the text: the HTML holds a menu and
  // a buy form only, and JSON-LD declares the product's description, which
  // becomes the text. A description in markup is not taken, nor one beside
  // the page's own text.
  auto page = [](const std::string& description, const std::string& body) {
    return "<html><head><title>Quarter Socks | Sock Shop</title><script "
           "type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Quarter Socks\","
           "\"description\":\"" + description + "\",\"offers\":{\"@type\":\"Offer\",\"price\":"
           "\"17.00\"}}</script></head><body><nav><a href=\"/\">Home</a> <a href=\"/socks\">"
           "Socks</a></nav><div id=\"app\"><form class=\"buy\"><p>$17.00</p><button>Add to bag"
           "</button></form>" + body + "</div><footer><p>Sock Shop Ltd</p></footer></body></html>";
  };
  const std::string description =
      "Knitted for comfort, higher than an ankle sock and lower than a calf sock.\\nA cushioned "
      "sole and a seamless toe.";
  Result<Article> a = Extract(page(description, ""));
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->page_type, PageType::kProduct);
  EXPECT_EQ(a->text,
            "Knitted for comfort, higher than an ankle sock and lower than a calf sock.\n\nA "
            "cushioned sole and a seamless toe.");
  Result<Article> markup = Extract(page("<p>Knitted for comfort.</p>", ""));
  ASSERT_TRUE(markup.ok());
  EXPECT_EQ(markup->text, "");
  const std::string own =
      "<div class=\"description\"><p>Our quarter socks are knitted from combed cotton on the "
      "old machines of a mill by the river, and they keep their shape after a hundred washes.</p>"
      "<p>The heel is shaped like a Y so that it sits where the foot bends, and the arch is held "
      "by a band of ribbing that never slides down into the shoe.</p></div>";
  Result<Article> with_text = Extract(page(description, own));
  ASSERT_TRUE(with_text.ok());
  EXPECT_NE(with_text->text.find("combed cotton"), std::string::npos) << with_text->text;
  EXPECT_EQ(with_text->text.find("Knitted for comfort"), std::string::npos) << with_text->text;
  for (const Result<Article>* r : {&a, &markup, &with_text}) {
    EXPECT_EQ((*r)->text.find("$17.00"), std::string::npos) << (*r)->text;
    EXPECT_EQ((*r)->text.find("Sock Shop Ltd"), std::string::npos) << (*r)->text;
  }
}

// A shop's category page: a menu, an intro, a grid of product tiles (linked
// name, price, finish, weight, a button every tile repeats) and a footer.
// `extra_head` goes into <head>, `guide` after the grid.
std::string CategoryPage(const std::string& extra_head, const std::string& guide) {
  std::string tiles;
  const char* names[] = {"Harbour lamp", "Quay lantern", "Pier sconce", "Dock pendant",
                         "Lighthouse desk lamp", "Tide wall light"};
  for (int i = 0; i < 6; ++i) {
    tiles += std::string("<li class=\"tile\"><h3><a href=\"/p/") + std::to_string(i) + "\">" +
             names[i] + "</a></h3><div class=\"price\">$" + std::to_string(40 + 15 * i) +
             ".00</div><div class=\"swatch\">" + (i % 2 ? "Copper" : "Brass") +
             "</div><div class=\"label\">Weight:</div><div class=\"value\">" +
             std::to_string(2 + i) + " kg</div>"
             "<div class=\"actions\"><a href=\"/cart/add\">Add to cart</a></div></li>";
  }
  return "<html><head><title>Lamps | Harbour Lights</title>" + extra_head +
         "</head><body><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/sale\">Sale items"
         "</a></li></ul></nav><main><h1>Lamps</h1><ul class=\"grid\">" + tiles + "</ul>" + guide +
         "</main><footer><p>Harbour Lights Ltd, registered in the harbour town</p></footer>"
         "</body></html>";
}

TEST(RulesTest, CollectionKeepsItsItemsTitlesAndPrices) {
  // The tiles are the content of a collection: each name, price, finish and
  // weight stays, the label every tile repeats too ("Weight:"), but not the
  // button every tile repeats, nor the menu and the footer.
  Result<Article> a = Extract(CategoryPage("", ""));
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->page_type, PageType::kCollection);
  for (const char* kept : {"Harbour lamp", "$40.00", "Tide wall light", "$115.00",
                           "Copper", "Weight:\n\n7 kg"}) {
    EXPECT_NE(a->text.find(kept), std::string::npos) << "lost " << kept << ":\n" << a->text;
  }
  for (const char* dropped : {"Add to cart", "Sale items", "registered in the harbour town"}) {
    EXPECT_EQ(a->text.find(dropped), std::string::npos) << "kept " << dropped << ":\n" << a->text;
  }
  // Tiles of one line each, a linked name and its price, stay too.
  std::string lines;
  for (int i = 0; i < 6; ++i) {
    lines += "<li class=\"tile\"><a href=\"/p/" + std::to_string(i) + "\">Brass lamp model " +
             std::to_string(i) + "</a> $" + std::to_string(40 + i) + ".00</li>";
  }
  Result<Article> one_line = Extract("<html><head><title>Lamps</title></head><body><main><ul>" +
                                     lines + "</ul></main></body></html>");
  ASSERT_TRUE(one_line.ok());
  EXPECT_NE(one_line->text.find("Brass lamp model 4 $44.00"), std::string::npos) << one_line->text;
}

TEST(RulesTest, CollectionListsTilesOfEachTheirOwnClass) {
  // WooCommerce's shop loop: each <li> tile is one link around the picture,
  // the title, a rating and the price, then its "Add to cart" button. The
  // theme classes each tile by its own state and place: "sale" or not, in
  // stock or out of it, its category ("product_cat-hats"), "first" or
  // "last" in its row. No two tiles share a class, yet they are one list's
  // items: the titles stay; the rating and badge every tile repeats go.
  const char* const kTiles[][3] = {
      {"Hoodie with Logo", "hoodies", "$45.00"}, {"Beanie with Pompom", "hats", "$18.00"},
      {"Classic Cap", "hats", "$16.00"},         {"Linen Belt", "accessories", "$55.00"},
      {"Canvas Tote", "bags", "$22.00"},         {"Rain Poncho", "outerwear", "$30.00"}};
  std::string tiles;
  for (int i = 0; i < 6; ++i) {
    const std::string place = i % 3 == 0 ? " first" : i % 3 == 2 ? " last" : "";
    tiles += "<li class=\"product type-product post-" + std::to_string(1554 + 7 * i) +
             " status-publish" + place + (i == 3 ? " outofstock" : " instock") + " product_cat-" +
             kTiles[i][1] + " has-post-thumbnail" + (i % 2 ? "" : " sale") +
             " purchasable product-type-simple\"><a href=\"/product/" + std::to_string(i) +
             "/\" class=\"woocommerce-LoopProduct-link\"><img src=\"/i" + std::to_string(i) +
             ".jpg\" alt=\"\"><h2 class=\"woocommerce-loop-product__title\">" + kTiles[i][0] +
             "</h2><div class=\"star-rating\"><span>Rated 4.50 out of 5</span></div>"
             "<span class=\"price\"><span class=\"amount\">" +
             kTiles[i][2] + "</span></span></a><a href=\"?add-to-cart=" + std::to_string(i) +
             "\" class=\"button add_to_cart_button\">Add to cart</a></li>";
  }
  const std::string html =
      "<html><head><title>Clothing - Example Shop</title><script type=\"application/ld+json\">"
      "{\"@type\":\"CollectionPage\",\"name\":\"Clothing\"}</script></head><body><header><a "
      "href=\"/\">Example Shop</a></header><main><header class=\"woocommerce-products-header\">"
      "<h1>Clothing</h1><div class=\"term-description\"><p>Everyday clothing made from natural "
      "fibres, cut to last for years and mended rather than replaced.</p></div></header>"
      "<ul class=\"products columns-3\">" +
      tiles +
      "</ul></main><footer><p>Example Shop Ltd, "
      "1 High Street</p></footer></body></html>";
  ExpectKeptAndDropped(
      html, PageType::kCollection,
      {"Hoodie with Logo", "Beanie with Pompom", "Linen Belt", "Rain Poncho", "natural fibres"},
      {"Rated 4.50 out of 5", "Example Shop Ltd"});
}

TEST(RulesTest, CollectionGridKeepsTilesBuiltApart) {
  // One grid, two builds of tile: most set the title's link beside the
  // size and the price, but one range's tiles, set among them, are each a
  // single link round the picture, the title, the size and the price. The
  // shop classes each tile by its own category, so only their children
  // group them, and apart; both groups are the grid's items, and the
  // one-link tiles stay as the others do. The same <ul> ends with a
  // "Recently viewed" set of one-link items, built as the one-link tiles
  // are: they lie after the grid's tiles and do not join them.
  const char* const kTiles[][2] = {
      {"Linen Napkin", "linen"},  {"Cotton Runner", "linen"}, {"Harbour Jug 1l", "jugs"},
      {"Harbour Jug 2l", "jugs"}, {"Wool Throw", "throws"},   {"Jute Placemat", "mats"},
      {"Harbour Carafe", "jugs"}, {"Harbour Pitcher", "jugs"}, {"Hemp Towel", "towels"},
      {"Silk Scarf", "scarves"}};
  std::string tiles;
  for (int i = 0; i < 10; ++i) {
    const std::string n = std::to_string(i);
    tiles += "<li class=\"product post-" + std::to_string(200 + i) + " product_cat-" +
             kTiles[i][1] + (i % 3 ? " instock" : " sale") + "\"><a href=\"/p/" + n +
             "\"><img src=\"/i" + n + ".jpg\" alt=\"\"><h2>" + kTiles[i][0] + "</h2>";
    const std::string size_price = "<span class=\"size\">" + std::to_string(40 + 10 * i) +
                                   " cm</span><span class=\"price\">$" +
                                   std::to_string(12 + i) + ".00</span>";
    if (std::string(kTiles[i][1]) == "jugs") {
      tiles += "<div class=\"size-price\">" + size_price + "</div></a></li>";
    } else {
      tiles += "</a>" + size_price + "</li>";
    }
  }
  for (int i = 0; i < 4; ++i) {
    const std::string n = std::to_string(i);
    tiles += "<li><a href=\"/seen/" + n + "\">Seen " + n + "</a></li>";
  }
  const std::string html =
      "<html><head><title>Kitchen linen and jugs - Example Home</title><script "
      "type=\"application/ld+json\">{\"@type\":\"CollectionPage\",\"name\":\"Kitchen\"}"
      "</script></head><body><header><a href=\"/\">Example Home</a></header><main><h1>Kitchen "
      "linen and jugs</h1><ul class=\"products\">" +
      tiles +
      "</ul></main><footer><p>Example Home Ltd, 4 Quay Street</p></footer></body></html>";
  ExpectKeptAndDropped(html, PageType::kCollection,
                       {"Linen Napkin", "Silk Scarf", "Harbour Jug 1l", "Harbour Pitcher", "$19.00"},
                       {"Example Home Ltd", "Seen 0", "Seen 3"});
}

// A WooCommerce shop page whose six tiles each carry `terms` in their
// class beside the shop's own ("status-publish instock ... shipping-taxable"):
// checks that the grid is the content, its titles and prices kept, and
// the footer dropped.
void ExpectShopGridOfTilesFiledUnder(const std::string& terms) {
  const char* const kTiles[][2] = {{"Stoneware Mug", "$18.00"}, {"Enamel Cup", "$14.00"},
                                   {"Glass Tumbler", "$12.00"}, {"Travel Flask", "$32.00"},
                                   {"Tea Bowl", "$21.00"},      {"Espresso Cup", "$11.00"}};
  std::string tiles;
  for (int i = 0; i < 6; ++i) {
    tiles += "<li class=\"product type-product post-" + std::to_string(310 + i) +
             " status-publish instock " + terms +
             " has-post-thumbnail shipping-taxable purchasable product-type-variable\"><a href=\"/p/" +
             std::to_string(i) + "/\" class=\"woocommerce-LoopProduct-link\"><img src=\"/i" +
             std::to_string(i) + ".jpg\" alt=\"\"><h2 class=\"woocommerce-loop-product__title\">" +
             kTiles[i][0] + "</h2></a><div class=\"swatches\"><a href=\"/p/" + std::to_string(i) +
             "/?colour=sand\">Sand</a><a href=\"/p/" + std::to_string(i) +
             "/?colour=slate\">Slate</a></div><span class=\"price\">" + kTiles[i][1] +
             "</span></li>";
  }
  const std::string html =
      "<html><head><title>Shop - Example Cups</title><script type=\"application/ld+json\">"
      "{\"@type\":\"CollectionPage\",\"name\":\"Shop\"}</script></head><body><header><a "
      "href=\"/\">Example Cups</a></header><div class=\"container\"><h1>Shop</h1>"
      "<div class=\"woocommerce columns-4\"><p class=\"woocommerce-result-count\">Showing all 6 "
      "results</p><ul class=\"products columns-4\">" +
      tiles +
      "</ul></div></div><footer><p>Example Cups Ltd, 1 Harbour Road</p></footer></body></html>";
  ExpectKeptAndDropped(html, PageType::kCollection,
                       {"Stoneware Mug", "Travel Flask", "Espresso Cup", "$32.00"},
                       {"Example Cups Ltd"});
}

TEST(RulesTest, CollectionTilesTaggedWithTheShopsTermsAreItems) {
  // WooCommerce names each tile's tags in its class, "product_tag-<term>"
  // beside "product_cat-<term>": the tile is tagged, it is no tag list, so
  // the grid is the content and its titles and prices stay.
  ExpectShopGridOfTilesFiledUnder("product_cat-cups product_tag-reusable product_tag-gifts");
}

TEST(RulesTest, CollectionTilesOfACategoryNamedLikeChromeAreItems) {
  // The shop's category and tags are named in each tile's class by their
  // slugs, "product_cat-photo-mugs product_tag-gallery-gifts": words of the
  // terms' names, not a caption or a gallery beside the grid.
  ExpectShopGridOfTilesFiledUnder("product_cat-photo-mugs product_tag-gallery-gifts");
}

TEST(RulesTest, CollectionTileKeepsItsDefinitionListRows) {
  // A tile that writes its data as a definition list: every tile repeats the
  // terms ("Brand", "Gender") and here the gender's value too, but they are
  // the tile's data rows, not its buttons: they stay beside the values. The
  // button every tile repeats goes.
  std::string tiles;
  const char* brands[] = {"Harbourline", "Quayside",   "Pierpoint",
                          "Dockyard",    "Lighthouse", "Tideway"};
  for (int i = 0; i < 6; ++i) {
    tiles += std::string("<li class=\"tile\"><a href=\"/p/") + std::to_string(i) +
             "\"><dl><dt>Brand</dt><dd>" + brands[i] + "</dd><dt>Model</dt><dd>Runner " +
             std::to_string(i + 2) + "</dd><dt>Gender</dt><dd>Women's</dd><dt>Price</dt><dd>$" +
             std::to_string(60 + 5 * i) +
             ".00</dd></dl></a>"
             "<div class=\"actions\"><a href=\"/cart/add\">Add to cart</a></div></li>";
  }
  Result<Article> a = Extract(
      "<html><head><title>Running shoes | Harbour Sports</title></head><body><nav><ul><li><a "
      "href=\"/\">Home</a></li><li><a href=\"/sale\">Sale items</a></li></ul></nav><main>"
      "<h1>Running shoes</h1><ul class=\"grid\">" +
      tiles +
      "</ul></main><footer><p>Harbour "
      "Sports Ltd, registered in the harbour town</p></footer></body></html>");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->page_type, PageType::kCollection);
  for (const char* kept :
       {"Brand\n\nHarbourline", "Model\n\nRunner 7", "Gender\n\nWomen's", "Price\n\n$85.00"}) {
    EXPECT_NE(a->text.find(kept), std::string::npos) << "lost " << kept << ":\n" << a->text;
  }
  for (const char* dropped : {"Add to cart", "Sale items", "registered in the harbour town"}) {
    EXPECT_EQ(a->text.find(dropped), std::string::npos) << "kept " << dropped << ":\n" << a->text;
  }
}

TEST(RulesTest, ButtonEveryItemRepeatsGoesThoughTheRegionKeptIt) {
  // A store's genre page: each game's row holds its title, a summary of a
  // sentence, its release date, price and a button, "Add to wishlist". The
  // summaries make the rows the region, which keeps the short lines between
  // them, the button too; every row repeats it, so it goes as a button of
  // the list's items. The release dates and prices, each of its own, stay;
  // so do the platforms every game lists, items of a list, not buttons.
  std::string rows;
  const char* names[] = {"Harbour Raid", "Quayside Siege", "Pier Patrol",
                         "Dockyard Drift", "Lighthouse Keep", "Tideway Run"};
  for (int i = 0; i < 6; ++i) {
    rows += std::string("<div class=\"row\"><h3><a href=\"/app/") + std::to_string(i) + "\">" +
            names[i] +
            "</a></h3><p>Lead a crew of harbour pilots through storms and night tides, charting "
            "a safe way for every ship that comes in from the open sea.</p><div "
            "class=\"date\">Release date: Mar " +
            std::to_string(i + 2) +
            ", 2025</div><ul class=\"platforms\"><li>Windows</li><li>Linux</li></ul><div "
            "class=\"price\">$" +
            std::to_string(20 + 5 * i) + ".99</div><div class=\"wish\">Add to wishlist</div></div>";
  }
  ExpectKeptAndDropped(
      "<html><head><title>Action games | Harbour Games</title></head><body><header><a "
      "href=\"/\">Harbour Games</a> <a href=\"/sale\">Sale items</a></header><main><h1>Action "
      "games</h1><div class=\"rows\">" + rows + "</div></main></body></html>",
      PageType::kCollection,
      {"Harbour Raid", "Tideway Run", "charting a safe way", "Release date: Mar 7, 2025", "Linux",
       "$45.99"},
      {"Add to wishlist", "Sale items"});
}

TEST(RulesTest, StripedRowsAreOneList) {
  // A category's tiles, every other one shaded by a second class: one list,
  // every tile kept. Four smaller tiles of another class after them (not
  // among them) are another list, too small beside the first to be kept.
  std::string tiles;
  const char* names[] = {"Harbour lamp", "Quay lantern", "Pier sconce", "Dock pendant",
                         "Lighthouse desk lamp", "Tide wall light", "Buoy floor lamp",
                         "Anchor night light"};
  for (int i = 0; i < 8; ++i) {
    tiles += std::string("<li class=\"") + (i % 2 ? "tile shaded" : "tile") + "\"><h3><a href=\"/p/" +
             std::to_string(i) + "\">" + names[i] + "</a></h3><div class=\"price\">$" +
             std::to_string(40 + 15 * i) + ".00</div><div class=\"finish\">" +
             (i % 3 ? "Copper finish" : "Brass finish") + "</div></li>";
  }
  for (int i = 0; i < 4; ++i) {
    tiles += "<li class=\"seen\"><a href=\"/s/" + std::to_string(i) + "\">Seen " +
             std::to_string(i) + "</a></li>";
  }
  Result<Article> a = Extract(
      "<html><head><title>Lamps | Harbour Lights</title></head><body><nav><a href=\"/\">Home"
      "</a> <a href=\"/sale\">Sale items</a></nav><main><h1>Lamps</h1><ul class=\"grid\">" +
      tiles + "</ul></main><footer><p>Harbour Lights Ltd, registered in the harbour town</p>"
      "</footer></body></html>");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->page_type, PageType::kCollection);
  for (const char* kept : {"Harbour lamp", "$40.00", "Quay lantern", "$55.00", "Dock pendant",
                           "Anchor night light", "$145.00", "Copper finish"}) {
    EXPECT_NE(a->text.find(kept), std::string::npos) << "lost " << kept << ":\n" << a->text;
  }
  for (const char* dropped : {"Seen 1", "Sale items", "registered in the harbour town"}) {
    EXPECT_EQ(a->text.find(dropped), std::string::npos) << "kept " << dropped << ":\n" << a->text;
  }
}

TEST(RulesTest, AGridInsideThePaginationsBoxIsNoMenu) {
  // A shop wraps its product grid in its pagination's box ("pagination",
  // "filtering-and-pagination"), and writes a buying guide under it. A menu
  // or a pager lists no prices: a box so worded holding the grid's prices
  // is the content, and the page a collection whose tiles stay; the pager's
  // own box inside it, the menu and the footer still go.
  std::string tiles;
  const char* names[] = {"Harbour lamp", "Quay lantern", "Pier sconce", "Dock pendant",
                         "Lighthouse desk lamp", "Tide wall light"};
  for (int i = 0; i < 6; ++i) {
    tiles += std::string("<div class=\"card\"><a href=\"/p/") + std::to_string(i) + "\"><h4>" +
             names[i] + "</h4></a><p>" + (i % 2 ? "Copper" : "Brass") + "</p><span>$" +
             std::to_string(40 + 15 * i) + ".00</span></div>";
  }
  std::string guide;
  for (const char* part : {"hallway", "garden"}) {
    guide += std::string("<h2>Lamps for the ") + part + "</h2><p>A lamp for the " + part +
             " should light the room without glare, and brass or copper shades warm the light "
             "of the bulb in the long evenings of the harbour winter, when the days are short.</p>";
  }
  ExpectKeptAndDropped(
      "<html><head><title>Lamps | Harbour Lights</title></head><body><div class=\"menu\"><ul>"
      "<li><a href=\"/\">Home</a></li><li><a href=\"/sale\">Sale items</a></li><li><a "
      "href=\"/new\">New in</a></li></ul></div><main><h1>Lamps</h1><div "
      "class=\"filtering-and-pagination\"><div class=\"pagination\"><div class=\"grid\">" +
          tiles + "</div><div class=\"pager\"><a href=\"?page=2\">Next page</a> <a "
          "href=\"?page=9\">Last page</a></div></div></div>" + guide +
          "</main><footer><p>Harbour Lights Ltd, registered in the harbour town</p></footer>"
          "</body></html>",
      PageType::kCollection,
      {"Harbour lamp\n\nBrass\n\n$40.00", "Tide wall light\n\nCopper\n\n$115.00",
       "brass or copper shades warm the light"},
      {"Next page", "Sale items", "registered in the harbour town"});
}

// Six lamps of a shop's grid, "Harbour lamp" at $40.00 to "Tide wall
// light" at $115.00, each tile written by `tile` from its number, name and
// price.
template <typename Tile>
std::string LampTiles(Tile tile) {
  const char* const names[] = {"Harbour lamp", "Quay lantern", "Pier sconce", "Dock pendant",
                               "Lighthouse desk lamp", "Tide wall light"};
  std::string tiles;
  for (int i = 0; i < 6; ++i) tiles += tile(i, names[i], "$" + std::to_string(40 + 15 * i) + ".00");
  return tiles;
}

TEST(RulesTest, AListsFooterUnderItsGridStays) {
  // A shop's category after PrestaShop's classic theme: the intro in the
  // list's header box, the grid, and under it, in the same column, a buying
  // guide in the list's footer box ("js-product-list-footer"), a heading
  // over prose. The word names the list's footer, not the site's, which
  // comes after it: the guide stays. The site's footer, a box worded so with
  // a heading over prose of its own, still goes, and so do the filters.
  const std::string tiles = LampTiles([](int i, const char* name, const std::string& price) {
    return "<div class=\"product\"><article class=\"product-miniature\"><h2 "
           "class=\"product-title\"><a href=\"/p/" +
           std::to_string(i) + "\">" + name + "</a></h2><div class=\"price\">" + price +
           "</div></article></div>";
  });
  ExpectKeptAndDropped(
      "<html><head><title>Lamps - Harbour Lights</title></head><body><section "
      "id=\"wrapper\"><div id=\"left-column\"><p>Filter by</p><ul><li><a "
      "href=\"?q=brass\">Brass (4)</a></li><li><a href=\"?q=copper\">Copper (2)</a></li></ul>"
      "</div><div id=\"content-wrapper\"><section id=\"main\"><div "
      "id=\"js-product-list-header\"><div class=\"block-category card\"><h1>Lamps</h1><div "
      "class=\"block-category-inner\"><div id=\"category-description\" class=\"text-muted\"><p>Our "
      "lamps are turned and spun by hand in the harbour workshop, from brass and copper that "
      "darken slowly with the sea air, so that no two of them look quite alike after a "
      "year.</p></div></div></div></div><section id=\"products\"><div "
      "class=\"products-selection\"><p>There are 6 products.</p><span>Sort by:</span> <a "
      "href=\"?order=price\">Price, low to high</a></div><div class=\"products\">" +
          tiles +
          "</div><nav class=\"pagination\"><div>Showing 1-6 of 6 item(s)</div><a "
          "href=\"?page=2\">Next page</a></nav></section>"
          "<div id=\"js-product-list-footer\"><div class=\"card\"><div "
          "class=\"card-block category-additional-description\">"
          "<h2>How to choose a lamp</h2><p>Think first of the room: a hallway wants a wall light "
          "that throws its light down, a desk a lamp whose arm bends to the page.</p><p>Brass "
          "shades warm the light of the bulb, while copper darkens faster and gives the room "
          "a softer glow in the long evenings of winter.</p></div></div></div></section></div>"
          "</section><div class=\"footer\"><h2>About Harbour Lights</h2><p>We have made lamps "
          "in the old harbour town since 1921, and we still answer every letter by hand.</p>"
          "</div></body></html>",
      PageType::kCollection,
      {"Harbour lamp", "Tide wall light", "turned and spun by hand", "How to choose a lamp",
       "a hallway wants a wall light", "copper darkens faster"},
      {"Brass (4)", "Next page", "About Harbour Lights", "every letter by hand"});
}

TEST(RulesTest, APagersCurrentPageGoesWithItsLinks) {
  // A shop's category after Magento 2's Luma: under the grid, the pager is
  // a list whose items link to the other pages ("2", "4", "Next") but for
  // the current page, a number in a <strong>, no link. The links go as
  // links; the number, left alone between the last tile and the buying
  // guide, goes with them. A list holding any other kept item is no pager.
  const std::string tiles = LampTiles([](int i, const char* name, const std::string& price) {
    return "<li class=\"item product product-item\"><div class=\"product-item-info\"><strong "
           "class=\"product-item-name\"><a href=\"/p/" +
           std::to_string(i) + "\">" + name +
           "</a></strong><div class=\"price-box\"><span class=\"price\">" + price +
           "</span></div></div></li>";
  });
  auto page = [&](const std::string& pager) {
    return "<html><head><title>Lamps - Harbour Lights</title></head><body><header><a "
           "href=\"/\">Harbour Lights</a></header><main><h1>Lamps</h1><div "
           "class=\"category-description\"><p>Our lamps are turned and spun by hand in the "
           "harbour workshop, from brass and copper that darken slowly with the sea "
           "air.</p></div><div class=\"products wrapper grid products-grid\"><ol "
           "class=\"products list items product-items\">" +
           tiles + "</ol></div><div class=\"toolbar toolbar-products\"><div class=\"pages\">" +
           pager +
           "</div></div><div class=\"category-cms\"><h2>How to choose a lamp</h2><p>Think "
           "first of the room: a hallway wants a wall light that throws its light down, a desk "
           "a lamp whose arm bends to the page.</p></div></main><footer><p>Harbour Lights "
           "Ltd</p></footer></body></html>";
  };
  ExpectKeptAndDropped(
      page("<ul class=\"items pages-items\"><li class=\"item\"><a href=\"?p=2\">2</a></li><li "
           "class=\"item current\"><strong class=\"page\"><span>3</span></strong></li><li "
           "class=\"item\"><a href=\"?p=4\">4</a></li><li class=\"item pages-item-next\"><a "
           "href=\"?p=4\">Next</a></li></ul>"),
      PageType::kCollection, {"Harbour lamp", "$115.00\n\nHow to choose a lamp"}, {"Next"});
  ExpectKeptAndDropped(
      page("<ul class=\"facts\"><li><a href=\"/lamps/brass\">Brass lamps</a></li><li>3</li>"
           "<li>Wired in the harbour workshop</li></ul>"),
      PageType::kCollection, {"Wired in the harbour workshop", "\n\n3\n\n"}, {});
}

TEST(RulesTest, PostsClassedWithTheirWritersNameStay) {
  // A news index of whole posts, each an <article> whose class lists the
  // terms the blog engine tagged it with and its writer's name ("hentry
  // category-news tag-ferries author-jane-doe"): the writer's name is no
  // author box, and every post stays, the one tagged with nothing but
  // "hentry" too, not only the longest. An author's box ("author-card")
  // beside them, the menu and the footer go.
  const char* titles[] = {"Ferry timetable changes in March", "New pier opens at the old harbour",
                          "Boat counts fall in a cold winter", "Lighthouse lamp replaced after storm",
                          "Harbour office hires two pilots", "Dredging of the channel begins"};
  std::string posts;
  for (int i = 0; i < 6; ++i) {
    const std::string n = std::to_string(i);
    posts += std::string("<article class=\"entry hentry") +
             (i == 3 ? "" : " category-news tag-harbour tag-topic" + n) + " author-" +
             (i % 2 ? "bo-berg" : "jane-doe") + " post-type-text\"><header><p><a href=\"/news/" +
             n + "#comments\">Comment</a></p></header><div class=\"title\"><h1><a href=\"/news/" +
             n + "\">" + titles[i] + "</a></h1><p class=\"date\"><time>March " + n +
             ", 2026</time></p></div><div class=\"entry-content\"><p>The harbour office said on "
             "Monday that the change, number " + n + " this year, follows a long talk with the "
             "boat owners and the ferry company about safety.</p>";
    for (int k = 0; i == 1 && k < 4; ++k) {  // one post is long, the others short
      posts += "<p>Captains of the larger boats asked for more time, since their crews plan "
               "the season months ahead and cannot change their trips at short notice, part " +
               std::to_string(k) + ".</p>";
    }
    posts += "<p>Owners who disagree may write to the office before the end of the month, and "
             "their letters will be read at the next meeting, item " + n + ".</p></div></article>";
  }
  ExpectKeptAndDropped(
      "<html><head><title>Industry News | Harbour Office</title><script "
      "type=\"application/ld+json\">{\"@type\":\"LocalBusiness\",\"name\":\"Harbour Office\"}"
      "</script></head><body><ul class=\"menu\"><li><a href=\"/\">Front page</a></li><li><a "
      "href=\"/about\">About the harbour</a></li><li><a href=\"/jobs\">Work with us</a></li></ul>"
      "<main><div class=\"blog-list\">" + posts + "</div><div class=\"author-card\"><p>Jane Doe "
          "writes about boats, ferries and the people who work on the water for the office.</p>"
          "</div></main><footer><p>Harbour Office, registered in the harbour town</p></footer>"
          "</body></html>",
      PageType::kService,
      {"Ferry timetable changes in March\n\nMarch 0, 2026\n\nThe harbour office said",
       "meeting, item 0.", "short notice, part 3.", "meeting, item 1.",
       "Lighthouse lamp replaced after storm\n\nMarch 3, 2026\n\nThe harbour office said",
       "meeting, item 3.", "Dredging of the channel begins", "meeting, item 5."},
      {"Jane Doe writes about boats", "About the harbour", "registered in the harbour town"});
}

TEST(RulesTest, ASignUpRowAmongAListingsItemsGoes) {
  // A listing's items are rows of its grid, and the site set its newsletter
  // sign-up in a row of the same kind between them: a row like an item (text
  // and a link), but the box inside says newsletter, and no item holds one
  // of its own. The items stay whole; the sign-up goes.
  std::string rows;
  for (int i = 0; i < 6; ++i) {
    const std::string n = std::to_string(i);
    rows += "<div class=\"row\"><h4><a href=\"/news/" + n + "\">Ferry timetable changes, part " +
            n + "</a></h4><p>By <a href=\"/by/ann\">Ann Lee</a></p><p>The harbour office "
            "explains what the new timetable means for the morning crossings.</p></div>";
    if (i == 2) {
      rows += "<div class=\"row\"><div class=\"email-subscribe\"><h3>Want more harbour news?"
              "</h3><p>Sign up for our newsletter to get the latest from the quays.</p><p>By "
              "signing up, you agree to our <a href=\"/privacy\">Privacy Policy</a>.</p></div>"
              "</div>";
    }
  }
  ExpectKeptAndDropped(
      "<html><head><title>News | Harbour</title></head><body><ul class=\"menu\"><li><a "
      "href=\"/\">Front page</a></li><li><a href=\"/about\">About the harbour</a></li></ul>"
      "<main><h1>News</h1><div class=\"rows\">" + rows + "</div></main></body></html>",
      PageType::kListing,
      {"Ferry timetable changes, part 0\n\nBy Ann Lee\n\nThe harbour office explains",
       "Ferry timetable changes, part 5", "the morning crossings."},
      {"Sign up for our newsletter", "Privacy Policy", "Want more harbour news?",
       "About the harbour"});
}

// A ranking of lamps: its heading and the sentence introducing it, in a box
// of their own above a sorting box and the rows (`intro`: that box's inner
// HTML), and below them, outside the column, a band with a longer paragraph
// of its own, which the region takes.
std::string RankingPage(const std::string& intro) {
  std::string rows;
  for (int i = 1; i <= 8; ++i) {
    const std::string n = std::to_string(i);
    rows += "<div class=\"rank\"><span>" + n + ".</span><a href=\"/lamp/" + n +
            "\">Harbour lamp " + n + "</a><span>" + std::to_string(10 - i) + ".1</span></div>";
  }
  return "<html><head><title>Top 10 lamps ranking 2025 | Harbour Lights</title></head><body>"
         "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/lamps\">All lamps</a></li>"
         "</ul></nav><div class=\"page\"><div class=\"column\"><div class=\"box\">" + intro +
         "</div><div class=\"sort-menu\"><span>Sort by:</span></div><div class=\"cols\"><span>"
         "Lamp</span><span>Light score</span></div><div class=\"ranks\">" + rows +
         "</div></div></div><div class=\"band\"><p>Tell us what your house needs, and our "
         "staff will send you a list of lamps picked for it.</p></div><footer><p>Harbour Lights "
         "Ltd, registered in the harbour town</p></footer></body></html>";
}

// A WordPress blog's home: one <article> teaser a post, classed as
// post_class writes it with the post's `classes` (its format, the terms it
// is filed under), its linked title over a sentence; then the site's
// footer. Checks that each text of `kept` stays and the footer goes.
void ExpectBlogHomeKeeps(const std::vector<std::pair<std::string, std::string>>& posts,
                         std::initializer_list<const char*> kept) {
  std::string teasers;
  for (std::size_t i = 0; i < posts.size(); ++i) {
    const std::string& title = posts[i].second;
    teasers += "<article class=\"post-" + std::to_string(40 + i) +
               " post type-post status-publish " + posts[i].first +
               "\"><h2 class=\"entry-title\"><a href=\"/p" + std::to_string(i) + "\">" + title +
               "</a></h2><div class=\"entry-summary\"><p>Notes from the village this week on " +
               title +
               ", with what went well and what we would do differently next time round.</p></div>"
               "<footer class=\"entry-meta\"><a href=\"/p" +
               std::to_string(i) + "\">Continue reading</a></footer></article>";
  }
  Result<Article> a = Extract(
      "<html><head><title>Field Notes</title></head><body class=\"home blog\"><header "
      "class=\"site-header\"><a href=\"/\">Field Notes</a></header><main id=\"main\" "
      "class=\"site-main\">" +
      teasers +
      "</main><footer class=\"site-footer\"><p>Field Notes, a blog about the village</p>"
      "</footer></body></html>");
  ASSERT_TRUE(a.ok());
  for (const char* text : kept) {
    EXPECT_NE(a->text.find(text), std::string::npos) << "lost " << text << ":\n" << a->text;
  }
  EXPECT_EQ(a->text.find("a blog about the village"), std::string::npos) << a->text;
}

TEST(RulesTest, ListingKeepsTeasersOfEveryPostFormat) {
  // Each teaser is classed with its post's format, "format-standard",
  // "format-aside" (a short note), "format-gallery". The format names the
  // post's kind, not a sidebar or a gallery beside the text: every teaser
  // stays.
  ExpectBlogHomeKeeps({{"format-standard hentry category-garden", "Swifts over the lane"},
                       {"format-aside hentry category-garden", "Rain at last"},
                       {"format-standard hentry category-garden", "Pruning the old pear"},
                       {"format-gallery hentry category-garden", "Pictures from the allotment"},
                       {"format-standard hentry category-garden", "A new hedge"},
                       {"format-standard hentry category-garden", "Frost in May"}},
                      {"Swifts over the lane", "Rain at last", "on Rain at last",
                       "Pictures from the allotment", "Frost in May"});
}

TEST(RulesTest, ListingKeepsTeasersFiledUnderTermsNamedLikeChrome) {
  // Each teaser is classed with the terms its post is filed under,
  // "category-<slug>" and "tag-<slug>". A paper's opinion pieces are filed
  // under "Comment", a post about the newsletter is tagged "newsletter": the
  // slugs name the posts' subjects, not comment sections or sign-up boxes,
  // and every teaser stays.
  ExpectBlogHomeKeeps(
      {{"format-standard hentry category-garden", "Swifts over the lane"},
       {"format-standard hentry category-comment", "Why the lane needs its hedges"},
       {"format-standard hentry category-garden", "Pruning the old pear"},
       {"format-standard hentry category-garden tag-newsletter", "Our letter goes monthly"},
       {"format-standard hentry category-garden", "A new hedge"},
       {"format-standard hentry category-comment tag-comments", "In praise of weeds"}},
      {"Swifts over the lane", "Why the lane needs its hedges", "Our letter goes monthly",
       "on In praise of weeds"});
}

TEST(RulesTest, ListingsHeadingAndLeadAboveItsItemsStay) {
  // The heading over a ranking and the sentence introducing it stand above
  // the rows, outside them, with a sorting box's label and the columns'
  // names between: they are the listing's own text and stay; the label, the
  // columns' names, the menu and the footer go.
  ExpectKeptAndDropped(
      RankingPage("<h2>Compare the top ranked harbour lamps</h2><p>See how the top lamps rank "
                  "on their light score.</p>"),
      PageType::kListing,
      {"Compare the top ranked harbour lamps\n\nSee how the top lamps rank on their light "
       "score.\n\n1. Harbour lamp 1",
       "Harbour lamp 8"},
      {"Sort by:", "Light score", "All lamps", "registered in the harbour town"});
  // A heading alone (the category's name, which the title repeats) stays
  // out, and so does a sentence with no heading over it.
  ExpectKeptAndDropped(RankingPage("<h2>Harbour lamps</h2>"), PageType::kListing,
                       {"Harbour lamp 1", "Harbour lamp 8"}, {"Harbour lamps\n"});
  ExpectKeptAndDropped(
      RankingPage("<p>See how the top lamps rank on their light score.</p>"), PageType::kListing,
      {"Harbour lamp 1"}, {"See how the top lamps rank"});
  // A heading inside chrome (the site's menu) is no listing's heading.
  ExpectKeptAndDropped(
      RankingPage("<nav><h2>Compare the top ranked harbour lamps</h2></nav><p>See how the top "
                  "lamps rank on their light score.</p>"),
      PageType::kListing, {"Harbour lamp 1"}, {"Compare the top ranked", "See how the top"});
}

TEST(RulesTest, TeasersSetAsArticlesInSmallSectionsStay) {
  // A blog's index: a featured story, then "Latest" in two columns of two,
  // each teaser an <article>; no box holds four of them side by side, and
  // the footer's row of links (five boxes, no <footer>) is the only list of
  // siblings. The <article>s are the list: their titles, bylines and dates
  // stay; the footer's links, the menu and the follower count go.
  const char* titles[] = {"Tides return to the old harbour basin",
                          "Mooring fees rise for the winter season",
                          "The lighthouse keeper retires after forty years",
                          "New pontoons open on the east quay",
                          "Fishing fleet counts a record catch"};
  auto teaser = [&](int i) {
    const std::string n = std::to_string(i);
    return "<article><div><a href=\"/p" + n + "\"><h2>" + titles[i] +
           "</h2><div><h3>By Ann Writer " + n + "</h3></div></a><div><a href=\"/team\"><p>Harbour "
           "Team</p></a><span>" + std::to_string(i + 1) + "d ago</span><span aria-hidden=\"true\">"
           "<span>\xC2\xB7</span></span><span>" + std::to_string(i + 3) +
           " min read</span></div></div></article>";
  };
  std::string footer = "<div>";
  for (const char* link : {"Help", "Status", "About", "Careers", "Privacy"}) {
    footer += std::string("<div><a href=\"/") + link + "\"><p>" + link + "</p></a></div>";
  }
  footer += "</div>";
  ExpectKeptAndDropped(
      "<html><head><title>Harbour Blog</title></head><body><div><a href=\"/\">Home</a> <a "
      "href=\"/signin\">Sign in</a></div><div><div><h2>Harbour Blog</h2><p>2K followers</p></div>"
      "<div><div>" + teaser(0) + "</div></div><div><h2>Latest</h2><div><div><div>" + teaser(1) +
          "</div><div>" + teaser(2) + "</div></div><div><div>" + teaser(3) + "</div><div>" +
          teaser(4) + "</div></div></div></div></div>" + footer + "</body></html>",
      PageType::kListing,
      {"Tides return to the old harbour basin\n\nBy Ann Writer 0\n\n1d ago 3 min read",
       "Fishing fleet counts a record catch\n\nBy Ann Writer 4\n\n5d ago 7 min read"},
      {"Careers", "Privacy", "Sign in", "2K followers"});
  // A list of siblings inside the box holding them (four tiles of
  // "Harbour maps" between the featured story and "Latest") is that
  // box's list; the <article>s do not stand in for it: the tiles stay.
  std::string tiles = "<div>";
  for (int i = 1; i <= 4; ++i) {
    const std::string n = std::to_string(i);
    tiles += "<div class=\"tile\"><a href=\"/m" + n + "\">Harbour map " + n + "</a><p>Chart of quay " + n +
             "</p></div>";
  }
  tiles += "</div>";
  ExpectKeptAndDropped(
      "<html><head><title>Harbour Blog</title></head><body><div><div>" + teaser(0) + "</div>" +
          tiles + "<div><h2>Latest</h2><div><div>" + teaser(1) + "</div><div>" + teaser(2) +
          "</div></div><div><div>" + teaser(3) + "</div><div>" + teaser(4) +
          "</div></div></div></div>" + footer + "</body></html>",
      PageType::kListing, {"Harbour map 1\n\nChart of quay 1", "Harbour map 4\n\nChart of quay 4"},
      {"Careers"});
}

TEST(RulesTest, ShortListOfATemplateTakenJoinsWithIt) {
  // A hub's three columns of cards, one template: "Models" (short names,
  // a date each), "Spaces" and "Datasets" (longer lines). The short column
  // holds under half the text of the largest, but it is the same kind of
  // content: it joins with them. A strip of another template as small (a
  // box of notes) stays out.
  auto card = [](const std::string& href, const std::string& title, const std::string& line) {
    return "<article class=\"card\"><a href=\"" + href + "\"><div><header><h4>" + title +
           "</h4></header><div><span>" + line + "</span></div></div></a></article>";
  };
  std::string models, spaces, datasets, notes = "<div class=\"news\">";
  for (int i = 1; i <= 5; ++i) {
    const std::string n = std::to_string(i);
    models += card("/m" + n, "tide/m-" + n + "b", "Updated " + n + " days ago");
    spaces += card("/s" + n, "Harbour chart viewer number " + n,
                   "Draw the tides of quay " + n + " from the harbour gauges every hour");
    datasets += card("/d" + n, "harbour-office/tide-gauge-readings-" + n,
                     "Updated " + n + " weeks ago, with readings from the east quay gauge");
    if (i <= 4) {
      notes += "<div class=\"teaser\"><a href=\"/n" + n + "\"><p>Gauge note " + n + "</p></a><p>" + n +
               "h ago</p></div>";
    }
  }
  notes += "</div>";
  ExpectKeptAndDropped(
      "<html><head><title>Harbour Hub</title></head><body><div><a href=\"/\">Home</a> <a "
      "href=\"/signin\">Sign in</a></div><div><h1>The harbour community building tide models.</h1>"
      "<p>The place where the harbour community shares tide models, gauges and charts.</p>"
      "<div class=\"grid\"><div class=\"col\"><h2>Models</h2><div class=\"col-list\">" + models +
          "</div></div><div class=\"col\"><h2>Spaces</h2><div class=\"col-list\">" + spaces +
          "</div></div><div class=\"col\"><h2>Datasets</h2><div class=\"col-list\">" + datasets +
          "</div></div></div></div>" + notes + "</body></html>",
      PageType::kListing,
      {"tide/m-1b\n\nUpdated 1 days ago", "tide/m-5b\n\nUpdated 5 days ago",
       "Harbour chart viewer number 1", "harbour-office/tide-gauge-readings-5"},
      {"Gauge note", "Sign in"});
}

TEST(RulesTest, CardsLeftOutOnSmallScreensAreOfTheGridsTemplate) {
  // A grid of library cards, each a link holding the name, a count and a
  // one-line summary; the last ones are left out on small screens by a
  // utility's breakpoint variant of "hidden" ("max-lg:hidden") or a grid
  // system's ("hidden-xs"). They are cards of the grid's template all the
  // same, kept with the others, not a strip of another template dropped as
  // links.
  auto grid = [](const std::string& small_screen_class) {
    std::string cards;
    for (int i = 1; i <= 9; ++i) {
      const std::string n = std::to_string(i);
      cards += "<a class=\"card rounded border" + (i > 6 ? " " + small_screen_class : "") +
               "\" href=\"/lib/tide" + n + "\"><h4>tidelib" + n + "</h4><p>" + n +
               "2,104</p><p>Reads the gauges of quay " + n + " for the harbour</p></a>";
    }
    return "<html><head><title>Harbour Hub</title></head><body><nav><a href=\"/\">Home</a> "
           "<a href=\"/signin\">Sign in</a></nav><main><h1>Open source tide tools</h1><p>We "
           "are building the harbour's tide tooling with the community.</p><div class=\"grid "
           "gap-3\">" + cards + "</div></main><footer><p>Harbour office</p></footer></body></html>";
  };
  for (const char* small_screen_class : {"max-lg:hidden", "hidden-xs"}) {
    SCOPED_TRACE(small_screen_class);
    ExpectKeptAndDropped(grid(small_screen_class), PageType::kListing,
                         {"Reads the gauges of quay 1 for the harbour",
                          "Reads the gauges of quay 7 for the harbour",
                          "Reads the gauges of quay 9 for the harbour"},
                         {"Sign in", "Harbour office"});
  }
}

TEST(RulesTest, StyledComponentsCardsOfOneComponentAreOneList) {
  // A listing built with styled-components: each card's class is the
  // component's name and the name generated for its style of the moment,
  // and the first card, drawn with other props, has another generated
  // name. The cards are one list all the same, the first too, and each
  // keeps its time; the menu and the footer go.
  std::string cards;
  for (int i = 1; i <= 6; ++i) {
    const std::string n = std::to_string(i);
    cards += std::string("<div class=\"sc-225578b-0 ") + (i == 1 ? "kLmNoP" : "qRsTuV") +
             "\"><a href=\"/news/" + n + "\"><span>" + n + " hrs ago</span><h3>Report " + n +
             " from the quays of the harbour</h3><p>The harbour office reports what changed on "
             "quay " + n + " this week, and what the crews should expect.</p></a></div>";
  }
  ExpectKeptAndDropped(
      "<html><head><title>Harbour news</title></head><body><nav><a href=\"/\">Home</a> <a "
      "href=\"/signin\">Sign in</a></nav><main><h1>Harbour news</h1><div class=\"sc-9cd5bb24-0 "
      "fGhIjk\">" + cards + "</div></main><footer><p>Harbour office</p></footer></body></html>",
      PageType::kListing,
      {"1 hrs ago\n\nReport 1 from the quays of the harbour",
       "6 hrs ago\n\nReport 6 from the quays of the harbour"},
      {"Sign in", "Harbour office"});
}

TEST(RulesTest, HeadingsOverKeptListsStay) {
  // A listing of guides in two sections, each an <h2> over a list of cards
  // whose whole box is a link (title and summary). The headings went as
  // the headings of link lists; once the lists join as the items, the
  // headings right over their first items are the page's sections and
  // stay. The menu and the footer still go. A single list under a heading
  // keeps it out: as often a strip of other pages ("More from the show").
  auto cards = [](const std::string& path, const std::string& title, const std::string& line) {
    std::string out = "<div class=\"cards\">";
    for (int i = 1; i <= 5; ++i) {
      const std::string n = std::to_string(i);
      out += "<div class=\"card\"><a href=\"/" + path + n + "\"><h3>" + title + " " + n + "</h3><p>" +
             line + " " + n + ", hour by hour.</p></a></div>";
    }
    return out + "</div>";
  };
  const std::string open =
      "<html><head><title>Harbour guides</title></head><body><nav><a href=\"/\">Home</a> <a "
      "href=\"/signin\">Sign in</a></nav><main><h1>Harbour guides</h1><section><h2>Latest "
      "guides</h2>" + cards("g", "Reading the tide table", "How to read the tide table for quay") +
      "</section>";
  const std::string close = "</main><footer><p>Harbour office</p></footer></body></html>";
  ExpectKeptAndDropped(
      open + "<section><h2>Popular guides</h2>" +
          cards("p", "Mooring a small boat", "Which lines hold a small boat at quay") + "</section>" +
          close,
      PageType::kListing,
      {"Latest guides\n\nReading the tide table 1", "Popular guides\n\nMooring a small boat 1",
       "Which lines hold a small boat at quay 5, hour by hour."},
      {"Sign in", "Harbour office"});
  ExpectKeptAndDropped(open + close, PageType::kListing,
                       {"Reading the tide table 1", "How to read the tide table for quay 5"},
                       {"Latest guides", "Sign in", "Harbour office"});
}

TEST(RulesTest, ListBesideTheItemsOfAKeptListStays) {
  // A news hub: its topics in sections of one class, each a linked name
  // over two stories (the page's main list, its sections the items; the
  // region is a podcast's box inside one of them), and inside the same box
  // after them a section of its own, "More", over a list of cards whose
  // whole box is a link: the time, the title and the summary. That list
  // lies inside the main list's box but in none of its items: a list of its
  // own, and each card stays whole, its time too, as the items of a list
  // do. The menu and the footer go.
  std::string topics, more;
  for (int i = 1; i <= 4; ++i) {
    const std::string n = std::to_string(i);
    topics += "<section class=\"topic\"><h2><a href=\"/topic/" + n + "\">Quay " + n +
              "</a></h2>";
    for (int j = 1; j <= 2; ++j) {
      const std::string id = n + "-" + std::to_string(j);
      topics += "<div class=\"story\"><a href=\"/news/" + id + "\"><h3>Story " + id +
                " from the quays of the harbour</h3><p>The harbour office reports what changed "
                "on quay " + n + " this week, and what the crews should expect.</p></a></div>";
    }
    if (i == 2) {
      topics += "<div class=\"promo\"><h3>Listen</h3><p>This week on the harbour hour: the "
                "new gauges of the outer basin, and what the crews make of them.</p></div>";
    }
    topics += "</section>";
  }
  for (int i = 1; i <= 6; ++i) {
    const std::string n = std::to_string(i);
    more += "<div class=\"card\"><a href=\"/more/" + n + "\"><span>" + n +
            " hrs ago</span><h3>Later report " + n + " on the tides</h3><p>The gauges of the "
            "outer basin read a tide " + n + " inches above the table.</p></a></div>";
  }
  ExpectKeptAndDropped(
      "<html><head><title>Harbour news</title></head><body><nav><a href=\"/\">Home</a> <a "
      "href=\"/signin\">Sign in</a></nav><main><div class=\"hub\">" + topics +
          "<section class=\"latest\"><h2>More</h2><div class=\"cards\">" + more +
          "</div></section></div></main><footer><p>Harbour office</p></footer></body></html>",
      PageType::kListing,
      {"Story 1-1 from the quays of the harbour", "1 hrs ago\n\nLater report 1 on the tides",
       "6 hrs ago\n\nLater report 6 on the tides\n\nThe gauges of the outer basin read a tide "
       "6 inches above the table."},
      {"Sign in", "Harbour office"});
}

TEST(RulesTest, ShortListWithoutClassesTakesNoTemplate) {
  // A listing of stories in a bare <ul>, and beside it a box of the most
  // read, a short bare <ul> too: lists without a class share no template
  // (every <ul><li> would), so the box stays out as a list under the share
  // of the largest.
  std::string stories, popular;
  for (int i = 1; i <= 8; ++i) {
    const std::string n = std::to_string(i);
    stories += "<li><a href=\"/story-" + n + "\">Harbour story number " + n +
               " about the quay</a><p>The harbour office reports on the tides of quay " + n +
               " and the gauges that read them every hour.</p></li>";
    if (i <= 4) {
      popular += "<li><a href=\"/pop-" + n + "\">Popular pick " + n + "</a><p>" + n +
                 " reads</p></li>";
    }
  }
  ExpectKeptAndDropped(
      "<html><head><title>Harbour stories</title></head><body><div><a href=\"/\">Home</a> "
      "<a href=\"/signin\">Sign in</a></div><main><h1>All harbour stories</h1><ul>" + stories +
          "</ul></main><div class=\"box\"><h3>Popular</h3><ul>" + popular +
          "</ul></div></body></html>",
      PageType::kListing,
      {"Harbour story number 1 about the quay", "quay 8 and the gauges"},
      {"Popular pick", "Sign in"});
}

TEST(RulesTest, ShortCodeBlockRightBeforeTheTextStays) {
  // A reference page opening with its item's declaration in a <pre>
  // (rustdoc's "pub struct Gauge { /* private fields */ }" under the
  // item's <h1>), then the description: the declaration is short and
  // stands before the text, but no heading parts it from the text, and
  // code is the text's own, not a line of chrome.
  ExpectKeptAndDropped(
      "<html><head><title>Gauge in anemo::station</title></head><body><div><a "
      "href=\"/\">anemo</a></div><main><h1>Struct Gauge</h1><pre><code>pub struct Gauge { /* "
      "private fields */ }</code></pre><p>A wind gauge of one weather station, read every "
      "minute and averaged over the ten minutes before each reading is reported.</p><p>The "
      "gauge keeps the last day of readings in memory and writes them to the station's log "
      "once an hour, so a restart loses no more than that hour.</p><p>Readings above the "
      "gauge's range are reported as its maximum and flagged, so that a storm's peak is never "
      "mistaken for a calm.</p></main></body></html>",
      PageType::kArticle, {"pub struct Gauge { /* private fields */ }", "a storm's peak"},
      {"anemo"});
}

TEST(RulesTest, ClassDeclarationWordedAsSignatureOpensItsDescription) {
  // A Javadoc class page: the class's declaration in a "type-signature" box
  // opens the class's description, with no heading kept between them (the
  // <h1> goes with the page's header box, its package line): short, before
  // the text, yet the text's own declaration, as a code block there is.
  ExpectKeptAndDropped(
      "<html><head><title>Barometer (Weatherdeck 3.2 API)</title></head><body><main><div "
      "class=\"header\"><div class=\"sub-title\">Package <a href=\"package-summary.html\">"
      "org.weatherdeck</a></div><h1 class=\"title\">Class Barometer</h1></div><section "
      "class=\"class-description\"><hr><div class=\"type-signature\"><span "
      "class=\"modifiers\">public class </span><span class=\"element-name\">Barometer</span> "
      "extends Object</div><div class=\"block\">The barometer of one weather station, sampled "
      "every ten minutes and kept for a week, with the station's height read once when it "
      "starts.</div></section><section class=\"method-details\"><h2>Method Details</h2><h3>"
      "pressure</h3><div class=\"block\">Returns the air pressure read at the last sample, in "
      "hectopascals, corrected to the height of the station above the sea.</div></section>"
      "</main><footer><p>Copyright 2024 Weatherdeck</p></footer></body></html>",
      PageType::kService, {"public class Barometer extends Object", "corrected to the height"},
      {"Copyright 2024 Weatherdeck"});
}

TEST(RulesTest, HeadingOverALineOfLinksGoesWithIt) {
  // Javadoc lists the methods a class inherits as one line of links set
  // apart by commas under "Methods inherited from class ...", the next
  // section's heading right after it: the line goes as links, and its
  // heading with it, though on a service page a heading inside the text
  // stays over no text of its own. The next section's heading, over text,
  // stays.
  ExpectKeptAndDropped(
      "<html><head><title>Barometer (Weatherdeck 3.2 API)</title></head><body><main><h1 "
      "class=\"title\">Class Barometer</h1><section class=\"class-description\"><div "
      "class=\"block\">The barometer of one weather station, sampled every ten minutes and kept "
      "for a week, with the station's height read once when it starts.</div></section><section "
      "class=\"summary\"><h2>Method Summary</h2><div class=\"block\">Every method reads the "
      "last sample taken; none of them waits for the next one, and none of them blocks.</div>"
      "<div class=\"inherited-list\"><h3>Methods inherited from class java.lang.<a "
      "href=\"https://docs.example.org/Object.html\">Object</a></h3><code><a "
      "href=\"https://docs.example.org/Object.html#equals\">equals</a>, <a "
      "href=\"https://docs.example.org/Object.html#hashCode\">hashCode</a>, <a "
      "href=\"https://docs.example.org/Object.html#toString\">toString</a></code></div>"
      "</section><section class=\"details\"><h2>Method Details</h2><div class=\"block\">"
      "Returns the air pressure read at the last sample, in hectopascals, corrected to the "
      "height of the station above the sea.</div></section></main><footer><p>Copyright 2024 "
      "Weatherdeck</p></footer></body></html>",
      PageType::kService, {"none of them blocks.\n\nMethod Details\n\nReturns the air pressure"},
      {"Methods inherited", "hashCode"});
}

TEST(RulesTest, LastEntrysNotesStayAsTheEntriesBeforeIt) {
  // A reference's entries each close with their notes in a definition list
  // ("Returns:" over what is returned): short lines, kept between the
  // entries' descriptions. The last entry's notes come after the text's
  // last sentence, yet are its own as the others are; the footer after
  // them still goes.
  std::string entries;
  for (const char* method : {"pressure", "humidity", "temperature"}) {
    entries += std::string("<section class=\"detail\"><h3>") + method +
               "</h3><div class=\"block\">Returns the " + method +
               " read at the last sample taken by the station, corrected for its height above "
               "the sea.</div><dl class=\"notes\"><dt>Returns:</dt><dd>the " +
               method + " reading</dd></dl></section>";
  }
  ExpectKeptAndDropped(
      "<html><head><title>Barometer (Weatherdeck 3.2 API)</title></head><body><main><h1>Class "
      "Barometer</h1><section class=\"class-description\"><div class=\"block\">The barometer "
      "of one weather station, sampled every ten minutes and kept for a week, with the "
      "station's height read once when it starts.</div></section><section "
      "class=\"details\"><h2>Method Details</h2>" +
          entries +
          "</section></main><footer><p>Copyright 2024 Weatherdeck</p></footer></body></html>",
      PageType::kService,
      {"Returns:\n\nthe pressure reading", "above the sea.\n\nReturns:\n\nthe temperature reading"},
      {"Copyright 2024"});
}

TEST(RulesTest, DefinitionListHeadsStayWithTheirEntries) {
  // A listing of papers as a definition list: each <dt> (the number and its
  // links) heads the <dd> after it (title, authors). They interleave: one
  // list, heads and entries kept; the menu and the footer go.
  std::string entries;
  for (int i = 0; i < 6; ++i) {
    const std::string n = std::to_string(i + 1);
    entries += "<dt>[" + n + "] <a href=\"/abs/26" + n + "\">paper:2603.0" + n +
               "</a> [<a href=\"/pdf/26" + n + "\">pdf</a>]</dt><dd><div>Title: Tidal models of "
               "harbour basin number " + n + "</div><div><a href=\"/au/" + n + "\">Ann Author" + n +
               "</a>, <a href=\"/au/x" + n + "\">Bo Writer" + n + "</a></div></dd>";
  }
  Result<Article> a = Extract(
      "<html><head><title>Recent papers</title></head><body><nav><a href=\"/\">Home</a> "
      "<a href=\"/help\">Help pages</a></nav><main><h1>Recent papers</h1><dl>" + entries +
      "</dl></main><footer><p>Supported by the harbour science fund and its members</p>"
      "</footer></body></html>");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->page_type, PageType::kListing);
  for (const char* kept : {"[1] paper:2603.01 [pdf]", "Title: Tidal models of harbour basin number 1",
                           "[6] paper:2603.06 [pdf]", "Ann Author6, Bo Writer6"}) {
    EXPECT_NE(a->text.find(kept), std::string::npos) << "lost " << kept << ":\n" << a->text;
  }
  for (const char* dropped : {"Help pages", "harbour science fund"}) {
    EXPECT_EQ(a->text.find(dropped), std::string::npos) << "kept " << dropped << ":\n" << a->text;
  }
}

TEST(RulesTest, AManualPagesSectionsAreAllKept) {
  // A manual page: sibling <section>s, each a heading with its permalink and
  // its text. One section is long; the others are short and would each be
  // too small beside it to join as a region. On a documentation page they
  // are one list of sections, as a listing's items are: all stay. The page
  // tree beside them and the footer go.
  std::string sections =
      "<section id=\"s-inheritance\"><h2>Inheritance<a class=\"headerlink\" "
      "href=\"#s-inheritance\">#</a></h2>";
  for (int i = 0; i < 10; ++i) {
    sections += "<p>A record type may extend another one, and then it keeps every field of its "
                "parent and adds its own, stored in a table of its own beside the parent's "
                "table, step " + std::to_string(i) + ".</p>";
  }
  sections += "</section>";
  for (const char* name : {"Fields", "Names", "Relations", "Options", "Files"}) {
    sections += std::string("<section id=\"s-") + name + "\"><h2>" + name +
                "<a class=\"headerlink\" href=\"#s-" + name + "\">#</a></h2><p>Each record type "
                "declares its " + name + " in its body, as described in this short part.</p>"
                "</section>";
  }
  std::string tree;
  for (const char* page : {"Getting started", "Recording changes", "Queries", "Migrations"}) {
    tree += std::string("<li><a href=\"/docs/") + page + "\">" + page + "</a></li>";
  }
  ExpectKeptAndDropped(
      "<html><head><title>Records - Harbour framework manual</title><script "
      "type=\"application/ld+json\">{\"@type\":\"TechArticle\"}</script></head><body>"
      "<aside class=\"sidebar\"><ul>" + tree + "</ul></aside><main><article><h1>Records</h1>" +
          sections + "</article></main><footer><p>Harbour framework manual, licensed to "
          "everyone under the free documentation terms</p></footer></body></html>",
      PageType::kDocumentation,
      {"A record type may extend another one", "Fields", "declares its Fields in its body",
       "declares its Files in its body"},
      {"Recording changes", "Migrations", "free documentation terms"});
}

TEST(RulesTest, AManualsNumberedFigureCaptionGoes) {
  // A manual's figure (AsciiDoc's "imageblock"): the picture in a box, and
  // under it a line of no class of note, the figure's number and the
  // image's alt text ("Figure 9. A commit and its tree"). On an undated
  // manual the blocks between kept ones were all kept back, the caption
  // too; it is the picture's caption and goes. A paragraph that opens with
  // a figure's number and tells the figure in words of its own, the alt
  // at its end, stays, short or long.
  auto figure = [](const std::string& alt, const std::string& caption) {
    return "<div class=\"imageblock\"><div class=\"content\"><img src=\"/f.png\" alt=\"" + alt +
           "\"></div><div class=\"title\">" + caption + "</div></div>";
  };
  std::string body;
  for (int i = 0; i < 3; ++i) {
    body += "<div class=\"paragraph\"><p>A branch is a movable pointer to one of the "
            "commits of the history, and the default one is created with the first commit, "
            "step " + std::to_string(i) + ".</p></div>";
    body += figure("A commit and its tree number " + std::to_string(i),
                   "Figure " + std::to_string(9 + i) + ". A commit and its tree number " +
                       std::to_string(i));
  }
  body += figure("Two branches pointing into history",
                 "Figure 12 shows how two branches point into one series of commits, each "
                 "moving on with the commits made on it. Two branches pointing into history");
  // Under a picture, a line telling the figure, its alt at its end after a
  // word, not a number: the text's, and it stays.
  body += "<div class=\"imageblock\"><img src=\"/g.png\" alt=\"the whole history from the "
          "first commit\"></div><p>Figure 13 shows the whole history from the first commit</p>";
  body += "<div class=\"paragraph\"><p>Every commit made while on a branch moves that branch "
          "forward, so the pointer always follows the last commit you made on it.</p></div>";
  ExpectKeptAndDropped(
      "<html><head><title>Branches in a nutshell - Harbour manual</title><script "
      "type=\"application/ld+json\">{\"@type\":\"TechArticle\"}</script></head><body>"
      "<main><article><h1>Branches in a nutshell</h1>" + body +
          "</article></main></body></html>",
      PageType::kDocumentation,
      {"A branch is a movable pointer", "Figure 12 shows how two branches",
       "Figure 13 shows the whole history", "moves that branch forward"},
      {"Figure 9.", "Figure 10.", "Figure 11."});
}

TEST(RulesTest, AManualsOpeningSectionsJoinItsText) {
  // A command's manual page: sections of one template, each an <h2> over
  // its text. The name with its one-line summary and the synopsis open the
  // page, too short to join the description and options by score; they
  // are its first sections and stay. The walk back from the text stops at
  // the in-page contents, an <h2> over links, which goes with the list of
  // versions beside the text.
  auto section = [](const std::string& heading, const std::string& body) {
    return "<div class=\"sect1\"><h2>" + heading + "</h2><div class=\"sectionbody\">" + body +
           "</div></div>";
  };
  // The options are the longest section, the top candidate; the
  // description beside it joins by score.
  std::string description, options;
  for (int i = 0; i < 12; ++i) {
    if (i < 3) {
      description += "<p>The command stores the staged contents of the working tree as a new "
                     "record, with a message that says what changed and why, and moves the "
                     "current line of work onto it, step " + std::to_string(i) + ".</p>";
    }
    options += "<p>The option changes how the record is made: it may add every changed file "
               "first, take the message from a file or reuse the last record's message, case " +
               std::to_string(i) + ".</p>";
  }
  std::string versions;
  for (const char* v : {"2.4", "2.3", "2.2", "2.1"}) {
    versions += std::string("<li><a href=\"/docs/harbour-commit/") + v + "\">" + v + "</a></li>";
  }
  const std::string contents =
      "<ul><li><a href=\"#name\">NAME</a></li><li><a href=\"#synopsis\">SYNOPSIS</a></li>"
      "<li><a href=\"#description\">DESCRIPTION</a></li><li><a href=\"#options\">OPTIONS</a>"
      "</li></ul>";
  ExpectKeptAndDropped(
      "<html><head><title>harbour-commit - Harbour manual</title><script "
      "type=\"application/ld+json\">{\"@type\":\"TechArticle\"}</script></head><body>"
      "<div class=\"layout\"><aside class=\"versions\"><ol>" + versions + "</ol></aside>"
      "<div id=\"main\">" + section("In this page", contents) +
          section("NAME", "<p>harbour-commit - Record changes to the store</p>") +
          section("SYNOPSIS", "<pre>harbour commit [-a] [-m &lt;msg&gt;] [--amend]</pre>") +
          section("DESCRIPTION", description) + section("OPTIONS", options) +
          "</div></div></body></html>",
      PageType::kDocumentation,
      {"NAME", "harbour-commit - Record changes to the store", "SYNOPSIS",
       "harbour commit [-a]", "The command stores the staged contents",
       "The option changes how the record is made"},
      {"In this page", "2.3"});
}

TEST(RulesTest, AManualsBylineBetweenItsLeadAndItsTextGoes) {
  // A manual's page (a TechArticle) opens with its title, a lead sentence
  // under it, then the writer's card: a picture, "By ..." with a role, the
  // reading time. The lead is kept before the text; the card between the
  // lead and the text is no part of the manual between kept parts, and
  // goes. A heading inside the text, between kept parts, stays.
  std::string body;
  for (int i = 0; i < 3; ++i) {
    body += "<h2>Step " + std::to_string(i) + " of the setup</h2>"
            "<p>Each test starts a fresh copy of the store, loads the records it needs and "
            "checks what the code wrote back, so no test depends on the order they run in, "
            "case " + std::to_string(i) + ".</p>";
  }
  ExpectKeptAndDropped(
      "<html><head><title>Testing with a fresh store</title><script "
      "type=\"application/ld+json\">{\"@type\":\"TechArticle\"}</script></head><body>"
      "<div class=\"page\"><div><h1>Testing with a fresh store</h1><p>Every test gets a store "
      "of its own, so the tests can run side by side.</p><div><div><img src=\"/ada.jpg\" "
      "alt=\"Ada Lane\"></div><div><p>By Ada Lane</p><p>Staff engineer</p><p>12 min read</p>"
      "</div></div></div><div>" + body + "</div></div></body></html>",
      PageType::kDocumentation,
      {"Every test gets a store of its own", "Step 1 of the setup",
       "so no test depends on the order"},
      {"By Ada Lane", "Staff engineer", "12 min read"});
}

TEST(RulesTest, ABlogIndexOfDeclaredArticlesKeepsItsItems) {
  // A blog's index: each teaser declares itself a BlogPosting in microdata
  // (a linked title, the writer's linked name, a summary), none holding most
  // of the text. The page is a listing, not the article its declarations
  // say, and its items stay whole, writers and topic links included; the
  // menu and the footer's links go.
  std::string teasers;
  const char* titles[] = {"Why the ferry timetable changed", "A new pier for the old harbour",
                          "Counting boats in winter", "The lighthouse gets a new lamp"};
  const char* writers[] = {"Ann Lee", "Bo Berg", "Cy Moss", "Di Park"};
  const char* topics[] = {"ferries", "piers", "boats", "lights"};
  for (int i = 0; i < 4; ++i) {
    teasers += std::string("<div class=\"teaser\" itemscope itemtype=\"https://schema.org/"
                           "BlogPosting\"><h2><a href=\"/p/") + std::to_string(i) + "\">" +
               titles[i] + "</a></h2><p><a href=\"/by/" + std::to_string(i) + "\">" +
               writers[i] + "</a></p>";
    for (int k = 0; k < 3; ++k) {
      teasers += "<p>The harbour office wrote to every boat owner this week, and most of them "
                 "answered that the new rules would change how they plan their trips, part " +
                 std::to_string(k) + ".</p>";
    }
    teasers += std::string("<p><a href=\"/topic/") + topics[i] + "\">More on " + topics[i] +
               "</a></p></div>";
  }
  ExpectKeptAndDropped(
      "<html><head><title>Harbour blog</title></head><body><ul class=\"menu\"><li><a "
      "href=\"/\">Front page</a></li><li><a href=\"/about\">About the harbour</a></li><li><a "
      "href=\"/contact\">Contact us</a></li></ul><main><h1>Harbour blog</h1>" + teasers +
          "</main><footer><p><a href=\"/terms\">Terms of use</a> <a href=\"/privacy\">Privacy "
          "notice</a></p></footer></body></html>",
      PageType::kListing,
      {"Why the ferry timetable changed\n\nAnn Lee\n\nThe harbour office",
       "The lighthouse gets a new lamp\n\nDi Park", "part 2.\n\nMore on lights"},
      {"About the harbour", "Privacy notice"});
}

TEST(RulesTest, LinkedPromoCardsOfAListingStay) {
  // A firm's page of its services: each service a card whose whole box is a
  // link, classed as a promo, holding its name over a sentence. On a listing
  // the cards are its items and stay; an ad box (promo-worded, a line with
  // no heading over a sentence) and the menu go. (The tiles of insights
  // below make the page a listing.)
  std::string cards;
  const char* services[] = {"Audit", "Tax advice", "Payroll", "Risk", "Strategy"};
  for (int i = 0; i < 5; ++i) {
    cards += std::string("<div class=\"promo promo--services\"><a href=\"/services/") +
             std::to_string(i) + "\"><h3>" + services[i] + "</h3><div class=\"desc\">Our " +
             services[i] + " team works with owners of harbour businesses to plan the year "
             "ahead and keep their books in order.</div><span>Find out more</span></a></div>";
  }
  std::string insights;  // the tiles that make the page a listing
  for (int i = 0; i < 8; ++i) {
    insights += "<li class=\"tile\"><a href=\"/insights/" + std::to_string(i) +
                "\">Harbour trade outlook, part " + std::to_string(i) + "</a></li>";
  }
  ExpectKeptAndDropped(
      "<html><head><title>Services</title></head><body><ul class=\"menu\"><li><a "
      "href=\"/\">Front page</a></li><li><a href=\"/about\">About the firm</a></li><li><a "
      "href=\"/jobs\">Work with us</a></li></ul><main><h1>Our services</h1><p>Whatever "
      "the size of your business, our people help you plan, report and grow with "
      "confidence.</p><div class=\"grid\">" + cards + "</div><div class=\"promo\"><a "
      "href=\"/offer\">Half price on your first year</a></div><h2>Latest insights</h2><ul>" +
          insights + "</ul></main></body></html>",
      PageType::kListing,
      {"Audit\n\nOur Audit team works with owners", "Strategy\n\nOur Strategy team"},
      {"Half price on your first year", "About the firm"});
}

TEST(RulesTest, CommentsBesideAListingsItemsGo) {
  // A list of books ranked by votes, with readers' comments under it that
  // hold more text than the list: the items are the content, the comments
  // go; each item's title, author and rating stay.
  std::string books, comments;
  const char* titles[] = {"The Harbour Keeper", "Salt and Tide", "The Quay at Dusk",
                          "Lanterns Over Water", "A Pier in Winter", "The Last Ferry"};
  for (int i = 0; i < 6; ++i) {
    books += "<tr class=\"book\"><td>" + std::to_string(i + 1) + "</td><td><a href=\"/b/" +
             std::to_string(i) + "\">" + titles[i] + "</a> by <a href=\"/a/" + std::to_string(i) +
             "\">Author " + std::to_string(i) + "</a><div>4." + std::to_string(i) +
             " avg rating, " + std::to_string(900 - 100 * i) + " people voted</div></td></tr>";
  }
  for (int i = 0; i < 5; ++i) {
    comments += "<div class=\"comment\"><p class=\"meta\">message " + std::to_string(i + 1) +
                ": by <a href=\"/u/" + std::to_string(i) + "\">Reader " + std::to_string(i) +
                "</a></p><p>I cannot believe this list leaves out so many of the books I grew "
                "up with, and ranks the newer ones above the classics that everyone should have "
                "read at school at least once before they leave.</p></div>";
  }
  Result<Article> a = Extract(
      "<html><head><title>Best Harbour Books</title></head><body><nav><a href=\"/\">Home</a> "
      "<a href=\"/lists\">All lists</a></nav><main><h1>Best Harbour Books</h1><table "
      "class=\"list\">" + books + "</table><div class=\"comments\"><h2>Discussion</h2>" +
      comments + "</div></main></body></html>");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->page_type, PageType::kListing);
  for (const char* kept : {"The Harbour Keeper", "Author 0", "4.0 avg rating, 900 people voted",
                           "The Last Ferry", "4.5 avg rating"}) {
    EXPECT_NE(a->text.find(kept), std::string::npos) << "lost " << kept << ":\n" << a->text;
  }
  for (const char* dropped : {"leaves out so many of the books", "message 3", "All lists"}) {
    EXPECT_EQ(a->text.find(dropped), std::string::npos) << "kept " << dropped << ":\n" << a->text;
  }
}

TEST(RulesTest, TilesBesideMuchLongerTextStayOut) {
  // The same tiles under a long buying guide: a strip beside the content,
  // left out; so are they on a page declaring itself an article.
  std::string guide = "<section class=\"guide\"><h2>How to choose a lamp</h2>";
  for (int i = 0; i < 8; ++i) {
    guide += "<p>A reading lamp should light the page and not the eyes: choose a shade that "
             "turns, a warm bulb of moderate strength, and a base heavy enough that the lamp "
             "stays put when the shade is moved.</p>";
  }
  guide += "</section>";
  Result<Article> a = Extract(CategoryPage("", guide));
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("A reading lamp should light the page"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Quay lantern"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("$55.00"), std::string::npos) << a->text;

  Result<Article> article = Extract(CategoryPage(
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Lamps\"}"
      "</script>", "<p>Harbour Lights opened a second shop on the quay this week, with a "
      "workshop where visitors can watch the lamps being polished by hand.</p>"));
  ASSERT_TRUE(article.ok());
  EXPECT_NE(article->text.find("opened a second shop on the quay"), std::string::npos)
      << article->text;
  EXPECT_EQ(article->text.find("$55.00"), std::string::npos) << article->text;
}

TEST(RulesTest, JsonLdBodyReplacesATeaserOverAPaywall) {
  // The HTML shows the story's first two paragraphs and a subscription
  // offer; JSON-LD holds the whole story. The body is not 1.5 times all the
  // kept text, but it is of the teaser found in it, and nothing after the
  // teaser is in it: the body replaces the page's text.
  const std::string p[] = {
      "The council approved the new river bridge on Tuesday night after a debate that lasted "
      "almost four hours and drew a crowd of two hundred residents to the town hall.",
      "The bridge will replace the old iron crossing, closed since the spring floods, and is "
      "expected to open to traffic and cyclists in the autumn of next year.",
      "Its cost, shared between the region and the town, is estimated at twelve million, which "
      "opponents called too much for a town of eight thousand people.",
      "Supporters answered that the detour through the valley costs shops and commuters more "
      "every month than the loan will cost the town over thirty years.",
  };
  auto page = [&](const std::string& body, const std::string& shown) {
    return "<html><head><title>Council approves new bridge | Valley Post</title>"
           "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":"
           "\"Council approves new bridge\",\"articleBody\":\"" + body + "\"}</script></head>"
           "<body><article><h1>Council approves new bridge</h1>" + shown + "</article></body></html>";
  };
  const std::string offer =
      "<div class=\"paywall\"><p>You have reached the end of the free part of this story. "
      "Our reporters cover the valley every day; readers who join us read every story.</p></div>";
  Result<Article> a = Extract(page(p[0] + "\\n" + p[1] + "\\n" + p[2] + "\\n" + p[3],
                                   "<p>" + p[0] + "</p><p>" + p[1] + "</p>" + offer));
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text, p[0] + "\n\n" + p[1] + "\n\n" + p[2] + "\n\n" + p[3]);
  // A body shorter than the page's text (a summary) does not replace it,
  // nor does a longer one when the kept text does not open with it.
  Result<Article> summary = Extract(page(p[0] + "\\n" + p[1],
      "<p>" + p[0] + "</p><p>" + p[1] + "</p><p>" + p[2] + "</p><p>" + p[3] + "</p>"));
  ASSERT_TRUE(summary.ok());
  EXPECT_EQ(summary->text, p[0] + "\n\n" + p[1] + "\n\n" + p[2] + "\n\n" + p[3]);
  Result<Article> other = Extract(page(p[0] + "\\n" + p[1] + "\\n" + p[2] + "\\n" + p[3],
                                       "<p>" + p[2] + "</p>" + offer + "<p>" + p[3] + "</p>"));
  ASSERT_TRUE(other.ok());
  EXPECT_EQ(other->text.find(p[0]), std::string::npos) << other->text;
  EXPECT_NE(other->text.find("free part of this story"), std::string::npos) << other->text;
}

TEST(RulesTest, JsonLdBodyWrittenAsHtmlIsReadAsHtml) {
  // A CMS writes its body's markup, or its character references alone,
  // into JSON-LD's articleBody: it is read as HTML, each paragraph and each
  // line of the string a line of the text, the references decoded. A "<"
  // or "&" in words is text as written.
  auto text_of = [](const std::string& body) {
    Result<Article> a = Extract(
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\"" +
        body + "\"}</script><div id=app>Loading</div>");
    return a.ok() ? a->text : std::string("(error)");
  };
  EXPECT_EQ(text_of("<p>The council met on Tuesday night, as it does every month.</p><p>The "
                    "bridge&#8217;s cost was set at <b>twelve</b> million.</p>"),
            "The council met on Tuesday night, as it does every month.\n\n"
            "The bridge\u2019s cost was set at twelve million.");
  EXPECT_EQ(text_of("The council met on Tuesday night, as it does &amp; every month.\\n"
                    "Second paragraph."),
            "The council met on Tuesday night, as it does & every month.\n\nSecond paragraph.");
  EXPECT_EQ(text_of("Shares of AT&T rose as costs < revenue, the council said on Tuesday.\\n"
                    "Second <paragraph>."),
            "Shares of AT&T rose as costs < revenue, the council said on Tuesday.\n\n"
            "Second <paragraph>.");
  // Its hidden parts are left out, a paragraph inside a hidden box too.
  EXPECT_EQ(text_of("<p>The council met on Tuesday night, as it does every month.</p><div "
                    "style=\\\"display:none\\\"><p>Subscribe to read the rest.</p></div><p "
                    "hidden>Hidden line.</p><p>The bridge&#8217;s cost was set.</p>"),
            "The council met on Tuesday night, as it does every month.\n\n"
            "The bridge\u2019s cost was set.");
}

// A thread declared as `type` in JSON-LD: a first post (`first`) and
// `replies` answers in a section classed as comments.
std::string ThreadWithCommentClassedReplies(const std::string& first, int replies,
                                            const std::string& type = "DiscussionForumPosting") {
  const std::string declared =
      "<script type=\"application/ld+json\">{\"@type\":\"" + type + "\"}</script>";
  const char* kReplies[] = {
      "We started adding fifteen percent for the staff on every catering proposal, written as "
      "its own line, and nobody has ever asked us to take it off the bill.",
      "My view is that the price should include everything from the start. Clients hate "
      "surprises on the invoice more than they hate a higher quote on the first page.",
      "Many clients simply do not know that caterers are tipped at all, so we tell them, "
      "politely and early, and most of them are glad that somebody told them.",
  };
  std::string html = "<html><head><title>Catering tips</title>" + declared +
                     "</head><body><h1>Catering tips</h1><div class=\"topic\"><div class=\"op\">"
                     "<a href=\"/u/1\">hogfarmer</a><p>7/9/05 7:57 PM</p><p>" + first +
                     "</p></div><div class=\"replies comments\">";
  for (int i = 0; i < replies; ++i) {
    html += std::string("<div class=\"reply\"><a href=\"/u/") + std::to_string(i + 2) +
            "\">member" + std::to_string(i + 2) + "</a><p>7/1" + std::to_string(i) +
            "/05 8:56 PM</p><p>" + kReplies[i % 3] + "</p></div>";
  }
  return html + "</div></div></body></html>";
}

TEST(RulesTest, RepliesOfAThreadInACommentSectionStay) {
  // A thread's replies are its content, even in a section classed as comments.
  const std::string first =
      "Here is an idea to raise your tips: in catering proposals, add a line for a "
      "discretionary gratuity and let the client decide on the amount.";
  Result<Article> a = Extract(ThreadWithCommentClassedReplies(first, 3));
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->page_type, PageType::kForum);
  for (const char* kept : {"add a line for a discretionary gratuity", "fifteen percent for the staff",
                           "Clients hate surprises", "so we tell them"}) {
    EXPECT_NE(a->text.find(kept), std::string::npos) << "lost \"" << kept << "\": " << a->text;
  }
  // A Q&A page's comments are remarks beside the answers.
  Result<Article> qa = Extract(ThreadWithCommentClassedReplies(first, 3, "QAPage"));
  ASSERT_TRUE(qa.ok());
  EXPECT_EQ(qa->page_type, PageType::kForum);
  EXPECT_EQ(qa->text.find("fifteen percent for the staff"), std::string::npos) << qa->text;
  // Beside a first post three times longer than they are, the comments are
  // an article's.
  Result<Article> article = Extract(ThreadWithCommentClassedReplies(
      std::string(kStory) + kStory + kStory, 3));
  ASSERT_TRUE(article.ok());
  EXPECT_EQ(article->page_type, PageType::kForum);
  EXPECT_NE(article->text.find("The river rose by two metres"), std::string::npos) << article->text;
  EXPECT_EQ(article->text.find("fifteen percent for the staff"), std::string::npos) << article->text;
}

TEST(RulesTest, SecondCopyOfABannerAddsNoWeight) {
  // A notice written twice, for phones and for desktops, beside a service
  // page whose builder wraps each paragraph in its own section: counted
  // twice it outweighs the longest section.
  const std::string notice =
      "Important update: our clinic on Main Street is not affiliated with the hospital "
      "group named in recent news, and we remain open for every appointment.";
  auto section = [](const std::string& inner) {
    return "<div class=\"sec\"><div class=\"row\"><div class=\"col\"><div class=\"mod\">"
           "<div class=\"inner\">" + inner + "</div></div></div></div></div>";
  };
  const std::string page =
      "<html><head><title>Dental care | Valley Health</title></head><body>"
      "<div class=\"bulletin\"><div class=\"desktop\">" + notice +
      "</div><div class=\"mobile\">" + notice + "</div></div>"
      "<div id=\"page\">" +
      section("<p>Our dentists, assistants and hygienists treat adults and children at three "
              "centers in the valley with modern treatment rooms and same-week visits for new "
              "patients who call before noon on any weekday of the month ahead of their visit "
              "and bring the forms from the front desk.</p>") +
      section("<p>Cleanings, fillings, extractions, x-rays and preventive care are offered at "
              "every center, and root canals on select teeth at two of them.</p>") +
      section("<p>A walk-in clinic opens most Saturdays for dental emergencies, and no one "
              "is turned away for inability to pay, with fees on a sliding scale.</p>") +
      "</div><footer><p>Copyright Valley Health</p></footer></body></html>";
  ExpectKeptAndDropped(page, PageType::kArticle,
                       {"treat adults and children at three centers",
                        "preventive care are offered at every center",
                        "with fees on a sliding scale."},
                       {"not affiliated with the hospital"});
}

TEST(RulesTest, ComponentClassesOpenedByCmpAreNoConsentBanner) {
  // A page built of components whose classes open with "cmp-" (Adobe
  // Experience Manager's "cmp-text", "cmp-title__text") is content; a
  // consent manager's box ("usercentrics-cmp") still goes.
  auto text = [](const std::string& words) {
    return "<div class=\"text\"><div class=\"cmp-text\"><p>" + words + "</p></div></div>";
  };
  const std::string page =
      "<html><head><title>Consulting services | Example Advisory</title></head><body>"
      "<div class=\"usercentrics-cmp\"><p>We use cookies to improve your experience, measure "
      "traffic and show offers; accept them all or choose which ones we may use.</p></div>"
      "<main><div class=\"cmp-container\"><div class=\"title\"><h1 class=\"cmp-title__text\">"
      "Consulting services</h1></div>" +
      text("Our consultants help companies plan and carry out change, from strategy and "
           "operations to technology, with teams that stay until the results show.") +
      "<div class=\"cmp-container\">" +
      text("Strategy work starts with the numbers: where the company earns its money, where it "
           "loses it, and which markets it can still win in the next five years.") +
      text("Operations teams redesign supply chains and finance processes, and measure the "
           "savings every quarter against the plan agreed at the start.") +
      "</div></div></main><footer><p>Copyright Example Advisory</p></footer></body></html>";
  ExpectKeptAndDropped(page, PageType::kArticle,
                       {"help companies plan and carry out change",
                        "which markets it can still win", "against the plan agreed"},
                       {"We use cookies"});
}

// A page streamed by React: the shell's <main> holds placeholders
// (<template id="B:n">) and a loading line; the parts themselves come at the
// end, hidden (<div hidden id="S:n">), for a script to move into place.
// React numbers them in hexadecimal: `first` and `second` name the two.
std::string StreamedPage(const std::string& shown, const std::string& first = "0",
                         const std::string& second = "1") {
  return "<html><head><title>Hosting for builders | Example Cloud</title></head><body>"
         "<nav><ul><li><a href=\"/pricing\">Pricing</a></li><li><a href=\"/docs\">Docs</a></li>"
         "</ul></nav><main>" + shown +
         "<section><!--$?--><template id=\"B:" + first + "\"></template><!--/$--></section>"
         "<section><!--$?--><template id=\"B:" + second + "\"></template><!--/$--></section>"
         "</main><footer><p>Copyright Example Cloud</p></footer>"
         "<div hidden class=\"modal\"><p>Sign up for our newsletter and get the latest product "
         "news, tips and offers delivered every month to your inbox.</p></div>"
         "<div hidden id=\"S:" + second + "\"><h2>Databases</h2><p>Managed databases come with "
         "daily backups, read replicas and point-in-time recovery, so a bad deploy costs "
         "minutes.</p></div><script>$RC(\"B:" + second + "\",\"S:" + second + "\")</script>"
         "<div hidden id=\"S:" + first + "\"><h2>Deploys</h2><p>Connect a repository and every "
         "push is built and deployed on the runtime your framework needs, with previews for each "
         "change.</p></div><script>$RC(\"B:" + first + "\",\"S:" + first + "\")</script>"
         "</body></html>";
}

TEST(RulesTest, StreamedPartsAreReadInPlaceWhenNothingShownHoldsText) {
  // Parts 0 and 1, and parts a and b (the eleventh and twelfth: React writes
  // the numbers in hexadecimal; read as decimal only, they stayed hidden and
  // the page came out empty).
  for (const auto& [first, second] : {std::pair<std::string, std::string>{"0", "1"}, {"a", "b"},
                                      {"9", "1f"}}) {
    SCOPED_TRACE("parts " + first + " and " + second);
    Result<Article> a = Extract(StreamedPage("", first, second));
    ASSERT_TRUE(a.ok());
    ASSERT_TRUE(a->found) << a->text;
    const std::size_t deploys = a->text.find("every push is built and deployed");
    const std::size_t databases = a->text.find("read replicas and point-in-time recovery");
    ASSERT_NE(deploys, std::string::npos) << a->text;
    ASSERT_NE(databases, std::string::npos) << a->text;
    EXPECT_LT(deploys, databases) << "read in the placeholders' order: " << a->text;
    for (const char* dropped : {"Sign up for our newsletter", "Pricing", "Copyright"}) {
      EXPECT_EQ(a->text.find(dropped), std::string::npos) << "kept \"" << dropped << "\"";
    }
  }
}

TEST(RulesTest, StreamedPartsStayHiddenBesideShownText) {
  Result<Article> a = Extract(StreamedPage(
      "<h1>Hosting for builders</h1><p>Example Cloud runs web services, workers and cron jobs "
      "for teams of every size, and scales them with the traffic they get.</p><p>Teams move "
      "here from their own servers in a day, and pay only for the hours their services run.</p>"));
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("scales them with the traffic"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("every push is built"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Sign up for our newsletter"), std::string::npos) << a->text;
}


TEST(RulesTest, ServiceFeatureTitlesInsideTheTextStay) {
  // A service page tells some of its features by their titles alone (a grid
  // of cards, each a heading over an icon): inside the text they stay; a
  // heading after the last text still goes. The page shows its date in a
  // line of its own, so that the blocks between its kept ones are not kept
  // for lying there (KeepBetweenKept) and the titles stay by this rule. The
  // same page declared an article keeps to headings over text.
  auto page = [](const std::string& declared) {
    return "<html><head><title>Data consulting | Northwind Analytics</title>"
           "<meta property=\"og:type\" content=\"article\"><meta "
           "property=\"article:published_time\" content=\"2025-10-23\">" + declared +
           "</head><body><nav><a href=\"/\">Home</a> <a href=\"/about\">About</a></nav><main>"
           "<h1>Data consulting</h1><p>Updated on 23 Oct 2025</p><p>Our consultants turn the data "
           "a company already holds into reports its managers read every morning, and into "
           "forecasts they trust.</p>"
           "<h2>Why clients choose us</h2><div class=\"cards\"><div class=\"card\"><h3>Proven "
           "track record</h3></div><div class=\"card\"><h3>Clear roadmaps</h3></div>"
           "<div class=\"card\"><h3>Senior teams only</h3></div></div>"
           "<h2>How we work</h2><p>Every engagement starts with two weeks of interviews and "
           "ends with a handover, so that your own staff can run what we built.</p>"
           "<p>We price each phase on its own, and you may stop after any of them without "
           "paying for the rest of the plan.</p><h4>Follow us</h4></main>"
           "<footer><p>Northwind Analytics Ltd, registered in Leeds</p></footer></body></html>";
  };
  ExpectKeptAndDropped(page(""), PageType::kService,
                       {"Proven track record", "Clear roadmaps", "Senior teams only",
                        "two weeks of interviews", "without paying for the rest"},
                       {"Follow us", "About", "registered in Leeds"});
  ExpectKeptAndDropped(
      page("<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":"
           "\"Data consulting\"}</script>"),
      PageType::kArticle, {"two weeks of interviews"}, {"Proven track record", "Follow us"});
}

TEST(RulesTest, RelatedPagesBetweenAServicesSectionsGo) {
  // A course's page sets its "Popular courses" cards, a box of related
  // pages, between two of its sections. The blocks between a service's kept
  // parts are its own (KeepBetweenKept), but not those of a box of related
  // pages: the cards go, both sections stay.
  const std::string html =
      "<html><head><title>Free blockchain course | Chainwise Academy</title></head><body>"
      "<nav><a href=\"/\">Home</a> <a href=\"/courses\">Courses</a></nav><main><h1>Free "
      "blockchain course</h1><p>This free course teaches how a blockchain stores its records, "
      "how blocks are chained by their hashes and why no single party can rewrite them.</p>"
      "<h2>What you will learn</h2><p>Eight short lessons take you from a ledger kept on paper "
      "to a network of nodes that agree on one history without trusting each other.</p>"
      "<div class=\"related-courses\"><h3>Popular courses</h3><div class=\"course\"><h4>"
      "Certified Smart Contract Developer</h4><p>Certification, 64 lessons</p></div><div "
      "class=\"course\"><h4>Certified Token Economist</h4><p>Certification, 30 lessons</p>"
      "</div></div><h2>Who the course is for</h2><p>Anyone curious about the technology behind "
      "digital currencies; no programming is needed, and each lesson ends with a short quiz "
      "you may take again.</p></main><footer><p>Chainwise Academy, registered in Dublin</p>"
      "</footer></body></html>";
  ExpectKeptAndDropped(html, PageType::kService,
                       {"What you will learn\n\nEight short lessons",
                        "Who the course is for\n\nAnyone curious"},
                       {"Popular courses", "Certified Token Economist", "64 lessons"});
}

TEST(RulesTest, AVoteOnThePageGoes) {
  // A help centre's article closes with the reader's vote on it: a short
  // question in a box beside Yes and No buttons, with a count of the votes
  // ("Was this article helpful?", Zendesk; "Did this answer your
  // question?", Intercom). It is no heading of the page's text: the box
  // goes, question and count. A question opening an FAQ's box of text stays,
  // though the box holds a button too ("Copy link").
  auto page = [](const std::string& vote) {
    return "<html><head><title>Printing your tide tables | Tidewater Help Center</title></head>"
           "<body><header><a href=\"/\">Tidewater Help Center</a></header><main><section "
           "class=\"article\"><h1>Printing your tide tables</h1><div class=\"article-body\"><p>"
           "Tide tables print on A4 or Letter paper, one month to a page, with the harbour's "
           "name and the units in the heading of each page.</p><h2>Choosing the months</h2><p>"
           "Pick the first and the last month in the print dialog; the tables between them are "
           "printed in order, and a year's tables take twelve pages.</p><div class=\"faq\"><h3>"
           "Can I print one week only?</h3><p>Yes: choose the week in the calendar beside the "
           "dialog, and only its seven days are printed, on one page.</p><button "
           "class=\"copy-link\">Copy link</button></div></div>" + vote +
           "</section></main><footer><p>Tidewater Ltd</p></footer></body></html>";
  };
  ExpectKeptAndDropped(
      page("<div class=\"article-votes\"><h2>Was this article helpful?</h2><div "
           "class=\"controls\"><button class=\"vote-up\">Yes</button><button "
           "class=\"vote-down\">No</button></div><small>3 out of 5 found this helpful</small>"
           "</div>"),
      PageType::kService,
      {"Choosing the months\n\nPick the first", "Can I print one week only?\n\nYes: choose"},
      {"Was this article helpful?", "found this helpful"});
  ExpectKeptAndDropped(
      page("<div class=\"reaction-picker\" role=\"group\"><div class=\"reaction-prompt\">Did "
           "this answer your question?</div><button class=\"reaction\">&#x1F61E;</button>"
           "<button class=\"reaction\">&#x1F610;</button><button class=\"reaction\">"
           "&#x1F603;</button></div>"),
      PageType::kService, {"Pick the first", "Can I print one week only?"},
      {"Did this answer your question?"});
}

TEST(RulesTest, ServiceLinesStyledAsSecondaryStay) {
  // A service page built with a utility framework colours its features'
  // descriptions "text-secondary": each such box holds one line of text,
  // no sidebar. On a service page (any page but a story) the lines stay; a
  // box so worded that holds several blocks (a column of news beside the
  // sections, opened by a line of text) and one holding a short label still
  // go, as do the menu and the footer. The page
  // shows its date in a line of its own, so that the blocks between its
  // kept ones are not kept for lying there (KeepBetweenKept).
  auto feature = [](const std::string& title, const std::string& text) {
    return "<section class=\"feature py-8\"><h2>" + title +
           "</h2><div class=\"text-body-sm text-secondary\">" + text + "</div></section>";
  };
  const std::string html =
      "<html><head><title>Cloud hosting | Skyport</title><meta "
      "property=\"article:published_time\" content=\"2025-10-23\"></head><body>"
      "<nav><a href=\"/\">Home</a> <a href=\"/pricing\">Pricing</a></nav><main>"
      "<section class=\"hero\"><h1>Cloud hosting for your team</h1><p>Updated on 23 Oct "
      "2025</p><p>Skyport runs web "
      "services, workers and databases from one dashboard, and scales them as your traffic "
      "grows through the day.</p></section>" +
      feature("Preview environments",
              "Every pull request gets its own copy of the app, with a link your reviewers can "
              "open before you merge it.") +
      feature("Autoscaling",
              "Instances are added when the load rises and removed when it falls, so you pay "
              "only for what you use.") +
      feature("Managed databases",
              "Backups run every night and are kept for a month, and a copy can be restored "
              "with one click.") +
      "<div class=\"text-secondary\"><p>Skyport opens two data centres in South America and "
      "one in Asia, the company announced on Tuesday.</p><p>Latest news</p></div>"
      "<div class=\"text-secondary\">Sponsored</div>"
      "<section class=\"feature py-8\"><h2>Support</h2><p>Engineers answer tickets around "
      "the clock, and every plan includes a call with one of them each month.</p></section>"
      "</main><footer><p>Skyport Inc. All rights reserved.</p></footer></body></html>";
  ExpectKeptAndDropped(html, PageType::kService,
                       {"Every pull request gets its own copy", "Instances are added when the load",
                        "Backups run every night", "Engineers answer tickets"},
                       {"Skyport opens two data centres", "Sponsored", "Pricing",
                        "All rights reserved"});
  // A manual (declared a TechArticle) sets its lines so too, and keeps them.
  std::string manual = html;
  manual.insert(manual.find("</head>"),
                "<script type=\"application/ld+json\">{\"@type\":\"TechArticle\"}</script>");
  ExpectKeptAndDropped(manual, PageType::kDocumentation,
                       {"Every pull request gets its own copy", "Backups run every night"},
                       {"Skyport opens two data centres", "Sponsored"});
  // A story colours its photo's credit line so: there it stays chrome.
  ExpectKeptAndDropped(
      "<html><head><title>River floods lower town | Valley Post</title><script "
      "type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"River floods "
      "lower town\"}</script></head><body><article><h1>River floods lower town</h1>" +
          std::string(kStory) +
          "<div class=\"text-sm text-secondary\">Residents carried their furniture upstairs as "
          "the water rose, in a photograph taken by our reporter on Monday.</div>" + kStory +
          "</article></body></html>",
      PageType::kArticle, {"The river rose by two metres overnight"},
      {"Residents carried their furniture upstairs"});
}

// The first `count` (up to five) sections of a team-chat service's page,
// each a heading over a sentence, in <section class="feature"> boxes.
std::string RelaySections(std::size_t count) {
  const char* sections[] = {
      "<h2>Alerts where you talk</h2><p>Build failures and deploy notices land in the channel "
      "of the team that owns the service, with the log lines already attached.</p>",
      "<h2>Pages that reach the right person</h2><p>On-call rotations live next to the "
      "conversation, and a page escalates on its own when nobody answers in time.</p>",
      "<h2>Search across everything</h2><p>One search box finds messages, alerts and incident "
      "notes, so last month's outage report is a few keystrokes away.</p>",
      "<h2>Threads for each incident</h2><p>Every incident opens its own thread, and the "
      "timeline of who did what is written for you as the team works.</p>",
      "<h2>Reviews without the meeting</h2><p>After an incident Relay drafts the review from "
      "the thread, and the team edits it together before it is filed.</p>"};
  std::string out;
  for (std::size_t i = 0; i < count && i < std::size(sections); ++i) {
    out += std::string("<section class=\"feature\">") + sections[i] + "</section>";
  }
  return out;
}

TEST(RulesTest, ServiceLeadUnderItsHeadlineStays) {
  // A service's home page opens with its headline (an <h1> that does not
  // repeat <title>) and a line of lead in a box of its own, then a run of
  // figures, more short lines than a story's lead rule looks back over,
  // before the sections that make the region. The headline and the lead
  // stay, and the figures between it and the sections with it; the menu and
  // the footer go. The same page showing its date in a line of its own (a
  // story) and one whose <h1> is the site's linked logo keep to the
  // sections.
  auto page = [](const std::string& meta, const std::string& headline,
                 const std::string& dateline) {
    std::string stats;
    for (const char* s :
         {"3.6x", "faster fixes", "50%", "fewer pages", "2x", "shorter calls", "100M+",
          "messages a day", "250+", "integrations", "6,000+", "teams using it"}) {
      stats += std::string("<p>") + s + "</p>";
    }
    const std::string sections = RelaySections(5);
    return "<html><head><title>Relay | Home</title>" + meta +
           "</head><body><nav><a href=\"/\">Home</a> <a href=\"/pricing\">Pricing</a></nav>"
           "<div class=\"intro\"><h1>" +
           headline + "</h1>" + dateline +
           "<p>Relay brings your team's messages and build alerts into one place.</p>"
           "<div class=\"stats\">" +
           stats + "</div></div><main>" + sections +
           "</main><footer><p>Relay Inc, 12 Harbour Street, Portland</p></footer></body></html>";
  };
  const char* headline = "Team chat that keeps up with your builds";
  ExpectKeptAndDropped(page("", headline, ""), PageType::kService,
                       {headline, "Relay brings your team's messages", "messages a day",
                        "Alerts where you talk", "before it is filed."},
                       {"Pricing", "Harbour Street"});
  ExpectKeptAndDropped(page("<meta property=\"article:published_time\" content=\"2025-10-23\">",
                            headline, "<p>Updated on 23 Oct 2025</p>"),
                       PageType::kService, {"Alerts where you talk"},
                       {"Relay brings your team's messages", "messages a day"});
  ExpectKeptAndDropped(page("", "<a href=\"/\">Relay</a>", ""), PageType::kService,
                       {"Alerts where you talk"},
                       {"Relay brings your team's messages", "messages a day"});
}

TEST(RulesTest, ServiceLeadInsideAHeroBannerStays) {
  // A page builder sets a service's headline and lead in a hero banner
  // ("hero-banner" around the <h1>, "hero-banner--text" around the lead):
  // under an <h1> found as the service's headline (KeepLead) its box's
  // section words say layout, not an ad, and the lead stays. A banner that
  // does not hold the <h1> (an offer between the hero and the sections)
  // is still an ad and goes, and so is the hero's lead when the <h1> is
  // elsewhere.
  auto page = [](const std::string& hero_heading, const std::string& main_heading) {
    std::string sections;
    for (const char* s :
         {"<h2>Termite inspections</h2><p>Every inspection covers the foundation, the attic "
          "and the crawl space, and you get a written report the same day.</p>",
          "<h2>Ant and spider treatment</h2><p>We treat the outside of the house every other "
          "month and come back between visits at no charge if the pests return.</p>",
          "<h2>Scorpion sealing</h2><p>Our crews seal the gaps around doors, vents and pipes "
          "where scorpions get in, and check the work again after a month.</p>",
          "<h2>Rodent exclusion</h2><p>Traps come first, then we close the openings the mice "
          "used, so that the house stays clear once the traps are gone.</p>"}) {
      sections += std::string("<section class=\"service\">") + s + "</section>";
    }
    return "<html><head><title>Pest control | Termio</title></head><body>"
           "<nav><a href=\"/\">Home</a> <a href=\"/offers\">Offers</a></nav>"
           "<section class=\"hero-banner\"><div class=\"hero-banner--content\">" + hero_heading +
           "<div class=\"hero-banner--text\">If you are looking for protection from ants, "
           "spiders and termites, our local team is here to help.</div></div></section>"
           "<div class=\"offer-banner\"><p>Save twenty dollars on your first visit when you "
           "book online before the end of the month.</p></div><main>" + main_heading +
           sections + "</main><footer><p>Termio Ltd, 18 Canyon Road</p></footer></body></html>";
  };
  ExpectKeptAndDropped(page("<h1>Pest control in Queen Creek</h1>", ""), PageType::kService,
                       {"protection from ants", "Termite inspections", "again after a month."},
                       {"Save twenty dollars", "Canyon Road"});
  ExpectKeptAndDropped(page("<h2>Pest control in Queen Creek</h2>", "<h1>Our services</h1>"),
                       PageType::kService, {"Termite inspections"},
                       {"protection from ants", "Save twenty dollars"});
}

TEST(RulesTest, ServiceHeadlineOverItsTextStays) {
  // A service page built with Divi: its <h1> names the offer in words of its
  // own ("Kitchen design for Brevard County", not the <title>) and opens the
  // text, over a menu of the site's other offers and the sections. The
  // headline stays at the top of the text; the menu between it and the text
  // still goes. An <h1> that says the <title> again is the title, shown
  // apart, and goes, a label and a colon before it too ("Title:").
  auto page = [](const std::string& title,
                 const std::string& headline = "Kitchen design for Brevard County") {
    return "<html><head><title>" + title + "</title></head><body>"
           "<header class=\"et-l--header\"><a href=\"/\">Home</a> <a href=\"/about\">About"
           "</a></header><div class=\"et_pb_section et_pb_section_0\"><div class=\"et_pb_row\">"
           "<h1>" + headline + "</h1></div><div class=\"et_pb_row\">"
           "<h4>Services</h4><ul><li><a href=\"/bath\">Bathroom remodeling</a></li><li><a "
           "href=\"/floors\">Flooring</a></li><li><a href=\"/tile\">Tile work</a></li></ul>"
           "</div></div><div class=\"et_pb_section et_pb_section_1\">" + RelaySections(5) +
           "</div><footer><p>Shore Kitchens, 9 Dune Road</p></footer></body></html>";
  };
  ExpectKeptAndDropped(page("Kitchen Design Melbourne, FL | Shore Kitchens"), PageType::kService,
                       {"Kitchen design for Brevard County", "Alerts where you talk"},
                       {"Bathroom remodeling", "Tile work", "Dune Road"});
  Result<Article> a = Extract(page("Kitchen Design Melbourne, FL | Shore Kitchens"));
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.rfind("Kitchen design for Brevard County\n\nAlerts where you talk", 0), 0u)
      << a->text;
  ExpectKeptAndDropped(page("Kitchen design for Brevard County"), PageType::kService,
                       {"Alerts where you talk"}, {"Kitchen design for Brevard County"});
  ExpectKeptAndDropped(page("Kitchen design for Brevard County",
                            "<span class=\"descriptor\">Title:</span>Kitchen design for "
                            "Brevard County"),
                       PageType::kService, {"Alerts where you talk"}, {"Brevard County"});
}

TEST(RulesTest, SubtitleOverTheHeadlineInItsBoxStays) {
  // A service's hero sets its subtitle before its <h1> in one box and
  // lets its style show it below ("subtitle--below"): KeepLead read only
  // the blocks after the headline, and the subtitle went outside the region.
  // The box's first block, right over the headline, stays as the lead; the
  // same line in a box of its own over the headline, and a notice before the
  // hero, still go.
  auto page = [](const std::string& hero) {
    return "<html><head><title>Consulting | Acme Advisory</title></head><body>"
           "<nav><a href=\"/\">Home</a> <a href=\"/careers\">Careers</a></nav>"
           "<div class=\"notice\"><p>Our offices will be closed over the holidays, from the "
           "twentieth to the second.</p></div>"
           "<div class=\"hero\"><div class=\"hero__content\">" +
           hero + "</div></div><main>" + RelaySections(5) +
           "</main><footer><p>Acme Advisory, 4 Bank Street</p></footer></body></html>";
  };
  const char* subtitle = "Make decisions with confidence and clarity to reach your goals.";
  ExpectKeptAndDropped(
      page(std::string("<p class=\"hero__subtitle\">") + subtitle + "</p><h1>Consulting</h1>"),
      PageType::kService, {subtitle, "Alerts where you talk", "before it is filed."},
      {"offices will be closed", "Bank Street"});
  ExpectKeptAndDropped(page(std::string("<div class=\"hero__kicker\"><p>") + subtitle +
                            "</p></div><h1>Consulting</h1>"),
                       PageType::kService, {"Alerts where you talk"},
                       {subtitle, "offices will be closed"});
}

// Six tiles of a shop's grid: "<name> 1" to "<name> 6", each linked, over
// its price ($<first_price + i>.95).
std::string ShopTiles(const std::string& name, int first_price) {
  std::string tiles;
  for (int i = 1; i <= 6; ++i) {
    const std::string n = std::to_string(i);
    tiles += "<li class=\"tile\"><a href=\"/p/" + n + "\">" + name + " " + n + "</a><p>$" +
             std::to_string(first_price + i) + ".95</p></li>";
  }
  return tiles;
}

TEST(RulesTest, CollectionIntroUnderItsHeadlineStays) {
  // A shop's category opens with its <h1> and a line on the range in a box
  // its theme names "secondary-hero" ("secondary" says sidebar), then a
  // slider of the materials' short facts and the grid of tiles; the range's
  // guide comes after the grid. The line is the collection's intro: the
  // first text under its headline, in the headline's own box, whose words
  // name the box and its parts, not chrome (KeepLead with any <h1>, as on a
  // service page). A box worded alike that does not hold the <h1> (an offer
  // between the hero and the grid) still goes, and so does the hero's line
  // when the <h1> is elsewhere.
  auto page = [](const std::string& hero_heading, const std::string& guide_heading) {
    std::string slider;
    for (const char* fact :
         {"Steel", "Cold all day.", "Glass", "Pure taste.", "Plastic", "Light to carry.", "Bamboo",
          "Warm to hold.", "Copper", "Kept for years.", "Titanium", "Lightest of all.", "Silicone",
          "Folds away."}) {
      slider += std::string("<p>") + fact + "</p>";
    }
    const std::string tiles = ShopTiles("Steel bottle", 20);
    return "<html><head><title>All Bottles | Trail Shop</title></head><body><nav><a "
           "href=\"/\">Home</a> <a href=\"/bottles\">Bottles</a></nav><section "
           "class=\"section-secondary-hero\"><div class=\"secondary-hero__wrapper\">" +
           hero_heading +
           "<div class=\"secondary-hero__copy\">A bottle for every kind of trip. Shop steel "
           "bottles that keep water cold all day.</div></div></section><div "
           "class=\"secondary-promo\"><p>Free delivery on every order over fifty dollars, this "
           "month only.</p></div><div class=\"slider\">" +
           slider + "</div><ul class=\"grid\">" + tiles + "</ul><div class=\"text\">" +
           guide_heading +
           "<p>A good bottle is the one you carry every day. Steel keeps water cold through a "
           "long walk in the sun, glass keeps its taste pure, and a light plastic bottle weighs "
           "next to nothing in a pack.</p><p>Choose the size by the trip: half a litre for a "
           "walk in town, a litre for a day in the hills, and more for a long day where no tap "
           "is near.</p></div><footer><p>Trail Shop Ltd</p></footer></body></html>";
  };
  ExpectKeptAndDropped(page("<h1 class=\"secondary-hero__title\">All Bottles</h1>",
                            "<h2>Bottles for every trip</h2>"),
                       PageType::kCollection,
                       {"A bottle for every kind of trip.", "Steel bottle 6", "no tap is near."},
                       {"Free delivery", "Lightest of all.", "Trail Shop Ltd"});
  ExpectKeptAndDropped(page("<h2 class=\"secondary-hero__title\">All Bottles</h2>",
                            "<h1>Bottles for every trip</h1>"),
                       PageType::kCollection, {"Steel bottle 6", "no tap is near."},
                       {"A bottle for every kind of trip.", "Free delivery"});
}

TEST(RulesTest, CollectionsItemCountOverItsGridStays) {
  // A shop's category says how many items its grid holds on a line of its
  // own between the filters and the tiles ("128 items found", "20
  // products"): a number, then one or two words. Short and before the
  // text, it went as a line at the edge; on a collection it is the grid's
  // head, and stays, once (a theme writes it again for the phone's bar).
  // Other short lines there ("Sort by", "Size 9 to 12") still go.
  const std::string tiles = ShopTiles("Trail runner", 90);
  const std::string html =
      "<html><head><title>Running Shoes | Trail Shop</title></head><body><nav><a "
      "href=\"/\">Home</a> <a href=\"/shoes\">Shoes</a></nav><main><h1>Running Shoes</h1><div "
      "class=\"bar\"><p>Size 9 to 12</p><p>128 items found</p><p>128 items found</p><p>Sort "
      "by</p></div><ul "
      "class=\"grid\">" +
      tiles +
      "</ul><div class=\"text\"><h2>Shoes for every run</h2><p>A good running shoe fits the "
      "road you run on. A light shoe with a thin sole suits a fast run on the track, and a "
      "cushioned one a long run on hard streets.</p><p>Choose a trail shoe for mud and stones: "
      "its grip holds where a road shoe slips, and its upper keeps the grit out.</p></div></main>"
      "<footer><p>Trail Shop Ltd</p></footer></body></html>";
  ExpectKeptAndDropped(html, PageType::kCollection,
                       {"128 items found", "Trail runner 6", "keeps the grit out."},
                       {"Size 9 to 12", "Sort by", "Trail Shop Ltd"});
  Result<Article> a = Extract(html);
  ASSERT_TRUE(a.ok());
  const std::size_t count = a->text.find("128 items found");
  EXPECT_EQ(a->text.find("128 items found", count + 1), std::string::npos) << a->text;
}

TEST(RulesTest, ASignUpBoxsHeadlineGivesNoLead) {
  // A collection opens with a sign-up box, its own <h1> "Join the Trail
  // Club" over its offer, before the grid; the range's title is an <h2>
  // and its guide comes after the grid. The box's words name a part that
  // holds a heading of its own, not the headline's component: its offer is
  // no intro, though the <h1> is the one nearest the region.
  const std::string tiles = ShopTiles("Steel bottle", 20);
  const std::string html =
      "<html><head><title>All Bottles | Trail Shop</title></head><body><nav><a "
      "href=\"/\">Home</a> <a href=\"/bottles\">Bottles</a></nav><div "
      "class=\"newsletter-modal\"><div class=\"newsletter-modal__inner\"><h1>Join the Trail "
      "Club</h1><div class=\"newsletter-modal__copy\">Sign up for our letters and get ten "
      "percent off your first order, with news of every sale before anyone else hears of it."
      "</div></div></div><h2>Shop the range</h2><ul class=\"grid\">" +
      tiles +
      "</ul><div class=\"text\"><h2>Bottles for every trip</h2><p>A good bottle is the one you "
      "carry every day. Steel keeps water cold through a long walk in the sun, glass keeps its "
      "taste pure, and a light plastic bottle weighs next to nothing in a pack.</p><p>Choose the "
      "size by the trip: half a litre for a walk in town, a litre for a day in the hills, and "
      "more for a long day where no tap is near.</p></div><footer><p>Trail Shop Ltd</p></footer>"
      "</body></html>";
  ExpectKeptAndDropped(html, PageType::kCollection, {"Steel bottle 6", "no tap is near."},
                       {"Sign up for our letters", "Trail Shop Ltd"});
}

TEST(RulesTest, ServiceEyebrowOverTheFirstHeadingStays) {
  // A service page sets a short line over its first section's heading, a
  // kicker naming the offer ("Relay for support teams"): it stays with the
  // sections. A linked line there (a link to another offer) still goes, and
  // so does the kicker on a page that shows its date in a line of its own
  // (a story's dateline).
  auto page = [](const std::string& meta, const std::string& eyebrow,
                 const std::string& dateline) {
    const std::string sections = RelaySections(3);
    return "<html><head><title>Relay | Support</title>" + meta +
           "</head><body><nav><a href=\"/\">Home</a> <a href=\"/pricing\">Pricing</a></nav>"
           "<main>" + dateline + "<p class=\"eyebrow\">" + eyebrow +
           "</p><div class=\"sections\">" + sections +
           "</div></main><footer><p>Relay Inc, 12 Harbour Street</p></footer></body></html>";
  };
  const char* eyebrow = "Relay for support teams";
  ExpectKeptAndDropped(page("", eyebrow, ""), PageType::kService,
                       {eyebrow, "Alerts where you talk", "keystrokes away."},
                       {"Pricing", "Harbour Street"});
  ExpectKeptAndDropped(page("", std::string("<a href=\"/support\">") + eyebrow + "</a>", ""),
                       PageType::kService, {"Alerts where you talk"}, {eyebrow});
  ExpectKeptAndDropped(
      page("<meta property=\"article:published_time\" content=\"2025-10-23\">", eyebrow,
           "<p>Updated on 23 Oct 2025</p>"),
      PageType::kService, {"Alerts where you talk"}, {eyebrow});
}

TEST(RulesTest, PartsOfABannerSectionStay) {
  // A page builder names a service page's section "banner-bundle" and its
  // parts after it: the heading's box and the text's box
  // ("banner-bundle--content") each say banner, an ad's word. The section
  // holds its heading over the text, so it is a section, and so are its
  // parts: the text stays. An ad's box with no heading still goes, and on a
  // page that shows its date (a post, whose promo boxes are ads to it) so
  // does the banner's text.
  auto page = [](const std::string& meta) {
    return "<html><head><title>Relay | Support</title>" + meta +
           "</head><body><nav><a href=\"/\">Home</a> <a href=\"/pricing\">Pricing</a></nav>"
           "<main><div class=\"sections\">" + RelaySections(3) +
           "<section class=\"banner-bundle\"><div class=\"banner-bundle--headings\">"
           "<h2>Trusted by support teams</h2></div><div class=\"banner-bundle--content\">"
           "<p>Nine thousand teams run their rotations in Relay, most of them moved over from "
           "two or three separate tools.</p></div></section>"
           "<section class=\"feature\"><h2>Reports for each team</h2><p>Each team gets a weekly "
           "report of its alerts and pages, with the noisiest services named first.</p></section>"
           "<div class=\"promo-box\"><p>Save a fifth on the yearly plan when you switch before "
           "the end of the month.</p></div></div></main>"
           "<footer><p>Relay Inc, 12 Harbour Street</p></footer></body></html>";
  };
  ExpectKeptAndDropped(page(""), PageType::kService,
                       {"Alerts where you talk", "Nine thousand teams", "noisiest services"},
                       {"Save a fifth", "Harbour Street"});
  ExpectKeptAndDropped(
      page("<meta property=\"article:published_time\" content=\"2025-10-23\">"),
      PageType::kService, {"Alerts where you talk"}, {"Nine thousand teams", "Save a fifth"});
}

TEST(RulesTest, NoticeBarOverTheMastheadGoes) {
  // A service's page opens with a notice bar over the site's header ("we
  // are open"), two paragraphs, enough to join as a section beside the
  // region: above the masthead (the page's first <header> or <nav>) it is
  // the site's, not the page's, and goes, and with it the header's line
  // that would then lie between kept parts. The same notice set below the
  // header, between it and the sections, is read as a part of the page, as
  // before.
  auto page = [](bool above) {
    const std::string notice =
        "<div class=\"notice-bar\"><p>Important update: our offices are open as usual through "
        "the holidays, and the help desk keeps its Saturday hours on every weekend of the "
        "season.</p><p>Please call ahead if you need an interpreter or a wheelchair space, and "
        "we will have both ready when you arrive.</p></div>";
    const std::string header =
        "<header><nav><a href=\"/\">Home</a> <a href=\"/pricing\">Pricing</a></nav>"
        "<p>Call us on 0800 123 456, open every day</p></header>";
    return "<html><head><title>Relay | Support</title></head><body>" +
           (above ? notice + "<div class=\"page\">" + header
                  : "<div class=\"page\">" + header + notice) +
           "<div class=\"main-area\"><div class=\"sections\">" + RelaySections(5) +
           "<section class=\"feature\"><h2>Reports for each team</h2><p>Each team gets a weekly "
           "report of its alerts and pages, with the noisiest services named first and the "
           "quietest weeks marked, so that the work of cutting noise is easy to plan and to "
           "share.</p></section></div></div><div class=\"contact\"><p>Our offices in Leeds and "
           "York answer the phone from eight in the morning until six in the evening, every "
           "working day.</p></div></div><footer><p>Relay Inc, 12 Harbour Street</p></footer>"
           "</body></html>";
  };
  ExpectKeptAndDropped(page(true), PageType::kService,
                       {"Alerts where you talk", "easy to plan"},
                       {"Important update", "Please call ahead", "Call us on", "Harbour Street"});
  ExpectKeptAndDropped(page(false), PageType::kService,
                       {"Important update", "Please call ahead", "Alerts where you talk"},
                       {"Harbour Street"});
}

TEST(RulesTest, NoticeBarOverANamedMastheadGoes) {
  // A blog sets a site-wide notice ("Learn more about our checkup") over
  // its masthead, a <div id="header"> of links rather than a <header>,
  // beside the post's box: a lone paragraph before the post reads as its
  // lead and joined the region. Above the masthead it is the site's, and
  // goes; the same paragraph set between the masthead and the post is
  // still read as the post's lead.
  auto page = [](bool above) {
    const std::string notice =
        "<div class=\"alert\"><p>Are you satisfied with the state of your household budget? "
        "Learn more about our yearly money checkup for families.</p></div>";
    const std::string masthead =
        "<div id=\"header\"><a href=\"/\">Home</a> <a href=\"/blog\">Blog</a> "
        "<a href=\"/about\">About</a></div>";
    return "<html><head><title>River floods lower town | Valley Post</title></head><body>"
           "<div id=\"wrapper\">" +
           (above ? notice + masthead : masthead + notice) +
           "<div class=\"post\"><h1>River floods lower town</h1>" + std::string(kStory) +
           "</div></div><div class=\"site-end\"><p>Valley Post, 4 Mill Lane</p></div>"
           "</body></html>";
  };
  ExpectKeptAndDropped(page(true), PageType::kArticle, {"The river rose", "before spring."},
                       {"household budget", "Mill Lane"});
  ExpectKeptAndDropped(page(false), PageType::kArticle,
                       {"household budget", "The river rose", "before spring."}, {"Mill Lane"});
}

TEST(RulesTest, BoxAfterThePagesFooterGoes) {
  // A college's blog closes its page with the site's footer (a <footer>,
  // or a box named so) and, after it, a box of its own: a line about the
  // college in a "subfooter", or a cookie notice. The post's box and the
  // footer's and the last box are siblings, and the last, a paragraph
  // with no links, joined the post as a part of it. Past the footer it is
  // the site's and goes; the same box set between the post and the footer
  // still joins.
  auto page = [](bool after, bool named) {
    const std::string note =
        "<div class=\"base-note\"><p>Ridge College is a private, non-profit institution of "
        "higher learning, teaching nurses, engineers and teachers in the valley since 1875, "
        "and it is accredited by the regional board of higher learning.</p></div>";
    const std::string footer =
        std::string(named ? "<div class=\"site-footer\">" : "<footer>") +
        "<a href=\"/about\">About</a> <a href=\"/jobs\">Jobs</a> "
        "<a href=\"/terms\">Terms</a>" + (named ? "</div>" : "</footer>");
    return "<html><head><title>River floods lower town | Valley Post</title></head><body>"
           "<div class=\"post\"><h1>River floods lower town</h1>" + std::string(kStory) +
           "</div>" + (after ? footer + note : note + footer) + "</body></html>";
  };
  for (bool named : {false, true}) {
    ExpectKeptAndDropped(page(true, named), PageType::kArticle,
                         {"The river rose", "before spring."}, {"Ridge College", "Jobs"});
    ExpectKeptAndDropped(page(false, named), PageType::kArticle,
                         {"The river rose", "before spring.", "Ridge College"}, {"Jobs"});
  }
}

TEST(RulesTest, WritersBoxAfterTheTextGoes) {
  // A magazine closes its story with the writer's box, its classes saying
  // nothing (generated names): her photo, her linked name, her role and
  // her bio. Opened by the name the page declares as its author, holding
  // no text before that name and reaching the end of the kept text, the
  // box goes; the byline over the story stays, and so does the bio on a
  // page that declares no author, and a line naming her inside the text.
  auto page = [](bool declared) {
    return std::string("<html><head><title>River floods lower town | Valley Post</title>") +
           (declared ? "<meta name=\"author\" content=\"Jane Marlow\">" : "") +
           "</head><body><div class=\"css-1x2\"><h1>River floods lower town</h1>"
           "<p>By Jane Marlow</p>" + kStory +
           "<p>Jane Marlow</p><p>The clean-up crews will start on the lower streets "
           "first, where the water stood longest, and move uphill as the ground dries.</p>"
           "<div class=\"css-9qz\"><img src=\"/jm.jpg\" alt=\"Headshot\"><a href=\"/author/jm\">"
           "Jane Marlow</a><div>Contributing Writer</div><p>Jane Marlow is a freelance "
           "writer living in the valley. Over the past ten years she has covered floods, "
           "farming and the towns along the river for regional papers.</p></div></div>"
           "</body></html>";
  };
  ExpectKeptAndDropped(page(true), PageType::kArticle,
                       {"The river rose", "Jane Marlow\n\nThe clean-up crews", "as the ground dries."},
                       {"Contributing Writer", "freelance writer living"});
  ExpectKeptAndDropped(page(false), PageType::kArticle,
                       {"The river rose", "freelance writer living"}, {});
}

TEST(RulesTest, WritersBoxUnderALabelGoesWithWhatLittleFollows) {
  // A blog closes its post with the writer's box, its classes generated:
  // her photo, a label ("written by") over her linked name, her role and her
  // bio, then a box linking to the site's editorial policy. The label, kept
  // as a short line, held the box open before the name; the policy's lines
  // after it, kept too, meant the box did not reach the end of the text.
  // Both go with the box: a label of a few words may open it, and kept text
  // after it that is less than the box holds is the site's closing matter.
  // Where the writer's box stands between the lead and the story (more text
  // after it than in it), the story stays.
  const std::string box =
      "<div class=\"c-7f2\"><img src=\"/jm.jpg\" alt=\"jm.jpg\"><div><span>written by</span>"
      "<div><a href=\"/author/jane-marlow\">Jane Marlow</a></div><span>Chief Business "
      "Editor</span><p>Jane Marlow is an editor who writes research-based guides on the "
      "valley's towns and their rivers for readers everywhere.</p></div></div>";
  auto page = [&](bool closing) {
    const std::string policy =
        "<section class=\"c-9a1\"><div>our editorial policy</div><p>Explore our editorial "
        "policy to learn about our standards for content.</p></section>";
    return std::string("<html><head><title>River floods lower town | Valley Post</title>"
                       "<meta name=\"author\" content=\"Jane Marlow\"></head><body>"
                       "<div class=\"c-1x2\"><h1>River floods lower town</h1>") +
           (closing ? std::string(kStory) + box + policy
                    : "<p>" + std::string(kLead) + "</p>" + box + kStory) +
           "</div><footer><p>Valley Post, 2 Mill Lane</p></footer></body></html>";
  };
  ExpectKeptAndDropped(page(true), PageType::kArticle,
                       {"The river rose", "not be able to return before spring."},
                       {"written by", "Chief Business Editor", "research-based guides",
                        "editorial policy"});
  ExpectKeptAndDropped(page(false), PageType::kArticle,
                       {kLead, "The river rose", "not be able to return before spring."}, {});
}

TEST(RulesTest, WritersBoxGoesWithTheOneLineClosingIt) {
  // A blog closes each post with the writer's box (his name over a short
  // bio) and then one line of its own, longer than the box: a plea to
  // support the site. The line after the box was more than the box holds,
  // so the box read as standing before more of the story, and both stayed.
  // One kept block after the box is the site's closing line, whatever its
  // length (the box and the line are still less than the text before them);
  // two or more, longer than the box, are more of the story and stay.
  const std::string box =
      "<div class=\"c-7f2\"><div><a href=\"/author/jon-hale\">Jon Hale</a></div><p>Jon Hale "
      "writes on the valley's towns and rivers.</p></div>";
  auto page = [&](const std::string& after) {
    return std::string(
               "<html><head><title>River floods lower town | Valley Post</title>"
               "<meta name=\"author\" content=\"Jon Hale\"></head><body>"
               "<div class=\"c-1x2\"><h1>River floods lower town</h1>") +
           kStory + box + after +
           "</div><footer><p>Valley Post, 2 Mill Lane</p></footer></body></html>";
  };
  ExpectKeptAndDropped(
      page("<p>Support the Valley Post! Give through our page, become a member, or buy our "
           "calendar in the shop. We also earn a commission when you buy through the links in "
           "our stories.</p>"),
      PageType::kArticle, {"The river rose", "not be able to return before spring."},
      {"writes on the valley", "Support the Valley Post"});
  ExpectKeptAndDropped(
      page("<p>The council will meet on Monday to plan new defences for the lower town and its "
           "riverside streets.</p><p>Volunteers are asked to bring shovels and gloves to the "
           "school gym on Saturday morning at nine.</p>"),
      PageType::kArticle, {"The river rose", "The council will meet", "Volunteers are asked"}, {});
}

TEST(RulesTest, SitesCallToFollowItAfterTheTextGoes) {
  // A paper closes each story with its call to follow it, a paragraph of the
  // text's own template linking two social networks (and an app store's
  // pair), then one line more of its own: both go. A sentence of the story
  // naming one network stays, and so does a call to follow with the story
  // going on after it, and a closing paragraph linking one network only.
  auto page = [](const std::string& closing) {
    return std::string("<html><head><title>River floods lower town | Valley Post</title>"
                       "</head><body><div class=\"c-1x2\"><h1>River floods lower town</h1>") +
           kStory + closing + "</div><footer><p>Valley Post, 2 Mill Lane</p></footer></body></html>";
  };
  const std::string follow =
      "<p>Have a tip? Write to news@valleypost.example. Follow us on <a "
      "href=\"https://twitter.com/valleypost\">Twitter</a> or on <a "
      "href=\"https://www.facebook.com/valleypost\">Facebook</a>.</p>";
  ExpectKeptAndDropped(
      page(follow + "<p>Get the latest stories in your inbox: subscribe to our newsletters.</p>"),
      PageType::kArticle, {"The river rose", "not be able to return before spring."},
      {"Have a tip?", "subscribe to our newsletters"});
  ExpectKeptAndDropped(
      page("<p>For breaking news download the Valley Post apps for <a "
           "href=\"https://apps.apple.com/app/id887\">iOS</a> and <a "
           "href=\"https://play.google.com/store/apps/details?id=post\">Android</a>.</p>"),
      PageType::kArticle, {"The river rose"}, {"download the Valley Post apps"});
  ExpectKeptAndDropped(
      page("<p>The mayor posted pictures of the flooded square on <a "
           "href=\"https://www.instagram.com/valleymayor\">Instagram</a> before dawn.</p>"),
      PageType::kArticle, {"The river rose", "The mayor posted pictures"}, {});
  ExpectKeptAndDropped(
      page(follow + "<p>The council will meet on Monday to plan new defences for the lower town "
                    "and its riverside streets.</p><p>Volunteers are asked to bring shovels and "
                    "gloves to the school gym on Saturday morning at nine.</p>"),
      PageType::kArticle, {"The river rose", "Have a tip?", "Volunteers are asked"}, {});
  // A long closing paragraph of the story linking two networks stays.
  ExpectKeptAndDropped(
      page("<p>By noon the video of the rescue had spread on <a "
           "href=\"https://www.tiktok.com/@valleyfire\">TikTok</a> and <a "
           "href=\"https://www.instagram.com/valleyfire\">Instagram</a>, where the fire crew "
           "had filmed it from the roof of the school gym. Thousands of people from across the "
           "country wrote to thank the crew, and a collection for the families who lost their "
           "homes raised more money in one afternoon than the town spends on its parks in a "
           "year. The mayor said the money would go to the families first, and what is left to "
           "the new river wall that the council has planned for years.</p>"),
      PageType::kArticle, {"The river rose", "By noon the video"}, {});
}

TEST(RulesTest, PaywallNoticeClosingTheTextGoesWithItsOffer) {
  // A paper shows a paywalled story's opening paragraphs, then its notice
  // ("To view the full story, please subscribe"), the offer's pitch and its
  // plans, in the story's own box and with no class word to tell them: the
  // notice and all after it go, however long the pitch beside the opening.
  auto page = [](const std::string& closing) {
    return std::string("<html><head><title>River floods lower town | Valley Post</title>"
                       "</head><body><div class=\"c-1x2\"><h1>River floods lower town</h1>") +
           kStory + closing + "</div><footer><p>Valley Post, 2 Mill Lane</p></footer></body></html>";
  };
  const std::string offer =
      "<p>When you join the Valley Post family, you get unlimited digital access to local "
      "journalism about the valley and its towns that you will not find anywhere else.</p>"
      "<p>Join now or renew to get instant access to special reports, our weekly guides to "
      "the valley's trails and markets, and invitations to our readers' evenings.</p>"
      "<p>Monthly</p><p>$9</p><p>Annual</p><p>$90</p>"
      "<p>First-time subscribers also receive a tote bag printed by the valley's artists, "
      "sent the week they join.</p>"
      "<p>If you are seeing this message but you are already a subscriber, you can log in "
      "for immediate access to this story.</p>";
  ExpectKeptAndDropped(
      page("<p>To view the full story, please subscribe to the Valley Post. You can choose "
           "an annual plan or a weekly pass.</p>" + offer),
      PageType::kArticle, {"The river rose", "not be able to return before spring."},
      {"To view the full story", "unlimited digital access", "Monthly", "$90", "tote bag",
       "already a subscriber"});
  // In other languages; as a heading.
  ExpectKeptAndDropped(page("<h3>Dieser Artikel ist nur für Abonnenten</h3><p>Monatlich</p>"
                            "<p>9 Euro</p>"),
                       PageType::kArticle, {"The river rose"}, {"nur für Abonnenten", "9 Euro"});
  ExpectKeptAndDropped(page("<p>Abonnez-vous pour lire la suite.</p>"), PageType::kArticle,
                       {"The river rose"}, {"Abonnez-vous"});
  // With more of the story after it (five paragraphs of text), the line is
  // the story's own.
  const std::string more =
      "<p>The council will meet on Monday to plan new defences for the lower town and its "
      "riverside streets, the mayor said.</p>"
      "<p>Volunteers are asked to bring shovels and gloves to the school gym on Saturday "
      "morning at nine, the council said.</p>"
      "<p>The school will stay closed until the water in its basement has been pumped out and "
      "the floors have dried.</p>"
      "<p>Buses will take pupils to the school in the upper town from Wednesday, leaving the "
      "market square at half past seven.</p>"
      "<p>The river is expected to fall below its banks by the end of the week if no more "
      "rain comes from the hills.</p>";
  ExpectKeptAndDropped(
      page("<p>The Valley Post told its subscribers that this story and every report on the "
           "flood will be free to read.</p>" +
           more),
      PageType::kArticle, {"The river rose", "told its subscribers", "The river is expected"}, {});
  // A story on a paper's subscribers names them, and its stories, but not
  // as this one kept from the reader.
  ExpectKeptAndDropped(
      page("<h2>What our subscribers are reading</h2><p>The Gazette lost 3,000 subscribers "
           "after the story about the mill ran last spring.</p><p>À la suite de la hausse, le "
           "journal a perdu 3 000 abonnés.</p>"),
      PageType::kArticle,
      {"The river rose", "What our subscribers are reading", "The Gazette lost", "À la suite"}, {});
  // A publisher's page selling its subscription is the offer: on a service
  // page (as the caller declares it here) the notice stays.
  const std::string offer_page = page(
      "<p>Subscribe to read the full story behind every headline, from the valley's "
      "council to its schools.</p>");
  ExpectKeptAndDropped(offer_page, PageType::kArticle, {"The river rose"},
                       {"the full story behind every headline"});
  ExtractOptions service;
  service.page_type = PageType::kService;
  Result<Article> a = Extract(offer_page, service);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("the full story behind every headline"), std::string::npos) << a->text;
  // The subscription itself is the story's subject, or an ad's, not a
  // notice: "subscription" with "reading" or "unlock" stays.
  ExpectKeptAndDropped(
      page("<p>To find the best book subscription boxes, we asked four editors who love "
           "reading.</p><p>Each box was tested for three months.</p>"),
      PageType::kArticle, {"The river rose", "best book subscription boxes"}, {});
  // Opening the text, with no more than a title before it, the line is the
  // story's own too.
  ExpectKeptAndDropped(
      "<html><head><title>River floods lower town | Valley Post</title></head><body>"
      "<div class=\"c-1x2\"><h1>River floods lower town</h1><p>Subscribers can read this story "
      "in our print edition on Sunday, with maps of the flooded streets.</p>" +
          std::string(kStory) + "</div></body></html>",
      PageType::kArticle, {"Subscribers can read this story", "The river rose"}, {});
}

TEST(RulesTest, EarningsDisclosureAtTheEdgeOfTheTextGoes) {
  // A site that earns from the shops its stories link to says so in a line
  // of its own box over or under the text, in whatever language, with no
  // class word to tell it ("css-16vmic4", "border-t-2"): the line goes. The
  // same words in a line of the story's own box stay, as do a box of them
  // inside the text and a long paragraph of them at its edge.
  auto page = [](const std::string& over, const std::string& under) {
    return "<html><head><title>River floods lower town | Valley Post</title></head><body>"
           "<div class=\"c-1x2\"><h1>River floods lower town</h1>" +
           over + kStory +
           "<p>Volunteers are asked to bring shovels and gloves to the school gym on Saturday "
           "morning at nine, the council said.</p>" +
           under + "</div><footer><p>Valley Post, 2 Mill Lane</p></footer></body></html>";
  };
  ExpectKeptAndDropped(
      page("<div class=\"css-16vmic4\"><p>Dieser Artikel kann Links zu Anbietern enthalten, "
           "von denen wir eine Provision erhalten.</p></div>",
           "<div class=\"border-t-2\"><p>This post may contain affiliate links. Read more "
           "about this on my <a href=\"/about\">About Me</a> page!</p></div>"),
      PageType::kArticle, {"The river rose", "Volunteers are asked"},
      {"eine Provision erhalten", "may contain affiliate links"});
  // Its accents written as marks after their letters ("e" and U+0301, as
  // text copied from macOS often is), the words are the same ones.
  ExpectKeptAndDropped(
      page("", "<div class=\"border-t-2\"><p>Cet article contient des liens affilie\xCC\x81s."
               "</p></div>"),
      PageType::kArticle, {"The river rose", "Volunteers are asked"},
      {"Cet article contient"});
  // In a line of the story's box; in a box of its own inside the text.
  ExpectKeptAndDropped(
      page("", "<p>We may earn a commission from the links in this story.</p>"),
      PageType::kArticle, {"The river rose", "We may earn a commission"}, {});
  ExpectKeptAndDropped(
      page("<p>The water is expected to fall slowly over the next two days, the mayor said, "
           "as the rain stops.</p><p>Schools will stay closed until the water has gone down, "
           "and buses will not run along the riverside streets.</p><div class=\"css-x1\"><p>"
           "The council may earn a small "
           "commission on each sandbag it sells.</p></div><p>The army has sent trucks and a "
           "hundred soldiers to carry sandbags to the riverside streets.</p>",
           ""),
      PageType::kArticle, {"The river rose", "a small commission on each sandbag"}, {});
  // A long paragraph closing the text in a box of its own.
  ExpectKeptAndDropped(
      page("", "<div class=\"css-x2\"><p>The regional commission that oversees the river "
               "defences said on Sunday that it would review the height of the walls along the "
               "riverside streets, after residents complained for years that the old walls were "
               "too low for the floods of recent winters, and that the builders who earn their "
               "living from the pumps had failed them within hours again this week.</p></div>"),
      PageType::kArticle, {"The river rose", "The regional commission"}, {});
  // A dek over the text naming a commission, in a box of its own: no
  // word of what earns it, no disclosure.
  ExpectKeptAndDropped(
      page("<div class=\"css-dek\"><p>A state commission will review the flood defences that "
           "failed on Sunday.</p></div>",
           ""),
      PageType::kArticle, {"The river rose", "A state commission will review"}, {});
  // On a service page (as the caller declares it here) the line over its
  // text names what it sells, and stays.
  const std::string hero = page(
      "<div class=\"css-hero\"><p>Earn a commission on every purchase your links bring.</p>"
      "</div>",
      "");
  ExpectKeptAndDropped(hero, PageType::kArticle, {"The river rose"},
                       {"Earn a commission on every purchase"});
  ExtractOptions service;
  service.page_type = PageType::kService;
  Result<Article> a = Extract(hero, service);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("Earn a commission on every purchase"), std::string::npos) << a->text;
}

TEST(RulesTest, EarningsWordsOfTheStorysOwnParagraphsStay) {
  // A story whose template sets each paragraph in a box of its own: its
  // first and last paragraphs are alone in their boxes at the edge of the
  // text, and name a commission or an affiliate as news does, in several
  // languages, but not what earns it: they stay.
  auto story = [](const std::string& first, const std::string& last) {
    auto box = [](const std::string& p) {
      return "<div class=\"article-body\"><p>" + p + "</p></div>";
    };
    return "<html><head><title>Vote count delayed after flood | Valley Post</title><meta "
           "property=\"og:type\" content=\"article\"></head><body><nav><a href=\"/\">Home</a> "
           "<a href=\"/news\">News</a></nav><article><h1>Vote count delayed after flood</h1>" +
           box(first) +
           box("The river rose by two metres overnight, and by morning the lower town was "
               "under water. Residents spent the night moving furniture upstairs.") +
           box("Emergency services evacuated forty people from the riverside streets, most of "
               "them elderly, and opened the school gym as a shelter.") +
           box("The water is expected to fall slowly over the next two days, the mayor said, "
               "but the clean-up will take weeks.") +
           box(last) + "</article><footer><p>Valley Post, 2 Elm Road</p></footer></body></html>";
  };
  const char kLast[] = "Ballots stored in the town hall were moved before the water reached them.";
  ExpectKeptAndDropped(story("The state election commission said on Monday that the count in "
                             "three flooded districts would be delayed by at least a week.",
                             "Fox affiliate WXYZ contributed to this report."),
                       PageType::kArticle,
                       {"The state election commission said", "Fox affiliate WXYZ"}, {});
  ExpectKeptAndDropped(story("Provision of drinking water to the lower town is the council's "
                             "first task, the mayor said on Monday.",
                             kLast),
                       PageType::kArticle, {"Provision of drinking water"}, {});
  ExpectKeptAndDropped(story("El número de afiliados a la Seguridad Social cayó en 12.000 "
                             "personas en las comarcas inundadas.",
                             kLast),
                       PageType::kArticle, {"afiliados a la Seguridad Social"}, {});
  ExpectKeptAndDropped(story("La commissione regionale esaminerà gli argini che hanno ceduto "
                             "domenica.",
                             kLast),
                       PageType::kArticle, {"La commissione regionale"}, {});
  // The same template's disclosure, saying what earns the commission, goes.
  ExpectKeptAndDropped(story("The state election commission said on Monday that the count in "
                             "three flooded districts would be delayed by at least a week.",
                             "We may earn a commission when you buy through links on our site."),
                       PageType::kArticle, {"The state election commission said"},
                       {"We may earn a commission"});
}

TEST(RulesTest, AffiliateNoticeInTheStoryGoes) {
  // A site that earns from the shops its stories link to says so in a box
  // over or under the text, classed by its own word for it ("affiliate"):
  // the notice is about the site's ads, not part of the story, in whatever
  // language it is written. A paragraph of the story that speaks of
  // affiliates stays.
  const std::string html =
      "<html><head><title>River floods lower town | Valley Post</title></head><body><article>"
      "<h1>River floods lower town</h1><div class=\"post-affiliate-info\"><p>When you buy "
      "through the links in our stories, we may earn a commission from the shop.</p></div>" +
      std::string(kStory) +
      "<p>The river authority and its affiliate agencies will meet on Monday to plan new "
      "defences for the lower town.</p></article></body></html>";
  ExpectKeptAndDropped(html, PageType::kArticle,
                       {"The river rose", "its affiliate agencies will meet"},
                       {"earn a commission"});
}

TEST(RulesTest, StorysShortPartBetweenItsPartsStays) {
  // A how-to sets each step in a box of its own beside the others: the long
  // steps join the region by their text, a short one (a heading over two
  // short list items) did not, and the story lost its second step. A part
  // between two parts that joined is the story's too, unless it is chrome
  // or mostly links (a strip of links to other stories set between them).
  const std::string html =
      "<html><head><title>Growing lemons from seed | Garden Notes</title><script "
      "type=\"application/ld+json\">{\"@type\": \"BlogPosting\", \"datePublished\": "
      "\"2024-03-01\"}</script></head><body><nav><a href=\"/\">Home</a> <a "
      "href=\"/blog\">Blog</a></nav><div class=\"wrap\"><h1>Growing lemons from seed</h1>"
      "<p>March 1, 2024</p><div class=\"step-one\"><h2>1. Gather the seeds</h2>" +
      std::string(kStory) + "</div><div class=\"step-two\"><h2>2. Wrap the seeds</h2><ul>"
      "<li>Lay them on a wet paper towel.</li><li>Seal the towel in a bag.</li></ul></div>"
      "<div class=\"more\"><a href=\"/a\">Growing figs in pots this spring</a> "
      "<a href=\"/b\">Pruning roses in a small garden</a> <a href=\"/c\">Ten herbs for a sunny "
      "window</a></div><div class=\"step-three\"><h2>3. Wait</h2><p>Move the sprouted seeds "
      "into small pots of damp soil once their roots are an inch long, and keep them on a warm "
      "sill.</p></div></div><footer><p>Garden Notes, 2 Elm Road</p></footer></body></html>";
  ExpectKeptAndDropped(html, PageType::kArticle,
                       {"The river rose", "2. Wrap the seeds", "Seal the towel in a bag.",
                        "keep them on a warm sill."},
                       {"Growing figs", "Elm Road"});
}

TEST(RulesTest, ServiceListOfLinkedNamesUnderItsHeadingStays) {
  // A service page names the offices that offer it in a list under its own
  // heading, each name a link to the office's page: between the sections
  // that are kept, the list is the page's text, not a menu, and stays with
  // its heading. A list linking within the page (a table of contents, "#")
  // and a list under no heading (two links back up the site) still go.
  auto page = [](const std::string& href, bool heading) {
    std::string items;
    for (const char* office : {"Leeds office", "York office", "Hull office", "Selby office"}) {
      items += std::string("<li><a href=\"") + href + "\">" + office + "</a></li>";
    }
    return "<html><head><title>Relay | Support</title></head><body>"
           "<nav><a href=\"/\">Home</a> <a href=\"/pricing\">Pricing</a></nav><main>"
           "<div class=\"sections\">" + RelaySections(3) +
           (heading ? "<h2>Offices that run the help desk</h2>" : "") + "<ul>" + items +
           "</ul>" + "<section class=\"feature\"><h2>Reports for each team</h2><p>Each team "
           "gets a weekly report of its alerts and pages, with the noisiest services named "
           "first.</p></section></div></main><footer><p>Relay Inc, 12 Harbour Street</p>"
           "</footer></body></html>";
  };
  ExpectKeptAndDropped(page("/offices/leeds", true), PageType::kService,
                       {"Offices that run the help desk", "Leeds office", "Selby office",
                        "noisiest services"},
                       {"Pricing", "Harbour Street"});
  ExpectKeptAndDropped(page("#leeds", true), PageType::kService,
                       {"Alerts where you talk", "noisiest services"},
                       {"Leeds office", "Offices that run the help desk"});
  ExpectKeptAndDropped(page("/offices/leeds", false), PageType::kService,
                       {"Alerts where you talk", "noisiest services"}, {"Leeds office"});
}

TEST(RulesTest, ServiceLinkedNamesUnderARunOfHeadingsStay) {
  // A changelog names each contributor in a heading over the changes they
  // made, one or two a name, each change a link to its request: the lists
  // under the run of headings read as one list of names, and stay with
  // their headings though no heading has four of its own. One link under
  // one heading between the sections (a "See also") still goes.
  auto page = [](bool run) {
    std::string lists;
    const char* people[] = {"rivermouse", "galitsyn", "sorairolake"};
    const char* changes[] = {"Fix the date picker on small screens",
                             "Show the alert's owner in the report",
                             "Retry webhooks after a timeout"};
    for (int i = 0; i < (run ? 3 : 1); ++i) {
      lists += std::string("<h2>") + people[i] + "</h2><ul><li><a href=\"/pull/" +
               std::to_string(i) + "\">" + changes[i] + "</a></li>" +
               (i == 1 ? "<li><a href=\"/pull/9\">Drop the unused theme setting</a></li>" : "") +
               "</ul>";
    }
    return "<html><head><title>Relay | Support</title></head><body>"
           "<nav><a href=\"/\">Home</a> <a href=\"/pricing\">Pricing</a></nav><main>"
           "<div class=\"sections\">" + RelaySections(3) + lists +
           "<section class=\"feature\"><h2>Reports for each team</h2><p>Each team "
           "gets a weekly report of its alerts and pages, with the noisiest services named "
           "first.</p></section></div></main><footer><p>Relay Inc, 12 Harbour Street</p>"
           "</footer></body></html>";
  };
  ExpectKeptAndDropped(page(true), PageType::kService,
                       {"rivermouse", "Fix the date picker", "galitsyn",
                        "Drop the unused theme setting", "Retry webhooks", "noisiest services"},
                       {"Pricing", "Harbour Street"});
  ExpectKeptAndDropped(page(false), PageType::kService,
                       {"Alerts where you talk", "noisiest services"},
                       {"Fix the date picker"});
}

TEST(RulesTest, ServiceCardsOfLinkedNamesUnderItsHeadingStay) {
  // A pest controller's page shows the pests it treats as cards under a
  // heading and its one line of introduction, each card a link around a
  // picture, the pest's name and its Latin name: between the kept sections
  // the cards are the page's text, not a menu, and stay. Cards that each
  // close with the same button ("Learn more") are teasers of other pages
  // and go, names and buttons.
  auto page = [](bool intro, bool button) {
    std::string cards;
    const char* pests[][2] = {{"Carpenter ants", "Camponotus spp."},
                              {"Paper wasps", "Polistes spp."},
                              {"Roof rats", "Rattus rattus"},
                              {"Silverfish", "Lepisma saccharinum"}};
    for (int i = 0; i < 4; ++i) {
      const std::string href = "/pests/" + std::to_string(i);
      cards += "<div class=\"tile\"><a href=\"" + href + "\"><img src=\"p.jpg\" alt=\"\">"
               "<div class=\"tile-name\">" + pests[i][0] + "</div><div class=\"tile-latin\">" +
               pests[i][1] + "</div></a>" +
               (button ? "<div class=\"tile-more\"><a href=\"" + href + "\">Learn more</a></div>"
                       : "") +
               "</div>";
    }
    return "<html><head><title>Relay | Support</title></head><body>"
           "<nav><a href=\"/\">Home</a> <a href=\"/pricing\">Pricing</a></nav><main>"
           "<div class=\"sections\">" + RelaySections(3) + "<h2>Pests we treat</h2>" +
           (intro ? "<p>Pick a pest to read how we keep it out of your home, season by "
                    "season.</p>"
                  : "") +
           "<div class=\"tiles\">" + cards + "</div>" +
           "<section class=\"feature\"><h2>Reports for each team</h2><p>Each team "
           "gets a weekly report of its alerts and pages, with the noisiest services named "
           "first.</p></section></div></main><footer><p>Relay Inc, 12 Harbour Street</p>"
           "</footer></body></html>";
  };
  ExpectKeptAndDropped(page(true, false), PageType::kService,
                       {"Pests we treat", "Carpenter ants", "Camponotus spp.",
                        "Lepisma saccharinum", "noisiest services"},
                       {"Pricing", "Harbour Street"});
  ExpectKeptAndDropped(page(false, false), PageType::kService,
                       {"Pests we treat", "Carpenter ants", "Silverfish", "noisiest services"},
                       {"Pricing", "Harbour Street"});
  ExpectKeptAndDropped(page(true, true), PageType::kService,
                       {"Alerts where you talk", "noisiest services"},
                       {"Carpenter ants", "Learn more", "Pricing"});
}

TEST(RulesTest, ServiceRowOfDescribedLinksStays) {
  // A service page's grid of capability cards under its heading, each card
  // a link holding the capability's name and a one-line summary of it
  // (spans inside the <a>, read as one line): between the kept sections the
  // row is the page's text, not a menu, and stays. A row of bare names
  // (links of a few words ending no sentence) still goes, as do the menu
  // and the footer. Summaries in a script written without spaces count
  // their words as the segmenter does (ICU's word breaking), not as one.
  auto page = [](bool described, bool japanese = false) {
    std::string cards;
    const char* names[] = {"Alerts", "Schedules", "Reports", "Status pages"};
    const char* lines[] = {"Page the right person within a minute.",
                           "Rotate who is on call every week.",
                           "See which services woke you up most.",
                           "Tell your customers what is down and why."};
    const char* japanese_lines[] = {
        "\u62C5\u5F53\u8005\u306B\u4E00\u5206\u4EE5\u5185\u306B\u9023\u7D61\u3057"
        "\u307E\u3059\u3002",
        "\u6BCE\u9031\u3001\u5F53\u756A\u3092\u4EA4\u4EE3\u3057\u307E\u3059\u3002",
        "\u3069\u306E\u30B5\u30FC\u30D3\u30B9\u304C\u591A\u304F\u9CF4\u3063\u305F"
        "\u304B\u5206\u304B\u308A\u307E\u3059\u3002",
        "\u4F55\u304C\u6B62\u307E\u3063\u3066\u3044\u308B\u304B\u9867\u5BA2\u306B"
        "\u4F1D\u3048\u307E\u3059\u3002"};
    for (int i = 0; i < 4; ++i) {
      const char* line = japanese ? japanese_lines[i] : lines[i];
      cards += std::string("<a href=\"/features/") + std::to_string(i) + "\"><span>" + names[i] +
               "</span>" + (described ? std::string("<span>") + line + "</span>" : "") + "</a>";
    }
    return "<html><head><title>Relay | Support</title></head><body>"
           "<nav><a href=\"/\">Home</a> <a href=\"/pricing\">Pricing</a></nav><main>"
           "<div class=\"sections\">" + RelaySections(3) +
           "<h2>Explore what Relay does</h2><div class=\"cards\">" + cards + "</div>"
           "<section class=\"feature\"><h2>Reports for each team</h2><p>Each team "
           "gets a weekly report of its alerts and pages, with the noisiest services named "
           "first.</p></section></div></main><footer><p>Relay Inc, 12 Harbour Street</p>"
           "</footer></body></html>";
  };
  ExpectKeptAndDropped(page(true), PageType::kService,
                       {"Explore what Relay does", "Page the right person within a minute.",
                        "Tell your customers what is down and why.", "noisiest services"},
                       {"Pricing", "Harbour Street"});
  ExpectKeptAndDropped(page(false), PageType::kService,
                       {"Alerts where you talk", "noisiest services"},
                       {"Status pages", "Schedules"});
  ExpectKeptAndDropped(page(true, true), PageType::kService,
                       {"Explore what Relay does",
                        "\u62C5\u5F53\u8005\u306B\u4E00\u5206\u4EE5\u5185",
                        "\u9867\u5BA2\u306B\u4F1D\u3048\u307E\u3059\u3002"},
                       {"Pricing", "Harbour Street"});
}

TEST(RulesTest, ServiceGridOfLinkedPromoCardsStays) {
  // A firm's page of its practices built from a page builder's promo
  // components: a grid of cards, each a link whose box is worded "promo"
  // and holds the practice's name over a sentence of summary and a "Find
  // out more". Its title and summary are link text, yet the grid is the
  // service's offers, not an ad: both stay. A promo box holding no heading
  // over a sentence (a sale's banner) still goes as an ad, and so do the
  // cards' "Find out more" links.
  std::string cards;
  const char* practices[][2] = {
      {"Audit", "Our auditors test the controls behind your figures and report what the board "
                "needs to know."},
      {"Tax", "We prepare and file your returns in every state you trade in, and answer the "
              "letters that follow."},
      {"Risk", "From fraud to supply shocks, we map the risks you carry and the controls that "
               "keep them small."},
      {"Deals", "Before you buy a company our team reads its books, its contracts and its "
                "people for you."}};
  for (const auto& practice : practices) {
    cards += std::string("<div class=\"grid__item\"><div class=\"promo promo--services\">"
                         "<a class=\"promo__link\" href=\"/services/") +
             practice[0] + "\"><div class=\"promo__content\"><h3 class=\"promo__title\">" +
             practice[0] + "</h3><p class=\"promo__desc\">" + practice[1] +
             "</p><span class=\"promo__more\">Find out more</span></div></a></div></div>";
  }
  const std::string html =
      "<html><head><title>Relay | Services</title></head><body>"
      "<nav><a href=\"/\">Home</a> <a href=\"/pricing\">Pricing</a></nav><main>"
      "<div class=\"sections\">" + RelaySections(3) +
      "<h2>Our practices</h2><div class=\"grid\">" + cards + "</div>"
      "<div class=\"promo-banner\"><p>Half price on every plan this weekend only, when you "
      "sign up before Sunday night.</p></div>"
      "<section class=\"feature\"><h2>Reports for each team</h2><p>Each team gets a weekly "
      "report of its alerts and pages, with the noisiest services named first.</p></section>"
      "</div></main><footer><p>Relay Inc, 12 Harbour Street</p></footer></body></html>";
  ExpectKeptAndDropped(html, PageType::kService,
                       {"Our auditors test the controls", "Before you buy a company",
                        "noisiest services"},
                       {"Half price on every plan", "Find out more", "Harbour Street"});
}

TEST(RulesTest, LinkedHeadingInsideTheTextStays) {
  // A clinic's service page names one of its centres in a linked heading
  // over the centre's hours: inside the kept text, right over a kept block,
  // the heading stays (a listing's titles need two of them). A linked
  // heading over a dropped list of links ("Other services") and one after
  // the last text ("Careers") still go, as do the menu and the footer.
  const std::string html =
      "<html><head><title>Dental care | Valley Health</title></head><body>"
      "<nav><a href=\"/\">Home</a> <a href=\"/contact\">Contact</a></nav><main>"
      "<h1>Dental care</h1><p>Our dentists and hygienists treat adults and children at "
      "three centres in the valley, most of them on the day you call.</p>"
      "<h2><a href=\"/walk-in\">Walk-in centre on Mill Road</a></h2><p>Bring your child "
      "on Saturday mornings from nine to one, and a dentist will see you without an "
      "appointment.</p>"
      "<h2><a href=\"/services\">Other services</a></h2><ul><li><a href=\"/eyes\">Eye "
      "care</a></li><li><a href=\"/skin\">Skin care</a></li></ul>"
      "<p>Every visit is free for children under twelve, and adults pay what their "
      "insurance covers, nothing more.</p>"
      "<h2><a href=\"/careers\">Careers</a></h2></main>"
      "<footer><p>Valley Health, 4 Mill Road. All rights reserved.</p></footer></body></html>";
  ExpectKeptAndDropped(html, PageType::kService,
                       {"Walk-in centre on Mill Road", "Saturday mornings from nine to one",
                        "Every visit is free for children"},
                       {"Other services", "Eye care", "Careers", "Contact",
                        "All rights reserved"});
  // So on any page but a story: the page declared a manual keeps it too; a
  // story's lone linked heading over a paragraph is a teaser of another.
  auto declared = [&](const char* type) {
    std::string page = html;
    page.insert(page.find("</head>"), std::string("<script type=\"application/ld+json\">"
                                                  "{\"@type\":\"") + type + "\"}</script>");
    return page;
  };
  ExpectKeptAndDropped(declared("TechArticle"), PageType::kDocumentation,
                       {"Walk-in centre on Mill Road", "Saturday mornings from nine to one"},
                       {"Other services", "Careers"});
  ExpectKeptAndDropped(declared("NewsArticle"), PageType::kArticle,
                       {"Saturday mornings from nine to one"}, {"Walk-in centre on Mill Road"});
}

TEST(RulesTest, SectionTitlesLinkedToThemselvesStay) {
  // A story whose section titles each link to the heading itself (<h2
  // id="why"><a href="#why">), a permalink some sites give every heading:
  // the titles are the story's, not links, over a paragraph or a list alike.
  // A title linking elsewhere is a teaser of another story and still goes.
  const std::string html =
      "<html><head><title>River floods lower town | Valley Post</title>"
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script></head><body>"
      "<article><h1>River floods lower town</h1>"
      "<h2 id=\"why\"><a href=\"#why\">Why the river rose so fast</a></h2>" +
      std::string(kStory) +
      "<h2 id=\"next\"><a href=\"#next\">What the town does next</a></h2><ul>"
      "<li>The council meets on Monday to decide on new flood walls along the riverside.</li>"
      "<li>Residents may speak before the vote, and the mayor will answer their questions.</li>"
      "<li>Work on the walls could begin in spring if the county pays half of the cost.</li>"
      "</ul><p>The school gym stays open as a shelter until every family has a dry home "
      "to return to, the mayor said on Tuesday.</p>"
      "<h2><a href=\"/storm\">Storm brings down trees across the county</a></h2><p>Several "
      "roads remain closed tonight, and crews expect to clear them by the weekend.</p>"
      "</article></body></html>";
  ExpectKeptAndDropped(html, PageType::kArticle,
                       {"Why the river rose so fast", "What the town does next",
                        "The council meets on Monday"},
                       {"Storm brings down trees across the county"});
}

TEST(RulesTest, ManualKeepsItsPartsBetweenKeptText) {
  // A manual's section title repeats the page's title ("Branches in a
  // Nutshell" under the chapter's heading): inside the text, between kept
  // paragraphs, it stays as a manual's part, as on a service page; a hidden
  // box there, the menu and the footer still go. The same page showing its
  // date in a line of its own is a post, and keeps to its text.
  auto page = [](const std::string& dateline) {
    return "<html><head><title>Branches in a Nutshell</title><script "
           "type=\"application/ld+json\">{\"@type\":\"TechArticle\"}</script><meta "
           "property=\"article:published_time\" content=\"2025-10-23\"></head><body>"
           "<nav><a href=\"/\">Home</a> <a href=\"/book\">Book</a></nav><main>"
           "<h1>3.1 Git Branching</h1>" + dateline +
           "<p>Nearly every version control system has some form of branching support: you "
           "diverge from the main line of development and keep working there.</p>"
           "<div hidden><p>Copy the link to this section and share it with your team "
           "before the next release.</p></div>"
           "<h2>Branches in a Nutshell</h2><p>To understand how Git branches, we look at how "
           "it stores its data: a series of snapshots rather than a list of changes.</p>"
           "<p>When you commit, Git stores a commit object that points to the snapshot of "
           "the content you staged and to the commits before it.</p></main>"
           "<footer><p>The Git book is licensed under a Creative Commons licence.</p>"
           "</footer></body></html>";
  };
  ExpectKeptAndDropped(page(""), PageType::kDocumentation,
                       {"Branches in a Nutshell", "Nearly every version control system",
                        "stores a commit object"},
                       {"Copy the link to this section", "Book", "Creative Commons"});
  ExpectKeptAndDropped(page("<p>Updated on 23 Oct 2025</p>"), PageType::kDocumentation,
                       {"Nearly every version control system", "stores a commit object"},
                       {"Branches in a Nutshell", "Copy the link to this section"});
}

TEST(RulesTest, TestimonialCarouselsQuotesStay) {
  // A music school's page of testimonials sets some of its customers' quotes
  // in boxes of their own and some in sliders ("testimonial-carousel", a
  // carousel's word and a review's): those are the page's text too and
  // stay. A carousel of pictures' captions beside them still goes, and on a
  // product's page, where customers' reviews are the shop's chrome, so do
  // the quotes in the slider.
  auto page = [](const std::string& meta) {
    return "<html><head><title>Testimonials | Make Music</title>" + meta +
           "</head><body><nav><a href=\"/\">Home</a> <a href=\"/lessons\">Lessons</a></nav>"
           "<main><h1>What our students say</h1><p>Finding a reliable music teacher can be "
           "difficult, so read what our students and their parents tell us about the "
           "lessons.</p><div class=\"quote-box\"><p>Josh is a wonderful teacher. Our daughter "
           "really enjoys her sessions and has come on faster than we hoped.</p><p class=\"name\">Sarah, a "
           "parent</p></div><div class=\"testimonial-carousel\"><div class=\"slide\"><p>Having "
           "studied with Luca weekly, I found his lessons well planned, thorough and demanding "
           "at times.</p></div><div class=\"slide\"><p>Two years after my first lesson I still "
           "look forward to every week, and I passed my grade three exam.</p></div></div>"
           "<div class=\"quote-box\"><p>Jack was encouraging and supportive, and our son "
           "learnt to read music within a term of starting with him.</p><p class=\"name\">Kate, a "
           "parent</p></div><div class=\"image-carousel\"><p>Our drum room at the Green "
           "Lanes studio, with two kits and a practice pad for every student.</p></div>"
           "</main><footer><p>Make Music Ltd, 4 Green Lanes</p></footer></body></html>";
  };
  const char* article =
      "<meta property=\"og:type\" content=\"article\"><meta property=\"article:published_time\" "
      "content=\"2020-08-10\">";
  ExpectKeptAndDropped(page(article), PageType::kArticle,
                       {"Josh is a wonderful teacher", "Having studied with Luca",
                        "passed my grade three exam", "Jack was encouraging"},
                       {"Our drum room", "Green Lanes", "Lessons"});
  ExpectKeptAndDropped(page(std::string(article) + "<meta property=\"og:type\" content=\"product\">"),
                       PageType::kProduct, {"Josh is a wonderful teacher"},
                       {"Having studied with Luca", "Our drum room"});
}

TEST(RulesTest, HeadersAndFootersOfRepeatedCardsStay) {
  // A guide quotes its customers in cards built from one template, each
  // with a header (the customer's name and role) and a footer (the quote),
  // both named so ("customer-card-header", "customer-card-footer", as a
  // component library writes them): they are the cards' own parts, not the
  // page's header and footer, and stay. A footer box of the guide itself,
  // in no repeated card, still goes, and so does the site's footer.
  auto card = [](const char* name, const char* role, const char* quote) {
    return std::string("<div class=\"customer-card\"><div class=\"customer-card-header\"><span>") +
           name + "</span><p>" + role + "</p></div><div class=\"customer-card-footer\"><h3>" +
           quote + "</h3></div></div>";
  };
  const std::string html =
      "<html><head><title>Moving your builds to Relay</title></head><body>"
      "<nav><a href=\"/\">Home</a> <a href=\"/pricing\">Pricing</a></nav><main><article>"
      "<h1>Moving your builds to Relay</h1>"
      "<p>Most teams move their builds over in an afternoon: the runners keep their labels, "
      "and the pipelines read the same files they read before, with one line changed.</p>"
      "<p>Start with the slowest pipeline, since that is where the cache pays off first, and "
      "keep the old runners for a week in case a job needs a tool you forgot to install.</p>"
      "<div class=\"customers\">" +
      card("Ana Ruiz", "CTO, Brightpath",
           "Our builds finish in half the time since the runners moved") +
      card("Tomas Berg", "Head of platform, Nordlake",
           "We retired four build servers in the first month") +
      card("Mei Chen", "Staff engineer, Quillstack", "The cache alone paid for the switch") +
      "</div><p>When every pipeline runs on Relay, remove the old runners from the project "
      "settings, so that no job lands on a machine nobody looks after any more.</p>"
      "<div class=\"guide-footer\"><p>Filed under build tooling and continuous delivery "
      "guides</p></div></article></main>"
      "<footer><p>Relay Inc, 12 Harbour Street</p></footer></body></html>";
  ExpectKeptAndDropped(html, PageType::kArticle,
                       {"half the time since the runners moved", "Tomas Berg",
                        "Head of platform, Nordlake", "paid for the switch", "remove the old runners"},
                       {"Filed under", "Harbour Street", "Pricing"});
}

TEST(RulesTest, TickerClonesGo) {
  // A service's page runs a ticker of three short lines between its
  // sections, written three times so that it scrolls without a seam: the
  // text holds it once. A table whose rows say the same three times is
  // data and keeps every row.
  const std::string line =
      "<div class=\"ticker-line\"><p>Talk it over</p><p>Page the owner</p><p>Ship the fix</p>"
      "</div>";
  const std::string row = "<tr><td>Alerts in chat</td><td>Included</td></tr>";
  const std::string html =
      "<html><head><title>Relay | Support</title></head><body>"
      "<nav><a href=\"/\">Home</a> <a href=\"/pricing\">Pricing</a></nav><main>"
      "<div class=\"sections\">" + RelaySections(2) + "<div class=\"ticker\">" + line + line +
      line + "</div>" + RelaySections(4).substr(RelaySections(2).size()) +
      "<table>" + row + row + row + "</table></div></main>"
      "<footer><p>Relay Inc, 12 Harbour Street</p></footer></body></html>";
  Result<Article> a = Extract(html);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->page_type, PageType::kService);
  for (const char* kept : {"Talk it over", "Page the owner", "Ship the fix"}) {
    EXPECT_EQ(Occurrences(a->text, kept), 1) << kept << ": " << a->text;
  }
  EXPECT_EQ(Occurrences(a->text, "Alerts in chat"), 3) << a->text;
  EXPECT_NE(a->text.find("last month's outage report"), std::string::npos) << a->text;
}

TEST(RulesTest, SliderClonesOfShortSlidesGo) {
  // A looping slider of customers' quotes writes a slide again at each end
  // (Swiper's "swiper-slide-duplicate" before the first and after the
  // last): a quote and a name, under the length that makes a copy, said
  // twice. A clone repeating a kept slide goes, whichever comes first; two
  // customers' cards outside a slider saying the same stay.
  const char* kQuotes[][2] = {
      {"They found the leak in ten minutes and fixed it the same morning.", "Anna, Millbrook"},
      {"The quote was the price we paid, to the penny.", "Tom, Riverside"},
      {"Friendly, tidy and done before lunch.", "Priya, Oakfield"}};
  auto slide = [&](int i, const std::string& cls) {
    return "<div class=\"swiper-slide" + cls + "\"><div class=\"testimonial\"><p>" +
           kQuotes[i][0] + "</p><p class=\"name\">" + kQuotes[i][1] + "</p></div></div>";
  };
  const std::string cards =
      "<div class=\"cards\"><div class=\"card\"><p>Boiler service</p><p>Once a year</p></div>"
      "<div class=\"card\"><p>Boiler service</p><p>Once a year</p></div></div>";
  const std::string html =
      "<html><head><title>Relay | Plumbing</title></head><body>"
      "<nav><a href=\"/\">Home</a> <a href=\"/pricing\">Pricing</a></nav><main>"
      "<div class=\"sections\">" + RelaySections(4) + cards +
      "<section><h2>What our customers say</h2><div class=\"swiper\"><div class=\"swiper-wrapper\">" +
      slide(2, " swiper-slide-duplicate") + slide(0, "") + slide(1, "") + slide(2, "") +
      slide(0, " swiper-slide-duplicate") + "</div></div></section></div></main>"
      "<footer><p>Relay Inc, 12 Harbour Street</p></footer></body></html>";
  Result<Article> a = Extract(html);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->page_type, PageType::kService);
  for (const auto& quote : kQuotes) {
    EXPECT_EQ(Occurrences(a->text, quote[0]), 1) << quote[0] << ": " << a->text;
    EXPECT_EQ(Occurrences(a->text, quote[1]), 1) << quote[1] << ": " << a->text;
  }
  EXPECT_EQ(Occurrences(a->text, "Boiler service"), 2) << a->text;
}

TEST(RulesTest, IconFontGlyphsAreNoText) {
  // Divi writes each blurb's icon into the text as a glyph of its icon font,
  // a code point of Unicode's Private Use Area (<span class="et-pb-icon">
  // &#xe052;</span>): it names a picture, no character, and is no line of
  // the text. A glyph set in an element of its own inside a line of words
  // goes too; the words stay.
  std::string blurbs;
  for (const char* title : {"Boilers", "Leaks", "Drains"}) {
    blurbs += std::string("<div class=\"et_pb_blurb\"><div class=\"et_pb_main_blurb_image\">"
                          "<span class=\"et-pb-icon\">&#xe052;</span></div><h4>") + title +
              "</h4><p>Serviced by a licensed plumber within two working days.</p></div>";
  }
  const std::string html =
      "<html><head><title>Relay | Plumbing</title></head><body>"
      "<nav><a href=\"/\">Home</a> <a href=\"/pricing\">Pricing</a></nav><main>"
      "<div class=\"sections\">" + RelaySections(3) + "<div class=\"et_pb_row\">" + blurbs +
      "</div><p><span>&#xe192;</span> Call us on 0345 122 99 84 any day of the week.</p>"
      "</div></main><footer><p>Relay Inc, 12 Harbour Street</p></footer></body></html>";
  ExpectKeptAndDropped(html, PageType::kService,
                       {"Boilers", "Drains", "Call us on 0345"}, {"\xEE\x81\x92", "\xEE\x86\x92"});
}

TEST(RulesTest, PageBuilderWidgetsOfAnUndatedPageStay) {
  // A college's catalogue page, built with a page builder that classes every
  // component "widget": its grid of cards, each a category's heading, its
  // description and its courses, read as a sidebar's boxes, and only the
  // intro above them was kept. On a page that shows no date the whole class
  // name "widget" names a component, and the cards' text stays; on a dated
  // page (a post) such boxes are its blog's sidebar and still go.
  auto page = [](const std::string& meta) {
    std::string html = "<html><head><title>Evening courses | Harbour College</title>" + meta +
                       "</head><body><nav><a href=\"/\">Home</a> <a href=\"/courses\">Courses</a> "
                       "<a href=\"/contact\">Contact</a></nav><div class=\"page\"><section>"
                       "<div class=\"intro\"><h1>Evening courses</h1><p>Harbour College runs more "
                       "than forty evening courses for working adults, each taught by people who do "
                       "the work by day.</p><p>Courses meet once a week for ten weeks, in the town "
                       "centre or online, and every one ends with a certificate.</p></div>"
                       "</section><section><div class=\"widget widget-cards\">";
    const char* cards[][2] = {
        {"Accounting", "Accounting courses teach the reports that owners and lenders read, and "
                       "the checks that keep them honest from one year to the next."},
        {"Data analysis", "Data courses show how to clean a spreadsheet, ask it a question and "
                          "chart the answer, with the tools most offices already have."},
        {"Project management", "Project courses cover planning, budgets and the weekly habits "
                               "that keep a team on schedule when the plan changes."}};
    for (const auto& card : cards) {
      html += std::string("<div class=\"col\"><div class=\"widget widget-card\"><h4>") + card[0] +
              "</h4><p>" + card[1] + "</p><ul>";
      for (const char* course : {"Evening basics", "Weekend intensive", "Exam preparation"}) {
        html += std::string("<li><a href=\"/c/") + card[0] + "\">" + course + "</a></li>";
      }
      html += "</ul><p><a href=\"/c\">Read more</a></p></div></div>";
    }
    return html + "</div></section></div><footer><p>Harbour College, 3 Quay Street</p>"
                  "</footer></body></html>";
  };
  ExpectKeptAndDropped(page(""), PageType::kService,
                       {"more than forty evening courses", "owners and lenders read",
                        "clean a spreadsheet", "keep a team on schedule"},
                       {"Quay Street"});
  ExpectKeptAndDropped(
      page("<meta property=\"article:published_time\" content=\"2025-10-23\">"),
      PageType::kListing, {"more than forty evening courses"},
      {"owners and lenders read", "clean a spreadsheet", "Quay Street"});
}

TEST(RulesTest, LinkedItemsOfKeptListsStay) {
  // A package's list of deliverables whose first entry links to the package
  // it names: the entry was dropped as a link among entries kept as text,
  // and the line introducing the list went with it. A list item dropped as
  // a link stays when its list keeps as many items as it drops so, one of
  // them text; a list of links after the text, and a list of links with a
  // single sentence among them, still lose their links.
  const std::string html =
      std::string("<html><head><title>River floods lower town | Valley Post</title></head><body>"
                  "<article><h1>River floods lower town</h1>") +
      kStory +
      "<p>Families who lost their homes can ask the town for this help:</p><ul>"
      "<li><a href=\"/aid/shelter\">A bed at the school gym shelter</a></li>"
      "<li>Two hot meals a day at the shelter, cooked by volunteers from the parish, for as "
      "long as the water stays in the lower town.</li>"
      "<li>A grant of up to five hundred euros for clothes and bedding, paid within a week of "
      "the request, with no questions asked about income.</li></ul>"
      "<p>Volunteers also help with the work that follows the water:</p><ul>"
      "<li><a href=\"/help/pumps\">Pumping out cellars</a></li>"
      "<li><a href=\"/help/walls\">Drying out walls</a></li>"
      "<li><a href=\"/help/cars\">Towing flooded cars</a></li>"
      "<li>Carrying ruined furniture out to the skips that the town has set along the river "
      "road, every morning from eight.</li></ul>" +
      kStory +
      "<h3>More on the floods</h3><ul><li><a href=\"/a\">Flood defences to be raised by a metre "
      "next year</a></li><li><a href=\"/b\">Insurers promise quick payouts for flooded "
      "homes</a></li><li><a href=\"/c\">How to claim for a flooded car</a></li></ul>"
      "</article></body></html>";
  ExpectKeptAndDropped(html, PageType::kArticle,
                       {"ask the town for this help:", "A bed at the school gym shelter",
                        "Two hot meals a day", "A grant of up to five hundred euros"},
                       {"Pumping out cellars", "Towing flooded cars", "Flood defences to be raised",
                        "How to claim for a flooded car"});
}

TEST(RulesTest, LinkedItemsOfListsKeepingNestedItemsStay) {
  // A package's deliverables: it holds two smaller packages, each a link to
  // its own part of the page, and a "Plus:" item opening a list of what it
  // adds. The kept entries are the nested list's, so the outer list kept
  // one short item beside two links and lost them. The items kept in lists
  // nested in a list's items count as its own; a menu of links with nested
  // lists of links keeps none and still loses them all.
  const std::string html =
      std::string("<html><head><title>Admissions packages | Harbour Tutors</title></head>"
                  "<body><nav><ul><li><a href=\"/tutoring\">Tutoring</a><ul>"
                  "<li><a href=\"/tutoring/maths\">Maths tutoring</a></li>"
                  "<li><a href=\"/tutoring/essays\">Essay coaching</a></li></ul></li>"
                  "<li><a href=\"/about\">About the tutors</a></li></ul></nav>"
                  "<article><h1>Admissions packages</h1>") +
      kStory +
      "<h2>The complete package</h2><p>Everything we offer, from the first meeting to the "
      "last application, for students in their final two years of school.</p>"
      "<p>It includes:</p><ul>"
      "<li><a href=\"/packages#first\">The first consultation</a></li>"
      "<li><a href=\"/packages#planning\">The planning package</a></li>"
      "<li>Plus:<ul>"
      "<li>A two-hour workshop on interviews, with a practice interview recorded on video and "
      "reviewed with the student afterwards.</li>"
      "<li>Editing of up to five application essays, each read twice by two different coaches "
      "before it is sent.</li>"
      "<li>A written report on the colleges that fit the student, with their costs and the "
      "scholarships they offer.</li></ul></li></ul>" +
      kStory + "</article></body></html>";
  ExpectKeptAndDropped(html, PageType::kArticle,
                       {"The first consultation", "The planning package", "Plus:",
                        "A two-hour workshop on interviews", "Editing of up to five"},
                       {"Maths tutoring", "Essay coaching", "About the tutors"});
  // The same menu in the article, out of any <nav>: its items are links,
  // its nested lists links too, and all of it still goes.
  const std::string in_article =
      std::string("<html><head><title>Admissions packages | Harbour Tutors</title></head>"
                  "<body><article><h1>Admissions packages</h1>") +
      kStory +
      "<ul><li><a href=\"/tutoring\">Tutoring</a><ul>"
      "<li><a href=\"/tutoring/maths\">Maths tutoring</a></li>"
      "<li><a href=\"/tutoring/essays\">Essay coaching</a></li></ul></li>"
      "<li><a href=\"/about\">About the tutors</a></li></ul>" +
      kStory + "</article></body></html>";
  ExpectKeptAndDropped(in_article, PageType::kArticle, {},
                       {"Tutoring", "Maths tutoring", "Essay coaching", "About the tutors"});
}

TEST(RulesTest, ListItemsLinkingWordsOfTheirPhraseStay) {
  // A list of features whose entries link a few of their words to the
  // product they name ("Build personalized, <a>automated campaigns</a>"):
  // over half their short text is a link, and they went as links among
  // entries kept as text. An item that opens with unlinked words and links
  // some of them after, under the linked sentence's density, stays when its
  // list keeps an item without links; items that open with unlinked words in
  // a list keeping none without links still go (who wrote which report).
  const std::string html =
      std::string(
          "<html><head><title>River floods lower town | Valley Post</title></head><body>"
          "<article><h1>River floods lower town</h1>") +
      kStory +
      "<p>The town's help for families who lost their homes includes:</p><ul>"
      "<li>Two hot meals a day at the shelter</li>"
      "<li>Free, <a href=\"/aid/beds\">dry bedding</a></li>"
      "<li>A grant for <a href=\"/aid/clothes\">new clothes</a> and shoes</li>"
      "<li>Rides to work from the shelter every morning</li></ul>" +
      kStory +
      "<p>Reports on the floods:</p><ul><li>Ann on <a href=\"/r/1\">the river levels</a></li>"
      "<li>Ben on <a href=\"/r/2\">the insurers' payouts</a></li></ul>" +
      kStory + "</article></body></html>";
  ExpectKeptAndDropped(html, PageType::kArticle,
                       {"Two hot meals a day at the shelter\n\nFree, dry bedding\n\n"
                        "A grant for new clothes and shoes\n\nRides to work"},
                       {"the river levels", "the insurers' payouts"});
}

TEST(RulesTest, LinkedCellsBesideOnlyHeaderCellsGo) {
  // A manual's navigation table (DocBook's "navheader", below a note on
  // the release) sets its links, Prev, Up, Home and Next, in a row around
  // the part's title in a <th>: the links were kept because the row keeps
  // a cell. A linked cell stays only when its row keeps a data cell (<td>);
  // a table of data whose rows link their names keeps them. The header
  // cells of a table keeping no data cell beside cells dropped as links
  // (the part's title between Up and Home) go with the links; a table of
  // data keeps its header row.
  const std::string html =
      "<html><head><title>Chapter 11. Indexes</title></head><body><div id=\"docs\">"
      "<p>This page documents release 18 of the server, the current one; the same chapter "
      "for every older release, back to 7.2, is kept in the archive.</p><table><tr><th colspan=\"5\">Chapter 11. Indexes</th></tr><tr>"
      "<td><a href=\"ch10.html\">Prev</a></td><td><a href=\"part2.html\">Up</a></td>"
      "<th>Part II. The Language</th><td><a href=\"index.html\">Home</a></td>"
      "<td><a href=\"ch11-1.html\">Next</a></td></tr></table>"
      "<h2>Chapter 11. Indexes</h2><p>Indexes are a common way to enhance the speed of a "
      "database. An index lets the server find and fetch given rows much faster than it could "
      "without one, at the cost of some work on every write.</p><p>Every index type uses a "
      "different algorithm that is best suited to different kinds of queries, and the default "
      "fits the most common situations, so most tables never need another.</p>"
      "<table><tr><th>Type</th><th>Operators</th><th>Sorted</th></tr>"
      "<tr><td><a href=\"btree.html\">B-tree</a></td><td>less, equal, greater</td><td>yes</td></tr>"
      "<tr><td><a href=\"hash.html\">Hash</a></td><td>equal only</td><td>no</td></tr>"
      "<tr><td><a href=\"gin.html\">GIN</a></td><td>contains, overlaps</td><td>no</td></tr>"
      "</table><p>Indexes can also be used to enforce uniqueness of a column's value, or of the "
      "combined values of more than one column, which is how primary keys work.</p>"
      "</div></body></html>";
  ExpectKeptAndDropped(html, PageType::kArticle,
                       {"Indexes are a common way", "B-tree", "Hash", "Type", "Sorted"},
                       {"Prev", "Up\n", "Home", "Next", "Part II. The Language"});
}

TEST(RulesTest, SectionTitlesTheSitesMenuRepeatsStay) {
  // The site's menu in its <header> names sections of the site ("Shelters"
  // links off the page there) that the story titles its own sections with:
  // the titles went as repeats of chrome labels that link away (a college's
  // page of programmes lost every programme's heading so). A copy in the
  // site's menu (<nav>, <header>) names the site's sections, not another
  // story (a sidebar's linked story still takes its teaser's heading,
  // SectionTitleAnInPageContentsRepeatsStays): a heading with kept text
  // right after it stays. A line repeating a menu label over no text of
  // its own still goes.
  const std::string html =
      "<html><head><title>River floods lower town | Valley Post</title></head><body><header>"
      "<div><a href=\"/shelters\">Shelters</a></div><div><a href=\"/roads\">Roads</a></div>"
      "<div><a href=\"/schools\">Schools</a></div></header><article><h1>River floods lower "
      "town</h1>" + std::string(kStory) + "<h3>Shelters</h3><p>The school gym and the parish hall "
      "are open day and night, and the town has asked for blankets and dry clothes for the "
      "families staying there.</p><p>Schools</p><h3>Roads</h3><p>The river road and the old "
      "bridge are closed until the water falls, and buses run on the hill road instead, every "
      "twenty minutes.</p>" + kStory + "</article></body></html>";
  ExpectKeptAndDropped(html, PageType::kArticle,
                       {"Shelters\n\nThe school gym", "Roads\n\nThe river road"}, {"Schools"});
}

TEST(RulesTest, LinkedValuesOfADataSheetLabelledByHeaderCellsStay) {
  // A review's data sheet labels its rows with <th> cells and links two of
  // the values ("Brand" | "Acme Outdoor", "Category" | "Backpacking
  // tents") among unlinked ones ("Weight" | "1.9 kg"): the table keeps data
  // cells, so the linked values stay beside their labels. A navigation box
  // after it, linked names beside their group's <th> label and no data cell
  // kept, still loses its links.
  const std::string html =
      "<html><head><title>Trail 2 tent review | Outfitters</title></head><body><article>"
      "<h1>Trail 2 tent review</h1><p>The Trail 2 is a two-person tent for backpackers who "
      "want a roomy shelter that still packs small. Its single pole hub sets up in two minutes, "
      "and the fly pitches first in the rain so the inner stays dry.</p><p>We took it on four "
      "trips this summer, from a windy ridge in the highlands to a wet week on the coast, and it "
      "stayed taut and dry through every night, though the vestibules are small for two packs."
      "</p><table><tr><th>Brand</th><td><a href=\"/brand/acme\">Acme Outdoor</a></td></tr>"
      "<tr><th>Weight</th><td>1.9 kg</td></tr><tr><th>Colour</th><td>Forest green</td></tr>"
      "<tr><th>Category</th><td><a href=\"/c/tents\">Backpacking tents</a></td></tr>"
      "<tr><th>Packed size</th><td>45 x 15 cm</td></tr></table><p>At its price it is the best "
      "tent we tested for two people who walk far and want room to sit up, and we would buy it "
      "again without a second thought, even with the small vestibules.</p><table>"
      "<tr><th>Tents</th><td><a href=\"/t1\">Trail 1</a> <a href=\"/t3\">Trail 3</a> "
      "<a href=\"/s2\">Summit 2</a></td></tr><tr><th>Packs</th><td><a href=\"/p30\">Ridge 30"
      "</a> <a href=\"/p45\">Ridge 45</a> <a href=\"/p60\">Ridge 60</a></td></tr></table>"
      "</article></body></html>";
  ExpectKeptAndDropped(html, PageType::kArticle,
                       {"Brand\n\nAcme Outdoor", "Weight\n\n1.9 kg",
                        "Category\n\nBackpacking tents", "best tent we tested"},
                       {"Trail 1", "Ridge 30"});
}

TEST(RulesTest, TextComesInComposedForm) {
  // A page may write a letter and its accent as two code points ("e" and
  // U+0301), or a letter as one code point that Unicode writes as two
  // (Bengali's U+09DC is U+09A1 U+09BC): the text comes in Unicode's
  // composed form, NFC, in which other copies of the same words are
  // written, and a link after such a letter still spans its own words.
  const std::string html =
      "<html><head><title>River floods lower town | Valley Post</title></head><body><article>"
      "<h1>River floods lower town</h1><p>The owner of the Cafe\xCC\x81 Rivage said the water "
      "reached the bar at dawn; <a href=\"/maps\">see the flood map</a> for the streets.</p>"
      "<p>\xE0\xA6\x86\xE0\xA6\x9C \xE0\xA6\xB8\xE0\xA6\xBE\xE0\xA7\x9C\xE0\xA7\x87 \xE0\xA6\xB8"
      "\xE0\xA6\xBE\xE0\xA6\xA4\xE0\xA6\x9F\xE0\xA6\xBE\xE0\xA6\xB0 \xE0\xA6\xA6\xE0\xA6\xBF"
      "\xE0\xA6\x95\xE0\xA7\x87 the ferry stopped running.</p>" + std::string(kStory) +
      "</article></body></html>";
  Result<Article> a = Extract(html);
  ASSERT_TRUE(a.ok());
  // U+00E9 and U+09A1 U+09BC; neither the decomposed accent nor U+09DC.
  EXPECT_NE(a->text.find("Caf\xC3\xA9 Rivage"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("\xE0\xA6\xB8\xE0\xA6\xBE\xE0\xA6\xA1\xE0\xA6\xBC\xE0\xA7\x87"),
            std::string::npos)
      << a->text;
  EXPECT_EQ(a->text.find("\xCC\x81"), std::string::npos);
  EXPECT_EQ(a->text.find("\xE0\xA7\x9C"), std::string::npos);
  bool linked = false;
  for (const Block& b : a->blocks) {
    for (const Link& l : b.links) {
      if (l.url.find("/maps") == std::string::npos) continue;
      linked = true;
      EXPECT_EQ(b.text.substr(l.begin, l.end - l.begin), "see the flood map");
    }
  }
  EXPECT_TRUE(linked);
}

// A dated news story (NewsArticle in JSON-LD, a menu, a footer) whose
// <article> holds its title, its date and `body`.
std::string DatedStory(const std::string& body) {
  return "<html><head><title>River floods lower town | Valley Post</title><script "
         "type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"datePublished\": "
         "\"2024-03-01\"}</script></head><body><nav><a href=\"/\">Home</a> <a "
         "href=\"/news\">News</a></nav><article><h1>River floods lower town</h1><p>March 1, "
         "2024</p>" +
         body + "</article><footer><p>Valley Post, 2 Elm Road</p></footer></body></html>";
}

TEST(RulesTest, ALinklessListWordedAsAMenuIsText) {
  // A theme sets a list of the text in items it calls "nav-item" (a menu's
  // class, for its look): the story's advice to residents. No item links
  // anywhere: it is no menu, and the list stays. A menu whose items say
  // "nav-item" too and link still goes, its one unlinked entry (the
  // section the page is in) with it.
  const std::string advice =
      "<p>The council asked residents of the lower town to do three things:</p><ul>"
      "<li class=\"nav-item\"><span>Move cars and bicycles to the car park by the "
      "station</span></li><li class=\"nav-item\"><span>Keep children away from the "
      "riverbank until the water falls</span></li><li class=\"nav-item\"><span>Call the "
      "flood line before returning to a flooded house</span></li></ul>";
  const std::string menu =
      "<ul class=\"links\"><li class=\"nav-item\"><a href=\"/weather\">Weather "
      "warnings</a></li><li class=\"nav-item\"><a href=\"/roads\">Road closures this "
      "week</a></li><li class=\"nav-item\"><span>Local news</span></li></ul>";
  ExpectKeptAndDropped(DatedStory(std::string(kStory) + advice + kStory + menu),
                       PageType::kArticle,
                       {"The river rose", "Move cars and bicycles to the car park",
                        "Keep children away from the riverbank", "Call the flood line"},
                       {"Weather warnings", "Road closures this week", "Local news"});
}

TEST(RulesTest, CallToActionInAStoryGoes) {
  // A magazine closes its story with a call to write in, set in a box its
  // class calls a call to action ("c-letters-cta"): on a story it is an ad
  // to the story and goes, the story stays. A service page's box worded so
  // is one of its own parts ("Ready to start? Call us") and stays.
  const std::string cta =
      "<section class=\"c-letters-cta\"><p>We want to hear what you think about this article. "
      "Submit a letter to the editor or write to letters@valleypost.example.</p></section>";
  ExpectKeptAndDropped(DatedStory(std::string(kStory) + cta), PageType::kArticle,
                       {"The river rose", "before spring."}, {"We want to hear", "Submit a letter"});
  const std::string service =
      "<html><head><title>Plumbing services</title></head><body>"
      "<nav><a href=\"/\">Home</a> <a href=\"/about\">About us</a></nav><div class=\"page\">"
      "<div class=\"box\"><h2>Plumbing you can count on</h2><p>Family plumbers in the "
      "valley since 1982, for homes and small shops alike.</p></div>"
      "<div class=\"box\"><h2>Repairs</h2><p>Leaks, blocked drains and broken boilers fixed "
      "fast, often on the first visit.</p></div>"
      "<div class=\"box cta\"><p>Ready to start? Call us on 0123 456 789 and a plumber will "
      "come the same day, evenings and weekends too.</p></div>"
      "<div class=\"box\"><h2>Heating</h2><p>Boilers serviced and replaced, with a yearly "
      "check of the whole system.</p></div>"
      "</div><footer><p>Valley Plumbing Ltd, 12 Mill Road. All rights reserved.</p></footer>"
      "</body></html>";
  ExpectKeptAndDropped(service, PageType::kService,
                       {"Leaks, blocked drains", "Ready to start? Call us", "Boilers serviced"},
                       {"All rights reserved"});
}

TEST(RulesTest, HeadedCallToActionInAStoryGoes) {
  // A fact-checker closes its story with an appeal for money in a box its
  // class calls a call to action ("widget-cta-letter"), headed ("A Word to
  // Our Readers") over the letter's prose. Its heading over prose made it
  // a section the page is built of, as a "promo" box over prose is: on a
  // story a call to action is an ad to it, headed or not, and goes.
  const std::string cta =
      "<div class=\"zone-widget zone-widget-cta-letter\"><div class=\"card\">"
      "<h5>A Word to Our Readers</h5><p>Support the Valley Post and make a difference for "
      "readers everywhere.</p><p>We do this work every day at no cost to you, but it is far "
      "from free to produce, and we cannot afford to slow down. We need your support.</p>"
      "</div></div>";
  ExpectKeptAndDropped(
      DatedStory("<div class=\"content\">" + std::string(kStory) + cta + "</div>"),
      PageType::kArticle, {"The river rose", "before spring."},
      {"A Word to Our Readers", "make a difference", "We need your support"});
}

TEST(RulesTest, HeadingInABoxWordedAsAHeaderStays) {
  // A site builder sets each heading of the text in a module of its own
  // that its class calls a header ("j-module j-header", its heading
  // module), between the modules of paragraphs. A box worded as a header
  // holding one heading alone is that heading's, not a masthead (which
  // holds a logo, a menu, links) and stays; the site's header box over
  // the page, outside the text, still goes.
  const std::string heading =
      "<div class=\"j-module j-header\"><h2>Who answers for the content</h2></div>";
  const std::string editor =
      "<p>The editor in chief answers for the content of this site, under the press law of the "
      "state, and can be reached at the address above.</p>";
  const auto page = [](const std::string& content) {
    return "<html><head><title>Legal notice | Valley Post</title></head><body><div "
           "class=\"j-header\"><p>Valley Post, news from the valley since 1990</p></div><div "
           "class=\"content\">" + content + "</div></body></html>";
  };
  // Between the text's modules, beside the region's root (GrowRegion), and
  // between paragraphs of the text's one box, inside the region
  // (DecideRegion).
  for (const std::string& content :
       {"<div class=\"j-module j-text\">" + std::string(kStory) + "</div>" + heading +
            "<div class=\"j-module j-text\">" + editor + "</div>",
        std::string(kStory) + heading + editor}) {
    ExpectKeptAndDropped(page(content), PageType::kArticle,
                         {"The river rose", "Who answers for the content", "The editor in chief"},
                         {"news from the valley since 1990"});
  }
}

TEST(RulesTest, HeadingAloneInAHeaderElementStays) {
  // A blog sets each heading of its text in a <header> of its own
  // ("<header><h2>What the town does next</h2></header>" between the
  // paragraphs), as a feature card sets its title over its text. A
  // <header> that holds one unlinked heading and nothing else is that
  // heading's, not a masthead (which holds a logo, a menu, the site's
  // linked name), and stays. A masthead inside the content still goes: the
  // site's name beside its logo, the site's linked name.
  const std::string html =
      "<html><head><title>River floods lower town | Valley Post</title></head><body>"
      "<header><a href=\"/\">Valley Post</a><p>News from the valley since 1990</p></header>"
      "<div class=\"content\"><header><img src=\"/logo.png\" alt=\"\"><h2>Valley Post "
      "Weekly</h2></header><header><h2><a href=\"/\">The Valley Post</a></h2></header>" +
      std::string(kStory) +
      "<header><h2>What the town does next</h2></header><p>The council will meet on Monday to "
      "decide where to build the new flood wall, and how to pay for it, before the rains of "
      "the autumn come back to the valley.</p>" + kStory + "</div></body></html>";
  ExpectKeptAndDropped(html, PageType::kArticle,
                       {"The river rose", "What the town does next", "The council will meet"},
                       {"News from the valley since 1990", "Valley Post Weekly",
                        "The Valley Post"});
}

TEST(RulesTest, AbstractAboveALongerReferenceListStays) {
  // A paper behind a paywall shows its abstract, under headings, its
  // access options (in a box its id calls a sidebar), and then its list of
  // references, each in an item of an <ol> with its links:
  // the list outscores the abstract and was taken for the article, the
  // abstract lost. On a story a list as the top candidate is a part of
  // it: the region climbs to the nearest ancestor holding paragraphs
  // beside the list, and both stay.
  std::string references;
  for (int i = 1; i <= 30; ++i) {
    references += "<li><p>Author A, Author B, Author C. A study of floods in river towns, part " +
                  std::to_string(i) + ". Journal of Hydrology. 2016;12(" + std::to_string(i) +
                  "):101-9. A survey of the damage done to homes and shops over ten years.</p>" +
                  (i % 5 == 0 ? "<p><a href=\"/doi/" + std::to_string(i) + "\">Article</a></p>"
                              : std::string()) +
                  "</li>";
  }
  const std::string html =
      "<html><head><title>Floods in river towns | Journal of Hydrology</title></head><body>"
      "<nav><a href=\"/\">Home</a> <a href=\"/journals\">Journals</a></nav><article "
      "itemscope itemtype=\"http://schema.org/ScholarlyArticle\"><h1>Floods in river towns</h1><div class=\"article-body\"><section><div "
      "class=\"section\"><h2>Abstract</h2><div class=\"section-content\"><h3>Purpose of the "
      "review</h3><p>The purpose of the review is to summarise what is known of floods in river "
      "towns and of the damage they do to homes.</p><h3>Findings</h3><p>Most floods rise "
      "overnight, and towns that sandbag early lose less, while those that wait for the water "
      "lose more than twice as much.</p></div></div></section><div class=\"buy-box\"><div "
      "id=\"buybox-articleSidebar\"><h2>Access options</h2><h3>Buy single article</h3><p>Instant "
      "access to the full article PDF.</p><p>37,40 €</p><h3>Subscribe to journal</h3><p>Immediate "
      "online access to all issues.</p><p>71,04 €</p></div></div><section><div "
      "class=\"section\"><h2>References</h2><div class=\"section-content\"><div><ol>" +
      references +
      "</ol></div></div></div></section></div></article><footer><p>Journal of Hydrology, 2 Elm "
      "Road</p></footer></body></html>";
  ExpectKeptAndDropped(html, PageType::kArticle,
                       {"The purpose of the review", "Most floods rise", "part 1.", "part 30."},
                       {"Instant access", "Immediate online access", "Journal of Hydrology, 2 Elm Road"});
}

TEST(RulesTest, SourceOfAQuoteInAFigureStays) {
  // A story sets a pull quote as HTML says to credit one: a <figure>
  // holding the <blockquote> and, in its <figcaption>, the name of the one
  // quoted, which the theme classes an author ("pullquote__author"). The
  // caption went as a caption and as an author box; under a kept quote it
  // is the quote's source and stays. A picture's caption still goes.
  const std::string quote =
      "<figure class=\"pullquote\"><blockquote class=\"pullquote__quote\"><p>We lost "
      "everything on the ground floor, but nobody was hurt, and that is what counts.</p>"
      "</blockquote><div class=\"pullquote__author-box\"><img src=\"/maria.jpg\" alt=\"\">"
      "<figcaption class=\"pullquote__author\">Maria Lopez <span>Lopez Hardware</span>"
      "</figcaption></div></figure>";
  const std::string photo =
      "<figure><img src=\"/flood.jpg\" alt=\"\"><figcaption>Photo: the lower town at dawn"
      "</figcaption></figure>";
  ExpectKeptAndDropped(DatedStory(photo + std::string(kStory) + quote +
                                  "<p>Shops on the main street hope to open again next week, "
                                  "once the power is back and the floors have dried out.</p>"),
                       PageType::kArticle,
                       {"The river rose", "We lost everything", "Maria Lopez", "Lopez Hardware",
                        "Shops on the main street"},
                       {"Photo: the lower town"});
}

TEST(RulesTest, LabelledWebAddressInTheTextStays) {
  // A roundup of tools tells each one's price and its site, a short label
  // and the address linked to itself ("Website: https://..."): all link
  // but its label, it went for its link density, though it is a fact of
  // the text as "Price: Free" is. It stays; under a picture such a line is
  // the picture's credit ("Source: www.example.org") and still goes.
  const std::string tool =
      "<h2>1. River Watch</h2><p>River Watch reads the gauges along the river every ten minutes "
      "and sends a warning to your phone when the water rises faster than usual.</p><p><b>Price:"
      "</b> Free</p><p><b>Website: </b><a href=\"https://riverwatch.example.com/\">"
      "https://riverwatch.example.com/</a></p><p>Its maps show which streets flooded in past "
      "years, so that residents can see at a glance what a rising river means for them.</p>"
      "<img src=\"/gauges.png\" alt=\"\"><p><i>Source: </i><a "
      "href=\"https://gauges.example.org/stats\">www.gauges.example.org</a></p>";
  ExpectKeptAndDropped(DatedStory(std::string(kStory) + tool), PageType::kArticle,
                       {"The river rose", "Price: Free",
                        "Website: https://riverwatch.example.com/", "Its maps show"},
                       {"Source:", "www.gauges.example.org"});
}

TEST(RulesTest, BareWebAddressInTheTextStays) {
  // A post cites its sources as bare addresses, each a paragraph of one
  // link to itself ("http://www.petitions.example.org/..."), set under the
  // paragraph that cites it, before the next section's heading: all link,
  // it went for its link density, though it is the text's. Between text it
  // stays, as a linked sentence does; before the text's first paragraph
  // or after its last (a site's address under the headline or closing the
  // page) and under a picture (the picture's credit) it still goes.
  const std::string body =
      "<p>The residents have started a petition asking the county to raise the river wall "
      "before next winter, and it has gathered two thousand names in a week.</p>"
      "<p><a href=\"http://www.petitions.example.org/river-wall-now\">"
      "http://www.petitions.example.org/river-wall-now</a></p>"
      "<h2>What the council will do</h2>"
      "<p>The county council will discuss the wall at its meeting next month, the mayor said, "
      "and the engineers' report will be published before it.</p>"
      "<img src=\"/wall.png\" alt=\"\"><p><a href=\"https://photos.example.net/\">"
      "https://photos.example.net/</a></p>"
      "<p>Until then the sandbags stay on the riverside streets, and the shelter in the school "
      "gym stays open for the families who cannot go home.</p>"
      "<p><a href=\"https://www.valleypost.example/\">www.valleypost.example</a></p>";
  const std::string site =
      "<p><a href=\"https://www.valleypost.example/news\">www.valleypost.example/news</a></p>";
  ExpectKeptAndDropped(DatedStory(site + kStory + body), PageType::kArticle,
                       {"The river rose", "http://www.petitions.example.org/river-wall-now",
                        "What the council will do", "Until then the sandbags"},
                       {"photos.example.net", "valleypost.example"});
}

// A consulting firm's service page: navigation, a hero headline, five
// sections of Relay's features, then `faq` and a footer, in <main>.
std::string ConsultingPageWith(const std::string& faq) {
  return "<html><head><title>Consulting | Acme Advisory</title></head><body>"
         "<nav><a href=\"/\">Home</a> <a href=\"/careers\">Careers</a></nav>"
         "<div class=\"hero\"><div class=\"hero__content\"><h1>Consulting</h1></div></div>"
         "<main>" +
         RelaySections(5) + faq + "</main><footer><p>Acme Advisory, 4 Bank Street</p></footer>" +
         "</body></html>";
}

TEST(RulesTest, AccordionQuestionInAHeadingsButtonStays) {
  // A service's FAQ set as WAI-ARIA's accordion before its script runs:
  // each question a <button> inside an <h3> (no aria-expanded yet), its
  // answer in a box after it. The segmenter read no button's text, so the
  // answers stayed without their questions. A heading's button is the
  // heading's text and stays; a button outside a heading ("Book a call")
  // is still not read.
  const std::string faq =
      "<section class=\"faq\"><h2>Questions</h2>"
      "<div class=\"accordion-item\"><h3 class=\"accordion-heading\"><button "
      "class=\"accordion-button\"><span>Does Relay work with our pager?</span></button></h3>"
      "<div class=\"accordion-panel\"><p>Yes. Relay forwards every page to the pager your team "
      "already carries, and keeps the thread of the incident beside it.</p></div></div>"
      "<div class=\"accordion-item\"><h3 class=\"accordion-heading\"><button "
      "class=\"accordion-button\"><span>How long does it take to set up?</span></button></h3>"
      "<div class=\"accordion-panel\"><p>Most teams connect their first service in an "
      "afternoon, and the rest of their alerts over the following week.</p></div></div>"
      "<p><button class=\"cta\">Book a call</button></p></section>";
  ExpectKeptAndDropped(ConsultingPageWith(faq), PageType::kService,
                       {"Does Relay work with our pager?", "forwards every page",
                        "How long does it take to set up?", "connect their first service"},
                       {"Book a call", "Bank Street"});
}

TEST(RulesTest, AccordionQuestionInAButtonOverItsPanelStays) {
  // An FAQ whose questions are plain <button>s, no heading and no
  // aria-expanded (a script adds it later), each the first of two elements
  // in its item, the answer's box the other. The segmenter read no such
  // button, so the answers stayed without their questions. A button that
  // asks nothing over a box ("Menu" over its links), and one that asks
  // beside more than its panel (a form's), are still not read.
  const std::string faq =
      "<section class=\"faq\"><h2>Questions</h2>"
      "<div class=\"faq-item\"><button class=\"faq-q\"><div>Does Relay work with our "
      "pager?</div><i class=\"icon-chevron\"></i></button><div class=\"faq-a\"><p>Yes. Relay "
      "forwards every page to the pager your team already carries, and keeps the thread of the "
      "incident beside it.</p></div></div>"
      "<div class=\"faq-item\">\n  <button class=\"faq-q\">How long does it take to set up?"
      "</button>\n  <div class=\"faq-a\">Most teams connect their first service in an "
      "afternoon, and the rest of their alerts over the following week.</div>\n</div></section>"
      "<div class=\"switcher\"><button>Choose a region</button><ul><li>Asia</li></ul></div>";
  const std::string call_back =
      "<div><p>Questions left?</p><button>Want a call back?</button><div><input "
      "name=\"phone\"></div></div>";
  ExpectKeptAndDropped(ConsultingPageWith(faq + call_back), PageType::kService,
                       {"Does Relay work with our pager?", "forwards every page",
                        "How long does it take to set up?", "connect their first service"},
                       {"Choose a region", "Want a call back?", "Bank Street"});
}

TEST(RulesTest, HiddenButtonInAHeadingIsNotRead) {
  // A heading's <button> is read as the heading's text, but not when the
  // page hides it (a "Copy link" button shown on hover, hidden by its
  // hidden attribute, its style or aria-hidden): the strip pass keeps a
  // button's hiding attributes for it.
  std::string guide;
  const char* buttons[] = {"<button class=\"anchor\" hidden>Copy link</button>",
                           "<button style=\"display:none\">Copy link</button>",
                           "<button aria-hidden=\"true\">Copy link</button>"};
  const char* sections[][2] = {
      {"Rinse after every trip",
       "Salt and sand wear the hull and the fittings; a rinse with fresh water after every trip "
       "keeps them working for years, and it takes five minutes."},
      {"Store it out of the sun",
       "Sunlight breaks down the plastic over a season or two, so keep the boat in the shade, on "
       "its side or hull up, on padded racks if you have them."},
      {"Check the hatches",
       "Hatch covers dry out and crack; look at them at the start of every season, and replace a "
       "cracked one before it lets water into the hull."}};
  for (std::size_t i = 0; i < std::size(sections); ++i) {
    guide +=
        std::string("<h2>") + sections[i][0] + buttons[i] + "</h2><p>" + sections[i][1] + "</p>";
  }
  Result<Article> a = Extract(
      "<html><head><title>Kayak care guide</title></head><body><main>"
      "<h1>Kayak care guide</h1>" +
      guide + "</main></body></html>");
  ASSERT_TRUE(a.ok());
  for (const auto& section : sections) {
    EXPECT_NE(a->text.find(std::string(section[0]) + "\n\n" + section[1]), std::string::npos)
        << a->text;
  }
  EXPECT_EQ(a->text.find("Copy link"), std::string::npos) << a->text;
}

TEST(RulesTest, PostsFaqSectionAfterItsTextStays) {
  // A dated post sets its FAQ in a section of its own right after the box of
  // its text, inside the same container: its heading an <h2> as the text's
  // sections are, each question an <h3> over its answer. Too short beside
  // the text to join by size, and a dated page takes no separate sections,
  // so the FAQ was lost. A sibling right after the text's box that opens
  // with a heading of a level the text's own headings take and holds text
  // after it continues the text and joins. A box opening with a heading of
  // another level (a sign-up's <h4>) and a list of related links under an
  // <h2> still go.
  std::string text;
  for (const char* part :
       {"tracking", "retention", "pricing", "stock", "returns", "search", "email", "ads", "reviews",
        "shipping", "loyalty", "mobile", "social", "checkout", "support", "bundles"}) {
    text += std::string("<h2>Analytics for ") + part + "</h2><p>Shops that measure " + part +
            " find where visitors hesitate, which offers bring them back and which pages lose "
            "them before the cart, and they change one thing at a time.</p><p>Each report on " +
            part +
            " should answer one question for one team, and the numbers in it should be the ones "
            "that team can move within a quarter, not the ones that look best in a review.</p>";
  }
  auto page = [&](const std::string& after) {
    return "<html><head><title>Ecommerce analytics: a guide | Datalane</title>"
           "<script type=\"application/ld+json\">{\"@type\": \"BlogPosting\", "
           "\"datePublished\": \"2024-03-06\"}</script>"
           "</head><body><nav><a href=\"/\">Home</a> <a href=\"/blog\">Blog</a></nav>"
           "<h1>Ecommerce analytics: a guide</h1><p class=\"date\">March 6, 2024</p>"
           "<div class=\"post\"><div class=\"post-text\">" +
           text + "</div>" + after +
           "</div><footer><p>Datalane, 4 Bank Street</p></footer></body></html>";
  };
  const std::string faq =
      "<section class=\"post-extra\"><h2>FAQ</h2><div><h3>What is ecommerce analytics?</h3>"
      "<div>It is the study of how visitors find, browse and buy from a shop, told in numbers "
      "that a team can follow from one week to the next.</div></div>"
      "<div><h3>Which tool should I start with?</h3><div>Start with the reports your shop "
      "already has, and learn what they leave out, before you pay for another tool to fill the "
      "gap.</div></div></section>";
  ExpectKeptAndDropped(page(faq), PageType::kArticle,
                       {"Analytics for retention", "FAQ", "What is ecommerce analytics?",
                        "study of how visitors find", "another tool to fill the gap."},
                       {"Bank Street"});
  ExpectKeptAndDropped(
      page("<section class=\"post-extra\"><h4>Get our letters</h4><p>One email a month with "
           "the best of the blog, the guides our readers asked for and the new reports, and "
           "nothing else at all.</p></section>"),
      PageType::kArticle, {"Analytics for retention"}, {"Get our letters", "One email a month"});
  ExpectKeptAndDropped(
      page("<section class=\"post-extra\"><h2>Read next</h2><ul><li><a href=\"/blog/a\">How "
           "to read a funnel report</a></li><li><a href=\"/blog/b\">Ten metrics every shop "
           "should track</a></li></ul></section>"),
      PageType::kArticle, {"Analytics for retention"}, {"Read next", "read a funnel report"});
}

TEST(RulesTest, ParagraphRepeatingAnImagesAltUnderItIsACaption) {
  // A theme sets a picture's caption as a paragraph of its own under the
  // picture, no <figcaption> and no class: the image's alt text, often with
  // a credit after it ("(Photo: Anna Berg)"). It went into the text, and
  // under the headline into its lead. Opening with the alt, which makes
  // most of it, it is the caption and goes. A paragraph of the story that
  // opens with a short alt ("Bridge Street") stays, and so does a longer
  // one of which the alt is less than half.
  const std::string photo =
      "<p><img src=\"/sandbags.jpg\" alt=\"Volunteers fill sandbags on Bridge Street at "
      "dawn.\"></p><p>Volunteers fill sandbags on Bridge Street at dawn. (Photo: Anna Berg / "
      "Valley Post)</p>";
  const std::string street =
      "<p><img src=\"/street.jpg\" alt=\"Bridge Street\"></p><p>Bridge Street was the first "
      "to flood, and the last to be cleared.</p>";
  const std::string long_text =
      "<p><img src=\"/gauge.jpg\" alt=\"The gauge at the old mill\"></p><p>The gauge at the "
      "old mill read four metres at midnight, a level not seen since the great flood of 1953, "
      "when the whole valley was under water for a week.</p>";
  ExpectKeptAndDropped(DatedStory(std::string(kStory) + photo + street + long_text + kStory),
                       PageType::kArticle,
                       {"The river rose", "Bridge Street was the first",
                        "The gauge at the old mill read four metres"},
                       {"Photo: Anna Berg"});
  // Between the headline and the text, the caption is no lead; the lead is.
  ExpectKeptAndDropped(
      "<html><head><title>River floods lower town</title></head><body><div "
      "class=\"page\"><header><h1>River floods lower town</h1><p>" +
          std::string(kLead) + "</p></header>" + photo + "<div class=\"text\">" + kStory +
          "</div></div></body></html>",
      PageType::kArticle, {kLead, "The river rose"}, {"Photo: Anna Berg"});
}

TEST(RulesTest, StyledLineAfterAPictureInItsParagraphIsACaption) {
  // A story sets each picture's caption in the picture's own paragraph, the
  // words all in one inline element after it: <p><img><br><em>(Credit:
  // ...)</em></p>, or a theme's caption <span> beside the picture's. It went
  // into the text as a paragraph; it is the picture's caption and goes. A
  // paragraph of the story beside a floated picture stays: words before
  // the styled part, words after it, or longer than a caption, set all in
  // one <span> by an editor; and so does a line opened by an emoji drawn as
  // an image (<img class="emoji" alt="⚠️">, WordPress's and Twemoji's), a
  // character of the line, no picture. A template's <div> of a picture and
  // its credit in a <span>, no paragraph around them, is a caption too.
  const std::string credit =
      "<p><img src=\"/chart.png\" alt=\"chart\"><br><em>(Credit: Anna Berg / Valley "
      "Post)</em></p>";
  const std::string credit_span =
      "<p><span class=\"pic\"><a href=\"/big.jpg\"><img src=\"/gauge.jpg\" alt=\"\"></a></span>"
      "<span class=\"pic-text\">The gauge at the old mill at midnight. (Tom Weir / Valley "
      "Post)</span></p>";
  const std::string credit_box =
      "<div class=\"media\"><img src=\"/dam.jpg\" alt=\"\"><span class=\"small right\">"
      "Valley Images / Tom Weir</span></div>";
  const std::string floated =
      "<p><img src=\"/mill.jpg\" alt=\"\" align=\"left\">Volunteers came from every village in "
      "the valley, <em>some of them on foot</em>.</p><p><img src=\"/bridge.jpg\" alt=\"\">"
      "<em>Bridge Street</em> was the first to flood, and the last to be cleared.</p>";
  const std::string spanned =
      "<p><img src=\"/town.jpg\" alt=\"\"><span>The council met on Monday to count the cost: "
      "forty homes were flooded, two bridges were closed, and the school will stay shut until "
      "its boiler has been replaced, which may take a month, the head teacher said.</span></p>"
      "<p><span><img src=\"/hall.jpg\" alt=\"\">The town hall opened its doors to the "
      "volunteers.</span></p>";
  const std::string warning =
      "<p><img class=\"emoji\" src=\"/emoji/26a0.svg\" alt=\"\u26A0\uFE0F\"><strong>Do not drive "
      "through flood water: thirty centimetres of moving water can float a car.</strong></p>";
  ExpectKeptAndDropped(
      DatedStory(std::string(kStory) + credit + credit_span + credit_box + floated + spanned +
                 warning + kStory),
      PageType::kArticle,
      {"The river rose", "Volunteers came from every village", "Bridge Street was the first",
       "The council met on Monday", "The town hall opened its doors",
       "Do not drive through flood water"},
      {"Credit: Anna Berg", "The gauge at the old mill at midnight", "Valley Images / Tom Weir"});
}

TEST(RulesTest, PostMetadataLineUnderTheStoryGoes) {
  // A blog theme closes each post with a sentence of its metadata, in the
  // post's own box, in a paragraph classed "postmetadata" ("This entry was
  // posted on ... and is filed under ..."): one word, which no class token
  // of the meta vocabulary matched. It is the post's metadata and goes.
  ExpectKeptAndDropped(
      "<html><head><title>River floods lower town</title></head><body><div class=\"post\" "
      "id=\"post-5805\"><h2>River floods lower town</h2><div class=\"entry\">" +
          std::string(kStory) +
          "<p class=\"postmetadata alt\"><small>This entry was posted on Wednesday, November 27th, "
          "2019 at 3:21 pm and is filed under <a href=\"/c/news\">News</a>. Both comments and "
          "pings are currently closed.</small></p></div></div></body></html>",
      PageType::kArticle, {"The river rose", "some families may not be able to return"},
      {"This entry was posted"});
}

TEST(RulesTest, LinkedCardOfAnotherPageInsideAStoryGoes) {
  // A guide sets a card of another of its pages between its sections: a
  // heading that is one link over a sentence that is one link to the same
  // page ("Sandbag guide" over "Our guide shows how to fill ..."), then a
  // button. The sentence read as a linked sentence of the text, and its
  // title stayed over it; both are the other page's card and go. A linked
  // sentence under a heading linking elsewhere stays.
  const std::string card =
      "<div class=\"box\"><h3><a href=\"/guides/sandbags\">Sandbag guide</a></h3><p><a "
      "href=\"/guides/sandbags\">Our guide shows how to fill and stack sandbags so that they "
      "keep the water out of your home.</a></p><p><a href=\"/guides/sandbags\">Read "
      "more</a></p></div>";
  const std::string other =
      "<h3><a href=\"/council\">The council</a></h3><p><a href=\"/maps/flood-2024\">The "
      "council has published a map of the streets that were flooded this week.</a></p>";
  ExpectKeptAndDropped(DatedStory(std::string(kStory) + card + other + kStory),
                       PageType::kArticle,
                       {"The river rose", "The council has published a map"},
                       {"Sandbag guide", "Our guide shows how to fill"});
}

TEST(RulesTest, FootnoteNumberIsNoTitleOfTheTextAfterIt) {
  // A newsletter engine's post: a share button (a paragraph of one link)
  // over a paragraph, then a footnote, its number a line linking back into
  // the page over the note. Two one-link lines each over a paragraph read as
  // a listing's titles, and both stayed; a line leading within the page is
  // no title of another page, and with it one line remains: both go.
  ExpectKeptAndDropped(
      DatedStory(std::string(kStory) +
                 "<p><a href=\"/p/floods?action=share\">Share the Post</a></p><p>The council "
                 "meets on Monday to decide how to pay for the repairs.</p><div><a "
                 "href=\"#footnote-anchor-1\">1</a><div><p>The wall was last raised in 1952, "
                 "after the flood of that spring.</p></div></div>"),
      PageType::kArticle, {"The council meets on Monday", "after the flood of that spring."},
      {"Share the Post", "\n1\n"});
}

TEST(RulesTest, FootnoteNumberWrittenAsThePagesAddressIsNoTitle) {
  // The same post from an engine that writes every link whole: the
  // footnote's number links to the page's own address and the note's
  // fragment. That address is the page's URL, or its canonical one; either
  // way the line leads within the page, and both lines go.
  const std::string body = std::string(kStory) +
                           "<p><a href=\"/p/floods?action=share\">Share the Post</a></p><p>The "
                           "council meets on Monday to decide how to pay for the repairs.</p>"
                           "<div><a href=\"https://valley.example.com/p/floods#footnote-anchor-"
                           "1\">1</a><div><p>The wall was last raised in 1952, after the flood "
                           "of that spring.</p></div></div>";
  const std::string html = DatedStory(body);
  std::string canonical = html;
  canonical.insert(canonical.find("</head>"),
                   "<link rel=\"canonical\" href=\"https://valley.example.com/p/floods\">");
  const std::pair<std::string, std::string> pages[] = {
      {html, "https://valley.example.com/p/floods"}, {canonical, ""}};
  for (const auto& [page, url] : pages) {
    Result<Article> a = Extract(page, {}, PageInfo{url, ""});
    ASSERT_TRUE(a.ok());
    EXPECT_NE(a->text.find("after the flood of that spring."), std::string::npos) << a->text;
    EXPECT_EQ(a->text.find("Share the Post"), std::string::npos) << a->text;
    EXPECT_EQ(a->text.find("\n1\n"), std::string::npos) << a->text;
  }
}

TEST(RulesTest, FootnoteNumberIsReadAgainstThePagesOwnUrlNotItsBase) {
  // A <base href> may point elsewhere than the page: the site's root, a
  // mirror. A link is a jump within the page when it leads to the page's
  // own URL and a fragment, whatever the base says: the footnote's line
  // and the share button go. A link to the base's address and a fragment
  // leads to that other page: it is a title of the text after it, as the
  // share button is, and both stay.
  const std::string page_url = "https://valley.example.com/p/floods";
  auto story = [](const std::string& base, const std::string& note_href) {
    std::string html = DatedStory(
        std::string(kStory) +
        "<p><a href=\"/p/floods?action=share\">Share the Post</a></p><p>The council meets on "
        "Monday to decide how to pay for the repairs.</p><div><a href=\"" + note_href +
        "\">1</a><div><p>The wall was last raised in 1952, after the flood of that "
        "spring.</p></div></div>");
    html.insert(html.find("</head>"), "<base href=\"" + base + "\">");
    return html;
  };
  const struct {
    std::string html;
    bool jump;
  } kCases[] = {
      {story("https://static.valley-cdn.example.net/", page_url + "#footnote-anchor-1"), true},
      {story("https://valley.example.com/", "https://valley.example.com/#footnote-anchor-1"),
       false}};
  for (const auto& [html, jump] : kCases) {
    SCOPED_TRACE(html);
    Result<Article> a = Extract(html, {}, PageInfo{page_url, ""});
    ASSERT_TRUE(a.ok());
    EXPECT_NE(a->text.find("after the flood of that spring."), std::string::npos) << a->text;
    EXPECT_EQ(a->text.find("Share the Post") == std::string::npos, jump) << a->text;
    EXPECT_EQ(a->text.find("\n1\n") == std::string::npos, jump) << a->text;
  }
}

TEST(RulesTest, LineAfterAButtonClosingTheStoryGoes) {
  // A news engine closes the story with a share button, then its comment
  // section's rules as a paragraph: past a button (a short line that is all
  // link) the last line is the site's, and goes. A footnote's number over
  // its note is no button, and the note stays.
  ExpectKeptAndDropped(
      DatedStory(std::string(kStory) +
                 "<p><a href=\"https://wa.example.com/send?text=floods\">Share this on "
                 "WhatsApp</a></p><p>Comments that insult other readers or stray from the "
                 "subject will not be approved by the moderator.</p>"),
      PageType::kArticle, {"The river rose", "before spring."}, {"will not be approved"});
  ExpectKeptAndDropped(
      DatedStory(std::string(kStory) +
                 "<p><a href=\"#footnote-anchor-1\">1</a></p><p>The wall was last raised in "
                 "1952, after the flood of that spring.</p>"),
      PageType::kArticle, {"before spring.", "after the flood of that spring."}, {});
}

TEST(RulesTest, QueryLoopOfTheSitesPostsInsideTheStoryGoes) {
  // A block theme's Query Loop set between two parts of a story: a label
  // over a list whose items each hold a linked title to another post of the
  // site over its excerpt, each item's classes naming its category. Linked
  // titles over kept text read as a listing's and stayed; inside a story
  // with more text around them they are teasers and go with their label.
  // The same cards linking to other sites (a roundup's picks) stay.
  auto cards = [](const std::string& site) {
    std::string list = "<div class=\"wp-block-query\"><h2>More from Valley Post</h2><ul "
                       "class=\"wp-block-post-template\">";
    const char* posts[][2] = {
        {"bridge", "Council votes to rebuild the old bridge after years of debate."},
        {"school", "The school reopens its gym to the public on weekday evenings."},
        {"market", "The Saturday market moves to the square for the summer months."}};
    int n = 0;
    for (const auto& post : posts) {
      list += "<li class=\"wp-block-post post-" + std::to_string(++n) + " category-" +
              post[0] + "\"><h3><a href=\"" + site + "/" + post[0] + "/\">The " + post[0] +
              " story</a></h3><div><p>" + post[1] + "</p></div></li>";
    }
    return list + "</ul></div>";
  };
  ExpectKeptAndDropped(DatedStory(std::string(kStory) + cards("") + kStory),
                       PageType::kArticle, {"The river rose", "before spring."},
                       {"More from Valley Post", "The bridge story", "rebuild the old bridge"});
  ExpectKeptAndDropped(
      DatedStory(std::string(kStory) + cards("https://shop.example.com") + kStory),
      PageType::kArticle, {"The bridge story", "rebuild the old bridge"}, {});
}

TEST(RulesTest, SignUpBoxAroundAnEmailFieldGoes) {
  // A block theme's group between two paragraphs of a story: a heading and
  // a line over a form with an e-mail field, no class word saying
  // newsletter. The words around the field in a box of their own go with
  // it; a story whose own box ends with such a field keeps its text.
  ExpectKeptAndDropped(
      DatedStory(std::string(kStory) +
                 "<div class=\"wp-block-group\"><h3>Don't miss a story</h3><p>Get the week's "
                 "news from the valley in your inbox every Friday, for free.</p><form><input "
                 "type=\"email\" name=\"address\"><button>Go</button></form></div>" + kStory),
      PageType::kArticle, {"The river rose", "before spring."},
      {"Don't miss a story", "in your inbox every Friday"});
  ExpectKeptAndDropped(
      DatedStory("<div class=\"wp-block-group\">" + std::string(kStory) +
                 "<p>Tell us what you saw on the night of the flood.</p><input type=\"email\"></div>"),
      PageType::kArticle, {"The river rose", "before spring.", "on the night of the flood."},
      {});
  // A page builder's column: a heading widget, a text widget and a form
  // widget, the field five levels under the column (its group, the fields'
  // row, the <form>, the widget's two boxes). The column is the box.
  ExpectKeptAndDropped(
      DatedStory(std::string(kStory) +
                 "<div class=\"col-wrap\"><div class=\"el\"><h3>Join our letter</h3>"
                 "</div><div class=\"el\"><div class=\"el-box\"><p>Sign up now "
                 "for the week's news from the valley, straight to your inbox.</p></div></div>"
                 "<div class=\"el\"><div class=\"el-box\"><form><div class=\""
                 "fields\"><div class=\"field-group\"><input type=\"email\" name=\"email\">"
                 "</div></div><button>Go</button></form></div></div></div>"),
      PageType::kArticle, {"The river rose", "before spring."},
      {"Join our letter", "Sign up now"});
}

TEST(RulesTest, ShortLineOverAFormClosingTheStoryGoes) {
  // A form plugin's box after the story's last words: a short line saying
  // what the form is for, then the form, its fields named "First name" and
  // "Company" (no e-mail field). The line goes with the form. A paragraph
  // of text over such a form is the story's closing and stays, and so does
  // a short line over a form the story goes on after.
  const std::string form =
      "<form><div><label>First name</label><input type=\"text\"></div><div><label>Company"
      "</label><input type=\"text\"></div><button>Send</button></form>";
  ExpectKeptAndDropped(
      DatedStory(std::string(kStory) + "<div class=\"form-box\"><p>Fill in the form to get our "
                 "guide.</p>" + form + "</div>"),
      PageType::kArticle, {"The river rose", "before spring."}, {"Fill in the form"});
  ExpectKeptAndDropped(
      DatedStory(std::string(kStory) + "<p>Whether your cellar flooded or your roof leaked, the "
                 "valley's relief fund pays for the repairs insurance leaves out.</p>" + form),
      PageType::kArticle, {"before spring.", "the valley's relief fund pays"}, {});
  ExpectKeptAndDropped(
      DatedStory(std::string(kStory) + "<p>Fill in the form to get our guide.</p>" + form +
                 "<p>The mayor thanked the volunteers who filled sandbags through the night and "
                 "said the town would build a higher wall along the river next year.</p>"),
      PageType::kArticle, {"Fill in the form to get our guide.", "a higher wall"}, {});
}

TEST(RulesTest, SourceOfAQuoteWithItsProfileLinkedStays) {
  // A pull quote's <figcaption> links the one quoted: a social profile's
  // button before the name and the firm's site after the title. Any link
  // kept the source out; with most of its words unlinked it is the quote's
  // source still and stays. A caption that is mostly links (the quote's
  // share buttons) still goes.
  const std::string quote =
      "<figure class=\"quote\"><blockquote><p>We lost everything on the ground floor, but "
      "nobody was hurt, and that is what counts.</p></blockquote><figcaption class=\"quote-"
      "caption\"><a href=\"https://social.example.com/in/mlopez\">Profile</a><strong>Maria "
      "Lopez</strong>, <span>owner and manager</span>, <a href=\"https://lopez.example.com/\">"
      "Lopez Hardware</a></figcaption></figure>";
  const std::string shared =
      "<figure class=\"quote\"><blockquote><p>The water came in faster than anyone had "
      "expected, and it was gone again by noon.</p></blockquote><figcaption class=\"quote-"
      "caption\"><a href=\"/share/fb\">Share on Facebook</a> <a href=\"/share/x\">Share on X</a>"
      "</figcaption></figure>";
  ExpectKeptAndDropped(
      DatedStory(std::string(kStory) + quote + shared + kStory), PageType::kArticle,
      {"We lost everything", "Maria Lopez", "owner and manager"}, {"Share on Facebook"});
}

TEST(RulesTest, ParagraphOpenedByAnImagesAltThatGoesOnStays) {
  // An alt written from the paragraph under the picture, its first
  // sentence, makes more than half of that paragraph; but the paragraph
  // goes on with a sentence of its own: it is the story's text, not the
  // picture's caption (CaptionsAnImage), and stays. The caption with its
  // credit after it still goes.
  const std::string alt = "Volunteers filled sandbags on Bridge Street from dawn until noon.";
  const std::string text = "<p><img src=\"/sandbags.jpg\" alt=\"" + alt + "\"></p><p>" + alt +
                           " Then the water came over the wall.</p>";
  const std::string photo =
      "<p><img src=\"/gauge.jpg\" alt=\"The gauge at the old mill read four metres at "
      "midnight.\"></p><p>The gauge at the old mill read four metres at midnight. (Photo: "
      "Anna Berg / Valley Post)</p>";
  ExpectKeptAndDropped(DatedStory(std::string(kStory) + text + photo + kStory),
                       PageType::kArticle,
                       {"Volunteers filled sandbags", "Then the water came over the wall."},
                       {"Photo: Anna Berg", "The gauge at the old mill"});
}

TEST(RulesTest, AmpPromptsOverTheStoryGo) {
  // An AMP page lays its prompts over the story in AMP's own elements: the
  // request to allow push notifications (<amp-web-push-widget>) and the
  // consent notice (<amp-consent>). Their names say they are dialogs, in
  // any language: they go, as a <dialog> does; the story stays.
  const std::string prompts =
      "<amp-web-push-widget visibility=\"unsubscribed\" layout=\"fixed\" width=\"250\" "
      "height=\"80\"><div class=\"widget-content\"><h3>Want more?</h3><p>Valley Post would like "
      "to send you push notifications whenever a new story about the floods is published.</p>"
      "<button on=\"tap:amp-web-push.subscribe\">Allow</button></div></amp-web-push-widget>"
      "<amp-consent id=\"consent\" layout=\"nodisplay\"><div class=\"consent-ui\"><p>We and our "
      "partners store and read information on your device to show you the stories you like "
      "best and to measure how our pages are read.</p><button>Accept</button></div></amp-consent>";
  ExpectKeptAndDropped(DatedStory(std::string(kStory) + prompts + kStory), PageType::kArticle,
                       {"The river rose by two metres overnight", "clean-up will take weeks"},
                       {"Want more?", "push notifications", "partners store and read"});
}

TEST(RulesTest, TextDisguisedInTwoAlphabetsGoes) {
  // An ad under the story is written with Cyrillic letters in place of
  // Latin ones of the same shape ("Аdvеrtіѕе": its "А", "е", "і", "ѕ"), so
  // a reader reads English and a filter's word list reads nothing: most of
  // its words mix the two alphabets, and it goes. A Russian paragraph with
  // a Latin letter slipped into one word stays, as does a line naming
  // "TNFα" (Greek with Latin).
  const std::string ad =
      "<p>\u0410dv\u0435rt\u0456\u0455\u0435 w\u0456th th\u0435 "
      "m\u043e\u0455t v\u0456\u0455\u0456t\u0435d n\u0435w\u0455 "
      "\u0455\u0456t\u0435 \u0456n th\u0435 v\u0430ll\u0435\u0443. "
      "W\u0435 \u043eff\u0435r full\u0443 "
      "\u0441u\u0455t\u043em\u0456z\u0430bl\u0435 "
      "d\u0456g\u0456t\u0430l \u0440\u0430\u0441k\u0430g\u0435\u0455 "
      "f\u043er \u0443\u043eur \u0455h\u043e\u0440.</p>";
  const std::string russian =
      "<p>\u0412\u043e\u0434\u0430 \u043f\u043e\u0434\u043d\u044f\u043b\u0430\u0441\u044c "
      "\u043d\u0430 \u0434\u0432\u0430 \u043c\u0435\u0442\u0440\u0430 \u0437\u0430 "
      "\u043d\u043e\u0447\u044c, \u0438 \u0436\u0438\u0442\u0435\u043b\u0438 "
      "\u043f\u0435\u0440\u0435\u043d\u0435\u0441\u043b\u0438 \u0432\u0435\u0449\u0438 "
      "\u043d\u0430\u0432\u0435\u0440\u0445 (\u0441oo\u0431\u0449\u0430\u0435\u0442 \u043c\u044d\u0440).</p>"
      "<p>Doctors measured TNF\u03b1 and PPAR\u03b3 in the blood of those pulled from the "
      "water, and found ER\u03b1 raised in some of them.</p>";
  ExpectKeptAndDropped(DatedStory(std::string(kStory) + russian + kStory + ad),
                       PageType::kArticle,
                       {"The river rose by two metres overnight",
                        "\u043d\u0430\u0432\u0435\u0440\u0445", "Doctors measured TNF"},
                       {"dv\u0435rt\u0456\u0455\u0435", "f\u043er \u0443\u043eur"});
}

TEST(RulesTest, ClassWordsOfOtherLanguagesNameChrome) {
  // A site's classes name its parts in the site's language: its footer a
  // "rodape" (Portuguese), a box of ads "werbung" (German), a share bar
  // "compartir" (Spanish). Each is chrome as "footer", "ads" and "share"
  // are, and goes; the story stays.
  const std::string page =
      "<html><head><title>River floods lower town | Valley Post</title></head><body><div "
      "id=\"page\"><div id=\"conteudo\" class=\"container\"><div class=\"row\"><div "
      "class=\"col-md-9\"><h1>River floods lower town</h1><small>01/03/2024</small>" +
      std::string(kStory) +
      "<div class=\"werbung-box\"><p>Visit the new garden centre on the ring road, open every "
      "day from eight until eight.</p></div><div class=\"compartir\"><p>Tell your friends "
      "about this story on the networks you use every day.</p></div></div></div></div>"
      "<div class=\"rodape\"><div class=\"container\"><div>Valley Post - VP - Rua das Flores, "
      "1111 - Centro - 89259-565 - Caixa Postal 421 - Fone: (047) 2106-8000</div></div></div>"
      "</div></body></html>";
  ExpectKeptAndDropped(page, PageType::kArticle,
                       {"The river rose by two metres overnight", "clean-up will take weeks"},
                       {"Rua das Flores", "garden centre", "Tell your friends"});
}

TEST(RulesTest, HiddenSlidesOfAStoryStay) {
  // A listicle told in slides shows one at a time and hides the others
  // till the reader pages on; the slides are boxes of one template, their
  // class words a gallery's. On a story each slide holding text is the
  // story's and stays; a lone hidden box of text (a notice) is no slide
  // and stays out.
  auto slide = [](const char* shown, const std::string& body) {
    return std::string("<div class=\"gallery--section") + shown + "\"" +
           (*shown ? " style=\"display: none\"" : "") + ">" + body + "</div>";
  };
  const std::string slides =
      "<div class=\"gallery--paragraph\">" + slide("", kStory) +
      slide(" hidden",
            "<h2>3. A bookshelf made of a piano</h2><p>For the music lovers among us there is a "
            "bookshelf made of a real piano that once stood in a concert hall.</p>") +
      slide(" hidden",
            "<h2>2. A remote with a headphone plug</h2><p>This one is a gift for everyone who "
            "lives with you, since it lets you listen to the television alone.</p>") +
      slide(" hidden",
            "<h2>1. A ring shaped like a hug</h2><p>This piece of jewellery is for those who love "
            "to feel a warm embrace around a finger all day long.</p>") +
      "</div><div class=\"notice\" style=\"display: none\"><p>Your session has expired after "
      "thirty minutes without activity, please sign in again to go on reading.</p></div>";
  ExpectKeptAndDropped(DatedStory(slides), PageType::kArticle,
                       {"The river rose by two metres overnight", "made of a real piano",
                        "listen to the television alone", "warm embrace"},
                       {"Your session has expired"});
}

TEST(RulesTest, AQuotesFooterNamingItsSourceStays) {
  // A quote names its speaker in a footer of its own: the HTML standard's
  // <blockquote><footer>— <cite>, or a box classed as the quote's footer
  // holding a <cite> (a testimonial's customer under each quote). That
  // footer is the quote's, and its one line stays beside it; the page's
  // footer, of two lines though one cites a source, goes.
  const std::string body =
      std::string(kStory) +
      "<blockquote><p>We have never seen the water come up this fast, not even in the great "
      "flood of the sixties.</p><footer>— <cite>Tom Hale, the mayor</cite></footer></blockquote>"
      "<div class=\"quote\"><div class=\"quote__text\">My neighbours carried my mother down the "
      "stairs in the dark, and I will never forget it.</div><div class=\"quote__footer\"><cite>"
      "<span>Mary Stone</span> <span>Riverside Street</span></cite></div></div>" +
      kStory;
  std::string page = DatedStory(body);
  page.insert(page.find("</body>"),
              "<div class=\"site-footer\"><p>Photos by <cite>Valley Archive</cite></p><p>Valley "
              "Post, 12 Mill Lane, Rivertown</p></div>");
  ExpectKeptAndDropped(page, PageType::kArticle,
                       {"come up this fast", "Tom Hale, the mayor", "I will never forget it",
                        "Mary Stone Riverside Street"},
                       {"Valley Archive", "12 Mill Lane"});
}

TEST(RulesTest, ALinkListTheTextIntroducesStays) {
  // A FAQ's answer lists the brands it names as links between two of its
  // lines: the line over the list ends with a colon, a line of the answer
  // follows it. That list is the answer's, and stays with both lines. A
  // "Read more:" line is a label, no sentence: the teasers under it go with
  // it, though the story goes on after them in the same box.
  const std::string body =
      std::string(kStory) +
      "<div class=\"answer\"><p>The shelters open for the night in the lower town "
      "include:</p><ul><li><a href=\"/gym\">School gym</a></li><li><a href=\"/hall\">Church "
      "hall</a></li><li><a href=\"/library\">Old library</a></li></ul><p>Each of them has "
      "beds, food and dry clothes for the people who had to leave their homes.</p></div>" +
      "<div class=\"story\"><p>Read more:</p><ul><li><a href=\"/a\">Storm warnings for the "
      "coast</a></li><li><a href=\"/b\">Farmers count the cost</a></li><li><a href=\"/c\">"
      "Roads closed in the valley</a></li></ul>" +
      kStory + "</div>";
  ExpectKeptAndDropped(DatedStory(body), PageType::kArticle,
                       {"lower town include:", "School gym", "Church hall", "Old library",
                        "Each of them has beds"},
                       {"Read more:", "Storm warnings for the coast", "Farmers count the cost"});
}

TEST(RulesTest, ALinkListClosingTheTextStays) {
  // The text ends on a line announcing a list of links ("see the following
  // reports:") and the list, the last thing of the text's box: the list is
  // the text's, and stays with its line. Lines and links set in a box of
  // their own under the text, no text of that box above the line, are a
  // box of related pages: they go.
  const std::string body =
      std::string(kStory) +
      "<h2>Further reading</h2><p>For the full details of the flood defences planned for "
      "the valley, see the following reports:</p><ul><li><a href=\"/plan\">The council's "
      "flood plan</a></li><li><a href=\"/report\">The river authority's yearly "
      "report</a></li></ul>";
  ExpectKeptAndDropped(DatedStory(body), PageType::kArticle,
                       {"see the following reports:", "The council's flood plan",
                        "The river authority's yearly report"},
                       {});
  const std::string boxed =
      std::string("<div class=\"text\">") + kStory +
      "</div><div class=\"more\"><p>Readers of this story also found the following pages "
      "helpful:</p><ul><li><a href=\"/dam\">Building the new dam</a></li><li><a "
      "href=\"/insurance\">Insurance after a flood</a></li></ul></div>";
  ExpectKeptAndDropped(DatedStory(boxed), PageType::kArticle, {"The river rose by two metres"},
                       {"Building the new dam", "Insurance after a flood"});
  // A box of related pages inside the text's box, its line long enough to
  // read as text: no text of that box above the line, the list goes. Nor
  // does a second group's line count as text above it.
  const std::string inside =
      std::string("<div class=\"text\">") + kStory +
      "<div class=\"more\"><p>Readers of this story about the flood in the lower town also "
      "found the following pages helpful:</p><ul><li><a href=\"/dam\">Building the new "
      "dam</a></li><li><a href=\"/insurance\">Insurance after a flood</a></li></ul></div></div>";
  ExpectKeptAndDropped(DatedStory(inside), PageType::kArticle, {"The river rose by two metres"},
                       {"Building the new dam", "Insurance after a flood"});
  const std::string groups =
      std::string("<div class=\"text\">") + kStory +
      "<div class=\"more\"><p>More stories from our archive about the floods that hit the "
      "lower town in past winters:</p><ul><li><a href=\"/1990\">The flood of 1990</a></li><li>"
      "<a href=\"/2003\">The flood of 2003</a></li></ul><p>Readers of this story about the "
      "flood in the lower town also found the following pages helpful:</p><ul><li><a "
      "href=\"/dam\">Building the new dam</a></li><li><a href=\"/insurance\">Insurance after "
      "a flood</a></li></ul></div></div>";
  ExpectKeptAndDropped(DatedStory(groups), PageType::kArticle, {"The river rose by two metres"},
                       {"Building the new dam", "Insurance after a flood"});
}

}  // namespace
}  // namespace pith
