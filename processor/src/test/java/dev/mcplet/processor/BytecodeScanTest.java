package dev.mcplet.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcplet.server.tool.CallResult;
import dev.mcplet.server.tool.Decode;
import dev.mcplet.server.tool.Encode;
import dev.mcplet.server.tool.InvalidArgumentsException;
import dev.mcplet.server.tool.TextDecode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves, on the bytecode, that generated classes and the run-time helpers they call use no
 * reflection, no method handles, no Jackson data-binding and no invokedynamic (lambdas, indy
 * string concatenation): every invoke instruction and class reference is read with {@code javap}.
 */
class BytecodeScanTest {

    /** Owner prefixes and owner.method names that must not be used at run time. */
    private static final List<String> FORBIDDEN = List.of(
            "java/lang/reflect/", "java/lang/invoke/", "java/lang/Class.forName", "java/lang/Class.getDeclared",
            "java/lang/Class.getMethod", "java/lang/Class.getField", "java/lang/Class.getConstructor",
            "java/lang/Class.newInstance", "java/util/ServiceLoader", "com/fasterxml/jackson/databind/ObjectMapper",
            "com/fasterxml/jackson/databind/ObjectReader", "com/fasterxml/jackson/databind/ObjectWriter",
            ".readValue:", ".convertValue:", ".treeToValue:", ".valueToTree:", "java/lang/String.format",
            "java/util/regex/", "java/util/stream/", "java/util/logging/", "invokedynamic", "= InvokeDynamic");

    @TempDir
    Path dir;

    @Test
    void generatedCodeUsesNoReflection() throws IOException {
        List<javax.tools.JavaFileObject> sources = new ArrayList<>(List.of(Compile.resource("com/example/Calculator.java"),
                Compile.resource("com/example/shop/Shop.java"), Compile.resource("com/example/types/Scalars.java"),
                Compile.resource("com/example/tree/Tree.java"), Compile.resource("com/example/results/Results.java"),
                Compile.resource("com/example/library/Library.java")));
        sources.addAll(List.of(DtosTest.sources()));
        Compile.Loaded loaded = Compile.load(sources.toArray(new javax.tools.JavaFileObject[0]));
        Map<String, byte[]> generated = new TreeMap<>();
        for (Map.Entry<String, byte[]> entry : loaded.classFiles().entrySet()) {
            // with the nested dispatchers of classes with many tools (Scalars, Results, Catalog)
            if (entry.getKey().matches(".*_Mcp(Tools|Resources|Prompts)(\\$Dispatcher)?")) {
                generated.put(entry.getKey(), entry.getValue());
            }
        }
        assertEquals(12, generated.size(), generated.keySet().toString());
        assertEquals(Map.of(), findings(generated));
    }

    @Test
    void runtimeHelpersUseNoReflection() throws IOException {
        Map<String, byte[]> classes = new TreeMap<>();
        for (Class<?> type : new Class<?>[] {Decode.class, Encode.class, CallResult.class, InvalidArgumentsException.class,
            TextDecode.class}) {
            try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
                classes.put(type.getName(), in.readAllBytes());
            }
        }
        assertEquals(Map.of(), findings(classes));
    }

    /** The scanner finds what it looks for: the test helper uses reflection and lambdas. */
    @Test
    void scannerSeesReflectionAndLambdas() throws IOException {
        Map<String, byte[]> classes = new TreeMap<>();
        try (InputStream in = Compile.Loaded.class.getResourceAsStream("Compile$Loaded.class")) {
            classes.put("Compile$Loaded", in.readAllBytes());
        }
        try (InputStream in = Compile.class.getResourceAsStream("Compile.class")) {
            classes.put("Compile", in.readAllBytes());
        }
        Map<String, List<String>> findings = findings(classes);
        assertTrue(findings.get("Compile$Loaded").stream().anyMatch(f -> f.contains("java/lang/reflect/")), findings.toString());
        assertTrue(findings.get("Compile").stream().anyMatch(f -> f.contains("invokedynamic")), findings.toString());
    }

    /**
     * For each class that uses something forbidden, the invoke instructions and constants that do,
     * as javap prints them (one javap run for all classes).
     */
    private Map<String, List<String>> findings(Map<String, byte[]> classes) throws IOException {
        List<String> args = new ArrayList<>(List.of("-c", "-v", "-p"));
        Map<String, String> namesByFile = new TreeMap<>();
        for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
            Path file = dir.resolve(entry.getKey() + ".class");
            Files.write(file, entry.getValue());
            args.add(file.toString());
            namesByFile.put(file.toString(), entry.getKey());
        }
        StringWriter out = new StringWriter();
        ToolProvider javap = ToolProvider.findFirst("javap").orElseThrow();
        int status = javap.run(new PrintWriter(out), new PrintWriter(out), args.toArray(new String[0]));
        assertEquals(0, status, out.toString());
        Map<String, List<String>> findings = new TreeMap<>();
        String current = null;
        int seen = 0;
        for (String line : out.toString().split("\n")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("Classfile ")) {
                current = namesByFile.get(trimmed.substring("Classfile ".length()));
                seen++;
                continue;
            }
            boolean instruction = trimmed.matches("\\d+: invoke.*");
            boolean constant = trimmed.matches("#\\d+ = (Class|Methodref|InterfaceMethodref|MethodHandle|InvokeDynamic).*");
            if (!instruction && !constant) {
                continue;
            }
            for (String forbidden : FORBIDDEN) {
                if (trimmed.contains(forbidden)) {
                    findings.computeIfAbsent(current, k -> new ArrayList<>()).add(trimmed);
                }
            }
        }
        assertEquals(classes.size(), seen, "javap read every class");
        return findings;
    }
}
