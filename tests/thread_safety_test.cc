// pith holds no global state: many threads extracting at once get exactly
// what one thread gets.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

#include "pith/pith.h"

namespace {

TEST(ThreadSafetyTest, ConcurrentExtractionsMatchSequentialOnes) {
  std::vector<std::string> pages;
  for (const auto& e : std::filesystem::directory_iterator(PITH_FIXTURES_DIR)) {
    if (!e.is_directory()) continue;  // fixtures/pith-check
    std::ifstream in(e.path() / "source.html", std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    pages.push_back(ss.str());
  }
  ASSERT_GE(pages.size(), 10u);
  std::vector<std::string> want;
  for (const std::string& p : pages) want.push_back(pith::RenderJson(*pith::Extract(p), true));

  constexpr int kThreads = 8;
  constexpr int kRounds = 3;
  std::vector<std::vector<std::string>> got(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < kRounds; ++round) {
        // Each thread walks the pages from a different start.
        for (std::size_t k = 0; k < pages.size(); ++k) {
          std::size_t i = (k + t) % pages.size();
          auto a = pith::Extract(pages[i]);
          if (round == kRounds - 1) got[t].push_back(std::to_string(i) + pith::RenderJson(*a, true));
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int t = 0; t < kThreads; ++t) {
    ASSERT_EQ(got[t].size(), pages.size());
    for (std::size_t k = 0; k < pages.size(); ++k) {
      std::size_t i = (k + t) % pages.size();
      EXPECT_EQ(got[t][k], std::to_string(i) + want[i]) << "thread " << t << " page " << i;
    }
  }
}

}  // namespace
