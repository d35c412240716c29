// The fetcher against a real HTTP server on 127.0.0.1: every behaviour of
// pith::Fetch, FetchAll, ExtractResponse and SaveResponse that issue #4 asks
// for. Nothing here touches the internet.
#include <gtest/gtest.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <thread>

#include "base/http_header.h"
#include "fetch/file.h"
#include "archive/warc.h"
#include "pith/pith.h"
#include "http_server.h"
#include "test_site.h"

namespace {

namespace fs = std::filesystem;
using pith::Status;
using pith::testing::TestSite;
using Code = pith::Status::Code;

double SecondsSince(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

std::string FixtureText(const std::string& slug) {
  auto a = pith::ExtractFile(std::string(PITH_FIXTURES_DIR) + "/" + slug + "/source.html");
  return a.ok() ? a->text : "(fixture failed: " + a.status().ToString() + ")";
}

// A port on 127.0.0.1 that nothing listens on.
int ClosedPort() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof addr;
  ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  ::close(fd);
  return ntohs(addr.sin_port);
}

// A server's handler giving every request the same reply.
pith::testing::HttpServer::Handler Always(pith::testing::Reply reply) {
  return [reply](const pith::testing::Request&) { return reply; };
}

class FetchTest : public testing::Test {
 protected:
  void SetUp() override {
    // A proxy set for the machine must not see the tests' requests.
    for (const char* v : {"http_proxy", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"}) {
      unsetenv(v);
    }
    options_.connect_timeout_seconds = 5;
    options_.timeout_seconds = 10;
    options_.retry_wait_seconds = 0.05;
    // These tests count requests and time transfers against one local
    // server: robots.txt and the per-host rules are tested in
    // politeness_test.cc.
    options_.obey_robots = false;
    options_.per_host_delay_seconds = 0;
    options_.max_per_host = 16;
  }
  pith::Response Get(const std::string& path) { return pith::Fetch(site_.Url(path), options_); }

  TestSite site_;
  pith::FetchOptions options_;
};

TEST_F(FetchTest, FixturePageArrivesWholeAndExtractsAsFromDisk) {
  const pith::Response r = Get(std::string("/page/") + TestSite::kSeedSlug);
  ASSERT_TRUE(r.ok()) << r.status.ToString();
  EXPECT_EQ(r.http_status, 200);
  EXPECT_EQ(r.content_type, "text/html");
  EXPECT_EQ(r.final_url, r.url);
  EXPECT_EQ(r.attempts, 1);
  ASSERT_FALSE(r.headers.empty());
  EXPECT_EQ(r.headers.front().name, "Content-Type");
  auto article = pith::ExtractResponse(r);
  ASSERT_TRUE(article.ok()) << article.status().ToString();
  EXPECT_EQ(article->url, r.url);
  EXPECT_EQ(article->text, FixtureText(TestSite::kSeedSlug));

  const std::vector<pith::testing::Request> seen = site_.server().Requests();
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].Header("user-agent").rfind(std::string("pith/") + PITH_VERSION_STRING, 0), 0u)
      << seen[0].Header("user-agent");
  EXPECT_NE(seen[0].Header("accept-encoding").find("gzip"), std::string::npos);
}

TEST_F(FetchTest, UserAgentCanBeSet) {
  options_.user_agent = "my-scraper/2.0";
  ASSERT_TRUE(Get("/page/data-table").ok());
  EXPECT_EQ(site_.server().Requests().at(0).Header("user-agent"), "my-scraper/2.0");
}

TEST_F(FetchTest, GzipBodyIsInflated) {
  const pith::Response r = Get(std::string("/gzip/") + TestSite::kSeedSlug);
  ASSERT_TRUE(r.ok()) << r.status.ToString();
  EXPECT_FALSE(pith::internal::IsGzip(r.body));
  auto article = pith::ExtractResponse(r);
  ASSERT_TRUE(article.ok());
  EXPECT_EQ(article->text, FixtureText(TestSite::kSeedSlug));
}

TEST_F(FetchTest, RedirectChainIsFollowedToTheEnd) {
  const pith::Response r = Get("/redirect/5");
  ASSERT_TRUE(r.ok()) << r.status.ToString();
  EXPECT_EQ(r.url, site_.Url("/redirect/5"));
  EXPECT_EQ(r.final_url, site_.Url(std::string("/page/") + TestSite::kSeedSlug));
  auto article = pith::ExtractResponse(r);
  ASSERT_TRUE(article.ok());
  EXPECT_EQ(article->url, r.final_url);
  EXPECT_EQ(site_.server().Requests().size(), 7u);
}

TEST_F(FetchTest, TenRedirectsAreFollowedElevenAreTooMany) {
  EXPECT_TRUE(Get("/redirect/9").ok());  // 10 redirects
  const pith::Response r = Get("/redirect/10");  // 11
  EXPECT_EQ(r.status.code(), Code::kFetchError);
  EXPECT_NE(r.status.message().find("too many redirects (more than 10)"), std::string::npos)
      << r.status.message();
  options_.max_redirects = 2;
  EXPECT_EQ(Get("/redirect/2").status.code(), Code::kFetchError);
  EXPECT_TRUE(Get("/redirect/1").ok());
}

TEST_F(FetchTest, RedirectLoopIsNamed) {
  const pith::Response r = Get("/loop/a");
  EXPECT_EQ(r.status.code(), Code::kFetchError);
  EXPECT_NE(r.status.message().find("redirect loop"), std::string::npos) << r.status.message();
  EXPECT_NE(r.status.message().find(site_.Url("/loop/b")), std::string::npos);
  EXPECT_LE(site_.server().Requests().size(), 11u);
}

TEST_F(FetchTest, RedirectToFileUrlIsRefused) {
  const pith::Response r = Get("/to-file");
  EXPECT_EQ(r.status.code(), Code::kInvalidArgument);
  EXPECT_NE(r.status.message().find("file:///etc/passwd"), std::string::npos) << r.status.message();
  EXPECT_NE(r.status.message().find("only to http and https"), std::string::npos);
  EXPECT_TRUE(r.body.empty());
}

TEST_F(FetchTest, OnlyHttpAndHttpsAreAccepted) {
  for (const char* url : {"file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://127.0.0.1/",
                          "FILE:///etc/hostname", "dict://127.0.0.1/"}) {
    const pith::Response r = pith::Fetch(url, options_);
    EXPECT_EQ(r.status.code(), Code::kInvalidArgument) << url;
    EXPECT_NE(r.status.message().find("unsupported scheme"), std::string::npos) << r.status.message();
  }
  EXPECT_EQ(pith::Fetch("not a url", options_).status.code(), Code::kInvalidArgument);
  EXPECT_EQ(pith::Fetch("http://[::1", options_).status.code(), Code::kInvalidArgument);
  // A refused URL is quoted with its control bytes escaped: a NUL would end
  // the line a C caller prints, an escape would command the terminal.
  const pith::Response nul = pith::Fetch(std::string("http://127.0.0.1/a\0b", 20), options_);
  EXPECT_EQ(nul.status.code(), Code::kInvalidArgument);
  EXPECT_EQ(nul.status.message(), "http://127.0.0.1/a\\0b: not a valid URL");
  const pith::Response esc = pith::Fetch("\x1b[2Jgopher://x/", options_);
  EXPECT_EQ(esc.status.message(), "\\x1b[2Jgopher://x/: not an absolute URL");
}

TEST_F(FetchTest, SlowResponseTimesOut) {
  // The page comes after 3 s: a client that waited for it, however late it
  // looked at its clock, would have it. A timeout says it gave up before.
  options_.timeout_seconds = 0.5;
  const pith::Response r = Get("/slow");
  EXPECT_EQ(r.status.code(), Code::kTimeout) << r.status.ToString();
  EXPECT_NE(r.status.message().find(site_.Url("/slow")), std::string::npos);
  EXPECT_TRUE(r.body.empty());
}

// A server's reason phrase is its own text: quoted with its control bytes
// escaped, so that the message cannot command the terminal it is printed on.
TEST_F(FetchTest, AReasonPhraseIsQuotedWithItsControlBytesEscaped) {
  pith::testing::Reply gone;
  gone.status = 404;
  gone.reason = "Gone\x1b[2J";
  pith::testing::HttpServer server(Always(gone));
  const pith::Response r = pith::Fetch(server.Url("/x"), options_);
  EXPECT_EQ(r.status.code(), Code::kFetchError);
  EXPECT_EQ(r.status.message(), server.Url("/x") + ": HTTP 404 Gone\\x1b[2J") << r.status.message();
}

TEST_F(FetchTest, HttpErrorsCarryTheirStatus) {
  for (int code : {404, 500}) {
    const pith::Response r = Get("/status/" + std::to_string(code));
    EXPECT_EQ(r.status.code(), Code::kFetchError);
    EXPECT_EQ(r.http_status, code);
    const std::string want = site_.Url("/status/" + std::to_string(code)) + ": HTTP " +
                             std::to_string(code) + (code == 404 ? " Not Found" : " Internal Server Error");
    EXPECT_EQ(r.status.message(), want);
    EXPECT_EQ(pith::ExtractResponse(r).status().code(), Code::kFetchError);
  }
}

TEST_F(FetchTest, EndlessAndOversizedBodiesAreErrorsNotTruncations) {
  options_.max_body_bytes = 1 << 20;
  const pith::Response endless = Get("/endless");
  EXPECT_EQ(endless.status.code(), Code::kTooLarge) << endless.status.ToString();
  EXPECT_NE(endless.status.message().find("larger than 1 MiB (FetchOptions::max_body_bytes)"),
            std::string::npos)
      << endless.status.message();
  const pith::Response big = Get("/big");  // announces its length
  EXPECT_EQ(big.status.code(), Code::kTooLarge) << big.status.ToString();
  options_.max_body_bytes = 4 << 20;
  EXPECT_TRUE(Get("/big").ok());
}

TEST_F(FetchTest, NonHtmlIsSkippedWithItsType) {
  const pith::Response pdf = Get("/pdf");
  ASSERT_TRUE(pdf.ok());
  auto article = pith::ExtractResponse(pdf);
  EXPECT_EQ(article.status().code(), Code::kUnsupportedType);
  EXPECT_NE(article.status().message().find("application/pdf is not HTML"), std::string::npos);
  EXPECT_EQ(pith::ExtractResponse(Get("/json")).status().code(), Code::kUnsupportedType);
  EXPECT_TRUE(pith::IsHtmlContentType("text/html; charset=utf-8"));
  EXPECT_TRUE(pith::IsHtmlContentType("Application/XHTML+XML"));
  EXPECT_TRUE(pith::IsHtmlContentType(""));
  EXPECT_FALSE(pith::IsHtmlContentType("image/png"));
}

TEST_F(FetchTest, ContentTypeCharsetReachesTheDecoderAndALieIsOverruled) {
  for (const char* path : {"/wrong-charset", "/lying-utf8"}) {
    auto article = pith::ExtractResponse(Get(path));
    ASSERT_TRUE(article.ok()) << path << ": " << article.status().ToString();
    EXPECT_NE(article->text.find(TestSite::kCyrillicWord), std::string::npos) << path << article->text;
  }
  EXPECT_EQ(pith::ExtractResponse(Get("/lying-utf8"))->encoding, "windows-1251");
}

TEST_F(FetchTest, RetryAfterIsHonoured) {
  const pith::Response once = Get("/retry-after/a");  // no retries by default
  EXPECT_EQ(once.status.code(), Code::kFetchError);
  EXPECT_EQ(once.http_status, 429);

  options_.retries = 1;
  const auto start = std::chrono::steady_clock::now();
  const pith::Response r = Get("/retry-after/b");
  ASSERT_TRUE(r.ok()) << r.status.ToString();
  EXPECT_EQ(r.attempts, 2);
  EXPECT_GE(SecondsSince(start), 0.95);  // Retry-After: 1, not the 0.05 s backoff
}

TEST_F(FetchTest, TransientFailuresAreRetriedWithBackoff) {
  options_.retries = 1;
  const pith::Response short_of = Get("/flaky/a");
  EXPECT_EQ(short_of.http_status, 503);
  EXPECT_NE(short_of.status.message().find("(after 2 attempts)"), std::string::npos);
  options_.retries = 2;
  const auto start = std::chrono::steady_clock::now();
  const pith::Response r = Get("/flaky/b");
  ASSERT_TRUE(r.ok()) << r.status.ToString();
  EXPECT_EQ(r.attempts, 3);
  EXPECT_GE(SecondsSince(start), 0.05 + 0.1);  // 0.05 s, then doubled
  EXPECT_EQ(Get("/status/404").attempts, 1);  // not transient: never retried
}

TEST_F(FetchTest, RetryAfterBeyondTheLimitIsNotWaitedFor) {
  options_.retries = 3;
  options_.max_retry_wait_seconds = 0.5;
  const pith::Response r = Get("/always-429");
  EXPECT_EQ(r.http_status, 429);
  EXPECT_EQ(r.attempts, 1);
}

TEST_F(FetchTest, ConnectionRefusedIsRetriedThenReported) {
  options_.retries = 1;
  const std::string port = std::to_string(ClosedPort());
  const std::string url = "http://127.0.0.1:" + port + "/";
  const pith::Response r = pith::Fetch(url, options_);
  EXPECT_EQ(r.status.code(), Code::kFetchError);
  EXPECT_EQ(r.status.message().rfind(
                url + ": cannot connect to 127.0.0.1 port " + port + " (after 2 attempts): ", 0),
            0u)
      << r.status.message();
  EXPECT_EQ(r.http_status, 0);
}

TEST_F(FetchTest, APasswordInTheUrlNeverReachesTheMessage) {
  const std::string port = std::to_string(ClosedPort());
  const std::string url = "http://ann:secret@127.0.0.1:" + port + "/page";
  const std::string shown = "http://ann:***@127.0.0.1:" + port + "/page";
  for (const bool robots : {false, true}) {  // the page itself, or its robots.txt first
    options_.obey_robots = robots;
    const pith::Response r = pith::Fetch(url, options_);
    EXPECT_EQ(r.status.code(), Code::kFetchError);
    EXPECT_EQ(r.status.message().rfind(shown + ": cannot connect to 127.0.0.1 port " + port, 0), 0u)
        << r.status.message();
    EXPECT_EQ(r.status.message().find("secret"), std::string::npos) << r.status.message();
    EXPECT_EQ(r.url, url);  // the data keeps what the caller gave
  }

  // An HTTP error and a redirect loop quote every hop without it, while the
  // server is sent the credentials.
  options_.obey_robots = false;
  pith::testing::HttpServer server([](const pith::testing::Request& q) {
    pith::testing::Reply reply;
    if (q.target == "/missing") {
      reply.status = 404;
      reply.reason = "Not Found";
    } else {
      reply.status = 302;
      reply.reason = "Found";
      reply.headers = {{"Location", q.target == "/a" ? "/b" : "/a"}};
    }
    return reply;
  });
  const std::string base = "http://ann:secret@127.0.0.1:" + std::to_string(server.port());
  const pith::Response missing = pith::Fetch(base + "/missing", options_);
  EXPECT_EQ(missing.http_status, 404);
  EXPECT_NE(missing.status.message().find("ann:***@127.0.0.1"), std::string::npos)
      << missing.status.message();
  const pith::Response loop = pith::Fetch(base + "/a", options_);
  EXPECT_EQ(loop.status.code(), Code::kFetchError);
  EXPECT_NE(loop.status.message().find("redirect loop"), std::string::npos)
      << loop.status.message();
  for (const pith::Response* r : {&missing, &loop}) {
    EXPECT_EQ(r->status.message().find("secret"), std::string::npos) << r->status.message();
  }
  const std::vector<pith::testing::Request> seen = server.Requests();
  ASSERT_FALSE(seen.empty());
  EXPECT_EQ(seen[0].Header("authorization"), "Basic YW5uOnNlY3JldA==");  // base64("ann:secret")
}

TEST_F(FetchTest, CredentialsAreNotSentToTheHostARedirectLeadsTo) {
  pith::testing::Reply page;
  page.headers = {{"Content-Type", "text/html"}};
  page.body = "<p>x</p>";
  pith::testing::HttpServer other(Always(page), "127.0.0.2");
  const std::string landing = other.Url("/landing");
  pith::testing::HttpServer first([&landing](const pith::testing::Request&) {
    pith::testing::Reply reply;
    reply.status = 302;
    reply.reason = "Found";
    reply.headers = {{"Location", landing}};
    return reply;
  });
  const std::string url = "http://ann:secret@127.0.0.1:" + std::to_string(first.port()) + "/go";
  const pith::Response r = pith::Fetch(url, options_);
  ASSERT_TRUE(r.ok()) << r.status.ToString();
  EXPECT_EQ(r.url, url);
  EXPECT_EQ(r.final_url, landing);
  ASSERT_EQ(first.Requests().size(), 1u);
  EXPECT_FALSE(first.Requests()[0].Header("authorization").empty());
  const std::vector<pith::testing::Request> there = other.Requests();
  ASSERT_EQ(there.size(), 1u);
  EXPECT_EQ(there[0].Header("authorization"), "");
}

TEST_F(FetchTest, DnsFailureIsNamed) {
  // A 70-character label is refused by the resolver library itself, so no
  // query leaves the machine.
  const std::string url = "http://" + std::string(70, 'a') + ".invalid/";
  const pith::Response r = pith::Fetch(url, options_);
  EXPECT_EQ(r.status.code(), Code::kFetchError);
  EXPECT_NE(r.status.message().find("DNS lookup failed"), std::string::npos) << r.status.message();
}

TEST_F(FetchTest, TlsFailureIsNamed) {
  // https:// to a server that speaks plain HTTP: the handshake fails.
  const std::string url = "https://127.0.0.1:" + std::to_string(site_.server().port()) + "/page/x";
  const pith::Response r = pith::Fetch(url, options_);
  EXPECT_EQ(r.status.code(), Code::kFetchError);
  EXPECT_EQ(r.status.message().rfind(url + ": TLS error: ", 0), 0u) << r.status.message();
}

TEST_F(FetchTest, ProxyFromTheEnvironmentIsUsed) {
  setenv("http_proxy", site_.Url("").c_str(), 1);
  const std::string url = std::string("http://pith-proxy-test.invalid/page/") + TestSite::kSeedSlug;
  const pith::Response r = pith::Fetch(url, options_);
  ASSERT_TRUE(r.ok()) << r.status.ToString();
  EXPECT_EQ(site_.server().Requests().at(0).target, url);

  options_.proxy_from_environment = false;  // now the name must be resolved: it cannot be
  EXPECT_EQ(pith::Fetch(url, options_).status.code(), Code::kFetchError);
  unsetenv("http_proxy");
}

TEST_F(FetchTest, FetchAllRunsConcurrentlyAndReportsEachIndexOnce) {
  std::vector<std::string> urls;
  for (int i = 0; i < 6; ++i) urls.push_back(site_.Url("/delay/" + std::to_string(800 - i * 50)));
  urls.push_back(site_.Url("/status/404"));
  urls.push_back("ftp://127.0.0.1/nope");
  options_.max_parallel = 8;
  std::vector<int> seen(urls.size(), 0);
  std::vector<std::size_t> order;
  pith::FetchAll(urls, options_, [&](std::size_t i, pith::Response r) {
    ++seen[i];
    order.push_back(i);
    EXPECT_EQ(r.url, urls[i]);
    if (i < 6) {
      EXPECT_TRUE(r.ok()) << r.status.ToString();
    }
  });
  // Read at the server: all six were asked for before the first answer went
  // out, 0.55 s or more after its request (one after another: each arrives
  // after the answer before it).
  std::vector<std::chrono::steady_clock::time_point> asked, answered;
  for (const pith::testing::Request& r : site_.server().Requests()) {
    if (r.target.rfind("/delay/", 0) != 0) continue;
    asked.push_back(r.received);
    answered.push_back(r.received + std::chrono::milliseconds(std::stoi(r.target.substr(7))));
  }
  ASSERT_EQ(asked.size(), 6u);
  EXPECT_LT(*std::max_element(asked.begin(), asked.end()),
            *std::min_element(answered.begin(), answered.end()));
  EXPECT_EQ(std::set<int>(seen.begin(), seen.end()), std::set<int>{1});
  EXPECT_NE(order.front(), 0u);  // completion order: the slowest came first in the list
}

TEST_F(FetchTest, MaxParallelBoundsTheTransfers) {
  // Two slots: /held keeps one until the last quick page has been asked for
  // (a Gate, 3 s at most); the three quick pages (0.3 s each) share the
  // other. A scheduler that waited for a whole round to end before starting
  // the next page leaves the gate shut; one that let more than two run
  // overlaps the quick pages.
  pith::testing::Gate last_quick_asked;
  std::atomic<int> quick_asked{0};
  std::atomic<bool> held_saw_them{false};
  std::atomic<std::chrono::steady_clock::time_point> held_answered{};
  pith::testing::HttpServer server([&](const pith::testing::Request& r) {
    pith::testing::Reply reply;
    reply.headers.emplace_back("Content-Type", "text/html");
    reply.body = "<html><body><p>" + r.target + "</p></body></html>";
    if (r.target == "/held") {
      held_saw_them = last_quick_asked.Wait();
      held_answered = std::chrono::steady_clock::now();
    } else {
      reply.delay_seconds = 0.3;
      if (++quick_asked == 3) last_quick_asked.Open();
    }
    return reply;
  });
  const std::vector<std::string> urls = {server.Url("/held"), server.Url("/quick/1"),
                                         server.Url("/quick/2"), server.Url("/quick/3")};
  options_.max_parallel = 2;
  int ok = 0;
  pith::FetchAll(urls, options_, [&](std::size_t, pith::Response r) { ok += r.ok(); });
  EXPECT_EQ(ok, 4);
  // The next page started as soon as a slot freed, while /held still ran.
  EXPECT_TRUE(held_saw_them);
  // No more than two at once, in whatever order they were asked for: when
  // each request arrived, at most one other was still unanswered (a quick
  // page for 0.3 s after its request, /held until its gate opened).
  using Clock = std::chrono::steady_clock;
  std::vector<std::pair<Clock::time_point, Clock::time_point>> busy;  // asked, answered
  for (const pith::testing::Request& r : server.Requests()) {
    busy.emplace_back(r.received, r.target == "/held" ? held_answered.load()
                                                      : r.received + std::chrono::milliseconds(300));
  }
  ASSERT_EQ(busy.size(), 4u);
  for (std::size_t i = 0; i < busy.size(); ++i) {
    int others = 0;
    for (std::size_t j = 0; j < busy.size(); ++j) {
      others += j != i && busy[j].first <= busy[i].first && busy[i].first < busy[j].second;
    }
    EXPECT_LE(others, 1) << "request " << i + 1 << " arrived with " << others << " others running";
  }
}

// Every fault a server can commit on the wire, in one batch beside good
// pages: each ends in its own clear error, within the timeout, and the good
// pages come whole.
TEST_F(FetchTest, NetworkFaultsEachEndInTheirOwnErrorAndSpareTheOthers) {
  options_.timeout_seconds = 2;
  options_.max_body_bytes = 1 << 20;
  options_.max_parallel = 16;
  struct Case {
    const char* path;
    Code code;
    const char* says;  // part of the message
  };
  const std::vector<Case> cases = {
      {"/never", Code::kTimeout, "timed out"},
      {"/trickle", Code::kTimeout, "timed out"},
      {"/reset", Code::kFetchError, ""},
      {"/truncated-chunked", Code::kFetchError, ""},
      {"/huge-headers", Code::kFetchError, "response headers are larger than 256 KiB"},
      {"/endless", Code::kTooLarge, "larger than 1 MiB"},
      {"/bomb", Code::kTooLarge, "larger than 1 MiB"},
      {"/to-gopher/3", Code::kInvalidArgument, "only to http and https"},
      {"/page/seed-000-wire", Code::kOk, ""},
      {"/gzip/recipe", Code::kOk, ""},
  };
  std::vector<std::string> urls;
  for (const Case& c : cases) urls.push_back(site_.Url(c.path));
  std::vector<int> seen(urls.size(), 0);
  pith::FetchAll(urls, options_, [&](std::size_t i, pith::Response r) {
    ++seen[i];
    const Case& c = cases[i];
    EXPECT_EQ(r.status.code(), c.code) << c.path << ": " << r.status.ToString();
    if (c.code == Code::kOk) {
      EXPECT_EQ(pith::ExtractResponse(r)->text, FixtureText(std::string(c.path).substr(6)))
          << c.path;
      return;
    }
    EXPECT_EQ(r.status.message().rfind(urls[i], 0), 0u) << r.status.message();  // names the URL first
    EXPECT_NE(r.status.message().find(c.says), std::string::npos) << c.path << ": " << r.status.message();
    EXPECT_LE(r.body.size(), options_.max_body_bytes);
  });
  EXPECT_EQ(std::set<int>(seen.begin(), seen.end()), std::set<int>{1});
  // Every loop bounded (the statuses: /never would take an hour), and side
  // by side: every request arrived before the first could time out (one
  // after another: after /never's 2 s).
  const std::vector<pith::testing::Request> asked = site_.server().Requests();
  ASSERT_GE(asked.size(), cases.size());
  EXPECT_LT(asked.back().received - asked.front().received,
            std::chrono::duration<double>(options_.timeout_seconds));
}

// Cancel() from another thread while transfers run (two at once) and the
// rest wait in the host's queue: FetchAll returns at once, far sooner than
// the server's 5 s delay, and every URL comes back once with kCancelled. A
// later FetchAll of the same Fetcher requests nothing.
TEST_F(FetchTest, CancelFromAnotherThreadEndsFetchAllAtOnce) {
  pith::testing::Reply late;
  late.delay_seconds = 5;
  late.body = "<html><body><p>late</p></body></html>";
  pith::testing::HttpServer server(Always(late));
  std::vector<std::string> urls;
  for (int i = 0; i < 6; ++i) urls.push_back(server.Url("/slow/" + std::to_string(i)));
  options_.max_parallel = 2;
  pith::Fetcher fetcher(options_);
  std::atomic<std::chrono::steady_clock::time_point> cancelled_at{};
  std::thread canceller([&] {
    // Once both transfers are under way (3 s at the most).
    const auto start = std::chrono::steady_clock::now();
    while (server.Requests().size() < 2 && SecondsSince(start) < 3) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    cancelled_at = std::chrono::steady_clock::now();
    fetcher.Cancel();
  });
  std::vector<int> seen(urls.size(), 0);
  std::vector<std::size_t> order;
  const auto begun = std::chrono::steady_clock::now();
  fetcher.FetchAll(urls, [&](std::size_t i, pith::Response r) {
    ++seen[i];
    order.push_back(i);
    EXPECT_EQ(r.status.code(), Code::kCancelled) << r.status.ToString();
    EXPECT_EQ(r.status.message(), urls[i] + ": cancelled");
    EXPECT_EQ(r.url, urls[i]);
    EXPECT_EQ(r.http_status, 0);
  });
  const double after_cancel = SecondsSince(cancelled_at.load());
  const double took = SecondsSince(begun);
  canceller.join();
  EXPECT_TRUE(fetcher.cancelled());
  EXPECT_EQ(server.Requests().size(), 2u);
  EXPECT_LT(after_cancel, 0.5);
  EXPECT_LT(took, 4.0);  // the server answers after 5 s
  EXPECT_EQ(std::set<int>(seen.begin(), seen.end()), std::set<int>{1});
  EXPECT_TRUE(std::is_sorted(order.begin(), order.end()));
  pith::Response again;
  const auto start = std::chrono::steady_clock::now();
  fetcher.FetchAll({server.Url("/slow/again")}, [&](std::size_t, pith::Response r) {
    again = std::move(r);
  });
  EXPECT_LT(SecondsSince(start), 0.5);
  EXPECT_EQ(again.status.ToString(), "cancelled: " + server.Url("/slow/again") + ": cancelled");
  EXPECT_EQ(server.Requests().size(), 2u);
}

// FetchOptions::should_cancel is asked on FetchAll's thread at least every
// 100 ms while it only waits (here for robots.txt, which takes 5 s), and
// true stops the run: the URLs waiting for robots.txt come back cancelled.
TEST_F(FetchTest, ShouldCancelIsAskedWhileWaitingAndStopsTheRun) {
  pith::testing::HttpServer server([](const pith::testing::Request&) {
    pith::testing::Reply reply;
    reply.delay_seconds = 5;
    reply.headers.emplace_back("Content-Type", "text/plain");
    reply.body = "User-agent: *\nAllow: /\n";
    return reply;
  });
  options_.obey_robots = true;
  const auto start = std::chrono::steady_clock::now();
  std::vector<double> asked;  // seconds since the start
  options_.should_cancel = [&] {
    asked.push_back(SecondsSince(start));
    return asked.back() > 0.6;
  };
  const std::vector<std::string> urls = {server.Url("/a"), server.Url("/b"), server.Url("/c")};
  std::vector<pith::Response> got(urls.size());
  pith::FetchAll(urls, options_, [&](std::size_t i, pith::Response r) { got[i] = std::move(r); });
  const double took = SecondsSince(start);
  EXPECT_LT(took, 2.0);
  // Every 50 ms or so: a dozen times in 0.6 s on an idle machine; a loaded
  // one (the sanitizers, other jobs) gets slack.
  ASSERT_GE(asked.size(), 4u);
  for (std::size_t i = 1; i < asked.size(); ++i) EXPECT_LT(asked[i] - asked[i - 1], 0.5);
  for (std::size_t i = 0; i < urls.size(); ++i) {
    EXPECT_EQ(got[i].status.code(), Code::kCancelled) << got[i].status.ToString();
    EXPECT_EQ(got[i].attempts, 0);
  }
  const std::vector<pith::testing::Request> seen = server.Requests();
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].target, "/robots.txt");
}

// `done` may cancel: the quick page's callback stops the slow ones, and a
// URL it adds after cancelling comes back cancelled too, unrequested.
TEST_F(FetchTest, CancelFromDoneStopsTheRest) {
  pith::testing::HttpServer server([](const pith::testing::Request& r) {
    pith::testing::Reply reply;
    if (r.target != "/quick") reply.delay_seconds = 5;
    reply.body = "<html><body><p>" + r.target + "</p></body></html>";
    return reply;
  });
  const std::vector<std::string> urls = {server.Url("/slow/1"), server.Url("/quick"),
                                         server.Url("/slow/2")};
  pith::Fetcher fetcher(options_);
  std::vector<Code> codes;
  const auto start = std::chrono::steady_clock::now();
  fetcher.FetchAll(urls, [&](std::size_t i, pith::Response r) {
    codes.resize(std::max(codes.size(), i + 1));
    codes[i] = r.status.code();
    if (i == 1) {
      fetcher.Cancel();
      EXPECT_EQ(fetcher.Add(server.Url("/added")), 3u);
    }
  });
  EXPECT_LT(SecondsSince(start), 2.0);
  EXPECT_EQ(codes, (std::vector<Code>{Code::kCancelled, Code::kOk, Code::kCancelled,
                                      Code::kCancelled}));
  for (const pith::testing::Request& r : server.Requests()) EXPECT_NE(r.target, "/added");
}

class SaveTest : public FetchTest {
 protected:
  void SetUp() override {
    FetchTest::SetUp();
    char tmpl[] = "/tmp/pith-save-XXXXXX";
    dir_ = mkdtemp(tmpl);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string dir_;
};

TEST_F(SaveTest, SavedPageReadsBackWithItsUrlAndType) {
  const pith::Response r = Get("/redirect/1");
  ASSERT_TRUE(r.ok());
  auto path = pith::SaveResponse(r, dir_ + "/new/sub");
  ASSERT_TRUE(path.ok()) << path.status().ToString();
  EXPECT_EQ(path->substr(path->size() - 8), ".warc.gz");
  auto again = pith::SaveResponse(r, dir_ + "/new/sub");
  EXPECT_EQ(*again, *path);  // same URL, same name

  auto article = pith::ExtractFile(*path);
  ASSERT_TRUE(article.ok()) << article.status().ToString();
  EXPECT_EQ(article->url, r.final_url);
  EXPECT_EQ(article->text, pith::ExtractResponse(r)->text);

  auto pdf = pith::SaveResponse(Get("/pdf"), dir_);
  ASSERT_TRUE(pdf.ok());
  auto skipped = pith::ExtractFile(*pdf);
  EXPECT_EQ(skipped.status().code(), Code::kUnsupportedType);
  EXPECT_NE(skipped.status().message().find("application/pdf"), std::string::npos);

  auto cyr = pith::SaveResponse(Get("/lying-utf8"), dir_);
  ASSERT_TRUE(cyr.ok());
  auto bytes = pith::internal::ReadFileBytes(*cyr, 1 << 20);
  auto record = pith::internal::ReadWarcResponse(*pith::internal::Gunzip(*bytes, 1 << 20), 1 << 20);
  ASSERT_TRUE(record.ok());
  EXPECT_EQ(record->content_type, "text/html; charset=utf-8");
  EXPECT_EQ(record->url, site_.Url("/lying-utf8"));
}

TEST_F(SaveTest, NothingToSaveWithoutAResponse) {
  const pith::Response r = pith::Fetch("ftp://127.0.0.1/", options_);
  EXPECT_EQ(pith::SaveResponse(r, dir_).status().code(), Code::kInvalidArgument);
}

TEST(MediaTypeTest, ParametersAndCaseAndSpaceGo) {
  using pith::internal::MediaType;
  EXPECT_EQ(MediaType(" Text/HTML ; charset=UTF-8"), "text/html");
  EXPECT_EQ(MediaType("application/http;msgtype=response"), "application/http");
  EXPECT_EQ(MediaType("\tapplication/rss+xml\r"), "application/rss+xml");
  EXPECT_EQ(MediaType("; charset=utf-8"), "");
  EXPECT_EQ(MediaType(""), "");
  EXPECT_TRUE(pith::IsHtmlContentType(" TEXT/html\t;charset=x"));
  EXPECT_FALSE(pith::IsHtmlContentType("text/html-sandboxed"));
}

TEST(WarcTest, ReadsForeignRecordsWithChunkingAndGzip) {
  const std::string page = "<html><body><p>saved by another archiver</p></body></html>";
  const std::string gz = pith::internal::Gzip(page);
  char size_hex[16];
  std::snprintf(size_hex, sizeof size_hex, "%zx", gz.size());
  const std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=iso-8859-1\r\n"
                           "Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n" +
                           std::string(size_hex) + "\r\n" + gz + "\r\n0\r\n\r\n";
  const std::string info = "software: other\r\n";
  const std::string warc =
      "WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: " + std::to_string(info.size()) +
      "\r\n\r\n" + info + "\r\n\r\n" +
      "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: <http://example.org/a>\r\n"
      "Content-Length: " + std::to_string(http.size()) + "\r\n\r\n" + http + "\r\n\r\n";
  auto r = pith::internal::ReadWarcResponse(warc, 1 << 20);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->url, "http://example.org/a");
  EXPECT_EQ(r->content_type, "text/html; charset=iso-8859-1");
  EXPECT_EQ(r->body, page);

  // "Content-Encoding: deflate", zlib-wrapped as the standard says.
  std::string z(compressBound(static_cast<uLong>(page.size())), '\0');
  uLongf z_size = static_cast<uLongf>(z.size());
  ASSERT_EQ(compress(reinterpret_cast<Bytef*>(z.data()), &z_size,
                     reinterpret_cast<const Bytef*>(page.data()), static_cast<uLong>(page.size())),
            Z_OK);
  z.resize(z_size);
  const std::string deflated = "HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\n\r\n" + z;
  auto d = pith::internal::ReadWarcResponse(
      "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: " + std::to_string(deflated.size()) +
          "\r\n\r\n" + deflated,
      1 << 20);
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  EXPECT_EQ(d->body, page);

  EXPECT_EQ(pith::internal::ReadWarcResponse("WARC/1.1\r\nWARC-Type: response\r\n\r\n", 1 << 20)
                .status().code(), Code::kDecodeError);
  EXPECT_EQ(pith::internal::ReadWarcResponse("WARC/1.1\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n",
                                             1 << 20).status().code(), Code::kDecodeError);
  EXPECT_FALSE(pith::Extract(warc.substr(0, 40)).ok());  // a truncated record: an error, not a crash
}

}  // namespace
