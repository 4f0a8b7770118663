-- Issue 16: the vacancy list asks each unit how long its live reservations hold it, from a column kept on the unit.
--
-- VacancyQueries asked, for every one of 55 000 units, whether a live reservation ends after the date (V37's index on
-- the end): the count hashed the 53 000 reservations that are not over and compared every unit with them, 40-100 ms a
-- call and 31 calls a second at 8 clients, CPU-bound (bench/README.md). A unit is vacant from a date exactly when
-- the latest end of its live reservations (an open end is infinity) is on or before that date, or it has none. That
-- latest end is now kept on the unit (reserved_until; NULL: no live reservation), so the vacant units of a date are
-- one range of an index on it.
--
-- Statement-level triggers on unit_reservation keep it in the writing transaction: every unit an insert, update or
-- delete touched is locked (in the order of its id, FOR NO KEY UPDATE, as UnitReservationQueries.reserve locks it
-- before it inserts) and its latest end worked out afresh. The lock comes first and the sum in a statement of its
-- own: under READ COMMITTED that statement sees what a writer of the same unit committed while we waited, so two
-- transactions changing one unit's reservations at once cannot leave a stale end behind.
ALTER TABLE unit ADD COLUMN reserved_until date;

CREATE FUNCTION unit_reserved_until_refresh(units uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM unit WHERE id = ANY (units) ORDER BY id FOR NO KEY UPDATE;
    UPDATE unit u SET reserved_until = x.until
    FROM (SELECT k.id, (SELECT max(coalesce(upper(r.period), 'infinity'::date)) FROM unit_reservation r
                        WHERE r.unit_id = k.id AND r.released_at IS NULL) AS until
          FROM unnest(units) AS k (id)) x
    WHERE u.id = x.id AND u.reserved_until IS DISTINCT FROM x.until;
END $$;

CREATE FUNCTION unit_reserved_until_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM unit_reserved_until_refresh(array_agg(DISTINCT n.unit_id)) FROM new_rows n;
    RETURN NULL;
END $$;

CREATE FUNCTION unit_reserved_until_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM unit_reserved_until_refresh(array_agg(DISTINCT o.unit_id)) FROM old_rows o;
    RETURN NULL;
END $$;

CREATE FUNCTION unit_reserved_until_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM unit_reserved_until_refresh(array_agg(DISTINCT x.unit_id))
    FROM (SELECT n.unit_id FROM new_rows n UNION SELECT o.unit_id FROM old_rows o) x;
    RETURN NULL;
END $$;

-- PostgreSQL gives a trigger with transition tables one event only
CREATE TRIGGER unit_reserved_until_added AFTER INSERT ON unit_reservation REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION unit_reserved_until_added();
CREATE TRIGGER unit_reserved_until_removed AFTER DELETE ON unit_reservation REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION unit_reserved_until_removed();
CREATE TRIGGER unit_reserved_until_changed AFTER UPDATE ON unit_reservation
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION unit_reserved_until_changed();

-- Worked out afresh for every unit: for what is there already, and for a database loaded with the triggers off
-- (bench/sql/90_finish.sql).
CREATE FUNCTION unit_reserved_until_rebuild() RETURNS void LANGUAGE sql AS $$
    UPDATE unit u SET reserved_until = x.until
    FROM (SELECT k.id, m.until FROM unit k
          LEFT JOIN (SELECT r.unit_id, max(coalesce(upper(r.period), 'infinity'::date)) AS until FROM unit_reservation r
                     WHERE r.released_at IS NULL GROUP BY r.unit_id) m ON m.unit_id = k.id) x
    WHERE u.id = x.id AND u.reserved_until IS DISTINCT FROM x.until;
$$;
SELECT unit_reserved_until_rebuild();

-- The vacant units of a date: those with no live reservation (NULL, first in the index) and those whose latest end is
-- on or before it; VacancyQueries asks coalesce(reserved_until, '-infinity') <= :from, one range of this index.
CREATE INDEX unit_vacant_from ON unit ((coalesce(reserved_until, '-infinity'::date)), facility_id);
