package dev.mcplet.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * What the readers of every primitive (tools, resources, prompts, completions) share about one
 * annotated class and its methods: the class and method checks, Javadoc, the {@code McpContext}
 * parameter, annotation values, and parameters whose values arrive as text (template variables,
 * prompt arguments), read with the same type rules as tool arguments.
 */
public final class SignatureReader {

    public static final String MCP_RESOURCE = "dev.mcplet.McpResource";
    public static final String MCP_PROMPT = "dev.mcplet.McpPrompt";
    public static final String MCP_COMPLETION = "dev.mcplet.McpCompletion";
    public static final String MCP_CONTEXT = "dev.mcplet.McpContext";
    /** Every method annotation of ours, in the order the processor handles them. */
    public static final List<String> METHOD_ANNOTATIONS = List.of(ToolClassReader.MCP_TOOL, MCP_RESOURCE, MCP_PROMPT,
            MCP_COMPLETION);

    private final Elements elements;
    private final Types types;
    private final Reporter reporter;
    private final ClassRef owner;
    private final String generatedName;
    private final TypeReader typeReader;

    /**
     * @param owner the annotated class
     * @param generatedName the simple name of the class generated for it, for messages
     */
    public SignatureReader(Elements elements, Types types, Reporter reporter, TypeElement owner, String generatedName) {
        this.elements = elements;
        this.types = types;
        this.reporter = reporter;
        this.owner = ToolClassReader.classRef(owner, elements);
        this.generatedName = generatedName;
        this.typeReader = new TypeReader(elements, types, reporter, this.owner.packageName(), generatedName);
    }

    /** The methods of {@code type} annotated with {@code annotation}, in declaration order. */
    public static List<ExecutableElement> methods(TypeElement type, String annotation) {
        List<ExecutableElement> methods = new ArrayList<>();
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (annotation(method, annotation) != null) {
                methods.add(method);
            }
        }
        return methods;
    }

    /** The methods of {@code type} with any annotation of ours. */
    public static List<ExecutableElement> annotatedMethods(TypeElement type) {
        List<ExecutableElement> methods = new ArrayList<>();
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            for (String annotation : METHOD_ANNOTATIONS) {
                if (annotation(method, annotation) != null) {
                    methods.add(method);
                    break;
                }
            }
        }
        return methods;
    }

    /** The name of a class as generated code refers to it. */
    public static ClassRef classRefOf(TypeElement type, Elements elements) {
        return ToolClassReader.classRef(type, elements);
    }

    public ClassRef owner() {
        return owner;
    }

    public Reporter reporter() {
        return reporter;
    }

    /** Reports a class that generated code in its package cannot name (private, generic). */
    public void checkClass(TypeElement type) {
        new ToolClassReader(elements, types, reporter).checkClass(type, generatedName);
    }

    /**
     * Reports a method that generated code cannot call as it is: not public, or generic.
     *
     * @param annotation the annotation's simple name, for messages ({@code McpResource})
     * @return false when the method has type parameters, so that its types are not read
     */
    public boolean checkMethod(ExecutableElement method, String annotation) {
        String name = method.getSimpleName().toString();
        if (!method.getModifiers().contains(Modifier.PUBLIC)) {
            reporter.error(method, Messages.METHOD_NOT_PUBLIC, annotation, name, generatedName);
        }
        if (!method.getTypeParameters().isEmpty()) {
            reporter.error(method, Messages.METHOD_TYPE_PARAMETERS, annotation, name, method.getTypeParameters());
            return false;
        }
        return true;
    }

    public static boolean isStatic(ExecutableElement method) {
        return method.getModifiers().contains(Modifier.STATIC);
    }

    /** The Javadoc main text of an element, or null. */
    public String docText(Element element) {
        return DocComment.parse(elements.getDocComment(element)).main();
    }

    /** The Javadoc {@code @param} texts of a method, by parameter name. */
    public Map<String, String> docParams(Element element) {
        return DocComment.parse(elements.getDocComment(element)).params();
    }

    /** Whether the type is {@code dev.mcplet.McpContext}, the request a method may take. */
    public static boolean isContext(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(MCP_CONTEXT);
    }

    /**
     * The index of the method's {@code McpContext} parameter, or -1; a second one is reported.
     */
    public int contextIndex(ExecutableElement method) {
        int index = -1;
        List<? extends VariableElement> parameters = method.getParameters();
        for (int i = 0; i < parameters.size(); i++) {
            if (isContext(parameters.get(i).asType())) {
                if (index >= 0) {
                    reporter.error(parameters.get(i), Messages.CONTEXT_TWICE, method.getSimpleName(),
                            parameters.get(i).getSimpleName());
                } else {
                    index = i;
                }
            }
        }
        return index;
    }

    /**
     * A parameter whose value arrives as a string (a template variable, a prompt argument), or null
     * after reporting why it cannot be one. The type rules are those of tool arguments, limited to
     * what a string can spell: scalars, enums, and an {@code Optional} of one.
     *
     * @param docText the Javadoc {@code @param} text, or null
     * @param what what the value is, plural, for messages ({@code "template variables"})
     */
    public Property textParameter(VariableElement parameter, String docText, String what) {
        TypeMirror type = parameter.asType();
        Property property = typeReader.property(parameter, parameter.getSimpleName().toString(), type, docText,
                TypeReader.Position.PARAMETER, null);
        if (property == null) {
            return null;
        }
        JsonType json = property.type();
        JsonType value = json instanceof JsonType.OptionalType optional ? optional.value() : json;
        if (!(value instanceof JsonType.Scalar || value instanceof JsonType.EnumType)) {
            reporter.error(parameter, Messages.NOT_TEXT_TYPE, type, what);
            return null;
        }
        if (value instanceof JsonType.EnumType enumType && enumType.custom() != null) {
            reporter.error(parameter, Messages.NOT_TEXT_ENUM, type, what);
            return null;
        }
        return property;
    }

    /** Reports every {@code @McpParam(defaultValue)} of {@link #textParameter}s that does not fit its type. */
    public void checkDefaults() {
        DefaultValues defaults = new DefaultValues(Map.of());
        for (TypeReader.PendingDefault pending : typeReader.defaults()) {
            JsonType type = pending.type();
            if (type instanceof JsonType.Scalar || type instanceof JsonType.EnumType
                    || type instanceof JsonType.OptionalType) {
                String problem = defaults.problem(type, pending.json());
                if (problem != null) {
                    reporter.error(pending.element(), pending.annotation(), pending.value(),
                            Messages.DEFAULT_WRONG_TYPE, TypeReader.quote(pending.text()),
                            "parameter " + pending.element().getSimpleName() + " of type " + pending.element().asType(),
                            problem);
                }
            }
        }
        typeReader.defaults().clear();
    }

    // ---- annotation values ------------------------------------------------------------------

    public static AnnotationMirror annotation(Element element, String qualifiedName) {
        return ToolClassReader.annotation(element, qualifiedName);
    }

    /** The value when written on the annotation, else null. */
    public static AnnotationValue explicitValue(AnnotationMirror mirror, String name) {
        return ToolClassReader.explicitValue(mirror, name);
    }

    /** A string attribute, "" when not set. */
    public static String stringValue(AnnotationMirror mirror, String name) {
        return ToolClassReader.stringValue(mirror, name);
    }

    /** A string attribute, null when not set or empty. */
    public static String optionalString(AnnotationMirror mirror, String name) {
        String value = stringValue(mirror, name);
        return value.isEmpty() ? null : value;
    }

    /** The names of the {@code ContentAnnotations.Role} constants of an array attribute, in order. */
    public static List<String> enumNames(AnnotationMirror mirror, String name) {
        AnnotationValue value = explicitValue(mirror, name);
        List<String> names = new ArrayList<>();
        if (value != null && value.getValue() instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof AnnotationValue v && v.getValue() instanceof VariableElement constant) {
                    names.add(constant.getSimpleName().toString());
                }
            }
        }
        return names;
    }

    /** The set of names as a message lists them: {@code a, b} or {@code none}. */
    public static String list(Set<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
