package dev.mcplet.server.lambda;

import dev.mcplet.server.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the JSON of a Lambda event envelope straight from its bytes: member names, string and
 * scalar values, and whole subtrees skipped by matching brackets, without a tokenizer.
 *
 * <p>An API Gateway event is some four kilobytes of which the server needs a dozen members; a
 * JSON parser decodes and hashes every name and value it passes, even in the subtrees it is
 * told to skip, and that was half of a warm small {@code tools/call} ({@code benchmarks/run.sh
 * curves}, profiled). Here a skipped subtree costs one pass over its bytes.
 *
 * <p>The envelope is written by AWS, so this checks the structure it walks (objects, arrays,
 * strings, commas and colons where they belong, nothing after the event) and leaves the
 * contents of skipped subtrees unchecked beyond their brackets and strings. What it reads it
 * reads exactly: every JSON string escape, {@code &#92;u} escapes and surrogate pairs included. Any
 * problem is an {@link UnsupportedEventException} saying where.
 */
final class EnvelopeReader {

    private final byte[] source;
    private final int end;
    private int position;
    /** Whether the value just read must be followed by a comma or the end of its object or array. */
    private boolean afterValue;
    private String name;

    /** A reader of {@code source[start..end)}; a leading UTF-8 byte order mark is skipped. */
    EnvelopeReader(byte[] source, int start, int end) {
        this.source = source;
        this.end = end;
        if (end - start >= 3 && (source[start] & 0xff) == 0xef && (source[start + 1] & 0xff) == 0xbb
                && (source[start + 2] & 0xff) == 0xbf) {
            start += 3;
        }
        this.position = start;
    }

    /** Where the next byte to read is (after {@link #peek()}: where the next value starts). */
    int position() {
        return position;
    }

    /** The next byte after whitespace, not consumed, or -1 at the end. */
    int peek() {
        while (position < end) {
            int b = source[position] & 0xff;
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return b;
            }
            position++;
        }
        return -1;
    }

    /** Whether the next value is an object (not consumed). */
    boolean atObject() {
        return peek() == '{';
    }

    /** Whether the next value is an array (not consumed). */
    boolean atArray() {
        return peek() == '[';
    }

    /** Whether the next value is a string (not consumed). */
    boolean atString() {
        return peek() == '"';
    }

    /** Consumes the start of an object; {@link #nextMember()} then walks its members. */
    void startObject() {
        expect('{', "an object");
        afterValue = false;
    }

    /**
     * Moves to the next member of the current object and reads its name ({@link #name()}) and
     * colon, leaving the value to read or skip; false, having consumed the closing brace, when
     * there is none.
     */
    boolean nextMember() {
        if (!next('}', "',' or '}'")) {
            return false;
        }
        if (peek() != '"') {
            throw malformed("a member name");
        }
        name = string();
        expect(':', "':'");
        afterValue = false;
        return true;
    }

    /** The name of the member {@link #nextMember()} moved to. */
    String name() {
        return name;
    }

    /** Consumes the start of an array; {@link #nextItem()} then walks its items. */
    void startArray() {
        expect('[', "an array");
        afterValue = false;
    }

    /** Moves to the next item of the current array; false, having consumed the bracket, when there is none. */
    boolean nextItem() {
        if (!next(']', "',' or ']'")) {
            return false;
        }
        if (peek() == -1) {
            throw malformed("an array item");
        }
        return true;
    }

    /**
     * Past the comma before the next member or item; false, having consumed {@code close}, at
     * the end of the object or array.
     */
    private boolean next(int close, String expected) {
        if (peek() == close) {
            position++;
            afterValue = true;
            return false;
        }
        if (afterValue) {
            expect(',', expected);
        }
        afterValue = false;
        return true;
    }

    /**
     * A scalar value as text (a string decoded; a number or boolean as written), null for JSON
     * null; an object or array is skipped and counts as absent.
     */
    String text() {
        int b = peek();
        if (b == '"') {
            return string();
        }
        if (b == '{' || b == '[' || b == 'n') {
            skipValue();
            return null;
        }
        int start = position;
        skipLiteral();
        return new String(source, start, position - start, StandardCharsets.ISO_8859_1);
    }

    /** Whether the value is {@code true} or the string {@code "true"}; any value is consumed. */
    boolean isTrue() {
        int b = peek();
        if (b == 't' || b == '"') {
            return "true".equals(text());
        }
        skipValue();
        return false;
    }

    /**
     * A string value as the UTF-8 bytes it stands for, with its escapes decoded; an unpaired
     * surrogate escape becomes {@code ?}, as encoding the decoded string would make it. Null for
     * JSON null; any other value is skipped and counts as absent. Meant for a reader over just
     * the string (a request body of up to megabytes): the decoded bytes are written into an
     * array as long as what is left to read, in one pass.
     */
    byte[] stringBytes() {
        if (peek() != '"') {
            skipValue();
            return null;
        }
        int start = ++position;
        int i = start;
        while (true) {
            if (i >= end) {
                throw malformed("the end of a string");
            }
            byte b = source[i];
            if (b == '"') {
                position = i + 1;
                afterValue = true;
                return Arrays.copyOfRange(source, start, i);
            }
            if (b == '\\') {
                return escapedBytes(start, i);
            }
            if (b >= 0 && b < 0x20) {
                throw malformed("a string without control characters");
            }
            i++;
        }
    }

    private byte[] escapedBytes(int start, int firstEscape) {
        byte[] out = new byte[end - start]; // decoding never makes text longer
        int length = firstEscape - start;
        System.arraycopy(source, start, out, 0, length);
        int i = firstEscape;
        while (true) {
            if (i >= end) {
                position = end;
                throw malformed("the end of a string");
            }
            byte b = source[i];
            if (b == '"') {
                position = i + 1;
                afterValue = true;
                return Arrays.copyOf(out, length);
            }
            if (b != '\\') {
                if (b >= 0 && b < 0x20) {
                    throw malformed("a string without control characters");
                }
                out[length++] = b;
                i++;
                continue;
            }
            if (i + 1 >= end) {
                position = end;
                throw malformed("the end of a string");
            }
            byte escaped = source[i + 1];
            if (escaped != 'u') {
                out[length++] = (byte) simpleEscape(escaped, i);
                i += 2;
                continue;
            }
            int unit = hex4(i + 2);
            i += 6;
            int codePoint = unit;
            if (Character.isHighSurrogate((char) unit) && i + 6 <= end && source[i] == '\\' && source[i + 1] == 'u') {
                int low = hex4(i + 2);
                if (Character.isLowSurrogate((char) low)) {
                    codePoint = Character.toCodePoint((char) unit, (char) low);
                    i += 6;
                }
            }
            length = utf8(out, length, codePoint);
        }
    }

    /** Where the string whose contents include {@code from} ends (its closing quote). */
    private int closingQuote(int from) {
        int i = from;
        while (true) {
            if (i >= end) {
                throw malformed("the end of a string");
            }
            byte b = source[i];
            if (b == '"') {
                return i;
            }
            i += b == '\\' ? 2 : 1;
        }
    }

    private static int utf8(byte[] out, int at, int codePoint) {
        if (codePoint < 0x80) {
            out[at++] = (byte) codePoint;
        } else if (codePoint < 0x800) {
            out[at++] = (byte) (0xc0 | (codePoint >> 6));
            out[at++] = (byte) (0x80 | (codePoint & 0x3f));
        } else if (Character.isSurrogate((char) codePoint) && codePoint <= 0xffff) {
            out[at++] = '?'; // unpaired: String.getBytes(UTF_8) writes '?' for it too
        } else if (codePoint < 0x10000) {
            out[at++] = (byte) (0xe0 | (codePoint >> 12));
            out[at++] = (byte) (0x80 | ((codePoint >> 6) & 0x3f));
            out[at++] = (byte) (0x80 | (codePoint & 0x3f));
        } else {
            out[at++] = (byte) (0xf0 | (codePoint >> 18));
            out[at++] = (byte) (0x80 | ((codePoint >> 12) & 0x3f));
            out[at++] = (byte) (0x80 | ((codePoint >> 6) & 0x3f));
            out[at++] = (byte) (0x80 | (codePoint & 0x3f));
        }
        return at;
    }

    /** Skips the next value, whatever it is. */
    void skipValue() {
        int b = peek();
        if (b == '"') {
            position = closingQuote(position + 1) + 1;
        } else if (b == '{' || b == '[') {
            skipNested();
        } else {
            skipLiteral();
        }
        afterValue = true;
    }

    /** Fails unless only whitespace is left. */
    void expectEnd() {
        if (peek() != -1) {
            throw malformed("the end of the event (unexpected content after the object)");
        }
    }

    /** A string value (the reader is at its opening quote), decoded. */
    private String string() {
        int start = ++position;
        boolean ascii = true;
        for (int i = start; i < end; i++) {
            byte b = source[i];
            if (b == '"') {
                position = i + 1;
                afterValue = true;
                return new String(source, start, i - start,
                        ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
            }
            if (b == '\\') {
                return escapedString(start, i);
            }
            if (b < 0) {
                ascii = false;
            } else if (b < 0x20) {
                throw malformed("a string without control characters");
            }
        }
        throw malformed("the end of a string");
    }

    private String escapedString(int start, int firstEscape) {
        StringBuilder out = new StringBuilder(closingQuote(firstEscape) - start);
        int run = start;
        int i = firstEscape;
        while (true) {
            byte b = source[i];
            if (b == '"' || b == '\\') {
                out.append(new String(source, run, i - run, StandardCharsets.UTF_8));
                if (b == '"') {
                    position = i + 1;
                    afterValue = true;
                    return out.toString();
                }
                byte escaped = source[i + 1];
                if (escaped == 'u') {
                    out.append((char) hex4(i + 2)); // a surrogate pair arrives as two escapes, and stays a pair
                    i += 6;
                } else {
                    out.append((char) simpleEscape(escaped, i));
                    i += 2;
                }
                run = i;
            } else {
                if (b >= 0 && b < 0x20) {
                    throw malformed("a string without control characters");
                }
                i++;
            }
        }
    }

    private int simpleEscape(byte escaped, int at) {
        int c = Json.simpleEscape(escaped);
        if (c < 0) {
            position = at;
            throw malformed("a valid escape after '\\'");
        }
        return c;
    }

    private int hex4(int at) {
        if (at + 4 > end) {
            position = at;
            throw malformed("four hex digits after \\u");
        }
        int value = Json.hex4(source, at);
        if (value < 0) {
            position = -1 - value;
            throw malformed("four hex digits after \\u");
        }
        return value;
    }

    private void skipNested() {
        int depth = 0;
        for (int i = position; i < end; i++) {
            byte b = source[i];
            if (b == '"') {
                i = closingQuote(i + 1);
            } else if (b == '{' || b == '[') {
                depth++;
            } else if (b == '}' || b == ']') {
                if (--depth == 0) {
                    position = i + 1;
                    return;
                }
            }
        }
        position = end;
        throw malformed("the end of an object or array");
    }

    /** A number, {@code true}, {@code false} or {@code null}: up to the next delimiter. */
    private void skipLiteral() {
        int start = position;
        while (position < end) {
            int b = source[position];
            if (b == ',' || b == '}' || b == ']' || b == ' ' || b == '\n' || b == '\r' || b == '\t') {
                break;
            }
            if (b == '"' || b == '{' || b == '[' || b == ':') {
                throw malformed("a value");
            }
            position++;
        }
        if (position == start) {
            throw malformed("a value");
        }
        afterValue = true;
    }

    private void expect(int b, String what) {
        if (peek() != b) {
            throw malformed(what);
        }
        position++;
    }

    private UnsupportedEventException malformed(String expected) {
        String found = position >= end ? "the end" : "'" + printable(source[position]) + "'";
        return new UnsupportedEventException("the event is not JSON (expected " + expected + " at byte "
                + position + ", found " + found + ")");
    }

    private static String printable(byte b) {
        return b >= 0x20 && b < 0x7f ? String.valueOf((char) b) : "0x" + Integer.toHexString(b & 0xff);
    }
}
