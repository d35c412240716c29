// Checks: a fixture directory -> each saved page extracted again and its
// output compared with the expectation beside it (or written, updating).
// Reads the pith-check config; the diff itself is in diff.cc. Does not print:
// the caller (pith check, a test) reports the CheckReport.
#include "pith/check.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <iterator>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "base/bytes_text.h"
#include "base/option_names.h"
#include "base/utf8.h"
#include "fetch/file.h"

namespace pith {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

// The extensions of saved pages, gzipped or not.
constexpr const char* kPageExtensions[] = {".html.gz", ".warc.gz", ".htm.gz", ".html", ".warc", ".htm"};

// An expectation, pith-check or meta.json file larger than this is refused
// rather than read whole (pages have ExtractOptions::max_input_bytes).
constexpr std::size_t kMaxExpectationBytes = std::size_t{64} << 20;

bool EndsWith(const std::string& s, const std::string& end) {
  return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}

// The page's file name without its page extension, in any ASCII case (as
// saved by Windows tools: PAGE.HTM, CRAWL.WARC.GZ): "item.warc.gz" -> "item".
std::string Stem(const std::string& file_name) {
  for (const char* ext : kPageExtensions) {
    const std::size_t n = std::string_view(ext).size();
    if (file_name.size() >= n &&
        internal::EqualsIgnoreCase(std::string_view(file_name).substr(file_name.size() - n), ext)) {
      return file_name.substr(0, file_name.size() - n);
    }
  }
  return file_name;
}

// A page of its own folder: SLUG/source.html, its expectations SLUG/expected.*.
bool IsFolderPage(const std::string& file_name) { return Stem(file_name) == "source"; }

const char* Extension(OutputFormat format) {
  switch (format) {
    case OutputFormat::kText: return "txt";
    case OutputFormat::kMarkdown: return "md";
    case OutputFormat::kHtml: return "html";
    case OutputFormat::kJson: return "json";
  }
  return "txt";
}

// A sidecar beside a page: SLUG/source.html -> SLUG/<suffix>,
// item.warc.gz -> item.<suffix>.
std::string Beside(const std::string& page_path, const std::string& suffix) {
  const fs::path p(page_path);
  const std::string file = p.filename().string();
  const std::string name = IsFolderPage(file) ? suffix : Stem(file) + "." + suffix;
  return (p.parent_path() / name).string();
}

std::vector<std::string> Words(const std::string& value) {
  std::vector<std::string> out;
  std::string word;
  for (char c : value + " ") {
    if (c == ' ' || c == ',' || c == '\t') {
      if (!word.empty()) out.push_back(word);
      word.clear();
    } else {
      word.push_back(c);
    }
  }
  return out;
}

std::string NormalizeNewlines(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') continue;
    out.push_back(s[i]);
  }
  return out;
}

// A JSON value as lines for a diff: a string as its own lines when it has
// several, otherwise the value as JSON (so "" and an absent field differ).
// `as_json`: always as JSON, for values whose lines alone look the same.
std::string FieldText(const Json* value, bool as_json = false) {
  if (value == nullptr) return "";
  if (value->is_string() && !as_json) {
    const std::string& s = value->get_ref<const std::string&>();
    if (s.find('\n') != std::string::npos) return s;
  }
  return value->dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

const Json* Field(const Json& object, const std::string& key) {
  const auto it = object.find(key);
  return it == object.end() ? nullptr : &*it;
}

// The page's URL and Content-Type from the meta.json beside it, if any.
Status ReadPageInfo(const std::string& page_path, PageInfo* info) {
  const std::string meta_path = Beside(page_path, "meta.json");
  std::error_code ec;
  if (!fs::exists(meta_path, ec)) return Status::Ok();
  Result<std::string> text = internal::ReadFileBytes(meta_path, kMaxExpectationBytes);
  if (!text.ok()) return text.status();
  const Json meta = Json::parse(*text, nullptr, false);
  if (meta.is_discarded() || !meta.is_object()) {
    return Status::InvalidArgument(Printable(meta_path) + ": not a JSON object");
  }
  for (const auto& [key, target] :
       {std::pair<const char*, std::string*>{"url", &info->url}, {"content_type", &info->content_type}}) {
    if (const Json* v = Field(meta, key)) {
      if (!v->is_string()) {
        return Status::InvalidArgument(Printable(meta_path) + ": \"" + key + "\" is not a string");
      }
      *target = v->get<std::string>();
    }
  }
  return Status::Ok();
}

// Extracts a saved page as a check does: its URL from the page itself (a
// WARC record) or meta.json, never its path, so the output does not depend
// on where the directory lies.
Result<Article> ExtractSaved(const std::string& page_path, const CheckOptions& options) {
  PageInfo info;
  if (Status s = ReadPageInfo(page_path, &info); !s.ok()) return s;
  Result<std::string> bytes = internal::ReadFileBytes(
      page_path, options.extract.max_input_bytes,
      internal::OptionName(options.extract.option_name, "ExtractOptions::max_input_bytes"));
  if (!bytes.ok()) return bytes.status();
  Result<Article> article = Extract(*bytes, options.extract, info);
  if (!article.ok()) return article.status().WithContext(page_path);
  return article;
}

// JSON's "author" is the deprecated copy of "authors" (RenderJson): an
// expectation holds the list once, under its current name. An expectation
// written before the rename, or a json-fields list naming "author", reads as
// "authors", so the rename changes no check.
constexpr const char* kOldAuthorsField = "author";
constexpr const char* kAuthorsField = "authors";

// OK when `field` is one of kJsonFields (or "author").
Status KnownJsonField(const std::string& field) {
  if (field == kOldAuthorsField) return Status::Ok();
  std::string known;
  for (const char* name : kJsonFields) {
    if (field == name) return Status::Ok();
    known += (known.empty() ? "" : ", ") + std::string(name);
  }
  if (field == "input") {
    return Status::InvalidArgument(
        "the JSON field 'input' names where the page lies, and no expectation holds it");
  }
  return Status::InvalidArgument("unknown JSON field '" + Printable(field) + "' (known: " + known +
                                 ")");
}

Status WriteExpectationFile(const std::string& path, const std::string& text) {
  return internal::WriteFileAtomically(path, text);
}

}  // namespace

Result<std::vector<SavedPage>> FindSavedPages(const std::string& dir) {
  // std::filesystem hands the name to the system as a C string, cut at a NUL.
  if (Status s = internal::CheckFileName(dir); !s.ok()) return s;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    if (ec && ec != std::errc::no_such_file_or_directory) {  // a directory on the way denies
      return Status::IoError("cannot read " + Printable(dir) + ": " + ec.message(),
                             ec.value(), dir);
    }
    if (fs::exists(dir, ec)) {
      return Status::IoError(Printable(dir) + " is not a directory", ENOTDIR, dir);
    }
    return Status::IoError(Printable(dir) + ": no such directory", ENOENT, dir);
  }
  std::vector<SavedPage> pages;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const std::string file = it->path().filename().string();
    if (!IsSavedPageName(file)) continue;
    // A page's name on anything but a directory is a page, a regular file
    // or not (a link that leads nowhere, a FIFO): reading it then says why
    // it fails, as pith's own walk of a directory does, rather than the
    // page going unchecked without a word.
    std::error_code type_error;
    if (it->is_directory(type_error)) continue;
    const fs::path relative = it->path().lexically_relative(dir);
    std::string name = IsFolderPage(file) && relative.has_parent_path()
                           ? relative.parent_path().generic_string()
                           : (relative.parent_path() / Stem(file)).generic_string();
    pages.push_back({std::move(name), it->path().string()});
  }
  if (ec) {
    return Status::IoError("cannot read " + Printable(dir) + ": " + ec.message(), ec.value(),
                           dir);
  }
  std::sort(pages.begin(), pages.end(),
            [](const SavedPage& a, const SavedPage& b) { return a.name < b.name; });
  return pages;
}

namespace {

// One page in every format of `options`: compared, or written when updating.
std::vector<CheckResult> CheckPage(const SavedPage& page, const CheckOptions& options) {
  const Result<Article> article = ExtractSaved(page.path, options);
  std::vector<CheckResult> results;
  for (OutputFormat format : options.formats) {
    CheckResult r;
    r.name = page.name;
    r.page = page.path;
    r.expected = ExpectationPath(page.path, format);
    r.format = format;
    std::error_code ec;
    const bool exists = fs::exists(r.expected, ec);
    std::string expected;
    if (exists) {
      Result<std::string> bytes = internal::ReadFileBytes(r.expected, kMaxExpectationBytes);
      if (!bytes.ok()) {
        r.outcome = CheckOutcome::kFailed;
        r.error = bytes.status();
      } else {
        expected = std::move(*bytes);
      }
    }
    if (!article.ok()) {
      r.outcome = CheckOutcome::kFailed;
      r.error = article.status();
    } else if (r.outcome != CheckOutcome::kFailed) {
      const std::string actual = RenderExpectation(*article, format, options);
      if (!exists) {
        r.outcome = options.update ? CheckOutcome::kCreated : CheckOutcome::kMissing;
      } else {
        CompareExpectation(expected, actual, format, options, &r);
        // An unreadable JSON expectation is replaced when updating.
        if (options.update && r.outcome != CheckOutcome::kUnchanged) {
          r.outcome = CheckOutcome::kUpdated;
          r.error = Status::Ok();
        }
      }
      if (r.outcome == CheckOutcome::kCreated || r.outcome == CheckOutcome::kUpdated) {
        if (Status s = WriteExpectationFile(r.expected, actual); !s.ok()) {
          r.outcome = CheckOutcome::kFailed;
          r.error = s;
        }
      }
    }
    results.push_back(std::move(r));
  }
  return results;
}

}  // namespace

const char* CheckOutcomeName(CheckOutcome outcome) {
  switch (outcome) {
    case CheckOutcome::kUnchanged: return "unchanged";
    case CheckOutcome::kChanged: return "changed";
    case CheckOutcome::kMissing: return "missing";
    case CheckOutcome::kFailed: return "failed";
    case CheckOutcome::kCreated: return "created";
    case CheckOutcome::kUpdated: return "updated";
  }
  return "unknown";
}

std::string CheckReport::Summary() const {
  const auto count = [](std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
  };
  if (pages == 0) {
    return "0 pages checked: no saved pages below it (.html, .htm or .warc files, gzipped or not)";
  }
  std::string line = count(pages, "page", "pages") + " checked: " + std::to_string(unchanged) +
                     " unchanged, " + std::to_string(changed) + " changed, " +
                     std::to_string(missing) + " missing an expectation, " +
                     std::to_string(failed) + " failed";
  if (updating) {
    line += ", " + std::to_string(updated) + " updated (" + count(written, "file", "files") +
            " written)";
  }
  if (!orphans.empty()) {
    line += ", " + count(orphans.size(), "expectation without its page",
                         "expectations without their page");
  }
  return line;
}

const char* OutputFormatName(OutputFormat format) {
  switch (format) {
    case OutputFormat::kText: return "text";
    case OutputFormat::kMarkdown: return "markdown";
    case OutputFormat::kHtml: return "html";
    case OutputFormat::kJson: return "json";
  }
  return "text";
}

std::string OutputFormatNames(const char* separator, const char* last) {
  std::string out;
  const std::size_t n = std::size(kOutputFormats);
  for (std::size_t i = 0; i < n; ++i) {
    out += (i == 0 ? "" : i + 1 == n ? last : separator) +
           std::string(OutputFormatName(kOutputFormats[i]));
  }
  return out;
}

bool ParseOutputFormat(const std::string& name, OutputFormat* format) {
  // A format's name, or its expectation file's extension ("md", "txt").
  for (OutputFormat f : kOutputFormats) {
    if (internal::EqualsIgnoreCase(name, OutputFormatName(f)) ||
        internal::EqualsIgnoreCase(name, Extension(f))) {
      *format = f;
      return true;
    }
  }
  return false;
}

int CheckReport::ExitCode() const {
  if (failed > 0) return 2;
  if (pages == 0) return 1;  // nothing checked is no pass: a wrong or emptied directory
  if (!orphans.empty()) return 1;  // a page renamed or deleted leaves its test unchecked
  return changed > 0 || missing > 0 ? 1 : 0;
}

Status ParseCheckConfig(const std::string& text, const std::string& origin, CheckOptions* options) {
  std::size_t line_no = 0, at = 0;
  while (at < text.size()) {
    std::size_t eol = text.find('\n', at);
    if (eol == std::string::npos) eol = text.size();
    const std::string line(internal::TrimAsciiSpace(std::string_view(text).substr(at, eol - at)));
    at = eol + 1;
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    const std::string where = Printable(origin) + ":" + std::to_string(line_no) + ": ";
    const std::size_t eq = line.find('=');
    if (eq == std::string::npos) {
      return Status::InvalidArgument(where + "expected 'key = value', not '" + Printable(line) + "'");
    }
    const std::string_view whole = line;
    const std::string key = internal::AsciiLower(internal::TrimAsciiSpace(whole.substr(0, eq)));
    const std::string value(internal::TrimAsciiSpace(whole.substr(eq + 1)));
    const auto boolean = [&](bool* out) {
      const std::string v = internal::AsciiLower(value);
      if (v == "true" || v == "yes" || v == "1") *out = true;
      else if (v == "false" || v == "no" || v == "0") *out = false;
      else return Status::InvalidArgument(where + key + " takes true or false, not '" + Printable(value) + "'");
      return Status::Ok();
    };
    Status s;
    bool flag = false;
    if (key == "format") {
      std::vector<OutputFormat> formats;
      for (const std::string& w : Words(value)) {
        OutputFormat f;
        if (!ParseOutputFormat(w, &f)) {
          return Status::InvalidArgument(where + "format takes " + OutputFormatNames(", ", " or ") +
                                         ", not '" + Printable(w) + "'");
        }
        if (std::find(formats.begin(), formats.end(), f) == formats.end()) formats.push_back(f);
      }
      if (formats.empty()) return Status::InvalidArgument(where + "format names no format");
      options->formats = formats;
    } else if (key == "json-fields") {
      // Only the names here: whether a field is written also depends on
      // switches a later line or the caller may set (CheckJsonFields).
      for (const std::string& w : Words(value)) {
        if (Status known = KnownJsonField(w); !known.ok()) {
          return Status::InvalidArgument(where + "json-fields: " + known.message());
        }
      }
      options->json_fields = Words(value);
    } else if (key == "with-comments") {
      if ((s = boolean(&flag)).ok()) options->extract.include_comments = options->render.with_comments = flag;
    } else if (key == "no-tables") {
      if ((s = boolean(&flag)).ok()) options->extract.include_tables = !flag;
    } else if (key == "with-links") {
      s = boolean(&options->render.with_links);
    } else if (key == "with-images") {
      s = boolean(&options->render.with_images);
    } else if (ExtractOptions::Focus focus = ExtractOptions::Focus::kBalanced;
               internal::ParseFocusSwitch(key, "favor-", &focus)) {
      if ((s = boolean(&flag)).ok()) {
        if (flag && options->extract.focus != ExtractOptions::Focus::kBalanced &&
            options->extract.focus != focus) {
          return Status::InvalidArgument(where + "favor-precision and favor-recall exclude each other");
        }
        if (flag) options->extract.focus = focus;
        else if (options->extract.focus == focus) options->extract.focus = ExtractOptions::Focus::kBalanced;
      }
    } else if (key == "min-chars") {
      long long n = 0;
      if (!ParseWholeNumber(value, kMaxMinTextChars, &n)) {
        return Status::InvalidArgument(where + "min-chars takes a whole number, not '" + Printable(value) + "'");
      }
      options->extract.min_text_chars = static_cast<int>(n);
    } else if (key == "encoding") {
      if (!IsKnownEncoding(value)) {
        return Status::InvalidArgument(where + "encoding takes an encoding label such as utf-8 or "
                                       "windows-1251, not '" + Printable(value) + "'");
      }
      options->extract.encoding = value;
    } else {
      return Status::InvalidArgument(
          where + "unknown key '" + Printable(key) +
          "' (known: format, json-fields, with-comments, no-tables, with-links, with-images, "
          "favor-precision, favor-recall, min-chars, encoding)");
    }
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

Status ReadCheckConfig(const std::string& dir, CheckOptions* options) {
  if (Status s = internal::CheckFileName(dir); !s.ok()) return s;
  const std::string path = (fs::path(dir) / kCheckConfigName).string();
  std::error_code ec;
  if (!fs::exists(path, ec)) return Status::Ok();
  Result<std::string> text = internal::ReadFileBytes(path, kMaxExpectationBytes);
  if (!text.ok()) return text.status();
  return ParseCheckConfig(*text, path, options);
}

Result<std::vector<std::string>> WriteExpectations(const std::string& page_path,
                                                   const CheckOptions& options) {
  if (Status s = CheckJsonFields(options); !s.ok()) return s;
  const Result<Article> article = ExtractSaved(page_path, options);
  if (!article.ok()) return article.status();
  std::vector<std::string> written;
  for (OutputFormat format : options.formats) {
    const std::string path = ExpectationPath(page_path, format);
    if (Status s = WriteExpectationFile(path, RenderExpectation(*article, format, options)); !s.ok()) {
      return s;
    }
    written.push_back(path);
  }
  return written;
}

bool IsSavedPageName(const std::string& file_name) {
  const std::string stem = Stem(file_name);
  if (stem == file_name || stem.empty()) return false;  // no page extension
  return stem != "expected" && !EndsWith(stem, ".expected");
}

std::string ExpectationPath(const std::string& page_path, OutputFormat format) {
  return Beside(page_path, std::string("expected.") + Extension(format));
}

Status CheckJsonFields(const CheckOptions& options) {
  // The fields written only with a switch of RenderOptions.
  const struct {
    const char* field;
    bool RenderOptions::*written;
    const char* option;
  } kSwitched[] = {{"comments", &RenderOptions::with_comments, "with_comments"},
                   {"images", &RenderOptions::with_images, "with_images"},
                   {"blocks", &RenderOptions::with_blocks, "with_blocks"}};
  for (const std::string& field : options.json_fields) {
    if (Status s = KnownJsonField(field); !s.ok()) return s;
    for (const auto& s : kSwitched) {
      if (field == s.field && !(options.render.*s.written)) {
        return Status::InvalidArgument("JSON field '" + field + "' is written only with " +
                                       s.option + ": without it no page has the field");
      }
    }
  }
  return Status::Ok();
}

namespace {

std::string CurrentFieldName(const std::string& field) {
  return field == kOldAuthorsField ? kAuthorsField : field;
}

// The fields chosen, each under its current name, once.
std::vector<std::string> CurrentFieldNames(const std::vector<std::string>& fields) {
  std::vector<std::string> out;
  for (const std::string& field : fields) {
    const std::string name = CurrentFieldName(field);
    if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
  }
  return out;
}

}  // namespace

std::string RenderExpectation(const Article& article, OutputFormat format,
                              const CheckOptions& options) {
  if (format != OutputFormat::kJson) return Render(article, format, options.render);
  Json all = Json::parse(RenderJson(article, options.render), nullptr, false);
  if (all.is_discarded()) all = Json::object();  // RenderJson writes valid JSON
  all.erase("input");
  all.erase(kOldAuthorsField);
  Json out = Json::object();
  if (options.json_fields.empty()) {
    out = std::move(all);
  } else {
    for (const std::string& field : CurrentFieldNames(options.json_fields)) {
      if (const Json* v = Field(all, field)) out[field] = *v;
    }
  }
  return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

void CompareExpectation(const std::string& expected, const std::string& actual, OutputFormat format,
                        const CheckOptions& options, CheckResult* result) {
  result->diff.clear();
  result->fields.clear();
  const std::string want = NormalizeNewlines(expected), got = NormalizeNewlines(actual);
  const std::string from_name = result->expected.empty() ? "expected" : result->expected;
  const std::string to_name = (result->page.empty() ? std::string("page") : result->page) +
                              " (pith " PITH_VERSION_STRING ")";
  if (format != OutputFormat::kJson) {
    result->outcome = want == got ? CheckOutcome::kUnchanged : CheckOutcome::kChanged;
    result->diff = UnifiedDiff(want, got, from_name, to_name, options.context_lines,
                               options.max_diff_lines);
    return;
  }
  Json a = Json::parse(want, nullptr, false), b = Json::parse(got, nullptr, false);
  if (a.is_discarded() || !a.is_object()) {
    result->outcome = CheckOutcome::kFailed;
    result->error = Status::InvalidArgument(from_name + ": not a JSON object");
    return;
  }
  Json now = b.is_object() ? b : Json::object();
  for (Json* side : {&a, &now}) {  // "author" is "authors" (CurrentFieldName)
    const auto old = side->find(kOldAuthorsField);
    if (old == side->end()) continue;
    if (!side->contains(kAuthorsField)) (*side)[kAuthorsField] = *old;
    side->erase(kOldAuthorsField);
  }
  // The fields compared: the chosen ones, or every field of either side.
  std::vector<std::string> keys = CurrentFieldNames(options.json_fields);
  if (keys.empty()) {
    for (const auto& [key, value] : a.items()) keys.push_back(key);
    for (const auto& [key, value] : now.items()) {
      if (!a.contains(key)) keys.push_back(key);
    }
  }
  for (const std::string& key : keys) {
    if (key == "input") continue;
    const Json* x = Field(a, key);
    const Json* y = Field(now, key);
    if ((x == nullptr && y == nullptr) || (x != nullptr && y != nullptr && *x == *y)) continue;
    FieldChange change;
    change.field = key;
    const std::string from_field = from_name + " " + key + (x ? "" : " (absent)");
    const std::string to_field = to_name + " " + key + (y ? "" : " (absent)");
    change.diff = UnifiedDiff(FieldText(x), FieldText(y), from_field, to_field,
                              options.context_lines, options.max_diff_lines);
    if (change.diff.empty()) {  // "1\n" and 1 read alike as lines
      change.diff = UnifiedDiff(FieldText(x, true), FieldText(y, true), from_field, to_field,
                                options.context_lines, options.max_diff_lines);
    }
    result->diff += change.diff;
    result->fields.push_back(std::move(change));
  }
  result->outcome = result->fields.empty() ? CheckOutcome::kUnchanged : CheckOutcome::kChanged;
}

namespace {

// The expectation files below `dir` whose page is not among `pages`.
std::vector<std::string> FindOrphans(const std::string& dir, const std::vector<SavedPage>& pages) {
  std::set<std::string> names;
  for (const SavedPage& p : pages) names.insert(p.name);
  std::vector<std::string> orphans;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const std::string file = it->path().filename().string();
    if (!it->is_regular_file(ec)) continue;
    for (OutputFormat format : {OutputFormat::kText, OutputFormat::kMarkdown, OutputFormat::kHtml,
                                OutputFormat::kJson}) {
      const std::string suffix = std::string("expected.") + Extension(format);
      if (!EndsWith(file, suffix)) continue;
      const fs::path relative = it->path().lexically_relative(dir);
      std::string name;
      if (file == suffix) {  // SLUG/expected.*
        name = relative.parent_path().generic_string();
      } else if (file.size() > suffix.size() + 1 && file[file.size() - suffix.size() - 1] == '.') {
        name = (relative.parent_path() / file.substr(0, file.size() - suffix.size() - 1))
                   .generic_string();
      }
      if (!name.empty() && names.count(name) == 0) orphans.push_back(it->path().string());
      break;
    }
  }
  std::sort(orphans.begin(), orphans.end());
  return orphans;
}

}  // namespace

Result<CheckReport> CheckDirectory(const std::string& dir, const CheckOptions& options) {
  Result<std::vector<SavedPage>> found = FindSavedPages(dir);
  if (!found.ok()) return found.status();
  std::vector<SavedPage> pages = std::move(*found);
  if (!options.only.empty()) {
    pages.erase(std::remove_if(pages.begin(), pages.end(),
                               [&](const SavedPage& p) { return p.name != options.only; }),
                pages.end());
    if (pages.empty()) {
      return Status::InvalidArgument("no page named " + Printable(options.only) + " in " +
                                     Printable(dir));
    }
  }
  if (options.formats.empty()) return Status::InvalidArgument("no output format to check");
  if (Status s = CheckJsonFields(options); !s.ok()) return s;

  // Pages are checked on up to options.threads threads, each taking the next
  // page; results keep the pages' order.
  std::vector<std::vector<CheckResult>> by_page(pages.size());
  std::atomic<std::size_t> next{0};
  const auto work = [&] {
    for (std::size_t i; (i = next++) < pages.size();) by_page[i] = CheckPage(pages[i], options);
  };
  const std::size_t threads =
      std::min(pages.size(), static_cast<std::size_t>(std::max(1, options.threads)));
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();

  CheckReport report;
  report.updating = options.update;
  if (options.only.empty()) report.orphans = FindOrphans(dir, pages);
  const auto rank = [](CheckOutcome o) {
    switch (o) {
      case CheckOutcome::kFailed: return 3;
      case CheckOutcome::kChanged: return 2;
      case CheckOutcome::kMissing: return 1;
      default: return 0;
    }
  };
  for (std::vector<CheckResult>& results : by_page) {
    CheckOutcome worst = CheckOutcome::kUnchanged;
    bool written = false;
    for (CheckResult& r : results) {
      if (rank(r.outcome) > rank(worst)) worst = r.outcome;
      if (r.outcome == CheckOutcome::kCreated || r.outcome == CheckOutcome::kUpdated) {
        written = true;
        ++report.written;
      }
      report.results.push_back(std::move(r));
    }
    ++report.pages;
    switch (worst) {
      case CheckOutcome::kFailed: ++report.failed; break;
      case CheckOutcome::kChanged: ++report.changed; break;
      case CheckOutcome::kMissing: ++report.missing; break;
      default: ++(written ? report.updated : report.unchanged); break;
    }
  }
  return report;
}

}  // namespace pith
