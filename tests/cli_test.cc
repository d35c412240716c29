// The pith CLI, run as a user runs it: formats, directories, stdin, exit
// codes, and one bad input among good ones.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli_run.h"
#include "pith/check.h"
#include "warc_files.h"

namespace {

namespace fs = std::filesystem;

using pith::OutputFormatNames;
using pith::testing::CliRun;
using pith::testing::Expected;
using pith::testing::Fixture;
using pith::testing::ReadFile;
using pith::testing::RunPith;

class CliTest : public pith::testing::TempDirTest {
 protected:
  // The --explain page `pith ARGS --explain FILE PAGE` writes, after checking
  // that the run succeeded.
  std::string Explain(const std::string& args, const std::string& page) {
    const std::string out = dir_ + "/explain.html";
    const CliRun r = RunPith(args + " --explain " + out + " " + page);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return ReadFile(out);
  }

  // The recipe fixture as the one response record of a WARC file,
  // dir_/one.warc, for http://example.org/soup; returns the file's path.
  std::string RecipeWarc() {
    return Write(
        "one.warc",
        pith::testing::Record(
            "WARC/1.1", "response", "1", "http://example.org/soup", pith::testing::kHttpCt,
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + ReadFile(Fixture("recipe"))));
  }
};

TEST_F(CliTest, PrintsTheTextOfOnePage) {
  CliRun r = RunPith(Fixture("seed-002-authorbox"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, Expected("seed-002-authorbox"));
  EXPECT_EQ(r.err, "");
}

TEST_F(CliTest, ReadsStandardInput) {
  CliRun r = RunPith("-", Fixture("seed-000-wire"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, Expected("seed-000-wire"));
  // Standard input is named "stdin" in every message, as in its errors and
  // a WARC stream's summary, not "-".
  const std::string empty = Write("empty.html", "<p>x</p>");
  for (const char* args : {"-", ""}) {
    CliRun none = RunPith(args, empty);
    EXPECT_EQ(none.exit_code, 1) << args;
    EXPECT_EQ(none.err, "pith: stdin: no main content found\n") << args;
  }
  CliRun binary = RunPith("-", Write("binary.html", std::string("\x01\x02\x03 binary", 10)));
  EXPECT_EQ(binary.err.rfind("pith: stdin: ", 0), 0u) << binary.err;
}

// Input over ExtractOptions::max_input_bytes (64 MiB): a file and standard
// input are refused with the limit and the flag that sets it, --max-input,
// not the library's name of it (standard input is read no further, so its
// own size is not known); its JSON record says the same.
TEST_F(CliTest, InputOverTheLimitNamesItsSizeAndOption) {
  const std::string big = Write("big.html", std::string((std::size_t{64} << 20) + 1, ' '));
  CliRun piped = RunPith("-", big);
  EXPECT_NE(piped.exit_code, 0);
  EXPECT_NE(
      piped.err.find("standard input is larger than 64 MiB (--max-input)"),
      std::string::npos)
      << piped.err;
  CliRun file = RunPith(big);
  EXPECT_NE(file.exit_code, 0);
  EXPECT_NE(file.err.find(big + " is 67108865 bytes, over the limit of 67108864 bytes"
                                " (--max-input)"),
            std::string::npos)
      << file.err;
  EXPECT_EQ(file.err.find("ExtractOptions"), std::string::npos) << file.err;
  CliRun json = RunPith("-f jsonl " + big);
  EXPECT_NE(json.out.find("over the limit of 67108864 bytes (--max-input)"), std::string::npos)
      << json.out;
}

// --max-input sets that limit (sizes as --max-size takes them): a page
// over it is an error (exit status 2) naming its size, the limit and the
// option, a page under it is read as without the flag, and a size that is no
// size is bad usage.
TEST_F(CliTest, MaxInputSetsTheInputLimit) {
  const std::string page = Fixture("seed-002-authorbox");  // 7624 bytes
  CliRun over = RunPith("--max-input 4k " + page);
  EXPECT_EQ(over.exit_code, 2);
  EXPECT_EQ(over.out, "");
  EXPECT_NE(over.err.find(page + " is 7.4 KiB, over the limit of 4 KiB (--max-input)"),
            std::string::npos)
      << over.err;
  CliRun piped = RunPith("--max-input=4000 -", page);
  EXPECT_EQ(piped.exit_code, 2);
  EXPECT_NE(piped.err.find("(--max-input)"), std::string::npos) << piped.err;
  CliRun under = RunPith("--max-input 8k " + page);
  EXPECT_EQ(under.exit_code, 0) << under.err;
  EXPECT_EQ(under.out, Expected("seed-002-authorbox"));
  CliRun bad = RunPith("--max-input 0 " + page);
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("--max-input takes a size such as 500k or 20M, not '0'"), std::string::npos)
      << bad.err;
}

TEST_F(CliTest, JsonAndJsonlAreValid) {
  CliRun one = RunPith("--format json " + Fixture("german-news"));
  EXPECT_EQ(one.exit_code, 0);
  nlohmann::json j = nlohmann::json::parse(one.out);
  EXPECT_EQ(j["language"], "de");
  EXPECT_EQ(j["text"].get<std::string>() + "\n", Expected("german-news"));

  CliRun lines = RunPith("--format=jsonl --blocks " + Fixture("german-news") + " " +
                      Fixture("french-news"));
  EXPECT_EQ(lines.exit_code, 0) << lines.err;
  std::istringstream in(lines.out);
  int count = 0;
  for (std::string line; std::getline(in, line); ++count) {
    nlohmann::json rec = nlohmann::json::parse(line);
    EXPECT_TRUE(rec["found"].get<bool>());
    EXPECT_FALSE(rec["blocks"].empty());
  }
  EXPECT_EQ(count, 2);
}

// --format json's shape is the command's: one page given (a file, standard
// input) is an object; a directory, a WARC file, --urls or several inputs
// are an array, even of one record (it used to be an object when a
// directory or an archive held one page), or of none.
TEST_F(CliTest, JsonShapeDependsOnTheCommandOnly) {
  const std::string file = Write("one/page.html", ReadFile(Fixture("recipe")));
  const std::string warc = RecipeWarc();
  const std::string urls = Write("urls.txt", "http://127.0.0.1:1/a\n");
  const struct {
    std::string args, stdin_file;
    bool array;
    std::size_t records;
  } cases[] = {
      {file, "", false, 1},
      {"-", file, false, 1},
      {"", file, false, 1},
      {dir_ + "/one", "", true, 1},
      {warc, "", true, 1},
      {"-", warc, true, 1},
      {"--delay 0 --urls " + urls, "", true, 1},
      {file + " " + file, "", true, 2},
  };
  for (const auto& c : cases) {
    const CliRun r = RunPith("-q -f json " + c.args, c.stdin_file);
    const nlohmann::json j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j.is_array(), c.array) << c.args << "\n" << r.out;
    EXPECT_EQ(c.array ? j.size() : 1, c.records) << c.args;
    const nlohmann::json& rec = c.array ? j[0] : j;
    EXPECT_TRUE(rec.is_object()) << c.args;
    EXPECT_EQ(rec.contains("error"), c.args.find("--urls") != std::string::npos) << c.args;
  }
}

// --url gives a saved page its address: its relative links are resolved
// against it and it is the page's url, read from a file or standard input.
// With anything but one such page it is a usage error.
TEST_F(CliTest, UrlGivesOnePageItsAddress) {
  const std::string page = Write(
      "saved/page.html",
      "<html><head><title>T</title></head><body><article><h1>T</h1><p>A paragraph long enough "
      "to count, with a <a href=\"../other\">relative link</a> inside it.</p><p>Another "
      "sentence, so that the article is long enough to be kept.</p></article></body></html>");
  const std::string url = "https://example.org/a/b.html";
  for (const std::string& stdin_file : {std::string(), page}) {
    const std::string input = stdin_file.empty() ? page : "-";
    CliRun r = RunPith("-f markdown --with-links --url " + url + " " + input, stdin_file);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("[relative link](https://example.org/other)"), std::string::npos) << r.out;
    r = RunPith("-f json --url=" + url + " " + input, stdin_file);
    EXPECT_EQ(nlohmann::json::parse(r.out)["url"], url) << input;
    EXPECT_EQ(nlohmann::json::parse(r.out)["input"], input);
  }
  const std::string warc = Write("one.warc",
                                 "WARC/1.1\r\nWARC-Type: warcinfo\r\nWARC-Record-ID: "
                                 "<urn:uuid:1>\r\nContent-Length: 0\r\n\r\n\r\n\r\n");
  const std::string urls = Write("urls.txt", "http://127.0.0.1:1/\n");
  const struct {
    std::string args, err;
  } cases[] = {
      {dir_ + "/saved", "--url goes with one page, a file or standard input, not a directory"},
      {page + " " + page, "--url goes with one page, a file or standard input, not 2 inputs"},
      {"http://127.0.0.1:1/",
       "--url goes with one page, a file or standard input, not a URL (a "
       "download has its own)"},
      {warc,
       "--url goes with one page, a file or standard input, not a WARC file (its records "
       "have their own)"},
      {"--urls " + urls,
       "--url goes with one page, a file or standard input, not --urls, "
       "--sitemap, --feed or --crawl"},
  };
  for (const auto& c : cases) {
    const CliRun r = RunPith("--url " + url + " " + c.args);
    EXPECT_EQ(r.exit_code, 2) << c.args;
    EXPECT_EQ(r.err, "pith: " + c.err + "\nTry 'pith --help'.\n") << c.args;
    EXPECT_EQ(r.out, "");
  }
  CliRun bad = RunPith("--url example.org " + page);
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_EQ(bad.err,
            "pith: --url takes an absolute http or https URL, not 'example.org'\n"
            "Try 'pith --help'.\n");
  bad = RunPith("check --url " + url + " " + dir_);
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_EQ(bad.err.rfind("pith: --url does not apply to pith check\n", 0), 0u) << bad.err;
}

TEST_F(CliTest, OneBadInputDoesNotStopTheBatch) {
  std::string good = Fixture("seed-000-wire");
  std::string binary = Write("image.html", std::string("\x89PNG\r\n\x1A\n\0\0\0", 11));
  std::string empty = Write("empty.html", "");
  CliRun r = RunPith("--format jsonl " + good + " " + dir_ + "/missing.html " + binary + " " + empty +
                  " " + good);
  EXPECT_EQ(r.exit_code, 2);
  std::istringstream in(r.out);
  std::vector<nlohmann::json> recs;
  for (std::string line; std::getline(in, line);) recs.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(recs.size(), 5u);  // one record per input, in order
  EXPECT_TRUE(recs[0]["found"].get<bool>());
  EXPECT_NE(recs[1]["error"].get<std::string>().find("No such file"), std::string::npos);
  EXPECT_NE(recs[2]["error"].get<std::string>().find("PNG"), std::string::npos);
  EXPECT_FALSE(recs[3]["found"].get<bool>());
  EXPECT_EQ(recs[4]["text"], recs[0]["text"]);
  EXPECT_NE(r.err.find("missing.html"), std::string::npos);
  EXPECT_NE(r.err.find("image.html: binary data (PNG image)"), std::string::npos);
}

TEST_F(CliTest, ThreadsKeepInputOrderAndOutput) {
  std::string all;
  for (const auto& e : fs::directory_iterator(PITH_FIXTURES_DIR)) {
    if (e.is_directory()) all += " " + (e.path() / "source.html").string();  // not pith-check
  }
  all += " " + dir_ + "/missing.html";
  CliRun one = RunPith("-j 1 --format jsonl" + all);
  CliRun four = RunPith("--threads=4 --format jsonl" + all);
  EXPECT_EQ(RunPith("-j4 -fjsonl" + all).out, four.out);  // short flags with attached values
  EXPECT_EQ(one.exit_code, 2);
  EXPECT_EQ(four.exit_code, 2);
  EXPECT_EQ(one.out, four.out);
  std::istringstream in(four.out);
  std::vector<std::string> urls;
  for (std::string line; std::getline(in, line);) urls.push_back(nlohmann::json::parse(line)["url"]);
  std::istringstream names(all);
  std::vector<std::string> want;
  for (std::string n; names >> n;) want.push_back(n);
  EXPECT_EQ(urls, want);
}

TEST_F(CliTest, NoMainContentExitsOne) {
  CliRun r = RunPith(Write("nav.html", "<nav><a href=/>Home</a></nav>"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("no main content"), std::string::npos);
}

TEST_F(CliTest, NothingToReadIsSaidAndExitsOne) {
  // A directory without pages and an empty URL list: a message, not silence.
  Write("notes/readme.txt", "not a page");
  const std::string list = Write("urls.txt", "\n# no URLs here\n");
  for (const std::string& args : {dir_ + "/notes", "--urls " + list}) {
    CliRun r = RunPith(args);
    EXPECT_EQ(r.exit_code, 1) << args;
    EXPECT_EQ(r.out, "") << args;
    EXPECT_NE(r.err.find("no pages to read"), std::string::npos) << args << ": " << r.err;
  }
}

// A --urls list is held whole before downloading: one larger than 256 MiB
// (a 300 MB file here, sparse past its first URL) is refused with a message
// naming it, none of its URLs requested; it was read to its end, its first
// URL fetched.
TEST_F(CliTest, AHugeUrlListIsRefusedWhole) {
  const std::string list = Write("huge.txt", "http://127.0.0.1:1/first\n");
  std::filesystem::resize_file(list, 300000000);
  CliRun r = RunPith("--delay 0 --urls " + list);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("pith: URL list " + list + " is larger than 256 MiB: none of its URLs read"),
            std::string::npos) << r.err.substr(0, 300);
  EXPECT_EQ(r.err.find("127.0.0.1:1/first"), std::string::npos) << r.err.substr(0, 300);
  // So is one of more than a million URLs (short ones: 0.9 GB held before
  // the byte bound fired); a million is read.
  std::string lines;
  for (int i = 0; i < 1000000; ++i) lines += "http://127.0.0.1:1/\n";
  const std::string million = Write("million.txt", lines);
  const std::string more = Write("more.txt", lines + "http://127.0.0.1:1/last");
  r = RunPith("--delay 0 --urls " + more);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("pith: URL list " + more + " holds more than 1000000 URLs: none of its URLs "
                       "read"), std::string::npos) << r.err.substr(0, 300);
  r = RunPith("--delay 0 --urls -", more);  // standard input is "stdin", as in every message
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err.rfind("pith: URL list stdin holds more than 1000000 URLs", 0), 0u)
      << r.err.substr(0, 300);
  r = RunPith("--delay 0 --explain /dev/null --urls " + million);  // read, then refused for --explain
  EXPECT_NE(r.err.find("--explain takes one input, not 1000000"), std::string::npos)
      << r.err.substr(0, 300);
  // A list's last line needs no line end; blanks and comments are skipped.
  const std::string small = Write("small.txt", "  # c\n\n http://127.0.0.1:1/a \r\nhttp://127.0.0.1:1/b");
  r = RunPith("--delay 0 --urls " + small);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("http://127.0.0.1:1/a: cannot connect"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("http://127.0.0.1:1/b: cannot connect"), std::string::npos) << r.err;
}

// A URL list opening with a UTF-8 byte order mark (as Notepad saves it):
// the mark is dropped, not read as part of the first URL, nor of a comment.
TEST_F(CliTest, AUrlListsByteOrderMarkIsDropped) {
  for (const std::string& first :
       {std::string("http://127.0.0.1:1/a\n"), std::string("# urls\n")}) {
    const std::string list = Write("bom.txt", "\xEF\xBB\xBF" + first + "http://127.0.0.1:1/b\n");
    const CliRun r = RunPith("--delay 0 --urls " + list);
    EXPECT_EQ(r.exit_code, 2);
    const std::string want_a = first[0] == 'h' ? "pith: http://127.0.0.1:1/a: cannot connect" : "";
    EXPECT_NE(r.err.find(want_a), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("pith: http://127.0.0.1:1/b: cannot connect"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("\xEF\xBB\xBF"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("\\xef"), std::string::npos) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), first[0] == 'h' ? 2 : 1) << r.err;
  }
}

// --save keeps downloaded pages: given local files and a URL list that held
// no URL, it says that nothing would be saved (exit status 2, nothing read,
// no directory made; with no list at all SaveWithoutDownloadsIsAUsageError
// says it); beside URLs, it says which inputs it does not keep.
TEST_F(CliTest, SaveSaysItKeepsDownloadsOnly) {
  const std::string page = Write("page.html", "<article><p>" + std::string(300, 'w') + "</p></article>");
  const std::string none = Write("none.txt", "# no URLs yet\n");
  const std::string save = dir_ + "/saved";
  CliRun r = RunPith("--save " + save + " " + page + " " + dir_ + " --urls " + none);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("pith: --save " + save + " keeps downloaded pages, and every input is a "
                       "local file: nothing would be saved"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(save));
  r = RunPith("--delay 0 --save " + save + " " + page + " http://127.0.0.1:1/x");
  EXPECT_EQ(r.exit_code, 2);  // the URL fails
  EXPECT_NE(r.err.find("pith: --save " + save + " keeps downloaded pages only: 1 local input is "
                       "not saved"), std::string::npos) << r.err;
  EXPECT_NE(r.out, "");  // the local page is read all the same
}

TEST_F(CliTest, WalksDirectoriesAndReadsGzip) {
  const std::string page = ReadFile(Fixture("french-news"));
  Write("site/b/page.htm", page);
  Write("site/a/notes.txt", "not a page");
  std::string gz = Write("gz/page.html", page);
  ASSERT_EQ(std::system(("gzip -f " + gz).c_str()), 0);
  CliRun r = RunPith("--format jsonl " + dir_ + "/site " + dir_ + "/gz");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::istringstream in(r.out);
  int count = 0;
  for (std::string line; std::getline(in, line); ++count) {
    EXPECT_EQ(nlohmann::json::parse(line)["text"].get<std::string>() + "\n",
              Expected("french-news"));
  }
  EXPECT_EQ(count, 2);
}

// A directory's pages are found by extension in any case (PAGE.HTM,
// CRAWL.WARC.GZ, as Windows tools save them): they were skipped unsaid.
TEST_F(CliTest, WalksPagesWhoseExtensionIsUpperCase) {
  const std::string page = ReadFile(Fixture("recipe"));
  Write("site/A.HTML", page);
  Write("site/b.Htm", page);
  const std::string gz = Write("site/c.html", page);
  ASSERT_EQ(std::system(("gzip -c " + gz + " > " + dir_ + "/site/C.HTML.GZ && rm " + gz).c_str()),
            0);
  Write("site/A.EXPECTED.TXT", "not a page");
  const CliRun r = RunPith("--format jsonl " + dir_ + "/site");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::istringstream in(r.out);
  std::vector<std::string> inputs;
  for (std::string line; std::getline(in, line);) {
    const nlohmann::json rec = nlohmann::json::parse(line);
    inputs.push_back(fs::path(rec["input"].get<std::string>()).filename().string());
    EXPECT_EQ(rec["text"].get<std::string>() + "\n", Expected("recipe"));
  }
  EXPECT_EQ(inputs, (std::vector<std::string>{"A.HTML", "C.HTML.GZ", "b.Htm"}));
}

TEST_F(CliTest, DirectoryNamedLikeAPageAndNonRegularFiles) {
  // A directory called page.html is searched, not read; a FIFO in it is
  // refused with its cause rather than blocking the batch (as root,
  // permission bits do not stop reads, so a FIFO stands in for an
  // unreadable file). A FIFO named as an input is read (FifoAndDevStdin...).
  Write("looks-like.html/inner.html", "<article><p>Inside the directory that looks like a page, "
                                      "a real page with a sentence long enough to count.</p></article>");
  const std::string fifo = dir_ + "/looks-like.html/pipe.html";
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  CliRun r = RunPith("--format jsonl " + dir_ + "/looks-like.html");
  EXPECT_EQ(r.exit_code, 2);
  std::istringstream in(r.out);
  std::vector<nlohmann::json> recs;
  for (std::string line; std::getline(in, line);) recs.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(recs.size(), 2u);
  EXPECT_NE(recs[0]["text"].get<std::string>().find("Inside the directory"), std::string::npos);
  EXPECT_NE(recs[1]["error"].get<std::string>().find("not a regular file"), std::string::npos);
}

// A FIFO or character device named as an input is read as cat reads it:
// process substitution (pith <(zcat page.html.gz)), /dev/stdin at the end of
// a pipe. Its page, or WARC records, come out under its name, --max-input
// still bounds it, and two names of one stream are a usage error.
TEST_F(CliTest, FifoAndDevStdinNamedAsInputsAreRead) {
  const std::string fifo = dir_ + "/pipe";
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  auto feed = [&](const std::string& file) {
    ASSERT_EQ(std::system(("cat " + file + " > " + fifo + " &").c_str()), 0);
  };
  feed(Fixture("recipe"));
  CliRun r = RunPith(fifo);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, Expected("recipe"));
  feed(Fixture("recipe"));
  r = RunPith("-f json /dev/stdin", fifo);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["input"], "/dev/stdin");
  EXPECT_EQ(nlohmann::json::parse(r.out)["text"].get<std::string>() + "\n", Expected("recipe"));
  // Gzipped, and a WARC stream.
  const std::string gz = Write("page.html", "");
  ASSERT_EQ(std::system(("gzip -c " + Fixture("recipe") + " > " + gz + ".gz").c_str()), 0);
  feed(gz + ".gz");
  r = RunPith(fifo);
  EXPECT_EQ(r.out, Expected("recipe")) << r.err;
  feed(RecipeWarc());
  r = RunPith("-f jsonl " + fifo);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["url"], "http://example.org/soup") << r.out;
  // --max-input: read no further than the limit.
  Write("big.html", "<p>" + std::string(20000, 'x') + "</p>");
  feed(dir_ + "/big.html");
  r = RunPith("--max-input 8k " + fifo);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "pith: " + fifo + " is larger than 8 KiB (--max-input)\n");
  // Standard input named again as /dev/stdin.
  feed(Fixture("recipe"));
  r = RunPith("- /dev/stdin", fifo);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "pith: stdin and /dev/stdin are one stream: it can be read only once\n"
            "Try 'pith --help'.\n");
}

TEST_F(CliTest, BrokenLinkOrFifoInADirectoryIsReportedNotSkipped) {
  // Inside a directory walked for pages, a page-named link to nothing and a
  // FIFO are each reported with their cause; the real page is still read.
  Write("batch/good.html", "<article><p>The one readable page of the batch, with a sentence "
                           "long enough to count as its text.</p></article>");
  ASSERT_EQ(symlink((dir_ + "/batch/gone.html").c_str(), (dir_ + "/batch/link.html").c_str()), 0);
  ASSERT_EQ(mkfifo((dir_ + "/batch/pipe.html").c_str(), 0600), 0);
  CliRun r = RunPith("--format jsonl " + dir_ + "/batch");
  EXPECT_EQ(r.exit_code, 2) << r.err;
  std::istringstream in(r.out);
  std::map<std::string, nlohmann::json> recs;
  for (std::string line; std::getline(in, line);) {
    nlohmann::json rec = nlohmann::json::parse(line);
    recs[fs::path(rec["input"].get<std::string>()).filename().string()] = rec;
  }
  ASSERT_EQ(recs.size(), 3u) << r.out;
  EXPECT_NE(recs["good.html"]["text"].get<std::string>().find("The one readable page"),
            std::string::npos);
  EXPECT_NE(recs["link.html"]["error"].get<std::string>().find("No such file"), std::string::npos)
      << recs["link.html"];
  EXPECT_NE(recs["pipe.html"]["error"].get<std::string>().find("not a regular file"),
            std::string::npos)
      << recs["pipe.html"];
}

TEST_F(CliTest, ExplainWritesAPage) {
  const std::string page = Explain("", Fixture("seed-001-jnews"));
  EXPECT_NE(page.find("class=\"b kept\""), std::string::npos);
  EXPECT_NE(page.find("class=\"b dropped\""), std::string::npos);
  EXPECT_NE(page.find("Most Popular"), std::string::npos);
}

// `pith --explain page.html` with standard input not a terminal (cron, CI)
// reads the page from standard input and would write its report over
// page.html: a file that is not a report of pith's is never overwritten, nor
// is an input. A report is written again over an earlier one, or over an
// empty file.
TEST_F(CliTest, ExplainNeverOverwritesAPage) {
  const std::string page = ReadFile(Fixture("recipe"));
  const std::string s = Write("s.html", page);
  CliRun r = RunPith("--explain " + s, "/dev/null");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "pith: --explain " + s +
                       " exists and is not a pith explain report: not "
                       "overwritten (pith --explain OUT.html PAGE writes the report on PAGE to "
                       "OUT.html)\n");
  r = RunPith("--explain " + s, s);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "pith: --explain " + s + " is also an input (stdin)\nTry 'pith --help'.\n");
  r = RunPith("--explain " + s + " " + s);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "pith: --explain " + s + " is also an input\nTry 'pith --help'.\n");
  EXPECT_EQ(ReadFile(s), page);
  // Its own report, an empty file and a device are written over.
  r = RunPith("--explain /dev/null " + s);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const std::string report = Write("report.html", "");
  for (int run = 0; run < 2; ++run) {
    r = RunPith("--explain " + report + " " + s);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    const std::string written = ReadFile(report);
    EXPECT_NE(written.find("<title>pith explain: "), std::string::npos) << written;
  }
}

TEST_F(CliTest, ExplainNamesTheFlagThatDroppedABlock) {
  // A table's cells dropped for --no-tables say so by the flag, not by the
  // library's C++ name of the option.
  const std::string page = Explain("--no-tables", Fixture("data-table"));
  EXPECT_NE(page.find("tables off (--no-tables)"), std::string::npos) << page;
  EXPECT_EQ(page.find("ExtractOptions::"), std::string::npos) << page;
}

TEST_F(CliTest, UsageErrors) {
  EXPECT_EQ(RunPith("--format yaml x.html").exit_code, 2);
  EXPECT_EQ(RunPith("--no-such-flag").exit_code, 2);
  EXPECT_EQ(RunPith("--min-chars abc x.html").exit_code, 2);
  EXPECT_EQ(RunPith("--threads 0 x.html").exit_code, 2);
  EXPECT_EQ(RunPith("--explain e.html a.html b.html").exit_code, 2);
  // --blocks adds to JSON only: with any other format it would do nothing, unsaid.
  for (const char* format : {"", "--format text ", "-f markdown ", "-f html "}) {
    CliRun blocks = RunPith(std::string(format) + "--blocks " + Fixture("german-news"));
    EXPECT_EQ(blocks.exit_code, 2) << format;
    EXPECT_EQ(blocks.err.rfind("pith: --blocks goes with --format json or jsonl\n", 0), 0u)
        << blocks.err;
  }
  EXPECT_EQ(RunPith("-f json --blocks " + Fixture("german-news")).exit_code, 0);
  // So do links and images with plain text (links with JSON without --blocks).
  for (const char* command : {"--with-links ", "-f text --with-links ", "-f json --with-links ",
                              "--with-images ", "-f text --with-images "}) {
    CliRun r = RunPith(std::string(command) + Fixture("german-news"));
    EXPECT_EQ(r.exit_code, 2) << command;
    const std::string flag = std::strstr(command, "links") ? "--with-links" : "--with-images";
    EXPECT_EQ(r.err.rfind("pith: " + flag + " goes with --format markdown", 0), 0u) << r.err;
  }
  for (const char* command : {"-f markdown --with-links ", "-f html --with-images ",
                              "-f jsonl --blocks --with-links ", "-f json --with-images "}) {
    EXPECT_EQ(RunPith(std::string(command) + Fixture("german-news")).exit_code, 0) << command;
  }
  // An unknown encoding label is said once, as the usage error it is, before
  // any page is read: not once a page of a directory, each a failed page.
  for (const char* command : {"", "check "}) {
    CliRun encoding = RunPith(std::string(command) + "--encoding klingon " + PITH_FIXTURES_DIR);
    EXPECT_EQ(encoding.exit_code, 2) << command;
    EXPECT_EQ(encoding.err, "pith: --encoding takes an encoding label such as utf-8 or "
                            "windows-1251, not 'klingon'\nTry 'pith --help'.\n")
        << command;
    EXPECT_EQ(encoding.out, "") << command;
  }
  EXPECT_EQ(RunPith("--encoding Windows-1251 " + Fixture("german-news")).exit_code, 0);
  CliRun help = RunPith("--help");
  EXPECT_EQ(help.exit_code, 0);
  for (const char* flag : {"--format", "--output", "--explain", "--blocks", "--min-chars", "--threads",
                           "--encoding", "--quiet", "--version"}) {
    EXPECT_NE(help.out.find(flag), std::string::npos) << flag;
  }
  // A switch that goes with some formats only names each it goes with, as
  // its usage error does.
  EXPECT_NE(help.out.find("; json/jsonl with --blocks"), std::string::npos) << help.out;
  EXPECT_NE(RunPith("-f json --with-links --blocks " + Fixture("recipe")).exit_code, 2);
  CliRun version = RunPith("--version");
  EXPECT_EQ(version.out.rfind("pith ", 0), 0u);
}

// A file whose name starts with '-' reads as an option: the message says how
// to give it when such a file exists, and the ways it names work.
// Standard input named twice would be read by the first and be empty for
// the second (the page lost for both): a usage error.
TEST_F(CliTest, StdinNamedTwiceIsAUsageError) {
  for (const char* args : {"- -", "- x.html -", "--urls - --urls -"}) {
    const CliRun r = RunPith(args, Fixture("recipe"));
    EXPECT_EQ(r.exit_code, 2) << args;
    EXPECT_EQ(r.err, "pith: stdin named twice (-): it can be read only once\nTry 'pith --help'.\n")
        << args;
    EXPECT_EQ(r.out, "") << args;
  }
}

// Usage messages state what is taken: a number of seconds' range (--delay
// takes 0), pith check's formats (not jsonl) and how several are given
// (commas, spaces after them allowed as a pith-check file writes them); a
// limit no flag sets is not named by its C++ name.
TEST_F(CliTest, MessagesStateWhatIsTaken) {
  const struct {
    std::string args, err;
  } cases[] = {
      {"--timeout 100000 x.html",
       "--timeout takes a number of seconds above 0, at most 86400, not '100000'"},
      {"--connect-timeout 0 x.html",
       "--connect-timeout takes a number of seconds above 0, at most 86400, not '0'"},
      {"--delay -1 x.html", "--delay takes a number of seconds from 0 to 86400, not '-1'"},
      {"check -f 'text json' " + dir_,
       "pith check's --format takes text, markdown, html or json, "
       "several separated by commas (text,json), not 'text json'"},
      {"check -f text,jsonl " + dir_,
       "pith check compares text, markdown, html or json, not jsonl"},
  };
  for (const auto& c : cases) {
    const CliRun r = RunPith(c.args);
    EXPECT_EQ(r.exit_code, 2) << c.args;
    EXPECT_EQ(r.err, "pith: " + c.err + "\nTry 'pith --help'.\n") << c.args;
  }
  // --delay 0 and 0.0 are taken (no delay).
  for (const char* zero : {"0", "0.0"}) {
    EXPECT_EQ(RunPith(std::string("--delay ") + zero + " " + Fixture("recipe")).exit_code, 0)
        << zero;
  }
  // "text, json" as the README's pith-check file writes it.
  Write("pages/a.html",
        "<article><p>A page of its own, with a sentence long enough to count as "
        "its text.</p></article>");
  CliRun check = RunPith("check --update -f 'text, json' " + dir_ + "/pages");
  EXPECT_EQ(check.exit_code, 0) << check.err;
  EXPECT_TRUE(fs::exists(dir_ + "/pages/a.expected.txt"));
  EXPECT_TRUE(fs::exists(dir_ + "/pages/a.expected.json"));
  // A page nested too deep: the limit's value, not ExtractOptions::max_nesting_depth.
  std::string deep;
  for (int i = 0; i < 6000; ++i) deep += "<div>";
  const std::string page = Write("deep.html", deep + "x");
  CliRun r = RunPith(page);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "pith: " + page + ": the page nests at least 5001 elements deep (the limit is 5000)\n");
}

TEST_F(CliTest, AFileNamedLikeAnOptionIsShownHowToBeGiven) {
  std::ifstream recipe(Fixture("recipe"), std::ios::binary);
  Write("-page.html", std::string(std::istreambuf_iterator<char>(recipe), {}));
  const std::filesystem::path was = std::filesystem::current_path();
  std::filesystem::current_path(dir_);  // the name is relative, as a user types it
  const CliRun named = RunPith("-page.html");
  const CliRun dotted = RunPith("./-page.html");
  const CliRun after = RunPith("-- -page.html");
  const CliRun absent = RunPith("-nothing.html");
  std::filesystem::current_path(was);
  EXPECT_EQ(named.exit_code, 2);
  EXPECT_EQ(named.err, "pith: unknown option -page.html (the file -page.html is given as "
                       "./-page.html, or after --)\nTry 'pith --help'.\n");
  EXPECT_EQ(dotted.exit_code, 0) << dotted.err;
  EXPECT_EQ(after.exit_code, 0) << after.err;
  EXPECT_EQ(dotted.out, after.out);
  EXPECT_EQ(absent.err, "pith: unknown option -nothing.html\nTry 'pith --help'.\n");
}

// An empty argument (an unset shell variable, "$PAGE") is named as such.
TEST_F(CliTest, AnEmptyFileNameIsSaidToBeEmpty) {
  for (const char* command : {"''", "check ''"}) {
    const CliRun r = RunPith(command);
    EXPECT_EQ(r.exit_code, 2) << command;
    EXPECT_NE(r.err.find(": an empty file name names no file\n"), std::string::npos) << r.err;
  }
}

// What the user gave is quoted with its control bytes escaped: a URL list's
// line holding a NUL or an escape, a file name with a line feed, a flag
// never print them raw to the terminal.
TEST_F(CliTest, MessagesEscapeTheControlBytesOfWhatWasGiven) {
  static constexpr char kList[] = "http://127.0.0.1:1/a\0b\n\x1b[31mhttp://x/\n";
  const CliRun list =
      RunPith("--delay 0 --urls " + Write("urls.txt", std::string(kList, sizeof kList - 1)));
  EXPECT_EQ(list.exit_code, 2);
  EXPECT_NE(list.err.find("pith: http://127.0.0.1:1/a\\0b: not a valid URL\n"), std::string::npos)
      << list.err;
  EXPECT_NE(list.err.find("pith: \\x1b[31mhttp://x/: not an absolute URL\n"), std::string::npos)
      << list.err;
  const CliRun file = RunPith("'" + dir_ + "/new\nline.html'");
  EXPECT_EQ(file.exit_code, 2);
  EXPECT_NE(file.err.find(dir_ + "/new\\nline.html: No such file"), std::string::npos) << file.err;
  const CliRun flag = RunPith("\"$(printf -- '--\\033[2J')\" x.html");
  EXPECT_EQ(flag.exit_code, 2);
  EXPECT_EQ(flag.err.rfind("pith: unknown option --\\x1b[2J\n", 0), 0u) << flag.err;
  const CliRun value = RunPith("--min-chars \"$(printf '1\\t')\" x.html");
  EXPECT_EQ(value.exit_code, 2);
  EXPECT_NE(value.err.find(", not '1\\t'\n"), std::string::npos) << value.err;
  const CliRun urls = RunPith("--urls '" + dir_ + "/no\nlist.txt'");
  EXPECT_EQ(urls.exit_code, 2);
  EXPECT_NE(urls.err.find("cannot open URL list " + dir_ + "/no\\nlist.txt: No such file"),
            std::string::npos)
      << urls.err;
  for (const CliRun* run : {&list, &file, &flag, &value, &urls}) {
    EXPECT_EQ(std::count_if(run->err.begin(), run->err.end(),
                            [](char c) { return c != '\n' && static_cast<unsigned char>(c) < 0x20; }),
              0)
        << run->err;
  }
}

// --save keeps what pith downloads; given only files it would save nothing,
// and say nothing: a usage error, before any page is read.
TEST_F(CliTest, SaveWithoutDownloadsIsAUsageError) {
  const std::string save = dir_ + "/saved";
  for (const std::string& inputs : {Fixture("recipe"), std::string(PITH_FIXTURES_DIR), std::string("-")}) {
    CliRun r = RunPith("--save " + save + " " + inputs);
    EXPECT_EQ(r.exit_code, 2) << inputs;
    EXPECT_EQ(r.err, "pith: --save goes with URLs, --urls, --sitemap, --feed or --crawl (it keeps "
                     "downloaded pages)\nTry 'pith --help'.\n")
        << inputs;
    EXPECT_EQ(r.out, "") << inputs;
  }
  EXPECT_FALSE(fs::exists(save));
}

TEST_F(CliTest, ListWithoutDiscoveryIsAUsageError) {
  for (const char* args : {"--list http://127.0.0.1:1/", "--list " /* no input at all */,
                           "--list --urls list.txt"}) {
    CliRun r = RunPith(args);
    EXPECT_EQ(r.exit_code, 2) << args;
    EXPECT_EQ(r.err, "pith: --list goes with --sitemap, --feed or --crawl\nTry 'pith --help'.\n")
        << args;
    EXPECT_EQ(r.out, "") << args;
  }
  EXPECT_EQ(RunPith("--list --help").exit_code, 0);  // help is never a usage error
}

TEST_F(CliTest, OutputFile) {
  std::string out = dir_ + "/out.txt";
  CliRun r = RunPith("-o " + out + " " + Fixture("recipe"));
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(ReadFile(out), Expected("recipe"));
  // A file that cannot be written is named as one, with the system's reason.
  CliRun nowhere = RunPith("-o " + dir_ + "/no/such/dir/out.txt " + Fixture("recipe"));
  EXPECT_EQ(nowhere.exit_code, 2);
  EXPECT_EQ(nowhere.err, "pith: cannot write " + dir_ + "/no/such/dir/out.txt: No such file or "
                         "directory\n");
  CliRun explain = RunPith("--explain " + dir_ + "/no/e.html " + Fixture("recipe"));
  EXPECT_EQ(explain.exit_code, 2);
  EXPECT_EQ(explain.err, "pith: cannot write " + dir_ + "/no/e.html: No such file or directory\n");
}

// -o naming an input (by any of its names, held in a directory given, or
// fed on standard input) is refused before it is opened: opening it for
// writing would empty the page before it was read.
TEST_F(CliTest, OutputFileThatIsAnInputIsRefusedUntouched) {
  const std::string page = ReadFile(Fixture("recipe"));
  const std::string s = Write("s.html", page);
  Write("d/a.html", page);
  const std::string urls = Write("urls.txt", "http://127.0.0.1:9/\n");
  const struct {
    std::string args, stdin_file, err;
  } cases[] = {
      {"-o " + s + " " + s, "", "pith: -o " + s + " is also an input\n"},
      {"-o " + dir_ + "/./s.html " + s, "",
       "pith: -o " + dir_ + "/./s.html is also an input (" + s + ")\n"},
      {"-o " + dir_ + "/d/a.html " + dir_ + "/d", "",
       "pith: -o " + dir_ + "/d/a.html is also an input\n"},
      {"-o " + s + " -", s, "pith: -o " + s + " is also an input (stdin)\n"},
      {"-o " + s, s, "pith: -o " + s + " is also an input (stdin)\n"},
      {"-o " + urls + " --urls " + urls, "", "pith: -o " + urls + " is also an input\n"},
  };
  for (const auto& c : cases) {
    const CliRun r = RunPith(c.args, c.stdin_file);
    EXPECT_EQ(r.exit_code, 2) << c.args;
    EXPECT_EQ(r.err, c.err + "Try 'pith --help'.\n") << c.args;
    EXPECT_EQ(r.out, "") << c.args;
  }
  for (const std::string& name : {s, dir_ + "/d/a.html"}) EXPECT_EQ(ReadFile(name), page) << name;
  EXPECT_EQ(ReadFile(urls), "http://127.0.0.1:9/\n");
}

TEST_F(CliTest, OutputFormats) {
  for (const char* slug : {"recipe", "data-table", "howto-lists"}) {
    const std::string dir = std::string(PITH_FIXTURES_DIR) + "/" + slug + "/";
    const std::string want_md = ReadFile(dir + "expected.md");
    const std::string want_html = ReadFile(dir + "expected.html");
    EXPECT_EQ(RunPith("--format markdown " + Fixture(slug)).out, want_md) << slug;
    EXPECT_EQ(RunPith("-f md " + Fixture(slug)).out, want_md) << slug;
    EXPECT_EQ(RunPith("-f html " + Fixture(slug)).out, want_html) << slug;
  }
  CliRun bad = RunPith("-f yaml " + Fixture("recipe"));
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("--format takes text, markdown, html, json or jsonl"), std::string::npos);
}

TEST_F(CliTest, ContentOptions) {
  CliRun comments = RunPith("-f json --with-comments " + Fixture("blog-comments"));
  nlohmann::json j = nlohmann::json::parse(comments.out);
  EXPECT_NE(j["comments"].get<std::string>().find("probe thermometer"), std::string::npos);
  EXPECT_EQ(j["text"].get<std::string>().find("probe thermometer"), std::string::npos);
  EXPECT_FALSE(nlohmann::json::parse(RunPith("-f json " + Fixture("blog-comments")).out).contains("comments"));
  EXPECT_NE(RunPith("-f md --with-comments " + Fixture("blog-comments")).out.find("\n## Comments\n"),
            std::string::npos);

  EXPECT_NE(RunPith(Fixture("data-table")).out.find("Tram 1"), std::string::npos);
  EXPECT_EQ(RunPith("--no-tables " + Fixture("data-table")).out.find("Tram 1"), std::string::npos);

  nlohmann::json images = nlohmann::json::parse(RunPith("-f json --with-images " + Fixture("recipe")).out);
  EXPECT_TRUE(images["images"].is_array());

  const std::string all = RunPith(Fixture("seed-001-jnews")).out;
  const std::string precise = RunPith("--favor-precision " + Fixture("seed-001-jnews")).out;
  const std::string full = RunPith("--favor-recall " + Fixture("seed-001-jnews")).out;
  EXPECT_LE(precise.size(), all.size());
  EXPECT_GE(full.size(), all.size());
  // --page-type reads the page as that type: the thread, guessed a thread
  // and keeping its posts' heads, read as a service page loses them.
  const nlohmann::json guessed = nlohmann::json::parse(RunPith("-f json " + Fixture("forum-thread")).out);
  const nlohmann::json service =
      nlohmann::json::parse(RunPith("-f json --page-type Service " + Fixture("forum-thread")).out);
  EXPECT_EQ(guessed["page_type"], "forum");
  EXPECT_EQ(service["page_type"], "service");
  EXPECT_NE(guessed["text"].get<std::string>().find("by greenthumb"), std::string::npos);
  EXPECT_EQ(service["text"].get<std::string>().find("by greenthumb"), std::string::npos);
  const CliRun blog = RunPith("--page-type blog " + Fixture("recipe"));
  EXPECT_EQ(blog.exit_code, 2);
  EXPECT_NE(blog.err.find("--page-type takes article, forum, product, service, documentation, "
                          "listing, collection or other, not 'blog'"),
            std::string::npos)
      << blog.err;
  CliRun both = RunPith("--favor-precision --favor-recall " + Fixture("recipe"));
  EXPECT_EQ(both.exit_code, 2);
  EXPECT_NE(both.err.find("exclude each other"), std::string::npos);
}

TEST_F(CliTest, ProgressLineFitsTheTerminal) {
  // Pages with names longer than a 60-column terminal: each progress line
  // must fit in 59 columns, since a line that wraps leaves its first row on
  // the screen ("\r" goes back to the start of the last row only).
  const std::string sub = std::string(70, 'd') + "/\xC3\xA9t\xC3\xA9";  // "été": code points
  const std::string long_dir = dir_ + "/" + sub;
  const std::string html = ReadFile(Fixture("recipe"));
  for (int i = 0; i < 3; ++i) Write(sub + "/page-" + std::to_string(i) + ".html", html);
  const std::string transcript = dir_ + "/typescript";
  const std::string cmd =
      "stty cols 60; " + std::string(PITH_CLI_PATH) + " -j1 '" + long_dir + "' >/dev/null";
  ASSERT_EQ(std::system(("script -qec \"" + cmd + "\" " + transcript + " >/dev/null").c_str()) >> 8,
            0);
  const std::string screen = ReadFile(transcript);
  ASSERT_NE(screen.find("[3/3] 0 failed, "), std::string::npos) << screen;
  EXPECT_NE(screen.find("..."), std::string::npos) << screen;
  EXPECT_NE(screen.find("page-2.html"), std::string::npos) << screen;  // the name's end shows
  // Each line the progress draws: from a "\r" to the erase-to-end "\033[K".
  int lines = 0;
  for (std::size_t at = 0; (at = screen.find('\r', at)) != std::string::npos; ++at) {
    const std::size_t end = screen.find("\033[K", at);
    if (end == std::string::npos) break;
    const std::string line = screen.substr(at + 1, end - at - 1);
    if (line.find('[') != 0) continue;
    std::size_t columns = 0;
    for (char c : line) columns += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    EXPECT_LE(columns, 59u) << line;
    ++lines;
  }
  EXPECT_GE(lines, 3);
}

// --help and the manual give every form of the command line, examples that
// pith accepts as written, and the exit status in a section of its own.
TEST_F(CliTest, HelpAndManPageGiveExamplesAndExitStatus) {
  const std::string man = ReadFile(PITH_MAN_PATH);
  const std::string help = RunPith("--help").out;
  for (const std::string section : {".SH SYNOPSIS\n", ".SH EXIT STATUS\n", ".SH EXAMPLES\n"}) {
    EXPECT_NE(man.find(section), std::string::npos) << section;
  }
  EXPECT_NE(man.find(".B pith\n[OPTIONS] \\-\\-urls FILE\n"), std::string::npos) << man;
  EXPECT_NE(help.find("       pith [OPTIONS] --urls FILE\n"), std::string::npos) << help;
  EXPECT_NE(help.find("\nExit status:\n  0 every input gave an article;"), std::string::npos);
  const std::size_t examples = help.find("\nExamples:\n");
  ASSERT_NE(examples, std::string::npos) << help;
  int tried = 0;
  std::istringstream lines(help.substr(examples + 11, help.find("\n\n", examples + 11) - examples - 11));
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("      ", 0) == 0) continue;  // what the example does
    std::string args = line.substr(line.find("pith ") + 5);
    for (const char* end : {" > ", " && ", " | "}) args = args.substr(0, args.find(end));
    // --version stops after the arguments are read and checked.
    CliRun r = RunPith(args + " --version");
    EXPECT_EQ(r.exit_code, 0) << line << ": " << r.err;
    std::string roff;  // the man page gives the same command
    for (char c : line.substr(2)) roff += c == '-' ? std::string("\\-") : std::string(1, c);
    EXPECT_NE(man.find("\\fB" + roff + "\\fR\n"), std::string::npos) << roff;
    ++tried;
  }
  EXPECT_GE(tried, 6);
}

TEST_F(CliTest, ManPageListsEveryOptionOfHelp) {
  const std::string man = ReadFile(PITH_MAN_PATH);
  ASSERT_EQ(man.rfind(".TH PITH 1", 0), 0u) << man.substr(0, 200);
  const std::string help = RunPith("--help").out;
  int flags = 0;
  for (std::size_t at = 0; (at = help.find("--", at)) != std::string::npos;) {
    std::size_t end = at + 2;
    while (end < help.size() && (std::isalnum(static_cast<unsigned char>(help[end])) ||
                                 help[end] == '-' || help[end] == '.')) {
      ++end;
    }
    std::string flag = help.substr(at, end - at);
    while (!flag.empty() && (flag.back() == '.' || flag.back() == '-')) flag.pop_back();
    std::string roff;
    for (char c : flag) roff += c == '-' ? std::string("\\-") : std::string(1, c);
    if (flag.size() > 2) {
      EXPECT_NE(man.find("\\fB" + roff + "\\fR"), std::string::npos) << flag;
      ++flags;
    }
    at = end;
  }
  EXPECT_GT(flags, 20);
  // groff, where installed, must read it without a warning.
  if (std::system("command -v groff >/dev/null 2>&1") == 0) {
    CliRun check{};
    const std::string cmd = std::string("groff -man -Tutf8 -ww -z ") + PITH_MAN_PATH + " 2>&1";
    FILE* p = popen(cmd.c_str(), "r");
    char buf[512];
    std::size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) check.err.append(buf, n);
    pclose(p);
    EXPECT_EQ(check.err, "");
  }
}

// What bash offers at the cursor after `words` (the last is the one being
// completed), with pith's generated completion loaded.
std::string Complete(const std::string& words) {
  // In an empty directory: a word that is no flag completes to file names
  // too, and the test's own directory holds "check_test..." files.
  const std::string cmd = std::string("bash --norc -c 'd=$(mktemp -d) && cd \"$d\" && source ") +
                          PITH_BASH_COMPLETION_PATH + "; COMP_WORDS=(pith " + words +
                          "); COMP_CWORD=$((${#COMP_WORDS[@]}-1)); "
                          "_pith; echo \"${COMPREPLY[*]}\"; rmdir \"$d\"' 2>&1";
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  char buf[512];
  std::size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  pclose(p);
  return out;
}

// bash completes pith's flags, the values --format, --follow and --page-type take, and
// the check subcommand, from a script generated from the flag table as
// --help and pith(1) are (installed as share/bash-completion/completions/pith).
TEST_F(CliTest, BashCompletesFlagsAndTheirValues) {
  const std::string script = ReadFile(PITH_BASH_COMPLETION_PATH);
  ASSERT_NE(script.find("complete -o filenames -F _pith pith"), std::string::npos) << script;
  const std::string help = RunPith("--help").out;
  for (const char* flag : {"--format", "--output", "--with-links", "--favor-precision", "--urls",
                           "--crawl", "--ignore-robots", "--http1.1", "--save", "--with-expected",
                           "--version"}) {
    ASSERT_NE(help.find(flag), std::string::npos) << flag;
    const std::string f = flag;
    EXPECT_TRUE(script.find(" " + f + " ") != std::string::npos ||
                script.find("'" + f + " ") != std::string::npos ||
                script.find(" " + f + "'") != std::string::npos)
        << flag;
  }
  if (std::system("command -v bash >/dev/null 2>&1") != 0) GTEST_SKIP() << "no bash";
  EXPECT_EQ(Complete("--for"), "--format\n");
  EXPECT_EQ(Complete("--favor-"), "--favor-precision --favor-recall\n");
  EXPECT_EQ(Complete("-f j"), "json jsonl\n");
  EXPECT_EQ(Complete("--format md page.html --follow c"), "content\n");
  EXPECT_EQ(Complete("--page-type f"), "forum\n");
  EXPECT_EQ(Complete("chec"), "check\n");
}

// The values bash offers for --format, --follow and --page-type are the ones the parser
// takes, read from one table: every name its message lists is offered, and
// every name offered is taken, in any case, as a pith-check file's format
// and Python's render() are (`--format JSON`).
// --format's values are the library's formats, by the names and in the
// order the library lists them (ParseOutputFormat reads them), and jsonl,
// the command line's own; each taken by the short name of its file too.
TEST_F(CliTest, FormatValuesAreTheLibrarysAndJsonl) {
  const std::string page = Fixture("news-brief");
  const CliRun bad = RunPith("--format x " + page);
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("--format takes " + OutputFormatNames(", ", ", ") + " or jsonl, not 'x'"),
            std::string::npos)
      << bad.err;
  EXPECT_EQ(RunPith("-f TXT " + page).out, RunPith("-f text " + page).out);
  EXPECT_EQ(RunPith("-f MD " + page).out, RunPith("-f markdown " + page).out);
}

TEST_F(CliTest, CompletedValuesAreTheValuesTheParserTakes) {
  if (std::system("command -v bash >/dev/null 2>&1") != 0) GTEST_SKIP() << "no bash";
  const std::string page = Fixture("news-brief");
  for (const char* flag : {"--format", "--follow", "--page-type"}) {
    // "--format takes text, markdown, html, json or jsonl, not 'x'"
    const CliRun bad = RunPith(std::string(flag) + " x " + page);
    EXPECT_EQ(bad.exit_code, 2);
    const std::size_t from = bad.err.find(" takes "), to = bad.err.find(", not 'x'");
    ASSERT_TRUE(from != std::string::npos && to != std::string::npos) << bad.err;
    std::string listed = bad.err.substr(from + 7, to - from - 7);
    for (const std::string sep : {", ", " or "}) {
      for (std::size_t at; (at = listed.find(sep)) != std::string::npos;) listed.replace(at, sep.size(), " ");
    }
    const std::string offered = Complete(std::string(flag) + " \"\"");  // the word is empty
    EXPECT_EQ(offered, listed + "\n") << flag;
    std::istringstream names(listed);
    for (std::string name; names >> name;) {
      std::string upper = name;
      for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      const std::string args = std::string(flag) + " " + upper + " " + page;
      const CliRun r = RunPith(args);
      EXPECT_EQ(r.exit_code, 0) << args << ": " << r.err;
    }
  }
}

}  // namespace
