#include "base/compose.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>

#include <algorithm>

namespace pith::internal {

namespace {

const icu::Normalizer2* Nfc() {
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* const nfc = icu::Normalizer2::getNFCInstance(status);
  return nfc;
}

}  // namespace

bool IsComposed(std::string_view text) {
  if (std::all_of(text.begin(), text.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    return true;
  }
  const icu::Normalizer2* const nfc = Nfc();
  if (nfc == nullptr) return true;
  UErrorCode status = U_ZERO_ERROR;
  return nfc->isNormalizedUTF8(text, status) || U_FAILURE(status);
}

bool ComposeUtf8(std::string* text, const std::vector<std::size_t*>& offsets) {
  if (IsComposed(*text)) return false;
  const icu::Normalizer2* const nfc = Nfc();
  if (nfc == nullptr) return false;
  UErrorCode status = U_ZERO_ERROR;
  std::string composed;
  icu::StringByteSink<std::string> sink(&composed);
  icu::Edits edits;
  nfc->normalizeUTF8(0, *text, sink, &edits, status);
  if (U_FAILURE(status)) return false;
  // Where each offset lands, decided before any moves: a failure leaves the
  // offsets as they were, with the text.
  std::vector<std::size_t> moved;
  moved.reserve(offsets.size());
  icu::Edits::Iterator moves = edits.getFineIterator();
  for (const std::size_t* at : offsets) {
    const std::size_t from = std::min(*at, text->size());
    const int32_t to = moves.destinationIndexFromSourceIndex(static_cast<int32_t>(from), status);
    if (U_FAILURE(status) || to < 0) return false;
    moved.push_back(static_cast<std::size_t>(to));
  }
  for (std::size_t i = 0; i < offsets.size(); ++i) *offsets[i] = moved[i];
  *text = std::move(composed);
  return true;
}

}  // namespace pith::internal
