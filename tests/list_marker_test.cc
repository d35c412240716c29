// base/list_marker: an item's number as a browser shows it.
#include "base/list_marker.h"

#include <gtest/gtest.h>

namespace pith::internal {
namespace {

TEST(ListMarkerTest, WritesEachStyle) {
  EXPECT_EQ(ListMarker(3, '1'), "3.");
  EXPECT_EQ(ListMarker(-2, '1'), "-2.");
  EXPECT_EQ(ListMarker(3, 'a'), "c.");
  EXPECT_EQ(ListMarker(26, 'a'), "z.");
  EXPECT_EQ(ListMarker(27, 'A'), "AA.");
  EXPECT_EQ(ListMarker(702, 'a'), "zz.");
  EXPECT_EQ(ListMarker(0, 'a'), "0.");  // no letter for it: figures
  EXPECT_EQ(ListMarker(4, 'i'), "iv.");
  EXPECT_EQ(ListMarker(1994, 'I'), "MCMXCIV.");
  EXPECT_EQ(ListMarker(3888, 'i'), "mmmdccclxxxviii.");
  EXPECT_EQ(ListMarker(4000, 'I'), "4000.");
}

}  // namespace
}  // namespace pith::internal
