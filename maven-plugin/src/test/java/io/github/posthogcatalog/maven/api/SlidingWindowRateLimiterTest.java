package io.github.posthogcatalog.maven.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.posthogcatalog.maven.standin.PostHogStandIn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SlidingWindowRateLimiterTest {

    @Test
    void noWindowHoldsMoreThanLimit() throws InterruptedException {
        FakeTimeSource time = new FakeTimeSource();
        SlidingWindowRateLimiter limiter = new SlidingWindowRateLimiter(3, Duration.ofSeconds(60), time);
        List<Long> starts = new ArrayList<>();

        for (int i = 0; i < 10; i++) {
            limiter.acquire();
            starts.add(time.nanoTime());
            time.sleep(Duration.ofSeconds(7));
        }

        assertWindows(starts, 3, Duration.ofSeconds(60));
        assertThat(starts.get(3) - starts.get(0)).isEqualTo(Duration.ofSeconds(60).toNanos());
    }

    @Test
    void concurrentCallersShareLimit() throws Exception {
        SlidingWindowRateLimiter limiter = new SlidingWindowRateLimiter(5, Duration.ofMillis(300), TimeSource.SYSTEM);
        List<Long> starts = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                tasks.add(pool.submit(() -> {
                    for (int i = 0; i < 5; i++) {
                        limiter.acquire();
                        starts.add(System.nanoTime());
                    }
                    return null;
                }));
            }
            for (Future<?> task : tasks) {
                task.get(20, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        List<Long> sorted = new ArrayList<>(starts);
        Collections.sort(sorted);
        assertThat(sorted).hasSize(20);
        assertWindows(sorted, 5, Duration.ofMillis(300));
    }

    @Test
    void pauseHoldsEveryCaller() throws InterruptedException {
        FakeTimeSource time = new FakeTimeSource();
        SlidingWindowRateLimiter limiter = new SlidingWindowRateLimiter(100, Duration.ofSeconds(60), time);

        limiter.pauseFor(Duration.ofSeconds(9));
        limiter.pauseFor(Duration.ofSeconds(2));
        limiter.acquire();

        assertThat(time.nanoTime()).isEqualTo(Duration.ofSeconds(9).toNanos());
    }

    @Test
    void clientsOfSameHostAndKeyShareLimiter() {
        try (PostHogStandIn posthog = PostHogStandIn.start()) {
            ClientFixture fixture = new ClientFixture();
            PostHogClient first = PostHogClient.create(fixture.settings(posthog.baseUri(), 1, PostHogStandIn.DEFAULT_KEY)
                    .requestsPerMinute(2).build());
            PostHogClient second = PostHogClient.create(fixture.settings(posthog.baseUri(), 1, PostHogStandIn.DEFAULT_KEY)
                    .requestsPerMinute(5).build());

            first.listActions();
            second.listActions();
            second.listActions();

            assertThat(fixture.time.sleeps()).containsExactly(Duration.ofSeconds(60));
            assertThat(first.requestCount() + second.requestCount()).isEqualTo(3);
        }
    }

    @Test
    void invalidLimitIsRejected() {
        assertThatThrownBy(() -> new SlidingWindowRateLimiter(0, Duration.ofSeconds(1), TimeSource.SYSTEM))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Checks that any {@code limit + 1} consecutive starts span at least one window. */
    private static void assertWindows(List<Long> starts, int limit, Duration window) {
        for (int i = 0; i + limit < starts.size(); i++) {
            assertThat(starts.get(i + limit) - starts.get(i))
                    .as("start %d and start %d", i, i + limit)
                    .isGreaterThanOrEqualTo(window.toNanos());
        }
    }
}
