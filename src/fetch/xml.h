// Discovery: a forward-only reader over an XML document (sitemaps, RSS,
// Atom), on libxml2's push parser with SAX2 callbacks. Hardened for
// documents from the network: no network access, no external DTD or entity
// is loaded, no entity is substituted, a document declaring entities is
// refused outright (no billion laughs), nesting is bounded by libxml2's
// default limit, and errors are collected instead of printed. A document
// that is not well-formed is read on past its faults, as libxml2 recovers
// (what comes after a bare '&' or an undeclared "&nbsp;" is not lost), and
// the first fault is reported. Element names are compared by local name,
// so any namespace prefix reads alike.
#ifndef PITH_SRC_FETCH_XML_H_
#define PITH_SRC_FETCH_XML_H_

#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pith/status.h"

namespace pith::internal {

class XmlReader {
 public:
  enum class Node { kStart, kEnd, kText, kOther };

  // `doc` must outlive the reader.
  explicit XmlReader(std::string_view doc);
  ~XmlReader();
  XmlReader(const XmlReader&) = delete;
  XmlReader& operator=(const XmlReader&) = delete;

  // Moves to the next node; false at the end of the document or on an
  // error that stops reading (then status() says which).
  bool Next();

  Node node() const { return node_; }
  // The element's local name ("loc" for <sm:loc>), at kStart and kEnd;
  // libxml2's, valid while the reader reads.
  std::string_view name() const { return name_; }
  // Nesting depth: 0 for the root element.
  int depth() const { return depth_; }
  // An attribute of the element at kStart, by its qualified name ("href",
  // "rdf:about"); "" if absent.
  std::string Attribute(const char* qualified_name) const;
  // The text or CDATA at kText, valid until the next Next().
  std::string_view text() const { return text_; }

  // OK, or why the document could not be read (to its end), or the first
  // fault read past.
  const Status& status() const { return status_; }

 private:
  // One node as the parser reported it, queued until Next() moves to it.
  struct Event {
    Node node = Node::kOther;
    std::string_view name;  // in libxml2's dictionary, kept until the reader is freed
    int depth = 0;
    std::string text;                                             // kText: the run of text
    std::vector<std::pair<std::string, std::string>> attributes;  // qualified name, value
  };
  // The parser's callbacks (they queue events and note errors).
  struct Callbacks;

  // Hands the parser the next piece of the document; false when there is
  // none left or the parser has stopped.
  bool Push();
  void* parser_ = nullptr;  // xmlParserCtxtPtr
  std::string_view doc_;
  std::string repaired_;    // doc_'s bytes when bare '&'s were escaped
  std::size_t pushed_ = 0;  // octets of doc_ given to the parser
  std::deque<Event> events_;
  int open_ = 0;  // elements open, as the parser reported them
  Event current_;
  Node node_ = Node::kOther;
  std::string_view name_;
  std::string_view text_;
  int depth_ = 0;
  Status status_;
  std::string error_;    // the first error libxml2 reported
  std::string generic_;  // what libxml2 sent its generic handler (encoding errors)
  // Where the first bare '&' stood, 1-based, when one was escaped (0: none).
  std::size_t bare_ampersand_line_ = 0;
};

}  // namespace pith::internal

#endif  // PITH_SRC_FETCH_XML_H_
