// pith CLI: `pith check DIR...`: each directory checked with its own
// pith-check file and the options given, its changes printed as diffs, then
// a summary line.
#include "check.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <sstream>
#include <string>

#include "base/bytes_text.h"
#include "base/option_names.h"

namespace pith::cli {
namespace {

// `word` as the shell reads it back: as is when it holds only safe
// characters, else in single quotes; one holding control bytes in $'...'
// with them escaped as Printable() writes them (bash, zsh and ksh read
// those escapes back), so that the line printed holds none.
std::string ShellWord(const std::string& word) {
  const bool safe = !word.empty() && word.find_first_not_of(
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-./,=+:@%") ==
      std::string::npos;
  if (safe) return word;
  const std::string shown = Printable(word);
  if (shown != word) {
    std::string out = "$'";
    for (std::size_t i = 0; i < word.size(); ++i) {
      // A backslash or quote of the word itself is escaped; Printable's own
      // escapes are kept as they are.
      if (word[i] == '\\' || word[i] == '\'') out += '\\';
      out += Printable(word.substr(i, 1));
    }
    return out + "'";
  }
  std::string out = "'";
  for (char c : word) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// The options given that decide what an expectation holds, as they were
// given ("--format json --min-chars 20"), so that the command a report
// suggests writes the expectation the check compared with.
std::string GivenOptions(const CliArgs& args) {
  std::string out;
  for (auto it = args.given.begin(); it != args.given.end(); ++it) {
    const std::string& name = *it;
    if (name == "--update" || name == "--only" || name == "--threads" || name == "--quiet") continue;
    if (std::find(args.given.begin(), it, name) != it) continue;  // given twice: the last value
    out += " " + name;
    if (name == "--format") {
      std::string formats;
      for (Format f : args.formats) {
        formats += (formats.empty() ? "" : ",") + std::string(OutputFormatName(ToOutputFormat(f)));
      }
      out += " " + formats;
    } else if (name == "--min-chars") {
      out += " " + std::to_string(args.options.min_text_chars);
    } else if (name == "--encoding") {
      out += " " + ShellWord(args.options.encoding);
    } else if (name == "--max-input") {  // a page over the default is read with it only
      out += " " + std::to_string(args.options.max_input_bytes);
    }
  }
  return out;
}

// The errno of the first write to standard output that failed, 0 while
// none has (EIO when the system gave none).
int output_error = 0;

// Writes what `out` holds to standard output, flushed (so that a message on
// standard error comes after the report it follows), and empties it. The
// first failure is kept in output_error, with its errno, when it happens:
// later work would overwrite errno.
void Flush(std::ostringstream& out) {
  const std::string text = out.str();
  out.str("");
  if (output_error != 0) return;
  errno = 0;
  if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0) {
    output_error = errno != 0 ? errno : EIO;
  }
}

// One directory: its report on standard output; returns its exit status.
int CheckOne(const CliArgs& args, const std::string& dir) {
  std::ostringstream out;
  CheckOptions options;
  if (Status s = CheckOptionsFor(args, dir, &options); !s.ok()) {
    std::cerr << "pith: check: " << s.message() << "\n";
    return 2;
  }
  Result<CheckReport> report = CheckDirectory(dir, options);
  if (!report.ok()) {
    std::cerr << "pith: check: " << report.status().message() << "\n";
    return 2;
  }
  for (const CheckResult& r : report->results) {
    const std::string what = Printable(r.name) + " (" + OutputFormatName(r.format) + ")";
    switch (r.outcome) {
      case CheckOutcome::kUnchanged:
        break;
      case CheckOutcome::kChanged:
      case CheckOutcome::kUpdated: {
        out << CheckOutcomeName(r.outcome) << ": " << what;
        if (!r.fields.empty()) {
          out << ", fields:";
          for (const FieldChange& f : r.fields) out << " " << f.field;
        }
        out << "\n";
        if (!args.quiet || r.outcome == CheckOutcome::kChanged) out << r.diff;
        break;
      }
      case CheckOutcome::kCreated:
        out << "created: " << Printable(r.expected) << "\n";
        break;
      case CheckOutcome::kMissing:
        out << "missing: " << what << ": no " << Printable(r.expected)
            << " (write it with: pith check --update --only " << ShellWord(r.name)
            << GivenOptions(args) << " " << ShellWord(dir) << ")\n";
        break;
      case CheckOutcome::kFailed:
        out << "failed: " << what << "\n";
        Flush(out);
        std::cerr << "pith: check: " << Printable(r.name) << ": " << r.error.message() << "\n";
        break;
    }
  }
  for (const std::string& orphan : report->orphans) {
    out << "orphaned: " << Printable(orphan) << " (its page is gone: renamed or deleted?)\n";
  }
  out << Printable(dir) << ": " << report->Summary() << "\n";
  if (report->changed > 0 && !args.update && !args.quiet) {
    Flush(out);  // the hint after the report it speaks of
    std::cerr << "pith: if the changes are wanted, accept them with: pith check --update"
              << GivenOptions(args) << " " << ShellWord(dir) << "\n";
  }
  Flush(out);
  return report->ExitCode();
}

}  // namespace

Status CheckOptionsFor(const CliArgs& args, const std::string& dir, CheckOptions* options) {
  options->extract.option_name = args.options.option_name;
  if (!dir.empty()) {
    if (Status s = ReadCheckConfig(dir, options); !s.ok()) return s;
  }
  // The options given override the file, one by one.
  for (const std::string& name : args.given) {
    if (name == "--format") {
      options->formats.clear();
      for (Format f : args.formats) {
        const OutputFormat o = ToOutputFormat(f);
        if (std::find(options->formats.begin(), options->formats.end(), o) == options->formats.end()) {
          options->formats.push_back(o);
        }
      }
    } else if (name == "--blocks") {
      options->render.with_blocks = true;
    } else if (name == "--with-comments") {
      options->render.with_comments = options->extract.include_comments = true;
    } else if (name == "--no-tables") {
      options->extract.include_tables = false;
    } else if (name == "--with-links") {
      options->render.with_links = true;
    } else if (name == "--with-images") {
      options->render.with_images = true;
    } else if (ExtractOptions::Focus focus = ExtractOptions::Focus::kBalanced;
               internal::ParseFocusSwitch(name, kFavorSwitchPrefix, &focus)) {
      options->extract.focus = focus;
    } else if (name == "--min-chars") {
      options->extract.min_text_chars = args.options.min_text_chars;
    } else if (name == "--encoding") {
      options->extract.encoding = args.options.encoding;
    } else if (name == "--max-input") {
      options->extract.max_input_bytes = args.options.max_input_bytes;
    }
  }
  options->threads = args.threads;
  options->update = args.update;
  options->only = args.only;
  return Status::Ok();
}

int RunCheck(const CliArgs& args) {
  int exit_code = 0;
  for (const std::string& dir : args.inputs) exit_code = std::max(exit_code, CheckOne(args, dir));
  // A report that could not be written (a full disk, > /dev/full) is an
  // error, as pith's own output is; a reader that left (| head) is not.
  if (output_error == 0 || output_error == EPIPE) return exit_code;
  std::cerr << "pith: cannot write output: " << std::strerror(output_error) << "\n";
  return 2;
}

}  // namespace pith::cli
