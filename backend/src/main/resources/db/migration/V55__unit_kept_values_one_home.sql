-- One home for what a unit keeps from its live reservations (V50 reserved_until, V54 occupied_periods).
--
-- The triggers' refresh and the rebuild each wrote the two sums out for themselves. Both now write the units given
-- through unit_kept_write, which asks unit_kept_from_reservations per unit (through the live reservations' index);
-- the refresh still locks the units first, in the order of their id, as V50 explains.
CREATE FUNCTION unit_kept_from_reservations(unit uuid) RETURNS TABLE (until date, occupied datemultirange)
    LANGUAGE sql STABLE AS $$
    SELECT max(coalesce(upper(r.period), 'infinity'::date)),
           coalesce(range_agg(r.period) FILTER (WHERE r.kind = 'OCCUPANCY'), '{}'::datemultirange)
    FROM unit_reservation r
    WHERE r.unit_id = unit AND r.released_at IS NULL
$$;

CREATE FUNCTION unit_kept_write(units uuid[]) RETURNS void LANGUAGE sql AS $$
    UPDATE unit u SET reserved_until = n.until, occupied_periods = n.occupied
    FROM (SELECT x.id, k.until, k.occupied FROM unnest(units) AS x (id)
          CROSS JOIN LATERAL unit_kept_from_reservations(x.id) k) n
    WHERE u.id = n.id AND (u.reserved_until, u.occupied_periods) IS DISTINCT FROM (n.until, n.occupied);
$$;

CREATE OR REPLACE FUNCTION unit_reserved_until_refresh(units uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM unit WHERE id = ANY (units) ORDER BY id FOR NO KEY UPDATE;
    PERFORM unit_kept_write(units);
END $$;

CREATE OR REPLACE FUNCTION unit_reserved_until_rebuild() RETURNS void LANGUAGE sql AS $$
    SELECT unit_kept_write(ARRAY(SELECT id FROM unit));
$$;
