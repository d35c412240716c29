// Options given as words: the names the command line, the pith-check file
// and the Python binding all read through the library.
#include "base/option_names.h"

#include "pith/options.h"

#include <gtest/gtest.h>

namespace pith {
namespace {

using Focus = ExtractOptions::Focus;

TEST(FocusNamesTest, GoBothWaysInAnyCase) {
  static const struct {
    const char* name;
    bool known;
    Focus focus;
  } kCases[] = {
      {"balanced", true, Focus::kBalanced},   {"precision", true, Focus::kPrecision},
      {"recall", true, Focus::kRecall},       {"Precision", true, Focus::kPrecision},
      {"RECALL", true, Focus::kRecall},       {"BaLaNcEd", true, Focus::kBalanced},
      {"", false, Focus::kRecall},            {"maximum", false, Focus::kRecall},
      {"precision ", false, Focus::kRecall},  {"recal", false, Focus::kRecall},
  };
  for (const auto& c : kCases) {
    Focus focus = Focus::kRecall;
    EXPECT_EQ(ParseFocus(c.name, &focus), c.known) << c.name;
    EXPECT_EQ(focus, c.focus) << c.name;  // unchanged when unknown
  }
  for (Focus f : {Focus::kBalanced, Focus::kPrecision, Focus::kRecall}) {
    Focus parsed = f == Focus::kBalanced ? Focus::kRecall : Focus::kBalanced;
    EXPECT_TRUE(ParseFocus(FocusName(f), &parsed)) << FocusName(f);
    EXPECT_EQ(parsed, f);
  }
}

TEST(FocusNamesTest, SwitchesAreThePrefixAndAFocusName) {
  static const struct {
    const char* name;
    const char* prefix;
    bool known;
    Focus focus;
  } kCases[] = {
      {"--favor-precision", "--favor-", true, Focus::kPrecision},
      {"--favor-recall", "--favor-", true, Focus::kRecall},
      {"favor-recall", "favor-", true, Focus::kRecall},
      {"--favor-balanced", "--favor-", false, Focus::kBalanced},  // the default has no switch
      {"favor-recall", "--favor-", false, Focus::kBalanced},
      {"--favor-", "--favor-", false, Focus::kBalanced},
      {"--favor", "--favor-", false, Focus::kBalanced},
      {"--with-recall", "--favor-", false, Focus::kBalanced},
  };
  for (const auto& c : kCases) {
    Focus focus = Focus::kBalanced;
    EXPECT_EQ(internal::ParseFocusSwitch(c.name, c.prefix, &focus), c.known) << c.name;
    EXPECT_EQ(focus, c.focus) << c.name;
  }
}

}  // namespace
}  // namespace pith
