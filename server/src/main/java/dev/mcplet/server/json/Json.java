package dev.mcplet.server.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/**
 * The one place that reads and writes JSON, over Jackson's tree model ({@link JsonNode}) and
 * with no {@code ObjectMapper}: what clients send is read by {@link JsonReader}, everything is
 * written by {@link JsonWriter}, and Jackson's streaming parser reads only trusted JSON
 * ({@link #trustedParser}). Creating an ObjectMapper and loading data-binding cost over half of
 * a small Lambda function's cold start, and Jackson's parser and generator most of what was
 * left of Jackson's share (see benchmarks/).
 *
 * <p>Note: {@link JsonNode#toString()} builds an ObjectMapper internally; use
 * {@link #toJson(JsonNode)} instead.
 */
public final class Json {

    /**
     * The node factory. It keeps decimal numbers exactly as written ({@code 1.50} stays
     * {@code 1.50}): since Jackson 2.15 only the ObjectMapper's deserializer normalizes them.
     */
    public static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {
    }

    /**
     * A writer of compact UTF-8 JSON to {@code out}, for code that streams JSON itself; closing
     * it writes what it buffered and leaves {@code out} open.
     */
    public static JsonWriter writer(OutputStream out) {
        return new JsonWriter(out);
    }

    /**
     * Parses one JSON value within the {@link JsonLimits#DEFAULT default limits}; see
     * {@link #parse(byte[], JsonLimits)}.
     */
    public static JsonNode parse(byte[] bytes) throws JsonReadException {
        return parse(bytes, JsonLimits.DEFAULT);
    }

    /**
     * Parses one JSON value. Integers become int, long or big-integer nodes as their size
     * requires; other numbers become exact decimal nodes, so no precision is lost before a
     * decoder decides what type it wants.
     *
     * @throws JsonReadException when the bytes are not exactly one well-formed JSON value, or a
     *     part of it is past a limit (the message names the limit)
     */
    public static JsonNode parse(byte[] bytes, JsonLimits limits) throws JsonReadException {
        return JsonReader.read(bytes, 0, bytes.length, limits);
    }

    /**
     * A streaming parser for JSON produced by a trusted service (a Lambda event envelope),
     * without the duplicate-member check of {@link #parse(byte[])}, for readers that pick out a
     * few members and skip the rest.
     */
    public static JsonParser trustedParser(byte[] bytes) throws IOException {
        return JsonStreams.parser(bytes, 0, bytes.length);
    }

    /** A streaming parser over part of an array; see {@link #trustedParser(byte[])}. */
    public static JsonParser trustedParser(byte[] bytes, int offset, int length) throws IOException {
        return JsonStreams.parser(bytes, offset, length);
    }

    /** Parses JSON text within the default limits; see {@link #parse(byte[], JsonLimits)}. */
    public static JsonNode parse(String text) throws JsonReadException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return JsonReader.read(bytes, 0, bytes.length, JsonLimits.DEFAULT);
    }

    /**
     * Whether a schema written by a {@code ToolSet} is one JSON object with {@code "type":
     * "object"} at its top level. It only tokenizes the text (no tree is built): servers with
     * hundreds of tools check every schema at start-up, and building their trees was most of that
     * time ({@code benchmarks/run.sh curves}).
     *
     * @throws JsonReadException when the text is not exactly one well-formed JSON value
     */
    public static boolean isObjectSchema(String text) throws JsonReadException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try (JsonParser parser = JsonStreams.parser(bytes, 0, bytes.length)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new JsonReadException("no JSON value");
            }
            if (first != JsonToken.START_OBJECT) {
                parser.skipChildren();
                if (parser.nextToken() != null) {
                    throw new JsonReadException("unexpected content after the JSON value");
                }
                return false;
            }
            boolean object = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                boolean type = "type".equals(parser.currentName());
                JsonToken value = parser.nextToken();
                if (type) {
                    object = value == JsonToken.VALUE_STRING && "object".equals(parser.getText());
                }
                parser.skipChildren();
            }
            if (parser.nextToken() != null) {
                throw new JsonReadException("unexpected content after the JSON value");
            }
            return object;
        } catch (IOException e) {
            throw new JsonReadException(firstLine(e));
        }
    }

    /** Writes a tree as compact UTF-8 JSON. */
    public static byte[] toBytes(JsonNode value) {
        ByteArrayBuilder out = new ByteArrayBuilder(256);
        try (JsonWriter generator = new JsonWriter(out)) {
            write(generator, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes a tree as compact JSON text. Use this, never {@link JsonNode#toString()}. */
    public static String toJson(JsonNode value) {
        // Through UTF-8 like everything else (an unpaired surrogate comes out as its \\u escape).
        return new String(toBytes(value), StandardCharsets.UTF_8);
    }

    /** Writes a tree to a generator, depth first, without data-binding. */
    public static void write(JsonWriter generator, JsonNode value) throws IOException {
        switch (value.getNodeType()) {
            case OBJECT: {
                generator.writeStartObject();
                Iterator<Map.Entry<String, JsonNode>> fields = value.properties().iterator();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    generator.writeFieldName(field.getKey());
                    write(generator, field.getValue());
                }
                generator.writeEndObject();
                return;
            }
            case ARRAY: {
                generator.writeStartArray();
                for (int i = 0, n = value.size(); i < n; i++) {
                    write(generator, value.get(i));
                }
                generator.writeEndArray();
                return;
            }
            case STRING:
                generator.writeString(value.textValue());
                return;
            case NUMBER:
                writeNumber(generator, value);
                return;
            case BOOLEAN:
                generator.writeBoolean(value.booleanValue());
                return;
            case NULL:
            case MISSING:
                generator.writeNull();
                return;
            case BINARY:
                generator.writeBinary(value.binaryValue());
                return;
            default:
                // POJO nodes would need data-binding; they are never created here.
                throw new IllegalArgumentException("cannot write a " + value.getNodeType() + " node without data-binding");
        }
    }

    private static void writeNumber(JsonWriter generator, JsonNode value) throws IOException {
        switch (value.numberType()) {
            case INT:
                generator.writeNumber(value.intValue());
                return;
            case LONG:
                generator.writeNumber(value.longValue());
                return;
            case BIG_INTEGER:
                generator.writeNumber(value.bigIntegerValue());
                return;
            case FLOAT:
                generator.writeNumber(value.floatValue());
                return;
            case DOUBLE:
                generator.writeNumber(value.doubleValue());
                return;
            default:
                generator.writeNumber(value.decimalValue());
        }
    }

    /**
     * The character a one-letter JSON escape stands for ({@code n} in {@code \\n}: a line feed),
     * or -1 when the letter is not one of JSON's eight ({@code u} is not: it takes hex digits).
     */
    public static int simpleEscape(int letter) {
        switch (letter) {
            case '"':
                return '"';
            case '\\':
                return '\\';
            case '/':
                return '/';
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            default:
                return -1;
        }
    }

    /**
     * The value of the four hex digits at {@code bytes[at..at+4)} (a {@code \\u} escape's), or
     * the negative offset minus one of the first byte that is not a hex digit. The caller checks
     * that the four bytes are there.
     */
    public static int hex4(byte[] bytes, int at) {
        int value = 0;
        for (int i = at; i < at + 4; i++) {
            int digit = Character.digit(bytes[i], 16);
            if (digit < 0) {
                return -1 - i;
            }
            value = (value << 4) | digit;
        }
        return value;
    }

    /**
     * What a parser's exception says was wrong, on one line and without the source excerpt or
     * any class name, fit for an error message.
     */
    public static String firstLine(IOException e) {
        // Jackson's messages carry a source excerpt and location; keep the first line only, which
        // says what was wrong, and never any class name.
        String message = e.getMessage();
        if (message == null) {
            return "malformed JSON";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /**
     * Text taken from a request (a method or tool name), cut to at most {@code max} characters
     * with {@code ...} when longer, before it is echoed in a message; never between the two
     * halves of a surrogate pair.
     */
    public static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max;
        if (Character.isHighSurrogate(text.charAt(end - 1)) && Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return text.substring(0, end) + "...";
    }

    /**
     * The contents of a JSON string literal for {@code text}, as UTF-8, without the quotes, as
     * {@link JsonWriter} writes it: an unpaired surrogate (legal in a Java string and in JSON's
     * {@code &#92;u} escapes, but not encodable as UTF-8) is written as its escape, so that an id
     * or name a client sent comes back as it was sent.
     */
    public static byte[] quoteUtf8(String text) {
        return JsonWriter.quotedContents(text);
    }
}
