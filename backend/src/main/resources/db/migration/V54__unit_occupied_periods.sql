-- Issue 16: a unit's status today is read from the unit row alone.
--
-- Since V53 a unit whose kept end (reserved_until, V50) lies ahead asked the live reservations' index whether an
-- occupancy contains today: one probe per held unit, about 1 400 for a page of 50 facilities at national scale and
-- 6-7 ms of the facilities list's 8 ms in PostgreSQL (bench/README.md). The days the unit's live occupancies cover
-- are now kept on the unit as well (occupied_periods: their union; empty when it has none), by the same
-- statement-level triggers and under the same lock as its kept end, so the status is worked out from the row:
-- VACANT when the kept end is on or before today, OCCUPIED when the kept periods contain today, ALLOCATED otherwise.
-- The same answers as V53's, with no probe at all.
ALTER TABLE unit ADD COLUMN occupied_periods datemultirange NOT NULL DEFAULT '{}';

CREATE OR REPLACE FUNCTION unit_reserved_until_refresh(units uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM unit WHERE id = ANY (units) ORDER BY id FOR NO KEY UPDATE;
    UPDATE unit u SET reserved_until = x.until, occupied_periods = x.occupied
    FROM (SELECT k.id, h.until, coalesce(h.occupied, '{}'::datemultirange) AS occupied
          FROM unnest(units) AS k (id)
          CROSS JOIN LATERAL (SELECT max(coalesce(upper(r.period), 'infinity'::date)) AS until,
                                     range_agg(r.period) FILTER (WHERE r.kind = 'OCCUPANCY') AS occupied
                              FROM unit_reservation r
                              WHERE r.unit_id = k.id AND r.released_at IS NULL) h) x
    WHERE u.id = x.id
      AND (u.reserved_until IS DISTINCT FROM x.until OR u.occupied_periods IS DISTINCT FROM x.occupied);
END $$;

CREATE OR REPLACE FUNCTION unit_reserved_until_rebuild() RETURNS void LANGUAGE sql AS $$
    UPDATE unit u SET reserved_until = x.until, occupied_periods = x.occupied
    FROM (SELECT k.id, m.until, coalesce(m.occupied, '{}'::datemultirange) AS occupied FROM unit k
          LEFT JOIN (SELECT r.unit_id, max(coalesce(upper(r.period), 'infinity'::date)) AS until,
                            range_agg(r.period) FILTER (WHERE r.kind = 'OCCUPANCY') AS occupied
                     FROM unit_reservation r
                     WHERE r.released_at IS NULL GROUP BY r.unit_id) m ON m.unit_id = k.id) x
    WHERE u.id = x.id
      AND (u.reserved_until IS DISTINCT FROM x.until OR u.occupied_periods IS DISTINCT FROM x.occupied);
$$;
SELECT unit_reserved_until_rebuild();

CREATE OR REPLACE VIEW unit_current_status AS
SELECT u.id AS unit_id,
       u.facility_id,
       CASE
           WHEN coalesce(u.reserved_until, '-infinity'::date) <= (now() AT TIME ZONE 'Europe/Oslo')::date THEN 'VACANT'
           WHEN u.occupied_periods @> (now() AT TIME ZONE 'Europe/Oslo')::date THEN 'OCCUPIED'
           ELSE 'ALLOCATED'
       END AS status
FROM unit u;
