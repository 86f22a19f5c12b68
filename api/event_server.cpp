#include "api/event_server.h"

#include <netdb.h>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <string>

namespace claimkb::api {

namespace {

int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

// Waits up to timeout_ms for fd to be ready for events (POLLIN or POLLOUT).
bool WaitReady(int fd, short events, int timeout_ms) {
  pollfd p{fd, events, 0};
  for (;;) {
    int n = ::poll(&p, 1, timeout_ms);
    if (n < 0 && errno == EINTR) continue;
    return n > 0;
  }
}

void NumericAddress(const sockaddr_storage& addr, socklen_t len, std::string& ip, int& port) {
  char host[NI_MAXHOST];
  char serv[NI_MAXSERV];
  if (getnameinfo(reinterpret_cast<const sockaddr*>(&addr), len, host, sizeof host, serv, sizeof serv,
                  NI_NUMERICHOST | NI_NUMERICSERV) != 0)
    return;
  ip = host;
  port = std::atoi(serv);
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

bool HeaderNameIs(std::string_view name, std::string_view want) {
  return name.size() == want.size() && std::equal(name.begin(), name.end(), want.begin(), [](char x, char y) {
           return (x | 0x20) == (y | 0x20);
         });
}

// The httplib::Stream of one connection for its whole life: what was read
// and not yet parsed (a pipelined next request) stays in its input buffer, and
// replies collect in its output buffer until Flush(), so a batch of requests
// costs one send. Non-blocking reads only see the buffer; blocking ones (the
// pool path) wait for the socket up to the read timeout, sending pending
// replies first (a client waiting for "100 Continue" must get it).
class EventServer::ConnectionStream final : public httplib::Stream {
 public:
  enum class Got { kMore, kDrained, kEnd };  // kMore: the buffer filled up, the socket may hold more
  enum class Sent { kDone, kWouldBlock, kFailed };

  ConnectionStream(socket_t fd, int read_timeout_ms, int write_timeout_ms)
      : fd_(fd), read_timeout_ms_(read_timeout_ms), write_timeout_ms_(write_timeout_ms), in_(kInitialBuffer) {}
  ~ConnectionStream() override { ::close(fd_); }

  // Appends to the input buffer what the socket holds now, without blocking.
  Got ReadAvailable() {
    MakeRoom();
    const size_t room = in_.size() - end_;
    for (;;) {
      ssize_t n = ::recv(fd_, in_.data() + end_, room, MSG_DONTWAIT);
      if (n > 0) {
        end_ += static_cast<size_t>(n);
        return static_cast<size_t>(n) == room ? Got::kMore : Got::kDrained;
      }
      if (n < 0 && errno == EINTR) continue;
      if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return Got::kDrained;
      ended_ = true;
      return Got::kEnd;
    }
  }

  Sent Flush(bool block) {
    while (sent_ < out_.size()) {
      ssize_t n = ::send(fd_, out_.data() + sent_, out_.size() - sent_, MSG_DONTWAIT | MSG_NOSIGNAL);
      if (n > 0) {
        sent_ += static_cast<size_t>(n);
        continue;
      }
      if (n < 0 && errno == EINTR) continue;
      if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
        if (!block) return Sent::kWouldBlock;
        if (WaitReady(fd_, POLLOUT, write_timeout_ms_)) continue;
      }
      return Sent::kFailed;
    }
    out_.clear();
    sent_ = 0;
    return Sent::kDone;
  }

  std::string_view Unread() const { return {in_.data() + pos_, end_ - pos_}; }
  // The length of the complete header block (through its blank line) at the
  // start of Unread(), or npos. Resumes where the last search stopped.
  size_t HeaderBlockLength() {
    static constexpr std::string_view kEnd = "\r\n\r\n";
    size_t from = std::max(scanned_, pos_);
    std::string_view rest(in_.data() + from, end_ - from);
    size_t at = rest.find(kEnd);
    if (at == std::string_view::npos) {
      scanned_ = end_ - std::min(end_ - pos_, kEnd.size() - 1);
      return std::string_view::npos;
    }
    return from + at + kEnd.size() - pos_;
  }
  // Drops n unread bytes (a request answered without parsing it here).
  void Consume(size_t n) { pos_ += std::min(n, end_ - pos_); }
  std::string& output() { return out_; }
  bool ended() const { return ended_; }
  void set_blocking(bool blocking) { blocking_ = blocking; }

  bool is_readable() const override { return pos_ < end_ || blocking_; }
  bool is_writable() const override { return true; }

  ssize_t read(char* ptr, size_t size) override {
    if (pos_ == end_ && !Refill()) return -1;
    size_t n = std::min(size, end_ - pos_);
    std::memcpy(ptr, in_.data() + pos_, n);
    pos_ += n;
    return static_cast<ssize_t>(n);
  }

  ssize_t write(const char* ptr, size_t size) override {
    out_.append(ptr, size);
    if (blocking_ && out_.size() - sent_ >= kStreamedFlush && Flush(true) != Sent::kDone) return -1;
    return static_cast<ssize_t>(size);
  }

  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    if (remote_port_ < 0) Lookup(getpeername, remote_ip_, remote_port_);
    ip = remote_ip_;
    port = remote_port_;
  }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    if (local_port_ < 0) Lookup(getsockname, local_ip_, local_port_);
    ip = local_ip_;
    port = local_port_;
  }
  socket_t socket() const override { return fd_; }

 private:
  static constexpr size_t kInitialBuffer = 4096;
  static constexpr size_t kStreamedFlush = 64 * 1024;

  // Drops parsed bytes; grows the buffer when it is full.
  void MakeRoom() {
    if (pos_ == end_) {
      pos_ = end_ = scanned_ = 0;
    } else if (pos_ > 0 && end_ == in_.size()) {
      std::memmove(in_.data(), in_.data() + pos_, end_ - pos_);
      end_ -= pos_;
      scanned_ -= std::min(scanned_, pos_);
      pos_ = 0;
    }
    if (end_ == in_.size()) in_.resize(in_.size() * 2);
  }

  // Blocking mode: waits up to the read timeout for more bytes.
  bool Refill() {
    if (!blocking_ || ended_) return false;
    if (Flush(true) != Sent::kDone) return false;
    while (pos_ == end_) {
      if (!WaitReady(fd_, POLLIN, read_timeout_ms_)) return false;
      if (ReadAvailable() == Got::kEnd) return false;
    }
    return true;
  }

  template <typename Name>
  void Lookup(Name name, std::string& ip, int& port) const {
    sockaddr_storage addr{};
    socklen_t len = sizeof addr;
    port = 0;
    if (name(fd_, reinterpret_cast<sockaddr*>(&addr), &len) == 0) NumericAddress(addr, len, ip, port);
  }

  const socket_t fd_;
  const int read_timeout_ms_;
  const int write_timeout_ms_;
  std::vector<char> in_;
  size_t pos_ = 0;      // in_[pos_, end_) is unread
  size_t end_ = 0;
  size_t scanned_ = 0;  // in_[pos_, scanned_) holds no header end
  std::string out_;
  size_t sent_ = 0;     // out_[0, sent_) is on the wire
  bool blocking_ = false;
  bool ended_ = false;  // the peer closed or the socket failed
  mutable std::string remote_ip_, local_ip_;
  mutable int remote_port_ = -1, local_port_ = -1;
};

struct EventServer::Connection {
  Connection(socket_t fd, const EventLimits& limits)
      : stream(fd, limits.read_timeout_ms, limits.write_timeout_ms), requests_left(limits.keep_alive_max_count) {}

  ConnectionStream stream;
  size_t requests_left;
  bool registered = false;    // in the epoll set
  bool closing = false;       // send what is buffered, then close
  int64_t partial_since = 0;  // when an incomplete header was first seen waiting
  // While armed: when the sweeper may shut the socket down; 0 while a thread
  // owns the connection. The owner's exchange after epoll_wait acquires what
  // the previous owner released by arming.
  std::atomic<int64_t> deadline_ms{0};
};

// httplib's thread pool, which tells the event server when it is gone.
class EventServer::Pool final : public httplib::ThreadPool {
 public:
  Pool(EventServer& server, size_t threads) : ThreadPool(threads), server_(server) { server_.SetPool(this); }
  void shutdown() override {
    server_.SetPool(nullptr);
    ThreadPool::shutdown();
  }

 private:
  EventServer& server_;
};

EventServer::EventServer(EventLimits limits) : limits_(std::move(limits)) {
  new_task_queue = [this] { return new Pool(*this, limits_.pool_threads); };
}

EventServer::~EventServer() {
  StopLoop();
  CloseAll();
}

bool EventServer::StartLoop() {
  epoll_fd_ = epoll_create1(EPOLL_CLOEXEC);
  wake_fd_ = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
  if (epoll_fd_ < 0 || wake_fd_ < 0) return false;
  epoll_event ev{};
  ev.events = EPOLLIN;  // level-triggered: every worker sees it
  ev.data.ptr = nullptr;
  if (epoll_ctl(epoll_fd_, EPOLL_CTL_ADD, wake_fd_, &ev) != 0) return false;
  stopping_ = false;
  for (size_t i = 0; i < std::max<size_t>(1, limits_.workers); ++i) workers_.emplace_back([this] { Work(); });
  sweeper_ = std::thread([this] { Sweep(); });
  return true;
}

void EventServer::StopLoop() {
  {
    std::lock_guard lock(sweep_mu_);
    stopping_ = true;
  }
  sweep_cv_.notify_all();
  if (wake_fd_ >= 0) {
    uint64_t one = 1;
    [[maybe_unused]] ssize_t n = ::write(wake_fd_, &one, sizeof one);
  }
  for (auto& t : workers_) t.join();
  workers_.clear();
  if (sweeper_.joinable()) sweeper_.join();
}

void EventServer::CloseAll() {
  std::unordered_set<Connection*> left;
  {
    std::lock_guard lock(conns_mu_);
    left.swap(conns_);
  }
  for (Connection* c : left) delete c;
  for (int* fd : {&epoll_fd_, &wake_fd_}) {
    if (*fd >= 0) ::close(*fd);
    *fd = -1;
  }
}

size_t EventServer::OpenConnections() {
  std::lock_guard lock(conns_mu_);
  return conns_.size();
}

bool EventServer::process_and_close_socket(socket_t sock) {
  auto* c = new Connection(sock, limits_);
  {
    std::lock_guard lock(conns_mu_);
    conns_.insert(c);
  }
  Serve(*c, /*on_pool=*/true);
  return true;
}

void EventServer::Work() {
  constexpr int kBatch = 16;
  epoll_event events[kBatch];
  while (!stopping_) {
    int n = epoll_wait(epoll_fd_, events, kBatch, -1);
    if (n < 0 && errno != EINTR) return;
    for (int i = 0; i < n && !stopping_; ++i) {
      auto* c = static_cast<Connection*>(events[i].data.ptr);
      if (!c) continue;
      c->deadline_ms.exchange(0, std::memory_order_acq_rel);
      Serve(*c, /*on_pool=*/false);
    }
  }
}

void EventServer::Sweep() {
  std::unique_lock lock(sweep_mu_);
  while (!stopping_) {
    sweep_cv_.wait_for(lock, std::chrono::milliseconds(200));
    const int64_t now = NowMs();
    std::lock_guard conns_lock(conns_mu_);
    for (Connection* c : conns_) {
      int64_t deadline = c->deadline_ms.load(std::memory_order_relaxed);
      if (deadline != 0 && deadline <= now && c->deadline_ms.compare_exchange_strong(deadline, 0))
        ::shutdown(c->stream.socket(), SHUT_RDWR);  // its owner-to-be reads the end and closes it
    }
  }
}

void EventServer::Serve(Connection& c, bool on_pool) {
  ConnectionStream& s = c.stream;
  if (c.closing) {
    s.Flush(true);
    Close(c);
    return;
  }
  bool drained = false;
  Pending pending;
  for (;;) {
    pending = Inspect(c);
    if (pending == Pending::kNothing || pending == Pending::kPartial) {
      if (drained || s.ended()) break;
      drained = s.ReadAvailable() != ConnectionStream::Got::kMore;
      continue;
    }
    if (pending == Pending::kInline && c.requests_left > 1 && ServeDirect(c)) {
      --c.requests_left;
      c.partial_since = 0;
      continue;
    }
    if (pending == Pending::kPool && !on_pool) {
      if (!HandOff(c)) Close(c);
      return;
    }
    const bool last = c.requests_left <= 1;
    bool client_closed = false;
    s.set_blocking(pending == Pending::kPool);
    const bool ok = process_request(s, last, client_closed, nullptr);
    s.set_blocking(false);
    --c.requests_left;
    c.partial_since = 0;
    if (!ok || client_closed || last) {
      c.closing = true;
      break;
    }
    if (pending == Pending::kPool) drained = false;  // it read from the socket itself
  }
  if (s.ended()) c.closing = true;
  switch (s.Flush(on_pool)) {
    case ConnectionStream::Sent::kDone:
      if (c.closing) break;
      Arm(c, pending);
      return;
    case ConnectionStream::Sent::kWouldBlock:
      if (HandOff(c)) return;
      break;
    case ConnectionStream::Sent::kFailed:
      break;
  }
  Close(c);
}

EventServer::Pending EventServer::Inspect(Connection& c) const {
  std::string_view unread = c.stream.Unread();
  if (unread.empty()) return Pending::kNothing;
  size_t length = c.stream.HeaderBlockLength();
  if (length == std::string_view::npos) return unread.size() > kMaxHeaderBytes ? Pending::kPool : Pending::kPartial;
  std::string_view block = unread.substr(0, length - 2);  // each line ends in CRLF
  size_t eol = block.find("\r\n");
  std::string_view line = block.substr(0, eol);
  size_t sp1 = line.find(' ');
  size_t sp2 = sp1 == std::string_view::npos ? sp1 : line.find(' ', sp1 + 1);
  if (sp2 != std::string_view::npos && limits_.serve_inline) {
    std::string_view target = line.substr(sp1 + 1, sp2 - sp1 - 1);
    if (!limits_.serve_inline(line.substr(0, sp1), target.substr(0, target.find('?')))) return Pending::kPool;
  }
  // A body is read on the pool: it may take the read timeout to arrive.
  while (eol != std::string_view::npos && eol + 2 < block.size()) {
    size_t next = block.find("\r\n", eol + 2);
    std::string_view header = block.substr(eol + 2, next == std::string_view::npos ? next : next - eol - 2);
    eol = next;
    size_t colon = header.find(':');
    if (colon == std::string_view::npos) continue;
    std::string_view name = Trim(header.substr(0, colon));
    if (HeaderNameIs(name, "Transfer-Encoding") || HeaderNameIs(name, "Expect")) return Pending::kPool;
    if (HeaderNameIs(name, "Content-Length") && Trim(header.substr(colon + 1)) != "0") return Pending::kPool;
  }
  return Pending::kInline;
}

bool EventServer::ServeDirect(Connection& c) {
  if (!limits_.serve_direct) return false;
  ConnectionStream& s = c.stream;
  const size_t length = s.HeaderBlockLength();
  if (!limits_.serve_direct(s.Unread().substr(0, length), s.output())) return false;
  s.Consume(length);
  return true;
}

void EventServer::Arm(Connection& c, Pending pending) {
  const int64_t now = NowMs();
  int64_t deadline;
  if (pending == Pending::kPartial) {
    if (c.partial_since == 0) c.partial_since = now;
    deadline = c.partial_since + limits_.read_timeout_ms;
  } else {
    deadline = now + limits_.keep_alive_timeout_ms;
  }
  epoll_event ev{};
  ev.events = EPOLLIN | EPOLLRDHUP | EPOLLONESHOT;
  ev.data.ptr = &c;
  const int op = c.registered ? EPOLL_CTL_MOD : EPOLL_CTL_ADD;
  c.registered = true;
  c.deadline_ms.store(deadline, std::memory_order_release);
  // From here on another thread may own c.
  if (epoll_ctl(epoll_fd_, op, c.stream.socket(), &ev) != 0) {
    c.deadline_ms.store(0, std::memory_order_relaxed);
    Close(c);
  }
}

bool EventServer::HandOff(Connection& c) {
  std::lock_guard lock(pool_mu_);
  if (!pool_) return false;
  pool_->enqueue([this, &c] { Serve(c, /*on_pool=*/true); });
  return true;
}

void EventServer::Close(Connection& c) {
  {
    std::lock_guard lock(conns_mu_);
    conns_.erase(&c);
  }
  delete &c;
}

void EventServer::SetPool(Pool* pool) {
  std::lock_guard lock(pool_mu_);
  pool_ = pool;
}

}  // namespace claimkb::api
