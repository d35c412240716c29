// Stage 5, score: text length, punctuation and link density per block,
// propagated to ancestors (Readability's idea) and tilted by tags and
// class/id hints.
#include "extract/score.h"

#include <gumbo.h>

#include <algorithm>
#include <string_view>
#include <unordered_set>

#include "base/utf8.h"
#include "extract/hints.h"
#include "extract/tuning.h"

namespace pith::internal {
namespace {

// Elements that hold one paragraph of text, not a region of them.
bool IsTextLeaf(int tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI:
    case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_PRE: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_TR: case GUMBO_TAG_TH:
      return true;
    default:
      return false;
  }
}

double BlockScore(const TextBlock& b) {
  if (b.weighted_chars < tuning::kMinScoredChars) return 0;
  const double length = std::min(b.weighted_chars / tuning::kCharsPerPoint,
                                 tuning::kMaxLengthPoints);
  return (1.0 + b.commas + length) * (1.0 - LinkDensity(b));
}

double HintWeight(const Node& n) {
  double w = 0;
  if (n.hints & kHintPositive) w += tuning::kPositiveHintWeight;
  if (n.hints & kHintChromeMask) w += tuning::kNegativeHintWeight;
  if (n.flags & (kFlagNav | kFlagAside | kFlagFooter | kFlagDialog)) w += tuning::kNegativeHintWeight;
  if (n.flags & (kFlagArticle | kFlagMain)) w += tuning::kArticleTagWeight;
  if (n.hints & kHintArticleBody) w += tuning::kArticleBodyWeight;
  return w;
}

bool IsCurrencySymbol(char32_t cp) {
  return cp == '$' || cp == 0x20AC /* € */ || cp == 0xA3 /* £ */ || cp == 0xA5 /* ¥ */ ||
         (cp >= 0x20A0 && cp <= 0x20CF);  // the Currency Symbols block: ₹ ₩ ₽ ₺ ₪ ₫ ₴ ₦ ...
}

}  // namespace

double LinkDensity(const TextBlock& b) {
  return b.chars > 0 ? static_cast<double>(b.link_chars) / b.chars : 0.0;
}

bool IsGoodBlock(const TextBlock& b) {
  return b.weighted_chars >= tuning::kGoodBlockChars &&
         LinkDensity(b) < tuning::kMaxShortLinkDensity;
}

bool LinksOffPage(const TextBlock& b) {
  for (const LinkSpan& link : b.links) {
    if (!link.href.empty() && link.href[0] != '#') return true;
  }
  return false;
}

bool IsPrice(const TextBlock& b) {
  if (b.chars > tuning::kMaxPriceChars) return false;
  std::size_t i = 0;
  bool symbol = false, digit = false;
  while (i < b.text.size()) {
    const char32_t cp = NextCodePoint(b.text, &i);
    symbol = symbol || IsCurrencySymbol(cp);
    digit = digit || (cp >= '0' && cp <= '9');
  }
  return symbol && digit;
}

std::vector<int> PricePrefix(const Page& page) {
  std::vector<int> sums(page.blocks.size() + 1, 0);
  for (std::size_t b = 0; b < page.blocks.size(); ++b) {
    sums[b + 1] = sums[b] + (IsPrice(page.blocks[b]) ? 1 : 0);
  }
  return sums;
}

bool MenuWordedGrid(const Node& n, std::uint32_t chrome_hints, const std::vector<int>& prices) {
  return chrome_hints == kHintNav && (n.flags & kFlagsChromeTags) == 0 &&
         prices[n.block_end] - prices[n.block_begin] >= tuning::kMinCollectionTiles;
}

bool IsProse(const TextBlock& b) {
  return b.kind != BlockKind::kHeading && b.ends_sentence && IsGoodBlock(b);
}

bool HoldsHeadedProse(const Page& page, const Node& n) {
  bool heading = false;
  for (int b = n.block_begin; b < n.block_end; ++b) {
    const TextBlock& block = page.blocks[b];
    if (block.kind == BlockKind::kHeading) {
      heading = true;
    } else if (heading && IsProse(block)) {
      return true;
    }
  }
  return false;
}

HeadedProse::HeadedProse(const Page& page)
    : heading_(page.blocks.size() + 1), prose_(page.blocks.size() + 1) {
  const int count = static_cast<int>(page.blocks.size());
  heading_[count] = prose_[count] = count;
  for (int b = count - 1; b >= 0; --b) {
    const TextBlock& block = page.blocks[b];
    const bool heading = block.kind == BlockKind::kHeading;
    heading_[b] = heading ? b : heading_[b + 1];
    prose_[b] = !heading && block.ends_sentence && block.weighted_chars >= tuning::kGoodBlockChars
                    ? b
                    : prose_[b + 1];
  }
}

double NodeLinkDensity(const Scores& scores, int id) {
  return scores.chars[id] > 0 ? static_cast<double>(scores.link_chars[id]) / scores.chars[id] : 0;
}

double TagDensity(const Page& page, const Scores& scores, int id) {
  const int elements = page.nodes[id].end - id - 1;  // preorder: descendants follow their node
  return elements * tuning::kTagDensityChars / std::max(1, scores.chars[id]);
}

Scores ScoreBlocks(const Page& page) {
  const std::size_t n = page.nodes.size();
  Scores s;
  s.block.resize(page.blocks.size());
  s.candidate.assign(n, 0.0);
  s.chars.assign(n, 0);
  s.link_chars.assign(n, 0);
  s.good_chars.assign(n, 0);
  std::vector<double> raw(n, 0.0);
  std::unordered_set<std::string_view> seen;  // texts of the blocks scored so far
  seen.reserve(page.blocks.size());

  for (std::size_t i = 0; i < page.blocks.size(); ++i) {
    const TextBlock& b = page.blocks[i];
    const int weighted_links =
        b.chars > 0 ? static_cast<int>(static_cast<long long>(b.link_chars) * b.weighted_chars /
                                       b.chars)
                    : 0;
    s.chars[b.node] += b.weighted_chars;
    s.link_chars[b.node] += weighted_links;
    if (IsGoodBlock(b)) s.good_chars[b.node] += b.weighted_chars;
    const double score = BlockScore(b);
    s.block[i] = score;
    if (score <= 0) continue;
    // A second copy of a block (a banner or a menu written once for phones
    // and once for desktops) adds nothing to its containers' weight.
    if (!seen.insert(std::string_view(b.text)).second) continue;
    // The holder of the text is a candidate only when it is a container.
    int node = b.node;
    if (!IsTextLeaf(page.nodes[node].tag)) raw[node] += score * tuning::kParentShare;
    node = page.nodes[node].parent;
    for (int level = 1; node >= 0 && level <= tuning::kPropagationLevels; ++level) {
      double share = level == 1   ? tuning::kParentShare
                     : level == 2 ? tuning::kGrandparentShare
                                  : 1.0 / (tuning::kFarDecay * level);
      raw[node] += score * share;
      node = page.nodes[node].parent;
    }
  }
  // Bottom-up sums: descendants have larger ids than their ancestors.
  for (std::size_t i = n; i-- > 1;) {
    const int parent = page.nodes[i].parent;
    if (parent < 0) continue;
    s.chars[parent] += s.chars[i];
    s.link_chars[parent] += s.link_chars[i];
    s.good_chars[parent] += s.good_chars[i];
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (raw[i] <= 0) continue;
    const double density = NodeLinkDensity(s, static_cast<int>(i));
    const double tag_density = TagDensity(page, s, static_cast<int>(i));
    const double markup = tag_density > tuning::kMaxTagDensity
                              ? tuning::kMaxTagDensity / tag_density
                              : 1.0;
    s.candidate[i] = raw[i] * (1.0 - density) * markup + HintWeight(page.nodes[i]);
  }
  return s;
}

}  // namespace pith::internal
