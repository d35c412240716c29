// Stage 7, render: JSON is valid and complete; the explain page shows every block.
#include <gtest/gtest.h>

#include <limits>
#include <nlohmann/json.hpp>
#include <string>

#include "pith/pith.h"

namespace pith {
namespace {

Block MakeBlock(BlockKind kind, int level, const std::string& text, bool kept, double score,
                const std::string& reason) {
  Block b;
  b.kind = kind;
  b.level = level;
  b.text = text;
  b.kept = kept;
  b.score = score;
  b.reason = reason;
  return b;
}

Article Sample() {
  Article a;
  a.found = true;
  a.url = "file.html";
  a.title = "T \"quoted\" <b>";
  a.language = "en";
  a.encoding = "UTF-8";
  a.text = "Kept paragraph.";
  a.blocks = {MakeBlock(BlockKind::kParagraph, 0, "Kept paragraph.", true, 3.5, "main content"),
              MakeBlock(BlockKind::kHeading, 2, "Most <Popular>", false, 0, "class/id: recommended")};
  return a;
}

TEST(RenderJsonTest, IsValidJsonWithAllFields) {
  const Article a = Sample();
  nlohmann::json j = nlohmann::json::parse(RenderJson(a));
  EXPECT_EQ(j["url"], "file.html");
  EXPECT_EQ(j["title"], a.title);
  EXPECT_EQ(j["language"], "en");
  EXPECT_EQ(j["encoding"], "UTF-8");
  EXPECT_EQ(j["found"], true);
  EXPECT_EQ(j["text"], "Kept paragraph.");
  EXPECT_FALSE(j.contains("blocks"));
  nlohmann::json jb = nlohmann::json::parse(RenderJson(a, /*with_blocks=*/true));
  ASSERT_EQ(jb["blocks"].size(), 2u);
  EXPECT_EQ(jb["blocks"][1]["kind"], "heading");
  EXPECT_EQ(jb["blocks"][1]["level"], 2);
  EXPECT_EQ(jb["blocks"][1]["kept"], false);
  EXPECT_EQ(jb["blocks"][1]["reason"], "class/id: recommended");
  EXPECT_DOUBLE_EQ(jb["blocks"][0]["score"].get<double>(), 3.5);
  EXPECT_EQ(RenderJson(a).find('\n'), std::string::npos);
}

TEST(RenderJsonTest, InvalidUtf8InAPathDoesNotThrow) {
  Article a;
  a.url = "bad\xFF.html";
  nlohmann::json j = nlohmann::json::parse(RenderJson(a));
  EXPECT_EQ(j["url"], "bad\xEF\xBF\xBD.html");
}

TEST(RenderErrorJsonTest, NamesInputAndCause) {
  nlohmann::json j = nlohmann::json::parse(RenderErrorJson("x.html", Status::IoError("gone")));
  EXPECT_EQ(j["url"], "x.html");
  EXPECT_EQ(j["error"], "I/O error: gone");
  EXPECT_EQ(j["found"], false);
}

// Numbers set by hand (the C++ API, an unpickled pith.Article) are bounded
// where the renderers read them: Markdown counts a negative number, as its
// numbers run from 0 to 999999999 ("-1. " would join the item before as a
// line of its text, and ten figures are no list item); HTML writes a
// negative value= as the page did; a marker without a list type behind it
// (Block::list_type) is counted.
TEST(RenderMarkupTest, HandSetMarkersAreBounded) {
  Article a;
  a.found = true;
  for (const int number : {1, 0, -1, 1000000000, 99}) {
    const std::string marker = std::to_string(number) + ".";
    Block b = MakeBlock(BlockKind::kListItem, 1, "Item " + marker, true, 1, "main content");
    b.ordered = true;
    b.marker = marker;
    b.number = number;
    b.list_type = number == 99 ? 0 : '1';
    b.reversed = true;
    a.blocks.push_back(b);
  }
  const std::string md = Render(a, OutputFormat::kMarkdown);
  EXPECT_NE(md.find("1. Item 1.\n0. Item 0.\n1. Item -1.\n2. Item 1000000000.\n3. Item 99."),
            std::string::npos) << md;
  const std::string html = Render(a, OutputFormat::kHtml);
  EXPECT_NE(html.find("<ol reversed start=\"1\">\n<li>Item 1.</li>\n<li>Item 0.</li>\n"
                      "<li>Item -1.</li>\n<li value=\"1000000000\">Item 1000000000.</li>\n"
                      "<li>Item 99.</li>\n</ol>"),
            std::string::npos)
      << html;
}

TEST(RenderMarkupTest, HandSetListTypesAndNumbersAreBounded) {
  // Blocks set by hand: a list type no list has ('"') is none, the item
  // counted, and written into no type= attribute; numbers at an int's ends
  // are counted on without overflowing.
  Article a;
  a.found = true;
  auto item = [&](const std::string& text, int number, char type, bool reversed) {
    Block b = MakeBlock(BlockKind::kListItem, 1, text, true, 1, "main content");
    b.ordered = true;
    b.marker = std::to_string(number) + ".";
    b.number = number;
    b.list_type = type;
    b.reversed = reversed;
    a.blocks.push_back(b);
  };
  item("Item A", 7, '"', false);
  item("Item B", std::numeric_limits<int>::max(), '1', false);
  item("Item C", 5, 0, false);
  a.blocks.push_back(
      MakeBlock(BlockKind::kParagraph, 0, "Between the lists.", true, 1, "main content"));
  item("Item D", std::numeric_limits<int>::min(), '1', true);
  item("Item E", 5, 0, true);
  const std::string html = Render(a, OutputFormat::kHtml);
  EXPECT_EQ(html.find("type="), std::string::npos) << html;
  EXPECT_NE(html.find("<ol>\n<li>Item A</li>\n<li value=\"2147483647\">Item B</li>\n"
                      "<li>Item C</li>\n</ol>"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<ol reversed start=\"-2147483648\">\n<li>Item D</li>\n<li>Item E</li>\n"
                      "</ol>"),
            std::string::npos)
      << html;
  const std::string md = Render(a, OutputFormat::kMarkdown);
  EXPECT_NE(md.find("1. Item A\n2. Item B\n3. Item C"), std::string::npos) << md;
  EXPECT_NE(md.find("1. Item D\n2. Item E"), std::string::npos) << md;
}

// A link set by hand to a script (in any case, with the tabs and line
// breaks a browser drops from a URL, after spaces) or to data is written as
// its words alone; other schemes and relative addresses keep their links.
TEST(RenderMarkupTest, LinksToScriptsAreWordsOnly) {
  Article a;
  a.found = true;
  Block b = MakeBlock(BlockKind::kParagraph, 0, "a b c d e f", true, 1, "main content");
  const char* urls[] = {" JaVa\tScRiPt:alert(1)", "v\nbscript:x", "LiveScript:x", "DATA:text/html,x",
                        "mailto:a@b.example", "/x:y"};
  for (std::size_t i = 0; i < 6; ++i) b.links.push_back(Link{2 * i, 2 * i + 1, urls[i]});
  a.blocks.push_back(b);
  RenderOptions o;
  o.with_links = true;
  const std::string html = Render(a, OutputFormat::kHtml, o);
  EXPECT_NE(html.find("<p>a b c d <a href=\"mailto:a@b.example\">e</a> <a href=\"/x:y\">f</a></p>"),
            std::string::npos) << html;
  EXPECT_EQ(Render(a, OutputFormat::kMarkdown, o), "a b c d [e](mailto:a@b.example) [f](/x:y)\n");
  o.with_blocks = true;
  nlohmann::json j = nlohmann::json::parse(RenderJson(a, o));
  ASSERT_EQ(j["blocks"][0]["links"].size(), 2u);
  EXPECT_EQ(j["blocks"][0]["links"][0]["url"], "mailto:a@b.example");
}

TEST(RenderExplainHtmlTest, ShowsEveryBlockEscaped) {
  const std::string html = RenderExplainHtml(Sample());
  EXPECT_NE(html.find("<div class=\"b kept\">"), std::string::npos);
  EXPECT_NE(html.find("<div class=\"b dropped\">"), std::string::npos);
  EXPECT_NE(html.find("Most &lt;Popular&gt;"), std::string::npos);
  EXPECT_NE(html.find("class/id: recommended"), std::string::npos);
  EXPECT_NE(html.find("score 3.50"), std::string::npos);
  EXPECT_NE(html.find("1 of 2 blocks kept"), std::string::npos);
  EXPECT_EQ(html.find("<Popular>"), std::string::npos);
}

// A numbered item's block opens with its number (Block::marker), as in the
// text, Markdown and HTML output; an item without one shows its text alone.
TEST(RenderExplainHtmlTest, ShowsTheMarkersOfNumberedItems) {
  Article a = Sample();
  for (const char* marker : {"iv.", ""}) {
    Block b = MakeBlock(BlockKind::kListItem, 1, "Item <four>", true, 1, "main content");
    b.ordered = true;
    b.marker = marker;
    a.blocks.push_back(b);
  }
  const std::string html = RenderExplainHtml(a);
  EXPECT_NE(html.find("main content</span><span>iv. Item &lt;four&gt;</span>"), std::string::npos)
      << html;
  EXPECT_NE(html.find("main content</span><span>Item &lt;four&gt;</span>"), std::string::npos)
      << html;
}

}  // namespace
}  // namespace pith
