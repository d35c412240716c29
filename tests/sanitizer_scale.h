// How much slower the tests run under AddressSanitizer and UBSan, for the
// tests that time their work or build pathological inputs: they divide their
// sizes by kScale (same shapes, smaller pages) or multiply their time bounds.
#ifndef PITH_TESTS_SANITIZER_SCALE_H_
#define PITH_TESTS_SANITIZER_SCALE_H_

#include <cstddef>

namespace pith::testing {

#if defined(__SANITIZE_ADDRESS__)
inline constexpr std::size_t kScale = 10;  // sanitizers run ~10x slower
#else
inline constexpr std::size_t kScale = 1;
#endif

}  // namespace pith::testing

#endif  // PITH_TESTS_SANITIZER_SCALE_H_
