// The two scoring metrics of ../shared/bench, reimplemented so that the
// bench tool needs no Python: shingle overlap (score.py) and must-have /
// must-not-have segments (score_segments.py).
#ifndef PITH_TOOLS_BENCH_METRICS_H_
#define PITH_TOOLS_BENCH_METRICS_H_

#include <string>
#include <vector>

namespace pith::bench {

// Python's re `\w+` tokens: letters, numbers (any script) and '_'.
std::vector<std::string> WordTokens(const std::string& text);

// Normalised true-positive, false-positive and false-negative shares of
// 4-token shingles for one page, as score.py's page_counts.
struct ShingleCounts {
  double tp = 0, fp = 0, fn = 0;
};
ShingleCounts CountShingles(const std::string& truth, const std::string& prediction);
double ShinglePrecision(const ShingleCounts& c);
double ShingleRecall(const ShingleCounts& c);

// Python's re.sub(r"\s+", " ", text).strip().
std::string PyNormalizeSpace(const std::string& text);

struct Summary {
  double precision = 0, recall = 0, f1 = 0;
};
Summary SummarizeShingles(const std::vector<ShingleCounts>& pages);

}  // namespace pith::bench

#endif  // PITH_TOOLS_BENCH_METRICS_H_
