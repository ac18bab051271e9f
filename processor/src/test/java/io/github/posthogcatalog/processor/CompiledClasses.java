package io.github.posthogcatalog.processor;

import com.google.testing.compile.Compilation;
import io.github.posthogcatalog.runtime.EventSink;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * Loads the classes of an in-memory compilation, so that tests can run generated code. The test's
 * own class loader is the parent, so the runtime classes are shared with the test.
 */
final class CompiledClasses extends ClassLoader {

    private static final String PREFIX = "/CLASS_OUTPUT/";

    private final Map<String, byte[]> classes = new HashMap<>();

    CompiledClasses(Compilation compilation) {
        super(CompiledClasses.class.getClassLoader());
        for (JavaFileObject file : compilation.generatedFiles()) {
            String path = file.toUri().getPath();
            if (file.getKind() == JavaFileObject.Kind.CLASS && path.startsWith(PREFIX)) {
                String name = path.substring(PREFIX.length(), path.length() - ".class".length()).replace('/', '.');
                classes.put(name, bytes(file));
            }
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }

    /**
     * Calls {@code public static void <method>(EventSink)} of a compiled driver class, rethrowing
     * what the driver throws.
     */
    void runDriver(String className, String method, EventSink sink) throws Throwable {
        try {
            loadClass(className).getMethod(method, EventSink.class).invoke(null, sink);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static byte[] bytes(JavaFileObject file) {
        try (InputStream in = file.openInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
