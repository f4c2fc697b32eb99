package dev.mcplet.server.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * Reads one JSON document (RFC 8259) from UTF-8 bytes into Jackson's tree model, within
 * {@link JsonLimits}, refusing a repeated member name: what clients send.
 *
 * <p>It accepts and refuses what Jackson's streaming parser with its defaults and duplicate
 * detection accepts and refuses, and builds the same tree (tested against it, on random and
 * mutated documents): strings decoded as Jackson decodes UTF-8 and escapes, integers as int, long
 * or big-integer nodes as their size requires, other numbers as exact decimal nodes. It exists
 * because Jackson's parser is most of what a Lambda cold start loads to read a request (some
 * thirty classes of Jackson's, verified on first use); see {@code benchmarks/run.sh analyze}.
 */
final class JsonReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** What a member name is called in messages; also how {@link #decodedString} knows it reads one. */
    private static final String MEMBER_NAME = "a member name";

    private final byte[] in;
    private final int end;
    private final JsonLimits limits;
    private int pos;
    /** Decoded text of a string with escapes or non-ASCII bytes (reused within a document). */
    private char[] chars = new char[64];

    private JsonReader(byte[] in, int offset, int length, JsonLimits limits) {
        this.in = in;
        this.end = offset + length;
        this.limits = limits;
        int start = offset;
        if (length >= 3 && (in[start] & 0xff) == 0xef && (in[start + 1] & 0xff) == 0xbb
                && (in[start + 2] & 0xff) == 0xbf) {
            start += 3; // a UTF-8 byte order mark
        }
        this.pos = start;
    }

    /** The one JSON value of {@code in[offset..offset+length)}. */
    static JsonNode read(byte[] in, int offset, int length, JsonLimits limits) throws JsonReadException {
        JsonReader reader = new JsonReader(in, offset, length, limits);
        if (reader.skipWhitespace() < 0) {
            throw new JsonReadException("empty document");
        }
        JsonNode value = reader.value(1);
        if (reader.skipWhitespace() >= 0) {
            throw new JsonReadException("unexpected content after the JSON value, at byte " + reader.pos);
        }
        return value;
    }

    /** The next byte after whitespace (not consumed), or -1 at the end. */
    private int skipWhitespace() throws JsonReadException {
        while (pos < end) {
            int b = in[pos] & 0xff;
            if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
                pos++;
            } else if (b < 0x20) {
                throw malformed("a token (between tokens only space, tab and line breaks may be)");
            } else {
                return b;
            }
        }
        return -1;
    }

    private JsonNode value(int depth) throws JsonReadException {
        int b = skipWhitespace();
        switch (b) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"':
                return NODES.textNode(string("a string"));
            case 't':
                literal("true");
                return NODES.booleanNode(true);
            case 'f':
                literal("false");
                return NODES.booleanNode(false);
            case 'n':
                literal("null");
                return NODES.nullNode();
            case -1:
                throw new JsonReadException("unexpected end of input: expected a value");
            default:
                if (b == '-' || (b >= '0' && b <= '9')) {
                    return number();
                }
                throw malformed("a value");
        }
    }

    private ObjectNode object(int depth) throws JsonReadException {
        checkDepth(depth);
        pos++; // {
        ObjectNode object = NODES.objectNode();
        int b = skipWhitespace();
        if (b == '}') {
            pos++;
            return object;
        }
        while (true) {
            if (b != '"') {
                throw b < 0 ? new JsonReadException("unexpected end of input: unterminated object")
                        : malformed("a member name");
            }
            String name = string(MEMBER_NAME);
            if (skipWhitespace() != ':') {
                throw malformedOrEnd("':' after a member name");
            }
            pos++;
            if (object.replace(name, value(depth + 1)) != null) {
                throw new JsonReadException("Duplicate field '" + Json.clip(name, 100) + "'");
            }
            b = skipWhitespace();
            if (b == ',') {
                pos++;
                b = skipWhitespace();
            } else if (b == '}') {
                pos++;
                return object;
            } else {
                throw malformedOrEnd("',' or '}' in an object");
            }
        }
    }

    private ArrayNode array(int depth) throws JsonReadException {
        checkDepth(depth);
        pos++; // [
        ArrayNode array = NODES.arrayNode();
        if (skipWhitespace() == ']') {
            pos++;
            return array;
        }
        while (true) {
            array.add(value(depth + 1));
            int b = skipWhitespace();
            if (b == ',') {
                pos++;
            } else if (b == ']') {
                pos++;
                return array;
            } else {
                throw malformedOrEnd("',' or ']' in an array");
            }
        }
    }

    /** {@code true}, {@code false} or {@code null}, then a delimiter. */
    private void literal(String word) throws JsonReadException {
        int n = word.length();
        for (int i = 0; i < n; i++) {
            if (pos + i >= end || in[pos + i] != word.charAt(i)) {
                pos += i;
                throw malformedOrEnd("'" + word + "'");
            }
        }
        pos += n;
        expectDelimiter();
    }

    /** After a number or literal: whitespace, ',', ']', '}' or the end. */
    private void expectDelimiter() throws JsonReadException {
        if (pos < end) {
            int b = in[pos];
            if (b != ',' && b != ']' && b != '}' && b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                throw malformed("a delimiter after a value");
            }
        }
    }

    /**
     * A number as written: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}; its length is
     * checked before it is converted (converting is superlinear in the digits).
     */
    private JsonNode number() throws JsonReadException {
        int start = pos;
        if (in[pos] == '-') {
            pos++;
        }
        int intStart = pos;
        if (pos < end && in[pos] == '0') {
            pos++;
            if (pos < end && in[pos] >= '0' && in[pos] <= '9') {
                throw malformed("no leading zero (a number may not start with 0 and another digit)");
            }
        } else if (digits() == 0) {
            throw malformedOrEnd("a digit");
        }
        int intDigits = pos - intStart;
        boolean integer = true;
        if (pos < end && in[pos] == '.') {
            pos++;
            integer = false;
            if (digits() == 0) {
                throw malformedOrEnd("a digit after the decimal point");
            }
        }
        if (pos < end && (in[pos] == 'e' || in[pos] == 'E')) {
            pos++;
            integer = false;
            if (pos < end && (in[pos] == '+' || in[pos] == '-')) {
                pos++;
            }
            if (digits() == 0) {
                throw malformedOrEnd("a digit in the exponent");
            }
        }
        expectDelimiter();
        int length = pos - start;
        if (length > limits.maxNumberLength()) {
            throw new JsonReadException("a number is " + length + " characters long, more than the "
                    + limits.maxNumberLength() + " allowed (maxNumberLength)");
        }
        String text = new String(in, start, length, StandardCharsets.ISO_8859_1);
        if (integer) {
            if (intDigits <= 18) {
                long value = Long.parseLong(text);
                return value == (int) value ? NODES.numberNode((int) value) : NODES.numberNode(value);
            }
            BigInteger value = new BigInteger(text);
            return value.bitLength() < 64 ? NODES.numberNode(value.longValue()) : NODES.numberNode(value);
        }
        try {
            BigDecimal decimal = new BigDecimal(text);
            if (decimal.scale() == Integer.MIN_VALUE) {
                // JDK 21+ parses 1e2147483648 into the one scale JDK 17 refuses (and whose
                // negation overflows): refuse it on every JDK alike.
                throw new NumberFormatException("Exponent overflow.");
            }
            return NODES.numberNode(decimal);
        } catch (NumberFormatException | ArithmeticException e) {
            // BigDecimal's exponent is an int: 1e2147483648 is valid JSON that no decimal can hold.
            throw new JsonReadException("the number " + Json.clip(text, 40)
                    + " is out of range (its exponent must fit in 32 bits)");
        }
    }

    private int digits() {
        int start = pos;
        while (pos < end && in[pos] >= '0' && in[pos] <= '9') {
            pos++;
        }
        return pos - start;
    }

    /** A string (the reader is at its opening quote), decoded, its length checked. */
    private String string(String what) throws JsonReadException {
        int start = ++pos;
        for (int i = start; i < end; i++) {
            byte b = in[i];
            if (b == '"') {
                pos = i + 1;
                checkLength(i - start, what);
                return new String(in, start, i - start, StandardCharsets.ISO_8859_1);
            }
            if (b == '\\' || b < 0x20) { // an escape, a control character or a non-ASCII byte
                return decodedString(start, i, what);
            }
        }
        pos = end;
        throw new JsonReadException("unexpected end of input: unterminated string");
    }

    /** The slow path: {@code in[start..from)} is plain ASCII; escapes and UTF-8 from {@code from} on. */
    private String decodedString(int start, int from, String what) throws JsonReadException {
        boolean name = what == MEMBER_NAME;
        int length = from - start;
        char[] out = chars;
        if (out.length < length + 16) {
            out = new char[Math.max(length + 16, out.length * 2)];
        }
        for (int i = 0; i < length; i++) {
            out[i] = (char) in[start + i];
        }
        int i = from;
        while (true) {
            if (i >= end) {
                pos = end;
                throw new JsonReadException("unexpected end of input: unterminated string");
            }
            if (out.length - length < 2) {
                out = java.util.Arrays.copyOf(out, out.length * 2);
            }
            int b = in[i];
            if (b == '"') {
                pos = i + 1;
                chars = out;
                checkLength(length, what);
                return new String(out, 0, length);
            }
            if (b >= 0x20 && b != '\\') {
                out[length++] = (char) b;
                i++;
            } else if (b == '\\') {
                int c = escape(i);
                i += in[i + 1] == 'u' ? 6 : 2;
                if (name && Character.isSurrogate((char) c)) {
                    // Jackson's rule for member names: a surrogate only as the escaped pair it is part of.
                    if (Character.isLowSurrogate((char) c) || i + 6 > end || in[i] != '\\' || in[i + 1] != 'u'
                            || !Character.isLowSurrogate((char) escape(i))) {
                        pos = i;
                        throw malformed("a member name without an unpaired surrogate");
                    }
                    out[length++] = (char) c;
                    c = escape(i);
                    i += 6;
                }
                out[length++] = (char) c;
            } else if (b >= 0) {
                pos = i;
                throw malformed("no unescaped control character in a string");
            } else {
                // UTF-8, decoded as Jackson decodes it: the lead byte says how many continuation
                // bytes follow, each must be 10xxxxxx, and the bits are combined unchecked.
                int c = b & 0xff;
                int more;
                if ((c & 0xe0) == 0xc0) {
                    c &= 0x1f;
                    more = 1;
                } else if ((c & 0xf0) == 0xe0) {
                    c &= 0x0f;
                    more = 2;
                } else if ((c & 0xf8) == 0xf0) {
                    c &= 0x07;
                    more = 3;
                } else {
                    pos = i;
                    throw malformed("a valid UTF-8 start byte");
                }
                for (int k = 1; k <= more; k++) {
                    if (i + k >= end) {
                        pos = end;
                        throw new JsonReadException("unexpected end of input: unterminated string");
                    }
                    int d = in[i + k];
                    if ((d & 0xc0) != 0x80) {
                        pos = i + k;
                        throw malformed("a UTF-8 continuation byte");
                    }
                    c = (c << 6) | (d & 0x3f);
                }
                i += more + 1;
                if (name && more == 2 && Character.isSurrogate((char) c)) {
                    pos = i - 3;
                    throw malformed("a member name without a surrogate encoded on its own in UTF-8");
                }
                if (more == 3) {
                    c -= 0x10000;
                    out[length++] = (char) (0xd800 | (c >> 10));
                    out[length++] = (char) (0xdc00 | (c & 0x3ff));
                } else {
                    out[length++] = (char) c;
                }
            }
        }
    }

    /** The character of the escape at {@code in[at]} (a backslash). */
    private int escape(int at) throws JsonReadException {
        if (at + 1 >= end) {
            pos = end;
            throw new JsonReadException("unexpected end of input: unterminated string");
        }
        byte letter = in[at + 1];
        if (letter != 'u') {
            int c = Json.simpleEscape(letter);
            if (c < 0) {
                pos = at + 1;
                throw malformed("a valid escape after '\\'");
            }
            return c;
        }
        if (at + 6 > end) {
            pos = end;
            throw new JsonReadException("unexpected end of input: unterminated string");
        }
        int value = Json.hex4(in, at + 2);
        if (value < 0) {
            pos = -1 - value;
            throw malformed("four hex digits after \\u");
        }
        return value;
    }

    private void checkDepth(int depth) throws JsonReadException {
        if (depth > limits.maxDepth()) {
            throw new JsonReadException("arrays and objects are nested more than " + limits.maxDepth()
                    + " deep (maximum nesting depth, maxNestingDepth)");
        }
    }

    private void checkLength(int length, String what) throws JsonReadException {
        if (length > limits.maxStringLength()) {
            throw new JsonReadException(what + " is " + length + " characters long, more than the "
                    + limits.maxStringLength() + " allowed (maxStringLength)");
        }
    }

    private JsonReadException malformedOrEnd(String expected) {
        return pos >= end ? new JsonReadException("unexpected end of input: expected " + expected)
                : malformed(expected);
    }

    private JsonReadException malformed(String expected) {
        if (pos >= end) {
            return new JsonReadException("unexpected end of input: expected " + expected);
        }
        int b = in[pos] & 0xff;
        String found = b >= 0x20 && b < 0x7f ? "'" + (char) b + "'" : "byte 0x" + Integer.toHexString(b);
        return new JsonReadException("unexpected " + found + " at byte " + pos + ": expected " + expected);
    }
}
