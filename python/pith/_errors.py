"""pith's exceptions: one class per status code of the C++ library."""

from __future__ import annotations

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
]


class Error(Exception):
    """Base class of every error pith raises; str(error) and .message name the input and the cause."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InvalidArgument(Error, ValueError):
    """An option or argument is out of range: an unknown encoding label, favor or format."""


class IoError(Error, OSError):
    """A file could not be opened or read."""

    def __str__(self) -> str:  # OSError's own __str__ would show errno fields
        return self.message


class FetchError(Error):
    """A download failed: DNS, connection, TLS, an HTTP status of 400 or above, redirects."""


class DecodeError(Error):
    """The bytes are not a page: binary data (PDF, image, archive) or a broken gzip stream."""


class TooLarge(Error):
    """The input exceeds a size limit (max_input_bytes, max_body_bytes) or a parser limit."""


class Timeout(Error, TimeoutError):
    """A download or a parse took longer than its time limit."""

    def __str__(self) -> str:
        return self.message


class UnsupportedType(Error):
    """A download or WARC record is not HTML (PDF, image, JSON): skipped, never parsed."""


class Disallowed(Error):
    """robots.txt disallows the URL: skipped, never requested; the message names the rule."""
