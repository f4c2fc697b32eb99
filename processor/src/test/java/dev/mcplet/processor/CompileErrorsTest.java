package dev.mcplet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.mcplet.processor.Compile.assertError;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One test per compile error: its message, file and line. */
class CompileErrorsTest {

    @Test
    void toolMethodMustBePublic() {
        assertError("@McpTool method add is not public; the generated Tools_McpTools calls it directly, so declare it public",
                "int add(", """
                package test;
                import dev.mcplet.McpTool;
                public class Tools {
                    @McpTool
                    int add(int a, int b) { return a + b; }
                }
                """);
    }

    @Test
    void classMustBeReachableFromItsPackage() {
        assertError("test.Tools.Hidden is private, so the generated Tools_Hidden_McpTools in the same package cannot use it;"
                + " declare it package-private or public", "private static class Hidden", """
                package test;
                import dev.mcplet.McpTool;
                public class Tools {
                    private static class Hidden {
                        @McpTool
                        public int one() { return 1; }
                    }
                }
                """);
    }

    @Test
    void classMustNotBeGeneric() {
        assertError("test.Tools has type parameters, so the generated Tools_McpTools cannot name its type;"
                + " move the @McpTool methods to a class without type parameters", "class Tools<T>", """
                package test;
                import dev.mcplet.McpTool;
                public class Tools<T> {
                    @McpTool
                    public int one() { return 1; }
                }
                """);
    }

    @Test
    void methodMustNotDeclareTypeParameters() {
        assertError("@McpTool method echo declares type parameters T; what it reads and returns is fixed at"
                + " compile time, so use concrete types", "<T> T echo", """
                package test;
                import dev.mcplet.McpTool;
                public class Tools {
                    @McpTool
                    public <T> T echo(T value) { return value; }
                }
                """);
    }

    @Test
    void toolNameMustFollowTheMcpRules() {
        assertError("invalid tool name \"get weather\": MCP tool names are 1 to 128 characters of A-Z a-z 0-9 _ - ."
                + " (no spaces); set a valid one with @McpTool(name = \"...\")", "name = \"get weather\"", """
                package test;
                import dev.mcplet.McpTool;
                public class Tools {
                    @McpTool(
                        name = "get weather")
                    public String weather() { return "sunny"; }
                }
                """);
        // a Java method name can be an invalid tool name too; then the error is on the method
        assertError("invalid tool name \"café\"", "String café()", """
                package test;
                import dev.mcplet.McpTool;
                public class Tools {
                    @McpTool
                    public String café() { return "espresso"; }
                }
                """);
        assertError("invalid tool name \"" + "x".repeat(129) + "\"", "name = \"xxx", """
                package test;
                import dev.mcplet.McpTool;
                public class Tools {
                    @McpTool(name = "%s")
                    public String x() { return "x"; }
                }
                """.formatted("x".repeat(129)));
    }

    @Test
    void toolNamesMustBeUnique() {
        assertError("tool name \"lookup\" is already used by find() in this class; tool names must be unique,"
                + " so rename one with @McpTool(name = \"...\")", "name = \"lookup\") // second", """
                package test;
                import dev.mcplet.McpTool;
                public class Tools {
                    @McpTool(name = "lookup")
                    public String find(String key) { return key; }
                    @McpTool(name = "lookup") // second
                    public String search(String key) { return key; }
                }
                """);
    }

    @Test
    void overloadsNeedDistinctNames() {
        assertError("add is overloaded and both methods would be the tool \"add\"; tool names must be unique,"
                + " so name this one with @McpTool(name = \"...\")", "long add(", """
                package test;
                import dev.mcplet.McpTool;
                public class Tools {
                    @McpTool
                    public int add(int a, int b) { return a + b; }
                    @McpTool
                    public long add(long a, long b) { return a + b; }
                }
                """);
    }

    @Test
    void overloadsWithDistinctNamesAreFine() {
        Compile.load(Compile.source("test.Tools", """
                package test;
                import dev.mcplet.McpTool;
                public class Tools {
                    @McpTool
                    public int add(int a, int b) { return a + b; }
                    @McpTool(name = "addLongs")
                    public long add(long a, long b) { return a + b; }
                }
                """));
    }

    @Test
    void parameterTypeNeedsASchemaRule() {
        assertError("java.lang.Thread has no JSON Schema rule (in java.util.List<java.lang.Thread>); use boolean, byte,"
                + " short, int, long, float, double, their boxes, BigInteger, BigDecimal, char, String, byte[], an enum,"
                + " a record, a class (JavaBean, constructor or public fields), a sealed interface, an array, List, Set,"
                + " Collection or Map<String, V> of these, Optional, OptionalInt, OptionalLong, OptionalDouble, UUID, URI,"
                + " LocalDate, LocalTime, LocalDateTime, OffsetDateTime, OffsetTime, ZonedDateTime, Instant, Duration,"
                + " or JsonNode for raw JSON", "List<Thread> threads", """
                package test;
                import dev.mcplet.McpTool;
                import java.util.List;
                public class Tools {
                    @McpTool
                    public int count(List<Thread> threads) { return threads.size(); }
                }
                """);
    }

    @Test
    void resultTypeNeedsARule() {
        assertError("return type java.lang.Thread has no rule for a tool result; return void, a type supported for"
                + " parameters (records, arrays, collections and maps become structured content), Content,"
                + " List<Content>, ToolResult<T> or JsonNode", "Thread current()", """
                package test;
                import dev.mcplet.McpTool;
                public class Tools {
                    @McpTool
                    public Thread current() { return Thread.currentThread(); }
                }
                """);
    }

    @Test
    void rawTypesNeedTypeArguments() {
        assertError("raw type java.util.List (in java.util.List); give its type arguments, for example List<String>",
                "List values", """
                package test;
                import dev.mcplet.McpTool;
                import java.util.List;
                public class Tools {
                    @McpTool
                    @SuppressWarnings("rawtypes")
                    public int size(List values) { return values.size(); }
                }
                """);
    }

    @Test
    void wildcardsAreRefused() {
        assertError("wildcard type argument ? extends java.lang.Number (in java.util.List<? extends java.lang.Number>);"
                + " use a concrete type argument, such as List<Item> rather than List<? extends Item>",
                "List<? extends Number>", """
                package test;
                import dev.mcplet.McpTool;
                import java.util.List;
                public class Tools {
                    @McpTool
                    public int size(List<? extends Number> values) { return values.size(); }
                }
                """);
    }

    @Test
    void mapKeysMustBeStrings() {
        assertError("map key type java.lang.Integer (in java.util.Map<java.lang.Integer,java.lang.String>);"
                + " JSON object keys are strings, so use Map<String, V>, or a List of records for other keys",
                "Map<Integer, String>", """
                package test;
                import dev.mcplet.McpTool;
                import java.util.Map;
                public class Tools {
                    @McpTool
                    public int size(Map<Integer, String> names) { return names.size(); }
                }
                """);
    }

    @Test
    void optionalOnlyAsAWholeType() {
        assertError("java.util.Optional<java.lang.String> is supported only as the whole type of a parameter,"
                + " a record component or a return value, not inside java.util.List<java.util.Optional<java.lang.String>>;"
                + " use the value type and leave absent values out", "List<Optional<String>>", """
                package test;
                import dev.mcplet.McpTool;
                import java.util.List;
                import java.util.Optional;
                public class Tools {
                    @McpTool
                    public int size(List<Optional<String>> values) { return values.size(); }
                }
                """);
    }

    @Test
    void genericRecordsNeedTypeArguments() {
        assertError("raw type test.Tools.Page (in test.Tools.Page); give its type arguments, for example Page<String>",
                "Page page", """
                package test;
                import dev.mcplet.McpTool;
                import java.util.List;
                public class Tools {
                    public record Page<T>(List<T> items) { }
                    @McpTool
                    @SuppressWarnings("rawtypes")
                    public int size(Page page) { return page.items().size(); }
                }
                """);
    }

    @Test
    void typesMustBeAccessibleToGeneratedCode() {
        assertError("test.Tools.Secret is not accessible from package test, where the generated Tools_McpTools is;"
                + " declare it public", "Secret secret", """
                package test;
                import dev.mcplet.McpTool;
                public class Tools {
                    private record Secret(int code) { }
                    @McpTool
                    public int reveal(Secret secret) { return secret.code(); }
                }
                """);
    }

    @Test
    void jsonNamesMustBeUnique() {
        assertError("JSON name \"limit\" is already used by parameter max; JSON property names must be unique,"
                + " so rename one with @McpParam(name = \"...\")", "int limit", """
                package test;
                import dev.mcplet.McpParam;
                import dev.mcplet.McpTool;
                public class Tools {
                    @McpTool
                    public int pick(@McpParam(name = "limit") int max,
                                    int limit) { return max; }
                }
                """);
        assertError("JSON name \"a\" is already used by component a", "name = \"a\"", """
                package test;
                import dev.mcplet.McpParam;
                import dev.mcplet.McpTool;
                public class Tools {
                    public record Pair(int a,
                            @McpParam(name = "a") int b) { }
                    @McpTool
                    public int sum(Pair pair) { return pair.a() + pair.b(); }
                }
                """);
    }

    @Test
    void defaultMustBeJson() {
        assertError("@McpParam(defaultValue = \"ten\") is not JSON (unexpected text; strings must be in double quotes at offset 0);"
                + " write the default as JSON, for example \"10\", \"true\", \"\\\"EUR\\\"\" or \"[1, 2]\"",
                "defaultValue = \"ten\"", """
                package test;
                import dev.mcplet.McpParam;
                import dev.mcplet.McpTool;
                public class Tools {
                    @McpTool
                    public int page(
                            @McpParam(defaultValue = "ten") int limit) { return limit; }
                }
                """);
    }

    @Test
    void defaultMustFitTheType() {
        assertError("@McpParam(defaultValue = \"\\\"ten\\\"\") does not fit parameter limit of type int: expected an"
                + " integer from -2147483648 to 2147483647; write a default that the tool would accept as this argument",
                "defaultValue = \"\\\"ten\\\"\"", """
                package test;
                import dev.mcplet.McpParam;
                import dev.mcplet.McpTool;
                public class Tools {
                    @McpTool
                    public int page(
                            @McpParam(defaultValue = "\\"ten\\"") int limit) { return limit; }
                }
                """);
        assertError("does not fit parameter range of type test.Tools.Range: to: required but missing", "defaultValue", """
                package test;
                import dev.mcplet.McpParam;
                import dev.mcplet.McpTool;
                public class Tools {
                    public record Range(int from, int to) { }
                    @McpTool
                    public int width(@McpParam(defaultValue = "{\\"from\\": 1}") Range range) { return range.to() - range.from(); }
                }
                """);
        assertError("does not fit parameter day of type java.time.LocalDate: \"2025-02-30\" is not a valid java.time.LocalDate",
                "defaultValue", """
                package test;
                import dev.mcplet.McpParam;
                import dev.mcplet.McpTool;
                public class Tools {
                    @McpTool
                    public String day(@McpParam(defaultValue = "\\"2025-02-30\\"") java.time.LocalDate day) { return "x"; }
                }
                """);
    }

    @Test
    void everyProblemIsReportedInOneBuild() {
        Compilation compilation = Compile.compile(Compile.source("test.Tools", """
                package test;
                import dev.mcplet.McpTool;
                public class Tools {
                    @McpTool(name = "bad name")
                    public int a() { return 1; }
                    @McpTool
                    int b() { return 2; }
                    @McpTool
                    public Object c() { return null; }
                    @McpTool
                    public int d(Thread t) { return 4; }
                }
                """));
        assertThat(compilation).hadErrorCount(4);
        assertThat(compilation).hadErrorContaining("invalid tool name \"bad name\"");
        assertThat(compilation).hadErrorContaining("@McpTool method b is not public");
        assertThat(compilation).hadErrorContaining("return type java.lang.Object has no rule");
        assertThat(compilation).hadErrorContaining("java.lang.Thread has no JSON Schema rule");
    }

    @Test
    void unresolvedTypesAreReportedAtTheEnd() {
        JavaFileObject file = Compile.source("test.Tools", """
                package test;
                import dev.mcplet.McpTool;
                public class Tools {
                    @McpTool
                    public int size(Missing missing) { return 0; }
                }
                """);
        Compilation compilation = Compile.compile(file);
        assertThat(compilation).hadErrorContaining(
                "cannot generate Tools_McpTools: type Missing was not found, nor generated by an annotation processor;"
                        + " fix that type or its import").inFile(file).onLineContaining("public class Tools");
    }

    /** A type another processor generates in the first round is not an error: the class is read in the next round. */
    @Test
    void typesGeneratedByAnotherProcessorAreWaitedFor() throws Exception {
        Compilation compilation = com.google.testing.compile.Compiler.javac()
                .withProcessors(new PointGenerator(), new McpToolProcessor())
                .compile(Compile.source("test.Tools", """
                        package test;
                        import dev.mcplet.McpTool;
                        public class Tools {
                            @McpTool
                            public int sum(Point point) { return point.x() + point.y(); }
                        }
                        """));
        assertThat(compilation).succeededWithoutWarnings();
        Compile.Loaded loaded = new Compile.Loaded(compilation);
        Compile.assertText("3", loaded.tools("test.Tools").call("sum", Compile.args("{\"point\":{\"x\":1,\"y\":2}}")));
    }

    /** Generates {@code test.Point} in its first round, like a processor such as AutoValue or Immutables would. */
    static final class PointGenerator extends AbstractProcessor {
        private boolean done;

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("dev.mcplet.McpTool");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!done) {
                done = true;
                try (Writer writer = processingEnv.getFiler().createSourceFile("test.Point").openWriter()) {
                    writer.write("package test;\npublic record Point(int x, int y) { }\n");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return false;
        }
    }
}
