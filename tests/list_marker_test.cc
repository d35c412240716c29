// base/list_marker: an item's number as a browser shows it, and back.
#include "base/list_marker.h"

#include <gtest/gtest.h>

#include <optional>

namespace pith::internal {
namespace {

TEST(ListMarkerTest, WritesEachStyle) {
  EXPECT_EQ(ListMarker(3, '1'), "3.");
  EXPECT_EQ(ListMarker(-2, '1'), "-2.");
  EXPECT_EQ(ListMarker(3, 'a'), "c.");
  EXPECT_EQ(ListMarker(27, 'A'), "AA.");
  EXPECT_EQ(ListMarker(0, 'a'), "0.");  // no letter for it: figures
  EXPECT_EQ(ListMarker(4, 'i'), "iv.");
  EXPECT_EQ(ListMarker(1994, 'I'), "MCMXCIV.");
  EXPECT_EQ(ListMarker(4000, 'I'), "4000.");
}

TEST(ListMarkerTest, ReadsBackWhatItWrites) {
  for (const char style : {'1', 'a', 'A', 'i', 'I'}) {
    for (const int n : {-1000000, -1, 0, 1, 2, 9, 25, 26, 27, 52, 100, 702, 703, 1994, 3888, 3999,
                        4000, 1000000}) {
      EXPECT_EQ(MarkerValue(ListMarker(n, style), style), std::optional<int>(n)) << style << n;
    }
  }
}

TEST(ListMarkerTest, ReadsOnlyTheStylesOwnForm) {
  EXPECT_EQ(MarkerValue("c.", 'a'), 3);
  EXPECT_EQ(MarkerValue("c.", 'i'), 100);
  EXPECT_EQ(MarkerValue("c.", 'A'), std::nullopt);  // another case
  EXPECT_EQ(MarkerValue("c.", '1'), std::nullopt);
  EXPECT_EQ(MarkerValue("ix.", 'i'), 9);
  EXPECT_EQ(MarkerValue("ix.", 'a'), 9 * 26 + 24);
  EXPECT_EQ(MarkerValue("iiii.", 'i'), std::nullopt);  // not as ListMarker writes 4
  EXPECT_EQ(MarkerValue("im.", 'i'), std::nullopt);
  EXPECT_EQ(MarkerValue("3.", 'a'), std::nullopt);  // 'a' writes 3 as "c."
  EXPECT_EQ(MarkerValue("0.", 'a'), 0);
  EXPECT_EQ(MarkerValue("-1.", 'I'), -1);
  EXPECT_EQ(MarkerValue("4000.", 'i'), 4000);
  EXPECT_EQ(MarkerValue("999999999.", '1'), 999999999);
  EXPECT_EQ(MarkerValue("9999999999.", '1'), std::nullopt);  // more than nine figures
  EXPECT_EQ(MarkerValue("zzzzzz.", 'a'), 321272406);
  EXPECT_EQ(MarkerValue("aaaaaaa.", 'a'), std::nullopt);  // more than six letters
  for (const char* bad : {"", ".", "-.", "3", "3)", "-c.", "c-.", "3a."}) {
    for (const char style : {'1', 'a', 'i'})
      EXPECT_EQ(MarkerValue(bad, style), std::nullopt) << bad;
  }
}

}  // namespace
}  // namespace pith::internal
