// bench: runs pith over a data set laid out as html/<id>.html.gz (plus
// ground-truth.json or evaldata.json), writes the prediction JSON, scores it
// with the set's metric, and times pith against a bare Gumbo parse of the
// same pages in the same run.
//
//   bench DIR [--out PRED.json] [--worst N] [--runs N] [--half A|B]
#include <gumbo.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "base/utf8.h"
#include "extract/blocks.h"
#include "extract/decode.h"
#include "extract/document.h"
#include "extract/extract.h"
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
  std::string page_type;  // pith's guess of the page's type
  std::string error;
  std::string dump;  // --dump: everything pith made of the page
  // --truth-types: the truth's type, given to pith (ExtractOptions::page_type).
  std::optional<pith::PageType> given_type;
};

struct Args {
  std::string dir;
  std::string out;
  std::string dump;
  int worst = 0;
  int runs = 1;
  bool speed = false;
  bool quality_only = false;  // --quality-only: no bare Gumbo parse, no speed line
  long soak = 0;
  char half = 0;  // --half A|B: score one half of the split by site
  pith::ExtractOptions options;  // --favor precision|recall
  bool truth_types = false;  // --truth-types: each page read as its truth's type
};

int Usage() {
  std::cerr << "usage: bench DIR [--out PRED.json] [--worst N] [--runs N] [--speed]\n"
               "             [--favor precision|recall] [--half A|B] [--no-prune]\n"
               "             [--dump FILE] [--quality-only] [--truth-types]\n"
               "  DIR holds html/<id>.html.gz and optionally ground-truth.json (shingle F1)\n"
               "  or evaldata.json (segment F1). Prints quality and pages/s; with page types\n"
               "  in the truth, a table of P/R/F1 and must-have/must-not-have rates per type.\n"
               "  --half A|B scores one half of the fixed split by site (crc32 of the URL's\n"
               "  host without \"www.\", even: A); without it both halves' figures are added.\n"
               "  --speed adds the time of each stage (median of --runs); it cannot be\n"
               "  combined with --quality-only.\n"
               "  --quality-only scores without timing: no bare Gumbo parse to compare\n"
               "  with and no speed line, about four times faster (for rule studies and\n"
               "  the regression guard).\n"
               "  --soak N extracts the pages round-robin N times and reports resident memory\n"
               "  after 1,000 extractions and after N (memory must not grow with N).\n"
               "  --dump FILE writes each page's article as JSON with blocks, links and\n"
               "  images, one line per page, for comparing two builds or settings.\n"
               "  --truth-types reads each page as the type its ground-truth.json names\n"
               "  (ExtractOptions::page_type) instead of pith's guess: the F1 right typing\n"
               "  would give, a ceiling for better typing.\n"
               "  --no-prune feeds the parser every attribute and the content of <svg>, to\n"
               "  show that dropping them changes nothing (tools/check-identical.sh).\n";
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

// CPU time of the calling thread.
double ThreadCpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

// Page `id`, or nullptr when the set has no such page.
// REQUIRES: `pages` sorted by id.
const PageData* FindPage(const std::vector<PageData>& pages, const std::string& id) {
  auto it = std::lower_bound(pages.begin(), pages.end(), id,
                             [](const PageData& p, const std::string& key) { return p.id < key; });
  return it != pages.end() && it->id == id ? &*it : nullptr;
}

// pith's text for page `id`, or "" when the set has no such page.
const std::string& TextOf(const std::vector<PageData>& pages, const std::string& id) {
  static const std::string kNone;
  const PageData* p = FindPage(pages, id);
  return p ? p->text : kNone;
}

std::vector<std::string> Strings(const nlohmann::json& list) {
  std::vector<std::string> out;
  if (!list.is_array()) return out;
  for (const auto& s : list) {
    if (s.is_string()) out.push_back(s.get<std::string>());
  }
  return out;
}

// An evaldata entry's page id: its "file" without ".html".
std::string IdOfFile(const std::string& file) {
  return file.size() > 5 && file.compare(file.size() - 5, 5, ".html") == 0
             ? file.substr(0, file.size() - 5)
             : file;
}

double F1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0; }

// The pages of one page type (or of the whole set) of a shingle-scored set.
struct TypeGroup {
  std::vector<pith::bench::ShingleCounts> counts, half_a, half_b;
  pith::bench::SegmentCounts segments;
};

// One row of the per-type table: pages, P, R, F1, the two halves' F1 when
// both are scored, the share of must-have snippets found and of
// must-not-have snippets leaked.
void PrintTypeRow(const std::string& name, const TypeGroup& g, bool halves) {
  const auto s = pith::bench::SummarizeShingles(g.counts);
  std::printf("%-14s %5zu  %9.3f  %6.3f  %5.3f", name.c_str(), g.counts.size(), s.precision,
              s.recall, s.f1);
  if (halves) {
    for (const auto* h : {&g.half_a, &g.half_b}) {
      if (h->empty()) std::printf("  %5s", "-");
      else std::printf("  %5.3f", pith::bench::SummarizeShingles(*h).f1);
    }
  }
  const auto& c = g.segments;
  auto share = [](long n, long total) { return total ? double(n) / total : 0.0; };
  if (c.with_total + c.without_total > 0) {
    std::printf("  %5.3f  %7.3f", share(c.with_found, c.with_total),
                share(c.without_found, c.without_total));
  }
  std::printf("\n");
}

// pith's page type against the truth's: the share recognised, and a table
// of true types (rows) by pith's (columns).
void PrintConfusion(const nlohmann::json& truth, const std::vector<PageData>& pages, char half) {
  std::map<std::string, std::map<std::string, int>> table;
  std::map<std::string, int> columns;
  int right = 0, total = 0;
  for (const auto& [id, item] : truth.items()) {
    if (half != 0 && pith::bench::SiteHalf(item.value("url", "")) != half) continue;
    const std::string want = item.value("page_type", "-");
    const PageData* page = FindPage(pages, id);
    const std::string got = page ? page->page_type : "-";
    ++table[want][got];
    ++columns[got];
    right += want == got;
    ++total;
  }
  std::printf("page type recognised: %d of %d (%.3f); rows: truth, columns: pith\n", right, total,
              total ? double(right) / total : 0.0);
  std::printf("%-14s", "");
  for (const auto& [got, n] : columns) std::printf(" %6.6s", got.c_str());
  std::printf("\n");
  for (const auto& [want, row] : table) {
    std::printf("%-14s", want.c_str());
    for (const auto& [got, n] : columns) {
      auto cell = row.find(got);
      std::printf(" %6d", cell == row.end() ? 0 : cell->second);
    }
    std::printf("\n");
  }
}

// Scores a set of ground-truth.json (scrapinghub, wcxb-dev) with score.py's
// shingle metric; `half` ('A', 'B' or 0 for both) keeps one half of the
// split by site. With page types in the truth, adds a table per type.
void ScoreShingles(const nlohmann::json& truth, const std::vector<PageData>& pages, int worst,
                   char half) {
  std::map<std::string, TypeGroup> types;
  TypeGroup all;
  std::vector<std::pair<double, std::string>> ranked;
  int exact = 0;
  bool segments = false;
  for (const auto& [id, item] : truth.items()) {
    const std::string url = item.value("url", "");
    const char page_half = pith::bench::SiteHalf(url);
    if (half != 0 && page_half != half) continue;
    std::string t = item.value("articleBody", "");
    const std::string& p = TextOf(pages, id);
    auto c = pith::bench::CountShingles(t, p);
    pith::bench::SegmentCounts seg;
    if (item.contains("with") || item.contains("without")) {
      segments = true;
      seg = pith::bench::CountSegments(pith::bench::PyNormalizeSpace(p),
                                       Strings(item.value("with", nlohmann::json())),
                                       Strings(item.value("without", nlohmann::json())));
    }
    const std::string type = item.value("page_type", "");
    for (TypeGroup* g : {&all, type.empty() ? nullptr : &types[type]}) {
      if (g == nullptr) continue;
      g->counts.push_back(c);
      (page_half == 'A' ? g->half_a : g->half_b).push_back(c);
      g->segments.Add(seg);
    }
    exact += pith::bench::WordTokens(t) == pith::bench::WordTokens(p);
    double pr = pith::bench::ShinglePrecision(c), rc = pith::bench::ShingleRecall(c);
    char line[512];
    std::snprintf(line, sizeof line, "  %.3f  P %.3f  R %.3f  %s  %s  %c %s", F1(pr, rc), pr, rc,
                  id.c_str(), type.empty() ? "-" : type.c_str(), page_half, url.c_str());
    ranked.emplace_back(F1(pr, rc), line);
  }
  const auto& counts = all.counts;
  auto s = pith::bench::SummarizeShingles(counts);
  std::printf("pages %zu  precision %.3f  recall %.3f  F1 %.3f  accuracy %.3f\n", counts.size(),
              s.precision, s.recall, s.f1, counts.empty() ? 0.0 : double(exact) / counts.size());
  if (half == 0) {
    for (const auto& [name, list] : {std::pair{'A', &all.half_a}, std::pair{'B', &all.half_b}}) {
      auto h = pith::bench::SummarizeShingles(*list);
      std::printf("half %c: pages %zu  precision %.3f  recall %.3f  F1 %.3f\n", name, list->size(),
                  h.precision, h.recall, h.f1);
    }
  }
  if (!types.empty()) {
    std::vector<std::pair<std::string, const TypeGroup*>> rows;
    for (const auto& [name, g] : types) rows.emplace_back(name, &g);
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
      return a.second->counts.size() > b.second->counts.size();
    });
    std::printf("%-14s %5s  %9s  %6s  %5s", "page type", "pages", "precision", "recall", "F1");
    if (half == 0) std::printf("  %5s  %5s", "F1 A", "F1 B");
    if (segments) std::printf("  %5s  %7s", "with", "without");
    std::printf("\n");
    for (const auto& [name, g] : rows) PrintTypeRow(name, *g, half == 0);
    PrintTypeRow("all", all, half == 0);
    if (segments) {
      std::printf("(with: share of must-have snippets found; without: share of must-not-have "
                  "snippets leaked)\n");
    }
  }
  if (!types.empty()) PrintConfusion(truth, pages, half);
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (int i = 0; i < worst && i < static_cast<int>(ranked.size()); ++i) {
    std::puts(ranked[i].second.c_str());
  }
}

// Scores a set of evaldata.json (trafilatura-dev) with score_segments.py's
// metric, summed over documents; `half` as for ScoreShingles, the key
// being the page's URL.
void ScoreSegments(const nlohmann::json& evaldata, const std::vector<PageData>& pages, int worst,
                   char half) {
  struct Doc {
    long errors;
    std::string report;
  };
  std::vector<Doc> docs;
  pith::bench::SegmentCounts total, halves[2];
  for (const auto& [url, item] : evaldata.items()) {
    const char page_half = pith::bench::SiteHalf(url);
    if (half != 0 && page_half != half) continue;
    const std::string file = item.value("file", "");
    const std::string id = IdOfFile(file);
    const std::string out = pith::bench::PyNormalizeSpace(TextOf(pages, id));
    std::string report;
    pith::bench::SegmentCounts c;
    for (const auto& w : Strings(item.value("with", nlohmann::json()))) {
      const auto one = pith::bench::CountSegments(out, {w}, {});
      if (!one.with_found) report += "      missed: " + w.substr(0, 90) + "\n";
      c.Add(one);
    }
    for (const auto& w : Strings(item.value("without", nlohmann::json()))) {
      const auto one = pith::bench::CountSegments(out, {}, {w});
      if (one.without_found) report += "      leaked: " + w.substr(0, 90) + "\n";
      c.Add(one);
    }
    total.Add(c);
    halves[page_half == 'A' ? 0 : 1].Add(c);
    const long fn = c.with_total - c.with_found, fp = c.without_found;
    docs.push_back({fn + fp, "  fn " + std::to_string(fn) + " fp " + std::to_string(fp) + "  " +
                                 file + "  " + page_half + " " + url + "\n" + report});
  }
  auto print = [](const char* label, std::size_t n, const pith::bench::SegmentCounts& c) {
    const long tp = c.with_found, fn = c.with_total - tp, fp = c.without_found;
    const long tn = c.without_total - fp;
    const double p = tp + fp ? double(tp) / (tp + fp) : 0, r = tp + fn ? double(tp) / (tp + fn) : 0;
    const double acc = double(tp + tn) / std::max(1L, tp + fp + fn + tn);
    std::printf("%sdocs %zu  precision %.3f  recall %.3f  accuracy %.3f  F1 %.3f\n", label, n, p, r,
                acc, F1(p, r));
  };
  print("", docs.size(), total);
  if (half == 0) {
    std::size_t in_a = 0;
    for (const auto& [url, item] : evaldata.items()) in_a += pith::bench::SiteHalf(url) == 'A';
    print("half A: ", in_a, halves[0]);
    print("half B: ", docs.size() - in_a, halves[1]);
  }
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
                                  "type+select+article", "render json"};
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
      pith::Article article;
      ChooseContent(meta, pith::ExtractOptions(), &page, &scores, &article);
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

// `html` extracted with `options` as a page of type `type`.
pith::Result<pith::Article> ExtractAs(const std::string& html, pith::ExtractOptions options,
                                      pith::PageType type) {
  options.page_type = type;
  return pith::Extract(html, options);
}

}  // namespace

int main(int argc, char** argv) {
  Args args;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (a == "--out") args.out = next();
    else if (a == "--dump") args.dump = next();
    else if (a == "--worst") args.worst = std::atoi(next().c_str());
    else if (a == "--runs") args.runs = std::max(1, std::atoi(next().c_str()));
    else if (a == "--speed") args.speed = true;
    else if (a == "--quality-only") args.quality_only = true;
    else if (a == "--truth-types") args.truth_types = true;
    else if (a == "--no-prune") pith::internal::SetMarkupPruning(false);
    else if (a == "--soak") args.soak = std::atol(next().c_str());
    else if (a == "--half") {
      const std::string h = next();
      if (h != "A" && h != "B" && h != "a" && h != "b") return Usage();
      args.half = pith::internal::AsciiToUpper(h[0]);
    }
    else if (a == "--favor") {
      if (!pith::ParseFocus(next(), &args.options.focus)) return Usage();
    }
    else if (a == "-h" || a == "--help") return Usage();
    else if (!a.empty() && a[0] == '-') return Usage();
    else args.dir = a;
  }
  if (args.dir.empty()) return Usage();
  if (args.speed && args.quality_only) {
    std::cerr << "bench: --speed times the stages and --quality-only skips timing; "
                 "give one of them\n";
    return 2;
  }
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
    pages.push_back({id, std::move(html), "", "", "", "", std::nullopt});
  }
  std::sort(pages.begin(), pages.end(),
            [](const PageData& a, const PageData& b) { return a.id < b.id; });
  if (pages.empty()) {
    std::cerr << "bench: no pages in " << html_dir.string() << "\n";
    return 2;
  }
  // The truth; with --half, only that half's pages are extracted.
  nlohmann::json truth;
  enum class Metric { kNone, kShingles, kSegments } metric = Metric::kNone;
  if (ReadJsonFile(fs::path(args.dir) / "ground-truth.json", &truth)) {
    metric = Metric::kShingles;
  } else if (ReadJsonFile(fs::path(args.dir) / "evaldata.json", &truth)) {
    metric = Metric::kSegments;
  }
  if (args.half != 0) {
    if (metric == Metric::kNone) {
      std::cerr << "bench: --half needs ground-truth.json or evaldata.json in " << args.dir << "\n";
      return 2;
    }
    std::set<std::string> keep;
    for (const auto& [key, item] : truth.items()) {
      if (metric == Metric::kShingles ? pith::bench::SiteHalf(item.value("url", "")) != args.half
                                      : pith::bench::SiteHalf(key) != args.half) {
        continue;
      }
      keep.insert(metric == Metric::kShingles ? key : IdOfFile(item.value("file", "")));
    }
    pages.erase(std::remove_if(pages.begin(), pages.end(),
                               [&](const PageData& p) { return keep.count(p.id) == 0; }),
                pages.end());
  }
  if (args.truth_types) {
    if (metric != Metric::kShingles) {
      std::cerr << "bench: --truth-types needs page types in ground-truth.json in " << args.dir
                << "\n";
      return 2;
    }
    for (PageData& p : pages) {
      pith::PageType type = pith::PageType::kOther;
      if (truth.contains(p.id) && pith::ParsePageType(truth[p.id].value("page_type", ""), &type)) {
        p.given_type = type;
      }
    }
  }
  std::size_t total_bytes = 0;
  for (const PageData& p : pages) total_bytes += p.html.size();

  // pith and a bare Gumbo parse of the same raw pages, one thread, page by
  // page in turn, so that both see the same load. The ratio is taken from
  // the CPU time the thread spent, which a loaded machine does not inflate.
  std::vector<double> pith_s, gumbo_s, pith_cpu, gumbo_cpu;
  int failures = 0;
  for (int run = 0; run < args.runs; ++run) {
    double wall[2] = {}, cpu[2] = {};
    for (PageData& p : pages) {
      const auto t0 = Clock::now();
      const double c0 = ThreadCpuSeconds();
      auto article = p.given_type ? ExtractAs(p.html, args.options, *p.given_type)
                                  : pith::Extract(p.html, args.options);
      const auto t1 = Clock::now();
      const double c1 = ThreadCpuSeconds();
      if (article.ok()) {
        p.text = article->text;
        p.page_type = pith::PageTypeName(article->page_type);
        if (run == 0 && !args.dump.empty()) {
          pith::RenderOptions all;
          all.with_blocks = all.with_comments = all.with_links = all.with_images = true;
          p.dump = pith::RenderJson(*article, all);
        }
      } else {
        p.error = article.status().ToString();
      }
      if (args.quality_only) continue;
      const auto t2 = Clock::now();
      const double c2 = ThreadCpuSeconds();
      GumboOptions options = kGumboDefaultOptions;
      options.max_errors = 0;
      GumboOutput* out = gumbo_parse_with_options(&options, p.html.data(), p.html.size());
      gumbo_destroy_output(&options, out);
      wall[0] += Seconds(t1 - t0);
      wall[1] += Seconds(Clock::now() - t2);
      cpu[0] += c1 - c0;
      cpu[1] += ThreadCpuSeconds() - c2;
    }
    pith_s.push_back(wall[0]);
    gumbo_s.push_back(wall[1]);
    pith_cpu.push_back(cpu[0]);
    gumbo_cpu.push_back(cpu[1]);
  }
  for (const PageData& p : pages) {
    if (!p.error.empty()) {
      ++failures;
      std::cerr << "bench: " << p.id << ": " << p.error << "\n";
    }
  }
  if (!args.out.empty()) {
    nlohmann::ordered_json pred;
    for (const PageData& p : pages) {
      pred[p.id] = {{"articleBody", p.text}, {"page_type", p.page_type}};
    }
    std::ofstream out(args.out, std::ios::binary);
    out << pred.dump(1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
    if (!out) {
      std::cerr << "bench: cannot write " << args.out << "\n";
      return 2;
    }
  }
  if (!args.dump.empty()) {
    std::ofstream out(args.dump, std::ios::binary);
    for (const PageData& p : pages) out << p.id << "\t" << p.error << "\t" << p.dump << "\n";
    if (!out) {
      std::cerr << "bench: cannot write " << args.dump << "\n";
      return 2;
    }
  }
  if (args.speed) PrintStageSplit(pages, args.runs);
  if (args.soak > 0) {
    Soak(pages, args.soak);
    return 0;
  }
  if (metric == Metric::kShingles) {
    ScoreShingles(truth, pages, args.worst, args.half);
  } else if (metric == Metric::kSegments) {
    ScoreSegments(truth, pages, args.worst, args.half);
  } else {
    std::printf("no ground-truth.json or evaldata.json: predictions only\n");
  }
  if (args.quality_only) {
    std::printf("%zu pages, %.1f MB, %d errors (--quality-only: speed not measured)\n",
                pages.size(), total_bytes / 1e6, failures);
    return 0;
  }
  const double tp = Median(pith_s), tg = Median(gumbo_s);
  std::printf(
      "speed (1 thread, median of %d): pith %.1f pages/s (%.1f MB/s); bare Gumbo parse %.1f "
      "pages/s; pith time / Gumbo time %.2f (CPU time; wall %.2f); %zu pages, %.1f MB, "
      "%d errors\n",
      args.runs, pages.size() / tp, total_bytes / tp / 1e6, pages.size() / tg,
      Median(pith_cpu) / Median(gumbo_cpu), tp / tg, pages.size(), total_bytes / 1e6, failures);
  return 0;
}
