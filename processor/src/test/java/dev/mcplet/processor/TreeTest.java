package dev.mcplet.processor;

import static dev.mcplet.processor.Compile.args;
import static dev.mcplet.processor.Compile.assertJson;
import static dev.mcplet.processor.Compile.assertText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mcplet.server.tool.CallResult;
import dev.mcplet.server.tool.InvalidArgumentsException;
import dev.mcplet.server.tool.ToolSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Records that contain themselves: $defs and $ref in the schema, recursion in the generated readers and writers. */
class TreeTest {

    static final String NODE = "{\"type\":\"object\",\"description\":\"A node of a tree.\",\"properties\":{"
            + "\"name\":{\"type\":\"string\",\"description\":\"the node's name\"},"
            + "\"children\":{\"type\":\"array\",\"description\":\"its children\",\"items\":{\"$ref\":\"#/$defs/Tree.Node\"}}},"
            + "\"required\":[\"name\",\"children\"],\"additionalProperties\":false}";

    static ToolSet tools;

    @BeforeAll
    static void compile() {
        tools = Compile.load(Compile.resource("com/example/tree/Tree.java")).tools("com.example.tree.Tree");
    }

    @Test
    void recursiveRecordsAreDefinedOnceAndReferenced() {
        assertEquals("{\"type\":\"object\",\"properties\":{\"root\":{\"$ref\":\"#/$defs/Tree.Node\",\"description\":\"the tree\"}},"
                + "\"required\":[\"root\"],\"additionalProperties\":false,\"$defs\":{\"Tree.Node\":" + NODE + "}}",
                tools.tools().get(0).inputSchema());
        // the root of an output schema must be an object schema: the record is written in place
        String output = tools.tools().get(1).outputSchema();
        assertEquals(NODE.substring(0, NODE.length() - 1) + ",\"$defs\":{\"Tree.Node\":" + NODE + "}}", output);
        for (var tool : tools.tools()) {
            Schemas.assertValidSchema(tool.inputSchema());
        }
        Schemas.assertValidSchema(output);
    }

    @Test
    void readsAndWritesTreesOfAnyDepth() throws Exception {
        String tree = "{\"name\":\"a\",\"children\":[{\"name\":\"b\",\"children\":[]},"
                + "{\"name\":\"c\",\"children\":[{\"name\":\"d\",\"children\":[]}]}]}";
        Schemas.assertConforms(tools.tools().get(0).inputSchema(), args("{\"root\":" + tree + "}"));
        assertText("4", tools.call("size", args("{\"root\":" + tree + "}")));
        CallResult mirrored = tools.call("mirror", args("{\"root\":" + tree + "}"));
        assertJson("{\"name\":\"a\",\"children\":[{\"name\":\"c\",\"children\":[{\"name\":\"d\",\"children\":[]}]},"
                + "{\"name\":\"b\",\"children\":[]}]}", mirrored.structured());
        Schemas.assertConforms(tools.tools().get(1).outputSchema(), mirrored.structured());
        InvalidArgumentsException e = assertThrows(InvalidArgumentsException.class, () -> tools.call("size",
                args("{\"root\":{\"name\":\"a\",\"children\":[{\"name\":\"b\",\"children\":[{\"name\":7,\"children\":[]}]}]}}")));
        assertEquals("root.children[0].children[0].name: expected a string, got 7", e.getMessage());
    }

    @Test
    void recursionThroughOptional() throws Exception {
        assertJson("{\"result\":[\"b\",\"c\"]}", tools.call("managers",
                args("{\"person\":{\"name\":\"a\",\"manager\":{\"name\":\"b\",\"manager\":{\"name\":\"c\"}}}}")).structured());
    }
}
