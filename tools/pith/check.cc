// pith CLI: `pith check DIR...`: each directory checked with its own
// pith-check file and the options given, its changes printed as diffs, then
// a summary line.
#include "check.h"

#include <algorithm>
#include <iostream>

namespace pith::cli {
namespace {

// One directory: its report on standard output; returns its exit status.
int CheckOne(const CliArgs& args, const std::string& dir) {
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
    const std::string what = r.name + " (" + OutputFormatName(r.format) + ")";
    switch (r.outcome) {
      case CheckOutcome::kUnchanged:
        break;
      case CheckOutcome::kChanged:
      case CheckOutcome::kUpdated: {
        std::cout << CheckOutcomeName(r.outcome) << ": " << what;
        if (!r.fields.empty()) {
          std::cout << ", fields:";
          for (const FieldChange& f : r.fields) std::cout << " " << f.field;
        }
        std::cout << "\n";
        if (!args.quiet || r.outcome == CheckOutcome::kChanged) std::cout << r.diff;
        break;
      }
      case CheckOutcome::kCreated:
        std::cout << "created: " << r.expected << "\n";
        break;
      case CheckOutcome::kMissing:
        std::cout << "missing: " << what << ": no " << r.expected
                  << " (write it with: pith check --update --only " << r.name << " " << dir << ")\n";
        break;
      case CheckOutcome::kFailed:
        std::cout << "failed: " << what << "\n";
        std::cerr << "pith: check: " << r.name << ": " << r.error.message() << "\n";
        break;
    }
  }
  std::cout << dir << ": " << report->Summary() << "\n";
  return report->ExitCode();
}

}  // namespace

Status CheckOptionsFor(const CliArgs& args, const std::string& dir, CheckOptions* options) {
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
    } else if (name == "--favor-precision" || name == "--favor-recall") {
      options->extract.focus = args.options.focus;
    } else if (name == "--min-chars") {
      options->extract.min_text_chars = args.options.min_text_chars;
    } else if (name == "--encoding") {
      options->extract.encoding = args.options.encoding;
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
  return exit_code;
}

}  // namespace pith::cli
