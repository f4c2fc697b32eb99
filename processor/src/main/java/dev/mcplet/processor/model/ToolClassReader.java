package dev.mcplet.processor.model;

import dev.mcplet.processor.json.JsonText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a class with {@code @McpTool} methods into a {@link ToolClass}, validating as it goes: every
 * problem is reported on its element and reading goes on, so one build shows them all; the class is
 * returned only when it had none.
 */
public final class ToolClassReader {

    public static final String MCP_TOOL = "dev.mcplet.McpTool";
    static final String MCP_SCOPES = "dev.mcplet.McpScopes";
    /** RFC 6749 section 3.3: scope-token = 1*( %x21 / %x23-5B / %x5D-7E ). */
    private static final Pattern SCOPE = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");
    private static final String CONTENT = "dev.mcplet.Content";
    private static final String TOOL_RESULT = "dev.mcplet.ToolResult";
    /**
     * MCP 2025-11-25, server/tools, "Tool names": 1 to 128 characters of these. Prompt names follow
     * the same rule (see {@code PromptClassReader}).
     */
    public static final Pattern TOOL_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,128}");

    private final Elements elements;
    private final Types types;
    private final Reporter reporter;

    public ToolClassReader(Elements elements, Types types, Reporter reporter) {
        this.elements = elements;
        this.types = types;
        this.reporter = reporter;
    }

    /** The methods of a class annotated {@code @McpTool}, in declaration order. */
    public static List<ExecutableElement> toolMethods(TypeElement type) {
        List<ExecutableElement> methods = new ArrayList<>();
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (annotation(method, MCP_TOOL) != null) {
                methods.add(method);
            }
        }
        return methods;
    }

    /**
     * A type in the tools' signatures (parameters, results, record components, type arguments) that
     * is not resolved yet, perhaps because another processor generates it in a later round; or null.
     */
    public static TypeMirror findUnresolved(TypeElement type) {
        Set<String> seen = new HashSet<>();
        for (ExecutableElement method : SignatureReader.annotatedMethods(type)) {
            for (VariableElement parameter : method.getParameters()) {
                TypeMirror unresolved = unresolved(parameter.asType(), seen);
                if (unresolved != null) {
                    return unresolved;
                }
            }
            TypeMirror unresolved = unresolved(method.getReturnType(), seen);
            if (unresolved != null) {
                return unresolved;
            }
        }
        return null;
    }

    private static TypeMirror unresolved(TypeMirror type, Set<String> seen) {
        switch (type.getKind()) {
            case ERROR:
                return type;
            case ARRAY:
                return unresolved(((ArrayType) type).getComponentType(), seen);
            case WILDCARD: {
                WildcardType wildcard = (WildcardType) type;
                TypeMirror bound = wildcard.getExtendsBound() != null ? wildcard.getExtendsBound() : wildcard.getSuperBound();
                return bound == null ? null : unresolved(bound, seen);
            }
            case DECLARED: {
                DeclaredType declared = (DeclaredType) type;
                for (TypeMirror argument : declared.getTypeArguments()) {
                    TypeMirror unresolved = unresolved(argument, seen);
                    if (unresolved != null) {
                        return unresolved;
                    }
                }
                TypeElement element = (TypeElement) declared.asElement();
                String name = element.getQualifiedName().toString();
                if (name.startsWith("java.") || !seen.add(name)) {
                    return null;
                }
                List<TypeMirror> members = new ArrayList<>();
                for (RecordComponentElement component : element.getRecordComponents()) {
                    members.add(component.asType());
                }
                for (VariableElement field : ElementFilter.fieldsIn(element.getEnclosedElements())) {
                    if (!field.getModifiers().contains(Modifier.STATIC)) {
                        members.add(field.asType());
                    }
                }
                members.addAll(element.getPermittedSubclasses());
                for (TypeMirror member : members) {
                    TypeMirror unresolved = unresolved(member, seen);
                    if (unresolved != null) {
                        return unresolved;
                    }
                }
                return null;
            }
            default:
                return null;
        }
    }

    /** Reads and validates the class; null when something was reported. */
    public ToolClass read(TypeElement type) {
        int errorsBefore = reporter.errors();
        ClassRef ref = classRef(type, elements);
        String generatedName = ref.flatName() + "_McpTools";
        checkClass(type, generatedName);
        TypeReader typeReader = new TypeReader(elements, types, reporter, ref.packageName(), generatedName);
        List<ToolMethod> tools = new ArrayList<>();
        Map<String, ExecutableElement> byName = new LinkedHashMap<>();
        Set<String> classScopes = new LinkedHashSet<>();
        AnnotationMirror scopesOnClass = annotation(type, MCP_SCOPES);
        if (scopesOnClass != null) {
            addScopes(classScopes, type, scopesOnClass, explicitValue(scopesOnClass, "value"));
        }
        for (ExecutableElement method : toolMethods(type)) {
            ToolMethod tool = method(method, generatedName, typeReader, byName, classScopes);
            if (tool != null) {
                tools.add(tool);
            }
        }
        Map<JsonType.ObjectType, ObjectDef> objects = typeReader.finish();
        DefaultValues defaults = new DefaultValues(objects);
        for (TypeReader.PendingDefault pending : typeReader.defaults()) {
            if (pending.type() instanceof JsonType.ObjectType o && objects.get(o) == null) {
                continue; // the type itself was reported
            }
            String problem = defaults.problem(pending.type(), pending.json());
            if (problem != null) {
                reporter.error(pending.element(), pending.annotation(), pending.value(), Messages.DEFAULT_WRONG_TYPE,
                        TypeReader.quote(pending.text()), describe(pending.element()), problem);
            }
        }
        return reporter.errors() == errorsBefore ? new ToolClass(ref, tools, objects) : null;
    }

    private static String describe(Element element) {
        return (element.getKind() == ElementKind.PARAMETER ? "parameter " : "component ")
                + element.getSimpleName() + " of type " + element.asType();
    }

    void checkClass(TypeElement type, String generatedName) {
        for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
            if (e.getModifiers().contains(Modifier.PRIVATE)) {
                reporter.error(e, Messages.CLASS_PRIVATE, ((TypeElement) e).getQualifiedName(), generatedName);
                break;
            }
        }
        // An inner (non-static) class can be used with an instance of it; its outer classes' type
        // parameters are in scope, so they must not have any either.
        for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
            TypeElement t = (TypeElement) e;
            if (!t.getTypeParameters().isEmpty()) {
                reporter.error(type, Messages.CLASS_GENERIC, t.getQualifiedName(), generatedName);
                break;
            }
            boolean inner = t.getNestingKind() == NestingKind.MEMBER && !t.getModifiers().contains(Modifier.STATIC)
                    && t.getKind() == ElementKind.CLASS && t.getEnclosingElement().getKind() != ElementKind.INTERFACE;
            if (!inner) {
                break;
            }
        }
    }

    private ToolMethod method(ExecutableElement method, String generatedName, TypeReader typeReader,
            Map<String, ExecutableElement> byName, Set<String> classScopes) {
        int errorsBefore = reporter.errors();
        AnnotationMirror tool = annotation(method, MCP_TOOL);
        String javaName = method.getSimpleName().toString();
        if (!method.getModifiers().contains(Modifier.PUBLIC)) {
            reporter.error(method, Messages.METHOD_NOT_PUBLIC, "McpTool", javaName, generatedName);
        }
        String toolName = stringValue(tool, "name");
        AnnotationValue nameValue = explicitValue(tool, "name");
        if (toolName.isEmpty()) {
            toolName = javaName;
        }
        if (!TOOL_NAME.matcher(toolName).matches()) {
            reporter.error(method, tool, nameValue, Messages.INVALID_TOOL_NAME, toolName);
        } else {
            ExecutableElement previous = byName.putIfAbsent(toolName, method);
            if (previous != null) {
                if (previous.getSimpleName().contentEquals(javaName)) {
                    reporter.error(method, tool, nameValue, Messages.OVERLOADED_TOOL, javaName, toolName);
                } else {
                    reporter.error(method, tool, nameValue, Messages.DUPLICATE_TOOL_NAME, toolName,
                            previous.getSimpleName() + "()");
                }
            }
        }
        if (!method.getTypeParameters().isEmpty()) {
            reporter.error(method, Messages.METHOD_TYPE_PARAMETERS, "McpTool", javaName, method.getTypeParameters());
            return null; // its types mention the type variables; one error is enough
        }
        DocComment doc = DocComment.parse(elements.getDocComment(method));
        List<Property> params = new ArrayList<>();
        Map<String, Element> jsonNames = new LinkedHashMap<>();
        Map<String, Element> headers = new HashMap<>();
        int contextIndex = -1;
        String inputSchema = inputSchema(method, tool);
        int argumentsIndex = inputSchema == null ? -1 : argumentsIndex(method);
        for (VariableElement parameter : method.getParameters()) {
            if (SignatureReader.isContext(parameter.asType())) {
                // The request, passed through by the generated code; not an argument of the tool.
                if (contextIndex >= 0) {
                    reporter.error(parameter, Messages.CONTEXT_TWICE, javaName, parameter.getSimpleName());
                }
                contextIndex = method.getParameters().indexOf(parameter);
                continue;
            }
            if (inputSchema != null) {
                continue; // its one argument is the ObjectNode that argumentsIndex found
            }
            String name = parameter.getSimpleName().toString();
            Property property = typeReader.property(parameter, name, parameter.asType(), doc.params().get(name),
                    TypeReader.Position.PARAMETER, null);
            if (property == null) {
                continue;
            }
            Element previous = jsonNames.putIfAbsent(property.jsonName(), parameter);
            if (previous != null) {
                typeReader.reportDuplicateName(parameter, property.jsonName(), "parameter " + previous.getSimpleName());
                continue;
            }
            if (property.header() != null) {
                // streamable-http, Mcp-Param headers: header names are case-insensitive, so two
                // parameters may not share one ignoring case (the server checks hand-written sets).
                Element other = headers.putIfAbsent(property.header().toLowerCase(Locale.ROOT), parameter);
                if (other != null) {
                    typeReader.reportDuplicateHeader(parameter, property.header(), other);
                    continue;
                }
            }
            params.add(property);
        }
        ResultShape result = result(method, typeReader);
        Set<String> scopes = new LinkedHashSet<>(classScopes);
        addScopes(scopes, method, tool, explicitValue(tool, "scopes"));
        if (reporter.errors() != errorsBefore) {
            return null;
        }
        String description = stringValue(tool, "description");
        String title = stringValue(tool, "title");
        return new ToolMethod(toolName, javaName, title.isEmpty() ? null : title,
                description.isEmpty() ? doc.main() : description, hints(tool),
                method.getModifiers().contains(Modifier.STATIC), params,
                contextIndex, inputSchema, argumentsIndex,
                result, List.copyOf(scopes));
    }

    /** Adds the scopes of an array attribute ({@code @McpScopes}, {@code @McpTool(scopes)}), reporting invalid ones. */
    private void addScopes(Set<String> scopes, Element element, AnnotationMirror annotation, AnnotationValue value) {
        if (value == null || !(value.getValue() instanceof List<?> items)) {
            return;
        }
        for (Object item : items) {
            String scope = (String) ((AnnotationValue) item).getValue();
            if (!SCOPE.matcher(scope).matches()) {
                reporter.error(element, annotation, value, Messages.INVALID_SCOPE, scope);
            } else {
                scopes.add(scope);
            }
        }
    }

    /** The author's {@code inputSchema} as compact JSON, null when unset or reported. */
    private String inputSchema(ExecutableElement method, AnnotationMirror tool) {
        String text = stringValue(tool, "inputSchema");
        if (text.isEmpty()) {
            return null;
        }
        AnnotationValue value = explicitValue(tool, "inputSchema");
        Object json;
        try {
            json = JsonText.parse(text);
        } catch (IllegalArgumentException e) {
            reporter.error(method, tool, value, Messages.INPUT_SCHEMA_INVALID, "not JSON (" + e.getMessage() + ")");
            return null;
        }
        if (!(json instanceof Map<?, ?> object)) {
            reporter.error(method, tool, value, Messages.INPUT_SCHEMA_INVALID, "not a JSON object");
            return null;
        }
        if (!"object".equals(object.get("type"))) {
            reporter.error(method, tool, value, Messages.INPUT_SCHEMA_INVALID, "its \"type\" is not \"object\"");
            return null;
        }
        return JsonText.write(json);
    }

    /** The position of the one {@code ObjectNode} parameter of a tool with its own schema; reported when there is none. */
    private int argumentsIndex(ExecutableElement method) {
        int index = -1;
        List<String> others = new ArrayList<>();
        List<? extends VariableElement> parameters = method.getParameters();
        for (int i = 0; i < parameters.size(); i++) {
            TypeMirror type = parameters.get(i).asType();
            if (SignatureReader.isContext(type)) {
                continue;
            }
            boolean objectNode = type.getKind() == TypeKind.DECLARED && ((TypeElement) ((DeclaredType) type).asElement())
                    .getQualifiedName().contentEquals(TypeReader.OBJECT_NODE);
            if (objectNode && index < 0) {
                index = i;
            } else {
                others.add(type + " " + parameters.get(i).getSimpleName());
            }
        }
        if (index < 0 || !others.isEmpty()) {
            reporter.error(method, Messages.INPUT_SCHEMA_PARAMETERS, method.getSimpleName(),
                    others.isEmpty() ? "no parameters" : String.join(", ", others));
        }
        return index;
    }

    private ToolMethod.Hints hints(AnnotationMirror tool) {
        return new ToolMethod.Hints(hint(tool, "readOnlyHint"), hint(tool, "destructiveHint"),
                hint(tool, "idempotentHint"), hint(tool, "openWorldHint"));
    }

    /** The hint when set explicitly, so that clients apply the specification's defaults otherwise. */
    private static Boolean hint(AnnotationMirror tool, String name) {
        AnnotationValue value = explicitValue(tool, name);
        return value == null ? null : (Boolean) value.getValue();
    }

    private ResultShape result(ExecutableElement method, TypeReader typeReader) {
        TypeMirror type = method.getReturnType();
        if (type.getKind() == TypeKind.VOID) {
            return new ResultShape(ResultShape.Kind.VOID, null);
        }
        if (type.getKind() == TypeKind.DECLARED) {
            DeclaredType declared = (DeclaredType) type;
            String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
            if (name.equals("java.lang.Void")) {
                return new ResultShape(ResultShape.Kind.VOID, null);
            }
            if (isContent(type)) {
                return new ResultShape(ResultShape.Kind.CONTENT, null);
            }
            if (name.equals("java.util.List") && declared.getTypeArguments().size() == 1
                    && isContent(upperBound(declared.getTypeArguments().get(0)))) {
                return new ResultShape(ResultShape.Kind.CONTENT_LIST, null);
            }
            if (name.equals(TOOL_RESULT)) {
                return toolResult(method, declared, typeReader);
            }
            if (name.equals(TypeReader.JSON_NODE)) {
                return new ResultShape(ResultShape.Kind.RAW_JSON, new JsonType.RawJson(false));
            }
        }
        JsonType json = typeReader.read(type, method, TypeReader.Position.RETURN, type);
        return json == null ? null : new ResultShape(kindOf(json), json);
    }

    private ResultShape toolResult(ExecutableElement method, DeclaredType type, TypeReader typeReader) {
        if (type.getTypeArguments().isEmpty()) {
            reporter.error(method, Messages.RAW_TYPE, type, type, "ToolResult<Void>");
            return null;
        }
        TypeMirror argument = type.getTypeArguments().get(0);
        if (argument.getKind() == TypeKind.WILDCARD && ((WildcardType) argument).getExtendsBound() == null
                && ((WildcardType) argument).getSuperBound() == null) {
            return new ResultShape(ResultShape.Kind.TOOL_RESULT, null);
        }
        if (argument.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) argument).asElement()).getQualifiedName().contentEquals("java.lang.Void")) {
            return new ResultShape(ResultShape.Kind.TOOL_RESULT, null);
        }
        JsonType json = typeReader.read(argument, method, TypeReader.Position.NESTED, type);
        return json == null ? null : new ResultShape(ResultShape.Kind.TOOL_RESULT, json);
    }

    /** Scalars become text; objects are structured content as they are; other values are wrapped. */
    private static ResultShape.Kind kindOf(JsonType type) {
        if (type instanceof JsonType.Scalar || type instanceof JsonType.EnumType) {
            return ResultShape.Kind.TEXT;
        }
        if (type instanceof JsonType.OptionalType optional) {
            return kindOf(optional.value()) == ResultShape.Kind.TEXT ? ResultShape.Kind.TEXT : ResultShape.Kind.WRAPPED;
        }
        if (type instanceof JsonType.ObjectType || type instanceof JsonType.MapType || type instanceof JsonType.RawJson) {
            return ResultShape.Kind.STRUCTURED;
        }
        return ResultShape.Kind.WRAPPED;
    }

    private boolean isContent(TypeMirror type) {
        TypeElement content = elements.getTypeElement(CONTENT);
        return content != null && type != null && type.getKind() == TypeKind.DECLARED
                && types.isAssignable(types.erasure(type), types.erasure(content.asType()));
    }

    private static TypeMirror upperBound(TypeMirror type) {
        if (type.getKind() == TypeKind.WILDCARD) {
            return ((WildcardType) type).getExtendsBound();
        }
        return type;
    }

    // ---- element helpers ------------------------------------------------------------------------

    /** The name of a class as generated code refers to it. */
    public static ClassRef classRef(TypeElement type, Elements elements) {
        List<String> names = new ArrayList<>();
        for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
            names.add(0, e.getSimpleName().toString());
        }
        return new ClassRef(elements.getPackageOf(type).getQualifiedName().toString(), names);
    }

    static AnnotationMirror annotation(Element element, String qualifiedName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(qualifiedName)) {
                return mirror;
            }
        }
        return null;
    }

    /** The value when written on the annotation, else null (so defaults can be told from explicit values). */
    static AnnotationValue explicitValue(AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** A string attribute, "" when not set (every string attribute of ours defaults to ""). */
    static String stringValue(AnnotationMirror mirror, String name) {
        AnnotationValue value = explicitValue(mirror, name);
        return value == null ? "" : (String) value.getValue();
    }
}
