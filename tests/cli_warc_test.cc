// The pith CLI on WARC files: every HTML response record out, the rest
// counted; the summary; damaged and truncated files; order with -j; stdin
// and directories.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "cli_run.h"
#include "fetch/file.h"
#include "warc_files.h"

namespace {

using pith::testing::CliRun;
using pith::testing::GzipEach;
using pith::testing::Join;
using pith::testing::kHttpCt;
using pith::testing::Page;
using pith::testing::ReadFile;
using pith::testing::Record;
using pith::testing::RunPith;
using pith::testing::WarcioRecords;

// jsonl with -j2 and more comes in completion order: tests that read records
// by position use -j1.
class CliWarcTest : public pith::testing::TempDirTest {};

std::vector<nlohmann::json> JsonLines(const std::string& out) {
  std::vector<nlohmann::json> lines;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line)) lines.push_back(nlohmann::json::parse(line));
  return lines;
}

// Many pages, each with its request and metadata record, as a crawl has them.
std::vector<std::string> Crawl(int pages) {
  std::vector<std::string> records = {WarcioRecords()[0]};
  for (int i = 0; i < pages; ++i) {
    const std::string id = "1" + std::to_string(1000000 + i);
    const std::string uri = "http://crawl.example/" + std::to_string(i);
    records.push_back(Record("WARC/1.1", "request", id + "1", uri, "application/http; msgtype=request",
                             "GET / HTTP/1.1\r\n\r\n"));
    records.push_back(Record("WARC/1.1", "response", id + "2", uri, kHttpCt,
                             "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" +
                                 Page("Story number " + std::to_string(i))));
    records.push_back(Record("WARC/1.1", "metadata", id + "3", uri, "application/warc-fields",
                             "fetchTimeMs: 12\r\n"));
  }
  return records;
}

TEST_F(CliWarcTest, EveryHtmlResponseIsARecordAndTheRestIsCounted) {
  const std::string path = Write("crawl.warc.gz", GzipEach(WarcioRecords(), nullptr));
  CliRun r = RunPith("-j1 --format jsonl " + path);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const std::vector<nlohmann::json> lines = JsonLines(r.out);
  ASSERT_EQ(lines.size(), 2u) << r.out;
  EXPECT_EQ(lines[0]["input"], path);
  EXPECT_EQ(lines[0]["url"], "http://example.org/a");
  EXPECT_EQ(lines[0]["warc_record_id"], "<urn:uuid:00000003>");
  EXPECT_EQ(lines[0]["warc_date"], "2024-03-05T14:30:03Z");
  EXPECT_EQ(lines[0]["warc_target_uri"], "http://example.org/a");
  EXPECT_EQ(lines[0]["found"], true);
  EXPECT_NE(lines[0]["text"].get<std::string>().find("Chunked gzip story"), std::string::npos);
  EXPECT_EQ(lines[1]["warc_record_id"], "<urn:uuid:00000007>");
  EXPECT_EQ(lines[1]["encoding"], "windows-1251");  // the HTTP header's charset
  EXPECT_NE(r.err.find(path + ": 7 records read: 2 extracted, 0 without content, 5 skipped by "
                              "type (1 metadata, 1 request, 1 response (not HTML), 1 revisit, "
                              "1 warcinfo), 0 failed"),
            std::string::npos)
      << r.err;

  // Text: each record under a header naming the file and the page.
  CliRun text = RunPith(path);
  EXPECT_EQ(text.exit_code, 0);
  EXPECT_EQ(text.out.find("==> " + path + " http://example.org/a <==\n"), 0u) << text.out;
  EXPECT_NE(text.out.find("\n==> " + path + " http://example.org/b <==\n"), std::string::npos);

  // -q: no summary.
  EXPECT_EQ(RunPith("-q " + path).err, "");
}

// --explain writes one report: of a WARC file's first HTML record (each
// record used to write over the one before, leaving the last), and says so,
// naming the record, when the file held more. In completion order too
// (jsonl with threads).
TEST_F(CliWarcTest, ExplainReportsTheFirstRecordOfSeveral) {
  const std::string path = Write("crawl.warc.gz", GzipEach(WarcioRecords(), nullptr));
  const std::string report = dir_ + "/e.html";
  for (const char* args : {"", "-j4 -f jsonl "}) {
    std::remove(report.c_str());
    CliRun r = RunPith(std::string(args) + "--explain " + report + " " + path);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find("pith: --explain " + report +
                         " explains only the first of the 2 HTML "
                         "records read: " +
                         path + ": record <urn:uuid:00000003> at offset "),
              std::string::npos)
        << r.err;
    const std::string explained = ReadFile(report);
    EXPECT_NE(explained.find("Chunked gzip story"), std::string::npos) << args;
    EXPECT_EQ(explained.find("windows-1251"), std::string::npos) << args;
  }
  // One record: nothing to say.
  const std::string one = Write("one.warc", WarcioRecords()[2]);
  CliRun r = RunPith("-q --explain " + report + " " + one);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
}

TEST_F(CliWarcTest, ADamagedRecordIsReportedAndTheOthersComeOut) {
  std::vector<std::string> parts = WarcioRecords();
  std::vector<std::string> members;
  std::uint64_t bad_offset = 0;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i == 2) {
      // The chunked response's member: its deflate data overwritten halfway.
      for (const std::string& m : members) bad_offset += m.size();
    }
    members.push_back(pith::internal::Gzip(parts[i]));
  }
  std::string& bad = members[2];
  for (std::size_t i = bad.size() / 2; i < bad.size() / 2 + 16; ++i) bad[i] = '\xff';
  const std::string path = Write("damaged.warc.gz", Join(members));
  CliRun r = RunPith("-j1 --format jsonl " + path);
  EXPECT_EQ(r.exit_code, 2);
  const std::vector<nlohmann::json> lines = JsonLines(r.out);
  ASSERT_EQ(lines.size(), 2u) << r.out;
  EXPECT_EQ(lines[0]["warc_record_id"], "<urn:uuid:00000003>");
  EXPECT_EQ(lines[0]["warc_offset"], bad_offset);
  EXPECT_EQ(lines[0]["found"], false);
  EXPECT_NE(lines[0]["error"].get<std::string>().find("gzip"), std::string::npos);
  EXPECT_EQ(lines[1]["warc_record_id"], "<urn:uuid:00000007>");
  EXPECT_EQ(lines[1]["found"], true);
  EXPECT_NE(r.err.find(path + ": record <urn:uuid:00000003> at offset " + std::to_string(bad_offset) +
                       ": "),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("7 records read: 1 extracted, 0 without content, 5 skipped by type"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find(", 1 failed"), std::string::npos);
}

TEST_F(CliWarcTest, ATruncatedFileKeepsWhatCameBefore) {
  const std::vector<std::string> crawl = Crawl(5);
  const std::string plain = Join(crawl);
  // Cut inside the last response's block (the last record is its metadata).
  const std::string path =
      Write("cut.warc", plain.substr(0, plain.size() - crawl.back().size() - 60));
  CliRun r = RunPith("-j1 --format jsonl " + path);
  EXPECT_EQ(r.exit_code, 2);
  const std::vector<nlohmann::json> lines = JsonLines(r.out);
  ASSERT_EQ(lines.size(), 5u) << r.out;  // 4 stories and the last record's error
  for (int i = 0; i < 4; ++i) EXPECT_EQ(lines[i]["found"], true);
  EXPECT_TRUE(lines[4].contains("error"));
  EXPECT_NE(r.err.find("truncated"), std::string::npos) << r.err;
}

TEST_F(CliWarcTest, ThreadsKeepRecordOrderOrJsonlCompletionOrder) {
  const std::string path = Write("crawl.warc.gz", GzipEach(Crawl(60), nullptr));
  CliRun one = RunPith("-j1 --format json " + path);
  CliRun three = RunPith("-j3 --format json " + path);
  EXPECT_EQ(one.exit_code, 0) << one.err;
  EXPECT_EQ(one.out, three.out);
  const nlohmann::json array = nlohmann::json::parse(one.out);
  ASSERT_EQ(array.size(), 60u);
  for (int i = 0; i < 60; ++i) {
    EXPECT_EQ(array[i]["warc_target_uri"], "http://crawl.example/" + std::to_string(i));
  }
  CliRun jsonl = RunPith("-j3 --format jsonl " + path);
  std::set<std::string> uris;
  for (const nlohmann::json& j : JsonLines(jsonl.out)) uris.insert(j["warc_target_uri"]);
  EXPECT_EQ(uris.size(), 60u);
  EXPECT_NE(jsonl.err.find("181 records read: 60 extracted, 0 without content, 121 skipped by "
                           "type (60 metadata, 60 requests, 1 warcinfo), 0 failed"),
            std::string::npos)
      << jsonl.err;
}

TEST_F(CliWarcTest, StdinAndDirectoriesAndPagesBeside) {
  const std::string path = Write("dir/crawl.warc.gz", GzipEach(Crawl(3), nullptr));
  Write("dir/page.html", Page("A page beside the archive"));
  CliRun dir = RunPith("-j1 --format jsonl " + dir_ + "/dir");
  EXPECT_EQ(dir.exit_code, 0) << dir.err;
  const std::vector<nlohmann::json> lines = JsonLines(dir.out);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0]["input"], path);
  EXPECT_EQ(lines[3]["input"], dir_ + "/dir/page.html");
  EXPECT_FALSE(lines[3].contains("warc_record_id"));

  CliRun in = RunPith("-j1 --format jsonl -", path);
  EXPECT_EQ(in.exit_code, 0) << in.err;
  const std::vector<nlohmann::json> from_stdin = JsonLines(in.out);
  ASSERT_EQ(from_stdin.size(), 3u);
  EXPECT_EQ(from_stdin[2]["input"], "-");
  EXPECT_EQ(from_stdin[2]["warc_target_uri"], "http://crawl.example/2");
  EXPECT_NE(in.err.find("stdin: 10 records read: 3 extracted"), std::string::npos) << in.err;
}

// tests/data/wget-crawl.warc.gz: written by wget (see warc_test.cc).
TEST_F(CliWarcTest, AnArchiveWgetWrote) {
  const std::string path = std::string(PITH_SOURCE_DIR) + "/tests/data/wget-crawl.warc.gz";
  CliRun r = RunPith("-j1 --format jsonl " + path);
  EXPECT_EQ(r.exit_code, 0) << r.err;  // a record without content is no failure
  const std::vector<nlohmann::json> lines = JsonLines(r.out);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0]["url"], "http://127.0.0.1:18765/index.html");
  EXPECT_EQ(lines[0]["found"], false);  // one short line of links
  EXPECT_EQ(lines[1]["url"], "http://127.0.0.1:18765/robots.txt");  // the server's 404 page
  EXPECT_EQ(lines[2]["url"], "http://127.0.0.1:18765/story.html");
  EXPECT_EQ(lines[2]["found"], true);
  EXPECT_NE(r.err.find("11 records read: 2 extracted, 1 without content, 8 skipped by type (1 "
                       "metadata, 4 requests, 1 resource (not HTML), 1 response (not HTML), 1 "
                       "warcinfo), 0 failed"),
            std::string::npos)
      << r.err;
}

TEST_F(CliWarcTest, EachSkippedRecordIsCountedUnderItsKind) {
  const std::string uri = "http://example.org/k";
  const auto response = [&](const std::string& id, const std::string& type, const std::string& body) {
    return Record("WARC/1.1", "response", id, uri, kHttpCt,
                  "HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\n\r\n" + body);
  };
  const std::string request_ct = "application/http; msgtype=request";
  const std::vector<std::string> records = {
      WarcioRecords()[0],  // warcinfo
      Record("WARC/1.1", "request", "00000012", uri, request_ct, "GET /k HTTP/1.1\r\n\r\n"),
      response("00000013", "text/html; charset=utf-8", Page("Counted kinds")),
      Record("WARC/1.1", "request", "00000014", uri + ".pdf", request_ct, "GET /k.pdf HTTP/1.1\r\n\r\n"),
      response("00000015", "application/pdf", "%PDF-1.4 not a page"),
      response("00000016", "application/json", "{\"not\": \"a page\"}"),
      Record("WARC/1.1", "resource", "00000017", uri + ".png", "image/png", "\x89PNG\r\n"),
      Record("WARC/1.1", "metadata", "00000018", uri, "application/warc-fields", "fetchTimeMs: 3\r\n"),
      Record("WARC/1.1", "conversion", "00000019", uri, "text/plain", "Counted kinds, as text"),
      Record("WARC/1.1", "", "00000020", uri, "text/plain", "a record without a type"),
  };
  const std::string path = Write("kinds.warc", Join(records));
  CliRun r = RunPith("-j2 --format jsonl " + path);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const std::vector<nlohmann::json> lines = JsonLines(r.out);
  ASSERT_EQ(lines.size(), 1u) << r.out;
  EXPECT_EQ(lines[0]["warc_record_id"], "<urn:uuid:00000013>");
  EXPECT_EQ(r.err, "pith: " + path + ": 10 records read: 1 extracted, 0 without content, 9 skipped "
                   "by type (1 conversion, 1 metadata, 2 requests, 1 resource (not HTML), "
                   "2 responses (not HTML), 1 untyped, 1 warcinfo), 0 failed\n");
}

TEST_F(CliWarcTest, AnArchiveWithoutPagesExitsOne) {
  const std::vector<std::string> parts = WarcioRecords();
  const std::string path = Write("nopages.warc", parts[0] + parts[1] + parts[4]);
  CliRun r = RunPith("--format json " + path);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(nlohmann::json::parse(r.out), nlohmann::json::array());
  EXPECT_NE(r.err.find("3 records read: 0 extracted, 0 without content, 3 skipped by type"),
            std::string::npos)
      << r.err;
}

}  // namespace
