package no.kommune.bta.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Background jobs (charge run, bank import) each run on one named daemon thread, one job at a time. */
public final class Workers {
    private Workers() {
    }

    public static ExecutorService single(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
