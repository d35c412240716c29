// Stage 1, fetch from disk: files and gzip with caps.
#include "fetch/file.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "pith/pith.h"
#include "pith/warc.h"

namespace pith::internal {
namespace {

std::string Gzip(const std::string& data) {
  z_stream zs{};
  deflateInit2(&zs, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, data.size()) + 32, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

class TempDir {
 public:
  TempDir() {
    char tmpl[] = "/tmp/pith-test-XXXXXX";
    path_ = mkdtemp(tmpl);
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  std::string Write(const std::string& name, const std::string& bytes) const {
    std::string p = path_ + "/" + name;
    std::ofstream(p, std::ios::binary) << bytes;
    return p;
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

TEST(GunzipTest, RoundTripsAndConcatenatesMembers) {
  EXPECT_TRUE(IsGzip(Gzip("x")));
  EXPECT_FALSE(IsGzip("<html>"));
  auto r = Gunzip(Gzip("<p>one</p>") + Gzip("<p>two</p>"), 1 << 20);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(*r, "<p>one</p><p>two</p>");
}

TEST(GunzipTest, StopsAtTheSizeLimit) {
  const std::string bomb = Gzip(std::string(8 << 20, 'a'));  // 8 MiB of 'a', a few KB packed
  ASSERT_LT(bomb.size(), 64u << 10);
  auto r = Gunzip(bomb, 1 << 20);
  EXPECT_EQ(r.status().code(), Status::Code::kTooLarge);
  EXPECT_EQ(r.status().message(), "gzip data inflates to more than 1 MiB");
  // The message names the option the caller's limit comes from.
  EXPECT_EQ(Gunzip(bomb, 1 << 20, "WarcOptions::max_record_bytes").status().message(),
            "gzip data inflates to more than 1 MiB (WarcOptions::max_record_bytes)");
  const std::string deflated =
      Gzip(std::string(8 << 20, 'a')).substr(10);  // raw deflate and trailer
  const Status raw = InflateDeflate(deflated, 1 << 20, "WarcOptions::max_record_bytes").status();
  EXPECT_EQ(raw.code(), Status::Code::kTooLarge);
  EXPECT_EQ(raw.message(),
            "deflate data inflates to more than 1 MiB (WarcOptions::max_record_bytes)");
}

TEST(GunzipTest, ReportsTruncatedAndCorruptStreams) {
  std::string gz = Gzip(std::string(10000, 'x') + "tail");
  EXPECT_EQ(Gunzip(gz.substr(0, gz.size() / 2), 1 << 20).status().code(),
            Status::Code::kDecodeError);
  std::string corrupt = gz;
  corrupt[12] ^= 0x55;
  corrupt[13] ^= 0x55;
  EXPECT_FALSE(Gunzip(corrupt, 1 << 20).ok());
}

TEST(ReadFileBytesTest, ReadsAndRefuses) {
  TempDir dir;
  std::string p = dir.Write("a.html", "<p>hi</p>");
  auto r = ReadFileBytes(p, 100);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, "<p>hi</p>");
  const Status over = ReadFileBytes(p, 4).status();
  EXPECT_EQ(over.code(), Status::Code::kTooLarge);
  // The sizes as a person reads them (was "0.0 MiB, over the limit of 0.0 MiB").
  EXPECT_EQ(over.message(), p + " is 9 bytes, over the limit of 4 bytes");
  EXPECT_EQ(ReadFileBytes(p, 4, "ExtractOptions::max_input_bytes").status().message(),
            p + " is 9 bytes, over the limit of 4 bytes (ExtractOptions::max_input_bytes)");
  // The system's errno and the file come with the status (Python raises
  // FileNotFoundError, IsADirectoryError... from them).
  const std::string missing = dir.path() + "/missing.html";
  const Status gone = ReadFileBytes(missing, 100).status();
  EXPECT_EQ(gone.code(), Status::Code::kIoError);
  EXPECT_EQ(gone.error_number(), ENOENT);
  EXPECT_EQ(gone.path(), missing);
  EXPECT_EQ(gone.message(), "cannot open " + missing + ": " + std::strerror(ENOENT));
  const Status context = gone.WithContext("page 3");
  EXPECT_EQ(context.error_number(), ENOENT);
  EXPECT_EQ(context.path(), missing);
  EXPECT_EQ(context.message(), "page 3: " + gone.message());
  auto d = ReadFileBytes(dir.path(), 100);
  EXPECT_EQ(d.status().code(), Status::Code::kIoError);
  EXPECT_NE(d.status().message().find("directory"), std::string::npos);
  EXPECT_EQ(d.status().error_number(), EISDIR);
  EXPECT_EQ(d.status().path(), dir.path());
  EXPECT_EQ(Status::TooLarge("x").error_number(), 0);
  EXPECT_EQ(Status::IoError("x").error_number(), 0);
  // A NUL in the name, where the C library would read it as ending: not the
  // file before it, nor a WARC read from it.
  const Status nul = ReadFileBytes(p + std::string("\0.txt", 5), 100).status();
  EXPECT_EQ(nul.code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(nul.message(), p + "\\0.txt: a file name must not hold a NUL byte");
  EXPECT_EQ(pith::ExtractFile(p + std::string("\0", 1)).status().code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(pith::WarcReader::Open(p + std::string("\0", 1)).status().code(),
            Status::Code::kInvalidArgument);
  // An empty name: the system's ENOENT, said in words rather than as an
  // empty name in "cannot open : No such file or directory".
  for (const Status& empty : {ReadFileBytes("", 100).status(), pith::ExtractFile("").status(),
                              pith::WarcReader::Open("").status()}) {
    EXPECT_EQ(empty.code(), Status::Code::kIoError);
    EXPECT_EQ(empty.error_number(), ENOENT);
    EXPECT_EQ(empty.message(), "an empty file name names no file");
  }
  // A page that fails is named by its path, control bytes escaped.
  const std::string binary =
      dir.Write("bin\nary.html", std::string("\x7f" "ELF\x02\x01\x01", 7) + std::string(500, '\0'));
  const Status refused = pith::ExtractFile(binary).status();
  EXPECT_EQ(refused.code(), Status::Code::kDecodeError);
  EXPECT_EQ(refused.message().rfind(dir.path() + "/bin\\nary.html: ", 0), 0u) << refused.message();
  auto empty = ReadFileBytes(dir.Write("empty.html", ""), 100);
  ASSERT_TRUE(empty.ok());
  EXPECT_EQ(*empty, "");
}

// The Content-Type a caller gives is judged by IsHtmlContentType(), the rule
// downloads and WARC records are: a body of another type is refused,
// unread, with its type named; a page type (or none) extracts the page as
// if no type had been given.
TEST(ExtractContentTypeTest, ABodyThatIsNoPageIsRefusedWithItsType) {
  const std::string page =
      "<html><head><title>Ferry</title></head><body><article><p>The harbour reopened on Monday "
      "after a week of repairs, and the first ferry left on time.</p></article></body></html>";
  const Result<Article> plain = pith::Extract(page);
  ASSERT_TRUE(plain.ok());
  ASSERT_FALSE(plain->text.empty());
  for (const char* type :
       {"text/html", "Text/HTML; charset=utf-8", "application/xhtml+xml", "", "; charset=utf-8",
        "html", "unknown/unknown", "application/unknown", "*/*"}) {
    SCOPED_TRACE(type);
    EXPECT_TRUE(pith::IsHtmlContentType(type));
    const Result<Article> a = pith::Extract(page, {}, PageInfo{"", type});
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    EXPECT_EQ(a->text, plain->text);
  }
  const struct {
    const char* type;
    std::string message;
  } refused[] = {
      {"application/json", "application/json is not HTML"},
      {"application/pdf; version=1.7", "application/pdf; version=1.7 is not HTML"},
      {"image/png", "image/png is not HTML"},
      {"text/css", "text/css is not HTML"},
      {"text/plain; charset=utf-8", "text/plain; charset=utf-8 is not HTML"},
      {"text/html-sandboxed", "text/html-sandboxed is not HTML"},
      {"application/json\n", "application/json\\n is not HTML"},  // the caller's bytes, escaped
  };
  for (const auto& c : refused) {
    SCOPED_TRACE(c.type);
    EXPECT_FALSE(pith::IsHtmlContentType(c.type));
    for (const std::string& bytes : {std::string(R"({"a":1})"), page, Gzip(page)}) {
      const Status s = pith::Extract(bytes, {}, PageInfo{"https://x.example/a", c.type}).status();
      EXPECT_EQ(s.code(), Status::Code::kUnsupportedType);
      EXPECT_EQ(s.message(), c.message);
    }
  }
  // Refused before the input is looked at: not its size, nor its bytes.
  ExtractOptions tiny;
  tiny.max_input_bytes = 4;
  EXPECT_EQ(pith::Extract(page, tiny, PageInfo{"", "application/json"}).status().code(),
            Status::Code::kUnsupportedType);
  // A file is named by its path.
  TempDir dir;
  const std::string path = dir.Write("data.json", R"({"a":1})");
  const Status file = pith::ExtractFile(path, {}, PageInfo{"", "application/json"}).status();
  EXPECT_EQ(file.code(), Status::Code::kUnsupportedType);
  EXPECT_EQ(file.message(), path + ": application/json is not HTML");
  EXPECT_TRUE(pith::ExtractFile(dir.Write("page.html", page), {}, PageInfo{"", "text/html"}).ok());
}

}  // namespace
}  // namespace pith::internal
