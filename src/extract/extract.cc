// The orchestrator: Extract() runs the stages in order and nothing else.
//   fetch_file (gzip) -> decode -> rawtext (strip) -> document (parse) -> blocks (segment)
//   -> metadata -> score -> page type -> select -> Article

#include "extract/extract.h"

#include <algorithm>
#include <cstdio>

#include "archive/warc.h"
#include "base/bytes_text.h"
#include "base/http_header.h"
#include "base/url.h"
#include "base/utf8.h"
#include "extract/blocks.h"
#include "extract/copies.h"
#include "extract/decode.h"
#include "extract/document.h"
#include "extract/items.h"
#include "extract/metadata.h"
#include "extract/page_type.h"
#include "extract/rawtext.h"
#include "extract/score.h"
#include "extract/select.h"
#include "fetch/file.h"
#include "pith/fetch.h"
#include "pith/pith.h"

namespace pith {
namespace internal {
namespace {

// The error for input over ExtractOptions::max_input_bytes: Extract() asks
// before unpacking, ExtractPayload() of what it is given to decode.
Status InputTooLarge(std::size_t size, const ExtractOptions& options) {
  return Status::TooLarge(NameLimit("the input is " + OverLimitText(size, options.max_input_bytes),
                                    OptionName(options.option_name, "ExtractOptions::max_input_bytes")));
}

// True when the WARC file `warc` holds two or more response records: an
// archive of several pages, not one saved page, which Extract() would read
// only the first of. Records are read past without being kept (their length
// is over a limit of 0), so the count costs a scan of the headers.
bool HoldsSeveralResponses(std::string_view warc) {
  WarcOptions options;
  options.max_record_bytes = 0;
  WarcReader reader(StringSource(warc), options);
  WarcRecord record;
  int responses = 0;
  while (reader.Next(&record)) {
    if (record.type == "response" && ++responses == 2) return true;
  }
  return false;
}

// Extract() on `bytes`; with `owned`, the string `bytes` views, freed as
// soon as what is extracted no longer needs it (once inflated, unwrapped or
// decoded), before parsing: ExtractFile's copy of the file.
Result<Article> ExtractBytes(std::string_view bytes, std::string* owned,
                             const ExtractOptions& options, const PageInfo& page,
                             const ParseHook* hook = nullptr) {
  // A type the caller gives is judged before any byte is read, by the rule
  // downloads and WARC records are: a JSON body is no page however it came.
  if (!IsHtmlContentType(page.content_type)) {
    return Status::UnsupportedType(Printable(page.content_type) + " is not HTML");
  }
  if (bytes.size() > options.max_input_bytes) return InputTooLarge(bytes.size(), options);
  std::string inflated;
  const bool gzipped = IsGzip(bytes);
  if (gzipped) {
    Result<std::string> r =
        Gunzip(bytes, options.max_input_bytes,
               OptionName(options.option_name, "ExtractOptions::max_input_bytes"));
    if (!r.ok()) return r.status();
    inflated = std::move(r).value();
    bytes = inflated;
    if (owned != nullptr) std::string().swap(*owned);
  }
  PageInfo info = page;
  WarcPage warc;
  if (IsWarc(bytes)) {  // a page saved by SaveResponse() or another archiver
    if (HoldsSeveralResponses(bytes)) {
      return Status::InvalidArgument(
          "a WARC archive of several response records, not one saved page: read it record by "
          "record (WarcReader and ExtractRecord(), pith.iter_warc() in Python, or pith on the "
          "command line)");
    }
    Result<WarcPage> r = ReadWarcResponse(bytes, options.max_input_bytes);
    if (!r.ok()) return r.status();
    warc = std::move(r).value();
    if (info.url.empty()) info.url = warc.url;
    if (info.content_type.empty()) info.content_type = warc.content_type;
    if (!IsHtmlContentType(info.content_type)) {
      return Status::UnsupportedType("the saved response is " + info.content_type + ", not HTML");
    }
    bytes = warc.body;
    std::string().swap(inflated);
    if (owned != nullptr) std::string().swap(*owned);
    return ExtractPayload(bytes, options, info, &warc.body, hook);
  }
  // `bytes` views `inflated`, else `owned` or the caller's bytes; ours are
  // freed once decoded.
  return ExtractPayload(bytes, options, info, gzipped ? &inflated : owned, hook);
}

}  // namespace
}  // namespace internal

Result<Article> Extract(std::string_view bytes, const ExtractOptions& options,
                        const PageInfo& page) {
  return internal::ExtractBytes(bytes, nullptr, options, page);
}

namespace internal {

void ChooseContent(const Metadata& meta, const ExtractOptions& options, Page* page,
                   Scores* scores, Article* article) {
  PageTypeSignals signals;
  Selection selection;
  for (bool first = true, again = true; again; first = false) {
    signals = ReadPageTypeSignals(*page, *scores, meta);
    // A type the caller gives is taken as it is: the signals still feed
    // KeepItemLists.
    article->page_type = options.page_type ? *options.page_type : DecidePageType(signals).type;
    if (article->page_type == PageType::kForum) {
      const bool addresses = CountAddressesAsText(page);
      const bool replies = TakeRepliesAsContent(meta, page);
      if (replies || addresses) *scores = ScoreBlocks(*page);
    }
    // Read again, the page keeps the shop's boxes that MarkShopChrome marked
    // the first time, they held all its text, but not those inside them.
    if (article->page_type == PageType::kProduct) MarkShopChrome(meta, page, !first);
    if (first && article->page_type == PageType::kArticle) MarkCallsToAction(page);
    selection = SelectContent(*page, *scores, meta, article->page_type);
    // Nothing kept while comment sections hold good text: they are the
    // page's text (typed and selected again, once: a page whose text lies
    // all in them is read on for ever otherwise).
    again = first &&
            std::none_of(selection.decisions.begin(), selection.decisions.end(),
                         [](const Decision& d) { return d.kept; }) &&
            TakeCommentsOfAnEmptyPage(page);
    if (again) *scores = ScoreBlocks(*page);
  }
  if (article->page_type == PageType::kForum) {
    KeepPostHeads(*page, &selection);
    DropPostCounters(*page, &selection);
    DropRemarksUnderPosts(*page, &selection);
    KeepQuoteAttributions(*page, &selection);
  }
  KeepQuoteSources(*page, &selection);
  KeepItemLists(*page, *scores, signals, article->page_type, &selection);
  DropCommentsUnderList(signals, article->page_type, &selection);
  DropSwitchersToCopies(*page, meta, &selection);
  DropLinkTrails(*page, &selection);
  DropCopies(*page, article->page_type, &selection);
  ApplyOptions(*page, options, &selection);
  FillArticle(*page, *scores, selection, meta, options, article);
}

namespace {

// A time limit as a person writes it: "0.5 s", "30 s" (a size limit:
// BytesText).
std::string SecondsText(double seconds) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g s", seconds);
  return buf;
}

// Whether the page holds parts a server streamed late, hidden where they
// were sent (kFlagStreamed).
bool HasStreamedParts(const Page& page) {
  for (const Node& n : page.nodes) {
    if (n.flags & kFlagStreamed) return true;
  }
  return false;
}

}  // namespace

Result<Article> ExtractPayload(std::string_view bytes, const ExtractOptions& options,
                               const PageInfo& info, std::string* release, const ParseHook* hook) {
  if (bytes.size() > options.max_input_bytes) return InputTooLarge(bytes.size(), options);
  Result<Decoded> decoded = DecodeToUtf8(bytes, info.content_type, options.encoding);
  if (!decoded.ok()) return decoded.status();
  if (release != nullptr) std::string().swap(*release);  // free before parsing

  Article article;
  article.url = info.url;
  article.encoding = decoded->encoding;
  TagCounts counts;
  StripOptions strip = hook ? hook->strip : StripOptions();
  strip.max_nesting_depth = options.max_nesting_depth;
  strip.max_elements = options.max_elements;
  std::string stripped = StripRawText(decoded->utf8, &counts, strip);
  std::string().swap(decoded->utf8);
  if (counts.max_open > options.max_nesting_depth) {
    return Status::TooLarge("the page nests at least " + std::to_string(counts.max_open) +
                            " elements deep (" +
                            OptionName(options.option_name, "ExtractOptions::max_nesting_depth") + " is " +
                            std::to_string(options.max_nesting_depth) + ")");
  }
  if (counts.start_tags > options.max_elements) {
    return Status::TooLarge("the page has " + std::to_string(counts.start_tags) +
                            " elements (" + OptionName(options.option_name, "ExtractOptions::max_elements") +
                            " is " +
                            std::to_string(options.max_elements) + ")");
  }
  Document doc = Document::Parse(std::move(stripped), options.max_parse_memory_bytes,
                                       options.max_parse_seconds);
  if (!doc.ok() && doc.timed_out()) {
    return Status::Timeout(
        NameLimit("parsing the page took longer than " + SecondsText(options.max_parse_seconds),
                  OptionName(options.option_name, "ExtractOptions::max_parse_seconds")));
  }
  if (!doc.ok()) {
    return Status::TooLarge(
        NameLimit("parsing the page needs more than " + BytesText(options.max_parse_memory_bytes),
                  OptionName(options.option_name, "ExtractOptions::max_parse_memory_bytes")));
  }
  if (hook != nullptr && hook->read && !hook->read(doc)) {
    return Status::Cancelled("the caller wanted the page's links alone");
  }
  Page segmented = SegmentBlocks(doc);
  // The page holds all the later passes read: the tree and its text go now,
  // unless the page has parts streamed late, read again in their places
  // below when nothing shown holds the content.
  const bool streamed = HasStreamedParts(segmented);
  if (!streamed) doc.Free();
  const Metadata meta = ReadMetadata(segmented, info.url);
  if (meta.date.empty()) TakeWidgetsAsComponents(&segmented);
  Scores scores = ScoreBlocks(segmented);
  ChooseContent(meta, options, &segmented, &scores, &article);
  if (article.text.empty() && streamed) {
    // Nothing shown holds the content: it came in the parts streamed late.
    segmented = SegmentBlocks(doc, /*place_streamed=*/true);
    if (meta.date.empty()) TakeWidgetsAsComponents(&segmented);
    scores = ScoreBlocks(segmented);
    Article again;
    again.url = article.url;
    again.encoding = article.encoding;
    ChooseContent(meta, options, &segmented, &scores, &again);
    article = std::move(again);
  }
  article.title = meta.title;
  article.authors = meta.authors;
  article.date = meta.date;
  article.site_name = meta.site_name;
  article.description = meta.description;
  article.image = meta.image;
  article.canonical = meta.canonical;
  article.language = meta.language;
  article.dir = segmented.meta.dir;
  article.found = static_cast<int>(CountCodePoints(article.text)) >= options.min_text_chars;
  return article;
}

}  // namespace internal

Result<Article> ExtractFile(const std::string& path, const ExtractOptions& options,
                            const PageInfo& page) {
  Result<std::string> bytes =
      internal::ReadFileBytes(path, options.max_input_bytes,
                              internal::OptionName(options.option_name, "ExtractOptions::max_input_bytes"));
  if (!bytes.ok()) return bytes.status();
  Result<Article> article = internal::ExtractBytes(*bytes, &*bytes, options, page);
  if (!article.ok()) return article.status().WithContext(Printable(path));
  if (article->url.empty()) article->url = path;  // a saved WARC page keeps its own URL
  article->input = path;
  return article;
}

bool IsHtmlContentType(const std::string& content_type) {
  const std::string media = internal::MediaType(content_type);
  // What names no type is read as HTML: nothing, a word that is no
  // type/subtype ("html"), and the placeholders WHATWG's MIME Sniffing
  // standard calls unknown.
  if (media.find('/') == std::string::npos) return true;
  return media == "text/html" || media == "application/xhtml+xml" || media == "unknown/unknown" ||
         media == "application/unknown" || media == "*/*";
}

Result<Article> ExtractResponse(const Response& response, const ExtractOptions& options) {
  return internal::ExtractResponse(response, options, nullptr);
}

namespace internal {

Result<Article> ExtractResponse(const Response& response, const ExtractOptions& options,
                                const ParseHook* hook) {
  if (!response.ok()) return response.status;
  const std::string& url = response.final_url.empty() ? response.url : response.final_url;
  // A body that is not HTML fails ExtractBytes's first check, unparsed.
  Result<Article> article =
      ExtractBytes(response.body, nullptr, options, PageInfo{url, response.content_type}, hook);
  if (!article.ok()) return article.status().WithContext(UrlForMessage(url));
  article->input = response.url;
  return article;
}

}  // namespace internal

}  // namespace pith
