// base/bytes_text: byte counts as the messages name them.
#include "base/bytes_text.h"

#include <gtest/gtest.h>

#include <cstddef>
#include <limits>
#include <string>

#include "pith/status.h"

namespace pith::internal {
namespace {

constexpr std::size_t kKiB = std::size_t{1} << 10;
constexpr std::size_t kMiB = std::size_t{1} << 20;
constexpr std::size_t kGiB = std::size_t{1} << 30;

TEST(BytesTextTest, UnderAKibibyteInBytes) {
  EXPECT_EQ(BytesText(0), "0 bytes");
  EXPECT_EQ(BytesText(1), "1 byte");
  EXPECT_EQ(BytesText(1000), "1000 bytes");
  EXPECT_EQ(BytesText(1023), "1023 bytes");
}

TEST(BytesTextTest, WholeWhenExact) {
  EXPECT_EQ(BytesText(1024), "1 KiB");
  EXPECT_EQ(BytesText(100 * kKiB), "100 KiB");
  EXPECT_EQ(BytesText(256 * kKiB), "256 KiB");
  EXPECT_EQ(BytesText(kMiB), "1 MiB");
  EXPECT_EQ(BytesText(20 * kMiB), "20 MiB");
  EXPECT_EQ(BytesText(1023 * kMiB), "1023 MiB");
  EXPECT_EQ(BytesText(kGiB), "1 GiB");
  EXPECT_EQ(BytesText(3 * kGiB), "3 GiB");
  EXPECT_EQ(BytesText(std::size_t{1} << 40), "1 TiB");
  EXPECT_EQ(BytesText(std::size_t{1} << 60), "1 EiB");
}

TEST(BytesTextTest, OneDecimalOtherwise) {
  EXPECT_EQ(BytesText(1536), "1.5 KiB");
  EXPECT_EQ(BytesText(1025), "1.0 KiB");  // not exact: a decimal says so
  EXPECT_EQ(BytesText(1000 * 1000), "976.6 KiB");
  EXPECT_EQ(BytesText(kMiB + kMiB / 2), "1.5 MiB");
  EXPECT_EQ(BytesText(3 * kMiB + 1), "3.0 MiB");
  EXPECT_EQ(BytesText(kGiB + kGiB / 4), "1.3 GiB");  // 1.25 rounds half up
  EXPECT_EQ(BytesText(2 * kMiB - kMiB / 20), "2.0 MiB");  // 1.95 rounds up to the next whole
}

TEST(BytesTextTest, RoundingUpTo1024GoesToTheNextUnit) {
  EXPECT_EQ(BytesText(kMiB - 1), "1.0 MiB");
  EXPECT_EQ(BytesText(kGiB - 1), "1.0 GiB");
  EXPECT_EQ(BytesText(kMiB - 52), "1023.9 KiB");  // 1023.949 stays under
}

TEST(BytesTextTest, OverLimit) {
  EXPECT_EQ(OverLimitText(9, 4), "9 bytes, over the limit of 4 bytes");
  EXPECT_EQ(OverLimitText(70 * kMiB + kMiB / 2, 64 * kMiB),
            "70.5 MiB, over the limit of 64 MiB");
  EXPECT_EQ(OverLimitText(2 * kKiB, 1023), "2 KiB, over the limit of 1023 bytes");
  // Sizes that would read alike are given in bytes.
  EXPECT_EQ(OverLimitText(kMiB, kMiB - 1), "1048576 bytes, over the limit of 1048575 bytes");
  EXPECT_EQ(OverLimitText(kMiB + 1, kMiB), "1048577 bytes, over the limit of 1048576 bytes");
  EXPECT_EQ(OverLimitText(kMiB + 2, kMiB + 1), "1048578 bytes, over the limit of 1048577 bytes");
  EXPECT_EQ(OverLimitText(kMiB + kMiB / 10, kMiB), "1.1 MiB, over the limit of 1 MiB");
}

TEST(PrintableTest, ControlBytesAreEscapedTheRestKept) {
  EXPECT_EQ(Printable("http://example.org/caf\xc3\xa9 x"), "http://example.org/caf\xc3\xa9 x");
  EXPECT_EQ(Printable(std::string("a\0b", 3)), "a\\0b");
  EXPECT_EQ(Printable("a\tb\nc\rd"), "a\\tb\\nc\\rd");
  EXPECT_EQ(Printable("\x1b[31mred\x7f\x01"), "\\x1b[31mred\\x7f\\x01");
  EXPECT_EQ(Printable(""), "");
}

// A Result holds a value or says why it does not: one made from an OK
// status had ok() false while status().ToString() read "OK".
TEST(ResultTest, MadeFromAnOkStatusItHoldsAnError) {
  const Result<int> none = Status::Ok();
  EXPECT_FALSE(none.ok());
  EXPECT_EQ(none.status().code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(none.status().ToString(),
            "invalid argument: Result made from an OK status without a value");
  const Result<std::string> failed = Status::IoError("cannot open x.html");
  EXPECT_FALSE(failed.ok());
  EXPECT_EQ(failed.status().ToString(), "I/O error: cannot open x.html");
  const Result<int> value = 7;
  EXPECT_TRUE(value.ok());
  EXPECT_TRUE(value.status().ok());
  EXPECT_EQ(*value, 7);
}

TEST(BytesTextTest, LargestSize) {
  // 16 EiB less a byte: EiB is the last unit, and the arithmetic does not
  // overflow.
  EXPECT_EQ(BytesText(std::numeric_limits<std::size_t>::max()), "16.0 EiB");
  EXPECT_EQ(BytesText(std::numeric_limits<std::size_t>::max() / 2), "8.0 EiB");
}

}  // namespace
}  // namespace pith::internal
