// pith CLI: the batch pipeline. fetch thread -> ready queue -> workers ->
// results -> the calling thread.
#include "batch.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

namespace pith::cli {
namespace {

// How far, in inputs per thread, workers may run ahead of the output.
constexpr std::size_t kWindowPerThread = 16;

}  // namespace

void RunBatch(const BatchPlan& plan, const FileWork& file_work, const PageWork& page_work,
              const Emit& emit) {
  std::vector<std::size_t> files;  // inputs that are not downloads, ascending
  {
    std::size_t u = 0;
    for (std::size_t i = 0; i < plan.count; ++i) {
      if (u < plan.url_inputs.size() && plan.url_inputs[u] == i) {
        ++u;
      } else {
        files.push_back(i);
      }
    }
  }
  if (plan.urls.empty() && plan.threads <= 1) {  // the plain case: no threads at all
    for (std::size_t i : files) emit(i, file_work(i));
    return;
  }

  const std::size_t window = kWindowPerThread * static_cast<std::size_t>(std::max(1, plan.threads));
  std::mutex mu;
  std::condition_variable changed;
  std::deque<std::pair<std::size_t, Response>> downloaded;  // waiting for a worker
  bool downloads_over = plan.urls.empty();
  std::size_t next_file = 0;       // position in `files`
  std::unordered_map<std::size_t, Outcome> ready;
  std::size_t next_emit = 0;       // ordered: the input emitted next
  std::size_t taken = 0, emitted = 0;

  auto may_take_file = [&] {
    if (next_file >= files.size()) return false;
    return plan.ordered ? files[next_file] < next_emit + window : taken - emitted < window;
  };
  auto worker = [&] {
    for (;;) {
      std::optional<std::pair<std::size_t, Response>> page;
      std::size_t file = 0;
      {
        std::unique_lock<std::mutex> lock(mu);
        changed.wait(lock, [&] {
          return !downloaded.empty() || may_take_file() ||
                 (downloads_over && next_file >= files.size());
        });
        if (!downloaded.empty()) {
          page.emplace(std::move(downloaded.front()));
          downloaded.pop_front();
        } else if (may_take_file()) {
          file = files[next_file++];
        } else {
          return;  // nothing left to come
        }
        ++taken;
      }
      const std::size_t index = page ? page->first : file;
      Outcome outcome = page ? page_work(index, std::move(page->second)) : file_work(index);
      {
        std::lock_guard<std::mutex> lock(mu);
        ready.emplace(index, std::move(outcome));
      }
      changed.notify_all();
    }
  };

  std::thread fetcher;
  if (!plan.urls.empty()) {
    fetcher = std::thread([&] {
      FetchAll(plan.urls, plan.fetch, [&](std::size_t u, Response response) {
        {
          std::lock_guard<std::mutex> lock(mu);
          downloaded.emplace_back(plan.url_inputs[u], std::move(response));
        }
        changed.notify_all();
      });
      {
        std::lock_guard<std::mutex> lock(mu);
        downloads_over = true;
      }
      changed.notify_all();
    });
  }
  std::vector<std::thread> pool;
  for (int t = 0; t < std::max(1, plan.threads); ++t) pool.emplace_back(worker);

  while (emitted < plan.count) {
    std::optional<std::pair<std::size_t, Outcome>> item;
    {
      std::unique_lock<std::mutex> lock(mu);
      changed.wait(lock, [&] { return plan.ordered ? ready.count(next_emit) > 0 : !ready.empty(); });
      auto it = plan.ordered ? ready.find(next_emit) : ready.begin();
      item.emplace(it->first, std::move(it->second));
      ready.erase(it);
      ++emitted;
      if (plan.ordered) ++next_emit;
    }
    changed.notify_all();
    emit(item->first, std::move(item->second));
  }
  for (std::thread& t : pool) t.join();
  if (fetcher.joinable()) fetcher.join();
}

}  // namespace pith::cli
