// Stage 1, fetch from disk: a path or a byte string -> the page's raw bytes.
// Reads files with a size cap and inflates gzip (recognised by its magic
// bytes) with the same cap. Does not look at what the bytes mean.
#ifndef PITH_SRC_FETCH_FILE_H_
#define PITH_SRC_FETCH_FILE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "pith/status.h"

namespace pith::internal {

// kInvalidArgument when `path` holds a NUL byte, where the C library reads
// a file name as ending ("page.html\0.txt" would open page.html); kIoError
// (ENOENT, as the system says) for an empty name, which a message would
// print as nothing at all ("cannot open : ..."); else OK. Every file the
// library opens by a caller's name is checked so.
Status CheckFileName(const std::string& path);

// The size of the regular file `path` names, asked of the system before
// the file is opened (opening a FIFO would wait for a writer): kIoError
// naming it when it cannot be found or reached (the system's errno), is a
// directory (EISDIR) or is not a regular file (a device such as /dev/null,
// a FIFO, a socket); CheckFileName()'s errors first. Every file the library
// reads by a caller's name is checked so, whole or streamed.
Result<std::uint64_t> RegularFileSize(const std::string& path);

// Reads a whole regular file: RegularFileSize()'s errors, kIoError if it
// cannot be opened or read, kTooLarge if it is larger than `max_bytes`, the
// message naming `limit_name`, the option the limit comes from.
Result<std::string> ReadFileBytes(const std::string& path, std::size_t max_bytes,
                                  std::string_view limit_name = {});

// True when `bytes` start with the gzip magic number.
bool IsGzip(std::string_view bytes);

// Inflates a gzip stream (several members are concatenated). kTooLarge as
// soon as the output would pass `max_bytes` (a gzip bomb stops there), its
// message naming `limit_name`, the option the limit comes from ("gzip data
// inflates to more than 64 MiB (ExtractOptions::max_input_bytes)");
// kDecodeError for a corrupt or truncated stream.
Result<std::string> Gunzip(std::string_view bytes, std::size_t max_bytes,
                           std::string_view limit_name = {});

// Inflates a gzip stream as Gunzip() does, but one cut short keeps what
// arrived, as browsers show a page cut short: a payload an archiver
// truncated ("WARC-Truncated: length"). Corrupt data is still kDecodeError.
Result<std::string> GunzipPrefix(std::string_view bytes, std::size_t max_bytes,
                                 std::string_view limit_name = {});

// Inflates "Content-Encoding: deflate" data: zlib-wrapped or raw. A stream
// cut short keeps what arrived; kTooLarge past `max_bytes`, as Gunzip();
// kDecodeError for corrupt data.
Result<std::string> InflateDeflate(std::string_view bytes, std::size_t max_bytes,
                                   std::string_view limit_name = {});

// Compresses `bytes` as one gzip member.
std::string Gzip(std::string_view bytes);

// Writes `bytes` to `path` whole or not at all: to a temporary file beside
// it, then renamed over it. kIoError with the cause on failure.
Status WriteFileAtomically(const std::string& path, std::string_view bytes);

}  // namespace pith::internal

#endif  // PITH_SRC_FETCH_FILE_H_
