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

CREATE FUNCTION gen.feed_id(day date, hour int, src int, n bigint, t0 date) RETURNS bigint LANGUAGE sql IMMUTABLE AS
$$ SELECT (day - t0 + 10)::bigint * 10000000000 + hour::bigint * 100000000 + src::bigint * 1000000 + n $$;

CREATE FUNCTION gen.feed_id(ts timestamptz, src int, n bigint, t0 date) RETURNS bigint LANGUAGE sql STABLE AS
$$ SELECT gen.feed_id((ts AT TIME ZONE 'Europe/Oslo')::date, extract(hour FROM ts AT TIME ZONE 'Europe/Oslo')::int, src, n, t0) $$;

-- allocations: made, and released
INSERT INTO change_event (id, at, type, ids)
SELECT gen.feed_id(al.created_at, 1, x.ino, p.t0), al.created_at, 'ALLOCATION_MADE',
       jsonb_build_object('allocationId', al.id, 'intakeId', al.intake_id, 'unitId', al.unit_id)
FROM allocation al JOIN gen.ix x ON x.id = al.intake_id CROSS JOIN gen.p p
UNION ALL
SELECT gen.feed_id(al.released_at, 2, x.ino, p.t0), al.released_at, 'ALLOCATION_RELEASED',
       jsonb_build_object('allocationId', al.id, 'intakeId', al.intake_id, 'unitId', al.unit_id)
FROM allocation al JOIN gen.ix x ON x.id = al.intake_id CROSS JOIN gen.p p WHERE al.released_at IS NOT NULL;

-- reservations: made; released (an allocation's) or given an end (an occupancy at the move-out)
INSERT INTO change_event (id, at, type, ids)
SELECT gen.feed_id(r.created_at, 3, x.ino, p.t0), r.created_at, 'VACANCY_CHANGED', jsonb_build_object('unitId', r.unit_id)
FROM unit_reservation r JOIN gen.ix x ON r.id = gen.id('allocation-reservation', x.ino) CROSS JOIN gen.p p
UNION ALL
SELECT gen.feed_id(r.released_at, 4, x.ino, p.t0), r.released_at, 'VACANCY_CHANGED', jsonb_build_object('unitId', r.unit_id)
FROM unit_reservation r JOIN gen.ix x ON r.id = gen.id('allocation-reservation', x.ino) CROSS JOIN gen.p p
WHERE r.released_at IS NOT NULL
UNION ALL
SELECT gen.feed_id(r.created_at, 5, s.sno, p.t0), r.created_at, 'VACANCY_CHANGED', jsonb_build_object('unitId', r.unit_id)
FROM unit_reservation r JOIN gen.slot s ON r.id = gen.id('occupancy', s.sno) CROSS JOIN gen.p p
UNION ALL
SELECT gen.feed_id(s.end_on, 15, 6, s.sno, p.t0), gen.at(s.end_on, '15:00'), 'VACANCY_CHANGED', jsonb_build_object('unitId', u.id)
FROM gen.slot s JOIN gen.u u ON u.uno = s.uno CROSS JOIN gen.p p WHERE s.ended;

-- agreements: signed (the second signature), moved in, notice given, moved out
INSERT INTO change_event (id, at, type, ids)
SELECT gen.feed_id(e.day, e.hour, e.src, a.ano, p.t0), gen.at(e.day, make_interval(hours => e.hour, mins => e.mins)), e.type,
       jsonb_build_object('agreementId', a.id, 'personId', gen.id('person', a.pno), 'unitId', a.unit_id, 'facilityId', a.facility_id)
FROM gen.a a CROSS JOIN gen.p p
CROSS JOIN LATERAL (VALUES (10, 'AGREEMENT_SIGNED', CASE WHEN a.signed_on IS NOT NULL AND a.start_on >= p.t0 THEN a.signed_on END, 11, 5),
                           (11, 'MOVED_IN', CASE WHEN a.part = 'MAIN' AND a.start_on >= p.t0 THEN a.moved_in_on END, 12, 0),
                           (12, 'NOTICE_GIVEN', CASE WHEN a.notice_given_on >= p.t0 THEN a.notice_given_on END, 14, 20),
                           (13, 'MOVED_OUT', CASE WHEN a.end_reason = 'MOVED_OUT' THEN a.ended_on END, 15, 0)) e(src, type, day, hour, mins)
WHERE e.day IS NOT NULL;

-- charges (60_ledger: the run's at 05:00, at a move-in 12:00, a move-out's correction 15:00) and payments (a bank file
-- is read at 06:10 the day after payment, NAV's deductions come at 08:00, the desk registers at 13:00)
INSERT INTO change_event (id, at, type, ids)
SELECT gen.feed_id(CASE WHEN c.after_run THEN c.from_day ELSE c.period END, CASE WHEN c.after_run THEN 12 ELSE 5 END, 20, c.ano, p.t0),
       CASE WHEN c.after_run THEN gen.at(c.from_day, '12:00') ELSE c.run_at + make_interval(secs => c.ano % 40) END,
       'CHARGE_CREATED', jsonb_build_object('chargeId', c.charge_id, 'agreementId', c.agreement_id)
FROM gen.ch c CROSS JOIN gen.p p
UNION ALL
SELECT gen.feed_id(c.to_day, 15, 21, c.ano, p.t0), gen.at(c.to_day, '15:00'), 'CHARGE_CREATED',
       jsonb_build_object('chargeId', gen.fid(c.n, 1002), 'agreementId', c.agreement_id)
FROM gen.ch c CROSS JOIN gen.p p WHERE c.amount1 <> c.amount0;

INSERT INTO change_event (id, at, type, ids)
SELECT gen.feed_id(r.day, r.hour, CASE WHEN x.paid_on > x.period + 60 THEN 40 + x.mno % 50 ELSE 30 + x.mno % 2 END, x.ano, p.t0),
       gen.at(r.day, make_interval(hours => r.hour, mins => r.mins)),
       'PAYMENT_REGISTERED', jsonb_build_object('paymentId', gen.fid(x.n, 1004), 'agreementId', x.agreement_id)
FROM gen.pay x CROSS JOIN gen.p p
CROSS JOIN LATERAL (SELECT CASE x.channel WHEN 'OCR' THEN x.paid_on + 1 ELSE x.paid_on END AS day,
                           CASE x.channel WHEN 'OCR' THEN 6 WHEN 'API' THEN 8 ELSE 13 END AS hour,
                           CASE x.channel WHEN 'OCR' THEN 10 ELSE 0 END AS mins) r
UNION ALL
SELECT gen.feed_id(y.registered_at, 32, right(y.kid, 6)::bigint, p.t0), y.registered_at, 'PAYMENT_REGISTERED',
       jsonb_build_object('paymentId', y.id)
FROM payment y CROSS JOIN gen.p p WHERE y.agreement_id IS NULL;
