// The example of include/pith/pith.h, compiled and run: keep the two in step.
#include <gtest/gtest.h>

#include <fstream>
#include <iostream>
#include <sstream>

#include "pith/pith.h"

TEST(ApiExampleTest, HeaderExampleWorks) {
  const std::string page = std::string(PITH_FIXTURES_DIR) + "/seed-000-wire/source.html";
  std::ostringstream out, err;
  // ---- the example, as in pith.h, with std::cout/std::cerr redirected ----
  pith::ExtractOptions options;
  pith::Result<pith::Article> article = pith::ExtractFile(page, options);
  if (!article.ok()) {
    err << article.status().ToString() << "\n";
  } else if (article->found) {
    out << article->title << "\n\n" << article->text << "\n";
  }
  // ---- end of the example ----
  EXPECT_EQ(err.str(), "");
  EXPECT_EQ(out.str().rfind("Xi calls on China, Central Asia to \"fully unleash\" potential\n\n"
                            "Xian (China) (AFP) - Xi Jinping called",
                            0),
            0u)
      << out.str().substr(0, 200);
}

TEST(ApiExampleTest, ErrorsComeBackAsStatus) {
  pith::Result<pith::Article> missing = pith::ExtractFile("/nonexistent/page.html");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), pith::Status::Code::kIoError);
  EXPECT_NE(missing.status().message().find("/nonexistent/page.html"), std::string::npos);
  pith::ExtractOptions tiny;
  tiny.max_input_bytes = 10;
  EXPECT_EQ(pith::Extract("<p>more than ten bytes</p>", tiny).status().code(),
            pith::Status::Code::kTooLarge);
}

TEST(ApiExampleTest, ReadmeShowsTheCompiledExampleVerbatim) {
  auto read = [](const std::string& path) {
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  };
  const std::string example = read(std::string(PITH_SOURCE_DIR) + "/examples/summary.cc");
  const std::string readme = read(std::string(PITH_SOURCE_DIR) + "/README.md");
  ASSERT_FALSE(example.empty());
  EXPECT_NE(readme.find("```cpp\n" + example + "```\n"), std::string::npos)
      << "README.md must show examples/summary.cc as it is";
}
