package io.github.posthogcatalog.processor.actions;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.github.posthogcatalog.catalog.ActionDefinition;
import io.github.posthogcatalog.catalog.ActionStep;
import io.github.posthogcatalog.catalog.Catalog;
import io.github.posthogcatalog.catalog.CatalogJson;
import io.github.posthogcatalog.catalog.DestinationDefinition;
import io.github.posthogcatalog.catalog.PropertyFilter;
import io.github.posthogcatalog.processor.Compilations;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Steps that name an {@code @Event} type of an earlier compilation by class. The earlier
 * compilations write their class files into a folder, which the later ones have on the class path
 * in place of the sources, as a dependency's jar would be.
 */
class DependencyEventStepTest {

    private static final String CLASS_OUTPUT = "/CLASS_OUTPUT/";

    @TempDir
    static Path dependency;

    /**
     * Compiles the dependency: a catalog with camelCase property names, so that derived names show
     * whether its {@code @Catalog} was read, and a record without {@code @Event}. Then compiles,
     * without the processor, an event without a catalog and an event the processor would reject.
     */
    @BeforeAll
    static void compileDependency() throws IOException {
        Compilation billing = Compilations.compile(
                Compilations.source("com.acme.billing.package-info",
                        "@io.github.posthogcatalog.annotations.Catalog(name = \"billing\",",
                        "    propertyNaming = io.github.posthogcatalog.annotations.NamingConvention.CAMEL_CASE)",
                        "package com.acme.billing;"),
                Compilations.source("com.acme.billing.events.InvoicePaid",
                        "package com.acme.billing.events;",
                        "import io.github.posthogcatalog.annotations.*;",
                        "import java.util.Optional;",
                        "@Event(name = \"invoice-paid\")",
                        "public record InvoicePaid(String invoiceId, long amountCents, Plan plan,",
                        "    @Property(name = \"couponCode\") Optional<String> coupon) {",
                        "  public enum Plan { FREE, @WireValue(\"pro-monthly\") PRO }",
                        "}"),
                Compilations.source("com.acme.billing.events.Invoice",
                        "package com.acme.billing.events;",
                        "public record Invoice(String id) {}"));
        assertThat(billing).succeededWithoutWarnings();
        writeClassOutput(billing);

        Compilation unprocessed = Compiler.javac().withOptions("-proc:none").compile(
                Compilations.source("com.acme.mail.MailSent",
                        "package com.acme.mail;",
                        "@io.github.posthogcatalog.annotations.Event(name = \"mail-sent\")",
                        "public record MailSent(String messageId) {}"),
                Compilations.source("com.acme.mail.MailBounced",
                        "package com.acme.mail;",
                        "@io.github.posthogcatalog.annotations.Event(name = \"mail-bounced\")",
                        "public record MailBounced(Object reason) {}"));
        assertThat(unprocessed).succeededWithoutWarnings();
        writeClassOutput(unprocessed);
    }

    @Test
    void validStepNamesDependencyEvent() {
        Catalog catalog = compileCatalog(source("BillingActions",
                "@Action(name = \"Pro invoice paid\", steps = @Step(event = InvoicePaid.class, properties = {",
                "    @Where(key = \"plan\", value = \"pro-monthly\"),",
                "    @Where(key = \"amountCents\", operator = FilterOperator.GTE, value = \"1000\"),",
                "    @Where(key = \"couponCode\", operator = FilterOperator.IS_SET)}))",
                "@SlackAlert(channel = \"#billing\",",
                "    message = \"Invoice {event.properties.invoiceId} paid on {event.properties.plan}\")",
                "public interface BillingActions {}"));

        ActionDefinition action = catalog.actions().get(0);
        ActionStep step = action.steps().get(0);
        assertThat(step.event()).isEqualTo("invoice-paid");
        assertThat(step.properties()).extracting(PropertyFilter::key).containsExactly("plan", "amountCents",
                "couponCode");
        assertThat(step.properties().get(1).value().toString()).isEqualTo("1000");
        DestinationDefinition destination = catalog.destinations().get(0);
        assertThat(destination.filters().actions()).containsExactly(action.key());
        assertThat(destination.text()).isEqualTo("Invoice {event.properties.invoiceId} paid on {event.properties.plan}");
    }

    @Test
    void dependencyEventStaysOutOfCatalog() {
        JavaFileObject actions = source("BillingActions",
                "@Action(name = \"Invoice paid\", steps = @Step(event = InvoicePaid.class))",
                "public interface BillingActions {}");

        Compilation compilation = compile(actions);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation.generatedSourceFiles()).isEmpty();
        Catalog catalog = CatalogJson.read(Compilations.catalogJson(compilation), "test catalog");
        assertThat(catalog.name()).isEqualTo("shop");
        assertThat(catalog.events()).isEmpty();
        assertThat(catalog.actions()).extracting(ActionDefinition::name).containsExactly("Invoice paid");
    }

    @Test
    void dependencyWithoutCatalogDerivesSnakeCase() {
        Catalog catalog = compileCatalog(source("MailActions",
                "@Action(name = \"Mail sent\", steps = @Step(event = com.acme.mail.MailSent.class,",
                "    properties = @Where(key = \"message_id\", operator = FilterOperator.IS_SET)))",
                "public interface MailActions {}"));

        ActionStep step = catalog.actions().get(0).steps().get(0);
        assertThat(step.event()).isEqualTo("mail-sent");
        assertThat(step.properties()).extracting(PropertyFilter::key).containsExactly("message_id");
    }

    @Test
    void unknownKeyOnDependencyEvent() {
        JavaFileObject actions = source("BillingActions",
                "@Action(name = \"Invoice paid\", steps = @Step(event = InvoicePaid.class, properties =",
                "    @Where(key = \"invoice_id\", value = \"in_1\")))",
                "public interface BillingActions {}");

        Compilation compilation = compile(actions);

        assertThat(compilation).hadErrorContaining("[action-filter-key-unknown] @Where key \"invoice_id\" is not a"
                + " property of event \"invoice-paid\"; its properties are [amountCents, couponCode, invoiceId, plan]")
                .inFile(actions).onLineContaining("invoice_id");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void enumValueOfDependencyEventChecked() {
        JavaFileObject actions = source("BillingActions",
                "@Action(name = \"Invoice paid\", steps = @Step(event = InvoicePaid.class, properties =",
                "    @Where(key = \"plan\", value = \"PRO\")))",
                "public interface BillingActions {}");

        Compilation compilation = compile(actions);

        assertThat(compilation).hadErrorContaining("[action-filter-value-invalid] @Where value \"PRO\" does not fit"
                + " property \"plan\": expected one of [FREE, pro-monthly]").inFile(actions).onLineContaining("\"PRO\"");
    }

    @Test
    void alertPlaceholderCheckedAgainstDependencyEvent() {
        JavaFileObject actions = source("BillingActions",
                "@Action(name = \"Invoice paid\", steps = @Step(event = InvoicePaid.class))",
                "@SlackAlert(channel = \"#billing\",",
                "    message = \"Paid {event.properties.total}\")",
                "public interface BillingActions {}");

        Compilation compilation = compile(actions);

        assertThat(compilation).hadErrorContaining("[alert-message-property-unknown] @SlackAlert message reads"
                + " {event.properties.total}, but event \"invoice-paid\" has no such property")
                .inFile(actions).onLineContaining("{event.properties.total}");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void eventNameOfDependencyNamedByClass() {
        Catalog catalog = compileCatalog(source("BillingActions",
                "@Action(name = \"Invoice paid\", steps = @Step(event = InvoicePaid.class))",
                "@Action(name = \"Invoice paid by name\", steps = @Step(eventName = \"invoice-paid\",",
                "    properties = @Where(key = \"invoiceId\", operator = FilterOperator.IS_SET)))",
                "public interface BillingActions {}"));

        assertThat(catalog.actions()).extracting(action -> action.steps().get(0).event())
                .containsExactly("invoice-paid", "invoice-paid");
    }

    @Test
    void eventNameOfDependencyUnknownWithoutClass() {
        JavaFileObject actions = source("BillingActions",
                "@Action(name = \"Invoice paid\", steps = @Step(eventName = \"invoice-paid\"))",
                "public interface BillingActions {}");

        Compilation compilation = compile(actions);

        assertThat(compilation).hadErrorContaining("[action-step-event-unknown] @Step eventName \"invoice-paid\"")
                .inFile(actions).onLineContaining("eventName");
    }

    @Test
    void dependencyClassWithoutEvent() {
        JavaFileObject actions = source("BillingActions",
                "@Action(name = \"Invoice\", steps = @Step(event = com.acme.billing.events.Invoice.class))",
                "public interface BillingActions {}");

        Compilation compilation = compile(actions);

        assertThat(compilation).hadErrorContaining("[action-step-event-not-event] @Step event"
                + " com.acme.billing.events.Invoice is not an @Event type").inFile(actions).onLineContaining("Invoice.class");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void unreadableDependencyEvent() {
        JavaFileObject actions = source("MailActions",
                "@Action(name = \"Mail bounced\",",
                "    steps = @Step(event = com.acme.mail.MailBounced.class))",
                "public interface MailActions {}");

        Compilation compilation = compile(actions);

        assertThat(compilation).hadErrorContaining("[action-step-event-unreadable] @Step event"
                + " com.acme.mail.MailBounced is an @Event type of another compilation")
                .inFile(actions).onLineContaining("MailBounced.class");
        assertThat(compilation).hadErrorContaining("[property-type-unsupported] property MailBounced.reason");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void dependencyEventNameClashesWithLocalEvent() {
        JavaFileObject local = source("LocalInvoicePaid",
                "@Event(name = \"invoice-paid\")",
                "public record LocalInvoicePaid(String invoiceId) {}");
        JavaFileObject actions = source("BillingActions",
                "@Action(name = \"Invoice paid\", steps = @Step(event = InvoicePaid.class))",
                "public interface BillingActions {}");

        Compilation compilation = compile(local, actions);

        assertThat(compilation).hadErrorContaining("[action-step-event-unreadable]")
                .inFile(actions).onLineContaining("InvoicePaid.class");
        assertThat(compilation).hadErrorContaining("also the name of com.acme.shop.LocalInvoicePaid");
    }

    /** Returns a source in package {@code com.acme.shop}, which imports the annotations and the dependency's events. */
    private static JavaFileObject source(String simpleName, String... lines) {
        String header = String.join("\n",
                "package com.acme.shop;",
                "",
                "import io.github.posthogcatalog.annotations.*;",
                "import com.acme.billing.events.InvoicePaid;",
                "",
                "");
        return JavaFileObjects.forSourceString("com.acme.shop." + simpleName, header + String.join("\n", lines));
    }

    /** Compiles {@code sources} and this module's {@code @Catalog} with the dependency on the class path. */
    private static Compilation compile(JavaFileObject... sources) {
        JavaFileObject[] all = new JavaFileObject[sources.length + 1];
        all[0] = Compilations.source("com.acme.shop.package-info",
                "@io.github.posthogcatalog.annotations.Catalog(name = \"shop\")",
                "package com.acme.shop;");
        System.arraycopy(sources, 0, all, 1, sources.length);
        return Compiler.javac()
                .withProcessors(Compilations.processors())
                .withClasspath(List.of(dependency.toFile(), annotationsLocation()))
                .compile(all);
    }

    private static Catalog compileCatalog(JavaFileObject... sources) {
        Compilation compilation = compile(sources);
        assertThat(compilation).succeededWithoutWarnings();
        return CatalogJson.read(Compilations.catalogJson(compilation), "test catalog");
    }

    /** Copies the class files and resources of an in-memory compilation into the dependency folder. */
    private static void writeClassOutput(Compilation compilation) throws IOException {
        for (JavaFileObject file : compilation.generatedFiles()) {
            String path = file.toUri().getPath();
            if (!path.startsWith(CLASS_OUTPUT)) {
                continue;
            }
            Path target = dependency.resolve(path.substring(CLASS_OUTPUT.length()));
            Files.createDirectories(target.getParent());
            try (InputStream in = file.openInputStream()) {
                Files.copy(in, target);
            }
        }
    }

    private static File annotationsLocation() {
        try {
            return new File(io.github.posthogcatalog.annotations.Event.class.getProtectionDomain().getCodeSource()
                    .getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
