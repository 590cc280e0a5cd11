// Status: the outcome of an operation that touches the environment (disk, database, files), in
// the style of leveldb::Status. It is the "environment failure" channel of STYLE.md C5: a
// non-ok Status aborts the unit of work (the block is not committed); it is never a dispatch
// error and never encoded on chain.
//
// Representation: an ok Status is a null pointer (no allocation, trivially cheap to create,
// copy and test); an error owns one heap block holding its code and message.
//
// Thread-safety: a Status is a value; distinct objects may be used from distinct threads.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace subemu {

class [[nodiscard]] Status {
 public:
  // Frozen: codes appear in logs and in rpc status details; append only.
  enum class Code : uint8_t {
    kOk = 0,
    kNotFound = 1,         // a named thing (file, record) does not exist
    kCorruption = 2,       // stored bytes fail a checksum, a magic or a format check
    kNotSupported = 3,     // e.g. a database written by another format version
    kInvalidArgument = 4,  // the caller asked for something inconsistent (e.g. another chain)
    kIOError = 5,          // the operating system or storage engine failed
  };

  Status() noexcept = default;  // ok
  Status(const Status& other) { *this = other; }
  Status(Status&& other) noexcept = default;
  Status& operator=(const Status& other) {
    if (this != &other) {
      state_ = other.state_ ? std::make_unique<State>(*other.state_) : nullptr;
    }
    return *this;
  }
  Status& operator=(Status&& other) noexcept = default;
  ~Status() = default;

  // Factories. `detail` (optional) is appended as "msg: detail", as leveldb does.
  static Status not_found(std::string_view msg, std::string_view detail = {}) {
    return Status(Code::kNotFound, msg, detail);
  }
  static Status corruption(std::string_view msg, std::string_view detail = {}) {
    return Status(Code::kCorruption, msg, detail);
  }
  static Status not_supported(std::string_view msg, std::string_view detail = {}) {
    return Status(Code::kNotSupported, msg, detail);
  }
  static Status invalid_argument(std::string_view msg, std::string_view detail = {}) {
    return Status(Code::kInvalidArgument, msg, detail);
  }
  static Status io_error(std::string_view msg, std::string_view detail = {}) {
    return Status(Code::kIOError, msg, detail);
  }

  bool ok() const noexcept { return state_ == nullptr; }
  Code code() const noexcept { return state_ ? state_->code : Code::kOk; }
  bool is_not_found() const noexcept { return code() == Code::kNotFound; }
  bool is_corruption() const noexcept { return code() == Code::kCorruption; }
  bool is_not_supported() const noexcept { return code() == Code::kNotSupported; }
  bool is_invalid_argument() const noexcept { return code() == Code::kInvalidArgument; }
  bool is_io_error() const noexcept { return code() == Code::kIOError; }

  // The message without the code name; empty when ok.
  std::string_view message() const noexcept {
    return state_ ? std::string_view(state_->message) : std::string_view();
  }

  // "OK", or "<Code name>: <message>", e.g. "Corruption: block checksum mismatch".
  std::string to_string() const {
    if (!state_) return "OK";
    std::string out(code_name(state_->code));
    out += ": ";
    out += state_->message;
    return out;
  }

  static std::string_view code_name(Code code) noexcept {
    switch (code) {
      case Code::kOk:
        return "OK";
      case Code::kNotFound:
        return "NotFound";
      case Code::kCorruption:
        return "Corruption";
      case Code::kNotSupported:
        return "NotSupported";
      case Code::kInvalidArgument:
        return "InvalidArgument";
      case Code::kIOError:
        return "IOError";
    }
    return "Unknown";
  }

 private:
  struct State {
    Code code;
    std::string message;
  };

  Status(Code code, std::string_view msg, std::string_view detail)
      : state_(std::make_unique<State>(State{code, std::string(msg)})) {
    if (!detail.empty()) {
      state_->message += ": ";
      state_->message += detail;
    }
  }

  std::unique_ptr<State> state_;  // null <=> ok
};

}  // namespace subemu
