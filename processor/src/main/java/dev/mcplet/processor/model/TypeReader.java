package dev.mcplet.processor.model;

import dev.mcplet.processor.json.JsonText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Maps a Java type to its {@link JsonType}, one rule per kind of type, reporting a type without a
 * rule on the element that declares it. Object types (records, classes, sealed hierarchies) are
 * read once per tool class by {@link ObjectReader}, into {@link #objects()}.
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
    private final ObjectReader objects;
    private final List<PendingDefault> defaults = new ArrayList<>();

    TypeReader(Elements elements, Types types, Reporter reporter, String packageName, String generatedName) {
        this.elements = elements;
        this.reporter = reporter;
        this.packageName = packageName;
        this.generatedName = generatedName;
        this.objects = new ObjectReader(this, elements, types, reporter);
    }

    /** The object types met so far, in order; a value is null when that type was reported. */
    Map<JsonType.ObjectType, ObjectDef> objects() {
        return objects.objects();
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
        if (component.getKind() == TypeKind.BYTE) {
            return new JsonType.Scalar(ScalarKind.BYTES, false); // a base64 string, as Jackson writes it
        }
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
            return enumType(element, where, whole);
        }
        if (ObjectReader.handles(element)) {
            return objects.read(type, where, whole);
        }
        reportUnsupported(type, where, position, whole);
        return null;
    }

    private JsonType enumType(TypeElement element, Element where, TypeMirror whole) {
        if (!accessible(element, where)) {
            return null;
        }
        List<String> constants = new ArrayList<>();
        List<String> javaNames = new ArrayList<>();
        String value = null;
        JsonType.Scalar valueType = null;
        String factory = null;
        JsonType.Scalar factoryType = null;
        for (Element member : element.getEnclosedElements()) {
            if (member.getKind() == ElementKind.ENUM_CONSTANT) {
                AnnotationMirror property = ToolClassReader.annotation(member, Jackson.PROPERTY);
                String jsonName = property == null ? "" : Jackson.string(property, "value");
                javaNames.add(member.getSimpleName().toString());
                constants.add(jsonName.isEmpty() ? member.getSimpleName().toString() : jsonName);
                continue;
            }
            AnnotationMirror jsonValue = ToolClassReader.annotation(member, Jackson.VALUE);
            boolean isStatic = member.getModifiers().contains(Modifier.STATIC);
            if (jsonValue != null && Jackson.bool(jsonValue, "value", true) && !isStatic) {
                TypeMirror type = member.getKind() == ElementKind.METHOD
                        ? ((javax.lang.model.element.ExecutableElement) member).getReturnType() : member.asType();
                valueType = enumScalar(member, type, element, whole);
                if (valueType == null) {
                    return null;
                }
                value = member.getKind() == ElementKind.METHOD ? member.getSimpleName() + "()" : member.getSimpleName().toString();
            } else if (member.getKind() == ElementKind.METHOD && isStatic && member instanceof javax.lang.model.element.ExecutableElement method
                    && Jackson.isCreator(method)) {
                if (method.getParameters().size() != 1) {
                    reporter.error(member, Messages.ENUM_MEMBER_NOT_USABLE, "@JsonCreator", element.getQualifiedName(),
                            "take one parameter");
                    return null;
                }
                factoryType = enumScalar(member, method.getParameters().get(0).asType(), element, whole);
                if (factoryType == null) {
                    return null;
                }
                factory = member.getSimpleName().toString();
            }
        }
        JsonType.Custom custom = value == null && factory == null ? null
                : new JsonType.Custom(value, valueType, factory, factoryType);
        if (value != null) {
            constants = List.of(); // the values are known at run time only
        }
        return new JsonType.EnumType(ToolClassReader.classRef(element, elements), constants, javaNames, custom);
    }

    /** The scalar type of an enum's {@code @JsonValue} or {@code @JsonCreator} parameter, reachable by generated code; or null after reporting. */
    private JsonType.Scalar enumScalar(Element member, TypeMirror type, TypeElement enumElement, TypeMirror whole) {
        String annotation = ToolClassReader.annotation(member, Jackson.VALUE) != null ? "@JsonValue" : "@JsonCreator";
        boolean reachable = member.getModifiers().contains(Modifier.PUBLIC)
                || (!member.getModifiers().contains(Modifier.PRIVATE)
                        && elements.getPackageOf(enumElement).getQualifiedName().contentEquals(packageName));
        if (!reachable) {
            reporter.error(member, Messages.ENUM_MEMBER_NOT_USABLE, annotation, enumElement.getQualifiedName(),
                    "be public");
            return null;
        }
        JsonType json = read(type, member, Position.NESTED, whole);
        if (json == null) {
            return null;
        }
        if (!(json instanceof JsonType.Scalar scalar) || scalar.kind() == ScalarKind.BYTES) {
            reporter.error(member, Messages.ENUM_MEMBER_NOT_USABLE, annotation, enumElement.getQualifiedName(),
                    "have a String, number or boolean type");
            return null;
        }
        return scalar;
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

    /** The package of the generated class, "" for the unnamed package. */
    String generatedPackage() {
        return packageName.isEmpty() ? "(unnamed)" : packageName;
    }

    String generatedName() {
        return generatedName;
    }

    /** Whether the type is in the generated class's package, where package-private members are reachable. */
    boolean inGeneratedPackage(TypeElement type) {
        return elements.getPackageOf(type).getQualifiedName().contentEquals(packageName);
    }

    /** The object types, marked recursive where they can contain themselves, once every tool is read. */
    Map<JsonType.ObjectType, ObjectDef> finish() {
        return objects.finish();
    }

    /** Whether generated code in the tool class's package can name this type; reports it when not. */
    boolean accessible(TypeElement type, Element where) {
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

    /** Reports a tool parameter whose {@code @McpParam(header)} is already the header of {@code previous}. */
    void reportDuplicateHeader(Element element, String header, Element previous) {
        AnnotationMirror param = ToolClassReader.annotation(element, MCP_PARAM);
        AnnotationMirror other = ToolClassReader.annotation(previous, MCP_PARAM);
        reporter.error(element, param, ToolClassReader.explicitValue(param, "header"), Messages.DUPLICATE_HEADER,
                quote(header), element.getSimpleName(), quote(ToolClassReader.stringValue(other, "header")),
                previous.getSimpleName());
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
     * A tool parameter as a property, or null after reporting why it cannot be one.
     *
     * @param docText the Javadoc {@code @param} text for it, or null
     * @param extraType another view of the type that may carry type-use annotations, or null
     */
    Property property(Element element, String javaName, TypeMirror type, String docText, Position position,
            TypeMirror extraType) {
        return property(new Source(element, List.of(element), javaName, type, docText, extraType, null, null,
                null, ClassDefaults.NONE, Property.Access.BOTH), position);
    }

    /**
     * What an object property is made of: the element to report on, every element that declares
     * it (a record component, its field and accessor; a field, getter, setter and constructor
     * parameter), whose annotations count together as Jackson's do.
     *
     * @param requiredFlag null for the default rule; false for a JavaBean's properties, which may be left out
     * @param defaults what the class says for all its properties
     * @param access which way the class's members let it go (a getter only: output)
     */
    record Source(Element element, List<Element> annotated, String javaName, TypeMirror type, String docText,
            TypeMirror extraType, Property.Member getter, Property.Member setter, Boolean requiredFlag,
            ClassDefaults defaults, Property.Access access) {
    }

    /**
     * What a class's annotations say for all its properties.
     *
     * @param omitsNulls {@code @JsonInclude(NON_NULL)}: a property may be absent, and is left out when null
     * @param naming {@code @JsonNaming}: how implicit names are written
     */
    record ClassDefaults(boolean omitsNulls, Naming naming) {
        static final ClassDefaults NONE = new ClassDefaults(false, Naming.IDENTITY);
    }

    /** A property, or null after reporting why it cannot be one. */
    Property property(Source source, Position position) {
        Element element = source.element();
        List<Element> annotated = source.annotated();
        TypeMirror type = source.type();
        AnnotationMirror param = ToolClassReader.annotation(element, MCP_PARAM);
        AnnotationMirror jsonProperty = Jackson.find(annotated, Jackson.PROPERTY);
        String jsonName = jsonProperty == null ? "" : Jackson.string(jsonProperty, "value");
        for (String alias : new String[] {Jackson.GETTER, Jackson.SETTER}) {
            AnnotationMirror named = Jackson.find(annotated, alias);
            if (jsonName.isEmpty() && named != null) {
                jsonName = Jackson.string(named, "value"); // @JsonGetter("x") and @JsonSetter("x") name it too
            }
        }
        if (jsonName.isEmpty()) {
            jsonName = source.defaults().naming().apply(source.javaName());
        }
        // Descriptions: @McpParam, then Javadoc, then @JsonPropertyDescription.
        String description = source.docText();
        if (description == null) {
            AnnotationMirror jsonDescription = Jackson.find(annotated, Jackson.PROPERTY_DESCRIPTION);
            String text = jsonDescription == null ? "" : Jackson.string(jsonDescription, "value");
            description = text.isEmpty() ? null : text;
        }
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
        Boolean requiredFlag = source.requiredFlag();
        Property.Access access = source.access();
        if (jsonProperty != null && access == Property.Access.BOTH) {
            if (Jackson.bool(jsonProperty, "required", false)) {
                requiredFlag = true;
            }
            String accessName = Jackson.constant(jsonProperty, "access");
            if (accessName.equals("READ_ONLY")) {
                access = Property.Access.OUTPUT_ONLY;
            } else if (accessName.equals("WRITE_ONLY")) {
                access = Property.Access.INPUT_ONLY;
            }
        }
        AnnotationMirror alias = Jackson.find(annotated, Jackson.ALIAS);
        List<String> aliases = alias == null ? List.of() : Jackson.strings(alias, "value");
        JsonType jsonType = read(type, element, position, type);
        if (jsonType == null) {
            return null;
        }
        TypeMirror extraType = source.extraType();
        boolean nullable = !type.getKind().isPrimitive()
                && (anyNullable(annotated) || hasNullable(type.getAnnotationMirrors())
                        || (extraType != null && hasNullable(extraType.getAnnotationMirrors()))
                        || source.defaults().omitsNulls() || Jackson.omitsNulls(Jackson.find(annotated, Jackson.INCLUDE)));
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
        return new Property(jsonName, source.javaName(), description, jsonType, nullable, defaultJson, source.getter(),
                source.setter(), aliases, access, requiredFlag, header);
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
    private static boolean anyNullable(List<Element> elements) {
        for (Element element : elements) {
            if (hasNullable(element.getAnnotationMirrors())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasNullable(List<? extends AnnotationMirror> annotations) {
        for (AnnotationMirror annotation : annotations) {
            if (annotation.getAnnotationType().asElement().getSimpleName().contentEquals("Nullable")) {
                return true;
            }
        }
        return false;
    }
}
