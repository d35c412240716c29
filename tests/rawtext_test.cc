// Stage 2b, strip: script/style bodies, comments, attributes pith never
// reads and <svg> content go; what pith reads from what Gumbo builds of the
// rest is what it reads from the whole page.
#include "extract/rawtext.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "extract/attributes.h"
#include "extract/blocks.h"
#include "extract/decode.h"
#include "extract/document.h"
#include "pith/pith.h"

namespace pith::internal {
namespace {

// A page and what the strip pass makes of it.
struct Case {
  const char* in;
  const char* out;
};

// Switches the strip pass's pruning for one scope.
class Pruning {
 public:
  explicit Pruning(bool on) { SetMarkupPruning(on); }
  ~Pruning() { SetMarkupPruning(true); }
};

TEST(StripRawTextTest, DropsScriptStyleAndComments) {
  static const Case kCases[] = {
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
      // Bogus comments and doctypes end at the first '>': no tag inside them.
      {"<?php echo '<script>'; ?>t</script>u", "<?php echo '<script>'; ?>t</script>u"},
      {"<!x <style>>a</style>", "<!x <style>>a</style>"},
      {"</ x <script>>a</script>", "</ x <script>>a</script>"},
      // A quoted value in an end tag hides a '<'.
      {"</p title='<script>'>a</script>", "</p title='<script>'>a</script>"},
  };
  // Scripts between white space go whole (DropsScriptsBetweenWhiteSpace):
  // their bodies are shown here without that.
  Pruning off(false);
  for (const auto& c : kCases) EXPECT_EQ(StripRawText(c.in), c.out) << "input: " << c.in;
}

// A browser running scripts reads <noscript> as text, so an <iframe> left
// open inside one (a tag manager's "<iframe ... />") ends with it; read as
// markup, the frame would take the rest of the page as its text.
TEST(StripRawTextTest, AnIframeLeftOpenInNoscriptEndsWithIt) {
  static const Case kCases[] = {
      {"<noscript><iframe src=\"/ns\" height=\"0\" /></noscript><p>after</p>",
       "<noscript><iframe src=\"/ns\" height=\"0\" /></iframe></noscript><p>after</p>"},
      {"<NOSCRIPT><iframe src=/ns>fallback <b>x</b></NOSCRIPT ><p>after</p></iframe>",
       "<NOSCRIPT><iframe src=/ns></iframe></NOSCRIPT ><p>after</p></iframe>"},
      // A closed frame, in a noscript or not, and one that no noscript ends,
      // are read as before: their text runs to "</iframe>" or the end.
      {"<noscript><iframe src=/ns>f</iframe></noscript><p>a</p>",
       "<noscript><iframe src=/ns>f</iframe></noscript><p>a</p>"},
      {"<iframe src=/f>fallback</iframe><noscript>n</noscript>",
       "<iframe src=/f>fallback</iframe><noscript>n</noscript>"},
      {"<iframe src=/f><p>rest", "<iframe src=/f><p>rest"},
      // Outside a noscript "</noscript>" is the frame's text like any other.
      {"<iframe src=/f>a</noscript>b</iframe><p>c</p>",
       "<iframe src=/f>a</noscript>b</iframe><p>c</p>"},
      {"<noscript>n</noscript><iframe src=/f>a</noscript><p>b",
       "<noscript>n</noscript><iframe src=/f>a</noscript><p>b"},
  };
  Pruning off(false);
  for (const auto& c : kCases) EXPECT_EQ(StripRawText(c.in), c.out) << "input: " << c.in;

  // The page after the noscript is read.
  const std::string page =
      "<html><head><title>Launch notes</title></head><body><noscript><iframe "
      "src=\"https://tags.example/ns.html?id=1\" style=\"display:none\" /></noscript>"
      "<main><h1>Launch notes</h1><p>The new release ships three storage engines, a faster "
      "query planner and a migration tool that moves existing databases without downtime.</p>"
      "<p>Every engine is tested against the same suite, and the planner now explains each "
      "choice it makes, so that slow queries can be traced to their cause.</p></main>"
      "<footer><p>Copyright Example Inc.</p></footer></body></html>";
  Result<Article> a = Extract(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("ships three storage engines"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("traced to their cause."), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Copyright"), std::string::npos) << a->text;
}

TEST(StripRawTextTest, DropsScriptsBetweenWhiteSpace) {
  static const Case kCases[] = {
      {"<p>a</p>\n<script src=x.js></script>\n<p>b</p>", "<p>a</p>\n\n<p>b</p>"},
      {"<head><script>x</script><script async>y</script></head>", "<head></head>"},
      {"<td><SCRIPT>x</SCRIPT > </td>", "<td> </td>"},
      // Text beside it stays apart, as two text nodes; JSON-LD is read.
      {"<p>a<script>x</script>\n</p>", "<p>a<script></script>\n</p>"},
      {"<p> <script>x</script>b</p>", "<p> <script></script>b</p>"},
      {"<script type=application/ld+json>{}</script>", "<script type=application/ld+json>{}</script>"},
      // <pre> drops a newline right after its start tag only.
      {"<pre><script>x</script>\nb</pre>", "<pre><script></script>\nb</pre>"},
      {"<math><script>x</script></math>", "<math><script></script></math>"},
      {"<script>never closed", "<script>"},
  };
  for (const auto& c : kCases) EXPECT_EQ(StripRawText(c.in), c.out) << "input: " << c.in;
}

TEST(StripRawTextTest, CountsTagsAndUnclosedNesting) {
  TagCounts c;
  StripRawText("<div><b><p>x<p>y<li>z</b></div><div><img><br/><span/></div>", &c);
  EXPECT_EQ(c.start_tags, 9u);
  // div > b > p; a <p> closes the open one, an <li> the <p>, </b> leaves the
  // <li> open (a block opened in the <b>), </div> closes all; img and br
  // are void, and <span/> opens a span (div > span).
  EXPECT_EQ(c.max_open, 3u);
  TagCounts deep;
  StripRawText("<div><div><div><script><div><div></script>", &deep);
  EXPECT_EQ(deep.max_open, 3u);  // tags inside a script are text
  // Counted as the tree nests: </form> takes the form off the stack, but
  // the <div> opened in it stays inside it; an HTML end tag closes no
  // MathML element (</mi>, </math>), and <mrow/> inside the <b> is HTML.
  TagCounts forms, math;
  StripRawText("<form><div></form><span></span><form><div></form>", &forms);
  EXPECT_EQ(forms.max_open, 4u);
  StripRawText("<math><mi><b>x</mi><mrow/></math><math><mi><b>x</mi><mrow/></math>", &math);
  EXPECT_EQ(math.max_open, 8u);
  // End tags of elements never opened, first of all (the model's stack is
  // empty): nothing to close.
  TagCounts stray;
  StripRawText("</form></p></li></td></table></select></b></x-a></svg><div>", &stray);
  EXPECT_EQ(stray.max_open, 1u);
}

TEST(StripRawTextTest, DropsAttributesPithNeverReads) {
  static const Case kCases[] = {
      {"<div class=\"nav\" data-x=\"1\" onclick=\"f()\" id=main>t</div>",
       "<div class=\"nav\" id=main>t</div>"},
      {"<DIV CLASS=menu DATA-X=1 Id='post'>t</DIV>", "<DIV CLASS=menu Id='post'>t</DIV>"},
      // Gumbo keeps the first of duplicates.
      {"<p class=nav class=b>t", "<p class=nav>t"},
      // Quoted values hide '>', '<' and quotes; unquoted ones run to space or '>'.
      {"<span data-t=\"a>b<script>\" role='x\"y'>t</span>", "<span role='x\"y'>t</span>"},
      {"<img src=x.png loading=lazy/>", "<img src=x.png>"},
      {"<img src=x.png data-y=2 />t", "<img src=x.png />t"},
      {"<br data-x=1/>t", "<br>t"},
      {"<br data-x=\"1\"/>t", "<br/>t"},
      {"<hr data-x=1 / >t", "<hr>t"},  // a '/' not before '>' is ignored
      // A name may start with '=' or a quote; "name=>" has an empty value.
      {"<p =\"x\" class=nav>t", "<p class=nav>t"},
      {"<p \"q=1 role=>t", "<p role=>t"},
      // Nothing to drop: the tag is copied as it is.
      {"<p id=comments class='menu' hidden>t", "<p id=comments class='menu' hidden>t"},
      // Raw text elements keep their bodies' rules.
      {"<script data-x=1 type='application/ld+json'>{}</script>",
       "<script type='application/ld+json'>{}</script>"},
      {"<script async src=a.js type=module>x</script>t", "<script type=module></script>t"},
      // End tags lose their attributes.
      {"<p>x</p title='<script>'>a", "<p>x</p>a"},
      // Inside <math> every attribute stays.
      {"<math display=block foo=bar><mi mathvariant=normal>x</mi></math><p x=1>",
       "<math display=block foo=bar><mi mathvariant=normal>x</mi></math><p>"},
  };
  for (const auto& c : kCases) EXPECT_EQ(StripRawText(c.in), c.out) << "input: " << c.in;
  Pruning off(false);
  for (const auto& c : kCases) {
    if (std::string(c.in).find("</DIV>") != std::string::npos) {
      EXPECT_EQ(StripRawText(c.in), c.in) << "input: " << c.in;
    }
  }
}

TEST(StripRawTextTest, KeepsEveryListedAttribute) {
  for (std::size_t i = 0; i < kAttributeCount; ++i) {
    const std::string_view name = kAttributeNames[i];
    // On an element it is kept on, with a value that pith reads: "nav" is a
    // class and an id with hints.
    static const std::map<std::string_view, std::string_view> kValues = {
        {"style", "display:none"}, {"rel", "canonical"}, {"name", "author"},
        {"property", "og:title"}, {"http-equiv", "content-language"}, {"title", "2024-03-01"}};
    const auto known = kValues.find(name);
    const std::string_view value = known == kValues.end() ? "nav" : known->second;
    std::string element;
    for (const char* e : {"div", "a", "img", "input", "time", "font", "isindex", "button", "ol", "li",
                          "label", "td"}) {
      if (KeptOn(static_cast<Attribute>(i), gumbo_tag_enum(e), ElementFacts())) {
        element = e;
        break;
      }
    }
    if (element.empty()) element = name == "rel" ? "link" : name == "content" ? "meta name=author" : "meta";
    const std::string tag = "<" + element + " " + std::string(name) + "=\"" + std::string(value) +
                            "\">t";
    EXPECT_EQ(StripRawText(tag), tag);
    std::string upper(name);
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    EXPECT_EQ(FindAttribute(name), FindAttribute(upper));
    EXPECT_EQ(NameOf(*FindAttribute(name)), name);  // one entry per name
  }
  EXPECT_FALSE(FindAttribute("data-x").has_value());
  EXPECT_FALSE(FindAttribute("").has_value());
}

// A link's rel and a <meta>'s name and content are the crawler's reads
// (its nofollow, the robots meta): kept for a page parsed for its links,
// dropped from one parsed for extraction, which reads neither.
TEST(StripRawTextTest, KeepsTheCrawlersReadsOnlyWhenAsked) {
  const std::string page =
      "<meta name=robots content=noindex><meta name=viewport content=w><a href=/a "
      "rel=\"nofollow noopener\" type=t>a</a><map><area href=/m rel=nofollow></map>"
      "<div rel=r name=n>d</div>";
  EXPECT_EQ(StripRawText(page),
            "<meta><meta><a href=/a>a</a><map><area href=/m></map><div>d</div>");
  StripOptions crawler;
  crawler.keep_crawler_reads = true;
  EXPECT_EQ(StripRawText(page, nullptr, crawler),
            "<meta name=robots content=noindex><meta name=viewport content=w><a href=/a "
            "rel=\"nofollow noopener\">a</a><map><area href=/m rel=nofollow></map><div>d</div>");
}

TEST(StripRawTextTest, KeepsAttributesOnlyOnTheElementsTheyAreReadOn) {
  static const Case kCases[] = {
      {"<div href=/x src=/y alt=z rel=r name=n property=p type=t>t</div>", "<div>t</div>"},
      {"<a href=/x rel=nofollow type=t>t</a>", "<a href=/x>t</a>"},  // rel: the crawler's alone
      {"<link rel=canonical href=/c type=t>", "<link rel=canonical href=/c type=t>"},
      {"<image src=/i.png alt=a data-src=/j.png>", "<image src=/i.png alt=a>"},
      {"<meta name=n property=og:url content=c http-equiv=h>",
       "<meta name=n property=og:url content=c http-equiv=h>"},
      // Microdata takes a value from content or datetime on any element.
      {"<div content=c datetime=d><span itemprop=x content=c datetime=d>t</span>",
       "<div><span itemprop=x content=c datetime=d>t</span>"},
      {"<time datetime=2020 content=c>t</time>", "<time datetime=2020>t</time>"},
      // A title only when it gives a moment, on the elements that show one.
      {"<span title=2024-03-01T09:15Z>t</span><span title=t>t</span><div title=2024-03-01>t</div>",
       "<span title=2024-03-01T09:15Z>t</span><span>t</span><div>t</div>"},
      // Nothing of class, id, style, ... on elements whose content pith never reads.
      {"<img src=/i itemprop=image class=x id=nav style=display:none title=t>",
       "<img src=/i itemprop=image>"},
      // A plain <button> keeps its class, id and hiding attributes: one
      // that is a heading's child is read unless hidden, and a class or an
      // id worded as the cart's makes it a buy button (kFlagCartButton). Its
      // title goes.
      {"<button class=nav id=nav hidden role=tab title=t>b</button>",
       "<button class=nav id=nav hidden role=tab>b</button>"},
      // A disclosure button (aria-expanded) is read: it keeps them.
      {"<button aria-expanded=false id=nav hidden role=tab title=t>q</button>",
       "<button aria-expanded=false id=nav hidden role=tab>q</button>"},
      // An image's data: URI is not read, nor its data-src beside another src.
      {"<img src=\"data:image/gif;base64,R0lG\" data-src=/a.png alt=A><img src=/b.png "
       "data-src=/c.png><img src=\"\" data-src=/d.png><img src=\"&#100;ata:x\" data-src=/e.png>",
       "<img data-src=/a.png alt=A><img src=/b.png><img src=\"\" data-src=/d.png>"
       "<img src=\"&#100;ata:x\" data-src=/e.png>"},
      // A lazy loader's source, or srcset, is read only when no source before
      // it gives an address (kImageSources): it goes after one that does.
      {"<img src=\"data:x\" data-lazy-src=/l.png srcset=\"/s.png 1x\"><img src=/b.png "
       "data-original=/o.png srcset=\"/s 2x\"><img data-srcset=\"data:x 1x, /w.png 800w\" "
       "srcset=/z.png><img data-original=\"&#47;o\" srcset=/y.png>",
       "<img data-lazy-src=/l.png><img src=/b.png><img data-srcset=\"data:x 1x, /w.png 800w\">"
       "<img data-original=\"&#47;o\" srcset=/y.png>"},
      // A style is read only for whether it hides.
      {"<div style=\"color: red\">a</div><div style=\"Display : None\">b</div>",
       "<div>a</div><div style=\"Display : None\">b</div>"},
      {"<p style=\"display&#58;none\">c</p>", "<p style=\"display&#58;none\">c</p>"},
      // A <link> or <meta> keeps its attributes only when pith reads it.
      {"<link rel=stylesheet href=/s.css type=text/css><link rel=\"Canonical\" href=/c>"
       "<link rel=alternate type=application/rss+xml href=/f>",
       "<link><link rel=\"Canonical\" href=/c><link rel=alternate type=application/rss+xml "
       "href=/f>"},
      {"<meta name=viewport content=v><meta name=DESCRIPTION content=d>"
       "<meta property=og:image:width name=description content=1>"
       "<meta http-equiv=Content-Language content=de><meta itemprop=datePublished content=2>",
       "<meta><meta name=DESCRIPTION content=d><meta><meta http-equiv=Content-Language "
       "content=de><meta itemprop=datePublished content=2>"},
      // A name Gumbo rewrites is kept with all the element's attributes.
      {"<meta name=\"og&#58;title\" content=T>", "<meta name=\"og&#58;title\" content=T>"},
  };
  for (const auto& c : kCases) EXPECT_EQ(StripRawText(c.in), c.out) << "input: " << c.in;
  // Read where it is not kept, an attribute is "" without the strip pass too.
  const Document doc = Document::Parse("<div href=/x content=c>t</div><a href=/y>u</a>");
  const GumboNode* body = static_cast<const GumboNode*>(doc.root()->v.element.children.data[1]);
  const auto* div = static_cast<const GumboNode*>(body->v.element.children.data[0]);
  const auto* a = static_cast<const GumboNode*>(body->v.element.children.data[1]);
  EXPECT_EQ(Attr(div->v.element, Attribute::kHref), "");
  EXPECT_EQ(Attr(div->v.element, Attribute::kContent), "");
  EXPECT_EQ(Attr(a->v.element, Attribute::kHref), "/y");
  int listed = 0;
  ForEachAttribute(div->v.element, [&](Attribute, std::string_view) { ++listed; });
  EXPECT_EQ(listed, 0);
  // So is a <link> or <meta> attribute where pith reads nothing of it.
  const Document head = Document::Parse(
      "<link rel=icon href=/i><link rel=canonical href=/c><meta name=viewport content=v>"
      "<meta name=author content=A>");
  const GumboVector& in_head =
      static_cast<const GumboNode*>(head.root()->v.element.children.data[0])->v.element.children;
  ASSERT_EQ(in_head.length, 4u);
  auto element = [&](unsigned i) -> const GumboElement& {
    return static_cast<const GumboNode*>(in_head.data[i])->v.element;
  };
  EXPECT_EQ(Attr(element(0), Attribute::kHref), "");
  EXPECT_EQ(Attr(element(1), Attribute::kHref), "/c");
  EXPECT_EQ(Attr(element(2), Attribute::kContent), "");
  EXPECT_EQ(Attr(element(3), Attribute::kContent), "A");
  EXPECT_TRUE(IsReadMetaName("og:title"));
  EXPECT_FALSE(IsReadMetaName("viewport"));
}

TEST(StripRawTextTest, ShortensClassesAndDropsIdsWithoutHints) {
  static const Case kCases[] = {
      // One number per distinct value: equal classes stay equal.
      {"<div class=\"foo bar\">a</div><p class='foo bar'>b</p><p class=baz>c",
       "<div class=1>a</div><p class=1>b</p><p class=2>c"},
      // One number per template: values equal but for names holding their
      // element's own number, and for white space, with equal hints; a name of
      // digits alone, or one whose every name is numbered, is its own.
      {"<div class=\"row vc_custom_1683359410958\">a</div><div class='row  "
       "vc_custom_1574406387352'>b</div><div class=row>c</div><div class=\"row post-1554\">d"
       "</div><div class=\"row post-1555\">e</div><div class=x1234>f</div><div class=x1235>g"
       "</div><div class=\"row 2024\">h</div><div class=\"row 2025\">i</div>",
       "<div class=1>a</div><div class=1>b</div><div class=1>c</div><div class=\"post 2\">d"
       "</div><div class=\"post 2\">e</div><div class=3>f</div><div class=4>g</div>"
       "<div class=5>h</div><div class=6>i</div>"},
      // A class with hints keeps the words that give them, before its number.
      {"<li class=\"menu-item menu-item-type-page x\">a<li class='menu-item menu-item-type-page x'>"
       "b<li class=\"menu-item y\">c<li class=\"navItem\">d",
       "<li class=\"menu 1\">a<li class=\"menu 1\">b<li class=\"menu 2\">c<li class=\"nav 3\">d"},
      {"<div class=\"site-nav share-bar\">a</div>", "<div class=\"nav share 1\">a</div>"},
      // A word not read as such alone ("sidebar" after "has") is left out.
      {"<div class=\"has-sidebar post-entry\">a</div>", "<div class=\"post 1\">a</div>"},
      // Whole class names when words alone do not give the same hints.
      {"<div class=\"sr-only foo-bar-baz\">a</div>", "<div class=\"sr-only 1\">a</div>"},
      // Kept whole when nothing shorter gives the same hints, and when Gumbo
      // rewrites it.
      {"<div class=\"nav\">a</div>", "<div class=\"nav\">a</div>"},
      {"<div class=\"no-comments\">a</div>", "<div class=1>a</div>"},
      // And when a BEM element is worded as a byline only by its block's name
      // (kFlagMetaOfBlock); an element worded so itself is shortened.
      {"<div class=\"ProductMeta__Description\">a</div><div class=\"product__meta\">b</div>",
       "<div class=\"ProductMeta__Description\">a</div><div class=\"meta 1\">b</div>"},
      {"<div class=\"a&amp;b nav\">a</div>", "<div class=\"a&amp;b nav\">a</div>"},
      {"<div class=\"\">a</div>", "<div class=1>a</div>"},
      {"<div id=x123>a</div><div id=comments>b</div>", "<div>a</div><div id=comments>b</div>"},
      // A class name holding its element's id (HoldsOwnId()) is compared with
      // the id as Gumbo reads it, its character references decoded: these
      // comments are one template, as blocks finds from the ids decoded (an
      // id Gumbo rewrites stays as written).
      {"<div class=\"thing id-t1_kx8d7f2\" id=\"thing_t1_kx8d7f&#50;\">a</div>"
       "<div class=\"thing id-t1_ky2q9z4\" id=\"thing_t1_ky2q9z&#x34\">b</div>"
       "<div class=\"thing id-t1_kz7m1b8\" id=\"thing_t1&lowbar;kz7m1b8\">c</div>"
       "<div class=\"thing id-t1_kw3n5c6\" id=\"thing_t1_kw3n5c6\">d</div>",
       "<div class=1 id=\"thing_t1_kx8d7f&#50;\">a</div><div class=1 id=\"thing_t1_ky2q9z&#x34\">b"
       "</div><div class=1 id=\"thing_t1&lowbar;kz7m1b8\">c</div><div class=1>d</div>"},
      // Undecoded, the references would end the ids as no class name does.
      {"<div class=\"thing id-t1_kx8d7f2\" id=\"thing_t1_kx8d7f2&amp\">a</div>"
       "<div class=\"thing id-t1_ky2q9z4\" id=\"thing_t1_ky2q9z4&#0\">b</div>",
       "<div class=1 id=\"thing_t1_kx8d7f2&amp\">a</div>"
       "<div class=2 id=\"thing_t1_ky2q9z4&#0\">b</div>"},
      // A data-role is read as an id is: kept only when it gives hints.
      {"<div data-role=\"memberSignature\">a</div><div data-role=\"commentFeed\">b</div>"
       "<div data-role=\"moreDropdown\">c</div><h2 data-role=stats>d</h2>",
       "<div data-role=\"memberSignature\">a</div><div data-role=\"commentFeed\">b</div>"
       "<div>c</div><h2>d</h2>"},
      // ... as Gumbo reads it: one it rewrites stays as written.
      {"<div data-role=\"member&#83;ignature\">a</div>",
       "<div data-role=\"member&#83;ignature\">a</div>"},
      // A heading's id stays: a link inside it to it is its permalink.
      {"<h2 id=why><a href=#why>Why</a></h2>", "<h2 id=why><a href=#why>Why</a></h2>"},
  };
  for (const auto& c : kCases) EXPECT_EQ(StripRawText(c.in), c.out) << "input: " << c.in;
}

TEST(StripRawTextTest, KeepsTheIdsOfPanelsClosedButtonsOpen) {
  static const Case kCases[] = {
      // A closed disclosure button names the panels it opens: their ids stay
      // after it, though they give no hints.
      {"<button aria-expanded=false aria-controls=\"a1 a2\">q</button><div id=a1>x</div>"
       "<div id=a2>y</div><div id=a3>z</div>",
       "<button aria-expanded=false aria-controls=\"a1 a2\">q</button><div id=a1>x</div>"
       "<div id=a2>y</div><div>z</div>"},
      {"<BUTTON ARIA-EXPANDED=\" False \" ARIA-CONTROLS=b1>q</BUTTON><p id=b1>x",
       "<BUTTON ARIA-EXPANDED=\" False \" ARIA-CONTROLS=b1>q</BUTTON><p id=b1>x"},
      // Before the button, or named by an open button or by no button, an id
      // without hints goes.
      {"<div id=c1>x</div><button aria-expanded=false aria-controls=c1>q</button>",
       "<div>x</div><button aria-expanded=false aria-controls=c1>q</button>"},
      {"<button aria-expanded=true aria-controls=d1>q</button><div id=d1>x</div>",
       "<button aria-expanded=true aria-controls=d1>q</button><div>x</div>"},
      // A link with aria-expanded is a disclosure button too (Bootstrap's
      // accordions); without it, or on a <span>, the attributes go.
      {"<a aria-expanded=false aria-controls=e1>q</a><div id=e1>x</div>",
       "<a aria-expanded=false aria-controls=e1>q</a><div id=e1>x</div>"},
      {"<a aria-controls=e2>q</a><div id=e2>x</div>", "<a>q</a><div>x</div>"},
      {"<span aria-expanded=false aria-controls=e3>q</span><div id=e3>x</div>",
       "<span>q</span><div>x</div>"},
      {"<span role=button aria-expanded=false aria-controls=e4>q</span><div id=e4>x</div>",
       "<span role=button aria-expanded=false aria-controls=e4>q</span><div id=e4>x</div>"},
      // A value Gumbo rewrites is not compared as written: every id after it stays.
      {"<button aria-expanded=false aria-controls=\"f&#49;\">q</button><div id=f1>x</div>"
       "<div id=f2>y</div>",
       "<button aria-expanded=false aria-controls=\"f&#49;\">q</button><div id=f1>x</div>"
       "<div id=f2>y</div>"},
  };
  for (const auto& c : kCases) EXPECT_EQ(StripRawText(c.in), c.out) << "input: " << c.in;
}

TEST(StripRawTextTest, KeepsTheIdsOfDescriptionsElementsName) {
  static const Case kCases[] = {
      // An element's aria-describedby or aria-labelledby names its tooltip:
      // the ids it names stay after it (the segmenter's IsTooltip), others go.
      {"<dfn aria-labelledby=t1>a</dfn><span id=t1>b</span><span id=t2>c</span>",
       "<dfn aria-labelledby=t1>a</dfn><span id=t1>b</span><span>c</span>"},
      {"<span id=u1>b</span><abbr aria-describedby=\"u1 u2\">a</abbr><span id=u2>c</span>",
       "<span>b</span><abbr aria-describedby=\"u1 u2\">a</abbr><span id=u2>c</span>"},
      // A value Gumbo rewrites: every id after it stays.
      {"<dfn aria-labelledby=\"v&#49;\">a</dfn><span id=v1>b</span><span id=v2>c</span>",
       "<dfn aria-labelledby=\"v&#49;\">a</dfn><span id=v1>b</span><span id=v2>c</span>"},
  };
  for (const auto& c : kCases) EXPECT_EQ(StripRawText(c.in), c.out) << "input: " << c.in;
}

// Every attribute pith reads is read through extract/attributes.h, which can
// only name listed attributes: no other source touches Gumbo's attributes.
TEST(StripRawTextTest, AttributesAreReadOnlyThroughTheList) {
  const std::regex direct(
      R"(gumbo_get_attribute|GumboAttribute\b|attributes\s*\.\s*(data|length))");
  int files = 0;
  for (const auto& e :
       std::filesystem::recursive_directory_iterator(std::string(PITH_SOURCE_DIR) + "/src")) {
    const std::string ext = e.path().extension().string();
    if (ext != ".cc" && ext != ".h") continue;
    ++files;
    if (e.path().filename() == "attributes.cc") continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    std::smatch m;
    const std::string text = ss.str();
    EXPECT_FALSE(std::regex_search(text, m, direct))
        << e.path() << " reads attributes directly (" << m.str()
        << "): use Attr() or ForEachAttribute() of extract/attributes.h";
  }
  EXPECT_GT(files, 20);
}

// The value of the fingerprint attribute in a stripped tag.
std::string Fingerprint(const std::string& tag) {
  const std::string out = StripRawText(tag);
  const std::size_t at = out.find("pith-dropped=");
  return at == std::string::npos ? "" : out.substr(at, out.find_first_of(" />", at) - at);
}

TEST(StripRawTextTest, FormattingElementsKeepAFingerprintOfWhatWentAway) {
  EXPECT_EQ(StripRawText("<b>x</b>"), "<b>x</b>");
  EXPECT_EQ(StripRawText("<a href=/x>y</a>"), "<a href=/x>y</a>");
  // No more than one <a> is ever open: Gumbo never compares them.
  EXPECT_EQ(Fingerprint("<a href=/x data-a=1>"), "");
  EXPECT_NE(Fingerprint("<b data-a=1>"), "");
  // Equal as Gumbo compares them: same names and values, in any order, quoted
  // or not, with later duplicates ignored.
  EXPECT_EQ(Fingerprint("<b data-a=1 data-b=2>"), Fingerprint("<b DATA-B='2' data-a=\"1\">"));
  EXPECT_EQ(Fingerprint("<b data-a=1>"), Fingerprint("<b data-a=1 data-a=2>"));
  EXPECT_NE(Fingerprint("<b data-a=1>"), Fingerprint("<b data-a=2>"));
  EXPECT_NE(Fingerprint("<b data-a=1>"), Fingerprint("<b data-b=1>"));
  EXPECT_NE(Fingerprint("<b data-a=1>"), Fingerprint("<b data-a=1 data-b>"));
  const std::string closed = StripRawText("<u data-a=\"1\"/>");
  EXPECT_EQ(closed.substr(closed.size() - 3), " />") << closed;  // not part of an unquoted value
}

TEST(StripRawTextTest, CapsAttributesPerTag) {
  std::string many = "<div";
  for (int i = 0; i < 1000; ++i) many += " class=c" + std::to_string(i);
  many += " id=late>t</div>";
  const std::string out = StripRawText(many);
  EXPECT_EQ(out, "<div class=1>t</div>");  // 999 duplicates, and id beyond the cap
  std::string in_math = "<math";
  for (int i = 0; i < 1000; ++i) in_math += " a" + std::to_string(i) + "=1";
  const std::string kept = StripRawText(in_math + ">x</math>");
  EXPECT_EQ(std::count(kept.begin(), kept.end(), '='), 256);
  EXPECT_NE(kept.find(" a255=1>x</math>"), std::string::npos);
}

TEST(StripRawTextTest, DropsTheContentOfInlineSvg) {
  static const Case kCases[] = {
      {"<p>a<svg class=i viewBox=\"0 0 1 1\"><path d=\"M0\"/><title>t</title></svg>b</p>",
       "<p>a<svg></svg>b</p>"},
      {"<SVG><G><Path></path></g></SVG >x", "<SVG></svg>x"},
      {"<svg><svg><g></g></svg><g/></svg>x", "<svg></svg>x"},
      // An end tag closes the open SVG elements above its own.
      {"<svg><g><path></svg>x", "<svg></svg>x"},
      // Comments and CDATA sections are text of the SVG, whatever they hold.
      {"<svg><style><![CDATA[ </svg> <p> ]]></style><!-- </svg> --></svg>x", "<svg></svg>x"},
      {"<svg><text>a < b</text></svg>", "<svg></svg>"},  // "< " is text
      {"<svg><text>a<b</text></svg>", "<svg><text>a<b<></svg>"},  // a tag named "b<"
      // Kept whole when its content reaches outside it: HTML elements break out,
      // foreignObject and start tags in <title> hold HTML, a stray end tag
      // closes HTML elements, and the end of input leaves it open.
      {"<svg><p>x</p></svg>", "<svg><p>x</p></svg>"},
      {"<svg><g><font color=red>x</font></g></svg>", "<svg><g><font color=red>x</font></g></svg>"},
      {"<svg><foreignObject><i>x</i></foreignObject></svg>",
       "<svg><foreignObject><i>x</i></foreignObject></svg>"},
      {"<svg><title><g/></title></svg>", "<svg><title><g/></title></svg>"},
      {"<div><svg><g></div>x", "<div><svg><g></div>x"},
      {"<svg><g>", "<svg><g>"},
      {"<svg/><p>x", "<svg/><p>x"},
      // Text in the content decides whether a later <frameset> is used.
      {"<svg><text>t</text></svg><frameset>", "<svg><text>t</text></svg><frameset>"},
      // After <math>, an <svg> may be a MathML element.
      {"<math></math><svg><g/></svg>", "<math></math><svg><g/></svg>"},
  };
  for (const auto& c : kCases) EXPECT_EQ(StripRawText(c.in), c.out) << "input: " << c.in;
  Pruning off(false);
  EXPECT_EQ(StripRawText(kCases[0].in), kCases[0].in);
}

TEST(StripRawTextTest, CollapsesWhiteSpaceBetweenTags) {
  static const Case kCases[] = {
      {"<div>\n   <p>a</p>\n\n</div>", "<div>\n<p>a</p>\n</div>"},
      {"<ul>\t <li>a  b</li>  </ul>", "<ul>\t<li>a  b</li> </ul>"},  // text keeps its own
      {"<p>  <!-- c -->  </p>", "<p>  </p>"},  // each run between markup, one character
      // <pre> and <listing> keep theirs, to their end tags.
      {"<pre>\n\n  <b>x</b>\n   </pre>\n  <p>", "<pre>\n\n  <b>x</b>\n   </pre>\n<p>"},
      {"<LISTING>\n\n <i>x</i></LISTING>  <p>", "<LISTING>\n\n <i>x</i></LISTING> <p>"},
      // A table, a cell or <select> in a <pre> may make its end tag be ignored.
      {"<pre><table></pre>  <p>", "<pre><table></pre>  <p>"},
      {"<pre><select></pre>  <p>", "<pre><select></pre>  <p>"},
      {"<math>\n  <mi>x</mi>\n </math>", "<math>\n  <mi>x</mi>\n </math>"},
  };
  for (const auto& c : kCases) EXPECT_EQ(StripRawText(c.in), c.out) << "input: " << c.in;
  Pruning off(false);
  EXPECT_EQ(StripRawText(kCases[0].in), kCases[0].in);
}

// What pith reads from a page: its blocks, nodes, images and metadata.
std::string Reading(const std::string& html) {
  Page p = SegmentBlocks(Document::Parse(html));
  std::string out;
  for (const TextBlock& b : p.blocks) out += std::to_string(b.node) + ":" + b.text + "\n";
  // Class hashes tell which elements share a class: the strip pass may
  // shorten the values, keeping which are equal.
  std::map<std::uint32_t, std::size_t> classes = {{0, 0}};
  for (const Node& n : p.nodes) {
    const std::size_t cls = classes.emplace(n.class_hash, classes.size()).first->second;
    out += std::to_string(n.parent) + "," + std::to_string(n.tag) + "," +
           std::to_string(n.flags) + "," + std::to_string(n.hints) + "," + std::to_string(cls) +
           ";";
  }
  for (const ImageRef& i : p.images) out += "img:" + i.src + "|" + i.alt + "\n";
  for (const std::string& j : p.meta.json_ld) out += "ld:" + j + "\n";
  for (const auto& [k, v] : p.meta.metas) out += "meta:" + k + "=" + v + "\n";
  for (const auto& [k, v] : p.meta.itemprops) out += "itemprop:" + k + "=" + v + "\n";
  for (const std::string& t : p.meta.times) out += "time:" + t + "\n";
  return out + p.meta.title + "|" + p.meta.canonical + "|" + p.meta.language;
}

// Everything Extract() makes of a page, with or without pruning.
std::string Extracted(const std::string& html, bool pruning) {
  Pruning p(pruning);
  auto a = pith::Extract(html);
  if (!a.ok()) return a.status().ToString();
  pith::RenderOptions all;
  all.with_blocks = all.with_comments = all.with_links = all.with_images = true;
  return pith::RenderJson(*a, all);
}

TEST(StripRawTextTest, GumboReadsTheSameFromTheStrippedPage) {
  std::vector<std::string> pages = {
      "<p>a<script>x</script>b</p><style>s</style><!--c--><p>d</p>",
      "<script><!-- <script> </script> <p>not text</p> --></script><p>after</p>",
      "<table><tr><td>1<script>x</script><td>2</table><!-- <table> -->",
      "<svg><style>svg{}</style><text>t</text></svg><p>after svg</p>",
      "<p title='<!--'>q</p><p>r</p><!-- -- -->s",
      // Gumbo reads attributes too: three equal open formatting elements make
      // it forget the earliest; <isindex prompt> is text; <input type=hidden>
      // stays in a table; <font color> leaves SVG; annotation-xml holds HTML.
      "<p><b data-x=1><b data-x=2><b data-x=3><b data-x=4>x</p><p>y</p>",
      "<p><a href=/a data-i=1><a href=/a data-i=1><a href=/a data-i=1><a href=/a data-i=2>x"
      "</p><p>y</p>",
      "<isindex prompt=\"Look for: \" action=/s data-x=1><p>after</p>",
      "<table data-t=1><input type=hidden data-x=1><tr><td>cell</td></tr></table>",
      "<svg data-s=1><font color=red data-f=1>out</font></svg><p>p</p>",
      "<math><annotation-xml encoding=\"text/html\" data-m=1><p>in</p></annotation-xml></math>",
      "<html lang=de data-x=1><head><link rel=canonical href=/c data-x=1>"
      "<meta property=og:title content=T data-x=1></head><body><time datetime=2020-01-02 x=y>"
      "d</time><img src=/i.png alt=A data-src=/j.png loading=lazy>"
      "<div itemprop=author itemscope x=1>Ann</div><p style=\"display:none\" data-y=1>h</p>",
      "<head><link rel=stylesheet href=/s.css><link rel=Canonical href=/c>"
      "<meta name=viewport content=v><meta property=og:title content=T><meta name=Author "
      "content=A><meta http-equiv=content-language content=de><meta property=og:type "
      "content=article></head><body><img src=/i class=x itemprop=image style=display:none>"
      "<div style='color:red'>x</div><div style='DISPLAY : none'>h</div>"
      "<button class=nav hidden>b</button><button aria-expanded=true class=nav hidden>q</button>"
      "<button aria-expanded class=\"faq-question\" style=display:none onclick=x>r</button>"
      "<img src=\"data:image/gif;base64,R0lG\" data-src=/a.png>"
      "<img src=/b.png data-src=/c.png itemprop=image><img src=data:x><img src=\"\" data-src=/d>"
      "<img src=\"data:x\" data-lazy-src=/l.png srcset=\"/s.png 1x\"><img src=/b.png "
      "data-original=/o.png><img data-srcset=\"/a.png 400w, /b.png 800w\" alt=B>"
      "<img srcset=\"/c.png, /d.png 2x\"><img data-original=\"&#47;o\" srcset=/y.png>",
      "<p>a<svg><title>icon</title><path d=M0/></svg>b<svg aria-label=x><g></g></svg>c</p>",
      "<div id=p0 hidden>a</div><button aria-expanded=false aria-controls=\"p0 p1\">q</button>"
      "<div class=x><div id=p1 aria-hidden=true>b</div></div><div id=p2 hidden>c</div>",
      "<p><b>a<svg><g/></svg></p>b<p>c",
      // White space: collapsed between tags, kept in <pre> and <listing>,
      // whose first newline the parser drops.
      "<table>\n  <tr>\n    <td>a</td>\n  </tr>\n</table>\n\n<p>b</p>",
      "<pre>\n\n  code\n   more</pre>\n  <p>x</p> <b>y</b>  <i>z</i>",
      "<pre>\n\n<b>x</b>\n   <i>y</i>  </pre>  <pre><table><tr><td>t</table>\n\n<b>p</b></pre>",
      "<listing>\n\nx</listing>  <listing>\n y</listing><p>a<listing>\n\n<b>b</b></listing>",
      "<p>a</p>\n\n<pre><table><td>c</td></table></pre>\n  <b>x</b>  \n<i>y</i>",
      // Attributes kept only where read; classes numbered; ids without hints dropped.
      "<div href=/x src=/y content=c><a href=/a rel=nofollow>l</a><img src=/i alt=A></div>"
      "<div itemprop=datePublished content=2020-01-01>x</div><span itemprop=author "
      "datetime=2021>y</span><time datetime=2022 content=z>t</time>",
      "<ul class=\"x y\"><li class=item>a<li class='item'>b<li class=item2>c</ul>"
      "<div class=\"no-comments\" id=\"relatedPosts\"><p class=\"x y\">p</div>"
      "<div class=\"a&amp;b hidden\">h</div><div id=x1 class=\"read-next\">r</div>"
      "<div class=\"read-next post-x\">r</div><div class=\"has-sidebar post-entry\">s</div>"
      "<div class=\"sr-only foo-bar-baz\">t</div><li class=\"menu-item x\">m<li class=\"navItem\">",
      "<div data-role=\"member&#83;ignature\">sig</div><div data-role=\"more&#68;ropdown\">m</div>",
      "<p><b class=x><b class=x><b class=x><b class=y>z</p><p><i id=a1><i id=a2><i id=a3>"
      "<i id=a4>w</p>",
      // Classes equal but for their elements' own numbers are one template,
      // told apart by the hints the numbered names give.
      "<div class=\"row vc_custom_1683359410958\">a</div><div class='row  "
      "vc_custom_1574406387352'>b</div><div class=row>c</div><div class=\"row post-1554\">d"
      "</div><div class=\"row post-1555\">e</div><div class=x1234>f</div><div class=x1235>g"
      "</div><div class=\"nav vc_row-1234\">h</div><div class=nav>i</div><div class=\"nav "
      "x9876\">j</div><div class=\"a&amp;b vc_1234\">k</div><div class=\"a&amp;b vc_5678\">l"
      "</div>",
      // Scripts between white space go.
      "<html> <script>a</script> <head> <script>b</script> <title>t</title> </head>\n"
      "<script>c</script>\n<body> <p>x <script>d</script> y</p>\n<table> <script>e</script>"
      " <tr> <script>f</script> <td>g</td></tr></table> <pre>\n<script>h</script>\n\ni</pre>"
      " <select> <script>j</script> <option>o</select> </body> <script>k</script> </html>"
      " <script>l</script> ",
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
    EXPECT_EQ(Extracted(page, true), Extracted(page, false)) << page.substr(0, 80);
  }
}

}  // namespace
}  // namespace pith::internal
