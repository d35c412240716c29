// Stage 6c, copies: see copies.h.

#include "extract/copies.h"

#include <cstdint>
#include <functional>
#include <string_view>
#include <unordered_map>
#include <vector>

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

  KeptRuns(const Page& page, const Selection& sel) {
    rank.reserve(page.blocks.size() + 1);
    hash.push_back(0);
    power.push_back(1);
    chars.push_back(0);
    quotes.push_back(0);
    data.push_back(0);
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
    }
    rank.push_back(static_cast<int>(blocks.size()));
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

}  // namespace

void DropCopies(const Page& page, PageType type, Selection* selection) {
  const KeptRuns kept(page, *selection);
  DropTickerClones(page, kept, selection);
  const bool product = type == PageType::kProduct;
  // Lone blocks are read too, but on a thread, where two posts in a row may
  // say the same (a member posting twice).
  const bool lone_blocks = type != PageType::kForum;
  const int min_blocks = lone_blocks ? 1 : tuning::kMinCopyBlocks;
  const int min_chars = lone_blocks ? tuning::kGoodBlockChars : tuning::kMinCopyChars;
  if (static_cast<int>(kept.blocks.size()) < 2 * min_blocks) return;
  // Per hash of a kept run, where the first element holding it starts
  // (an index into kept.blocks).
  std::unordered_map<std::uint64_t, int> first;
  // The run compared last: wrappers of one run compare the same way, and a
  // chain of thousands of them must not compare it thousands of times.
  int compared_begin = -1, compared_end = -1;
  for (std::size_t i = 0; i < page.nodes.size();) {
    const Node& n = page.nodes[i];
    const int begin = kept.rank[n.block_begin];
    const int end = kept.rank[n.block_end];
    const int count = end - begin;
    if (count < min_blocks || kept.chars[end] - kept.chars[begin] < min_chars) {
      // Too little kept text here, and so in every descendant.
      i = static_cast<std::size_t>(n.end);
      continue;
    }
    const std::uint64_t key = kept.Hash(begin, end) ^ static_cast<std::uint64_t>(count);
    auto [it, inserted] = first.try_emplace(key, begin);
    // A copy: the first holder ends before this one begins (wrappers of one
    // run share its start), no quotation is in it (a reply quoting a post
    // repeats it on purpose), and the texts are the same.
    if (inserted || it->second + count > begin || kept.quotes[end] > kept.quotes[begin] ||
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
    const bool next = count == 1 && kept.SameText(page, begin - 1, begin, 1);
    if ((product || run || next) && kept.SameText(page, it->second, begin, count)) {
      for (int k = begin; k < end; ++k) {
        selection->decisions[kept.blocks[k]] = {false, "a copy of text kept before"};
      }
      i = static_cast<std::size_t>(n.end);
      continue;
    }
    ++i;
  }
}

}  // namespace pith::internal
