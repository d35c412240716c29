// pith._core: the Python binding over pith's public C++ API (include/pith/).
//
// Nothing here extracts anything: every call goes to the library. This file
// converts arguments and results, releases the GIL while the library works,
// and turns a non-OK pith::Status into the matching pith.Error subclass
// (defined in pith/_errors.py). The public Python API is pith/__init__.py;
// the types are in pith/_core.pyi.
#include <pybind11/functional.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <initializer_list>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "pith/check.h"
#include "pith/pith.h"

namespace py = pybind11;

namespace {

// The pith.Error subclass named after a status code.
const char* ErrorClassName(pith::Status::Code code) {
  switch (code) {
    case pith::Status::Code::kInvalidArgument: return "InvalidArgument";
    case pith::Status::Code::kIoError: return "IoError";
    case pith::Status::Code::kFetchError: return "FetchError";
    case pith::Status::Code::kDecodeError: return "DecodeError";
    case pith::Status::Code::kTooLarge: return "TooLarge";
    case pith::Status::Code::kTimeout: return "Timeout";
    case pith::Status::Code::kUnsupportedType: return "UnsupportedType";
    case pith::Status::Code::kDisallowed: return "Disallowed";
    case pith::Status::Code::kCancelled: return "CancelledError";
    case pith::Status::Code::kOk: break;
  }
  return "Error";
}

// A file name as the library takes it, from a path as os.open() takes it:
// a str (encoded as os.fsencode() does, so a name's bytes that are not
// UTF-8, decoded to surrogates by os.listdir() or os.fsdecode(), come back
// as they were), bytes, or an os.PathLike giving either.
std::string FsPath(const py::handle& path) {
  return py::module_::import("os").attr("fsencode")(path).cast<std::string>();
}

// A file name from the library as Python gives one: os.fsdecode()'s str,
// whose bytes that are not UTF-8 are surrogates that os.open() and
// FsPath() turn back into them.
py::str FsText(const std::string& name) {
  PyObject* text =
      PyUnicode_DecodeFSDefaultAndSize(name.data(), static_cast<Py_ssize_t>(name.size()));
  if (text == nullptr) throw py::error_already_set();
  return py::reinterpret_steal<py::str>(text);
}

// Text from the wire or an archive, URLs and header fields, as a str: UTF-8,
// and a byte that is not UTF-8 (a Latin-1 header value, a raw byte in a
// Location) the surrogate "surrogateescape" makes of it, "caf\udcff", as
// FsText() does for a name: nothing is lost (WireBytes() and
// value.encode("utf-8", "surrogateescape") give the bytes back) and a URL
// reads the same as Article.url, which FsText() gives.
py::str WireText(const std::string& text) {
  PyObject* str =
      PyUnicode_DecodeUTF8(text.data(), static_cast<Py_ssize_t>(text.size()), "surrogateescape");
  if (str == nullptr) throw py::error_already_set();
  return py::reinterpret_steal<py::str>(str);
}

// The bytes of a str WireText() gave (unpickling).
std::string WireBytes(const py::handle& text) {
  return py::reinterpret_borrow<py::str>(text)
      .attr("encode")("utf-8", "surrogateescape")
      .cast<std::string>();
}

// A message as Python prints text: a byte in it that is not UTF-8 (a file
// name's) written as repr() writes the surrogate os.fsdecode() makes of it,
// "caf\udcff.html", so that the message prints anywhere.
py::str MessageText(const std::string& message) {
  return FsText(message).attr("encode")("utf-8", "backslashreplace").attr("decode")("utf-8");
}

// How the library's messages name its options to a Python caller (the
// options' OptionNamer): by the keyword that sets one, the C++ field's name
// ("max_input_bytes" for "ExtractOptions::max_input_bytes"). With
// `input_limit`, both limits on a page's size (max_input_bytes, and
// iter_warc()'s max_record_bytes) are named `input_limit` instead: a caller
// that sets both with one option of its own gives that option's name
// (pith.dask's limit_name).
pith::OptionNamer KeywordNames(std::string input_limit = {}) {
  if (input_limit.empty()) {
    return [](std::string_view option) {
      const std::size_t colons = option.rfind("::");
      return std::string(colons == std::string_view::npos ? option : option.substr(colons + 2));
    };
  }
  return [input_limit = std::move(input_limit)](std::string_view option) {
    if (option == "ExtractOptions::max_input_bytes" || option == "WarcOptions::max_record_bytes") {
      return input_limit;
    }
    return KeywordNames()(option);
  };
}

// A pith.Error instance for a non-OK status (not raised).
py::object ErrorObject(const pith::Status& status) {
  py::object errors = py::module_::import("pith._errors");
  const py::str message = MessageText(status.message());
  if (status.code() == pith::Status::Code::kIoError && status.error_number() != 0) {
    // The system's errno: the IoError that is also FileNotFoundError, ...
    py::object filename = py::none();
    if (!status.path().empty()) filename = FsText(status.path());
    return errors.attr("_io_error")(message, status.error_number(), filename);
  }
  return errors.attr(ErrorClassName(status.code()))(message);
}

// Raises the pith.Error subclass for a non-OK status.
[[noreturn]] void Raise(const pith::Status& status) {
  py::object error = ErrorObject(status);
  PyErr_SetObject(error.get_type().ptr(), error.ptr());
  throw py::error_already_set();
}

// Every code but kOk.
constexpr pith::Status::Code kErrorCodes[] = {
    pith::Status::Code::kInvalidArgument, pith::Status::Code::kIoError,
    pith::Status::Code::kFetchError,      pith::Status::Code::kDecodeError,
    pith::Status::Code::kTooLarge,        pith::Status::Code::kTimeout,
    pith::Status::Code::kUnsupportedType, pith::Status::Code::kDisallowed,
    pith::Status::Code::kCancelled};

// The status of error code `code` (not kOk) with `message`.
pith::Status StatusWithCode(pith::Status::Code code, std::string message) {
  using C = pith::Status::Code;
  switch (code) {
    case C::kInvalidArgument:
      return pith::Status::InvalidArgument(std::move(message));
    case C::kIoError:
      return pith::Status::IoError(std::move(message));
    case C::kFetchError:
      return pith::Status::FetchError(std::move(message));
    case C::kDecodeError:
      return pith::Status::DecodeError(std::move(message));
    case C::kTooLarge:
      return pith::Status::TooLarge(std::move(message));
    case C::kTimeout:
      return pith::Status::Timeout(std::move(message));
    case C::kDisallowed:
      return pith::Status::Disallowed(std::move(message));
    case C::kCancelled:
      return pith::Status::Cancelled(std::move(message));
    default:
      return pith::Status::UnsupportedType(std::move(message));
  }
}

// The status a pith.Error instance stands for (its class names the code).
pith::Status StatusOf(const py::handle& error) {
  py::object errors = py::module_::import("pith._errors");
  if (!py::isinstance(error, errors.attr("Error"))) {
    throw py::type_error("error must be a pith.Error");
  }
  const std::string message = py::str(error.attr("message"));
  for (pith::Status::Code code : kErrorCodes) {
    if (py::isinstance(error, errors.attr(ErrorClassName(code))))
      return StatusWithCode(code, message);
  }
  return pith::Status::DecodeError(message);  // a bare pith.Error: the input could not be read
}

// An InvalidArgument named after the function it is an argument of, as a
// TypeError of Cast() is: "extract(): min_text_chars must not be negative".
[[noreturn]] void RaiseInvalidArgument(const char* function, const std::string& what) {
  Raise(pith::Status::InvalidArgument(std::string(function) + "(): " + what));
}

// FsPath() of a file the library is to open, argument `key` of
// `function`. A NUL in it is refused, as os.open() refuses it: the C
// library would read the name as ending there ("page.html\0.txt" opening
// page.html).
std::string OpenedPath(const char* function, const char* key, const py::handle& path) {
  std::string name = FsPath(path);
  if (name.find('\0') != std::string::npos) {
    RaiseInvalidArgument(function, std::string(key) + " must not hold a NUL byte");
  }
  return name;
}

template <typename T>
T Value(pith::Result<T> result) {
  if (!result.ok()) Raise(result.status());
  return std::move(result).value();
}

// --- options -----------------------------------------------------------------

// Every Focus, in the order a message names them (and FAVOR_NAMES lists them).
constexpr pith::ExtractOptions::Focus kFocuses[] = {pith::ExtractOptions::Focus::kBalanced,
                                                    pith::ExtractOptions::Focus::kPrecision,
                                                    pith::ExtractOptions::Focus::kRecall};

// favor= in any ASCII case, as the command line takes --format JSON: the
// library's ParseFocus(), so the names and their case are read in one place.
pith::ExtractOptions::Focus FocusFromName(const char* function, const std::string& name) {
  using Focus = pith::ExtractOptions::Focus;
  Focus focus = Focus::kBalanced;
  if (pith::ParseFocus(name, &focus)) return focus;
  const auto quoted = [](Focus f) { return "\"" + std::string(pith::FocusName(f)) + "\""; };
  RaiseInvalidArgument(function, "favor must be " + quoted(kFocuses[0]) + ", " + quoted(kFocuses[1]) +
                                     " or " + quoted(kFocuses[2]) + ", not \"" +
                                     pith::Printable(name) + "\"");
}

// The Python type a Cast<T> takes, for its TypeError.
template <typename T>
const char* PythonTypeName();
template <> const char* PythonTypeName<bool>() { return "bool"; }
template <> const char* PythonTypeName<double>() { return "float"; }
template <> const char* PythonTypeName<long long>() { return "int"; }
template <> const char* PythonTypeName<std::string>() { return "str"; }
template <> const char* PythonTypeName<std::vector<std::string>>() { return "a list of str"; }

// A keyword argument's value as T, or a TypeError naming the keyword, the
// type it takes and the type it got, as Python's own say it: "extract():
// min_text_chars must be int, not str". `none_too`: None is taken as well
// (the caller reads it before casting), and the message says so.
// A str is taken as a str only: pybind11 reads bytes as a std::string too,
// so that url=b"https://..." or favor=b"precision" passed where the
// documentation and the stubs say str, as no well-kept function of Python's
// lets it (os.path.join("a", b"b") is a TypeError); and so in a list of str.
template <typename T>
T Cast(const char* function, const std::string& key, py::handle value, bool none_too = false) {
  const auto refuse = [&](py::handle given) {
    return py::type_error(std::string(function) + "(): " + key + " must be " + PythonTypeName<T>() +
                          (none_too ? " or None" : "") + ", not " +
                          std::string(py::str(given.get_type().attr("__name__"))));
  };
  if constexpr (std::is_same_v<T, std::string>) {
    if (!PyUnicode_Check(value.ptr())) throw refuse(value);
    // A str holding a surrogate (Response.final_url's of a raw byte,
    // WireText()) is its bytes as "surrogateescape" gives them back; one that
    // names no byte ("\ud800") is a ValueError, not "must be str, not str".
    if (PyUnicode_AsUTF8AndSize(value.ptr(), nullptr) == nullptr) {
      PyErr_Clear();
      PyObject* bytes = PyUnicode_AsEncodedString(value.ptr(), "utf-8", "surrogateescape");
      if (bytes == nullptr) {
        PyErr_Clear();
        throw py::value_error(std::string(function) + "(): " + key +
                              " holds a lone surrogate, which is no UTF-8");
      }
      return py::reinterpret_steal<py::bytes>(bytes).cast<std::string>();
    }
  }
  if constexpr (std::is_same_v<T, std::vector<std::string>>) {
    if (py::isinstance<py::sequence>(value) && !PyUnicode_Check(value.ptr()) &&
        !PyBytes_Check(value.ptr())) {
      for (py::handle item : value) {
        if (!PyUnicode_Check(item.ptr())) {
          throw py::type_error(std::string(function) + "(): " + key + " must be a list of str, " +
                               "not a list holding " +
                               std::string(py::str(item.get_type().attr("__name__"))));
        }
      }
    }
  }
  try {
    return value.cast<T>();
  } catch (const py::cast_error&) {
    throw refuse(value);
  }
}

// An integer from 0 to `most`. Read as a Python int of any size, so that -1
// is an error and not 2**64-1, 2**64-1 fits a std::size_t as it should, and
// 2**70 is an InvalidArgument and not a TypeError ("must be int, not int",
// a long long's cast failing); bounded before it is narrowed to T, so that
// 2**40 is an error and not an int's 0.
template <typename T>
T NonNegative(const char* function, const std::string& key, py::handle value,
              unsigned long long most = std::numeric_limits<T>::max()) {
  py::object number = py::reinterpret_borrow<py::object>(value);
  if (!PyLong_Check(value.ptr())) {
    Cast<long long>(function, key, value);  // a TypeError unless an integer (__index__)
    number = py::reinterpret_steal<py::object>(PyNumber_Index(value.ptr()));
    if (!number) throw py::error_already_set();
  }
  int overflow = 0;
  const long long v = PyLong_AsLongLongAndOverflow(number.ptr(), &overflow);
  if (v == -1 && overflow == 0 && PyErr_Occurred()) throw py::error_already_set();
  if (overflow < 0 || (overflow == 0 && v < 0)) {
    RaiseInvalidArgument(function, key + " must not be negative");
  }
  unsigned long long n = static_cast<unsigned long long>(v);
  bool past_any = false;  // past an unsigned long long, so past `most`
  if (overflow > 0) {     // past a long long: an unsigned long long may hold it
    n = PyLong_AsUnsignedLongLong(number.ptr());
    if (n == static_cast<unsigned long long>(-1) && PyErr_Occurred()) {
      PyErr_Clear();
      past_any = true;
    }
  }
  if (past_any || n > most) {
    RaiseInvalidArgument(function, key + " must be at most " + std::to_string(most));
  }
  return static_cast<T>(n);
}

// A count or a limit of one or more: parallel transfers, transfers per host,
// and the limits 0 would make refuse every input (max_input_bytes=0 failed
// every page "over the limit of 0 bytes"; the command line refuses
// --max-input 0) or, max_robots_bytes, read every robots.txt as empty
// (obey_robots=False is how not to obey it).
template <typename T = int>
T AtLeastOne(const char* function, const std::string& key, py::handle value) {
  const T n = NonNegative<T>(function, key, value);
  if (n < 1) RaiseInvalidArgument(function, key + " must be at least 1");
  return n;
}

double NonNegativeSeconds(const char* function, const std::string& key, py::handle value) {
  const double v = Cast<double>(function, key, value);
  if (!(v >= 0)) RaiseInvalidArgument(function, key + " must be a non-negative number of seconds");
  return v;
}

// ExtractOptions and PageInfo from keyword arguments, each named like the
// C++ field (focus is `favor`, as on the command line); an unknown keyword is
// a TypeError, as in any Python function. Fields not given keep the C++
// defaults, so the defaults live in one place: include/pith/options.h.
struct Options {
  pith::ExtractOptions extract;
  pith::PageInfo page;
};

// Reads one extraction keyword into `options`; false if `key` is not one.
bool SetExtractOption(const char* f, const std::string& key, py::handle value, Options* options) {
  pith::ExtractOptions& o = options->extract;
  if (key == "favor") {
    o.focus = FocusFromName(f, Cast<std::string>(f, key, value));
  } else if (key == "include_comments") {
    o.include_comments = Cast<bool>(f, key, value);
  } else if (key == "include_tables") {
    o.include_tables = Cast<bool>(f, key, value);
  } else if (key == "min_text_chars") {
    o.min_text_chars = NonNegative<int>(f, key, value, pith::kMaxMinTextChars);
  } else if (key == "encoding") {
    o.encoding = value.is_none() ? std::string() : Cast<std::string>(f, key, value, true);
    // Refused here, before any page: check() would otherwise fail each page.
    if (!o.encoding.empty() && !pith::IsKnownEncoding(o.encoding)) {
      RaiseInvalidArgument(f, "unknown encoding '" + pith::Printable(o.encoding) +
                                  "' (a WHATWG label such as \"utf-8\" or \"windows-1251\")");
    }
  } else if (key == "max_input_bytes") {
    o.max_input_bytes = AtLeastOne<std::size_t>(f, key, value);
  } else if (key == "max_parse_memory_bytes") {
    o.max_parse_memory_bytes = AtLeastOne<std::size_t>(f, key, value);
  } else if (key == "max_parse_seconds") {
    o.max_parse_seconds = NonNegativeSeconds(f, key, value);
  } else if (key == "max_nesting_depth") {
    o.max_nesting_depth = AtLeastOne<std::size_t>(f, key, value);
  } else if (key == "max_elements") {
    o.max_elements = AtLeastOne<std::size_t>(f, key, value);
  } else if (key == "page_type") {
    // None guesses; a type's name in any ASCII case, as --page-type takes it.
    if (value.is_none()) {
      o.page_type.reset();
    } else {
      const std::string name = Cast<std::string>(f, key, value);
      pith::PageType type = pith::PageType::kOther;
      if (!pith::ParsePageType(name, &type)) {
        std::string names;
        for (pith::PageType t : pith::kPageTypes) {
          names += std::string(names.empty() ? "" : ", ") + "\"" + pith::PageTypeName(t) + "\"";
        }
        RaiseInvalidArgument(f, "page_type must be None or a page type (" + names + "), not \"" +
                                    pith::Printable(name) + "\"");
      }
      o.page_type = type;
    }
  } else if (key == "content_type") {
    options->page.content_type = value.is_none() ? std::string() : Cast<std::string>(f, key, value, true);
  } else {
    return false;
  }
  return true;
}

[[noreturn]] void UnknownKeyword(const char* function, const std::string& key) {
  throw py::type_error(std::string(function) + "() got an unexpected keyword argument '" +
                       pith::Printable(key) + "'");
}

Options ExtractOptionsFrom(const char* function, const py::kwargs& kwargs) {
  Options options;
  options.extract.option_name = KeywordNames();
  for (const auto& item : kwargs) {
    const std::string key = py::str(item.first);
    if (!SetExtractOption(function, key, item.second, &options)) UnknownKeyword(function, key);
  }
  return options;
}

// The defaults of every extraction keyword, for pith.EXTRACT_DEFAULTS and
// the test that keeps the .pyi stub's defaults equal to the library's.
py::dict ExtractDefaults() {
  const pith::ExtractOptions o;
  py::dict d;
  d["content_type"] = py::none();
  d["favor"] = pith::FocusName(o.focus);
  d["include_comments"] = o.include_comments;
  d["include_tables"] = o.include_tables;
  d["min_text_chars"] = o.min_text_chars;
  d["encoding"] = py::none();
  d["max_input_bytes"] = o.max_input_bytes;
  d["max_parse_memory_bytes"] = o.max_parse_memory_bytes;
  d["max_parse_seconds"] = o.max_parse_seconds;
  d["max_nesting_depth"] = o.max_nesting_depth;
  d["max_elements"] = o.max_elements;
  d["page_type"] = py::none();
  return d;
}

pith::FetchOptions FetchOptionsFrom(const char* f, const py::kwargs& kwargs) {
  pith::FetchOptions o;
  o.option_name = KeywordNames();
  for (const auto& item : kwargs) {
    const std::string key = py::str(item.first);
    py::handle value = item.second;
    if (key == "connect_timeout_seconds") {
      o.connect_timeout_seconds = NonNegativeSeconds(f, key, value);
    } else if (key == "timeout_seconds") {
      o.timeout_seconds = NonNegativeSeconds(f, key, value);
    } else if (key == "max_redirects") {
      o.max_redirects = NonNegative<int>(f, key, value);
    } else if (key == "max_body_bytes") {
      o.max_body_bytes = AtLeastOne<std::size_t>(f, key, value);
    } else if (key == "max_parallel") {
      o.max_parallel = AtLeastOne(f, key, value);
    } else if (key == "retries") {
      o.retries = NonNegative<int>(f, key, value);
    } else if (key == "retry_wait_seconds") {
      o.retry_wait_seconds = NonNegativeSeconds(f, key, value);
    } else if (key == "max_retry_wait_seconds") {
      o.max_retry_wait_seconds = NonNegativeSeconds(f, key, value);
    } else if (key == "compressed") {
      o.compressed = Cast<bool>(f, key, value);
    } else if (key == "http2") {
      o.http2 = Cast<bool>(f, key, value);
    } else if (key == "proxy_from_environment") {
      o.proxy_from_environment = Cast<bool>(f, key, value);
    } else if (key == "user_agent") {
      o.user_agent = value.is_none() ? std::string() : Cast<std::string>(f, key, value, true);
    } else if (key == "obey_robots") {
      o.obey_robots = Cast<bool>(f, key, value);
    } else if (key == "max_per_host") {
      o.max_per_host = AtLeastOne(f, key, value);
    } else if (key == "per_host_delay_seconds") {
      o.per_host_delay_seconds = NonNegativeSeconds(f, key, value);
    } else if (key == "max_crawl_delay_seconds") {
      o.max_crawl_delay_seconds = NonNegativeSeconds(f, key, value);
    } else if (key == "max_robots_bytes") {
      o.max_robots_bytes = AtLeastOne<std::size_t>(f, key, value);
    } else {
      UnknownKeyword(f, key);
    }
  }
  return o;
}

py::dict FetchDefaults() {
  const pith::FetchOptions o;
  py::dict d;
  d["connect_timeout_seconds"] = o.connect_timeout_seconds;
  d["timeout_seconds"] = o.timeout_seconds;
  d["max_redirects"] = o.max_redirects;
  d["max_body_bytes"] = o.max_body_bytes;
  d["max_parallel"] = o.max_parallel;
  d["retries"] = o.retries;
  d["retry_wait_seconds"] = o.retry_wait_seconds;
  d["max_retry_wait_seconds"] = o.max_retry_wait_seconds;
  d["compressed"] = o.compressed;
  d["http2"] = o.http2;
  d["proxy_from_environment"] = o.proxy_from_environment;
  d["user_agent"] = py::none();
  d["obey_robots"] = o.obey_robots;
  d["max_per_host"] = o.max_per_host;
  d["per_host_delay_seconds"] = o.per_host_delay_seconds;
  d["max_crawl_delay_seconds"] = o.max_crawl_delay_seconds;
  d["max_robots_bytes"] = o.max_robots_bytes;
  return d;
}

// --- extraction ----------------------------------------------------------------

// The page's bytes, viewed without a copy where Python guarantees they
// cannot change while the GIL is released (bytes, str), copied otherwise
// (bytearray, memoryview: another thread could write to them, and a str
// holding a lone surrogate, TextWithoutSurrogates()).
struct PageBytes {
  std::string_view view;
  std::string copy;
  bool is_text = false;
};

// The UTF-8 of str `text`, which holds a lone surrogate (one no UTF-8
// encodes: "\ud800", or "\udcff" that "surrogateescape" made of a byte),
// with U+FFFD for each, as the library reads a byte that is not UTF-8 in a
// page's bytes: the page is read, not refused for one bad character.
std::string TextWithoutSurrogates(py::handle text) {
  const Py_ssize_t length = PyUnicode_GET_LENGTH(text.ptr());
  const int kind = PyUnicode_KIND(text.ptr());
  const void* data = PyUnicode_DATA(text.ptr());
  std::string utf8;
  utf8.reserve(static_cast<std::size_t>(length));
  for (Py_ssize_t i = 0; i < length; ++i) {
    Py_UCS4 c = PyUnicode_READ(kind, data, i);
    if (c >= 0xD800 && c <= 0xDFFF) c = 0xFFFD;
    if (c < 0x80) {
      utf8 += static_cast<char>(c);
    } else if (c < 0x800) {
      utf8 += static_cast<char>(0xC0 | (c >> 6));
      utf8 += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      utf8 += static_cast<char>(0xE0 | (c >> 12));
      utf8 += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      utf8 += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      utf8 += static_cast<char>(0xF0 | (c >> 18));
      utf8 += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      utf8 += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      utf8 += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return utf8;
}

PageBytes BytesOf(py::handle html) {
  PageBytes b;
  if (PyBytes_Check(html.ptr())) {
    char* data = nullptr;
    Py_ssize_t size = 0;
    PyBytes_AsStringAndSize(html.ptr(), &data, &size);
    b.view = std::string_view(data, static_cast<std::size_t>(size));
  } else if (PyUnicode_Check(html.ptr())) {
    Py_ssize_t size = 0;
    const char* data = PyUnicode_AsUTF8AndSize(html.ptr(), &size);  // cached in the str
    if (data != nullptr) {
      b.view = std::string_view(data, static_cast<std::size_t>(size));
    } else if (PyErr_ExceptionMatches(PyExc_UnicodeEncodeError)) {  // a lone surrogate
      PyErr_Clear();
      b.copy = TextWithoutSurrogates(html);
      b.view = b.copy;
    } else {
      throw py::error_already_set();  // MemoryError
    }
    b.is_text = true;
  } else if (PyObject_CheckBuffer(html.ptr())) {
    py::buffer_info info = py::reinterpret_borrow<py::buffer>(html).request();
    if (info.ndim > 1 && !PyBuffer_IsContiguous(info.view(), 'C')) {
      throw py::type_error("extract(): html must be a contiguous buffer");
    }
    b.copy.assign(static_cast<const char*>(info.ptr),
                  static_cast<std::size_t>(info.size * info.itemsize));
    b.view = b.copy;
  } else {
    // A path is the likeliest mistake: the page's file, not its text.
    const bool path = PyObject_HasAttrString(html.ptr(), "__fspath__") == 1;
    throw py::type_error("extract(): html must be str or bytes, not " +
                         std::string(py::str(html.get_type().attr("__name__"))) +
                         (path ? " (for a file, pith.extract_file(path))" : ""));
  }
  return b;
}

pith::Article Extract(py::handle html, const py::object& url, const py::kwargs& kwargs) {
  Options options = ExtractOptionsFrom("extract", kwargs);
  PageBytes bytes = BytesOf(html);
  // A str is text already decoded: its UTF-8 is what the library reads,
  // whatever the page's <meta charset> says.
  if (bytes.is_text) options.extract.encoding = "utf-8";
  if (!url.is_none()) options.page.url = Cast<std::string>("extract", "url", url, true);
  pith::Result<pith::Article> article = pith::Status::Ok();
  {
    py::gil_scoped_release release;
    article = pith::Extract(bytes.view, options.extract, options.page);
  }
  return Value(std::move(article));
}

pith::Article ExtractFile(const py::object& path, const py::object& url,
                          const py::kwargs& kwargs) {
  Options options = ExtractOptionsFrom("extract_file", kwargs);
  const std::string file = OpenedPath("extract_file", "path", path);
  if (!url.is_none()) options.page.url = Cast<std::string>("extract_file", "url", url, true);
  pith::Result<pith::Article> article = pith::Status::Ok();
  {
    py::gil_scoped_release release;
    article = pith::ExtractFile(file, options.extract, options.page);
  }
  return Value(std::move(article));
}

pith::Article ExtractResponse(const pith::Response& response, const py::kwargs& kwargs) {
  Options options = ExtractOptionsFrom("extract", kwargs);
  if (!options.page.content_type.empty()) {
    throw py::type_error("extract(): content_type comes from the response");
  }
  pith::Result<pith::Article> article = pith::Status::Ok();
  {
    py::gil_scoped_release release;
    article = pith::ExtractResponse(response, options.extract);
  }
  return Value(std::move(article));
}

// Record.extract(); its errors name the limits on a page's size as
// `input_limit` (KeywordNames()) when one is given.
pith::Article ExtractRecord(const pith::WarcRecord& record, const py::kwargs& kwargs,
                            const std::string& input_limit = {}) {
  Options options = ExtractOptionsFrom("extract", kwargs);
  options.extract.option_name = KeywordNames(input_limit);
  if (!options.page.content_type.empty()) {
    throw py::type_error("extract(): content_type comes from the record");
  }
  pith::Result<pith::Article> article = pith::Status::Ok();
  {
    py::gil_scoped_release release;
    article = pith::ExtractRecord(record, options.extract);
  }
  return Value(std::move(article));
}

// --- WARC files ------------------------------------------------------------------------

// iter_warc()'s keywords; its records' errors name the limits on a page's
// size as `input_limit` (KeywordNames()) when one is given.
pith::WarcOptions WarcOptionsFrom(const py::kwargs& kwargs, const std::string& input_limit = {}) {
  pith::WarcOptions o;
  o.option_name = KeywordNames(input_limit);
  for (const auto& item : kwargs) {
    const std::string key = py::str(item.first);
    if (key == "max_header_bytes") {
      o.max_header_bytes = AtLeastOne<std::size_t>("iter_warc", key, item.second);
    } else if (key == "max_record_bytes") {
      o.max_record_bytes = AtLeastOne<std::size_t>("iter_warc", key, item.second);
    } else {
      UnknownKeyword("iter_warc", key);
    }
  }
  return o;
}

py::dict WarcDefaults() {
  const pith::WarcOptions o;
  py::dict d;
  d["max_header_bytes"] = o.max_header_bytes;
  d["max_record_bytes"] = o.max_record_bytes;
  return d;
}

// The records of one WARC file, as a Python iterator. The file is a path,
// or a binary file object read through its read() method (with the GIL held
// only while read() runs).
class WarcIterator {
 public:
  WarcIterator(py::object file, const pith::WarcOptions& options) : file_(std::move(file)) {
    if (py::hasattr(file_, "read") && !py::isinstance<py::str>(file_)) {
      // A file in text mode is refused now, as io refuses a str written to a
      // binary file; one that only says so by the str its read() returns,
      // by Next() (text_mode_).
      if (py::isinstance(file_, py::module_::import("io").attr("TextIOBase"))) {
        throw py::type_error(TextModeMessage(py::str(file_.get_type().attr("__name__"))));
      }
      py::object read = file_.attr("read");
      reader_.emplace(
          pith::WarcSource([read, text_mode = text_mode_, interrupt = interrupt_](
                               char* buffer, std::size_t size) -> pith::Result<std::size_t> {
            py::gil_scoped_acquire acquire;
            try {
              py::object chunk = read(size);
              if (PyUnicode_Check(chunk.ptr())) {
                *text_mode = TextModeMessage("read() of the file returned str");
                return pith::Status::IoError(*text_mode);
              }
              char* data = nullptr;
              Py_ssize_t length = 0;
              if (PyBytes_Check(chunk.ptr())) {
                PyBytes_AsStringAndSize(chunk.ptr(), &data, &length);
              } else if (PyByteArray_Check(chunk.ptr())) {
                data = PyByteArray_AsString(chunk.ptr());
                length = PyByteArray_Size(chunk.ptr());
              } else {
                return pith::Status::IoError(
                    "read() of the file returned " +
                    std::string(py::str(chunk.get_type().attr("__name__"))) +
                    ", not bytes (open it in binary mode)");
              }
              const std::size_t n = std::min(size, static_cast<std::size_t>(length));
              std::copy(data, data + n, buffer);
              return n;
            } catch (py::error_already_set& e) {
              if (!e.matches(PyExc_Exception)) {
                // KeyboardInterrupt, SystemExit: Next() raises it again.
                *interrupt = std::move(e);
                return pith::Status::IoError("interrupted");
              }
              // "ValueError: I/O operation on closed file", without e.what()'s traceback.
              return pith::Status::IoError(
                  "reading the file: " +
                  pith::Printable(std::string(py::str(e.type().attr("__name__"))) + ": " +
                                  std::string(py::str(e.value()))));
            }
          }),
          options);
    } else {
      const std::string path = OpenedPath("iter_warc", "path_or_file", file_);
      pith::Result<pith::WarcReader> reader = pith::WarcReader::Open(path, options);
      if (!reader.ok()) Raise(reader.status());
      reader_.emplace(std::move(reader).value());
    }
  }

  pith::WarcRecord Next() {
    if (!reader_) throw py::stop_iteration();
    pith::WarcRecord record;
    bool more = false;
    {
      py::gil_scoped_release release;
      more = reader_->Next(&record);
    }
    if (*interrupt_) {
      py::error_already_set e = std::move(**interrupt_);
      interrupt_->reset();
      Close();
      throw e;
    }
    if (!more || !text_mode_->empty()) {
      bytes_read_at_end_ = reader_->bytes_read();
      reader_.reset();  // closes the file
      if (!text_mode_->empty()) throw py::type_error(*text_mode_);
      throw py::stop_iteration();
    }
    return record;
  }

  std::uint64_t BytesRead() const { return reader_ ? reader_->bytes_read() : bytes_read_at_end_; }

  // The TypeError's message for a file read in text mode, `what` saying how
  // it showed.
  static std::string TextModeMessage(const std::string& what) {
    return "iter_warc(): the file is in text mode (" + what +
           "): open it in binary mode (open(path, \"rb\"), io.BytesIO)";
  }

  // Stops reading: a file opened from a path is closed now, not when the
  // iterator is collected; a file object given stays open (its owner's).
  void Close() {
    if (!reader_) return;
    bytes_read_at_end_ = reader_->bytes_read();
    reader_.reset();
  }

 private:
  py::object file_;
  // An exception that is no Exception (KeyboardInterrupt, SystemExit) raised
  // by the file object's read(): it ends the reading, and Next() raises it,
  // rather than report it as a damaged record.
  std::shared_ptr<std::optional<py::error_already_set>> interrupt_ =
      std::make_shared<std::optional<py::error_already_set>>();
  std::optional<pith::WarcReader> reader_;
  std::uint64_t bytes_read_at_end_ = 0;
  // TextModeMessage() once read() returned str, set by the reader's source.
  std::shared_ptr<std::string> text_mode_ = std::make_shared<std::string>();
};

py::list HeaderList(const std::vector<pith::HttpHeader>& headers) {
  py::list list;
  for (const pith::HttpHeader& h : headers) {
    list.append(py::make_tuple(WireText(h.name), WireText(h.value)));
  }
  return list;
}

std::string RecordRepr(const pith::WarcRecord& r) {
  std::string s = "<pith.Record " + std::string(MessageText(r.type.empty() ? "?" : r.type));
  if (!r.target_uri.empty()) s += " " + std::string(py::repr(WireText(r.target_uri)));
  if (r.http_status != 0) s += " " + std::to_string(r.http_status);
  s += " offset=" + std::to_string(r.offset);
  if (!r.status.ok()) s += " error=" + std::string(py::repr(MessageText(r.status.ToString())));
  return s + ">";
}

// --- rendering -------------------------------------------------------------------

// `what` names the value as the caller gave it: render()'s "format", or
// "each of formats" for check()'s list.
pith::OutputFormat FormatFromName(const char* function, const char* what, const std::string& name) {
  pith::OutputFormat format;
  if (pith::ParseOutputFormat(name, &format)) return format;
  RaiseInvalidArgument(function, std::string(what) + " must be \"" +
                                     pith::OutputFormatNames("\", \"", "\" or \"") + "\", not \"" +
                                     pith::Printable(name) + "\"");
}

// A method's keyword flags, read as extract()'s keywords are: a misspelt
// keyword or a value that is no bool is Python's own TypeError ("render()
// got an unexpected keyword argument 'with_link'"), not pybind11's list of
// the signatures it could not match.
void ReadFlags(const char* function, const py::kwargs& kwargs,
               std::initializer_list<std::pair<const char*, bool*>> flags) {
  for (const auto& [name, value] : kwargs) {
    const std::string key = py::str(name);
    bool* flag = nullptr;
    for (const auto& [known, field] : flags) {
      if (key == known) flag = field;
    }
    if (flag == nullptr) UnknownKeyword(function, key);
    *flag = Cast<bool>(function, key, value);
  }
}

std::string Render(const pith::Article& article, const py::object& format, const py::kwargs& kwargs) {
  const pith::OutputFormat f =
      FormatFromName("render", "format", Cast<std::string>("render", "format", format));
  pith::RenderOptions options;
  ReadFlags("render", kwargs,
            {{"with_blocks", &options.with_blocks}, {"with_comments", &options.with_comments},
             {"with_links", &options.with_links}, {"with_images", &options.with_images}});
  // A switch the format has no place for would do nothing, unsaid: refused as
  // the command line refuses --with-links with --format text.
  const bool json = f == pith::OutputFormat::kJson;
  const bool markup = f == pith::OutputFormat::kMarkdown || f == pith::OutputFormat::kHtml;
  if (options.with_blocks && !json) {
    RaiseInvalidArgument("render", "with_blocks goes with format \"json\"");
  }
  if (options.with_links && !markup && !(json && options.with_blocks)) {
    RaiseInvalidArgument("render",
                         "with_links goes with format \"markdown\" or \"html\", or "
                         "\"json\" with with_blocks");
  }
  if (options.with_images && !markup && !json) {
    RaiseInvalidArgument("render",
                         "with_images goes with format \"markdown\", \"html\" or \"json\"");
  }
  py::gil_scoped_release release;
  return pith::Render(article, f, options);
}

// --- fixture checks (pith.testing) ---------------------------------------------------------

std::vector<std::string> StringList(const char* f, const std::string& key, py::handle value) {
  if (py::isinstance<py::str>(value)) {
    throw py::type_error(std::string(f) + "(): " + key + " must be a list of str, not a str");
  }
  return Cast<std::vector<std::string>>(f, key, value);
}

// CheckDirectory() with the directory's pith-check file read first (unless
// read_config=False) and the keywords given applied over it, one by one.
pith::CheckReport CheckDirectory(const py::object& directory, const py::kwargs& kwargs) {
  const char* f = "check";
  const std::string dir = FsPath(directory);  // the library refuses a NUL in it
  pith::CheckOptions options;
  if (!kwargs.contains("read_config") || Cast<bool>(f, "read_config", kwargs["read_config"])) {
    pith::Status s = pith::ReadCheckConfig(dir, &options);
    if (!s.ok()) Raise(s);
  }
  Options extract;
  extract.extract = options.extract;
  extract.extract.option_name = KeywordNames();
  for (const auto& item : kwargs) {
    const std::string key = py::str(item.first);
    py::handle value = item.second;
    if (key == "read_config") {
      continue;
    } else if (key == "formats") {
      options.formats.clear();
      for (const std::string& name : StringList(f, key, value)) {
        options.formats.push_back(FormatFromName(f, "each of formats", name));
      }
    } else if (key == "json_fields") {
      options.json_fields = StringList(f, key, value);
    } else if (key == "update") {
      options.update = Cast<bool>(f, key, value);
    } else if (key == "only") {
      options.only = FsPath(value);  // a page's name, a path below the directory
    } else if (key == "context_lines") {
      options.context_lines = NonNegative<int>(f, key, value);
    } else if (key == "max_diff_lines") {
      options.max_diff_lines = NonNegative<std::size_t>(f, key, value);
    } else if (key == "with_blocks") {
      options.render.with_blocks = Cast<bool>(f, key, value);
    } else if (key == "with_comments") {
      options.render.with_comments = extract.extract.include_comments = Cast<bool>(f, key, value);
    } else if (key == "with_links") {
      options.render.with_links = Cast<bool>(f, key, value);
    } else if (key == "with_images") {
      options.render.with_images = Cast<bool>(f, key, value);
    } else if (key == "content_type" || !SetExtractOption(f, key, value, &extract)) {
      UnknownKeyword(f, key);
    }
  }
  options.extract = extract.extract;
  pith::Result<pith::CheckReport> report = pith::Status::Ok();
  {
    py::gil_scoped_release release;
    report = pith::CheckDirectory(dir, options);
  }
  return Value(std::move(report));
}

// --- dictionaries and reprs --------------------------------------------------------

py::dict LinkDict(const pith::Link& l) {
  py::dict d;
  d["begin"] = l.begin;
  d["end"] = l.end;
  d["url"] = l.url;
  return d;
}

// A numbered item's list type as Python shows it: "1", "a", "A", "i", "I", or "".
std::string ListType(const pith::Block& b) { return b.list_type ? std::string(1, b.list_type) : ""; }

// A block's runs of code as (begin, end) tuples of byte offsets.
py::list CodeSpanList(const pith::Block& b) {
  py::list spans;
  for (const pith::CodeSpan& c : b.code_spans) spans.append(py::make_tuple(c.begin, c.end));
  return spans;
}

py::dict BlockDict(const pith::Block& b) {
  py::dict d;
  d["kind"] = pith::BlockKindName(b.kind);
  d["level"] = b.level;
  d["text"] = b.text;
  d["kept"] = b.kept;
  d["score"] = b.score;
  d["reason"] = b.reason;
  d["ordered"] = b.ordered;
  d["marker"] = b.marker;
  d["number"] = b.number;
  d["list_type"] = ListType(b);
  d["reversed"] = b.reversed;
  d["table"] = b.table;
  d["row"] = b.row;
  d["column"] = b.column;
  d["header"] = b.header;
  d["comment"] = b.comment;
  d["language"] = b.language;
  d["item_level"] = b.item_level;
  d["item_start"] = b.item_start;
  d["list_id"] = b.list_id;
  d["quoted"] = b.quoted;
  d["code_spans"] = CodeSpanList(b);
  py::list links;
  for (const pith::Link& l : b.links) links.append(LinkDict(l));
  d["links"] = links;
  return d;
}

py::dict ImageDict(const pith::Image& i) {
  py::dict d;
  d["url"] = i.url;
  d["alt"] = i.alt;
  d["caption"] = i.caption;
  d["before_block"] = i.before_block;
  d["kept"] = i.kept;
  return d;
}

py::dict ArticleDict(const pith::Article& a, bool blocks) {
  py::dict d;
  d["found"] = a.found;
  d["url"] = FsText(a.url);  // the path, when read from a file
  d["input"] = FsText(a.input);
  d["title"] = a.title;
  d["authors"] = a.authors;
  d["date"] = a.date;
  d["site_name"] = a.site_name;
  d["description"] = a.description;
  d["image"] = a.image;
  d["canonical"] = a.canonical;
  d["language"] = a.language;
  d["dir"] = a.dir;
  d["page_type"] = pith::PageTypeName(a.page_type);
  d["encoding"] = a.encoding;
  d["text"] = a.text;
  d["comments"] = a.comments;
  d["warc_record_id"] = WireText(a.warc_record_id);
  d["warc_date"] = WireText(a.warc_date);
  d["warc_target_uri"] = WireText(a.warc_target_uri);
  py::list images;
  for (const pith::Image& i : a.images) images.append(ImageDict(i));
  d["images"] = images;
  if (blocks) {
    py::list list;
    for (const pith::Block& b : a.blocks) list.append(BlockDict(b));
    d["blocks"] = list;
  }
  return d;
}

// "'The first forty characters of s…'" for reprs.
std::string Abbreviated(const std::string& s, std::size_t max_chars = 40) {
  py::str text(s);
  if (py::len(text) > max_chars) {
    text = py::str(text[py::slice(0, static_cast<py::ssize_t>(max_chars), 1)]) + py::str("…");
  }
  return py::repr(text);
}

std::string ArticleRepr(const pith::Article& a) {
  std::string r = "<pith.Article";
  r += a.found ? " found" : " not found";
  if (!a.url.empty()) r += " url=" + std::string(py::repr(FsText(a.url)));
  if (!a.title.empty()) r += " title=" + Abbreviated(a.title);
  r += " text=" + std::to_string(py::len(py::str(a.text))) + " chars>";
  return r;
}

std::string ResponseRepr(const pith::Response& r) {
  std::string s = "<pith.Response " + std::string(py::repr(WireText(r.url)));
  if (r.http_status != 0) s += " " + std::to_string(r.http_status);
  if (!r.ok()) s += " error=" + std::string(py::repr(MessageText(r.status.ToString())));
  return s + ">";
}

// --- downloads ----------------------------------------------------------------------

py::object Fetch(const py::object& urls, const py::object& on_done, const py::object& should_cancel,
                 const py::kwargs& kwargs) {
  pith::FetchOptions options = FetchOptionsFrom("fetch", kwargs);
  // Checked before any download: found wrong only when the first download
  // completes, or when should_cancel is first asked, the run would be half
  // done before it failed.
  for (const auto& [name, callback] : {std::pair<const char*, const py::object*>{"on_done", &on_done},
                                       {"should_cancel", &should_cancel}}) {
    if (!callback->is_none() && !PyCallable_Check(callback->ptr())) {
      throw py::type_error(std::string("fetch(): ") + name + " must be callable or None, not " +
                           std::string(py::str(py::type::of(*callback).attr("__name__"))));
    }
  }
  const bool single = py::isinstance<py::str>(urls);
  std::vector<std::string> list;
  if (single) {
    list.push_back(urls.cast<std::string>());
  } else {
    // bytes and bytearray iterate as numbers: name the real mistake.
    if (!py::isinstance<py::iterable>(urls) || py::isinstance<py::bytes>(urls) ||
        py::isinstance<py::bytearray>(urls)) {
      throw py::type_error("fetch(): urls must be a str or an iterable of str, not " +
                           std::string(py::str(py::type::of(urls).attr("__name__"))));
    }
    for (py::handle url : urls) {
      if (!py::isinstance<py::str>(url)) throw py::type_error("fetch(): every URL must be a str");
      list.push_back(url.cast<std::string>());
    }
  }
  std::vector<std::optional<pith::Response>> responses(list.size());
  // The first exception raised by on_done; later calls are skipped and it is
  // re-raised when every download is done.
  std::exception_ptr callback_error;
  // What a signal handler or should_cancel raised (KeyboardInterrupt for
  // Ctrl-C): the downloads stop at once and it is raised instead of any other.
  std::exception_ptr interrupt;
  // Python runs signal handlers only when the main thread asks: the fetcher
  // asks here every 50 ms, with the GIL taken for that moment, and asks
  // should_cancel then. When it says so, the downloads not done come back
  // cancelled (pith.CancelledError), handed to on_done as the others.
  options.should_cancel = [&interrupt, &should_cancel] {
    py::gil_scoped_acquire acquire;
    if (PyErr_CheckSignals() != 0) {
      interrupt = std::make_exception_ptr(py::error_already_set());
      return true;
    }
    if (should_cancel.is_none()) return false;
    try {
      const py::object answer = should_cancel();
      const int yes = PyObject_IsTrue(answer.ptr());
      if (yes < 0) throw py::error_already_set();
      return yes == 1;
    } catch (py::error_already_set&) {
      interrupt = std::current_exception();
      return true;
    }
  };
  pith::Fetcher fetcher(options);
  {
    py::gil_scoped_release release;
    fetcher.FetchAll(list, [&](std::size_t index, pith::Response response) {
      responses[index] = std::move(response);
      if (on_done.is_none()) return;
      py::gil_scoped_acquire acquire;
      if (callback_error || interrupt) return;
      try {
        on_done(index, *responses[index]);
      } catch (py::error_already_set& e) {
        // KeyboardInterrupt (Ctrl-C while on_done ran) or SystemExit stops
        // the downloads; an ordinary exception waits for the others.
        if (!e.matches(PyExc_Exception)) {
          interrupt = std::current_exception();
          fetcher.Cancel();
        } else {
          callback_error = std::current_exception();
        }
      } catch (...) {
        callback_error = std::current_exception();
      }
    });
  }
  if (interrupt) std::rethrow_exception(interrupt);
  if (callback_error) std::rethrow_exception(callback_error);
  if (single) return py::cast(std::move(*responses[0]));
  py::list result;
  for (auto& r : responses) result.append(py::cast(std::move(*r)));
  return result;
}

// --- pickling ----------------------------------------------------------------
// An Article (with its blocks, links and images) pickles as a tuple of its
// fields, so it crosses process boundaries as any value does: a
// ProcessPoolExecutor's or a Dask task's result, copy.deepcopy. Each state
// starts with its layout's version; a state of another layout or shape is a
// ValueError, never a half-filled object, and the error names the layout
// the state has and the one this pith reads. Raise the version whenever a
// state gains, loses or reorders a field. Version 2: Block gained number,
// list_type and reversed; version 3: Block gained language, item_level,
// item_start, quoted and code_spans, Article gained dir; version 4: Block
// gained list_id.
constexpr int kPickleVersion = 4;

// The items of a state after its version, checked for `type` and `size`.
py::tuple StateItems(const py::tuple& state, const char* type, std::size_t size) {
  const std::string refused = std::string("not a pickled pith.") + type + " of this version of pith";
  if (state.size() == 0 || !py::isinstance<py::int_>(state[0]) ||
      py::isinstance<py::bool_>(state[0])) {
    throw py::value_error(refused + ": its state opens with no layout version (this pith reads " +
                          std::to_string(kPickleVersion) + ")");
  }
  const py::object version = state[0];
  if (!version.equal(py::int_(kPickleVersion))) {
    throw py::value_error(refused + ": layout version " + std::string(py::str(version)) +
                          ", this pith reads " + std::to_string(kPickleVersion) +
                          " (pickled by another version of pith)");
  }
  if (state.size() != size + 1) {
    throw py::value_error(refused + ": " + std::to_string(state.size() - 1) + " fields after " +
                          "layout version " + std::to_string(kPickleVersion) + ", which has " +
                          std::to_string(size));
  }
  return state[py::slice(1, static_cast<py::ssize_t>(size) + 1, 1)];
}

// An enum's value from a state, checked against its last value.
template <typename E>
E EnumFromState(py::handle value, E last, const char* type) {
  const int n = value.cast<int>();
  if (n < 0 || n > static_cast<int>(last)) {
    throw py::value_error(std::string("not a pickled pith.") + type + ": kind " + std::to_string(n));
  }
  return static_cast<E>(n);
}

py::tuple LinkState(const pith::Link& l) { return py::make_tuple(kPickleVersion, l.begin, l.end, l.url); }

pith::Link LinkFromState(const py::tuple& state) {
  const py::tuple t = StateItems(state, "Link", 3);
  pith::Link l;
  l.begin = t[0].cast<std::size_t>();
  l.end = t[1].cast<std::size_t>();
  l.url = t[2].cast<std::string>();
  return l;
}

py::tuple BlockState(const pith::Block& b) {
  py::list links;
  for (const pith::Link& l : b.links) links.append(LinkState(l));
  return py::make_tuple(kPickleVersion, static_cast<int>(b.kind), b.level, b.text, b.kept, b.score,
                        b.reason, b.ordered, b.table, b.row, b.column, b.header, b.comment,
                        b.marker, b.number, ListType(b), b.reversed, links, b.language,
                        b.item_level, b.item_start, b.quoted, CodeSpanList(b), b.list_id);
}

pith::Block BlockFromState(const py::tuple& state) {
  const py::tuple t = StateItems(state, "Block", 23);
  pith::Block b;
  b.kind = EnumFromState(t[0], pith::BlockKind::kCaption, "Block");
  b.level = t[1].cast<int>();
  b.text = t[2].cast<std::string>();
  b.kept = t[3].cast<bool>();
  b.score = t[4].cast<double>();
  b.reason = t[5].cast<std::string>();
  b.ordered = t[6].cast<bool>();
  b.table = t[7].cast<int>();
  b.row = t[8].cast<int>();
  b.column = t[9].cast<int>();
  b.header = t[10].cast<bool>();
  b.comment = t[11].cast<bool>();
  b.marker = t[12].cast<std::string>();
  b.number = t[13].cast<int>();
  const std::string list_type = t[14].cast<std::string>();
  if (list_type.size() > 1 ||
      (list_type.size() == 1 &&
       std::string_view("1aAiI").find(list_type[0]) == std::string_view::npos)) {
    throw py::value_error("not a pickled pith.Block: list type " + pith::Printable(list_type));
  }
  b.list_type = list_type.empty() ? 0 : list_type[0];
  b.reversed = t[15].cast<bool>();
  for (py::handle l : t[16].cast<py::list>()) b.links.push_back(LinkFromState(l.cast<py::tuple>()));
  b.language = t[17].cast<std::string>();
  b.item_level = t[18].cast<int>();
  b.item_start = t[19].cast<bool>();
  b.quoted = t[20].cast<bool>();
  for (py::handle c : t[21].cast<py::list>()) {
    const auto [begin, end] = c.cast<std::pair<std::size_t, std::size_t>>();
    if (begin >= end || end > b.text.size()) {
      throw py::value_error("not a pickled pith.Block: a code span outside its text");
    }
    b.code_spans.push_back(pith::CodeSpan{begin, end});
  }
  b.list_id = t[22].cast<int>();
  return b;
}

py::tuple ImageState(const pith::Image& i) {
  return py::make_tuple(kPickleVersion, i.url, i.alt, i.caption, i.before_block, i.kept);
}

pith::Image ImageFromState(const py::tuple& state) {
  const py::tuple t = StateItems(state, "Image", 5);
  pith::Image i;
  i.url = t[0].cast<std::string>();
  i.alt = t[1].cast<std::string>();
  i.caption = t[2].cast<std::string>();
  i.before_block = t[3].cast<int>();
  i.kept = t[4].cast<bool>();
  return i;
}

py::tuple ArticleState(const pith::Article& a) {
  py::list blocks, images;
  for (const pith::Block& b : a.blocks) blocks.append(BlockState(b));
  for (const pith::Image& i : a.images) images.append(ImageState(i));
  return py::make_tuple(kPickleVersion, a.found, static_cast<int>(a.page_type), FsText(a.url),
                        FsText(a.input), a.title, a.authors, a.date, a.site_name, a.description,
                        a.image, a.canonical, a.language, a.encoding, a.text, a.comments, blocks,
                        images, WireText(a.warc_record_id), WireText(a.warc_date),
                        WireText(a.warc_target_uri), a.dir);
}

pith::Article ArticleFromState(const py::tuple& state) {
  const py::tuple t = StateItems(state, "Article", 21);
  pith::Article a;
  a.found = t[0].cast<bool>();
  a.page_type = EnumFromState(t[1], pith::PageType::kOther, "Article");
  a.url = FsPath(t[2]);
  a.input = FsPath(t[3]);
  a.title = t[4].cast<std::string>();
  a.authors = t[5].cast<std::vector<std::string>>();
  a.date = t[6].cast<std::string>();
  a.site_name = t[7].cast<std::string>();
  a.description = t[8].cast<std::string>();
  a.image = t[9].cast<std::string>();
  a.canonical = t[10].cast<std::string>();
  a.language = t[11].cast<std::string>();
  a.encoding = t[12].cast<std::string>();
  a.text = t[13].cast<std::string>();
  a.comments = t[14].cast<std::string>();
  for (py::handle b : t[15].cast<py::list>()) a.blocks.push_back(BlockFromState(b.cast<py::tuple>()));
  for (py::handle i : t[16].cast<py::list>()) a.images.push_back(ImageFromState(i.cast<py::tuple>()));
  a.warc_record_id = WireBytes(t[17]);
  a.warc_date = WireBytes(t[18]);
  a.warc_target_uri = WireBytes(t[19]);
  a.dir = t[20].cast<std::string>();
  return a;
}

// A Record's state: every field as the reader filled it, its strings as
// bytes (a WARC's header fields need not be UTF-8), the payload whole, and
// its status as (code, message, errno, path), (0, b"", 0, b"") when OK.
py::tuple HeaderState(const std::vector<pith::HttpHeader>& headers) {
  py::list list;
  for (const pith::HttpHeader& h : headers)
    list.append(py::make_tuple(py::bytes(h.name), py::bytes(h.value)));
  return py::tuple(list);
}

std::vector<pith::HttpHeader> HeadersFromState(const py::handle& state) {
  std::vector<pith::HttpHeader> headers;
  for (py::handle h : state.cast<py::tuple>()) {
    const py::tuple pair = h.cast<py::tuple>();
    if (pair.size() != 2) throw py::value_error("not a pickled pith.Record: a header is no pair");
    headers.push_back({pair[0].cast<std::string>(), pair[1].cast<std::string>()});
  }
  return headers;
}

py::tuple RecordState(const pith::WarcRecord& r) {
  const pith::Status& st = r.status;
  return py::make_tuple(kPickleVersion, r.offset, py::bytes(r.version), py::bytes(r.type),
                        py::bytes(r.record_id), py::bytes(r.date), py::bytes(r.target_uri),
                        py::bytes(r.content_type), r.content_length, HeaderState(r.headers),
                        r.http_status, HeaderState(r.http_headers), py::bytes(r.http_content_type),
                        py::bytes(r.payload),
                        py::make_tuple(static_cast<int>(st.code()), py::bytes(st.message()),
                                       st.error_number(), py::bytes(st.path())));
}

pith::WarcRecord RecordFromState(const py::tuple& state) {
  const py::tuple t = StateItems(state, "Record", 14);
  pith::WarcRecord r;
  r.offset = t[0].cast<std::uint64_t>();
  r.version = t[1].cast<std::string>();
  r.type = t[2].cast<std::string>();
  r.record_id = t[3].cast<std::string>();
  r.date = t[4].cast<std::string>();
  r.target_uri = t[5].cast<std::string>();
  r.content_type = t[6].cast<std::string>();
  r.content_length = t[7].cast<std::uint64_t>();
  r.headers = HeadersFromState(t[8]);
  r.http_status = t[9].cast<int>();
  r.http_headers = HeadersFromState(t[10]);
  r.http_content_type = t[11].cast<std::string>();
  r.payload = t[12].cast<std::string>();
  const py::tuple status = t[13].cast<py::tuple>();
  if (status.size() != 4) throw py::value_error("not a pickled pith.Record: a status is 4 fields");
  const auto code = EnumFromState(status[0], pith::Status::Code::kCancelled, "Record");
  std::string message = status[1].cast<std::string>();
  const int error_number = status[2].cast<int>();
  std::string path = status[3].cast<std::string>();
  if (code == pith::Status::Code::kOk) {
    r.status = pith::Status::Ok();
  } else if (code == pith::Status::Code::kIoError && (error_number != 0 || !path.empty())) {
    r.status = pith::Status::IoError(std::move(message), error_number, std::move(path));
  } else {
    r.status = StatusWithCode(code, std::move(message));
  }
  return r;
}

// __reduce__ of a picklable class: (pith._restore, ("article", state)), so
// any pickle protocol, 0 included, and the copy module take the same road.
// pith._restore is a Python function, which pickle stores by name (a
// function bound here would drag its capsule along); it calls
// pith._core._restore_article and its kin.
template <typename T>
const char* KindName();
template <> const char* KindName<pith::Link>() { return "link"; }
template <> const char* KindName<pith::Block>() { return "block"; }
template <> const char* KindName<pith::Image>() { return "image"; }
template <> const char* KindName<pith::Article>() { return "article"; }
template <>
const char* KindName<pith::WarcRecord>() {
  return "record";
}

template <typename T, py::tuple (*State)(const T&)>
py::tuple Reduce(const T& value) {
  return py::make_tuple(py::module_::import("pith").attr("_restore"),
                        py::make_tuple(KindName<T>(), State(value)));
}

// __eq__ and __hash__ of a value class: the same fields, compared as
// pickling writes them (State), blocks, links and images included;
// NotImplemented for another type. Its fields are read-only from Python,
// so it hashes by value, as a frozen dataclass does.
template <typename T, py::tuple (*State)(const T&)>
py::object Equal(const T& value, const py::object& other) {
  if (!py::isinstance<T>(other)) return py::reinterpret_borrow<py::object>(Py_NotImplemented);
  return py::bool_(State(value).equal(State(other.cast<const T&>())));
}

template <typename T, py::tuple (*State)(const T&)>
py::ssize_t Hash(const T& value) {
  // The state holds lists (authors, blocks), which do not hash: its pickle does.
  return py::hash(py::module_::import("pickle").attr("dumps")(State(value), 4));
}

// __reduce_ex__ of a class that does not pickle (it holds a live download,
// a file being read): a TypeError at every protocol. Without it protocols 0
// and 1 reach pybind11's allocator through copyreg and abort the process.
py::object RefusePickling(const py::object& self, int /*protocol*/) {
  throw py::type_error("cannot pickle " +
                       std::string(py::str(self.get_type().attr("__name__"))) +
                       " objects: pickle its fields (to_dict(), or an Article) instead");
}

// __init__ of a class whose objects only pith makes (an extraction's
// results, a download, a record being read): a TypeError naming what makes
// them, as the standard library's re.Match and its kin refuse creation.
// Without it pybind11 says "No constructor defined!".
// The docstring of that __init__, as help() shows it.
constexpr const char* kNotCreatableDoc =
    "Raises TypeError: pith makes these objects, a program does not (the error names the call "
    "that makes them).";

template <typename T>
auto NotCreatable(const char* name, const char* made_by) {
  return py::init([name, made_by](const py::args&, const py::kwargs&) -> T* {
    throw py::type_error(std::string("cannot create pith.") + name + " objects directly: " +
                         made_by);
  });
}

}  // namespace

PYBIND11_MODULE(_core, m) {
  m.doc() = "pith's C++ library, bound with pybind11. Use the pith package, not this module.";
  m.attr("__version__") = PITH_VERSION_STRING;

  py::class_<pith::Link>(m, "Link", "A link inside a block: text[begin:end] points to url.")
      .def(NotCreatable<pith::Link>("Link", "Block.links holds them"), kNotCreatableDoc)
      .def_readonly("begin", &pith::Link::begin, "Start of the link's text in Block.text (bytes of its UTF-8).")
      .def_readonly("end", &pith::Link::end, "End of the link's text in Block.text (bytes of its UTF-8).")
      .def_readonly("url", &pith::Link::url, "The link's absolute URL.")
      .def("to_dict", &LinkDict, "The link as a dict of its attributes.")
      .def("__reduce__", &Reduce<pith::Link, &LinkState>, "Pickling: the link's fields.")
      .def("__eq__", &Equal<pith::Link, &LinkState>, py::is_operator(),
           "Equal when every field is (the link and what it holds).")
      .def("__hash__", &Hash<pith::Link, &LinkState>, "A hash of every field, as == compares them.")
      .def("__repr__", [](const pith::Link& l) {
        return "<pith.Link " + std::string(py::repr(py::str(l.url))) + ">";
      });

  py::class_<pith::Block>(m, "Block",
                          "One block of visible text of the page, with pith's decision on it.")
      .def(NotCreatable<pith::Block>("Block", "Article.blocks holds them"), kNotCreatableDoc)
      .def_property_readonly(
          "kind", [](const pith::Block& b) { return pith::BlockKindName(b.kind); },
          "\"paragraph\", \"heading\", \"list-item\", \"quote\", \"code\", \"table-cell\" or "
          "\"caption\".")
      .def_readonly("level", &pith::Block::level, "Heading level (1-6) or list depth, else 0.")
      .def_readonly(
          "text", &pith::Block::text,
          "The block's text, runs of whitespace one space but a line break (<br>) a \"\\n\"; "
          "a code block's as it is.")
      .def_readonly("kept", &pith::Block::kept, "True when the block is part of Article.text.")
      .def_readonly("score", &pith::Block::score, "The content score pith gave the block.")
      .def_readonly("reason", &pith::Block::reason, "Why it was kept or dropped.")
      .def_readonly("ordered", &pith::Block::ordered, "A list item of a numbered list.")
      .def_readonly("marker", &pith::Block::marker,
                    "The first block of a numbered list's item: its number as the page shows it, "
                    "\"1.\", \"c.\", \"iv.\"; Article.text opens the block with it. Else \"\".")
      .def_readonly("number", &pith::Block::number,
                    "With a marker: the item's number (3 for \"c.\"). Else 0.")
      .def_property_readonly("list_type", &ListType,
                             "With a marker: its list's type, \"1\" (figures), \"a\", \"A\" "
                             "(letters), \"i\" or \"I\" (Roman numerals). Else \"\".")
      .def_readonly("reversed", &pith::Block::reversed,
                    "With a marker: its list counts down (<ol reversed>).")
      .def_readonly("table", &pith::Block::table, "The page's table number, -1 outside tables.")
      .def_readonly("row", &pith::Block::row, "The row within the table, -1 outside tables.")
      .def_readonly("column", &pith::Block::column, "The column within the row, -1 outside tables.")
      .def_readonly("header", &pith::Block::header, "A header cell (<th>).")
      .def_readonly("comment", &pith::Block::comment, "Part of the page's comment section.")
      .def_readonly("language", &pith::Block::language,
                    "A code block's language as the page names it (\"python\" of "
                    "class=\"language-python\"), else \"\".")
      .def_readonly("item_level", &pith::Block::item_level,
                    "The list depth of the list item holding the block (1 for a top-level "
                    "list), 0 outside lists; a paragraph of an item (<li><p>) keeps its kind.")
      .def_readonly("item_start", &pith::Block::item_start,
                    "The block opens its list item (the item's first block).")
      .def_readonly("list_id", &pith::Block::list_id,
                    "The page's list number (0, 1, ...) of the list holding the block's list "
                    "item, as table is the table's; -1 outside lists. Lists side by side are "
                    "two numbers, and so is a list nested in an item.")
      .def_readonly("quoted", &pith::Block::quoted,
                    "Inside a <blockquote> around the block or around its list item.")
      .def_property_readonly("code_spans", &CodeSpanList,
                             "The text's runs set as code in a line (<code>, <kbd>, <samp>, "
                             "<tt>): (begin, end) byte offsets into the text's UTF-8, as "
                             "Link's. Empty in a code block, whose whole text is code.")
      .def_readonly("links", &pith::Block::links,
                    "The block's links (kept and comment blocks only).")
      .def("to_dict", &BlockDict, "The block as a dict of its attributes (links as dicts).")
      .def("__reduce__", &Reduce<pith::Block, &BlockState>, "Pickling: the block's fields.")
      .def("__eq__", &Equal<pith::Block, &BlockState>, py::is_operator(),
           "Equal when every field is (the block and what it holds).")
      .def("__hash__", &Hash<pith::Block, &BlockState>,
           "A hash of every field, as == compares them.")
      .def("__repr__", [](const pith::Block& b) {
        return std::string("<pith.Block ") + pith::BlockKindName(b.kind) +
               (b.kept ? " kept " : " dropped ") + Abbreviated(b.text) + ">";
      });

  py::class_<pith::Image>(m, "Image", "An image of the page.")
      .def(NotCreatable<pith::Image>("Image", "Article.images holds them"), kNotCreatableDoc)
      .def_readonly("url", &pith::Image::url, "The image's absolute URL.")
      .def_readonly("alt", &pith::Image::alt, "Its alt text.")
      .def_readonly("caption", &pith::Image::caption, "The text of its <figure>'s caption.")
      .def_readonly("before_block", &pith::Image::before_block,
                    "The number of Article.blocks that precede it.")
      .def_readonly("kept", &pith::Image::kept, "Inside the article, next to its kept text.")
      .def("to_dict", &ImageDict, "The image as a dict of its attributes.")
      .def("__reduce__", &Reduce<pith::Image, &ImageState>, "Pickling: the image's fields.")
      .def("__eq__", &Equal<pith::Image, &ImageState>, py::is_operator(),
           "Equal when every field is (the image and what it holds).")
      .def("__hash__", &Hash<pith::Image, &ImageState>, "A hash of every field, as == compares them.")
      .def("__repr__", [](const pith::Image& i) {
        return "<pith.Image " + std::string(py::repr(py::str(i.url))) + ">";
      });

  py::class_<pith::Article>(m, "Article",
                            "What pith.extract() returns: the page's metadata, its main text, "
                            "and every block with pith's decision on it.")
      .def(NotCreatable<pith::Article>("Article",
                                       "pith.extract() and pith.extract_file() make them, as "
                                       "do Response.extract() and Record.extract()"),
           kNotCreatableDoc)
      .def_readonly("found", &pith::Article::found,
                    "True when main content of at least min_text_chars was found.")
      .def_property_readonly(
          "url", [](const pith::Article& a) { return FsText(a.url); },
          "The page's URL as given (after redirects for a download); for a file read without "
          "one, its path (as os.fsdecode() gives it).")
      .def_property_readonly(
          "input", [](const pith::Article& a) { return FsText(a.input); },
          "What the page was asked for as: the path (as os.fsdecode() gives it) or the URL "
          "before redirects.")
      .def_readonly("title", &pith::Article::title, "The title, site name trimmed.")
      .def_readonly("authors", &pith::Article::authors, "The authors, a list of names.")
      .def_readonly("date", &pith::Article::date, "Publication date in ISO 8601, or \"\".")
      .def_readonly("site_name", &pith::Article::site_name, "The site's name.")
      .def_readonly("description", &pith::Article::description, "The page's description.")
      .def_readonly("image", &pith::Article::image, "The page's lead image URL.")
      .def_readonly("canonical", &pith::Article::canonical, "The canonical URL.")
      .def_readonly("language", &pith::Article::language, "The page's language, e.g. \"de\".")
      .def_readonly("dir", &pith::Article::dir,
                    "The writing direction, \"ltr\", \"rtl\" or \"auto\", if the page says, "
                    "else \"\".")
      .def_readonly("encoding", &pith::Article::encoding,
                    "The encoding the bytes were decoded from.")
      .def_property_readonly(
          "page_type", [](const pith::Article& a) { return pith::PageTypeName(a.page_type); },
          "The kind of page: \"article\", \"forum\", \"product\", \"service\", "
          "\"documentation\", \"listing\", \"collection\" or \"other\".")
      .def_readonly("text", &pith::Article::text,
                    "The article's text, blocks separated by one blank line.")
      .def_readonly("comments", &pith::Article::comments,
                    "The comment section's text (with include_comments=True).")
      .def_readonly("blocks", &pith::Article::blocks,
                    "Every text block of the page, kept or dropped, in document order.")
      .def_readonly("images", &pith::Article::images, "Every image of the body, in document order.")
      .def_property_readonly(
          "warc_record_id", [](const pith::Article& a) { return WireText(a.warc_record_id); },
          "For a page read from a WARC record: its WARC-Record-ID; else \"\".")
      .def_property_readonly(
          "warc_date", [](const pith::Article& a) { return WireText(a.warc_date); },
          "For a page read from a WARC record: its WARC-Date; else \"\".")
      .def_property_readonly(
          "warc_target_uri", [](const pith::Article& a) { return WireText(a.warc_target_uri); },
          "For a page read from a WARC record: its WARC-Target-URI; else \"\".")
      .def(
          "to_dict",
          [](const pith::Article& a, const py::kwargs& kwargs) {
            bool blocks = true;
            ReadFlags("to_dict", kwargs, {{"blocks", &blocks}});
            return ArticleDict(a, blocks);
          },
          "The article as a dict: every attribute, images and blocks as lists of dicts "
          "(blocks left out with blocks=False).")
      .def("render", &Render, py::arg("format") = "text",
           "The article as \"text\", \"markdown\" (\"md\"), \"html\" or \"json\" (one line).\n\n"
           "Keywords, each a bool, False unless given: with_blocks: JSON lists every block; "
           "with_comments: adds the comment section; with_links: Markdown and HTML links, "
           "and JSON's blocks' links (with with_blocks); with_images: the article's images "
           "(Markdown, HTML, JSON). A switch the format has no place for (with_links in text) "
           "raises InvalidArgument, as the command line refuses it.")
      .def("__reduce__", &Reduce<pith::Article, &ArticleState>, "Pickling: the article's fields.")
      .def("__eq__", &Equal<pith::Article, &ArticleState>, py::is_operator(),
           "Equal when every field is (the article and what it holds).")
      .def("__hash__", &Hash<pith::Article, &ArticleState>,
           "A hash of every field, as == compares them.")
      .def("__repr__", &ArticleRepr);

  py::class_<pith::Response>(m, "Response",
                             "The outcome of downloading one URL, filled as far as the download "
                             "got: a 404 has its status, headers and body, and an error.")
      .def(NotCreatable<pith::Response>("Response", "pith.fetch() returns them"), kNotCreatableDoc)
      .def_property_readonly(
          "url", [](const pith::Response& r) { return WireText(r.url); }, "The URL as requested.")
      .def_property_readonly(
          "final_url", [](const pith::Response& r) { return WireText(r.final_url); },
          "The URL after redirects; \"\" if no response came. A byte that is not UTF-8 (a raw "
          "byte in a Location) is a surrogate, as os.fsdecode() makes: "
          ".encode(\"utf-8\", \"surrogateescape\") gives the bytes back.")
      .def_readonly("http_status", &pith::Response::http_status,
                    "The final response's HTTP status; 0 if none came.")
      .def_property_readonly(
          "content_type", [](const pith::Response& r) { return WireText(r.content_type); },
          "The final response's Content-Type.")
      .def_property_readonly(
          "headers", [](const pith::Response& r) { return HeaderList(r.headers); },
          "The final response's headers, a list of (name, value) in order; a byte that is not "
          "UTF-8 is a surrogate, as in final_url.")
      .def_property_readonly(
          "body", [](const pith::Response& r) { return py::bytes(r.body); },
          "The body, Content-Encoding undone.")
      .def_readonly("attempts", &pith::Response::attempts,
                    "Requests made for the final URL, retries included.")
      .def_property_readonly("ok", &pith::Response::ok, "True when the download succeeded.")
      .def_property_readonly(
          "error",
          [](const pith::Response& r) -> py::object {
            return r.ok() ? py::none() : ErrorObject(r.status);
          },
          "None, or the pith.Error saying why the download failed (not raised).")
      .def(
          "raise_for_error",
          [](const pith::Response& r) {
            if (!r.ok()) Raise(r.status);
          },
          "Raises the download's pith.Error if it failed.")
      .def("extract", &ExtractResponse,
           "Extracts the downloaded page with its final URL and Content-Type. Takes the "
           "keyword options of pith.extract() but content_type. Raises the download's error "
           "if it failed, and pith.UnsupportedType for a body that is not HTML.")
      .def("__reduce_ex__", &RefusePickling, "Refuses pickling (a TypeError).")
      .def("__repr__", &ResponseRepr);

  py::class_<pith::WarcRecord>(m, "Record",
                               "One record of a WARC file, as pith.iter_warc() yields it. A "
                               "damaged record has ok False and error set; reading goes on.")
      .def(NotCreatable<pith::WarcRecord>("Record", "pith.iter_warc() yields them"),
           kNotCreatableDoc)
      .def_readonly("offset", &pith::WarcRecord::offset,
                    "Where the record starts in the file, in bytes (of the gzip member, "
                    "for a file gzipped record by record).")
      .def_property_readonly(
          "version", [](const pith::WarcRecord& r) { return WireText(r.version); },
          "\"WARC/1.0\" or \"WARC/1.1\".")
      .def_property_readonly(
          "type", [](const pith::WarcRecord& r) { return WireText(r.type); },
          "WARC-Type: \"response\", \"request\", \"revisit\", \"warcinfo\", ...")
      .def_property_readonly(
          "record_id", [](const pith::WarcRecord& r) { return WireText(r.record_id); },
          "WARC-Record-ID as written.")
      .def_property_readonly(
          "date", [](const pith::WarcRecord& r) { return WireText(r.date); },
          "WARC-Date, e.g. \"2024-03-05T14:30:00Z\".")
      .def_property_readonly(
          "target_uri", [](const pith::WarcRecord& r) { return WireText(r.target_uri); },
          "WARC-Target-URI.")
      .def_property_readonly(
          "content_type", [](const pith::WarcRecord& r) { return WireText(r.content_type); },
          "The record's Content-Type, e.g. \"application/http; msgtype=response\".")
      .def_readonly("content_length", &pith::WarcRecord::content_length,
                    "The record block's Content-Length.")
      .def_property_readonly(
          "headers", [](const pith::WarcRecord& r) { return HeaderList(r.headers); },
          "Every WARC header, a list of (name, value) in order. Header fields are UTF-8; a byte "
          "that is not (a Latin-1 value) is a surrogate, as os.fsdecode() makes: "
          ".encode(\"utf-8\", \"surrogateescape\") gives the bytes back.")
      .def_readonly("http_status", &pith::WarcRecord::http_status,
                    "The HTTP status of a response record; 0 for other records.")
      .def_property_readonly(
          "http_headers", [](const pith::WarcRecord& r) { return HeaderList(r.http_headers); },
          "The HTTP response's headers, a list of (name, value) in order.")
      .def_property_readonly(
          "http_content_type",
          [](const pith::WarcRecord& r) { return WireText(r.http_content_type); },
          "The HTTP response's Content-Type (a resource record's own).")
      .def_property_readonly(
          "payload", [](const pith::WarcRecord& r) { return py::bytes(r.payload); },
          "The payload: a response's HTTP body (chunking and gzip undone), a resource's "
          "block, other records' whole block.")
      .def_property_readonly(
          "ok", [](const pith::WarcRecord& r) { return r.status.ok(); },
          "False for a damaged record.")
      .def_property_readonly(
          "error",
          [](const pith::WarcRecord& r) -> py::object {
            return r.status.ok() ? py::none() : ErrorObject(r.status);
          },
          "None, or the pith.Error saying why the record is damaged (not raised).")
      .def_property_readonly("is_html", &pith::WarcRecord::IsHtmlResponse,
                             "A response or resource record whose payload is declared HTML "
                             "(or declares no type).")
      .def(
          "header",
          [](const pith::WarcRecord& r, const py::object& name) {
            return WireText(std::string(r.Header(Cast<std::string>("header", "name", name))));
          },
          py::arg("name"), "The value of WARC header name (any case), or \"\".")
      .def(
          "http_header",
          [](const pith::WarcRecord& r, const py::object& name) {
            return WireText(
                std::string(r.HttpHeaderValue(Cast<std::string>("http_header", "name", name))));
          },
          py::arg("name"), "The value of HTTP header name (any case), or \"\".")
      .def(
          "raise_for_error",
          [](const pith::WarcRecord& r) {
            if (!r.status.ok()) Raise(r.status);
          },
          "Raises the record's pith.Error if it is damaged.")
      .def(
          "extract",
          [](const pith::WarcRecord& r, const py::kwargs& kwargs) {
            return ExtractRecord(r, kwargs);
          },
          "Extracts the page in a response or resource record, with the target URI as its "
          "URL and the HTTP charset. Takes pith.extract()'s keyword options but content_type. "
          "Raises the record's error if it is damaged, UnsupportedType for a record that holds "
          "no page or no HTML, and pith.extract()'s errors.")
      .def(
          "error_json",
          [](const pith::WarcRecord& r, const py::object& error, const py::object& input) {
            return pith::RenderErrorJson(FsPath(input), StatusOf(error), r);
          },
          py::arg("error"), py::arg("input") = "",
          "The JSON line the command line writes for a record that gave no article: url, input, "
          "warc_record_id, warc_date, warc_target_uri, warc_offset, error (\"code: message\" "
          "of error, a pith.Error), found false, and http_status, skipped, content_type where "
          "they apply.")
      .def("__reduce__", &Reduce<pith::WarcRecord, &RecordState>,
           "Pickling: every field, the payload and a damaged record's error included, so "
           "records cross to other processes (multiprocessing, Dask).")
      .def("__repr__", &RecordRepr);

  py::class_<WarcIterator>(m, "WarcIterator", "The records of one WARC file (pith.iter_warc()).")
      .def(NotCreatable<WarcIterator>("WarcIterator", "pith.iter_warc() returns one"),
           kNotCreatableDoc)
      .def("__iter__", [](WarcIterator& it) -> WarcIterator& { return it; })
      .def("__next__", &WarcIterator::Next, "The next record; StopIteration at the end.")
      .def_property_readonly("bytes_read", &WarcIterator::BytesRead,
                             "Bytes of the file consumed so far (compressed, for a gzipped file).")
      .def("close", &WarcIterator::Close,
           "Stops reading: a file opened from a path is closed at once (a file object given "
           "stays open); the iteration ends. Reading to the end closes it too.")
      .def("__enter__", [](WarcIterator& it) -> WarcIterator& { return it; },
           "with pith.iter_warc(path) as records: ... closes the file on leaving.")
      .def("__exit__", [](WarcIterator& it, const py::args&) { it.Close(); },
           "Closes the file (close()).")
      .def("__reduce_ex__", &RefusePickling, "Refuses pickling (a TypeError).");

  m.def(
      "iter_warc",
      [](py::object file, const py::kwargs& kwargs) {
        return WarcIterator(std::move(file), WarcOptionsFrom(kwargs));
      },
      py::arg("path_or_file"), R"doc(
Iterates over the records of a WARC file (WARC/1.0 or 1.1; plain, gzipped
record by record, or gzipped whole), holding one record in memory at a time.

path_or_file is a path (str, bytes or os.PathLike) or a binary file object
(anything with read(n) returning bytes: open(p, "rb"), a socket's makefile,
a boto3 body). A file in text mode raises TypeError: an io.TextIOBase
(open(p), io.StringIO) at once, another whose read() returns str at the
first record. Yields a pith.Record for every record, warcinfo and requests
too; record.is_html tells a page, record.extract(**options) extracts it.
A damaged record (truncated or corrupt gzip member, bad length, garbage,
unparsable HTTP) is yielded with .ok False and .error set, and reading goes
on with the next record.

Keyword options (defaults from WarcOptions): max_header_bytes (256 KiB),
max_record_bytes (64 MiB; a larger record is yielded with an empty payload
and TooLarge). Raises IoError at once if the path cannot be opened.
)doc");
  m.def("_restore_link", &LinkFromState, "Unpickles a Link (Link.__reduce__).");
  m.def("_restore_block", &BlockFromState, "Unpickles a Block (Block.__reduce__).");
  m.def("_restore_image", &ImageFromState, "Unpickles an Image (Image.__reduce__).");
  m.def("_restore_article", &ArticleFromState, "Unpickles an Article (Article.__reduce__).");
  m.def("_restore_record", &RecordFromState, "Unpickles a Record (Record.__reduce__).");
  m.def("warc_defaults", &WarcDefaults,
        "The default of every iter_warc() keyword, from pith::WarcOptions.");

  m.def("extract", &Extract, py::arg("html"), py::arg("url") = py::none(), R"doc(
Extracts the main content of a page and returns a pith.Article.

html is the page: bytes in any encoding (detected from a byte-order mark,
content_type's charset, <meta charset>, or the bytes themselves; gzip is
inflated, a WARC record unwrapped), or a str (already decoded text, read as
such whatever its <meta charset> says). url is where the page came from: it
makes links and image URLs absolute and becomes Article.url.

Keyword options (defaults from the C++ library's ExtractOptions):
  content_type       the HTTP Content-Type; its charset outranks <meta charset>
  favor              "balanced", "precision" (less chrome, perhaps less text)
                     or "recall" (more text, perhaps some chrome)
  include_comments   collect the comment section into Article.comments (False)
  include_tables     keep tables that are part of the article (True)
  min_text_chars     fewer characters than this is "not found" (50)
  encoding           decode bytes as this label (e.g. "windows-1251"), not detect
  max_input_bytes    larger input raises TooLarge (64 MiB)
  max_parse_memory_bytes, max_parse_seconds, max_nesting_depth, max_elements
                     per-page limits no real page comes near; past them
                     TooLarge or Timeout
  page_type          read the page as this type ("forum", "product"... as
                     Article.page_type names them) instead of guessing (None)

A page without main content is not an error: Article.found is False.
Raises TooLarge, Timeout, DecodeError (binary data, broken gzip),
InvalidArgument (an unknown encoding label or option value, or a WARC of
several response records: read those with pith.iter_warc()) or
UnsupportedType (content_type names something that is not a page, such as
"application/json", or a WARC record is not HTML; the rule is the one
downloads are skipped by: text/html, application/xhtml+xml and no type are
pages, any other type, text/plain included, is not). The GIL is released
while the page is extracted, so threads extract in parallel.
)doc");
  m.def("extract_file", &ExtractFile, py::arg("path"), py::arg("url") = py::none(), R"doc(
Reads a page from a file (gzipped or not, or a saved WARC record) and
extracts it, as pith.extract() does. Article.url is url, else a saved WARC
page's URL, else the path; Article.input is the path. Takes the same keyword
options. Raises IoError when the file cannot be read, TooLarge when it
exceeds max_input_bytes, and pith.extract()'s errors.
)doc");
  m.def("fetch", &Fetch, py::arg("urls"), py::kw_only(), py::arg("on_done") = py::none(),
        py::arg("should_cancel") = py::none(), R"doc(
Downloads one URL (a str: returns a pith.Response) or many (an iterable of
str: returns a list of pith.Response in the same order), max_parallel at a
time, on libcurl's multi interface. A failed download is not raised: its
Response has .ok False and .error the pith.Error saying why (call
.raise_for_error() to raise it). Response.extract() extracts the page.

on_done(index, response) is called as each download completes, in
completion order; an exception it raises is re-raised once all are done.

Ctrl-C stops the downloads: the signal is checked every 50 ms, running
transfers are closed and KeyboardInterrupt (or whatever the SIGINT handler
raised) is raised within a moment; so is a KeyboardInterrupt or SystemExit
that on_done raises.

should_cancel() is asked as often (threading.Event().is_set, a deadline):
when it returns true, running transfers are closed and the downloads not
done come back with .error a pith.CancelledError, handed to on_done as the
others; an exception it raises stops the downloads and is raised.

Keyword options (defaults from the C++ library's FetchOptions):
  connect_timeout_seconds (10), timeout_seconds (30, per request),
  max_redirects (10), max_body_bytes (20 MiB; larger is TooLarge),
  max_parallel (8), retries (0; connection failures, timeouts, 429, 502,
  503, 504), retry_wait_seconds (1, doubled per retry; Retry-After wins),
  max_retry_wait_seconds (120), compressed (True), http2 (True),
  proxy_from_environment (True), user_agent (None: "pith/VERSION ...").
Politeness: obey_robots (True: each site's robots.txt is read once and a
URL it disallows comes back with a pith.Disallowed error, never requested),
max_per_host (2 transfers to one host at once), per_host_delay_seconds (1;
a robots.txt Crawl-delay wins when larger, up to max_crawl_delay_seconds,
30), max_robots_bytes (500 KiB).

Only http and https URLs are fetched (also as redirect targets). The GIL is
released while downloading.
)doc");
  py::class_<pith::CheckResult>(m, "CheckResult",
                                "What became of one expectation of one saved page.")
      .def(NotCreatable<pith::CheckResult>("CheckResult", "CheckReport.results holds them"),
           kNotCreatableDoc)
      .def_property_readonly(
          "name", [](const pith::CheckResult& r) { return FsText(r.name); },
          "The page's name: its path below the directory without the extension, or SLUG.")
      .def_property_readonly(
          "page", [](const pith::CheckResult& r) { return FsText(r.page); },
          "The saved page's path (as os.fsdecode() gives it).")
      .def_property_readonly(
          "expected", [](const pith::CheckResult& r) { return FsText(r.expected); },
          "The expectation file's path (as os.fsdecode() gives it).")
      .def_property_readonly(
          "format", [](const pith::CheckResult& r) { return pith::OutputFormatName(r.format); },
          "\"text\", \"markdown\", \"html\" or \"json\".")
      .def_property_readonly(
          "outcome", [](const pith::CheckResult& r) { return pith::CheckOutcomeName(r.outcome); },
          "\"unchanged\", \"changed\", \"missing\", \"failed\", \"created\" or \"updated\".")
      .def_property_readonly(
          "diff", [](const pith::CheckResult& r) { return MessageText(r.diff); },
          "changed, updated: a unified diff, expectation (-) against the output now (+).")
      .def_property_readonly(
          "fields",
          [](const pith::CheckResult& r) {
            py::list fields;
            for (const pith::FieldChange& c : r.fields) fields.append(py::make_tuple(c.field, c.diff));
            return fields;
          },
          "json: the changed top-level fields, a list of (field, diff).")
      .def_property_readonly(
          "error",
          [](const pith::CheckResult& r) -> py::object {
            return r.error.ok() ? py::none() : ErrorObject(r.error);
          },
          "failed: the pith.Error saying why; else None.")
      .def("__reduce_ex__", &RefusePickling, "Refuses pickling (a TypeError).")
      .def("__repr__", [](const pith::CheckResult& r) {
        return "<pith.testing.CheckResult " + std::string(pith::CheckOutcomeName(r.outcome)) + " " +
               std::string(py::repr(FsText(r.name))) + " (" +
               pith::OutputFormatName(r.format) + ")>";
      });

  py::class_<pith::CheckReport>(m, "CheckReport",
                                "The outcome of checking a directory of saved pages.")
      .def(NotCreatable<pith::CheckReport>("CheckReport", "pith.testing.check() returns one"),
           kNotCreatableDoc)
      .def_readonly("results", &pith::CheckReport::results,
                    "Every expectation's CheckResult, by page name, then by format.")
      .def_readonly("pages", &pith::CheckReport::pages, "Pages checked.")
      .def_readonly("unchanged", &pith::CheckReport::unchanged, "Pages whose output is unchanged.")
      .def_readonly("changed", &pith::CheckReport::changed, "Pages whose output changed.")
      .def_readonly("missing", &pith::CheckReport::missing, "Pages missing an expectation.")
      .def_readonly("failed", &pith::CheckReport::failed,
                    "Pages that could not be read or extracted.")
      .def_readonly("updated", &pith::CheckReport::updated,
                    "Updating: pages with an expectation created or rewritten.")
      .def_readonly("written", &pith::CheckReport::written,
                    "Updating: expectation files created or rewritten.")
      .def_readonly("updating", &pith::CheckReport::updating,
                    "Whether the check wrote expectations (update=True).")
      .def_property_readonly(
          "orphans",
          [](const pith::CheckReport& r) {
            py::list out;
            for (const std::string& path : r.orphans) out.append(FsText(path));
            return out;
          },
          "Expectation files whose page is gone (renamed, deleted), sorted; not looked for "
          "with only=.")
      .def_property_readonly("summary", &pith::CheckReport::Summary,
                             "The counts in one line, as pith check prints them: \"3 pages "
                             "checked: 1 unchanged, 1 changed, 1 missing an expectation, 0 "
                             "failed\" (and \", 1 updated (2 files written)\" when updating).")
      .def_property_readonly("exit_code", &pith::CheckReport::ExitCode,
                             "0 all unchanged (or written), 1 changed, missing, orphaned or no "
                             "page at all, 2 failed.")
      .def("__reduce_ex__", &RefusePickling, "Refuses pickling (a TypeError).")
      .def("__repr__", [](const pith::CheckReport& r) {
        return "<pith.testing.CheckReport " + std::to_string(r.pages) + " pages: " +
               std::to_string(r.unchanged) + " unchanged, " + std::to_string(r.changed) +
               " changed, " + std::to_string(r.missing) + " missing, " +
               std::to_string(r.failed) + " failed>";
      });

  m.def("check_directory", &CheckDirectory, py::arg("directory"),
        "Checks a directory of saved pages. See pith.testing.check.");

  m.def(
      "printable",
      [](const py::object& text) { return MessageText(pith::Printable(FsPath(text))); },
      py::arg("text"),
      "A caller's text (a str, bytes or path) as pith's messages quote it: control "
      "characters escaped (\"\\n\", \"\\x1b\"), a byte a file name has that is not UTF-8 "
      "written as its surrogate's escape (\"\\udcff\"), every other character kept. The "
      "library's Printable(), for messages a Python module of pith's writes itself, as "
      "pith.dask does.");
  m.attr("MAX_MIN_TEXT_CHARS") = pith::kMaxMinTextChars;
  m.def(
      "parse_size",
      [](const py::object& text) -> py::object {
        std::size_t bytes = 0;
        if (!pith::ParseByteSize(Cast<std::string>("parse_size", "text", text), &bytes)) {
          return py::none();
        }
        return py::int_(bytes);
      },
      py::arg("text"),
      "A size as pith's --max-input takes it, in bytes: a decimal number (\"64\", \"1.5\", "
      "\"1e3\") and an optional unit k, M or G (any case; powers of 1024), spaces around it "
      "ignored, from 1 byte to 10**12 rounded down; None if it is none. The library's "
      "ParseByteSize().");
  m.def(
      "parse_whole_number",
      [](const py::object& text, long long max) -> py::object {
        long long number = 0;
        if (!pith::ParseWholeNumber(Cast<std::string>("parse_whole_number", "text", text), max,
                                    &number)) {
          return py::none();
        }
        return py::int_(number);
      },
      py::arg("text"), py::arg("max"),
      "A count as pith's --min-chars takes it: ASCII decimal digits only (no sign, spaces or "
      "\"_\", which int() takes), from 0 to max; None if it is none. The library's "
      "ParseWholeNumber().");
  m.def(
      "extract_record",
      [](const pith::WarcRecord& record, const std::string& limit_name, const py::kwargs& options) {
        return ExtractRecord(record, options, limit_name);
      },
      py::arg("record"), py::arg("limit_name"), py::pos_only(),
      "record.extract(**options), its errors naming the limits on a page's size, "
      "max_input_bytes and iter_warc()'s max_record_bytes, as `limit_name` instead "
      "(\"the input is 70 MiB, over the limit of 64 MiB (--max-input)\"). For a function "
      "that sets both with one option of its own, as pith.dask does.");
  m.def(
      "iter_warc_named",
      [](py::object file, const std::string& limit_name, const py::kwargs& options) {
        return WarcIterator(std::move(file), WarcOptionsFrom(options, limit_name));
      },
      py::arg("path_or_file"), py::arg("limit_name"), py::pos_only(),
      "iter_warc(path_or_file, **options), its records' errors naming max_record_bytes as "
      "`limit_name` instead, as extract_record() names max_input_bytes. For a function that "
      "sets both with one option of its own, as pith.dask does.");
  m.def(
      "check_extract_options",
      [](const std::string& function, const py::kwargs& options) {
        ExtractOptionsFrom(function.c_str(), options);
      },
      py::arg("function"), py::pos_only(),
      "Reads extract()'s keyword options as extract() does, raising the TypeError or "
      "InvalidArgument it would, named after `function` instead (\"run(): min_text_chars must "
      "be int, not str\"); None when all are taken. For a function that passes them on to "
      "extract(), as pith.dask.run() does, checking them before any work.");
  m.def(
      "parse_favor",
      [](const py::object& text) -> py::object {
        pith::ExtractOptions::Focus focus = pith::ExtractOptions::Focus::kBalanced;
        if (!pith::ParseFocus(Cast<std::string>("parse_favor", "text", text), &focus)) {
          return py::none();
        }
        return py::str(pith::FocusName(focus));
      },
      py::arg("text"),
      "The name of the focus pith.extract(favor=...) takes as it reads it: \"balanced\", "
      "\"precision\" or \"recall\" in any ASCII case, given back in lower case; None if it is "
      "none. The library's ParseFocus().");
  m.attr("FAVOR_NAMES") = py::make_tuple(pith::FocusName(kFocuses[0]), pith::FocusName(kFocuses[1]),
                                         pith::FocusName(kFocuses[2]));
  m.def("extract_defaults", &ExtractDefaults,
        "The default of every extraction keyword, from pith::ExtractOptions.");
  m.def("fetch_defaults", &FetchDefaults,
        "The default of every download keyword, from pith::FetchOptions.");
}
