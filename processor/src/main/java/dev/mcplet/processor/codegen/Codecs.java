package dev.mcplet.processor.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.mcplet.processor.model.JsonType;
import dev.mcplet.processor.model.Property;
import dev.mcplet.processor.model.RecordDef;
import dev.mcplet.processor.model.ToolClass;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Decoding and encoding code: expressions for scalars (calls into {@code Decode} and {@code Encode}
 * of {@code dev.mcplet.server.tool}), and one generated {@code readX}/{@code writeX} method per
 * distinct record, enum, array, collection or map type, shared by every tool of the class.
 */
final class Codecs {

    static final ClassName DECODE = ClassName.get("dev.mcplet.server.tool", "Decode");
    static final ClassName ENCODE = ClassName.get("dev.mcplet.server.tool", "Encode");
    static final ClassName INVALID_ARGUMENTS = ClassName.get("dev.mcplet.server.tool", "InvalidArgumentsException");

    private final ToolClass model;
    private final Members members;
    private final Map<JsonType, String> readers = new LinkedHashMap<>();
    private final Map<JsonType, String> writers = new LinkedHashMap<>();
    private final List<JsonType> pendingReaders = new ArrayList<>();
    private final List<JsonType> pendingWriters = new ArrayList<>();

    Codecs(ToolClass model, Members members) {
        this.model = model;
        this.members = members;
    }

    /** Writes the reader and writer methods asked for so far, and those they ask for in turn. */
    void writeMethods() {
        while (!pendingReaders.isEmpty() || !pendingWriters.isEmpty()) {
            if (!pendingReaders.isEmpty()) {
                JsonType type = pendingReaders.remove(0);
                members.codecs.add(reader(type, readers.get(type)));
            } else {
                JsonType type = pendingWriters.remove(0);
                members.codecs.add(writer(type, writers.get(type)));
            }
        }
    }

    // ---- decoding -------------------------------------------------------------------------------

    /** An expression that decodes {@code node} (null when absent) to a value of {@code type}, throwing InvalidArgumentsException. */
    CodeBlock decode(JsonType type, CodeBlock node) {
        if (type instanceof JsonType.Scalar scalar) {
            return CodeBlock.of("$T.$L($L)", DECODE, decoderName(scalar), node);
        }
        if (type instanceof JsonType.RawJson raw) {
            return CodeBlock.of("$T.$L($L)", DECODE, raw.objectOnly() ? "object" : "any", node);
        }
        String name = readers.get(type);
        if (name == null) {
            name = members.newName("read" + TypeNames.word(type));
            readers.put(type, name);
            pendingReaders.add(type);
        }
        return CodeBlock.of("$L($L)", name, node);
    }

    /** {@code toInt}, {@code toText}...: the scalar's decoder in {@code Decode} (and {@code TextDecode}). */
    static String decoderName(JsonType.Scalar scalar) {
        switch (scalar.kind()) {
            case STRING:
                return "toText";
            case UUID:
                return "toUuid";
            case URI:
                return "toUri";
            case BIG_INTEGER:
                return "toBigInteger";
            case BIG_DECIMAL:
                return "toBigDecimal";
            default:
                // toBoolean, toInt, toChar, toLocalDate, toOffsetDateTime, toDuration...
                return "to" + TypeNames.word(new JsonType.Scalar(scalar.kind(), false))
                        .replace("Integer", "Int").replace("Character", "Char");
        }
    }

    /**
     * Statements that declare {@code local} and set it from property {@code property} of the object
     * in {@code object}, prefixing the property name to the path of any decoding error.
     *
     * @param defaultConstant the constant holding the property's default, or null
     * @param errors the local that collects the problems of every property
     */
    private CodeBlock decodeProperty(Property property, String object, String local, NameAllocator locals, String catchName,
            String defaultConstant, String errors) {
        CodeBlock.Builder code = CodeBlock.builder();
        TypeName javaType = TypeNames.of(property.type());
        CodeBlock get = CodeBlock.of("$L.get($S)", object, property.jsonName());
        if (property.required()) {
            declare(code, javaType, local);
            code.beginControlFlow("try");
            code.addStatement("$L = $L", local, decode(property.type(), get));
            return catchField(code, catchName, property, errors).build();
        }
        if (property.type() instanceof JsonType.RawJson raw && !raw.objectOnly()) {
            // Any JSON value, passed through as is; null only when absent.
            code.addStatement("$T $L = $L", javaType, local, get);
            if (defaultConstant != null) {
                code.beginControlFlow("if ($L == null)", local);
                code.addStatement("$L = $L.deepCopy()", local, defaultConstant);
                code.endControlFlow();
            }
            return code.build();
        }
        String node = locals.newName(local + "Node");
        code.addStatement("$T $L = $L", TypeNames.JSON_NODE, node, get);
        declare(code, javaType, local);
        code.beginControlFlow("try");
        // An explicit null is taken as absent: models often send null for an argument they leave out.
        code.beginControlFlow("if ($L == null || $L.isNull())", node, node);
        code.addStatement("$L = $L", local, absent(property, defaultConstant));
        code.nextControlFlow("else");
        code.addStatement("$L = $L", local, present(property.type(), CodeBlock.of("$L", node)));
        code.endControlFlow();
        return catchField(code, catchName, property, errors).build();
    }

    /**
     * Statements that refuse the properties of {@code object} that are not in {@code properties}
     * and decode each property into its local ({@code names}), collecting every problem and
     * throwing them together, so that one error lists them all.
     *
     * @param propertiesConstant the constant that lists the property names
     * @param prefix the prefix of the constants for defaults
     */
    CodeBlock decodeAll(List<Property> properties, String object, String propertiesConstant, String prefix,
            List<String> names, NameAllocator locals, String e) {
        CodeBlock.Builder code = CodeBlock.builder();
        if (properties.isEmpty()) {
            return code.addStatement("$T.rejectUnexpected($L, $L)", DECODE, object, propertiesConstant).build();
        }
        String errors = locals.newName("errors");
        code.add(TextArguments.declareErrors(errors));
        code.beginControlFlow("try");
        code.addStatement("$T.rejectUnexpected($L, $L)", DECODE, object, propertiesConstant);
        code.nextControlFlow("catch ($T $L)", INVALID_ARGUMENTS, e);
        code.addStatement("$L = $L", errors, e);
        code.endControlFlow();
        for (int i = 0; i < properties.size(); i++) {
            Property property = properties.get(i);
            String defaultConstant = property.defaultJson() == null ? null : members.defaultValue(prefix, property);
            code.add(decodeProperty(property, object, names.get(i), locals, e, defaultConstant, errors));
        }
        return code.add(TextArguments.throwErrors(errors)).build();
    }

    /** The local starts with a value, as its decoder may not set it when problems are collected. */
    private static void declare(CodeBlock.Builder code, TypeName javaType, String local) {
        code.addStatement("$T $L = $L", javaType, local, TextArguments.zero(javaType));
    }

    private CodeBlock.Builder catchField(CodeBlock.Builder code, String catchName, Property property, String errors) {
        code.nextControlFlow("catch ($T $L)", INVALID_ARGUMENTS, catchName);
        code.addStatement("$L = $T.add($L, $L.atField($S))", errors, INVALID_ARGUMENTS, errors, catchName,
                property.jsonName());
        return code.endControlFlow();
    }

    private CodeBlock absent(Property property, String defaultConstant) {
        if (defaultConstant != null) {
            CodeBlock node = property.type() instanceof JsonType.RawJson
                    ? CodeBlock.of("$L.deepCopy()", defaultConstant) : CodeBlock.of("$L", defaultConstant);
            return present(property.type(), node);
        }
        if (property.type() instanceof JsonType.OptionalType optional) {
            return CodeBlock.of("$T.empty()", TypeNames.className(optional.kind().className()));
        }
        return CodeBlock.of("null");
    }

    private CodeBlock present(JsonType type, CodeBlock node) {
        if (type instanceof JsonType.OptionalType optional) {
            return CodeBlock.of("$T.of($L)", TypeNames.className(optional.kind().className()),
                    decode(optional.value(), node));
        }
        return decode(type, node);
    }

    private MethodSpec reader(JsonType type, String name) {
        NameAllocator locals = new NameAllocator();
        locals.newName("value");
        String e = locals.newName("e");
        CodeBlock.Builder code = CodeBlock.builder();
        if (type instanceof JsonType.EnumType enumType) {
            String expected = expectedConstants(enumType.constants());
            code.addStatement("$T name = $T.enumName(value, $S)", TypeNames.STRING, DECODE, expected);
            code.beginControlFlow("switch (name)");
            ClassName enumClass = TypeNames.className(enumType.type());
            for (String constant : enumType.constants()) {
                code.addStatement("case $S: return $T.$L", constant, enumClass, constant);
            }
            code.addStatement("default: throw $T.notOneOf(value, $S)", DECODE, expected);
            code.endControlFlow();
        } else if (type instanceof JsonType.RecordType record) {
            readRecord(model.record(record.type()), code, locals, e);
        } else if (type instanceof JsonType.MapType map) {
            code.addStatement("$T object = $T.object(value)", TypeNames.OBJECT_NODE, DECODE);
            code.addStatement("$T map = new $T<>()", TypeNames.of(type), ClassName.get("java.util", "LinkedHashMap"));
            code.addStatement("$T errors = null", INVALID_ARGUMENTS);
            code.beginControlFlow("for ($T field : object.properties())",
                    ParameterizedTypeName.get(ClassName.get("java.util", "Map", "Entry"), TypeNames.STRING, TypeNames.JSON_NODE));
            code.beginControlFlow("try");
            code.addStatement("map.put(field.getKey(), $L)", decode(map.value(), CodeBlock.of("field.getValue()")));
            code.nextControlFlow("catch ($T $L)", INVALID_ARGUMENTS, e);
            code.addStatement("errors = $T.add(errors, $L.atField(field.getKey()))", INVALID_ARGUMENTS, e);
            code.endControlFlow();
            code.endControlFlow();
            code.add(TextArguments.throwErrors("errors"));
            code.addStatement("return map");
        } else {
            readItems(type, code, e);
        }
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(TypeNames.of(type))
                .addParameter(TypeNames.JSON_NODE, "value")
                .addException(INVALID_ARGUMENTS)
                .addCode(code.build())
                .build();
    }

    /** {@code one of "RED", "GREEN"}, the words of the schema's {@code enum}. */
    static String expectedConstants(List<String> constants) {
        StringBuilder out = new StringBuilder("one of ");
        for (int i = 0; i < constants.size(); i++) {
            out.append(i == 0 ? "\"" : ", \"").append(constants.get(i)).append('"');
        }
        return out.toString();
    }

    private void readRecord(RecordDef record, CodeBlock.Builder code, NameAllocator locals, String e) {
        String object = locals.newName("object");
        String prefix = Names.upperSnake(String.join("_", record.type().simpleNames()));
        String properties = members.propertyNames(prefix, record.components());
        code.addStatement("$T $L = $T.object(value)", TypeNames.OBJECT_NODE, object, DECODE);
        List<String> names = new ArrayList<>();
        for (Property component : record.components()) {
            names.add(locals.newName(component.javaName()));
        }
        code.add(decodeAll(record.components(), object, properties, prefix, names, locals, e));
        // A record that validates its components in its constructor refuses the value with an
        // IllegalArgumentException: that is a problem with the argument at this path.
        code.beginControlFlow("try");
        code.addStatement("return new $T($L)", TypeNames.className(record.type()), String.join(", ", names));
        code.nextControlFlow("catch ($T $L)", IllegalArgumentException.class, e);
        code.addStatement("throw $T.refused($L)", DECODE, e);
        code.endControlFlow();
    }

    private void readItems(JsonType type, CodeBlock.Builder code, String e) {
        code.addStatement("$T array = $T.array(value)", TypeNames.ARRAY_NODE, DECODE);
        JsonType item;
        boolean unique = false;
        if (type instanceof JsonType.ArrayType array) {
            item = array.item();
            code.addStatement("$T items = $L", TypeNames.of(type), newArray(TypeNames.of(item)));
        } else {
            JsonType.CollectionType collection = (JsonType.CollectionType) type;
            item = collection.item();
            unique = collection.kind() == JsonType.CollectionKind.SET;
            code.addStatement(unique ? "$T items = new $T<>()" : "$T items = new $T<>(array.size())",
                    TypeNames.of(type), ClassName.get("java.util", unique ? "LinkedHashSet" : "ArrayList"));
        }
        code.addStatement("$T errors = null", INVALID_ARGUMENTS);
        code.beginControlFlow("for (int i = 0; i < array.size(); i++)");
        code.beginControlFlow("try");
        CodeBlock decoded = decode(item, CodeBlock.of("array.get(i)"));
        if (type instanceof JsonType.ArrayType) {
            code.addStatement("items[i] = $L", decoded);
        } else if (unique) {
            // The schema says uniqueItems: a repeated item is an error, not silently dropped.
            code.beginControlFlow("if (!items.add($L))", decoded);
            code.addStatement("throw $T.duplicateItem()", DECODE);
            code.endControlFlow();
        } else {
            code.addStatement("items.add($L)", decoded);
        }
        code.nextControlFlow("catch ($T $L)", INVALID_ARGUMENTS, e);
        // Every bad item, not only the first (InvalidArgumentsException lists at most 20).
        code.addStatement("errors = $T.add(errors, $L.atIndex(i))", INVALID_ARGUMENTS, e);
        code.endControlFlow();
        code.endControlFlow();
        code.add(TextArguments.throwErrors("errors"));
        code.addStatement("return items");
    }

    /** {@code new int[array.size()]}, {@code new int[array.size()][]} for an array of {@code int[]}. */
    private static CodeBlock newArray(TypeName item) {
        int dimensions = 0;
        TypeName base = item;
        while (base instanceof ArrayTypeName array) {
            base = array.componentType();
            dimensions++;
        }
        return CodeBlock.of("new $T[array.size()]$L", base, "[]".repeat(dimensions));
    }

    // ---- encoding -------------------------------------------------------------------------------

    /** An expression that encodes {@code value} (not null) of {@code type} to a {@code JsonNode}. */
    CodeBlock encode(JsonType type, CodeBlock value) {
        if (type instanceof JsonType.Scalar scalar) {
            return CodeBlock.of("$T.$L($L)", ENCODE, encoderName(scalar), value);
        }
        if (type instanceof JsonType.EnumType) {
            return CodeBlock.of("$T.string($L)", ENCODE, value);
        }
        if (type instanceof JsonType.RawJson) {
            return value;
        }
        String name = writers.get(type);
        if (name == null) {
            name = members.newName("write" + TypeNames.word(type));
            writers.put(type, name);
            pendingWriters.add(type);
        }
        return CodeBlock.of("$L($L)", name, value);
    }

    /** The text content for a scalar or enum value (not null). */
    CodeBlock text(JsonType type, CodeBlock value) {
        if (type instanceof JsonType.Scalar scalar && scalar.primitive()) {
            return CodeBlock.of("$T.valueOf($L)", TypeNames.STRING, value);
        }
        if (type instanceof JsonType.Scalar scalar && scalar.kind() == dev.mcplet.processor.model.ScalarKind.STRING) {
            return value;
        }
        return CodeBlock.of("$T.text($L)", ENCODE, encode(type, value));
    }

    private static String encoderName(JsonType.Scalar scalar) {
        switch (scalar.kind()) {
            case BOOLEAN:
                return "bool";
            case BYTE, SHORT, INT, LONG, FLOAT, DOUBLE, BIG_INTEGER, BIG_DECIMAL:
                return "number";
            case CHAR, STRING:
                return "string";
            case UUID:
                return "uuid";
            case URI:
                return "uri";
            case LOCAL_DATE:
                return "date";
            case LOCAL_TIME, OFFSET_TIME:
                return "time";
            case DURATION:
                return "duration";
            default:
                return "dateTime";
        }
    }

    private MethodSpec writer(JsonType type, String name) {
        CodeBlock.Builder code = CodeBlock.builder();
        TypeName returns;
        if (type instanceof JsonType.RecordType record) {
            returns = TypeNames.OBJECT_NODE;
            writeRecord(model.record(record.type()), code);
        } else if (type instanceof JsonType.MapType map) {
            returns = TypeNames.OBJECT_NODE;
            code.addStatement("$T object = $T.object()", TypeNames.OBJECT_NODE, ENCODE);
            code.beginControlFlow("for ($T entry : value.entrySet())", ParameterizedTypeName.get(
                    ClassName.get("java.util", "Map", "Entry"), TypeNames.STRING, TypeNames.of(map.value())));
            code.beginControlFlow("if (entry.getKey() == null || entry.getValue() == null)");
            code.addStatement("throw $T.nullValue()", ENCODE);
            code.endControlFlow();
            code.addStatement("object.set(entry.getKey(), $L)", encode(map.value(), CodeBlock.of("entry.getValue()")));
            code.endControlFlow();
            code.addStatement("return object");
        } else {
            returns = TypeNames.ARRAY_NODE;
            JsonType item = type instanceof JsonType.ArrayType array ? array.item()
                    : ((JsonType.CollectionType) type).item();
            code.addStatement("$T array = $T.array($L)", TypeNames.ARRAY_NODE, ENCODE,
                    type instanceof JsonType.ArrayType ? "value.length" : "value.size()");
            TypeName itemType = TypeNames.of(item);
            code.beginControlFlow("for ($T item : value)", itemType);
            if (!itemType.isPrimitive()) {
                code.beginControlFlow("if (item == null)");
                code.addStatement("throw $T.nullValue()", ENCODE);
                code.endControlFlow();
            }
            code.addStatement("array.add($L)", encode(item, CodeBlock.of("item")));
            code.endControlFlow();
            code.addStatement("return array");
        }
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(returns)
                .addParameter(TypeNames.of(type), "value")
                .addCode(code.build())
                .build();
    }

    private void writeRecord(RecordDef record, CodeBlock.Builder code) {
        NameAllocator locals = new NameAllocator();
        locals.newName("value");
        String object = locals.newName("object");
        code.addStatement("$T $L = $T.object()", TypeNames.OBJECT_NODE, object, ENCODE);
        for (Property component : record.components()) {
            CodeBlock get = CodeBlock.of("value.$L()", component.javaName());
            JsonType type = component.type();
            if (type instanceof JsonType.Scalar scalar && scalar.primitive()) {
                code.addStatement("$L.set($S, $L)", object, component.jsonName(), encode(type, get));
                continue;
            }
            String local = locals.newName(component.javaName());
            code.addStatement("$T $L = $L", TypeNames.of(type), local, get);
            CodeBlock localValue = CodeBlock.of("$L", local);
            if (type instanceof JsonType.OptionalType optional) {
                String getter = switch (optional.kind()) {
                    case OPTIONAL -> "get";
                    case OPTIONAL_INT -> "getAsInt";
                    case OPTIONAL_LONG -> "getAsLong";
                    case OPTIONAL_DOUBLE -> "getAsDouble";
                };
                code.beginControlFlow("if ($L != null && $L.isPresent())", local, local);
                code.addStatement("$L.set($S, $L)", object, component.jsonName(),
                        encode(optional.value(), CodeBlock.of("$L.$L()", local, getter)));
                code.endControlFlow();
            } else if (!component.required()) {
                code.beginControlFlow("if ($L != null)", local);
                code.addStatement("$L.set($S, $L)", object, component.jsonName(), encode(type, localValue));
                code.endControlFlow();
            } else {
                code.beginControlFlow("if ($L == null)", local);
                code.addStatement("throw $T.nullComponent($S, $S)", ENCODE, record.type().nestedName(),
                        component.javaName());
                code.endControlFlow();
                code.addStatement("$L.set($S, $L)", object, component.jsonName(), encode(type, localValue));
            }
        }
        code.addStatement("return $L", object);
    }
}
