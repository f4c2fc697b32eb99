package dev.mcplet.processor;

import static dev.mcplet.processor.Compile.args;
import static dev.mcplet.processor.Compile.assertJson;
import static dev.mcplet.processor.Compile.assertText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mcplet.server.tool.ToolDescriptor;
import dev.mcplet.server.tool.ToolSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Where tools may live (interfaces, enums, records, nested and inner classes, package-private
 * classes, the unnamed package) and names that could clash with what generated code declares.
 */
class ToolClassKindsTest {

    static Compile.Loaded loaded;

    @BeforeAll
    static void compile() {
        loaded = Compile.load(
                Compile.source("test.Api", """
                        package test;
                        import dev.mcplet.McpTool;
                        public interface Api {
                            /**
                             * Say hello.
                             * @param name who to greet
                             */
                            @McpTool String hello(String name);
                            @McpTool default String twice(String s) { return s + s; }
                            @McpTool static int one() { return 1; }
                        }
                        """),
                Compile.source("test.ApiImpl", """
                        package test;
                        public class ApiImpl implements Api {
                            public String hello(String name) { return "hi " + name; }
                        }
                        """),
                Compile.source("test.Mode", """
                        package test;
                        import dev.mcplet.McpTool;
                        public enum Mode {
                            FAST;
                            @McpTool public String describe() { return name(); }
                        }
                        """),
                Compile.source("test.Greeter", """
                        package test;
                        import dev.mcplet.McpTool;
                        public record Greeter(String greeting) {
                            public Greeter() { this("Hello"); }
                            @McpTool public String greet(String name) { return greeting + ", " + name; }
                        }
                        """),
                Compile.source("test.Outer", """
                        package test;
                        import dev.mcplet.McpTool;
                        class Outer {
                            static class Nested {
                                @McpTool public static int two() { return 2; }
                            }
                            class Inner {
                                @McpTool public int three() { return 3; }
                            }
                        }
                        """),
                Compile.source("test.Encode", """
                        package test;
                        /** A user type named like a run-time helper of generated code. @param value the value */
                        public record Encode(String value) { }
                        """),
                Compile.source("test.Clashes", """
                        package test;
                        import dev.mcplet.McpTool;
                        import java.lang.annotation.ElementType;
                        import java.lang.annotation.Target;
                        public class Clashes {
                            @Target(ElementType.PARAMETER) @interface Nullable { }
                            @McpTool public String call(String arguments, int e, int result, String target, String name,
                                    @Nullable String value, String valueNode) {
                                return arguments + e + result + target + name + value + valueNode;
                            }
                            @McpTool public int tools() { return 7; }
                            @McpTool(name = "TOOLS") public int upper() { return 8; }
                            @McpTool(name = "get_weather") public String a() { return "a"; }
                            @McpTool(name = "getWeather") public String b() { return "b"; }
                            @McpTool public Encode wrap(Encode encode) { return encode; }
                        }
                        """),
                Compile.source("test.Validated", """
                        package test;
                        import dev.mcplet.McpTool;
                        import java.util.List;
                        public class Validated {
                            public record Range(int from, int to) {
                                public Range {
                                    if (from > to) {
                                        throw new IllegalArgumentException("from must not be after to");
                                    }
                                }
                            }
                            @McpTool public int total(List<Range> ranges) {
                                int total = 0;
                                for (Range r : ranges) {
                                    total += r.to() - r.from();
                                }
                                return total;
                            }
                        }
                        """),
                Compile.source("Plain", """
                        import dev.mcplet.McpTool;
                        public class Plain {
                            @McpTool public static int x() { return 1; }
                        }
                        """));
    }

    private ToolSet withInstance(String generated, Object target) throws Exception {
        Class<?> type = loaded.loadClass(generated);
        return (ToolSet) type.getConstructors()[0].newInstance(target);
    }

    @Test
    void interfacesWithAbstractDefaultAndStaticTools() throws Exception {
        ToolSet api = withInstance("test.Api_McpTools", loaded.instance("test.ApiImpl"));
        assertText("hi Ann", api.call("hello", args("{\"name\":\"Ann\"}")));
        assertText("abab", api.call("twice", args("{\"s\":\"ab\"}")));
        assertText("1", api.call("one", args("{}")));
        assertEquals("Say hello.", api.tools().get(0).description());
    }

    @Test
    void enumsAndRecordsHoldToolsToo() throws Exception {
        Object fast = loaded.loadClass("test.Mode").getEnumConstants()[0];
        assertText("FAST", withInstance("test.Mode_McpTools", fast).call("describe", args("{}")));
        assertText("Hello, Bo", loaded.tools("test.Greeter").call("greet", args("{\"name\":\"Bo\"}")));
    }

    @Test
    void nestedAndInnerClassesOfAPackagePrivateClass() throws Exception {
        ToolSet nested = (ToolSet) loaded.loadClass("test.Outer_Nested_McpTools").getConstructor().newInstance();
        assertText("2", nested.call("two", args("{}")));
        Class<?> outer = loaded.loadClass("test.Outer");
        var outerConstructor = outer.getDeclaredConstructor();
        outerConstructor.setAccessible(true);
        Object outerInstance = outerConstructor.newInstance();
        var innerConstructor = loaded.loadClass("test.Outer$Inner").getDeclaredConstructor(outer);
        innerConstructor.setAccessible(true);
        Object inner = innerConstructor.newInstance(outerInstance);
        assertText("3", withInstance("test.Outer_Inner_McpTools", inner).call("three", args("{}")));
    }

    @Test
    void namesThatCouldClashWithGeneratedMembersAndLocals() throws Exception {
        ToolSet tools = withInstance("test.Clashes_McpTools", loaded.instance("test.Clashes"));
        assertText("a12tnnullv", tools.call("call", args(
                "{\"arguments\":\"a\",\"e\":1,\"result\":2,\"target\":\"t\",\"name\":\"n\",\"valueNode\":\"v\"}")));
        assertText("7", tools.call("tools", args("{}")));
        assertText("8", tools.call("TOOLS", args("{}")));
        assertText("a", tools.call("get_weather", args("{}")));
        assertText("b", tools.call("getWeather", args("{}")));
        assertJson("{\"value\":\"x\"}", tools.call("wrap", args("{\"encode\":{\"value\":\"x\"}}")).structured());
        List<String> names = tools.tools().stream().map(ToolDescriptor::name).toList();
        assertEquals(List.of("call", "tools", "TOOLS", "get_weather", "getWeather", "wrap"), names);
        // a declaration annotation named Nullable makes a parameter optional
        assertEquals(false, tools.tools().get(0).inputSchema().contains("\"value\",\"valueNode\""));
        String source = loaded.source("test.Clashes_McpTools");
        assertEquals(true, source.contains("public static final ToolDescriptor GET_WEATHER ="), source);
        assertEquals(true, source.contains("public static final ToolDescriptor GET_WEATHER_ ="), source);
    }

    @Test
    void aRecordThatRefusesItsComponentsGivesAnArgumentError() throws Exception {
        ToolSet tools = loaded.tools("test.Validated");
        assertText("3", tools.call("total", args("{\"ranges\":[{\"from\":1,\"to\":4}]}")));
        var e = assertThrows(dev.mcplet.server.tool.InvalidArgumentsException.class,
                () -> tools.call("total", args("{\"ranges\":[{\"from\":1,\"to\":4},{\"from\":5,\"to\":2}]}")));
        assertEquals("ranges[1]: from must not be after to", e.getMessage());
    }

    /** javac shows annotation processors no local or anonymous class: an @McpTool there has no effect. */
    @Test
    void localAndAnonymousClassesAreInvisibleToProcessors() {
        var compilation = Compile.compile(Compile.source("test.Tools", """
                package test;
                import dev.mcplet.McpTool;
                public class Tools {
                    public Object make() {
                        class Local {
                            @McpTool public int one() { return 1; }
                        }
                        return new Object() {
                            @McpTool public int two() { return 2; }
                        };
                    }
                }
                """));
        assertEquals(com.google.testing.compile.Compilation.Status.SUCCESS, compilation.status());
        assertEquals(0, compilation.generatedSourceFiles().size());
    }

    @Test
    void unnamedPackage() throws Exception {
        assertText("1", loaded.tools("Plain").call("x", args("{}")));
    }

    @Test
    void theInstanceIsRequired() throws Exception {
        Class<?> type = loaded.loadClass("test.Greeter_McpTools");
        var e = assertThrows(java.lang.reflect.InvocationTargetException.class,
                () -> type.getConstructors()[0].newInstance((Object) null));
        assertEquals("target", e.getCause().getMessage());
    }
}
