// base/utf8: the byte and text helpers the stages share.
#include "base/utf8.h"

#include <gtest/gtest.h>

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

TEST(Utf8Test, EndsWithColon) {
  EXPECT_TRUE(EndsWithColon("Weight:"));
  EXPECT_TRUE(EndsWithColon("Contact: \n"));
  EXPECT_TRUE(EndsWithColon("\xE9\x87\x8D\xE9\x87\x8F\xEF\xBC\x9A"));  // full-width colon
  EXPECT_FALSE(EndsWithColon("10:30"));
  EXPECT_FALSE(EndsWithColon(""));
  EXPECT_FALSE(EndsWithColon("\xBC\x9A"));  // a cut sequence
}

}  // namespace
}  // namespace pith::internal
