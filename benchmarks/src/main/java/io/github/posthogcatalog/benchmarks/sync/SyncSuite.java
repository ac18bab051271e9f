package io.github.posthogcatalog.benchmarks.sync;

import io.github.posthogcatalog.benchmarks.Report;
import io.github.posthogcatalog.catalog.Catalog;
import io.github.posthogcatalog.maven.api.ApiKey;
import io.github.posthogcatalog.maven.api.PostHogClient;
import io.github.posthogcatalog.maven.api.PostHogClientSettings;
import io.github.posthogcatalog.maven.apply.ApplyResult;
import io.github.posthogcatalog.maven.config.PostHogSettings;
import io.github.posthogcatalog.maven.config.ResolvedKey;
import io.github.posthogcatalog.maven.plan.Plan;
import io.github.posthogcatalog.maven.plan.PlanOptions;
import io.github.posthogcatalog.maven.standin.PostHogStandIn;
import io.github.posthogcatalog.maven.standin.RecordedRequest;
import io.github.posthogcatalog.maven.sync.SyncLog;
import io.github.posthogcatalog.maven.sync.SyncWorkflow;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * Drives the real {@link SyncWorkflow} (planner, applier and HTTP client) against the PostHog
 * stand-in on 127.0.0.1 with 250 ms of latency per request and its 480-per-minute burst throttle
 * on. Scenarios: the first sync of {@link SyncCatalog} (everything created), a sync with no change,
 * and a sync after 10 changes, then the first sync again with one request at a time on a fresh
 * stand-in as the reference, and against the floor that PostHog's limit sets.
 *
 * <p>Each scenario uses a key of its own, so that neither the client's limiter nor the stand-in's
 * throttle carries requests over from the scenario before: that models syncs more than a minute
 * apart.
 */
public final class SyncSuite {

    static final long PROJECT = PostHogStandIn.DEFAULT_PROJECT;
    static final long WORKSPACE = 7;
    static final Duration LATENCY = Duration.ofMillis(250);
    static final Duration WINDOW = Duration.ofMinutes(1);

    /** PostHog's burst limit per personal API key, in requests per minute. */
    static final int POSTHOG_LIMIT = 480;

    /** The target: the first sync ends within this factor of the rate-limit floor. */
    static final double TARGET_FLOOR_RATIO = 1.15;

    private SyncSuite() {}

    /**
     * The figures of one sync.
     *
     * @param wallSeconds from the start of planning to the end of applying
     * @param requests the API requests that the stand-in received
     * @param writes the POST and PATCH requests among them
     * @param throttled the requests that the stand-in rejected with 429
     * @param maxInWindow the highest count of requests in any 60-second window
     */
    record Scenario(String name, int parallelism, int requestsPerMinute, double wallSeconds, int requests, int writes,
            int throttled, int maxInWindow, String plan) {

        /** Returns the shortest time in which PostHog's 480 per minute admits these requests, at 8 per second. */
        double floorSeconds() {
            return requests / (POSTHOG_LIMIT / 60.0);
        }
    }

    /** Runs the scenarios and adds the sync section to the report. */
    public static void run(Report report, Path workDirectory) throws IOException {
        Catalog base = SyncCatalog.base(workDirectory.resolve("catalog.json"));
        Catalog changed = SyncCatalog.tenChanges(base, workDirectory.resolve("catalog-ten-changes.json"));
        int defaultLimit = PostHogClientSettings.DEFAULT_REQUESTS_PER_MINUTE;

        Scenario first;
        Scenario unchanged;
        Scenario tenChanges;
        try (PostHogStandIn posthog = standIn()) {
            first = sync("first sync", posthog, base, "phx_bench_first_not_a_real_key", 4, defaultLimit);
            expect(posthog.actions(PROJECT).size() == SyncCatalog.ACTIONS
                    && posthog.hogFunctions(PROJECT).size() == SyncCatalog.DESTINATIONS,
                    "the first sync did not create every Action and destination");

            unchanged = sync("no-change sync", posthog, base, "phx_bench_again_not_a_real_key", 4, defaultLimit);
            expect(unchanged.writes() == 0, "the no-change sync wrote " + unchanged.writes());
            expect(unchanged.requests() > 0, "the no-change sync read nothing from the stand-in");

            tenChanges = sync("sync after 10 changes", posthog, changed, "phx_bench_changes_not_a_real_key", 4,
                    defaultLimit);
            expect(tenChanges.writes() == 10, "the sync after 10 changes wrote " + tenChanges.writes());
        }
        Scenario sequential;
        try (PostHogStandIn posthog = standIn()) {
            sequential = sync("first sync, one request at a time", posthog, base, "phx_bench_serial_not_a_real_key",
                    1, defaultLimit);
        }
        report.add("sync", json(List.of(first, unchanged, tenChanges, sequential), first, sequential),
                markdown(List.of(first, unchanged, tenChanges, sequential), first, sequential));
    }

    private static PostHogStandIn standIn() {
        PostHogStandIn posthog = PostHogStandIn.start();
        List<ObjectNode> channels = new ArrayList<>();
        List<String> names = SyncCatalog.channelNames();
        for (int index = 0; index < names.size(); index++) {
            channels.add(PostHogStandIn.channel("C0BENCH0" + index, names.get(index), false, true));
        }
        posthog.addIntegration(PROJECT, WORKSPACE, "slack", "Benchmarks", channels);
        posthog.faults().latency(LATENCY);
        return posthog;
    }

    private static Scenario sync(String name, PostHogStandIn posthog, Catalog catalog, String key, int parallelism,
            int requestsPerMinute) {
        posthog.addApiKey(key);
        posthog.clearRequests();
        SyncWorkflow workflow = new SyncWorkflow(settings(posthog, key, parallelism), new PlanOptions(false, false),
                (settings, resolved) -> PostHogClient.create(
                        PostHogClientSettings.builder(settings.host(), settings.projectId(), resolved.key())
                                .connectTimeout(settings.connectTimeout())
                                .requestTimeout(settings.requestTimeout())
                                .requestsPerMinute(requestsPerMinute)
                                .build()),
                new ConsoleLog());

        long started = System.nanoTime();
        Plan plan = workflow.plan(catalog);
        ApplyResult result = workflow.apply(plan);
        double wallSeconds = (System.nanoTime() - started) / 1e9;

        List<RecordedRequest> requests = posthog.requests();
        List<Long> times = requests.stream().map(RecordedRequest::receivedNanos).toList();
        Scenario scenario = new Scenario(name, parallelism, requestsPerMinute, wallSeconds, requests.size(),
                (int) requests.stream().filter(RecordedRequest::isWrite).count(),
                (int) requests.stream().filter(request -> request.status() == 429).count(),
                RequestWindows.maxInAnyWindow(times, WINDOW), plan.summary());
        System.out.printf("sync benchmark: %s: %.1f s, %d requests, %d writes, %d applied%n", name, wallSeconds,
                scenario.requests(), scenario.writes(), result.appliedCount());
        return scenario;
    }

    private static PostHogSettings settings(PostHogStandIn posthog, String key, int parallelism) {
        return new PostHogSettings(posthog.baseUri(), PROJECT, WORKSPACE,
                Optional.of(new ResolvedKey(ApiKey.of(key), "the sync benchmark")),
                Duration.ofSeconds(10), Duration.ofSeconds(30), parallelism, null);
    }

    private static ObjectNode json(List<Scenario> scenarios, Scenario first, Scenario sequential) {
        ObjectNode json = Report.object();
        json.put("latencyMillis", LATENCY.toMillis());
        json.put("actions", SyncCatalog.ACTIONS);
        json.put("destinations", SyncCatalog.DESTINATIONS);
        json.put("posthogLimitPerMinute", POSTHOG_LIMIT);
        json.put("clientDefaultLimitPerMinute", PostHogClientSettings.DEFAULT_REQUESTS_PER_MINUTE);
        for (Scenario scenario : scenarios) {
            ObjectNode entry = json.withArray("scenarios").addObject();
            entry.put("name", scenario.name());
            entry.put("parallelism", scenario.parallelism());
            entry.put("clientLimitPerMinute", scenario.requestsPerMinute());
            entry.put("wallSeconds", scenario.wallSeconds());
            entry.put("requests", scenario.requests());
            entry.put("writes", scenario.writes());
            entry.put("throttled", scenario.throttled());
            entry.put("maxRequestsIn60s", scenario.maxInWindow());
            entry.put("floorSeconds", scenario.floorSeconds());
            entry.put("wallToFloor", scenario.wallSeconds() / scenario.floorSeconds());
            entry.put("plan", scenario.plan());
        }
        json.put("firstSyncToSequential", first.wallSeconds() / sequential.wallSeconds());
        json.put("firstSyncFloorTargetMet", first.wallSeconds() / first.floorSeconds() <= TARGET_FLOOR_RATIO);
        json.put("windowTargetMet", scenarios.stream().allMatch(scenario -> scenario.maxInWindow() <= POSTHOG_LIMIT));
        json.put("neverThrottled", scenarios.stream().allMatch(scenario -> scenario.throttled() == 0));
        return json;
    }

    private static String markdown(List<Scenario> scenarios, Scenario first, Scenario sequential) {
        List<List<String>> rows = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            rows.add(List.of(scenario.name(), String.valueOf(scenario.parallelism()),
                    String.valueOf(scenario.requestsPerMinute()),
                    Report.number(scenario.wallSeconds(), 1),
                    String.valueOf(scenario.requests()),
                    String.valueOf(scenario.writes()),
                    String.valueOf(scenario.maxInWindow()),
                    String.valueOf(scenario.throttled()),
                    Report.number(scenario.floorSeconds(), 1),
                    Report.number(scenario.wallSeconds() / scenario.floorSeconds(), 2),
                    Report.number(scenario.wallSeconds() / sequential.wallSeconds(), 2)));
        }
        double floorRatio = first.wallSeconds() / first.floorSeconds();
        boolean windowMet = scenarios.stream().allMatch(scenario -> scenario.maxInWindow() <= POSTHOG_LIMIT);
        return "## Sync cost\n\n"
                + "The real planner, applier and HTTP client against the PostHog stand-in on 127.0.0.1 with "
                + LATENCY.toMillis() + " ms latency per request and its burst throttle of " + POSTHOG_LIMIT
                + " requests per minute on; a catalog of " + SyncCatalog.ACTIONS + " Actions and "
                + SyncCatalog.DESTINATIONS + " Slack destinations. Floor: requests ÷ 8 per second, the pace of"
                + " PostHog's 480 per minute. Requests and windows come from the stand-in's own record.\n\n"
                + Report.table(List.of("scenario", "parallelism", "client limit / min", "wall s", "requests",
                        "writes", "max in any 60 s", "429s", "floor s", "wall / floor", "wall / one at a time"), rows)
                + "\nTarget first sync within 15 % of the floor: " + Report.number(floorRatio, 2) + ", "
                + (floorRatio <= TARGET_FLOOR_RATIO ? "met" : "missed")
                + ". Target never more than 480 requests in a 60-s window: " + (windowMet ? "met" : "missed")
                + ". No-change sync writes: " + scenarios.get(1).writes() + ".\n";
    }

    private static void expect(boolean condition, String failure) {
        if (!condition) {
            throw new IllegalStateException("Sync benchmark: " + failure + "; its figures would mean nothing");
        }
    }

    /** Prints the workflow's info and warnings, so that a failing run shows why. */
    private static final class ConsoleLog implements SyncLog {
        @Override
        public void info(String message) {
            System.out.println("sync: " + message);
        }

        @Override
        public void warn(String message) {
            System.out.println("sync warning: " + message);
        }

        @Override
        public void debug(String message) {
            // One line per request would drown the figures.
        }
    }
}
