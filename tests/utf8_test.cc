// base/utf8 and base/compose: the byte and text helpers the stages share.
#include "base/utf8.h"

#include "base/compose.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace pith::internal {
namespace {

TEST(Utf8Test, ByteOrderMark) {
  EXPECT_TRUE(HasUtf8Bom("\xEF\xBB\xBF<html>"));
  EXPECT_FALSE(HasUtf8Bom("\xEF\xBB"));  // cut short
  EXPECT_FALSE(HasUtf8Bom("<html>\xEF\xBB\xBF"));
  EXPECT_EQ(StripUtf8Bom("\xEF\xBB\xBFUser-agent: *"), "User-agent: *");
  EXPECT_EQ(StripUtf8Bom("\xEF\xBB\xBF\xEF\xBB\xBFx"), "\xEF\xBB\xBFx");  // one mark only
  EXPECT_EQ(StripUtf8Bom("\xFF\xFEx"), "\xFF\xFEx");  // UTF-16's is not UTF-8's
  EXPECT_EQ(StripUtf8Bom(""), "");
}

TEST(Utf8Test, HtmlSpaceIsAsciiOnly) {
  for (char c : {' ', '\t', '\n', '\f', '\r'}) EXPECT_TRUE(IsHtmlSpace(c)) << int(c);
  // \v is no HTML white space; 0x85 and 0xA0 are UTF-8 continuation bytes.
  for (char c : {'\v', '\0', 'a', '\x85', '\xA0'}) EXPECT_FALSE(IsHtmlSpace(c)) << int(c);
}

TEST(Utf8Test, TrimHtmlSpace) {
  EXPECT_EQ(TrimHtmlSpace(" \t\n\f\rbutton \r\n"), "button");
  EXPECT_EQ(TrimHtmlSpace("aria expanded"), "aria expanded");  // inner space stays
  EXPECT_EQ(TrimHtmlSpace(" \t "), "");
  EXPECT_EQ(TrimHtmlSpace(""), "");
  // \v and a no-break space (C2 A0) are no HTML white space.
  EXPECT_EQ(TrimHtmlSpace("\vfalse\xC2\xA0"), "\vfalse\xC2\xA0");
}

// The tokens ForEachHtmlToken gives, each a view into the value.
std::vector<std::string> HtmlTokens(std::string_view s) {
  std::vector<std::string> tokens;
  ForEachHtmlToken(s, [&](std::string_view token) {
    EXPECT_GE(token.data(), s.data());
    EXPECT_LE(token.data() + token.size(), s.data() + s.size());
    tokens.emplace_back(token);
  });
  return tokens;
}

TEST(Utf8Test, ForEachHtmlToken) {
  using Tokens = std::vector<std::string>;
  EXPECT_EQ(HtmlTokens(""), Tokens{});
  EXPECT_EQ(HtmlTokens(" \t\n\f\r "), Tokens{});  // only white space: no empty token
  EXPECT_EQ(HtmlTokens("post"), Tokens{"post"});
  EXPECT_EQ(HtmlTokens("  post  "), Tokens{"post"});  // leading and trailing
  EXPECT_EQ(HtmlTokens("a  b   c"), (Tokens{"a", "b", "c"}));  // runs separate once
  EXPECT_EQ(HtmlTokens("\ta\nb\fc\rd e"), (Tokens{"a", "b", "c", "d", "e"}));
  EXPECT_EQ(HtmlTokens("x y "), (Tokens{"x", "y"}));
  // \v and a no-break space (C2 A0) do not separate: they are no HTML space.
  EXPECT_EQ(HtmlTokens("a\vb c\xC2\xA0" "d"), (Tokens{"a\vb", "c\xC2\xA0" "d"}));
}

TEST(Utf8Test, EndsWithColon) {
  EXPECT_TRUE(EndsWithColon("Weight:"));
  EXPECT_TRUE(EndsWithColon("Contact: \n"));
  EXPECT_TRUE(EndsWithColon("\xE9\x87\x8D\xE9\x87\x8F\xEF\xBC\x9A"));  // full-width colon
  EXPECT_FALSE(EndsWithColon("10:30"));
  EXPECT_FALSE(EndsWithColon(""));
  EXPECT_FALSE(EndsWithColon("\xBC\x9A"));  // a cut sequence
}

TEST(Utf8Test, EndsWithQuestionMark) {
  EXPECT_TRUE(EndsWithQuestionMark("Can I cancel?"));
  EXPECT_TRUE(EndsWithQuestionMark("Can I cancel? \n"));
  EXPECT_TRUE(EndsWithQuestionMark("\xE5\x8F\xAF\xE4\xBB\xA5\xE5\x90\x97\xEF\xBC\x9F"));  // full-width mark
  EXPECT_TRUE(EndsWithQuestionMark("\xD9\x87\xD9\x84\xD8\x9F"));  // Arabic "hal" and U+061F
  EXPECT_FALSE(EndsWithQuestionMark("Is it? Yes."));
  EXPECT_FALSE(EndsWithQuestionMark(""));
}

// What AsciiLower(a) == AsciiLower(b) says, without strings (header names,
// ReadJsonLd's keys).
TEST(Utf8Test, EqualsIgnoreCase) {
  EXPECT_TRUE(EqualsIgnoreCase("isPartOf", "ispartof"));
  EXPECT_TRUE(EqualsIgnoreCase("ISPARTOF", "ispartof"));
  EXPECT_TRUE(EqualsIgnoreCase("Content-Length", "content-LENGTH"));  // both sides fold
  EXPECT_TRUE(EqualsIgnoreCase("", ""));
  EXPECT_FALSE(EqualsIgnoreCase("isPartO", "ispartof"));
  EXPECT_FALSE(EqualsIgnoreCase("isPartOfs", "ispartof"));
  EXPECT_FALSE(EqualsIgnoreCase("isPart0f", "ispartof"));
  // Only ASCII letters fold: '@' and '`' neighbour 'A' and 'a'.
  EXPECT_FALSE(EqualsIgnoreCase("@", "`"));
  EXPECT_FALSE(EqualsIgnoreCase("\xC3\x89", "\xC3\xA9"));  // É is not é
  for (const std::string_view s : {"isPartOf", "A-Z_az@[`{", "\xC3\x89t\xC3\xA9"}) {
    EXPECT_TRUE(EqualsIgnoreCase(s, AsciiLower(s))) << s;
  }
}

// The ASCII classes of every byte, against the letters written out: a byte
// >= 0x80 (a piece of a UTF-8 character) is no letter and folds to itself,
// where <cctype> in a Latin-1 locale takes 0xC3 for "Ã" and lower-cases it.
TEST(Utf8Test, CollapsedTextLosesSoftHyphens) {
  // A soft hyphen (U+00AD) is no character of the words read; white space
  // around one still collapses to one space.
  EXPECT_EQ(NormalizeSpace("Mit\xC2\xADtel\xC2\xAD"
                           "al\xC2\xADter"),
            "Mittelalter");
  EXPECT_EQ(NormalizeSpace("a \xC2\xAD b\xC2\xAD"), "a b");
  EXPECT_EQ(NormalizeSpace("\xC2\xAD"), "");
  std::string out = "Neu";
  AppendCollapsed("\xC2\xADzeit", &out);
  EXPECT_EQ(out, "Neuzeit");
}

TEST(Utf8Test, AsciiClassesOfEveryByte) {
  constexpr std::string_view kUpper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  constexpr std::string_view kLower = "abcdefghijklmnopqrstuvwxyz";
  constexpr std::string_view kDigits = "0123456789";
  for (int i = 0; i < 256; ++i) {
    const char c = static_cast<char>(i);
    const std::size_t up = kUpper.find(c);
    const std::size_t low = kLower.find(c);
    const bool digit = kDigits.find(c) != std::string_view::npos;
    EXPECT_EQ(IsAsciiUpper(c), up != std::string_view::npos) << i;
    EXPECT_EQ(IsAsciiLower(c), low != std::string_view::npos) << i;
    EXPECT_EQ(IsAsciiAlpha(c), up != std::string_view::npos || low != std::string_view::npos) << i;
    EXPECT_EQ(IsAsciiDigit(c), digit) << i;
    EXPECT_EQ(IsAsciiAlnum(c), IsAsciiAlpha(c) || digit) << i;
    EXPECT_EQ(AsciiToLower(c), up != std::string_view::npos ? kLower[up] : c) << i;
    EXPECT_EQ(AsciiToUpper(c), low != std::string_view::npos ? kUpper[low] : c) << i;
  }
}

TEST(ComposeTest, IsComposed) {
  EXPECT_TRUE(IsComposed(""));
  EXPECT_TRUE(IsComposed("Cafe Rivage"));
  EXPECT_TRUE(IsComposed("Caf\xC3\xA9"));        // U+00E9
  EXPECT_FALSE(IsComposed("Cafe\xCC\x81"));      // "e" and U+0301
  EXPECT_FALSE(IsComposed("\xE0\xA7\x9C"));       // Bengali U+09DC, NFC writes two
  EXPECT_TRUE(IsComposed("\xE0\xA6\xA1\xE0\xA6\xBC"));  // U+09A1 U+09BC
}

TEST(ComposeTest, OffsetsMoveWithTheText) {
  // "Cafe\u0301 Rivage, see the map": the accent's two bytes join the "e"
  // as the two of U+00E9, so what follows it moves back by one byte.
  std::string text = "Cafe\xCC\x81 Rivage, see the map";
  const std::size_t see = text.find("see");
  // "e" is byte 3, its accent bytes 4 and 5.
  std::size_t begin = see, end = text.size(), start = 0, letter = 3, mark = 4;
  ASSERT_TRUE(ComposeUtf8(&text, {&begin, &end, &start, &letter, &mark}));
  EXPECT_EQ(text, "Caf\xC3\xA9 Rivage, see the map");
  EXPECT_EQ(text.substr(begin, end - begin), "see the map");
  EXPECT_EQ(start, 0u);
  EXPECT_EQ(letter, 3u);  // the composed letter's first byte
  EXPECT_EQ(mark, 5u);    // inside the letter: past it
  // An offset past the end reads as the end.
  std::string other = "e\xCC\x81";
  std::size_t past = 99;
  ASSERT_TRUE(ComposeUtf8(&other, {&past}));
  EXPECT_EQ(other, "\xC3\xA9");
  EXPECT_EQ(past, other.size());
}

}  // namespace
}  // namespace pith::internal
