"""pith's exceptions: one class per status code of the C++ library."""

from __future__ import annotations

import concurrent.futures
import errno as _errno_codes
import os
from typing import Any

__all__ = [
    "Error",
    "InvalidArgument",
    "IoError",
    "FetchError",
    "DecodeError",
    "TooLarge",
    "Timeout",
    "UnsupportedType",
    "Disallowed",
    "CancelledError",
]


class Error(Exception):
    """Base class of every error pith raises; str(error) and .message name the input and the cause."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InvalidArgument(Error, ValueError):
    """An option or argument is not taken: out of range, an unknown encoding label, favor or
    format, a URL that is not http or https, a NUL byte in a file name."""


class IoError(Error, OSError):
    """A file could not be opened or read. An OSError with errno, strerror and filename set when
    the system said why, and then also the builtin subclass for that errno, as OSError would be:
    IoError.FileNotFoundError (a FileNotFoundError), IoError.PermissionError,
    IoError.IsADirectoryError, IoError.NotADirectoryError."""

    def __init__(self, message: str, errno: int | None = None,
                 filename: str | None = None) -> None:
        if errno is None:
            OSError.__init__(self, message)
        elif filename is None:
            OSError.__init__(self, errno, os.strerror(errno))
        else:
            OSError.__init__(self, errno, os.strerror(errno), filename)
        self.message = message

    def __str__(self) -> str:  # OSError's own __str__ would show errno fields
        return self.message

    def __repr__(self) -> str:  # OSError's would show (errno, strerror) and not the message
        return f"{type(self).__qualname__}({self.message!r})"

    def __reduce__(self) -> tuple[Any, ...]:  # OSError's would call the class with (errno, strerror)
        return type(self), (self.message, self.errno, self.filename), self.__dict__

    # The subclasses the binding raises for these errnos (set below).
    FileNotFoundError: type[IoError]
    PermissionError: type[IoError]
    IsADirectoryError: type[IoError]
    NotADirectoryError: type[IoError]


def _io_subclass(builtin: type[OSError], doc: str) -> type[IoError]:
    cls = type(builtin.__name__, (IoError, builtin), {"__doc__": doc})
    cls.__qualname__ = f"IoError.{builtin.__name__}"
    setattr(IoError, builtin.__name__, cls)
    return cls


_IO_SUBCLASSES = (
    _io_subclass(FileNotFoundError, "The file or directory does not exist (ENOENT)."),
    _io_subclass(PermissionError, "The system denied access to the file (EACCES, EPERM)."),
    _io_subclass(IsADirectoryError, "A directory was given where a file was needed (EISDIR)."),
    _io_subclass(NotADirectoryError, "A file was given where a directory was needed (ENOTDIR)."),
)

# errno -> the IoError subclass: the one whose builtin OSError(errno, ...) itself becomes.
_IO_ERROR_BY_ERRNO = {
    number: cls
    for number in _errno_codes.errorcode
    for cls in _IO_SUBCLASSES
    if type(OSError(number, "")) in cls.__bases__
}


def _io_error(message: str, errno: int, filename: str | None) -> IoError:
    """The IoError for an error number the system gave (what the binding raises)."""
    return _IO_ERROR_BY_ERRNO.get(errno, IoError)(message, errno, filename)


class FetchError(Error):
    """A download failed: DNS, connection, TLS, an HTTP status of 400 or above, redirects."""


class DecodeError(Error):
    """The bytes are not a page: binary data (PDF, image, archive), a broken gzip stream, or a
    damaged WARC record."""


class TooLarge(Error):
    """The input exceeds a size limit (max_input_bytes, max_body_bytes, max_record_bytes) or a
    parser limit; the message names the keyword that sets it."""


class Timeout(Error, TimeoutError):
    """A download or a parse took longer than its time limit."""

    def __str__(self) -> str:
        return self.message


class UnsupportedType(Error):
    """A download, a WARC record or a page given with its content_type is not HTML
    (PDF, image, JSON): skipped, never parsed; the message names the type."""


class Disallowed(Error):
    """robots.txt disallows the URL: skipped, never requested; the message names the rule."""


# An Exception, as concurrent.futures' CancelledError is (which a cancelled Future's result()
# raises), so that `except Exception` and `except pith.Error` take it as any other per-URL
# error; not asyncio's, a BaseException that asyncio reads as its own task being cancelled.
class CancelledError(Error, concurrent.futures.CancelledError):
    """The call was stopped before it was done (fetch()'s should_cancel): the download did not
    end, and what had come of it is dropped. Also a concurrent.futures.CancelledError."""
