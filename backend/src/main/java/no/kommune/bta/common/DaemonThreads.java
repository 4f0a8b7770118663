package no.kommune.bta.common;

import java.util.concurrent.ThreadFactory;

/**
 * Threads of the backend's own pools (jobs, retention batches, statistics read aside): named, so that they show in
 * thread dumps and profiles, and daemon, so that none of them holds up the process's stop.
 */
public final class DaemonThreads {
    private DaemonThreads() {
    }

    public static ThreadFactory named(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
