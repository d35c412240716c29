// Stage 7, render: Article -> Markdown or minimal HTML. One walk over the
// kept blocks groups them into what both formats need: headings, paragraphs,
// nested lists, quotes, code, tables and images; each format writes them.
#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/list_marker.h"
#include "base/title_key.h"
#include "base/utf8.h"
#include "extract/tuning.h"
#include "pith/pith.h"
#include "render/render.h"

namespace pith::internal {
namespace {

// A unit of output: one block, or a whole table, or an image.
struct Item {
  enum Kind { kBlock, kTable, kImage } kind = kBlock;
  const Block* block = nullptr;
  // kTable: rows of cells; each cell holds the blocks of that (row, column).
  std::vector<std::vector<std::vector<const Block*>>> rows;
  bool header_row = false;  // the first row is made of <th> cells
  std::size_t width = 0;    // kTable: the most cells of a row
  const Image* image = nullptr;
};

// List levels Markdown indents: a deeper item is indented as one of the
// deepest. Each level indents its items' lines, so output grew with the
// square of the nesting (20,000 items under 4,900 nested lists, a 522 KB
// page, gave 330 MB of Markdown). The development pages nest lists 9 deep
// at most.
constexpr int kMaxMarkdownListLevels = 32;

// Cells a table's rows may be padded to, past four times those it fills:
// a row of thousands of cells over thousands of rows of one (a 109 KB page)
// padded every row to the widest, 27 MB of Markdown and 81 MB of HTML.
constexpr std::size_t kMaxPaddedCells = 100000;

std::vector<Item> Walk(const Article& article, const RenderOptions& options) {
  std::vector<Item> items;
  std::size_t next_image = 0;
  // The caption of the image written last, while no block came after it:
  // its <figcaption>'s block, which the image shows under it, is not
  // written again.
  const std::string* shown_caption = nullptr;
  auto is_caption = [](const Item& it, const std::string& caption) {
    return it.kind == Item::kBlock && it.block->kind == BlockKind::kCaption &&
           it.block->text == caption;
  };
  auto images_before = [&](std::size_t block_index) {
    if (!options.with_images) return;
    while (next_image < article.images.size() &&
           static_cast<std::size_t>(article.images[next_image].before_block) <= block_index) {
      const Image& image = article.images[next_image++];
      if (image.kept) {
        // A caption set above its image (<figcaption> first) goes under it.
        if (!image.caption.empty() && !items.empty() && is_caption(items.back(), image.caption)) {
          items.pop_back();
        }
        Item it;
        it.kind = Item::kImage;
        it.image = &image;
        items.push_back(it);
        shown_caption = image.caption.empty() ? nullptr : &image.caption;
      }
    }
  };
  const std::vector<Block>& blocks = article.blocks;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    images_before(i);
    const Block& b = blocks[i];
    if (!b.kept) continue;
    if (shown_caption != nullptr) {
      Item it;
      it.block = &b;
      const bool repeated = is_caption(it, *shown_caption);
      shown_caption = nullptr;
      if (repeated) continue;
    }
    if (b.table < 0) {
      Item it;
      it.block = &b;
      items.push_back(it);
      continue;
    }
    // A table: its kept blocks, up to the first block of another table or
    // outside tables.
    Item it;
    it.kind = Item::kTable;
    std::map<int, std::map<int, std::vector<const Block*>>> cells;
    std::map<int, bool> row_all_header;
    std::size_t j = i;
    for (; j < blocks.size() && (blocks[j].table == b.table || !blocks[j].kept); ++j) {
      if (!blocks[j].kept || blocks[j].table != b.table) continue;
      cells[blocks[j].row][blocks[j].column].push_back(&blocks[j]);
      auto [pos, fresh] = row_all_header.emplace(blocks[j].row, blocks[j].header);
      if (!fresh) pos->second = pos->second && blocks[j].header;
    }
    int width = 0;
    std::size_t filled = 0;  // the cells that hold blocks
    for (const auto& [row, cols] : cells) {
      width = std::max(width, cols.rbegin()->first + 1);
      filled += cols.size();
    }
    it.width = static_cast<std::size_t>(width);
    // Rows are padded to the table's width unless that multiplies its cells
    // (kMaxPaddedCells): then each row is as wide as its own last cell.
    const bool pad = cells.size() * it.width <= std::max(kMaxPaddedCells, 4 * filled);
    for (const auto& [row, cols] : cells) {
      std::vector<std::vector<const Block*>> line(
          static_cast<std::size_t>(pad ? width : cols.rbegin()->first + 1));
      for (const auto& [col, bs] : cols) line[static_cast<std::size_t>(col)] = bs;
      it.rows.push_back(std::move(line));
    }
    it.header_row = !cells.empty() && row_all_header[cells.begin()->first];
    items.push_back(std::move(it));
    i = j - 1;
  }
  images_before(blocks.size());
  return items;
}

// Bytes [begin, end) of a block's text with its runs of code
// (Block::code_spans) written by `code(text)` and the text around them by
// `plain(text, at_start)`, `at_start` when the piece opens the block. A run
// reaching past [begin, end) (a link inside the code, or around part of
// it) is code for its part inside.
template <typename Plain, typename Code>
std::string WithCode(const Block& b, std::size_t begin, std::size_t end, Plain plain, Code code) {
  std::string out;
  std::size_t at = begin;
  for (const CodeSpan& c : b.code_spans) {
    const std::size_t from = std::max(c.begin, at), to = std::min(c.end, end);
    if (from >= to) continue;
    if (from > at) out += plain(b.text.substr(at, from - at), at == 0);
    out += code(b.text.substr(from, to - from));
    at = to;
  }
  if (at < end || at == 0) out += plain(b.text.substr(at, end - at), at == 0);
  return out;
}

// A block's text with its links written by `link(text, url)` (the text
// their own), the text around them by `plain(text, at_start)` and its runs
// of code by `code(text)` (WithCode); without links, no link.
template <typename Plain, typename Code, typename Linked>
std::string WithLinks(const Block& b, bool with_links, Plain plain, Code code, Linked link) {
  const std::size_t size = b.text.size();
  if (!with_links || b.links.empty()) return WithCode(b, 0, size, plain, code);
  std::string out;
  std::size_t at = 0;
  for (const Link& l : b.links) {
    // Overlapping, stale or leading nowhere (IsNavigableUrl): text only.
    if (l.begin < at || l.end > size || !IsNavigableUrl(l.url)) continue;
    if (l.begin > at || at == 0) out += WithCode(b, at, l.begin, plain, code);
    out += link(
        WithCode(
            b, l.begin, l.end, [&](const std::string& t, bool) { return plain(t, false); }, code),
        l.url);
    at = l.end;
  }
  if (at < size) out += WithCode(b, at, size, plain, code);
  return out;
}

// ---- Markdown ----

// Whether `c` opens a line that Markdown reads as a rule, a heading's
// underline or a table's delimiter row when the line holds nothing else
// ("---", "===", "| --- | :-: |").
bool IsRuleChar(char c) { return c == '-' || c == '=' || c == ':' || c == '|'; }

// Escapes what Markdown would read as markup: inline markers everywhere
// ("~" too, GFM's strikethrough, and "&" before what may be an entity's
// name), block markers at the start of a line when `block_start` ("# ",
// "> ", "- ", "+ ", "1. ", "| ", and a line of "-", "=", ":" and "|"
// alone). With `hard_breaks`, a line break is written as one ("\\" before
// the newline): a newline alone joins the lines in Markdown.
std::string EscapeMarkdown(const std::string& text, bool block_start = true,
                           bool hard_breaks = false) {
  std::string out;
  out.reserve(text.size() + 8);
  bool line_start = block_start;
  auto space_after = [&](std::size_t k) {
    return k >= text.size() || text[k] == ' ' || text[k] == '\t' || text[k] == '\n';
  };
  // Whether the line from byte `k` holds only IsRuleChar's and spaces.
  auto rule_line = [&](std::size_t k) {
    for (; k < text.size() && text[k] != '\n'; ++k) {
      if (!IsRuleChar(text[k]) && text[k] != ' ' && text[k] != '\t') return false;
    }
    return true;
  };
  // Whether the text from byte `k` reads as an entity's name or number and
  // its ";" ("copy;", "#169;", "#xA9;"), which Markdown would replace.
  auto entity_after = [&](std::size_t k) {
    if (k < text.size() && text[k] == '#') ++k;
    const std::size_t from = k;
    while (k < text.size() && k - from <= 32 && IsAsciiAlnum(text[k])) ++k;
    return k > from && k < text.size() && text[k] == ';';
  };
  // Whether a web address opens at byte `k` ("https://", "http://",
  // "www."): GFM links it whole, a backslash inside shown and sent.
  auto url_at = [&](std::size_t k) {
    const std::string_view rest = std::string_view(text).substr(k);
    return rest.rfind("https://", 0) == 0 || rest.rfind("http://", 0) == 0 ||
           rest.rfind("www.", 0) == 0;
  };
  bool in_url = false;  // inside a web address, up to the next white space
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool after_url = in_url;
    if (c == ' ' || c == '\t' || c == '\n') {
      in_url = false;
    } else if (!in_url &&
               (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\n' || text[i - 1] == '(' ||
                text[i - 1] == '[') &&
               url_at(i)) {
      in_url = true;
    }
    // Inside an address, and between two letters or digits ("content_51",
    // which CommonMark never reads as emphasis), "_" and "~" stay as they
    // are; an address's "*", "[" and "]" too.
    const bool literal = (in_url && (c == '_' || c == '~' || c == '*' || c == '[' || c == ']')) ||
                         (c == '_' && i > 0 && i + 1 < text.size() && IsAsciiAlnum(text[i - 1]) &&
                          IsAsciiAlnum(text[i + 1]));
    if (literal) {
      // as it is
    } else if (c == '\\' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<' ||
               c == '~' || (c == '&' && entity_after(i + 1))) {
      out.push_back('\\');
    } else if (line_start && (c == '#' || c == '>' || c == '|' ||
                              ((c == '-' || c == '+') && space_after(i + 1)) ||
                              (IsRuleChar(c) && rule_line(i)))) {
      out.push_back('\\');
    } else if (line_start && c >= '0' && c <= '9') {
      std::size_t k = i;
      while (k < text.size() && text[k] >= '0' && text[k] <= '9') ++k;
      if (k < text.size() && (text[k] == '.' || text[k] == ')') && space_after(k + 1)) {
        out.append(text, i, k - i);
        out.push_back('\\');
        i = k - 1;
        line_start = false;
        continue;
      }
    } else if (c == '\n' && hard_breaks) {
      // Right after an address two spaces make the break: GFM would take
      // a backslash into the address it links.
      out += after_url ? "  " : "\\";
    }
    out.push_back(c);
    line_start = block_start && c == '\n';
  }
  return out;
}

// The longest run of backticks in `text`: a code block's fence is longer,
// read in one pass (searching the text for ever longer fences read it once
// per backtick of its longest run: a megabyte of code closing with 20,000
// backticks took 49 s).
std::size_t LongestBacktickRun(std::string_view text) {
  std::size_t longest = 0, run = 0;
  for (char c : text) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  return longest;
}

// A run of code in a line: `text`, fenced by more backticks than it holds
// in a row, spaced inside the fence when it opens or closes with a
// backtick. One that holds a line break (<br> inside <code>) is written as
// text: a code span would join its lines.
std::string CodeSpanMarkdown(const std::string& text, bool hard_breaks) {
  if (text.find('\n') != std::string::npos) return EscapeMarkdown(text, false, hard_breaks);
  const std::string fence(LongestBacktickRun(text) + 1, '`');
  const bool pad = text.front() == '`' || text.back() == '`';
  return fence + (pad ? " " : "") + text + (pad ? " " : "") + fence;
}

// A URL for a Markdown link or image's destination: parentheses and spaces
// escaped in one pass (replacing each in place moved the rest of the URL:
// quadratic, 4 s for an 800 KB href of parentheses); a relative address
// may hold spaces ("/img/photo one (2).jpg").
std::string MarkdownDestination(const std::string& url) {
  std::string escaped;
  escaped.reserve(url.size());
  for (char c : url) {
    if (c == '(') {
      escaped += "%28";
    } else if (c == ')') {
      escaped += "%29";
    } else if (c == ' ') {
      escaped += "%20";
    } else {
      escaped.push_back(c);
    }
  }
  return escaped;
}

// `out` with a "!" that ends text right before a link's "[" escaped:
// "stronger![8](#fn8)" would be an image. A "[" of the text is escaped
// ("\["), so an unescaped "![" opens a link.
// One pass, copying (inserting in place would move the rest once per link).
std::string NoImageOpeners(const std::string& text) {
  std::string out;
  out.reserve(text.size() + 8);
  bool escaped = false;  // the character before is escaped by a backslash
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '!' && !escaped && i + 1 < text.size() && text[i + 1] == '[') out.push_back('\\');
    out.push_back(c);
    escaped = c == '\\' && !escaped;
  }
  return out;
}

// Text with its links as [text](url) when wanted, its runs of code as
// `code`; its line breaks (<br>) as hard breaks when `hard_breaks`.
std::string InlineMarkdown(const Block& b, bool with_links, bool block_start = true,
                           bool hard_breaks = false) {
  std::string out = WithLinks(
      b, with_links,
      [&](const std::string& text, bool at_start) {
        return EscapeMarkdown(text, block_start && at_start, hard_breaks);
      },
      [&](const std::string& text) { return CodeSpanMarkdown(text, hard_breaks); },
      [&](const std::string& text, const std::string& url) {
        return "[" + text + "](" + MarkdownDestination(url) + ")";
      });
  return with_links && !b.links.empty() ? NoImageOpeners(out) : out;
}

std::string Prefix(const std::string& text, const std::string& first, const std::string& rest) {
  std::string out = first;
  for (char c : text) {
    out.push_back(c);
    if (c == '\n') out += rest;
  }
  return out;
}

std::string MarkdownTable(const Item& t, bool with_links) {
  auto cell = [&](const std::vector<const Block*>& bs) {
    std::string s;
    for (const Block* b : bs) s += (s.empty() ? "" : " ") + InlineMarkdown(*b, with_links, false);
    std::string out;
    for (char c : s) {
      if (c == '|') out += "\\|";
      else if (c == '\n') out += ' ';
      else out.push_back(c);
    }
    return out;
  };
  const std::size_t width = t.width;
  std::string out;
  // `count` cells of `row` (or empty ones). The header row sets the table's
  // width; a body row shorter than it (not padded: see kMaxPaddedCells) is
  // filled by the reader, as GFM reads a row of fewer cells than the header.
  auto row_line = [&](const std::vector<std::vector<const Block*>>* row, std::size_t count) {
    std::string line = "|";
    for (std::size_t c = 0; c < count; ++c) {
      line += " " + (row && c < row->size() ? cell((*row)[c]) : "") + " |";
    }
    return line + "\n";
  };
  std::size_t first = 0;
  if (t.header_row) {
    out += row_line(&t.rows[0], width);
    first = 1;
  } else {
    out += row_line(nullptr, width);  // GFM tables need a header row: an empty one
  }
  out += "|";
  for (std::size_t c = 0; c < width; ++c) out += " --- |";
  out += "\n";
  for (std::size_t r = first; r < t.rows.size(); ++r) out += row_line(&t.rows[r], t.rows[r].size());
  out.pop_back();
  return out;
}

// Whether `part`, a title's key, is `whole` or begins or ends it at a
// word's edge.
bool KeyOpensOrCloses(const std::string& whole, const std::string& part) {
  if (part.empty() || part.size() > whole.size()) return false;
  const std::size_t rest = whole.size() - part.size();
  return (whole.compare(0, part.size(), part) == 0 && (rest == 0 || whole[part.size()] == ' ')) ||
         (whole.compare(rest, part.size(), part) == 0 && whole[rest - 1] == ' ');
}

// The article's first item when it is a heading giving the story's title in
// the page's words: the title's key, with words added before or after it or
// not ("Ultium Cells erhöht Gigafactory-Kapazität in Tennessee" under the
// title "Ultium Cells erhöht Gigafactory-Kapazität"), or the title's key
// without the words it adds ("Lotte Tobisch ist tot" under "Chronik: Lotte
// Tobisch ist tot", a site's name the metadata did not know) when it keeps
// most of them (tuning::kMinTitleHeadingShare of its letters: a section's
// "Recipe" under "Chocolate cake recipe", or the site's name closing the
// title, is no title, and printed in its stead would lose it). The selector
// drops a heading that repeats a form of the title; one worded a little
// otherwise stays, and is printed as the title instead of both. Null when
// none is.
const Block* HeadingGivingTitle(const Article& article, const std::vector<Item>& items) {
  if (items.empty() || items.front().kind != Item::kBlock) return nullptr;
  const Block& b = *items.front().block;
  if (b.kind != BlockKind::kHeading || !b.marker.empty()) return nullptr;
  const std::string title = TitleKey(article.title);
  const std::string heading = TitleKey(b.text);
  if (KeyOpensOrCloses(heading, title)) return &b;
  const bool keeps_most = static_cast<double>(CountCodePoints(heading)) >=
                          tuning::kMinTitleHeadingShare * static_cast<double>(CountCodePoints(title));
  return keeps_most && KeyOpensOrCloses(title, heading) ? &b : nullptr;
}

// Whether a block is inside a quote around it, or around its list when it
// is in one: a quote's own text (a block made by hand sets no `quoted`),
// or a list quoted whole.
bool IsQuoted(const Block& b) {
  return b.quoted || (b.kind == BlockKind::kQuote && b.item_level == 0);
}

// A block's place in the lists being written.
struct ListPlace {
  enum Role {
    kNone,  // no list's: it ends the lists open
    kItem,  // it opens an item of list level `level`
    kMore,  // it goes on in the open item of level `level` (<li><p>A</p><p>B</p>)
  } role = kNone;
  int level = 0;  // 1 to kMaxMarkdownListLevels
};

// Where block `b` goes, `open` list levels being open: a list item's
// words, or an item's first block (<li><p>), open an item; its later
// blocks go on in it, when the item is open (its first block kept).
// Headings stay headings (a numbered step's <li><h3> shows its number),
// ending the list, and so do an item's blocks after one; tables end it too.
ListPlace PlaceInList(const Block& b, std::size_t open) {
  ListPlace place;
  if (b.kind == BlockKind::kHeading || b.table >= 0) return place;
  const bool list_item = b.kind == BlockKind::kListItem;
  const int level = list_item && b.item_level == 0 ? b.level : b.item_level;
  if (level <= 0 && !list_item) return place;
  place.level = std::clamp(level, 1, kMaxMarkdownListLevels);
  // A list item made by hand sets no item_level: each opens an item.
  if (b.item_start || (list_item && b.item_level == 0)) {
    place.role = ListPlace::kItem;
  } else if (open >= static_cast<std::size_t>(place.level)) {
    place.role = ListPlace::kMore;
  } else if (list_item) {
    place.role = ListPlace::kItem;  // its item's first block dropped
  }
  return place;
}

// Whether two blocks' lists (Block::list_id) may be one: the same list,
// or one not known (a block made by hand).
bool SameList(int list, int other) { return list < 0 || other < 0 || list == other; }

// Whether a list item's line interrupts the text before it in Markdown: a
// bulleted item, or a numbered one counting from 1 (CommonMark: "4. "
// after a line of text goes on in its paragraph).
bool InterruptsText(const Block& b) {
  return !b.ordered || !IsListType(b.list_type) || b.number == 1;
}

// `text` on one line, a heading's: its line breaks (<br>) as spaces, and a
// run of "#" closing it after a space escaped ("Part #"), which CommonMark
// would take for the heading's closing sequence and drop.
std::string OneLine(std::string text) {
  std::replace(text.begin(), text.end(), '\n', ' ');
  std::size_t end = text.size();
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
  std::size_t run = end;
  while (run > 0 && text[run - 1] == '#') --run;
  if (run < end && (run == 0 || text[run - 1] == ' ' || text[run - 1] == '\t')) {
    text.insert(run, 1, '\\');
  }
  return text;
}

}  // namespace

std::string RenderMarkdown(const Article& article, const RenderOptions& options) {
  std::string out;
  const std::vector<Item> items = Walk(article, options);
  const Block* title_heading = HeadingGivingTitle(article, items);
  if (title_heading != nullptr) {
    out += "# " + OneLine(InlineMarkdown(*title_heading, options.with_links, false));
  } else if (!article.title.empty()) {
    out += "# " + OneLine(EscapeMarkdown(article.title, false));
  }
  // Open list levels, outermost first: each level's list (what a
  // following item continues or ends) and the indentation of its items'
  // content.
  struct Level {
    std::size_t indent = 0;  // of the open item's content
    int number = 0;          // the last number written (a numbered list)
    bool ordered = false;    // a numbered list
    int list = -1;           // Block::list_id of its items
    // The list follows one of its kind at its level: it is written with
    // the other marker ("* " for "- ", "1)" for "1."), as CommonMark
    // would join two lists of one marker into one.
    bool other_marker = false;
  };
  std::vector<Level> levels;
  bool in_list = false;
  bool in_quote = false;
  for (const Item& it : items) {
    if (it.block != nullptr && it.block == title_heading) continue;
    const Block* block = it.kind == Item::kBlock ? it.block : nullptr;
    // A quote's blocks, a list quoted whole among them, are written as
    // the rest and then each line opened with "> "; a list ends with its
    // quote, and one after it is another.
    const bool quoted = block != nullptr && IsQuoted(*block);
    if (quoted != in_quote) {
      levels.clear();
      in_list = false;
    }
    const ListPlace place = block != nullptr ? PlaceInList(*block, levels.size()) : ListPlace{};
    const std::size_t level = static_cast<std::size_t>(place.level);
    // An item of a list other than the one open at its level: another
    // list, or another kind of list ("- " then "4. ").
    const bool other_list = place.role == ListPlace::kItem && level <= levels.size() &&
                            (levels[level - 1].ordered != block->ordered ||
                             !SameList(levels[level - 1].list, block->list_id));
    // Blocks are separated by a blank line; items of one list by a newline,
    // and so is a list nested in an item, or a list after another in an
    // item, unless it could not interrupt the item's words (CommonMark: a
    // numbered list not counting from 1 would join them as a line of their
    // text) or it is of another kind than the list before it at its level
    // ("- " then "4. ": a list of its own, whose first line would join the
    // item before).
    if (!out.empty()) {
      bool tight = place.role == ListPlace::kItem && in_list;
      if (tight && level <= levels.size()) {
        tight = !other_list || (level > 1 && levels[level - 1].ordered == block->ordered &&
                                InterruptsText(*block));
      } else if (tight) {
        tight = InterruptsText(*block);
      }
      out += quoted && in_quote ? (tight ? "\n" : "\n>\n") : (tight ? "\n" : "\n\n");
    }
    if (place.role == ListPlace::kNone) levels.clear();
    in_list = place.role != ListPlace::kNone;
    in_quote = quoted;
    if (it.kind == Item::kImage) {
      out += "![" + EscapeMarkdown(it.image->alt) + "](" + MarkdownDestination(it.image->url) + ")";
      if (!it.image->caption.empty()) out += "\n\n*" + EscapeMarkdown(it.image->caption) + "*";
      continue;
    }
    if (it.kind == Item::kTable) {
      out += MarkdownTable(it, options.with_links);
      continue;
    }
    const Block& b = *block;
    const bool inner_quote = b.kind == BlockKind::kQuote && !quoted;  // <li><blockquote>
    std::string body;
    if (b.kind == BlockKind::kCode) {
      const std::string fence(std::max<std::size_t>(3, LongestBacktickRun(b.text) + 1), '`');
      body = fence + b.language + "\n" + b.text + "\n" + fence;  // ```python
    } else {
      body = InlineMarkdown(b, options.with_links, true, b.kind != BlockKind::kHeading);
      // Outside a list, an item's first block (<li><p>, <li><h3>) opens
      // with the item's number, escaped: "> 4. " would open a list.
      if (place.role == ListPlace::kNone && !b.marker.empty()) {
        body = (b.kind == BlockKind::kHeading ? b.marker : EscapeMarkdown(b.marker)) + " " + body;
      }
      if (inner_quote) body = Prefix(body, "> ", "> ");
    }
    std::string piece;
    if (place.role == ListPlace::kItem) {
      levels.resize(std::min(levels.size(), level));
      if (other_list) {
        // A list of its own: counted afresh, and marked otherwise than a
        // list of its kind right before it.
        Level& last = levels.back();
        last.other_marker = last.ordered == b.ordered && !last.other_marker;
        last.number = 0;
      }
      while (levels.size() < level) {
        levels.push_back(Level{levels.empty() ? 0 : levels.back().indent, 0, b.ordered});
      }
      Level& open = levels.back();
      open.ordered = b.ordered;
      open.list = b.list_id;
      const std::size_t indent = levels.size() >= 2 ? levels[levels.size() - 2].indent : 0;
      // An item shows its own number (start=, value=, reversed), in
      // figures: one in letters or Roman numerals its place ("c." 3., "iv."
      // 4.). CommonMark starts the list at its first item's number and
      // counts up, whatever the later items say: a reversed list, or one
      // whose numbers skip, reads right in the source, not once rendered
      // (README). An item whose marker the page wrote in its text is
      // counted, and so is a negative one or one of ten figures
      // (CommonMark's numbers are 0 to 999999999: "-1. " would join the
      // item before as a line of its text).
      if (b.ordered) {
        const bool shown = IsListType(b.list_type) && b.number >= 0 && b.number <= 999999999;
        open.number = shown ? b.number : open.number + 1;
      }
      const std::string marker =
          b.ordered ? std::to_string(open.number) + (open.other_marker ? ") " : ". ")
                    : (open.other_marker ? "* " : "- ");
      open.indent = indent + marker.size();
      piece = Prefix(body, std::string(indent, ' ') + marker, std::string(open.indent, ' '));
    } else if (place.role == ListPlace::kMore) {
      // The item's next block (its second paragraph, its code), indented
      // as its words; a list nested deeper than it is closed.
      levels.resize(level);
      const std::string indent(levels.back().indent, ' ');
      piece = Prefix(body, indent, indent);
    } else if (b.kind == BlockKind::kHeading) {
      piece = std::string(static_cast<std::size_t>(std::clamp(b.level, 1, 6)), '#') + " " +
              OneLine(std::move(body));
    } else {
      piece = std::move(body);
    }
    out += quoted ? Prefix(piece, "> ", "> ") : piece;
  }
  if (options.with_comments && !article.comments.empty()) {
    out += "\n\n## Comments\n\n" + EscapeMarkdown(article.comments);
  }
  return out + "\n";
}

// ---- HTML ----

namespace {

std::string InlineHtml(const Block& b, bool with_links) {
  const std::string text = WithLinks(
      b, with_links, [](const std::string& t, bool) { return EscapeHtml(t); },
      [](const std::string& t) { return "<code>" + EscapeHtml(t) + "</code>"; },
      [](const std::string& t, const std::string& url) {
        return "<a href=\"" + EscapeHtml(url) + "\">" + t + "</a>";
      });
  if (b.kind == BlockKind::kCode) return text;
  std::string out;
  for (char c : text) {
    if (c == '\n') out += "<br>\n";
    else out.push_back(c);
  }
  return out;
}

// A code block: <pre><code>, its language as a class.
std::string CodeHtml(const Block& b, const std::string& text) {
  return (b.language.empty() ? "<pre><code>"
                             : "<pre><code class=\"language-" + EscapeHtml(b.language) + "\">") +
         text + "</code></pre>\n";
}

}  // namespace

std::string RenderHtml(const Article& article, const RenderOptions& options) {
  std::string out = "<!DOCTYPE html>\n<html";
  if (!article.language.empty()) out += " lang=\"" + EscapeHtml(article.language) + "\"";
  if (!article.dir.empty()) out += " dir=\"" + EscapeHtml(article.dir) + "\"";
  out += ">\n<head>\n<meta charset=\"utf-8\">\n<title>" + EscapeHtml(article.title) + "</title>\n";
  if (!article.canonical.empty()) {
    out += "<link rel=\"canonical\" href=\"" + EscapeHtml(article.canonical) + "\">\n";
  }
  out += "</head>\n<body>\n<article>\n";
  const std::vector<Item> items = Walk(article, options);
  const Block* title_heading = HeadingGivingTitle(article, items);
  if (title_heading != nullptr) {
    out += "<h1>" + InlineHtml(*title_heading, options.with_links) + "</h1>\n";
  } else if (!article.title.empty()) {
    out += "<h1>" + EscapeHtml(article.title) + "</h1>\n";
  }
  // Open lists, innermost last: <ol>? whether an <li> is open in it, its
  // type ('1', 'a', 'A', 'i', 'I'), the number the next item shows without
  // a value= and the step to the one after (-1 when reversed), counted
  // wider than an int: a number set by hand may be INT_MAX; and its
  // items' Block::list_id.
  struct Open {
    bool ordered;
    bool li_open;
    char style = '1';
    long long next = 1;
    int step = 1;
    int list = -1;
  };
  std::vector<Open> lists;
  auto close_to = [&](std::size_t depth) {
    while (lists.size() > depth) {
      if (lists.back().li_open) out += "</li>\n";
      out += lists.back().ordered ? "</ol>\n" : "</ul>\n";
      lists.pop_back();
    }
  };
  bool in_quote = false;
  for (const Item& it : items) {
    if (it.block != nullptr && it.block == title_heading) continue;
    const Block* block = it.kind == Item::kBlock ? it.block : nullptr;
    // A quote holds its lists: they close with it (Markdown's IsQuoted).
    const bool quoted = block != nullptr && IsQuoted(*block);
    if (quoted != in_quote) close_to(0);
    if (in_quote && !quoted) out += "</blockquote>\n";
    if (quoted && !in_quote) out += "<blockquote>\n";
    in_quote = quoted;
    const ListPlace place = block != nullptr ? PlaceInList(*block, lists.size()) : ListPlace{};
    if (place.role == ListPlace::kNone) close_to(0);
    if (it.kind == Item::kImage) {
      out += "<figure><img src=\"" + EscapeHtml(it.image->url) + "\" alt=\"" +
             EscapeHtml(it.image->alt) + "\">";
      if (!it.image->caption.empty()) {
        out += "<figcaption>" + EscapeHtml(it.image->caption) + "</figcaption>";
      }
      out += "</figure>\n";
      continue;
    }
    if (it.kind == Item::kTable) {
      out += "<table>\n";
      for (std::size_t r = 0; r < it.rows.size(); ++r) {
        const char* tag = r == 0 && it.header_row ? "th" : "td";
        out += "<tr>";
        for (const auto& cell : it.rows[r]) {
          std::string inner;
          for (const Block* b : cell) inner += (inner.empty() ? "" : " ") + InlineHtml(*b, options.with_links);
          out += std::string("<") + tag + ">" + inner + "</" + tag + ">";
        }
        out += "</tr>\n";
      }
      out += "</table>\n";
      continue;
    }
    const Block& b = *block;
    const std::string text = InlineHtml(b, options.with_links);
    const bool inner_quote = b.kind == BlockKind::kQuote && !quoted;  // <li><blockquote>
    if (place.role == ListPlace::kItem) {
      const std::size_t level = static_cast<std::size_t>(place.level);
      close_to(level);
      // The item's number and its list's type (Block::number, list_type);
      // an item without them (its text writes its number), or with a type
      // no list has (a block set by hand), is counted.
      const bool numbered = b.ordered && IsListType(b.list_type);
      // Another list of the page (lists side by side), or one of another
      // kind or type ("1." then "a."), is a list of its own.
      if (lists.size() == level &&
          (lists.back().ordered != b.ordered || (numbered && b.list_type != lists.back().style) ||
           !SameList(lists.back().list, b.list_id))) {
        close_to(level - 1);
      }
      while (lists.size() < level) {
        if (!lists.empty() && !lists.back().li_open) {  // a nested list needs an item to live in
          out += "<li>";
          lists.back().li_open = true;
        }
        Open list{b.ordered, false};
        if (lists.size() + 1 == level) list.list = b.list_id;
        if (lists.size() + 1 == level && numbered) {
          // The list shows the page's numbers: its type=, its start= and
          // reversed (start= always then: a reversed list counts down from
          // its number of items, which dropped items change).
          list.style = b.list_type;
          list.next = b.number;
          if (b.reversed) list.step = -1;
        }
        out += b.ordered ? "<ol" : "<ul";
        if (list.style != '1') out += std::string(" type=\"") + list.style + "\"";
        if (list.step < 0) out += " reversed";
        if (list.step < 0 || list.next != 1)
          out += " start=\"" + std::to_string(list.next) + "\"";
        out += ">\n";
        lists.push_back(list);
      }
      Open& list = lists.back();
      if (list.li_open) out += "</li>\n";
      out += "<li";
      if (numbered) {
        if (b.number != list.next) out += " value=\"" + std::to_string(b.number) + "\"";
        list.next = b.number;
      }
      list.next += list.step;
      out += ">";
      list.li_open = true;
      // An item's words are its text; its code and its quote keep their
      // elements.
      if (b.kind == BlockKind::kCode) {
        out += "\n" + CodeHtml(b, text);
      } else if (inner_quote) {
        out += "<blockquote><p>" + text + "</p></blockquote>";
      } else {
        out += text;
      }
      continue;
    }
    if (place.role == ListPlace::kMore) {
      // The item's next block goes on inside its <li>, a list nested
      // deeper than it closed.
      close_to(static_cast<std::size_t>(place.level));
      out += "\n";
      if (b.kind == BlockKind::kCode) {
        out += CodeHtml(b, text);
      } else if (inner_quote) {
        out += "<blockquote><p>" + text + "</p></blockquote>";
      } else {
        out += "<p>" + text + "</p>";
      }
      continue;
    }
    switch (b.kind) {
      case BlockKind::kHeading: {
        const std::string h = "h" + std::to_string(std::clamp(b.level, 1, 6));
        out += "<" + h + ">" + (b.marker.empty() ? "" : EscapeHtml(b.marker) + " ") + text + "</" +
               h + ">\n";
        break;
      }
      case BlockKind::kCode:
        out += CodeHtml(b, text);
        break;
      case BlockKind::kCaption:
        out += "<p class=\"caption\">" + text + "</p>\n";
        break;
      default: {  // an item's paragraph (<li><p>) opens with the item's number
        const std::string p =
            "<p>" + (b.marker.empty() ? "" : EscapeHtml(b.marker) + " ") + text + "</p>";
        out += inner_quote ? "<blockquote>" + p + "</blockquote>\n" : p + "\n";
        break;
      }
    }
  }
  close_to(0);
  if (in_quote) out += "</blockquote>\n";
  out += "</article>\n";
  if (options.with_comments && !article.comments.empty()) {
    out += "<section class=\"comments\">\n";
    std::size_t at = 0;
    const std::string& c = article.comments;
    while (at < c.size()) {
      std::size_t end = c.find("\n\n", at);
      if (end == std::string::npos) end = c.size();
      out += "<p>" + EscapeHtml(c.substr(at, end - at)) + "</p>\n";
      at = end + 2;
    }
    out += "</section>\n";
  }
  return out + "</body>\n</html>\n";
}

}  // namespace pith::internal
