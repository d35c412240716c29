// Stage 6b, items: repeated items found by structure, kept on listing pages.
#include "extract/items.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "base/utf8.h"
#include "extract/hints.h"
#include "extract/tuning.h"

namespace pith::internal {
namespace {

bool Inside(const Page& page, int ancestor, int id) {
  return id > ancestor && id < page.nodes[ancestor].end;
}

// An item: text, a link, and tuning::kMinItemBlocks blocks or more.
bool IsItem(const Page& page, const Scores& scores, int id) {
  const Node& n = page.nodes[id];
  return scores.link_chars[id] > 0 && scores.chars[id] > 0 &&
         n.block_end - n.block_begin >= tuning::kMinItemBlocks;
}

// The tags of node `id`'s children, in order, as one hash: the shape of an
// item built from its list's template.
std::uint64_t ChildTags(const Page& page, int id) {
  std::uint64_t h = 1469598103934665603u;
  for (int c = id + 1; c < page.nodes[id].end; c = page.nodes[c].end) {
    h = (h ^ static_cast<std::uint64_t>(page.nodes[c].tag)) * 1099511628211u;
  }
  return h;
}

// Per node: inside chrome a list of items cannot be the content of: hidden,
// <nav>, <aside>, <header>, <footer>, <dialog>, or a class naming chrome. A
// wrapper of half the page's text is layout, whatever its class says
// ("off-canvas-wrap" around the whole page). A box whose class says only
// section words (kHintSectionWords: promo, banner, image, header) and that
// holds a heading over a sentence, linked or not, is a card of the list (a
// service's linked promo cards), not an ad. A box worded as a menu that
// holds a grid's prices is the grid's wrapper (MenuWordedGrid).
std::vector<bool> ChromeForItems(const Page& page, const Scores& scores) {
  std::vector<bool> chrome(page.nodes.size(), false);
  const double layout = tuning::kProtectShare * scores.chars[0];
  const HeadedProse headed_prose(page);
  const std::vector<int> prices = PricePrefix(page);
  for (std::size_t i = 0; i < page.nodes.size(); ++i) {
    const Node& n = page.nodes[i];
    if (n.parent < 0 || (n.flags & (kFlagBody | kFlagMain))) continue;
    std::uint32_t hints = n.hints & kHintChromeMask;
    if (hints != 0 && (hints & ~kHintSectionWords) == 0 && headed_prose.Holds(n)) {
      hints = 0;
    }
    if (MenuWordedGrid(n, hints, prices)) hints = 0;
    const bool own = (n.flags & kFlagHidden) ||
                     (((n.flags & kFlagsChromeTags) || hints != 0) && scores.chars[i] < layout);
    chrome[i] = own || chrome[n.parent];
  }
  return chrome;
}

// The listing's own heading and the sentences introducing it, right above
// its first kept block ("Compare Top Ranked Machine Learning Software" over
// "See how top products rank based on their score.", then "Sort by:" and the
// rows): kept when a heading stands at most tuning::kListingLeadLookback
// blocks above, with at least one sentence between them and the items, and
// nothing linked, hidden or inside chrome (`chrome`) on the way. The short
// labels between ("Sort by:", a column's name) stay out; a heading alone
// (the category's name, which the page's title repeats) stays out too.
void KeepListingLead(const Page& page, const std::vector<bool>& chrome, Selection* sel) {
  const int count = static_cast<int>(sel->decisions.size());
  int first = 0;
  while (first < count && !sel->decisions[first].kept) ++first;
  if (first == count) return;
  std::vector<int> lead;
  int heading = -1;
  for (int b = first - 1; b >= 0 && b >= first - tuning::kListingLeadLookback; --b) {
    const TextBlock& block = page.blocks[b];
    if (LinkDensity(block) >= tuning::kMaxShortLinkDensity) break;
    if (chrome[block.node]) {
      // A sorting box's label ("Sort by:") sits between the lead and the
      // items; a chrome heading or sentence ends the search.
      if (block.kind == BlockKind::kHeading || block.ends_sentence) break;
      continue;
    }
    if (block.kind == BlockKind::kHeading) {
      heading = b;
      break;
    }
    if (block.kind == BlockKind::kParagraph && block.ends_sentence &&
        block.weighted_chars >= tuning::kShortBlockChars) {
      lead.push_back(b);
    }
  }
  if (heading < 0 || lead.empty()) return;
  sel->decisions[heading] = {true, "the listing's heading, over its lead"};
  for (int b : lead) sel->decisions[b] = {true, "the listing's lead, above its items"};
}

// A collection's item's title: the last of its shown headings when they all
// read alike (a theme writes the title over the picture and again under it)
// and what stands before it is at most tuning::kMaxTileBadges short lines
// and copies of the title. -1 otherwise: an item holding the grid and its
// filters has more before its first title.
int ItemTitle(const Page& page, const std::vector<bool>& hidden, int item) {
  const Node& n = page.nodes[item];
  int title = -1;
  for (int b = n.block_begin; b < n.block_end; ++b) {
    const TextBlock& block = page.blocks[b];
    if (block.kind != BlockKind::kHeading || block.chars == 0 || hidden[block.node]) continue;
    if (title >= 0 && page.blocks[title].text != block.text) return -1;
    title = b;
  }
  int badges = 0;
  for (int b = n.block_begin; b < title; ++b) {
    const TextBlock& block = page.blocks[b];
    if (block.kind == BlockKind::kHeading || block.chars == 0) continue;
    if (block.chars >= tuning::kShortBlockChars || ++badges > tuning::kMaxTileBadges) return -1;
  }
  return title;
}

// The line `text` writes twice over, "X X" ("$24.00 $24.00": a sale price
// and the regular price it equals, both written, one of them shown by the
// page's style): X, or an empty view when `text` is no such line.
std::string_view DoubledLine(std::string_view text) {
  const std::size_t half = text.size() / 2;
  if (text.size() % 2 == 0 || text[half] != ' ' || text.substr(0, half) != text.substr(half + 1)) {
    return {};
  }
  return text.substr(0, half);
}

// Whether a tile has shown `text` already, or shows it twice over after
// showing it once.
bool ShownAlready(std::string_view text, const std::unordered_set<std::string_view>& shown) {
  if (shown.count(text) > 0) return true;
  const std::string_view once = DoubledLine(text);
  return !once.empty() && shown.count(once) > 0;
}

// A line a button or a label could be: a short paragraph, no sentence,
// nothing linked. A heading, a list's item (a platform among an app's
// platforms: "Mac"), a sentence and a linked name (the byline "By Ann Lee"
// over every story of one writer) are the item's text even when every item
// repeats them.
bool IsButtonLine(const TextBlock& block) {
  return block.kind == BlockKind::kParagraph && block.chars < tuning::kShortBlockChars &&
         !block.ends_sentence && block.link_chars == 0;
}

// A listing's teasers each set as an <article> but in sections of one or two
// (a blog's home: a featured story, then "Latest" in columns of two), so no
// parent holds tuning::kMinListItems of them as siblings: the outermost
// <article> elements outside `skip` make one list, whose parent is the
// nearest element holding them all, when most of them are items, none lies
// inside a list of siblings found already (`lists`) and that element holds
// none of those lists.
void AddArticleList(const Page& page, const Scores& scores, const std::vector<bool>& skip,
                    std::vector<ItemList>* lists) {
  // Per node id: how many lists found open (+1) and close (-1) there.
  std::vector<int> listed(page.nodes.size() + 1, 0);
  for (const ItemList& l : *lists) {
    ++listed[l.parent + 1];
    --listed[page.nodes[l.parent].end];
  }
  ItemList list;
  int articles = 0, open = 0;
  for (std::size_t i = 0; i < page.nodes.size();) {
    const Node& n = page.nodes[i];
    open += listed[i];
    if (n.tag != GUMBO_TAG_ARTICLE || skip[i]) {
      ++i;
      continue;
    }
    if (open > 0) return;
    const int id = static_cast<int>(i);
    ++articles;
    if (IsItem(page, scores, id)) {
      if (list.parent < 0) list.parent = n.parent;
      // The nearest element holding every item so far climbs only upwards.
      while (list.parent > 0 && !Inside(page, list.parent, id)) {
        list.parent = page.nodes[list.parent].parent;
      }
      list.items.push_back(id);
      list.chars += scores.chars[id];
    }
    // An <article> inside it is its part: skip to its end, counting the
    // lists opening and closing on the way.
    for (++i; i < static_cast<std::size_t>(n.end); ++i) open += listed[i];
  }
  if (static_cast<int>(list.items.size()) < tuning::kMinListItems ||
      2 * static_cast<int>(list.items.size()) < articles || list.parent < 0) {
    return;
  }
  // Nor does it hold a list of siblings: it would stand in for that list
  // (a grid of tiles between teasers set apart).
  for (const ItemList& l : *lists) {
    if (Inside(page, list.parent, l.parent)) return;
  }
  lists->push_back(std::move(list));
}

}  // namespace

std::vector<ItemList> FindItemLists(const Page& page, const Scores& scores,
                                    const std::vector<bool>& skip) {
  std::vector<ItemList> lists;
  std::vector<std::pair<std::uint64_t, int>> scratch, shapes;
  std::vector<int> members;
  for (std::size_t p = 0; p < page.nodes.size(); ++p) {
    const Node& parent = page.nodes[p];
    if (skip[p] || parent.end - static_cast<int>(p) <= tuning::kMinListItems) continue;
    const auto group = [&](const std::vector<int>& siblings) {
      ItemList list;
      list.parent = static_cast<int>(p);
      for (int c : siblings) {
        if (!IsItem(page, scores, c)) continue;
        list.items.push_back(c);
        list.chars += scores.chars[c];
      }
      // Most of the group are items: a list, not a few links among text.
      if (static_cast<int>(list.items.size()) >= tuning::kMinListItems &&
          2 * list.items.size() >= siblings.size()) {
        lists.push_back(std::move(list));
      }
    };
    const auto take = [&](int c) {
      return page.nodes[c].block_end > page.nodes[c].block_begin && !skip[c];
    };
    ForEachSiblingGroup(page, static_cast<int>(p), tuning::kMinListItems, take, group, &scratch,
                        /*join_interleaved=*/true);
    // The items of a <ul> or <ol> built alike, their children of the same
    // tags in the same order, are one list whatever their own classes: a
    // shop's grid classes each tile by its own state and place
    // (WooCommerce's "sale", "outofstock", "product_cat-hats", "first" in
    // its row), so no two tiles may share a class.
    if (parent.tag == GUMBO_TAG_UL || parent.tag == GUMBO_TAG_OL) {
      shapes.clear();
      for (int c = static_cast<int>(p) + 1; c < parent.end; c = page.nodes[c].end) {
        if (page.nodes[c].tag == GUMBO_TAG_LI && take(c)) {
          shapes.emplace_back(ChildTags(page, c), c);
        }
      }
      std::stable_sort(shapes.begin(), shapes.end(),
                       [](const auto& a, const auto& b) { return a.first < b.first; });
      for (std::size_t i = 0, j = 0; i < shapes.size(); i = j) {
        members.clear();
        for (j = i; j < shapes.size() && shapes[j].first == shapes[i].first; ++j) {
          members.push_back(shapes[j].second);
        }
        if (static_cast<int>(members.size()) < tuning::kMinListItems) continue;
        std::sort(members.begin(), members.end());
        group(members);
      }
    }
  }
  AddArticleList(page, scores, skip, &lists);
  std::stable_sort(lists.begin(), lists.end(),
                   [](const ItemList& a, const ItemList& b) { return a.chars > b.chars; });
  // The lists kept never share an element or an item, nor hold one
  // another's: a list lying inside a kept one's element but beside its
  // items is a list of its own (a hub's "More" cards after its sections of
  // topics, the sections the larger list), one inside an item is a part of
  // that item. So the items kept are disjoint subtrees: a list's element
  // lies in one only if it lies in the last one starting at or before it,
  // and holds one if the next one starts inside it. Two lookups in their
  // ids, not a pass over every list kept: thousands of lists took seconds.
  std::vector<ItemList> outer;
  std::set<int> kept_items;
  // A kept list's element: the list's place in `outer`, its first and last
  // items as found (groups join within them, however many joined before),
  // and whether any joined (its items then want sorting, once at the end).
  struct KeptList {
    std::size_t place;
    int first;
    int last;
    bool joined;
  };
  std::unordered_map<int, KeptList> kept_parents;
  for (ItemList& l : lists) {
    if (const auto same = kept_parents.find(l.parent); same != kept_parents.end()) {
      // Another group of the same element's children set among its items is
      // more of them, built apart (a shop's grid whose tiles of one range
      // are each one link, where the others set their link beside their
      // text): its items between the list's first and last join it, those
      // holding no item kept before. Its items before or after them are
      // left out, as any second list of a kept list's element is: beside
      // the items, not among them, they are other links the element holds
      // ("Recently viewed" at the end of the grid's <ul>, built as its
      // one-link tiles are), not more of its items.
      KeptList& kept = same->second;
      ItemList& joined = outer[kept.place];
      for (int item : l.items) {
        if (item <= kept.first || item >= kept.last || kept_items.count(item) > 0) continue;
        const auto after = kept_items.upper_bound(item);
        if (after != kept_items.end() && Inside(page, item, *after)) continue;
        joined.items.push_back(item);
        joined.chars += scores.chars[item];
        kept_items.insert(item);
        kept.joined = true;
      }
      continue;
    }
    const auto after = kept_items.upper_bound(l.parent);
    const bool in_item = after != kept_items.begin() &&
                         (*std::prev(after) == l.parent || Inside(page, *std::prev(after), l.parent));
    const bool holds_item = after != kept_items.end() && Inside(page, l.parent, *after);
    if (in_item || holds_item) continue;
    kept_parents.emplace(l.parent, KeptList{outer.size(), l.items.front(), l.items.back(), false});
    kept_items.insert(l.items.begin(), l.items.end());
    outer.push_back(std::move(l));
  }
  // Items joined went on the end: back in page order, once per list, not
  // once per group joined (thousands of items in small groups).
  for (const auto& [parent, kept] : kept_parents) {
    if (kept.joined) std::sort(outer[kept.place].items.begin(), outer[kept.place].items.end());
  }
  // Groups joined may have made a list longer than one before it.
  std::stable_sort(outer.begin(), outer.end(),
                   [](const ItemList& a, const ItemList& b) { return a.chars > b.chars; });
  return outer;
}

void KeepItemLists(const Page& page, const Scores& scores, const PageTypeSignals& signals,
                   PageType type, Selection* sel) {
  const bool listed = type == PageType::kCollection || type == PageType::kListing ||
                      type == PageType::kDocumentation;
  // An article declared on a listing is a story's page typed by its teasers,
  // unless the articles declared are the listing's items.
  if (!listed || (signals.declares_article && !signals.lists_articles)) {
    return;
  }
  const std::vector<bool> chrome = ChromeForItems(page, scores);
  const std::vector<ItemList> lists = FindItemLists(page, scores, chrome);
  if (lists.empty()) return;
  // Hidden parts of an item: swatches and quick views shown on hover, but
  // not a panel the item's closed disclosure button opens (kFlagCollapsed:
  // a guide's summary under its title). And boxes no item holds of its own:
  // a newsletter's sign-up, a consent banner, a dialog, set in a row of the
  // grid like an item, and a <nav>: the site's navigation wherever it stands
  // (a category's pagination in a box after the tiles, taken as one more
  // item; a breadcrumb over the grid).
  const std::vector<bool> hidden = MarkSubtrees(page, [](const Node& n) {
    const bool opened = (n.flags & kFlagCollapsed) != 0;
    return (!opened && ((n.flags & kFlagHidden) || (n.hints & kHintHidden))) ||
           (n.flags & (kFlagDialog | kFlagNav)) != 0 ||
           (n.hints & (kHintNewsletter | kHintConsent | kHintOverlay)) != 0;
  });
  const int largest = lists.front().chars;
  int kept = 0;
  for (std::size_t b = 0; b < sel->decisions.size(); ++b) {
    if (sel->decisions[b].kept) kept += page.blocks[b].weighted_chars;
  }
  // Per block: how many kept lists open (+1) and close (-1) there.
  std::vector<int> taken(page.blocks.size() + 1, 0);
  bool any_taken = false;
  // The templates of the lists taken, their element's tag and class and
  // their first item's: a list of a template taken is the same kind of
  // content set beside it, however short (a hub's "Models", a column of
  // cards beside its longer "Spaces" and "Datasets"). A template is named by
  // classes, the list's and its items': bare lists (<ul><li>) are the
  // content's and a sidebar's "Popular" alike.
  using Template = std::tuple<int, std::uint32_t, int, std::uint32_t>;
  std::set<Template> templates;
  std::vector<int> headings;  // dropped headings right over a taken list
  // Per node: a region's root or inside one, read per list taken (the roots
  // scanned and sorted again per list took seconds over thousands of
  // lists); the roots are sorted once, after the lists joined them.
  std::vector<char> in_roots(page.nodes.size(), 0);
  {
    std::vector<int> open(page.nodes.size() + 1, 0);
    for (int r : sel->roots) {
      if (r < 0) continue;
      ++open[r];
      --open[page.nodes[r].end];
    }
    int depth = 0;
    for (std::size_t i = 0; i < page.nodes.size(); ++i) in_roots[i] = (depth += open[i]) > 0;
  }
  bool roots_added = false;
  for (const ItemList& list : lists) {
    const Node& p = page.nodes[list.parent];
    const Node& i = page.nodes[list.items.front()];
    const Template shape{p.tag, p.class_hash, i.tag, i.class_hash};
    const bool classed = p.class_hash != 0 && i.class_hash != 0;
    if ((list.chars < tuning::kMinorListShare * largest ||
         list.chars < tuning::kMinListShareOfKept * kept) &&
        (!classed || templates.count(shape) == 0)) {
      continue;
    }
    if (classed) templates.insert(shape);
    ++taken[p.block_begin];
    --taken[p.block_end];
    any_taken = true;
    // Text that nearly every item repeats is their buttons and labels.
    std::unordered_map<std::string_view, int> seen;
    for (int item : list.items) {
      std::unordered_set<std::string_view> own;
      for (int b = page.nodes[item].block_begin; b < page.nodes[item].block_end; ++b) {
        own.insert(page.blocks[b].text);
      }
      for (std::string_view t : own) ++seen[t];
    }
    const double repeated = tuning::kItemButtonShare * static_cast<double>(list.items.size());
    if (!in_roots[list.parent]) {
      sel->roots.push_back(list.parent);
      roots_added = true;
      // A list's element may hold one taken before (its "More" cards beside
      // its items): the subtrees marked already are passed over whole, so
      // each node is marked once.
      for (int n = list.parent; n < page.nodes[list.parent].end;) {
        if (in_roots[n]) {
          n = page.nodes[n].end;
        } else {
          in_roots[n++] = 1;
        }
      }
    }
    for (int item : list.items) {
      // A collection's item shows its title once, under its badges, and a
      // product's tile each of its lines once.
      const Node& n = page.nodes[item];
      const bool collection = type == PageType::kCollection;
      const bool tile = collection && n.block_end - n.block_begin <= tuning::kMaxTileBlocks;
      const int title = collection ? ItemTitle(page, hidden, item) : -1;
      std::unordered_set<std::string_view> shown;
      std::vector<int> doubled;  // lines written twice over, shown before their single copy
      for (int b = n.block_begin; b < n.block_end; ++b) {
        const TextBlock& block = page.blocks[b];
        if (b < title) {
          sel->decisions[b] = {false, "a badge over the item's title"};
          continue;
        }
        // A label of the item's data ("Weight:") repeats, and stays; so
        // does a row of a definition list, its <dt> term and its <dd>
        // value, though every item repeats both ("Gender", "Women's").
        const int tag = page.nodes[block.node].tag;
        const bool data = EndsWithColon(block.text) || tag == GUMBO_TAG_DT || tag == GUMBO_TAG_DD;
        const bool repeats = seen[block.text] >= repeated && !data;
        if (!sel->decisions[b].kept) {
          if (hidden[block.node] || block.chars == 0) continue;
          if (repeats) {
            sel->decisions[b] = {false, "repeated in every item"};
            continue;
          }
        } else if (repeats && IsButtonLine(block)) {
          // The region kept the item's text around its button ("Add to
          // wishlist" under each game's summary): the button goes all
          // the same.
          sel->decisions[b] = {false, "repeated in every item"};
          continue;
        }
        if (tile && block.chars > 0) {
          if (ShownAlready(block.text, shown)) {
            sel->decisions[b] = {false, "the tile's own line again"};
            continue;
          }
          if (!DoubledLine(block.text).empty()) doubled.push_back(b);
          shown.insert(block.text);
        }
        if (!sel->decisions[b].kept) sel->decisions[b] = {true, "item of a listing"};
      }
      // A line written twice over goes too when the tile shows it once
      // after it: the tile shows the price once, whichever box comes first.
      for (int b : doubled) {
        if (shown.count(DoubledLine(page.blocks[b].text)) > 0) {
          sel->decisions[b] = {false, "the tile's own line again"};
        }
      }
    }
    // The heading right over the list's first item, dropped.
    const int over = page.nodes[list.items.front()].block_begin - 1;
    if (over >= 0 && !sel->decisions[over].kept &&
        page.blocks[over].kind == BlockKind::kHeading && !chrome[page.blocks[over].node] &&
        !hidden[page.blocks[over].node]) {
      headings.push_back(over);
    }
  }
  if (roots_added) std::sort(sel->roots.begin(), sel->roots.end());
  if (!any_taken) return;
  // Lists taken each under a heading of one level, tuning::kMinHeadedLists
  // or more, are the page's sections ("Models", "Spaces" and "Datasets",
  // each over its column of cards): their headings, dropped before the
  // items joined (as the headings of link lists), stay. One list under a
  // heading is as often a strip of other pages ("More from the show").
  std::unordered_map<int, int> at_level;
  for (int h : headings) ++at_level[page.blocks[h].level];
  for (int h : headings) {
    if (at_level[page.blocks[h].level] >= tuning::kMinHeadedLists) {
      sel->decisions[h] = {true, "the heading over a kept list"};
    }
  }
  if (type != PageType::kDocumentation) KeepListingLead(page, chrome, sel);
  // The items are the content: a comment section beside them (readers
  // discussing the list) is not, though its text may be the page's longest.
  const std::vector<bool> in_comments =
      MarkSubtrees(page, [](const Node& n) { return (n.hints & kHintComments) != 0; });
  int open_lists = 0;  // kept lists holding block b
  // On a collection, a run of short kept lines outside the items, no
  // sentence among them, is the grid's panel of filters and tabs ("Genres",
  // "Price", a facet's count "36075" beside its dropped link): the items'
  // own short lines stand inside them, the editorial text reads as prose.
  std::vector<int> run;
  const auto drop_run = [&] {
    if (static_cast<int>(run.size()) >= tuning::kMinFilterRun) {
      for (int r : run) sel->decisions[r] = {false, "a filter panel beside the items"};
    }
    run.clear();
  };
  for (std::size_t b = 0; b < sel->decisions.size(); ++b) {
    open_lists += taken[b];
    if (!sel->decisions[b].kept) continue;
    const TextBlock& block = page.blocks[b];
    if (type == PageType::kCollection) {
      if (open_lists == 0 && block.words <= tuning::kMaxFilterWords && !block.ends_sentence &&
          block.kind != BlockKind::kHeading) {
        run.push_back(static_cast<int>(b));
      } else {
        drop_run();
      }
    }
    if (!in_comments[block.node]) continue;
    if (open_lists == 0) sel->decisions[b] = {false, "comments beside the items"};
  }
  drop_run();
}

}  // namespace pith::internal
