package dev.mcplet.server.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The trusted parsers' field-name tables: per thread, kept for the next parser, bounded. */
class JsonStreamsTest {

    /** The member names a trusted parser reads from {@code json}, to its end (when it closes, it merges them). */
    private static List<String> names(String json) throws Exception {
        List<String> names = new ArrayList<>();
        try (JsonParser parser = Json.trustedParser(json.getBytes(StandardCharsets.UTF_8))) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME) {
                    names.add(parser.currentName());
                }
            }
        }
        return names;
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
        List<String> first = names(request);
        int kept = JsonStreams.namesKeptForNextParser();
        assertTrue(kept >= 9, "names kept: " + kept);
        List<String> second = names(request);
        assertEquals(first, second);
        assertEquals(kept, JsonStreams.namesKeptForNextParser(), "a repeated request adds no names");
        // The same String instances: found in the table, not decoded and stored again.
        assertSame(first.get(5), second.get(5));
    }

    @Test
    void aRequestWithThousandsOfNamesLeavesNothingForTheNext() throws Exception {
        names(manyNames(5_000));
        assertEquals(0, JsonStreams.namesKeptForNextParser());
        // and the next ordinary document reads as ever
        assertEquals(List.of("a"), names("{\"a\":5}"));
        assertEquals(1, JsonStreams.namesKeptForNextParser());
    }

    @Test
    void whatATableMayKeepIsBounded() throws Exception {
        names(manyNames(5_000)); // start from an empty table, whatever ran before on this thread
        names(manyNames(JsonStreams.MAX_KEPT_NAMES - 10));
        int kept = JsonStreams.namesKeptForNextParser();
        assertTrue(kept >= JsonStreams.MAX_KEPT_NAMES - 10 && kept <= JsonStreams.MAX_KEPT_NAMES, "kept " + kept);
        names(manyNames(40).replace("\"k", "\"other"));
        assertEquals(0, JsonStreams.namesKeptForNextParser(), "a table past the bound is dropped");
    }

    @Test
    void threadsDoNotShareTables() throws Exception {
        names(manyNames(5_000));
        names("{\"onlyOnThisThread\":1}");
        int here = JsonStreams.namesKeptForNextParser();
        AtomicInteger there = new AtomicInteger(-1);
        Thread other = new Thread(() -> there.set(JsonStreams.namesKeptForNextParser()));
        other.start();
        other.join();
        assertTrue(here >= 1);
        assertEquals(0, there.get());
    }

    @Test
    void textWithAnUnpairedSurrogateStillBecomesJsonText() {
        assertEquals("{\"a\":\"x\\uD800y\",\"b\":[1,\"\u00e9\"]}",
                Json.toJson(Json.NODES.objectNode().put("a", "x\ud800y").set("b", Json.NODES.arrayNode().add(1).add("\u00e9"))));
    }
}
