// Runs the pith CLI as a user runs it, for the CLI tests: a shell command
// line, its standard output and error, its exit code.
#ifndef PITH_TESTS_CLI_RUN_H_
#define PITH_TESTS_CLI_RUN_H_

#include <gtest/gtest.h>

#include <string>

namespace pith::testing {

struct CliRun {
  int exit_code;
  std::string out;
  std::string err;
};

// Runs `pith ARGS` through the shell, with standard input from `stdin_file`
// when given. Proxy variables are cleared so requests to 127.0.0.1 stay local.
CliRun RunPith(const std::string& args, const std::string& stdin_file = "");

// fixtures/SLUG/source.html and fixtures/SLUG/expected.txt (its text).
std::string Fixture(const std::string& slug);
std::string Expected(const std::string& slug);

// The bytes of the file at `path`; "" when it cannot be read.
std::string ReadFile(const std::string& path);

// A test with a fresh temporary directory.
class TempDirTest : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;
  // Writes `bytes` to dir_/name (creating directories) and returns the path.
  std::string Write(const std::string& name, const std::string& bytes);
  std::string dir_;
};

}  // namespace pith::testing

#endif  // PITH_TESTS_CLI_RUN_H_
