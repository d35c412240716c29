// pith CLI: a batch of inputs, some files and some URLs. A local input is
// one unit of work, or, for a WARC file, one unit per record: one reader
// thread walks the local inputs and queues their units; URLs download on
// another thread (libcurl's multi interface, many at once); worker threads
// extract whatever is ready; results go back to the calling thread either
// in input (and record) order or as they complete.
#ifndef PITH_TOOLS_BATCH_H_
#define PITH_TOOLS_BATCH_H_

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "pith/pith.h"
#include "pith/warc.h"

namespace pith::cli {

// What one unit of work came to.
struct Outcome {
  Result<Article> article = Status::Ok();  // replaced by the real result
  Response response;  // for a URL: the download, without its body
  bool downloaded = false;
  std::string save_error;  // --save failed for this download
  // For a record of a WARC file: the record, without its payload, and
  // whether the file holds more than one record.
  bool from_archive = false;
  bool archive_many = false;
  WarcRecord record;
};

struct BatchPlan {
  std::size_t count = 0;             // inputs 0 .. count - 1
  std::vector<std::size_t> url_inputs;  // which of them are downloads, ascending
  std::vector<std::string> urls;     // their URLs, parallel to url_inputs
  FetchOptions fetch;
  // Downloads with this Fetcher (its robots.txt and host clocks shared with
  // the rest of the run) when set; else with a new one made of `fetch`.
  Fetcher* fetcher = nullptr;
  int threads = 1;                   // extraction threads
  bool ordered = true;               // emit in input order, or as completed
};

// One unit of a local input's work, run on a worker thread.
using UnitWork = std::function<Outcome()>;
// Queues the next unit of the input being expanded; blocks while the
// workers are a window ahead of the output.
using AddUnit = std::function<void(UnitWork work)>;
// Calls add() for each unit of local input `index`, in order (a file: one
// unit; a WARC file: one per record it emits). Runs on the reader thread.
using Expand = std::function<void(std::size_t index, const AddUnit& add)>;
using PageWork = std::function<Outcome(std::size_t index, Response response)>;
using Emit = std::function<void(std::size_t index, Outcome outcome)>;

// Expands every input that is not a download and runs its units, and runs
// page_work(i, response) for every download as it arrives, on plan.threads
// threads; calls emit() for each unit on the calling thread. Workers run at
// most a bounded window ahead of the output, so memory stays flat however
// long the batch or the archive. The works must be safe to call from several
// threads at once.
void RunBatch(const BatchPlan& plan, const Expand& expand, const PageWork& page_work,
              const Emit& emit);

}  // namespace pith::cli

#endif  // PITH_TOOLS_BATCH_H_
