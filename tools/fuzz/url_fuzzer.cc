// libFuzzer target over UrlResolver::Resolve's fast path: bytes -> a URL;
// one IsPlainHttpUrl() takes must come back from libcurl's parser (the
// flags Resolve gives it) byte for byte, else Resolve's answer would
// differ with and without the fast path. Built by tools/fuzz.sh like
// robots_fuzzer.cc; a crash, a sanitizer report or a differing URL is a
// finding.
#include <curl/curl.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "base/url.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string url(reinterpret_cast<const char*>(data), size);
  if (!pith::internal::IsPlainHttpUrl(url)) return 0;
  std::unique_ptr<CURLU, void (*)(CURLU*)> h(curl_url(), curl_url_cleanup);
  char* out = nullptr;
  if (!h || url.find('\0') != std::string::npos ||
      curl_url_set(h.get(), CURLUPART_URL, url.c_str(), CURLU_NON_SUPPORT_SCHEME | CURLU_URLENCODE) != CURLUE_OK ||
      curl_url_get(h.get(), CURLUPART_URL, &out, 0) != CURLUE_OK || out == nullptr || url != out) {
    __builtin_trap();
  }
  curl_free(out);
  return 0;
}
