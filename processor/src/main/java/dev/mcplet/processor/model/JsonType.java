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

    /** An enum, written as the name of one of its constants. */
    record EnumType(ClassRef type, List<String> constants) implements JsonType {
        public EnumType {
            constants = List.copyOf(constants);
        }
    }

    /** A record, written as an object; its components are in {@link ToolClass#records()}. */
    record RecordType(ClassRef type) implements JsonType {
    }

    /** A Java array, written as a JSON array. */
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
