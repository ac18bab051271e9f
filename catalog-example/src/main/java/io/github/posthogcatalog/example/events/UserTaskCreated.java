package io.github.posthogcatalog.example.events;

import io.github.posthogcatalog.annotations.Event;
import io.github.posthogcatalog.annotations.Group;
import io.github.posthogcatalog.annotations.Property;
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
public record UserTaskCreated(
        @Group("organization") String organizationId,
        String taskId,
        Priority priority,
        Optional<LocalDate> dueDate,
        @Property(description = "The labels put on the task, without duplicates.") Set<String> labels) {

    /** How urgent a task is. */
    public enum Priority {
        LOW,
        NORMAL,
        HIGH,
        URGENT
    }
}
