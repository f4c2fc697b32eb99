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
import dev.mcplet.processor.model.ObjectDef;
import dev.mcplet.processor.model.ToolClass;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Decoding and encoding code: expressions for scalars (calls into {@code Decode} and {@code Encode}
 * of {@code dev.mcplet.server.tool}), and one generated {@code readX}/{@code writeX} method per
 * distinct object type (each instantiation of a generic one), enum, array, collection or map type,
 * and per variant of a sealed hierarchy, shared by every tool of the class.
 */
final class Codecs {

    static final ClassName DECODE = ClassName.get("dev.mcplet.server.tool", "Decode");
    static final ClassName ENCODE = ClassName.get("dev.mcplet.server.tool", "Encode");
    static final ClassName INVALID_ARGUMENTS = ClassName.get("dev.mcplet.server.tool", "InvalidArgumentsException");

    private final ToolClass model;
    private final Members members;
    /** Reader and writer method names by what they read: a {@link JsonType}, or a {@link Variant}. */
    private final Map<Object, String> readers = new LinkedHashMap<>();
    private final Map<Object, String> writers = new LinkedHashMap<>();
    private final List<Object> pendingReaders = new ArrayList<>();
    private final List<Object> pendingWriters = new ArrayList<>();

    /** A subtype read or written as a variant of a sealed type: with its discriminator. */
    private record Variant(ObjectDef union, ObjectDef.Variant variant) {
    }

    Codecs(ToolClass model, Members members) {
        this.model = model;
        this.members = members;
    }

    /** Writes the reader and writer methods asked for so far, and those they ask for in turn. */
    void writeMethods() {
        while (!pendingReaders.isEmpty() || !pendingWriters.isEmpty()) {
            if (!pendingReaders.isEmpty()) {
                Object type = pendingReaders.remove(0);
                members.codecs.add(type instanceof Variant v ? variantReader(v, readers.get(type))
                        : reader((JsonType) type, readers.get(type)));
            } else {
                Object type = pendingWriters.remove(0);
                members.codecs.add(type instanceof Variant v ? variantWriter(v, writers.get(type))
                        : writer((JsonType) type, writers.get(type)));
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
        return CodeBlock.of("$L($L)", readerName(type, "read" + TypeNames.word(type)), node);
    }

    private String readerName(Object type, String suggestion) {
        String name = readers.get(type);
        if (name == null) {
            name = members.newName(suggestion);
            readers.put(type, name);
            pendingReaders.add(type);
        }
        return name;
    }

    private String writerName(Object type, String suggestion) {
        String name = writers.get(type);
        if (name == null) {
            name = members.newName(suggestion);
            writers.put(type, name);
            pendingWriters.add(type);
        }
        return name;
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
            case BYTES:
                return "toBytes";
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
    private CodeBlock decodeProperty(Property property, String object, String local, NameAllocator locals,
            String catchName, String defaultConstant, String errors) {
        CodeBlock.Builder code = CodeBlock.builder();
        TypeName javaType = TypeNames.of(property.type());
        CodeBlock get = get(object, property);
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
     * Statements that refuse the properties of {@code object} that are not expected and decode each
     * input property into its local ({@code names}), collecting every problem and throwing them
     * together, so that one error lists them all.
     *
     * @param expectedConstant the constant that lists the expected names, or null when any are accepted
     * @param prefix the prefix of the constants for defaults
     * @param names the local of each property; null for one that is not read
     */
    CodeBlock decodeAll(List<Property> properties, String object, String expectedConstant, String prefix,
            List<String> names, NameAllocator locals, String e) {
        CodeBlock.Builder code = CodeBlock.builder();
        if (properties.isEmpty()) {
            if (expectedConstant != null) {
                code.addStatement("$T.rejectUnexpected($L, $L)", DECODE, object, expectedConstant);
            }
            return code.build();
        }
        String errors = locals.newName("errors");
        code.add(TextArguments.declareErrors(errors));
        rejectUnexpected(code, object, expectedConstant, errors, e);
        for (int i = 0; i < properties.size(); i++) {
            Property property = properties.get(i);
            if (names.get(i) != null) {
                String defaultConstant = property.defaultJson() == null ? null : members.defaultValue(prefix, property);
                code.add(decodeProperty(property, object, names.get(i), locals, e, defaultConstant, errors));
            }
        }
        return code.add(TextArguments.throwErrors(errors)).build();
    }

    /** {@code Decode.rejectUnexpected}, its problem collected in {@code errors}; nothing when any name is accepted. */
    private static void rejectUnexpected(CodeBlock.Builder code, String object, String expectedConstant, String errors,
            String e) {
        if (expectedConstant != null) {
            code.beginControlFlow("try");
            code.addStatement("$T.rejectUnexpected($L, $L)", DECODE, object, expectedConstant);
            code.nextControlFlow("catch ($T $L)", INVALID_ARGUMENTS, e);
            code.addStatement("$L = $L", errors, e);
            code.endControlFlow();
        }
    }

    /** The local starts with a value, as its decoder may not set it when problems are collected. */
    private static void declare(CodeBlock.Builder code, TypeName javaType, String local) {
        code.addStatement("$T $L = $L", javaType, local, TextArguments.zero(javaType));
    }

    /** {@code object.get("zip")}, or with {@code @JsonAlias}: {@code Decode.field(object, "zip", "postcode")}. */
    private static CodeBlock get(String object, Property property) {
        if (property.aliases().isEmpty()) {
            return CodeBlock.of("$L.get($S)", object, property.jsonName());
        }
        CodeBlock.Builder get = CodeBlock.builder().add("$T.field($L, $S", DECODE, object, property.jsonName());
        for (String alias : property.aliases()) {
            get.add(", $S", alias);
        }
        return get.add(")").build();
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
        if (type instanceof JsonType.EnumType enumType && enumType.custom() != null) {
            readCustomEnum(enumType, code, e);
        } else if (type instanceof JsonType.EnumType enumType) {
            String expected = expectedConstants(enumType.constants());
            code.addStatement("$T name = $T.enumName(value, $S)", TypeNames.STRING, DECODE, expected);
            code.beginControlFlow("switch (name)");
            ClassName enumClass = TypeNames.className(enumType.type());
            for (int i = 0; i < enumType.constants().size(); i++) {
                code.addStatement("case $S: return $T.$L", enumType.constants().get(i), enumClass,
                        enumType.javaNames().get(i));
            }
            code.addStatement("default: throw $T.notOneOf(value, $S)", DECODE, expected);
            code.endControlFlow();
        } else if (type instanceof JsonType.ObjectType object) {
            ObjectDef def = model.object(object);
            if (def.union() != null) {
                readUnion(def, code, e);
            } else {
                readObject(def, null, code, locals, e);
            }
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

    /**
     * An enum read through its {@code @JsonCreator} factory, or matched against its
     * {@code @JsonValue} values; values are known at run time only, so is the message's list.
     */
    private void readCustomEnum(JsonType.EnumType enumType, CodeBlock.Builder code, String e) {
        JsonType.Custom custom = enumType.custom();
        ClassName enumClass = TypeNames.className(enumType.type());
        if (custom.factory() != null) {
            code.addStatement("$T result", enumClass);
            code.beginControlFlow("try");
            code.addStatement("result = $T.$L($L)", enumClass, custom.factory(),
                    decode(custom.factoryType(), CodeBlock.of("value")));
            code.nextControlFlow("catch ($T $L)", IllegalArgumentException.class, e);
            code.addStatement("throw $T.refused($L)", DECODE, e);
            code.endControlFlow();
            code.beginControlFlow("if (result == null)");
            code.addStatement("throw $T.notOneOf(value, $S)", DECODE, "a valid " + enumType.type().simpleName());
            code.endControlFlow();
            code.addStatement("return result");
            return;
        }
        TypeName valueType = TypeNames.of(custom.valueType());
        code.addStatement("$T given = $L", valueType, decode(custom.valueType(), CodeBlock.of("value")));
        code.addStatement("$T[] constants = $T.values()", enumClass, enumClass);
        code.beginControlFlow("for ($T constant : constants)", enumClass);
        code.beginControlFlow(valueType.isPrimitive() ? "if (constant.$L == given)" : "if (given.equals(constant.$L))",
                custom.value());
        code.addStatement("return constant");
        code.endControlFlow();
        code.endControlFlow();
        code.addStatement("$T[] values = new $T[constants.length]", TypeNames.JSON_NODE, TypeNames.JSON_NODE);
        code.beginControlFlow("for (int i = 0; i < constants.length; i++)");
        code.addStatement("values[i] = $L", encode(custom.valueType(), CodeBlock.of("constants[i].$L", custom.value())));
        code.endControlFlow();
        code.addStatement("throw $T.notOneOf(value, $T.oneOf(values))", DECODE, DECODE);
    }

    /** {@code one of "RED", "GREEN"}, the words of the schema's {@code enum}. */
    static String expectedConstants(List<String> constants) {
        StringBuilder out = new StringBuilder("one of ");
        for (int i = 0; i < constants.size(); i++) {
            out.append(i == 0 ? "\"" : ", \"").append(constants.get(i)).append('"');
        }
        return out.toString();
    }

    /** Picks the variant by its discriminator, then reads it. */
    private void readUnion(ObjectDef def, CodeBlock.Builder code, String e) {
        String property = def.union().property();
        String expected = expectedConstants(def.union().tags());
        code.addStatement("$T object = $T.object(value)", TypeNames.OBJECT_NODE, DECODE);
        code.addStatement("$T tag", TypeNames.STRING);
        code.beginControlFlow("try");
        code.addStatement("tag = $T.enumName(object.get($S), $S)", DECODE, property, expected);
        code.nextControlFlow("catch ($T $L)", INVALID_ARGUMENTS, e);
        code.addStatement("throw $L.atField($S)", e, property);
        code.endControlFlow();
        code.beginControlFlow("switch (tag)");
        for (ObjectDef.Variant variant : def.union().variants()) {
            String reader = readerName(new Variant(def, variant), "read" + TypeNames.word(def.type())
                    + variant.type().type().simpleName());
            code.addStatement("case $S: return $L(object)", variant.tag(), reader);
        }
        code.addStatement("default: throw $T.notOneOf(object.get($S), $S).atField($S)", DECODE, property, expected,
                property);
        code.endControlFlow();
    }

    private MethodSpec variantReader(Variant variant, String name) {
        NameAllocator locals = new NameAllocator();
        locals.newName("value");
        String e = locals.newName("e");
        CodeBlock.Builder code = CodeBlock.builder();
        ObjectDef def = model.object(variant.variant().type());
        readObject(def, variant.union().union().property(), code, locals, e);
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(TypeNames.of(def.type()))
                .addParameter(TypeNames.JSON_NODE, "value")
                .addException(INVALID_ARGUMENTS)
                .addCode(code.build())
                .build();
    }

    /**
     * Reads a record or class: refuses unexpected properties, decodes each property read from
     * arguments, then calls the constructor (with the properties it takes) or the setters.
     *
     * @param discriminator the discriminator property when read as a variant of a sealed type, or null
     */
    private void readObject(ObjectDef def, String discriminator, CodeBlock.Builder code, NameAllocator locals,
            String e) {
        String object = locals.newName("object");
        String prefix = Names.upperSnake(TypeNames.word(def.type())) + (discriminator == null ? "" : "_VARIANT");
        List<String> expected = new ArrayList<>();
        if (discriminator != null) {
            expected.add(discriminator);
        }
        for (Property property : def.properties()) {
            if (property.input() && !property.jsonName().equals(discriminator)) {
                expected.add(property.jsonName());
                expected.addAll(property.aliases());
            }
        }
        code.addStatement("$T $L = $T.object(value)", TypeNames.OBJECT_NODE, object, DECODE);
        String expectedConstant = def.closed() ? members.names(prefix, expected) : null;
        TypeName javaType = TypeNames.of(def.type());
        if (def.shape() == ObjectDef.Shape.BEAN) {
            String result = locals.newName("result");
            String errors = locals.newName("errors");
            code.add(TextArguments.declareErrors(errors));
            rejectUnexpected(code, object, expectedConstant, errors, e);
            code.addStatement("$T $L = new $T()", javaType, result, javaType);
            for (Property property : def.properties()) {
                if (property.input()) {
                    setProperty(property, object, result, prefix, locals, e, errors, code);
                }
            }
            code.add(TextArguments.throwErrors(errors));
            code.addStatement("return $L", result);
            return;
        }
        List<String> names = new ArrayList<>();
        for (Property property : def.properties()) {
            names.add(property.input() ? locals.newName(property.javaName()) : null);
        }
        code.add(decodeAll(def.properties(), object, expectedConstant, prefix, names, locals, e));
        List<String> args = new ArrayList<>();
        for (ObjectDef.Arg arg : def.creator()) {
            boolean set = arg.property() >= 0 && def.properties().get(arg.property()).input();
            args.add(set ? names.get(arg.property()) : arg.zero());
        }
        // A constructor that validates its arguments refuses the value with an
        // IllegalArgumentException: that is a problem with the argument at this path.
        code.beginControlFlow("try");
        if (def.factory() != null) {
            code.addStatement("return $T.$L($L)", TypeNames.className(def.type().type()), def.factory(),
                    String.join(", ", args));
        } else {
            code.addStatement("return new $T($L)", javaType, String.join(", ", args));
        }
        code.nextControlFlow("catch ($T $L)", IllegalArgumentException.class, e);
        code.addStatement("throw $T.refused($L)", DECODE, e);
        code.endControlFlow();
    }

    /** Decodes one JavaBean property, when present (or required, or defaulted), and sets it. */
    private void setProperty(Property property, String object, String result, String prefix, NameAllocator locals,
            String e, String errors, CodeBlock.Builder code) {
        String node = locals.newName(property.javaName() + "Node");
        code.addStatement("$T $L = $L", TypeNames.JSON_NODE, node, get(object, property));
        CodeBlock nodeValue = CodeBlock.of("$L", node);
        boolean always = property.required() || property.defaultJson() != null;
        if (property.defaultJson() != null) {
            String defaultConstant = members.defaultValue(prefix, property);
            code.beginControlFlow("if ($L == null || $L.isNull())", node, node);
            code.addStatement("$L = $L", node, property.type() instanceof JsonType.RawJson
                    ? CodeBlock.of("$L.deepCopy()", defaultConstant) : CodeBlock.of("$L", defaultConstant));
            code.endControlFlow();
        } else if (!always) {
            code.beginControlFlow("if ($L != null && !$L.isNull())", node, node);
        }
        code.beginControlFlow("try");
        CodeBlock decoded = present(property.type(), nodeValue);
        Property.Member setter = property.setter();
        if (setter.method()) {
            code.addStatement("$L.$L($L)", result, setter.name(), decoded);
        } else {
            code.addStatement("$L.$L = $L", result, setter.name(), decoded);
        }
        code.nextControlFlow("catch ($T $L)", INVALID_ARGUMENTS, e);
        code.addStatement("$L = $T.add($L, $L.atField($S))", errors, INVALID_ARGUMENTS, errors, e, property.jsonName());
        code.nextControlFlow("catch ($T $L)", IllegalArgumentException.class, e);
        // a setter that validates its value
        code.addStatement("$L = $T.add($L, $T.refused($L).atField($S))", errors, INVALID_ARGUMENTS, errors, DECODE, e,
                property.jsonName());
        code.endControlFlow();
        if (!always) {
            code.endControlFlow();
        }
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
        if (type instanceof JsonType.EnumType enumType && enumType.constants().equals(enumType.javaNames())
                && (enumType.custom() == null || enumType.custom().value() == null)) {
            return CodeBlock.of("$T.string($L)", ENCODE, value);
        }
        if (type instanceof JsonType.RawJson) {
            return value;
        }
        return CodeBlock.of("$L($L)", writerName(type, "write" + TypeNames.word(type)), value);
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
            case BYTES:
                return "bytes";
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
        if (type instanceof JsonType.EnumType enumType && enumType.custom() != null && enumType.custom().value() != null) {
            returns = TypeNames.JSON_NODE;
            code.addStatement("return $L", encode(enumType.custom().valueType(),
                    CodeBlock.of("value.$L", enumType.custom().value())));
        } else if (type instanceof JsonType.EnumType enumType) {
            returns = TypeNames.JSON_NODE;
            ClassName enumClass = TypeNames.className(enumType.type());
            for (int i = 0; i < enumType.constants().size(); i++) {
                code.beginControlFlow("if (value == $T.$L)", enumClass, enumType.javaNames().get(i));
                code.addStatement("return $T.string($S)", ENCODE, enumType.constants().get(i));
                code.endControlFlow();
            }
            code.addStatement("throw $T.nullValue()", ENCODE);
        } else if (type instanceof JsonType.ObjectType object) {
            returns = TypeNames.OBJECT_NODE;
            ObjectDef def = model.object(object);
            if (def.union() != null) {
                writeUnion(def, code);
            } else {
                writeObject(def, null, null, code);
            }
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

    /** Writes the variant the value is, with its discriminator. */
    private void writeUnion(ObjectDef def, CodeBlock.Builder code) {
        for (ObjectDef.Variant variant : def.union().variants()) {
            TypeName variantType = TypeNames.of(variant.type());
            String writer = writerName(new Variant(def, variant), "write" + TypeNames.word(def.type())
                    + variant.type().type().simpleName());
            code.beginControlFlow("if (value instanceof $T)", variantType);
            code.addStatement("return $L(($T) value)", writer, variantType);
            code.endControlFlow();
        }
        // only a subtype compiled after this class can get here
        code.addStatement("throw $T.unknownSubtype($S)", ENCODE, def.type().type().nestedName());
    }

    private MethodSpec variantWriter(Variant variant, String name) {
        CodeBlock.Builder code = CodeBlock.builder();
        ObjectDef def = model.object(variant.variant().type());
        writeObject(def, variant.union().union().property(), variant.variant().tag(), code);
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(TypeNames.OBJECT_NODE)
                .addParameter(TypeNames.of(def.type()), "value")
                .addCode(code.build())
                .build();
    }

    /**
     * Writes the properties of a record or class that go to results, through their getters or fields.
     *
     * @param discriminator written first with {@code tag} when written as a variant of a sealed type; or null
     */
    private void writeObject(ObjectDef def, String discriminator, String tag, CodeBlock.Builder code) {
        NameAllocator locals = new NameAllocator();
        locals.newName("value");
        String object = locals.newName("object");
        code.addStatement("$T $L = $T.object()", TypeNames.OBJECT_NODE, object, ENCODE);
        if (discriminator != null) {
            code.addStatement("$L.put($S, $S)", object, discriminator, tag);
        }
        for (Property component : def.properties()) {
            if (!component.output() || component.jsonName().equals(discriminator)) {
                continue; // a subtype's own discriminator property (EXISTING_PROPERTY): its tag is written above
            }
            CodeBlock get = CodeBlock.of("value.$L", component.getter().access());
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
                code.addStatement("throw $T.nullComponent($S, $S)", ENCODE, def.type().type().nestedName(),
                        component.javaName());
                code.endControlFlow();
                code.addStatement("$L.set($S, $L)", object, component.jsonName(), encode(type, localValue));
            }
        }
        code.addStatement("return $L", object);
    }
}
