package dev.mcplet.server.tool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.UUID;

/**
 * Turns one Java value of a tool's result into one JSON node: the encoding half of the code the
 * annotation processor generates ({@code Foo_McpTools}). Generated code calls these methods; it
 * is not meant to be called by hand.
 *
 * <p>Values are written in the form their output schema advertises: dates and times always with
 * seconds, as RFC 3339 requires ({@code OffsetDateTime.toString()} drops zero seconds), a
 * {@code ZonedDateTime} as its offset date-time (a {@code [Region/City]} suffix is not RFC 3339),
 * enums by constant name. A {@code null} where the schema requires a value, and a non-finite
 * number (JSON has none), are refused with an {@link IllegalStateException} whose message says what
 * the tool returned, since the client would reject a result that does not match the schema.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/tools#output-schema">MCP: output schema</a>
 */
public final class Encode {

    private Encode() {
    }

    // ---- results -------------------------------------------------------------------------------

    /** The member of the wrapper that carries a value that is not an object. */
    static final String RESULT = "result";

    /**
     * Wraps a value that is not a JSON object as {@code {"result": value}}, because
     * {@code structuredContent} must be an object up to MCP 2025-11-25; the output schema describes
     * the same wrapper. Revisions that allow any value are sent the value itself ({@link WrappedResult}),
     * so a hand-written tool that uses this declares its wrapper schema with
     * {@code wrapsResult = true} (the {@link ToolDescriptor} constructor that takes it), as
     * generated code does, and the schema is unwrapped alike.
     */
    public static ObjectNode wrap(JsonNode value) {
        return WrappedResult.of(value == null ? Json.NODES.nullNode() : value);
    }

    /** The wrapper of an empty {@code Optional} result: {@code {}}, and {@code null} where any value is allowed. */
    public static ObjectNode emptyWrapper() {
        return WrappedResult.of(null);
    }

    /**
     * A structured value of any JSON type: an object as it is, anything else wrapped as
     * {@code {"result": value}} (a {@code ToolResult<JsonNode>}, which has no output schema).
     */
    public static ObjectNode wrapUnlessObject(JsonNode value) {
        return value instanceof ObjectNode ? (ObjectNode) value : wrap(value);
    }

    /** A new, empty JSON object. */
    public static ObjectNode object() {
        return Json.NODES.objectNode();
    }

    /** A new, empty JSON array with room for {@code size} items. */
    public static ArrayNode array(int size) {
        return Json.NODES.arrayNode(size);
    }

    /** The answer when a tool returns {@code null} where it promised a value: a tool error, not a crash. */
    public static CallResult nullResult(String toolName) {
        return CallResult.error("Tool " + toolName + " returned no value (null); it declares a result, so it must return one.");
    }

    /** A JSON node as text content: strings as they are, anything else as compact JSON. */
    public static String text(JsonNode value) {
        return value.isTextual() ? value.textValue() : Json.toJson(value);
    }

    // ---- nulls where the schema requires a value ------------------------------------------------

    /** For a record component that is null although the output schema requires it. */
    public static IllegalStateException nullComponent(String record, String component) {
        return new IllegalStateException("The tool returned an invalid result: " + record + "." + component
                + " is null, but it is required; return a value, or declare it @Nullable or Optional.");
    }

    /** For a value of a sealed type that is none of the subtypes known when the tool was compiled. */
    public static IllegalStateException unknownSubtype(String sealedType) {
        return new IllegalStateException("The tool returned an invalid result: a " + sealedType
                + " of a subtype its output schema does not list; rebuild the tools with it.");
    }

    /** For a null item of an array or a null value of a map in a result. */
    public static IllegalStateException nullValue() {
        return new IllegalStateException(
                "The tool returned an invalid result: an array or map in it contains null, which its output schema does not allow.");
    }

    // ---- scalars --------------------------------------------------------------------------------

    public static JsonNode bool(boolean value) {
        return Json.NODES.booleanNode(value);
    }

    public static JsonNode number(int value) {
        return Json.NODES.numberNode(value);
    }

    public static JsonNode number(long value) {
        return Json.NODES.numberNode(value);
    }

    /** A finite double; NaN and infinities have no JSON form. */
    public static JsonNode number(double value) {
        if (!Double.isFinite(value)) {
            throw nonFinite(Double.toString(value));
        }
        return Json.NODES.numberNode(value);
    }

    /** A finite float; NaN and infinities have no JSON form. */
    public static JsonNode number(float value) {
        if (!Float.isFinite(value)) {
            throw nonFinite(Float.toString(value));
        }
        return Json.NODES.numberNode(value);
    }

    public static JsonNode number(BigInteger value) {
        return Json.NODES.numberNode(require(value));
    }

    /** Exactly as the value is: {@code 1.50} stays {@code 1.50}. */
    public static JsonNode number(BigDecimal value) {
        return Json.NODES.numberNode(require(value));
    }

    public static JsonNode string(String value) {
        return Json.NODES.textNode(require(value));
    }

    public static JsonNode string(char value) {
        return Json.NODES.textNode(String.valueOf(value));
    }

    /** An enum constant by name, as its schema's {@code enum} lists it. */
    public static JsonNode string(Enum<?> value) {
        return Json.NODES.textNode(require(value).name());
    }

    /** As a base64 string (RFC 4648 section 4, with padding), as Jackson writes {@code byte[]}. */
    public static JsonNode bytes(byte[] value) {
        return Json.NODES.textNode(Base64.getEncoder().encodeToString(require(value)));
    }

    public static JsonNode uuid(UUID value) {
        return Json.NODES.textNode(require(value).toString());
    }

    public static JsonNode uri(URI value) {
        return Json.NODES.textNode(require(value).toString());
    }

    public static JsonNode date(LocalDate value) {
        return Json.NODES.textNode(DateTimeFormatter.ISO_LOCAL_DATE.format(require(value)));
    }

    public static JsonNode time(LocalTime value) {
        return Json.NODES.textNode(DateTimeFormatter.ISO_LOCAL_TIME.format(require(value)));
    }

    public static JsonNode time(OffsetTime value) {
        return Json.NODES.textNode(DateTimeFormatter.ISO_OFFSET_TIME.format(require(value)));
    }

    public static JsonNode dateTime(LocalDateTime value) {
        return Json.NODES.textNode(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(require(value)));
    }

    public static JsonNode dateTime(OffsetDateTime value) {
        return Json.NODES.textNode(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(require(value)));
    }

    /** As an RFC 3339 date-time with the offset in force; the region id is not part of RFC 3339. */
    public static JsonNode dateTime(ZonedDateTime value) {
        return Json.NODES.textNode(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(require(value)));
    }

    /** In UTC, {@code 2025-01-31T14:30:00Z}. */
    public static JsonNode dateTime(Instant value) {
        return Json.NODES.textNode(DateTimeFormatter.ISO_INSTANT.format(require(value)));
    }

    public static JsonNode duration(Duration value) {
        return Json.NODES.textNode(require(value).toString());
    }

    private static <T> T require(T value) {
        if (value == null) {
            throw nullValue();
        }
        return value;
    }

    private static IllegalStateException nonFinite(String value) {
        return new IllegalStateException("The tool returned an invalid result: the number " + value
                + " has no JSON representation.");
    }
}
