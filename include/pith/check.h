// pith: regression checks of saved pages against what is expected of them.
//
// A fixture directory holds saved pages (.html, .htm, .warc, and their .gz)
// and, beside each, what pith is expected to make of it:
//
//   DIR/story.html          DIR/story.expected.txt    (text)
//   DIR/shop/item.warc.gz   DIR/shop/item.expected.md (Markdown)
//   DIR/SLUG/source.html    DIR/SLUG/expected.json    (a page of its own folder)
//
// A page whose own file does not carry its URL (a WARC record does) may
// have a meta.json beside it (story.meta.json, SLUG/meta.json) with "url"
// and "content_type", as PageInfo takes them; other fields are ignored.
// The page's path never reaches the output, so a fixture directory can move.
//
// CheckDirectory() extracts every page again, compares the output with the
// expectation and returns what changed, with a bounded unified diff; with
// CheckOptions::update it writes the expectations instead. JSON expectations
// are compared field by field, so a metadata change and a text change are
// reported apart. The options may come from a `pith-check` file in the
// directory (ParseCheckConfig() documents its format).
//
// Thread safety: every function here is pure apart from the files it reads
// and (when updating) writes; calls on different directories may run at once.
#ifndef PITH_CHECK_H_
#define PITH_CHECK_H_

#include <cstddef>
#include <string>
#include <vector>

#include "pith/options.h"
#include "pith/pith.h"
#include "pith/status.h"

namespace pith {

struct CheckOptions {
  // The outputs compared, each against its own expectation file:
  // kText -> NAME.expected.txt, kMarkdown -> .md, kHtml -> .html,
  // kJson -> .json. A page is checked in every listed format.
  // Default: {kText}.
  std::vector<OutputFormat> formats = {OutputFormat::kText};

  // How pages are extracted and rendered, as for the pith command line.
  // Default: the defaults of ExtractOptions and RenderOptions.
  ExtractOptions extract;
  RenderOptions render;

  // kJson: the top-level fields compared and written, in this order; fields
  // an expectation has beyond these are ignored. Empty: every field pith
  // writes ("input", which names where the page lies, never counts). Each
  // must be one of kJsonFields, and "comments", "images" or "blocks" only
  // with the RenderOptions switch that writes it (CheckJsonFields()): a
  // field no page has would compare nothing, and every page pass.
  // Default: empty.
  std::vector<std::string> json_fields;

  // Write every expectation (new or changed) from pith's current output
  // instead of only comparing. Default: false.
  bool update = false;

  // Only the page of this name (its path below the directory without the
  // page extension, e.g. "shop/item", or for SLUG/source.html the SLUG).
  // Empty: every page. Default: empty.
  std::string only;

  // Lines of unchanged context around each change in a diff. Default: 3.
  int context_lines = 3;

  // Longest diff kept for one expectation, in lines; the rest is counted,
  // not shown. Default: 60.
  std::size_t max_diff_lines = 60;

  // Pages extracted and compared at once, each on a thread of its own; the
  // results keep the pages' order. Default: 1.
  int threads = 1;
};

// What became of one expectation of one page.
enum class CheckOutcome {
  kUnchanged,  // the output equals the expectation
  kChanged,    // it differs: see CheckResult::diff and ::fields
  kMissing,    // no expectation file (and not updating)
  kFailed,     // the page or its expectation could not be read or extracted
  kCreated,    // updating: the expectation was written for the first time
  kUpdated,    // updating: the expectation differed and was rewritten
};

// "unchanged", "changed", "missing", "failed", "created", "updated".
const char* CheckOutcomeName(CheckOutcome outcome);

// Every OutputFormat, in the order their names are listed (messages, the
// command line's completion).
inline constexpr OutputFormat kOutputFormats[] = {OutputFormat::kText, OutputFormat::kMarkdown,
                                                  OutputFormat::kHtml, OutputFormat::kJson};

// "text", "markdown", "html", "json": a format's name in reports.
const char* OutputFormatName(OutputFormat format);

// The names of kOutputFormats, `separator` between them and `last` before
// the last: "text, markdown, html or json".
std::string OutputFormatNames(const char* separator, const char* last);

// The format a name gives, in any case: "text" or "txt", "markdown" or "md",
// "html", "json" (the pith-check file's names). False for any other name,
// `*format` unchanged.
bool ParseOutputFormat(const std::string& name, OutputFormat* format);

// The top-level fields of a JSON expectation, in the order pith writes
// them (RenderJson() without "input" and "author"): what
// CheckOptions::json_fields may name. "comments", "images" and "blocks" are
// written only with RenderOptions::with_comments, with_images and
// with_blocks, "dir" only for a page that gives its direction. "author", the old name of "authors",
// is taken for it too.
inline constexpr const char* kJsonFields[] = {
    "url",       "title",       "authors",  "date",      "site_name", "language",
    "dir",       "description", "image",    "canonical", "encoding",  "found",
    "page_type", "text",        "comments", "images",    "blocks"};

// kInvalidArgument when `options.json_fields` names a field no expectation
// holds: one not in kJsonFields ("unknown JSON field 'titel' (known: url,
// title, ...)"), or "comments", "images" or "blocks" while options.render
// leaves it out ("JSON field 'comments' is written only with
// with_comments"). CheckDirectory() and WriteExpectations() ask it first.
Status CheckJsonFields(const CheckOptions& options);

// One changed field of a JSON expectation.
struct FieldChange {
  std::string field;  // the top-level field, e.g. "title" or "text"
  std::string diff;   // unified diff of its value ("-" expected, "+" now)
};

struct CheckResult {
  std::string name;      // the page's name (see CheckOptions::only)
  std::string page;      // path of the saved page
  std::string expected;  // path of the expectation file
  OutputFormat format = OutputFormat::kText;
  CheckOutcome outcome = CheckOutcome::kUnchanged;
  // kChanged, kUpdated: a unified diff, expectation ("-") against pith's
  // output now ("+"), at most CheckOptions::max_diff_lines lines long. For
  // JSON the diffs of the changed fields (each so bounded), one after another.
  std::string diff;
  std::vector<FieldChange> fields;  // kJson, kChanged or kUpdated: by field
  Status error;                     // kFailed: what went wrong
};

struct CheckReport {
  std::vector<CheckResult> results;  // by page name, then by format

  // Pages, each counted once: failed if any of its expectations failed,
  // else changed if any changed, else missing if any is missing, else
  // updated if (updating) any was written, else unchanged.
  std::size_t pages = 0;
  std::size_t unchanged = 0;
  std::size_t changed = 0;
  std::size_t missing = 0;
  std::size_t failed = 0;
  std::size_t updated = 0;  // updating: pages with an expectation created or rewritten
  std::size_t written = 0;  // updating: expectation files created or rewritten
  bool updating = false;    // the check ran with CheckOptions::update
  // Expectation files below the directory whose page is gone (renamed,
  // deleted): NAME.expected.* without NAME's page, SLUG/expected.* without
  // SLUG/source.*; sorted. Not looked for with CheckOptions::only.
  std::vector<std::string> orphans;

  // The counts in one line, as `pith check` and pith.testing print them:
  // "3 pages checked: 1 unchanged, 1 changed, 1 missing an expectation,
  // 0 failed", and when updating ", 1 updated (2 files written)"; then
  // ", 1 expectation without its page" when there are orphans; with no
  // page, "0 pages checked: no saved pages below it (...)".
  std::string Summary() const;

  // 0 when every page is unchanged (or, updating, was written), 1 when a page
  // changed or lacks an expectation, an expectation lost its page, or there
  // was no page at all (a wrong or emptied directory passes no test), 2 when
  // a page failed: the exit status
  // of `pith check`.
  int ExitCode() const;
};

// Reads a `pith-check` file's text into `options` (kept where the file says
// nothing). One `key = value` a line; blank lines and lines starting with #
// are skipped. Keys:
//   format          text, markdown (md), html, json; several separated by
//                   spaces or commas
//   json-fields     the top-level JSON fields compared and written, separated
//                   by spaces or commas (CheckOptions::json_fields); each
//                   one of kJsonFields
//   with-comments, no-tables, with-links, with-images, favor-precision,
//   favor-recall    true or false, as the command-line switches
//   min-chars       a whole number, as --min-chars
//   encoding        a label, as --encoding
// kInvalidArgument for an unknown key, a bad value or a line without `=`,
// naming `origin` and the line number.
Status ParseCheckConfig(const std::string& text, const std::string& origin,
                        CheckOptions* options);

// The name of a fixture directory's config file, read by ReadCheckConfig().
inline constexpr const char* kCheckConfigName = "pith-check";

// Reads DIR/pith-check into `options` when there is one (absent: OK,
// nothing changed). kIoError if it cannot be read; kInvalidArgument if
// `dir` holds a NUL byte; ParseCheckConfig's errors.
Status ReadCheckConfig(const std::string& dir, CheckOptions* options);

// A saved page below a fixture directory.
struct SavedPage {
  std::string name;  // its path below the directory without the page extension, or SLUG
  std::string path;  // the file's path: the directory joined with the relative path
};

// Every saved page below `dir` (IsSavedPageName()), sorted by name: what
// CheckDirectory() checks, for a caller that checks page by page
// (CheckOptions::only). kIoError if `dir` is not a readable directory;
// kInvalidArgument if it holds a NUL byte (the system would read the name
// as ending there).
Result<std::vector<SavedPage>> FindSavedPages(const std::string& dir);

// Checks (or, with options.update, writes) every expectation of every page
// below `dir`, in sorted order; one failing page never stops the others.
// The options are taken as given: call ReadCheckConfig() first to honour the
// directory's pith-check file. kIoError if `dir` is not a readable
// directory; kInvalidArgument if `dir` holds a NUL byte, options.only
// names no page, options.formats is empty or CheckJsonFields() refuses
// options.json_fields. Each page's own failure is its CheckResult's.
Result<CheckReport> CheckDirectory(const std::string& dir, const CheckOptions& options);

// Extracts the saved page at `page_path` as CheckDirectory() does and
// writes its expectation in every format of `options`, replacing any there.
// Returns the paths written; the errors of ExtractFile(), kInvalidArgument
// for a meta.json that is not a JSON object of strings or for
// CheckJsonFields()'s, and kIoError if a file cannot be written.
Result<std::vector<std::string>> WriteExpectations(const std::string& page_path,
                                                   const CheckOptions& options);

// True for a file name CheckDirectory() takes as a saved page: .html, .htm,
// .warc and their .gz, but not an expectation (NAME.expected.html,
// expected.html).
bool IsSavedPageName(const std::string& file_name);

// The expectation file of a saved page in `format`: story.html ->
// story.expected.txt, item.warc.gz -> item.expected.txt, SLUG/source.html ->
// SLUG/expected.txt.
std::string ExpectationPath(const std::string& page_path, OutputFormat format);

// An article as its expectation file holds it: Render() output, or for JSON
// the fields of RenderJson() (without "input", nor "author", the deprecated
// copy of "authors"; only options.json_fields when set, where "author" means
// "authors") pretty-printed one field a line, ending with a newline.
// CompareExpectation reads an expectation's "author" as "authors".
std::string RenderExpectation(const Article& article, OutputFormat format,
                              const CheckOptions& options);

// Compares pith's output now with an expectation's text, both as
// RenderExpectation() writes them (line endings "\r\n" and "\n" are equal).
// Fills result->outcome (kUnchanged or kChanged), ->diff and, for JSON,
// ->fields. A JSON expectation that is not a JSON object is kFailed, with
// result->error saying so.
void CompareExpectation(const std::string& expected, const std::string& actual,
                        OutputFormat format, const CheckOptions& options, CheckResult* result);

// A unified diff of two texts by lines ("--- from_name", "+++ to_name",
// "@@" hunks with `context_lines` of context), at most `max_lines` lines
// (then a last line says how many were left out). Empty when the texts are
// equal. The work is bounded: past a limit the differing middle of the texts
// is shown as removed and added whole rather than aligned line by line. A
// line over 4096 bytes shows its first 4096 (cut between characters) and
// says how many bytes it leaves out.
std::string UnifiedDiff(const std::string& from, const std::string& to,
                        const std::string& from_name, const std::string& to_name,
                        int context_lines = 3, std::size_t max_lines = 60);

}  // namespace pith

#endif  // PITH_CHECK_H_
