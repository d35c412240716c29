// Discovery: sitemaps, feeds and a bounded crawl, each a loop over a
// Fetcher (so under its politeness) with every step bounded by
// DiscoverOptions. Parsing is sitemap.cc's and feed.cc's.
#include "pith/discover.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "base/bytes_text.h"
#include "base/url.h"
#include "base/utf8.h"
#include "fetch/discover.h"
#include "fetch/feed.h"
#include "fetch/robots.h"
#include "extract/extract.h"
#include "fetch/sitemap.h"
#include "pith/pith.h"

namespace pith {

using internal::UrlForMessage;

namespace {

// Query parameters that track a visitor rather than name a page.
bool IsTrackingParameter(std::string_view name) {
  static constexpr std::array<std::string_view, 16> kExact = {
      "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid",
      "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "mkt_tok", "oly_anon_id", "oly_enc_id"};
  const std::string lower = internal::AsciiLower(name);
  if (lower.rfind("utm_", 0) == 0) return true;
  return std::find(kExact.begin(), kExact.end(), lower) != kExact.end();
}

// Extensions of files that are not HTML pages: links to them are not
// followed, so they are never requested (nor counted against max_pages).
// Data and text files too: a site's JSON, Markdown sources and plain text
// (a static site's expected.json beside its page), its feeds' and
// sitemaps' XML, which discovery reads apart.
bool IsNonPageExtension(std::string_view path) {
  static constexpr std::array<std::string_view, 74> kSkip = {
      "pdf",  "jpg",  "jpeg", "png",  "gif",   "webp", "svg", "ico", "bmp",  "tif",  "tiff",
      "avif", "heic", "mp3",  "mp4",  "m4a",   "m4v",  "avi", "mov", "wmv",  "webm", "ogg",
      "ogv",  "wav",  "flac", "mkv",  "flv",   "zip",  "gz",  "tgz", "bz2",  "xz",   "7z",
      "rar",  "tar",  "jar",  "exe",  "dmg",   "iso",  "apk", "msi", "deb",  "rpm",  "wasm",
      "doc",  "docx", "xls",  "xlsx", "ppt",   "pptx", "odt", "ods", "odp",  "rtf",  "epub",
      "css",  "js",   "map",  "woff", "woff2", "ttf",  "otf", "eot", "json", "md",   "txt",
      "csv",  "tsv",  "xml",  "rss",  "atom",  "yaml", "yml", "ics"};
  const std::size_t slash = path.rfind('/');
  const std::string_view last = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const std::size_t dot = last.rfind('.');
  if (dot == std::string_view::npos) return false;
  const std::string ext = internal::AsciiLower(last.substr(dot + 1));
  return std::find(kSkip.begin(), kSkip.end(), ext) != kSkip.end();
}

// Adds `url` to `out` once; false when max_urls is reached.
class UrlSet {
 public:
  explicit UrlSet(std::size_t max) : max_(max) {}
  // 1 added, 0 already there, -1 full.
  int Add(const std::string& url, std::vector<std::string>* out) {
    // One lookup a URL: put in at once, taken out again when full.
    const auto [it, added] = seen_.insert(url);
    if (!added) return 0;
    if (out->size() >= max_) {
      seen_.erase(it);
      return -1;
    }
    out->push_back(url);
    return 1;
  }

 private:
  std::size_t max_;
  std::unordered_set<std::string> seen_;
};

Status BoundFired(const std::string& what) { return Status::TooLarge(what); }

// "3 URLs", "1 URL": a bound a caller may set as low as 1.
std::string Count(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// "the first 3 are kept", "the first is kept".
std::string FirstKept(std::size_t n) {
  return n == 1 ? "the first is kept" : "the first " + std::to_string(n) + " are kept";
}

}  // namespace

std::string NormalizeUrl(const std::string& url) {
  internal::UrlParts parts;
  if (!internal::ParseUrl(url, &parts)) return "";
  if (!internal::IsHttpScheme(parts.scheme)) return "";
  // "example.org." is "example.org": the final dot only roots the name.
  if (parts.host.size() > 1 && parts.host.back() == '.') parts.host.pop_back();
  std::string out = parts.SiteRoot();
  out.pop_back();      // the path brings its own '/'
  out += internal::NormalizePercentEncoding(parts.path);  // "/" at least
  if (parts.has_query) {
    std::string query;
    std::size_t pos = 0;
    while (pos <= parts.query.size()) {
      std::size_t amp = parts.query.find('&', pos);
      if (amp == std::string::npos) amp = parts.query.size();
      const std::string_view param = std::string_view(parts.query).substr(pos, amp - pos);
      pos = amp + 1;
      if (param.empty() || IsTrackingParameter(param.substr(0, param.find('=')))) continue;
      query += (query.empty() ? "" : "&") + internal::NormalizePercentEncoding(param);
    }
    if (!query.empty()) out += "?" + query;
  }
  return out;
}

Discovery DiscoverSitemaps(const std::string& url, Fetcher& fetcher, const DiscoverOptions& options) {
  return DiscoverSitemaps(std::vector<std::string>{url}, fetcher, options);
}

Discovery DiscoverSitemaps(const std::vector<std::string>& urls, Fetcher& fetcher,
                           const DiscoverOptions& options) {
  // One reading a URL given, each with its own bounds and findings; all
  // read side by side in one FetchAll, each host at its own pace.
  struct Run {
    explicit Run(std::size_t max_urls) : pages(max_urls) {}
    Discovery out;
    std::vector<std::string> roots;
    // The host of the site root whose robots.txt named the roots, or "":
    // its pages may be listed by sitemaps on other hosts.
    std::string named_by;
    UrlSet pages;
    std::unordered_map<std::string, std::size_t> at;  // a page's place in out.urls
    std::unordered_set<std::string> seen_sitemaps;
    std::size_t sitemaps_read = 0;
    bool pages_full = false, sitemaps_full = false;
  };
  std::vector<Run> runs;
  runs.reserve(urls.size());
  std::vector<std::string> robots_urls;  // of the site roots given
  std::vector<std::size_t> robots_run;   // the run each is for
  for (const std::string& url : urls) {
    Run& run = runs.emplace_back(options.max_urls);
    internal::UrlParts parts;
    if (!internal::ParseUrl(url, &parts) || !internal::IsHttpScheme(parts.scheme)) {
      run.out.problems.push_back(
          Status::InvalidArgument(UrlForMessage(url) + ": not an http or https URL"));
      continue;
    }
    if (parts.path == "/" && !parts.has_query) {
      // A site's root: its robots.txt names the sitemaps (served from the
      // Fetcher's cache when it has already read the file).
      robots_urls.push_back(parts.SiteRoot() + "robots.txt");
      robots_run.push_back(runs.size() - 1);
      run.named_by = parts.host;
    } else {
      run.roots = {url};
    }
  }
  if (!robots_urls.empty()) {
    const std::string token = internal::ProductToken(
        fetcher.options().user_agent.empty() ? "pith" : fetcher.options().user_agent);
    fetcher.FetchAll(robots_urls, [&](std::size_t i, Response robots) {
      Run& run = runs[robots_run[i]];
      const std::string& robots_url = robots_urls[i];
      bool named_any = false;
      if (robots.ok()) {
        const internal::RobotsTxt parsed = internal::RobotsTxt::Parse(robots.body, token);
        // Each sitemap named once, and no more of them than max_sitemaps: a
        // robots.txt of 500 KiB names tens of thousands.
        std::unordered_set<std::string> named;
        named_any = !parsed.sitemaps().empty();
        for (const std::string& sitemap : parsed.sitemaps()) {
          if (!named.insert(sitemap).second) continue;
          if (run.roots.size() >= options.max_sitemaps) {
            run.out.problems.push_back(BoundFired(
                UrlForMessage(robots_url) + ": names more than " +
                Count(options.max_sitemaps, "sitemap", "sitemaps") + "; the rest are not read"));
            break;
          }
          run.roots.push_back(sitemap);
        }
      }
      if (!named_any) {
        run.roots.push_back(robots_url.substr(0, robots_url.size() - 10) + "sitemap.xml");
      }
    });
  }

  std::vector<std::string> starts;
  std::unordered_map<std::size_t, std::size_t> run_of;  // by FetchAll index
  std::unordered_map<std::size_t, int> depth;           // by FetchAll index
  for (std::size_t k = 0; k < runs.size(); ++k) {
    Run& run = runs[k];
    run.seen_sitemaps.insert(run.roots.begin(), run.roots.end());
    run.sitemaps_read = run.roots.size();
    for (const std::string& root : run.roots) {
      run_of[starts.size()] = k;
      depth[starts.size()] = 0;
      starts.push_back(root);
    }
  }
  if (!starts.empty()) {
    fetcher.FetchAll(starts, [&](std::size_t index, Response r) {
      Run& run = runs[run_of[index]];
      Discovery& out = run.out;
      if (!r.ok()) {
        out.problems.push_back(r.status);
        return;
      }
      const std::string& where = r.final_url.empty() ? r.url : r.final_url;
      internal::ListedUrls listed = internal::ParseSitemap(r.body, where, options.max_urls,
                                                           fetcher.options().max_body_bytes,
                                                           internal::OptionName(fetcher.options().option_name,
                                                                                "FetchOptions::max_body_bytes"));
      if (!listed.status.ok()) out.problems.push_back(listed.status);
      // sitemaps.org's rule: the pages (and, of an index, the sitemaps) of
      // the host asked, of where its redirects led, or of the host whose
      // robots.txt named it (a sitemap "cross-submitted"). A sitemap on a
      // host of its own cannot send a crawler to someone else's.
      const std::string asked = internal::UrlHost(r.url), landed = internal::UrlHost(where);
      auto own_host = [&](const std::string& url) {
        const std::string host = internal::UrlHost(url);
        return host == asked || host == landed || (!run.named_by.empty() && host == run.named_by);
      };
      std::size_t elsewhere = 0;
      for (std::size_t i = 0; i < listed.pages.size(); ++i) {
        const std::string& page = listed.pages[i];
        if (!own_host(page)) {
          ++elsewhere;
          continue;
        }
        const int added = run.pages.Add(page, &out.urls);
        const std::string& date = i < listed.lastmod.size() ? listed.lastmod[i] : "";
        if (added > 0) {
          run.at[page] = out.lastmod.size();
          out.lastmod.push_back(date);
        } else if (added == 0 && !date.empty()) {
          std::string& kept = out.lastmod[run.at[page]];  // listed again: a date where none was
          if (kept.empty()) kept = date;
        }
        if (added < 0 && !run.pages_full) {
          run.pages_full = true;
          out.problems.push_back(BoundFired(UrlForMessage(where) + ": more than " +
                                            Count(options.max_urls, "URL", "URLs") +
                                            " in the sitemaps; " + FirstKept(options.max_urls)));
        }
      }
      if (listed.truncated && !run.pages_full) {
        run.pages_full = true;
        out.problems.push_back(BoundFired(UrlForMessage(where) + ": lists more than " +
                                          Count(options.max_urls, "URL", "URLs") + "; " +
                                          FirstKept(options.max_urls)));
      }
      const int d = depth[index];
      for (const std::string& child : listed.sitemaps) {
        if (!run.seen_sitemaps.insert(child).second) continue;  // listed again, or itself
        if (!own_host(child)) {
          ++elsewhere;
          continue;
        }
        if (d + 1 > options.max_sitemap_depth) {
          out.problems.push_back(BoundFired(UrlForMessage(child) +
                                            ": not read, sitemap indexes nested deeper than " +
                                            std::to_string(options.max_sitemap_depth)));
          continue;
        }
        if (run.sitemaps_read >= options.max_sitemaps) {
          if (!run.sitemaps_full) {
            run.sitemaps_full = true;
            out.problems.push_back(BoundFired(UrlForMessage(where) + ": more than " +
                                              Count(options.max_sitemaps, "sitemap", "sitemaps") +
                                              "; the rest are not read"));
          }
          continue;
        }
        ++run.sitemaps_read;
        const std::size_t added = fetcher.Add(child);
        run_of[added] = run_of[index];
        depth[added] = d + 1;
      }
      if (elsewhere > 0) {
        std::string hosts = asked;
        if (landed != asked) hosts += " or " + landed;
        if (!run.named_by.empty() && run.named_by != asked && run.named_by != landed) {
          hosts += " or " + run.named_by + " (whose robots.txt names it)";
        }
        out.problems.push_back(Status::InvalidArgument(
            UrlForMessage(where) + ": " + Count(elsewhere, "URL", "URLs") +
            " on another host than " + hosts +
            " left out (sitemaps.org: a sitemap lists its own site's pages)"));
      }
    });
  }
  // Each URL's findings in the order given, a page listed by two of them
  // once (with the first date given).
  if (runs.size() == 1) return std::move(runs[0].out);
  Discovery all;
  std::unordered_map<std::string, std::size_t> at;
  for (Run& run : runs) {
    for (Status& p : run.out.problems) all.problems.push_back(std::move(p));
    for (std::size_t i = 0; i < run.out.urls.size(); ++i) {
      std::string& date = run.out.lastmod[i];
      auto [it, added] = at.try_emplace(run.out.urls[i], all.urls.size());
      if (added) {
        all.urls.push_back(std::move(run.out.urls[i]));
        all.lastmod.push_back(std::move(date));
      } else if (all.lastmod[it->second].empty()) {
        all.lastmod[it->second] = std::move(date);
      }
    }
  }
  return all;
}

Discovery DiscoverFeeds(const std::string& url, Fetcher& fetcher, const DiscoverOptions& options) {
  Discovery out;
  UrlSet pages(options.max_urls);
  std::unordered_set<std::size_t> from_page;  // feeds an HTML page announced: no further hop
  bool full = false;
  fetcher.FetchAll({url}, [&](std::size_t index, Response r) {
    if (!r.ok()) {
      out.problems.push_back(r.status);
      return;
    }
    const std::string& where = r.final_url.empty() ? r.url : r.final_url;
    if (internal::LooksLikeHtml(r.body, r.content_type)) {
      if (from_page.count(index)) {
        out.problems.push_back(
            Status::DecodeError(UrlForMessage(where) + ": an HTML page, not a feed"));
        return;
      }
      const internal::PageLinks links = internal::ScanLinks(r.body, r.content_type, where);
      if (links.feeds.empty()) {
        out.problems.push_back(Status::DecodeError(
            UrlForMessage(where) +
            ": an HTML page that announces no feed (no <link rel=\"alternate\"> of a feed type)"));
      }
      std::unordered_set<std::string> once;
      for (const std::string& feed : links.feeds) {
        if (!once.insert(feed).second) continue;
        if (once.size() > options.max_feeds) {  // a page may announce thousands
          out.problems.push_back(BoundFired(UrlForMessage(where) + ": announces more than " +
                                            Count(options.max_feeds, "feed", "feeds") +
                                            "; the rest are not read"));
          break;
        }
        from_page.insert(fetcher.Add(feed));
      }
      return;
    }
    const internal::ListedUrls listed = internal::ParseFeed(r.body, where, options.max_urls);
    if (!listed.status.ok()) out.problems.push_back(listed.status);
    for (const std::string& page : listed.pages) {
      if (pages.Add(page, &out.urls) < 0) {
        full = true;
        break;
      }
    }
    if ((listed.truncated || full) && out.urls.size() >= options.max_urls) {
      out.problems.push_back(BoundFired(UrlForMessage(where) + ": more than " +
                                        Count(options.max_urls, "item", "items") + "; " +
                                        FirstKept(options.max_urls)));
    }
  });
  return out;
}

namespace {

// Whether the crawl wants the article of a page whose links (and robots
// directives) are `links`.
using WantsArticle = std::function<bool(const internal::PageLinks& links)>;

// Reads a downloaded HTML page (`where` its URL, `token` the crawler's
// product token): its links, and, when the crawl extracts and `wants` says
// so once the links are read, its article into *article, from the same
// parse.
using ReadPage = std::function<internal::PageLinks(const Response& r, const std::string& where,
                                                   const std::string& token, const WantsArticle& wants,
                                                   std::optional<Result<Article>>* article)>;

// The crawl of both Crawl()s; `page` gets each download with the article
// `read` extracted, if any.
Discovery CrawlWith(const std::vector<std::string>& seeds, Fetcher& fetcher,
                    const DiscoverOptions& options, const ReadPage& read,
                    const std::function<void(Response, std::optional<Result<Article>>)>& page) {
  Discovery out;
  // One crawl a seed: its hosts and its page budget. All go through one
  // FetchAll, so that each host keeps its own delay while the others go on.
  struct Site {
    std::unordered_set<std::string> hosts;
    std::size_t pages = 0;  // queued so far, the seed included
  };
  std::vector<Site> sites;
  std::unordered_map<std::size_t, std::size_t> site_of;  // by FetchAll index
  std::unordered_set<std::string> queued;  // every URL queued by any of the crawls
  std::vector<std::string> starts;
  for (const std::string& seed : seeds) {
    const std::string start = NormalizeUrl(seed);
    internal::UrlParts seed_parts;
    if (start.empty() || !internal::ParseUrl(start, &seed_parts)) {
      out.problems.push_back(
          Status::InvalidArgument(UrlForMessage(seed) + ": not an http or https URL"));
      continue;
    }
    if (options.max_pages == 0 || !queued.insert(start).second) continue;
    site_of[starts.size()] = sites.size();
    sites.push_back({{seed_parts.host}, 1});
    starts.push_back(start);
    out.urls.push_back(start);
  }
  if (starts.empty()) return out;
  const std::size_t seed_count = starts.size();
  const std::string token = internal::ProductToken(
      fetcher.options().user_agent.empty() ? "pith" : fetcher.options().user_agent);
  fetcher.FetchAll(starts, [&](std::size_t index, Response r) {
    Site& site = sites[site_of[index]];
    if (index < seed_count && !r.final_url.empty()) {
      internal::UrlParts landed;  // http -> https, example.org -> www.example.org
      if (internal::ParseUrl(r.final_url, &landed)) site.hosts.insert(landed.host);
    }
    // Where a redirect landed is this page: a later link to it is not
    // fetched again.
    if (!r.final_url.empty()) queued.insert(NormalizeUrl(r.final_url));
    std::string noindex;  // what asked for it
    std::optional<Result<Article>> article;
    if (r.ok() && IsHtmlContentType(r.content_type)) {
      const std::string& where = r.final_url.empty() ? r.url : r.final_url;
      bool header_nofollow = false, header_noindex = false;
      for (const HttpHeader& h : r.headers) {
        if (internal::EqualsIgnoreCase(h.name, "x-robots-tag")) {
          internal::ReadRobotsDirectives(h.value, token, &header_nofollow, &header_noindex);
        }
      }
      // A page whose header or robots meta says noindex is skipped
      // whatever its article says, so it is read for its links alone,
      // unless those followed are its article's.
      const WantsArticle wants = [&](const internal::PageLinks& links) {
        if (!header_noindex && !links.noindex) return true;
        return options.follow == DiscoverOptions::Follow::kContent && !header_nofollow &&
               !links.nofollow && site.pages < options.max_pages;
      };
      internal::PageLinks found = read(r, where, token, wants, &article);
      // So is the page it names canonical: the same page under its own name.
      if (!found.canonical.empty()) queued.insert(NormalizeUrl(found.canonical));
      if (found.noindex) noindex = "<meta name=\"robots\" content=\"noindex\">";
      if (header_noindex) noindex = "X-Robots-Tag: noindex";
      std::vector<std::string> links;
      if (found.nofollow || header_nofollow || site.pages >= options.max_pages) {
        // The page asks that none of its links be followed.
      } else if (options.follow == DiscoverOptions::Follow::kContent) {
        std::unordered_set<std::string> nofollow;  // rel="nofollow" links stay unfollowed
        for (const internal::PageLink& l : found.anchors) {
          if (l.nofollow) nofollow.insert(l.url);
        }
        // The caller's article when it extracts (read in place, not
        // copied), else one of the defaults.
        std::optional<Result<Article>> defaults;
        const Result<Article>& content = article ? *article : defaults.emplace(ExtractResponse(r));
        if (content.ok()) {
          for (const Block& b : content->blocks) {
            if (!b.kept) continue;
            for (const Link& l : b.links) {
              if (!nofollow.count(l.url)) links.push_back(l.url);
            }
          }
        }
      } else {
        for (internal::PageLink& l : found.anchors) {
          if (l.nofollow) continue;
          if (options.follow == DiscoverOptions::Follow::kAll || l.navigation) {
            links.push_back(std::move(l.url));
          }
        }
      }
      for (const std::string& link : links) {
        if (site.pages >= options.max_pages) break;
        const std::string url = NormalizeUrl(link);
        internal::UrlParts parts;
        if (url.empty() || !internal::ParseUrl(url, &parts)) continue;
        if (!site.hosts.count(parts.host)) continue;
        if (!options.crawl_prefix.empty() && parts.path.rfind(options.crawl_prefix, 0) != 0) continue;
        if (IsNonPageExtension(parts.path)) continue;
        if (!queued.insert(url).second) continue;
        ++site.pages;
        out.urls.push_back(url);
        site_of[fetcher.Add(url)] = site_of[index];
      }
      if (!noindex.empty()) {
        // Fetched (nothing said so before), followed, but not taken.
        r.status =
            Status::Disallowed(UrlForMessage(where) + " asks not to be indexed (" + noindex + ")");
      }
    }
    page(std::move(r), std::move(article));
  });
  return out;
}

}  // namespace

Discovery Crawl(const std::vector<std::string>& seeds, Fetcher& fetcher,
                const DiscoverOptions& options, const std::function<void(Response response)>& page) {
  return CrawlWith(
      seeds, fetcher, options,
      [](const Response& r, const std::string& where, const std::string& token, const WantsArticle&,
         std::optional<Result<Article>>*) {
        return internal::ScanLinks(r.body, r.content_type, where, token);
      },
      [&page](Response r, std::optional<Result<Article>>) { page(std::move(r)); });
}

Discovery Crawl(const std::string& seed, Fetcher& fetcher, const DiscoverOptions& options,
                const std::function<void(Response response)>& page) {
  return Crawl(std::vector<std::string>{seed}, fetcher, options, page);
}

namespace internal {

Discovery CrawlExtracting(const std::vector<std::string>& seeds, Fetcher& fetcher,
                          const DiscoverOptions& options, const ExtractPage& extract_page,
                          const std::function<void(Response response, Result<Article> article)>& page) {
  // One parse a page: the extraction's, stripped keeping the crawler's
  // reads, which the link scan reads before the segmenter does; the
  // extraction stops there when the links say the article is not wanted
  // (a robots meta saying noindex). A page the extraction refuses before
  // its tree is built (too deep, too large) is parsed for its links alone,
  // as without extraction; so is one whose header says noindex, known
  // before the parse.
  auto read = [&extract_page](const Response& r, const std::string& where, const std::string& token,
                              const WantsArticle& wants, std::optional<Result<Article>>* article) {
    // Before the parse, only the header has been read.
    if (!wants(PageLinks())) return ScanLinks(r.body, r.content_type, where, token);
    std::optional<PageLinks> links;
    bool wanted = true;
    ParseHook hook;
    hook.strip.keep_crawler_reads = true;
    hook.read = [&](const Document& doc) {
      links = ScanLinksOf(doc, where, token);
      return wanted = wants(*links);
    };
    *article = extract_page(r, &hook);
    if (!wanted) article->reset();  // cancelled once the links were read
    return links ? std::move(*links) : ScanLinks(r.body, r.content_type, where, token);
  };
  return CrawlWith(seeds, fetcher, options, read,
                   [&](Response r, std::optional<Result<Article>> article) {
                     // A failed download, a page saying noindex, one not HTML:
                     // the article says why there is none, refused before
                     // any option is read.
                     if (!r.ok() || !article) article = pith::ExtractResponse(r);
                     page(std::move(r), std::move(*article));
                   });
}

}  // namespace internal

Discovery Crawl(const std::vector<std::string>& seeds, Fetcher& fetcher,
                const DiscoverOptions& options, const ExtractOptions& extract,
                const std::function<void(Response response, Result<Article> article)>& page) {
  return internal::CrawlExtracting(
      seeds, fetcher, options,
      [&extract](const Response& r, const internal::ParseHook* hook) {
        return internal::ExtractResponse(r, extract, hook);
      },
      page);
}

}  // namespace pith
