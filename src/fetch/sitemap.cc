// Sitemap bodies (sitemaps.org protocol): <urlset>/<url>/<loc>,
// <sitemapindex>/<sitemap>/<loc>, or plain text, gzipped or not.
#include "fetch/sitemap.h"

#include "base/url.h"
#include "base/utf8.h"
#include "extract/decode.h"
#include "fetch/file.h"
#include "fetch/xml.h"

namespace pith::internal {
namespace {

// `loc` if it is an absolute http(s) URL, trimmed; else "".
std::string HttpUrl(std::string_view loc) {
  const std::string url(TrimAsciiSpace(loc));
  if (!IsHttpUrl(url)) return "";
  if (url.find_first_of(" \t\r\n") != std::string::npos) return "";
  return url;
}

// A <lastmod> is kept up to this many bytes: a date as written
// ("2024-05-01T10:00:00.000+00:00") is shorter by half. Its text is cut
// there, since every <loc> of its <url> takes a copy.
constexpr std::size_t kMaxLastmodBytes = 64;

bool Full(const ListedUrls& out, std::size_t max_urls) {
  return out.pages.size() + out.sitemaps.size() >= max_urls;
}

void ParseXmlSitemap(std::string_view doc, std::size_t max_urls, ListedUrls* out) {
  XmlReader xml(doc);
  // Inside <url> or <sitemap> (at `entry_depth`), inside its <loc>: the
  // text read so far. Only a <loc> or <lastmod> of its own counts, a child
  // of the entry: the extensions put theirs deeper, under names that read
  // alike by local name (<image:image><image:loc>, the address of an
  // image, not of a page).
  enum class In { kNone, kUrl, kSitemap } in = In::kNone;
  int entry_depth = 0;
  bool in_loc = false;
  std::string loc;
  std::string root;  // the root element's local name
  // A <url>'s <lastmod>, before or after its <loc>: its text, and the page
  // the <url> gave (npos before its <loc>).
  bool in_lastmod = false;
  std::string lastmod;
  std::size_t page = std::string::npos;
  while (xml.Next()) {
    switch (xml.node()) {
      case XmlReader::Node::kStart:
        if (root.empty() && xml.depth() == 0) root = xml.name();
        if (in != In::kNone && xml.depth() != entry_depth + 1) break;
        if (xml.name() == "url" && in == In::kNone) {
          in = In::kUrl;
          entry_depth = xml.depth();
          lastmod.clear();
          page = std::string::npos;
        } else if (xml.name() == "sitemap" && in == In::kNone) {
          in = In::kSitemap;
          entry_depth = xml.depth();
        } else if (xml.name() == "loc" && in != In::kNone) {
          in_loc = true;
          loc.clear();
        } else if (xml.name() == "lastmod" && in == In::kUrl) {
          in_lastmod = true;
          lastmod.clear();
        }
        break;
      case XmlReader::Node::kText:
        if (in_loc && loc.size() < 8192) loc.append(xml.text());
        if (in_lastmod && lastmod.size() < kMaxLastmodBytes) {
          lastmod.append(xml.text().substr(0, kMaxLastmodBytes - lastmod.size()));
        }
        break;
      case XmlReader::Node::kEnd:
        if (in != In::kNone && xml.depth() > entry_depth + 1) break;
        if (xml.name() == "loc" && in_loc) {
          in_loc = false;
          const std::string url = HttpUrl(loc);
          if (url.empty()) break;
          if (Full(*out, max_urls)) {
            out->truncated = true;
            return;
          }
          if (in == In::kSitemap) {
            out->sitemaps.push_back(url);
          } else {
            page = out->pages.size();
            out->pages.push_back(url);
            out->lastmod.emplace_back(TrimAsciiSpace(lastmod));
          }
        } else if (xml.name() == "lastmod" && in_lastmod) {
          in_lastmod = false;
          if (page != std::string::npos) out->lastmod[page] = std::string(TrimAsciiSpace(lastmod));
        } else if ((xml.name() == "url" || xml.name() == "sitemap") && xml.depth() == entry_depth) {
          in = In::kNone;
        }
        break;
      case XmlReader::Node::kOther:
        break;
    }
  }
  out->status = xml.status();
  if (root != "urlset" && root != "sitemapindex" && out->pages.empty() && out->sitemaps.empty() &&
      (out->status.ok() || !root.empty())) {
    // An HTML page, a feed: that it is none says more than where its XML
    // breaks.
    out->status = Status::DecodeError(
        "not a sitemap (" + (root.empty() ? "no root element" : "its root element is <" + root + ">") +
        ", not <urlset> or <sitemapindex>)");
  }
}

void ParseTextSitemap(std::string_view text, std::size_t max_urls, ListedUrls* out) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    const std::string url = HttpUrl(text.substr(pos, eol - pos));
    pos = eol + 1;
    if (url.empty()) continue;
    if (Full(*out, max_urls)) {
      out->truncated = true;
      return;
    }
    out->pages.push_back(url);
    out->lastmod.emplace_back();
  }
  if (out->pages.empty() && !TrimAsciiSpace(text).empty()) {
    out->status = Status::DecodeError("not a sitemap (neither XML nor a list of http or https URLs)");
  }
}

}  // namespace

std::string_view Utf16AsUtf8(std::string_view body, std::string* storage) {
  const std::string_view mark = body.substr(0, 2);
  if (mark != "\xFF\xFE" && mark != "\xFE\xFF") return body;
  Result<Decoded> decoded = DecodeToUtf8(body, "", "");  // the mark decides
  if (!decoded.ok()) return body;
  *storage = std::move(decoded->utf8);
  return *storage;
}

ListedUrls ParseSitemap(std::string_view body, const std::string& sitemap_url,
                        std::size_t max_urls, std::size_t max_bytes, std::string_view limit_name) {
  ListedUrls out;
  std::string inflated;
  if (IsGzip(body)) {  // a .xml.gz served as it is, not as a Content-Encoding
    Result<std::string> r = Gunzip(body, max_bytes, limit_name);
    if (!r.ok()) {
      out.status = r.status().WithContext(UrlForMessage(sitemap_url));
      return out;
    }
    inflated = std::move(*r);
    body = inflated;
  }
  std::string utf8;
  const std::string_view text = Utf16AsUtf8(body, &utf8);
  const std::string_view start = StripUtf8Bom(TrimAsciiSpace(text));
  if (!start.empty() && start[0] == '<') {
    ParseXmlSitemap(body, max_urls, &out);
  } else {
    ParseTextSitemap(text, max_urls, &out);
  }
  if (!out.status.ok()) out.status = out.status.WithContext(UrlForMessage(sitemap_url));
  return out;
}

}  // namespace pith::internal
