// Discovery: a forward-only reader over an XML document (sitemaps, RSS,
// Atom), on libxml2's xmlTextReader. Hardened for documents from the
// network: no network access, no external DTD or entity is loaded, no
// entity is substituted, a document declaring entities is refused outright
// (no billion laughs), nesting is bounded by libxml2's default limit, and
// errors are collected instead of printed. Element names are compared by
// local name, so any namespace prefix reads alike.
#ifndef PITH_SRC_FETCH_XML_H_
#define PITH_SRC_FETCH_XML_H_

#include <string>
#include <string_view>

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
  // The text or CDATA at kText; libxml2's, valid until the next Next().
  std::string_view text() const { return text_; }

  // OK, or why the document could not be read (to its end).
  const Status& status() const { return status_; }

 private:
  void* reader_ = nullptr;  // xmlTextReaderPtr
  Node node_ = Node::kOther;
  std::string_view name_;  // in libxml2's dictionary, kept until the reader is freed
  std::string_view text_;  // in libxml2's buffer, until its next read
  int depth_ = 0;
  Status status_;
  std::string error_;  // the first error libxml2 reported in the current read
};

}  // namespace pith::internal

#endif  // PITH_SRC_FETCH_XML_H_
