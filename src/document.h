// Stage 3, parse: UTF-8 text -> Gumbo's DOM, owned by one move-only value.
// Document is the only caller of gumbo_parse_with_options. Gumbo allocates
// from an arena that Document frees in one go, so Gumbo's recursive
// gumbo_destroy_output never runs and a deep tree cannot overflow the stack.
#ifndef PITH_SRC_DOCUMENT_H_
#define PITH_SRC_DOCUMENT_H_

#include <gumbo.h>

#include <csetjmp>
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace pith::internal {

// A bump allocator for one parse, with a budget. Not thread-safe; one per
// Document. When an allocation would pass the budget, it longjmps to the
// escape set by the parse: Gumbo checks no allocation, so failing inside it
// is the only way out, and the arena owns every byte Gumbo had taken.
class Arena {
 public:
  explicit Arena(std::size_t budget) : budget_(budget) {}
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  void* Allocate(std::size_t size);
  std::size_t bytes_reserved() const { return reserved_; }
  void set_escape(std::jmp_buf* escape) { escape_ = escape; }

 private:
  std::size_t budget_;
  std::jmp_buf* escape_ = nullptr;
  std::vector<std::unique_ptr<unsigned char[]>> chunks_;
  unsigned char* next_ = nullptr;
  std::size_t left_ = 0;
  std::size_t reserved_ = 0;
};

class Document {
 public:
  // Parses `utf8`, which must be valid UTF-8; the Document keeps it, since
  // Gumbo's nodes point into it. Returns a Document without a tree
  // (ok() false) when the parse needs more than `max_memory` bytes.
  static Document Parse(std::string utf8, std::size_t max_memory = kDefaultMaxMemory);

  // Enough for any real page: the largest of 649 development pages needs 6.5 MiB.
  static constexpr std::size_t kDefaultMaxMemory = std::size_t{1} << 30;

  bool ok() const { return output_ != nullptr; }

  Document(Document&&) = default;
  Document& operator=(Document&&) = default;

  // The <html> element. REQUIRES: ok().
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
