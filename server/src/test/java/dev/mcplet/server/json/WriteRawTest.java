package dev.mcplet.server.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Json#writeRaw} into a {@link ByteArrayBuilder} (how {@code tools/list} pages are built)
 * copies the text's bytes itself; the result is what Jackson's own raw write gives.
 */
class WriteRawTest {

    private interface Raw {
        void write(JsonGenerator generator, String json) throws IOException;
    }

    private static byte[] page(List<String> schemas, Raw raw) throws IOException {
        ByteArrayBuilder bytes = new ByteArrayBuilder(16);
        try (JsonGenerator out = Json.generator(bytes)) {
            out.writeStartObject();
            out.writeArrayFieldStart("tools");
            for (String schema : schemas) {
                out.writeStartObject();
                out.writeStringField("name", "t");
                out.writeFieldName("inputSchema");
                raw.write(out, schema);
                out.writeFieldName("outputSchema");
                raw.write(out, schema);
                out.writeEndObject();
                raw.write(out, schema); // an array element too
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        return bytes.toByteArray();
    }

    @Test
    void sameBytesAsJacksonsRawWrite() throws IOException {
        StringBuilder big = new StringBuilder("{\"type\":\"object\",\"properties\":{");
        for (int i = 0; i < 2000; i++) {
            big.append(i == 0 ? "" : ",").append("\"p").append(i).append("\":{\"type\":\"string\"}");
        }
        big.append("}}");
        List<String> schemas = List.of("{\"type\":\"object\"}",
                "{\"type\":\"object\",\"description\":\"caf\u00e9 \u20ac \ud83d\ude00\"}", big.toString(),
                "{\"type\":\"object\",\"properties\":{}}");
        byte[] ours = page(schemas, Json::writeRaw);
        byte[] jacksons = page(schemas, (generator, json) -> generator.writeRawValue(new SerializedString(json)));
        assertArrayEquals(jacksons, ours);
        assertEquals(true, new String(ours, StandardCharsets.UTF_8).contains("caf\u00e9 \u20ac \ud83d\ude00"));
    }

    @Test
    void anyOtherTargetGoesThroughJackson() throws IOException {
        ByteArrayBuilder sink = new ByteArrayBuilder();
        OutputStream stream = new OutputStream() {
            @Override
            public void write(int b) {
                sink.write(b);
            }
        };
        try (JsonGenerator out = Json.generator(stream)) {
            out.writeStartArray();
            Json.writeRaw(out, "{\"type\":\"object\"}");
            Json.writeRaw(out, "{}");
            out.writeEndArray();
        }
        assertEquals("[{\"type\":\"object\"},{}]", new String(sink.toByteArray(), StandardCharsets.UTF_8));
    }
}
