package dev.mcplet.processor.schema;

import dev.mcplet.processor.json.JsonText;
import dev.mcplet.processor.model.ClassRef;
import dev.mcplet.processor.model.JsonType;
import dev.mcplet.processor.model.Property;
import dev.mcplet.processor.model.RecordDef;
import dev.mcplet.processor.model.ResultShape;
import dev.mcplet.processor.model.ScalarKind;
import dev.mcplet.processor.model.ToolClass;
import dev.mcplet.processor.model.ToolMethod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Java type to JSON Schema 2020-12, the default dialect of MCP 2025-11-25: one rule per kind of
 * type, all here. Schemas are built once, at compile time, and written as compact JSON text.
 *
 * <p>Decisions, each matching what the generated decoder accepts:
 * <ul>
 *   <li>Integer types carry their Java range as {@code minimum}/{@code maximum}.</li>
 *   <li>{@code BigDecimal} and {@code BigInteger} are JSON numbers ({@code number}, {@code integer}),
 *       not strings: models write numbers naturally, and the server parses decimals exactly, so no
 *       precision is lost on the way in or out.</li>
 *   <li>{@code LocalTime} and {@code LocalDateTime} have no offset, which the {@code time} and
 *       {@code date-time} formats of RFC 3339 require, so they get a {@code pattern} instead of a
 *       {@code format} that would invite values the decoder refuses.</li>
 *   <li>Records are objects with {@code additionalProperties: false}; a record that can contain
 *       itself is written once in {@code $defs} and referenced with {@code $ref}.</li>
 *   <li>{@code Set} adds {@code uniqueItems}; {@code Map<String, V>} is an object whose
 *       {@code additionalProperties} is the schema of V.</li>
 * </ul>
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/basic#json-schema-usage">MCP: JSON Schema usage</a>
 * @see <a href="https://json-schema.org/draft/2020-12/json-schema-validation">JSON Schema 2020-12 validation</a>
 */
public final class SchemaWriter {

    static final String LOCAL_TIME_PATTERN = "^[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?$";
    static final String LOCAL_DATE_TIME_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?$";

    private final ToolClass toolClass;
    private final Map<ClassRef, String> defNames;
    /** Recursive records referenced while writing one schema, to put in its {@code $defs}. */
    private final Set<ClassRef> referenced = new LinkedHashSet<>();

    private SchemaWriter(ToolClass toolClass) {
        this.toolClass = toolClass;
        this.defNames = defNames(toolClass);
    }

    /** The {@code inputSchema} of a tool: an object with one property per parameter. */
    public static String inputSchema(ToolClass toolClass, ToolMethod tool) {
        SchemaWriter writer = new SchemaWriter(toolClass);
        return JsonText.write(writer.withDefs(writer.object(null, tool.params())));
    }

    /**
     * The {@code outputSchema} of a tool, or null when its result is not structured or has no fixed
     * shape ({@code JsonNode}). Values that are not objects are described inside the wrapper
     * {@code {"result": ...}} that carries them.
     */
    public static String outputSchema(ToolClass toolClass, ToolMethod tool) {
        ResultShape result = tool.result();
        SchemaWriter writer = new SchemaWriter(toolClass);
        Map<String, Object> schema;
        switch (result.kind()) {
            case STRUCTURED:
                schema = writer.root(result.type());
                break;
            case WRAPPED:
                schema = writer.wrapper(result.type());
                break;
            case TOOL_RESULT:
                if (result.type() == null || isAnyJson(result.type())) {
                    return null;
                }
                schema = isObject(result.type()) ? writer.root(result.type()) : writer.wrapper(result.type());
                break;
            default:
                return null;
        }
        return JsonText.write(writer.withDefs(schema));
    }

    /** Whether values of this type are written as JSON objects (and so need no wrapper). */
    public static boolean isObject(JsonType type) {
        return type instanceof JsonType.RecordType || type instanceof JsonType.MapType
                || (type instanceof JsonType.RawJson raw && raw.objectOnly());
    }

    private static boolean isAnyJson(JsonType type) {
        return type instanceof JsonType.RawJson raw && !raw.objectOnly();
    }

    /** The root of an output schema: a record is written in place even when it is recursive. */
    private Map<String, Object> root(JsonType type) {
        if (type instanceof JsonType.RecordType record) {
            return recordObject(toolClass.record(record.type()));
        }
        return schema(type);
    }

    private Map<String, Object> wrapper(JsonType type) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        Map<String, Object> properties = new LinkedHashMap<>();
        if (type instanceof JsonType.OptionalType optional) {
            properties.put("result", schema(optional.value()));
            schema.put("properties", properties);
        } else {
            properties.put("result", schema(type));
            schema.put("properties", properties);
            schema.put("required", List.of("result"));
        }
        return schema;
    }

    private Map<String, Object> withDefs(Map<String, Object> schema) {
        if (referenced.isEmpty()) {
            return schema;
        }
        Map<String, Object> defs = new LinkedHashMap<>();
        // Writing a definition may reference further recursive records: loop until none is new.
        List<ClassRef> written = new ArrayList<>();
        while (written.size() < referenced.size()) {
            for (ClassRef ref : new ArrayList<>(referenced)) {
                if (!written.contains(ref)) {
                    written.add(ref);
                    defs.put(defNames.get(ref), recordObject(toolClass.record(ref)));
                }
            }
        }
        Map<String, Object> sorted = new LinkedHashMap<>();
        for (ClassRef ref : toolClass.records().keySet()) {
            if (defs.containsKey(defNames.get(ref))) {
                sorted.put(defNames.get(ref), defs.get(defNames.get(ref)));
            }
        }
        schema.put("$defs", sorted);
        return schema;
    }

    /** An object with these properties, closed to others. */
    private Map<String, Object> object(String description, List<Property> properties) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        if (description != null) {
            schema.put("description", description);
        }
        Map<String, Object> props = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (Property property : properties) {
            props.put(property.jsonName(), property(property));
            if (property.required()) {
                required.add(property.jsonName());
            }
        }
        if (!props.isEmpty()) {
            schema.put("properties", props);
        }
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    private Map<String, Object> property(Property property) {
        JsonType type = property.type() instanceof JsonType.OptionalType optional ? optional.value() : property.type();
        Map<String, Object> schema = new LinkedHashMap<>(schema(type));
        if (property.description() != null) {
            schema = withDescription(schema, property.description());
        }
        if (property.defaultJson() != null) {
            schema.put("default", JsonText.parse(property.defaultJson()));
        }
        if (property.header() != null) {
            schema.put("x-mcp-header", property.header());
        }
        return schema;
    }

    /** Puts the description right after {@code type} (or {@code $ref}), replacing a record's own. */
    private static Map<String, Object> withDescription(Map<String, Object> schema, String description) {
        Map<String, Object> result = new LinkedHashMap<>();
        boolean placed = false;
        for (Map.Entry<String, Object> entry : schema.entrySet()) {
            if (entry.getKey().equals("description")) {
                continue;
            }
            result.put(entry.getKey(), entry.getValue());
            if (!placed && (entry.getKey().equals("type") || entry.getKey().equals("$ref"))) {
                result.put("description", description);
                placed = true;
            }
        }
        if (!placed) {
            Map<String, Object> first = new LinkedHashMap<>();
            first.put("description", description);
            first.putAll(result);
            return first;
        }
        return result;
    }

    private Map<String, Object> recordObject(RecordDef record) {
        return object(record.description(), record.components());
    }

    /** The one rule per kind of type. */
    private Map<String, Object> schema(JsonType type) {
        Map<String, Object> schema = new LinkedHashMap<>();
        if (type instanceof JsonType.Scalar scalar) {
            scalar(scalar.kind(), schema);
        } else if (type instanceof JsonType.EnumType enumType) {
            schema.put("type", "string");
            schema.put("enum", enumType.constants());
        } else if (type instanceof JsonType.RecordType record) {
            RecordDef def = toolClass.record(record.type());
            if (def.recursive()) {
                referenced.add(def.type());
                schema.put("$ref", "#/$defs/" + defNames.get(def.type()));
            } else {
                schema = recordObject(def);
            }
        } else if (type instanceof JsonType.ArrayType array) {
            schema.put("type", "array");
            schema.put("items", schema(array.item()));
        } else if (type instanceof JsonType.CollectionType collection) {
            schema.put("type", "array");
            schema.put("items", schema(collection.item()));
            if (collection.kind() == JsonType.CollectionKind.SET) {
                schema.put("uniqueItems", true);
            }
        } else if (type instanceof JsonType.MapType map) {
            schema.put("type", "object");
            schema.put("additionalProperties", schema(map.value()));
        } else if (type instanceof JsonType.OptionalType optional) {
            return schema(optional.value());
        } else if (type instanceof JsonType.RawJson raw && raw.objectOnly()) {
            schema.put("type", "object");
        }
        // JsonNode: {} accepts any JSON value
        return schema;
    }

    private static void scalar(ScalarKind kind, Map<String, Object> schema) {
        switch (kind) {
            case BOOLEAN -> schema.put("type", "boolean");
            case BYTE -> integer(schema, Byte.MIN_VALUE, Byte.MAX_VALUE);
            case SHORT -> integer(schema, Short.MIN_VALUE, Short.MAX_VALUE);
            case INT -> integer(schema, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case LONG -> integer(schema, Long.MIN_VALUE, Long.MAX_VALUE);
            case BIG_INTEGER -> schema.put("type", "integer");
            case FLOAT, DOUBLE, BIG_DECIMAL -> schema.put("type", "number");
            case CHAR -> {
                schema.put("type", "string");
                schema.put("minLength", 1);
                schema.put("maxLength", 1);
            }
            case STRING -> schema.put("type", "string");
            case UUID -> string(schema, "uuid");
            case URI -> string(schema, "uri");
            case LOCAL_DATE -> string(schema, "date");
            case OFFSET_DATE_TIME, ZONED_DATE_TIME, INSTANT -> string(schema, "date-time");
            case OFFSET_TIME -> string(schema, "time");
            case DURATION -> string(schema, "duration");
            case LOCAL_TIME -> {
                schema.put("type", "string");
                schema.put("pattern", LOCAL_TIME_PATTERN);
            }
            case LOCAL_DATE_TIME -> {
                schema.put("type", "string");
                schema.put("pattern", LOCAL_DATE_TIME_PATTERN);
            }
            default -> throw new AssertionError(kind);
        }
    }

    private static void integer(Map<String, Object> schema, long min, long max) {
        schema.put("type", "integer");
        schema.put("minimum", min);
        schema.put("maximum", max);
    }

    private static void string(Map<String, Object> schema, String format) {
        schema.put("type", "string");
        schema.put("format", format);
    }

    /** {@code $defs} names: the record's name within its package, or its full name where two would clash. */
    private static Map<ClassRef, String> defNames(ToolClass toolClass) {
        Map<String, Integer> counts = new HashMap<>();
        for (ClassRef ref : toolClass.records().keySet()) {
            counts.merge(ref.nestedName(), 1, Integer::sum);
        }
        Map<ClassRef, String> names = new HashMap<>();
        for (ClassRef ref : toolClass.records().keySet()) {
            names.put(ref, counts.get(ref.nestedName()) > 1 ? ref.canonicalName() : ref.nestedName());
        }
        return names;
    }
}
