package io.github.posthogcatalog.processor;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Adds up the processor's own time per phase, for the {@code posthog.catalog.timing} note. */
public final class Timing {

    /**
     * The phases that the timing note reports. {@code ACTIONS} covers reading and checking the
     * {@code @Action} and {@code @SlackAlert} declarations.
     */
    public enum Phase { VALIDATION, GENERATION, ACTIONS, CATALOG }

    private final long[] nanos = new long[Phase.values().length];
    private long totalNanos;

    /** Runs an action and adds its time to the phase. */
    public <T> T measure(Phase phase, Supplier<T> action) {
        long start = System.nanoTime();
        try {
            return action.get();
        } finally {
            nanos[phase.ordinal()] += System.nanoTime() - start;
        }
    }

    /** Runs an action and adds its time to the phase. */
    public void measure(Phase phase, Runnable action) {
        measure(phase, () -> {
            action.run();
            return null;
        });
    }

    /** Adds the time of one {@code process} call to the total. */
    void addTotal(long elapsedNanos) {
        totalNanos += elapsedNanos;
    }

    /** Returns the phase's time in whole milliseconds. */
    public long millis(Phase phase) {
        return TimeUnit.NANOSECONDS.toMillis(nanos[phase.ordinal()]);
    }

    /** Returns the total time in whole milliseconds. */
    public long totalMillis() {
        return TimeUnit.NANOSECONDS.toMillis(totalNanos);
    }
}
