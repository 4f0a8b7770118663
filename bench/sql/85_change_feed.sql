-- Step 8b: the change feed (M26, V8 and V13). The triggers append an event for every step another system may care
-- about, in the transaction of the step; they were disabled while the rows were written (00_setup.sql), so this step
-- writes, set-based, the events they would have appended had each step happened through the application at its
-- time: ALLOCATION_MADE and ALLOCATION_RELEASED (allocation), VACANCY_CHANGED for every reservation made, released or
-- given an end (unit_reservation), AGREEMENT_SIGNED, NOTICE_GIVEN, MOVED_IN and MOVED_OUT (agreement: on UPDATE only, so
-- none for a migrated agreement or a conversion's successor, which are inserted as they are), CHARGE_CREATED (charge)
-- and PAYMENT_REGISTERED (payment). `at` is the step's time. Ids follow time, but are not dense: an event's id is
-- its day (from the start of the history), hour, source and a number unique within them
-- (day x 10^10 + hour x 10^8 + source x 10^6 + n), which gives commit order without sorting twelve million rows;
-- 90_finish.sql moves the sequence past the last one, so new events keep the order. A consumer that pages with
-- after=<last id> (ChangeFeedService) reads them as it reads dense ids.
\set ON_ERROR_STOP 1

CREATE FUNCTION gen.feed_id(ts timestamptz, src int, n bigint) RETURNS bigint LANGUAGE sql STABLE AS $$
SELECT ((ts AT TIME ZONE 'Europe/Oslo')::date - (SELECT t0 FROM gen.p) + 10)::bigint * 10000000000
       + extract(hour FROM ts AT TIME ZONE 'Europe/Oslo')::bigint * 100000000 + src::bigint * 1000000 + n
$$;

-- allocations: made, and released
INSERT INTO change_event (id, at, type, ids)
SELECT gen.feed_id(al.created_at, 1, x.ino), al.created_at, 'ALLOCATION_MADE',
       jsonb_build_object('allocationId', al.id, 'intakeId', al.intake_id, 'unitId', al.unit_id)
FROM allocation al JOIN gen.ix x ON x.id = al.intake_id
UNION ALL
SELECT gen.feed_id(al.released_at, 2, x.ino), al.released_at, 'ALLOCATION_RELEASED',
       jsonb_build_object('allocationId', al.id, 'intakeId', al.intake_id, 'unitId', al.unit_id)
FROM allocation al JOIN gen.ix x ON x.id = al.intake_id WHERE al.released_at IS NOT NULL;

-- reservations: made; released (an allocation's) or given an end (an occupancy at the move-out)
INSERT INTO change_event (id, at, type, ids)
SELECT gen.feed_id(r.created_at, 3, x.ino), r.created_at, 'VACANCY_CHANGED', jsonb_build_object('unitId', r.unit_id)
FROM unit_reservation r JOIN gen.ix x ON r.id = gen.id('allocation-reservation', x.ino)
UNION ALL
SELECT gen.feed_id(r.released_at, 4, x.ino), r.released_at, 'VACANCY_CHANGED', jsonb_build_object('unitId', r.unit_id)
FROM unit_reservation r JOIN gen.ix x ON r.id = gen.id('allocation-reservation', x.ino) WHERE r.released_at IS NOT NULL
UNION ALL
SELECT gen.feed_id(r.created_at, 5, s.sno), r.created_at, 'VACANCY_CHANGED', jsonb_build_object('unitId', r.unit_id)
FROM unit_reservation r JOIN gen.slot s ON r.id = gen.id('occupancy', s.sno)
UNION ALL
SELECT gen.feed_id(gen.at(s.end_on, '15:00'), 6, s.sno), gen.at(s.end_on, '15:00'), 'VACANCY_CHANGED', jsonb_build_object('unitId', u.id)
FROM gen.slot s JOIN gen.u u ON u.uno = s.uno WHERE s.ended;

-- agreements: signed (the second signature), moved in, notice given, moved out
INSERT INTO change_event (id, at, type, ids)
SELECT gen.feed_id(e.at, e.src, a.ano), e.at, e.type,
       jsonb_build_object('agreementId', a.id, 'personId', gen.id('person', a.pno), 'unitId', a.unit_id, 'facilityId', a.facility_id)
FROM gen.a a CROSS JOIN gen.p p
CROSS JOIN LATERAL (VALUES (10, 'AGREEMENT_SIGNED', CASE WHEN a.signed_on IS NOT NULL AND a.start_on >= p.t0 THEN gen.at(a.signed_on, '11:05') END),
                           (11, 'MOVED_IN', CASE WHEN a.part = 'MAIN' AND a.start_on >= p.t0 THEN gen.at(a.moved_in_on, '12:00') END),
                           (12, 'NOTICE_GIVEN', CASE WHEN a.notice_given_on >= p.t0 THEN gen.at(a.notice_given_on, '14:20') END),
                           (13, 'MOVED_OUT', CASE WHEN a.end_reason = 'MOVED_OUT' THEN gen.at(a.ended_on, '15:00') END)) e(src, type, at)
WHERE e.at IS NOT NULL;

-- charges and payments
INSERT INTO change_event (id, at, type, ids)
SELECT gen.feed_id(c.created_at, CASE c.kind WHEN 'CHARGE' THEN 20 ELSE 21 END, a.ano), c.created_at, 'CHARGE_CREATED',
       jsonb_build_object('chargeId', c.id, 'agreementId', c.agreement_id)
FROM charge c JOIN gen.a a ON a.id = c.agreement_id;

INSERT INTO change_event (id, at, type, ids)
SELECT gen.feed_id(x.registered_at, CASE WHEN x.agreement_id IS NULL THEN 32 ELSE 30 + (x.k % 2)::int END,
                   CASE WHEN x.agreement_id IS NULL THEN right(x.kid, 6)::bigint ELSE x.k / 200 END),
       x.registered_at, 'PAYMENT_REGISTERED', jsonb_strip_nulls(jsonb_build_object('paymentId', x.id, 'agreementId', x.agreement_id))
FROM (SELECT y.*, left(y.kid, 9)::bigint - 100000 AS k FROM payment y) x;
