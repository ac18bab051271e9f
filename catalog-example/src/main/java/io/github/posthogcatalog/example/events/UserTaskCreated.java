package io.github.posthogcatalog.example.events;

import io.github.posthogcatalog.annotations.Action;
import io.github.posthogcatalog.annotations.Event;
import io.github.posthogcatalog.annotations.Group;
import io.github.posthogcatalog.annotations.Property;
import io.github.posthogcatalog.annotations.SlackAlert;
import io.github.posthogcatalog.annotations.Trigger;
import io.github.posthogcatalog.annotations.TriggerMode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * A user created a task for a person or a team.
 *
 * @param organizationId the organization the task belongs to
 * @param taskId the new task's id
 * @param priority how urgent the task is
 * @param dueDate the day the task is due, when one was set
 * @param labels the labels put on the task
 */
@Event(name = "user-task-created", owner = "tasks-team", tags = {"tasks"})
@Action(name = "User Task: Create Task", tags = {"tasks"})
@SlackAlert(
        channel = "#ops-production",
        name = "User Task: new tasks, at most hourly",
        emoji = ":memo:",
        message = "{person.name} created task {event.properties.task_id}"
                + " with priority {event.properties.priority}",
        trigger = @Trigger(value = TriggerMode.ONCE_PER_INTERVAL, intervalSeconds = 3_600))
public record UserTaskCreated(
        @Group("organization") String organizationId,
        String taskId,
        Priority priority,
        Optional<LocalDate> dueDate,
        @Property(description = "The labels put on the task, without duplicates.") Set<String> labels) {

    /** The urgency of a task. */
    public enum Priority {
        LOW,
        NORMAL,
        HIGH,
        URGENT
    }
}
