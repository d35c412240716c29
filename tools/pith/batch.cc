// pith CLI: an ordered worker pool.
#include "batch.h"

#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>
#include <vector>

namespace pith::cli {
namespace {

// How far, in inputs per thread, workers may run ahead of the output.
constexpr std::size_t kWindowPerThread = 16;

}  // namespace

void RunOrdered(std::size_t count, int threads, const Work& work, const Emit& emit) {
  if (threads <= 1 || count <= 1) {
    for (std::size_t i = 0; i < count; ++i) emit(i, work(i));
    return;
  }
  const std::size_t window = kWindowPerThread * static_cast<std::size_t>(threads);
  std::mutex mu;
  std::condition_variable changed;
  std::unordered_map<std::size_t, Result<Article>> ready;
  std::size_t next = 0;     // the next index a worker takes
  std::size_t emitted = 0;  // indices below this are out
  auto worker = [&] {
    for (;;) {
      std::size_t index;
      {
        std::unique_lock<std::mutex> lock(mu);
        changed.wait(lock, [&] { return next >= count || next < emitted + window; });
        if (next >= count) return;
        index = next++;
      }
      Result<Article> result = work(index);
      {
        std::lock_guard<std::mutex> lock(mu);
        ready.emplace(index, std::move(result));
      }
      changed.notify_all();
    }
  };
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) pool.emplace_back(worker);
  for (std::size_t i = 0; i < count; ++i) {
    std::optional<Result<Article>> result;
    {
      std::unique_lock<std::mutex> lock(mu);
      changed.wait(lock, [&] { return ready.count(i) > 0; });
      auto it = ready.find(i);
      result.emplace(std::move(it->second));
      ready.erase(it);
      emitted = i + 1;
    }
    changed.notify_all();
    emit(i, std::move(*result));
  }
  for (std::thread& t : pool) t.join();
}

}  // namespace pith::cli
