package dev.mcplet.processor.model;

/**
 * The Java types that map to one JSON scalar. Their JSON Schema is written in
 * {@code schema.SchemaWriter}, their decoder named in {@code codegen}; this enum only knows the
 * Java side.
 */
public enum ScalarKind {
    BOOLEAN("boolean", "java.lang.Boolean"),
    BYTE("byte", "java.lang.Byte"),
    SHORT("short", "java.lang.Short"),
    INT("int", "java.lang.Integer"),
    LONG("long", "java.lang.Long"),
    FLOAT("float", "java.lang.Float"),
    DOUBLE("double", "java.lang.Double"),
    CHAR("char", "java.lang.Character"),
    STRING(null, "java.lang.String"),
    BIG_INTEGER(null, "java.math.BigInteger"),
    BIG_DECIMAL(null, "java.math.BigDecimal"),
    UUID(null, "java.util.UUID"),
    URI(null, "java.net.URI"),
    LOCAL_DATE(null, "java.time.LocalDate"),
    LOCAL_TIME(null, "java.time.LocalTime"),
    LOCAL_DATE_TIME(null, "java.time.LocalDateTime"),
    OFFSET_DATE_TIME(null, "java.time.OffsetDateTime"),
    OFFSET_TIME(null, "java.time.OffsetTime"),
    ZONED_DATE_TIME(null, "java.time.ZonedDateTime"),
    INSTANT(null, "java.time.Instant"),
    DURATION(null, "java.time.Duration"),
    /** {@code byte[]}, a base64 string; not a class, so {@link #ofClass} never returns it. */
    BYTES(null, "byte[]");

    private final String primitiveName;
    private final String className;

    ScalarKind(String primitiveName, String className) {
        this.primitiveName = primitiveName;
        this.className = className;
    }

    /** {@code int} for {@link #INT}; null for kinds without a primitive. */
    public String primitiveName() {
        return primitiveName;
    }

    /** The box or reference class: {@code java.lang.Integer}, {@code java.time.LocalDate}. */
    public String className() {
        return className;
    }

    /** The kind whose primitive is named so, or null. */
    public static ScalarKind ofPrimitive(String name) {
        for (ScalarKind kind : values()) {
            if (name.equals(kind.primitiveName)) {
                return kind;
            }
        }
        return null;
    }

    /** The kind whose box or reference class is named so, or null. */
    public static ScalarKind ofClass(String qualifiedName) {
        for (ScalarKind kind : values()) {
            if (qualifiedName.equals(kind.className)) {
                return kind;
            }
        }
        return null;
    }
}
