// Stage 2, decode: raw bytes -> UTF-8 text.
// Order of evidence: caller's override, byte-order mark, HTTP charset,
// <meta charset> prescan, UTF-8 validity, ICU's detector, windows-1252.
// Labels are read as WHATWG labels (latin1 means windows-1252). Invalid
// sequences become U+FFFD. Does not parse HTML beyond the <meta> prescan.
#ifndef PITH_SRC_DECODE_H_
#define PITH_SRC_DECODE_H_

#include <string>
#include <string_view>

#include "pith/status.h"

namespace pith::internal {

struct Decoded {
  std::string utf8;      // valid UTF-8, without a byte-order mark
  std::string encoding;  // canonical name of the source encoding, e.g. "windows-1252"
};

// kInvalidArgument when `override_label` is not empty and not a known label;
// kDecodeError when the bytes are binary data (PDF, image, archive, NULs).
Result<Decoded> DecodeToUtf8(std::string_view bytes, std::string_view content_type,
                             std::string_view override_label);

// The charset parameter of a Content-Type value, or "".
std::string CharsetFromContentType(std::string_view content_type);

// The charset declared by a <meta> element near the start of the page, or "".
std::string PrescanMetaCharset(std::string_view bytes);

// The encoding a WHATWG label stands for, as a name ICU opens
// ("latin1" -> "windows-1252", "gb2312" -> "gb18030"), or "" when unknown.
std::string CanonicalEncoding(std::string_view label);

}  // namespace pith::internal

#endif  // PITH_SRC_DECODE_H_
