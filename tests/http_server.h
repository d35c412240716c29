// A real HTTP/1.1 server on 127.0.0.1 for the fetcher's tests: a port of its
// own, a thread per connection, started by the constructor and stopped by
// the destructor. Nothing leaves the machine.
#ifndef PITH_TESTS_HTTP_SERVER_H_
#define PITH_TESTS_HTTP_SERVER_H_

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace pith::testing {

struct Request {
  std::string method;
  std::string target;  // "/path?q" or, through a proxy, "http://host/path"
  std::vector<std::pair<std::string, std::string>> headers;  // names lower-cased
  std::chrono::steady_clock::time_point received;  // when its head had arrived
  std::string Header(const std::string& lower_name) const;
};

struct Reply {
  int status = 200;
  std::string reason = "OK";
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;            // sent with a Content-Length
  double delay_seconds = 0;    // wait before sending anything
  bool endless = false;        // after the headers, send bytes until the client leaves
  std::string raw;             // if set: sent as it is instead of status, headers and body
  double trickle_seconds = 0;  // if > 0: the body goes out one byte every this many seconds
  bool reset = false;          // after sending, abort the connection (a TCP reset)
};

// Opened by one request; the handlers of others that wait on it answer only
// after that (kGateSeconds at the most: a client that never sends the
// opening request costs a test that long, and no hang). An order of
// arrivals that a test asserts then holds however slowly a loaded machine
// runs, and a client that queued the opening request behind the held ones
// fails it whatever the clock says.
class Gate {
 public:
  static constexpr double kGateSeconds = 3;
  void Open();
  // True when the gate was opened, false when the wait gave up.
  bool Wait();

 private:
  std::mutex mu_;
  std::condition_variable opened_;
  bool open_ = false;
};

// Unsets the proxy variables, so that a proxy set for the machine never sees
// the tests' requests to loopback servers.
void ClearProxyVariables();

class HttpServer {
 public:
  using Handler = std::function<Reply(const Request&)>;

  // Listens on `address`, a loopback address (127.0.0.2 and so on act as
  // other hosts).
  explicit HttpServer(Handler handler, const std::string& address = "127.0.0.1");
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  int port() const { return port_; }
  // "http://ADDRESS:PORT" + path
  std::string Url(const std::string& path) const;
  // Every request received so far, in arrival order.
  std::vector<Request> Requests() const;

 private:
  void AcceptLoop();
  void Serve(int fd);
  bool Sleep(double seconds) const;  // false if the server stops meanwhile

  Handler handler_;
  std::string address_;
  int listen_fd_ = -1;
  int port_ = 0;
  std::atomic<bool> stopping_{false};
  std::thread acceptor_;
  mutable std::mutex mu_;
  std::vector<std::thread> connections_;
  std::vector<int> open_fds_;
  std::vector<Request> requests_;
};

}  // namespace pith::testing

#endif  // PITH_TESTS_HTTP_SERVER_H_
