// pith: the command-line tool, a thin layer over the library.
// argv -> CliArgs -> inputs -> pith::Extract -> stdout; diagnostics on stderr.
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <limits>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "base/bytes_text.h"
#include "base/url.h"
#include "batch.h"
#include "check.h"
#include "cli_args.h"
#include "pith/check.h"
#include "pith/pith.h"
#include "pith/warc.h"

namespace {

namespace fs = std::filesystem;
using pith::cli::CliArgs;
using pith::cli::Format;
using pith::cli::Outcome;

constexpr int kExitOk = 0;
constexpr int kExitNotFound = 1;
constexpr int kExitError = 2;

// A page file of a directory: .html, .htm, .warc and their .gz, but not the
// expectation files of pith check (NAME.expected.html).
bool IsPageFile(const fs::path& p) { return pith::IsSavedPageName(p.filename().string()); }

bool LooksLikeUrl(const std::string& input) {
  const std::size_t colon = input.find("://");
  return colon != std::string::npos && colon > 0 && colon < 10 &&
         input.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ+.-") >= colon;
}

struct Input {
  std::string name;  // a path, "-", or a URL
  bool url = false;
  bool archive = false;  // a WARC file (its first bytes say so, not its name)
  bool stream = false;   // a FIFO or character device named as an input: read once
  bool listed = false;   // found in a directory given
};

// Expands directories into the page files below them, sorted; URLs and
// files stay as given.
std::vector<Input> ExpandInputs(const std::vector<std::string>& given,
                                std::vector<std::string>* errors) {
  std::vector<Input> out;
  for (const std::string& in : given) {
    std::error_code ec;
    if (LooksLikeUrl(in)) {
      out.push_back({in, true});
    } else if (in != "-" && fs::is_directory(in, ec)) {
      std::vector<std::string> found;
      fs::recursive_directory_iterator it(in, fs::directory_options::skip_permission_denied, ec);
      for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        // Any page-named entry but a directory, a regular file or not: a
        // broken link or a FIFO is then refused with its cause, as when
        // given by name, rather than skipped unsaid.
        std::error_code type_ec;
        if (IsPageFile(it->path()) && !it->is_directory(type_ec)) {
          found.push_back(it->path().string());
        }
      }
      if (ec) errors->push_back(in + ": " + ec.message());
      std::sort(found.begin(), found.end());
      for (std::string& f : found) out.push_back({std::move(f), false, false, false, true});
    } else {
      // A FIFO or a character device given by name is read as a stream, as
      // cat reads it (process substitution, /dev/stdin); the walk above
      // reports those it meets instead, as ExtractFile() does.
      struct stat st;
      const bool stream = in != "-" && ::stat(in.c_str(), &st) == 0 &&
                          (S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode));
      out.push_back({in, false, false, stream});
    }
  }
  return out;
}

// Reads `f` to its end into `out`: kIoError on a read error; kTooLarge past
// `max_bytes`, the limit of the option `limit_name`, which the message gives
// with its size (the stream's is not known: it is read no further). `what`
// names the stream in messages.
pith::Status ReadStream(std::FILE* f, std::size_t max_bytes, std::string_view limit_name,
                        const std::string& what, std::string* out) {
  char buf[1 << 16];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
    out->append(buf, n);
    if (out->size() > max_bytes) {
      return pith::Status::TooLarge(pith::internal::NameLimit(
          what + " is larger than " + pith::internal::BytesText(max_bytes), limit_name));
    }
  }
  if (std::ferror(f)) return pith::Status::IoError("cannot read " + what);
  return pith::Status::Ok();
}

// The largest --urls list read. Its URLs are all held before the first
// download (the fetcher takes them together, to go side by side host by
// host), so a list of gigabytes would fill the memory: at most 256 MiB and
// a million URLs (short ones cost some 70 bytes each as held; 256 MiB of
// them, 13 million, took 0.9 GB before the list was refused).
constexpr std::size_t kMaxUrlListBytes = std::size_t{256} << 20;
constexpr std::size_t kMaxUrlListUrls = 1000000;

// An input as every message names it: "-" is stdin, a URL's password is
// hidden (UrlForMessage()), and a name's control bytes are escaped.
std::string ShownName(const std::string& name) {
  if (name == "-") return "stdin";
  return LooksLikeUrl(name) ? pith::internal::UrlForMessage(name) : pith::Printable(name);
}

// The URLs of a --urls list: one a line, blank lines and # comments skipped.
// Read in pieces, a line at a time; a list over kMaxUrlListBytes or
// kMaxUrlListUrls is refused whole (none of its URLs taken), with a message
// saying so.
pith::Status ReadUrlList(const std::string& path, std::vector<Input>* out) {
  std::FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  const std::string name = ShownName(path);
  if (!f) {
    return pith::Status::IoError("cannot open URL list " + name + ": " + std::strerror(errno));
  }
  std::vector<Input> urls;
  std::string line;  // the line read so far
  auto take = [&] {
    const std::size_t b = line.find_first_not_of(" \t\r");
    if (b != std::string::npos && line[b] != '#') {
      urls.push_back({line.substr(b, line.find_last_not_of(" \t\r") - b + 1), true});
    }
    line.clear();
  };
  pith::Status status = pith::Status::Ok();
  char buf[1 << 16];
  std::size_t n, total = 0;
  auto too_large = [&](const std::string& what) {
    return pith::Status::TooLarge("URL list " + name + " " + what +
                                  ": none of its URLs read (pith holds a list's URLs before "
                                  "downloading them; give it in parts, one run each)");
  };
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
    total += n;
    if (total > kMaxUrlListBytes) {
      status = too_large("is larger than " + pith::internal::BytesText(kMaxUrlListBytes));
      break;
    }
    if (urls.size() > kMaxUrlListUrls) {
      status = too_large("holds more than " + std::to_string(kMaxUrlListUrls) + " URLs");
      break;
    }
    std::string_view rest(buf, n);
    // A byte order mark opening the list (as Notepad saves UTF-8) is no
    // part of its first URL.
    constexpr std::string_view kBom = "\xEF\xBB\xBF";
    if (total == n && rest.substr(0, kBom.size()) == kBom) rest.remove_prefix(kBom.size());
    while (!rest.empty()) {
      const std::size_t eol = rest.find('\n');
      line.append(rest.substr(0, eol));
      if (eol == std::string_view::npos) break;
      take();
      rest.remove_prefix(eol + 1);
    }
  }
  if (status.ok() && std::ferror(f)) status = pith::Status::IoError("cannot read URL list " + name);
  if (f != stdin) std::fclose(f);
  if (!status.ok()) return status;
  take();  // a last line without its end
  if (urls.size() > kMaxUrlListUrls) {
    return too_large("holds more than " + std::to_string(kMaxUrlListUrls) + " URLs");
  }
  for (Input& u : urls) out->push_back(std::move(u));
  return pith::Status::Ok();
}

// A stream, read once from its start: standard input, or a FIFO or
// character device named as an input (`pith <(zcat page.html.gz)`,
// /dev/stdin). Its first bytes are read to tell a WARC stream from a page;
// whoever reads it starts with them.
struct Stream {
  std::FILE* file = nullptr;
  std::string head;
};

// The streams among the inputs, by name ("-": standard input), opened by
// IsArchive() before the inputs are read; each is read by one worker.
std::map<std::string, Stream> streams;

// Opens the stream `name` for reading. A name of a descriptor pith holds
// (/dev/stdin, /dev/fd/N, /proc/self/fd/N: process substitution gives
// these) reads that descriptor: opening the name again would wait for a
// writer that may have finished and left.
std::FILE* OpenStream(const std::string& name) {
  int fd = -1;
  if (name == "/dev/stdin") {
    fd = STDIN_FILENO;
  } else {
    for (const char* dir : {"/dev/fd/", "/proc/self/fd/"}) {
      const std::string_view prefix(dir);
      if (name.compare(0, prefix.size(), prefix) != 0) continue;
      const std::string digits = name.substr(prefix.size());
      if (!digits.empty() && digits.size() < 9 &&
          digits.find_first_not_of("0123456789") == std::string::npos) {
        fd = std::atoi(digits.c_str());
      }
    }
  }
  struct stat named, held;
  if (fd >= 0 && ::stat(name.c_str(), &named) == 0 && ::fstat(fd, &held) == 0 &&
      named.st_dev == held.st_dev && named.st_ino == held.st_ino) {
    if (fd == STDIN_FILENO) return stdin;
    const int copy = ::dup(fd);
    if (copy >= 0) {
      if (std::FILE* f = ::fdopen(copy, "rb")) return f;
      ::close(copy);
    }
  }
  return std::fopen(name.c_str(), "rb");
}

// True when the local input `name` is a WARC file, gzipped or not. A stream
// (`stream`, or "-") is opened and its head kept in `streams`; a file that
// cannot be opened is not one (its extraction says why).
bool IsArchive(const std::string& name, bool stream) {
  constexpr std::size_t kHead = 4096;
  if (name == "-" || stream) {
    Stream& s = streams[name];
    s.file = name == "-" ? stdin : OpenStream(name);
    if (s.file == nullptr) return false;
    s.head.resize(kHead);
    s.head.resize(std::fread(s.head.data(), 1, kHead, s.file));
    return pith::LooksLikeWarc(s.head);
  }
  std::error_code ec;
  if (!fs::is_regular_file(name, ec)) return false;  // the extraction says why
  std::FILE* f = std::fopen(name.c_str(), "rb");
  if (!f) return false;
  std::string head(kHead, '\0');
  head.resize(std::fread(head.data(), 1, kHead, f));
  std::fclose(f);
  return pith::LooksLikeWarc(head);
}

// What is known of a local page: its address, when --url gives it.
pith::PageInfo PageOf(const CliArgs& args) {
  pith::PageInfo page;
  page.url = args.page_url;
  return page;
}

// A stream's page: its head, then the rest, up to --max-input (it is read no
// further: its size is not known beforehand). Named as a file's page is,
// standard input as "-".
pith::Result<pith::Article> ExtractStream(const std::string& input, const CliArgs& args) {
  Stream& s = streams.at(input);
  if (s.file == nullptr) {
    return pith::Status::IoError("cannot open " + ShownName(input) + ": " + std::strerror(errno));
  }
  std::string bytes = std::move(s.head);
  const pith::Status read = ReadStream(
      s.file, args.options.max_input_bytes,
      pith::internal::OptionName(args.options.option_name, "ExtractOptions::max_input_bytes"),
      input == "-" ? "standard input" : ShownName(input), &bytes);
  if (s.file != stdin) std::fclose(s.file);
  s.file = nullptr;
  if (!read.ok()) return read;
  pith::Result<pith::Article> article = pith::Extract(bytes, args.options, PageOf(args));
  if (input == "-") {
    if (article.ok()) article->input = "-";
    return article;
  }
  if (!article.ok()) return article.status().WithContext(ShownName(input));
  if (article->url.empty()) article->url = input;  // as ExtractFile() names a file's page
  article->input = input;
  return article;
}

pith::Result<pith::Article> ExtractLocal(const Input& input, const CliArgs& args) {
  if (input.name == "-" || input.stream) return ExtractStream(input.name, args);
  return pith::ExtractFile(input.name, args.options, PageOf(args));
}

// A stream as a WARC source: the bytes IsArchive() read, then the rest.
pith::WarcSource StreamSource(const std::string& name) {
  Stream* s = &streams.at(name);
  return [s, name](char* buffer, std::size_t size) -> pith::Result<std::size_t> {
    if (!s->head.empty()) {
      const std::size_t n = s->head.copy(buffer, size);
      s->head.erase(0, n);
      return n;
    }
    const std::size_t n = std::fread(buffer, 1, size, s->file);
    if (n == 0 && std::ferror(s->file)) {
      return pith::Status::IoError("cannot read " +
                                   (name == "-" ? "standard input" : ShownName(name)));
    }
    return n;
  };
}

// A kind of record (SkipKind) counted more than once: "2 requests", "3
// responses (not HTML)". Metadata, warcinfo, untyped records and a type no
// standard names stay as they are.
std::string Plural(const std::string& kind) {
  const std::size_t end = kind.find(' ');
  const std::string word = kind.substr(0, end);
  for (const char* countable : {"request", "response", "resource", "revisit", "conversion", "continuation"}) {
    if (word == countable) return word + "s" + (end == std::string::npos ? "" : kind.substr(end));
  }
  return kind;
}

// What the records of one WARC file came to.
struct ArchiveTally {
  std::size_t read = 0;             // records, damaged ones and runs of garbage included
  std::size_t extracted = 0;        // HTML responses with an article
  std::size_t without_content = 0;  // HTML responses without one
  std::map<std::string, std::size_t> skipped;  // not HTML, by kind: "request", "revisit", ...
  std::size_t failed = 0;           // damaged records and failed extractions

  // "7 records read: 2 extracted, 1 without content, 3 skipped by type
  // (1 request, 2 warcinfo), 1 failed"
  std::string Summary() const {
    std::size_t skips = 0;
    std::string kinds;
    for (const auto& [kind, n] : skipped) {
      skips += n;
      kinds += (kinds.empty() ? "" : ", ") + std::to_string(n) + " " + (n == 1 ? kind : Plural(kind));
    }
    return std::to_string(read) + (read == 1 ? " record" : " records") + " read: " +
           std::to_string(extracted) + " extracted, " + std::to_string(without_content) +
           " without content, " + std::to_string(skips) + " skipped by type" +
           (kinds.empty() ? "" : " (" + kinds + ")") + ", " + std::to_string(failed) + " failed";
  }
};

// The kind a record not extracted is counted under.
std::string SkipKind(const pith::WarcRecord& record) {
  if (record.type.empty()) return "untyped";
  if (record.type == "response" || record.type == "resource") return record.type + " (not HTML)";
  return record.type;
}

// The width of the terminal on standard error; 80 when it does not say.
std::size_t Columns() {
  struct winsize ws {};
  if (ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  return 80;
}

// `head` then as much of `name` as fits in one line of `columns` (less one,
// so the cursor never wraps): a line that wraps leaves its first rows on the
// terminal, since "\r" goes back to the start of the last row only. A name
// too long loses its start (the file name at its end says most), marked
// "...". Counted in code points, not bytes.
std::string FitLine(const std::string& head, const std::string& name, std::size_t columns) {
  auto width = [](std::string_view s) {
    std::size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
  };
  const std::size_t room = columns > 1 ? columns - 1 : 0;
  std::string line = head + name;
  if (width(line) <= room) return line;
  if (width(head) + 3 >= room) {  // no room for a name: the counts alone, cut
    std::string out;
    for (char c : head) {
      if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && width(out) == room) break;
      out.push_back(c);
    }
    return out;
  }
  std::size_t keep = room - width(head) - 3;  // code points of the name's end
  std::size_t at = name.size();
  while (at > 0 && keep > 0) {
    --at;
    if ((static_cast<unsigned char>(name[at]) & 0xC0) != 0x80) --keep;
  }
  return head + "..." + name.substr(at);
}

// A progress line on a terminal: done/total (total 0: not known, as for
// WARC files), failures, pages per second.
class Progress {
 public:
  Progress(bool on, std::size_t total)
      : on_(on), total_(total), start_(std::chrono::steady_clock::now()) {}
  void Update(std::size_t done, std::size_t failed, const std::string& last) {
    if (!on_) return;
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    const std::string of = total_ > 0 ? "/" + std::to_string(total_) : "";
    char head[128];
    std::snprintf(head, sizeof head, "[%zu%s] %zu failed, %.1f pages/s  ", done, of.c_str(), failed,
                  s > 0 ? static_cast<double>(done) / s : 0.0);
    std::fprintf(stderr, "\r%s\033[K", FitLine(head, ShownName(last), Columns()).c_str());
  }
  void Clear() {
    if (on_) std::fputs("\r\033[K", stderr);
  }

 private:
  bool on_;
  std::size_t total_;
  std::chrono::steady_clock::time_point start_;
};

// The device and inode of the file `path` names (links followed), when it
// exists: two names of one file have the same.
std::optional<std::pair<dev_t, ino_t>> FileId(const std::string& path) {
  struct stat st;
  if (path.empty() || ::stat(path.c_str(), &st) != 0) return std::nullopt;
  return std::make_pair(st.st_dev, st.st_ino);
}

// The input, as given, that the existing file `path` is: a page file (one a
// directory held too), a URL list, or the regular file standard input reads
// ("-" when read). Writing `path` first would empty it before it is read.
std::optional<std::string> InputAt(const std::string& path, const std::vector<Input>& inputs,
                                   const std::vector<std::string>& url_lists) {
  const std::optional<std::pair<dev_t, ino_t>> id = FileId(path);
  if (!id) return std::nullopt;
  struct stat st;
  const bool stdin_is_file = ::fstat(STDIN_FILENO, &st) == 0 && S_ISREG(st.st_mode) &&
                             std::make_pair(st.st_dev, st.st_ino) == *id;
  for (const Input& in : inputs) {
    if (in.url) continue;
    if (in.name == "-" ? stdin_is_file : FileId(in.name) == id) return in.name;
  }
  for (const std::string& list : url_lists) {
    if (list == "-" ? stdin_is_file : FileId(list) == id) return list;
  }
  return std::nullopt;
}

// True when the file `path` may take an --explain report: it does not exist,
// is empty or not a regular file (/dev/null, a pipe), or is a report pith
// wrote (RenderExplainHtml's title opens it).
// Any other file is a user's, such as a page named where the report's name
// goes (`pith --explain page.html`, standard input read as the page).
bool MayHoldExplainReport(const std::string& path) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return errno == ENOENT;
  if (!S_ISREG(st.st_mode) || st.st_size == 0) return true;
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return true;  // writing it says why it cannot
  std::string head(256, '\0');
  head.resize(std::fread(head.data(), 1, head.size(), f));
  std::fclose(f);
  return head.find("<title>pith explain: ") != std::string::npos;
}

// -o FILE opened for writing, or standard output without one; nullptr, said
// on standard error, when it cannot be opened.
std::FILE* OpenOutput(const std::string& path) {
  if (path.empty()) return stdout;
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) {
    std::cerr << "pith: cannot write " << pith::Printable(path) << ": "
              << std::strerror(errno) << "\n";
  }
  return f;
}

// Standard output (or -o FILE). Each record is flushed as it is written, so
// a reader of a long batch sees records as they complete. When the reader
// leaves (a broken pipe, as with `| head`), pith stops at once, with the
// exit status so far: there is no one left to work for.
class Output {
 public:
  Output(std::FILE* f, const int* exit_code) : file_(f), exit_code_(exit_code) {}
  void Write(const std::string& s) {
    if (error_ == 0 && std::fwrite(s.data(), 1, s.size(), file_) != s.size()) Fail();
  }
  void EndRecord() {
    if (error_ == 0 && std::fflush(file_) != 0) Fail();
    if (error_ == EPIPE) {
      std::fflush(stderr);
      std::_Exit(*exit_code_);
    }
  }
  // Flushes and closes the output; returns `exit_code`, or kExitError when
  // the output could not be written. A reader that left (EPIPE) is not an
  // error of ours.
  int Finish(int exit_code) {
    if (error_ == 0 && std::fflush(file_) != 0) Fail();
    if (file_ != stdout && std::fclose(file_) != 0 && error_ == 0) Fail();
    if (error_ == 0 || error_ == EPIPE) return exit_code;
    std::cerr << "pith: cannot write output: " << std::strerror(error_) << "\n";
    return kExitError;
  }

 private:
  void Fail() { error_ = errno != 0 ? errno : EIO; }

  std::FILE* file_;
  const int* exit_code_;
  int error_ = 0;  // errno of the first failed write
};

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);
  pith::Result<CliArgs> parsed = pith::cli::ParseArgs(argc, argv);
  if (!parsed.ok()) {
    std::cerr << "pith: " << parsed.status().message() << "\nTry 'pith --help'.\n";
    return kExitError;
  }
  CliArgs& args = *parsed;
  if (args.help) {
    std::cout << pith::cli::HelpText();
    return kExitOk;
  }
  if (args.version) {
    std::cout << "pith " << PITH_VERSION_STRING << "\n";
    return kExitOk;
  }
  if (args.check) return pith::cli::RunCheck(args);
  const bool list_on_stdin =
      std::find(args.url_lists.begin(), args.url_lists.end(), "-") != args.url_lists.end();
  const bool discovering = !args.sitemaps.empty() || !args.feeds.empty() || !args.crawls.empty();
  if (args.inputs.empty() && args.url_lists.empty() && !discovering) {
    if (isatty(STDIN_FILENO)) {
      std::cerr << "pith: no input given\nTry 'pith --help'.\n";
      return kExitError;
    }
    args.inputs.push_back("-");
  }
  if (!args.save_dir.empty() && args.url_lists.empty() && !discovering &&
      std::none_of(args.inputs.begin(), args.inputs.end(), LooksLikeUrl)) {
    // Pages read from files are never saved: --save would do nothing, unsaid.
    std::cerr << "pith: --save goes with URLs, --urls, --sitemap, --feed or --crawl (it keeps "
                 "downloaded pages)\nTry 'pith --help'.\n";
    return kExitError;
  }
  // Standard input is read once: named twice, the first reading would leave
  // nothing for the second (and IsArchive's look at its head, taken again,
  // would lose the first's).
  if (std::count(args.inputs.begin(), args.inputs.end(), "-") > 1 ||
      std::count(args.url_lists.begin(), args.url_lists.end(), "-") > 1) {
    std::cerr << "pith: stdin named twice (-): it can be read only once\nTry 'pith --help'.\n";
    return kExitError;
  }
  if (list_on_stdin && std::find(args.inputs.begin(), args.inputs.end(), "-") != args.inputs.end()) {
    std::cerr << "pith: standard input cannot be both a page (-) and a URL list (--urls -)\n";
    return kExitError;
  }
  std::vector<std::string> errors;
  std::vector<Input> inputs = ExpandInputs(args.inputs, &errors);
  for (const std::string& list : args.url_lists) {
    if (pith::Status s = ReadUrlList(list, &inputs); !s.ok()) errors.push_back(s.message());
  }
  // A stream is read once: two names of one (standard input and
  // /dev/stdin) would leave the second nothing.
  {
    std::map<std::pair<dev_t, ino_t>, std::string> seen;
    for (const Input& in : inputs) {
      struct stat st;
      if (!(in.stream || (in.name == "-" && !in.url)) ||
          (in.name == "-" ? ::fstat(STDIN_FILENO, &st) : ::stat(in.name.c_str(), &st)) != 0 ||
          !(S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode))) {
        continue;
      }
      const auto [at, added] = seen.emplace(std::make_pair(st.st_dev, st.st_ino), in.name);
      if (!added) {
        std::cerr << "pith: " << ShownName(at->second) << " and " << ShownName(in.name)
                  << " are one stream: it can be read only once\nTry 'pith --help'.\n";
        return kExitError;
      }
    }
  }
  // -o FILE is opened (emptied) before the inputs are read: one of them
  // would be lost. A usage error, before anything is written.
  if (!args.output.empty()) {
    if (const std::optional<std::string> in = InputAt(args.output, inputs, args.url_lists)) {
      std::cerr << "pith: -o " << pith::Printable(args.output) << " is also an input"
                << (*in == args.output ? "" : " (" + ShownName(*in) + ")")
                << "\nTry 'pith --help'.\n";
      return kExitError;
    }
  }
  // --explain writes over its file: never over an input, nor over a file
  // that is not a report of its own (a page named where the report's name
  // goes; with no other input pith reads standard input).
  if (!args.explain.empty()) {
    const std::string shown = pith::Printable(args.explain);
    if (const std::optional<std::string> in = InputAt(args.explain, inputs, args.url_lists)) {
      std::cerr << "pith: --explain " << shown << " is also an input"
                << (*in == args.explain ? "" : " (" + ShownName(*in) + ")")
                << "\nTry 'pith --help'.\n";
      return kExitError;
    }
    if (!MayHoldExplainReport(args.explain)) {
      std::cerr << "pith: --explain " << shown << " exists and is not a pith explain report: "
                << "not overwritten (pith --explain OUT.html PAGE writes the report on PAGE to "
                   "OUT.html)\n";
      return kExitError;
    }
  }
  // One Fetcher for discovery and the crawl: robots.txt is read once per
  // site and each host's delay holds across their steps.
  pith::Fetcher fetcher(args.fetch);
  std::vector<std::string> found;  // --sitemap and --feed pages, then --list's crawl pages
  std::vector<std::string> skips;  // --list's crawl pages extraction would skip: why
  {
    std::unordered_set<std::string> once;
    auto take = [&](pith::Discovery d) {
      for (const pith::Status& p : d.problems) errors.push_back(p.message());
      for (std::string& u : d.urls) {
        if (once.insert(u).second) found.push_back(std::move(u));
      }
    };
    if (!args.sitemaps.empty()) take(pith::DiscoverSitemaps(args.sitemaps, fetcher, args.discover));
    for (const std::string& u : args.feeds) take(pith::DiscoverFeeds(u, fetcher, args.discover));
    if (args.list && !args.crawls.empty()) {
      // Each page as extraction would take it: one the crawl could not
      // download is a failure, named (and listed: it may answer next
      // time); one robots.txt keeps pith from, or one asking not to be
      // indexed, is a skip, named as extraction names it and not listed,
      // so that the list fed back with --urls takes what the crawl would.
      std::unordered_set<std::string> not_taken;
      pith::Discovery d = pith::Crawl(args.crawls, fetcher, args.discover, [&](pith::Response r) {
        if (r.ok()) return;
        if (r.status.code() != pith::Status::Code::kDisallowed) {
          errors.push_back(r.status.message());
          return;
        }
        skips.push_back(r.status.message());
        not_taken.insert(r.url);
      });
      d.urls.erase(std::remove_if(d.urls.begin(), d.urls.end(),
                                  [&](const std::string& u) { return not_taken.count(u) > 0; }),
                   d.urls.end());
      take(std::move(d));
    }
  }
  int exit_code = errors.empty() ? kExitOk : kExitError;
  for (const std::string& e : errors) std::cerr << "pith: " << e << "\n";
  if (!skips.empty() && exit_code == kExitOk) exit_code = kExitNotFound;
  for (const std::string& s : skips) {
    if (!args.quiet) std::cerr << "pith: " << s << " (skipped)\n";
  }
  if (args.list) {
    if (found.empty() && exit_code == kExitOk) exit_code = kExitNotFound;
    std::FILE* f = OpenOutput(args.output);
    if (f == nullptr) return kExitError;
    Output out(f, &exit_code);
    for (const std::string& u : found) {
      out.Write(u + "\n");
      out.EndRecord();
    }
    return out.Finish(exit_code);
  }
  for (std::string& u : found) inputs.push_back({std::move(u), true});
  if (inputs.empty() && args.crawls.empty() && errors.empty()) {
    // A directory without pages or an empty URL list: say so rather than
    // succeed in silence.
    std::cerr << "pith: no pages to read (no .html, .htm or .warc files, gzipped or not, in "
                 "the directories; no URLs in the lists)\n";
    return kExitNotFound;
  }
  if (!args.explain.empty() && (inputs.size() > 1 || !args.crawls.empty())) {
    std::cerr << "pith: --explain takes one input, not " << inputs.size() << "\n";
    return kExitError;
  }
  // --save keeps what is downloaded: a local file is read where it is (pith
  // check reads it there too). Said, not passed over in silence: with no
  // download asked for at all, above; here, with URL lists that held none,
  // and for the local inputs beside downloads.
  if (!args.save_dir.empty()) {
    std::size_t local = 0;
    for (const Input& in : inputs) local += !in.url;
    if (local > 0 && local == inputs.size() && args.crawls.empty()) {
      std::cerr << "pith: --save " << pith::Printable(args.save_dir) << " keeps downloaded pages, and every input "
                << "is a local file: nothing would be saved (give URLs; a local page is read, and "
                << "checked by pith check, where it is)\n";
      return kExitError;
    }
    if (local > 0) {
      std::cerr << "pith: --save " << pith::Printable(args.save_dir) << " keeps downloaded pages only: " << local
                << (local == 1 ? " local input is" : " local inputs are") << " not saved\n";
    }
  }

  // --with-expected writes what `pith check SAVE_DIR` will compare: the
  // options of SAVE_DIR/pith-check, overridden by those given.
  pith::CheckOptions expect_options;
  if (args.with_expected) {
    if (pith::Status s = pith::cli::CheckOptionsFor(args, args.save_dir, &expect_options); !s.ok()) {
      std::cerr << "pith: " << s.message() << "\n";
      return kExitError;
    }
  }

  bool any_archive = false;
  for (Input& in : inputs) {
    if (!in.url) any_archive |= in.archive = IsArchive(in.name, in.stream);
  }

  // --url is the address of one page: given with more, or with pages that
  // have their own (a download, a WARC file), it would be wrong or unused.
  if (!args.page_url.empty()) {
    std::string what;
    if (!args.url_lists.empty() || discovering) {
      what = "--urls, --sitemap, --feed or --crawl";
    } else if (inputs.size() != 1) {
      what = std::to_string(inputs.size()) + " inputs";
    } else if (inputs[0].listed) {
      what = "a directory";
    } else if (inputs[0].url) {
      what = "a URL (a download has its own)";
    } else if (inputs[0].archive) {
      what = "a WARC file (its records have their own)";
    }
    if (!what.empty()) {
      std::cerr << "pith: --url goes with one page, a file or standard input, not " << what
                << "\nTry 'pith --help'.\n";
      return kExitError;
    }
  }

  std::FILE* out_file = OpenOutput(args.output);
  if (out_file == nullptr) return kExitError;
  Output out(out_file, &exit_code);
  Progress progress((inputs.size() > 1 || any_archive) && isatty(STDERR_FILENO) && !args.quiet,
                    any_archive ? 0 : inputs.size());
  std::size_t done = 0, failed = 0;
  // Several records: "==> input <==" headers. Known at the first record: an
  // archive says whether it holds more than one.
  bool many = inputs.size() > 1 || !args.crawls.empty();
  // --format json writes an array for what may hold several pages (a
  // directory, a WARC file, --urls, discovery, several inputs), even of one
  // or none, and an object for one page given: its shape is the command's,
  // not what a directory or an archive held that day.
  const bool json_array =
      args.format == Format::kJson &&
      (args.inputs.size() > 1 || !args.url_lists.empty() || discovering || any_archive ||
       std::any_of(inputs.begin(), inputs.end(), [](const Input& in) { return in.listed; }));
  bool started = false;
  auto start = [&](const Outcome* first) {
    if (started) return;
    started = true;
    many = many || (first ? first->archive_many : any_archive);
    if (json_array) out.Write("[\n");
  };
  bool first = true;

  pith::cli::BatchPlan plan;
  plan.count = inputs.size();
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    if (!inputs[i].url) continue;
    plan.url_inputs.push_back(i);
    plan.urls.push_back(inputs[i].name);
  }
  plan.fetch = args.fetch;
  plan.fetcher = &fetcher;
  plan.threads = args.threads;
  // jsonl with downloads or archives: each record as it completes; otherwise
  // in input and record order (local files are quick, and an order is easier
  // to diff).
  // --explain's report is of the first record of a WARC file: it comes first.
  plan.ordered =
      args.format != Format::kJsonl || (plan.urls.empty() && !any_archive) || !args.explain.empty();
  // --explain on a WARC file of several HTML records: the record explained,
  // and how many there were.
  std::string explained;
  std::size_t explainable = 0;

  // What each archive came to, for its summary line.
  std::vector<ArchiveTally> tallies(inputs.size());
  std::mutex tally_mu;  // the reader thread counts skipped records, emit() the rest

  pith::WarcOptions warc_options;
  warc_options.max_record_bytes = args.options.max_input_bytes;
  warc_options.option_name = args.options.option_name;
  auto read_archive = [&](std::size_t i, const pith::cli::AddUnit& add) {
    const std::string& name = inputs[i].name;
    pith::Result<pith::WarcReader> reader = name == "-" || inputs[i].stream
                                                ? pith::WarcReader(StreamSource(name), warc_options)
                                                : pith::WarcReader::Open(name, warc_options);
    if (!reader.ok()) {
      const pith::Status s = reader.status();
      add([s] {
        Outcome o;
        o.article = s;
        return o;
      });
      return;
    }
    // The first record waits until the next one is read, to say whether the
    // file holds more than one.
    std::optional<Outcome> held;
    std::size_t records = 0;
    auto queue = [&](Outcome o, bool more) {
      o.archive_many = more;
      if (!o.record.status.ok()) {
        add([o = std::move(o)] { return o; });
        return;
      }
      add([o = std::move(o), &args]() mutable {
        o.article = pith::ExtractRecord(o.record, args.options);
        o.record.payload.clear();
        o.record.payload.shrink_to_fit();
        return o;
      });
    };
    pith::WarcRecord record;
    while (reader->Next(&record)) {
      ++records;
      if (held && records == 2) {
        queue(std::move(*held), true);
        held.reset();
      }
      const bool damaged = !record.status.ok() &&
                           !(record.status.code() == pith::Status::Code::kTooLarge &&
                             !record.IsHtmlResponse());
      if (!damaged && !record.IsHtmlResponse()) {
        std::lock_guard<std::mutex> lock(tally_mu);
        ++tallies[i].read;
        ++tallies[i].skipped[SkipKind(record)];
        continue;
      }
      {
        std::lock_guard<std::mutex> lock(tally_mu);
        ++tallies[i].read;
      }
      Outcome o;
      o.from_archive = true;
      o.record = std::move(record);
      record = pith::WarcRecord();
      if (damaged) o.article = o.record.status;
      if (records == 1) {
        held.emplace(std::move(o));
      } else {
        queue(std::move(o), true);
      }
    }
    if (held) queue(std::move(*held), records > 1);
  };
  auto expand = [&](std::size_t i, const pith::cli::AddUnit& add) {
    if (inputs[i].archive) return read_archive(i, add);
    add([&, i] {
      Outcome o;
      o.article = ExtractLocal(inputs[i], args);
      return o;
    });
  };
  // A download and its article (a crawled page's comes extracted with it).
  auto downloaded = [&](pith::Response response, pith::Result<pith::Article> article) {
    Outcome o;
    o.downloaded = true;
    o.article = std::move(article);
    if (!args.save_dir.empty() && response.ok()) {
      pith::Result<std::string> saved = pith::SaveResponse(response, args.save_dir);
      if (!saved.ok()) {
        o.save_error = saved.status().message();
      } else if (args.with_expected && o.article.ok()) {
        // Extracted again from the saved file, exactly as pith check will.
        pith::Result<std::vector<std::string>> written = pith::WriteExpectations(*saved, expect_options);
        if (!written.ok()) o.save_error = *saved + ": no expectation written: " + written.status().message();
      }
    }
    response.body.clear();
    response.body.shrink_to_fit();
    o.response = std::move(response);
    return o;
  };
  auto page_work = [&](std::size_t, pith::Response response) {
    pith::Result<pith::Article> article = pith::ExtractResponse(response, args.options);
    return downloaded(std::move(response), std::move(article));
  };
  auto emit = [&](std::size_t i, Outcome outcome) {
    start(&outcome);
    const std::string& input = inputs[i].name;
    pith::Result<pith::Article>& article = outcome.article;
    const pith::Response* response = outcome.downloaded ? &outcome.response : nullptr;
    const bool record = outcome.from_archive;
    // A record is named by its file, its id and its offset.
    const pith::WarcRecord& r = outcome.record;
    const std::string where =
        ShownName(input) +
        (record ? pith::Printable((r.record_id.empty() ? "" : ": record " + r.record_id) +
                                            " at offset " + std::to_string(r.offset))
                : "");
    ++done;
    if (!outcome.save_error.empty()) {
      progress.Clear();
      std::cerr << "pith: " << outcome.save_error << "\n";
      exit_code = kExitError;
    }
    if (!article.ok()) {
      const bool skipped = article.status().code() == pith::Status::Code::kUnsupportedType ||
                           article.status().code() == pith::Status::Code::kDisallowed;
      if (record) {
        std::lock_guard<std::mutex> lock(tally_mu);
        if (skipped) {
          ++tallies[i].skipped[SkipKind(outcome.record)];
        } else {
          ++tallies[i].failed;
        }
      }
      if (record && skipped) return;  // counted, not emitted
      if (!skipped) ++failed;
      progress.Clear();
      if (record) {
        std::cerr << "pith: " << where << ": " << article.status().ToString() << "\n";
      } else if (!skipped || !args.quiet) {
        std::cerr << "pith: " << (input == "-" ? "stdin: " : "")
                  << article.status().message() << (skipped ? " (skipped)" : "")
                  << "\n";
      }
      if (skipped) {
        if (exit_code == kExitOk) exit_code = kExitNotFound;
      } else {
        exit_code = kExitError;
      }
      // Every input (every record of an archive) yields one JSON record, so
      // a reader can match them up.
      const std::string json =
          record ? pith::RenderErrorJson(input, article.status(), outcome.record)
                 : pith::RenderErrorJson(input, article.status(), response);
      if (args.format == Format::kJsonl) {
        out.Write(json + "\n");
      } else if (args.format == Format::kJson) {
        out.Write(std::string(json_array && !first ? ",\n" : "") + json + (json_array ? "" : "\n"));
        first = false;
      }
      out.EndRecord();
      progress.Update(done, failed, input);
      return;
    }
    if (record) {
      article->input = input;
      std::lock_guard<std::mutex> lock(tally_mu);
      ++(article->found ? tallies[i].extracted : tallies[i].without_content);
    }
    if (!article->found && !record) {
      progress.Clear();
      if (!args.quiet) std::cerr << "pith: " << where << ": no main content found\n";
      if (exit_code == kExitOk) exit_code = kExitNotFound;
    }
    if (!args.explain.empty() && record) {
      ++explainable;
    }
    if (!args.explain.empty() && explainable <= 1) {
      if (record) explained = where;
      std::FILE* f = std::fopen(args.explain.c_str(), "wb");
      std::string page = pith::RenderExplainHtml(*article);
      if (!f || std::fwrite(page.data(), 1, page.size(), f) != page.size()) {
        std::cerr << "pith: cannot write " << args.explain << ": " << std::strerror(errno) << "\n";
        exit_code = kExitError;
      }
      if (f) std::fclose(f);
    }
    switch (args.format) {
      case Format::kText: case Format::kMarkdown: case Format::kHtml: {
        if (!article->found) break;
        if (many) {
          out.Write(std::string(first ? "" : "\n") + "==> " + input +
                    (record ? " " + outcome.record.target_uri : "") + " <==\n");
        }
        out.Write(pith::Render(*article, pith::cli::ToOutputFormat(args.format), args.render));
        break;
      }
      case Format::kJson:
        out.Write(std::string(json_array && !first ? ",\n" : "") +
                  pith::RenderJson(*article, args.render));
        if (!json_array) out.Write("\n");
        break;
      case Format::kJsonl:
        out.Write(pith::RenderJson(*article, args.render) + "\n");
        break;
    }
    first = false;
    out.EndRecord();
    progress.Update(done, failed, record ? outcome.record.target_uri : input);
  };
  pith::cli::RunBatch(plan, expand, page_work, emit);
  // --crawl: each page extracted and written as it arrives, after the other
  // inputs, as one more input named by its URL, by the crawl, from the
  // parse that gave its links (extraction takes far less than the per-host
  // delay, so one thread keeps up). The crawls run side by side, each host
  // at its own pace.
  if (!args.crawls.empty()) {
    pith::Discovery d = pith::Crawl(args.crawls, fetcher, args.discover, args.options,
                                    [&](pith::Response r, pith::Result<pith::Article> article) {
                                      const std::size_t i = inputs.size();
                                      inputs.push_back({r.url, true});
                                      tallies.resize(inputs.size());
                                      emit(i, downloaded(std::move(r), std::move(article)));
                                    });
    for (const pith::Status& p : d.problems) {
      progress.Clear();
      std::cerr << "pith: " << p.message() << "\n";
      exit_code = kExitError;
    }
  }
  progress.Clear();
  if (explainable > 1 && !args.quiet) {
    std::cerr << "pith: --explain " << pith::Printable(args.explain) << " explains only the first "
              << "of the " << explainable << " HTML records read: " << explained << "\n";
  }
  start(nullptr);
  if (json_array) out.Write(first ? "]\n" : "\n]\n");
  // One summary line an archive; it counts as one input for the exit status.
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    if (!inputs[i].archive) continue;
    const ArchiveTally& t = tallies[i];
    // A page saved by --save is one record: when it gave its article there
    // is nothing to count, and a directory of them reads quietly.
    const bool saved_page = t.read == 1 && t.extracted == 1;
    if (!args.quiet && !saved_page) {
      std::cerr << "pith: " << ShownName(inputs[i].name) << ": " << t.Summary() << "\n";
    }
    if (t.failed > 0) {
      exit_code = kExitError;
    } else if (t.extracted == 0 && exit_code == kExitOk) {
      exit_code = kExitNotFound;
    }
  }
  return out.Finish(exit_code);
}
