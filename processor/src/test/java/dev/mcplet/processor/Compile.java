package dev.mcplet.processor;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.tool.CallResult;
import dev.mcplet.server.tool.ToolSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Compiles test sources with the processor, in process, and loads what came out. */
final class Compile {

    private Compile() {
    }

    /** A source file from {@code src/test/resources/sources}, e.g. {@code com/example/Calculator.java}. */
    static JavaFileObject resource(String path) {
        return JavaFileObjects.forResource("sources/" + path);
    }

    /** A source file from text. */
    static JavaFileObject source(String qualifiedName, String text) {
        return JavaFileObjects.forSourceString(qualifiedName, text);
    }

    /** Compiles {@code test.Tools} from {@code source}; asserts it fails with {@code message} on the line containing {@code line}. */
    static Compilation assertError(String message, String line, String source) {
        JavaFileObject file = source("test.Tools", source);
        Compilation compilation = compile(file);
        com.google.testing.compile.CompilationSubject.assertThat(compilation).failed();
        com.google.testing.compile.CompilationSubject.assertThat(compilation).hadErrorContaining(message).inFile(file)
                .onLineContaining(line);
        return compilation;
    }

    static Compilation compile(JavaFileObject... sources) {
        return javac().withProcessors(new McpToolProcessor()).withOptions("-Xlint:all,-processing", "-Werror")
                .compile(sources);
    }

    /** Compiles sources that must compile cleanly, and loads the classes. */
    static Loaded load(JavaFileObject... sources) {
        Compilation compilation = compile(sources);
        if (compilation.status() != Compilation.Status.SUCCESS) {
            StringBuilder errors = new StringBuilder();
            for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
                errors.append(d).append('\n');
            }
            fail("compilation failed:\n" + errors);
        }
        return new Loaded(compilation);
    }

    /** The generated source text of a class. */
    static String generatedSource(Compilation compilation, String qualifiedName) {
        JavaFileObject file = compilation.generatedSourceFile(qualifiedName)
                .orElseThrow(() -> new AssertionError("not generated: " + qualifiedName));
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode args(String json) {
        try {
            return (ObjectNode) Json.parse(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static JsonNode json(String json) {
        try {
            return Json.parse(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The classes of a successful compilation, loaded in memory over the test class path. */
    static final class Loaded extends ClassLoader {

        final Compilation compilation;
        private final Map<String, byte[]> classes = new HashMap<>();

        Loaded(Compilation compilation) {
            super(Compile.class.getClassLoader());
            this.compilation = compilation;
            for (JavaFileObject file : compilation.generatedFiles()) {
                if (file.getKind() == JavaFileObject.Kind.CLASS) {
                    String path = file.toUri().getPath();
                    String name = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(),
                            path.length() - ".class".length()).replace('/', '.');
                    try (InputStream in = file.openInputStream()) {
                        classes.put(name, in.readAllBytes());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
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

        /** Whether this loader has loaded the class of the compilation with that name. */
        boolean isLoaded(String name) {
            return findLoadedClass(name) != null;
        }

        Map<String, byte[]> classFiles() {
            return classes;
        }

        String source(String qualifiedName) {
            return generatedSource(compilation, qualifiedName);
        }

        /** Instantiates a class of the compilation with its no-argument constructor. */
        Object instance(String qualifiedName) {
            try {
                return loadClass(qualifiedName).getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }

        /** The generated tool set for {@code qualifiedName}, built on a new instance of it when it needs one. */
        ToolSet tools(String qualifiedName) {
            return (ToolSet) generated(qualifiedName + "_McpTools", null);
        }

        /**
         * A generated class, built on {@code target} (a new instance of its class when null) when it
         * needs one.
         */
        Object generated(String generatedName, Object target) {
            try {
                Class<?> generated = loadClass(generatedName);
                for (var constructor : generated.getConstructors()) {
                    if (constructor.getParameterCount() == 0) {
                        return constructor.newInstance();
                    }
                    return constructor.newInstance(target != null ? target
                            : instance(constructor.getParameterTypes()[0].getName()));
                }
                throw new AssertionError("no public constructor");
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
    }

    /** The content of a result as "text" items, for short assertions. */
    static List<String> texts(CallResult result) {
        return result.content().stream().map(c -> ((dev.mcplet.Content.Text) c).text()).toList();
    }

    /** Same JSON text, compact, in the same order (node classes may differ: 1 is an int node, 1L a long node). */
    static void assertJson(String expected, JsonNode actual) {
        assertEquals(Json.toJson(json(expected)), actual == null ? null : Json.toJson(actual));
    }

    static void assertText(String expected, CallResult result) {
        assertEquals(List.of(expected), texts(result));
        assertEquals(false, result.isError());
    }
}
