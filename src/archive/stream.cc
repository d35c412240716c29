// Stage 1, archives: bytes from a source, gunzipped member by member.
#include "archive/stream.h"

#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <iterator>

namespace pith::internal {
namespace {

// Bytes asked of the source at a time, and produced by inflate at a time.
constexpr std::size_t kChunk = std::size_t{1} << 16;
constexpr std::string_view kGzipMagic = "\x1f\x8b\x08";

}  // namespace

struct ByteStream::Inflater {
  z_stream zs;
  bool ready = false;
  Inflater() {
    std::memset(&zs, 0, sizeof zs);
    ready = inflateInit2(&zs, 15 + 16) == Z_OK;
  }
  ~Inflater() {
    if (ready) inflateEnd(&zs);
  }
};

ByteStream::ByteStream(WarcSource source) : source_(std::move(source)) {}
ByteStream::~ByteStream() = default;

bool ByteStream::FillRaw() {
  if (source_over_) return false;
  if (in_pos_ > 0 && in_pos_ >= in_.size() / 2) {
    in_.erase(0, in_pos_);
    in_base_ += in_pos_;
    in_pos_ = 0;
  }
  const std::size_t old = in_.size();
  in_.resize(old + kChunk);
  Result<std::size_t> got = source_(&in_[old], kChunk);
  const std::size_t n = got.ok() ? std::min(*got, kChunk) : 0;
  in_.resize(old + n);
  raw_total_ += n;
  if (!got.ok()) source_error_ = got.status();
  if (n == 0) source_over_ = true;
  return n > 0;
}

void ByteStream::Break(Status status) {
  break_status_ = std::move(status);
}

void ByteStream::Resume() { break_status_ = Status::Ok(); }

bool ByteStream::SkipMember() {
  if (!gzip_ || state_ != State::kInMember) return false;
  out_total_ -= buf_.size() - pos_;  // inflated but unread: as if never inflated
  buf_.resize(pos_);
  state_ = State::kScan;
  return true;
}

bool ByteStream::at_end() { return Want(1) == 0 && !broken(); }

bool ByteStream::Produce() {
  if (broken()) return false;
  for (;;) {
    switch (state_) {
      case State::kStart:
        while (in_.size() - in_pos_ < 2 && FillRaw()) {
        }
        gzip_ = in_.size() - in_pos_ >= 2 && in_.compare(in_pos_, 2, kGzipMagic.substr(0, 2)) == 0;
        state_ = gzip_ ? State::kMemberStart : State::kInMember;
        continue;
      case State::kMemberStart: {
        while (in_.size() - in_pos_ < kGzipMagic.size() && FillRaw()) {
        }
        if (in_pos_ == in_.size()) {
          state_ = State::kEnd;
          continue;
        }
        if (in_.compare(in_pos_, kGzipMagic.size(), kGzipMagic) != 0) {
          // The bytes that are no gzip data start where a member would: the
          // damage is found at their file offset (MemberStartAt).
          member_starts_.emplace_back(out_total_, in_base_ + in_pos_);
          state_ = State::kScan;
          Break(Status::DecodeError("bytes that are not gzip data at offset " +
                                    std::to_string(in_base_ + in_pos_)));
          return false;
        }
        if (!zs_) zs_ = std::make_unique<Inflater>();
        if (!zs_->ready || inflateReset(&zs_->zs) != Z_OK) {
          state_ = State::kEnd;
          Break(Status::DecodeError("zlib cannot start"));
          return false;
        }
        member_offset_ = in_base_ + in_pos_;
        member_data_start_ = out_total_;
        member_starts_.emplace_back(out_total_, member_offset_);
        state_ = State::kInMember;
        continue;
      }
      case State::kScan: {
        // After damage: the next gzip member starts at the next magic number.
        for (;;) {
          const std::size_t at = in_.find(kGzipMagic, in_pos_);
          if (at != std::string::npos) {
            in_pos_ = at;
            break;
          }
          in_pos_ = in_.size() > 2 ? std::max(in_pos_, in_.size() - 2) : in_pos_;
          if (!FillRaw()) {
            in_pos_ = in_.size();
            break;
          }
        }
        state_ = State::kMemberStart;
        continue;
      }
      case State::kEnd:
        if (!source_error_.ok()) {
          Break(source_error_);
          source_error_ = Status::Ok();
        }
        return false;
      case State::kInMember:
        break;
    }
    // kInMember
    if (!gzip_) {
      const std::size_t have = in_.size() - in_pos_;
      if (have == 0 && !FillRaw()) {
        state_ = State::kEnd;
        continue;
      }
      const std::size_t n = in_.size() - in_pos_;
      buf_.append(in_, in_pos_, n);
      in_pos_ += n;
      out_total_ += n;
      return true;
    }
    if (in_pos_ == in_.size()) FillRaw();  // at the end, inflate may still hold output
    z_stream& zs = zs_->zs;
    zs.next_in = reinterpret_cast<Bytef*>(&in_[in_pos_]);
    zs.avail_in = static_cast<uInt>(in_.size() - in_pos_);
    const std::size_t old = buf_.size();
    buf_.resize(old + kChunk);
    zs.next_out = reinterpret_cast<Bytef*>(&buf_[old]);
    zs.avail_out = static_cast<uInt>(kChunk);
    const int rc = inflate(&zs, Z_NO_FLUSH);
    const std::size_t produced = kChunk - zs.avail_out;
    buf_.resize(old + produced);
    out_total_ += produced;
    in_pos_ = in_.size() - zs.avail_in;
    if (rc == Z_STREAM_END) {
      state_ = State::kMemberStart;
    } else if (rc == Z_BUF_ERROR && produced == 0 && zs.avail_in == 0) {
      if (source_over_) {
        state_ = State::kEnd;
        Break(Status::DecodeError("the gzip member at offset " + std::to_string(member_offset_) +
                                  " is cut short (the file is truncated)"));
        return false;
      }
    } else if (rc != Z_OK) {
      Break(Status::DecodeError("corrupt gzip member at offset " + std::to_string(member_offset_) +
                                ": " + (zs.msg ? zs.msg : "inflate failed")));
      // Resume at the next magic number after this member's start.
      // (A member cut short runs into the next one, so its own bytes are
      // searched too, when they are still at hand.)
      if (member_offset_ >= in_base_ && member_offset_ + 1 <= in_base_ + in_.size()) {
        in_pos_ = static_cast<std::size_t>(member_offset_ + 1 - in_base_);
      }
      state_ = State::kScan;
      return produced > 0;
    }
    if (produced > 0) return true;
  }
}

void ByteStream::Compact() {
  if (pos_ >= kChunk && pos_ >= buf_.size() / 2) {
    if (buf_.capacity() > 16 * kChunk) {
      buf_ = buf_.substr(pos_);  // a large record's window, read: its memory goes back
    } else {
      buf_.erase(0, pos_);
    }
    base_ += pos_;
    pos_ = 0;
  }
}

std::size_t ByteStream::Want(std::size_t n) {
  while (buf_.size() - pos_ < n) {
    Compact();
    if (!Produce()) break;
  }
  return buf_.size() - pos_;
}

void ByteStream::Consume(std::size_t n) {
  pos_ += std::min(n, buf_.size() - pos_);
  Compact();
}

std::size_t ByteStream::Read(std::size_t n, std::string* out) {
  std::size_t done = 0;
  while (done < n) {
    if (pos_ == buf_.size()) {
      buf_.clear();
      base_ += pos_;
      pos_ = 0;
      if (!Produce()) break;
    }
    const std::size_t take = std::min(n - done, buf_.size() - pos_);
    if (out) out->append(buf_, pos_, take);
    pos_ += take;
    done += take;
  }
  Compact();
  return done;
}

std::int64_t ByteStream::MemberStartAt(std::size_t ahead) const {
  const std::uint64_t here = offset() + ahead;
  // Sorted by uncompressed offset; an empty member shares its offset with
  // the next, and the last of them is the one whose data begins here.
  auto it = std::upper_bound(member_starts_.begin(), member_starts_.end(), here,
                             [](std::uint64_t at, const auto& m) { return at < m.first; });
  if (it == member_starts_.begin() || std::prev(it)->first != here) return -1;
  return static_cast<std::int64_t>(std::prev(it)->second);
}

void ByteStream::ForgetMembersBefore(std::uint64_t offset) {
  while (!member_starts_.empty() && member_starts_.front().first < offset) member_starts_.pop_front();
}

}  // namespace pith::internal
