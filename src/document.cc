// Stage 3, parse: Gumbo into an arena.
#include "document.h"

#include <algorithm>

#include "tuning.h"

namespace pith::internal {
namespace {

void* ArenaAllocate(void* userdata, std::size_t size) {
  return static_cast<Arena*>(userdata)->Allocate(size);
}

void ArenaFree(void*, void*) {}  // freed with the arena

}  // namespace

void* Arena::Allocate(std::size_t size) {
  constexpr std::size_t kAlign = alignof(std::max_align_t);
  size = (size + kAlign - 1) & ~(kAlign - 1);
  if (size == 0) size = kAlign;
  if (size > left_) {
    std::size_t chunk = std::max(size, tuning::kArenaChunkBytes);
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

Document Document::Parse(std::string utf8) {
  Document doc;
  doc.html_ = std::make_unique<std::string>(std::move(utf8));
  doc.arena_ = std::make_unique<Arena>();
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = ArenaAllocate;
  options.deallocator = ArenaFree;
  options.userdata = doc.arena_.get();
  // Error records cost memory proportional to depth x errors; pith never reads them.
  options.max_errors = 0;
  doc.output_ = gumbo_parse_with_options(&options, doc.html_->data(), doc.html_->size());
  return doc;
}

}  // namespace pith::internal
