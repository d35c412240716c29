// Stage 1, fetch: which transfer runs when. URLs -> robots.txt check -> a
// queue per host -> libcurl's multi handle, at most max_parallel at once,
// max_per_host per host, each host's request starts per_host_delay apart.
// One thread does it all; a host that must wait never holds up the others.
// A transfer itself (redirects, retries, errors) is src/fetch/http.cc's.
#include <algorithm>
#include <atomic>
#include <deque>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/url.h"
#include "fetch/robots.h"
#include "fetch/transfer.h"
#include "pith/fetch.h"

namespace pith {

using internal::Clock;
using internal::Next;
using internal::RobotsTxt;
using internal::Transfer;
using internal::UrlForMessage;

namespace {

// How often FetchOptions::should_cancel is asked, at the least: the poll
// for network events waits no longer than this when it is set.
constexpr auto kCancelCheck = std::chrono::milliseconds(50);

// `s` seconds as the clock counts them: none for a negative or NaN, and a
// billion (31 years) at most, beyond which the clock's count would overflow
// (1e300 or infinity: "never").
Clock::duration Seconds(double s) {
  return std::chrono::duration_cast<Clock::duration>(
      std::chrono::duration<double>(std::min(std::max(0.0, s), 1e9)));
}

}  // namespace

struct Fetcher::Impl {
  // A URL waiting for its turn: fresh (t == nullptr: urls[index], taken
  // apart in `parts` when first routed), or a transfer between requests (a
  // redirect, a due retry), whose current_parts say the same.
  struct Pending {
    std::size_t index = 0;
    std::unique_ptr<Transfer> t;
    internal::UrlParts parts;
  };

  // One scheme://host:port and its robots.txt.
  struct Site {
    enum class State { kUnknown, kFetching, kReady } state = State::kUnknown;
    std::string robots_url;
    RobotsTxt robots;
    std::string robots_note;   // why the whole site is off limits, when it is
    // robots.txt got no answer at all (DNS, connection, TLS, timeout): the
    // site is off limits, and its URLs fail as downloads, with that cause
    // (Transfer::failure, no URL in it) and what was asked
    // (RequestedText(): robots.txt, and where its redirects led).
    Status unreachable;
    std::string unreachable_asked;
    Response robots_response;  // served again to whoever asks for robots.txt itself
    Clock::time_point answered{};  // when robots.txt was: kept robots_max_age_seconds
    std::vector<Pending> waiting;  // URLs waiting for robots.txt
  };

  // One host name: its queue and its clock.
  struct Host {
    std::deque<Pending> queue;
    int active = 0;
    Clock::time_point next_start{};
    double delay = 0;
    bool indexed = false;             // in `ready`, under `key`
    Clock::time_point key{};
  };

  explicit Impl(FetchOptions o) : options(std::move(o)) {
    internal::InitCurlOnce();
    user_agent = options.user_agent.empty() ? internal::DefaultUserAgent() : options.user_agent;
    product_token = internal::ProductToken(user_agent);
    robots_options = options;
    robots_options.retries = std::min(options.retries, 1);
    robots_options.max_redirects = std::min(options.max_redirects, 5);  // RFC 9309: at least five
    multi.reset(curl_multi_init());
    curl_multi_setopt(multi.get(), CURLMOPT_MAX_TOTAL_CONNECTIONS,
                      static_cast<long>(MaxParallel()));
  }

  int MaxParallel() const { return std::max(1, options.max_parallel); }
  int MaxPerHost() const { return std::max(1, options.max_per_host); }

  void Run(const std::vector<std::string>& given,
           const std::function<void(std::size_t, Response)>& callback);
  std::size_t Add(std::string url) {
    urls.push_back(std::move(url));
    handed.push_back(false);
    incoming.push_back(urls.size() - 1);
    return urls.size() - 1;
  }

  void Complete(std::size_t index, Response r) {
    ++completed;
    handed[index] = true;
    (*done)(index, std::move(r));
  }
  bool Stopping(Clock::time_point now);
  void CancelRest();
  void Complete(std::unique_ptr<Transfer> t) {
    const std::size_t index = t->index;
    Response r = std::move(t->response);
    t.reset();  // frees the easy handle before the callback runs
    Complete(index, std::move(r));
  }
  // A URL that robots.txt turns away, or that is not a URL at all.
  void Reject(Pending p, const std::string& url, Status status) {
    Response r;
    r.url = p.t ? p.t->response.url : url;
    r.attempts = p.t ? p.t->response.attempts : 0;
    r.status = std::move(status);
    Complete(p.index, std::move(r));
  }

  Host& HostNamed(const std::string& name) {
    auto [it, inserted] = hosts.try_emplace(name);
    if (inserted) it->second.delay = std::max(0.0, options.per_host_delay_seconds);
    return it->second;
  }
  const std::string& UrlOf(const Pending& p) const { return p.t ? p.t->current_url : urls[p.index]; }
  static const internal::UrlParts& PartsOf(const Pending& p) {
    return p.t ? p.t->current_parts : p.parts;
  }
  void Route(Pending p);
  // `robots_just_read`: p waited for its site's robots.txt, answered now.
  void Enqueue(Pending p, bool robots_just_read = false);
  void StartRobots(Site* site, const internal::UrlParts& parts);
  void RobotsDone(Site* site, std::unique_ptr<Transfer> t);
  void Reindex(Host* host);
  void Start(std::unique_ptr<Transfer> t);
  void Dispatch(Clock::time_point now);
  int WaitMs(Clock::time_point now) const;

  // Set by Cancel() (any thread) or when should_cancel says so; never unset.
  std::atomic<bool> cancel{false};
  Clock::time_point next_cancel_check{};

  FetchOptions options;
  FetchOptions robots_options;
  std::string user_agent;
  std::string product_token;
  std::unique_ptr<CURLM, CURLMcode (*)(CURLM*)> multi{nullptr, curl_multi_cleanup};
  std::map<std::string, Site> sites;      // by origin
  std::map<std::string, Host> hosts;      // by host name
  std::set<std::pair<Clock::time_point, Host*>> ready;  // hosts with work and a free slot
  std::unordered_map<Transfer*, Host*> host_of;         // running page transfers
  std::unordered_map<Transfer*, Site*> robots_of;       // running robots.txt transfers
  std::deque<std::unique_ptr<Transfer>> robots_queue;   // robots.txt transfers to start
  std::vector<std::unique_ptr<Transfer>> retrying;      // waiting for their not_before
  std::unordered_map<Transfer*, std::unique_ptr<Transfer>> running;

  // Per Run().
  std::vector<std::string> urls;
  std::deque<std::size_t> incoming;
  std::vector<bool> handed;  // by index: given to `done` already
  const std::function<void(std::size_t, Response)>* done = nullptr;
  std::size_t completed = 0;
};

void Fetcher::Impl::Reindex(Host* host) {
  if (host->indexed) {
    ready.erase({host->key, host});
    host->indexed = false;
  }
  if (!host->queue.empty() && host->active < MaxPerHost()) {
    host->key = host->next_start;
    ready.insert({host->key, host});
    host->indexed = true;
  }
}

// A fresh URL is checked and taken apart here, once; a transfer's URL was
// when it was given or redirected to.
void Fetcher::Impl::Route(Pending p) {
  if (!p.t) {
    const std::string& url = urls[p.index];
    if (Status s = internal::CheckUrl(url, &p.parts); !s.ok()) return Reject(std::move(p), url, s);
  }
  Enqueue(std::move(p));
}

// Past robots.txt (fetched first when the site's is not known yet) into its
// host's queue.
void Fetcher::Impl::Enqueue(Pending p, bool robots_just_read) {
  const std::string& url = UrlOf(p);
  const internal::UrlParts& parts = PartsOf(p);
  if (options.obey_robots) {
    Site& site = sites[parts.Origin()];
    if (site.state == Site::State::kUnknown ||
        (site.state == Site::State::kReady && !robots_just_read &&
         Clock::now() - site.answered >= Seconds(options.robots_max_age_seconds))) {
      // First asked, or kept for as long as it may be. A URL that waited
      // for this answer takes it however short the age allowed (0: asked
      // again for every URL, once each).
      StartRobots(&site, parts);
    }
    if (site.state == Site::State::kFetching) {
      site.waiting.push_back(std::move(p));
      return;
    }
    if (!p.t && url == site.robots_url) {  // asked for the file already here
      Response r = site.robots_response;
      r.url = url;
      return Complete(p.index, std::move(r));
    }
    const RobotsTxt::Verdict verdict = site.robots.Check(parts.PathAndQuery());
    if (!verdict.allowed) {
      std::string why;
      if (verdict.rule == nullptr && !site.unreachable.ok()) {
        // Not a rule of the site's: no answer from it. The page would have
        // failed the same way; it is a failed download, not a skipped one,
        // and its cause comes first, as the page's own request would say it.
        const std::string cause = UrlForMessage(url) + ": " + site.unreachable.message() +
                                  " (asking for its site's robots.txt first, " +
                                  site.unreachable_asked + "; the page was not requested)";
        return Reject(std::move(p), url,
                      site.unreachable.code() == Status::Code::kTimeout
                          ? Status::Timeout(cause)
                          : Status::FetchError(cause));
      }
      if (verdict.rule != nullptr) {
        why = site.robots_url + " line " + std::to_string(verdict.rule->line) + ", \"Disallow: " +
              verdict.rule->written + "\" (group \"" + site.robots.group() + "\")";
      } else if (verdict.too_costly) {
        why = site.robots_url + ": its " + std::to_string(site.robots.rules().size()) +
              " rules (group \"" + site.robots.group() + "\") are too many to match against a "
              "path of " + std::to_string(parts.PathAndQuery().size()) + " octets (over " +
              std::to_string(RobotsTxt::kMaxMatchOctets >> 20) + " MiB compared)";
      } else {
        why = site.robots_url + ": " + site.robots_note;
      }
      const std::string what =
          p.t && p.t->chain.size() > 1
              ? UrlForMessage(p.t->response.url) + " redirects to " + UrlForMessage(url) + ", which"
              : UrlForMessage(url);
      return Reject(std::move(p), url, Status::Disallowed(what + " is disallowed by " + why));
    }
  }
  Host& host = HostNamed(parts.host);
  if (p.t && p.t->redirects > 0 && p.t->attempts == 0) {
    host.queue.push_front(std::move(p));  // a redirect goes on before new URLs
  } else {
    host.queue.push_back(std::move(p));
  }
  Reindex(&host);
}

void Fetcher::Impl::StartRobots(Site* site, const internal::UrlParts& parts) {
  site->state = Site::State::kFetching;
  site->robots_url = parts.SiteRoot() + "robots.txt";
  auto t = std::make_unique<Transfer>();
  t->current_parts = parts;  // the same scheme, host and port
  t->options = &robots_options;
  t->response.url = t->current_url = site->robots_url;
  t->chain.push_back(site->robots_url);
  // One octet past the limit, so that Parse() knows the file was cut and
  // drops the line cut in two.
  t->max_body_bytes = std::max<std::size_t>(options.max_robots_bytes, 1) + 1;
  t->truncate_at_limit = true;
  if (!internal::ConfigureTransfer(t.get(), user_agent)) {
    t->response.status = Status::FetchError(site->robots_url + ": cannot create a transfer");
    return RobotsDone(site, std::move(t));
  }
  robots_of[t.get()] = site;
  robots_queue.push_back(std::move(t));
}

void Fetcher::Impl::RobotsDone(Site* site, std::unique_ptr<Transfer> t) {
  Response& r = t->response;
  const int code = r.http_status;
  site->answered = Clock::now();
  site->robots_note.clear();  // what an earlier answer said no longer holds
  site->unreachable = Status();
  if (r.ok() && code >= 200 && code < 300) {
    site->robots = RobotsTxt::Parse(r.body, product_token, options.max_robots_bytes);
  } else if (code >= 400 && code < 500 && code != 429) {
    site->robots = RobotsTxt::AllowAll();  // "unavailable": everything is allowed
  } else {
    // Unreachable (5xx, 429, no answer, a redirect loop): RFC 9309 says
    // assume complete disallow, until robots.txt is asked again
    // (robots_max_age_seconds).
    // The status code is the cause when it is an error, or when nothing
    // else went wrong; otherwise the status says what did: for a 3xx, the
    // last hop of redirects not followed to the end (a loop, too many, a
    // refused scheme), for a 2xx, a body that never came whole (a timeout,
    // a connection closed early).
    site->robots = RobotsTxt::DisallowAll();
    const bool answered = code >= 400 || (code != 0 && r.status.ok());
    site->robots_note = (answered ? "it answered HTTP " + std::to_string(code)
                                   : "it could not be fetched (" + r.status.message() + ")") +
                        ", so the whole site is off limits (RFC 9309) until it is asked again";
    if (code == 0 && !r.status.ok()) {
      const std::string& failure = t->failure.empty() ? r.status.message() : t->failure;
      site->unreachable = r.status.code() == Status::Code::kTimeout ? Status::Timeout(failure)
                                                                   : Status::FetchError(failure);
      site->unreachable_asked = internal::RequestedText(*t);
    }
  }
  robots_of.erase(t.get());
  site->robots_response = std::move(r);
  site->state = Site::State::kReady;
  const double crawl_delay = std::min(site->robots.crawl_delay(), options.max_crawl_delay_seconds);
  std::vector<Pending> waiting = std::move(site->waiting);
  site->waiting.clear();
  for (Pending& p : waiting) {
    if (crawl_delay > 0) {
      Host& host = HostNamed(PartsOf(p).host);
      host.delay = std::max(host.delay, crawl_delay);
    }
    Enqueue(std::move(p), /*robots_just_read=*/true);
  }
}

void Fetcher::Impl::Start(std::unique_ptr<Transfer> t) {
  ++t->attempts;
  internal::RearmTransfer(t.get());
  curl_multi_add_handle(multi.get(), t->easy);
  Transfer* raw = t.get();
  running.emplace(raw, std::move(t));
}

void Fetcher::Impl::Dispatch(Clock::time_point now) {
  const int cap = MaxParallel();
  // robots.txt transfers first; a retry waits for its time (Retry-After).
  for (auto it = robots_queue.begin();
       it != robots_queue.end() && static_cast<int>(running.size()) < cap;) {
    if ((*it)->not_before > now) {
      ++it;
      continue;
    }
    std::unique_ptr<Transfer> t = std::move(*it);
    it = robots_queue.erase(it);
    Start(std::move(t));
  }
  // Due retries go back through their host's queue (and its clock).
  for (auto it = retrying.begin(); it != retrying.end();) {
    if ((*it)->not_before <= now) {
      Pending p;
      p.index = (*it)->index;
      p.t = std::move(*it);
      it = retrying.erase(it);
      Route(std::move(p));
    } else {
      ++it;
    }
  }
  while (static_cast<int>(running.size()) < cap && !ready.empty() && ready.begin()->first <= now) {
    Host* host = ready.begin()->second;
    Pending p = std::move(host->queue.front());
    host->queue.pop_front();
    if (!p.t) {
      p.t = std::make_unique<Transfer>();
      p.t->index = p.index;
      p.t->options = &options;
      p.t->response.url = p.t->current_url = urls[p.index];
      p.t->current_parts = std::move(p.parts);
      p.t->chain.push_back(urls[p.index]);
      if (!internal::ConfigureTransfer(p.t.get(), user_agent)) {
        p.t->response.status =
            Status::FetchError(UrlForMessage(p.t->current_url) + ": cannot create a transfer");
        Complete(std::move(p.t));
        Reindex(host);
        continue;
      }
    }
    ++host->active;
    host->next_start = now + Seconds(host->delay);
    host_of[p.t.get()] = host;
    Start(std::move(p.t));
    Reindex(host);
  }
}

int Fetcher::Impl::WaitMs(Clock::time_point now) const {
  Clock::time_point until = now + std::chrono::seconds(1);
  if (options.should_cancel) until = std::min(until, next_cancel_check);
  if (!ready.empty() && static_cast<int>(running.size()) < MaxParallel()) {
    until = std::min(until, ready.begin()->first);
  }
  for (const auto& t : retrying) until = std::min(until, t->not_before);
  if (static_cast<int>(running.size()) < MaxParallel()) {
    for (const auto& t : robots_queue) until = std::min(until, t->not_before);
  }
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(until - now).count();
  // Round up, so that the wake-up is not a hair early and spins.
  return static_cast<int>(std::max<long long>(0, ms + 1));
}

bool Fetcher::Impl::Stopping(Clock::time_point now) {
  if (cancel.load()) return true;
  if (options.should_cancel && now >= next_cancel_check) {
    next_cancel_check = now + kCancelCheck;
    if (options.should_cancel()) cancel.store(true);
  }
  return cancel.load();
}

// Every URL not handed back yet goes back cancelled, in index order, and
// every structure of the run is emptied: running transfers are taken off
// the multi handle (their connections closed), queues cleared, and a site
// whose robots.txt was being fetched is unknown again. Each host keeps its
// clock.
void Fetcher::Impl::CancelRest() {
  std::unordered_map<std::size_t, std::unique_ptr<Transfer>> held;  // by index
  for (auto& [raw, t] : running) {
    curl_multi_remove_handle(multi.get(), raw->easy);
    if (robots_of.count(raw) == 0) held[t->index] = std::move(t);
  }
  running.clear();
  host_of.clear();
  robots_of.clear();
  robots_queue.clear();
  for (auto& t : retrying) {
    const std::size_t index = t->index;
    held[index] = std::move(t);
  }
  retrying.clear();
  ready.clear();
  for (auto& [name, host] : hosts) {
    for (Pending& p : host.queue) {
      if (p.t) held[p.index] = std::move(p.t);
    }
    host.queue.clear();
    host.active = 0;
    host.indexed = false;
  }
  for (auto& [origin, site] : sites) {
    for (Pending& p : site.waiting) {
      if (p.t) held[p.index] = std::move(p.t);
    }
    site.waiting.clear();
    if (site.state == Site::State::kFetching) site.state = Site::State::kUnknown;
  }
  for (std::size_t i = 0; i < urls.size(); ++i) {  // `done` may Add() more: they go too
    if (handed[i]) continue;
    Response r;
    r.url = urls[i];
    if (auto t = held.find(i); t != held.end()) r.attempts = t->second->attempts;
    r.status = Status::Cancelled(UrlForMessage(r.url) + ": cancelled");
    Complete(i, std::move(r));
  }
  incoming.clear();
}

void Fetcher::Impl::Run(const std::vector<std::string>& given,
                        const std::function<void(std::size_t, Response)>& callback) {
  urls = given;
  handed.assign(urls.size(), false);
  incoming.clear();
  for (std::size_t i = 0; i < urls.size(); ++i) incoming.push_back(i);
  done = &callback;
  completed = 0;
  next_cancel_check = Clock::now();

  while (completed < urls.size()) {
    if (Stopping(Clock::now())) {
      CancelRest();
      break;
    }
    while (!incoming.empty()) {
      Pending p;
      p.index = incoming.front();
      incoming.pop_front();
      Route(std::move(p));
    }
    Dispatch(Clock::now());

    int still = 0;
    curl_multi_perform(multi.get(), &still);
    int left = 0;
    while (CURLMsg* msg = curl_multi_info_read(multi.get(), &left)) {
      if (msg->msg != CURLMSG_DONE) continue;
      Transfer* raw = nullptr;
      curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &raw);
      const CURLcode rc = msg->data.result;
      curl_multi_remove_handle(multi.get(), msg->easy_handle);
      auto found = running.find(raw);
      std::unique_ptr<Transfer> t = std::move(found->second);
      running.erase(found);
      const Next next = internal::FinishRequest(t.get(), rc);

      if (auto robots = robots_of.find(raw); robots != robots_of.end()) {
        if (t->host_pause_seconds > 0) {
          // A 429 or 503 for robots.txt asks the whole host to wait too.
          internal::UrlParts at;
          if (internal::ParseUrl(t->current_url, &at)) {
            Host& host = HostNamed(at.host);
            host.next_start =
                std::max(host.next_start, Clock::now() + Seconds(t->host_pause_seconds));
            Reindex(&host);
          }
        }
        if (next == Next::kRedirect) {
          robots_queue.push_front(std::move(t));
        } else if (next == Next::kRetry) {
          robots_queue.push_back(std::move(t));  // started once its not_before has come
        } else {
          RobotsDone(robots->second, std::move(t));
        }
        continue;
      }

      Host* host = host_of[raw];
      host_of.erase(raw);
      --host->active;
      if (t->host_pause_seconds > 0) {
        host->next_start = std::max(host->next_start, Clock::now() + Seconds(t->host_pause_seconds));
      }
      Reindex(host);
      switch (next) {
        case Next::kDone: Complete(std::move(t)); break;
        case Next::kRedirect: {
          Pending p;
          p.index = t->index;
          p.t = std::move(t);
          Route(std::move(p));
          break;
        }
        case Next::kRetry: retrying.push_back(std::move(t)); break;
      }
    }
    if (completed >= urls.size()) break;
    if (!incoming.empty()) continue;
    const Clock::time_point now = Clock::now();
    if (static_cast<int>(running.size()) < MaxParallel() &&
        std::any_of(robots_queue.begin(), robots_queue.end(),
                    [&](const auto& t) { return t->not_before <= now; })) {
      continue;  // a robots.txt may start at once
    }
    if (!ready.empty() && ready.begin()->first <= now &&
        static_cast<int>(running.size()) < MaxParallel()) {
      continue;  // a host may start at once
    }
    const int wait_ms = WaitMs(now);
    if (!running.empty() || wait_ms > 0) curl_multi_poll(multi.get(), nullptr, 0, wait_ms, nullptr);
  }
  done = nullptr;
  urls.clear();
  handed.clear();
}

Fetcher::Fetcher(FetchOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
Fetcher::~Fetcher() {
  for (auto& [raw, t] : impl_->running) curl_multi_remove_handle(impl_->multi.get(), raw->easy);
}

const FetchOptions& Fetcher::options() const { return impl_->options; }

void Fetcher::FetchAll(const std::vector<std::string>& urls,
                       const std::function<void(std::size_t index, Response response)>& done) {
  impl_->Run(urls, done);
}

std::size_t Fetcher::Add(std::string url) { return impl_->Add(std::move(url)); }

void Fetcher::Cancel() {
  impl_->cancel.store(true);
  curl_multi_wakeup(impl_->multi.get());  // ends a curl_multi_poll() under way at once
}

bool Fetcher::cancelled() const { return impl_->cancel.load(); }

void FetchAll(const std::vector<std::string>& urls, const FetchOptions& options,
              const std::function<void(std::size_t index, Response response)>& done) {
  Fetcher(options).FetchAll(urls, done);
}

Response Fetch(const std::string& url, const FetchOptions& options) {
  Response out;
  FetchAll({url}, options, [&](std::size_t, Response r) { out = std::move(r); });
  return out;
}

}  // namespace pith
