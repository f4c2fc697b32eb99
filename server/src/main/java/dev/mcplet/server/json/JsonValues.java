package dev.mcplet.server.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON trees as plain Java values, for APIs that hand request data to application code without
 * exposing Jackson ({@code McpContext.meta()}): objects become unmodifiable {@code Map}s in
 * member order, arrays unmodifiable {@code List}s, strings {@code String}, booleans
 * {@code Boolean}, integers {@code Long} (or {@code BigInteger} beyond its range), other numbers
 * {@code BigDecimal} (exactly as written), and JSON null {@code null}.
 */
public final class JsonValues {

    private JsonValues() {
    }

    /** An object's members as a map; empty for null, a missing node or a non-object. */
    public static Map<String, Object> toMap(JsonNode object) {
        if (object == null || !object.isObject()) {
            return Map.of();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = object.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            out.put(field.getKey(), toJava(field.getValue()));
        }
        return Collections.unmodifiableMap(out);
    }

    /** One JSON value as a Java value (see the class comment). */
    public static Object toJava(JsonNode value) {
        switch (value.getNodeType()) {
            case OBJECT:
                return toMap(value);
            case ARRAY: {
                List<Object> out = new ArrayList<>(value.size());
                for (int i = 0, n = value.size(); i < n; i++) {
                    out.add(toJava(value.get(i)));
                }
                return Collections.unmodifiableList(out);
            }
            case STRING:
                return value.textValue();
            case BOOLEAN:
                return value.booleanValue();
            case NUMBER:
                if (value.isIntegralNumber()) {
                    return value.canConvertToLong() ? (Object) value.longValue() : value.bigIntegerValue();
                }
                return value.decimalValue();
            default:
                return null;
        }
    }
}
