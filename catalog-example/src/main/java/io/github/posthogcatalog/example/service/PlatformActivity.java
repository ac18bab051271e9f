package io.github.posthogcatalog.example.service;

import io.github.posthogcatalog.example.events.AgentTaskStarted;
import io.github.posthogcatalog.example.events.CapabilityMappingRequested;
import io.github.posthogcatalog.example.events.EspiMessage;
import io.github.posthogcatalog.example.events.PlatformLogin;
import io.github.posthogcatalog.example.events.PlatformOpsEvents;
import io.github.posthogcatalog.example.events.UserTaskCreated;
import io.github.posthogcatalog.runtime.EventSink;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reports what users and agents do on the platform to PostHog. The rest of the backend calls these
 * methods at the point where each thing has happened, and never writes an event name or a property
 * name itself: the generated {@link PlatformOpsEvents} checks both at compile time.
 */
public final class PlatformActivity {

    private final PlatformOpsEvents events;
    private final Clock clock;

    /**
     * @param sink where events go: a {@code PostHogSink} in production, a {@code RecordingSink} in tests
     * @param clock the clock that stamps when an agent started
     */
    public PlatformActivity(EventSink sink, Clock clock) {
        this.events = new PlatformOpsEvents(sink);
        this.clock = clock;
    }

    /** Reports a successful sign-in. */
    public void loggedIn(String userId, String organizationId, PlatformLogin.Method method, boolean newDevice) {
        events.platformLogin(userId)
                .method(method)
                .newDevice(newDevice)
                .organizationId(organizationId)
                .send();
    }

    /** Reports a message sent to ESPi; {@code model} is empty when no model answered. */
    public void messageSent(
            String userId,
            String organizationId,
            String conversationId,
            String text,
            EspiMessage.Surface surface,
            Optional<String> model) {
        var message = events.espiMessage(userId)
                .conversationId(conversationId)
                .messageLength(text.length())
                .surface(surface)
                .organizationId(organizationId);
        model.ifPresent(message::model);
        message.send();
    }

    /** Reports a new task; the due date is optional. */
    public void taskCreated(
            String userId,
            String organizationId,
            String taskId,
            UserTaskCreated.Priority priority,
            Set<String> labels,
            LocalDate dueDate) {
        var task = events.userTaskCreated(userId)
                .taskId(taskId)
                .priority(priority)
                .labels(labels)
                .organizationId(organizationId);
        if (dueDate != null) {
            task.dueDate(dueDate);
        }
        task.send();
    }

    /** Reports that an agent took up a task, stamped with the current time of {@link #clock}. */
    public void agentStarted(
            String userId,
            String organizationId,
            String agentId,
            String taskId,
            List<AgentTaskStarted.Tool> tools,
            BigDecimal budgetUsd) {
        events.send(userId, new AgentTaskStarted(organizationId, agentId, taskId, tools, budgetUsd, clock.instant()));
    }

    /** Reports a request to map a portfolio's capabilities. */
    public void capabilityMappingRequested(String userId, CapabilityMappingRequested request) {
        events.send(userId, request);
    }
}
