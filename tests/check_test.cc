// The library's checks (pith/check.h): the bounded line diff, the
// pith-check config, and CheckDirectory() over a directory of saved pages:
// unchanged, changed, missing, broken, JSON field by field, updating.
#include "pith/check.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "cli_run.h"

namespace pith {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// Applies a unified diff (without "\ No newline" lines) to `from`'s lines:
// the test's own reading of the format, to check that a diff says exactly
// how to turn one text into the other.
std::vector<std::string> Patch(const std::vector<std::string>& from, const std::string& diff) {
  std::vector<std::string> out;
  std::size_t next = 0;  // the next line of `from` not yet copied
  for (const std::string& line : Lines(diff)) {
    if (line.rfind("--- ", 0) == 0 || line.rfind("+++ ", 0) == 0) continue;
    if (line.rfind("@@ -", 0) == 0) {
      const std::size_t start = std::stoul(line.substr(4));
      const std::size_t count_at = line.find(',');
      const bool empty = count_at != std::string::npos && count_at < line.find(' ', 4) &&
                         std::stoul(line.substr(count_at + 1)) == 0;
      const std::size_t first = empty ? start : start - 1;  // 0-based
      while (next < first) out.push_back(from[next++]);
      continue;
    }
    EXPECT_FALSE(line.empty()) << "a diff line without its mark";
    if (line.empty()) continue;
    if (line[0] == ' ') {
      EXPECT_EQ(from.at(next), line.substr(1));
      out.push_back(from[next++]);
    } else if (line[0] == '-') {
      EXPECT_EQ(from.at(next), line.substr(1));
      ++next;
    } else if (line[0] == '+') {
      out.push_back(line.substr(1));
    } else {
      ADD_FAILURE() << "unexpected diff line: " << line;
    }
  }
  while (next < from.size()) out.push_back(from[next++]);
  return out;
}

TEST(UnifiedDiffTest, EqualTextsGiveNothing) {
  EXPECT_EQ(UnifiedDiff("a\nb\n", "a\nb\n", "x", "y"), "");
  EXPECT_EQ(UnifiedDiff("", "", "x", "y"), "");
}

TEST(UnifiedDiffTest, OneChangedLineWithContext) {
  const std::string from = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
  const std::string to = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
  EXPECT_EQ(UnifiedDiff(from, to, "old", "new", 2),
            "--- old\n+++ new\n@@ -3,5 +3,5 @@\n 3\n 4\n-5\n+five\n 6\n 7\n");
}

TEST(UnifiedDiffTest, InsertionsAndDeletionsAtTheEdges) {
  EXPECT_EQ(UnifiedDiff("b\n", "a\nb\n", "x", "y", 0), "--- x\n+++ y\n@@ -0,0 +1 @@\n+a\n");
  EXPECT_EQ(UnifiedDiff("a\nb\n", "a\n", "x", "y", 0), "--- x\n+++ y\n@@ -2 +1,0 @@\n-b\n");
  EXPECT_EQ(UnifiedDiff("", "a\n", "x", "y"), "--- x\n+++ y\n@@ -0,0 +1 @@\n+a\n");
}

TEST(UnifiedDiffTest, AMissingNewlineAtTheEndIsAChange) {
  EXPECT_EQ(UnifiedDiff("a\nb\n", "a\nb", "x", "y", 1),
            "--- x\n+++ y\n@@ -1,2 +1,2 @@\n a\n-b\n+b\n\\ No newline at end of file\n");
}

TEST(UnifiedDiffTest, DistantChangesMakeSeparateHunks) {
  std::string from, to;
  for (int i = 0; i < 30; ++i) {
    from += std::to_string(i) + "\n";
    to += (i == 2 || i == 25 ? "x" : std::to_string(i)) + "\n";
  }
  const std::string diff = UnifiedDiff(from, to, "a", "b", 3);
  EXPECT_NE(diff.find("@@ -1,6 +1,6 @@"), std::string::npos) << diff;
  EXPECT_NE(diff.find("@@ -23,7 +23,7 @@"), std::string::npos) << diff;
  EXPECT_EQ(Patch(Lines(from), diff), Lines(to));
}

TEST(UnifiedDiffTest, LongDiffsAreCutAndSaySo) {
  std::string from, to;
  for (int i = 0; i < 500; ++i) {
    from += "line " + std::to_string(i) + "\n";
    to += "LINE " + std::to_string(i) + "\n";
  }
  const std::string diff = UnifiedDiff(from, to, "a", "b", 3, 20);
  const std::vector<std::string> lines = Lines(diff);
  ASSERT_EQ(lines.size(), 21u);
  EXPECT_EQ(lines.back(), "... 983 more diff lines not shown");  // 3 + 1000 lines, 20 shown
}

// A page saved as one long line (a minified document) shows the start of
// the line, cut between characters, and says how much it left out, rather
// than the whole line twice.
TEST(UnifiedDiffTest, LongLinesAreCutAndSaySo) {
  const std::string from = std::string(4095, 'a') + "\xC3\xA9" + std::string(100000, 'b') + "\n";
  const std::string to = std::string(200000, 'c') + "\n";
  const std::vector<std::string> lines = Lines(UnifiedDiff(from, to, "a", "b"));
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(lines[3], "-" + std::string(4095, 'a') +
                          " [... 100002 more bytes of this line not shown]");  // é not cut in two
  EXPECT_EQ(lines[4], "+" + std::string(4096, 'c') +
                          " [... 195904 more bytes of this line not shown]");
  // A line of 4096 bytes is shown whole.
  EXPECT_EQ(Lines(UnifiedDiff("x\n", std::string(4096, 'd') + "\n", "a", "b"))[4],
            "+" + std::string(4096, 'd'));
}

// Random edits of random texts: the diff, applied, gives the new text, and
// stays minimal enough to never repeat an unchanged line as removed and added.
TEST(UnifiedDiffTest, ApplyingTheDiffGivesTheNewText) {
  std::mt19937 rng(7);
  for (int round = 0; round < 300; ++round) {
    std::vector<std::string> a;
    const int n = static_cast<int>(rng() % 40);
    for (int i = 0; i < n; ++i) a.push_back(std::string(1, static_cast<char>('a' + rng() % 6)));
    std::vector<std::string> b = a;
    const int edits = static_cast<int>(rng() % 8);
    for (int e = 0; e < edits; ++e) {
      const std::size_t at = b.empty() ? 0 : rng() % (b.size() + 1);
      switch (rng() % 3) {
        case 0: b.insert(b.begin() + static_cast<long>(at), std::string(1, static_cast<char>('a' + rng() % 8))); break;
        case 1: if (at < b.size()) b.erase(b.begin() + static_cast<long>(at)); break;
        default: if (at < b.size()) b[at] = "z"; break;
      }
    }
    std::string from, to;
    for (const std::string& l : a) from += l + "\n";
    for (const std::string& l : b) to += l + "\n";
    const std::string diff = UnifiedDiff(from, to, "a", "b", static_cast<int>(rng() % 4), 100000);
    EXPECT_EQ(diff.empty(), from == to);
    EXPECT_EQ(Patch(a, diff), b) << "from:\n" << from << "to:\n" << to << "diff:\n" << diff;
  }
}

TEST(UnifiedDiffTest, WorkIsBoundedOnTextsThatShareNothing) {
  std::string from, to;
  for (int i = 0; i < 20000; ++i) {
    from += "old " + std::to_string(i) + "\n";
    to += "new " + std::to_string(i) + "\n";
  }
  from = "same head\n" + from + "same tail\n";
  to = "same head\n" + to + "same tail\n";
  const auto start = std::chrono::steady_clock::now();
  const std::string diff = UnifiedDiff(from, to, "a", "b", 3, 1000000);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 20.0);  // Myers gives up after its edit budget instead of working on
  EXPECT_EQ(Patch(Lines(from), diff), Lines(to));
  EXPECT_NE(diff.find("\n-old 0\n"), std::string::npos);
  EXPECT_NE(diff.find("\n+new 19999\n"), std::string::npos);
}

TEST(CheckConfigTest, ReadsEveryKey) {
  CheckOptions o;
  ASSERT_TRUE(ParseCheckConfig("# a comment\n\n format = text, json md\n"
                               "json-fields = title text\r\n"
                               "with-comments = true\nno-tables = yes\nwith-links = 1\n"
                               "with-images = true\nfavor-precision = true\nmin-chars = 10\n"
                               "encoding = windows-1251\n",
                               "cfg", &o)
                  .ok());
  EXPECT_EQ(o.formats, (std::vector<OutputFormat>{OutputFormat::kText, OutputFormat::kJson,
                                                  OutputFormat::kMarkdown}));
  EXPECT_EQ(o.json_fields, (std::vector<std::string>{"title", "text"}));
  EXPECT_TRUE(o.extract.include_comments);
  EXPECT_TRUE(o.render.with_comments);
  EXPECT_FALSE(o.extract.include_tables);
  EXPECT_TRUE(o.render.with_links);
  EXPECT_TRUE(o.render.with_images);
  EXPECT_EQ(o.extract.focus, ExtractOptions::Focus::kPrecision);
  EXPECT_EQ(o.extract.min_text_chars, 10);
  EXPECT_EQ(o.extract.encoding, "windows-1251");

  CheckOptions empty;
  ASSERT_TRUE(ParseCheckConfig("", "cfg", &empty).ok());
  EXPECT_EQ(empty.formats, std::vector<OutputFormat>{OutputFormat::kText});
}

TEST(CheckConfigTest, ErrorsNameTheFileAndLine) {
  const struct {
    const char* text;
    const char* message;
  } cases[] = {
      {"format = text\ncolour = blue\n", "cfg:2: unknown key 'colour'"},
      {"\n\nwith-links\n", "cfg:3: expected 'key = value'"},
      {"with-links = maybe\n", "cfg:1: with-links takes true or false, not 'maybe'"},
      {"format = pdf\n", "cfg:1: format takes text, markdown, html or json, not 'pdf'"},
      {"format =\n", "cfg:1: format names no format"},
      {"min-chars = -3\n", "cfg:1: min-chars takes a whole number, not '-3'"},
      {"encoding = klingon\n",
       "cfg:1: encoding takes an encoding label such as utf-8 or windows-1251, not 'klingon'"},
      {"favor-precision = true\nfavor-recall = true\n",
       "cfg:2: favor-precision and favor-recall exclude each other"},
  };
  for (const auto& c : cases) {
    CheckOptions o;
    const Status s = ParseCheckConfig(c.text, "cfg", &o);
    EXPECT_EQ(s.code(), Status::Code::kInvalidArgument) << c.text;
    EXPECT_EQ(s.message().rfind(c.message, 0), 0u) << s.message();
  }
}

TEST(CheckNamesTest, FormatNamesGoBothWays) {
  for (OutputFormat f : {OutputFormat::kText, OutputFormat::kMarkdown, OutputFormat::kHtml,
                         OutputFormat::kJson}) {
    OutputFormat parsed = OutputFormat::kText;
    EXPECT_TRUE(ParseOutputFormat(OutputFormatName(f), &parsed)) << OutputFormatName(f);
    EXPECT_EQ(parsed, f);
  }
  OutputFormat f = OutputFormat::kJson;
  EXPECT_TRUE(ParseOutputFormat("MD", &f));
  EXPECT_EQ(f, OutputFormat::kMarkdown);
  EXPECT_TRUE(ParseOutputFormat("txt", &f));
  EXPECT_EQ(f, OutputFormat::kText);
  EXPECT_TRUE(ParseOutputFormat("Html", &f));
  EXPECT_EQ(f, OutputFormat::kHtml);
  EXPECT_EQ(OutputFormatNames(", ", " or "), "text, markdown, html or json");
  EXPECT_FALSE(ParseOutputFormat("jsonl", &f));
  EXPECT_FALSE(ParseOutputFormat("htm", &f));
  EXPECT_FALSE(ParseOutputFormat("", &f));
  EXPECT_EQ(f, OutputFormat::kHtml);  // unchanged
}

TEST(CheckNamesTest, PagesAndTheirExpectations) {
  for (const char* page : {"a.html", "a.htm", "a.warc", "a.html.gz", "a.warc.gz", "source.html",
                           "A.HTML", "a.Htm", "a.WARC.GZ", "a.html.GZ", "SOURCE.HTML"}) {
    EXPECT_TRUE(IsSavedPageName(page)) << page;
  }
  for (const char* other : {"a.expected.html", "expected.html", "a.txt", "a.gz", ".html",
                            "a.expected.txt", "pith-check", "meta.json"}) {
    EXPECT_FALSE(IsSavedPageName(other)) << other;
  }
  EXPECT_EQ(ExpectationPath("d/story.html", OutputFormat::kText), "d/story.expected.txt");
  EXPECT_EQ(ExpectationPath("d/item.warc.gz", OutputFormat::kMarkdown), "d/item.expected.md");
  EXPECT_EQ(ExpectationPath("d/slug/source.html", OutputFormat::kJson), "d/slug/expected.json");
  EXPECT_EQ(ExpectationPath("d/a.b.htm", OutputFormat::kHtml), "d/a.b.expected.html");
  EXPECT_EQ(ExpectationPath("d/Story.HTML", OutputFormat::kText), "d/Story.expected.txt");
  EXPECT_FALSE(IsSavedPageName("a.expected.HTML"));
}

std::string Page(const std::string& title, const std::string& body) {
  return "<html lang=en><head><title>" + title + "</title></head><body><nav><a href=/>Home</a> "
         "<a href=/x>Sections</a></nav><article><h1>" + title + "</h1>" + body +
         "</article><footer>Copyright the site</footer></body></html>";
}

const char* kBody =
    "<p>The first paragraph of the story is long enough to be the article, with commas, "
    "clauses and a full stop.</p><p>A second paragraph follows it, also long enough, so that "
    "the page has a story of two paragraphs.</p>";

class CheckDirectoryTest : public testing::TempDirTest {
 protected:
  std::string Read(const std::string& name) {
    std::ifstream in(dir_ + "/" + name, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }
  CheckReport Check(const CheckOptions& o) {
    Result<CheckReport> r = CheckDirectory(dir_, o);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? *r : CheckReport{};
  }
  const CheckResult* Find(const CheckReport& r, const std::string& name, OutputFormat f) {
    for (const CheckResult& c : r.results) {
      if (c.name == name && c.format == f) return &c;
    }
    return nullptr;
  }
};

TEST_F(CheckDirectoryTest, UnchangedChangedMissingAndBroken) {
  Write("same.html", Page("Same", kBody));
  Write("changed.html", Page("Changed", kBody));
  Write("new.html", Page("New", kBody));
  Write("sub/broken.html.gz", std::string("\x1f\x8b\x08\x00 not really gzip", 20));
  CheckOptions update;
  update.update = true;
  update.only = "same";
  ASSERT_EQ(Check(update).written, 1u);
  update.only = "changed";
  ASSERT_EQ(Check(update).written, 1u);
  Write("changed.expected.txt", Read("changed.expected.txt") + "A line pith never wrote.\n");
  Write("sub/broken.expected.txt", "anything\n");

  const CheckReport r = Check(CheckOptions{});
  EXPECT_EQ(r.pages, 4u);
  EXPECT_EQ(r.unchanged, 1u);
  EXPECT_EQ(r.changed, 1u);
  EXPECT_EQ(r.missing, 1u);
  EXPECT_EQ(r.failed, 1u);
  EXPECT_EQ(r.ExitCode(), 2);
  EXPECT_EQ(r.Summary(), "4 pages checked: 1 unchanged, 1 changed, 1 missing an expectation, 1 failed");
  ASSERT_EQ(r.results.size(), 4u);  // sorted by name
  EXPECT_EQ(r.results[0].name, "changed");
  EXPECT_EQ(r.results[1].name, "new");
  EXPECT_EQ(r.results[2].name, "same");
  EXPECT_EQ(r.results[3].name, "sub/broken");

  EXPECT_EQ(r.results[0].outcome, CheckOutcome::kChanged);
  EXPECT_NE(r.results[0].diff.find("\n-A line pith never wrote.\n"), std::string::npos)
      << r.results[0].diff;
  EXPECT_EQ(r.results[0].diff.rfind("--- " + dir_ + "/changed.expected.txt\n+++ " + dir_ +
                                        "/changed.html (pith ",
                                    0),
            0u)
      << r.results[0].diff;
  EXPECT_EQ(r.results[1].outcome, CheckOutcome::kMissing);
  EXPECT_FALSE(fs::exists(dir_ + "/new.expected.txt"));  // never blessed silently
  EXPECT_EQ(r.results[2].outcome, CheckOutcome::kUnchanged);
  EXPECT_EQ(r.results[3].outcome, CheckOutcome::kFailed);
  EXPECT_EQ(r.results[3].error.code(), Status::Code::kDecodeError);
  EXPECT_NE(r.results[3].error.message().find("broken.html.gz"), std::string::npos);

  // Without the broken page: 1 (a change, a missing expectation).
  fs::remove(dir_ + "/sub/broken.html.gz");
  EXPECT_EQ(Check(CheckOptions{}).ExitCode(), 1);
}

// A page's name on something that is no regular file (a link that leads
// nowhere, a FIFO) is a page that fails with its cause, as pith's walk of a
// directory reports it, not a page skipped without a word; a directory so
// named is no page.
TEST_F(CheckDirectoryTest, APageThatIsNoRegularFileFailsWithItsCause) {
  Write("good.html", Page("Good", kBody));
  fs::create_symlink(dir_ + "/moved-away.html", dir_ + "/gone.html");
  ASSERT_EQ(mkfifo((dir_ + "/pipe.html").c_str(), 0600), 0);
  fs::create_directories(dir_ + "/folder.html");
  CheckOptions update;
  update.update = true;
  update.only = "good";
  ASSERT_EQ(Check(update).written, 1u);

  const CheckReport r = Check(CheckOptions{});
  ASSERT_EQ(r.results.size(), 3u);
  EXPECT_EQ(r.results[0].name, "gone");
  EXPECT_EQ(r.results[0].outcome, CheckOutcome::kFailed);
  EXPECT_EQ(r.results[0].error.error_number(), ENOENT) << r.results[0].error.ToString();
  EXPECT_EQ(r.results[1].name, "good");
  EXPECT_EQ(r.results[1].outcome, CheckOutcome::kUnchanged);
  EXPECT_EQ(r.results[2].name, "pipe");
  EXPECT_EQ(r.results[2].outcome, CheckOutcome::kFailed);
  EXPECT_EQ(r.results[2].error.message(), dir_ + "/pipe.html is not a regular file");
  EXPECT_EQ(r.ExitCode(), 2);
}

TEST_F(CheckDirectoryTest, UpdateWritesWhatChangedAndSaysSo) {
  Write("a.html", Page("Alpha", kBody));
  Write("b.html", Page("Beta", kBody));
  CheckOptions o;
  o.update = true;
  CheckReport first = Check(o);
  EXPECT_EQ(first.written, 2u);
  EXPECT_EQ(first.updated, 2u);
  EXPECT_EQ(first.ExitCode(), 0);
  EXPECT_EQ(first.results[0].outcome, CheckOutcome::kCreated);
  EXPECT_EQ(first.results[0].expected, dir_ + "/a.expected.txt");
  EXPECT_NE(Read("a.expected.txt").find("The first paragraph of the story"), std::string::npos);

  EXPECT_EQ(first.Summary(), "2 pages checked: 0 unchanged, 0 changed, 0 missing an expectation, "
                             "0 failed, 2 updated (2 files written)");

  Write("b.expected.txt", "stale\n");
  CheckReport second = Check(o);
  EXPECT_EQ(second.written, 1u);
  EXPECT_EQ(second.Summary(), "2 pages checked: 1 unchanged, 0 changed, 0 missing an expectation, "
                              "0 failed, 1 updated (1 file written)");
  EXPECT_EQ(second.unchanged, 1u);
  EXPECT_EQ(second.results[0].outcome, CheckOutcome::kUnchanged);
  EXPECT_EQ(second.results[1].outcome, CheckOutcome::kUpdated);
  EXPECT_NE(second.results[1].diff.find("\n-stale\n"), std::string::npos);
  EXPECT_EQ(Read("b.expected.txt"), Read("a.expected.txt"));  // same body, same text
  o.update = false;
  o.only = "a";
  EXPECT_EQ(Check(o).Summary(),
            "1 page checked: 1 unchanged, 0 changed, 0 missing an expectation, 0 failed");
  EXPECT_EQ(Check(CheckOptions{}).ExitCode(), 0);
}

TEST_F(CheckDirectoryTest, ThreadsGiveTheSameReportInTheSameOrder) {
  for (int i = 0; i < 12; ++i) {
    const std::string n = std::to_string(i);
    Write("p" + n + ".html", Page("Page " + n, kBody));
    if (i % 3 != 0) Write("p" + n + ".expected.txt", i % 3 == 1 ? "old\n" : "");
  }
  CheckOptions one;
  one.formats = {OutputFormat::kText, OutputFormat::kJson};
  CheckOptions many = one;
  many.threads = 4;
  const CheckReport a = Check(one), b = Check(many);
  ASSERT_EQ(a.results.size(), 24u);
  ASSERT_EQ(b.results.size(), a.results.size());
  for (std::size_t i = 0; i < a.results.size(); ++i) {
    EXPECT_EQ(a.results[i].name, b.results[i].name);
    EXPECT_EQ(a.results[i].format, b.results[i].format);
    EXPECT_EQ(a.results[i].outcome, b.results[i].outcome);
    EXPECT_EQ(a.results[i].diff, b.results[i].diff);
  }
  EXPECT_EQ(b.changed, 8u);
  EXPECT_EQ(b.missing, 4u);
  many.update = true;
  EXPECT_EQ(Check(many).written, 24u);  // 8 rewritten texts, 4 new, 12 new JSON
  EXPECT_EQ(Check(one).unchanged, 12u);
}

TEST_F(CheckDirectoryTest, OnlyNarrowsToOnePage) {
  Write("a.html", Page("Alpha", kBody));
  Write("dir/b.html", Page("Beta", kBody));
  CheckOptions o;
  o.update = true;
  o.only = "dir/b";
  const CheckReport r = Check(o);
  ASSERT_EQ(r.results.size(), 1u);
  EXPECT_EQ(r.results[0].name, "dir/b");
  EXPECT_TRUE(fs::exists(dir_ + "/dir/b.expected.txt"));
  EXPECT_FALSE(fs::exists(dir_ + "/a.expected.txt"));
  Result<std::vector<SavedPage>> pages = FindSavedPages(dir_);
  ASSERT_TRUE(pages.ok());
  ASSERT_EQ(pages->size(), 2u);
  EXPECT_EQ((*pages)[0].name, "a");
  EXPECT_EQ((*pages)[0].path, dir_ + "/a.html");
  EXPECT_EQ((*pages)[1].name, "dir/b");
  EXPECT_EQ((*pages)[1].path, dir_ + "/dir/b.html");
  o.only = "nothing";
  const Result<CheckReport> none = CheckDirectory(dir_, o);
  EXPECT_EQ(none.status().code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(none.status().message(), "no page named nothing in " + dir_);
}

TEST_F(CheckDirectoryTest, JsonIsComparedFieldByField) {
  Write("a.html", Page("Alpha", kBody));
  CheckOptions o;
  o.formats = {OutputFormat::kJson};
  o.update = true;
  Check(o);
  const std::string json = Read("a.expected.json");
  EXPECT_EQ(json.find("\"input\""), std::string::npos);  // where the page lies does not count
  EXPECT_NE(json.find("\n  \"title\": \"Alpha\",\n"), std::string::npos) << json;

  o.update = false;
  // A metadata change alone.
  Write("a.html", Page("Omega", kBody));
  CheckReport r = Check(o);
  ASSERT_EQ(r.results[0].fields.size(), 1u);
  EXPECT_EQ(r.results[0].fields[0].field, "title");
  EXPECT_NE(r.results[0].fields[0].diff.find("\n-\"Alpha\"\n+\"Omega\"\n"), std::string::npos)
      << r.results[0].fields[0].diff;
  // A text change alone, shown by lines of the text.
  Write("a.html", Page("Alpha", std::string(kBody) + "<p>A third paragraph, added later, also "
                                                     "long enough to be read as text.</p>"));
  r = Check(o);
  ASSERT_EQ(r.results[0].fields.size(), 1u);
  EXPECT_EQ(r.results[0].fields[0].field, "text");
  EXPECT_NE(r.results[0].diff.find("\n+A third paragraph, added later"), std::string::npos)
      << r.results[0].diff;
  // Fields are generic: one pith does not write (any more) and one it
  // writes that the expectation lacks are both reported.
  Write("a.html", Page("Alpha", kBody));
  std::string edited = Read("a.expected.json");
  edited.replace(edited.find("  \"title\""), 0, "  \"reading_time\": 4,\n");
  edited.replace(edited.find("  \"language\": \"en\",\n"), std::string("  \"language\": \"en\",\n").size(), "");
  Write("a.expected.json", edited);
  r = Check(o);
  ASSERT_EQ(r.results[0].fields.size(), 2u) << r.results[0].diff;
  EXPECT_EQ(r.results[0].fields[0].field, "reading_time");
  EXPECT_NE(r.results[0].fields[0].diff.find("reading_time (absent)"), std::string::npos);
  EXPECT_EQ(r.results[0].fields[1].field, "language");
  // json_fields narrows the comparison to the fields named.
  o.json_fields = {"title", "text"};
  EXPECT_EQ(Check(o).results[0].outcome, CheckOutcome::kUnchanged);
  // An expectation that is not JSON is a failure, not a change.
  Write("a.expected.json", "{ not json");
  r = Check(o);
  EXPECT_EQ(r.results[0].outcome, CheckOutcome::kFailed);
  EXPECT_EQ(r.ExitCode(), 2);
}

// Values that read alike as lines still show a diff: a text gaining a
// final newline, a number that was a string.
TEST(CompareExpectationTest, EveryJsonChangeHasADiff) {
  const struct {
    const char* expected;
    const char* actual;
  } cases[] = {
      {R"({"text": "a\nb"})", R"({"text": "a\nb\n"})"},
      {R"({"n": "1\n"})", R"({"n": 1})"},
      {R"({"t": ""})", R"({})"},
      {R"({"list": [1, 2]})", R"({"list": [2, 1]})"},
  };
  for (const auto& c : cases) {
    CheckResult r;
    CompareExpectation(c.expected, c.actual, OutputFormat::kJson, CheckOptions{}, &r);
    EXPECT_EQ(r.outcome, CheckOutcome::kChanged) << c.expected;
    ASSERT_EQ(r.fields.size(), 1u) << c.expected;
    EXPECT_FALSE(r.fields[0].diff.empty()) << c.expected;
    EXPECT_EQ(r.diff, r.fields[0].diff);
  }
  CheckResult same;
  CompareExpectation("{\"a\": 1, \"b\": [1]}", "{\"b\": [1], \"a\": 1}", OutputFormat::kJson,
                     CheckOptions{}, &same);
  EXPECT_EQ(same.outcome, CheckOutcome::kUnchanged);  // fields, not their order
}

TEST_F(CheckDirectoryTest, JsonFieldsChooseWhatIsWritten) {
  Write("a.html", Page("Alpha", kBody));
  CheckOptions o;
  o.formats = {OutputFormat::kJson};
  o.json_fields = {"language", "title"};
  o.update = true;
  Check(o);
  EXPECT_EQ(Read("a.expected.json"), "{\n  \"language\": \"en\",\n  \"title\": \"Alpha\"\n}\n");
}

// A WARC response record holding `html` at `uri`.
std::string WarcResponse(const std::string& uri, const std::string& html) {
  const std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " +
                           std::to_string(html.size()) + "\r\n\r\n" + html;
  return "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri +
         "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " +
         std::to_string(http.size()) + "\r\n\r\n" + http + "\r\n\r\n";
}

// A saved .warc page is one response record; one of several pages was read
// as its first page alone, the others never checked. It fails, saying so; a
// WARC of one page checks.
TEST_F(CheckDirectoryTest, AWarcOfSeveralPagesFails) {
  Write("one.warc", WarcResponse("https://news.example/a", Page("Alpha", kBody)));
  Write("crawl.warc", WarcResponse("https://news.example/a", Page("Alpha", kBody)) +
                          WarcResponse("https://news.example/b", Page("Beta", kBody)));
  CheckOptions o;
  o.update = true;
  const CheckReport r = Check(o);
  ASSERT_EQ(r.results.size(), 2u);
  EXPECT_EQ(r.results[0].name, "crawl");
  EXPECT_EQ(r.results[0].outcome, CheckOutcome::kFailed);
  EXPECT_EQ(r.results[0].error.code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(r.results[0].error.message(),
            dir_ +
                "/crawl.warc: a WARC archive of several response records, not one saved page: "
                "read it record by record (WarcReader and ExtractRecord(), pith.iter_warc() "
                "in Python, or pith on the command line)");
  EXPECT_FALSE(fs::exists(dir_ + "/crawl.expected.txt"));
  EXPECT_EQ(r.results[1].outcome, CheckOutcome::kCreated);
  EXPECT_EQ(Read("one.expected.txt").rfind("The first paragraph of the story", 0), 0u)
      << Read("one.expected.txt");
}

// A json-fields name no expectation holds compares nothing: a misspelt one
// ("titel") wrote {} and every later check passed. It is refused, in the
// pith-check file (naming the line), by CheckDirectory() and by
// WriteExpectations(), and so is a field only a switch left off writes.
TEST_F(CheckDirectoryTest, JsonFieldsNamingNoFieldAreRefused) {
  const std::string page = Write("a.html", Page("Alpha", kBody));
  const std::string known =
      "(known: url, title, authors, date, site_name, language, dir, description, image, canonical, "
      "encoding, found, page_type, text, comments, images, blocks)";
  CheckOptions parsed;
  Status s = ParseCheckConfig("format = json\njson-fields = title, titel\n", "cfg", &parsed);
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(s.message(), "cfg:2: json-fields: unknown JSON field 'titel' " + known);
  EXPECT_TRUE(parsed.json_fields.empty());

  CheckOptions o;
  o.formats = {OutputFormat::kJson};
  o.update = true;
  o.json_fields = {"title", "titel"};
  for (const Status& refused :
       {CheckDirectory(dir_, o).status(), WriteExpectations(page, o).status()}) {
    EXPECT_EQ(refused.code(), Status::Code::kInvalidArgument);
    EXPECT_EQ(refused.message(), "unknown JSON field 'titel' " + known);
  }
  EXPECT_FALSE(fs::exists(dir_ + "/a.expected.json"));  // nothing written
  o.json_fields = {"input"};
  EXPECT_EQ(CheckDirectory(dir_, o).status().message(),
            "the JSON field 'input' names where the page lies, and no expectation holds it");
  o.json_fields = {"text", "comments"};
  EXPECT_EQ(CheckDirectory(dir_, o).status().message(),
            "JSON field 'comments' is written only with with_comments: without it no page has the "
            "field");
  o.render.with_comments = true;
  EXPECT_EQ(Check(o).written, 1u);
  o.json_fields = {"images"};
  EXPECT_EQ(
      CheckDirectory(dir_, o).status().message(),
      "JSON field 'images' is written only with with_images: without it no page has the field");
  o.json_fields = {"blocks"};
  EXPECT_EQ(
      CheckDirectory(dir_, o).status().message(),
      "JSON field 'blocks' is written only with with_blocks: without it no page has the field");
}

// kJsonFields lists every top-level field RenderJson() writes for a page
// (with every switch on), but "input" and "author", in its order.
TEST(CheckJsonFieldsTest, KnownFieldsAreWhatRenderJsonWrites) {
  Result<Article> article = Extract(Page("Alpha", kBody), ExtractOptions{}, PageInfo{});
  ASSERT_TRUE(article.ok());
  article->input = "a.html";
  article->dir = "rtl";  // written only for a page that gives one
  RenderOptions all;
  all.with_blocks = all.with_comments = all.with_images = true;
  std::vector<std::string> written;
  const std::string json = RenderJson(*article, all);
  // Top-level keys: the strings after '{' or ',' at depth one.
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    if (c == '"') {
      in_string = true;
      if (depth == 1 && (json[i - 1] == '{' || json[i - 1] == ',')) {
        written.push_back(json.substr(i + 1, json.find('"', i + 1) - i - 1));
      }
    } else if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  for (const char* unlisted : {"input", "author"}) {
    written.erase(std::remove(written.begin(), written.end(), unlisted), written.end());
  }
  EXPECT_EQ(written, std::vector<std::string>(std::begin(kJsonFields), std::end(kJsonFields)));
}

// JSON's authors are "authors", as Article::authors, Python's and Scrapy's
// fields name them; "author", their old name, is in RenderJson's output as a
// deprecated copy but no expectation holds it twice. An expectation written
// under the old name, or json-fields naming it, still checks unchanged.
TEST_F(CheckDirectoryTest, AuthorsUnderTheirOldNameStillCheck) {
  Write("a.html", Page("Alpha", kBody));
  CheckOptions o;
  o.formats = {OutputFormat::kJson};
  o.update = true;
  Check(o);
  std::string json = Read("a.expected.json");
  EXPECT_NE(json.find("\n  \"authors\": [],\n"), std::string::npos) << json;
  EXPECT_EQ(json.find("\"author\""), std::string::npos) << json;

  o.update = false;
  json.replace(json.find("\"authors\""), std::string("\"authors\"").size(), "\"author\"");
  Write("a.expected.json", json);  // as pith wrote it before the rename
  EXPECT_EQ(Check(o).results[0].outcome, CheckOutcome::kUnchanged) << Check(o).results[0].diff;
  for (const char* field : {"author", "authors"}) {
    o.json_fields = {"title", field};
    EXPECT_EQ(Check(o).results[0].outcome, CheckOutcome::kUnchanged) << field;
  }
  o.update = true;
  o.json_fields = {"title", "author"};
  Write("b.html", Page("Beta", kBody));
  Check(o);
  EXPECT_EQ(Read("b.expected.json"), "{\n  \"title\": \"Beta\",\n  \"authors\": []\n}\n");
}

TEST_F(CheckDirectoryTest, FolderLayoutReadsMetaJsonAndEveryFormat) {
  Write("story/source.html",
        Page("Story", std::string(kBody) + "<p>See <a href=\"/more\">the longer report</a> for "
                                           "every figure and the full list of sources.</p>"));
  Write("story/meta.json", R"({"url": "https://news.example/2024/story", "with": ["x"]})");
  CheckOptions o;
  o.formats = {OutputFormat::kText, OutputFormat::kMarkdown, OutputFormat::kHtml,
               OutputFormat::kJson};
  o.render.with_links = true;
  o.update = true;
  EXPECT_EQ(Check(o).written, 4u);
  for (const char* f : {"expected.txt", "expected.md", "expected.html", "expected.json"}) {
    EXPECT_TRUE(fs::exists(dir_ + "/story/" + f)) << f;
  }
  // expected.html is an expectation, not a page; links resolve against meta.json's URL.
  o.update = false;
  const CheckReport r = Check(o);
  EXPECT_EQ(r.pages, 1u);
  EXPECT_EQ(r.unchanged, 1u);
  EXPECT_NE(Read("story/expected.md").find("(https://news.example/more)"), std::string::npos)
      << Read("story/expected.md");
  EXPECT_NE(Read("story/expected.json").find("\"url\": \"https://news.example/2024/story\""),
            std::string::npos);
  Write("story/meta.json", "[1]");
  EXPECT_EQ(Check(o).failed, 1u);
}

// A page's meta.json and the directory's pith-check file are named in
// messages with their control bytes escaped, as every file name is.
TEST_F(CheckDirectoryTest, MessagesEscapeTheNamesOfMetaAndConfigFiles) {
  Write("line\nfeed/source.html", Page("Story", kBody));
  Write("line\nfeed/meta.json", "[1]");
  const CheckReport r = Check(CheckOptions{});
  ASSERT_EQ(r.results.size(), 1u);
  EXPECT_EQ(r.results[0].error.message(), dir_ + "/line\\nfeed/meta.json: not a JSON object");
  Write("line\nfeed/" + std::string(kCheckConfigName), "no\x1b[2J key = 1\n");
  CheckOptions o;
  const Status s = ReadCheckConfig(dir_ + "/line\nfeed", &o);
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.message().rfind(dir_ + "/line\\nfeed/" + kCheckConfigName + ":1: unknown key 'no\\x1b[2j key'", 0),
            0u)
      << s.message();
}

TEST_F(CheckDirectoryTest, ADirectoryCanMoveAndLineEndingsDoNotCount) {
  Write("a/page.html", Page("Alpha", kBody));
  CheckOptions o;
  o.formats = {OutputFormat::kText, OutputFormat::kJson};
  o.update = true;
  Result<CheckReport> r = CheckDirectory(dir_ + "/a", o);
  ASSERT_TRUE(r.ok());
  fs::rename(dir_ + "/a", dir_ + "/moved");
  std::string text = Read("moved/page.expected.txt");
  std::string crlf;
  for (char c : text) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  Write("moved/page.expected.txt", crlf);
  o.update = false;
  r = CheckDirectory(dir_ + "/moved", o);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->unchanged, 1u) << r->results[0].diff << r->results[1].diff;
}

TEST_F(CheckDirectoryTest, ConfigFileAndErrors) {
  Write("a.html", Page("Alpha", kBody));
  Write(kCheckConfigName, "format = json\njson-fields = title\n");
  CheckOptions o;
  ASSERT_TRUE(ReadCheckConfig(dir_, &o).ok());
  EXPECT_EQ(o.formats, std::vector<OutputFormat>{OutputFormat::kJson});
  Write(kCheckConfigName, "format = json\nspeed = fast\n");
  const Status bad = ReadCheckConfig(dir_, &o);
  EXPECT_EQ(bad.code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(bad.message().rfind(dir_ + "/pith-check:2: unknown key 'speed'", 0), 0u) << bad.message();
  CheckOptions none;
  EXPECT_TRUE(ReadCheckConfig(dir_ + "/nowhere", &none).ok());  // no file: nothing to read
  const Status nowhere = CheckDirectory(dir_ + "/nowhere", none).status();
  EXPECT_EQ(nowhere.code(), Status::Code::kIoError);
  EXPECT_EQ(nowhere.error_number(), ENOENT);
  EXPECT_EQ(nowhere.path(), dir_ + "/nowhere");
  const Status file = CheckDirectory(dir_ + "/a.html", none).status();
  EXPECT_EQ(file.code(), Status::Code::kIoError);
  EXPECT_EQ(file.error_number(), ENOTDIR);
}

// A directory name holding a NUL is refused, not read up to the NUL as the
// system would read it (dir_ + "\0/elsewhere" checking dir_'s pages).
TEST_F(CheckDirectoryTest, ADirectoryNameHoldingANulIsRefused) {
  Write("a.html", Page("Alpha", kBody));
  Write(kCheckConfigName, "format = json\n");
  const std::string cut = dir_ + std::string(1, '\0') + "/elsewhere";
  CheckOptions o;
  const Status config = ReadCheckConfig(cut, &o);
  EXPECT_EQ(config.code(), Status::Code::kInvalidArgument) << config.ToString();
  EXPECT_EQ(o.formats, CheckOptions().formats);  // nothing read
  const Status found = FindSavedPages(cut).status();
  EXPECT_EQ(found.code(), Status::Code::kInvalidArgument) << found.ToString();
  const Status checked = CheckDirectory(cut, o).status();
  EXPECT_EQ(checked.code(), Status::Code::kInvalidArgument) << checked.ToString();
  EXPECT_EQ(checked.message(), dir_ + "\\0/elsewhere: a file name must not hold a NUL byte");
}

TEST_F(CheckDirectoryTest, WriteExpectationsMatchesWhatCheckReads) {
  const std::string page = Write("p.html", Page("Alpha", kBody));
  CheckOptions o;
  o.formats = {OutputFormat::kMarkdown, OutputFormat::kJson};
  Result<std::vector<std::string>> written = WriteExpectations(page, o);
  ASSERT_TRUE(written.ok());
  EXPECT_EQ(*written, (std::vector<std::string>{dir_ + "/p.expected.md", dir_ + "/p.expected.json"}));
  EXPECT_EQ(Check(o).unchanged, 1u);
  EXPECT_FALSE(WriteExpectations(dir_ + "/none.html", o).ok());
}

}  // namespace
}  // namespace pith
