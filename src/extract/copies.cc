// Stage 6c, copies: see copies.h.

#include "extract/copies.h"

#include <gumbo.h>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/utf8.h"
#include "extract/hints.h"
#include "extract/tuning.h"

namespace pith::internal {
namespace {

constexpr std::uint64_t kHashBase = 0x100000001b3ULL;

// The kept blocks in document order, with prefix hashes and sums that give
// any element's kept text (a contiguous run of them) its hash and size.
struct KeptRuns {
  std::vector<int> blocks;         // the kept blocks
  std::vector<int> rank;           // per block (and one past): kept blocks before it
  std::vector<std::uint64_t> hash; // polynomial prefix hashes over the kept texts
  std::vector<std::uint64_t> power;
  std::vector<long long> chars;    // prefix sums of weighted characters
  std::vector<int> quotes;         // prefix counts of quotations
  std::vector<int> data;           // prefix counts of blocks but paragraphs and headings
  // The same over the kept blocks of tuning::kShortBlockChars or more only
  // (per kept block and one past: such blocks before it), for NearCopy.
  std::vector<int> lines;
  std::vector<std::uint64_t> line_hash;
  std::vector<std::uint64_t> line_power;
  std::vector<long long> line_chars;

  KeptRuns(const Page& page, const Selection& sel) {
    rank.reserve(page.blocks.size() + 1);
    hash.push_back(0);
    power.push_back(1);
    chars.push_back(0);
    quotes.push_back(0);
    data.push_back(0);
    line_hash.push_back(0);
    line_power.push_back(1);
    line_chars.push_back(0);
    const std::hash<std::string_view> hasher;
    for (std::size_t b = 0; b < page.blocks.size(); ++b) {
      rank.push_back(static_cast<int>(blocks.size()));
      if (!sel.decisions[b].kept) continue;
      blocks.push_back(static_cast<int>(b));
      // +1: an empty text still counts as a block of the run.
      hash.push_back(hash.back() * kHashBase + hasher(page.blocks[b].text) + 1);
      power.push_back(power.back() * kHashBase);
      chars.push_back(chars.back() + page.blocks[b].weighted_chars);
      quotes.push_back(quotes.back() + (page.blocks[b].kind == BlockKind::kQuote ? 1 : 0));
      const BlockKind kind = page.blocks[b].kind;
      data.push_back(data.back() +
                     (kind == BlockKind::kParagraph || kind == BlockKind::kHeading ? 0 : 1));
      lines.push_back(static_cast<int>(line_chars.size()) - 1);
      if (page.blocks[b].weighted_chars < tuning::kShortBlockChars) continue;
      line_hash.push_back(line_hash.back() * kHashBase + hasher(page.blocks[b].text) + 1);
      line_power.push_back(line_power.back() * kHashBase);
      line_chars.push_back(line_chars.back() + page.blocks[b].weighted_chars);
    }
    rank.push_back(static_cast<int>(blocks.size()));
    lines.push_back(static_cast<int>(line_chars.size()) - 1);
  }

  std::uint64_t LineHash(int begin, int end) const {
    return line_hash[end] - line_hash[begin] * line_power[end - begin];
  }

  std::uint64_t Hash(int begin, int end) const {
    return hash[end] - hash[begin] * power[end - begin];
  }

  // Whether the `count` kept blocks from `copy` repeat those from `a` (the
  // texts, not only their hashes).
  bool SameText(const Page& page, int a, int copy, int count) const {
    for (int i = 0; i < count; ++i) {
      if (page.blocks[blocks[copy + i]].text != page.blocks[blocks[a + i]].text) return false;
    }
    return true;
  }
};

// Whether the `count` kept blocks from `begin` repeat, block by block, the
// `count` before them, and so do those before these or those after them:
// one of three copies or more in a row. The hashes are read first and the
// texts compared only for a row they find, whose copies then go: nested
// wrappers of one text said again and again (each holding the next) match
// the run before them without a third copy, and comparing their texts each
// time read the page once per wrapper.
bool InARowOfThreeCopies(const Page& page, const KeptRuns& kept, int begin, int count) {
  const int size = static_cast<int>(kept.blocks.size());
  const std::uint64_t key = kept.Hash(begin, begin + count);
  auto copy_at = [&](int at) {
    return at >= 0 && at + count <= size && kept.Hash(at, at + count) == key;
  };
  if (!copy_at(begin - count)) return false;
  const bool before = copy_at(begin - 2 * count);
  const bool after = copy_at(begin + count);
  if (!before && !after) return false;
  return kept.SameText(page, begin - count, begin, count) &&
         ((before && kept.SameText(page, begin - 2 * count, begin, count)) ||
          (after && kept.SameText(page, begin + count, begin, count)));
}

// Drops the kept blocks of every element of two kept blocks or more, lines
// of words only, that is one of three copies or more in a row but the first
// (InARowOfThreeCopies), however short: a ticker's line of words written
// again and again so that it scrolls without a seam, a slider's slide
// cloned on each side. Each element is compared once with its neighbours
// (a chain of wrappers of one run, once), and a dropped one's descendants
// are not read.
void DropTickerClones(const Page& page, const KeptRuns& kept, Selection* selection) {
  int compared_begin = -1, compared_end = -1;
  for (std::size_t i = 0; i < page.nodes.size();) {
    const Node& n = page.nodes[i];
    const int begin = kept.rank[n.block_begin];
    const int end = kept.rank[n.block_end];
    if (end - begin < tuning::kMinCopyBlocks) {
      i = static_cast<std::size_t>(n.end);
      continue;
    }
    ++i;
    if (begin == compared_begin && end == compared_end) continue;
    compared_begin = begin;
    compared_end = end;
    // Lines of words, not a table's rows or a list's items (data said again).
    const bool lines = kept.data[end] == kept.data[begin];
    if (!lines || !InARowOfThreeCopies(page, kept, begin, end - begin)) continue;
    for (int k = begin; k < end; ++k) {
      selection->decisions[kept.blocks[k]] = {false, "a copy of text kept before"};
    }
    i = static_cast<std::size_t>(n.end);
  }
}

// Whether every link of `block` leads to a page: a button whose link is a
// fragment or a script ("#", "javascript:") acts on the page itself (copies
// a command, opens a drawer), as no offer's does.
bool LeadsAway(const TextBlock& block) {
  if (block.links.empty()) return false;
  for (const LinkSpan& link : block.links) {
    const std::string_view href = TrimAsciiSpace(link.href);
    if (href.empty() || href.front() == '#' ||
        EqualsIgnoreCase(href.substr(0, 11), "javascript:")) {
      return false;
    }
  }
  return true;
}

// A box that can be a call to action: tuning::kMaxCallToActionBlocks
// blocks or fewer, among them a dropped button (a short block that is all
// link, LeadsAway) and some kept text, tuning::kMaxCallToActionChars
// weighted characters of it at most. Its key hashes all its blocks' texts,
// kept or not, so that only a box said again whole, button and all, matches
// it; the texts are read only for a box that can be one.
bool ReadCallToAction(const Page& page, const Selection& sel, const Node& n, std::uint64_t* key) {
  const int count = n.block_end - n.block_begin;
  if (count < 2 || count > tuning::kMaxCallToActionBlocks) return false;
  bool button = false;
  int kept_chars = 0;
  for (int b = n.block_begin; b < n.block_end; ++b) {
    const TextBlock& block = page.blocks[b];
    if (sel.decisions[b].kept) {
      kept_chars += block.weighted_chars;
    } else if (block.chars > 0 && block.link_chars == block.chars &&
               block.chars < tuning::kShortBlockChars && LeadsAway(block)) {
      button = true;
    }
  }
  if (!button || kept_chars == 0 || kept_chars > tuning::kMaxCallToActionChars) return false;
  const std::hash<std::string_view> hasher;
  std::uint64_t h = static_cast<std::uint64_t>(count);
  for (int b = n.block_begin; b < n.block_end; ++b) {
    h = h * kHashBase + hasher(page.blocks[b].text) + 1;
  }
  *key = h;
  return true;
}

// Drops every copy of a call to action the text says more than once: a box
// of a line or two and a button (ReadCallToAction) whose blocks, kept or
// not, are those of another such box, with the text's own words between
// each copy and the next (a kept block of tuning::kGoodBlockChars or more
// in no such box). A shortcode's "Begin learning with Babbel! Unlock 55%
// off" over "Get started", set after a section and again after another,
// is the site's offer, not the text, and so is its first copy. A slider's
// clones stand side by side, or with other slides only between them (each
// a box said again), and stay for DropCopies, which keeps the first; a
// box said once stays, as a pointer the text closes a section with does.
// Each element is read once, with its blocks when it is small enough.
void DropRepeatedCallsToAction(const Page& page, Selection* selection) {
  struct Box {
    std::uint64_t key;
    int begin, end;
  };
  std::vector<Box> boxes;
  int last_begin = -1, last_end = -1;
  for (const Node& n : page.nodes) {
    if (n.block_end == n.block_begin) continue;
    // Wrappers of one run of blocks come one after another, the outermost
    // first (only elements holding no block stand between them): each run
    // is read once.
    if (n.block_begin == last_begin && n.block_end == last_end) continue;
    last_begin = n.block_begin;
    last_end = n.block_end;
    std::uint64_t key = 0;
    if (ReadCallToAction(page, *selection, n, &key)) {
      boxes.push_back({key, n.block_begin, n.block_end});
    }
  }
  if (boxes.size() < 2) return;
  std::unordered_map<std::uint64_t, std::vector<int>> by_key;  // indices into boxes
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    by_key[boxes[i].key].push_back(static_cast<int>(i));
  }
  auto same = [&](const Box& a, const Box& b) {
    if (a.end - a.begin != b.end - b.begin) return false;
    for (int k = 0; k < a.end - a.begin; ++k) {
      if (page.blocks[a.begin + k].text != page.blocks[b.begin + k].text) return false;
    }
    return true;
  };
  // The boxes said again (each copy of the first of its key, in page
  // order, one after the other's end), and the blocks they cover.
  std::vector<std::vector<int>> repeated;
  std::vector<char> covered(page.blocks.size() + 1, 0);
  for (auto& [key, list] : by_key) {
    if (list.size() < 2) continue;
    std::vector<int> copies{list[0]};
    for (std::size_t i = 1; i < list.size(); ++i) {
      const Box& prev = boxes[copies.back()];
      const Box& box = boxes[list[i]];
      if (box.begin >= prev.end && same(boxes[list[0]], box)) copies.push_back(list[i]);
    }
    if (copies.size() < 2) continue;
    for (int i : copies) {
      std::fill(covered.begin() + boxes[i].begin, covered.begin() + boxes[i].end, 1);
    }
    repeated.push_back(std::move(copies));
  }
  if (repeated.empty()) return;
  // free_text[b]: kept blocks of good text before b in no box said again.
  std::vector<int> free_text(page.blocks.size() + 1, 0);
  for (std::size_t b = 0; b < page.blocks.size(); ++b) {
    free_text[b + 1] = free_text[b] + (selection->decisions[b].kept && !covered[b] &&
                                       page.blocks[b].weighted_chars >= tuning::kGoodBlockChars);
  }
  for (const std::vector<int>& copies : repeated) {
    bool apart = true;
    for (std::size_t i = 1; i < copies.size() && apart; ++i) {
      apart = free_text[boxes[copies[i]].begin] > free_text[boxes[copies[i - 1]].end];
    }
    if (!apart) continue;
    for (int i : copies) {
      for (int b = boxes[i].begin; b < boxes[i].end; ++b) {
        if (selection->decisions[b].kept) {
          selection->decisions[b] = {false, "a call to action said again"};
        }
      }
    }
  }
}

// Whether `cp` is part of a word: a letter or digit of any script (the
// spaces and the punctuation of the general, CJK and full-width blocks are
// not), or an underscore.
bool IsWordCodePoint(char32_t cp) {
  if (cp < 0x80) return IsAsciiAlnum(static_cast<char>(cp)) || cp == '_';
  if (IsSpace(cp) || (cp >= 0xA1 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7) return false;
  return !(cp >= 0x2000 && cp <= 0x2BFF) && !(cp >= 0x3000 && cp <= 0x303F) &&
         !(cp >= 0xFF00 && cp <= 0xFF0F) && !(cp >= 0xFE30 && cp <= 0xFE6F);
}

// Appends the hashes of `text`'s runs of four words in a row (words: runs
// of IsWordCodePoint), one a run, in order.
void AppendShingles(std::string_view text, std::vector<std::uint64_t>* out) {
  const std::hash<std::string_view> hasher;
  std::uint64_t words[4] = {0, 0, 0, 0};
  int count = 0;
  auto end_word = [&](std::size_t begin, std::size_t end) {
    words[count % 4] = hasher(text.substr(begin, end - begin));
    if (++count < 4) return;
    std::uint64_t h = 0;
    for (int k = count - 4; k < count; ++k) h = h * kHashBase + words[k % 4] + 1;
    out->push_back(h);
  };
  std::size_t word_begin = std::string_view::npos;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t at = pos;
    const bool in_word = IsWordCodePoint(NextCodePoint(text, &pos));
    if (in_word && word_begin == std::string_view::npos) {
      word_begin = at;
    } else if (!in_word && word_begin != std::string_view::npos) {
      end_word(word_begin, at);
      word_begin = std::string_view::npos;
    }
  }
  if (word_begin != std::string_view::npos) end_word(word_begin, text.size());
}

// Whether blocks `a` and `b` stand in one template: their elements, and the
// elements above each up to the one holding both, alike level by level (tag
// and class), as items of one list, cards or sections built alike are; read
// up to tuning::kMaxGridCardLevels levels, alike so far counts as alike.
bool InOneTemplate(const Page& page, int a, int b) {
  int x = page.blocks[a].node, y = page.blocks[b].node;
  for (int level = 0; level < tuning::kMaxGridCardLevels && x >= 0 && y >= 0; ++level) {
    if (x == y) return true;
    const Node& nx = page.nodes[x];
    const Node& ny = page.nodes[y];
    if (nx.tag != ny.tag || nx.class_hash != ny.class_hash) return false;
    x = nx.parent;
    y = ny.parent;
  }
  return true;
}

// On a product page, drops a kept block of tuning::kMinRewordedCopyShingles
// runs of four words or more when tuning::kRewordedCopyShare of them are in
// the blocks kept before it, and the block that said most of them first
// stands in another template (InOneTemplate): a tab retelling the
// description's paragraphs in other words around the same phrases
// ("Helichrysum oil (everlasting regeneration) – the jewel in the aroma,
// and ..." after "Everlasting regeneration. The jewel in the aroma, and
// ..."). Items of one template saying nearly the same (sections or variants
// told alike, a number or a name changed) stay; shorter blocks (a data
// sheet's lines, a variant's name) are not read. One read of each kept
// block, a map of the runs kept to the block that said each first, and a
// climb of a few levels per copy found.
void DropRewordedCopies(const Page& page, Selection* selection) {
  std::unordered_map<std::uint64_t, int> said;  // run -> the block that said it first
  // Per block said before, the runs of this one it said; only the entries
  // touched are reset, so a page of many blocks costs no clear of them all.
  std::vector<int> sources(page.blocks.size(), 0);
  std::vector<int> touched;
  std::vector<std::uint64_t> shingles;
  for (std::size_t b = 0; b < page.blocks.size(); ++b) {
    if (!selection->decisions[b].kept) continue;
    shingles.clear();
    AppendShingles(page.blocks[b].text, &shingles);
    if (static_cast<int>(shingles.size()) >= tuning::kMinRewordedCopyShingles) {
      int repeated = 0;
      for (std::uint64_t h : shingles) {
        const auto it = said.find(h);
        if (it == said.end()) continue;
        ++repeated;
        if (sources[it->second]++ == 0) touched.push_back(it->second);
      }
      // The block that said most of them, the earliest of equals.
      int top = -1;
      for (int source : touched) {
        if (top < 0 || sources[source] > sources[top] ||
            (sources[source] == sources[top] && source < top)) {
          top = source;
        }
      }
      const int top_runs = top < 0 ? 0 : sources[top];
      for (int source : touched) sources[source] = 0;
      touched.clear();
      const double enough = tuning::kRewordedCopyShare * static_cast<double>(shingles.size());
      if (repeated >= enough && top_runs >= enough &&
          !InOneTemplate(page, static_cast<int>(b), top)) {
        selection->decisions[b] = {false, "a copy of text kept before"};
        continue;
      }
    }
    for (std::uint64_t h : shingles) said.emplace(h, static_cast<int>(b));
  }
}

// Cuts out of a kept block of several lines the lines that say again, whole,
// the text of a good block kept before it (tuning::kGoodBlockChars): a
// product's tab repeating a paragraph of the description under its label
// ("Nutrients" over the paragraph on the vitamins), a store's full text
// opening with the teaser shown above it. One run of such lines in a row is
// cut (Selection::Shown), the line break before or after it with it; when
// what is left is shorter than tuning::kShortBlockChars (the tab's label
// alone), the whole block goes as a copy. A block shown in part already is
// left alone, and so is a block whose repeated lines are not in one run.
// One read of each kept block's text and a set of the kept texts.
void CutLinesKeptBefore(const Page& page, Selection* selection) {
  std::vector<char> shown(page.blocks.size(), 0);
  for (const Selection::Shown& part : selection->shown) shown[part.block] = 1;
  std::unordered_set<std::string_view> kept_texts;
  for (std::size_t b = 0; b < page.blocks.size(); ++b) {
    if (!selection->decisions[b].kept) continue;
    const TextBlock& block = page.blocks[b];
    const std::string_view text = block.text;
    if (!shown[b] && !kept_texts.empty() && text.find('\n') != std::string_view::npos) {
      std::size_t cut_from = 0, cut_until = 0;  // the run of repeated lines
      bool one_run = true;
      for (std::size_t start = 0; start <= text.size();) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        if (kept_texts.count(TrimAsciiSpace(text.substr(start, end - start))) > 0) {
          if (cut_until == cut_from) {
            cut_from = start;
          } else if (cut_until != start) {
            one_run = false;
          }
          cut_until = std::min(end + 1, text.size());
        }
        start = end + 1;
      }
      if (cut_until > cut_from && one_run) {
        // The line break before a run at the end goes with it.
        if (cut_until == text.size() && cut_from > 0) --cut_from;
        const std::string_view rest_before = TrimAsciiSpace(text.substr(0, cut_from));
        const std::string_view rest_after = TrimAsciiSpace(text.substr(cut_until));
        if (CountCodePoints(rest_before) + CountCodePoints(rest_after) <
            static_cast<std::size_t>(tuning::kShortBlockChars)) {
          selection->decisions[b] = {false, "a copy of text kept before"};
          continue;
        }
        selection->shown.push_back({static_cast<int>(b), 0, text.size(), cut_from, cut_until});
      }
    }
    if (block.weighted_chars >= tuning::kGoodBlockChars) kept_texts.insert(TrimAsciiSpace(text));
  }
}

// The first element met holding a kept run: where the run starts and ends
// (indices into KeptRuns::blocks), and the element.
struct RunHolder {
  int begin, end;
  int node;
};

// The copies of kept runs of blocks (DropCopies, after the calls to action
// and the tickers).
void DropCopiedRuns(const Page& page, PageType type, const KeptRuns& kept,
                    Selection* selection) {
  const bool product = type == PageType::kProduct;
  // Lone blocks are read too, but on a thread, where two posts in a row may
  // say the same (a member posting twice).
  const bool lone_blocks = type != PageType::kForum;
  const int min_blocks = lone_blocks ? 1 : tuning::kMinCopyBlocks;
  const int min_chars = lone_blocks ? tuning::kGoodBlockChars : tuning::kMinCopyChars;
  if (static_cast<int>(kept.blocks.size()) < 2 * min_blocks) return;
  // Per hash of a kept run, the first element holding it (the outermost,
  // as preorder meets it first).
  std::unordered_map<std::uint64_t, RunHolder> first;
  // The run compared last: wrappers of one run compare the same way, and a
  // chain of thousands of them must not compare it thousands of times.
  int compared_begin = -1, compared_end = -1;
  for (std::size_t i = 0; i < page.nodes.size();) {
    const Node& n = page.nodes[i];
    const int begin = kept.rank[n.block_begin];
    const int end = kept.rank[n.block_end];
    const int count = end - begin;
    if (count < min_blocks) {
      // Too little kept text here, and so in every descendant.
      i = static_cast<std::size_t>(n.end);
      continue;
    }
    // A short run is a copy only as a slider's clone.
    const bool short_run = kept.chars[end] - kept.chars[begin] < min_chars;
    const std::uint64_t key = kept.Hash(begin, end) ^ static_cast<std::uint64_t>(count);
    auto [it, inserted] = first.try_emplace(key, RunHolder{begin, end, static_cast<int>(i)});
    // A copy: the first holder ends before this one begins (wrappers of one
    // run share its start), no quotation is in it (a reply quoting a post
    // repeats it on purpose), and the texts are the same.
    if (inserted || it->second.begin + count > begin || kept.quotes[end] > kept.quotes[begin] ||
        (begin == compared_begin && end == compared_end)) {
      ++i;
      continue;
    }
    compared_begin = begin;
    compared_end = end;
    // A run of paragraphs; on a product page one good block anywhere; on
    // other pages one good block right after the same (the kept block
    // before it): a lead written once per screen size.
    const bool run = count >= tuning::kMinCopyBlocks &&
                     kept.chars[end] - kept.chars[begin] >= tuning::kMinCopyChars;
    const bool next = !short_run && count == 1 && kept.SameText(page, begin - 1, begin, 1);
    // Or a run however short when either copy is named a slider's clone
    // (kHintClone): a slide a looping slider writes again at its ends, a
    // customer's quote and name said twice.
    const bool clone = ((page.nodes[it->second.node].hints | n.hints) & kHintClone) != 0;
    if (((product && !short_run) || run || next || clone) &&
        kept.SameText(page, it->second.begin, begin, count)) {
      for (int k = begin; k < end; ++k) {
        selection->decisions[kept.blocks[k]] = {false, "a copy of text kept before"};
      }
      i = static_cast<std::size_t>(n.end);
      continue;
    }
    ++i;
  }
}

// Whether the kept blocks of tuning::kShortBlockChars or more in the kept
// run [b, e) say, one by one, those in [a, f) (the shorter ones skipped).
bool SameLines(const Page& page, const KeptRuns& kept, int a, int f, int b, int e) {
  auto next_line = [&](int k, int end) {
    while (k < end && page.blocks[kept.blocks[k]].weighted_chars < tuning::kShortBlockChars) ++k;
    return k;
  };
  a = next_line(a, f);
  b = next_line(b, e);
  while (a < f && b < e) {
    if (page.blocks[kept.blocks[a]].text != page.blocks[kept.blocks[b]].text) return false;
    a = next_line(a + 1, f);
    b = next_line(b + 1, e);
  }
  return a == f && b == e;
}

// Drops the kept blocks of an element whose kept lines of
// tuning::kShortBlockChars or more say, one by one, those of an element
// before it (neither inside the other), when they are tuning::kMinCopyBlocks
// lines and tuning::kMinCopyChars weighted characters or more and no
// quotation: a section written again for another screen size with its
// short decorations changed (a figure's caption, a name on an animated
// cursor, a "Check this out" sticker on one copy only), which the copies
// block by block (DropCopiedRuns) miss. What the copies say at length is
// the same; the short lines alone differ. Read like DropCopiedRuns: each
// element once, wrappers of one run once, and no descendant of an element
// with too few such lines.
void DropNearCopies(const Page& page, const KeptRuns& kept, Selection* selection) {
  std::unordered_map<std::uint64_t, RunHolder> first;  // per hash of the lines
  int compared_begin = -1, compared_end = -1;
  for (std::size_t i = 0; i < page.nodes.size();) {
    const Node& n = page.nodes[i];
    const int begin = kept.rank[n.block_begin];
    const int end = kept.rank[n.block_end];
    const int line_begin = kept.lines[begin];
    const int line_end = kept.lines[end];
    const int count = line_end - line_begin;
    if (count < tuning::kMinCopyBlocks) {
      i = static_cast<std::size_t>(n.end);
      continue;
    }
    ++i;
    if ((begin == compared_begin && end == compared_end) ||
        kept.line_chars[line_end] - kept.line_chars[line_begin] < tuning::kMinCopyChars ||
        kept.quotes[end] > kept.quotes[begin]) {
      continue;
    }
    compared_begin = begin;
    compared_end = end;
    const std::uint64_t key =
        kept.LineHash(line_begin, line_end) ^ static_cast<std::uint64_t>(count);
    auto [it, inserted] = first.try_emplace(key, RunHolder{begin, end, static_cast<int>(i) - 1});
    if (inserted || it->second.end > begin ||
        !SameLines(page, kept, it->second.begin, it->second.end, begin, end)) {
      continue;
    }
    for (int k = begin; k < end; ++k) {
      Decision& decision = selection->decisions[kept.blocks[k]];
      if (decision.kept) decision = {false, "a copy of text kept before"};
    }
    i = static_cast<std::size_t>(n.end);
  }
}

// On a thread, a kept block inside a quotation (TextBlock::quoted) whose
// text, of tuning::kShortBlockChars or more, is that of a kept block
// outside quotations: a reply quoting a post the page shows in full says
// its lines again. One set of the kept unquoted texts, one read of the
// kept quoted blocks.
void DropQuotedCopies(const Page& page, Selection* selection) {
  std::unordered_set<std::string_view> said;
  for (std::size_t b = 0; b < page.blocks.size(); ++b) {
    const TextBlock& block = page.blocks[b];
    if (selection->decisions[b].kept && !block.quoted) said.insert(TrimAsciiSpace(block.text));
  }
  std::vector<int> emptied;  // the quotations that lost blocks, each once
  std::unordered_set<int> met;
  for (std::size_t b = 0; b < page.blocks.size(); ++b) {
    const TextBlock& block = page.blocks[b];
    if (selection->decisions[b].kept && block.quoted &&
        block.weighted_chars >= tuning::kShortBlockChars &&
        said.count(TrimAsciiSpace(block.text)) > 0) {
      selection->decisions[b] = {false, "a quotation of a post kept"};
      int q = block.node;
      while (q >= 0 && page.nodes[q].tag != GUMBO_TAG_BLOCKQUOTE) q = page.nodes[q].parent;
      if (q >= 0 && met.insert(q).second) emptied.push_back(q);
    }
  }
  // A quotation left without a line of tuning::kShortBlockChars loses its
  // attribution ("rivermouse said:") too.
  for (const int q : emptied) {
    const Node& n = page.nodes[q];
    bool left = false;
    for (int b = n.block_begin; b < n.block_end && !left; ++b) {
      left =
          selection->decisions[b].kept && page.blocks[b].weighted_chars >= tuning::kShortBlockChars;
    }
    for (int b = n.block_begin; b < n.block_end && !left; ++b) {
      if (selection->decisions[b].kept)
        selection->decisions[b] = {false, "a quotation of a post kept"};
    }
  }
}

}  // namespace

void DropCopies(const Page& page, PageType type, Selection* selection) {
  if (type != PageType::kForum) DropRepeatedCallsToAction(page, selection);
  const KeptRuns kept(page, *selection);
  DropTickerClones(page, kept, selection);
  DropCopiedRuns(page, type, kept, selection);
  // A thread's posts may share their long lines on purpose (a reply
  // quoting a post in full without marking it a quotation).
  if (type != PageType::kForum) DropNearCopies(page, kept, selection);
  if (type == PageType::kProduct) DropRewordedCopies(page, selection);
  // A thread's reply quoting a post's paragraph under "X wrote:" stays.
  if (type != PageType::kForum) CutLinesKeptBefore(page, selection);
  if (type == PageType::kForum) DropQuotedCopies(page, selection);
}

}  // namespace pith::internal
