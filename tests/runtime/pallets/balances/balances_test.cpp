// pallet_balances with the runtime's configuration (ED 500, AccountStore = System): the calls,
// existential deposit, reaping and dust, keep-alive, issuance, and the fungible API the subtensor
// pallet uses. Adapted from polkadot-sdk frame/balances/src/tests/{currency,fungible,
// dispatchable}_tests.rs.
#include <gtest/gtest.h>

#include "runtime/pallets/balances/storage.hpp"
#include "runtime/pallets/system/accounts.hpp"
#include "tests/runtime/pallets/system/frame_fixture.hpp"

namespace subemu::runtime::testing {
namespace {

using balances::Fortitude;
using balances::Precision;
using balances::Preservation;
using frame::DispatchError;
using frame::Origin;
using frame::TokenError;
using frame::Weight;
using Value = scale::Compact<uint64_t>;
using Events = std::vector<std::pair<uint8_t, Bytes>>;
namespace bev = balances::event;
namespace sev = system::event;

class BalancesTest : public FrameTest {
 protected:
  Bytes transfer_allow_death(const AccountId& to, uint64_t v) {
    return call(5, 0, id(to), Value{v});
  }
  Bytes transfer_keep_alive(const AccountId& to, uint64_t v) {
    return call(5, 3, id(to), Value{v});
  }
  uint64_t issuance() { return balances::total_issuance(state()); }
};

TEST_F(BalancesTest, TransferToANewAccountEndowsIt) {
  endow(acc(1), 10'000);
  start_block(1);
  ASSERT_TRUE(dispatch(Origin::signed_by(acc(1)), transfer_allow_death(acc(2), 1'000)).has_value());
  EXPECT_EQ(free(acc(1)), 9'000u);
  EXPECT_EQ(free(acc(2)), 1'000u);
  EXPECT_EQ(system::providers(state(), acc(2)), 1u);
  EXPECT_EQ(issuance(), 10'000u);
  EXPECT_EQ(event_bytes(), (Events{ev(sev::NewAccount{acc(2)}), ev(bev::Endowed{acc(2), 1'000}),
                                   ev(bev::Transfer{acc(1), acc(2), 1'000})}));
}

TEST_F(BalancesTest, NewAccountsNeedTheExistentialDeposit) {
  endow(acc(1), 10'000);
  start_block(1);
  auto r = dispatch(Origin::signed_by(acc(1)), transfer_allow_death(acc(2), 499));
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().error, DispatchError::token(TokenError::kBelowMinimum));
  EXPECT_EQ(free(acc(1)), 10'000u);
  EXPECT_FALSE(system::account_exists(state(), acc(2)));
  EXPECT_TRUE(events().empty());
}

TEST_F(BalancesTest, ReapingLosesTheDust) {
  endow(acc(1), 1'000);
  start_block(1);
  ASSERT_TRUE(dispatch(Origin::signed_by(acc(1)), transfer_allow_death(acc(2), 600)).has_value());
  EXPECT_FALSE(system::account_exists(state(), acc(1)));
  EXPECT_EQ(free(acc(2)), 600u);
  EXPECT_EQ(issuance(), 600u);  // the 400 left below ED are gone
  EXPECT_EQ(event_bytes(), (Events{ev(sev::KilledAccount{acc(1)}), ev(bev::DustLost{acc(1), 400}),
                                   ev(sev::NewAccount{acc(2)}), ev(bev::Endowed{acc(2), 600}),
                                   ev(bev::Transfer{acc(1), acc(2), 600})}));
}

TEST_F(BalancesTest, KeepAliveRefusesToKill) {
  endow(acc(1), 1'000);
  auto r = dispatch(Origin::signed_by(acc(1)), transfer_keep_alive(acc(2), 600));
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().error, DispatchError::token(TokenError::kNotExpendable));
  ASSERT_TRUE(dispatch(Origin::signed_by(acc(1)), transfer_keep_alive(acc(2), 500)).has_value());
  EXPECT_EQ(free(acc(1)), 500u);
  EXPECT_EQ(free(acc(2)), 500u);
  // More than the free balance: FundsUnavailable (checked before the keep-alive rule).
  r = dispatch(Origin::signed_by(acc(1)), transfer_keep_alive(acc(2), 501));
  EXPECT_EQ(r.error().error, DispatchError::token(TokenError::kFundsUnavailable));
}

TEST_F(BalancesTest, TransferAll) {
  endow(acc(1), 1'000);
  endow(acc(2), 1'000);
  ASSERT_TRUE(dispatch(Origin::signed_by(acc(1)), call(5, 4, id(acc(3)), true)).has_value());
  EXPECT_EQ(free(acc(1)), 500u);
  EXPECT_EQ(free(acc(3)), 500u);
  ASSERT_TRUE(dispatch(Origin::signed_by(acc(2)), call(5, 4, id(acc(3)), false)).has_value());
  EXPECT_FALSE(system::account_exists(state(), acc(2)));
  EXPECT_EQ(free(acc(3)), 1'500u);
  EXPECT_EQ(issuance(), 2'000u);
}

TEST_F(BalancesTest, OriginsAndLookups) {
  endow(acc(1), 1'000);
  auto r = dispatch(Origin::signed_by(acc(1)), call(5, 2, id(acc(1)), id(acc(2)), Value{500}));
  EXPECT_EQ(r.error().error, DispatchError::bad_origin());
  r = dispatch(Origin::signed_by(acc(1)),
               call(5, 0, frame::extrinsic::MultiAddress::index(), Value{500}));
  EXPECT_EQ(r.error().error, DispatchError::cannot_lookup());
  r = dispatch(Origin::none(), transfer_allow_death(acc(2), 500));
  EXPECT_EQ(r.error().error, DispatchError::bad_origin());
  ASSERT_TRUE(dispatch(Origin::root(), call(5, 2, id(acc(1)), id(acc(2)), Value{500})).has_value());
  EXPECT_EQ(free(acc(2)), 500u);
}

TEST_F(BalancesTest, ForceSetBalanceAdjustsIssuance) {
  start_block(1);
  ASSERT_TRUE(dispatch(Origin::root(), call(5, 8, id(acc(2)), Value{5'000})).has_value());
  EXPECT_EQ(free(acc(2)), 5'000u);
  EXPECT_EQ(issuance(), 5'000u);
  // Below ED: wiped out, the account is reaped.
  ASSERT_TRUE(dispatch(Origin::root(), call(5, 8, id(acc(2)), Value{499})).has_value());
  EXPECT_FALSE(system::account_exists(state(), acc(2)));
  EXPECT_EQ(issuance(), 0u);
  EXPECT_EQ(event_bytes(),
            (Events{ev(sev::NewAccount{acc(2)}), ev(bev::Endowed{acc(2), 5'000}),
                    ev(bev::BalanceSet{acc(2), 5'000}), ev(sev::KilledAccount{acc(2)}),
                    ev(bev::BalanceSet{acc(2), 0})}));
}

TEST_F(BalancesTest, ForceAdjustTotalIssuance) {
  endow(acc(1), 1'000);
  start_block(1);
  using Dir = balances::AdjustmentDirection;
  EXPECT_EQ(dispatch(Origin::root(), call(5, 9, Dir::kIncrease, Value{0})).error().error,
            balances::error(balances::Error::kDeltaZero));
  ASSERT_TRUE(dispatch(Origin::root(), call(5, 9, Dir::kIncrease, Value{100})).has_value());
  EXPECT_EQ(issuance(), 1'100u);
  balances::InactiveIssuance::put(state(), 1'050);
  EXPECT_EQ(dispatch(Origin::root(), call(5, 9, Dir::kDecrease, Value{100})).error().error,
            balances::error(balances::Error::kIssuanceDeactivated));
  EXPECT_EQ(issuance(), 1'100u);
  EXPECT_EQ(event_bytes(), (Events{ev(bev::TotalIssuanceForced{1'000, 1'100})}));
}

TEST_F(BalancesTest, BurnReducesIssuance) {
  endow(acc(1), 1'000);
  start_block(1);
  ASSERT_TRUE(dispatch(Origin::signed_by(acc(1)), call(5, 10, Value{300}, false)).has_value());
  EXPECT_EQ(issuance(), 700u);
  // Keep-alive leaves ED: at most 200 can go.
  EXPECT_EQ(dispatch(Origin::signed_by(acc(1)), call(5, 10, Value{600}, true)).error().error,
            DispatchError::token(TokenError::kFundsUnavailable));
  ASSERT_TRUE(dispatch(Origin::signed_by(acc(1)), call(5, 10, Value{700}, false)).has_value());
  EXPECT_FALSE(system::account_exists(state(), acc(1)));
  EXPECT_EQ(issuance(), 0u);
  EXPECT_EQ(event_bytes(), (Events{ev(bev::Burned{acc(1), 300}), ev(sev::KilledAccount{acc(1)}),
                                   ev(bev::Burned{acc(1), 700})}));
}

TEST_F(BalancesTest, UpgradeAccounts) {
  endow(acc(1), 1'000);
  // Fresh accounts already use the new logic: nothing upgraded, the fee is paid.
  auto r = dispatch(Origin::signed_by(acc(1)), call(5, 6, std::vector<AccountId>{acc(1)}));
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->pays_fee, frame::Pays::kYes);
  // An old-logic account with a reserve gets a consumer reference.
  endow(acc(2), 1'000);
  system::Account::mutate(state(), acc(2), [](system::AccountInfo& a) {
    a.data.flags = 0;
    a.data.reserved = 100;
  });
  start_block(1);
  r = dispatch(Origin::signed_by(acc(1)), call(5, 6, std::vector<AccountId>{acc(2)}));
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->pays_fee, frame::Pays::kNo);
  EXPECT_TRUE(system::account_data(state(), acc(2)).is_new_logic());
  EXPECT_EQ(system::consumers(state(), acc(2)), 1u);
  EXPECT_EQ(event_bytes(), (Events{ev(bev::Upgraded{acc(2)})}));
  // An empty list pays.
  r = dispatch(Origin::signed_by(acc(1)), call(5, 6, std::vector<AccountId>{}));
  EXPECT_EQ(r->pays_fee, frame::Pays::kYes);
}

TEST_F(BalancesTest, ForceUnreserve) {
  endow(acc(1), 1'000);
  system::Account::mutate(state(), acc(1), [](system::AccountInfo& a) { a.data.reserved = 300; });
  ASSERT_TRUE(system::inc_consumers(env(), acc(1)).has_value());
  start_block(1);
  ASSERT_TRUE(dispatch(Origin::root(), call(5, 5, id(acc(1)), uint64_t{200})).has_value());
  EXPECT_EQ(balances::reserved_balance(state(), acc(1)), 100u);
  EXPECT_EQ(free(acc(1)), 1'200u);
  ASSERT_TRUE(dispatch(Origin::root(), call(5, 5, id(acc(1)), uint64_t{500})).has_value());
  EXPECT_EQ(balances::reserved_balance(state(), acc(1)), 0u);
  EXPECT_EQ(system::consumers(state(), acc(1)), 0u);  // nothing reserved: no consumer
  EXPECT_EQ(event_bytes(),
            (Events{ev(bev::Unreserved{acc(1), 200}), ev(bev::Unreserved{acc(1), 100})}));
}

TEST_F(BalancesTest, FungibleDepositAndWithdrawAsSubtensorUsesThem) {
  endow(acc(1), 1'000);
  start_block(1);
  // add_balance_to_coldkey_account: deposit (BestEffort) and drop the debt.
  auto debt = balances::deposit(env(), acc(2), 2'000, Precision::kBestEffort);
  ASSERT_TRUE(debt.has_value());
  balances::drop_debt(env(), *debt);
  EXPECT_EQ(issuance(), 3'000u);
  // Below ED into a new account: BestEffort deposits nothing (but still reports a Deposit of 0).
  auto none = balances::deposit(env(), acc(3), 100, Precision::kBestEffort);
  EXPECT_EQ(none->amount, 0u);
  // remove_balance_from_coldkey_account: withdraw(BestEffort, Preserve, Polite) keeps ED.
  auto credit = balances::withdraw(env(), acc(2), 5'000, Precision::kBestEffort,
                                   Preservation::kPreserve, Fortitude::kPolite);
  ASSERT_TRUE(credit.has_value());
  EXPECT_EQ(credit->amount, 1'500u);
  balances::drop_credit(env(), *credit);
  EXPECT_EQ(issuance(), 1'500u);
  EXPECT_EQ(free(acc(2)), 500u);
  // kill_coldkey_account: withdraw(Exact, Expendable, Force) of everything.
  auto all = balances::withdraw(env(), acc(1), 1'000, Precision::kExact, Preservation::kExpendable,
                                Fortitude::kForce);
  ASSERT_TRUE(all.has_value());
  balances::drop_credit(env(), *all);
  EXPECT_FALSE(system::account_exists(state(), acc(1)));
  EXPECT_EQ(issuance(), 500u);
  EXPECT_EQ(event_bytes(), (Events{ev(sev::NewAccount{acc(2)}), ev(bev::Endowed{acc(2), 2'000}),
                                   ev(bev::Deposit{acc(2), 2'000}), ev(bev::Deposit{acc(3), 0}),
                                   ev(bev::Withdraw{acc(2), 1'500}), ev(sev::KilledAccount{acc(1)}),
                                   ev(bev::Withdraw{acc(1), 1'000})}));
}

TEST_F(BalancesTest, InspectRules) {
  endow(acc(1), 1'000);
  using K = balances::WithdrawConsequence::Kind;
  EXPECT_EQ(
      balances::reducible_balance(env(), acc(1), Preservation::kExpendable, Fortitude::kPolite),
      1'000u);
  EXPECT_EQ(balances::reducible_balance(env(), acc(1), Preservation::kPreserve, Fortitude::kPolite),
            500u);
  EXPECT_EQ(balances::reducible_balance(env(), acc(1), Preservation::kProtect, Fortitude::kPolite),
            500u);
  EXPECT_EQ(balances::can_withdraw(env(), acc(1), 600).kind, K::kReducedToZero);
  EXPECT_EQ(balances::can_withdraw(env(), acc(1), 600).reduced_to, 400u);
  EXPECT_EQ(balances::can_withdraw(env(), acc(1), 1'001).kind, K::kUnderflow);  // > issuance
  EXPECT_EQ(balances::can_withdraw(env(), acc(1), 500).kind, K::kSuccess);
  // can_remove_balance_from_coldkey_account's test: into_result(false).
  EXPECT_TRUE(balances::can_withdraw(env(), acc(1), 600).into_result(false).has_value());
  // With a consumer, the provider is needed: ED stays.
  ASSERT_TRUE(system::inc_consumers(env(), acc(1)).has_value());
  EXPECT_EQ(
      balances::reducible_balance(env(), acc(1), Preservation::kExpendable, Fortitude::kPolite),
      500u);
  EXPECT_EQ(balances::can_withdraw(env(), acc(1), 600).kind, K::kFrozen);
  // Frozen balance counts against the free balance when polite.
  system::Account::mutate(state(), acc(1), [](system::AccountInfo& a) { a.data.frozen = 800; });
  EXPECT_EQ(
      balances::reducible_balance(env(), acc(1), Preservation::kExpendable, Fortitude::kPolite),
      200u);
  EXPECT_EQ(
      balances::reducible_balance(env(), acc(1), Preservation::kExpendable, Fortitude::kForce),
      500u);
  using DC = balances::DepositConsequence;
  EXPECT_EQ(balances::can_deposit(env(), acc(9), 499, balances::Provenance::kExtant),
            DC::kBelowMinimum);
  EXPECT_EQ(balances::can_deposit(env(), acc(9), UINT64_MAX, balances::Provenance::kMinted),
            DC::kOverflow);
}

TEST_F(BalancesTest, MintAndBurnThroughTheFungibleApi) {
  start_block(1);
  EXPECT_EQ(*balances::mint_into(env(), acc(1), 1'000), 1'000u);
  EXPECT_EQ(issuance(), 1'000u);
  EXPECT_EQ(balances::mint_into(env(), acc(2), 10).error(),
            DispatchError::token(TokenError::kBelowMinimum));
  EXPECT_EQ(*balances::burn_from(env(), acc(1), 2'000, Preservation::kExpendable,
                                 Precision::kBestEffort, Fortitude::kPolite),
            1'000u);
  EXPECT_EQ(issuance(), 0u);
  EXPECT_EQ(balances::set_balance(env(), acc(3), 700), 700u);
  EXPECT_EQ(issuance(), 700u);
}

TEST_F(BalancesTest, Genesis) {
  balances::TotalIssuance::kill(state());
  ASSERT_TRUE(balances::build_genesis(env(), {{acc(1), 1'000}, {acc(2), 2'000}}).has_value());
  EXPECT_EQ(issuance(), 3'000u);
  EXPECT_EQ(system::providers(state(), acc(1)), 1u);
  EXPECT_EQ(free(acc(2)), 2'000u);
  EXPECT_TRUE(system::account_data(state(), acc(2)).is_new_logic());
  EXPECT_EQ(balances::build_genesis(env(), {{acc(3), 499}}).error(),
            balances::GenesisError::kBelowExistentialDeposit);
  EXPECT_EQ(balances::build_genesis(env(), {{acc(3), 600}, {acc(3), 600}}).error(),
            balances::GenesisError::kDuplicateAccount);
}

TEST_F(BalancesTest, CallWeights) {
  auto info = frame::call_info(registry(), transfer_keep_alive(acc(2), 1));
  ASSERT_TRUE(info.has_value());
  EXPECT_EQ(info->weight, Weight::from_parts(163'159'000, 3593));
  EXPECT_EQ(info->dispatch_class, frame::DispatchClass::kNormal);
  EXPECT_EQ(frame::call_info(registry(), transfer_allow_death(acc(2), 1))->weight,
            Weight::from_parts(173'363'000, 3593));
  EXPECT_EQ(frame::call_info(registry(), call(5, 2, id(acc(1)), id(acc(2)), Value{1}))->weight,
            Weight::from_parts(299'944'000, 6196));
  EXPECT_EQ(frame::call_info(registry(), call(5, 8, id(acc(1)), Value{1}))->weight,
            Weight::from_parts(144'929'000, 3593));
  EXPECT_EQ(
      frame::call_info(registry(), call(5, 6, std::vector<AccountId>{acc(1), acc(2)}))->weight,
      Weight::from_parts(16'588'000 + 2 * 13'973'659 + 2 * 125'000'000, 990 + 2 * 2603));
  // burn's annotation swaps the two benchmarks (upstream), mirrored.
  EXPECT_EQ(frame::call_info(registry(), call(5, 10, Value{1}, true))->weight,
            Weight::from_parts(30'968'000, 0));
  EXPECT_EQ(frame::call_info(registry(), call(5, 10, Value{1}, false))->weight,
            Weight::from_parts(20'711'000, 0));
}

}  // namespace
}  // namespace subemu::runtime::testing
