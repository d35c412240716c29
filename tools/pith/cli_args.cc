// pith CLI: the flag table, parsing and --help.
#include "cli_args.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <thread>

namespace pith::cli {
namespace {

struct Flag {
  const char* short_name;  // "-o" or nullptr
  const char* long_name;   // "--output"
  const char* value;       // name of the value, or nullptr for a switch
  const char* help;
};

constexpr Flag kFlags[] = {
    {"-f", "--format", "FORMAT", "output format: text (default), json or jsonl"},
    {"-o", "--output", "FILE", "write the output to FILE instead of standard output"},
    {nullptr, "--explain", "FILE.html",
     "also write a page showing every block, kept or dropped, with score and reason "
     "(one input only)"},
    {nullptr, "--blocks", nullptr, "with json/jsonl: include every block and its decision"},
    {nullptr, "--min-chars", "N",
     "an article shorter than N characters counts as not found (default 50)"},
    {nullptr, "--encoding", "LABEL", "decode input as LABEL (e.g. windows-1251) instead of detecting"},
    {"-j", "--threads", "N",
     "extract N inputs at once (default: the number of cores); output keeps input order"},
    {"-q", "--quiet", nullptr, "no diagnostics on standard error but errors"},
    {"-h", "--help", nullptr, "show this help and exit"},
    {nullptr, "--version", nullptr, "show the version and exit"},
};

const Flag* FindFlag(const std::string& name) {
  for (const Flag& f : kFlags) {
    if ((f.short_name && name == f.short_name) || name == f.long_name) return &f;
  }
  return nullptr;
}

Status Apply(const Flag& flag, const std::string& value, CliArgs* args) {
  const std::string name = flag.long_name;
  if (name == "--format") {
    if (value == "text") args->format = Format::kText;
    else if (value == "json") args->format = Format::kJson;
    else if (value == "jsonl") args->format = Format::kJsonl;
    else return Status::InvalidArgument("--format takes text, json or jsonl, not '" + value + "'");
  } else if (name == "--output") {
    args->output = value;
  } else if (name == "--explain") {
    args->explain = value;
  } else if (name == "--blocks") {
    args->blocks = true;
  } else if (name == "--min-chars") {
    char* end = nullptr;
    errno = 0;
    long n = std::strtol(value.c_str(), &end, 10);
    if (value.empty() || *end != '\0' || errno != 0 || n < 0 || n > 1000000000) {
      return Status::InvalidArgument("--min-chars takes a whole number, not '" + value + "'");
    }
    args->options.min_text_chars = static_cast<int>(n);
  } else if (name == "--threads") {
    char* end = nullptr;
    errno = 0;
    long n = std::strtol(value.c_str(), &end, 10);
    if (value.empty() || *end != '\0' || errno != 0 || n < 1 || n > 1024) {
      return Status::InvalidArgument("--threads takes a number from 1 to 1024, not '" + value + "'");
    }
    args->threads = static_cast<int>(n);
  } else if (name == "--encoding") {
    args->options.encoding = value;
  } else if (name == "--quiet") {
    args->quiet = true;
  } else if (name == "--help") {
    args->help = true;
  } else if (name == "--version") {
    args->version = true;
  }
  return Status::Ok();
}

}  // namespace

Result<CliArgs> ParseArgs(int argc, char** argv) {
  CliArgs args;
  bool only_inputs = false;
  for (int i = 1; i < argc; ++i) {
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
    }
    const Flag* flag = FindFlag(arg);
    if (flag == nullptr) return Status::InvalidArgument("unknown option " + arg);
    if (flag->value != nullptr && !has_value) {
      if (i + 1 >= argc) return Status::InvalidArgument(arg + " needs a value (" + flag->value + ")");
      value = argv[++i];
    } else if (flag->value == nullptr && has_value) {
      return Status::InvalidArgument(arg + " takes no value");
    }
    Status s = Apply(*flag, value, &args);
    if (!s.ok()) return s;
  }
  if (args.threads == 0) {
    args.threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  }
  if (!args.explain.empty() && args.inputs.size() > 1) {
    return Status::InvalidArgument("--explain takes one input, not " +
                                   std::to_string(args.inputs.size()));
  }
  return args;
}

std::string HelpText() {
  std::string out =
      "Usage: pith [OPTIONS] [FILE|DIR|-]...\n"
      "Print the main text of web pages, without menus, teasers, share bars and other chrome.\n"
      "A DIR is searched for .html, .htm, .html.gz and .htm.gz files; - or no input reads\n"
      "standard input. Gzip-compressed input is read transparently.\n\nOptions:\n";
  for (const Flag& f : kFlags) {
    std::string left = "  ";
    left += f.short_name ? std::string(f.short_name) + ", " : "    ";
    left += f.long_name;
    if (f.value) left += std::string(" ") + f.value;
    if (left.size() < 28) left.resize(28, ' ');
    else left += "\n" + std::string(28, ' ');
    out += left + f.help + "\n";
  }
  out +=
      "\nExit status: 0 every input gave an article; 1 some input had no main content;\n"
      "2 an error (bad usage, unreadable or binary input); other inputs are still processed.\n";
  return out;
}

}  // namespace pith::cli
