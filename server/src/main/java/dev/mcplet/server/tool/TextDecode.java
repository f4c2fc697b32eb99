package dev.mcplet.server.tool;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.server.json.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * Turns one string into one Java value: the decoding half of the code the annotation processor
 * generates for values that arrive as text, resource-template variables ({@code Foo_McpResources})
 * and prompt arguments ({@code Foo_McpPrompts}). Generated code calls these methods; it is not
 * meant to be called by hand.
 *
 * <p>The rules and messages are those of tool arguments ({@link Decode}), so that {@code 42} in a
 * URI means what {@code 42} means in a tools/call: the text is first read as the JSON scalar it
 * spells ({@code 42}, {@code 1.5}, {@code true}), or else kept as a string, and {@link Decode}
 * checks it. {@code "abc"} for an {@code int} is
 * {@code expected an integer from -2147483648 to 2147483647, got "abc"}; {@code 1.5} is
 * {@code ... got 1.5 (not an integer)}. A null string is an absent value
 * ({@code required but missing}).
 */
public final class TextDecode {

    /** Longer texts are not read as numbers (a 1000-digit BigDecimal is the most Decode accepts). */
    private static final int MAX_NUMBER_LENGTH = 2100;

    private TextDecode() {
    }

    // ---- scalars ------------------------------------------------------------------------------

    public static boolean toBoolean(String text) throws InvalidArgumentsException {
        return Decode.toBoolean(bool(text));
    }

    public static byte toByte(String text) throws InvalidArgumentsException {
        return Decode.toByte(number(text));
    }

    public static short toShort(String text) throws InvalidArgumentsException {
        return Decode.toShort(number(text));
    }

    public static int toInt(String text) throws InvalidArgumentsException {
        return Decode.toInt(number(text));
    }

    public static long toLong(String text) throws InvalidArgumentsException {
        return Decode.toLong(number(text));
    }

    public static BigInteger toBigInteger(String text) throws InvalidArgumentsException {
        return Decode.toBigInteger(number(text));
    }

    public static float toFloat(String text) throws InvalidArgumentsException {
        return Decode.toFloat(number(text));
    }

    public static double toDouble(String text) throws InvalidArgumentsException {
        return Decode.toDouble(number(text));
    }

    public static BigDecimal toBigDecimal(String text) throws InvalidArgumentsException {
        return Decode.toBigDecimal(number(text));
    }

    public static String toText(String text) throws InvalidArgumentsException {
        return Decode.toText(string(text));
    }

    public static char toChar(String text) throws InvalidArgumentsException {
        return Decode.toChar(string(text));
    }

    /** Bytes written as base64 (the standard alphabet), as for tool arguments. */
    public static byte[] toBytes(String text) throws InvalidArgumentsException {
        return Decode.toBytes(string(text));
    }

    public static UUID toUuid(String text) throws InvalidArgumentsException {
        return Decode.toUuid(string(text));
    }

    public static URI toUri(String text) throws InvalidArgumentsException {
        return Decode.toUri(string(text));
    }

    public static LocalDate toLocalDate(String text) throws InvalidArgumentsException {
        return Decode.toLocalDate(string(text));
    }

    public static LocalTime toLocalTime(String text) throws InvalidArgumentsException {
        return Decode.toLocalTime(string(text));
    }

    public static LocalDateTime toLocalDateTime(String text) throws InvalidArgumentsException {
        return Decode.toLocalDateTime(string(text));
    }

    public static OffsetDateTime toOffsetDateTime(String text) throws InvalidArgumentsException {
        return Decode.toOffsetDateTime(string(text));
    }

    public static ZonedDateTime toZonedDateTime(String text) throws InvalidArgumentsException {
        return Decode.toZonedDateTime(string(text));
    }

    public static Instant toInstant(String text) throws InvalidArgumentsException {
        return Decode.toInstant(string(text));
    }

    public static OffsetTime toOffsetTime(String text) throws InvalidArgumentsException {
        return Decode.toOffsetTime(string(text));
    }

    public static Duration toDuration(String text) throws InvalidArgumentsException {
        return Decode.toDuration(string(text));
    }

    // ---- enums and argument names -------------------------------------------------------------

    /**
     * The text of an enum constant's name, before generated code matches it against the constants.
     *
     * @param expected the constants, e.g. {@code one of "RED", "GREEN"}
     */
    public static String enumName(String text, String expected) throws InvalidArgumentsException {
        return Decode.enumName(string(text), expected);
    }

    /** The problem of a text that is not one of an enum's constants. */
    public static InvalidArgumentsException notOneOf(String text, String expected) {
        return Decode.notOneOf(string(text), expected);
    }

    /**
     * Refuses an argument that is not in {@code names}. Generated prompt code calls this before
     * decoding anything, so a call with an unknown argument never reaches the prompt's own code.
     *
     * @param names the expected argument names, in declaration order
     */
    public static void rejectUnexpected(Map<String, String> arguments, String[] names) throws InvalidArgumentsException {
        if (arguments.isEmpty()) {
            return;
        }
        InvalidArgumentsException problems = null;
        String problem = null;
        for (String name : arguments.keySet()) {
            if (!contains(names, name)) {
                if (problem == null) {
                    problem = "unexpected argument, expected "
                            + (names.length == 0 ? "no arguments" : "one of: " + String.join(", ", names));
                }
                problems = InvalidArgumentsException.add(problems, new InvalidArgumentsException(name, problem));
            }
        }
        if (problems != null) {
            throw problems;
        }
    }

    private static boolean contains(String[] names, String name) {
        for (String candidate : names) {
            if (candidate.equals(name)) {
                return true;
            }
        }
        return false;
    }

    // ---- text to the JSON scalar it spells ----------------------------------------------------

    private static JsonNode string(String text) {
        return text == null ? null : Json.NODES.textNode(text);
    }

    private static JsonNode bool(String text) {
        if ("true".equals(text)) {
            return Json.NODES.booleanNode(true);
        }
        if ("false".equals(text)) {
            return Json.NODES.booleanNode(false);
        }
        return string(text);
    }

    /** A number node when the text is a decimal number ({@code -12}, {@code 1.50}, {@code 2e3}), else a text node. */
    private static JsonNode number(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_NUMBER_LENGTH || !isNumber(text)) {
            return string(text);
        }
        try {
            boolean integral = text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
            if (!integral) {
                return Json.NODES.numberNode(new BigDecimal(text));
            }
            int digits = text.length() - (text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0);
            return digits <= 18 ? Json.NODES.numberNode(Long.parseLong(text))
                    : Json.NODES.numberNode(new BigInteger(text));
        } catch (NumberFormatException e) {
            return string(text); // an exponent beyond int range: not a number Decode could accept
        }
    }

    /** {@code [+-]? digits [. digits] [(e|E) [+-]? digits]}: JSON's number, with a leading + or zeros allowed. */
    private static boolean isNumber(String text) {
        int i = 0;
        int n = text.length();
        if (text.charAt(i) == '-' || text.charAt(i) == '+') {
            i++;
        }
        int start = i;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
        }
        if (i == start) {
            return false;
        }
        if (i < n && text.charAt(i) == '.') {
            int fraction = ++i;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
            if (i == fraction) {
                return false;
            }
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
                i++;
            }
            int exponent = i;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
            if (i == exponent) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
