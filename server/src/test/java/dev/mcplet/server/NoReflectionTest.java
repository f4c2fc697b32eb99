package dev.mcplet.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Proves from the bytecode that the server's main code uses no run-time reflection (DESIGN.md:
 * no {@code java.lang.reflect}, no {@code Class.forName}/{@code getDeclared*}/{@code getMethod*},
 * no method handles, no ObjectMapper data-binding, no ServiceLoader), by reading the constant pool
 * of every class in {@code server/target/classes}. Bootstrap methods of records
 * ({@code java.lang.runtime.ObjectMethods}) are not calls of the class and are not flagged.
 *
 * <p>It also holds the start-up rules for the request path (no lambdas or indy string
 * concatenation, no regex, streams, {@code String.format} or {@code java.util.logging}) over the
 * packages built with them in mind: {@code McpServer}, {@code protocol}, {@code http},
 * {@code local}.
 */
class NoReflectionTest {

    private static final List<String> START_UP_RULED = List.of(
            "dev/mcplet/server/McpServer", "dev/mcplet/server/protocol/", "dev/mcplet/server/http/",
            "dev/mcplet/server/local/", "dev/mcplet/server/lambda/");

    private static Path mainClasses() {
        String root = System.getProperty("mcplet.root.dir");
        Path classes = root == null ? Path.of("target", "classes") : Path.of(root, "server", "target", "classes");
        assertTrue(Files.isDirectory(classes), "compiled classes at " + classes.toAbsolutePath());
        return classes;
    }

    private static List<ClassFileScan> scanMainClasses() throws IOException {
        List<ClassFileScan> scans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(mainClasses())) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                scans.add(ClassFileScan.read(Files.readAllBytes(file)));
            }
        }
        return scans;
    }

    /** What reflection a class uses, one line per forbidden reference; empty when none. */
    static List<String> reflectionIn(ClassFileScan scan) {
        List<String> found = new ArrayList<>();
        for (ClassFileScan.MethodRef ref : scan.methodRefs) {
            String owner = ref.owner();
            String name = ref.name();
            boolean forbidden = owner.startsWith("java/lang/reflect/")
                    || (owner.equals("java/lang/Class") && (name.equals("forName") || name.startsWith("getDeclared")
                            || name.startsWith("getMethod") || name.startsWith("getField")
                            || name.startsWith("getConstructor") || name.equals("newInstance")
                            || name.equals("getRecordComponents")))
                    || (owner.equals("java/lang/ClassLoader") && name.equals("loadClass"))
                    || owner.startsWith("java/lang/invoke/MethodHandle")
                    || owner.equals("java/lang/invoke/VarHandle")
                    || owner.equals("java/util/ServiceLoader")
                    || owner.equals("com/fasterxml/jackson/databind/ObjectMapper")
                    || owner.equals("com/fasterxml/jackson/databind/ObjectReader")
                    || owner.equals("com/fasterxml/jackson/databind/ObjectWriter")
                    || owner.startsWith("com/fasterxml/jackson/databind/json/JsonMapper")
                    // JsonNode.toString() builds an ObjectMapper (see Json).
                    || (owner.startsWith("com/fasterxml/jackson/databind/") && name.equals("toString"));
            if (forbidden) {
                found.add(scan.className + " calls " + ref);
            }
        }
        for (String type : scan.classRefs) {
            if (type.startsWith("java/lang/reflect/") || type.equals("com/fasterxml/jackson/databind/ObjectMapper")) {
                found.add(scan.className + " uses " + type);
            }
        }
        return found;
    }

    /** What start-up costs a class carries, one line per finding; empty when none. */
    static List<String> startUpCostsIn(ClassFileScan scan) {
        List<String> found = new ArrayList<>();
        if (scan.invokeDynamicSites > 0) {
            found.add(scan.className + " has " + scan.invokeDynamicSites
                    + " invokedynamic sites (lambdas, method references or indy string concatenation)");
        }
        for (ClassFileScan.MethodRef ref : scan.methodRefs) {
            String owner = ref.owner();
            String name = ref.name();
            boolean costly = owner.startsWith("java/util/regex/") || owner.startsWith("java/util/stream/")
                    || owner.startsWith("java/util/logging/")
                    || (owner.equals("java/lang/String") && (name.equals("format") || name.equals("formatted")
                            || name.equals("split") || name.equals("replaceAll") || name.equals("replaceFirst")
                            || name.equals("matches")));
            if (costly) {
                found.add(scan.className + " calls " + ref);
            }
        }
        return found;
    }

    @Test
    void serverMainCodeUsesNoRunTimeReflection() throws IOException {
        List<ClassFileScan> scans = scanMainClasses();
        assertTrue(scans.size() > 20, "scanned " + scans.size() + " classes");
        List<String> found = new ArrayList<>();
        for (ClassFileScan scan : scans) {
            found.addAll(reflectionIn(scan));
        }
        assertEquals(List.of(), found);
    }

    @Test
    void requestPathPackagesFollowTheStartUpRules() throws IOException {
        List<String> found = new ArrayList<>();
        int ruled = 0;
        for (ClassFileScan scan : scanMainClasses()) {
            for (String prefix : START_UP_RULED) {
                if (scan.className.startsWith(prefix)) {
                    ruled++;
                    found.addAll(startUpCostsIn(scan));
                    break;
                }
            }
        }
        assertTrue(ruled > 15, "scanned " + ruled + " classes");
        assertEquals(List.of(), found);
    }

    @Test
    void theScanFindsWhatItLooksFor() throws IOException {
        ClassFileScan reflective = scanOf(Reflective.class);
        List<String> reflection = reflectionIn(reflective);
        assertTrue(reflection.stream().anyMatch(s -> s.contains("java.lang.Class.forName")), reflection.toString());
        assertTrue(reflection.stream().anyMatch(s -> s.contains("java.lang.Class.getDeclaredMethod")), reflection.toString());
        assertTrue(reflection.stream().anyMatch(s -> s.contains("java.lang.reflect.Method.invoke")), reflection.toString());
        assertTrue(reflection.stream().anyMatch(s -> s.contains("java.lang.invoke.MethodHandles.lookup")),
                reflection.toString());
        assertTrue(reflection.stream().anyMatch(s -> s.contains("java.util.ServiceLoader.load")), reflection.toString());
        assertTrue(reflection.stream().anyMatch(s -> s.contains("ObjectMapper")), reflection.toString());

        List<String> costs = startUpCostsIn(scanOf(Costly.class));
        assertTrue(costs.stream().anyMatch(s -> s.contains("invokedynamic")), costs.toString());
        assertTrue(costs.stream().anyMatch(s -> s.contains("java.lang.String.format")), costs.toString());
        assertTrue(costs.stream().anyMatch(s -> s.contains("java.util.regex.Pattern")), costs.toString());

        assertEquals(List.of(), reflectionIn(scanOf(ARecord.class)), "a record's bootstrap methods are not reflection");
        assertFalse(scanOf(ARecord.class).methodRefs.isEmpty());
    }

    private static ClassFileScan scanOf(Class<?> type) throws IOException {
        String resource = type.getName().replace('.', '/') + ".class";
        try (InputStream in = NoReflectionTest.class.getClassLoader().getResourceAsStream(resource)) {
            return ClassFileScan.read(in.readAllBytes());
        }
    }

    /** Negative control: every kind of reflection the scan must catch. */
    static final class Reflective {
        Object all() throws Exception {
            Class<?> type = Class.forName("java.lang.String");
            java.lang.reflect.Method method = type.getDeclaredMethod("length");
            Object length = method.invoke("abc");
            java.lang.invoke.MethodHandles.Lookup lookup = java.lang.invoke.MethodHandles.lookup();
            ServiceLoader<Runnable> loader = ServiceLoader.load(Runnable.class);
            Object mapper = new com.fasterxml.jackson.databind.ObjectMapper().readTree("{}");
            return List.of(length, lookup, loader, mapper);
        }
    }

    /** Negative control for the start-up rules. */
    static final class Costly {
        Object all(String text) {
            Supplier<String> lambda = () -> text;
            return List.of(lambda, String.format("%s", text), java.util.regex.Pattern.compile(text));
        }
    }

    record ARecord(int a, String b) {
    }
}
