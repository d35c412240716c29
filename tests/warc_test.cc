// WarcReader and ExtractRecord: archives written the way wget, warcio and
// Common Crawl (Heritrix-style) write them, whole and damaged.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "fetch/file.h"
#include "warc_files.h"
#include "pith/pith.h"
#include "pith/warc.h"
#include "sanitizer_scale.h"

namespace {

using Code = pith::Status::Code;

using pith::testing::Chunked;
using pith::testing::GzipEach;
using pith::testing::Join;
using pith::testing::kHttpCt;
using pith::testing::Page;
using pith::testing::Record;
using pith::testing::WarcioRecords;

std::vector<pith::WarcRecord> ReadAll(const std::string& bytes, pith::WarcOptions options = {}) {
  std::istringstream in(bytes);
  pith::WarcReader reader(in, options);
  std::vector<pith::WarcRecord> out;
  pith::WarcRecord r;
  while (reader.Next(&r)) out.push_back(r);
  return out;
}

TEST(WarcReaderTest, ReadsEveryRecordOfAPerRecordGzipArchive) {
  std::vector<std::uint64_t> offsets;
  const std::string file = GzipEach(WarcioRecords(), &offsets);
  const std::vector<pith::WarcRecord> records = ReadAll(file);
  ASSERT_EQ(records.size(), 7u);
  const char* types[] = {"warcinfo", "request", "response", "revisit", "metadata", "response",
                         "response"};
  for (std::size_t i = 0; i < records.size(); ++i) {
    SCOPED_TRACE(i);
    EXPECT_TRUE(records[i].status.ok()) << records[i].status.ToString();
    EXPECT_EQ(records[i].type, types[i]);
    EXPECT_EQ(records[i].version, "WARC/1.0");
    EXPECT_EQ(records[i].offset, offsets[i]);  // the member's offset, as a CDX index says
    EXPECT_EQ(records[i].record_id, "<urn:uuid:0000000" + std::to_string(i + 1) + ">");
    EXPECT_EQ(records[i].date, "2024-03-05T14:30:0" + std::to_string(i + 1) + "Z");
  }
  const pith::WarcRecord& page = records[2];
  EXPECT_EQ(page.target_uri, "http://example.org/a");
  EXPECT_EQ(page.content_type, kHttpCt);
  EXPECT_EQ(page.http_status, 200);
  EXPECT_EQ(page.http_content_type, "text/html; charset=utf-8");
  EXPECT_EQ(page.payload, Page("Chunked gzip story"));  // de-chunked and gunzipped
  EXPECT_EQ(page.Header("warc-payload-digest"), "sha1:AAAA");
  EXPECT_EQ(page.HttpHeaderValue("content-encoding"), "gzip");
  EXPECT_TRUE(page.IsHtmlResponse());

  EXPECT_EQ(records[0].payload, "software: warcio.py/1.7.4\r\nformat: WARC File Format 1.0\r\n");
  EXPECT_EQ(records[1].payload, "GET /a HTTP/1.1\r\nHost: example.org\r\n\r\n");
  EXPECT_FALSE(records[1].IsHtmlResponse());
  EXPECT_EQ(records[3].http_status, 200);  // a revisit keeps the response's headers
  EXPECT_EQ(records[3].http_content_type, "text/html");
  EXPECT_TRUE(records[3].payload.empty());
  EXPECT_FALSE(records[3].IsHtmlResponse());
  EXPECT_FALSE(records[4].IsHtmlResponse());
  EXPECT_EQ(records[5].http_content_type, "image/png");
  EXPECT_FALSE(records[5].IsHtmlResponse());
}

TEST(WarcReaderTest, PlainAndWholeFileGzipGiveTheSameRecords) {
  const std::string plain = Join(WarcioRecords());
  const std::vector<pith::WarcRecord> a = ReadAll(plain);
  const std::vector<pith::WarcRecord> b = ReadAll(pith::internal::Gzip(plain));
  ASSERT_EQ(a.size(), 7u);
  ASSERT_EQ(b.size(), 7u);
  std::uint64_t offset = 0;
  const std::vector<std::string> parts = WarcioRecords();
  for (std::size_t i = 0; i < a.size(); ++i) {
    SCOPED_TRACE(i);
    EXPECT_TRUE(a[i].status.ok());
    EXPECT_TRUE(b[i].status.ok());
    EXPECT_EQ(a[i].record_id, b[i].record_id);
    EXPECT_EQ(a[i].payload, b[i].payload);
    EXPECT_EQ(a[i].offset, offset);  // plain: the byte offset
    EXPECT_EQ(b[i].offset, offset);  // one member: the offset in the uncompressed data
    offset += parts[i].size();
  }
}

// Many records larger than the reader's buffers, in one gzip member, in a
// member each, and plain: the same records, whole.
TEST(WarcReaderTest, LargeRecordsAcrossBufferBoundaries) {
  std::vector<std::string> parts;
  std::string words;
  for (int i = 0; i < 4000; ++i) words += "word" + std::to_string(i * 7919 % 10007) + " ";
  for (int i = 0; i < 40; ++i) {
    const std::string page = Page(words.substr(0, 1000 + i * 3000));
    parts.push_back(Record("WARC/1.1", "response", "0000100" + std::to_string(i % 10),
                           "http://big.example/" + std::to_string(i), kHttpCt,
                           "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page));
  }
  const std::string plain = Join(parts);
  for (const std::string& file : {plain, pith::internal::Gzip(plain), GzipEach(parts, nullptr)}) {
    const std::vector<pith::WarcRecord> records = ReadAll(file);
    ASSERT_EQ(records.size(), parts.size());
    for (std::size_t i = 0; i < parts.size(); ++i) {
      ASSERT_TRUE(records[i].status.ok()) << i << " " << records[i].status.ToString();
      EXPECT_EQ(records[i].target_uri, "http://big.example/" + std::to_string(i));
      EXPECT_EQ(records[i].payload, Page(words.substr(0, 1000 + i * 3000)));
    }
  }
}

// Common Crawl: WARC/1.1 here, Content-Type with a space, the payload stored
// de-chunked although the original header said chunked; wget: WARC/1.0 with
// the <uri> form of the target.
TEST(WarcReaderTest, CommonCrawlAndWgetConventions) {
  const std::string body = Page("Stored de-chunked");
  const std::string cc = Record(
      "WARC/1.1", "response", "0000000a", "https://cc.example/x", kHttpCt,
      "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Crawler-Transfer-Encoding: chunked\r\n"
      "Transfer-Encoding: chunked\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body,
      "WARC-Identified-Payload-Type: text/html\r\n");
  const std::string wget = Record("WARC/1.0", "response", "0000000b", "<http://wget.example/>",
                                  "application/http;msgtype=response",
                                  "HTTP/1.0 404 Not Found\nContent-Type: text/html\n\n" + Page("Gone"));
  const std::vector<pith::WarcRecord> records = ReadAll(GzipEach({cc, wget}, nullptr));
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].version, "WARC/1.1");
  EXPECT_EQ(records[0].payload, body);  // "<html" is not a chunk size: kept as it is
  EXPECT_EQ(records[1].target_uri, "http://wget.example/");
  EXPECT_EQ(records[1].http_status, 404);
  EXPECT_EQ(records[1].payload, Page("Gone"));
}

TEST(WarcReaderTest, ExtractRecordPassesUrlAndCharset) {
  const std::vector<pith::WarcRecord> records = ReadAll(GzipEach(WarcioRecords(), nullptr));
  ASSERT_EQ(records.size(), 7u);
  pith::Result<pith::Article> a = pith::ExtractRecord(records[2]);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_TRUE(a->found);
  EXPECT_EQ(a->url, "http://example.org/a");
  EXPECT_EQ(a->warc_record_id, "<urn:uuid:00000003>");
  EXPECT_EQ(a->warc_date, "2024-03-05T14:30:03Z");
  EXPECT_EQ(a->warc_target_uri, "http://example.org/a");
  EXPECT_NE(a->text.find("Chunked gzip story"), std::string::npos);

  // The charset comes from the HTTP header only: the page has no <meta>.
  pith::Result<pith::Article> cyr = pith::ExtractRecord(records[6]);
  ASSERT_TRUE(cyr.ok());
  EXPECT_EQ(cyr->encoding, "windows-1251");
  EXPECT_NE(cyr->text.find("\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82 story"), std::string::npos);

  const std::string json = pith::RenderJson(*a);
  EXPECT_NE(json.find("\"warc_record_id\":\"<urn:uuid:00000003>\""), std::string::npos);
  EXPECT_NE(json.find("\"warc_target_uri\":\"http://example.org/a\""), std::string::npos);

  EXPECT_EQ(pith::ExtractRecord(records[1]).status().code(), Code::kUnsupportedType);  // request
  EXPECT_EQ(pith::ExtractRecord(records[3]).status().code(), Code::kUnsupportedType);  // revisit
  EXPECT_EQ(pith::ExtractRecord(records[5]).status().code(), Code::kUnsupportedType);  // image
}

// A record's own words (its type, its payload's type, its target URI) are
// the file's: messages quote them with their control bytes escaped.
TEST(WarcReaderTest, MessagesQuoteTheRecordsWordsEscaped) {
  pith::WarcRecord record;
  record.type = "meta\x1b[2Jdata";
  EXPECT_EQ(pith::ExtractRecord(record).status().message(),
            "a WARC meta\\x1b[2Jdata record holds no page");
  record.type = "response";
  record.http_content_type = "image/png\r\x1b[2J";
  EXPECT_EQ(pith::ExtractRecord(record).status().message(),
            "the record's payload is image/png\\r\\x1b[2J, not HTML");
  pith::Response response;
  response.url = "http://example.org/\x1b[2J";
  response.content_type = "application/pdf";
  EXPECT_EQ(pith::ExtractResponse(response).status().message(),
            "http://example.org/\\x1b[2J: application/pdf is not HTML");
  response.content_type = "text/html";
  response.body = std::string("\x7f" "ELF\x02\x01\x01", 7) + std::string(500, '\0');
  const pith::Status binary = pith::ExtractResponse(response).status();
  EXPECT_EQ(binary.code(), Code::kDecodeError);
  EXPECT_EQ(binary.message().rfind("http://example.org/\\x1b[2J: ", 0), 0u) << binary.message();
}

TEST(WarcReaderTest, ACorruptMemberInTheMiddleIsReportedAndReadingGoesOn) {
  std::vector<std::string> parts = WarcioRecords();
  std::vector<std::string> members;
  std::vector<std::uint64_t> offsets;
  std::uint64_t at = 0;
  for (const std::string& p : parts) {
    members.push_back(pith::internal::Gzip(p));
    offsets.push_back(at);
    at += members.back().size();
  }
  // Member 2 (the chunked response): its deflate data overwritten halfway.
  std::string& bad = members[2];
  for (std::size_t i = bad.size() / 2; i < bad.size() / 2 + 16; ++i) bad[i] = '\xff';
  const std::vector<pith::WarcRecord> records = ReadAll(Join(members));
  ASSERT_EQ(records.size(), 7u);
  EXPECT_FALSE(records[2].status.ok());
  EXPECT_EQ(records[2].status.code(), Code::kDecodeError);
  EXPECT_EQ(records[2].offset, offsets[2]);
  EXPECT_EQ(records[2].record_id, "<urn:uuid:00000003>");  // the header came through
  EXPECT_NE(records[2].status.message().find("gzip"), std::string::npos);
  for (std::size_t i : {0, 1, 3, 4, 5, 6}) {
    SCOPED_TRACE(i);
    EXPECT_TRUE(records[i].status.ok()) << records[i].status.ToString();
    EXPECT_EQ(records[i].offset, offsets[i]);
  }
  EXPECT_EQ(records[6].type, "response");
}

TEST(WarcReaderTest, GarbageBetweenRecordsIsOneDamagedRecord) {
  const std::vector<std::string> parts = WarcioRecords();
  const std::string plain = parts[0] + parts[1] + "this is not a record\r\nnor this\r\n" + parts[2];
  const std::vector<pith::WarcRecord> records = ReadAll(plain);
  ASSERT_EQ(records.size(), 4u);
  EXPECT_TRUE(records[1].status.ok());
  EXPECT_EQ(records[2].status.code(), Code::kDecodeError);
  EXPECT_TRUE(records[2].type.empty());
  EXPECT_EQ(records[2].offset, parts[0].size() + parts[1].size());
  EXPECT_NE(records[2].status.message().find("32 bytes"), std::string::npos)
      << records[2].status.message();
  EXPECT_TRUE(records[3].status.ok());
  EXPECT_EQ(records[3].record_id, "<urn:uuid:00000003>");
  // One stray byte is said so: "1 byte", not "1 bytes".
  const std::vector<pith::WarcRecord> one = ReadAll(parts[0] + parts[1] + "X" + parts[2]);
  ASSERT_EQ(one.size(), 4u);
  EXPECT_EQ(one[2].status.message(), "1 byte that is not a WARC record");

  // Between gzip members too.
  const std::string gz = pith::internal::Gzip(parts[0]) + "junk junk junk" +
                         pith::internal::Gzip(parts[2]);
  const std::vector<pith::WarcRecord> g = ReadAll(gz);
  ASSERT_EQ(g.size(), 3u);
  EXPECT_TRUE(g[0].status.ok());
  EXPECT_FALSE(g[1].status.ok());
  EXPECT_TRUE(g[2].status.ok());
  EXPECT_EQ(g[2].payload, Page("Chunked gzip story"));
}

// Damage in the gzip layer (bytes between members that are no gzip data,
// a tail of zeros a copy padded the file with, a member that inflates to
// nothing) is reported at its offset in the file, where the message says
// it is, as the records around it are: it was given in uncompressed bytes,
// an offset that points nowhere in the file (a seek there lands inside
// another member, or past the end).
TEST(WarcReaderTest, GzipLevelDamageIsReportedAtItsFileOffset) {
  const std::vector<std::string> parts = WarcioRecords();
  const std::string first = pith::internal::Gzip(parts[0]);
  const std::string last = pith::internal::Gzip(parts[2]);
  std::string dead = pith::internal::Gzip(parts[1]);
  for (std::size_t i = 10; i < dead.size(); ++i) dead[i] = '\xff';  // corrupt from its first block
  for (const std::string& damage : {std::string("junk junk junk"), dead}) {
    SCOPED_TRACE(damage.substr(0, 4));
    const std::vector<pith::WarcRecord> records = ReadAll(first + damage + last);
    ASSERT_EQ(records.size(), 3u);
    EXPECT_EQ(records[1].status.code(), Code::kDecodeError);
    EXPECT_EQ(records[1].offset, first.size());
    EXPECT_NE(records[1].status.message().find("offset " + std::to_string(first.size())),
              std::string::npos)
        << records[1].status.message();
    EXPECT_TRUE(records[2].status.ok());
    EXPECT_EQ(records[2].offset, first.size() + damage.size());
  }
  for (const std::string& file : {first + last, pith::internal::Gzip(parts[0] + parts[2])}) {
    const std::vector<pith::WarcRecord> records = ReadAll(file + std::string(512, '\0'));
    ASSERT_EQ(records.size(), 3u);
    EXPECT_TRUE(records[1].status.ok());
    EXPECT_EQ(records[2].status.code(), Code::kDecodeError);
    EXPECT_EQ(records[2].offset, file.size()) << records[2].status.message();
  }
}

// A gzip member of `mib` MiB of zeros: one compressed MiB written again and
// again (after a full flush deflate starts afresh, so each MiB compresses to
// the same bytes). Its trailer is not the data's: inflate reports it only
// after inflating all the rest.
std::string ZeroBomb(std::size_t mib) {
  z_stream zs{};
  EXPECT_EQ(deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY),
            Z_OK);
  std::string zeros(std::size_t{1} << 20, '\0');
  auto put = [&](int flush) {
    std::string out(std::size_t{1} << 16, '\0');
    zs.next_in = reinterpret_cast<Bytef*>(zeros.data());
    zs.avail_in = static_cast<uInt>(zeros.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    deflate(&zs, flush);
    out.resize(out.size() - zs.avail_out);
    return out;
  };
  std::string bomb = put(Z_FULL_FLUSH);
  const std::string mib_again = put(Z_FULL_FLUSH);
  EXPECT_EQ(put(Z_FULL_FLUSH), mib_again);
  for (std::size_t i = 3; i < mib; ++i) bomb += mib_again;
  bomb += put(Z_FINISH);
  deflateEnd(&zs);
  return bomb;
}

// A gzip bomb between records (a member of gigabytes of zeros, from a few
// megabytes) is inflated no further than a record may be: the rest of its
// member is skipped, reading goes on at the next member, and the damage
// says so. It was all inflated and searched for a record (2 GiB: 5.5 s of CPU),
// so a hostile or broken file held a batch for as long as its bombs took.
TEST(WarcReaderTest, AGzipBombIsInflatedNoFurtherThanTheRecordLimit) {
  const std::vector<std::string> parts = WarcioRecords();
  const std::string first = pith::internal::Gzip(parts[0]);
  const std::string bomb = ZeroBomb(2048);
  const std::string file = first + bomb + pith::internal::Gzip(parts[2]);
  pith::WarcOptions options;
  options.max_record_bytes = std::size_t{1} << 20;
  timespec start, end;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start);
  const std::vector<pith::WarcRecord> records = ReadAll(file, options);
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end);
  const double seconds = static_cast<double>(end.tv_sec - start.tv_sec) +
                         static_cast<double>(end.tv_nsec - start.tv_nsec) * 1e-9;
  ASSERT_EQ(records.size(), 3u);
  EXPECT_TRUE(records[0].status.ok());
  EXPECT_EQ(records[1].status.code(), Code::kDecodeError);
  EXPECT_EQ(records[1].offset, first.size());
  EXPECT_NE(records[1].status.message().find(
                "not a WARC record, and the rest of their gzip member, past 1 MiB, is not inflated "
                "(WarcOptions::max_record_bytes)"),
            std::string::npos)
      << records[1].status.message();
  EXPECT_TRUE(records[2].status.ok()) << records[2].status.ToString();
  EXPECT_EQ(records[2].offset, first.size() + bomb.size());
  EXPECT_EQ(records[2].payload, Page("Chunked gzip story"));
  EXPECT_LT(seconds, 2.0);

  // Garbage over the limit in many small members is no bomb: each member is
  // inflated, and the record in the member after them is found.
  std::string junk;
  for (int i = 0; i < 3000; ++i) {
    std::string lines;
    for (int j = 0; j < 40; ++j) lines += "junk line " + std::to_string(i * 40 + j) + "\n";
    junk += pith::internal::Gzip(lines);
  }
  const std::vector<pith::WarcRecord> many =
      ReadAll(first + junk + pith::internal::Gzip(parts[2]), options);
  ASSERT_EQ(many.size(), 3u);
  EXPECT_EQ(many[1].status.message().find("is not inflated"), std::string::npos)
      << many[1].status.message();
  EXPECT_TRUE(many[2].status.ok());
  EXPECT_EQ(many[2].offset, first.size() + junk.size());
}

TEST(WarcReaderTest, BadLengthsAreDamageAndTheNextRecordIsFound) {
  const std::vector<std::string> parts = WarcioRecords();
  auto with_length = [](std::string r, long delta) {
    const std::size_t at = r.find("Content-Length: ") + 16;
    const std::size_t end = r.find("\r\n", at);
    const long n = std::stol(r.substr(at, end - at)) + delta;
    return r.replace(at, end - at, std::to_string(n));
  };
  for (long delta : {-10L, +10L, +400L}) {
    SCOPED_TRACE(delta);
    const std::string plain = parts[0] + with_length(parts[1], delta) + parts[2] + parts[6];
    for (bool gzip : {false, true}) {
      SCOPED_TRACE(gzip);
      const std::string file =
          gzip ? GzipEach({parts[0], with_length(parts[1], delta), parts[2], parts[6]}, nullptr)
               : plain;
      const std::vector<pith::WarcRecord> records = ReadAll(file);
      ASSERT_EQ(records.size(), 4u);
      EXPECT_TRUE(records[0].status.ok());
      EXPECT_EQ(records[1].status.code(), Code::kDecodeError);
      EXPECT_EQ(records[1].record_id, "<urn:uuid:00000002>");
      EXPECT_NE(records[1].status.message().find("Content-Length"), std::string::npos);
      EXPECT_TRUE(records[2].status.ok()) << records[2].status.ToString();
      EXPECT_EQ(records[2].record_id, "<urn:uuid:00000003>");
      EXPECT_EQ(records[2].payload, Page("Chunked gzip story"));
      EXPECT_TRUE(records[3].status.ok());
    }
  }
  // No Content-Length at all.
  std::string none = parts[1];
  none.erase(none.find("Content-Length: "), none.find("\r\n", none.find("Content-Length: ")) + 2 -
                                                none.find("Content-Length: "));
  const std::vector<pith::WarcRecord> records = ReadAll(parts[0] + none + parts[2]);
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[1].status.code(), Code::kDecodeError);
  EXPECT_TRUE(records[2].status.ok());
}

// A Content-Length that runs past the end of the file (by a little, or
// beyond the record limit) is a wrong length as much as a file cut short:
// the records it would swallow are all there, and are read. They were
// lost: the reader took the rest of the file as the block and stopped.
TEST(WarcReaderTest, ALengthPastTheEndOfTheFileLosesNoRecordAfterIt) {
  const std::vector<std::string> parts = WarcioRecords();
  for (const char* length : {"100000", "1000000000000"}) {
    SCOPED_TRACE(length);
    std::string bad = parts[1];
    const std::size_t at = bad.find("Content-Length: ") + 16;
    bad.replace(at, bad.find("\r\n", at) - at, length);
    for (bool gzip : {false, true}) {
      SCOPED_TRACE(gzip);
      const std::vector<std::string> in = {parts[0], bad, parts[2], parts[5], parts[6]};
      const std::vector<pith::WarcRecord> records = ReadAll(gzip ? GzipEach(in, nullptr) : Join(in));
      ASSERT_EQ(records.size(), 5u);
      EXPECT_EQ(records[1].status.code(), Code::kDecodeError);
      EXPECT_NE(records[1].status.message().find("Content-Length is wrong"), std::string::npos)
          << records[1].status.message();
      for (std::size_t i : {0, 2, 3, 4}) EXPECT_TRUE(records[i].status.ok()) << i;
      EXPECT_EQ(records[2].payload, Page("Chunked gzip story"));
      EXPECT_EQ(records[4].record_id, "<urn:uuid:00000007>");
    }
  }
}

// A length too large to keep (over max_record_bytes), and wrong: a block
// that long cannot be looked past before it is read past, so a record
// starting inside it ends it. The rest of the file went with it, read past
// as its block: 200 records read of 1,199 in a file with
// "Content-Length: 10000000000000" at its 200th.
TEST(WarcReaderTest, AHugeWrongLengthDoesNotReadPastTheRecordsAfterIt) {
  const std::vector<std::string> parts = WarcioRecords();
  pith::WarcOptions small;
  small.max_header_bytes = 1024;  // the part of a too large block kept
  small.max_record_bytes = 4096;
  std::string bad = Record("WARC/1.1", "resource", "0000000b", "http://example.org/big", "text/plain",
                           std::string(3000, 'x'));  // the next record starts past the part kept
  const std::size_t at = bad.find("Content-Length: ") + 16;
  bad.replace(at, bad.find("\r\n", at) - at, "10000000000000");
  std::vector<std::string> in = {parts[0], bad};
  for (int i = 0; i < 20; ++i) in.push_back(parts[2]);
  // A block too large, and right: read past, the next record read.
  const std::string large = Record("WARC/1.1", "resource", "0000000c", "http://example.org/large",
                                   "text/plain", std::string(10000, 'y'));
  in.push_back(large);
  in.push_back(parts[6]);
  for (bool gzip : {false, true}) {
    SCOPED_TRACE(gzip);
    const std::vector<pith::WarcRecord> records = ReadAll(gzip ? GzipEach(in, nullptr) : Join(in), small);
    ASSERT_EQ(records.size(), 24u);
    EXPECT_TRUE(records[0].status.ok());
    EXPECT_EQ(records[1].status.code(), Code::kDecodeError);
    EXPECT_NE(records[1].status.message().find("another record starts 3004 bytes into its block"),
              std::string::npos) << records[1].status.message();
    for (std::size_t i = 2; i < 22; ++i) {
      EXPECT_TRUE(records[i].status.ok()) << i;
      EXPECT_EQ(records[i].record_id, "<urn:uuid:00000003>") << i;
    }
    EXPECT_EQ(records[22].status.code(), Code::kTooLarge);
    EXPECT_EQ(records[22].record_id, "<urn:uuid:0000000c>");
    EXPECT_TRUE(records[23].status.ok());
  }
}

// Records whose Content-Lengths each reach megabytes past their end, one
// after the other: each is found wrong by looking where it says it ends,
// without copying its block and reading it again for the next record. A
// 32 MB file of them took 75 s to read (|records| times the length), and
// lost the records of its last 8 MB; now 0.3 s.
TEST(WarcReaderTest, ManyWrongLengthsInARowAreReadInLinearTime) {
  using pith::testing::kScale;
  const std::string block = "HTTP/1.1 200 OK\r\n\r\n" + std::string(700, 'x');
  auto record = [&](std::size_t length) {
    char head[128];
    std::snprintf(head, sizeof head, "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: %09zu\r\n\r\n",
                  length);
    return head + block + "\r\n\r\n";
  };
  const std::size_t size = record(0).size();
  // Each claims 4 MB and 100 bytes more, which ends inside a later block.
  const std::size_t claim = (std::size_t{4} << 20) / kScale / size * size + 100;
  const std::size_t n = (std::size_t{12} << 20) / kScale / size;
  std::string file;
  for (std::size_t i = 0; i < n; ++i) file += record(claim);
  timespec start, end;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start);
  const std::vector<pith::WarcRecord> records = ReadAll(file);
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end);
  const double seconds = static_cast<double>(end.tv_sec - start.tv_sec) +
                         static_cast<double>(end.tv_nsec - start.tv_nsec) * 1e-9;
  ASSERT_EQ(records.size(), n);
  for (const pith::WarcRecord& r : records) ASSERT_EQ(r.status.code(), Code::kDecodeError);
  EXPECT_LT(seconds, 3.0);
}

// A record cut short in the middle of a file (a writer that died and
// another that appended after it), or garbage, ends in the middle of a
// line, so the next record's version line does not open one: it is found
// all the same. It was lost with the damage before it, in plain files and
// in files gzipped whole.
TEST(WarcReaderTest, ARecordRightAfterACutShortOneIsFound) {
  const std::vector<std::string> parts = WarcioRecords();
  for (const std::string& damage : {parts[1].substr(0, parts[1].size() / 2),  // in its header
                                    parts[5].substr(0, parts[5].size() - 30),  // in its block
                                    std::string("junk without a line end")}) {
    SCOPED_TRACE(damage);
    const std::string plain = parts[0] + damage + parts[2] + parts[6];
    for (const std::string& file : {plain, pith::internal::Gzip(plain)}) {
      const std::vector<pith::WarcRecord> records = ReadAll(file);
      ASSERT_EQ(records.size(), 4u);
      EXPECT_TRUE(records[0].status.ok());
      EXPECT_EQ(records[1].status.code(), Code::kDecodeError);
      EXPECT_TRUE(records[2].status.ok()) << records[2].status.ToString();
      EXPECT_EQ(records[2].record_id, "<urn:uuid:00000003>");
      EXPECT_EQ(records[2].payload, Page("Chunked gzip story"));
      EXPECT_TRUE(records[3].status.ok());
    }
  }
}

// A header value may end in a version ("http://e.org/docs/WARC/1.1"): it
// is no record starting inside the header, so the record is read whole,
// in plain files and gzipped whole. 468fd07's cut took it for one: the
// record failed ("the WARC header block is cut short") and its page was
// lost, and a record of no type was counted.
TEST(WarcReaderTest, AValueEndingInAVersionIsNoRecordStart) {
  std::string plain;
  for (const std::string uri : {"http://e.org/a", "http://e.org/docs/WARC/1.1", "http://e.org/WARC/1.0"}) {
    const std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + Page("Story at " + uri);
    plain += Record("WARC/1.1", "response", "0000000" + std::to_string(plain.size() % 10), uri,
                    "application/http; msgtype=response", http);
  }
  // The address before the date, as some writers order the fields.
  const std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + Page("Last story");
  plain += "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000009>\r\n"
           "WARC-Target-URI: http://e.org/spec/WARC/1.0\r\nWARC-Date: 2024-03-05T14:30:09Z\r\n"
           "Content-Type: application/http; msgtype=response\r\nContent-Length: " +
           std::to_string(http.size()) + "\r\n\r\n" + http + "\r\n\r\n";
  for (const std::string& file : {plain, pith::internal::Gzip(plain)}) {
    const std::vector<pith::WarcRecord> records = ReadAll(file);
    ASSERT_EQ(records.size(), 4u);
    for (const pith::WarcRecord& r : records) {
      EXPECT_TRUE(r.status.ok()) << r.target_uri << ": " << r.status.ToString();
      EXPECT_EQ(r.type, "response");
    }
    EXPECT_EQ(records[1].target_uri, "http://e.org/docs/WARC/1.1");
    EXPECT_EQ(records[2].target_uri, "http://e.org/WARC/1.0");
    EXPECT_EQ(records[3].target_uri, "http://e.org/spec/WARC/1.0");
  }
}

// Heritrix 1.x wrote WARC/0.17 and WARC/0.18 (the drafts before ISO
// 28500), with the fields of WARC/1.0. Their records are read, and after
// damage (a record cut short in its header or its block, junk, a length
// grown past the end of the file) the next one is found as a WARC/1.x
// record is: the search for the next record looked for "WARC/1." only, so
// every record after the damage was lost with it.
TEST(WarcReaderTest, DraftVersionRecordsAreFoundAfterDamage) {
  for (const std::string version : {"WARC/0.17", "WARC/0.18"}) {
    SCOPED_TRACE(version);
    std::vector<std::string> parts;
    for (const std::string words :
         {"First draft story", "Second draft story", "Third draft story"}) {
      parts.push_back(Record(version, "response", "0000000" + std::to_string(parts.size() + 1),
                             "http://e.org/" + std::to_string(parts.size() + 1), kHttpCt,
                             "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + Page(words)));
    }
    std::string grown = parts[1];
    grown.insert(grown.find("Content-Length: ") + 16, "99999");
    for (const std::string& damage : {parts[1].substr(0, 60),                    // in its header
                                      parts[1].substr(0, parts[1].size() - 40),  // in its block
                                      std::string("junk without a line end"), grown}) {
      SCOPED_TRACE(damage.substr(0, 40));
      const std::string plain = parts[0] + damage + parts[2];
      for (const std::string& file : {plain, pith::internal::Gzip(plain)}) {
        const std::vector<pith::WarcRecord> records = ReadAll(file);
        ASSERT_EQ(records.size(), 3u);
        EXPECT_TRUE(records[0].status.ok()) << records[0].status.ToString();
        EXPECT_EQ(records[0].version, version);
        EXPECT_EQ(records[1].status.code(), Code::kDecodeError);
        EXPECT_TRUE(records[2].status.ok()) << records[2].status.ToString();
        EXPECT_EQ(records[2].version, version);
        EXPECT_EQ(records[2].record_id, "<urn:uuid:00000003>");
        EXPECT_EQ(records[2].offset, parts[0].size() + damage.size());
        EXPECT_EQ(records[2].payload, Page("Third draft story"));
      }
    }
  }
}

// An archiver that stops a download at its size limit stores the gzip
// stream as far as it came ("WARC-Truncated: length"), as Heritrix and wget
// do: the payload is what that much inflates to, as a browser would show it
// and as a deflate or chunked stream cut short already was. The page was
// lost ("the record's HTTP body: truncated gzip data").
TEST(WarcReaderTest, ATruncatedGzipPayloadKeepsWhatArrived) {
  std::string story = "<html><head><title>Truncated story</title></head><body><article>";
  for (int i = 0; i < 40; ++i) {
    story += "<p>Paragraph " + std::to_string(i) +
             " of the truncated story, long enough with its several clauses to be kept as a "
             "part of the article that this page holds.</p>";
  }
  const std::string page = story + "</article></body></html>";
  const std::string gz = pith::internal::Gzip(page);
  const std::string cut = gz.substr(0, gz.size() * 2 / 3);
  const std::string head =
      "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n";
  for (const std::string& block :
       {head + "\r\n" + cut, head + "Transfer-Encoding: chunked\r\n\r\n" +
                                 Chunked(cut).substr(0, Chunked(cut).size() - 5)}) {
    const std::string record = Record("WARC/1.0", "response", "0000000t", "http://e.org/t", kHttpCt,
                                      block, "WARC-Truncated: length\r\n");
    const std::vector<pith::WarcRecord> records = ReadAll(record + WarcioRecords()[6]);
    ASSERT_EQ(records.size(), 2u);
    ASSERT_TRUE(records[0].status.ok()) << records[0].status.ToString();
    EXPECT_FALSE(records[0].payload.empty());
    EXPECT_LT(records[0].payload.size(), page.size());
    EXPECT_EQ(records[0].payload, page.substr(0, records[0].payload.size()));
    pith::Result<pith::Article> article = pith::ExtractRecord(records[0]);
    ASSERT_TRUE(article.ok()) << article.status().ToString();
    EXPECT_NE(article->text.find("Paragraph 1 of the truncated story"), std::string::npos);
    EXPECT_TRUE(records[1].status.ok());
  }
  // Corrupt data is still damage.
  std::string corrupt = gz;
  for (std::size_t i = 20; i < 40; ++i) corrupt[i] = '\xff';
  const std::vector<pith::WarcRecord> records = ReadAll(Record(
      "WARC/1.0", "response", "0000000c", "http://e.org/c", kHttpCt, head + "\r\n" + corrupt));
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].status.code(), Code::kDecodeError);
}

// Transfer and content coding names are case-insensitive (RFC 9112 7,
// RFC 9110 8.4.1): "Transfer-Encoding: Chunked" is undone as "chunked" is.
// It was kept, so the chunk sizes stayed in the payload and a gzip body
// under them was never inflated: the page was binary noise, reported OK.
TEST(WarcReaderTest, CodingNamesAreCaseInsensitive) {
  const std::string page = Page("Capitalised coding story");
  for (const std::string te : {"Chunked", "CHUNKED"}) {
    for (const std::string ce : {"", "GZip"}) {
      SCOPED_TRACE(te + " / " + ce);
      const std::string body = ce.empty() ? page : pith::internal::Gzip(page);
      const std::string http =
          "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: " + te + "\r\n" +
          (ce.empty() ? "" : "Content-Encoding: " + ce + "\r\n") + "\r\n" + Chunked(body);
      const std::vector<pith::WarcRecord> records =
          ReadAll(Record("WARC/1.1", "response", "0000000k", "http://e.org/k", kHttpCt, http));
      ASSERT_EQ(records.size(), 1u);
      ASSERT_TRUE(records[0].status.ok()) << records[0].status.ToString();
      EXPECT_EQ(records[0].payload, page);
    }
  }
}

TEST(WarcReaderTest, AnHttpBlockThatDoesNotParseIsDamage) {
  const std::vector<std::string> parts = WarcioRecords();
  const std::string broken = Record("WARC/1.1", "response", "0000000c", "http://example.org/c",
                                    kHttpCt, "this is no HTTP response at all");
  const std::vector<pith::WarcRecord> records = ReadAll(GzipEach({broken, parts[6]}, nullptr));
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].status.code(), Code::kDecodeError);
  EXPECT_EQ(records[0].record_id, "<urn:uuid:0000000c>");
  EXPECT_EQ(records[0].target_uri, "http://example.org/c");
  EXPECT_EQ(pith::ExtractRecord(records[0]).status().code(), Code::kDecodeError);
  EXPECT_TRUE(records[1].status.ok());
}

TEST(WarcReaderTest, ATruncatedFileKeepsEverythingBeforeTheLastRecord) {
  const std::vector<std::string> parts = WarcioRecords();
  std::vector<std::uint64_t> offsets;
  const std::string gz = GzipEach(parts, &offsets);
  const std::string plain = Join(parts);
  for (const std::string& file : {gz.substr(0, offsets[6] + (gz.size() - offsets[6]) / 2),
                                  plain.substr(0, plain.size() - 100),
                                  plain.substr(0, plain.size() - parts[6].size() + 20)}) {
    const std::vector<pith::WarcRecord> records = ReadAll(file);
    ASSERT_EQ(records.size(), 7u);
    for (std::size_t i = 0; i < 6; ++i) EXPECT_TRUE(records[i].status.ok()) << i;
    EXPECT_EQ(records[6].status.code(), Code::kDecodeError);
    EXPECT_NE(records[6].status.message().find("trunc"), std::string::npos)
        << records[6].status.message();
  }
}

TEST(WarcReaderTest, LimitsBoundHeadersAndRecords) {
  const std::vector<std::string> parts = WarcioRecords();
  pith::WarcOptions small;
  small.max_record_bytes = 200;  // the chunked response's block is larger
  const std::vector<pith::WarcRecord> records = ReadAll(Join(parts), small);
  ASSERT_EQ(records.size(), 7u);
  EXPECT_EQ(records[2].status.code(), Code::kTooLarge);
  ASSERT_LT(records[2].content_length, 1024u);
  EXPECT_EQ(records[2].status.message(),
            "the record's block is " + std::to_string(records[2].content_length) +
                " bytes, over the limit of 200 bytes (WarcOptions::max_record_bytes)");
  EXPECT_EQ(records[2].http_content_type, "text/html; charset=utf-8");  // headers still read
  EXPECT_TRUE(records[2].payload.empty());
  EXPECT_TRUE(records[3].status.ok());

  // A gzip-encoded body within the record's limit that inflates past it.
  const std::string bomb =
      Record("WARC/1.1", "response", "00000008", "http://example.org/z", kHttpCt,
             "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
             "Content-Encoding: gzip\r\n\r\n" +
                 pith::internal::Gzip(std::string(100000, ' ')));
  pith::WarcOptions tight;
  tight.max_record_bytes = 4096;
  const std::vector<pith::WarcRecord> z = ReadAll(bomb, tight);
  ASSERT_EQ(z.size(), 1u);
  EXPECT_EQ(z[0].status.code(), Code::kTooLarge);
  EXPECT_EQ(z[0].status.message(),
            "the record's HTTP body: gzip data inflates to more than 4 KiB "
            "(WarcOptions::max_record_bytes)");

  const std::string huge_header = "WARC/1.1\r\nWARC-Type: response\r\nX-Pad: " +
                                  std::string(300000, 'a') + "\r\nContent-Length: 0\r\n\r\n";
  const std::vector<pith::WarcRecord> h = ReadAll(huge_header + parts[6]);
  ASSERT_EQ(h.size(), 2u);
  EXPECT_EQ(h[0].status.code(), Code::kDecodeError);
  EXPECT_EQ(h[0].status.message(),
            "the WARC header block is longer than 256 KiB (WarcOptions::max_header_bytes)");
  EXPECT_TRUE(h[1].status.ok());
  EXPECT_EQ(h[1].record_id, "<urn:uuid:00000007>");

  // Named as the caller names them (WarcOptions::option_name).
  small.option_name = tight.option_name = [](std::string_view option) {
    return option == "WarcOptions::max_record_bytes" ? "--max-input" : std::string(option);
  };
  EXPECT_EQ(ReadAll(Join(parts), small)[2].status.message(),
            "the record's block is " + std::to_string(records[2].content_length) +
                " bytes, over the limit of 200 bytes (--max-input)");
  EXPECT_EQ(ReadAll(bomb, tight)[0].status.message(),
            "the record's HTTP body: gzip data inflates to more than 4 KiB (--max-input)");
}

TEST(WarcReaderTest, OpenReadsAFileAndNamesWhatFails) {
  char tmpl[] = "/tmp/pith-warc-XXXXXX";
  const std::string dir = mkdtemp(tmpl);
  const std::string path = dir + "/crawl.warc.gz";
  std::ofstream(path, std::ios::binary) << GzipEach(WarcioRecords(), nullptr);
  pith::Result<pith::WarcReader> reader = pith::WarcReader::Open(path);
  ASSERT_TRUE(reader.ok());
  pith::WarcRecord r;
  int n = 0;
  while (reader->Next(&r)) ++n;
  EXPECT_EQ(n, 7);
  EXPECT_EQ(reader->bytes_read(), std::filesystem::file_size(path));
  EXPECT_FALSE(reader->Next(&r));  // stays at the end

  const pith::Status missing = pith::WarcReader::Open(dir + "/missing.warc").status();
  EXPECT_EQ(missing.code(), Code::kIoError);
  EXPECT_EQ(missing.error_number(), ENOENT);
  EXPECT_EQ(missing.path(), dir + "/missing.warc");
  EXPECT_EQ(pith::WarcReader::Open(dir).status().code(), Code::kIoError);
  EXPECT_EQ(pith::WarcReader::Open(dir).status().error_number(), EISDIR);
  // Not a regular file: refused as ExtractFile() refuses it, in the same
  // words, not read as an archive without records (a device) nor waited on
  // (a FIFO with no writer, whose open would block).
  const std::string fifo = dir + "/pipe.warc";
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  for (const std::string& name : {std::string("/dev/null"), fifo}) {
    const pith::Status refused = pith::WarcReader::Open(name).status();
    EXPECT_EQ(refused.code(), Code::kIoError) << name;
    EXPECT_EQ(refused.message(), name + " is not a regular file");
    EXPECT_EQ(refused.message(), pith::ExtractFile(name).status().message());
  }
  std::filesystem::remove_all(dir);

  EXPECT_TRUE(pith::LooksLikeWarc(GzipEach(WarcioRecords(), nullptr).substr(0, 100)));
  EXPECT_TRUE(pith::LooksLikeWarc("WARC/1.1\r\n"));
  EXPECT_FALSE(pith::LooksLikeWarc("<html>"));
  EXPECT_FALSE(pith::LooksLikeWarc(pith::internal::Gzip("<html>")));
}

// A real archive: wget 1.21.3 (`wget -r -l1 --warc-file=wget-crawl`) over a
// local server holding an index page, fixtures/seed-001-jnews as story.html,
// and a PNG, with no robots.txt (a 404 page). WARC/1.0, a gzip member per
// record, <uri> targets, its log and manifest as metadata and resource.
TEST(WarcReaderTest, ReadsAnArchiveWgetWrote) {
  pith::Result<pith::WarcReader> reader =
      pith::WarcReader::Open(std::string(PITH_SOURCE_DIR) + "/tests/data/wget-crawl.warc.gz");
  ASSERT_TRUE(reader.ok());
  std::vector<pith::WarcRecord> records;
  for (pith::WarcRecord r; reader->Next(&r);) records.push_back(r);
  ASSERT_EQ(records.size(), 11u);
  const char* types[] = {"warcinfo", "request", "response", "request", "response", "request",
                         "response", "request", "response", "metadata", "resource"};
  std::uint64_t last = 0;
  for (std::size_t i = 0; i < records.size(); ++i) {
    SCOPED_TRACE(i);
    EXPECT_TRUE(records[i].status.ok()) << records[i].status.ToString();
    EXPECT_EQ(records[i].type, types[i]);
    EXPECT_EQ(records[i].version, "WARC/1.0");
    EXPECT_EQ(records[i].record_id.rfind("<urn:uuid:", 0), 0u);
    EXPECT_EQ(records[i].date.substr(0, 2), "20");
    if (i > 0) {
      EXPECT_GT(records[i].offset, last);
    }
    last = records[i].offset;
  }
  EXPECT_EQ(records[0].offset, 0u);
  EXPECT_EQ(records[2].target_uri, "http://127.0.0.1:18765/index.html");
  EXPECT_EQ(records[2].http_status, 200);
  EXPECT_EQ(records[4].target_uri, "http://127.0.0.1:18765/robots.txt");
  EXPECT_EQ(records[4].http_status, 404);
  EXPECT_EQ(records[8].http_content_type, "image/png");
  EXPECT_FALSE(records[8].IsHtmlResponse());

  const pith::WarcRecord& story = records[6];
  EXPECT_EQ(story.target_uri, "http://127.0.0.1:18765/story.html");
  EXPECT_EQ(story.http_status, 200);
  EXPECT_EQ(story.http_content_type, "text/html");
  const std::string fixture = std::string(PITH_FIXTURES_DIR) + "/seed-001-jnews/source.html";
  EXPECT_EQ(story.payload, *pith::internal::ReadFileBytes(fixture, 1 << 20));
  pith::Result<pith::Article> from_record = pith::ExtractRecord(story);
  pith::Result<pith::Article> from_file = pith::ExtractFile(fixture);
  ASSERT_TRUE(from_record.ok() && from_file.ok());
  EXPECT_EQ(from_record->text, from_file->text);
  EXPECT_EQ(from_record->url, "http://127.0.0.1:18765/story.html");
}

// ExtractFile frees its copy of the file as soon as it is inflated,
// unwrapped or decoded: the page reads the same bare, gzipped, in a WARC
// record and in a gzipped one, as Extract() reads it from the bytes.
TEST(WarcReaderTest, ExtractFileReadsAPageBareGzippedAndInARecordAlike) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("pith_wrapped_" + std::to_string(getpid()));
  fs::create_directories(dir);
  const std::string page = Page("Wrapped four ways");
  const std::string record =
      Record("WARC/1.0", "response", "00000001", "http://example.org/w", kHttpCt,
             "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page);
  const std::pair<const char*, std::string> files[] = {
      {"page.html", page},
      {"page.html.gz", GzipEach({page}, nullptr)},
      {"page.warc", record},
      {"page.warc.gz", GzipEach({record}, nullptr)},
  };
  const pith::Result<pith::Article> want = pith::Extract(page);
  ASSERT_TRUE(want.ok());
  ASSERT_NE(want->text.find("Wrapped four ways"), std::string::npos);
  for (const auto& [name, bytes] : files) {
    const std::string path = (dir / name).string();
    std::ofstream(path, std::ios::binary) << bytes;
    const pith::Result<pith::Article> got = pith::ExtractFile(path);
    ASSERT_TRUE(got.ok()) << name << ": " << got.status().ToString();
    EXPECT_EQ(got->text, want->text) << name;
    EXPECT_EQ(got->url, std::string(name).find(".warc") != std::string::npos
                            ? "http://example.org/w" : path) << name;
  }
  fs::remove_all(dir);
}

TEST(WarcReaderTest, EmptyAndTinyInputs) {
  EXPECT_TRUE(ReadAll("").empty());
  EXPECT_TRUE(ReadAll("\r\n\r\n").empty());
  const std::vector<pith::WarcRecord> w = ReadAll("WARC/");
  ASSERT_EQ(w.size(), 1u);
  EXPECT_FALSE(w[0].status.ok());
  const std::vector<pith::WarcRecord> g = ReadAll(std::string("\x1f\x8b", 2));
  ASSERT_EQ(g.size(), 1u);
  EXPECT_FALSE(g[0].status.ok());
}

}  // namespace
