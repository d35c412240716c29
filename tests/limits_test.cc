// Hostile input ends in a clear error within its limits, and the next page
// is extracted as if nothing had happened.
#include <gtest/gtest.h>
#include <zlib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "extract/document.h"
#include "pith/pith.h"

namespace {

// A hang guard, not a speed target (speed is measured by tools/bench).
constexpr double kHangGuardSeconds = 60.0;

const char kStory[] =
    "<article><p>The harbour reopened on Monday after a week of repairs, and the first ferry "
    "left on time, full of commuters who had been taking the long road around the bay.</p>"
    "<p>Repairs cost less than expected, the port authority said, because the damage to the "
    "north pier turned out to be limited to its wooden deck.</p></article>";

TEST(LimitsTest, FormattingElementBlowUpIsRefused) {
  // Distinct <b>s left open in a closed paragraph stay "active" and are
  // reopened inside every later <p>: the tree grows as their count times the
  // paragraphs' (an HTML rule, not a bug).
  std::string html = "<p>";
  for (int i = 0; i < 1000; ++i) html += "<b id=" + std::to_string(i) + ">";
  for (int i = 0; i < 100000; ++i) html += "<p>x</p>";
  pith::ExtractOptions options;
  options.max_parse_memory_bytes = std::size_t{64} << 20;
  const auto start = std::chrono::steady_clock::now();
  pith::Result<pith::Article> a = pith::Extract(html, options);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(a.status().code(), pith::Status::Code::kTooLarge) << a.status().ToString();
  EXPECT_NE(a.status().message().find(
                "parsing the page needs more than 64 MiB (ExtractOptions::max_parse_memory_bytes)"),
            std::string::npos)
      << a.status().message();
  EXPECT_LT(seconds, kHangGuardSeconds);
  // Nothing is left behind: the next page comes out whole.
  pith::Result<pith::Article> next = pith::Extract(kStory, options);
  ASSERT_TRUE(next.ok());
  EXPECT_NE(next->text.find("north pier"), std::string::npos);
}

TEST(LimitsTest, HostileNestingTimesOut) {
  // Gumbo's parse time grows with the square of depth: 100k levels take tens
  // of seconds. The deadline stops it.
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "deep";
  pith::ExtractOptions options;
  options.max_parse_seconds = 0.5;
  options.max_nesting_depth = std::size_t{1} << 30;  // past the pre-check, to the deadline
  const auto start = std::chrono::steady_clock::now();
  pith::Result<pith::Article> a = pith::Extract(html, options);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(a.status().code(), pith::Status::Code::kTimeout) << a.status().ToString();
  EXPECT_NE(a.status().message().find("took longer than 0.5 s (ExtractOptions::max_parse_seconds)"),
            std::string::npos) << a.status().message();  // not "0.500000 s"
  EXPECT_LT(seconds, kHangGuardSeconds);
  pith::Result<pith::Article> next = pith::Extract(kStory, options);
  ASSERT_TRUE(next.ok());
  EXPECT_NE(next->text.find("north pier"), std::string::npos);
}

TEST(LimitsTest, ParseDeadlineCountsTheParsersOwnTimeNotTheMachines) {
  // A page the parser needs some hundredths of a second for, measured alone in
  // processor time, gets a deadline three times that; then it is parsed
  // again while eight busy threads per core compete for the processors, so
  // its wall time is several times the deadline. Only a deadline on the
  // parse's own processor time lets it through (a wall-clock one refused it
  // as a timeout, as a -j run or a busy machine did to ordinary pages).
  pith::ExtractOptions options;
  options.max_nesting_depth = std::size_t{1} << 30;  // deep enough to cost time
  std::string html;
  double alone = 0;
  for (int depth = 2000; depth <= 64000 && alone < 0.04; depth *= 2) {
    html.clear();
    for (int i = 0; i < depth; ++i) html += "<div>";
    html += kStory;
    const double start = pith::internal::ThreadCpuSeconds();
    ASSERT_TRUE(pith::Extract(html, options).ok());
    alone = pith::internal::ThreadCpuSeconds() - start;
  }
  options.max_parse_seconds = 3 * alone;
  std::atomic<bool> stop{false};
  std::vector<std::thread> busy;
  const unsigned cores = std::max(2u, std::thread::hardware_concurrency());
  for (unsigned i = 0; i < 8 * cores; ++i) {
    busy.emplace_back([&stop] {
      while (!stop.load(std::memory_order_relaxed)) {
      }
    });
  }
  const auto start = std::chrono::steady_clock::now();
  pith::Result<pith::Article> a = pith::Extract(html, options);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  stop = true;
  for (std::thread& t : busy) t.join();
  ASSERT_TRUE(a.ok()) << a.status().ToString() << " (deadline " << options.max_parse_seconds
                      << " s, " << seconds << " s of wall time)";
  EXPECT_NE(a->text.find("north pier"), std::string::npos);
}

TEST(LimitsTest, GzipBombStopsAtTheInputLimit) {
  std::string big(std::size_t{32} << 20, 'a');
  uLongf packed_size = compressBound(big.size());
  std::string packed(packed_size, '\0');
  // A zlib stream is not gzip: wrap the data with gzip's own framing instead.
  z_stream zs{};
  deflateInit2(&zs, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  zs.next_in = reinterpret_cast<Bytef*>(big.data());
  zs.avail_in = static_cast<uInt>(big.size());
  zs.next_out = reinterpret_cast<Bytef*>(packed.data());
  zs.avail_out = static_cast<uInt>(packed.size());
  ASSERT_EQ(deflate(&zs, Z_FINISH), Z_STREAM_END);
  packed.resize(zs.total_out);
  deflateEnd(&zs);
  pith::ExtractOptions options;
  options.max_input_bytes = std::size_t{4} << 20;
  const pith::Status s = pith::Extract(packed, options).status();
  EXPECT_EQ(s.code(), pith::Status::Code::kTooLarge);
  // The message names the option that sets the limit.
  EXPECT_EQ(s.message(), "gzip data inflates to more than 4 MiB (ExtractOptions::max_input_bytes)");
}

TEST(LimitsTest, OversizedInputIsRefusedNotTruncated) {
  pith::ExtractOptions options;
  options.max_input_bytes = 100;
  pith::Result<pith::Article> a = pith::Extract(kStory, options);
  EXPECT_EQ(a.status().code(), pith::Status::Code::kTooLarge);
  // The message gives the size and the limit, and names the option.
  EXPECT_EQ(a.status().message(), "the input is " + std::to_string(sizeof kStory - 1) +
                                      " bytes, over the limit of 100 bytes"
                                      " (ExtractOptions::max_input_bytes)");
  options.max_input_bytes = 64 << 10;
  const std::string big(70 << 10, ' ');
  EXPECT_EQ(pith::Extract(big, options).status().message(),
            "the input is 70 KiB, over the limit of 64 KiB (ExtractOptions::max_input_bytes)");
}

// A program whose users set options by other names (a flag, a keyword)
// gives the library those names, and every message about a limit uses
// them: no caller rewrites the library's words, which may hold the
// caller's own text too (a file's name).
TEST(LimitsTest, AnOptionIsNamedAsTheCallerNamesIt) {
  pith::ExtractOptions options;
  options.option_name = [](std::string_view option) { return "<" + std::string(option) + ">"; };
  options.max_input_bytes = 100;
  EXPECT_EQ(pith::Extract(kStory, options).status().message(),
            "the input is " + std::to_string(sizeof kStory - 1) +
                " bytes, over the limit of 100 bytes (<ExtractOptions::max_input_bytes>)");
  options.max_input_bytes = std::size_t{64} << 20;
  options.max_elements = 1;
  EXPECT_NE(pith::Extract(kStory, options).status().message().find(
                "(<ExtractOptions::max_elements> is 1)"),
            std::string::npos);
  options.max_elements = 4000000;
  options.max_nesting_depth = 0;
  EXPECT_NE(pith::Extract(kStory, options).status().message().find(
                "(<ExtractOptions::max_nesting_depth> is 0)"),
            std::string::npos);
}

}  // namespace
