-- Issue 16: common.db.Sql now opens a list bound inside ARRAY[:f] into its elements. Hibernate's native queries had
-- wrapped such a list in parentheses, so a member of two or more facilities was stored with one entry holding the
-- row's text, '(a,b)', and the digest found none of their facilities. Such entries are split back into the ids they
-- hold (facility ids are slugs: no commas, quotes or parentheses of their own). The member's next visit would have
-- rewritten them too (confirm() writes when the token's facilities differ); this mends the rows now.
UPDATE digest_subscription s
SET facilities = ARRAY(
        SELECT DISTINCT id
        FROM unnest(s.facilities) AS f(entry),
             LATERAL regexp_split_to_table(
                 CASE WHEN f.entry LIKE '(%)' THEN substr(f.entry, 2, length(f.entry) - 2) ELSE f.entry END, ',') AS id
        WHERE id <> ''
        ORDER BY id)
WHERE EXISTS (SELECT 1 FROM unnest(s.facilities) AS f(entry) WHERE f.entry LIKE '(%)');
