// Stage 4b, metadata: the raw <head> fields and JSON-LD met by the segmenter
// -> the article's title and language, and JSON-LD's articleBody as a
// fallback text. Reads JSON with nlohmann_json, never throwing.
#ifndef PITH_SRC_METADATA_H_
#define PITH_SRC_METADATA_H_

#include <string>
#include <vector>

#include "blocks.h"

namespace pith::internal {

struct Metadata {
  std::string title;     // best title, site name trimmed
  std::string language;
  std::string json_ld_body;  // articleBody / text of an Article-like JSON-LD object
  // Normalised, lower-cased forms of every title the page gives (og:title,
  // <title> and its parts, JSON-LD headline): a heading equal to one of them
  // repeats the title.
  std::vector<std::string> title_forms;
};

Metadata ReadMetadata(const Page& page);

// "Story title | Site" -> "Story title". Uses the site name when known, else
// keeps the longest part between separators.
std::string TrimSiteName(const std::string& title, const std::string& site_name);

// Lower-cased, white-space-collapsed form used to compare titles and headings.
std::string TitleKey(const std::string& text);

}  // namespace pith::internal

#endif  // PITH_SRC_METADATA_H_
