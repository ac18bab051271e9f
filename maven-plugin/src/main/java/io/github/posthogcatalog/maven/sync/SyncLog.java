package io.github.posthogcatalog.maven.sync;

/** The log the sync writes to; the mojos pass Maven's. Messages never contain the API key. */
public interface SyncLog {

    /** Logs a line the user should see. */
    void info(String message);

    /** Logs a setting or state that is probably a mistake. */
    void warn(String message);

    /** Logs detail for {@code -X}: paths, timings, single writes. */
    void debug(String message);
}
