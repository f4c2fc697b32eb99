package dev.mcplet.processor.model;

import dev.mcplet.processor.json.JsonText;
import dev.mcplet.processor.json.JsonText.JsonNumber;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks at compile time that a {@code @McpParam(defaultValue)} decodes to its type, with the same
 * rules as the generated decoder, so that a default can never fail at run time.
 */
final class DefaultValues {

    private final Map<JsonType.ObjectType, ObjectDef> objects;

    DefaultValues(Map<JsonType.ObjectType, ObjectDef> objects) {
        this.objects = objects;
    }

    /** What is wrong with {@code json} as a value of {@code type} (with its path), or null when it fits. */
    String problem(JsonType type, Object json) {
        return problem(type, json, "");
    }

    private String problem(JsonType type, Object json, String path) {
        if (json == JsonText.NULL) {
            return at(path, "null is not a value");
        }
        if (type instanceof JsonType.Scalar scalar) {
            return scalar(scalar.kind(), json, path);
        }
        if (type instanceof JsonType.EnumType enumType && enumType.custom() != null) {
            // values known at run time only: the JSON type is what can be checked here
            JsonType.Custom custom = enumType.custom();
            return scalar((custom.factory() != null ? custom.factoryType() : custom.valueType()).kind(), json, path);
        }
        if (type instanceof JsonType.EnumType enumType) {
            return json instanceof String s && enumType.constants().contains(s) ? null
                    : at(path, "expected one of " + enumType.constants());
        }
        if (type instanceof JsonType.ArrayType array) {
            return items(array.item(), json, path, false);
        }
        if (type instanceof JsonType.CollectionType collection) {
            return items(collection.item(), json, path, collection.kind() == JsonType.CollectionKind.SET);
        }
        if (type instanceof JsonType.MapType map) {
            if (!(json instanceof Map<?, ?> object)) {
                return at(path, "expected an object");
            }
            for (Map.Entry<?, ?> entry : object.entrySet()) {
                String problem = problem(map.value(), entry.getValue(), field(path, (String) entry.getKey()));
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }
        if (type instanceof JsonType.OptionalType optional) {
            return problem(optional.value(), json, path);
        }
        if (type instanceof JsonType.RawJson raw) {
            return raw.objectOnly() && !(json instanceof Map) ? at(path, "expected an object") : null;
        }
        return object(objects.get((JsonType.ObjectType) type), json, path, null);
    }

    /** @param discriminator the discriminator property of the union it is a variant of, or null */
    private String object(ObjectDef def, Object json, String path, String discriminator) {
        if (!(json instanceof Map<?, ?> object)) {
            return at(path, "expected an object");
        }
        if (def.union() != null) {
            String property = def.union().property();
            Object tag = object.get(property);
            for (ObjectDef.Variant variant : def.union().variants()) {
                if (variant.tag().equals(tag)) {
                    return object(objects.get(variant.type()), json, path, property);
                }
            }
            return at(field(path, property), "expected one of " + def.union().tags());
        }
        Set<String> known = new HashSet<>();
        if (discriminator != null) {
            known.add(discriminator);
        }
        for (Property component : def.properties()) {
            if (!component.input()) {
                continue;
            }
            known.add(component.jsonName());
            known.addAll(component.aliases());
            Object value = object.get(component.jsonName());
            for (int i = 0; value == null && i < component.aliases().size(); i++) {
                value = object.get(component.aliases().get(i));
            }
            if (value == null || (value == JsonText.NULL && !component.required())) {
                if (component.required()) {
                    return at(field(path, component.jsonName()), "required but missing");
                }
                continue;
            }
            String problem = problem(component.type(), value, field(path, component.jsonName()));
            if (problem != null) {
                return problem;
            }
        }
        for (Object name : object.keySet()) {
            if (def.closed() && !known.contains(name)) {
                return at(field(path, (String) name), "unexpected property");
            }
        }
        return null;
    }

    private String items(JsonType item, Object json, String path, boolean unique) {
        if (!(json instanceof List<?> list)) {
            return at(path, "expected an array");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String problem = problem(item, list.get(i), path + "[" + i + "]");
            if (problem != null) {
                return problem;
            }
            if (unique && !seen.add(JsonText.write(list.get(i)))) {
                return at(path + "[" + i + "]", "duplicate item");
            }
        }
        return null;
    }

    private static String scalar(ScalarKind kind, Object json, String path) {
        switch (kind) {
            case BOOLEAN:
                return json instanceof Boolean ? null : at(path, "expected true or false");
            case BYTE:
                return integer(json, path, Byte.MIN_VALUE, Byte.MAX_VALUE);
            case SHORT:
                return integer(json, path, Short.MIN_VALUE, Short.MAX_VALUE);
            case INT:
                return integer(json, path, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case LONG:
                return integer(json, path, Long.MIN_VALUE, Long.MAX_VALUE);
            case BIG_INTEGER:
                return json instanceof JsonNumber n && integral(n.value()) ? null : at(path, "expected an integer");
            case FLOAT:
                return json instanceof JsonNumber n && Float.isFinite(n.value().floatValue()) ? null
                        : at(path, "expected a number within the range of float");
            case DOUBLE:
                return json instanceof JsonNumber n && Double.isFinite(n.value().doubleValue()) ? null
                        : at(path, "expected a number within the range of double");
            case BIG_DECIMAL:
                return json instanceof JsonNumber ? null : at(path, "expected a number");
            case CHAR:
                return json instanceof String s && s.length() == 1 ? null
                        : at(path, "expected a string of exactly one character");
            case STRING:
                return json instanceof String ? null : at(path, "expected a string");
            case BYTES:
                return json instanceof String s && base64(s) ? null : at(path, "expected a base64 string");
            default:
                if (!(json instanceof String text)) {
                    return at(path, "expected a string");
                }
                return parses(kind, text) ? null : at(path, "\"" + text + "\" is not a valid " + kind.className());
        }
    }

    /** The same parsers as the generated decoder ({@code dev.mcplet.server.tool.Decode}). */
    private static boolean parses(ScalarKind kind, String text) {
        try {
            switch (kind) {
                case UUID:
                    return text.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
                case URI:
                    return new URI(text).isAbsolute();
                case LOCAL_DATE:
                    LocalDate.parse(text);
                    return true;
                case LOCAL_TIME:
                    LocalTime.parse(text);
                    return true;
                case LOCAL_DATE_TIME:
                    LocalDateTime.parse(text);
                    return true;
                case OFFSET_DATE_TIME, INSTANT:
                    OffsetDateTime.parse(text);
                    return true;
                case OFFSET_TIME:
                    OffsetTime.parse(text);
                    return true;
                case ZONED_DATE_TIME:
                    ZonedDateTime.parse(text);
                    return true;
                case DURATION:
                    Duration.parse(text);
                    return true;
                default:
                    throw new AssertionError(kind);
            }
        } catch (DateTimeParseException | URISyntaxException e) {
            return false;
        }
    }

    private static boolean base64(String text) {
        try {
            java.util.Base64.getDecoder().decode(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String integer(Object json, String path, long min, long max) {
        String expected = "expected an integer from " + min + " to " + max;
        if (!(json instanceof JsonNumber number) || !integral(number.value())) {
            return at(path, expected);
        }
        BigDecimal value = number.value();
        return value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0
                ? at(path, expected) : null;
    }

    private static boolean integral(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    private static String field(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String at(String path, String problem) {
        return path.isEmpty() ? problem : path + ": " + problem;
    }
}
