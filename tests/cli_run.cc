// The CLI tests' runner.
#include "cli_run.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace pith::testing {

namespace fs = std::filesystem;

CliRun RunPith(const std::string& args, const std::string& stdin_file) {
  char err_tmpl[] = "/tmp/pith-cli-err-XXXXXX";
  int fd = mkstemp(err_tmpl);
  close(fd);
  std::string cmd = "env -u http_proxy -u https_proxy -u HTTPS_PROXY -u all_proxy -u ALL_PROXY " +
                    std::string(PITH_CLI_PATH) + " " + args + " 2>" + err_tmpl;
  if (!stdin_file.empty()) cmd += " <" + stdin_file;
  CliRun r{};
  FILE* p = popen(cmd.c_str(), "r");
  char buf[4096];
  std::size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.err = ReadFile(err_tmpl);
  fs::remove(err_tmpl);
  return r;
}

std::string Fixture(const std::string& slug) {
  return std::string(PITH_FIXTURES_DIR) + "/" + slug + "/source.html";
}

std::string Expected(const std::string& slug) {
  return ReadFile(std::string(PITH_FIXTURES_DIR) + "/" + slug + "/expected.txt");
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void TempDirTest::SetUp() {
  char tmpl[] = "/tmp/pith-cli-XXXXXX";
  dir_ = mkdtemp(tmpl);
}

void TempDirTest::TearDown() { fs::remove_all(dir_); }

std::string TempDirTest::Write(const std::string& name, const std::string& bytes) {
  fs::create_directories(fs::path(dir_ + "/" + name).parent_path());
  std::ofstream(dir_ + "/" + name, std::ios::binary) << bytes;
  return dir_ + "/" + name;
}

}  // namespace pith::testing
