// A byte count as a person reads it in a message: the fetch and extraction
// stages name their limits and sizes with it.
#ifndef PITH_SRC_BYTES_TEXT_H_
#define PITH_SRC_BYTES_TEXT_H_

#include <cstddef>
#include <string>

namespace pith::internal {

// "0 bytes", "1 byte", "1023 bytes"; from 1024 on in the largest binary unit
// it reaches (KiB, MiB, GiB, TiB, PiB, EiB): a whole number when exact ("20
// MiB", "100 KiB"), one decimal, rounded, otherwise ("1.5 KiB", "3.0 MiB"
// for a byte over 3 MiB). A value that rounds up to 1024 of a unit is given
// in the next ("1.0 MiB" for 1,048,575 bytes).
std::string BytesText(std::size_t bytes);

}  // namespace pith::internal

#endif  // PITH_SRC_BYTES_TEXT_H_
