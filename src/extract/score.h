// Stage 5, score: blocks and nodes -> content scores in side tables indexed
// by block and node id. Never changes the page: a later pass can score the
// same tree again with other weights.
#ifndef PITH_SRC_SCORE_H_
#define PITH_SRC_SCORE_H_

#include <cstdint>
#include <vector>

#include "extract/blocks.h"

namespace pith::internal {

struct Scores {
  std::vector<double> block;      // per block: how much it reads like prose
  std::vector<double> candidate;  // per node: how much it looks like the article's container
  std::vector<int> chars;         // per node: weighted characters below it
  std::vector<int> link_chars;    // per node: weighted characters inside links below it
  std::vector<int> good_chars;    // per node: weighted characters of good blocks below it
};

// True when a block reads like prose on its own: long enough and few links.
bool IsGoodBlock(const TextBlock& block);

// True when one of the block's links leads to another page: a link that is
// no mere anchor of this one ("#p12": a thread's post titles link to the
// posts themselves; an in-page table of contents to its sections).
bool LinksOffPage(const TextBlock& block);

// A short block made of an amount and a currency symbol: "$1,299.00",
// "19,90 €", "From £12". Words around it are allowed ("From", "Now"), a
// sentence is not.
bool IsPrice(const TextBlock& block);

// Prefix sums of IsPrice over the blocks: a node holds
// prices[n.block_end] - prices[n.block_begin] of them.
std::vector<int> PricePrefix(const Page& page);

// True when a box whose class names a menu (kHintNav, and no chrome tag)
// holds a shop's grid: tuning::kMinCollectionTiles prices or more. Shops
// wrap the product grid in their pagination's box ("pagination",
// "filtering-and-pagination"); a menu or a pager lists no prices.
bool MenuWordedGrid(const Node& n, std::uint32_t chrome_hints, const std::vector<int>& prices);

// Prose: a block that is no heading, good (IsGoodBlock) and ending a
// sentence.
bool IsProse(const TextBlock& b);

// True when `n` holds a heading with prose after it (IsProse): a section of its own, whatever its class says. A photo's
// caption or credit, an ad, a site's header have no heading over a
// paragraph; a service's sections do. (Item lists and service pages ask it
// with the prose possibly a link's text, of every node at once: HeadedProse.)
bool HoldsHeadedProse(const Page& page, const Node& n);

// Whether a node holds a heading with prose after it, as HoldsHeadedProse
// says but the prose may be a link's text (a card whose whole box is a
// link: its title and summary), for every node from two tables over the
// blocks, the first heading and the first such prose at or after each:
// asked of each node, the blocks of a chain of thousands of nested promo
// boxes were read once per box.
class HeadedProse {
 public:
  explicit HeadedProse(const Page& page);

  bool Holds(const Node& n) const {
    const int h = heading_[n.block_begin];
    return h < n.block_end && prose_[h + 1] < n.block_end;
  }

 private:
  std::vector<int> heading_, prose_;
};

// Link density of a block: share of its characters inside <a>.
double LinkDensity(const TextBlock& block);

// Link density of node `id`: share of the weighted characters below it inside <a>.
double NodeLinkDensity(const Scores& scores, int id);

// Elements per tuning::kTagDensityChars weighted characters below node `id`.
double TagDensity(const Page& page, const Scores& scores, int id);

Scores ScoreBlocks(const Page& page);

}  // namespace pith::internal

#endif  // PITH_SRC_SCORE_H_
