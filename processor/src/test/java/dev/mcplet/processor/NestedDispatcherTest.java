package dev.mcplet.processor;

import static dev.mcplet.processor.Compile.args;
import static dev.mcplet.processor.Compile.assertJson;
import static dev.mcplet.processor.Compile.assertText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcplet.server.tool.InvalidArgumentsException;
import dev.mcplet.server.tool.ToolSet;
import dev.mcplet.server.tool.UnknownToolException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A class with many tools keeps their code in a nested dispatcher, loaded on the first call, so
 * that a server's start-up does not load and verify code it may never run; the tools behave as
 * they do in a small class.
 */
class NestedDispatcherTest {

    /** ToolClassWriter's threshold: from this many tools on, a class gets a nested dispatcher. */
    private static final int FROM = 10;

    static Compile.Loaded loaded;

    @BeforeAll
    static void compile() {
        StringBuilder statics = new StringBuilder();
        for (int i = 0; i < FROM; i++) {
            statics.append("    @McpTool public static int s").append(i).append("() { return ").append(i).append("; }\n");
        }
        StringBuilder few = new StringBuilder();
        for (int i = 0; i < FROM - 1; i++) {
            few.append("    @McpTool public static int f").append(i).append("() { return ").append(i).append("; }\n");
        }
        loaded = Compile.load(
                Compile.source("test.Many", """
                        package test;
                        import com.fasterxml.jackson.databind.node.ObjectNode;
                        import dev.mcplet.McpContext;
                        import dev.mcplet.McpParam;
                        import dev.mcplet.McpTool;
                        import java.util.List;
                        import java.util.Optional;
                        public class Many {
                            public record Point(int x, int y) { }
                            private final String prefix;
                            public Many() { this("p"); }
                            public Many(String prefix) { this.prefix = prefix; }
                            @McpTool public String hello(String name) { return prefix + name; }
                            @McpTool public String withContext(McpContext context, String name) {
                                return (context == null ? "none:" : "ctx:") + name;
                            }
                            @McpTool public int sum(List<Point> points) {
                                int sum = 0;
                                for (Point p : points) {
                                    sum += p.x() + p.y();
                                }
                                return sum;
                            }
                            @McpTool public Point move(Point p, @McpParam(defaultValue = "1") int by) {
                                return new Point(p.x() + by, p.y() + by);
                            }
                            @McpTool public Optional<String> maybe(boolean yes) { return yes ? Optional.of(prefix) : Optional.empty(); }
                            @McpTool(inputSchema = "{\\"type\\":\\"object\\"}") public String raw(ObjectNode arguments) {
                                return arguments.toString();
                            }
                        %s}
                        """.formatted(statics)),
                Compile.source("test.Few", """
                        package test;
                        import dev.mcplet.McpTool;
                        public class Few {
                        %s}
                        """.formatted(few)),
                Compile.source("test.Dispatcher", """
                        package test;
                        import dev.mcplet.McpTool;
                        /** A class named like the nested dispatcher. */
                        public class Dispatcher {
                            public record Dispatcher2(String v) { }
                            @McpTool public String self(String v) { return "d" + v; }
                        %s}
                        """.formatted(statics)));
    }

    @Test
    void theDispatcherIsLoadedOnTheFirstCallAndTheToolsBehaveAsInASmallClass() throws Exception {
        ToolSet tools = (ToolSet) loaded.generated("test.Many_McpTools", loaded.loadClass("test.Many")
                .getConstructor(String.class).newInstance("p-"));
        assertEquals(6 + FROM, tools.tools().size());
        assertFalse(loaded.isLoaded("test.Many_McpTools$Dispatcher"), "not loaded by tools()");
        assertText("p-Ann", tools.call("hello", args("{\"name\":\"Ann\"}")));
        assertTrue(loaded.isLoaded("test.Many_McpTools$Dispatcher"));
        assertText("none:x", tools.call("withContext", args("{\"name\":\"x\"}")));
        assertText("ctx:x", tools.call("withContext", args("{\"name\":\"x\"}"), new TestContext()));
        assertText("10", tools.call("sum", args("{\"points\":[{\"x\":1,\"y\":2},{\"x\":3,\"y\":4}]}")));
        assertJson("{\"x\":2,\"y\":3}", tools.call("move", args("{\"p\":{\"x\":1,\"y\":2}}")).structured());
        assertText("p-", tools.call("maybe", args("{\"yes\":true}")));
        assertText("{\"a\":1}", tools.call("raw", args("{\"a\":1}")));
        assertText("9", tools.call("s9", args("{}")));
        InvalidArgumentsException e = assertThrows(InvalidArgumentsException.class,
                () -> tools.call("move", args("{\"p\":{\"x\":\"one\",\"y\":2},\"z\":1}")));
        assertTrue(e.getMessage().contains("z"), e.getMessage());
        assertThrows(UnknownToolException.class, () -> tools.call("nope", args("{}")));
    }

    @Test
    void aSmallClassKeepsItsDispatcherInPlace() throws Exception {
        assertText("8", loaded.tools("test.Few").call("f8", args("{}")));
        assertFalse(loaded.classFiles().containsKey("test.Few_McpTools$Dispatcher"));
        assertTrue(loaded.classFiles().containsKey("test.Many_McpTools$Dispatcher"));
    }

    @Test
    void aTargetNamedLikeTheDispatcher() throws Exception {
        ToolSet tools = loaded.tools("test.Dispatcher");
        assertText("dx", tools.call("self", args("{\"v\":\"x\"}")));
        assertText("3", tools.call("s3", args("{}")));
    }
}
