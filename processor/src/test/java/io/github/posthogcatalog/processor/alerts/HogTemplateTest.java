package io.github.posthogcatalog.processor.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogcatalog.processor.alerts.TemplateProblem.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HogTemplateTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "{event.event}", "{event.distinct_id}", "{event.timestamp}", "{event.uuid}", "{event.url}",
        "{event.properties.plan}", "{event.properties.$current_url}", "{person.name}",
        "{person.id}", "{person.url}", "{person.properties.email}", "{source.url}",
        "{source.name}", "{project.name}", "{project.id}", "{project.url}",
        "{groups.company.properties.name}", "{groups.company.url}", "{event}",
        "{concat(person.id, event.event)}", "{event.properties.plan ?? 'free'}",
        "{upper(event.properties['my-prop'])}", "{event?.properties?.plan}",
        "no placeholders at all", "a literal \\{brace} and a closing } alone", "back\\\\slash"})
    void acceptsValidTemplates(String template) {
        assertThat(HogTemplate.parse(template).problems()).isEmpty();
    }

    @Test
    void returnsPlaceholdersWithPositions() {
        HogTemplate template = HogTemplate.parse("Hi {person.name}, plan {event.properties.plan}");

        assertThat(template.placeholders()).extracting(Placeholder::expression)
                .containsExactly("person.name", "event.properties.plan");
        assertThat(template.placeholders()).extracting(Placeholder::start).containsExactly(3, 23);
        assertThat(template.placeholders()).extracting(Placeholder::end).containsExactly(16, 46);
    }

    @Test
    void returnsEventPropertiesOfEveryForm() {
        HogTemplate template = HogTemplate.parse(
                "{event.properties.a} {event.properties['b-c']} {coalesce(event.properties.d, person.name)}");

        assertThat(template.placeholders()).flatExtracting(Placeholder::eventProperties)
                .containsExactly("a", "b-c", "d");
    }

    @Test
    void escapedBraceIsNoPlaceholder() {
        HogTemplate template = HogTemplate.parse("\\{event.event} {event.event}");

        assertThat(template.placeholders()).hasSize(1);
        assertThat(template.placeholders().get(0).start()).isEqualTo(15);
    }

    @Test
    void stringsInsidePlaceholderAreSkipped() {
        HogTemplate template = HogTemplate.parse("{concat('}', 'unknown.root', event.event)}");

        assertThat(template.problems()).isEmpty();
        assertThat(template.placeholders().get(0).paths()).containsExactly(List.of("event", "event"));
    }

    @Test
    void rejectsLiquidWithHint() {
        HogTemplate template = HogTemplate.parse("Hello {{ person.name }}!");

        assertThat(template.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(Kind.LIQUID);
            assertThat(problem.position()).isEqualTo(6);
            assertThat(problem.detail()).contains("single braces, such as {person.name}");
        });
    }

    @Test
    void rejectsLiquidTags() {
        HogTemplate template = HogTemplate.parse("{% if person %}x{% endif %}");

        assertThat(template.problems()).extracting(TemplateProblem::kind).containsOnly(Kind.LIQUID);
        assertThat(template.problems()).extracting(TemplateProblem::position).containsExactly(0, 16);
    }

    @Test
    void rejectsUnknownRoot() {
        HogTemplate template = HogTemplate.parse("By {user.name}");

        assertThat(template.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(Kind.UNKNOWN_ROOT);
            assertThat(problem.position()).isEqualTo(4);
            assertThat(problem.detail()).contains("'user'").contains("[event, groups, person, project, source]");
        });
    }

    @Test
    void rejectsUnknownFieldWithPropertiesHint() {
        HogTemplate template = HogTemplate.parse("{person.email}");

        assertThat(template.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(Kind.UNKNOWN_FIELD);
            assertThat(problem.detail()).contains("{person.properties.email}");
        });
    }

    @Test
    void rejectsUnknownFieldOfSource() {
        HogTemplate template = HogTemplate.parse("{source.id}");

        assertThat(template.problems()).extracting(TemplateProblem::kind).containsExactly(Kind.UNKNOWN_FIELD);
        assertThat(template.problems().get(0).detail()).contains("[name, url]");
    }

    @Test
    void rejectsUnknownGroupField() {
        HogTemplate template = HogTemplate.parse("{groups.company.plan}");

        assertThat(template.problems()).extracting(TemplateProblem::kind).containsExactly(Kind.UNKNOWN_FIELD);
    }

    @Test
    void rejectsUnclosedBrace() {
        HogTemplate template = HogTemplate.parse("price {event.properties.amount");

        assertThat(template.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(Kind.SYNTAX);
            assertThat(problem.position()).isEqualTo(6);
            assertThat(problem.detail()).contains("\\{");
        });
    }

    @Test
    void rejectsEmptyPlaceholder() {
        HogTemplate template = HogTemplate.parse("a {} b");

        assertThat(template.problems()).extracting(TemplateProblem::kind).containsExactly(Kind.SYNTAX);
    }

    @Test
    void escapeRoundTripsLiterals() {
        String escaped = HogTemplate.escape("Set {a} \\ done");

        assertThat(escaped).isEqualTo("Set \\{a} \\\\ done");
        assertThat(HogTemplate.parse(escaped).placeholders()).isEmpty();
        assertThat(HogTemplate.parse(escaped).problems()).isEmpty();
    }
}
