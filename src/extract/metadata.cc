// Stage 4b, metadata: title and JSON-LD.
#include "extract/metadata.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cassert>
#include <cstdio>
#include <initializer_list>
#include <string_view>
#include <unordered_set>
#include <utility>

#include "base/compose.h"
#include "base/url.h"
#include "base/utf8.h"
#include "extract/attributes.h"
#include "extract/blocks.h"
#include "extract/document.h"
#include "extract/hints.h"
#include "extract/tuning.h"

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

bool TypeMatches(const nlohmann::json& type, bool (*matches)(const std::string&)) {
  if (type.is_string()) return matches(type.get<std::string>());
  if (type.is_array()) {
    for (const auto& t : type) {
      if (t.is_string() && matches(t.get<std::string>())) return true;
    }
  }
  return false;
}

bool IsArticleTypeName(const std::string& t) {
  return t.find("Article") != std::string::npos || t == "BlogPosting" || t == "Report" ||
         t == "LiveBlogPosting" || t == "Review" || t == "WebPage" || t == "Recipe" ||
         t == "DiscussionForumPosting" || t == "SocialMediaPosting";
}

bool IsWebSiteTypeName(const std::string& t) { return t == "WebSite"; }

// A product as the page's main entity (Product, Course, ...; not an Offer).
bool IsProductTypeName(const std::string& t) {
  const DeclaredType d = ClassifySchemaType(t);
  return d.type == PageType::kProduct && d.strength >= 3;
}

// Event and its kinds (MusicEvent, BusinessEvent, ...).
bool IsEventTypeName(const std::string& t) {
  constexpr std::string_view kEvent = "Event";
  return t.size() >= kEvent.size() && t.compare(t.size() - kEvent.size(), kEvent.size(), kEvent) == 0;
}

std::string StringField(const nlohmann::json& obj, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end() || !it->is_string()) return "";
  return it->get<std::string>();
}

bool LooksLikeUrl(std::string_view s) {
  return s.rfind("http://", 0) == 0 || s.rfind("https://", 0) == 0 || s.rfind("//", 0) == 0;
}

// A person or organisation as JSON-LD writes it: "Name", {"name": ...}, or
// an array of these. URLs are not names.
void CollectNames(const nlohmann::json& j, std::vector<std::string>* out) {
  std::vector<const nlohmann::json*> todo{&j};
  while (!todo.empty() && out->size() < 20) {
    const nlohmann::json* v = todo.back();
    todo.pop_back();
    std::string name;
    if (v->is_string()) name = v->get<std::string>();
    else if (v->is_object()) name = StringField(*v, "name");
    else if (v->is_array()) {
      for (auto it = v->rbegin(); it != v->rend(); ++it) todo.push_back(&*it);
      continue;
    }
    name = NormalizeSpace(name);
    ComposeUtf8(&name);
    if (!name.empty() && !LooksLikeUrl(name)) out->push_back(std::move(name));
  }
}

// An image or URL as JSON-LD writes it: "url", {"url": ...}, {"@id": ...},
// or an array whose first such item counts.
std::string FirstUrl(const nlohmann::json& j) {
  const nlohmann::json* v = &j;
  if (v->is_array()) {
    if (v->empty()) return "";
    v = &v->front();
  }
  if (v->is_string()) return v->get<std::string>();
  if (v->is_object()) {
    std::string u = StringField(*v, "url");
    if (u.empty()) u = StringField(*v, "contentUrl");
    if (u.empty()) u = StringField(*v, "@id");
    return u;
  }
  return "";
}

// What JSON-LD says of the article (the first Article-like object wins each
// field; the longest articleBody wins) and of the site.
struct JsonLd {
  std::string body;
  std::string headline;
  std::vector<std::string> authors;
  std::string date;
  std::string publisher;
  std::string site_name;  // a WebSite object's name
  std::string description;
  std::string image;
  std::string url;
  std::string language;
  std::vector<std::string> types;  // every object's @type, in document order
  std::string product_description;  // the first product's, when plain text
};

void ReadArticleObject(const nlohmann::json& j, JsonLd* out) {
  std::string text = StringField(j, "articleBody");
  if (text.empty()) text = StringField(j, "text");
  if (text.size() > out->body.size()) out->body = std::move(text);
  auto take = [](std::string* field, std::string value) {
    if (field->empty()) *field = NormalizeSpace(value);
  };
  take(&out->headline, StringField(j, "headline"));
  if (out->authors.empty()) {
    if (auto a = j.find("author"); a != j.end()) CollectNames(*a, &out->authors);
    if (auto c = j.find("creator"); out->authors.empty() && c != j.end()) CollectNames(*c, &out->authors);
  }
  take(&out->date, StringField(j, "datePublished"));
  take(&out->date, StringField(j, "dateCreated"));
  if (auto p = j.find("publisher"); out->publisher.empty() && p != j.end()) {
    std::vector<std::string> names;
    CollectNames(*p, &names);
    if (!names.empty()) out->publisher = names.front();
  }
  take(&out->description, StringField(j, "description"));
  if (auto i = j.find("image"); out->image.empty() && i != j.end()) out->image = FirstUrl(*i);
  if (auto t = j.find("thumbnailUrl"); out->image.empty() && t != j.end()) out->image = FirstUrl(*t);
  take(&out->url, StringField(j, "url"));
  if (auto m = j.find("mainEntityOfPage"); out->url.empty() && m != j.end()) out->url = FirstUrl(*m);
  if (auto l = j.find("inLanguage"); out->language.empty() && l != j.end()) {
    out->language = l->is_string() ? NormalizeSpace(l->get<std::string>()) : StringField(*l, "name");
  }
}

// Walks every object of the JSON-LD documents (including @graph arrays),
// iteratively. Malformed JSON is skipped. What an object's isPartOf names
// (and all inside it) is the whole the page belongs to, not the page: a
// news site's paywall markup calls its publication a product
// ("isPartOf": {"@type": ["CreativeWork", "Product"], "productID":
// "paper.com:premium"}) on every story, and its types are not the page's.
// Nor are an event's offers: its tickets (an events plugin's listing
// beside a story: "offers": {"@type": "Offer", "price": "630"}) sell no
// product of the page's.
JsonLd ReadJsonLd(const std::vector<std::string>& scripts) {
  JsonLd out;
  for (const std::string& script : scripts) {
    nlohmann::json doc = nlohmann::json::parse(script, nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded()) continue;
    // Each value to read, and whether it lies in an isPartOf or in an
    // event's offers (its types are not the page's).
    std::vector<std::pair<const nlohmann::json*, bool>> todo{{&doc, false}};
    while (!todo.empty()) {
      const auto [j, whole] = todo.back();
      todo.pop_back();
      if (j->is_array()) {
        for (auto it = j->rbegin(); it != j->rend(); ++it) todo.emplace_back(&*it, whole);
        continue;
      }
      if (!j->is_object()) continue;
      auto type = j->find("@type");
      if (type != j->end() && !whole && out.types.size() < tuning::kMaxJsonLdTypes) {
        if (type->is_string()) out.types.push_back(type->get<std::string>());
        for (const auto& t : type->is_array() ? *type : nlohmann::json::array()) {
          if (t.is_string()) out.types.push_back(t.get<std::string>());
        }
      }
      if (type != j->end() && TypeMatches(*type, IsArticleTypeName)) ReadArticleObject(*j, &out);
      if (type != j->end() && !whole && out.product_description.empty() &&
          TypeMatches(*type, IsProductTypeName)) {
        // Markup inside the string is left alone: plain text only.
        std::string d = StringField(*j, "description");
        if (d.find('<') == std::string::npos) out.product_description = std::move(d);
      }
      if (type != j->end() && TypeMatches(*type, IsWebSiteTypeName) && out.site_name.empty()) {
        out.site_name = NormalizeSpace(StringField(*j, "name"));
      }
      const bool event = type != j->end() && TypeMatches(*type, IsEventTypeName);
      for (const auto& [key, value] : j->items()) {
        // A business's catalog of what it offers (OfferCatalog, its Offers
        // of Services or Products) lists its trade, not the page's entity.
        if (key == "hasOfferCatalog") continue;
        if (value.is_object() || value.is_array()) {
          todo.emplace_back(&value, whole || EqualsIgnoreCase(key, "ispartof") ||
                                        (event && key == "offers"));
        }
      }
    }
  }
  return out;
}

// The first value of `metas` under any of `keys`, in the order of `keys`.
// Each key is on kMetaNames (extract/attributes.h), or no <meta> gives it.
std::string FirstMeta(const std::vector<std::pair<std::string, std::string>>& metas,
                      std::initializer_list<const char*> keys) {
  for (const char* key : keys) {
    assert(IsReadMetaName(key));
    for (const auto& [k, v] : metas) {
      if (k == key && !v.empty()) return v;
    }
  }
  return "";
}

// Every value under `key`, in order.
std::vector<std::string> AllMeta(const std::vector<std::pair<std::string, std::string>>& metas,
                                 const char* key) {
  assert(IsReadMetaName(key));
  std::vector<std::string> out;
  for (const auto& [k, v] : metas) {
    if (k == key && !v.empty()) out.push_back(v);
  }
  return out;
}

// "By Jane Doe" -> "Jane Doe"; names separated by ";" split. `seen` holds
// the names in `out`, so that a page naming thousands of authors (a
// microdata author on every post of a long thread) adds each in constant
// time.
void AddAuthors(const std::string& text, std::vector<std::string>* out,
                std::unordered_set<std::string>* seen) {
  std::size_t at = 0;
  while (at <= text.size()) {
    std::size_t semi = text.find(';', at);
    if (semi == std::string::npos) semi = text.size();
    std::string name = NormalizeSpace(std::string_view(text).substr(at, semi - at));
    if (AsciiLower(name.substr(0, 3)) == "by ") name = NormalizeSpace(name.substr(3));
    ComposeUtf8(&name);  // one name, however its accents are written
    if (!name.empty() && !LooksLikeUrl(name) && seen->insert(name).second) {
      out->push_back(std::move(name));
    }
    at = semi + 1;
  }
}

// Parses `n` digits at s[*i]; false if they are not there.
bool Digits(std::string_view s, std::size_t* i, int n, int* out) {
  if (*i + static_cast<std::size_t>(n) > s.size()) return false;
  int v = 0;
  for (int k = 0; k < n; ++k) {
    const char c = s[*i + static_cast<std::size_t>(k)];
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *i += static_cast<std::size_t>(n);
  *out = v;
  return true;
}

int MonthFromName(std::string_view word) {
  static constexpr const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                            "jul", "aug", "sep", "oct", "nov", "dec"};
  if (word.size() < 3) return 0;
  const std::string lower = AsciiLower(word.substr(0, 3));
  for (int m = 0; m < 12; ++m) {
    if (lower == kMonths[m]) return m + 1;
  }
  return 0;
}

std::string FormatDate(int y, int mo, int d) {
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > 31) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, mo, d);
  return buf;
}

// After a date: [T or space]HH:MM[:SS[.fff]][Z|+HH[:]MM|-HH[:]MM| GMT|UTC].
std::string TimePart(std::string_view s, std::size_t i) {
  if (i >= s.size() || (s[i] != 'T' && s[i] != ' ')) return "";
  ++i;
  int h = 0, m = 0, sec = 0;
  if (!Digits(s, &i, 2, &h) || i >= s.size() || s[i] != ':') return "";
  ++i;
  if (!Digits(s, &i, 2, &m)) return "";
  if (i < s.size() && s[i] == ':') {
    ++i;
    if (!Digits(s, &i, 2, &sec)) return "";
    if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
      ++i;
      while (i < s.size() && IsAsciiDigit(s[i])) ++i;
    }
  }
  if (h > 23 || m > 59 || sec > 60) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d", h, m, sec);
  std::string out = buf;
  while (i < s.size() && s[i] == ' ') ++i;
  const std::string_view zone = s.substr(i);
  if (zone.rfind("Z", 0) == 0 || zone.rfind("GMT", 0) == 0 || zone.rfind("UTC", 0) == 0) {
    return out + "Z";
  }
  if (!zone.empty() && (zone[0] == '+' || zone[0] == '-')) {
    std::size_t k = 1;
    int zh = 0, zm = 0;
    if (Digits(zone, &k, 2, &zh)) {
      if (k < zone.size() && zone[k] == ':') ++k;
      Digits(zone, &k, 2, &zm);
      if (zh <= 14 && zm <= 59) {
        std::snprintf(buf, sizeof buf, "%c%02d:%02d", zone[0], zh, zm);
        out += buf;
      }
    }
  }
  return out;
}

}  // namespace

std::string NormalizeDate(std::string_view text) {
  const std::string trimmed = NormalizeSpace(text);
  std::string_view s = trimmed;
  std::size_t i = 0;
  int y = 0, mo = 0, d = 0;
  // 2024-03-05, 2024/03/05, 2024.03.05, 20240305; then a time.
  if (Digits(s, &i, 4, &y)) {
    if (i < s.size() && (s[i] == '-' || s[i] == '/' || s[i] == '.')) {
      const char sep = s[i++];
      std::size_t j = i;
      if (!Digits(s, &i, 2, &mo) && !Digits(s, &(i = j), 1, &mo)) return "";
      if (i >= s.size() || s[i] != sep) return "";  // a year and month only
      ++i;
      j = i;
      if (!Digits(s, &i, 2, &d) && !Digits(s, &(i = j), 1, &d)) return "";
    } else if (!Digits(s, &i, 2, &mo) || !Digits(s, &i, 2, &d)) {
      return "";
    }
    const std::string date = FormatDate(y, mo, d);
    return date.empty() ? "" : date + TimePart(s, i);
  }
  // 05.03.2024 (day first, as written with dots).
  i = 0;
  if (Digits(s, &i, 2, &d) && i < s.size() && s[i] == '.' && (++i, Digits(s, &i, 2, &mo)) &&
      i < s.size() && s[i] == '.' && (++i, Digits(s, &i, 4, &y))) {
    const std::string date = FormatDate(y, mo, d);
    return date.empty() ? "" : date + TimePart(s, i);
  }
  // Words: "Tue, 05 Mar 2024 14:30:00 GMT", "5 March 2024", "March 5, 2024".
  std::vector<std::string_view> words;
  std::size_t at = 0;
  while (at < s.size()) {
    while (at < s.size() && (s[at] == ' ' || s[at] == ',')) ++at;
    std::size_t end = at;
    while (end < s.size() && s[end] != ' ' && s[end] != ',') ++end;
    if (end > at) words.push_back(s.substr(at, end - at));
    at = end;
  }
  y = mo = d = 0;
  std::size_t last = 0;  // index of the word holding the year
  for (std::size_t w = 0; w < words.size() && w < 6; ++w) {
    const std::string_view word = words[w];
    std::size_t k = 0;
    int v = 0;
    if (mo == 0 && MonthFromName(word) != 0 && IsAsciiAlpha(word[0])) {
      mo = MonthFromName(word);
    } else if (word.size() == 4 && Digits(word, &k, 4, &v) && y == 0) {
      y = v;
      last = w;
      break;
    } else if (d == 0 && word.size() <= 4 &&
               Digits(word, &k, word.size() >= 2 && IsAsciiDigit(word[1]) ? 2 : 1, &v)) {
      d = v;  // "5", "05", "5th"
    }
  }
  if (y == 0 || mo == 0 || d == 0) return "";
  const std::string date = FormatDate(y, mo, d);
  if (date.empty()) return "";
  // A time may follow the year: "2024 14:30:00 GMT".
  const std::size_t year_end = static_cast<std::size_t>(words[last].data() - s.data()) + 4;
  return date + TimePart(s, year_end);
}

bool IsTitleForm(const Metadata& meta, const std::string& text) {
  std::size_t longest = 0;
  for (const std::string& form : meta.title_forms) longest = std::max(longest, form.size());
  const std::string key = TitleKey(text, longest);
  return std::find(meta.title_forms.begin(), meta.title_forms.end(), key) != meta.title_forms.end();
}

std::string TrimSiteName(const std::string& title, const std::string& site_name,
                         const std::string& headline_key) {
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
  if (!headline_key.empty()) {
    for (const std::string& part : parts) {
      if (TitleKey(part) == headline_key) return NormalizeSpace(part);
    }
  }
  auto longest = std::max_element(parts.begin(), parts.end(), [](const auto& a, const auto& b) {
    return CountCodePoints(a) < CountCodePoints(b);
  });
  return NormalizeSpace(*longest);
}

namespace {

// Whether a JSON-LD string holds HTML: a tag of an element HTML knows
// ("<p>", "</p>", "<br/>"), or a character reference ("&nbsp;",
// "&#8217;"). A "<" or "&" in words ("x < y", "AT&T") is none.
bool HoldsHtml(std::string_view s) {
  for (std::size_t i = s.find_first_of("<&"); i != std::string_view::npos;
       i = s.find_first_of("<&", i + 1)) {
    std::size_t name = i + 1;
    if (name < s.size() && s[name] == (s[i] == '<' ? '/' : '#')) ++name;
    std::size_t end = name;
    while (end < s.size() && IsAsciiAlnum(s[end])) ++end;
    if (end == name || end == s.size()) continue;
    if (s[i] == '&' ? s[end] == ';'
                    : (s[end] == '>' || s[end] == '/' || s[end] == ' ') &&
                          gumbo_tagn_enum(s.data() + name, static_cast<unsigned>(end - name)) !=
                              GUMBO_TAG_UNKNOWN) {
      return true;
    }
  }
  return false;
}

// A JSON-LD text (articleBody) as the page would show it, one line a
// paragraph: a string holding HTML (a CMS writing its body's markup, or
// its character references alone, into it: "<p>...</p>", "&nbsp;") is read
// as HTML, each line of the string and each block of the markup a line, its
// hidden parts left out; other text is taken as written.
std::string JsonLdText(const std::string& text) {
  if (!HoldsHtml(text)) return text;
  std::string html = "<body>";
  for (char c : text) {
    if (c == '\n') {
      html += "<br>";
    } else {
      html += c;
    }
  }
  const Document doc = Document::Parse(std::move(html));
  if (!doc.ok()) return text;
  const Page fragment = SegmentBlocks(doc);
  // A node is hidden when it or a box around it is (nodes come in preorder,
  // each after its parent): a paragraph in a hidden <div> is hidden too.
  std::vector<char> hidden(fragment.nodes.size(), 0);
  for (std::size_t id = 0; id < fragment.nodes.size(); ++id) {
    const Node& n = fragment.nodes[id];
    hidden[id] = (n.flags & kFlagHidden) != 0 || (n.parent >= 0 && hidden[n.parent]);
  }
  std::string lines;
  for (const TextBlock& b : fragment.blocks) {
    if (hidden[b.node]) continue;
    if (!lines.empty()) lines += '\n';
    lines += b.text;
  }
  return lines;
}

}  // namespace

Metadata ReadMetadata(const Page& page, const std::string& page_url) {
  Metadata m;
  const RawMetadata& raw = page.meta;
  const JsonLd ld = ReadJsonLd(raw.json_ld);
  m.json_ld_body = JsonLdText(ld.body);
  m.json_ld_product_description = ld.product_description;
  m.json_ld_types = ld.types;
  const auto& metas = raw.metas;
  auto itemprop = [&](const char* key) {
    for (const auto& [k, v] : raw.itemprops) {
      if (k == key) return v;
    }
    return std::string();
  };

  // The page's first <h1>, and its words to tell the page's name among a
  // title's parts, unless it stands in the site's header or menu (an old
  // theme's <h1 class="site-title"> names the site on every page). A header
  // inside <main>, an <article> or a <section> is that part's own, as HTML
  // reads a banner (a post's "entry-header", a category's "page-header" or
  // "js-product-list-header" around its <h1>), and a header worded as
  // content too ("entry-header") is none; a class on <body> describes the
  // page ("is-ctl-navigation"), not a box around the <h1>.
  const TextBlock* title_block = nullptr;
  for (const TextBlock& b : page.blocks) {
    if (b.kind == BlockKind::kHeading && b.level == 1) {
      title_block = &b;
      break;
    }
  }
  std::string headline_key;
  if (title_block != nullptr) {
    bool menu = false, header = false;
    for (int a = title_block->node; a >= 0 && !menu; a = page.nodes[a].parent) {
      const Node& n = page.nodes[a];
      if (n.parent < 0 || (n.flags & kFlagBody)) break;
      menu = (n.flags & kFlagNav) || (n.hints & kHintNav);
      if ((n.flags & kFlagHeader) || ((n.hints & kHintHeader) && !(n.hints & kHintPositive))) {
        header = true;
      } else if ((n.flags & (kFlagMain | kFlagArticle)) || n.tag == GUMBO_TAG_SECTION) {
        header = false;
      }
    }
    if (!menu && !header) headline_key = TitleKey(title_block->text);
  }
  for (const std::string* t : {&raw.og_title, &ld.headline, &raw.title}) {
    if (t->empty()) continue;
    m.title_forms.push_back(TitleKey(*t));
    for (const std::string& part : SplitTitle(*t)) m.title_forms.push_back(TitleKey(part));
    const std::string trimmed = TrimSiteName(*t, raw.site_name, headline_key);
    m.title_forms.push_back(TitleKey(trimmed));
    if (m.title.empty()) m.title = trimmed;
  }
  if (m.title.empty()) {
    std::string headline = itemprop("headline");
    if (!headline.empty()) {
      m.title = headline;
      m.title_forms.push_back(TitleKey(headline));
    }
  }
  if (m.title.empty() && title_block != nullptr) {
    m.title = NormalizeSpace(title_block->text);
    m.title_forms.push_back(TitleKey(m.title));
  }
  m.title_forms.erase(std::remove(m.title_forms.begin(), m.title_forms.end(), std::string()),
                      m.title_forms.end());

  m.language = raw.language;
  if (m.language.empty()) m.language = ld.language;
  if (m.language.empty()) {
    m.language = FirstMeta(metas, {"og:locale", "language", "dc.language"});
    std::replace(m.language.begin(), m.language.end(), '_', '-');
  }

  m.authors = ld.authors;
  std::unordered_set<std::string> seen;  // the names AddAuthors put in m.authors
  if (m.authors.empty()) {
    for (const char* key : {"author", "article:author", "dc.creator", "dcterms.creator",
                            "sailthru.author", "parsely-author", "byl"}) {
      for (const std::string& v : AllMeta(metas, key)) AddAuthors(v, &m.authors, &seen);
      if (!m.authors.empty()) break;
    }
  }
  if (m.authors.empty()) {
    for (const auto& [k, v] : raw.itemprops) {
      if (k == "author") AddAuthors(v, &m.authors, &seen);
    }
  }

  for (const std::string& candidate :
       {ld.date,
        FirstMeta(metas, {"article:published_time", "og:published_time", "datepublished",
                          "date", "pubdate", "publishdate", "publish-date", "publish_date",
                          "dc.date.issued", "dc.date", "dcterms.date", "dcterms.created",
                          "dcterms.issued", "sailthru.date", "parsely-pub-date", "datecreated"}),
        itemprop("datepublished"), itemprop("datecreated"),
        raw.times.empty() ? std::string() : raw.times.front()}) {
    m.date = NormalizeDate(candidate);
    if (!m.date.empty()) break;
  }

  m.site_name = raw.site_name;
  if (m.site_name.empty()) m.site_name = ld.publisher;
  if (m.site_name.empty()) m.site_name = ld.site_name;
  if (m.site_name.empty()) m.site_name = FirstMeta(metas, {"application-name", "publisher"});

  m.description = FirstMeta(metas, {"og:description", "description", "twitter:description"});
  if (m.description.empty()) m.description = ld.description;
  if (m.description.empty()) m.description = itemprop("description");

  m.urls = UrlResolver(page_url, raw.base_href);
  const UrlResolver& urls = m.urls;
  std::string image = FirstMeta(metas, {"og:image", "og:image:url", "og:image:secure_url",
                                        "twitter:image", "twitter:image:src"});
  if (image.empty()) image = ld.image;
  if (image.empty()) image = itemprop("image");
  m.image = urls.Resolve(image);
  std::string canonical = raw.canonical;
  if (canonical.empty()) canonical = FirstMeta(metas, {"og:url"});
  if (canonical.empty()) canonical = ld.url;
  m.canonical = urls.Resolve(canonical);
  // The texts in NFC (ComposeUtf8), as the blocks they are compared with and
  // the text they stand beside in the output are (the titles' keys are
  // already: TitleKey; the authors' names are as they are read).
  for (std::string* text : {&m.title, &m.site_name, &m.description, &m.json_ld_body,
                            &m.json_ld_product_description}) {
    ComposeUtf8(text);
  }
  return m;
}

}  // namespace pith::internal
