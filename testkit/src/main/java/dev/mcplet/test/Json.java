package dev.mcplet.test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The test kit's one JSON seam (Jackson's tree model), and the conversion of the plain Java
 * values a test writes as tool arguments into JSON. Reflection is fine here: this is test code,
 * never on a deployed function's path.
 */
final class Json {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    /** Parses JSON text; a failed assertion naming {@code what} when it is not JSON. */
    static JsonNode parse(String text, String what) {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw Failures.fail(what + " is empty, expected JSON");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw Failures.fail(what + " is not JSON (" + e.getOriginalMessage() + "): " + text);
        }
    }

    static JsonNode parse(byte[] bytes, String what) {
        return parse(new String(bytes, StandardCharsets.UTF_8), what);
    }

    static String compact(JsonNode node) {
        return node.toString();
    }

    static String pretty(JsonNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (IOException e) {
            return node.toString();
        }
    }

    static byte[] bytes(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A plain Java value as JSON: null, strings, numbers, booleans, characters, enums (their
     * names), {@code Map}s (keys as text), {@code Iterable}s, arrays, {@code Optional}s, records
     * (components by name), {@link JsonNode}s as they are, and anything else (UUID, URI,
     * java.time values, ...) as its {@code toString()}, which is the form the generated code reads.
     */
    static JsonNode toJson(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof JsonNode node) {
            return node;
        }
        if (value instanceof CharSequence || value instanceof Character) {
            return NODES.textNode(value.toString());
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return NODES.numberNode(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return NODES.numberNode(big);
        }
        if (value instanceof BigDecimal decimal) {
            return NODES.numberNode(decimal);
        }
        if (value instanceof Number number) {
            return NODES.numberNode(number.doubleValue());
        }
        if (value instanceof Enum<?> constant) {
            return NODES.textNode(constant.name());
        }
        if (value instanceof Optional<?> optional) {
            return toJson(optional.orElse(null));
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = object();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                object.set(String.valueOf(entry.getKey()), toJson(entry.getValue()));
            }
            return object;
        }
        if (value instanceof Iterable<?> iterable) {
            ArrayNode array = NODES.arrayNode();
            for (Object element : iterable) {
                array.add(toJson(element));
            }
            return array;
        }
        if (value.getClass().isArray()) {
            ArrayNode array = NODES.arrayNode();
            for (int i = 0, n = Array.getLength(value); i < n; i++) {
                array.add(toJson(Array.get(value, i)));
            }
            return array;
        }
        if (value instanceof Record) {
            return record(value);
        }
        return NODES.textNode(value.toString());
    }

    private static ObjectNode record(Object value) {
        ObjectNode object = object();
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            try {
                component.getAccessor().setAccessible(true);
                object.set(component.getName(), toJson(component.getAccessor().invoke(value)));
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalArgumentException("cannot read " + value.getClass().getName() + "."
                        + component.getName() + " as a tool argument: " + e, e);
            }
        }
        return object;
    }
}
