// A byte count as a person reads it in a message: the fetch and extraction
// stages name their limits and sizes with it.
#ifndef PITH_SRC_BYTES_TEXT_H_
#define PITH_SRC_BYTES_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "pith/options.h"
#include "pith/status.h"

namespace pith::internal {

// "0 bytes", "1 byte", "1023 bytes"; from 1024 on in the largest binary unit
// it reaches (KiB, MiB, GiB, TiB, PiB, EiB): a whole number when exact ("20
// MiB", "100 KiB"), one decimal, rounded, otherwise ("1.5 KiB", "3.0 MiB"
// for a byte over 3 MiB). A value that rounds up to 1024 of a unit is given
// in the next ("1.0 MiB" for 1,048,575 bytes).
std::string BytesText(std::size_t bytes);

// "<size>, over the limit of <limit>", both as BytesText() writes them
// ("9 bytes, over the limit of 4 bytes", "70.5 MiB, over the limit of 64
// MiB"); in bytes when the two would read alike ("1048576 bytes, over the
// limit of 1048575 bytes", not "1 MiB, over the limit of 1.0 MiB").
std::string OverLimitText(std::size_t size, std::size_t limit);

// `message`, then the option a limit comes from in parentheses when one is
// named: "... over the limit of 64 MiB (ExtractOptions::max_input_bytes)".
std::string NameLimit(std::string message, std::string_view limit_name);

// The name `namer` gives `option`, an option's C++ name
// ("ExtractOptions::max_input_bytes"); `option` itself without a namer.
std::string OptionName(const OptionNamer& namer, std::string_view option);

// Printable(), how a message quotes the caller's own text, is public:
// include/pith/status.h.

}  // namespace pith::internal

#endif  // PITH_SRC_BYTES_TEXT_H_
