package dev.mcplet.server.tool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.json.JsonReadException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Iterator;
import java.util.UUID;

/**
 * Turns one JSON argument value into one Java value, with an explicit check of its JSON type and
 * range: the decoding half of the code the annotation processor generates ({@code Foo_McpTools}).
 * Generated code calls these methods; it is not meant to be called by hand.
 *
 * <p>Each method takes the node as found in its parent, {@code null} when the property is absent,
 * and throws an {@link InvalidArgumentsException} whose path is relative to that value ({@code ""});
 * the generated caller prefixes the property name or array index. Every message says what was
 * expected and what was found, in the words of the tool's JSON Schema, so that a model can correct
 * its call: {@code expected an integer from -2147483648 to 2147483647, got "12x"}.
 *
 * <p>Numbers follow JSON Schema 2020-12, where {@code 1.0} is an integer: integral decimals are
 * accepted for integer types, {@code 1.5} is "not an integer", and values outside the Java type's
 * range are refused (the schema advertises the range with {@code minimum}/{@code maximum}).
 *
 * @see <a href="https://json-schema.org/draft/2020-12/json-schema-core#section-4.2.1">JSON Schema 2020-12: instance data model (integers)</a>
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/tools#error-handling">MCP: tool errors for invalid input</a>
 */
public final class Decode {

    static final String BOOLEAN = "a boolean (true or false)";
    static final String BYTE = "an integer from -128 to 127";
    static final String SHORT = "an integer from -32768 to 32767";
    static final String INT = "an integer from -2147483648 to 2147483647";
    static final String LONG = "an integer from -9223372036854775808 to 9223372036854775807";
    static final String INTEGER = "an integer";
    static final String NUMBER = "a number";
    static final String STRING = "a string";
    static final String CHAR = "a string of exactly one character";
    static final String UUID_TEXT = "a UUID such as 123e4567-e89b-12d3-a456-426614174000";
    static final String URI_TEXT = "an absolute URI such as https://example.com/a";
    static final String DATE = "a date such as 2025-01-31";
    static final String LOCAL_TIME = "a time without offset such as 14:30 or 14:30:15";
    static final String LOCAL_DATE_TIME = "a date-time without offset such as 2025-01-31T14:30:00";
    static final String DATE_TIME = "a date-time with offset such as 2025-01-31T14:30:00Z";
    static final String OFFSET_TIME = "a time with offset such as 14:30:00+01:00";
    static final String DURATION = "a duration such as PT15M or P2DT3H";
    static final String BASE64 = "a base64 string";
    static final String OBJECT = "an object";
    static final String ARRAY = "an array";
    static final String ANY = "a JSON value";

    /** Digits allowed in a BigInteger or in the integer part or fraction of a BigDecimal. */
    private static final int MAX_DIGITS = 1000;
    /** The bits of a 1000-digit integer. */
    private static final int MAX_BITS = 3322;
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    /** How much of a wrong value is quoted back in a message. */
    private static final int QUOTE_LIMIT = 40;
    private static final String HEX = "0123456789abcdef";

    private Decode() {
    }

    // ---- objects and arrays ------------------------------------------------------------------

    /** The value as a JSON object ({@code expected an object}). */
    public static ObjectNode object(JsonNode value) throws InvalidArgumentsException {
        if (value instanceof ObjectNode) {
            return (ObjectNode) value;
        }
        throw mismatch(value, OBJECT);
    }

    /** The value as a JSON array ({@code expected an array}). */
    public static ArrayNode array(JsonNode value) throws InvalidArgumentsException {
        if (value instanceof ArrayNode) {
            return (ArrayNode) value;
        }
        throw mismatch(value, ARRAY);
    }

    /**
     * The value of property {@code name}, else of the first of its {@code @JsonAlias} names that is
     * present; null when none is.
     */
    public static JsonNode field(ObjectNode object, String name, String... aliases) {
        JsonNode value = object.get(name);
        for (int i = 0; value == null && i < aliases.length; i++) {
            value = object.get(aliases[i]);
        }
        return value;
    }

    /** Any JSON value, including {@code null}, passed through as is: the raw escape hatch. */
    public static JsonNode any(JsonNode value) throws InvalidArgumentsException {
        if (value == null || value.isMissingNode()) {
            throw missing(ANY);
        }
        return value;
    }

    /**
     * Refuses the properties that are not in {@code names} (each one a problem), as the schema's
     * {@code "additionalProperties": false} says. Generated code calls this before decoding
     * anything, so a call with an unexpected property never reaches the tool's own code.
     *
     * @param names the expected property names, in schema order
     */
    public static void rejectUnexpected(ObjectNode object, String[] names) throws InvalidArgumentsException {
        if (object.size() == 0) {
            return;
        }
        InvalidArgumentsException problems = null;
        String problem = null;
        Iterator<String> fields = object.fieldNames();
        while (fields.hasNext()) {
            String field = fields.next();
            if (!contains(names, field)) {
                if (problem == null) {
                    problem = "unexpected property, expected "
                            + (names.length == 0 ? "no properties" : "one of: " + String.join(", ", names));
                }
                // every unexpected property, so that a model fixes them all at once
                problems = InvalidArgumentsException.add(problems, new InvalidArgumentsException(quoteLimit(field), problem));
            }
        }
        if (problems != null) {
            throw problems;
        }
    }

    private static boolean contains(String[] names, String field) {
        for (String name : names) {
            if (name.equals(field)) {
                return true;
            }
        }
        return false;
    }

    /** The problem of an item of a set that equals an earlier one (the schema says {@code uniqueItems}). */
    public static InvalidArgumentsException duplicateItem() {
        return new InvalidArgumentsException("", "duplicate item, expected unique items");
    }

    /**
     * The problem of a string that is not one of an enum's constants.
     *
     * @param expected the constants as the schema lists them, e.g. {@code one of "RED", "GREEN"}
     */
    public static InvalidArgumentsException notOneOf(JsonNode value, String expected) {
        return mismatch(value, expected);
    }

    /**
     * {@code one of "a", "b"} (or {@code one of 1, 2}): the values of an enum with {@code @JsonValue},
     * which generated code gathers when a value matches none of them.
     */
    public static String oneOf(JsonNode[] values) {
        StringBuilder out = new StringBuilder("one of ");
        for (int i = 0; i < values.length; i++) {
            out.append(i == 0 ? "" : ", ").append(Json.toJson(values[i]));
        }
        return out.toString();
    }

    /**
     * The text of an enum constant's name, before generated code matches it against the constants.
     *
     * @param expected the constants as the schema lists them, e.g. {@code one of "RED", "GREEN"}
     */
    public static String enumName(JsonNode value, String expected) throws InvalidArgumentsException {
        if (value != null && value.isTextual()) {
            return value.textValue();
        }
        throw mismatch(value, expected);
    }

    /**
     * The problem of a value that a record's constructor refused with an
     * {@code IllegalArgumentException}: its message, which the record's author wrote for this.
     */
    public static InvalidArgumentsException refused(IllegalArgumentException e) {
        String message = e.getMessage();
        return new InvalidArgumentsException("", message == null || message.isEmpty() ? "invalid value" : message);
    }

    /**
     * Parses a default value written in {@code @McpParam(defaultValue = ...)}, once, when the
     * generated class is initialised. The processor has already checked it at compile time.
     */
    public static JsonNode constant(String json) {
        try {
            return Json.parse(json);
        } catch (JsonReadException e) {
            throw new IllegalStateException("invalid default value " + json + ": " + e.getMessage());
        }
    }

    // ---- scalars ------------------------------------------------------------------------------

    public static boolean toBoolean(JsonNode value) throws InvalidArgumentsException {
        if (value != null && value.isBoolean()) {
            return value.booleanValue();
        }
        throw mismatch(value, BOOLEAN);
    }

    public static byte toByte(JsonNode value) throws InvalidArgumentsException {
        return (byte) integer(value, Byte.MIN_VALUE, Byte.MAX_VALUE, BYTE);
    }

    public static short toShort(JsonNode value) throws InvalidArgumentsException {
        return (short) integer(value, Short.MIN_VALUE, Short.MAX_VALUE, SHORT);
    }

    public static int toInt(JsonNode value) throws InvalidArgumentsException {
        if (value != null && value.isInt()) {
            return value.intValue();
        }
        return (int) integer(value, Integer.MIN_VALUE, Integer.MAX_VALUE, INT);
    }

    public static long toLong(JsonNode value) throws InvalidArgumentsException {
        if (value != null && (value.isInt() || value.isLong())) {
            return value.longValue();
        }
        return integer(value, Long.MIN_VALUE, Long.MAX_VALUE, LONG);
    }

    /** Any integer of up to 1000 digits (a bound that keeps {@code 1e999999999} from exhausting memory). */
    public static BigInteger toBigInteger(JsonNode value) throws InvalidArgumentsException {
        if (value != null && value.isIntegralNumber()) {
            BigInteger result = value.bigIntegerValue();
            if (result.bitLength() <= MAX_BITS) {
                return result;
            }
            throw outOfRange(value, INTEGER);
        }
        if (value != null && value.isNumber()) {
            BigDecimal decimal = finiteDecimal(value, INTEGER);
            if (!isIntegral(decimal)) {
                throw notInteger(value, INTEGER);
            }
            // In long arithmetic: 1e2147483647 has scale -2147483647, and the int difference overflows.
            if ((long) decimal.precision() - decimal.scale() > MAX_DIGITS) {
                throw outOfRange(value, INTEGER);
            }
            return decimal.toBigIntegerExact();
        }
        throw mismatch(value, INTEGER);
    }

    /** A finite number; large or very precise values are rounded to the nearest double. */
    public static double toDouble(JsonNode value) throws InvalidArgumentsException {
        if (value != null && value.isNumber()) {
            double result = value.isIntegralNumber() || value.isDouble() || value.isFloat()
                    ? value.doubleValue()
                    : value.decimalValue().doubleValue();
            if (Double.isFinite(result)) {
                return result;
            }
            throw outOfRange(value, NUMBER);
        }
        throw mismatch(value, NUMBER);
    }

    /** A finite number within the range of a float, rounded to the nearest float. */
    public static float toFloat(JsonNode value) throws InvalidArgumentsException {
        double wide = toDouble(value);
        float result = (float) wide;
        if (Float.isFinite(result)) {
            return result;
        }
        throw outOfRange(value, NUMBER);
    }

    /** The number exactly as written ({@code 1.50} stays {@code 1.50}), with at most 1000 digits before and after the point. */
    public static BigDecimal toBigDecimal(JsonNode value) throws InvalidArgumentsException {
        if (value != null && value.isNumber()) {
            BigDecimal result = value.isIntegralNumber() ? new BigDecimal(value.bigIntegerValue())
                    : finiteDecimal(value, NUMBER);
            if ((long) result.precision() - result.scale() > MAX_DIGITS || result.scale() > MAX_DIGITS) {
                throw outOfRange(value, NUMBER);
            }
            return result;
        }
        throw mismatch(value, NUMBER);
    }

    public static String toText(JsonNode value) throws InvalidArgumentsException {
        if (value != null && value.isTextual()) {
            return value.textValue();
        }
        throw mismatch(value, STRING);
    }

    /** A string of exactly one UTF-16 character. */
    public static char toChar(JsonNode value) throws InvalidArgumentsException {
        if (value != null && value.isTextual() && value.textValue().length() == 1) {
            return value.textValue().charAt(0);
        }
        throw mismatch(value, CHAR);
    }

    /**
     * Bytes written as a base64 string (RFC 4648 section 4, the standard alphabet; padding optional),
     * as JSON Schema's {@code "contentEncoding": "base64"} and Jackson say.
     */
    public static byte[] toBytes(JsonNode value) throws InvalidArgumentsException {
        String text = text(value, BASE64);
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentsException("", "expected " + BASE64 + ", got " + describe(value) + " (not base64)");
        }
    }

    /** A UUID in its canonical form, 8-4-4-4-12 hex digits (stricter than {@link UUID#fromString}). */
    public static UUID toUuid(JsonNode value) throws InvalidArgumentsException {
        String text = text(value, UUID_TEXT);
        if (text.length() == 36) {
            boolean wellFormed = true;
            for (int i = 0; i < 36 && wellFormed; i++) {
                char c = text.charAt(i);
                wellFormed = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-' : Character.digit(c, 16) >= 0;
            }
            if (wellFormed) {
                return UUID.fromString(text);
            }
        }
        throw mismatch(value, UUID_TEXT);
    }

    /** An absolute URI (with a scheme), as JSON Schema's {@code "format": "uri"} says. */
    public static URI toUri(JsonNode value) throws InvalidArgumentsException {
        String text = text(value, URI_TEXT);
        try {
            URI uri = new URI(text);
            if (uri.isAbsolute()) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw mismatch(value, URI_TEXT);
    }

    /** An RFC 3339 {@code full-date}. */
    public static LocalDate toLocalDate(JsonNode value) throws InvalidArgumentsException {
        String text = text(value, DATE);
        try {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw mismatch(value, DATE);
        }
    }

    public static LocalTime toLocalTime(JsonNode value) throws InvalidArgumentsException {
        String text = text(value, LOCAL_TIME);
        try {
            return LocalTime.parse(text, DateTimeFormatter.ISO_LOCAL_TIME);
        } catch (DateTimeParseException e) {
            throw mismatch(value, LOCAL_TIME);
        }
    }

    public static LocalDateTime toLocalDateTime(JsonNode value) throws InvalidArgumentsException {
        String text = text(value, LOCAL_DATE_TIME);
        try {
            return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw mismatch(value, LOCAL_DATE_TIME);
        }
    }

    /** An RFC 3339 {@code date-time}: a date, a time and an offset ({@code Z} or {@code +01:00}). */
    public static OffsetDateTime toOffsetDateTime(JsonNode value) throws InvalidArgumentsException {
        String text = text(value, DATE_TIME);
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw mismatch(value, DATE_TIME);
        }
    }

    /** An RFC 3339 {@code date-time}, optionally followed by a region such as {@code [Europe/Paris]}. */
    public static ZonedDateTime toZonedDateTime(JsonNode value) throws InvalidArgumentsException {
        String text = text(value, DATE_TIME);
        try {
            return ZonedDateTime.parse(text, DateTimeFormatter.ISO_ZONED_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw mismatch(value, DATE_TIME);
        }
    }

    /** An RFC 3339 {@code date-time}, any offset, as the instant it denotes. */
    public static Instant toInstant(JsonNode value) throws InvalidArgumentsException {
        return toOffsetDateTime(value).toInstant();
    }

    /** An RFC 3339 {@code full-time}: a time and an offset. */
    public static OffsetTime toOffsetTime(JsonNode value) throws InvalidArgumentsException {
        String text = text(value, OFFSET_TIME);
        try {
            return OffsetTime.parse(text, DateTimeFormatter.ISO_OFFSET_TIME);
        } catch (DateTimeParseException e) {
            throw mismatch(value, OFFSET_TIME);
        }
    }

    /** An ISO 8601 duration in days, hours, minutes and seconds ({@link Duration#parse}). */
    public static Duration toDuration(JsonNode value) throws InvalidArgumentsException {
        String text = text(value, DURATION);
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw mismatch(value, DURATION);
        }
    }

    // ---- shared checks and messages -------------------------------------------------------------

    private static String text(JsonNode value, String expected) throws InvalidArgumentsException {
        if (value != null && value.isTextual()) {
            return value.textValue();
        }
        throw mismatch(value, expected);
    }

    private static long integer(JsonNode value, long min, long max, String expected) throws InvalidArgumentsException {
        if (value == null || !value.isNumber()) {
            throw mismatch(value, expected);
        }
        if (value.isIntegralNumber()) {
            if (value.canConvertToLong()) {
                long result = value.longValue();
                if (result >= min && result <= max) {
                    return result;
                }
            }
            throw outOfRange(value, expected);
        }
        BigDecimal decimal = finiteDecimal(value, expected);
        if (!isIntegral(decimal)) {
            throw notInteger(value, expected);
        }
        if (decimal.compareTo(LONG_MIN) < 0 || decimal.compareTo(LONG_MAX) > 0) {
            throw outOfRange(value, expected);
        }
        long result = decimal.longValueExact();
        if (result < min || result > max) {
            throw outOfRange(value, expected);
        }
        return result;
    }

    /** A non-integral number node as an exact decimal; NaN and infinities (never parsed from JSON) are refused. */
    private static BigDecimal finiteDecimal(JsonNode value, String expected) throws InvalidArgumentsException {
        if ((value.isDouble() || value.isFloat()) && !Double.isFinite(value.doubleValue())) {
            throw outOfRange(value, expected);
        }
        return value.decimalValue();
    }

    /** JSON Schema 2020-12 counts a number with a zero fractional part, such as {@code 1.0}, as an integer. */
    private static boolean isIntegral(BigDecimal decimal) {
        return decimal.signum() == 0 || decimal.scale() <= 0 || decimal.stripTrailingZeros().scale() <= 0;
    }

    private static InvalidArgumentsException missing(String expected) {
        return new InvalidArgumentsException("", "required but missing, expected " + expected);
    }

    private static InvalidArgumentsException mismatch(JsonNode value, String expected) {
        if (value == null || value.isMissingNode()) {
            return missing(expected);
        }
        return new InvalidArgumentsException("", "expected " + expected + ", got " + describe(value));
    }

    private static InvalidArgumentsException notInteger(JsonNode value, String expected) {
        return new InvalidArgumentsException("", "expected " + expected + ", got " + describe(value) + " (not an integer)");
    }

    private static InvalidArgumentsException outOfRange(JsonNode value, String expected) {
        return new InvalidArgumentsException("", "expected " + expected + ", got " + describe(value) + " (out of range)");
    }

    /** How a wrong value is quoted back: scalars as JSON (cut short), containers by their kind. */
    static String describe(JsonNode value) {
        switch (value.getNodeType()) {
            case OBJECT:
                return "an object";
            case ARRAY:
                return "an array";
            case STRING:
                return quote(value.textValue());
            case NUMBER:
                return quoteLimit(value.isBigDecimal() ? value.decimalValue().toString() : value.asText());
            default:
                return value.asText();
        }
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), QUOTE_LIMIT) + 8).append('"');
        int end = Math.min(text.length(), QUOTE_LIMIT);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < 0x20) {
                out.append("\\u00").append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 15));
            } else {
                out.append(c);
            }
        }
        out.append('"');
        if (end < text.length()) {
            out.append("... (").append(text.length()).append(" characters)");
        }
        return out.toString();
    }

    private static String quoteLimit(String text) {
        return text.length() <= QUOTE_LIMIT ? text : text.substring(0, QUOTE_LIMIT) + "...";
    }
}
