package io.github.posthogcatalog.example.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.posthogcatalog.example.events.AgentTaskStarted;
import io.github.posthogcatalog.example.events.CapabilityMappingRequested;
import io.github.posthogcatalog.example.events.EspiMessage;
import io.github.posthogcatalog.example.events.PlatformLogin;
import io.github.posthogcatalog.example.events.UserTaskCreated;
import io.github.posthogcatalog.runtime.CapturedEvent;
import io.github.posthogcatalog.runtime.RecordingSink;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlatformActivityTest {

    private static final Instant NOW = Instant.parse("2026-12-04T09:30:00Z");

    private final RecordingSink sink = new RecordingSink();
    private final PlatformActivity activity = new PlatformActivity(sink, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void loginSendsMethodAndOrganizationGroup() {
        activity.loggedIn("user-1", "org-7", PlatformLogin.Method.SSO, true);

        sink.assertSent("platform-login")
                .withDistinctId("user-1")
                .withProperty("method", "SSO")
                .withProperty("new_device", true)
                .withGroup("organization", "org-7")
                .assertCount(1);
    }

    @Test
    void espiMessageLeavesOutAbsentModel() {
        activity.messageSent("user-2", "org-7", "conv-1", "Hello ESPi", EspiMessage.Surface.SLACK, Optional.empty());

        sink.assertSent("espi-message")
                .withProperty("conversation_id", "conv-1")
                .withProperty("message_length", 10)
                .withProperty("surface", "SLACK")
                .withoutProperty("model")
                .assertCount(1);
    }

    @Test
    void espiMessageCarriesModelWhenPresent() {
        activity.messageSent("user-2", "org-7", "conv-1", "Hi", EspiMessage.Surface.WEB_APP, Optional.of("gpt-x"));

        sink.assertSent("espi-message").withProperty("model", "gpt-x").assertCount(1);
    }

    @Test
    void taskDueDateIsIsoDate() {
        activity.taskCreated(
                "user-3", "org-7", "task-9", UserTaskCreated.Priority.URGENT, Set.of("ops"), LocalDate.of(2026, 12, 24));

        CapturedEvent task = sink.assertSent("user-task-created").single();
        assertThat(task.properties())
                .containsEntry("task_id", "task-9")
                .containsEntry("priority", "URGENT")
                .containsEntry("due_date", "2026-12-24")
                .containsEntry("labels", List.of("ops"));
    }

    @Test
    void taskWithoutDueDateOmitsIt() {
        activity.taskCreated("user-3", "org-7", "task-10", UserTaskCreated.Priority.LOW, Set.of(), null);

        sink.assertSent("user-task-created").withoutProperty("due_date").assertCount(1);
    }

    @Test
    void agentStartKeepsBudgetScaleAndTimestamp() {
        activity.agentStarted(
                "user-4",
                "org-7",
                "agent-1",
                "task-11",
                List.of(new AgentTaskStarted.Tool("search", true), new AgentTaskStarted.Tool("deploy", false)),
                new BigDecimal("12.50"));

        CapturedEvent started = sink.assertSent("agent-task-started").withTimestamp(NOW).single();
        assertThat(started.properties())
                .containsEntry("budget_usd", "12.50")
                .containsEntry(
                        "tools",
                        List.of(
                                Map.of("name", "search", "read_only", true),
                                Map.of("name", "deploy", "read_only", false)))
                .doesNotContainKey("started_at")
                .doesNotContainKey("organization_id");
        assertThat(started.groups()).containsEntry("organization", "org-7");
    }

    @Test
    void mappingRequestSendsEnumWireValue() {
        activity.capabilityMappingRequested(
                "user-5",
                new CapabilityMappingRequested(
                        "org-7", "portfolio-3", 42, CapabilityMappingRequested.Source.AI_SUGGESTED, List.of("TOGAF")));

        sink.assertSent("esp-capability-mapping-requested")
                .withProperty("source", "ai-suggested")
                .withProperty("capability_count", 42)
                .withProperty("frameworks", List.of("TOGAF"))
                .assertCount(1);
    }

    @Test
    void blankUserIdIsRejectedBeforeSending() {
        assertThatThrownBy(() -> activity.loggedIn(" ", "org-7", PlatformLogin.Method.PASSWORD, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("distinct id is blank");

        sink.assertNothingSent();
    }
}
