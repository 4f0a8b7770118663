package no.kommune.bta.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.LinkedHashMap;
import no.kommune.bta.common.db.Row;
import no.kommune.bta.common.db.Sql;

/** The digest's tables: who opted in with which facilities, and what was sent. */
@ApplicationScoped
public class DigestQueries {

    /** Stands in for "no facility" in {@code ARRAY[:facilities]}, which needs at least one value; never stored. */
    private static final String NONE = "-";

    @Inject
    EntityManager em;

    public record Subscription(String subject, String username, String email, List<String> facilities, Instant confirmedAt) {
    }

    /**
     * A member due a digest: the facilities of the opt-in that still exist, by id with their names.
     */
    public record Recipient(String subject, String username, String email, Map<String, String> facilities) {
    }

    public Optional<Subscription> subscription(String subject) {
        return Sql.of(em, "SELECT subject, username, email, facilities, confirmed_at FROM digest_subscription WHERE subject = :s")
                .bind("s", subject)
                .first(r -> new Subscription(r.str("subject"), r.str("username"), r.str("email"), r.strings("facilities"),
                        r.instant("confirmed_at")));
    }

    /** Opts in, or changes the address; the facilities and the confirmation are the token's of now. */
    public void save(String subject, String username, String email, Collection<String> facilities, Instant now) {
        Sql.of(em, """
                        INSERT INTO digest_subscription (subject, username, email, facilities, opted_in_at, confirmed_at)
                        VALUES (:s, :u, :e, array_remove(CAST(ARRAY[:f] AS text[]), :none), :now, :now)
                        ON CONFLICT (subject) DO UPDATE SET username = EXCLUDED.username, email = EXCLUDED.email,
                            facilities = EXCLUDED.facilities, confirmed_at = EXCLUDED.confirmed_at""")
                .bind("s", subject).bind("u", username).bind("e", email).bind("f", orNone(facilities)).bind("none", NONE)
                .bind("now", now).execute();
    }

    /**
     * The member's token was seen: its facilities replace the stored ones. Written only when they differ or the last
     * confirmation is a day old (the Oversikt reads the setting on every visit; a read should not write each time).
     */
    public void confirm(String subject, Collection<String> facilities, Instant now) {
        Sql.of(em, """
                        UPDATE digest_subscription SET facilities = array_remove(CAST(ARRAY[:f] AS text[]), :none),
                            confirmed_at = :now
                        WHERE subject = :s
                          AND (facilities IS DISTINCT FROM array_remove(CAST(ARRAY[:f] AS text[]), :none)
                               OR confirmed_at < :dayBefore)""")
                .bind("s", subject).bind("f", orNone(facilities)).bind("none", NONE).bind("now", now)
                .bind("dayBefore", now.minus(Duration.ofDays(1))).execute();
    }

    /** Opts out: the address is gone with the row. */
    public void delete(String subject) {
        Sql.of(em, "DELETE FROM digest_subscription WHERE subject = :s").bind("s", subject).execute();
    }

    public Optional<LocalDate> lastSent(String subject) {
        return Sql.of(em, "SELECT max(day) AS day FROM digest_sent WHERE subject = :s").bind("s", subject)
                .first(r -> r.date("day"));
    }

    /**
     * Everyone opted in whose token was seen since {@code confirmedSince} and who has not had the digest of
     * {@code day}, with those of their facilities that still exist (none: the member is not listed).
     */
    public List<Recipient> due(LocalDate day, Instant confirmedSince) {
        List<Row> rows = Sql.of(em, """
                        SELECT s.subject, s.username, s.email, f.id AS facility_id, f.name AS facility_name
                        FROM digest_subscription s JOIN facility f ON f.id = ANY (s.facilities)
                        WHERE s.confirmed_at >= :since
                          AND NOT EXISTS (SELECT 1 FROM digest_sent d WHERE d.subject = s.subject AND d.day = :day)
                        ORDER BY s.subject, f.name""")
                .bind("since", confirmedSince).bind("day", day)
                .rows();
        Map<String, Recipient> out = new LinkedHashMap<>();
        for (Row r : rows) {
            out.computeIfAbsent(r.str("subject"), s -> new Recipient(s, r.str("username"), r.str("email"), new LinkedHashMap<>()))
                    .facilities().put(r.str("facility_id"), r.str("facility_name"));
        }
        return List.copyOf(out.values());
    }

    /**
     * Records the day's digest for the member; false when it is already recorded (another run sent it). Waits for a
     * run that records the same row at the same time and then answers false.
     */
    public boolean claim(String subject, LocalDate day, int items, Instant now) {
        return Sql.of(em, """
                        INSERT INTO digest_sent (subject, day, items, sent_at) VALUES (:s, :day, :items, :now)
                        ON CONFLICT (subject, day) DO NOTHING""")
                .bind("s", subject).bind("day", day).bind("items", items).bind("now", now).execute() == 1;
    }

    /** Forgets the record of digests sent before {@code before}. */
    public int purgeSent(LocalDate before) {
        return Sql.of(em, "DELETE FROM digest_sent WHERE day < :before").bind("before", before).execute();
    }

    private static Collection<String> orNone(Collection<String> facilities) {
        return facilities.isEmpty() ? List.of(NONE) : facilities;
    }
}
