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

// The processor time the calling thread has used, in seconds: the parse
// deadline's clock. Gumbo never waits, so its processor time is its work;
// wall time would also count the other threads of a -j run and other
// programs, and refuse an ordinary page on a busy machine.
double ThreadCpuSeconds();

// A bump allocator for one parse, with a memory budget and a deadline (in
// the parsing thread's processor time, ThreadCpuSeconds). Not
// thread-safe; one per Document. When an allocation would pass the budget,
// or comes after the deadline, it longjmps to the escape set by the parse:
// Gumbo checks no allocation and has no way to stop, so failing inside its
// allocator is the only way out, and the arena owns every byte Gumbo took.
class Arena {
 public:
  Arena(std::size_t budget, double deadline) : budget_(budget), deadline_(deadline) {}
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  void* Allocate(std::size_t size);
  std::size_t bytes_reserved() const { return reserved_; }
  void set_escape(std::jmp_buf* escape) { escape_ = escape; }
  // Why the last escape was taken.
  bool timed_out() const { return timed_out_; }

 private:
  std::size_t budget_;
  double deadline_;  // ThreadCpuSeconds() past which the parse stops
  unsigned calls_ = 0;
  bool timed_out_ = false;
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
  // (ok() false) when the parse needs more than `max_memory` bytes or more
  // than `max_seconds`; timed_out() says which.
  static Document Parse(std::string utf8, std::size_t max_memory = kDefaultMaxMemory,
                        double max_seconds = kDefaultMaxSeconds);

  // Enough for any real page: the largest of 649 development pages needs
  // 6.5 MiB and parses in milliseconds.
  static constexpr std::size_t kDefaultMaxMemory = std::size_t{1} << 30;
  static constexpr double kDefaultMaxSeconds = 30.0;

  bool ok() const { return output_ != nullptr; }
  bool timed_out() const { return arena_ != nullptr && arena_->timed_out(); }

  // Moves take the text, the arena and the tree together; the tree's
  // pointers into the text and the arena stay valid, since both live on the
  // heap. A moved-from Document holds nothing (ok() false), as after Free().
  Document(Document&& other) noexcept { *this = std::move(other); }
  Document& operator=(Document&& other) noexcept;
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;
  ~Document() = default;

  // Frees the tree and the text it was parsed from, as soon as nothing
  // reads them any more (the segmented page holds copies of all it needs):
  // on most pages they are the larger part of the memory an extraction
  // uses. ok() and timed_out() are false after it; root() may not be called.
  void Free();

  // The <html> element. REQUIRES: ok().
  const GumboNode* root() const { return output_->root; }
  std::size_t arena_bytes() const { return arena_ == nullptr ? 0 : arena_->bytes_reserved(); }

 private:
  Document() = default;
  std::unique_ptr<std::string> html_;  // stable address for Gumbo's pointers
  std::unique_ptr<Arena> arena_;       // owns every byte of output_
  GumboOutput* output_ = nullptr;      // freed with arena_, never by Gumbo
};

}  // namespace pith::internal

#endif  // PITH_SRC_DOCUMENT_H_
