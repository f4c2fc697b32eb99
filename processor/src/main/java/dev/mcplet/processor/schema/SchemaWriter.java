package dev.mcplet.processor.schema;

import dev.mcplet.processor.json.JsonText;
import dev.mcplet.processor.model.JsonType;
import dev.mcplet.processor.model.Property;
import dev.mcplet.processor.model.ObjectDef;
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
 *   <li>Records and classes are objects with {@code additionalProperties: false} (unless
 *       {@code @JsonIgnoreProperties(ignoreUnknown = true)}); a type that can contain itself is written
 *       once in {@code $defs} and referenced with {@code $ref}. An input schema lists the properties
 *       read from arguments, an output schema those written in results (a getter without setter,
 *       {@code @JsonProperty(access)}).</li>
 *   <li>Each instantiation of a generic type is its own schema; in {@code $defs} it is named after
 *       its type arguments, {@code Page(Item)}, {@code Page(Map(String,List(Item)))}.</li>
 *   <li>A sealed hierarchy is an object with {@code oneOf} its subtypes, each with its
 *       discriminator property as a {@code const}, first and required.</li>
 *   <li>{@code byte[]} is a string with {@code contentEncoding: base64}, as Jackson writes it.</li>
 *   <li>An enum is a string with its constants' names as {@code enum} ({@code @JsonProperty} renames
 *       them); with {@code @JsonValue} or a {@code @JsonCreator} factory, whose values only run time
 *       knows, it is the schema of that value's type, without {@code enum}.</li>
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
    /** Whether this is an output schema: properties written in results, rather than read from arguments. */
    private final boolean output;
    private final Map<JsonType.ObjectType, String> defNames;
    /** Recursive types referenced while writing one schema, to put in its {@code $defs}. */
    private final Set<JsonType.ObjectType> referenced = new LinkedHashSet<>();

    private SchemaWriter(ToolClass toolClass, boolean output) {
        this.toolClass = toolClass;
        this.output = output;
        this.defNames = defNames(toolClass);
    }

    /** The {@code inputSchema} of a tool: an object with one property per parameter. */
    public static String inputSchema(ToolClass toolClass, ToolMethod tool) {
        SchemaWriter writer = new SchemaWriter(toolClass, false);
        return JsonText.write(writer.withDefs(writer.object(null, tool.params(), true, null, null)));
    }

    /**
     * The {@code outputSchema} of a tool, or null when its result is not structured or has no fixed
     * shape ({@code JsonNode}). Values that are not objects are described inside the wrapper
     * {@code {"result": ...}} that carries them.
     */
    public static String outputSchema(ToolClass toolClass, ToolMethod tool) {
        ResultShape result = tool.result();
        SchemaWriter writer = new SchemaWriter(toolClass, true);
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

    /**
     * Whether the {@link #outputSchema} of a tool is the wrapper {@code {"result": ...}} of a value
     * that is not an object (so that the server may send the value and its schema unwrapped where
     * a revision allows, MCP 2026-07-28).
     */
    public static boolean wrapsOutput(ToolMethod tool) {
        ResultShape result = tool.result();
        switch (result.kind()) {
            case WRAPPED:
                return true;
            case TOOL_RESULT:
                return result.type() != null && !isAnyJson(result.type()) && !isObject(result.type());
            default:
                return false;
        }
    }

    /** Whether values of this type are written as JSON objects (and so need no wrapper). */
    public static boolean isObject(JsonType type) {
        return type instanceof JsonType.ObjectType || type instanceof JsonType.MapType
                || (type instanceof JsonType.RawJson raw && raw.objectOnly());
    }

    private static boolean isAnyJson(JsonType type) {
        return type instanceof JsonType.RawJson raw && !raw.objectOnly();
    }

    /** The root of an output schema: an object type is written in place even when it is recursive. */
    private Map<String, Object> root(JsonType type) {
        if (type instanceof JsonType.ObjectType object) {
            return objectSchema(toolClass.object(object), null, null);
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
        // Writing a definition may reference further recursive types: loop until none is new.
        List<JsonType.ObjectType> written = new ArrayList<>();
        while (written.size() < referenced.size()) {
            for (JsonType.ObjectType type : new ArrayList<>(referenced)) {
                if (!written.contains(type)) {
                    written.add(type);
                    defs.put(defNames.get(type), objectSchema(toolClass.object(type), null, null));
                }
            }
        }
        Map<String, Object> sorted = new LinkedHashMap<>();
        for (JsonType.ObjectType type : toolClass.objects().keySet()) {
            if (defs.containsKey(defNames.get(type))) {
                sorted.put(defNames.get(type), defs.get(defNames.get(type)));
            }
        }
        schema.put("$defs", sorted);
        return schema;
    }

    /**
     * An object with these properties (those that go this way), closed to others unless not {@code closed}.
     *
     * @param discriminator the discriminator property of the union this is a variant of, or null
     * @param tag its value for this variant
     */
    private Map<String, Object> object(String description, List<Property> properties, boolean closed,
            String discriminator, String tag) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        if (description != null) {
            schema.put("description", description);
        }
        Map<String, Object> props = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        if (discriminator != null) {
            Map<String, Object> tagSchema = new LinkedHashMap<>();
            tagSchema.put("type", "string");
            tagSchema.put("const", tag);
            props.put(discriminator, tagSchema);
            required.add(discriminator);
        }
        for (Property property : properties) {
            if ((output ? !property.output() : !property.input()) || property.jsonName().equals(discriminator)) {
                continue; // a subtype's own discriminator property (EXISTING_PROPERTY) is the const above
            }
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
        if (closed) {
            schema.put("additionalProperties", false);
        }
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

    /** The schema of an object type written in place; as a variant of a union with its discriminator. */
    private Map<String, Object> objectSchema(ObjectDef def, String discriminator, String tag) {
        if (def.union() == null) {
            return object(def.description(), def.properties(), def.closed(), discriminator, tag);
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        if (def.description() != null) {
            schema.put("description", def.description());
        }
        List<Object> oneOf = new ArrayList<>();
        for (ObjectDef.Variant variant : def.union().variants()) {
            oneOf.add(objectSchema(toolClass.object(variant.type()), def.union().property(), variant.tag()));
        }
        schema.put("oneOf", oneOf);
        return schema;
    }

    /** The one rule per kind of type. */
    private Map<String, Object> schema(JsonType type) {
        Map<String, Object> schema = new LinkedHashMap<>();
        if (type instanceof JsonType.Scalar scalar) {
            scalar(scalar.kind(), schema);
        } else if (type instanceof JsonType.EnumType enumType && enumType.custom() != null
                && (enumType.custom().value() != null || !output)) {
            // @JsonValue or @JsonCreator: the values are known at run time only
            JsonType.Custom custom = enumType.custom();
            scalar((!output && custom.factory() != null ? custom.factoryType() : custom.valueType()).kind(), schema);
        } else if (type instanceof JsonType.EnumType enumType) {
            schema.put("type", "string");
            schema.put("enum", enumType.constants());
        } else if (type instanceof JsonType.ObjectType object) {
            ObjectDef def = toolClass.object(object);
            if (def.recursive()) {
                referenced.add(object);
                schema.put("$ref", "#/$defs/" + defNames.get(object));
            } else {
                schema = objectSchema(def, null, null);
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
            case BYTES -> {
                schema.put("type", "string");
                schema.put("contentEncoding", "base64");
            }
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

    /**
     * {@code $defs} names: the type's name within its package, with its type arguments
     * ({@code Page(Item)}); the full name where two would clash.
     */
    private static Map<JsonType.ObjectType, String> defNames(ToolClass toolClass) {
        Map<String, Integer> counts = new HashMap<>();
        for (JsonType.ObjectType type : toolClass.objects().keySet()) {
            counts.merge(defName(type, false), 1, Integer::sum);
        }
        Map<JsonType.ObjectType, String> names = new HashMap<>();
        for (JsonType.ObjectType type : toolClass.objects().keySet()) {
            String name = defName(type, false);
            names.put(type, counts.get(name) > 1 ? defName(type, true) : name);
        }
        return names;
    }

    /** {@code Page(Map(String,List(Item)))}: only characters a URI fragment allows as they are. */
    private static String defName(JsonType type, boolean qualified) {
        if (type instanceof JsonType.ObjectType object) {
            String name = qualified ? object.type().canonicalName() : object.type().nestedName();
            return object.arguments().isEmpty() ? name : name + "(" + defNames(object.arguments(), qualified) + ")";
        }
        if (type instanceof JsonType.EnumType enumType) {
            return qualified ? enumType.type().canonicalName() : enumType.type().nestedName();
        }
        if (type instanceof JsonType.Scalar scalar) {
            if (scalar.kind() == ScalarKind.BYTES) {
                return "Bytes";
            }
            String name = scalar.kind().className();
            return name.substring(name.lastIndexOf('.') + 1);
        }
        if (type instanceof JsonType.ArrayType array) {
            return "Array(" + defName(array.item(), qualified) + ")";
        }
        if (type instanceof JsonType.CollectionType collection) {
            String name = collection.kind().className();
            return name.substring(name.lastIndexOf('.') + 1) + "(" + defName(collection.item(), qualified) + ")";
        }
        if (type instanceof JsonType.MapType map) {
            return "Map(String," + defName(map.value(), qualified) + ")";
        }
        if (type instanceof JsonType.OptionalType optional) {
            return "Optional(" + defName(optional.value(), qualified) + ")";
        }
        return ((JsonType.RawJson) type).objectOnly() ? "ObjectNode" : "JsonNode";
    }

    private static String defNames(List<JsonType> types, boolean qualified) {
        StringBuilder out = new StringBuilder();
        for (JsonType type : types) {
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(defName(type, qualified));
        }
        return out.toString();
    }
}
