// pith CLI: a batch of inputs, some files and some URLs. URLs download on
// one thread (libcurl's multi interface, many at once) while worker threads
// extract whatever is ready; results go back to the calling thread either
// in input order or as they complete.
#ifndef PITH_TOOLS_BATCH_H_
#define PITH_TOOLS_BATCH_H_

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "pith/pith.h"

namespace pith::cli {

// What one input came to.
struct Outcome {
  Result<Article> article = Status::Ok();  // replaced by the real result
  Response response;  // for a URL: the download, without its body
  bool downloaded = false;
  std::string save_error;  // --save failed for this download
};

struct BatchPlan {
  std::size_t count = 0;             // inputs 0 .. count - 1
  std::vector<std::size_t> url_inputs;  // which of them are downloads, ascending
  std::vector<std::string> urls;     // their URLs, parallel to url_inputs
  FetchOptions fetch;
  int threads = 1;                   // extraction threads
  bool ordered = true;               // emit in input order, or as completed
};

using FileWork = std::function<Outcome(std::size_t index)>;
using PageWork = std::function<Outcome(std::size_t index, Response response)>;
using Emit = std::function<void(std::size_t index, Outcome outcome)>;

// Runs file_work(i) for every input that is not a download, and
// page_work(i, response) for every download as it arrives, on plan.threads
// threads; calls emit() for each on the calling thread. Workers run at most
// a bounded window ahead of the output, so memory stays flat however long
// the batch. The works must be safe to call from several threads at once.
void RunBatch(const BatchPlan& plan, const FileWork& file_work, const PageWork& page_work,
              const Emit& emit);

}  // namespace pith::cli

#endif  // PITH_TOOLS_BATCH_H_
