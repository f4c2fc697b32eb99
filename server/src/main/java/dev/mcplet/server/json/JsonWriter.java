package dev.mcplet.server.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Base64;

/**
 * Writes compact UTF-8 JSON to a stream, byte for byte as Jackson's {@code UTF8JsonGenerator}
 * with its defaults writes it (the same methods, commas and colons placed from the nesting, the
 * same escapes), so that every response the server writes stays what it was.
 *
 * <p>Why not Jackson's generator: creating one initializes Jackson's {@code JsonFactory}, whose
 * verification loads every parser and generator it can make (non-blocking, char, {@code
 * DataInput}, {@code Writer}): some thirty classes, among Jackson's largest, that a Lambda cold
 * start paid for and never used ({@code benchmarks/run.sh analyze}).
 *
 * <p>Escapes: {@code "} and {@code \\}; {@code \b \t \n \f \r}; other control characters as
 * {@code &#92;u00XX} (upper-case hex); every surrogate (so characters past the basic plane, as
 * two) as its {@code &#92;uXXXX} escape; everything else as UTF-8. Non-finite doubles and floats are written as strings ({@code "NaN"}), decimals
 * as {@link BigDecimal#toString()}, bytes as base64 (RFC 4648, with padding, no line breaks).
 *
 * <p>Not thread-safe. {@link #close()} writes what is buffered and leaves the stream open.
 */
public final class JsonWriter implements Closeable {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};

    /** What each open container expects next. */
    private static final byte ROOT = 0;
    private static final byte OBJECT_FIRST = 1;
    private static final byte OBJECT_NEXT = 2;
    private static final byte ARRAY_FIRST = 3;
    private static final byte ARRAY_NEXT = 4;

    private final OutputStream out;
    private byte[] buffer;
    private int length;
    private byte[] contexts = new byte[16];
    private int depth;
    /** A member name was just written: the next thing is its value. */
    private boolean afterName;
    private boolean rootWritten;

    /** A writer of JSON to {@code out}, which it does not close. */
    public JsonWriter(OutputStream out) {
        this.out = out;
        this.buffer = new byte[2048];
    }

    private JsonWriter(int capacity) {
        this.out = null;
        this.buffer = new byte[capacity];
    }

    /**
     * The contents of a JSON string literal for {@code text}, as UTF-8, without the quotes, escaped
     * as {@link #writeString} escapes them (an unpaired surrogate too, so that an id or name a
     * client sent comes back as it was sent).
     */
    static byte[] quotedContents(String text) {
        JsonWriter writer = new JsonWriter(text.length() + 2);
        writer.quote(text);
        return Arrays.copyOfRange(writer.buffer, 1, writer.length - 1);
    }

    // ---- structure ---------------------------------------------------------------------------

    public void writeStartObject() throws IOException {
        beforeValue();
        push(OBJECT_FIRST);
        put('{');
    }

    public void writeEndObject() throws IOException {
        byte context = contexts[depth];
        if ((context != OBJECT_FIRST && context != OBJECT_NEXT) || afterName) {
            throw new IllegalStateException("not in an object, or a member has no value");
        }
        depth--;
        put('}');
    }

    public void writeStartArray() throws IOException {
        beforeValue();
        push(ARRAY_FIRST);
        put('[');
    }

    public void writeEndArray() throws IOException {
        byte context = contexts[depth];
        if (context != ARRAY_FIRST && context != ARRAY_NEXT) {
            throw new IllegalStateException("not in an array");
        }
        depth--;
        put(']');
    }

    public void writeFieldName(String name) throws IOException {
        byte context = contexts[depth];
        if ((context != OBJECT_FIRST && context != OBJECT_NEXT) || afterName) {
            throw new IllegalStateException("a member name outside an object, or after another name: " + name);
        }
        if (context == OBJECT_NEXT) {
            put(',');
        }
        contexts[depth] = OBJECT_NEXT;
        quote(name);
        put(':');
        afterName = true;
    }

    public void writeObjectFieldStart(String name) throws IOException {
        writeFieldName(name);
        writeStartObject();
    }

    public void writeArrayFieldStart(String name) throws IOException {
        writeFieldName(name);
        writeStartArray();
    }

    // ---- values ------------------------------------------------------------------------------

    /** A string value; null writes {@code null}. */
    public void writeString(String text) throws IOException {
        beforeValue();
        if (text == null) {
            put(NULL);
        } else {
            quote(text);
        }
    }

    public void writeNumber(int value) throws IOException {
        beforeValue();
        ascii(Integer.toString(value));
    }

    public void writeNumber(long value) throws IOException {
        beforeValue();
        ascii(Long.toString(value));
    }

    public void writeNumber(double value) throws IOException {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            writeString(Double.toString(value));
            return;
        }
        beforeValue();
        ascii(Double.toString(value));
    }

    public void writeNumber(float value) throws IOException {
        if (Float.isNaN(value) || Float.isInfinite(value)) {
            writeString(Float.toString(value));
            return;
        }
        beforeValue();
        ascii(Float.toString(value));
    }

    /** A decimal as {@link BigDecimal#toString()} writes it; null writes {@code null}. */
    public void writeNumber(BigDecimal value) throws IOException {
        beforeValue();
        if (value == null) {
            put(NULL);
        } else {
            ascii(value.toString());
        }
    }

    /** An integer of any size; null writes {@code null}. */
    public void writeNumber(BigInteger value) throws IOException {
        beforeValue();
        if (value == null) {
            put(NULL);
        } else {
            ascii(value.toString());
        }
    }

    public void writeBoolean(boolean value) throws IOException {
        beforeValue();
        put(value ? TRUE : FALSE);
    }

    public void writeNull() throws IOException {
        beforeValue();
        put(NULL);
    }

    /** Bytes as a base64 string (RFC 4648 section 4, with padding, no line breaks). */
    public void writeBinary(byte[] data) throws IOException {
        beforeValue();
        put('"');
        put(Base64.getEncoder().encode(data));
        put('"');
    }

    /** Already serialized JSON (a compile-time schema constant) as a value, written as it is. */
    public void writeRawValue(String json) throws IOException {
        beforeValue();
        utf8(json);
    }

    /** Already escaped UTF-8 string contents as a string value: only the quotes are added. */
    public void writeRawUTF8String(byte[] text, int offset, int count) throws IOException {
        beforeValue();
        put('"');
        put(text, offset, count);
        put('"');
    }

    /**
     * Writes UTF-8 text (a response body) as a JSON string value, escaped as Jackson escapes it:
     * {@code "} and {@code \\}, the five short escapes, {@code \\u00XX} (upper-case hex) for other control
     * characters, anything else (multi-byte sequences included) copied as is. Jackson's own
     * {@code writeUTF8String} takes its slow, byte-at-a-time path at the first quote, and the
     * quotes of a JSON-RPC body come every few bytes: that was a fifth of a warm small
     * {@code tools/call} on Lambda ({@code benchmarks/run.sh curves}, profiled).
     *
     * @param utf8 well-formed UTF-8
     */
    public void writeUtf8String(byte[] utf8) throws IOException {
        beforeValue();
        int escaped = utf8.length;
        for (byte b : utf8) {
            if (b == '"' || b == '\\') {
                escaped++;
            } else if (b >= 0 && b < 0x20) {
                escaped += shortEscape(b) != 0 ? 1 : 5;
            }
        }
        ensure(escaped + 2);
        byte[] out = buffer;
        int j = length;
        out[j++] = '"';
        if (escaped == utf8.length) {
            System.arraycopy(utf8, 0, out, j, utf8.length);
            j += utf8.length;
        } else {
            // Escaped straight into the buffer (no copy of the body in between).
            for (byte b : utf8) {
                if (b == '"' || b == '\\') {
                    out[j++] = '\\';
                    out[j++] = b;
                } else if (b >= 0 && b < 0x20) {
                    out[j++] = '\\';
                    byte letter = shortEscape(b);
                    if (letter != 0) {
                        out[j++] = letter;
                    } else {
                        j = unicodeEscape(out, j, (char) b);
                    }
                } else {
                    out[j++] = b;
                }
            }
        }
        out[j++] = '"';
        length = j;
    }

    /** The letter of a control character's short escape ({@code \\n} ...), or 0 when it has none. */
    private static byte shortEscape(byte b) {
        switch (b) {
            case '\b':
                return 'b';
            case '\t':
                return 't';
            case '\n':
                return 'n';
            case '\f':
                return 'f';
            case '\r':
                return 'r';
            default:
                return 0;
        }
    }

    // ---- members -----------------------------------------------------------------------------

    public void writeStringField(String name, String value) throws IOException {
        writeFieldName(name);
        writeString(value);
    }

    public void writeNumberField(String name, int value) throws IOException {
        writeFieldName(name);
        writeNumber(value);
    }

    public void writeNumberField(String name, long value) throws IOException {
        writeFieldName(name);
        writeNumber(value);
    }

    public void writeNumberField(String name, double value) throws IOException {
        writeFieldName(name);
        writeNumber(value);
    }

    public void writeNumberField(String name, BigDecimal value) throws IOException {
        writeFieldName(name);
        writeNumber(value);
    }

    public void writeBooleanField(String name, boolean value) throws IOException {
        writeFieldName(name);
        writeBoolean(value);
    }

    public void writeNullField(String name) throws IOException {
        writeFieldName(name);
        writeNull();
    }

    // ---- the stream --------------------------------------------------------------------------

    /** Writes what is buffered to the stream and flushes it. */
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    /** Writes what is buffered to the stream, which stays open. */
    @Override
    public void close() throws IOException {
        drain();
    }

    private void drain() throws IOException {
        if (length > 0) {
            out.write(buffer, 0, length);
            length = 0;
        }
    }

    // ---- internals ---------------------------------------------------------------------------

    /** The comma before a value in an array, or the check that a member has its name. */
    private void beforeValue() {
        byte context = contexts[depth];
        switch (context) {
            case OBJECT_FIRST:
            case OBJECT_NEXT:
                if (!afterName) {
                    throw new IllegalStateException("a value in an object needs a member name first");
                }
                afterName = false;
                return;
            case ARRAY_FIRST:
                contexts[depth] = ARRAY_NEXT;
                return;
            case ARRAY_NEXT:
                put(',');
                return;
            default:
                if (rootWritten) {
                    put(' '); // Jackson's separator between root values
                }
                rootWritten = true;
        }
    }

    private void push(byte context) {
        if (++depth == contexts.length) {
            contexts = Arrays.copyOf(contexts, depth * 2);
        }
        contexts[depth] = context;
    }

    private void put(int b) {
        if (length == buffer.length) {
            buffer = Arrays.copyOf(buffer, length * 2);
        }
        buffer[length++] = (byte) b;
    }

    private void put(byte[] bytes) {
        put(bytes, 0, bytes.length);
    }

    private void put(byte[] bytes, int offset, int count) {
        ensure(count);
        System.arraycopy(bytes, offset, buffer, length, count);
        length += count;
    }

    private void ensure(int more) {
        if (buffer.length - length < more) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }

    /** Text known to be ASCII (numbers). */
    private void ascii(String text) {
        int n = text.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            buffer[length++] = (byte) text.charAt(i);
        }
    }

    /** Text as UTF-8, unescaped (raw JSON); unpaired surrogates as {@code ?}, as String encoding does. */
    private void utf8(String text) {
        put(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A string literal: quotes and escapes. */
    private void quote(String text) {
        int n = text.length();
        // One byte a char and the quotes: exact for ASCII text. A wider char makes room as it
        // comes (not six bytes a char up front, which for a 4 MB text would be 24 MB).
        ensure(n + 2);
        byte[] b = buffer;
        int at = length;
        b[at++] = '"';
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80 && c >= 0x20 && c != '"' && c != '\\') {
                b[at++] = (byte) c;
                continue;
            }
            // At most six bytes for this one (an escape), one for each after it, and the quote.
            if (b.length - at < 6 + (n - i)) {
                length = at;
                ensure(6 + (n - i));
                b = buffer;
            }
            if (c < 0x80) {
                b[at++] = '\\';
                byte letter = c == '"' || c == '\\' ? (byte) c : shortEscape((byte) c);
                if (letter != 0) {
                    b[at++] = letter;
                } else {
                    at = unicodeEscape(b, at, c);
                }
            } else if (c < 0x800) {
                b[at++] = (byte) (0xc0 | (c >> 6));
                b[at++] = (byte) (0x80 | (c & 0x3f));
            } else if (!Character.isSurrogate(c)) {
                b[at++] = (byte) (0xe0 | (c >> 12));
                b[at++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                b[at++] = (byte) (0x80 | (c & 0x3f));
            } else {
                // A surrogate, paired or not, as its escape: what Jackson's generator writes by default
                // (an emoji becomes two escapes), and the only way an unpaired one can be written.
                b[at++] = '\\';
                at = unicodeEscape(b, at, c);
            }
        }
        b[at++] = '"';
        length = at;
    }

    /** {@code uXXXX} (the backslash is written already). */
    private static int unicodeEscape(byte[] b, int at, char c) {
        b[at++] = 'u';
        b[at++] = HEX[c >> 12];
        b[at++] = HEX[(c >> 8) & 15];
        b[at++] = HEX[(c >> 4) & 15];
        b[at++] = HEX[c & 15];
        return at;
    }
}
