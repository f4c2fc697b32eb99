package dev.mcplet.server.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class JsonStreamsTest {

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static String manyNames(int count) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append("\"k").append(Integer.toHexString(i * 7919)).append("\":1");
        }
        return json.append('}').toString();
    }

    @Test
    void theNextParserOnAThreadFindsTheNamesOfTheLast() throws Exception {
        String request = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"add\","
                + "\"arguments\":{\"a\":2,\"b\":3},\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\"}}}";
        JsonNode first = Json.parse(bytes(request));
        int kept = JsonStreams.namesKeptForNextParser();
        assertTrue(kept >= 9, "names kept: " + kept);
        JsonNode second = Json.parse(bytes(request));
        assertEquals(first, second);
        assertEquals(kept, JsonStreams.namesKeptForNextParser(), "a repeated request adds no names");
        // The same String instances: found in the table, not decoded and stored again.
        assertSame(name(first.path("params"), 2), name(second.path("params"), 2));
    }

    @Test
    void aRequestWithThousandsOfNamesLeavesNothingForTheNext() throws Exception {
        Json.parse(bytes(manyNames(5_000)));
        assertEquals(0, JsonStreams.namesKeptForNextParser());
        // and the next ordinary request reads as ever
        assertEquals(5, Json.parse(bytes("{\"a\":5}")).path("a").intValue());
        assertEquals(1, JsonStreams.namesKeptForNextParser());
    }

    @Test
    void whatATableMayKeepIsBounded() throws Exception {
        Json.parse(bytes(manyNames(5_000))); // start from an empty table, whatever ran before on this thread
        Json.parse(bytes(manyNames(JsonStreams.MAX_KEPT_NAMES - 10)));
        int kept = JsonStreams.namesKeptForNextParser();
        assertTrue(kept >= JsonStreams.MAX_KEPT_NAMES - 10 && kept <= JsonStreams.MAX_KEPT_NAMES, "kept " + kept);
        Json.parse(bytes(manyNames(40).replace("\"k", "\"other")));
        assertEquals(0, JsonStreams.namesKeptForNextParser(), "a table past the bound is dropped");
    }

    @Test
    void threadsDoNotShareTables() throws Exception {
        Json.parse(bytes(manyNames(5_000)));
        Json.parse(bytes("{\"onlyOnThisThread\":1}"));
        int here = JsonStreams.namesKeptForNextParser();
        AtomicInteger there = new AtomicInteger(-1);
        Thread other = new Thread(() -> there.set(JsonStreams.namesKeptForNextParser()));
        other.start();
        other.join();
        assertTrue(here >= 1);
        assertEquals(0, there.get());
    }

    @Test
    void envelopesAndBodiesShareTheThreadsTable() throws Exception {
        try (com.fasterxml.jackson.core.JsonParser parser = Json.trustedParser(bytes("{\"httpMethod\":\"POST\"}"))) {
            while (parser.nextToken() != null) {
                // read to the end: the parser merges its names when it closes
            }
        }
        int kept = JsonStreams.namesKeptForNextParser();
        Json.parse(bytes("{\"httpMethod\":\"GET\"}"));
        assertEquals(kept, JsonStreams.namesKeptForNextParser());
    }

    @Test
    void textWithAnUnpairedSurrogateStillBecomesJsonText() {
        assertEquals("{\"a\":\"x\\uD800y\",\"b\":[1,\"\u00e9\"]}",
                Json.toJson(Json.NODES.objectNode().put("a", "x\ud800y").set("b", Json.NODES.arrayNode().add(1).add("\u00e9"))));
    }

    private static String name(JsonNode node, int index) {
        Iterator<String> names = node.fieldNames();
        for (int i = 0; i < index; i++) {
            names.next();
        }
        return names.next();
    }
}
