-- Issue 16, mending V44. PostgreSQL fires a table's AFTER statement triggers in the order of their names. The change
-- feed's trigger takes the advisory lock 26026 (V8), the ledger's trigger locks the agreement's row of sums (V43); every
-- writer must take them in that order, or two can wait for each other (V43: "two writers never wait for each other in
-- opposite orders"). On an UPDATE of payment (an unmatched payment placed on an agreement by hand) V44's
-- payment_placed_change sorted after payment_ledger_changed, so placing a payment locked the sums first and the lock
-- second, while a bank file or a registration for the same agreement held the lock and waited for the sums. Its new
-- name sorts before the ledger's triggers, as charge_change and payment_change already do (ChangeFeedTests checks the
-- order for every table with both). The placed payments' events are appended in the order of the payments' ids (the
-- application places one payment a statement).
ALTER TRIGGER payment_placed_change ON payment RENAME TO payment_change_placed;

-- V45's kid_mod10 answered a null base with an error and an empty one with '0'; the query it replaced answered null
-- for both. Null in, null out, without running (an empty base gives '0', a KID the charge's CHECK refuses).
ALTER FUNCTION kid_mod10(text) STRICT;
