// Golden tests over fixtures/<slug>/: source.html (raw bytes), meta.json
// (url, content_type, hand-written "with"/"without" snippets), expected.txt
// and expected.json (title, language).
//
// Re-bless on purpose with tools/update-goldens.sh (PITH_UPDATE_GOLDENS=1):
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

void WriteAll(const fs::path& p, const std::string& s) {
  std::ofstream(p, std::ios::binary) << s;
}

std::vector<std::string> Slugs() {
  std::vector<std::string> slugs;
  for (const auto& e : fs::directory_iterator(PITH_FIXTURES_DIR)) {
    if (fs::exists(e.path() / "source.html")) slugs.push_back(e.path().filename().string());
  }
  std::sort(slugs.begin(), slugs.end());
  return slugs;
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// "line N: expected ... / got ...", for the first line that differs.
std::string FirstDifference(const std::string& want, const std::string& got) {
  const auto a = Lines(want), b = Lines(got);
  for (std::size_t i = 0; i < std::max(a.size(), b.size()); ++i) {
    const std::string x = i < a.size() ? a[i] : "<end of text>";
    const std::string y = i < b.size() ? b[i] : "<end of text>";
    if (x != y) {
      return "first difference at line " + std::to_string(i + 1) + ":\n  expected: " + x +
             "\n  got:      " + y;
    }
  }
  return "texts differ only in line endings";
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

// The metadata part of the JSON output, pretty-printed so that a golden
// diff reads well.
std::string MetadataGolden(const Article& a) {
  nlohmann::ordered_json info = {{"title", a.title},         {"author", a.authors},
                                 {"date", a.date},           {"site_name", a.site_name},
                                 {"language", a.language},   {"description", a.description},
                                 {"image", a.image},         {"canonical", a.canonical}};
  return info.dump(2) + "\n";
}

TEST_P(FixtureTest, MatchesGolden) {
  Result<Article> a = Extract(source_, ExtractOptions{}, page_);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  // One golden per output: text, metadata, Markdown, HTML.
  const std::pair<const char*, std::string> goldens[] = {
      {"expected.txt", Render(*a, OutputFormat::kText)},
      {"expected.json", MetadataGolden(*a)},
      {"expected.md", Render(*a, OutputFormat::kMarkdown)},
      {"expected.html", Render(*a, OutputFormat::kHtml)},
  };
  const char* update = std::getenv("PITH_UPDATE_GOLDENS");
  if (update != nullptr && std::string(update) == "1") {
    for (const auto& [name, got] : goldens) WriteAll(dir_ / name, got);
    return;
  }
  for (const auto& [name, got] : goldens) {
    ASSERT_TRUE(fs::exists(dir_ / name)) << GetParam() << ": no " << name
                                         << " (bless it with tools/update-goldens.sh)";
    const std::string want = ReadAll(dir_ / name);
    EXPECT_EQ(want, got) << GetParam() << "/" << name << ": " << FirstDifference(want, got)
                         << "\n(re-bless on purpose with tools/update-goldens.sh)";
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
  // The text is exactly the kept blocks, and every block has a reason.
  std::string joined;
  for (const Block& b : a->blocks) {
    EXPECT_FALSE(b.reason.empty());
    if (!b.kept) continue;
    if (!joined.empty()) joined += "\n\n";
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
