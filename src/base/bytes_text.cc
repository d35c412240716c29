// Byte counts as messages give them.
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

std::string OverLimitText(std::size_t size, std::size_t limit) {
  std::string size_text = BytesText(size);
  std::string limit_text = BytesText(limit);
  // "1.0 MiB" reads as "1 MiB": the decimal says only that it is not exact.
  const auto amount = [](std::string text) {
    const std::size_t point = text.find(".0 ");
    if (point != std::string::npos) text.erase(point, 2);
    return text;
  };
  if (amount(size_text) == amount(limit_text)) {
    size_text = std::to_string(size) + " bytes";
    limit_text = std::to_string(limit) + " bytes";
  }
  return size_text + ", over the limit of " + limit_text;
}

std::string NameLimit(std::string message, std::string_view limit_name) {
  if (!limit_name.empty()) message.append(" (").append(limit_name).append(")");
  return message;
}

std::string OptionName(const OptionNamer& namer, std::string_view option) {
  return namer ? namer(option) : std::string(option);
}

}  // namespace pith::internal
