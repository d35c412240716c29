// Feed bodies (RSS 2.0, RSS 1.0, Atom with libxml2; JSON Feed with
// nlohmann-json) and the links of HTML pages (with Gumbo, like extraction).
#include "fetch/feed.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <utility>
#include <vector>

#include "base/http_header.h"
#include "base/url.h"
#include "base/utf8.h"
#include "extract/attributes.h"
#include "extract/decode.h"
#include "extract/document.h"
#include "extract/rawtext.h"
#include "fetch/xml.h"
#include "pith/options.h"

namespace pith::internal {
namespace {

// JSON nested deeper than this is refused before parsing: the reader recurses.
constexpr int kMaxJsonDepth = 64;

// Memory and time for parsing a page only for its links: as generous as
// extraction's defaults would be for any real page, far below the process.
constexpr std::size_t kLinkParseMemory = std::size_t{256} << 20;
constexpr double kLinkParseSeconds = 10.0;

// Adds `url`, made absolute already, when it is an http(s) URL; false when
// max_urls are taken (then out->truncated).
bool Take(std::string url, std::size_t max_urls, ListedUrls* out) {
  if (!IsHttpUrl(url)) return true;
  if (out->pages.size() >= max_urls) {
    out->truncated = true;
    return false;
  }
  out->pages.push_back(std::move(url));
  return true;
}

bool Add(const UrlResolver& resolver, std::string_view href, std::size_t max_urls, ListedUrls* out) {
  return Take(resolver.Resolve(std::string(TrimAsciiSpace(href))), max_urls, out);
}

// The base URLs in force while reading an XML document: the feed's own URL,
// and each xml:base (XML Base: on the feed, a channel, an entry, a link
// itself), which applies to its element and what is inside it, resolved
// against the base around it. Resolved only when a link needs it, each
// once.
class XmlBases {
 public:
  explicit XmlBases(const UrlResolver& document) : document_(document) {}

  // At an element's start (`depth`, its xml:base or ""): the bases of
  // elements ended since are dropped, its own is noted.
  void Start(int depth, std::string xml_base) {
    End(depth - 1);
    if (!xml_base.empty()) bases_.push_back({depth, std::move(xml_base), std::nullopt});
  }
  // At an element's end: the bases of elements inside it are dropped (its
  // own holds until the next start at its depth or above).
  void End(int depth) {
    while (!bases_.empty() && bases_.back().depth > depth) bases_.pop_back();
  }
  // The base in force.
  const UrlResolver& Current() {
    std::size_t i = bases_.size();
    while (i > 0 && !bases_[i - 1].resolved) --i;  // the innermost resolved already
    for (; i < bases_.size(); ++i) {
      const UrlResolver& outer = i == 0 ? document_ : *bases_[i - 1].resolved;
      bases_[i].resolved = UrlResolver(outer.Resolve(bases_[i].written), "");
    }
    return bases_.empty() ? document_ : *bases_.back().resolved;
  }

 private:
  struct Base {
    int depth;
    std::string written;
    std::optional<UrlResolver> resolved;
  };
  const UrlResolver& document_;
  std::vector<Base> bases_;
};

void ParseXmlFeed(std::string_view doc, const UrlResolver& resolver, std::size_t max_urls,
                  ListedUrls* out) {
  XmlReader xml(doc);
  XmlBases bases(resolver);
  // The item being read (<item> of RSS, <entry> of Atom): its best link so
  // far, each made absolute against the base in force where it was read.
  bool in_item = false;
  int item_depth = 0;
  std::string link, guid, about, text;
  enum class Field { kNone, kLink, kGuid } field = Field::kNone;
  bool guid_permalink = true;
  auto absolute = [&](const std::string& href) {
    const std::string trimmed(TrimAsciiSpace(href));
    return trimmed.empty() ? trimmed : bases.Current().Resolve(trimmed);
  };
  while (xml.Next()) {
    const std::string_view name = xml.name();
    switch (xml.node()) {
      case XmlReader::Node::kStart:
        bases.Start(xml.depth(), xml.Attribute("xml:base"));
        if (!in_item && (name == "item" || name == "entry")) {
          in_item = true;
          item_depth = xml.depth();
          link.clear();
          guid.clear();
          about = absolute(xml.Attribute("rdf:about"));
        } else if (in_item && xml.depth() == item_depth + 1 && name == "link") {
          const std::string href = xml.Attribute("href");
          if (!href.empty()) {  // Atom
            const std::string rel = xml.Attribute("rel");
            if ((rel.empty() || rel == "alternate") && link.empty()) link = absolute(href);
          } else {  // RSS: the URL is the element's text
            field = Field::kLink;
            text.clear();
          }
        } else if (in_item && xml.depth() == item_depth + 1 && name == "guid") {
          field = Field::kGuid;
          guid_permalink = xml.Attribute("isPermaLink") != "false";
          text.clear();
        }
        break;
      case XmlReader::Node::kText:
        if (field != Field::kNone && text.size() < 8192) text.append(xml.text());
        break;
      case XmlReader::Node::kEnd:
        bases.End(xml.depth());
        if (field == Field::kLink && name == "link") {
          if (link.empty()) link = absolute(text);
          field = Field::kNone;
        } else if (field == Field::kGuid && name == "guid") {
          if (guid_permalink && link.empty()) guid = absolute(text);  // a link wins
          field = Field::kNone;
        } else if (in_item && xml.depth() == item_depth && (name == "item" || name == "entry")) {
          in_item = false;
          std::string& best = !link.empty() ? link : !guid.empty() ? guid : about;
          // Resolved where it was read; one the base there left relative
          // is resolved against the feed's URL.
          if (!best.empty() && !(IsHttpUrl(best) ? Take(std::move(best), max_urls, out)
                                                 : Add(resolver, best, max_urls, out))) {
            return;
          }
        }
        break;
      case XmlReader::Node::kOther:
        break;
    }
  }
  out->status = xml.status();
}

void ParseJsonFeed(std::string_view doc, const UrlResolver& resolver, std::size_t max_urls,
                   ListedUrls* out) {
  if (JsonDepth(doc) > kMaxJsonDepth) {
    out->status = Status::DecodeError("the JSON is nested deeper than " + std::to_string(kMaxJsonDepth));
    return;
  }
  const nlohmann::json j = nlohmann::json::parse(doc, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) {
    out->status = Status::DecodeError("not a JSON Feed (not a JSON object)");
    return;
  }
  const auto items = j.find("items");
  if (items == j.end() || !items->is_array()) {
    out->status = Status::DecodeError("not a JSON Feed (no \"items\" array)");
    return;
  }
  for (const nlohmann::json& item : *items) {
    if (!item.is_object()) continue;
    for (const char* key : {"url", "external_url"}) {
      const auto v = item.find(key);
      if (v != item.end() && v->is_string()) {
        if (!Add(resolver, v->get<std::string>(), max_urls, out)) return;
        break;
      }
    }
  }
}

bool IsFeedType(std::string_view type) {
  const std::string t = MediaType(type);
  return t == "application/rss+xml" || t == "application/atom+xml" || t == "application/feed+json" ||
         t == "application/json" || t == "application/rdf+xml" || t == "application/xml" ||
         t == "text/xml";
}

bool HasToken(std::string_view list, std::string_view token) {
  const std::string lower = AsciiLower(list);
  std::size_t pos = 0;
  while (pos < lower.size()) {
    const std::size_t end = std::min(lower.find_first_of(" \t\r\n", pos), lower.size());
    if (std::string_view(lower).substr(pos, end - pos) == token) return true;
    pos = end + 1;
  }
  return false;
}

}  // namespace

ListedUrls ParseFeed(std::string_view body, const std::string& feed_url, std::size_t max_urls) {
  ListedUrls out;
  const UrlResolver resolver(feed_url, "");
  std::string utf8;
  const std::string_view start = TrimAsciiSpace(StripUtf8Bom(TrimAsciiSpace(Utf16AsUtf8(body, &utf8))));
  if (!start.empty() && start[0] == '{') {
    ParseJsonFeed(start, resolver, max_urls, &out);
  } else if (!start.empty() && start[0] == '<') {
    ParseXmlFeed(body, resolver, max_urls, &out);
  } else {
    out.status = Status::DecodeError("not a feed (neither XML nor JSON)");
  }
  if (!out.status.ok()) out.status = out.status.WithContext(UrlForMessage(feed_url));
  return out;
}

bool LooksLikeHtml(std::string_view body, std::string_view content_type) {
  const std::string type = MediaType(content_type);
  if (type == "text/html" || type == "application/xhtml+xml") return true;
  if (!type.empty() && type != "text/plain" && type != "application/octet-stream") return false;
  const std::string head = AsciiLower(TrimAsciiSpace(body.substr(0, 512)));
  return head.rfind("<!doctype html", 0) == 0 || head.rfind("<html", 0) == 0;
}

void ReadRobotsDirectives(std::string_view value, std::string_view product_token, bool* nofollow,
                          bool* noindex) {
  std::string v = AsciiLower(TrimAsciiSpace(value));
  // "otherbot: noindex": for that agent alone. A directive with a value of
  // its own ("max-snippet: 20", "unavailable_after: ...") is no agent.
  const std::size_t colon = v.find(':');
  if (colon != std::string::npos) {
    const std::string_view name = TrimAsciiSpace(std::string_view(v).substr(0, colon));
    const bool agent = name.find_first_of(" ,") == std::string_view::npos && name != "max-snippet" &&
                       name != "max-image-preview" && name != "max-video-preview" &&
                       name != "unavailable_after";
    if (agent) {
      if (name != "robots" && name != AsciiLower(product_token)) return;
      v.erase(0, colon + 1);
    }
  }
  std::size_t pos = 0;
  while (pos <= v.size()) {
    const std::size_t end = std::min(v.find(',', pos), v.size());
    const std::string_view d = TrimAsciiSpace(std::string_view(v).substr(pos, end - pos));
    if (d == "nofollow" || d == "none") *nofollow = true;
    if (d == "noindex" || d == "none") *noindex = true;
    pos = end + 1;
  }
}

PageLinks ScanLinks(std::string_view html, std::string_view content_type, const std::string& page_url,
                    std::string_view product_token) {
  Result<Decoded> decoded = DecodeToUtf8(html, content_type, "");
  if (!decoded.ok()) return PageLinks();
  // Stripped as for extraction (Gumbo then parses half the bytes), keeping
  // the crawler's own reads: rel on links, the robots metas.
  StripOptions strip;
  strip.keep_crawler_reads = true;
  // The pass follows the nesting no further than extraction would.
  strip.max_nesting_depth = ExtractOptions().max_nesting_depth;
  strip.max_elements = ExtractOptions().max_elements;
  const Document doc = Document::Parse(StripRawText(decoded->utf8, nullptr, strip), kLinkParseMemory,
                                       kLinkParseSeconds);
  if (!doc.ok()) return PageLinks();
  return ScanLinksOf(doc, page_url, product_token);
}

PageLinks ScanLinksOf(const Document& doc, const std::string& page_url, std::string_view product_token) {
  PageLinks out;
  // Depth-first, with an explicit stack (pages can nest deeply); the flag
  // says whether the node is inside navigation.
  std::string base_href;
  std::vector<std::pair<const GumboNode*, bool>> stack = {{doc.root(), false}};
  std::vector<PageLink> anchors;  // hrefs as written
  std::vector<std::string> feeds;
  std::string canonical;
  while (!stack.empty()) {
    auto [node, nav] = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) continue;
    const GumboElement& e = node->v.element;
    nav = nav || e.tag == GUMBO_TAG_NAV || e.tag == GUMBO_TAG_HEADER ||
          HasToken(Attr(e, Attribute::kRole), "navigation");
    if ((e.tag == GUMBO_TAG_A || e.tag == GUMBO_TAG_AREA) && !Attr(e, Attribute::kHref).empty()) {
      anchors.push_back({std::string(Attr(e, Attribute::kHref)), nav,
                         HasToken(LinkRel(e), "nofollow")});
    } else if (e.tag == GUMBO_TAG_META) {
      if (std::optional<std::string_view> content = RobotsMetaContent(e, product_token)) {
        ReadRobotsDirectives(*content, "", &out.nofollow, &out.noindex);
      }
    } else if (e.tag == GUMBO_TAG_LINK && canonical.empty() &&
               HasToken(Attr(e, Attribute::kRel), "canonical")) {
      canonical = std::string(TrimAsciiSpace(Attr(e, Attribute::kHref)));
    } else if (e.tag == GUMBO_TAG_BASE && base_href.empty()) {
      base_href = std::string(Attr(e, Attribute::kHref));
    } else if (e.tag == GUMBO_TAG_LINK && HasToken(Attr(e, Attribute::kRel), "alternate") &&
               IsFeedType(Attr(e, Attribute::kType)) && !Attr(e, Attribute::kHref).empty()) {
      feeds.emplace_back(Attr(e, Attribute::kHref));
    }
    for (unsigned i = e.children.length; i > 0; --i) {
      stack.emplace_back(static_cast<const GumboNode*>(e.children.data[i - 1]), nav);
    }
  }
  const UrlResolver resolver(page_url, base_href);
  for (PageLink& a : anchors) {
    a.url = resolver.Resolve(a.url);
    if (IsHttpUrl(a.url)) out.anchors.push_back(std::move(a));
  }
  if (!canonical.empty()) {
    std::string url = resolver.Resolve(canonical);
    if (IsHttpUrl(url)) out.canonical = std::move(url);
  }
  for (const std::string& href : feeds) {
    std::string url = resolver.Resolve(href);
    if (IsHttpUrl(url)) out.feeds.push_back(std::move(url));
  }
  return out;
}

}  // namespace pith::internal
