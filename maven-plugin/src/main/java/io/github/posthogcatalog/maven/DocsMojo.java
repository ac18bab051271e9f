package io.github.posthogcatalog.maven;

import io.github.posthogcatalog.catalog.Catalog;
import io.github.posthogcatalog.catalog.CatalogException;
import io.github.posthogcatalog.catalog.CatalogLocator;
import io.github.posthogcatalog.catalog.CatalogMerger;
import io.github.posthogcatalog.catalog.MergedCatalog;
import io.github.posthogcatalog.catalog.SourcedCatalog;
import io.github.posthogcatalog.maven.docs.DocsSummary;
import io.github.posthogcatalog.maven.docs.DocsWriter;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Writes the documentation of the project's event catalog: {@code index.html}, one self-contained
 * page with search and links between events, Actions and Slack alerts, and {@code catalog.md}, the
 * same content in GitHub-flavoured Markdown. It reads the catalogs of the project's class output and
 * of its compile and runtime dependencies, merged, and works offline without an API key.
 *
 * <p>The goal binds to {@code package} by default: the catalog exists from {@code process-classes}
 * on, and the docs are a by-product of the build that does not go into the jar. Runtime
 * dependencies are read as well as compile ones because the application sends their events too.
 * A project without any catalog gets an info line and no files, and the build goes on.
 */
@Mojo(name = "docs", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME)
public class DocsMojo extends AbstractMojo {

    /** The project whose class output and dependencies hold the catalogs. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** Skips every posthog goal, this one included. */
    @Parameter(property = "posthog.skip", defaultValue = "false")
    boolean skip;

    /** Skips this goal only; the other posthog goals still run. */
    @Parameter(property = "posthog.docs.skip", defaultValue = "false")
    boolean skipDocs;

    /** The folder that receives {@code index.html} and {@code catalog.md}; created when missing. */
    @Parameter(property = "posthog.docs.outputDirectory", defaultValue = "${project.build.directory}/posthog/docs")
    File outputDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping posthog:docs because posthog.skip is true");
            return;
        }
        if (skipDocs) {
            getLog().info("Skipping posthog:docs because posthog.docs.skip is true");
            return;
        }

        List<Path> classPath = catalogClassPath();
        MergedCatalog merged = readCatalogs(classPath);
        if (merged == null) {
            getLog().info("No PostHog catalog (" + Catalog.RESOURCE_PATH + ") in the class output or the "
                    + (classPath.size() - 1) + " compile and runtime dependencies; no docs written");
            return;
        }
        merged.warnings().forEach(getLog()::warn);

        DocsSummary summary = write(merged.catalog());
        getLog().info("Wrote docs for " + summary.countsInWords() + " to " + outputDirectory);
    }

    /** Returns the class output folder followed by the compile and runtime dependencies. */
    private List<Path> catalogClassPath() throws MojoExecutionException {
        try {
            return project.getRuntimeClasspathElements().stream().map(Path::of).toList();
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("Cannot read the catalogs: the project's runtime dependencies are "
                    + "not resolved (" + e.getMessage() + ")", e);
        }
    }

    /** Reads and merges the catalogs on the class path; returns null when there is none. */
    private MergedCatalog readCatalogs(List<Path> classPath) throws MojoFailureException {
        try {
            List<SourcedCatalog> catalogs = CatalogLocator.locate(classPath);
            if (catalogs.isEmpty()) {
                return null;
            }
            getLog().debug("Read PostHog catalogs from " + catalogs.stream().map(SourcedCatalog::source).toList());
            return CatalogMerger.merge(catalogs);
        } catch (CatalogException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    private DocsSummary write(Catalog catalog) throws MojoExecutionException, MojoFailureException {
        try {
            return DocsWriter.write(catalog, outputDirectory.toPath());
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Cannot document the catalog: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the docs to " + outputDirectory
                    + " (set posthog.docs.outputDirectory to a writable folder): " + e.getMessage(), e);
        }
    }
}
