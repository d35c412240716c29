// pith CLI: raw arguments -> a validated CliArgs. One flag table drives both
// parsing and --help.
#ifndef PITH_TOOLS_CLI_ARGS_H_
#define PITH_TOOLS_CLI_ARGS_H_

#include <string>
#include <vector>

#include "pith/pith.h"

namespace pith::cli {

enum class Format { kText, kMarkdown, kHtml, kJson, kJsonl };

// The switches named after a focus: this and its name (FocusName), as
// --favor-precision and --favor-recall.
inline constexpr const char kFavorSwitchPrefix[] = "--favor-";

struct CliArgs {
  std::vector<std::string> inputs;  // files, directories, URLs, "-" for stdin
  std::vector<std::string> url_lists;  // --urls FILE ("-": stdin), read by main
  Format format = Format::kText;
  std::string output;               // empty: stdout
  std::string explain;              // --explain FILE.html
  std::string page_url;             // --url URL: the address of the one page read
  RenderOptions render;             // --blocks, --with-comments, --with-links, --with-images
  bool quiet = false;
  int threads = 0;                  // --threads; 0 until parsed: the number of cores
  bool help = false;
  bool version = false;
  std::string save_dir;             // --save DIR: keep each download as a .warc.gz
  bool with_expected = false;       // --with-expected: and its expectation beside it
  std::vector<Format> formats;      // every --format given (check takes a list: text,json)
  bool check = false;               // `pith check DIR...`: inputs are fixture directories
  bool update = false;              // check --update
  std::string only;                 // check --only NAME
  std::vector<std::string> given;   // the long name of every option given, in order
  ExtractOptions options;
  FetchOptions fetch;
  // Discovery: --sitemap, --feed and --crawl URLs, its bounds, and --list.
  std::vector<std::string> sitemaps;
  std::vector<std::string> feeds;
  std::vector<std::string> crawls;
  DiscoverOptions discover;
  bool list = false;
};

// The library's format for a CLI format (jsonl records are JSON objects).
OutputFormat ToOutputFormat(Format f);
// The CLI format of a library format (json for kJson).
Format FromOutputFormat(OutputFormat f);

// The flag that sets a library option, by the option's C++ name
// ("ExtractOptions::max_input_bytes" is "--max-input"): what a user of the
// command line knows, so the library's messages name it (the options'
// OptionNamer, which ParseArgs() sets). A limit no flag sets is "the limit"
// (its value beside it) or "" (its measure said), never a C++ name a user
// of the command line cannot set; any other option keeps its C++ name.
std::string FlagName(std::string_view option);

// Parses argv. A non-OK status (kInvalidArgument) says what is wrong.
Result<CliArgs> ParseArgs(int argc, char** argv);

// The --help text, generated from the flag table.
std::string HelpText();

// The manual page (roff, man(7) macros), generated from the same flag table
// and texts as --help; built into pith.1 and installed with pith.
std::string ManPage();

// A bash completion script for pith (its flags, --format's and --follow's
// values, file and directory arguments), from the same flag table; built
// into pith.bash and installed where bash-completion finds it.
std::string BashCompletion();

}  // namespace pith::cli

#endif  // PITH_TOOLS_CLI_ARGS_H_
