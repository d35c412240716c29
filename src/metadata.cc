// Stage 4b, metadata: title and JSON-LD.
#include "metadata.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <string_view>
#include <utility>

#include "utf8.h"

namespace pith::internal {
namespace {

// " : " is no separator: French typography puts a space before every colon.
constexpr std::string_view kSeparators[] = {" | ", " - ", " – ", " — ", " :: ", " · ", " » ",
                                            " / "};

std::vector<std::string> SplitTitle(const std::string& title) {
  std::vector<std::string> parts{title};
  for (std::string_view sep : kSeparators) {
    std::vector<std::string> next;
    for (const std::string& part : parts) {
      std::size_t at = 0, found;
      while ((found = part.find(sep, at)) != std::string::npos) {
        next.push_back(part.substr(at, found - at));
        at = found + sep.size();
      }
      next.push_back(part.substr(at));
    }
    parts.swap(next);
  }
  return parts;
}

bool IsArticleType(const nlohmann::json& type) {
  auto matches = [](const std::string& t) {
    return t.find("Article") != std::string::npos || t == "BlogPosting" || t == "Report" ||
           t == "LiveBlogPosting" || t == "Review" || t == "WebPage" || t == "Recipe";
  };
  if (type.is_string()) return matches(type.get<std::string>());
  if (type.is_array()) {
    for (const auto& t : type) {
      if (t.is_string() && matches(t.get<std::string>())) return true;
    }
  }
  return false;
}

std::string StringField(const nlohmann::json& obj, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end() || !it->is_string()) return "";
  return it->get<std::string>();
}

// Walks every object of the JSON-LD documents, iteratively.
void ReadJsonLd(const std::vector<std::string>& scripts, std::string* body,
                std::string* headline) {
  for (const std::string& script : scripts) {
    nlohmann::json doc = nlohmann::json::parse(script, nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded()) continue;
    std::vector<const nlohmann::json*> todo{&doc};
    while (!todo.empty()) {
      const nlohmann::json* j = todo.back();
      todo.pop_back();
      if (j->is_array()) {
        for (const auto& item : *j) todo.push_back(&item);
        continue;
      }
      if (!j->is_object()) continue;
      auto type = j->find("@type");
      if (type != j->end() && IsArticleType(*type)) {
        std::string text = StringField(*j, "articleBody");
        if (text.empty()) text = StringField(*j, "text");
        if (text.size() > body->size()) *body = std::move(text);
        if (headline->empty()) *headline = NormalizeSpace(StringField(*j, "headline"));
      }
      for (const auto& [key, value] : j->items()) {
        if (value.is_object() || value.is_array()) todo.push_back(&value);
      }
    }
  }
}

}  // namespace

std::string TitleKey(const std::string& text) { return AsciiLower(NormalizeSpace(text)); }

std::string TrimSiteName(const std::string& title, const std::string& site_name) {
  std::vector<std::string> parts = SplitTitle(title);
  if (parts.size() < 2) return title;
  const std::string site = TitleKey(site_name);
  if (!site.empty()) {
    std::string kept;
    for (const std::string& part : parts) {
      if (TitleKey(part) == site) continue;
      if (!kept.empty()) kept += " - ";
      kept += part;
    }
    if (!kept.empty() && kept.size() < title.size()) return NormalizeSpace(kept);
  }
  auto longest = std::max_element(parts.begin(), parts.end(), [](const auto& a, const auto& b) {
    return CountCodePoints(a) < CountCodePoints(b);
  });
  return NormalizeSpace(*longest);
}

Metadata ReadMetadata(const Page& page) {
  Metadata m;
  m.language = page.meta.language;
  std::string headline;
  ReadJsonLd(page.meta.json_ld, &m.json_ld_body, &headline);
  for (const std::string* t : {&page.meta.og_title, &std::as_const(headline), &page.meta.title}) {
    if (t->empty()) continue;
    m.title_forms.push_back(TitleKey(*t));
    for (const std::string& part : SplitTitle(*t)) m.title_forms.push_back(TitleKey(part));
    const std::string trimmed = TrimSiteName(*t, page.meta.site_name);
    m.title_forms.push_back(TitleKey(trimmed));
    if (m.title.empty()) m.title = trimmed;
  }
  if (m.title.empty()) {
    for (const TextBlock& b : page.blocks) {
      if (b.kind == BlockKind::kHeading && b.level == 1) {
        m.title = NormalizeSpace(b.text);
        m.title_forms.push_back(TitleKey(m.title));
        break;
      }
    }
  }
  m.title_forms.erase(std::remove(m.title_forms.begin(), m.title_forms.end(), std::string()),
                      m.title_forms.end());
  return m;
}

}  // namespace pith::internal
