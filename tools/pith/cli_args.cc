// pith CLI: the flag table, parsing and --help.
#include "cli_args.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <string_view>
#include <thread>
#include <utility>

#include "base/bytes_text.h"
#include "base/option_names.h"
#include "base/url.h"
#include "base/utf8.h"
#include "pith/check.h"
#include "pith/version.h"

namespace pith::cli {

namespace {

struct Flag {
  const char* short_name;  // "-o" or nullptr
  const char* long_name;   // "--output"
  const char* value;       // name of the value, or nullptr for a switch
  const char* help;
};

constexpr Flag kFlags[] = {
    {"-f", "--format", "FORMAT",
     "output format: text (default), markdown, html, json (an object for one page given; an "
     "array, even of one, for a directory, a WARC file, --urls, discovery or several inputs) "
     "or jsonl (one object a line); pith check takes several, separated by "
     "commas (text,json)"},
    {"-o", "--output", "FILE", "write the output to FILE instead of standard output"},
    {nullptr, "--explain", "FILE.html",
     "also write a page showing every block, kept or dropped, with score and reason "
     "(one input only); an existing FILE.html that is not such a report is not overwritten"},
    {nullptr, "--url", "URL",
     "the address of the one page given, a file or standard input (a saved page): its "
     "relative links and images are resolved against it, and it is the page's url"},
    {nullptr, "--blocks", nullptr,
     "with json/jsonl: include every block with its kind, structure and decision"},
    {nullptr, "--with-comments", nullptr,
     "keep the page's comment section, apart from the article: a comments field, or a "
     "Comments section"},
    {nullptr, "--no-tables", nullptr, "leave tables out of the article"},
    {nullptr, "--with-links", nullptr,
     "markdown/html: keep links, made absolute against the page's URL or <base href>; "
     "json/jsonl with --blocks: each block's links"},
    {nullptr, "--with-images", nullptr,
     "markdown/html/json: include the article's images with alt text and captions"},
    {nullptr, "--favor-precision", nullptr, "when unsure, leave text out (less chrome)"},
    {nullptr, "--favor-recall", nullptr, "when unsure, keep text in (less missed)"},
    {nullptr, "--page-type", "TYPE",
     "read every page as TYPE instead of guessing its type: article, forum, product, service, "
     "documentation, listing, collection or other (no type's rules)"},
    {nullptr, "--min-chars", "N",
     "an article shorter than N characters counts as not found (default 50)"},
    {nullptr, "--encoding", "LABEL",
     "decode input as LABEL (e.g. windows-1251) instead of detecting"},
    {nullptr, "--max-input", "SIZE",
     "largest input extracted (a file, standard input, a WARC record, a download, or what gzip "
     "inflates to), e.g. 500k, 100M (default 64M); a larger one is an error"},
    {"-j", "--threads", "N",
     "extract N inputs (or WARC records) at once (default: the number of cores); output keeps "
     "input order"},
    {nullptr, "--urls", "FILE",
     "also download the URLs listed in FILE, one a line (- reads standard input; "
     "blank lines and lines starting with # are skipped; a list too large to hold before "
     "downloading is refused whole, with a message)"},
    {nullptr, "--sitemap", "URL",
     "also download the pages a sitemap lists (XML, sitemap index, .xml.gz or text); "
     "given a site's root, the sitemaps its robots.txt names, else /sitemap.xml"},
    {nullptr, "--feed", "URL",
     "also download the items of a feed (RSS, Atom, JSON Feed), or of the feeds an HTML page "
     "announces with <link rel=alternate>"},
    {nullptr, "--crawl", "URL",
     "also crawl the site from URL, breadth first: same host, each page once, at most "
     "--max-pages; links to files that are not pages (.pdf, .jpg, .zip...) are skipped"},
    {nullptr, "--max-pages", "N", "--crawl: pages downloaded at most, per crawl (default 100)"},
    {nullptr, "--crawl-prefix", "PATH", "--crawl: follow only URLs whose path starts with PATH"},
    {nullptr, "--follow", "WHICH",
     "--crawl: links followed: all (default), content (inside the extracted text) or nav "
     "(inside <nav>, <header>, role=navigation)"},
    {nullptr, "--max-urls", "N",
     "--sitemap, --feed: URLs taken at most from each (default 100000); sitemap indexes are "
     "followed 3 deep, 1000 files at most"},
    {nullptr, "--list", nullptr,
     "print the URLs --sitemap, --feed and --crawl find, one a line, instead of extracting "
     "them (feed them back with --urls)"},
    {nullptr, "--jobs", "N", "downloads running at once (default 8)"},
    {nullptr, "--connect-timeout", "SECONDS", "time to connect to a server (default 10)"},
    {nullptr, "--timeout", "SECONDS", "time for one whole request (default 30)"},
    {nullptr, "--max-redirects", "N", "redirects followed per URL (default 10)"},
    {nullptr, "--max-size", "SIZE",
     "largest body accepted, e.g. 500k, 20M (default 20M); a larger one is an error"},
    {nullptr, "--retries", "N",
     "retry transient failures (connection, timeout, 429, 502-504) N times (default 0)"},
    {nullptr, "--retry-wait", "SECONDS",
     "wait before the first retry, doubled for each next one; Retry-After wins (default 1)"},
    {nullptr, "--user-agent", "STRING",
     "the User-Agent header (default pith/VERSION (+libcurl/VERSION))"},
    {nullptr, "--no-compression", nullptr, "do not ask for gzip, deflate, brotli or zstd transfer"},
    {nullptr, "--http1.1", nullptr, "do not use HTTP/2"},
    {nullptr, "--no-proxy", nullptr, "ignore http_proxy, https_proxy and all_proxy"},
    {nullptr, "--per-host", "N",
     "downloads running at once from one host (default 2); --jobs stays the cap over all"},
    {nullptr, "--delay", "SECONDS",
     "least time between two requests to one host (default 1; 0 for none); a robots.txt "
     "Crawl-delay wins when larger (up to 30)"},
    {nullptr, "--ignore-robots", nullptr,
     "do not fetch or obey robots.txt (for your own sites, or with the owner's leave); "
     "by default a URL robots.txt disallows is skipped and named"},
    {nullptr, "--save", "DIR",
     "keep each downloaded page in DIR as a gzipped WARC record with its URL and headers; "
     "pith reads such files back"},
    {nullptr, "--with-expected", nullptr,
     "with --save: also write each saved page's expectation beside it (NAME.expected.txt, "
     ".md, .html or .json by --format), as pith check --update would, with the options of "
     "DIR's pith-check file overridden by those given"},
    {nullptr, "--update", nullptr,
     "pith check: write the expectations (new or changed) instead of only comparing, and "
     "list them"},
    {nullptr, "--only", "NAME",
     "pith check: only the page NAME (its path below DIR without extension, or SLUG for "
     "SLUG/source.html)"},
    {"-q", "--quiet", nullptr, "no diagnostics on standard error but errors"},
    {"-h", "--help", nullptr, "show this help and exit"},
    {nullptr, "--version", nullptr, "show the version and exit"},
};

// A value a flag takes by name. The parser, its message and the bash
// completion read the one table of each such flag (--format's: the
// library's kOutputFormats and jsonl), so what bash offers is what the
// parser takes.
template <typename T>
struct NamedValue {
  const char* name;
  T value;
};

// --format's own value beside the library's formats (kOutputFormats, read
// by ParseOutputFormat): JSON records one a line.
constexpr const char kJsonlName[] = "jsonl";

constexpr NamedValue<DiscoverOptions::Follow> kFollowValues[] = {
    {"all", DiscoverOptions::Follow::kAll},
    {"content", DiscoverOptions::Follow::kContent},
    {"nav", DiscoverOptions::Follow::kNavigation},
};

// The names of `table`, `separator` between them and `last` before the
// last: "all content nav" or "all, content or nav".
template <typename T, std::size_t N>
std::string JoinNames(const NamedValue<T> (&table)[N], const char* separator, const char* last) {
  std::string out;
  for (std::size_t i = 0; i < N; ++i) {
    out += (i == 0 ? "" : i + 1 == N ? last : separator) + std::string(table[i].name);
  }
  return out;
}

// `value` as one of `table`'s names, in any case (as --format's are read),
// or an error naming `flag` and the names it takes.
template <typename T, std::size_t N>
Status ParseNamed(const std::string& flag, const std::string& value,
                  const NamedValue<T> (&table)[N], T* out) {
  for (const NamedValue<T>& v : table) {
    if (internal::EqualsIgnoreCase(value, v.name)) {
      *out = v.value;
      return Status::Ok();
    }
  }
  return Status::InvalidArgument(flag + " takes " + JoinNames(table, ", ", " or ") + ", not '" +
                                 Printable(value) + "'");
}

// The names of the page types --page-type takes (kPageTypes, by
// PageTypeName, read back by ParsePageType), `separator` between them and
// `last` before the last.
std::string PageTypeNames(const char* separator, const char* last) {
  std::string out;
  for (std::size_t i = 0; i < std::size(kPageTypes); ++i) {
    out += (i == 0 ? "" : i + 1 == std::size(kPageTypes) ? last : separator);
    out += PageTypeName(kPageTypes[i]);
  }
  return out;
}

// --format's values, `separator` between them and `last` before the last:
// the library's formats, then jsonl.
std::string FormatNames(const char* separator, const char* last) {
  return OutputFormatNames(separator, separator) + last + kJsonlName;
}

// One --format value, in any case, as a pith-check file's format is read.
Status ParseFormat(const std::string& flag, const std::string& value, Format* out) {
  OutputFormat format = OutputFormat::kText;
  if (ParseOutputFormat(value, &format)) {
    *out = FromOutputFormat(format);
  } else if (internal::EqualsIgnoreCase(value, kJsonlName)) {
    *out = Format::kJsonl;
  } else {
    return Status::InvalidArgument(flag + " takes " + FormatNames(", ", " or ") + ", not '" +
                                   Printable(value) + "'");
  }
  return Status::Ok();
}

const Flag* FindFlag(const std::string& name) {
  for (const Flag& f : kFlags) {
    if ((f.short_name && name == f.short_name) || name == f.long_name) return &f;
  }
  return nullptr;
}

// A whole number in [lo, hi], as ParseWholeNumber reads it, or an error
// naming the flag.
Status ParseInt(const std::string& flag, const std::string& value, long lo, long hi, long* out) {
  long long n = 0;
  if (!ParseWholeNumber(value, hi, &n) || n < lo) {
    return Status::InvalidArgument(flag + " takes a whole number from " + std::to_string(lo) +
                                   " to " + std::to_string(hi) + ", not '" + Printable(value) + "'");
  }
  *out = static_cast<long>(n);
  return Status::Ok();
}

// A number of seconds up to a day: above 0, or from 0 when `zero` is
// allowed (--delay 0: no delay).
Status ParseSeconds(const std::string& flag, const std::string& value, bool zero, double* out) {
  char* end = nullptr;
  errno = 0;
  const double d = std::strtod(value.c_str(), &end);
  if (value.empty() || *end != '\0' || errno != 0 || !(zero ? d >= 0 : d > 0) || d > 86400) {
    return Status::InvalidArgument(flag + " takes a number of seconds " +
                                   (zero ? "from 0 to 86400" : "above 0, at most 86400") +
                                   ", not '" + Printable(value) + "'");
  }
  *out = d;
  return Status::Ok();
}

// "20M", "500k", "1G" or a number of bytes, as ParseByteSize reads them.
Status ParseSize(const std::string& flag, const std::string& value, std::size_t* out) {
  if (!ParseByteSize(value, out)) {
    return Status::InvalidArgument(flag + " takes a size such as 500k or 20M, not '" + Printable(value) + "'");
  }
  return Status::Ok();
}

Status Apply(const Flag& flag, const std::string& value, CliArgs* args) {
  const std::string name = flag.long_name;
  long n = 0;
  FetchOptions& fetch = args->fetch;
  if (name == "--format") {
    // One format; pith check takes several, separated by commas, spaces
    // around them allowed (as a pith-check file writes them: text, json).
    args->formats.clear();
    std::size_t at = 0;
    while (at <= value.size()) {
      std::size_t comma = value.find(',', at);
      if (comma == std::string::npos) comma = value.size();
      std::string one = value.substr(at, comma - at);
      const std::size_t b = one.find_first_not_of(" \t");
      one = b == std::string::npos ? "" : one.substr(b, one.find_last_not_of(" \t") - b + 1);
      Format format = Format::kText;
      if (Status s = ParseFormat(name, one, &format); !s.ok()) {
        if (!args->check) return s;
        return Status::InvalidArgument(
            "pith check's --format takes " + OutputFormatNames(", ", " or ") +
            ", several separated by commas (text,json), not '" + Printable(value) + "'");
      }
      args->formats.push_back(format);
      at = comma + 1;
    }
    args->format = args->formats.front();
  } else if (name == "--output") {
    args->output = value;
  } else if (name == "--explain") {
    args->explain = value;
  } else if (name == "--url") {
    if (NormalizeUrl(value).empty()) {
      return Status::InvalidArgument("--url takes an absolute http or https URL, not '" +
                                     internal::UrlForMessage(value) + "'");
    }
    args->page_url = value;
  } else if (name == "--blocks") {
    args->render.with_blocks = true;
  } else if (name == "--with-comments") {
    args->render.with_comments = true;
    args->options.include_comments = true;
  } else if (name == "--no-tables") {
    args->options.include_tables = false;
  } else if (name == "--with-links") {
    args->render.with_links = true;
  } else if (name == "--with-images") {
    args->render.with_images = true;
  } else if (ExtractOptions::Focus focus = ExtractOptions::Focus::kBalanced;
             internal::ParseFocusSwitch(name, kFavorSwitchPrefix, &focus)) {
    if (args->options.focus != ExtractOptions::Focus::kBalanced && args->options.focus != focus) {
      return Status::InvalidArgument("--favor-precision and --favor-recall exclude each other");
    }
    args->options.focus = focus;
  } else if (name == "--page-type") {
    PageType type = PageType::kOther;
    if (!ParsePageType(value, &type)) {
      return Status::InvalidArgument(name + " takes " + PageTypeNames(", ", " or ") + ", not '" +
                                     Printable(value) + "'");
    }
    args->options.page_type = type;
  } else if (name == "--min-chars") {
    if (Status s = ParseInt(name, value, 0, kMaxMinTextChars, &n); !s.ok()) return s;
    args->options.min_text_chars = static_cast<int>(n);
  } else if (name == "--threads") {
    if (Status s = ParseInt(name, value, 1, 1024, &n); !s.ok()) return s;
    args->threads = static_cast<int>(n);
  } else if (name == "--encoding") {
    if (!IsKnownEncoding(value)) {  // a usage error, said once, not once a page
      return Status::InvalidArgument("--encoding takes an encoding label such as utf-8 or "
                                     "windows-1251, not '" + Printable(value) + "'");
    }
    args->options.encoding = value;
  } else if (name == "--max-input") {
    return ParseSize(name, value, &args->options.max_input_bytes);
  } else if (name == "--urls") {
    args->url_lists.push_back(value);
  } else if (name == "--sitemap") {
    args->sitemaps.push_back(value);
  } else if (name == "--feed") {
    args->feeds.push_back(value);
  } else if (name == "--crawl") {
    args->crawls.push_back(value);
  } else if (name == "--max-pages") {
    if (Status s = ParseInt(name, value, 1, 100000000, &n); !s.ok()) return s;
    args->discover.max_pages = static_cast<std::size_t>(n);
  } else if (name == "--crawl-prefix") {
    if (value.empty() || value[0] != '/') {
      return Status::InvalidArgument("--crawl-prefix takes a path starting with /, not '" + Printable(value) + "'");
    }
    args->discover.crawl_prefix = value;
  } else if (name == "--follow") {
    return ParseNamed(name, value, kFollowValues, &args->discover.follow);
  } else if (name == "--max-urls") {
    if (Status s = ParseInt(name, value, 1, 100000000, &n); !s.ok()) return s;
    args->discover.max_urls = static_cast<std::size_t>(n);
  } else if (name == "--list") {
    args->list = true;
  } else if (name == "--jobs") {
    if (Status s = ParseInt(name, value, 1, 1000, &n); !s.ok()) return s;
    fetch.max_parallel = static_cast<int>(n);
  } else if (name == "--connect-timeout") {
    return ParseSeconds(name, value, false, &fetch.connect_timeout_seconds);
  } else if (name == "--timeout") {
    return ParseSeconds(name, value, false, &fetch.timeout_seconds);
  } else if (name == "--max-redirects") {
    if (Status s = ParseInt(name, value, 0, 100, &n); !s.ok()) return s;
    fetch.max_redirects = static_cast<int>(n);
  } else if (name == "--max-size") {
    return ParseSize(name, value, &fetch.max_body_bytes);
  } else if (name == "--retries") {
    if (Status s = ParseInt(name, value, 0, 100, &n); !s.ok()) return s;
    fetch.retries = static_cast<int>(n);
  } else if (name == "--retry-wait") {
    return ParseSeconds(name, value, false, &fetch.retry_wait_seconds);
  } else if (name == "--user-agent") {
    fetch.user_agent = value;
  } else if (name == "--no-compression") {
    fetch.compressed = false;
  } else if (name == "--http1.1") {
    fetch.http2 = false;
  } else if (name == "--no-proxy") {
    fetch.proxy_from_environment = false;
  } else if (name == "--per-host") {
    if (Status s = ParseInt(name, value, 1, 1000, &n); !s.ok()) return s;
    fetch.max_per_host = static_cast<int>(n);
  } else if (name == "--delay") {
    return ParseSeconds(name, value, true, &fetch.per_host_delay_seconds);
  } else if (name == "--ignore-robots") {
    fetch.obey_robots = false;
  } else if (name == "--save") {
    args->save_dir = value;
  } else if (name == "--with-expected") {
    args->with_expected = true;
  } else if (name == "--update") {
    args->update = true;
  } else if (name == "--only") {
    args->only = value;
  } else if (name == "--quiet") {
    args->quiet = true;
  } else if (name == "--help") {
    args->help = true;
  } else if (name == "--version") {
    args->version = true;
  }
  return Status::Ok();
}

// The options `pith check` takes: how pages are extracted and rendered.
constexpr const char* kCheckFlags[] = {
    "--format",       "--blocks",          "--with-comments", "--no-tables",
    "--with-links",   "--with-images",     "--favor-precision", "--favor-recall",
    "--min-chars",    "--encoding",        "--max-input",     "--update",        "--only",
    "--threads",
    "--quiet",        "--help",            "--version",
};

// Options that make sense only together, and the check subcommand's rules.
Status Validate(const CliArgs& args) {
  const auto given = [&](const char* name) {
    return std::find(args.given.begin(), args.given.end(), name) != args.given.end();
  };
  if (args.check) {
    for (const std::string& name : args.given) {
      if (std::find_if(std::begin(kCheckFlags), std::end(kCheckFlags), [&](const char* f) {
            return name == f;
          }) == std::end(kCheckFlags)) {
        return Status::InvalidArgument(name + " does not apply to pith check");
      }
    }
    if (std::find(args.formats.begin(), args.formats.end(), Format::kJsonl) != args.formats.end()) {
      return Status::InvalidArgument("pith check compares text, markdown, html or json, not jsonl");
    }
    if (args.inputs.empty() && !args.help && !args.version) {
      return Status::InvalidArgument("pith check needs a fixture directory");
    }
    return Status::Ok();
  }
  for (const char* name : {"--update", "--only"}) {
    if (given(name)) return Status::InvalidArgument(std::string(name) + " applies to pith check only");
  }
  if (args.formats.size() > 1) {
    return Status::InvalidArgument("--format takes one format (several only with pith check)");
  }
  if (given("--blocks") && args.format != Format::kJson && args.format != Format::kJsonl) {
    return Status::InvalidArgument("--blocks goes with --format json or jsonl");
  }
  // Links and images are markup, which plain text has no place for: given
  // with it they would do nothing, unsaid. JSON lists images, and a block's
  // links with --blocks. (--with-expected writes the formats of the
  // directory's pith-check file, which may take them.)
  const bool json = args.format == Format::kJson || args.format == Format::kJsonl;
  const bool markup = args.format == Format::kMarkdown || args.format == Format::kHtml;
  if (!args.with_expected) {
    if (given("--with-links") && !markup && !(json && given("--blocks"))) {
      return Status::InvalidArgument(
          "--with-links goes with --format markdown or html, or json or jsonl with --blocks");
    }
    if (given("--with-images") && !markup && !json) {
      return Status::InvalidArgument("--with-images goes with --format markdown, html, json or jsonl");
    }
  }
  if (args.with_expected && args.save_dir.empty()) {
    return Status::InvalidArgument("--with-expected needs --save DIR");
  }
  const bool discovering = !args.sitemaps.empty() || !args.feeds.empty() || !args.crawls.empty();
  if (args.list && !discovering && !args.help && !args.version) {
    return Status::InvalidArgument("--list goes with --sitemap, --feed or --crawl");
  }
  return Status::Ok();
}

}  // namespace

Result<CliArgs> ParseArgs(int argc, char** argv) {
  CliArgs args;
  args.options.option_name = FlagName;
  args.fetch.option_name = FlagName;
  bool only_inputs = false;
  int first = 1;
  if (argc > 1 && std::string(argv[1]) == "check") {  // a page named check: ./check
    args.check = true;
    first = 2;
  }
  for (int i = first; i < argc; ++i) {
    std::string arg = argv[i];
    if (only_inputs || arg == "-" || arg.empty() || arg[0] != '-') {
      args.inputs.push_back(arg);
      continue;
    }
    if (arg == "--") {
      only_inputs = true;
      continue;
    }
    std::string value;
    bool has_value = false;
    if (arg.rfind("--", 0) == 0) {
      std::size_t eq = arg.find('=');
      if (eq != std::string::npos) {
        value = arg.substr(eq + 1);
        arg.resize(eq);
        has_value = true;
      }
    } else if (arg.size() > 2) {  // "-j4": a short flag with its value attached
      const Flag* f = FindFlag(arg.substr(0, 2));
      if (f != nullptr && f->value != nullptr) {
        value = arg.substr(2);
        arg.resize(2);
        has_value = true;
      }
    }
    const Flag* flag = FindFlag(arg);
    if (flag == nullptr) {
      // A file whose name starts with '-' reads as an option: say how to
      // give it, when there is one.
      struct stat st;
      const std::string name = Printable(argv[i]);
      const std::string hint =
          ::stat(argv[i], &st) == 0
              ? " (the file " + name + " is given as ./" + name + ", or after --)"
              : "";
      return Status::InvalidArgument("unknown option " + Printable(arg) + hint);
    }
    if (flag->value != nullptr && !has_value) {
      if (i + 1 >= argc) return Status::InvalidArgument(arg + " needs a value (" + flag->value + ")");
      value = argv[++i];
    } else if (flag->value == nullptr && has_value) {
      return Status::InvalidArgument(arg + " takes no value");
    }
    Status s = Apply(*flag, value, &args);
    if (!s.ok()) return s;
    args.given.push_back(flag->long_name);
  }
  if (Status s = Validate(args); !s.ok()) return s;
  if (args.threads == 0) {
    args.threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  }
  return args;
}

namespace {

// The prose around the flag table, shared by --help and the man page. Each
// paragraph is one string; --help wraps them at 88 columns.
constexpr const char* kSummary =
    "Print the main text of web pages, without menus, teasers, share bars and other chrome.";
constexpr const char* kDescription[] = {
    "A DIR is searched for .html, .htm, .warc (web archives, saved downloads) and their .gz "
    "files; - or no input reads standard input. A URL (http or https) is downloaded. "
    "Gzip-compressed input is read transparently.",
    "A WARC file (WARC/1.0 or 1.1; plain, gzipped record by record or whole; told by its first "
    "bytes) is streamed record by record: every HTML response record yields an article, whose "
    "JSON adds warc_record_id, warc_date and warc_target_uri; other records (request, metadata, "
    "revisit, warcinfo, images, PDFs) are counted, not shown. A summary line on standard error "
    "counts the records read, extracted, without content, skipped by type, and failed (not for "
    "a file of one record that gave its article, as --save writes them). A "
    "damaged record is reported with its record id and byte offset, and reading goes on at the "
    "next record.",
    "pith check DIR... is a regression test of saved pages: every page under DIR with an "
    "expectation beside it (NAME.expected.txt, .md, .html or .json by --format; "
    "SLUG/expected.txt for SLUG/source.html) is extracted again and compared, and a unified "
    "diff is printed for each change (JSON field by field), then a summary. A page without an "
    "expectation is reported, never blessed, unless --update is given. The options come from a "
    "pith-check file in DIR (key = value lines: format, json-fields, with-comments, no-tables, "
    "with-links, with-images, favor-precision, favor-recall, min-chars, encoding; # comments), "
    "overridden by the options given. --save DIR --with-expected URL... saves pages together "
    "with their expectations.",
};
constexpr const char* kNotes[] = {
    "Articles come in input order (a WARC file's in record order), except with jsonl and "
    "downloads or WARC files: then each record is written as it completes. Every input (every "
    "HTML record and every damaged record of a WARC file) yields one JSON record, which names it "
    "(\"input\"). "
    "Downloads honour the http_proxy, https_proxy, all_proxy and no_proxy variables.",
    "JSON records carry \"page_type\", the kind of page recognised from its declared data "
    "(JSON-LD and microdata @type, og:type) and structure: article, forum (threads and Q&A), "
    "product (products and courses), service (company and service pages), documentation, "
    "listing (links to articles or items), collection (a shop's category) or other (no text).",
    "Downloads are polite by default: each site's robots.txt is fetched once and obeyed (a URL "
    "it disallows is skipped, with the rule named), at most 2 transfers run at once per host, "
    "their starts 1 second apart, and a 429 or 503 with Retry-After pauses that host alone.",
    "Discovery (--sitemap, --feed, --crawl) downloads under the same politeness. A sitemap or "
    "feed that cannot be read, or a bound that fires, is named on standard error (exit status "
    "2) and what was found elsewhere is still used. With --list the URLs are printed, not "
    "downloaded: exit status 0 if any was found, 1 if none.",
};
// EXIT STATUS, as ripgrep's manual has it: pith's, then pith check's.
constexpr const char* kExitStatus[] = {
    "0 every input gave an article; 1 some input had no main content, was not HTML or was "
    "disallowed by robots.txt, or there was nothing to read (no pages in the directories, no URLs "
    "in the lists); 2 an error (bad usage, unreadable, binary or too large input, failed "
    "download, a damaged WARC record); other inputs are still processed. A WARC file counts as "
    "one input: it gave an article if any of its records did. A closed pipe (pith ... | head) "
    "ends pith quietly.",
    "pith check exits 0 when every page is unchanged (or, with --update, was written), 1 when a "
    "page changed or lacks an expectation, an expectation lost its page (it is named: orphaned) "
    "or a DIR holds no saved page, 2 on errors (a page that "
    "cannot be read or extracted, a bad pith-check file).",
};
// EXAMPLES: each command, then what it does.
constexpr const char* kExamples[][2] = {
    {"pith page.html", "the article's text"},
    {"pith -f markdown --with-links https://example.org/story",
     "download a page (politely) and print its article as Markdown, links kept"},
    {"pith -f jsonl -j 4 saved/ > articles.jsonl",
     "every page below saved/ (.html, .htm, .warc, gzipped or not), one JSON object a line"},
    {"zcat crawl.warc.gz | pith -f jsonl -", "every HTML page of a WARC stream"},
    {"pith --urls urls.txt --save pages/ -f jsonl",
     "download a list of URLs, keeping each page as a .warc.gz that pith reads back"},
    {"pith --list --sitemap https://example.org/", "the URLs the site's sitemaps list"},
    {"pith --explain blocks.html page.html",
     "also write blocks.html, showing which blocks were kept and why"},
    {"pith check --update pages/ && pith check pages/",
     "save what pith makes of each page below pages/, then compare it with what it makes now"},
};
constexpr const char* kSynopsis[] = {
    "pith [OPTIONS] [FILE|DIR|URL|-]...",
    "pith [OPTIONS] --urls FILE",
    "pith [OPTIONS] [--list] (--sitemap URL | --feed URL | --crawl URL)...",
    "pith check [--update] [--only NAME] [OPTIONS] DIR...",
};

std::string Wrap(const std::string& text, std::size_t width) {
  std::string out, line;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find(' ', at);
    if (end == std::string::npos) end = text.size();
    const std::string word = text.substr(at, end - at);
    if (!line.empty() && line.size() + 1 + word.size() > width) {
      out += line + "\n";
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
    at = end + 1;
  }
  return out + line + "\n";
}

// Each line of `text` after `n` spaces.
std::string Indent(const std::string& text, std::size_t n) {
  std::string out;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t end = text.find('\n', at);
    end = end == std::string::npos ? text.size() : end + 1;
    out += std::string(n, ' ') + text.substr(at, end - at);
    at = end;
  }
  return out;
}

// Text for roff: backslashes and hyphens escaped, no line starting with a dot.
std::string Roff(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\\') out += "\\e";
    else if (c == '-') out += "\\-";
    else out.push_back(c);
  }
  if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out = "\\&" + out;
  return out;
}

}  // namespace

std::string HelpText() {
  std::string out = "Usage: ";
  for (const char* line : kSynopsis) out += (out.size() > 7 ? "       " : "") + std::string(line) + "\n";
  out += std::string(kSummary) + "\n";
  for (const char* p : kDescription) out += "\n" + Wrap(p, 88);
  out += "\nOptions:\n";
  for (const Flag& f : kFlags) {
    std::string left = "  ";
    left += f.short_name ? std::string(f.short_name) + ", " : "    ";
    left += f.long_name;
    if (f.value) left += std::string(" ") + f.value;
    if (left.size() < 28) left.resize(28, ' ');
    else left += "\n" + std::string(28, ' ');
    const std::string help = Wrap(f.help, 60);
    out += left;
    for (char c : help.substr(0, help.size() - 1)) {
      out.push_back(c);
      if (c == '\n') out += std::string(28, ' ');
    }
    out += "\n";
  }
  out += "\nExamples:\n";
  for (const auto& [command, what] : kExamples) {
    out += "  " + std::string(command) + "\n" + Indent(Wrap(what, 80), 6);
  }
  for (const char* p : kNotes) out += "\n" + Wrap(p, 88);
  out += "\nExit status:\n";
  for (const char* p : kExitStatus) out += Indent(Wrap(p, 86), 2);
  return out;
}

std::string ManPage() {
  std::string out = ".TH PITH 1 \"\" \"pith " PITH_VERSION_STRING "\" \"User Commands\"\n";
  out += ".SH NAME\npith \\- " + Roff(kSummary) + "\n";
  out += ".SH SYNOPSIS\n";
  for (const char* line : kSynopsis) {
    const std::string text = line;
    const std::size_t command = text.rfind("pith check", 0) == 0 ? 10 : 4;
    out += (&line == &kSynopsis[0] ? "" : ".br\n");
    out += ".B " + text.substr(0, command) + "\n" + Roff(text.substr(command + 1)) + "\n";
  }
  out += ".SH DESCRIPTION\n";
  for (const char* p : kDescription) out += Roff(p) + "\n.PP\n";
  out += ".SH OPTIONS\n";
  for (const Flag& f : kFlags) {
    out += ".TP\n";
    if (f.short_name) out += "\\fB" + Roff(f.short_name) + "\\fR, ";
    out += "\\fB" + Roff(f.long_name) + "\\fR";
    if (f.value) out += " \\fI" + Roff(f.value) + "\\fR";
    out += "\n" + Roff(f.help) + "\n";
  }
  out += ".SH NOTES\n";
  for (const char* p : kNotes) out += Roff(p) + "\n.PP\n";
  out += ".SH EXIT STATUS\n";
  for (const char* p : kExitStatus) out += Roff(p) + "\n.PP\n";
  out += ".SH EXAMPLES\n";
  for (const auto& [command, what] : kExamples) {
    out += ".TP\n\\fB" + Roff(command) + "\\fR\n" + Roff(what) + "\n";
  }
  out += ".SH SEE ALSO\nThe README of pith, and its library API in \\fIinclude/pith/\\fR.\n";
  return out;
}

std::string BashCompletion() {
  std::string flags = "check", file_flags, dir_flags;
  for (const Flag& f : kFlags) {
    flags += std::string(" ") + f.long_name + (f.short_name ? std::string(" ") + f.short_name : "");
    if (f.value == nullptr) continue;
    const std::string value = f.value;
    std::string names = f.long_name;
    if (f.short_name) names += std::string("|") + f.short_name;
    if (value == "FILE" || value == "FILE.html") file_flags += (file_flags.empty() ? "" : "|") + names;
    if (value == "DIR") dir_flags += (dir_flags.empty() ? "" : "|") + names;
  }
  // Values the parser takes by name: --format's, --follow's and --page-type's,
  // from its tables.
  return "# bash completion for pith, generated from its flag table (as --help and pith(1)).\n"
         "_pith() {\n"
         "  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
         "  COMPREPLY=()\n"
         "  case $prev in\n"
         "    --format|-f) COMPREPLY=($(compgen -W '" + FormatNames(" ", " ") +
         "' -- \"$cur\")); return ;;\n"
         "    --follow) COMPREPLY=($(compgen -W '" + JoinNames(kFollowValues, " ", " ") +
         "' -- \"$cur\")); return ;;\n"
         "    --page-type) COMPREPLY=($(compgen -W '" + PageTypeNames(" ", " ") +
         "' -- \"$cur\")); return ;;\n"
         "    " + file_flags + ") COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n"
         "    " + dir_flags + ") COMPREPLY=($(compgen -d -- \"$cur\")); return ;;\n"
         "  esac\n"
         "  if [[ $cur == -* ]]; then\n"
         "    COMPREPLY=($(compgen -W '" + flags.substr(std::string("check ").size()) + "' -- \"$cur\"))\n"
         "  elif [[ $COMP_CWORD -eq 1 && check == \"$cur\"* ]]; then\n"
         "    COMPREPLY=($(compgen -W check -- \"$cur\") $(compgen -f -- \"$cur\"))\n"
         "  else\n"
         "    COMPREPLY=($(compgen -f -- \"$cur\"))\n"
         "  fi\n"
         "}\n"
         "complete -o filenames -F _pith pith\n";
}

std::string FlagName(std::string_view option) {
  // The library's names of its limits and switches, and the flags that set them.
  static constexpr std::pair<std::string_view, std::string_view> kNames[] = {
      {"ExtractOptions::max_input_bytes", "--max-input"},
      {"WarcOptions::max_record_bytes", "--max-input"},
      {"FetchOptions::max_body_bytes", "--max-size"},
      {"ExtractOptions::include_tables", "--no-tables"},
      // Limits no flag sets: "(the limit is 5000)", or said by their
      // measure alone ("parsing the page took longer than 10 s").
      {"ExtractOptions::max_nesting_depth", "the limit"},
      {"ExtractOptions::max_elements", "the limit"},
      {"ExtractOptions::max_parse_seconds", ""},
      {"ExtractOptions::max_parse_memory_bytes", ""},
      {"WarcOptions::max_header_bytes", ""},
  };
  for (const auto& [name, flag] : kNames) {
    if (option == name) return std::string(flag);
  }
  return std::string(option);
}

Format FromOutputFormat(OutputFormat f) {
  switch (f) {
    case OutputFormat::kMarkdown: return Format::kMarkdown;
    case OutputFormat::kHtml: return Format::kHtml;
    case OutputFormat::kJson: return Format::kJson;
    case OutputFormat::kText: break;
  }
  return Format::kText;
}

OutputFormat ToOutputFormat(Format f) {
  switch (f) {
    case Format::kMarkdown: return OutputFormat::kMarkdown;
    case Format::kHtml: return OutputFormat::kHtml;
    case Format::kJson: case Format::kJsonl: return OutputFormat::kJson;
    case Format::kText: break;
  }
  return OutputFormat::kText;
}

}  // namespace pith::cli
