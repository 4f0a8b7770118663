package no.kommune.bta.audit;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import no.kommune.bta.audit.AccessLogChainQueries.Break;
import no.kommune.bta.audit.AccessLogChainQueries.Link;
import no.kommune.bta.common.jobs.OnOneInstance;
import org.jboss.logging.Logger;

/**
 * Walks the access log's hash chain (R-ACC-2) in stretches of {@link #STRETCH} rows, from the newest checkpoint
 * (or from the first row when asked for a full walk) to the head, and reports the first broken link. An intact
 * walk leaves a checkpoint, so the next one starts there.
 */
@ApplicationScoped
public class AccessLogVerifier {
    private static final Logger LOG = Logger.getLogger(AccessLogVerifier.class);
    static final int STRETCH = 50_000;
    /** Before the first row: number 0, an empty hash (the first row links to it). */
    private static final Link GENESIS = new Link(0, null, "");

    public enum Finding {
        /** A row's content or the row before it was changed: its hash no longer follows. */
        CHANGED,
        /** A number is missing: a row was deleted. */
        MISSING,
        /** The checkpoint's row is gone or has another hash than when it was verified. */
        CHECKPOINT_CHANGED,
        /** The head names rows that are no longer there: the newest rows were deleted. */
        TAIL_MISSING
    }

    public record BrokenLink(long seq, Instant at, Finding finding) {
    }

    public record Verification(boolean intact, long startedAfter, long verifiedThrough, long rowsChecked,
                               Instant verifiedAt, BrokenLink firstBroken) {
    }

    @Inject
    AccessLogChainQueries chain;

    @Inject
    Clock clock;

    @Transactional
    public Verification verify(boolean full) {
        Instant now = clock.instant();
        Link head = chain.head();
        Link from = GENESIS;
        if (!full) {
            Optional<Link> cp = chain.lastCheckpoint();
            if (cp.isPresent()) {
                Optional<Link> row = chain.link(cp.get().seq());
                Optional<Link> before = cp.get().seq() == 1 ? Optional.of(GENESIS) : chain.link(cp.get().seq() - 1);
                if (row.isEmpty() || !row.get().hash().equals(cp.get().hash()) || before.isEmpty()
                        || chain.firstBreak(before.get(), cp.get().seq()).isPresent()) {
                    return broken(0, 0, now, new BrokenLink(cp.get().seq(), row.map(Link::at).orElse(null),
                            Finding.CHECKPOINT_CHANGED));
                }
                from = row.get();
            }
        }
        long startedAfter = from.seq();
        Link last = from;
        while (last.seq() < head.seq()) {
            long through = Math.min(head.seq(), last.seq() + STRETCH);
            Optional<Break> b = chain.firstBreak(last, through);
            if (b.isPresent()) {
                return broken(startedAfter, b.get().seq() - 1, now, new BrokenLink(b.get().seq(), b.get().at(),
                        b.get().gap() ? Finding.MISSING : Finding.CHANGED));
            }
            Optional<Link> end = chain.lastUpTo(through);
            if (end.isEmpty() || end.get().seq() != through) {
                // every row of the stretch followed from the one before, but its last numbers are gone
                long missing = end.map(l -> l.seq() + 1).orElse(last.seq() + 1);
                return broken(startedAfter, end.map(Link::seq).orElse(last.seq()), now,
                        new BrokenLink(missing, null, through == head.seq() ? Finding.TAIL_MISSING : Finding.MISSING));
            }
            last = end.get();
        }
        if (last.seq() > 0 && !last.hash().equals(head.hash())) {
            return broken(startedAfter, last.seq(), now, new BrokenLink(last.seq(), last.at(), Finding.CHANGED));
        }
        if (last.seq() > startedAfter) chain.checkpoint(last);
        return new Verification(true, startedAfter, last.seq(), last.seq() - startedAfter, now, null);
    }

    /** Every night the chain is walked from the newest checkpoint; a broken link is an error for operations. */
    @Scheduled(cron = "{bta.audit.verify-cron}", identity = "access-log-verification")
    @OnOneInstance
    void nightly() {
        Verification v = verify(false);
        if (v.intact()) {
            LOG.infof("Access log intact through row %d (%d rows checked)", v.verifiedThrough(), v.rowsChecked());
        } else {
            LOG.errorf("ACCESS LOG BROKEN at row %d: %s (intact through row %d)", v.firstBroken().seq(),
                    v.firstBroken().finding(), v.verifiedThrough());
        }
    }

    private static Verification broken(long startedAfter, long intactThrough, Instant now, BrokenLink at) {
        return new Verification(false, startedAfter, intactThrough, Math.max(0, intactThrough - startedAfter), now, at);
    }
}
