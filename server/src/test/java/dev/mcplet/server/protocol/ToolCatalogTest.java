package dev.mcplet.server.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcplet.server.json.Json;
import dev.mcplet.server.json.JsonReadException;
import dev.mcplet.server.testing.ManyTools;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Pages serialized on first use, identical whoever asks first; schemas checked without trees. */
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
}
