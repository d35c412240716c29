"""pith strips the boilerplate off web pages: give it a page, it returns the story.

A binding over pith's C++ library (include/pith/): no second implementation.

    >>> import pith
    >>> article = pith.extract(html_bytes, url="https://example.org/story")
    >>> article.found, article.title, article.authors
    >>> print(article.text)
    >>> article.render("markdown", with_links=True)

Functions: extract(), extract_file(), fetch(), iter_warc(). Classes: Article,
Block, Link, Image, Response, Record. Errors: Error and one subclass per status code
(InvalidArgument, IoError, FetchError, DecodeError, TooLarge, Timeout,
UnsupportedType, Disallowed, CancelledError; a missing file raises
IoError.FileNotFoundError, also a FileNotFoundError). Integrations: pith.scrapy (Scrapy), pith.dask
(Dask), pith.testing (checks of saved pages, a pytest plugin).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Callable, Iterable

from pith._errors import (
    CancelledError,
    DecodeError,
    Disallowed,
    Error,
    FetchError,
    InvalidArgument,
    IoError,
    Timeout,
    TooLarge,
    UnsupportedType,
)
from pith._core import (
    Article,
    Block,
    Image,
    Link,
    Record,
    Response,
    WarcIterator,
    __version__,
)
from pith import _core, _errors

# Shown as pith.Article, pith.TooLarge, ... rather than by their private modules.
for _cls in (Article, Block, Image, Link, Record, Response, WarcIterator, CancelledError,
             DecodeError, Disallowed, Error, FetchError, InvalidArgument, IoError, Timeout,
             TooLarge, UnsupportedType):
    _cls.__module__ = "pith"
for _cls in _errors._IO_SUBCLASSES:  # pith.IoError.FileNotFoundError, ...
    _cls.__module__ = "pith"
del _cls


def _doc(function: Any) -> str:
    """A bound function's docstring without the signature line pybind11 puts first."""
    doc: str = function.__doc__
    head, _, rest = doc.partition("\n")
    return rest.lstrip("\n") if head.startswith(function.__name__ + "(") else doc


# The public functions are Python functions calling the bound ones, so that
# pickle finds them by name (pith.extract) and sends them to a process pool
# or a Dask worker: a pybind11 function pickles as its C++ record, which it
# cannot. Type checkers read the bound ones' signatures in _core.pyi.
if TYPE_CHECKING:
    from pith._core import extract, extract_file, fetch, iter_warc
else:
    def extract(html: str | bytes | bytearray | memoryview, url: str | None = None,
                **options: Any) -> Article:
        return _core.extract(html, url, **options)

    def extract_file(path: str | bytes | os.PathLike[str] | os.PathLike[bytes],
                     url: str | None = None, **options: Any) -> Article:
        return _core.extract_file(path, url, **options)

    def fetch(urls: str | Iterable[str], *,
              on_done: Callable[[int, Response], object] | None = None,
              should_cancel: Callable[[], object] | None = None,
              **options: Any) -> Response | list[Response]:
        return _core.fetch(urls, on_done=on_done, should_cancel=should_cancel, **options)

    def iter_warc(path_or_file: Any, **options: Any) -> WarcIterator:
        return _core.iter_warc(path_or_file, **options)

    for _function in (extract, extract_file, fetch, iter_warc):
        _function.__doc__ = _doc(getattr(_core, _function.__name__))
    del _function



def _restore(kind: str, state: tuple[Any, ...]) -> object:
    """Unpickles an Article, Block, Link, Image or Record: what their __reduce__() names."""
    if kind not in ("article", "block", "link", "image", "record"):
        raise ValueError(f"not a pickled pith object: {kind!r}")
    return getattr(_core, f"_restore_{kind}")(state)


#: The default of every keyword option of extract(), read from the C++ library.
EXTRACT_DEFAULTS = _core.extract_defaults()
#: The default of every keyword option of fetch(), read from the C++ library.
FETCH_DEFAULTS = _core.fetch_defaults()
#: The default of every keyword option of iter_warc(), read from the C++ library.
WARC_DEFAULTS = _core.warc_defaults()

__all__ = [
    "Article",
    "Block",
    "CancelledError",
    "DecodeError",
    "Disallowed",
    "EXTRACT_DEFAULTS",
    "Error",
    "FETCH_DEFAULTS",
    "FetchError",
    "Image",
    "InvalidArgument",
    "IoError",
    "Link",
    "Record",
    "Response",
    "Timeout",
    "TooLarge",
    "UnsupportedType",
    "WARC_DEFAULTS",
    "WarcIterator",
    "__version__",
    "extract",
    "extract_file",
    "fetch",
    "iter_warc",
]
