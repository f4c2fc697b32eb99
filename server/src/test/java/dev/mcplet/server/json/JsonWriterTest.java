package dev.mcplet.server.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link JsonWriter} writes byte for byte what Jackson's UTF-8 generator with its defaults writes. */
class JsonWriterTest {

    private static final JsonFactory JACKSON = new JsonFactory();

    private static String jacksons(JsonNode value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = JACKSON.createGenerator(out)) {
            JacksonTrees.write(generator, value);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static final String ALPHABET = "aZ09 \"\\/\b\f\n\r\t\u0000\u0001\u001f\u007f\u0080\u00e9\u07ff\u0800\u2713\uffff"
            + "\ud83d\ude00\ud800\udc00{}[]:,";

    private static String text(Random random, int max) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(max + 1);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length()))); // surrogates paired or not, at random
        }
        return text.toString();
    }

    private static JsonNode tree(Random random, int depth) {
        int kind = random.nextInt(depth > 3 ? 9 : 11);
        switch (kind) {
            case 0:
                return Json.NODES.textNode(text(random, 12));
            case 1:
                return Json.NODES.numberNode(random.nextInt());
            case 2:
                return Json.NODES.numberNode(random.nextLong());
            case 3:
                return Json.NODES.numberNode(new BigInteger(100, random).negate());
            case 4:
                return Json.NODES.numberNode(new BigDecimal(BigInteger.valueOf(random.nextLong()), random.nextInt(40) - 20));
            case 5: {
                double[] doubles = {random.nextDouble() * 1e6, 1e-7, 1e21, -0.0, Double.NaN, Double.POSITIVE_INFINITY, 123.0};
                return Json.NODES.numberNode(doubles[random.nextInt(doubles.length)]);
            }
            case 6: {
                float[] floats = {random.nextFloat(), 1e-7f, 3.4e38f, Float.NaN, Float.NEGATIVE_INFINITY};
                return Json.NODES.numberNode(floats[random.nextInt(floats.length)]);
            }
            case 7:
                return random.nextBoolean() ? Json.NODES.booleanNode(random.nextBoolean()) : Json.NODES.nullNode();
            case 8: {
                byte[] bytes = new byte[random.nextInt(20)];
                random.nextBytes(bytes);
                return Json.NODES.binaryNode(bytes);
            }
            case 9: {
                ArrayNode array = Json.NODES.arrayNode();
                for (int i = random.nextInt(5); i > 0; i--) {
                    array.add(tree(random, depth + 1));
                }
                return array;
            }
            default: {
                ObjectNode object = Json.NODES.objectNode();
                for (int i = random.nextInt(5); i > 0; i--) {
                    object.set(text(random, 6), tree(random, depth + 1));
                }
                return object;
            }
        }
    }

    @Test
    void randomTreesAreWrittenAsJacksonWritesThem() throws IOException {
        Random random = new Random(2026);
        for (int round = 0; round < 3_000; round++) {
            JsonNode value = tree(random, 0);
            assertEquals(jacksons(value), new String(Json.toBytes(value), StandardCharsets.UTF_8), "round " + round);
        }
    }

    @Test
    void everyCharacterOfTheBasicPlaneIsWrittenAsJacksonWritesIt() throws IOException {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            all.append(c);
        }
        JsonNode value = Json.NODES.objectNode().put(all.toString(), all.toString());
        assertEquals(jacksons(value), new String(Json.toBytes(value), StandardCharsets.UTF_8));
    }

    @Test
    void membersAndRawValuesAsJacksonWritesThem() throws IOException {
        ByteArrayOutputStream actual = new ByteArrayOutputStream();
        try (JsonWriter out = Json.writer(actual)) {
            out.writeStartObject();
            out.writeStringField("s", "x\"y");
            out.writeStringField("none", null);
            out.writeNumberField("i", 7);
            out.writeNumberField("l", 1L << 40);
            out.writeNumberField("d", 0.5);
            out.writeNumberField("dec", new BigDecimal("1.50"));
            out.writeBooleanField("b", true);
            out.writeNullField("n");
            out.writeArrayFieldStart("a");
            out.writeRawValue("{\"type\":\"object\"}");
            out.writeRawUTF8String("pre\\\"escaped".getBytes(StandardCharsets.UTF_8), 0, 12);
            out.writeBinary(new byte[] {1, 2, 3, (byte) 0xff});
            out.writeEndArray();
            out.writeObjectFieldStart("o");
            out.writeEndObject();
            out.writeEndObject();
        }
        // What Jackson's generator writes for the same calls.
        assertEquals("{\"s\":\"x\\\"y\",\"none\":null,\"i\":7,\"l\":1099511627776,\"d\":0.5,\"dec\":1.50,\"b\":true,"
                + "\"n\":null,\"a\":[{\"type\":\"object\"},\"pre\\\"escaped\",\"AQID/w==\"],\"o\":{}}",
                actual.toString(StandardCharsets.UTF_8));
    }

    @Test
    void longTextsOfWideCharactersGrowTheBufferAsTheyGo() throws IOException {
        // Each of these takes more than one byte (up to a six-byte escape); the buffer is sized
        // for one byte a char and grows as they come.
        for (String unit : List.of("\u0001", "\u2713", "\ud83d\ude00", "a\u00e9\n", "\ud800")) {
            String text = unit.repeat(50_000);
            JsonNode value = Json.NODES.arrayNode().add("x").add(text).add(text.length());
            assertEquals(jacksons(value), new String(Json.toBytes(value), StandardCharsets.UTF_8), unit);
        }
    }

    @Test
    void largeOutputAndCloseLeavesTheStreamOpen() throws IOException {
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            big.append("é\"");
        }
        JsonNode value = Json.NODES.arrayNode().add(big.toString()).add(big.toString());
        assertEquals(jacksons(value), new String(Json.toBytes(value), StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("closed");
            }
        };
        try (JsonWriter writer = Json.writer(out)) {
            writer.writeNumber(1);
        }
        assertEquals("1", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void misuseIsAnErrorNotMalformedJson() throws IOException {
        JsonWriter writer = Json.writer(new ByteArrayOutputStream());
        writer.writeStartObject();
        assertThrows(IllegalStateException.class, () -> writer.writeString("a value without a name"));
        writer.writeFieldName("a");
        assertThrows(IllegalStateException.class, () -> writer.writeFieldName("b"));
        assertThrows(IllegalStateException.class, writer::writeEndObject);
        assertThrows(IllegalStateException.class, writer::writeEndArray);
    }
}
