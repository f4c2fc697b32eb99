package dev.mcplet.processor.model;

import dev.mcplet.processor.json.JsonText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Maps a Java type to its {@link JsonType}, one rule per kind of type, reporting a type without a
 * rule on the element that declares it. Records are read once per tool class, with their
 * components, into {@link #records()}.
 */
final class TypeReader {

    /** Where a type occurs: {@code Optional} is allowed only as the whole type of the first three. */
    enum Position {
        PARAMETER, COMPONENT, RETURN, NESTED
    }

    static final String MCP_PARAM = "dev.mcplet.McpParam";
    static final String JSON_NODE = "com.fasterxml.jackson.databind.JsonNode";
    static final String OBJECT_NODE = "com.fasterxml.jackson.databind.node.ObjectNode";

    /** A default value to check once every record is known. */
    record PendingDefault(Element element, AnnotationMirror annotation, AnnotationValue value, JsonType type,
            Object json, String text) {
    }

    private final Elements elements;
    private final Reporter reporter;
    private final String packageName;
    private final String generatedName;
    /** Records met so far, in order; null while a record's components are being read. */
    private final Map<ClassRef, RecordDef> records = new LinkedHashMap<>();
    private final List<PendingDefault> defaults = new ArrayList<>();

    TypeReader(Elements elements, Reporter reporter, String packageName, String generatedName) {
        this.elements = elements;
        this.reporter = reporter;
        this.packageName = packageName;
        this.generatedName = generatedName;
    }

    Map<ClassRef, RecordDef> records() {
        return records;
    }

    List<PendingDefault> defaults() {
        return defaults;
    }

    /**
     * The JSON type of {@code type}, or null after reporting why it has none.
     *
     * @param where the element to report on
     * @param whole the whole declared type, for messages about a part of it
     */
    JsonType read(TypeMirror type, Element where, Position position, TypeMirror whole) {
        switch (type.getKind()) {
            case BOOLEAN, BYTE, SHORT, INT, LONG, FLOAT, DOUBLE, CHAR:
                return new JsonType.Scalar(ScalarKind.ofPrimitive(type.getKind().name().toLowerCase(java.util.Locale.ROOT)), true);
            case ARRAY:
                return array((ArrayType) type, where, whole);
            case DECLARED:
                return declared((DeclaredType) type, where, position, whole);
            case WILDCARD:
                reporter.error(where, Messages.WILDCARD_TYPE, type, whole);
                return null;
            default:
                reportUnsupported(type, where, position, whole);
                return null;
        }
    }

    private JsonType array(ArrayType type, Element where, TypeMirror whole) {
        TypeMirror component = type.getComponentType();
        if (component.getKind() == TypeKind.DECLARED && !((DeclaredType) component).getTypeArguments().isEmpty()) {
            // new T<...>[n] is not allowed in Java, so arrays of generic types have no decoder
            reporter.error(where, Messages.UNSUPPORTED_TYPE, type, whole);
            return null;
        }
        JsonType item = read(component, where, Position.NESTED, whole);
        return item == null ? null : new JsonType.ArrayType(item);
    }

    private JsonType declared(DeclaredType type, Element where, Position position, TypeMirror whole) {
        TypeElement element = (TypeElement) type.asElement();
        String name = element.getQualifiedName().toString();
        List<? extends TypeMirror> args = type.getTypeArguments();
        ScalarKind scalar = ScalarKind.ofClass(name);
        if (scalar != null) {
            return new JsonType.Scalar(scalar, false);
        }
        for (JsonType.OptionalKind kind : JsonType.OptionalKind.values()) {
            if (name.equals(kind.className())) {
                return optional(kind, type, where, position, whole);
            }
        }
        for (JsonType.CollectionKind kind : JsonType.CollectionKind.values()) {
            if (name.equals(kind.className())) {
                if (args.isEmpty()) {
                    reporter.error(where, Messages.RAW_TYPE, type, whole, element.getSimpleName() + "<String>");
                    return null;
                }
                JsonType item = read(args.get(0), where, Position.NESTED, whole);
                return item == null ? null : new JsonType.CollectionType(kind, item);
            }
        }
        if (name.equals("java.util.Map")) {
            if (args.isEmpty()) {
                reporter.error(where, Messages.RAW_TYPE, type, whole, "Map<String, Integer>");
                return null;
            }
            TypeMirror key = args.get(0);
            if (key.getKind() == TypeKind.WILDCARD) {
                reporter.error(where, Messages.WILDCARD_TYPE, key, whole);
                return null;
            }
            if (!(key.getKind() == TypeKind.DECLARED
                    && ((TypeElement) ((DeclaredType) key).asElement()).getQualifiedName().contentEquals("java.lang.String"))) {
                reporter.error(where, Messages.MAP_KEY_NOT_STRING, key, whole);
                return null;
            }
            JsonType value = read(args.get(1), where, Position.NESTED, whole);
            return value == null ? null : new JsonType.MapType(value);
        }
        if (name.equals(JSON_NODE) || name.equals(OBJECT_NODE)) {
            return new JsonType.RawJson(name.equals(OBJECT_NODE));
        }
        if (element.getKind() == ElementKind.ENUM) {
            if (!accessible(element, where)) {
                return null;
            }
            List<String> constants = new ArrayList<>();
            for (Element member : element.getEnclosedElements()) {
                if (member.getKind() == ElementKind.ENUM_CONSTANT) {
                    constants.add(member.getSimpleName().toString());
                }
            }
            return new JsonType.EnumType(ToolClassReader.classRef(element, elements), constants);
        }
        if (element.getKind() == ElementKind.RECORD) {
            if (!element.getTypeParameters().isEmpty()) {
                reporter.error(where, Messages.GENERIC_RECORD, element.getQualifiedName());
                return null;
            }
            if (!accessible(element, where)) {
                return null;
            }
            return record(element);
        }
        reportUnsupported(type, where, position, whole);
        return null;
    }

    private JsonType optional(JsonType.OptionalKind kind, DeclaredType type, Element where, Position position,
            TypeMirror whole) {
        if (position == Position.NESTED) {
            reporter.error(where, Messages.OPTIONAL_NOT_HERE, type, whole);
            return null;
        }
        switch (kind) {
            case OPTIONAL_INT:
                return new JsonType.OptionalType(kind, new JsonType.Scalar(ScalarKind.INT, true));
            case OPTIONAL_LONG:
                return new JsonType.OptionalType(kind, new JsonType.Scalar(ScalarKind.LONG, true));
            case OPTIONAL_DOUBLE:
                return new JsonType.OptionalType(kind, new JsonType.Scalar(ScalarKind.DOUBLE, true));
            default:
                if (type.getTypeArguments().isEmpty()) {
                    reporter.error(where, Messages.RAW_TYPE, type, whole, "Optional<String>");
                    return null;
                }
                JsonType value = read(type.getTypeArguments().get(0), where, Position.NESTED, whole);
                return value == null ? null : new JsonType.OptionalType(kind, value);
        }
    }

    private void reportUnsupported(TypeMirror type, Element where, Position position, TypeMirror whole) {
        if (position == Position.RETURN) {
            reporter.error(where, Messages.UNSUPPORTED_RESULT_TYPE, type);
        } else {
            reporter.error(where, Messages.UNSUPPORTED_TYPE, type, whole);
        }
    }

    /** Whether generated code in the tool class's package can name this type; reports it when not. */
    private boolean accessible(TypeElement type, Element where) {
        String typePackage = elements.getPackageOf(type).getQualifiedName().toString();
        for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
            boolean isPublic = e.getModifiers().contains(Modifier.PUBLIC);
            boolean isPrivate = e.getModifiers().contains(Modifier.PRIVATE);
            if (isPrivate || (!isPublic && !typePackage.equals(packageName))) {
                reporter.error(where, Messages.TYPE_NOT_ACCESSIBLE, ((TypeElement) e).getQualifiedName(),
                        packageName.isEmpty() ? "(unnamed)" : packageName, generatedName);
                return false;
            }
        }
        return true;
    }

    private JsonType record(TypeElement element) {
        ClassRef ref = ToolClassReader.classRef(element, elements);
        if (records.containsKey(ref)) {
            return new JsonType.RecordType(ref); // read before, or being read (a recursive record)
        }
        records.put(ref, null);
        DocComment doc = DocComment.parse(elements.getDocComment(element));
        List<Property> components = new ArrayList<>();
        Map<String, Element> names = new LinkedHashMap<>();
        boolean valid = true;
        for (RecordComponentElement component : element.getRecordComponents()) {
            ExecutableElement accessor = component.getAccessor();
            Property property = property(component, accessor.getSimpleName().toString(), component.asType(),
                    doc.params().get(component.getSimpleName().toString()), Position.COMPONENT,
                    accessor.getReturnType());
            if (property == null) {
                valid = false;
                continue;
            }
            Element previous = names.putIfAbsent(property.jsonName(), component);
            if (previous != null) {
                reportDuplicateName(component, property.jsonName(), "component " + previous.getSimpleName());
                valid = false;
            }
            components.add(property);
        }
        records.put(ref, new RecordDef(ref, doc.main(), components, false));
        return valid ? new JsonType.RecordType(ref) : null;
    }

    void reportDuplicateName(Element element, String jsonName, String previous) {
        AnnotationMirror param = ToolClassReader.annotation(element, MCP_PARAM);
        AnnotationValue value = param == null ? null : ToolClassReader.explicitValue(param, "name");
        if (param != null && value != null) {
            reporter.error(element, param, value, Messages.DUPLICATE_PROPERTY_NAME, jsonName, previous);
        } else {
            reporter.error(element, Messages.DUPLICATE_PROPERTY_NAME, jsonName, previous);
        }
    }

    /**
     * A parameter or record component as a property, or null after reporting why it cannot be one.
     *
     * @param docText the Javadoc {@code @param} text for it, or null
     * @param extraType another view of the type that may carry type-use annotations (the accessor's
     *     return type of a record component), or null
     */
    Property property(Element element, String javaName, TypeMirror type, String docText, Position position,
            TypeMirror extraType) {
        AnnotationMirror param = ToolClassReader.annotation(element, MCP_PARAM);
        String jsonName = element.getSimpleName().toString();
        String description = docText;
        String defaultText = null;
        AnnotationValue defaultValue = null;
        String header = null;
        if (param != null) {
            header = ToolClassReader.stringValue(param, "header");
            if (header.isEmpty()) {
                header = null;
            }
            String name = ToolClassReader.stringValue(param, "name");
            if (!name.isEmpty()) {
                jsonName = name;
            }
            String override = ToolClassReader.stringValue(param, "description");
            if (!override.isEmpty()) {
                description = override;
            }
            defaultValue = ToolClassReader.explicitValue(param, "defaultValue");
            defaultText = ToolClassReader.stringValue(param, "defaultValue");
            if (defaultText.isEmpty()) {
                defaultText = null;
            }
        }
        JsonType jsonType = read(type, element, position, type);
        if (jsonType == null) {
            return null;
        }
        boolean nullable = !type.getKind().isPrimitive()
                && (hasNullable(element.getAnnotationMirrors()) || hasNullable(type.getAnnotationMirrors())
                        || (extraType != null && hasNullable(extraType.getAnnotationMirrors())));
        String defaultJson = null;
        if (defaultText != null) {
            try {
                Object json = JsonText.parse(defaultText);
                defaultJson = JsonText.write(json);
                defaults.add(new PendingDefault(element, param, defaultValue, jsonType, json, defaultText));
            } catch (IllegalArgumentException e) {
                reporter.error(element, param, defaultValue, Messages.DEFAULT_NOT_JSON, quote(defaultText), e.getMessage());
                return null;
            }
        }
        if (header != null && !headerFits(element, param, header, jsonType)) {
            return null;
        }
        return new Property(jsonName, javaName, description, jsonType, nullable, defaultJson, header);
    }

    /**
     * 2026-07-28 streamable-http, x-mcp-header: the value "MUST match HTTP field-name token syntax"
     * and "MUST only be applied to parameters with primitive types (integer, string, boolean).
     * Parameters with type number are not permitted", integers within JavaScript's safe range, and
     * only on properties reachable through {@code properties} alone (a tool's own parameters here).
     */
    private boolean headerFits(Element element, AnnotationMirror param, String header, JsonType type) {
        AnnotationValue value = ToolClassReader.explicitValue(param, "header");
        if (element.getKind() != javax.lang.model.element.ElementKind.PARAMETER) {
            reporter.error(element, param, value, Messages.HEADER_NOT_ON_PARAMETER, quote(header));
            return false;
        }
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (!(c < 128 && (Character.isLetterOrDigit(c) || "!#$%&'*+-.^_`|~".indexOf(c) >= 0))) {
                reporter.error(element, param, value, Messages.HEADER_BAD_NAME, quote(header), quote(String.valueOf(c)));
                return false;
            }
        }
        JsonType plain = type instanceof JsonType.OptionalType optional ? optional.value() : type;
        boolean scalar = plain instanceof JsonType.EnumType;
        if (plain instanceof JsonType.Scalar s) {
            switch (s.kind()) {
                case LONG, FLOAT, DOUBLE, BIG_INTEGER, BIG_DECIMAL -> scalar = false;
                default -> scalar = true;
            }
        }
        if (!scalar) {
            reporter.error(element, param, value, Messages.HEADER_NOT_SCALAR, quote(header));
            return false;
        }
        return true;
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Any annotation named {@code Nullable}: JSpecify, Jakarta, JetBrains, Checker Framework, JSR 305... */
    private static boolean hasNullable(List<? extends AnnotationMirror> annotations) {
        for (AnnotationMirror annotation : annotations) {
            if (annotation.getAnnotationType().asElement().getSimpleName().contentEquals("Nullable")) {
                return true;
            }
        }
        return false;
    }
}
