-- Issue 16: R-AGR-7's continuous BTA stay, computed for one person at a time.
--
-- The view bta_continuous_stay windowed over every BTA agreement in the database on each read, so a page of 50
-- agreements cost a pass over all of them (1.7-1.9 s at national scale). The rule itself is unchanged: a stay
-- runs across consecutive BTA agreements of the same person, and a gap of more than one day breaks it. It now
-- lives in one SQL function that readers call per person (LEFT JOIN LATERAL bta_continuous_stay_of(a.person_id));
-- PostgreSQL inlines it, so the window runs over that person's few agreements, found through agreement_person.
DROP VIEW bta_continuous_stay;

CREATE FUNCTION bta_continuous_stay_of(p_person uuid)
    RETURNS TABLE (agreement_id uuid, person_id uuid, stay_started_on date, stay_days integer)
    LANGUAGE sql STABLE AS
$$
WITH stays AS (
    SELECT a.id, a.person_id, a.moved_in_on AS from_date,
           COALESCE(a.moved_out_on, a.ended_on, (now() AT TIME ZONE 'Europe/Oslo')::date) AS to_date
    FROM agreement a
    WHERE a.person_id = p_person AND a.kind = 'BTA' AND a.moved_in_on IS NOT NULL
), marked AS (
    SELECT s.*, CASE WHEN s.from_date <= lag(s.to_date) OVER w + 1 THEN 0 ELSE 1 END AS starts_island
    FROM stays s WINDOW w AS (ORDER BY s.from_date)
), islands AS (
    SELECT m.*, sum(m.starts_island) OVER (ORDER BY m.from_date) AS island
    FROM marked m
)
SELECT i.id, i.person_id,
       min(i.from_date) OVER (PARTITION BY i.island),
       (i.to_date - min(i.from_date) OVER (PARTITION BY i.island)) + 1
FROM islands i
$$;
