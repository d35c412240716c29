// Every threshold and weight of pith's pipeline, each with what it trades.
// score.cc and select.cc hold no other numbers.
#ifndef PITH_SRC_TUNING_H_
#define PITH_SRC_TUNING_H_

#include <cstddef>

namespace pith::internal::tuning {

// ---- decode ----
// Bytes looked at for binary data and UTF-16 without a byte-order mark.
inline constexpr std::size_t kSniffBytes = 4096;
// Binary when more than 1/N of the sniffed bytes are control characters
// (the first one not counted).
// Random bytes (compressed or encrypted data: xz, zstd, brotli, ...) hold
// 27 in 256 (10.5%), so 1/10 let about one such file in eight through as
// "text"; text, even legacy text with stray controls, holds next to none.
inline constexpr std::size_t kBinaryControlShareDenominator = 20;
// <meta charset> is looked for in this many bytes (WHATWG says 1024; real
// pages put long <head> content first, so pith looks further).
inline constexpr std::size_t kMetaPrescanBytes = 8192;
// Bytes handed to ICU's detector: more costs time and adds little.
inline constexpr std::size_t kDetectBytes = 65536;
// Declared UTF-8 stays UTF-8 while at most 1/N of the non-ASCII sequences
// are broken: a few stray bytes are repaired, not a reason to re-guess.
inline constexpr std::size_t kUtf8InvalidShareDenominator = 20;
// Encoding labels longer than this are not labels.
inline constexpr std::size_t kMaxLabelChars = 40;

// ---- parse ----
// Arena chunk: large enough that a typical page needs a handful.
inline constexpr std::size_t kArenaChunkBytes = std::size_t{256} << 10;
// The parse deadline is checked once every this many allocations: often
// enough to stop within milliseconds, rarely enough to cost nothing.
inline constexpr unsigned kDeadlineCheckEvery = 256;

// ---- segment ----
// JSON-LD scripts larger than this are not read (metadata is small).
inline constexpr std::size_t kMaxJsonLdBytes = std::size_t{2} << 20;
// JSON-LD nested deeper than this is skipped: the JSON reader recurses.
inline constexpr int kMaxJsonLdDepth = 64;
// @types remembered per page: enough for every declared entity of a page
// (its breadcrumbs, organisation, product, offers), bounded for a catalogue
// of thousands of items.
inline constexpr std::size_t kMaxJsonLdTypes = 256;
// Microdata itemtypes remembered per page, for the same reason.
inline constexpr std::size_t kMaxItemTypes = 256;
// A microdata author told by its element's text (itemprop="author") is a
// name, or a box of the writer's name and bio; text longer than this is
// neither, and is not copied out (author boxes nested thousands deep would
// each copy all the text below them).
inline constexpr std::size_t kMaxAuthorTextBytes = 16 << 10;
// Text in scripts written without spaces (Chinese, Japanese, Thai) is
// measured in ICU word-break units: a block's weighted length is at least its
// words times this many characters, the length of an average word and its
// space in spaced scripts, so a Chinese paragraph scores like a European one
// of the same content.
inline constexpr int kCharsPerWord = 6;
// A paragraph opened by a picture and set in one inline element after it is
// the picture's caption when at most this long (a sentence or two and a
// credit); a longer one is the story's paragraph beside a floated picture.
inline constexpr int kMaxStyledCaptionChars = 200;
// A figure's caption as each of its images carries it: the caption blocks
// are joined until the text reaches this many bytes (a gallery's figure
// holding thousands of pictures and captions would give each image all of
// them: memory quadratic in the figure's size).
inline constexpr std::size_t kMaxImageCaptionBytes = 2000;
// The article's images (their URLs, alts and captions) and its links' URLs
// are each listed until they reach this many bytes: a page can make them
// far larger than itself, every image carrying its figure's long caption,
// every relative URL a copy of a long <base href> (500,000 images under a
// 2,000-byte base gave 1 GB of URLs from a 6 MB page, in 18 s). The
// development pages' largest are 60 KB and 100 KB.
inline constexpr std::size_t kMaxListedBytes = std::size_t{64} << 20;
// A heading's id that spells its own text, at least this many words of two
// letters or more ("why-i-used-to-skip-the-travel-insurance"), is the
// anchor a table of contents links to, not a name of the heading's role: it
// gives no hints. A shorter one may be the role's name ("related-posts").
inline constexpr int kMinSlugWords = 4;
// An id longer than this is read as no slug.
inline constexpr std::size_t kMaxSlugBytes = 256;

// A link closing a paragraph after its last sentence, to a place marked on
// a page ("#details") and worded up to this many characters ending with an
// ellipsis, is a jump to the rest of the text (Doxygen's "More..." after a
// brief description), not a word of the paragraph. A longer one is a
// sentence of its own cut short, a teaser's.
inline constexpr int kMaxJumpLinkChars = 24;

// ---- score ----
// Blocks shorter than this (weighted characters) add nothing to their
// ancestors' scores: captions, labels, dates.
inline constexpr int kMinScoredChars = 25;
// Readability-style block score: 1 + commas + min(chars / kCharsPerPoint, kMaxLengthPoints).
inline constexpr double kCharsPerPoint = 100.0;
inline constexpr double kMaxLengthPoints = 3.0;
// Share of a block's score given to its ancestors, nearest first; deeper
// ancestors get 1 / (kFarDecay * level).
inline constexpr double kParentShare = 1.0;
inline constexpr double kGrandparentShare = 0.5;
inline constexpr double kFarDecay = 3.0;
inline constexpr int kPropagationLevels = 5;
// Candidate bonus or penalty from class/id/role hints (Readability uses 25).
inline constexpr double kPositiveHintWeight = 25.0;
inline constexpr double kNegativeHintWeight = -25.0;
// Tag density: elements per kTagDensityChars weighted characters of text.
// Above kMaxTagDensity a candidate is markup-heavy (teaser grids, widgets,
// link lists): its score is scaled down by kMaxTagDensity / density, and as
// a sibling of the top candidate it does not join the region.
inline constexpr double kTagDensityChars = 100.0;
inline constexpr double kMaxTagDensity = 6.0;
// <article>, <main>, itemprop=articleBody: strong evidence of the body.
inline constexpr double kArticleTagWeight = 20.0;
inline constexpr double kArticleBodyWeight = 60.0;

// ---- select ----
// Siblings of the top candidate join when their score is at least this share
// of the top score...
inline constexpr double kSiblingShare = 0.2;
// ...and at least this absolute score.
inline constexpr double kSiblingMinScore = 10.0;
// Readability's "alternative candidates": when this many other candidates
// score within kAlternativeShare of the top one, the top climbs to the
// ancestor they share (the article is split over several containers).
inline constexpr int kMinAlternatives = 3;
inline constexpr double kAlternativeShare = 0.75;
inline constexpr int kAlternativesConsidered = 5;
// A story's top candidate made of this many or more cards of one template,
// each opening with a linked heading, is the site's teasers of other posts
// (TeasersOnly): a candidate outside it scoring kSiblingShare of it or more
// is the story.
inline constexpr int kMinTeaserCards = 3;
// A sibling also joins when its good text is at least this share of the top
// candidate's and its link density is below kSiblingLinkDensity: a story
// split into sections by figures or ads. Sections of a story carry few
// links; a teaser list with long descriptions has a linked title for each
// (about 0.2), so the bar sits below that.
inline constexpr double kSiblingGoodShare = 0.2;
inline constexpr double kSiblingLinkDensity = 0.15;
// A pager's current page is a number of at most this many digits (page
// 1 to 9999), alone in its list item (DropCurrentPagesOfPagers).
inline constexpr std::size_t kMaxPageNumberDigits = 4;
// A section beside the region's ancestors (a product's description below
// its box of features and price) joins with at least this much good text, as
// well as kSiblingGoodShare of the region's; fewer are notes and labels.
inline constexpr int kSectionMinGoodChars = 200;
// ...and up to this tag density: the icons and small parts of a product page
// weigh more than in a story, while link grids still pass it (kMaxTagDensity
// kept the descriptions out; 15 and 30 measured the same).
inline constexpr double kSectionMaxTagDensity = 15.0;
// A sibling paragraph joins on its own when this long and this free of links.
inline constexpr int kSiblingParagraphChars = 80;
inline constexpr double kSiblingParagraphLinkDensity = 0.25;
// On a story whose top candidate is a list (ClimbFromAList), how many of
// the list's ancestors, nearest first, are read for paragraphs beside it.
// A document's section wraps its list three or four times (<section><div
// class="section"><h2>...<div class="content"><div><ol>), and the box
// holding the sections is one above: the paper ClimbFromAList was made for
// has its abstract five parents above its references (4 loses it; 8
// changes no prediction on the three sets). Bounded so that the climb
// reads a few levels' blocks, once each, and stops short of the layout's
// boxes, whose paragraphs beside a list are the site's. Not
// kPropagationLevels, though the same number: that is how far up a block's
// score is shared, a weight, not where a story's box stands.
inline constexpr int kListClimbLevels = 5;
// A chrome-marked subtree inside the region is spared when it holds at least
// this share of the region's good text (a whole-page <form>, a "post" inside
// a "widget" wrapper).
inline constexpr double kProtectShare = 0.5;
// When class/id hints would drop more than this share of the region's good
// text in all, leaving next to nothing, they are taken as the site's
// vocabulary rather than chrome ("TestReport__Section--Ads" on every section
// of a review) and only tags and hidden elements prune the region. Lower
// values also overrule hints that rightly drop a comment section larger
// than a short story.
inline constexpr double kMaxHintDropShare = 0.95;
// Blocks with at least this link density are navigation, not prose...
inline constexpr double kMaxLinkDensity = 0.5;
// ...and short blocks from this density on.
inline constexpr double kMaxShortLinkDensity = 0.3;
// A paragraph of at least kGoodBlockChars ending a sentence stays up to this
// density when text surrounds it: a sentence whose names are all links.
// Fully linked lines ("Read more: ...") and lines at the edges still go.
inline constexpr double kMaxLinkedSentenceDensity = 0.8;
// "Good" text: a block of at least this many weighted characters with link
// density below kMaxShortLinkDensity.
inline constexpr int kGoodBlockChars = 70;
// A block reads as text when it has kGoodBlockChars, or this many and ends
// a sentence; other blocks are "short", kept only between blocks that read
// as text (a post's closing "Hope you like it." stays; "Read More" goes).
inline constexpr int kShortBlockChars = 30;
// Blocks a writer's box after the text holds at most (its name, role, bio
// and links to follow the writer): DropClosingAuthorBox.
inline constexpr int kMaxAuthorBoxBlocks = 8;
// A closing paragraph linking this many social networks or app stores or
// more is the site's call to follow it ("Follow us on Twitter and
// Facebook"), not the story's: a sentence of a story names one network
// ("she wrote on Instagram"). DropClosingFollowCall: a paper's "download
// the Nationnews apps for iOS and Android", "Follow her on Twitter @AmyKup
// or on Facebook".
inline constexpr int kMinFollowSites = 2;
// ...and a call is a line or three at most: a longer paragraph linking
// networks is the story's (where a video spread, whom it quoted).
inline constexpr int kMaxFollowCallChars = 400;
// Kept blocks after such a call, the site's other closing lines ("Subscribe
// to our newsletters"), at most; more, and the call is inside the text.
inline constexpr int kMaxBlocksAfterFollowCall = 1;
// A paragraph at the very edge of the text saying the site earns from its
// links (SaysItEarnsFromLinks) is its disclosure when it is a line or
// three, up to this many characters ("We may earn commission from links on
// this page, but we only recommend products we back."): DropEarningsDisclosures.
// A longer paragraph is the story's.
inline constexpr int kMaxDisclosureChars = 300;
// A paywall's notice closing the text (AsksToSubscribeToRead: "To view
// the full story, please subscribe") is a line or two, up to this many
// characters: DropClosingPaywall. A longer paragraph is the story's.
inline constexpr int kMaxPaywallNoticeChars = 300;
// Kept blocks of text (kGoodBlockChars or more) after such a notice at
// most: the offer's pitch, what a subscriber gets, a gift, a line to log
// in; its plans, prices and buttons are short lines and do not count. More,
// and the notice is inside the story.
inline constexpr int kMaxTextAfterPaywallNotice = 4;
// A button's label is words: at least this share of its visible characters
// are letters (DropClosingLineAfterButton: "Register Online"; not a
// footnote's number, "1", linking to its note).
inline constexpr double kMinButtonLetterShare = 0.5;
// A run of at least this many unlinked list items reads as text together
// (a list of facts closing a story); fewer are labels or buttons.
inline constexpr int kMinListRun = 3;
// A data sheet (two-cell label/value rows, e.g. "Weight" | "372 g") reads as
// text from this many rows on.
inline constexpr int kMinSheetRows = 2;
// Links an inline element in running text needs (with an image and no words
// of its own) to be a hover card left out of the text. One link with an
// image is an inline picture; a card names the person and their stories.
inline constexpr int kMinCardLinks = 2;
// An image's alt text this long or longer, opening the paragraph under the
// image, makes that paragraph its caption (shorter alts are names: "Logo").
inline constexpr int kMinCaptionAltChars = 20;
// A picture's box holding this many blocks at most from the line under the
// picture on holds the picture's caption and a credit (CaptionUnderPicture,
// CaptionedPictureBox).
inline constexpr int kMaxCaptionBoxBlocks = 2;
// This many boxes of a picture and a line under it, siblings one right
// after another, are a series whose lines are the text (a how-to's steps,
// a photo essay), not captions (CaptionedPictureBox).
inline constexpr int kMinPictureSeriesBoxes = 3;
// A figure's number before the alt in its caption ("Figure 12. ") is at
// most this long.
inline constexpr int kMaxFigureLabelChars = 16;

// ExtractOptions::Focus::kPrecision drops kept blocks whose share of linked
// text passes kPrecisionMaxLinkDensity, and trims blocks shorter than
// kPrecisionEdgeChars off the article's edges.
inline constexpr double kPrecisionMaxLinkDensity = 0.25;
inline constexpr int kPrecisionEdgeChars = 80;
// ExtractOptions::Focus::kRecall keeps dropped blocks between the first and
// last kept ones unless in chrome or linked beyond kRecallMaxLinkDensity; a
// product page without a date always does (its parts interleave with short
// labels and notes), and so does a service or documentation page that
// shows no date in a line of its own (a story's dateline) and whose kept
// text holds no two posts' dates (facts and figures between a service's
// offers; a manual's section titles and file names between its paragraphs).
inline constexpr double kRecallMaxLinkDensity = 0.5;
// A link of a row of described links (select.cc, DescribedLinks): a
// card's name and its summary, this many words or more.
inline constexpr int kMinDescribedLinkWords = 4;
// A heading is kept when kept text follows within this many blocks.
inline constexpr int kHeadingLookahead = 3;
// A heading followed by this many blocks dropped as links names a link list
// ("Trending:", "Related") and goes with it; one linked block after a
// heading is a shop link or a linked sentence under a real subheading.
inline constexpr int kMinLinkListBlocks = 2;
// A line of at most this many words ended by a colon is a label ("Read
// more:", "See also:"): a list of links under it is no enumeration the
// text makes (KeepListsIntroducedInText).
inline constexpr int kMaxListLabelWords = 2;
// A heading dropped as a link stays above the kept text right after it when
// at least this many do: a listing's linked item titles over their
// summaries. A single one is a teaser of another story closing an article.
inline constexpr int kMinLinkedTitles = 2;
// Headings over the item lists that join stay when at least this many lists
// have one of a level: the page's sections, each a heading over its list. A
// single list under a heading is as often a strip of other pages.
inline constexpr int kMinHeadedLists = 2;
// A linked title line and its text lie in a card of their own when the box
// holding both is at most this many levels above the line.
inline constexpr int kMaxCardLevels = 4;
// A sign-up box around an e-mail field (DropSignUpBoxes) is sought at most
// this many levels above the field, and holds at most this many blocks (its
// form's labels and consent line among them), of which at most
// kMaxSignUpKept are kept and none longer than kMaxSignUpChars: a heading
// and a line or two of prose over the field ("Don't miss a story" / "Get
// the week's news in your inbox every Friday."), where a story's own text
// beside a field runs longer or on. Six levels reach a page builder's form
// widget (Elementor's: the field's group, the fields' row, the <form>, the
// widget's two boxes, then the column holding the heading and text widgets
// beside it).
inline constexpr int kMaxSignUpLevels = 6;
inline constexpr int kMaxSignUpBlocks = 12;
inline constexpr int kMaxSignUpKept = 3;
inline constexpr int kMaxSignUpChars = 250;
// A card's list of links closes it when at most this many blocks follow the
// list in the card (its "Read more").
inline constexpr int kMaxCardTailBlocks = 2;
// ... and at most this many blocks before the list (its title, text, data).
inline constexpr int kMaxCardHeadBlocks = 6;
// Between such a heading and its text, at most this many short lines (an
// item's byline and date) stay with them.
inline constexpr int kMaxTitleDataLines = 3;
// A paragraph and a hidden one opening with this many bytes alike, the
// first's last bytes in the second: an excerpt and its "read more" text.
inline constexpr std::size_t kExcerptMatchChars = 30;
// The kept blocks after an excerpt read for the text its hidden copy goes
// on with (a copy of the whole text is no "read more").
inline constexpr std::size_t kExcerptFollowers = 3;
// The most hidden blocks opening like one excerpt that are its copies (for
// other screens); more are a list's repeated words.
inline constexpr std::size_t kMaxExcerptCopies = 3;
// The lead (standfirst, deck) often sits between the headline and the body
// container, outside the region: when a heading repeating the title lies at
// most this many blocks before the region, prose between the two is kept.
inline constexpr int kLeadLookback = 12;
// An ad's label ("Advert", "Anzeige", "Story continues below
// advertisement") has at most this many words.
inline constexpr int kMaxAdLabelWords = 4;
// A reader's vote on the page ("Was this page helpful?" over Yes and No
// buttons, "Did this answer your question?" over a row of faces): a
// question of at most this many characters, in a box at most
// kFeedbackBoxLevels elements above it holding a button and at most
// kFeedbackBoxBlocks blocks, none good text (a "Feedback" heading over the
// question, "3 out of 5 found this helpful" under it). Help centres
// (Intercom, Zendesk) and manuals (GitBook, MDN, Microsoft Learn).
inline constexpr int kMaxFeedbackQuestionChars = 60;
inline constexpr int kFeedbackBoxLevels = 2;
inline constexpr int kFeedbackBoxBlocks = 4;
// On a product page, a box of at most this many blocks holding a cart
// control (an "Add to cart" button) is a tile of another product or the
// buy box's row: a name, a price and the button, a label over them
// (DropCartBoxes). The product's own column holds its <h1> or a good block.
inline constexpr int kMaxCartBoxBlocks = 3;
// A code block's language label ("toml", "bash", "objective-c") has at
// most this many characters; it sits in the code block's box at most this
// many elements below the box that holds the label and the code alone
// (DropCodeLabels; VitePress, Mintlify).
inline constexpr int kMaxCodeLabelChars = 16;
inline constexpr int kMaxCodeLabelLevels = 3;
// A gutter of line numbers beside code counts up to this many lines at most
// (a number past it is no line's, and no digit run overflows; the
// segmenter's MarkCodeGutter).
inline constexpr int kMaxGutterLines = 100000;
// A grid laid out in boxes, not a <table> (Javadoc 17's summary-table: a
// flat run of cells whose classes name their column, rows striped), repeats
// its cells' classes with a period of at most this many cells: a row, or
// two when striped; a cell's block lies at most this many elements below
// the cell (KeepLinkedCellsOfKeptGridRows: <div class="col-second"><code>
// <a>highWater</a>()</code></div>).
inline constexpr int kMaxGridPeriod = 8;
inline constexpr int kMaxGridCellLevels = 3;
// A lead is prose: at least this share of its non-space characters are
// letters ("PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: ..." is not).
inline constexpr double kLeadMinLetterShare = 0.7;
// Page-wide fallback: when the region keeps less than this share of the
// page's good text, a second pass keeps good blocks from the whole page.
inline constexpr double kFallbackShare = 0.3;
// On a service page the region widens to the nearest ancestor holding this
// share of the page's good text when it holds less: the page's sections
// are stacked boxes, most of them too small to join one by one.
inline constexpr double kServiceRegionShare = 0.8;
// JSON-LD articleBody replaces the extraction when it is this many times longer,
// or this many times longer than the teaser the extraction opens with.
inline constexpr double kJsonLdPreferRatio = 1.5;

// ---- copies ----
// An element's kept text repeating, block by block, an earlier element's is a
// copy for another screen size or a slider's clone when it is at least this
// many blocks and weighted characters: a page rightly repeats a sentence (a
// pull quote, a recipe's step, a reply quoting a line), rarely a run of them.
// On a product page one block of kGoodBlockChars is enough (a description's
// paragraph repeated in each colour's box); a copy named a slider's clone
// (kHintClone) needs no length at all.
inline constexpr int kMinCopyBlocks = 2;
inline constexpr int kMinCopyChars = 200;
// On a product page a kept block of at least kMinRewordedCopyShingles runs
// of four words (shingles), of which at least kRewordedCopyShare one block
// kept before it holds (in another template), says again what the page
// said: a tab retelling the description in other words around the same
// phrases.
inline constexpr int kMinRewordedCopyShingles = 20;
inline constexpr double kRewordedCopyShare = 0.8;
// A call to action written into the text more than once (a shortcode's box:
// a line or two and a button): at most this many blocks, the button's among
// them, and this many weighted characters of kept text. A box of more is a
// section said twice, which the rules above read.
inline constexpr int kMaxCallToActionBlocks = 6;
inline constexpr int kMaxCallToActionChars = 300;

// ---- items (listings and collections) ----
// A list of items: at least this many siblings of one tag and class...
inline constexpr int kMinListItems = 4;
// ...each holding a link and at least this many blocks: one, since a
// chart's row or a paper's entry can be one linked line (2: arXiv's entries
// and a documentation index were lost, wcxb-dev half B 0.786 -> 0.788 with 1).
inline constexpr int kMinItemBlocks = 1;
// Lists with less than this share of the largest list's text are not the
// page's main list (a "recently viewed" strip under the grid).
inline constexpr double kMinorListShare = 0.5;
// A list with less text than this share of what the region keeps is a strip
// of teasers beside the content (an article's "more stories").
inline constexpr double kMinListShareOfKept = 0.2;
// Text that at least this share of a list's items repeat is their buttons
// and labels ("Add to cart", the shop's brand); a rating ("R", "4 stars")
// repeats in many items but not in nearly all.
inline constexpr double kItemButtonShare = 0.8;
// A listing's heading and the sentences introducing its items stand at most
// this many blocks above the first kept block (the heading, a sentence or
// two, then labels such as "Sort by:" and a column's name).
inline constexpr int kListingLeadLookback = 6;
// A collection's item of at most this many blocks is a product's tile: a
// badge or two, its title, a fit or colour, a price, a rating (not an item
// holding a shop's grid and its filters, whose lines "Max Light:" and
// "Weight:" each tile repeats; 8 to 20 read alike on wcxb-dev).
inline constexpr int kMaxTileBlocks = 12;
// A collection's filter panel outside its items: this many short kept
// lines in a row, each of at most kMaxFilterWords words and no sentence
// (Steam's genre page: tabs, then facet groups and their counts; an intro's
// heading and its item count stay, two lines).
inline constexpr int kMinFilterRun = 8;
inline constexpr int kMaxFilterWords = 3;
// Over a collection's item's title stand at most this many short lines: its
// badges ("New", "Sold out", "+3", "20% off", a compare box's label).
inline constexpr int kMaxTileBadges = 3;

// An element hidden from screen readers only whose words an element for
// screen readers only beside it says is shown (IsShownTwinOfSpokenWords):
// a tile's title (Shopify Debut's "product-card__title"). The twins are a
// title's length, read at most this many bytes and nodes in, among this
// many siblings on each side.
inline constexpr int kMaxSpokenTwinBytes = 200;
inline constexpr int kMaxSpokenTwinNodes = 16;
inline constexpr int kMaxSpokenTwinSiblings = 4;

// ---- page type ----
// A price is a short block: an amount, a currency symbol, a word or two.
inline constexpr int kMaxPriceChars = 40;
// A label of a label/value row (a data sheet's "Weight", "Material"); also
// the longest poster's name signing a post, and the longest data line (a
// byline, a date) between a listing item's linked title and its summary.
// The words at most, beside its number, of a counter in parentheses
// closing a thread's heading ("(Read 4306 times)"): RepeatsTitle.
inline constexpr int kMaxHeadingCounterWords = 3;
inline constexpr int kMaxSpecLabelChars = 40;
// A paragraph of "Label: <a>name</a> (price)" lines, a parts list, is
// content from this many linked lines on (IsLabelledLinkLines); two could be
// a post's "Previous:"/"Next:" with a word after.
inline constexpr int kMinLabelledLinkLines = 3;
// A data sheet built from boxes (not a table) names its rows in words: at
// least this share of a label's visible characters are letters ("Fabric
// content", "Weight (GSM)"; not a rating's "98%" over "(39)").
inline constexpr double kMinBoxLabelLetterShare = 0.5;
// Siblings of one tag and class repeat a structure from this many on.
inline constexpr int kMinRepeats = 3;
// A short line of one tag and class kept between text at least this many
// times is each item's line of meta (a listing's); the first item's before
// the text and the last item's after it stay too (TrimEdges). With the one
// at the edge they repeat a structure (kMinRepeats): the front page of
// three stories, the first one's "[Kernel] Posted Mar 5, 2026 by jzb" before
// the text (FirstItemsLineOfMetaLikeTheOthersStays).
inline constexpr int kMinRepeatedItemLines = kMinRepeats - 1;
// A card of a grid lies at most this many elements above its text
// (NextCardAfter: the last card of a grid at the text's edge).
inline constexpr int kMaxGridCardLevels = 8;
// A repeated element is a post when it holds this much prose in at least
// this many blocks (a paragraph alone repeats in every article)...
inline constexpr int kMinPostChars = 70;
// On a thread, comment sections are replies when their good text is at least
// this share of the good text elsewhere outside chrome (an article's comment
// section beside the article holds a third of it or less).
inline constexpr double kMinRepliesShare = 0.5;
// A post's head line (the poster's name, the date) is at most this long.
inline constexpr int kMaxPostHeadChars = 40;
// A quote's source under it (a name, and a title or a firm) is at most this
// long.
inline constexpr int kMaxQuoteSourceChars = 80;
// A post's date line ("sorairolake February 20, 2026, 4:55pm") is at most this long.
inline constexpr int kMaxPostDateChars = 60;
// A label closed by a colon before a post's date between marks ("« Reply #1
// on: March 3, 2024 »") is at most this many words.
inline constexpr int kMaxDateLabelWords = 3;
// The longest edit notice at a post's end that names its editor and date in
// a sentence ("Last edited by X on 12. Sep 2024, 11:14, edited 4 times in
// total.").
inline constexpr int kMaxEditNoticeChars = 120;
inline constexpr int kMinPostBlocks = 3;
// ...signed by a short line (the poster's name: linked, or plain when a
// block of the post dates it to the minute) among its first this many
// blocks.
inline constexpr int kPostSignatureBlocks = 3;
// ...or by its poster's name set as a linked heading of at most this many
// words (a forum's "<h4><a>Pippin06</a></h4>"; a story's linked title runs
// longer), dated within this many blocks after it, before its prose
// (the poster's card between: "Well-known member", "Feb 8, 2017", "5,421").
inline constexpr int kMaxPostNameWords = 2;
inline constexpr int kPostHeadBlocks = 8;
// ...and a tile when it holds a link and at most this much text.
inline constexpr int kMaxTileChars = 400;
// A product's tile that tells it in a sentence or two (a summary, tags, a
// release date beside its name and price) holds up to this much text.
inline constexpr int kMaxDescribedTileChars = 800;
// Posts that make a thread.
inline constexpr int kMinForumPosts = 3;
// On a thread, siblings of one tag and class each holding kept text under a
// dated head are its posts from this many on (a question and its one reply;
// three make the page a thread, kMinForumPosts).
inline constexpr int kMinSiblingPosts = 2;
// A line of this many underscores or more, alone, in a post after its text
// opens the poster's signature (vBulletin's "__________________", 18,
// phpBB's 17).
inline constexpr int kMinSignatureRule = 10;
// Tiles with prices that make a shop's category page.
inline constexpr int kMinCollectionTiles = 4;
// Label/value rows beside a price that make a product's data sheet.
inline constexpr int kMinSpecRows = 3;
// Blocks after a product's <h1> within which its price stands, and after
// the price within which its buy form starts (the name, the vendor, a
// rating line, then the price; the variant pickers' labels, then the
// form): a buy box under the title (BuyFormUnderTitle).
inline constexpr int kBuyBoxReach = 6;
// Blocks before or after the page's <h1> within which a story's dated
// byline or dateline stands (a kicker and the date over the headline; the
// writer's name, a reading time, then the date under it): DatedTitle.
inline constexpr int kBylineReach = 3;
// Words of a line that is a date alone ("December 15, 2025"; "Updated
// March 2, 2024" tells an edit): DatedTitle.
inline constexpr int kMaxDateLineWords = 3;
// Characters of code that make a documentation page.
inline constexpr int kMinDocCodeChars = 200;
// A page of sections: a heading for less than this much prose each.
inline constexpr int kServiceCharsPerHeading = 300;
// Words mixing Latin and Cyrillic letters that make a block's text
// disguised (MixesAlphabetsInWords), when they are half its words too.
inline constexpr int kMinMixedScriptWords = 3;
// Good blocks in a row that tell a story of the page's own (its
// paragraphs); a listing's items hold a summary each, between titles.
inline constexpr int kMinStoryRun = 3;
// Good text before a page's posts, as a multiple of theirs, that makes
// them the comments under a story (a thread's opening post holds at most
// about three times its replies' text).
inline constexpr int kStoryOverPosts = 4;
// A first heading that words the <title> with fewer letters (the site's
// name the title adds left out) is printed as the title in its stead only
// when it holds at least this share of the title's letters and digits:
// "Lotte Tobisch ist tot" under "Chronik: Lotte Tobisch ist tot" is the
// story's title, "Recipe" under "Chocolate cake recipe" or a site's name
// under "Council agrees on the plan - Parish News" is not, and printed in
// its stead would lose the title (HeadingGivingTitle).
inline constexpr double kMinTitleHeadingShare = 0.5;

}  // namespace pith::internal::tuning

#endif  // PITH_SRC_TUNING_H_
