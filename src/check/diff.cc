// Checks, the diff: two texts -> a unified diff of their lines. Myers'
// O(ND) algorithm over line ids, after the common head and tail are set
// aside; the number of differences it searches is capped, so the work stays
// bounded on texts that share nothing. Does not diff inside lines, and shows
// the first kMaxDiffLineBytes of a long one.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "pith/check.h"

namespace pith {
namespace {

// Differences Myers' search looks for before it gives up aligning the
// middle and shows it as removed and added whole. Its memory is about the
// square of this (4 MB of ints at 1,000), its time this many passes over the
// texts.
constexpr int kMaxEdits = 1000;

// A line with its end of line, so a last line without one differs from the
// same line with one.
std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    end = end == std::string_view::npos ? text.size() : end + 1;
    lines.push_back(text.substr(at, end - at));
    at = end;
  }
  return lines;
}

enum class Op : std::uint8_t { kEqual, kDelete, kInsert };

struct Edit {
  Op op;
  std::size_t a;  // line index in `from` (kEqual, kDelete)
  std::size_t b;  // line index in `to` (kEqual, kInsert)
};

// The shortest edit script from a[0, n) to b[0, m) with Myers' greedy
// search, or false if it needs more than kMaxEdits edits.
bool Myers(const std::vector<int>& a, const std::vector<int>& b, std::vector<Edit>* script) {
  const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  // trace[d][k + d]: the furthest x reached on diagonal k (x - y) with d edits.
  std::vector<std::vector<int>> trace;
  int found = -1;
  for (int d = 0; d <= std::min(n + m, kMaxEdits) && found < 0; ++d) {
    std::vector<int> v(2 * d + 1);
    for (int k = -d; k <= d; k += 2) {
      int x;
      if (d == 0) {
        x = 0;
      } else {
        const std::vector<int>& prev = trace.back();
        const auto at = [&](int kk) { return prev[kk + d - 1]; };
        x = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? at(k + 1) : at(k - 1) + 1;
      }
      int y = x - k;
      while (x < n && y < m && a[x] == b[y]) ++x, ++y;
      v[k + d] = x;
      if (x >= n && y >= m) found = d;
    }
    trace.push_back(std::move(v));
  }
  if (found < 0) return false;
  // Walk back from (n, m), collecting the edits in reverse.
  std::vector<Edit> reversed;
  int x = n, y = m;
  for (int d = found; d > 0; --d) {
    const std::vector<int>& prev = trace[d - 1];
    const auto at = [&](int kk) { return prev[kk + d - 1]; };
    const int k = x - y;
    const int prev_k = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1;
    const int prev_x = at(prev_k), prev_y = prev_x - prev_k;
    const int start_x = prev_k == k + 1 ? prev_x : prev_x + 1;  // where the snake began
    while (x > start_x) {
      --x, --y;
      reversed.push_back({Op::kEqual, static_cast<std::size_t>(x), static_cast<std::size_t>(y)});
    }
    if (prev_k == k + 1) {
      reversed.push_back({Op::kInsert, 0, static_cast<std::size_t>(prev_y)});
    } else {
      reversed.push_back({Op::kDelete, static_cast<std::size_t>(prev_x), 0});
    }
    x = prev_x, y = prev_y;
  }
  while (x > 0) {
    --x, --y;
    reversed.push_back({Op::kEqual, static_cast<std::size_t>(x), static_cast<std::size_t>(y)});
  }
  script->assign(reversed.rbegin(), reversed.rend());
  return true;
}

// The edit script of two line lists: common head and tail as kEqual, the
// middle aligned by Myers or, past kMaxEdits, removed and added whole.
std::vector<Edit> EditScript(const std::vector<std::string_view>& a,
                             const std::vector<std::string_view>& b) {
  std::size_t head = 0;
  while (head < a.size() && head < b.size() && a[head] == b[head]) ++head;
  std::size_t tail = 0;
  while (tail < a.size() - head && tail < b.size() - head &&
         a[a.size() - 1 - tail] == b[b.size() - 1 - tail]) {
    ++tail;
  }
  std::vector<Edit> script;
  for (std::size_t i = 0; i < head; ++i) script.push_back({Op::kEqual, i, i});
  // Lines become small ids, so Myers compares ints.
  std::unordered_map<std::string_view, int> ids;
  const auto to_ids = [&](const std::vector<std::string_view>& lines) {
    std::vector<int> out;
    for (std::size_t i = head; i < lines.size() - tail; ++i) {
      out.push_back(ids.emplace(lines[i], static_cast<int>(ids.size())).first->second);
    }
    return out;
  };
  const std::vector<int> ma = to_ids(a), mb = to_ids(b);
  std::vector<Edit> middle;
  if (Myers(ma, mb, &middle)) {
    for (Edit e : middle) script.push_back({e.op, e.a + head, e.b + head});
  } else {
    for (std::size_t i = 0; i < ma.size(); ++i) script.push_back({Op::kDelete, head + i, 0});
    for (std::size_t i = 0; i < mb.size(); ++i) script.push_back({Op::kInsert, 0, head + i});
  }
  for (std::size_t i = 0; i < tail; ++i) {
    script.push_back({Op::kEqual, a.size() - tail + i, b.size() - tail + i});
  }
  return script;
}

// "@@ -start,count +start,count @@" as diff(1) writes it: a range of no
// lines starts at the line before it.
std::string Range(std::size_t first, std::size_t count) {
  const std::size_t start = count == 0 ? first : first + 1;
  return std::to_string(start) + (count == 1 ? "" : "," + std::to_string(count));
}

// Bytes of one line a diff shows: a page saved as one line (a minified
// document, 70 MB of it) printed whole to the terminal, twice; a paragraph
// of prose is far shorter.
constexpr std::size_t kMaxDiffLineBytes = 4096;

void AddLine(char mark, std::string_view line, std::vector<std::string>* out) {
  const bool newline = !line.empty() && line.back() == '\n';
  if (newline) line.remove_suffix(1);
  std::string s(1, mark);
  if (line.size() <= kMaxDiffLineBytes) {
    s.append(line);
  } else {  // cut between characters, not inside one's UTF-8 bytes
    std::size_t cut = kMaxDiffLineBytes;
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    s.append(line.substr(0, cut));
    s += " [... " + std::to_string(line.size() - cut) + " more bytes of this line not shown]";
  }
  out->push_back(std::move(s));
  if (!newline) out->push_back("\\ No newline at end of file");
}

}  // namespace

std::string UnifiedDiff(const std::string& from, const std::string& to,
                        const std::string& from_name, const std::string& to_name,
                        int context_lines, std::size_t max_lines) {
  if (from == to) return "";
  const std::vector<std::string_view> a = SplitLines(from), b = SplitLines(to);
  const std::vector<Edit> script = EditScript(a, b);
  const std::size_t context = static_cast<std::size_t>(std::max(0, context_lines));

  // a_before[i], b_before[i]: the lines of each text before script[i].
  std::vector<std::size_t> a_before(script.size() + 1, 0), b_before(script.size() + 1, 0);
  for (std::size_t j = 0; j < script.size(); ++j) {
    a_before[j + 1] = a_before[j] + (script[j].op != Op::kInsert ? 1 : 0);
    b_before[j + 1] = b_before[j] + (script[j].op != Op::kDelete ? 1 : 0);
  }

  std::vector<std::string> lines = {"--- " + from_name, "+++ " + to_name};
  std::size_t i = 0;
  while (i < script.size()) {
    if (script[i].op == Op::kEqual) {
      ++i;
      continue;
    }
    // A hunk: from `context` lines before this change to `context` lines
    // after the last change that lies within 2 * context of the one before.
    std::size_t begin = i >= context ? i - context : 0;
    std::size_t end = i;
    for (std::size_t equal_run = 0; end < script.size(); ++end) {
      if (script[end].op != Op::kEqual) {
        equal_run = 0;
      } else if (++equal_run > 2 * context) {
        break;
      }
    }
    // Trim trailing context to `context` lines.
    std::size_t trailing = 0;
    while (trailing < end - i && script[end - 1 - trailing].op == Op::kEqual) ++trailing;
    if (trailing > context) end -= trailing - context;
    // Each side's hunk starts after its lines before the hunk.
    const std::size_t a_first = a_before[begin], b_first = b_before[begin];
    std::size_t a_count = 0, b_count = 0;
    std::vector<std::string> body;
    for (std::size_t j = begin; j < end; ++j) {
      const Edit& e = script[j];
      if (e.op == Op::kEqual) {
        ++a_count, ++b_count;
        AddLine(' ', a[e.a], &body);
      } else if (e.op == Op::kDelete) {
        ++a_count;
        AddLine('-', a[e.a], &body);
      } else {
        ++b_count;
        AddLine('+', b[e.b], &body);
      }
    }
    lines.push_back("@@ -" + Range(a_first, a_count) + " +" + Range(b_first, b_count) + " @@");
    for (std::string& l : body) lines.push_back(std::move(l));
    i = end;
  }

  std::string out;
  const std::size_t shown = std::min(lines.size(), std::max<std::size_t>(max_lines, 3));
  for (std::size_t j = 0; j < shown; ++j) out += lines[j] + "\n";
  if (shown < lines.size()) {
    out += "... " + std::to_string(lines.size() - shown) + " more diff lines not shown\n";
  }
  return out;
}

}  // namespace pith
