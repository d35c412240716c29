// `pith check DIR...` and `pith --save DIR --with-expected URL...` as a user
// runs them: the report, the exit codes, --update and --only, the pith-check
// file, options that override it, and pages saved from a local server with
// their expectations.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli_run.h"
#include "test_site.h"

namespace {

namespace fs = std::filesystem;
using pith::testing::CliRun;
using pith::testing::Fixture;
using pith::testing::ReadFile;
using pith::testing::RunPith;
using pith::testing::TestSite;

std::string Copy(const std::string& from, const std::string& to) {
  fs::create_directories(fs::path(to).parent_path());
  fs::copy_file(from, to, fs::copy_options::overwrite_existing);
  return to;
}

class CliCheckTest : public pith::testing::TempDirTest {};

TEST_F(CliCheckTest, ExitCodesFollowTheOutcome) {
  Copy(Fixture("recipe"), dir_ + "/recipe.html");
  Copy(Fixture("german-news"), dir_ + "/news/german.html");

  // Nothing to compare with yet: reported, not blessed, exit 1.
  CliRun missing = RunPith("check " + dir_);
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.out.find("missing: recipe (text): no " + dir_ + "/recipe.expected.txt"),
            std::string::npos)
      << missing.out;
  EXPECT_NE(missing.out.find("2 pages checked: 0 unchanged, 0 changed, 2 missing an expectation, "
                             "0 failed"),
            std::string::npos)
      << missing.out;
  EXPECT_FALSE(fs::exists(dir_ + "/recipe.expected.txt"));

  CliRun update = RunPith("check --update " + dir_);
  EXPECT_EQ(update.exit_code, 0) << update.err;
  EXPECT_NE(update.out.find("created: " + dir_ + "/news/german.expected.txt\n"), std::string::npos);
  EXPECT_NE(update.out.find("created: " + dir_ + "/recipe.expected.txt\n"), std::string::npos);
  EXPECT_NE(update.out.find("2 updated (2 files written)"), std::string::npos) << update.out;
  EXPECT_EQ(ReadFile(dir_ + "/recipe.expected.txt"), pith::testing::Expected("recipe"));

  CliRun same = RunPith("check -j 2 " + dir_);
  EXPECT_EQ(same.exit_code, 0);
  EXPECT_EQ(same.out, dir_ + ": 2 pages checked: 2 unchanged, 0 changed, 0 missing an expectation, "
                             "0 failed\n");

  // A changed page: its diff, exit 1.
  std::string text = ReadFile(dir_ + "/recipe.expected.txt");
  text.replace(text.find("red lentils"), 11, "green peas");
  std::ofstream(dir_ + "/recipe.expected.txt", std::ios::binary) << text;
  CliRun changed = RunPith("check " + dir_);
  EXPECT_EQ(changed.exit_code, 1);
  EXPECT_NE(changed.out.find("changed: recipe (text)\n--- " + dir_ + "/recipe.expected.txt\n+++ "),
            std::string::npos)
      << changed.out;
  EXPECT_NE(changed.out.find("\n-250 g green peas"), std::string::npos) << changed.out;
  EXPECT_NE(changed.out.find("\n+250 g red lentils"), std::string::npos) << changed.out;
  EXPECT_NE(changed.out.find("1 unchanged, 1 changed"), std::string::npos);
  // The command that accepts them, on standard error; none with -q.
  EXPECT_EQ(changed.err, "pith: if the changes are wanted, accept them with: pith check --update " +
                             dir_ + "\n");
  EXPECT_EQ(RunPith("check -q " + dir_).err, "");

  // A page that cannot be extracted: exit 2, named on stderr, the others still checked.
  std::ofstream(dir_ + "/binary.html", std::ios::binary) << std::string("%PDF-1.7\n\0\0\0\x01\x02", 14);
  std::ofstream(dir_ + "/binary.expected.txt") << "x\n";
  CliRun failed = RunPith("check " + dir_);
  EXPECT_EQ(failed.exit_code, 2);
  EXPECT_NE(failed.out.find("failed: binary (text)"), std::string::npos);
  EXPECT_NE(failed.err.find("pith: check: binary: "), std::string::npos) << failed.err;
  EXPECT_NE(failed.err.find("binary.html"), std::string::npos) << failed.err;
  EXPECT_NE(failed.out.find("3 pages checked: 1 unchanged, 1 changed, 0 missing an expectation, 1 failed"),
            std::string::npos)
      << failed.out;
}

TEST_F(CliCheckTest, UpdateOnlyTouchesTheNamedPage) {
  Copy(Fixture("recipe"), dir_ + "/recipe.html");
  Copy(Fixture("forum-thread"), dir_ + "/forum/source.html");
  CliRun one = RunPith("check --update --only forum " + dir_);
  EXPECT_EQ(one.exit_code, 0) << one.err;
  EXPECT_EQ(one.out, "created: " + dir_ + "/forum/expected.txt\n" + dir_ +
                         ": 1 page checked: 0 unchanged, 0 changed, 0 missing an expectation, 0 "
                         "failed, 1 updated (1 file written)\n");
  EXPECT_FALSE(fs::exists(dir_ + "/recipe.expected.txt"));
  EXPECT_EQ(RunPith("check --only forum " + dir_).exit_code, 0);
  CliRun none = RunPith("check --only nothing " + dir_);
  EXPECT_EQ(none.exit_code, 2);
  EXPECT_EQ(none.err, "pith: check: no page named nothing in " + dir_ + "\n");
  // Refreshing a stale expectation lists it with its diff.
  std::ofstream(dir_ + "/forum/expected.txt") << "old\n";
  CliRun refresh = RunPith("check --update --only forum " + dir_);
  EXPECT_EQ(refresh.exit_code, 0);
  EXPECT_NE(refresh.out.find("updated: forum (text)\n"), std::string::npos) << refresh.out;
  EXPECT_NE(refresh.out.find("\n-old\n"), std::string::npos) << refresh.out;
}

// The command a missing expectation's line suggests writes that very
// expectation: it carries the options given, and the shell reads it back.
TEST_F(CliCheckTest, MissingExpectationSuggestsTheCommandThatWritesIt) {
  const std::string dir = dir_ + "/my pages";
  Copy(Fixture("recipe"), dir + "/recipe.html");
  CliRun missing = RunPith("check -f json --min-chars 20 --min-chars 30 --no-tables '" + dir + "'");
  EXPECT_EQ(missing.exit_code, 1);
  const std::string command = "pith check --update --only recipe --format json --min-chars 30 "
                              "--no-tables '" + dir + "'";
  EXPECT_NE(missing.out.find("missing: recipe (json): no " + dir + "/recipe.expected.json (write it "
                             "with: " + command + ")\n"),
            std::string::npos)
      << missing.out;
  CliRun write = RunPith(command.substr(5));
  EXPECT_EQ(write.exit_code, 0) << write.out << write.err;
  EXPECT_TRUE(fs::exists(dir + "/recipe.expected.json"));
  EXPECT_EQ(RunPith("check -f json --min-chars 30 --no-tables '" + dir + "'").exit_code, 0);
}

// A page whose name holds a control byte: the report quotes it escaped, and
// the command it suggests gives the name in $'...', which bash reads back.
TEST_F(CliCheckTest, SuggestedCommandQuotesAControlByteSoBashReadsItBack) {
  Copy(Fixture("recipe"), dir_ + "/tab\there.html");
  CliRun missing = RunPith("check " + dir_);
  EXPECT_EQ(missing.exit_code, 1);
  const std::string command = "pith check --update --only $'tab\\there' " + dir_;
  EXPECT_NE(missing.out.find("missing: tab\\there (text): no " + dir_ +
                             "/tab\\there.expected.txt (write it with: " + command + ")\n"),
            std::string::npos)
      << missing.out;
  EXPECT_EQ(missing.out.find('\t'), std::string::npos) << missing.out;
  const std::string run = "bash -c \"" + std::string(PITH_CLI_PATH) + command.substr(4) + "\"";
  EXPECT_EQ(std::system(run.c_str()), 0) << run;
  EXPECT_TRUE(fs::exists(dir_ + "/tab\there.expected.txt"));
}

// A directory without saved pages is no pass: a path mistyped in a test, or
// pages not copied, would otherwise check nothing and succeed.
TEST_F(CliCheckTest, DirectoryWithoutPagesIsNoPass) {
  std::ofstream(dir_ + "/notes.txt") << "not a page\n";
  CliRun none = RunPith("check " + dir_);
  EXPECT_EQ(none.exit_code, 1);
  EXPECT_EQ(none.out, dir_ + ": 0 pages checked: no saved pages below it (.html, .htm or .warc "
                             "files, gzipped or not)\n");
  Copy(Fixture("recipe"), dir_ + "/recipe.html");
  EXPECT_EQ(RunPith("check --update " + dir_).exit_code, 0);
  EXPECT_EQ(RunPith("check " + dir_).exit_code, 0);
}

// An expectation whose page was renamed or deleted is named, and the check
// fails: its page's test would otherwise vanish unsaid.
TEST_F(CliCheckTest, ExpectationWithoutItsPageIsNamed) {
  Copy(Fixture("recipe"), dir_ + "/recipe.html");
  Copy(Fixture("forum-thread"), dir_ + "/forum/source.html");
  Copy(Fixture("german-news"), dir_ + "/news/german.html");
  ASSERT_EQ(RunPith("check --update " + dir_).exit_code, 0);
  fs::rename(dir_ + "/recipe.html", dir_ + "/soup.html");
  fs::remove(dir_ + "/forum/source.html");
  CliRun r = RunPith("check --update " + dir_);  // soup is new; recipe's and forum's are orphans
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("created: " + dir_ + "/soup.expected.txt\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("orphaned: " + dir_ + "/forum/expected.txt (its page is gone: renamed or "
                       "deleted?)\norphaned: " + dir_ + "/recipe.expected.txt (its page is gone"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("2 pages checked: 1 unchanged, 0 changed, 0 missing an expectation, 0 "
                       "failed, 1 updated (1 file written), 2 expectations without their page\n"),
            std::string::npos)
      << r.out;
  EXPECT_TRUE(fs::exists(dir_ + "/recipe.expected.txt"));  // reported, never deleted
  EXPECT_EQ(RunPith("check --only soup " + dir_).exit_code, 0);  // one page: not looked for
  fs::remove(dir_ + "/recipe.expected.txt");
  fs::remove(dir_ + "/forum/expected.txt");
  EXPECT_EQ(RunPith("check " + dir_).exit_code, 0);
}

TEST_F(CliCheckTest, ConfigFileAndOptionsThatOverrideIt) {
  Copy(Fixture("data-table"), dir_ + "/table.html");
  std::ofstream(dir_ + "/pith-check") << "# saved with tables left out\nformat = json, text\n"
                                         "no-tables = true\njson-fields = title text\n";
  EXPECT_EQ(RunPith("check --update " + dir_).exit_code, 0);
  EXPECT_EQ(ReadFile(dir_ + "/table.expected.json").rfind("{\n  \"title\": ", 0), 0u);
  EXPECT_TRUE(fs::exists(dir_ + "/table.expected.txt"));
  EXPECT_EQ(RunPith("check " + dir_).exit_code, 0);
  // The same page with tables kept: both expectations change; JSON names the field.
  std::ofstream(dir_ + "/pith-check") << "format = json, text\njson-fields = title text\n";
  CliRun tables = RunPith("check " + dir_);
  EXPECT_EQ(tables.exit_code, 1);
  EXPECT_NE(tables.out.find("changed: table (json), fields: text\n"), std::string::npos) << tables.out;
  EXPECT_NE(tables.out.find("changed: table (text)\n"), std::string::npos) << tables.out;
  // --no-tables on the command line overrides the file; --format narrows it.
  EXPECT_EQ(RunPith("check --no-tables " + dir_).exit_code, 0);
  CliRun text_only = RunPith("check --format text " + dir_);
  EXPECT_EQ(text_only.out.find("(json)"), std::string::npos);
  EXPECT_EQ(text_only.exit_code, 1);

  std::ofstream(dir_ + "/pith-check") << "format = text\nwith-coments = true\n";
  CliRun bad = RunPith("check " + dir_);
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_EQ(bad.err.rfind("pith: check: " + dir_ + "/pith-check:2: unknown key 'with-coments'", 0), 0u)
      << bad.err;
}

// A report that cannot be written (a full disk) is an error, exit status 2,
// named with the system's reason, as pith's own output is: it exited 0, the
// report lost. A reader that leaves early (| head) is not one.
TEST_F(CliCheckTest, AReportThatCannotBeWrittenIsAnError) {
  const std::string page =
      "<article><p>A page of its own, with a sentence long enough to "
      "count as its text.</p></article>";
  Write("small/a.html", page);
  for (int i = 0; i < 200; ++i) Write("large/p" + std::to_string(i) + ".html", page);
  ASSERT_EQ(RunPith("check --update " + dir_ + "/small").exit_code, 0);
  for (const char* dir : {"/small", "/large"}) {  // one write at the end, or some on the way
    const CliRun r = RunPith("check " + dir_ + dir + " >/dev/full");
    EXPECT_EQ(r.exit_code, 2) << dir;
    EXPECT_EQ(r.err.substr(r.err.find("pith: cannot write")),
              "pith: cannot write output: No space left on device\n")
        << dir;
  }
  const CliRun head = RunPith("check " + dir_ + "/large | head -c 1");
  EXPECT_EQ(head.out, "m");
}

// A misspelt json-fields name wrote "{}" and every later check passed. The
// pith-check file is refused before any page is read, naming the line and the
// known fields; a field only a switch writes needs that switch, which the
// command line may give.
TEST_F(CliCheckTest, JsonFieldsNamingNoFieldAreRefused) {
  Copy(Fixture("recipe"), dir_ + "/a.html");
  std::ofstream(dir_ + "/pith-check") << "format = json\njson-fields = titel\n";
  CliRun misspelt = RunPith("check --update " + dir_);
  EXPECT_EQ(misspelt.exit_code, 2);
  EXPECT_EQ(misspelt.err, "pith: check: " + dir_ +
                              "/pith-check:2: json-fields: unknown JSON field 'titel' (known: url, "
                              "title, authors, date, site_name, language, dir, description, image, "
                              "canonical, encoding, found, page_type, text, comments, images, "
                              "blocks)\n");
  EXPECT_FALSE(fs::exists(dir_ + "/a.expected.json"));

  std::ofstream(dir_ + "/pith-check") << "format = json\njson-fields = title comments\n";
  CliRun comments = RunPith("check --update " + dir_);
  EXPECT_EQ(comments.exit_code, 2);
  EXPECT_NE(comments.err.find("JSON field 'comments' is written only with with_comments"),
            std::string::npos)
      << comments.err;
  EXPECT_FALSE(fs::exists(dir_ + "/a.expected.json"));
  EXPECT_EQ(RunPith("check --update --with-comments " + dir_).exit_code, 0);
  EXPECT_EQ(ReadFile(dir_ + "/a.expected.json").rfind("{\n  \"title\": ", 0), 0u);
}

TEST_F(CliCheckTest, BadUsageExitsTwo) {
  const struct {
    std::string args;
    std::string error;
  } cases[] = {
      {"check", "pith check needs a fixture directory"},
      {"check --output x " + dir_, "--output does not apply to pith check"},
      {"check --format jsonl " + dir_, "pith check compares text, markdown, html or json, not jsonl"},
      {"--update " + dir_, "--update applies to pith check only"},
      {"--only x " + dir_, "--only applies to pith check only"},
      {"--format text,json " + dir_, "--format takes one format (several only with pith check)"},
      {"--with-expected http://127.0.0.1:1/", "--with-expected needs --save DIR"},
  };
  for (const auto& c : cases) {
    CliRun r = RunPith(c.args);
    EXPECT_EQ(r.exit_code, 2) << c.args;
    EXPECT_EQ(r.err.rfind("pith: " + c.error + "\n", 0), 0u) << c.args << ": " << r.err;
  }
  CliRun nowhere = RunPith("check " + dir_ + "/nowhere");
  EXPECT_EQ(nowhere.exit_code, 2);
  EXPECT_EQ(nowhere.err, "pith: check: " + dir_ + "/nowhere: no such directory\n");
  // Several directories: each checked, the worst outcome is the exit status.
  Copy(Fixture("recipe"), dir_ + "/a/r.html");
  EXPECT_EQ(RunPith("check --update " + dir_ + "/a").exit_code, 0);
  CliRun two = RunPith("check " + dir_ + "/a " + dir_ + "/nowhere");
  EXPECT_EQ(two.exit_code, 2);
  EXPECT_NE(two.out.find(dir_ + "/a: 1 page checked: 1 unchanged"), std::string::npos);
}

// A page over the input limit fails its check with the limit named as the
// command line sets it, --max-input, not the library's
// ExtractOptions::max_input_bytes; and pith check takes --max-input, so the
// page is checked with it (and the command a report suggests keeps it).
TEST_F(CliCheckTest, APageOverTheInputLimitNamesTheFlagThatSetsIt) {
  Copy(Fixture("recipe"), dir_ + "/recipe.html");  // 2.8 KiB
  ASSERT_EQ(RunPith("check --update " + dir_).exit_code, 0);
  CliRun over = RunPith("check --max-input 1k " + dir_);
  EXPECT_EQ(over.exit_code, 2);
  EXPECT_NE(over.out.find("failed: recipe (text)"), std::string::npos) << over.out;
  EXPECT_NE(over.err.find("over the limit of 1 KiB (--max-input)"), std::string::npos) << over.err;
  EXPECT_EQ(over.err.find("ExtractOptions"), std::string::npos) << over.err;
  CliRun under = RunPith("check --max-input 4k " + dir_);
  EXPECT_EQ(under.exit_code, 0) << under.out << under.err;
  fs::remove(dir_ + "/recipe.expected.txt");
  CliRun missing = RunPith("check --max-input 4k " + dir_);
  EXPECT_NE(missing.out.find("pith check --update --only recipe --max-input 4096 " + dir_),
            std::string::npos)
      << missing.out;
}

TEST_F(CliCheckTest, SaveWithExpectedThenCheck) {
  TestSite site;
  const std::string save = dir_ + "/saved";
  CliRun r = RunPith("-q --save " + save + " --with-expected " + site.Url("/page/recipe") + " " +
                     site.Url("/page/data-table"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(save)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  ASSERT_EQ(names.size(), 4u);
  EXPECT_EQ(names[0].rfind("127.0.0.1", 0), 0u);
  for (const std::string& n : names) {
    EXPECT_TRUE(n.size() > 9 && (n.substr(n.size() - 8) == ".warc.gz" ||
                                 n.substr(n.size() - 13) == ".expected.txt"))
        << n;
  }
  CliRun check = RunPith("check " + save);
  EXPECT_EQ(check.exit_code, 0) << check.out;
  EXPECT_NE(check.out.find("2 pages checked: 2 unchanged"), std::string::npos) << check.out;
  // A different option changes one page's output: the diff shows it.
  CliRun no_tables = RunPith("check --no-tables " + save);
  EXPECT_EQ(no_tables.exit_code, 1);
  EXPECT_NE(no_tables.out.find("changed: 127.0.0.1"), std::string::npos) << no_tables.out;
  EXPECT_NE(no_tables.out.find("1 unchanged, 1 changed"), std::string::npos) << no_tables.out;

  // JSON expectations, checked in JSON.
  const std::string json_dir = dir_ + "/json";
  ASSERT_EQ(RunPith("-q --format json --save " + json_dir + " --with-expected " +
                    site.Url("/page/recipe")).exit_code,
            0);
  CliRun json = RunPith("check --format json " + json_dir);
  EXPECT_EQ(json.exit_code, 0) << json.out;
  EXPECT_NE(json.out.find("1 page checked: 1 unchanged"), std::string::npos);

  // The save directory's pith-check says what to write, as it says what to check.
  const std::string md_dir = dir_ + "/md";
  fs::create_directories(md_dir);
  std::ofstream(md_dir + "/pith-check") << "format = markdown, json\njson-fields = title\n";
  ASSERT_EQ(RunPith("-q --save " + md_dir + " --with-expected " + site.Url("/page/recipe")).exit_code, 0);
  std::vector<std::string> written;
  for (const auto& e : fs::directory_iterator(md_dir)) written.push_back(e.path().extension().string());
  std::sort(written.begin(), written.end());
  EXPECT_EQ(written, (std::vector<std::string>{"", ".gz", ".json", ".md"}));  // pith-check too
  EXPECT_EQ(RunPith("check " + md_dir).exit_code, 0);
  std::ofstream(md_dir + "/pith-check") << "format = pdf\n";
  const std::size_t requests = site.server().Requests().size();
  CliRun bad = RunPith("-q --save " + md_dir + " --with-expected " + site.Url("/page/data-table"));
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_EQ(bad.err, "pith: " + md_dir + "/pith-check:1: format takes text, markdown, html or json, not 'pdf'\n");
  EXPECT_EQ(site.server().Requests().size(), requests);  // nothing downloaded

  // A failed download saves nothing and writes no expectation.
  const std::string none = dir_ + "/none";
  EXPECT_EQ(RunPith("-q --save " + none + " --with-expected " + site.Url("/status/404")).exit_code, 2);
  EXPECT_FALSE(fs::exists(none) && !fs::is_empty(none));
}

// `pith DIR` reads a fixture directory's pages, not its expectations.
TEST_F(CliCheckTest, ExtractingADirectorySkipsExpectations) {
  Copy(Fixture("recipe"), dir_ + "/recipe.html");
  Copy(Fixture("forum-thread"), dir_ + "/forum/source.html");
  ASSERT_EQ(RunPith("check --update --format text,html,markdown " + dir_).exit_code, 0);
  ASSERT_TRUE(fs::exists(dir_ + "/recipe.expected.html"));
  ASSERT_TRUE(fs::exists(dir_ + "/forum/expected.html"));
  CliRun r = RunPith("--format jsonl " + dir_);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 2) << r.out;
  EXPECT_EQ(r.out.find(".expected."), std::string::npos);
  EXPECT_EQ(r.out.find("/expected.html"), std::string::npos);
}

TEST(CliCheckDocsTest, HelpAndManPageDescribeCheck) {
  const CliRun help = RunPith("--help");
  for (const char* s : {"pith check [--update] [--only NAME] [OPTIONS] DIR...", "--with-expected",
                        "--update", "--only NAME", "pith-check file", "NAME.expected.txt"}) {
    EXPECT_NE(help.out.find(s), std::string::npos) << s;
  }
  EXPECT_EQ(RunPith("check --help").out, help.out);
  const std::string man = ReadFile(PITH_MAN_PATH);
  for (const char* s : {".B pith check", "\\-\\-with\\-expected", "pith check exits 0"}) {
    EXPECT_NE(man.find(s), std::string::npos) << s;
  }
}

}  // namespace
