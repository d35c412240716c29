// Stage 2b, strip: script/style bodies and comments go; what Gumbo builds
// from the rest is what it builds from the whole page.
#include "extract/rawtext.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/blocks.h"
#include "extract/decode.h"
#include "extract/document.h"

namespace pith::internal {
namespace {

TEST(StripRawTextTest, DropsScriptStyleAndComments) {
  static const struct {
    const char* in;
    const char* out;
  } kCases[] = {
      {"<p>a</p><script>var x = 1;</script><p>b</p>", "<p>a</p><script></script><p>b</p>"},
      {"<style type=\"text/css\">p { color: red }</style>x", "<style type=\"text/css\"></style>x"},
      {"a<!-- note <p>hidden</p> -->b", "ab"},
      {"a<!-->b", "ab"},
      {"a<!--->b", "ab"},
      {"a<!-- x --!>b", "ab"},
      // End tags are case-insensitive and need a delimiter.
      {"<SCRIPT>x</scriptx>y</SCRIPT >z", "<SCRIPT></SCRIPT >z"},
      // A string that spells the end tag in pieces does not end the script.
      {"<script>document.write('</scr' + 'ipt>')</script>t", "<script></script>t"},
      // Escaped and double-escaped script data: the inner </script> does not end it.
      {"<script><!-- <script> x </script> --></script>t", "<script></script>t"},
      {"<script><!-- x </script>t", "<script></script>t"},
      // JSON-LD is kept whole.
      {"<script type=\"application/ld+json\">{\"a\":\"</b>\"}</script>",
       "<script type=\"application/ld+json\">{\"a\":\"</b>\"}</script>"},
      // "<script" inside an attribute value, RCDATA or RAWTEXT is no tag.
      {"<a title=\"<script>\">t</a>", "<a title=\"<script>\">t</a>"},
      {"<textarea><script>x</script></textarea>", "<textarea><script>x</script></textarea>"},
      {"<title><!-- t --></title>", "<title><!-- t --></title>"},
      {"<xmp><style>p{}</style></xmp>", "<xmp><style>p{}</style></xmp>"},
      // Unclosed: the rest was the element's content.
      {"<p>a</p><script>never closed <p>b</p>", "<p>a</p><script>"},
      {"a<!-- never closed <p>b</p>", "a"},
      {"<plaintext><script>x</script>", "<plaintext><script>x</script>"},
      {"", ""},
      {"<", "<"},
      {"a < b and c<d", "a < b and c<d"},
  };
  for (const auto& c : kCases) EXPECT_EQ(StripRawText(c.in), c.out) << "input: " << c.in;
}

TEST(StripRawTextTest, CountsTagsAndUnclosedNesting) {
  TagCounts c;
  StripRawText("<div><b><p>x<p>y<li>z</b></div><div><img><br/><span/></div>", &c);
  EXPECT_EQ(c.start_tags, 9u);
  EXPECT_EQ(c.max_open, 2u);  // div > b; p, li, img, br and <span/> add no depth
  TagCounts deep;
  StripRawText("<div><div><div><script><div><div></script>", &deep);
  EXPECT_EQ(deep.max_open, 3u);  // tags inside a script are text
}

// What pith reads from a page: its blocks and JSON-LD.
std::string Reading(const std::string& html) {
  Page p = SegmentBlocks(Document::Parse(html));
  std::string out;
  for (const TextBlock& b : p.blocks) out += std::to_string(b.node) + ":" + b.text + "\n";
  for (const std::string& j : p.meta.json_ld) out += "ld:" + j + "\n";
  return out + p.meta.title;
}

TEST(StripRawTextTest, GumboReadsTheSameFromTheStrippedPage) {
  std::vector<std::string> pages = {
      "<p>a<script>x</script>b</p><style>s</style><!--c--><p>d</p>",
      "<script><!-- <script> </script> <p>not text</p> --></script><p>after</p>",
      "<table><tr><td>1<script>x</script><td>2</table><!-- <table> -->",
      "<svg><style>svg{}</style><text>t</text></svg><p>after svg</p>",
      "<p title='<!--'>q</p><p>r</p><!-- -- -->s",
  };
  for (const auto& e : std::filesystem::directory_iterator(PITH_FIXTURES_DIR)) {
    if (!e.is_directory()) continue;  // fixtures/pith-check
    std::ifstream in(e.path() / "source.html", std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    auto d = DecodeToUtf8(ss.str(), "", "");
    ASSERT_TRUE(d.ok());
    pages.push_back(d->utf8);
  }
  for (const std::string& page : pages) {
    EXPECT_EQ(Reading(page), Reading(StripRawText(page))) << page.substr(0, 80);
  }
}

}  // namespace
}  // namespace pith::internal
