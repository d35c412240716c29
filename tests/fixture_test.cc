// Golden tests over fixtures/<slug>/: source.html (raw bytes), meta.json
// (url, content_type, hand-written "with"/"without" snippets), expected.txt,
// .md, .html and expected.json (the metadata), checked as `pith check
// fixtures` checks them; plus the snippets and invariants of every page.
//
// Re-bless on purpose with tools/update-goldens.sh (pith check --update):
// it rewrites expected.* only; the snippets are never touched, so a
// re-blessed golden still has to keep every "with" and drop every "without".
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <utility>
#include <nlohmann/json.hpp>
#include <sstream>

#include "pith/check.h"
#include "pith/pith.h"
#include "base/utf8.h"

namespace pith {
namespace {

namespace fs = std::filesystem;

std::string ReadAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The pages of fixtures/, as pith check finds them: fixtures/SLUG/source.html.
std::vector<std::string> Slugs() {
  std::vector<std::string> slugs;
  Result<std::vector<SavedPage>> pages = FindSavedPages(PITH_FIXTURES_DIR);
  if (pages.ok()) {
    for (const SavedPage& p : *pages) slugs.push_back(p.name);
  }
  return slugs;
}

class FixtureTest : public testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    dir_ = fs::path(PITH_FIXTURES_DIR) / GetParam();
    source_ = ReadAll(dir_ / "source.html");
    meta_ = nlohmann::json::parse(ReadAll(dir_ / "meta.json"));
    page_.url = meta_.value("url", "");
    page_.content_type = meta_.value("content_type", "");
  }

  fs::path dir_;
  std::string source_;
  nlohmann::json meta_;
  PageInfo page_;
};

// The goldens, checked by the library's fixture check (pith/check.h) with
// fixtures/pith-check's options, as `pith check fixtures` does: expected.txt
// (text), .md, .html and expected.json (the metadata fields).
TEST_P(FixtureTest, MatchesGolden) {
  CheckOptions options;
  ASSERT_TRUE(ReadCheckConfig(PITH_FIXTURES_DIR, &options).ok());
  ASSERT_EQ(options.formats.size(), 4u);
  options.only = GetParam();
  Result<CheckReport> report = CheckDirectory(PITH_FIXTURES_DIR, options);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  ASSERT_EQ(report->results.size(), 4u);
  for (const CheckResult& r : report->results) {
    EXPECT_EQ(r.outcome, CheckOutcome::kUnchanged)
        << r.expected << ": " << CheckOutcomeName(r.outcome) << " " << r.error.ToString() << "\n"
        << r.diff << "(re-bless on purpose with tools/update-goldens.sh)";
  }
}

TEST_P(FixtureTest, EveryJsonOutputParses) {
  ExtractOptions with_comments;
  with_comments.include_comments = true;
  Result<Article> a = Extract(source_, with_comments, page_);
  ASSERT_TRUE(a.ok());
  RenderOptions all;
  all.with_blocks = all.with_comments = all.with_links = all.with_images = true;
  for (const RenderOptions& o : {RenderOptions{}, all}) {
    const std::string json = RenderJson(*a, o);
    nlohmann::json j = nlohmann::json::parse(json);  // throws, and fails the test, if invalid
    EXPECT_EQ(j["text"], a->text);
    EXPECT_EQ(j["title"], a->title);
    EXPECT_EQ(json.find('\n'), std::string::npos);
  }
}

TEST_P(FixtureTest, KeepsEveryWithAndDropsEveryWithout) {
  Result<Article> a = Extract(source_, ExtractOptions{}, page_);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_TRUE(a->found);
  const std::string text = internal::NormalizeSpace(a->text);
  for (const auto& w : meta_["with"]) {
    EXPECT_NE(text.find(internal::NormalizeSpace(w.get<std::string>())), std::string::npos)
        << GetParam() << ": missing \"" << w.get<std::string>() << "\"";
  }
  for (const auto& w : meta_["without"]) {
    EXPECT_EQ(text.find(internal::NormalizeSpace(w.get<std::string>())), std::string::npos)
        << GetParam() << ": leaked \"" << w.get<std::string>() << "\"";
  }
}

TEST_P(FixtureTest, Invariants) {
  Result<Article> a = Extract(source_, ExtractOptions{}, page_);
  ASSERT_TRUE(a.ok());
  // Deterministic.
  Result<Article> again = Extract(source_, ExtractOptions{}, page_);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(a->text, again->text);
  // The text is exactly the kept blocks, a numbered item's opening with its
  // number, and every block has a reason.
  std::string joined;
  for (const Block& b : a->blocks) {
    EXPECT_FALSE(b.reason.empty());
    if (!b.kept) continue;
    if (!joined.empty()) joined += "\n\n";
    if (!b.marker.empty()) joined += b.marker + " ";
    joined += b.text;
  }
  EXPECT_EQ(joined, a->text);
  // Gzip-compressed and truncated inputs are handled, never crash.
  for (std::size_t cut : {source_.size() / 3, source_.size() / 2, source_.size() - 1}) {
    Result<Article> part = Extract(std::string_view(source_).substr(0, cut), ExtractOptions{}, page_);
    EXPECT_TRUE(part.ok()) << part.status().ToString();
  }
}

INSTANTIATE_TEST_SUITE_P(Fixtures, FixtureTest, testing::ValuesIn(Slugs()),
                         [](const testing::TestParamInfo<std::string>& param) {
                           std::string name = param.param;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

}  // namespace
}  // namespace pith
