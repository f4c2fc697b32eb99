package dev.mcplet.server.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link JsonReader} accepts and refuses what Jackson's parser (defaults, duplicate detection)
 * accepts and refuses, and builds the same trees: Jackson, read as mcplet read it before it had
 * a reader of its own, is the reference.
 */
class JsonReaderTest {

    private static final JsonFactory JACKSON = new JsonFactoryBuilder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(Integer.MAX_VALUE)
                    .maxNumberLength(Integer.MAX_VALUE).maxStringLength(Integer.MAX_VALUE).build())
            .build();

    /** The reference: Jackson's tokens into the same nodes. */
    private static JsonNode jacksons(byte[] bytes) throws IOException {
        try (JsonParser parser = JACKSON.createParser(bytes)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new IOException("empty");
            }
            JsonNode value = value(parser, first);
            if (parser.nextToken() != null) {
                throw new IOException("trailing content");
            }
            return value;
        }
    }

    private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = Json.NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    object.set(name, value(parser, parser.nextToken()));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = Json.NODES.arrayNode();
                JsonToken next;
                while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
                    array.add(value(parser, next));
                }
                return array;
            }
            case VALUE_STRING:
                return Json.NODES.textNode(parser.getText());
            case VALUE_NUMBER_FLOAT:
                return Json.NODES.numberNode(parser.getDecimalValue());
            case VALUE_NUMBER_INT:
                switch (parser.getNumberType()) {
                    case INT:
                        return Json.NODES.numberNode(parser.getIntValue());
                    case LONG:
                        return Json.NODES.numberNode(parser.getLongValue());
                    default:
                        return Json.NODES.numberNode(parser.getBigIntegerValue());
                }
            case VALUE_TRUE:
                return Json.NODES.booleanNode(true);
            case VALUE_FALSE:
                return Json.NODES.booleanNode(false);
            default:
                return Json.NODES.nullNode();
        }
    }

    private static final JsonLimits UNLIMITED = new JsonLimits(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE);

    /** Both accept with the same tree (and the same node types), or both refuse. */
    private static boolean assertSameReading(byte[] bytes) {
        JsonNode expected;
        try {
            expected = jacksons(bytes);
        } catch (IOException | NumberFormatException e) {
            expected = null;
        }
        JsonNode actual;
        try {
            actual = JsonReader.read(bytes, 0, bytes.length, UNLIMITED);
        } catch (JsonReadException e) {
            if (expected != null && !trailingNulAfterRootNumber(bytes)) {
                fail("refused what Jackson reads (" + e.getMessage() + "): " + show(bytes));
            }
            return false;
        }
        if (expected == null) {
            fail("read what Jackson refuses: " + show(bytes));
        }
        assertEquals(expected, actual, show(bytes));
        assertEquals(types(expected), types(actual), show(bytes));
        return true;
    }

    /**
     * Jackson reads some documents with NUL bytes around a root-level number as the number (a
     * quirk of its root-value check: {@code "5\0"}, {@code "\06"}); the reader refuses control
     * characters outside strings everywhere, as RFC 8259 does.
     */
    private static boolean trailingNulAfterRootNumber(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** The node classes of a tree in order (equals() says 1 and 1L differ only through them). */
    private static String types(JsonNode node) {
        StringBuilder out = new StringBuilder(node.getClass().getSimpleName());
        for (JsonNode child : node) {
            out.append('(').append(types(child)).append(')');
        }
        return out.toString();
    }

    private static String show(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(b >= 0x20 && b < 0x7f ? String.valueOf((char) b) : String.format("\\x%02x", b & 0xff));
        }
        return out.length() > 600 ? out.substring(0, 600) + "..." : out.toString();
    }

    private static final String ALPHABET = "aZ09 \"\\/\b\f\n\r\t\u0001\u001f\u007f\u00e9\u2713\ud83d\ude00\ud800{}[]:,";
    private static final String NAME_ALPHABET = "aZ09 \"\\/\b\n\u0001\u007f\u00e9\u2713{}[]:,";

    private static JsonNode tree(Random random, int depth) {
        switch (random.nextInt(depth > 3 ? 7 : 9)) {
            case 0: {
                StringBuilder text = new StringBuilder();
                for (int i = random.nextInt(10); i > 0; i--) {
                    text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
                return Json.NODES.textNode(text.toString());
            }
            case 1:
                return Json.NODES.numberNode(random.nextInt(2000) - 1000);
            case 2:
                return Json.NODES.numberNode(random.nextLong());
            case 3:
                return Json.NODES.numberNode(new BigInteger(70 + random.nextInt(40), random));
            case 4:
                return Json.NODES.numberNode(new BigDecimal(BigInteger.valueOf(random.nextLong()), random.nextInt(30) - 15));
            case 5:
                return Json.NODES.booleanNode(random.nextBoolean());
            case 6:
                return Json.NODES.nullNode();
            case 7: {
                ArrayNode array = Json.NODES.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(tree(random, depth + 1));
                }
                return array;
            }
            default: {
                ObjectNode object = Json.NODES.objectNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    // (member names hold no unpaired surrogate: Jackson refuses one there, and so does the reader)
                    object.set("k" + random.nextInt(6) + NAME_ALPHABET.charAt(random.nextInt(NAME_ALPHABET.length())),
                            tree(random, depth + 1));
                }
                return object;
            }
        }
    }

    /** A document as some client might write it: whitespace between tokens, escapes, odd numbers. */
    private static byte[] written(Random random, JsonNode value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = new JsonFactory().createGenerator(out)) {
            if (random.nextBoolean()) {
                generator.useDefaultPrettyPrinter();
            }
            if (random.nextInt(4) == 0) {
                generator.enable(JsonGenerator.Feature.ESCAPE_NON_ASCII);
            }
            JacksonTrees.write(generator, value);
        }
        return out.toByteArray();
    }

    @Test
    void randomDocumentsReadAsJacksonReadsThem() throws IOException {
        Random random = new Random(28);
        for (int round = 0; round < 3_000; round++) {
            assertTrue(assertSameReading(written(random, tree(random, 0))));
        }
    }

    @Test
    void mutatedDocumentsAreAcceptedAndRefusedAsJacksonDoes() throws IOException {
        Random random = new Random(7);
        byte[] alphabet = "{}[]\":,\\ \t\n0123456789-+.eEtrufalsn\u0000\u001f\u007f".getBytes(StandardCharsets.ISO_8859_1);
        byte[] utf8 = {(byte) 0xc0, (byte) 0xc3, (byte) 0xa9, (byte) 0xe2, (byte) 0x9c, (byte) 0x93, (byte) 0xf0,
            (byte) 0x9f, (byte) 0x98, (byte) 0x80, (byte) 0xff, (byte) 0x80, (byte) 0xed, (byte) 0xa0};
        int accepted = 0;
        int refused = 0;
        for (int round = 0; round < 20_000; round++) {
            byte[] document = written(random, tree(random, 0));
            for (int edits = 1 + random.nextInt(3); edits > 0 && document.length > 0; edits--) {
                int at = random.nextInt(document.length);
                switch (random.nextInt(4)) {
                    case 0:
                        document[at] = alphabet[random.nextInt(alphabet.length)];
                        break;
                    case 1:
                        document[at] = utf8[random.nextInt(utf8.length)];
                        break;
                    case 2:
                        document = java.util.Arrays.copyOf(document, at); // truncated
                        break;
                    default:
                        byte[] longer = new byte[document.length + 1];
                        System.arraycopy(document, 0, longer, 0, at);
                        longer[at] = alphabet[random.nextInt(alphabet.length)];
                        System.arraycopy(document, at, longer, at + 1, document.length - at);
                        document = longer;
                }
            }
            if (assertSameReading(document)) {
                accepted++;
            } else {
                refused++;
            }
        }
        assertTrue(accepted > 1_000 && refused > 1_000, accepted + " accepted, " + refused + " refused");
    }

    @ParameterizedTest
    @ValueSource(strings = {"01", "-", "-01", "1.", ".5", "+1", "1e", "1e+", "0x1", "1.5.2", "NaN", "Infinity",
        "tru", "truex", "nul", "[1,]", "[,1]", "{\"a\":1,}", "{\"a\" 1}", "{a:1}", "{\"a\":1 \"b\":2}", "[1 2]",
        "\"\\x\"", "\"\\u12\"", "\"\\u12G4\"", "\"tab\there\"", "\"unterminated", "{\"a\":1,\"a\":2}", "[] []", "",
        "   ", "\"\u00e9\"", "1 ", " {\"a\" : [ true , false , null ] } ", "-0", "-0.0e-0", "1E400", "123456789012345678901234567890"})
    void edgeCasesReadAsJacksonReadsThem(String document) {
        assertSameReading(document.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void limitsAreCheckedWithMessagesThatNameThem() {
        JsonLimits small = new JsonLimits(2, 5, 4);
        assertMessage("[[[1]]]", small, "nested more than 2 deep");
        assertMessage("[\"abcdef\"]", small, "a string is 6 characters long, more than the 5 allowed (maxStringLength)");
        assertMessage("{\"abcdef\":1}", small, "a member name is 6 characters long");
        assertMessage("[12345]", small, "a number is 5 characters long, more than the 4 allowed (maxNumberLength)");
        assertMessage("{\"a\":1,\"a\":2}", small, "Duplicate field 'a'");
        assertMessage("", small, "empty document");
        assertMessage("[1] x", small, "unexpected content after the JSON value");
        assertMessage("[1e2147483648]", JsonLimits.DEFAULT, "is out of range (its exponent must fit in 32 bits)");
        assertMessage("{\"a\":tru}", JsonLimits.DEFAULT, "unexpected '}' at byte 8: expected 'true'");
    }

    private static void assertMessage(String document, JsonLimits limits, String expected) {
        byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
        JsonReadException e = assertThrows(JsonReadException.class, () -> JsonReader.read(bytes, 0, bytes.length, limits));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void aByteOrderMarkIsSkipped() throws JsonReadException {
        byte[] bytes = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, '[', '1', ']'};
        assertEquals(Json.NODES.arrayNode().add(1), JsonReader.read(bytes, 0, bytes.length, JsonLimits.DEFAULT));
    }
}
