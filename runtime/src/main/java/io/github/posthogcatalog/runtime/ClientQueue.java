package io.github.posthogcatalog.runtime;

import com.posthog.server.PostHogInterface;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Drains the event queue of a PostHog client, so that a flush returns only after the events
 * captured before it have been sent.
 *
 * <p>{@code posthog-server} 2.3.3 needs this help for two reasons, read from its bytecode:
 *
 * <ul>
 *   <li>{@code capture} does not put the event into the queue itself. It hands that step to the
 *       client's single queue thread, so a {@code flush()} made right after a {@code capture} can
 *       find the queue still empty and send nothing.
 *   <li>{@code flush()} sends one batch (at most {@code maxBatchSize} events), and returns at once
 *       without sending when another flush of the same client is running.
 * </ul>
 *
 * <p>This class therefore runs the flushes as one task on the client's queue thread. The thread
 * runs its tasks in order, so the task starts after every event captured before it is queued, and
 * no other flush runs beside it. The task calls {@code flush()} once per pending event plus once,
 * which empties the queue, because each call on a non-empty queue sends at least one event and a
 * call on an empty queue returns at once.
 */
final class ClientQueue {

    /** The private field of {@code com.posthog.PostHogStateless} that holds the queue thread. */
    private static final String QUEUE_EXECUTOR_FIELD = "queueExecutor";

    private final PostHogInterface client;
    private final ExecutorService queueThread;

    private ClientQueue(PostHogInterface client, ExecutorService queueThread) {
        this.client = client;
        this.queueThread = queueThread;
    }

    /** Finds the queue thread of the client, or falls back to flushing on the caller's thread. */
    static ClientQueue of(PostHogInterface client) {
        return new ClientQueue(client, findQueueThread(client));
    }

    /** Tells whether flushes run on the client's queue thread, which is what makes them complete. */
    boolean reachesQueueThread() {
        return queueThread != null;
    }

    /**
     * Sends every event that was captured before this call and is still queued.
     *
     * @param pendingEvents how many events were captured since the last drain; it bounds the number
     *     of {@code flush()} calls
     * @param timeout how long to wait for the sending
     * @return true when the drain finished within the timeout
     */
    boolean drain(long pendingEvents, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Runnable flushes = () -> flushRepeatedly(pendingEvents + 1, deadline);

        if (queueThread == null) {
            flushes.run();
            return System.nanoTime() - deadline < 0;
        }

        try {
            Future<?> done = queueThread.submit(flushes);
            done.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (RejectedExecutionException rejected) {
            // The queue thread is gone, so nothing can race with a flush on this thread.
            flushes.run();
            return true;
        } catch (TimeoutException timedOut) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException failed) {
            throw new IllegalStateException("flushing the PostHog client failed", failed.getCause());
        }
    }

    private void flushRepeatedly(long calls, long deadline) {
        for (long call = 0; call < calls && System.nanoTime() - deadline < 0; call++) {
            client.flush();
        }
    }

    /**
     * Returns the queue thread of a {@code posthog-server} client, or null when the client is of
     * another kind or its fields changed.
     */
    private static ExecutorService findQueueThread(PostHogInterface client) {
        for (Class<?> type = client.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(QUEUE_EXECUTOR_FIELD);
                if (!ExecutorService.class.isAssignableFrom(field.getType())) {
                    return null;
                }
                field.setAccessible(true);
                return (ExecutorService) field.get(client);
            } catch (NoSuchFieldException notHere) {
                // The field is declared on a superclass of the client; keep looking.
            } catch (ReflectiveOperationException | RuntimeException inaccessible) {
                return null;
            }
        }
        return null;
    }
}
