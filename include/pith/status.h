// pith: the outcome of a call, as a cheap value.
//
// Status and Result<T> are plain values: no exceptions cross pith's API.
// They are safe to copy and move between threads; a single object is not
// synchronized.
#ifndef PITH_STATUS_H_
#define PITH_STATUS_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace pith {

class Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidArgument,  // a caller's option or argument is not taken: out of range, an
                       // unknown encoding label, not an http(s) URL, a NUL in a file name
    kIoError,          // a file could not be opened or read
    kFetchError,       // a download failed: DNS, connection, TLS, HTTP status, redirects
    kDecodeError,      // bytes are not a page: binary data, broken gzip, a damaged WARC record
    kTooLarge,         // over a size limit: ExtractOptions::max_input_bytes (and the
                       // parser's limits), FetchOptions::max_body_bytes,
                       // WarcOptions::max_record_bytes; the message names the option
    kTimeout,          // past a time limit: parsing a page, or a download
    kUnsupportedType,  // a download is not HTML (PDF, image, JSON): skipped
    kDisallowed,       // robots.txt disallows the URL: skipped, never requested
    kCancelled,        // the caller stopped the call (Fetcher::Cancel): not done
  };

  Status() = default;  // OK
  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string msg) {
    return {Code::kInvalidArgument, std::move(msg)};
  }
  static Status IoError(std::string msg) { return {Code::kIoError, std::move(msg)}; }
  // An I/O error the operating system reported: `error_number` is its errno
  // (ENOENT, EACCES, EISDIR, ...) and `path` the file it concerns.
  static Status IoError(std::string msg, int error_number, std::string path) {
    Status s(Code::kIoError, std::move(msg));
    s.error_number_ = error_number;
    s.path_ = std::move(path);
    return s;
  }
  static Status FetchError(std::string msg) { return {Code::kFetchError, std::move(msg)}; }
  static Status DecodeError(std::string msg) { return {Code::kDecodeError, std::move(msg)}; }
  static Status TooLarge(std::string msg) { return {Code::kTooLarge, std::move(msg)}; }
  static Status Timeout(std::string msg) { return {Code::kTimeout, std::move(msg)}; }
  static Status UnsupportedType(std::string msg) {
    return {Code::kUnsupportedType, std::move(msg)};
  }
  static Status Disallowed(std::string msg) { return {Code::kDisallowed, std::move(msg)}; }
  static Status Cancelled(std::string msg) { return {Code::kCancelled, std::move(msg)}; }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  // The errno of an I/O error the operating system reported (ENOENT for a
  // missing file, EACCES, EISDIR, ...); 0 for every other status.
  int error_number() const { return error_number_; }
  // The file an I/O error concerns, when the status says; else empty.
  const std::string& path() const { return path_; }
  // "OK", or the code's name and the message, e.g. "I/O error: cannot open x.html: No such file".
  std::string ToString() const;
  // The same code (and error number and path), with "context: " before the
  // message.
  Status WithContext(const std::string& context) const;

 private:
  Status(Code code, std::string message) : code_(code), message_(std::move(message)) {}
  Code code_ = Code::kOk;
  int error_number_ = 0;
  std::string message_;
  std::string path_;
};

// Either a value or a non-OK Status.
// REQUIRES: value() and operator* only when ok().
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  // A Result made from a status holds no value, so the status says why: an
  // OK one (`Result<T> r = Status::Ok();`) is taken as kInvalidArgument
  // "Result made from an OK status without a value", as absl::StatusOr
  // takes it (as an internal error), rather than a Result whose ok() is
  // false while its status() reads "OK".
  Result(Status status)  // NOLINT: implicit by design
      : status_(status.ok()
                    ? Status::InvalidArgument("Result made from an OK status without a value")
                    : std::move(status)) {}

  bool ok() const { return status_.ok() && value_.has_value(); }
  const Status& status() const { return status_; }
  const T& value() const& { return *value_; }
  T& value() & { return *value_; }
  T&& value() && { return std::move(*value_); }
  const T& operator*() const& { return *value_; }
  T& operator*() & { return *value_; }
  const T* operator->() const { return &*value_; }
  T* operator->() { return &*value_; }

 private:
  Status status_;
  std::optional<T> value_;
};

// `text` the caller gave (a URL, a file name, an option's value) as pith's
// messages quote it: its control bytes (C0 and DEL) written as escapes, NUL
// as "\0", tab, line feed and carriage return as "\t", "\n", "\r", the
// others as "\x1b", so that a message printed to a terminal neither ends
// early, nor breaks its line, nor sends the terminal a command. Every other
// byte is kept (UTF-8 prints as it is), so text already quoted so comes
// back unchanged. For a program that writes messages of its own around
// pith's (the command line and the Python module quote with it).
std::string Printable(std::string_view text);

}  // namespace pith

#endif  // PITH_STATUS_H_
