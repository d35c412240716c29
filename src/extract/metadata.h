// Stage 4b, metadata: the raw <head> fields and JSON-LD met by the segmenter
// -> the article's title and language, and JSON-LD's articleBody as a
// fallback text. Reads JSON with nlohmann_json, never throwing.
#ifndef PITH_SRC_METADATA_H_
#define PITH_SRC_METADATA_H_

#include <string>
#include <string_view>
#include <vector>

#include "extract/blocks.h"
#include "base/title_key.h"
#include "base/url.h"

namespace pith::internal {

struct Metadata {
  std::string title;     // best title, site name trimmed
  std::string language;
  std::vector<std::string> authors;
  std::string date;          // publication date, ISO 8601
  std::string site_name;
  std::string description;
  std::string image;         // absolute URL
  std::string canonical;     // absolute URL
  UrlResolver urls;          // the page's URL and <base href>: resolves links and images
  std::string json_ld_body;  // articleBody / text of an Article-like JSON-LD object
  // The description of the first JSON-LD product (Product, Course, ...), when
  // plain text: the product page's text when its HTML holds none.
  std::string json_ld_product_description;
  // The @type of every JSON-LD object, in document order ("Product",
  // "BreadcrumbList", ...), at most tuning::kMaxJsonLdTypes.
  std::vector<std::string> json_ld_types;
  // Normalised, lower-cased forms of every title the page gives (og:title,
  // <title> and its parts, JSON-LD headline): a heading equal to one of them
  // repeats the title.
  std::vector<std::string> title_forms;
};

// `page_url` resolves relative image and canonical URLs.
Metadata ReadMetadata(const Page& page, const std::string& page_url);

// A date as pages write it -> ISO 8601: "2024-03-05", or
// "2024-03-05T14:30:00" with "Z" or "+01:00" when the time and zone are
// given. Reads ISO 8601 and its common variants (2024/03/05, 20240305,
// "2024-03-05 14:30"), RFC 2822 ("Tue, 05 Mar 2024 14:30:00 GMT"),
// "5 March 2024", "March 5, 2024" and 05.03.2024. "" when it cannot.
std::string NormalizeDate(std::string_view text);

// Whether `text` gives the page's title: its TitleKey is one of
// meta.title_forms (read only as far as the longest of them).
bool IsTitleForm(const Metadata& meta, const std::string& text);

// "Story title | Site" -> "Story title". Uses the site name when known, else
// keeps the part the page's headline repeats (`headline_key`, the TitleKey
// of its first <h1>: a shop's "Wool Sock - Northfield Outfitters", whose
// name is the shorter part), else the longest part between separators.
std::string TrimSiteName(const std::string& title, const std::string& site_name,
                         const std::string& headline_key = {});

}  // namespace pith::internal

#endif  // PITH_SRC_METADATA_H_
