package dev.mcplet.processor.model.completion;

import dev.mcplet.processor.model.Messages;
import dev.mcplet.processor.model.Reporter;
import dev.mcplet.processor.model.SignatureReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads the {@code @McpCompletion} methods of a class, checks their signatures, and binds each by
 * name to an argument of a prompt or a variable of a URI template of the same class: a name that
 * matches nothing is a compile error on the annotation value to fix.
 */
public final class CompletionReader {

    /** A completion method as read, before it is bound. */
    private record Pending(ExecutableElement element, AnnotationMirror annotation, String target, String argument,
            List<CompletionMethod.Param> params, boolean returnsCompletion) {
    }

    private final TypeElement type;

    /** The completion methods of {@code type}, read by {@link #bind} for prompts and for templates in turn. */
    public CompletionReader(TypeElement type) {
        this.type = type;
    }

    /** Whether the class has completion methods for prompts (or, when false, for URI templates). */
    public boolean any(boolean prompts) {
        for (ExecutableElement method : SignatureReader.methods(type, SignatureReader.MCP_COMPLETION)) {
            AnnotationMirror annotation = SignatureReader.annotation(method, SignatureReader.MCP_COMPLETION);
            if (SignatureReader.stringValue(annotation, "prompt").isEmpty() != prompts) {
                return true;
            }
        }
        return false;
    }

    /** Reports the completion methods that name neither a prompt nor a template, or both. */
    public void checkTargets(Reporter reporter) {
        for (ExecutableElement method : SignatureReader.methods(type, SignatureReader.MCP_COMPLETION)) {
            AnnotationMirror annotation = SignatureReader.annotation(method, SignatureReader.MCP_COMPLETION);
            if (SignatureReader.stringValue(annotation, "prompt").isEmpty()
                    == SignatureReader.stringValue(annotation, "resource").isEmpty()) {
                reporter.error(method, annotation, SignatureReader.explicitValue(annotation, "resource"),
                        Messages.COMPLETION_TARGET);
            }
        }
    }

    /** The method's signature checked, or null after reporting what is wrong with it. */
    private static Pending read(ExecutableElement method, AnnotationMirror annotation, SignatureReader signatures) {
        Reporter reporter = signatures.reporter();
        int errorsBefore = reporter.errors();
        if (!signatures.checkMethod(method, "McpCompletion")) {
            return null;
        }
        String prompt = SignatureReader.stringValue(annotation, "prompt");
        String resource = SignatureReader.stringValue(annotation, "resource");
        List<CompletionMethod.Param> params = new ArrayList<>();
        for (VariableElement parameter : method.getParameters()) {
            CompletionMethod.Param param = param(parameter.asType());
            if (param == null || params.contains(param)) {
                reporter.error(parameter, Messages.COMPLETION_PARAMETER, parameter.getSimpleName(), method.getSimpleName());
            } else {
                params.add(param);
            }
        }
        if (!params.contains(CompletionMethod.Param.VALUE) && reporter.errors() == errorsBefore) {
            reporter.error(method, Messages.COMPLETION_VALUE_MISSING, method.getSimpleName());
        }
        Boolean returnsCompletion = result(method.getReturnType());
        if (returnsCompletion == null) {
            reporter.error(method, Messages.UNSUPPORTED_COMPLETION_RESULT, method.getReturnType());
        }
        if (reporter.errors() != errorsBefore) {
            return null;
        }
        return new Pending(method, annotation, prompt.isEmpty() ? resource : prompt,
                SignatureReader.stringValue(annotation, "argument"), params, returnsCompletion);
    }

    private static CompletionMethod.Param param(TypeMirror type) {
        if (SignatureReader.isContext(type)) {
            return CompletionMethod.Param.CONTEXT;
        }
        if (isClass(type, "java.lang.String")) {
            return CompletionMethod.Param.VALUE;
        }
        if (isClass(type, "java.util.Map")) {
            List<? extends TypeMirror> args = ((DeclaredType) type).getTypeArguments();
            if (args.size() == 2 && isClass(args.get(0), "java.lang.String") && isClass(args.get(1), "java.lang.String")) {
                return CompletionMethod.Param.ARGUMENTS;
            }
        }
        return null;
    }

    /** True for {@code Completion}, false for {@code List<String>}, null for anything else. */
    private static Boolean result(TypeMirror type) {
        if (isClass(type, "dev.mcplet.Completion")) {
            return true;
        }
        if (isClass(type, "java.util.List")) {
            List<? extends TypeMirror> args = ((DeclaredType) type).getTypeArguments();
            if (args.size() == 1 && isClass(args.get(0), "java.lang.String")) {
                return false;
            }
        }
        return null;
    }

    static boolean isClass(TypeMirror type, String qualifiedName) {
        return type.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(qualifiedName);
    }

    /**
     * Binds the completions of prompts (or of templates) to the names they complete, reporting those
     * that match nothing and the second completion of one name.
     *
     * @param prompts whether to bind the prompts' completions (else the templates')
     * @param targets the prompt names (or URI templates) of the class, each with its argument (or
     *     variable) names
     * @param broken the prompt names (or URI templates) of methods that were reported, whose
     *     completions are left alone rather than reported as unknown
     * @param className the class's name, for messages
     * @return the bound completions, in declaration order
     */
    public List<CompletionMethod> bind(boolean prompts, Map<String, Set<String>> targets, Set<String> broken,
            SignatureReader signatures) {
        Reporter reporter = signatures.reporter();
        String className = signatures.owner().nestedName();
        List<CompletionMethod> bound = new ArrayList<>();
        Map<String, ExecutableElement> seen = new LinkedHashMap<>();
        String kind = prompts ? "prompt" : "URI template";
        String member = prompts ? "argument" : "variable";
        for (ExecutableElement method : SignatureReader.methods(type, SignatureReader.MCP_COMPLETION)) {
            AnnotationMirror annotation = SignatureReader.annotation(method, SignatureReader.MCP_COMPLETION);
            boolean forPrompt = !SignatureReader.stringValue(annotation, "prompt").isEmpty();
            boolean forResource = !SignatureReader.stringValue(annotation, "resource").isEmpty();
            if (forPrompt == forResource || forPrompt != prompts) {
                continue; // reported by checkTargets, or bound in the other pass
            }
            if (broken.contains(SignatureReader.stringValue(annotation, prompts ? "prompt" : "resource"))) {
                continue; // its prompt or template was reported; one error is enough
            }
            Pending p = read(method, annotation, signatures);
            if (p == null) {
                continue;
            }
            AnnotationValue targetValue = SignatureReader.explicitValue(p.annotation(), prompts ? "prompt" : "resource");
            Set<String> names = targets.get(p.target());
            if (names == null) {
                reporter.error(p.element(), p.annotation(), targetValue,
                        prompts ? Messages.COMPLETION_UNKNOWN_PROMPT : Messages.COMPLETION_UNKNOWN_TEMPLATE,
                        p.target(), className, SignatureReader.list(new LinkedHashSet<>(targets.keySet())));
                continue;
            }
            AnnotationValue argumentValue = SignatureReader.explicitValue(p.annotation(), "argument");
            if (!names.contains(p.argument())) {
                reporter.error(p.element(), p.annotation(), argumentValue, Messages.COMPLETION_UNKNOWN_ARGUMENT,
                        kind + " \"" + p.target() + "\"", member, p.argument(), SignatureReader.list(names));
                continue;
            }
            ExecutableElement previous = seen.putIfAbsent(p.target() + "\u0000" + p.argument(), p.element());
            if (previous != null) {
                reporter.error(p.element(), p.annotation(), argumentValue, Messages.DUPLICATE_COMPLETION,
                        previous.getSimpleName() + "()", member, p.argument(), kind + " \"" + p.target() + "\"");
                continue;
            }
            bound.add(new CompletionMethod(p.element().getSimpleName().toString(), SignatureReader.isStatic(p.element()),
                    p.target(), p.argument(), p.params(), p.returnsCompletion()));
        }
        return bound;
    }
}
