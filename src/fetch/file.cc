// Stage 1, fetch from disk: files and gzip, each with a byte cap.
#include "fetch/file.h"

#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include "base/bytes_text.h"

namespace pith::internal {
namespace {

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

}  // namespace

Status CheckFileName(const std::string& path) {
  if (path.empty()) return Status::IoError("an empty file name names no file", ENOENT, path);
  if (path.find('\0') == std::string::npos) return Status::Ok();
  return Status::InvalidArgument(Printable(path) + ": a file name must not hold a NUL byte");
}

Result<std::uint64_t> RegularFileSize(const std::string& path) {
  if (Status s = CheckFileName(path); !s.ok()) return s;
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    const int error = errno;
    return Status::IoError("cannot open " + Printable(path) + ": " + std::strerror(error), error, path);
  }
  if (S_ISDIR(st.st_mode)) return Status::IoError(Printable(path) + " is a directory", EISDIR, path);
  if (!S_ISREG(st.st_mode)) return Status::IoError(Printable(path) + " is not a regular file");
  return static_cast<std::uint64_t>(st.st_size);
}

Result<std::string> ReadFileBytes(const std::string& path, std::size_t max_bytes,
                                  std::string_view limit_name) {
  const Result<std::uint64_t> size = RegularFileSize(path);
  if (!size.ok()) return size.status();
  if (*size > max_bytes) {
    return Status::TooLarge(
        NameLimit(Printable(path) + " is " + OverLimitText(*size, max_bytes), limit_name));
  }
  std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
  if (!file) {
    const int error = errno;
    return Status::IoError("cannot open " + Printable(path) + ": " + std::strerror(error), error, path);
  }
  std::string bytes;
  bytes.resize(static_cast<std::size_t>(*size));
  std::size_t got = std::fread(bytes.data(), 1, bytes.size(), file.get());
  if (std::ferror(file.get())) {
    const int error = errno;
    return Status::IoError("cannot read " + Printable(path) + ": " + std::strerror(error), error, path);
  }
  bytes.resize(got);  // the file may have shrunk since stat
  return bytes;
}

bool IsGzip(std::string_view bytes) {
  return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1F &&
         static_cast<unsigned char>(bytes[1]) == 0x8B;
}

namespace {

// Inflates `bytes` with zlib's `window_bits` (15 + 16: gzip, 15: zlib,
// -15: raw deflate). With `members`, gzip members that follow each other are
// inflated in turn. A stream cut short is kDecodeError, or with
// `keep_truncated` what arrived. kTooLarge as soon as the output would pass
// `max_bytes` (a bomb stops there), naming the option `limit_name`.
Result<std::string> InflateWith(std::string_view bytes, std::size_t max_bytes,
                                std::string_view limit_name, int window_bits, bool members,
                                bool keep_truncated) {
  z_stream zs;
  std::memset(&zs, 0, sizeof zs);
  if (inflateInit2(&zs, window_bits) != Z_OK) return Status::DecodeError("zlib init failed");
  std::unique_ptr<z_stream, int (*)(z_stream*)> guard(&zs, inflateEnd);
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  zs.avail_in = static_cast<uInt>(bytes.size());
  const char* kind = window_bits > 15 ? "gzip" : "deflate";
  std::string out;
  char chunk[1 << 16];
  for (;;) {
    zs.next_out = reinterpret_cast<Bytef*>(chunk);
    zs.avail_out = sizeof chunk;
    int rc = inflate(&zs, Z_NO_FLUSH);
    std::size_t produced = sizeof chunk - zs.avail_out;
    if (out.size() + produced > max_bytes) {
      return Status::TooLarge(NameLimit(
          std::string(kind) + " data inflates to more than " + BytesText(max_bytes), limit_name));
    }
    out.append(chunk, produced);
    if (rc == Z_STREAM_END) {
      if (!members || zs.avail_in == 0 ||
          !IsGzip({reinterpret_cast<const char*>(zs.next_in), zs.avail_in})) {
        break;  // done, ignoring trailing garbage as gzip(1) does
      }
      if (inflateReset(&zs) != Z_OK) return Status::DecodeError("corrupt gzip data");
      continue;
    }
    if (rc == Z_BUF_ERROR && zs.avail_in == 0) {
      if (keep_truncated) break;
      return Status::DecodeError(std::string("truncated ") + kind + " data");
    }
    if (rc != Z_OK && rc != Z_BUF_ERROR) {
      return Status::DecodeError(std::string("corrupt ") + kind + " data: " + (zs.msg ? zs.msg : "?"));
    }
  }
  return out;
}

}  // namespace

Result<std::string> Gunzip(std::string_view bytes, std::size_t max_bytes,
                           std::string_view limit_name) {
  return InflateWith(bytes, max_bytes, limit_name, 15 + 16, /*members=*/true,
                     /*keep_truncated=*/false);
}

Result<std::string> GunzipPrefix(std::string_view bytes, std::size_t max_bytes,
                                 std::string_view limit_name) {
  return InflateWith(bytes, max_bytes, limit_name, 15 + 16, /*members=*/true,
                     /*keep_truncated=*/true);
}

Result<std::string> InflateDeflate(std::string_view bytes, std::size_t max_bytes,
                                   std::string_view limit_name) {
  // "Content-Encoding: deflate" is zlib-wrapped by the standard, raw by
  // many servers: try both.
  Result<std::string> zlib =
      InflateWith(bytes, max_bytes, limit_name, 15, false, /*keep_truncated=*/true);
  if (zlib.ok() || zlib.status().code() == Status::Code::kTooLarge) return zlib;
  return InflateWith(bytes, max_bytes, limit_name, -15, false, /*keep_truncated=*/true);
}

std::string Gzip(std::string_view bytes) {
  z_stream zs;
  std::memset(&zs, 0, sizeof zs);
  std::string out;
  if (deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
    return out;
  }
  std::unique_ptr<z_stream, int (*)(z_stream*)> guard(&zs, deflateEnd);
  out.resize(deflateBound(&zs, static_cast<uLong>(bytes.size())));
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  zs.avail_in = static_cast<uInt>(bytes.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);  // deflateBound guarantees room for one call
  out.resize(zs.total_out);
  return out;
}

Status WriteFileAtomically(const std::string& path, std::string_view bytes) {
  // A temporary name of its own, so two writers of the same path never
  // share one (the last rename wins, whole).
  std::string temp = path + ".part-XXXXXX";
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) return Status::IoError("cannot create " + temp + ": " + std::strerror(errno));
  std::unique_ptr<std::FILE, FileCloser> file(::fdopen(fd, "wb"));
  if (!file) {
    ::close(fd);
    std::remove(temp.c_str());
    return Status::IoError("cannot write " + temp + ": " + std::strerror(errno));
  }
  const bool written = std::fwrite(bytes.data(), 1, bytes.size(), file.get()) == bytes.size();
  const bool closed = std::fclose(file.release()) == 0;
  if (!written || !closed) {
    const std::string cause = std::strerror(errno);
    std::remove(temp.c_str());
    return Status::IoError("cannot write " + temp + ": " + cause);
  }
  ::chmod(temp.c_str(), 0644);  // mkstemp makes it 0600; a saved page is an ordinary file
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    const std::string cause = std::strerror(errno);
    std::remove(temp.c_str());
    return Status::IoError("cannot rename " + Printable(temp) + " to " + Printable(path) + ": " + cause);
  }
  return Status::Ok();
}

}  // namespace pith::internal
