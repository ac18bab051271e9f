package io.github.posthogcatalog.example.events;

import io.github.posthogcatalog.annotations.Action;
import io.github.posthogcatalog.annotations.Event;
import io.github.posthogcatalog.annotations.Group;
import io.github.posthogcatalog.annotations.SlackAlert;
import io.github.posthogcatalog.annotations.Trigger;
import io.github.posthogcatalog.annotations.TriggerMode;
import io.github.posthogcatalog.annotations.Timestamp;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An AI agent started working on a task that a user handed to it.
 *
 * @param organizationId the organization that runs the agent
 * @param agentId the agent that started
 * @param taskId the task the agent works on
 * @param tools the tools the agent may call, in the order it was given them
 * @param budgetUsd the spending limit for the run, in US dollars
 * @param startedAt when the agent started, which can be earlier than the event is sent
 */
@Event(name = "agent-task-started", owner = "agents-team", tags = {"agents"})
@Action(name = "Agent Task: Start Task", tags = {"agents"})
@SlackAlert(
        channel = "#ops-production",
        name = "Agent Task: started",
        emoji = ":robot_face:",
        trigger = @Trigger(value = TriggerMode.ONCE_PER_PERSON_AND_EVENT, intervalSeconds = 900))
public record AgentTaskStarted(
        @Group("organization") String organizationId,
        String agentId,
        String taskId,
        List<Tool> tools,
        BigDecimal budgetUsd,
        @Timestamp Instant startedAt) {

    /**
     * A tool an agent may call.
     *
     * @param name the tool's name
     * @param readOnly whether the tool only reads data
     */
    public record Tool(String name, boolean readOnly) {}
}
