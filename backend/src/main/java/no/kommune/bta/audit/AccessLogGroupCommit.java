package no.kommune.bta.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Commits the access-log rows of concurrent calls together. Each row links to the one before it (the chain
 * trigger of V21), so writers hold one lock until they commit, and a commit waits for the disk: one commit per
 * call capped every API call at what one disk flush after another allows (about 170 a second on the benchmark
 * machine, issue 16). One writer thread takes every call waiting at that moment, writes all their rows in one
 * statement and commits once; each caller waits for that commit before its answer leaves, so the log still fails
 * closed.
 * If a shared commit fails, each call of it is tried again alone, so one call's bad row never costs another
 * call its answer.
 */
@ApplicationScoped
public class AccessLogGroupCommit {
    private record Pending(AccessLogEntry call, List<UUID> persons, CompletableFuture<Void> done) {
    }

    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();

    @Inject
    AgroalDataSource ds;

    /** At most this many calls share one commit. */
    @ConfigProperty(name = "bta.audit.group-commit.max-calls", defaultValue = "64")
    int maxCalls;

    /** How long a caller waits for its rows to be committed before it gives up (and answers 503). */
    @ConfigProperty(name = "bta.audit.group-commit.wait-seconds", defaultValue = "10")
    int waitSeconds;

    private volatile boolean running;
    private Thread writer;

    void start(@Observes StartupEvent e) {
        running = true;
        writer = Thread.ofPlatform().name("access-log-writer").daemon().start(this::loop);
    }

    void stop(@Observes ShutdownEvent e) {
        running = false;
        if (writer != null) writer.interrupt();
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(p -> p.done().completeExceptionally(new SQLException("the application is stopping", "57P01")));
    }

    /** Appends one call's rows and returns once they are committed; throws if they were not. */
    public void append(AccessLogEntry call, List<UUID> persons) throws SQLException {
        Pending p = new Pending(call, persons, new CompletableFuture<>());
        if (!running) throw new SQLException("the access-log writer is not running", "57P01");
        queue.add(p);
        try {
            p.done().get(waitSeconds, TimeUnit.SECONDS);
        } catch (ExecutionException ex) {
            if (ex.getCause() instanceof SQLException s) throw s;
            throw new SQLException(ex.getCause());
        } catch (TimeoutException ex) {
            throw new SQLException("the access log was not committed within " + waitSeconds + " s", "57014");
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for the access log", "57014");
        }
    }

    private void loop() {
        List<Pending> batch = new ArrayList<>();
        while (running) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException ex) {
                return;
            }
            queue.drainTo(batch, maxCalls - 1);
            try {
                commit(batch);
                batch.forEach(p -> p.done().complete(null));
            } catch (SQLException | RuntimeException ex) {
                if (batch.size() == 1) {
                    batch.get(0).done().completeExceptionally(ex);
                } else {
                    for (Pending p : batch) {
                        try {
                            commit(List.of(p));
                            p.done().complete(null);
                        } catch (SQLException | RuntimeException alone) {
                            p.done().completeExceptionally(alone);
                        }
                    }
                }
            }
            batch.clear();
        }
    }

    private void commit(List<Pending> batch) throws SQLException {
        try (Connection c = ds.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                AccessLogQueries.insert(c, batch.stream().map(Pending::call).toList(),
                        batch.stream().map(Pending::persons).toList());
                c.commit();
            } catch (SQLException | RuntimeException ex) {
                try {
                    c.rollback();
                } catch (SQLException ignored) {
                    // the connection is gone; the pool discards it
                }
                throw ex;
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }
}
