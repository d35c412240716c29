// pith: the command-line tool, a thin layer over the library.
// argv -> CliArgs -> inputs -> pith::Extract -> stdout; diagnostics on stderr.
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "batch.h"
#include "cli_args.h"
#include "pith/pith.h"

namespace {

namespace fs = std::filesystem;
using pith::cli::CliArgs;
using pith::cli::Format;

constexpr int kExitOk = 0;
constexpr int kExitNotFound = 1;
constexpr int kExitError = 2;

bool IsPageFile(const fs::path& p) {
  std::string name = p.filename().string();
  for (const char* ext : {".html", ".htm", ".html.gz", ".htm.gz"}) {
    std::string e = ext;
    if (name.size() > e.size() && name.compare(name.size() - e.size(), e.size(), e) == 0) return true;
  }
  return false;
}

// Expands directories into the page files below them, sorted.
std::vector<std::string> ExpandInputs(const std::vector<std::string>& inputs,
                                      std::vector<std::string>* errors) {
  std::vector<std::string> out;
  for (const std::string& in : inputs) {
    std::error_code ec;
    if (in != "-" && fs::is_directory(in, ec)) {
      std::vector<std::string> found;
      fs::recursive_directory_iterator it(in, fs::directory_options::skip_permission_denied, ec);
      for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec) && IsPageFile(it->path())) found.push_back(it->path().string());
      }
      if (ec) errors->push_back(in + ": " + ec.message());
      std::sort(found.begin(), found.end());
      out.insert(out.end(), found.begin(), found.end());
    } else {
      out.push_back(in);
    }
  }
  return out;
}

bool LooksLikeUrl(const std::string& input) {
  const std::size_t colon = input.find("://");
  return colon != std::string::npos && colon > 0 && colon < 10 &&
         input.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ+.-") >= colon;
}

pith::Result<pith::Article> ExtractInput(const std::string& input, const CliArgs& args) {
  if (LooksLikeUrl(input)) {
    return pith::Status::InvalidArgument(
        input + ": this build of pith cannot download pages yet; save the page and pass the file");
  }
  if (input != "-") return pith::ExtractFile(input, args.options);
  std::string bytes;
  char buf[1 << 16];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) {
    bytes.append(buf, n);
    if (bytes.size() > args.options.max_input_bytes) {
      return pith::Status::TooLarge("standard input is larger than the limit");
    }
  }
  if (std::ferror(stdin)) return pith::Status::IoError("cannot read standard input");
  return pith::Extract(bytes, args.options, pith::PageInfo{});
}

class Output {
 public:
  explicit Output(std::FILE* f) : file_(f) {}
  void Write(const std::string& s) {
    if (!failed_ && std::fwrite(s.data(), 1, s.size(), file_) != s.size()) failed_ = true;
  }
  bool Close() { return std::fflush(file_) == 0 && !failed_; }

 private:
  std::FILE* file_;
  bool failed_ = false;
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
  if (args.inputs.empty()) {
    if (isatty(STDIN_FILENO)) {
      std::cerr << "pith: no input given\nTry 'pith --help'.\n";
      return kExitError;
    }
    args.inputs.push_back("-");
  }
  std::vector<std::string> errors;
  const std::vector<std::string> inputs = ExpandInputs(args.inputs, &errors);
  int exit_code = errors.empty() ? kExitOk : kExitError;
  for (const std::string& e : errors) std::cerr << "pith: " << e << "\n";

  std::FILE* out_file = stdout;
  if (!args.output.empty() && !(out_file = std::fopen(args.output.c_str(), "wb"))) {
    std::perror(("pith: " + args.output).c_str());
    return kExitError;
  }
  Output out(out_file);
  const bool many = inputs.size() > 1;
  const bool progress = many && isatty(STDERR_FILENO) && !args.quiet;
  if (args.format == Format::kJson && many) out.Write("[\n");
  bool first = true;
  auto work = [&](std::size_t i) { return ExtractInput(inputs[i], args); };
  auto emit = [&](std::size_t i, pith::Result<pith::Article> article) {
    const std::string& input = inputs[i];
    if (progress) std::fprintf(stderr, "\r[%zu/%zu] %s\033[K", i + 1, inputs.size(), input.c_str());
    if (!article.ok()) {
      if (progress) std::fputs("\r\033[K", stderr);
      std::cerr << "pith: " << (input == "-" ? "stdin: " : "")
                << article.status().message() << "\n";
      exit_code = kExitError;
      // Every input yields one JSON record, so a reader can match them up.
      if (args.format == Format::kJsonl) {
        out.Write(pith::RenderErrorJson(input, article.status()) + "\n");
      } else if (args.format == Format::kJson) {
        out.Write(std::string(many && !first ? ",\n" : "") +
                  pith::RenderErrorJson(input, article.status()) + (many ? "" : "\n"));
        first = false;
      }
      return;
    }
    if (!article->found) {
      if (!args.quiet) std::cerr << "pith: " << input << ": no main content found\n";
      if (exit_code == kExitOk) exit_code = kExitNotFound;
    }
    if (!args.explain.empty()) {
      std::FILE* f = std::fopen(args.explain.c_str(), "wb");
      std::string page = pith::RenderExplainHtml(*article);
      if (!f || std::fwrite(page.data(), 1, page.size(), f) != page.size()) {
        std::perror(("pith: " + args.explain).c_str());
        exit_code = kExitError;
      }
      if (f) std::fclose(f);
    }
    switch (args.format) {
      case Format::kText:
        if (!article->found) break;
        if (many) out.Write(std::string(first ? "" : "\n") + "==> " + input + " <==\n");
        out.Write(article->text + "\n");
        break;
      case Format::kJson:
        out.Write(std::string(many && !first ? ",\n" : "") + pith::RenderJson(*article, args.blocks));
        if (!many) out.Write("\n");
        break;
      case Format::kJsonl:
        out.Write(pith::RenderJson(*article, args.blocks) + "\n");
        break;
    }
    first = false;
  };
  pith::cli::RunOrdered(inputs.size(), args.threads, work, emit);
  if (progress) std::fputs("\r\033[K", stderr);
  if (args.format == Format::kJson && many) out.Write("\n]\n");
  if (!out.Close()) {
    if (errno == EPIPE) return exit_code;  // the reader left: not an error of ours
    std::perror("pith: cannot write output");
    return kExitError;
  }
  if (out_file != stdout) std::fclose(out_file);
  return exit_code;
}
