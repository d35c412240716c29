// bench: runs pith over a data set laid out as html/<id>.html.gz (plus
// ground-truth.json or evaldata.json), writes the prediction JSON, scores it
// with the set's metric, and times pith against a bare Gumbo parse of the
// same pages in the same run.
//
//   bench DIR [--out PRED.json] [--worst N] [--runs N]
#include <gumbo.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "extract/blocks.h"
#include "extract/decode.h"
#include "extract/document.h"
#include "fetch/file.h"
#include "extract/metadata.h"
#include "extract/rawtext.h"
#include "extract/score.h"
#include "extract/select.h"
#include "metrics.h"
#include "pith/pith.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct PageData {
  std::string id;
  std::string html;
  std::string text;  // pith's output
  std::string error;
};

struct Args {
  std::string dir;
  std::string out;
  int worst = 0;
  int runs = 1;
  bool speed = false;
  long soak = 0;
  pith::ExtractOptions options;  // --favor precision|recall
};

int Usage() {
  std::cerr << "usage: bench DIR [--out PRED.json] [--worst N] [--runs N] [--speed]\n"
               "             [--favor precision|recall]\n"
               "  DIR holds html/<id>.html.gz and optionally ground-truth.json (shingle F1)\n"
               "  or evaldata.json (segment F1). Prints quality and pages/s.\n"
               "  --speed adds the time of each stage (median of --runs).\n"
               "  --soak N extracts the pages round-robin N times and reports resident memory\n"
               "  after 1,000 extractions and after N (memory must not grow with N).\n";
  return 2;
}

bool ReadJsonFile(const fs::path& path, nlohmann::json* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  *out = nlohmann::json::parse(ss.str(), nullptr, false);
  return !out->is_discarded();
}

double Seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

// pith's text for page `id`, or "" when the set has no such page.
// REQUIRES: `pages` sorted by id.
const std::string& TextOf(const std::vector<PageData>& pages, const std::string& id) {
  static const std::string kNone;
  auto it = std::lower_bound(pages.begin(), pages.end(), id,
                             [](const PageData& p, const std::string& key) { return p.id < key; });
  return it != pages.end() && it->id == id ? it->text : kNone;
}

void ScoreShingles(const nlohmann::json& truth, const std::vector<PageData>& pages, int worst) {
  std::vector<pith::bench::ShingleCounts> counts;
  std::vector<std::pair<double, std::string>> ranked;
  int exact = 0;
  for (const auto& [id, item] : truth.items()) {
    std::string t = item.value("articleBody", "");
    const std::string& p = TextOf(pages, id);
    auto c = pith::bench::CountShingles(t, p);
    counts.push_back(c);
    exact += pith::bench::WordTokens(t) == pith::bench::WordTokens(p);
    double pr = pith::bench::ShinglePrecision(c), rc = pith::bench::ShingleRecall(c);
    double f1 = pr + rc > 0 ? 2 * pr * rc / (pr + rc) : 0;
    char line[512];
    std::snprintf(line, sizeof line, "  %.3f  P %.3f  R %.3f  %s  %s", f1, pr, rc, id.c_str(),
                  item.value("url", "").c_str());
    ranked.emplace_back(f1, line);
  }
  auto s = pith::bench::SummarizeShingles(counts);
  std::printf("pages %zu  precision %.3f  recall %.3f  F1 %.3f  accuracy %.3f\n", counts.size(),
              s.precision, s.recall, s.f1, counts.empty() ? 0.0 : double(exact) / counts.size());
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (int i = 0; i < worst && i < static_cast<int>(ranked.size()); ++i) {
    std::puts(ranked[i].second.c_str());
  }
}

void ScoreSegments(const nlohmann::json& evaldata, const std::vector<PageData>& pages, int worst) {
  long tp = 0, fp = 0, fn = 0, tn = 0;
  struct Doc {
    long errors;
    std::string report;
  };
  std::vector<Doc> docs;
  for (const auto& [url, item] : evaldata.items()) {
    std::string file = item.value("file", "");
    std::string id = file.size() > 5 && file.compare(file.size() - 5, 5, ".html") == 0
                         ? file.substr(0, file.size() - 5)
                         : file;
    const std::string out = pith::bench::PyNormalizeSpace(TextOf(pages, id));
    long dtp = 0, dfp = 0, dfn = 0, dtn = 0;
    std::string report;
    for (const auto& w : item["with"]) {
      bool found = out.find(pith::bench::PyNormalizeSpace(w.get<std::string>())) != std::string::npos;
      found ? ++dtp : ++dfn;
      if (!found) report += "      missed: " + w.get<std::string>().substr(0, 90) + "\n";
    }
    for (const auto& w : item["without"]) {
      bool found = out.find(pith::bench::PyNormalizeSpace(w.get<std::string>())) != std::string::npos;
      found ? ++dfp : ++dtn;
      if (found) report += "      leaked: " + w.get<std::string>().substr(0, 90) + "\n";
    }
    tp += dtp, fp += dfp, fn += dfn, tn += dtn;
    docs.push_back({dfn + dfp, "  fn " + std::to_string(dfn) + " fp " + std::to_string(dfp) +
                                   "  " + file + "  " + url + "\n" + report});
  }
  double p = tp + fp ? double(tp) / (tp + fp) : 0, r = tp + fn ? double(tp) / (tp + fn) : 0;
  double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0;
  double acc = double(tp + tn) / std::max(1L, tp + fp + fn + tn);
  std::printf("docs %zu  precision %.3f  recall %.3f  accuracy %.3f  F1 %.3f\n", docs.size(), p, r,
              acc, f1);
  std::stable_sort(docs.begin(), docs.end(),
                   [](const Doc& a, const Doc& b) { return a.errors > b.errors; });
  for (int i = 0; i < worst && i < static_cast<int>(docs.size()) && docs[i].errors > 0; ++i) {
    std::fputs(docs[i].report.c_str(), stdout);
  }
}

// Resident set size of this process now, in MiB (Linux /proc).
double ResidentMiB() {
  std::ifstream statm("/proc/self/statm");
  long pages_total = 0, pages_resident = 0;
  statm >> pages_total >> pages_resident;
  return pages_resident * (sysconf(_SC_PAGESIZE) / 1024.0) / 1024.0;
}

// Extracts the pages round-robin `count` times; memory after 1,000
// extractions and after `count` must be the same but for noise.
void Soak(const std::vector<PageData>& pages, long count) {
  double after_1k = 0;
  std::size_t sink = 0;
  const auto start = Clock::now();
  for (long i = 0; i < count; ++i) {
    auto article = pith::Extract(pages[i % pages.size()].html);
    if (article.ok()) sink += article->text.size();
    if (i + 1 == 1000) after_1k = ResidentMiB();
  }
  std::printf("soak: %ld extractions in %.0f s; resident %.1f MiB after 1,000, %.1f MiB after %ld "
              "(%zu bytes of text)\n",
              count, Seconds(Clock::now() - start), after_1k, ResidentMiB(), count, sink);
}

// Times each stage of pith's pipeline over all pages, through the same
// internal calls Extract() makes, and prints each stage's share.
void PrintStageSplit(const std::vector<PageData>& pages, int runs) {
  using namespace pith::internal;
  std::size_t benchmark_sink = 0;  // keeps the rendering from being optimised away
  static const char* kStages[] = {"decode", "strip", "parse", "segment+metadata", "score",
                                  "select+article", "render json"};
  constexpr int kCount = sizeof kStages / sizeof *kStages;
  std::vector<std::vector<double>> seconds(kCount);
  for (int run = 0; run < runs; ++run) {
    double t[kCount] = {};
    for (const PageData& p : pages) {
      auto t0 = Clock::now();
      auto decoded = DecodeToUtf8(p.html, "", "");
      if (!decoded.ok()) continue;
      auto t1 = Clock::now();
      std::string stripped = StripRawText(decoded->utf8);
      auto t2 = Clock::now();
      Document doc = Document::Parse(std::move(stripped));
      if (!doc.ok()) continue;
      auto t3 = Clock::now();
      Page page = SegmentBlocks(doc);
      Metadata meta = ReadMetadata(page, "");
      auto t4 = Clock::now();
      Scores scores = ScoreBlocks(page);
      auto t5 = Clock::now();
      Selection selection = SelectContent(page, scores, meta);
      const pith::ExtractOptions options;
      ApplyOptions(page, options, &selection);
      pith::Article article;
      FillArticle(page, scores, selection, meta, options, &article);
      auto t6 = Clock::now();
      benchmark_sink += pith::RenderJson(article).size();
      auto t7 = Clock::now();
      const Clock::time_point marks[] = {t0, t1, t2, t3, t4, t5, t6, t7};
      for (int k = 0; k < kCount; ++k) t[k] += Seconds(marks[k + 1] - marks[k]);
    }
    for (int k = 0; k < kCount; ++k) seconds[k].push_back(t[k]);
  }
  double total = 0;
  for (int k = 0; k < kCount; ++k) total += Median(seconds[k]);
  std::printf("stages (1 thread, median of %d):", runs);
  for (int k = 0; k < kCount; ++k) {
    const double m = Median(seconds[k]);
    std::printf(" %s %.3f s (%.0f%%);", kStages[k], m, total > 0 ? 100 * m / total : 0.0);
  }
  std::printf(" total %.3f s (%zu bytes of JSON)\n", total, benchmark_sink / runs);
}

}  // namespace

int main(int argc, char** argv) {
  Args args;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (a == "--out") args.out = next();
    else if (a == "--worst") args.worst = std::atoi(next().c_str());
    else if (a == "--runs") args.runs = std::max(1, std::atoi(next().c_str()));
    else if (a == "--speed") args.speed = true;
    else if (a == "--soak") args.soak = std::atol(next().c_str());
    else if (a == "--favor") {
      const std::string f = next();
      if (f == "precision") args.options.focus = pith::ExtractOptions::Focus::kPrecision;
      else if (f == "recall") args.options.focus = pith::ExtractOptions::Focus::kRecall;
      else return Usage();
    }
    else if (a == "-h" || a == "--help") return Usage();
    else if (!a.empty() && a[0] == '-') return Usage();
    else args.dir = a;
  }
  if (args.dir.empty()) return Usage();
  const fs::path html_dir = fs::path(args.dir) / "html";
  std::error_code ec;
  if (!fs::is_directory(html_dir, ec)) {
    std::cerr << "bench: " << html_dir.string() << " is not a directory\n";
    return 2;
  }
  // Load every page into memory first: only extraction is timed.
  std::vector<PageData> pages;
  for (const auto& entry : fs::directory_iterator(html_dir, ec)) {
    std::string name = entry.path().filename().string();
    std::string id = name;
    for (const char* ext : {".html.gz", ".htm.gz", ".html", ".htm"}) {
      std::string e = ext;
      if (id.size() > e.size() && id.compare(id.size() - e.size(), e.size(), e) == 0) {
        id.resize(id.size() - e.size());
        break;
      }
    }
    if (id == name) continue;
    auto bytes = pith::internal::ReadFileBytes(entry.path().string(), std::size_t{1} << 30);
    if (!bytes.ok()) {
      std::cerr << "bench: " << bytes.status().ToString() << "\n";
      continue;
    }
    std::string html = std::move(bytes).value();
    if (pith::internal::IsGzip(html)) {
      auto raw = pith::internal::Gunzip(html, std::size_t{1} << 30);
      if (!raw.ok()) {
        std::cerr << "bench: " << name << ": " << raw.status().ToString() << "\n";
        continue;
      }
      html = std::move(raw).value();
    }
    pages.push_back({id, std::move(html), "", ""});
  }
  std::sort(pages.begin(), pages.end(),
            [](const PageData& a, const PageData& b) { return a.id < b.id; });
  if (pages.empty()) {
    std::cerr << "bench: no pages in " << html_dir.string() << "\n";
    return 2;
  }
  std::size_t total_bytes = 0;
  for (const PageData& p : pages) total_bytes += p.html.size();

  // pith and a bare Gumbo parse of the same raw pages, alternating, one thread.
  std::vector<double> pith_s, gumbo_s;
  int failures = 0;
  for (int run = 0; run < args.runs; ++run) {
    auto t0 = Clock::now();
    for (PageData& p : pages) {
      auto article = pith::Extract(p.html, args.options);
      if (article.ok()) {
        p.text = article->text;
      } else {
        p.error = article.status().ToString();
      }
    }
    pith_s.push_back(Seconds(Clock::now() - t0));
    t0 = Clock::now();
    for (const PageData& p : pages) {
      GumboOptions options = kGumboDefaultOptions;
      options.max_errors = 0;
      GumboOutput* out = gumbo_parse_with_options(&options, p.html.data(), p.html.size());
      gumbo_destroy_output(&options, out);
    }
    gumbo_s.push_back(Seconds(Clock::now() - t0));
  }
  for (const PageData& p : pages) {
    if (!p.error.empty()) {
      ++failures;
      std::cerr << "bench: " << p.id << ": " << p.error << "\n";
    }
  }
  if (!args.out.empty()) {
    nlohmann::ordered_json pred;
    for (const PageData& p : pages) pred[p.id] = {{"articleBody", p.text}};
    std::ofstream out(args.out, std::ios::binary);
    out << pred.dump(1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
    if (!out) {
      std::cerr << "bench: cannot write " << args.out << "\n";
      return 2;
    }
  }
  if (args.speed) PrintStageSplit(pages, args.runs);
  if (args.soak > 0) {
    Soak(pages, args.soak);
    return 0;
  }
  nlohmann::json truth;
  if (ReadJsonFile(fs::path(args.dir) / "ground-truth.json", &truth)) {
    ScoreShingles(truth, pages, args.worst);
  } else if (ReadJsonFile(fs::path(args.dir) / "evaldata.json", &truth)) {
    ScoreSegments(truth, pages, args.worst);
  } else {
    std::printf("no ground-truth.json or evaldata.json: predictions only\n");
  }
  const double tp = Median(pith_s), tg = Median(gumbo_s);
  std::printf(
      "speed (1 thread, median of %d): pith %.1f pages/s (%.1f MB/s); bare Gumbo parse %.1f "
      "pages/s; pith time / Gumbo time %.2f; %zu pages, %.1f MB, %d errors\n",
      args.runs, pages.size() / tp, total_bytes / tp / 1e6, pages.size() / tg, tp / tg,
      pages.size(), total_bytes / 1e6, failures);
  return 0;
}
