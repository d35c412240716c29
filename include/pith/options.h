// pith: options for one extraction.
//
// An aggregate with default member initializers: `pith::ExtractOptions o;`
// gives the defaults, and C++20 callers may use designated initializers.
// Fields are only ever appended, never reordered.
#ifndef PITH_OPTIONS_H_
#define PITH_OPTIONS_H_

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "pith/article.h"

namespace pith {

// How a program's users name pith's options, for pith's messages: given an
// option's C++ name ("ExtractOptions::max_input_bytes"), the name the user
// sets it by (a command-line flag "--max-input", a Python keyword
// "max_input_bytes"). ExtractOptions, FetchOptions and WarcOptions each
// take one (option_name), so that a message about a limit ends by naming
// what the user can change: "the input is 70 MiB, over the limit of 64 MiB
// (--max-input)", and a block an option dropped says which (Block::reason
// "tables off (--no-tables)"). Empty: the C++ name. Called only when a message is
// written, on whatever thread the call runs: it must be safe to call from
// several threads at once (a pure function, as both of pith's own are).
using OptionNamer = std::function<std::string(std::string_view option)>;

struct ExtractOptions {
  // Inputs larger than this, before or after gzip decompression, are refused
  // with Status::Code::kTooLarge instead of being truncated.
  // Default: 64 MiB.
  std::size_t max_input_bytes = std::size_t{64} << 20;

  // An article whose kept text has fewer characters (code points) than this
  // is reported as not found (Article::found == false).
  // Default: 50.
  int min_text_chars = 50;

  // Character encoding to use instead of detecting one (a WHATWG label such
  // as "utf-8", "windows-1251", "shift_jis"). Empty: detect.
  // Default: empty.
  std::string encoding;

  // Memory the HTML parser may use for one page. A page that needs more
  // (hostile markup that multiplies elements, such as many unclosed
  // formatting tags before many paragraphs) is refused with
  // Status::Code::kTooLarge instead of exhausting the process. Real pages
  // need a few MiB.
  // Default: 1 GiB.
  std::size_t max_parse_memory_bytes = std::size_t{1} << 30;

  // Time the HTML parser may take for one page, in seconds of the parsing
  // thread's processor time (so a busy machine or many threads at once do
  // not make a page time out). Parse time grows with the square of nesting
  // depth, so hostile nesting (100,000 levels) would otherwise take minutes;
  // such a page is refused with Status::Code::kTimeout. Real pages parse in
  // milliseconds.
  // Default: 30 (a 64 MiB page parses in about 3 s).
  double max_parse_seconds = 30.0;

  // Elements open at once, counted before parsing as the parser would nest
  // them (an end tag closes only an element open in its scope; blocks,
  // cells and rows close what they end; formatting elements a block closed
  // open again): a page that nests deeper is refused with
  // Status::Code::kTooLarge at once, instead of making the parser's work
  // grow with the square of its depth. Real pages stay under 50.
  // Default: 5000.
  std::size_t max_nesting_depth = 5000;

  // Start tags, counted before parsing; a page with more is refused with
  // Status::Code::kTooLarge. The busiest of 649 development pages has 10,000.
  // Default: 4,000,000.
  std::size_t max_elements = 4000000;

  // Keep tables that are part of the article. Default: true.
  bool include_tables = true;

  // Collect the page's comment section into Article::comments (it is never
  // part of Article::text). Default: false.
  bool include_comments = false;

  // Where to lean when a block's membership is unclear.
  //   kBalanced   the default
  //   kPrecision  less chrome, perhaps less text: drops short blocks at the
  //               article's edges and blocks that are partly links
  //   kRecall     more text, perhaps some chrome: keeps short blocks and
  //               lists between kept blocks of the article
  // Default: kBalanced.
  enum class Focus { kBalanced, kPrecision, kRecall };
  Focus focus = Focus::kBalanced;

  // How messages name the options above (OptionNamer).
  // Default: empty (their C++ names, "ExtractOptions::max_input_bytes").
  OptionNamer option_name;

  // The kind of page it is, when the caller knows (a crawl of one forum, a
  // shop's product pages): selection then reads the page as that type
  // instead of guessing one from its declared data and structure, and
  // Article::page_type is this type. Empty: guess.
  // Default: empty.
  std::optional<PageType> page_type;
};

// The largest ExtractOptions::min_text_chars a user's word gives: the
// command line's --min-chars, the pith-check file's min-chars and the Python
// API's min_text_chars refuse more (a bound, not a useful value).
inline constexpr int kMaxMinTextChars = 1000000000;

// The largest size ParseByteSize() gives: 10^12 bytes, far past any page.
inline constexpr std::size_t kMaxByteSize = 1000000000000;

// A size as a user writes it, in bytes: a decimal number ("64", "1.5",
// "1e3") and an optional unit k, M or G (any case; 1024, 1024^2, 1024^3),
// spaces around it ignored: "500k", "1.5M", " 20M ". The bytes are the
// value rounded down, from 1 to kMaxByteSize. False for anything else (a
// sign, "0", "0.5", hexadecimal, "inf", another unit, trailing words,
// overflow), `*bytes` unchanged. The command line's --max-input and
// --max-size and the Python API read sizes so.
bool ParseByteSize(std::string_view text, std::size_t* bytes);

// A count as a user writes it: ASCII decimal digits only, from 0 to `max`
// ("0", "50", "007"). False for anything else (empty, a sign, spaces, "_",
// a point, another base, above `max`), `*number` unchanged. The command
// line's whole-number flags (--min-chars), the pith-check file's min-chars
// and python3 -m pith.dask read counts so, so that they agree.
bool ParseWholeNumber(std::string_view text, long long max, long long* number);

// "balanced", "precision" or "recall": a Focus's name, as the Python API's
// favor= takes it and the command line's --favor-precision and
// --favor-recall spell it.
const char* FocusName(ExtractOptions::Focus focus);

// The Focus FocusName() names, in any ASCII case ("Precision"), for reading
// a user's word once. False for any other name, `*focus` unchanged.
bool ParseFocus(std::string_view name, ExtractOptions::Focus* focus);

// What is known about a page besides its bytes.
struct PageInfo {
  // Where the page came from; copied to Article::url as it is, credentials
  // and all (messages show a password as "***"; the data is never changed).
  // Default: empty.
  std::string url;
  // The HTTP Content-Type header, e.g. "text/html; charset=iso-8859-2". Its
  // charset outranks <meta charset>, as in browsers. Default: empty.
  std::string content_type;
};

}  // namespace pith

#endif  // PITH_OPTIONS_H_
