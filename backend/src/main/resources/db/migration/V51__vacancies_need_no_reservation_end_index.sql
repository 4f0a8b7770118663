-- Issue 16: V37's index on the end of the live reservations served only the vacancy list, which reads the units' kept
-- end since V50 (unit_vacant_from). Nothing else asks for reservations by their end, so every reservation write no
-- longer pays for it.
DROP INDEX unit_reservation_until;
