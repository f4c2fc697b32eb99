package dev.mcplet.processor;

import static dev.mcplet.processor.Compile.args;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcplet.server.tool.ToolSet;
import org.junit.jupiter.api.Test;

/** {@code @McpTool(inputSchema)}: the author's schema is listed as written, and the arguments reach the method as they are. */
class OwnInputSchemaTest {

    private static final String SCHEMA = "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"type\":\"object\","
            + "\"$defs\":{\"address\":{\"type\":\"object\",\"properties\":{\"street\":{\"type\":\"string\"},"
            + "\"city\":{\"type\":\"string\"}}}},\"properties\":{\"name\":{\"type\":\"string\"},"
            + "\"address\":{\"$ref\":\"#/$defs/address\"}},\"additionalProperties\":false}";

    @Test
    void listsTheSchemaAsWrittenAndPassesTheArguments() throws Exception {
        String escaped = SCHEMA.replace("\\", "\\\\").replace("\"", "\\\"");
        Compile.Loaded loaded = Compile.load(Compile.source("test.Schemas", """
                package test;
                import com.fasterxml.jackson.databind.node.ObjectNode;
                import dev.mcplet.McpContext;
                import dev.mcplet.McpTool;
                public class Schemas {
                    /** Tool with JSON Schema 2020-12 features. */
                    @McpTool(name = "json_schema_2020_12_tool", inputSchema = "%s")
                    public String withSchema(McpContext context, ObjectNode arguments) {
                        return "called with: " + arguments;
                    }
                }
                """.formatted(escaped)));
        ToolSet tools = loaded.tools("test.Schemas");
        assertEquals(SCHEMA, tools.tools().get(0).inputSchema());
        Schemas.assertValidSchema(tools.tools().get(0).inputSchema());
        assertTrue(tools.tools().get(0).schemasCheckedAtCompileTime(), "checked by the processor, not again at start-up");
        Compile.assertText("called with: {\"name\":\"x\",\"address\":{\"city\":\"y\"}}",
                tools.call("json_schema_2020_12_tool", args("{\"name\":\"x\",\"address\":{\"city\":\"y\"}}"),
                        new TestContext()));
    }
}
