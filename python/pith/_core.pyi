"""Type stubs of pith._core, the pybind11 module that pith re-exports."""

from __future__ import annotations

import os
from typing import (Any, Callable, Iterable, Iterator, Literal, NoReturn, Protocol, TypedDict,
                    overload)

__version__: str

# The values as documented; pith takes them in any ASCII case too ("JSON"),
# as the command line does, but a type checker is told the usual spelling.
Favor = Literal["balanced", "precision", "recall"]
Format = Literal["text", "txt", "markdown", "md", "html", "json"]
PageType = Literal["article", "forum", "product", "service", "documentation", "listing", "collection", "other"]

# The types of pith.EXTRACT_DEFAULTS, FETCH_DEFAULTS and WARC_DEFAULTS: each
# keyword option of extract(), fetch() and iter_warc() with the type it takes.
class ExtractDefaults(TypedDict):
    content_type: str | None
    favor: Favor
    include_comments: bool
    include_tables: bool
    min_text_chars: int
    encoding: str | None
    max_input_bytes: int
    max_parse_memory_bytes: int
    max_parse_seconds: float
    max_nesting_depth: int
    max_elements: int
    page_type: PageType | None

class FetchDefaults(TypedDict):
    connect_timeout_seconds: float
    timeout_seconds: float
    max_redirects: int
    max_body_bytes: int
    max_parallel: int
    retries: int
    retry_wait_seconds: float
    max_retry_wait_seconds: float
    compressed: bool
    http2: bool
    proxy_from_environment: bool
    user_agent: str | None
    obey_robots: bool
    max_per_host: int
    per_host_delay_seconds: float
    max_crawl_delay_seconds: float
    max_robots_bytes: int

class WarcDefaults(TypedDict):
    max_header_bytes: int
    max_record_bytes: int

# The classes below are made by pith only (pith.extract(), pith.fetch(),
# pith.iter_warc(), ...); calling one raises TypeError. Their __init__ asks
# for a keyword no value can fill, so a type checker refuses the call too:
# 'Missing named argument "_made_by_pith_only"'.

class Link:
    """A link inside a block: text[begin:end] points to url."""

    def __init__(self, *, _made_by_pith_only: NoReturn) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

    @property
    def begin(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def url(self) -> str: ...
    def to_dict(self) -> dict[str, Any]: ...

class Block:
    """One block of visible text of the page, with pith's decision on it."""

    def __init__(self, *, _made_by_pith_only: NoReturn) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

    @property
    def kind(self) -> Literal["paragraph", "heading", "list-item", "quote", "code", "table-cell", "caption"]: ...
    @property
    def level(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def kept(self) -> bool: ...
    @property
    def score(self) -> float: ...
    @property
    def reason(self) -> str: ...
    @property
    def ordered(self) -> bool: ...
    @property
    def marker(self) -> str: ...
    @property
    def number(self) -> int: ...
    @property
    def list_type(self) -> Literal["", "1", "a", "A", "i", "I"]: ...
    @property
    def reversed(self) -> bool: ...
    @property
    def table(self) -> int: ...
    @property
    def row(self) -> int: ...
    @property
    def column(self) -> int: ...
    @property
    def header(self) -> bool: ...
    @property
    def comment(self) -> bool: ...
    @property
    def language(self) -> str: ...
    @property
    def item_level(self) -> int: ...
    @property
    def item_start(self) -> bool: ...
    @property
    def list_id(self) -> int: ...
    @property
    def quoted(self) -> bool: ...
    @property
    def code_spans(self) -> list[tuple[int, int]]: ...
    @property
    def links(self) -> list[Link]: ...
    def to_dict(self) -> dict[str, Any]: ...

class Image:
    """An image of the page."""

    def __init__(self, *, _made_by_pith_only: NoReturn) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

    @property
    def url(self) -> str: ...
    @property
    def alt(self) -> str: ...
    @property
    def caption(self) -> str: ...
    @property
    def before_block(self) -> int: ...
    @property
    def kept(self) -> bool: ...
    def to_dict(self) -> dict[str, Any]: ...

class Article:
    """What pith.extract() returns: the page's metadata, its main text, and every block."""

    def __init__(self, *, _made_by_pith_only: NoReturn) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

    @property
    def found(self) -> bool: ...
    @property
    def url(self) -> str: ...
    @property
    def input(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def authors(self) -> list[str]: ...
    @property
    def date(self) -> str: ...
    @property
    def site_name(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def image(self) -> str: ...
    @property
    def canonical(self) -> str: ...
    @property
    def language(self) -> str: ...
    @property
    def dir(self) -> str: ...
    @property
    def encoding(self) -> str: ...
    @property
    def page_type(self) -> PageType: ...
    @property
    def text(self) -> str: ...
    @property
    def comments(self) -> str: ...
    @property
    def blocks(self) -> list[Block]: ...
    @property
    def images(self) -> list[Image]: ...
    @property
    def warc_record_id(self) -> str: ...
    @property
    def warc_date(self) -> str: ...
    @property
    def warc_target_uri(self) -> str: ...
    def to_dict(self, *, blocks: bool = True) -> dict[str, Any]: ...
    def render(
        self,
        format: Format = "text",
        *,
        with_blocks: bool = False,
        with_comments: bool = False,
        with_links: bool = False,
        with_images: bool = False,
    ) -> str: ...

class Response:
    """The outcome of downloading one URL, filled as far as the download got.

    URLs and headers are str: UTF-8, a byte that is not as the surrogate
    os.fsdecode() makes ("surrogateescape"); .encode("utf-8",
    "surrogateescape") gives the bytes back.
    """

    def __init__(self, *, _made_by_pith_only: NoReturn) -> None: ...

    @property
    def url(self) -> str: ...
    @property
    def final_url(self) -> str: ...
    @property
    def http_status(self) -> int: ...
    @property
    def content_type(self) -> str: ...
    @property
    def headers(self) -> list[tuple[str, str]]: ...
    @property
    def body(self) -> bytes: ...
    @property
    def attempts(self) -> int: ...
    @property
    def ok(self) -> bool: ...
    @property
    def error(self) -> Exception | None: ...
    def raise_for_error(self) -> None: ...
    def extract(
        self,
        *,
        favor: Favor = "balanced",
        include_comments: bool = False,
        include_tables: bool = True,
        min_text_chars: int = 50,
        encoding: str | None = None,
        max_input_bytes: int = 67108864,
        max_parse_memory_bytes: int = 1073741824,
        max_parse_seconds: float = 30.0,
        max_nesting_depth: int = 5000,
        max_elements: int = 4000000,
        page_type: PageType | None = None,
    ) -> Article: ...

class Record:
    """One record of a WARC file, as pith.iter_warc() yields it.

    Header fields are str: UTF-8, a byte that is not (a Latin-1 value) as
    the surrogate os.fsdecode() makes ("surrogateescape"); .encode("utf-8",
    "surrogateescape") gives the bytes back.
    """

    def __init__(self, *, _made_by_pith_only: NoReturn) -> None: ...

    @property
    def offset(self) -> int: ...
    @property
    def version(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def record_id(self) -> str: ...
    @property
    def date(self) -> str: ...
    @property
    def target_uri(self) -> str: ...
    @property
    def content_type(self) -> str: ...
    @property
    def content_length(self) -> int: ...
    @property
    def headers(self) -> list[tuple[str, str]]: ...
    @property
    def http_status(self) -> int: ...
    @property
    def http_headers(self) -> list[tuple[str, str]]: ...
    @property
    def http_content_type(self) -> str: ...
    @property
    def payload(self) -> bytes: ...
    @property
    def ok(self) -> bool: ...
    @property
    def error(self) -> Exception | None: ...
    @property
    def is_html(self) -> bool: ...
    def header(self, name: str) -> str: ...
    def http_header(self, name: str) -> str: ...
    def raise_for_error(self) -> None: ...
    def extract(
        self,
        *,
        favor: Favor = "balanced",
        include_comments: bool = False,
        include_tables: bool = True,
        min_text_chars: int = 50,
        encoding: str | None = None,
        max_input_bytes: int = 67108864,
        max_parse_memory_bytes: int = 1073741824,
        max_parse_seconds: float = 30.0,
        max_nesting_depth: int = 5000,
        max_elements: int = 4000000,
        page_type: PageType | None = None,
    ) -> Article: ...
    def error_json(self, error: Exception, input: str | bytes | os.PathLike[str] = "") -> str: ...

class WarcIterator(Iterator[Record]):
    """The records of one WARC file (pith.iter_warc())."""

    def __init__(self, *, _made_by_pith_only: NoReturn) -> None: ...

    def __iter__(self) -> WarcIterator: ...
    def __next__(self) -> Record: ...
    @property
    def bytes_read(self) -> int: ...
    def close(self) -> None: ...
    def __enter__(self) -> WarcIterator: ...
    def __exit__(self, *args: object) -> None: ...

class _BinaryReader(Protocol):
    def read(self, size: int, /) -> bytes | bytearray: ...

def iter_warc(
    path_or_file: str | bytes | os.PathLike[str] | os.PathLike[bytes] | _BinaryReader,
    *,
    max_header_bytes: int = 262144,
    max_record_bytes: int = 67108864,
) -> WarcIterator: ...
def warc_defaults() -> WarcDefaults: ...
def extract(
    html: str | bytes | bytearray | memoryview,
    url: str | None = None,
    *,
    content_type: str | None = None,
    favor: Favor = "balanced",
    include_comments: bool = False,
    include_tables: bool = True,
    min_text_chars: int = 50,
    encoding: str | None = None,
    max_input_bytes: int = 67108864,
    max_parse_memory_bytes: int = 1073741824,
    max_parse_seconds: float = 30.0,
    max_nesting_depth: int = 5000,
    max_elements: int = 4000000,
    page_type: PageType | None = None,
) -> Article: ...
def extract_file(
    path: str | bytes | os.PathLike[str] | os.PathLike[bytes],
    url: str | None = None,
    *,
    content_type: str | None = None,
    favor: Favor = "balanced",
    include_comments: bool = False,
    include_tables: bool = True,
    min_text_chars: int = 50,
    encoding: str | None = None,
    max_input_bytes: int = 67108864,
    max_parse_memory_bytes: int = 1073741824,
    max_parse_seconds: float = 30.0,
    max_nesting_depth: int = 5000,
    max_elements: int = 4000000,
    page_type: PageType | None = None,
) -> Article: ...
# A str is an Iterable[str] too: the first overload that matches wins, as intended.
@overload
def fetch(  # type: ignore[misc]
    urls: str,
    *,
    on_done: Callable[[int, Response], object] | None = None,
    should_cancel: Callable[[], object] | None = None,
    connect_timeout_seconds: float = 10.0,
    timeout_seconds: float = 30.0,
    max_redirects: int = 10,
    max_body_bytes: int = 20971520,
    max_parallel: int = 8,
    retries: int = 0,
    retry_wait_seconds: float = 1.0,
    max_retry_wait_seconds: float = 120.0,
    compressed: bool = True,
    http2: bool = True,
    proxy_from_environment: bool = True,
    user_agent: str | None = None,
    obey_robots: bool = True,
    max_per_host: int = 2,
    per_host_delay_seconds: float = 1.0,
    max_crawl_delay_seconds: float = 30.0,
    max_robots_bytes: int = 512000,
) -> Response: ...
@overload
def fetch(
    urls: Iterable[str],
    *,
    on_done: Callable[[int, Response], object] | None = None,
    should_cancel: Callable[[], object] | None = None,
    connect_timeout_seconds: float = 10.0,
    timeout_seconds: float = 30.0,
    max_redirects: int = 10,
    max_body_bytes: int = 20971520,
    max_parallel: int = 8,
    retries: int = 0,
    retry_wait_seconds: float = 1.0,
    max_retry_wait_seconds: float = 120.0,
    compressed: bool = True,
    http2: bool = True,
    proxy_from_environment: bool = True,
    user_agent: str | None = None,
    obey_robots: bool = True,
    max_per_host: int = 2,
    per_host_delay_seconds: float = 1.0,
    max_crawl_delay_seconds: float = 30.0,
    max_robots_bytes: int = 512000,
) -> list[Response]: ...
def extract_defaults() -> ExtractDefaults: ...
def fetch_defaults() -> FetchDefaults: ...

#: text as pith's messages quote it: control characters and undecodable bytes escaped.
def printable(text: str | bytes | os.PathLike[str] | os.PathLike[bytes]) -> str: ...

#: The largest min_text_chars extract() takes, as pith's --min-chars.
MAX_MIN_TEXT_CHARS: int

#: A size as pith's --max-input takes it ("500k", "1.5M"), in bytes; None if it is none.
def parse_size(text: str) -> int | None: ...

#: A count as pith's --min-chars takes it (digits only), from 0 to max; None if it is none.
def parse_whole_number(text: str, max: int) -> int | None: ...

#: Reads extract()'s keyword options as it does; its errors are named after function.
def check_extract_options(function: str, /, **options: Any) -> None: ...

#: record.extract(**options), its errors naming max_input_bytes and max_record_bytes limit_name.
def extract_record(record: Record, limit_name: str, /, **options: Any) -> Article: ...

#: iter_warc(path_or_file, **options), its records' errors naming max_record_bytes limit_name.
def iter_warc_named(path_or_file: str | bytes | os.PathLike[str] | os.PathLike[bytes] | _BinaryReader,
                    limit_name: str, /, **options: Any) -> WarcIterator: ...

#: The focus names extract(favor=...) takes, in the order its message names them.
FAVOR_NAMES: tuple[str, ...]

#: A focus name as extract(favor=...) reads it (any case), in lower case; None if it is none.
def parse_favor(text: str) -> str | None: ...

class CheckResult:
    """What became of one expectation of one saved page."""

    def __init__(self, *, _made_by_pith_only: NoReturn) -> None: ...

    @property
    def name(self) -> str: ...
    @property
    def page(self) -> str: ...
    @property
    def expected(self) -> str: ...
    @property
    def format(self) -> Literal["text", "markdown", "html", "json"]: ...
    @property
    def outcome(self) -> Literal["unchanged", "changed", "missing", "failed", "created", "updated"]: ...
    @property
    def diff(self) -> str: ...
    @property
    def fields(self) -> list[tuple[str, str]]: ...
    @property
    def error(self) -> Exception | None: ...

class CheckReport:
    """The outcome of checking a directory of saved pages."""

    def __init__(self, *, _made_by_pith_only: NoReturn) -> None: ...

    @property
    def results(self) -> list[CheckResult]: ...
    @property
    def pages(self) -> int: ...
    @property
    def unchanged(self) -> int: ...
    @property
    def changed(self) -> int: ...
    @property
    def missing(self) -> int: ...
    @property
    def failed(self) -> int: ...
    @property
    def updated(self) -> int: ...
    @property
    def written(self) -> int: ...
    @property
    def updating(self) -> bool: ...
    @property
    def orphans(self) -> list[str]: ...
    @property
    def summary(self) -> str: ...
    @property
    def exit_code(self) -> int: ...

def check_directory(
    directory: str | bytes | os.PathLike[str] | os.PathLike[bytes],
    *,
    update: bool = False,
    only: str | bytes | os.PathLike[str] | os.PathLike[bytes] = "",
    read_config: bool = True,
    formats: list[Format] = ...,
    json_fields: list[str] = ...,
    context_lines: int = 3,
    max_diff_lines: int = 60,
    with_blocks: bool = False,
    with_comments: bool = False,
    with_links: bool = False,
    with_images: bool = False,
    favor: Favor = "balanced",
    include_comments: bool = False,
    include_tables: bool = True,
    min_text_chars: int = 50,
    encoding: str | None = None,
    max_input_bytes: int = 67108864,
    max_parse_memory_bytes: int = 1073741824,
    max_parse_seconds: float = 30.0,
    max_nesting_depth: int = 5000,
    max_elements: int = 4000000,
    page_type: PageType | None = None,
) -> CheckReport: ...
