package dev.mcplet.processor;

import static dev.mcplet.processor.Compile.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mcplet.server.tool.ToolSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code @McpParam(header)}: the parameter's schema carries {@code x-mcp-header} (MCP 2026-07-28
 * Mcp-Param headers), and what the revision forbids is a compile error on the annotation value.
 */
class HeaderParamTest {

    @Test
    void theSchemaNamesTheHeader() throws Exception {
        Compile.Loaded loaded = Compile.load(Compile.source("test.Sql", """
                package test;
                import dev.mcplet.McpParam;
                import dev.mcplet.McpTool;
                import java.util.Optional;
                public class Sql {
                    /**
                     * Runs a query.
                     *
                     * @param region the region
                     * @param query the query
                     */
                    @McpTool
                    public String execute(@McpParam(header = "Region") String region, String query,
                            @McpParam(header = "Dry-Run") Optional<Boolean> dryRun,
                            @McpParam(header = "Shard") int shard) {
                        return region + ":" + query;
                    }
                }
                """));
        ToolSet tools = loaded.tools("test.Sql");
        JsonNode schema = new ObjectMapper().readTree(tools.tools().get(0).inputSchema());
        assertEquals("Region", schema.path("properties").path("region").path("x-mcp-header").asText());
        assertEquals("Dry-Run", schema.path("properties").path("dryRun").path("x-mcp-header").asText());
        assertEquals("Shard", schema.path("properties").path("shard").path("x-mcp-header").asText());
        assertEquals("", schema.path("properties").path("query").path("x-mcp-header").asText());
        Schemas.assertValidSchema(tools.tools().get(0).inputSchema());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "long | needs a string, boolean, enum or int-sized integer parameter",
        "double | needs a string, boolean, enum or int-sized integer parameter",
        "java.util.List<String> | needs a string, boolean, enum or int-sized integer parameter",
    })
    void onlyScalarsThatFitAHeader(String type, String message) {
        assertError("@McpParam(header = \"Region\") " + message, "header = \"Region\"", """
                package test;
                import dev.mcplet.McpParam;
                import dev.mcplet.McpTool;
                public class Tools {
                    @McpTool
                    public String run(
                            @McpParam(header = "Region") %s region) { return "x"; }
                }
                """.formatted(type));
    }

    @Test
    void theNameIsAnHttpToken() {
        assertError("@McpParam(header = \"My Region\") is not an HTTP header name token (\" \" is not allowed)",
                "header = \"My Region\"", """
                package test;
                import dev.mcplet.McpParam;
                import dev.mcplet.McpTool;
                public class Tools {
                    @McpTool
                    public String run(
                            @McpParam(header = "My Region") String region) { return region; }
                }
                """);
    }

    @Test
    void onlyOnATopLevelParameter() {
        assertError("@McpParam(header = \"City\") is only for a tool's own parameters", "header = \"City\"", """
                package test;
                import dev.mcplet.McpParam;
                import dev.mcplet.McpTool;
                public class Tools {
                    public record Address(
                            @McpParam(header = "City") String city) { }
                    @McpTool
                    public String run(Address address) { return address.city(); }
                }
                """);
    }

    @Test
    void twoParametersMayNotShareAHeaderIgnoringCase() {
        assertError("@McpParam(header = \"REGION\") on parameter zone is the same header as @McpParam(header ="
                + " \"Region\") on parameter region (HTTP header names ignore case, so both would be one Mcp-Param"
                + " header); give each parameter its own header name, or remove header from one",
                "header = \"REGION\"", """
                package test;
                import dev.mcplet.McpParam;
                import dev.mcplet.McpTool;
                public class Tools {
                    @McpTool
                    public String run(@McpParam(header = "Region") String region,
                            @McpParam(header = "REGION") String zone) { return region + zone; }
                }
                """);
    }

    @Test
    void theSameHeaderInTwoToolsIsFine() throws Exception {
        Compile.Loaded loaded = Compile.load(Compile.source("test.Two", """
                package test;
                import dev.mcplet.McpParam;
                import dev.mcplet.McpTool;
                public class Two {
                    @McpTool
                    public String one(@McpParam(header = "Region") String region) { return region; }
                    @McpTool
                    public String two(@McpParam(header = "region") String region) { return region; }
                }
                """));
        assertEquals(2, loaded.tools("test.Two").tools().size());
    }
}
