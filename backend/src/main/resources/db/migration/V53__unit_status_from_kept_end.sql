-- Issue 16: a unit's status today asks its kept end first (unit.reserved_until, V50: the latest end of its live
-- reservations, an open end as infinity; NULL when it has none).
--
-- A unit is VACANT today exactly when no live reservation ends after today, i.e. when that kept end is on or before
-- today (or there is none); this used to be a second probe per unit, in the GiST index of the exclusion constraint,
-- for every unit not occupied. A unit whose kept end lies ahead is OCCUPIED when a live occupancy contains today and
-- ALLOCATED otherwise: the same answers as V37's, with one probe of the live reservations' index for the units that
-- are held, none for the vacant ones.
CREATE OR REPLACE VIEW unit_current_status AS
SELECT u.id AS unit_id,
       u.facility_id,
       CASE
           WHEN coalesce(u.reserved_until, '-infinity'::date) <= (now() AT TIME ZONE 'Europe/Oslo')::date THEN 'VACANT'
           WHEN EXISTS (SELECT 1 FROM unit_reservation r
                        WHERE r.unit_id = u.id AND r.released_at IS NULL AND r.kind = 'OCCUPANCY'
                          AND r.period @> (now() AT TIME ZONE 'Europe/Oslo')::date) THEN 'OCCUPIED'
           ELSE 'ALLOCATED'
       END AS status
FROM unit u;
