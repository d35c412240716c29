// Stage 5b, page type: declared data first, then the page's build.
#include "extract/page_type.h"

#include <gumbo.h>

#include <algorithm>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/utf8.h"
#include "extract/hints.h"
#include "extract/tuning.h"

namespace pith::internal {
namespace {

// Chrome by tag or class/id hint: menus, headers, footers and sidebars hold
// link lists and tiles of their own that say nothing of the page's type. A
// wrapper of most of the page's prose is layout, whatever its class says,
// and <body> and <main> (or role=main) are content whatever wraps them (a
// "pt-header" box, padding under the site's header, around a page of tiles
// with no prose), as for the item lists (items.cc). A box worded as a menu
// that holds a shop grid's prices is no menu (MenuWordedGrid; `prices`,
// PricePrefix). A box worded as a byline that holds an <h1> is the head of
// the page's own text: a theme's column of a product's details
// ("product-single__meta": the name, the price, the buy form, the
// description), as a product page reads it (MarkShopChrome). `comments`
// gets what a thread whose posts are worded as comments is read by
// (ReadPageTypeSignals), in the same pass.
struct CommentMarks {
  std::vector<bool> open;    // the chrome should comment sections' words name none
  std::vector<bool> inside;  // in a box worded as a comment section
  std::vector<int> box;      // the nearest classed node at or above, -1 for none
};
std::vector<bool> ChromeNodes(const Page& page, const Scores& scores,
                               const std::vector<int>& prices, CommentMarks* comments) {
  std::vector<bool> chrome(page.nodes.size(), false);
  std::vector<bool>& open = comments->open;
  std::vector<bool>& inside = comments->inside;
  std::vector<int>& box = comments->box;
  open.assign(page.nodes.size(), false);
  inside.assign(page.nodes.size(), false);
  box.assign(page.nodes.size(), -1);
  const double layout = tuning::kProtectShare * scores.good_chars[0];
  const std::vector<int> first_title = FirstTitleBlocks(page);
  auto holds_title = [&](const Node& n) { return first_title[n.block_begin] < n.block_end; };
  for (std::size_t i = 0; i < page.nodes.size(); ++i) {
    const Node& n = page.nodes[i];
    std::uint32_t hints = n.hints & kHintChromeMask & ~kHintCaption;
    if ((hints & kHintMeta) && holds_title(n)) hints &= ~kHintMeta;
    const auto marked = [&](std::uint32_t h) {
      return (n.flags & kFlagsChromeTags) || (h != 0 && !MenuWordedGrid(n, h, prices));
    };
    const bool spared = (n.flags & (kFlagBody | kFlagMain)) ||
                        (n.hints & (kHintPositive | kHintArticleBody)) ||
                        (scores.good_chars[i] > 0 && scores.good_chars[i] >= layout);
    const bool may_own = n.parent >= 0 && (!spared || (n.flags & kFlagHidden));
    const bool own = may_own && marked(hints);
    const bool own_open = (hints & kHintComments) ? may_own && marked(hints & ~kHintComments) : own;
    const bool content = (n.flags & (kFlagBody | kFlagMain)) != 0;
    chrome[i] = own || (n.parent >= 0 && chrome[n.parent] && !content);
    open[i] = own_open || (n.parent >= 0 && open[n.parent] && !content);
    inside[i] = (n.hints & kHintComments) || (n.parent >= 0 && inside[n.parent]);
    box[i] = n.class_hash != 0 ? static_cast<int>(i) : (n.parent >= 0 ? box[n.parent] : -1);
  }
  return chrome;
}

// Prefix sums over blocks: how many blocks before block b satisfy a test, so
// that a node's count is sums[block_end] - sums[block_begin].
template <typename Test>
std::vector<int> BlockPrefix(const Page& page, Test test) {
  std::vector<int> sums(page.blocks.size() + 1, 0);
  for (std::size_t b = 0; b < page.blocks.size(); ++b) sums[b + 1] = sums[b] + (test(b) ? 1 : 0);
  return sums;
}

int CountIn(const std::vector<int>& sums, const Node& n) {
  return sums[n.block_end] - sums[n.block_begin];
}

// The strength of a declared type naming the page's main entity.
constexpr int kMainEntity = 3;
// The strength of a declared service (Service, ProfessionalService, ...);
// a business of any kind (LocalBusiness, ...) is weaker.
constexpr int kServiceStrength = 2;

// Declared types: JSON-LD first, then microdata, then og:type.
void ReadDeclared(const Page& page, const Metadata& meta, PageTypeSignals* s) {
  int best = 0;
  auto consider = [&](const std::string& name, const char* source) {
    const DeclaredType d = ClassifySchemaType(name);
    if (d.type == PageType::kArticle) s->declares_article = true;
    if (d.type == PageType::kProduct && d.strength >= kMainEntity) ++s->products;
    if (d.faq) s->declares_faq = true;
    if (d.strength > best) {
      best = d.strength;
      s->declared = d.type;
      s->declared_strength = d.strength;
      s->declared_by = std::string(source) + name;
    }
  };
  for (const std::string& t : meta.json_ld_types) consider(t, "JSON-LD ");
  for (const std::string& t : page.meta.item_types) consider(t, "microdata ");
  for (const auto& [key, value] : page.meta.metas) {
    if (key != "og:type") continue;
    const DeclaredType d = ClassifyOpenGraphType(value);
    if (d.type == PageType::kArticle) s->og_article = true;
    if (d.strength > best) {
      best = d.strength;
      s->declared = d.type;
      s->declared_strength = d.strength;
      s->declared_by = "og:type " + value;
    }
  }
}

// Label/value rows: a table row of exactly two cells whose first is short
// (a label), or a <dt> followed by a <dd>.
int CountSpecRows(const Page& page, const std::vector<bool>& chrome) {
  int rows = 0;
  for (std::size_t b = 0; b + 1 < page.blocks.size(); ++b) {
    const TextBlock& label = page.blocks[b];
    const TextBlock& value = page.blocks[b + 1];
    if (chrome[label.node] || label.chars > tuning::kMaxSpecLabelChars) continue;
    const bool cells = label.table >= 0 && label.row == value.row && label.column == 0 &&
                       value.column == 1 &&
                       (b + 2 >= page.blocks.size() || page.blocks[b + 2].row != label.row);
    const bool terms = page.nodes[label.node].tag == GUMBO_TAG_DT &&
                       page.nodes[value.node].tag == GUMBO_TAG_DD;
    rows += cells || terms;
  }
  return rows;
}

// The block of the page's first <h1> outside chrome, the blocks' count when
// there is none.
int FirstTitleOutsideChrome(const Page& page, const std::vector<bool>& chrome) {
  const int count = static_cast<int>(page.blocks.size());
  int title = 0;
  while (title < count && (page.blocks[title].kind != BlockKind::kHeading ||
                           page.blocks[title].level != 1 || chrome[page.blocks[title].node])) {
    ++title;
  }
  return title;
}

// The block of the first price (IsPrice) within tuning::kBuyBoxReach
// blocks after the page's first <h1> outside chrome (block `title`): the
// product's price under its name. -1 when there is none.
int PriceUnderTitle(const Page& page, int title) {
  const int count = static_cast<int>(page.blocks.size());
  const int end = std::min(count, title + 1 + tuning::kBuyBoxReach);
  for (int b = title + 1; b < end; ++b) {
    if (IsPrice(page.blocks[b])) return b;
  }
  return -1;
}

// Whether the page's first <h1> outside chrome (block `title`) is followed
// by a price under it (block `price`, PriceUnderTitle) and then by a <form>
// that starts within as many blocks after that price, with one good block
// between them at most (a short description): a product's name over its buy
// box ("Wool Beanie", "$35.00", then a form of a size picker and "Add to
// cart"). A story's line naming a price has its paragraphs after it, not a
// form (a sign-up after the text comes too late); a form wrapping the whole
// page opens before its title. The nodes after the <h1> are read once, up
// to that reach. Returns the price's block, or -1.
int BuyFormUnderTitle(const Page& page, const std::vector<bool>& chrome, int title,
                       int price) {
  const int count = static_cast<int>(page.blocks.size());
  if (price < 0) return -1;
  // The form starts within the reach, and before the second good block
  // after the price: a short description may stand between them. The
  // labels of the pickers and choices it buys by (TextBlock::labels_picker:
  // a line per option, "Small (+$12.00)", then "Qty") are its own, not
  // counted.
  int reach = price + 1, good = 0, counted = 1;
  while (reach < count && counted < tuning::kBuyBoxReach &&
         (good += IsGoodBlock(page.blocks[reach]) ? 1 : 0) < 2) {
    counted += page.blocks[reach].labels_picker ? 0 : 1;
    ++reach;
  }
  ++reach;  // a form holding no text opens at the index of the block after it
  for (int id = page.blocks[title].node + 1;
       id < static_cast<int>(page.nodes.size()) && page.nodes[id].block_begin < reach; ++id) {
    const Node& n = page.nodes[id];
    const bool cart_button = (n.flags & kFlagCartButton) ||
                             (n.hints & (kHintCart | kHintBuyBox)) == (kHintCart | kHintBuyBox);
    if ((n.tag == GUMBO_TAG_FORM || cart_button) && !chrome[id]) return price;
  }
  return -1;
}

// A short line dating a post to the minute: a clock time with a day or a
// year beside it ("7/9/05 7:57 PM", "May 3, 2024, 8:45am"); a clock alone
// ("1:07") is a video's length, and two times read as one
// (DateLine::time_pairs: "March 14 @ 6:00 pm - 10:00 pm") an event's hours.
bool IsPostTime(const TextBlock& b) {
  const DateLine d = ReadDateLine(b);
  return d.clock && d.numbers >= 3 && d.time_pairs == 0;
}

// Whether the page's first <h1> outside chrome (block `title`) has, within
// tuning::kBylineReach blocks before or after it, a line dated by a <time
// datetime> giving a year, or an unlinked line that is a date alone (a day
// and a year in tuning::kMaxDateLineWords words at most: "December 15,
// 2025", "19 Dec 2025" over the headline): a story's byline or dateline
// ("By Ann Lee · <time datetime="2024-03-02">March 2</time>"), however
// sparse its prose (a recipe's ingredients and steps under two headings).
// A service's sections and a manual's pages carry no such date; a manual's
// "Updated March 2, 2024" tells an edit, not a date alone. So does a
// byline naming its writer by a link beside the post's time to the minute
// in words (IsPostTime; a blog's "/ Cory Doctorow / 10:08 am Fri Jul 19,
// 2013"); an unlinked "Posted 2024-03-04 10:15:07" heads a thread's first
// post as well, and a date that is all link is an archive's.
bool DatedTitle(const Page& page, int title) {
  const int count = static_cast<int>(page.blocks.size());
  if (title == count) return false;
  const int end = std::min(count, title + 1 + tuning::kBylineReach);
  for (int b = std::max(0, title - tuning::kBylineReach); b < end; ++b) {
    const TextBlock& block = page.blocks[b];
    const DateLine d = ReadDateLine(block);
    if (b == title || !d.year) continue;
    const bool date_alone = block.link_chars == 0 && block.words <= tuning::kMaxDateLineWords &&
                            d.numbers >= 2;
    const bool signed_time =
        block.link_chars > 0 && 2 * block.link_chars < block.chars && IsPostTime(block);
    if (block.time_attr > 0 || date_alone || signed_time) return true;
  }
  return false;
}

// Whether node `n`, opened by a linked heading, is a post headed by its
// poster's name (XenForo's and Invision's "<h4><a>Pippin06</a></h4>"): the
// heading is a short name (tuning::kMaxPostNameWords words at most, no
// sentence, no date: "December 2025" over a story is the story's month)
// and a dated line (a year or a clock time: the post's date, the poster's
// join date) follows within tuning::kPostHeadBlocks blocks, before any
// good text. A story's linked title over its byline, date and summary runs
// longer.
bool HeadedByPosterName(const Page& page, const Node& n) {
  const TextBlock& name = page.blocks[n.block_begin];
  const DateLine named = ReadDateLine(name);
  if (name.chars > tuning::kMaxPostHeadChars || name.ends_sentence || named.year ||
      named.clock || name.words > tuning::kMaxPostNameWords) {
    return false;
  }
  const int end = std::min(n.block_end, n.block_begin + 1 + tuning::kPostHeadBlocks);
  for (int b = n.block_begin + 1; b < end; ++b) {
    const TextBlock& block = page.blocks[b];
    if (IsGoodBlock(block)) return false;
    const DateLine d = ReadDateLine(block);
    if (d.year || d.clock) return true;
  }
  return false;
}

// Whether a block is the linked title of another page: mostly a link off
// the page, set as a heading or longer than a name.
bool IsLinkedTitle(const TextBlock& b) {
  return 2 * b.link_chars > b.chars && LinksOffPage(b) &&
         (b.kind == BlockKind::kHeading || b.chars > tuning::kMaxSpecLabelChars);
}

// Whether a linked line under a post's first short link is the poster's
// line, a day and a year in it ("rivermouse commented Mar 3, 2024" under a
// menu of the post's actions, "Report content"), not a story's linked
// title (one with a year alone: "The best kayaks of 2024").
bool IsDatedPosterLine(const TextBlock& b) {
  const DateLine d = ReadDateLine(b);  // no longer than a post's date line
  return d.year && d.numbers >= 2;
}

// A post of a thread: prose signed by a short line (the poster's name)
// among its first blocks, before the prose, which a section of an article
// (opened by its heading) does not have, nor a service's card (its "Learn
// more" link follows its text), nor a teaser, whose short linked line (its
// category: "Marketing") stands right over the linked title of the story
// it leads to (a poster's name has his post count or join date under it,
// and the thread's subject, when repeated, after them). The name is a
// link, or plain text when the post is dated to the minute (a deleted
// member's "Former Member": a block of the post IsPostTime, counted in
// `post_times`, prefix sums over blocks), or a linked heading naming the
// poster over a dated head (HeadedByPosterName).
bool IsPost(const Page& page, const Scores& scores, const std::vector<int>& post_times, int id) {
  const Node& n = page.nodes[id];
  if (scores.good_chars[id] < tuning::kMinPostChars ||
      n.block_end - n.block_begin < tuning::kMinPostBlocks) {
    return false;
  }
  // Any other linked heading first: a teaser of a page elsewhere (a news
  // index's item, its writer's linked name and date over its summary). An
  // unlinked heading first opens a section of a story or a manual, whatever
  // short link follows it (a ranked pick's "Get a quote" button under its
  // title; a reference's entry under its name with its permalink "¶").
  const TextBlock& first = page.blocks[n.block_begin];
  if (first.kind == BlockKind::kHeading) {
    if (first.link_chars * 2 <= first.chars) return false;
    // A post's subject heading it, linked to the post's own place on the
    // page (phpBB's "Re: Yellow leaves" to "#p2"), its poster's line right
    // under it with the day and the time of the post ("by greenthumb » Sat
    // Jul 13, 2024 8:15 am"). A manual's or a changelog's section linking
    // to itself is no post: its heading names its own id (permalink), or
    // no clock follows it.
    if (!LinksOffPage(first) && !first.permalink && n.block_begin + 1 < n.block_end) {
      const TextBlock& line = page.blocks[n.block_begin + 1];
      const DateLine d = ReadDateLine(line);
      return !IsGoodBlock(line) && d.year && d.clock;
    }
    return HeadedByPosterName(page, n);
  }
  const int head_end = std::min(n.block_end, n.block_begin + tuning::kPostSignatureBlocks);
  bool plain_name = false;
  for (int b = n.block_begin; b < head_end; ++b) {
    const TextBlock& block = page.blocks[b];
    if (IsGoodBlock(block)) break;  // text before any name: a card's "Learn more"
    // A poster's line may hold the post's date and links after it (Hacker
    // News' "rivermouse 2 hours ago | parent | next [–]").
    if (block.kind != BlockKind::kHeading &&
        (block.chars <= tuning::kMaxSpecLabelChars ||
         (block.time_attr > 0 && ReadDateLine(block).year))) {
      if (block.link_chars > 0) {
        return b + 1 == n.block_end || !IsLinkedTitle(page.blocks[b + 1]) ||
               IsDatedPosterLine(page.blocks[b + 1]);
      }
      plain_name = true;
    }
  }
  return plain_name && CountIn(post_times, n) > 0;
}

// Repeated structures: children of one parent sharing tag and class, at
// least tuning::kMinRepeats of them. The group with the most members holding
// prose gives `posts`, their good characters `posts_chars`, its first
// post's first block `*posts_begin` and the block after its last post
// `*posts_end`; the group with the most short linked members gives
// `tiles`, `priced_tiles`, `tile_chars` and `tiles_end`.
void ReadRepeats(const Page& page, const Scores& scores, const std::vector<bool>& chrome,
                 const std::vector<int>& price_sums, PageTypeSignals* s, int* posts_begin,
                 int* posts_end = nullptr) {
  std::vector<std::pair<std::uint64_t, int>> scratch;
  std::vector<int> alike;  // ListItemsAllPassing's
  // Read once for the page: searching each member's blocks would cost the
  // blocks times the depth of the groups nesting them.
  const std::vector<int> post_times =
      BlockPrefix(page, [&](std::size_t b) { return IsPostTime(page.blocks[b]); });
  // A tile links somewhere: a heading's link to itself (its permalink, a
  // manual's "¶") makes no section of the page a teaser.
  const std::vector<int> linking = BlockPrefix(page, [&](std::size_t b) {
    return page.blocks[b].link_chars > 0 && !page.blocks[b].permalink;
  });
  auto read_group = [&](const std::vector<int>& members) {
    int tiles = 0, priced = 0, described = 0, tile_chars = 0;
    for (int c : members) {
      const Node& n = page.nodes[c];
      const bool links = CountIn(linking, n) > 0;
      if (links && scores.chars[c] <= tuning::kMaxTileChars) {
        ++tiles;
        tile_chars += scores.chars[c];
        priced += CountIn(price_sums, n) > 0;
      } else if (links && scores.chars[c] <= tuning::kMaxDescribedTileChars) {
        described += CountIn(price_sums, n) > 0;
      }
    }
    if (tiles >= tuning::kMinRepeats && tiles > s->tiles) {
      s->tiles = tiles;
      s->tile_chars = tile_chars;
      s->tiles_end = page.nodes[members.back()].block_end;
    }
    if (priced >= tuning::kMinRepeats) s->priced_tiles = std::max(s->priced_tiles, priced);
    if (priced + described >= tuning::kMinRepeats) {
      s->described_priced_tiles = std::max(s->described_priced_tiles, priced + described);
      s->priced_tiles_begin =
          std::min(s->priced_tiles_begin, page.nodes[members.front()].block_begin);
    }
  };
  // Posts are counted in groups joined where they interleave: a forum
  // striping its posts by class ("windowbg" / "windowbg2", "bg1" / "bg2")
  // lays a short thread's three posts out as groups of two and one.
  auto read_posts = [&](const std::vector<int>& members) {
    int posts = 0, chars = 0, first = -1, last = -1;
    for (int c : members) {
      if (!IsPost(page, scores, post_times, c)) continue;
      ++posts;
      chars += scores.good_chars[c];
      if (first < 0) first = page.nodes[c].block_begin;
      last = page.nodes[c].block_end;
    }
    if (posts >= tuning::kMinRepeats && posts > s->posts) {
      s->posts = posts;
      s->posts_chars = chars;
      *posts_begin = first;
      if (posts_end) *posts_end = last;
    }
  };
  for (std::size_t p = 0; p < page.nodes.size(); ++p) {
    const Node& parent = page.nodes[p];
    if (chrome[p] || parent.end - static_cast<int>(p) <= tuning::kMinRepeats) continue;
    const auto take = [&](int c) {
      return page.nodes[c].block_end > page.nodes[c].block_begin && !chrome[c];
    };
    // A definition list's item is a <dt> with its <dd>: read apart, a list
    // of papers counted only its <dt>s (a number and a linked identifier,
    // 1,949 characters for 50) as tiles, and its <dd>s' titles and subjects
    // as prose (5,885), a story. Class words ("meta") make those chrome
    // where a site writes them.
    ForEachSiblingGroup(page, static_cast<int>(p), tuning::kMinRepeats, take, read_group, &scratch,
                        /*join_interleaved=*/parent.tag == GUMBO_TAG_DL);
    ForEachSiblingGroup(page, static_cast<int>(p), tuning::kMinRepeats, take, read_posts, &scratch,
                        /*join_interleaved=*/true);
    // A list whose every item is a post, classed apart (by stripe, rank).
    ListItemsAllPassing(
        page, static_cast<int>(p),
        [&](int c) { return !chrome[c] && IsPost(page, scores, post_times, c); }, &alike);
    if (static_cast<int>(alike.size()) >= tuning::kMinRepeats &&
        static_cast<int>(alike.size()) > s->posts) {
      s->posts = static_cast<int>(alike.size());
      s->posts_chars = 0;
      for (int c : alike) s->posts_chars += scores.good_chars[c];
      *posts_begin = page.nodes[alike.front()].block_begin;
      if (posts_end) *posts_end = page.nodes[alike.back()].block_end;
    }
  }
}

// Outermost microdata article items: how many, and whether they list
// articles (see PageTypeSignals::lists_articles). Reads s->prose_chars.
void ReadArticleItems(const Page& page, const Scores& scores, PageTypeSignals* s) {
  int largest = 0;
  for (std::size_t i = 0; i < page.nodes.size();) {
    const Node& n = page.nodes[i];
    if ((n.flags & kFlagArticleItem) == 0) {
      ++i;
      continue;
    }
    ++s->article_items;
    largest = std::max(largest, scores.good_chars[i]);
    i = static_cast<std::size_t>(n.end);  // items inside it are its parts
  }
  s->lists_articles = s->article_items >= tuning::kMinRepeats && 2 * largest < s->prose_chars;
}

}  // namespace

PageTypeSignals ReadPageTypeSignals(const Page& page, const Scores& scores,
                                    const Metadata& meta) {
  PageTypeSignals s;
  ReadDeclared(page, meta, &s);
  if (page.nodes.empty()) return s;
  const std::vector<int> price_sums = PricePrefix(page);
  CommentMarks comments;
  const std::vector<bool> chrome = ChromeNodes(page, scores, price_sums, &comments);
  // The template of the box of a block's text, the nearest classed node
  // around it ("Message userContent"); 0 for none.
  auto text_box = [&](int node) {
    const int box = comments.box[node];
    return box >= 0 ? TemplateKey(page.nodes[box]) : std::uint64_t{0};
  };
  int run = 0;
  // Whether good text in comment sections (outside other chrome) comes
  // before any good text elsewhere outside chrome; the template of the box
  // of that first good text elsewhere, and whether a good block in comment
  // sections lies in a box of that template.
  bool replies_first = false, rest_seen = false, replies_alike = false;
  std::uint64_t rest_box = 0;
  int replies = 0;        // the good text in comment sections
  int reply_dates = 0;    // their lines dated with a year
  for (const TextBlock& b : page.blocks) {
    if (chrome[b.node]) {
      if (comments.inside[b.node] && !IsGoodBlock(b) && ReadDateLine(b).year) ++reply_dates;
      if (!comments.open[b.node] && IsGoodBlock(b)) {
        replies += b.weighted_chars;
        replies_first |= !rest_seen;
        if (!replies_alike && rest_box != 0) {
          replies_alike = text_box(b.node) == rest_box;
        }
      }
      continue;
    }
    if (!rest_seen && IsGoodBlock(b)) {
      rest_seen = true;
      rest_box = text_box(b.node);
    }
    s.page_chars += b.weighted_chars;
    run = IsGoodBlock(b) ? run + 1 : 0;
    s.prose_run = std::max(s.prose_run, run);
    if (IsGoodBlock(b)) s.prose_chars += b.weighted_chars;
    if (b.kind == BlockKind::kCode) s.code_chars += b.chars;
    // The page's headline, a heading that gives its title, heads the page,
    // not a section of it: a short story under its <h1> and one subheading
    // is no page of sections.
    if (b.kind == BlockKind::kHeading && !IsTitleForm(meta, b.text)) {
      ++s.headings;
      if (2 * b.link_chars > b.chars && LinksOffPage(b)) ++s.linked_headings;
    }
  }
  ReadArticleItems(page, scores, &s);
  s.prices = price_sums.back();
  s.spec_rows = CountSpecRows(page, chrome);
  const int title = FirstTitleOutsideChrome(page, chrome);
  const int price = PriceUnderTitle(page, title);
  s.priced_title = price >= 0;
  s.buy_form_price = BuyFormUnderTitle(page, chrome, title, price);
  s.buy_form = s.buy_form_price >= 0;
  s.dated_title = DatedTitle(page, title);
  s.priced_tiles_begin = static_cast<int>(page.blocks.size());
  int posts_begin = -1;  // the first block of the first post counted
  int posts_end = -1;    // the block after the last
  ReadRepeats(page, scores, chrome, price_sums, &s, &posts_begin, &posts_end);
  // Posts under a story of the page's own are its comments, not a
  // thread: good text outside chrome before the first post, holding a run
  // of paragraphs (tuning::kMinStoryRun) and tuning::kStoryOverPosts
  // times the posts' good text (a blog's post over its readers'
  // replies). A thread's opening post, however it is built, holds a
  // smaller share of its replies' text, and a forum's notices over it no
  // run of paragraphs. Class words ("comment-list") make such a section
  // chrome where a site writes them; on a page with no classes its
  // comments read as a thread's posts.
  if (posts_begin >= 0) {
    int before = 0, streak = 0, longest = 0;
    for (int b = 0; b < posts_begin; ++b) {
      const TextBlock& block = page.blocks[b];
      if (chrome[block.node] || !IsGoodBlock(block)) {
        streak = 0;
        continue;
      }
      before += block.weighted_chars;
      longest = std::max(longest, ++streak);
    }
    s.story_over_posts =
        longest >= tuning::kMinStoryRun && before >= tuning::kStoryOverPosts * s.posts_chars;
    // So are posts under a list of the page's own: the group of tiles ends
    // before the first post and holds more text than all the good text
    // outside chrome, the posts' too (a readers' list of 100 books, each a
    // linked title, its author and counts, over 36 of its readers'
    // comments; 25,390 characters of tiles against 10,559). A thread's
    // posts hold its good text; a list of threads or of sections over them
    // is the site's menu, chrome or shorter than the posts.
    s.list_over_posts = s.tiles > 0 && s.tiles_end <= posts_begin && s.tile_chars > s.prose_chars;
    if (s.list_over_posts) {
      s.posts_begin = posts_begin;
      s.posts_end = posts_end;
    }
  }
  // A thread whose posts sit in boxes worded as comments, the opening
  // post's too (GitHub's issue: each post a "js-comment-container"), so
  // that the page's text opens there, or whose replies hold their text in
  // boxes of the opening post's text's template (Vanilla's "Message
  // userContent", inside "ItemDiscussion" and inside each "ItemComment" of
  // a "Comments" list): its posts are read there too, when they hold the
  // share of the text that makes them replies (TakeRepliesAsContent) and
  // show a post's date, a year, on as many lines as a thread has posts
  // (the posts' heads, which KeepPostHeads reads by their dates). An
  // article's or a list's comment section follows the article or the list,
  // its comments' text in boxes of their own ("comment-content" beside
  // "entry-content").
  if (s.posts < tuning::kMinForumPosts && (replies_first || replies_alike) &&
      replies >= tuning::kMinRepliesShare * s.prose_chars &&
      reply_dates >= tuning::kMinForumPosts) {
    PageTypeSignals replied;
    int replies_begin = -1;
    ReadRepeats(page, scores, comments.open, price_sums, &replied, &replies_begin);
    s.posts = replied.posts;
    s.posts_chars = replied.posts_chars;
    s.story_over_posts = false;
  }
  return s;
}

PageTypeGuess DecidePageType(const PageTypeSignals& s) {
  auto guess = [](PageType type, std::string reason) {
    return PageTypeGuess{type, std::move(reason)};
  };
  if (s.page_chars == 0) return guess(PageType::kOther, "no text");
  if (s.declared == PageType::kProduct && s.products >= tuning::kMinRepeats &&
      s.priced_tiles >= tuning::kMinCollectionTiles) {
    return guess(PageType::kCollection, std::to_string(s.priced_tiles) + " priced tiles");
  }
  // A business's own weak type (LocalBusiness: every page of its site
  // carries it) gives way to an article type declared beside it: a post of
  // the business's blog.
  const bool site_business = s.declared == PageType::kService &&
                             s.declared_strength < kServiceStrength && s.declares_article;
  if (s.declared != PageType::kOther && s.declared != PageType::kArticle && !site_business) {
    return guess(s.declared, s.declared_by);
  }
  if (s.posts >= tuning::kMinForumPosts && !s.story_over_posts && !s.list_over_posts) {
    return guess(PageType::kForum, std::to_string(s.posts) + " posts");
  }
  if (s.lists_articles) {
    return guess(PageType::kListing, std::to_string(s.article_items) + " declared articles");
  }
  // A buy box under the title above every grid of priced tiles: a product
  // with the shop's other products under it ("Related Products"). A
  // category's grid starts under its title, the price found there its
  // first tile's.
  if (s.buy_form && s.buy_form_price < s.priced_tiles_begin && !s.declares_article) {
    return guess(PageType::kProduct, "a price and a buy form under the <h1>, over the tiles");
  }
  if (s.priced_tiles >= tuning::kMinCollectionTiles) {
    return guess(PageType::kCollection, std::to_string(s.priced_tiles) + " priced tiles");
  }
  // A shop's grid whose tiles each tell the product in a sentence or two (a
  // game store's genre page: title, summary, tags, release date, price) on
  // a page with no story of its own (no run of paragraphs: each tile's
  // summary stands between its title and its price).
  if (s.described_priced_tiles >= tuning::kMinCollectionTiles &&
      s.prose_run < tuning::kMinStoryRun) {
    return guess(PageType::kCollection,
                 std::to_string(s.described_priced_tiles) + " priced tiles with summaries");
  }
  // A page that declares an article is a story, a buy box under its
  // title or not (a review leading with the product it reviews), and so
  // with prices beside label/value rows (a buyer's guide comparing plans
  // in tables).
  if (s.buy_form && !s.declares_article) {
    return guess(PageType::kProduct, "a price and a buy form under the <h1>");
  }
  // Label/value rows are a product's data sheet when its price stands
  // under its name; prices further down (a table of plans in a story, a
  // manual's page of options and one fee) make no product.
  if (s.priced_title && s.spec_rows >= tuning::kMinSpecRows && !s.declares_article) {
    return guess(PageType::kProduct,
                 "a price under the <h1> and " + std::to_string(s.spec_rows) + " spec rows");
  }
  // Code in a page that does not call itself an article (a blog post
  // showing code does, or dates its headline).
  if (s.code_chars >= tuning::kMinDocCodeChars && !s.declares_article && !s.dated_title) {
    return guess(PageType::kDocumentation, std::to_string(s.code_chars) + " characters of code");
  }
  if (s.tile_chars > s.prose_chars) {
    return guess(PageType::kListing, std::to_string(s.tiles) + " tiles");
  }
  if (s.declares_article) return guess(PageType::kArticle, "declared article");
  // og:type "article" is what many sites put on every page: sections
  // outweigh it, unless a dated byline stands under the headline (a
  // recipe's "Ingredients" and "Method" over lists, not prose). Titles
  // linking to other pages, as many as a list's items (teasers beside a
  // story: its related reading), are no sections of the page's own.
  if (!s.dated_title && s.headings * tuning::kServiceCharsPerHeading > s.prose_chars) {
    const bool teasers = s.linked_headings >= tuning::kMinListItems;
    if (teasers && 2 * s.linked_headings > s.headings && s.prose_run < tuning::kMinStoryRun) {
      return guess(PageType::kListing, std::to_string(s.linked_headings) + " linked titles");
    }
    const int sections = teasers ? s.headings - s.linked_headings : s.headings;
    if (sections * tuning::kServiceCharsPerHeading > s.prose_chars) {
      return guess(PageType::kService, std::to_string(sections) + " sections");
    }
  }
  if (s.og_article) return guess(PageType::kArticle, "og:type article");
  return guess(PageType::kArticle, "prose");
}

PageTypeGuess DetectPageType(const Page& page, const Scores& scores, const Metadata& meta) {
  return DecidePageType(ReadPageTypeSignals(page, scores, meta));
}

}  // namespace pith::internal
