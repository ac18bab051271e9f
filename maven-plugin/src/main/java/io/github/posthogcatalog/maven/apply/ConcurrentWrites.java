package io.github.posthogcatalog.maven.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import io.github.posthogcatalog.maven.plan.Change;

/**
 * A small fixed pool that runs the writes of one phase concurrently and waits for all of them. With
 * PostHog's latency of a few hundred milliseconds, a handful of writes in flight is what it takes to
 * reach the client's rate limit instead of being bound by round trips.
 */
final class ConcurrentWrites implements AutoCloseable {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ExecutorService executor;

    ConcurrentWrites(int threads) {
        int pool = POOLS.incrementAndGet();
        AtomicInteger thread = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread worker = new Thread(runnable, "posthog-sync-" + pool + "-" + thread.incrementAndGet());
            worker.setDaemon(true);
            return worker;
        };
        this.executor = Executors.newFixedThreadPool(threads, factory);
    }

    /**
     * Runs every write and returns the outcomes in the order of {@code changes}. A write that throws
     * an unexpected exception is reported as failed, so one bug cannot hide the other outcomes.
     */
    List<Outcome> run(List<Change> changes, Function<Change, Outcome> write) {
        List<Future<Outcome>> futures = new ArrayList<>();
        for (Change change : changes) {
            futures.add(executor.submit(() -> write.apply(change)));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            outcomes.add(await(changes.get(i), futures.get(i)));
        }
        return outcomes;
    }

    private static Outcome await(Change change, Future<Outcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return Outcome.failed(change, "interrupted before the write finished");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return Outcome.failed(change, cause.getClass().getSimpleName() + ": " + cause.getMessage());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
