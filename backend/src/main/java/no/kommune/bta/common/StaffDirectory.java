package no.kommune.bta.common;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Who an account is (issue 18, item 1): every record keeps the account that acted (stable, unique, what four-eyes
 * compares); everything a person reads names the staff member instead, as "Lars Leder, fagleder", a system as
 * "Regnskapssystemet (integrasjon)" and BTA's own jobs as "BTA (automatisk)". The directory ({@code staff_member},
 * V35) is kept from the tokens of those who call BTA ({@link #remember}); each instance holds all of it in memory,
 * loaded at start and again every few minutes, so naming the staff in a list of 50 rows asks the database nothing.
 * An account the directory does not know (yet) is shown as it is.
 */
@ApplicationScoped
public class StaffDirectory {
    private static final Logger LOG = Logger.getLogger(StaffDirectory.class);
    private static volatile StaffDirectory current;

    /** What an account is. */
    public enum Kind { PERSON, SYSTEM, INTEGRATION }

    /** One entry: the name, the title (persons) and the kind. */
    public record Member(String name, String title, Kind kind) {
        public Member {
            name = cut(name);
            title = cut(title);
        }

        private static String cut(String text) {
            return text == null || text.length() <= 200 ? text : text.substring(0, 200);
        }

        /** How screens and documents name the member. */
        public String label() {
            return switch (kind) {
                case SYSTEM -> name;
                case INTEGRATION -> name + " (integrasjon)";
                case PERSON -> title == null ? name : name + ", " + title;
            };
        }
    }

    private static final String UPSERT = """
            INSERT INTO staff_member (account, name, title, kind) VALUES (?, ?, ?, ?)
            ON CONFLICT (account) DO UPDATE SET name = excluded.name, title = excluded.title, kind = excluded.kind,
                updated_at = now()
            WHERE (staff_member.name, staff_member.title, staff_member.kind)
                IS DISTINCT FROM (excluded.name, excluded.title, excluded.kind)""";

    @Inject
    AgroalDataSource ds;

    private final Map<String, Member> members = new ConcurrentHashMap<>();
    /** Accounts looked up and not found since the last load: not asked again until then. */
    private final Map<String, Boolean> unknown = new ConcurrentHashMap<>();

    void onStart(@Observes StartupEvent ev) {
        current = this;
        reload();
    }

    /** The label of an account anywhere a bean cannot be injected (JSON writers, document formatting). */
    public static String labelOf(String account) {
        StaffDirectory d = current;
        return d == null || account == null ? account : d.label(account);
    }

    /** "Lars Leder, fagleder" for {@code bakklandet-leder}; the account itself when nobody knows it; null → null. */
    public String label(String account) {
        if (account == null) return null;
        Member m = members.get(account);
        if (m == null && !unknown.containsKey(account)) {
            m = lookup(account);
            if (m == null) unknown.put(account, Boolean.TRUE);
        }
        return m == null ? account : m.label();
    }

    /**
     * Keeps what the token says about its account. Writes only when it differs from what this instance knows, so a
     * known caller costs a map lookup.
     */
    public void remember(String account, Member member) {
        if (account == null || member == null || member.equals(members.get(account))) return;
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(UPSERT)) {
            ps.setString(1, account);
            ps.setString(2, member.name());
            ps.setString(3, member.title());
            ps.setString(4, member.kind().name());
            ps.executeUpdate();
            members.put(account, member);
            unknown.remove(account);
        } catch (SQLException e) {
            // naming is not worth failing the caller's request for: the next request tries again
            LOG.warnf("could not keep the staff directory entry of an account: %s", e.getMessage());
        }
    }

    /** The whole directory, again (names changed on another instance reach this one within the period). */
    @Scheduled(every = "{bta.staff.reload-every}", delayed = "{bta.staff.reload-every}", identity = "staff-directory-reload")
    public void reload() {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT account, name, title, kind FROM staff_member");
             ResultSet rs = ps.executeQuery()) {
            Map<String, Member> loaded = new java.util.HashMap<>();
            while (rs.next()) loaded.put(rs.getString(1), member(rs));
            members.putAll(loaded);
            members.keySet().retainAll(loaded.keySet());
            unknown.clear();
        } catch (SQLException e) {
            LOG.warnf("could not load the staff directory: %s", e.getMessage());
        }
    }

    private Member lookup(String account) {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT account, name, title, kind FROM staff_member WHERE account = ?")) {
            ps.setString(1, account);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return null;
                Member m = member(rs);
                members.put(account, m);
                return m;
            }
        } catch (SQLException e) {
            LOG.warnf("could not look up a staff directory entry: %s", e.getMessage());
            return null;
        }
    }

    private static Member member(ResultSet rs) throws SQLException {
        return new Member(rs.getString(2), rs.getString(3), Kind.valueOf(Objects.requireNonNull(rs.getString(4))));
    }
}
