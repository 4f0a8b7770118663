package no.kommune.bta.digest;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.kommune.bta.audit.AccessLogEntry;
import no.kommune.bta.audit.AccessLogWriter;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.digest.DigestDtos.DigestSetting;
import no.kommune.bta.digest.DigestDtos.DigestSettingRequest;
import no.kommune.bta.digest.DigestQueries.Recipient;
import no.kommune.bta.digest.DigestQueries.Subscription;
import no.kommune.bta.reporting.OverviewService;
import no.kommune.bta.reporting.OverviewService.Item;
import no.kommune.bta.security.AccessScope;
import no.kommune.bta.security.AccessSettings;
import no.kommune.bta.security.CurrentUser;

/**
 * The daily e-mail digest (issue 18 item 10): staff switch it on for themselves; once a day each of them gets the
 * Oversikt's due items of their facilities as counts and initials with a link, at most once a day.
 *
 * <p>Which facilities: those on the member's token, stored at opt-in and replaced by the token's each time the member
 * reads the setting (the Oversikt page does on every visit). The digest runs without a token, so it trusts the stored
 * facilities only while they are recent ({@link DigestConfig#confirmationDays()}): access in BTA is the token (the
 * realm's roles and the {@code facilities} attribute), and someone whose account was closed or whose facility was
 * taken away has no token with it, so the mail stops. A facility that no longer exists drops out at once.
 */
@ApplicationScoped
public class DigestService {

    @Inject
    DigestQueries queries;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    DigestConfig config;

    @Inject
    AccessSettings access;

    @Inject
    OverviewService overview;

    @Inject
    AccessLogWriter accessLog;

    @Inject
    Mailer mailer;

    /** The caller's setting; reading it confirms the stored facilities with the token's. */
    @Transactional
    public DigestSetting setting() {
        if (queries.subscription(user.subject()).isPresent()) {
            queries.confirm(user.subject(), user.facilities(), clock.instant());
        }
        return view();
    }

    /** Switches the caller's digest on (to the address given, else the token's) or off (the stored address goes). */
    @Transactional
    public DigestSetting change(DigestSettingRequest body) {
        if (!body.enabled()) {
            queries.delete(user.subject());
            return view();
        }
        String email = body.email() != null && !body.email().isBlank() ? body.email().strip() : user.email();
        if (email == null || email.isBlank()) {
            throw ProblemException.invalid("email", "må fylles ut: innloggingen din har ingen e-postadresse");
        }
        if (email.length() > 254) throw ProblemException.invalid("email", "kan ha høyst 254 tegn");
        if (user.facilities().isEmpty()) {
            throw ProblemException.invalid("enabled", "du arbeider ikke ved noe botiltak, så det er ingenting å varsle om");
        }
        queries.save(user.subject(), user.username(), email, user.facilities(), clock.instant());
        return view();
    }

    private DigestSetting view() {
        Optional<Subscription> s = queries.subscription(user.subject());
        LocalDate lastSent = queries.lastSent(user.subject()).orElse(null);
        return s.map(x -> new DigestSetting(true, x.email(), x.facilities(), lastSent))
                .orElseGet(() -> new DigestSetting(false, user.email(), List.of(), lastSent));
    }

    /** Everyone due the digest of {@code day}: opted in, confirmed recently, not sent yet. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Recipient> due(LocalDate day) {
        return queries.due(day, clock.instant().minus(Duration.ofDays(config.confirmationDays())));
    }

    /**
     * Sends the member the digest of {@code day} unless it was sent already or nothing is due; whether it sent. One
     * transaction: the record of the day, the access-log rows (every resident the mail shows, R-ACC-4) and the mail;
     * when the mail fails both roll back and a later run tries again.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean send(Recipient r, LocalDate day) {
        var facilities = r.facilities().keySet();
        List<Item> items = overview.overview(facilities, AccessScope.facilityStaff(facilities, day, access.followUpDays()));
        if (items.isEmpty()) return false;
        if (!queries.claim(r.subject(), day, items.size(), clock.instant())) return false;
        accessLog.write(new AccessLogEntry(r.subject(), r.username(), null, List.of(), List.copyOf(facilities), null,
                "JOB", "digest", "sendDigest", "digest", day.toString(), 200, null), persons(items));
        DigestMail.Text text = DigestMail.of(day, r.facilities(), items, config.baseUrl());
        mailer.send(Mail.withText(r.email(), text.subject(), text.body()));
        return true;
    }

    /** Forgets the record of digests older than the kept days. */
    @Transactional
    public int purgeSent(LocalDate today) {
        return queries.purgeSent(today.minusDays(config.keepSentDays()));
    }

    /** The residents the items show, once each (a list with null when none is a person). */
    private static List<UUID> persons(List<Item> items) {
        LinkedHashSet<UUID> ids = new LinkedHashSet<>();
        items.forEach(i -> ids.add(i.personId()));
        ids.remove(null);
        List<UUID> out = new ArrayList<>(ids);
        if (out.isEmpty()) out.add(null);
        return out;
    }
}
