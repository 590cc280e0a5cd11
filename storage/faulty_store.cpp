#include "storage/faulty_store.hpp"

namespace subemu::storage {

struct FaultyStore::Plan {
  bool armed = false;
  uint8_t ops = 0;
  Status error;
  uint64_t skip = 0;
  uint64_t remaining = 0;
  uint64_t injected = 0;

  // The error to return for an operation of kind `op`, or ok to pass it through.
  Status check(FaultOp op) {
    if (!armed || (ops & static_cast<uint8_t>(op)) == 0) return Status();
    if (skip > 0) {
      --skip;
      return Status();
    }
    if (remaining == 0) return Status();
    if (remaining != kForever) --remaining;
    ++injected;
    return error;
  }
};

namespace {

class FaultySnapshot final : public KvSnapshot {
 public:
  FaultySnapshot(std::unique_ptr<KvSnapshot> inner, FaultyStore::Plan& plan)
      : inner_(std::move(inner)), plan_(plan) {}

  Result<std::optional<Bytes>, Status> get(ByteView key) const override {
    Status s = plan_.check(FaultOp::kGet);
    if (!s.ok()) return unexpected(std::move(s));
    return inner_->get(key);
  }
  Status scan(const ScanRange& range, ScanVisitor visit) const override {
    Status s = plan_.check(FaultOp::kScan);
    if (!s.ok()) return s;
    return inner_->scan(range, visit);
  }
  Result<std::optional<Bytes>, Status> get_chain(ByteView key) const override {
    Status s = plan_.check(FaultOp::kGet);
    if (!s.ok()) return unexpected(std::move(s));
    return inner_->get_chain(key);
  }
  Status scan_chain(const ScanRange& range, ScanVisitor visit) const override {
    Status s = plan_.check(FaultOp::kScan);
    if (!s.ok()) return s;
    return inner_->scan_chain(range, visit);
  }

 private:
  std::unique_ptr<KvSnapshot> inner_;
  FaultyStore::Plan& plan_;
};

}  // namespace

FaultyStore::FaultyStore(KvStore& inner) : inner_(inner), plan_(std::make_unique<Plan>()) {}
FaultyStore::~FaultyStore() = default;

void FaultyStore::inject(FaultOp ops, Status error, uint64_t skip, uint64_t count) {
  plan_->armed = true;
  plan_->ops = static_cast<uint8_t>(ops);
  plan_->error = std::move(error);
  plan_->skip = skip;
  plan_->remaining = count;
}

void FaultyStore::heal() { plan_->armed = false; }

uint64_t FaultyStore::faults_injected() const { return plan_->injected; }

Result<std::optional<Bytes>, Status> FaultyStore::get(ByteView key) const {
  Status s = plan_->check(FaultOp::kGet);
  if (!s.ok()) return unexpected(std::move(s));
  return inner_.get(key);
}

Status FaultyStore::scan(const ScanRange& range, ScanVisitor visit) const {
  Status s = plan_->check(FaultOp::kScan);
  if (!s.ok()) return s;
  return inner_.scan(range, visit);
}

Result<std::optional<Bytes>, Status> FaultyStore::get_chain(ByteView key) const {
  Status s = plan_->check(FaultOp::kGet);
  if (!s.ok()) return unexpected(std::move(s));
  return inner_.get_chain(key);
}

Status FaultyStore::scan_chain(const ScanRange& range, ScanVisitor visit) const {
  Status s = plan_->check(FaultOp::kScan);
  if (!s.ok()) return s;
  return inner_.scan_chain(range, visit);
}

Status FaultyStore::apply(const WriteBatch& batch) {
  Status s = plan_->check(FaultOp::kApply);
  if (!s.ok()) return s;
  return inner_.apply(batch);
}

std::unique_ptr<KvSnapshot> FaultyStore::snapshot() const {
  return std::make_unique<FaultySnapshot>(inner_.snapshot(), *plan_);
}

}  // namespace subemu::storage
