package dev.mcplet.server.lambda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.server.http.HttpRequest;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.json.JsonReadException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The envelope reader reads what a JSON parser reads (Jackson is the reference), refuses what is
 * not JSON where it walks, and never fails with anything but {@link UnsupportedEventException}.
 */
class EnvelopeReaderTest {

    private static EnvelopeReader reader(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return new EnvelopeReader(bytes, 0, bytes.length);
    }

    /** The value of member "v" of {@code {"v": <json>}}, as text. */
    private static String text(String valueJson) {
        EnvelopeReader in = reader("{\"v\":" + valueJson + "}");
        in.startObject();
        assertTrue(in.nextMember());
        String text = in.text();
        if (in.nextMember()) {
            fail("one member only");
        }
        in.expectEnd();
        return text;
    }

    private static byte[] bytes(String valueJson) {
        EnvelopeReader in = reader("{\"v\":" + valueJson + "}");
        in.startObject();
        assertTrue(in.nextMember());
        return in.stringBytes();
    }

    @Test
    void stringsDecodeEveryEscapeAsJacksonDoes() throws JsonReadException {
        List<String> literals = List.of("\"plain\"", "\"\"", "\"q\\\"uote\\\\back\\/slash\"",
                "\"\\b\\f\\n\\r\\t\"", "\"\\u0041\\u00e9\\u2713\"", "\"\\ud83d\\ude00 pair\"", "\"caf\u00e9 \u2713 \ud83d\ude00\"",
                "\"lone \\ud800 high\"", "\"lone \\udc00 low\"", "\"\\ud800\\u0041\"", "\"{[not structure]}\"");
        for (String literal : literals) {
            String expected = Json.parse("{\"v\":" + literal + "}").get("v").textValue();
            assertEquals(expected, text(literal), literal);
            assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), bytes(literal), literal);
        }
    }

    @Test
    void randomStringsWrittenByJacksonReadBackTheSame() throws JsonReadException {
        Random random = new Random(7);
        String alphabet = "ab\"\\/\n\t\r\b\f\u0001\u001f\u007f\u00e9\u2713\ud83d\ude00{}[],: ";
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(80);
            while (text.length() < length) {
                int at = random.nextInt(alphabet.length());
                char c = alphabet.charAt(at);
                if (Character.isHighSurrogate(c)) {
                    text.append(c).append(alphabet.charAt(at + 1));
                } else if (!Character.isLowSurrogate(c)) {
                    text.append(c);
                }
            }
            String literal = new String(Json.quoteUtf8(text.toString()), StandardCharsets.UTF_8);
            assertEquals(text.toString(), text("\"" + literal + "\""));
            assertArrayEquals(text.toString().getBytes(StandardCharsets.UTF_8), bytes("\"" + literal + "\""));
        }
    }

    @Test
    void scalarsAreTheirTextAndContainersAreAbsent() {
        assertEquals("42", text("42"));
        assertEquals("-1.5e3", text("-1.5e3"));
        assertEquals("true", text("true"));
        assertNull(text("null"));
        assertNull(text("{\"a\":[1,{\"b\":\"}]\\\"\"}]}"));
        assertNull(text("[\"]\",[[]],{}]"));
        assertNull(bytes("{\"x\":1}"));
    }

    @Test
    void subtreesAreSkippedWhateverTheirStringsHold() {
        EnvelopeReader in = reader("{\"skip\":{\"a\":\"}\",\"b\":[\"]\",\"\\\"]\"],\"c\":{}},\"keep\":\"yes\"} ");
        in.startObject();
        assertTrue(in.nextMember());
        in.skipValue();
        assertTrue(in.nextMember());
        assertEquals("keep", in.name());
        assertEquals("yes", in.text());
        assertTrue(!in.nextMember());
        in.expectEnd();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"a\":1 \"b\":2}", "{\"a\":1,}", "{\"a\" 1}", "{\"a\":\"x", "{\"a\":\"\\q\"}", "{\"a\":\"\\u12\"}",
        "{\"a\":\"\\u12g4\"}", "{\"a\":[1,]}", "{\"a\":[1 2]}", "{\"a\":{\"b\":1}", "{} x", "{\"a\":\"tab\there\"}",
        "{,\"a\":1}", "{\"a\":}", "{a:1}", "{\"a\":[\"x\"", "{\"a\":1}}", "{\"a\":\"\\"})
    void whatIsNotJsonWhereItWalksIsRefusedSayingWhere(String json) {
        UnsupportedEventException e = assertThrows(UnsupportedEventException.class, () -> {
            EnvelopeReader in = reader(json);
            in.startObject();
            while (in.nextMember()) {
                if (in.atArray()) {
                    in.startArray();
                    while (in.nextItem()) {
                        in.text();
                    }
                } else {
                    in.text();
                }
            }
            in.expectEnd();
        });
        assertTrue(e.getMessage().contains("the event is not JSON (expected "), e.getMessage());
        assertTrue(e.getMessage().contains(" at byte "), e.getMessage());
    }

    @Test
    void eventsThatAreNotObjectsSayWhatTheyAre() {
        assertMessage("[1]", "the event is a JSON array, not an object");
        assertMessage("\"x\"", "the event is a JSON string, not an object");
        assertMessage("12", "the event is a JSON number, not an object");
        assertMessage("  ", "the event is empty");
        assertMessage("hello", "the event is not JSON (it starts with 'h')");
        assertMessage("{\"httpMethod\":\"POST\"} {}", "unexpected content after the object");
    }

    private static void assertMessage(String event, String expected) {
        UnsupportedEventException e = assertThrows(UnsupportedEventException.class,
                () -> LambdaHttpEvent.read(event.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    static List<Fixtures.Expected> events() {
        return Fixtures.events().toList();
    }

    /**
     * Every fixture, mutated a few hundred times byte by byte: the read either succeeds or is an
     * {@link UnsupportedEventException}, and a mutant Jackson reads as JSON is never refused as
     * "not JSON". Where both read the event, they agree on the method, path, body and headers.
     */
    @ParameterizedTest
    @MethodSource("events")
    void mutatedFixturesReadAsAJsonParserReadsThem(Fixtures.Expected fixture) {
        byte[] original = fixture.bytes();
        Random random = new Random(fixture.file().hashCode());
        byte[] alphabet = "{}[]\":,\\ tnu0aZ\u00e9".getBytes(StandardCharsets.UTF_8);
        int compared = 0;
        for (int round = 0; round < 300; round++) {
            byte[] event = original.clone();
            int edits = 1 + random.nextInt(3);
            for (int i = 0; i < edits; i++) {
                event[random.nextInt(event.length)] = alphabet[random.nextInt(alphabet.length)];
            }
            JsonNode tree;
            try {
                tree = Json.parse(event);
            } catch (JsonReadException e) {
                tree = null;
            }
            LambdaHttpEvent read;
            try {
                read = LambdaHttpEvent.read(event);
            } catch (UnsupportedEventException e) {
                if (tree != null && e.getMessage().contains("not JSON")
                        && !e.getMessage().contains("authorizer")) {
                    fail("refused JSON as not JSON: " + e.getMessage() + "\n" + new String(event, StandardCharsets.UTF_8));
                }
                continue;
            }
            if (tree != null && fixture.shape() == LambdaHttpEvent.Shape.REST) {
                assertSameRestRequest(tree, read.request(), event);
                compared++;
            }
        }
        if (fixture.shape() == LambdaHttpEvent.Shape.REST) {
            assertTrue(compared >= 50, "mutants compared with the reference: " + compared);
        }
    }

    /** What a tree of a REST event says of its request, the reference the reader must match. */
    private static void assertSameRestRequest(JsonNode tree, HttpRequest request, byte[] event) {
        String where = new String(event, StandardCharsets.UTF_8);
        if (tree.path("httpMethod").isTextual()) {
            assertEquals(tree.path("httpMethod").textValue(), request.method(), where);
        }
        JsonNode body = tree.get("body");
        if (body != null && body.isTextual() && !tree.path("isBase64Encoded").asBoolean(false)) {
            assertArrayEquals(body.textValue().getBytes(StandardCharsets.UTF_8), request.body(), where);
        }
        JsonNode multi = tree.get("multiValueHeaders");
        if (multi != null && multi.isObject()) {
            List<String> expected = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> fields = multi.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isArray()) {
                    for (JsonNode value : field.getValue()) {
                        if (value.isNumber() || value.isBoolean()) {
                            return; // written as the event has it, which a tree does not keep
                        }
                        expected.add(field.getKey() + "=" + (value.isTextual() ? value.textValue() : "null"));
                    }
                } else if (field.getValue().isNumber() || field.getValue().isBoolean()) {
                    return;
                } else if (field.getValue().isTextual()) {
                    expected.add(field.getKey() + "=" + field.getValue().textValue());
                }
            }
            List<String> actual = new ArrayList<>();
            for (int i = 0; i < request.headers().size(); i++) {
                actual.add(request.headers().name(i) + "=" + request.headers().value(i));
            }
            assertEquals(expected, actual, where);
        }
    }
}
