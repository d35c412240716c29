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
UnsupportedType, Disallowed). Integrations: pith.scrapy (Scrapy), pith.dask
(Dask), pith.testing (checks of saved pages, a pytest plugin).
"""

from __future__ import annotations

from pith._errors import (
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
    extract,
    extract_file,
    fetch,
    iter_warc,
)
from pith import _core

# Shown as pith.Article, pith.TooLarge, ... rather than by their private modules.
for _cls in (Article, Block, Image, Link, Record, Response, WarcIterator, DecodeError, Disallowed,
             Error, FetchError, InvalidArgument, IoError, Timeout, TooLarge, UnsupportedType):
    _cls.__module__ = "pith"
del _cls



def _restore(kind: str, state: tuple) -> object:
    """Unpickles an Article, Block, Link or Image: what their __reduce__() names."""
    if kind not in ("article", "block", "link", "image"):
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
