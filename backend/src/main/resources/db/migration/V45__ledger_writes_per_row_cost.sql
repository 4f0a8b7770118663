-- Issue 16: what the charge run and the bank file compute for each row they write. At national scale (2 000 rows a
-- statement) two functions cost more than the row itself:
--  - kid_mod10 ran a query per call (generate_series and an aggregate over the digits): 10 µs a KID, now a loop
--    (4 µs), the same check digit for every base (compared for 204 000 bases of 1 to 25 digits);
--  - booked_month asked first_open_month, a query on accounting_close, for every row (7 µs a row). Its rule now lives
--    in booked_month(day, first_open), which the one-argument form calls with first_open_month(); a statement writing
--    many rows passes (SELECT first_open_month()) and PostgreSQL asks it once for the statement.
CREATE OR REPLACE FUNCTION kid_mod10(base text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    n   int := length(base);
    sum int := 0;
    d   int;
BEGIN
    FOR i IN 1 .. n LOOP
        d := substr(base, i, 1)::int;
        IF (n - i) % 2 = 0 THEN -- every second digit from the right, the rightmost included, is doubled
            d := d * 2;
            IF d > 9 THEN d := d - 9; END IF;
        END IF;
        sum := sum + d;
    END LOOP;
    RETURN base || ((10 - sum % 10) % 10)::text;
END $$;

-- The month a line dated day is booked in: its own month, or the first open month when that is closed.
CREATE FUNCTION booked_month(day date, first_open date) RETURNS date LANGUAGE sql STABLE AS $$
    SELECT greatest(date_trunc('month', day)::date, first_open)
$$;

CREATE OR REPLACE FUNCTION booked_month(day date) RETURNS date LANGUAGE sql STABLE AS $$
    SELECT booked_month(day, first_open_month())
$$;
