// The two scoring metrics of ../shared/bench, reimplemented so that the
// bench tool needs no Python: shingle overlap (score.py) and must-have /
// must-not-have segments (score_segments.py).
#ifndef PITH_TOOLS_BENCH_METRICS_H_
#define PITH_TOOLS_BENCH_METRICS_H_

#include <string>
#include <string_view>
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

// The site of a page: the hostname of `url` lower-cased, without user info
// and port, and without a leading "www."; "" when `url` names no host (no
// "scheme://" or "//" opening, like the evaldata keys "hard::page.html"),
// as Python's urllib.parse.urlsplit(url).hostname being None.
std::string SiteHost(std::string_view url);

// The fixed split of every development set by site, so that rules studied
// on one half are checked on the other: 'A' when zlib's crc32 of
// SiteHost(url) is even, else 'B'. In Python:
//   h = (urlsplit(url).hostname or "").lower(); h = h[4:] if h.startswith("www.") else h
//   "A" if zlib.crc32(h.encode()) % 2 == 0 else "B"
char SiteHalf(std::string_view url);

// Must-have ("with") and must-not-have ("without") snippets, counted as
// score_segments.py counts them: a snippet is found when its
// whitespace-normalised text is a substring of the normalised output.
struct SegmentCounts {
  long with_found = 0, with_total = 0;
  long without_found = 0, without_total = 0;
  void Add(const SegmentCounts& o) {
    with_found += o.with_found, with_total += o.with_total;
    without_found += o.without_found, without_total += o.without_total;
  }
};
// REQUIRES: `normalized_output` is PyNormalizeSpace of the output.
SegmentCounts CountSegments(const std::string& normalized_output,
                            const std::vector<std::string>& with,
                            const std::vector<std::string>& without);

}  // namespace pith::bench

#endif  // PITH_TOOLS_BENCH_METRICS_H_
