package io.github.posthogcatalog.maven.apply;

import static io.github.posthogcatalog.maven.apply.StandInSync.action;
import static io.github.posthogcatalog.maven.apply.StandInSync.catalog;
import static io.github.posthogcatalog.maven.apply.StandInSync.destination;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.posthogcatalog.catalog.ActionDefinition;
import io.github.posthogcatalog.catalog.Catalog;
import io.github.posthogcatalog.maven.plan.ManagedMarker;
import io.github.posthogcatalog.maven.standin.Faults;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ResilienceAgainstStandInTest {

    private final StandInSync sync = new StandInSync();

    @AfterEach
    void stop() {
        sync.close();
    }

    private static Catalog actions(int count) {
        List<ActionDefinition> actions = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            actions.add(action("a-" + i, "Action " + i, "event-" + i));
        }
        return catalog(actions, List.of(destination("alert", "#ops", List.of("a-1"))));
    }

    private List<String> liveKeys() {
        return sync.liveActions().stream()
                .map(action -> ManagedMarker.keyOf(action.path("description").asString()).orElseThrow())
                .sorted()
                .toList();
    }

    private long actionCreates() {
        return sync.standIn.requests().stream()
                .filter(request -> request.method().equals("POST") && request.path().endsWith("/actions/"))
                .count();
    }

    @Test
    void throttleStormIsRetried() {
        // The client retries a request four times, so four 429s in a row are the most one request survives.
        sync.standIn.faults().throttleNext(4, "0");

        ApplyResult result = sync.sync(actions(5));

        assertThat(result.appliedCount()).isEqualTo(6);
        assertThat(sync.standIn.requests().stream().filter(request -> request.status() == 429)).hasSize(4);
        assertThat(liveKeys()).hasSize(5).doesNotHaveDuplicates();
    }

    @Test
    void failedCreateListsUnappliedAndRerunConverges() {
        sync.standIn.faults().respond(new Faults.CannedResponse("POST", "/api/projects/1/actions/", null, 400,
                "{\"type\":\"validation_error\",\"code\":\"invalid_input\",\"detail\":\"Rejected.\",\"attr\":\"steps\"}", 1));

        assertThatThrownBy(() -> sync.sync(actions(4)))
                .isInstanceOf(ApplyException.class)
                .hasMessageContaining("3 of 5 changes applied, 1 failed, 1 not attempted")
                .hasMessageContaining("Rejected.")
                .hasMessageContaining("not attempted: create destination 'Alert alert'");

        ApplyResult rerun = sync.sync(actions(4));
        assertThat(rerun.appliedCount()).isEqualTo(2);
        assertThat(liveKeys()).containsExactly("a-1", "a-2", "a-3", "a-4");
        assertThat(sync.liveFunctions()).hasSize(1);
    }

    @Test
    void ambiguousCreateIsFoundNotRepeated() {
        sync.standIn.faults().failWrite(1, Faults.WriteFailure.ERROR_AFTER_APPLY);

        sync.sync(actions(3));

        assertThat(liveKeys()).containsExactly("a-1", "a-2", "a-3");
        assertThat(actionCreates()).isEqualTo(3);
    }

    @Test
    void connectionResetAfterCreateIsFoundNotRepeated() {
        sync.standIn.faults().failWrite(2, Faults.WriteFailure.RESET_AFTER_APPLY);

        sync.sync(actions(3));

        assertThat(liveKeys()).containsExactly("a-1", "a-2", "a-3");
        assertThat(actionCreates()).isEqualTo(3);
        assertThat(sync.liveFunctions()).hasSize(1);
    }

    @Test
    void concurrentWritesBeatSequentialLatency() {
        sync.standIn.faults().latency(Duration.ofMillis(250));
        long started = System.nanoTime();

        sync.sync(actions(24));

        long millis = (System.nanoTime() - started) / 1_000_000;
        // Sequentially, 25 writes and 3 reads at 250 ms each take at least 7 s; four in flight take about 2 s.
        assertThat(millis).isLessThan(5_000);
        assertThat(liveKeys()).hasSize(24);
    }
}
