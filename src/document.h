// Stage 3, parse: UTF-8 text -> Gumbo's DOM, owned by one move-only value.
// Document is the only caller of gumbo_parse_with_options. Gumbo allocates
// from an arena that Document frees in one go, so Gumbo's recursive
// gumbo_destroy_output never runs and a deep tree cannot overflow the stack.
#ifndef PITH_SRC_DOCUMENT_H_
#define PITH_SRC_DOCUMENT_H_

#include <gumbo.h>

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace pith::internal {

// A bump allocator for one parse. Not thread-safe; one per Document.
class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  void* Allocate(std::size_t size);
  std::size_t bytes_reserved() const { return reserved_; }

 private:
  std::vector<std::unique_ptr<unsigned char[]>> chunks_;
  unsigned char* next_ = nullptr;
  std::size_t left_ = 0;
  std::size_t reserved_ = 0;
};

class Document {
 public:
  // Parses `utf8`, which must be valid UTF-8; the Document keeps it, since
  // Gumbo's nodes point into it.
  static Document Parse(std::string utf8);

  Document(Document&&) = default;
  Document& operator=(Document&&) = default;

  // The <html> element. Never null.
  const GumboNode* root() const { return output_->root; }
  const std::string& html() const { return *html_; }
  std::size_t arena_bytes() const { return arena_->bytes_reserved(); }

 private:
  Document() = default;
  std::unique_ptr<std::string> html_;  // stable address for Gumbo's pointers
  std::unique_ptr<Arena> arena_;       // owns every byte of output_
  GumboOutput* output_ = nullptr;      // freed with arena_, never by Gumbo
};

}  // namespace pith::internal

#endif  // PITH_SRC_DOCUMENT_H_
