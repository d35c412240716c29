// Micro-benchmarks of pith's stages (Google Benchmark), and a linearity
// check: extraction of 1, 10 and 100 copies of a page's body, with the
// complexity Google Benchmark fits to the times.
//
//   build/micro_bench [--benchmark_filter=...]     (reads fixtures/ of the source tree)
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include "extract/blocks.h"
#include "extract/decode.h"
#include "extract/document.h"
#include "extract/metadata.h"
#include "pith/pith.h"
#include "extract/rawtext.h"
#include "extract/score.h"
#include "extract/select.h"

namespace {

using namespace pith::internal;

std::string ReadFixture(const char* slug) {
  std::ifstream in(std::string(PITH_FIXTURES_DIR) + "/" + slug + "/source.html", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const std::string& SamplePage() {
  static const std::string page = ReadFixture("seed-001-jnews");
  return page;
}

// The page with its <body> content repeated `copies` times.
std::string Copies(int copies) {
  const std::string& page = SamplePage();
  const std::size_t open = page.find('>', page.find("<body")) + 1;
  const std::size_t close = page.rfind("</body>");
  std::string out = page.substr(0, open);
  for (int i = 0; i < copies; ++i) out += page.substr(open, close - open);
  return out + page.substr(close);
}

void BM_Decode(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(DecodeToUtf8(SamplePage(), "", ""));
  state.SetBytesProcessed(state.iterations() * SamplePage().size());
}
BENCHMARK(BM_Decode);

void BM_Strip(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(StripRawText(SamplePage()));
  state.SetBytesProcessed(state.iterations() * SamplePage().size());
}
BENCHMARK(BM_Strip);

void BM_Parse(benchmark::State& state) {
  const std::string html = StripRawText(SamplePage());
  for (auto _ : state) benchmark::DoNotOptimize(Document::Parse(html));
  state.SetBytesProcessed(state.iterations() * html.size());
}
BENCHMARK(BM_Parse);

void BM_Segment(benchmark::State& state) {
  const Document doc = Document::Parse(StripRawText(SamplePage()));
  for (auto _ : state) benchmark::DoNotOptimize(SegmentBlocks(doc));
}
BENCHMARK(BM_Segment);

void BM_Score(benchmark::State& state) {
  const Page page = SegmentBlocks(Document::Parse(StripRawText(SamplePage())));
  for (auto _ : state) benchmark::DoNotOptimize(ScoreBlocks(page));
}
BENCHMARK(BM_Score);

void BM_Select(benchmark::State& state) {
  const Page page = SegmentBlocks(Document::Parse(StripRawText(SamplePage())));
  const Metadata meta = ReadMetadata(page, "");
  const Scores scores = ScoreBlocks(page);
  for (auto _ : state) benchmark::DoNotOptimize(SelectContent(page, scores, meta));
}
BENCHMARK(BM_Select);

void BM_RenderJson(benchmark::State& state) {
  const pith::Article article = *pith::Extract(SamplePage());
  for (auto _ : state) benchmark::DoNotOptimize(pith::RenderJson(article, true));
}
BENCHMARK(BM_RenderJson);

// Time per page must grow linearly with its size: no quadratic work.
void BM_ExtractCopies(benchmark::State& state) {
  const std::string html = Copies(static_cast<int>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(pith::Extract(html));
  state.SetBytesProcessed(state.iterations() * html.size());
  state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_ExtractCopies)->Arg(1)->Arg(10)->Arg(100)->Complexity();

}  // namespace

BENCHMARK_MAIN();
