// The XML reader for sitemaps and feeds, on libxml2's xmlTextReader.
#include "fetch/xml.h"

#include <libxml/parser.h>
#include <libxml/xmlreader.h>

#include <algorithm>
#include <climits>
#include <cstdarg>
#include <cstdio>
#include <mutex>
#include <string>

namespace pith::internal {
namespace {

xmlTextReaderPtr R(void* p) { return static_cast<xmlTextReaderPtr>(p); }

std::string_view View(const xmlChar* s) {
  return s == nullptr ? std::string_view() : std::string_view(reinterpret_cast<const char*>(s));
}

// Keeps the first error libxml2 reports instead of letting it print.
void OnError(void* arg, const char* msg, xmlParserSeverities severity, xmlTextReaderLocatorPtr locator) {
  auto* first = static_cast<std::string*>(arg);
  if (!first->empty() || msg == nullptr) return;
  if (severity != XML_PARSER_SEVERITY_ERROR && severity != XML_PARSER_SEVERITY_VALIDITY_ERROR) return;
  *first = "line " + std::to_string(xmlTextReaderLocatorLineNumber(locator)) + ": " + msg;
  while (!first->empty() && (first->back() == '\n' || first->back() == ' ')) first->pop_back();
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

// Whether `doc` holds "<!ENTITY", in UTF-8 or in UTF-16 or UTF-32, which
// libxml2 reads too: there its ASCII octets have NULs between them.
bool DeclaresEntities(std::string_view doc) {
  if (doc.find("<!ENTITY") != std::string_view::npos) return true;
  if (doc.find('\0') == std::string_view::npos) return false;
  std::string ascii;
  ascii.reserve(doc.size());
  for (const char c : doc) {
    if (c != '\0') ascii += c;
  }
  return ascii.find("<!ENTITY") != std::string::npos;
}

}  // namespace

XmlReader::XmlReader(std::string_view doc) {
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
  // NONET: never touch the network. No NOENT (entities stay references)
  // and no DTDLOAD/DTDATTR (no external DTD). RECOVER reads on past the
  // small faults real feeds have. No HUGE: libxml2's own limits on depth
  // and text size stay.
  const int options = XML_PARSE_NONET | XML_PARSE_RECOVER | XML_PARSE_NOERROR |
                      XML_PARSE_NOWARNING | XML_PARSE_NOCDATA | XML_PARSE_COMPACT;
  std::string generic;  // nothing is read yet: what it may say is dropped
  {
    CollectGenericErrors collect(&generic);
    reader_ = xmlReaderForMemory(doc.data(), static_cast<int>(doc.size()), nullptr, nullptr, options);
  }
  if (reader_ == nullptr) {
    status_ = Status::DecodeError("cannot start the XML reader");
    return;
  }
  // Once for the reader's life (it does not move), not around every read.
  xmlTextReaderSetErrorHandler(R(reader_), OnError, &error_);
}

XmlReader::~XmlReader() {
  if (reader_ != nullptr) xmlFreeTextReader(R(reader_));
}

bool XmlReader::Next() {
  if (reader_ == nullptr) return false;
  if (node_ == Node::kStart && xmlTextReaderIsEmptyElement(R(reader_)) == 1) {
    node_ = Node::kEnd;  // <loc/>: its end, which libxml2 does not report
    return true;
  }
  error_.clear();  // the first error of this read
  std::string generic;
  int rc;
  {
    CollectGenericErrors collect(&generic);
    rc = xmlTextReaderRead(R(reader_));
  }
  if (error_.empty()) error_ = FirstLine(std::move(generic));
  if (rc != 1) {
    if (rc < 0) {
      status_ = Status::DecodeError("not well-formed XML" + (error_.empty() ? "" : " (" + error_ + ")"));
    }
    xmlFreeTextReader(R(reader_));
    reader_ = nullptr;
    node_ = Node::kOther;
    name_ = text_ = {};  // they were libxml2's
    return false;
  }
  depth_ = xmlTextReaderDepth(R(reader_));
  switch (xmlTextReaderNodeType(R(reader_))) {
    case XML_READER_TYPE_ELEMENT:
      node_ = Node::kStart;
      name_ = View(xmlTextReaderConstLocalName(R(reader_)));
      break;
    case XML_READER_TYPE_END_ELEMENT:
      node_ = Node::kEnd;
      name_ = View(xmlTextReaderConstLocalName(R(reader_)));
      break;
    case XML_READER_TYPE_TEXT:
    case XML_READER_TYPE_CDATA:
    case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
      node_ = Node::kText;
      text_ = View(xmlTextReaderConstValue(R(reader_)));
      break;
    default:
      node_ = Node::kOther;
      break;
  }
  return true;
}

std::string XmlReader::Attribute(const char* qualified_name) const {
  // Most elements have none: asking by name costs a qualified-name split.
  if (reader_ == nullptr || node_ != Node::kStart || xmlTextReaderHasAttributes(R(reader_)) != 1) {
    return "";
  }
  xmlChar* v = xmlTextReaderGetAttribute(R(reader_), reinterpret_cast<const xmlChar*>(qualified_name));
  std::string out(View(v));
  if (v != nullptr) xmlFree(v);
  return out;
}

}  // namespace pith::internal
