// Politeness against real servers on 127.0.0.1 and 127.0.0.2: robots.txt
// fetched once per site and obeyed (and its faults), the per-host limit and
// delay with timestamps, Crawl-delay, Retry-After slowing one host only.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <limits>
#include <map>
#include <memory>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "http_server.h"
#include "pith/pith.h"

namespace {

using pith::testing::Gate;
using pith::testing::HttpServer;
using pith::testing::Reply;
using pith::testing::Request;
using Code = pith::Status::Code;
using Clock = std::chrono::steady_clock;

double Between(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}

Reply Page(const std::string& title) {
  Reply r;
  r.headers.emplace_back("Content-Type", "text/html");
  r.body = "<html><head><title>" + title + "</title></head><body><article><p>" + title +
           " is a page with enough words in it to count as an article for the extractor, "
           "which wants a few sentences of real prose.</p></article></body></html>";
  return r;
}

// A site whose robots.txt is what the test says (with `endless`, bytes
// follow it until the client leaves); every other path is a page, except
// /slow/... (300 ms, after the gate it is held by, if any) and /busy (429,
// Retry-After: 1, the first time).
class Site {
 public:
  explicit Site(std::string robots, int robots_status = 200, const std::string& address = "127.0.0.1",
                bool endless = false)
      : robots_(std::move(robots)), robots_status_(robots_status), endless_(endless),
        server_(std::make_unique<HttpServer>([this](const Request& r) { return Route(r); }, address)) {}
  // What robots.txt answers from now on.
  void SetRobots(std::string robots, int status = 200) {
    std::lock_guard<std::mutex> lock(mu_);
    robots_ = std::move(robots);
    robots_status_ = status;
  }
  // Requests for pages here open `gate`; /slow/ pages here wait for `held_by`.
  void Opens(Gate* gate) { opens_ = gate; }
  void HeldBy(Gate* gate) { held_by_ = gate; }
  std::string Url(const std::string& path) const { return server_->Url(path); }
  std::vector<Request> Requests() const { return server_->Requests(); }
  int Count(const std::string& path) const {
    int n = 0;
    for (const Request& r : Requests()) n += r.target == path;
    return n;
  }
  // Arrival times of the requests for pages (robots.txt left out).
  std::vector<Clock::time_point> PageTimes() const {
    std::vector<Clock::time_point> out;
    for (const Request& r : Requests()) {
      if (r.target != "/robots.txt") out.push_back(r.received);
    }
    return out;
  }

 private:
  Reply Route(const Request& r) {
    if (r.target == "/robots.txt") {
      std::lock_guard<std::mutex> lock(mu_);
      Reply reply;
      reply.status = robots_status_;
      reply.reason = "Status";
      reply.headers.emplace_back("Content-Type", "text/plain");
      reply.body = robots_;
      reply.endless = endless_;
      return reply;
    }
    if (opens_ != nullptr) opens_->Open();
    if (r.target == "/go-private") {
      Reply reply;
      reply.status = 302;
      reply.headers.emplace_back("Location", "/private/landing");
      return reply;
    }
    if (r.target == "/busy") {
      std::lock_guard<std::mutex> lock(mu_);
      if (busy_hits_++ == 0) {
        Reply reply = Page("busy");
        reply.status = 429;
        reply.reason = "Too Many Requests";
        reply.headers.emplace_back("Retry-After", "1");
        return reply;
      }
    }
    Reply reply = Page(r.target);
    if (r.target.rfind("/slow/", 0) == 0) {
      if (held_by_ != nullptr) held_by_->Wait();
      reply.delay_seconds = 0.3;
    }
    return reply;
  }

  std::string robots_;
  int robots_status_;
  bool endless_;
  Gate* opens_ = nullptr;
  Gate* held_by_ = nullptr;
  std::mutex mu_;
  int busy_hits_ = 0;
  std::unique_ptr<HttpServer> server_;
};

class PolitenessTest : public testing::Test {
 protected:
  void SetUp() override {
    pith::testing::ClearProxyVariables();
    options_.timeout_seconds = 5;
    options_.per_host_delay_seconds = 0;  // each test sets what it measures
    options_.max_per_host = 8;
  }
  std::map<std::string, pith::Response> FetchAll(const std::vector<std::string>& urls) {
    std::map<std::string, pith::Response> out;
    pith::FetchAll(urls, options_, [&](std::size_t i, pith::Response r) { out[urls[i]] = std::move(r); });
    return out;
  }
  pith::FetchOptions options_;
};

TEST_F(PolitenessTest, TheRuleNamedIsQuotedAsTheFileWritesIt) {
  // The rule is matched in one form of its escapes (%7e is ~, %c3 is %C3),
  // but the skip quotes it as its line writes it, so that the line named
  // reads as quoted.
  Site site("User-agent: *\nDisallow: /caf%c3%a9/%7eprivate  # the staff's pages\n");
  const std::string url = site.Url("/caf%C3%A9/~private/menu");
  auto got = FetchAll({url});
  EXPECT_EQ(got[url].status.code(), Code::kDisallowed);
  EXPECT_EQ(got[url].status.message(),
            url + " is disallowed by " + site.Url("/robots.txt") +
                " line 2, \"Disallow: /caf%c3%a9/%7eprivate\" (group \"user-agent: *\")");
}

TEST_F(PolitenessTest, RobotsTxtIsFetchedOnceAndDisallowedUrlsAreSkippedNamingTheRule) {
  Site site("User-agent: *\nDisallow: /private\nAllow: /private/ok\n\nUser-agent: otherbot\nDisallow: /\n");
  const std::vector<std::string> urls = {site.Url("/a"), site.Url("/private/secret"),
                                         site.Url("/private/ok/page"), site.Url("/b"),
                                         site.Url("/go-private")};
  auto got = FetchAll(urls);
  EXPECT_EQ(site.Count("/robots.txt"), 1);
  EXPECT_TRUE(got[site.Url("/a")].ok());
  EXPECT_TRUE(got[site.Url("/b")].ok());
  EXPECT_TRUE(got[site.Url("/private/ok/page")].ok());
  const pith::Response& secret = got[site.Url("/private/secret")];
  EXPECT_EQ(secret.status.code(), Code::kDisallowed);
  EXPECT_EQ(secret.status.message(), site.Url("/private/secret") + " is disallowed by " +
                                         site.Url("/robots.txt") +
                                         " line 2, \"Disallow: /private\" (group \"user-agent: *\")");
  EXPECT_EQ(site.Count("/private/secret"), 0);  // never requested
  EXPECT_EQ(secret.http_status, 0);
  // A redirect into a disallowed path stops there too.
  const pith::Response& redirected = got[site.Url("/go-private")];
  EXPECT_EQ(redirected.status.code(), Code::kDisallowed);
  EXPECT_NE(redirected.status.message().find("redirects to " + site.Url("/private/landing")),
            std::string::npos) << redirected.status.message();
  EXPECT_EQ(site.Count("/private/landing"), 0);

  // As an error record: skipped, with the rule.
  const std::string json = pith::RenderErrorJson(urls[1], secret.status, &secret);
  EXPECT_NE(json.find("\"skipped\":true"), std::string::npos) << json;
  EXPECT_NE(json.find("Disallow: /private"), std::string::npos) << json;

  // Our own product token picks its group; obey_robots = false ignores it all.
  options_.user_agent = "OtherBot/1.0";
  EXPECT_EQ(FetchAll({site.Url("/a")})[site.Url("/a")].status.code(), Code::kDisallowed);
  options_.obey_robots = false;
  EXPECT_TRUE(FetchAll({site.Url("/private/secret")})[site.Url("/private/secret")].ok());
}

TEST_F(PolitenessTest, AFetcherKeepsRobotsTxtAcrossCallsAndServesItFromTheCache) {
  Site site("User-agent: *\nDisallow: /x\nSitemap: http://example.org/s.xml\n");
  pith::Fetcher fetcher(options_);
  int ok = 0;
  fetcher.FetchAll({site.Url("/a")}, [&](std::size_t, pith::Response r) { ok += r.ok(); });
  fetcher.FetchAll({site.Url("/b"), site.Url("/robots.txt")}, [&](std::size_t i, pith::Response r) {
    ok += r.ok();
    if (i == 1) {
      EXPECT_NE(r.body.find("Sitemap: http://example.org/s.xml"), std::string::npos);
    }
  });
  EXPECT_EQ(ok, 3);
  EXPECT_EQ(site.Count("/robots.txt"), 1);
}

// RFC 9309 2.4: a cached robots.txt SHOULD NOT be used beyond 24 hours. A
// Fetcher keeps it robots_max_age_seconds (here 0.4 s), then asks again
// before the site's next URL: the new rules apply, and a site off limits
// for a 503 is tried again.
TEST_F(PolitenessTest, RobotsTxtIsAskedAgainOnceTooOld) {
  Site site("User-agent: *\nDisallow: /x\n");
  options_.robots_max_age_seconds = 0.4;
  options_.retries = 0;
  pith::Fetcher fetcher(options_);
  auto fetch = [&](const std::string& path) {
    pith::Response out;
    fetcher.FetchAll({site.Url(path)}, [&](std::size_t, pith::Response r) { out = std::move(r); });
    return out;
  };
  EXPECT_EQ(fetch("/x").status.code(), Code::kDisallowed);
  site.SetRobots("User-agent: *\nDisallow: /y\n");
  EXPECT_EQ(fetch("/x").status.code(), Code::kDisallowed);  // kept
  EXPECT_EQ(site.Count("/robots.txt"), 1);
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  EXPECT_TRUE(fetch("/x").ok());  // asked again: the new file
  EXPECT_EQ(fetch("/y").status.code(), Code::kDisallowed);
  EXPECT_EQ(site.Count("/robots.txt"), 2);
  EXPECT_EQ(site.Count("/x"), 1);
  site.SetRobots("", 503);
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  const pith::Response off = fetch("/z");
  EXPECT_EQ(off.status.code(), Code::kDisallowed);
  EXPECT_NE(off.status.message().find("it answered HTTP 503, so the whole site is off limits"),
            std::string::npos) << off.status.message();
  site.SetRobots("User-agent: *\nDisallow: /y\n");
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  EXPECT_TRUE(fetch("/z").ok());  // the site answers again: no longer off limits
  EXPECT_EQ(site.Count("/robots.txt"), 4);

  // No age at all: robots.txt asked again for each URL, once, the URL then
  // fetched (it waited for that answer).
  options_.robots_max_age_seconds = 0;
  Site each("User-agent: *\nDisallow: /x\n");
  pith::Fetcher every(options_);
  int ok = 0;
  every.FetchAll({each.Url("/a"), each.Url("/b"), each.Url("/x")},
                 [&](std::size_t, pith::Response r) { ok += r.ok(); });
  EXPECT_EQ(ok, 2);
  EXPECT_GE(each.Count("/robots.txt"), 1);
  EXPECT_LE(each.Count("/robots.txt"), 3);

  // "Never" is a billion seconds: no overflow of the clock's count (which
  // read as a negative age limit, and asked robots.txt for every URL).
  for (const double never : {1e300, std::numeric_limits<double>::infinity()}) {
    options_.robots_max_age_seconds = never;
    Site kept("User-agent: *\nDisallow: /x\n");
    pith::Fetcher forever(options_);
    for (const char* path : {"/a", "/b", "/x"}) {
      forever.FetchAll({kept.Url(path)}, [](std::size_t, pith::Response) {});
    }
    EXPECT_EQ(kept.Count("/robots.txt"), 1) << never;
    EXPECT_EQ(kept.Count("/x"), 0) << never;
  }
}

TEST_F(PolitenessTest, RobotsStatusDecides4xxAllows5xxAndUnreachableDisallow) {
  Site missing("", 404);
  EXPECT_TRUE(FetchAll({missing.Url("/a")})[missing.Url("/a")].ok());
  Site gone("", 410);
  EXPECT_TRUE(FetchAll({gone.Url("/a")})[gone.Url("/a")].ok());

  Site broken("User-agent: *\nAllow: /\n", 503);
  auto got = FetchAll({broken.Url("/a"), broken.Url("/b")});
  for (const auto& [url, r] : got) {
    EXPECT_EQ(r.status.code(), Code::kDisallowed) << url;
    EXPECT_NE(r.status.message().find("it answered HTTP 503, so the whole site is off limits"),
              std::string::npos) << r.status.message();
  }
  EXPECT_EQ(broken.Count("/robots.txt"), 1);
  EXPECT_EQ(broken.PageTimes().size(), 0u);

  // Nothing listens: the page is not requested either, and it is a failed
  // download naming the cause first, as its own request would (not a page
  // skipped by the site's choice), then that it was robots.txt's.
  const std::string closed = "http://127.0.0.1:1/page";
  const pith::Response r = FetchAll({closed})[closed];
  EXPECT_EQ(r.status.code(), Code::kFetchError);
  const std::string& said = r.status.message();
  EXPECT_EQ(said.rfind(closed + ": cannot connect to 127.0.0.1 port 1: ", 0), 0u) << said;
  const std::string asked = " (asking for its site's robots.txt first, "
                            "http://127.0.0.1:1/robots.txt; the page was not requested)";
  ASSERT_GT(said.size(), asked.size()) << said;
  EXPECT_EQ(said.substr(said.size() - asked.size()), asked) << said;
  // No name: likewise (a 70-character label is refused by the resolver
  // library itself, so no query leaves the machine).
  const std::string nameless = "http://" + std::string(70, 'a') + ".invalid/page";
  const pith::Response dns = FetchAll({nameless})[nameless];
  EXPECT_EQ(dns.status.code(), Code::kFetchError);
  EXPECT_NE(dns.status.message().find("DNS lookup failed"), std::string::npos) << dns.status.message();
}

TEST_F(PolitenessTest, RobotsTxtRedirectsAreFollowedAndALoopIsNamed) {
  // One redirect (a site moving its file, http to https): followed, and the
  // rules of the file it leads to apply. A loop: the whole site is off limits
  // (RFC 9309 lets a client assume so), and the message names the loop, not
  // the last 302 as if the server had answered with it.
  HttpServer moved([](const Request& r) {
    Reply reply;
    if (r.target == "/robots.txt") {
      reply.status = 301;
      reply.headers.emplace_back("Location", "/files/robots.txt");
    } else if (r.target == "/files/robots.txt") {
      reply.headers.emplace_back("Content-Type", "text/plain");
      reply.body = "User-agent: *\nDisallow: /private/\n";
    } else {
      reply = Page(r.target);
    }
    return reply;
  });
  auto got = FetchAll({moved.Url("/private/x"), moved.Url("/public")});
  EXPECT_EQ(got[moved.Url("/private/x")].status.code(), Code::kDisallowed);
  EXPECT_NE(got[moved.Url("/private/x")].status.message().find("\"Disallow: /private/\""),
            std::string::npos) << got[moved.Url("/private/x")].status.message();
  EXPECT_TRUE(got[moved.Url("/public")].ok()) << got[moved.Url("/public")].status.ToString();

  HttpServer loop([](const Request& r) {
    Reply reply;
    if (r.target == "/robots.txt") {
      reply.status = 302;
      reply.headers.emplace_back("Location", "/robots.txt");
    } else {
      reply = Page(r.target);
    }
    return reply;
  });
  const pith::Response r = FetchAll({loop.Url("/page")})[loop.Url("/page")];
  EXPECT_EQ(r.status.code(), Code::kDisallowed);
  EXPECT_NE(r.status.message().find("could not be fetched (" + loop.Url("/robots.txt") +
                                    ": too many redirects (more than 5), a redirect loop"),
            std::string::npos) << r.status.message();
  EXPECT_EQ(r.status.message().find("answered HTTP 302"), std::string::npos) << r.status.message();
}

// A robots.txt answered 200 whose body never comes whole (the connection
// closes 900 bytes early, or the body stops until the timeout): the site is
// off limits as for any robots.txt that cannot be read, and the message
// says why. It said "it answered HTTP 200, so the whole site is off
// limits", which names a success as the cause.
TEST_F(PolitenessTest, ARobotsTxtCutShortNamesTheCauseNotItsStatus) {
  options_.timeout_seconds = 1;
  for (bool stalls : {false, true}) {
    SCOPED_TRACE(stalls);
    HttpServer server([stalls](const Request& r) {
      Reply reply;
      if (r.target != "/robots.txt") return Page(r.target);
      const std::string head =
          "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n";
      if (stalls) {
        reply.headers.emplace_back("Content-Type", "text/plain");
        reply.body = "User-agent: *\nDisallow: /private\n";
        reply.trickle_seconds = 10;  // one byte, then nothing before the timeout
      } else {
        reply.raw = head + "User-agent: *\nDisallow: /private\n";  // then the connection closes
      }
      return reply;
    });
    const pith::Response r = FetchAll({server.Url("/page")})[server.Url("/page")];
    EXPECT_EQ(r.status.code(), Code::kDisallowed);
    EXPECT_NE(r.status.message().find("could not be fetched (" + server.Url("/robots.txt") + ": " +
                                      (stalls ? "timed out" : "transfer closed")),
              std::string::npos) << r.status.message();
    EXPECT_EQ(r.status.message().find("answered HTTP 200"), std::string::npos) << r.status.message();
  }
}

TEST_F(PolitenessTest, HugeAndGarbageRobotsTxtAreBoundedAndHarmless) {
  // 10 MB: the first 500 KiB count, the rest is neither read whole nor obeyed.
  std::string big = "User-agent: *\nDisallow: /early\n";
  while (big.size() < (10u << 20)) big += "# " + std::string(98, 'x') + "\n";
  big += "Disallow: /late\n";
  Site huge(big);
  auto got = FetchAll({huge.Url("/early"), huge.Url("/late"), huge.Url("/fine")});
  EXPECT_EQ(got[huge.Url("/early")].status.code(), Code::kDisallowed);
  EXPECT_TRUE(got[huge.Url("/late")].ok()) << got[huge.Url("/late")].status.ToString();
  EXPECT_TRUE(got[huge.Url("/fine")].ok());
  // A robots.txt that never ends: read whole, it would end only at the
  // timeout, unreachable, and the whole site would be off limits.
  Site endless("User-agent: *\nDisallow: /early\n", 200, "127.0.0.1", /*endless=*/true);
  got = FetchAll({endless.Url("/early"), endless.Url("/fine")});
  EXPECT_EQ(got[endless.Url("/early")].status.code(), Code::kDisallowed);
  EXPECT_TRUE(got[endless.Url("/fine")].ok()) << got[endless.Url("/fine")].status.ToString();

  std::mt19937 rng(16);
  std::string garbage(1 << 20, '\0');
  for (char& c : garbage) c = static_cast<char>(rng());
  Site binary(garbage);
  got = FetchAll({binary.Url("/a"), binary.Url("/b")});
  EXPECT_TRUE(got[binary.Url("/a")].ok()) << got[binary.Url("/a")].status.ToString();
  EXPECT_TRUE(got[binary.Url("/b")].ok());
}

// The rule the issue asks to see: two hosts, one transfer each at a time,
// 0.5 s between one host's request starts, and the other host's requests
// go on meanwhile instead of queueing behind them.
TEST_F(PolitenessTest, PerHostDelayHoldsOneHostWhileTheOtherProceeds) {
  Site a("", 404, "127.0.0.1");
  Site b("", 404, "127.0.0.2");
  options_.max_per_host = 1;
  options_.per_host_delay_seconds = 0.5;
  std::vector<std::string> urls;
  for (int i = 0; i < 4; ++i) urls.push_back(a.Url("/a" + std::to_string(i)));
  for (int i = 0; i < 4; ++i) urls.push_back(b.Url("/b" + std::to_string(i)));
  auto got = FetchAll(urls);
  for (const auto& [url, r] : got) EXPECT_TRUE(r.ok()) << url << r.status.ToString();

  const auto ta = a.PageTimes(), tb = b.PageTimes();
  ASSERT_EQ(ta.size(), 4u);
  ASSERT_EQ(tb.size(), 4u);
  for (std::size_t i = 1; i < 4; ++i) {
    // Measured at the server, arrival to arrival; the client starts them 0.5 s apart.
    EXPECT_GE(Between(ta[i - 1], ta[i]), 0.45) << "host a, request " << i;
    EXPECT_GE(Between(tb[i - 1], tb[i]), 0.45) << "host b, request " << i;
  }
  // Host b did not wait for host a's requests, nor a for b's: each host's
  // request came before the other's next (one host after the other: b's
  // first after a's last).
  double closest = 1e9;  // of a request of a and b's of the same rank
  for (std::size_t i = 0; i < 4; ++i) {
    if (i + 1 < 4) {
      EXPECT_LT(ta[i], tb[i + 1]) << "request " << i;
      EXPECT_LT(tb[i], ta[i + 1]) << "request " << i;
    }
    closest = std::min(closest, std::abs(Between(ta[i], tb[i])));
  }
  // Nor did one delay hold both hosts (then every two requests would be
  // 0.5 s apart, turn about): the hosts' requests go side by side, and a
  // loaded machine would have to hold back one host's by 0.45 s at all four.
  EXPECT_LT(closest, 0.45);
}

TEST_F(PolitenessTest, PerHostLimitCapsTransfersAtOnceButNotOtherHosts) {
  // a's pages answer once b's page is asked for: b's request arrives before
  // any of them is answered unless it queued behind them.
  Gate b_asked;
  Site a("", 404, "127.0.0.1");
  Site b("", 404, "127.0.0.2");
  options_.max_per_host = 2;
  options_.max_parallel = 8;
  std::vector<std::string> urls;
  for (int i = 0; i < 6; ++i) urls.push_back(a.Url("/slow/" + std::to_string(i)));
  urls.push_back(b.Url("/b"));
  b.Opens(&b_asked);
  a.HeldBy(&b_asked);
  std::map<std::string, Clock::time_point> done_at;
  const auto start = Clock::now();
  pith::FetchAll(urls, options_, [&](std::size_t i, pith::Response r) {
    EXPECT_TRUE(r.ok()) << r.status.ToString();
    done_at[urls[i]] = Clock::now();
  });
  // Six 0.3 s pages two at a time: three rounds.
  EXPECT_GE(Between(start, Clock::now()), 0.85);
  const auto ta = a.PageTimes(), tb = b.PageTimes();
  ASSERT_EQ(ta.size(), 6u);
  ASSERT_EQ(tb.size(), 1u);
  for (int i = 0; i < 6; ++i) {  // b's page did not queue behind them
    EXPECT_LT(tb[0], done_at[a.Url("/slow/" + std::to_string(i))]) << "page " << i;
  }
  EXPECT_GE(Between(ta[1], ta[2]), 0.25);  // the third waited for a free slot
}

TEST_F(PolitenessTest, CrawlDelayWinsWhenLargerAndIsCapped) {
  Site slow_site("User-agent: *\nCrawl-delay: 0.6\n");
  options_.per_host_delay_seconds = 0.1;
  FetchAll({slow_site.Url("/1"), slow_site.Url("/2")});
  auto t = slow_site.PageTimes();
  ASSERT_EQ(t.size(), 2u);
  EXPECT_GE(Between(t[0], t[1]), 0.55);

  Site greedy("User-agent: *\nCrawl-delay: 86400\n");
  options_.max_crawl_delay_seconds = 0.3;
  FetchAll({greedy.Url("/1"), greedy.Url("/2")});
  t = greedy.PageTimes();
  ASSERT_EQ(t.size(), 2u);
  EXPECT_GE(Between(t[0], t[1]), 0.25);
  EXPECT_LT(Between(t[0], t[1]), 60.0);  // the cap, not the day asked for (or a loaded minute)
}

// robots.txt answered 503 with Retry-After: 1, then 200: the retry waits
// the second asked for (it was sent at once), and the page, held by its
// site's robots.txt, comes after it; another host goes on meanwhile.
TEST_F(PolitenessTest, ARobotsTxtRetryWaitsForRetryAfter) {
  std::mutex mu;
  int robots_hits = 0;
  HttpServer a([&](const Request& r) {
    if (r.target == "/robots.txt") {
      std::lock_guard<std::mutex> lock(mu);
      Reply reply;
      reply.headers.emplace_back("Content-Type", "text/plain");
      if (robots_hits++ == 0) {
        reply.status = 503;
        reply.reason = "Service Unavailable";
        reply.headers.emplace_back("Retry-After", "1");
      } else {
        reply.body = "User-agent: *\nDisallow: /private\n";
      }
      return reply;
    }
    return Page(r.target);
  });
  Site b("", 404, "127.0.0.2");
  options_.retries = 1;
  options_.retry_wait_seconds = 0.01;  // Retry-After, not this, decides
  auto got = FetchAll({a.Url("/page"), b.Url("/page")});
  EXPECT_TRUE(got[a.Url("/page")].ok()) << got[a.Url("/page")].status.ToString();
  EXPECT_TRUE(got[b.Url("/page")].ok());
  const std::vector<Request> asked = a.Requests();
  ASSERT_EQ(asked.size(), 3u);
  EXPECT_EQ(asked[0].target, "/robots.txt");
  EXPECT_EQ(asked[1].target, "/robots.txt");
  EXPECT_GE(Between(asked[0].received, asked[1].received), 0.95);
  EXPECT_EQ(asked[2].target, "/page");
  EXPECT_LT(Between(asked[0].received, b.PageTimes().at(0)), 0.9);  // b did not wait
}

TEST_F(PolitenessTest, RetryAfterSlowsThatHostOnly) {
  Site a("", 404, "127.0.0.1");
  Site b("", 404, "127.0.0.2");
  options_.retries = 1;
  std::vector<std::string> urls = {a.Url("/busy"), a.Url("/after")};
  for (int i = 0; i < 3; ++i) urls.push_back(b.Url("/b" + std::to_string(i)));
  options_.max_per_host = 1;
  pith::FetchAll(urls, options_, [&](std::size_t i, pith::Response r) {
    EXPECT_TRUE(r.ok()) << urls[i] << ": " << r.status.ToString();
  });
  // a: /busy got 429 + Retry-After: 1; the host's next request (/after or the
  // retry) waited a second; b went on meanwhile: its three pages came before
  // a's next request, one after another (max_per_host 1).
  const auto ta = a.PageTimes(), tb = b.PageTimes();
  ASSERT_EQ(ta.size(), 3u);
  ASSERT_EQ(tb.size(), 3u);
  EXPECT_GE(Between(ta[0], ta[1]), 0.95);
  for (int i = 0; i < 3; ++i) EXPECT_LT(tb[i], ta[1]) << "page " << i;
}

}  // namespace
