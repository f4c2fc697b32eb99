package dev.mcplet.processor.model;

import java.util.List;

/**
 * How one object type ({@link JsonType.ObjectType}, one instantiation of a generic one) is read
 * and written: its properties, how an instance is built from them, or, for a sealed hierarchy,
 * its variants.
 *
 * @param description the main text of the class's Javadoc, else its {@code @JsonClassDescription}, or null
 * @param shape how instances are built and taken apart
 * @param properties the JSON properties, in schema order (none for a {@link Shape#UNION})
 * @param creator for {@link Shape#RECORD} and {@link Shape#CREATOR}: the constructor's (or factory's) arguments in order
 * @param factory the static {@code @JsonCreator} method that builds a {@link Shape#CREATOR} instance, or null for
 *     its constructor
 * @param closed whether properties that are not declared are refused ({@code additionalProperties: false});
 *     not when the class says {@code @JsonIgnoreProperties(ignoreUnknown = true)}
 * @param union for {@link Shape#UNION}: the discriminator and the variants; else null
 * @param recursive whether the type can contain itself, directly or through others; its schema then
 *     goes to {@code $defs} and is referenced with {@code $ref}
 */
public record ObjectDef(JsonType.ObjectType type, String description, Shape shape, List<Property> properties,
        List<Arg> creator, String factory, boolean closed, Union union, boolean recursive) {

    public ObjectDef {
        properties = List.copyOf(properties);
        creator = List.copyOf(creator);
    }

    public ObjectDef withRecursive(boolean recursive) {
        return new ObjectDef(type, description, shape, properties, creator, factory, closed, union, recursive);
    }

    /** The Java forms that an object type can take. */
    public enum Shape {
        /** A record: built with its canonical constructor, read through its accessors. */
        RECORD,
        /**
         * A class built through one constructor (or static factory) whose parameters are properties, read
         * through getters or fields.
         */
        CREATOR,
        /** A JavaBean: built with its no-argument constructor, then set through setters or public fields. */
        BEAN,
        /** A sealed interface or class: one of its permitted subtypes, told apart by a discriminator property. */
        UNION
    }

    /**
     * One argument of a creator: the property at {@code property} in {@link #properties()}, or,
     * when that is -1 (an ignored or output-only property), the Java literal {@code zero}
     * ({@code null}, {@code 0}, {@code false}).
     */
    public record Arg(int property, String zero) {
    }

    /**
     * The variants of a sealed hierarchy.
     *
     * @param property the discriminator property ({@code "type"} unless {@code @JsonTypeInfo(property)} says otherwise)
     * @param existing whether subtypes declare it as a property of their own
     *     ({@code @JsonTypeInfo(include = EXISTING_PROPERTY)}): it is then read into that property too,
     *     and written as the subtype's tag either way
     */
    public record Union(String property, boolean existing, List<Variant> variants) {
        public Union {
            variants = List.copyOf(variants);
        }

        /** The tags, in order. */
        public List<String> tags() {
            return variants.stream().map(Variant::tag).toList();
        }
    }

    /** One permitted subtype and its discriminator value (its simple name, or its {@code @JsonSubTypes}/{@code @JsonTypeName} name). */
    public record Variant(String tag, JsonType.ObjectType type) {
    }
}
