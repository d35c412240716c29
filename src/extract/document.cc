// Stage 3, parse: Gumbo into an arena.
#include "extract/document.h"

#include <algorithm>
#include <csetjmp>

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

void* Arena::Allocate(std::size_t size) {
  constexpr std::size_t kAlign = alignof(std::max_align_t);
  size = (size + kAlign - 1) & ~(kAlign - 1);
  if (size == 0) size = kAlign;
  if (++calls_ % tuning::kDeadlineCheckEvery == 0 && escape_ != nullptr &&
      Clock::now() > deadline_) {
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

Document Document::Parse(std::string utf8, std::size_t max_memory, double max_seconds) {
  Document doc;
  doc.html_ = std::make_unique<std::string>(std::move(utf8));
  const auto budget = std::chrono::duration_cast<Arena::Clock::duration>(
      std::chrono::duration<double>(std::min(max_seconds, 1e6)));
  doc.arena_ = std::make_unique<Arena>(max_memory, Arena::Clock::now() + budget);
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
