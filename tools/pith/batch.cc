// pith CLI: the batch pipeline. reader thread (local inputs, WARC records)
// and fetch thread -> ready queues -> workers -> results -> the calling thread.
#include "batch.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <limits>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace pith::cli {
namespace {

// How far, in units per thread, workers may run ahead of the output.
constexpr std::size_t kWindowPerThread = 4;
constexpr std::size_t kUnknown = std::numeric_limits<std::size_t>::max();

// A unit's place in the output: its input, then its number within the input.
using Key = std::pair<std::size_t, std::size_t>;

}  // namespace

void RunBatch(const BatchPlan& plan, const Expand& expand, const PageWork& page_work,
              const Emit& emit) {
  std::vector<std::size_t> locals;  // inputs that are not downloads, ascending
  std::vector<std::size_t> units_of(plan.count, kUnknown);  // known once expanded
  {
    std::size_t u = 0;
    for (std::size_t i = 0; i < plan.count; ++i) {
      if (u < plan.url_inputs.size() && plan.url_inputs[u] == i) {
        ++u;
        units_of[i] = 1;
      } else {
        locals.push_back(i);
      }
    }
  }
  if (plan.urls.empty() && plan.threads <= 1) {  // the plain case: no threads at all
    for (std::size_t i : locals) expand(i, [&](UnitWork work) { emit(i, work()); });
    return;
  }

  const std::size_t window = kWindowPerThread * static_cast<std::size_t>(std::max(1, plan.threads));
  std::mutex mu;
  std::condition_variable changed;
  std::deque<std::pair<std::size_t, Response>> downloaded;  // waiting for a worker
  std::deque<std::pair<Key, UnitWork>> queued;              // local units waiting for a worker
  bool downloads_over = plan.urls.empty();
  bool reading_over = false;
  std::size_t local_added = 0, local_emitted = 0;
  std::size_t total = plan.urls.size();  // units to emit, complete once reading_over
  std::map<Key, Outcome> ready;
  Key next_emit{0, 0};  // ordered: the unit emitted next
  std::size_t emitted = 0;

  auto worker = [&] {
    for (;;) {
      std::optional<std::pair<std::size_t, Response>> page;
      std::optional<std::pair<Key, UnitWork>> unit;
      {
        std::unique_lock<std::mutex> lock(mu);
        changed.wait(lock, [&] {
          return !downloaded.empty() || !queued.empty() || (downloads_over && reading_over);
        });
        if (!downloaded.empty()) {
          page.emplace(std::move(downloaded.front()));
          downloaded.pop_front();
        } else if (!queued.empty()) {
          unit.emplace(std::move(queued.front()));
          queued.pop_front();
        } else {
          return;  // nothing left to come
        }
      }
      const Key key = page ? Key{page->first, 0} : unit->first;
      Outcome outcome = page ? page_work(key.first, std::move(page->second)) : unit->second();
      {
        std::lock_guard<std::mutex> lock(mu);
        ready.emplace(key, std::move(outcome));
      }
      changed.notify_all();
    }
  };

  std::thread reader([&] {
    for (std::size_t i : locals) {
      std::size_t n = 0;
      expand(i, [&](UnitWork work) {
        std::unique_lock<std::mutex> lock(mu);
        changed.wait(lock, [&] { return local_added - local_emitted < window; });
        queued.emplace_back(Key{i, n++}, std::move(work));
        ++local_added;
        lock.unlock();
        changed.notify_all();
      });
      {
        std::lock_guard<std::mutex> lock(mu);
        units_of[i] = n;
        total += n;
      }
      changed.notify_all();
    }
    {
      std::lock_guard<std::mutex> lock(mu);
      reading_over = true;
    }
    changed.notify_all();
  });
  std::thread fetcher;
  if (!plan.urls.empty()) {
    fetcher = std::thread([&] {
      std::unique_ptr<Fetcher> own;
      if (plan.fetcher == nullptr) own = std::make_unique<Fetcher>(plan.fetch);
      Fetcher& downloader = plan.fetcher != nullptr ? *plan.fetcher : *own;
      downloader.FetchAll(plan.urls, [&](std::size_t u, Response response) {
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

  for (;;) {
    std::optional<std::pair<Key, Outcome>> item;
    {
      std::unique_lock<std::mutex> lock(mu);
      if (plan.ordered) {
        // Past the inputs whose units are all out.
        auto advance = [&] {
          while (next_emit.first < plan.count && units_of[next_emit.first] != kUnknown &&
                 next_emit.second >= units_of[next_emit.first]) {
            next_emit = {next_emit.first + 1, 0};
          }
          return next_emit.first >= plan.count || ready.count(next_emit) > 0;
        };
        changed.wait(lock, advance);
        if (next_emit.first >= plan.count) break;
        auto it = ready.find(next_emit);
        item.emplace(it->first, std::move(it->second));
        ready.erase(it);
        ++next_emit.second;
      } else {
        changed.wait(lock, [&] { return !ready.empty() || (reading_over && emitted == total); });
        if (ready.empty()) break;
        auto it = ready.begin();
        item.emplace(it->first, std::move(it->second));
        ready.erase(it);
      }
      ++emitted;
      if (!item->second.downloaded) ++local_emitted;
    }
    changed.notify_all();
    emit(item->first.first, std::move(item->second));
  }
  reader.join();
  for (std::thread& t : pool) t.join();
  if (fetcher.joinable()) fetcher.join();
}

}  // namespace pith::cli
