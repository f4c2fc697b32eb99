package dev.mcplet.processor.model;

import java.util.List;

/**
 * A Java type that has a JSON form, as far as schema and code writers need to know it. Every
 * supported type is one of these; the reader refuses the rest with a compile error.
 */
public sealed interface JsonType {

    /** A type that maps to one JSON scalar; {@code primitive} tells {@code int} from {@code Integer}. */
    record Scalar(ScalarKind kind, boolean primitive) implements JsonType {
    }

    /**
     * An enum, written as one of {@code constants}: the names of its Java constants
     * ({@code javaNames}, in the same order), or the names {@code @JsonProperty} gives them; or, when
     * {@code custom} is not null, as its {@code @JsonValue} says and read through its
     * {@code @JsonCreator} factory (values that only run time knows, so {@code constants} is empty).
     */
    record EnumType(ClassRef type, List<String> constants, List<String> javaNames, Custom custom) implements JsonType {
        public EnumType {
            constants = List.copyOf(constants);
            javaNames = List.copyOf(javaNames);
        }

        /** An enum written by the names of its constants. */
        public EnumType(ClassRef type, List<String> constants) {
            this(type, constants, constants, null);
        }
    }

    /**
     * How an enum with {@code @JsonValue} or a {@code @JsonCreator} factory is written and read.
     *
     * @param value the {@code @JsonValue} method ({@code code()}) or field, or null (then by name)
     * @param valueType the scalar type of that value, or null
     * @param factory the static {@code @JsonCreator} method's name, or null (then matched against {@code value})
     * @param factoryType the scalar type of its parameter, or null
     */
    record Custom(String value, Scalar valueType, String factory, Scalar factoryType) {
    }

    /**
     * A record, a class (JavaBean, constructor or fields) or a sealed hierarchy, written as an
     * object; {@code arguments} are the concrete type arguments of a generic one ({@code Page<Item>}),
     * empty otherwise. Each instantiation is its own type, with its definition in
     * {@link ToolClass#objects()}.
     */
    record ObjectType(ClassRef type, List<JsonType> arguments) implements JsonType {
        public ObjectType {
            arguments = List.copyOf(arguments);
        }

        public ObjectType(ClassRef type) {
            this(type, List.of());
        }
    }

    /** A Java array, written as a JSON array ({@code byte[]} is the scalar {@link ScalarKind#BYTES}). */
    record ArrayType(JsonType item) implements JsonType {
    }

    /** {@code List}, {@code Set} or {@code Collection}, written as a JSON array. */
    record CollectionType(CollectionKind kind, JsonType item) implements JsonType {
    }

    /** {@code Map<String, V>}, written as an object with any property names. */
    record MapType(JsonType value) implements JsonType {
    }

    /** {@code Optional<T>} or one of the primitive optionals; {@code value} is what it holds when present. */
    record OptionalType(OptionalKind kind, JsonType value) implements JsonType {
    }

    /** Jackson's {@code JsonNode} (any JSON value) or {@code ObjectNode} (any object), passed through as is. */
    record RawJson(boolean objectOnly) implements JsonType {
    }

    /** The Java collection interfaces that map to JSON arrays. */
    enum CollectionKind {
        LIST("java.util.List"), SET("java.util.Set"), COLLECTION("java.util.Collection");

        private final String className;

        CollectionKind(String className) {
            this.className = className;
        }

        public String className() {
            return className;
        }
    }

    /** {@code Optional<T>} and its primitive specialisations. */
    enum OptionalKind {
        OPTIONAL("java.util.Optional"),
        OPTIONAL_INT("java.util.OptionalInt"),
        OPTIONAL_LONG("java.util.OptionalLong"),
        OPTIONAL_DOUBLE("java.util.OptionalDouble");

        private final String className;

        OptionalKind(String className) {
            this.className = className;
        }

        public String className() {
            return className;
        }
    }
}
