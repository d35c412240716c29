// Stage 6, select: the main region and the chrome inside it.
#include "extract/select.h"

#include <unordered_map>

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <utility>
#include <unordered_set>

#include "extract/hints.h"
#include "extract/tuning.h"
#include "base/bytes_text.h"
#include "base/compose.h"
#include "base/url.h"
#include "base/utf8.h"

namespace pith::internal {
namespace {

constexpr char kMainContent[] = "main content";
constexpr char kPostHead[] = "the poster and date of a post";
constexpr char kOutsideRegion[] = "outside the main region";
constexpr char kShortAtEdge[] = "short, at the edge of the text";
// A heading TrimEdges drops with no text of its own after it, which
// KeepServiceHeadings reads back.
constexpr char kHeadingWithoutText[] = "heading with no text after it";
constexpr char kShortPost[] = "a short post, set as the posts' text";
// The lead KeepLead keeps before the text, which KeepBetweenKept may read
// past (`after_lead`).
constexpr char kLeadOverHeadline[] = "lead, over the headline in its box";
constexpr char kLeadBeforeText[] = "lead, between the title and the text";
// Reasons later passes read back: a caption dropped in the region, and the
// prefix of a block dropped for its links ("link density 0.82").
constexpr char kCaption[] = "caption";
constexpr char kLinkDensity[] = "link density";
// A label kept in the text whose words a chrome label repeats
// (DropRepeatsOfChromeLabels), which a product's pass does not read back.
constexpr char kRepeatsChromeLabel[] = "repeats a chrome label";
// Reasons a kept heading right over such blocks goes with (DropHeadingsOver).
constexpr char kPickerLabel[] = "an option picker's label";
constexpr char kCartBox[] = "the buy box's";

bool Contains(const Node& ancestor, int ancestor_id, int id) {
  return id > ancestor_id && id < ancestor.end;
}

// Where block `b` sits: its element's tag and class, and its parent's (the
// posts' text in its "cooked" boxes, a post's counters in its bar).
using Place = std::tuple<int, std::uint32_t, int, std::uint32_t>;
Place PlaceOf(const Page& page, int b) {
  const Node& n = page.nodes[page.blocks[b].node];
  const Node& up = n.parent >= 0 ? page.nodes[n.parent] : n;
  return Place{n.tag, n.class_hash, up.tag, up.class_hash};
}

// Why a node is chrome, or nullptr. Without `use_hints`, only tags and
// hidden elements count.
const char* ChromeReason(const Node& n, bool use_hints = true) {
  if (n.flags & kFlagHidden) return "hidden";
  // A class on <html> or <body> describes the page ("single-post
  // has-sidebar"), never a part of it.
  if (n.parent < 0 || (n.flags & kFlagBody)) return nullptr;
  if (n.hints & kHintArticleBody) return nullptr;
  if (n.flags & kFlagNav) return "inside <nav>";
  if (n.flags & kFlagAside) return "inside <aside>";
  if (n.flags & kFlagFooter) return "inside <footer>";
  if (n.flags & kFlagHeader) return "inside <header>";
  if (n.flags & kFlagForm) return "inside <form>";
  if (n.flags & kFlagDialog) return "inside <dialog>";
  if (n.flags & kFlagNoscript) return "inside <noscript>";
  if (use_hints && (n.hints & kHintChromeMask)) return ChromeHintReason(n.hints);
  return nullptr;
}

// Chrome categories strong enough that nothing inside them can be the article.
constexpr std::uint32_t kHintExcludesCandidates = kHintNav | kHintRecommended | kHintConsent |
                                                  kHintComments | kHintShare | kHintSidebar |
                                                  kHintAds | kHintNewsletter | kHintFooter |
                                                  kHintOverlay;

// True when no descendant of `n` may be the article's container: hidden,
// <nav>/<aside>/<footer>/<dialog>, or marked chrome without positive
// evidence ("content-sidebar-wrap" holds the content; <body class="sidebar">
// holds everything).
bool ExcludesCandidates(const Node& n) {
  if (n.parent < 0 || (n.flags & kFlagBody)) return false;
  if (n.flags & kFlagHidden) return true;
  if (n.hints & (kHintPositive | kHintArticleBody)) return false;
  if (n.flags & (kFlagNav | kFlagAside | kFlagFooter | kFlagDialog)) return true;
  return (n.hints & kHintExcludesCandidates) != 0;
}

// The page's main content declared outright: <main>, role="main",
// itemprop="articleBody". Stronger than any class word of an ancestor
// ("container no-sub-nav" holds the page). <article> is not: lists of
// teasers are made of them.
bool DeclaresMainContent(const Node& n) {
  return (n.flags & kFlagMain) || (n.hints & kHintArticleBody);
}

// Per node: inside (or at) a node that excludes candidates, unless a node on
// the way declares the main content.
std::vector<bool> ExcludedBelow(const Page& page, const Scores& scores) {
  std::vector<bool> excluded(page.nodes.size(), false);
  const double protect = tuning::kProtectShare * scores.good_chars[0];
  for (std::size_t i = 0; i < page.nodes.size(); ++i) {
    const Node& n = page.nodes[i];
    const bool inherited = n.parent >= 0 && excluded[n.parent] && !DeclaresMainContent(n);
    // A class word on a wrapper of most of the page's text is the layout's
    // ("container penci-sidebar" holds the post beside its sidebar), but
    // for a consent box's: a cookie preference center ("onetrust-consent-sdk")
    // holds most of the text of a page whose own text is short or split
    // into small boxes, and is still no place for it.
    const bool layout = ChromeReason(n, /*use_hints=*/false) == nullptr &&
                        scores.good_chars[i] >= protect && scores.good_chars[i] > 0 &&
                        !(n.hints & kHintConsent);
    excluded[i] = inherited || (ExcludesCandidates(n) && !DeclaresMainContent(n) && !layout);
  }
  return excluded;
}

// Per node: inside (or at) a hidden element.
std::vector<bool> HiddenBelow(const Page& page) {
  return MarkSubtrees(page, [](const Node& n) { return (n.flags & kFlagHidden) != 0; });
}

// True when node `id` is inside (or at) a hidden element, as HiddenBelow()
// says, read by climbing to the first hidden or known node: `known` keeps
// what each climb learnt, so the calls of one pass cost the nodes they meet,
// not the page (a pass run once per section of a page of many sections).
bool IsHiddenAt(const Page& page, int id, std::unordered_map<int, bool>* known) {
  std::vector<int> path;
  bool hidden = false;
  for (int a = id; a >= 0; a = page.nodes[a].parent) {
    if (const auto it = known->find(a); it != known->end()) {
      hidden = it->second;
      break;
    }
    path.push_back(a);
    if (page.nodes[a].flags & kFlagHidden) {
      hidden = true;
      break;
    }
  }
  for (int a : path) (*known)[a] = hidden;
  return hidden;
}

int TopCandidate(const Page& page, const Scores& scores, const std::vector<bool>& excluded) {
  int top = -1;
  for (std::size_t i = 0; i < page.nodes.size(); ++i) {
    if (excluded[i] || scores.candidate[i] <= 0) continue;
    if (top < 0 || scores.candidate[i] > scores.candidate[top]) top = static_cast<int>(i);
  }
  return top;
}

// When several strong candidates lie outside the top one, the article is
// split over containers: climb to the ancestor that holds enough of them.
int ClimbToAlternatives(const Page& page, const Scores& scores,
                        const std::vector<bool>& excluded, int top) {
  std::vector<int> ranked;
  for (std::size_t i = 0; i < page.nodes.size(); ++i) {
    if (!excluded[i] && scores.candidate[i] > 0) ranked.push_back(static_cast<int>(i));
  }
  const std::size_t keep =
      std::min<std::size_t>(ranked.size(), tuning::kAlternativesConsidered + 1);
  std::partial_sort(ranked.begin(), ranked.begin() + keep, ranked.end(), [&](int a, int b) {
    return scores.candidate[a] > scores.candidate[b];
  });
  ranked.resize(keep);
  std::vector<int> alternatives;
  for (int c : ranked) {
    if (c == top || Contains(page.nodes[top], top, c) || Contains(page.nodes[c], c, top)) continue;
    if (scores.candidate[c] >= tuning::kAlternativeShare * scores.candidate[top]) {
      alternatives.push_back(c);
    }
  }
  if (static_cast<int>(alternatives.size()) < tuning::kMinAlternatives) return top;
  for (int up = page.nodes[top].parent; up >= 0; up = page.nodes[up].parent) {
    if (page.nodes[up].flags & kFlagBody) break;
    int held = 0;
    for (int c : alternatives) held += Contains(page.nodes[up], up, c);
    if (held >= tuning::kMinAlternatives) return up;
  }
  return top;
}

// Whether block `b` is one link whole (its words all inside it, but for a
// space), and that link's address.
const LinkSpan* WholeLink(const TextBlock& b) {
  return b.links.size() == 1 && b.link_chars + 1 >= b.chars ? &b.links.front() : nullptr;
}

// Whether node `id` holds its blocks in tuning::kMinTeaserCards or more
// children of one template (TemplateKey, a class written) only, each
// opening with a heading that is one link whole to another page: teasers
// of other posts, each card's title leading to its page.
bool TeasersOnly(const Page& page, int id) {
  const Node& n = page.nodes[id];
  int cards = 0;
  std::uint64_t key = 0;
  for (int c = id + 1; c < n.end; c = page.nodes[c].end) {
    const Node& card = page.nodes[c];
    if (card.block_begin == card.block_end) continue;
    if (card.class_hash == 0 || (cards > 0 && TemplateKey(card) != key)) return false;
    const TextBlock& head = page.blocks[card.block_begin];
    // A heading linking to itself (its permalink: "#usage") opens a
    // section of the page's own text.
    if (head.kind != BlockKind::kHeading || WholeLink(head) == nullptr || !LinksOffPage(head)) {
      return false;
    }
    key = TemplateKey(card);
    ++cards;
  }
  return cards >= tuning::kMinTeaserCards;
}

// On a story whose top candidate is teasers of other posts (TeasersOnly)
// or one card of them, the best candidate outside their box scoring
// tuning::kSiblingShare of the top or more: the post itself, short beside
// the teasers, with `*passed` set to the teasers' box; else the top.
int StepOffTeasers(const Page& page, const Scores& scores, const std::vector<bool>& excluded,
                   int top, int* passed) {
  int box = top;
  if (!TeasersOnly(page, box)) {
    box = page.nodes[top].parent;
    if (box < 0 || !TeasersOnly(page, box)) return top;
  }
  int best = -1;
  for (std::size_t i = 0; i < page.nodes.size(); ++i) {
    const int c = static_cast<int>(i);
    if (excluded[i] || c == box || Contains(page.nodes[box], box, c) ||
        Contains(page.nodes[c], c, box) ||
        scores.candidate[i] < tuning::kSiblingShare * scores.candidate[top]) {
      continue;
    }
    if (best < 0 || scores.candidate[i] > scores.candidate[best]) best = c;
  }
  if (best < 0) return top;
  *passed = box;
  return best;
}

// The index of the one block node `id` holds, or -1 when it holds none or
// several.
int SoleBlock(const Page& page, int id) {
  const Node& n = page.nodes[id];
  return n.block_end - n.block_begin == 1 ? n.block_begin : -1;
}

bool IsParagraphLike(const Page& page, const Scores& scores, int id) {
  const int sole = SoleBlock(page, id);
  if (sole < 0) return false;
  const TextBlock& b = page.blocks[sole];
  return b.weighted_chars >= tuning::kSiblingParagraphChars &&
         LinkDensity(b) < tuning::kSiblingParagraphLinkDensity && b.ends_sentence &&
         scores.block[sole] > 0;
}

// A box of prose: paragraphs each ending a sentence (and headings over
// them with `headings`), holding tuning::kSectionMinGoodChars of good text
// or more with few links (under tuning::kSiblingLinkDensity). A box of the
// site's lines (a label, a teaser's title, a line of terms ending no
// sentence) is none.
bool IsProseBox(const Page& page, const Scores& scores, int id, bool headings) {
  const Node& n = page.nodes[id];
  if (scores.good_chars[id] < tuning::kSectionMinGoodChars ||
      NodeLinkDensity(scores, id) >= tuning::kSiblingLinkDensity) {
    return false;
  }
  for (int b = n.block_begin; b < n.block_end; ++b) {
    const TextBlock& block = page.blocks[b];
    if (headings && block.kind == BlockKind::kHeading) continue;
    if (block.kind != BlockKind::kParagraph || !block.ends_sentence) return false;
  }
  return true;
}

// A story's lead set in a box of its own: paragraphs only (IsProseBox).
bool IsLeadBox(const Page& page, const Scores& scores, int id) {
  return IsProseBox(page, scores, id, /*headings=*/false);
}

// A box of prose under its headings (IsProseBox).
bool IsProseSection(const Page& page, const Scores& scores, int id) {
  return IsProseBox(page, scores, id, /*headings=*/true);
}

// Good text of the paragraphs inside node `id` but outside node `skip`.
int ParagraphCharsBeside(const Page& page, int id, int skip) {
  int chars = 0;
  for (int b = page.nodes[id].block_begin; b < page.nodes[id].block_end; ++b) {
    const TextBlock& block = page.blocks[b];
    if (b >= page.nodes[skip].block_begin && b < page.nodes[skip].block_end) continue;
    if (block.kind == BlockKind::kParagraph && IsGoodBlock(block) && block.ends_sentence &&
        ChromeReason(page.nodes[block.node]) == nullptr) {
      chars += block.weighted_chars;
    }
  }
  return chars;
}

// On a story whose top candidate is a list (its references, longer than
// the abstract before them), climbs to the nearest ancestor, up to
// tuning::kListClimbLevels, that holds paragraphs beside the list: the
// list is a part of the story, not the story.
int ClimbFromAList(const Page& page, const std::vector<bool>& excluded, int top) {
  const Node& t = page.nodes[top];
  if (t.tag != GUMBO_TAG_OL && t.tag != GUMBO_TAG_UL) return top;
  int up = t.parent;
  for (int level = 0; level < tuning::kListClimbLevels && up >= 0; ++level) {
    const Node& n = page.nodes[up];
    if ((n.flags & kFlagBody) || n.parent < 0 || excluded[up]) break;
    if (ParagraphCharsBeside(page, up, top) >= 2 * tuning::kSiblingParagraphChars) {
      return up;
    }
    up = n.parent;
  }
  return top;
}

// How block `b` reads as a headline, from the elements holding its text.
struct Headline {
  // A heading, or text a heading element wraps in a <div> or <span> of its
  // own (<h1><div>Title</div></h1>).
  bool heading = false;
  // The text of an <h1>: its own node or one of the two above it
  // (<h1><div><span>Title</span></div></h1>).
  bool h1 = false;
};

Headline ReadHeadline(const Page& page, const TextBlock& b) {
  Headline h;
  h.heading = b.kind == BlockKind::kHeading;
  int up = b.node;
  for (int level = 0; level < 3 && up >= 0; ++level, up = page.nodes[up].parent) {
    const int tag = page.nodes[up].tag;
    if (level < 2 && IsHeadingTag(tag)) h.heading = true;
    if (tag == GUMBO_TAG_H1) h.h1 = true;
  }
  return h;
}

// Climbs from the top candidate while the parent adds no good text: the
// paragraphs' container is often wrapped many times, and its siblings (other
// sections of the story) sit beside the outermost wrapper. The climb stops
// at a <main> (or role="main"): the page declares its main content there,
// and the boxes beside it that hold no good text are the site's (its
// teasers, its footer's lines). Class words shut those boxes out where a
// site writes them; on a page without classes the climb took them in. A
// box that sets the story's header over <main> (<div><div><h1>...</h1>
// <h2>dek</h2></div><main>...</main></div>: a headline, <h1>, before
// <main> and nothing after it) is the story's: the climb takes that box
// and goes no higher.
int ClimbWrappers(const Page& page, const Scores& scores, int top) {
  for (int up = page.nodes[top].parent; up >= 0; up = page.nodes[up].parent) {
    if ((page.nodes[up].flags & kFlagBody) || page.nodes[up].parent < 0) break;
    if (scores.good_chars[up] != scores.good_chars[top]) break;
    if (page.nodes[top].flags & kFlagMain) {
      const Node& u = page.nodes[up];
      if (u.block_end != page.nodes[top].block_end) break;
      bool headline = false;
      for (int b = u.block_begin; b < page.nodes[top].block_begin && !headline; ++b) {
        headline = ReadHeadline(page, page.blocks[b]).h1;
      }
      if (headline) top = up;
      break;
    }
    top = up;
  }
  return top;
}

// Good text of the children of `parent` other than `skip` that are single
// paragraphs and not chrome.
int LooseParagraphChars(const Page& page, const Scores& scores, int parent, int skip) {
  int chars = 0;
  for (int c = parent + 1; c < page.nodes[parent].end; c = page.nodes[c].end) {
    const int sole = SoleBlock(page, c);
    if (c != skip && sole >= 0 && page.blocks[sole].kind == BlockKind::kParagraph &&
        ChromeReason(page.nodes[c]) == nullptr) {
      chars += scores.good_chars[c];
    }
  }
  return chars;
}

// How a line of `chars` code points reads as a post's date: 2 with a clock
// time ("4:55pm", "18:36"), 1 with a year (1900-2099) alone, 0 when it has
// neither or is longer than tuning::kMaxPostDateChars. A date written with
// dots ("3.3.2024") is a year here, and a dotted clock beside it ("klo
// 9.15") a clock (DateLine::dotted_date).
int PostDateStrength(const DateLine& d) {
  return d.clock || d.dotted_clock ? 2 : d.year || d.dotted_date ? 1 : 0;
}
int PostDateStrength(std::string_view text, int chars) {
  return PostDateStrength(ReadDateLine(text, chars));
}

// Where a post's date line ends its date when an edit note in parentheses
// closes it, the note dated too and tuning::kMaxEditNoticeChars long at
// most ("03-03-2024, 10:02 AM (This post was last modified: 03-05-2024,
// 07:12 PM by paddle_ann.)", MyBB's): the byte before the note, spaces
// left out; npos when no such note closes the line or what is before it
// reads as no date.
std::size_t DatedNoteAfterDate(std::string_view text) {
  const std::size_t open = text.find('(');
  if (text.empty() || text.back() != ')' || open == std::string_view::npos || open == 0) {
    return std::string_view::npos;
  }
  const std::string_view note = text.substr(open + 1, text.size() - open - 2);
  const int note_chars = static_cast<int>(CountCodePoints(note));
  const DateLine dated = ReadDateLine(note, note_chars, tuning::kMaxEditNoticeChars);
  if (!dated.year && !dated.clock) return std::string_view::npos;
  std::size_t end = open;
  while (end > 0 && text[end - 1] == ' ') --end;
  const std::string_view head = text.substr(0, end);
  return PostDateStrength(head, static_cast<int>(CountCodePoints(head))) > 0 ? end
                                                                            : std::string_view::npos;
}

// A line too long to read as a date reads as its date when a dated edit
// note closes it (DatedNoteAfterDate).
int PostDateStrength(const TextBlock& b) {
  const int strength = PostDateStrength(ReadDateLine(b));
  if (strength > 0 || b.chars <= tuning::kMaxPostDateChars) return strength;
  const std::size_t end = DatedNoteAfterDate(b.text);
  if (end == std::string_view::npos) return 0;
  const std::string_view head = std::string_view(b.text).substr(0, end);
  return PostDateStrength(head, static_cast<int>(CountCodePoints(head)));
}

// Whether node `id` holds a block reading as a post's date.
bool HoldsPostDate(const Page& page, int id) {
  for (int b = page.nodes[id].block_begin; b < page.nodes[id].block_end; ++b) {
    if (PostDateStrength(page.blocks[b]) > 0) return true;
  }
  return false;
}

// The first <nav> or <header> of the page before node `root` that does not
// hold it, or the first box named so by its class or id ("header",
// "navbar") and not also as the post's ("entry-header" heads the story):
// the site's masthead, or -1.
int FirstMasthead(const Page& page, int root) {
  for (int id = 0; id < root; ++id) {
    const Node& n = page.nodes[id];
    const bool named = (n.hints & (kHintNav | kHintHeader)) && !(n.hints & kHintPositive);
    if (((n.flags & (kFlagNav | kFlagHeader)) || named) && n.end <= root) return id;
  }
  return -1;
}

// Whether `n` is a footer: a <footer>, or a box named so by its class or id
// ("site-footer") and not also as content ("entry", "post").
bool IsFooter(const Node& n) {
  return (n.flags & kFlagFooter) || ((n.hints & kHintFooter) && !(n.hints & kHintPositive));
}

// Whether node `id` is a list's footer, not the page's, on a collection or
// a listing (`type`): a box worded as a footer alone, no chrome by its tag,
// that holds a heading over prose and has a footer of the page (IsFooter)
// after it: a category's buying guide under its grid
// ("js-product-list-footer"), the site's <footer> further down.
// `last_footer` keeps the last node of a footer of the page, read when
// first asked (-2 till then).
bool IsListsFooter(const Page& page, PageType type, int id, int* last_footer) {
  const Node& n = page.nodes[id];
  if ((type != PageType::kCollection && type != PageType::kListing) ||
      (n.hints & kHintChromeMask) != kHintFooter ||
      ChromeReason(n, /*use_hints=*/false) != nullptr || !HoldsHeadedProse(page, n)) {
    return false;
  }
  if (*last_footer == -2) {
    *last_footer = -1;
    for (int i = static_cast<int>(page.nodes.size()) - 1; i >= 0 && *last_footer < 0; --i) {
      if (IsFooter(page.nodes[i])) *last_footer = i;
    }
  }
  return *last_footer >= n.end;
}

bool ReadsAsText(const TextBlock& b);

// The sibling right after `top` (siblings holding no block between) when it
// continues top's text: it opens with a heading of a level top's own
// headings take, and holds a block reading as text after it (a post's FAQ
// set in a section of its own after the text's box), or -1.
int ContinuingSection(const Page& page, const Scores& scores, int top) {
  const Node& t = page.nodes[top];
  const int parent = t.parent;
  int c = t.end;
  while (c < page.nodes[parent].end && page.nodes[c].block_begin == page.nodes[c].block_end) {
    c = page.nodes[c].end;
  }
  if (c >= page.nodes[parent].end) return -1;
  const Node& n = page.nodes[c];
  const TextBlock& head = page.blocks[n.block_begin];
  if (head.kind != BlockKind::kHeading || head.node < c) return -1;
  bool same_level = false;
  for (int b = t.block_begin; b < t.block_end && !same_level; ++b) {
    same_level = page.blocks[b].kind == BlockKind::kHeading && page.blocks[b].level == head.level;
  }
  if (!same_level) return -1;
  for (int b = n.block_begin + 1; b < n.block_end; ++b) {
    if (page.blocks[b].kind != BlockKind::kHeading && ReadsAsText(page.blocks[b]) &&
        scores.block[b] > 0) {
      return c;
    }
  }
  return -1;
}

// On a manual, the sections of `parent` right before the first of
// `*roots` (boxes holding no text between them skipped) that each open
// with an unlinked heading of a level the top's own headings take and hold
// text after it with few links: a reference page's name and one-line
// summary ("NAME", "git-commit - Record changes to the repository") and
// its synopsis, too short to join by score, open the description below
// them. The walk stops at the first box that is no such section (`shut_out`
// says which boxes never join): a masthead or a menu ends it.
template <typename ShutOut>
void AddOpeningSections(const Page& page, const Scores& scores, int top, int parent,
                        const ShutOut& shut_out, std::vector<int>* roots) {
  std::array<bool, 7> levels{};
  for (int b = page.nodes[top].block_begin; b < page.nodes[top].block_end; ++b) {
    const TextBlock& block = page.blocks[b];
    if (block.kind == BlockKind::kHeading && block.level >= 1 && block.level <= 6) {
      levels[block.level] = true;
    }
  }
  std::vector<int> before;
  for (int c = parent + 1; c < roots->front(); c = page.nodes[c].end) before.push_back(c);
  std::vector<int> opening;
  for (auto it = before.rbegin(); it != before.rend(); ++it) {
    const Node& n = page.nodes[*it];
    if (n.block_begin == n.block_end) continue;
    const TextBlock& head = page.blocks[n.block_begin];
    if (shut_out(*it) || head.kind != BlockKind::kHeading || head.node < *it ||
        head.level < 1 || head.level > 6 || !levels[head.level] || head.link_chars > 0 ||
        n.block_end - n.block_begin < 2 ||
        NodeLinkDensity(scores, *it) >= tuning::kSiblingLinkDensity) {
      break;
    }
    opening.push_back(*it);
  }
  roots->insert(roots->begin(), opening.rbegin(), opening.rend());
}

// Whether `n` holds one block, a heading without links, and nothing else.
bool HoldsOneUnlinkedHeading(const Page& page, const Node& n) {
  if (n.block_end - n.block_begin != 1) return false;
  const TextBlock& b = page.blocks[n.block_begin];
  return b.kind == BlockKind::kHeading && b.link_chars == 0;
}

// Whether `n` is a box worded as a header alone ("j-header", a site
// builder's heading module) that holds one unlinked heading and nothing
// else: the heading's own box, not a masthead, which holds a logo, a menu
// or the site's linked name.
bool IsHeadingsOwnBox(const Page& page, const Node& n) {
  return (n.hints & kHintChromeMask) == kHintHeader &&
         ChromeReason(n, /*use_hints=*/false) == nullptr && HoldsOneUnlinkedHeading(page, n);
}

// The page's images by the block each stands before, then by the node
// holding it (ImageRef::before_block, ImageRef::node), sorted when first
// asked (most pages never ask): whether a node holds an image standing
// before a given block is then a binary search, not a read of every image
// standing there, which a chain of thousands of <header>s each holding
// one heading after a hundred thousand images made their product
// (IsHeadingsOwnHeader).
class ImagesBeforeBlocks {
 public:
  explicit ImagesBeforeBlocks(const Page& page) : page_(page) {}

  // Whether node `id` (ImageRef::node) or one inside it holds an image
  // standing right before block `b`.
  bool Holds(int id, int b) {
    if (!read_) {
      places_.reserve(page_.images.size());
      for (const ImageRef& image : page_.images) {
        places_.emplace_back(image.before_block, image.node);
      }
      std::sort(places_.begin(), places_.end());
      read_ = true;
    }
    const auto it = std::lower_bound(places_.begin(), places_.end(), std::make_pair(b, id));
    return it != places_.end() && it->first == b && it->second < page_.nodes[id].end;
  }

 private:
  const Page& page_;
  bool read_ = false;
  std::vector<std::pair<int, int>> places_;  // (before_block, node), sorted
};

// Whether node `id` is a <header> element that holds one unlinked heading
// and nothing else, no image either, and is no other chrome: the header of
// a section or a card (HTML's `<section><header><h2>`, a feature card's
// `<article><header><h3>` over its text), the heading's own box as
// IsHeadingsOwnBox's is, not the site's masthead, which holds a logo (an
// image beside its name), a menu or the site's linked name. Only the tag
// is forgiven: a <header> worded as a header too ("section-header",
// "entry-header") stays chrome (forgiving the words as well moved
// scrapinghub B .981 -> .980 and trafilatura-dev B .961 -> .960).
bool IsHeadingsOwnHeader(const Page& page, int id, ImagesBeforeBlocks* images) {
  const Node& n = page.nodes[id];
  if (!(n.flags & kFlagHeader) || !HoldsOneUnlinkedHeading(page, n)) return false;
  // The images standing before the heading or after it, inside `n`.
  if (images->Holds(id, n.block_begin) || images->Holds(id, n.block_end)) return false;
  Node bare = n;
  bare.flags &= ~kFlagHeader;
  return ChromeReason(bare) == nullptr;
}

// Whether `n` is a reference's declaration worded as a signature
// (kHintSignature and no other chrome word: Javadoc's "member-signature"
// between a member's <h3> and its description, "type-signature" opening
// the class's description): a box of one line, no heading, the first of
// its parent but for headings, and followed in its parent by a block
// reading as text. A forum's signature comes after the post's own text in
// the post's box. The headings before the box are read back from it, up
// to the first other block: the runs so read for two such boxes, each no
// heading itself, never overlap, so a page of many boxes under many
// headings is read once.
bool IsDeclarationBox(const Page& page, const Node& n) {
  if ((n.hints & kHintChromeMask) != kHintAuthor || !(n.hints & kHintSignature) || n.parent < 0 ||
      n.block_end - n.block_begin != 1 || ChromeReason(n, /*use_hints=*/false) != nullptr) {
    return false;
  }
  const Node& up = page.nodes[n.parent];
  const TextBlock& line = page.blocks[n.block_begin];
  if (line.kind == BlockKind::kHeading || line.text.find('\n') != std::string::npos ||
      n.block_end >= up.block_end || !ReadsAsText(page.blocks[n.block_end])) {
    return false;
  }
  for (int b = n.block_begin - 1; b >= up.block_begin; --b) {
    if (page.blocks[b].kind != BlockKind::kHeading) return false;
  }
  return true;
}

// The top candidate and those of its siblings that read like content (and
// on a story its lead set one level up, IsLeadBox). On a thread (`type`) a
// sibling joins only with a post's date in it (the next posts): beside the
// posts lie the forum's notices and its call to sign in and reply. A sibling that ends before the site's masthead (FirstMasthead)
// is its notice bar ("Learn more about our checkup"), not the post's lead.
// On a story, a sibling of teasers of other posts (TeasersOnly) stays out
// too, and its good characters are added to `*teaser_chars` unless it is
// the box `passed` (StepOffTeasers), counted already. On a collection or a
// listing a list's footer after the top (IsListsFooter: a category's buying
// guide under its grid) is no chrome and joins as other siblings do. On a
// manual the short sections opening the text join (AddOpeningSections).
std::vector<int> GrowRegion(const Page& page, const Scores& scores, PageType type, int top,
                            int passed, int* teaser_chars) {
  top = ClimbWrappers(page, scores, top);
  const int parent = page.nodes[top].parent;
  if (parent < 0) return {top};
  const double threshold =
      std::max(tuning::kSiblingMinScore, tuning::kSiblingShare * scores.candidate[top]);
  // Loose paragraphs beside the top candidate holding more good text than
  // it (an encyclopedia article above its long list of references): the
  // parent is the story's container, the top a part of it.
  if (!(page.nodes[parent].flags & kFlagBody) &&
      LooseParagraphChars(page, scores, parent, top) > scores.good_chars[top]) {
    return {parent};
  }
  std::vector<int> roots;
  const int masthead = FirstMasthead(page, top);
  // Chrome, or a box that ends before the masthead, never joins.
  const auto shut_out = [&](int c) {
    return (ChromeReason(page.nodes[c]) != nullptr && !IsHeadingsOwnBox(page, page.nodes[c])) ||
           (masthead >= 0 && page.nodes[c].end <= masthead);
  };
  const int next_section = type == PageType::kForum ? -1 : ContinuingSection(page, scores, top);
  // Past the site's footer (a sibling after the top that is a <footer> or
  // a box named so) nothing joins: what follows it is the site's too, a
  // line about the owner in a "subfooter" box, a cookie notice, as what
  // ends before the masthead is. A list's footer (IsListsFooter) is none,
  // and joins as a sibling does.
  bool past_footer = false;
  int last_footer = -2;
  const bool teasers_shut = type == PageType::kArticle && !TeasersOnly(page, top);
  for (int c = parent + 1; c < page.nodes[parent].end; c = page.nodes[c].end) {
    if (c == top) {
      roots.push_back(c);
      continue;
    }
    if (past_footer) continue;
    // After a <main> top (or role="main") only the text's next section
    // (ContinuingSection) or a box of prose (IsProseSection: a story's
    // second part, "Reactions", set after <main>) joins: the page declares
    // its main content there, and another box after it is the site's (a
    // disclaimer among teasers and copyright lines, a footer's lines)
    // however much text it holds. Class words shut such boxes out where a
    // site writes them; on a page without classes a long enough disclaimer
    // joined as the text's end. A box before <main> may still join, as a
    // lead.
    if (c > top && (page.nodes[top].flags & kFlagMain) && c != next_section &&
        !IsProseSection(page, scores, c)) {
      continue;
    }
    const bool lists_footer = c > top && IsListsFooter(page, type, c, &last_footer);
    if (c > top && IsFooter(page.nodes[c]) && !lists_footer) {
      past_footer = true;
      continue;
    }
    if (shut_out(c) && !lists_footer) continue;
    if (type == PageType::kForum && !HoldsPostDate(page, c)) continue;
    // Teasers of other posts beside a post are the site's, not its text.
    if (teasers_shut && TeasersOnly(page, c)) {
      if (c != passed) *teaser_chars += scores.good_chars[c];
      continue;
    }
    // A section built from the top's template (same tag and class) may
    // hold more markup (icons, tabs) and still be a part of the text. So
    // may a sibling of an <article> or <section> top of the same tag when
    // neither has a class: a page whose boxes carry no class (styled by
    // its tags, or its classes stripped) tells its posts and sections
    // apart by that tag alone (a thread's reply, under its poster's card
    // and over a bar of buttons, stayed out beside the question).
    const Node& top_node = page.nodes[top];
    const bool same_template = TemplateKey(page.nodes[c]) == TemplateKey(top_node);
    const bool sectioning_twin =
        (top_node.tag == GUMBO_TAG_ARTICLE || top_node.tag == GUMBO_TAG_SECTION) &&
        top_node.class_hash == 0 && same_template;
    const bool twin = sectioning_twin || (page.nodes[c].class_hash != 0 && same_template);
    if (TagDensity(page, scores, c) >
        (twin ? tuning::kSectionMaxTagDensity : tuning::kMaxTagDensity)) {
      continue;
    }
    const bool good_share =
        scores.good_chars[c] >= tuning::kSiblingGoodShare * scores.good_chars[top] &&
        scores.good_chars[c] > 0 && NodeLinkDensity(scores, c) < tuning::kSiblingLinkDensity;
    // A lone paragraph joins before the container (a lead), not after it:
    // there it is a closing note, a disclaimer or a copyright line.
    const bool lead_paragraph = c < top && IsParagraphLike(page, scores, c);
    if (scores.candidate[c] >= threshold || good_share || lead_paragraph ||
        (c == next_section && NodeLinkDensity(scores, c) < tuning::kSiblingLinkDensity)) {
      roots.push_back(c);
    }
  }
  // On a story the siblings between two parts that joined are its parts
  // too, unless chrome, above the masthead, mostly links or markup-heavy: a
  // section too short to join by itself (a how-to's step, a heading over two
  // short list items, between longer steps).
  if (roots.size() >= 2 && type == PageType::kArticle) {
    std::vector<int> between;
    for (std::size_t i = 0; i + 1 < roots.size(); ++i) {
      between.push_back(roots[i]);
      for (int c = page.nodes[roots[i]].end; c < roots[i + 1]; c = page.nodes[c].end) {
        if (shut_out(c) || NodeLinkDensity(scores, c) >= tuning::kSiblingLinkDensity ||
            TagDensity(page, scores, c) > tuning::kMaxTagDensity) {
          continue;
        }
        between.push_back(c);
      }
    }
    between.push_back(roots.back());
    roots = std::move(between);
  }
  if (type == PageType::kDocumentation && !roots.empty()) {
    AddOpeningSections(page, scores, top, parent, shut_out, &roots);
  }
  // On a story, a lead one level up: the box right before the top's
  // parent, nothing between them, that holds paragraphs only, each ending a
  // sentence, with few links (IsLeadBox): a guide's opening paragraphs set
  // above the box of its sections (one <article> each), the title far above
  // them across a sidebar. (Above a thread such a box is the forum's notice
  // to guests.)
  const int grand = type == PageType::kArticle ? page.nodes[parent].parent : -1;
  for (int c = grand < 0 ? parent : grand + 1; c < parent; c = page.nodes[c].end) {
    if (page.nodes[c].end == parent && !shut_out(c) && IsLeadBox(page, scores, c)) {
      roots.insert(roots.begin(), c);
    }
  }
  return roots;
}

std::string Format(const char* what, double value) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s %.2f", what, value);
  return buf;
}

bool IsBlankByte(char c) { return c == ' ' || c == '\n' || c == '\t'; }

// The words of `text`: its runs of bytes other than blanks (IsBlankByte).
int CountBlankSeparatedWords(std::string_view text) {
  int words = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    words += !IsBlankByte(text[i]) && (i == 0 || IsBlankByte(text[i - 1]));
  }
  return words;
}

// Where a heading's closing counter in parentheses begins: a group of a
// number and tuning::kMaxHeadingCounterWords words at most, closing the
// text (a thread's heading, "Budget for a first kayak? (Read 4306
// times)"); npos when none closes it.
std::size_t CounterClosingHeading(std::string_view text) {
  while (!text.empty() && IsBlankByte(text.back())) text.remove_suffix(1);
  if (text.empty() || text.back() != ')') return std::string_view::npos;
  const std::size_t open = text.rfind('(');
  if (open == std::string_view::npos || open == 0) return std::string_view::npos;
  const std::string_view inside = text.substr(open + 1, text.size() - open - 2);
  if (std::none_of(inside.begin(), inside.end(), IsAsciiDigit)) return std::string_view::npos;
  return CountBlankSeparatedWords(inside) <= tuning::kMaxHeadingCounterWords
             ? open
             : std::string_view::npos;
}

bool RepeatsTitle(const TextBlock& b, const Metadata& meta) {
  if (b.kind != BlockKind::kHeading && b.kind != BlockKind::kParagraph) return false;
  auto is_title = [&](const std::string& text) { return IsTitleForm(meta, text); };
  if (is_title(b.text)) return true;
  // A thread's heading: the title with its counter closing it ("(Read
  // 4306 times)", SMF's), a label of two words at most and a colon before
  // it or not ("Author Topic: Budget for a first kayak?"); and any
  // heading of such a label and the title ("Title:AlignMerge - ...").
  const std::size_t counter = b.kind == BlockKind::kHeading ? CounterClosingHeading(b.text)
                                                             : std::string::npos;
  if (counter == std::string::npos && b.kind != BlockKind::kHeading) return false;
  const std::string title = b.text.substr(0, counter);
  if (counter != std::string::npos && is_title(title)) return true;
  const std::size_t colon = title.find(':');
  if (colon == std::string::npos) return false;
  return CountBlankSeparatedWords(std::string_view(title).substr(0, colon)) <= 2 &&
         is_title(title.substr(colon + 1));
}

// A heading written as a sentence of prose ("He says he never saw the
// letter."): styled as a heading, read as text.
bool IsProseHeading(const TextBlock& b) {
  return b.kind == BlockKind::kHeading && b.ends_sentence &&
         b.weighted_chars >= tuning::kGoodBlockChars;
}

// A <p> whose whole text (but a closing full stop) is one link reading as a sentence ("See the
// council's full decision on the bridge."): kept like a linked sentence,
// only between text.
bool IsOneLinkParagraph(const Page& page, const TextBlock& b) {
  return b.kind == BlockKind::kParagraph && page.nodes[b.node].tag == GUMBO_TAG_P &&
         WholeLink(b) != nullptr && b.ends_sentence && b.weighted_chars >= tuning::kShortBlockChars;
}

// True when the query of `href`, decoded ('+' as a space, %XX as its
// octet), holds `words`.
bool QueryHolds(std::string_view href, std::string_view words) {
  const std::size_t q = href.find('?');
  if (q == std::string_view::npos || words.empty()) return false;
  std::string query;
  for (std::size_t i = q + 1; i < href.size(); ++i) {
    const char c = href[i];
    if (c == '+') {
      query += ' ';
    } else if (c == '%' && i + 2 < href.size() && HexDigitValue(href[i + 1]) >= 0 &&
               HexDigitValue(href[i + 2]) >= 0) {
      query += static_cast<char>(HexDigitValue(href[i + 1]) * 16 + HexDigitValue(href[i + 2]));
      i += 2;
    } else {
      query += c;
    }
  }
  return query.find(words) != std::string::npos;
}

// A block that is one link whose address carries the block's own opening
// words, tuning::kShortBlockChars bytes of them ("twitter.com/share?text=
// Every+online+business+exists..."): a sentence of the text set in a box
// to be shared (a "Click To Tweet" quote), kept like a linked sentence,
// only between text. A share button's link quotes the page's title, and
// its words are a label.
bool IsQuoteToShare(const TextBlock& b) {
  const LinkSpan* link = WholeLink(b);
  if (link == nullptr || !ReadsAsText(b)) return false;
  const std::string_view text(b.text);
  return QueryHolds(link->href,
                    text.substr(0, std::min<std::size_t>(text.find('\n'), tuning::kShortBlockChars)));
}

// True when `label`, the words before a link, names what the link gives:
// short (tuning::kMaxSpecLabelChars at most) and ended by a colon
// ("Website:", "CPU:"); IsLabelledAddress, IsLabelledLinkLines.
bool IsLinkLabel(std::string_view label) {
  label = TrimAsciiSpace(label);
  return !label.empty() && EndsWithColon(label) &&
         static_cast<int>(CountCodePoints(label)) <= tuning::kMaxSpecLabelChars;
}

// A paragraph of a short label and a link whose text is a web address
// (TextBlock::address_chars: "Website: https://code.example.com/"), nothing
// after it: a fact of the text, as "Price: Free" is (right under a picture
// it is the picture's credit: "Source: www.example.com", which the caller
// tells). The label ends with a colon, tuning::kMaxSpecLabelChars at most
// (IsLinkLabel).
bool IsLabelledAddress(const TextBlock& b) {
  if (b.kind != BlockKind::kParagraph || b.links.size() != 1 || b.link_chars == 0 ||
      b.address_chars != b.link_chars) {
    return false;
  }
  const LinkSpan& link = b.links.front();
  return IsLinkLabel(std::string_view(b.text).substr(0, link.begin)) &&
         TrimAsciiSpace(std::string_view(b.text).substr(link.end)).empty();
}

// A paragraph of lines set apart by <br>, each "Label: <a>name</a> (more
// words)": a short label ending with a colon, one link, unlinked words after
// it ("CPU: <a>Intel Core i7</a> ($557.96 @ shop)"), a parts list or a data
// sheet whose values link to where they are sold; lines without a link may
// come between ("Total: $2971.40"), and one other linked line, the list's
// credit ("Generated by <a>PCPartPicker</a>"). Each line's link names one
// thing the line tells of, so the links say nothing of chrome; a menu's
// links stand without labels, a post's "Previous: <a>title</a>" with no
// words after. tuning::kMinLabelledLinkLines such lines at least.
bool IsLabelledLinkLines(const TextBlock& b) {
  if (b.kind != BlockKind::kParagraph ||
      b.links.size() < static_cast<std::size_t>(tuning::kMinLabelledLinkLines)) {
    return false;
  }
  const std::string_view text = b.text;
  std::size_t next_link = 0;
  int labelled = 0;
  int others = 0;  // lines with links that are not "Label: <a>name</a> words"
  for (std::size_t begin = 0; begin <= text.size();) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    int links = 0;
    std::size_t link_begin = 0;
    std::size_t link_end = 0;
    for (; next_link < b.links.size() && b.links[next_link].begin < end; ++next_link) {
      const LinkSpan& link = b.links[next_link];
      if (link.begin < begin || link.end > end) return false;  // a link across lines
      link_begin = link.begin;
      link_end = link.end;
      ++links;
    }
    if (links == 1) {
      const bool labelled_line = IsLinkLabel(text.substr(begin, link_begin - begin)) &&
                                 !TrimAsciiSpace(text.substr(link_end, end - link_end)).empty();
      ++(labelled_line ? labelled : others);
    } else if (links > 1) {
      ++others;
    }
    if (others > 1) return false;
    begin = end + 1;
  }
  return labelled >= tuning::kMinLabelledLinkLines;
}

// A paragraph whose whole text is one link reading as a web address
// ("http://www.petitions.example.org/..."): a source the text cites, kept
// like a linked sentence but only between text (TrimEdges: it opens none;
// right under a picture it is the picture's credit, which the caller
// tells).
bool IsBareAddress(const TextBlock& b) {
  if (b.kind != BlockKind::kParagraph || b.links.size() != 1 || b.link_chars == 0 ||
      b.address_chars != b.link_chars) {
    return false;
  }
  const LinkSpan& link = b.links.front();
  const std::string_view text = b.text;
  return TrimAsciiSpace(text.substr(0, link.begin)).empty() &&
         TrimAsciiSpace(text.substr(link.end)).empty();
}

// A paragraph whose whole text is one link and no sentence: a title written
// as a linked line ("<p><a>Imprivata acquires Verosint</a></p>" over the
// deal's paragraph), which KeepLinkedTitlesOfKeptText treats as a heading.
bool IsLinkedTitleLine(const TextBlock& b) {
  return b.kind == BlockKind::kParagraph && WholeLink(b) != nullptr && !b.ends_sentence;
}

// A line counting the items of the grid under it ("3953 items found", "20
// products", "1.204 Ergebnisse"): a number opening the line, then one or two
// words with no digit, no link. A shop's category shows it over its tiles.
bool ReadsAsItemCount(const TextBlock& b) {
  if (b.kind != BlockKind::kParagraph || b.link_chars != 0 || b.chars >= tuning::kShortBlockChars) {
    return false;
  }
  const std::string_view text = TrimAsciiSpace(b.text);
  std::size_t i = 0;
  while (i < text.size() && (IsAsciiDigit(text[i]) || text[i] == ',' || text[i] == '.')) ++i;
  if (i == 0 || !IsAsciiDigit(text[i - 1]) || i >= text.size() || text[i] != ' ') return false;
  int words = 0;
  bool in_word = false;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (IsAsciiDigit(c)) return false;
    if (c == ' ') {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      ++words;
    }
  }
  return words >= 1 && words <= 2;
}

bool ReadsAsText(const TextBlock& b) {
  return b.weighted_chars >= tuning::kGoodBlockChars ||
         (b.weighted_chars >= tuning::kShortBlockChars && b.ends_sentence);
}

// True when a line under a picture reads as a sentence of text, no
// caption: it reads as text (ReadsAsText) and ends a sentence or is longer
// than tuning::kMaxStyledCaptionChars. A caption is short, or a line and
// its credit ending no sentence ("China has warned ... (Image: GETTY)").
bool ReadsAsSentenceOfText(const TextBlock& b) {
  return ReadsAsText(b) && (b.ends_sentence || b.chars > tuning::kMaxStyledCaptionChars);
}

// True when the table `table` (a node id) is a data sheet: unlinked
// label/value rows, at least tuning::kMinSheetRows of them with two cells,
// none with more, each label short ("Weight" | "372 g").
bool IsDataSheet(const Page& page, int table) {
  const Node& t = page.nodes[table];
  int rows = 0, row = -1, cells = 0, cell = -1, label_chars = 0;
  auto close_row = [&] {
    if (row < 0) return true;
    if (cells > 2 || label_chars > tuning::kMaxSpecLabelChars) return false;
    rows += cells == 2;
    return true;
  };
  for (int b = t.block_begin; b < t.block_end; ++b) {
    const TextBlock& block = page.blocks[b];
    if (block.table != table || block.link_chars != 0) return false;
    if (block.row != row) {
      if (!close_row()) return false;
      row = block.row;
      cells = 0;
      cell = -1;
      label_chars = 0;
    }
    if (block.cell != cell) {
      ++cells;
      cell = block.cell;
    }
    if (cells == 1) label_chars += block.chars;
  }
  return close_row() && rows >= tuning::kMinSheetRows;
}

// Share of letters (any script) among the non-space characters of `text`.
double LetterShare(std::string_view text) {
  std::size_t i = 0;
  int letters = 0, visible = 0;
  while (i < text.size()) {
    const char32_t cp = NextCodePoint(text, &i);
    if (IsSpace(cp)) continue;
    ++visible;
    letters += u_isalpha(static_cast<UChar32>(cp)) ? 1 : 0;
  }
  return visible > 0 ? static_cast<double>(letters) / visible : 0.0;
}

// Whether `text` is disguised: tuning::kMinMixedScriptWords words or more,
// and half its words at least, each mix Latin and Cyrillic letters, two
// alphabets that share many shapes ("Аdvеrtіѕе wіth us", its "А", "е",
// "і" and "ѕ" Cyrillic). Written so the text reads as one language to a
// reader and as none to a filter's word list: an ad's trick. A Cyrillic
// text with a Latin letter typed by slip in a word or two is none; nor is
// Greek with Latin ("TNFα", "PPARγ": names of science).
bool MixesAlphabetsInWords(std::string_view text) {
  // Cyrillic letters (U+0400 to U+052F) open with the bytes 0xD0 to 0xD4.
  if (std::none_of(text.begin(), text.end(),
                   [](char c) { return static_cast<unsigned char>(c) - 0xD0u <= 4u; })) {
    return false;
  }
  enum : unsigned { kLatin = 1, kCyrillic = 2 };
  int words = 0, mixed = 0;
  unsigned scripts = 0;  // of the word being read
  bool in_word = false;
  auto close_word = [&] {
    if (!in_word) return;
    ++words;
    mixed += scripts == (kLatin | kCyrillic);
    in_word = false;
    scripts = 0;
  };
  std::size_t i = 0;
  while (i < text.size()) {
    const char32_t cp = NextCodePoint(text, &i);
    if (!u_isalpha(static_cast<UChar32>(cp))) {
      close_word();
      continue;
    }
    in_word = true;
    if (cp < 0x250 || (cp >= 0x1E00 && cp <= 0x1EFF)) {  // Basic Latin to Latin Extended-B
      scripts |= kLatin;
    } else if (cp >= 0x400 && cp <= 0x52F) {  // Cyrillic and its Supplement
      scripts |= kCyrillic;
    }
  }
  close_word();
  return mixed >= tuning::kMinMixedScriptWords && 2 * mixed >= words;
}

// True when block `b` reads as a row of a data sheet: no link, one line, a
// short label of words ended by a colon (":" or the full-width "：") and a
// value after it ("Processor: 3 GHz", "Memory: 8 GB RAM"; not a web
// address's "https://...").
bool ReadsAsLabelValue(const TextBlock& b) {
  if (b.link_chars != 0 || b.table >= 0 || b.text.find('\n') != std::string::npos) {
    return false;
  }
  std::size_t colon = b.text.find(':'), after = colon + 1;
  const std::size_t wide = b.text.find("\uFF1A");
  if (wide < colon) colon = wide, after = wide + 3;
  if (colon == 0 || colon == std::string::npos) return false;
  const std::string_view text(b.text);
  const std::string_view label = text.substr(0, colon);
  const std::string_view value = text.substr(after);
  if (static_cast<int>(CountCodePoints(label)) > tuning::kMaxSpecLabelChars ||
      LetterShare(label) < tuning::kMinBoxLabelLetterShare || value.substr(0, 2) == "//") {
    return false;
  }
  return value.find_first_not_of(' ') != std::string_view::npos;
}

// True when block `b` is a row of a data sheet written as a list item
// (ReadsAsLabelValue).
bool IsLabelValueItem(const TextBlock& b) {
  return b.kind == BlockKind::kListItem && ReadsAsLabelValue(b);
}

// The list (<ul> or <ol>) of which block `b` is an item's whole text, or
// -1: a list item, or a line set in boxes inside an <li> (a picture's box
// beside it), at most three elements below it, the item holding no other
// block.
int ItemList(const Page& page, int b) {
  constexpr int kMaxItemDepth = 3;
  int up = page.blocks[b].node;
  for (int level = 0; level <= kMaxItemDepth && up >= 0; ++level, up = page.nodes[up].parent) {
    const Node& n = page.nodes[up];
    if (n.tag != GUMBO_TAG_LI) continue;
    if (n.block_begin != b || n.block_end != b + 1 || n.parent < 0) return -1;
    const int list = page.nodes[n.parent].tag;
    return list == GUMBO_TAG_UL || list == GUMBO_TAG_OL ? n.parent : -1;
  }
  return -1;
}

// The element grouping block `b` as a line of a data sheet: the list of
// which it is an item's whole text (ItemList), or else the parent of the
// box holding `b` alone (lines set as boxes one under another, "<div
// class=row><span>Materials:</span> <span>Stoneware</span></div>"), or -1.
int SheetLineGroup(const Page& page, int b) {
  const int list = ItemList(page, b);
  if (list >= 0) return list;
  const Node& n = page.nodes[page.blocks[b].node];
  if (n.block_begin != b || n.block_end != b + 1) return -1;
  return n.parent;
}

// Per survivor: a line of a short data sheet under its heading, two rows or
// more, fewer than a list run needs (UnlinkedListRuns): the items of a
// list opening right after a heading that survives (the list's first
// block follows the heading's), or boxes of one parent, the first right
// after the heading, each read as a label and its value
// (ReadsAsLabelValue) in an item or box of its own, one survivor after
// another (a product's "Highlights" over "Materials: Ceramic" and
// "Capacity: 13.5 fluid ounces", a linked "Made by ..." item dropped
// before them). Lines of a list under no heading, or after other lines of
// the heading's section, are none. Read on product pages only (TrimEdges): elsewhere two
// such lines under a heading at the text's edge are a contact box's
// ("Phone: ...", "Email: ...") as often.
std::vector<bool> HeadedLabelValueLines(const Page& page, const std::vector<int>& survivors) {
  std::vector<bool> in_sheet(survivors.size(), false);
  for (std::size_t i = 1; i < survivors.size();) {
    const TextBlock& heading = page.blocks[survivors[i - 1]];
    const int list =
        heading.kind == BlockKind::kHeading && ReadsAsLabelValue(page.blocks[survivors[i]])
            ? SheetLineGroup(page, survivors[i])
            : -1;
    // A list opens right after the heading; of boxes, the first line does.
    const bool is_list = list >= 0 && (page.nodes[list].tag == GUMBO_TAG_UL ||
                                       page.nodes[list].tag == GUMBO_TAG_OL);
    const int opens = is_list ? page.nodes[list].block_begin : survivors[i];
    if (list < 0 || opens != survivors[i - 1] + 1) {
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    while (j < survivors.size() && ReadsAsLabelValue(page.blocks[survivors[j]]) &&
           SheetLineGroup(page, survivors[j]) == list) {
      ++j;
    }
    if (j - i >= 2) std::fill(in_sheet.begin() + i, in_sheet.begin() + j, true);
    i = j;
  }
  return in_sheet;
}

// Per survivor: an unlinked item of a list of two or more, its whole
// text, opening right after a heading whose box (its parent, the list's
// too) holds the last survivor before it that reads as text: a last
// section of the description's own box ("What's in the box" over "Two
// pairs of socks" and "A card sleeve"), fewer items than a list run needs
// (UnlinkedListRuns). Read on product pages only (TrimEdges), like
// HeadedLabelValueLines.
std::vector<bool> HeadedListsInTheTextsBox(const Page& page, const std::vector<int>& survivors) {
  std::vector<bool> in_box(survivors.size(), false);
  int text = -1;  // the last survivor read so far that reads as text
  for (std::size_t i = 1; i < survivors.size();) {
    if (ReadsAsText(page.blocks[survivors[i - 1]])) text = survivors[i - 1];
    const int h = survivors[i - 1];
    const TextBlock& heading = page.blocks[h];
    const int list = heading.kind == BlockKind::kHeading ? ItemList(page, survivors[i]) : -1;
    const int box = page.nodes[heading.node].parent;
    if (list < 0 || text < 0 || box < 0 || survivors[i] != h + 1 ||
        page.nodes[list].block_begin != h + 1 || page.nodes[list].parent != box ||
        !Contains(page.nodes[box], box, page.blocks[text].node)) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < survivors.size() && ItemList(page, survivors[j]) == list &&
           page.blocks[survivors[j]].link_chars == 0) {
      ++j;
    }
    if (j - i >= 2) std::fill(in_box.begin() + i, in_box.begin() + j, true);
    i = std::max(j, i + 1);
  }
  return in_box;
}

// True when a table inside node `id` is a data sheet (IsDataSheet), or a
// list inside it holds tuning::kMinRepeats label/value items in a row
// (IsLabelValueItem: a game's system requirements, "OS: Windows 10" over
// "Processor: 3 GHz" over "Memory: 8 GB RAM").
bool HoldsDataSheet(const Page& page, int id) {
  const Node& n = page.nodes[id];
  int seen = -1, run = 0, list = -1;
  for (int b = n.block_begin; b < n.block_end; ++b) {
    const TextBlock& block = page.blocks[b];
    if (IsLabelValueItem(block)) {
      const int parent = page.nodes[block.node].parent;
      run = run > 0 && parent == list ? run + 1 : 1;
      list = parent;
      if (run >= tuning::kMinRepeats) return true;
    } else {
      run = 0;
    }
    const int table = block.table;
    if (table < 0 || table == seen) continue;
    if (IsDataSheet(page, table)) return true;
    seen = table;
  }
  return false;
}

// The row of a data sheet built from boxes that block `b` opens, or -1: an
// element outside tables that holds two unlinked paragraphs, `b` and the
// next, each in a child of its own, the first a short label of words
// ("Fabric Content" | "100% long-staple cotton"; not a rating's "98%" |
// "(39)").
int SheetBoxRow(const Page& page, int b) {
  if (b < 0 || static_cast<std::size_t>(b) + 1 >= page.blocks.size()) return -1;
  const TextBlock& label = page.blocks[b];
  const TextBlock& value = page.blocks[b + 1];
  const int row = page.nodes[label.node].parent;
  if (row < 0 || label.node == value.node || page.nodes[value.node].parent != row) return -1;
  const Node& r = page.nodes[row];
  if (r.block_begin != b || r.block_end != b + 2) return -1;
  for (const TextBlock* t : {&label, &value}) {
    if (t->table >= 0 || t->link_chars != 0 || t->chars == 0 || t->kind != BlockKind::kParagraph) {
      return -1;
    }
  }
  if (label.chars > tuning::kMaxSpecLabelChars ||
      LetterShare(label.text) < tuning::kMinBoxLabelLetterShare) {
    return -1;
  }
  return row;
}

// The blocks of a range that belong to a data sheet built from boxes:
// tuning::kMinRepeats or more rows (SheetBoxRow) one after another,
// siblings of one tag and class (a product's comparison card: "Ideal for:"
// | "Most sleepers", "Fabric Content" | "100% cotton", "Weight" | "270
// TC"). Empty (holding none) unless read with Read().
class SheetBoxes {
 public:
  // Reads the blocks [begin, end).
  void Read(const Page& page, int begin, int end) {
    begin_ = begin;
    before_.assign(end - begin + 1, 0);
    std::vector<bool> in_sheet(end - begin, false);
    for (int b = begin; b < end;) {
      const int first = SheetBoxRow(page, b);
      if (first < 0) {
        ++b;
        continue;
      }
      const Node& f = page.nodes[first];
      int next = b + 2, rows = 1;
      for (int r; next + 1 < end && (r = SheetBoxRow(page, next)) >= 0 &&
                  page.nodes[r].parent == f.parent && TemplateKey(page.nodes[r]) == TemplateKey(f);
           next += 2) {
        ++rows;
      }
      if (rows >= tuning::kMinRepeats) {
        for (int k = b; k < next; ++k) in_sheet[k - begin] = true;
      }
      b = next;
    }
    for (int k = 0; k < end - begin; ++k) before_[k + 1] = before_[k] + in_sheet[k];
  }

  // Whether block `b` is a row's label or value.
  bool Has(int b) const { return Count(b, b + 1) > 0; }
  // Whether node `n` holds such a row.
  bool HeldBy(const Node& n) const { return Count(n.block_begin, n.block_end) > 0; }

 private:
  int Count(int from, int to) const {
    from = std::max(from - begin_, 0);
    to = std::min(to - begin_, static_cast<int>(before_.size()) - 1);
    return from < to ? before_[to] - before_[from] : 0;
  }
  int begin_ = 0;
  std::vector<int> before_;  // per block of the range and its end: sheet blocks before it
};

// True when table `next` (a node id) is the element right after table
// `table`, its sibling: one table written as a table per row.
bool IsNextSiblingTable(const Page& page, int table, int next) {
  const Node& t = page.nodes[table];
  return next == t.end && page.nodes[next].tag == GUMBO_TAG_TABLE &&
         page.nodes[next].parent == t.parent;
}

// Per survivor: part of a run of at least tuning::kMinListRun unlinked list
// items, or of unlinked cells of one table over as many rows, which reads as
// text together (a list of facts, a table of data); a data sheet's rows
// (IsDataSheet) read so from tuning::kMinSheetRows on, with paragraphs in
// their cells. Tables one right after another, siblings, count as one: an
// export writing each row as a table of its own (a results list, one
// one-row table per athlete) is read as the table it shows.
std::vector<bool> UnlinkedListRuns(const Page& page, const std::vector<int>& survivors) {
  std::vector<bool> in_run(survivors.size(), false);
  std::unordered_map<int, bool> sheets;  // table node -> IsDataSheet
  for (std::size_t i = 0; i < survivors.size();) {
    const TextBlock& first = page.blocks[survivors[i]];
    std::size_t j = i;
    int rows = 0, row = -1, min_rows = tuning::kMinListRun;
    bool sheet = false;
    if (first.table >= 0) {
      auto it = sheets.find(first.table);
      if (it == sheets.end()) it = sheets.emplace(first.table, IsDataSheet(page, first.table)).first;
      sheet = it->second;
    }
    if (sheet) {
      min_rows = tuning::kMinSheetRows;
      for (; j < survivors.size() && page.blocks[survivors[j]].table == first.table; ++j) {
        const TextBlock& b = page.blocks[survivors[j]];
        if (b.row != row) ++rows;
        row = b.row;
      }
    } else if (first.kind == BlockKind::kListItem || first.kind == BlockKind::kTableCell) {
      // The run within the first table alone: [i, own_end) over own_rows.
      std::size_t own_end = survivors.size();
      int own_rows = 0, tables = 1;
      for (int table = first.table; j < survivors.size(); ++j) {
        const TextBlock& b = page.blocks[survivors[j]];
        if (b.kind != first.kind || b.link_chars != 0) break;
        if (b.table != table) {
          if (tables == 1) {
            own_end = j;
            own_rows = rows;
          }
          if (table < 0 || b.table < 0 || !IsNextSiblingTable(page, table, b.table)) break;
          table = b.table;
          ++tables;
        }
        if (b.kind == BlockKind::kListItem || b.row != row) ++rows;
        row = b.row;
      }
      // Two tables are a line written twice for two screens as often (a
      // byline's table for the desktop, another for phones): short of a
      // run of tables, the first table is read alone.
      if (tables > 1 && (tables < tuning::kMinListRun || rows < min_rows)) {
        j = own_end;
        rows = own_rows;
      }
    }
    if (rows >= min_rows) {
      for (std::size_t k = i; k < j; ++k) in_run[k] = true;
    }
    i = j > i ? j : i + 1;
  }
  return in_run;
}

// True when survivor `i` is a paragraph right before a run of unlinked list
// items or table cells (`in_list_run`), in the page as in the survivors: the
// line that introduces the list ("Speed can be raised with these codes").
bool IntroducesAListRun(const Page& page, const std::vector<int>& survivors,
                        const std::vector<bool>& in_list_run, std::size_t i) {
  return page.blocks[survivors[i]].kind == BlockKind::kParagraph && i + 1 < survivors.size() &&
         in_list_run[i + 1] && survivors[i + 1] == survivors[i] + 1;
}

// True when survivor `i` is a quote block right after a kept one, in the
// page as in the survivors: the signature line of an embedded post.
bool ContinuesAKeptQuote(const Page& page, const std::vector<int>& survivors,
                         const std::vector<Decision>& decisions, std::size_t i) {
  const int b = survivors[i];
  return page.blocks[b].kind == BlockKind::kQuote && i > 0 && survivors[i - 1] == b - 1 &&
         page.blocks[b - 1].kind == BlockKind::kQuote && decisions[b - 1].kept;
}

// True when block `b` was dropped and is mostly links: an item of a link
// list, whatever dropped it.
bool DroppedAsLinks(const Page& page, const std::vector<Decision>& decisions, int b) {
  return !decisions[b].kept && LinkDensity(page.blocks[b]) >= tuning::kMaxShortLinkDensity;
}

// True when the region's blocks after heading `b` (`members`, in order)
// start with tuning::kMinLinkListBlocks blocks dropped as links, or when
// its section is one block dropped so holding as many links set apart by
// commas, a list of links written as a line (Javadoc's "Methods inherited
// from class Object" over "equals, hashCode, toString"; not a pair of
// buttons, "Try for free Get a demo"): a heading of its level or above, or
// the region's end, right after it.
bool HeadsALinkList(const Page& page, const std::vector<int>& members, int b,
                    const std::vector<Decision>& decisions) {
  const auto at = std::upper_bound(members.begin(), members.end(), b);
  auto dropped_links = [&](auto it) {
    return it < members.end() && DroppedAsLinks(page, decisions, *it);
  };
  auto run = at;
  while (run - at < tuning::kMinLinkListBlocks && dropped_links(run)) ++run;
  if (run - at == tuning::kMinLinkListBlocks) return true;
  if (run - at != 1) return false;
  const TextBlock& line = page.blocks[*at];
  const int links = static_cast<int>(line.links.size());
  if (links < tuning::kMinLinkListBlocks || line.commas < links - 1) return false;
  return run == members.end() || (page.blocks[*run].kind == BlockKind::kHeading &&
                                  page.blocks[*run].level <= page.blocks[b].level);
}

// The blocks [begin, end) of the box that repeats, as the next of a series,
// the box holding block `last` (the last text): the innermost ancestor of
// `last`, tuning::kMaxGridCardLevels up at most, whose next sibling has its tag
// and class and starts after `last`, and whose previous sibling has them too
// (three boxes alike in a row: a grid of cards, each a name over its short
// facts). The last card of such a grid may hold no sentence of its own, and
// its facts fell at the text's edge while those of the cards before it stood
// between text. {0, 0} when there is none. Bounded climbs: constant work.
std::pair<int, int> NextCardAfter(const Page& page, int last) {
  const int count = static_cast<int>(page.nodes.size());
  int p = page.blocks[last].node;
  for (int level = 0;
       level < tuning::kMaxGridCardLevels && p >= 0 && page.nodes[p].parent >= 0;
       ++level, p = page.nodes[p].parent) {
    const Node& box = page.nodes[p];
    const int a = box.end;
    if (box.class_hash == 0 || a >= count || box.block_begin <= 0) continue;
    const Node& next = page.nodes[a];
    if (next.parent != box.parent || next.tag != box.tag || next.class_hash != box.class_hash ||
        next.block_begin <= last || next.block_end <= next.block_begin) {
      continue;
    }
    // The previous sibling: the child of box.parent holding the block
    // before this box's first (its last block may lie deeper in it than
    // `last` lies in this box).
    int q = page.blocks[box.block_begin - 1].node;
    for (int up = 0;
         up < 2 * tuning::kMaxGridCardLevels && q >= 0 && page.nodes[q].parent != box.parent;
         ++up) {
      q = page.nodes[q].parent;
    }
    if (q >= 0 && q != p && page.nodes[q].parent == box.parent && page.nodes[q].end == p &&
        page.nodes[q].tag == box.tag && page.nodes[q].class_hash == box.class_hash) {
      return {next.block_begin, next.block_end};
    }
  }
  return {0, 0};
}

// Whether `n` is worded as chrome by section words alone
// (kHintSectionWords: image, banner, promo, header...) and is no chrome
// by its tag.
bool WordedAsSectionOnly(const Node& n) {
  return (n.hints & kHintChromeMask) != 0 &&
         (n.hints & kHintChromeMask & ~kHintSectionWords) == 0 &&
         ChromeReason(n, /*use_hints=*/false) == nullptr;
}

// Tells whether a box is a heading over a slider of short lines: its
// blocks are a heading (its first, or the block right before it when the
// heading's parent holds the box too and is worded as a section as well:
// the slider's own box, not the product's <h1> over its pictures) and
// then, to its end, the slides:
// tuning::kMinRepeats or more children of one element, of one tag and
// class, each holding one unlinked paragraph (a product's highlights, a
// line under each picture: "Why Classic Percale?" over "100% Long-Staple
// Cotton for lasting comfort", "Cool. Crisp. Refreshing."). A gallery of
// pictures holds no lines, a slider of other products links each, a
// slider of cards holds more than a line in each. Each element's children
// are read once, however many boxes around them ask.
class HeadedSlides {
 public:
  explicit HeadedSlides(const Page& page) : page_(page) {}

  // Whether block `b` is a line of the slides of a box found so by Is():
  // a run of lines, as a list's items are.
  bool HasLine(int b) const { return !lines_.empty() && lines_[b]; }

  bool Is(int id) {
    const Node& n = page_.nodes[id];
    const int begin = n.block_begin, end = n.block_end;
    if (begin >= end) return false;
    int first = begin;  // the first slide's block
    if (page_.blocks[begin].kind == BlockKind::kHeading) {
      first = begin + 1;
    } else if (begin == 0 || page_.blocks[begin - 1].kind != BlockKind::kHeading) {
      return false;
    } else {
      const int over = page_.nodes[page_.blocks[begin - 1].node].parent;
      if (over < 0 || !Contains(page_.nodes[over], over, id) ||
          !WordedAsSectionOnly(page_.nodes[over])) {
        return false;
      }
    }
    if (end - first < tuning::kMinRepeats) return false;
    // The element holding the slides holds the blocks [first, end) alone.
    int slide = page_.blocks[first].node;
    for (int level = 0; level < tuning::kMaxGridCardLevels && slide > id; ++level) {
      const int holder = page_.nodes[slide].parent;
      if (holder < id) return false;
      const Node& h = page_.nodes[holder];
      if (h.block_begin == first && h.block_end == end) return SlidesOfLines(holder);
      slide = holder;
    }
    return false;
  }

 private:
  bool SlidesOfLines(int holder) {
    auto [known, fresh] = known_.try_emplace(holder, false);
    if (!fresh) return known->second;
    const Node& h = page_.nodes[holder];
    int slides = 0;
    const Node* model = nullptr;
    for (int c = holder + 1; c < h.end; c = page_.nodes[c].end) {
      const Node& slide = page_.nodes[c];
      if (slide.block_end == slide.block_begin) continue;
      if (model == nullptr) model = &slide;
      const TextBlock& line = page_.blocks[slide.block_begin];
      if (slide.block_end - slide.block_begin != 1 || slide.tag != model->tag ||
          slide.class_hash != model->class_hash || line.kind != BlockKind::kParagraph ||
          line.link_chars != 0) {
        return false;
      }
      ++slides;
    }
    if (slides < tuning::kMinRepeats) return false;
    if (lines_.empty()) lines_.assign(page_.blocks.size(), false);
    std::fill(lines_.begin() + h.block_begin, lines_.begin() + h.block_end, true);
    return known->second = true;
  }

  const Page& page_;
  std::unordered_map<int, bool> known_;  // by element holding slides
  std::vector<bool> lines_;              // per block: a line of slides found so
};

// On a product's page, a run of tuning::kMinRepeats or more cards (the
// children of one element, of one tag and class) that each hold a heading
// over an unlinked line and close with the same linked line of fewer than
// tuning::kShortBlockChars characters ("Solar Roof", a line on it, then
// "Buy Now"; the next card another add-on and "Buy Now" again) is other
// products, each with its button: its kept blocks go, and the heading right
// over the run ("Choose your add-ons"). A product's own highlights close
// with no button, cards whose links differ (each its own guide) stay, and
// a grid of cards without headings (a seller's offers, a variant's
// options) is left alone. Each element's children are read once.
void DropButtonCards(const Page& page, std::vector<Decision>* decisions) {
  std::vector<Decision>& d = *decisions;
  const int count = static_cast<int>(page.blocks.size());
  // headed[b]: blocks before b that are a heading over an unlinked line.
  std::vector<int> headed(count + 1, 0);
  for (int b = 0; b < count; ++b) {
    headed[b + 1] = headed[b] + (b + 1 < count && page.blocks[b].kind == BlockKind::kHeading &&
                                 page.blocks[b + 1].kind != BlockKind::kHeading &&
                                 page.blocks[b + 1].link_chars == 0);
  }
  int done = 0;  // nodes before it lie in a run already dropped
  for (int p = 0; p < static_cast<int>(page.nodes.size()); ++p) {
    const Node& h = page.nodes[p];
    if (p < done || h.block_end - h.block_begin < 3 * tuning::kMinRepeats) continue;
    int cards = 0;
    const Node* model = nullptr;
    const TextBlock* button = nullptr;
    bool run = true;
    for (int c = p + 1; c < h.end && run; c = page.nodes[c].end) {
      const Node& card = page.nodes[c];
      if (card.block_end == card.block_begin) continue;
      const TextBlock& last = page.blocks[card.block_end - 1];
      if (model == nullptr) {
        model = &card;
        button = &last;
      }
      run = headed[card.block_end - 1] > headed[card.block_begin] && card.tag == model->tag &&
            card.class_hash == model->class_hash && last.chars > 0 &&
            last.chars < tuning::kShortBlockChars && last.link_chars == last.chars &&
            last.text == button->text;
      ++cards;
    }
    if (!run || cards < tuning::kMinRepeats) continue;
    int b = h.block_begin;
    if (b > 0 && page.blocks[b - 1].kind == BlockKind::kHeading) --b;
    for (; b < h.block_end; ++b) {
      if (d[b].kept) d[b] = {false, "another product's card"};
    }
    done = h.end;
  }
}

// A kept heading right over blocks dropped for `reason` (the same string)
// goes with them when no kept text follows them before the next heading:
// "Available Options" over its pickers' labels, "Complete your order" over
// other products' tiles. Each heading reads the dropped blocks up to the
// next kept one, itself kept: the runs read do not overlap.
void DropHeadingsOver(const Page& page, const char* reason, std::vector<Decision>* decisions) {
  const std::size_t n = decisions->size();
  for (std::size_t i = 0; i + 1 < n; ++i) {
    if (!(*decisions)[i].kept || page.blocks[i].kind != BlockKind::kHeading ||
        (*decisions)[i + 1].reason != reason) {
      continue;
    }
    std::size_t next = i + 1;
    while (next < n && !(*decisions)[next].kept) ++next;
    if (next == n || page.blocks[next].kind == BlockKind::kHeading) {
      (*decisions)[i] = {false, "a heading over dropped blocks"};
    }
  }
}

// On a product's page, the shop's buy box and the tiles of other products
// sold beside it are known by their cart control: an element worded as the
// cart ("add-to-cart", kHintCart) or holding a <button> so worded
// (kFlagCartButton). A box of at most tuning::kMaxCartBoxBlocks blocks that
// holds one is a tile (another product's name, price and "Add" button, in a
// "Complete your order" row) or the buy box's own row; a box of one block
// after one among its parent's children is a note of the buy box
// ("Ships today", "Extend your warranty for $29.99"). Their kept blocks go,
// wherever the page's passes kept them (the region, or KeepBetweenKept on
// an undated page). A box holding the page's <h1> (the product's column)
// or a good block (a description under its buttons) stays, and so does a
// heading after the control: the next section's.
void DropCartBoxes(const Page& page, std::vector<Decision>* decisions) {
  const std::size_t count = page.nodes.size();
  auto control = [](const Node& n) {
    return (n.hints & kHintCart) != 0 || (n.flags & kFlagCartButton) != 0;
  };
  std::vector<char> holds(count, 0);  // per node: a cart control in its subtree
  bool any = false;
  for (std::size_t id = count; id-- > 0;) {
    const Node& n = page.nodes[id];
    if (control(n)) holds[id] = 1;
    if (holds[id] && n.parent >= 0) holds[n.parent] = 1;
    any = any || holds[id];
  }
  if (!any) return;
  std::vector<char> after(count, 0);  // per node: a child that is a control met so far
  for (std::size_t id = 0; id < count; ++id) {
    const Node& n = page.nodes[id];
    if (n.parent < 0) continue;
    const bool follows = after[n.parent] != 0;
    if (control(n)) after[n.parent] = 1;
    const int blocks = n.block_end - n.block_begin;
    if (blocks == 0 || blocks > tuning::kMaxCartBoxBlocks) continue;
    const bool note =
        follows && blocks == 1 && page.blocks[n.block_begin].kind != BlockKind::kHeading;
    if (!holds[id] && !note) continue;
    bool stays = false;
    for (int b = n.block_begin; b < n.block_end && !stays; ++b) {
      const TextBlock& block = page.blocks[b];
      stays = IsGoodBlock(block) || (block.kind == BlockKind::kHeading && block.level == 1);
    }
    if (stays) continue;
    for (int b = n.block_begin; b < n.block_end; ++b) {
      if ((*decisions)[b].kept) (*decisions)[b] = {false, kCartBox};
    }
  }
  DropHeadingsOver(page, kCartBox, decisions);
}

// True when `text` ends in an ellipsis, "…" or two dots or more, inside a
// closing quote or bracket (IsClosingQuote) or not: a line cut short ("You
// may also like...", "Loading ...", "“To be continued...”", "「続く…」"),
// not one ending a sentence.
bool EndsWithEllipsis(std::string_view text) {
  auto trim = [&text] {
    while (!text.empty() && IsBlankByte(text.back())) text.remove_suffix(1);
  };
  trim();
  std::size_t mark = text.size();
  if (IsClosingQuote(PrevCodePoint(text, &mark))) {
    text = text.substr(0, mark);
    trim();
  }
  constexpr std::string_view kEllipsis = "\xE2\x80\xA6";
  return (text.size() >= kEllipsis.size() &&
          text.substr(text.size() - kEllipsis.size()) == kEllipsis) ||
         (text.size() >= 2 && text.substr(text.size() - 2) == "..");
}

// Among the kept blocks (`survivors`, in order): short blocks survive only
// between text, introducing a list there or signing a kept quote (and on a
// collection the count of its items before the text, once:
// ReadsAsItemCount), and as the first and last items' lines of meta beside
// the text, like their items' between; headings (partly linked ones too)
// only before text (on a service page anywhere inside the text) and not over
// a link list; a mostly linked sentence only inside or opening the text.
void TrimEdges(const Page& page, PageType type, const std::vector<int>& members,
               const std::vector<int>& survivors, const std::vector<bool>& linked_sentence,
               const SheetBoxes& sheets, const HeadedSlides& slides,
               std::vector<Decision>* decisions) {
  std::vector<bool> in_list_run = UnlinkedListRuns(page, survivors);
  const std::vector<bool> headed_sheet = type == PageType::kProduct
                                             ? HeadedLabelValueLines(page, survivors)
                                             : std::vector<bool>(survivors.size(), false);
  const std::vector<bool> box_list = type == PageType::kProduct
                                         ? HeadedListsInTheTextsBox(page, survivors)
                                         : std::vector<bool>(survivors.size(), false);
  for (std::size_t i = 0; i < survivors.size(); ++i) {
    if (sheets.Has(survivors[i]) || slides.HasLine(survivors[i]) || headed_sheet[i] ||
        box_list[i]) {
      in_list_run[i] = true;
    }
  }
  // Short blocks survive only between text; headings only before text.
  int first_text = -1, last_text = -1;
  for (std::size_t i = 0; i < survivors.size(); ++i) {
    const TextBlock& block = page.blocks[survivors[i]];
    if ((block.kind != BlockKind::kHeading || IsProseHeading(block)) && !linked_sentence[i] &&
        (ReadsAsText(block) || in_list_run[i])) {
      if (first_text < 0) first_text = static_cast<int>(i);
      last_text = static_cast<int>(i);
    }
  }
  // The last survivor before the text that is not a heading: a linked
  // sentence there opens the text, with only headings between. A bare web
  // address opens none (a site's address under the headline). And the last
  // heading before the text: a declaration after it, however short, is the
  // text's own, over its description: a code block (rustdoc's "pub struct
  // Table { /* private fields */ }") or a box worded as a signature
  // (Javadoc's "type-signature", "public class Table extends Object";
  // a forum's signature follows its post's text, never opens the text).
  int opener = -1, last_heading = -1;
  for (int k = 0; k < first_text; ++k) {
    const TextBlock& block = page.blocks[survivors[k]];
    if (block.kind == BlockKind::kHeading) last_heading = k;
    if (block.kind != BlockKind::kHeading && !IsBareAddress(block)) opener = k;
  }
  auto opens_text_as_declaration = [&](int i, const TextBlock& block) {
    return (block.kind == BlockKind::kCode || (page.nodes[block.node].hints & kHintSignature)) &&
           i > last_heading && i < first_text;
  };
  // The box holding the text's last block (-1: none, or no text).
  const int last_text_box =
      last_text < 0 ? -1 : page.nodes[page.blocks[survivors[last_text]].node].parent;
  // A code block right after the text's last block, inside the box holding
  // that block, is the section's last example (a manual's closing
  // "gauge.record(1.82, when)" under the sentence telling it), however
  // short: the text's own, not the page's closing chrome.
  auto closes_text_as_example = [&](int i, const TextBlock& block) {
    return block.kind == BlockKind::kCode && last_text_box >= 0 && i == last_text + 1 &&
           block.node < page.nodes[last_text_box].end;
  };
  // On a story, an unlinked paragraph right after the text's last block (the
  // next block in page order), a child of the box holding that block, that
  // ends a sentence, is the writer's sign-off ("Happy coding!", "Thanks
  // Junior!", "Guten Appetit!"), however short: the text's own last line,
  // which the truths keep. A line ending in an ellipsis is cut short (a
  // teaser's "You may also like..."), one showing a date or a clock is the
  // page's stamp ("Updated at 1:23 p.m."), and a linked "Read more." is
  // dropped for its links before this; those still go, and so does a line
  // in a box of its own within (a buttons bar's "Support local news.").
  auto closes_text_as_sign_off = [&](int i, const TextBlock& block) {
    return type == PageType::kArticle && block.kind == BlockKind::kParagraph &&
           last_text_box >= 0 && survivors[i] == survivors[last_text] + 1 &&
           page.nodes[block.node].parent == last_text_box && block.ends_sentence &&
           block.link_chars == 0 && !EndsWithEllipsis(block.text) && PostDateStrength(block) == 0;
  };
  // The templates (TemplateKey) of the definition lists holding short
  // blocks kept between text: a reference's notes under each entry
  // (Javadoc's <dl class="notes">, Doxygen's <dl class="section return">:
  // "Returns:" over "the row of the next high water"). After the text, a
  // short block of a list of one of them that begins after the text, in
  // the box holding the text's last block, is the last entry's notes, not
  // the page's closing chrome.
  std::unordered_set<std::uint64_t> inner_notes;
  for (int i = first_text + 1; i < last_text; ++i) {
    const int parent = page.nodes[page.blocks[survivors[i]].node].parent;
    if (parent >= 0 && page.nodes[parent].tag == GUMBO_TAG_DL &&
        !ReadsAsText(page.blocks[survivors[i]])) {
      inner_notes.insert(TemplateKey(page.nodes[parent]));
    }
  }
  auto closes_last_entry = [&](int i, const TextBlock& block) {
    const int parent = page.nodes[block.node].parent;
    if (inner_notes.empty() || i <= last_text || parent < 0 || page.nodes[parent].parent < 0) {
      return false;
    }
    const Node& entry = page.nodes[page.nodes[parent].parent];
    return page.nodes[parent].block_begin > survivors[last_text] &&
           entry.block_begin <= survivors[last_text] &&
           inner_notes.count(TemplateKey(page.nodes[parent])) > 0;
  };
  // The templates (TemplateKey, a class written) of the short lines kept
  // between text, each written for several items of a listing: an item's line
  // of meta under its title ("[Kernel] Posted Mar 5, 2026 by corbet"). The
  // first item's stands before the text and the last item's after it, at
  // the text's edges; of a template the items between repeat, it is its
  // item's own, not the page's chrome.
  std::unordered_map<std::uint64_t, int> item_lines;
  auto item_line_key = [&](const TextBlock& block) {
    const Node& node = page.nodes[block.node];
    return block.kind == BlockKind::kHeading || node.class_hash == 0 || ReadsAsText(block)
               ? std::uint64_t{0}
               : TemplateKey(node);
  };
  for (int i = first_text + 1; i < last_text; ++i) {
    const std::uint64_t key = item_line_key(page.blocks[survivors[i]]);
    if (key != 0) ++item_lines[key];
  }
  auto repeats_item_line = [&](int i, const TextBlock& block) {
    if (first_text < 0 || item_lines.empty()) return false;
    if (i + 1 != first_text && i != last_text + 1) return false;
    // Right before the text's first block or right after its last, and its
    // parent holds that block: a line far from the text (a reviews box's
    // after a product's text) is no item's.
    const int box = page.nodes[block.node].parent;
    const int text = page.blocks[survivors[i + 1 == first_text ? first_text : last_text]].node;
    if (box < 0 || !Contains(page.nodes[box], box, text)) return false;
    const auto it = item_lines.find(item_line_key(block));
    return it != item_lines.end() && it->second >= tuning::kMinRepeatedItemLines;
  };
  // On a product page the last card of a grid holding the last text stays
  // whole (NextCardAfter), its name among its facts; elsewhere such a card
  // is a teaser after the text as often.
  const std::pair<int, int> last_card = type == PageType::kProduct && last_text >= 0
                                            ? NextCardAfter(page, survivors[last_text])
                                            : std::pair<int, int>{0, 0};
  auto in_last_card = [&](int b) { return b >= last_card.first && b < last_card.second; };
  // On a collection, the line counting its items before the text, once (a
  // theme writes it again for another screen size: "210 Items" twice).
  std::string_view item_count;
  auto counts_items = [&](int i, const TextBlock& block) {
    if (type != PageType::kCollection || (first_text >= 0 && i >= first_text) ||
        !ReadsAsItemCount(block) || block.text == item_count) {
      return false;
    }
    item_count = block.text;
    return true;
  };
  for (std::size_t i = 0; i < survivors.size(); ++i) {
    const int b = survivors[i];
    const TextBlock& block = page.blocks[b];
    Decision& d = (*decisions)[b];
    if (linked_sentence[i]) {
      // Inside the text, or opening it (a lead that links its names, over
      // the first section heading).
      if (first_text < 0 || static_cast<int>(i) > last_text ||
          (static_cast<int>(i) < first_text && static_cast<int>(i) != opener)) {
        d = {false, Format(kLinkDensity, LinkDensity(block))};
      }
    } else if (block.kind == BlockKind::kHeading && !IsProseHeading(block)) {
      bool text_follows = false;
      for (std::size_t k = i + 1; k < survivors.size() && k <= i + tuning::kHeadingLookahead;
           ++k) {
        const TextBlock& next = page.blocks[survivors[k]];
        // Two headings of one level stacked, the next block in page order
        // (a testimonial's "Sarah Ward" over "Parent", a kicker over its
        // title), are one heading and share the text after the second; in
        // a run of three or more (a filter panel's "Price", "Colour",
        // "Size") only the last heads the text after it, so a heading
        // stacked under one of its level pairs with none. A heading whose
        // own blocks were dropped in between (a "Related" over its cards)
        // stays apart. Not on a product page, where the first is a tab's
        // label over its panel's own title ("Description" over the
        // product's name).
        const bool under_one_of_its_level = i > 0 && survivors[i - 1] == b - 1 &&
                                            page.blocks[b - 1].kind == BlockKind::kHeading &&
                                            page.blocks[b - 1].level == block.level;
        const bool stacked = type != PageType::kProduct && k == i + 1 && survivors[k] == b + 1 &&
                             block.level != 1 && !under_one_of_its_level &&
                             next.kind == BlockKind::kHeading && next.level == block.level &&
                             !IsProseHeading(next);
        if (stacked) continue;
        // A section heading reaches over its subsections' headings; the
        // page's <h1> is its headline, not a section.
        if (next.kind == BlockKind::kHeading && (block.level == 1 || next.level <= block.level)) {
          break;
        }
        if (static_cast<int>(k) <= last_text) {
          text_follows = true;
          break;
        }
      }
      // On a service page a heading inside the text stays over no text of
      // its own: a grid of features told by their titles alone.
      const bool inside = type == PageType::kService && static_cast<int>(i) > first_text &&
                          static_cast<int>(i) < last_text;
      if (HeadsALinkList(page, members, b, *decisions)) {
        d = {false, "heading of a link list"};
      } else if (!text_follows && !inside && !in_last_card(b)) {
        d = {false, kHeadingWithoutText};
      }
    } else if (!ReadsAsText(block) && !in_list_run[i] &&
               !IntroducesAListRun(page, survivors, in_list_run, i) &&
               !ContinuesAKeptQuote(page, survivors, *decisions, i) &&
               (first_text < 0 || static_cast<int>(i) < first_text ||
                static_cast<int>(i) > last_text) &&
               !in_last_card(b) && !counts_items(static_cast<int>(i), block) &&
               !opens_text_as_declaration(static_cast<int>(i), block) &&
               !closes_text_as_example(static_cast<int>(i), block) &&
               !closes_text_as_sign_off(static_cast<int>(i), block) &&
               !closes_last_entry(static_cast<int>(i), block) &&
               !repeats_item_line(static_cast<int>(i), block)) {
      d = {false, kShortAtEdge};
    }
  }
}

// The first of the page's images (in page order, so sorted by
// before_block) that stands before block `b` or later: a binary search.
std::vector<ImageRef>::const_iterator FirstImageBefore(const Page& page, int b) {
  return std::lower_bound(
      page.images.begin(), page.images.end(), b,
      [](const ImageRef& image, int before) { return image.before_block < before; });
}

// True when an image stands between block `b` and the next block (inside
// node `box`, when one is given).
bool ImageFollows(const Page& page, int b, int box = -1) {
  const auto it = FirstImageBefore(page, b + 1);
  return it != page.images.end() && it->before_block == b + 1 &&
         (box < 0 || it->node == box || Contains(page.nodes[box], box, it->node));
}

// Whether `text` is `alt` after a figure's number, the whole of what comes
// before it: "Figure 9. A commit and its tree", "Fig. 3: ", "Abb. 2 – "; at
// most tuning::kMaxFigureLabelChars characters holding a digit, set apart
// from the alt by a space after a digit or a sign, not a letter: "Figure 3
// shows the whole valley from the dam" over a picture of "the whole valley
// from the dam" is a sentence of the text telling the figure.
bool NumberedBefore(std::string_view text, std::string_view alt) {
  if (text.size() <= alt.size() || text.compare(text.size() - alt.size(), alt.size(), alt) != 0) {
    return false;
  }
  std::string_view label = text.substr(0, text.size() - alt.size());
  if (!IsHtmlSpace(label.back()) ||
      static_cast<int>(CountCodePoints(label)) > tuning::kMaxFigureLabelChars) {
    return false;
  }
  while (!label.empty() && IsHtmlSpace(label.back())) label.remove_suffix(1);
  if (label.empty() || IsAsciiAlpha(label.back()) ||
      std::none_of(label.begin(), label.end(), [](char c) { return IsAsciiDigit(c); })) {
    return false;
  }
  // A letter of another script closing the label is a word too.
  std::size_t at = label.size() - 1;
  while (at > 0 && (static_cast<unsigned char>(label[at]) & 0xC0) == 0x80) --at;
  return !u_isalpha(static_cast<UChar32>(NextCodePoint(label, &at)));
}

// Whether block `b` is an image's caption set as a paragraph: it comes right
// after the image and opens with the image's alt text, which makes most of
// it ("Golf on TV: this week's broadcasts. (Photo: Getty)" under an image
// whose alt is the same sentence without the credit). A picture's own words
// written twice, under it, are its caption, not the text. What follows the
// alt is a credit, short or ending no sentence ("Foto: Andina"): a
// paragraph that goes on after it with a sentence of its own (an alt
// written from the paragraph's first sentence, "The river rose overnight."
// over "The river rose overnight. Residents moved their furniture
// upstairs.") is the text. The alt after the figure's number is the
// caption too (NumberedBefore: "Figure 9. A commit and its tree" under a
// manual's figure).
bool CaptionsAnImage(const Page& page, int b) {
  const TextBlock& block = page.blocks[b];
  if (block.kind != BlockKind::kParagraph) return false;
  for (auto it = FirstImageBefore(page, b); it != page.images.end() && it->before_block == b;
       ++it) {
    const std::string& alt = it->alt;
    const int alt_chars = static_cast<int>(CountCodePoints(alt));
    if (alt_chars < tuning::kMinCaptionAltChars || 2 * alt_chars < block.chars) continue;
    if (block.ends_sentence && block.chars - alt_chars >= tuning::kShortBlockChars) continue;
    if (block.text.compare(0, alt.size(), alt) == 0) return true;
    if (NumberedBefore(block.text, alt)) return true;
  }
  return false;
}

// Whether block `b` is the one block of a <figcaption>, set in a box of
// its own inside it (<figcaption><div>Photo: ...</div>, the block's own
// element a <div>, not the <figcaption>): the picture's caption, as a
// block of the <figcaption> itself is (BlockKind::kCaption). A
// <figcaption> holding several paragraphs is a slide's text, and so is a
// lone block that reads as text unless it ends no sentence and is
// tuning::kMaxStyledCaptionChars long at most (a line and its credit,
// "... Tuesday morning. Photo: Valley Post"): a slideshow sets each
// slide's paragraph of full sentences alone in its <figcaption>. The climb
// passes elements holding this one block only, so each element is climbed
// by one block at most.
bool InLoneFigcaption(const Page& page, int b) {
  const TextBlock& block = page.blocks[b];
  if (ReadsAsSentenceOfText(block)) return false;
  for (int id = block.node; id >= 0; id = page.nodes[id].parent) {
    const Node& n = page.nodes[id];
    if (n.block_end - n.block_begin != 1) return false;
    if (n.tag == GUMBO_TAG_FIGCAPTION) return true;
  }
  return false;
}

// Whether box `box`, opening at its caption's line `b`, holds
// tuning::kMaxCaptionBoxBlocks blocks at most from `b` on and no good block
// after `b` (a credit may follow the line): a picture's caption box, no
// box of text.
bool FitsCaptionBox(const Page& page, int box, int b) {
  const int box_end = page.nodes[box].block_end;
  if (box_end - b > tuning::kMaxCaptionBoxBlocks) return false;
  for (int next = b + 1; next < box_end; ++next) {
    if (IsGoodBlock(page.blocks[next])) return false;
  }
  return true;
}

// The box of a picture and the line block `b` under it, or -1: a line
// right after an image, opening the box that holds both (the image's own
// box or the one right above it: <div><p><img></p><span>...</span></div>;
// an image whose own box is the line's stands inline in its text, a
// formula's picture in a sentence), which holds
// tuning::kMaxCaptionBoxBlocks blocks at most from the line on and no good
// block after it (FitsCaptionBox: a credit may follow). The line is a
// paragraph that does not read as a sentence of text (ReadsAsSentenceOfText:
// short, or ending no sentence and no longer than
// tuning::kMaxStyledCaptionChars, "China has warned ... (Image: GETTY)").
// A heading or a quote under a picture (a section's heading, a quote set as
// the figure's caption) and a paragraph of text beside a picture are no
// caption. With `any_line`, the line may be any paragraph (a series'
// boxes, CaptionedPictureBox).
int PictureLineBox(const Page& page, int b, bool any_line = false) {
  const auto it = FirstImageBefore(page, b);
  if (it == page.images.end() || it->before_block != b) return -1;
  const int node = page.blocks[b].node;
  const auto holds = [&](int box) { return box == node || Contains(page.nodes[box], box, node); };
  int box = it->node;
  if (box == node) return -1;
  if (!holds(box)) box = page.nodes[box].parent;
  if (box < 0 || !holds(box) || page.nodes[box].block_begin != b) return -1;
  const TextBlock& line = page.blocks[b];
  if (line.kind != BlockKind::kParagraph || (!any_line && ReadsAsSentenceOfText(line))) {
    return -1;
  }
  return FitsCaptionBox(page, box, b) ? box : -1;
}

// The box of a picture whose caption block `b` is, by its place, or -1: a
// box of a picture and a line under it (PictureLineBox) that stands in no
// series: tuning::kMinPictureSeriesBoxes sibling boxes of a picture and a
// paragraph under it (whatever the paragraph's look), one right after
// another, no text between, are a series whose lines are the text (a
// how-to's steps, each a picture over its instruction, "Turn off the water
// supply."; a photo essay's pictures, each over its line). Two pictures in
// a row, each with its caption and credit, are a story's.
int CaptionedPictureBox(const Page& page, int b) {
  const int box = PictureLineBox(page, b);
  if (box < 0) return -1;
  const int parent = page.nodes[box].parent;
  int run = 1;
  // The boxes of the series after `box`, then before it.
  for (int at = box; run < tuning::kMinPictureSeriesBoxes;) {
    const int end = page.nodes[at].block_end;
    if (end >= static_cast<int>(page.blocks.size())) break;
    const int next = PictureLineBox(page, end, true);
    if (next < 0 || page.nodes[next].parent != parent) break;
    ++run;
    at = next;
  }
  for (int begin = b; run < tuning::kMinPictureSeriesBoxes;) {
    int before = -1;
    for (int first = begin - 1; first >= 0 && begin - first <= tuning::kMaxCaptionBoxBlocks;
         --first) {
      before = PictureLineBox(page, first, true);
      if (before >= 0) break;
    }
    if (before < 0 || page.nodes[before].block_end != begin ||
        page.nodes[before].parent != parent) {
      break;
    }
    ++run;
    begin = page.nodes[before].block_begin;
  }
  return run >= tuning::kMinPictureSeriesBoxes ? -1 : box;
}

// Whether block `b`, on a story, is a picture's caption or the credit
// after it in the picture's box (CaptionedPictureBox). Class words
// ("caption", "credit") mark such lines where a site writes them; on a page
// without classes they were kept as the story's text.
bool InCaptionedPictureBox(const Page& page, int b) {
  if (CaptionedPictureBox(page, b) >= 0) return true;
  for (int first = b - 1; first >= 0 && b - first < tuning::kMaxCaptionBoxBlocks; --first) {
    const int box = CaptionedPictureBox(page, first);
    if (box >= 0) return b < page.nodes[box].block_end;
  }
  return false;
}

// Whether block `next` lies in an <aside> set beside block `b`, a later
// sibling of b's element: a card a post embeds after the line that
// introduces it. The siblings read are those between the two blocks, which
// hold no text, so the calls of one pass read each node once at most; a
// `next` inside b's element or past its parent is no sibling's, and no
// sibling is read for it (a box of many "Label:" boxes, each holding its
// dropped block, read all its later boxes once per label).
bool CardFollows(const Page& page, int b, int next) {
  const Node& line = page.nodes[page.blocks[b].node];
  if (line.parent < 0) return false;
  const int at = page.blocks[next].node;
  if (at < line.end || at >= page.nodes[line.parent].end) return false;
  int c = line.end;
  while (page.nodes[c].end <= at) c = page.nodes[c].end;
  return (page.nodes[c].flags & kFlagAside) != 0;
}

// A list of links set between the lines of a text, its sibling line over it
// ending with a colon and a kept block of their box after it ("The top
// brands for tents include:", the brands, "Browse our selection..." in a
// FAQ's answer), is that text's enumeration, not a menu: its items
// (`linked_items`, dropped as links) stay. Each item is the whole of one
// <li> of that list, which opens right after the line, and opens with a
// link: the thing the line names, a note on it after. The line is more
// than a label (tuning::kMaxListLabelWords): "Read more:" over teasers set
// in the text still goes with them. A sidebar's list has no text of its
// box after it; lines of "Ann on <a>the river levels</a>" are reports, not
// names. A list closing its box is the text's too when kept text of that
// box stands above the line (a manual's section ending "see the following
// references:" and two links, its <article> ending there); a box holding
// only the line and the list is a box of related pages.
void KeepListsIntroducedInText(const Page& page, const std::vector<int>& survivors,
                               const std::vector<int>& linked_items,
                               std::vector<Decision>* decisions) {
  if (linked_items.empty()) return;
  // A kept block reading as text and not ending with a colon: text, not a
  // line introducing a list.
  auto is_text = [&](int i) {
    return (*decisions)[i].kept && ReadsAsText(page.blocks[i]) &&
           !EndsWithColon(page.blocks[i].text);
  };
  // The blocks that are text (is_text), found at the first list closing its
  // box (most pages have none, and pay nothing) and joined by the items of
  // each list kept after that, so that whether a box holds text above its
  // line is one search: read from the box's first block for each line, a
  // chain of thousands of boxes each closing with a line and its list
  // around a hundred thousand blocks cost their product.
  std::set<int> text;
  bool text_read = false;
  for (int b : survivors) {
    const int first = b + 1;
    const std::string& line = page.blocks[b].text;
    if (!(*decisions)[b].kept || !EndsWithColon(line) ||
        CountBlankSeparatedWords(line) <= tuning::kMaxListLabelWords ||
        !std::binary_search(linked_items.begin(), linked_items.end(), first)) {
      continue;
    }
    const int list = ItemList(page, first);
    const int box = page.nodes[page.blocks[b].node].parent;
    if (list < 0 || box < 0 || page.nodes[list].parent != box ||
        page.nodes[list].block_begin != first) {
      continue;
    }
    const int after = page.nodes[list].block_end;
    if (after >= page.nodes[box].block_end) {
      // The list closing its box: the text's own when kept text of the box
      // stands above the line, other than a line introducing another list
      // (a box of related pages in groups, each under its line).
      if (!text_read) {
        for (int i = 0; i < static_cast<int>(decisions->size()); ++i) {
          if (is_text(i)) text.insert(text.end(), i);
        }
        text_read = true;
      }
      const auto above = text.lower_bound(page.nodes[box].block_begin);
      if (above == text.end() || *above >= b) continue;
    } else if (!(*decisions)[after].kept) {
      continue;
    }
    bool links = true;  // every block of the list an item dropped as a link
    for (int i = first; i < after && links; ++i) {
      const TextBlock& item = page.blocks[i];
      links = ItemList(page, i) == list && !(*decisions)[i].kept && !item.links.empty() &&
              item.links.front().begin == 0 &&
              std::binary_search(linked_items.begin(), linked_items.end(), i);
    }
    if (!links || after - first < tuning::kMinLinkListBlocks) continue;
    for (int i = first; i < after; ++i) {
      (*decisions)[i] = {true, "a list the text introduces"};
      if (text_read && is_text(i)) text.insert(i);
    }
  }
}

// A short line ending with a colon introduces the block after it ("Contact:",
// "Read more:"); when that block was dropped, so is the line, unless an
// image stands between them ("The inside looks like this:" over a photo),
// or, on a thread, the block is a card the post embeds beside the line
// (CardFollows: Discourse's box of a linked issue under "I found a thread
// already open on GitHub:"), the card going as an <aside>, the line being
// the poster's.
void DropIntroductionsOfDropped(const Page& page, PageType type, const std::vector<int>& survivors,
                                std::vector<Decision>* decisions) {
  for (int b : survivors) {
    const TextBlock& block = page.blocks[b];
    if (!(*decisions)[b].kept || ReadsAsText(block) || !EndsWithColon(block.text)) continue;
    const std::size_t next = static_cast<std::size_t>(b) + 1;
    if ((next >= decisions->size() || !(*decisions)[next].kept) && !ImageFollows(page, b) &&
        !(type == PageType::kForum && next < decisions->size() &&
          CardFollows(page, b, static_cast<int>(next)))) {
      (*decisions)[b] = {false, "introduces a dropped block"};
    }
  }
}

// A disclosure's label (<summary>) names what its <details> holds: when
// nothing else of the <details> is kept (a folded table of contents whose
// links went), the label ("Contents") goes too. Each box's kept blocks are
// counted from one prefix sum taken before any label goes (at the first
// label: most pages have none, and pay nothing), so that a <details> of many
// labels after many dropped blocks is read in linear time (a label that
// goes is the one kept block of its box, and a <summary> opens its box, so
// no label read after it counted it).
void DropLabelsOfDroppedDisclosures(const Page& page, const std::vector<int>& survivors,
                                    std::vector<Decision>* decisions) {
  std::vector<int> kept_before;
  for (int b : survivors) {
    const Node& label = page.nodes[page.blocks[b].node];
    if (!(*decisions)[b].kept || label.tag != GUMBO_TAG_SUMMARY || label.parent < 0) continue;
    const Node& box = page.nodes[label.parent];
    if (box.tag != GUMBO_TAG_DETAILS) continue;
    if (kept_before.empty()) {
      kept_before.assign(decisions->size() + 1, 0);
      for (std::size_t i = 0; i < decisions->size(); ++i) {
        kept_before[i + 1] = kept_before[i] + ((*decisions)[i].kept ? 1 : 0);
      }
    }
    if (kept_before[box.block_end] - kept_before[box.block_begin] <= 1) {
      (*decisions)[b] = {false, "labels a box whose content was dropped"};
    }
  }
}

// A short unlinked line opening a box whose other blocks, at least
// tuning::kMinLinkListBlocks of them, were all dropped as links names that
// list and goes with it: a plugin's "Table of Contents" over its in-page
// index, a "Read next" over teasers set in the text, wherever the box
// stands. The box is the smallest element the line opens that holds more
// than the line; a line inside a box it does not open (a list's
// introduction in a section) is read by the edge rules. Each box is climbed
// to from the one block opening it, so the climbs read each node once.
void DropLabelsOfDroppedLinkLists(const Page& page, const std::vector<int>& survivors,
                                  std::vector<Decision>* decisions) {
  std::vector<int> linked_before;  // dropped link-dense blocks before block i
  for (int b : survivors) {
    const TextBlock& block = page.blocks[b];
    if (!(*decisions)[b].kept || block.link_chars > 0 || ReadsAsText(block) ||
        (block.kind != BlockKind::kParagraph && block.kind != BlockKind::kHeading)) {
      continue;
    }
    int box = block.node;
    bool item = false;
    while (box >= 0 && page.nodes[box].block_begin == b && page.nodes[box].block_end == b + 1) {
      item = item || page.nodes[box].tag == GUMBO_TAG_LI;
      box = page.nodes[box].parent;
    }
    if (item || box < 0 || page.nodes[box].block_begin != b ||
        page.nodes[box].tag == GUMBO_TAG_OL || page.nodes[box].tag == GUMBO_TAG_UL) {
      continue;
    }
    const int rest = page.nodes[box].block_end - b - 1;
    if (rest < tuning::kMinLinkListBlocks) continue;
    if (linked_before.empty()) {
      linked_before.assign(decisions->size() + 1, 0);
      for (std::size_t i = 0; i < decisions->size(); ++i) {
        const bool linked = DroppedAsLinks(page, *decisions, static_cast<int>(i));
        linked_before[i + 1] = linked_before[i] + (linked ? 1 : 0);
      }
    }
    if (linked_before[page.nodes[box].block_end] - linked_before[b + 1] == rest) {
      (*decisions)[b] = {false, "labels a list whose links were dropped"};
    }
  }
}

// A short unlinked heading the reader meets right before a run of blocks
// the region dropped for their links (kLinkDensity),
// tuning::kMinLinkListBlocks of them or more, with no kept block between,
// names that run ("Table of Contents" over an in-page index) as a heading
// right over the links does (HeadsALinkList), though short lines dropped at
// the text's edge (kShortAtEdge) stand between: an accordion's heading in a
// bar beside its folding button, whose own label repeats the heading, the
// links in the panel after the bar. Any other dropped block breaks the run:
// a line of text, or a box dropped as chrome (a share bar under a section's
// heading is no list the heading names, the text after it is). Each heading
// reads up to the next kept block, so the runs read are disjoint.
void DropHeadingsOfDroppedLinkLists(const Page& page, const std::vector<int>& survivors,
                                    std::vector<Decision>* decisions) {
  const int count = static_cast<int>(decisions->size());
  for (int b : survivors) {
    const TextBlock& block = page.blocks[b];
    if (!(*decisions)[b].kept || block.kind != BlockKind::kHeading || block.link_chars > 0 ||
        ReadsAsText(block)) {
      continue;
    }
    int linked = 0;
    int next = b + 1;
    for (; next < count && !(*decisions)[next].kept; ++next) {
      const std::string& reason = (*decisions)[next].reason;
      if (reason.rfind(kLinkDensity, 0) == 0) {
        ++linked;
      } else if (reason != kShortAtEdge) {
        break;
      }
    }
    if (linked >= tuning::kMinLinkListBlocks && (next == count || (*decisions)[next].kept)) {
      (*decisions)[b] = {false, "labels a list whose links were dropped"};
    }
  }
}

// The words around an e-mail field (Page::email_fields) in a box of their
// own are a sign-up box set in the text or after it, a heading and a line or
// two over the field ("Don't miss a story" / "Get the week's news in your
// inbox every Friday."; a product's "Notify me when back in stock"),
// however the box is worded: they go with the form (the caller leaves a
// service page's own request forms alone). The box is the highest one at
// most tuning::kMaxSignUpLevels above the field that holds at most
// tuning::kMaxSignUpBlocks blocks, at most tuning::kMaxSignUpKept of them
// kept and none of those longer than tuning::kMaxSignUpChars: the story
// around it holds more, or longer ones; and the text kept outside the box
// must outweigh it (a short story in one box with a field is the story).
void DropSignUpBoxes(const Page& page, std::vector<Decision>* decisions) {
  int all_chars = -1;  // of the kept blocks, counted at the first box found
  for (int field : page.email_fields) {
    int box = -1, box_chars = 0;
    for (int up = field, level = 0; up >= 0 && level <= tuning::kMaxSignUpLevels;
         up = page.nodes[up].parent, ++level) {
      const Node& n = page.nodes[up];
      if (n.block_end - n.block_begin > tuning::kMaxSignUpBlocks) break;
      int kept = 0, chars = 0;
      bool fits = true;
      for (int b = n.block_begin; b < n.block_end && fits; ++b) {
        if (!(*decisions)[b].kept) continue;
        chars += page.blocks[b].weighted_chars;
        fits = ++kept <= tuning::kMaxSignUpKept &&
               page.blocks[b].weighted_chars <= tuning::kMaxSignUpChars;
      }
      if (!fits) break;
      box = up;
      box_chars = chars;
    }
    if (box < 0 || box_chars == 0) continue;
    if (all_chars < 0) {
      all_chars = 0;
      for (std::size_t b = 0; b < decisions->size(); ++b) {
        if ((*decisions)[b].kept) all_chars += page.blocks[b].weighted_chars;
      }
    }
    if (all_chars - box_chars <= box_chars) continue;
    for (int b = page.nodes[box].block_begin; b < page.nodes[box].block_end; ++b) {
      if ((*decisions)[b].kept) (*decisions)[b] = {false, "a sign-up box around an e-mail field"};
    }
  }
}

// A table cell dropped as a link (`linked_cells`) stays when its row keeps
// other cells: the linked name of a product or place in a table of data.
// Paragraphs inside a cell (a page laid out in a table) are not cells of data.
// A kept header cell (<th>) keeps the links beside it only in a table that
// keeps a data cell (<td>): a data sheet's label over its linked value
// ("Brand" | "Acme Outdoor" among unlinked "Weight" | "1.9 kg"), not a
// manual's navigation row setting Prev, Up, Home and Next around the part's
// title in a <th>, nor a wiki's navigation box, its linked names beside
// their group's label (tables of links, no data cell kept).
void KeepLinkedCellsOfKeptRows(const Page& page, const std::vector<int>& members,
                               const std::vector<int>& linked_cells,
                               std::vector<Decision>* decisions) {
  if (linked_cells.empty()) return;
  std::unordered_set<int> kept_rows, data_tables;
  std::vector<int> kept_headers;
  for (int b : members) {
    const TextBlock& block = page.blocks[b];
    if (!(*decisions)[b].kept || block.row < 0) continue;
    if (block.header) {
      kept_headers.push_back(b);
    } else {
      kept_rows.insert(block.row);
      data_tables.insert(block.table);
    }
  }
  for (int b : kept_headers) {
    if (data_tables.count(page.blocks[b].table)) kept_rows.insert(page.blocks[b].row);
  }
  for (int b : linked_cells) {
    if (kept_rows.count(page.blocks[b].row)) (*decisions)[b] = {true, kMainContent};
  }
  // A table that keeps header cells only, beside data cells dropped as
  // links, is a manual's navigation table: its <th> name the chapter and the
  // part around Prev, Up and Next, and go with them.
  std::unordered_set<int> link_tables;
  for (int b : linked_cells) {
    if (!page.blocks[b].header) link_tables.insert(page.blocks[b].table);
  }
  for (int b : kept_headers) {
    const int table = page.blocks[b].table;
    if (!data_tables.count(table) && link_tables.count(table)) {
      (*decisions)[b] = {false, "a header of a table of links"};
    }
  }
}

// The rows of a grid laid out in boxes, not a <table>: the children of a
// box, each holding one block, all of one element, whose classes repeat
// with a period of 2 to tuning::kMaxGridPeriod cells, all different within
// it, two cells of the period recurring at least (Javadoc 17's
// summary-table, "col-first", "col-second", "col-last" row after row,
// striped "even-row-color" and "odd-row-color": a period of two rows, the
// last one whole or not). Per child of `box` in the run, in order: the child
// and the first child of its period. A list of items of one class has a
// period of one and makes no grid.
std::vector<std::pair<int, int>> GridRowsOf(const Page& page, int box) {
  std::vector<int> cells;
  for (int c = box + 1; c < page.nodes[box].end; c = page.nodes[c].end) cells.push_back(c);
  const int n = static_cast<int>(cells.size());
  std::vector<std::pair<int, int>> rows;
  auto one_block = [&](int i) {
    const Node& c = page.nodes[cells[i]];
    return c.class_hash != 0 && c.block_end - c.block_begin == 1;
  };
  auto hash = [&](int i) { return page.nodes[cells[i]].class_hash; };
  for (int period = 2; period <= tuning::kMaxGridPeriod && period + 2 <= n; ++period) {
    // A cell recurs when the cell a period back has its classes and no
    // cell between them does, all of one element (a story's heading,
    // picture and paragraphs, section after section, are no grid). The
    // longest streak of recurring cells, with the period before it, is the
    // run.
    int best_begin = 0, best_end = 0;
    for (int i = period, streak = 0; i < n; ++i) {
      bool recurs = one_block(i) && one_block(i - period) && hash(i) == hash(i - period);
      for (int k = i - period; k < i && recurs; ++k) {
        recurs = page.nodes[cells[k]].tag == page.nodes[cells[i]].tag &&
                 (k == i - period || hash(k) != hash(i));
      }
      streak = recurs ? streak + 1 : 0;
      if (streak + period > best_end - best_begin) {
        best_begin = i + 1 - streak - period;
        best_end = i + 1;
      }
    }
    if (best_end - best_begin >= period + 2) {
      for (int i = best_begin; i < best_end; ++i) {
        rows.emplace_back(cells[i], cells[best_begin + (i - best_begin) / period * period]);
      }
      return rows;
    }
  }
  return rows;
}

// A block dropped as a link outside tables (`linked_boxes`) stays when it is
// a cell of a grid laid out in boxes (GridRowsOf) whose row keeps a block:
// Javadoc 17's method summary, the return type and the method's linked name
// beside the method's kept description, as KeepLinkedCellsOfKeptRows keeps
// a <table>'s. The cell is the block's element or an ancestor holding it
// alone, tuning::kMaxGridCellLevels up at most. Grids are read once per
// box.
void KeepLinkedCellsOfKeptGridRows(const Page& page, const std::vector<int>& linked_boxes,
                                   std::vector<Decision>* decisions) {
  std::unordered_map<int, std::vector<std::pair<int, int>>> grids;  // box -> GridRowsOf
  for (int b : linked_boxes) {
    int cell = page.blocks[b].node;
    for (int level = 0; level <= tuning::kMaxGridCellLevels && cell >= 0;
         ++level, cell = page.nodes[cell].parent) {
      const Node& c = page.nodes[cell];
      if (c.block_begin != b || c.block_end != b + 1 || c.parent < 0) break;
      auto grid = grids.find(c.parent);
      if (grid == grids.end()) grid = grids.emplace(c.parent, GridRowsOf(page, c.parent)).first;
      const std::vector<std::pair<int, int>>& rows = grid->second;
      auto at = std::lower_bound(rows.begin(), rows.end(), std::make_pair(cell, -1));
      if (at == rows.end() || at->first != cell) continue;
      // The row's blocks: its cells hold one block each, in order.
      auto first = at, last = at;
      while (first != rows.begin() && std::prev(first)->second == at->second) --first;
      while (std::next(last) != rows.end() && std::next(last)->second == at->second) ++last;
      for (int k = page.nodes[first->first].block_begin; k < page.nodes[last->first].block_end;
           ++k) {
        if (k != b && (*decisions)[k].kept) {
          (*decisions)[b] = {true, kMainContent};
          break;
        }
      }
      break;
    }
  }
}

// A block that opens with unlinked words and links some of its words after
// them, under tuning::kMaxLinkedSentenceDensity: a phrase linking the
// product it names ("Build personalized, <a>automated campaigns</a>"), not
// a menu's entry, whose title is its link.
bool IsPhraseLinkingItsWords(const TextBlock& b) {
  if (b.links.empty() || LinkDensity(b) >= tuning::kMaxLinkedSentenceDensity) return false;
  const std::string_view before = std::string_view(b.text).substr(0, b.links.front().begin);
  return LetterShare(before) > 0.5;
}

// A list item dropped as a link (`linked_items`) stays when its list keeps
// at least as many of its items as it drops so, one of them reading as
// text, the items kept in lists nested in its items counting as its own:
// an entry of a list of deliverables that links to the package it names,
// among entries that are text or beside a "Plus:" over a list of them; a
// spec line linking its part. A list of links keeps none of its items, nor
// do the lists of links nested in it, and loses them all still.
void KeepLinkedItemsOfKeptLists(const Page& page, const std::vector<int>& members,
                                const std::vector<int>& linked_items,
                                std::vector<Decision>* decisions) {
  if (linked_items.empty()) return;
  struct Items {
    int kept = 0;
    int linked = 0;
    bool text = false;
    bool plain = false;  // a kept item without links
  };
  std::unordered_map<int, Items> lists;  // list node -> its items
  for (int b : linked_items) ++lists[page.nodes[page.blocks[b].node].parent].linked;
  for (int b : members) {
    const TextBlock& block = page.blocks[b];
    if (!(*decisions)[b].kept || block.kind != BlockKind::kListItem) continue;
    // Up through lists nested item in list: the item counts for each.
    for (int up = page.nodes[block.node].parent; up >= 0; up = page.nodes[up].parent) {
      auto it = lists.find(up);
      if (it != lists.end()) {
        ++it->second.kept;
        if (ReadsAsText(block)) it->second.text = true;
        if (block.links.empty()) it->second.plain = true;
      }
      const int tag = page.nodes[up].tag;
      if (tag != GUMBO_TAG_UL && tag != GUMBO_TAG_OL && tag != GUMBO_TAG_LI) break;
    }
  }
  for (int b : linked_items) {
    const Items& items = lists[page.nodes[page.blocks[b].node].parent];
    if ((items.text && items.kept >= items.linked) ||
        (items.plain && IsPhraseLinkingItsWords(page.blocks[b]))) {
      (*decisions)[b] = {true, kMainContent};
    }
  }
}

// A pager built as a list: every item a link to a page of the list ("2",
// "Next") but the current page, a number alone and no link (Magento's
// "<li class="item current"><strong>1</strong>"). Once the links went
// (`linked_items`, dropped as links), that number stood alone in the text;
// it goes with them. A list keeping any other item is no pager.
void DropCurrentPagesOfPagers(const Page& page, const std::vector<int>& members,
                              const std::vector<int>& linked_items,
                              std::vector<Decision>* decisions) {
  std::unordered_map<int, int> linked;  // list node -> its items dropped as links
  for (int b : linked_items) {
    const int list = ItemList(page, b);
    if (list >= 0 && !(*decisions)[b].kept) ++linked[list];
  }
  if (linked.empty()) return;
  for (int b : members) {
    const TextBlock& block = page.blocks[b];
    if (!(*decisions)[b].kept || block.link_chars > 0 || block.text.empty() ||
        block.text.size() > tuning::kMaxPageNumberDigits ||
        !std::all_of(block.text.begin(), block.text.end(), IsAsciiDigit)) {
      continue;
    }
    const int list = ItemList(page, b);
    const auto it = list >= 0 ? linked.find(list) : linked.end();
    if (it == linked.end()) continue;
    int items = 0;  // the list's items holding text
    for (int c = list + 1; c < page.nodes[list].end; c = page.nodes[c].end) {
      const Node& n = page.nodes[c];
      items += n.tag == GUMBO_TAG_LI && n.block_end > n.block_begin;
    }
    if (items == it->second + 1) (*decisions)[b] = {false, "the current page of a pager"};
  }
}

// Lists wholly dropped as links (`linked_items`, in order) stay when each
// closes a card that keeps its heading and text: the smallest box, at most
// tuning::kMaxCardLevels above the list, that holds a block before it holds
// before it at most tuning::kMaxCardHeadBlocks blocks, among them a kept
// heading and a kept block reading as text and no list item, and after it
// at most tuning::kMaxCardTailBlocks blocks, none kept nor text (the card's
// "Read more"), or a box above it, within those bounds, when it holds no
// heading at all. Lists one after the other, or nested in an item, are one
// run of items. Two or more such cards are needed: a
// college's programme cards, each its field's name, a paragraph on it and
// the linked courses it offers. A story's related links lie in its body,
// among paragraphs after them; a sidebar's list under a heading alone has
// no text over it.
void KeepLinkListsOfKeptCards(const Page& page, const std::vector<int>& linked_items,
                              std::vector<Decision>* decisions) {
  // Runs of adjacent items: a list, or lists set one after the other (a
  // card's courses in groups, a list nesting another in an item).
  std::vector<std::pair<int, int>> lists;  // first and last item of each run
  for (int b : linked_items) {
    if (!lists.empty() && lists.back().second + 1 == b) {
      lists.back().second = b;
    } else {
      lists.emplace_back(b, b);
    }
  }
  std::vector<std::pair<int, int>> cards;
  for (const auto& [first, last] : lists) {
    bool whole = true;  // every list of the run lies in it
    for (int b = first; b <= last && whole; ++b) {
      const int list = page.nodes[page.blocks[b].node].parent;
      whole = list >= 0 && page.nodes[list].block_begin >= first &&
              page.nodes[list].block_end <= last + 1;
    }
    if (!whole) continue;  // some item of a list was not dropped as a link
    int box = page.nodes[page.blocks[first].node].parent;
    int level = 0;
    for (; box >= 0 && page.nodes[box].block_begin == first; ++level) {
      box = level < tuning::kMaxCardLevels ? page.nodes[box].parent : -1;
    }
    // The card's heading may stand a box above the one holding its text and
    // list (<h4> beside <div><p>...</p><ul>...</ul></div>): a box holding no
    // heading is climbed out of while the levels and sizes allow. One whose
    // heading was dropped is a box of links of its own ("Our services" over
    // two links, beside a story's section).
    for (; box >= 0 && level <= tuning::kMaxCardLevels; ++level) {
      const Node& card = page.nodes[box];
      if (card.block_end <= last) {  // the run's later lists lie outside the box
        box = card.parent;
        continue;
      }
      if (card.block_end - last - 1 > tuning::kMaxCardTailBlocks ||
          first - card.block_begin > tuning::kMaxCardHeadBlocks) {
        break;
      }
      bool heading = false, text = false, fits = true, any_heading = false;
      for (int b = card.block_begin; b < first && fits; ++b) {
        const TextBlock& block = page.blocks[b];
        if (block.kind == BlockKind::kListItem) fits = false;
        if (block.kind == BlockKind::kHeading) any_heading = true;
        if (!(*decisions)[b].kept) continue;
        if (block.kind == BlockKind::kHeading) heading = true;
        if (block.kind != BlockKind::kHeading && ReadsAsText(block)) text = true;
      }
      for (int b = last + 1; b < card.block_end && fits; ++b) {
        if ((*decisions)[b].kept || ReadsAsText(page.blocks[b])) fits = false;
      }
      if (fits && heading && text) cards.emplace_back(first, last);
      if (!fits || any_heading) break;
      box = card.parent;
    }
  }
  if (static_cast<int>(cards.size()) < tuning::kMinLinkedTitles) return;
  for (const auto& [first, last] : cards) {
    for (int b = first; b <= last; ++b) (*decisions)[b] = {true, "a link list of a kept card"};
  }
}

// Whether the linked line and the text after it (`title`: their blocks) lie
// in a card of their own: the smallest box holding both, at most
// tuning::kMaxCardLevels above the line, ends with the text and holds
// before the line at most tuning::kMaxTitleDataLines short lines, none
// text (the card's number, "/01"). A story's related links share its body,
// or a section of it, with the paragraphs around them.
bool InCardOfItsOwn(const Page& page, const std::pair<int, int>& title) {
  const int text = page.blocks[title.second].node;
  int box = page.blocks[title.first].node;
  for (int level = 0; box >= 0 && !Contains(page.nodes[box], box, text); ++level) {
    if (level == tuning::kMaxCardLevels) return false;
    box = page.nodes[box].parent;
  }
  if (box < 0) return false;
  const Node& card = page.nodes[box];
  if (card.block_end != title.second + 1 ||
      card.block_begin + tuning::kMaxTitleDataLines < title.first) {
    return false;
  }
  for (int b = card.block_begin; b < title.first; ++b) {
    if (ReadsAsText(page.blocks[b]) || page.blocks[b].link_chars > 0) return false;
  }
  return true;
}

// `url` without its fragment.
std::string_view BeforeFragment(std::string_view url) { return url.substr(0, url.find('#')); }

// Whether the one link of linked line `b` leads to a place on the page
// itself: a fragment alone ("#fn1"), or one after the page's own address,
// as its URL or canonical URL gives it ("https://example.com/p/floods#
// footnote-1": engines that write every link whole). A footnote's number or
// its way back, an index's entry, no title of another page. Not its <base
// href>: that may be another page (the site's root, a mirror), and a link
// to it leads there.
bool JumpsWithinThePage(const TextBlock& b, const Metadata& meta) {
  if (b.links.size() != 1) return false;
  const std::string& href = b.links.front().href;
  const std::size_t hash = href.find('#');
  if (hash == std::string::npos || hash + 1 == href.size()) return false;
  if (hash == 0) return true;
  const std::string target = meta.urls.Resolve(href);
  const std::string_view address = BeforeFragment(target);
  return !address.empty() && (address == BeforeFragment(meta.urls.page()) ||
                              address == BeforeFragment(meta.canonical));
}

// Headings dropped as links (`linked_headings`) stay when the block right
// after each is kept text and the page repeats that pattern: the linked
// titles of a listing's items above their summaries. One linked heading over
// a paragraph is a teaser of another story. Up to tuning::kMaxTitleDataLines
// short lines between a title and its text (the item's byline, date, tags)
// stay with them, unless hidden. Linked lines (`lines`: IsLinkedTitleLine)
// read as titles only right over their text and shorter than it (not a
// citation over a remark), and only when no other of them says the same (a
// call to action under each card: "Read their story") and none leads
// within the page (JumpsWithinThePage). Once headings are so kept, the
// other linked headings of their tag and class right over a kept block stay
// as well: the same list's items, though their text does not read as text.
void KeepLinkedTitlesOfKeptText(const Page& page, const Metadata& meta,
                                const std::vector<int>& linked_headings, bool lines,
                                std::vector<Decision>* decisions) {
  std::unordered_map<std::string_view, int> said;
  if (lines) {
    for (int b : linked_headings) ++said[page.blocks[b].text];
  }
  const std::size_t data_lines = lines ? 0 : static_cast<std::size_t>(tuning::kMaxTitleDataLines);
  std::vector<std::pair<int, int>> titles;  // heading, the kept text after it
  for (int b : linked_headings) {
    if (lines && (said[page.blocks[b].text] > 1 || JumpsWithinThePage(page.blocks[b], meta))) {
      continue;
    }
    // Between them, an item's short data lines: its byline, date, tags.
    std::size_t next = static_cast<std::size_t>(b) + 1;
    while (next < decisions->size() && next - b <= data_lines &&
           page.blocks[next].kind == BlockKind::kParagraph &&
           page.blocks[next].chars <= tuning::kMaxSpecLabelChars &&
           !ReadsAsText(page.blocks[next])) {
      ++next;
    }
    if (next < decisions->size() && (*decisions)[next].kept &&
        page.blocks[next].kind == BlockKind::kParagraph && ReadsAsText(page.blocks[next]) &&
        (!lines || page.blocks[b].chars < page.blocks[next].chars)) {
      titles.emplace_back(b, static_cast<int>(next));
    }
  }
  if (lines) {
    // Lines only in a run of titles each right over one paragraph: title,
    // text, title, text (a story's related links lie paragraphs apart), or
    // each with its text in a card of its own (a course's chapters, each
    // card its number, linked title and summary).
    std::vector<std::pair<int, int>> run;
    for (std::size_t i = 0; i < titles.size(); ++i) {
      const bool before = i > 0 && titles[i - 1].second + 1 == titles[i].first;
      const bool after = i + 1 < titles.size() && titles[i].second + 1 == titles[i + 1].first;
      if (before || after || InCardOfItsOwn(page, titles[i])) {
        run.push_back(titles[i]);
      }
    }
    titles.swap(run);
  }
  if (static_cast<int>(titles.size()) < tuning::kMinLinkedTitles) return;
  std::unordered_map<int, bool> hidden;
  std::unordered_set<std::uint64_t> templates;
  for (const auto& [b, text] : titles) {
    (*decisions)[b] = {true, "linked title of the kept text after it"};
    templates.insert(TemplateKey(page.nodes[page.blocks[b].node]));
    for (int k = b + 1; k < text; ++k) {
      if (!(*decisions)[k].kept && !IsHiddenAt(page, page.blocks[k].node, &hidden)) {
        (*decisions)[k] = {true, "a data line of a kept linked title"};
      }
    }
  }
  if (lines) return;
  // The other items of the same list: headings of the titles' tag and class
  // right over kept blocks that no paragraph of text follows at once (a
  // byline too long for a data line, a summary with no full stop, a quote).
  for (int b : linked_headings) {
    const std::size_t next = static_cast<std::size_t>(b) + 1;
    if (!(*decisions)[b].kept && next < decisions->size() && (*decisions)[next].kept &&
        page.blocks[next].kind != BlockKind::kHeading &&
        templates.count(TemplateKey(page.nodes[page.blocks[b].node])) > 0) {
      (*decisions)[b] = {true, "linked title like the kept ones, over kept text"};
    }
  }
}

// On any page but a story, cards each one link whole, its title and the
// summary under it (`linked_headings`: the headings dropped as links; the
// summary a sentence of tuning::kShortBlockChars or more, dropped as a link
// too), stay when tuning::kMinLinkedTitles or more do: a listing's teasers
// whose whole box is a link ("Featured", a newsletter's issues, a shop's
// categories each with its line of text). Title and summary lead to one
// address; a heading linking elsewhere than the sentence under it is a
// strip of links. Once cards are so kept, the other cards of their
// template (the title's and the summary's tag and class, a class written on
// one of them) in a kept card's row stay too, however short their sentence:
// the row's items ("Quarter", "Like the high-tops of socks." beside "Calf",
// "Hits mid-calf and stays there."), not a card of bare tags or one outside
// the row elsewhere in the region (a "Join us" box after the grid). A card
// is in a kept card's row when the smallest box holding it and a kept card
// lies within the smallest holding that card and another kept one (a
// card's copies for other screens, linking to its address, count once).
void KeepWholeLinkedCards(const Page& page, const std::vector<int>& linked_headings,
                          std::vector<Decision>* decisions) {
  // A dropped linked heading over a dropped sentence linked whole to the
  // same address: a card, whatever its sentence's length.
  auto card = [&](int h) {
    const std::size_t s = static_cast<std::size_t>(h) + 1;
    if (s >= decisions->size() || (*decisions)[h].kept || (*decisions)[s].kept ||
        (*decisions)[s].reason.rfind(kLinkDensity, 0) != 0) {
      return false;
    }
    const TextBlock& summary = page.blocks[s];
    const LinkSpan* title_link = WholeLink(page.blocks[h]);
    const LinkSpan* summary_link = WholeLink(summary);
    return title_link != nullptr && summary_link != nullptr &&
           title_link->href == summary_link->href && summary.kind == BlockKind::kParagraph &&
           summary.ends_sentence;
  };
  // The card's template: its title's tag and class, then its summary's.
  auto template_of = [&](int h) {
    return std::make_pair(TemplateKey(page.nodes[page.blocks[h].node]),
                          TemplateKey(page.nodes[page.blocks[h + 1].node]));
  };
  std::vector<int> cards, short_cards;
  for (int h : linked_headings) {
    if (!card(h)) continue;
    if (page.blocks[h + 1].weighted_chars >= tuning::kShortBlockChars) {
      cards.push_back(h);
    } else {
      short_cards.push_back(h);
    }
  }
  if (static_cast<int>(cards.size()) < tuning::kMinLinkedTitles) return;
  // The kept cards' items: a run of cards (in page order) linking to one
  // address is one item set again for other screens (item[i] for cards[i]).
  std::vector<int> item(cards.size(), 0);
  for (std::size_t i = 1; i < cards.size(); ++i) {
    item[i] = item[i - 1] + (WholeLink(page.blocks[cards[i]])->href !=
                             WholeLink(page.blocks[cards[i - 1]])->href);
  }
  // The number of kept items with a card's title in node `box`.
  auto items_in = [&](int box) {
    const Node& n = page.nodes[box];
    const auto lo = std::lower_bound(cards.begin(), cards.end(), n.block_begin) - cards.begin();
    const auto hi = std::lower_bound(cards.begin(), cards.end(), n.block_end) - cards.begin();
    return hi > lo ? item[hi - 1] - item[lo] + 1 : 0;
  };
  // The smallest box holding card `h`'s title and `count` (1 or 2) kept
  // items, -1 for none. Each node's answer is its own or its parent's, so
  // it is kept per count (holding[count - 1], -2 while not known) for the
  // nodes a climb passes: cards deep in wrappers that hold one item (cards
  // linking to one address, or short cards far below the kept ones) each
  // climbed the whole chain, their number times its depth.
  std::vector<int> holding[2];
  std::vector<int> climbed;
  auto box_holding = [&](int h, int count) {
    std::vector<int>& known = holding[count - 1];
    if (known.empty()) known.assign(page.nodes.size(), -2);
    climbed.clear();
    int box = page.blocks[h].node;
    while (box >= 0 && known[box] == -2 && items_in(box) < count) {
      climbed.push_back(box);
      box = page.nodes[box].parent;
    }
    if (box >= 0 && known[box] != -2) box = known[box];
    for (int c : climbed) known[c] = box;
    return box;
  };
  std::set<std::pair<std::uint64_t, std::uint64_t>> templates;
  std::unordered_set<int> rows;  // the smallest boxes holding a kept card and another item
  for (int h : cards) {
    templates.insert(template_of(h));
    rows.insert(box_holding(h, 2));
  }
  std::vector<int> row_cards;
  for (int h : short_cards) {
    const bool classed = page.nodes[page.blocks[h].node].class_hash != 0 ||
                         page.nodes[page.blocks[h + 1].node].class_hash != 0;
    if (!classed || templates.count(template_of(h)) == 0) continue;
    // Beside one kept item only, or in the row of the kept cards it is with.
    const int box = box_holding(h, 1);
    if (box >= 0 && (items_in(box) == 1 || rows.count(box) > 0)) row_cards.push_back(h);
  }
  cards.insert(cards.end(), row_cards.begin(), row_cards.end());
  for (int h : cards) {
    (*decisions)[h] = {true, "a linked card's title"};
    (*decisions)[h + 1] = {true, "a linked card's summary"};
  }
}

// `host` without a leading "www.".
std::string_view SiteOf(std::string_view host) {
  return host.rfind("www.", 0) == 0 ? host.substr(4) : host;
}

// Whether `link` leads to another page of the page's own site: written
// relative, or to the host of the page's URL or of its canonical URL.
bool LeadsWithinTheSite(const LinkSpan& link, const Metadata& meta) {
  if (link.href.empty() || link.href[0] == '#') return false;
  const std::string host = UrlHost(link.href);
  if (host.empty()) return UrlScheme(link.href).empty();
  const std::string base = UrlHost(meta.urls.base()), canonical = UrlHost(meta.canonical);
  return (!base.empty() && SiteOf(host) == SiteOf(base)) ||
         (!canonical.empty() && SiteOf(host) == SiteOf(canonical));
}

// Whether node `id` is a list (<ul>, <ol>) of tuning::kMinTeaserCards or
// more items, each a card of another post of the site: a heading that is
// one link whole to a page of the site (LeadsWithinTheSite), over one block
// at most (its excerpt). A block theme's Query Loop ("wp-block-post-
// template") lists the site's other posts so, each item's classes naming
// its own category.
bool ListOfSiteTeasers(const Page& page, const Metadata& meta, int id) {
  const Node& n = page.nodes[id];
  if (n.tag != GUMBO_TAG_UL && n.tag != GUMBO_TAG_OL) return false;
  int cards = 0;
  for (int c = id + 1; c < n.end; c = page.nodes[c].end) {
    const Node& card = page.nodes[c];
    if (card.block_begin == card.block_end) continue;
    if (card.tag != GUMBO_TAG_LI || card.block_end - card.block_begin > 2) return false;
    const TextBlock& head = page.blocks[card.block_begin];
    const LinkSpan* link = WholeLink(head);
    if (head.kind != BlockKind::kHeading || link == nullptr || !LeadsWithinTheSite(*link, meta)) {
      return false;
    }
    ++cards;
  }
  return cards >= tuning::kMinTeaserCards;
}

// On a story, a list of teaser cards of the site's other posts set in the
// text (ListOfSiteTeasers: "More from Garden Notes" between two sections)
// goes, with the short unlinked line or heading opening the box it closes
// (its label), when the region's roots keep more text outside the list
// than in it; KeepLinkedTitlesOfKeptText had kept each linked title over
// its excerpt, as a listing's. A roundup's items are most of its text and
// stay; so do items set as sibling headings and paragraphs, as a roundup
// sets them, and cards linking to other sites.
void DropSiteTeasersInsideTheStory(const Page& page, const Metadata& meta,
                                   const std::vector<int>& roots,
                                   std::vector<Decision>* decisions) {
  std::vector<Decision>& d = *decisions;
  for (int r : roots) {
    const Node& root = page.nodes[r];
    for (int id = r + 1; id < root.end; ++id) {
      const Node& n = page.nodes[id];
      if (n.block_end - n.block_begin < tuning::kMinTeaserCards ||
          !ListOfSiteTeasers(page, meta, id)) {
        continue;
      }
      int inside = 0, outside = 0;
      for (int b = root.block_begin; b < root.block_end; ++b) {
        if (d[b].kept) {
          (b >= n.block_begin && b < n.block_end ? inside : outside) +=
              page.blocks[b].weighted_chars;
        }
      }
      id = n.end - 1;  // lists inside the cards are theirs
      if (inside == 0 || outside <= inside) continue;
      for (int b = n.block_begin; b < n.block_end; ++b) {
        if (d[b].kept) d[b] = {false, "teasers of the site's posts inside the story"};
      }
      const int label = n.block_begin - 1;
      const int box = n.parent;
      if (box >= 0 && label >= 0 && page.nodes[box].block_begin == label &&
          page.nodes[box].block_end == n.block_end && d[label].kept &&
          page.blocks[label].link_chars == 0 && !ReadsAsText(page.blocks[label])) {
        d[label] = {false, "labels teasers of the site's posts"};
      }
    }
  }
}

// On a story, a paragraph kept as a linked sentence that is one link whole
// to the address a heading right above it links whole (up to
// tuning::kMaxTitleDataLines blocks between: a date, a label) is a card of
// another page: its title and its summary or call to action both lead
// there ("Free Storyboard Template" over "We designed this template to
// ...", a box set between a guide's sections). The paragraph goes, so the
// title stays dropped with it (KeepLinkedTitlesOfKeptText keeps a linked
// title only over kept text). A linked sentence under a plain heading or
// under one linking elsewhere stays; so do a fragment's links (#section).
void DropSummariesOfLinkedCards(const Page& page, std::vector<Decision>* decisions) {
  std::vector<Decision>& d = *decisions;
  for (std::size_t b = 1; b < d.size(); ++b) {
    const LinkSpan* link = d[b].kept && page.blocks[b].kind == BlockKind::kParagraph
                               ? WholeLink(page.blocks[b])
                               : nullptr;
    if (link == nullptr || link->href.empty() || link->href[0] == '#') continue;
    const std::size_t reach = std::min<std::size_t>(b, tuning::kMaxTitleDataLines + 1);
    for (std::size_t h = b - 1; h + reach >= b; --h) {
      if (page.blocks[h].kind != BlockKind::kHeading) {
        if (h == 0) break;
        continue;
      }
      const LinkSpan* title = WholeLink(page.blocks[h]);
      if (title != nullptr && title->href == link->href) {
        d[b] = {false, "a linked card's summary, its title's link"};
      }
      break;
    }
  }
}

// On any page but a story a heading dropped as a link (`linked_headings`)
// stays when it stands inside the region's kept text (`members`, in order)
// right over a kept block: a card's linked title over its text, one alone
// too ("Walk-in centre", a course's "Next steps", a manual's linked module
// over its summary), which KeepLinkedTitlesOfKeptText leaves to listings of
// two or more. At the edges, or over a dropped link list, it still goes; in
// a story a lone linked heading over a paragraph is a teaser of another.
void KeepLinkedHeadingsInsideTheText(const std::vector<int>& members,
                                     const std::vector<int>& linked_headings,
                                     std::vector<Decision>* decisions) {
  int first = -1, last = -1;
  for (int b : members) {
    if ((*decisions)[b].kept) {
      if (first < 0) first = b;
      last = b;
    }
  }
  for (int b : linked_headings) {
    if (b > first && b < last && (*decisions)[b + 1].kept) {
      (*decisions)[b] = {true, "linked heading inside the text"};
    }
  }
}

// Of the section words (kHintSectionWords), the words of a page builder's layout (image and carousel boxes,
// section headers): on a service page such a box is a section whether or
// not a heading opens it. An ad's words stay chrome.
constexpr std::uint32_t kHintServiceSectionWords = kHintCaption | kHintHeader;

// Per parent: how many of its children share each template (TemplateKey),
// and how many of those are shown (not kFlagHidden). Each parent's children
// are read once, however many of them ask.
class SiblingRuns {
 public:
  struct Run {
    int size = 0;
    int shown = 0;
  };

  explicit SiblingRuns(const Page& page) : page_(page) {}

  // The run of node `id`'s template among its parent's children (`id` has a parent).
  const Run& Of(int id) {
    const Node& n = page_.nodes[id];
    auto [kids, added] = runs_.try_emplace(n.parent);
    if (added) {
      const Node& p = page_.nodes[n.parent];
      for (int c = n.parent + 1; c < p.end; c = page_.nodes[c].end) {
        Run& run = kids->second[TemplateKey(page_.nodes[c])];
        ++run.size;
        if (!(page_.nodes[c].flags & kFlagHidden)) ++run.shown;
      }
    }
    return kids->second[TemplateKey(n)];
  }

 private:
  const Page& page_;
  std::unordered_map<int, std::unordered_map<std::uint64_t, Run>> runs_;  // by parent
};

// Tells whether a hidden node is a closed panel of a set of tabs, shown
// when the reader picks its tab. The page says so by markup, never by
// words: role="tabpanel", or a run of siblings of one template
// (TemplateKey, with a class; no list items or table rows, whose hidden
// runs are a list's "show more") of which one at least is shown. A lone
// hidden box (a size guide, a notice) is none.
class ClosedTabPanels {
 public:
  explicit ClosedTabPanels(const Page& page) : page_(page), siblings_(page) {}

  bool Has(int id) {
    const Node& n = page_.nodes[id];
    // The root is no panel: the callers read a panel's parent.
    if (!(n.flags & kFlagHidden) || n.parent < 0) return false;
    if (n.flags & kFlagTabPanel) return true;
    if (n.class_hash == 0 || n.tag == GUMBO_TAG_LI || n.tag == GUMBO_TAG_TR) {
      return false;
    }
    const SiblingRuns::Run& run = siblings_.Of(id);
    return run.size >= 2 && run.shown >= 1;
  }

 private:
  const Page& page_;
  SiblingRuns siblings_;
};

// Tells whether a hidden node is one panel of a set the reader opens in
// turn: it has a sibling of its own tag and class (a tab, a carousel's
// slide), or its parent has a twin (tag and class) holding a child like it
// (an accordion's answer beside its question, in each item of the list). A
// lone hidden box (a tooltip, a download notice) is not. Each parent's and
// grandparent's children are read once, however many panels they hold.
class HiddenPanels {
 public:
  explicit HiddenPanels(const Page& page) : page_(page), siblings_(page) {}

  bool Has(int id) {
    const Node& n = page_.nodes[id];
    if (n.parent < 0) return false;
    const int parent = n.parent;
    const std::uint64_t key = Key(n);
    if (siblings_.Of(id).size >= 2) return true;
    const int grand = page_.nodes[parent].parent;
    if (grand < 0) return false;
    auto [twins, fresh] = twins_.try_emplace(grand);
    if (fresh) {  // per key of grand's children: in how many a child of each key stands
      std::vector<std::uint64_t> keys;
      for (int q = grand + 1; q < page_.nodes[grand].end; q = page_.nodes[q].end) {
        keys.clear();
        for (int c = q + 1; c < page_.nodes[q].end; c = page_.nodes[c].end) {
          keys.push_back(Key(page_.nodes[c]));
        }
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        Counts& counts = twins->second[Key(page_.nodes[q])];
        for (std::uint64_t k : keys) ++counts[k];
      }
    }
    // The parent is one of those holding a child like `id`: a twin is another.
    return twins->second[Key(page_.nodes[parent])][key] >= 2;
  }

 private:
  using Counts = std::unordered_map<std::uint64_t, int>;
  static std::uint64_t Key(const Node& n) { return TemplateKey(n); }
  const Page& page_;
  SiblingRuns siblings_;  // by parent: its children's keys
  std::unordered_map<int, std::unordered_map<std::uint64_t, Counts>> twins_;  // by grandparent
};

// Whether `n` opens with prose right after a heading beside it (a sibling
// of `n`): the text of that heading's section, set in its own box.
bool ProseUnderHeading(const Page& page, const Node& n) {
  const int b = n.block_begin;
  if (b <= 0 || b >= n.block_end) return false;
  const TextBlock& first = page.blocks[b];
  const TextBlock& before = page.blocks[b - 1];
  return before.kind == BlockKind::kHeading && page.nodes[before.node].parent == n.parent &&
         first.ends_sentence && IsGoodBlock(first);
}

// A shop's reviews, terms or buy box on a product page (MarkShopChrome); on
// other pages a box worded both as reviews and as comments is only comments.
bool ShopChrome(const Node& n, PageType type) {
  return type == PageType::kProduct && (n.hints & kHintComments) &&
         (n.hints & (kHintReviews | kHintShopPolicy | kHintBuyBox));
}

// Good text of node `c` inside chrome subtrees below it: a template's
// section that only wraps a box of reviews or a newsletter form holds no
// section of the page's own.
int GoodCharsInChrome(const Page& page, const Scores& scores, int c) {
  int good = 0;
  for (int id = c + 1; id < page.nodes[c].end;) {
    if (ChromeReason(page.nodes[id]) != nullptr) {
      good += scores.good_chars[id];
      id = page.nodes[id].end;
    } else {
      ++id;
    }
  }
  return good;
}

// A box whose only chrome word is a sidebar's and that holds one block
// reading as text: a line styled in a secondary colour ("text-secondary",
// "element__secondary", a utility framework's colour names), not a column of
// boxes beside the content. On a service page such lines tell its features,
// on a firm's page of services its case studies; on a story they are its
// captions and credits, and stay chrome.
bool StyledLineWordedAsSidebar(const Page& page, const Node& n) {
  return (n.hints & kHintChromeMask) == kHintSidebar &&
         ChromeReason(n, /*use_hints=*/false) == nullptr && n.block_end - n.block_begin == 1 &&
         ReadsAsText(page.blocks[n.block_begin]);
}

// What a region's roots hold, node ids or blocks, as disjoint runs merged
// from the roots' own ([begin, end) each), and where each index stands in a
// table over the runs alone, `extra` entries more per run (an end marker).
// A table over all that lies between the first root and the last cost each
// decision the page between them: a Q&A page decides each answer the region
// left out together with the question (AddDeclaredAnswers).
class RootRuns {
 public:
  struct Run {
    int begin, end, offset;
  };

  RootRuns(std::vector<std::pair<int, int>> ranges, int extra) {
    std::sort(ranges.begin(), ranges.end());
    for (const auto& [b, e] : ranges) {
      if (!runs_.empty() && b <= runs_.back().end) {
        runs_.back().end = std::max(runs_.back().end, e);
      } else {
        runs_.push_back({b, e, 0});
      }
    }
    for (Run& run : runs_) {
      run.offset = size_;
      size_ += run.end - run.begin + extra;
    }
  }

  const std::vector<Run>& runs() const { return runs_; }
  int size() const { return size_; }  // the table's entries

  // The run holding index `i` (its end included), or nullptr.
  const Run* Holding(int i) const {
    auto after = std::upper_bound(runs_.begin(), runs_.end(), i,
                                  [](int v, const Run& run) { return v < run.begin; });
    if (after == runs_.begin() || i > std::prev(after)->end) return nullptr;
    return &*std::prev(after);
  }
  // Where index `i`, held by a run, stands in the table.
  int At(int i) const {
    const Run* run = Holding(i);
    return run->offset + i - run->begin;
  }

 private:
  std::vector<Run> runs_;
  int size_ = 0;
};

// The first heading, and the first block of prose as HoldsHeadedProse reads
// it, at or after each block of a region's roots, in two tables over those
// blocks (RootRuns), each run's part built when first asked: asked per box,
// a chain of thousands of nested boxes (asides, promo boxes) read the
// blocks once per box.
class RegionHeadings {
 public:
  RegionHeadings(const Page& page, const std::vector<int>& roots)
      : page_(page),
        runs_(BlockRanges(page, roots), /*extra=*/1),
        heading_(runs_.size(), -1),
        prose_(runs_.size(), -1) {}

  // Whether `n` lies within the blocks of the region's roots.
  bool Inside(const Node& n) const {
    const RootRuns::Run* run = runs_.Holding(n.block_begin);
    return run != nullptr && n.block_end <= run->end;
  }

  // The first heading at or after block `b`, inside the region, up to the
  // end of the roots' blocks holding `b`, or that end.
  int HeadingFrom(int b) {
    const RootRuns::Run& run = *runs_.Holding(b);
    if (heading_[run.offset] < 0) Build(run);
    return heading_[run.offset + b - run.begin];
  }

  // Whether `n`, inside the region, holds a heading with prose after it
  // (HoldsHeadedProse).
  bool HoldsHeadedProse(const Node& n) {
    const int head = HeadingFrom(n.block_begin);
    return head < n.block_end && prose_[runs_.At(head + 1)] < n.block_end;
  }

 private:
  static std::vector<std::pair<int, int>> BlockRanges(const Page& page,
                                                      const std::vector<int>& roots) {
    std::vector<std::pair<int, int>> ranges;
    for (int r : roots) ranges.emplace_back(page.nodes[r].block_begin, page.nodes[r].block_end);
    return ranges;
  }

  void Build(const RootRuns::Run& run) {
    int heading = run.end, prose = run.end;
    for (int b = run.end; b >= run.begin; --b) {
      if (b < run.end) {
        const TextBlock& block = page_.blocks[b];
        if (block.kind == BlockKind::kHeading) heading = b;
        if (IsProse(block)) prose = b;
      }
      heading_[run.offset + b - run.begin] = heading;
      prose_[run.offset + b - run.begin] = prose;
    }
  }

  const Page& page_;
  const RootRuns runs_;  // of blocks
  // Blocks, by runs_.At(block): the run's end, none; -1, not built yet.
  std::vector<int> heading_, prose_;
};

// An <aside> inside the text that tells a part of it under its own heading
// (a note on a side question, a worked example): its first heading links
// off the page nowhere (an anchor to itself may wrap it) and prose follows
// it; it has few links, and no class word of chrome but a sidebar's (its
// class names the tag: "aside"). Boxes of related links, share bars and
// author boxes in an <aside> are links or worded as other chrome; a
// poster's card opens with the poster's linked name.
class SideNotes {
 public:
  SideNotes(const Page& page, const Scores& scores, RegionHeadings* headings)
      : page_(page), scores_(scores), headings_(*headings) {}

  // Whether node `id`, inside the region, is such a side note.
  bool Is(int id) {
    const Node& n = page_.nodes[id];
    constexpr std::uint32_t kOtherChromeTags =
        (kFlagsChromeTags & ~kFlagAside) | kFlagForm | kFlagNoscript;
    if (!(n.flags & kFlagAside) || (n.flags & kOtherChromeTags) ||
        (n.hints & kHintChromeMask & ~kHintSidebar) != 0 ||
        NodeLinkDensity(scores_, id) >= tuning::kSiblingLinkDensity || !headings_.Inside(n)) {
      return false;
    }
    const int head = headings_.HeadingFrom(n.block_begin);
    return head < n.block_end && !LinksOffPage(page_.blocks[head]) &&
           headings_.HoldsHeadedProse(n);
  }

 private:
  const Page& page_;
  const Scores& scores_;
  RegionHeadings& headings_;
};

// Whether `n` is worded as a header or a footer alone and is no chrome by
// its tag.
bool WordedAsCardPart(const Node& n) {
  constexpr std::uint32_t kWords = kHintHeader | kHintFooter;
  return (n.hints & kHintChromeMask) != 0 && (n.hints & kHintChromeMask & ~kWords) == 0 &&
         ChromeReason(n, /*use_hints=*/false) == nullptr;
}

// Whether node `id` is a part of a card among cards: it or one of the two
// boxes above it has a sibling of its template (TemplateKey, a class
// written) right after it or, when it is its parent's last child, first
// among the parent's children. Each box looks at one sibling: a grid of
// thousands of cards is read once.
bool InsideRepeatedCard(const Page& page, int id) {
  int box = id;
  for (int level = 0; level < 3 && box >= 0; ++level, box = page.nodes[box].parent) {
    const Node& n = page.nodes[box];
    const int parent = n.parent;
    if (parent < 0 || n.class_hash == 0) continue;
    const int next = n.end < page.nodes[parent].end ? n.end : parent + 1;
    if (next != box && TemplateKey(page.nodes[next]) == TemplateKey(n)) return true;
  }
  return false;
}

// Per node of the region's roots (by `nodes`.At(id): the roots' subtrees):
// the section words of the boxes at or around it, up to its root, that are
// a section, worded as one only (WordedAsSectionOnly) and holding a heading
// over prose: a page builder's "banner-bundle" around "Homes protected" and
// the text under it (prose that is a link's text too, when `linked` is
// given: a service's linked cards). Each node is read once.
std::vector<std::uint32_t> SectionWordsAround(const Page& page, const RootRuns& nodes,
                                              RegionHeadings* headings,
                                              const HeadedProse* linked) {
  std::vector<std::uint32_t> words(nodes.size(), 0);
  for (const RootRuns::Run& run : nodes.runs()) {
    for (int id = run.begin; id < run.end; ++id) {
      const Node& n = page.nodes[id];
      std::uint32_t w = n.parent >= run.begin ? words[nodes.At(n.parent)] : 0;
      if (WordedAsSectionOnly(n) &&
          (headings->HoldsHeadedProse(n) || (linked != nullptr && linked->Holds(n)))) {
        w |= n.hints & kHintSectionWords;
      }
      words[nodes.At(id)] = w;
    }
  }
  return words;
}

// A closed disclosure panel's answer too short to be good text: an
// unlinked sentence of its own ("The top brands for tents include:" over a
// list of linked brands, "Browse our selection of gear."), the answer to an
// FAQ's question; a menu's dropdown holds links and labels, no sentence.
bool HoldsShortAnswer(const Page& page, const Node& n) {
  for (int b = n.block_begin; b < n.block_end; ++b) {
    const TextBlock& block = page.blocks[b];
    if (block.kind == BlockKind::kParagraph && block.link_chars == 0 && block.ends_sentence &&
        block.chars >= tuning::kShortBlockChars &&
        LetterShare(block.text) >= tuning::kLeadMinLetterShare) {
      return true;
    }
  }
  return false;
}

// Decides every block of the region rooted at `roots`; blocks elsewhere stay
// dropped as outside the region. `images`: the page's, one index for every
// region read (one per region made a page of many sections, each holding
// a header, cost their number times the page's images). On a service page
// (`type`) every section is content: a box worded as an image, carousel or
// header (kHintServiceSectionWords) that holds good text stays, headed or not
// (customers' quotes in a "slider", a feature's text beside its "image"),
// and on any page but a product's so does such a box worded as reviews too
// (a "testimonial-carousel": the quotes of a page of testimonials),
// and so does a hidden panel holding good text (HiddenPanels: the
// features' tabs, the FAQ's answers) that is no other chrome. On every page
// a hidden panel that a closed disclosure button opens (kFlagCollapsed: an
// FAQ's answer under a shop's category, a course's summary under its
// title) stays when it holds good text, or a sentence too short for that
// (HoldsShortAnswer), and is no other chrome (a <nav> so
// opened too: Webflow's dropdown built into an FAQ), and so, on
// a story, does a panel of a set (HiddenPanels) holding a heading over
// prose (a slide of a listicle told in slides), a gallery's words no chrome
// there. On any page
// but a story a line of text worded as a sidebar stays
// (StyledLineWordedAsSidebar), and on any page but a thread a box worded
// as a header or footer alone inside a card among cards (InsideRepeatedCard:
// a customer card's name and quote, an FAQ item's question). On a product
// page a hidden box is never spared for its size (a hidden list of the
// shop's raw fields, longer than the description) while the region holds
// tuning::kSectionMinGoodChars of good text outside chrome; when all its
// text is hidden (a description in a closed drawer), it is. Nor is the
// shop's box of reviews or terms (ShopChrome: customers often wrote more
// than the shop), which goes whatever its share, and whose words count
// among no class words that would drop most of the region. A box worded as
// a section (kHintSectionWords) that holds a heading over prose is a section
// and stays (on a service page the prose may be a link's text: HeadedProse,
// a grid of linked promo cards), and off a dated page and a product page so do its parts worded
// with its words alone (SectionWordsAround). A box worded as
// a section that opens with prose right after a heading
// beside it (ProseUnderHeading: a "gallery" card's text) is that heading's
// text on a product page and stays, and so is a heading over a slider of
// short unlinked lines there (HeadedSlides: the product's highlights, whose
// lines then stay at the text's edge as a list's items do), and on every
// page so does an <aside>
// telling a part of the text under its own heading (SideNotes), and a
// <header> holding a heading alone (IsHeadingsOwnHeader: a section's).
void DecideRegion(const Page& page, const Scores& scores, const Metadata& meta, PageType type,
                  const std::vector<int>& roots, ImagesBeforeBlocks* images,
                  std::vector<Decision>* decisions) {
  int region_good = 0;
  for (int r : roots) region_good += scores.good_chars[r];
  const double protect = tuning::kProtectShare * region_good;

  // Classes of chrome-marked nodes spared for holding most of the text: the
  // same class elsewhere names content too ("Section--Ads" on every section).
  std::unordered_set<std::uint32_t> content_classes;
  for (int r : roots) {
    for (int id = r + 1; id < page.nodes[r].end; ++id) {
      const Node& n = page.nodes[id];
      if (n.class_hash != 0 && scores.good_chars[id] >= protect && ChromeReason(n) != nullptr) {
        content_classes.insert(n.class_hash);
      }
    }
  }
  // A share-worded wrapper ("social-media-embed") that holds prose or a
  // quote is an embedded post: share bars hold buttons and links.
  auto embeds_post = [&](const Node& n) {
    for (int b = n.block_begin; b < n.block_end; ++b) {
      if (page.blocks[b].kind == BlockKind::kQuote) return true;
    }
    return false;
  };
  HiddenPanels panels(page);
  HeadedSlides slides(page);
  // The region's blocks, [begin, end): from its roots' first to their last.
  int begin = roots.empty() ? 0 : page.nodes[roots.front()].block_begin, end = begin;
  for (int r : roots) {
    begin = std::min(begin, page.nodes[r].block_begin);
    end = std::max(end, page.nodes[r].block_end);
  }
  RegionHeadings headings(page, roots);
  SideNotes side_notes(page, scores, &headings);
  // Off a post (a dated page: a promo box in its text is an ad to it) and a
  // product's page (whose picture and header boxes hold the buy box and the
  // seller's badges), a part of a section worded as the section is
  // ("banner-bundle--content" inside "banner-bundle", which holds the
  // heading over it) is the section's.
  const bool section_parts = meta.date.empty() && type != PageType::kProduct;
  std::vector<std::pair<int, int>> subtrees;
  for (int r : roots) subtrees.emplace_back(r, page.nodes[r].end);
  const RootRuns root_nodes(std::move(subtrees), /*extra=*/0);
  // On a service page a section's prose may be a link's text: a grid of
  // cards each a link, its title over its summary (a firm's practices in
  // "cmp-promo__services" cards), is the service's offers, as a listing's
  // cards are its items (ChromeForItems); an ad holds no headed sentence.
  std::optional<HeadedProse> linked_prose;
  if (type == PageType::kService) linked_prose.emplace(page);
  const HeadedProse* linked = linked_prose ? &*linked_prose : nullptr;
  const std::vector<std::uint32_t> section_words =
      section_parts ? SectionWordsAround(page, root_nodes, &headings, linked)
                    : std::vector<std::uint32_t>();
  SheetBoxes sheets;  // on a product page: its data sheets built from boxes
  if (type == PageType::kProduct && !roots.empty()) sheets.Read(page, begin, end);
  int chrome_good = 0;  // on a product page: in chrome subtrees of the region, hidden ones too
  if (type == PageType::kProduct) {
    for (int r : roots) chrome_good += GoodCharsInChrome(page, scores, r);
  }
  // The region's first and last good blocks outside chrome: the text.
  int first_text = end, last_text = -1;
  for (int r : roots) {
    int b = page.nodes[r].block_begin;  // the next block not yet read
    auto read_to = [&](int stop) {
      for (; b < stop; ++b) {
        if (!IsGoodBlock(page.blocks[b])) continue;
        first_text = std::min(first_text, b);
        last_text = std::max(last_text, b);
      }
    };
    for (int id = r + 1; id < page.nodes[r].end;) {
      const Node& n = page.nodes[id];
      if (ChromeReason(n) == nullptr) {
        ++id;
        continue;
      }
      read_to(n.block_begin);
      b = std::max(b, n.block_end);
      id = n.end;
    }
    read_to(page.nodes[r].block_end);
  }
  auto spared = [&](int id) {
    const Node& n = page.nodes[id];
    // A slider of customers' quotes ("testimonial-carousel") inside the
    // text, between good blocks, is the page's text as a service's slider
    // is: a page of testimonials; after a story's text it is a widget. Not
    // on a product's page, where reviews are the shop's chrome (ShopChrome).
    const bool quote_slider = type != PageType::kProduct && (n.hints & kHintReviews) &&
                              first_text < n.block_begin && last_text >= n.block_end;
    // A call to action on a story (MarkCallsToAction) is an ad to it, headed
    // or not ("A Word to Our Readers" over an appeal for money).
    const bool call_to_action = type == PageType::kArticle && (n.hints & kHintCallToAction);
    if (WordedAsSectionOnly(n) && !call_to_action &&
        (headings.HoldsHeadedProse(n) || (linked != nullptr && linked->Holds(n)) ||
         (section_parts &&
          (n.hints & kHintChromeMask & ~section_words[root_nodes.At(n.parent)]) == 0) ||
         (type == PageType::kProduct &&
          (ProseUnderHeading(page, n) || sheets.HeldBy(n) || slides.Is(id))) ||
         ((type == PageType::kService || quote_slider) && scores.good_chars[id] > 0 &&
          (n.hints & kHintChromeMask & ~kHintServiceSectionWords) == 0))) {
      return true;
    }
    if (type != PageType::kArticle && StyledLineWordedAsSidebar(page, n)) return true;
    // A <nav> that a closed disclosure control opens and that holds good
    // text is the control's panel, not navigation: Webflow's dropdown
    // writes its list as a <nav>, and sites build their FAQs from it (the
    // question in the toggle, its answer in the <nav>). A menu's dropdown
    // holds links, no good text.
    if ((n.flags & kFlagNav) && (n.flags & kFlagCollapsed) && scores.good_chars[id] > 0) {
      Node panel = n;
      panel.flags &= ~kFlagNav;
      if (ChromeReason(panel) == nullptr) return true;
    }
    // A box worded as a header or footer alone, in a card among cards
    // ("CustomerCardHeader" with the customer's name, "testimonial__footer"
    // with the quote), is the card's. Not on a thread: a post's header and
    // footer hold its poster's card and its buttons.
    if (type != PageType::kForum && WordedAsCardPart(n) && InsideRepeatedCard(page, id)) {
      return true;
    }
    if (side_notes.Is(id)) return true;
    if (IsHeadingsOwnBox(page, n) || IsHeadingsOwnHeader(page, id, images)) return true;
    if (IsDeclarationBox(page, n)) return true;
    // A closed panel holding no good text may still hold a short answer.
    const bool short_answer = (n.flags & kFlagHidden) && (n.flags & kFlagCollapsed) &&
                              scores.good_chars[id] == 0 && HoldsShortAnswer(page, n);
    if ((n.flags & kFlagHidden) && (scores.good_chars[id] > 0 || short_answer)) {
      // A story told in slides (a listicle's items, one shown at a time,
      // the others hidden till the reader pages on): each slide holding a
      // heading over prose is the text's, its class words a gallery's
      // ("gallery--paragraph-section"). A story's hidden tabs and answers
      // holding no heading still go.
      const bool slide = type == PageType::kArticle && !(n.flags & kFlagCollapsed) &&
                         headings.HoldsHeadedProse(n) && panels.Has(id);
      if ((n.flags & kFlagCollapsed) || slide ||
          (type == PageType::kService && panels.Has(id))) {
        Node shown = n;
        shown.flags &= ~kFlagHidden;
        // A closed panel's box may be hidden by its class ("is-hidden") too.
        if ((n.flags & kFlagCollapsed) || slide) shown.hints &= ~kHintHidden;
        if (slide) shown.hints &= ~kHintCaption;
        if (ChromeReason(shown) == nullptr) return true;
      }
    }
    if ((n.hints & kHintChromeMask) == kHintShare &&
        ChromeReason(n, /*use_hints=*/false) == nullptr &&
        (scores.good_chars[id] > 0 || embeds_post(n))) {
      return true;
    }
    if (type == PageType::kProduct && (n.flags & kFlagHidden) &&
        region_good - chrome_good >= tuning::kSectionMinGoodChars) {
      return false;
    }
    if (ShopChrome(n, type)) return false;
    return scores.good_chars[id] >= protect ||
           (n.class_hash != 0 && content_classes.count(n.class_hash));
  };
  // Good text that class/id hints alone would drop, over the whole region.
  int hint_dropped = 0;
  for (int r : roots) {
    for (int id = r + 1; id < page.nodes[r].end;) {
      const Node& n = page.nodes[id];
      if (ChromeReason(n) != nullptr && !spared(id)) {
        if (ChromeReason(n, /*use_hints=*/false) == nullptr && !ShopChrome(n, type)) {
          hint_dropped += scores.good_chars[id];
        }
        id = n.end;
      } else {
        ++id;
      }
    }
  }
  const bool use_hints = hint_dropped <= tuning::kMaxHintDropShare * region_good;

  std::vector<int> members;  // blocks still in play, in order
  for (int r : roots) {
    const Node& root = page.nodes[r];
    std::vector<const char*> why(root.block_end - root.block_begin, nullptr);
    for (int id = r + 1; id < root.end;) {
      const Node& n = page.nodes[id];
      const char* reason = ChromeReason(n, use_hints);
      if (reason == nullptr && ShopChrome(n, type)) reason = ChromeHintReason(n.hints);
      if (reason != nullptr && !spared(id)) {
        for (int b = n.block_begin; b < n.block_end; ++b) why[b - root.block_begin] = reason;
        id = n.end;
      } else {
        ++id;
      }
    }
    for (int b = root.block_begin; b < root.block_end; ++b) {
      Decision& d = (*decisions)[b];
      if (const char* reason = why[b - root.block_begin]) {
        d = {false, reason};
        continue;
      }
      members.push_back(b);
    }
  }

  std::vector<int> survivors;
  std::vector<bool> linked_sentence;  // per survivor: kept only between text
  std::vector<int> linked_cells;      // table cells dropped as links
  std::vector<int> linked_items;      // list items dropped as links
  std::vector<int> linked_headings;   // headings dropped as links
  std::vector<int> linked_lines;      // paragraphs dropped as links, one link each
  std::vector<int> linked_boxes;      // paragraphs outside tables dropped as links
  for (int b : members) {
    const TextBlock& block = page.blocks[b];
    Decision& d = (*decisions)[b];
    // A heading's own permalink is its title, not a link.
    const double density = block.permalink ? 0.0 : LinkDensity(block);
    if (RepeatsTitle(block, meta)) {
      d = {false, "repeats the title"};
    } else if (MixesAlphabetsInWords(block.text)) {
      d = {false, "words of two alphabets mixed"};
    } else if (block.kind == BlockKind::kCaption || CaptionsAnImage(page, b) ||
               InLoneFigcaption(page, b) ||
               (type == PageType::kArticle && InCaptionedPictureBox(page, b))) {
      d = {false, kCaption};
    } else if ((density >= tuning::kMaxLinkDensity && density < tuning::kMaxLinkedSentenceDensity &&
                block.kind == BlockKind::kParagraph && block.ends_sentence &&
                block.weighted_chars >= tuning::kGoodBlockChars) ||
               IsOneLinkParagraph(page, block) || IsQuoteToShare(block) ||
               IsLabelledLinkLines(block) ||
               ((IsLabelledAddress(block) || IsBareAddress(block)) &&
                !ImageFollows(page, b - 1))) {
      // A sentence most of whose words are links, or a paragraph of its own
      // that is one link, in the flow of the text.
      d = {true, kMainContent};
      survivors.push_back(b);
      linked_sentence.push_back(true);
    } else if (density >= tuning::kMaxLinkDensity ||
               (density >= tuning::kMaxShortLinkDensity && !ReadsAsText(block) &&
                block.kind != BlockKind::kQuote && block.kind != BlockKind::kHeading)) {
      d = {false, Format(kLinkDensity, density)};
      if (block.kind == BlockKind::kTableCell) linked_cells.push_back(b);
      if (block.kind == BlockKind::kParagraph && block.row < 0) linked_boxes.push_back(b);
      if (block.kind == BlockKind::kListItem) linked_items.push_back(b);
      if (block.kind == BlockKind::kHeading) linked_headings.push_back(b);
      if (IsLinkedTitleLine(block)) linked_lines.push_back(b);
    } else {
      // Repeated blocks stay: recipes, meal plans and forum quotes repeat
      // real text (dropping repeats cost 0.006 F1 on scrapinghub, gained
      // nothing elsewhere), and hidden copies are excluded already.
      d = {true, kMainContent};
      survivors.push_back(b);
      linked_sentence.push_back(false);
    }
  }

  TrimEdges(page, type, members, survivors, linked_sentence, sheets, slides, decisions);
  KeepLinkedItemsOfKeptLists(page, members, linked_items, decisions);
  DropCurrentPagesOfPagers(page, members, linked_items, decisions);
  KeepLinkListsOfKeptCards(page, linked_items, decisions);
  KeepListsIntroducedInText(page, survivors, linked_items, decisions);
  DropIntroductionsOfDropped(page, type, survivors, decisions);
  DropLabelsOfDroppedDisclosures(page, survivors, decisions);
  KeepLinkedCellsOfKeptRows(page, members, linked_cells, decisions);
  KeepLinkedCellsOfKeptGridRows(page, linked_boxes, decisions);
  if (type == PageType::kArticle) DropSummariesOfLinkedCards(page, decisions);
  KeepLinkedTitlesOfKeptText(page, meta, linked_headings, /*lines=*/false, decisions);
  KeepLinkedTitlesOfKeptText(page, meta, linked_lines, /*lines=*/true, decisions);
  if (type != PageType::kArticle) {
    KeepLinkedHeadingsInsideTheText(members, linked_headings, decisions);
    KeepWholeLinkedCards(page, linked_headings, decisions);
  }
  if (type == PageType::kArticle) DropSiteTeasersInsideTheStory(page, meta, roots, decisions);
  if (type == PageType::kArticle) DropLabelsOfDroppedLinkLists(page, survivors, decisions);
  if (type == PageType::kArticle) DropHeadingsOfDroppedLinkLists(page, survivors, decisions);
  if (type != PageType::kService) DropSignUpBoxes(page, decisions);
}

// Decides node `c` as a region of its own: `own` gets the decisions of its
// blocks, from its first. True when it keeps text and no more than half of
// it repeats `kept_texts` (the text kept already: a copy for other screens
// does not join). `scratch` holds every block of the page dropped as outside
// the main region, and does again on return: DecideRegion writes only the
// blocks of its roots, so one page-sized vector serves every section (one
// per section would make a page of many sections quadratic).
bool DecideSection(const Page& page, const Scores& scores, const Metadata& meta, PageType type,
                   int c, const std::unordered_set<std::string_view>& kept_texts,
                   ImagesBeforeBlocks* images, std::vector<Decision>* scratch,
                   std::vector<Decision>* own) {
  DecideRegion(page, scores, meta, type, {c}, images, scratch);
  own->clear();
  int kept = 0, repeated = 0;
  for (int b = page.nodes[c].block_begin; b < page.nodes[c].block_end; ++b) {
    Decision& d = (*scratch)[b];
    if (d.kept) {
      kept += page.blocks[b].weighted_chars;
      if (kept_texts.count(page.blocks[b].text)) repeated += page.blocks[b].weighted_chars;
    }
    own->push_back(std::exchange(d, Decision{false, kOutsideRegion}));
  }
  return kept > 0 && repeated * 2 <= kept;
}

// A page-sized vector of blocks dropped as outside the main region, for
// DecideSection.
std::vector<Decision> SectionScratch(const Page& page) {
  return std::vector<Decision>(page.blocks.size(), Decision{false, kOutsideRegion});
}

// The texts of the blocks `decisions` keeps.
std::unordered_set<std::string_view> KeptTexts(const Page& page,
                                               const std::vector<Decision>& decisions) {
  std::unordered_set<std::string_view> texts;
  for (std::size_t b = 0; b < decisions.size(); ++b) {
    if (decisions[b].kept) texts.insert(page.blocks[b].text);
  }
  return texts;
}

// Decides node `c` as a section (DecideSection) and adds what it keeps that
// is not kept yet to `sel`, with `c` as a root (appended: the caller sorts
// the roots); `kept_texts` grows by it. `scratch`: see DecideSection.
void JoinSection(const Page& page, const Scores& scores, const Metadata& meta, PageType type, int c,
                 std::unordered_set<std::string_view>* kept_texts, ImagesBeforeBlocks* images,
                 std::vector<Decision>* scratch, Selection* sel) {
  std::vector<Decision> own;
  if (!DecideSection(page, scores, meta, type, c, *kept_texts, images, scratch, &own)) return;
  bool joined = false;
  for (int b = page.nodes[c].block_begin; b < page.nodes[c].block_end; ++b) {
    Decision& d = own[b - page.nodes[c].block_begin];
    if (sel->decisions[b].kept || !d.kept) continue;
    sel->decisions[b] = std::move(d);
    kept_texts->insert(page.blocks[b].text);
    joined = true;
  }
  if (joined) sel->roots.push_back(c);
}

// Whether `own`, the decisions of node `c`'s blocks from its first, keeps a
// block that is no heading.
bool KeepsBelowHeadings(const Page& page, int c, const std::vector<Decision>& own) {
  for (int b = page.nodes[c].block_begin; b < page.nodes[c].block_end; ++b) {
    if (own[b - page.nodes[c].block_begin].kept && page.blocks[b].kind != BlockKind::kHeading) {
      return true;
    }
  }
  return false;
}

// Sections of the page beside the region's ancestors that read like content
// on their own: a product's description below the box of its features and
// price. Climbs from the region's parent to the page's <main> (or <body>);
// at each level a sibling that is no chrome, holds good text (at least
// tuning::kSectionMinGoodChars and kSiblingGoodShare of the region's), few
// links and not too much markup is decided as a region of its own, and
// joins unless its kept text repeats text kept already (a copy for other
// screens) or is headings only (KeepsBelowHeadings: questions whose
// answers are loaded when opened, nothing to read; on a product page the
// shop's grids between them and the region would stay with them). On a
// product page a section holding a data sheet (HoldsDataSheet) is one too,
// prose or not: the product's specifications;
// there the climb starts at the region itself, whose own siblings are read
// for data sheets only (a game's system requirements in the box of its
// description). A dated page is a post: beside it lie the blog's author boxes
// and disclaimers, so it takes none. On a thread a section joins only with
// a post's date in it (the next posts, when the region holds one): beside
// the posts lie the forum's notices ("You're browsing as a guest"). A
// section that ends before the page's masthead (FirstMasthead) is the
// site's notice bar ("Important update: we are open"), not a part of it.
void AddSeparateSections(const Page& page, const Scores& scores, const Metadata& meta,
                         PageType type, const std::vector<bool>& excluded,
                         ImagesBeforeBlocks* images, Selection* sel) {
  if (sel->roots.empty() || !meta.date.empty()) return;
  int region_good = 0;
  for (int r : sel->roots) region_good += scores.good_chars[r];
  const double min_good = std::max<double>(tuning::kSectionMinGoodChars,
                                           tuning::kSiblingGoodShare * region_good);
  std::unordered_set<std::string_view> kept_texts = KeptTexts(page, sel->decisions);
  std::vector<int> added;
  std::vector<Decision> scratch = SectionScratch(page), own;
  const int root = sel->roots.front();
  const int masthead = FirstMasthead(page, root);
  // On a product page the climb starts at the region itself: a data sheet
  // set beside it, in the same box, is the product's too.
  const bool product = type == PageType::kProduct;
  for (int cur = product ? root : page.nodes[root].parent;
       cur >= 0 && !(page.nodes[cur].flags & (kFlagBody | kFlagMain));) {
    const int up = page.nodes[cur].parent;
    if (up < 0) break;
    for (int c = up + 1; c < page.nodes[up].end; c = page.nodes[c].end) {
      if (c == cur || excluded[c] || ChromeReason(page.nodes[c]) != nullptr ||
          (masthead >= 0 && page.nodes[c].end <= masthead) ||
          NodeLinkDensity(scores, c) >= tuning::kSiblingLinkDensity) {
        continue;
      }
      if (type == PageType::kForum && !HoldsPostDate(page, c)) continue;
      const bool sheet = product && HoldsDataSheet(page, c);
      // The region's own siblings: data sheets only, and none holding kept
      // text (another part of the region).
      if (cur == root &&
          (!sheet || std::any_of(sel->decisions.begin() + page.nodes[c].block_begin,
                                 sel->decisions.begin() + page.nodes[c].block_end,
                                 [](const Decision& d) { return d.kept; }))) {
        continue;
      }
      if (!sheet && (scores.good_chars[c] < min_good ||
                     TagDensity(page, scores, c) > tuning::kSectionMaxTagDensity)) {
        continue;
      }
      if (!DecideSection(page, scores, meta, type, c, kept_texts, images, &scratch, &own) ||
          (!sheet && !KeepsBelowHeadings(page, c, own))) {
        continue;
      }
      for (int b = page.nodes[c].block_begin; b < page.nodes[c].block_end; ++b) {
        Decision& d = own[b - page.nodes[c].block_begin];
        if (d.kept) kept_texts.insert(page.blocks[b].text);
        sel->decisions[b] = std::move(d);
      }
      added.push_back(c);
    }
    cur = up;
  }
  sel->roots.insert(sel->roots.end(), added.begin(), added.end());
  std::sort(sel->roots.begin(), sel->roots.end());
}

// Whether node `n` holds a heading right over tuning::kMinListItems or more
// list items that link nowhere: a service's points under their heading
// ("Why choose us?" over "Prompt, detailed proposals", ...), each too short
// to be good text.
bool HoldsHeadedPoints(const Page& page, const Node& n) {
  for (int b = n.block_begin; b < n.block_end; ++b) {
    if (page.blocks[b].kind != BlockKind::kHeading) continue;
    int end = b + 1;
    while (end < n.block_end && page.blocks[end].kind == BlockKind::kListItem &&
           page.blocks[end].link_chars == 0) {
      ++end;
    }
    if (end - b - 1 >= tuning::kMinListItems) return true;
    b = end - 1;
  }
  return false;
}

// Sections built from one template: climbing from each region root to the
// page's <main> (or <body>), the siblings of the same tag and class as the
// root or the ancestor reached (a service page's stacked sections, a manual's
// entries, a product's description, specifications and FAQ) that are no
// chrome and hold good text (on a service page, or its points under their
// heading: HoldsHeadedPoints), most of it outside chrome (not a section that
// wraps a box of reviews), are decided as regions of their own, and what
// they keep joins unless it repeats text kept already (a copy for other
// screens). A short section (a heading over a paragraph, a
// grid of cards under its heading) joins so, which AddSeparateSections, by
// size, leaves out.
void AddTwinSections(const Page& page, const Scores& scores, const Metadata& meta, PageType type,
                     const std::vector<bool>& excluded, ImagesBeforeBlocks* images,
                     Selection* sel) {
  std::unordered_set<std::string_view> kept_texts = KeptTexts(page, sel->decisions);
  std::vector<Decision> scratch = SectionScratch(page);
  const std::vector<int> roots = sel->roots;
  // The roots in order, each with the furthest end of a subtree among them
  // and those before it: whether a node overlaps a root is two searches.
  std::vector<int> sorted = roots;
  std::sort(sorted.begin(), sorted.end());
  std::vector<int> furthest_end(sorted.size());
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    furthest_end[i] = std::max(i > 0 ? furthest_end[i - 1] : 0, page.nodes[sorted[i]].end);
  }
  auto overlaps_a_root = [&](int c) {
    const auto at = std::lower_bound(sorted.begin(), sorted.end(), c);
    if (at != sorted.end() && *at < page.nodes[c].end) return true;  // c, or a root inside it
    return at != sorted.begin() && furthest_end[at - sorted.begin() - 1] > c;  // a root around c
  };
  // Siblings of one parent and template are read once: the roots below one
  // parent reach the same ones, which can join only once.
  std::set<std::tuple<int, int, std::uint32_t>> read;
  for (int r : roots) {
    for (int cur = r; !(page.nodes[cur].flags & kFlagBody) && page.nodes[cur].parent >= 0 &&
                      (cur == r || !(page.nodes[cur].flags & kFlagMain));
         cur = page.nodes[cur].parent) {
      const Node& self = page.nodes[cur];
      if (self.class_hash == 0) continue;
      const int up = self.parent;
      if (!read.emplace(up, self.tag, self.class_hash).second) continue;
      for (int c = up + 1; c < page.nodes[up].end; c = page.nodes[c].end) {
        const Node& n = page.nodes[c];
        if (n.tag != self.tag || n.class_hash != self.class_hash ||
            (scores.good_chars[c] == 0 &&
             !(type == PageType::kService && HoldsHeadedPoints(page, n))) ||
            excluded[c] || ChromeReason(n) != nullptr || overlaps_a_root(c) ||
            2 * GoodCharsInChrome(page, scores, c) > scores.good_chars[c]) {
          continue;
        }
        JoinSection(page, scores, meta, type, c, &kept_texts, images, &scratch, sel);
      }
    }
  }
  std::sort(sel->roots.begin(), sel->roots.end());
  sel->roots.erase(std::unique(sel->roots.begin(), sel->roots.end()), sel->roots.end());
}

// On a product page, its features told in a run of sections of one
// template beside the region (each a heading over a sentence or two,
// beside a picture), too small to join by size and built unlike the
// region's boxes: climbing from each region root to <main> (or <body>),
// the siblings of the node reached that share their tag and class with
// tuning::kMinRepeats or more such siblings, each no chrome, holding a
// heading over prose (HoldsHeadedProse) with few links, are decided as
// regions of their own and join unless they repeat text kept already.
void AddFeatureSections(const Page& page, const Scores& scores, const Metadata& meta, PageType type,
                        const std::vector<bool>& excluded, ImagesBeforeBlocks* images,
                        Selection* sel) {
  std::unordered_set<std::string_view> kept_texts = KeptTexts(page, sel->decisions);
  std::vector<Decision> scratch = SectionScratch(page);
  const std::vector<int> roots = sel->roots;
  std::vector<std::pair<std::uint64_t, int>> group_scratch;
  // A parent's siblings are grouped once, each section is decided once, and
  // a node is climbed from once: every root below one parent read all its
  // siblings again and decided each again (thousands of sections, each a
  // root, took seconds). Deciding a section again changes nothing: what it
  // kept is kept, and what it did not keep it does not keep later, with
  // more text kept to repeat; so the groups keep only their sections not
  // decided yet (the node climbed from is none of its group's).
  struct Groups {
    std::vector<std::vector<int>> members;  // per template, in ForEachSiblingGroup's order
    std::vector<std::size_t> pending;       // the groups holding sections not decided yet
  };
  std::unordered_map<int, Groups> groups_of;  // by parent
  std::vector<char> decided(page.nodes.size(), 0), climbed(page.nodes.size(), 0);
  for (int r : roots) {
    for (int cur = r; !(page.nodes[cur].flags & (kFlagBody | kFlagMain)) &&
                      page.nodes[cur].parent >= 0 && !climbed[cur];
         cur = page.nodes[cur].parent) {
      climbed[cur] = 1;
      const int up = page.nodes[cur].parent;
      auto [at, added] = groups_of.try_emplace(up);
      Groups& groups = at->second;
      if (added) {
        auto feature = [&](int c) {
          const Node& n = page.nodes[c];
          return n.class_hash != 0 && !excluded[c] && ChromeReason(n) == nullptr &&
                 NodeLinkDensity(scores, c) < tuning::kSiblingLinkDensity &&
                 HoldsHeadedProse(page, n);
        };
        auto keep = [&](const std::vector<int>& members) {
          groups.pending.push_back(groups.members.size());
          groups.members.push_back(members);
        };
        ForEachSiblingGroup(page, up, tuning::kMinRepeats, feature, keep, &group_scratch);
      }
      std::vector<std::size_t> still;
      for (std::size_t g : groups.pending) {
        const std::vector<int>& members = groups.members[g];
        const bool holds_cur = std::binary_search(members.begin(), members.end(), cur);
        if (static_cast<int>(members.size()) - (holds_cur ? 1 : 0) < tuning::kMinRepeats) {
          still.push_back(g);
          continue;
        }
        for (int c : members) {
          if (c == cur || decided[c]) continue;
          decided[c] = 1;
          JoinSection(page, scores, meta, type, c, &kept_texts, images, &scratch, sel);
        }
        if (holds_cur && !decided[cur]) still.push_back(g);
      }
      groups.pending = std::move(still);
    }
  }
  std::sort(sel->roots.begin(), sel->roots.end());
  sel->roots.erase(std::unique(sel->roots.begin(), sel->roots.end()), sel->roots.end());
}

// The last kept block, or -1 when none is kept.
int LastKept(const std::vector<Decision>& decisions) {
  int last = static_cast<int>(decisions.size()) - 1;
  while (last >= 0 && !decisions[last].kept) --last;
  return last;
}

int KeptChars(const Page& page, const std::vector<Decision>& decisions) {
  int kept = 0;
  for (std::size_t b = 0; b < decisions.size(); ++b) {
    if (decisions[b].kept) kept += page.blocks[b].weighted_chars;
  }
  return kept;
}

// Good text of the whole page outside chrome (hidden included): what a
// region should hold most of.
int PageGoodChars(const Page& page) {
  const std::vector<bool> chrome =
      MarkSubtrees(page, [](const Node& n) { return ChromeReason(n) != nullptr; });
  int good = 0;
  for (const TextBlock& b : page.blocks) {
    if (!chrome[b.node] && IsGoodBlock(b)) good += b.weighted_chars;
  }
  return good;
}

// True when a root of the region holds the story's headline, a heading
// with no link that repeats the page's title (RepeatsTitle), and a good
// block kept after it (IsGoodBlock: a paragraph of text, not a dateline):
// the region is the text under its headline. Reads the region's blocks
// once.
bool HoldsHeadlinedText(const Page& page, const Metadata& meta, const std::vector<int>& roots,
                        const std::vector<Decision>& decisions) {
  for (int r : roots) {
    bool headline = false;
    for (int b = page.nodes[r].block_begin; b < page.nodes[r].block_end; ++b) {
      const TextBlock& block = page.blocks[b];
      if (headline && decisions[b].kept && IsGoodBlock(block)) return true;
      if (!headline && block.kind == BlockKind::kHeading && block.link_chars == 0) {
        headline = RepeatsTitle(block, meta);
      }
    }
  }
  return false;
}

// The good characters of the page's prose outside the region `roots`:
// paragraphs of text (IsGoodBlock) outside chrome with no link, ending a
// sentence and not cut short (EndsWithEllipsis). A ticker's or a sidebar's
// entries open with their story's link or close cut short ("...the mayor
// said the town will..."); a part of the story left outside the region
// (its second half, below a related box the region stopped at) reads as
// text.
int ProseOutside(const Page& page, const std::vector<int>& roots) {
  std::vector<bool> inside(page.blocks.size(), false);
  for (int r : roots) {
    for (int b = page.nodes[r].block_begin; b < page.nodes[r].block_end; ++b) inside[b] = true;
  }
  const std::vector<bool> chrome =
      MarkSubtrees(page, [](const Node& n) { return ChromeReason(n) != nullptr; });
  int prose = 0;
  for (std::size_t b = 0; b < page.blocks.size(); ++b) {
    const TextBlock& t = page.blocks[b];
    if (!inside[b] && !chrome[t.node] && t.kind == BlockKind::kParagraph && IsGoodBlock(t) &&
        t.link_chars == 0 && t.ends_sentence && !EndsWithEllipsis(t.text)) {
      prose += t.weighted_chars;
    }
  }
  return prose;
}

// Per node: inside (or at) chrome other than a header: the lead may sit in
// the article's <header>, never in a <nav> or a share bar. With `spare` (the
// node of a service's or a collection's headline, its <h1>), the boxes
// holding it are no chrome, and inside the outermost of them worded as
// chrome (a page builder's hero: banner, promo, image, header; a theme's
// "secondary-hero", sidebar) neither are the parts worded so: the words
// name the headline's box and its parts ("hero-banner" around the <h1>,
// "hero-banner--text" around its lead; "secondary-hero__wrapper" and
// "secondary-hero__copy"), and a box so worded beside it stays chrome.
// Only words that name a page's components so (kHintSectionWords and a
// sidebar's): a box worded as a popup, a sign-up box, consent, navigation
// or comments names a part that holds a heading of its own (a newsletter
// modal's <h1> "Join the club"), whose text is no lead.
std::vector<bool> ChromeBelowButHeader(const Page& page, int spare = -1) {
  constexpr std::uint32_t kComponentWords = kHintSectionWords | kHintSidebar;
  std::uint32_t words = 0;  // the component words of the boxes holding `spare`
  int box = -1;             // the outermost of them
  for (int a = spare >= 0 ? page.nodes[spare].parent : -1; a >= 0; a = page.nodes[a].parent) {
    if (page.nodes[a].flags & kFlagBody) break;
    if (page.nodes[a].hints & kComponentWords) {
      words |= page.nodes[a].hints & kComponentWords;
      box = a;
    }
  }
  return MarkSubtrees(page, [&](const Node& node) {
    const int id = static_cast<int>(&node - page.nodes.data());
    if (spare >= 0 && Contains(node, id, spare)) return false;
    Node n = node;
    if (box >= 0 && Contains(page.nodes[box], box, id)) n.hints &= ~words;
    n.flags &= ~kFlagHeader;
    n.hints &= ~kHintHeader;
    // "content-sidebar-wrap" holds the content as well as the sidebar.
    if (n.hints & kHintPositive) n.hints &= ~kHintSidebar;
    return ChromeReason(n) != nullptr;
  });
}

// `text` with each character reference ("&apos;", "&#39;": JSON-LD strings
// are often HTML-escaped) read as a gap between words, which is what
// TitleKey makes of the punctuation the page shows there.
std::string ReferencesAsGaps(const std::string& text) {
  constexpr std::size_t kMaxReferenceChars = 10;
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '&') {
      std::size_t e = i + 1;
      if (e < text.size() && text[e] == '#') ++e;
      while (e < text.size() && e - i <= kMaxReferenceChars && IsAsciiAlnum(text[e])) {
        ++e;
      }
      if (e < text.size() && text[e] == ';' && e > i + 1) {
        out += ' ';
        i = e;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

// Whether `declared` (a description's TitleKey form, its character
// references read as gaps: ReferencesAsGaps) holds `key` (a block's
// TitleKey form) at `at`, from a word's start to a word's end: "scribe to"
// is no part of "subscribe to".
bool HoldsAtWords(std::string_view declared, std::size_t at, std::string_view key) {
  const std::size_t end = at + key.size();
  return end <= declared.size() && declared.compare(at, key.size(), key) == 0 &&
         (at == 0 || declared[at - 1] == ' ') && (end == declared.size() || declared[end] == ' ');
}

// Which of `keys` (lines' TitleKey forms) `declared` (as HoldsAtWords reads
// it) holds, each from a word's start to a word's end: a key's words are a
// run of the description's words (an empty key is held nowhere). The keys
// are kept by a hash of their words, and read word by word the description
// looks up its runs of one word, two, and on to the most a key has that
// end at each word, each run's hash one step from the one a word shorter;
// a hash found is checked against the keys' text. The lines KeepLead asks
// do not read as text (ReadsAsText: under tuning::kGoodBlockChars code
// points, so at most 35 words), so that is a few dozen look-ups per word of
// the description, however many lines: searched for one by one, many
// lines in a long description cost their number times its length, and an
// automaton of their words (Aho-Corasick) cost more than its reading saved
// on many short lines under a short description, in time and in memory.
std::vector<bool> DescriptionHoldsEach(std::string_view declared,
                                       const std::vector<std::string>& keys) {
  std::vector<bool> held(keys.size(), false);
  if (keys.empty() || declared.empty()) return held;
  // A run's hash, with the word hashed `word` read after the run hashed
  // `run` (0: none).
  auto fold = [](std::uint64_t run, std::uint64_t word) {
    return run ^ (word + 0x9e3779b97f4a7c15ULL + (run << 6) + (run >> 2));
  };
  auto hash = [](std::string_view word) -> std::uint64_t {
    return std::hash<std::string_view>{}(word);
  };
  // Calls `each(begin, end)` on the words of a TitleKey form (joined by one
  // space), each [begin, end) in `text`.
  auto for_each_word = [](std::string_view text, const auto& each) {
    for (std::size_t start = 0; start <= text.size();) {
      const std::size_t end = std::min(text.find(' ', start), text.size());
      each(start, end);
      start = end + 1;
    }
  };
  // The keys by their hash, each hash's distinct keys chained by `next`
  // (two texts of one hash); a key said again refers to its first (`same`).
  std::unordered_map<std::uint64_t, int> first_of;
  std::vector<int> next(keys.size(), -1), same(keys.size(), -1);
  first_of.reserve(keys.size());
  std::size_t longest = 0, most_words = 0;
  for (std::size_t k = 0; k < keys.size(); ++k) {
    const std::string& key = keys[k];
    if (key.empty()) continue;
    std::uint64_t run = 0;
    std::size_t words = 0;
    for_each_word(key, [&](std::size_t begin, std::size_t end) {
      run = fold(run, hash(std::string_view(key).substr(begin, end - begin)));
      ++words;
    });
    const auto [it, added] = first_of.try_emplace(run, static_cast<int>(k));
    if (!added) {
      int j = it->second;
      while (j >= 0 && keys[j] != key) j = next[j];
      if (j >= 0) {
        same[k] = j;
        continue;
      }
      next[k] = it->second;
      it->second = static_cast<int>(k);
    }
    longest = std::max(longest, key.size());
    most_words = std::max(most_words, words);
  }
  if (most_words == 0) return held;
  // Read word by word, the description's runs of words ending at the word
  // read, by the word each starts at (the last `most_words`, in a ring):
  // where each starts and its hash.
  std::vector<std::size_t> starts(most_words);
  std::vector<std::uint64_t> runs(most_words);
  std::size_t read = 0;  // words
  for_each_word(declared, [&](std::size_t begin, std::size_t end) {
    const std::uint64_t word = hash(declared.substr(begin, end - begin));
    starts[read % most_words] = begin;
    runs[read % most_words] = 0;
    ++read;
    for (std::size_t r = read - std::min(read, most_words); r < read; ++r) {
      const std::size_t start = starts[r % most_words], size = end - start;
      if (size > longest) continue;
      std::uint64_t& run = runs[r % most_words];
      run = fold(run, word);
      const auto it = first_of.find(run);
      if (it == first_of.end()) continue;
      for (int k = it->second; k >= 0; k = next[k]) {
        if (!held[k] && keys[k] == declared.substr(start, size)) held[k] = true;
      }
    }
  });
  for (std::size_t k = 0; k < keys.size(); ++k) {
    if (same[k] >= 0) held[k] = held[same[k]];
  }
  return held;
}

// Whether block `b`, before the text, is a picture's caption by its place:
// right after an image in the box holding the image, the box's first block
// (so the box does not hold the headline), which holds
// tuning::kMaxCaptionBoxBlocks blocks at most from `b` on and no good block
// after `b` (a hero picture with its line and its credit under it,
// <div><img><div><p>Above: ...</p><div>Image Credit: ...</div>); the line
// reads as a caption: a paragraph that is short, or ends no sentence and is
// tuning::kMaxStyledCaptionChars long at most. Class words ("caption",
// "credit") mark such lines where a site writes them; on a page without
// classes they were kept as the story's lead. A box holding the picture and
// paragraphs of text is the story's opening, and a header holding the
// headline, a hero picture under it and the dek is the story's header
// (<header><h1>...</h1><img><p>The vote ends weeks of debate ...</p>).
bool CaptionUnderPicture(const Page& page, int b) {
  const TextBlock& line = page.blocks[b];
  if (line.kind != BlockKind::kParagraph || ReadsAsSentenceOfText(line)) return false;
  const auto it = FirstImageBefore(page, b);
  return it != page.images.end() && it->before_block == b &&
         Contains(page.nodes[it->node], it->node, line.node) &&
         page.nodes[it->node].block_begin == b && FitsCaptionBox(page, it->node, b);
}

// Per node: its nearest node that `is` accepts (itself included), -1
// outside one; one preorder pass, a parent's entry set before its
// children's.
template <typename Is>
std::vector<int> NearestWhere(const Page& page, Is is) {
  std::vector<int> nearest(page.nodes.size(), -1);
  for (std::size_t i = 0; i < page.nodes.size(); ++i) {
    const Node& n = page.nodes[i];
    if (is(n)) {
      nearest[i] = static_cast<int>(i);
    } else if (n.parent >= 0) {
      nearest[i] = nearest[n.parent];
    }
  }
  return nearest;
}

// NearestWhere for the elements of `tag`.
std::vector<int> NearestOfTag(const Page& page, GumboTag tag) {
  return NearestWhere(page, [tag](const Node& n) { return n.tag == tag; });
}

// Keeps the lead: prose between a headline that repeats the title and the
// first kept block, when the headline is at most kLeadLookback blocks before.
// With `any_h1` (an undated service page, a collection that shows no
// dateline) the headline may also be any unlinked <h1> before the region,
// however far: a service's headline names its offer, not the page's
// <title> ("Relay | Home"), and a run of figures or badges may stand
// between its lead and the sections, as a slider of the range's materials
// stands between a collection's intro and its grid; a hero banner around
// that <h1> and its lead is no chrome to them (ChromeBelowButHeader).
// With `h1_first` too (a collection) such an <h1> wins over a nearer
// heading that repeats the title: a buying guide at the grid's foot,
// headed by the category's name again, is the text found, and the intro
// under the category's <h1> above the grid is its lead.
// Returns, with `any_h1`, the headline's block when it lies in no chrome
// (KeepServiceHeadline), else -1.
int KeepLead(const Page& page, const Metadata& meta, bool any_h1, bool h1_first,
             std::vector<Decision>* decisions) {
  int first = 0;
  while (first < static_cast<int>(decisions->size()) && !(*decisions)[first].kept) ++first;
  if (first == static_cast<int>(decisions->size())) return -1;
  int title = -1;
  bool by_h1 = false;
  // Blocks that are links (an in-page table of contents between the lead
  // and the text) do not count towards the distance, nor do those of a
  // share bar (its buttons, "Link", "Mail", "Whatsapp", a line each), nor
  // any that holds a link: a box of related stories, each a linked title
  // and a line after it, less than half linked.
  int seen = 0;
  const std::vector<bool> share =
      MarkSubtrees(page, [](const Node& n) { return (n.hints & kHintShare) != 0; });
  for (int b = first - 1; b >= 0 && (seen < tuning::kLeadLookback || any_h1); --b) {
    const TextBlock& block = page.blocks[b];
    const bool near = seen < tuning::kLeadLookback;
    const bool linked = LinkDensity(block) >= tuning::kMaxLinkDensity;
    if (block.link_chars == 0 && !share[block.node]) ++seen;
    const Headline headline = ReadHeadline(page, block);
    if (!headline.heading) continue;
    by_h1 = any_h1 && !linked && headline.h1;
    if (by_h1) {
      title = b;
      break;
    }
    if (near && RepeatsTitle(block, meta) && title < 0) {
      title = b;
      if (!(any_h1 && h1_first)) break;
    }
  }
  if (title < 0) return -1;
  const std::vector<bool> chrome =
      ChromeBelowButHeader(page, by_h1 ? page.blocks[title].node : -1);
  // A subtitle set over the headline in its box, the box's first block
  // (a hero's "Make decisions with confidence ..." over its <h1>, which the
  // page's style shows below it), is the lead too.
  if (title > 0) {
    const TextBlock& over = page.blocks[title - 1];
    const int box = page.nodes[page.blocks[title].node].parent;
    if (box >= 0 && page.nodes[over.node].parent == box &&
        page.nodes[box].block_begin == title - 1 && !chrome[over.node] &&
        over.kind == BlockKind::kParagraph && ReadsAsText(over) && over.link_chars == 0 &&
        LetterShare(over.text) >= tuning::kLeadMinLetterShare) {
      (*decisions)[title - 1] = {true, kLeadOverHeadline};
    }
  }
  // A panel of a <details> that does not hold the headline is folded under
  // its <summary> until the reader opens it (MDN's "Baseline" banner over
  // the compatibility it explains): no lead. Each node's nearest <details>
  // (itself or an ancestor, -1 for none) is found in one pass over the
  // nodes when first asked: climbed for each line, lines deep in wrappers
  // cost their number times their depth.
  std::vector<int> nearest_details;
  const auto in_details = [&](int id) {
    if (nearest_details.empty()) nearest_details = NearestOfTag(page, GUMBO_TAG_DETAILS);
    const int details = nearest_details[id];
    return details >= 0 && !Contains(page.nodes[details], details, page.blocks[title].node);
  };
  // A line inside a <figure> (or a <figcaption>) that does not hold the
  // headline is a picture's caption, not the lead, as a line right under a
  // picture in its box is (CaptionUnderPicture). Each node's nearest such
  // element is found in one pass over the nodes when first asked, as
  // nearest_details is.
  std::vector<int> nearest_figure;
  const auto in_figure = [&](int id) {
    if (nearest_figure.empty()) {
      nearest_figure = NearestWhere(page, [](const Node& n) {
        return n.tag == GUMBO_TAG_FIGURE || n.tag == GUMBO_TAG_FIGCAPTION;
      });
    }
    const int figure = nearest_figure[id];
    return figure >= 0 && !Contains(page.nodes[figure], figure, page.blocks[title].node);
  };
  // A line the page's own description (Metadata::description, which may be
  // the JSON-LD's, HTML-escaped) says again, from a word's start to a
  // word's end, is its summary, sentence or not (a manual's "SELECT,
  // TABLE, WITH — retrieve rows from a table or view" under its name). The
  // lines that do not read as text are read against the description all
  // at once (DescriptionHoldsEach), not one by one through it.
  const std::string described = TitleKey(ReferencesAsGaps(meta.description));
  std::vector<int> asked;  // blocks, in order
  std::vector<std::string> keys;
  for (int b = title + 1; b < first; ++b) {
    const TextBlock& block = page.blocks[b];
    if (ReadsAsText(block) || block.weighted_chars < tuning::kShortBlockChars) continue;
    std::string key = TitleKey(block.text, described.size());
    if (key.size() < static_cast<std::size_t>(tuning::kShortBlockChars) ||
        key.size() > described.size()) {
      continue;
    }
    asked.push_back(b);
    keys.push_back(std::move(key));
  }
  const std::vector<bool> held = DescriptionHoldsEach(described, keys);
  auto summarizes = [&](int b) {
    const auto it = std::lower_bound(asked.begin(), asked.end(), b);
    return it != asked.end() && *it == b && held[it - asked.begin()];
  };
  for (int b = title + 1; b < first; ++b) {
    const TextBlock& block = page.blocks[b];
    if (chrome[block.node] || block.kind == BlockKind::kCaption || CaptionsAnImage(page, b) ||
        in_figure(block.node) || CaptionUnderPicture(page, b) || in_details(block.node) ||
        (!ReadsAsText(block) && !summarizes(b)) ||
        LinkDensity(block) >= tuning::kMaxShortLinkDensity ||
        RepeatsTitle(block, meta) || LetterShare(block.text) < tuning::kLeadMinLetterShare) {
      continue;
    }
    (*decisions)[b] = {true, kLeadBeforeText};
  }
  return any_h1 && !chrome[page.blocks[title].node] && !RepeatsTitle(page.blocks[title], meta)
             ? title
             : -1;
}

// On a service page that shows no dateline, the headline over the lead
// (KeepLead's, `headline`) stays: a service's <h1> names its offer ("Pest
// control in Queen Creek", "Group chat that's all fun & games") and opens
// its text, where a story's headline is its title, said apart. Kept after
// the passes that keep what stands between kept parts, so that the menu of
// the site's other offers between the headline and the lead stays out.
void KeepServiceHeadline(int headline, std::vector<Decision>* decisions) {
  if (headline >= 0) (*decisions)[headline] = {true, "the service's headline"};
}

// On a service page that shows no dateline, the short unlinked line right
// above the first kept block, when that is a heading, is the heading's
// eyebrow, a kicker naming the offer ("Zendesk for customer service" over
// "The complete customer service solution"), not a short block at the
// text's edge: it stays, unless inside chrome or mostly not letters (a
// date, a price).
void KeepEyebrow(const Page& page, std::vector<Decision>* decisions) {
  std::size_t first = 0;
  while (first < decisions->size() && !(*decisions)[first].kept) ++first;
  if (first == 0 || first == decisions->size() ||
      page.blocks[first].kind != BlockKind::kHeading) {
    return;
  }
  const TextBlock& line = page.blocks[first - 1];
  if (line.kind != BlockKind::kParagraph || line.link_chars > 0 || ReadsAsText(line) ||
      LetterShare(line.text) < tuning::kLeadMinLetterShare ||
      ChromeBelowButHeader(page)[line.node]) {
    return;
  }
  (*decisions)[first - 1] = {true, "the eyebrow over the first heading"};
}

// A short paragraph or heading: not a list item or a table cell, which
// are data (a driver's name in a table of results is also in the sidebar's
// standings; a menu's items name sections).
bool IsLabel(const TextBlock& b) {
  return (b.kind == BlockKind::kParagraph || b.kind == BlockKind::kHeading) && !ReadsAsText(b);
}

// A heading the kept text follows at once: a section's title, which an
// in-page table of contents in a sidebar repeats (its entries link within
// the page, or nowhere: a script scrolls).
bool HeadsKeptText(const Page& page, const std::vector<Decision>& decisions, std::size_t i) {
  return page.blocks[i].kind == BlockKind::kHeading && i + 1 < decisions.size() &&
         decisions[i + 1].kept && ReadsAsText(page.blocks[i + 1]);
}

// A kept label whose text is also that of a label the page marks as chrome
// ("Advertisement:" over each ad, most of them in an ad box) is that label
// too. Hidden copies are not chrome here: pages hide a copy of their own
// headings for small screens.
void DropRepeatsOfChromeLabels(const Page& page, std::vector<Decision>* decisions) {
  const std::vector<bool> chrome =
      MarkSubtrees(page, [](const Node& n) {
        return !(n.flags & kFlagHidden) && ChromeReason(n) != nullptr;
      });
  // The site's menu: its items name the sections of the site, which a page
  // about them titles alike.
  const std::vector<bool> menu = MarkSubtrees(page, [](const Node& n) {
    return !(n.flags & kFlagHidden) && ((n.flags & (kFlagNav | kFlagHeader)) ||
                                         (n.hints & (kHintNav | kHintHeader)));
  });
  std::unordered_set<std::string_view> labels;
  // Labels a chrome copy outside the menu links off the page: a sidebar's
  // linked stories.
  std::unordered_set<std::string_view> leave;
  for (const TextBlock& b : page.blocks) {
    if (!chrome[b.node] || !IsLabel(b)) continue;
    labels.insert(b.text);
    if (LinksOffPage(b) && !menu[b.node]) leave.insert(b.text);
  }
  if (labels.empty()) return;
  for (std::size_t i = 0; i < decisions->size(); ++i) {
    const TextBlock& b = page.blocks[i];
    if ((*decisions)[i].kept && !chrome[b.node] && IsLabel(b) && labels.count(b.text) &&
        (leave.count(b.text) || !HeadsKeptText(page, *decisions, i))) {
      (*decisions)[i] = {false, kRepeatsChromeLabel};
    }
  }
}

// Whether `b` reads as the name of a code block's language: one unlinked
// word of letters, digits and the signs languages are named with ("toml",
// "bash", "C++", "C#", "objective-c"), tuning::kMaxCodeLabelChars at most.
// A file's name ("tidewater.toml") holds a dot and names what the code is:
// a caption, which stays.
bool ReadsAsCodeLanguage(const TextBlock& b) {
  if (b.kind != BlockKind::kParagraph || b.words != 1 || b.link_chars > 0 ||
      b.chars > tuning::kMaxCodeLabelChars) {
    return false;
  }
  for (const char c : b.text) {
    if (!IsAsciiAlnum(c) && c != '+' && c != '#' && c != '-') return false;
  }
  return true;
}

// A kept word naming a code block's language (ReadsAsCodeLanguage) that
// shares a box with the code block right after or before it, and with
// nothing else, is the block's label, drawn by the style sheet over the code
// (VitePress's <span class="lang">toml</span> beside its <pre>, Mintlify's
// bar over it): it goes. The box is the label's element or one of its
// ancestors, tuning::kMaxCodeLabelLevels up at most, holding the two blocks
// alone. A heading or a caption over the code, or a word in a box of its
// own, stays.
void DropCodeLabels(const Page& page, std::vector<Decision>* decisions) {
  const int count = static_cast<int>(decisions->size());
  for (int b = 0; b < count; ++b) {
    if (!(*decisions)[b].kept || !ReadsAsCodeLanguage(page.blocks[b])) continue;
    for (const int code : {b + 1, b - 1}) {
      if (code < 0 || code >= count || page.blocks[code].kind != BlockKind::kCode) continue;
      const int first = std::min(b, code);
      int box = page.blocks[b].node;
      for (int level = 0; level <= tuning::kMaxCodeLabelLevels && box >= 0;
           ++level, box = page.nodes[box].parent) {
        const Node& n = page.nodes[box];
        if (n.block_begin < first || n.block_end > first + 2) break;
        if (n.block_begin == first && n.block_end == first + 2) {
          (*decisions)[b] = {false, "the language label of a code block"};
          break;
        }
      }
      if (!(*decisions)[b].kept) break;
    }
  }
}

// A kept label alone in a box that also holds an ad's slot is the ad's
// label: it goes ("Advert" over an ad server's script, in a box of random
// class, which a browser without scripts shows the ad's linked picture
// in). The slot is a <noscript> holding a link and no text; the box, at
// most two elements above the label's, holds no other block. A <noscript>
// holding a picture alone is a lazy loader's (a logo beside its name).
void DropLabelsOfAdSlots(const Page& page, std::vector<Decision>* decisions) {
  // Per node: whether its subtree holds a link, and a slot; bottom-up
  // (reverse preorder: a node's descendants are read before it).
  std::vector<bool> link(page.nodes.size(), false);
  std::vector<bool> slot(page.nodes.size(), false);
  for (std::size_t i = page.nodes.size(); i-- > 0;) {
    const Node& n = page.nodes[i];
    if (n.tag == GUMBO_TAG_A) link[i] = true;
    if (n.tag == GUMBO_TAG_NOSCRIPT && link[i] && n.block_begin == n.block_end) slot[i] = true;
    if (n.parent >= 0) {
      if (link[i]) link[n.parent] = true;
      if (slot[i]) slot[n.parent] = true;
    }
  }
  for (std::size_t b = 0; b < decisions->size(); ++b) {
    const TextBlock& block = page.blocks[b];
    if (!(*decisions)[b].kept || block.kind == BlockKind::kHeading || block.link_chars > 0 ||
        block.words > tuning::kMaxAdLabelWords || block.ends_sentence ||
        block.text.find('\n') != std::string::npos) {
      continue;
    }
    int box = block.node;
    for (int level = 0; level <= 2 && box >= 0; ++level, box = page.nodes[box].parent) {
      const Node& n = page.nodes[box];
      if (n.block_begin != static_cast<int>(b) || n.block_end != static_cast<int>(b) + 1) break;
      if (slot[box]) {
        (*decisions)[b] = {false, "the label of an ad's slot"};
        break;
      }
    }
  }
}

// Whether block `b` is a question: its text ends with a question mark (of
// Latin, full-width or Arabic script).
bool IsQuestion(const TextBlock& b) { return EndsWithQuestionMark(b.text); }

// A short question kept in a box beside a button and no good text is the
// reader's vote on the page, not its text: "Was this page helpful?" over
// Yes and No, "Did this answer your question?" over a row of faces (a help
// centre's article, a manual's page). The box is the nearest around the
// question, at most tuning::kFeedbackBoxLevels elements up, holding an
// unread <button> (kFlagHoldsButton), of at most tuning::kFeedbackBoxBlocks
// blocks, none good; its kept blocks go (a "Feedback" heading over the
// question, "3 out of 5 found this helpful"). A question opening a box of
// text (an FAQ's, its answer a good block) and a quoted question stay, and
// on a thread every question does: a short post beside its "Reply" and
// "Like" buttons. A disclosure button is read, no vote.
void DropFeedbackPrompts(const Page& page, PageType type, std::vector<Decision>* decisions) {
  if (type == PageType::kForum) return;
  std::vector<bool> buttons;  // per node: a button in its subtree; built at the first question
  for (std::size_t b = 0; b < decisions->size(); ++b) {
    const TextBlock& block = page.blocks[b];
    if (!(*decisions)[b].kept || block.kind == BlockKind::kQuote ||
        block.chars > tuning::kMaxFeedbackQuestionChars || !IsQuestion(block)) {
      continue;
    }
    if (buttons.empty()) {
      buttons.assign(page.nodes.size(), false);
      for (std::size_t i = page.nodes.size(); i-- > 0;) {  // bottom-up
        const Node& n = page.nodes[i];
        if (n.flags & kFlagHoldsButton) buttons[i] = true;
        if (buttons[i] && n.parent >= 0) buttons[n.parent] = true;
      }
    }
    int box = page.blocks[b].node;
    for (int level = 0; level <= tuning::kFeedbackBoxLevels && box >= 0;
         ++level, box = page.nodes[box].parent) {
      const Node& n = page.nodes[box];
      if (n.block_end - n.block_begin > tuning::kFeedbackBoxBlocks) break;
      if (!buttons[box]) continue;
      bool good = false;
      for (int k = n.block_begin; k < n.block_end; ++k) good = good || IsGoodBlock(page.blocks[k]);
      if (good) break;
      for (int k = n.block_begin; k < n.block_end; ++k) {
        if ((*decisions)[k].kept) (*decisions)[k] = {false, "a vote on the page"};
      }
      break;
    }
  }
}

// True when one of the few kept blocks outside hidden parts after block
// `from` holds `text`: the shown text goes on as a hidden copy does.
bool ShownNext(const Page& page, const std::vector<bool>& hidden,
               const std::vector<Decision>& decisions, std::size_t from, std::string_view text) {
  std::size_t looked = 0;
  for (std::size_t b = from + 1; b < decisions.size() && looked < tuning::kExcerptFollowers;
       ++b) {
    if (!decisions[b].kept || hidden[page.blocks[b].node]) continue;
    if (page.blocks[b].text.find(text) != std::string::npos) return true;
    ++looked;
  }
  return false;
}

// True when every block of node `id` before block `b` that holds text opens
// with `opening`: other copies of an excerpt (for other screens).
bool OnlyCopiesBefore(const Page& page, int id, int b, std::string_view opening) {
  for (int c = page.nodes[id].block_begin; c < b; ++c) {
    const std::string& text = page.blocks[c].text;
    if (page.blocks[c].chars > 0 && text.compare(0, opening.size(), opening) != 0) return false;
  }
  return true;
}

// A kept paragraph that a hidden box repeats and goes on with is an excerpt:
// "read more" shows the box (a category's guide, a description's rest).
// The box's text stays in its place and the excerpt goes. The two start
// alike (tuning::kExcerptMatchChars bytes) and the excerpt's last bytes are
// in a longer block of the box that only other copies of the excerpt
// precede (for other screens).
void KeepFullTextOfExcerpts(const Page& page, std::vector<Decision>* decisions) {
  auto hides = [](const Node& n) { return (n.flags & kFlagHidden) || (n.hints & kHintHidden); };
  const std::vector<bool> hidden = MarkSubtrees(page, hides);
  const std::size_t match = tuning::kExcerptMatchChars;
  std::unordered_map<std::string_view, std::vector<int>> openings;  // by first bytes
  for (std::size_t b = 0; b < page.blocks.size(); ++b) {
    const TextBlock& block = page.blocks[b];
    if (hidden[block.node] && !(*decisions)[b].kept && block.text.size() > match &&
        ReadsAsText(block)) {
      openings[std::string_view(block.text).substr(0, match)].push_back(static_cast<int>(b));
    }
  }
  if (openings.empty()) return;
  for (std::size_t k = 0; k < page.blocks.size(); ++k) {
    const TextBlock& excerpt = page.blocks[k];
    if (!(*decisions)[k].kept || hidden[excerpt.node] || excerpt.text.size() <= match ||
        !ReadsAsText(excerpt)) {
      continue;
    }
    auto it = openings.find(std::string_view(excerpt.text).substr(0, match));
    if (it == openings.end()) continue;
    // Many hidden blocks opening alike are a list's repeated words. An
    // opening is tried once: its box stands for one excerpt (and a page of
    // many kept copies reads the hidden blocks once).
    const std::vector<int> copies = std::move(it->second);
    openings.erase(it);
    if (copies.size() > tuning::kMaxExcerptCopies) continue;
    const std::string_view opening = std::string_view(excerpt.text).substr(0, match);
    const std::string_view tail = std::string_view(excerpt.text).substr(excerpt.text.size() - match);
    int box = -1, from = -1;
    for (int h : copies) {
      const TextBlock& full = page.blocks[h];
      const std::size_t at = full.text.find(tail);
      if (full.chars <= excerpt.chars || at == std::string::npos) continue;
      // What the box adds must not follow the excerpt on show already (a
      // hidden copy of the whole text).
      std::size_t next = at + match;
      while (next < full.text.size() && full.text[next] == ' ') ++next;
      const std::string_view more = std::string_view(full.text).substr(next, match);
      if (more.size() == match && ShownNext(page, hidden, *decisions, k, more)) continue;
      // The box: the nearest ancestor that hides the block, opening with it
      // (or with other copies of the excerpt); its text from the block on.
      int node = full.node;
      while (node >= 0 && !hides(page.nodes[node])) node = page.nodes[node].parent;
      if (node < 0 || !OnlyCopiesBefore(page, node, h, opening) ||
          (box >= 0 && page.nodes[node].block_end - h <= page.nodes[box].block_end - from)) {
        continue;
      }
      box = node;
      from = h;
    }
    if (box < 0) continue;
    for (int b = from; b < page.nodes[box].block_end; ++b) {
      if (page.blocks[b].chars > 0) (*decisions)[b] = {true, "the full text of a kept excerpt"};
    }
    (*decisions)[k] = {false, "an excerpt of hidden full text"};
  }
}

// A poster's name: a short label of letters that is no sentence.
bool ReadsAsPosterName(const TextBlock& b) {
  return b.chars >= 2 && b.chars <= tuning::kMaxPostHeadChars && !b.ends_sentence &&
         LetterShare(b.text) >= tuning::kLeadMinLetterShare && PostDateStrength(b) == 0;
}

// A poster's linked name: a short line of links with a letter (digits may
// outweigh the letters: "user447274"), no sentence and no date.
bool ReadsAsLinkedName(const TextBlock& b) {
  return b.chars >= 2 && b.chars <= tuning::kMaxPostHeadChars && !b.ends_sentence &&
         b.link_chars * 2 > b.chars && LetterShare(b.text) > 0 && PostDateStrength(b) == 0;
}

// The text of the post whose blocks are [begin, end): its first kept block
// reading as text with a dated block before it, the post's date (*date).
// Short text with no date before it (a user title on the poster's card: "I
// am a social vegan.") is passed over, up to the first good block. The date
// is, among the visible blocks before the text, the last with a clock time,
// else the last with a year ("Joined: Aug 2008" on the poster's card comes
// before "Feb 14, 2026 | 9:05 pm" or after it); a date in a quotation, its
// citation's ("changingtimes wrote: Sat Feb 24, 2024 12:41 pm" opening a
// reply's text), dates the quoted post and is taken only when no other
// line is dated (a post dated "Posted February 26", no year nor clock), and
// so is a date inside an <aside> (`embedded`), a card the post embeds:
// Discourse's box of a linked issue, "opened 12:59AM - 02 May 24 UTC",
// after the post's own "May 3, 2024, 1:23pm". -1 when there is none. A
// short post's text (AddPostsBetween, kShortPost) is text too.
int PostText(const Page& page, const std::vector<bool>& hidden,
             const std::vector<bool>& embedded, const std::vector<Decision>& decisions,
             int begin, int end, int* date) {
  int best = -1, strength = 0, quoted = -1;
  for (int b = begin; b < end; ++b) {
    const TextBlock& block = page.blocks[b];
    // A date line closed by its edit note reads as a sentence; it is the
    // post's date (DatedNoteAfterDate).
    const bool noted = DatedNoteAfterDate(block.text) != std::string_view::npos;
    if (decisions[b].kept && !noted && (ReadsAsText(block) || decisions[b].reason == kShortPost)) {
      if (best >= 0 || quoted >= 0) {
        *date = best >= 0 ? best : quoted;
        return b;
      }
      if (IsGoodBlock(block)) return -1;
    }
    const int s = hidden[block.node] ? 0 : PostDateStrength(block);
    if (s > 0 && (block.kind == BlockKind::kQuote || embedded[block.node])) {
      quoted = b;
    } else if (s > 0 && s >= strength) {
      best = b;
      strength = s;
    }
  }
  return -1;
}

// Adds to `posts` (sorted, and kept so) the replies a post nests inside
// itself: elements of the tag and class of a group of posts (`templates`,
// classed) that lie inside a post and hold dated text of their own
// (`dated_blocks`, over a range of blocks). Old Reddit sets a comment's
// replies in a box inside the comment, each reply a comment of the same
// class, alone there as often as not (no group of its own). A post's own
// boxes of other classes are none. Each such element is read up to the
// next one inside it (its own reply): a chain of replies nested thousands
// deep reads each block once, after one pass over the nodes.
template <typename DatedBlocks>
void AddRepliesNestedInPosts(const Page& page, const std::unordered_set<std::uint64_t>& templates,
                             DatedBlocks&& dated_blocks, std::vector<int>* posts) {
  if (posts->empty() || templates.empty()) return;
  std::vector<char> post(page.nodes.size(), 0), inside(page.nodes.size(), 0);
  for (int p : *posts) post[p] = 1;
  std::vector<int> candidates;
  for (std::size_t i = 0; i < page.nodes.size(); ++i) {
    const Node& n = page.nodes[i];
    inside[i] = n.parent >= 0 && (post[n.parent] || inside[n.parent]);
    if (inside[i] && !post[i] && n.class_hash != 0 && templates.count(TemplateKey(n)) > 0) {
      candidates.push_back(static_cast<int>(i));
    }
  }
  const std::size_t found = posts->size();
  for (std::size_t k = 0; k < candidates.size(); ++k) {
    const Node& n = page.nodes[candidates[k]];
    int own_end = n.block_end;
    if (k + 1 < candidates.size() && candidates[k + 1] < n.end) {
      own_end = std::min(own_end, page.nodes[candidates[k + 1]].block_begin);
    }
    if (dated_blocks(n.block_begin, own_end)) posts->push_back(candidates[k]);
  }
  if (posts->size() > found) std::sort(posts->begin(), posts->end());
}

// The posts of a thread: siblings of one tag and class, at least
// tuning::kMinSiblingPosts of them, each holding kept text under a dated
// head (or, in a parent with no such group, as many items of a list, all
// so: ListItemsAllPassing), and the replies nested beside them; in page
// order.
std::vector<int> FindPosts(const Page& page, const std::vector<bool>& hidden,
                           const std::vector<bool>& embedded,
                           const std::vector<Decision>& decisions) {
  std::vector<std::pair<std::uint64_t, int>> scratch;
  std::vector<int> posts;
  auto dated_text = [&](int c) {
    int date = -1;
    return PostText(page, hidden, embedded, decisions, page.nodes[c].block_begin,
                    page.nodes[c].block_end, &date) >= 0;
  };
  // The posts found so far, and per tag of a parent's groups the first
  // member of its groups.
  std::vector<bool> is_post(page.nodes.size(), false);
  std::unordered_set<std::uint64_t> templates;  // the groups' tags and classes (TemplateKey)
  std::vector<std::pair<int, int>> first_of_tag;
  std::vector<std::pair<int, bool>> read;
  std::vector<int> dated_children;
  for (std::size_t p = 0; p < page.nodes.size(); ++p) {
    const Node& parent = page.nodes[p];
    if (parent.block_end - parent.block_begin < tuning::kMinRepeats) continue;
    first_of_tag.clear();
    auto take_group = [&](const std::vector<int>& members) {
      posts.insert(posts.end(), members.begin(), members.end());
      for (int m : members) is_post[m] = true;
      const int tag = page.nodes[members.front()].tag;
      templates.insert(TemplateKey(page.nodes[members.front()]));
      // The opening post before them, of their tag in a class of its own
      // (NodeBB's "topic-owner-post"): the last such sibling before the first.
      int opening = -1;
      for (int c = static_cast<int>(p) + 1; c < members.front(); c = page.nodes[c].end) {
        if (page.nodes[c].tag == tag) opening = c;
      }
      if (opening >= 0 && !is_post[opening] && dated_text(opening)) {
        posts.push_back(opening);
        is_post[opening] = true;
      }
      auto seen = std::find_if(first_of_tag.begin(), first_of_tag.end(),
                               [&](const std::pair<int, int>& t) { return t.first == tag; });
      if (seen == first_of_tag.end()) {
        first_of_tag.emplace_back(tag, members.front());
      } else {
        seen->second = std::min(seen->second, members.front());
      }
    };
    // The children read, each with whether it holds dated text.
    read.clear();
    auto take = [&](int c) {
      const bool dated = dated_text(c);
      read.emplace_back(c, dated);
      return dated;
    };
    const std::size_t found = posts.size();
    ForEachSiblingGroup(page, static_cast<int>(p), tuning::kMinSiblingPosts, take, take_group,
                        &scratch);
    // Else a list whose every item is a post, classed apart.
    if (posts.size() == found) {
      ListItemsAllPassing(
          page, static_cast<int>(p),
          [&](int c) {
            const auto it = std::lower_bound(
                read.begin(), read.end(), c,
                [](const std::pair<int, bool>& r, int id) { return r.first < id; });
            return it != read.end() && it->first == c && it->second;
          },
          &dated_children);
      if (static_cast<int>(dated_children.size()) >= tuning::kMinSiblingPosts) {
        take_group(dated_children);
      }
    }
    // A threaded view's replies: an element of the posts' tag holding dated
    // text in a sibling of the posts after the first (the box of a post's
    // replies, "<div class=children>" after the post, or a reply of its own
    // class, "nested-level-children", beside "nested-level-root"). The
    // outermost element of the tag is the reply, or none (a post of another
    // class beside them is one whole: its own boxes are no replies). The
    // siblings are read once per tag of the parent's groups, from the first
    // post of that tag, not once per group: a parent of many groups (posts
    // of many classes) reads them in one pass.
    for (const auto& [tag, first] : first_of_tag) {
      for (int c = first; c < parent.end; c = page.nodes[c].end) {
        for (int d = c; d < page.nodes[c].end;) {
          if (page.nodes[d].tag != tag) {
            ++d;
            continue;
          }
          if (!is_post[d] && dated_text(d)) posts.push_back(d);
          d = page.nodes[d].end;
        }
      }
    }
  }
  // A post of another group beside a group is met as its reply too.
  std::sort(posts.begin(), posts.end());
  posts.erase(std::unique(posts.begin(), posts.end()), posts.end());
  AddRepliesNestedInPosts(
      page, templates,
      [&](int begin, int end) {
        int date = -1;
        return PostText(page, hidden, embedded, decisions, begin, end, &date) >= 0;
      },
      &posts);
  return posts;
}

// On a thread, the opening post (a Q&A page's question) before the region
// of its replies: climbing from the region's first root to <main> (or
// <body>), the nearest earlier sibling that is no chrome, holds at least
// tuning::kMinPostChars of good text with few links and a dated block (the
// post's date) is decided as a region of its own and joins.
void AddOpeningPost(const Page& page, const Scores& scores, const Metadata& meta,
                    const std::vector<bool>& excluded, ImagesBeforeBlocks* images, Selection* sel) {
  if (sel->roots.empty()) return;
  // Holds a dated block and nothing kept already (a section joined before).
  auto dated = [&](int c) {
    bool date = false;
    for (int b = page.nodes[c].block_begin; b < page.nodes[c].block_end; ++b) {
      if (sel->decisions[b].kept) return false;
      date |= PostDateStrength(page.blocks[b]) > 0;
    }
    return date;
  };
  for (int cur = sel->roots.front();
       cur >= 0 && !(page.nodes[cur].flags & (kFlagBody | kFlagMain));) {
    const int up = page.nodes[cur].parent;
    if (up < 0) return;
    int opening = -1;
    for (int c = up + 1; c < cur; c = page.nodes[c].end) {
      if (excluded[c] || ChromeReason(page.nodes[c]) != nullptr ||
          scores.good_chars[c] < tuning::kMinPostChars ||
          NodeLinkDensity(scores, c) >= tuning::kSiblingLinkDensity || !dated(c)) {
        continue;
      }
      opening = c;
    }
    if (opening >= 0) {
      std::vector<Decision> own(page.blocks.size(), Decision{false, kOutsideRegion});
      DecideRegion(page, scores, meta, PageType::kForum, {opening}, images, &own);
      const Node& n = page.nodes[opening];
      if (std::any_of(own.begin() + n.block_begin, own.begin() + n.block_end,
                      [](const Decision& d) { return d.kept; })) {
        std::copy(own.begin() + n.block_begin, own.begin() + n.block_end,
                  sel->decisions.begin() + n.block_begin);
        sel->roots.insert(sel->roots.begin(), opening);
      }
      return;
    }
    cur = up;
  }
}

// On a thread, the posts the region passes over between two it keeps: among
// the children of one tag of a node (posts striped "bg1" / "bg2", the
// opening one classed as its author's) each holding a visible dated block,
// those between the first and the last holding kept text that hold none,
// no chrome and a visible block reading as text, are decided together with
// the region's first root and join with what they keep when it reads as
// text. A reply much shorter than the posts around it scores too low to
// join as a sibling of the region's root. After the last kept post, so do
// the thread's last replies (a short one, one mostly an embedded card of
// links): those built from the last kept post's template (tag and class)
// join the same way; the first child that is not ends the thread (the
// site's dated list of other topics beside it). Before the first kept post,
// so do those built from its template, back to the first child that is
// not: the opening post, a short question whose card, subject, date and
// signature are links, too many for a sibling of the region
// (AddOpeningPost) over one long reply and short ones. A reply among them too
// short to read as text, kept or not, keeps the blocks it sets where the
// kept posts set their first text (kShortPost): such a post is still one.
void AddPostsBetween(const Page& page, const Scores& scores, const Metadata& meta,
                     const std::vector<bool>& hidden, const std::vector<bool>& excluded,
                     ImagesBeforeBlocks* images, Selection* sel) {
  if (sel->roots.empty()) return;
  const int nodes = static_cast<int>(page.nodes.size());
  // Per node, over its subtree: a visible dated block, a kept block, a
  // visible block reading as text.
  std::vector<char> dated(nodes, 0), kept(nodes, 0), text(nodes, 0);
  for (std::size_t b = 0; b < page.blocks.size(); ++b) {
    const int node = page.blocks[b].node;
    if (!hidden[node] && PostDateStrength(page.blocks[b]) > 0) dated[node] = 1;
    if (!hidden[node] && ReadsAsText(page.blocks[b])) text[node] = 1;
    if (sel->decisions[b].kept) kept[node] = 1;
  }
  // first_text[i]: the first kept block reading as text in node i's
  // subtree (blocks: an index past the last when none).
  const int blocks = static_cast<int>(page.blocks.size());
  std::vector<int> first_text(nodes, blocks);
  for (int b = blocks - 1; b >= 0; --b) {
    const int node = page.blocks[b].node;
    if (sel->decisions[b].kept && !hidden[node] && ReadsAsText(page.blocks[b])) first_text[node] = b;
  }
  for (int i = nodes - 1; i > 0; --i) {
    const int up = page.nodes[i].parent;
    if (up < 0) continue;
    dated[up] |= dated[i];
    kept[up] |= kept[i];
    text[up] |= text[i];
    first_text[up] = std::min(first_text[up], first_text[i]);
  }
  std::set<Place> text_places;
  std::vector<int> gaps;
  std::vector<std::pair<int, int>> children;  // (tag, node) of the dated children
  for (int p = 0; p < nodes; ++p) {
    const Node& parent = page.nodes[p];
    if (parent.block_end - parent.block_begin < tuning::kMinRepeats || !kept[p]) continue;
    children.clear();
    for (int c = p + 1; c < parent.end; c = page.nodes[c].end) {
      if (dated[c]) children.emplace_back(page.nodes[c].tag, c);
    }
    if (static_cast<int>(children.size()) < tuning::kMinRepeats) continue;
    std::stable_sort(children.begin(), children.end(),
                     [](const auto& x, const auto& y) { return x.first < y.first; });
    for (std::size_t i = 0; i < children.size();) {
      std::size_t j = i;
      while (j < children.size() && children[j].first == children[i].first) ++j;
      std::size_t first = j, last = i;
      for (std::size_t k = i; k < j; ++k) {
        if (!kept[children[k].second]) continue;
        first = std::min(first, k);
        last = k;
      }
      // After the last kept post: its template's children, up to the first
      // that is not of it. Before the first: the same, the opening post
      // built from its replies' template.
      std::size_t start = first, stop = last;
      if (first < j) {
        const std::uint64_t key = TemplateKey(page.nodes[children[last].second]);
        // The opening post alone kept may be classed as its writer's
        // (NodeBB's "topic-owner-post", on each of that writer's posts):
        // the replies are built from its template or the next child's.
        const std::uint64_t next_key = last == i && last + 1 < j
                                           ? TemplateKey(page.nodes[children[last + 1].second])
                                           : key;
        auto replies = [&](std::size_t k) {
          const std::uint64_t t = TemplateKey(page.nodes[children[k].second]);
          return t == key || t == next_key;
        };
        while (stop + 1 < j && replies(stop + 1)) ++stop;
        ++stop;
        const std::uint64_t first_key = TemplateKey(page.nodes[children[first].second]);
        while (start > i && TemplateKey(page.nodes[children[start - 1].second]) == first_key) {
          --start;
        }
      }
      text_places.clear();
      bool places_read = false;
      for (std::size_t k = start; k < stop; ++k) {
        const int c = children[k].second;
        if (excluded[c] || ChromeReason(page.nodes[c]) != nullptr) continue;
        if (text[c]) {
          if (!kept[c] && k != first) gaps.push_back(c);
          continue;
        }
        // A reply too short to read as text ("Same for me.", "Thanks, that
        // fixed it."), kept or not: its blocks set where the kept posts set
        // their text (the same tag and class in the same parent) are its
        // text, and head it (KeepPostHeads).
        if (!places_read) {
          for (std::size_t m = first; m <= last; ++m) {
            const int t = first_text[children[m].second];
            if (t < blocks) text_places.insert(PlaceOf(page, t));
          }
          places_read = true;
        }
        if (text_places.empty()) continue;
        const Node& n = page.nodes[c];
        for (int b = n.block_begin; b < n.block_end; ++b) {
          const TextBlock& block = page.blocks[b];
          if (block.chars == 0 || hidden[block.node] || 2 * block.link_chars > block.chars ||
              text_places.count(PlaceOf(page, b)) == 0) {
            continue;
          }
          sel->decisions[b] = {true, kShortPost};
        }
      }
      i = j;
    }
  }
  if (gaps.empty()) return;
  std::sort(gaps.begin(), gaps.end());
  // A gap inside another (posts nested in a group of their wrappers) is
  // decided with it; one inside a root of the region or around one (a
  // root that keeps nothing) is decided already.
  auto overlaps_root = [&](int c) {
    for (int r : sel->roots) {
      if (Contains(page.nodes[r], r, c) || Contains(page.nodes[c], c, r)) return true;
    }
    return false;
  };
  std::vector<int> outer;
  for (int c : gaps) {
    if (overlaps_root(c)) continue;
    if (outer.empty() || !Contains(page.nodes[outer.back()], outer.back(), c)) outer.push_back(c);
  }
  if (outer.empty()) return;
  std::vector<int> roots = outer;
  roots.push_back(sel->roots.front());
  std::sort(roots.begin(), roots.end());
  std::vector<Decision> own(page.blocks.size(), Decision{false, kOutsideRegion});
  DecideRegion(page, scores, meta, PageType::kForum, roots, images, &own);
  for (int c : outer) {
    const Node& n = page.nodes[c];
    bool keeps_text = false;
    for (int b = n.block_begin; b < n.block_end && !keeps_text; ++b) {
      keeps_text = own[b].kept && ReadsAsText(page.blocks[b]);
    }
    if (!keeps_text) continue;
    std::copy(own.begin() + n.block_begin, own.begin() + n.block_end,
              sel->decisions.begin() + n.block_begin);
    sel->roots.push_back(c);
  }
  std::sort(sel->roots.begin(), sel->roots.end());
}

// On a Q&A page whose microdata types its posts (items typed Question or
// Answer, kFlagQaPost), each such item the region leaves out whole (an
// answer shorter than the question beside it) is decided together with the
// region's first root and joins with what it keeps: the page declares it a
// post. An item holding kept text is left as it is (a question's item may
// wrap the answers). The remarks under the posts go later
// (DropRemarksUnderPosts).
void AddDeclaredAnswers(const Page& page, const Scores& scores, const Metadata& meta,
                        const std::vector<bool>& excluded, ImagesBeforeBlocks* images,
                        Selection* sel) {
  if (sel->roots.empty()) return;
  const int root = sel->roots.front();
  std::vector<Decision> scratch = SectionScratch(page);
  auto reset = [&](int c) {
    std::fill(scratch.begin() + page.nodes[c].block_begin,
              scratch.begin() + page.nodes[c].block_end, Decision{false, kOutsideRegion});
  };
  const int nodes = static_cast<int>(page.nodes.size());
  std::vector<int> added;
  for (int c = 0; c < nodes;) {
    const Node& n = page.nodes[c];
    if (!(n.flags & kFlagQaPost) ||
        std::any_of(sel->decisions.begin() + n.block_begin, sel->decisions.begin() + n.block_end,
                    [](const Decision& d) { return d.kept; })) {
      ++c;
      continue;
    }
    if (!excluded[c] && ChromeReason(n) == nullptr && scores.good_chars[c] > 0) {
      DecideRegion(page, scores, meta, PageType::kForum, {root, c}, images, &scratch);
      bool joined = false;
      for (int b = n.block_begin; b < n.block_end; ++b) {
        if (!scratch[b].kept) continue;
        sel->decisions[b] = scratch[b];
        joined = true;
      }
      if (joined) added.push_back(c);
      reset(root);
      reset(c);
    }
    c = n.end;
  }
  sel->roots.insert(sel->roots.end(), added.begin(), added.end());
  std::sort(sel->roots.begin(), sel->roots.end());
}

// A row of described links: tuning::kMinRepeats or more links, most of
// them a card's name run into its one-line summary, read as one sentence
// ("AI agents Automate +80% of interactions.": tuning::kMinDescribedLinkWords
// words or more, ending a sentence). A menu's links are names, a teaser's
// a title: neither ends a sentence. The pieces of one link (a span for the
// name, one for the summary) are one link: side by side, to one address.
bool DescribedLinks(const TextBlock& b) {
  int links = 0, described = 0;
  IcuWords icu_words;  // for links in scripts written without spaces
  for (std::size_t k = 0; k < b.links.size();) {
    const std::size_t begin = b.links[k].begin;
    std::size_t end = b.links[k].end;
    std::size_t next = k + 1;
    while (next < b.links.size() && b.links[next].href == b.links[k].href &&
           b.links[next].begin <= end + 1) {
      end = std::max(end, b.links[next].end);
      ++next;
    }
    k = next;
    if (end > b.text.size() || begin >= end) continue;
    ++links;
    const std::string_view text = std::string_view(b.text).substr(begin, end - begin);
    int words = 0;
    bool in_word = false, unspaced = false;
    char32_t last = 0;
    for (std::size_t i = 0; i < text.size();) {
      const char32_t cp = NextCodePoint(text, &i);
      const bool space = IsSpace(cp);
      words += !space && !in_word;
      in_word = !space;
      unspaced = unspaced || IsUnspacedScript(cp);
      if (!space) last = cp;
    }
    // Words as the segmenter counts them (TextBlock::words).
    if (unspaced) words = icu_words.Count(text);
    described += words >= tuning::kMinDescribedLinkWords && IsSentenceEnd(last);
  }
  return links >= tuning::kMinRepeats && 2 * described > links;
}

// Widens (*first, *stop), the blocks between the kept ones, over the closed
// tab panels (ClosedTabPanels) beside a panel of their set holding a kept
// block (a sibling of their template, or role="tabpanel" both): a product's
// "Additional information" tab, its data sheet hidden until picked, after
// the "Description" tab the region ends with. Each closed panel's parent's
// children are counted once, however many panels it holds. `kept[b]`: the
// kept blocks before block b.
void WidenToSiblingTabs(const Page& page, const std::vector<int>& kept, ClosedTabPanels* panels,
                        int* first, int* stop) {
  auto holds_kept = [&](const Node& n) { return kept[n.block_end] > kept[n.block_begin]; };
  // Per parent: its children holding a kept block, per template and with role="tabpanel".
  struct KeptChildren {
    std::unordered_map<std::uint64_t, int> by_template;
    int tab_panels = 0;
  };
  std::unordered_map<int, KeptChildren> parents;
  for (std::size_t id = 0; id < page.nodes.size();) {
    const Node& n = page.nodes[id];
    if (!(n.flags & kFlagHidden) || n.block_end == n.block_begin ||
        !panels->Has(static_cast<int>(id))) {
      ++id;
      continue;
    }
    auto [it, fresh] = parents.try_emplace(n.parent);
    KeptChildren& siblings = it->second;
    if (fresh) {
      for (int c = n.parent + 1; c < page.nodes[n.parent].end; c = page.nodes[c].end) {
        const Node& s = page.nodes[c];
        if (!holds_kept(s)) continue;
        ++siblings.by_template[TemplateKey(s)];
        siblings.tab_panels += (s.flags & kFlagTabPanel) ? 1 : 0;
      }
    }
    const int own = holds_kept(n) ? 1 : 0;
    const bool beside_kept = siblings.by_template[TemplateKey(n)] > own ||
                             ((n.flags & kFlagTabPanel) && siblings.tab_panels > own);
    if (beside_kept) {
      *first = std::min(*first, n.block_begin - 1);
      *stop = std::max(*stop, n.block_end);
    }
    id = static_cast<std::size_t>(n.end);
  }
}

// A linked cell between the kept blocks (first, stop), dropped for its
// links, stays when a cell of its row was taken between kept parts
// (`reason`), as KeepLinkedCellsOfKeptRows keeps one beside a kept cell:
// Doxygen's "static Gauge" | linked "open_default ()" in a summary table
// the region left out, the member's description kept under it.
void KeepLinkedCellsBesideTakenCells(const Page& page, int first, int stop, const char* reason,
                                     const std::vector<bool>& chrome,
                                     std::vector<Decision>* decisions) {
  std::vector<Decision>& d = *decisions;
  std::unordered_set<int> taken_rows;
  for (int i = first + 1; i < stop; ++i) {
    const TextBlock& b = page.blocks[i];
    if (d[i].kept && d[i].reason == reason && b.kind == BlockKind::kTableCell) {
      taken_rows.insert(b.row);
    }
  }
  if (taken_rows.empty()) return;
  for (int i = first + 1; i < stop; ++i) {
    const TextBlock& b = page.blocks[i];
    if (!d[i].kept && b.kind == BlockKind::kTableCell && !chrome[b.node] &&
        d[i].reason.rfind(kLinkDensity, 0) == 0 && taken_rows.count(b.row)) {
      d[i] = {true, reason};
    }
  }
}

// A box worded as buyers' reviews (kHintReviews) and neither as the buy
// box nor as the shop's terms. Whether MarkShopChrome marked it as
// comments too (kHintComments) is its callers' to test.
bool ReviewsOnly(const Node& n) {
  return (n.hints & kHintReviews) && !(n.hints & (kHintBuyBox | kHintShopPolicy));
}

// Keeps the dropped blocks between the first and the last kept ones, unless
// mostly links (tuning::kRecallMaxLinkDensity) or inside chrome that never
// holds the text (hidden, <nav>, <footer>, <form>, <dialog>, comments, ads,
// consent boxes, overlays, related pages: the site's footer, its column
// titles and sign-up line, between a product and a box kept after it; a
// course's "Popular courses" cards between its sections) or an image's caption
// written as a paragraph (CaptionsAnImage: "Figure 9. A commit and its
// tree" between a manual's paragraphs); a heading so kept goes
// again when the block after it stays dropped. With `product` (a product
// page's pass), a closed tab panel (ClosedTabPanels) is no hidden chrome:
// its text is the page's, shown when its tab is picked; so is a box of
// the buyers' reviews shown on the page (ReviewsOnly) set between its parts
// (its description, then the reviews, then its data sheet), though closed
// in a tab or hidden the reviews stay the shop's; a one-line box
// worded as a byline or tags is the shop's labels, no part; and a label
// whose words a chrome label repeats stays dropped (DropRepeatsOfChromeLabels:
// "Read more" under the description as under each teaser of the shop's
// journal, a game store's "READ MORE"), where a service's section title
// repeated in its menu is read back.
// With `headed_link_lists`, a run of tuning::kMinListItems or more list
// items that link off the page, right under an unlinked heading, is no
// links to drop but a list of names the page tells (a clinic's centres
// under "Centers that offer dental", the towns served under "Where we
// service"), and so is such a run of cards, each a linked paragraph or
// two, under the heading or under it and its one kept line of
// introduction (the pests a controller treats, each a picture over its
// name); a run holding one line twice is teasers with their buttons
// ("Explore" under each); an in-page table of contents ("#..."), a list under no
// heading of its own (a breadcrumb) and a pair of links under "Read next"
// still go; the lists under a run of such headings of one level, each over
// one item or more, count as one (a changelog's changes, one or two under
// each contributor's name). With it too, a row of described links
// (DescribedLinks: a grid of the service's capability cards) is no links to
// drop either. With `after_lead` (a manual) the reach begins after the lead
// KeepLead kept under the title: what stands between that lead and the
// text is the writer's card ("By ...", a role, "6 min read"), not a part.
void KeepBetweenKept(const Page& page, const char* reason, std::vector<Decision>* decisions,
                     bool product = false, bool headed_link_lists = false,
                     bool after_lead = false) {
  std::vector<Decision>& d = *decisions;
  const int n = static_cast<int>(d.size());
  int first = -1, last = -1;
  const auto lead = [&](int i) {
    return d[i].reason == kLeadBeforeText || d[i].reason == kLeadOverHeadline;
  };
  for (int i = 0; i < n; ++i) {
    if (d[i].kept) {
      // Reasons are compared only until the first kept block is found.
      if (first < 0 && !(after_lead && lead(i))) first = i;
      last = i;
    }
  }
  if (first < 0) return;
  // kept[b]: kept blocks before b.
  std::vector<int> kept(d.size() + 1, 0);
  for (int b = 0; b < n; ++b) kept[b + 1] = kept[b] + (d[b].kept ? 1 : 0);
  ClosedTabPanels panels(page);
  int stop = last;  // blocks (first, stop) are read
  if (product) WidenToSiblingTabs(page, kept, &panels, &first, &stop);
  std::vector<bool> chrome(page.nodes.size(), false);
  // Hidden boxes, read only on a product page (its reviews, ReviewsOnly).
  const std::vector<bool> shut = product ? HiddenBelow(page) : std::vector<bool>();
  for (std::size_t id = 0; id < page.nodes.size(); ++id) {
    const Node& a = page.nodes[id];
    // On a product page, a box worded as a byline or a line of tags that
    // holds one line, not kept (its "SKU: ... Category: ... Tags: ..." under
    // the buy box), is the shop's labels, not a part of the text between
    // (a recipe's "Prep: 10 min Cook: 30 min" line, read back under
    // --favor-recall, is the recipe's); a box so worded of many lines may be
    // a section ("meta-options") or a game's facts, and a heading heads its
    // section whatever its class says (a store's <h2 class="bb_tag">).
    const bool labels = product && (a.hints & kHintMeta) && !IsHeadingTag(a.tag) &&
                        a.block_end - a.block_begin == 1 &&
                        kept[a.block_end] == kept[a.block_begin];
    chrome[id] = (a.parent >= 0 && chrome[a.parent]) || labels ||
                 (a.flags & (kFlagNav | kFlagFooter | kFlagForm | kFlagDialog)) ||
                 ((a.hints & kHintComments) && !(product && !shut[id] && ReviewsOnly(a))) ||
                 (a.hints & (kHintAds | kHintConsent | kHintOverlay | kHintRecommended)) ||
                 ((a.flags & kFlagHidden) && !(product && panels.Has(static_cast<int>(id))));
  }
  auto linked = [](const TextBlock& b) {
    return b.chars > 0 && b.link_chars > tuning::kRecallMaxLinkDensity * b.chars;
  };
  auto names = [&](int i) {
    const TextBlock& b = page.blocks[i];
    return (b.kind == BlockKind::kListItem || b.kind == BlockKind::kParagraph) && linked(b) &&
           LinksOffPage(b);
  };
  int named_until = first;  // blocks before it: a list of names under its heading
  for (int i = first + 1; i < stop; ++i) {
    const TextBlock& b = page.blocks[i];
    if (headed_link_lists && i >= named_until && b.kind == BlockKind::kHeading && !linked(b)) {
      // A line met twice in a run is a button under each card ("Explore"),
      // and the cards are teasers, not names.
      auto run_end = [&](int from, bool cards_only) {
        std::unordered_set<std::string_view> lines;
        int end = from;
        for (; end < stop && names(end); ++end) {
          if (cards_only && page.blocks[end].kind != BlockKind::kParagraph) break;
          if (!lines.insert(page.blocks[end].text).second) return from;
        }
        return end;
      };
      // The lists under a run of such headings of one level, each heading
      // over one name or more, are read as one list (a changelog's changes
      // under each contributor's name, one or two a name).
      int end = i + 1, items = 0;
      for (;;) {
        const int list = end;
        end = run_end(list, /*cards_only=*/false);
        items += end - list;
        // Another heading of the level, over a name, goes on with the run.
        if (end == list || end + 1 >= stop || page.blocks[end].kind != BlockKind::kHeading ||
            page.blocks[end].level != b.level || linked(page.blocks[end]) || !names(end + 1)) {
          break;
        }
        ++end;
      }
      if (items >= tuning::kMinListItems) {
        named_until = end;
      } else if (i + 2 < stop && d[i + 1].kept && !linked(page.blocks[i + 1]) &&
                 page.blocks[i + 1].kind == BlockKind::kParagraph) {
        // Cards, not list items, may have the heading's one kept line of
        // introduction between ("Choose a pest to learn more." over the
        // pests treated); a list after a section's paragraph is no name list.
        end = run_end(i + 2, /*cards_only=*/true);
        if (end - i - 2 >= tuning::kMinListItems) named_until = end;
      }
    }
    if (d[i].kept || (d[i].reason == kCaption && CaptionsAnImage(page, i)) ||
        (product && d[i].reason == kRepeatsChromeLabel) ||
        (linked(b) && i >= named_until && !(headed_link_lists && DescribedLinks(b)))) {
      continue;
    }
    if (!chrome[b.node]) d[i] = {true, reason};
  }
  KeepLinkedCellsBesideTakenCells(page, first, stop, reason, chrome, decisions);
  // A heading taken so stays only over kept text: over a dropped link list
  // ("See also") it goes with the list; on a product page, right over a
  // heading of its level or above it, one alone in its box heads nothing
  // either (a box a script fills in, only its title in the page) but for a
  // picture after it in the box (a "Version comparison" over its chart, an
  // image with no text), and one in a box of reviews (ReviewsOnly) heads
  // nothing, a picture after it or not (the stars' graphic). Another so
  // placed heads what its box holds after the next heading, and stays.
  const auto heads_nothing = [&](int i) {
    const int id = page.blocks[i].node;
    const int box = page.nodes[id].parent;
    if (box >= 0 && page.nodes[box].block_end - page.nodes[box].block_begin == 1 &&
        !ImageFollows(page, i, box)) {
      return true;
    }
    for (int a = id; a >= 0; a = page.nodes[a].parent) {
      if (ReviewsOnly(page.nodes[a])) return true;
    }
    return false;
  };
  for (int i = stop - 1; i > first; --i) {
    const TextBlock& h = page.blocks[i];
    if (d[i].kept && d[i].reason == reason && h.kind == BlockKind::kHeading &&
        (i + 1 == n || !d[i + 1].kept ||
         (product && page.blocks[i + 1].kind == BlockKind::kHeading &&
          page.blocks[i + 1].level <= h.level && heads_nothing(i)))) {
      d[i] = {false, "a heading over dropped blocks"};
    }
  }
}

// On a service page the one or two headings of the region that have no
// text of their own after them (TrimEdges) but head something of it, a
// block of the region that is no heading right after them, stay: the call
// to act that closes the page ("Get your free quote today!" over its
// button), the claim over its customers' logos ("Powering 100,000+ of the
// best customer experiences"), the last card of a grid whose summary is
// its link. Not the page's <h1> (its headline, which KeepLead weighs), nor
// a heading over nothing or over the next heading: a closing "More from the
// valley". tuning::kMinRepeats or more are a run of teasers' or widgets'
// titles ("Most read", "Quick links", "Search" down a sidebar), and all go.
// Taken after KeepBetweenKept, whose reach it does not widen: a heading at
// the text's edge would stretch it over the pricing grid and menus beyond.
void KeepServiceHeadings(const Page& page, std::vector<Decision>* decisions) {
  std::vector<Decision>& d = *decisions;
  std::vector<int> heads;
  for (std::size_t b = 0; b + 1 < d.size(); ++b) {
    const TextBlock& block = page.blocks[b];
    if (d[b].kept || d[b].reason != kHeadingWithoutText || block.level == 1) continue;
    if (page.blocks[b + 1].kind == BlockKind::kHeading || d[b + 1].reason == kOutsideRegion) continue;
    heads.push_back(static_cast<int>(b));
  }
  if (static_cast<int>(heads.size()) >= tuning::kMinRepeats) return;
  for (int b : heads) d[b] = {true, "a service's heading over its part"};
}

// The product's box beside the region (the region is a story of the brand
// below it): the nearest container of the page's first <h1>, the product's
// name, that holds good text (its description), decided as a region of its
// own; what it keeps joins (its options' <form> and hidden parts go). None
// when the name is kept already or lies in chrome, when the container would
// hold the region or reach <main> or <body>, or when its text is linked (a
// category's grid under its heading). A dated page is a post: none.
void AddProductBox(const Page& page, const Scores& scores, const Metadata& meta, PageType type,
                   const std::vector<bool>& excluded, ImagesBeforeBlocks* images, Selection* sel) {
  if (sel->roots.empty() || !meta.date.empty()) return;
  int name = -1;
  for (std::size_t b = 0; b < page.blocks.size() && name < 0; ++b) {
    const TextBlock& block = page.blocks[b];
    if (block.kind == BlockKind::kHeading && block.level == 1) name = static_cast<int>(b);
  }
  if (name < 0 || sel->decisions[name].kept || excluded[page.blocks[name].node]) return;
  auto overlaps_region = [&](int a) {
    for (int r : sel->roots) {
      if (Contains(page.nodes[a], a, r) || a == r || Contains(page.nodes[r], r, a)) return true;
    }
    return false;
  };
  for (int a = page.blocks[name].node; a >= 0; a = page.nodes[a].parent) {
    const Node& n = page.nodes[a];
    if ((n.flags & (kFlagBody | kFlagMain)) || n.parent < 0 || overlaps_region(a)) return;
    if (scores.good_chars[a] == 0) continue;
    if (NodeLinkDensity(scores, a) >= tuning::kSiblingLinkDensity) return;
    std::vector<Decision> own(page.blocks.size(), Decision{false, kOutsideRegion});
    DecideRegion(page, scores, meta, type, {a}, images, &own);
    bool joined = false;
    for (int b = n.block_begin; b < n.block_end; ++b) {
      if (own[b].kept && !sel->decisions[b].kept) {
        sel->decisions[b] = {true, "the product's box"};
        joined = true;
      }
    }
    if (joined) {
      sel->roots.push_back(a);
      std::sort(sel->roots.begin(), sel->roots.end());
    }
    return;
  }
}

// True when two posts' dates or more ("by al » Sat Jul 13, 2024 9:15 am")
// stand between the first and the last kept blocks: a thread, whatever its
// type says, whose posters' cards lie between its posts. A line holding two
// times read as one (DateLine::time_pairs) is no post's date: a span of
// hours ("Mon-Sat 8:00 AM to 10:00 PM": a business's opening hours, an
// event's times), a video player's "0:00 / 0:00"; a post's head with the
// time of its edit ("Posted 10:15, edited 11:20") is one.
bool HoldsPosts(const Page& page, const std::vector<Decision>& decisions) {
  const auto kept = [](const Decision& d) { return d.kept; };
  const auto first = std::find_if(decisions.begin(), decisions.end(), kept);
  const auto last = std::find_if(decisions.rbegin(), decisions.rend(), kept).base();
  int dates = 0;
  for (auto d = first; d < last && dates < 2; ++d) {
    const DateLine line = ReadDateLine(page.blocks[d - decisions.begin()]);
    if (line.time_pairs == 0 && (line.clock || line.year)) ++dates;
  }
  return dates >= 2;
}

// True when the page shows its date (Metadata::date) in a line of its
// own: a short line holding the date's year and another number ("Updated on
// 23 Oct 2025", "2025/4/29"), a story's dateline. A service page's date is
// mostly its template's (a WebPage's dateModified), shown nowhere; a
// copyright line holds the year alone.
bool ShowsDate(const Page& page, const Metadata& meta) {
  if (meta.date.size() < 4) return false;
  const std::string_view year = std::string_view(meta.date).substr(0, 4);
  for (const TextBlock& b : page.blocks) {
    const DateLine line = ReadDateLine(b);
    if (line.year && line.numbers >= 2 && b.text.find(year) != std::string::npos) return true;
  }
  return false;
}

// True when the page's og:type names an article (DeclaredType kArticle).
bool OpenGraphArticle(const Page& page) {
  for (const auto& [key, value] : page.meta.metas) {
    if (key == "og:type" && ClassifyOpenGraphType(value).type == PageType::kArticle) return true;
  }
  return false;
}

// True when the page's JSON-LD declares a product as its main entity
// (Product, Course, ...) with an offer of it (Offer, AggregateOffer), and no
// story (Article, BlogPosting, Recipe, ...): a shop's product for sale.
bool ProductForSale(const Metadata& meta) {
  bool product = false, offer = false;
  for (const std::string& t : meta.json_ld_types) {
    const DeclaredType d = ClassifySchemaType(t);
    if (d.type == PageType::kArticle) return false;
    product |= d.type == PageType::kProduct && d.strength >= 3;
    offer |= t == "Offer" || t == "AggregateOffer";
  }
  return product && offer;
}

// True when the page's og:type names an article and its JSON-LD does not
// overrule it: a shop's software writes og:type article on every page, and
// a product for sale (ProductForSale) is the shop's, not a story about it.
bool StoryByOpenGraph(const Page& page, const Metadata& meta) {
  return OpenGraphArticle(page) && !ProductForSale(meta);
}

// True when a product page is the shop's own: undated, and not a story by
// its og:type (StoryByOpenGraph). Its paragraphs that are only a price go
// (DropPrices), and the page's description names the product's blocks
// (KeepDeclaredDescription): on a dated page or a story the description
// tells the story's lead.
bool UndatedProduct(const Page& page, const Metadata& meta) {
  return meta.date.empty() && !StoryByOpenGraph(page, meta);
}

// On a service page every section is content, from the intro through the
// packages, features and FAQ, stacked in boxes most of which hold too
// little text to join the region one by one: when the region (`roots`)
// holds less than tuning::kServiceRegionShare of the page's good text, the
// nearest ancestor that holds that share (below <body>, where no candidate
// is excluded) becomes the region. Chrome inside it is still dropped. Not
// on a page whose og:type says article, nor when the ancestor adds
// tuning::kMinRepeats linked headings or more: a story read as a service
// for its sidebar's headings, whose teasers would join.
void WidenServiceRegion(const Page& page, const Scores& scores, const std::vector<bool>& excluded,
                        std::vector<int>* roots) {
  if (roots->empty() || OpenGraphArticle(page)) return;
  const double wanted = tuning::kServiceRegionShare * PageGoodChars(page);
  int held = 0;
  for (int r : *roots) held += scores.good_chars[r];
  if (held >= wanted) return;
  for (int up = page.nodes[roots->front()].parent;
       up >= 0 && !(page.nodes[up].flags & kFlagBody) && !excluded[up]; up = page.nodes[up].parent) {
    if (scores.good_chars[up] < wanted) continue;
    // Teasers of other pages (linked headings) beside the region: a story's.
    int linked_headings = 0;
    for (int b = page.nodes[up].block_begin; b < page.nodes[up].block_end; ++b) {
      const TextBlock& block = page.blocks[b];
      const bool held_already = std::any_of(roots->begin(), roots->end(), [&](int r) {
        return b >= page.nodes[r].block_begin && b < page.nodes[r].block_end;
      });
      linked_headings += !held_already && block.kind == BlockKind::kHeading &&
                         block.link_chars * 2 >= block.chars && block.chars > 0;
    }
    if (linked_headings < tuning::kMinRepeats) *roots = {up};
    return;
  }
}

// On the shop's own product page (UndatedProduct: undated, no story by
// its og:type) a kept paragraph that is only a price (a currency sign and
// figures, no letters: "$168.00", "€49.99") is the buy box's, not the
// product's description, and so is one that is only a discount (a minus sign or dash right before the
// figures of a percentage, no letters: "-48%", "–40%", the mark beside a
// price cut). The sign opens the line (or follows an opening bracket:
// "(-20%)"): a dash between figures is a range's ("10–20%", "10% – 20%"), a
// share the product holds or saves, not a cut. A price or discount in a
// table cell or a list item is data (a story's chart of tips).
void DropPrices(const Page& page, std::vector<Decision>* decisions) {
  auto is_minus = [](char32_t c) { return c == U'-' || c == U'\u2013' || c == U'\u2212'; };
  for (std::size_t i = 0; i < decisions->size(); ++i) {
    if (!(*decisions)[i].kept || page.blocks[i].kind != BlockKind::kParagraph) continue;
    const std::string& text = page.blocks[i].text;
    bool currency = false, letters = false, percent = false, minus_figure = false;
    // The last two code points seen, spaces aside; `opening` while only
    // opening brackets came before the last of them.
    char32_t before = 0;
    bool opening = true, opened = true;
    for (std::size_t k = 0; k < text.size() && !letters;) {
      const char32_t cp = NextCodePoint(text, &k);
      letters = u_isalpha(static_cast<UChar32>(cp));
      currency |= u_charType(static_cast<UChar32>(cp)) == U_CURRENCY_SYMBOL;
      percent |= cp == U'%' || cp == U'\uFF05';
      minus_figure |= is_minus(before) && opened && u_isdigit(static_cast<UChar32>(cp));
      if (cp == U' ') continue;
      opened = opening;
      opening = opening && u_charType(static_cast<UChar32>(cp)) == U_START_PUNCTUATION;
      before = cp;
    }
    if (currency && !letters) {
      (*decisions)[i] = {false, "a price"};
    } else if (percent && minus_figure && !letters) {
      (*decisions)[i] = {false, "a discount"};
    }
  }
}

// On a product page a kept short line right before a <select>, whose
// values are no text (TextBlock::labels_picker: "Size", "Glaze:", the label
// of an option picker), goes with its picker: the buy box's. On a thread it
// is the replies' order ("Sort by:" between the question and its answers). So does the
// label of an <input>, a field's ("Qty") or a choice's ("Slate (+$2.00)").
// A kept heading right over such labels ("Available Options" over the
// choices' lines) goes with them when no kept text follows them before the
// next heading.
void DropPickerLabels(const Page& page, std::vector<Decision>* decisions) {
  const std::size_t n = decisions->size();
  for (std::size_t i = 0; i < n; ++i) {
    const TextBlock& b = page.blocks[i];
    if ((*decisions)[i].kept && b.labels_picker && b.kind == BlockKind::kParagraph &&
        b.chars <= tuning::kMaxSpecLabelChars) {
      (*decisions)[i] = {false, kPickerLabel};
    }
  }
  DropHeadingsOver(page, kPickerLabel, decisions);
}

// On a product page the description its JSON-LD declares
// (Metadata::json_ld_product_description), and on the shop's own
// (`undated_product`, UndatedProduct) the page's own description
// (og:description, Metadata::description), names the blocks that tell it: a
// dropped block of tuning::kShortBlockChars letters and digits or more that
// the declared description holds (compared as TitleKey forms, from a
// word's start to a word's end: HoldsAtWords) is the
// product's, wherever it lies: in a drawer built as an <aside> or a dialog,
// behind a tab, beside the region. Only its first copy is taken, and none
// of a text kept already. Blocks are found through the description's
// kDeclaredWindow-character windows that open a word, so a page of many
// blocks and a long description cost their sizes, not their product. Not a
// block of the comments or the buyers' reviews (kHintComments, as
// MarkShopChrome marks them): a theme that declares its whole box of tabs
// the description (BigCommerce's itemprop="description" around the
// description, warranty and reviews tabs) declares its reviews with it.
void KeepDeclaredDescription(const Page& page, const Metadata& meta, bool undated_product,
                             std::vector<Decision>* decisions) {
  constexpr std::size_t kDeclaredWindow = 16;
  constexpr int kMaxWindowPlaces = 8;
  std::vector<Decision>& dec = *decisions;
  std::vector<bool> in_comments;  // per node, read at the first block found
  auto reviewed = [&](int node) {
    if (in_comments.empty()) {
      in_comments = MarkSubtrees(page, [](const Node& n) { return (n.hints & kHintComments) != 0; });
    }
    return in_comments[node];
  };
  std::unordered_set<std::string_view> kept;
  for (std::size_t b = 0; b < dec.size(); ++b) {
    if (dec[b].kept) kept.insert(page.blocks[b].text);
  }
  // The page's description (og:description, ...) tells a story's lead on a
  // dated page or one whose og:type says article: only the product's then.
  for (const std::string* text : {&meta.json_ld_product_description, &meta.description}) {
    if (text == &meta.description && !undated_product) continue;
    const std::string declared = TitleKey(ReferencesAsGaps(*text));
    if (declared.size() < static_cast<std::size_t>(tuning::kShortBlockChars)) continue;
    std::unordered_map<std::string_view, std::vector<std::size_t>> places;  // window -> starts
    const std::string_view d = declared;
    for (std::size_t i = 0; i + kDeclaredWindow <= d.size(); ++i) {
      if (i > 0 && d[i - 1] != ' ') continue;
      std::vector<std::size_t>& at = places[d.substr(i, kDeclaredWindow)];
      if (static_cast<int>(at.size()) < kMaxWindowPlaces) at.push_back(i);
    }
    for (std::size_t b = 0; b < dec.size(); ++b) {
      const TextBlock& block = page.blocks[b];
      if (dec[b].kept || block.weighted_chars < tuning::kShortBlockChars ||
          kept.count(block.text)) {
        continue;
      }
      const std::string key = TitleKey(block.text, declared.size());
      if (key.size() < static_cast<std::size_t>(tuning::kShortBlockChars) ||
          key.size() > declared.size()) {
        continue;
      }
      const auto found = places.find(std::string_view(key).substr(0, kDeclaredWindow));
      if (found == places.end()) continue;
      for (std::size_t at : found->second) {
        if (HoldsAtWords(d, at, key)) {
          if (reviewed(block.node)) break;
          dec[b] = {true, "the product's declared description"};
          kept.insert(block.text);
          break;
        }
      }
    }
  }
}

// The writer's box after the text: a box that opens with a line naming the
// page's author (its declared name, compared as titles are: the linked name
// over a role and a bio, "Rebecca Norris" / "Contributing Writer" /
// "Rebecca Norris is a freelance writer ..."), or with a short label over
// that line ("written by", "About the author": a paragraph or heading of
// under tuning::kShortBlockChars that ends no sentence, the box's only kept
// block before the name), that holds no other kept block before the name,
// of at most tuning::kMaxAuthorBoxBlocks blocks, followed by less kept text
// than the box holds, kept or not (the site's closing lines: a box linking
// to its editorial policy), or by one kept block only, however long (the
// site's closing line: a plea for support), and holding with what follows
// it less kept text than the text before it. Its kept blocks go, the
// label's and those after it too.
void DropClosingAuthorBox(const Page& page, const Metadata& meta,
                          std::vector<Decision>* decisions) {
  if (meta.authors.empty()) return;
  // A set: a page may name thousands of authors (one on every teaser of a
  // listing), and each block is looked up once.
  std::unordered_set<std::string> names;
  std::size_t longest = 0;
  for (const std::string& a : meta.authors) {
    std::string key = TitleKey(a);
    if (key.find(' ') == std::string::npos) continue;  // a full name, not a handle
    longest = std::max(longest, key.size());
    names.insert(std::move(key));
  }
  if (names.empty()) return;
  const int count = static_cast<int>(decisions->size());
  std::vector<int> kept_before(count + 1, 0);  // kept chars of blocks [0, b)
  std::vector<int> kept_blocks(count + 1, 0);  // kept blocks among [0, b)
  int last_kept = -1;
  for (int b = 0; b < count; ++b) {
    const bool kept = (*decisions)[b].kept;
    kept_before[b + 1] = kept_before[b] + (kept ? page.blocks[b].weighted_chars : 0);
    kept_blocks[b + 1] = kept_blocks[b] + (kept ? 1 : 0);
    if (kept) last_kept = b;
  }
  int kept_last = -1;  // the last kept block before b
  for (int b = 0; b < last_kept; ++b) {
    if (b > 0 && (*decisions)[b - 1].kept) kept_last = b - 1;
    if (kept_before[b] == 0) continue;  // a byline above the text
    const TextBlock& block = page.blocks[b];
    const std::string key = TitleKey(block.text, longest);
    if (names.count(key) == 0) continue;
    // The kept block before the name, when it reads as a box's label.
    const TextBlock& before = page.blocks[kept_last];
    const int label = IsLabel(before) && before.weighted_chars < tuning::kShortBlockChars &&
                              !before.ends_sentence
                          ? kept_last
                          : -1;
    // Climbs through boxes of a few blocks only: a node is climbed through
    // from at most that many names, so the search stays linear.
    int box = -1, start = b;
    for (int a = block.node; a >= 0; a = page.nodes[a].parent) {
      const Node& n = page.nodes[a];
      if (n.block_end - n.block_begin > tuning::kMaxAuthorBoxBlocks) break;
      if (kept_before[n.block_begin] != kept_before[b]) {  // holds kept text before the name
        if (label < 0 || n.block_begin > label || kept_before[n.block_begin] != kept_before[label]) {
          break;
        }
        start = label;
      }
      box = a;
    }
    if (box < 0) continue;
    const Node& n = page.nodes[box];
    // What the box holds, kept or not, and the kept text after it: a site's
    // closing lines after the writer's box (its editorial policy) are less
    // than the box, or one block (a plea for donations); the story's text
    // is more, in more blocks.
    int box_chars = 0;
    for (int k = n.block_begin; k < n.block_end; ++k) box_chars += page.blocks[k].weighted_chars;
    const int after = kept_before[count] - kept_before[n.block_end];
    const int after_blocks = kept_blocks[count] - kept_blocks[n.block_end];
    if ((after >= box_chars && after_blocks > 1) ||
        kept_before[count] - kept_before[start] >= kept_before[start]) {
      continue;
    }
    for (int k = start; k < count; ++k) {
      if ((*decisions)[k].kept) (*decisions)[k] = {false, "the writer's box after the text"};
    }
    return;
  }
}

// True when paragraph `b`, of tuning::kMaxFollowCallChars at most, links
// tuning::kMinFollowSites social networks or app stores or more
// (FollowSite), each counted once.
bool CallsToFollow(const TextBlock& b) {
  if (b.kind != BlockKind::kParagraph || b.weighted_chars > tuning::kMaxFollowCallChars) {
    return false;
  }
  std::vector<std::string_view> sites;
  for (const LinkSpan& link : b.links) {
    const std::string_view site = FollowSite(UrlHost(link.href));
    if (!site.empty() && std::find(sites.begin(), sites.end(), site) == sites.end()) {
      sites.push_back(site);
    }
  }
  return static_cast<int>(sites.size()) >= tuning::kMinFollowSites;
}

// The site's call to follow it after the text: a paragraph among the last
// tuning::kMaxBlocksAfterFollowCall + 1 kept blocks that links several
// social networks or app stores (CallsToFollow: "Follow her on Twitter
// @AmyKup or on Facebook.", "download the Nationnews apps for iOS and
// Android"), the kept text before it longer than it and what follows it.
// It goes with the kept blocks after it, the site's other closing lines
// ("Subscribe to our newsletters"). Inside the text, with the story going
// on after it, such a paragraph stays.
void DropClosingFollowCall(const Page& page, std::vector<Decision>* decisions) {
  const int last = LastKept(*decisions);
  int closing_chars = 0;  // of the call and the kept blocks after it
  int seen = 0;
  for (int b = last; b >= 0 && seen <= tuning::kMaxBlocksAfterFollowCall; --b) {
    if (!(*decisions)[b].kept) continue;
    ++seen;
    closing_chars += page.blocks[b].weighted_chars;
    if (!CallsToFollow(page.blocks[b])) continue;
    int before = 0;
    for (int k = 0; k < b; ++k) {
      if ((*decisions)[k].kept) before += page.blocks[k].weighted_chars;
    }
    if (before <= closing_chars) return;
    for (int k = b; k <= last; ++k) {
      if ((*decisions)[k].kept) (*decisions)[k] = {false, "the site's call to follow it"};
    }
    return;
  }
}

// A paywall's notice closing the text, with the offer after it: a kept
// paragraph or heading of tuning::kMaxPaywallNoticeChars at most that asks
// the reader to subscribe to read on (AsksToSubscribeToRead: "To view the
// full story, please subscribe to The Haitian Times.", "This article is
// exclusive to STAT+ subscribers", "Become a paid subscriber to unlock
// this piece and learn about:"), tuning::kMaxTextAfterPaywallNotice kept
// blocks of text at most after it (the offer's pitch; its plans, prices
// and buttons are short lines, and other notices do not count), and kept
// text before it longer than it (the story's opening: a paywall leaves a
// few paragraphs, and the pitch after them may be longer). The story stops
// where the notice starts: the notice goes with every kept block after it,
// the site's offer (what a subscriber gets, the plans and their prices,
// the teaser's list of what the piece goes on to say). Of several notices,
// the first goes with the rest. With more of the story after it, such a
// line is the story's own. Not on a service, a product or a manual
// (SelectContent): a publisher's page selling its subscription is the
// offer ("Subscribe for the full story behind every headline", its plans).
void DropClosingPaywall(const Page& page, std::vector<Decision>* decisions) {
  const int total = KeptChars(page, *decisions);
  const int last = LastKept(*decisions);
  int closing = 0, text_after = 0, notice = -1;
  for (int b = last; b >= 0; --b) {
    if (!(*decisions)[b].kept) continue;
    const TextBlock& block = page.blocks[b];
    closing += block.weighted_chars;
    if ((block.kind == BlockKind::kParagraph || block.kind == BlockKind::kHeading) &&
        block.chars <= tuning::kMaxPaywallNoticeChars && AsksToSubscribeToRead(block.text)) {
      if (total - closing > block.weighted_chars) notice = b;
    } else if (block.weighted_chars >= tuning::kGoodBlockChars &&
               ++text_after > tuning::kMaxTextAfterPaywallNotice) {
      break;
    }
  }
  if (notice < 0) return;
  for (int k = notice; k <= last; ++k) {
    if ((*decisions)[k].kept) (*decisions)[k] = {false, "a paywall's notice and offer"};
  }
}

// The site's line after a button closing the text: the last kept block, a
// paragraph, right after a button (a paragraph dropped for its links,
// shorter than tuning::kShortBlockChars, no sentence, its characters
// mostly letters: "Register Online", "Share this on WhatsApp", "View All
// Plans") and after kept text longer than it. Past the story's last words a
// button opens the site's own matter, and the line after it is that
// matter's: a comment section's rules, a thank-you for the visit, a
// paywall's notice, a plea for feedback. A footnote's number ("1") is no
// button: its note stays; nor is a web address (a picture's credit, a
// source cited), nor a line dropped for a class word (a related link, a
// comment count).
void DropClosingLineAfterButton(const Page& page, std::vector<Decision>* decisions) {
  const int last = LastKept(*decisions);
  if (last < 1 || (*decisions)[last - 1].kept) return;
  const TextBlock& line = page.blocks[last];
  const TextBlock& button = page.blocks[last - 1];
  if (line.kind != BlockKind::kParagraph || button.kind != BlockKind::kParagraph ||
      button.chars >= tuning::kShortBlockChars || button.ends_sentence ||
      button.address_chars > 0 || (*decisions)[last - 1].reason.rfind(kLinkDensity, 0) != 0 ||
      LetterShare(button.text) < tuning::kMinButtonLetterShare) {
    return;
  }
  int before = 0;
  for (int k = 0; k < last; ++k) {
    if ((*decisions)[k].kept) before += page.blocks[k].weighted_chars;
  }
  if (before > line.weighted_chars) (*decisions)[last] = {false, "the site's line after a button"};
}

// The site's disclosure that it earns from its links, at the very edge of
// the text: a paragraph of tuning::kMaxDisclosureChars at most that says so
// (SaysItEarnsFromLinks: "We may earn commission from links on this page",
// "This post may contain affiliate links", "DISCLOSURE: If you buy through
// affiliate links, I may earn a small commission."), alone in its box (the
// element holding it holds no other block: a bar over the text, a box under
// it), with one kept paragraph before it at most (over the text, under a
// dek or an opening line) or no kept block after it (closing the text), and
// the kept text beside it longer than it. It is the site's line on every
// page of the kind, not the story's. A paragraph of the story's own box
// saying so stays, as does a box of it inside the text; a paragraph
// naming a commission or an affiliate and not what earns it is the story's
// ("The state election commission said on Monday...", "Fox affiliate WXYZ
// contributed to this report."). Not on a service, a product or a manual:
// their own lines name what they sell or describe ("Earn a commission on
// every purchase your links bring", "The Affiliates API tracks the
// commissions your links earn"); stories and the listings and roundups
// that link to shops carry the disclosure.
void DropEarningsDisclosures(const Page& page, std::vector<Decision>* decisions) {
  const int count = static_cast<int>(decisions->size());
  int total = KeptChars(page, *decisions);
  const int last = LastKept(*decisions);
  int paragraphs_before = 0;
  for (int k = 0; k < count; ++k) {
    if (!(*decisions)[k].kept) continue;
    const TextBlock& b = page.blocks[k];
    if (b.kind != BlockKind::kParagraph) continue;
    const bool edge = paragraphs_before <= 1 || k == last;
    ++paragraphs_before;
    const int box = page.nodes[b.node].parent;
    const bool alone = box >= 0 && SoleBlock(page, box) == k;
    if (!edge || !alone || b.chars > tuning::kMaxDisclosureChars ||
        total - b.weighted_chars <= b.weighted_chars || !SaysItEarnsFromLinks(b.text)) {
      continue;
    }
    (*decisions)[k] = {false, "the site's disclosure of its earnings"};
    total -= b.weighted_chars;
  }
}

// True when block `b` lies inside a <form> (one that holds no text of its
// own: IsFormOfText clears the flag of those).
bool InsideForm(const Page& page, int b) {
  for (int n = page.blocks[b].node; n >= 0; n = page.nodes[n].parent) {
    if (page.nodes[n].flags & kFlagForm) return true;
  }
  return false;
}

// The site's short line over a form closing the text: the last kept block,
// outside any form, shorter than tuning::kGoodBlockChars, right over a
// block of a <form>, after kept text longer than it. A form after the
// story's last words is the site's (a request for the e-book, for a quote,
// for a call), and the line over it says how to fill it in ("Fill out the
// form to get a copy of our ebook."); it goes, with a kept heading right
// over it, the form's title. A paragraph of text there is the story's
// closing and stays, as does a line over a form the story goes on after.
void DropClosingLineOverForm(const Page& page, std::vector<Decision>* decisions) {
  const int last = LastKept(*decisions);
  if (last < 0 || last + 1 >= static_cast<int>(decisions->size())) return;
  const TextBlock& line = page.blocks[last];
  if (line.weighted_chars >= tuning::kGoodBlockChars || !InsideForm(page, last + 1) ||
      InsideForm(page, last)) {
    return;
  }
  const bool titled = last > 0 && (*decisions)[last - 1].kept &&
                      page.blocks[last - 1].kind == BlockKind::kHeading;
  const int first = titled ? last - 1 : last;
  int before = 0, closing = 0;
  for (int k = 0; k <= last; ++k) {
    if ((*decisions)[k].kept) (k < first ? before : closing) += page.blocks[k].weighted_chars;
  }
  if (before <= closing) return;
  for (int k = first; k <= last; ++k) (*decisions)[k] = {false, "the site's line over a form"};
}

}  // namespace

Selection SelectContent(const Page& page, const Scores& scores, const Metadata& meta,
                        PageType type) {
  Selection sel;
  sel.decisions.assign(page.blocks.size(), Decision{false, kOutsideRegion});
  if (page.nodes.empty()) return sel;
  // The page's images, sorted at the first header asking (DecideRegion
  // reads a region per section, per answer, per box tried: one index for
  // the page, not one each).
  ImagesBeforeBlocks images(page);
  const std::vector<bool> hidden = HiddenBelow(page);
  // Candidates inside chrome compete only when there are no others.
  std::vector<bool> excluded = ExcludedBelow(page, scores);
  int top = TopCandidate(page, scores, excluded);
  // Teasers of other posts the region passed over: the box it stepped off
  // (StepOffTeasers), and the good characters of it and of those shut out
  // beside the region (GrowRegion).
  int passed = -1;
  int teaser_chars = 0;
  if (top < 0) {
    excluded = hidden;
    top = TopCandidate(page, scores, excluded);
  }
  if (top >= 0) {
    top = ClimbToAlternatives(page, scores, excluded, top);
    if (type == PageType::kArticle) {
      top = StepOffTeasers(page, scores, excluded, top, &passed);
      if (passed >= 0) teaser_chars = scores.good_chars[passed];
      top = ClimbFromAList(page, excluded, top);
    }
    sel.roots = GrowRegion(page, scores, type, top, passed, &teaser_chars);
    if (type == PageType::kService) WidenServiceRegion(page, scores, excluded, &sel.roots);
    DecideRegion(page, scores, meta, type, sel.roots, &images, &sel.decisions);
  }
  const int kept = KeptChars(page, sel.decisions);
  bool whole_page = false;
  // With no candidate at all the whole page is read too, though all its good
  // text is chrome by its words: an author box nested around the whole
  // story, deeper than scores climb (tuning::kPropagationLevels), leaves no
  // candidate outside chrome, and the page came out empty. Read whole, a box
  // holding most of the text is the layout's and stays (DecideRegion).
  // Teasers passed over for a short post beside them are no text of the
  // page here, or the fallback would read them back.
  // On a story, a region holding the headline (a heading repeating the
  // page's title) and kept text after it is the story, however short: the
  // page's other good text is the site's (a ticker of other stories with
  // their summaries, again in the footer; teasers under the text; a
  // sidebar's blurbs), which class words shut out where a site writes them
  // ("breaking-news", "sidebar"). On a page without classes it counted as
  // the page's text, and the fallback read it all back around the story.
  // A region without the headline (one section of a long guide) may be
  // only a part of the text, and the fallback stays; so does one with as
  // much prose outside it as it keeps (ProseOutside): the story's second
  // half, in a box after the one the region stopped at, where tickers'
  // entries open with a link or close cut short. It stays on other types
  // too: there a region holding the headline may be a hero or one part of
  // the page (a service's, a chart's).
  if (top < 0 ||
      (kept < tuning::kFallbackShare * (PageGoodChars(page) - teaser_chars) &&
       !(type == PageType::kArticle &&
         HoldsHeadlinedText(page, meta, sel.roots, sel.decisions) &&
         ProseOutside(page, sel.roots) < kept))) {
    std::vector<Decision> whole(page.blocks.size(), Decision{false, kOutsideRegion});
    DecideRegion(page, scores, meta, type, {0}, &images, &whole);
    if (KeptChars(page, whole) > kept) {
      sel.roots = {0};
      sel.decisions = std::move(whole);
      whole_page = true;
    }
  }
  if (top >= 0 && !whole_page) {
    AddSeparateSections(page, scores, meta, type, excluded, &images, &sel);
    if (type == PageType::kProduct) {
      AddProductBox(page, scores, meta, type, excluded, &images, &sel);
      AddFeatureSections(page, scores, meta, type, excluded, &images, &sel);
    }
    if (type == PageType::kForum) {
      AddOpeningPost(page, scores, meta, excluded, &images, &sel);
      AddPostsBetween(page, scores, meta, hidden, excluded, &images, &sel);
      AddDeclaredAnswers(page, scores, meta, excluded, &images, &sel);
    }
    if (type == PageType::kService || type == PageType::kDocumentation ||
        type == PageType::kProduct) {
      AddTwinSections(page, scores, meta, type, excluded, &images, &sel);
    }
  }
  // A service page or a manual that shows no dateline (a story's).
  const bool undated =
      (type == PageType::kService || type == PageType::kDocumentation) && !ShowsDate(page, meta);
  const bool service_lead = undated && type == PageType::kService;
  const int headline =
      KeepLead(page, meta,
               (service_lead || (type == PageType::kCollection && !ShowsDate(page, meta))) &&
                   !HoldsPosts(page, sel.decisions),
               /*h1_first=*/type == PageType::kCollection, &sel.decisions);
  if (undated && type == PageType::kService) KeepEyebrow(page, &sel.decisions);
  DropRepeatsOfChromeLabels(page, &sel.decisions);
  DropLabelsOfAdSlots(page, &sel.decisions);
  if ((meta.date.empty() && type == PageType::kProduct) ||
      (undated && !HoldsPosts(page, sel.decisions))) {
    KeepBetweenKept(page,
                    type == PageType::kProduct   ? "a product's part, between kept parts"
                    : type == PageType::kService ? "a service's part, between kept parts"
                                                 : "a manual's part, between kept parts",
                    &sel.decisions, /*product=*/type == PageType::kProduct,
                    /*headed_link_lists=*/type == PageType::kService,
                    /*after_lead=*/type == PageType::kDocumentation);
  }
  if (undated && type == PageType::kService) KeepServiceHeadings(page, &sel.decisions);
  if (service_lead) KeepServiceHeadline(headline, &sel.decisions);
  KeepFullTextOfExcerpts(page, &sel.decisions);
  // After the passes that keep headings and parts between kept ones: a
  // vote's question heads no part, and a code block's label, though it lies
  // between the text and its code, is none of them.
  DropFeedbackPrompts(page, type, &sel.decisions);
  DropCodeLabels(page, &sel.decisions);
  if (type == PageType::kProduct) {
    DropButtonCards(page, &sel.decisions);
    DropCartBoxes(page, &sel.decisions);
    const bool undated_product = UndatedProduct(page, meta);
    if (undated_product) DropPrices(page, &sel.decisions);
    DropPickerLabels(page, &sel.decisions);
    KeepDeclaredDescription(page, meta, undated_product, &sel.decisions);
  }
  if (type == PageType::kForum) DropPickerLabels(page, &sel.decisions);
  if (type != PageType::kForum) {
    DropClosingAuthorBox(page, meta, &sel.decisions);
    DropClosingFollowCall(page, &sel.decisions);
    if (type != PageType::kService && type != PageType::kProduct &&
        type != PageType::kDocumentation) {
      DropClosingPaywall(page, &sel.decisions);
      DropEarningsDisclosures(page, &sel.decisions);
    }
    if (type == PageType::kArticle) {
      DropClosingLineAfterButton(page, &sel.decisions);
      DropClosingLineOverForm(page, &sel.decisions);
    }
  }
  return sel;
}

namespace {

// The good text of the page outside chrome other than comment sections: in
// comment sections (`replies`) and elsewhere (`rest`); and in comment
// sections whatever other chrome holds them (`commented`: posts inside a
// moderator's <form>).
struct ReplyShare {
  int replies = 0, rest = 0, commented = 0;
};

ReplyShare ReadReplyShare(const Page& page) {
  const std::vector<bool> in_comments =
      MarkSubtrees(page, [](const Node& n) { return (n.hints & kHintComments) != 0; });
  const std::vector<bool> chrome = MarkSubtrees(page, [](Node n) {
    n.hints &= ~kHintComments;
    return ChromeReason(n) != nullptr;
  });
  ReplyShare share;
  for (const TextBlock& b : page.blocks) {
    if (!IsGoodBlock(b)) continue;
    if (in_comments[b.node]) share.commented += b.weighted_chars;
    if (chrome[b.node]) continue;
    (in_comments[b.node] ? share.replies : share.rest) += b.weighted_chars;
  }
  return share;
}

void ClearCommentHints(Page* page) {
  for (Node& n : page->nodes) n.hints &= ~kHintComments;
}

}  // namespace

bool TakeRepliesAsContent(const Metadata& meta, Page* page) {
  const std::vector<std::string>* declared[] = {&meta.json_ld_types, &page->meta.item_types};
  for (const std::vector<std::string>* types : declared) {
    if (std::find(types->begin(), types->end(), "QAPage") != types->end()) return false;
  }
  // An article's comments (a thread by their build) hold much less than the
  // article.
  const ReplyShare share = ReadReplyShare(*page);
  if (share.replies < tuning::kMinRepliesShare * share.rest) return false;
  ClearCommentHints(page);
  return true;
}

bool TakeCommentsOfAnEmptyPage(Page* page) {
  if (ReadReplyShare(*page).commented == 0) return false;
  ClearCommentHints(page);
  return true;
}

void TakeWidgetsAsComponents(Page* page) {
  for (Node& n : page->nodes) {
    if (n.hints & kHintWidget) n.hints &= ~(kHintSidebar | kHintWidget);
  }
}

bool CountAddressesAsText(Page* page) {
  bool counted = false;
  for (TextBlock& b : page->blocks) {
    counted |= b.address_chars > 0;
    b.link_chars -= b.address_chars;
    b.address_chars = 0;  // counted once, should the page be read again
  }
  return counted;
}

void MarkShopChrome(const Metadata& meta, Page* page, bool nested_only) {
  const std::uint32_t marks = kHintShopPolicy | kHintBuyBox |
                              (StoryByOpenGraph(*page, meta) ? 0u : std::uint32_t{kHintReviews});
  // first_title[i]: the first <h1> block at or after block i. The shop's
  // chrome lies beside the product (a stock line, a quantity picker, a
  // payment plan, the shipping terms, the reviews); a box so worded that
  // holds the product's <h1> is the product itself, its state or its terms
  // in its class ("product--in-stock", "shipping-taxable"), and stays.
  const std::vector<int> first_title = FirstTitleBlocks(*page);
  // With `nested_only`, the boxes so worded that held all the text stay,
  // and those inside one of them are the shop's when it holds prose outside
  // them (its description beside its tab of reviews). Per node: the
  // outermost and the innermost box so worded at or above it.
  const std::size_t node_count = page->nodes.size();
  std::vector<int> outer, inner;
  std::vector<char> own_prose;
  if (nested_only) {
    outer.assign(node_count, -1);
    inner.assign(node_count, -1);
    own_prose.assign(node_count, 0);
    for (std::size_t id = 0; id < node_count; ++id) {
      const Node& n = page->nodes[id];
      const int up_outer = n.parent >= 0 ? outer[n.parent] : -1;
      const int up_inner = n.parent >= 0 ? inner[n.parent] : -1;
      const bool worded = (n.hints & marks) != 0;
      outer[id] = up_outer >= 0 ? up_outer : (worded ? static_cast<int>(id) : -1);
      inner[id] = worded ? static_cast<int>(id) : up_inner;
    }
    for (const TextBlock& b : page->blocks) {
      const int o = outer[b.node];
      if (o >= 0 && inner[b.node] == o && IsGoodBlock(b)) own_prose[o] = 1;
    }
  }
  // A product's column worded as a byline names its parts after itself, as
  // elements of its block ("ProductMeta__Description", kFlagMetaOfBlock):
  // inside the column's parent, they are the column's (its description,
  // its price), no byline either. `columns`: the parent of the outermost
  // such column met so far.
  int columns = -1;
  for (std::size_t id = 0; id < node_count; ++id) {
    Node& n = page->nodes[id];
    const int self = static_cast<int>(id);
    const bool holds_title = first_title[n.block_begin] < n.block_end;
    const bool shop = !nested_only || (outer[id] >= 0 && outer[id] != self &&
                                       own_prose[outer[id]]);
    if ((n.hints & marks) && !holds_title && !IsHeadingTag(n.tag) && shop) {
      n.hints |= kHintComments;
    }
    const bool in_columns = columns >= 0 && Contains(page->nodes[columns], columns, self);
    if (holds_title && (n.hints & kHintMeta) && n.parent >= 0 && !in_columns) columns = n.parent;
    if (holds_title || ((n.flags & kFlagMetaOfBlock) && in_columns)) {
      n.hints &= ~(kHintMeta | (holds_title ? kHintSidebar : 0u));
    }
  }
}

void MarkCallsToAction(Page* page) {
  for (Node& n : page->nodes) {
    if (n.hints & kHintCallToAction) n.hints |= kHintAds;
  }
}

// The byte of the first letter or digit of `text` at or after byte `at`,
// text.size() when none; *mark (when given) tells whether a character
// other than a space lies before it.
std::size_t NextLetterOrDigit(std::string_view text, std::size_t at, bool* mark) {
  while (at < text.size()) {
    const std::size_t start = at;
    const char32_t c = NextCodePoint(text, &at);
    if (u_isalnum(static_cast<UChar32>(c))) return start;
    if (mark != nullptr) *mark |= !IsSpace(c);
  }
  return text.size();
}

// Where a post's dated head line shows its poster's name when a label of
// the forum's template opens it: one word before the name's link, then a
// separator of no letters or digits before the date ("by galitsyn »
// 11. Sep 2024, 18:36", phpBB's "by", "von", "par"); 0 otherwise (a line
// opened by the name, or by more words: "Posted by X on ..."; a link that
// is no name after the poster's plain one: "rivermouse <a>#1</a> » ...").
std::size_t LabelBeforePoster(const TextBlock& b) {
  const LinkSpan* name = nullptr;
  for (const LinkSpan& l : b.links) {
    if (l.end > l.begin) {
      name = &l;
      break;
    }
  }
  if (name == nullptr || name->begin == 0) return 0;
  const std::string_view text = b.text;
  // The link reads as a name (ReadsAsLinkedName): a letter, no date. A
  // post's number ("rivermouse <a>#1</a> » March 3") or its date as a
  // permalink ("rivermouse <a>March 3, 2024</a> · #1") is none, and the
  // word before it is the poster's own name.
  const std::string_view linked = text.substr(name->begin, name->end - name->begin);
  if (LetterShare(linked) <= 0 ||
      PostDateStrength(linked, static_cast<int>(CountCodePoints(linked))) > 0) {
    return 0;
  }
  std::string_view label = text.substr(0, name->begin);
  while (!label.empty() && label.back() == ' ') label.remove_suffix(1);
  if (label.empty() || label.find(' ') != std::string_view::npos || LetterShare(label) < 1.0) {
    return 0;
  }
  // The separator: what lies between the name and the next letter or digit.
  bool mark = false;
  const std::size_t at = NextLetterOrDigit(text, name->end, &mark);
  return mark && at < text.size() ? name->begin : 0;
}

// Where a post's dated head line ends its date when a remark of one word in
// parentheses closes it ("Posted May 22, 2024 (edited)", Invision's mark of
// an edited post) or a dated edit note (DatedNoteAfterDate): the byte
// before the remark, the line's size otherwise.
std::size_t RemarkAfterDate(std::string_view text) {
  if (const std::size_t note = DatedNoteAfterDate(text); note != std::string_view::npos) {
    return note;
  }
  const std::size_t open = text.rfind('(');
  if (text.empty() || text.back() != ')' || open == std::string_view::npos || open == 0) {
    return text.size();
  }
  const std::string_view remark = text.substr(open + 1, text.size() - open - 2);
  if (remark.empty() || remark.find(' ') != std::string_view::npos || LetterShare(remark) < 1.0) {
    return text.size();
  }
  std::size_t end = open;
  while (end > 0 && text[end - 1] == ' ') --end;
  const std::string_view head = text.substr(0, end);
  return PostDateStrength(head, static_cast<int>(CountCodePoints(head))) > 0 ? end : text.size();
}

// Whether the text of `b` from byte `from` on, the bytes [cut_from,
// cut_until) left out (none when they are equal), still reads as a post's
// date as strongly as the whole line.
bool KeepsPostDate(const TextBlock& b, std::size_t from, std::size_t cut_from = 0,
                   std::size_t cut_until = 0) {
  const std::string_view text = b.text;
  std::string rest(cut_until > cut_from ? text.substr(from, cut_from - from) : text.substr(from));
  if (cut_until > cut_from) rest += text.substr(cut_until);
  return PostDateStrength(rest, static_cast<int>(CountCodePoints(rest))) == PostDateStrength(b);
}

// Where a post's dated head line shows its date when the post's number
// opens it, "#" and figures, then spaces or a separator of no letters or
// digits ("#2 · Jun 4, 2024", the count of the thread's posts linked to the
// post): the first letter or digit after the number; `from` otherwise, or
// when the date would go with it.
std::size_t NumberBeforeDate(const TextBlock& b, std::size_t from) {
  const std::string_view text = b.text;
  std::size_t at = from;
  if (at >= text.size() || text[at] != '#') return from;
  ++at;
  const std::size_t digits = at;
  while (at < text.size() && text[at] >= '0' && text[at] <= '9') ++at;
  if (at == digits) return from;
  const std::size_t after = at;
  at = NextLetterOrDigit(text, at, nullptr);
  if (at == after || at >= text.size()) return from;
  return KeepsPostDate(b, at) ? at : from;
}

// The byte after the last letter or digit of `text` before byte `end`,
// not before `from`: back over a separator ("spartan14 · ", "10:15 AM #").
std::size_t BackToLetterOrDigit(std::string_view text, std::size_t from, std::size_t end) {
  while (end > from) {
    std::size_t at = end;
    do {
      --at;
    } while (at > from && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80);
    std::size_t next = at;
    if (u_isalnum(static_cast<UChar32>(NextCodePoint(text, &next)))) break;
    end = at;
  }
  return end;
}

// Where a post's dated head line shows its date when the forum's template
// sets the date between two marks of no letters or digits, after a label
// closed by a colon ("« Reply #1 on: March 3, 2024, 10:02:40 AM »", SMF
// 2.0's head over each reply, "« on: ... »" over the first post): the
// first letter or digit after the colon and the byte after the date's last
// letter or digit, the label (words of letters, or "#" and figures, the
// post's number; no link) and the marks left out; {from, until} otherwise,
// or when the date would go with them. `from` and `until` are where the
// line starts and ends already.
std::pair<std::size_t, std::size_t> LabelAroundDate(const TextBlock& b, std::size_t from,
                                                    std::size_t until) {
  const std::string_view text = std::string_view(b.text).substr(0, until);
  bool mark = false;
  const std::size_t label = NextLetterOrDigit(text, from, &mark);
  const std::size_t colon = text.find(':', label);
  if (!mark || label >= text.size() || colon == std::string_view::npos ||
      colon + 1 >= text.size() || text[colon + 1] != ' ') {
    return {from, until};
  }
  // The label: a few words, each of letters or a post's number.
  int words = 0;
  for (std::size_t at = label; at < colon;) {
    while (at < colon && text[at] == ' ') ++at;
    if (at == colon) break;
    std::size_t end = at;
    while (end < colon && text[end] != ' ') ++end;
    const std::string_view word = text.substr(at, end - at);
    const bool number = word.size() > 1 && word.front() == '#' &&
                        std::all_of(word.begin() + 1, word.end(), IsAsciiDigit);
    if (!number && LetterShare(word) < 1.0) return {from, until};
    if (++words > tuning::kMaxDateLabelWords) return {from, until};
    at = end;
  }
  for (const LinkSpan& l : b.links) {
    if (l.end > l.begin && l.begin < colon && l.end > from) return {from, until};
  }
  const std::size_t date = NextLetterOrDigit(text, colon + 1, nullptr);
  const std::size_t end = BackToLetterOrDigit(text, date, text.size());
  if (date >= end || end == text.size()) return {from, until};
  const std::string_view shown = text.substr(date, end - date);
  if (PostDateStrength(shown, static_cast<int>(CountCodePoints(shown))) != PostDateStrength(b)) {
    return {from, until};
  }
  return {date, end};
}

// Where a post's dated head line ends its date when the post's number
// closes it, "#" and figures after spaces or a separator of no letters or
// digits ("03-04-2024, 10:15 AM #1", vBulletin's count of the thread's
// posts on the date's row): the byte after the date's last letter or
// digit; `until` otherwise, or when the date would go with it. `until` is
// where the line ends already, `from` where it starts.
std::size_t NumberAfterDate(const TextBlock& b, std::size_t from, std::size_t until) {
  const std::string_view text = std::string_view(b.text).substr(0, until);
  std::size_t end = text.size();
  while (end > from && text[end - 1] == ' ') --end;
  const std::size_t digits_end = end;
  while (end > from && IsAsciiDigit(text[end - 1])) --end;
  if (end == digits_end || end == from || text[end - 1] != '#') return until;
  // Back over the separator to the date's last letter or digit.
  const std::size_t cut = BackToLetterOrDigit(text, from, end - 1);
  if (cut == from) return until;
  const std::string_view date = text.substr(from, cut - from);
  return PostDateStrength(date, static_cast<int>(CountCodePoints(date))) == PostDateStrength(b)
             ? cut
             : until;
}

// Whether a line is dated by a time with no words at its end, its own
// words reading no date (NodeBB's empty <span class="timeago" title>, filled
// in by its script: "wrote", "idefix37 Sailor Moderator @luizjr4"): the
// line shows nothing of its date.
bool DatedByAWordlessTime(const TextBlock& b) {
  if (b.time_attr == 0 || b.time_begin != b.text.size()) return false;
  const DateLine words = ReadDateLine(b.text, b.chars);
  return !words.year && !words.clock;
}

// Where a post's head line dated by its <time>'s datetime alone ends
// (TextBlock::time_attr: its words read no year nor clock time, "spartan14
// · 2 years ago"): before the time's relative words, which are the reading
// of a day long past when the page was stored, and the separator before
// them, back to the last letter or digit, when a link before the time
// names the poster; the line's size otherwise. A time with no words at all
// (NodeBB's empty <span class="timeago" title>, filled in by its script)
// leaves the line nothing of a date: a line the poster's linked name opens
// ends with the name, what follows it being the member's badges and the
// name of the post replied to ("idefix37 Sailor Moderator @luizjr4",
// "luizjr4 | Premium" show "idefix37", "luizjr4").
std::size_t RelativeTimeAfterPoster(const TextBlock& b, std::size_t from) {
  const std::string_view text = b.text;
  if (b.time_attr == 0 || b.time_begin > text.size()) return text.size();
  const DateLine words = ReadDateLine(b.text, b.chars);
  if (words.year || words.clock) return text.size();
  if (DatedByAWordlessTime(b)) {
    const auto opening = std::find_if(b.links.begin(), b.links.end(),
                                      [](const LinkSpan& l) { return l.end > l.begin; });
    if (opening != b.links.end() && opening->begin == from && opening->end < text.size() &&
        LetterShare(text.substr(opening->begin, opening->end - opening->begin)) > 0) {
      return opening->end;
    }
  }
  const std::size_t end = BackToLetterOrDigit(text, from, b.time_begin);
  // The poster's linked name before the time; a line without one ("Posted
  // <time>") is shown whole.
  const LinkSpan* named = nullptr;
  for (const LinkSpan& l : b.links) {
    if (l.begin >= from && l.begin < end && l.end > l.begin && l.end <= b.time_begin) named = &l;
  }
  if (named == nullptr || end <= from) return text.size();
  // Figures with no link between the name and the time are the post's
  // votes, no part of its head ("rivermouse 12 points 2 years ago", Old
  // Reddit's score): the line ends with the name.
  if (named->end < end && LetterShare(text.substr(named->begin, named->end - named->begin)) > 0) {
    const std::string_view between = text.substr(named->end, end - named->end);
    if (std::any_of(between.begin(), between.end(), IsAsciiDigit)) return named->end;
  }
  return end;
}

// Where a post's dated head line shows its poster's name when a link of no
// letters or digits opens it, right before the name's link (Old Reddit's
// "[–]" folding the comment, then "rivermouse"): the name's first byte; 0
// otherwise.
std::size_t ToggleBeforePoster(const TextBlock& b) {
  const LinkSpan* links[2] = {nullptr, nullptr};
  int found = 0;
  for (const LinkSpan& l : b.links) {
    if (l.end > l.begin && found < 2) links[found++] = &l;
  }
  if (found < 2 || links[0]->begin != 0) return 0;
  const std::string_view text = b.text;
  const std::size_t name = links[1]->begin;
  const std::string_view linked = text.substr(name, links[1]->end - name);
  return NextLetterOrDigit(text, 0, nullptr) == name && LetterShare(linked) > 0 ? name : 0;
}

// The end of one capitalised word of letters at byte `at` of a post's head
// line when a date written month first follows it, a capitalised word of
// letters then a space and a digit ("Closed December 25, 2024"); `at`
// otherwise. A month opening the date itself ("May 3, 2024") is followed by
// its digits, not by another word, and stays.
std::size_t ActionAfterPoster(std::string_view text, std::size_t at) {
  auto word_end = [&](std::size_t i) {
    if (i >= text.size() || !IsAsciiUpper(text[i])) return i;
    std::size_t j = i;
    while (j < text.size() && IsAsciiAlpha(text[j])) ++j;
    return j;
  };
  const std::size_t end = word_end(at);
  if (end == at || end + 1 >= text.size() || text[end] != ' ') return at;
  const std::size_t month_end = word_end(end + 1);
  if (month_end == end + 1 || month_end + 1 >= text.size() || text[month_end] != ' ' ||
      !IsAsciiDigit(text[month_end + 1])) {
    return at;
  }
  return end;
}

// The poster's other name in parentheses right after the linked one that
// opens a post's dated head line at `from` ("raoul (Raoul B) May 3, 2024,
// 8:45am": Discourse writes the member's full name after the linked user
// name, which the name already says), or the one word of the forum's notice
// there ("system Closed December 25, 2024, 10:38pm": Discourse's notice that
// its system user closed the topic, the word no post's head says): the
// bytes from the link's end to the closing parenthesis or the word's end, to
// be cut; an empty span when there is none, when a link lies inside the
// parentheses, or when the date would go with it. No link spans the cut:
// links do not overlap, and the cut opens where the linked name ends, so
// each link of the line lies whole before the cut, in it or after it.
std::pair<std::size_t, std::size_t> NameAfterPoster(const TextBlock& b, std::size_t from) {
  const std::string_view text = b.text;
  const LinkSpan* name = nullptr;
  for (const LinkSpan& l : b.links) {
    if (l.end > l.begin && l.begin >= from) {
      name = &l;
      break;
    }
  }
  if (name == nullptr || name->begin != from) return {0, 0};
  std::size_t open = name->end;
  while (open < text.size() && text[open] == ' ') ++open;
  std::size_t cut = name->end;  // the end of the cut, name->end while there is none
  if (open < text.size() && text[open] == '(') {
    const std::size_t close = text.find(')', open);
    if (close != std::string_view::npos && close + 1 < text.size() && text[close + 1] == ' ' &&
        LetterShare(text.substr(open + 1, close - open - 1)) > 0) {
      cut = close + 1;
      open = cut;
      while (open < text.size() && text[open] == ' ') ++open;
    }
  }
  // The notice's word, after the other name when there is one ("system1
  // (system) Closed November 3, 2024").
  const std::size_t word_end = ActionAfterPoster(text, open);
  if (word_end > open) cut = word_end;
  if (cut == name->end) return {0, 0};
  for (const LinkSpan& l : b.links) {
    if (l.begin < cut && l.end > name->end) return {0, 0};  // a link inside: no remark
  }
  if (!KeepsPostDate(b, from, name->end, cut)) return {0, 0};
  return {name->end, cut};
}

// Where a post's name line ends the poster's name when the name's link
// opens it and plain words follow, the title the forum gives the member
// ("<a>Ejp55230</a> Discussion starter", "<a>jdoe</a> Well-known member",
// or on the next line: MyBB's "<a>rivermouse</a><br>Junior Member"), or
// links of the member's groups follow (NodeBB's badges: "<a>rivermouse</a>
// <a>Paddler</a>"): the link's end; the line's size otherwise (a line of
// plain words, one opened by another link, figures after the name:
// "galitsyn 3 posts").
std::size_t BadgeAfterPoster(const TextBlock& b) {
  const std::string_view text = b.text;
  if (b.links.empty() || b.links.front().begin != 0) return text.size();
  const std::size_t end = b.links.front().end;
  const std::string_view linked = text.substr(0, end);
  if (end >= text.size() || LetterShare(linked) <= 0) return text.size();
  std::string_view badge = text.substr(end);
  while (!badge.empty() && (badge.front() == ' ' || badge.front() == '\n')) badge.remove_prefix(1);
  if (badge.size() == text.size() - end || LetterShare(badge) < tuning::kLeadMinLetterShare ||
      std::any_of(badge.begin(), badge.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return text.size();
  }
  return end;
}

// Where a post's name line shows the poster's name when a letter avatar
// opens it, the name's first letter set alone in the link before the name
// (Flarum's "<a><span class=Avatar>R</span> <span>rivermouse</span></a>",
// a member without a picture): the name's first byte; 0 otherwise (a
// letter that is no initial of the name after it: "J Smith" is a name).
std::size_t AvatarBeforePoster(const TextBlock& b) {
  const std::string_view text = b.text;
  if (b.links.empty() || b.links.front().begin != 0) return 0;
  std::size_t at = 0;
  const char32_t initial = NextCodePoint(text, &at);
  if (!u_isalpha(static_cast<UChar32>(initial)) || at >= text.size() || text[at] != ' ') return 0;
  const std::size_t name = at + 1;
  std::size_t next = name;
  const char32_t first = name < text.size() ? NextCodePoint(text, &next) : 0;
  const bool same = first != 0 && u_foldCase(static_cast<UChar32>(first), U_FOLD_CASE_DEFAULT) ==
                                      u_foldCase(static_cast<UChar32>(initial), U_FOLD_CASE_DEFAULT);
  // One word after it: "R rivermouse", not a name of two words, "J Jones".
  const bool one_word = text.find(' ', name) >= std::min(text.size(), b.links.front().end);
  return same && one_word && name < b.links.front().end ? name : 0;
}

// A Q&A page's post whose date stands at its foot (Stack Exchange's
// "answered Jun 1 '11"): in the body microdata names its text
// (itemprop="text" inside an item typed Question or Answer), the short lines
// opening it stood at the region's edge ("FILES", "In simple terms, the
// backup command is:" over the first answer's code) and stay when the body
// keeps a block after them; lines dropped as links stay when the body keeps
// a block ("Bash script to clone active Ubuntu Partition", a guide the
// answer links in a list item of its own; "REFERENCE : Full system backup
// with rsync" closing it). The post's vote count and its "Share" link lie
// outside the body.
void KeepLinesOfAnswerText(const Page& page, const std::vector<bool>& hidden,
                           std::vector<Decision>* decisions) {
  const int n = static_cast<int>(page.nodes.size());
  // Per node, the Q&A post's text body holding it, or -1 (one preorder pass).
  std::vector<bool> in_post(n, false);
  std::vector<int> body(n, -1);
  for (int i = 0; i < n; ++i) {
    const Node& a = page.nodes[i];
    const int up = a.parent;
    in_post[i] = (a.flags & kFlagQaPost) || (up >= 0 && in_post[up]);
    if (up >= 0 && body[up] >= 0) {
      body[i] = body[up];
    } else if ((a.hints & kHintArticleBody) && up >= 0 && in_post[up]) {
      body[i] = i;
    }
  }
  // Whether each body keeps a block.
  std::vector<bool> keeps(n, false);
  for (std::size_t b = 0; b < page.blocks.size(); ++b) {
    const int in = body[page.blocks[b].node];
    if (in >= 0 && (*decisions)[b].kept) keeps[in] = true;
  }
  int next_kept = static_cast<int>(page.blocks.size());
  for (int b = static_cast<int>(page.blocks.size()) - 1; b >= 0; --b) {
    Decision& d = (*decisions)[b];
    const int node = page.blocks[b].node;
    const int in = body[node];
    if (in >= 0 && !hidden[node] &&
        ((d.reason == kShortAtEdge && next_kept < page.nodes[in].block_end) ||
         (d.reason.rfind(kLinkDensity, 0) == 0 && keeps[in]))) {
      d = {true, kMainContent};
    }
    if (d.kept) next_kept = b;
  }
}

// Where the line opening a post's signature starts in `text`: a line of
// tuning::kMinSignatureRule underscores or more and nothing else but
// spaces (vBulletin's "__________________" over the signature, in the box
// of the post's text); npos when no line is one.
std::size_t SignatureRule(std::string_view text) {
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    int rule = 0;
    bool other = false;
    for (std::size_t i = start; i < end && !other; ++i) {
      if (text[i] == '_') {
        ++rule;
      } else {
        other = text[i] != ' ';
      }
    }
    if (!other && rule >= tuning::kMinSignatureRule) return start;
    start = end + 1;
  }
  return std::string_view::npos;
}

// A post's signature after its text: the first kept block from `text` on
// (the post's text) holding a signature's rule line (SignatureRule), and
// where the rule starts in it; {-1, npos} when none does. A rule opening
// the post's first block is no signature's.
struct SignatureAt {
  int block = -1;
  std::size_t at = std::string_view::npos;
};
SignatureAt FindSignature(const Page& page, const std::vector<bool>& hidden,
                          const std::vector<Decision>& decisions, int text, int end) {
  for (int b = text; b < end; ++b) {
    if (!decisions[b].kept || hidden[page.blocks[b].node]) continue;
    const std::size_t at = SignatureRule(page.blocks[b].text);
    if (at == std::string_view::npos || (b == text && at == 0)) continue;
    return {b, at};
  }
  return {};
}

// The signature found (FindSignature) goes with the rest of its box within
// the post (vBulletin's signature, a <div> after the message's, its rule
// and its lines one block; phpBB's, the rule a line of its own in the
// signature's box). A rule inside a block, after the post's own lines,
// cuts the block there (Selection::Shown).
void DropSignature(const Page& page, SignatureAt signature, int end, Selection* selection) {
  std::vector<Decision>& decisions = selection->decisions;
  const int b = signature.block;
  const std::string& line = page.blocks[b].text;
  if (signature.at == 0) {
    decisions[b] = {false, "the poster's signature"};
  } else {
    std::size_t until = signature.at;
    while (until > 0 && (line[until - 1] == '\n' || line[until - 1] == ' ')) --until;
    selection->shown.push_back({b, 0, until, 0, 0});
  }
  const Node& box = page.nodes[page.nodes[page.blocks[b].node].parent];
  for (int s = b + 1; s < std::min(end, box.block_end); ++s) {
    if (decisions[s].kept) decisions[s] = {false, "the poster's signature"};
  }
}

void KeepPostHeads(const Page& page, Selection* selection) {
  std::vector<Decision>& decisions = selection->decisions;
  const std::vector<bool> hidden = HiddenBelow(page);
  const std::vector<bool> embedded =
      MarkSubtrees(page, [](const Node& n) { return (n.flags & kFlagAside) != 0; });
  KeepLinesOfAnswerText(page, hidden, &decisions);
  const std::vector<int> posts = FindPosts(page, hidden, embedded, decisions);
  // Short lines kept after the last post are the thread's chrome: a call to
  // sign in and reply, the thread's tags. Prose there says the "posts" were
  // not the thread (a wiki's dated rows above its article); a heading is no
  // prose, though it be a sentence (a call set as headings: "Kommentieren"
  // over "Sie müssen sich einloggen, um sich an einer Diskussion beteiligen
  // zu können.").
  const int blocks = static_cast<int>(page.blocks.size());
  int last_end = -1;
  for (int post : posts) last_end = std::max(last_end, page.nodes[post].block_end);
  // A Q&A page's answers are posts too (microdata); the question's item may
  // wrap them all, so the last to start is the last post.
  for (int i = static_cast<int>(page.nodes.size()) - 1; i >= 0; --i) {
    if ((page.nodes[i].flags & kFlagQaPost)) {
      last_end = std::max(last_end, page.nodes[i].block_end);
      break;
    }
  }
  if (last_end < 0) last_end = blocks;
  bool prose_after = false;
  for (int b = last_end; b < blocks; ++b) {
    prose_after |= decisions[b].kept && page.blocks[b].kind != BlockKind::kHeading &&
                   IsGoodBlock(page.blocks[b]);
  }
  for (int b = last_end; b < blocks && !prose_after; ++b) {
    if (decisions[b].kept) decisions[b] = {false, "after the thread's last post"};
  }
  // Signatures are read after every post's head: a rule recurring in two
  // posts or more is the forum's signature separator; a rule in one post
  // only is its writer's own divider, and the text after it stays.
  std::vector<std::pair<SignatureAt, int>> signatures;
  for (std::size_t k = 0; k < posts.size(); ++k) {
    const Node& n = page.nodes[posts[k]];
    int date = -1;
    int text = PostText(page, hidden, embedded, decisions, n.block_begin, n.block_end, &date);
    if (text < 0) continue;
    // The post's own blocks end where the next post (a reply nested in it)
    // begins: posts are in page order.
    const int own_end = k + 1 < posts.size()
                            ? std::min(n.block_end, std::max(text, page.nodes[posts[k + 1]].block_begin))
                            : n.block_end;
    // Lines after the date in the box of the post's text, right before it
    // ("Hi all,", "Here is the log:"), are the post's, not its head's.
    // A card the post embeds there, an <aside> in the box, is passed over
    // ("I found a thread already open on GitHub:" over the issue's card).
    auto box_start = [&](int t) {
      const int box = page.nodes[page.blocks[t].node].parent;
      auto in_box = [&](int b) {
        const int node = page.blocks[b].node;
        return page.nodes[node].parent == box ||
               (box >= 0 && embedded[node] && node > box && node < page.nodes[box].end);
      };
      int start = t;
      for (int b = t - 1; b > date && in_box(b); --b) {
        if (!embedded[page.blocks[b].node]) start = b;
      }
      return start;
    };
    int head_end = box_start(text);
    // A dated line there ("Join Date: Mar 2009" over "Location: Asia
    // Pacific" and a long "Programs: ..." line) makes the box the poster's
    // card: the post's text is the first text after it in another box.
    const bool card = std::any_of(page.blocks.begin() + head_end, page.blocks.begin() + text,
                                  [](const TextBlock& b) { return PostDateStrength(b) > 0; });
    if (card) {
      const int box = page.nodes[page.blocks[text].node].parent;
      for (int b = text + 1; b < n.block_end; ++b) {
        if (decisions[b].kept && ReadsAsText(page.blocks[b]) &&
            page.nodes[page.blocks[b].node].parent != box) {
          text = b;
          head_end = box_start(b);
          break;
        }
      }
    }
    // A quotation after the date opens the post's text: a reply quoting
    // what it answers ("36 minutes ago, Mr_Enigmatic said:" over the quoted
    // lines, then "Link is private."), however short the quoted lines. No
    // poster's card is quoted.
    for (int b = date + 1; b < head_end; ++b) {
      if (page.blocks[b].kind == BlockKind::kQuote && !hidden[page.blocks[b].node]) {
        head_end = b;
        break;
      }
    }
    // Such a line opening the thread's first post stood at the region's
    // edge ("So, there is a new thing.", "Subject: Deploy failed"): it
    // opens the post, like any post's.
    for (int b = head_end; b < text; ++b) {
      if (decisions[b].reason == kShortAtEdge && !hidden[page.blocks[b].node]) {
        decisions[b] = {true, kMainContent};
      }
    }
    // The poster's name: a linked one before a plain one (a title the
    // forum gives the member, "Well-known member", beside a linked
    // "Melbourne2026").
    int name = -1, plain_name = -1;
    for (int b = n.block_begin; b < head_end && name < 0; ++b) {
      if (hidden[page.blocks[b].node]) continue;
      if (ReadsAsLinkedName(page.blocks[b])) {
        name = b;
      } else if (plain_name < 0 && ReadsAsPosterName(page.blocks[b])) {
        plain_name = b;
      }
    }
    if (name < 0) name = plain_name;
    // "by galitsyn » 11. Sep 2024, 18:36" names the poster already, and so
    // does a date line opened by a link ("BurntSushi February 20, 2026,
    // 5:07pm"): a name after it is the head of a quote in the text
    // ("sorairolake:"). A link of letters and no date opening it is the
    // poster's name ("rivermouse commented Mar 3, 2024"), and a "name"
    // before it is a menu of the post's actions ("Copy link Report
    // content", GitHub's).
    // (The editor a dated edit note closing the line names is no poster.)
    const TextBlock& dated = page.blocks[date];
    const bool opened_by_link = !dated.links.empty() && dated.links.front().begin == 0;
    const std::string_view dated_head = std::string_view(dated.text).substr(0, RemarkAfterDate(dated.text));
    bool opened_by_name = false;
    if (opened_by_link) {
      const std::string_view opening = std::string_view(dated.text).substr(
          0, std::min(dated.links.front().end, dated.text.size()));
      opened_by_name = LetterShare(opening) > 0 &&
                       PostDateStrength(opening, static_cast<int>(CountCodePoints(opening))) == 0;
    }
    if (name >= 0 && (dated_head.find(page.blocks[name].text) != std::string_view::npos ||
                      (opened_by_link && name > date) || opened_by_name)) {
      name = -1;
    }
    // A line under the poster's name dated by a time with no words and not
    // opened by a link (NodeBB's "wrote <a class=timeago title>", "replied
    // to @rivermouse" and its empty time, in a box of its own under the
    // name) shows nothing of the post's date: the name heads the post alone.
    const int head_date = name >= 0 && name < date && !opened_by_link &&
                                  DatedByAWordlessTime(dated)
                              ? -1
                              : date;
    // A date row above the poster's linked name, one line (vBulletin's row
    // of the date over the post's table, the name in its user cell): the
    // name is shown first.
    if (name >= 0 && head_date >= 0 && head_date < name &&
        ReadsAsLinkedName(page.blocks[name]) &&
        page.blocks[name].text.find('\n') == std::string::npos) {
      selection->name_first.emplace_back(head_date, name);
    }
    if (SignatureAt at = FindSignature(page, hidden, decisions, text, own_end); at.block >= 0) {
      signatures.push_back({at, own_end});
    }
    for (int b = n.block_begin; b < head_end; ++b) {
      if (b == name || b == head_date) {
        decisions[b] = {true, kPostHead};
        if (b == name) {
          const std::size_t until = BadgeAfterPoster(page.blocks[b]);
          const std::size_t from = AvatarBeforePoster(page.blocks[b]);
          if (from > 0 || until < page.blocks[b].text.size()) {
            selection->shown.push_back({b, from, until, 0, 0});
          }
        }
        if (b == head_date) {
          const TextBlock& head = page.blocks[b];
          const std::size_t label = std::max(LabelBeforePoster(head), ToggleBeforePoster(head));
          const std::size_t number = NumberBeforeDate(head, label);
          const std::size_t remark = RemarkAfterDate(head.text);
          const std::size_t start = number < remark ? number : label;
          const auto [from, until] = LabelAroundDate(
              head, start,
              std::min(NumberAfterDate(head, start, remark), RelativeTimeAfterPoster(head, start)));
          auto [cut_from, cut_until] = NameAfterPoster(head, from);
          if (cut_until > until) cut_from = cut_until = 0;
          if (from > 0 || until < head.text.size() || cut_until > cut_from) {
            selection->shown.push_back({b, from, until, cut_from, cut_until});
          }
        }
      } else if (decisions[b].kept) {
        decisions[b] = {false, "the poster's card"};
      }
    }
  }
  if (signatures.size() >= 2) {
    for (const auto& [at, end] : signatures) DropSignature(page, at, end, selection);
  }
}

void DropRemarksUnderPosts(const Page& page, Selection* selection) {
  std::vector<Decision>& decisions = selection->decisions;
  const int n = static_cast<int>(page.nodes.size());
  const std::vector<bool> in_post =
      MarkSubtrees(page, [](const Node& a) { return (a.flags & kFlagQaPost) != 0; });
  const std::vector<bool> in_remark = MarkSubtrees(page, [&](const Node& a) {
    return (a.flags & kFlagCommentProp) && a.parent >= 0 && in_post[a.parent];
  });
  const int blocks = static_cast<int>(page.blocks.size());
  std::vector<int> post_end(n, -1);  // the end of the block range of the post around each node
  for (int i = 0; i < n; ++i) {
    const int up = page.nodes[i].parent;
    if (page.nodes[i].flags & kFlagQaPost) {
      post_end[i] = page.nodes[i].block_end;
    } else if (up >= 0) {
      post_end[i] = post_end[up];
    }
  }
  for (int b = 0; b < blocks; ++b) {
    if (decisions[b].kept && in_remark[page.blocks[b].node]) {
      decisions[b] = {false, "a remark under a post"};
    }
  }
  // A heading that ends its post or stands over its remarks ("3 Comments")
  // heads nothing of it.
  for (int b = 0; b < blocks; ++b) {
    const int node = page.blocks[b].node;
    if (!decisions[b].kept || page.blocks[b].kind != BlockKind::kHeading || !in_post[node] ||
        in_remark[node]) {
      continue;
    }
    if (b + 1 >= post_end[node] || in_remark[page.blocks[b + 1].node]) {
      decisions[b] = {false, "heads only the remarks under a post"};
    }
  }
}

// The first code point of `text` after blanks (0 when none), and in
// `*after` where the one after it starts.
char32_t FirstCodePoint(std::string_view text, std::size_t* after) {
  std::size_t i = 0;
  while (i < text.size() && IsBlankByte(text[i])) ++i;
  const char32_t cp = i < text.size() ? NextCodePoint(text, &i) : 0;
  *after = i;
  return cp;
}

// Whether `text` opens with a dash and a space, as a quote's source set
// under it does ("— Anna Tsing, The Mushroom at the End of the World",
// "- Summer, reviewing our packers"): a hyphen, an en or an em dash, or a
// horizontal bar.
bool OpensWithDash(std::string_view text) {
  std::size_t after = 0;
  const char32_t dash = FirstCodePoint(text, &after);
  return (dash == '-' || dash == 0x2013 || dash == 0x2014 || dash == 0x2015) &&
         after < text.size() && IsBlankByte(text[after]);
}

// Whether block `b` is a quotation: a <blockquote>'s, or a paragraph opening
// with a quotation mark (a customer's words set in a <p>).
bool IsQuotation(const TextBlock& b) {
  if (b.kind == BlockKind::kQuote) return true;
  std::size_t after = 0;
  const char32_t mark = FirstCodePoint(b.text, &after);
  return b.kind == BlockKind::kParagraph &&
         (mark == '"' || mark == 0x201C || mark == 0x201E || mark == 0xAB);
}

void KeepQuoteSources(const Page& page, Selection* selection) {
  std::vector<Decision>& decisions = selection->decisions;
  // The line right after a kept quotation that opens with a dash, short,
  // dropped for its links (the source's name or work linked): the quote's
  // source.
  for (std::size_t b = 1; b < page.blocks.size(); ++b) {
    const TextBlock& block = page.blocks[b];
    if (!decisions[b].kept && decisions[b - 1].kept && IsQuotation(page.blocks[b - 1]) &&
        block.chars <= tuning::kMaxQuoteSourceChars && OpensWithDash(block.text) &&
        decisions[b].reason.rfind(kLinkDensity, 0) == 0) {
      decisions[b] = {true, "the source of a kept quote"};
    }
  }
  const std::vector<int> figure = NearestOfTag(page, GUMBO_TAG_FIGURE);
  std::unordered_set<int> quoting;  // figures holding a kept quotation
  for (std::size_t b = 0; b < page.blocks.size(); ++b) {
    const int f = figure[page.blocks[b].node];
    if (f >= 0 && decisions[b].kept && page.blocks[b].kind == BlockKind::kQuote) quoting.insert(f);
  }
  if (quoting.empty()) return;
  const std::string_view author = ChromeHintReason(kHintAuthor);
  const std::string_view caption = ChromeHintReason(kHintCaption);
  for (std::size_t b = 0; b < page.blocks.size(); ++b) {
    const TextBlock& block = page.blocks[b];
    Decision& d = decisions[b];
    if (d.kept || block.kind != BlockKind::kCaption ||
        LinkDensity(block) >= tuning::kMaxLinkDensity ||
        block.chars > tuning::kMaxQuoteSourceChars || !quoting.count(figure[block.node]) ||
        (d.reason != kCaption && d.reason != author && d.reason != caption)) {
      continue;
    }
    d = {true, "the source of a kept quote"};
  }
}

void KeepQuoteAttributions(const Page& page, Selection* selection) {
  std::vector<Decision>& decisions = selection->decisions;
  const std::vector<int> quote = NearestOfTag(page, GUMBO_TAG_BLOCKQUOTE);
  const int blocks = static_cast<int>(page.blocks.size());
  for (int b = 0; b + 1 < blocks; ++b) {
    const TextBlock& block = page.blocks[b];
    const int q = quote[block.node];
    if (decisions[b].kept || q < 0 || page.nodes[q].block_begin != b || !decisions[b + 1].kept ||
        quote[page.blocks[b + 1].node] != q || block.chars > tuning::kMaxPostHeadChars ||
        block.link_chars < block.chars || LetterShare(block.text) <= 0 ||
        block.text.find('\n') != std::string::npos) {
      continue;
    }
    // The line ends with a colon (or the full-width one), as a line
    // introducing what follows does.
    if (EndsWithColon(block.text)) decisions[b] = {true, "the attribution of a kept quote"};
  }
}

void DropPostCounters(const Page& page, Selection* selection) {
  std::vector<Decision>& decisions = selection->decisions;
  // A short unlinked line (or list item) with a number that is no date and
  // no sentence; a number glued to the letters before it ends a name
  // ("Rainer555").
  auto counter = [&](int b) {
    const TextBlock& block = page.blocks[b];
    if ((block.kind != BlockKind::kParagraph && block.kind != BlockKind::kListItem) ||
        block.chars > tuning::kMaxPostHeadChars || !block.links.empty() || block.ends_sentence ||
        PostDateStrength(block) != 0) {
      return false;
    }
    const std::string& text = block.text;
    // A list item counts only as a bare number ("1" reactions under a
    // post): an item with words is a fact of a list ("14.00 Chemnitz").
    if (block.kind == BlockKind::kListItem &&
        std::any_of(text.begin(), text.end(), [](char c) {
          return IsAsciiAlpha(c) || (c & 0x80) != 0;
        })) {
      return false;
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (!IsAsciiDigit(text[i])) continue;
      if (i == 0 || !IsAsciiAlpha(text[i - 1])) return true;
      while (i + 1 < text.size() && IsAsciiDigit(text[i + 1])) ++i;  // the name's digits
    }
    return false;
  };
  // A short dated line that is no sentence and heads no text (a post's
  // head line is followed by its text): an edit notice at a post's end
  // ("Edited April 18, 2024 by thanosmano", "Last edited: Jan 1, 2024"),
  // in one post or in each. So is a longer line, a sentence too, with a
  // clock time, a year and a link, the editor's linked name ("Last edited
  // by galitsyn on 12. Sep 2024, 11:14, edited 4 times in total.").
  const int blocks = static_cast<int>(page.blocks.size());
  // kept_text[i]: the kept blocks reading as text before block i.
  std::vector<int> kept_text(blocks + 1, 0);
  for (int b = 0; b < blocks; ++b) {
    kept_text[b + 1] = kept_text[b] + (decisions[b].kept && ReadsAsText(page.blocks[b]));
  }
  std::vector<int> next_text(blocks, -1);  // the next kept block if it reads as text, else -1
  for (int b = blocks - 1, next = -1; b >= 0; --b) {
    next_text[b] = next;
    if (decisions[b].kept) next = ReadsAsText(page.blocks[b]) ? b : -1;
  }
  // A line heads text when that text lies in the nearest box around the
  // line holding other kept text: its post. A notice ending a post (a
  // post dated at its foot, "#6 GC., Aug 6, 2025" over "Last edited: Aug
  // 6, 2025") is followed by the next post's text, outside that box.
  auto heads_text = [&](int b) {
    const int text = next_text[b];
    if (text < 0) return false;
    const int own = kept_text[b + 1] - kept_text[b];
    for (int up = page.blocks[b].node; up >= 0; up = page.nodes[up].parent) {
      const Node& n = page.nodes[up];
      if (kept_text[n.block_end] - kept_text[n.block_begin] > own) return text < n.block_end;
    }
    return true;
  };
  // A notice over the reason given for the edit, two lines of one block
  // ("Edited May 22, 2024 by Mr_Enigmatic" over "*edit to add the
  // pugetbench info ..."), is one too: its first line reads as a dated
  // notice alone, and the reason is no longer than a notice.
  auto with_reason = [&](const TextBlock& block) {
    const std::size_t line = block.text.find('\n');
    if (line == std::string::npos || block.text.find('\n', line + 1) != std::string::npos ||
        CountCodePoints(std::string_view(block.text).substr(line + 1)) >
            static_cast<std::size_t>(tuning::kMaxEditNoticeChars)) {
      return false;
    }
    TextBlock head;
    head.text = block.text.substr(0, line);
    head.chars = static_cast<int>(CountCodePoints(head.text));
    return PostDateStrength(head) > 0;
  };
  auto notice = [&](int b) {
    const TextBlock& block = page.blocks[b];
    if (block.kind != BlockKind::kParagraph || heads_text(b)) return false;
    if (!block.ends_sentence && PostDateStrength(block) > 0) return true;
    const DateLine d = ReadDateLine(block, tuning::kMaxEditNoticeChars);
    return (d.clock && d.year && !block.links.empty()) || with_reason(block);
  };
  std::map<Place, int> counters;
  for (int b = 0; b < blocks; ++b) {
    if (counter(b)) ++counters[PlaceOf(page, b)];
  }
  for (int b = 0; b < blocks; ++b) {
    if (!decisions[b].kept || decisions[b].reason == kPostHead) continue;
    if (counter(b) && counters[PlaceOf(page, b)] >= tuning::kMinRepeats) {
      decisions[b] = {false, "a post's counter"};
    } else if (notice(b)) {
      decisions[b] = {false, "a post's dated notice"};
    }
  }
}

void ApplyOptions(const Page& page, const ExtractOptions& options, Selection* selection) {
  std::vector<Decision>& d = selection->decisions;
  const int n = static_cast<int>(page.blocks.size());
  auto link_share = [&](int i) {
    const TextBlock& b = page.blocks[i];
    return b.chars > 0 ? static_cast<double>(b.link_chars) / b.chars : 0.0;
  };
  if (!options.include_tables) {
    // Named as the caller's users set it (--no-tables on the command line).
    const std::string tables_off =
        "tables off (" + OptionName(options.option_name, "ExtractOptions::include_tables") + ")";
    for (int i = 0; i < n; ++i) {
      if (d[i].kept && page.blocks[i].table >= 0) d[i] = {false, tables_off};
    }
  }
  if (options.focus == ExtractOptions::Focus::kPrecision) {
    for (int i = 0; i < n; ++i) {
      if (d[i].kept && link_share(i) > tuning::kPrecisionMaxLinkDensity) {
        d[i] = {false, "favor precision: partly links"};
      }
    }
    // Short blocks at either edge of the article go, up to the first block
    // that reads as prose. Measured in weighted characters: a script
    // written without spaces says in 50 characters what English says in 150.
    // A table's kept cells are measured together: a results table closing
    // the text is one unit of it, not a run of short lines to trim.
    std::map<int, int> table_chars;
    for (int i = 0; i < n; ++i) {
      if (d[i].kept && page.blocks[i].table >= 0) {
        table_chars[page.blocks[i].table] += page.blocks[i].weighted_chars;
      }
    }
    auto trim = [&](int from, int to, int step) {
      for (int i = from; i != to; i += step) {
        if (!d[i].kept) continue;
        const TextBlock& b = page.blocks[i];
        if (b.weighted_chars >= tuning::kPrecisionEdgeChars) return;
        if (b.table >= 0 && table_chars[b.table] >= tuning::kPrecisionEdgeChars) return;
        if (b.kind == BlockKind::kHeading && step > 0) continue;  // a heading opening the text stays
        d[i] = {false, "favor precision: short block at the edge"};
      }
    };
    trim(0, n, 1);
    trim(n - 1, -1, -1);
  } else if (options.focus == ExtractOptions::Focus::kRecall) {
    KeepBetweenKept(page, "favor recall: between kept blocks", &d);
  }
}

namespace {

// True when the kept blocks are a teaser of the JSON-LD body: they open with
// blocks found in the body (the story's first paragraphs) and nothing after
// those is (a paywall's offer, a sign-up box), while the body is longer than
// all that is kept and tuning::kJsonLdPreferRatio times the blocks found in
// it. A body shorter than the page's text (a summary cut after 500
// characters) never replaces it.
bool KeepsATeaserOf(const std::vector<Block>& blocks, const std::string& body,
                    std::size_t body_chars, std::size_t kept_chars) {
  if (body_chars <= kept_chars) return false;
  const std::string normalized = NormalizeSpace(body);
  std::size_t found_chars = 0;
  bool teaser_ended = false;
  for (const Block& b : blocks) {
    if (!b.kept) continue;
    const bool found = normalized.find(NormalizeSpace(b.text)) != std::string::npos;
    if (found && teaser_ended) return false;
    if (found) found_chars += CountCodePoints(b.text);
    teaser_ended = teaser_ended || !found;
  }
  return found_chars > 0 && body_chars > tuning::kJsonLdPreferRatio * found_chars;
}

// Puts a block's text in NFC (ComposeUtf8), its links' offsets moving with
// it. The segmenter composes each block's text already; what is put together
// after it is composed here: the lines of a declared text, a block with a
// piece cut from its middle.
void ComposeText(Block* b) {
  if (IsComposed(b->text)) return;
  std::vector<std::size_t*> offsets;
  offsets.reserve(2 * (b->links.size() + b->code_spans.size()));
  for (Link& l : b->links) {
    offsets.push_back(&l.begin);
    offsets.push_back(&l.end);
  }
  for (CodeSpan& c : b->code_spans) {
    offsets.push_back(&c.begin);
    offsets.push_back(&c.end);
  }
  ComposeUtf8(&b->text, offsets);
  b->code_spans.erase(std::remove_if(b->code_spans.begin(), b->code_spans.end(),
                                     [](const CodeSpan& c) { return c.begin >= c.end; }),
                      b->code_spans.end());
}

// A link into the page shown as a symbol, of no letter or digit, closing or
// opening a line is the link's handle, no word of the line: a heading's
// permalink (Sphinx's and MkDocs' "Install with pip<a
// href="#install-with-pip">¶</a>", naming the heading's id or its
// section's; a "#" or "§" before the title), an API entry's or a code
// caption's ("class parcel.Retry(total=3)¶", "forms.py¶"), a footnote's link
// back to its mark ("... adding columns. ↩", Wikipedia's "^" before a
// reference). [*from, *until) of `b`'s text is the line without it. False
// when the line has no such symbol, or is the symbol alone.
bool TextBesideAnchorSymbols(const TextBlock& b, std::size_t* from, std::size_t* until) {
  const std::string_view text = b.text;
  auto symbol = [&](const LinkSpan& l) {
    if (l.href.empty() || l.href[0] != '#' || l.end > text.size() || l.begin >= l.end) {
      return false;
    }
    const std::string_view shown = TrimAsciiSpace(text.substr(l.begin, l.end - l.begin));
    if (shown.empty()) return false;
    for (std::size_t i = 0; i < shown.size();) {
      if (u_isalnum(static_cast<UChar32>(NextCodePoint(shown, &i)))) return false;
    }
    return true;
  };
  std::size_t begin = 0, end = text.size();
  const bool last = !b.links.empty() && b.links.back().end == end && symbol(b.links.back());
  if (last) end = b.links.back().begin;
  const bool first = !b.links.empty() && b.links.front().begin == 0 &&
                     b.links.front().end <= end && symbol(b.links.front());
  if (first) begin = b.links.front().end;
  while (end > begin && IsHtmlSpace(text[end - 1])) --end;
  while (begin < end && IsHtmlSpace(text[begin])) ++begin;
  if ((!first && !last) || begin == end) return false;
  *from = begin;
  *until = end;
  return true;
}

// Whether a cell's text is a signature's punctuation alone: brackets,
// commas and semicolons a signature sets in cells of their own ("(", ");"),
// never a table's datum ("$", "--", "-").
bool IsSignaturePunctuation(const TextBlock& b) {
  return !b.text.empty() && std::all_of(b.text.begin(), b.text.end(), [](char c) {
    return std::string_view("()[]{}<>,; ").find(c) != std::string_view::npos;
  });
}

// The tables (node ids) whose rows read as lines of code set cell by cell:
// a kept cell of a signature's punctuation alone (IsSignaturePunctuation)
// and no kept cell reading as text. Doxygen lays out each member's
// signature so, "void tide::Gauge::record" | "(" | "double" | "metres,"
// over "std::time_t" | "when" and ")": each row shows as one line.
std::unordered_set<int> CodeLineTables(const Page& page, const std::vector<Decision>& decisions) {
  std::unordered_set<int> punctuated, prose;
  for (std::size_t b = 0; b < page.blocks.size(); ++b) {
    const TextBlock& tb = page.blocks[b];
    if (!decisions[b].kept || tb.table < 0 || tb.kind != BlockKind::kTableCell) continue;
    if (ReadsAsText(tb)) prose.insert(tb.table);
    if (IsSignaturePunctuation(tb)) punctuated.insert(tb.table);
  }
  for (int t : prose) punctuated.erase(t);
  return punctuated;
}

}  // namespace

void FillArticle(const Page& page, const Scores& scores, const Selection& selection,
                 const Metadata& meta, const ExtractOptions& options, Article* article) {
  const UrlResolver& urls = meta.urls;
  // Which nodes lie in a comment section, in one preorder pass.
  // The comment section; forms (reply boxes) and hidden parts inside it are
  // not comments.
  const std::vector<bool> in_comments =
      MarkSubtrees(page, [](const Node& n) { return (n.hints & kHintComments) != 0; });
  const std::vector<bool> excluded = MarkSubtrees(
      page, [](const Node& n) { return (n.flags & (kFlagHidden | kFlagForm | kFlagDialog)) != 0; });
  // Node ids of tables, rows and lists -> 0, 1, 2 ... in page order.
  std::unordered_map<int, int> table_number, row_number, list_number;
  std::unordered_map<int, int> rows_in_table;
  std::vector<int> page_table;  // table number -> the table's node id

  std::vector<const Selection::Shown*> shown(page.blocks.size(), nullptr);
  for (const Selection::Shown& part : selection.shown) shown[part.block] = &part;
  article->blocks.reserve(page.blocks.size());
  std::size_t kept_chars = 0;
  std::size_t link_bytes = 0;  // the links' URLs listed so far (tuning::kMaxListedBytes)
  for (std::size_t i = 0; i < page.blocks.size(); ++i) {
    const TextBlock& tb = page.blocks[i];
    Block b;
    b.kind = tb.kind;
    b.level = tb.level;
    b.text = tb.text;
    b.kept = selection.decisions[i].kept;
    b.score = scores.block[i];
    b.reason = selection.decisions[i].reason;
    // A post's head shows no list marker: the post's number in the list
    // of the thread's posts (vBulletin's <ol id="posts">, one <li> a post),
    // set on the post's first block.
    if (!(b.kept && b.reason == kPostHead)) {
      b.ordered = tb.ordered;
      b.marker = tb.marker;
      b.number = tb.number;
      b.list_type = tb.list_type;
      b.reversed = tb.reversed;
    }
    if (tb.table >= 0) {
      const auto [number, fresh] =
          table_number.emplace(tb.table, static_cast<int>(table_number.size()));
      if (fresh) page_table.push_back(tb.table);
      b.table = number->second;
      auto row = row_number.find(tb.row);
      if (row == row_number.end()) row = row_number.emplace(tb.row, rows_in_table[tb.table]++).first;
      b.row = row->second;
      b.column = tb.column;
      b.header = tb.header;
    }
    b.language = tb.code_language;
    b.code_spans = tb.code_spans;
    b.item_level = tb.item_level;
    b.item_start = tb.item_start;
    if (tb.list >= 0) {
      b.list_id = list_number.emplace(tb.list, static_cast<int>(list_number.size())).first->second;
    }
    b.quoted = tb.quoted;
    b.comment = in_comments[tb.node] && !excluded[tb.node] &&
                tb.link_chars * 2 < tb.chars;  // "Reply", "Permalink": links, not words
    if (b.kept || b.comment) {  // resolving every link of the page's chrome costs 5% of the time
      for (const LinkSpan& l : tb.links) {
        if (link_bytes >= tuning::kMaxListedBytes) break;
        std::string url = urls.Resolve(l.href);
        link_bytes += url.size();
        if (!url.empty()) b.links.push_back(Link{l.begin, l.end, std::move(url)});
      }
    }
    Selection::Shown title;
    const Selection::Shown* part = shown[i];
    if (b.kept && part == nullptr && tb.kind != BlockKind::kCode &&
        TextBesideAnchorSymbols(tb, &title.from, &title.until)) {
      title.cut_from = title.cut_until = title.until;
      part = &title;
    }
    if (b.kept && part != nullptr) {
      // The links outside the shown text go; those inside move with it, and
      // one reaching past its edge keeps the part shown (a permalink around
      // the date and its remark, "<a>May 22, 2024 (edited)</a>").
      const std::size_t from = part->from, until = part->until;
      const std::size_t cut = part->cut_until - part->cut_from;
      const std::size_t cut_from = cut > 0 ? part->cut_from : until;
      b.text = b.text.substr(from, cut_from - from) +
               b.text.substr(cut_from + cut, until - cut_from - cut);
      std::vector<Link> inside;
      for (Link& l : b.links) {
        // The part shown before the cut, else the part after it, moved back
        // by the cut (the poster's linked name before it, the date after).
        // No link spans the cut (NameAfterPoster), so none loses a part
        // after it.
        std::size_t begin = std::max(l.begin, from), end = std::min(l.end, cut_from);
        std::size_t shift = from;
        if (begin >= end && !(l.begin >= from && l.end <= cut_from)) {
          begin = std::max(l.begin, cut_from + cut);
          end = std::min(l.end, until);
          shift = from + cut;
          if (begin >= end && !(l.begin >= cut_from + cut && l.end <= until)) continue;
        }
        inside.push_back(Link{begin - shift, end - shift, std::move(l.url)});
      }
      b.links = std::move(inside);
      // So do the runs of code, each part on either side of the cut a run.
      std::vector<CodeSpan> code;
      for (const CodeSpan& c : b.code_spans) {
        if (std::size_t begin = std::max(c.begin, from), end = std::min(c.end, cut_from);
            begin < end) {
          code.push_back(CodeSpan{begin - from, end - from});
        }
        if (std::size_t begin = std::max(c.begin, cut_from + cut), end = std::min(c.end, until);
            begin < end) {
          code.push_back(CodeSpan{begin - from - cut, end - from - cut});
        }
      }
      b.code_spans = std::move(code);
    }
    ComposeText(&b);
    if (b.kept) kept_chars += tb.chars;
    article->blocks.push_back(std::move(b));
  }
  // A post's name shown before its date row: the two kept with nothing
  // kept between them.
  for (const auto& [date, name] : selection.name_first) {
    if (article->blocks[date].kept && article->blocks[name].kept &&
        std::none_of(article->blocks.begin() + date + 1, article->blocks.begin() + name,
                     [](const Block& b) { return b.kept; })) {
      std::swap(article->blocks[date], article->blocks[name]);
    }
  }
  // Each line of a declared text as a kept block of its own.
  auto append_lines = [&](const std::string& body, const char* reason) {
    std::size_t at = 0;
    while (at <= body.size()) {
      std::size_t nl = body.find('\n', at);
      if (nl == std::string::npos) nl = body.size();
      std::string line = NormalizeSpace(std::string_view(body).substr(at, nl - at));
      if (!line.empty()) {
        Block b;
        b.text = std::move(line);
        b.kept = true;
        b.reason = reason;
        ComposeText(&b);
        article->blocks.push_back(std::move(b));
      }
      at = nl + 1;
    }
  };
  const std::size_t json_chars = CountCodePoints(meta.json_ld_body);
  if (json_chars > tuning::kJsonLdPreferRatio * kept_chars ||
      KeepsATeaserOf(article->blocks, meta.json_ld_body, json_chars, kept_chars)) {
    for (Block& b : article->blocks) {
      if (b.kept) {
        b.kept = false;
        b.reason = "JSON-LD articleBody is longer";
      }
    }
    append_lines(meta.json_ld_body, "JSON-LD articleBody");
  } else if (kept_chars == 0 && article->page_type == PageType::kProduct) {
    // A product page whose HTML holds no text (written by scripts): its
    // declared description.
    append_lines(meta.json_ld_product_description, "JSON-LD product description");
  }
  // The text and the comments are reserved at their size: grown by
  // doubling, a long page's text took twice its size, and three times while
  // it moved.
  std::size_t text_bytes = 0, comment_bytes = 0;
  for (const Block& b : article->blocks) {
    if (b.kept) {
      text_bytes += 2 + (b.marker.empty() ? 0 : b.marker.size() + 1) + b.text.size();
    } else if (options.include_comments && b.comment && b.kind != BlockKind::kHeading) {
      comment_bytes += 2 + b.text.size();
    }
  }
  article->text.reserve(text_bytes);
  article->comments.reserve(comment_bytes);
  // A row of a table of code lines (CodeLineTables) shows as one line, its
  // cells apart by a space.
  const std::unordered_set<int> code_lines = CodeLineTables(page, selection.decisions);
  int line_table = -1, line_row = -1;
  for (const Block& b : article->blocks) {
    if (b.kept) {
      const bool same_line = b.table >= 0 && b.table == line_table && b.row == line_row;
      if (same_line) {
        article->text += " ";
      } else if (!article->text.empty()) {
        article->text += "\n\n";
      }
      const bool in_code_line = b.table >= 0 && code_lines.count(page_table[b.table]) > 0;
      line_table = in_code_line ? b.table : -1;
      line_row = in_code_line ? b.row : -1;
      if (!b.marker.empty()) article->text += b.marker + " ";
      article->text += b.text;
    } else if (options.include_comments && b.comment && b.kind != BlockKind::kHeading) {
      if (!article->comments.empty()) article->comments += "\n\n";
      article->comments += b.text;
    }
  }
  // Images: kept when they lie inside the selected region, outside its
  // chrome, next to kept text (or with their figure's caption kept).
  const int block_count = static_cast<int>(page.blocks.size());
  auto kept = [&](int b) { return b >= 0 && b < block_count && article->blocks[b].kept; };
  // Per node, in one preorder pass when the page has images (each image
  // climbing to its root cost images times depth: 1,000,000 images under
  // 4,900 boxes took 13 s): the first of the region's roots, in their
  // order, that holds it, and its nearest chrome element, itself or an
  // ancestor (an ancestor's id is smaller than its descendants').
  std::vector<int> first_root, nearest_chrome;
  if (!page.images.empty()) {
    std::unordered_map<int, int> root_rank;  // a root's first place in selection.roots
    for (std::size_t r = 0; r < selection.roots.size(); ++r) {
      root_rank.try_emplace(selection.roots[r], static_cast<int>(r));
    }
    constexpr int kNone = std::numeric_limits<int>::max();
    first_root.assign(page.nodes.size(), kNone);
    nearest_chrome.assign(page.nodes.size(), -1);
    for (std::size_t i = 0; i < page.nodes.size(); ++i) {
      const Node& n = page.nodes[i];
      if (n.parent >= 0) {
        first_root[i] = first_root[n.parent];
        nearest_chrome[i] = nearest_chrome[n.parent];
      }
      if (const auto it = root_rank.find(static_cast<int>(i)); it != root_rank.end()) {
        first_root[i] = std::min(first_root[i], it->second);
      }
      if ((n.flags & (kFlagHidden | kFlagNav | kFlagAside | kFlagFooter | kFlagForm | kFlagDialog)) ||
          (n.hints & kHintChromeMask & ~kHintCaption)) {
        nearest_chrome[i] = static_cast<int>(i);
      }
    }
    for (int& rank : first_root) rank = rank == kNone ? -1 : selection.roots[rank];
  }
  auto region_root = [&](int node) { return first_root[node]; };  // or -1
  auto in_chrome = [&](int node, int root) {  // chrome between `node` and its region root
    return nearest_chrome[node] > root;
  };
  // A figure's caption, read once per figure however many images it holds
  // (a gallery's figure of many pictures and captions), and bounded: each
  // image carries a copy.
  struct FigureCaption {
    std::string text;
    bool kept = false;
  };
  std::unordered_map<int, FigureCaption> figure_captions;
  auto figure_caption = [&](int figure) -> const FigureCaption& {
    auto [it, added] = figure_captions.try_emplace(figure);
    if (!added) return it->second;
    const Node& fig = page.nodes[figure];
    for (int b = fig.block_begin; b < fig.block_end; ++b) {
      if (page.blocks[b].kind != BlockKind::kCaption) continue;
      it->second.kept = it->second.kept || kept(b);
      if (it->second.text.size() >= tuning::kMaxImageCaptionBytes) continue;
      if (!it->second.text.empty()) it->second.text += " ";
      it->second.text += page.blocks[b].text;
    }
    return it->second;
  };
  std::size_t image_bytes = 0;  // the images' text listed so far (tuning::kMaxListedBytes)
  for (const ImageRef& ref : page.images) {
    if (image_bytes >= tuning::kMaxListedBytes) break;
    Image image;
    image.url = urls.Resolve(ref.src);
    if (image.url.empty()) continue;
    image.alt = ref.alt;
    image.before_block = ref.before_block;
    int lo = ref.before_block, hi = ref.before_block;  // the blocks around it, or its figure
    bool caption_kept = false;
    if (ref.figure >= 0) {
      const Node& fig = page.nodes[ref.figure];
      lo = fig.block_begin;
      hi = fig.block_end;
      const FigureCaption& caption = figure_caption(ref.figure);
      image.caption = caption.text;
      caption_kept = caption.kept;
    }
    const int root = ref.node >= 0 ? region_root(ref.node) : -1;
    image.kept = root >= 0 && !in_chrome(ref.node, root) &&
                 (caption_kept || kept(lo - 1) || kept(hi));
    image_bytes += image.url.size() + image.alt.size() + image.caption.size();
    article->images.push_back(std::move(image));
  }
}

namespace {

// A link's path leads to another copy of the page whose path is `own` and
// whose named part (file or last folder) is `name`: the same name under
// another folder ("/docs/17/indexes.html" from "/docs/current/indexes.html").
bool LinksToACopy(std::string_view path, std::string_view own, std::string_view name) {
  return path != own && LastPathPart(path) == name;
}

// A kept line right before or after a switcher of the page's copies
// (`switchers`, in order), a label closed by a colon and then one link to
// another copy of the page ("Development Versions: devel" linking
// /docs/devel/indexes.html from /docs/current/indexes.html, `own`): the
// switcher's one version of another kind, which goes with it. Alone, such a
// line may be the text's pointer to a page of the same name elsewhere. The
// label is short and closed by a colon (IsLinkLabel).
void DropLabelledCopiesBesideSwitchers(const Page& page, std::string_view own,
                                       const std::vector<int>& switchers,
                                       std::vector<Decision>* decisions) {
  const std::string_view name = LastPathPart(own);
  for (int s : switchers) {
    for (const int b : {s - 1, s + 1}) {
      if (b < 0 || b >= static_cast<int>(decisions->size()) || !(*decisions)[b].kept) continue;
      const TextBlock& block = page.blocks[b];
      if (block.links.size() != 1 || block.ends_sentence) continue;
      const LinkSpan& link = block.links[0];
      const std::string_view text = block.text;
      const std::string_view path = UrlPath(link.href);
      if (!IsLinkLabel(text.substr(0, link.begin)) ||
          !TrimAsciiSpace(text.substr(link.end)).empty() || !LinksToACopy(path, own, name)) {
        continue;
      }
      (*decisions)[b] = {false, "links to copies of the page"};
    }
  }
}

}  // namespace

// A kept line of two or more links, each leading to another copy of this page, the same
// named part (file or last folder) as the page's canonical URL under another
// folder, is a switcher of the page's versions or languages ("Supported
// Versions: Current (18) / 17 / 16" linking /docs/17/indexes.html from
// /docs/current/indexes.html; "English | Deutsch" linking /de/pricing/) and
// goes; one of its links may lead to the page itself, the version shown
// ("Current" linking /docs/current/indexes.html). A sentence goes on (a
// manual's "see this page for version 9"), and a link to the page's own
// path with a query (its next page: "?page=2") is no copy. A name
// the server gives every folder's default page ("index.html") names no page.
// A labelled line of one such link beside a switcher is one of its kind
// ("Development Versions: devel" between the supported and the unsupported
// versions) and goes with it (DropLabelledCopiesBesideSwitchers).
void DropSwitchersToCopies(const Page& page, const Metadata& meta, Selection* selection) {
  std::vector<Decision>* decisions = &selection->decisions;
  const std::string_view own = UrlPath(meta.canonical);
  const std::string_view name = LastPathPart(own);
  if (name.empty() || name.substr(0, 6) == "index." || name == "index") return;
  std::vector<int> switchers;
  for (std::size_t b = 0; b < decisions->size(); ++b) {
    const TextBlock& block = page.blocks[b];
    if (!(*decisions)[b].kept || block.links.size() < 2 || block.ends_sentence) continue;
    int copies = 0;
    bool switcher = true;
    for (const LinkSpan& l : block.links) {
      const std::string_view path = UrlPath(l.href);
      // The page's own path with no query is the version shown, marked
      // among its copies; with a query it is another page ("?page=2").
      if (path == own) {  // `own` is not empty: `path` is a view into the href
        const std::size_t after =
            static_cast<std::size_t>(path.data() - l.href.data()) + path.size();
        if (after >= l.href.size() || l.href[after] != '?') continue;
      }
      if (!LinksToACopy(path, own, name)) {
        switcher = false;
        break;
      }
      ++copies;
    }
    if (switcher && copies > 0) {
      (*decisions)[b] = {false, "links to copies of the page"};
      switchers.push_back(static_cast<int>(b));
    }
  }
  DropLabelledCopiesBesideSwitchers(page, own, switchers, decisions);
}

namespace {

// An arrow that leads from one level of a trail of links to the next:
// "Documentation → PostgreSQL 18", "Home › Guides", "Docs » Install".
bool IsTrailArrow(char32_t cp) {
  return cp == U'>' || cp == U'\u00BB' || cp == U'\u2192' || cp == U'\u203A' ||
         cp == U'\u25B8' || cp == U'\u276F' || cp == U'\uFF1E';
}

// Whether `gap`, the words between two links of a line, is an arrow with
// white space around it and nothing else.
bool IsTrailGap(std::string_view gap) {
  bool arrow = false;
  for (std::size_t pos = 0; pos < gap.size();) {
    const char32_t cp = NextCodePoint(gap, &pos);
    if (IsTrailArrow(cp)) {
      arrow = true;
    } else if (!IsSpace(cp)) {
      return false;
    }
  }
  return arrow;
}

}  // namespace

// A kept line of links and nothing else, each after the one before with an
// arrow between them ("Documentation → PostgreSQL 18"), is the trail of the
// site's folders down to the page, kept as a listing's item or over the
// text when no class names it: it goes. A slash between the links is no
// arrow ("owner / repository": one name of two links); a sentence pointing
// the way through menus ("Open Settings → Privacy") has words of its own.
void DropLinkTrails(const Page& page, Selection* selection) {
  std::vector<Decision>& decisions = selection->decisions;
  for (std::size_t b = 0; b < decisions.size(); ++b) {
    const TextBlock& block = page.blocks[b];
    if (!decisions[b].kept || block.links.size() < 2) continue;
    const std::string_view text = block.text;
    bool trail = TrimAsciiSpace(text.substr(0, block.links.front().begin)).empty() &&
                 TrimAsciiSpace(text.substr(block.links.back().end)).empty();
    for (std::size_t i = 1; trail && i < block.links.size(); ++i) {
      const std::size_t from = block.links[i - 1].end, to = block.links[i].begin;
      trail = from <= to && IsTrailGap(text.substr(from, to - from));
    }
    if (trail) decisions[b] = {false, "a trail of links"};
  }
}

void DropCommentsUnderList(const PageTypeSignals& signals, PageType type, Selection* selection) {
  if (type != PageType::kListing || !signals.list_over_posts) return;
  for (int b = signals.posts_begin; b < signals.posts_end; ++b) {
    Decision& d = selection->decisions[b];
    if (d.kept) d = {false, "a comment under the list"};
  }
}

}  // namespace pith::internal
