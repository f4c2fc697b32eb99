package dev.mcplet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.mcplet.server.tool.ToolDescriptor;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @McpScopes} on the class and {@code @McpTool(scopes)} become each descriptor's scopes, as constants. */
class ScopesTest {

    private static final String ORDERS = """
            package test;
            import dev.mcplet.McpScopes;
            import dev.mcplet.McpTool;
            @McpScopes("orders:read")
            public class Orders {
                @McpTool public String find(String id) { return id; }
                @McpTool(scopes = {"orders:write", "orders:read"}) public void cancel(String id) { }
            }
            """;

    @Test
    void classScopesComeFirstThenTheToolsOwnWithoutRepeats() {
        Compile.Loaded loaded = Compile.load(Compile.source("test.Orders", ORDERS));
        List<ToolDescriptor> tools = loaded.tools("test.Orders").tools();
        assertEquals(List.of("orders:read"), tools.get(0).scopes());
        assertEquals(List.of("orders:read", "orders:write"), tools.get(1).scopes());
        assertTrue(loaded.source("test.Orders_McpTools").contains("List.of(\"orders:read\", \"orders:write\")"),
                loaded.source("test.Orders_McpTools"));
    }

    @Test
    void toolsWithoutScopesKeepTheShortConstructor() {
        Compile.Loaded loaded = Compile.load(Compile.source("test.Open", """
                package test;
                import dev.mcplet.McpTool;
                public class Open {
                    @McpTool public int one() { return 1; }
                }
                """));
        assertEquals(List.of(), loaded.tools("test.Open").tools().get(0).scopes());
        assertTrue(!loaded.source("test.Open_McpTools").contains("List.of(\""));
    }

    @Test
    void aScopeWithASpaceIsACompileErrorOnTheAttribute() {
        JavaFileObject file = Compile.source("test.Tools", """
                package test;
                import dev.mcplet.McpTool;
                public class Tools {
                    @McpTool(
                        scopes = {"orders:read orders:write"})
                    public String x() { return "x"; }
                }
                """);
        Compilation compilation = Compile.compile(file);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("invalid OAuth scope \"orders:read orders:write\": a scope is 1 or"
                + " more printable ASCII characters other than space, \" and \\ (RFC 6749 section 3.3)")
                .inFile(file).onLineContaining("scopes = {");
    }

    @Test
    void anInvalidClassScopeIsReportedOnceOnTheClass() {
        JavaFileObject file = Compile.source("test.Tools", """
                package test;
                import dev.mcplet.McpScopes;
                import dev.mcplet.McpTool;
                @McpScopes("caf\u00e9")
                public class Tools {
                    @McpTool public String x() { return "x"; }
                    @McpTool public String y() { return "y"; }
                }
                """);
        Compilation compilation = Compile.compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("invalid OAuth scope \"caf\u00e9\"").inFile(file)
                .onLineContaining("@McpScopes");
    }
}
