// pith CLI: extraction of many inputs on worker threads, results handed back
// in input order.
#ifndef PITH_TOOLS_BATCH_H_
#define PITH_TOOLS_BATCH_H_

#include <cstddef>
#include <functional>

#include "pith/pith.h"

namespace pith::cli {

using Work = std::function<Result<Article>(std::size_t index)>;
using Emit = std::function<void(std::size_t index, Result<Article> result)>;

// Runs work(0) .. work(count - 1) on `threads` threads and calls emit() for
// each result on the calling thread, in index order, as soon as the results
// before it are out. Workers run at most a bounded window ahead of the
// output, so memory stays flat however long the batch. `work` must be safe
// to call from several threads at once (pith::Extract is).
void RunOrdered(std::size_t count, int threads, const Work& work, const Emit& emit);

}  // namespace pith::cli

#endif  // PITH_TOOLS_BATCH_H_
