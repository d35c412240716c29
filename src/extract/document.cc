// Stage 3, parse: Gumbo into an arena.
#include "extract/document.h"

#include <time.h>

#include <algorithm>
#include <chrono>
#include <csetjmp>
#include <utility>

#include "extract/tuning.h"

namespace pith::internal {
namespace {

void* ArenaAllocate(void* userdata, std::size_t size) {
  return static_cast<Arena*>(userdata)->Allocate(size);
}

void ArenaFree(void*, void*) {}  // freed with the arena

// Runs Gumbo with an escape for the arena's budget; nullptr when it ran out.
// Between setjmp and the longjmp there are only Gumbo's C frames and
// ArenaAllocate, none with destructors to skip.
GumboOutput* ParseWithBudget(const GumboOptions* options, const std::string& html, Arena* arena) {
  std::jmp_buf escape;
  arena->set_escape(&escape);
  if (setjmp(escape) != 0) {
    arena->set_escape(nullptr);
    return nullptr;
  }
  GumboOutput* output = gumbo_parse_with_options(options, html.data(), html.size());
  arena->set_escape(nullptr);
  return output;
}

}  // namespace

double ThreadCpuSeconds() {
#if defined(CLOCK_THREAD_CPUTIME_ID)
  timespec ts{};
  if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) == 0) {
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
  }
#endif
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

void* Arena::Allocate(std::size_t size) {
  constexpr std::size_t kAlign = alignof(std::max_align_t);
  size = (size + kAlign - 1) & ~(kAlign - 1);
  if (size == 0) size = kAlign;
  if (++calls_ % tuning::kDeadlineCheckEvery == 0 && escape_ != nullptr &&
      ThreadCpuSeconds() > deadline_) {
    timed_out_ = true;
    std::longjmp(*escape_, 1);
  }
  if (size > left_) {
    const std::size_t chunk = std::max(size, tuning::kArenaChunkBytes);
    if (reserved_ + chunk > budget_ && escape_ != nullptr) std::longjmp(*escape_, 1);
    chunks_.emplace_back(new unsigned char[chunk]);
    next_ = chunks_.back().get();
    left_ = chunk;
    reserved_ += chunk;
  }
  void* p = next_;
  next_ += size;
  left_ -= size;
  return p;
}

Document& Document::operator=(Document&& other) noexcept {
  if (this != &other) {
    // The tree goes first: it points into the text and lives in the arena.
    output_ = std::exchange(other.output_, nullptr);
    arena_ = std::move(other.arena_);
    html_ = std::move(other.html_);
  }
  return *this;
}

void Document::Free() {
  output_ = nullptr;
  arena_.reset();
  html_.reset();
}

Document Document::Parse(std::string utf8, std::size_t max_memory, double max_seconds) {
  Document doc;
  doc.html_ = std::make_unique<std::string>(std::move(utf8));
  doc.arena_ = std::make_unique<Arena>(max_memory, ThreadCpuSeconds() + std::min(max_seconds, 1e6));
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = ArenaAllocate;
  options.deallocator = ArenaFree;
  options.userdata = doc.arena_.get();
  // Error records cost memory proportional to depth x errors; pith never reads them.
  options.max_errors = 0;
  doc.output_ = ParseWithBudget(&options, *doc.html_, doc.arena_.get());
  return doc;
}

}  // namespace pith::internal
