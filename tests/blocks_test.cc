// Stages 3-4, parse and segment: blocks, kinds, link text, flags, metadata,
// and no recursion on depth.
#include "extract/blocks.h"

#include <gtest/gtest.h>
#include <pthread.h>

#include <cctype>
#include <clocale>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "extract/document.h"
#include "extract/metadata.h"
#include "extract/select.h"

namespace pith::internal {
namespace {

Page Segment(const std::string& html) { return SegmentBlocks(Document::Parse(html)); }

// Each page's text is one block, read as `want`.
void ExpectOneBlockEach(std::initializer_list<std::pair<const char*, const char*>> cases) {
  for (const auto& [html, want] : cases) {
    const Page p = Segment(html);
    ASSERT_EQ(p.blocks.size(), 1u) << html;
    EXPECT_EQ(p.blocks[0].text, want) << html;
  }
}

// A Document moves whole: the tree keeps pointing into the text and the
// arena it came with, and the Document moved from holds nothing (ok()
// false, no timeout), as after Free(), which the extraction calls once the
// page is segmented.
TEST(DocumentTest, MovesTakeTheTreeWholeAndFreeLeavesNothing) {
  const std::string html =
      "<body><p>first <a href=/x>link</a></p><dialog>a dialog</dialog><p>second</p></body>";
  Document a = Document::Parse(html);
  ASSERT_TRUE(a.ok());
  const std::size_t arena = a.arena_bytes();
  EXPECT_GT(arena, 0u);
  Document b = std::move(a);
  EXPECT_FALSE(a.ok());  // NOLINT(bugprone-use-after-move): moved from on purpose
  EXPECT_FALSE(a.timed_out());
  EXPECT_EQ(a.arena_bytes(), 0u);
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b.arena_bytes(), arena);
  Document c = Document::Parse("<p>replaced</p>");
  c = std::move(b);  // the old tree is freed, the moved one read
  ASSERT_TRUE(c.ok());
  const Page p = SegmentBlocks(c);
  ASSERT_EQ(p.blocks.size(), 3u);
  EXPECT_EQ(p.blocks[0].text, "first link");
  EXPECT_EQ(p.blocks[2].text, "second");
  // An unknown element's name is read from the parsed text (<dialog>).
  EXPECT_TRUE(p.nodes[p.blocks[1].node].flags & kFlagDialog);
  c.Free();
  EXPECT_FALSE(c.ok());
  EXPECT_FALSE(c.timed_out());
  EXPECT_EQ(c.arena_bytes(), 0u);
  c.Free();  // twice is harmless
  EXPECT_EQ(p.blocks[0].text, "first link");  // the page holds its own copies
}

TEST(SegmentBlocksTest, SplitsAtBlockBoundariesAndKeepsInlineText) {
  Page p = Segment(
      "<body><div>lead <b>bold</b><p>first <a href=x>link</a> para</p>tail</div>"
      "<h2>Head</h2><ul><li>one<ul><li>inner</li></ul></li></ul><pre>a  b\n c</pre>"
      "<blockquote><p>quoted</p></blockquote><table><tr><td>cell</td></tr></table>"
      "<figure><figcaption>cap</figcaption></figure></body>");
  struct Want {
    const char* text;
    BlockKind kind;
    int level;
  };
  const Want want[] = {
      {"lead bold", BlockKind::kParagraph, 0}, {"first link para", BlockKind::kParagraph, 0},
      {"tail", BlockKind::kParagraph, 0},      {"Head", BlockKind::kHeading, 2},
      {"one", BlockKind::kListItem, 1},        {"inner", BlockKind::kListItem, 2},
      {"a  b\n c", BlockKind::kCode, 0},       {"quoted", BlockKind::kQuote, 0},
      {"cell", BlockKind::kTableCell, 0},      {"cap", BlockKind::kCaption, 0},
  };
  ASSERT_EQ(p.blocks.size(), std::size(want));
  for (std::size_t i = 0; i < std::size(want); ++i) {
    EXPECT_EQ(p.blocks[i].text, want[i].text) << i;
    EXPECT_EQ(p.blocks[i].kind, want[i].kind) << i;
    EXPECT_EQ(p.blocks[i].level, want[i].level) << i;
  }
  EXPECT_EQ(p.blocks[1].link_chars, 4);
  EXPECT_EQ(p.blocks[1].chars, 15);
}

// A cell's column is its place in the table: after the columns a cell
// above spans (rowspan=) and after the columns a cell before it spans
// (colspan=); spans stay inside their row group; a colspan is at most
// 1,000, as HTML reads it, and a span reaching past column 1,000 counts as
// one.
TEST(SegmentBlocksTest, TableCellsTakeTheColumnsSpansLeaveThem) {
  const Page p = Segment(
      "<table><thead><tr><th rowspan=\"3\">H</th><th colspan=\"2\">G</th><th>I</th></tr></thead>"
      "<tbody><tr><td rowspan=\"2\">a</td><td>b</td><td colspan=\"0\">c</td><td>d</td></tr>"
      "<tr><td>e</td><td rowspan=\"x\">f</td></tr><tr><td>g</td></tr>"
      "<tr><td colspan=\"5000\">h</td><td>i</td></tr>"
      "<tr><td>j</td><td colspan=\"1000\">k</td><td>l</td></tr></tbody></table>");
  std::vector<std::string> cells;
  for (const TextBlock& b : p.blocks) cells.push_back(b.text + std::to_string(b.column));
  EXPECT_EQ(cells, (std::vector<std::string>{"H0", "G1", "I3", "a0", "b1", "c2", "d3", "e1", "f2",
                                             "g0", "h0", "i1000", "j0", "k1", "l2"}));
}

// A block knows the list item holding it (its list depth, whether it is
// the item's first block) and whether a quote holds it or its list, the
// kinds staying those of its elements.
TEST(SegmentBlocksTest, BlocksKnowTheirListItemAndQuote) {
  const Page p = Segment(
      "<p>Before</p><ol><li><p>One</p><p>More</p><ul><li>Nested</li></ul>Tail</li></ol>"
      "<blockquote><p>Said</p><ul><li><p>Quoted</p></li></ul></blockquote>"
      "<ul><li><blockquote>Own quote</blockquote></li></ul><dl><dt>Term</dt><dd>Means</dd></dl>");
  std::vector<std::string> seen;
  for (const TextBlock& b : p.blocks) {
    seen.push_back(b.text + " " + BlockKindName(b.kind) + " " + std::to_string(b.item_level) +
                   (b.item_start ? " start" : "") + (b.ordered ? " ordered" : "") +
                   (b.quoted ? " quoted" : ""));
  }
  EXPECT_EQ(seen, (std::vector<std::string>{
                      "Before paragraph 0", "One paragraph 1 start ordered",
                      "More paragraph 1 ordered", "Nested list-item 2 start",
                      "Tail list-item 1 ordered", "Said quote 0 quoted",
                      "Quoted quote 1 start quoted", "Own quote quote 1 start",
                      "Term list-item 1 start", "Means list-item 1 start"}));
}

TEST(SegmentBlocksTest, AnItemsPositionIsALineOfItsOwn) {
  // Microdata "position" (a post's ordinal) splits the line it sits in;
  // other inline properties do not.
  Page p = Segment(
      "<div><span itemprop=\"author\">mira</span> <time>May 3, 2024, 9:15am</time> "
      "<span itemprop=\" Position \">2</span> tail</div>");
  ASSERT_EQ(p.blocks.size(), 3u);
  EXPECT_EQ(p.blocks[0].text, "mira May 3, 2024, 9:15am");
  EXPECT_EQ(p.blocks[1].text, "2");
  EXPECT_EQ(p.blocks[2].text, "tail");
}

TEST(SegmentBlocksTest, MeasuresUnspacedScriptsInIcuWords) {
  // 14 Han characters: ICU's dictionary splits them into about six words.
  Page p = Segment("<p>本市交通部门周二宣布延长运营</p><p>The metro runs late now.</p>");
  ASSERT_EQ(p.blocks.size(), 2u);
  const TextBlock& zh = p.blocks[0];
  EXPECT_EQ(zh.chars, 14);
  EXPECT_GE(zh.words, 4);
  EXPECT_LE(zh.words, 10);
  EXPECT_EQ(zh.weighted_chars, zh.words * 6);  // tuning::kCharsPerWord
  const TextBlock& en = p.blocks[1];
  EXPECT_EQ(en.words, 5);
  EXPECT_EQ(en.weighted_chars, en.chars);
}

TEST(SegmentBlocksTest, BreaksBecomeLineBreaksAndWhitespaceCollapses) {
  Page p = Segment("<p>  one \n two<br>three<br><br>  four  </p>");
  ASSERT_EQ(p.blocks.size(), 1u);
  EXPECT_EQ(p.blocks[0].text, "one two\nthree\nfour");
}

TEST(SegmentBlocksTest, ElementsSideBySideKeepTheirWordsApart) {
  auto text = [](const std::string& html) {
    Page p = Segment(html);
    return p.blocks.empty() ? std::string() : p.blocks[0].text;
  };
  // A tile's brand and name, a row's fields, links in a row: laid out apart.
  EXPECT_EQ(text("<a href=/p><span class=b>Merrell</span><span class=t>Moab 3 Mid</span></a>"),
            "Merrell Moab 3 Mid");
  EXPECT_EQ(text("<div><span class=m>1994</span><span class=m>2h 22m</span>"
                 "<span class=m>R</span></div>"),
            "1994 2h 22m R");
  EXPECT_EQ(text("<p><a href=/a>Home</a><a href=/b><span>About</span></a></p>"), "Home About");
  EXPECT_EQ(text("<p><span>Price</span><span><img src=i.png></span><span>Sale</span></p>"),
            "Price Sale");
  // A link's words are a box of their own, one letter long too: a styled
  // name after the icon links to a profile stands apart.
  EXPECT_EQ(text("<figcaption><span><a href=/in/ann><span class=icon>LinkedIn</span></a></span>"
                 "<strong>Ann Lee</strong>, editor</figcaption>"),
            "LinkedIn Ann Lee, editor");
  EXPECT_EQ(text("<figcaption><a href=/ann><span>X</span></a><strong>Ann Lee</strong></figcaption>"),
            "X Ann Lee");
  // Link cards side by side, a card's subtitle ending its sentence and the
  // next card's title opening with a capital: apart too. After the mark a
  // lower-case word or a number goes on the same word (a domain, a version).
  EXPECT_EQ(text("<div><a href=/a><span>Agents</span><span>Automate replies.</span></a>"
                 "<a href=/b><span>Help center</span><span>Serve yourself!</span></a>"
                 "<a href=/c><span>Voice</span></a></div>"),
            "Agents Automate replies. Help center Serve yourself! Voice");
  EXPECT_EQ(text("<p><span>example.</span><span>com</span> and <span>v1.</span><span>2</span>"
                 "</p>"),
            "example.com and v1.2");
  // A space so set inside one link is the link's: one link, all the block.
  Page card =
      Segment("<div><a href=/a><span>Agents</span><span>Automate replies.</span></a></div>");
  ASSERT_EQ(card.blocks.size(), 1u);
  ASSERT_EQ(card.blocks[0].links.size(), 1u);
  EXPECT_EQ(card.blocks[0].links[0].end - card.blocks[0].links[0].begin,
            card.blocks[0].text.size());
  EXPECT_EQ(card.blocks[0].link_chars, card.blocks[0].chars);
  // Not when a space or punctuation is there already.
  EXPECT_EQ(text("<p><span>one</span> <span>two</span><span>, three</span></p>"),
            "one two, three");
  // Not inside words: styling, letters set one per element, an amount and
  // its unit, <pre>, scripts written without spaces.
  EXPECT_EQ(text("<p><b>Bold</b><i>face</i> and H<sub>2</sub>O</p>"), "Boldface and H2O");
  EXPECT_EQ(text("<p>An <a name=s1>an</a><b>chor</b> of no address</p>"), "An anchor of no address");
  EXPECT_EQ(text("<h1><span>H</span><span>e</span><span>y</span></h1>"), "Hey");
  EXPECT_EQ(text("<p><span class=v>31</span><span class=u>g</span></p>"), "31g");
  EXPECT_EQ(text("<pre><span class=k>int</span><span class=n>x</span></pre>"), "intx");
  EXPECT_EQ(text("<p><span>\xE6\x9D\xB1\xE4\xBA\xAC</span><span>\xE5\xA4\xA7\xE9\x98\xAA</span></p>"),
            "\xE6\x9D\xB1\xE4\xBA\xAC\xE5\xA4\xA7\xE9\x98\xAA");  // 東京大阪
  // Nor inside a word an editor's markup cut after its first letter: an
  // element whose words end with a one-letter word in lower case, the text
  // after it going on in lower case. A capital ("Vitamin C"), a one-letter
  // element and a word after it in capitals stay apart.
  EXPECT_EQ(text("<p><span style=\"font-weight: 400;\">Having made a c</span>"
                 "<span style=\"font-weight: 400;\">omparison of platforms</span></p>"),
            "Having made a comparison of platforms");
  EXPECT_EQ(text("<p><span>I know i</span><span>t is easy</span></p>"), "I know it is easy");
  EXPECT_EQ(text("<div><span class=n>Vitamin C</span><span class=u>tablets</span></div>"),
            "Vitamin C tablets");
  EXPECT_EQ(text("<div><span class=n>Plan a</span><span class=u>Trip</span></div>"), "Plan a Trip");
  // A hidden element between two leaves nothing of its own behind.
  EXPECT_EQ(text("<p><span>Hello</span><span hidden>x</span><span>world</span></p>"),
            "Hello world");
  EXPECT_EQ(text("<p>Hello<span hidden>x</span>world</p>"), "Helloworld");
  // Nor do the elements inside it: a separator set in a box of its own
  // ("1d ago · 3 min read", the dot hidden from screen readers).
  EXPECT_EQ(text("<div><span>1d ago</span><span aria-hidden=true><span>\xC2\xB7</span></span>"
                 "<span><span>3 min read</span></span></div>"),
            "1d ago 3 min read");
}

// A highlighter's line numbers are not the code's: neither numbers opening
// each line inside the <pre> (Chroma, Prism's plugins), nor a table's
// column of them beside the <pre> (Pygments, Hexo), whose code is then a
// block of code, not a table's cell. Numbers that do not count the lines,
// and a listing of numbers alone, stay.
TEST(SegmentBlocksTest, CodeLosesItsLineNumbers) {
  auto code = [](const std::string& html) {
    const Page p = Segment(html);
    std::string out;
    for (const TextBlock& b : p.blocks) {
      out += (b.kind == BlockKind::kCode ? "code:" : "other:") + b.text;
      out += b.table >= 0 ? " (cell)|" : "|";
    }
    return out;
  };
  EXPECT_EQ(code("<pre><code><span class=line><span class=ln>1</span><span>const a = 1;</span>"
                 "</span>\n<span class=line><span class=ln>2</span>console.log(a);</span>\n"
                 "<span class=line><span class=ln>3</span></span>\n"
                 "<span class=line><span class=ln>4</span>a += 1;</span></code></pre>"),
            "code:const a = 1;\nconsole.log(a);\n\na += 1;|");
  // A number per line before indented code, with <br> between the lines.
  EXPECT_EQ(code("<pre><span>9</span>if x:<br><span>10</span>    y()<br></pre>"),
            "code:if x:\n    y()|");
  EXPECT_EQ(code("<div class=highlight><table class=highlighttable><tr>"
                 "<td class=linenos><div><pre><span>1</span>\n<span>2</span>\n<span>3</span></pre>"
                 "</div></td><td class=code><div><pre><span class=kn>import</span> os\n"
                 "def f(x):\n    return x + 1\n</pre></div></td></tr></table></div>"),
            "code:import os\ndef f(x):\n    return x + 1|");
  EXPECT_EQ(code("<figure><table><tr><td class=gutter><pre><span>1</span><br><span>2</span></pre>"
                 "</td><td class=code><pre><span>let a = 1;</span><br><span>a++;</span></pre>"
                 "</td></tr></table></figure>"),
            "code:let a = 1;\na++;|");
  // Stay: numbers that do not count up by one, or hold no code after them;
  // a table of two rows, or whose first column is not a count.
  EXPECT_EQ(code("<pre><span>1</span> + <span>1</span>\n<span>2</span> * 3</pre>"),
            "code:1 + 1\n2 * 3|");
  EXPECT_EQ(code("<pre><span>1</span>\n<span>2</span>\n<span>3</span></pre>"), "code:1\n2\n3|");
  EXPECT_EQ(code("<table><tr><td>1</td><td><pre>a()</pre></td></tr>"
                 "<tr><td>2</td><td><pre>b()</pre></td></tr></table>"),
            "other:1 (cell)|code:a() (cell)|other:2 (cell)|code:b() (cell)|");
  EXPECT_EQ(code("<table><tr><td>Step 3</td><td><pre>make install</pre></td></tr></table>"),
            "other:Step 3 (cell)|code:make install (cell)|");
}

// A run of code in a line is the bytes its outermost <code>, <kbd>,
// <samp> or <tt> holds, without spaces at its edges, through the block's
// leading spaces, a hidden part taken back and composition (NFC); none in
// a <pre>, whose block is all code, and an empty one is none.
TEST(SegmentBlocksTest, CodeInALineIsARunOfTheText) {
  auto runs = [](const std::string& html) {
    const Page p = Segment(html);
    std::string out;
    for (const TextBlock& b : p.blocks) {
      for (const CodeSpan& c : b.code_spans) {
        out += "[" + b.text.substr(c.begin, c.end - c.begin) + "]";
      }
      out += "|";
    }
    return out;
  };
  EXPECT_EQ(runs("<p>  <code> ls -l </code> lists, <kbd><kbd>Ctrl</kbd>+<kbd>C</kbd></kbd> "
                 "stops</p>"),
            "[ls -l][Ctrl+C]|");
  EXPECT_EQ(runs("<p>Set <code>a<span hidden>x</span>b</code> and <tt></tt> <code> </code> "
                 "or <samp>Cafe\xCC\x81</samp> now</p>"),
            "[ab][Caf\xC3\xA9]|");
  EXPECT_EQ(runs("<pre>x = <code>1</code></pre><p>Then <code>y</code></p>"), "|[y]|");
  // Runs side by side are one.
  EXPECT_EQ(runs("<p>Use <code>$arg_</code><code>name</code>, <kbd>a</kbd> <kbd>b</kbd></p>"),
            "[$arg_name][a][b]|");
  // A code element around a block goes on in it: its words are code.
  EXPECT_EQ(runs("<p>Run <code>make<div>install</div></code></p>"), "[make]|[install]|");
}

TEST(SegmentBlocksTest, AnIconLinkToNoPlaceIsNotRead) {
  // A rental shop's tiles put an "i" after each price, a link to "#" that a
  // script makes open the price's note in a dialog: a control's letter, not
  // read. A link to "#" holding a number (a script's pager) or a word, and a
  // letter linking somewhere, are read.
  ExpectOneBlockEach({
      {"<p><span>Rental price - </span>$30.00 <sup><a href=\"#\" class=\"modal-icon\">i</a>"
       "</sup><br>With a package - $20.00</p>",
       "Rental price - $30.00\nWith a package - $20.00"},
      {"<p>Close the box <a href=\" # \">\xC3\x97</a> when done</p>", "Close the box when done"},
      {"<p>Pages <a href=\"#\">2</a> and <a href=\"#\">3</a></p>", "Pages 2 and 3"},
      {"<p>See <a href=\"#\">more</a> below</p>", "See more below"},
      {"<p>Vitamin <a href=\"/vitamins/c\">C</a> and zinc</p>", "Vitamin C and zinc"},
  });
}

TEST(SegmentBlocksTest, APriceBesideAnElementStandsApart) {
  ExpectOneBlockEach({
      // A tile's sale price and the struck regular one; a price and its label.
      {"<div><span class=p>$19.20</span><span class=c>$24</span></div>", "$19.20 $24"},
      {"<div><span class=p>\xE2\x82\xAC" "89</span>"
       "<span class=c>\xE2\x82\xAC" "98</span></div>",
       "\xE2\x82\xAC" "89 \xE2\x82\xAC" "98"},  // €89 €98
      {"<dd><span class=s>$108</span>"
       "<span class=m><span>MSRP: </span><span>$120</span></span></dd>",
       "$108 MSRP: $120"},
      {"<div><span class=p>\xE2\x82\xAC" "25</span><span class=q>Build a Pack</span></div>",
       "\xE2\x82\xAC" "25 Build a Pack"},
      // A price's sign and the currency code or label before it; a price
      // whose sign follows its amount and the next one.
      {"<div><span class=c>USD</span><span class=p>$35.00</span></div>", "USD $35.00"},
      {"<div><span class=l>Now:</span><span class=p>$35.00</span></div>", "Now: $35.00"},
      {"<div><span class=p>45,00 \xE2\x82\xAC</span><span class=c>35,00 \xE2\x82\xAC</span></div>",
       "45,00 \xE2\x82\xAC 35,00 \xE2\x82\xAC"},  // 45,00 € 35,00 €
      {"<div><span class=p>12\xE2\x82\xAC</span><span class=c>15\xE2\x82\xAC</span></div>",
       "12\xE2\x82\xAC 15\xE2\x82\xAC"},  // 12€ 15€
      // An amount with its unit and a currency sign set apart from its
      // amount, alone or after the letters naming its dollar, stay as
      // written.
      {"<p><span class=v>250</span><span class=u>ml</span> for $4</p>", "250ml for $4"},
      {"<p><span class=c>$</span><span class=a>24</span></p>", "$24"},
      {"<p><span class=c>US$</span><span class=a>24</span></p>", "US$24"},
  });
}

TEST(SegmentBlocksTest, APictureBetweenWordsSetsThemApart) {
  ExpectOneBlockEach({
      // A picture set in a paragraph between a date and the text, a logo
      // standing for a name, an emoji drawn as an image: words apart,
      // digits and letters too.
      {"<p>Updated: May 9, 2024<img src=wide.png width=900>If you plan a trip</p>",
       "Updated: May 9, 2024 If you plan a trip"},
      {"<p>Trending on<img src=logo.svg alt=\"\">this week</p>", "Trending on this week"},
      {"<p>Great<img class=emoji src=e.png alt=\"\xE2\x9C\x85\">work</p>", "Great work"},
      {"<p>Open<img src=\"data:image/gif;base64,R0lG\" data-src=lazy.jpg>now</p>", "Open now"},
      // Not where a space stands already, at the line's start, or in <pre>.
      {"<p>One <img src=a.png> two</p>", "One two"},
      {"<p><img src=a.png>Caption</p>", "Caption"},
      {"<pre>a<img src=a.png>b</pre>", "ab"},
  });
}

TEST(SegmentBlocksTest, SkipsInvisibleElements) {
  Page p = Segment(
      "<body><script>var x='<p>no</p>';</script><style>p{}</style>"
      "<template><p>no</p></template><svg><text>no</text></svg><button>no</button>"
      "<p>yes <ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>供</p></body>");
  ASSERT_EQ(p.blocks.size(), 1u);
  EXPECT_EQ(p.blocks[0].text, "yes 子供");  // ruby readings are annotations, not text
}

TEST(SegmentBlocksTest, AHeadingsButtonIsReadOnlyWhenItOpensTheHeading) {
  // A <button> opening a heading is an accordion's question, the heading's
  // text; after the heading's own words it is a control beside the title
  // (rustdoc's "Copy item path", a section's copy-link button), not read.
  Page p = Segment(
      "<h3><button>Can I bring my dog?</button></h3><p>Yes, on a lead.</p>"
      "<h1>Struct <span>Gauge</span><button title=\"Copy item path to clipboard\">Copy item "
      "path</button></h1><h2> <button>Opening hours</button></h2>"
      "<h2>Why it matters<button class=\"copy-link\">Copy link</button></h2>");
  std::vector<std::string> texts;
  for (const TextBlock& b : p.blocks) texts.push_back(b.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"Can I bring my dog?", "Yes, on a lead.",
                                             "Struct Gauge", "Opening hours", "Why it matters"}));
}

TEST(SegmentBlocksTest, WordsHiddenFromScreenReadersThatATwinSaysAreShown) {
  // Shopify's Debut theme writes each tile's title twice: for screen
  // readers inside the picture's link ("visually-hidden"), and as shown, in
  // a box hidden from screen readers (aria-hidden) under the picture. The
  // shown title is read. A box hidden from screen readers whose words no
  // twin says (a slider's cloned slide) and one whose twin says other words
  // stay hidden.
  Page tile = Segment(
      "<div class=\"grid-view-item\"><a href=\"/products/hoodie\"><span "
      "class=\"visually-hidden\">Hoodie with Logo</span></a><div class=\"image\"><img "
      "src=\"/h.jpg\" alt=\"\"></div><div class=\"title\" aria-hidden=\"true\">Hoodie with  "
      "Logo</div><div class=\"price\">$35.00</div></div>"
      "<div class=\"slide\" aria-hidden=\"true\"><p>The cloned slide of a carousel</p></div>"
      "<div><span class=\"sr-only\">Rated 4 out of 5</span><div aria-hidden=\"true\">4/5</div>"
      "</div>");
  const std::vector<bool> hidden =
      MarkSubtrees(tile, [](const Node& n) { return (n.flags & kFlagHidden) != 0; });
  std::vector<std::string> texts;
  for (const TextBlock& b : tile.blocks) {
    if (!hidden[b.node]) texts.push_back(b.text);
  }
  EXPECT_EQ(texts, (std::vector<std::string>{"Hoodie with Logo", "$35.00"}));
}

TEST(SegmentBlocksTest, APriceHiddenFromScreenReadersBesideItsSpokenFormIsShown) {
  // WooCommerce writes a sale's prices twice: as shown, each hidden from
  // screen readers (aria-hidden), and as read aloud, each kept off the
  // screen ("screen-reader-text"). The line shows the prices, not what a
  // screen reader says. A label so written ("Share" beside "All sharing
  // options for:"), a filter's count ("(16)" beside "(16 products)") and a
  // price hidden from screen readers with no spoken form beside it stay
  // hidden.
  const struct {
    const char* html;
    const char* lines;  // the blocks' texts, joined by " | "
  } cases[] = {
      {"<p class=\"price\"><del aria-hidden=\"true\"><span>$</span>45.00</del> <span "
       "class=\"screen-reader-text\">Original price was: $45.00.</span><ins "
       "aria-hidden=\"true\"><span>$</span>35.00</ins><span class=\"screen-reader-text\">Current "
       "price is: $35.00.</span></p>",
       "$45.00 $35.00"},
      {"<h3><strong aria-hidden=\"true\">Share</strong><span class=\"sr-only\">All sharing "
       "options for:</span> <span>Rivers in flood</span></h3><p>Wired <span "
       "aria-hidden=\"true\">(16)</span><span class=\"visually-hidden\">(16 products)</span></p>"
       "<p>Boots <b aria-hidden=\"true\">$20</b>sold out.</p>",
       "Rivers in flood | Wired | Boots sold out."},
  };
  for (const auto& c : cases) {
    std::string lines;
    for (const TextBlock& b : Segment(c.html).blocks) {
      lines += (lines.empty() ? "" : " | ") + b.text;
    }
    EXPECT_EQ(lines, c.lines) << c.html;
  }
}

TEST(SegmentBlocksTest, HiddenInlineTextIsLeftOut) {
  // Hidden words inside a paragraph are not part of its text; a hidden
  // block is kept as a block, flagged (see FlagsHiddenAndSemanticElements).
  Page p = Segment(
      "<body><p>The vote <span style=\"display:none\"><i>SECRET</i></span>was close <span "
      "class=\"sr-only\">(opens in a new window)</span><span hidden>x</span><label "
      "class=\"u-hiddenVisually\">Search by colour</label><b "
      "aria-hidden=\"true\">*</b>today.<span itemprop=\"author\" hidden>Jo Smith</span></p>"
      "</body>");
  ASSERT_EQ(p.blocks.size(), 1u);
  EXPECT_EQ(p.blocks[0].text, "The vote was close today.");
  EXPECT_EQ(Segment("<p>Hello <span hidden>a<br>b</span>world</p>").blocks[0].text,
            "Hello world");
  // So are their elements: hidden markup is not the page's tag density.
  for (const Node& n : p.nodes) {
    if (n.parent >= 0) {
      EXPECT_FALSE(p.nodes[n.parent].flags & kFlagHidden);
    }
  }
  // Metadata in hidden text is still read.
  ASSERT_EQ(p.meta.itemprops.size(), 1u);
  EXPECT_EQ(p.meta.itemprops[0].second, "Jo Smith");
}

// visibility:hidden is inherited as CSS inherits it: a descendant's
// visibility:visible shows that descendant again, and only it; what
// display:none, hidden or aria-hidden hides stays hidden whatever is inside.
TEST(SegmentBlocksTest, VisibleInsideVisibilityHiddenIsShown) {
  Page p = Segment(
      "<body><div style=\"visibility: hidden\"><p>teaser</p><div><p>kept hidden</p>"
      "<section style=\"VISIBILITY:visible\"><p>shown</p><div style=\"visibility:hidden\">"
      "<p>hidden again</p></div></section></div><p>after</p></div>"
      "<div style=\"display:none\"><p style=\"visibility:visible\">none shows</p></div>"
      "<div hidden><p style=\"visibility:visible\">attribute hides</p></div>"
      "<div style=\"visibility:hidden;visibility:visible\"><p>last wins</p></div>"
      "<div style=\"visibility:collapse\"><p>collapsed</p></div></body>");
  auto hidden = [&](const char* text) {
    for (const TextBlock& b : p.blocks) {
      if (b.text == text) {
        for (int n = b.node; n >= 0; n = p.nodes[n].parent) {
          if (p.nodes[n].flags & kFlagHidden) return true;
        }
        return false;
      }
    }
    ADD_FAILURE() << "no block " << text;
    return false;
  };
  EXPECT_FALSE(hidden("shown"));
  EXPECT_FALSE(hidden("last wins"));
  for (const char* text : {"teaser", "kept hidden", "hidden again", "after", "none shows",
                           "attribute hides", "collapsed"}) {
    EXPECT_TRUE(hidden(text)) << text;
  }
  // Inline: the shown words stay in their line; hidden ones go.
  EXPECT_EQ(Segment("<p>Vote <span style=\"visibility:hidden\"><b style=\"visibility:visible\">"
                    "yes</b></span> today</p>").blocks[0].text,
            "Vote yes today");
  EXPECT_EQ(Segment("<p>Vote <span style=\"visibility:hidden\">no <b>yes</b></span> today</p>")
                .blocks[0].text,
            "Vote today");
}

TEST(SegmentBlocksTest, ItemTypesSplitOnAsciiWhiteSpaceOnly) {
  // "\xC3\xA0" ("à") ends in U+00A0's code byte: one type, not two.
  Page p = Segment(
      "<main itemscope itemtype=\"https://schema.org/Caf\xC3\xA0Page\t"
      "https://schema.org/Article/\"><p>text</p></main>");
  EXPECT_EQ(p.meta.item_types, (std::vector<std::string>{"Caf\xC3\xA0Page", "Article"}));
}

TEST(SegmentBlocksTest, HoverCardInsideTextIsLeftOut) {
  // A name in a sentence opens a card with a photo and the person's latest
  // stories: the card's links are not words of the sentence. An inline
  // picture with one link, and a card-like run with words of its own, stay.
  Page p = Segment(
      "<body><p>The threat against Rep. <span class=\"people\"><a href=\"/p/1\">Jo "
      "Smith</a><span class=\"card\"><img src=\"/jo.jpg\"><a href=\"/p/1\">Jo Smith</a>"
      "<a href=\"/s/1\">Smith asks for compassion</a> <a href=\"/s/2\">Budget vote "
      "delayed</a></span></span> was made by phone.</p>"
      "<p>See <span><img src=\"/map.png\"><a href=\"/map\">the map</a></span> of the town.</p>"
      "<p>Read <span><img src=\"/i.png\"><a href=\"/a\">one</a> and <a href=\"/b\">two</a>"
      "</span> now.</p></body>");
  ASSERT_EQ(p.blocks.size(), 3u);
  EXPECT_EQ(p.blocks[0].text, "The threat against Rep. Jo Smith was made by phone.");
  EXPECT_EQ(p.blocks[0].link_chars, 8);
  ASSERT_EQ(p.blocks[0].links.size(), 1u);
  EXPECT_EQ(p.blocks[0].links[0].href, "/p/1");
  EXPECT_EQ(p.images.size(), 2u);  // the card's photo is not the story's
  EXPECT_EQ(p.blocks[1].text, "See the map of the town.");
  EXPECT_EQ(p.blocks[2].text, "Read one and two now.");
}

TEST(SegmentBlocksTest, TooltipInsideTextIsLeftOut) {
  // A glossary term whose label is the element right after it: the
  // definition shows on hover, not in the sentence ("keywordKeyword A
  // keyword is ... Learn more rankings" otherwise). The same with ARIA's
  // role="tooltip". An element named by a word further on, or by a term
  // that is not its sibling, stays.
  Page p = Segment(
      "<body><p>Track your <span class=\"term\"><dfn aria-labelledby=\"t1\">keyword</dfn><span "
      "class=\"tip\" id=\"t1\"><span><strong>Keyword</strong><br>A keyword is what users "
      "search for.<br><a href=\"/g/keyword\">Learn more</a></span></span></span> rankings.</p>"
      "<p>Press <button aria-describedby=\"t2\">Save</button><span role=\"tooltip\" "
      "id=\"t2\">Saves the draft</span> now.</p>"
      "<p><abbr aria-describedby=\"n3\">CPU</abbr> load <span id=\"n3\">(central "
      "processing unit)</span> rose.</p>"
      "<p><span aria-labelledby=\"n4\">A</span> and <span><span id=\"n4\">B</span></span>.</p>"
      "</body>");
  ASSERT_EQ(p.blocks.size(), 4u);
  EXPECT_EQ(p.blocks[0].text, "Track your keyword rankings.");
  EXPECT_TRUE(p.blocks[0].links.empty());
  EXPECT_EQ(p.blocks[1].text, "Press now.");
  EXPECT_EQ(p.blocks[2].text, "CPU load (central processing unit) rose.");
  EXPECT_EQ(p.blocks[3].text, "A and B.");
}

TEST(SegmentBlocksTest, ATimesDatetimeDatesItsLine) {
  // A <time> whose datetime is an ISO 8601 date dates its line whatever its
  // words say ("3h"): a date, with a clock when the attribute gives one. A
  // hidden time, a duration and a time without the attribute do not.
  Page p = Segment(
      "<body><p><a href=\"/u/sam\">sam</a> · <time datetime=\"2024-03-01T10:15:00Z\">3h</time></p>"
      "<p>sam · <time datetime=\"2024-03-01\">2 years ago</time></p>"
      "<p>sam · <time datetime=\"PT3H\">3h</time></p>"
      "<p>sam · <time>3h</time></p>"
      "<p>sam<time hidden datetime=\"2024-03-01\">3h</time></p></body>");
  ASSERT_EQ(p.blocks.size(), 5u);
  EXPECT_EQ(p.blocks[0].time_attr, 2);
  EXPECT_TRUE(ReadDateLine(p.blocks[0]).clock);
  EXPECT_EQ(p.blocks[1].time_attr, 1);
  EXPECT_TRUE(ReadDateLine(p.blocks[1]).year);
  EXPECT_FALSE(ReadDateLine(p.blocks[1]).clock);
  for (std::size_t b = 2; b < 5; ++b) {
    EXPECT_EQ(p.blocks[b].time_attr, 0) << p.blocks[b].text;
    EXPECT_FALSE(ReadDateLine(p.blocks[b]).year) << p.blocks[b].text;
  }
}

TEST(SegmentBlocksTest, AnElementsTitleDatesItsLine) {
  // An element whose title is an ISO 8601 date (jQuery timeago's, Hacker
  // News' <span class="age" title>) dates its line like a <time datetime>,
  // its words shown or none yet (NodeBB's empty <span class="timeago">);
  // one with no words in a box of its own dates the line before it in the
  // box around it (the poster's name), not the last line of another box.
  // A title that is no date, or a hidden one, dates nothing.
  Page p = Segment(
      "<body><p><a href=\"/u/sam\">sam</a> <span title=\"2024-03-01T10:15:00 1709288100\">"
      "<a href=\"/i\">2 hours ago</a></span></p>"
      "<p><a href=\"/u/ann\">ann</a> <a href=\"/p/2\"><span class=\"timeago\" "
      "title=\"2024-03-01T10:15:00.000Z\"></span></a><small hidden>edited</small></p>"
      "<div><a href=\"/u/bo\">bo</a><div><abbr title=\"2024-03-01\"></abbr></div></div>"
      "<div><p>Text.</p></div><div><span title=\"2024-03-01\"></span></div>"
      "<p>sam <span title=\"two hours ago\">2h</span></p>"
      "<p>sam <span hidden title=\"2024-03-01\">2h</span></p></body>");
  ASSERT_EQ(p.blocks.size(), 6u);
  EXPECT_EQ(p.blocks[0].time_attr, 2);
  EXPECT_EQ(p.blocks[0].text.substr(p.blocks[0].time_begin), "2 hours ago");
  EXPECT_EQ(p.blocks[1].time_attr, 2);
  EXPECT_EQ(p.blocks[1].text, "ann");
  EXPECT_EQ(p.blocks[2].text, "bo");
  EXPECT_EQ(p.blocks[2].time_attr, 1);
  EXPECT_TRUE(ReadDateLine(p.blocks[2]).year);
  for (std::size_t b = 3; b < 6; ++b) EXPECT_EQ(p.blocks[b].time_attr, 0) << p.blocks[b].text;
}

TEST(SegmentBlocksTest, ATimesOtherFormIsLeftOut) {
  // A <time> writing its moment twice, a long form and a short one of which
  // the style sheet shows one (Invision's "April 2, 2024" and "1 yr"): the
  // short form, with no year nor clock time, goes after the whole date, as
  // does a short form after a clock time. A time set in parts keeps them
  // all: a date badge's day and month (no whole date before the month), a
  // clock after the date, a year after a day and month.
  Page p = Segment(
      "<body><p><time datetime=\"2024-04-02T05:03:15Z\"><span class=\"long\">April 2, "
      "2024</span><span class=\"short\">1 yr</span></time></p>"
      "<p>Posted <time><span>10:15</span> <span>3h</span></time> by sam</p>"
      "<p><time><span>12</span> <span>Jan</span></time></p>"
      "<p><time><span>Mar 4, 2024</span> <span>10:15</span></time></p>"
      "<p><time><span>March 4</span> <span>2024</span></time></p></body>");
  ASSERT_EQ(p.blocks.size(), 5u);
  EXPECT_EQ(p.blocks[0].text, "April 2, 2024");
  EXPECT_EQ(p.blocks[1].text, "Posted 10:15 by sam");
  EXPECT_EQ(p.blocks[2].text, "12 Jan");
  EXPECT_EQ(p.blocks[3].text, "Mar 4, 2024 10:15");
  EXPECT_EQ(p.blocks[4].text, "March 4 2024");
}

TEST(SegmentBlocksTest, WalksIntoNoscriptAndFlagsIt) {
  // An unclosed <div> in <noscript> makes Gumbo put the rest of the page in it.
  Page p = Segment("<body><noscript><div id=nojs></noscript><p>story</p></body>");
  ASSERT_EQ(p.blocks.size(), 1u);
  EXPECT_EQ(p.blocks[0].text, "story");
  std::uint32_t f = 0;
  for (int n = p.blocks[0].node; n >= 0; n = p.nodes[n].parent) f |= p.nodes[n].flags;
  EXPECT_TRUE(f & kFlagNoscript);
}

TEST(SegmentBlocksTest, FlagsHiddenAndSemanticElements) {
  Page p = Segment(
      "<body><nav><p>n</p></nav><div hidden><p>h</p></div><div aria-hidden=\"true\">a</div>"
      "<div style=\"display: none\">d</div><article><p>x</p></article><dialog>m</dialog></body>");
  auto flags_of = [&](const char* text) {
    for (const TextBlock& b : p.blocks) {
      if (b.text == text) {
        std::uint32_t f = 0;
        for (int n = b.node; n >= 0; n = p.nodes[n].parent) f |= p.nodes[n].flags;
        return f;
      }
    }
    return 0u;
  };
  EXPECT_TRUE(flags_of("n") & kFlagNav);
  EXPECT_TRUE(flags_of("h") & kFlagHidden);
  EXPECT_TRUE(flags_of("a") & kFlagHidden);
  EXPECT_TRUE(flags_of("d") & kFlagHidden);
  EXPECT_TRUE(flags_of("x") & kFlagArticle);
  EXPECT_FALSE(flags_of("x") & kFlagHidden);
  EXPECT_TRUE(flags_of("m") & kFlagDialog);
}

TEST(SegmentBlocksTest, NodeRangesNest) {
  Page p = Segment("<div><section><p>a</p><p>b</p></section><p>c</p></div>");
  for (std::size_t i = 0; i < p.nodes.size(); ++i) {
    const Node& n = p.nodes[i];
    EXPECT_LT(static_cast<int>(i), n.end);
    EXPECT_LE(n.block_begin, n.block_end);
    if (n.parent >= 0) {
      const Node& up = p.nodes[n.parent];
      EXPECT_LE(up.block_begin, n.block_begin);
      EXPECT_GE(up.block_end, n.block_end);
      EXPECT_GE(up.end, n.end);
    }
  }
}

// The groups ForEachSiblingGroup hands out for the children of the first
// element with tag `parent_tag`: each group as the first block text of its
// members.
std::vector<std::vector<std::string>> SiblingGroups(const std::string& html, GumboTag parent_tag,
                                                    bool join_interleaved) {
  const Page p = Segment(html);
  int parent = -1;
  for (std::size_t i = 0; i < p.nodes.size() && parent < 0; ++i) {
    if (p.nodes[i].tag == parent_tag) parent = static_cast<int>(i);
  }
  std::vector<std::vector<std::string>> groups;
  if (parent < 0) return groups;
  std::vector<std::pair<std::uint64_t, int>> scratch;
  ForEachSiblingGroup(
      p, parent, /*min_size=*/3, [](int) { return true; },
      [&](const std::vector<int>& members) {
        std::vector<std::string>& texts = groups.emplace_back();
        for (int m : members) {
          const Node& n = p.nodes[m];
          texts.push_back(n.block_begin < n.block_end ? p.blocks[n.block_begin].text : "");
        }
      },
      &scratch, join_interleaved);
  return groups;
}

using Groups = std::vector<std::vector<std::string>>;

// Two clock times joined by a dash, a tilde, a slash or a word are read as
// one (a span of hours, a player's elapsed and total time); joined by a
// comma, a parenthesis or another sign they are two moments (a post's time
// and its edit's), and a time with seconds is one moment.
TEST(ReadDateLineTest, TimePairs) {
  auto pairs = [](std::string_view line) {
    return ReadDateLine(line, static_cast<int>(line.size())).time_pairs;
  };
  EXPECT_EQ(pairs("Mon-Sat 8:00 AM to 10:00 PM EST"), 1);
  EXPECT_EQ(pairs("Mon-Fri: 7:30 am-5:00 pm"), 1);
  EXPECT_EQ(pairs("10:00 a.m. to 5:00 p.m."), 1);
  EXPECT_EQ(pairs("Mo bis Fr: 9:00 \u2013 16:00 Uhr"), 1);
  EXPECT_EQ(pairs("10:00 Uhr bis 18:00 Uhr"), 1);
  EXPECT_EQ(pairs("\u5E73\u65E59:00\u301C18:00"), 1);
  EXPECT_EQ(pairs("from 5:15 - 7:15pm or 7:15 - 9:15pm"), 3);
  EXPECT_EQ(pairs("0:00/ 3:45"), 1);
  EXPECT_EQ(pairs("Posted 10:15, edited 11:20"), 0);
  EXPECT_EQ(pairs("Posted 10:15 (edited 11:20)"), 0);
  EXPECT_EQ(pairs("Posted 10:15 \u00B7 edited 11:20"), 0);
  EXPECT_EQ(pairs("Posted 10:15. Edited 11:20"), 0);
  EXPECT_EQ(pairs("Posted 10:15 - edited 11:20"), 0);
  EXPECT_EQ(pairs("2014-04-02 23:04:14 +00:00"), 0);
  EXPECT_EQ(pairs("2021-10-27T20:35:36+01:00"), 0);
  EXPECT_EQ(pairs("2025-10-30T10:45:07-04:00"), 0);
  EXPECT_EQ(pairs("November 18, 2019 -- 19:14 GMT (19:14 GMT)"), 0);
  EXPECT_EQ(pairs("Vincent at 10:30 AM, Jas at 11:00 AM"), 0);
  EXPECT_EQ(pairs("9:15 AM"), 0);
  // A post's time and its edit's are still a post's date.
  EXPECT_TRUE(ReadDateLine("Posted 10:15, edited 11:20", 26).clock);
}

// A date written with dots, a day, a month and a four-figure year, is read
// apart from the year (DateLine::dotted_date), and a dotted clock beside
// it ("klo 9.15") apart from the clock; a version's or a price's dots are
// none, and a dotted clock with no dotted date beside it is none.
TEST(ReadDateLineTest, DottedDates) {
  auto line = [](std::string_view text) {
    return ReadDateLine(text, static_cast<int>(text.size()));
  };
  EXPECT_TRUE(line("11.12.2019").dotted_date);
  EXPECT_FALSE(line("11.12.2019").year);
  EXPECT_TRUE(line("3.3.2024 klo 9.15").dotted_date);
  EXPECT_TRUE(line("3.3.2024 klo 9.15").dotted_clock);
  EXPECT_TRUE(line("rivermouse 11.12.2019, 14.00").dotted_clock);
  EXPECT_FALSE(line("11.12.2019").dotted_clock);
  EXPECT_FALSE(line("Version 2.32.13").dotted_date);
  EXPECT_FALSE(line("Version 1.2.2019.4").dotted_date);
  EXPECT_FALSE(line("Price 9.15 EUR").dotted_clock);
  EXPECT_FALSE(line("11.12.2019 at 24.30").dotted_clock);
  EXPECT_FALSE(line("1.077 users").dotted_date);
}

// The process's locale does not change what a line says: in a Latin-1
// locale <cctype> takes the last byte of UTF-8's "ú" (0xBA, "º") for a
// letter, and digits after it for a name's ("Perú2024"), not a year, where
// the C locale reads a year. Set by the Python binding's interpreter from
// the environment. The build makes de_DE.ISO-8859-1 in its own folder
// (PITH_LATIN1_LOCPATH, tests/CMakeLists.txt); without it the test tries the
// locales installed, and is skipped where there is none.
TEST(ReadDateLineTest, SameInEveryLocale) {
  const std::string_view line = "Per\u00FA2024, Lima \u00B7 S\u00E3o Paulo1999";
  const DateLine c = ReadDateLine(line, 30);
  const std::string before = std::setlocale(LC_CTYPE, nullptr);
#ifdef PITH_LATIN1_LOCPATH
  // Read by each setlocale; this process makes no other call to it.
  ASSERT_EQ(setenv("LOCPATH", PITH_LATIN1_LOCPATH, 1), 0);
#endif
  bool latin1 = false;
  for (const char* name : {"de_DE.ISO-8859-1", "de_DE.iso88591", "en_US.ISO-8859-1",
                           "en_US.iso88591", "fr_FR.ISO-8859-1", "fr_FR.iso88591"}) {
    if (std::setlocale(LC_CTYPE, name) != nullptr && std::isalpha(0xBA)) {
      latin1 = true;
      break;
    }
  }
  if (!latin1) {
    std::setlocale(LC_CTYPE, before.c_str());
#ifdef PITH_LATIN1_LOCPATH
    FAIL() << "the build's Latin-1 locale in " PITH_LATIN1_LOCPATH " cannot be set";
#else
    GTEST_SKIP() << "no Latin-1 locale installed";
#endif
  }
  const DateLine latin = ReadDateLine(line, 30);
  std::setlocale(LC_CTYPE, before.c_str());
  EXPECT_EQ(latin.year, c.year);
  EXPECT_EQ(latin.numbers, c.numbers);
}

TEST(ForEachSiblingGroupTest, GroupsSiblingsByTagAndClassInPageOrder) {
  // Two runs of three, one after the other, and a pair under the minimum.
  const std::string html =
      "<ul><li class=a>a1</li><li class=a>a2</li><li class=a>a3</li>"
      "<li class=b>b1</li><li class=b>b2</li><li class=b>b3</li>"
      "<li class=c>c1</li><li class=c>c2</li></ul>";
  const Groups want = {{"a1", "a2", "a3"}, {"b1", "b2", "b3"}};
  EXPECT_EQ(SiblingGroups(html, GUMBO_TAG_UL, false), want);
  // Runs that follow one another do not interleave: joining changes nothing.
  EXPECT_EQ(SiblingGroups(html, GUMBO_TAG_UL, true), want);
}

TEST(ForEachSiblingGroupTest, JoinsInterleavedGroupsOnlyWhenAsked) {
  // A definition list's heads and entries, two of each: neither kind alone
  // reaches three members, together they are one list of four.
  const std::string html =
      "<dl><dt>t1</dt><dd>d1</dd><dt>t2</dt><dd>d2</dd></dl>";
  EXPECT_EQ(SiblingGroups(html, GUMBO_TAG_DL, false), Groups{});
  EXPECT_EQ(SiblingGroups(html, GUMBO_TAG_DL, true), (Groups{{"t1", "d1", "t2", "d2"}}));
  // Striped rows join; a run of other rows after them stays a group of its own.
  const std::string rows =
      "<div><p class=row>r1</p><p class=\"row shaded\">r2</p><p class=row>r3</p>"
      "<p class=\"row shaded\">r4</p><p class=foot>f1</p><p class=foot>f2</p>"
      "<p class=foot>f3</p></div>";
  EXPECT_EQ(SiblingGroups(rows, GUMBO_TAG_DIV, true),
            (Groups{{"r1", "r2", "r3", "r4"}, {"f1", "f2", "f3"}}));
}

TEST(SegmentBlocksTest, ReadsHeadMetadataAndJsonLd) {
  Page p = Segment(
      "<html lang=\"de\"><head><title> Story  | Site </title>"
      "<meta property=\"og:title\" content=\"Story\"><meta property=\"og:site_name\" "
      "content=\"Site\"><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
      "\"headline\":\"Story\",\"articleBody\":\"Body text.\"}</script></head><body></body></html>");
  EXPECT_EQ(p.meta.title, "Story | Site");
  EXPECT_EQ(p.meta.og_title, "Story");
  EXPECT_EQ(p.meta.site_name, "Site");
  EXPECT_EQ(p.meta.language, "de");
  ASSERT_EQ(p.meta.json_ld.size(), 1u);
  Metadata m = ReadMetadata(p, "");
  EXPECT_EQ(m.title, "Story");
  EXPECT_EQ(m.json_ld_body, "Body text.");
}

TEST(SegmentBlocksTest, SkipsMalformedAndDeepJsonLd) {
  std::string deep(10000, '[');
  Page p = Segment("<script type=\"application/ld+json\">" + deep +
                   "</script><script type=\"application/ld+json\">{\"@type\": broken"
                   "</script><p>x</p>");
  EXPECT_TRUE(p.meta.json_ld.size() <= 1u);  // the deep one is never kept
  Metadata m = ReadMetadata(p, "");                // the broken one must not throw
  EXPECT_EQ(m.json_ld_body, "");
}

// Runs `fn` on a thread with a 256 KiB stack, where a walk that recursed
// once per DOM level would overflow within a few thousand levels.
template <typename Fn>
void RunOnSmallStack(Fn fn) {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, 256 << 10);
  pthread_t thread;
  auto trampoline = [](void* arg) -> void* {
    (*static_cast<Fn*>(arg))();
    return nullptr;
  };
  ASSERT_EQ(pthread_create(&thread, &attr, trampoline, &fn), 0);
  pthread_join(thread, nullptr);
  pthread_attr_destroy(&attr);
}

TEST(SegmentBlocksTest, DeepNestingDoesNotRecurse) {
  // Gumbo's own parse time grows with depth squared, so 20k levels keep the
  // test quick; the small stack makes them as telling as a million levels.
  const int depth = 20000;
  std::string html;
  for (int i = 0; i < depth; ++i) html += "<div>";
  html += "deep text";
  for (int i = 0; i < depth; ++i) html += "</div>";
  for (int i = 0; i < depth / 4; ++i) html += "<table><tr><td>";
  html += "cell text";
  Page p;
  RunOnSmallStack([&] { p = Segment(html); });
  ASSERT_EQ(p.blocks.size(), 2u);
  EXPECT_EQ(p.blocks[0].text, "deep text");
  EXPECT_EQ(p.blocks[1].text, "cell text");
  EXPECT_GE(p.nodes.size(), static_cast<std::size_t>(depth));
}

TEST(SegmentTest, LazyImagesAreReadFromTheirLoadersAttributes) {
  // A lazy loader leaves src empty or a placeholder's data: URI and writes
  // the address in its own attribute; a responsive image may give only
  // srcset, its widest (or densest) candidate the picture's address.
  Page p = Segment(
      "<p><img src=\"data:image/gif;base64,R0lG\" data-lazy-src=/lazy.jpg alt=A>"
      "<img data-original=/orig.jpg alt=B>"
      "<img src=\"data:x\" data-srcset=\"data:y 1x, /small.jpg 480w, /wide.jpg 1080w, "
      "/mid.jpg 768w\" alt=C>"
      "<img srcset=\"/one.jpg, /two.jpg 2x, /half.jpg 0.5x\" alt=D>"
      "<img src=/plain.jpg data-lazy-src=/other.jpg srcset=\"/x.jpg 900w\" alt=E>"
      "<img src=\"data:x\" srcset=\"data:y 1x\" alt=F>Text</p>");
  ASSERT_EQ(p.images.size(), 5u);
  EXPECT_EQ(p.images[0].src, "/lazy.jpg");
  EXPECT_EQ(p.images[1].src, "/orig.jpg");
  EXPECT_EQ(p.images[2].src, "/wide.jpg");
  EXPECT_EQ(p.images[3].src, "/two.jpg");
  EXPECT_EQ(p.images[4].src, "/plain.jpg");
  // The loader's fallback in a <noscript> after the image is its copy, at
  // the same address or another; an image after text is another picture,
  // and so is one repeated outside a <noscript> (a rating's stars).
  Page copied = Segment(
      "<div><img src=\"data:x\" data-lazy-src=/a.jpg alt=A><noscript><img src=/a.jpg alt=A>"
      "</noscript><img src=\"data:x\" data-srcset=\"/b-1000.jpg 1000w\"><noscript>"
      "<img src=/b-730.jpg></noscript><p>Text</p><noscript><img src=/c.jpg></noscript>"
      "<img src=/star.png><img src=/star.png></div>");
  ASSERT_EQ(copied.images.size(), 5u);
  EXPECT_EQ(copied.images[0].src, "/a.jpg");
  EXPECT_EQ(copied.images[1].src, "/b-1000.jpg");
  EXPECT_EQ(copied.images[2].src, "/c.jpg");
  EXPECT_EQ(copied.images[3].src, "/star.png");
  EXPECT_EQ(copied.images[4].src, "/star.png");
}

TEST(ImageAddressTest, PlainValuesAndSrcsetCandidates) {
  EXPECT_EQ(ImageAddress(Attribute::kSrc, "/a.png"), "/a.png");
  EXPECT_EQ(ImageAddress(Attribute::kSrc, " data:image/gif;base64,R0lG"), "");
  EXPECT_EQ(ImageAddress(Attribute::kDataLazySrc, ""), "");
  EXPECT_EQ(ImageAddress(Attribute::kSrcset, "/a.png 1x, /b.png 2x"), "/b.png");
  EXPECT_EQ(ImageAddress(Attribute::kSrcset, "/a.png 1.5x,/b.png 1.25x"), "/a.png");
  // Widths win over densities; a bare candidate is 1x; the first of equals.
  EXPECT_EQ(ImageAddress(Attribute::kDataSrcset, "/d.png 3x, /w.png 300w"), "/w.png");
  EXPECT_EQ(ImageAddress(Attribute::kSrcset, "/a.png, /b.png 1x"), "/a.png");
  EXPECT_EQ(ImageAddress(Attribute::kSrcset, "  /only.png  "), "/only.png");
  // An address may hold commas; one ending it belongs to the list.
  EXPECT_EQ(ImageAddress(Attribute::kSrcset, "/i.php?a=1,2 100w, /j.png 50w"), "/i.php?a=1,2");
  // An unreadable descriptor counts as 1x; data: URIs and empties give none.
  EXPECT_EQ(ImageAddress(Attribute::kSrcset, "/a.png 2q, /b.png"), "/a.png");
  EXPECT_EQ(ImageAddress(Attribute::kSrcset, "data:x 1x, data:y 2x"), "");
  EXPECT_EQ(ImageAddress(Attribute::kSrcset, " , ,"), "");
}

TEST(SegmentTest, SoftHyphensGo) {
  // Text set for narrow columns marks its syllables with soft hyphens
  // (&shy;, U+00AD, shown only where a line breaks): the words come whole,
  // a link's span and its count of characters are the words', and a link
  // of a soft hyphen alone spans nothing.
  Page p = Segment(
      "<p>Das Mit&shy;tel&shy;al&shy;ter und die <a href=\"/n\">Neu\xC2\xADzeit</a>"
      "<a href=\"/x\">&shy;</a> heute</p>");
  ASSERT_EQ(p.blocks.size(), 1u);
  const TextBlock& b = p.blocks[0];
  EXPECT_EQ(b.text, "Das Mittelalter und die Neuzeit heute");
  EXPECT_EQ(b.chars, 37);
  EXPECT_EQ(b.link_chars, 7);
  ASSERT_EQ(b.links.size(), 1u);
  EXPECT_EQ(b.text.substr(b.links[0].begin, b.links[0].end - b.links[0].begin), "Neuzeit");
  // The page's title too.
  Page titled = Segment(
      "<html><head><title>Mit&shy;tel&shy;al&shy;ter</title></head>"
      "<body><p>Text.</p></body></html>");
  EXPECT_EQ(titled.meta.title, "Mittelalter");
}

TEST(SegmentTest, TextIsComposedWithItsLinksAndCounts) {
  // A text written with accents after their letters ("e" and U+0301) comes
  // in NFC, and the link over it spans its composed words and counts their
  // characters: "résumé" is six, not eight.
  Page p = Segment("<p>Read the <a href=\"/x\">re\xCC\x81sume\xCC\x81</a> today</p>");
  ASSERT_EQ(p.blocks.size(), 1u);
  const TextBlock& b = p.blocks[0];
  EXPECT_EQ(b.text, "Read the r\xC3\xA9sum\xC3\xA9 today");
  EXPECT_EQ(b.chars, 21);
  EXPECT_EQ(b.link_chars, 6);
  ASSERT_EQ(b.links.size(), 1u);
  EXPECT_EQ(b.text.substr(b.links[0].begin, b.links[0].end - b.links[0].begin),
            "r\xC3\xA9sum\xC3\xA9");
  // A letter and its accent in two text nodes compose in the block; the
  // link holding only the accent spans nothing and goes, and the linked
  // characters are the composed text's.
  Page split = Segment("<p>Cafe<a href=\"/z\">\xCC\x81</a> au lait and <a href=\"/m\">the "
                       "menu</a></p>");
  ASSERT_EQ(split.blocks.size(), 1u);
  const TextBlock& s = split.blocks[0];
  EXPECT_EQ(s.text, "Caf\xC3\xA9 au lait and the menu");
  ASSERT_EQ(s.links.size(), 1u);
  EXPECT_EQ(s.text.substr(s.links[0].begin, s.links[0].end - s.links[0].begin), "the menu");
  EXPECT_EQ(s.link_chars, 8);
  // An image's alt comes in NFC too.
  Page pictured = Segment("<p><img src=\"/c.png\" alt=\"Cafe\xCC\x81 Rivage\">The terrace.</p>");
  ASSERT_EQ(pictured.images.size(), 1u);
  EXPECT_EQ(pictured.images[0].alt, "Caf\xC3\xA9 Rivage");
  // A <time> after a decomposed letter keeps its words.
  Page dated = Segment("<p>Cafe\xCC\x81 news, <time datetime=\"2024-03-05\">5 March</time></p>");
  ASSERT_EQ(dated.blocks.size(), 1u);
  EXPECT_EQ(dated.blocks[0].text.substr(dated.blocks[0].time_begin), "5 March");
}

TEST(TitleKeyTest, KeepsLettersAndDigitsOfAnyScript) {
  EXPECT_EQ(TitleKey("Kind krank? Was Arbeitgeber wissen"), "kind krank was arbeitgeber wissen");
  EXPECT_EQ(TitleKey("Kind krank: Was  Arbeitgeber wissen!"), "kind krank was arbeitgeber wissen");
  EXPECT_EQ(TitleKey("Grenzschließungen: Deutschland"), "grenzschließungen deutschland");
  EXPECT_EQ(TitleKey("ÖKUMENE trifft Ärzte"), "ökumene trifft ärzte");
  EXPECT_EQ(TitleKey("«Новости» 2024"), "новости 2024");
  EXPECT_EQ(TitleKey("  -- | --  "), "");
  // A combining mark is part of its letter's word, and the key is in NFC
  // however the text wrote it: an accent after its letter (U+0301), Hindi's
  // vowel signs and virama, Bengali's U+09DC that NFC writes as two.
  EXPECT_EQ(TitleKey("Cafe\xCC\x81 Rivage"), "caf\xC3\xA9 rivage");
  EXPECT_EQ(TitleKey("CAFE\xCC\x81 Rivage"), TitleKey("Caf\xC3\xA9 Rivage"));
  EXPECT_EQ(TitleKey("\xE0\xA4\xB9\xE0\xA4\xBF\xE0\xA4\xA8\xE0\xA5\x8D\xE0\xA4\xA6\xE0\xA5\x80 news"),
            "\xE0\xA4\xB9\xE0\xA4\xBF\xE0\xA4\xA8\xE0\xA5\x8D\xE0\xA4\xA6\xE0\xA5\x80 news");
  EXPECT_EQ(TitleKey("\xE0\xA6\xB8\xE0\xA6\xBE\xE0\xA7\x9C\xE0\xA7\x87"),
            TitleKey("\xE0\xA6\xB8\xE0\xA6\xBE\xE0\xA6\xA1\xE0\xA6\xBC\xE0\xA7\x87"));
  EXPECT_EQ(TitleKey("\xE0\xA7\x9C"), TitleKey("\xE0\xA6\xA1\xE0\xA6\xBC"));
  EXPECT_EQ(TitleKey("\xCC\x81 Rivage"), "rivage");  // a mark of no letter
  // A key cut at its bound stays longer than the bound, composed or not.
  EXPECT_NE(TitleKey("Cafe\xCC\x81s", TitleKey("Caf\xC3\xA9").size()), TitleKey("Caf\xC3\xA9"));
  EXPECT_EQ(TitleKey("Cafe\xCC\x81s"), "caf\xC3\xA9s");
  // With a bound: the whole key when it fits, else one longer than the
  // bound, which equals no key that fits.
  EXPECT_EQ(TitleKey("Kind krank? Was", 15), "kind krank was");
  EXPECT_EQ(TitleKey("Kind krank? Was", 14), "kind krank was");
  const std::string cut = TitleKey("Kind krank? Was Arbeitgeber wissen", 14);
  EXPECT_GT(cut.size(), 14u);
  EXPECT_NE(cut, "kind krank was arbeitgeber wissen");
  EXPECT_EQ(cut.rfind("kind krank was", 0), 0u);
}

TEST(TrimSiteNameTest, RemovesTheSiteName) {
  EXPECT_EQ(TrimSiteName("Story title | Site", "Site"), "Story title");
  EXPECT_EQ(TrimSiteName("Site - Story title here", "Site"), "Story title here");
  EXPECT_EQ(TrimSiteName("Long story title - Short", ""), "Long story title");
  EXPECT_EQ(TrimSiteName("Lycées : un plan", ""), "Lycées : un plan");
  EXPECT_EQ(TrimSiteName("No separators", "Site"), "No separators");
  // With no site name known, the part the page's <h1> repeats, however
  // short: a shop's product name before its longer name.
  EXPECT_EQ(TrimSiteName("Wool Sock - Northfield Outfitters", "", "wool sock"), "Wool Sock");
  EXPECT_EQ(TrimSiteName("Wool Sock - Northfield Outfitters", "", "boots"), "Northfield Outfitters");
}

TEST(SegmentBlocksTest, WebAddressesCountAsTextOnce) {
  // A reply's pasted address counts as text on a thread (CountAddressesAsText),
  // once: a page read again (a thread whose posts are all comment-classed
  // and that kept nothing, TakeCommentsOfAnEmptyPage) took its characters
  // off the link text a second time, leaving it negative (-38 on such a page).
  Page p = Segment(
      "<html><body><p>The rear port is for the lights, as the manual says: <a "
      "href=\"http://example.com/manual\">http://example.com/manual</a></p></body></html>");
  ASSERT_EQ(p.blocks.size(), 1u);
  const int address = static_cast<int>(std::string("http://example.com/manual").size());
  EXPECT_EQ(p.blocks[0].link_chars, address);
  EXPECT_EQ(p.blocks[0].address_chars, address);
  EXPECT_TRUE(CountAddressesAsText(&p));
  EXPECT_EQ(p.blocks[0].link_chars, 0);
  EXPECT_FALSE(CountAddressesAsText(&p));
  EXPECT_EQ(p.blocks[0].link_chars, 0);
}

TEST(SegmentBlocksTest, AnItemOpenedByAQuantityShowsItsNumber) {
  // An item's text that writes its own number ("4. Bake", "(5) Serve": a
  // list styled without markers) takes no marker; one opened by a decimal
  // or a year is a quantity and shows the item's number.
  Page p = Segment(
      "<ol><li>1.5 cups of flour</li><li>3.2 million visitors came</li><li>2024 was the year"
      "</li><li>4. Bake for an hour</li><li>(5) Serve warm</li></ol>");
  ASSERT_EQ(p.blocks.size(), 5u);
  EXPECT_EQ(p.blocks[0].marker, "1.");
  EXPECT_EQ(p.blocks[1].marker, "2.");
  EXPECT_EQ(p.blocks[2].marker, "3.");
  EXPECT_EQ(p.blocks[3].marker, "");
  EXPECT_EQ(p.blocks[4].marker, "");
}

TEST(SegmentBlocksTest, AnItemOpenedByAYearInParenthesesShowsItsNumber) {
  // Figures in parentheses are the item's own number only when they are
  // its number ("(2) ...", "(3) ..." in a list of letters); a reference
  // opened by its year ("(2024) Smith, J.") shows the item's number.
  Page p = Segment(
      "<ol><li>(2024) Smith, J. A study of slow rivers</li><li>(2) Second, numbered by hand"
      "</li></ol><ol type=\"a\" start=\"3\"><li>(3) Third, numbered by hand</li>"
      "<li><p>(1998) Jones, K. The first edition</p></li></ol>");
  ASSERT_EQ(p.blocks.size(), 4u);
  EXPECT_EQ(p.blocks[0].marker, "1.");
  EXPECT_EQ(p.blocks[0].number, 1);
  EXPECT_EQ(p.blocks[1].marker, "");
  EXPECT_EQ(p.blocks[2].marker, "");
  EXPECT_EQ(p.blocks[3].marker, "d.");
  EXPECT_EQ(p.blocks[3].number, 4);
}

// The text of each of `page`'s blocks, in order.
std::vector<std::string> Texts(const Page& page) {
  std::vector<std::string> texts;
  for (const TextBlock& b : page.blocks) texts.push_back(b.text);
  return texts;
}

TEST(SegmentBlocksTest, ALinkAroundABlockEndsItsLine) {
  // A shop's tile is one link around its picture, its title and its price,
  // then the tile's button (WooCommerce's loop). The link holds a block, so
  // it is laid out as a box: its price and the button after it are two
  // lines, not "$35.00 Add to cart".
  Page tile = Segment(
      "<ul><li class=\"product\"><a href=\"/product/hoodie/\"><img src=\"/h.jpg\" alt=\"\">"
      "<h2>Hoodie with Logo</h2><span class=\"price\">$35.00</span></a><a "
      "href=\"?add-to-cart=12\" class=\"button\">Add to cart</a></li></ul>");
  EXPECT_EQ(Texts(tile), (std::vector<std::string>{"Hoodie with Logo", "$35.00", "Add to cart"}));
  // An anchor with no address, reopened by the parser in each block after
  // its tag was left open, and a <strong> around an empty spacer box, end
  // no line: the sentence and the heading go on after them.
  Page open = Segment(
      "<h2><a name=\"source\">Building the sources</h2><h3>Stunnel</h3>Download the source "
      "code from <a href=\"http://www.stunnel.org/\">www.stunnel.org</a>."
      "<h2><strong><div class=\"spacer\"></div>Five tips for game d</strong><strong>ay "
      "parties</strong></h2>");
  EXPECT_EQ(Texts(open), (std::vector<std::string>{"Building the sources", "Stunnel",
                                                   "Download the source code from www.stunnel.org.",
                                                   "Five tips for game day parties"}));
}

}  // namespace
TEST(SegmentBlocksTest, AClosingJumpToTheRestOfTheTextIsNoWordOfIt) {
  // Doxygen closes each brief description with "More...", a link to the
  // detailed one further down (its address holds "#"): after the
  // paragraph's last sentence, short, ending with an ellipsis, it is no word
  // of the paragraph, and its characters are no link text of it. A
  // footnote's number ends with no ellipsis; a link inside the sentence, or
  // one that follows no sentence's end, stays.
  Page p = Segment(
      "<p>The tide table of one harbour for one year.  <a "
      "href=\"classtide_1_1Table.html#details\">More...</a></p><table><tr><td>Returns the next "
      "high water. <a href=\"#a1\">More&#8230;</a><br></td></tr></table>"
      "<p>Tides rise twice a day.<a href=\"#fn1\">[1]</a></p>"
      "<p>Read on, <a href=\"#details\">the rest...</a></p>"
      "<p>The harbour of Brest... <a href=\"/brest\">Read more...</a></p>");
  EXPECT_EQ(Texts(p), (std::vector<std::string>{
                          "The tide table of one harbour for one year.",
                          "Returns the next high water.", "Tides rise twice a day.[1]",
                          "Read on, the rest...", "The harbour of Brest... Read more..."}));
  EXPECT_EQ(p.blocks[0].link_chars, 0);
  EXPECT_TRUE(p.blocks[0].links.empty());
  EXPECT_EQ(p.blocks[2].link_chars, 3);
}

}  // namespace pith::internal
