// Options given as words: the names the command line, the pith-check file
// and the Python binding all read through the library.
#include "base/option_names.h"

#include "pith/options.h"

#include <gtest/gtest.h>

#include <cstddef>

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

// One grammar for every size a user writes: --max-input, --max-size and
// pith.dask's --max-input (through pith._core.parse_size) read these alike.
TEST(ByteSizeTest, ReadsTheOneGrammar) {
  constexpr std::size_t kNone = 7;  // what a refused size leaves
  static const struct {
    const char* text;
    std::size_t bytes;
  } kCases[] = {
      {"1", 1},
      {"500", 500},
      {"500k", 500 * 1024},
      {"500K", 500 * 1024},
      {"20M", 20u << 20},
      {"1g", std::size_t{1} << 30},
      {"1.5M", 1572864},
      {"0.5k", 512},
      {".5k", 512},
      {"5.", 5},
      {"1e3", 1000},
      {"1E3k", 1024000},
      {"2.5e-1k", 256},
      {" 5 ", 5},
      {"\t64M\n", 64u << 20},
      {"1.9", 1},  // rounded down
      {"1000000000000", 1000000000000},
      {"0000000000000000000000000000001", 1},
      {"1.00000000000000000000000000000000000001", 1},
      // Refused:
      {"", kNone},
      {" ", kNone},
      {"0", kNone},
      {"0.5", kNone},  // half a byte
      {"1000000000001", kNone},
      {"1e400", kNone},
      {"1e-400k", kNone},
      {"1e99999999999999999999", kNone},
      {"977G", kNone},  // over 10^12 bytes
      {"-5", kNone},
      {"+5", kNone},
      {"0x10", kNone},
      {"inf", kNone},
      {"nan", kNone},
      {"1_000", kNone},
      {"k", kNone},
      {".", kNone},
      {"5e", kNone},
      {"5kb", kNone},
      {"5 k", kNone},
      {"5T", kNone},
      {"5k 5", kNone},
      {"1,5M", kNone},
  };
  for (const auto& c : kCases) {
    std::size_t bytes = kNone;
    EXPECT_EQ(ParseByteSize(c.text, &bytes), c.bytes != kNone) << "'" << c.text << "'";
    EXPECT_EQ(bytes, c.bytes) << "'" << c.text << "'";
  }
}

// Digits only, as the command line's --min-chars and python3 -m pith.dask
// take them: Python's int() would also take " 5 ", "+5" and "1_000".
TEST(ParseWholeNumberTest, TakesDigitsUpToTheBoundOnly) {
  constexpr long long kNone = -1;
  static const struct {
    const char* text;
    long long max;
    long long number;  // kNone: refused
  } kCases[] = {
      {"0", 10, 0},
      {"50", 50, 50},
      {"007", 10, 7},
      {"51", 50, kNone},
      {"7", 5, kNone},
      {"1000000000", 1000000000, 1000000000},
      {"1000000001", 1000000000, kNone},
      {"99999999999999999999999", 9223372036854775807LL, kNone},
      {"9223372036854775807", 9223372036854775807LL, 9223372036854775807LL},
      {"", 10, kNone},
      {" 5", 10, kNone},
      {"5 ", 10, kNone},
      {"+5", 10, kNone},
      {"-0", 10, kNone},
      {"1_0", 100, kNone},
      {"1.0", 10, kNone},
      {"0x5", 10, kNone},
      {"5", -1, kNone},
  };
  for (const auto& c : kCases) {
    long long number = kNone;
    EXPECT_EQ(ParseWholeNumber(c.text, c.max, &number), c.number != kNone) << "'" << c.text << "'";
    EXPECT_EQ(number, c.number) << "'" << c.text << "'";
  }
}

}  // namespace
}  // namespace pith
