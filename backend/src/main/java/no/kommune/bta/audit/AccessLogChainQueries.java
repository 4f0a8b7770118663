package no.kommune.bta.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import no.kommune.bta.common.db.Sql;

/**
 * Reads of the access log's hash chain (migrations V21, V56). A link is recomputed with the same function the
 * insert trigger used ({@code access_log_link}), so the chain has one definition. Hashes travel as hex text. Every
 * table, and the one type cast, is named with its schema: a session's temporary schema is searched first for tables
 * and types, and a temporary table named access_log on a pooled connection must not stand in for the log here.
 */
@ApplicationScoped
public class AccessLogChainQueries {

    /** A link of the chain: the row's number, time and stored hash (hex). */
    public record Link(long seq, Instant at, String hash) {
    }

    /**
     * The first break in a stretch: a missing number ({@code gap}, {@code seq} is the first number missing), or
     * a row whose hash does not follow from its content and the row before it.
     */
    public record Break(long seq, Instant at, boolean gap) {
    }

    @Inject
    EntityManager em;

    /** The head as the last committed insert left it: every row up to it is in the chain. */
    public Link head() {
        return Sql.of(em, "SELECT seq, NULL::pg_catalog.timestamptz AS at, encode(hash, 'hex') AS hash FROM public.access_log_head")
                .first(r -> new Link(r.lngOr0("seq"), null, r.str("hash")))
                .orElse(new Link(0, null, ""));
    }

    /** The newest checkpoint verification wrote, if any. */
    public Optional<Link> lastCheckpoint() {
        return Sql.of(em, """
                        SELECT seq, verified_at AS at, encode(hash, 'hex') AS hash FROM public.access_log_checkpoint
                        ORDER BY seq DESC LIMIT 1""")
                .first(r -> new Link(r.lngOr0("seq"), r.instant("at"), r.str("hash")));
    }

    public Optional<Link> link(long seq) {
        return Sql.of(em, "SELECT seq, at, encode(hash, 'hex') AS hash FROM public.access_log WHERE seq = :s")
                .bind("s", seq).first(r -> new Link(r.lngOr0("seq"), r.instant("at"), r.str("hash")));
    }

    /**
     * The first broken link among rows {@code after < seq <= through}, given the link before them: a row
     * whose stored hash differs from the one recomputed from its content and the previous row's hash, or a
     * missing number (a deleted row).
     */
    public Optional<Break> firstBreak(Link before, long through) {
        return Sql.of(em, """
                        SELECT CASE WHEN gap THEN expected_seq ELSE seq END AS seq,
                               CASE WHEN gap THEN NULL ELSE at END AS at, gap FROM (
                            SELECT l.seq, l.at, coalesce(lag(l.seq) OVER w, :afterSeq) + 1 AS expected_seq,
                                   l.seq <> coalesce(lag(l.seq) OVER w, :afterSeq) + 1 AS gap,
                                   l.hash <> public.access_log_link(coalesce(lag(l.hash) OVER w, decode(:afterHash, 'hex')), l)
                                       AS changed
                            FROM public.access_log l WHERE l.seq > :afterSeq AND l.seq <= :through
                            WINDOW w AS (ORDER BY l.seq)) c
                        WHERE gap OR changed ORDER BY seq LIMIT 1""")
                .bind("afterSeq", before.seq()).bind("afterHash", before.hash()).bind("through", through)
                .first(r -> new Break(r.lngOr0("seq"), r.instant("at"), r.isTrue("gap")));
    }

    /** The last row at or before {@code through} (the end of a verified stretch). */
    public Optional<Link> lastUpTo(long through) {
        return Sql.of(em, """
                        SELECT seq, at, encode(hash, 'hex') AS hash FROM public.access_log WHERE seq <= :t
                        ORDER BY seq DESC LIMIT 1""")
                .bind("t", through).first(r -> new Link(r.lngOr0("seq"), r.instant("at"), r.str("hash")));
    }

    public void checkpoint(Link link) {
        Sql.of(em, """
                        INSERT INTO public.access_log_checkpoint (seq, hash) VALUES (:s, decode(:h, 'hex'))
                        ON CONFLICT (seq) DO NOTHING""")
                .bind("s", link.seq()).bind("h", link.hash()).execute();
    }
}
