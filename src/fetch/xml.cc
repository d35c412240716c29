// The XML reader for sitemaps and feeds, on libxml2's push parser.
#include "fetch/xml.h"

#include <libxml/parser.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <cstdarg>
#include <cstdio>
#include <mutex>
#include <string>

namespace pith::internal {
namespace {

std::string_view View(const xmlChar* s) {
  return s == nullptr ? std::string_view() : std::string_view(reinterpret_cast<const char*>(s));
}

// libxml2 reports some faults not to the reader's handler but to its
// generic one, which prints to stderr: a conversion from the declared
// encoding failing ("encoding error : input conversion failed", a sitemap
// in Shift_JIS or UTF-7 with a stray byte), and what follows from it. While
// libxml2 reads, that handler (libxml2 keeps one per thread) collects them
// instead, their first line in the string it is given.
void OnGenericError(void* arg, const char* msg, ...) {
  auto* line = static_cast<std::string*>(arg);
  if (msg == nullptr || line->find('\n') != std::string::npos || line->size() >= 1024) return;
  char buffer[512];
  va_list args;
  va_start(args, msg);
  const int n = std::vsnprintf(buffer, sizeof buffer, msg, args);
  va_end(args);
  if (n > 0) line->append(buffer, std::min(static_cast<std::size_t>(n), sizeof buffer - 1));
}

class CollectGenericErrors {
 public:
  explicit CollectGenericErrors(std::string* line)
      : old_(xmlGenericError), old_context_(xmlGenericErrorContext) {
    xmlSetGenericErrorFunc(line, OnGenericError);
  }
  ~CollectGenericErrors() { xmlSetGenericErrorFunc(old_context_, old_); }
  CollectGenericErrors(const CollectGenericErrors&) = delete;
  CollectGenericErrors& operator=(const CollectGenericErrors&) = delete;

 private:
  xmlGenericErrorFunc old_;
  void* old_context_;
};

// The first line of `text`, without its line end and trailing spaces.
std::string FirstLine(std::string text) {
  text.erase(std::min(text.find('\n'), text.size()));
  while (!text.empty() && (text.back() == ' ' || text.back() == '\r')) text.pop_back();
  return text;
}

// Whether `doc` may declare entities: whether its prolog (what comes before
// the root element: an XML declaration, comments, processing instructions)
// holds a DOCTYPE and "<!ENTITY" follows it, in UTF-8 or in UTF-16 or
// UTF-32, which libxml2 reads too (there its ASCII octets have NULs between
// them). Only the internal subset of a DOCTYPE declares entities, and it
// stands before the root element: a "<!ENTITY" in the content, in a CDATA
// section of a post about XML, declares nothing.
bool DeclaresEntities(std::string_view doc) {
  std::string ascii;
  if (doc.find('\0') != std::string_view::npos) {
    ascii.reserve(doc.size());
    for (const char c : doc) {
      if (c != '\0') ascii += c;
    }
    doc = ascii;
  }
  std::size_t i = 0;
  for (;;) {
    i = doc.find('<', i);
    if (i == std::string_view::npos) return false;
    const char* close = nullptr;
    if (doc.compare(i, 4, "<!--") == 0) {
      close = "-->";
    } else if (doc.compare(i, 2, "<?") == 0) {
      close = "?>";
    } else {
      // The DOCTYPE, or the root element (or what libxml2 stops at).
      return doc.compare(i, 9, "<!DOCTYPE") == 0 &&
             doc.find("<!ENTITY", i) != std::string_view::npos;
    }
    i = doc.find(close, i + 2);
    if (i == std::string_view::npos) return false;
  }
}

bool IsNameStart(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' ||
         static_cast<unsigned char>(c) >= 0x80;
}
bool IsNameChar(char c) { return IsNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.'; }

// Whether the '&' at doc[at] opens a reference: "&name;", "&#10;", "&#xA;".
bool OpensReference(std::string_view doc, std::size_t at) {
  std::size_t i = at + 1;
  if (i < doc.size() && doc[i] == '#') {
    ++i;
    const bool hex = i < doc.size() && doc[i] == 'x';
    if (hex) ++i;
    const std::size_t digits = i;
    while (i < doc.size() && (hex ? std::isxdigit(static_cast<unsigned char>(doc[i])) != 0
                                  : doc[i] >= '0' && doc[i] <= '9')) {
      ++i;
    }
    return i > digits && i < doc.size() && doc[i] == ';';
  }
  if (i >= doc.size() || !IsNameStart(doc[i])) return false;
  while (i < doc.size() && IsNameChar(doc[i])) ++i;
  return i < doc.size() && doc[i] == ';';
}

// `doc` with every '&' that opens no reference written "&amp;", outside
// CDATA sections, comments and processing instructions (where an '&' is
// the octet itself): the most common fault of sitemaps and feeds, a URL's
// query written as it is ("?a=1&b=2"), which libxml2's recovery reads as
// "?a=1=2". Only for a document in an encoding where '&' is the octet 0x26
// alone (it opens with '<', holds no NUL). "" when nothing needed it; else
// *line says where the first stood.
std::string EscapeBareAmpersands(std::string_view doc, std::size_t* line) {
  std::string_view start = doc;
  if (start.substr(0, 3) == "\xEF\xBB\xBF") start.remove_prefix(3);
  const std::size_t first = start.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos || start[first] != '<') return "";
  if (doc.find('\0') != std::string_view::npos) return "";
  std::string out;
  std::size_t copied = 0;  // doc[0, copied) is in `out`
  std::size_t i = 0;
  while ((i = doc.find_first_of("&<", i)) != std::string_view::npos) {
    if (doc[i] == '<') {
      const char* close = nullptr;
      if (doc.compare(i, 9, "<![CDATA[") == 0) {
        close = "]]>";
      } else if (doc.compare(i, 4, "<!--") == 0) {
        close = "-->";
      } else if (doc.compare(i, 2, "<?") == 0) {
        close = "?>";
      }
      if (close == nullptr) {
        ++i;
        continue;
      }
      const std::size_t end = doc.find(close, i + 2);
      if (end == std::string_view::npos) break;
      i = end + std::char_traits<char>::length(close);
      continue;
    }
    if (!OpensReference(doc, i)) {
      if (out.empty()) {
        out.reserve(doc.size() + 64);
        *line = 1 + static_cast<std::size_t>(std::count(doc.begin(), doc.begin() + i, '\n'));
      }
      out.append(doc.substr(copied, i + 1 - copied));
      out += "amp;";
      copied = i + 1;
    }
    ++i;
  }
  if (out.empty()) return "";
  out.append(doc.substr(copied));
  return out;
}

// An attribute value as the parser gives it without substituting entities:
// an '&' it stood for (written "&amp;" or "&#38;") is "&#38;" still. No
// other reference is left in it, the document declaring no entity.
std::string AttributeValue(const xmlChar* begin, const xmlChar* end) {
  const std::string_view v(reinterpret_cast<const char*>(begin),
                           static_cast<std::size_t>(end - begin));
  std::string out;
  out.reserve(v.size());
  std::size_t from = 0;  // one pass: an attribute may be megabytes of "&amp;"
  for (std::size_t at; (at = v.find("&#38;", from)) != std::string_view::npos; from = at + 5) {
    out.append(v.substr(from, at - from));
    out += '&';
  }
  out.append(v.substr(from));
  return out;
}

// How much of the document the parser is given at a time: its events wait
// in a queue until read, so the queue holds those of one piece at most.
constexpr std::size_t kPushBytes = 4096;

}  // namespace

// The SAX2 callbacks, with the reader as their user data.
struct XmlReader::Callbacks {
  // The reader, whose parser is told again that the document is
  // well-formed: once it is not, libxml2 drops every "&amp;" and "&lt;" of
  // the text that follows ("?a=1&amp;b=2" read "?a=1b=2"), the recovery
  // reading on without them. The reader keeps the first fault itself.
  static XmlReader* Of(void* ctx) {
    auto* r = static_cast<XmlReader*>(ctx);
    if (r->parser_ != nullptr) static_cast<xmlParserCtxtPtr>(r->parser_)->wellFormed = 1;
    return r;
  }

  static void StartElement(void* ctx, const xmlChar* localname, const xmlChar* prefix,
                           const xmlChar*, int, const xmlChar**, int nb_attributes, int,
                           const xmlChar** attributes) {
    (void)prefix;
    XmlReader* r = Of(ctx);
    Event e;
    e.node = Node::kStart;
    e.name = View(localname);
    e.depth = r->open_++;
    for (int i = 0; i < nb_attributes; ++i) {
      const xmlChar** a = attributes + 5 * i;  // localname, prefix, URI, value, end
      std::string name(View(a[0]));
      if (a[1] != nullptr) name = std::string(View(a[1])) + ":" + name;
      e.attributes.emplace_back(std::move(name), AttributeValue(a[3], a[4]));
    }
    r->events_.push_back(std::move(e));
  }

  static void EndElement(void* ctx, const xmlChar* localname, const xmlChar*, const xmlChar*) {
    XmlReader* r = Of(ctx);
    Event e;
    e.node = Node::kEnd;
    e.name = View(localname);
    e.depth = r->open_ = std::max(0, r->open_ - 1);
    r->events_.push_back(std::move(e));
  }

  static void Characters(void* ctx, const xmlChar* text, int len) {
    XmlReader* r = Of(ctx);
    if (r->events_.empty() || r->events_.back().node != Node::kText) {
      Event e;
      e.node = Node::kText;
      e.depth = r->open_;
      r->events_.push_back(std::move(e));
    }
    r->events_.back().text.append(reinterpret_cast<const char*>(text),
                                  static_cast<std::size_t>(len));
  }

  // Keeps the first error libxml2 reports (a warning is none) instead of
  // letting it print; one its generic handler had first comes first.
  static void Error(void* ctx, xmlErrorPtr error) {
    auto* r = static_cast<XmlReader*>(ctx);
    // A namespace's fault (a prefix not declared) leaves the names to read.
    if (!r->error_.empty() || error == nullptr || error->level < XML_ERR_ERROR ||
        error->domain == XML_FROM_NAMESPACE) {
      return;
    }
    if (!r->generic_.empty()) {
      r->error_ = FirstLine(r->generic_);
      return;
    }
    r->error_ =
        "line " + std::to_string(error->line) + ": " + (error->message ? error->message : "");
    while (!r->error_.empty() && (r->error_.back() == '\n' || r->error_.back() == ' ')) {
      r->error_.pop_back();
    }
  }
};

XmlReader::XmlReader(std::string_view doc) : doc_(doc) {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
  // Entity declarations have no place in a sitemap or a feed, and are how
  // "billion laughs" documents grow: refuse them before parsing.
  if (DeclaresEntities(doc)) {
    status_ = Status::DecodeError("the XML declares entities, which pith does not accept");
    return;
  }
  if (doc.size() > static_cast<std::size_t>(INT_MAX)) {
    status_ = Status::TooLarge("the XML document is larger than 2 GiB");
    return;
  }
  repaired_ = EscapeBareAmpersands(doc, &bare_ampersand_line_);
  if (!repaired_.empty()) doc_ = repaired_;
  xmlSAXHandler sax{};
  sax.initialized = XML_SAX2_MAGIC;
  sax.startElementNs = Callbacks::StartElement;
  sax.endElementNs = Callbacks::EndElement;
  sax.characters = Callbacks::Characters;
  sax.ignorableWhitespace = Callbacks::Characters;
  sax.cdataBlock = Callbacks::Characters;
  sax.serror = Callbacks::Error;
  // No getEntity, resolveEntity, internalSubset or externalSubset: no DTD
  // is read and no entity but XML's five resolves. NONET: never touch the
  // network. No NOENT (entities stay references) and no DTDLOAD/DTDATTR.
  // RECOVER reads on past the faults real feeds have. No HUGE: libxml2's
  // own limits on depth and text size stay.
  const int options = XML_PARSE_NONET | XML_PARSE_RECOVER | XML_PARSE_NOERROR |
                      XML_PARSE_NOWARNING | XML_PARSE_NOCDATA | XML_PARSE_COMPACT;
  // The first octets go in at once, for the parser to tell the encoding.
  const std::size_t head = std::min<std::size_t>(doc_.size(), 4);
  {
    CollectGenericErrors collect(&generic_);
    parser_ = xmlCreatePushParserCtxt(&sax, this, doc_.data(), static_cast<int>(head), nullptr);
  }
  generic_.clear();  // nothing is read yet: what it may say is dropped
  if (parser_ == nullptr) {
    status_ = Status::DecodeError("cannot start the XML parser");
    return;
  }
  pushed_ = head;
  xmlCtxtUseOptions(static_cast<xmlParserCtxtPtr>(parser_), options);
}

XmlReader::~XmlReader() {
  if (parser_ != nullptr) xmlFreeParserCtxt(static_cast<xmlParserCtxtPtr>(parser_));
}

bool XmlReader::Push() {
  auto* ctxt = static_cast<xmlParserCtxtPtr>(parser_);
  if (ctxt == nullptr || pushed_ > doc_.size() || ctxt->instate == XML_PARSER_EOF) return false;
  const std::size_t n = std::min(kPushBytes, doc_.size() - pushed_);
  const bool last = pushed_ + n == doc_.size();
  {
    CollectGenericErrors collect(&generic_);
    xmlParseChunk(ctxt, doc_.data() + pushed_, static_cast<int>(n), last ? 1 : 0);
  }
  ctxt->wellFormed = 1;         // as Callbacks::Of() does
  pushed_ += last ? n + 1 : n;  // past the end once the last piece went in
  if (pushed_ > doc_.size() || ctxt->instate == XML_PARSER_EOF) {
    // Read to its end, or stopped: what went wrong, first.
    if (error_.empty()) error_ = FirstLine(generic_);
    if (!error_.empty()) {
      status_ = Status::DecodeError("not well-formed XML" + (error_.empty() ? "" : " (" + error_ + ")"));
    } else if (bare_ampersand_line_ != 0) {
      status_ =
          Status::DecodeError("not well-formed XML (line " + std::to_string(bare_ampersand_line_) +
                              ": an '&' that opens no reference, read as \"&amp;\")");
    }
  }
  return true;
}

bool XmlReader::Next() {
  while (events_.empty()) {
    if (!Push()) {
      node_ = Node::kOther;
      name_ = text_ = {};
      return false;
    }
  }
  current_ = std::move(events_.front());
  events_.pop_front();
  node_ = current_.node;
  name_ = current_.name;
  depth_ = current_.depth;
  text_ = current_.text;
  return true;
}

std::string XmlReader::Attribute(const char* qualified_name) const {
  if (node_ != Node::kStart) return "";
  for (const auto& [name, value] : current_.attributes) {
    if (name == qualified_name) return value;
  }
  return "";
}

}  // namespace pith::internal
