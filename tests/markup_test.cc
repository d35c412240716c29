// Markdown and HTML output of handmade pages, checked exactly: nested and
// numbered lists, tables, quotes, code, links, images, comments; and the
// options that shape what is kept (tables, comments, precision/recall).
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>
#include <vector>

#include "pith/pith.h"

namespace pith {
namespace {

const char* kIntro =
    "<p>The parish council met on Tuesday evening to agree on the plan for the spring clean-up, "
    "and more volunteers came than in any year before.</p>";

const char* kOutro =
    "<p>The next meeting of the council is in April, when the results of the day will be "
    "reported and the volunteers thanked.</p>";

Article Get(const std::string& body, const ExtractOptions& options = {},
            const std::string& url = "https://parish.example/news/cleanup.html") {
  PageInfo page;
  page.url = url;
  Result<Article> a = Extract("<html><head><title>Clean-up day</title></head><body><article>" +
                                  body + "</article></body></html>",
                              options, page);
  EXPECT_TRUE(a.ok()) << a.status().ToString();
  return a.ok() ? *a : Article{};
}

std::string Md(const Article& a, RenderOptions o = {}) { return Render(a, OutputFormat::kMarkdown, o); }

TEST(MarkdownTest, NestedAndNumberedLists) {
  const Article a = Get(std::string(kIntro) +
                        "<ol><li>Meet at the church hall at nine in the morning"
                        "<ul><li>Bring gloves and sturdy boots</li><li>Bags are provided by the council"
                        "<ol><li>Green bags for garden waste</li><li>Black bags for the rest</li></ol>"
                        "</li></ul></li><li>Split into groups of four for each street</li></ol>" +
                        kOutro);
  EXPECT_EQ(Md(a),
            "# Clean-up day\n\n" + std::string(
            "The parish council met on Tuesday evening to agree on the plan for the spring clean-up, "
            "and more volunteers came than in any year before.\n\n"
            "1. Meet at the church hall at nine in the morning\n"
            "   - Bring gloves and sturdy boots\n"
            "   - Bags are provided by the council\n"
            "     1. Green bags for garden waste\n"
            "     2. Black bags for the rest\n"
            "2. Split into groups of four for each street\n\n"
            "The next meeting of the council is in April, when the results of the day will be "
            "reported and the volunteers thanked.\n"));
  const std::string html = Render(a, OutputFormat::kHtml);
  EXPECT_NE(html.find("<ol>\n<li>Meet at the church hall at nine in the morning<ul>\n"
                      "<li>Bring gloves and sturdy boots</li>\n<li>Bags are provided by the council<ol>\n"
                      "<li>Green bags for garden waste</li>\n<li>Black bags for the rest</li>\n</ol>\n"
                      "</li>\n</ul>\n</li>\n<li>Split into groups of four for each street</li>\n</ol>\n"),
            std::string::npos)
      << html;
}

// A numbered list's items show the page's numbers in every format: the
// list's start=, an item's value=, a reversed list counting down, a list
// in letters (type=a); an item that writes its number in its text (a list
// of references styled without markers) is not numbered twice, and an
// item whose words are a paragraph (<li><p>) is an item of its list.
TEST(MarkdownTest, NumberedItemsShowThePagesNumbers) {
  const Article a = Get(std::string(kIntro) +
                        "<ol start=\"3\"><li>Rakes from the shed behind the hall</li>"
                        "<li value=\"7\">Gloves for everyone who comes along"
                        "<ol type=\"a\"><li>Small sizes</li><li>Large sizes</li></ol></li>"
                        "<li>Bags from the council</li></ol>" + kIntro +
                        "<ol reversed><li>Mill Lane last</li><li>Church Road second</li>"
                        "<li>High Street first</li></ol>" + kIntro +
                        "<ol><li><p>Meet at the church hall at nine in the morning sharp.</p></li>"
                        "<li>2. The groups leave at half past nine</li></ol>" + kOutro);
  const std::string intro =
      "The parish council met on Tuesday evening to agree on the plan for the spring clean-up, "
      "and more volunteers came than in any year before.\n\n";
  EXPECT_EQ(a.text, intro +
                        "3. Rakes from the shed behind the hall\n\n"
                        "7. Gloves for everyone who comes along\n\n"
                        "a. Small sizes\n\nb. Large sizes\n\n"
                        "8. Bags from the council\n\n" + intro +
                        "3. Mill Lane last\n\n2. Church Road second\n\n1. High Street first\n\n" +
                        intro +
                        "1. Meet at the church hall at nine in the morning sharp.\n\n"
                        "2. The groups leave at half past nine\n\n"
                        "The next meeting of the council is in April, when the results of the day "
                        "will be reported and the volunteers thanked.");
  const std::string md = Md(a);
  EXPECT_NE(md.find("3. Rakes from the shed behind the hall\n"
                    "7. Gloves for everyone who comes along\n"
                    "   1. Small sizes\n   2. Large sizes\n"
                    "8. Bags from the council\n\n"),
            std::string::npos) << md;
  EXPECT_NE(md.find("3. Mill Lane last\n2. Church Road second\n1. High Street first\n\n"),
            std::string::npos) << md;
  EXPECT_NE(md.find("\n\n1. Meet at the church hall at nine in the morning sharp.\n2. "),
            std::string::npos) << md;
  const std::string html = Render(a, OutputFormat::kHtml);
  EXPECT_NE(html.find("<ol start=\"3\">\n<li>Rakes from the shed behind the hall</li>\n"
                      "<li value=\"7\">Gloves for everyone who comes along<ol type=\"a\">\n"
                      "<li>Small sizes</li>\n<li>Large sizes</li>\n</ol>\n</li>\n"
                      "<li>Bags from the council</li>\n</ol>\n"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<ol reversed start=\"3\">\n<li>Mill Lane last</li>\n<li>Church Road "
                      "second</li>\n<li>High Street first</li>\n</ol>\n"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<ol>\n<li>Meet at the church hall at nine in the morning sharp.</li>\n<li>"),
            std::string::npos) << html;
  std::vector<std::string> markers;
  for (const Block& b : a.blocks) {
    if (b.kept && (b.ordered || !b.marker.empty())) markers.push_back(b.marker);
  }
  EXPECT_EQ(markers, (std::vector<std::string>{"3.", "7.", "a.", "b.", "8.", "3.", "2.", "1.", "1.", ""}));
}

// An item whose first block is a heading or a quote (a how-to's step,
// <li><h3>Download the installer</h3><p>...</p></li>) shows its number in
// Markdown and HTML as in the text: the heading opens with it, and the
// quote is its item's.
TEST(MarkdownTest, NumberedStepsOpeningWithAHeadingOrQuoteShowTheirNumbers) {
  const Article a = Get(std::string(kIntro) +
                        "<ol><li><h3>Rakes from the shed</h3><p>Take the rakes from the shed "
                        "behind the hall, and bring them back there when the day is over.</p></li>"
                        "<li><h3>Gloves for everyone</h3><p>Hand out the gloves at the door, one "
                        "pair to each volunteer, and keep the small sizes for the children.</p>"
                        "</li><li><blockquote>Leave the hedges to the birds until the summer, as "
                        "the council asked everyone to do this year.</blockquote></li></ol>" +
                        kOutro);
  EXPECT_NE(a.text.find("1. Rakes from the shed\n\nTake the rakes"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("3. Leave the hedges"), std::string::npos) << a.text;
  const std::string md = Md(a);
  EXPECT_NE(md.find("### 1. Rakes from the shed\n\nTake the rakes"), std::string::npos) << md;
  EXPECT_NE(md.find("### 2. Gloves for everyone\n\n"), std::string::npos) << md;
  EXPECT_NE(md.find("\n\n3. > Leave the hedges"), std::string::npos) << md;
  const std::string html = Render(a, OutputFormat::kHtml);
  EXPECT_NE(html.find("<h3>1. Rakes from the shed</h3>"), std::string::npos) << html;
  EXPECT_NE(html.find("<h3>2. Gloves for everyone</h3>"), std::string::npos) << html;
  EXPECT_NE(html.find("<ol start=\"3\">\n<li><blockquote><p>Leave the hedges"), std::string::npos)
      << html;
}

// Numbered lists of every kind: letters, Roman numerals, start=, value=,
// reversed, and a lettered list right before a list in figures.
std::string NumberedListsPage() {
  return std::string(kIntro) +
         "<ol type=\"a\"><li>Rakes from the shed behind the hall</li>"
         "<li>Gloves for everyone who comes along</li></ol>" +
         kIntro +
         "<ol type=\"I\" start=\"4\"><li>Mill Lane after the church</li>"
         "<li>Church Road after the school</li><li value=\"9\">High Street last of all</li></ol>" +
         kIntro +
         "<ol reversed><li>Mill Lane last of the three</li><li>Church Road second</li>"
         "<li>High Street first of all</li></ol>" +
         kIntro +
         "<ol type=\"i\" reversed><li>The third and last step</li><li>The second step</li>"
         "<li>The first step of all</li></ol>" +
         kIntro +
         "<ol start=\"8\" type=\"a\"><li>The eighth group of four</li><li>The ninth group of "
         "four</li></ol>"
         "<ol><li>Another list of its own</li><li>And its second item</li></ol>" +
         kOutro;
}

// The HTML output shows a numbered list as the page did: its type= (letters,
// Roman numerals), start= and reversed, carried on the items' blocks
// (Block::number, list_type, reversed), and a list of another type beside
// it is a list of its own.
TEST(HtmlTest, NumberedListsKeepTheirTypeStartAndDirection) {
  const Article a = Get(NumberedListsPage());
  const std::string html = Render(a, OutputFormat::kHtml);
  EXPECT_NE(html.find("<ol type=\"a\">\n<li>Rakes from the shed behind the hall</li>\n"
                      "<li>Gloves for everyone who comes along</li>\n</ol>\n"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<ol type=\"I\" start=\"4\">\n<li>Mill Lane after the church</li>\n"
                      "<li>Church Road after the school</li>\n<li value=\"9\">High Street last of "
                      "all</li>\n</ol>\n"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<ol reversed start=\"3\">\n<li>Mill Lane last of the three</li>\n"
                      "<li>Church Road second</li>\n<li>High Street first of all</li>\n</ol>\n"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<ol type=\"i\" reversed start=\"3\">\n<li>The third and last step</li>\n"
                      "<li>The second step</li>\n<li>The first step of all</li>\n</ol>\n"),
            std::string::npos)
      << html;
  EXPECT_NE(
      html.find("<ol type=\"a\" start=\"8\">\n<li>The eighth group of four</li>\n"
                "<li>The ninth group of four</li>\n</ol>\n"
                "<ol>\n<li>Another list of its own</li>\n<li>And its second item</li>\n</ol>\n"),
      std::string::npos)
      << html;
}

// A list's numbers are the ones the page set, not read back from the
// markers the text shows: "i." is the ninth letter of a list of letters,
// "c." a hundred in Roman numerals, and a reversed list of one item still
// counts down (the markers alone read as Roman 1, the letter c and a list
// counting up).
TEST(HtmlTest, NumberedListsShowTheNumbersThePageSet) {
  const Article a = Get(std::string(kIntro) +
                        "<ol type=\"a\" start=\"9\"><li>The ninth group meets at the gates of the "
                        "school at ten.</li></ol>" + kIntro +
                        "<ol type=\"i\" start=\"100\"><li>The hundredth volunteer is given a "
                        "prize by the council.</li></ol>" + kIntro +
                        "<ol reversed start=\"5\"><li>The fifth and last street is cleaned in "
                        "the afternoon.</li></ol>" + kOutro);
  EXPECT_NE(a.text.find("i. The ninth group"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("c. The hundredth volunteer"), std::string::npos) << a.text;
  const std::string html = Render(a, OutputFormat::kHtml);
  EXPECT_NE(html.find("<ol type=\"a\" start=\"9\">\n<li>The ninth group"), std::string::npos)
      << html;
  EXPECT_NE(html.find("<ol type=\"i\" start=\"100\">\n<li>The hundredth"), std::string::npos)
      << html;
  EXPECT_NE(html.find("<ol reversed start=\"5\">\n<li>The fifth"), std::string::npos) << html;
  const std::string md = Md(a);
  EXPECT_NE(md.find("\n\n9. The ninth group"), std::string::npos) << md;
  EXPECT_NE(md.find("\n\n100. The hundredth volunteer"), std::string::npos) << md;
  RenderOptions with_blocks;
  with_blocks.with_blocks = true;
  const std::string json = Render(a, OutputFormat::kJson, with_blocks);
  EXPECT_NE(json.find("\"marker\":\"c.\",\"number\":100,\"list_type\":\"i\""),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("\"marker\":\"5.\",\"number\":5,\"list_type\":\"1\",\"reversed\":true"),
            std::string::npos)
      << json;
}

// Markdown writes each item's own number in figures, an item in letters or
// Roman numerals its place ("c." 3., "IV." 4.), so that the first number, the
// list's start for CommonMark, is right; the later numbers of a reversed
// list, or of one that skips, read right in the source only (CommonMark
// counts up from the first: README).
TEST(MarkdownTest, NumberedListsShowEachItemsNumberInFigures) {
  const std::string md = Md(Get(NumberedListsPage()));
  EXPECT_NE(
      md.find(
          "\n\n1. Rakes from the shed behind the hall\n2. Gloves for everyone who comes along\n\n"),
      std::string::npos)
      << md;
  EXPECT_NE(md.find("\n\n4. Mill Lane after the church\n5. Church Road after the school\n"
                    "9. High Street last of all\n\n"),
            std::string::npos)
      << md;
  EXPECT_NE(md.find("\n\n3. Mill Lane last of the three\n2. Church Road second\n1. High Street "
                    "first of all\n\n"),
            std::string::npos)
      << md;
  EXPECT_NE(
      md.find("\n\n3. The third and last step\n2. The second step\n1. The first step of all\n\n"),
      std::string::npos)
      << md;
  // A list right after it is one of its own, marked otherwise: "1." would
  // go on counting the list before, 10 and 11.
  EXPECT_NE(md.find("\n\n8. The eighth group of four\n9. The ninth group of four\n\n"
                    "1) Another list of its own\n2) And its second item\n\n"),
            std::string::npos)
      << md;
}

TEST(MarkdownTest, TablesWithHeaderAndEscapes) {
  const std::string table =
      "<table><tr><th>Street</th><th>Group | lead</th><th>Start</th></tr>"
      "<tr><td>Mill Lane</td><td>Ana</td><td>9:00</td></tr>"
      "<tr><td>Church Road</td><td><p>Ben</p><p>and Kim</p></td><td>9:30</td></tr></table>";
  const Article a = Get(std::string(kIntro) + table + kOutro);
  const std::string md = Md(a);
  EXPECT_NE(md.find("| Street | Group \\| lead | Start |\n"
                    "| --- | --- | --- |\n"
                    "| Mill Lane | Ana | 9:00 |\n"
                    "| Church Road | Ben and Kim | 9:30 |\n\n"),
            std::string::npos)
      << md;
  const std::string html = Render(a, OutputFormat::kHtml);
  EXPECT_NE(html.find("<table>\n<tr><th>Street</th><th>Group | lead</th><th>Start</th></tr>\n"
                      "<tr><td>Mill Lane</td><td>Ana</td><td>9:00</td></tr>\n"),
            std::string::npos)
      << html;

  ExtractOptions no_tables;
  no_tables.include_tables = false;
  const Article without = Get(std::string(kIntro) + table + kOutro, no_tables);
  EXPECT_EQ(without.text.find("Mill Lane"), std::string::npos);
  EXPECT_EQ(Md(without).find('|'), std::string::npos);
  // A cell dropped for the option gives it as the caller names it.
  no_tables.option_name = [](std::string_view option) { return "<" + std::string(option) + ">"; };
  const Article named = Get(std::string(kIntro) + table + kOutro, no_tables);
  int cells = 0;
  for (const Block& b : named.blocks) {
    if (b.text != "Mill Lane") continue;
    ++cells;
    EXPECT_EQ(b.reason, "tables off (<ExtractOptions::include_tables>)");
  }
  EXPECT_EQ(cells, 1);
}

TEST(MarkdownTest, HeadingsQuotesCodeAndEscaping) {
  const Article a = Get(std::string(kIntro) +
                        "<h2>What to *bring*</h2><blockquote><p>Many hands make light work, as "
                        "the chair of the council said at the end of the meeting.</p></blockquote>"
                        "<pre>route = [\"Mill Lane\", \"Church Road\"]\nprint(route)</pre>"
                        "<p>1. This line is not a list, and # this is no heading at all in the "
                        "middle of a sentence that goes on.</p>");
  const std::string md = Md(a);
  EXPECT_NE(md.find("## What to \\*bring\\*\n\n"), std::string::npos) << md;
  EXPECT_NE(md.find("> Many hands make light work"), std::string::npos) << md;
  EXPECT_NE(md.find("```\nroute = [\"Mill Lane\", \"Church Road\"]\nprint(route)\n```"), std::string::npos)
      << md;
  EXPECT_NE(md.find("\n1\\. This line is not a list, and # this"), std::string::npos) << md;
}

// Runs of code in a line (<code>, <kbd>, <samp>, <tt> outside <pre>) are
// `code` in Markdown and <code> in HTML, their text unescaped inside the
// fence (longer than any run of backticks they hold), inside a link or
// around one; one holding a line break is written as text.
TEST(MarkdownTest, CodeInALineIsACodeSpan) {
  const Article a =
      Get(std::string(kIntro) +
          "<p><code>pip install</code> then read <code>requests.get()</code>, set "
          "<tt>CA_BUNDLE</tt> and press <kbd>Ctrl</kbd>+<kbd>C</kbd>; a <code>`tick`</code> and "
          "<code>a``b</code>, <code> </code> and <code>one<br>two</code> here.</p>"
          "<p>See <a href=\"/api#get\"><code>get()</code> in the API</a> or <code>the "
          "<a href=\"/docs\">docs</a></code> of this library for every option it takes.</p>" +
          kOutro);
  const std::string md = Md(a);
  EXPECT_NE(md.find("\n`pip install` then read `requests.get()`, set `CA_BUNDLE` and press "
                    "`Ctrl`+`C`; a `` `tick` `` and ```a``b```, and one\\\ntwo here.\n"),
            std::string::npos)
      << md;
  RenderOptions links;
  links.with_links = true;
  EXPECT_NE(Md(a, links).find("See [`get()` in the API](https://parish.example/api#get) or `the "
                              "`[`docs`](https://parish.example/docs) of this"),
            std::string::npos)
      << Md(a, links);
  const std::string html = Render(a, OutputFormat::kHtml, links);
  EXPECT_NE(html.find("<p><code>pip install</code> then read <code>requests.get()</code>"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("See <a href=\"https://parish.example/api#get\"><code>get()</code> in the "
                      "API</a> or <code>the </code><a href=\"https://parish.example/docs\"><code>"
                      "docs</code></a> of this"),
            std::string::npos)
      << html;
  // The text is the same words.
  EXPECT_NE(a.text.find("pip install then read requests.get(), set CA_BUNDLE"), std::string::npos);
  for (const Block& b : a.blocks) {
    for (const CodeSpan& c : b.code_spans) {
      EXPECT_LT(c.begin, c.end);
      EXPECT_LE(c.end, b.text.size());
    }
  }
}

// What GFM reads otherwise than CommonMark, or CommonMark otherwise than
// the text: a web address is linked whole by GFM, so nothing in it is
// escaped ("content_51", "~jdoe") and a line break after it is two spaces,
// not a backslash the link would take; "_" between letters or digits is no
// emphasis anywhere; a heading closing with " #" keeps it; an image's
// address is escaped as a link's; a "!" right before a link is no image's.
TEST(MarkdownTest, AddressesHashesAndBangsReadAsWritten) {
  const Article a = Get(
      std::string(kIntro) +
      "<h2>Ranked number #</h2><p>The decree is at http://www.gov.cn/zhengce/content_5158488.htm "
      "and https://example.edu/~jdoe/a_b.html for all [https://launchpad.net/deja_dup], "
      "snake_case stays, _this_ does not.</p>"
      "<p>Read https://www.bbc.co.uk/sport/49491632<br>and then more words after the break.</p>"
      "<p>It keeps getting stronger!<a href=\"#fn8\">[8]</a> as the council said in its report "
      "on the plans.</p><figure><img src=\"/img/photo one (2).jpg\" alt=\"The harbour\">"
      "</figure>" +
      kOutro);
  const std::string md = Md(a);
  EXPECT_NE(md.find("\n## Ranked number \\#\n"), std::string::npos) << md;
  EXPECT_NE(
      md.find("at http://www.gov.cn/zhengce/content_5158488.htm and "
              "https://example.edu/~jdoe/a_b.html for all \\[https://launchpad.net/deja_dup], "
              "snake_case stays, \\_this\\_ does"),
      std::string::npos)
      << md;
  EXPECT_NE(md.find("Read https://www.bbc.co.uk/sport/49491632  \nand then"), std::string::npos)
      << md;
  RenderOptions all;
  all.with_links = all.with_images = true;
  const std::string linked = Md(a, all);
  EXPECT_NE(linked.find("stronger\\![\\[8\\]](https://parish.example/news/#fn8) as"),
            std::string::npos)
      << linked;
  EXPECT_NE(linked.find("![The harbour](https://parish.example/img/photo%20one%20%282%29.jpg)"),
            std::string::npos)
      << linked;
}

// A code block names its language as the page does, in a class of its
// <pre>, its <code> or a box around it (Prism, highlight.js, Rouge,
// Sphinx, GitHub): the Markdown fence's info string, the HTML <code>'s
// class, the JSON block's "language". Code named by none has none.
TEST(MarkdownTest, CodeBlocksNameTheirLanguage) {
  const Article a = Get(
      std::string(kIntro) + "<pre><code class=\"hljs language-Python\">print(1)</code></pre>" +
      "<div class=\"language-ruby highlighter-rouge\"><div class=\"highlight\"><pre "
      "class=\"highlight\"><code>puts 1</code></pre></div></div>" +
      "<div class=\"highlight-python3 notranslate\"><div class=\"highlight\"><pre>x = 1</pre>"
      "</div></div>" +
      "<div class=\"highlight highlight-source-rust\"><pre>fn main() {}</pre></div>" +
      "<div class=\"highlight-default\"><pre class=\"lang-a\\b\">make all</pre></div>" + kOutro);
  const std::string md = Md(a);
  EXPECT_NE(md.find("\n```python\nprint(1)\n```\n"), std::string::npos) << md;
  EXPECT_NE(md.find("\n```ruby\nputs 1\n```\n"), std::string::npos) << md;
  EXPECT_NE(md.find("\n```python3\nx = 1\n```\n"), std::string::npos) << md;
  EXPECT_NE(md.find("\n```rust\nfn main() {}\n```\n"), std::string::npos) << md;
  EXPECT_NE(md.find("\n```\nmake all\n```\n"), std::string::npos) << md;
  const std::string html = Render(a, OutputFormat::kHtml);
  EXPECT_NE(html.find("<pre><code class=\"language-python\">print(1)</code></pre>"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<pre><code>make all</code></pre>"), std::string::npos) << html;
  RenderOptions with_blocks;
  with_blocks.with_blocks = true;
  const nlohmann::json j = nlohmann::json::parse(Render(a, OutputFormat::kJson, with_blocks));
  std::vector<std::string> languages;
  for (const auto& b : j["blocks"]) {
    if (b["kind"] == "code") {
      languages.push_back(b.value("language", std::string("-")));
    } else {
      EXPECT_FALSE(b.contains("language")) << b.dump();
    }
  }
  EXPECT_EQ(languages, (std::vector<std::string>{"python", "ruby", "python3", "rust", "-"}));
}

// The story's title is printed once: a first heading that words the
// <title> a little otherwise (more words after it, or fewer: the site's
// name the title adds) is printed as the title, in the page's words, and
// not again below it; a first heading that is another matter stays under
// the title.
TEST(MarkdownTest, AHeadingGivingTheTitleIsPrintedOnce) {
  const std::string intro =
      "The parish council met on Tuesday evening to agree on the plan for the spring clean-up, "
      "and more volunteers came than in any year before.\n";
  auto page = [](const std::string& title, const std::string& h1) {
    PageInfo info;
    info.url = "https://parish.example/news/cleanup.html";
    Result<Article> a = Extract("<html><head><title>" + title + "</title></head><body><article><h1>" +
                                    h1 + "</h1>" + kIntro + "</article></body></html>",
                                {}, info);
    EXPECT_TRUE(a.ok()) << a.status().ToString();
    return a.ok() ? *a : Article{};
  };
  const Article longer = page("Clean-up day", "Clean-up day in Mill Lane");
  EXPECT_EQ(Md(longer), "# Clean-up day in Mill Lane\n\n" + intro);
  const std::string html = Render(longer, OutputFormat::kHtml);
  EXPECT_NE(html.find("<title>Clean-up day</title>"), std::string::npos) << html;
  EXPECT_NE(html.find("<article>\n<h1>Clean-up day in Mill Lane</h1>\n<p>The parish"),
            std::string::npos)
      << html;
  EXPECT_EQ(html.find("<h1>", html.find("<h1>") + 1), std::string::npos) << html;

  const Article shorter = page("Parish news: Clean-up day", "Clean-up day");
  EXPECT_EQ(Md(shorter), "# Clean-up day\n\n" + intro);
  // The words the <title> adds are the page's, not the story's: the
  // metadata keeps them (JSON's "title", HTML's <title>), the text does not.
  EXPECT_EQ(shorter.title, "Parish news: Clean-up day");
  EXPECT_NE(RenderJson(shorter).find("\"title\":\"Parish news: Clean-up day\""), std::string::npos);
  EXPECT_NE(Render(shorter, OutputFormat::kHtml).find("<title>Parish news: Clean-up day</title>"),
            std::string::npos);

  const Article other = page("Clean-up day", "Volunteers wanted");
  EXPECT_EQ(Md(other), "# Clean-up day\n\n# Volunteers wanted\n\n" + intro);
  // The title's words open the heading's, but not at a word's edge.
  const Article partial = page("Clean-up day", "Clean-up days in May");
  EXPECT_EQ(Md(partial), "# Clean-up day\n\n# Clean-up days in May\n\n" + intro);
}

// A first heading that ends the <title> but holds less than half of it is
// a section's name, not the story's title: printed in the title's stead, it
// would lose the title ("# Recipe" for "Chocolate cake recipe"). The title
// stays, the heading under it.
TEST(MarkdownTest, AShortHeadingClosingTheTitleDoesNotReplaceIt) {
  auto page = [](const std::string& title, const std::string& h2) {
    PageInfo info;
    info.url = "https://parish.example/news/cleanup.html";
    Result<Article> a = Extract("<html><head><title>" + title + "</title></head><body><article><h2>" +
                                    h2 + "</h2>" + kIntro + kOutro + "</article></body></html>",
                                {}, info);
    EXPECT_TRUE(a.ok()) << a.status().ToString();
    return a.ok() ? *a : Article{};
  };
  const Article recipe = page("Chocolate cake recipe", "Recipe");
  const std::string md = Md(recipe);
  EXPECT_EQ(md.rfind("# Chocolate cake recipe\n\n## Recipe\n\nThe parish council", 0), 0u) << md;
  const std::string html = Render(recipe, OutputFormat::kHtml);
  EXPECT_NE(html.find("<h1>Chocolate cake recipe</h1>"), std::string::npos) << html;
  EXPECT_NE(html.find("<h2>Recipe</h2>"), std::string::npos) << html;
  // Half the title's letters or more, the title without a site's name, is
  // the story's title and printed once.
  const Article trimmed = page("Parish news: Clean-up day", "Clean-up day");
  EXPECT_EQ(Md(trimmed).rfind("# Clean-up day\n\nThe parish council", 0), 0u) << Md(trimmed);
}

TEST(MarkdownTest, LinksAreAbsoluteWhenAsked) {
  const Article a = Get(std::string(kIntro) +
                        "<p>Read the <a href=\"../minutes/march.pdf\">minutes of the March "
                        "meeting</a> or <a href=\"https://other.example/map?a=(1)\">the map</a> "
                        "before you come, and bring a friend along if you can.</p>");
  const std::string plain = Md(a);
  EXPECT_EQ(plain.find("]("), std::string::npos);
  RenderOptions o;
  o.with_links = true;
  const std::string md = Md(a, o);
  EXPECT_NE(md.find("[minutes of the March meeting](https://parish.example/minutes/march.pdf)"),
            std::string::npos) << md;
  EXPECT_NE(md.find("[the map](https://other.example/map?a=%281%29)"), std::string::npos) << md;
  EXPECT_NE(Render(a, OutputFormat::kHtml, o)
                .find("<a href=\"https://parish.example/minutes/march.pdf\">minutes of the March meeting</a>"),
            std::string::npos);
}

TEST(MarkdownTest, ImagesWithAltAndCaption) {
  const Article a = Get(std::string(kIntro) +
                        "<figure><img src=\"/img/hall.jpg\" alt=\"The church hall\">"
                        "<figcaption>Volunteers at the church hall last spring.</figcaption></figure>" +
                        kOutro + "<aside><img src=\"/ads/banner.gif\" alt=\"Ad\"></aside>");
  RenderOptions o;
  o.with_images = true;
  const std::string md = Md(a, o);
  EXPECT_NE(md.find("![The church hall](https://parish.example/img/hall.jpg)\n\n"
                    "*Volunteers at the church hall last spring.*"),
            std::string::npos) << md;

  EXPECT_EQ(md.find("banner.gif"), std::string::npos) << md;
  EXPECT_EQ(Md(a).find("!["), std::string::npos);
  nlohmann::json j = nlohmann::json::parse(RenderJson(a, o));
  ASSERT_EQ(j["images"].size(), 1u);
  EXPECT_EQ(j["images"][0]["url"], "https://parish.example/img/hall.jpg");
  EXPECT_EQ(j["images"][0]["caption"], "Volunteers at the church hall last spring.");
}

// The Markdown of a page made of kIntro, `body` and kOutro, between the
// intro's and the outro's paragraphs.
std::string MdBetween(const std::string& body, RenderOptions o = {}) {
  const std::string md = Md(Get(std::string(kIntro) + body + kOutro), o);
  const std::string intro = "more volunteers came than in any year before.\n\n";
  const std::string outro = "\n\nThe next meeting of the council";
  const std::size_t from = md.find(intro);
  const std::size_t to = md.rfind(outro);
  if (from == std::string::npos || to == std::string::npos || to < from + intro.size()) return md;
  return md.substr(from + intro.size(), to - from - intro.size());
}

// The HTML of such a page, between the intro's and the outro's paragraphs.
std::string HtmlBetween(const std::string& body, RenderOptions o = {}) {
  const std::string html =
      Render(Get(std::string(kIntro) + body + kOutro), OutputFormat::kHtml, o);
  const std::string intro = "more volunteers came than in any year before.</p>\n";
  const std::string outro = "<p>The next meeting of the council";
  const std::size_t from = html.find(intro);
  const std::size_t to = html.rfind(outro);
  if (from == std::string::npos || to == std::string::npos || to < from + intro.size()) return html;
  return html.substr(from + intro.size(), to - from - intro.size());
}

// The lists' skeleton of an HTML document: its <ul>, <ol> and <li> tags,
// opening and closing, in order, an <ol> with its start= alone.
std::string ListSkeleton(const std::string& html) {
  static const std::regex tag(R"(<(/?)(ul|ol|li)\b([^>]*)>)");
  static const std::regex start(R"(start="\d+")");
  std::string out;
  for (auto m = std::sregex_iterator(html.begin(), html.end(), tag); m != std::sregex_iterator();
       ++m) {
    std::smatch number;
    const std::string attributes = (*m)[3];
    out += "<" + (*m)[1].str() + (*m)[2].str() +
           (std::regex_search(attributes, number, start) ? " " + number.str() : "") + ">";
  }
  return out;
}

// `markdown` as cmark-gfm renders it to HTML; `*found` false when
// cmark-gfm is not installed.
std::string CmarkHtml(const std::string& markdown, bool* found) {
  char path[] = "/tmp/pith-markup-XXXXXX";
  const int fd = mkstemp(path);
  *found = false;
  if (fd < 0) return "";
  const bool written =
      write(fd, markdown.data(), markdown.size()) == static_cast<ssize_t>(markdown.size());
  close(fd);
  std::string html;
  if (written) {
    FILE* p = popen(("cmark-gfm " + std::string(path) + " 2>/dev/null").c_str(), "r");
    if (p != nullptr) {
      char buf[4096];
      for (std::size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) html.append(buf, n);
      const int status = pclose(p);
      *found = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    }
  }
  unlink(path);
  return html;
}

// Lists side by side on the page (<ul> after <ul>, <ol> after <ol>, in an
// item too) stay apart: Markdown writes a list after one of its kind with
// the other marker ("* " after "- ", "1)" after "1."), which CommonMark
// reads as a new list, and HTML closes one before opening the next; a
// renderer reads the Markdown into the lists the HTML has, and JSON names
// each item's list.
TEST(MarkdownTest, ListsSideBySideStayApart) {
  const std::string body =
      "<ul><li>Gloves for everyone</li><li>Boots for the wet lanes</li></ul>"
      "<ul><li>Rakes from the shed</li></ul><ul><li>Bags from the council</li></ul>"
      "<ol><li>Meet at nine</li></ol><ol start=\"3\"><li>Split into groups</li></ol>"
      "<ol><li>Sweep the lanes</li></ol>"
      "<ul><li>Tools of the day<ul><li>Rakes</li></ul><ul><li>Spades</li></ul>"
      "<ol><li>First the gloves</li></ol><ol><li>Then the boots</li></ol></li>"
      "<li>Lunch at the hall</li></ul>";
  EXPECT_EQ(MdBetween(body),
            "- Gloves for everyone\n- Boots for the wet lanes\n\n"
            "* Rakes from the shed\n\n"
            "- Bags from the council\n\n"
            "1. Meet at nine\n\n"
            "3) Split into groups\n\n"
            "1. Sweep the lanes\n\n"
            "- Tools of the day\n  - Rakes\n  * Spades\n\n  1. First the gloves\n"
            "  1) Then the boots\n"
            "- Lunch at the hall");
  EXPECT_EQ(HtmlBetween(body),
            "<ul>\n<li>Gloves for everyone</li>\n<li>Boots for the wet lanes</li>\n</ul>\n"
            "<ul>\n<li>Rakes from the shed</li>\n</ul>\n"
            "<ul>\n<li>Bags from the council</li>\n</ul>\n"
            "<ol>\n<li>Meet at nine</li>\n</ol>\n"
            "<ol start=\"3\">\n<li>Split into groups</li>\n</ol>\n"
            "<ol>\n<li>Sweep the lanes</li>\n</ol>\n"
            "<ul>\n<li>Tools of the day<ul>\n<li>Rakes</li>\n</ul>\n<ul>\n<li>Spades</li>\n</ul>\n"
            "<ol>\n<li>First the gloves</li>\n</ol>\n<ol>\n<li>Then the boots</li>\n</ol>\n"
            "</li>\n<li>Lunch at the hall</li>\n</ul>\n");
  const Article a = Get(std::string(kIntro) + body + kOutro);
  std::vector<std::pair<std::string, int>> lists;
  for (const Block& b : a.blocks) {
    if (b.kind == BlockKind::kListItem) {
      lists.emplace_back(b.text, b.list_id);
    } else {
      EXPECT_EQ(b.list_id, -1) << b.text;
    }
  }
  EXPECT_EQ(lists, (std::vector<std::pair<std::string, int>>{{"Gloves for everyone", 0},
                                                             {"Boots for the wet lanes", 0},
                                                             {"Rakes from the shed", 1},
                                                             {"Bags from the council", 2},
                                                             {"Meet at nine", 3},
                                                             {"Split into groups", 4},
                                                             {"Sweep the lanes", 5},
                                                             {"Tools of the day", 6},
                                                             {"Rakes", 7},
                                                             {"Spades", 8},
                                                             {"First the gloves", 9},
                                                             {"Then the boots", 10},
                                                             {"Lunch at the hall", 6}}));
  RenderOptions o;
  o.with_blocks = true;
  const nlohmann::json j = nlohmann::json::parse(RenderJson(a, o));
  std::vector<int> ids;
  for (const auto& b : j["blocks"]) {
    if (b.contains("list_id")) ids.push_back(b["list_id"].get<int>());
  }
  EXPECT_EQ(ids, (std::vector<int>{0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 6}));
  // The Markdown reads back into the lists of the HTML output.
  bool cmark = false;
  const std::string read_back = CmarkHtml(Md(a), &cmark);
  if (!cmark) GTEST_SKIP() << "cmark-gfm is not installed";
  EXPECT_EQ(ListSkeleton(read_back), ListSkeleton(Render(a, OutputFormat::kHtml))) << Md(a);
}

// The lists of every page of the markup tests' kind read back from their
// Markdown as the HTML output writes them: lists nested, numbered, quoted,
// made of paragraphs, side by side.
TEST(MarkdownTest, ListsReadBackFromMarkdownAsInHtml) {
  const std::vector<std::string> bodies = {
      "<ol><li>Meet at the church hall<ul><li>Bring gloves</li><li>Bags are provided"
      "<ol><li>Green bags</li><li>Black bags</li></ol></li></ul></li><li>Split up</li></ol>",
      "<ul><li><p>Meet at the church hall at nine.</p><p>Bring gloves and sturdy boots.</p></li>"
      "<li><p>Split into groups of four.</p></li></ul><ol start=\"4\"><li><p>Green bags.</p></li>"
      "<li><p>Black bags for the rest.</p><pre>bags = 2</pre></li></ol>",
      "<blockquote><p>The chair said:</p><ul><li>Bring gloves</li><li>Bring boots</li></ul>"
      "</blockquote><ul><li>Meet at nine</li></ul><ul><li>Rakes from the shed</li></ul>",
      "<ul><li>Gloves</li></ul><ol><li>Meet</li></ol><ul><li>Rakes</li></ul><ul><li>Bags</li>"
      "</ul><ol reversed><li>Three</li><li>Two</li></ol><ol type=\"a\"><li>Letters</li></ol>",
      "<dl><dt>Rakes</dt><dd>From the shed</dd></dl><dl><dt>Bags</dt><dd>From the council</dd>"
      "</dl>",
  };
  std::vector<Article> pages = {Get(NumberedListsPage())};
  for (const std::string& body : bodies) pages.push_back(Get(std::string(kIntro) + body + kOutro));
  for (const Article& a : pages) {
    bool cmark = false;
    const std::string read_back = CmarkHtml(Md(a), &cmark);
    if (!cmark) GTEST_SKIP() << "cmark-gfm is not installed";
    EXPECT_EQ(ListSkeleton(read_back), ListSkeleton(Render(a, OutputFormat::kHtml))) << Md(a);
  }
}

// An item whose words are paragraphs (<li><p>) is an item of its list in
// Markdown and HTML, its second paragraph and its code going on in it; the
// blocks keep their kind (the text and what is kept are the same), and JSON
// says which item they are in.
TEST(MarkdownTest, ParagraphsOfListItemsStayInTheirItems) {
  const std::string body =
      "<ul><li><p>Meet at the church hall at nine.</p><p>Bring gloves and sturdy boots.</p></li>"
      "<li><p>Split into groups of four.</p></li></ul>"
      "<ol start=\"4\"><li><p>Green bags for garden waste.</p></li>"
      "<li><p>Black bags for the rest.</p><pre>bags = 2</pre></li></ol>";
  EXPECT_EQ(MdBetween(body),
            "- Meet at the church hall at nine.\n\n"
            "  Bring gloves and sturdy boots.\n"
            "- Split into groups of four.\n\n"
            "4. Green bags for garden waste.\n"
            "5. Black bags for the rest.\n\n"
            "   ```\n   bags = 2\n   ```");
  EXPECT_EQ(HtmlBetween(body),
            "<ul>\n<li>Meet at the church hall at nine.\n<p>Bring gloves and sturdy boots.</p></li>\n"
            "<li>Split into groups of four.</li>\n</ul>\n"
            "<ol start=\"4\">\n<li>Green bags for garden waste.</li>\n"
            "<li>Black bags for the rest.\n<pre><code>bags = 2</code></pre>\n</li>\n</ol>\n");
  const Article a = Get(std::string(kIntro) + body + kOutro);
  EXPECT_NE(a.text.find("\n\nMeet at the church hall at nine.\n\nBring gloves and sturdy boots.\n\n"
                        "Split into groups of four.\n\n4. Green bags for garden waste.\n\n"
                        "5. Black bags for the rest.\n\nbags = 2\n\n"),
            std::string::npos) << a.text;
  RenderOptions o;
  o.with_blocks = true;
  const nlohmann::json j = nlohmann::json::parse(RenderJson(a, o));
  std::vector<std::string> seen;
  for (const auto& b : j["blocks"]) {
    if (!b.contains("item_level")) continue;
    seen.push_back(b["kind"].get<std::string>() + " " + std::to_string(b["item_level"].get<int>()) +
                   (b["item_start"].get<bool>() ? " start" : ""));
  }
  EXPECT_EQ(seen, (std::vector<std::string>{"paragraph 1 start", "paragraph 1", "paragraph 1 start",
                                            "paragraph 1 start", "paragraph 1 start", "code 1"}));
}

// A list in a quote stays in it, apart from a list after the quote and
// that from the list after it; code in an item is indented into it and the
// list goes on after it.
TEST(MarkdownTest, ListsInQuotesAndCodeInItems) {
  const std::string body =
      "<blockquote><p>The chair said:</p><ul><li>Bring gloves</li><li>Bring boots</li></ul>"
      "</blockquote><ul><li>Meet at nine</li></ul>"
      "<ul><li>Rakes from the shed:<pre>rakes = 12\nspades = 4</pre></li>"
      "<li>Bags from the council</li></ul>";
  EXPECT_EQ(MdBetween(body),
            "> The chair said:\n>\n> - Bring gloves\n> - Bring boots\n\n"
            "- Meet at nine\n\n"
            "* Rakes from the shed:\n\n  ```\n  rakes = 12\n  spades = 4\n  ```\n"
            "* Bags from the council");
  EXPECT_EQ(
      HtmlBetween(body),
      "<blockquote>\n<p>The chair said:</p>\n<ul>\n<li>Bring gloves</li>\n"
      "<li>Bring boots</li>\n</ul>\n</blockquote>\n"
      "<ul>\n<li>Meet at nine</li>\n</ul>\n"
      "<ul>\n<li>Rakes from the shed:\n<pre><code>rakes = 12\nspades = 4</code></pre>\n</li>\n"
      "<li>Bags from the council</li>\n</ul>\n");
}

// A line break (<br>) is a hard break in Markdown ("\" before the newline;
// a newline alone joins the lines) in paragraphs, items and quotes; code
// keeps its lines as they are, and a table's cell its words on one line.
TEST(MarkdownTest, LineBreaksAreHardBreaks) {
  EXPECT_EQ(MdBetween("<p>Roses are red,<br>Violets are blue.</p>"
                      "<ul><li>Sugar is sweet,<br>and so are you.</li></ul>"
                      "<blockquote>Many hands<br>make light work.</blockquote>"
                      "<pre>a = 1\nb = 2</pre>"
                      "<table><tr><th>Street</th><th>Group</th></tr>"
                      "<tr><td>Mill<br>Lane</td><td>One</td></tr></table>"),
            "Roses are red,\\\nViolets are blue.\n\n"
            "- Sugar is sweet,\\\n  and so are you.\n\n"
            "> Many hands\\\n> make light work.\n\n"
            "```\na = 1\nb = 2\n```\n\n"
            "| Street | Group |\n| --- | --- |\n| Mill Lane | One |");
}

// Words that Markdown would read as markup are escaped: a line of "-" or
// "=" (a rule, a heading's underline), GFM's strikethrough, "+ " and "| "
// opening a line (a list, a table's row), and an entity's name after "&".
TEST(MarkdownTest, TextReadingAsMarkupIsEscaped) {
  EXPECT_EQ(MdBetween("<p>---</p><p>~~Old route~~ is closed.</p><p>Mill Lane<br>===</p>"
                      "<p>+ gloves</p><p>| Street | Group |<br>| --- | --- |</p>"
                      "<p>Fish &amp;chips &amp;copy; &amp;#169; after, &amp; more.</p>"
                      "<p>*** and ___</p>"),
            "\\---\n\n\\~\\~Old route\\~\\~ is closed.\n\nMill Lane\\\n\\===\n\n\\+ gloves\n\n"
            "\\| Street | Group |\\\n\\| --- | --- |\n\n"
            "Fish &chips \\&copy; \\&#169; after, & more.\n\n\\*\\*\\* and \\_\\_\\_");
}

// A table's cells take the columns their row's and the rows' above spans
// leave them (rowspan=, colspan=); the places a span covers are empty.
TEST(MarkdownTest, TableCellsTakeTheColumnsSpansLeaveThem) {
  const std::string body =
      "<table><tr><th>Street</th><th colspan=\"2\">Groups</th></tr>"
      "<tr><td rowspan=\"2\">Mill Lane</td><td>One</td><td>Two</td></tr>"
      "<tr><td>Three</td><td>Four</td></tr>"
      "<tr><td>Church Road</td><td>Five</td><td>Six</td></tr></table>";
  EXPECT_EQ(MdBetween(body),
            "| Street | Groups |  |\n| --- | --- | --- |\n| Mill Lane | One | Two |\n"
            "|  | Three | Four |\n| Church Road | Five | Six |");
  EXPECT_EQ(HtmlBetween(body),
            "<table>\n<tr><th>Street</th><th>Groups</th><th></th></tr>\n"
            "<tr><td>Mill Lane</td><td>One</td><td>Two</td></tr>\n"
            "<tr><td></td><td>Three</td><td>Four</td></tr>\n"
            "<tr><td>Church Road</td><td>Five</td><td>Six</td></tr>\n</table>\n");
}

// The page's writing direction (<html dir>, else <body dir>, else that of
// a box holding the whole body) is written on the HTML output's <html>
// and in JSON; a box holding part of the body gives none.
TEST(HtmlTest, WritesThePagesDirection) {
  auto html_of = [](const std::string& page) {
    Result<Article> a = Extract(page, {}, PageInfo{});
    EXPECT_TRUE(a.ok());
    const std::string html = a.ok() ? Render(*a, OutputFormat::kHtml) : std::string();
    return html.substr(0, html.find('\n', html.find("<html")));
  };
  const std::string text = std::string(kIntro) + kOutro;
  EXPECT_EQ(html_of("<html lang=\"ar\" dir=\"RTL\"><body dir=\"ltr\"><article>" + text +
                    "</article></body></html>"),
            "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">");
  EXPECT_EQ(html_of("<html><body dir=\"rtl\"><article>" + text + "</article></body></html>"),
            "<!DOCTYPE html>\n<html dir=\"rtl\">");
  EXPECT_EQ(html_of("<html><body><div class=\"page\" dir=\"rtl\"><article>" + text +
                    "</article></div><script>x()</script></body></html>"),
            "<!DOCTYPE html>\n<html dir=\"rtl\">");
  EXPECT_EQ(html_of("<html><body><div dir=\"rtl\"><article>" + text +
                    "</article></div><div>Footer</div></body></html>"),
            "<!DOCTYPE html>\n<html>");
  EXPECT_EQ(html_of("<html dir=\"sideways\"><body><article>" + text + "</article></body></html>"),
            "<!DOCTYPE html>\n<html>");
  Result<Article> a = Extract("<html dir=\"rtl\"><body><article>" + text + "</article></body></html>",
                              {}, PageInfo{});
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(nlohmann::json::parse(RenderJson(*a))["dir"], "rtl");
  // A page that gives none has no "dir" field.
  Result<Article> ltr = Extract("<html><body><article>" + text + "</article></body></html>");
  ASSERT_TRUE(ltr.ok());
  EXPECT_FALSE(nlohmann::json::parse(RenderJson(*ltr)).contains("dir"));
}

// Links to scripts (javascript:, vbscript:, in any case, with the tabs a
// browser drops) and to data are words only in every format.
TEST(HtmlTest, LinksToScriptsAreWordsOnly) {
  const std::string body =
      "<p>Click <a href=\"vbscript:msgbox(1)\">here</a>, <a href=\" VBScript:x\">there</a>, "
      "<a href=\"data:text/html,x\">this</a> or <a href=\"/route.html\">the route</a> to see "
      "the streets each group of volunteers will clean on the day, from Mill Lane to the church "
      "and back again by the river.</p>";
  RenderOptions o;
  o.with_links = true;
  EXPECT_EQ(HtmlBetween(body, o),
            "<p>Click here, there, this or <a href=\"https://parish.example/route.html\">the "
            "route</a> to see the streets each group of volunteers will clean on the day, from "
            "Mill Lane to the church and back again by the river.</p>\n");
  EXPECT_EQ(MdBetween(body, o),
            "Click here, there, this or [the route](https://parish.example/route.html) to see the "
            "streets each group of volunteers will clean on the day, from Mill Lane to the church "
            "and back again by the river.");
  o.with_blocks = true;
  const nlohmann::json j =
      nlohmann::json::parse(RenderJson(Get(std::string(kIntro) + body + kOutro), o));
  std::vector<std::string> urls;
  for (const auto& b : j["blocks"]) {
    if (!b.contains("links")) continue;
    for (const auto& l : b["links"]) urls.push_back(l["url"]);
  }
  EXPECT_EQ(urls, (std::vector<std::string>{"https://parish.example/route.html"}));
}

// An image's caption kept as a block of the text (<figcaption> over a
// heading) is written once, under its image, in Markdown and HTML; without
// images, as the words of its block.
TEST(MarkdownTest, ACaptionIsWrittenOnceUnderItsImage) {
  const std::string body =
      "<figure><img src=\"/img/hall.jpg\" alt=\"The church hall\"><figcaption>The hall"
      "</figcaption></figure><h2>The route</h2>";
  RenderOptions o;
  o.with_images = true;
  EXPECT_EQ(MdBetween(body, o),
            "![The church hall](https://parish.example/img/hall.jpg)\n\n*The hall*\n\n"
            "## The route");
  EXPECT_EQ(HtmlBetween(body, o),
            "<figure><img src=\"https://parish.example/img/hall.jpg\" alt=\"The church hall\">"
            "<figcaption>The hall</figcaption></figure>\n<h2>The route</h2>\n");
  EXPECT_EQ(MdBetween(body), "The hall\n\n## The route");
}

TEST(MarkdownTest, CommentsOnlyWhenAsked) {
  const std::string body = std::string(kIntro) + kOutro +
                           "</article><section id=\"comments\"><h3>2 comments</h3>"
                           "<div class=\"comment\"><p>Count me in, I will bring my own rake.</p>"
                           "<a href=\"#reply\">Reply</a></div>"
                           "<div class=\"comment\"><p>Is there parking near the hall?</p></div>"
                           "<form><p>Leave a reply to join the discussion below.</p></form>"
                           "</section><article>";
  const Article plain = Get(body);
  EXPECT_EQ(plain.comments, "");
  EXPECT_EQ(plain.text.find("rake"), std::string::npos);
  ExtractOptions with;
  with.include_comments = true;
  const Article a = Get(body, with);
  EXPECT_EQ(a.comments, "Count me in, I will bring my own rake.\n\nIs there parking near the hall?");
  EXPECT_EQ(a.text, plain.text);  // the article is the same
  RenderOptions o;
  o.with_comments = true;
  EXPECT_NE(Md(a, o).find("\n\n## Comments\n\nCount me in, I will bring my own rake.\n\nIs there"),
            std::string::npos);
  EXPECT_EQ(Md(a).find("Comments"), std::string::npos);
  EXPECT_NE(Render(a, OutputFormat::kText, o).find("\n\n---\n\nCount me in"), std::string::npos);
  EXPECT_NE(Render(a, OutputFormat::kHtml, o)
                .find("<section class=\"comments\">\n<p>Count me in, I will bring my own rake.</p>"),
            std::string::npos);
  EXPECT_EQ(nlohmann::json::parse(RenderJson(a, o))["comments"], a.comments);
}

TEST(FocusTest, PrecisionKeepsLessRecallKeepsMore) {
  const std::string body = std::string(kIntro) +
                           "<p>Related: <a href=\"/a\">Spring fair</a> and <a href=\"/b\">Hall "
                           "repairs</a></p>" +
                           kOutro + "<p>Short note.</p>";
  ExtractOptions precision, recall;
  precision.focus = ExtractOptions::Focus::kPrecision;
  recall.focus = ExtractOptions::Focus::kRecall;
  const Article balanced = Get(body), p = Get(body, precision), r = Get(body, recall);
  EXPECT_LE(p.text.size(), balanced.text.size());
  EXPECT_GE(r.text.size(), balanced.text.size());
  EXPECT_EQ(p.text.find("Short note."), std::string::npos);  // a short block at the edge
  EXPECT_EQ(p.text.find("Spring fair"), std::string::npos);  // partly links
  EXPECT_NE(p.text.find("volunteers came"), std::string::npos);
}

// Each of `kept`, found in what pith keeps of `body` by default, is kept
// when favoring precision too.
void ExpectPrecisionKeeps(const std::string& body, std::initializer_list<const char*> kept) {
  ExtractOptions precision;
  precision.focus = ExtractOptions::Focus::kPrecision;
  const Article balanced = Get(body), p = Get(body, precision);
  for (const char* words : kept) {
    ASSERT_NE(balanced.text.find(words), std::string::npos) << words;
    EXPECT_NE(p.text.find(words), std::string::npos) << words;
  }
}

// A table closing the text is one unit of it: favoring precision trims
// short blocks at the edges, but a table's cells are measured together, so
// a standings table after the story stays whole instead of being eaten
// cell by cell from its end up to the story.
TEST(FocusTest, PrecisionKeepsATableClosingTheTextWhole) {
  std::string rows;
  const char* names[] = {"Avery Lindqvist", "Blake Moreno", "Casey Okafor",
                         "Devon Hartley", "Emery Nakamura", "Finley Brandt"};
  for (int i = 0; i < 6; ++i) {
    rows += "<tr><td>" + std::to_string(i + 1) + "</td><td>" + names[i] + "</td><td>" +
            std::to_string(5000 - 35 * i) + "</td></tr>";
  }
  const std::string body = std::string(kIntro) + kOutro +
                           "<table><tr><th>Pos.</th><th>Driver</th><th>Points</th></tr>" + rows +
                           "</table>";
  ExpectPrecisionKeeps(body, {"Avery", "Finley", "4825"});
}

// A paragraph of a script written without spaces is prose at 47
// characters: favoring precision keeps a Chinese story's two paragraphs,
// which its character count alone put under kPrecisionEdgeChars (80).
TEST(FocusTest, PrecisionKeepsShortParagraphsOfUnspacedScripts) {
  const std::string body =
      "<article><h1>地铁三号线运营时间延长一小时</h1>"
      "<p>本市交通部门周二宣布，从下个月起，地铁三号线的运营时间将延长一小时，末班车改为晚上十二点发车。</p>"
      "<p>交通部门负责人表示，这一调整主要是为了方便夜间下班的市民。过去一年里，三号线晚间客流量增长了近三成，不少乘客反映末班车过早。</p>"
      "</article>";
  ExpectPrecisionKeeps(body, {"末班车改为晚上十二点发车", "不少乘客反映末班车过早"});
}

TEST(JsonTest, EveryFieldAndOptionParses) {
  const Article a = Get(std::string(kIntro) + "<ul><li>One item of the list</li></ul>" + kOutro);
  RenderOptions all;
  all.with_blocks = all.with_comments = all.with_links = all.with_images = true;
  for (const RenderOptions& o : {RenderOptions{}, all}) {
    nlohmann::json j = nlohmann::json::parse(RenderJson(a, o));
    for (const char* field : {"url", "title", "authors", "date", "site_name", "language",
                              "description", "image", "canonical", "encoding", "found", "text"}) {
      EXPECT_TRUE(j.contains(field)) << field;
    }
    EXPECT_TRUE(j["authors"].is_array());
    EXPECT_EQ(j["author"], j["authors"]);  // the deprecated old name, the same list
  }
  nlohmann::json j = nlohmann::json::parse(RenderJson(a, all));
  bool list_item = false;
  for (const auto& b : j["blocks"]) {
    if (b["kind"] == "list-item") list_item = b["ordered"] == false && b["level"] == 1;
  }
  EXPECT_TRUE(list_item);
}

}  // namespace
}  // namespace pith
