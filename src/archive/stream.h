// Stage 1, archives: a byte source -> its bytes, gunzipped member by member
// when they start with the gzip magic. Holds a bounded window, never the
// whole input. A corrupt or cut-short gzip member is a "break": the bytes
// before it stay readable, then reading resumes at the next member. Knows
// nothing of WARC.
#ifndef PITH_SRC_ARCHIVE_STREAM_H_
#define PITH_SRC_ARCHIVE_STREAM_H_

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "pith/status.h"
#include "pith/warc.h"

namespace pith::internal {

class ByteStream {
 public:
  explicit ByteStream(WarcSource source);
  ByteStream(const ByteStream&) = delete;
  ByteStream& operator=(const ByteStream&) = delete;
  ~ByteStream();

  // Buffers at least `n` bytes past the read position if the input has them
  // before its end or the next break; returns how many are buffered.
  std::size_t Want(std::size_t n);
  // The buffered bytes at the read position.
  std::string_view Data() const { return std::string_view(buf_).substr(pos_); }
  void Consume(std::size_t n);
  // Appends up to `n` bytes to `*out` (nullptr: drops them), stopping at the
  // end or a break; returns how many.
  std::size_t Read(std::size_t n, std::string* out);

  // After Want() or Read() came short: a break is pending (its status
  // says what), or the input is over.
  bool broken() const { return !break_status_.ok(); }
  const Status& break_status() const { return break_status_; }
  // Clears the break and goes on at the next gzip member.
  void Resume();
  // Drops the rest of the gzip member being inflated, unread and not
  // inflated, and goes on at the next member (found by its magic number, as
  // after damage). False, doing nothing, for plain input or between members.
  bool SkipMember();
  // The uncompressed offset where the data of the gzip member being
  // inflated begins (0 for plain input).
  std::uint64_t member_data_start() const { return member_data_start_; }
  bool at_end();

  bool gzipped() const { return gzip_; }
  // Offset of the read position in the uncompressed data.
  std::uint64_t offset() const { return base_ + pos_; }
  // The file offset of the gzip member whose data begins `ahead` bytes past
  // the read position (or of bytes between members that are no gzip data,
  // which begin there too), or -1 when no member starts there.
  std::int64_t MemberStartAt(std::size_t ahead = 0) const;
  // Drops what MemberStartHere() no longer needs.
  void ForgetMembersBefore(std::uint64_t offset);
  std::uint64_t raw_bytes_read() const { return raw_total_; }

 private:
  enum class State { kStart, kMemberStart, kInMember, kScan, kEnd };
  // Adds bytes to buf_ (or sets a break, or the end); false if nothing more can come.
  bool Produce();
  bool FillRaw();  // more raw bytes into in_; false at the source's end
  void Break(Status status);
  void Compact();

  WarcSource source_;
  bool source_over_ = false;
  Status source_error_;
  std::string in_;            // raw bytes not yet inflated: in_[in_pos_..]
  std::size_t in_pos_ = 0;
  std::uint64_t in_base_ = 0;  // file offset of in_[0]
  std::uint64_t raw_total_ = 0;
  std::string buf_;           // output: buf_[pos_..] unread
  std::size_t pos_ = 0;
  std::uint64_t base_ = 0;    // uncompressed offset of buf_[0]
  std::uint64_t out_total_ = 0;  // uncompressed bytes produced
  bool gzip_ = false;
  State state_ = State::kStart;
  Status break_status_;
  std::uint64_t member_offset_ = 0;  // file offset of the member being inflated
  std::uint64_t member_data_start_ = 0;  // and the uncompressed offset of its data
  std::deque<std::pair<std::uint64_t, std::uint64_t>> member_starts_;  // (uncompressed, file)
  struct Inflater;
  std::unique_ptr<Inflater> zs_;
};

}  // namespace pith::internal

#endif  // PITH_SRC_ARCHIVE_STREAM_H_
