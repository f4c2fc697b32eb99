package dev.mcplet.processor.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.mcplet.processor.model.ClassRef;
import dev.mcplet.processor.model.JsonType;
import dev.mcplet.processor.model.ScalarKind;
import java.util.List;

/** The Java type of a {@link JsonType}, and the words that name its reader and writer. */
final class TypeNames {

    static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
    static final ClassName OBJECT_NODE = ClassName.get("com.fasterxml.jackson.databind.node", "ObjectNode");
    static final ClassName ARRAY_NODE = ClassName.get("com.fasterxml.jackson.databind.node", "ArrayNode");
    static final ClassName STRING = ClassName.get(String.class);

    private TypeNames() {
    }

    static ClassName className(ClassRef ref) {
        List<String> names = ref.simpleNames();
        return ClassName.get(ref.packageName(), names.get(0), names.subList(1, names.size()).toArray(new String[0]));
    }

    static ClassName className(String qualifiedName) {
        int dot = qualifiedName.lastIndexOf('.');
        return ClassName.get(qualifiedName.substring(0, dot), qualifiedName.substring(dot + 1));
    }

    static TypeName of(JsonType type) {
        if (type instanceof JsonType.Scalar scalar) {
            if (scalar.kind() == ScalarKind.BYTES) {
                return ArrayTypeName.of(TypeName.BYTE);
            }
            return scalar.primitive() ? primitive(scalar.kind()) : className(scalar.kind().className());
        }
        if (type instanceof JsonType.EnumType enumType) {
            return className(enumType.type());
        }
        if (type instanceof JsonType.ObjectType object) {
            if (object.arguments().isEmpty()) {
                return className(object.type());
            }
            TypeName[] arguments = new TypeName[object.arguments().size()];
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = of(object.arguments().get(i));
            }
            return ParameterizedTypeName.get(className(object.type()), arguments);
        }
        if (type instanceof JsonType.ArrayType array) {
            return ArrayTypeName.of(of(array.item()));
        }
        if (type instanceof JsonType.CollectionType collection) {
            return ParameterizedTypeName.get(className(collection.kind().className()), of(collection.item()));
        }
        if (type instanceof JsonType.MapType map) {
            return ParameterizedTypeName.get(ClassName.get("java.util", "Map"), STRING, of(map.value()));
        }
        if (type instanceof JsonType.OptionalType optional) {
            ClassName optionalClass = className(optional.kind().className());
            return optional.kind() == JsonType.OptionalKind.OPTIONAL
                    ? ParameterizedTypeName.get(optionalClass, of(optional.value())) : optionalClass;
        }
        return ((JsonType.RawJson) type).objectOnly() ? OBJECT_NODE : JSON_NODE;
    }

    private static TypeName primitive(ScalarKind kind) {
        switch (kind) {
            case BOOLEAN:
                return TypeName.BOOLEAN;
            case BYTE:
                return TypeName.BYTE;
            case SHORT:
                return TypeName.SHORT;
            case INT:
                return TypeName.INT;
            case LONG:
                return TypeName.LONG;
            case FLOAT:
                return TypeName.FLOAT;
            case DOUBLE:
                return TypeName.DOUBLE;
            case CHAR:
                return TypeName.CHAR;
            default:
                throw new AssertionError(kind);
        }
    }

    /**
     * {@code Int}, {@code Integer}, {@code Order}, {@code ListOfOrder}, {@code IntArray}, {@code MapOfString},
     * {@code PageOfItem}, {@code PairOfStringAndInteger}, {@code Bytes}.
     */
    static String word(JsonType type) {
        if (type instanceof JsonType.Scalar scalar) {
            if (scalar.kind() == ScalarKind.BYTES) {
                return "Bytes";
            }
            if (scalar.primitive()) {
                return Names.capitalize(scalar.kind().primitiveName());
            }
            String className = scalar.kind().className();
            return className.substring(className.lastIndexOf('.') + 1);
        }
        if (type instanceof JsonType.EnumType enumType) {
            return String.join("", enumType.type().simpleNames());
        }
        if (type instanceof JsonType.ObjectType object) {
            StringBuilder word = new StringBuilder(String.join("", object.type().simpleNames()));
            for (int i = 0; i < object.arguments().size(); i++) {
                word.append(i == 0 ? "Of" : "And").append(word(object.arguments().get(i)));
            }
            return word.toString();
        }
        if (type instanceof JsonType.ArrayType array) {
            return word(array.item()) + "Array";
        }
        if (type instanceof JsonType.CollectionType collection) {
            return Names.capitalize(collection.kind().name().toLowerCase(java.util.Locale.ROOT)) + "Of"
                    + word(collection.item());
        }
        if (type instanceof JsonType.MapType map) {
            return "MapOf" + word(map.value());
        }
        if (type instanceof JsonType.OptionalType optional) {
            return "Optional" + word(optional.value());
        }
        return ((JsonType.RawJson) type).objectOnly() ? "ObjectNode" : "JsonNode";
    }
}
