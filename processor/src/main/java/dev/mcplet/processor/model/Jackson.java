package dev.mcplet.processor.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * The Jackson annotations ({@code com.fasterxml.jackson.annotation}) that change a type's JSON
 * form, read from the source by name: the processor has no dependency on Jackson, and a class
 * that does not use them is read the same.
 */
final class Jackson {

    private static final String PACKAGE = "com.fasterxml.jackson.annotation.";
    static final String PROPERTY = PACKAGE + "JsonProperty";
    static final String PROPERTY_DESCRIPTION = PACKAGE + "JsonPropertyDescription";
    static final String CLASS_DESCRIPTION = PACKAGE + "JsonClassDescription";
    static final String IGNORE = PACKAGE + "JsonIgnore";
    static final String IGNORE_PROPERTIES = PACKAGE + "JsonIgnoreProperties";
    static final String CREATOR = PACKAGE + "JsonCreator";
    static final String ALIAS = PACKAGE + "JsonAlias";
    static final String INCLUDE = PACKAGE + "JsonInclude";
    static final String TYPE_INFO = PACKAGE + "JsonTypeInfo";
    static final String SUB_TYPES = PACKAGE + "JsonSubTypes";
    static final String TYPE_NAME = PACKAGE + "JsonTypeName";
    static final String VALUE = PACKAGE + "JsonValue";
    static final String PROPERTY_ORDER = PACKAGE + "JsonPropertyOrder";
    /** In jackson-databind, not jackson-annotations. */
    static final String NAMING = "com.fasterxml.jackson.databind.annotation.JsonNaming";

    static final String GETTER = PACKAGE + "JsonGetter";
    static final String SETTER = PACKAGE + "JsonSetter";
    static final String FORMAT = PACKAGE + "JsonFormat";

    /**
     * Annotations that change the JSON form in ways generated code does not follow, with what to
     * do instead: ignoring them would silently write or accept other JSON than Jackson.
     */
    private static final Map<String, String> UNSUPPORTED = Map.of(
            "com.fasterxml.jackson.databind.annotation.JsonSerialize",
            "a custom serializer needs Jackson data-binding at run time; use a supported type, or JsonNode",
            "com.fasterxml.jackson.databind.annotation.JsonDeserialize",
            "a custom deserializer needs Jackson data-binding at run time; use a supported type, or JsonNode",
            PACKAGE + "JsonUnwrapped", "declare the unwrapped properties on the class itself",
            PACKAGE + "JsonAnySetter", "properties of any name are not supported; use a Map<String, V> property",
            PACKAGE + "JsonAnyGetter", "properties of any name are not supported; use a Map<String, V> property",
            PACKAGE + "JsonRawValue", "use a JsonNode property for raw JSON",
            PACKAGE + "JsonIdentityInfo", "object identities are not supported; write the values in place",
            PACKAGE + "JsonManagedReference", "back references are not supported; leave the back link out with @JsonIgnore",
            PACKAGE + "JsonBackReference", "back references are not supported; leave the back link out with @JsonIgnore",
            PACKAGE + "JsonView", "views are not supported, so every property would be written; leave out what a view hides"
            + " with @JsonIgnore, or use a record with only the properties to show");

    private Jackson() {
    }

    /**
     * Reports every annotation of these elements that changes the JSON form in a way generated code
     * does not follow, on the element that carries it; false when there was one.
     */
    static boolean checkSupported(List<? extends Element> elements, Reporter reporter) {
        boolean supported = true;
        Set<String> reported = new HashSet<>();
        for (Element element : elements) {
            for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
                String name = ((TypeElement) mirror.getAnnotationType().asElement())
                        .getQualifiedName().toString();
                String fix = UNSUPPORTED.get(name);
                if (name.equals(FORMAT) && (!string(mirror, "pattern").isEmpty()
                        || !(constant(mirror, "shape").isEmpty() || constant(mirror, "shape").equals("ANY")))) {
                    fix = "dates and times are written in ISO 8601 and numbers as numbers; remove the pattern or shape";
                }
                // a record component's annotation is on its field, accessor and parameter: report it once
                if (fix != null && reported.add(name + " " + element.getSimpleName())) {
                    reporter.error(element, Messages.JACKSON_NOT_SUPPORTED, "@" + name.substring(name.lastIndexOf('.') + 1),
                            element.getSimpleName(), fix);
                    supported = false;
                }
            }
        }
        return supported;
    }

    /** The first of these elements' annotations of that name, or null. */
    static AnnotationMirror find(List<? extends Element> elements, String name) {
        for (Element element : elements) {
            AnnotationMirror mirror = ToolClassReader.annotation(element, name);
            if (mirror != null) {
                return mirror;
            }
        }
        return null;
    }

    /** {@code @JsonIgnore} or {@code @JsonIgnore(true)} on one of them. */
    static boolean ignored(List<? extends Element> elements) {
        AnnotationMirror ignore = find(elements, IGNORE);
        return ignore != null && bool(ignore, "value", true);
    }

    static String string(AnnotationMirror mirror, String name) {
        AnnotationValue value = ToolClassReader.explicitValue(mirror, name);
        return value == null ? "" : String.valueOf(value.getValue());
    }

    static boolean bool(AnnotationMirror mirror, String name, boolean otherwise) {
        AnnotationValue value = ToolClassReader.explicitValue(mirror, name);
        return value == null ? otherwise : (Boolean) value.getValue();
    }

    /** The simple name of an enum constant value ({@code NON_NULL}), or "" when not set. */
    static String constant(AnnotationMirror mirror, String name) {
        AnnotationValue value = ToolClassReader.explicitValue(mirror, name);
        return value != null && value.getValue() instanceof VariableElement v ? v.getSimpleName().toString() : "";
    }

    /** A {@code String[]} (or single string) value; empty when not set. */
    static List<String> strings(AnnotationMirror mirror, String name) {
        List<String> out = new ArrayList<>();
        for (AnnotationValue item : items(mirror, name)) {
            out.add(String.valueOf(item.getValue()));
        }
        return out;
    }

    /** The items of an array value (a single value counts as one item). */
    static List<AnnotationValue> items(AnnotationMirror mirror, String name) {
        AnnotationValue value = ToolClassReader.explicitValue(mirror, name);
        List<AnnotationValue> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (value.getValue() instanceof List<?> list) {
            for (Object item : list) {
                out.add((AnnotationValue) item);
            }
        } else {
            out.add(value);
        }
        return out;
    }

    /** {@code @JsonInclude(NON_NULL)} (or {@code NON_ABSENT}, {@code NON_EMPTY}): nulls are left out. */
    static boolean omitsNulls(AnnotationMirror include) {
        if (include == null) {
            return false;
        }
        String value = constant(include, "value");
        return value.equals("NON_NULL") || value.equals("NON_ABSENT") || value.equals("NON_EMPTY");
    }

    /** The {@code @JsonSubTypes} names by qualified class name. */
    static Map<String, String> subTypeNames(AnnotationMirror subTypes) {
        Map<String, String> names = new LinkedHashMap<>();
        if (subTypes == null) {
            return names;
        }
        for (AnnotationValue item : items(subTypes, "value")) {
            AnnotationMirror type = (AnnotationMirror) item.getValue();
            AnnotationValue cls = ToolClassReader.explicitValue(type, "value");
            if (cls != null && cls.getValue() instanceof TypeMirror mirror && mirror instanceof DeclaredType declared) {
                String typeName = string(type, "name");
                if (typeName.isEmpty() && !strings(type, "names").isEmpty()) {
                    typeName = strings(type, "names").get(0);
                }
                names.put(((TypeElement) declared.asElement()).getQualifiedName().toString(),
                        typeName);
            }
        }
        return names;
    }

    /** The strategy of {@code @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)}, or null when not Jackson's. */
    static Naming namingStrategy(AnnotationMirror naming) {
        AnnotationValue value = ToolClassReader.explicitValue(naming, "value");
        if (value != null && value.getValue() instanceof DeclaredType declared) {
            return Naming.ofStrategy(declared.asElement().getSimpleName().toString());
        }
        return null;
    }

    /** Whether a method or constructor is marked {@code @JsonCreator} (and not with {@code mode = DISABLED}). */
    static boolean isCreator(ExecutableElement executable) {
        AnnotationMirror creator = ToolClassReader.annotation(executable, CREATOR);
        return creator != null && !constant(creator, "mode").equals("DISABLED");
    }
}
