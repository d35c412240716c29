// Stage 7, render: JSON with nlohmann_json, and the --explain page.
#include "render/render.h"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "base/url.h"
#include "pith/pith.h"
#include "pith/warc.h"

namespace pith {
namespace internal {

std::string EscapeHtml(const std::string& text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

bool IsNavigableUrl(const std::string& url) {
  // The scheme as a browser reads it: spaces and control characters
  // before it skipped, tabs and line breaks inside it dropped.
  std::string scheme;
  std::size_t i = 0;
  while (i < url.size() && static_cast<unsigned char>(url[i]) <= ' ') ++i;
  for (; i < url.size() && scheme.size() < 16; ++i) {
    const char c = url[i];
    if (c == '\t' || c == '\n' || c == '\r') continue;
    if (c == ':') {
      return scheme != "javascript" && scheme != "vbscript" && scheme != "livescript" &&
             scheme != "data";
    }
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
          c == '+' || c == '-' || c == '.')) {
      return true;  // a path or a query: no scheme
    }
    scheme.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return true;
}

}  // namespace internal

std::string RenderJson(const Article& article, const RenderOptions& options) {
  nlohmann::ordered_json j;
  j["url"] = article.url;
  if (!article.input.empty()) j["input"] = article.input;
  if (!article.warc_record_id.empty() || !article.warc_target_uri.empty()) {
    j["warc_record_id"] = article.warc_record_id;
    j["warc_date"] = article.warc_date;
    j["warc_target_uri"] = article.warc_target_uri;
  }
  j["title"] = article.title;
  j["authors"] = article.authors;
  j["author"] = article.authors;  // deprecated: the old name of "authors" (pith.h)
  j["date"] = article.date;
  j["site_name"] = article.site_name;
  j["language"] = article.language;
  // Only when the page gives one: an expectation pith check wrote before
  // the field existed stays true for every page that gives none.
  if (!article.dir.empty()) j["dir"] = article.dir;
  j["description"] = article.description;
  j["image"] = article.image;
  j["canonical"] = article.canonical;
  j["encoding"] = article.encoding;
  j["found"] = article.found;
  j["page_type"] = PageTypeName(article.page_type);
  j["text"] = article.text;
  if (options.with_comments) j["comments"] = article.comments;
  if (options.with_images) {
    nlohmann::ordered_json images = nlohmann::ordered_json::array();
    for (const Image& image : article.images) {
      if (!image.kept) continue;
      images.push_back({{"url", image.url}, {"alt", image.alt}, {"caption", image.caption}});
    }
    j["images"] = std::move(images);
  }
  if (options.with_blocks) {
    nlohmann::ordered_json blocks = nlohmann::ordered_json::array();
    for (const Block& b : article.blocks) {
      nlohmann::ordered_json jb = {{"kind", BlockKindName(b.kind)}, {"level", b.level}};
      if (b.kind == BlockKind::kListItem) jb["ordered"] = b.ordered;
      if (!b.marker.empty()) jb["marker"] = b.marker;
      if (b.list_type != 0) {  // the numbers behind the marker
        jb["number"] = b.number;
        jb["list_type"] = std::string(1, b.list_type);
        if (b.reversed) jb["reversed"] = true;
      }
      if (b.table >= 0) {
        jb["table"] = b.table;
        jb["row"] = b.row;
        jb["column"] = b.column;
        jb["header"] = b.header;
      }
      if (!b.language.empty()) jb["language"] = b.language;
      if (b.item_level > 0) {  // a block of a list item (<li><p>)
        jb["item_level"] = b.item_level;
        jb["item_start"] = b.item_start;
      }
      if (b.list_id >= 0) jb["list_id"] = b.list_id;
      if (b.quoted) jb["quoted"] = true;
      if (b.comment) jb["comment"] = true;
      jb["text"] = b.text;
      jb["kept"] = b.kept;
      jb["score"] = b.score;
      jb["reason"] = b.reason;
      if (options.with_links &&
          std::any_of(b.links.begin(), b.links.end(),
                      [](const Link& l) { return internal::IsNavigableUrl(l.url); })) {
        nlohmann::ordered_json links = nlohmann::ordered_json::array();
        for (const Link& l : b.links) {
          if (!internal::IsNavigableUrl(l.url)) continue;
          links.push_back({{"text", b.text.substr(l.begin, l.end - l.begin)}, {"url", l.url}});
        }
        jb["links"] = std::move(links);
      }
      blocks.push_back(std::move(jb));
    }
    j["blocks"] = std::move(blocks);
  }
  // A file path given as url may hold bytes that are not UTF-8: replace, never throw.
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string RenderJson(const Article& article, bool with_blocks) {
  RenderOptions options;
  options.with_blocks = with_blocks;
  return RenderJson(article, options);
}

std::string Render(const Article& article, OutputFormat format, const RenderOptions& options) {
  switch (format) {
    case OutputFormat::kMarkdown: return internal::RenderMarkdown(article, options);
    case OutputFormat::kHtml: return internal::RenderHtml(article, options);
    case OutputFormat::kJson: return RenderJson(article, options);
    case OutputFormat::kText: break;
  }
  // Built at its size, in place: `out + "\n"` copied the text again, and
  // grew the copy to twice its size.
  const bool comments = options.with_comments && !article.comments.empty();
  std::string out;
  out.reserve(article.text.size() + (comments ? 7 + article.comments.size() : 0) + 1);
  out += article.text;
  if (comments) {
    if (!out.empty()) out += "\n\n";
    out += "---\n\n";
    out += article.comments;
  }
  out += '\n';
  return out;
}

std::string RenderErrorJson(const std::string& input, const Status& status,
                            const Response* response) {
  nlohmann::ordered_json j;
  j["url"] = response && !response->final_url.empty() ? response->final_url : input;
  j["input"] = input;
  j["error"] = status.ToString();
  if (response && response->http_status != 0) j["http_status"] = response->http_status;
  if (status.code() == Status::Code::kUnsupportedType) {
    j["skipped"] = true;
    if (response) j["content_type"] = response->content_type;
  } else if (status.code() == Status::Code::kDisallowed) {
    j["skipped"] = true;
  }
  j["found"] = false;
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string RenderErrorJson(const std::string& input, const Status& status,
                            const WarcRecord& record) {
  nlohmann::ordered_json j;
  j["url"] = record.target_uri.empty() ? input : record.target_uri;
  j["input"] = input;
  j["warc_record_id"] = record.record_id;
  j["warc_date"] = record.date;
  j["warc_target_uri"] = record.target_uri;
  j["warc_offset"] = record.offset;
  j["error"] = status.ToString();
  if (record.http_status != 0) j["http_status"] = record.http_status;
  if (status.code() == Status::Code::kUnsupportedType) {
    j["skipped"] = true;
    j["content_type"] = record.http_content_type;
  }
  j["found"] = false;
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string RenderExplainHtml(const Article& article) {
  using internal::EscapeHtml;
  std::string out;
  out += "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>pith explain: " +
         EscapeHtml(article.title) +
         "</title>\n<style>\n"
         "body{font:15px/1.5 system-ui,sans-serif;max-width:60em;margin:2em auto;color:#222}\n"
         ".b{margin:.4em 0;padding:.3em .6em;border-left:4px solid #ccc}\n"
         ".kept{background:#e8f6e8;border-color:#2a2}\n"
         ".dropped{color:#888;text-decoration:line-through;border-color:#d55}\n"
         ".why{font-size:12px;color:#555;text-decoration:none;display:block}\n"
         ".dropped .why{color:#a33}\n"
         "</style></head><body>\n<h1>" +
         EscapeHtml(article.title) + "</h1>\n<p>" +
         EscapeHtml(internal::UrlForMessage(article.url)) + " &middot; " +
         EscapeHtml(article.encoding) + " &middot; ";
  int kept = 0;
  for (const Block& b : article.blocks) kept += b.kept;
  out += std::to_string(kept) + " of " + std::to_string(article.blocks.size()) +
         " blocks kept</p>\n";
  for (const Block& b : article.blocks) {
    char score[32];
    std::snprintf(score, sizeof score, "%.2f", b.score);
    out += std::string("<div class=\"b ") + (b.kept ? "kept" : "dropped") + "\">" +
           "<span class=\"why\">" + BlockKindName(b.kind) +
           (b.level ? " " + std::to_string(b.level) : std::string()) + " &middot; score " +
           score + " &middot; " + EscapeHtml(b.reason) + "</span><span>" +
           // A numbered item opens with its number, as in the text output.
           (b.marker.empty() ? "" : EscapeHtml(b.marker) + " ") + EscapeHtml(b.text) +
           "</span></div>\n";
  }
  out += "</body></html>\n";
  return out;
}

}  // namespace pith
