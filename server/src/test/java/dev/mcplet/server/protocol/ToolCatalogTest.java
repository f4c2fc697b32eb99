package dev.mcplet.server.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.json.JsonReadException;
import dev.mcplet.server.testing.ManyTools;
import dev.mcplet.server.tool.CallResult;
import dev.mcplet.server.tool.ToolDescriptor;
import dev.mcplet.server.tool.ToolHints;
import dev.mcplet.server.tool.ToolSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Pages serialized on first use, identical whoever asks first; schemas checked without trees, unless the processor checked them. */
class ToolCatalogTest {

    @Test
    void pagesAreTheSameWhenManyThreadsAskFirstAtOnce() throws Exception {
        ToolCatalog reference = new ToolCatalog(List.of(new ManyTools("t", 250)), 100);
        ToolCatalog racing = new ToolCatalog(List.of(new ManyTools("t", 250)), 100);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<byte[]>> answers = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                ProtocolVersion version = ProtocolVersion.values()[i % ProtocolVersion.values().length];
                int page = i % 3;
                answers.add(pool.submit((Callable<byte[]>) () -> racing.page(version, page)));
            }
            for (int i = 0; i < 64; i++) {
                ProtocolVersion version = ProtocolVersion.values()[i % ProtocolVersion.values().length];
                assertArrayEquals(reference.page(version, i % 3), answers.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertSame(racing.page(ProtocolVersion.LATEST, 0), racing.page(ProtocolVersion.LATEST, 0), "built once, then kept");
    }

    @Test
    void objectSchemaCheck() throws Exception {
        assertTrue(Json.isObjectSchema("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"integer\"}}}"));
        assertTrue(Json.isObjectSchema("{\"properties\":{\"type\":{\"type\":\"string\"}},\"type\":\"object\"}"));
        assertFalse(Json.isObjectSchema("{\"properties\":{\"x\":{\"type\":\"object\"}}}"), "only the top level counts");
        assertFalse(Json.isObjectSchema("{\"type\":\"array\"}"));
        assertFalse(Json.isObjectSchema("{\"type\":[\"object\"]}"));
        assertFalse(Json.isObjectSchema("[{\"type\":\"object\"}]"));
        assertFalse(Json.isObjectSchema("\"object\""));
        for (String broken : List.of("{\"type\":\"object\"", "{\"type\":\"object\"} {}", "{\"type\":object}", "")) {
            assertThrows(JsonReadException.class, () -> Json.isObjectSchema(broken), broken);
        }
        assertEquals(1, new ToolCatalog(List.of(new ManyTools("t", 1)), 10).pageCount());
    }

    @Test
    void schemasCheckedAtCompileTimeAreListedAlikeAndNotCheckedAgain() {
        String schema = "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"integer\"}}}";
        ToolDescriptor built = new ToolDescriptor("t", "T", "A tool.", schema, schema, ToolHints.NONE, List.of("s"));
        ToolDescriptor generated = ToolDescriptor.compileTimeChecked("t", "T", "A tool.", schema, schema,
                ToolHints.NONE, List.of("s"));
        assertFalse(built.schemasCheckedAtCompileTime());
        assertTrue(generated.schemasCheckedAtCompileTime());
        for (ProtocolVersion version : ProtocolVersion.values()) {
            assertArrayEquals(new ToolCatalog(List.of(new OneTool(built)), 10).page(version, 0),
                    new ToolCatalog(List.of(new OneTool(generated)), 10).page(version, 0), version.toString());
        }
        String array = "{\"type\":\"array\"}";
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new ToolCatalog(
                List.of(new OneTool(new ToolDescriptor("t", null, null, array, null, ToolHints.NONE))), 10));
        assertTrue(e.getMessage().contains("has an inputSchema that is not an object schema"), e.getMessage());
        // The processor vouches for what it generated: the server takes it as it is.
        new ToolCatalog(List.of(new OneTool(ToolDescriptor.compileTimeChecked("t", null, null, array, null,
                ToolHints.NONE, List.of()))), 10);
    }

    private static final class OneTool implements ToolSet {
        private final ToolDescriptor tool;

        OneTool(ToolDescriptor tool) {
            this.tool = tool;
        }

        @Override
        public List<ToolDescriptor> tools() {
            return List.of(tool);
        }

        @Override
        public CallResult call(String name, ObjectNode arguments) {
            return CallResult.text(name);
        }
    }
}
