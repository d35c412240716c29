// Byte counts as messages name them.
#include "base/bytes_text.h"

#include <iterator>

namespace pith::internal {

std::string BytesText(std::size_t bytes) {
  if (bytes < 1024) return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
  static constexpr const char* kUnits[] = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
  constexpr int kLast = static_cast<int>(std::size(kUnits)) - 1;
  int u = 0;
  std::size_t unit = 1024;
  while (u < kLast && bytes / unit >= 1024) {
    unit *= 1024;
    ++u;
  }
  std::size_t whole = bytes / unit;
  const std::size_t rest = bytes % unit;
  if (rest == 0) return std::to_string(whole) + " " + kUnits[u];
  // Tenths, rounded half up: rest * 10 + unit / 2 stays under 10.5 units,
  // which 64 bits hold for every unit up to EiB.
  unsigned long long tenths = (10ULL * rest + unit / 2) / unit;
  if (tenths == 10) {
    ++whole;
    tenths = 0;
    if (whole == 1024 && u < kLast) {
      whole = 1;
      ++u;
    }
  }
  return std::to_string(whole) + "." + std::to_string(tenths) + " " + kUnits[u];
}

}  // namespace pith::internal
