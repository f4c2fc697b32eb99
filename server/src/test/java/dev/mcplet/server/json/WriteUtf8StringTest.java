package dev.mcplet.server.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link JsonWriter#writeUtf8String} writes exactly what Jackson's own {@code writeUTF8String} writes. */
class WriteUtf8StringTest {

    private static byte[] ours(byte[] utf8) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonWriter generator = Json.writer(out)) {
            generator.writeStartObject();
            generator.writeFieldName("body");
            generator.writeUtf8String(utf8);
            generator.writeEndObject();
        }
        return out.toByteArray();
    }

    private static byte[] jacksons(byte[] utf8) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = new com.fasterxml.jackson.core.JsonFactory().createGenerator(out)) {
            generator.writeStartObject();
            generator.writeFieldName("body");
            generator.writeUTF8String(utf8, 0, utf8.length);
            generator.writeEndObject();
        }
        return out.toByteArray();
    }

    @Test
    void everyControlCharacterQuoteAndBackslash() throws IOException {
        StringBuilder text = new StringBuilder("{\"jsonrpc\":\"2.0\",\"x\":\"a\\\\b\"}");
        for (char c = 0; c < 0x20; c++) {
            text.append(c).append('.');
        }
        text.append("\u007f é ✓ 😀 /");
        byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(jacksons(utf8), ours(utf8));
    }

    @Test
    void textWithNothingToEscapeAndEmptyText() throws IOException {
        byte[] plain = "plain text, no quotes".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(jacksons(plain), ours(plain));
        assertArrayEquals(jacksons(new byte[0]), ours(new byte[0]));
    }

    @Test
    void randomTextAndTextLongerThanTheGeneratorsBuffer() throws IOException {
        Random random = new Random(42);
        String alphabet = "ab\"\\\n\t\u0001\u001féΩ✓😀{}:,";
        for (int round = 0; round < 200; round++) {
            int length = round == 0 ? 200_000 : random.nextInt(300);
            StringBuilder text = new StringBuilder();
            while (text.length() < length) {
                int at = random.nextInt(alphabet.length());
                char c = alphabet.charAt(at);
                text.append(Character.isHighSurrogate(c) ? alphabet.substring(at, at + 2) : Character.isLowSurrogate(c) ? "x" : String.valueOf(c));
            }
            byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
            byte[] expected = jacksons(utf8);
            byte[] actual = ours(utf8);
            assertEquals(-1, java.util.Arrays.mismatch(expected, actual), "first difference, round " + round);
        }
    }
}
