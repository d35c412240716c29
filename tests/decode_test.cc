// Stage 2, decode: labels, evidence order, repair and refusal of binary data.
#include "extract/decode.h"

#include "pith/pith.h"

#include <gtest/gtest.h>

#include <random>

namespace pith::internal {
namespace {

TEST(CanonicalEncodingTest, MapsWhatwgLabels) {
  static const struct {
    const char* label;
    const char* expected;
  } kCases[] = {
      {"utf-8", "UTF-8"},           {"UTF8", "UTF-8"},          {" latin1 ", "windows-1252"},
      {"ISO-8859-1", "windows-1252"}, {"us-ascii", "windows-1252"}, {"gb2312", "gb18030"},
      {"GBK", "gb18030"},           {"shift_jis", "windows-31j"}, {"euc-kr", "windows-949"},
      {"iso-8859-9", "windows-1254"}, {"\"utf-8\"", "UTF-8"},    {"windows-1251", "windows-1251"},
      {"koi8-r", "koi8-r"},         {"no-such-charset", ""},    {"", ""},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(CanonicalEncoding(c.label), c.expected) << "label: " << c.label;
    EXPECT_EQ(pith::IsKnownEncoding(c.label), *c.expected != '\0') << "label: " << c.label;
  }
}

TEST(CharsetFromContentTypeTest, ReadsTheParameter) {
  EXPECT_EQ(CharsetFromContentType("text/html; charset=ISO-8859-2"), "iso-8859-2");
  EXPECT_EQ(CharsetFromContentType("text/html;charset=\"utf-8\""), "utf-8");
  EXPECT_EQ(CharsetFromContentType("text/html"), "");
  EXPECT_EQ(CharsetFromContentType(""), "");
}

TEST(PrescanMetaCharsetTest, FindsBothForms) {
  EXPECT_EQ(PrescanMetaCharset("<html><head><meta charset=\"windows-1251\">"), "windows-1251");
  EXPECT_EQ(PrescanMetaCharset("<meta http-equiv=\"Content-Type\" content=\"text/html; "
                               "charset=EUC-JP\">"),
            "euc-jp");
  EXPECT_EQ(PrescanMetaCharset("<meta name=\"description\" content=\"x\">"), "");
}

TEST(DecodeToUtf8Test, ValidUtf8PassesThrough) {
  auto d = DecodeToUtf8("<p>Grüße, 世界</p>", "", "");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->encoding, "UTF-8");
  EXPECT_EQ(d->utf8, "<p>Grüße, 世界</p>");
}

TEST(DecodeToUtf8Test, StripsUtf8ByteOrderMark) {
  auto d = DecodeToUtf8("\xEF\xBB\xBF<p>x</p>", "", "");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->utf8, "<p>x</p>");
}

TEST(DecodeToUtf8Test, HttpCharsetOutranksMeta) {
  // "\xE9" is é in windows-1252 and й in windows-1251.
  auto d = DecodeToUtf8("<meta charset=\"windows-1252\"><p>\xE9</p>", "text/html; charset=windows-1251", "");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->encoding, "windows-1251");
  EXPECT_NE(d->utf8.find("й"), std::string::npos);
}

TEST(DecodeToUtf8Test, MetaCharsetIsUsed) {
  auto d = DecodeToUtf8("<meta charset=\"iso-8859-1\"><p>caf\xE9</p>", "", "");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->encoding, "windows-1252");
  EXPECT_NE(d->utf8.find("café"), std::string::npos);
}

TEST(DecodeToUtf8Test, ValidUtf8BeatsALyingLegacyDeclaration) {
  auto d = DecodeToUtf8("<meta charset=\"iso-8859-1\"><p>café</p>", "", "");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->encoding, "UTF-8");
  EXPECT_NE(d->utf8.find("café"), std::string::npos);
}

TEST(DecodeToUtf8Test, UndeclaredLegacyBytesAreDetected) {
  std::string page = "<html><body><p>";
  for (int i = 0; i < 40; ++i) page += "Der B\xE4r l\xE4uft \xFC" "ber die Stra\xDF" "e. ";
  page += "</p></body></html>";
  auto d = DecodeToUtf8(page, "", "");
  ASSERT_TRUE(d.ok());
  EXPECT_NE(d->encoding, "UTF-8");
  EXPECT_NE(d->utf8.find("Bär läuft über die Straße"), std::string::npos) << d->encoding;
}

TEST(DecodeToUtf8Test, BrokenBytesInDeclaredUtf8BecomeReplacementCharacters) {
  std::string page = "<meta charset=utf-8><p>";
  for (int i = 0; i < 30; ++i) page += "Grüße ";
  page += "\xFF</p>";
  auto d = DecodeToUtf8(page, "", "");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->encoding, "UTF-8");
  EXPECT_NE(d->utf8.find("\xEF\xBF\xBD"), std::string::npos);  // U+FFFD
  EXPECT_NE(d->utf8.find("Grüße"), std::string::npos);
}

TEST(DecodeToUtf8Test, Utf16WithAndWithoutByteOrderMark) {
  const std::string ascii = "<p>Hello, world</p>";
  std::string le = "\xFF\xFE", be, le_no_bom;
  for (char c : ascii) {
    le += c, le += '\0';
    le_no_bom += c, le_no_bom += '\0';
    be += '\0', be += c;
  }
  for (const std::string& bytes : {le, le_no_bom}) {
    auto d = DecodeToUtf8(bytes, "", "");
    ASSERT_TRUE(d.ok()) << d.status().ToString();
    EXPECT_EQ(d->encoding, "UTF-16LE");
    EXPECT_EQ(d->utf8, ascii);
  }
  auto d = DecodeToUtf8(be, "", "");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->encoding, "UTF-16BE");
  EXPECT_EQ(d->utf8, ascii);
}

TEST(DecodeToUtf8Test, NulBytesBecomeReplacementCharacters) {
  auto d = DecodeToUtf8(std::string("<p>a\0b</p>", 10), "", "");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->utf8, "<p>a\xEF\xBF\xBD" "b</p>");
}

TEST(DecodeToUtf8Test, RefusesBinaryData) {
  static const char* kBinaries[] = {"%PDF-1.7\n%binary", "\x89PNG\r\n\x1A\n....", "GIF89a.....",
                                    "\xFF\xD8\xFF\xE0JFIF"};
  for (const char* b : kBinaries) {
    auto d = DecodeToUtf8(b, "", "");
    EXPECT_EQ(d.status().code(), Status::Code::kDecodeError) << b;
  }
  std::string noise;
  for (int i = 0; i < 5000; ++i) noise.push_back(static_cast<char>((i * 7919) % 256));
  EXPECT_EQ(DecodeToUtf8(noise, "", "").status().code(), Status::Code::kDecodeError);
  // Random bytes, as compressed or encrypted files hold (10.5% control
  // bytes): every one is binary, whatever the draw.
  int let_through = 0;
  for (unsigned seed = 0; seed < 200; ++seed) {
    std::mt19937 rng(seed);
    std::string random(5000, '\0');
    for (char& c : random) c = static_cast<char>(rng());
    let_through += DecodeToUtf8(random, "", "").ok();
  }
  EXPECT_EQ(let_through, 0);
  // Text with a few stray control bytes (2%) is still text.
  std::string stray;
  for (int i = 0; i < 50; ++i) stray += "<p>Some words of a page.</p>\x01\n";
  EXPECT_TRUE(DecodeToUtf8(stray, "", "").ok());
}

TEST(DecodeToUtf8Test, OverrideLabelMustBeKnown) {
  EXPECT_EQ(DecodeToUtf8("<p>x</p>", "", "klingon").status().code(),
            Status::Code::kInvalidArgument);
  auto d = DecodeToUtf8("<p>\xE9</p>", "", "windows-1251");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->utf8, "<p>й</p>");
}

TEST(DecodeToUtf8Test, EmptyInputIsEmptyText) {
  auto d = DecodeToUtf8("", "", "");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->utf8, "");
}

}  // namespace
}  // namespace pith::internal
