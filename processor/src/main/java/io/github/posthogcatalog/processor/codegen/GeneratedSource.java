package io.github.posthogcatalog.processor.codegen;

/**
 * One generated source file.
 *
 * @param qualifiedName the qualified name of its top-level class, as the Filer takes it
 * @param text the file's content
 */
public record GeneratedSource(String qualifiedName, String text) {}
