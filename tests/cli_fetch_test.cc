// `pith URL...` and `pith --urls FILE` against a real HTTP server on
// 127.0.0.1: one record per URL, failures named, the batch unharmed by them,
// order, --save and the download flags.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli_run.h"
#include "test_site.h"

namespace {

namespace fs = std::filesystem;
using pith::testing::CliRun;
using pith::testing::Expected;
using pith::testing::Fixture;
using pith::testing::ReadFile;
using pith::testing::TestSite;

// The CLI with the politeness delay and per-host limit lifted: these tests
// time and count downloads from one local server (politeness has its own
// tests below and in politeness_test.cc).
constexpr const char* kNoDelay = "--delay 0 --per-host 16 ";

CliRun RunFetch(const std::string& args, const std::string& stdin_file = "") {
  return pith::testing::RunPith(kNoDelay + args, stdin_file);
}

std::vector<nlohmann::json> Records(const std::string& jsonl) {
  std::vector<nlohmann::json> out;
  std::istringstream in(jsonl);
  for (std::string line; std::getline(in, line);) out.push_back(nlohmann::json::parse(line));
  return out;
}

std::map<std::string, nlohmann::json> ByInput(const std::vector<nlohmann::json>& records) {
  std::map<std::string, nlohmann::json> out;
  for (const auto& r : records) out[r["input"].get<std::string>()] = r;
  return out;
}

class CliFetchTest : public pith::testing::TempDirTest {
 protected:
  std::string SeedUrl() { return site_.Url(std::string("/page/") + TestSite::kSeedSlug); }
  TestSite site_;
};

TEST_F(CliFetchTest, PrintsTheTextOfAUrlAsOfTheSavedPage) {
  CliRun r = RunFetch(SeedUrl());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, Expected(TestSite::kSeedSlug));
  EXPECT_EQ(r.err, "");  // no progress line: stderr is not a terminal
}

TEST_F(CliFetchTest, OneRecordPerUrlAndFailuresChangeNothingElse) {
  const std::vector<std::string> good = {SeedUrl(), site_.Url("/page/german-news"),
                                         site_.Url("/gzip/recipe"), site_.Url("/redirect/3")};
  const std::vector<std::string> bad = {site_.Url("/status/404"), site_.Url("/status/500"),
                                        site_.Url("/pdf"),        site_.Url("/to-file"),
                                        site_.Url("/loop/a"),     site_.Url("/slow"),
                                        "file:///etc/passwd",     site_.Url("/endless")};
  std::string only_good, mixed;
  for (const auto& u : good) only_good += u + "\n";
  for (std::size_t i = 0; i < bad.size(); ++i) mixed += bad[i] + "\n" + (i < good.size() ? good[i] + "\n" : "");
  Write("good.txt", "# the good ones\n\n" + only_good);
  Write("mixed.txt", mixed);

  CliRun base = RunFetch("--format jsonl --urls " + dir_ + "/good.txt");
  EXPECT_EQ(base.exit_code, 0) << base.err;
  CliRun r = RunFetch("--format jsonl --timeout 1 --max-size 1M --urls " + dir_ + "/mixed.txt");
  EXPECT_EQ(r.exit_code, 2);
  const auto base_records = ByInput(Records(base.out));
  const auto records = Records(r.out);
  ASSERT_EQ(records.size(), good.size() + bad.size());
  const auto by_input = ByInput(records);
  ASSERT_EQ(by_input.size(), records.size());  // each input exactly once
  for (const auto& u : good) {
    ASSERT_TRUE(by_input.count(u)) << u;
    EXPECT_EQ(by_input.at(u), base_records.at(u)) << u;  // identical to the run without failures
    EXPECT_TRUE(by_input.at(u)["found"].get<bool>());
  }
  EXPECT_EQ(by_input.at(site_.Url("/redirect/3"))["url"], SeedUrl());

  auto error_of = [&](const std::string& u) { return by_input.at(u)["error"].get<std::string>(); };
  EXPECT_EQ(by_input.at(site_.Url("/status/404"))["http_status"], 404);
  EXPECT_NE(error_of(site_.Url("/status/404")).find("HTTP 404 Not Found"), std::string::npos);
  EXPECT_EQ(by_input.at(site_.Url("/status/500"))["http_status"], 500);
  EXPECT_EQ(by_input.at(site_.Url("/pdf"))["skipped"], true);
  EXPECT_EQ(by_input.at(site_.Url("/pdf"))["content_type"], "application/pdf");
  EXPECT_NE(error_of(site_.Url("/to-file")).find("file:///etc/passwd"), std::string::npos);
  EXPECT_NE(error_of(site_.Url("/loop/a")).find("redirect loop"), std::string::npos);
  EXPECT_NE(error_of(site_.Url("/slow")).find("timed out"), std::string::npos);
  EXPECT_NE(error_of("file:///etc/passwd").find("unsupported scheme 'file:'"), std::string::npos);
  EXPECT_NE(error_of(site_.Url("/endless")).find("larger than 1 MiB"), std::string::npos);

  // Text mode: the same failures on standard error, each with its URL and cause.
  CliRun text = RunFetch("--timeout 1 --max-size 1M --urls " + dir_ + "/mixed.txt");
  EXPECT_EQ(text.exit_code, 2);
  EXPECT_NE(text.err.find("pith: " + site_.Url("/status/404") + ": HTTP 404 Not Found\n"),
            std::string::npos) << text.err;
  EXPECT_NE(text.err.find("pith: " + site_.Url("/pdf") + ": application/pdf is not HTML (skipped)"),
            std::string::npos) << text.err;
  for (const auto& u : good) EXPECT_NE(text.out.find("==> " + u + " <=="), std::string::npos) << u;
}

TEST_F(CliFetchTest, TextKeepsInputOrderJsonlWritesAsCompleted) {
  const std::string slow = site_.Url("/delay/800"), fast = site_.Url("/page/german-news");
  CliRun text = RunFetch(slow + " " + fast);
  EXPECT_EQ(text.exit_code, 0) << text.err;
  EXPECT_LT(text.out.find("==> " + slow), text.out.find("==> " + fast));

  CliRun lines = RunFetch("--format jsonl " + slow + " " + fast);
  const auto records = Records(lines.out);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0]["input"], fast);  // it finished first
  EXPECT_EQ(records[1]["input"], slow);
}

TEST_F(CliFetchTest, DownloadsRunConcurrentlyUpToJobs) {
  // Each page takes 0.5 s to answer. When the server has received all four
  // requests within that time, they ran at once; one at a time, each comes
  // after the answer before it. Read from the server's arrival times, not
  // from the run's length, so that a loaded machine cannot fail it.
  std::string urls;
  for (int i = 0; i < 4; ++i) urls += " " + site_.Url("/delay/500");
  auto arrivals = [this](std::size_t skip) {
    std::vector<std::chrono::steady_clock::time_point> times;
    for (const auto& q : site_.server().Requests()) {
      if (q.target.rfind("/delay/", 0) == 0) times.push_back(q.received);
    }
    times.erase(times.begin(), times.begin() + static_cast<std::ptrdiff_t>(std::min(skip, times.size())));
    return times;
  };
  auto seconds = [](std::chrono::steady_clock::duration d) { return std::chrono::duration<double>(d).count(); };

  EXPECT_EQ(RunFetch("-q" + urls).exit_code, 0);
  const auto together = arrivals(0);
  ASSERT_EQ(together.size(), 4u);
  EXPECT_LT(seconds(together.back() - together.front()), 0.5);  // all asked before the first answer

  EXPECT_EQ(RunFetch("-q --jobs 1" + urls).exit_code, 0);
  const auto in_turn = arrivals(4);
  ASSERT_EQ(in_turn.size(), 4u);
  for (std::size_t i = 1; i < in_turn.size(); ++i) EXPECT_GE(seconds(in_turn[i] - in_turn[i - 1]), 0.45);
}

TEST_F(CliFetchTest, UrlListFromStandardInputAndMixedWithFiles) {
  const std::string list = Write("list.txt", SeedUrl() + "\n");
  CliRun r = RunFetch("--format jsonl " + Fixture("recipe") + " --urls -", list);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const auto records = ByInput(Records(r.out));
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records.at(SeedUrl())["text"].get<std::string>() + "\n", Expected(TestSite::kSeedSlug));
  EXPECT_EQ(records.at(Fixture("recipe"))["text"].get<std::string>() + "\n", Expected("recipe"));

  EXPECT_EQ(RunFetch("- --urls -", list).exit_code, 2);  // stdin cannot be both
  CliRun missing = RunFetch("--urls " + dir_ + "/none.txt");
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("cannot open URL list"), std::string::npos);
}

TEST_F(CliFetchTest, SavedDownloadsReadBackWithTheirUrl) {
  const std::string save = dir_ + "/saved";
  CliRun r = RunFetch("--save " + save + " --format jsonl " + site_.Url("/redirect/1") + " " +
                     site_.Url("/status/404"));
  EXPECT_EQ(r.exit_code, 2);
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(save)) files.push_back(e.path());
  ASSERT_EQ(files.size(), 1u);  // the 404 is not kept
  EXPECT_EQ(files[0].extension(), ".gz");

  CliRun back = RunFetch("--format jsonl " + save);  // a directory of saved pages
  EXPECT_EQ(back.exit_code, 0) << back.err;
  EXPECT_EQ(back.err, "");  // read quietly: no archive summary for one saved page
  const auto records = Records(back.out);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0]["url"], SeedUrl());
  EXPECT_EQ(records[0]["input"], files[0].string());
  EXPECT_EQ(records[0]["text"], ByInput(Records(r.out)).at(site_.Url("/redirect/1"))["text"]);

  // The same URL twice at once: one whole file, no leftovers.
  const std::string twice = dir_ + "/twice";
  EXPECT_EQ(RunFetch("-q -j2 --save " + twice + " " + SeedUrl() + " " + SeedUrl()).exit_code, 0);
  std::vector<fs::path> saved;
  for (const auto& e : fs::directory_iterator(twice)) saved.push_back(e.path());
  ASSERT_EQ(saved.size(), 1u);
  EXPECT_EQ(RunFetch(saved[0].string()).out, Expected(TestSite::kSeedSlug));

  CliRun unwritable = RunFetch("--save /proc/pith-cannot-be-here " + SeedUrl());
  EXPECT_EQ(unwritable.exit_code, 2);
  EXPECT_NE(unwritable.err.find("cannot create directory"), std::string::npos) << unwritable.err;
  EXPECT_EQ(unwritable.out, Expected(TestSite::kSeedSlug));  // the article still comes
}

TEST_F(CliFetchTest, DownloadFlagsReachTheFetcher) {
  CliRun retried = RunFetch("--retries 2 --retry-wait 0.05 " + site_.Url("/flaky/cli"));
  EXPECT_EQ(retried.exit_code, 0) << retried.err;
  CliRun not_retried = RunFetch(site_.Url("/flaky/cli2"));
  EXPECT_EQ(not_retried.exit_code, 2);
  EXPECT_NE(not_retried.err.find("HTTP 503"), std::string::npos);

  CliRun small = RunFetch("--max-size 100k " + site_.Url("/big"));
  EXPECT_EQ(small.exit_code, 2);
  EXPECT_NE(small.err.find("larger than 100 KiB (--max-size)"), std::string::npos) << small.err;

  CliRun redirects = RunFetch("--max-redirects 1 " + site_.Url("/redirect/2"));
  EXPECT_NE(redirects.err.find("too many redirects (more than 1)"), std::string::npos);

  EXPECT_EQ(RunFetch("--user-agent probe/1 --http1.1 --no-compression " + SeedUrl()).exit_code, 0);
  const auto requests = site_.server().Requests();
  EXPECT_EQ(requests.back().Header("user-agent"), "probe/1");
  EXPECT_EQ(requests.back().Header("accept-encoding"), "");

  for (const char* bad : {"--jobs 0", "--timeout -1", "--max-size 20X", "--retries x"}) {
    CliRun r = RunFetch(std::string(bad) + " " + SeedUrl());
    EXPECT_EQ(r.exit_code, 2) << bad;
    EXPECT_NE(r.err.find("Try 'pith --help'"), std::string::npos) << bad;
  }
}

TEST_F(CliFetchTest, RobotsTxtIsObeyedByDefaultAndNamedWhenItSkips) {
  const std::string secret = site_.Url("/private/report");
  CliRun r = RunFetch("--format jsonl " + SeedUrl() + " " + secret);
  EXPECT_EQ(r.exit_code, 1);  // skipped, as a non-HTML page is: not an error
  const auto records = ByInput(Records(r.out));
  ASSERT_EQ(records.size(), 2u);
  EXPECT_TRUE(records.at(SeedUrl())["found"].get<bool>());
  EXPECT_EQ(records.at(secret)["skipped"], true);
  EXPECT_EQ(records.at(secret)["error"],
            "skipped: " + secret + " is disallowed by " + site_.Url("/robots.txt") +
                " line 2, \"Disallow: /private/\" (group \"user-agent: *\")");
  EXPECT_NE(r.err.find("pith: " + secret + " is disallowed by"), std::string::npos) << r.err;
  int asked = 0, robots = 0;
  for (const auto& q : site_.server().Requests()) {
    asked += q.target == "/private/report";
    robots += q.target == "/robots.txt";
  }
  EXPECT_EQ(asked, 0);
  EXPECT_EQ(robots, 1);  // once for the run

  CliRun ignored = RunFetch("--ignore-robots " + secret);
  EXPECT_EQ(ignored.exit_code, 0) << ignored.err;
  EXPECT_EQ(ignored.out, Expected(TestSite::kSeedSlug));
}

// A site that does not answer at all (nothing listens, no such name) is a
// failed download, exit status 2, with its cause: not a page "skipped" by
// the site's robots.txt, exit status 1, as a typo in a host name was.
TEST_F(CliFetchTest, ASiteThatDoesNotAnswerIsAFailedDownload) {
  const std::string closed = "http://127.0.0.1:1/page";
  CliRun r = RunFetch("--format jsonl " + SeedUrl() + " " + closed);
  EXPECT_EQ(r.exit_code, 2) << r.err;
  const auto records = ByInput(Records(r.out));
  ASSERT_EQ(records.size(), 2u);
  EXPECT_TRUE(records.at(SeedUrl())["found"].get<bool>());
  EXPECT_FALSE(records.at(closed).contains("skipped")) << records.at(closed);
  const std::string error = records.at(closed)["error"].get<std::string>();
  EXPECT_EQ(error.rfind("fetch error: " + closed + ": cannot connect to 127.0.0.1 port 1: ", 0), 0u)
      << error;
  EXPECT_NE(error.find("(asking for its site's robots.txt first, http://127.0.0.1:1/robots.txt; "
                       "the page was not requested)"),
            std::string::npos) << error;
  EXPECT_NE(r.err.find("pith: " + closed + ": cannot connect to 127.0.0.1 port 1: "),
            std::string::npos) << r.err;
}

TEST_F(CliFetchTest, APasswordInAUrlIsNeverShown) {
  // "http://127.0.0.1:PORT/x" -> "http://ann:secret@127.0.0.1:PORT/x" (and ann:***).
  auto with = [](const std::string& url, const std::string& userinfo) {
    return url.substr(0, 7) + userinfo + "@" + url.substr(7);
  };
  const std::string closed = "http://ann:secret@127.0.0.1:1/page";
  const std::string missing = with(site_.Url("/status/404"), "ann:secret");
  const std::string page = with(SeedUrl(), "ann:secret");
  const std::string explain = dir_ + "/explain.html";
  CliRun r = RunFetch("--format jsonl --explain " + explain + " " + page);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  const std::string report = ReadFile(explain);
  EXPECT_NE(report.find(with(SeedUrl(), "ann:***")), std::string::npos) << report.substr(0, 2000);
  EXPECT_EQ(report.find("secret"), std::string::npos);
  // The data keeps the URL given.
  EXPECT_EQ(Records(r.out).at(0)["url"], page);

  r = RunFetch("--format jsonl " + closed + " " + missing);
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("pith: http://ann:***@127.0.0.1:1/page: cannot connect to 127.0.0.1 port 1"),
            std::string::npos)
      << r.err;
  EXPECT_NE(
      r.err.find("pith: " + with(site_.Url("/status/404"), "ann:***") + ": HTTP 404 Not Found\n"),
      std::string::npos)
      << r.err;
  EXPECT_EQ(r.err.find("secret"), std::string::npos) << r.err;
  const auto records = ByInput(Records(r.out));
  ASSERT_EQ(records.size(), 2u);
  for (const std::string& url : {closed, missing}) {
    const std::string error = records.at(url)["error"].get<std::string>();
    EXPECT_EQ(error.find("secret"), std::string::npos) << error;
  }
  r = RunFetch("--url http://ann:secret@ " + Fixture(TestSite::kSeedSlug));
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_EQ(r.err.find("secret"), std::string::npos) << r.err;

  // The progress line on a terminal, a lone user name (a token) hidden whole.
  const std::string transcript = dir_ + "/typescript";
  const std::string cmd = std::string(PITH_CLI_PATH) + " -j1 " + kNoDelay +
                          with(SeedUrl(), "tok3n") + " " + with(site_.Url("/status/404"), "tok3n") +
                          " >/dev/null";
  ASSERT_EQ(std::system(("script -qec '" + cmd + "' " + transcript + " >/dev/null").c_str()) >> 8,
            2);
  std::string screen = ReadFile(transcript);
  screen = screen.substr(screen.find('\n') + 1);  // after the line script(1) names the command in
  EXPECT_NE(screen.find("[2/2] 1 failed, "), std::string::npos) << screen;
  EXPECT_NE(screen.find(with(site_.Url("/status/404"), "***")), std::string::npos) << screen;
  EXPECT_EQ(screen.find("tok3n"), std::string::npos) << screen;
}

TEST_F(CliFetchTest, DelayAndPerHostReachTheFetcher) {
  std::string urls;
  for (const char* slug : {"german-news", "recipe", "data-table"}) urls += " " + site_.Url(std::string("/page/") + slug);
  // The later flags win over kNoDelay's.
  CliRun r = RunFetch("-q --per-host 1 --delay 0.5" + urls);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::chrono::steady_clock::time_point> times;
  for (const auto& q : site_.server().Requests()) {
    if (q.target.rfind("/page/", 0) == 0) times.push_back(q.received);
  }
  ASSERT_EQ(times.size(), 3u);
  for (std::size_t i = 1; i < times.size(); ++i) {
    EXPECT_GE(std::chrono::duration<double>(times[i] - times[i - 1]).count(), 0.45);
  }
  for (const char* bad : {"--per-host 0", "--delay -1", "--delay x"}) {
    EXPECT_EQ(RunFetch(std::string(bad) + " " + SeedUrl()).exit_code, 2) << bad;
  }
}

TEST_F(CliFetchTest, RecordsStreamAndABrokenPipeStopsTheBatch) {
  // Ten downloads one at a time take over 4 s; a reader that wants one
  // record gets it after the first (records are flushed as they complete),
  // and pith stops when the reader leaves.
  std::string urls;
  for (int i = 0; i < 10; ++i) urls += " " + site_.Url("/delay/400");
  const std::string out = dir_ + "/first.jsonl";
  const std::string cmd = "env -u http_proxy " + std::string(PITH_CLI_PATH) + " -q --jobs 1 -f jsonl " + kNoDelay +
                          urls + " | head -n 1 > " + out;
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  // The second record finds the pipe closed: pith asked for at most one
  // more page (the third, if it had begun) instead of all ten. Counted, not
  // timed, so that a loaded machine cannot fail it.
  std::size_t asked = 0;
  for (const auto& request : site_.server().Requests()) asked += request.target.find("/delay/") != std::string::npos;
  EXPECT_GE(asked, 1u);
  EXPECT_LE(asked, 3u);
  std::ifstream in(out);
  std::string line;
  ASSERT_TRUE(std::getline(in, line));
  EXPECT_TRUE(nlohmann::json::parse(line)["found"].get<bool>());
}

TEST_F(CliFetchTest, ProgressLineOnlyOnATerminal) {
  // script(1) gives pith a terminal for stderr; its transcript is the terminal's view.
  const std::string transcript = dir_ + "/typescript";
  const std::string cmd = std::string(PITH_CLI_PATH) + " -j1 " + kNoDelay + SeedUrl() + " " +
                          site_.Url("/status/404") + " >/dev/null";
  ASSERT_EQ(std::system(("script -qec '" + cmd + "' " + transcript + " >/dev/null").c_str()) >> 8, 2);
  const std::string screen = ReadFile(transcript);
  EXPECT_NE(screen.find("[2/2] 1 failed, "), std::string::npos) << screen;
  EXPECT_NE(screen.find(" pages/s"), std::string::npos);
  // Not a terminal: no progress at all, only the failure.
  CliRun r = RunFetch(SeedUrl() + " " + site_.Url("/status/404"));
  EXPECT_EQ(r.err, "pith: " + site_.Url("/status/404") + ": HTTP 404 Not Found\n");
}

}  // namespace
